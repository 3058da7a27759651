//! What `check` adds to a build's validation: every link and anchor of the
//! rendered pages leads somewhere, and every record is translated.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::model::Site;
use crate::output::OutputFile;

/// Links in the rendered pages that lead to no file or to a missing anchor,
/// located in the page as it would be written under `output_name`.
pub fn broken_links(files: &[OutputFile], base_path: &str, output_name: &str) -> Vec<Diagnostic> {
    let by_path: HashMap<&str, &OutputFile> = files.iter().map(|f| (f.path.as_str(), f)).collect();
    let ids: HashMap<&str, HashSet<&str>> = files
        .par_iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| {
            (
                f.path.as_str(),
                ids_of(std::str::from_utf8(&f.bytes).unwrap_or("")),
            )
        })
        .collect();
    let mut found: Vec<Diagnostic> = files
        .par_iter()
        .filter(|f| f.path.ends_with(".html"))
        .flat_map_iter(|file| {
            let html = std::str::from_utf8(&file.bytes).unwrap_or("");
            let page = format!("{output_name}/{}", file.path);
            links_of(html)
                .filter_map(|(at, link)| {
                    let problem = problem(link, &file.path, base_path, &by_path, &ids)?;
                    Some(
                        Diagnostic::error(&page, problem)
                            .at_offset(html, at, link.len())
                            .with_help(
                                "fix the link in the template or the content that produces it",
                            ),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)));
    found
}

/// Why `link` on page `from` is broken, if it is.
fn problem(
    link: &str,
    from: &str,
    base_path: &str,
    files: &HashMap<&str, &OutputFile>,
    ids: &HashMap<&str, HashSet<&str>>,
) -> Option<String> {
    let (path, anchor) = link
        .split_once('#')
        .map_or((link, None), |(p, a)| (p, Some(a)));
    let target = if path.is_empty() {
        from.to_string()
    } else if path.contains(':') || path.starts_with("//") {
        return None; // another site, or mailto: and the like
    } else if let Some(rel) = path.strip_prefix(base_path) {
        let rel = rel.split('?').next().unwrap_or(rel);
        if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }
    } else if path.starts_with('/') {
        return Some(format!("`{link}` leaves the site's base path {base_path}"));
    } else {
        return None; // relative links are left to the browser
    };
    // The search bundle is made by `build`; `check` does not make it.
    let bundle = target.strip_prefix(crate::search::BUNDLE_DIR);
    if bundle.is_some_and(|rest| rest.starts_with('/')) {
        return None;
    }
    // Files are written under their names as they are; links carry them percent-encoded.
    let target = crate::media::decode_fragment(&target).into_owned();
    if !files.contains_key(target.as_str()) {
        return Some(format!("`{link}` leads to no page"));
    }
    // A browser decodes `#%E6%A6%82%E5%86%B5` to the id `概况`; so does this check.
    let anchor = anchor.map(crate::media::decode_fragment);
    match anchor.as_deref() {
        Some(a)
            if !a.is_empty()
                && target.ends_with(".html")
                && !ids.get(target.as_str()).is_some_and(|s| s.contains(a)) =>
        {
            Some(format!("`{link}`: the page has no element with id `{a}`"))
        }
        _ => None,
    }
}

/// The `href` and `src` values of a page, with their offsets.
fn links_of(html: &str) -> impl Iterator<Item = (usize, &str)> {
    ["href=\"", "src=\""].into_iter().flat_map(move |attr| {
        html.match_indices(attr).filter_map(move |(at, _)| {
            let start = at + attr.len();
            let end = start + html[start..].find('"')?;
            Some((start, &html[start..end]))
        })
    })
}

fn ids_of(html: &str) -> HashSet<&str> {
    html.match_indices(" id=\"")
        .filter_map(|(at, m)| {
            let start = at + m.len();
            html[start..].find('"').map(|end| &html[start..start + end])
        })
        .collect()
}

/// Every record not written in a language, as a diagnostic on the text it has:
/// a warning, or an error when `strict`.
pub fn untranslated(site: &Site, strict: bool) -> Vec<Diagnostic> {
    site.records
        .iter()
        .flat_map(|record| {
            Lang::ALL.into_iter().filter(|&l| !record.is_translated(l)).map(move |missing| {
                let (text, _) = record.text(missing);
                let want = format!("content/{}/{}.{}.md", record.section.name(), record.slug, missing.code());
                let language = if missing == Lang::Zh { "Chinese" } else { "English" };
                let message = format!("not translated into {language}: {want} is missing");
                let diag = if strict { Diagnostic::error(&*text.path, message) } else { Diagnostic::warning(&*text.path, message) };
                diag.at_offset(&text.source, 0, 3).with_help(format!(
                    "translate this file into {want}; until then the {language} page shows this text under a notice"
                ))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, html: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn finds_links_to_missing_pages_and_anchors() {
        let files = [
            page(
                "index.html",
                "<a href=\"/a/\">a</a> <a href=\"/b/\">b</a> <a href=\"/a/#x\">x</a> <a href=\"/a/#y\">y</a> <a href=\"https://example.org/\">e</a> <a href=\"#top\">t</a>",
            ),
            page("a/index.html", "<h2 id=\"x\">X</h2>"),
        ];
        let found = broken_links(&files, "/", "public");
        let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("`/b/` leads to no page"));
        assert!(messages[1].contains("no element with id `y`"));
        assert!(messages[2].contains("`#top`"));
        assert_eq!(found[0].path.to_str(), Some("public/index.html"));
        assert_eq!(found[0].pos.col, 30);
    }

    #[test]
    fn flags_links_that_leave_the_base_path() {
        let files = [page("index.html", "<a href=\"/other/\">o</a>")];
        let found = broken_links(&files, "/zone/", "public");
        assert!(found[0].message.contains("leaves the site's base path"));
    }
}
