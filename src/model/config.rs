//! `site.yaml` validated: the base URL, the theme's name, the sources, the
//! site's own units, the menu and the footer.

use std::collections::BTreeMap;
use std::path::Path;

use super::{BaseUrl, Config, MenuEntry, Options, Record};
use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::schema::{KnownUnit, MenuItem, Profile, SiteFile, SiteUnit};
use crate::section::{self, Kind, Sections, is_valid_slug};
use crate::text;
use crate::yaml;

/// Whether `name` can name a directory under `themes/` and nothing else.
pub fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn validate(
    file: SiteFile,
    src: &str,
    options: &Options,
    records: &[Record],
    diags: &mut Diagnostics,
) -> Config {
    let path = Path::new("content/site.yaml");
    let base_url = match &options.base_url {
        Some(url) => BaseUrl::new(url).unwrap_or_else(|msg| {
            diags.push(
                Diagnostic::error("--base-url", msg).with_help(text!("model-base-url-option-help")),
            );
            BaseUrl {
                origin: String::new(),
                path: "/".into(),
            }
        }),
        None => BaseUrl::new(&file.base_url).unwrap_or_else(|msg| {
            let (at, len) = yaml::locate(src, "base_url", |_| true).unwrap_or((0, 1));
            diags.push(
                Diagnostic::error(path, msg)
                    .at_offset(src, at, len)
                    .with_help(text!("model-base-url-help")),
            );
            BaseUrl {
                origin: String::new(),
                path: "/".into(),
            }
        }),
    };
    if !is_theme_name(&file.theme) {
        let (at, len) = yaml::locate(src, "theme", |_| true).unwrap_or((0, 1));
        diags.push(
            Diagnostic::error(path, text!("model-bad-theme", theme = &file.theme))
                .at_offset(src, at, len)
                .with_help(text!("model-bad-theme-help")),
        );
    }
    let mut seen = BTreeMap::new();
    for source in &file.sources {
        if seen.insert(source.id.as_str(), ()).is_some() {
            let (at, len) = yaml::locate(src, "id", |v| v == source.id).unwrap_or((0, 1));
            diags.push(
                Diagnostic::error(path, text!("model-duplicate-source", id = &source.id))
                    .at_offset(src, at, len)
                    .with_help(text!("model-duplicate-source-help")),
            );
        }
    }
    check_units(&file.units, src, diags);
    let sections = section::declare(file.sections.as_deref(), path, src, diags);
    let menu = menu(file.menu.as_deref(), &sections, records, src, diags);
    Config {
        short_name: file.short_name.unwrap_or_else(|| file.name.clone()),
        name: file.name,
        description: file.description,
        base_url,
        theme: file.theme,
        default_language_in_subdir: file.default_language_in_subdir,
        trusted_html: file.trusted_html,
        traditional: file.traditional,
        search: !options.no_search,
        facts: file.facts,
        sources: file.sources,
        units: file.units,
        menu,
        sections,
        footer: file.footer,
        gov: options.gov || file.profile == Some(Profile::Gov),
        media: file.media,
    }
}

/// The main menu: `menu`'s sections and pages, or every section but those
/// of pages when there is none.
fn menu(
    items: Option<&[MenuItem]>,
    sections: &Sections,
    records: &[Record],
    src: &str,
    diags: &mut Diagnostics,
) -> Vec<MenuEntry> {
    let path = Path::new("content/site.yaml");
    let Some(items) = items else {
        return sections
            .all()
            .iter()
            .filter(|s| s.kind() != Kind::Page)
            .map(|&s| MenuEntry::Section(s))
            .collect();
    };
    let pages = || records.iter().filter(|r| r.section.kind() == Kind::Page);
    items
        .iter()
        .filter_map(|item| {
            let item = match item {
                MenuItem::Id(id) => id,
                MenuItem::Link(link) => {
                    return Some(MenuEntry::External(link.title.clone(), link.url.0.clone()));
                }
            };
            if let Some(section) = sections.get(item) {
                return Some(MenuEntry::Section(section));
            }
            if let Some(page) = pages().find(|r| r.slug == *item) {
                return Some(MenuEntry::Page(page.section, item.clone()));
            }
            let names: Vec<&str> = sections
                .names()
                .into_iter()
                .chain(pages().map(|r| r.slug.as_str()))
                .collect();
            let (at, len) = yaml::locate(src, "menu", |v| v == item).unwrap_or((0, 1));
            let d = Diagnostic::error(path, text!("model-menu-unknown", item = item))
                .at_offset(src, at, len);
            diags.push(match did_you_mean(item, names.iter().copied()) {
                Some(best) => d.with_help(text!("model-did-you-mean", closest = best)),
                None => d.with_help(text!("model-menu-unknown-help", names = names.clone())),
            });
            None
        })
        .collect()
}

/// Each of the site's own units has an id of its own that facts can name:
/// well formed, not a built-in unit's, not another site unit's.
fn check_units(units: &[SiteUnit], src: &str, diags: &mut Diagnostics) {
    let path = Path::new("content/site.yaml");
    let mut seen = BTreeMap::new();
    for (i, unit) in units.iter().enumerate() {
        let id = unit.id.as_str();
        let problem = if !is_valid_slug(id) {
            Some(unit_messages::bad_id(i, id))
        } else if KnownUnit::from_id(id).is_some() {
            Some(unit_messages::built_in(i, id))
        } else if seen.insert(id, ()).is_some() {
            Some(unit_messages::duplicate(i, id))
        } else {
            None
        };
        if let Some((message, help)) = problem {
            // Sources have ids too: the unit's is one after `units:`, the
            // last of those with its id so far.
            let after = src.find("\nunits:").unwrap_or(0);
            let n = units[..i].iter().filter(|u| u.id == id).count();
            let (at, len) = crate::yaml::locate_nth(&src[after..], "id", n, |v| v == id)
                .map_or((0, 1), |(at, len)| (after + at, len));
            diags.push(
                Diagnostic::error(path, message)
                    .at_offset(src, at, len)
                    .with_help(help),
            );
        }
    }
}

/// What is wrong with a site's unit, and how to fix it.
mod unit_messages {
    use crate::catalogue::Text;
    use crate::text;

    pub fn bad_id(i: usize, id: &str) -> (Text, Text) {
        (
            text!("model-unit-bad-id", index = i, id = id),
            text!("model-unit-bad-id-help"),
        )
    }

    pub fn built_in(i: usize, id: &str) -> (Text, Text) {
        (
            text!("model-unit-built-in", index = i, id = id),
            text!("model-unit-built-in-help", id = id),
        )
    }

    pub fn duplicate(i: usize, id: &str) -> (Text, Text) {
        (
            text!("model-unit-duplicate", index = i, id = id),
            text!("model-unit-duplicate-help"),
        )
    }
}

/// What the government-portal footer lacks: each detail that `site.yaml`
/// leaves empty is one a Chinese government portal is expected to show; a
/// warning, or an error under the government-portal profile.
pub fn footer_findings(config: &Config, src: &str) -> Vec<Diagnostic> {
    let f = &config.footer;
    let missing: Vec<Text> = [
        (f.organiser.is_none(), text!("model-footer-organiser")),
        (f.undertaker.is_none(), text!("model-footer-undertaker")),
        (f.contact.is_none(), text!("model-footer-contact")),
        (f.icp.trim().is_empty(), text!("model-footer-icp")),
        (f.police.trim().is_empty(), text!("model-footer-police")),
        (
            f.site_code.trim().is_empty(),
            text!("model-footer-site-code"),
        ),
        (f.badge_id.trim().is_empty(), text!("model-footer-badge")),
    ]
    .into_iter()
    .filter_map(|(missing, what)| missing.then_some(what))
    .collect();
    // The details listed as the language lists them: `a, b, c` or `a、b、c`.
    let Some(listed) = missing
        .into_iter()
        .rev()
        .reduce(|rest, first| text!("model-list", first = first, rest = rest))
    else {
        return Vec::new();
    };
    let message = text!("model-footer-missing", missing = listed);
    let diag = if config.gov {
        Diagnostic::error("content/site.yaml", message)
            .with_help(text!("model-footer-missing-gov-help"))
    } else {
        Diagnostic::warning("content/site.yaml", message)
            .with_help(text!("model-footer-missing-help"))
    };
    // At `footer:`, or where the profile is asked for when there is none.
    let at =
        yaml::locate(src, "footer", |_| false).or_else(|| yaml::locate(src, "profile", |_| false));
    vec![match at {
        Some((offset, len)) => diag.at_offset(src, offset, len),
        None => diag,
    }]
}
