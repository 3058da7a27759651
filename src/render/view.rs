//! What templates see: small, typed views of the site, built for one page in
//! one language. Nothing here holds the whole site, so each page's context
//! stays in proportion to what the page shows. These are plain data; the
//! code that builds them is in `items`, `site_view` and `pages`.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::schema::Location;

/// The site as every page of one language sees it.
#[derive(Debug, Serialize)]
pub struct SiteView {
    /// The search page, empty when the site has no search.
    pub search_url: String,
    /// The zone's full name.
    pub name: String,
    /// Its full name in the other language.
    pub name_other: String,
    /// Its description in the other language.
    pub description_other: String,
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
    /// The site map page (网站地图).
    pub sitemap_url: String,
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
    /// The language tag of `title` when it is not in the page's language, else empty.
    pub lang_tag: &'static str,
    /// Where it goes.
    pub url: String,
}

/// The footer a Chinese government portal carries.
#[derive(Debug, Serialize)]
pub struct FooterView {
    /// The organiser (主办单位).
    pub organiser: String,
    /// The operator (承办单位).
    pub undertaker: String,
    /// How to reach it.
    pub contact: String,
    /// ICP filing number.
    pub icp: String,
    /// Public-security filing number.
    pub police: String,
    /// Public-security filing's registry page, by the number's digits.
    pub police_url: String,
    /// Site identification code.
    pub site_code: String,
    /// The party and government site emblem's verification page.
    pub badge_url: String,
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
    /// Its cover as a `<picture>` (HTML) on a list's card, empty when it
    /// has no photo.
    pub cover: String,
}

/// Related records of one section.
#[derive(Debug, Serialize)]
pub struct RelationView {
    /// The section's id.
    pub section: &'static str,
    /// Its kind: `park`, `industry`, `article`, `custom`…
    pub kind: &'static str,
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
    /// A park's latitude, written out with its hemisphere: `36.58° N`.
    pub latitude: Option<String>,
    /// A park's longitude, written out with its hemisphere: `101.76° E`.
    pub longitude: Option<String>,
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
    /// The photos the record's data shows, the first as its cover.
    pub photos: Vec<crate::media::html::PhotoView>,
    /// The files of the record's folder offered for download.
    pub attachments: Vec<crate::media::html::AttachmentView>,
    /// The record's data.
    pub data: DataView,
    /// A list page's keywords, comma-separated, as its section declares them.
    pub keywords: String,
    /// A custom record's declared fields, in order.
    pub fields: Vec<super::custom::FieldView>,
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
    /// Government-portal metadata, as `<meta name content>` pairs.
    pub meta: Vec<MetaView>,
    /// Where an article comes from and who wrote it, where given.
    pub byline: BylineView,
    /// The link to the page's Traditional Chinese twin (or its Chinese
    /// page's), as HTML, when the site has Traditional pages.
    pub variant_link: String,
    /// The entries of the site map page.
    pub sitemap: Vec<super::sitemap_page::MapEntry>,
    /// The State Council's "report an error on a government site" entry for
    /// this page (我为政府网站找错), when the site has a site code.
    pub report_url: String,
    /// A policy document's table, an article's documents explained, a
    /// policy section's browse page.
    pub policy: super::policy::PolicyView,
}

/// One `<meta>` tag.
#[derive(Debug, Serialize)]
pub struct MetaView {
    /// Its name, e.g. `ColumnName`.
    pub name: &'static str,
    /// Its content.
    pub content: String,
}

/// An article's source (来源) and author, empty where not given.
#[derive(Debug, Default, Serialize)]
pub struct BylineView {
    /// The source's publisher, when known.
    pub source: String,
    /// The source's address, if it is online.
    pub source_url: String,
    /// The author, as the text names them.
    pub author: String,
}

/// A fact as a bar, with the record it belongs to when the chart spans records.
#[derive(Debug, Clone, Serialize)]
pub struct ChartRow {
    /// What the bar is labelled with: the record's title on a chart that
    /// spans records, the date the figure describes on a record's own.
    pub label: String,
    /// The record's title, empty when the chart shows one record's facts.
    pub record: String,
    /// The record's page.
    pub record_url: String,
    /// The language tag of `record` when it is not in the page's language, else empty.
    pub record_lang_tag: &'static str,
    /// The fact.
    pub fact: FactView,
}

/// One chart: the SVG and what the template needs to describe it.
#[derive(Debug, Serialize)]
pub struct ChartView {
    /// The id of the figure, unique in the page; the SVG is labelled by
    /// `<id>-title` and `<id>-desc`, which the template must write.
    pub id: String,
    /// What the figures are about: a section's or a record's title.
    pub context: String,
    /// What they measure: the label all its facts share.
    pub measure: String,
    /// The unit as the page's language writes it: `元`, `projects`, `%`.
    pub unit: String,
    /// The number of bars, written out.
    pub count: String,
    /// How many figures of the unit there are, bars or not, written out.
    pub total: String,
    /// The largest figure's bar label.
    pub max_label: String,
    /// The largest figure's value, written out.
    pub max_value: String,
    /// The smallest figure's bar label.
    pub min_label: String,
    /// The smallest figure's value, written out.
    pub min_value: String,
    /// The chart, an `<svg>` element (trusted markup).
    pub svg: String,
    /// The data table, largest first.
    pub rows: Vec<ChartRow>,
}

/// A park as the map's table lists it.
#[derive(Debug, Serialize)]
pub struct MapRowView {
    /// Its name.
    pub name: String,
    /// Its page.
    pub url: String,
    /// The language tag of `name` when it is not in the page's language, else empty.
    pub name_lang_tag: &'static str,
    /// Latitude, written out: `36.58° N`.
    pub lat: String,
    /// Longitude, written out: `101.76° E`.
    pub lon: String,
    /// Whether the position is only roughly known.
    pub approximate: bool,
    /// Whether this is the page's own park.
    pub current: bool,
}

/// The map and its text alternative.
#[derive(Debug, Serialize)]
pub struct MapView {
    /// The figure's id; the SVG is labelled by `<id>-title` and `<id>-desc`.
    pub id: String,
    /// The `<svg>` element (trusted markup).
    pub svg: String,
    /// The parks, north to south, for the table beside the map.
    pub rows: Vec<MapRowView>,
    /// Whether any position is approximate.
    pub approximate: bool,
    /// The number of parks on the map, written out.
    pub count: String,
    /// Whether one park is the page's own, drawn emphasised.
    pub has_current: bool,
}
