//! Language details of the default theme: the zone's short name where the
//! header is narrow and its full name in titles and structured data; text in
//! the other language marked with its `lang` (menu entries, map labels);
//! hemispheres named from the sign of a coordinate; the bilingual landing page.

use crate::common::Site;

#[test]
fn the_header_has_both_names_and_titles_the_full_one() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    for (page, full, short) in [
        ("public/parks/north/index.html", "示例开发区", "示例区"),
        (
            "public/en/parks/north/index.html",
            "Example Development Zone",
            "Example Zone",
        ),
    ] {
        let html = site.read(page);
        let brand = html.split("<a class=\"brand\"").nth(1).unwrap();
        let brand = brand.split("</a>").next().unwrap();
        assert!(
            brand.contains(&format!(
                "<span class=\"brand-name brand-full\">{full}</span>"
            )) && brand.contains(&format!(
                "<span class=\"brand-name brand-short\">{short}</span>"
            )),
            "{brand}"
        );
        let title = html.split("<title>").nth(1).unwrap();
        let title = title.split("</title>").next().unwrap();
        assert!(title.ends_with(&format!(" | {full}")), "{title}");
    }
    for (home, full) in [
        ("public/index.html", "示例开发区"),
        ("public/en/index.html", "Example Development Zone"),
    ] {
        let jsonld = site.read(home);
        let jsonld = jsonld.split("application/ld+json\">").nth(1).unwrap();
        assert!(jsonld.contains(&format!("\"name\":\"{full}\"")), "{jsonld}");
    }
    let css = site
        .tree("public")
        .into_iter()
        .find(|(path, _)| path.starts_with("style."))
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .unwrap();
    assert!(css.contains(".brand-short { display: none; }"));
    assert!(css.contains(".brand-full { display: none; }"));

    // Without a short name, the full name stands alone.
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    let yaml: String = yaml
        .lines()
        .filter(|l| !l.starts_with("short_name"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("content/site.yaml", yaml);
    site.build_ok(&[]);
    let html = site.read("public/index.html");
    assert!(html.contains("<span class=\"brand-name\">示例开发区</span>"));
    assert!(!html.contains("brand-short"));
}

#[test]
fn a_menu_entry_in_the_other_language_carries_its_lang() {
    let site = Site::fixture("basic");
    site.remove("content/pages/about.en.md");
    site.build_ok(&[]);
    let html = site.read("public/en/index.html");
    let link = "<a href=\"/en/pages/about/\" lang=\"zh-Hans\">关于</a>";
    assert_eq!(html.matches(link).count(), 2, "menu and footer: {html}");
    let zh = site.read("public/index.html");
    assert!(zh.contains("<a href=\"/pages/about/\">关于</a>"));
}

#[test]
fn map_labels_in_the_other_language_carry_their_lang() {
    let site = Site::fixture("basic");
    site.write(
        "content/parks/south.yaml",
        "location: {lat: 36.5, lon: 101.6}\n",
    );
    site.write(
        "content/parks/south.zh.md",
        "---\ntitle: 南园\nsummary: 南边的园区。\n---\n南园。\n",
    );
    site.build_ok(&[]);
    let html = site.read("public/en/parks/index.html");
    let svg = html.split("<svg class=\"map-svg\"").nth(1).unwrap();
    let svg = svg.split("</svg>").next().unwrap();
    assert!(svg.contains(" lang=\"zh-Hans\">南园</text>"), "{svg}");
    assert!(svg.contains(">North Park</text>"), "{svg}");
    assert_eq!(svg.matches(" lang=").count(), 1);
    assert!(html.contains("<a href=\"/en/parks/south/\" lang=\"zh-Hans\">南园</a>"));
}

#[test]
fn hemispheres_follow_the_sign_of_the_coordinates() {
    let site = Site::fixture("basic");
    let yaml = site.read("content/parks/north.yaml").replace(
        "location: {lat: 36.6, lon: 101.7, approximate: true}",
        "location: {lat: -33.45, lon: -70.67}",
    );
    site.write("content/parks/north.yaml", yaml);
    site.build_ok(&[]);
    let en = site.read("public/en/parks/north/index.html");
    assert!(en.contains("<dd>33.45° S, 70.67° W"), "{en}");
    assert!(
        !en.contains("° N<") && !en.contains("° E<"),
        "the map's grid too"
    );
    let zh = site.read("public/parks/north/index.html");
    assert!(zh.contains("<dd>南纬33.45°，西经70.67°"), "{zh}");
    assert!(!zh.contains(">北纬") && !zh.contains(">东经"));
}

#[test]
fn the_landing_page_speaks_both_languages() {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        format!("{yaml}default_language_in_subdir: true\n"),
    );
    site.build_ok(&[]);
    let html = site.read("public/index.html");
    assert!(html.contains("<html lang=\"zh-Hans\">"));
    assert!(html.contains("<title>示例开发区 / Example Development Zone</title>"));
    let main = html
        .split("<main")
        .nth(1)
        .unwrap()
        .split("</main>")
        .next()
        .unwrap();
    let (zh, en) = main
        .split_once("<section lang=\"en\"")
        .expect("an English half");
    for text in ["示例开发区", "一个用于测试的开发区。", "href=\"/zh/\""] {
        assert!(zh.contains(text), "{text} in {zh}");
    }
    for text in [
        "Example Development Zone",
        "A development zone for tests.",
        "href=\"/en/\" hreflang=\"en\">English</a>",
    ] {
        assert!(en.contains(text), "{text} in {en}");
    }
    assert!(main.contains("请选择语言 / <span lang=\"en\">Choose a language</span>"));
}
