//! Rendering: every page of the site, in both languages, and its feeds,
//! sitemap, robots.txt and open data, as files in memory. Pages render in
//! parallel, in batches handed on as they are done; templates are compiled
//! once. Rendering reads the validated site through a [`read::Reader`] and
//! reports template errors only: every content rule was checked before.

pub mod charts;
mod custom;
pub mod deps;
mod enrich;
pub mod escape;
pub mod feeds;
mod govmeta;
mod hant;
mod items;
pub mod jsonld;
pub mod map;
pub mod opendata;
pub mod pages;
mod policy;
pub mod read;
mod site_view;
mod sitemap_page;
pub mod theme;
pub mod view;

use std::collections::HashSet;

use rayon::prelude::*;
use tera::Context;

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::model::Site;
use crate::output::OutputFile;
use crate::section::Section;
use crate::urls::Urls;
use deps::{Dep, Template};
use read::Reader;
use theme::Theme;
use view::PageView;

/// One output of the site: a page, or a machine-readable file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// The bilingual 404 page.
    NotFound,
    /// The bilingual landing page at `/`, when Chinese lives under `/zh/`.
    Landing,
    /// A language's home page.
    Home(Lang),
    /// A language's search page.
    Search(Lang),
    /// A language's site map for visitors.
    SiteMap(Lang),
    /// Page `n` (from 0) of a section's list.
    List(Lang, Section, usize),
    /// A policy section's browse page.
    Browse(Lang, Section),
    /// A record's page, by its index in the site.
    Record(Lang, usize),
    /// A language's Atom feed.
    Feed(Lang),
    /// The sitemap.
    Sitemap,
    /// robots.txt.
    Robots,
    /// A section's open data, JSON and CSV.
    OpenData(Section),
    /// The theme's stylesheets under their fingerprinted names.
    Assets,
}

impl Page {
    /// Whether the page is an HTML page a visitor reads (rather than data).
    pub fn is_html(self) -> bool {
        !matches!(
            self,
            Page::Feed(_) | Page::Sitemap | Page::Robots | Page::OpenData(_) | Page::Assets
        )
    }
}

/// Every page of `site`, in the order they render.
pub fn pages(site: &Site, urls: &Urls) -> Vec<Page> {
    let mut pages = vec![Page::NotFound];
    if urls.has_landing() {
        pages.push(Page::Landing);
    }
    for lang in Lang::ALL {
        pages.push(Page::Home(lang));
        if site.config.search {
            pages.push(Page::Search(lang));
        }
        pages.push(Page::SiteMap(lang));
        for &section in site.config.sections.all() {
            let count = pages::page_count(section, site.count(section));
            pages.extend((0..count).map(|n| Page::List(lang, section, n)));
            if section.kind() == crate::section::Kind::Policy {
                pages.push(Page::Browse(lang, section));
            }
        }
        pages.extend((0..site.records.len()).map(|i| Page::Record(lang, i)));
    }
    pages.extend(Lang::ALL.map(Page::Feed));
    pages.extend([Page::Sitemap, Page::Robots]);
    pages.extend(
        site.config
            .sections
            .all()
            .iter()
            .map(|&s| Page::OpenData(s)),
    );
    pages.push(Page::Assets);
    pages
}

/// Which pages a render produces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Selection {
    /// Every page.
    #[default]
    All,
    /// These pages only.
    Only(HashSet<Page>),
}

impl Selection {
    fn has(&self, page: &Page) -> bool {
        match self {
            Selection::All => true,
            Selection::Only(pages) => pages.contains(page),
        }
    }
}

/// One page rendered: its files and, when asked for, what it read.
#[derive(Debug)]
pub struct Rendered {
    /// The page.
    pub page: Page,
    /// Its files (an HTML page has one; open data two).
    pub files: Vec<OutputFile>,
    /// What it read, sorted; empty unless recording.
    pub deps: Vec<Dep>,
}

/// What every job of a render shares.
struct Env<'a> {
    site: &'a Site,
    theme: &'a Theme,
    urls: &'a Urls,
    recording: bool,
    /// What every page of a language reads through its shared context.
    base_deps: [Vec<Dep>; 2],
    /// The converter of the Traditional pages, when the site has them.
    hant: Option<hant::Converter>,
}

impl Env<'_> {
    fn reader(&self) -> Reader<'_> {
        Reader::new(self.site, self.theme, self.urls, self.recording)
    }
}

/// How many pages render before they are handed on: enough to keep every core
/// busy, few enough that the whole site never sits in memory at once.
const BATCH: usize = 512;

/// Renders the pages `selection` names, handing them to `sink` in batches as
/// they are done; `recording` notes what each page read.
pub fn render(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    selection: &Selection,
    recording: bool,
    diags: &mut Diagnostics,
    sink: &mut (dyn FnMut(Vec<Rendered>) + Send),
) {
    let mut env = Env {
        site,
        theme,
        urls,
        recording,
        base_deps: Default::default(),
        hant: site
            .config
            .traditional
            .then(|| hant::Converter::new(&site.glossary)),
    };
    let contexts = Lang::ALL.map(|lang| {
        let read = env.reader();
        let context = base_context(&read, lang);
        (context, read.into_deps())
    });
    let [(zh, zh_deps), (en, en_deps)] = contexts;
    env.base_deps = [zh_deps, en_deps];
    let contexts = [zh, en];
    let jobs: Vec<Page> = pages(site, urls)
        .into_iter()
        .filter(|p| selection.has(p))
        .collect();
    let mut errors = Vec::new();
    for batch in jobs.chunks(BATCH) {
        let done: Vec<Result<Rendered, Diagnostic>> = batch
            .par_iter()
            // Each worker renders into its own copy of the shared contexts,
            // replacing only the page: copying the site and interface strings
            // for every page cost a tenth of the render.
            .map_init(
                || contexts.clone(),
                |contexts, &page| render_page(page, &env, contexts),
            )
            .collect();
        let mut rendered = Vec::with_capacity(done.len());
        for result in done {
            match result {
                Ok(page) => rendered.push(page),
                Err(d) => errors.push(d),
            }
        }
        sink(rendered);
    }
    // The same template error breaks many pages; report it once.
    let mut seen = HashSet::new();
    for d in errors {
        if seen.insert((d.path.clone(), d.pos, d.message.clone())) {
            diags.push(d);
        }
    }
}

/// Renders the whole site into memory.
pub fn render_all(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let mut files = Vec::new();
    render(
        site,
        theme,
        urls,
        &Selection::All,
        false,
        diags,
        &mut |batch| {
            files.extend(batch.into_iter().flat_map(|r| r.files));
        },
    );
    files
}

/// The context every page of a language shares: the site and interface strings.
fn base_context(read: &Reader, lang: Lang) -> Context {
    let mut context = Context::new();
    context.insert("site", &site_view::site_view(read, lang));
    context.insert("lang", lang.code());
    context.insert("i18n", read.strings(lang));
    context.insert("i18n_other", read.strings(lang.other()));
    context
}

fn render_page(page: Page, env: &Env, contexts: &mut [Context; 2]) -> Result<Rendered, Diagnostic> {
    let read = env.reader();
    let files = match page {
        Page::Feed(lang) => {
            let feed = feeds::feed(&read, lang);
            let twin = (lang == Lang::Zh)
                .then(|| twin(env, &read, &feed, None))
                .flatten();
            [Some(feed), twin].into_iter().flatten().collect()
        }
        Page::Sitemap => vec![feeds::sitemap(&read)],
        Page::Robots => vec![feeds::robots(&read)],
        Page::OpenData(section) => opendata::files(&read, section),
        Page::Assets => read
            .assets()
            .iter()
            .map(|a| OutputFile {
                path: a.path.clone(),
                bytes: a.bytes.clone(),
            })
            .collect(),
        _ => {
            let (lang, template, path, mut view) = html_page(&read, page);
            let here = match view.permalink.as_str() {
                "" => env.urls.permalink(&env.urls.home(lang)),
                url => url.to_string(),
            };
            view.report_url = govmeta::report_url(&read.config().footer.site_code, &here);
            let switch = hant_switch(env, lang, &path, &view);
            if let Some(switch) = &switch {
                view.variant_link = switch.to_hant.clone();
            }
            read.template(template);
            let context = &mut contexts[lang.index()];
            context.insert("page", &view);
            let name = template.file();
            let html = env
                .theme
                .tera
                .render(&name, context)
                .map_err(|e| env.theme.render_error(&name, &e))?;
            let mut files = vec![OutputFile {
                path: Urls::file_for(&path),
                bytes: html.into_bytes(),
            }];
            if lang == Lang::Zh
                && switch.is_some()
                && let Some(twin) = twin(env, &read, &files[0], switch.as_ref())
            {
                files.push(twin);
            }
            let mut deps = read.into_deps();
            if env.recording {
                deps.extend(&env.base_deps[lang.index()]);
                deps.sort_unstable();
                deps.dedup();
            }
            return Ok(Rendered { page, files, deps });
        }
    };
    Ok(Rendered {
        page,
        files,
        deps: read.into_deps(),
    })
}

/// The links between a page's Chinese version and its Traditional twin,
/// when the site has Traditional pages: every Chinese page has a twin (one
/// showing English text too, since links lead to it); an English page links
/// to the twin of its Chinese version when that is written in Chinese.
fn hant_switch(env: &Env, lang: Lang, path: &str, view: &PageView) -> Option<hant::Switch> {
    env.hant.as_ref()?;
    if matches!(view.kind, "404" | "landing") {
        return None;
    }
    let rel = match lang {
        Lang::Zh => path,
        Lang::En => {
            let hans = view
                .alternates
                .iter()
                .find(|a| a.hreflang == Lang::Zh.tag())?;
            hans.href.strip_prefix(&env.urls.permalink(""))?
        }
    };
    let twin = hant::twin_path(rel, env.urls.lang_dir(Lang::Zh))?;
    Some(hant::Switch::new(
        &env.urls.href(rel),
        &env.urls.href(&twin),
    ))
}

/// The Traditional twin of a Chinese page or feed, when the site has them.
fn twin(
    env: &Env,
    read: &Reader,
    file: &OutputFile,
    switch: Option<&hant::Switch>,
) -> Option<OutputFile> {
    let conv = env.hant.as_ref()?;
    read.glossary();
    let urls = read.urls();
    let zh_dir = urls.lang_dir(Lang::Zh);
    let path = hant::twin_path(&file.path, zh_dir)?;
    let base = &read.config().base_url;
    let links = hant::Links {
        base_path: &base.path,
        origin: &base.origin,
        zh_dir,
    };
    let text = std::str::from_utf8(&file.bytes).ok()?;
    let bytes = hant::page(text, &links, conv, switch).into_bytes();
    Some(OutputFile { path, bytes })
}

/// An HTML page's language (of its shared context), template, path and view.
fn html_page(read: &Reader, page: Page) -> (Lang, Template, String, PageView) {
    let urls = read.urls();
    match page {
        Page::Home(lang) => (
            lang,
            Template::Home,
            urls.home(lang),
            pages::home(read, lang),
        ),
        Page::Search(lang) => (
            lang,
            Template::Search,
            urls.search(lang),
            pages::search(read, lang),
        ),
        Page::List(lang, section, n) => (
            lang,
            Template::Section,
            urls.section_page(lang, section, n),
            pages::section_page(read, lang, section, n),
        ),
        Page::SiteMap(lang) => (
            lang,
            Template::SiteMap,
            urls.sitemap_page(lang),
            sitemap_page::page(read, lang),
        ),
        Page::Browse(lang, section) => (
            lang,
            Template::Browse,
            urls.browse(lang, section),
            policy::browse_page(read, lang, section),
        ),
        Page::Record(lang, i) => {
            let rec = read.record(i);
            let path = urls.record(lang, rec.section(), rec.slug());
            let template = read.record_template(rec.section());
            (lang, template, path, pages::record(read, lang, i))
        }
        Page::Landing => (
            Lang::Zh,
            Template::Landing,
            String::new(),
            pages::special(read, "landing"),
        ),
        _ => (
            Lang::Zh,
            Template::NotFound,
            "404.html".into(),
            pages::special(read, "404"),
        ),
    }
}

#[cfg(test)]
mod tests;
