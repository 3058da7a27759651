//! How the command line prints what a command did: warnings, the build's
//! summary, its timings, the translation coverage, and a failure's errors.
//! A module of the `zonesite` binary, not of the library.

use std::process::ExitCode;

use unicode_width::UnicodeWidthStr;
use zonesite::build::{Failure, Report};
use zonesite::catalogue::{Lang, Text};
use zonesite::diag::Diagnostic;
use zonesite::init::Problem;
use zonesite::text;

pub(crate) fn print_warnings(warnings: &[Diagnostic], lang: Lang, color: bool) {
    for w in warnings {
        eprint!("{}", w.render(lang, color));
    }
}

/// What a build did: the pages written, and how many show the other
/// language's text.
pub(crate) fn summary(report: &Report, output: &std::path::Path, lang: Lang) -> String {
    let (pages, output) = (report.pages, output.display().to_string());
    let built = text!("cli-built", pages = pages, output = output);
    let count = report.untranslated.len();
    if count > 0 {
        text!("cli-built-untranslated", built = built, count = count)
    } else {
        built
    }
    .render(lang)
}

/// How long each stage of a build took, a line each.
pub(crate) fn timings_table(report: &Report, lang: Lang) -> String {
    let stages: Vec<(String, String)> = report
        .timings
        .iter()
        .map(|(stage, time)| {
            let ms = format!("{:.1}", time.as_secs_f64() * 1000.0);
            (
                stage.render(lang),
                text!("cli-milliseconds", time = ms).render(lang),
            )
        })
        .collect();
    let width = |s: &String| s.width();
    let first = stages
        .iter()
        .map(|(s, _)| width(s))
        .max()
        .unwrap_or(0)
        .max(22);
    let second = stages
        .iter()
        .map(|(_, t)| width(t))
        .max()
        .unwrap_or(0)
        .max(11);
    stages
        .iter()
        .map(|(stage, time)| {
            format!(
                "  {stage}{} {}{time}\n",
                " ".repeat(first - width(stage)),
                " ".repeat(second - width(time))
            )
        })
        .collect()
}

/// `check`'s table of records and translations per section, its header in
/// `lang`, its columns lined up in terminal columns (a Chinese character
/// takes two).
pub(crate) fn coverage(report: &Report, lang: Lang) -> String {
    let header = [
        text!("cli-coverage-section"),
        text!("cli-coverage-records"),
        text!("cli-coverage-zh"),
        text!("cli-coverage-en"),
        text!("cli-coverage-missing"),
    ]
    .map(|t| t.render(lang));
    let mut rows = vec![header.to_vec()];
    for (section, count) in &report.records {
        let missing = |lang| {
            report
                .untranslated
                .iter()
                .filter(|(s, _, l)| s == section && *l == lang)
                .count()
        };
        let (zh, en) = (missing(Lang::Zh), missing(Lang::En));
        rows.push(vec![
            section.name().to_string(),
            count.to_string(),
            (count - zh).to_string(),
            (count - en).to_string(),
            (zh + en).to_string(),
        ]);
    }
    table(&rows, &[12, 7, 5, 5, 7])
}

/// `rows` as lines of columns one space apart, each at least as wide as
/// `least` says: the first column on the left, the others on the right.
fn table(rows: &[Vec<String>], least: &[usize]) -> String {
    let widths: Vec<usize> = least
        .iter()
        .enumerate()
        .map(|(i, &least)| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|cell| cell.width())
                .fold(least, usize::max)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &width))| {
                let pad = " ".repeat(width - cell.width());
                if i == 0 {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        out.push_str(&cells.join(" "));
        out.push('\n');
    }
    out
}

/// Prints why a build or a check failed, ending with `failed`, its summary
/// for that many errors.
pub(crate) fn fail(
    failure: Failure,
    lang: Lang,
    color: bool,
    failed: fn(usize) -> Text,
) -> ExitCode {
    match failure {
        Failure::Content(diags) => {
            let errors = Diagnostic::errors_in(&diags);
            for d in &diags {
                eprint!("{}", d.render(lang, color));
            }
            eprintln!("{}", Problem::new(failed(errors)).render(lang));
            ExitCode::from(1)
        }
        Failure::Output(err) => {
            eprintln!("{}", err.render(lang));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coverage_table_lines_up_in_both_languages() {
        let sections = zonesite::section::Sections::builtin();
        let (parks, enterprises) = (
            sections.get("parks").unwrap(),
            sections.get("enterprises").unwrap(),
        );
        let report = Report {
            records: vec![(parks, 12), (enterprises, 1)],
            untranslated: vec![(enterprises, "acme".to_string(), Lang::En)],
            ..Report::default()
        };
        let en = coverage(&report, Lang::En);
        assert_eq!(
            en,
            "section      records    zh    en missing\n\
             parks             12    12    12       0\n\
             enterprises        1     1     0       1\n"
        );
        let zh = coverage(&report, Lang::Zh);
        assert!(
            zh.starts_with("栏目          记录数  中文  英文  缺译文\n"),
            "{zh}"
        );
        for table in [en, zh] {
            // Every column ends at the same terminal column on every line.
            let ends = |line: &str| -> Vec<usize> {
                let mut ends = Vec::new();
                let mut width = 0;
                let mut in_cell = false;
                for c in line.chars() {
                    let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if c == ' ' && in_cell {
                        ends.push(width);
                    }
                    in_cell = c != ' ';
                    width += w;
                }
                ends.push(width);
                ends
            };
            let lines: Vec<&str> = table.lines().collect();
            for line in &lines[1..] {
                assert_eq!(ends(line)[1..], ends(lines[0])[1..], "{table}");
            }
        }
    }
}
