//! Numbers as each language writes them, on built pages: units of the site's
//! own, charts that compare one measure with a bar per record, English
//! plurals where counts appear, and the warnings about dates that cannot be.

use crate::common::Site;

/// A park of the basic fixture with its facts, and its Chinese title (and
/// English one, when it has one).
fn park(site: &Site, slug: &str, titles: (&str, Option<&str>), facts: &str) {
    site.write(
        &format!("content/parks/{slug}.yaml"),
        format!("location: {{lat: 36.6, lon: 101.7}}\nfacts:\n{facts}"),
    );
    site.write(
        &format!("content/parks/{slug}.zh.md"),
        format!("---\ntitle: {}\n---\n正文。\n", titles.0),
    );
    if let Some(en) = titles.1 {
        site.write(
            &format!("content/parks/{slug}.en.md"),
            format!("---\ntitle: {en}\n---\nText.\n"),
        );
    }
}

fn fact(label: &str, value: &str, unit: &str, as_of: &str) -> String {
    format!(
        "  - label: {label}\n    value: {value}\n    unit: {unit}\n    as_of: {as_of}\n    source: test-source\n"
    )
}

const FIRMS: &str = "{zh: 企业, en: Enterprises}";
const COUNT: &str = "{zh: 家, en: enterprises, en_one: enterprise}";
const PROJECTS: &str = "{zh: 项目, en: Projects}";

/// The basic fixture with three parks that count their enterprises, North
/// at three dates, and two that count projects.
fn zone() -> Site {
    let site = Site::fixture("basic");
    let north = [("90", "2018"), ("150", "2020"), ("120", "2019")]
        .map(|(v, d)| fact(FIRMS, v, COUNT, d))
        .concat();
    park(
        &site,
        "north",
        ("北园", Some("North Park")),
        &(north + &fact(PROJECTS, "26", "{zh: 项, en: projects}", "2017")),
    );
    park(
        &site,
        "south",
        ("南园", Some("South Park")),
        &(fact(FIRMS, "40", COUNT, "2020")
            + &fact(PROJECTS, "26", "{zh: 项, en: projects}", "2017")),
    );
    park(
        &site,
        "east",
        ("东园", None),
        &fact(FIRMS, "1", COUNT, "2020"),
    );
    site
}

/// The figures of a page's charts, each cut to its `<figure>`.
fn charts(html: &str) -> Vec<&str> {
    html.split("<figure class=\"chart\"")
        .skip(1)
        .map(|f| f.split("</figure>").next().unwrap())
        .collect()
}

/// The labels of a chart's bars, in order.
fn bars(chart: &str) -> Vec<String> {
    chart
        .split("<text class=\"chart-label\"")
        .skip(1)
        .map(|t| {
            t.split("</text>")
                .next()
                .unwrap()
                .split("\">")
                .skip(1)
                .map(|s| s.split('<').next().unwrap())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn a_sections_chart_compares_one_measure_with_a_bar_per_record() {
    let site = zone();
    site.build_ok(&[]);
    let zh = site.read("public/parks/index.html");
    let en = site.read("public/en/parks/index.html");
    for (html, labels) in [
        (&zh, ["北园", "南园", "东园"]),
        (&en, ["North Park", "South Park", "东园"]),
    ] {
        let charts = charts(html);
        assert_eq!(
            charts.len(),
            1,
            "projects, in two parks only, make no chart"
        );
        let chart = charts[0];
        assert_eq!(
            bars(chart),
            labels,
            "each record's latest figure, largest first"
        );
        let id = "zs_chart-parks-enterprises-label-enterprises";
        assert!(chart.contains(&format!("aria-labelledby=\"{id}-title {id}-desc\"")));
        assert!(
            chart.contains(&format!("id=\"{id}-title\""))
                && chart.contains(&format!("id=\"{id}-desc\""))
        );
        let rows = chart
            .split("<tbody>")
            .nth(1)
            .unwrap()
            .matches("<tr>")
            .count();
        assert_eq!(rows, 3, "a table row per bar");
    }
    assert!(
        zh.contains("园区：企业（单位：家）"),
        "the caption names the measure"
    );
    assert!(zh.contains(">150家<") && !zh.contains(">90家<"));
    assert!(en.contains("Parks: Enterprises (enterprises)"));
    assert!(en.contains(">1 enterprise<"), "the singular after 1");
    assert!(en.contains(">150 enterprises<"));
    assert!(
        en.contains("<text class=\"chart-label\" x=\"0\" y=\"14\" lang=\"zh-Hans\">")
            || en.contains(" lang=\"zh-Hans\"><tspan"),
        "an untranslated title keeps its language"
    );
}

#[test]
fn a_records_own_chart_compares_its_figures_of_one_measure_by_date() {
    let site = zone();
    site.build_ok(&[]);
    let html = site.read("public/en/parks/north/index.html");
    let own = charts(&html);
    assert_eq!(own.len(), 1);
    assert_eq!(bars(own[0]), ["2020", "2019", "2018"]);
    assert!(own[0].contains("North Park: Enterprises (enterprises)"));
    assert!(charts(&site.read("public/parks/south/index.html")).is_empty());
}

#[test]
fn the_map_says_park_for_one_and_parks_for_more() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let one = site.read("public/en/parks/index.html");
    assert!(one.contains("The map marks the position of the park by latitude"));
    assert!(!one.contains("1 parks"));
    assert!(
        site.read("public/parks/index.html")
            .contains("标出该园区的位置")
    );
    let zone = zone();
    zone.build_ok(&[]);
    let three = zone.read("public/en/parks/index.html");
    assert!(three.contains("the positions of the 3 parks"));
}

#[test]
fn a_site_defines_units_that_facts_name_and_open_data_keeps() {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        format!(
            "{yaml}units:\n  - id: beds\n    zh: 张床位\n    en: beds\n    en_one: bed\n  - id: visits\n    zh: 人次\n    en: visits\n    scale: false\n"
        ),
    );
    park(
        &site,
        "north",
        ("北园", Some("North Park")),
        &(fact("{zh: 床位, en: Beds}", "12500000", "beds", "2019")
            + &fact("{zh: 到访, en: Visits}", "12500000", "visits", "2019")
            + &fact("{zh: 投资, en: Investment}", "1200000", "usd", "2019")),
    );
    site.build_ok(&[]);
    let zh = site.read("public/parks/north/index.html");
    let en = site.read("public/en/parks/north/index.html");
    for (html, value) in [
        (&zh, "1250万张床位"),
        (&zh, "12500000人次"),
        (&zh, "120万美元"),
        (&en, "12.5 million beds"),
        (&en, "12,500,000 visits"),
        (&en, "1.2 million US dollars"),
    ] {
        assert!(html.contains(value), "{value}");
    }
    let csv = site.read("public/data/parks.csv");
    assert!(csv.contains(",12500000,beds,张床位,beds,"), "{csv}");
    assert!(csv.contains(",1200000,usd,美元,US dollars,"), "{csv}");
}

/// `zonesite build` with `ZONESITE_TODAY` set.
fn build_on(site: &Site, today: &str) -> String {
    let out = crate::common::zonesite()
        .args(["build", "--root"])
        .arg(site.root())
        .env("NO_COLOR", "1")
        .env("ZONESITE_TODAY", today)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn dates_after_today_are_located_warnings() {
    let site = Site::fixture("basic");
    let stderr = build_on(&site, "2017-07-12");
    assert!(
        stderr.contains(
            "content/site.yaml:10:12: warning: facts[0].as_of: 2017-07-13 is after today (2017-07-12)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "content/site.yaml:15:11: warning: sources[0].date: 2017-07-13 is after today (2017-07-12)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("= help: as_of is the date the figure describes"));
    assert!(
        !stderr.contains("2017-06 is after today"),
        "June 2017 has begun"
    );
    let stderr = build_on(&site, "2017-07-13");
    assert!(!stderr.contains("after today"), "{stderr}");
    // Without the variable, the clock: nothing of 2017 is ahead of it.
    let run = site.build_ok(&[]);
    assert!(!run.stderr.contains("after today"), "{}", run.stderr);
}
