//! The search index: one per language, holding that language's pages only,
//! written through the atomic output; `--no-search` leaves it out.

use std::collections::BTreeMap;
use std::io::Read;

use crate::common::Site;

/// The page URLs of each language's index, read from the bundle's fragments.
fn indexed_urls(site: &Site) -> BTreeMap<String, Vec<String>> {
    let mut by_language: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, bytes) in site.tree("public/pagefind/fragment") {
        let language = path.split('_').next().unwrap().to_string();
        let mut data = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut data)
            .unwrap();
        let json: serde_json::Value =
            serde_json::from_slice(data.strip_prefix(b"pagefind_dcd").unwrap()).unwrap();
        by_language
            .entry(language)
            .or_default()
            .push(json["url"].as_str().unwrap().to_string());
    }
    by_language
}

#[test]
fn each_language_has_an_index_of_its_own_pages_only() {
    let site = Site::real();
    site.build_ok(&[]);
    let entry: serde_json::Value =
        serde_json::from_str(&site.read("public/pagefind/pagefind-entry.json")).unwrap();
    let languages: Vec<&String> = entry["languages"].as_object().unwrap().keys().collect();
    assert_eq!(languages, ["en", "zh-hans", "zh-hant"]);
    let urls = indexed_urls(&site);
    let (zh, en, hant) = (&urls["zh-hans"], &urls["en"], &urls["zh-hant"]);
    assert!(
        zh.iter()
            .all(|u| !u.starts_with("/en/") && !u.starts_with("/zh-hant/")),
        "another language's page in the Chinese index: {zh:?}"
    );
    // The Traditional index has the Traditional twin of each page of the Simplified.
    let twins: Vec<String> = zh.iter().map(|u| format!("/zh-hant{u}")).collect();
    let mut hant_sorted = hant.clone();
    hant_sorted.sort();
    let mut twins_sorted = twins;
    twins_sorted.sort();
    assert_eq!(hant_sorted, twins_sorted);
    assert!(
        en.iter().all(|u| u.starts_with("/en/")),
        "Chinese page in the English index: {en:?}"
    );
    assert!(zh.contains(&"/industries/lithium-batteries/".to_string()));
    assert!(en.contains(&"/en/enterprises/byd/".to_string()));
    // Record pages only: no home, list, search or 404 page.
    for url in zh.iter().chain(en) {
        assert_eq!(
            url.trim_matches('/')
                .split('/')
                .filter(|s| *s != "en" && *s != "zh-hant")
                .count(),
            2,
            "{url}"
        );
    }
    assert_eq!(entry["languages"]["en"]["page_count"], en.len());
}

#[test]
fn untranslated_fallback_pages_are_not_indexed() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let urls = indexed_urls(&site);
    assert!(urls["zh-hans"].contains(&"/enterprises/acme/".to_string()));
    assert!(
        !urls["en"].contains(&"/en/enterprises/acme/".to_string()),
        "{:?}",
        urls["en"]
    );
}

#[test]
fn no_search_leaves_out_the_index_the_page_and_the_box() {
    let site = Site::fixture("basic");
    site.build_ok(&["--no-search"]);
    assert!(!site.path("public/pagefind").exists());
    assert!(!site.path("public/search").exists());
    assert!(!site.read("public/index.html").contains("role=\"search\""));
    site.build_ok(&[]);
    assert!(site.path("public/pagefind/pagefind-ui.js").exists());
    assert!(
        site.read("public/en/search/index.html")
            .contains("pagefind/pagefind-ui.js")
    );
    let home = site.read("public/en/index.html");
    assert!(
        home.contains(
            "<form class=\"site-search\" role=\"search\" action=\"/en/search/\" method=\"get\">"
        ),
        "{home}"
    );
}

/// `zonesite build --output <output>` of `site` with shards of about `pages`
/// pages, which must succeed.
fn build_in_shards(site: &Site, output: &str, pages: &str) {
    let run = crate::common::zonesite()
        .args(["build", "--root"])
        .arg(site.root())
        .arg("--output")
        .arg(site.path(output))
        .env("ZONESITE_SEARCH_SHARD_PAGES", pages)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "build failed:\n{stderr}");
}

/// Every fragment's decompressed text under `dir`, without the zero-width
/// spaces Pagefind puts between the Chinese words it found.
fn fragments(site: &Site, dir: &str) -> String {
    let mut all = String::new();
    for (path, bytes) in site.tree(dir) {
        if path.contains("fragment/") {
            let mut data = String::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_string(&mut data)
                .unwrap();
            all.push_str(&data.replace('\u{200b}', ""));
        }
    }
    all
}

#[test]
fn a_rebuild_takes_the_unchanged_shards_and_equals_a_fresh_build() {
    let site = Site::real();
    build_in_shards(&site, "public", "4");
    let stamps = site.tree("public/pagefind/shards").len();
    assert!(stamps > 6, "{stamps} shards");
    // An edit to one record's Chinese text…
    let news = "content/news/green-transformation-2017.zh.md";
    let text = site.read(news);
    site.write(news, format!("{text}\n\n检索分片测试用语。\n"));
    // …and a shard file changed by hand, which the next build must not take.
    let by_hand = site
        .tree("public/pagefind")
        .into_keys()
        .find(|p| p.starts_with("zh-hans-") && p.contains("/fragment/"))
        .expect("a Chinese shard beside the root");
    site.write(&format!("public/pagefind/{by_hand}"), "changed by hand");
    build_in_shards(&site, "public", "4");
    build_in_shards(&site, "fresh", "4");
    let (rebuilt, fresh) = (site.tree("public/pagefind"), site.tree("fresh/pagefind"));
    assert_eq!(
        rebuilt.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>()
    );
    assert!(
        rebuilt == fresh,
        "the rebuilt bundle differs from a fresh one"
    );
    assert!(fragments(&site, "public/pagefind").contains("检索分片测试用语"));
    assert_eq!(site.tree("public/pagefind/shards").len(), stamps);
}
