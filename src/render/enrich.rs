//! What a page carries beyond its text: Open Graph type, JSON-LD, charts of
//! its figures, the parks' map and links to open data.

use super::charts;
use super::items;
use super::jsonld;
use super::map::{self, MapPoint};
use super::opendata;
use super::read::Reader;
use super::view::{ChartRow, ChartView, DownloadView, MapView, PageView};
use crate::i18n::Lang;
use crate::schema::{Fact, Location};
use crate::section::Kind;
use crate::section::Section;

/// How many other parks a park's own map shows at most.
const NEIGHBOURS: usize = 12;

/// A home page's structured data, chart of initiatives and map of the parks.
pub fn home(read: &Reader, page: &mut PageView, lang: Lang) {
    page.og_type = "website";
    page.jsonld = jsonld::home(read, lang);
    if let Some(section) = read.of_kind(Kind::Initiative) {
        let title = read.section_title(lang, section);
        page.charts = section_charts(read, "zs_chart-home", title, section, lang);
    }
    page.map = park_map(read, "zs_map-home", lang, None);
}

/// A list page's structured data and downloads; on the first page, the
/// charts of the section's figures and, for parks, their map.
pub fn section(read: &Reader, page: &mut PageView, lang: Lang, section: Section, first: bool) {
    let urls = read.urls();
    page.og_type = "website";
    page.jsonld = jsonld::section(read, lang, &page.title, &page.permalink);
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
    if !first {
        return;
    }
    let id = format!("zs_chart-{}", section.name());
    page.charts = section_charts(read, &id, &page.section_title, section, lang);
    if section.kind() == Kind::Park {
        page.map = park_map(read, "zs_map-parks", lang, None);
    }
}

/// A record page's structured data, charts of its own figures and, for a
/// park, the map of it and its neighbours.
pub fn record(read: &Reader, page: &mut PageView, lang: Lang, index: usize) {
    page.og_type = "article";
    page.jsonld = jsonld::record(read, lang, index);
    let rec = read.record(index);
    // A record's own chart of a measure compares its figures at several dates.
    let figures = rec.facts().iter().map(|f| (f.value, Measure::of(f), f));
    page.charts = charts::charts(
        "zs_chart-record",
        &page.title,
        figures,
        3,
        Measure::id,
        |f| ChartRow {
            label: f.as_of.display(lang),
            record: String::new(),
            record_url: String::new(),
            record_lang_tag: "",
            fact: items::fact(read, f, lang),
        },
    );
    if rec.section().kind() == Kind::Park {
        page.map = park_map(read, "zs_map-park", lang, Some(index));
    }
}

/// What a chart compares: facts with the same unit and the same label in
/// both languages.
#[derive(PartialEq, Eq, Hash)]
struct Measure {
    unit: String,
    zh: String,
    en: String,
}

impl Measure {
    fn of(f: &Fact) -> Measure {
        Measure {
            unit: f.unit.key(),
            zh: f.label.zh.clone(),
            en: f.label.en.clone(),
        }
    }

    /// The part of a chart's id that names the measure: the start of its
    /// English label and its unit.
    fn id(&self) -> String {
        let words: String = self.en.chars().take(32).collect();
        format!("{words}-{}", self.unit)
    }
}

/// The charts of a section's figures: one bar per record, its latest figure
/// of the measure, labelled with the record's title.
fn section_charts(
    read: &Reader,
    id: &str,
    context: &str,
    section: Section,
    lang: Lang,
) -> Vec<ChartView> {
    let mut figures: Vec<(usize, &Fact)> = Vec::new();
    // Where the figures of the record being read start in `figures`.
    let mut record_start = 0;
    for (i, f) in read.section_facts(section) {
        if figures.last().is_some_and(|&(last, _)| last != i) {
            record_start = figures.len();
        }
        let same = |&&mut (_, g): &&mut (usize, &Fact)| g.unit == f.unit && g.label == f.label;
        match figures[record_start..].iter_mut().find(same) {
            Some(kept) if f.as_of > kept.1.as_of => kept.1 = f,
            Some(_) => {}
            None => figures.push((i, f)),
        }
    }
    let figures = figures
        .into_iter()
        .map(|(i, f)| (f.value, Measure::of(f), (i, f)));
    charts::charts(id, context, figures, 3, Measure::id, |(i, f)| {
        let name = items::name(read, read.record(i), lang);
        ChartRow {
            label: name.title.clone(),
            record: name.title,
            record_url: name.url,
            record_lang_tag: name.lang_tag,
            fact: items::fact(read, f, lang),
        }
    })
}

/// The map of the parks with a location; `current` is drawn emphasised,
/// with its nearest neighbours only when there are many parks.
fn park_map(read: &Reader, id: &str, lang: Lang, current: Option<usize>) -> Option<MapView> {
    let parks = read.park_locations();
    let parks = match parks.iter().position(|p| Some(p.0) == current) {
        Some(here) => nearest(parks, here, NEIGHBOURS),
        None => parks,
    };
    let points: Vec<MapPoint> = parks
        .into_iter()
        .map(|(i, location)| {
            let name = items::name(read, read.record(i), lang);
            MapPoint {
                name: name.title,
                url: name.url,
                lat: location.lat,
                lon: location.lon,
                approximate: location.approximate,
                current: current == Some(i),
                name_lang_tag: name.lang_tag,
            }
        })
        .collect();
    map::park_map(id, &points, lang)
}

/// The park at position `here` and the `n` parks nearest to it, in their
/// order. A park page's map stays the same size however many parks the zone
/// has, and only the parks it shows are made into map points.
fn nearest(parks: Vec<(usize, Location)>, here: usize, n: usize) -> Vec<(usize, Location)> {
    if parks.len() <= n + 1 {
        return parks;
    }
    let at = parks[here].1;
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
        .map(|(k, p)| (distance(k, &p.1), k))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Location {
        Location {
            lat,
            lon,
            approximate: false,
        }
    }

    #[test]
    fn a_park_map_keeps_the_park_and_its_nearest_neighbours() {
        let parks: Vec<(usize, Location)> = (0..20).map(|k| (k, at(k as f64, 0.0))).collect();
        let shown: Vec<usize> = nearest(parks.clone(), 10, 4).iter().map(|p| p.0).collect();
        assert_eq!(shown, [8, 9, 10, 11, 12]);
        let few = &parks[..3];
        assert_eq!(nearest(few.to_vec(), 0, 4).len(), 3, "all parks when few");
    }
}
