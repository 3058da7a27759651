//! Writing a fact's value as each language writes numbers, from one stored
//! value: `1.2亿元` and `120 million yuan`, `1250万人` and `12.5 million people`.
//!
//! The rules:
//!
//! - A number below 10,000 in Chinese, or below a million in English, is
//!   written exactly as stored, in full (`4484`, `108.78`); English groups its
//!   thousands (`4,484`, `999,999`).
//! - A larger number, in a unit that scales (all but percentages and a site's
//!   units marked `scale: false`), is rounded to four significant digits and
//!   written with the largest word it reaches: 万 (10^4), 亿 (10^8), 万亿 (10^12)
//!   in Chinese, million, billion, trillion in English, trailing zeros dropped:
//!   12,500,000 is `1250万` and `12.5 million`; 3,300,000,000,001 is `3.3万亿`
//!   and `3.3 trillion`; 12,345,678 is `1235万` and `12.35 million`. Rounding
//!   never adds digits the stored value does not have.
//! - `approx` is written as the source words it: `约…` and `about …`; `…多`
//!   and `more than …`, where Chinese puts 多 after a round number (`1500多家`,
//!   `20多亿元`), after 万 or 亿 when the number ends in another digit
//!   (`1万多家`), and otherwise writes 超过 before it (`超过5家`, `超过25%`).
//! - English uses a unit's singular after exactly 1 (`1 enterprise`, but
//!   `1.5 hectares` and `1 million euros`), and no space before a unit that
//!   starts with a sign (`25%`).

use crate::i18n::Lang;
use crate::schema::{Approx, Fact, UnitForms};

/// The words large numbers are written with, largest first.
const ZH_SCALE: [(f64, &str); 3] = [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")];
const EN_SCALE: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
/// How many significant digits a number written with one of those words keeps.
const SIGNIFICANT: usize = 4;

/// The fact's value with its unit and qualifier, in `lang`.
pub fn format_value(fact: &Fact, unit: UnitForms, lang: Lang) -> String {
    format_amount(fact.value, fact.approx, unit, lang)
}

/// `value` in `unit`, qualified by `approx`, as `lang` writes it.
pub fn format_amount(value: f64, approx: Option<Approx>, unit: UnitForms, lang: Lang) -> String {
    let Written { number, scale, one } = written(value, unit.scaled, lang);
    match lang {
        Lang::Zh => {
            let unit = unit.zh;
            match approx {
                None => format!("{number}{scale}{unit}"),
                Some(Approx::About) => format!("约{number}{scale}{unit}"),
                Some(Approx::MoreThan) => more_than_zh(&number, scale, unit),
            }
        }
        Lang::En => {
            let unit = if one { unit.en_one } else { unit.en };
            let prefix = match approx {
                None => "",
                Some(Approx::About) => "about ",
                Some(Approx::MoreThan) => "more than ",
            };
            let scale = if scale.is_empty() {
                String::new()
            } else {
                format!(" {scale}")
            };
            let sep = if unit.starts_with(char::is_alphanumeric) {
                " "
            } else {
                ""
            };
            format!("{prefix}{number}{scale}{sep}{unit}")
        }
    }
}

/// "More than" as Chinese writes it: 多 after a round number (`1500多家`,
/// `20多亿元`), after 万 or 亿 when the number ends in another digit (`1万多家`),
/// else 超过 before it (`超过5家`, `超过3.5万人`, `超过25%`).
fn more_than_zh(number: &str, scale: &str, unit: &str) -> String {
    let whole = !number.contains('.') && unit.starts_with(char::is_alphabetic);
    if whole && number.len() > 1 && number.ends_with('0') {
        format!("{number}多{scale}{unit}")
    } else if whole && !scale.is_empty() {
        format!("{number}{scale}多{unit}")
    } else {
        format!("超过{number}{scale}{unit}")
    }
}

/// A number as written, the word of its scale (or nothing), and whether it
/// is exactly one.
struct Written {
    number: String,
    scale: &'static str,
    one: bool,
}

fn written(value: f64, scaled: bool, lang: Lang) -> Written {
    let steps = match lang {
        Lang::Zh => &ZH_SCALE,
        Lang::En => &EN_SCALE,
    };
    if scaled && value >= steps[steps.len() - 1].0 {
        // Rounding a number of at least the smallest step keeps it there.
        let rounded = significant(value);
        if let Some(&(size, word)) = steps.iter().find(|(size, _)| rounded >= *size) {
            return Written {
                number: digits(&format!("{:.3}", rounded / size), lang),
                scale: word,
                one: false,
            };
        }
    }
    Written {
        number: number(value, lang),
        scale: "",
        one: value == 1.0,
    }
}

/// `value` rounded to [`SIGNIFICANT`] significant digits.
fn significant(value: f64) -> f64 {
    format!("{value:.prec$e}", prec = SIGNIFICANT - 1)
        .parse()
        .unwrap_or(value)
}

/// A number exactly as stored, in full (the shortest form that reads back
/// as the same value, never with an exponent); English groups thousands
/// with commas, Chinese writes digits plainly.
pub fn number(value: f64, lang: Lang) -> String {
    digits(&value.to_string(), lang)
}

/// Decimal text with trailing zeros dropped and, in English, thousands grouped.
fn digits(text: &str, lang: Lang) -> String {
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    };
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = match lang {
        Lang::Zh => int.to_string(),
        Lang::En => group_thousands(int),
    };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
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
mod tests;
