//! Open data: every section also written as `data/<section>.json` and
//! `data/<section>.csv`, in UTF-8, with both languages' texts and labels side
//! by side. Both files are deterministic: records in slug order, fields in a
//! fixed order, no timestamps, so an unchanged site gives the same bytes.
//!
//! The JSON keeps the records' structure (facts as a list per record). The CSV
//! is "long": one row per fact, the record's columns repeated on each; a
//! record without facts has one row with the fact columns empty. It starts
//! with a byte-order mark so that spreadsheet programs read it as UTF-8, and
//! ends its lines with CRLF (RFC 4180).
//!
//! Text from content could be taken for a formula by a spreadsheet (CSV
//! injection): as OWASP recommends, a text cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return is written with a leading `'` and in
//! quotes. Numbers (areas, coordinates, values) are written by zonesite from
//! parsed numbers, cannot hold a formula, and stay numbers: a negative
//! longitude is `-70.5`, not `'-70.5`. The JSON keeps every text as it is.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use super::custom;
use super::read::{Reader, Rec};
use crate::content::Data;
use crate::i18n::{Label, Lang};
use crate::output::OutputFile;
use crate::schema::{Approx, Fact, SiteUnit};
use crate::section::{Kind, Section};
use crate::urls::Urls;

/// The output path of a section's open data in `format` (`json` or `csv`).
pub fn path(section: Section, format: &str) -> String {
    format!("data/{}.{format}", section.name())
}

/// A section's JSON and CSV files.
pub fn files(read: &Reader, section: Section) -> Vec<OutputFile> {
    let doc = document(read, section);
    let mut json = serde_json::to_string_pretty(&doc).expect("plain data serialises");
    json.push('\n');
    vec![
        OutputFile {
            path: path(section, "json"),
            bytes: json.into_bytes(),
        },
        OutputFile {
            path: path(section, "csv"),
            bytes: csv(&doc).into_bytes(),
        },
    ]
}

/// Text in both languages; `None` where a language has none.
#[derive(Debug, Default, Serialize)]
struct Both {
    zh: Option<String>,
    en: Option<String>,
}

impl Both {
    fn label(label: &Label) -> Both {
        Both {
            zh: Some(label.zh.clone()),
            en: Some(label.en.clone()),
        }
    }

    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => self.zh.as_deref().unwrap_or(""),
            Lang::En => self.en.as_deref().unwrap_or(""),
        }
    }
}

/// A section's file.
#[derive(Debug, Serialize)]
struct Document {
    section: Section,
    title: Both,
    site: Both,
    url: Both,
    sources: Vec<SourceOut>,
    records: Vec<RecordOut>,
}

#[derive(Debug, Serialize)]
struct SourceOut {
    id: String,
    title: Both,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Both>,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Debug, Serialize)]
struct LocationOut {
    #[serde(serialize_with = "number")]
    lat: f64,
    #[serde(serialize_with = "number")]
    lon: f64,
    approximate: bool,
}

#[derive(Debug, Default, Serialize)]
struct RecordOut {
    slug: String,
    title: Both,
    summary: Both,
    url: Both,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    started: Option<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "option_number"
    )]
    area_km2: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    established: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<LocationOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    park: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parks: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    industries: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    initiatives: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enterprises: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interprets: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facts: Option<Vec<FactOut>>,
    /// A custom record's cells under its section's own columns.
    #[serde(skip)]
    custom_cells: Vec<String>,
}

#[derive(Debug, Serialize)]
struct FactOut {
    label: Both,
    #[serde(serialize_with = "number")]
    value: f64,
    unit: String,
    unit_label: Both,
    #[serde(skip_serializing_if = "Option::is_none")]
    approx: Option<&'static str>,
    as_of: String,
    source: String,
}

/// Whole numbers as integers (`1500`, not `1500.0`), others as they are.
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn option_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// A number as the CSV writes it: plain digits, no grouping, no exponent.
fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn document(read: &Reader, section: Section) -> Document {
    let c = read.config();
    let urls = read.urls();
    let members: Vec<Rec> = read.members(section).collect();
    let records: Vec<RecordOut> = members.iter().map(|&r| record(r, urls, &c.units)).collect();
    let mut cited: Vec<&str> = members
        .iter()
        .flat_map(|r| {
            let news_source = match r.data() {
                Data::News(d) => d.source.as_deref(),
                _ => None,
            };
            r.facts()
                .iter()
                .map(|f| f.source.as_str())
                .chain(news_source)
        })
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let sources = c
        .sources
        .iter()
        .filter(|s| cited.binary_search(&s.id.as_str()).is_ok())
        .map(|s| SourceOut {
            id: s.id.clone(),
            title: Both::label(&s.title),
            publisher: s.publisher.as_ref().map(Both::label),
            date: s.date.to_string(),
            url: s.url.clone(),
        })
        .collect();
    Document {
        section,
        title: Both {
            zh: Some(read.section_title(Lang::Zh, section).to_string()),
            en: Some(read.section_title(Lang::En, section).to_string()),
        },
        site: Both::label(&c.name),
        url: Both {
            zh: Some(urls.permalink(&urls.section(Lang::Zh, section))),
            en: Some(urls.permalink(&urls.section(Lang::En, section))),
        },
        sources,
        records,
    }
}

fn record(r: Rec, urls: &Urls, units: &[SiteUnit]) -> RecordOut {
    // Each language's own text only: no fallback to the other language here.
    let own = |lang: Lang, f: &dyn Fn(Lang) -> Option<String>| {
        r.is_translated(lang).then(|| f(lang)).flatten()
    };
    let both = |f: &dyn Fn(Lang) -> Option<String>| Both {
        zh: own(Lang::Zh, f),
        en: own(Lang::En, f),
    };
    let list = |v: &[String]| Some(v.to_vec());
    let section = r.section();
    let mut out = RecordOut {
        slug: r.slug().to_string(),
        title: both(&|l| Some(r.title(l).0.to_string())),
        summary: both(&|l| r.summary(l).0.map(str::to_string)),
        url: Both {
            zh: Some(urls.permalink(&urls.record(Lang::Zh, section, r.slug()))),
            en: Some(urls.permalink(&urls.record(Lang::En, section, r.slug()))),
        },
        facts: has_facts(section.kind())
            .then(|| r.facts().iter().map(|f| fact(f, units)).collect()),
        ..RecordOut::default()
    };
    match r.data() {
        Data::Park(d) => {
            out.area_km2 = d.area_km2;
            out.established = d.established.map(|e| e.to_string());
            out.location = d.location.map(|l| LocationOut {
                lat: l.lat,
                lon: l.lon,
                approximate: l.approximate,
            });
            out.industries = list(&d.industries);
        }
        Data::Industry(_) | Data::Page(_) => {}
        Data::Policy(d) => {
            let (cells, fields) = super::policy::open_data(d);
            out.custom_cells = cells;
            out.fields = Some(fields);
        }
        data @ Data::Custom(_) => {
            let (cells, fields) = custom::open_data(section, data);
            out.custom_cells = cells;
            out.fields = Some(fields);
        }
        Data::Initiative(d) => {
            out.status = Some(d.status.code());
            out.started = d.started.map(|s| s.to_string());
            out.parks = list(&d.parks);
            out.industries = list(&d.industries);
            out.enterprises = list(&d.enterprises);
        }
        Data::Enterprise(d) => {
            out.park = d.park.clone();
            out.industries = list(&d.industries);
        }
        Data::News(d) => {
            out.date = r.date().map(|d| d.to_string());
            out.source = d.source.clone();
            out.parks = list(&d.parks);
            out.industries = list(&d.industries);
            out.initiatives = list(&d.initiatives);
            out.enterprises = list(&d.enterprises);
            out.interprets = list(&d.interprets);
        }
    }
    out
}

/// A fact with its unit's id (`label` for a unit named in place) and the
/// unit as both languages write it.
fn fact(f: &Fact, units: &[SiteUnit]) -> FactOut {
    let (zh, en) = f
        .unit
        .forms(units)
        .map_or((f.unit.id(), f.unit.id()), |u| (u.zh, u.en));
    FactOut {
        label: Both::label(&f.label),
        value: f.value,
        unit: f.unit.id().to_string(),
        unit_label: Both {
            zh: Some(zh.to_string()),
            en: Some(en.to_string()),
        },
        approx: f.approx.map(|a| match a {
            Approx::About => "about",
            Approx::MoreThan => "more-than",
        }),
        as_of: f.as_of.to_string(),
        source: f.source.clone(),
    }
}

/// Whether a section's records have figures (articles and policy
/// documents do not).
fn has_facts(kind: Kind) -> bool {
    !matches!(kind, Kind::Article | Kind::Policy)
}

/// The CSV columns of a section, after the common ones.
fn section_columns(section: Section) -> Vec<String> {
    let builtin: &[&str] = match section.kind() {
        Kind::Park => &[
            "area_km2",
            "established",
            "lat",
            "lon",
            "location_approximate",
            "industries",
        ],
        Kind::Initiative => &["status", "started", "parks", "industries", "enterprises"],
        Kind::Enterprise => &["park", "industries"],
        Kind::Article => &[
            "date",
            "source",
            "parks",
            "industries",
            "initiatives",
            "enterprises",
            "interprets",
        ],
        Kind::Industry | Kind::Page => &[],
        Kind::Policy => &super::policy::COLUMNS,
        Kind::Custom => return custom::columns(section),
    };
    builtin.iter().map(|c| c.to_string()).collect()
}

const COMMON: [&str; 7] = [
    "slug",
    "title_zh",
    "title_en",
    "summary_zh",
    "summary_en",
    "url_zh",
    "url_en",
];

/// The columns that hold numbers; every other one holds text.
const NUMBER_COLUMNS: [&str; 4] = ["area_km2", "lat", "lon", "fact_value"];

const FACT_COLUMNS: [&str; 9] = [
    "fact_label_zh",
    "fact_label_en",
    "fact_value",
    "fact_unit",
    "fact_unit_zh",
    "fact_unit_en",
    "fact_approx",
    "fact_as_of",
    "fact_source",
];

fn csv(doc: &Document) -> String {
    let section = doc.section;
    let has_facts = has_facts(section.kind());
    let columns = section_columns(section);
    let mut header: Vec<&str> = COMMON.to_vec();
    header.extend(columns.iter().map(String::as_str));
    if has_facts {
        header.extend_from_slice(&FACT_COLUMNS);
    }
    let numbers: Vec<bool> = header.iter().map(|h| NUMBER_COLUMNS.contains(h)).collect();
    let mut out = String::from('\u{feff}');
    push_row(&mut out, header.iter().map(|s| s.to_string()), &[]);
    for r in &doc.records {
        let opt = |b: &Both, lang| b.get(lang).to_string();
        let joined = |v: &Option<Vec<String>>| v.as_ref().map_or_else(String::new, |v| v.join(";"));
        let mut cells = vec![
            r.slug.clone(),
            opt(&r.title, Lang::Zh),
            opt(&r.title, Lang::En),
            opt(&r.summary, Lang::Zh),
            opt(&r.summary, Lang::En),
            opt(&r.url, Lang::Zh),
            opt(&r.url, Lang::En),
        ];
        cells.extend(r.custom_cells.iter().cloned());
        let own_cells = matches!(section.kind(), Kind::Custom | Kind::Policy);
        for column in columns.iter().filter(|_| !own_cells) {
            cells.push(match column.as_str() {
                "area_km2" => r.area_km2.map(plain).unwrap_or_default(),
                "established" => r.established.clone().unwrap_or_default(),
                "lat" => r
                    .location
                    .as_ref()
                    .map(|l| plain(l.lat))
                    .unwrap_or_default(),
                "lon" => r
                    .location
                    .as_ref()
                    .map(|l| plain(l.lon))
                    .unwrap_or_default(),
                "location_approximate" => r
                    .location
                    .as_ref()
                    .map(|l| l.approximate.to_string())
                    .unwrap_or_default(),
                "industries" => joined(&r.industries),
                "status" => r.status.unwrap_or_default().to_string(),
                "started" => r.started.clone().unwrap_or_default(),
                "parks" => joined(&r.parks),
                "enterprises" => joined(&r.enterprises),
                "initiatives" => joined(&r.initiatives),
                "interprets" => joined(&r.interprets),
                "park" => r.park.clone().unwrap_or_default(),
                "date" => r.date.clone().unwrap_or_default(),
                "source" => r.source.clone().unwrap_or_default(),
                _ => String::new(),
            });
        }
        let facts = r.facts.as_deref().unwrap_or_default();
        if !has_facts || facts.is_empty() {
            if has_facts {
                cells.extend(FACT_COLUMNS.iter().map(|_| String::new()));
            }
            push_row(&mut out, cells.into_iter(), &numbers);
            continue;
        }
        for f in facts {
            let mut row = cells.clone();
            row.extend([
                f.label.get(Lang::Zh).to_string(),
                f.label.get(Lang::En).to_string(),
                plain(f.value),
                f.unit.clone(),
                f.unit_label.get(Lang::Zh).to_string(),
                f.unit_label.get(Lang::En).to_string(),
                f.approx.unwrap_or_default().to_string(),
                f.as_of.clone(),
                f.source.clone(),
            ]);
            push_row(&mut out, row.into_iter(), &numbers);
        }
    }
    out
}

/// One CSV line: text cells neutralised (see [`neutralise`]; `numbers` tells
/// the cells that hold numbers), and cells quoted where they hold a comma, a
/// quote or a line break, or were neutralised.
fn push_row(out: &mut String, cells: impl Iterator<Item = String>, numbers: &[bool]) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let is_number = numbers.get(i).copied().unwrap_or(false);
        let cell = if is_number {
            Cow::Borrowed(cell.as_str())
        } else {
            neutralise(&cell)
        };
        if cell.starts_with('\'') || cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// A text cell that a spreadsheet would take for a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) with a `'` in front, which
/// spreadsheets read as "this is text", as OWASP's CSV-injection guidance has it.
fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_cells_that_need_it() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["a", "b,c", "say \"hi\"", "x\ny"]
                .into_iter()
                .map(String::from),
            &[],
        );
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    }

    #[test]
    fn neutralises_text_that_a_spreadsheet_would_run() {
        let mut out = String::new();
        push_row(
            &mut out,
            [
                "=HYPERLINK(\"http://x\",\"y\")",
                "+1",
                "-2+3",
                "@SUM(A1)",
                "\tx",
                "\r=1",
                "a=b",
                "'quoted",
                "-70.5",
                "-70.5",
            ]
            .into_iter()
            .map(String::from),
            &[
                false, false, false, false, false, false, false, false, false, true,
            ],
        );
        assert_eq!(
            out,
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\r=1\",a=b,\"'quoted\",\"'-70.5\",-70.5\r\n"
        );
    }

    #[test]
    fn writes_whole_numbers_without_a_fraction() {
        assert_eq!(plain(24_600_000_000.0), "24600000000");
        assert_eq!(plain(108.78), "108.78");
        let json = serde_json::to_string(&LocationOut {
            lat: 36.0,
            lon: 101.75,
            approximate: false,
        })
        .unwrap();
        assert_eq!(json, r#"{"lat":36,"lon":101.75,"approximate":false}"#);
    }
}
