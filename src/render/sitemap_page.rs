//! The human site map (网站地图) of each language, which government portals
//! link from every footer: the home page, each section (column) with the
//! pages of page sections and a policy section's browse page beneath it,
//! the search page and the feed. Records of other sections are reached
//! through their lists, so the map stays one screen long however large the
//! site grows.

use serde::Serialize;

use super::items::{alternates, home_crumb, switch};
use super::read::Reader;
use super::view::{LinkView, PageView};
use crate::i18n::Lang;
use crate::section::Kind;

/// One entry of the map, with the entries beneath it.
#[derive(Debug, Serialize)]
pub struct MapEntry {
    /// Its link.
    pub link: LinkView,
    /// The entries beneath it.
    pub children: Vec<LinkView>,
}

fn link(key: &str, title: &str, lang_tag: &'static str, url: String) -> LinkView {
    LinkView {
        key: key.to_string(),
        title: title.to_string(),
        lang_tag,
        url,
    }
}

/// The site map in `lang`.
pub fn page(read: &Reader, lang: Lang) -> PageView {
    let urls = read.urls();
    let s = |key: &str| read.string(lang, key);
    let mut entries = vec![MapEntry {
        link: home_crumb(read, lang),
        children: Vec::new(),
    }];
    for &section in read.sections() {
        let title = read.section_title(lang, section);
        let mut children = Vec::new();
        if section.kind() == Kind::Page {
            for rec in read.members(section) {
                let (title, in_lang) = rec.title(lang);
                let tag = if in_lang == lang { "" } else { in_lang.tag() };
                let url = urls.href(&urls.record(lang, section, rec.slug()));
                children.push(link(rec.slug(), title, tag, url));
            }
        }
        if section.kind() == Kind::Policy {
            let url = urls.href(&urls.browse(lang, section));
            children.push(link("browse", s("policy_browse"), "", url));
        }
        let url = urls.href(&urls.section(lang, section));
        entries.push(MapEntry {
            link: link(section.name(), title, "", url),
            children,
        });
    }
    if read.config().search {
        let url = urls.href(&urls.search(lang));
        entries.push(MapEntry {
            link: link("search", s("search"), "", url),
            children: Vec::new(),
        });
    }
    let feed = urls.href(&format!("{}atom.xml", urls.lang_dir(lang)));
    entries.push(MapEntry {
        link: link("feed", s("feed"), "", feed),
        children: Vec::new(),
    });
    PageView {
        kind: "sitemap",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        title: s("sitemap").to_string(),
        url: urls.href(&urls.sitemap_page(lang)),
        permalink: urls.permalink(&urls.sitemap_page(lang)),
        alternates: alternates(read, |l| urls.sitemap_page(l), |_| true),
        switch: Some(switch(read, lang, &urls.sitemap_page(lang.other()), true)),
        breadcrumbs: vec![home_crumb(read, lang)],
        og_type: "website",
        meta: super::govmeta::site(read, lang),
        sitemap: entries,
        ..PageView::default()
    }
}
