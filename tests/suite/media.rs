//! Records' images and attachments: the sizes, formats and attributes of
//! images, the image cache, EXIF and orientation, alt text, attachments'
//! labels, Chinese file names and anchors, and a base URL with a path. Every
//! image is generated here; none is a photograph.

use std::fs;

use image::ImageFormat;
use zonesite::build;
use zonesite::model::Options;

use crate::common::{Site, image as generated, links::check_links};

/// A JPEG of `width` × `height` carrying an EXIF block that says "turn 90°
/// clockwise" and holds a GPS position, as a phone writes it.
fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let jpeg = generated(width, height, ImageFormat::Jpeg);
    // TIFF, little-endian: IFD0 with Orientation = 6 and a GPS IFD pointer;
    // the GPS IFD with GPSLatitudeRef = "N".
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend([2, 0]);
    tiff.extend([0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
    tiff.extend([0x25, 0x88, 4, 0, 1, 0, 0, 0, 38, 0, 0, 0]);
    tiff.extend([0, 0, 0, 0]);
    tiff.extend([1, 0]);
    tiff.extend([0x01, 0x00, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
    tiff.extend([0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let len = (app1.len() + 2) as u16;
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(len.to_be_bytes());
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

/// The basic site with a photo and a policy document in North Park's folder.
fn site_with_files() -> Site {
    let site = Site::fixture("basic");
    site.write(
        "content/parks/north/厂房.jpg",
        generated(1000, 600, ImageFormat::Jpeg),
    );
    site.write("content/parks/north/政策 2024.pdf", vec![b'%'; 1_258_291]);
    site.write(
        "content/parks/north.zh.md",
        "---\ntitle: 北园\nsummary: 北边的园区。\n---\n## 概况\n\n![北园的厂房](厂房.jpg \"厂房外景\")\n\n见[政策文件](政策%202024.pdf)和[概况](#%E6%A6%82%E5%86%B5)。\n",
    );
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\n## Overview\n\nSee [the policy](<政策 2024.pdf>) and ![Factory buildings](厂房.jpg).\n",
    );
    site
}

#[test]
fn publishes_images_in_sizes_and_formats_with_their_attributes() {
    let site = site_with_files();
    site.build_ok(&["--base-url", "https://example.org/zone/"]);
    let out = site.tree("public");
    let names: Vec<&String> = out
        .keys()
        .filter(|k| k.starts_with("parks/north/"))
        .collect();
    for width in [480, 960, 1000] {
        for ext in ["avif", "jpg"] {
            let suffix = format!(".{width}.{ext}");
            assert!(
                names
                    .iter()
                    .any(|n| n.starts_with("parks/north/厂房.") && n.ends_with(&suffix)),
                "{suffix}: {names:?}"
            );
        }
    }
    // The original, with whatever metadata it carried, is not published.
    assert!(!out.contains_key("parks/north/厂房.jpg"));
    let small = names.iter().find(|n| n.ends_with(".480.jpg")).unwrap();
    assert_eq!(image::load_from_memory(&out[*small]).unwrap().height(), 288);
    let zh = String::from_utf8_lossy(&out["parks/north/index.html"]).into_owned();
    assert!(zh.contains("<figure><picture><source type=\"image/avif\" srcset=\"/zone/parks/north/%E5%8E%82%E6%88%BF."), "{zh}");
    assert!(zh.contains("sizes=\"(min-width: 50rem) 48rem, 100vw\""));
    assert!(
        zh.contains("width=\"1000\" height=\"600\" alt=\"北园的厂房\""),
        "{zh}"
    );
    assert!(zh.contains("decoding=\"async\""));
    assert!(zh.contains("<figcaption>厂房外景</figcaption>"));
    let en = String::from_utf8_lossy(&out["en/parks/north/index.html"]).into_owned();
    // The image after the text's first is loaded when it comes near the screen.
    assert!(
        en.contains("alt=\"Factory buildings\" decoding=\"async\"") || en.contains("loading="),
        "{en}"
    );
    check_links(&out, "https://example.org", "/zone/");
}

#[test]
fn labels_attachments_in_each_language_and_lists_them() {
    let site = site_with_files();
    site.build_ok(&["--base-url", "https://example.org/zone/"]);
    let out = site.tree("public");
    assert_eq!(out["parks/north/政策 2024.pdf"].len(), 1_258_291);
    let zh = String::from_utf8_lossy(&out["parks/north/index.html"]).into_owned();
    let en = String::from_utf8_lossy(&out["en/parks/north/index.html"]).into_owned();
    let href = "/zone/parks/north/%E6%94%BF%E7%AD%96%202024.pdf";
    assert!(
        zh.contains(&format!(
            "<a href=\"{href}\">政策文件</a> <span class=\"file-meta\">PDF，1.2 MB</span>"
        )),
        "{zh}"
    );
    assert!(
        en.contains("<span class=\"file-meta\">PDF, 1.2 MB</span>"),
        "{en}"
    );
    assert!(zh.contains("<h2 id=\"zs_attachments\">附件</h2>"));
    assert!(en.contains("<h2 id=\"zs_attachments\">Attachments</h2>"));
    assert!(en.contains(&format!("<a href=\"{href}\" download>政策 2024.pdf</a>")));
    let sitemap = String::from_utf8_lossy(&out["sitemap.xml"]).into_owned();
    assert!(sitemap.contains(&format!("<loc>https://example.org{href}</loc>")));
}

#[test]
fn a_rebuild_encodes_nothing_that_did_not_change() {
    let site = site_with_files();
    let options = Options::default();
    let output = site.path("public");
    let first = build::build(site.root(), &output, &options).unwrap();
    let encoded = first.images.encoded.into_inner();
    assert_eq!(encoded, 6, "three widths in two formats");
    let before = site.tree("public");
    let second = build::build(site.root(), &output, &options).unwrap();
    assert_eq!(second.images.encoded.into_inner(), 0);
    assert_eq!(second.images.reused.into_inner(), encoded);
    assert_eq!(
        site.tree("public"),
        before,
        "the same content builds the same bytes"
    );
    // A changed image is encoded again, and only it.
    site.write(
        "content/parks/north/厂房.jpg",
        generated(900, 600, ImageFormat::Jpeg),
    );
    let third = build::build(site.root(), &output, &options).unwrap();
    assert_eq!(
        third.images.encoded.into_inner(),
        4,
        "two widths in two formats"
    );
    // The cache lives in the site's own folder for it, never in content/.
    assert!(site.path(zonesite::media::images::CACHE_DIR).is_dir());
}

#[test]
fn writes_no_cache_through_a_link_planted_in_its_place() {
    let site = site_with_files();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(elsewhere.path().join("mine.txt"), "mine").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.path(".zonesite-cache")).unwrap();
    let before = crate::common::snapshot(elsewhere.path(), &[]);
    site.build_ok(&[]);
    assert_eq!(crate::common::snapshot(elsewhere.path(), &[]), before);
    assert!(site.path(".zonesite-cache").is_symlink());
}

#[test]
fn turns_images_upright_and_publishes_no_exif() {
    let site = Site::fixture("basic");
    site.write("content/parks/north/phone.jpg", jpeg_with_exif(200, 100));
    site.write(
        "content/parks/north.zh.md",
        "---\ntitle: 北园\nsummary: 北边的园区。\n---\n![手机拍的照片](phone.jpg)\n",
    );
    site.build_ok(&[]);
    let out = site.tree("public");
    let jpg = out
        .keys()
        .find(|k| k.starts_with("parks/north/phone.") && k.ends_with(".jpg"))
        .unwrap();
    let bytes = &out[jpg];
    let image = image::load_from_memory(bytes).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (100, 200),
        "turned as its EXIF said"
    );
    for published in out
        .iter()
        .filter(|(k, _)| k.starts_with("parks/north/phone."))
    {
        let found = published.1.windows(4).any(|w| w == b"Exif");
        assert!(!found, "{} keeps EXIF", published.0);
    }
    let page = String::from_utf8_lossy(&out["parks/north/index.html"]).into_owned();
    assert!(page.contains("width=\"100\" height=\"200\""), "{page}");
}

#[test]
fn requires_alt_text_and_takes_an_explicit_empty_one() {
    let site = site_with_files();
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\nIntro.\n\n![](厂房.jpg)\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/parks/north.en.md:7:1: error: this image has no alt text"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("= help: describe what it shows"));
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\nIntro.\n\n![\"\"](厂房.jpg)\n",
    );
    site.build_ok(&[]);
    let en = site.read("public/en/parks/north/index.html");
    assert!(en.contains(" alt=\"\" "), "{en}");
}

#[test]
fn reports_a_missing_file_at_the_line_that_names_it() {
    let site = site_with_files();
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\nSee [the policy](政策%202025.pdf).\n\n![A photo](https://example.com/a.jpg)\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = &run.stderr;
    assert!(err.contains("content/parks/north.en.md:5:5: error: there is no file `政策 2025.pdf` in content/parks/north/"), "{err}");
    assert!(err.contains("did you mean `政策 2024.pdf`?"), "{err}");
    assert!(err.contains("content/parks/north.en.md:7:1: error: the image `https://example.com/a.jpg` is on another site"), "{err}");
}

#[test]
fn check_names_images_without_making_them() {
    let site = site_with_files();
    let run = site.run(&["check", "--base-url", "https://example.org/zone/"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        !site.path(zonesite::media::images::CACHE_DIR).exists(),
        "check writes nothing"
    );
}

#[test]
fn a_record_may_live_in_its_folder_with_its_files() {
    let site = Site::fixture("basic");
    for (from, to) in [
        ("north.yaml", "index.yaml"),
        ("north.zh.md", "index.zh.md"),
        ("north.en.md", "index.en.md"),
    ] {
        let text = site.read(&format!("content/parks/{from}"));
        site.remove(&format!("content/parks/{from}"));
        site.write(&format!("content/parks/north/{to}"), text);
    }
    site.write(
        "content/parks/north/年报.xlsx",
        b"PK\x03\x04 not really a workbook",
    );
    site.build_ok(&[]);
    let zh = site.read("public/parks/north/index.html");
    assert!(
        zh.contains("年报.xlsx</a> <span class=\"file-meta\">XLSX，26 B</span>"),
        "{zh}"
    );
    // The same record twice, beside its folder and in it, is an error.
    site.write(
        "content/parks/north.zh.md",
        site.read("content/parks/north/index.zh.md"),
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("has this file twice"), "{}", run.stderr);
}

#[test]
fn publishes_the_sites_static_folder_as_it_is() {
    let site = Site::fixture("basic");
    site.write("static/files/指南.pdf", b"%PDF-1.4");
    site.write("static/robots-extra.txt", b"hello");
    site.build_ok(&[]);
    assert_eq!(site.read("public/files/指南.pdf"), "%PDF-1.4");
    assert_eq!(site.read("public/robots-extra.txt"), "hello");
}

#[test]
fn warns_of_a_file_over_the_limit() {
    let site = site_with_files();
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        format!("{yaml}\nmedia:\n  warn_above_mb: 1\n"),
    );
    let run = site.build_ok(&[]);
    assert!(
        run.stderr.contains(
            "content/parks/north/政策 2024.pdf: warning: this file is 1.3 MB, more than the 1 MB"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn links_to_chinese_headings_pass_written_either_way() {
    // docs/editing.md's own example, `(@/parks/nanchuan#概况)`, against a
    // park whose text has that heading.
    let guide = std::fs::read_to_string(crate::common::project().join("docs/editing.md")).unwrap();
    let example = guide
        .split('`')
        .find(|s| s.starts_with("(@/parks/nanchuan#"))
        .expect("the guide's example")
        .to_string();
    let site = Site::fixture("basic");
    let park = site
        .read("content/parks/north.zh.md")
        .replace("title: 北园", "title: 南川");
    site.write("content/parks/nanchuan.zh.md", park);
    site.write(
        "content/parks/nanchuan.yaml",
        site.read("content/parks/north.yaml"),
    );
    let text = site.read("content/industries/batteries.zh.md");
    site.write(
        "content/industries/batteries.zh.md",
        format!("{text}\n见[南川概况]{example}和[同上](@/parks/nanchuan#%E6%A6%82%E5%86%B5)。\n"),
    );
    let run = site.run(&["check"]);
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
}

#[test]
fn links_from_the_sites_root_follow_the_base_path_and_are_checked_where_written() {
    let site = Site::fixture("basic");
    site.write("static/files/指南.pdf", "%PDF-1.4\n");
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\n## Overview\n\nSee [the guide](/files/指南.pdf), [the parks](/en/parks/#main) and [nothing](/en/nothing/).\n",
    );
    let run = site.run(&["check", "--base-url", "https://example.org/zone/"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = &run.stderr;
    assert!(
        err.contains("content/parks/north.en.md:7:76: error: `/en/nothing/` leads to no page"),
        "{err}"
    );
    assert!(
        err.contains("content/parks/north.en.md:7:45: error: `/en/parks/#main`: the page has no element with id `main`"),
        "{err}"
    );
    assert!(
        !err.contains("public/"),
        "reported at the Markdown, not the page: {err}"
    );
    assert!(err.contains("check found 2 errors"), "{err}");

    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park\nsummary: The park in the north.\n---\nSee [the guide](/files/指南.pdf) and [the parks](/en/parks/).\n",
    );
    let run = site.run(&["check", "--base-url", "https://example.org/zone/"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    site.build_ok(&["--base-url", "https://example.org/zone/"]);
    let out = site.tree("public");
    let page = String::from_utf8_lossy(&out["en/parks/north/index.html"]).into_owned();
    assert!(
        page.contains("<a href=\"/zone/files/%E6%8C%87%E5%8D%97.pdf\">the guide</a>"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"/zone/en/parks/\">the parks</a>"),
        "{page}"
    );
    check_links(&out, "https://example.org", "/zone/");
}
