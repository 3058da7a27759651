//! Markdown bodies to HTML: CommonMark with tables, footnotes, strikethrough,
//! task lists and heading ids; `@/section/slug` links resolved to the page in
//! the same language; raw HTML sanitised unless the site trusts it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

use crate::content::Text;
use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::Lang;
use crate::model::Site;
use crate::section::Section;
use crate::urls::Urls;

/// A body rendered to HTML.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// The ids of its headings, for checking `#anchor` links.
    pub ids: Vec<String>,
    /// Links into other records' anchors, checked once every body is rendered.
    pub anchors: Vec<AnchorLink>,
}

/// A `@/section/slug#anchor` link, to check that the anchor exists.
#[derive(Debug, Clone)]
pub struct AnchorLink {
    /// The record linked to.
    pub target: usize,
    /// The anchor, without `#`.
    pub anchor: String,
    /// Byte offset and length of the link in the source file.
    pub span: (usize, usize),
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `text`'s body for a page in `lang`, reporting links that lead nowhere.
pub fn render(
    text: &Text,
    lang: Lang,
    site: &Site,
    urls: &Urls,
    diags: &mut Vec<Diagnostic>,
) -> Rendered {
    let body = text.body();
    let mut out = Rendered::default();
    let mut needs_sanitising = false;
    let mut used_ids = HeadingIds::default();
    let mut events: Vec<Event> = Vec::new();
    let mut heading: Option<(usize, String)> = None; // index of the open heading's Start event, its text
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = resolve(
                    &dest_url,
                    text,
                    range.start,
                    lang,
                    site,
                    urls,
                    diags,
                    &mut out.anchors,
                )
                .map_or(dest_url, CowStr::from);
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
            Event::Start(Tag::Heading { .. }) => {
                heading = Some((events.len(), String::new()));
                event
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                if let Some((_, title)) = &mut heading {
                    title.push_str(t);
                }
                event
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, title)) = heading.take()
                    && let Event::Start(Tag::Heading { id, .. }) = &mut events[start]
                {
                    let wanted = id
                        .as_deref()
                        .map_or_else(|| slugify(&title), str::to_string);
                    let unique = unique_id(wanted, &mut used_ids);
                    out.ids.push(unique.clone());
                    *id = Some(unique.into());
                }
                event
            }
            other => other,
        };
        events.push(event);
    }
    out.html.reserve(body.len() * 3 / 2);
    html::push_html(&mut out.html, events.into_iter());
    if needs_sanitising && !site.config.trusted_html {
        out.html = sanitiser().clean(&out.html).to_string();
    }
    out
}

/// Resolves a `@/section/slug#anchor` link to the page's URL in `lang`; other
/// links are left as they are.
#[allow(clippy::too_many_arguments)]
fn resolve(
    dest: &str,
    text: &Text,
    offset: usize,
    lang: Lang,
    site: &Site,
    urls: &Urls,
    diags: &mut Vec<Diagnostic>,
    anchors: &mut Vec<AnchorLink>,
) -> Option<String> {
    let link = dest.strip_prefix("@/")?;
    let at = text.body_start + offset;
    let src = &text.source;
    let len = src[at..].find(dest).map_or(1, |i| i + dest.len());
    let error = |message: String, help: String| {
        Diagnostic::error(&*text.path, message)
            .at_offset(src, at, len)
            .with_help(help)
    };
    let (path, anchor) = link
        .split_once('#')
        .map_or((link, None), |(p, a)| (p, Some(a)));
    let Some((section_name, slug)) = path.trim_end_matches('/').split_once('/') else {
        diags.push(error(
            format!("`{dest}` does not name a record"),
            "write links to records as @/<section>/<slug>, e.g. @/parks/nanchuan".into(),
        ));
        return None;
    };
    let Some(section) = Section::from_name(section_name) else {
        let names = Section::ALL.map(Section::name);
        let help = did_you_mean(section_name, names).map_or_else(
            || format!("the sections are {}", names.join(", ")),
            |s| format!("did you mean `@/{s}/{slug}`?"),
        );
        diags.push(error(
            format!("`{section_name}` in `{dest}` is not a section"),
            help,
        ));
        return None;
    };
    let Some(target) = site.find(section, slug) else {
        let slugs = site.section(section).map(|(_, r)| r.slug.as_str());
        let help = did_you_mean(slug, slugs).map_or_else(
            || format!("link to a record that exists under content/{}/, or create content/{}/{slug}.yaml", section.name(), section.name()),
            |s| format!("did you mean `@/{}/{s}`?", section.name()),
        );
        diags.push(error(
            format!("broken link: there is no {} `{slug}`", section.singular()),
            help,
        ));
        return None;
    };
    let href = urls.href(&urls.record(lang, section, slug));
    Some(match anchor {
        Some(anchor) => {
            anchors.push(AnchorLink {
                target,
                anchor: anchor.to_string(),
                span: (at, len),
            });
            format!("{href}#{anchor}")
        }
        None => href,
    })
}

/// Schemes a link may use without sanitising; anything else (`javascript:`…) is
/// handed to the sanitiser, which drops it.
fn is_safe_url(url: &str) -> bool {
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
            .add_tags(["input", "section"])
            .add_generic_attributes(["id", "class"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("img", ["loading"])
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
