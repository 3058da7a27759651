//! The files of a new site: `site.yaml`, the glossary, an example record per
//! section in both languages, the editors' README, the publish workflow and
//! `.gitignore`. Nothing in them comes from any real zone: what `init`
//! cannot know is a placeholder (`待填写`, `TO FILL IN`), and figures,
//! areas, coordinates and dates are left as commented examples, never made
//! up, as the editors' guide asks of every figure.

use super::comments;
use crate::i18n::Lang;
use crate::schema::PartialDate;

/// The files of a new site but the schemas, by their path in the site, with
/// `@NAME@` marks where [`Values`] go and `# @c NAME` marks where comments
/// go (see `comments`).
/// A page of the disclosure column (信息公开): its data file, or its text in
/// a language.
macro_rules! disclosure {
    ($slug:literal) => {
        (
            concat!("content/disclosure/", $slug, ".yaml"),
            include_str!(concat!("skeleton/disclosure-", $slug, ".yaml")),
        )
    };
    ($slug:literal, $lang:literal) => {
        (
            concat!("content/disclosure/", $slug, ".", $lang, ".md"),
            include_str!(concat!("skeleton/disclosure-", $slug, ".", $lang, ".md")),
        )
    };
}

pub(super) const SKELETON: [(&str, &str); 41] = [
    ("content/site.yaml", include_str!("skeleton/site.yaml")),
    (
        "content/glossary.yaml",
        include_str!("skeleton/glossary.yaml"),
    ),
    (
        "content/parks/example-park.yaml",
        include_str!("skeleton/parks.yaml"),
    ),
    (
        "content/parks/example-park.zh.md",
        include_str!("skeleton/parks.zh.md"),
    ),
    (
        "content/parks/example-park.en.md",
        include_str!("skeleton/parks.en.md"),
    ),
    (
        "content/industries/example-industry.yaml",
        include_str!("skeleton/industries.yaml"),
    ),
    (
        "content/industries/example-industry.zh.md",
        include_str!("skeleton/industries.zh.md"),
    ),
    (
        "content/industries/example-industry.en.md",
        include_str!("skeleton/industries.en.md"),
    ),
    (
        "content/initiatives/example-initiative.yaml",
        include_str!("skeleton/initiatives.yaml"),
    ),
    (
        "content/initiatives/example-initiative.zh.md",
        include_str!("skeleton/initiatives.zh.md"),
    ),
    (
        "content/initiatives/example-initiative.en.md",
        include_str!("skeleton/initiatives.en.md"),
    ),
    (
        "content/enterprises/example-enterprise.yaml",
        include_str!("skeleton/enterprises.yaml"),
    ),
    (
        "content/enterprises/example-enterprise.zh.md",
        include_str!("skeleton/enterprises.zh.md"),
    ),
    (
        "content/enterprises/example-enterprise.en.md",
        include_str!("skeleton/enterprises.en.md"),
    ),
    (
        "content/news/example-news.yaml",
        include_str!("skeleton/news.yaml"),
    ),
    (
        "content/news/example-news.zh.md",
        include_str!("skeleton/news.zh.md"),
    ),
    (
        "content/news/example-news.en.md",
        include_str!("skeleton/news.en.md"),
    ),
    (
        "content/policies/example-policy.yaml",
        include_str!("skeleton/policies.yaml"),
    ),
    (
        "content/policies/example-policy.zh.md",
        include_str!("skeleton/policies.zh.md"),
    ),
    (
        "content/policies/example-policy.en.md",
        include_str!("skeleton/policies.en.md"),
    ),
    disclosure!("guide"),
    disclosure!("guide", "zh"),
    disclosure!("guide", "en"),
    disclosure!("rules"),
    disclosure!("rules", "zh"),
    disclosure!("rules", "en"),
    disclosure!("directory"),
    disclosure!("directory", "zh"),
    disclosure!("directory", "en"),
    disclosure!("annual-report"),
    disclosure!("annual-report", "zh"),
    disclosure!("annual-report", "en"),
    disclosure!("apply"),
    disclosure!("apply", "zh"),
    disclosure!("apply", "en"),
    (
        "content/pages/about.yaml",
        include_str!("skeleton/pages.yaml"),
    ),
    (
        "content/pages/about.zh.md",
        include_str!("skeleton/pages.zh.md"),
    ),
    (
        "content/pages/about.en.md",
        include_str!("skeleton/pages.en.md"),
    ),
    ("README.md", include_str!("skeleton/README.md")),
    (
        ".github/workflows/publish.yml",
        include_str!("skeleton/publish.yml"),
    ),
    (".gitignore", include_str!("skeleton/gitignore")),
];

/// What the files are filled in with.
pub(super) struct Values {
    /// The zone's names, as YAML scalars.
    pub name_zh: String,
    pub name_en: String,
    /// The zone's names as text.
    pub title_zh: String,
    pub title_en: String,
    /// The site's address.
    pub base_url: String,
    /// Today.
    pub today: PartialDate,
    /// The language of the comments.
    pub lang: Lang,
}

/// The files that `placeholders` reads: those of a new site's content,
/// where its placeholders are.
pub(super) fn scanned() -> impl Iterator<Item = &'static str> {
    SKELETON
        .iter()
        .map(|(path, _)| *path)
        .filter(|path| path.starts_with("content/"))
}

/// Every file of a new site, by its path from the site root, with its text.
pub(super) fn all(values: &Values) -> Vec<(String, String)> {
    let today = values.today;
    let marks = [
        ("@NAME_ZH@", values.name_zh.clone()),
        ("@NAME_EN@", values.name_en.clone()),
        ("@TITLE_ZH@", values.title_zh.clone()),
        ("@TITLE_EN@", values.title_en.clone()),
        ("@BASE_URL@", values.base_url.clone()),
        ("@TODAY@", today.to_string()),
        ("@TODAY_ZH@", today.display(Lang::Zh)),
        ("@TODAY_EN@", today.display(Lang::En)),
        ("@YEAR@", today.year.to_string()),
        ("@VERSION@", env!("CARGO_PKG_VERSION").to_string()),
    ];
    let fill = |text: &str| {
        marks.iter().fold(text.to_string(), |text, (mark, value)| {
            text.replace(mark, value)
        })
    };
    // Comments first: a value (a name) is never taken for a marker.
    let mut files: Vec<(String, String)> = SKELETON
        .iter()
        .map(|(path, text)| (path.to_string(), fill(&comments::expand(text, values.lang))))
        .collect();
    for (name, schema) in crate::schema::json_schemas() {
        files.push((format!("schemas/{name}"), schema));
    }
    files
}

/// `text` as a YAML scalar: plain when YAML reads that back as the same
/// text, else double-quoted (a JSON string is a YAML one).
pub(super) fn yaml_scalar(text: &str) -> String {
    let special = |c: char| ",[]{}#&*!|>'\"%@`".contains(c) || c.is_control();
    let plain = !text.is_empty()
        && !text.starts_with(|c: char| special(c) || "-?:".contains(c) || c.is_whitespace())
        && !text.ends_with(|c: char| c == ':' || c.is_whitespace())
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.contains(special);
    // Words and numbers YAML would read as something other than text.
    let typed = matches!(
        text.to_ascii_lowercase().as_str(),
        "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) || text.parse::<f64>().is_ok()
        || text.starts_with('.');
    if plain && !typed {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_names_as_yaml_that_reads_back_as_written() {
        for name in [
            "西宁经济技术开发区",
            "Lakeside Economic and Technological Development Zone",
            "TO FILL IN: the zone's name",
            "A, B {and} [C]",
            "yes",
            "1.5",
            "# hash",
            "quote \" and \\ backslash",
            "- dash",
            "待填写：开发区名称",
        ] {
            let yaml = format!("{{zh: {}, en: x}}", yaml_scalar(name));
            let label: crate::i18n::Label =
                serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{name}: {yaml}: {e}"));
            assert_eq!(label.zh, name, "{yaml}");
        }
        assert_eq!(
            yaml_scalar("示例开发区"),
            "示例开发区",
            "plain when it can be"
        );
    }

    #[test]
    fn every_example_record_has_its_three_files_and_schemas_are_in_the_site() {
        let values = Values {
            name_zh: "示例".into(),
            name_en: "Example".into(),
            title_zh: "示例".into(),
            title_en: "Example".into(),
            base_url: "https://example.org/".into(),
            today: PartialDate::parse("2017-07-13").unwrap(),
            lang: Lang::Zh,
        };
        let files = all(&values);
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        // site.yaml and the glossary, seven example records and the five
        // pages of the disclosure column, each a data file and two texts.
        assert_eq!(scanned().count(), 2 + 7 * 3 + 5 * 3);
        assert!(paths.contains(&"schemas/site.schema.json"));
        for (path, text) in &files {
            let unfilled = text
                .split('@')
                .skip(1)
                .any(|s| s.starts_with(|c: char| c.is_ascii_uppercase()));
            assert!(!unfilled, "{path} has a value left unfilled");
            if path.starts_with("content/") {
                assert!(text.contains("$schema="), "{path} names its schema");
            }
        }
    }
}
