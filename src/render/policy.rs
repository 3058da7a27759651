//! Policy documents as their pages show them: the metadata table a
//! government portal puts above the text (every field, "not given" where the
//! document's record does not say), interpretations linked both ways, the
//! section's page for browsing by year, issuer and topic without scripts,
//! and the open data's columns.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::custom::FieldView;
use super::items::{self, home_crumb};
use super::read::{Reader, Rec};
use super::view::{ItemView, LinkView, PageView};
use crate::content::Data;
use crate::i18n::{Label, Lang};
use crate::schema::{PartialDate, PolicyData};
use crate::section::{Kind, Section};

/// What a page shows of policy documents; empty on other pages.
#[derive(Debug, Default, Serialize)]
pub struct PolicyView {
    /// A document's metadata table, in the order gov.cn shows it.
    pub table: Vec<FieldView>,
    /// On an article: the documents it explains.
    pub explains: Vec<LinkView>,
    /// On a list page of a policy section: its browse page.
    pub browse_url: String,
    /// On the browse page: the documents by year, issuer and topic.
    pub browse: Vec<FacetView>,
}

/// One way of browsing: by year, issuer or topic.
#[derive(Debug, Serialize)]
pub struct FacetView {
    /// `year`, `issuer` or `topic`, for anchors.
    pub id: &'static str,
    /// Its heading.
    pub title: String,
    /// Its groups, each with the documents in list order.
    pub groups: Vec<GroupView>,
}

/// The documents of one year, issuer or topic.
#[derive(Debug, Serialize)]
pub struct GroupView {
    /// The year, issuer or topic, or "not given".
    pub label: String,
    /// Its anchor on the page.
    pub anchor: String,
    /// Its documents.
    pub items: Vec<ItemView>,
}

/// The policy data of a record, if it is a policy document.
fn policy<'a>(rec: &Rec<'_, 'a>) -> Option<&'a PolicyData> {
    match rec.data() {
        Data::Policy(d) => Some(d),
        _ => None,
    }
}

/// A record's page view of policy documents: a document's table, or an
/// article's links to the documents it explains.
pub fn record(read: &Reader, rec: Rec, lang: Lang) -> PolicyView {
    match rec.data() {
        Data::Policy(d) => PolicyView {
            table: table(read, rec, d, lang),
            ..PolicyView::default()
        },
        Data::News(d) if !d.interprets.is_empty() => PolicyView {
            explains: read
                .of_kind(Kind::Policy)
                .into_iter()
                .flat_map(|s| {
                    d.interprets
                        .iter()
                        .filter_map(move |slug| read.find(s, slug))
                })
                .map(|r| link(read, r, lang))
                .collect(),
            ..PolicyView::default()
        },
        _ => PolicyView::default(),
    }
}

fn link(read: &Reader, r: Rec, lang: Lang) -> LinkView {
    let (title, in_lang) = r.title(lang);
    LinkView {
        key: format!("{}/{}", r.section().name(), r.slug()),
        title: title.to_string(),
        lang_tag: if in_lang == lang { "" } else { in_lang.tag() },
        url: read
            .urls()
            .href(&read.urls().record(lang, r.section(), r.slug())),
    }
}

fn table(read: &Reader, rec: Rec, d: &PolicyData, lang: Lang) -> Vec<FieldView> {
    let s = |key: &str| read.string(lang, key).to_string();
    let row = |id: &str, text: Option<String>| FieldView {
        id: id.to_string(),
        label: s(&format!("policy_{id}")),
        text: text.unwrap_or_else(|| s("not_given")),
        links: Vec::new(),
    };
    let label = |l: &Option<Label>| l.as_ref().map(|l| l.get(lang).to_string());
    let mut rows = vec![
        row("index_no", d.index_no.clone()),
        row("topic", label(&d.topic)),
        row("issuer", label(&d.issuer)),
        row("written", d.written.map(|w| w.display(lang))),
        row("title", Some(rec.title(lang).0.to_string())),
        row("number", d.number.as_ref().map(|n| n.to_string())),
        row("published", d.published.map(|p| p.display(lang))),
        row(
            "validity",
            d.validity.as_ref().map(|v| {
                let since = v.since.map_or_else(String::new, |date| {
                    s("policy_since").replace("{date}", &date.display(lang))
                });
                s(&format!("policy_{}", v.status.code())) + &since
            }),
        ),
    ];
    let replacing = d.validity.as_ref().and_then(|v| v.replaced_by.as_deref());
    if let Some(r) = replacing.and_then(|slug| read.find(rec.section(), slug)) {
        let mut by = row("replaced_by", None);
        by.links.push(link(read, r, lang));
        rows.push(by);
    }
    let interpretations: Vec<LinkView> = rec
        .related()
        .iter()
        .map(|&i| read.record(i))
        .filter(
            |r| matches!(r.data(), Data::News(n) if n.interprets.iter().any(|s| s == rec.slug())),
        )
        .map(|r| link(read, r, lang))
        .collect();
    if !interpretations.is_empty() {
        let mut row = row("interpretations", None);
        row.links = interpretations;
        rows.push(row);
    }
    rows
}

/// The CSV columns of a policy section.
pub const COLUMNS: [&str; 11] = [
    "index_no",
    "topic_zh",
    "topic_en",
    "issuer_zh",
    "issuer_en",
    "number",
    "written",
    "published",
    "validity",
    "validity_since",
    "replaced_by",
];

/// A policy document's cells under [`COLUMNS`], and its fields for the JSON.
pub fn open_data(d: &PolicyData) -> (Vec<String>, Map<String, Json>) {
    let text = |t: Option<String>| t.unwrap_or_default();
    let both = |l: &Option<Label>| match l {
        Some(l) => (l.zh.clone(), l.en.clone(), json!({"zh": l.zh, "en": l.en})),
        None => (String::new(), String::new(), Json::Null),
    };
    let (topic_zh, topic_en, topic) = both(&d.topic);
    let (issuer_zh, issuer_en, issuer) = both(&d.issuer);
    let validity = d.validity.as_ref();
    let cells = vec![
        text(d.index_no.clone()),
        topic_zh,
        topic_en,
        issuer_zh,
        issuer_en,
        text(d.number.as_ref().map(|n| n.to_string())),
        text(d.written.map(|w| w.to_string())),
        text(d.published.map(|p| p.to_string())),
        text(validity.map(|v| v.status.code().to_string())),
        text(validity.and_then(|v| v.since).map(|s| s.to_string())),
        text(validity.and_then(|v| v.replaced_by.clone())),
    ];
    let mut fields = Map::new();
    fields.insert("index_no".into(), json!(d.index_no));
    fields.insert("topic".into(), topic);
    fields.insert("issuer".into(), issuer);
    fields.insert(
        "number".into(),
        json!(d.number.as_ref().map(|n| n.to_string())),
    );
    fields.insert("written".into(), json!(d.written.map(|w| w.to_string())));
    fields.insert(
        "published".into(),
        json!(d.published.map(|p| p.to_string())),
    );
    fields.insert(
        "validity".into(),
        match validity {
            Some(v) => json!({
                "status": v.status.code(),
                "since": v.since.map(|s| s.to_string()),
                "replaced_by": v.replaced_by,
            }),
            None => Json::Null,
        },
    );
    (cells, fields)
}

/// A year as a group's label: `2017年`, `2017`; these sort as years do.
fn year(year: u16, lang: Lang) -> String {
    PartialDate::year(year).display(lang)
}

/// A policy section's browse page in `lang`.
pub fn browse_page(read: &Reader, lang: Lang, section: Section) -> PageView {
    let urls = read.urls();
    let s = |key: &str| read.string(lang, key).to_string();
    let section_title = read.section_title(lang, section).to_string();
    let list: Vec<Rec> = read
        .list(section, lang)
        .iter()
        .map(|&i| read.record(i))
        .collect();
    let not_given = s("not_given");
    let facet = |id: &'static str, key: &dyn Fn(&PolicyData) -> Option<String>, newest_first| {
        let mut groups: BTreeMap<Option<String>, Vec<ItemView>> = BTreeMap::new();
        for &r in &list {
            let k = policy(&r).and_then(key);
            groups
                .entry(k)
                .or_default()
                .push(items::item(read, r, lang));
        }
        let mut known: Vec<_> = groups.iter_mut().filter(|(k, _)| k.is_some()).collect();
        if newest_first {
            known.reverse();
        }
        let mut out: Vec<GroupView> = known
            .into_iter()
            .enumerate()
            .map(|(n, (k, items))| GroupView {
                label: k.clone().unwrap_or_default(),
                anchor: format!("{id}-{}", n + 1),
                items: std::mem::take(items),
            })
            .collect();
        if let Some(items) = groups.remove(&None) {
            out.push(GroupView {
                label: not_given.clone(),
                anchor: format!("{id}-none"),
                items,
            });
        }
        FacetView {
            id,
            title: s(&format!("policy_by_{id}")),
            groups: out,
        }
    };
    let label = |l: &Option<Label>| l.as_ref().map(|l| l.get(lang).to_string());
    let path = |l: Lang| urls.browse(l, section);
    let mut view = PageView {
        kind: "browse",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        title: format!("{section_title}{}{}", s("colon"), s("policy_browse")),
        summary: s("policy_browse_intro"),
        url: urls.href(&path(lang)),
        permalink: urls.permalink(&path(lang)),
        section: Some(section.name()),
        section_title: section_title.clone(),
        alternates: items::alternates(read, path, |_| true),
        switch: Some(items::switch(read, lang, &path(lang.other()), true)),
        breadcrumbs: vec![
            home_crumb(read, lang),
            LinkView {
                key: section.name().into(),
                title: section_title,
                lang_tag: "",
                url: urls.href(&urls.section(lang, section)),
            },
        ],
        policy: PolicyView {
            browse: vec![
                facet("year", &|d| d.published.map(|p| year(p.year, lang)), true),
                facet("issuer", &|d| label(&d.issuer), false),
                facet("topic", &|d| label(&d.topic), false),
            ],
            ..PolicyView::default()
        },
        ..PageView::default()
    };
    view.meta = super::govmeta::column(read, lang, section);
    view
}
