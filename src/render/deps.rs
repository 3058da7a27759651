//! What a page read while it rendered. Rendering reads the site only through
//! [`Reader`](super::read::Reader), which notes each of these as it answers;
//! an edit then re-renders exactly the pages that read something it changed.

use crate::i18n::Lang;
use crate::section::Section;

/// One input of a page: a part of the site or of the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dep {
    /// The validated `site.yaml` (names, base URL, menu, sources, footer…).
    Config,
    /// The theme's interface strings, both languages.
    Strings,
    /// The glossary (its Traditional forms shape the Traditional pages).
    Glossary,
    /// The theme's stylesheets, under their fingerprinted names.
    Assets,
    /// A page template, with every template it extends, includes or imports.
    Template(Template),
    /// A section's introduction in one language.
    Intro(Section, Lang),
    /// Which records a section has, by slug (and so how many pages its list takes).
    Members(Section),
    /// The records page `n` (from 0) of a section's list shows in a language,
    /// in their order, and how many pages the list takes.
    List(Section, Lang, usize),
    /// Every figure of a section's records (a chart over the section).
    Facts(Section),
    /// Every park's location (a map).
    Locations,
    /// One part of one record, by its index in the site that was rendered.
    Record(usize, Part),
}

/// A part of a record that a page can read on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The title shown in a language, and the language it is written in.
    Title(Lang),
    /// The summary shown in a language, and the language it is written in.
    Summary(Lang),
    /// The text shown in a language: its body, and the language it is written in.
    Body(Lang),
    /// The author the text shown in a language names.
    Author(Lang),
    /// Which languages it is written in.
    Translated,
    /// Its own date: a news item's, an initiative's start.
    Date,
    /// The date a feed gives it (an initiative without a start is fed by
    /// its latest figure's date).
    FeedDate,
    /// Where it stands among its section's records in a language.
    Order(Lang),
    /// Its whole data file.
    Data,
    /// Its figures.
    Facts,
    /// An initiative's status.
    Status,
    /// The records related to it.
    Related,
    /// The photos its data shows.
    Photos,
    /// The files of its folder: images and attachments.
    Files,
}

/// The templates a page is rendered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Template {
    /// `home.html`.
    Home,
    /// `section.html`.
    Section,
    /// `browse.html`: a policy section's browse page.
    Browse,
    /// `record.html`.
    Record,
    /// A section's own record template, `<section>.html`, present or not.
    Own(Section),
    /// `search.html`.
    Search,
    /// `sitemap.html`: the site map for visitors.
    SiteMap,
    /// `404.html`.
    NotFound,
    /// `landing.html`.
    Landing,
}

impl Template {
    /// The template's file name under `templates/`.
    pub fn file(self) -> String {
        match self {
            Template::Home => "home.html".into(),
            Template::Section => "section.html".into(),
            Template::Browse => "browse.html".into(),
            Template::Record => "record.html".into(),
            Template::Own(section) => format!("{}.html", section.name()),
            Template::Search => "search.html".into(),
            Template::SiteMap => "sitemap.html".into(),
            Template::NotFound => "404.html".into(),
            Template::Landing => "landing.html".into(),
        }
    }

    /// Every page template of a site of these sections.
    pub fn all(sections: &[Section]) -> impl Iterator<Item = Template> {
        [
            Template::Home,
            Template::Section,
            Template::Browse,
            Template::Record,
            Template::Search,
            Template::SiteMap,
            Template::NotFound,
            Template::Landing,
        ]
        .into_iter()
        .chain(sections.iter().map(|&s| Template::Own(s)))
    }
}
