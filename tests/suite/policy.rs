//! Policy documents (政策文件): the metadata table on each document's page,
//! "not given" where the record does not say, interpretations linked both
//! ways, the browse page by year, issuer and topic, the open data and the
//! page metadata.

use crate::common::Site;
use crate::common::links::{attributes, ids, strip_tags};

/// The basic site with a policy section of three documents (one replaced by
/// another, one of which nothing is known) and a news item explaining one.
fn policies() -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml").replace(
        "menu:",
        "sections:\n  - {id: parks, kind: park, name: {zh: 园区, en: Parks}}\n  \
         - {id: industries, kind: industry, name: {zh: 产业, en: Industries}}\n  \
         - {id: initiatives, kind: initiative, name: {zh: 重点工作, en: Initiatives}}\n  \
         - {id: enterprises, kind: enterprise, name: {zh: 企业, en: Enterprises}}\n  \
         - {id: news, kind: article, name: {zh: 新闻, en: News}}\n  \
         - {id: policies, kind: policy, name: {zh: 政策文件, en: Policies}}\n  \
         - {id: pages, kind: page, name: {zh: 关于, en: About}}\nmenu:",
    );
    site.write("content/site.yaml", yaml);
    site.write(
        "content/policies/rules-2016.yaml",
        "index_no: 000-2016-00003\n\
         topic: {zh: 工业、交通, en: Industry and transport}\n\
         issuer: {zh: 示例区管委会, en: Example Zone Committee}\n\
         number: 示管〔2016〕3号\n\
         written: 2016-03-01\npublished: 2016-03-05\n\
         validity: {status: repealed, since: 2017-07-01, replaced_by: rules-2017}\n",
    );
    site.write(
        "content/policies/rules-2016.zh.md",
        "---\ntitle: 示例区园区管理办法\n---\n旧办法。\n",
    );
    site.write(
        "content/policies/rules-2017.yaml",
        "index_no: 000-2017-00012\n\
         topic: {zh: 工业、交通, en: Industry and transport}\n\
         issuer: {zh: 示例区管委会, en: Example Zone Committee}\n\
         number: 示管〔2017〕12号\n\
         written: 2017-06-28\npublished: 2017-07-01\n\
         validity: {status: valid}\n",
    );
    site.write(
        "content/policies/rules-2017.zh.md",
        "---\ntitle: 示例区园区管理办法（修订）\n---\n新办法。\n",
    );
    site.write(
        "content/policies/rules-2017.en.md",
        "---\ntitle: Park management rules (revised)\n---\nThe new rules.\n",
    );
    site.write(
        "content/policies/rules-2017/rules.pdf",
        b"%PDF-1.4\n%%EOF\n",
    );
    site.write("content/policies/unknown.yaml", "# Nothing is known.\n");
    site.write(
        "content/policies/unknown.zh.md",
        "---\ntitle: 某实施方案\n---\n来源只提到名称。\n",
    );
    site.write("content/news/explainer.yaml", "interprets: [rules-2017]\n");
    site.write(
        "content/news/explainer.zh.md",
        "---\ntitle: 一图读懂园区管理办法\ndate: 2017-07-02\n---\n解读。\n",
    );
    site
}

/// The rows of a page's policy table, as (label, cell text without tags).
fn table(html: &str) -> Vec<(String, String)> {
    let table = html
        .split_once("<table class=\"policy-table\">")
        .and_then(|(_, t)| t.split_once("</table>"))
        .map_or("", |(t, _)| t);
    table
        .split("<tr><th scope=\"row\">")
        .skip(1)
        .map(|row| {
            let (label, cell) = row.split_once("</th><td>").unwrap();
            let cell = cell.split("</td>").next().unwrap();
            (label.to_string(), strip_tags(cell))
        })
        .collect()
}

fn rows(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(l, v)| (l.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_document_page_shows_its_table_with_what_is_not_given_said_so() {
    let site = policies();
    site.build_ok(&["--no-search"]);
    let page = site.read("public/policies/rules-2017/index.html");
    assert_eq!(
        table(&page),
        rows(&[
            ("索引号", "000-2017-00012"),
            ("主题分类", "工业、交通"),
            ("发文机关", "示例区管委会"),
            ("成文日期", "2017年6月28日"),
            ("标题", "示例区园区管理办法（修订）"),
            ("发文字号", "示管〔2017〕12号"),
            ("发布日期", "2017年7月1日"),
            ("有效性", "有效"),
            ("政策解读", "一图读懂园区管理办法"),
        ])
    );
    assert!(page.contains("<meta name=\"PubDate\" content=\"2017-07-01\">"));
    assert!(page.contains("rules.pdf"), "its attachment is offered");

    let old = site.read("public/policies/rules-2016/index.html");
    let old_rows = table(&old);
    assert!(old_rows.contains(&("有效性".into(), "废止（自2017年7月1日起）".into())));
    assert!(old_rows.contains(&("替代文件".into(), "示例区园区管理办法（修订）".into())));
    assert!(old.contains("href=\"/policies/rules-2017/\""));

    let en = table(&site.read("public/en/policies/rules-2016/index.html"));
    assert!(en.contains(&("Validity".into(), "Repealed (since 1 July 2017)".into())));

    let unknown = table(&site.read("public/policies/unknown/index.html"));
    let given: Vec<&str> = unknown
        .iter()
        .filter(|(_, v)| v != "未注明")
        .map(|(l, _)| l.as_str())
        .collect();
    assert_eq!(given, ["标题"], "every other field is shown as not given");
    assert_eq!(unknown.len(), 8, "no interpretation row without one");
}

#[test]
fn an_interpretation_and_its_document_link_to_each_other() {
    let site = policies();
    site.build_ok(&["--no-search"]);
    let article = site.read("public/news/explainer/index.html");
    let explains = article
        .split_once("<p class=\"explains\">")
        .map(|(_, p)| p.split("</p>").next().unwrap())
        .expect("the article names the document it explains");
    assert!(explains.starts_with("本文解读："), "{explains}");
    assert!(explains.contains("<a href=\"/policies/rules-2017/\">示例区园区管理办法（修订）</a>"));
    let document = site.read("public/policies/rules-2017/index.html");
    assert!(document.contains("<a href=\"/news/explainer/\">一图读懂园区管理办法</a>"));
    // The other documents are explained by nothing.
    assert!(
        !site
            .read("public/policies/rules-2016/index.html")
            .contains("/news/explainer/")
    );
}

#[test]
fn the_browse_page_groups_by_year_issuer_and_topic_without_scripts() {
    let site = policies();
    site.build_ok(&["--no-search"]);
    let page = site.read("public/policies/browse/index.html");
    let main = page.split_once("<main").unwrap().1;
    assert!(!main.contains("<script"), "browsing needs no script");
    // Every jump link of the page leads to a heading on it.
    let anchors = ids(&page);
    let jumps: Vec<String> = attributes(main, "href")
        .filter(|h| h.starts_with('#'))
        .collect();
    assert_eq!(
        jumps.len(),
        3 + 2 + 2,
        "years 2017, 2016, none; issuer; topic"
    );
    for jump in &jumps {
        assert!(anchors.contains(&jump[1..]), "{jump} has no target");
    }
    let headings: Vec<String> = main
        .split("<h3 id=\"")
        .skip(1)
        .map(|h| {
            h.split_once("\">")
                .unwrap()
                .1
                .split("</h3>")
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        headings,
        [
            "2017年",
            "2016年",
            "未注明",
            "示例区管委会",
            "未注明",
            "工业、交通",
            "未注明"
        ],
        "newest year first, not given last"
    );
    let year_2016 = main
        .split("id=\"year-2\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    assert!(
        year_2016.contains("/policies/rules-2016/") && !year_2016.contains("/policies/rules-2017/")
    );
    // The list links it; the sitemap has it in both languages.
    assert!(
        site.read("public/policies/index.html")
            .contains("href=\"/policies/browse/\"")
    );
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/policies/browse/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/en/policies/browse/</loc>"));
}

#[test]
fn the_open_data_has_every_field_of_a_document() {
    let site = policies();
    site.build_ok(&["--no-search"]);
    let csv = site.read("public/data/policies.csv");
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(header.ends_with(
        "index_no,topic_zh,topic_en,issuer_zh,issuer_en,number,written,published,validity,validity_since,replaced_by"
    ), "{header}");
    let old = lines.find(|l| l.starts_with("rules-2016,")).unwrap();
    assert!(old.ends_with(
        "000-2016-00003,工业、交通,Industry and transport,示例区管委会,Example Zone Committee,示管〔2016〕3号,2016-03-01,2016-03-05,repealed,2017-07-01,rules-2017"
    ), "{old}");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/data/policies.json")).unwrap();
    let unknown = &json["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "unknown")
        .unwrap()["fields"];
    assert!(unknown["number"].is_null() && unknown["validity"].is_null());
    let news = site.read("public/data/news.csv");
    assert!(
        news.lines()
            .any(|l| l.starts_with("explainer,") && l.ends_with(",rules-2017"))
    );
}
