//! What templates see: small, typed views of the site built for one page in one
//! language. Nothing here holds the whole site, so each page's context stays
//! in proportion to what the page shows.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::Data;
use crate::diag::Diagnostic;
use crate::facts::format_value;
use crate::i18n::Lang;
use crate::model::{Config, MenuEntry, Record, Site};
use crate::render::charts::{self, ChartRow, ChartView};
use crate::render::map::{self, MapPoint, MapView};
use crate::render::theme::Theme;
use crate::render::{jsonld, opendata};
use crate::schema::{Fact, Location, Unit};
use crate::section::Section;
use crate::urls::Urls;

/// The site as every page of one language sees it.
#[derive(Debug, Serialize)]
pub struct SiteView {
    /// The search page, empty when the site has no search.
    pub search_url: String,
    /// The zone's full name.
    pub name: String,
    /// Its full name in the other language.
    pub name_other: String,
    /// The other language's tag, for `name_other`.
    pub other_lang_tag: &'static str,
    /// Its short name.
    pub short_name: String,
    /// One or two sentences about it.
    pub description: String,
    /// The Open Graph locale of this language (`zh_CN`, `en_US`).
    pub og_locale: &'static str,
    /// The Open Graph locale of the other language.
    pub og_locale_other: &'static str,
    /// Links to the theme's stylesheets by their name under `static/`
    /// (`site.assets["style.css"]`), fingerprinted with a hash of their bytes.
    pub assets: BTreeMap<String, String>,
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
#[derive(Debug, Clone, Default, Serialize)]
pub struct FactView {
    /// What is measured.
    pub label: String,
    /// The value with unit and qualifier: `1.2亿元`, `120 million yuan`.
    pub value: String,
    /// The bare number in base units, for charts and data tables.
    pub number: f64,
    /// The base unit as the page's language writes it: `元`, `yuan`, `项`, `%`.
    pub unit: String,
    /// The unit's identity, the same in both languages: `yuan`, `label:项/projects`.
    pub unit_key: String,
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
    /// An initiative's status: planned, in-progress, completed.
    pub status: Option<&'static str>,
}

/// Related records of one section.
#[derive(Debug, Serialize)]
pub struct RelationView {
    /// The section's name.
    pub section: &'static str,
    /// Its title.
    pub title: String,
    /// The section's list page, in the page's language.
    pub url: String,
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

/// A download of a section's open data.
#[derive(Debug, Serialize)]
pub struct DownloadView {
    /// `JSON` or `CSV`.
    pub format: &'static str,
    /// The file's link.
    pub url: String,
    /// Its media type, for the link's `type`.
    pub media_type: &'static str,
}

/// What a page is, for [`Views::complete`].
#[derive(Debug, Clone, Copy)]
pub enum PageKind {
    /// A language's home page.
    Home(Lang),
    /// A section's list page.
    Section(Lang, Section),
    /// A record's page, by record index.
    Record(Lang, usize),
    /// The 404 and landing pages.
    Special,
}

/// Where a page of a long list stands among the others.
#[derive(Debug, Serialize)]
pub struct PaginationView {
    /// This page's number, from 1.
    pub current: usize,
    /// How many pages the list has.
    pub total: usize,
    /// The previous page, if any.
    pub previous: Option<String>,
    /// The next page, if any.
    pub next: Option<String>,
    /// Every page.
    pub pages: Vec<PageLink>,
}

/// A link to one page of a list.
#[derive(Debug, Serialize)]
pub struct PageLink {
    /// The page's number, from 1.
    pub number: usize,
    /// Its address.
    pub url: String,
    /// Whether it is the page shown.
    pub current: bool,
}

/// One page.
#[derive(Debug, Default, Serialize)]
pub struct PageView {
    /// Links between the pages of a long list.
    pub pagination: Option<PaginationView>,
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
    /// Open Graph type: `website`, or `article` for a record.
    pub og_type: &'static str,
    /// schema.org JSON-LD, escaped to stand inside `<script>` (trusted markup).
    pub jsonld: String,
    /// Bar charts of the page's figures.
    pub charts: Vec<ChartView>,
    /// The map of the parks, where the page shows one.
    pub map: Option<MapView>,
    /// The section's open data files, on list pages.
    pub downloads: Vec<DownloadView>,
}

/// Builds views for one language.
pub struct Views<'a> {
    /// The site.
    pub site: &'a Site,
    /// The theme, for interface strings.
    pub theme: &'a Theme,
    /// The URL scheme.
    pub urls: &'a Urls,
    /// Each section's records in list order, sorted once for all its pages.
    pub lists: BTreeMap<Section, Vec<usize>>,
}

impl Views<'_> {
    /// A section's records in list order.
    pub fn list(&self, section: Section) -> &[usize] {
        self.lists.get(&section).map_or(&[], Vec::as_slice)
    }

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
            search_url: if c.search {
                urls.href(&urls.search(lang))
            } else {
                String::new()
            },
            name: c.name.get(lang).to_string(),
            name_other: c.name.get(lang.other()).to_string(),
            other_lang_tag: lang.other().tag(),
            short_name: c.short_name.get(lang).to_string(),
            description: c.description.get(lang).to_string(),
            og_locale: og_locale(lang),
            og_locale_other: og_locale(lang.other()),
            assets: self
                .theme
                .assets
                .iter()
                .map(|a| (a.name.clone(), urls.href(&a.path)))
                .collect(),
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
        facts.iter().map(|f| self.fact(f, lang)).collect()
    }

    /// A fact as `lang` shows it, with its source.
    pub fn fact(&self, f: &Fact, lang: Lang) -> FactView {
        let source = self.site.source(&f.source);
        let (unit, unit_key) = unit_text(&f.unit, lang);
        FactView {
            label: f.label.get(lang).to_string(),
            value: format_value(f, lang),
            number: f.value,
            unit,
            unit_key,
            as_of: f.as_of.display(lang),
            as_of_iso: f.as_of.to_string(),
            source_id: f.source.clone(),
            source_title: source.map_or_else(String::new, |s| s.title.get(lang).to_string()),
            source_publisher: source
                .and_then(|s| s.publisher.as_ref())
                .map_or_else(String::new, |p| p.get(lang).to_string()),
            source_date: source.map_or_else(String::new, |s| s.date.display(lang)),
            source_url: source.and_then(|s| s.url.clone()).unwrap_or_default(),
        }
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
            status: match &record.data {
                Data::Initiative(d) => Some(d.status.code()),
                _ => None,
            },
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
                    url: self.urls.href(&self.urls.section(lang, section)),
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

/// The Open Graph locale of a language.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    }
}

/// A unit as `lang` writes its base (yuan, not 亿元) and its identity in both languages.
fn unit_text(unit: &Unit, lang: Lang) -> (String, String) {
    let pick = |zh: &str, en: &str| if lang == Lang::Zh { zh } else { en }.to_string();
    match unit {
        Unit::Yuan => (pick("元", "yuan"), "yuan".into()),
        Unit::Percent => ("%".into(), "percent".into()),
        Unit::Km2 => (pick("平方公里", "km²"), "km2".into()),
        Unit::Mu => (pick("亩", "mu"), "mu".into()),
        Unit::Gwh => (pick("吉瓦时", "GWh"), "gwh".into()),
        Unit::Label(l) => (l.get(lang).to_string(), format!("label:{}/{}", l.zh, l.en)),
    }
}

/// Warnings about the government-portal footer: each detail that `site.yaml`
/// leaves empty is one a Chinese government portal is expected to show.
pub fn footer_warnings(config: &Config) -> Vec<Diagnostic> {
    let f = &config.footer;
    let missing: Vec<&str> = [
        (f.organiser.is_none(), "the organiser (`footer.organiser`)"),
        (f.contact.is_none(), "the contact (`footer.contact`)"),
        (
            f.icp.trim().is_empty(),
            "the ICP filing number (`footer.icp`)",
        ),
        (
            f.police.trim().is_empty(),
            "the public-security filing number (`footer.police`)",
        ),
        (
            f.site_code.trim().is_empty(),
            "the site identification code (`footer.site_code`)",
        ),
    ]
    .into_iter()
    .filter_map(|(missing, what)| missing.then_some(what))
    .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    vec![
        Diagnostic::warning(
            "content/site.yaml",
            format!("the footer is missing {}", missing.join(", ")),
        )
        .with_help(
            "a government portal shows these in its footer; add them under `footer:` once they are known (until then they stay empty, never made up)",
        ),
    ]
}

impl Views<'_> {
    /// Adds what every kind of page carries beyond its text: Open Graph type,
    /// JSON-LD, charts, the parks' map and open data links.
    pub fn complete(&self, page: &mut PageView, kind: PageKind) {
        let urls = self.urls;
        page.og_type = "website";
        match kind {
            PageKind::Home(lang) => {
                page.jsonld = jsonld::home(self, lang);
                let section = Section::Initiatives;
                let title = self.theme.section_title(lang, section);
                page.charts = self.section_charts("zs_chart-home", title, section, lang);
                page.map = self.park_map("zs_map-home", lang, None);
            }
            PageKind::Section(lang, section) => {
                page.jsonld = jsonld::section(self, lang, &page.title, &page.permalink);
                page.downloads = [
                    ("JSON", "json", "application/json"),
                    ("CSV", "csv", "text/csv"),
                ]
                .into_iter()
                .map(|(format, ext, media_type)| DownloadView {
                    format,
                    url: urls.href(&opendata::path(section, ext)),
                    media_type,
                })
                .collect();
                // Charts and the map go on a list's first page only.
                if page.pagination.as_ref().is_some_and(|p| p.current > 1) {
                    return;
                }
                page.charts = self.section_charts(
                    &format!("zs_chart-{}", section.name()),
                    &page.section_title,
                    section,
                    lang,
                );
                if section == Section::Parks {
                    page.map = self.park_map("zs_map-parks", lang, None);
                }
            }
            PageKind::Record(lang, index) => {
                page.og_type = "article";
                page.jsonld = jsonld::record(self, lang, index);
                let record = &self.site.records[index];
                let figures = record
                    .facts()
                    .iter()
                    .map(|f| (f.value, unit_text(&f.unit, lang).1, f));
                page.charts =
                    charts::charts("zs_chart-record", &page.title, figures, 3, |f| ChartRow {
                        record: String::new(),
                        record_url: String::new(),
                        record_lang_tag: "",
                        fact: self.fact(f, lang),
                    });
                if record.section == Section::Parks {
                    page.map = self.park_map("zs_map-park", lang, Some(index));
                }
            }
            PageKind::Special => {}
        }
    }

    /// The charts of every fact of a section's records, each with its record,
    /// in slug order.
    fn section_charts(
        &self,
        id: &str,
        context: &str,
        section: Section,
        lang: Lang,
    ) -> Vec<ChartView> {
        let figures = self.site.section(section).flat_map(|(_, record)| {
            record
                .facts()
                .iter()
                .map(move |f| (f.value, unit_text(&f.unit, lang).1, (record, f)))
        });
        charts::charts(id, context, figures, 3, |(record, f)| {
            let item = self.item(record, lang);
            ChartRow {
                record: item.title,
                record_url: item.url,
                record_lang_tag: if item.translated {
                    ""
                } else {
                    item.text_lang_tag
                },
                fact: self.fact(f, lang),
            }
        })
    }

    /// The map of the parks with a location; `current` is drawn emphasised,
    /// with its nearest neighbours only when there are many parks.
    fn park_map(&self, id: &str, lang: Lang, current: Option<usize>) -> Option<MapView> {
        let parks: Vec<(usize, &Record, Location)> = self
            .site
            .section(Section::Parks)
            .filter_map(|(i, record)| match &record.data {
                Data::Park(d) => Some((i, record, d.location?)),
                _ => None,
            })
            .collect();
        let parks = match parks.iter().position(|p| Some(p.0) == current) {
            Some(here) => nearest(parks, here, NEIGHBOURS),
            None => parks,
        };
        let points: Vec<MapPoint> = parks
            .into_iter()
            .map(|(i, record, location)| {
                let item = self.item(record, lang);
                MapPoint {
                    name: item.title,
                    url: item.url,
                    lat: location.lat,
                    lon: location.lon,
                    approximate: location.approximate,
                    current: current == Some(i),
                    name_lang_tag: if item.translated {
                        ""
                    } else {
                        item.text_lang_tag
                    },
                }
            })
            .collect();
        map::park_map(id, &points, lang)
    }
}

/// How many other parks a park's own map shows at most.
const NEIGHBOURS: usize = 12;

/// The parks whose own page's map shows park `index` (itself among them): the
/// pages an edit of that park changes besides its own and its relations'.
pub fn maps_showing(site: &Site, index: usize) -> Vec<usize> {
    let parks: Vec<(usize, (), Location)> = site
        .section(Section::Parks)
        .filter_map(|(i, record)| match &record.data {
            Data::Park(d) => Some((i, (), d.location?)),
            _ => None,
        })
        .collect();
    if !parks.iter().any(|p| p.0 == index) {
        return Vec::new();
    }
    (0..parks.len())
        .filter(|&here| {
            let shown = nearest(parks.clone(), here, NEIGHBOURS);
            shown.iter().any(|p| p.0 == index)
        })
        .map(|here| parks[here].0)
        .collect()
}

/// The park at position `here` and the `n` parks nearest to it, in their
/// order. A park page's map stays the same size however many parks the zone
/// has, and only the parks it shows are made into map points.
fn nearest<T>(
    parks: Vec<(usize, T, Location)>,
    here: usize,
    n: usize,
) -> Vec<(usize, T, Location)> {
    if parks.len() <= n + 1 {
        return parks;
    }
    let at = parks[here].2;
    // The park itself comes first whatever other parks share its place.
    let distance = |k: usize, l: &Location| {
        if k == here {
            -1.0
        } else {
            (l.lat - at.lat).powi(2) + (l.lon - at.lon).powi(2)
        }
    };
    let mut order: Vec<(f64, usize)> = parks
        .iter()
        .enumerate()
        .map(|(k, p)| (distance(k, &p.2), k))
        .collect();
    order.select_nth_unstable_by(n, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut keep = vec![false; parks.len()];
    for &(_, k) in &order[..=n] {
        keep[k] = true;
    }
    parks
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}
