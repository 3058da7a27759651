//! The kinds of record a section holds: six built in, with their own fields
//! and relations, and `custom`, whose fields the site declares.

use super::{Declaration, Order};
use crate::catalogue::Text;
use crate::i18n::Label;
use crate::text;

/// What a section's records hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Parks: area, establishment, location, industries.
    Park,
    /// Industries.
    Industry,
    /// Initiatives: status, start, parks, industries, enterprises.
    Initiative,
    /// Enterprises: park, industries.
    Enterprise,
    /// Articles (news, notices): a date in the front matter.
    Article,
    /// Free-standing pages.
    Page,
    /// Policy documents (政策文件): number, issuer, dates, validity.
    Policy,
    /// Fields the site declares.
    Custom,
}

impl Kind {
    /// The built-in kinds, in the order of the sections of a site that
    /// declares none.
    pub const BUILTIN: [Kind; 6] = [
        Kind::Park,
        Kind::Industry,
        Kind::Initiative,
        Kind::Enterprise,
        Kind::Article,
        Kind::Page,
    ];

    /// Every kind, as `site.yaml` names them.
    pub const NAMES: [&'static str; 8] = [
        "park",
        "industry",
        "initiative",
        "enterprise",
        "article",
        "page",
        "policy",
        "custom",
    ];

    /// The kind `site.yaml` names.
    pub fn from_name(name: &str) -> Option<Kind> {
        let all = [Kind::BUILTIN.as_slice(), &[Kind::Policy, Kind::Custom]].concat();
        all.into_iter().find(|k| k.name() == name)
    }

    /// Its name in `site.yaml`.
    pub fn name(self) -> &'static str {
        Kind::NAMES[self as usize]
    }

    /// One record of it, in messages, in the reader's language.
    pub fn noun(self) -> Text {
        match self {
            Kind::Park => text!("section-noun-park"),
            Kind::Industry => text!("section-noun-industry"),
            Kind::Initiative => text!("section-noun-initiative"),
            Kind::Enterprise => text!("section-noun-enterprise"),
            Kind::Article => text!("section-noun-news-item"),
            Kind::Page => text!("section-noun-page"),
            Kind::Policy => text!("section-noun-policy"),
            Kind::Custom => text!("section-noun-record"),
        }
    }

    /// The id of its section in a site that declares none.
    pub fn builtin_id(self) -> Option<&'static str> {
        Some(match self {
            Kind::Park => "parks",
            Kind::Industry => "industries",
            Kind::Initiative => "initiatives",
            Kind::Enterprise => "enterprises",
            Kind::Article => "news",
            Kind::Page => "pages",
            Kind::Policy | Kind::Custom => return None,
        })
    }

    /// Whether other kinds' fields refer to its section by kind, so that a
    /// site may declare one section of it at most.
    pub fn is_referenced(self) -> bool {
        matches!(
            self,
            Kind::Park | Kind::Industry | Kind::Initiative | Kind::Enterprise | Kind::Policy
        )
    }

    /// Whether every record needs a `<slug>.yaml` data file.
    pub fn requires_data(self) -> bool {
        !matches!(self, Kind::Article | Kind::Page)
    }

    /// Its lists' order when the declaration gives none.
    pub fn default_order(self) -> Order {
        match self {
            Kind::Initiative | Kind::Article | Kind::Policy => Order::Date,
            _ => Order::Title,
        }
    }

    /// Whether its records are in the feeds when the declaration does not say.
    pub fn default_feed(self) -> bool {
        matches!(self, Kind::Initiative | Kind::Article)
    }

    /// How many of its records the home page lists when the declaration
    /// does not say.
    pub fn default_home(self) -> usize {
        match self {
            Kind::Park | Kind::Industry => 12,
            Kind::Initiative => 6,
            Kind::Article => 5,
            _ => 0,
        }
    }

    /// Its section's name in a site that declares none.
    fn default_name(self) -> Label {
        let (zh, en) = match self {
            Kind::Park => ("园区", "Parks"),
            Kind::Industry => ("产业", "Industries"),
            Kind::Initiative => ("重点工作", "Initiatives"),
            Kind::Enterprise => ("企业", "Enterprises"),
            Kind::Article => ("新闻", "News"),
            Kind::Policy => ("政策文件", "Policy documents"),
            Kind::Page | Kind::Custom => ("关于", "About"),
        };
        Label {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The declaration of its section in a site that declares none.
    pub fn default_declaration(self, index: usize) -> Declaration {
        Declaration {
            index,
            id: self.builtin_id().unwrap_or("records").to_string(),
            kind: self,
            name: self.default_name(),
            description: None,
            keywords: [Vec::new(), Vec::new()],
            page_size: DEFAULT_PAGE_SIZE,
            order: self.default_order(),
            feed: self.default_feed(),
            home: self.default_home(),
            fields: Vec::new(),
            column_type: super::column::default_for(self),
        }
    }
}

/// How many records a list page shows when the declaration does not say.
pub const DEFAULT_PAGE_SIZE: usize = 50;
