//! The bundle: languages, what is indexed, sharding and reuse.

use super::html::{html_lang, is_noindex};
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
        let Some((_, name)) = file.path.split_once("/fragment/") else {
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
    let bundle = build(&site(), BUNDLE_DIR).unwrap();
    let langs = languages(&bundle);
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
    let bundle = build(&site(), BUNDLE_DIR).unwrap();
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
    let zh = word_index(&build(&pages, BUNDLE_DIR).unwrap(), "zh-hans");
    // ICU's dictionary splits 锂电池 as 锂|电池, and 比亚迪 here as 比亚|迪;
    // the pairs of characters inside and across the pieces are indexed
    // too, which is what lets the queries 锂电 and 比亚迪 find the page.
    for word in ["锂", "电池", "锂电", "比亚", "亚迪", "项目"] {
        assert!(has_word(&zh, word), "{word} is not in the Chinese index");
    }
}

#[test]
fn merged_languages_equal_one_index_of_everything() {
    let site = site();
    let all = pages(&site);
    let mut indexed: Vec<&Page> = all.iter().filter(|p| !p.noindex).collect();
    indexed.sort_by(|a, b| a.path.cmp(&b.path));
    let mut one: Vec<OutputFile> = bundle_of("", &indexed)
        .unwrap()
        .into_iter()
        .map(|f| OutputFile {
            path: format!("pagefind/{}", f.filename.to_str().unwrap()),
            bytes: f.contents,
        })
        .collect();
    one.sort_by(|a, b| a.path.cmp(&b.path));
    // The same files, and beside them the shards' stamps and list.
    let mut ours = build(&site, BUNDLE_DIR).unwrap();
    ours.retain(|f| !f.path.starts_with("pagefind/shards"));
    assert_eq!(ours, one);
}

#[test]
fn pages_without_lang_join_the_largest_language() {
    let mut pages = site();
    pages.push(page(
        "bare/index.html",
        "<html><body><main data-pagefind-body><p>barepageword</p></main></body></html>",
    ));
    let bundle = build(&pages, BUNDLE_DIR).unwrap();
    let langs = languages(&bundle);
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
    let bundle = build(&site(), BUNDLE_DIR).unwrap();
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
    let bundle = build(&site(), "/search/").unwrap();
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
    assert_eq!(build(&again, "search").unwrap(), bundle);
}

#[test]
fn output_is_deterministic() {
    let first = build(&site(), BUNDLE_DIR).unwrap();
    let mut reversed = site();
    reversed.reverse();
    assert_eq!(build(&reversed, BUNDLE_DIR).unwrap(), first);
}

#[test]
fn empty_site_gives_a_bundle_without_languages() {
    let bundle = build(&[], BUNDLE_DIR).unwrap();
    assert!(languages(&bundle).is_empty());
    assert!(
        bundle
            .iter()
            .any(|f| f.path == "pagefind/pagefind-entry.json")
    );
    assert!(build(&[], "/").is_err());
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

/// The bundle of `files` with nothing to take from before.
fn build(files: &[OutputFile], dir: &str) -> Result<Vec<OutputFile>, IndexError> {
    index(&pages(files), dir, &nothing_before)
}

/// The pages among `files`, as a build keeps them for the index.
fn pages(files: &[OutputFile]) -> Vec<Page> {
    let html = files.iter().filter(|f| f.path.ends_with(".html"));
    html.map(Page::deflated).collect()
}

/// The language indexes of a bundle, from its shards' stamps: each
/// language (`en`, `zh-hans`) with the number of pages indexed.
fn languages(bundle: &[OutputFile]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for file in bundle.iter().filter(|f| f.path.contains("/shards/")) {
        let stamp: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
        for (lang, index) in stamp["entry"]["languages"].as_object().unwrap() {
            *counts.entry(lang.clone()).or_default() +=
                index["page_count"].as_u64().unwrap() as usize;
        }
    }
    counts
}

/// A site of `n` records, each a page in Chinese and one in English.
fn records(n: usize) -> Vec<OutputFile> {
    (0..n)
        .flat_map(|i| {
            let zh = html(
                "zh-Hans",
                "",
                &format!("企业{i}"),
                "企业",
                &format!("第{i}家企业生产锂电池。"),
            );
            let en = html(
                "en",
                "",
                &format!("Firm {i}"),
                "Enterprises",
                &format!("Firm number{i} makes lithium cells."),
            );
            [
                page(&format!("enterprises/e{i}/index.html"), &zh),
                page(&format!("en/enterprises/e{i}/index.html"), &en),
            ]
        })
        .collect()
}

/// The bundle as a map from path to bytes.
fn by_path(bundle: Vec<OutputFile>) -> BTreeMap<String, Vec<u8>> {
    bundle.into_iter().map(|f| (f.path, f.bytes)).collect()
}

#[test]
fn a_large_site_is_indexed_in_shards_each_page_in_one() {
    let bundle = index_in_shards_of(&pages(&records(40)), BUNDLE_DIR, &nothing_before, 8).unwrap();
    // 40 pages a language in shards of about 8: a power of two of them.
    assert_eq!(
        languages(&bundle),
        BTreeMap::from([("en".to_string(), 40), ("zh-hans".to_string(), 40)])
    );
    let stamps = bundle
        .iter()
        .filter(|f| f.path.starts_with("pagefind/shards/"))
        .count();
    assert!((10..=16).contains(&stamps), "{stamps} shards");
    let mut urls: Vec<(String, String)> = fragment_languages(&bundle);
    urls.dedup();
    assert_eq!(urls.len(), 80, "each page's fragment once");
    // The search page merges each language's shards after the root.
    let list = bundle
        .iter()
        .find(|f| f.path == "pagefind/shards.json")
        .unwrap();
    let merged: BTreeMap<String, Vec<String>> = serde_json::from_slice(&list.bytes).unwrap();
    assert_eq!(merged.values().map(Vec::len).sum::<usize>(), stamps - 2);
    for (lang, dirs) in &merged {
        for dir in dirs {
            let entry = format!("pagefind/{dir}pagefind-entry.json");
            let entry = bundle
                .iter()
                .find(|f| f.path == entry)
                .expect("an entry per shard");
            let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).unwrap();
            assert_eq!(entry["languages"].as_object().unwrap().len(), 1);
            assert!(entry["languages"].get(lang).is_some());
        }
    }
    // A shard's directory holds its index, not another copy of the scripts.
    assert!(
        !bundle
            .iter()
            .any(|f| f.path.ends_with("/pagefind.js") && f.path != "pagefind/pagefind.js")
    );
}

#[test]
fn an_edit_indexes_again_only_the_shard_of_the_page_it_changed() {
    let before = index_in_shards_of(&pages(&records(40)), BUNDLE_DIR, &nothing_before, 8).unwrap();
    let mut edited = records(40);
    let changed = "en/enterprises/e7/index.html";
    let page = edited.iter_mut().find(|f| f.path == changed).unwrap();
    page.bytes = html(
        "en",
        "",
        "Firm 7",
        "Enterprises",
        "Firm seven now makes sodium cells.",
    )
    .into_bytes();
    // A marker in every file of the bundle before: what is taken from
    // there keeps it, what is made again does not.
    let marked: BTreeMap<String, Vec<u8>> = before
        .iter()
        .map(|f| (f.path.clone(), [f.bytes.as_slice(), b"MARK"].concat()))
        .collect();
    let unmarked = |path: &str| {
        let bytes = marked.get(path)?;
        Some(if path.contains("/shards/") {
            bytes[..bytes.len() - 4].to_vec()
        } else {
            bytes.clone()
        })
    };
    let after = by_path(index_in_shards_of(&pages(&edited), BUNDLE_DIR, &unmarked, 8).unwrap());
    let fresh =
        by_path(index_in_shards_of(&pages(&edited), BUNDLE_DIR, &nothing_before, 8).unwrap());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>()
    );
    let made_again: Vec<&String> = after
        .iter()
        .filter(|(path, bytes)| !path.contains("/shards/") && !bytes.ends_with(b"MARK"))
        .map(|(path, _)| path)
        .collect();
    // Only the edited page's shard: its stamp tells its files.
    let stamp = after
        .iter()
        .filter(|(path, _)| path.contains("/shards/en-"))
        .map(|(_, bytes)| serde_json::from_slice::<serde_json::Value>(bytes).unwrap())
        .find(|stamp| {
            stamp["files"].as_array().unwrap().iter().any(|f| {
                let f = f.as_str().unwrap();
                f.contains("fragment/") && {
                    let bytes = &after[&format!("pagefind/{f}")];
                    String::from_utf8_lossy(&decode(bytes)).contains("sodium")
                }
            })
        })
        .expect("a shard with the edited page");
    let shard_files: Vec<String> = stamp["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("pagefind/{}", f.as_str().unwrap()))
        .collect();
    assert!(!made_again.is_empty());
    for path in &made_again {
        assert!(
            shard_files.contains(path)
                || *path == "pagefind/pagefind-entry.json"
                || *path == "pagefind/shards.json",
            "{path} was made again"
        );
    }
    // Made again or taken as it was, every file is what a fresh build makes.
    for (path, bytes) in &after {
        let bytes = bytes.strip_suffix(b"MARK").unwrap_or(bytes);
        assert_eq!(bytes, fresh[path].as_slice(), "{path}");
    }
}

#[test]
fn shards_of_another_pagefind_are_made_again() {
    let before =
        by_path(index_in_shards_of(&pages(&records(40)), BUNDLE_DIR, &nothing_before, 8).unwrap());
    // The stamps as another Pagefind would have left them…
    let mut older = before.clone();
    for (_, bytes) in older.iter_mut().filter(|(p, _)| p.contains("/shards/")) {
        let mut stamp: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        stamp["entry"]["version"] = "0.0.1".into();
        *bytes = serde_json::to_vec(&stamp).unwrap();
    }
    // …and one page edited, so that one shard is indexed by this one.
    let mut edited = records(40);
    edited[3].bytes = html("en", "", "Firm 1", "Enterprises", "Now tin.").into_bytes();
    let previous = |path: &str| older.get(path).cloned();
    let after = by_path(index_in_shards_of(&pages(&edited), BUNDLE_DIR, &previous, 8).unwrap());
    let fresh =
        by_path(index_in_shards_of(&pages(&edited), BUNDLE_DIR, &nothing_before, 8).unwrap());
    assert!(after == fresh, "every shard made again by this Pagefind");
}

#[test]
fn a_shard_is_made_again_when_a_file_of_it_is_missing() {
    let before =
        by_path(index_in_shards_of(&pages(&records(40)), BUNDLE_DIR, &nothing_before, 8).unwrap());
    let missing = before
        .keys()
        .find(|p| p.contains("/fragment/"))
        .unwrap()
        .clone();
    let previous = |path: &str| {
        (path != missing)
            .then(|| before.get(path).cloned())
            .flatten()
    };
    let after =
        by_path(index_in_shards_of(&pages(&records(40)), BUNDLE_DIR, &previous, 8).unwrap());
    assert_eq!(after, before);
}

#[test]
fn finds_the_body_attribute_in_tags_only() {
    use super::html::has_body;
    assert!(has_body(b"<main data-pagefind-body>"));
    assert!(has_body(b"<main class=x data-pagefind-body=\"\" id=y>"));
    assert!(has_body(
        b"<p>data-pagefind-body</p><div\ndata-pagefind-body/>"
    ));
    assert!(!has_body(b"<p>add data-pagefind-body to a tag</p>"));
    assert!(!has_body(b"<main data-pagefind-bodyx>"));
    assert!(!has_body(b"<main xdata-pagefind-body>"));
    assert!(!has_body(b""));
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

#[test]
fn a_kept_page_gives_back_its_html() {
    let text = html("zh-Hans", "", "标题", "企业", "正文".repeat(500).as_str());
    let deflated = Page::deflated(&page("a/index.html", &text));
    assert_eq!(deflated.html(), text);
    assert!(deflated.body && !deflated.noindex);
    assert_eq!(deflated.lang.as_deref(), Some("zh-hans"));
    let shared = Page::shared("a/index.html", std::sync::Arc::from(text.as_bytes()));
    assert_eq!(shared.html(), text);
    assert_eq!(shared.digest, deflated.digest);
}
