//! The text of a new record's files: every field of its section, commented
//! in the language of the person who runs `new`.

use unicode_width::UnicodeWidthStr;

use super::Examples;
use crate::catalogue::{Lang, Text};
use crate::section::fields::{Field, FieldType};
use crate::section::{Kind, Section};
use crate::text;

/// `field` with `comment` after it, the comments of a file lined up at
/// `column` in terminal columns (a Chinese character takes two).
fn line(field: &str, comment: &str, column: usize) -> String {
    let pad = column.saturating_sub(field.width()).max(1);
    format!("{field}{:pad$}# {comment}\n", "")
}

/// The data file of a new record, its comments in `lang`, or `None` for
/// sections whose data is rare.
pub fn data(section: Section, ex: &Examples, lang: Lang) -> Option<String> {
    let (park, industry) = (ex.slug(Kind::Park), ex.slug(Kind::Industry));
    let source = ex.source.as_deref().unwrap_or("…");
    let say = |comment: Text| comment.render(lang);
    let field = |field: &str, comment: Text| line(field, &say(comment), 56);
    let dates = || text!("new-comment-date-formats");
    let weight = field("# weight: 1", text!("new-comment-weight"));
    let fields = match section.kind() {
        Kind::Park => [
            field("# area_km2: 12.5", text!("new-comment-area")),
            field(&format!("# established: {}", &ex.today[..4]), dates()),
            field(
                &format!(
                    "# location: {}",
                    ex.location
                        .as_deref()
                        .unwrap_or("{lat: …, lon: …, approximate: true}")
                ),
                text!("new-comment-location"),
            ),
            field(
                "industries: []",
                text!("new-comment-industries-example", example = industry),
            ),
        ]
        .concat(),
        Kind::Industry => String::new(),
        Kind::Initiative => [
            field("status: planned", text!("new-comment-status")),
            field(&format!("# started: {}", &ex.today[..7]), dates()),
            field(
                "parks: []",
                text!("new-comment-parks-example", example = park),
            ),
            field("industries: []", text!("new-comment-industries")),
            field("enterprises: []", text!("new-comment-enterprises")),
        ]
        .concat(),
        Kind::Enterprise => [
            field(&format!("# park: {park}"), text!("new-comment-park")),
            field(
                "industries: []",
                text!("new-comment-industries-example", example = industry),
            ),
        ]
        .concat(),
        Kind::Article => [
            field(&format!("# source: {source}"), text!("new-comment-source")),
            "parks: []\nindustries: []\ninitiatives: []\nenterprises: []\n".to_string(),
        ]
        .concat(),
        Kind::Page => return None,
        Kind::Policy => [
            field("index_no:", text!("new-comment-index-no")),
            field("# topic: {zh: …, en: …}", text!("new-comment-topic")),
            field("# issuer: {zh: …, en: …}", text!("new-comment-issuer")),
            field("number:", text!("new-comment-doc-number")),
            field(
                &format!("# written: {}", ex.today),
                text!("new-comment-written"),
            ),
            field(
                &format!("published: {}", ex.today),
                text!("new-comment-published"),
            ),
            field("# validity: {status: valid}", text!("new-comment-validity")),
            field(
                "# validity: {status: repealed, since: …, replaced_by: …}",
                text!("new-comment-validity-replaced"),
            ),
        ]
        .concat(),
        Kind::Custom => {
            let fields = &section.declaration().fields;
            let lines: String = fields.iter().map(|f| custom_field(f, ex, lang)).collect();
            return Some(format!(
                "{}{weight}{lines}{}",
                ex.schema_line(section.name()),
                photos(lang)
            ));
        }
    };
    let facts = if matches!(section.kind(), Kind::Article | Kind::Policy) {
        String::new()
    } else {
        let fact = |field: &str, comment: Text| line(field, &say(comment), 38);
        [
            format!("# {}\n", say(text!("new-comment-facts"))),
            "facts: []\n".to_string(),
            "#  - label: {zh: 规模以上工业企业, en: Industrial enterprises above designated size}\n"
                .to_string(),
            fact("#    value: 100", text!("new-comment-fact-value")),
            fact(
                "#    unit: {zh: 家, en: enterprises}",
                text!("new-comment-fact-unit"),
            ),
            fact("#    approx: more-than", text!("new-comment-fact-approx")),
            fact(&format!("#    as_of: {}", ex.today), dates()),
            fact(
                &format!("#    source: {source}"),
                text!("new-comment-fact-source"),
            ),
        ]
        .concat()
    };
    Some(format!(
        "{}{weight}{fields}{facts}{}",
        ex.schema_line(section.name()),
        photos(lang)
    ))
}

/// The commented example of a record's `photos`.
fn photos(lang: Lang) -> String {
    let photo = |field: &str, comment: Text| line(field, &comment.render(lang), 38);
    [
        format!("# {}\n", text!("new-comment-photos").render(lang)),
        "photos: []\n".to_string(),
        photo("#  - file: 照片.jpg", text!("new-comment-photo-file")),
        photo("#    alt: {zh: …, en: …}", text!("new-comment-photo-alt")),
        photo(
            "#    caption: {zh: …, en: …}",
            text!("new-comment-optional"),
        ),
        photo(
            "#    credit: {zh: …, en: …}",
            text!("new-comment-photo-credit"),
        ),
    ]
    .concat()
}

/// A declared field of a custom record, commented with its type in `lang`.
fn custom_field(field: &Field, ex: &Examples, lang: Lang) -> String {
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
            text!("new-kind-choice", choices = ids.join(" | "))
        }
        FieldType::Reference {
            section,
            many: true,
        } => text!("new-kind-slugs", section = section),
        FieldType::Reference { section, .. } => text!("new-kind-slug", section = section),
        FieldType::Number(Some(unit)) => text!("new-kind-number-in", unit = unit.id()),
        FieldType::Label => text!("new-kind-label"),
        FieldType::Text => text!("new-kind-text"),
        FieldType::Number(None) => text!("new-kind-number"),
        FieldType::Fact => text!("new-kind-fact"),
        FieldType::Facts => text!("new-kind-facts"),
        FieldType::Date => text!("new-comment-date-formats"),
        FieldType::Url => text!("new-kind-url"),
    };
    let label = field.label.get(lang);
    let comment = if field.required {
        text!("new-field-required", label = label, kind = kind)
    } else {
        text!("new-field", label = label, kind = kind)
    };
    line(
        &format!("# {}: {example}", field.id),
        &comment.render(lang),
        56,
    )
}

/// A text file of a new record in `text_lang`, its comments in `lang`.
pub fn text(section: Section, text_lang: Lang, ex: &Examples, lang: Lang) -> String {
    let (title, summary, body) = match text_lang {
        Lang::Zh => ("标题", "一两句话的摘要。", "正文（Markdown）。"),
        Lang::En => (
            "Title",
            "A summary of one or two sentences.",
            "Body text (Markdown).",
        ),
    };
    let say = |comment: Text| comment.render(lang);
    let date = if section.kind() == Kind::Article {
        line(
            &format!("date: {}", ex.today),
            &say(text!("new-comment-date")),
            33,
        )
    } else {
        String::new()
    };
    format!(
        "---\n{}# {}\ntitle: {title}\nsummary: {summary}\n{date}{}---\n{body}\n",
        ex.schema_line("front-matter"),
        say(text!("new-comment-link", link = ex.link())),
        line("draft: true", &say(text!("new-comment-draft")), 33),
    )
}
