//! The typed shape of every file an editor writes, as serde reads it. Values here
//! are checked for type and form only; references between files are checked when
//! the site model is built (see `model`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Label;

mod date;
mod number;
mod photo;
mod policy;
mod site;
mod unit;
mod url;

pub use date::PartialDate;
pub use number::MAX_NUMBER;
use number::{area, fact_value, latitude, longitude};
pub use photo::{Alt, Photo};
pub use policy::{DocNumber, PolicyData, Validity, ValidityStatus};
pub use site::{Footer, MenuItem, MenuLink, Profile, SiteFile, Source};
pub use unit::{KnownUnit, SiteUnit, Unit, UnitForms, UnitLabel};
pub use url::{URL_SCHEMES, WebUrl};

/// How exact a fact's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Approx {
    /// Roughly the value (约, 左右).
    About,
    /// Somewhat more than the value (多, 以上).
    MoreThan,
}

/// One figure with its unit, date and source.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What is counted or measured.
    pub label: Label,
    /// The value, in its unit (never converted).
    #[serde(deserialize_with = "fact_value")]
    #[schemars(range(min = 0, max = 9_007_199_254_740_992_u64))]
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// Whether the value is approximate.
    #[serde(default)]
    pub approx: Option<Approx>,
    /// The date the figure describes.
    pub as_of: PartialDate,
    /// The id of an entry of `sources` in `site.yaml`.
    pub source: String,
}

/// A point on the map.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude in degrees, north positive.
    #[serde(deserialize_with = "latitude")]
    #[schemars(range(min = -90, max = 90))]
    pub lat: f64,
    /// Longitude in degrees, east positive.
    #[serde(deserialize_with = "longitude")]
    #[schemars(range(min = -180, max = 180))]
    pub lon: f64,
    /// Whether the point only shows roughly where the place is.
    #[serde(default)]
    pub approximate: bool,
}

/// `parks/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ParkData {
    /// Area in square kilometres.
    #[serde(default, deserialize_with = "area")]
    #[schemars(range(min = 0, max = 9_007_199_254_740_992_u64))]
    pub area_km2: Option<f64>,
    /// When the park was established.
    #[serde(default)]
    pub established: Option<PartialDate>,
    /// Where it is.
    #[serde(default)]
    pub location: Option<Location>,
    /// Industries it hosts.
    #[serde(default)]
    pub industries: Vec<String>,
    /// Its figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// `industries/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IndustryData {
    /// Its figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Announced, not started.
    Planned,
    /// Under way.
    InProgress,
    /// Done.
    Completed,
}

impl Status {
    /// The name used in data files and CSS classes.
    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in-progress",
            Status::Completed => "completed",
        }
    }
}

/// `initiatives/<slug>.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InitiativeData {
    /// Where it stands.
    pub status: Status,
    /// When it started.
    #[serde(default)]
    pub started: Option<PartialDate>,
    /// Parks it concerns.
    #[serde(default)]
    pub parks: Vec<String>,
    /// Industries it concerns.
    #[serde(default)]
    pub industries: Vec<String>,
    /// Enterprises it concerns.
    #[serde(default)]
    pub enterprises: Vec<String>,
    /// Its figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// `enterprises/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EnterpriseData {
    /// The park it is in.
    #[serde(default)]
    pub park: Option<String>,
    /// Its industries.
    #[serde(default)]
    pub industries: Vec<String>,
    /// Its figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// `news/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NewsData {
    /// The source the item reproduces, if any.
    #[serde(default)]
    pub source: Option<String>,
    /// Parks it concerns.
    #[serde(default)]
    pub parks: Vec<String>,
    /// Industries it concerns.
    #[serde(default)]
    pub industries: Vec<String>,
    /// Initiatives it reports on.
    #[serde(default)]
    pub initiatives: Vec<String>,
    /// Enterprises it mentions.
    #[serde(default)]
    pub enterprises: Vec<String>,
    /// The policy documents it explains (政策解读), by slug.
    #[serde(default)]
    pub interprets: Vec<String>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// `pages/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageData {
    /// Figures the page shows.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// The front matter of a `<slug>.<lang>.md` or `_index.<lang>.md` file.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page title.
    pub title: String,
    /// One or two sentences for lists and descriptions.
    #[serde(default)]
    pub summary: Option<String>,
    /// Publication date (news).
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// Whether the text is a draft, built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Who wrote it, as this language names them (an article's 作者).
    #[serde(default)]
    pub author: Option<String>,
}

/// The fields a front matter takes, for telling data fields from prose fields.
pub const FRONT_MATTER_FIELDS: [&str; 5] = ["title", "summary", "date", "draft", "author"];

/// Every field some section's data file takes.
pub const DATA_FIELDS: [&str; 22] = [
    "area_km2",
    "established",
    "location",
    "industries",
    "facts",
    "status",
    "started",
    "parks",
    "enterprises",
    "park",
    "source",
    "initiatives",
    "weight",
    "photos",
    "interprets",
    "index_no",
    "topic",
    "issuer",
    "number",
    "written",
    "published",
    "validity",
];

/// The JSON Schema of `T`, titled with the file it describes.
pub fn generated<T: JsonSchema>(title: &str) -> String {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), title.into());
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    text.push('\n');
    text
}

/// JSON Schemas of every file an editor writes, generated from the types that
/// read them, as (file name, schema text).
pub fn json_schemas() -> Vec<(&'static str, String)> {
    vec![
        (
            "site.schema.json",
            generated::<SiteFile>("content/site.yaml"),
        ),
        (
            "glossary.schema.json",
            generated::<Vec<crate::glossary::Term>>("content/glossary.yaml"),
        ),
        (
            "parks.schema.json",
            generated::<ParkData>("content/parks/<slug>.yaml"),
        ),
        (
            "industries.schema.json",
            generated::<IndustryData>("content/industries/<slug>.yaml"),
        ),
        (
            "initiatives.schema.json",
            generated::<InitiativeData>("content/initiatives/<slug>.yaml"),
        ),
        (
            "enterprises.schema.json",
            generated::<EnterpriseData>("content/enterprises/<slug>.yaml"),
        ),
        (
            "news.schema.json",
            generated::<NewsData>("content/news/<slug>.yaml"),
        ),
        (
            "pages.schema.json",
            generated::<PageData>("content/pages/<slug>.yaml"),
        ),
        (
            "policies.schema.json",
            generated::<PolicyData>("content/policies/<slug>.yaml"),
        ),
        (
            "front-matter.schema.json",
            generated::<FrontMatter>("front matter of <slug>.<lang>.md"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message and help that a deserialiser's error carries.
    fn carried(err: &serde_yaml::Error) -> (crate::catalogue::Text, crate::catalogue::Text) {
        let text = err.to_string();
        let (message, help) = text.split_once('\u{1f}').expect("a message with help");
        let message = &message[message.find('\u{1e}').expect("an encoded message")..];
        // serde_yaml adds the position after the help.
        let help = &help[..=help.rfind('}').expect("an encoded help")];
        (
            crate::catalogue::Text::decode(message).expect("a message"),
            crate::catalogue::Text::decode(help).expect("a help"),
        )
    }

    fn park(src: &str) -> Result<ParkData, crate::diag::Diagnostic> {
        crate::yaml::parse(std::path::Path::new("p.yaml"), src, src, 1, &|_| None)
    }

    #[test]
    fn refuses_coordinates_out_of_range_at_the_value() {
        let err = park("area_km2: 1\nlocation: {lat: 136.6, lon: 101.7}\n").unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (2, 17), "{err:?}");
        assert_eq!(
            err.message.render(crate::i18n::Lang::En),
            "location.lat: the latitude 136.6 is out of range"
        );
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("-90")
        );
        let err = park("location:\n  lat: 36.6\n  lon: -181\n").unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (3, 8), "{err:?}");
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("longitude -181 is out of range"),
            "{err:?}"
        );
        let err = park("location: {lat: .nan, lon: 1}\n").unwrap_err();
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("latitude NaN is out of range"),
            "{err:?}"
        );
        let err = serde_yaml::from_str::<Location>("{lat: 136.6, lon: 1}").unwrap_err();
        let (message, help) = carried(&err);
        assert_eq!(message.render(crate::i18n::Lang::Zh), "纬度136.6超出范围");
        assert!(
            help.render(crate::i18n::Lang::Zh)
                .contains("请检查lat和lon是否写反")
        );
        let ok = park("location: {lat: -90, lon: 180}\n").unwrap();
        assert_eq!(ok.location.map(|l| (l.lat, l.lon)), Some((-90.0, 180.0)));
    }

    #[test]
    fn says_when_a_number_is_too_large_to_store() {
        for (value, shown) in [
            ("1e400", "`1e400`"),
            ("-1e400", "`-1e400`"),
            (
                "123456789012345678901234567890",
                "`123456789012345678901234567890`",
            ),
            (
                "1234567890123456789012345678901234567890",
                "`1.2345678901234568e39`",
            ),
            (
                "340282366920938463463374607431768211456",
                "`3.402823669209385e38`",
            ),
            ("18446744073709551616", "`18446744073709551616`"),
            ("9007199254740993", "`9007199254740993`"),
            ("1.5e20", "`1.5e20`"),
        ] {
            let src = format!(
                "facts:\n  - label: {{zh: a, en: a}}\n    value: {value}\n    unit: mu\n    as_of: 2017\n    source: s\n"
            );
            let err = park(&src).unwrap_err();
            assert_eq!(
                err.message.render(crate::i18n::Lang::En),
                format!("facts[0].value: {shown} is too large to store"),
                "{value}"
            );
            assert_eq!((err.pos.line, err.pos.col), (3, 12), "{value}: {err:?}");
            assert!(
                err.help
                    .unwrap()
                    .render(crate::i18n::Lang::En)
                    .contains("2^53")
            );
        }
        let err = park("area_km2: 1e999\n").unwrap_err();
        assert_eq!(
            err.message.render(crate::i18n::Lang::En),
            "area_km2: `1e999` is too large to store"
        );
        assert_eq!(
            park("area_km2: 9007199254740992\n").unwrap().area_km2,
            Some(MAX_NUMBER)
        );
        assert_eq!(park("area_km2: ~\n").unwrap().area_km2, None);
        let err = park("area_km2: -3\n").unwrap_err();
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("an area must be a finite number of zero or more, not -3"),
            "{err:?}"
        );
        let err = park("area_km2: \"12\"\n").unwrap_err();
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("expected a number"),
            "{err:?}"
        );
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("without quotes")
        );
    }

    #[test]
    fn refuses_a_bad_source_link_at_the_value() {
        let src = "name: {zh: a, en: a}\ndescription: {zh: a, en: a}\nbase_url: https://example.org/\nsources:\n  - id: s\n    title: {zh: a, en: a}\n    date: 2017\n    url: javascript:alert(document.cookie)\n";
        let err =
            crate::yaml::parse::<SiteFile>(std::path::Path::new("site.yaml"), src, src, 1, &|_| {
                None
            })
            .unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (8, 10), "{err:?}");
        assert_eq!(
            err.message.render(crate::i18n::Lang::En),
            "sources[0].url: the link `javascript:alert(document.cookie)` uses `javascript:`, which links from content may not use"
        );
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("mailto:")
        );
    }
}
