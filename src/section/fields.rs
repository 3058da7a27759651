//! The fields of a custom kind, as `site.yaml` declares them, and the values
//! a record's data file gives them.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_yaml::Value as Yaml;

use super::Section;
use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::Label;
use crate::schema::{Fact, PartialDate, Unit, WebUrl};
use crate::yaml;

/// A declared field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Its key in data files.
    pub id: String,
    /// What pages call it.
    pub label: Label,
    /// What it holds.
    pub ty: FieldType,
    /// Whether every record must give it.
    pub required: bool,
}

/// What a declared field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    /// A short text in both languages, `{zh: …, en: …}`.
    Label,
    /// One text shown in both languages: a code, a phone number.
    Text,
    /// A number, in a unit when one is declared.
    Number(Option<Unit>),
    /// One figure with its unit, date and source.
    Fact,
    /// A list of figures.
    Facts,
    /// A date, as precise as known.
    Date,
    /// One of the declared choices, each with its labels.
    Choice(Vec<(String, Label)>),
    /// A web address.
    Url,
    /// The slug of a record of a section (`many`: a list of slugs).
    Reference {
        /// The section's id.
        section: String,
        /// Whether it takes a list.
        many: bool,
    },
}

impl FieldType {
    /// The type names `site.yaml` writes.
    pub const NAMES: [&'static str; 9] = [
        "label",
        "text",
        "number",
        "fact",
        "facts",
        "date",
        "choice",
        "url",
        "reference",
    ];
}

/// A value a record gives a declared field.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Both languages' text.
    Label(Label),
    /// One text.
    Text(String),
    /// A number.
    Number(f64),
    /// Figures: their place in the record's list of facts.
    Facts(std::ops::Range<usize>),
    /// A date.
    Date(PartialDate),
    /// The index of a choice.
    Choice(usize),
    /// A web address.
    Url(String),
    /// Slugs of records of the field's section.
    References(Vec<String>),
}

/// A custom record's data: a value for each declared field it gives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomData {
    /// By the field's place in the declaration.
    pub values: Vec<Option<Value>>,
    /// Every figure of its fact fields, in field order.
    pub facts: Vec<Fact>,
    /// Its weight in lists.
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page.
    pub photos: Vec<crate::schema::Photo>,
}

/// Reads a custom record's data file against its section's fields.
pub fn parse(section: Section, path: &Path, src: &str) -> Result<CustomData, Diagnostic> {
    let no_hint = |_: &str| None;
    let mut given: BTreeMap<String, Yaml> = yaml::parse(path, src, src, 1, &no_hint)?;
    let fields = &section.declaration().fields;
    let at = |key: &str, diag: Diagnostic| {
        let (at, len) = yaml::locate(src, key, |_| true).unwrap_or((0, 1));
        diag.at_offset(src, at, len)
    };
    let mut data = CustomData::default();
    if let Some(weight) = given.remove("weight") {
        data.weight = Some(serde_yaml::from_value(weight).map_err(|_| {
            at(
                "weight",
                Diagnostic::error(path, "`weight` must be a whole number"),
            )
            .with_help("write e.g. `weight: 1`: lower weights come first in lists")
        })?);
    }
    if let Some(photos) = given.remove("photos") {
        data.photos = Deserialize::deserialize(photos).map_err(|e| {
            at("photos", Diagnostic::error(path, format!("`photos`: {e}")))
                .with_help("a photo is `{file: 厂房.jpg, alt: {zh: …, en: …}, caption: {zh: …, en: …}, credit: {zh: …, en: …}}`, its file in the record's folder")
        })?;
    }
    if let Some(unknown) = given.keys().find(|k| !fields.iter().any(|f| f.id == **k)) {
        let names: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
        let help = match did_you_mean(unknown, names.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if names.is_empty() => format!(
                "the section `{}` declares no fields in content/site.yaml",
                section.name()
            ),
            None => format!(
                "the section `{}` declares these fields: {}, weight, photos",
                section.name(),
                names.join(", ")
            ),
        };
        let key = src
            .match_indices(unknown.as_str())
            .find(|&(i, _)| {
                (i == 0 || src.as_bytes()[i - 1] == b'\n')
                    && src[i + unknown.len()..].starts_with(':')
            })
            .map_or(0, |(i, _)| i);
        return Err(
            Diagnostic::error(path, format!("unknown field `{unknown}`"))
                .at_offset(src, key, unknown.len())
                .with_help(help),
        );
    }
    for field in fields {
        let value = match given.remove(&field.id) {
            None | Some(Yaml::Null) if field.required => {
                return Err(Diagnostic::error(
                    path,
                    format!("the field `{}` is required", field.id),
                )
                .at_offset(src, 0, 1)
                .with_help(format!(
                    "add `{}: …` ({}); the section `{}` declares it required",
                    field.id,
                    field.label.en,
                    section.name()
                )));
            }
            None | Some(Yaml::Null) => None,
            Some(raw) => Some(
                value(field, raw, &mut data.facts).map_err(|(message, help)| {
                    at(&field.id, Diagnostic::error(path, message).with_help(help))
                })?,
            ),
        };
        data.values.push(value);
    }
    Ok(data)
}

/// Why a value does not fit its field, and how to write it.
type Misfit = (String, String);

fn value(field: &Field, raw: Yaml, facts: &mut Vec<Fact>) -> Result<Value, Misfit> {
    let id = &field.id;
    let wrong = |what: &str, example: &str| {
        (
            format!("`{id}` must be {what}"),
            format!("write e.g. `{id}: {example}`"),
        )
    };
    Ok(match &field.ty {
        FieldType::Label => Value::Label(
            Label::deserialize(raw)
                .map_err(|_| wrong("a text in both languages", "{zh: …, en: …}"))?,
        ),
        FieldType::Text => match raw {
            Yaml::String(s) => Value::Text(s),
            Yaml::Number(n) => Value::Text(n.to_string()),
            _ => return Err(wrong("a text", "…")),
        },
        FieldType::Number(_) => match raw.as_f64() {
            Some(n) if n.is_finite() && n >= 0.0 => Value::Number(n),
            _ => return Err(wrong("a number of zero or more", "12.5")),
        },
        FieldType::Fact => {
            let fact = Fact::deserialize(raw).map_err(|e| misfit_fact(id, &e))?;
            facts.push(fact);
            Value::Facts(facts.len() - 1..facts.len())
        }
        FieldType::Facts => {
            let list = Vec::<Fact>::deserialize(raw).map_err(|e| misfit_fact(id, &e))?;
            let start = facts.len();
            facts.extend(list);
            Value::Facts(start..facts.len())
        }
        FieldType::Date => {
            Value::Date(PartialDate::deserialize(raw).map_err(|_| wrong("a date", "2017-07-13"))?)
        }
        FieldType::Choice(choices) => {
            let given = raw.as_str().unwrap_or_default();
            let ids = choices.iter().map(|(c, _)| c.as_str());
            match choices.iter().position(|(c, _)| c == given) {
                Some(i) => Value::Choice(i),
                None => {
                    let list: Vec<&str> = ids.clone().collect();
                    return Err((
                        format!("`{given}` is not a choice of `{id}`"),
                        match did_you_mean(given, ids) {
                            Some(best) => format!("did you mean `{best}`?"),
                            None => format!("write one of {}", list.join(", ")),
                        },
                    ));
                }
            }
        }
        FieldType::Url => {
            let text = raw.as_str().unwrap_or_default();
            let url = WebUrl::parse(text)
                .map_err(|(message, help)| (format!("`{id}`: {message}"), help.to_string()))?;
            Value::Url(url.0)
        }
        FieldType::Reference { many, .. } => match raw {
            Yaml::String(s) if !many => Value::References(vec![s]),
            Yaml::Sequence(items) if *many => Value::References(
                items
                    .into_iter()
                    .map(|i| i.as_str().map(str::to_string))
                    .collect::<Option<_>>()
                    .ok_or_else(|| wrong("a list of slugs", "[slug-one, slug-two]"))?,
            ),
            _ if *many => return Err(wrong("a list of slugs", "[slug-one, slug-two]")),
            _ => return Err(wrong("one slug", "slug")),
        },
    })
}

fn misfit_fact(id: &str, error: &serde_yaml::Error) -> Misfit {
    (
        format!("`{id}`: {error}"),
        "a fact is `{label: {zh: …, en: …}, value: …, unit: …, as_of: …, source: …}`".into(),
    )
}
