//! The site as every page of one language sees it: names, menu, key figures,
//! footer, and links to the stylesheets, search and feed.

use super::items::{self, facts, og_locale};
use super::read::Reader;
use super::view::{FooterView, LinkView, SiteView};
use crate::i18n::{Label, Lang};
use crate::model::MenuEntry;

/// The key of a menu entry that leads to another site: no section or page
/// has it, since it is no slug.
const EXTERNAL: &str = ":external";

/// The site view for `lang`.
pub fn site_view(read: &Reader, lang: Lang) -> SiteView {
    let c = read.config();
    let urls = read.urls();
    let menu = c
        .menu
        .iter()
        .filter_map(|entry| match entry {
            MenuEntry::Section(section) => Some(LinkView {
                key: section.name().to_string(),
                title: read.section_title(lang, *section).to_string(),
                lang_tag: "",
                url: urls.href(&urls.section(lang, *section)),
            }),
            MenuEntry::Page(section, slug) => {
                let page = items::name(read, read.find(*section, slug)?, lang);
                Some(LinkView {
                    key: format!("{}/{slug}", section.name()),
                    title: page.title,
                    lang_tag: page.lang_tag,
                    url: page.url,
                })
            }
            MenuEntry::External(title, url) => Some(LinkView {
                key: EXTERNAL.to_string(),
                title: title.get(lang).to_string(),
                lang_tag: "",
                url: url.clone(),
            }),
        })
        .collect();
    let label = |l: &Option<Label>| {
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
        description_other: c.description.get(lang.other()).to_string(),
        other_lang_tag: lang.other().tag(),
        short_name: c.short_name.get(lang).to_string(),
        description: c.description.get(lang).to_string(),
        og_locale: og_locale(lang),
        og_locale_other: og_locale(lang.other()),
        assets: read
            .assets()
            .iter()
            .map(|a| (a.name.clone(), urls.href(&a.path)))
            .collect(),
        home_url: urls.href(&urls.home(lang)),
        base_path: urls.href(""),
        feed_url: urls.href(&format!("{}atom.xml", urls.lang_dir(lang))),
        sitemap_url: urls.href(&urls.sitemap_page(lang)),
        menu,
        facts: facts(read, &c.facts, lang),
        footer: FooterView {
            organiser: label(&c.footer.organiser),
            undertaker: label(&c.footer.undertaker),
            contact: label(&c.footer.contact),
            icp: c.footer.icp.clone(),
            police: c.footer.police.clone(),
            police_url: super::govmeta::police_url(&c.footer.police),
            site_code: c.footer.site_code.clone(),
            badge_url: super::govmeta::badge_url(&c.footer.badge_id),
        },
    }
}
