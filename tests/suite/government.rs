//! What a government portal carries: page metadata on every page kind, an
//! article's source and author, and the footer's profile.

use crate::common::Site;

/// The `<meta name="…">` tags of `html` whose names start with a capital
/// (the government-portal ones), as (name, content) pairs in order.
fn gov_meta(html: &str) -> Vec<(String, String)> {
    html.split("<meta name=\"")
        .skip(1)
        .filter(|tag| tag.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|tag| {
            let (name, rest) = tag.split_once('"').unwrap();
            let content = rest
                .strip_prefix(" content=\"")
                .and_then(|c| c.split_once('"'))
                .map_or("", |(c, _)| c);
            (name.to_string(), content.to_string())
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .collect()
}

/// The basic site with a site code, a source with a publisher for its news,
/// an author, and a declared column type and keywords for its news.
fn portal() -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    let yaml = yaml.replace(
        "    date: 2017-07-13\n",
        "    date: 2017-07-13\n    publisher: {zh: 示例日报, en: Example Daily}\n    url: https://example.org/daily\n",
    );
    let yaml = yaml.replace(
        "menu:",
        "sections:\n  - {id: parks, kind: park, name: {zh: 园区, en: Parks}}\n  \
         - {id: industries, kind: industry, name: {zh: 产业, en: Industries}}\n  \
         - {id: initiatives, kind: initiative, name: {zh: 重点工作, en: Initiatives}}\n  \
         - {id: enterprises, kind: enterprise, name: {zh: 企业, en: Enterprises}}\n  \
         - id: news\n    kind: article\n    name: {zh: 要闻, en: News}\n    \
         description: {zh: 开发区要闻。, en: News of the zone.}\n    \
         keywords: {zh: [要闻, 开园], en: [news]}\n    column_type: 工作动态\n  \
         - {id: pages, kind: page, name: {zh: 关于, en: About}}\n\
         footer:\n  site_code: \"6301000001\"\nmenu:",
    );
    site.write("content/site.yaml", yaml);
    site.write(
        "content/news/opening.yaml",
        "parks: [north]\nsource: test-source\n",
    );
    site.write(
        "content/news/opening.zh.md",
        "---\ntitle: 北园开园\nsummary: 北园正式开园。\ndate: 2017-07-13\nauthor: 李明\n---\n北园开园。\n",
    );
    site
}

#[test]
fn every_page_kind_carries_the_metadata_of_its_site_column_and_article() {
    let site = portal();
    site.build_ok(&[]);
    let site_tags = [
        ("SiteName", "示例开发区"),
        ("SiteDomain", "example.org"),
        ("SiteIDCode", "6301000001"),
    ];
    let home = gov_meta(&site.read("public/index.html"));
    let mut want = site_tags.to_vec();
    want.extend([("ColumnName", "首页"), ("ColumnType", "首页")]);
    assert_eq!(home, pairs(&want));

    let column = [
        ("ColumnName", "要闻"),
        ("ColumnDescription", "开发区要闻。"),
        ("ColumnKeywords", "要闻,开园"),
        ("ColumnType", "工作动态"),
    ];
    let list = gov_meta(&site.read("public/news/index.html"));
    let mut want = site_tags.to_vec();
    want.extend(column);
    assert_eq!(list, pairs(&want));

    let article = gov_meta(&site.read("public/news/opening/index.html"));
    want.extend([
        ("ArticleTitle", "北园开园"),
        ("PubDate", "2017-07-13"),
        ("ContentSource", "示例日报"),
        ("Author", "李明"),
    ]);
    assert_eq!(article, pairs(&want));

    // English pages name the column in English; ColumnType is a code; the
    // English text names no author, so there is none.
    let en = gov_meta(&site.read("public/en/news/opening/index.html"));
    assert!(en.contains(&("ColumnName".into(), "News".into())), "{en:?}");
    assert!(en.contains(&("ColumnType".into(), "工作动态".into())));
    assert!(en.contains(&("ContentSource".into(), "Example Daily".into())));
    assert!(!en.iter().any(|(n, _)| n == "Author"), "{en:?}");
}

#[test]
fn a_column_type_defaults_from_the_kind_and_records_without_a_date_have_none() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let park = gov_meta(&site.read("public/parks/north/index.html"));
    assert!(park.contains(&("ColumnType".into(), "概况信息".into())));
    // The section declares no description: its introduction's summary
    // describes the column on its list and on its records alike.
    let description = (
        "ColumnDescription".to_string(),
        "开发区的园区。".to_string(),
    );
    assert!(park.contains(&description), "{park:?}");
    assert!(gov_meta(&site.read("public/parks/index.html")).contains(&description));
    assert!(
        park.contains(&("ArticleTitle".into(), "北园".into())),
        "{park:?}"
    );
    // A park has no publication date, and no site code was given: neither
    // is made up.
    assert!(
        !park
            .iter()
            .any(|(n, _)| n == "PubDate" || n == "SiteIDCode")
    );
    let initiative = gov_meta(&site.read("public/initiatives/funds/index.html"));
    assert!(initiative.contains(&("ColumnType".into(), "专题专栏".into())));
    assert!(!initiative.iter().any(|(n, _)| n == "PubDate"));
    let news = gov_meta(&site.read("public/news/index.html"));
    assert!(news.contains(&("ColumnType".into(), "工作动态".into())));
    // The source has no publisher: no source is claimed.
    let item = site.read("public/news/opening/index.html");
    assert!(!item.contains("ContentSource") && !item.contains("来源："));
}

#[test]
fn an_article_shows_its_date_source_and_author() {
    let site = portal();
    site.build_ok(&[]);
    let page = site.read("public/news/opening/index.html");
    assert!(page.contains("发布日期：<time datetime=\"2017-07-13\">2017年7月13日</time>"));
    assert!(
        page.contains("来源：<a href=\"https://example.org/daily\" rel=\"noopener\">示例日报</a>")
    );
    assert!(page.contains("作者：李明"), "{page}");
    let en = site.read("public/en/news/opening/index.html");
    assert!(
        en.contains("Source: <a href=\"https://example.org/daily\""),
        "{en}"
    );
    // The list shows each item's date beside it.
    let list = site.read("public/news/index.html");
    assert!(list.contains("2017年7月13日"));
}

#[test]
fn a_publication_time_shows_beside_the_date_and_orders_the_day() {
    let site = Site::fixture("basic");
    for (lang, title) in [("zh", "北园开园"), ("en", "North Park opens")] {
        site.write(
            &format!("content/news/opening.{lang}.md"),
            format!("---\ntitle: {title}\ndate: 2017-07-13 10:19\n---\nText.\n"),
        );
    }
    for (slug, date) in [("early", "2017-07-13 09:00"), ("undated", "2017-07-13")] {
        site.write(
            &format!("content/news/{slug}.zh.md"),
            format!("---\ntitle: {slug}\ndate: {date}\n---\n正文。\n"),
        );
    }
    site.build_ok(&[]);
    let page = site.read("public/news/opening/index.html");
    assert!(
        page.contains("<time datetime=\"2017-07-13T10:19\">2017年7月13日 10:19</time>"),
        "{page}"
    );
    assert!(gov_meta(&page).contains(&("PubDate".into(), "2017-07-13 10:19".into())));
    assert!(
        page.contains("\"datePublished\":\"2017-07-13T10:19\""),
        "{page}"
    );
    let en = site.read("public/en/news/opening/index.html");
    assert!(en.contains(">13 July 2017, 10:19</time>"), "{en}");
    // Newest first: 10:19, then 09:00, then the one whose time is not known.
    let list = site.read("public/news/index.html");
    let at = |needle: &str| {
        list.find(needle)
            .unwrap_or_else(|| panic!("{needle}: {list}"))
    };
    assert!(at("北园开园") < at(">early<") && at(">early<") < at(">undated<"));
    assert!(list.contains("<time datetime=\"2017-07-13T09:00\">2017年7月13日 09:00</time>"));
    assert!(list.contains("<time datetime=\"2017-07-13\">2017年7月13日</time>"));
    let feed = site.read("public/atom.xml");
    assert!(
        feed.contains("<updated>2017-07-13T10:19:00+08:00</updated>"),
        "{feed}"
    );
    assert!(
        feed.contains("<updated>2017-07-13T00:00:00Z</updated>"),
        "{feed}"
    );
}

#[test]
fn a_site_map_in_each_language_lists_the_columns_and_every_footer_links_it() {
    let site = portal();
    site.build_ok(&["--no-search"]);
    let map = site.read("public/sitemap/index.html");
    let main = map
        .split_once("<main")
        .unwrap()
        .1
        .split("</main>")
        .next()
        .unwrap();
    for link in [
        "<a href=\"/\">首页</a>",
        "<a href=\"/parks/\">园区</a>",
        "<a href=\"/news/\">要闻</a>",
        "<a href=\"/pages/\">关于</a>",
        "<a href=\"/atom.xml\">",
    ] {
        assert!(main.contains(link), "{link} not in {main}");
    }
    // A page section's pages are columns too; other records are reached
    // through their lists.
    assert!(main.contains("href=\"/pages/about/\""), "{main}");
    assert!(!main.contains("/parks/north/") && !main.contains("/news/opening/"));
    let en = site.read("public/en/sitemap/index.html");
    assert!(en.contains("<h1>Site map</h1>") && en.contains("<a href=\"/en/news/\">News</a>"));
    for page in [
        "public/index.html",
        "public/parks/north/index.html",
        "public/404.html",
    ] {
        assert!(
            site.read(page)
                .contains("<a href=\"/sitemap/\">网站地图</a>"),
            "{page} links the site map"
        );
    }
    assert!(
        site.read("public/en/parks/index.html")
            .contains("<a href=\"/en/sitemap/\">Site map</a>")
    );
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/en/sitemap/</loc>"));
}

#[test]
fn a_menu_entry_may_lead_to_another_site_and_says_so() {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml").replace(
        "menu: [parks, industries, initiatives, enterprises, news, about]",
        "menu:\n  - parks\n  - news\n  - title: {zh: 办事服务, en: Online services}\n    \
         url: https://www.example.gov.cn/services\n  - about\n",
    );
    site.write("content/site.yaml", yaml);
    site.build_ok(&["--no-search"]);
    let zh = site.read("public/index.html");
    let entry = "<a href=\"https://www.example.gov.cn/services\" class=\"external\" rel=\"external noopener\">办事服务<span class=\"visually-hidden\">（外部网站）</span></a>";
    assert_eq!(zh.matches(entry).count(), 2, "in the menu and the footer");
    let en = site.read("public/en/parks/index.html");
    assert!(
        en.contains(
            ">Online services<span class=\"visually-hidden\"> (another website)</span></a>"
        )
    );
    // The site's own entries keep their place around it.
    let nav = zh.split_once("class=\"site-nav\"").unwrap().1;
    let order: Vec<usize> = ["/parks/", "/news/", "example.gov.cn", "/pages/about/"]
        .iter()
        .map(|l| nav.find(l).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // An address that is no web address is refused where it is written.
    let bad = site
        .read("content/site.yaml")
        .replace("https://www.example.gov.cn/services", "javascript:alert(1)");
    site.write("content/site.yaml", bad);
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
}
