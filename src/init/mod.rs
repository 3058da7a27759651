//! `zonesite init DIR`: a new site for any zone, small, valid and neutral,
//! that builds at once with the theme embedded in the binary: `site.yaml`
//! with the zone's names, an example record per section in both languages,
//! a glossary, the JSON Schemas of the content files, a README for the
//! site's editors, the publish workflow and `.gitignore`. What `init` cannot
//! know is a placeholder, which `build` and `check` warn about until it is
//! replaced (see `placeholders`). The files' comments are in the language of
//! the person who runs `init` (see `comments`).

use std::fs::{self, OpenOptions};
use std::io::{self, BufRead, Write};
use std::path::Path;

mod comments;
mod files;
pub mod messages;
mod placeholders;

pub use messages::Problem;
pub use placeholders::{MARKERS, placeholders};

use crate::catalogue::Lang;
use crate::schema::PartialDate;
use crate::urls::BaseUrl;
use files::Values;

/// Today's date in China, for the files `init` and `new` write: the zones
/// are in China, which keeps UTC+8 all year.
pub fn today() -> PartialDate {
    PartialDate::today(8)
}

/// The zone a new site is for, as the command line or the prompts gave it;
/// what is left out becomes a placeholder.
#[derive(Debug, Default, Clone)]
pub struct Zone {
    /// Its name in Chinese.
    pub name_zh: Option<String>,
    /// Its name in English.
    pub name_en: Option<String>,
    /// The address its site will be published at.
    pub base_url: Option<String>,
}

/// A Chinese name not given.
const NAME_ZH_PLACEHOLDER: &str = "待填写：开发区的中文名称";
/// An English name not given.
const NAME_EN_PLACEHOLDER: &str = "TO FILL IN: the zone's name in English";
/// An address not given: a host kept for examples, which `check` warns about.
pub const EXAMPLE_BASE_URL: &str = "https://example.org/";

/// Writes a new site for `zone` into `dir`, which must be missing or empty,
/// its comments in `lang`, and returns the paths written, relative to `dir`;
/// or says why not, having written nothing.
pub fn init(dir: &Path, zone: &Zone, lang: Lang) -> Result<Vec<String>, Problem> {
    let name_zh = name(zone.name_zh.as_deref(), "--name-zh", NAME_ZH_PLACEHOLDER)?;
    let name_en = name(zone.name_en.as_deref(), "--name-en", NAME_EN_PLACEHOLDER)?;
    let base_url = zone.base_url.as_deref().unwrap_or(EXAMPLE_BASE_URL);
    BaseUrl::new(base_url).map_err(messages::bad_base_url)?;
    // The base URL names a folder: its path ends with `/`.
    let base_url = if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    };
    match fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(messages::not_a_folder(dir)),
        Ok(_) => {
            let mut entries = fs::read_dir(dir).map_err(|e| messages::cannot_read(dir, &e))?;
            if entries.next().is_some() {
                return Err(messages::not_empty(dir));
            }
        }
        Err(_) => fs::create_dir_all(dir).map_err(|e| messages::cannot_write(dir, &e))?,
    }
    let values = Values {
        name_zh: files::yaml_scalar(&name_zh),
        name_en: files::yaml_scalar(&name_en),
        title_zh: name_zh,
        title_en: name_en,
        base_url,
        today: today(),
        lang,
    };
    let files = files::all(&values);
    for (rel, text) in &files {
        let path = dir.join(rel);
        write_new(&path, text).map_err(|e| messages::cannot_write(&path, &e))?;
    }
    Ok(files.into_iter().map(|(rel, _)| rel).collect())
}

/// A name as given, or the placeholder when it was left out.
fn name(given: Option<&str>, what: &str, placeholder: &str) -> Result<String, Problem> {
    match given.map(str::trim) {
        None | Some("") => Ok(placeholder.to_string()),
        Some(name) if name.chars().any(char::is_control) => Err(messages::bad_name(what)),
        Some(name) => Ok(name.to_string()),
    }
}

/// Writes a file that must not exist yet (the folder was empty, but another
/// program may write into it meanwhile): a file is never overwritten.
fn write_new(path: &Path, text: &str) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}

/// Asks for the zone's names and address on `output` in `lang`, reading the
/// answers from `input`, for each that `zone` lacks; an empty answer leaves
/// it out.
pub fn ask(
    zone: &mut Zone,
    input: &mut impl BufRead,
    output: &mut impl Write,
    lang: Lang,
) -> io::Result<()> {
    let answers = [&mut zone.name_zh, &mut zone.name_en, &mut zone.base_url];
    for (answer, (question, default)) in answers.into_iter().zip(messages::questions()) {
        if answer.is_some() {
            continue;
        }
        write!(
            output,
            "{}",
            messages::prompt(question, default).render(lang)
        )?;
        output.flush()?;
        let mut line = String::new();
        input.read_line(&mut line)?;
        let line = line.trim();
        *answer = (!line.is_empty()).then(|| line.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_only_for_what_was_not_given_and_takes_an_empty_answer_as_none() {
        let mut zone = Zone {
            name_en: Some("Lakeside Zone".into()),
            ..Zone::default()
        };
        let mut input = io::Cursor::new("湖滨开发区\n\n");
        let mut output = Vec::new();
        ask(&mut zone, &mut input, &mut output, Lang::En).unwrap();
        assert_eq!(zone.name_zh.as_deref(), Some("湖滨开发区"));
        assert_eq!(zone.name_en.as_deref(), Some("Lakeside Zone"));
        assert_eq!(zone.base_url, None);
        let shown = String::from_utf8(output).unwrap();
        assert!(shown.contains("The zone's name in Chinese"), "{shown}");
        assert!(!shown.contains("in English"), "{shown}");
        assert!(shown.ends_with("[https://example.org/]: "), "{shown}");
    }

    #[test]
    fn asks_in_chinese() {
        let mut zone = Zone::default();
        let mut input = io::Cursor::new("\n\n\n");
        let mut output = Vec::new();
        ask(&mut zone, &mut input, &mut output, Lang::Zh).unwrap();
        let shown = String::from_utf8(output).unwrap();
        assert!(
            shown.starts_with("开发区的中文名称，例如某某经济技术开发区（直接按回车可以后再填）："),
            "{shown}"
        );
        assert!(
            shown.ends_with("网站发布的地址（直接按回车则使用https://example.org/）："),
            "{shown}"
        );
    }

    #[test]
    fn writes_the_comments_in_the_language_asked() {
        let dir = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let site = dir.path().join(lang.code());
            init(&site, &Zone::default(), lang).unwrap();
            let site_yaml = fs::read_to_string(site.join("content/site.yaml")).unwrap();
            let about = match lang {
                Lang::Zh => "\n# 开发区概况：名称、网站地址、主要数据、来源、菜单和页脚。\n",
                Lang::En => {
                    "\n# The zone: names, address, key figures, sources, menu and footer.\n"
                }
            };
            assert!(site_yaml.contains(about), "{site_yaml}");
            let gitignore = fs::read_to_string(site.join(".gitignore")).unwrap();
            let cache = crate::text!("skeleton-gitignore-cache").render(lang);
            assert!(
                gitignore.contains(&format!("# {cache}\n/.zonesite-cache/")),
                "{gitignore}"
            );
        }
    }

    #[test]
    fn refuses_a_folder_that_holds_anything_and_writes_nothing_there() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = init(dir.path(), &Zone::default(), Lang::En).unwrap_err();
        assert!(err.render(Lang::En).contains("is not empty"), "{err:?}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        let file = dir.path().join("notes.txt");
        assert!(
            init(&file, &Zone::default(), Lang::En)
                .unwrap_err()
                .render(Lang::En)
                .contains("is a file")
        );
    }

    #[test]
    fn refuses_a_bad_address_or_name_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let zone = Zone {
            base_url: Some("ftp://example.org/".into()),
            ..Zone::default()
        };
        let said = |zone: &Zone| {
            init(&site, zone, Lang::En)
                .unwrap_err()
                .message
                .render(Lang::En)
        };
        assert!(said(&zone).starts_with("--base-url: "));
        let zone = Zone {
            name_en: Some("Two\nlines".into()),
            ..Zone::default()
        };
        assert!(said(&zone).starts_with("--name-en: "));
        assert!(!site.exists());
    }
}
