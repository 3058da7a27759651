//! Markdown bodies: their outline (heading ids and links), read when a file is
//! parsed so that validation can check every link and anchor across records,
//! and their HTML: CommonMark with tables, footnotes, strikethrough, task lists
//! and heading ids; `@/section/slug` links resolved to the page in the same
//! language; raw HTML sanitised unless the site trusts it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

use crate::i18n::Lang;
use crate::urls::Urls;

/// What validation needs of a body, read without rendering it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// The ids of its headings, in order, unique within the body.
    pub ids: Vec<String>,
    /// Its links and images, in order.
    pub links: Vec<Link>,
}

/// A link or image destination as written, and where it is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination, e.g. `@/parks/nanchuan#概况` or `https://…`.
    pub dest: String,
    /// What an `@/` destination names, read once with the file: its section
    /// (when that is a section), slug and anchor; `None` for other links,
    /// `Some(Err(()))` for an `@/` link that names no record.
    pub record: Option<Result<Target, ()>>,
    /// Byte offset of the destination in the whole file.
    pub at: usize,
    /// Its length in bytes, for the caret.
    pub len: usize,
    /// For an image, its alt text as written (`![alt](…)`); `None` for a link.
    pub alt: Option<String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The outline of the body that starts at byte `body_start` of `source`.
pub fn outline(source: &str, body_start: usize) -> Outline {
    let body = &source[body_start..];
    let mut out = Outline::default();
    let mut used_ids = HeadingIds::default();
    let mut heading: Option<(Option<String>, String)> = None;
    // The image whose alt text is being read, by its index in `links`.
    let mut image: Option<usize> = None;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if let (Some(i), Event::Text(t) | Event::Code(t)) = (image, &event)
            && let Some(alt) = &mut out.links[i].alt
        {
            alt.push_str(t);
        }
        if let Event::Start(Tag::Image { .. }) = event {
            image = Some(out.links.len());
        }
        match event {
            Event::End(TagEnd::Image) => image = None,
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let is_image = matches!(tag, Tag::Image { .. });
                let (Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = tag else {
                    continue;
                };
                let at = body_start + range.start;
                // The caret runs from the link's start to the end of its destination.
                let len = source[at..]
                    .find(&*dest_url)
                    .map_or(1, |i| i + dest_url.len());
                out.links.push(Link {
                    record: record_link(&dest_url).map(|r| r.map(Target::of)),
                    dest: dest_url.into_string(),
                    at,
                    len,
                    alt: is_image.then(String::new),
                });
            }
            Event::Start(Tag::Heading { id, .. }) => {
                heading = Some((id.map(CowStr::into_string), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, title)) = &mut heading {
                    title.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((id, title)) = heading.take() {
                    let wanted = id.unwrap_or_else(|| slugify(&title));
                    out.ids.push(unique_id(wanted, &mut used_ids));
                }
            }
            _ => {}
        }
    }
    out
}

/// Renders a body for a page in `lang`, with the heading ids of its outline.
/// Its links were checked when the site was validated: an `@/` link here
/// names a record that exists.
pub fn render(
    body: &str,
    outline: &Outline,
    lang: Lang,
    urls: &Urls,
    trusted_html: bool,
    media: Option<&crate::media::html::Media>,
) -> String {
    let mut needs_sanitising = false;
    let mut ids = outline.ids.iter();
    let events = Parser::new_ext(body, options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = resolve(&dest_url, lang, urls).map_or(dest_url, CowStr::from);
            needs_sanitising |= !is_safe_url(&dest_url);
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            needs_sanitising |= !is_safe_url(&dest_url);
            let dest_url =
                from_root(&dest_url).map_or(dest_url.clone(), |rel| urls.href(rel).into());
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Html(_) | Event::InlineHtml(_) => {
            needs_sanitising = true;
            event
        }
        Event::Start(Tag::Heading {
            level,
            classes,
            attrs,
            ..
        }) => Event::Start(Tag::Heading {
            level,
            id: ids.next().map(|id| CowStr::from(id.as_str())),
            classes,
            attrs,
        }),
        other => other,
    });
    let mut html = String::with_capacity(body.len() * 3 / 2);
    match media {
        Some(media) => html::push_html(&mut html, media.rewrite(events.collect()).into_iter()),
        None => html::push_html(&mut html, events),
    }
    if needs_sanitising && !trusted_html {
        html = sanitiser().clean(&html).to_string();
    }
    html
}

/// A record an `@/section/slug#anchor` link names, as written, or the
/// section `@/section` names (its list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordLink<'a> {
    /// The section's name as written.
    pub section: &'a str,
    /// The slug; empty for a link to the section's list.
    pub slug: &'a str,
    /// The anchor, without `#`.
    pub anchor: Option<&'a str>,
}

/// The record an `@/` link names, as validation needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The section's id as written.
    pub section_name: String,
    /// The slug.
    pub slug: String,
    /// The anchor, without `#`.
    pub anchor: Option<String>,
}

impl Target {
    fn of(link: RecordLink) -> Target {
        Target {
            section_name: link.section.to_string(),
            slug: link.slug.to_string(),
            anchor: link.anchor.map(str::to_string),
        }
    }
}

/// Splits an `@/section/slug#anchor` or `@/section` destination; `None` for
/// other links and `Some(Err(()))` for an `@/` link that names no record or
/// section (a section's list has no anchors to name).
pub fn record_link(dest: &str) -> Option<Result<RecordLink<'_>, ()>> {
    let link = dest.strip_prefix("@/")?;
    let (path, anchor) = link
        .split_once('#')
        .map_or((link, None), |(p, a)| (p, Some(a)));
    let path = path.trim_end_matches('/');
    let (section, slug) = path.split_once('/').unwrap_or((path, ""));
    let list_with_anchor = slug.is_empty() && anchor.is_some();
    let named = !section.is_empty() && !slug.contains('/') && !list_with_anchor;
    Some(
        named
            .then_some(RecordLink {
                section,
                slug,
                anchor,
            })
            .ok_or(()),
    )
}

/// The page an `@/` link leads to in `lang`, and a link from the site's
/// root (`/about/`) under the base URL's path; other links are left as they are.
fn resolve(dest: &str, lang: Lang, urls: &Urls) -> Option<String> {
    if let Some(rel) = from_root(dest) {
        return Some(urls.href(rel));
    }
    let link = record_link(dest)?.ok()?;
    if link.slug.is_empty() {
        return Some(urls.href(&urls.section_in(lang, link.section)));
    }
    let href = urls.href(&urls.record_in(lang, link.section, link.slug));
    Some(match link.anchor {
        Some(anchor) => format!("{href}#{anchor}"),
        None => href,
    })
}

/// A destination from the site's root, `/files/指南.pdf`, without its `/`:
/// the root is the base URL's path. `None` for any other (`//host/…` too).
pub fn from_root(dest: &str) -> Option<&str> {
    dest.strip_prefix('/').filter(|rest| !rest.starts_with('/'))
}

/// Schemes a link may use without sanitising; anything else (`javascript:`…) is
/// handed to the sanitiser, which drops it.
pub fn is_safe_url(url: &str) -> bool {
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme {
        None => true,
        Some(s) if s.contains(['/', '?', '#']) => true,
        Some(s) => matches!(s.as_str(), "http" | "https" | "mailto" | "tel"),
    }
}

/// The sanitiser for untrusted raw HTML: ammonia's defaults plus what Markdown
/// output and articles need (heading ids, figures, task-list boxes, footnotes).
fn sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags(["input", "section", "picture", "source"])
            .add_generic_attributes(["id", "class"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            // A record's images, as `media::html` writes them.
            .add_tag_attributes("img", ["loading", "decoding", "srcset", "sizes"])
            .add_tag_attributes("source", ["type", "srcset", "sizes"])
            .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect());
        builder
    })
}

/// A heading id from its text: lowercase, letters and digits of any script kept,
/// everything else folded into single hyphens.
pub fn slugify(title: &str) -> String {
    let mut id = String::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "section".to_string()
    } else {
        id.to_string()
    }
}

/// The heading ids of one page so far, and for each id asked for twice, the
/// next suffix to try.
#[derive(Default)]
struct HeadingIds {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

/// `wanted`, or else the first of `wanted-1`, `wanted-2`… not used yet.
/// Each suffix is tried once per `wanted` over a page, not once per heading,
/// so that a page of n equal headings costs n, not n².
fn unique_id(wanted: String, ids: &mut HeadingIds) -> String {
    if ids.used.insert(wanted.clone()) {
        return wanted;
    }
    // Suffixes below `next` were taken when tried, and ids are never freed.
    let next = ids.next.entry(wanted.clone()).or_insert(1);
    loop {
        let id = format!("{wanted}-{next}");
        *next += 1;
        if ids.used.insert(id.clone()) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugifies_headings_in_both_scripts() {
        assert_eq!(
            slugify("Optimising the business environment"),
            "optimising-the-business-environment"
        );
        assert_eq!(
            slugify("优化营商环境 开发区在“抢跑”"),
            "优化营商环境-开发区在-抢跑"
        );
        assert_eq!(slugify("!!!"), "section");
    }

    #[test]
    fn keeps_ids_unique() {
        let mut used = HeadingIds::default();
        assert_eq!(unique_id("a".into(), &mut used), "a");
        assert_eq!(unique_id("a".into(), &mut used), "a-1");
    }

    /// The first free `wanted`, `wanted-1`, `wanted-2`…, tried from 1 each
    /// time: what `unique_id` must give, however it gets there.
    fn unique_id_from_scratch(wanted: &str, used: &mut HashSet<String>) -> String {
        let mut id = wanted.to_string();
        let mut n = 1;
        while !used.insert(id.clone()) {
            id = format!("{wanted}-{n}");
            n += 1;
        }
        id
    }

    #[test]
    fn gives_the_ids_it_always_gave() {
        // Explicit ids that take suffixes ahead of time, suffixed ids asked
        // for as such, and repeats in between.
        let wanted = [
            "a", "a", "a-2", "a", "a", "a-1-1", "a-1", "a-1", "b", "a-4", "a", "b", "b-1", "b",
            "section", "section", "a-10", "a", "a", "a", "a", "a", "a", "a",
        ];
        let mut fast = HeadingIds::default();
        let mut slow = HashSet::new();
        for w in wanted {
            assert_eq!(
                unique_id(w.to_string(), &mut fast),
                unique_id_from_scratch(w, &mut slow),
                "{w}"
            );
        }
    }

    #[test]
    fn gives_thirty_thousand_equal_headings_ids_in_linear_time() {
        let mut ids = HeadingIds::default();
        let started = std::time::Instant::now();
        for _ in 0..30_000 {
            unique_id("overview".into(), &mut ids);
        }
        assert!(ids.used.contains("overview-29999"));
        // Retrying from 1 each time took 450 million tries; now 30,000.
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn tells_safe_urls() {
        for safe in ["https://a.org", "/x", "#a", "x/y:z", "mailto:a@b.c"] {
            assert!(is_safe_url(safe), "{safe}");
        }
        for unsafe_url in [
            "javascript:alert(1)",
            "JavaScript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!is_safe_url(unsafe_url), "{unsafe_url}");
        }
    }
}
