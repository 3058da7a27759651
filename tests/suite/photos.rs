//! Photos named by a record's data (`photos:`): shown on its page with
//! their alt text, caption and credit in each language, the first as the
//! cover on the page, on its section's list and in link previews; every
//! photo checked at the line that names it. Every image is generated here.

use image::ImageFormat;

use crate::common::{Site, image as generated, links::check_links};

/// The basic site with two photos in North Park's data, one of them with a
/// caption and credit, and a photo that is only decoration.
fn site_with_photos() -> Site {
    let site = Site::fixture("basic");
    site.write(
        "content/parks/north/厂房.jpg",
        generated(640, 384, ImageFormat::Jpeg),
    );
    site.write(
        "content/parks/north/night view.png",
        generated(200, 200, ImageFormat::Png),
    );
    site.write(
        "content/parks/north/divider.png",
        generated(300, 20, ImageFormat::Png),
    );
    let data = site.read("content/parks/north.yaml");
    site.write(
        "content/parks/north.yaml",
        format!(
            "{data}photos:\n  - file: 厂房.jpg\n    alt: {{zh: 北园的厂房, en: Factory buildings in North Park}}\n    caption: {{zh: 厂房外景, en: The factories from the road}}\n    credit: {{zh: 北园管委会, en: North Park Committee}}\n  - file: night view.png\n    alt: {{zh: 北园夜景, en: North Park at night}}\n  - file: divider.png\n    alt: \"\"\n"
        ),
    );
    site
}

#[test]
fn shows_a_records_photos_with_alt_caption_and_credit_in_each_language() {
    let site = site_with_photos();
    site.build_ok(&["--base-url", "https://example.org/zone/"]);
    let out = site.tree("public");
    let zh = String::from_utf8_lossy(&out["parks/north/index.html"]).into_owned();
    let en = String::from_utf8_lossy(&out["en/parks/north/index.html"]).into_owned();

    // The cover comes first and loads at once; the others when near the screen.
    let cover = zh
        .find("<figure class=\"photo cover\"><picture><source type=\"image/avif\" srcset=\"/zone/parks/north/%E5%8E%82%E6%88%BF.")
        .expect("the cover is on the page");
    let cover_html = &zh[cover..zh[cover..].find("</figure>").unwrap() + cover];
    assert!(
        cover_html.contains("width=\"640\" height=\"384\" alt=\"北园的厂房\" decoding=\"async\">"),
        "{cover_html}"
    );
    assert!(!cover_html.contains("loading="), "{cover_html}");
    assert!(
        cover_html.contains(
            "<figcaption>厂房外景<span class=\"credit\">（图片来源：北园管委会）</span></figcaption>"
        ),
        "{cover_html}"
    );
    assert!(zh.contains("<h2 id=\"zs_photos\">图片</h2>"), "{zh}");
    assert!(
        zh.contains("/zone/parks/north/night%20view."),
        "a name with a space is encoded: {zh}"
    );
    assert!(
        zh.contains(
            "width=\"200\" height=\"200\" alt=\"北园夜景\" loading=\"lazy\" decoding=\"async\">"
        ),
        "{zh}"
    );
    assert!(
        zh.contains("width=\"300\" height=\"20\" alt=\"\" loading=\"lazy\""),
        "a decorative photo has an empty alt: {zh}"
    );
    assert!(
        en.contains("alt=\"Factory buildings in North Park\" decoding=\"async\">"),
        "{en}"
    );
    assert!(en.contains(
        "<figcaption>The factories from the road<span class=\"credit\"> (photo: North Park Committee)</span></figcaption>"
    ));
    assert!(en.contains("<h2 id=\"zs_photos\">Photos</h2>"));
    // An opaque PNG is offered as JPEG beside its AVIF.
    assert!(
        out.keys()
            .any(|k| k.starts_with("parks/north/night view.") && k.ends_with(".200.jpg")),
        "{:?}",
        out.keys()
            .filter(|k| k.starts_with("parks/north/"))
            .collect::<Vec<_>>()
    );

    // Link previews show the cover, at an absolute URL.
    let og = "<meta property=\"og:image\" content=\"https://example.org/zone/parks/north/%E5%8E%82%E6%88%BF.";
    assert!(zh.contains(og), "{zh}");
    assert!(zh.contains(".640.jpg\">\n<meta property=\"og:image:width\" content=\"640\">\n<meta property=\"og:image:height\" content=\"384\">\n<meta property=\"og:image:alt\" content=\"北园的厂房\">"), "{zh}");
    assert!(
        en.contains("<meta property=\"og:image:alt\" content=\"Factory buildings in North Park\">")
    );
    check_links(&out, "https://example.org", "/zone/");
}

#[test]
fn the_cover_shows_on_its_sections_list_only() {
    let site = site_with_photos();
    site.build_ok(&[]);
    let list = site.read("public/parks/index.html");
    let card = list
        .find("<div class=\"item-cover\"><picture>")
        .expect("the card has its cover");
    let cover = &list[card..card + list[card..].find("</div>").unwrap()];
    // The card's title says where it leads, so its cover's alt is empty.
    assert!(cover.contains(" alt=\"\" loading=\"lazy\""), "{cover}");
    assert!(
        cover.contains("sizes=\"(min-width: 50rem) 24rem, 100vw\""),
        "{cover}"
    );
    assert!(cover.contains("%E5%8E%82%E6%88%BF."), "{cover}");
    assert_eq!(
        list.matches("item-cover").count(),
        1,
        "only North Park has photos"
    );
    let home = site.read("public/index.html");
    assert!(!home.contains("item-cover"), "{home}");
}

#[test]
fn reports_every_bad_photo_at_once_where_it_is_named() {
    let site = site_with_photos();
    site.write("content/parks/north/plan.pdf", "%PDF-1.4\n%%EOF\n");
    let data = site.read("content/parks/north.yaml");
    site.write(
        "content/parks/north.yaml",
        format!("{data}  - file: 厂房.JPG\n    alt: {{zh: 厂房, en: Factories}}\n  - file: plan.pdf\n    alt: {{zh: 规划, en: The plan}}\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = &run.stderr;
    assert!(
        err.contains("content/parks/north.yaml:19:11: error: photos[3].file: there is no file `厂房.JPG` in content/parks/north/"),
        "{err}"
    );
    assert!(err.contains("did you mean `厂房.jpg`?"), "{err}");
    assert!(
        err.contains(
            "content/parks/north.yaml:21:11: error: photos[4].file: `plan.pdf` is not an image"
        ),
        "{err}"
    );
    assert!(err.contains("check found 2 errors"), "{err}");
}
