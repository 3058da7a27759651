//! The small views many pages share: a fact with its citation, a record as an
//! item of a list, its related records, its data, hreflang alternates. Each is
//! built from what it reads through the [`Reader`], and nothing more.

use super::map::{latitude, longitude};
use super::read::{Reader, Rec};
use super::view::{
    AlternateView, DataView, FactView, ItemView, LinkView, RelationView, SwitchView,
};
use crate::content::Data;
use crate::i18n::Lang;
use crate::schema::{Fact, KnownUnit, Unit, UnitForms};
use crate::section::Section;

/// Facts written in `lang`, each with its source.
pub fn facts(read: &Reader, facts: &[Fact], lang: Lang) -> Vec<FactView> {
    facts.iter().map(|f| fact(read, f, lang)).collect()
}

/// A fact as `lang` shows it, with its source.
pub fn fact(read: &Reader, f: &Fact, lang: Lang) -> FactView {
    let source = read.source(&f.source);
    let forms = unit_forms(read, &f.unit);
    FactView {
        label: f.label.get(lang).to_string(),
        value: crate::facts::format_value(f, forms, lang),
        number: f.value,
        unit: forms.get(lang).to_string(),
        unit_key: f.unit.key(),
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

/// How a record is named on a page in `lang`: its title, its page, and the
/// language tag of the title when it is not in `lang` (else empty).
pub struct Name {
    /// The title.
    pub title: String,
    /// The record's page in `lang`.
    pub url: String,
    /// The title's language tag when it differs from the page's, else empty.
    pub lang_tag: &'static str,
}

/// How record `rec` is named on a page in `lang`.
pub fn name(read: &Reader, rec: Rec, lang: Lang) -> Name {
    let (title, title_lang) = rec.title(lang);
    let urls = read.urls();
    Name {
        title: title.to_string(),
        url: urls.href(&urls.record(lang, rec.section(), rec.slug())),
        lang_tag: if title_lang == lang {
            ""
        } else {
            title_lang.tag()
        },
    }
}

/// A record as an item of a list on a page in `lang`.
pub fn item(read: &Reader, rec: Rec, lang: Lang) -> ItemView {
    let (title, text_lang) = rec.title(lang);
    let (summary, _) = rec.summary(lang);
    let date = rec.date();
    let urls = read.urls();
    ItemView {
        title: title.to_string(),
        summary: summary.unwrap_or_default().to_string(),
        url: urls.href(&urls.record(lang, rec.section(), rec.slug())),
        date: date.map(|d| d.display(lang)).unwrap_or_default(),
        date_iso: date.map(|d| d.iso()).unwrap_or_default(),
        text_lang_tag: text_lang.tag(),
        translated: text_lang == lang,
        status: rec.status().map(|s| s.code()),
        cover: String::new(),
    }
}

/// A record as a card of its section's list: an item with its cover.
pub fn card(read: &Reader, rec: Rec, lang: Lang) -> ItemView {
    let cover = rec.photos().first().and_then(|photo| {
        let media = crate::media::html::Media {
            bundle: rec.files(),
            urls: read.urls(),
            label: "",
            eager: false,
        };
        media.cover(photo)
    });
    ItemView {
        cover: cover.unwrap_or_default(),
        ..item(read, rec, lang)
    }
}

/// A record's related records, grouped by section in menu order, each
/// group in its section's list order in `lang`.
pub fn relations(read: &Reader, rec: Rec, lang: Lang) -> Vec<RelationView> {
    let mut related: Vec<Rec> = rec.related().iter().map(|&i| read.record(i)).collect();
    // Related records come in section and slug order: a stable sort by their
    // keys, each read once, orders each section's as its list does.
    related.sort_by_cached_key(|r| (r.section(), r.sort_key(lang)));
    read.sections()
        .iter()
        .filter_map(|&section| {
            let items: Vec<ItemView> = related
                .iter()
                .filter(|r| r.section() == section)
                .map(|&r| item(read, r, lang))
                .collect();
            (!items.is_empty()).then(|| section_items(read, section, lang, items))
        })
        .collect()
}

/// Items of one section under its title, linking its list.
pub fn section_items(
    read: &Reader,
    section: Section,
    lang: Lang,
    items: Vec<ItemView>,
) -> RelationView {
    let urls = read.urls();
    RelationView {
        section: section.name(),
        kind: section.kind().name(),
        title: read.section_title(lang, section).to_string(),
        url: urls.href(&urls.section(lang, section)),
        items,
    }
}

/// A record's data as templates show it.
pub fn data(rec: Rec, lang: Lang) -> DataView {
    match rec.data() {
        Data::Park(d) => DataView {
            area: d
                .area_km2
                .map(|a| crate::facts::format_amount(a, None, KnownUnit::Km2.forms(), lang)),
            established: d.established.map(|e| e.display(lang)),
            location: d.location,
            latitude: d.location.map(|l| latitude(l.lat, lang)),
            longitude: d.location.map(|l| longitude(l.lon, lang)),
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
    read: &Reader,
    path: impl Fn(Lang) -> String,
    written: impl Fn(Lang) -> bool,
) -> Vec<AlternateView> {
    let urls = read.urls();
    let mut alternates: Vec<AlternateView> = Lang::ALL
        .into_iter()
        .filter(|&l| written(l))
        .map(|l| AlternateView {
            hreflang: l.tag(),
            href: urls.permalink(&path(l)),
        })
        .collect();
    if read.config().traditional && written(Lang::Zh) {
        let zh = path(Lang::Zh);
        if let Some(twin) = super::hant::twin_path(&zh, urls.lang_dir(Lang::Zh)) {
            alternates.push(AlternateView {
                hreflang: super::hant::TAG,
                href: urls.permalink(&twin),
            });
        }
    }
    let default = if written(Lang::Zh) {
        Lang::Zh
    } else {
        Lang::En
    };
    alternates.push(AlternateView {
        hreflang: "x-default",
        href: urls.permalink(&path(default)),
    });
    alternates
}

/// The link to the page in the other language, at `rel_other`.
pub fn switch(read: &Reader, lang: Lang, rel_other: &str, translated: bool) -> SwitchView {
    let other = lang.other();
    SwitchView {
        name: other.native_name(),
        lang_tag: other.tag(),
        url: read.urls().href(rel_other),
        translated,
    }
}

/// The first breadcrumb: the home page of `lang`.
pub fn home_crumb(read: &Reader, lang: Lang) -> LinkView {
    let urls = read.urls();
    LinkView {
        key: "home".into(),
        title: read.string(lang, "home").to_string(),
        lang_tag: "",
        url: urls.href(&urls.home(lang)),
    }
}

/// The Open Graph locale of a language.
pub fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    }
}

/// How both languages write a fact's unit: a built-in's, a label's, or the
/// site's own, which `site.yaml` defines (read as the site's settings).
pub fn unit_forms<'a>(read: &Reader<'a>, unit: &'a Unit) -> UnitForms<'a> {
    unit.forms(&read.config().units).unwrap_or(UnitForms {
        // Validation refuses an unknown unit; its id stands in all the same.
        zh: unit.id(),
        en: unit.id(),
        en_one: unit.id(),
        scaled: false,
    })
}
