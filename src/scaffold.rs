//! `zonesite new SECTION SLUG`: the files of a new record, with every field its
//! section takes, commented and ready to fill. The texts start as drafts, so a
//! half-written record is never published by accident. The examples in the
//! comments come from the site itself (its sources, its parks and other
//! records, today's date), never from another zone.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::did_you_mean;
use crate::schema::{ParkData, SiteFile};
use crate::section::fields::{Field, FieldType};
use crate::section::{Kind, Section, Sections, is_valid_slug};

/// Writes the files of `section/slug` under `root/content`, returning their
/// paths, or says why not (nothing is written then).
pub fn new_record(root: &Path, section: &str, slug: &str) -> Result<Vec<PathBuf>, String> {
    let sections = crate::content::sections(root);
    let names = sections.names();
    let section = sections.get(section).ok_or_else(|| {
        messages::not_a_section(
            section,
            did_you_mean(section, names.iter().copied()),
            &names,
        )
    })?;
    if !is_valid_slug(slug) {
        return Err(messages::bad_slug(slug));
    }
    if !root.join("content/site.yaml").is_file() {
        return Err(messages::no_site(root));
    }
    let examples = Examples::of(root, sections);
    let dir = root.join("content").join(section.name());
    let mut files = vec![
        (
            dir.join(format!("{slug}.zh.md")),
            text(section, "zh", &examples),
        ),
        (
            dir.join(format!("{slug}.en.md")),
            text(section, "en", &examples),
        ),
    ];
    if let Some(data) = data(section, &examples) {
        files.insert(0, (dir.join(format!("{slug}.yaml")), data));
    }
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(messages::exists(existing));
    }
    fs::create_dir_all(&dir).map_err(|e| messages::cannot_create(&dir, &e))?;
    for (path, body) in &files {
        // create_new: never overwrite, even if the file appeared meanwhile.
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(body.as_bytes()))
            .map_err(|e| messages::cannot_write(path, &e))?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// What the comments of a new record show, taken from the site it is made in.
struct Examples {
    /// Today, `YYYY-MM-DD`.
    today: String,
    /// The first source's id.
    source: Option<String>,
    /// The site's sections.
    sections: Sections,
    /// The first record's slug of each section, by `Section::index`.
    first: Vec<Option<String>>,
    /// A park's location, `{lat: …, lon: …}`.
    location: Option<String>,
    /// Whether the site has its JSON Schemas in `schemas/` (as `init` writes
    /// them), for editors' YAML tooling to find.
    schemas: bool,
}

impl Examples {
    fn of(root: &Path, sections: Sections) -> Examples {
        let content = root.join("content");
        let read = |rel: &str| fs::read_to_string(content.join(rel)).ok();
        let source = read("site.yaml")
            .and_then(|src| parse::<SiteFile>(&src))
            .and_then(|site| site.sources.into_iter().next())
            .map(|s| s.id);
        let first: Vec<Option<String>> = sections
            .all()
            .iter()
            .map(|s| slugs(&content.join(s.name())).into_iter().next())
            .collect();
        let parks = sections.of_kind(Kind::Park).map_or("parks", Section::name);
        let location = slugs(&content.join(parks))
            .into_iter()
            .filter_map(|park| read(&format!("{parks}/{park}.yaml")))
            .find_map(|src| parse::<ParkData>(&src)?.location)
            .map(|l| format!("{{lat: {}, lon: {}, approximate: true}}", l.lat, l.lon));
        Examples {
            today: crate::init::today().to_string(),
            source,
            first,
            sections,
            location,
            schemas: root.join("schemas").is_dir(),
        }
    }

    /// The first record of the section of `kind`, or `…` for the editor
    /// to fill in.
    fn slug(&self, kind: Kind) -> &str {
        self.sections
            .of_kind(kind)
            .and_then(|s| self.first.get(s.index())?.as_deref())
            .unwrap_or("…")
    }

    /// `# yaml-language-server: $schema=…` naming `schema`, when the site has it.
    fn schema_line(&self, schema: &str) -> String {
        if self.schemas {
            format!("# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n")
        } else {
            String::new()
        }
    }

    /// A record to link to in a text, as `@/section/slug`.
    fn link(&self) -> String {
        self.sections
            .all()
            .iter()
            .find_map(|&s| {
                Some(format!(
                    "@/{}/{}",
                    s.name(),
                    self.first[s.index()].as_ref()?
                ))
            })
            .unwrap_or_else(|| "@/parks/<slug>".to_string())
    }
}

/// A YAML file's value, when it can be read; the examples are only examples.
fn parse<T: serde::de::DeserializeOwned>(src: &str) -> Option<T> {
    crate::yaml::parse(Path::new("site.yaml"), src, src, 1, &|_| None).ok()
}

/// The slugs of the records in `dir`, in name order.
fn slugs(dir: &Path) -> std::collections::BTreeSet<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Default::default();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let slug = name.split('.').next()?.to_string();
            is_valid_slug(&slug).then_some(slug)
        })
        .collect()
}

/// `field` with `comment` after it, the comments of a file lined up at
/// `column` (a Chinese character takes two columns).
fn line(field: &str, comment: &str, column: usize) -> String {
    let width: usize = field
        .chars()
        .map(|c| if c >= '\u{2e80}' { 2 } else { 1 })
        .sum();
    let pad = column.saturating_sub(width).max(1);
    format!("{field}{:pad$}# {comment}\n", "")
}

/// The data file of a new record, or `None` for sections whose data is rare.
fn data(section: Section, ex: &Examples) -> Option<String> {
    let (park, industry) = (ex.slug(Kind::Park), ex.slug(Kind::Industry));
    let source = ex.source.as_deref().unwrap_or("…");
    let field = |field: &str, comment: &str| line(field, comment, 56);
    let weight = field(
        "# weight: 1",
        "optional: lists put lower weights first (docs/content-format.md)",
    );
    let fields = match section.kind() {
        Kind::Park => [
            field("# area_km2: 12.5", "area in km², if the source gives it"),
            field(
                &format!("# established: {}", &ex.today[..4]),
                "YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            field(
                &format!(
                    "# location: {}",
                    ex.location
                        .as_deref()
                        .unwrap_or("{lat: …, lon: …, approximate: true}")
                ),
                "degrees; south and west negative; approximate: a ring on the map",
            ),
            field(
                "industries: []",
                &format!("industry slugs, e.g. [{industry}]"),
            ),
        ]
        .concat(),
        Kind::Industry => String::new(),
        Kind::Initiative => [
            field("status: planned", "planned | in-progress | completed"),
            field(
                &format!("# started: {}", &ex.today[..7]),
                "YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            field("parks: []", &format!("park slugs, e.g. [{park}]")),
            field("industries: []", "industry slugs"),
            field("enterprises: []", "enterprise slugs"),
        ]
        .concat(),
        Kind::Enterprise => [
            field(&format!("# park: {park}"), "the park it is in"),
            field(
                "industries: []",
                &format!("industry slugs, e.g. [{industry}]"),
            ),
        ]
        .concat(),
        Kind::Article => [
            field(
                &format!("# source: {source}"),
                "the source this item reproduces",
            ),
            "parks: []\nindustries: []\ninitiatives: []\nenterprises: []\n".to_string(),
        ]
        .concat(),
        Kind::Page => return None,
        Kind::Custom => {
            let fields = &section.declaration().fields;
            let lines: String = fields.iter().map(|f| custom_field(f, ex)).collect();
            return Some(format!(
                "{}{weight}{lines}{}",
                ex.schema_line(section.name()),
                photos()
            ));
        }
    };
    let facts = if section.kind() == Kind::Article {
        String::new()
    } else {
        let fact = |field: &str, comment: &str| line(field, comment, 38);
        [
            "# Every figure is a fact with its source; see zonesite's docs/content-format.md.\n".to_string(),
            "facts: []\n".to_string(),
            "#  - label: {zh: 规模以上工业企业, en: Industrial enterprises above designated size}\n"
                .to_string(),
            fact(
                "#    value: 100",
                "a number in the unit's own terms (1.2亿元 = 120000000)",
            ),
            fact(
                "#    unit: {zh: 家, en: enterprises}",
                "or yuan, usd, eur, hkd, km2, mu, ha, m2, kwh, gwh, tonnes, percent, a unit of site.yaml",
            ),
            fact("#    approx: more-than", "optional: about | more-than"),
            fact(
                &format!("#    as_of: {}", ex.today),
                "YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            fact(
                &format!("#    source: {source}"),
                "an id from `sources` in content/site.yaml",
            ),
        ]
        .concat()
    };
    Some(format!(
        "{}{weight}{fields}{facts}{}",
        ex.schema_line(section.name()),
        photos()
    ))
}

/// The commented example of a record's `photos`.
fn photos() -> String {
    let photo = |field: &str, comment: &str| line(field, comment, 38);
    [
        "# Photos: images in the record's own folder, named like its files (docs/content-format.md); the first is its cover.\n",
        "photos: []\n",
        &photo("#  - file: 照片.jpg", "an image in the record's folder"),
        &photo("#    alt: {zh: …, en: …}", "what it shows, in both languages"),
        &photo("#    caption: {zh: …, en: …}", "optional"),
        &photo("#    credit: {zh: …, en: …}", "optional: who took it"),
    ]
    .concat()
}

/// A declared field of a custom record, commented with its type.
fn custom_field(field: &Field, ex: &Examples) -> String {
    let example = match &field.ty {
        FieldType::Label => "{zh: …, en: …}".to_string(),
        FieldType::Text => "…".to_string(),
        FieldType::Number(_) => "0".to_string(),
        FieldType::Fact => format!(
            "{{label: {{zh: …, en: …}}, value: 0, unit: …, as_of: {}, source: {}}}",
            ex.today,
            ex.source.as_deref().unwrap_or("…")
        ),
        FieldType::Facts => "[]".to_string(),
        FieldType::Date => ex.today.clone(),
        FieldType::Choice(choices) => choices[0].0.clone(),
        FieldType::Url => "https://…".to_string(),
        FieldType::Reference { section, many } => {
            let first = ex
                .sections
                .get(section)
                .and_then(|s| ex.first.get(s.index())?.as_deref())
                .unwrap_or("…");
            if *many {
                format!("[{first}]")
            } else {
                first.to_string()
            }
        }
    };
    let kind = match &field.ty {
        FieldType::Choice(choices) => {
            let ids: Vec<&str> = choices.iter().map(|(id, _)| id.as_str()).collect();
            format!("one of {}", ids.join(" | "))
        }
        FieldType::Reference {
            section,
            many: true,
        } => format!("slugs of {section}"),
        FieldType::Reference { section, .. } => format!("a slug of {section}"),
        FieldType::Number(Some(unit)) => format!("a number, in {}", unit.id()),
        FieldType::Label => "text in both languages".into(),
        FieldType::Text => "text".into(),
        FieldType::Number(None) => "a number".into(),
        FieldType::Fact => "a figure with its source".into(),
        FieldType::Facts => "figures, each with its source".into(),
        FieldType::Date => "YYYY, YYYY-MM or YYYY-MM-DD".into(),
        FieldType::Url => "a web address".into(),
    };
    let required = if field.required { ", required" } else { "" };
    line(
        &format!("# {}: {example}", field.id),
        &format!("{}: {kind}{required}", field.label.en),
        56,
    )
}

/// A text file of a new record in `lang`.
fn text(section: Section, lang: &str, ex: &Examples) -> String {
    let (title, summary, body) = if lang == "zh" {
        ("标题", "一两句话的摘要。", "正文（Markdown）。")
    } else {
        (
            "Title",
            "A summary of one or two sentences.",
            "Body text (Markdown).",
        )
    };
    let date = if section.kind() == Kind::Article {
        format!(
            "date: {}                 # the publication date, YYYY-MM-DD\n",
            ex.today
        )
    } else {
        String::new()
    };
    format!(
        "---\n{}# In the text, link to another record as [its title]({}).\ntitle: {title}\nsummary: {summary}\n{date}draft: true                      # remove this line to publish\n---\n{body}\n",
        ex.schema_line("front-matter"),
        ex.link(),
    )
}

/// Every message `new` shows, in one place.
pub mod messages {
    use std::path::Path;

    /// `name` is no section.
    pub fn not_a_section(name: &str, best: Option<&str>, names: &[&str]) -> String {
        match best {
            Some(best) => format!("`{name}` is not a section; did you mean `{best}`?"),
            None => format!(
                "`{name}` is not a section; the sections are {}",
                names.join(", ")
            ),
        }
    }

    /// `slug` cannot name a record.
    pub fn bad_slug(slug: &str) -> String {
        format!(
            "`{slug}` is not a valid slug: use lowercase ASCII letters and digits, words joined by single hyphens (e.g. `east-park`, `lithium-batteries`)"
        )
    }

    /// `root` holds no site.
    pub fn no_site(root: &Path) -> String {
        format!(
            "there is no site in {}: it has no content/site.yaml\n  = help: `zonesite init DIR` starts a new site in DIR; `--root DIR` names the folder of an existing one",
            root.display()
        )
    }

    /// A file of the record exists already.
    pub fn exists(path: &Path) -> String {
        format!("{} already exists; nothing was written", path.display())
    }

    /// A folder could not be made.
    pub fn cannot_create(dir: &Path, err: &std::io::Error) -> String {
        format!("cannot create {}: {err}", dir.display())
    }

    /// A file could not be written.
    pub fn cannot_write(path: &Path, err: &std::io::Error) -> String {
        format!("cannot write {}: {err}", path.display())
    }

    /// A file was written.
    pub fn wrote(path: &Path) -> String {
        format!("wrote {}", path.display())
    }

    /// What to do with the files written.
    pub const DRAFTS: &str =
        "the texts are drafts: fill them in, then remove `draft: true` to publish";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site with a source, a located park and an industry.
    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        fs::create_dir_all(content.join("parks")).unwrap();
        fs::create_dir_all(content.join("industries")).unwrap();
        fs::write(
            content.join("site.yaml"),
            "name: {zh: 湖滨区, en: Lakeside}\ndescription: {zh: 湖滨区。, en: Lakeside.}\nbase_url: https://example.org/\nsources:\n  - id: lakeside-2024\n    title: {zh: 公报, en: Bulletin}\n    date: 2024\n",
        )
        .unwrap();
        fs::write(
            content.join("parks/west.yaml"),
            "location: {lat: 31.5, lon: 117.25}\n",
        )
        .unwrap();
        fs::write(content.join("parks/east.en.md"), "---\ntitle: East\n---\n").unwrap();
        fs::write(
            content.join("industries/glass.zh.md"),
            "---\ntitle: 玻璃\n---\n",
        )
        .unwrap();
        dir
    }

    #[test]
    fn refuses_bad_sections_and_slugs() {
        let dir = site();
        assert!(
            new_record(dir.path(), "park", "x")
                .unwrap_err()
                .contains("did you mean `parks`")
        );
        assert!(
            new_record(dir.path(), "parks", "Bad Slug")
                .unwrap_err()
                .contains("not a valid slug")
        );
    }

    #[test]
    fn outside_a_site_says_how_to_start_one() {
        let dir = tempfile::tempdir().unwrap();
        let err = new_record(dir.path(), "parks", "south").unwrap_err();
        assert!(err.contains("zonesite init DIR"), "{err}");
        assert!(!dir.path().join("content").exists());
    }

    #[test]
    fn never_overwrites() {
        let dir = site();
        let files = new_record(dir.path(), "parks", "south").unwrap();
        assert_eq!(files.len(), 3);
        fs::write(&files[1], "mine").unwrap();
        assert!(
            new_record(dir.path(), "parks", "south")
                .unwrap_err()
                .contains("already exists")
        );
        assert_eq!(fs::read_to_string(&files[1]).unwrap(), "mine");
    }

    #[test]
    fn takes_its_examples_from_the_site() {
        let dir = site();
        let files = new_record(dir.path(), "enterprises", "glassworks").unwrap();
        let data = fs::read_to_string(&files[0]).unwrap();
        assert!(data.contains("# park: east "), "{data}");
        assert!(data.contains("e.g. [glass]"), "{data}");
        assert!(data.contains("#    source: lakeside-2024 "), "{data}");
        assert!(
            !data.contains("$schema"),
            "the site has no schemas/: {data}"
        );
        let today = crate::init::today().to_string();
        assert!(data.contains(&format!("#    as_of: {today} ")), "{data}");
        let text = fs::read_to_string(&files[1]).unwrap();
        assert!(text.contains("[its title](@/parks/east)"), "{text}");
        let park = new_record(dir.path(), "parks", "north").unwrap();
        let data = fs::read_to_string(&park[0]).unwrap();
        assert!(
            data.contains("# location: {lat: 31.5, lon: 117.25, approximate: true}"),
            "{data}"
        );
        fs::create_dir(dir.path().join("schemas")).unwrap();
        let news = new_record(dir.path(), "news", "opening").unwrap();
        let data = fs::read_to_string(&news[0]).unwrap();
        assert!(
            data.starts_with("# yaml-language-server: $schema=../../schemas/news.schema.json\n"),
            "{data}"
        );
        assert!(
            fs::read_to_string(&news[1])
                .unwrap()
                .contains(&format!("date: {today} "))
        );
    }
}
