//! Every figure checked: a finite value of zero or more, in a unit that exists,
//! from a source that `site.yaml` lists, and nothing that cannot be true: a
//! share of more than 100%, a figure of the past dated after today.
//!
//! What counts as "today" is the date in the easternmost time zone (UTC+14),
//! so that no editor's today is taken for the future, or the date that the
//! environment variable `ZONESITE_TODAY` gives (`YYYY-MM-DD`), for checks that
//! must not depend on the clock. Only warnings depend on it: a build's output
//! never does.

use std::path::Path;

use super::Site;
use crate::catalogue::Text;
use crate::diag::{
    Diagnostic, Diagnostics,
    Severity::{Error, Warning},
};
use crate::i18n::Label;
use crate::schema::{Fact, KnownUnit, PartialDate, SiteUnit, Unit};
use crate::yaml;

/// The environment variable that sets the date checks take as today.
pub const TODAY_VARIABLE: &str = "ZONESITE_TODAY";

/// Words by which a label says that its figure is a share of a whole, which
/// cannot be more than 100%. English words match whole words, in any case.
const SHARE_WORDS: ([&str; 4], [&str; 2]) =
    (["占比", "比重", "比例", "份额"], ["share", "proportion"]);

/// Words by which a label says that its figure is a target or a forecast,
/// which may describe a date to come.
const PLAN_WORDS: ([&str; 5], [&str; 5]) = (
    ["目标", "预计", "预期", "规划", "计划"],
    ["target", "forecast", "expected", "projected", "planned"],
);

/// Every fact's value, unit, source and date, and every source's date.
pub fn check(site: &Site, site_src: &str, diags: &mut Diagnostics) {
    let today = today(std::env::var(TODAY_VARIABLE).ok().as_deref(), diags);
    let known = Known {
        sources: site.config.sources.iter().map(|s| s.id.as_str()).collect(),
        units: &site.config.units,
        today,
    };
    let path = Path::new("content/site.yaml");
    for (i, source) in site.config.sources.iter().enumerate() {
        if starts_after(source.date, today) {
            let text = source.date.to_string();
            let n = site.config.sources[..i]
                .iter()
                .filter(|s| s.date == source.date)
                .count();
            let (at, len) = yaml::locate_nth(site_src, "date", n, |v| v == text).unwrap_or((0, 1));
            let (message, help) = messages::source_in_future(i, source.date, today);
            diags.push(
                Diagnostic::warning(path, message)
                    .at_offset(site_src, at, len)
                    .with_help(help),
            );
        }
    }
    check_file_facts(&known, path, site_src, &site.config.facts, diags);
    for record in &site.records {
        if let Some((path, src)) = &record.data_file {
            check_file_facts(&known, path, src, record.facts(), diags);
        }
    }
}

/// What the facts of every file are checked against.
struct Known<'a> {
    sources: Vec<&'a str>,
    units: &'a [SiteUnit],
    today: PartialDate,
}

/// Every fact of one file: its value, unit, source and date.
fn check_file_facts(
    known: &Known,
    path: &Path,
    src: &str,
    facts: &[Fact],
    diags: &mut Diagnostics,
) {
    // The `n`-th fact's `key`, where earlier facts for which `same` holds
    // have a value that `matches` too.
    let locate =
        |i: usize, key: &str, same: &dyn Fn(&Fact) -> bool, matches: &dyn Fn(&str) -> bool| {
            let n = facts[..i].iter().filter(|f| same(f)).count();
            yaml::locate_nth(src, key, n, matches).unwrap_or((0, 1))
        };
    let mut push = |severity, (at, len): (usize, usize), (message, help): (Text, Text)| {
        let diag = match severity {
            Error => Diagnostic::error(path, message),
            Warning => Diagnostic::warning(path, message),
        };
        diags.push(diag.at_offset(src, at, len).with_help(help));
    };
    for (i, fact) in facts.iter().enumerate() {
        if !fact.value.is_finite() || fact.value < 0.0 {
            let bad = |v: &str| {
                let v = v.to_ascii_lowercase();
                v.starts_with('-') || v.contains("inf") || v.contains("nan")
            };
            let (at, len) = yaml::locate(src, "value", bad).unwrap_or((0, 1));
            push(Error, (at, len), messages::not_a_value(fact.value));
        }
        match fact.unit.forms(known.units) {
            None => {
                let id = fact.unit.id();
                let at = locate(i, "unit", &|f| f.unit == fact.unit, &|v| v == id);
                push(Error, at, messages::unknown_unit(i, id, known.units));
            }
            Some(forms)
                if fact.value == 1.0
                    && lacks_singular(&fact.unit, known.units)
                    && forms.en.starts_with(char::is_alphabetic) =>
            {
                let unit = &fact.unit;
                let at = locate(i, "unit", &|f| f.unit == *unit, &|v| {
                    v == unit.id() || (v.contains(forms.en) && !v.contains("en_one"))
                });
                push(Warning, at, messages::no_singular(i, unit, forms.en));
            }
            Some(_) => {}
        }
        if fact.unit == Unit::Known(KnownUnit::Percent)
            && fact.value > 100.0
            && says(&fact.label, SHARE_WORDS.0, SHARE_WORDS.1)
        {
            let same = |f: &Fact| f.value == fact.value;
            let at = locate(i, "value", &same, &|v| v.parse() == Ok(fact.value));
            push(Error, at, messages::share_over_100(i, fact.value));
        }
        if starts_after(fact.as_of, known.today) && !says(&fact.label, PLAN_WORDS.0, PLAN_WORDS.1) {
            let text = fact.as_of.to_string();
            let at = locate(i, "as_of", &|f| f.as_of == fact.as_of, &|v| v == text);
            push(
                Warning,
                at,
                messages::fact_in_future(i, fact.as_of, known.today),
            );
        }
        if !known.sources.contains(&fact.source.as_str()) {
            let (at, len) = yaml::locate(src, "source", |v| v == fact.source).unwrap_or((0, 1));
            push(
                Error,
                (at, len),
                messages::unknown_source(&fact.source, &known.sources),
            );
        }
    }
}

/// Whether English would need a singular that the unit does not give: a
/// built-in unit has both forms, a label or a site's unit may lack `en_one`.
fn lacks_singular(unit: &Unit, units: &[SiteUnit]) -> bool {
    match unit {
        Unit::Known(_) => false,
        Unit::Site(id) => units.iter().any(|u| u.id == *id && u.en_one.is_none()),
        Unit::Label(label) => label.en_one.is_none(),
    }
}

/// Whether the label says, in either language, one of the words given.
fn says(
    label: &Label,
    zh: impl IntoIterator<Item = &'static str>,
    en: impl IntoIterator<Item = &'static str>,
) -> bool {
    let words: Vec<String> = label
        .en
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    zh.into_iter().any(|w| label.zh.contains(w))
        || en.into_iter().any(|w| {
            words
                .iter()
                .any(|word| word == w || word.strip_suffix('s') == Some(w))
        })
}

/// Whether the first day `date` covers comes after `today`: `2026` has begun
/// on any day of 2026.
fn starts_after(date: PartialDate, today: PartialDate) -> bool {
    let start = |d: PartialDate| (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
    start(date) > start(today)
}

/// The date checks take as today: `variable` (the value of `ZONESITE_TODAY`)
/// when it is a full date, else the clock's date in UTC+14.
fn today(variable: Option<&str>, diags: &mut Diagnostics) -> PartialDate {
    if let Some(text) = variable {
        match PartialDate::parse(text) {
            Ok(date) if date.is_full() => return date,
            _ => {
                let (message, help) = messages::bad_today(text);
                diags.push(Diagnostic::warning(TODAY_VARIABLE, message).with_help(help));
            }
        }
    }
    PartialDate::today(14)
}

/// Every message of the figures' checks, as (message, help).
mod messages {
    use crate::catalogue::Text;
    use crate::diag::did_you_mean;
    use crate::schema::{KnownUnit, PartialDate, SiteUnit, Unit};
    use crate::text;

    type Message = (Text, Text);

    pub fn not_a_value(value: f64) -> Message {
        (
            text!("model-fact-not-a-value", value = value.to_string()),
            text!("model-fact-not-a-value-help"),
        )
    }

    pub fn unknown_unit(i: usize, id: &str, units: &[SiteUnit]) -> Message {
        let ids: Vec<&str> = KnownUnit::ALL
            .iter()
            .map(|u| u.id())
            .chain(units.iter().map(|u| u.id.as_str()))
            .collect();
        let message = match did_you_mean(id, ids.iter().copied()) {
            Some(best) => text!("model-unknown-unit-closest")
                .arg("index", i)
                .arg("id", id)
                .arg("closest", best)
                .arg("units", ids.clone()),
            None => text!("model-unknown-unit")
                .arg("index", i)
                .arg("id", id)
                .arg("units", ids.clone()),
        };
        (message, text!("model-unknown-unit-help"))
    }

    pub fn no_singular(i: usize, unit: &Unit, en: &str) -> Message {
        let help = match unit {
            Unit::Site(id) => text!("model-no-singular-site-help", id = id),
            _ => text!("model-no-singular-help", en = en),
        };
        (text!("model-no-singular", index = i, en = en), help)
    }

    pub fn share_over_100(i: usize, value: f64) -> Message {
        (
            text!("model-share-over-100", index = i, value = value.to_string()),
            text!("model-share-over-100-help"),
        )
    }

    pub fn fact_in_future(i: usize, date: PartialDate, today: PartialDate) -> Message {
        (
            text!("model-fact-in-future")
                .arg("index", i)
                .arg("date", date.text())
                .arg("today", today.text()),
            text!("model-fact-in-future-help"),
        )
    }

    pub fn source_in_future(i: usize, date: PartialDate, today: PartialDate) -> Message {
        (
            text!("model-source-in-future")
                .arg("index", i)
                .arg("date", date.text())
                .arg("today", today.text()),
            text!("model-source-in-future-help"),
        )
    }

    pub fn unknown_source(id: &str, ids: &[&str]) -> Message {
        let help = match did_you_mean(id, ids.iter().copied()) {
            Some(best) => text!("model-did-you-mean", closest = best),
            None if ids.is_empty() => text!("model-no-sources-help"),
            None => text!("model-unknown-source-help", sources = ids.to_vec()),
        };
        (text!("model-unknown-source", id = id), help)
    }

    pub fn bad_today(text: &str) -> Message {
        (
            text!("model-bad-today", text = text),
            text!("model-bad-today-help"),
        )
    }
}

#[cfg(test)]
mod tests;
