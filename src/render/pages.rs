//! Each kind of page as its template sees it: a language's home page, a page
//! of a section's list, a record's page, the search page, and the bilingual
//! 404 and landing pages.

use super::enrich;
use super::items::{self, alternates, home_crumb, switch};
use super::read::Reader;
use super::view::{LinkView, PageLink, PageView, PaginationView};
use crate::i18n::Lang;
use crate::markdown;
use crate::section::{Kind, Section};

/// How many pages a list of `len` records of `section` takes (one, even
/// when empty).
pub fn page_count(section: Section, len: usize) -> usize {
    len.div_ceil(section.declaration().page_size).max(1)
}

/// A language's home page.
pub fn home(read: &Reader, lang: Lang) -> PageView {
    let urls = read.urls();
    let c = read.config();
    let mut alternates = alternates(read, |l| urls.home(l), |_| true);
    if urls.has_landing() {
        alternates
            .last_mut()
            .expect("x-default is always there")
            .href = urls.permalink("");
    }
    let sections = read
        .sections()
        .iter()
        .map(|&section| (section, section.declaration().home))
        .filter(|&(_, limit)| limit > 0)
        .map(|(section, limit)| {
            let (first, _) = read.list_page(section, lang, 0);
            let items = first.iter().take(limit);
            let items = items.map(|&i| items::item(read, read.record(i), lang));
            items::section_items(read, section, lang, items.collect())
        })
        .filter(|s| !s.items.is_empty())
        .collect();
    let mut page = PageView {
        kind: "home",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        title: c.name.get(lang).to_string(),
        summary: c.description.get(lang).to_string(),
        url: urls.href(&urls.home(lang)),
        permalink: urls.permalink(&urls.home(lang)),
        alternates,
        switch: Some(switch(read, lang, &urls.home(lang.other()), true)),
        sections,
        ..PageView::default()
    };
    enrich::home(read, &mut page, lang);
    page.meta = super::govmeta::home(read, lang);
    page
}

/// Page `page` (from 0) of a section's list.
pub fn section_page(read: &Reader, lang: Lang, section: Section, page: usize) -> PageView {
    let urls = read.urls();
    let intro = read.intro(section, lang);
    let section_title = read.section_title(lang, section).to_string();
    let (shown, pages) = read.list_page(section, lang, page);
    let rel = |l: Lang, n: usize| urls.section_page(l, section, n);
    let content = match intro {
        Some(text) if page == 0 => {
            let trusted = read.config().trusted_html;
            markdown::render(text.body(), &text.outline, lang, urls, trusted, None)
        }
        _ => String::new(),
    };
    let mut view = PageView {
        kind: "section",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        title: intro.map_or_else(|| section_title.clone(), |t| t.front.title.clone()),
        summary: intro
            .and_then(|t| t.front.summary.clone())
            .or_else(|| {
                Some(
                    section
                        .declaration()
                        .description
                        .as_ref()?
                        .get(lang)
                        .to_string(),
                )
            })
            .unwrap_or_default(),
        keywords: section.declaration().keywords[lang.index()].join(","),
        url: urls.href(&rel(lang, page)),
        permalink: urls.permalink(&rel(lang, page)),
        section: Some(section.name()),
        section_title,
        content,
        alternates: alternates(read, |l| rel(l, page), |_| true),
        switch: Some(switch(read, lang, &rel(lang.other(), page), true)),
        breadcrumbs: vec![home_crumb(read, lang)],
        items: shown
            .iter()
            .map(|&i| items::card(read, read.record(i), lang))
            .collect(),
        pagination: (pages > 1).then(|| PaginationView {
            current: page + 1,
            total: pages,
            previous: page.checked_sub(1).map(|n| urls.href(&rel(lang, n))),
            next: (page + 1 < pages).then(|| urls.href(&rel(lang, page + 1))),
            pages: (0..pages)
                .map(|n| PageLink {
                    number: n + 1,
                    url: urls.href(&rel(lang, n)),
                    current: n == page,
                })
                .collect(),
        }),
        ..PageView::default()
    };
    if section.kind() == Kind::Policy {
        view.policy.browse_url = urls.href(&urls.browse(lang, section));
    }
    enrich::section(read, &mut view, lang, section, page == 0);
    view.meta = super::govmeta::column(read, lang, section);
    view
}

/// Record `index`'s page in `lang`.
pub fn record(read: &Reader, lang: Lang, index: usize) -> PageView {
    let urls = read.urls();
    let rec = read.record(index);
    let (text, text_lang) = rec.body(lang);
    let (title, _) = rec.title(lang);
    let (summary, _) = rec.summary(lang);
    let section = rec.section();
    let slug = rec.slug();
    let translated = text_lang == lang;
    let date = matches!(section.kind(), Kind::Article | Kind::Policy)
        .then(|| rec.date())
        .flatten();
    let section_crumb = LinkView {
        key: section.name().into(),
        title: read.section_title(lang, section).to_string(),
        lang_tag: "",
        url: urls.href(&urls.section(lang, section)),
    };
    let trusted = read.config().trusted_html;
    let bundle = rec.files();
    let photos = rec.photos();
    let media = crate::media::html::Media {
        bundle,
        urls,
        label: read.string(lang, "attachment_label"),
        eager: photos.is_empty(),
    };
    let photos = photos
        .iter()
        .enumerate()
        .filter_map(|(i, photo)| media.photo(photo, lang, i == 0))
        .collect();
    let mut page = PageView {
        kind: "record",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: text_lang.tag(),
        translated,
        noindex: !translated,
        title: title.to_string(),
        summary: summary.unwrap_or_default().to_string(),
        url: urls.href(&urls.record(lang, section, slug)),
        permalink: urls.permalink(&urls.record(lang, section, slug)),
        section: Some(section.name()),
        section_title: section_crumb.title.clone(),
        slug: slug.to_string(),
        content: markdown::render(
            text.body(),
            &text.outline,
            lang,
            urls,
            trusted,
            Some(&media),
        ),
        attachments: media.attachments(),
        photos,
        date: date.map(|d| d.display(lang)).unwrap_or_default(),
        date_iso: date.map(|d| d.iso()).unwrap_or_default(),
        alternates: alternates(
            read,
            |l| urls.record(l, section, slug),
            |l| rec.is_translated(l),
        ),
        switch: Some(switch(
            read,
            lang,
            &urls.record(lang.other(), section, slug),
            rec.is_translated(lang.other()),
        )),
        breadcrumbs: vec![home_crumb(read, lang), section_crumb],
        facts: items::facts(read, rec.facts(), lang),
        relations: items::relations(read, rec, lang),
        data: items::data(rec, lang),
        fields: super::custom::fields(read, rec, lang),
        policy: super::policy::record(read, rec, lang),
        byline: match section.kind() {
            Kind::Article => super::govmeta::byline(read, rec, lang),
            _ => Default::default(),
        },
        ..PageView::default()
    };
    enrich::record(read, &mut page, lang, index);
    page.meta = super::govmeta::record(read, lang, section, &page);
    page
}

/// A language's search page, for Pagefind's interface; not indexed itself.
pub fn search(read: &Reader, lang: Lang) -> PageView {
    let urls = read.urls();
    PageView {
        kind: "search",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        noindex: true,
        title: read.string(lang, "search").to_string(),
        url: urls.href(&urls.search(lang)),
        permalink: urls.permalink(&urls.search(lang)),
        alternates: alternates(read, |l| urls.search(l), |_| true),
        switch: Some(switch(read, lang, &urls.search(lang.other()), true)),
        breadcrumbs: vec![home_crumb(read, lang)],
        og_type: "website",
        meta: super::govmeta::site(read, lang),
        ..PageView::default()
    }
}

/// The bilingual 404 and landing pages, which live outside both languages.
pub fn special(read: &Reader, kind: &'static str) -> PageView {
    let urls = read.urls();
    let c = read.config();
    let is_landing = kind == "landing";
    PageView {
        kind,
        lang: Lang::Zh.code(),
        lang_tag: Lang::Zh.tag(),
        text_lang_tag: Lang::Zh.tag(),
        translated: true,
        noindex: !is_landing,
        title: c.name.zh.clone(),
        summary: c.description.zh.clone(),
        url: urls.href(if is_landing { "" } else { "404.html" }),
        permalink: urls.permalink(if is_landing { "" } else { "404.html" }),
        alternates: if is_landing {
            let mut alternates = alternates(read, |l| urls.home(l), |_| true);
            alternates
                .last_mut()
                .expect("x-default is always there")
                .href = urls.permalink("");
            alternates
        } else {
            Vec::new()
        },
        switch: Some(switch(read, Lang::Zh, &urls.home(Lang::En), true)),
        og_type: "website",
        meta: super::govmeta::site(read, Lang::Zh),
        ..PageView::default()
    }
}
