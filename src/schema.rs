//! The typed shape of every file an editor writes, as serde reads it. Values here
//! are checked for type and form only; references between files are checked when
//! the site model is built (see `model`).

use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use crate::diag::printable;
use crate::i18n::{Label, Lang};
use crate::yaml::with_help;

/// A date as precise as the source gives it: `2017`, `2017-06` or `2017-07-13`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse(text: &str) -> Result<PartialDate, String> {
        let bad = || {
            format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-07-13")
        };
        let mut parts = text.split('-');
        let mut number = |digits: usize| -> Result<Option<u16>, String> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let year = number(4)?.ok_or_else(bad)?;
        let month = number(2)?;
        let day = if month.is_some() { number(2)? } else { None };
        if parts.next().is_some() {
            return Err(bad());
        }
        if !(1900..=2100).contains(&year) {
            return Err(format!(
                "year {year} is out of range: write a year from 1900 to 2100"
            ));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!(
                "month {m:02} does not exist in `{text}`: months run from 01 to 12"
            ));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m as u8);
            if d == 0 || d > u16::from(last) {
                return Err(format!(
                    "day {d:02} does not exist in `{text}`: that month has {last} days"
                ));
            }
        }
        Ok(PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// Whether year, month and day are all given.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The date in the language's usual form: `2017年7月13日`, `13 July 2017`.
    pub fn display(&self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match (lang, self.month, self.day) {
            (Lang::Zh, None, _) => format!("{}年", self.year),
            (Lang::Zh, Some(m), None) => format!("{}年{}月", self.year, m),
            (Lang::Zh, Some(m), Some(d)) => format!("{}年{}月{}日", self.year, m, d),
            (Lang::En, None, _) => self.year.to_string(),
            (Lang::En, Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            (Lang::En, Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
        }
    }

    /// RFC 3339 timestamp at midnight UTC of the date's first day, for feeds.
    pub fn rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T00:00:00Z",
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1)
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.",
            "anyOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                {"type": "integer", "minimum": 1900, "maximum": 2100}
            ]
        })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_any(DateVisitor)
    }
}

/// The largest magnitude a number in content may have: 2^53, beyond which
/// whole numbers are no longer stored exactly (and no figure of a zone gets near).
pub const MAX_NUMBER: f64 = 9_007_199_254_740_992.0;

/// What a number field accepts beyond being a number no larger than
/// [`MAX_NUMBER`]: `Err((message, help))` for a value it refuses.
type NumberCheck = fn(f64) -> Result<(), (String, &'static str)>;

fn too_large(text: &str) -> String {
    with_help(
        &format!("`{}` is too large to store", printable(text)),
        "numbers go up to 9007199254740992 (2^53), the largest kept exactly; check the figure for extra digits",
    )
}

/// Reads a number as serde_yaml gives it (an integer of up to 128 bits, a
/// float, or, for a number beyond the float range such as `1e400`, a string),
/// refusing one too large to store and then whatever `check` refuses.
struct NumberVisitor(NumberCheck);

impl NumberVisitor {
    fn checked<E: de::Error>(&self, v: f64) -> Result<f64, E> {
        (self.0)(v).map_err(|(message, help)| E::custom(with_help(&message, help)))?;
        Ok(v)
    }

    fn whole<E: de::Error>(&self, v: i128) -> Result<f64, E> {
        if v.unsigned_abs() > MAX_NUMBER as u128 {
            return Err(E::custom(too_large(&v.to_string())));
        }
        self.checked(v as f64)
    }
}

impl Visitor<'_> for NumberVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // `yaml` words "expected f64" as an editor would.
        f.write_str("f64")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        if v.is_finite() && v.abs() > MAX_NUMBER {
            return Err(E::custom(too_large(&format!("{v:e}"))));
        }
        self.checked(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        self.whole(i128::from(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        self.whole(i128::from(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<f64, E> {
        match i128::try_from(v) {
            Ok(v) => self.whole(v),
            Err(_) => Err(E::custom(too_large(&v.to_string()))),
        }
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<f64, E> {
        self.whole(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        // serde_yaml hands over a number beyond the float range as text.
        let overflows =
            v.bytes().any(|b| b.is_ascii_digit()) && v.parse::<f64>().is_ok_and(f64::is_infinite);
        if overflows {
            return Err(E::custom(too_large(v)));
        }
        Err(E::invalid_type(Unexpected::Str(v), &self))
    }
}

/// An optional number, read with [`NumberVisitor`].
struct OptionalNumber(NumberCheck);

impl<'de> Visitor<'de> for OptionalNumber {
    type Value = Option<f64>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("f64")
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<f64>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<f64>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<f64>, D::Error> {
        d.deserialize_any(NumberVisitor(self.0)).map(Some)
    }
}

fn fact_value<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    // A negative or non-finite value is reported with the fact's other
    // checks, when the site is assembled.
    d.deserialize_any(NumberVisitor(|_| Ok(())))
}

fn area<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    d.deserialize_option(OptionalNumber(|v| {
        if v.is_finite() && v >= 0.0 {
            Ok(())
        } else {
            Err((
                format!("an area must be a finite number of zero or more, not {v}"),
                "write the area in square kilometres, e.g. 12.5",
            ))
        }
    }))
}

fn latitude<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(NumberVisitor(|v| {
        if (-90.0..=90.0).contains(&v) {
            Ok(())
        } else {
            Err((
                format!("the latitude {v} is out of range"),
                "a latitude runs from -90 (south pole) to 90 (north pole), e.g. 36.62; check that lat and lon are not swapped",
            ))
        }
    }))
}

fn longitude<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(NumberVisitor(|v| {
        if (-180.0..=180.0).contains(&v) {
            Ok(())
        } else {
            Err((
                format!("the longitude {v} is out of range"),
                "a longitude runs from -180 (west) to 180 (east), e.g. 101.78",
            ))
        }
    }))
}

/// A link written in content (a source's `url`): an `http(s)://` address
/// with a host, a `mailto:` or `tel:` link, or a relative one (`/about/`,
/// `report.pdf`, `#notes`). Any other scheme (`javascript:`, `data:`,
/// `vbscript:`…) is refused when the file is read, and so are whitespace,
/// control characters, `"`, `<`, `>` and backslashes, which no URL needs
/// written out and browsers read in surprising ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(pub String);

/// The schemes a link from content may use.
pub const URL_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

const URL_HELP: &str = "write an https:// or http:// address, a mailto: or tel: link, or a path on the site such as /about/";

impl WebUrl {
    /// Checks `text`; `Err((message, help))` says what is wrong.
    pub fn parse(text: &str) -> Result<WebUrl, (String, &'static str)> {
        let shown = printable(text);
        if text.is_empty() {
            return Err((
                "the link is empty".into(),
                "write the address, or leave `url` out",
            ));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
        {
            let (what, help) = match c {
                ' ' => ("a space", "write a space in a link as %20"),
                c if c.is_control() => ("a control character", "remove it; a link has none"),
                c if c.is_whitespace() => ("whitespace", "remove it, or write it percent-encoded"),
                '\\' => (
                    "a backslash",
                    "write / instead, or %5C for a backslash that belongs",
                ),
                _ => (
                    "`\"`, `<` or `>`",
                    "write them percent-encoded: %22, %3C, %3E",
                ),
            };
            return Err((format!("the link `{shown}` contains {what}"), help));
        }
        // The scheme is what comes before a `:` that precedes any `/`, `?` or `#`.
        let first = text.find([':', '/', '?', '#']);
        let Some(colon) = first.filter(|&i| text.as_bytes()[i] == b':') else {
            return Ok(WebUrl(text.to_string()));
        };
        let scheme = text[..colon].to_ascii_lowercase();
        let rest = &text[colon + 1..];
        match scheme.as_str() {
            "http" | "https" => {
                let host = rest
                    .strip_prefix("//")
                    .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""))
                    .unwrap_or("");
                if host.is_empty() || host.contains('@') {
                    return Err((
                        format!("the link `{shown}` has no usable host"),
                        "write it like https://example.org/report.pdf",
                    ));
                }
            }
            "mailto" | "tel" if !rest.is_empty() => {}
            "mailto" | "tel" => {
                return Err((
                    format!("the link `{shown}` is empty after `{scheme}:`"),
                    URL_HELP,
                ));
            }
            _ => {
                return Err((
                    format!(
                        "the link `{shown}` uses `{}:`, which links from content may not use",
                        printable(&text[..colon])
                    ),
                    URL_HELP,
                ));
            }
        }
        Ok(WebUrl(text.to_string()))
    }
}

impl JsonSchema for WebUrl {
    fn schema_name() -> Cow<'static, str> {
        "WebUrl".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Characters a link may hold: no whitespace, control characters, ",
        // <, > or backslash; in a host, no `/?#@` either; in a relative link's
        // first segment, no `:` (which would make it a scheme).
        let ok = r#"[^\s\u0000-\u001f\u007f"<>\\]"#;
        let host = r#"[^\s\u0000-\u001f\u007f"<>\\/?#@]"#;
        let first = r#"[^\s\u0000-\u001f\u007f"<>\\:/?#]"#;
        let pattern = format!(
            "^(?:[Hh][Tt][Tt][Pp][Ss]?://{host}+(?:[/?#]{ok}*)?\
             |(?:[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):{ok}+\
             |{first}+(?:[/?#]{ok}*)?\
             |[/?#]{ok}*)$"
        );
        json_schema!({
            "description": "An http(s):// address, a mailto: or tel: link, or a relative link (/about/); no other scheme.",
            "type": "string",
            "pattern": pattern
        })
    }
}

impl<'de> Deserialize<'de> for WebUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Checked in the visitor, so that serde_yaml locates an error at the value.
        struct UrlVisitor;
        impl Visitor<'_> for UrlVisitor {
            type Value = WebUrl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a link, e.g. https://example.org/report.pdf")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<WebUrl, E> {
                WebUrl::parse(v).map_err(|(message, help)| E::custom(with_help(&message, help)))
            }
        }
        d.deserialize_str(UrlVisitor)
    }
}

fn optional_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<WebUrl>::deserialize(d)?.map(|u| u.0))
}

/// Units a fact's value can be in. Money and areas have their own way of being
/// written in each language; anything else is a label such as `{zh: 家, en: enterprises}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    /// Renminbi, stored in yuan, shown as 亿元/万元 or billion/million yuan.
    Yuan,
    /// Percent.
    Percent,
    /// Square kilometres.
    Km2,
    /// Mu (亩), the Chinese unit of land area.
    Mu,
    /// Gigawatt hours.
    Gwh,
    /// A counted thing, named in both languages.
    Label(Label),
}

const UNIT_KEYWORDS: [&str; 5] = ["yuan", "percent", "km2", "mu", "gwh"];

impl JsonSchema for Unit {
    fn schema_name() -> Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "yuan, percent, km2, mu, gwh, or a label {zh, en} for a counted thing.",
            "anyOf": [
                {"enum": UNIT_KEYWORDS},
                generator.subschema_for::<Label>()
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct UnitVisitor;
        impl<'de> Visitor<'de> for UnitVisitor {
            type Value = Unit;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(
                    f,
                    "one of {} or a map {{zh: …, en: …}}",
                    UNIT_KEYWORDS.join(", ")
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Unit, E> {
                Ok(match v {
                    "yuan" => Unit::Yuan,
                    "percent" => Unit::Percent,
                    "km2" => Unit::Km2,
                    "mu" => Unit::Mu,
                    "gwh" => Unit::Gwh,
                    _ => {
                        let hint = crate::diag::did_you_mean(v, UNIT_KEYWORDS)
                            .map(|s| format!("did you mean `{s}`? "))
                            .unwrap_or_default();
                        return Err(E::custom(format!(
                            "unknown unit `{v}`: {hint}use one of {} or a label {{zh: …, en: …}}",
                            UNIT_KEYWORDS.join(", ")
                        )));
                    }
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Unit, A::Error> {
                Label::deserialize(de::value::MapAccessDeserializer::new(map)).map(Unit::Label)
            }
        }
        d.deserialize_any(UnitVisitor)
    }
}

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
    /// The value, in the unit's base (yuan for money).
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

/// Where a figure comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// How facts name it.
    pub id: String,
    /// Its title.
    pub title: Label,
    /// Who published it, when known.
    #[serde(default)]
    pub publisher: Option<Label>,
    /// When it was published.
    pub date: PartialDate,
    /// Where to read it, when it is online.
    #[serde(default, deserialize_with = "optional_url")]
    #[schemars(with = "Option<WebUrl>")]
    pub url: Option<String>,
}

/// The government-portal footer. Unknown values stay empty, never made up.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    /// The organisation that runs the site.
    #[serde(default)]
    pub organiser: Option<Label>,
    /// How to reach it.
    #[serde(default)]
    pub contact: Option<Label>,
    /// The ICP filing number (ICP备案号).
    #[serde(default)]
    pub icp: String,
    /// The public-security filing number (公安备案号).
    #[serde(default)]
    pub police: String,
    /// The government site identification code (网站标识码).
    #[serde(default)]
    pub site_code: String,
}

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// The zone's full name.
    pub name: Label,
    /// A short name for narrow places.
    #[serde(default)]
    pub short_name: Option<Label>,
    /// One or two sentences about the zone.
    pub description: Label,
    /// Where the site will be published, e.g. `https://example.org/zone/`.
    pub base_url: String,
    /// The theme under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Whether Chinese is served under `/zh/` rather than at the root.
    #[serde(default)]
    pub default_language_in_subdir: bool,
    /// Whether raw HTML in Markdown is kept as written rather than sanitised.
    #[serde(default)]
    pub trusted_html: bool,
    /// The zone's key figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Sources that facts cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The main menu: section names or page slugs.
    #[serde(default)]
    pub menu: Option<Vec<String>>,
    /// The footer's filing details.
    #[serde(default)]
    pub footer: Footer,
}

fn default_theme() -> String {
    "default".to_string()
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
}

/// `industries/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IndustryData {
    /// Its figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
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
}

/// `pages/<slug>.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageData {
    /// Figures the page shows.
    #[serde(default)]
    pub facts: Vec<Fact>,
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
}

/// The fields a front matter takes, for telling data fields from prose fields.
pub const FRONT_MATTER_FIELDS: [&str; 4] = ["title", "summary", "date", "draft"];

/// Every field some section's data file takes.
pub const DATA_FIELDS: [&str; 12] = [
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
];

/// JSON Schemas of every file an editor writes, generated from the types that
/// read them, as (file name, schema text).
pub fn json_schemas() -> Vec<(&'static str, String)> {
    fn schema<T: JsonSchema>(title: &str) -> String {
        let mut schema = schemars::schema_for!(T);
        schema.insert("title".into(), title.into());
        let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialise");
        text.push('\n');
        text
    }
    vec![
        ("site.schema.json", schema::<SiteFile>("content/site.yaml")),
        (
            "glossary.schema.json",
            schema::<Vec<Label>>("content/glossary.yaml"),
        ),
        (
            "parks.schema.json",
            schema::<ParkData>("content/parks/<slug>.yaml"),
        ),
        (
            "industries.schema.json",
            schema::<IndustryData>("content/industries/<slug>.yaml"),
        ),
        (
            "initiatives.schema.json",
            schema::<InitiativeData>("content/initiatives/<slug>.yaml"),
        ),
        (
            "enterprises.schema.json",
            schema::<EnterpriseData>("content/enterprises/<slug>.yaml"),
        ),
        (
            "news.schema.json",
            schema::<NewsData>("content/news/<slug>.yaml"),
        ),
        (
            "pages.schema.json",
            schema::<PageData>("content/pages/<slug>.yaml"),
        ),
        (
            "front-matter.schema.json",
            schema::<FrontMatter>("front matter of <slug>.<lang>.md"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_partial_dates() {
        assert_eq!(PartialDate::parse("2017").unwrap().to_string(), "2017");
        assert_eq!(
            PartialDate::parse("2017-06").unwrap().to_string(),
            "2017-06"
        );
        assert_eq!(
            PartialDate::parse("2016-02-29").unwrap().to_string(),
            "2016-02-29"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2017-13",
            "2017-02-29",
            "2017-04-31",
            "17-01-01",
            "2017/01/01",
            "3017",
            "2017-1-5",
            "",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }

    fn park(src: &str) -> Result<ParkData, crate::diag::Diagnostic> {
        crate::yaml::parse(std::path::Path::new("p.yaml"), src, src, 1, &|_| None)
    }

    #[test]
    fn refuses_coordinates_out_of_range_at_the_value() {
        let err = park("area_km2: 1\nlocation: {lat: 136.6, lon: 101.7}\n").unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (2, 17), "{err:?}");
        assert_eq!(
            err.message,
            "location.lat: the latitude 136.6 is out of range"
        );
        assert!(err.help.unwrap().contains("-90"));
        let err = park("location:\n  lat: 36.6\n  lon: -181\n").unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (3, 8), "{err:?}");
        assert!(
            err.message.contains("longitude -181 is out of range"),
            "{err:?}"
        );
        let err = park("location: {lat: .nan, lon: 1}\n").unwrap_err();
        assert!(
            err.message.contains("latitude NaN is out of range"),
            "{err:?}"
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
                err.message,
                format!("facts[0].value: {shown} is too large to store"),
                "{value}"
            );
            assert_eq!((err.pos.line, err.pos.col), (3, 12), "{value}: {err:?}");
            assert!(err.help.unwrap().contains("2^53"));
        }
        let err = park("area_km2: 1e999\n").unwrap_err();
        assert_eq!(err.message, "area_km2: `1e999` is too large to store");
        assert_eq!(
            park("area_km2: 9007199254740992\n").unwrap().area_km2,
            Some(MAX_NUMBER)
        );
        assert_eq!(park("area_km2: ~\n").unwrap().area_km2, None);
        let err = park("area_km2: -3\n").unwrap_err();
        assert!(
            err.message
                .contains("an area must be a finite number of zero or more, not -3"),
            "{err:?}"
        );
        let err = park("area_km2: \"12\"\n").unwrap_err();
        assert!(err.message.contains("expected a number"), "{err:?}");
        assert!(err.help.unwrap().contains("without quotes"));
    }

    #[test]
    fn accepts_web_links_and_refuses_other_schemes() {
        for good in [
            "https://example.org/report.pdf",
            "HTTP://example.org",
            "https://zh.wikipedia.org/wiki/西宁?x=1#a",
            "mailto:office@example.org",
            "tel:+86-971-1234567",
            "/about/",
            "report.pdf",
            "#notes",
            "?page=2",
            "//example.org/x",
            "docs/a:b",
        ] {
            assert!(WebUrl::parse(good).is_ok(), "{good}");
        }
        for (bad, why) in [
            ("javascript:alert(1)", "uses `javascript:`"),
            ("JavaScript:alert(1)", "uses `JavaScript:`"),
            ("java\tscript:alert(1)", "a control character"),
            ("data:text/html,<script>", "`\"`, `<` or `>`"),
            ("data:text/html;base64,PHNjcmlwdD4=", "uses `data:`"),
            ("vbscript:msgbox", "uses `vbscript:`"),
            ("file:///etc/passwd", "uses `file:`"),
            ("https:example.org", "no usable host"),
            ("https://", "no usable host"),
            ("https://trusted.example@evil.example/", "no usable host"),
            ("mailto:", "is empty after"),
            (" https://example.org", "a space"),
            ("https://example.org/\"onclick=\"x", "`\"`, `<` or `>`"),
            ("https://example.org\\evil", "a backslash"),
            ("", "empty"),
        ] {
            let (message, _) = WebUrl::parse(bad).unwrap_err();
            assert!(message.contains(why), "{bad:?}: {message}");
        }
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
            err.message,
            "sources[0].url: the link `javascript:alert(document.cookie)` uses `javascript:`, which links from content may not use"
        );
        assert!(err.help.unwrap().contains("mailto:"));
    }

    #[test]
    fn displays_dates_per_language() {
        let d = PartialDate::parse("2017-07-13").unwrap();
        assert_eq!(d.display(Lang::Zh), "2017年7月13日");
        assert_eq!(d.display(Lang::En), "13 July 2017");
        assert_eq!(
            PartialDate::parse("2017-06").unwrap().display(Lang::En),
            "June 2017"
        );
    }
}
