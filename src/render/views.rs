//! What templates see: small, typed views of the site built for one page in one
//! language. Nothing here holds the whole site, so each page's context stays
//! in proportion to what the page shows.

use serde::Serialize;

use crate::content::Data;
use crate::facts::format_value;
use crate::i18n::Lang;
use crate::model::{MenuEntry, Record, Site};
use crate::render::theme::Theme;
use crate::schema::{Fact, Location};
use crate::section::Section;
use crate::urls::Urls;

/// The site as every page of one language sees it.
#[derive(Debug, Serialize)]
pub struct SiteView {
    /// The zone's full name.
    pub name: String,
    /// Its short name.
    pub short_name: String,
    /// One or two sentences about it.
    pub description: String,
    /// Link to this language's home page.
    pub home_url: String,
    /// The base URL's path, for assets: `/` or `/zone/`.
    pub base_path: String,
    /// This language's Atom feed.
    pub feed_url: String,
    /// The main menu.
    pub menu: Vec<LinkView>,
    /// The zone's key figures.
    pub facts: Vec<FactView>,
    /// The footer's filing details, empty where unknown.
    pub footer: FooterView,
}

/// A link with its text.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    /// What the link is, for templates that mark the current one: a section name or `pages/<slug>`.
    pub key: String,
    /// The link text.
    pub title: String,
    /// Where it goes.
    pub url: String,
}

/// The footer a Chinese government portal carries.
#[derive(Debug, Serialize)]
pub struct FooterView {
    /// The organiser.
    pub organiser: String,
    /// How to reach it.
    pub contact: String,
    /// ICP filing number.
    pub icp: String,
    /// Public-security filing number.
    pub police: String,
    /// Site identification code.
    pub site_code: String,
}

/// A fact, written in the page's language, with its citation.
#[derive(Debug, Serialize)]
pub struct FactView {
    /// What is measured.
    pub label: String,
    /// The value with unit and qualifier: `1.2亿元`, `120 million yuan`.
    pub value: String,
    /// The bare number in base units, for charts and data tables.
    pub number: f64,
    /// The date the figure describes, written out.
    pub as_of: String,
    /// The same date, machine-readable.
    pub as_of_iso: String,
    /// The source's id.
    pub source_id: String,
    /// The source's title.
    pub source_title: String,
    /// The source's publisher, empty when unknown.
    pub source_publisher: String,
    /// The source's date, written out.
    pub source_date: String,
    /// The source's URL, empty when it is not online.
    pub source_url: String,
}

/// An item of a list: a related record, a section's entry.
#[derive(Debug, Serialize)]
pub struct ItemView {
    /// The record's title in the page's language, or in the other one when untranslated.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Its page.
    pub url: String,
    /// Its date, written out, empty when it has none.
    pub date: String,
    /// Its date, machine-readable.
    pub date_iso: String,
    /// The language tag of `title` and `summary`.
    pub text_lang_tag: &'static str,
    /// Whether the record is written in the page's language.
    pub translated: bool,
}

/// Related records of one section.
#[derive(Debug, Serialize)]
pub struct RelationView {
    /// The section's name.
    pub section: &'static str,
    /// Its title.
    pub title: String,
    /// The records.
    pub items: Vec<ItemView>,
}

/// A record's data, as far as templates show it.
#[derive(Debug, Default, Serialize)]
pub struct DataView {
    /// An initiative's status: planned, in-progress, completed.
    pub status: Option<&'static str>,
    /// When an initiative started, written out.
    pub started: Option<String>,
    /// A park's area, written out.
    pub area: Option<String>,
    /// When a park was established, written out.
    pub established: Option<String>,
    /// Where a park is.
    pub location: Option<Location>,
}

/// A language version of the page, for hreflang links.
#[derive(Debug, Serialize)]
pub struct AlternateView {
    /// `zh-Hans`, `en` or `x-default`.
    pub hreflang: &'static str,
    /// Its absolute URL.
    pub href: String,
}

/// The link to the page in the other language.
#[derive(Debug, Serialize)]
pub struct SwitchView {
    /// The other language's own name.
    pub name: &'static str,
    /// Its tag.
    pub lang_tag: &'static str,
    /// The counterpart page.
    pub url: String,
    /// Whether the counterpart is written in that language.
    pub translated: bool,
}

/// One page.
#[derive(Debug, Default, Serialize)]
pub struct PageView {
    /// home, section, record, 404 or landing.
    pub kind: &'static str,
    /// The page's language code.
    pub lang: &'static str,
    /// Its language tag for `<html lang>`.
    pub lang_tag: &'static str,
    /// The tag of the language the main text is written in.
    pub text_lang_tag: &'static str,
    /// Whether the text is in the page's language.
    pub translated: bool,
    /// Whether search engines should skip the page.
    pub noindex: bool,
    /// The title.
    pub title: String,
    /// A sentence or two, for lists and the description meta tag.
    pub summary: String,
    /// The page's link.
    pub url: String,
    /// Its absolute URL.
    pub permalink: String,
    /// The section the page belongs to, if any.
    pub section: Option<&'static str>,
    /// The section's title.
    pub section_title: String,
    /// The record's slug, on record pages.
    pub slug: String,
    /// The body, as HTML.
    pub content: String,
    /// A news item's date, written out.
    pub date: String,
    /// The same date, machine-readable.
    pub date_iso: String,
    /// hreflang alternates, including x-default.
    pub alternates: Vec<AlternateView>,
    /// The language switcher.
    pub switch: Option<SwitchView>,
    /// Breadcrumbs from the home page.
    pub breadcrumbs: Vec<LinkView>,
    /// The record's figures.
    pub facts: Vec<FactView>,
    /// Related records, grouped by section.
    pub relations: Vec<RelationView>,
    /// The record's data.
    pub data: DataView,
    /// The entries of a list page.
    pub items: Vec<ItemView>,
    /// The sections shown on the home page.
    pub sections: Vec<RelationView>,
}

/// Builds views for one language.
pub struct Views<'a> {
    /// The site.
    pub site: &'a Site,
    /// The theme, for interface strings.
    pub theme: &'a Theme,
    /// The URL scheme.
    pub urls: &'a Urls,
}

impl Views<'_> {
    /// The site view for `lang`.
    pub fn site(&self, lang: Lang) -> SiteView {
        let c = &self.site.config;
        let urls = self.urls;
        let menu = c
            .menu
            .iter()
            .map(|entry| match *entry {
                MenuEntry::Section(section) => LinkView {
                    key: section.name().to_string(),
                    title: self.theme.section_title(lang, section).to_string(),
                    url: urls.href(&urls.section(lang, section)),
                },
                MenuEntry::Page(i) => {
                    let r = &self.site.records[i];
                    LinkView {
                        key: format!("pages/{}", r.slug),
                        title: r.text(lang).0.front.title.clone(),
                        url: urls.href(&urls.record(lang, r.section, &r.slug)),
                    }
                }
            })
            .collect();
        let label = |l: &Option<crate::i18n::Label>| {
            l.as_ref()
                .map_or_else(String::new, |l| l.get(lang).to_string())
        };
        SiteView {
            name: c.name.get(lang).to_string(),
            short_name: c.short_name.get(lang).to_string(),
            description: c.description.get(lang).to_string(),
            home_url: urls.href(&urls.home(lang)),
            base_path: urls.href(""),
            feed_url: urls.href(&format!("{}atom.xml", urls.lang_dir(lang))),
            menu,
            facts: self.facts(&c.facts, lang),
            footer: FooterView {
                organiser: label(&c.footer.organiser),
                contact: label(&c.footer.contact),
                icp: c.footer.icp.clone(),
                police: c.footer.police.clone(),
                site_code: c.footer.site_code.clone(),
            },
        }
    }

    /// Facts written in `lang`, each with its source.
    pub fn facts(&self, facts: &[Fact], lang: Lang) -> Vec<FactView> {
        facts
            .iter()
            .map(|f| {
                let source = self.site.source(&f.source);
                FactView {
                    label: f.label.get(lang).to_string(),
                    value: format_value(f, lang),
                    number: f.value,
                    as_of: f.as_of.display(lang),
                    as_of_iso: f.as_of.to_string(),
                    source_id: f.source.clone(),
                    source_title: source
                        .map_or_else(String::new, |s| s.title.get(lang).to_string()),
                    source_publisher: source
                        .and_then(|s| s.publisher.as_ref())
                        .map_or_else(String::new, |p| p.get(lang).to_string()),
                    source_date: source.map_or_else(String::new, |s| s.date.display(lang)),
                    source_url: source.and_then(|s| s.url.clone()).unwrap_or_default(),
                }
            })
            .collect()
    }

    /// A record as an item of a list on a page in `lang`.
    pub fn item(&self, record: &Record, lang: Lang) -> ItemView {
        let (text, text_lang) = record.text(lang);
        let date = record.date();
        ItemView {
            title: text.front.title.clone(),
            summary: text.front.summary.clone().unwrap_or_default(),
            url: self
                .urls
                .href(&self.urls.record(lang, record.section, &record.slug)),
            date: date.map(|d| d.display(lang)).unwrap_or_default(),
            date_iso: date.map(|d| d.to_string()).unwrap_or_default(),
            text_lang_tag: text_lang.tag(),
            translated: text_lang == lang,
        }
    }

    /// A record's related records, grouped by section in menu order.
    pub fn relations(&self, record: &Record, lang: Lang) -> Vec<RelationView> {
        Section::ALL
            .into_iter()
            .filter_map(|section| {
                let items: Vec<ItemView> = record
                    .related
                    .iter()
                    .map(|&i| &self.site.records[i])
                    .filter(|r| r.section == section)
                    .map(|r| self.item(r, lang))
                    .collect();
                (!items.is_empty()).then(|| RelationView {
                    section: section.name(),
                    title: self.theme.section_title(lang, section).to_string(),
                    items,
                })
            })
            .collect()
    }

    /// A record's data as templates show it.
    pub fn data(&self, record: &Record, lang: Lang) -> DataView {
        match &record.data {
            Data::Park(d) => DataView {
                area: d.area_km2.map(|a| {
                    format!(
                        "{} {}",
                        crate::facts::number(a, lang),
                        if lang == Lang::Zh {
                            "平方公里"
                        } else {
                            "km²"
                        }
                    )
                }),
                established: d.established.map(|e| e.display(lang)),
                location: d.location,
                ..DataView::default()
            },
            Data::Initiative(d) => DataView {
                status: Some(d.status.code()),
                started: d.started.map(|s| s.display(lang)),
                ..DataView::default()
            },
            _ => DataView::default(),
        }
    }

    /// hreflang alternates of a page whose path in each language `path` gives,
    /// listing only the languages it is written in.
    pub fn alternates(
        &self,
        path: impl Fn(Lang) -> String,
        written: impl Fn(Lang) -> bool,
    ) -> Vec<AlternateView> {
        let mut alternates: Vec<AlternateView> = Lang::ALL
            .into_iter()
            .filter(|&l| written(l))
            .map(|l| AlternateView {
                hreflang: l.tag(),
                href: self.urls.permalink(&path(l)),
            })
            .collect();
        let default = if written(Lang::Zh) {
            Lang::Zh
        } else {
            Lang::En
        };
        alternates.push(AlternateView {
            hreflang: "x-default",
            href: self.urls.permalink(&path(default)),
        });
        alternates
    }
}
