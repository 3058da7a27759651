//! Search: builds a [Pagefind](https://pagefind.app) bundle from the rendered
//! pages, in process, without touching the disk.
//!
//! The build renders every page into memory; [`index`] reads those pages and
//! returns the bundle (the search indexes, Pagefind's JavaScript, its
//! WebAssembly and its UI) as more [`OutputFile`]s under the bundle directory,
//! for the atomic writer to put in place with everything else.
//!
//! Pagefind keeps one index per language, keyed by the lowercased `lang`
//! attribute of each page's `<html>` element: Chinese pages
//! (`<html lang="zh-Hans">`) go into the `zh-hans` index and English pages into
//! the `en` one, so a search on a Chinese page searches Chinese pages only. The
//! `extended` feature segments Chinese text into words (ICU4X's dictionary
//! segmenter, which agrees closely with the browser's `Intl.Segmenter` that
//! segments the query) and also indexes each pair of neighbouring characters
//! within and across those words, so 锂电 finds 锂电池 (segmented 锂|电池).
//!
//! What is indexed is up to the theme, through Pagefind's attributes: once any
//! page of a language has a `data-pagefind-body` element, only that language's
//! pages with one are indexed, and only that element's content;
//! `data-pagefind-ignore` leaves an element out; `data-pagefind-weight` weights
//! it; `data-pagefind-filter` and `data-pagefind-meta` attach filters and
//! result tags. `<nav>`, `<footer>`, `<form>`, `<label>`, `<script>`,
//! `<style>` and `<head>` are never indexed.
//! Pages marked `<meta name="robots" content="noindex">` (untranslated
//! fallbacks) and files that are not HTML are skipped here, before Pagefind
//! sees them.
//!
//! The output is deterministic: the same pages give byte-identical bundles,
//! whatever order they come in.

use std::collections::BTreeMap;

use pagefind::api::{PagefindIndex, SyntheticFile};
use pagefind::options::PagefindServiceConfig;

use crate::catalogue::Text;
use crate::output::OutputFile;
use crate::text;

/// Where the bundle goes, relative to the output directory, unless told
/// otherwise. Pagefind's scripts find their index relative to themselves, and
/// take the site's base path from the part of the URL before `/pagefind/`.
pub const BUNDLE_DIR: &str = "pagefind";

/// The name of the bundle's entry file, which lists the language indexes.
pub const ENTRY_FILE: &str = "pagefind-entry.json";

/// Builds the Pagefind bundle of the HTML pages among `files` and returns its
/// files, with paths under `bundle_dir` (e.g. `pagefind/pagefind-ui.js`),
/// sorted by path.
///
/// Pages are indexed in path order, so the bundle does not depend on the order
/// of `files`. A page's search URL is its path with a trailing `index.html`
/// cut off (`en/parks/ganhe/index.html` → `/en/parks/ganhe/`). Files under
/// `bundle_dir`, files not ending in `.html` and pages with a robots `noindex`
/// are skipped.
///
/// Each language is indexed on a thread of its own, by a Pagefind index of its
/// own (Pagefind's API indexes one page at a time and compresses its output on
/// one thread), and the bundles are merged: the result is the same as one
/// index of all pages, as a test checks. Pages without a `lang` join the
/// language with the most pages, as Pagefind does. Pagefind's `data-pagefind-body`
/// rule (once a page has one, pages without one are left out) applies within
/// each language.
///
/// Returns what went wrong if indexing fails.
pub fn index(files: &[OutputFile], bundle_dir: &str) -> Result<Vec<OutputFile>, IndexError> {
    let bundle_dir = bundle_dir.trim_matches('/');
    if bundle_dir.is_empty() {
        return Err(IndexError(text!("output-search-no-dir")));
    }
    let prefix = format!("{bundle_dir}/");
    let mut pages: Vec<&OutputFile> = files
        .iter()
        .filter(|f| f.path.ends_with(".html") && !f.path.starts_with(&prefix))
        .filter(|f| !is_noindex(&f.bytes))
        .collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));

    // Pagefind reads the working directory when it starts and panics if it
    // cannot; it resolves nothing against it when handed pages in memory.
    std::env::current_dir().map_err(|e| {
        let error = crate::output::io_error(&e);
        IndexError(text!("output-search-working-dir", error = error))
    })?;

    let groups = by_language(pages);
    let bundles: Vec<Result<Vec<SyntheticFile>, IndexError>> = if groups.len() < 2 {
        vec![bundle_of(groups.into_iter().next().unwrap_or_default())]
    } else {
        std::thread::scope(|scope| {
            let threads: Vec<_> = groups
                .into_iter()
                .map(|group| scope.spawn(move || bundle_of(group)))
                .collect();
            threads
                .into_iter()
                .map(|t| {
                    t.join()
                        .unwrap_or_else(|_| Err(IndexError(text!("output-search-panicked"))))
                })
                .collect()
        })
    };
    let mut merged: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut entry: Option<Entry> = None;
    for file in bundles
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
    {
        let relative: Vec<String> = file
            .filename
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let relative = relative.join("/");
        if relative == ENTRY_FILE {
            let part: Entry = serde_json::from_slice(&file.contents)
                .map_err(|e| IndexError::in_file(ENTRY_FILE, e))?;
            match entry.as_mut() {
                Some(entry) => entry.languages.extend(part.languages),
                None => entry = Some(part),
            }
        } else {
            merged.insert(format!("{prefix}{relative}"), file.contents);
        }
    }
    let entry =
        entry.ok_or_else(|| IndexError(text!("output-search-no-entry", file = ENTRY_FILE)))?;
    let entry = serde_json::to_vec(&entry).map_err(IndexError::pagefind)?;
    merged.insert(format!("{prefix}{ENTRY_FILE}"), entry);
    Ok(merged
        .into_iter()
        .map(|(path, bytes)| OutputFile { path, bytes })
        .collect())
}

/// Why the search index could not be built: a message of the catalogue,
/// most often quoting Pagefind's own error.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexError(Text);

impl IndexError {
    /// Pagefind (or the JSON it wrote) failed: its own words.
    fn pagefind(error: impl std::fmt::Display) -> IndexError {
        IndexError(text!("output-search-pagefind", error = error.to_string()))
    }

    /// Pagefind failed on the file `path`.
    fn in_file(path: &str, error: impl std::fmt::Display) -> IndexError {
        let error = error.to_string();
        IndexError(text!("output-search-in-file", path = path, error = error))
    }

    /// What went wrong, to be put into the user's language.
    pub fn text(&self) -> &Text {
        &self.0
    }

    /// What went wrong.
    pub fn into_text(self) -> Text {
        self.0
    }
}

/// In English, for a caller that has no language at hand.
impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.render(crate::catalogue::Lang::En))
    }
}

/// Pagefind's `pagefind-entry.json`, with its fields in Pagefind's order.
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    /// Pagefind's version.
    version: String,
    /// Each language's index.
    languages: BTreeMap<String, EntryLanguage>,
    /// Characters that count as parts of words.
    include_characters: Vec<char>,
}

/// One language's index in [`Entry`].
#[derive(serde::Serialize, serde::Deserialize)]
struct EntryLanguage {
    /// The hash naming the language's meta index file.
    hash: String,
    /// The language whose WebAssembly (with its stemmer) to load, if any.
    wasm: Option<String>,
    /// How many pages the index holds.
    page_count: usize,
}

/// The pages grouped by the lowercased `lang` of their `<html>`, in language
/// order, each group in path order. Pages without one join the language with
/// the most pages (the first of those, on a tie), as Pagefind would put them.
fn by_language(pages: Vec<&OutputFile>) -> Vec<Vec<&OutputFile>> {
    let mut groups: BTreeMap<String, Vec<&OutputFile>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for page in pages {
        match html_lang(&page.bytes) {
            Some(lang) => groups.entry(lang).or_default().push(page),
            None => unknown.push(page),
        }
    }
    if !unknown.is_empty() {
        let largest = groups
            .iter()
            .rev()
            .max_by_key(|(_, pages)| pages.len())
            .map(|(lang, _)| lang.clone());
        let group = groups.entry(largest.unwrap_or_default()).or_default();
        group.extend(unknown);
        group.sort_by(|a, b| a.path.cmp(&b.path));
    }
    groups.into_values().collect()
}

/// The lowercased `lang` attribute of a page's `<html>` element, if it has a
/// non-empty one.
fn html_lang(html: &[u8]) -> Option<String> {
    let mut at = 0;
    while let Some(found) = find_ci(&html[at..], b"<html") {
        let start = at + found + b"<html".len();
        at = start;
        if html
            .get(start)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        {
            return attributes(&html[start..])
                .into_iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("lang"))
                .map(|(_, v)| v.to_lowercase())
                .filter(|v| !v.is_empty());
        }
    }
    None
}

/// The Pagefind bundle of `pages`, built by one Pagefind index on a
/// current-thread Tokio runtime of its own (Pagefind's API is async).
fn bundle_of(pages: Vec<&OutputFile>) -> Result<Vec<SyntheticFile>, IndexError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| IndexError(text!("output-search-runtime", error = e.to_string())))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(IndexError::pagefind)?;
        for page in pages {
            let html = String::from_utf8_lossy(&page.bytes).into_owned();
            index
                .add_html_file(Some(page.path.clone()), None, html)
                .await
                .map_err(|e| IndexError::in_file(&page.path, e))?;
        }
        index.get_files().await.map_err(IndexError::pagefind)
    })
}

/// The language indexes of a bundle made by [`index`], from its entry file:
/// each language (`en`, `zh-hans`) with the number of pages in its index.
pub fn languages(bundle: &[OutputFile]) -> Result<BTreeMap<String, usize>, IndexError> {
    let entry = bundle
        .iter()
        .find(|f| f.path.rsplit('/').next() == Some(ENTRY_FILE))
        .ok_or_else(|| IndexError(text!("output-search-no-entry", file = ENTRY_FILE)))?;
    let entry: Entry =
        serde_json::from_slice(&entry.bytes).map_err(|e| IndexError::in_file(ENTRY_FILE, e))?;
    Ok(entry
        .languages
        .into_iter()
        .map(|(lang, index)| (lang, index.page_count))
        .collect())
}

/// Whether an HTML page asks robots not to index it: a
/// `<meta name="robots" content="…noindex…">` before `<body>`.
pub fn is_noindex(html: &[u8]) -> bool {
    let head_end = find_ci(html, b"<body").unwrap_or(html.len());
    let head = &html[..head_end];
    let mut at = 0;
    while let Some(found) = find_ci(&head[at..], b"<meta") {
        let start = at + found + b"<meta".len();
        at = start;
        if !head
            .get(start)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            continue; // `<metadata>` or the like
        }
        let attrs = attributes(&head[start..]);
        let is_robots = attrs.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("name") && v.trim().eq_ignore_ascii_case("robots")
        });
        let says_noindex = attrs.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("content")
                && v.split(',').any(|d| {
                    d.trim().eq_ignore_ascii_case("noindex")
                        || d.trim().eq_ignore_ascii_case("none")
                })
        });
        if is_robots && says_noindex {
            return true;
        }
    }
    false
}

/// The first position of `needle` in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The attributes of a start tag, from just after its name up to its `>`.
fn attributes(tag: &[u8]) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut i = 0;
    let text = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
    loop {
        while i < tag.len() && (tag[i].is_ascii_whitespace() || tag[i] == b'/') {
            i += 1;
        }
        if i >= tag.len() || tag[i] == b'>' {
            return attrs;
        }
        let name_start = i;
        while i < tag.len()
            && !matches!(tag[i], b'=' | b'>' | b'/')
            && !tag[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = text(&tag[name_start..i]);
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < tag.len() && tag[i] == b'=' {
            i += 1;
            while i < tag.len() && tag[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = match tag.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let end = tag[start..]
                        .iter()
                        .position(|&b| b == q)
                        .map_or(tag.len(), |p| start + p);
                    i = (end + 1).min(tag.len());
                    &tag[start..end]
                }
                _ => {
                    let start = i;
                    while i < tag.len() && tag[i] != b'>' && !tag[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    &tag[start..i]
                }
            };
            attrs.push((name, text(value)));
        } else {
            attrs.push((name, String::new()));
        }
    }
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

    fn html(lang: &str, head: &str, title: &str, section: &str, body: &str) -> String {
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">{head}\
             <title>{title}</title></head><body>\
             <header><a href=\"/\">站点 Site</a></header><nav><a href=\"/parks/\">导航菜单</a></nav>\
             <main data-pagefind-body data-pagefind-filter=\"section:{section}\" \
             data-pagefind-meta=\"section:{section}\">\
             <h1 data-pagefind-weight=\"10\">{title}</h1><p>{body}</p></main>\
             <footer>页脚 footerword</footer></body></html>"
        )
    }

    /// A small bilingual site: two Chinese pages, one English page, an
    /// untranslated fallback, a feed and a stylesheet.
    fn site() -> Vec<OutputFile> {
        let noindex = "<meta name=\"robots\" content=\"noindex\">";
        vec![
            page(
                "industries/lithium/index.html",
                &html(
                    "zh-Hans",
                    "",
                    "锂电产业",
                    "产业",
                    "西宁经济技术开发区的锂电池产业链，比亚迪在此建设生产基地。",
                ),
            ),
            page(
                "enterprises/byd/index.html",
                &html(
                    "zh-Hans",
                    "",
                    "比亚迪",
                    "企业",
                    "比亚迪股份有限公司投资建设锂电池项目。",
                ),
            ),
            page(
                "en/industries/lithium/index.html",
                &html(
                    "en",
                    "",
                    "Lithium batteries",
                    "Industries",
                    "The lithium battery chain of the zone; BYD builds a plant here.",
                ),
            ),
            page(
                "en/enterprises/byd/index.html",
                &html(
                    "en",
                    noindex,
                    "比亚迪",
                    "Enterprises",
                    "untranslatedword 比亚迪股份有限公司。",
                ),
            ),
            page("atom.xml", "<feed><title>锂电池 xmlonlyword</title></feed>"),
            page("css/site.css", "body { color: black }"),
        ]
    }

    /// Each page's URL with the language of the index its fragment is in.
    fn fragment_languages(bundle: &[OutputFile]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for file in bundle {
            let Some(name) = file.path.strip_prefix("pagefind/fragment/") else {
                continue;
            };
            let lang = name.split_once('_').expect("lang_hash.pf_fragment").0;
            let json: serde_json::Value = serde_json::from_slice(&decode(&file.bytes)).unwrap();
            found.push((json["url"].as_str().unwrap().to_string(), lang.to_string()));
        }
        found.sort();
        found
    }

    /// The text of all of one language's word index chunks.
    fn word_index(bundle: &[OutputFile], lang: &str) -> Vec<u8> {
        let prefix = format!("pagefind/index/{lang}_");
        bundle
            .iter()
            .filter(|f| f.path.starts_with(&prefix))
            .flat_map(|f| decode(&f.bytes))
            .collect()
    }

    /// Whether a CBOR-encoded index holds `word` as a whole text string.
    fn has_word(index: &[u8], word: &str) -> bool {
        let len = word.len();
        assert!(len < 24, "short words only");
        let mut needle = vec![0x60 | len as u8];
        needle.extend_from_slice(word.as_bytes());
        index.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn each_language_gets_its_own_index() {
        let bundle = index(&site(), BUNDLE_DIR).unwrap();
        let langs = languages(&bundle).unwrap();
        assert_eq!(
            langs,
            BTreeMap::from([("en".to_string(), 1), ("zh-hans".to_string(), 2)])
        );
        assert_eq!(
            fragment_languages(&bundle),
            vec![
                ("/en/industries/lithium/".to_string(), "en".to_string()),
                ("/enterprises/byd/".to_string(), "zh-hans".to_string()),
                ("/industries/lithium/".to_string(), "zh-hans".to_string()),
            ]
        );
    }

    #[test]
    fn skips_noindex_pages_chrome_and_other_files() {
        let bundle = index(&site(), BUNDLE_DIR).unwrap();
        let (zh, en) = (word_index(&bundle, "zh-hans"), word_index(&bundle, "en"));
        for word in ["untranslatedword", "xmlonlyword", "footerword", "导航菜单"] {
            assert!(
                !has_word(&zh, word) && !has_word(&en, word),
                "{word} is indexed"
            );
        }
        assert!(has_word(&en, "lithium"));
        assert!(!has_word(&zh, "lithium"));
    }

    #[test]
    fn segments_chinese_words() {
        let body = "比亚迪在园区投资建设锂电池项目。";
        let pages = [page(
            "news/byd/index.html",
            &html("zh-Hans", "", "新闻", "新闻", body),
        )];
        let zh = word_index(&index(&pages, BUNDLE_DIR).unwrap(), "zh-hans");
        // ICU's dictionary splits 锂电池 as 锂|电池, and 比亚迪 here as 比亚|迪;
        // the pairs of characters inside and across the pieces are indexed
        // too, which is what lets the queries 锂电 and 比亚迪 find the page.
        for word in ["锂", "电池", "锂电", "比亚", "亚迪", "项目"] {
            assert!(has_word(&zh, word), "{word} is not in the Chinese index");
        }
    }

    #[test]
    fn merged_languages_equal_one_index_of_everything() {
        let mut pages: Vec<&OutputFile> = Vec::new();
        let site = site();
        pages.extend(site.iter().filter(|f| f.path.ends_with(".html")));
        pages.retain(|f| !is_noindex(&f.bytes));
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        let mut one: Vec<OutputFile> = bundle_of(pages)
            .unwrap()
            .into_iter()
            .map(|f| OutputFile {
                path: format!("pagefind/{}", f.filename.to_str().unwrap()),
                bytes: f.contents,
            })
            .collect();
        one.sort_by(|a, b| a.path.cmp(&b.path));
        assert_eq!(index(&site, BUNDLE_DIR).unwrap(), one);
    }

    #[test]
    fn pages_without_lang_join_the_largest_language() {
        let mut pages = site();
        pages.push(page(
            "bare/index.html",
            "<html><body><main data-pagefind-body><p>barepageword</p></main></body></html>",
        ));
        let bundle = index(&pages, BUNDLE_DIR).unwrap();
        let langs = languages(&bundle).unwrap();
        assert_eq!(langs["zh-hans"], 3);
        assert!(has_word(&word_index(&bundle, "zh-hans"), "barepageword"));
        assert_eq!(
            html_lang(b"<!doctype html><HTML LANG='zh-Hans'>"),
            Some("zh-hans".into())
        );
        assert_eq!(html_lang(b"<html lang=\"\"><body>"), None);
        assert_eq!(html_lang(b"<htmlx lang=en><html>"), None);
    }

    #[test]
    fn records_section_filters() {
        let bundle = index(&site(), BUNDLE_DIR).unwrap();
        let filters: Vec<u8> = bundle
            .iter()
            .filter(|f| f.path.starts_with("pagefind/filter/zh-hans_"))
            .flat_map(|f| decode(&f.bytes))
            .collect();
        assert!(has_word(&filters, "section"));
        assert!(has_word(&filters, "产业") && has_word(&filters, "企业"));
        assert!(!has_word(&filters, "Industries"));
    }

    #[test]
    fn bundle_holds_scripts_ui_and_indexes_under_its_directory() {
        let bundle = index(&site(), "/search/").unwrap();
        let paths: Vec<&str> = bundle.iter().map(|f| f.path.as_str()).collect();
        for expected in [
            "search/pagefind.js",
            "search/pagefind-worker.js",
            "search/pagefind-ui.js",
            "search/pagefind-ui.css",
            "search/pagefind-entry.json",
            "search/wasm.en.pagefind",
            "search/wasm.unknown.pagefind",
        ] {
            assert!(
                paths.contains(&expected),
                "{expected} missing from {paths:?}"
            );
        }
        assert!(paths.iter().all(|p| p.starts_with("search/")));
        assert!(paths.iter().any(|p| p.ends_with(".pf_meta")));
        assert!(paths.iter().any(|p| p.ends_with(".pf_index")));
        assert!(
            paths.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        // An existing bundle among the inputs is not indexed again.
        let mut again = site();
        again.extend(bundle.iter().cloned());
        assert_eq!(index(&again, "search").unwrap(), bundle);
    }

    #[test]
    fn output_is_deterministic() {
        let first = index(&site(), BUNDLE_DIR).unwrap();
        let mut reversed = site();
        reversed.reverse();
        assert_eq!(index(&reversed, BUNDLE_DIR).unwrap(), first);
    }

    #[test]
    fn empty_site_gives_a_bundle_without_languages() {
        let bundle = index(&[], BUNDLE_DIR).unwrap();
        assert!(languages(&bundle).unwrap().is_empty());
        assert!(index(&[], "/").is_err());
    }

    #[test]
    fn detects_noindex() {
        let yes = [
            r#"<head><meta name="robots" content="noindex"></head>"#,
            r#"<HEAD><META CONTENT='noindex, nofollow' NAME='Robots'/></HEAD>"#,
            r#"<meta content=none name=robots>"#,
            r#"<meta charset="utf-8"><meta name="robots" content="nofollow,noindex" />"#,
        ];
        let no = [
            r#"<head><meta name="robots" content="index, follow"></head>"#,
            r#"<meta name="description" content="noindex">"#,
            r#"<metadata name="robots" content="noindex">"#,
            r#"<head></head><body><p>&lt;meta name="robots" content="noindex"&gt;</p>
               <meta name="robots" content="noindex"></body>"#,
            r#"<meta name="robots" content="noindexing">"#,
            "",
        ];
        for html in yes {
            assert!(is_noindex(html.as_bytes()), "{html}");
        }
        for html in no {
            assert!(!is_noindex(html.as_bytes()), "{html}");
        }
    }

    /// Decompresses one of Pagefind's gzipped files and strips its signature.
    fn decode(gz: &[u8]) -> Vec<u8> {
        use std::io::Read;
        let mut data = Vec::new();
        flate2::read::GzDecoder::new(gz)
            .read_to_end(&mut data)
            .expect("gzip");
        data.strip_prefix(b"pagefind_dcd")
            .expect("signature")
            .to_vec()
    }
}
