//! What `check` adds to a build's validation: every link and anchor of the
//! rendered pages leads somewhere (a link from the site's root written in
//! content reported at its Markdown line, the rest, the templates', in the
//! page), and every record is translated.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::catalogue::Text;
use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::model::Site;
use crate::output::OutputFile;
use crate::text;

/// Links that lead to no file or to a missing anchor: those written in
/// content from the site's root at their Markdown line, every other link of
/// the rendered pages in the page as it would be written under `output_name`.
pub fn broken_links(
    site: &Site,
    files: &[OutputFile],
    base_path: &str,
    output_name: &str,
) -> Vec<Diagnostic> {
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
    let known = Known {
        base_path,
        files: &by_path,
        ids: &ids,
    };
    let (mut found, from_content) = content_links(site, &known);
    found.par_extend(
        files
            .par_iter()
            .filter(|f| f.path.ends_with(".html"))
            .flat_map_iter(|file| {
                let html = std::str::from_utf8(&file.bytes).unwrap_or("");
                let page = format!("{output_name}/{}", file.path);
                links_of(html)
                    .filter(|(_, link)| !from_content.contains(*link))
                    .filter_map(|(at, link)| {
                        let broken = known.problem(link, &file.path)?;
                        Some(
                            Diagnostic::error(&page, broken.message(link))
                                .at_offset(html, at, link.len())
                                .with_help(text!("links-fix-in-template")),
                        )
                    })
                    .collect::<Vec<_>>()
            }),
    );
    found.sort_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)));
    found
}

/// Links from the site's root written in texts (`[指南](/files/指南.pdf)`),
/// each checked and reported where it is written; with those links as
/// pages carry them, which the pass over pages leaves alone.
fn content_links(site: &Site, known: &Known) -> (Vec<Diagnostic>, HashSet<String>) {
    let texts = site
        .records
        .iter()
        .flat_map(|r| r.texts.iter().flatten())
        .chain(site.intros.values());
    let mut found = Vec::new();
    let mut hrefs = HashSet::new();
    for text in texts {
        for link in &text.outline.links {
            let Some(rel) = crate::markdown::from_root(&link.dest) else {
                continue;
            };
            let href = format!("{}{rel}", known.base_path);
            if let Some(broken) = known.problem(&href, "") {
                // The caret goes under the destination, within the whole link.
                let written = &text.source[link.at..link.at + link.len];
                let (at, len) = written
                    .rfind(link.dest.as_str())
                    .map_or((link.at, link.len), |i| (link.at + i, link.dest.len()));
                found.push(
                    Diagnostic::error(&*text.path, broken.message(&link.dest))
                        .at_offset(&text.source, at, len)
                        .with_help(text!("links-from-root-help")),
                );
            }
            hrefs.insert(href);
        }
    }
    (found, hrefs)
}

/// What links are checked against: the site's base path, its files by
/// path, and each page's ids.
struct Known<'a> {
    base_path: &'a str,
    files: &'a HashMap<&'a str, &'a OutputFile>,
    ids: &'a HashMap<&'a str, HashSet<&'a str>>,
}

/// How a link is broken.
enum Broken {
    /// It leads out of the base path.
    LeavesBase(String),
    /// No file has its path.
    NoPage,
    /// The page has no element with the anchor's id.
    NoAnchor(String),
}

impl Broken {
    /// The message for a link written `shown`.
    fn message(&self, shown: &str) -> Text {
        match self {
            Broken::LeavesBase(base) => text!("links-leaves-base", link = shown, base = base),
            Broken::NoPage => text!("links-no-page", link = shown),
            Broken::NoAnchor(id) => text!("links-no-anchor", link = shown, id = id),
        }
    }
}

impl Known<'_> {
    /// Why `link` on page `from` is broken, if it is.
    fn problem(&self, link: &str, from: &str) -> Option<Broken> {
        let (path, anchor) = link
            .split_once('#')
            .map_or((link, None), |(p, a)| (p, Some(a)));
        let target = if path.is_empty() {
            from.to_string()
        } else if path.contains(':') || path.starts_with("//") {
            return None; // another site, or mailto: and the like
        } else if let Some(rel) = path.strip_prefix(self.base_path) {
            let rel = rel.split('?').next().unwrap_or(rel);
            if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel.to_string()
            }
        } else if path.starts_with('/') {
            return Some(Broken::LeavesBase(self.base_path.to_string()));
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
        if !self.files.contains_key(target.as_str()) {
            return Some(Broken::NoPage);
        }
        // A browser decodes `#%E6%A6%82%E5%86%B5` to the id `概况`; so does this check.
        let anchor = anchor.map(crate::media::decode_fragment);
        match anchor.as_deref() {
            Some(a)
                if !a.is_empty()
                    && target.ends_with(".html")
                    && !self.ids.get(target.as_str()).is_some_and(|s| s.contains(a)) =>
            {
                Some(Broken::NoAnchor(a.to_string()))
            }
            _ => None,
        }
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
            Lang::ALL
                .into_iter()
                .filter(|&l| !record.is_translated(l))
                .map(move |missing| {
                    let (text, _) = record.text(missing);
                    let want = format!(
                        "content/{}/{}.{}.md",
                        record.section.name(),
                        record.slug,
                        missing.code()
                    );
                    let language = match missing {
                        Lang::Zh => text!("check-chinese"),
                        Lang::En => text!("check-english"),
                    };
                    let message = Text::new("check-untranslated")
                        .arg("language", language.clone())
                        .arg("file", &want);
                    let diag = if strict {
                        Diagnostic::error(&*text.path, message)
                    } else {
                        Diagnostic::warning(&*text.path, message)
                    };
                    diag.at_offset(&text.source, 0, 3).with_help(
                        Text::new("check-untranslated-help")
                            .arg("file", want)
                            .arg("language", language),
                    )
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

    /// How each link is broken, as a message, among `files` under `base_path`.
    fn problems(files: &[OutputFile], base_path: &str, links: &[&str]) -> Vec<Option<String>> {
        problems_in(files, base_path, links, Lang::En)
    }

    /// The same, in `lang`.
    fn problems_in(
        files: &[OutputFile],
        base_path: &str,
        links: &[&str],
        lang: Lang,
    ) -> Vec<Option<String>> {
        let by_path = files.iter().map(|f| (f.path.as_str(), f)).collect();
        let ids = files
            .iter()
            .map(|f| {
                (
                    f.path.as_str(),
                    ids_of(std::str::from_utf8(&f.bytes).unwrap()),
                )
            })
            .collect();
        let known = Known {
            base_path,
            files: &by_path,
            ids: &ids,
        };
        links
            .iter()
            .map(|link| {
                known
                    .problem(link, "index.html")
                    .map(|b| b.message(link).render(lang))
            })
            .collect()
    }

    #[test]
    fn finds_links_to_missing_pages_and_anchors() {
        let files = [
            page("index.html", "<h1 id=\"top\">Home</h1>"),
            page(
                "a/index.html",
                "<h2 id=\"%\">%</h2><h2 id=\"概况\">概况</h2>",
            ),
            page("files/政策 2024.pdf", "%PDF"),
        ];
        let found = problems(
            &files,
            "/",
            &[
                "/a/",
                "/b/",
                "/a/#概况",
                "/a/#%E6%A6%82%E5%86%B5",
                "/a/#y",
                "https://example.org/",
                "#top",
                "#bottom",
                "/files/%E6%94%BF%E7%AD%96%202024.pdf",
            ],
        );
        assert_eq!(found[0], None);
        assert_eq!(found[1].as_deref(), Some("`/b/` leads to no page"));
        assert_eq!(found[2], None);
        assert_eq!(found[3], None, "a percent-encoded anchor is the same id");
        assert!(
            found[4]
                .as_deref()
                .unwrap()
                .contains("no element with id `y`")
        );
        assert_eq!(found[5], None);
        assert_eq!(found[6], None);
        assert!(found[7].as_deref().unwrap().contains("`bottom`"));
        assert_eq!(found[8], None, "a percent-encoded file name");
        let chinese = problems_in(&files, "/", &["/b/", "/a/#y"], Lang::Zh);
        assert_eq!(chinese[0].as_deref(), Some("`/b/`指向的页面不存在"));
        assert_eq!(
            chinese[1].as_deref(),
            Some("`/a/#y`：页面中没有`id`为`y`的元素")
        );
    }

    #[test]
    fn flags_links_that_leave_the_base_path() {
        let files = [page("index.html", "")];
        let found = problems(&files, "/zone/", &["/other/", "/zone/"]);
        assert!(
            found[0]
                .as_deref()
                .unwrap()
                .contains("leaves the site's base path /zone/")
        );
        assert_eq!(found[1], None);
        let chinese = problems_in(&files, "/zone/", &["/other/"], Lang::Zh);
        assert_eq!(
            chinese[0].as_deref(),
            Some("`/other/`不在网站的基础路径/zone/之下")
        );
    }
}
