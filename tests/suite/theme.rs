//! The default theme on the real content and on fixtures: links and assets that
//! resolve, open data, structured data, the fingerprinted stylesheet, the
//! parks' map with text alternatives, the footer, and no third-party URL
//! (charts are in `numbers`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::common::links::{attributes, check_links};
use crate::common::{Site, project};

/// The real site, built.
fn real(args: &[&str]) -> (Site, BTreeMap<String, Vec<u8>>) {
    let site = Site::real();
    site.build_ok(args);
    let tree = site.tree("public");
    (site, tree)
}

fn text(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        tree.get(path)
            .unwrap_or_else(|| panic!("{path} is not in the output"))
            .clone(),
    )
    .unwrap_or_else(|_| panic!("{path} is not UTF-8"))
}

/// The contents of each `<script type="application/ld+json">` of a page.
fn json_ld(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|s| {
            let body = s.split("</script>").next().unwrap();
            serde_json::from_str(body).unwrap_or_else(|e| panic!("invalid JSON-LD {e}: {body}"))
        })
        .collect()
}

/// Every `@type` anywhere in a JSON-LD value.
fn types(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "@type" {
                    match v {
                        Value::String(s) => {
                            out.insert(s.clone());
                        }
                        Value::Array(a) => {
                            out.extend(a.iter().filter_map(|t| t.as_str().map(String::from)))
                        }
                        _ => {}
                    }
                }
                types(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| types(v, out)),
        _ => {}
    }
}

#[test]
fn every_internal_link_and_asset_on_the_real_site_resolves() {
    let (_, tree) = real(&[]);
    let checked = check_links(&tree, "https://example.org", "/");
    assert!(checked > 2000, "only {checked} links checked");
}

#[test]
fn every_link_of_the_real_site_works_under_a_base_path() {
    let (_, tree) = real(&["--base-url", "https://example.org/zone/"]);
    let checked = check_links(&tree, "https://example.org", "/zone/");
    assert!(checked > 2000, "only {checked} links checked");
    let home = text(&tree, "index.html");
    assert!(
        home.contains("href=\"/zone/style."),
        "the stylesheet link keeps the path"
    );
    assert!(home.contains("href=\"/zone/en/\""));
}

#[test]
fn no_generated_page_or_stylesheet_names_a_third_party_url() {
    let (site, tree) = real(&[]);
    let config: serde_yaml::Value = serde_yaml::from_str(&site.read("content/site.yaml")).unwrap();
    // Links to the sources that facts cite are the content's own, not requests.
    let mut allowed: Vec<String> = config["sources"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|s| s["url"].as_str().map(String::from))
        .collect();
    let base = config["base_url"].as_str().unwrap().to_string();
    allowed.extend([
        base,
        "https://beian.miit.gov.cn/".into(),
        "https://schema.org".into(),
    ]);
    let mut found = Vec::new();
    for (path, bytes) in tree
        .iter()
        // Pagefind's bundle is vendored: its only URLs are the SVG namespace and
        // bug links in comments, and the browser checks prove it requests nothing.
        .filter(|(p, _)| !p.starts_with("pagefind/"))
        .filter(|(p, _)| p.ends_with(".html") || p.ends_with(".css"))
    {
        let body = String::from_utf8_lossy(bytes);
        for (at, _) in body.match_indices("http") {
            let rest = &body[at..];
            if !(rest.starts_with("http://") || rest.starts_with("https://")) {
                continue;
            }
            if !allowed.iter().any(|a| rest.starts_with(a.as_str())) {
                let url: String = rest
                    .chars()
                    .take_while(|c| !"\"'<> )".contains(*c))
                    .collect();
                found.push(format!("{path}: {url}"));
            }
        }
        // Protocol-relative references load from another host too.
        for pattern in ["=\"//", "url(//", "url(\"//", "url('//"] {
            if body.contains(pattern) {
                found.push(format!("{path}: a protocol-relative reference `{pattern}`"));
            }
        }
    }
    assert!(found.is_empty(), "third-party URLs:\n{}", found.join("\n"));
}

#[test]
fn open_data_lists_every_record_with_both_languages_in_json_and_csv() {
    let (site, tree) = real(&[]);
    for section in [
        "parks",
        "industries",
        "initiatives",
        "enterprises",
        "news",
        "pages",
    ] {
        let slugs: BTreeSet<String> = std::fs::read_dir(site.path(&format!("content/{section}")))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('_') && n.ends_with(".md"))
            .map(|n| n.split('.').next().unwrap().to_string())
            .collect();
        let json: Value =
            serde_json::from_str(&text(&tree, &format!("data/{section}.json"))).unwrap();
        assert_eq!(json["section"], section);
        assert!(json["title"]["zh"].is_string() && json["title"]["en"].is_string());
        let records = json["records"].as_array().unwrap();
        let listed: BTreeSet<String> = records
            .iter()
            .map(|r| r["slug"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(listed, slugs, "{section}.json lists every record");
        for r in records {
            assert!(
                r["title"]["zh"].is_string() && r["title"]["en"].is_string(),
                "{r}"
            );
            assert!(
                r["url"]["en"]
                    .as_str()
                    .unwrap()
                    .starts_with("https://example.org/en/")
            );
        }

        let csv = text(&tree, &format!("data/{section}.csv"));
        let csv = csv
            .strip_prefix('\u{feff}')
            .expect("the CSV starts with a byte-order mark");
        assert!(csv.ends_with("\r\n"), "CRLF line ends");
        let rows = parse_csv(csv);
        let header = &rows[0];
        assert_eq!(&header[..3], ["slug", "title_zh", "title_en"]);
        for row in &rows[1..] {
            assert_eq!(row.len(), header.len(), "{section}.csv: {row:?}");
        }
        let in_csv: BTreeSet<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            in_csv.len(),
            slugs.len(),
            "{section}.csv lists every record"
        );
        if section != "news" {
            let facts: usize = records
                .iter()
                .map(|r| r["facts"].as_array().unwrap().len().max(1))
                .sum();
            assert_eq!(rows.len() - 1, facts, "{section}.csv has a row per fact");
        }
    }
    let initiatives: Value = serde_json::from_str(&text(&tree, "data/initiatives.json")).unwrap();
    let business = initiatives["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "business-environment")
        .unwrap();
    let fact = &business["facts"][0];
    assert_eq!(fact["value"], 120000000, "whole numbers stay integers");
    assert_eq!(fact["unit"], "yuan");
    assert!(fact["label"]["zh"].as_str().unwrap().contains("扶持资金"));
    assert!(
        fact["label"]["en"]
            .as_str()
            .unwrap()
            .contains("Support funds")
    );
    let parks: Value = serde_json::from_str(&text(&tree, "data/parks.json")).unwrap();
    assert_eq!(parks["records"][0]["location"]["approximate"], true);
    let csv = text(&tree, "data/initiatives.csv");
    assert!(
        csv.contains("business-environment,营商环境与扶持资金,"),
        "Chinese stays readable UTF-8"
    );
}

/// A small RFC 4180 reader for the tests.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn open_data_and_the_stylesheet_name_are_deterministic() {
    let site = Site::real();
    site.build_ok(&["--output", site.path("one").to_str().unwrap()]);
    site.build_ok(&["--output", site.path("two").to_str().unwrap()]);
    let (one, two) = (site.tree("one"), site.tree("two"));
    let data = |t: &BTreeMap<String, Vec<u8>>| {
        t.iter()
            .filter(|(p, _)| p.starts_with("data/") || p.starts_with("style."))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        data(&one).len(),
        14 + 2,
        "7 sections × 2 formats, and the stylesheet twice"
    );
    assert_eq!(data(&one), data(&two));
}

#[test]
fn list_pages_link_their_open_data() {
    let (_, tree) = real(&[]);
    for (page, section) in [
        ("parks/index.html", "parks"),
        ("en/news/index.html", "news"),
    ] {
        let html = text(&tree, page);
        for ext in ["json", "csv"] {
            assert!(
                html.contains(&format!("href=\"/data/{section}.{ext}\"")),
                "{page} links /data/{section}.{ext}"
            );
        }
    }
}

#[test]
fn pages_carry_valid_json_ld_of_the_right_schema_org_types() {
    let (_, tree) = real(&[]);
    let cases: [(&str, &[&str]); 8] = [
        (
            "index.html",
            &["Place", "GovernmentOrganization", "WebSite"],
        ),
        (
            "en/index.html",
            &["Place", "GovernmentOrganization", "WebSite"],
        ),
        ("parks/nanchuan/index.html", &["Place", "BreadcrumbList"]),
        ("en/parks/ganhe/index.html", &["Place", "BreadcrumbList"]),
        (
            "news/green-transformation-2017/index.html",
            &["NewsArticle", "GovernmentOrganization", "BreadcrumbList"],
        ),
        (
            "en/news/green-transformation-2017/index.html",
            &["NewsArticle", "BreadcrumbList"],
        ),
        (
            "enterprises/byd/index.html",
            &["Organization", "BreadcrumbList"],
        ),
        (
            "en/initiatives/index.html",
            &["CollectionPage", "BreadcrumbList"],
        ),
    ];
    for (page, expected) in cases {
        let html = text(&tree, page);
        let docs = json_ld(&html);
        assert_eq!(docs.len(), 1, "{page} has one JSON-LD block");
        assert_eq!(docs[0]["@context"], "https://schema.org", "{page}");
        let mut found = BTreeSet::new();
        types(&docs[0], &mut found);
        for t in expected {
            assert!(found.contains(*t), "{page}: no {t} in {found:?}");
        }
    }
    let news = json_ld(&text(&tree, "en/news/green-transformation-2017/index.html"));
    let article = news[0]["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == "NewsArticle")
        .unwrap();
    assert_eq!(article["datePublished"], "2017-07-13");
    assert_eq!(article["inLanguage"], "en");
    assert_eq!(
        article["url"],
        "https://example.org/en/news/green-transformation-2017/"
    );
    let home = json_ld(&text(&tree, "index.html"));
    assert_eq!(home[0]["@graph"][0]["name"], "西宁经济技术开发区");
}

#[test]
fn content_cannot_break_out_of_the_json_ld_script() {
    let site = Site::fixture("basic");
    site.write(
        "content/news/opening.en.md",
        "---\ntitle: \"</script><script>alert(1)</script><!--\"\nsummary: \"a & b </SCRIPT>\"\ndate: 2017-07-13\n---\nText.\n",
    );
    site.build_ok(&[]);
    let html = site.read("public/en/news/opening/index.html");
    assert_eq!(
        html.matches("<script").count(),
        2,
        "only the JSON-LD script and the theme's care.js: {html}"
    );
    assert_eq!(html.matches("<script src=\"/care.").count(), 1, "{html}");
    assert!(!html.contains("alert(1)</script>"));
    let docs = json_ld(&html);
    let article = docs[0]["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == "NewsArticle")
        .unwrap();
    assert_eq!(
        article["headline"],
        "</script><script>alert(1)</script><!--"
    );
    assert_eq!(article["description"], "a & b </SCRIPT>");
}

#[test]
fn the_stylesheet_is_fingerprinted_by_its_bytes_and_linked_from_every_page() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let tree = site.tree("public");
    let css = std::fs::read(project().join("themes/default/static/style.css")).unwrap();
    let fingerprinted: Vec<&String> = tree
        .keys()
        .filter(|p| p.starts_with("style.") && p.ends_with(".css") && *p != "style.css")
        .collect();
    assert_eq!(fingerprinted.len(), 1, "{fingerprinted:?}");
    let name = fingerprinted[0].clone();
    let hash = name.trim_start_matches("style.").trim_end_matches(".css");
    assert!(
        hash.len() >= 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{name}"
    );
    assert_eq!(tree[&name], css, "the fingerprinted file is the stylesheet");
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains(&format!("<link rel=\"stylesheet\" href=\"/{name}\">")),
            "{path} links /{name}"
        );
    }
    // Another stylesheet, another name.
    site.write(
        "themes/default/static/style.css",
        [css.as_slice(), b"\n/* changed */\n"].concat(),
    );
    site.build_ok(&[]);
    let after = site.tree("public");
    assert!(!after.contains_key(&name), "the old name is gone");
    assert!(
        site.read("public/index.html")
            .contains("rel=\"stylesheet\" href=\"/style.")
    );
}

#[test]
fn the_parks_map_marks_every_located_park_and_says_where_positions_are_approximate() {
    let (_, tree) = real(&[]);
    for (page, note) in [
        ("parks/index.html", "虚线圆圈表示大致位置"),
        ("en/index.html", "approximate position"),
        (
            "en/parks/nanchuan/index.html",
            "The red marker is this park.",
        ),
    ] {
        let html = text(&tree, page);
        let svg = html
            .split("<svg class=\"map-svg\"")
            .nth(1)
            .unwrap_or_else(|| panic!("{page} has a map"));
        let svg = svg.split("</svg>").next().unwrap();
        assert_eq!(
            svg.matches("class=\"map-dot\"").count(),
            4,
            "{page}: one marker per park"
        );
        assert_eq!(
            svg.matches("class=\"map-ring\"").count(),
            4,
            "{page}: all four are approximate"
        );
        assert!(
            !svg.contains("<image") && !svg.contains("http"),
            "{page}: no tiles"
        );
        for slug in ["biotechnology", "dongchuan", "ganhe", "nanchuan"] {
            assert!(
                svg.contains(&format!("/parks/{slug}/\"")),
                "{page}: {slug} links its page"
            );
        }
        assert!(html.contains(note), "{page}: {note}");
    }
    assert!(text(&tree, "en/parks/nanchuan/index.html").contains("map-marker map-current\""));
}

#[test]
fn every_page_has_a_complete_head() {
    let (_, tree) = real(&[]);
    for (page, lang, url) in [
        ("index.html", "zh-Hans", "https://example.org/"),
        ("en/parks/index.html", "en", "https://example.org/en/parks/"),
        (
            "en/industries/lithium-batteries/index.html",
            "en",
            "https://example.org/en/industries/lithium-batteries/",
        ),
    ] {
        let html = text(&tree, page);
        let head = html.split("</head>").next().unwrap();
        assert!(
            head.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")),
            "{page}"
        );
        assert!(
            head.contains("<title>") && head.contains("<meta name=\"description\" content=\""),
            "{page}"
        );
        assert!(
            head.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")),
            "{page}"
        );
        assert!(
            head.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")),
            "{page}"
        );
        for tag in [
            "og:title",
            "og:description",
            "og:type",
            "og:site_name",
            "og:locale",
        ] {
            assert!(
                head.contains(&format!("<meta property=\"{tag}\"")),
                "{page}: {tag}"
            );
        }
        for hreflang in ["zh-Hans", "en", "x-default"] {
            assert!(
                head.contains(&format!("hreflang=\"{hreflang}\"")),
                "{page}: {hreflang}"
            );
        }
    }
    let zh = text(&tree, "index.html");
    assert!(zh.contains("<meta property=\"og:locale\" content=\"zh_CN\">"));
    assert!(zh.contains("<meta property=\"og:locale:alternate\" content=\"en_US\">"));
}

#[test]
fn the_404_page_speaks_both_languages() {
    let (_, tree) = real(&[]);
    let html = text(&tree, "404.html");
    assert!(html.contains("页面不存在") && html.contains("Page not found"));
    assert!(html.contains("lang=\"en\"") && html.contains("href=\"/en/\""));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
}

#[test]
fn the_footer_shows_filing_details_and_links_the_icp_number_to_the_filing_system() {
    let site = Site::fixture("basic");
    let config = site.read("content/site.yaml")
        + "footer:\n  organiser: {zh: 示例管委会, en: Example Committee}\n  undertaker: {zh: 示例信息中心, en: Example Information Centre}\n  badge_id: bszs0000\n  contact: {zh: 电话 0000, en: Phone 0000}\n  icp: 青ICP备00000000号\n  police: 青公网安备00000000000000号\n  site_code: \"0000000000\"\n";
    site.write("content/site.yaml", config);
    let run = site.build_ok(&[]);
    assert!(!run.stderr.contains("footer is missing"), "{}", run.stderr);
    let zh = site.read("public/index.html");
    assert!(zh.contains("主办单位：示例管委会"));
    assert!(zh.contains("联系方式：电话 0000"));
    assert!(
        zh.contains(
            "<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">青ICP备00000000号</a>"
        )
    );
    assert!(zh.contains("青公网安备00000000000000号"));
    assert!(zh.contains("网站标识码：0000000000"));
    let en = site.read("public/en/parks/north/index.html");
    assert!(en.contains("Organiser: Example Committee"));
}

#[test]
fn empty_filing_details_stay_empty_and_check_warns_about_them() {
    let (site, tree) = real(&[]);
    let html = text(&tree, "index.html");
    assert!(
        !html.contains("beian.miit.gov.cn"),
        "no link without a number"
    );
    assert!(!html.contains("ICP备案号"), "no label without a number");
    assert!(html.contains("主办单位：西宁经济技术开发区管理委员会"));
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for field in [
        "footer.icp",
        "footer.police",
        "footer.site_code",
        "footer.contact",
    ] {
        assert!(
            run.stderr.contains("warning: the footer is missing") && run.stderr.contains(field),
            "check names {field}:\n{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("footer.organiser"),
        "the organiser is given"
    );
}

#[test]
fn the_themes_ids_never_collide_with_heading_ids() {
    let site = Site::fixture("basic");
    let headings = [
        "Main",
        "Overview",
        "Related",
        "Figures",
        "Key figures",
        "Page title",
        "Home parks",
        "Chart home yuan",
        "Map park",
    ];
    let body: String = headings
        .iter()
        .map(|h| format!("## {h}\n\nText.\n\n"))
        .collect();
    for file in ["content/parks/north.en.md", "content/parks/north.zh.md"] {
        site.write(
            file,
            format!("---\ntitle: North Park\nsummary: The park.\n---\n{body}"),
        );
    }
    site.build_ok(&[]);
    let tree = site.tree("public");
    let mut pages = 0;
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let all: Vec<String> = attributes(&html, "id").collect();
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "{path} repeats an id: {all:?}");
        pages += 1;
    }
    assert!(pages > 20);
    let park = text(&tree, "en/parks/north/index.html");
    assert!(park.contains("id=\"overview\"") && park.contains("id=\"zs_overview\""));
}
