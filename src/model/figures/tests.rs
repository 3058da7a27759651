use super::*;
use crate::diag::Severity;

const TODAY: PartialDate = PartialDate {
    year: 2020,
    month: Some(5),
    day: Some(1),
    time: None,
};

fn facts(src: &str) -> Vec<Fact> {
    #[derive(serde::Deserialize)]
    struct File {
        facts: Vec<Fact>,
    }
    serde_yaml::from_str::<File>(src).unwrap().facts
}

/// The diagnostics of the facts of `src`, as (line, col, severity, message, help).
fn check(src: &str, units: &[SiteUnit]) -> Vec<(usize, usize, Severity, String, String)> {
    let known = Known {
        sources: vec!["s"],
        units,
        today: TODAY,
    };
    let mut diags = Diagnostics::default();
    check_file_facts(&known, Path::new("f.yaml"), src, &facts(src), &mut diags);
    diags
        .into_sorted()
        .into_iter()
        .map(|d| {
            (
                d.pos.line,
                d.pos.col,
                d.severity,
                d.message.render(crate::i18n::Lang::En),
                d.help
                    .map(|h| h.render(crate::i18n::Lang::En))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn fact(label: &str, value: &str, unit: &str, as_of: &str) -> String {
    format!(
        "  - label: {label}\n    value: {value}\n    unit: {unit}\n    as_of: {as_of}\n    source: s\n"
    )
}

fn beds(en_one: Option<&str>) -> SiteUnit {
    SiteUnit {
        id: "beds".into(),
        zh: "张床位".into(),
        en: "beds".into(),
        en_one: en_one.map(String::from),
        scale: true,
    }
}

#[test]
fn a_share_over_100_percent_is_an_error_at_its_value() {
    let src = format!(
        "facts:\n{}{}{}",
        fact("{zh: 增长, en: Growth}", "120", "percent", "2019"),
        fact(
            "{zh: 高新企业占比, en: High-tech firms}",
            "120",
            "percent",
            "2019"
        ),
        fact("{zh: 份额, en: Market share}", "100", "percent", "2019"),
    );
    let diags = check(&src, &[]);
    assert_eq!(diags.len(), 1, "{diags:?}");
    let (line, col, severity, message, help) = &diags[0];
    assert_eq!((*line, *col, *severity), (8, 12, Severity::Error));
    assert_eq!(
        message,
        "facts[1].value: a share cannot be 120%, more than the whole"
    );
    assert!(help.contains("at most 100%"));
    let en_only = format!(
        "facts:\n{}",
        fact(
            "{zh: 企业, en: Share of exporters}",
            "101",
            "percent",
            "2019"
        )
    );
    assert_eq!(check(&en_only, &[]).len(), 1);
    let word_inside = format!(
        "facts:\n{}",
        fact("{zh: 股东, en: Shareholders}", "150", "percent", "2019")
    );
    assert!(check(&word_inside, &[]).is_empty(), "whole words only");
}

#[test]
fn a_fact_of_the_past_dated_after_today_is_a_warning() {
    let src = format!(
        "facts:\n{}{}{}{}",
        fact("{zh: 企业, en: Enterprises}", "5", "mu", "2020-05"),
        fact("{zh: 企业, en: Enterprises}", "5", "mu", "2020-05-02"),
        fact("{zh: 产值目标, en: Output target}", "5", "yuan", "2025"),
        fact("{zh: 产值, en: Expected output}", "5", "yuan", "2021"),
    );
    let diags = check(&src, &[]);
    assert_eq!(diags.len(), 1, "{diags:?}");
    let (line, col, severity, message, help) = &diags[0];
    assert_eq!((*line, *col, *severity), (10, 12, Severity::Warning));
    assert_eq!(
        message,
        "facts[1].as_of: 2020-05-02 is after today (2020-05-01)"
    );
    assert!(help.contains("target or forecast"));
    let (message, _) =
        messages::fact_in_future(1, PartialDate::parse("2020-05-02").unwrap(), TODAY);
    assert_eq!(
        message.render(crate::i18n::Lang::Zh),
        "facts[1].as_of：日期2020年5月2日晚于今天（2020年5月1日）"
    );
}

#[test]
fn an_unknown_unit_suggests_built_in_and_site_units() {
    let src = format!(
        "facts:\n{}{}",
        fact("{zh: 床位, en: Beds}", "5", "bed", "2019"),
        fact("{zh: 床位, en: Beds}", "5", "yaun", "2019"),
    );
    let diags = check(&src, &[beds(Some("bed"))]);
    assert_eq!(diags.len(), 2, "{diags:?}");
    assert_eq!((diags[0].0, diags[0].1), (4, 11));
    assert_eq!(
        diags[0].3,
        "facts[0].unit: unknown unit `bed`: did you mean `beds`? use one of yuan, usd, eur, hkd, km2, mu, ha, m2, kwh, gwh, tonnes, percent, beds or a label {zh: …, en: …}"
    );
    assert!(diags[1].3.contains("did you mean `yuan`?"));
    let (message, _) = messages::unknown_unit(0, "bed", &[beds(Some("bed"))]);
    assert_eq!(
        message.render(crate::i18n::Lang::Zh),
        "facts[0].unit：未知单位`bed`：是否想写`beds`？请使用以下单位之一：yuan、usd、eur、hkd、km2、mu、ha、m2、kwh、gwh、tonnes、percent、beds，或写成标签{zh: …, en: …}"
    );
    assert!(diags[0].4.contains("docs/content-format.md"));
    assert!(check(&src.replace("unit: bed\n", "unit: beds\n"), &[beds(None)]).len() == 1);
}

#[test]
fn a_count_of_one_without_a_singular_is_a_warning() {
    let src = format!(
        "facts:\n{}{}{}{}",
        fact(
            "{zh: 企业, en: Firms}",
            "1",
            "{zh: 家, en: enterprises}",
            "2019"
        ),
        fact(
            "{zh: 企业, en: Firms}",
            "1",
            "{zh: 家, en: enterprises, en_one: enterprise}",
            "2019"
        ),
        fact(
            "{zh: 企业, en: Firms}",
            "2",
            "{zh: 家, en: enterprises}",
            "2019"
        ),
        fact("{zh: 床位, en: Beds}", "1", "beds", "2019"),
    );
    let diags = check(&src, &[beds(None)]);
    assert_eq!(diags.len(), 2, "{diags:?}");
    assert_eq!(
        (diags[0].0, diags[0].1, diags[0].2),
        (4, 11, Severity::Warning)
    );
    assert_eq!(
        diags[0].3,
        "facts[0].unit: the value is 1, and the unit gives no singular for `enterprises`"
    );
    assert!(diags[0].4.contains("en_one"));
    assert_eq!((diags[1].0, diags[1].1), (19, 11));
    assert!(diags[1].4.contains("under `units` in content/site.yaml"));
    assert_eq!(check(&src, &[beds(Some("bed"))]).len(), 1);
}

#[test]
fn today_is_the_variable_or_the_clock() {
    let mut diags = Diagnostics::default();
    assert_eq!(
        today(Some("2017-07-13"), &mut diags).to_string(),
        "2017-07-13"
    );
    assert!(!diags.has_errors());
    let clock = today(Some("2017"), &mut diags);
    assert!(clock.year >= 2025);
    let warned = diags.into_sorted();
    assert_eq!(warned.len(), 1);
    assert_eq!(warned[0].severity, Severity::Warning);
    assert!(
        warned[0]
            .message
            .render(crate::i18n::Lang::En)
            .contains("`2017` is not a date")
    );
}

#[test]
fn a_partial_date_starts_on_its_first_day() {
    let date = |s| PartialDate::parse(s).unwrap();
    assert!(!starts_after(date("2020"), TODAY));
    assert!(!starts_after(date("2020-05"), TODAY));
    assert!(starts_after(date("2020-06"), TODAY));
    assert!(starts_after(date("2021"), TODAY));
}
