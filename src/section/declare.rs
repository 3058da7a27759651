//! `sections:` in `site.yaml`: each section's id, kind, names and listing,
//! and a custom kind's fields, checked into the site's [`Sections`].

use std::collections::BTreeSet;
use std::path::Path;

use schemars::JsonSchema;
use serde::Deserialize;

use super::fields::{Field, FieldType};
use super::kind::DEFAULT_PAGE_SIZE;
use super::{Declaration, Kind, Order, Section, Sections, is_valid_slug};
use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::i18n::Label;
use crate::schema::Unit;
use crate::text;

/// A section as `site.yaml` declares it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// Its folder under `content/` and its URL segment, e.g. `projects`.
    #[schemars(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: String,
    /// What its records hold: park, industry, initiative, enterprise,
    /// article, page or custom.
    pub kind: String,
    /// Its name in both languages, the title of its list page.
    pub name: Label,
    /// A sentence about it, for its list page.
    #[serde(default)]
    pub description: Option<Label>,
    /// Its list page's keywords in each language.
    #[serde(default)]
    pub keywords: Option<Keywords>,
    /// How many records a list page shows (default 50).
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub page_size: Option<usize>,
    /// `date` (newest first) or `title`, after the weights.
    #[serde(default)]
    pub order: Option<String>,
    /// Whether its records are in the feeds.
    #[serde(default)]
    pub feed: Option<bool>,
    /// How many of its records the home page lists (0: none).
    #[serde(default)]
    pub home: Option<usize>,
    /// A custom kind's fields, in the order its pages show them.
    #[serde(default)]
    pub fields: Vec<FieldFile>,
    /// Its column type in government-portal page metadata (栏目类型), one of
    /// 首页, 概况信息, 机构职能, 工作动态, 政策文件, 政策解读, 办事服务…;
    /// by default the one its kind suggests.
    #[serde(default)]
    #[schemars(extend("enum" = super::COLUMN_TYPES))]
    pub column_type: Option<String>,
}

/// Keywords in both languages.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    /// Chinese keywords.
    #[serde(default)]
    pub zh: Vec<String>,
    /// English keywords.
    #[serde(default)]
    pub en: Vec<String>,
}

/// A custom kind's field as `site.yaml` declares it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldFile {
    /// Its key in data files: lowercase letters, digits and `_`.
    #[schemars(pattern(r"^[a-z][a-z0-9_]*$"))]
    pub id: String,
    /// What pages call it.
    pub label: Label,
    /// label, text, number, fact, facts, date, choice, url or reference.
    #[serde(rename = "type")]
    pub ty: String,
    /// A number's unit.
    #[serde(default)]
    pub unit: Option<Unit>,
    /// A reference's section.
    #[serde(default)]
    pub section: Option<String>,
    /// Whether a reference takes a list of slugs.
    #[serde(default)]
    pub many: bool,
    /// A choice's choices.
    #[serde(default)]
    pub choices: Vec<ChoiceFile>,
    /// Whether every record must give it.
    #[serde(default)]
    pub required: bool,
}

/// One choice of a `choice` field.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceFile {
    /// How data files write it.
    pub id: String,
    /// What pages show.
    pub label: Label,
}

/// How a `choice` field lists its choices.
const CHOICES_EXAMPLE: &str = "choices: [{id: …, label: {zh: …, en: …}}, …]";

/// Ids that name other pages of the site, which a section's cannot take.
const RESERVED: [&str; 7] = ["en", "zh", "search", "sitemap", "pagefind", "page", "data"];

/// The site's sections: those `declared` (checked, with every problem in
/// `diags` located in `src`), or the built-in six when there are none.
pub fn declare(
    declared: Option<&[SectionFile]>,
    path: &Path,
    src: &str,
    diags: &mut Diagnostics,
) -> Sections {
    let Some(declared) = declared else {
        return Sections::builtin();
    };
    let error = |key: &str, value: &str, message: Text, help: Text| {
        let (at, len) = locate(src, key, value, 0);
        Diagnostic::error(path, message)
            .at_offset(src, at, len)
            .with_help(help)
    };
    let ids: Vec<&str> = declared.iter().map(|s| s.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut sections = Vec::new();
    for (i, file) in declared.iter().enumerate() {
        let id = file.id.as_str();
        if !is_valid_slug(id) || RESERVED.contains(&id) {
            diags.push(error(
                "id",
                id,
                text!("section-bad-id", id = id),
                text!("section-bad-id-help", reserved = RESERVED.as_slice()),
            ));
            continue;
        } else if !seen.insert(id) {
            let (at, len) = locate(src, "id", id, 1);
            diags.push(
                Diagnostic::error(path, text!("section-duplicate-id", id = id))
                    .at_offset(src, at, len)
                    .with_help(text!("section-duplicate-id-help")),
            );
            continue;
        }
        let kind = match Kind::from_name(&file.kind) {
            Some(kind) => kind,
            None => {
                let best = did_you_mean(&file.kind, Kind::NAMES);
                let help = match best {
                    Some(best) => text!("section-did-you-mean", name = best),
                    None => text!("section-kinds-are", kinds = Kind::NAMES.as_slice()),
                };
                diags.push(error(
                    "kind",
                    &file.kind,
                    text!("section-unknown-kind", kind = &file.kind),
                    help,
                ));
                // Its records are read as the kind meant, so that they raise
                // no errors of their own.
                best.and_then(Kind::from_name).unwrap_or(Kind::Page)
            }
        };
        if kind.is_referenced() && !kinds.insert(kind) {
            let nth = declared[..i].iter().filter(|d| d.kind == file.kind).count();
            let (at, len) = locate(src, "kind", &file.kind, nth);
            diags.push(
                Diagnostic::error(path, text!("section-duplicate-kind", kind = kind.name()))
                    .at_offset(src, at, len)
                    .with_help(text!("section-duplicate-kind-help", kind = kind.name())),
            );
        }
        let order = match file.order.as_deref() {
            None => kind.default_order(),
            Some("date") => Order::Date,
            Some("title") => Order::Title,
            Some(other) => {
                diags.push(error(
                    "order",
                    other,
                    text!("section-bad-order", order = other),
                    text!("section-bad-order-help"),
                ));
                kind.default_order()
            }
        };
        if kind != Kind::Custom && !file.fields.is_empty() {
            diags.push(error(
                "kind",
                &file.kind,
                text!("section-builtin-fields", section = id, kind = kind.name()),
                text!("section-builtin-fields-help"),
            ));
        }
        let fields = fields(&file.fields, &ids, &error, diags);
        let column_type = match file.column_type.as_deref() {
            None => super::column::default_for(kind),
            Some(name) => super::column::known(name).unwrap_or_else(|| {
                let help = match did_you_mean(name, super::COLUMN_TYPES) {
                    Some(best) => text!("section-did-you-mean", name = best),
                    None => text!(
                        "section-column-types-are",
                        types = super::COLUMN_TYPES.as_slice()
                    ),
                };
                diags.push(error(
                    "column_type",
                    name,
                    text!("section-unknown-column-type", name = name),
                    help,
                ));
                super::column::default_for(kind)
            }),
        };
        let keywords = file
            .keywords
            .clone()
            .map_or([Vec::new(), Vec::new()], |k| [k.zh, k.en]);
        sections.push(Section::intern(Declaration {
            index: sections.len(),
            id: file.id.clone(),
            kind,
            name: file.name.clone(),
            description: file.description.clone(),
            keywords,
            page_size: file.page_size.unwrap_or(DEFAULT_PAGE_SIZE).max(1),
            order,
            feed: file.feed.unwrap_or_else(|| kind.default_feed()),
            home: file.home.unwrap_or_else(|| kind.default_home()),
            fields,
            column_type,
        }));
    }
    Sections(sections)
}

/// Where the `nth` (from 0) `key: value` of the section declarations is, as
/// block or flow YAML writes it: the value's offset and length.
fn locate(src: &str, key: &str, value: &str, nth: usize) -> (usize, usize) {
    let start = src
        .match_indices("sections:")
        .find(|&(i, _)| i == 0 || src.as_bytes()[i - 1] == b'\n')
        .map_or(0, |(i, _)| i);
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let pattern = format!("{key}: {value}");
    src[start..]
        .match_indices(&pattern)
        .map(|(i, _)| start + i)
        .filter(|&i| {
            let before = src[..i].chars().next_back().is_none_or(|c| !word(c));
            let after = src[i + pattern.len()..]
                .chars()
                .next()
                .is_none_or(|c| !word(c));
            before && after
        })
        .nth(nth)
        .map_or((0, 1), |i| (i + key.len() + 2, value.len().max(1)))
}

/// A custom kind's declared fields, each checked.
fn fields(
    files: &[FieldFile],
    ids: &[&str],
    error: &dyn Fn(&str, &str, Text, Text) -> Diagnostic,
    diags: &mut Diagnostics,
) -> Vec<Field> {
    let mut seen = BTreeSet::new();
    let mut fields = Vec::new();
    for file in files {
        let id = file.id.as_str();
        let valid_id = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid_id || id == "weight" || id == "photos" {
            diags.push(error(
                "id",
                id,
                text!("section-bad-field-id", id = id),
                text!("section-bad-field-id-help"),
            ));
        } else if !seen.insert(id) {
            diags.push(error(
                "id",
                id,
                text!("section-duplicate-field", id = id),
                text!("section-duplicate-field-help"),
            ));
        }
        let ty = match file.ty.as_str() {
            "label" => FieldType::Label,
            "text" => FieldType::Text,
            "number" => FieldType::Number(file.unit.clone()),
            "fact" => FieldType::Fact,
            "facts" => FieldType::Facts,
            "date" => FieldType::Date,
            "url" => FieldType::Url,
            "choice" if file.choices.is_empty() => {
                diags.push(error(
                    "type",
                    "choice",
                    text!("section-no-choices", field = id),
                    text!("section-no-choices-help", example = CHOICES_EXAMPLE),
                ));
                continue;
            }
            "choice" => FieldType::Choice(
                file.choices
                    .iter()
                    .map(|c| (c.id.clone(), c.label.clone()))
                    .collect(),
            ),
            "reference" => match file.section.as_deref() {
                Some(section) if ids.contains(&section) => FieldType::Reference {
                    section: section.to_string(),
                    many: file.many,
                },
                Some(section) => {
                    let help = match did_you_mean(section, ids.iter().copied()) {
                        Some(best) => text!("section-did-you-mean", name = best),
                        None => text!("section-declared-are", sections = ids.to_vec()),
                    };
                    let message = Text::new("section-undeclared-reference")
                        .arg("field", id)
                        .arg("section", section);
                    diags.push(error("section", section, message, help));
                    continue;
                }
                None => {
                    diags.push(error(
                        "type",
                        "reference",
                        text!("section-reference-without-section", field = id),
                        text!("section-reference-without-section-help"),
                    ));
                    continue;
                }
            },
            other => {
                let help = match did_you_mean(other, FieldType::NAMES) {
                    Some(best) => text!("section-did-you-mean", name = best),
                    None => text!("section-field-types-are", types = &FieldType::NAMES[..]),
                };
                diags.push(error(
                    "type",
                    other,
                    text!("section-unknown-field-type", ty = other),
                    help,
                ));
                continue;
            }
        };
        fields.push(Field {
            id: file.id.clone(),
            label: file.label.clone(),
            ty,
            required: file.required,
        });
    }
    fields
}
