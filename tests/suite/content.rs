//! The real site: every figure shows on both language versions of its page with
//! its citation, and every record links to the records it relates to, both ways.

use zonesite::build::{Rendered, render_site};
use zonesite::facts::format_value;
use zonesite::i18n::Lang;
use zonesite::model::Options;
use zonesite::urls::Urls;

use crate::common::project;

/// The real site rendered in memory, and its URL scheme.
fn real_site() -> (Rendered, Urls) {
    let options = Options {
        no_search: true,
        ..Options::default()
    };
    let rendered = render_site(&project(), &options).unwrap();
    let config = &rendered.site.config;
    let urls = Urls::new(config.base_url.clone(), config.default_language_in_subdir);
    (rendered, urls)
}

#[test]
fn every_figure_shows_with_its_citation_on_both_versions_of_its_page() {
    let (rendered, urls) = real_site();
    let site = &rendered.site;
    let page = |rel: String| {
        let path = Urls::file_for(&rel);
        let file = rendered
            .files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path}"));
        String::from_utf8(file.bytes.clone()).unwrap()
    };
    let mut checked = 0;
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let home = page(urls.home(lang));
        let pages = site
            .records
            .iter()
            .map(|r| {
                (
                    page(urls.record(lang, r.section, &r.slug)),
                    r.facts(),
                    format!("{}/{}", r.section.name(), r.slug),
                )
            })
            .chain([(home, &site.config.facts[..], "home".to_string())]);
        for (html, facts, name) in pages {
            for fact in facts {
                let source = site.source(&fact.source).unwrap();
                let escaped = |t: &str| {
                    t.replace('&', "&amp;")
                        .replace('"', "&quot;")
                        .replace('\'', "&apos;")
                };
                for needle in [
                    format_value(fact, fact.unit.forms(&site.config.units).unwrap(), lang),
                    fact.label.get(lang).to_string(),
                    source.title.get(lang).to_string(),
                    fact.as_of.display(lang),
                ] {
                    if !html.contains(&escaped(&needle)) {
                        missing.push(format!("{} {name}: {needle}", lang.code()));
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(
        missing.is_empty(),
        "figures or citations missing:\n{}",
        missing.join("\n")
    );
    assert!(checked >= 60, "only {checked} figures");
}

#[test]
fn every_record_links_its_related_records_in_both_languages() {
    let (rendered, urls) = real_site();
    let site = &rendered.site;
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for record in &site.records {
            let path = Urls::file_for(&urls.record(lang, record.section, &record.slug));
            let html = String::from_utf8_lossy(
                &rendered
                    .files
                    .iter()
                    .find(|f| f.path == path)
                    .unwrap()
                    .bytes,
            )
            .into_owned();
            for &other in &record.related {
                let target = &site.records[other];
                let href = format!(
                    "href=\"{}\"",
                    urls.href(&urls.record(lang, target.section, &target.slug))
                );
                if !html.contains(&href) {
                    missing.push(format!("{path} lacks {href}"));
                }
                assert!(
                    target
                        .related
                        .iter()
                        .any(|&r| site.records[r].slug == record.slug),
                    "relations go both ways"
                );
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let nanchuan = site
        .find(site.config.sections.get("parks").unwrap(), "nanchuan")
        .unwrap();
    assert!(site.records[nanchuan].related.len() >= 3);
}
