//! Traditional Chinese (zh-Hant), generated from the Simplified pages when a
//! site asks for it: converted text, the glossary's own forms, links kept
//! within the Traditional pages, hreflang and the language switch on every
//! version, the search index, the sitemap and the feed; checked against the
//! seed article, which is itself in Traditional characters.

use crate::common::links::strip_tags;
use crate::common::{Site, project};

/// The basic site with Traditional pages, and a glossary that writes one
/// name otherwise than the converter would.
fn traditional() -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml").replacen(
        "theme: default\n",
        "theme: default\ntraditional: true\n",
        1,
    );
    site.write("content/site.yaml", yaml);
    site.write(
        "content/glossary.yaml",
        "- {zh: 北园, en: North Park, zh_hant: 北苑}\n",
    );
    site
}

#[test]
fn a_simplified_page_has_a_traditional_twin_with_its_links_and_names() {
    let site = traditional();
    site.build_ok(&["--no-search"]);
    let page = site.read("public/zh-hant/parks/north/index.html");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    // Text converted; the glossary's form where it has one.
    assert!(
        page.contains("<h1 data-pagefind-weight=\"10\">北苑</h1>"),
        "{page}"
    );
    assert!(!page.contains("北园") && !page.contains("北園"));
    assert!(
        site.read("public/zh-hant/index.html")
            .contains("示例開發區")
    );
    // Links to Chinese pages stay among the Traditional ones; English pages,
    // the stylesheet and the files keep their addresses.
    assert!(page.contains("href=\"/zh-hant/parks/\""));
    assert!(
        !page.contains("href=\"/parks/\">"),
        "no link back but the switch"
    );
    assert!(page.contains("href=\"/en/parks/north/\""));
    assert!(page.contains("<link rel=\"stylesheet\" href=\"/style."));
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://example.org/zh-hant/parks/north/\">")
    );
    // Every version names the three, and the switch leads between them.
    for version in [
        "public/parks/north/index.html",
        "public/zh-hant/parks/north/index.html",
        "public/en/parks/north/index.html",
    ] {
        let html = site.read(version);
        for (tag, href) in [
            ("zh-Hans", "https://example.org/parks/north/"),
            ("zh-Hant", "https://example.org/zh-hant/parks/north/"),
            ("en", "https://example.org/en/parks/north/"),
        ] {
            let alternate = format!("<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{href}\">");
            assert!(html.contains(&alternate), "{version}: {alternate}");
        }
    }
    let to_hant = "<a class=\"lang-variant\" href=\"/zh-hant/parks/north/\" hreflang=\"zh-Hant\" lang=\"zh-Hant\">繁體</a>";
    assert!(site.read("public/parks/north/index.html").contains(to_hant));
    assert!(
        site.read("public/en/parks/north/index.html")
            .contains(to_hant)
    );
    assert!(page.contains(
        "<a class=\"lang-variant\" href=\"/parks/north/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">简体</a>"
    ));
    // The sitemap and the feed have them too.
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/zh-hant/parks/north/</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"https://example.org/zh-hant/news/opening/\"/>"
    ));
    let feed = site.read("public/zh-hant/atom.xml");
    assert!(
        feed.contains("https://example.org/zh-hant/news/opening/"),
        "{feed}"
    );
    assert!(feed.contains("北苑"), "{feed}");
}

#[test]
fn the_traditional_pages_have_their_own_search_index() {
    let site = traditional();
    site.build_ok(&[]);
    let entry = site.read("public/pagefind/pagefind-entry.json");
    let entry: serde_json::Value = serde_json::from_str(&entry).unwrap();
    let languages = entry["languages"].as_object().unwrap();
    let pages = |lang: &str| languages[lang]["page_count"].as_u64().unwrap();
    assert_eq!(pages("zh-hant"), pages("zh-hans"), "{languages:?}");
    let search = site.read("public/zh-hant/search/index.html");
    assert!(search.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    assert!(
        search.contains("const bundle = \"/pagefind/\""),
        "the one bundle"
    );
}

#[test]
fn a_site_without_traditional_pages_writes_none() {
    let site = Site::fixture("basic");
    site.build_ok(&["--no-search"]);
    assert!(!site.path("public/zh-hant").exists());
    let page = site.read("public/parks/north/index.html");
    assert!(!page.contains("zh-Hant") && !page.contains("繁體"));
}

#[test]
fn the_real_site_in_traditional_reads_as_the_seed_article_does() {
    let site = Site::real();
    site.build_ok(&["--no-search"]);
    let page = site.read("public/zh-hant/initiatives/supply-side-reform/index.html");
    let text = strip_tags(&page);
    let seed = std::fs::read_to_string(project().join("../shared/seed/000_79fde48eb0841a06.txt"))
        .expect("the seed article");
    // Phrases the page takes from the article, as the article writes them.
    // The article also writes 關于, 落后 and 兼并 where standard Traditional
    // writes 關於, 落後 and 兼併, as the converter does: those are left out.
    for phrase in [
        "開發區深入學習省委省政府、市委市政府",
        "明確了開發區推進供給側結構性改革的總體要求、主要目標和重點工作",
        "設立開發區配售電有限公司，引進工業物流企業",
        "加大傳統產業技術升級改造力度，不斷延伸產業鏈",
        "實施了154項擴能及技術改造項目",
    ] {
        let in_seed = phrase.replace('，', ",");
        assert!(seed.contains(&in_seed), "the seed has {phrase}");
        assert!(text.contains(phrase), "the page has {phrase}");
    }
}

#[test]
fn a_record_written_only_in_english_has_a_twin_too_so_no_link_breaks() {
    let site = traditional();
    site.write(
        "content/parks/south.yaml",
        site.read("content/parks/north.yaml"),
    );
    site.write(
        "content/parks/south.en.md",
        "---\ntitle: South Park\n---\nEnglish only.\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains(": error:"), "{}", run.stderr);
    site.build_ok(&["--no-search"]);
    let twin = site.read("public/zh-hant/parks/south/index.html");
    assert!(
        twin.contains("<meta name=\"robots\" content=\"noindex\">"),
        "like its Chinese page"
    );
    // Its English page offers no Traditional version of a text not in Chinese.
    assert!(
        !site
            .read("public/en/parks/south/index.html")
            .contains("lang-variant")
    );
}
