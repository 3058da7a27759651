//! A custom record's declared fields as its page and its section's open data
//! show them: each field under its label in the page's language, references
//! as links to the records they name. Fact fields are the record's figures,
//! shown with their sources in the figures table and the open data's facts,
//! not again here.

use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::items;
use super::read::{Reader, Rec};
use super::view::LinkView;
use crate::content::Data;
use crate::facts;
use crate::i18n::Lang;
use crate::schema::SiteUnit;
use crate::section::fields::{CustomData, Field, FieldType, Value};
use crate::section::{Section, Sections};

/// One field of a custom record, as its page shows it.
#[derive(Debug, Serialize)]
pub struct FieldView {
    /// The field's id.
    pub id: String,
    /// Its label in the page's language.
    pub label: String,
    /// Its value written out, when it is no link.
    pub text: String,
    /// A web address or the records it refers to.
    pub links: Vec<LinkView>,
}

/// The custom data of a record, if it is a custom record.
fn custom<'a>(rec: &Rec<'_, 'a>) -> Option<&'a CustomData> {
    match rec.data() {
        Data::Custom(d) => Some(d),
        _ => None,
    }
}

/// The fields a custom record gives, in declaration order, for its page.
pub fn fields(read: &Reader, rec: Rec, lang: Lang) -> Vec<FieldView> {
    let Some(data) = custom(&rec) else {
        return Vec::new();
    };
    let units = &read.config().units;
    let declared = &rec.section().declaration().fields;
    declared
        .iter()
        .zip(&data.values)
        .filter_map(|(field, value)| {
            let value = value.as_ref()?;
            let mut view = FieldView {
                id: field.id.clone(),
                label: field.label.get(lang).to_string(),
                text: String::new(),
                links: Vec::new(),
            };
            match value {
                Value::Facts(_) => return None,
                Value::Url(url) => view.links.push(LinkView {
                    key: field.id.clone(),
                    title: url.clone(),
                    lang_tag: "",
                    url: url.clone(),
                }),
                Value::References(slugs) => {
                    let section = target(field, &read.config().sections)?;
                    view.links = slugs
                        .iter()
                        .filter_map(|slug| {
                            let name = items::name(read, read.find(section, slug)?, lang);
                            Some(LinkView {
                                key: format!("{}/{slug}", section.name()),
                                title: name.title,
                                lang_tag: name.lang_tag,
                                url: name.url,
                            })
                        })
                        .collect();
                }
                other => view.text = text(field, other, units, lang),
            }
            Some(view)
        })
        .collect()
}

/// The section a reference field names.
fn target(field: &Field, sections: &Sections) -> Option<Section> {
    match &field.ty {
        FieldType::Reference { section, .. } => sections.get(section),
        _ => None,
    }
}

/// A value that is neither link nor figure, written out in `lang`.
fn text(field: &Field, value: &Value, units: &[SiteUnit], lang: Lang) -> String {
    match (value, &field.ty) {
        (Value::Label(label), _) => label.get(lang).to_string(),
        (Value::Text(text), _) => text.clone(),
        (Value::Number(n), FieldType::Number(Some(unit))) => match unit.forms(units) {
            Some(forms) => facts::format_amount(*n, None, forms, lang),
            None => facts::number(*n, lang),
        },
        (Value::Number(n), _) => facts::number(*n, lang),
        (Value::Date(date), _) => date.display(lang),
        (Value::Choice(i), FieldType::Choice(choices)) => choices
            .get(*i)
            .map_or_else(String::new, |(_, label)| label.get(lang).to_string()),
        _ => String::new(),
    }
}

/// The CSV columns of a custom section's fields: a label field in both
/// languages, facts left to the fact columns.
pub fn columns(section: Section) -> Vec<String> {
    section
        .declaration()
        .fields
        .iter()
        .flat_map(|f| match f.ty {
            FieldType::Label => vec![format!("{}_zh", f.id), format!("{}_en", f.id)],
            FieldType::Fact | FieldType::Facts => Vec::new(),
            _ => vec![f.id.clone()],
        })
        .collect()
}

/// A custom record's cells under [`columns`], and its fields for the JSON
/// (facts are in the record's `facts`).
pub fn open_data(section: Section, data: &Data) -> (Vec<String>, Map<String, Json>) {
    let (mut cells, mut json) = (Vec::new(), Map::new());
    let Data::Custom(data) = data else {
        return (cells, json);
    };
    for (field, value) in section.declaration().fields.iter().zip(&data.values) {
        let (cell, value): (Vec<String>, Json) = match (value, &field.ty) {
            (_, FieldType::Fact | FieldType::Facts) => continue,
            (None, FieldType::Label) => (vec![String::new(), String::new()], Json::Null),
            (None, _) => (vec![String::new()], Json::Null),
            (Some(Value::Label(l)), _) => (
                vec![l.zh.clone(), l.en.clone()],
                json!({"zh": l.zh, "en": l.en}),
            ),
            (Some(Value::Text(t) | Value::Url(t)), _) => (vec![t.clone()], json!(t)),
            (Some(Value::Number(n)), _) => (vec![n.to_string()], json!(n)),
            (Some(Value::Date(d)), _) => (vec![d.to_string()], json!(d.to_string())),
            (Some(Value::Choice(i)), FieldType::Choice(choices)) => {
                let id = choices.get(*i).map_or("", |(id, _)| id.as_str());
                (vec![id.to_string()], json!(id))
            }
            (Some(Value::References(slugs)), FieldType::Reference { many, .. }) => (
                vec![slugs.join(";")],
                if *many { json!(slugs) } else { json!(slugs[0]) },
            ),
            _ => (vec![String::new()], Json::Null),
        };
        cells.extend(cell);
        json.insert(field.id.clone(), value);
    }
    (cells, json)
}
