//! The validated site: every record with its data and texts, every reference
//! resolved, every fact's source known. Built once from what `content` parsed;
//! everything after this stage can trust it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use crate::content::{Data, FileKind, Parsed, Text};
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::i18n::{Label, Lang};
use crate::schema::{Fact, Footer, SiteFile, Source};
use crate::section::Section;
use crate::urls::BaseUrl;
use crate::yaml;

/// What a build is asked to do beyond the content itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Build texts marked `draft: true`.
    pub drafts: bool,
    /// Publish under this URL instead of `site.yaml`'s `base_url`.
    pub base_url: Option<String>,
    /// Leave out the search index (and the search page and box).
    pub no_search: bool,
    /// Render the search page and box but leave indexing to the caller
    /// (`serve` indexes beside the server; `check` needs no index).
    pub defer_index: bool,
    /// Leave the feeds, sitemap and open data to the caller (`serve` serves
    /// the pages first, then makes them with `render::machine_readable`).
    pub defer_data: bool,
}

/// An entry of the main menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuEntry {
    /// A section's list page.
    Section(Section),
    /// A page record, by index.
    Page(usize),
}

/// The validated `site.yaml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The zone's full name.
    pub name: Label,
    /// Its short name (the full name when none is given).
    pub short_name: Label,
    /// One or two sentences about the zone.
    pub description: Label,
    /// Where the site is published.
    pub base_url: BaseUrl,
    /// The theme directory's name.
    pub theme: String,
    /// Whether Chinese lives under `/zh/`.
    pub default_language_in_subdir: bool,
    /// Whether raw HTML in Markdown is trusted.
    pub trusted_html: bool,
    /// Whether the site has a search index, page and box.
    pub search: bool,
    /// The zone's key figures.
    pub facts: Vec<Fact>,
    /// The sources facts cite, in the order given.
    pub sources: Vec<Source>,
    /// The main menu.
    pub menu: Vec<MenuEntry>,
    /// The footer's filing details.
    pub footer: Footer,
}

/// One record: a park, an industry, a news item…
#[derive(Debug, Clone)]
pub struct Record {
    /// Its section.
    pub section: Section,
    /// Its slug.
    pub slug: String,
    /// Its shared data.
    pub data: Data,
    /// Its data file's path and text, when it has one, for locating errors.
    pub data_file: Option<DataFile>,
    /// Its text in each language, indexed by `Lang::index`; at least one is present.
    pub texts: [Option<Text>; 2],
    /// The records it refers to or that refer to it, sorted by section and slug.
    pub related: Vec<usize>,
}

impl Record {
    /// The text to show in `lang`: its own, or the other language's when it is
    /// not translated, with the language the text is in.
    pub fn text(&self, lang: Lang) -> (&Text, Lang) {
        match &self.texts[lang.index()] {
            Some(text) => (text, lang),
            None => (
                self.texts[lang.other().index()]
                    .as_ref()
                    .expect("a record has text in one language at least"),
                lang.other(),
            ),
        }
    }

    /// Whether the record is written in `lang`.
    pub fn is_translated(&self, lang: Lang) -> bool {
        self.texts[lang.index()].is_some()
    }

    /// The record's figures.
    pub fn facts(&self) -> &[Fact] {
        match &self.data {
            Data::Park(d) => &d.facts,
            Data::Industry(d) => &d.facts,
            Data::Initiative(d) => &d.facts,
            Data::Enterprise(d) => &d.facts,
            Data::Page(d) => &d.facts,
            Data::News(_) => &[],
        }
    }

    /// The date the record is listed by: a news item's date, an initiative's start.
    pub fn date(&self) -> Option<crate::schema::PartialDate> {
        match &self.data {
            Data::Initiative(d) => d
                .started
                .or_else(|| self.facts().iter().map(|f| f.as_of).max()),
            _ => self.texts.iter().flatten().find_map(|t| t.front.date),
        }
    }
}

/// The references a record's data makes: (field, target section, slug).
fn references(data: &Data) -> Vec<(&'static str, Section, &str)> {
    fn add<'a>(
        refs: &mut Vec<(&'static str, Section, &'a str)>,
        field: &'static str,
        section: Section,
        slugs: &'a [String],
    ) {
        refs.extend(slugs.iter().map(|s| (field, section, s.as_str())));
    }
    let mut refs = Vec::new();
    let r = &mut refs;
    match data {
        Data::Park(d) => add(r, "industries", Section::Industries, &d.industries),
        Data::Industry(_) | Data::Page(_) => {}
        Data::Initiative(d) => {
            add(r, "parks", Section::Parks, &d.parks);
            add(r, "industries", Section::Industries, &d.industries);
            add(r, "enterprises", Section::Enterprises, &d.enterprises);
        }
        Data::Enterprise(d) => {
            add(r, "park", Section::Parks, d.park.as_slice());
            add(r, "industries", Section::Industries, &d.industries);
        }
        Data::News(d) => {
            add(r, "parks", Section::Parks, &d.parks);
            add(r, "industries", Section::Industries, &d.industries);
            add(r, "initiatives", Section::Initiatives, &d.initiatives);
            add(r, "enterprises", Section::Enterprises, &d.enterprises);
        }
    }
    refs
}

/// The whole validated site.
#[derive(Debug, Clone)]
pub struct Site {
    /// `site.yaml`.
    pub config: Config,
    /// Every published record, sorted by section and slug.
    pub records: Vec<Record>,
    /// Section introductions by section and language.
    pub intros: BTreeMap<(Section, Lang), Text>,
    /// Proper names in both languages.
    pub glossary: Vec<Label>,
}

impl Site {
    /// The index of the record `section/slug`.
    pub fn find(&self, section: Section, slug: &str) -> Option<usize> {
        self.records
            .binary_search_by(|r| (r.section, r.slug.as_str()).cmp(&(section, slug)))
            .ok()
    }

    /// The records of one section, in slug order.
    pub fn section(&self, section: Section) -> impl Iterator<Item = (usize, &Record)> {
        let start = self.records.partition_point(|r| r.section < section);
        self.records[start..]
            .iter()
            .take_while(move |r| r.section == section)
            .enumerate()
            .map(move |(i, r)| (start + i, r))
    }

    /// The source a fact cites.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.config.sources.iter().find(|s| s.id == id)
    }
}

/// A data file's path and text, for locating errors.
pub type DataFile = (Arc<Path>, Arc<str>);

/// A record as its files give it, before validation.
#[derive(Default)]
struct Draft {
    data: Option<(Data, Arc<Path>, Arc<str>)>,
    texts: [Option<Text>; 2],
    drafts: [Option<Arc<Path>>; 2],
}

/// Builds the validated site from the parsed files, reporting every problem.
pub fn build(parsed: Vec<Parsed>, options: &Options, diags: &mut Diagnostics) -> Option<Site> {
    let mut site_file = None;
    let mut glossary = Vec::new();
    let mut drafts: BTreeMap<(Section, String), Draft> = BTreeMap::new();
    let mut intros = BTreeMap::new();
    let mut failed = Vec::new();
    for item in parsed {
        match item {
            Parsed::Failed(kind) => failed.push(kind),
            Parsed::Site(file, src) => site_file = Some((file, src)),
            Parsed::Glossary(terms) => glossary = terms,
            Parsed::Data(section, slug, data, path, src) => {
                drafts.entry((section, slug)).or_default().data = Some((data, path, src));
            }
            Parsed::Text(section, slug, lang, text) => {
                let entry = drafts.entry((section, slug)).or_default();
                if text.front.draft && !options.drafts {
                    entry.drafts[lang.index()] = Some(text.path.clone());
                } else {
                    entry.texts[lang.index()] = Some(text);
                }
            }
            Parsed::Intro(section, lang, text) => {
                if !text.front.draft || options.drafts {
                    intros.insert((section, lang), text);
                }
            }
        }
    }
    let Some((site_file, site_src)) = site_file else {
        if failed.contains(&FileKind::Site) {
            return None;
        }
        diags.push(
            Diagnostic::error("content/site.yaml", "the site has no content/site.yaml")
                .with_help("create it with at least `name`, `description` and `base_url`"),
        );
        return None;
    };

    // A record with a file that failed to parse is left out, silently: its
    // error is reported, and its absence would only add noise.
    let broken: BTreeSet<(Section, String)> = failed
        .into_iter()
        .filter_map(|kind| match kind {
            FileKind::Data(section, slug) | FileKind::Text(section, slug, _) => {
                Some((section, slug))
            }
            _ => None,
        })
        .collect();
    let mut records = Vec::new();
    for ((section, slug), draft) in drafts {
        if broken.contains(&(section, slug.clone())) {
            continue;
        }
        if let Some(record) = assemble(section, slug, draft, diags) {
            records.push(record);
        }
    }
    let config = validate_config(*site_file, &site_src, options, &records, diags);
    let mut site = Site {
        config,
        records,
        intros,
        glossary,
    };
    check_facts(&site, &site_src, diags);
    link_records(&mut site, &broken, diags);
    Some(site)
}

/// Puts a record's files together; `None` when it has nothing to publish.
fn assemble(
    section: Section,
    slug: String,
    draft: Draft,
    diags: &mut Diagnostics,
) -> Option<Record> {
    let dir = format!("content/{}", section.name());
    let has_text = draft.texts.iter().any(Option::is_some);
    if !has_text {
        if draft.drafts.iter().any(Option::is_some) {
            return None;
        }
        let path: Arc<Path> = match &draft.data {
            Some(d) => d.1.clone(),
            None => Path::new(&format!("{dir}/{slug}.yaml")).into(),
        };
        diags.push(
            Diagnostic::error(
                path,
                format!("the {} `{slug}` has data but no text", section.singular()),
            )
            .with_help(format!(
                "add {dir}/{slug}.zh.md (and {slug}.en.md) with a title and a summary"
            )),
        );
        return None;
    }
    let data_file = draft
        .data
        .as_ref()
        .map(|(_, path, src)| (path.clone(), src.clone()));
    let data = match draft.data {
        Some((data, _, _)) => data,
        None if section.requires_data() => {
            let text_path = draft
                .texts
                .iter()
                .flatten()
                .next()
                .map(|t| t.path.clone())?;
            diags.push(
                Diagnostic::error(
                    text_path,
                    format!("the {} `{slug}` has no data file", section.singular()),
                )
                .with_help(format!(
                    "add {dir}/{slug}.yaml with the record's data (see docs/content-format.md)"
                )),
            );
            return None;
        }
        None if section == Section::News => Data::News(Default::default()),
        None => Data::Page(Default::default()),
    };
    if section == Section::News {
        check_news_dates(&draft.texts, diags);
    } else {
        for text in draft.texts.iter().flatten() {
            if text.front.date.is_some() {
                let (at, len) = yaml::locate(&text.source, "date", |_| true).unwrap_or((0, 1));
                diags.push(
                    Diagnostic::error(&*text.path, format!("only news items have a date; this is a {}", section.singular()))
                        .at_offset(&text.source, at, len)
                        .with_help("remove the `date` line; dates of initiatives go in `started` in the data file"),
                );
            }
        }
    }
    Some(Record {
        section,
        slug,
        data,
        data_file,
        texts: draft.texts,
        related: Vec::new(),
    })
}

/// A news item needs a full date, the same in both languages.
fn check_news_dates(texts: &[Option<Text>; 2], diags: &mut Diagnostics) {
    for text in texts.iter().flatten() {
        match text.front.date {
            None => diags.push(
                Diagnostic::error(&*text.path, "a news item needs a date")
                    .at_offset(&text.source, 0, 3)
                    .with_help("add `date: YYYY-MM-DD` to the front matter"),
            ),
            Some(d) if !d.is_full() => {
                let (at, len) = yaml::locate(&text.source, "date", |_| true).unwrap_or((0, 1));
                diags.push(
                    Diagnostic::error(
                        &*text.path,
                        format!("a news item's date needs a day: `{d}`"),
                    )
                    .at_offset(&text.source, at, len)
                    .with_help("write the full date, YYYY-MM-DD"),
                );
            }
            Some(_) => {}
        }
    }
    if let [Some(zh), Some(en)] = texts
        && let (Some(a), Some(b)) = (zh.front.date, en.front.date)
        && a != b
    {
        let (at, len) = yaml::locate(&en.source, "date", |_| true).unwrap_or((0, 1));
        diags.push(
            Diagnostic::error(
                &*en.path,
                format!("the date {b} differs from the Chinese text's {a}"),
            )
            .at_offset(&en.source, at, len)
            .with_help("both languages of a news item carry the same date"),
        );
    }
}

/// Whether `name` can name a directory under `themes/` and nothing else.
pub fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn validate_config(
    file: SiteFile,
    src: &str,
    options: &Options,
    records: &[Record],
    diags: &mut Diagnostics,
) -> Config {
    let path = Path::new("content/site.yaml");
    let base_url = match &options.base_url {
        Some(url) => BaseUrl::parse(url).unwrap_or_else(|msg| {
            diags.push(Diagnostic::error("--base-url", msg).with_help("pass the address the site will be published at"));
            BaseUrl { origin: String::new(), path: "/".into() }
        }),
        None => BaseUrl::parse(&file.base_url).unwrap_or_else(|msg| {
            let (at, len) = yaml::locate(src, "base_url", |_| true).unwrap_or((0, 1));
            diags.push(
                Diagnostic::error(path, msg)
                    .at_offset(src, at, len)
                    .with_help("set base_url to the address the site will be published at, or pass --base-url"),
            );
            BaseUrl { origin: String::new(), path: "/".into() }
        }),
    };
    if !is_theme_name(&file.theme) {
        let (at, len) = yaml::locate(src, "theme", |_| true).unwrap_or((0, 1));
        diags.push(
            Diagnostic::error(path, format!("`{}` is not a theme name", file.theme))
                .at_offset(src, at, len)
                .with_help(
                    "name a directory under themes/, e.g. `default`: letters, digits, - and _ only",
                ),
        );
    }
    let mut seen = BTreeMap::new();
    for source in &file.sources {
        if seen.insert(source.id.as_str(), ()).is_some() {
            let (at, len) = yaml::locate(src, "id", |v| v == source.id).unwrap_or((0, 1));
            diags.push(
                Diagnostic::error(path, format!("two sources have the id `{}`", source.id))
                    .at_offset(src, at, len)
                    .with_help("give each source its own id"),
            );
        }
    }
    let menu = match &file.menu {
        None => Section::ALL[..5]
            .iter()
            .map(|&s| MenuEntry::Section(s))
            .collect(),
        Some(items) => items
            .iter()
            .filter_map(|item| {
                if let Some(section) = Section::from_name(item) {
                    return Some(MenuEntry::Section(section));
                }
                let page = records
                    .binary_search_by(|r| (r.section, r.slug.as_str()).cmp(&(Section::Pages, item)))
                    .ok();
                if page.is_none() {
                    let pages = records
                        .iter()
                        .filter(|r| r.section == Section::Pages)
                        .map(|r| r.slug.as_str());
                    let names: Vec<&str> =
                        Section::ALL.iter().map(|s| s.name()).chain(pages).collect();
                    let (at, len) = yaml::locate(src, "menu", |v| v == item).unwrap_or((0, 1));
                    let mut d = Diagnostic::error(
                        path,
                        format!("the menu names `{item}`, which is neither a section nor a page"),
                    )
                    .at_offset(src, at, len);
                    d = match did_you_mean(item, names.iter().copied()) {
                        Some(best) => d.with_help(format!("did you mean `{best}`?")),
                        None => {
                            d.with_help(format!("name a section or a page: {}", names.join(", ")))
                        }
                    };
                    diags.push(d);
                }
                page.map(MenuEntry::Page)
            })
            .collect(),
    };
    Config {
        short_name: file.short_name.unwrap_or_else(|| file.name.clone()),
        name: file.name,
        description: file.description,
        base_url,
        theme: file.theme,
        default_language_in_subdir: file.default_language_in_subdir,
        trusted_html: file.trusted_html,
        search: !options.no_search,
        facts: file.facts,
        sources: file.sources,
        menu,
        footer: file.footer,
    }
}

/// Every fact's value is a finite, non-negative number and its source exists.
fn check_facts(site: &Site, site_src: &str, diags: &mut Diagnostics) {
    let path = Path::new("content/site.yaml");
    check_file_facts(site, path, site_src, &site.config.facts, diags);
    for record in &site.records {
        if let Some((path, src)) = &record.data_file {
            check_file_facts(site, path, src, record.facts(), diags);
        }
    }
}

/// Every fact of one file is a finite, non-negative number from a known source.
fn check_file_facts(site: &Site, path: &Path, src: &str, facts: &[Fact], diags: &mut Diagnostics) {
    let ids: Vec<&str> = site.config.sources.iter().map(|s| s.id.as_str()).collect();
    for fact in facts {
        if !fact.value.is_finite() || fact.value < 0.0 {
            let bad = |v: &str| {
                v.starts_with('-')
                    || v.to_ascii_lowercase().contains("inf")
                    || v.to_ascii_lowercase().contains("nan")
            };
            let (at, len) = yaml::locate(src, "value", bad).unwrap_or((0, 1));
            diags.push(
                    Diagnostic::error(path, format!("a fact's value must be a finite number of zero or more, not {}", fact.value))
                        .at_offset(src, at, len)
                        .with_help("write the figure as the source gives it; a decrease is stated in the label, e.g. {zh: 下降, en: decrease}"),
                );
        }
        if !ids.contains(&fact.source.as_str()) {
            let (at, len) = yaml::locate(src, "source", |v| v == fact.source).unwrap_or((0, 1));
            let help = match did_you_mean(&fact.source, ids.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None if ids.is_empty() => {
                    "add the source to `sources` in content/site.yaml".to_string()
                }
                None => format!(
                    "cite one of the sources in content/site.yaml: {}",
                    ids.join(", ")
                ),
            };
            diags.push(
                Diagnostic::error(path, format!("unknown source `{}`", fact.source))
                    .at_offset(src, at, len)
                    .with_help(help),
            );
        }
    }
}

/// Gives record `index` the data of its edited data file in place of
/// assembling the whole site again: checks the file's facts and references
/// and updates the relations it changes, both ways. Returns the data and file
/// it replaced, which a second call puts back.
pub fn replace_data(
    site: &mut Site,
    index: usize,
    data: Data,
    file: DataFile,
    diags: &mut Diagnostics,
) -> (Data, Option<DataFile>) {
    let before = targets(site, index);
    let record = &mut site.records[index];
    let old = (
        std::mem::replace(&mut record.data, data),
        record.data_file.replace(file.clone()),
    );
    let (path, src) = file;
    check_file_facts(site, &path, &src, site.records[index].facts(), diags);
    for (field, section, slug) in references(&site.records[index].data) {
        if site.find(section, slug).is_none() {
            diags.push(unknown_reference(site, &path, &src, field, section, slug));
        }
    }
    let after = targets(site, index);
    for &t in before.iter().filter(|t| !after.contains(t)) {
        if !targets(site, t).contains(&index) {
            site.records[t].related.retain(|&r| r != index);
        }
    }
    for &t in after.iter().filter(|t| !before.contains(t)) {
        let related = &mut site.records[t].related;
        if let Err(at) = related.binary_search(&index) {
            related.insert(at, index);
        }
    }
    // Its own: what it refers to now, and what still refers to it.
    let mut related: Vec<usize> = site.records[index]
        .related
        .iter()
        .copied()
        .filter(|&r| targets(site, r).contains(&index))
        .chain(after)
        .collect();
    related.sort_unstable();
    related.dedup();
    site.records[index].related = related;
    old
}

/// The records that record `index`'s data refers to, itself left out.
fn targets(site: &Site, index: usize) -> Vec<usize> {
    references(&site.records[index].data)
        .into_iter()
        .filter_map(|(_, section, slug)| site.find(section, slug))
        .filter(|&to| to != index)
        .collect()
}

/// Resolves every reference between records and records both directions.
fn link_records(site: &mut Site, broken: &BTreeSet<(Section, String)>, diags: &mut Diagnostics) {
    let mut edges = Vec::new();
    for (from, record) in site.records.iter().enumerate() {
        let Some((path, src)) = &record.data_file else {
            continue;
        };
        for (field, section, slug) in references(&record.data) {
            match site.find(section, slug) {
                Some(to) if to != from => edges.push((from, to)),
                Some(_) => {}
                None if broken.contains(&(section, slug.to_string())) => {}
                None => diags.push(unknown_reference(site, path, src, field, section, slug)),
            }
        }
    }
    for (from, to) in edges {
        site.records[from].related.push(to);
        site.records[to].related.push(from);
    }
    for record in &mut site.records {
        record.related.sort_unstable();
        record.related.dedup();
    }
}

fn unknown_reference(
    site: &Site,
    path: &Path,
    src: &str,
    field: &str,
    section: Section,
    slug: &str,
) -> Diagnostic {
    let (at, len) = yaml::locate(src, field, |v| v == slug).unwrap_or((0, 1));
    let kind = section.singular();
    let elsewhere = Section::ALL
        .into_iter()
        .find(|&s| site.find(s, slug).is_some());
    let diag = match elsewhere {
        Some(other) => Diagnostic::error(
            path,
            format!(
                "`{slug}` is a{} {}, not a{} {kind}",
                article(other.singular()),
                other.singular(),
                article(kind)
            ),
        )
        .with_help(format!(
            "`{field}` lists {}; move `{slug}` to the field for {}",
            section.name(),
            other.name()
        )),
        None => {
            let slugs = site.section(section).map(|(_, r)| r.slug.as_str());
            let diag = Diagnostic::error(path, format!("there is no {kind} `{slug}`"));
            match did_you_mean(slug, slugs) {
                Some(best) => diag.with_help(format!("did you mean `{best}`?")),
                None => diag.with_help(format!(
                    "add content/{}/{slug}.yaml, or name one of the records in content/{}/",
                    section.name(),
                    section.name()
                )),
            }
        }
    };
    diag.at_offset(src, at, len)
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "n"
    } else {
        ""
    }
}
