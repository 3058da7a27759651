//! The sections of a site: the ones `site.yaml` declares, or the six built in
//! when it declares none. A section has an id (its folder under `content/`
//! and its URL segment), a kind (what its records hold), names in both
//! languages, and how it is listed.
//!
//! A [`Section`] is a small copyable handle to its declaration. Declarations
//! are interned: the same declaration read twice (by `build`, or by `serve`
//! after each save) is one handle, so that sections compare, hash and sort as
//! cheaply as an enum would, and every stage can ask a section its name or
//! kind without carrying the site around. Only distinct declarations are
//! kept, and a site has a handful.

mod column;
mod declare;
pub mod fields;
mod kind;
pub mod schema;

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;

use serde::Serialize;

use crate::catalogue::Text;
use crate::i18n::{Label, Lang};
use crate::text;
pub use column::COLUMN_TYPES;
pub use declare::{SectionFile, declare};
pub use fields::{Field, FieldType};
pub use kind::Kind;

/// How a section lists its records after their weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Newest date first, then by title.
    Date,
    /// By title, as each language sorts names.
    Title,
}

/// What a site declares about one of its sections.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    /// Its place among the site's sections, from 0.
    pub index: usize,
    /// Its folder under `content/` and its URL segment.
    pub id: String,
    /// What its records hold.
    pub kind: Kind,
    /// Its name, the title of its list page.
    pub name: Label,
    /// A sentence about it, for its list page's description.
    pub description: Option<Label>,
    /// Keywords of its list page, in each language.
    pub keywords: [Vec<String>; 2],
    /// How many records a list page shows.
    pub page_size: usize,
    /// Its lists' order after the weights.
    pub order: Order,
    /// Whether its records are in the site's feeds.
    pub feed: bool,
    /// How many of its records the home page lists (0: none).
    pub home: usize,
    /// A custom kind's fields, in the order its pages show them.
    pub fields: Vec<Field>,
    /// Its column type in government-portal metadata (`ColumnType`).
    pub column_type: &'static str,
}

/// A section of the site: a handle to its declaration.
#[derive(Clone, Copy)]
pub struct Section(&'static Declaration);

static INTERNED: Mutex<Vec<&'static Declaration>> = Mutex::new(Vec::new());

impl Section {
    /// The handle of `declaration`, the same for every equal declaration.
    pub fn intern(declaration: Declaration) -> Section {
        let mut interned = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&known) = interned.iter().find(|&&d| *d == declaration) {
            return Section(known);
        }
        let leaked: &'static Declaration = Box::leak(Box::new(declaration));
        interned.push(leaked);
        Section(leaked)
    }

    /// Everything the site declares about it.
    pub fn declaration(self) -> &'static Declaration {
        self.0
    }

    /// Its place among the site's sections.
    pub fn index(self) -> usize {
        self.0.index
    }

    /// Its folder and URL segment.
    pub fn name(self) -> &'static str {
        &self.0.id
    }

    /// What its records hold.
    pub fn kind(self) -> Kind {
        self.0.kind
    }

    /// What one of its records is called in messages, in the reader's
    /// language: "park" (园区), or for a section of another id, "record of
    /// `notices`" (`notices`栏目的记录).
    pub fn noun(self) -> Text {
        match self.0.kind.builtin_id() {
            Some(id) if id == self.0.id => self.0.kind.noun(),
            _ => text!("section-noun-record-of", section = &self.0.id),
        }
    }

    /// Its title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        self.0.name.get(lang)
    }

    /// Whether every record needs a `<slug>.yaml` data file.
    pub fn requires_data(self) -> bool {
        self.0.kind.requires_data()
    }
}

impl PartialEq for Section {
    fn eq(&self, other: &Section) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Section {}

impl Hash for Section {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.index.hash(state);
        self.0.id.hash(state);
    }
}

impl PartialOrd for Section {
    fn partial_cmp(&self, other: &Section) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Section {
    /// In the site's order. Two declarations of one place and id never meet
    /// in one site; the address only keeps the order total.
    fn cmp(&self, other: &Section) -> std::cmp::Ordering {
        (
            self.0.index,
            &self.0.id,
            self.0 as *const Declaration as usize,
        )
            .cmp(&(
                other.0.index,
                &other.0.id,
                other.0 as *const Declaration as usize,
            ))
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Section({})", self.0.id)
    }
}

impl Serialize for Section {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The site's sections, in their declared order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sections(Vec<Section>);

impl Sections {
    /// The six sections of a site that declares none.
    pub fn builtin() -> Sections {
        Sections(
            Kind::BUILTIN
                .iter()
                .enumerate()
                .map(|(index, kind)| Section::intern(kind.default_declaration(index)))
                .collect(),
        )
    }

    /// Every section, in order.
    pub fn all(&self) -> &[Section] {
        &self.0
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The section of this id.
    pub fn get(&self, id: &str) -> Option<Section> {
        self.0.iter().copied().find(|s| s.name() == id)
    }

    /// The one section of a kind that other kinds' fields refer to.
    pub fn of_kind(&self, kind: Kind) -> Option<Section> {
        self.0.iter().copied().find(|s| s.kind() == kind)
    }

    /// Every section's id.
    pub fn names(&self) -> Vec<&'static str> {
        self.0.iter().map(|s| s.name()).collect()
    }
}

/// Whether `s` is a valid slug: lowercase ASCII words joined by single hyphens.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_slugs() {
        for good in ["ganhe", "lithium-batteries", "a1-b2", "2017"] {
            assert!(is_valid_slug(good), "{good}");
        }
        for bad in [
            "", "Ganhe", "a--b", "-a", "a-", "a b", "..", "南川", "a_b", "a.b", "/etc",
        ] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn equal_declarations_are_one_section() {
        let a = Sections::builtin();
        let b = Sections::builtin();
        assert_eq!(a, b);
        assert!(std::ptr::eq(
            a.all()[0].declaration(),
            b.all()[0].declaration()
        ));
        assert_eq!(a.get("news").map(Section::kind), Some(Kind::Article));
        assert!(a.all().windows(2).all(|w| w[0] < w[1]));
        assert_eq!(a.get("parks").unwrap().noun().render(Lang::En), "park");
    }

    #[test]
    fn names_a_record_in_each_language() {
        let builtin = Sections::builtin();
        let news = builtin.get("news").unwrap();
        assert_eq!(news.noun().render(Lang::En), "news item");
        assert_eq!(news.noun().render(Lang::Zh), "新闻");
        let file = |id: &str, kind: &str| SectionFile {
            id: id.into(),
            kind: kind.into(),
            name: Label {
                zh: "通知".into(),
                en: "Notices".into(),
            },
            description: None,
            keywords: None,
            page_size: None,
            order: None,
            feed: None,
            home: None,
            fields: Vec::new(),
            column_type: None,
        };
        let mut diags = crate::diag::Diagnostics::default();
        let declared = declare(
            Some(&[file("notices", "page")]),
            std::path::Path::new("content/site.yaml"),
            "",
            &mut diags,
        );
        let notices = declared.get("notices").unwrap();
        assert_eq!(notices.noun().render(Lang::En), "record of `notices`");
        assert_eq!(notices.noun().render(Lang::Zh), "`notices`栏目的记录");
    }
}
