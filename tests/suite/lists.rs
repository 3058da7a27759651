//! The order of every list, in both languages: weighted records first, then
//! news and initiatives newest first and everything else by title, Chinese
//! by pinyin and English alphabetically; never by slug. Checked on list
//! pages, the home page, record pages' related records and the feeds.

use crate::common::Site;

/// The basic fixture with more parks, news, initiatives and enterprises,
/// each named so that slug order, code point order and the expected order
/// all differ.
fn site() -> Site {
    let site = Site::fixture("basic");
    // Slug order: a, b, c, north, w, y, z. Pinyin: ān, běi, dōng, gān, shēng, zhōng.
    for (slug, zh, en, data) in [
        ("a-shengwu", "生物园区", "Biotech Park", ""),
        ("b-dongchuan", "东川园区", "dongchuan park", ""),
        ("c-ganhe", "甘河园区", "Ganhe Park", ""),
        ("w-pinned", "中心园区", "Zenith Park", "weight: 1\n"),
        ("y-pinned-later", "西园", "West Park", "weight: 7\n"),
        ("z-anning", "安宁园区", "Anning Park", ""),
    ] {
        site.write(&format!("content/parks/{slug}.yaml"), data);
        text(&site, "parks", slug, zh, en, "");
    }
    // Written in Chinese only: the English list shows (and sorts) its Chinese title.
    site.write("content/parks/x-zh-only.yaml", "");
    site.write(
        "content/parks/x-zh-only.zh.md",
        "---\ntitle: 阿拉园区\nsummary: 只有中文。\n---\n正文。\n",
    );
    // News: two of one date (title order differs by language), an older one
    // pinned first by its weight.
    for (slug, zh, en, date, data) in [
        ("n1", "乙新闻", "Alpha news", "2018-05-01", ""),
        ("n2", "甲新闻", "Beta news", "2018-05-01", ""),
        ("n3", "丙新闻", "Gamma news", "2019-01-02", ""),
        ("n4", "置顶新闻", "Pinned news", "2016-01-01", "weight: 0\n"),
    ] {
        site.write(&format!("content/news/{slug}.yaml"), data);
        text(&site, "news", slug, zh, en, &format!("date: {date}\n"));
    }
    // Initiatives: newest start first, those without one after, by title.
    for (slug, zh, en, started) in [
        ("i1", "乙计划", "Beta plan", ""),
        ("i2", "甲计划", "Alpha plan", ""),
        ("i3", "丙计划", "Gamma plan", "started: 2019\n"),
    ] {
        let data = format!(
            "status: planned\n{started}facts:\n  - label: {{zh: 项目, en: Projects}}\n    value: 3\n    unit: {{zh: 项, en: projects}}\n    as_of: 2020-01\n    source: test-source\n"
        );
        site.write(&format!("content/initiatives/{slug}.yaml"), &data);
        text(&site, "initiatives", slug, zh, en, "");
    }
    // Enterprises in North Park, for its page's related records.
    for (slug, zh, en) in [
        ("e1", "中华公司", "Alpha Corp"),
        ("e2", "安达公司", "Zeta Corp"),
    ] {
        site.write(
            &format!("content/enterprises/{slug}.yaml"),
            "park: north\nindustries: [batteries]\n",
        );
        text(&site, "enterprises", slug, zh, en, "");
    }
    site
}

fn text(site: &Site, section: &str, slug: &str, zh: &str, en: &str, front: &str) {
    for (lang, title) in [("zh", zh), ("en", en)] {
        site.write(
            &format!("content/{section}/{slug}.{lang}.md"),
            format!("---\ntitle: {title}\nsummary: {title}.\n{front}---\n{title}.\n"),
        );
    }
}

/// The slugs of the records linked from the item titles of a page, in order.
fn items(html: &str) -> Vec<String> {
    html.split("<h3 class=\"item-title\"><a href=\"")
        .skip(1)
        .map(|s| slug_of(s.split('"').next().unwrap()))
        .collect()
}

/// The slug a record link ends with: `/en/parks/north/` → `north`.
fn slug_of(href: &str) -> String {
    href.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap()
        .to_string()
}

/// The slugs linked from one group of a record page's related records.
fn related(html: &str, group_title: &str) -> Vec<String> {
    let group = html
        .split(&format!("<h3>{group_title}</h3>"))
        .nth(1)
        .unwrap_or_else(|| panic!("no related group {group_title}"));
    let list = group.split("</ul>").next().unwrap();
    list.split("<a href=\"")
        .skip(1)
        .map(|s| slug_of(s.split('"').next().unwrap()))
        .collect()
}

#[test]
fn lists_put_weighted_records_first_then_sort_titles_as_each_language_does() {
    let site = site();
    site.build_ok(&[]);
    let zh = items(&site.read("public/parks/index.html"));
    assert_eq!(
        zh,
        [
            "w-pinned",       // weight 1
            "y-pinned-later", // weight 7
            "x-zh-only",      // 阿拉 ā
            "z-anning",       // 安宁 ān
            "north",          // 北园 běi
            "b-dongchuan",    // 东川 dōng
            "c-ganhe",        // 甘河 gān
            "a-shengwu",      // 生物 shēng
        ],
        "Chinese: by pinyin, not by slug or code point"
    );
    let en = items(&site.read("public/en/parks/index.html"));
    assert_eq!(
        en,
        [
            "w-pinned",
            "y-pinned-later",
            "z-anning",    // Anning
            "a-shengwu",   // Biotech
            "b-dongchuan", // dongchuan (case does not come first)
            "c-ganhe",     // Ganhe
            "north",       // North
            "x-zh-only",   // 阿拉园区, shown in Chinese: after the Latin titles
        ],
        "English: alphabetical whatever the case"
    );
    // The home page shows the first of the same order.
    let home = site.read("public/index.html");
    let home_parks: Vec<String> = items(&home).into_iter().take(3).collect();
    assert_eq!(home_parks, ["w-pinned", "y-pinned-later", "x-zh-only"]);
    let en_home = site.read("public/en/index.html");
    assert_eq!(
        items(&en_home)[..3],
        ["w-pinned", "y-pinned-later", "z-anning"]
    );
}

#[test]
fn news_and_initiatives_come_newest_first_and_undated_initiatives_last() {
    let site = site();
    site.build_ok(&[]);
    // n4 is the oldest, pinned by its weight; n1 and n2 share a date and
    // follow their titles: 甲 (jiǎ) before 乙 (yǐ); Alpha before Beta.
    let zh = items(&site.read("public/news/index.html"));
    assert_eq!(zh, ["n4", "n3", "n2", "n1", "opening"]);
    let en = items(&site.read("public/en/news/index.html"));
    assert_eq!(en, ["n4", "n3", "n1", "n2", "opening"]);
    // i3 started in 2019; funds in 2017; i1 and i2 have no start: after
    // them, by title, though their figures are dated 2020.
    let zh = items(&site.read("public/initiatives/index.html"));
    assert_eq!(zh, ["i3", "funds", "i2", "i1"]);
    let en = items(&site.read("public/en/initiatives/index.html"));
    assert_eq!(en, ["i3", "funds", "i2", "i1"]);
}

#[test]
fn a_record_shows_a_date_only_where_it_has_one() {
    let site = site();
    site.build_ok(&[]);
    let page = site.read("public/en/initiatives/index.html");
    let item = |slug: &str| {
        page.split(&format!("/en/initiatives/{slug}/\""))
            .nth(1)
            .unwrap()
            .split("</li>")
            .next()
            .unwrap()
            .to_string()
    };
    assert!(item("i3").contains("<time datetime=\"2019\">2019</time>"));
    for undated in ["i1", "i2"] {
        // Its figures are dated 2020-01: that is not the initiative's date.
        assert!(!item(undated).contains("<time"), "{}", item(undated));
    }
    let record = site.read("public/initiatives/i1/index.html");
    assert!(
        !record.contains("2020年1月</time></p>"),
        "no date under the title"
    );
    // The feed still needs a date for it: its latest figure's.
    let feed = site.read("public/en/atom.xml");
    let entry = feed
        .split("<entry>")
        .find(|e| e.contains("/en/initiatives/i1/"))
        .unwrap();
    assert!(entry.contains("<updated>2020-01-01T00:00:00Z</updated>"));
}

#[test]
fn related_records_follow_their_sections_order_in_each_language() {
    let site = site();
    site.build_ok(&[]);
    // Slug order would be acme, e1, e2. 安达 (ān) 甲 (jiǎ) 中华 (zhōng);
    // Alpha Corp, Zeta Corp, then acme's Chinese title (not translated).
    let zh = site.read("public/parks/north/index.html");
    assert_eq!(related(&zh, "企业"), ["e2", "acme", "e1"]);
    let en = site.read("public/en/parks/north/index.html");
    assert_eq!(related(&en, "Enterprises"), ["e1", "e2", "acme"]);
}

#[test]
fn the_feed_is_newest_first_whatever_the_weights() {
    let site = site();
    site.build_ok(&[]);
    let feed = site.read("public/en/atom.xml");
    let order: Vec<String> = feed
        .split("<entry>")
        .skip(1)
        .map(|e| {
            let link = e.split("<id>").nth(1).unwrap().split('<').next().unwrap();
            slug_of(link)
        })
        .collect();
    // Only records written in English are fed (not funds). i1 and i2 are fed
    // by their figures' date, 2020-01, in list order; a year (i3's 2019)
    // counts as its beginning; n4's weight does not lift it.
    assert_eq!(order, ["i2", "i1", "n3", "i3", "n1", "n2", "opening", "n4"]);
}

#[test]
fn a_weight_is_data_shared_by_both_languages() {
    let site = Site::fixture("basic");
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nweight: 1\n---\nText.\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("move it to parks/north.yaml"),
        "{}",
        run.stderr
    );
    let site = Site::fixture("basic");
    let data = site.read("content/parks/north.yaml");
    site.write("content/parks/north.yaml", format!("weight: 1.5\n{data}"));
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/parks/north.yaml:1:"),
        "{}",
        run.stderr
    );
}
