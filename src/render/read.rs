//! The only way rendering reads the site and the theme. Each answer is noted
//! as a [`Dep`] of the page being rendered, so that what a page depends on is
//! what its code read, not a list kept by hand beside it.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::deps::{Dep, Part, Template};
use super::pages::page_count;
use super::theme::{Asset, Theme};
use crate::content::{Data, Text};
use crate::i18n::Lang;
use crate::model::{Config, Record, Site, SortKey};
use crate::schema::{Fact, Location, PartialDate, Photo, Source, Status};
use crate::section::{Kind, Section};
use crate::urls::Urls;

/// Reads the site for one page, noting what it reads when asked to.
pub struct Reader<'a> {
    site: &'a Site,
    theme: &'a Theme,
    urls: &'a Urls,
    deps: Option<RefCell<Vec<Dep>>>,
}

impl<'a> Reader<'a> {
    /// A reader of `site` and `theme`; `recording` notes every read.
    pub fn new(site: &'a Site, theme: &'a Theme, urls: &'a Urls, recording: bool) -> Reader<'a> {
        Reader {
            site,
            theme,
            urls,
            deps: recording.then(|| RefCell::new(Vec::new())),
        }
    }

    fn note(&self, dep: Dep) {
        if let Some(deps) = &self.deps {
            deps.borrow_mut().push(dep);
        }
    }

    /// What was read, sorted, each once; empty when not recording.
    pub fn into_deps(self) -> Vec<Dep> {
        let mut deps = self.deps.map(RefCell::into_inner).unwrap_or_default();
        deps.sort_unstable();
        deps.dedup();
        deps
    }

    /// The site's URL scheme, which its base URL decides.
    pub fn urls(&self) -> &'a Urls {
        self.note(Dep::Config);
        self.urls
    }

    /// The validated `site.yaml`.
    pub fn config(&self) -> &'a Config {
        self.note(Dep::Config);
        &self.site.config
    }

    /// The source a fact cites.
    pub fn source(&self, id: &str) -> Option<&'a Source> {
        self.note(Dep::Config);
        self.site.source(id)
    }

    /// Every interface string of `lang`.
    pub fn strings(&self, lang: Lang) -> &'a BTreeMap<String, String> {
        self.note(Dep::Strings);
        &self.theme.strings[lang.index()]
    }

    /// The interface string `key` in `lang`.
    pub fn string(&self, lang: Lang, key: &str) -> &'a str {
        self.note(Dep::Strings);
        self.theme.string(lang, key)
    }

    /// A section's title in `lang`.
    pub fn section_title(&self, lang: Lang, section: Section) -> &'a str {
        section.title(lang)
    }

    /// The theme's stylesheets.
    pub fn assets(&self) -> &'a [Asset] {
        self.note(Dep::Assets);
        &self.theme.assets
    }

    /// The file a record page of `section` is rendered with: the section's
    /// own template when the theme has one, else `record.html`.
    pub fn record_template(&self, section: Section) -> Template {
        self.note(Dep::Template(Template::Own(section)));
        if self.theme.has_template(&Template::Own(section).file()) {
            Template::Own(section)
        } else {
            self.note(Dep::Template(Template::Record));
            Template::Record
        }
    }

    /// The glossary, whose Traditional forms a Traditional page is written with.
    pub fn glossary(&self) -> &'a [crate::glossary::Term] {
        self.note(Dep::Glossary);
        &self.site.glossary
    }

    /// Notes that the page is rendered with `template`.
    pub fn template(&self, template: Template) {
        self.note(Dep::Template(template));
    }

    /// Record `index`.
    pub fn record(&self, index: usize) -> Rec<'_, 'a> {
        Rec {
            reader: self,
            index,
            record: &self.site.records[index],
        }
    }

    /// The record `section/slug`, if there is one.
    pub fn find(&self, section: Section, slug: &str) -> Option<Rec<'_, 'a>> {
        self.note(Dep::Members(section));
        self.site.find(section, slug).map(|i| self.record(i))
    }

    /// How many pages a section's list takes.
    pub fn page_count(&self, section: Section) -> usize {
        self.note(Dep::Members(section));
        page_count(section, self.site.count(section))
    }

    /// The records page `n` (from 0) of a section's list shows in `lang`, in
    /// list order, and how many pages the list takes.
    pub fn list_page(&self, section: Section, lang: Lang, n: usize) -> (&'a [usize], usize) {
        self.note(Dep::List(section, lang, n));
        let list = self.site.list(section, lang);
        let size = section.declaration().page_size;
        let shown = list.chunks(size).nth(n).unwrap_or_default();
        (shown, page_count(section, list.len()))
    }

    /// A section's records in list order in `lang`: every page of its list.
    pub fn list(&self, section: Section, lang: Lang) -> &'a [usize] {
        let list = self.site.list(section, lang);
        for n in 0..page_count(section, list.len()) {
            self.note(Dep::List(section, lang, n));
        }
        list
    }

    /// The site's sections, in order. Any change to them makes every page
    /// anew, so reading them is no dependency.
    pub fn sections(&self) -> &'a [Section] {
        self.site.config.sections.all()
    }

    /// The section of a kind that other records refer to, when the site
    /// has one.
    pub fn of_kind(&self, kind: Kind) -> Option<Section> {
        self.site.config.sections.of_kind(kind)
    }

    /// A section's records in slug order.
    pub fn members(&self, section: Section) -> impl Iterator<Item = Rec<'_, 'a>> {
        self.note(Dep::Members(section));
        self.site.section(section).map(|(i, _)| self.record(i))
    }

    /// A section's introduction in `lang`.
    pub fn intro(&self, section: Section, lang: Lang) -> Option<&'a Text> {
        self.note(Dep::Intro(section, lang));
        self.site.intros.get(&(section, lang)).map(|t| &**t)
    }

    /// Every figure of a section's records, each with its record, in slug order.
    pub fn section_facts(&self, section: Section) -> impl Iterator<Item = (usize, &'a Fact)> {
        self.note(Dep::Facts(section));
        self.site
            .section(section)
            .flat_map(|(i, r)| r.facts().iter().map(move |f| (i, f)))
    }

    /// Every park that has a location, in slug order.
    pub fn park_locations(&self) -> Vec<(usize, Location)> {
        self.note(Dep::Locations);
        let Some(parks) = self.of_kind(Kind::Park) else {
            return Vec::new();
        };
        self.site
            .section(parks)
            .filter_map(|(i, r)| Some((i, r.location()?)))
            .collect()
    }
}

/// One record, read part by part.
#[derive(Clone, Copy)]
pub struct Rec<'r, 'a> {
    reader: &'r Reader<'a>,
    index: usize,
    record: &'a Record,
}

impl<'a> Rec<'_, 'a> {
    fn note(&self, part: Part) {
        self.reader.note(Dep::Record(self.index, part));
    }

    /// Its index in the site.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Its section: part of what names it, so reading it depends on nothing.
    pub fn section(&self) -> Section {
        self.record.section
    }

    /// Its slug: part of what names it.
    pub fn slug(&self) -> &'a str {
        &self.record.slug
    }

    /// The title shown in `lang`, with the language it is in.
    pub fn title(&self, lang: Lang) -> (&'a str, Lang) {
        self.note(Part::Title(lang));
        self.record.title(lang)
    }

    /// The summary shown in `lang`, with the language it is in.
    pub fn summary(&self, lang: Lang) -> (Option<&'a str>, Lang) {
        self.note(Part::Summary(lang));
        self.record.summary(lang)
    }

    /// The text shown in `lang`, for its body, with the language it is in.
    pub fn body(&self, lang: Lang) -> (&'a Text, Lang) {
        self.note(Part::Body(lang));
        self.record.text(lang)
    }

    /// The author its text shown in `lang` names, if any.
    pub fn author(&self, lang: Lang) -> Option<&'a str> {
        self.note(Part::Author(lang));
        self.record.text(lang).0.front.author.as_deref()
    }

    /// Whether it is written in `lang`.
    pub fn is_translated(&self, lang: Lang) -> bool {
        self.note(Part::Translated);
        self.record.is_translated(lang)
    }

    /// Its own date (a news item's, an initiative's start), to show.
    pub fn date(&self) -> Option<PartialDate> {
        self.note(Part::Date);
        self.record.date()
    }

    /// The date a feed gives it, which a page may not show as its date: an
    /// initiative without a start is fed by its latest figure's date.
    pub fn feed_date(&self) -> Option<PartialDate> {
        self.note(Part::FeedDate);
        self.record.feed_date()
    }

    /// Where it stands among its section's records in `lang`.
    pub fn sort_key(&self, lang: Lang) -> &'a SortKey {
        self.note(Part::Order(lang));
        &self.record.order[lang.index()]
    }

    /// Its whole data.
    pub fn data(&self) -> &'a Data {
        self.note(Part::Data);
        &self.record.data
    }

    /// Its figures.
    pub fn facts(&self) -> &'a [Fact] {
        self.note(Part::Facts);
        self.record.facts()
    }

    /// An initiative's status.
    pub fn status(&self) -> Option<Status> {
        self.note(Part::Status);
        self.record.status()
    }

    /// The records related to it, by index, sorted by section and slug.
    pub fn related(&self) -> &'a [usize] {
        self.note(Part::Related);
        &self.record.related
    }

    /// The photos its data shows, the first as its cover.
    pub fn photos(&self) -> &'a [Photo] {
        self.note(Part::Photos);
        self.record.photos()
    }

    /// The files of its folder, as published.
    pub fn files(&self) -> crate::media::Bundle<'a> {
        self.note(Part::Files);
        crate::media::Bundle {
            files: &self.record.files,
            section: self.record.section,
            slug: &self.record.slug,
        }
    }
}

impl Part {
    /// Whether this part reads the same in record `a` as in record `b`, by the
    /// same accessors that [`Rec`] answers with; `same_record` tells whether an
    /// index of `a`'s site and one of `b`'s name the same record.
    pub fn reads_same(
        self,
        a: &Record,
        b: &Record,
        same_record: &dyn Fn(usize, usize) -> bool,
    ) -> bool {
        match self {
            Part::Title(lang) => a.title(lang) == b.title(lang),
            Part::Summary(lang) => a.summary(lang) == b.summary(lang),
            Part::Body(lang) => {
                let ((x, x_lang), (y, y_lang)) = (a.text(lang), b.text(lang));
                x_lang == y_lang && (std::ptr::eq(x, y) || x.body() == y.body())
            }
            Part::Author(lang) => a.text(lang).0.front.author == b.text(lang).0.front.author,
            Part::Translated => Lang::ALL
                .into_iter()
                .all(|l| a.is_translated(l) == b.is_translated(l)),
            Part::Date => a.date() == b.date(),
            Part::FeedDate => a.feed_date() == b.feed_date(),
            Part::Order(lang) => a.order[lang.index()] == b.order[lang.index()],
            Part::Data => std::sync::Arc::ptr_eq(&a.data, &b.data) || a.data == b.data,
            Part::Facts => a.facts() == b.facts(),
            Part::Status => a.status() == b.status(),
            Part::Related => {
                a.related.len() == b.related.len()
                    && a.related
                        .iter()
                        .zip(&b.related)
                        .all(|(&x, &y)| same_record(x, y))
            }
            Part::Photos => a.photos() == b.photos(),
            Part::Files => a.files == b.files,
        }
    }

    /// Every part of a record.
    pub const ALL: [Part; 19] = [
        Part::Title(Lang::Zh),
        Part::Title(Lang::En),
        Part::Summary(Lang::Zh),
        Part::Summary(Lang::En),
        Part::Body(Lang::Zh),
        Part::Body(Lang::En),
        Part::Author(Lang::Zh),
        Part::Author(Lang::En),
        Part::Translated,
        Part::Date,
        Part::FeedDate,
        Part::Order(Lang::Zh),
        Part::Order(Lang::En),
        Part::Data,
        Part::Facts,
        Part::Status,
        Part::Related,
        Part::Photos,
        Part::Files,
    ];
}
