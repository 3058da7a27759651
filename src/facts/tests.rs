use super::*;
use crate::i18n::Label;
use crate::schema::{KnownUnit, PartialDate, SiteUnit, Unit, UnitLabel};

fn fact(value: f64, unit: Unit, approx: Option<Approx>) -> Fact {
    Fact {
        label: Label::default(),
        value,
        unit,
        approx,
        as_of: PartialDate::parse("2017").unwrap(),
        source: String::new(),
    }
}

/// The fact written in both languages.
fn both(value: f64, unit: &Unit, approx: Option<Approx>) -> (String, String) {
    let units = [SiteUnit {
        id: "beds".into(),
        zh: "张床位".into(),
        en: "beds".into(),
        en_one: Some("bed".into()),
        scale: false,
    }];
    let f = fact(value, unit.clone(), approx);
    let forms = f.unit.forms(&units).unwrap();
    (
        format_value(&f, forms, Lang::Zh),
        format_value(&f, forms, Lang::En),
    )
}

fn check(unit: Unit, approx: Option<Approx>, cases: &[(f64, &str, &str)]) {
    for &(value, zh, en) in cases {
        assert_eq!(
            both(value, &unit, approx),
            (zh.to_string(), en.to_string()),
            "{value} in {unit:?}"
        );
    }
}

fn known(unit: KnownUnit) -> Unit {
    Unit::Known(unit)
}

fn counted(zh: &str, en: &str, en_one: Option<&str>) -> Unit {
    Unit::Label(UnitLabel {
        zh: zh.into(),
        en: en.into(),
        en_one: en_one.map(String::from),
    })
}

#[test]
fn writes_money_in_every_currency_as_each_language_does() {
    check(
        known(KnownUnit::Yuan),
        None,
        &[
            (120_000_000.0, "1.2亿元", "120 million yuan"),
            (35_500_000.0, "3550万元", "35.5 million yuan"),
            (14_880_000.0, "1488万元", "14.88 million yuan"),
            (4_300_000_000.0, "43亿元", "4.3 billion yuan"),
            (24_600_000_000.0, "246亿元", "24.6 billion yuan"),
            (100_000_000_000.0, "1000亿元", "100 billion yuan"),
            (48_830_000.0, "4883万元", "48.83 million yuan"),
            (3_300_000_000_001.0, "3.3万亿元", "3.3 trillion yuan"),
            (5000.0, "5000元", "5,000 yuan"),
            (1.0, "1元", "1 yuan"),
        ],
    );
    check(
        known(KnownUnit::Usd),
        None,
        &[
            (1_200_000.0, "120万美元", "1.2 million US dollars"),
            (500_000_000.0, "5亿美元", "500 million US dollars"),
            (1.0, "1美元", "1 US dollar"),
        ],
    );
    check(
        known(KnownUnit::Eur),
        None,
        &[
            (3_500_000.0, "350万欧元", "3.5 million euros"),
            (1.0, "1欧元", "1 euro"),
        ],
    );
    check(
        known(KnownUnit::Hkd),
        None,
        &[
            (2_000_000_000.0, "20亿港元", "2 billion Hong Kong dollars"),
            (1.0, "1港元", "1 Hong Kong dollar"),
        ],
    );
}

#[test]
fn writes_counts_with_wan_and_yi_in_chinese_and_million_in_english() {
    let people = counted("人", "people", Some("person"));
    check(
        people.clone(),
        None,
        &[
            (12_500_000.0, "1250万人", "12.5 million people"),
            (35_000.0, "3.5万人", "35,000 people"),
            (4484.0, "4484人", "4,484 people"),
            (1.0, "1人", "1 person"),
            (1_000_000.0, "100万人", "1 million people"),
        ],
    );
    check(
        people,
        Some(Approx::About),
        &[
            (12_500_000.0, "约1250万人", "about 12.5 million people"),
            (1.0, "约1人", "about 1 person"),
        ],
    );
    check(
        counted("家", "enterprises", Some("enterprise")),
        Some(Approx::MoreThan),
        &[
            (1500.0, "1500多家", "more than 1,500 enterprises"),
            (10_000.0, "1万多家", "more than 10,000 enterprises"),
            (5.0, "超过5家", "more than 5 enterprises"),
            (3_000_000.0, "300多万家", "more than 3 million enterprises"),
        ],
    );
}

#[test]
fn writes_areas_energy_and_mass() {
    check(
        known(KnownUnit::Km2),
        None,
        &[
            (108.78, "108.78平方公里", "108.78 km²"),
            (12_000.0, "1.2万平方公里", "12,000 km²"),
        ],
    );
    check(
        known(KnownUnit::Mu),
        None,
        &[(300.0, "300亩", "300 mu"), (30_000.0, "3万亩", "30,000 mu")],
    );
    check(
        known(KnownUnit::Ha),
        None,
        &[
            (1.0, "1公顷", "1 hectare"),
            (1.5, "1.5公顷", "1.5 hectares"),
            (2_500_000.0, "250万公顷", "2.5 million hectares"),
        ],
    );
    check(
        known(KnownUnit::M2),
        None,
        &[(120_000.0, "12万平方米", "120,000 m²")],
    );
    check(
        known(KnownUnit::Kwh),
        None,
        &[(120_000_000.0, "1.2亿千瓦时", "120 million kWh")],
    );
    check(known(KnownUnit::Gwh), None, &[(10.0, "10吉瓦时", "10 GWh")]);
    check(
        known(KnownUnit::Tonnes),
        None,
        &[
            (30_000.0, "3万吨", "30,000 tonnes"),
            (1.0, "1吨", "1 tonne"),
        ],
    );
}

#[test]
fn writes_percentages_and_unscaled_units_in_full() {
    check(
        known(KnownUnit::Percent),
        Some(Approx::About),
        &[(25.0, "约25%", "about 25%")],
    );
    check(
        known(KnownUnit::Percent),
        None,
        &[(12_500.0, "12500%", "12,500%"), (0.5, "0.5%", "0.5%")],
    );
    check(
        Unit::Site("beds".into()),
        None,
        &[
            (12_500_000.0, "12500000张床位", "12,500,000 beds"),
            (1.0, "1张床位", "1 bed"),
        ],
    );
}

#[test]
fn rounds_large_numbers_to_four_significant_digits() {
    check(
        counted("人", "people", None),
        None,
        &[
            (12_345_678.0, "1235万人", "12.35 million people"),
            (12_346.0, "1.235万人", "12,346 people"),
            (1_234_567.0, "123.5万人", "1.235 million people"),
            (99_996_000.0, "1亿人", "100 million people"),
            (999_960_000.0, "10亿人", "1 billion people"),
            (
                9_007_199_254_740_992.0,
                "9007万亿人",
                "9,007 trillion people",
            ),
        ],
    );
}

#[test]
fn says_more_than_as_chinese_does_after_decimals_and_signs() {
    check(
        known(KnownUnit::Yuan),
        Some(Approx::MoreThan),
        &[(2_000_000_000.0, "20多亿元", "more than 2 billion yuan")],
    );
    check(
        counted("人", "people", None),
        Some(Approx::MoreThan),
        &[(35_000.0, "超过3.5万人", "more than 35,000 people")],
    );
    check(
        known(KnownUnit::Percent),
        Some(Approx::MoreThan),
        &[(25.0, "超过25%", "more than 25%")],
    );
}

#[test]
fn keeps_small_numbers_exact() {
    assert_eq!(number(1234.56789, Lang::En), "1,234.56789");
    assert_eq!(number(1234.56789, Lang::Zh), "1234.56789");
    assert_eq!(number(0.125, Lang::Zh), "0.125");
    assert_eq!(number(1234567.0, Lang::En), "1,234,567");
    assert_eq!(number(123.0, Lang::En), "123");
    assert_eq!(number(-70.5, Lang::En), "-70.5");
    assert_eq!(number(-1234.0, Lang::En), "-1,234");
}
