//! Writing a fact's value as each language writes numbers: one stored value,
//! `1.2亿元` in Chinese and `120 million yuan` in English.

use crate::i18n::Lang;
use crate::schema::{Approx, Fact, Unit};

/// The fact's value with its unit and qualifier, in `lang`.
pub fn format_value(fact: &Fact, lang: Lang) -> String {
    let (number, unit) = scaled(fact.value, &fact.unit, lang);
    match (lang, fact.approx) {
        (Lang::Zh, None) => format!("{number}{unit}"),
        (Lang::Zh, Some(Approx::About)) => format!("约{number}{unit}"),
        (Lang::Zh, Some(Approx::MoreThan)) => format!("{number}多{unit}"),
        (Lang::En, approx) => {
            let sep = if unit.starts_with('%') { "" } else { " " };
            let prefix = match approx {
                None => "",
                Some(Approx::About) => "about ",
                Some(Approx::MoreThan) => "more than ",
            };
            format!("{prefix}{number}{sep}{unit}")
        }
    }
}

/// The number as written (scaled to 亿/万 or billion/million for money) and the unit text.
fn scaled(value: f64, unit: &Unit, lang: Lang) -> (String, String) {
    let simple = |zh: &str, en: &str| {
        let unit = if lang == Lang::Zh { zh } else { en };
        (number(value, lang), unit.to_string())
    };
    match (unit, lang) {
        (Unit::Yuan, Lang::Zh) if value >= 1e8 => (number(value / 1e8, lang), "亿元".into()),
        (Unit::Yuan, Lang::Zh) if value >= 1e4 => (number(value / 1e4, lang), "万元".into()),
        (Unit::Yuan, Lang::En) if value >= 1e9 => {
            (number(value / 1e9, lang), "billion yuan".into())
        }
        (Unit::Yuan, Lang::En) if value >= 1e6 => {
            (number(value / 1e6, lang), "million yuan".into())
        }
        (Unit::Yuan, _) => simple("元", "yuan"),
        (Unit::Percent, _) => simple("%", "%"),
        (Unit::Km2, _) => simple("平方公里", "km²"),
        (Unit::Mu, _) => simple("亩", "mu"),
        (Unit::Gwh, _) => simple("吉瓦时", "GWh"),
        (Unit::Label(label), _) => simple(&label.zh, &label.en),
    }
}

/// A number with at most four decimals, trailing zeros dropped; English groups
/// thousands with commas, Chinese writes digits plainly.
pub fn number(value: f64, lang: Lang) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = match lang {
        Lang::Zh => int.to_string(),
        Lang::En => group_thousands(int),
    };
    if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    }
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Label;
    use crate::schema::PartialDate;

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

    #[test]
    fn writes_money_as_each_language_does() {
        let cases = [
            (120_000_000.0, "1.2亿元", "120 million yuan"),
            (35_500_000.0, "3550万元", "35.5 million yuan"),
            (14_880_000.0, "1488万元", "14.88 million yuan"),
            (4_300_000_000.0, "43亿元", "4.3 billion yuan"),
            (24_600_000_000.0, "246亿元", "24.6 billion yuan"),
            (500_000_000.0, "5亿元", "500 million yuan"),
            (48_830_000.0, "4883万元", "48.83 million yuan"),
            (5000.0, "5000元", "5,000 yuan"),
        ];
        for (value, zh, en) in cases {
            let f = fact(value, Unit::Yuan, None);
            assert_eq!(format_value(&f, Lang::Zh), zh);
            assert_eq!(format_value(&f, Lang::En), en);
        }
    }

    #[test]
    fn writes_qualifiers_and_units() {
        let label = Unit::Label(Label {
            zh: "家".into(),
            en: "enterprises".into(),
        });
        let f = fact(1500.0, label, Some(Approx::MoreThan));
        assert_eq!(format_value(&f, Lang::Zh), "1500多家");
        assert_eq!(format_value(&f, Lang::En), "more than 1,500 enterprises");
        let f = fact(25.0, Unit::Percent, Some(Approx::About));
        assert_eq!(format_value(&f, Lang::Zh), "约25%");
        assert_eq!(format_value(&f, Lang::En), "about 25%");
        let f = fact(108.78, Unit::Km2, None);
        assert_eq!(format_value(&f, Lang::Zh), "108.78平方公里");
        assert_eq!(format_value(&f, Lang::En), "108.78 km²");
        let f = fact(3_500_000_000.0, Unit::Yuan, Some(Approx::About));
        assert_eq!(format_value(&f, Lang::Zh), "约35亿元");
        assert_eq!(format_value(&f, Lang::En), "about 3.5 billion yuan");
    }

    #[test]
    fn groups_thousands_in_english_only() {
        assert_eq!(number(1234567.0, Lang::En), "1,234,567");
        assert_eq!(number(1234567.0, Lang::Zh), "1234567");
        assert_eq!(number(123.0, Lang::En), "123");
    }
}
