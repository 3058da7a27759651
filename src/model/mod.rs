//! The validated site: every record with its data and texts, every reference
//! resolved, every link and anchor checked, every fact's source known. This is
//! the one validation stage: `build`, `check` and `serve` all run it on the
//! parsed files, and everything after it (rendering) can trust the site.

mod assemble;
mod config;
mod figures;
mod links;
mod order;
mod policy;
mod relations;

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::Arc;

use crate::content::{Data, Parsed, Text};
use crate::diag::Diagnostics;
use crate::i18n::{Label, Lang};
use crate::schema::{Fact, Footer, Location, PartialDate, Photo, SiteUnit, Source, Status};
use crate::section::fields::Value;
use crate::section::{Section, Sections};
pub use crate::urls::BaseUrl;

pub use config::is_theme_name;
pub use order::SortKey;

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
    /// Name the files of records' images without making them (`check`,
    /// which writes nothing, not even the image cache).
    pub plan_media: bool,
    /// Hold the site to the government-portal profile whatever `site.yaml`
    /// says (`check --profile gov`).
    pub gov: bool,
}

/// An entry of the main menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuEntry {
    /// A section's list page.
    Section(Section),
    /// A page record, by its section and slug.
    Page(Section, String),
    /// A page of another site.
    External(Label, String),
}

/// The validated `site.yaml`.
#[derive(Debug, Clone, PartialEq)]
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
    /// Whether Traditional Chinese twins of the Chinese pages are written.
    pub traditional: bool,
    /// Whether the site has a search index, page and box.
    pub search: bool,
    /// The zone's key figures.
    pub facts: Vec<Fact>,
    /// The sources facts cite, in the order given.
    pub sources: Vec<Source>,
    /// The site's own units, beyond the built-in ones.
    pub units: Vec<SiteUnit>,
    /// The main menu.
    pub menu: Vec<MenuEntry>,
    /// The site's sections, in order.
    pub sections: Sections,
    /// The footer's filing details.
    pub footer: Footer,
    /// Whether the site is held to the government-portal profile.
    pub gov: bool,
    /// Records' images and attachments.
    pub media: crate::media::Settings,
}

/// One record: a park, an industry, a news item…
///
/// Its data and texts are shared, not copied, between the sites that `serve`
/// validates one after the other, so that telling what an edit changed can
/// start by comparing pointers.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its section.
    pub section: Section,
    /// Its slug.
    pub slug: String,
    /// Its shared data.
    pub data: Arc<Data>,
    /// Its data file's path and text, when it has one, for locating errors.
    pub data_file: Option<DataFile>,
    /// Its text in each language, indexed by `Lang::index`; at least one is present.
    pub texts: [Option<Arc<Text>>; 2],
    /// The files of its folder (images, attachments), in path order.
    pub files: Arc<[Arc<crate::media::Asset>]>,
    /// The records it refers to or that refer to it, sorted by section and slug.
    pub related: Vec<usize>,
    /// Where it stands in its section's lists, by `Lang::index`.
    pub order: [SortKey; 2],
}

impl Record {
    /// The text to show in `lang`: its own, or the other language's when it is
    /// not translated, with the language the text is in.
    pub fn text(&self, lang: Lang) -> (&Text, Lang) {
        match &self.texts[lang.index()] {
            Some(text) => (text, lang),
            None => (
                self.texts[lang.other().index()]
                    .as_deref()
                    .expect("a record has text in one language at least"),
                lang.other(),
            ),
        }
    }

    /// The title to show in `lang`, with the language it is in.
    pub fn title(&self, lang: Lang) -> (&str, Lang) {
        let (text, in_lang) = self.text(lang);
        (&text.front.title, in_lang)
    }

    /// The summary to show in `lang`, with the language it is in.
    pub fn summary(&self, lang: Lang) -> (Option<&str>, Lang) {
        let (text, in_lang) = self.text(lang);
        (text.front.summary.as_deref(), in_lang)
    }

    /// Whether the record is written in `lang`.
    pub fn is_translated(&self, lang: Lang) -> bool {
        self.texts[lang.index()].is_some()
    }

    /// The record's figures.
    pub fn facts(&self) -> &[Fact] {
        match &*self.data {
            Data::Park(d) => &d.facts,
            Data::Industry(d) => &d.facts,
            Data::Initiative(d) => &d.facts,
            Data::Enterprise(d) => &d.facts,
            Data::Page(d) => &d.facts,
            Data::Custom(d) => &d.facts,
            Data::News(_) | Data::Policy(_) => &[],
        }
    }

    /// Where a park is, when its data says.
    pub fn location(&self) -> Option<Location> {
        match &*self.data {
            Data::Park(d) => d.location,
            _ => None,
        }
    }

    /// An initiative's status.
    pub fn status(&self) -> Option<Status> {
        match &*self.data {
            Data::Initiative(d) => Some(d.status),
            _ => None,
        }
    }

    /// The record's own date: a news item's date, an initiative's start, a
    /// policy document's publication, a custom record's first date field.
    pub fn date(&self) -> Option<PartialDate> {
        match &*self.data {
            Data::Initiative(d) => d.started,
            Data::Policy(d) => d.published,
            Data::Custom(d) => d.values.iter().flatten().find_map(|v| match v {
                Value::Date(date) => Some(*date),
                _ => None,
            }),
            _ => self.texts.iter().flatten().find_map(|t| t.front.date),
        }
    }

    /// The date the record is fed by: its own date or, for an initiative
    /// without one, the date of its latest figure, since every entry of a
    /// feed needs a date. Never shown as the record's date, nor listed by.
    pub fn feed_date(&self) -> Option<PartialDate> {
        match &*self.data {
            Data::Initiative(d) => d
                .started
                .or_else(|| self.facts().iter().map(|f| f.as_of).max()),
            _ => self.date(),
        }
    }

    /// Its weight in its section's lists, when its data sets one.
    pub fn weight(&self) -> Option<i64> {
        match &*self.data {
            Data::Park(d) => d.weight,
            Data::Industry(d) => d.weight,
            Data::Initiative(d) => d.weight,
            Data::Enterprise(d) => d.weight,
            Data::News(d) => d.weight,
            Data::Page(d) => d.weight,
            Data::Policy(d) => d.weight,
            Data::Custom(d) => d.weight,
        }
    }

    /// The photos its data shows, the first as its cover.
    pub fn photos(&self) -> &[Photo] {
        match &*self.data {
            Data::Park(d) => &d.photos,
            Data::Industry(d) => &d.photos,
            Data::Initiative(d) => &d.photos,
            Data::Enterprise(d) => &d.photos,
            Data::News(d) => &d.photos,
            Data::Page(d) => &d.photos,
            Data::Policy(d) => &d.photos,
            Data::Custom(d) => &d.photos,
        }
    }
}

/// The whole validated site.
#[derive(Debug, Clone)]
pub struct Site {
    /// `site.yaml`.
    pub config: Config,
    /// Every published record, sorted by section and slug.
    pub records: Vec<Record>,
    /// Each section's records in list order, by section index and
    /// `Lang::index` (see `order`).
    pub lists: Vec<[Vec<usize>; 2]>,
    /// Section introductions by section and language.
    pub intros: BTreeMap<(Section, Lang), Arc<Text>>,
    /// Proper names in both languages.
    pub glossary: Vec<crate::glossary::Term>,
    /// Texts marked `draft: true` and left out, in path order.
    pub drafts: Vec<Arc<Path>>,
    /// Each section's records by slug, for finding one without a search.
    slugs: Vec<FxHashMap<String, usize>>,
}

impl Site {
    /// The index of the record `section/slug`.
    pub fn find(&self, section: Section, slug: &str) -> Option<usize> {
        self.slugs.get(section.index())?.get(slug).copied()
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

    /// How many records a section has.
    pub fn count(&self, section: Section) -> usize {
        // Both languages list every record of the section.
        self.lists.get(section.index()).map_or(0, |l| l[0].len())
    }

    /// A section's records in list order in `lang`.
    pub fn list(&self, section: Section, lang: Lang) -> &[usize] {
        self.lists
            .get(section.index())
            .map_or(&[], |l| &l[lang.index()])
    }

    /// The source a fact cites.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.config.sources.iter().find(|s| s.id == id)
    }
}

/// What one record of `section` is called in messages: "park", or for a
/// section of another id, "record of `notices`".
pub fn record_noun(section: Section) -> crate::catalogue::Text {
    crate::text!("model-record")
        .arg("kind", noun_kind(section))
        .arg("section", section.name())
}

/// [`record_noun`] with the article English puts before it: "a park", "an
/// industry".
pub fn a_record_noun(section: Section) -> crate::catalogue::Text {
    crate::text!("model-a-record")
        .arg("kind", noun_kind(section))
        .arg("section", section.name())
}

/// The kind whose noun names a record of `section`: the built-in kind's
/// name when the section has its built-in id, else `other`.
fn noun_kind(section: Section) -> &'static str {
    match section.kind().builtin_id() {
        Some(id) if id == section.name() => section.kind().name(),
        _ => "other",
    }
}

/// A data file's path and text, for locating errors.
pub type DataFile = (Arc<Path>, Arc<str>);

/// Validates the parsed files into the site, reporting every problem; `None`
/// when there is no site to speak of (no readable `site.yaml`).
pub fn build(parsed: Vec<Parsed>, options: &Options, diags: &mut Diagnostics) -> Option<Site> {
    let mut files = assemble::gather(parsed, options);
    let (site_file, site_src) = assemble::site_file(&mut files, diags)?;
    let mut records = assemble::records(files.records, &files.broken, diags);
    let config = config::validate(site_file, &site_src, options, &records, diags);
    records
        .par_iter_mut()
        .for_each(|r| r.order = order::keys(r));
    let lists = order::lists(&records, &config.sections);
    let mut slugs: Vec<FxHashMap<String, usize>> =
        vec![FxHashMap::default(); config.sections.len()];
    for (i, record) in records.iter().enumerate() {
        if let Some(slugs) = slugs.get_mut(record.section.index()) {
            slugs.insert(record.slug.clone(), i);
        }
    }
    let mut site = Site {
        config,
        records,
        lists,
        intros: files.intros,
        glossary: files.glossary,
        drafts: files.drafts,
        slugs,
    };
    figures::check(&site, &site_src, diags);
    relations::link(&mut site, &files.broken, diags);
    policy::check(&site, diags);
    links::check(&site, &files.broken, diags);
    diags.extend(config::footer_findings(&site.config, &site_src));
    Some(site)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    #[test]
    fn names_a_record_in_each_language() {
        let sections = Sections::builtin();
        let industries = sections.get("industries").unwrap();
        assert_eq!(record_noun(industries).render(Lang::En), "industry");
        assert_eq!(a_record_noun(industries).render(Lang::En), "an industry");
        assert_eq!(record_noun(industries).render(Lang::Zh), "产业");
        let missing = text!(
            "model-no-record",
            record = record_noun(industries),
            slug = "x"
        );
        assert_eq!(missing.render(Lang::En), "there is no industry `x`");
        assert_eq!(missing.render(Lang::Zh), "没有网址名为`x`的产业");
    }
}
