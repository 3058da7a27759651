//! `content/site.yaml`: the zone's name and figures, the sources they cite,
//! its sections, menu and footer.

use schemars::JsonSchema;
use serde::Deserialize;

use super::url::optional_url;
use super::{Fact, PartialDate, SiteUnit, WebUrl};
use crate::i18n::Label;

/// Where a figure comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// How facts name it.
    pub id: String,
    /// Its title.
    pub title: Label,
    /// Who published it, when known.
    #[serde(default)]
    pub publisher: Option<Label>,
    /// When it was published.
    pub date: PartialDate,
    /// Where to read it, when it is online.
    #[serde(default, deserialize_with = "optional_url")]
    #[schemars(with = "Option<WebUrl>")]
    pub url: Option<String>,
}

/// The government-portal footer. Unknown values stay empty, never made up.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    /// The organisation that runs the site (主办单位).
    #[serde(default)]
    pub organiser: Option<Label>,
    /// The organisation that operates it for the organiser (承办单位).
    #[serde(default)]
    pub undertaker: Option<Label>,
    /// How to reach it.
    #[serde(default)]
    pub contact: Option<Label>,
    /// The ICP filing number (ICP备案号).
    #[serde(default)]
    pub icp: String,
    /// The public-security filing number (公安备案号).
    #[serde(default)]
    pub police: String,
    /// The government site identification code (网站标识码).
    #[serde(default)]
    pub site_code: String,
    /// The id of the party and government site emblem (党政机关网站标识),
    /// as its registry's verification page names it.
    #[serde(default)]
    pub badge_id: String,
}

/// An entry of `menu`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum MenuItem {
    /// A section's id or a page's slug.
    Id(String),
    /// A page of another site, such as the province's online services.
    Link(MenuLink),
}

impl<'de> Deserialize<'de> for MenuItem {
    // By hand rather than untagged, so that a link's own error (a bad
    // address, a field misspelt) reaches the editor instead of "no variant".
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ItemVisitor;
        impl<'de> serde::de::Visitor<'de> for ItemVisitor {
            type Value = MenuItem;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a section id, a page slug, or {title: {zh, en}, url}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MenuItem, E> {
                Ok(MenuItem::Id(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<MenuItem, A::Error> {
                let d = serde::de::value::MapAccessDeserializer::new(map);
                MenuLink::deserialize(d).map(MenuItem::Link)
            }
        }
        d.deserialize_any(ItemVisitor)
    }
}

/// A menu entry that leads to another site (办事服务, 互动交流…), marked on
/// the page as leaving the site.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MenuLink {
    /// Its text in both languages.
    pub title: Label,
    /// Where it leads: an `http` or `https` address.
    pub url: WebUrl,
}

/// Which rules `check` and `build` hold the site to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// A government portal: a footer detail missing is an error, not a warning.
    Gov,
}

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// The zone's full name.
    pub name: Label,
    /// A short name for narrow places.
    #[serde(default)]
    pub short_name: Option<Label>,
    /// One or two sentences about the zone.
    pub description: Label,
    /// Where the site will be published, e.g. `https://example.org/zone/`.
    pub base_url: String,
    /// The theme under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Whether Chinese is served under `/zh/` rather than at the root.
    #[serde(default)]
    pub default_language_in_subdir: bool,
    /// Whether raw HTML in Markdown is kept as written rather than sanitised.
    #[serde(default)]
    pub trusted_html: bool,
    /// Whether the site also has Traditional Chinese pages, converted from
    /// the Simplified ones, under `zh-hant/`.
    #[serde(default)]
    pub traditional: bool,
    /// The zone's key figures.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Sources that facts cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Units of the site's own, beyond the built-in ones.
    #[serde(default)]
    pub units: Vec<SiteUnit>,
    /// The site's sections, in order; the six built in when left out.
    #[serde(default)]
    pub sections: Option<Vec<crate::section::SectionFile>>,
    /// The main menu: section ids, page slugs, or links to other sites.
    #[serde(default)]
    pub menu: Option<Vec<MenuItem>>,
    /// The footer's filing details.
    #[serde(default)]
    pub footer: Footer,
    /// `gov` for a government portal: `check` and `build` fail when the
    /// footer lacks a detail inspections require.
    #[serde(default)]
    pub profile: Option<Profile>,
    /// Records' images and attachments.
    #[serde(default)]
    pub media: crate::media::Settings,
}

fn default_theme() -> String {
    "default".to_string()
}
