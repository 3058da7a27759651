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
use crate::render::views::Views;
use crate::section::Section;

/// JSON-LD of a language's home page.
pub fn home(views: &Views, lang: Lang) -> String {
    let urls = views.urls;
    let c = &views.site.config;
    let home = urls.permalink(&urls.home(lang));
    let parks: Vec<Value> = views
        .site
        .section(Section::Parks)
        .map(|(_, r)| {
            let url = urls.permalink(&urls.record(lang, r.section, &r.slug));
            json!({
                "@type": "Place",
                "@id": format!("{url}#place"),
                "name": r.text(lang).0.front.title,
                "url": url,
            })
        })
        .collect();
    let mut zone = json!({
        "@type": "Place",
        "@id": zone_id(views),
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
        organisation(views, lang),
        {
            "@type": "WebSite",
            "@id": format!("{}#website", urls.permalink("")),
            "name": c.name.get(lang),
            "url": home,
            "inLanguage": lang.tag(),
            "publisher": {"@id": organisation_id(views)},
        }
    ]);
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// JSON-LD of a section's list page.
pub fn section(views: &Views, lang: Lang, title: &str, url: &str) -> String {
    let urls = views.urls;
    let url = url.to_string();
    let graph = json!([
        {
            "@type": "CollectionPage",
            "name": title,
            "url": url,
            "inLanguage": lang.tag(),
            "isPartOf": {"@id": format!("{}#website", urls.permalink(""))},
        },
        breadcrumbs(views, lang, &[(title.to_string(), url.clone())]),
    ]);
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// JSON-LD of a record's page.
pub fn record(views: &Views, lang: Lang, index: usize) -> String {
    let urls = views.urls;
    let record = &views.site.records[index];
    let (text, text_lang) = record.text(lang);
    let url = urls.permalink(&urls.record(lang, record.section, &record.slug));
    let section_title = views.theme.section_title(lang, record.section).to_string();
    let section_url = urls.permalink(&urls.section(lang, record.section));
    let summary = text.front.summary.clone().unwrap_or_default();
    let mut graph = Vec::new();
    match &record.data {
        Data::Park(d) => {
            let mut place = json!({
                "@type": "Place",
                "@id": format!("{url}#place"),
                "name": text.front.title,
                "description": summary,
                "url": url,
                "containedInPlace": {"@id": zone_id(views)},
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
                "name": text.front.title,
                "description": summary,
                "url": url,
            });
            if let Some(park) = d.park.as_deref() {
                org["location"] = json!({"@id": format!(
                    "{}#place",
                    urls.permalink(&urls.record(lang, Section::Parks, park))
                )});
            }
            graph.push(org);
        }
        Data::News(d) => {
            let mut article = json!({
                "@type": "NewsArticle",
                "headline": text.front.title,
                "description": summary,
                "url": url,
                "mainEntityOfPage": url,
                "inLanguage": text_lang.tag(),
                "publisher": {"@id": organisation_id(views)},
            });
            if let Some(date) = record.date() {
                article["datePublished"] = json!(date.to_string());
            }
            if let Some(source) = d.source.as_deref().and_then(|id| views.site.source(id)) {
                let mut based_on = json!({
                    "@type": "CreativeWork",
                    "name": source.title.get(lang),
                    "datePublished": source.date.to_string(),
                });
                if let Some(u) = &source.url {
                    based_on["url"] = json!(u);
                }
                article["isBasedOn"] = based_on;
            }
            graph.push(article);
            graph.push(organisation(views, lang));
        }
        _ => graph.push(json!({
            "@type": "WebPage",
            "name": text.front.title,
            "description": summary,
            "url": url,
            "inLanguage": text_lang.tag(),
        })),
    }
    graph.push(breadcrumbs(
        views,
        lang,
        &[
            (section_title, section_url),
            (text.front.title.clone(), url),
        ],
    ));
    script_safe(&json!({"@context": "https://schema.org", "@graph": graph}))
}

/// The site's stable id for the zone, the same in both languages.
fn zone_id(views: &Views) -> String {
    format!("{}#zone", views.urls.permalink(""))
}

fn organisation_id(views: &Views) -> String {
    format!("{}#organisation", views.urls.permalink(""))
}

/// The body that runs the site: the footer's organiser, else the zone itself.
fn organisation(views: &Views, lang: Lang) -> Value {
    let c = &views.site.config;
    let name = c
        .footer
        .organiser
        .as_ref()
        .map_or_else(|| c.name.get(lang), |o| o.get(lang));
    json!({
        "@type": "GovernmentOrganization",
        "@id": organisation_id(views),
        "name": name,
        "url": views.urls.permalink(&views.urls.home(lang)),
        "areaServed": {"@id": zone_id(views)},
    })
}

/// A BreadcrumbList from the home page through `trail`.
fn breadcrumbs(views: &Views, lang: Lang, trail: &[(String, String)]) -> Value {
    let urls = views.urls;
    let home = (
        views.theme.string(lang, "home").to_string(),
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
