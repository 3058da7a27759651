//! The government-portal footer as inspections check it: organiser and
//! operator, contact, site code, the public-security number linked to its
//! registry with its icon, the ICP number linked to the ministry's, the
//! party and government site emblem linked to its verification page, and
//! "report an error" for each page; and the profile under which a missing
//! detail fails `check` (and `build`, when `site.yaml` asks for it).

use crate::common::Site;

pub const FULL_FOOTER: &str = "footer:\n  \
    organiser: {zh: 示例区管委会, en: Example Zone Committee}\n  \
    undertaker: {zh: 示例区信息中心, en: Example Zone Information Centre}\n  \
    contact: {zh: 电话0971-0000000, en: Tel. +86 971 000 0000}\n  \
    icp: 青ICP备00000000号-1\n  \
    police: 青公网安备63010002000001号\n  \
    site_code: \"6301000001\"\n  \
    badge_id: bszs0001\n";

fn with_footer(footer: &str) -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", format!("{yaml}{footer}"));
    site
}

/// The footer's filing part of a page.
fn filing(html: &str) -> &str {
    html.split_once("<div class=\"footer-filing\">")
        .and_then(|(_, f)| f.split_once("</footer>"))
        .map(|(f, _)| f)
        .expect("a footer")
}

#[test]
fn the_footer_shows_every_detail_linked_to_its_registry() {
    let site = with_footer(FULL_FOOTER);
    site.build_ok(&["--no-search"]);
    let page = site.read("public/news/opening/index.html");
    let footer = filing(&page);
    for shown in [
        "主办单位：示例区管委会",
        "承办单位：示例区信息中心",
        "联系方式：电话0971-0000000",
        "网站标识码：6301000001",
        "<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">青ICP备00000000号-1</a>",
        "href=\"https://beian.mps.gov.cn/#/query/webSearch?code=63010002000001\"",
        "青公网安备63010002000001号</a>",
        "href=\"https://bszs.conac.cn/sitename?method=show&amp;id=bszs0001\"",
        ">党政机关</span>",
        // The page's own address, encoded, in its report link.
        "href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6301000001&amp;url=https%3A%2F%2Fexample.org%2Fnews%2Fopening%2F\"",
        ">我为政府网站找错</a>",
    ] {
        assert!(footer.contains(shown), "missing {shown} in {footer}");
    }
    // Every image is the site's own: the icon is inline, the emblem is CSS.
    assert!(!footer.contains("<img") && !footer.contains("<script"));
    let en = site.read("public/en/index.html");
    assert!(filing(&en).contains("url=https%3A%2F%2Fexample.org%2Fen%2F\""));
    assert!(filing(&en).contains("Operated by: Example Zone Information Centre"));
}

#[test]
fn an_unknown_detail_is_left_out_not_made_up() {
    let site = Site::fixture("basic");
    site.build_ok(&["--no-search"]);
    let footer = filing(&site.read("public/index.html")).to_string();
    for absent in ["beian", "conac", "jiucuo", "承办单位", "网站标识码"] {
        assert!(!footer.contains(absent), "{absent} in {footer}");
    }
}

#[test]
fn the_government_profile_fails_on_what_inspections_require() {
    let site = Site::fixture("basic");
    // Without the profile a missing detail is a warning.
    let plain = site.run(&["check"]);
    assert_eq!(plain.code, Some(0), "{}", plain.stderr);
    assert!(plain.stderr.contains("warning: the footer is missing"));
    let gov = site.run(&["check", "--profile", "gov"]);
    assert_eq!(gov.code, Some(1), "{}", gov.stderr);
    let line = gov
        .stderr
        .lines()
        .find(|l| l.contains(": error: the footer is missing"))
        .unwrap_or_else(|| panic!("{}", gov.stderr));
    for item in [
        "footer.organiser",
        "footer.undertaker",
        "footer.contact",
        "footer.icp",
        "footer.police",
        "footer.site_code",
        "footer.badge_id",
    ] {
        assert!(line.contains(item), "{item} not in {line}");
    }
    // `profile: gov` in site.yaml holds `build` to it too, and nothing is written.
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", format!("{yaml}profile: gov\n"));
    let build = site.run(&["build"]);
    assert_eq!(build.code, Some(1), "{}", build.stderr);
    assert!(!site.path("public").exists());
    // Filled in, the site passes.
    site.write(
        "content/site.yaml",
        format!("{yaml}profile: gov\n{FULL_FOOTER}"),
    );
    let filled = site.run(&["check", "--profile", "gov"]);
    assert_eq!(filled.code, Some(0), "{}", filled.stderr);
    assert!(!filled.stderr.contains("footer is missing"));
}

#[test]
fn the_real_site_under_the_profile_lacks_only_what_the_committee_must_supply() {
    let site = Site::real();
    let run = site.run(&["check", "--profile", "gov"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let yaml = site.read("content/site.yaml");
    let line = 1 + yaml.lines().position(|l| l == "footer:").unwrap();
    assert_eq!(
        errors[0],
        format!(
            "content/site.yaml:{line}:1: error: the footer is missing the operator (`footer.undertaker`), \
         the contact (`footer.contact`), the ICP filing number (`footer.icp`), the \
         public-security filing number (`footer.police`), the site identification code \
         (`footer.site_code`), the party and government site emblem's id (`footer.badge_id`)"
        )
    );
}
