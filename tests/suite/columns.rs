//! `check`'s review of the columns as an inspection counts them: a column
//! without records, a news column with nothing new for two weeks, a policy
//! column for six months; five of either fail the government profile.

use crate::common::Site;
use crate::suite::footer::FULL_FOOTER;

/// The basic site with its sections declared, and `extra` declared after them.
fn declared(extra: &str) -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml").replace(
        "menu:",
        &format!(
            "sections:\n  - {{id: parks, kind: park, name: {{zh: 园区, en: Parks}}}}\n  \
             - {{id: industries, kind: industry, name: {{zh: 产业, en: Industries}}}}\n  \
             - {{id: initiatives, kind: initiative, name: {{zh: 重点工作, en: Initiatives}}}}\n  \
             - {{id: enterprises, kind: enterprise, name: {{zh: 企业, en: Enterprises}}}}\n  \
             - {{id: news, kind: article, name: {{zh: 新闻, en: News}}}}\n  \
             - {{id: pages, kind: page, name: {{zh: 关于, en: About}}}}\n{extra}menu:"
        ),
    );
    site.write("content/site.yaml", yaml);
    site
}

fn check(site: &Site, today: &str, args: &[&str]) -> crate::common::Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    let out = crate::common::zonesite()
        .args(&all)
        .arg("--root")
        .arg(site.root())
        .env("NO_COLOR", "1")
        .env("ZONESITE_TODAY", today)
        .output()
        .unwrap();
    out.into()
}

#[test]
fn an_empty_column_is_named_where_it_is_declared() {
    let site = declared("  - {id: notices, kind: article, name: {zh: 通知公告, en: Notices}}\n");
    let run = check(&site, "2017-07-20", &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("the column `notices` has no records"))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert!(line.starts_with("content/site.yaml:23:10:"), "{line}");
    assert!(!run.stderr.contains("the column `news` has no records"));
}

#[test]
fn a_news_column_is_stale_two_weeks_after_its_newest_item() {
    let site = declared("");
    // The newest news item is of 2017-07-13.
    let fresh = check(&site, "2017-07-27", &[]);
    assert!(!fresh.stderr.contains("last updated"), "{}", fresh.stderr);
    let stale = check(&site, "2017-07-28", &[]);
    assert!(
        stale
            .stderr
            .contains("the column `news` (工作动态) was last updated on 2017-07-13"),
        "{}",
        stale.stderr
    );
    assert!(stale.stderr.contains("every two weeks"));
    // A park column has no update period.
    assert!(!stale.stderr.contains("`parks` (概况信息)"));
}

#[test]
fn five_empty_columns_fail_the_government_profile() {
    let four: String = (1..=4)
        .map(|n| {
            format!("  - {{id: notes-{n}, kind: page, name: {{zh: 栏目{n}, en: Column {n}}}}}\n")
        })
        .collect();
    let site = declared(&four);
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", format!("{yaml}{FULL_FOOTER}"));
    let run = check(&site, "2017-07-20", &["--profile", "gov"]);
    assert_eq!(
        run.code,
        Some(0),
        "four empty columns warn:\n{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("has no records").count(), 4);
    let fifth = site.read("content/site.yaml").replace(
        "menu:",
        "  - {id: notes-5, kind: page, name: {zh: 栏目5, en: Column 5}}\nmenu:",
    );
    site.write("content/site.yaml", fifth);
    let run = check(&site, "2017-07-20", &["--profile", "gov"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("error: 5 columns are empty"),
        "{}",
        run.stderr
    );
    // Without the profile, the same site only warns.
    assert_eq!(check(&site, "2017-07-20", &[]).code, Some(0));
}
