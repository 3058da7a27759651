//! Links in Markdown bodies: an `@/section/slug` link names a record that
//! exists, its `#anchor` a heading of that record's text in the same language,
//! and every other link uses a scheme a page may carry. Checked here, from
//! each file's outline, so that `build`, `check` and `serve` report the same.

use crate::text;
use std::collections::BTreeSet;

use rayon::prelude::*;

use super::{Site, record_noun};
use crate::content::Text;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::i18n::Lang;
use crate::markdown::{self, Link};
use crate::section::Section;

/// Checks the links of every published text and section introduction; a link
/// to a record in `broken` (a file of it failed to parse, and says so) is
/// left alone.
pub fn check(site: &Site, broken: &BTreeSet<(Section, String)>, diags: &mut Diagnostics) {
    let texts = site.records.par_iter().flat_map_iter(|record| {
        Lang::ALL
            .into_iter()
            .filter_map(move |lang| Some((record.texts[lang.index()].as_deref()?, lang)))
    });
    let intros = site
        .intros
        .par_iter()
        .map(|(&(_, lang), text)| (&**text, lang));
    // Finding what is wrong is cheap and runs in parallel; explaining it
    // (the nearest names) is not, and is done only for the errors shown.
    let found: Vec<(&Text, &Link, Fault)> = texts
        .chain(intros)
        .flat_map_iter(|(text, lang)| {
            text.outline
                .links
                .iter()
                .filter_map(move |link| Some((text, link, fault(site, broken, link, lang)?)))
        })
        .collect();
    for (text, link, fault) in found {
        diags.push_capped(&text.path, text!("diag-kind-broken-links"), || {
            explain(site, link, fault).locate(text, link)
        });
    }
}

/// What is wrong with a link.
enum Fault<'a> {
    /// Its scheme is not one a page may carry.
    Scheme,
    /// An `@/` link that names no record.
    NotRecord,
    /// An `@/` link to a section that does not exist.
    NotSection(&'a str, &'a str),
    /// An `@/` link to a record that does not exist.
    NoRecord(Section, &'a str),
    /// An anchor that is none of the headings of the record's text in `Lang`.
    NoAnchor(usize, &'a str, Lang),
}

fn fault<'a>(
    site: &Site,
    broken: &BTreeSet<(Section, String)>,
    link: &'a Link,
    lang: Lang,
) -> Option<Fault<'a>> {
    let Some(target) = &link.record else {
        return (!markdown::is_safe_url(&link.dest)).then_some(Fault::Scheme);
    };
    let Ok(target) = target else {
        return Some(Fault::NotRecord);
    };
    let Some(section) = site.config.sections.get(&target.section_name) else {
        return Some(Fault::NotSection(&target.section_name, &target.slug));
    };
    let slug = target.slug.as_str();
    if slug.is_empty() {
        // `@/section`: its list, which every section has.
        return None;
    }
    let Some(index) = site.find(section, slug) else {
        let skip = broken.contains(&(section, slug.to_string()));
        return (!skip).then_some(Fault::NoRecord(section, slug));
    };
    let anchor = target.anchor.as_deref()?;
    let ids = &site.records[index].text(lang).0.outline.ids;
    // `#概况` may be written percent-encoded, as a browser's address bar copies it.
    let id = crate::media::decode_fragment(anchor);
    (!ids.iter().any(|i| *i == id)).then_some(Fault::NoAnchor(index, anchor, lang))
}

/// What is wrong with a link: a message and help.
struct Problem(crate::catalogue::Text, crate::catalogue::Text);

impl Problem {
    fn locate(self, text: &Text, link: &Link) -> Diagnostic {
        Diagnostic::error(&*text.path, self.0)
            .at_offset(&text.source, link.at, link.len)
            .with_help(self.1)
    }
}

/// The message and help for a link's fault, with the nearest valid name.
fn explain(site: &Site, link: &Link, fault: Fault) -> Problem {
    let dest = link.dest.as_str();
    match fault {
        Fault::Scheme => Problem(
            text!("model-link-scheme", link = shorten(dest)),
            text!("model-link-scheme-help"),
        ),
        Fault::NotRecord => Problem(
            text!("model-link-not-record", link = shorten(dest)),
            text!("model-link-not-record-help"),
        ),
        Fault::NotSection(section_name, slug) => {
            let names = site.config.sections.names();
            let help = match did_you_mean(section_name, names.iter().copied()) {
                Some(s) if slug.is_empty() => {
                    text!("model-did-you-mean", closest = format!("@/{s}"))
                }
                Some(s) => text!("model-did-you-mean", closest = format!("@/{s}/{slug}")),
                None => text!("model-sections-are", sections = names.clone()),
            };
            Problem(
                text!("model-link-not-section")
                    .arg("section", section_name)
                    .arg("link", shorten(dest)),
                help,
            )
        }
        Fault::NoRecord(section, slug) => {
            let slugs = site.section(section).map(|(_, r)| r.slug.as_str());
            let help = match did_you_mean(slug, slugs) {
                Some(s) => {
                    let closest = format!("@/{}/{s}", section.name());
                    text!("model-did-you-mean", closest = closest)
                }
                None => text!("model-link-no-record-help")
                    .arg("section", section.name())
                    .arg("slug", slug),
            };
            Problem(
                text!("model-link-no-record")
                    .arg("record", record_noun(section))
                    .arg("slug", slug),
                help,
            )
        }
        Fault::NoAnchor(target, anchor, lang) => {
            let target = &site.records[target];
            let ids = &target.text(lang).0.outline.ids;
            let name = format!("{}/{}", target.section.name(), target.slug);
            let help = match did_you_mean(anchor, ids.iter().map(String::as_str)) {
                Some(best) => text!("model-did-you-mean", closest = format!("#{best}")),
                None if ids.is_empty() => text!("model-no-headings", page = &name),
                None => headings(&name, ids),
            };
            Problem(
                text!("model-link-no-anchor", page = &name, anchor = anchor),
                help,
            )
        }
    }
}

/// The headings of the page `name`: the first few of `ids`, and how many
/// there are in all when there are more.
fn headings(name: &str, ids: &[String]) -> crate::catalogue::Text {
    const SHOWN: usize = 10;
    let shown: Vec<&str> = ids.iter().take(SHOWN).map(String::as_str).collect();
    if ids.len() > SHOWN {
        text!("model-headings-are-more")
            .arg("page", name)
            .arg("headings", shown)
            .arg("count", ids.len())
    } else {
        text!("model-headings-are", page = name, headings = shown)
    }
}

/// A destination cut to a length a message can quote.
fn shorten(dest: &str) -> String {
    const MAX: usize = 60;
    match dest.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &dest[..at]),
        None => dest.to_string(),
    }
}
