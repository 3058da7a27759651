//! The default theme is embedded in the binary: a site without `themes/`
//! builds with it, and a site's own `themes/<name>/` overrides it file by
//! file (a template, an interface string, a static file), the rest falling
//! back to the embedded theme.

use crate::common::{Site, project, theme_file};

#[test]
fn a_site_without_a_themes_folder_builds_with_the_embedded_theme() {
    let site = Site::fixture("basic");
    assert!(!site.path("themes").exists());
    site.build_ok(&[]);
    let css = std::fs::read(project().join("themes/default/static/style.css")).unwrap();
    assert_eq!(std::fs::read(site.path("public/style.css")).unwrap(), css);
    assert!(site.read("public/404.html").contains("Page not found"));
}

#[test]
fn one_template_and_one_string_override_the_embedded_theme_and_the_rest_falls_back() {
    let site = Site::fixture("basic");
    let section = theme_file("templates/section.html").replacen(
        "{% block main %}",
        "{% block main %}<p class=\"own-list\">{{ i18n.related }}</p>",
        1,
    );
    site.write("themes/default/templates/section.html", section);
    site.write("themes/default/i18n/en.yaml", "related: See also\n");
    site.build_ok(&[]);

    // The site's template, with the site's string in English and the
    // embedded one in Chinese.
    let en_list = site.read("public/en/parks/index.html");
    assert!(
        en_list.contains("<p class=\"own-list\">See also</p>"),
        "{en_list}"
    );
    assert!(
        site.read("public/parks/index.html")
            .contains("<p class=\"own-list\">相关内容</p>")
    );
    // The embedded record template, base and macros, with the overridden string.
    let en_park = site.read("public/en/parks/north/index.html");
    assert!(!en_park.contains("own-list"));
    assert!(en_park.contains("See also") && !en_park.contains(">Related<"));
    // Every other English string is the embedded one.
    assert!(site.read("public/404.html").contains("Page not found"));
    assert!(en_park.contains(">Home<"), "{en_park}");
    let css = std::fs::read(project().join("themes/default/static/style.css")).unwrap();
    assert_eq!(std::fs::read(site.path("public/style.css")).unwrap(), css);
}

#[test]
fn a_static_file_overrides_its_embedded_namesake_and_new_ones_are_added() {
    let site = Site::fixture("basic");
    site.write("themes/default/static/style.css", "body { color: navy; }\n");
    site.write("themes/default/static/images/logo.svg", "<svg/>\n");
    site.build_ok(&[]);
    let tree = site.tree("public");
    assert_eq!(tree["style.css"], b"body { color: navy; }\n");
    assert_eq!(tree["images/logo.svg"], b"<svg/>\n");
    let fingerprinted: Vec<&String> = tree
        .keys()
        .filter(|p| p.starts_with("style.") && *p != "style.css")
        .collect();
    assert_eq!(fingerprinted.len(), 1, "{fingerprinted:?}");
    assert_eq!(tree[fingerprinted[0]], b"body { color: navy; }\n");
}

#[test]
fn another_theme_needs_its_folder_and_falls_back_to_the_embedded_theme() {
    let site = Site::fixture("basic");
    let config = site
        .read("content/site.yaml")
        .replace("theme: default", "theme: mine");
    site.write("content/site.yaml", config);
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/site.yaml: error: the theme `mine` does not exist"),
        "{}",
        run.stderr
    );
    let home = theme_file("templates/home.html").replacen(
        "{% block main %}",
        "{% block main %}<p class=\"mine\"></p>",
        1,
    );
    site.write("themes/mine/templates/home.html", home);
    site.build_ok(&[]);
    assert!(
        site.read("public/index.html")
            .contains("<p class=\"mine\">")
    );
    assert!(
        !site
            .read("public/parks/index.html")
            .contains("class=\"mine\"")
    );
}

#[test]
fn errors_name_the_site_file_or_the_embedded_one_they_are_in() {
    let site = Site::fixture("basic");
    // The site's macros.html lacks the macros the embedded templates import.
    site.write(
        "themes/default/templates/macros.html",
        "{% macro nothing() %}{% endmacro nothing %}\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "(embedded) themes/default/templates/record.html: error: template record.html failed"
        ),
        "{}",
        run.stderr
    );
    site.write(
        "themes/default/templates/macros.html",
        "{% macro nothing() %}{{ i18n.no_such_key }}{% endmacro nothing %}\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "themes/default/templates/macros.html:1:25: error: missing interface string `no_such_key` in themes/default/i18n/en.yaml"
        ),
        "{}",
        run.stderr
    );
}
