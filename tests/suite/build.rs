//! `zonesite build` on valid sites: the pages it writes, how it writes them.

use crate::common::Site;

const PAGES_PER_LANGUAGE: [&str; 14] = [
    "index.html",
    "parks/index.html",
    "parks/north/index.html",
    "industries/index.html",
    "industries/batteries/index.html",
    "initiatives/index.html",
    "initiatives/funds/index.html",
    "enterprises/index.html",
    "enterprises/acme/index.html",
    "news/index.html",
    "news/opening/index.html",
    "pages/index.html",
    "pages/about/index.html",
    "atom.xml",
];

#[test]
fn writes_every_page_in_both_languages() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    for page in PAGES_PER_LANGUAGE {
        assert!(
            site.path(&format!("public/{page}")).is_file(),
            "public/{page}"
        );
        assert!(
            site.path(&format!("public/en/{page}")).is_file(),
            "public/en/{page}"
        );
    }
    for file in ["sitemap.xml", "robots.txt", "404.html", "style.css"] {
        assert!(
            site.path(&format!("public/{file}")).is_file(),
            "public/{file}"
        );
    }
    assert!(
        site.read("public/robots.txt")
            .contains("Sitemap: https://example.org/sitemap.xml")
    );
}

#[test]
fn every_page_declares_its_language_and_links_its_counterpart() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    for page in PAGES_PER_LANGUAGE.iter().filter(|p| p.ends_with(".html")) {
        let zh = site.read(&format!("public/{page}"));
        let en = site.read(&format!("public/en/{page}"));
        let zh_url = format!("/{}", page.trim_end_matches("index.html"));
        let en_url = format!("/en/{}", page.trim_end_matches("index.html"));
        assert!(zh.contains("<html lang=\"zh-Hans\">"), "{page}");
        assert!(en.contains("<html lang=\"en\">"), "{page}");
        assert!(zh.contains("<title>") && en.contains("<title>"), "{page}");
        assert!(
            zh.contains(&format!("class=\"lang-switch\" href=\"{en_url}\"")),
            "{page}: zh links to {en_url}"
        );
        assert!(
            en.contains(&format!("class=\"lang-switch\" href=\"{zh_url}\"")),
            "{page}: en links to {zh_url}"
        );
        assert!(
            zh.contains(&format!(
                "hreflang=\"zh-Hans\" href=\"https://example.org{zh_url}\""
            )),
            "{page}"
        );
        assert!(
            zh.contains(&format!(
                "hreflang=\"x-default\" href=\"https://example.org{zh_url}\""
            )),
            "{page}"
        );
        if !page.starts_with("enterprises/acme") && !page.starts_with("initiatives/funds") {
            assert!(
                zh.contains(&format!(
                    "hreflang=\"en\" href=\"https://example.org{en_url}\""
                )),
                "{page}"
            );
        }
    }
}

#[test]
fn builds_byte_identical_trees() {
    let site = Site::fixture("basic");
    site.build_ok(&["--output", site.path("one").to_str().unwrap()]);
    site.build_ok(&["--output", site.path("two").to_str().unwrap()]);
    let (one, two) = (site.tree("one"), site.tree("two"));
    assert!(one.len() > 30);
    assert_eq!(one, two);
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let before = site.tree("public");
    site.write("content/parks/north.yaml", "area_km2: lots\n");
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"));
    assert_eq!(site.tree("public"), before);
    let staging: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".public.zonesite-staging"))
        .collect();
    assert!(
        staging.is_empty(),
        "a staging directory is left: {staging:?}"
    );
}

#[test]
fn removes_the_pages_of_a_deleted_record() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    assert!(site.path("public/en/news/opening/index.html").exists());
    for file in [
        "news/opening.yaml",
        "news/opening.zh.md",
        "news/opening.en.md",
    ] {
        site.remove(&format!("content/{file}"));
    }
    site.build_ok(&[]);
    assert!(!site.path("public/news/opening").exists());
    assert!(!site.path("public/en/news/opening").exists());
    assert!(!site.read("public/sitemap.xml").contains("news/opening"));
}

#[test]
fn every_link_works_under_a_base_url_with_a_path() {
    let site = Site::fixture("basic");
    site.build_ok(&["--base-url", "https://example.org/zone/"]);
    let tree = site.tree("public");
    let mut checked = 0;
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for attr in ["href=\"", "src=\""] {
            for link in html
                .split(attr)
                .skip(1)
                .map(|s| s.split('"').next().unwrap())
            {
                if link.starts_with('#') {
                    continue;
                }
                if link.starts_with("https://") {
                    assert!(
                        link.starts_with("https://example.org/zone/"),
                        "{path}: {link}"
                    );
                    continue;
                }
                let target = link
                    .strip_prefix("/zone/")
                    .unwrap_or_else(|| panic!("{path}: {link} escapes /zone/"));
                let target = target.split('#').next().unwrap();
                let file = if target.is_empty() || target.ends_with('/') {
                    format!("{target}index.html")
                } else {
                    target.to_string()
                };
                assert!(tree.contains_key(&file), "{path}: {link} leads nowhere");
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} links checked");
    assert!(
        site.read("public/sitemap.xml")
            .contains("<loc>https://example.org/zone/en/parks/north/</loc>")
    );
}

#[test]
fn record_pages_list_their_relations_both_ways_in_both_languages() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let park = site.read("public/en/parks/north/index.html");
    for link in [
        "/en/industries/batteries/",
        "/en/initiatives/funds/",
        "/en/enterprises/acme/",
        "/en/news/opening/",
    ] {
        assert!(
            park.contains(&format!("href=\"{link}\"")),
            "park lists {link}"
        );
    }
    let park_zh = site.read("public/parks/north/index.html");
    for link in [
        "/industries/batteries/",
        "/initiatives/funds/",
        "/enterprises/acme/",
        "/news/opening/",
    ] {
        assert!(
            park_zh.contains(&format!("href=\"{link}\"")),
            "zh park lists {link}"
        );
    }
    let industry = site.read("public/en/industries/batteries/index.html");
    for link in [
        "/en/parks/north/",
        "/en/initiatives/funds/",
        "/en/enterprises/acme/",
    ] {
        assert!(
            industry.contains(&format!("href=\"{link}\"")),
            "industry lists {link}"
        );
    }
    let enterprise = site.read("public/enterprises/acme/index.html");
    assert!(enterprise.contains("href=\"/parks/north/\">北园</a>"));
}

#[test]
fn an_untranslated_record_shows_the_original_under_a_notice_and_is_not_indexed() {
    let site = Site::fixture("basic");
    let run = site.build_ok(&[]);
    assert!(
        run.stderr
            .contains("2 pages show the other language's text"),
        "{}",
        run.stderr
    );
    let page = site.read("public/en/enterprises/acme/index.html");
    assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(page.contains("has not been translated into English yet"));
    assert!(page.contains("<div class=\"body\" lang=\"zh-Hans\">"));
    assert!(
        page.contains("甲公司位于<a href=\"/en/parks/north/\">北园</a>"),
        "links stay in the page's language"
    );
    assert!(
        !page.contains("hreflang=\"en\""),
        "no alternate claims an English version"
    );
    let zh = site.read("public/enterprises/acme/index.html");
    assert!(!zh.contains("noindex"));
    assert!(
        zh.contains("(not yet translated)"),
        "the switcher says the counterpart is not translated"
    );
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/enterprises/acme/</loc>"));
    assert!(!sitemap.contains("<loc>https://example.org/en/enterprises/acme/</loc>"));
    assert!(
        !site
            .read("public/en/atom.xml")
            .contains("initiatives/funds")
    );
    assert!(site.read("public/atom.xml").contains("initiatives/funds"));
}

#[test]
fn chinese_moves_under_zh_with_a_landing_page_when_asked() {
    let site = Site::fixture("basic");
    let config = site.read("content/site.yaml").replace(
        "theme: default",
        "theme: default\ndefault_language_in_subdir: true",
    );
    site.write("content/site.yaml", config);
    site.build_ok(&[]);
    for page in PAGES_PER_LANGUAGE {
        assert!(
            site.path(&format!("public/zh/{page}")).is_file(),
            "public/zh/{page}"
        );
    }
    assert!(!site.path("public/parks").exists());
    let landing = site.read("public/index.html");
    assert!(landing.contains("href=\"/zh/\"") && landing.contains("href=\"/en/\""));
    assert!(landing.contains("hreflang=\"x-default\" href=\"https://example.org/\""));
    assert!(
        site.read("public/zh/parks/north/index.html")
            .contains("class=\"lang-switch\" href=\"/en/parks/north/\"")
    );
}

#[test]
fn renders_markdown_extensions_and_heading_ids() {
    let site = Site::fixture("basic");
    site.write(
        "content/pages/about.en.md",
        "---\ntitle: About\n---\n## Who we are {#who}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ text[^1]\n\n- [x] done\n\n[^1]: A note.\n\n## Who we are\n",
    );
    site.build_ok(&[]);
    let page = site.read("public/en/pages/about/index.html");
    for needle in [
        "<h2 id=\"who\">",
        "<table>",
        "<del>old</del>",
        "footnote-definition",
        "type=\"checkbox\"",
        "<h2 id=\"who-we-are\">",
    ] {
        assert!(page.contains(needle), "{needle} in {page}");
    }
}

#[test]
fn raw_html_is_sanitised_unless_trusted() {
    let site = Site::fixture("basic");
    let body = "---\ntitle: About\n---\n<script>alert(1)</script>\n\n<details><summary>More</summary>Text</details>\n\n[x](javascript:alert(2)) <img src=x onerror=alert(3)>\n";
    site.write("content/pages/about.en.md", body);
    // A Markdown link with a script scheme is an error, not a link to drop.
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/pages/about.en.md:8:1: error: `javascript:alert(2)` is not a link a page may carry"),
        "{}",
        run.stderr
    );
    site.write(
        "content/pages/about.en.md",
        body.replace("[x](javascript:alert(2)) ", ""),
    );
    site.build_ok(&[]);
    let page = site.read("public/en/pages/about/index.html");
    assert!(!page.contains("alert("), "{page}");
    assert!(page.contains("<details><summary>More</summary>"));
    let config = site
        .read("content/site.yaml")
        .replace("theme: default", "theme: default\ntrusted_html: true");
    site.write("content/site.yaml", config);
    site.build_ok(&[]);
    assert!(
        site.read("public/en/pages/about/index.html")
            .contains("<script>alert(1)</script>")
    );
}

#[test]
fn escapes_every_value_from_content() {
    let site = Site::fixture("basic");
    site.write(
        "content/pages/about.en.md",
        "---\ntitle: \"<b>About</b> & \\\"us\\\"\"\nsummary: \"<script>x</script>\"\n---\nText.\n",
    );
    site.build_ok(&[]);
    let page = site.read("public/en/pages/about/index.html");
    assert!(
        page.contains("&lt;b&gt;About&lt;&#x2F;b&gt;")
            || page.contains("&lt;b&gt;About&lt;/b&gt; &amp; &quot;us&quot;"),
        "{page}"
    );
    assert!(!page.contains("<script>x"));
}

#[test]
fn refuses_an_output_directory_that_would_replace_the_site() {
    let site = Site::fixture("basic");
    for output in [".", "content", "themes/default"] {
        let out = site.path(output);
        let run = site.run(&["build", "--output", out.to_str().unwrap()]);
        assert_eq!(run.code, Some(2), "{output}: {}", run.stderr);
    }
    assert!(site.path("content/site.yaml").exists());
}

#[test]
fn drafts_are_built_only_when_asked() {
    let site = Site::fixture("basic");
    site.write(
        "content/news/draft.zh.md",
        "---\ntitle: 草稿\ndate: 2017-08-01\ndraft: true\n---\n草稿。\n",
    );
    site.build_ok(&[]);
    assert!(!site.path("public/news/draft").exists());
    site.build_ok(&["--drafts"]);
    assert!(site.path("public/news/draft/index.html").exists());
}

#[test]
fn the_summary_speaks_chinese_with_lang_zh() {
    let site = Site::fixture("basic");
    let run = site.run(&["build", "--lang", "zh"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let output = site.path("public");
    let last = run.stderr.lines().last().unwrap_or_default();
    assert_eq!(
        last,
        format!(
            "已构建31个页面，写入{}（其中2个页面显示的是另一种语言的内容，运行`zonesite check`可查看清单）",
            output.display()
        ),
        "{}",
        run.stderr
    );
    let run = site.run(&["build"]);
    assert!(
        run.stderr.ends_with(&format!(
            "built 31 pages into {} (2 pages show the other language's text: run `zonesite check` for the list)\n",
            output.display()
        )),
        "{}",
        run.stderr
    );
    site.write("content/parks/north.yaml", "area_km2: lots\n");
    let run = site.run(&["build", "--lang", "zh"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("\n错误：构建失败，共有1个错误；未写入任何文件\n"),
        "{}",
        run.stderr
    );
}
