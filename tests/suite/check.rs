//! `zonesite check`: build's validation plus links, anchors and translations,
//! writing nothing.

use crate::common::{Site, copy_dir, project, theme_file};

fn with_case(case: &str) -> Site {
    let site = Site::fixture("basic");
    copy_dir(
        &project()
            .join("tests/fixtures/invalid")
            .join(case)
            .join("content"),
        &site.path("content"),
    );
    site
}

#[test]
fn finds_a_broken_internal_link_with_its_position() {
    let site = with_case("broken-internal-link");
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(
            "content/parks/north.en.md:4:5: error: broken link: there is no industry `battery`"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.path("public").exists(), "check writes nothing");
}

#[test]
fn finds_a_broken_anchor_with_its_position() {
    let site = with_case("broken-anchor");
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("content/parks/north.en.md:4:5: error: broken anchor: industries/batteries has no heading `#overveiw`"), "{}", run.stderr);
}

#[test]
fn reports_missing_translations_and_fails_on_them_when_strict() {
    let site = Site::fixture("basic");
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let line = "content/enterprises/acme.zh.md:1:1: warning: not translated into English: content/enterprises/acme.en.md is missing";
    assert!(run.stderr.contains(line), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("enterprises        1     1     0       1"),
        "coverage table:\n{}",
        run.stderr
    );
    let strict = site.run(&["check", "--strict"]);
    assert_eq!(strict.code, Some(1));
    assert!(
        strict
            .stderr
            .contains("content/enterprises/acme.zh.md:1:1: error: not translated into English"),
        "{}",
        strict.stderr
    );
    assert!(!site.path("public").exists());
}

#[test]
fn finds_broken_links_in_rendered_pages() {
    let site = Site::fixture("basic");
    // The site's own section.html overrides the embedded one.
    let template = theme_file("templates/section.html").replace(
        "{% block main %}",
        "{% block main %}<a href=\"{{ site.base_path }}nowhere/\">x</a>",
    );
    site.write("themes/default/templates/section.html", template);
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("public/parks/index.html:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("error: `/nowhere/` leads to no page"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_coverage_table_and_summary_speak_chinese_with_lang_zh() {
    let site = Site::fixture("basic");
    let run = site.run(&["check", "--lang", "zh"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // Two columns a Chinese character: the headers end where the numbers do.
    assert!(
        run.stderr.contains(
            "栏目          记录数  中文  英文  缺译文\n\
             parks              1     1     1       0\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("enterprises        1     1     0       1\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("\n已检查31个页面，未发现错误\n"),
        "{}",
        run.stderr
    );
    let strict = site.run(&["check", "--strict", "--lang", "zh"]);
    assert_eq!(strict.code, Some(1));
    assert!(
        strict.stderr.ends_with("\n错误：检查发现2个错误\n"),
        "{}",
        strict.stderr
    );
}
