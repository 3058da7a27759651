//! schema.org structured data (JSON-LD) for each page: the zone as a Place run
//! by a GovernmentOrganization on the home page, parks as Places, enterprises
//! as Organizations, news as NewsArticles, and breadcrumbs everywhere below the
//! home page. Only what the content states goes in: coordinates the content
//! marks as approximate are left out, since consumers would take them as exact.
//!
//! The result is meant for a `<script type="application/ld+json">` element, so
//! `<`, `>` and `&` are written as JSON escapes: no text from the content can
//! close the element or start a comment.

use serde_json::{Value, json};

use crate::content::Data;
use crate::i18n::Lang;
use crate::render::read::Reader;
use crate::section::Kind;

/// JSON-LD of a language's home page.
pub fn home(read: &Reader, lang: Lang) -> String {
    let urls = read.urls();
    let c = read.config();
    let home = urls.permalink(&urls.home(lang));
    let parks: Vec<Value> = read
        .of_kind(Kind::Park)
        .map_or(&[][..], |parks| read.list(parks, lang))
        .iter()
        .map(|&i| {
            let r = read.record(i);
            let url = urls.permalink(&urls.record(lang, r.section(), r.slug()));
            json!({
                "@type": "Place",
                "@id": format!("{url}#place"),
                "name": r.title(lang).0,
                "url": url,
            })
        })
        .collect();
    let mut zone = json!({
        "@type": "Place",
        "@id": zone_id(read),
        "name": c.name.get(lang),
        "alternateName": [c.short_name.get(lang), c.name.get(lang.other())],
        "description": c.description.get(lang),
        "url": home,
    });
    if !parks.is_empty() {
        zone["containsPlace"] = Value::Array(parks);
    }
    let graph = json!([
        zone,
        organisation(read, lang),
        {
            "@type": "WebSite",
            "@id": format!("{}#website", urls.permalink("")),
            "name": c.name.get(lang),
            "url": home,
            "inLanguage": lang.tag(),
            "publisher": {"@id": organisation_id(read)},
        }
    ]);
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// JSON-LD of a section's list page.
pub fn section(read: &Reader, lang: Lang, title: &str, url: &str) -> String {
    let url = url.to_string();
    let graph = json!([
        {
            "@type": "CollectionPage",
            "name": title,
            "url": url,
            "inLanguage": lang.tag(),
            "isPartOf": {"@id": format!("{}#website", read.urls().permalink(""))},
        },
        breadcrumbs(read, lang, &[(title.to_string(), url.clone())]),
    ]);
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// JSON-LD of a record's page.
pub fn record(read: &Reader, lang: Lang, index: usize) -> String {
    let urls = read.urls();
    let record = read.record(index);
    let (title, text_lang) = record.title(lang);
    let url = urls.permalink(&urls.record(lang, record.section(), record.slug()));
    let section_title = read.section_title(lang, record.section()).to_string();
    let section_url = urls.permalink(&urls.section(lang, record.section()));
    let summary = record.summary(lang).0.unwrap_or_default();
    let mut graph = Vec::new();
    match record.data() {
        Data::Park(d) => {
            let mut place = json!({
                "@type": "Place",
                "@id": format!("{url}#place"),
                "name": title,
                "description": summary,
                "url": url,
                "containedInPlace": {"@id": zone_id(read)},
            });
            if let Some(loc) = d.location.filter(|l| !l.approximate) {
                place["geo"] = json!({
                    "@type": "GeoCoordinates",
                    "latitude": loc.lat,
                    "longitude": loc.lon,
                });
            }
            graph.push(place);
        }
        Data::Enterprise(d) => {
            let mut org = json!({
                "@type": "Organization",
                "name": title,
                "description": summary,
                "url": url,
            });
            if let (Some(park), Some(parks)) = (d.park.as_deref(), read.of_kind(Kind::Park)) {
                org["location"] = json!({"@id": format!(
                    "{}#place",
                    urls.permalink(&urls.record(lang, parks, park))
                )});
            }
            graph.push(org);
        }
        Data::News(d) => {
            let mut article = json!({
                "@type": "NewsArticle",
                "headline": title,
                "description": summary,
                "url": url,
                "mainEntityOfPage": url,
                "inLanguage": text_lang.tag(),
                "publisher": {"@id": organisation_id(read)},
            });
            if let Some(date) = record.date() {
                article["datePublished"] = json!(date.iso());
            }
            if let Some(source) = d.source.as_deref().and_then(|id| read.source(id)) {
                let mut based_on = json!({
                    "@type": "CreativeWork",
                    "name": source.title.get(lang),
                    "datePublished": source.date.iso(),
                });
                if let Some(u) = &source.url {
                    based_on["url"] = json!(u);
                }
                article["isBasedOn"] = based_on;
            }
            graph.push(article);
            graph.push(organisation(read, lang));
        }
        _ => graph.push(json!({
            "@type": "WebPage",
            "name": title,
            "description": summary,
            "url": url,
            "inLanguage": text_lang.tag(),
        })),
    }
    graph.push(breadcrumbs(
        read,
        lang,
        &[(section_title, section_url), (title.to_string(), url)],
    ));
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// The site's stable id for the zone, the same in both languages.
fn zone_id(read: &Reader) -> String {
    format!("{}#zone", read.urls().permalink(""))
}

fn organisation_id(read: &Reader) -> String {
    format!("{}#organisation", read.urls().permalink(""))
}

/// The body that runs the site: the footer's organiser, else the zone itself.
fn organisation(read: &Reader, lang: Lang) -> Value {
    let c = read.config();
    let name = c
        .footer
        .organiser
        .as_ref()
        .map_or_else(|| c.name.get(lang), |o| o.get(lang));
    json!({
        "@type": "GovernmentOrganization",
        "@id": organisation_id(read),
        "name": name,
        "url": read.urls().permalink(&read.urls().home(lang)),
        "areaServed": {"@id": zone_id(read)},
    })
}

/// A BreadcrumbList from the home page through `trail`.
fn breadcrumbs(read: &Reader, lang: Lang, trail: &[(String, String)]) -> Value {
    let urls = read.urls();
    let home = (
        read.string(lang, "home").to_string(),
        urls.permalink(&urls.home(lang)),
    );
    let items: Vec<Value> = std::iter::once(&home)
        .chain(trail)
        .enumerate()
        .map(|(i, (name, item))| {
            json!({"@type": "ListItem", "position": i + 1, "name": name, "item": item})
        })
        .collect();
    json!({"@type": "BreadcrumbList", "itemListElement": items})
}

/// Serialises `value` so that it can stand inside a `<script>` element.
pub fn script_safe(value: &Value) -> String {
    let text = serde_json::to_string(value).expect("JSON values serialise");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_from_the_content_can_close_the_script() {
        let v = json!({"name": "</script><script>alert(1)</script> & <!--"});
        let out = script_safe(&v);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, v, "the escapes are plain JSON");
    }
}
