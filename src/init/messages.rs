//! Every message `init` and its placeholder warnings show, as messages of the
//! catalogue (`locales/*/init.ftl`); and [`Problem`], the refusal of a
//! command that `init`, `new` and the command line share.

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::catalogue::{Lang, Text};
use crate::text;

/// Why a command did nothing: what is wrong and, where it helps, what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub message: Text,
    /// What to do about it.
    pub help: Option<Text>,
}

impl Problem {
    /// A problem with no help.
    pub fn new(message: Text) -> Problem {
        Problem {
            message,
            help: None,
        }
    }

    /// The problem with `help` after it.
    pub fn with_help(mut self, help: Text) -> Problem {
        self.help = Some(help);
        self
    }

    /// `error: message`, then `  = help: help` on a line of its own, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let headline = crate::output::headline(text!("diag-error"), self.message.clone());
        let mut out = headline.render(lang);
        if let Some(help) = &self.help {
            out.push_str(&format!(
                "\n  = {}: {}",
                text!("diag-help").render(lang),
                help.render(lang)
            ));
        }
        out
    }
}

impl From<Text> for Problem {
    fn from(message: Text) -> Problem {
        Problem::new(message)
    }
}

/// The questions `init` asks at a terminal, in order: the Chinese name, the
/// English name, the address; each with what an empty answer means.
pub fn questions() -> [(Text, Text); 3] {
    [
        (text!("init-ask-name-zh"), text!("init-later")),
        (text!("init-ask-name-en"), text!("init-later")),
        (
            text!("init-ask-base-url"),
            text!("init-default", value = super::EXAMPLE_BASE_URL),
        ),
    ]
}

/// A prompt with what an empty answer means, as the terminal shows it.
pub fn prompt(question: Text, default: Text) -> Text {
    text!("init-prompt", question = question, default = default)
}

/// A folder as the user named it; `.` in Chinese is the current folder.
pub fn folder(dir: &Path) -> Text {
    if dir == Path::new(".") {
        text!("init-current-folder")
    } else {
        text!("init-folder", dir = dir.display().to_string())
    }
}

/// The folder cannot take a new site: it holds files.
pub fn not_empty(dir: &Path) -> Problem {
    Problem::new(text!("init-not-empty", dir = folder(dir))).with_help(text!("init-not-empty-help"))
}

/// The folder is a file.
pub fn not_a_folder(dir: &Path) -> Problem {
    Problem::new(text!("init-not-a-folder", dir = folder(dir)))
}

/// A name given on the command line or at the prompt (`flag` names which) is
/// not one line of text.
pub fn bad_name(flag: &str) -> Problem {
    Problem::new(text!("init-bad-name", flag = flag))
}

/// The address given is not one a site can be published at.
pub fn bad_base_url(message: Text) -> Problem {
    Problem::new(text!("init-bad-base-url", message = message))
        .with_help(text!("init-bad-base-url-help"))
}

/// The folder could not be read.
pub fn cannot_read(dir: &Path, err: &std::io::Error) -> Problem {
    let (path, error) = (dir.display().to_string(), crate::output::io_error(err));
    Problem::new(text!("init-cannot-read", path = path, error = error))
}

/// A file could not be written.
pub fn cannot_write(path: &Path, err: &std::io::Error) -> Problem {
    let (path, error) = (path.display().to_string(), crate::output::io_error(err));
    Problem::new(text!("init-cannot-write", path = path, error = error))
}

/// What `init` wrote for the zone `name` (none: left to fill in) and what
/// to do next, in `lang`.
pub fn written(dir: &Path, name: Option<&str>, files: usize, lang: Lang) -> String {
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {} && ", dir.display())
    };
    let site = match name {
        Some(name) => text!("init-site-of", name = name),
        None => text!("init-a-new-site"),
    };
    let shown = folder(dir);
    let created = text!("init-created", site = site, dir = shown, count = files);
    let listed = [
        ("content/site.yaml", text!("init-file-site")),
        ("content/glossary.yaml", text!("init-file-glossary")),
        ("content/<section>/", text!("init-file-records")),
        ("schemas/", text!("init-file-schemas")),
        ("README.md", text!("init-file-readme")),
        (".github/workflows/publish.yml", text!("init-file-workflow")),
        (".gitignore", text!("init-file-gitignore")),
    ];
    let column = listed
        .iter()
        .map(|(path, _)| path.width())
        .max()
        .unwrap_or(0)
        + 2;
    let mut out = created.render(lang);
    for (path, what) in listed {
        let pad = column - path.width();
        out.push_str(&format!("\n  {path}{:pad$}{}", "", what.render(lang)));
    }
    out.push('\n');
    out.push_str(&text!("init-next", cd = cd).render(lang));
    out
}

/// The warning of a file that still has placeholders; `later` are the lines
/// after the first that have one.
pub fn placeholders_left(later: &[usize]) -> Text {
    match later {
        [] => text!("init-placeholder-left"),
        [line] => text!("init-placeholders-left-line", line = line.to_string()),
        [rest @ .., last] => {
            let lines: Vec<String> = rest.iter().map(ToString::to_string).collect();
            let last = last.to_string();
            text!("init-placeholders-left-lines", lines = lines, last = last)
        }
    }
}

/// How to clear a placeholder warning of `site.yaml` or the glossary.
pub fn placeholders_help() -> Text {
    text!("init-placeholders-help")
}

/// How to clear a placeholder warning of an example record.
pub fn example_help() -> Text {
    text!("init-example-help")
}

/// The warning of an example address in `base_url`.
pub fn example_address(url: &str) -> Text {
    text!("init-example-address", url = url)
}

/// How to clear the example-address warning.
pub fn example_address_help() -> Text {
    text!("init-example-address-help")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_placeholders_of_a_file() {
        let en = |later: &[usize]| placeholders_left(later).render(Lang::En);
        let zh = |later: &[usize]| placeholders_left(later).render(Lang::Zh);
        assert_eq!(en(&[]), "a placeholder is left to fill in");
        assert_eq!(
            en(&[4]),
            "placeholders are left to fill in here and on line 4"
        );
        assert_eq!(
            en(&[4, 7, 9]),
            "placeholders are left to fill in here and on lines 4, 7 and 9"
        );
        assert_eq!(zh(&[4]), "此处和第4行有待填写的占位内容");
        assert_eq!(zh(&[4, 7, 9]), "此处和第4、7、9行有待填写的占位内容");
    }

    #[test]
    fn lines_up_the_files_written_in_both_languages() {
        for lang in Lang::ALL {
            let said = written(Path::new("lakeside"), Some("湖滨区"), 40, lang);
            let lines: Vec<&str> = said.lines().collect();
            assert_eq!(lines.len(), 9, "{said}");
            let column = |line: &str| {
                let path = line.trim_start().split(' ').next().unwrap();
                let rest = &line[line.find(path).unwrap() + path.len()..];
                line.width() - rest.trim_start().width()
            };
            let columns: Vec<usize> = lines[1..8].iter().map(|l| column(l)).collect();
            assert!(columns.iter().all(|&c| c == columns[0]), "{said}");
            assert!(lines[8].contains("cd lakeside && zonesite serve"), "{said}");
        }
        let zh = written(Path::new("."), None, 40, Lang::Zh);
        assert!(
            zh.starts_with("已在当前目录中建立新网站，共40个文件"),
            "{zh}"
        );
        let en = written(Path::new("."), None, 40, Lang::En);
        assert!(
            en.starts_with("created a new site in .: 40 files\n"),
            "{en}"
        );
    }

    #[test]
    fn a_problem_says_what_to_do_on_a_line_of_its_own() {
        let problem = not_empty(Path::new("site"));
        let en = problem.render(Lang::En);
        assert!(en.starts_with("error: site is not empty; "), "{en}");
        assert!(
            en.ends_with("\n  = help: choose a new folder, e.g. `zonesite init my-zone`"),
            "{en}"
        );
        let zh = problem.render(Lang::Zh);
        assert!(zh.starts_with("错误：site不为空；"), "{zh}");
        assert!(zh.contains("\n  = 提示: "), "{zh}");
    }
}
