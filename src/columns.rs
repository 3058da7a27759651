//! `check`'s review of the site's columns (sections) as a government-website
//! inspection counts them: a column without records is "empty", and a news
//! column with nothing new for two weeks, or a policy column for six months,
//! is "not updated". Each is a warning; under the government-portal profile
//! five of either kind fail the check, as they fail an inspection.

use std::path::Path;

use jiff::civil::Date;
use jiff::{Span, ToSpan};

use crate::diag::Diagnostic;
use crate::model::Site;
use crate::schema::PartialDate;
use crate::text;
use crate::yaml;

/// How many empty, or how many stale, columns fail an inspection.
const VETO: usize = 5;

/// How long a column of a column type may go without a new record, as the
/// inspection's indicators set it, with the period's name in messages.
fn period(column_type: &str) -> Option<(Span, &'static str)> {
    match column_type {
        "工作动态" => Some((14.days(), "two-weeks")),
        "政策文件" => Some((6.months(), "six-months")),
        _ => None,
    }
}

/// The findings about the columns of the site at `root`. Today is the date
/// `ZONESITE_TODAY` gives, else today's date in China (UTC+8); a malformed
/// `ZONESITE_TODAY` is reported by the figures' checks.
pub fn review(site: &Site, root: &Path) -> Vec<Diagnostic> {
    let src = std::fs::read_to_string(root.join("content/site.yaml")).unwrap_or_default();
    let today = std::env::var("ZONESITE_TODAY")
        .ok()
        .and_then(|t| PartialDate::parse(&t).ok())
        .filter(PartialDate::is_full)
        .unwrap_or_else(|| PartialDate::today(8));
    findings(site, &src, today)
}

/// The findings about the site's columns, `today` being the date checks
/// take as today; `src` is `site.yaml`'s text, for locating each column.
fn findings(site: &Site, src: &str, today: PartialDate) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let (mut empty, mut stale) = (0, 0);
    for &section in site.config.sections.all() {
        let at = |diag: Diagnostic| match yaml::locate(src, "id", |v| v == section.name()) {
            // The section's `id:` when `site.yaml` declares its sections.
            Some((at, len)) if &src[at..at + len] != "id" => diag.at_offset(src, at, len),
            _ => diag,
        };
        if site.count(section) == 0 {
            empty += 1;
            found.push(at(Diagnostic::warning(
                "content/site.yaml",
                text!("columns-empty", section = section.name()),
            )
            .with_help(text!("columns-empty-help", section = section.name()))));
            continue;
        }
        let column_type = section.declaration().column_type;
        let Some((span, name)) = period(column_type) else {
            continue;
        };
        let newest = site.section(section).filter_map(|(_, r)| r.date()).max();
        let Some(newest) = newest else { continue };
        if let (Some(due), Some(today)) = (due(newest, span), civil(today))
            && due < today
        {
            stale += 1;
            found.push(at(Diagnostic::warning(
                "content/site.yaml",
                text!("columns-stale", section = section.name())
                    .arg("newest", newest.text())
                    .arg("type", column_type),
            )
            .with_help(text!("columns-stale-help", period = name))));
        }
    }
    if site.config.gov {
        let vetoes = [
            (empty, text!("columns-empty-veto")),
            (stale, text!("columns-stale-veto")),
        ];
        for (count, message) in vetoes {
            if count >= VETO {
                found.push(
                    Diagnostic::error("content/site.yaml", message.arg("count", count))
                        .with_help(text!("columns-veto-help")),
                );
            }
        }
    }
    found
}

/// The last day a column whose newest record is dated `newest` counts as
/// updated: `span` after the last day the date can mean.
fn due(newest: PartialDate, span: Span) -> Option<Date> {
    let month = newest.month.unwrap_or(12);
    let first = Date::new(
        i16::try_from(newest.year).ok()?,
        i8::try_from(month).ok()?,
        1,
    )
    .ok()?;
    let last = match newest.day {
        Some(day) => first.with().day(i8::try_from(day).ok()?).build().ok()?,
        None => first.last_of_month(),
    };
    last.checked_add(span).ok()
}

fn civil(date: PartialDate) -> Option<Date> {
    due(date, Span::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_column_is_due_a_period_after_its_newest_record() {
        let two_weeks = 14.days();
        assert_eq!(due(d("2017-07-13"), two_weeks), civil(d("2017-07-27")));
        // A month counts from its last day, a year from its last.
        assert_eq!(due(d("2017-06"), two_weeks), civil(d("2017-07-14")));
        assert_eq!(due(d("2017"), 6.months()), civil(d("2018-06-30")));
    }
}
