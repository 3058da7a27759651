//! Rendering: every page of the site, in both languages, plus feeds, sitemap
//! and robots.txt, as files in memory. Pages render in parallel; templates are
//! compiled once, Markdown is parsed once per page language.

pub mod charts;
pub mod feeds;
pub mod jsonld;
pub mod map;
pub mod opendata;
pub mod theme;
pub mod views;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rayon::prelude::*;
use tera::Context;

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::markdown::{self, Rendered};
use crate::model::Site;
use crate::output::OutputFile;
use crate::section::Section;
use crate::urls::Urls;
use theme::Theme;
use views::{LinkView, PageKind, PageView, SiteView, SwitchView, Views};

/// What one page is.
#[derive(Debug, Clone, Copy)]
enum Job {
    Home(Lang),
    Section(Lang, Section, usize),
    Record(Lang, usize),
    Search(Lang),
    NotFound,
    Landing,
}

/// Which files a render produces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Selection {
    /// Every file.
    #[default]
    All,
    /// The pages of these records, the lists of these sections, the open data
    /// of the sections they belong to, and what the flags name. The 404,
    /// landing and search pages and robots.txt show none of the content.
    Some {
        /// Records, by index.
        records: BTreeSet<usize>,
        /// Sections whose list pages to render.
        sections: BTreeSet<Section>,
        /// The home pages (they show parks, industries, initiatives and news).
        home: bool,
        /// The feeds (news and initiatives).
        feeds: bool,
        /// The sitemap (which pages exist, in which languages).
        sitemap: bool,
    },
}

impl Selection {
    fn has_record(&self, index: usize) -> bool {
        match self {
            Selection::All => true,
            Selection::Some { records, .. } => records.contains(&index),
        }
    }

    fn has_section(&self, section: Section) -> bool {
        match self {
            Selection::All => true,
            Selection::Some { sections, .. } => sections.contains(&section),
        }
    }

    /// Everything either selection picks.
    pub fn with(self, other: Selection) -> Selection {
        match (self, other) {
            (
                Selection::Some {
                    mut records,
                    mut sections,
                    home,
                    feeds,
                    sitemap,
                },
                Selection::Some {
                    records: more_records,
                    sections: more_sections,
                    home: more_home,
                    feeds: more_feeds,
                    sitemap: more_sitemap,
                },
            ) => {
                records.extend(more_records);
                sections.extend(more_sections);
                Selection::Some {
                    records,
                    sections,
                    home: home || more_home,
                    feeds: feeds || more_feeds,
                    sitemap: sitemap || more_sitemap,
                }
            }
            _ => Selection::All,
        }
    }

    /// Whether the files that `flag` picks from a partial selection are wanted.
    fn has(&self, flag: impl Fn(&Selection) -> bool) -> bool {
        matches!(self, Selection::All) || flag(self)
    }

    /// Whether anything of `section` is selected: its list or one of its records.
    fn touches(&self, site: &Site, section: Section) -> bool {
        match self {
            Selection::All => true,
            Selection::Some {
                records, sections, ..
            } => {
                sections.contains(&section)
                    || records.iter().any(|&i| site.records[i].section == section)
            }
        }
    }
}

/// How many records one page of a section's list shows.
pub const PAGE_SIZE: usize = 50;

/// A record page's Markdown body, rendered with its page, less the HTML the
/// page took: what checking anchor links needs, and the problems found.
struct Body {
    record: usize,
    lang: Lang,
    rendered: Rendered,
    found: Vec<Diagnostic>,
}

/// What rendering one page gives.
struct Done {
    page: Result<OutputFile, Diagnostic>,
    body: Option<Body>,
}

/// Renders the whole site, or reports every problem found on the way.
pub fn render(site: &Site, theme: &Theme, urls: &Urls, diags: &mut Diagnostics) -> Vec<OutputFile> {
    let mut files = Vec::new();
    render_into(
        site,
        theme,
        urls,
        &Selection::All,
        true,
        diags,
        &mut |batch| files.extend(batch),
    );
    files
}

/// How many pages render before they are handed on: enough to keep every core
/// busy, few enough that the whole site never sits in memory at once.
const BATCH: usize = 512;

/// Renders the pages `selection` names, handing them to `sink` in batches as
/// they are done, and with them, if `with_data`, the machine-readable files
/// (else the caller makes them afterwards with `machine_readable`).
pub fn render_into(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    selection: &Selection,
    with_data: bool,
    diags: &mut Diagnostics,
    sink: &mut (dyn FnMut(Vec<OutputFile>) + Send),
) {
    let intros = render_intros(site, urls, diags);
    let views = Views {
        site,
        theme,
        urls,
        lists: Section::ALL.map(|s| (s, sorted(site, s))).into(),
    };
    let site_views = Lang::ALL.map(|lang| views.site(lang));
    let contexts = Lang::ALL.map(|lang| base_context(&site_views[lang.index()], theme, lang));
    let jobs = jobs(&views, selection);
    // The machine-readable files build alongside the pages.
    // Markdown bodies render with their pages, batch by batch, so that no more
    // than a batch of them is ever held; their headings are kept for checking
    // anchor links once every page is done.
    let (bodies, machine_readable) = rayon::join(
        || {
            let mut errors = Vec::new();
            let mut bodies: Vec<[Option<Rendered>; 2]> = Vec::new();
            bodies.resize_with(site.records.len(), Default::default);
            for batch in jobs.chunks(BATCH) {
                let done: Vec<Done> = batch
                    .par_iter()
                    // Each worker renders into its own copy of the shared
                    // contexts, replacing only the page: copying the site and
                    // interface strings for every page cost a tenth of the render.
                    .map_init(
                        || contexts.clone(),
                        |contexts, job| render_job(*job, &views, &intros, contexts),
                    )
                    .collect();
                let mut files = Vec::with_capacity(done.len());
                for done in done {
                    match done.page {
                        Ok(file) => files.push(file),
                        Err(d) => errors.push(d),
                    }
                    if let Some(body) = done.body {
                        errors.extend(body.found);
                        bodies[body.record][body.lang.index()] = Some(body.rendered);
                    }
                }
                sink(files);
            }
            (bodies, errors)
        },
        || match with_data {
            true => machine_readable(site, theme, urls, selection),
            false => Vec::new(),
        },
    );
    let (bodies, errors) = bodies;
    check_anchors(site, urls, bodies, &intros, selection, diags);
    // The same template error breaks many pages; report it once.
    let mut template_errors = HashSet::new();
    for d in errors {
        if template_errors.insert(d.headline()) {
            diags.push(d);
        }
    }
    let mut files = machine_readable;
    files.extend(theme.assets.iter().map(|a| OutputFile {
        path: a.path.clone(),
        bytes: a.bytes.clone(),
    }));
    sink(files);
    diags.extend(views::footer_warnings(&site.config));
}

/// The feeds, sitemap, robots.txt and open data that `selection` touches.
pub fn machine_readable(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    selection: &Selection,
) -> Vec<OutputFile> {
    let mut files = Vec::new();
    if selection.has(|s| matches!(s, Selection::Some { feeds: true, .. })) {
        files.extend(feeds::feeds(site, urls));
    }
    if selection.has(|s| matches!(s, Selection::Some { sitemap: true, .. })) {
        files.push(feeds::sitemap(site, urls));
    }
    if matches!(selection, Selection::All) {
        files.push(feeds::robots(urls));
    }
    files.extend(opendata::files(site, theme, urls, |s| {
        selection.touches(site, s)
    }));
    files
}

/// The sections' introductions, rendered for their list pages.
fn render_intros(
    site: &Site,
    urls: &Urls,
    diags: &mut Diagnostics,
) -> BTreeMap<(Section, Lang), Rendered> {
    let mut intros = BTreeMap::new();
    for (&(section, lang), text) in &site.intros {
        let mut found = Vec::new();
        intros.insert(
            (section, lang),
            markdown::render(text, lang, site, urls, &mut found),
        );
        diags.extend(found);
    }
    intros
}

/// The Markdown bodies of the records `wanted` picks, in both page languages.
fn render_records(
    site: &Site,
    urls: &Urls,
    wanted: impl Fn(usize) -> bool + Sync,
    diags: &mut Diagnostics,
) -> Vec<Option<[Rendered; 2]>> {
    let rendered: Vec<Option<([Rendered; 2], Vec<Diagnostic>)>> = site
        .records
        .par_iter()
        .enumerate()
        .map(|(i, record)| {
            wanted(i).then(|| {
                let mut found = Vec::new();
                let bodies = Lang::ALL.map(|lang| {
                    markdown::render(record.text(lang).0, lang, site, urls, &mut found)
                });
                (bodies, found)
            })
        })
        .collect();
    rendered
        .into_iter()
        .map(|r| {
            r.map(|(bodies, found)| {
                diags.extend(found);
                bodies
            })
        })
        .collect()
}

/// Every `@/…#anchor` link names a heading of the page it links to.
fn check_anchors(
    site: &Site,
    urls: &Urls,
    mut bodies: Vec<[Option<Rendered>; 2]>,
    intros: &BTreeMap<(Section, Lang), Rendered>,
    selection: &Selection,
    diags: &mut Diagnostics,
) {
    // An anchor link needs its target's headings, its page rendered or not.
    let targets: BTreeSet<usize> = bodies
        .iter()
        .flatten()
        .flatten()
        .chain(intros.values())
        .flat_map(|b| b.anchors.iter().map(|a| a.target))
        .filter(|&t| bodies[t].iter().any(Option::is_none))
        .collect();
    if !targets.is_empty() {
        let wanted = |i| targets.contains(&i);
        let extra = render_records(site, urls, wanted, &mut Diagnostics::default());
        for (slot, rendered) in bodies.iter_mut().zip(extra) {
            if let Some(rendered) = rendered.filter(|_| slot.iter().any(Option::is_none)) {
                *slot = rendered.map(Some);
            }
        }
    }
    let records: Vec<Option<[Rendered; 2]>> = bodies
        .into_iter()
        .map(|[zh, en]| zh.zip(en).map(|(zh, en)| [zh, en]))
        .collect();
    let texts = site
        .records
        .iter()
        .zip(&records)
        .enumerate()
        .filter(|(i, _)| selection.has_record(*i))
        .filter_map(|(_, (record, bodies))| bodies.as_ref().map(|b| (record, b)))
        .flat_map(|(record, bodies)| {
            Lang::ALL
                .into_iter()
                .filter(|&l| record.is_translated(l))
                .map(move |l| (record.text(l).0, l, &bodies[l.index()]))
        });
    let intro_texts = site
        .intros
        .iter()
        .map(|(&(s, l), t)| (t, l, &intros[&(s, l)]));
    for (text, lang, rendered) in texts.chain(intro_texts) {
        for link in &rendered.anchors {
            let Some(target_bodies) = &records[link.target] else {
                continue;
            };
            let ids = &target_bodies[lang.index()].ids;
            if !ids.contains(&link.anchor) {
                let target = &site.records[link.target];
                let help =
                    match crate::diag::did_you_mean(&link.anchor, ids.iter().map(String::as_str)) {
                        Some(best) => format!("did you mean `#{best}`?"),
                        None if ids.is_empty() => format!(
                            "{}/{} has no headings to link to",
                            target.section.name(),
                            target.slug
                        ),
                        None => format!(
                            "the headings of {}/{} are: {}",
                            target.section.name(),
                            target.slug,
                            ids.join(", ")
                        ),
                    };
                diags.push(
                    Diagnostic::error(
                        &*text.path,
                        format!(
                            "broken anchor: {}/{} has no heading `#{}`",
                            target.section.name(),
                            target.slug,
                            link.anchor
                        ),
                    )
                    .at_offset(&text.source, link.span.0, link.span.1)
                    .with_help(help),
                );
            }
        }
    }
}

fn jobs(views: &Views, selection: &Selection) -> Vec<Job> {
    let (site, urls) = (views.site, views.urls);
    let all = matches!(selection, Selection::All);
    let home = selection.has(|s| matches!(s, Selection::Some { home: true, .. }));
    let mut jobs = Vec::new();
    if all {
        jobs.push(Job::NotFound);
    }
    if all && urls.has_landing() {
        jobs.push(Job::Landing);
    }
    for lang in Lang::ALL {
        if home {
            jobs.push(Job::Home(lang));
        }
        if all && site.config.search {
            jobs.push(Job::Search(lang));
        }
        for section in Section::ALL {
            let order = views.list(section);
            let pages = order.len().div_ceil(PAGE_SIZE).max(1);
            jobs.extend(
                (0..pages)
                    .filter(|&n| {
                        let on_page = order.iter().skip(n * PAGE_SIZE).take(PAGE_SIZE);
                        selection.has_section(section)
                            || on_page.clone().any(|&i| selection.has_record(i))
                    })
                    .map(|n| Job::Section(lang, section, n)),
            );
        }
        jobs.extend(
            (0..site.records.len())
                .filter(|&i| selection.has_record(i))
                .map(|i| Job::Record(lang, i)),
        );
    }
    jobs
}

/// The context every page of a language shares: the site and interface strings.
fn base_context(site: &SiteView, theme: &Theme, lang: Lang) -> Context {
    let mut context = Context::new();
    context.insert("site", site);
    context.insert("lang", lang.code());
    context.insert("i18n", &theme.strings[lang.index()]);
    context.insert("i18n_other", &theme.strings[lang.other().index()]);
    context
}

fn render_job(
    job: Job,
    views: &Views,
    intros: &BTreeMap<(Section, Lang), Rendered>,
    contexts: &mut [Context; 2],
) -> Done {
    let mut body = None;
    let (template, rel, lang, mut page) = match job {
        Job::Home(lang) => ("home.html", views.urls.home(lang), lang, home(views, lang)),
        Job::Section(lang, section, n) => {
            let rel = views.urls.section_page(lang, section, n);
            (
                "section.html",
                rel,
                lang,
                section_page(views, intros, lang, section, n),
            )
        }
        Job::Record(lang, i) => {
            let r = &views.site.records[i];
            let rel = views.urls.record(lang, r.section, &r.slug);
            let mut found = Vec::new();
            let text = r.text(lang).0;
            let mut rendered = markdown::render(text, lang, views.site, views.urls, &mut found);
            let html = std::mem::take(&mut rendered.html);
            body = Some(Body {
                record: i,
                lang,
                rendered,
                found,
            });
            (
                views.theme.record_template(r.section),
                rel,
                lang,
                record_page(views, html, lang, i),
            )
        }
        Job::Search(lang) => (
            "search.html",
            views.urls.search(lang),
            lang,
            search_page(views, lang),
        ),
        Job::NotFound => (
            "404.html",
            "404.html".to_string(),
            Lang::Zh,
            special(views, "404"),
        ),
        Job::Landing => (
            "landing.html",
            String::new(),
            Lang::Zh,
            special(views, "landing"),
        ),
    };
    views.complete(
        &mut page,
        match job {
            Job::Home(lang) => PageKind::Home(lang),
            Job::Section(lang, section, _) => PageKind::Section(lang, section),
            Job::Record(lang, i) => PageKind::Record(lang, i),
            Job::NotFound | Job::Landing | Job::Search(_) => PageKind::Special,
        },
    );
    let context = &mut contexts[lang.index()];
    context.insert("page", &page);
    let page = views
        .theme
        .tera
        .render(template, context)
        .map(|html| OutputFile {
            path: Urls::file_for(&rel),
            bytes: html.into_bytes(),
        })
        .map_err(|e| views.theme.render_error(template, &e));
    Done { page, body }
}

fn switch(views: &Views, lang: Lang, rel_other: String, translated: bool) -> Option<SwitchView> {
    let other = lang.other();
    Some(SwitchView {
        name: other.native_name(),
        lang_tag: other.tag(),
        url: views.urls.href(&rel_other),
        translated,
    })
}

fn home_crumb(views: &Views, lang: Lang) -> LinkView {
    LinkView {
        key: "home".into(),
        title: views.theme.string(lang, "home").to_string(),
        url: views.urls.href(&views.urls.home(lang)),
    }
}

fn home(views: &Views, lang: Lang) -> PageView {
    let urls = views.urls;
    let c = &views.site.config;
    let mut alternates = views.alternates(|l| urls.home(l), |_| true);
    if urls.has_landing() {
        alternates
            .last_mut()
            .expect("x-default is always there")
            .href = urls.permalink("");
    }
    let limits = [
        (Section::Parks, 12),
        (Section::Industries, 12),
        (Section::Initiatives, 6),
        (Section::News, 5),
    ];
    let sections = limits
        .into_iter()
        .map(|(section, limit)| views::RelationView {
            section: section.name(),
            title: views.theme.section_title(lang, section).to_string(),
            url: urls.href(&urls.section(lang, section)),
            items: views
                .list(section)
                .iter()
                .take(limit)
                .map(|&i| views.item(&views.site.records[i], lang))
                .collect(),
        })
        .filter(|s| !s.items.is_empty())
        .collect();
    PageView {
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
        switch: switch(views, lang, urls.home(lang.other()), true),
        sections,
        ..PageView::default()
    }
}

/// A section's records in list order: newest first for news and initiatives,
/// by slug otherwise.
fn sorted(site: &Site, section: Section) -> Vec<usize> {
    let mut items: Vec<usize> = site.section(section).map(|(i, _)| i).collect();
    if matches!(section, Section::News | Section::Initiatives) {
        items.sort_by(|&a, &b| {
            site.records[b]
                .date()
                .cmp(&site.records[a].date())
                .then(a.cmp(&b))
        });
    }
    items
}

fn section_page(
    views: &Views,
    intros: &BTreeMap<(Section, Lang), Rendered>,
    lang: Lang,
    section: Section,
    page: usize,
) -> PageView {
    let urls = views.urls;
    let intro = views.site.intros.get(&(section, lang));
    let section_title = views.theme.section_title(lang, section).to_string();
    let order = views.list(section);
    let pages = order.len().div_ceil(PAGE_SIZE).max(1);
    let rel = |l: Lang, n: usize| urls.section_page(l, section, n);
    let first = page == 0;
    PageView {
        kind: "section",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        title: intro.map_or_else(|| section_title.clone(), |t| t.front.title.clone()),
        summary: intro
            .and_then(|t| t.front.summary.clone())
            .unwrap_or_default(),
        url: urls.href(&rel(lang, page)),
        permalink: urls.permalink(&rel(lang, page)),
        section: Some(section.name()),
        section_title,
        content: intros
            .get(&(section, lang))
            .filter(|_| first)
            .map(|r| r.html.clone())
            .unwrap_or_default(),
        alternates: views.alternates(|l| rel(l, page), |_| true),
        switch: switch(views, lang, rel(lang.other(), page), true),
        breadcrumbs: vec![home_crumb(views, lang)],
        items: order
            .iter()
            .skip(page * PAGE_SIZE)
            .take(PAGE_SIZE)
            .map(|&i| views.item(&views.site.records[i], lang))
            .collect(),
        pagination: (pages > 1).then(|| views::PaginationView {
            current: page + 1,
            total: pages,
            previous: page.checked_sub(1).map(|n| urls.href(&rel(lang, n))),
            next: (page + 1 < pages).then(|| urls.href(&rel(lang, page + 1))),
            pages: (0..pages)
                .map(|n| views::PageLink {
                    number: n + 1,
                    url: urls.href(&rel(lang, n)),
                    current: n == page,
                })
                .collect(),
        }),
        ..PageView::default()
    }
}

fn record_page(views: &Views, content: String, lang: Lang, index: usize) -> PageView {
    let urls = views.urls;
    let record = &views.site.records[index];
    let (text, text_lang) = record.text(lang);
    let section = record.section;
    let translated = text_lang == lang;
    let date = record.date().filter(|_| section == Section::News);
    let section_crumb = LinkView {
        key: section.name().into(),
        title: views.theme.section_title(lang, section).to_string(),
        url: urls.href(&urls.section(lang, section)),
    };
    PageView {
        kind: "record",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: text_lang.tag(),
        translated,
        noindex: !translated,
        title: text.front.title.clone(),
        summary: text.front.summary.clone().unwrap_or_default(),
        url: urls.href(&urls.record(lang, section, &record.slug)),
        permalink: urls.permalink(&urls.record(lang, section, &record.slug)),
        section: Some(section.name()),
        section_title: section_crumb.title.clone(),
        slug: record.slug.clone(),
        content,
        date: date.map(|d| d.display(lang)).unwrap_or_default(),
        date_iso: date.map(|d| d.to_string()).unwrap_or_default(),
        alternates: views.alternates(
            |l| urls.record(l, section, &record.slug),
            |l| record.is_translated(l),
        ),
        switch: switch(
            views,
            lang,
            urls.record(lang.other(), section, &record.slug),
            record.is_translated(lang.other()),
        ),
        breadcrumbs: vec![home_crumb(views, lang), section_crumb],
        facts: views.facts(record.facts(), lang),
        relations: views.relations(record, lang),
        data: views.data(record, lang),
        ..PageView::default()
    }
}

/// A language's search page, for Pagefind's interface; not indexed itself.
fn search_page(views: &Views, lang: Lang) -> PageView {
    let urls = views.urls;
    let title = views.theme.string(lang, "search").to_string();
    PageView {
        kind: "search",
        lang: lang.code(),
        lang_tag: lang.tag(),
        text_lang_tag: lang.tag(),
        translated: true,
        noindex: true,
        title,
        url: urls.href(&urls.search(lang)),
        permalink: urls.permalink(&urls.search(lang)),
        alternates: views.alternates(|l| urls.search(l), |_| true),
        switch: switch(views, lang, urls.search(lang.other()), true),
        breadcrumbs: vec![home_crumb(views, lang)],
        ..PageView::default()
    }
}

/// The bilingual 404 and landing pages, which live outside both languages.
fn special(views: &Views, kind: &'static str) -> PageView {
    let urls = views.urls;
    let c = &views.site.config;
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
            let mut alternates = views.alternates(|l| urls.home(l), |_| true);
            alternates
                .last_mut()
                .expect("x-default is always there")
                .href = urls.permalink("");
            alternates
        } else {
            Vec::new()
        },
        switch: switch(views, Lang::Zh, urls.home(Lang::En), true),
        ..PageView::default()
    }
}
