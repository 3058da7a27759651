//! The sections of the site and what each one's records are called.

use serde::Serialize;

use crate::i18n::Lang;

/// A kind of record, stored under `content/<section>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Industrial parks of the zone.
    Parks,
    /// Industries.
    Industries,
    /// Programmes and policies.
    Initiatives,
    /// Companies.
    Enterprises,
    /// News items.
    News,
    /// Free-standing pages such as "about".
    Pages,
}

impl Section {
    /// Every section, in menu order.
    pub const ALL: [Section; 6] = [
        Section::Parks,
        Section::Industries,
        Section::Initiatives,
        Section::Enterprises,
        Section::News,
        Section::Pages,
    ];

    /// The section's position in [`Section::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The directory and URL name.
    pub fn name(self) -> &'static str {
        match self {
            Section::Parks => "parks",
            Section::Industries => "industries",
            Section::Initiatives => "initiatives",
            Section::Enterprises => "enterprises",
            Section::News => "news",
            Section::Pages => "pages",
        }
    }

    /// The section a directory name names.
    pub fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What one record is called, for messages: "park", "industry".
    pub fn singular(self) -> &'static str {
        match self {
            Section::Parks => "park",
            Section::Industries => "industry",
            Section::Initiatives => "initiative",
            Section::Enterprises => "enterprise",
            Section::News => "news item",
            Section::Pages => "page",
        }
    }

    /// The section's title when the theme's strings do not override it.
    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Section::Parks, Lang::Zh) => "园区",
            (Section::Industries, Lang::Zh) => "产业",
            (Section::Initiatives, Lang::Zh) => "重点工作",
            (Section::Enterprises, Lang::Zh) => "企业",
            (Section::News, Lang::Zh) => "新闻",
            (Section::Pages, Lang::Zh) => "页面",
            (Section::Parks, Lang::En) => "Parks",
            (Section::Industries, Lang::En) => "Industries",
            (Section::Initiatives, Lang::En) => "Initiatives",
            (Section::Enterprises, Lang::En) => "Enterprises",
            (Section::News, Lang::En) => "News",
            (Section::Pages, Lang::En) => "Pages",
        }
    }

    /// Whether every record needs a `<slug>.yaml` data file.
    pub fn requires_data(self) -> bool {
        !matches!(self, Section::News | Section::Pages)
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
}
