//! The fields of a custom kind, as `site.yaml` declares them, and the values
//! a record's data file gives them.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_yaml::Value as Yaml;

use super::Section;
use crate::catalogue::Text;
use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::Label;
use crate::schema::{Fact, PartialDate, Unit, WebUrl};
use crate::text;
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
                Diagnostic::error(path, text!("section-weight-not-whole")),
            )
            .with_help(text!("section-weight-not-whole-help"))
        })?);
    }
    if let Some(photos) = given.remove("photos") {
        data.photos = Deserialize::deserialize(photos).map_err(|e| {
            let (problem, help) = crate::yaml::explain_error(&e);
            let help = own_help(&problem, help);
            let message = text!("section-field-problem", field = "photos", problem = problem);
            let help = help.unwrap_or_else(|| text!("section-photos-help", example = PHOTO));
            at("photos", Diagnostic::error(path, message)).with_help(help)
        })?;
    }
    if let Some(unknown) = given.keys().find(|k| !fields.iter().any(|f| f.id == **k)) {
        let names: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
        let help = match did_you_mean(unknown, names.iter().copied()) {
            Some(best) => text!("section-did-you-mean", name = best),
            None if names.is_empty() => {
                text!("section-declares-no-fields", section = section.name())
            }
            None => Text::new("section-declares-fields")
                .arg("section", section.name())
                .arg("fields", names),
        };
        let key = src
            .match_indices(unknown.as_str())
            .find(|&(i, _)| {
                (i == 0 || src.as_bytes()[i - 1] == b'\n')
                    && src[i + unknown.len()..].starts_with(':')
            })
            .map_or(0, |(i, _)| i);
        return Err(
            Diagnostic::error(path, text!("section-unknown-field", field = unknown))
                .at_offset(src, key, unknown.len())
                .with_help(help),
        );
    }
    for field in fields {
        let value = match given.remove(&field.id) {
            None | Some(Yaml::Null) if field.required => {
                let help = Text::new("section-field-required-help")
                    .arg("field", &field.id)
                    .arg("label", label(&field.label))
                    .arg("section", section.name());
                return Err(Diagnostic::error(
                    path,
                    text!("section-field-required", field = &field.id),
                )
                .at_offset(src, 0, 1)
                .with_help(help));
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

/// How a data file writes a photo.
const PHOTO: &str =
    "{file: 厂房.jpg, alt: {zh: …, en: …}, caption: {zh: …, en: …}, credit: {zh: …, en: …}}";

/// How a data file writes a fact.
const FACT: &str = "{label: {zh: …, en: …}, value: …, unit: …, as_of: …, source: …}";

/// Why a value does not fit its field, and how to write it.
type Misfit = (Text, Text);

/// A label in the language a message is shown in.
fn label(label: &Label) -> Text {
    text!("section-label", zh = &label.zh, en = &label.en)
}

fn value(field: &Field, raw: Yaml, facts: &mut Vec<Fact>) -> Result<Value, Misfit> {
    let id = &field.id;
    let wrong = |what: Text, example: &str| {
        (
            text!("section-must-be", field = id, what = what),
            text!("section-must-be-help", field = id, example = example),
        )
    };
    Ok(match &field.ty {
        FieldType::Label => Value::Label(
            Label::deserialize(raw)
                .map_err(|_| wrong(text!("section-a-label"), "{zh: …, en: …}"))?,
        ),
        FieldType::Text => match raw {
            Yaml::String(s) => Value::Text(s),
            Yaml::Number(n) => Value::Text(n.to_string()),
            _ => return Err(wrong(text!("section-a-text"), "…")),
        },
        FieldType::Number(_) => match raw.as_f64() {
            Some(n) if n.is_finite() && n >= 0.0 => Value::Number(n),
            _ => return Err(wrong(text!("section-a-number"), "12.5")),
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
        FieldType::Date => Value::Date(
            PartialDate::deserialize(raw)
                .map_err(|_| wrong(text!("section-a-date"), "2017-07-13"))?,
        ),
        FieldType::Choice(choices) => {
            let given = raw.as_str().unwrap_or_default();
            let ids = choices.iter().map(|(c, _)| c.as_str());
            match choices.iter().position(|(c, _)| c == given) {
                Some(i) => Value::Choice(i),
                None => {
                    let list: Vec<&str> = ids.clone().collect();
                    return Err((
                        text!("section-not-a-choice", value = given, field = id),
                        match did_you_mean(given, ids) {
                            Some(best) => text!("section-did-you-mean", name = best),
                            None => text!("section-choices-are", choices = list),
                        },
                    ));
                }
            }
        }
        FieldType::Url => {
            let text = raw.as_str().unwrap_or_default();
            let url = WebUrl::check(text).map_err(|(message, help)| {
                (
                    text!("section-field-problem", field = id, problem = message),
                    help,
                )
            })?;
            Value::Url(url.0)
        }
        FieldType::Reference { many, .. } => match raw {
            Yaml::String(s) if !many => Value::References(vec![s]),
            Yaml::Sequence(items) if *many => Value::References(
                items
                    .into_iter()
                    .map(|i| i.as_str().map(str::to_string))
                    .collect::<Option<_>>()
                    .ok_or_else(|| wrong(text!("section-slugs"), "[slug-one, slug-two]"))?,
            ),
            _ if *many => return Err(wrong(text!("section-slugs"), "[slug-one, slug-two]")),
            _ => return Err(wrong(text!("section-one-slug"), "slug")),
        },
    })
}

/// The help a deserialiser of ours gave, if any: serde's own wording (a
/// wrong type) is better answered by an example of the field.
fn own_help(problem: &Text, help: Option<Text>) -> Option<Text> {
    help.filter(|_| !problem.id().starts_with("yaml-"))
}

fn misfit_fact(id: &str, error: &serde_yaml::Error) -> Misfit {
    let (problem, help) = crate::yaml::explain_error(error);
    let help = own_help(&problem, help);
    (
        text!("section-field-problem", field = id, problem = problem),
        help.unwrap_or_else(|| text!("section-fact-help", example = FACT)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::section::{SectionFile, Sections, declare};

    fn projects() -> Sections {
        let declared: Vec<SectionFile> = serde_yaml::from_str(
            "- id: projects\n  kind: custom\n  name: {zh: 招商项目, en: Investment projects}\n  fields:\n    - {id: land_area, type: number, label: {zh: 用地面积, en: Land area}, required: true}\n    - {id: status, type: choice, label: {zh: 状态, en: Status}, choices: [{id: open, label: {zh: 招商中, en: Open}}]}\n",
        )
        .unwrap();
        let mut diags = crate::diag::Diagnostics::default();
        let sections = declare(
            Some(&declared),
            Path::new("content/site.yaml"),
            "",
            &mut diags,
        );
        assert!(!diags.has_errors());
        sections
    }

    fn problem(src: &str) -> Diagnostic {
        let sections = projects();
        let section = sections.get("projects").unwrap();
        parse(section, Path::new("content/projects/a.yaml"), src).unwrap_err()
    }

    #[test]
    fn names_a_required_field_by_its_label_in_each_language() {
        let d = problem("status: open\n");
        assert_eq!(d.message.render(Lang::Zh), "缺少必填字段`land_area`");
        let help = d.help.unwrap();
        assert_eq!(
            help.render(Lang::En),
            "add `land_area: …` (Land area); the section `projects` declares it required"
        );
        assert_eq!(
            help.render(Lang::Zh),
            "请添加`land_area: …`（用地面积）；栏目`projects`规定此字段为必填"
        );
    }

    #[test]
    fn says_what_a_value_must_be() {
        let d = problem("land_area: many\n");
        assert_eq!(
            d.message.render(Lang::En),
            "`land_area` must be a number of zero or more"
        );
        assert_eq!(
            d.message.render(Lang::Zh),
            "`land_area`必须是大于或等于0的数字"
        );
        let d = problem("land_area: 3\nstatus: close\n");
        assert_eq!(
            d.message.render(Lang::En),
            "`close` is not a choice of `status`"
        );
        assert_eq!(d.help.unwrap().render(Lang::Zh), "请写以下之一：open");
    }

    #[test]
    fn a_photo_says_what_its_deserialiser_says() {
        let d = problem("land_area: 3\nphotos: [{file: a.jpg, alt: 厂房}]\n");
        let message = d.message.render(Lang::En);
        assert!(message.starts_with("`photos`: "), "{message}");
        assert!(!message.contains(['\u{1e}', '\u{1f}']), "{message:?}");
        let d = problem("land_area: 3\nphotos: 7\n");
        assert!(
            d.message.render(Lang::Zh).starts_with("`photos`："),
            "{d:?}"
        );
        assert!(
            d.help
                .unwrap()
                .render(Lang::En)
                .starts_with("a photo is `{file: 厂房.jpg")
        );
    }
}
