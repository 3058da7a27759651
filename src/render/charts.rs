//! Bar charts drawn at build time as inline SVG from the facts a page shows.
//!
//! A chart compares the figures of one measure only: facts with the same unit
//! and the same label in both languages (a count of enterprises with another
//! count of enterprises, never with a count of projects), so every bar is a
//! fact that exists in the content, drawn to the same linear scale. The SVG
//! carries no script and no text alternative of its own: it points with
//! `aria-labelledby` at the caption and the summary the template writes
//! around it (`<id>-title`, `<id>-desc`), and every chart comes with the rows
//! of its data table.
//!
//! The SVG has no `viewBox`: positions along the bars are percentages of the
//! width the page gives it, and text keeps its size, so labels stay legible
//! from a 360 px phone to a wide screen. Labels are wrapped for the narrowest.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::Hash;

use crate::render::escape::xml_escape;
use crate::render::view::{ChartRow, ChartView};

/// Font size and line height of the labels, in CSS pixels.
const FONT: f64 = 14.0;
const LINE: f64 = 19.0;
/// Height of a bar and the gap after a row.
const BAR: f64 = 20.0;
const GAP: f64 = 14.0;
/// Labels are wrapped to fit the narrowest screens (360 px less the margins),
/// with room for fonts wider than the estimate.
const WRAP: f64 = 260.0;
/// The most bars a chart draws: the largest figures. Beyond a dozen a bar chart
/// stops being read, and a page would grow with the size of the site.
const MAX_BARS: usize = 12;

/// The most charts a page shows: those of the measures with the most figures.
const MAX_CHARTS: usize = 6;

/// The charts of `figures`, each a value, its measure and what `row` makes
/// its row from: one chart per measure that at least `min` figures share, in
/// the order the measures first appear, at most [`MAX_CHARTS`]. Rows are made
/// only for the figures drawn, so a chart over a whole section costs little
/// more than its bars. `id` prefixes the charts' ids, each followed by its
/// measure's `key`.
pub fn charts<K: Eq + Hash, T>(
    id: &str,
    context: &str,
    figures: impl IntoIterator<Item = (f64, K, T)>,
    min: usize,
    key: impl Fn(&K) -> String,
    row: impl Fn(T) -> ChartRow,
) -> Vec<ChartView> {
    let mut index: HashMap<K, usize> = HashMap::new();
    let mut groups: Vec<Vec<(f64, T)>> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (number, measure, figure) in figures {
        if !(number.is_finite() && number >= 0.0) {
            continue;
        }
        let next = groups.len();
        let at = *index.entry(measure).or_insert_with_key(|m| {
            keys.push(key(m));
            next
        });
        if at == next {
            groups.push(Vec::new());
        }
        groups[at].push((number, figure));
    }
    let mut shown: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].len() >= min.max(1))
        .collect();
    if shown.len() > MAX_CHARTS {
        shown.sort_by_key(|&g| (std::cmp::Reverse(groups[g].len()), g));
        shown.truncate(MAX_CHARTS);
        shown.sort_unstable();
    }
    let mut ids: Vec<String> = Vec::new();
    let mut groups: Vec<Option<Vec<(f64, T)>>> = groups.into_iter().map(Some).collect();
    shown
        .into_iter()
        .filter_map(|g| Some((g, groups[g].take()?)))
        .map(|(g, figures)| {
            let total = figures.len();
            let group: Vec<ChartRow> = largest(figures).into_iter().map(&row).collect();
            let chart_id = unique(format!("{id}-{}", css_ident(&keys[g])), &mut ids);
            let (first, last) = (&group[0], &group[group.len() - 1]);
            ChartView {
                svg: bar_svg(&chart_id, &group),
                id: chart_id,
                context: context.to_string(),
                measure: first.fact.label.clone(),
                unit: first.fact.unit.clone(),
                count: group.len().to_string(),
                total: total.to_string(),
                max_label: first.label.clone(),
                max_value: first.fact.value.clone(),
                min_label: last.label.clone(),
                min_value: last.fact.value.clone(),
                rows: group,
            }
        })
        .collect()
}

/// `id`, or `id-2`, `id-3`… when a chart of the page already has it: two
/// measures can make the same id once their labels are cut down to one.
fn unique(id: String, taken: &mut Vec<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 1;
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{id}-{n}");
    }
    taken.push(candidate.clone());
    candidate
}

/// The [`MAX_BARS`] largest figures, largest first, ties in the content's
/// order: picked in linear time, since a section's chart may look at every
/// figure of thousands of records.
fn largest<T>(figures: Vec<(f64, T)>) -> Vec<T> {
    let order = |a: &(f64, usize), b: &(f64, usize)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
    let mut keys: Vec<(f64, usize)> = figures.iter().enumerate().map(|(i, f)| (f.0, i)).collect();
    if keys.len() > MAX_BARS {
        keys.select_nth_unstable_by(MAX_BARS - 1, order);
        keys.truncate(MAX_BARS);
    }
    keys.sort_by(order);
    let mut figures: Vec<Option<T>> = figures.into_iter().map(|f| Some(f.1)).collect();
    keys.into_iter()
        .filter_map(|(_, i)| figures[i].take())
        .collect()
}

/// Draws the bars: each row is its label (wrapped), then a bar whose length is
/// the value's share of the largest, with the value written beside or inside it.
fn bar_svg(id: &str, rows: &[ChartRow]) -> String {
    let max = rows.iter().map(|r| r.fact.number).fold(0.0_f64, f64::max);
    let mut body = String::new();
    let mut y = 0.0;
    for row in rows {
        let lines = wrap(&row.label, WRAP);
        // A record's title may be in the other language, untranslated.
        let lang = if row.record_lang_tag.is_empty() {
            String::new()
        } else {
            format!(" lang=\"{}\"", row.record_lang_tag)
        };
        let _ = write!(
            body,
            "<text class=\"chart-label\" x=\"0\" y=\"{}\"{lang}>",
            px(y + FONT)
        );
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { 0.0 } else { LINE };
            let _ = write!(
                body,
                "<tspan x=\"0\" dy=\"{}\">{}</tspan>",
                px(dy),
                xml_escape(line)
            );
        }
        body.push_str("</text>");
        y += lines.len() as f64 * LINE + 4.0;
        let share = if max > 0.0 {
            row.fact.number / max
        } else {
            0.0
        };
        let percent = share * 100.0;
        let _ = write!(
            body,
            "<rect class=\"chart-bar\" x=\"0\" y=\"{}\" width=\"{}%\" height=\"{}\"/>",
            px(y),
            pct(percent),
            px(BAR)
        );
        // A long bar has room for its value inside; a short one gets it after.
        let (class, dx, anchor) = if share >= 0.5 {
            ("chart-value chart-value-in", -6.0, " text-anchor=\"end\"")
        } else {
            ("chart-value", 6.0, "")
        };
        let _ = write!(
            body,
            "<text class=\"{class}\" x=\"{}%\" y=\"{}\" dx=\"{}\"{anchor}>{}</text>",
            pct(percent),
            px(y + BAR - 6.0),
            px(dx),
            xml_escape(&row.fact.value)
        );
        y += BAR + GAP;
    }
    let height = y.max(1.0);
    format!(
        "<svg class=\"chart-svg\" width=\"100%\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">\
<line class=\"chart-axis\" x1=\"0.5\" x2=\"0.5\" y1=\"0\" y2=\"{h}\"/>{body}</svg>",
        h = px(height)
    )
}

/// A length in pixels, written briefly.
fn px(v: f64) -> String {
    crate::facts::number(v, crate::i18n::Lang::Zh)
}

/// A percentage with two decimals at most.
fn pct(v: f64) -> String {
    let text = format!("{:.2}", v.clamp(0.0, 100.0));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A unit key made safe for an `id`.
pub fn css_ident(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        // Keys in other scripts only: number them by their bytes instead.
        format!(
            "u{:x}",
            crate::render::theme::fnv1a(key.as_bytes()) & 0xffff_ffff
        )
    } else {
        out
    }
}

/// The width a text takes at the chart's font size, estimated: ideographs are
/// square, Latin letters about half as wide.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(char_width).sum::<f64>() * FONT
}

fn char_width(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '\'' | ':' | ';' | '|' | '!' => 0.32,
        'm' | 'w' | 'M' | 'W' => 0.85,
        c if c.is_ascii_uppercase() => 0.66,
        c if c.is_ascii() => 0.58,
        c if is_wide(c) => 1.0,
        _ => 0.6,
    }
}

/// Ideographs, kana, hangul and full-width punctuation.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x201C..=0x201D)
}

/// Punctuation that must not begin a line.
fn is_closing(c: char) -> bool {
    "，。、；：！？）》」』】〕”’,.;:!?)]%".contains(c)
}

/// Splits `text` into lines no wider than `max`: between words in Latin
/// script, between characters in Chinese, never before closing punctuation.
pub fn wrap(text: &str, max: f64) -> Vec<String> {
    // Tokens are the pieces a line may break between.
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c == ' ' {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            tokens.push(" ".into());
        } else if is_closing(c) {
            word.push(c);
        } else if is_wide(c) {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            word.push(c);
        } else {
            if word.chars().last().is_some_and(is_wide) {
                tokens.push(std::mem::take(&mut word));
            }
            word.push(c);
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for token in tokens {
        if token == " " && line.is_empty() {
            continue;
        }
        let candidate = format!("{line}{token}");
        if !line.is_empty() && text_width(candidate.trim_end()) > max {
            lines.push(line.trim_end().to_string());
            line = if token == " " { String::new() } else { token };
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::view::FactView;

    fn fact(label: &str, number: f64, unit_key: &str) -> ChartRow {
        ChartRow {
            label: label.into(),
            record: String::new(),
            record_url: String::new(),
            record_lang_tag: "",
            fact: FactView {
                label: label.into(),
                value: format!("{number} u"),
                number,
                unit: "u".into(),
                unit_key: unit_key.into(),
                ..FactView::default()
            },
        }
    }

    #[test]
    fn wraps_latin_between_words_and_chinese_between_characters() {
        let en = wrap(
            "Key infrastructure projects started or resumed in the first half of 2017",
            300.0,
        );
        assert!(en.len() >= 2, "{en:?}");
        assert!(en.iter().all(|l| text_width(l) <= 300.0), "{en:?}");
        assert_eq!(
            en.join(" "),
            "Key infrastructure projects started or resumed in the first half of 2017"
        );
        let zh = wrap(
            "集中整治和封堵的湟水河园区段排污口，共计二十个，全部完成整治工作。",
            140.0,
        );
        assert!(zh.len() >= 3, "{zh:?}");
        assert!(zh.iter().skip(1).all(|l| !l.starts_with('，')), "{zh:?}");
        assert_eq!(
            zh.concat(),
            "集中整治和封堵的湟水河园区段排污口，共计二十个，全部完成整治工作。"
        );
    }

    fn figures(rows: Vec<ChartRow>) -> impl Iterator<Item = (f64, String, ChartRow)> {
        rows.into_iter()
            .map(|r| (r.fact.number, r.fact.unit_key.clone(), r))
    }

    #[test]
    fn groups_by_measure_and_orders_largest_first() {
        let rows = vec![
            fact("a", 1.0, "yuan"),
            fact("b", 3.0, "yuan"),
            fact("c", 5.0, "label:x"),
            fact("d", 2.0, "yuan"),
        ];
        let charts = charts("c", "ctx", figures(rows), 3, String::clone, |r| r);
        assert_eq!(charts.len(), 1, "the single-fact measure makes no chart");
        let chart = &charts[0];
        let labels: Vec<&str> = chart.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["b", "d", "a"]);
        assert_eq!(
            (chart.max_label.as_str(), chart.min_label.as_str()),
            ("b", "a")
        );
        assert!(
            chart
                .svg
                .contains("aria-labelledby=\"c-yuan-title c-yuan-desc\"")
        );
        assert!(
            chart.svg.contains("width=\"100%\" height=\"20\""),
            "the bar of the largest fills the width"
        );
    }

    #[test]
    fn shows_the_measures_with_most_figures_each_with_an_id_of_its_own() {
        // Eight measures of 3 to 10 figures, whose keys all make the same id.
        let rows: Vec<ChartRow> = (0..8)
            .flat_map(|m| {
                (0..3 + m).map(move |k| fact(&format!("{m}"), k as f64, &format!("m{m}")))
            })
            .collect();
        let figures = rows
            .into_iter()
            .map(|r| (r.fact.number, r.fact.unit_key.clone(), r));
        let charts = charts("c", "", figures, 3, |_| "same".to_string(), |r| r);
        let shown: Vec<&str> = charts.iter().map(|c| c.measure.as_str()).collect();
        assert_eq!(shown, ["2", "3", "4", "5", "6", "7"]);
        let bars: Vec<&str> = charts.iter().map(|c| c.total.as_str()).collect();
        assert_eq!(
            bars,
            ["5", "6", "7", "8", "9", "10"],
            "the six largest, in order"
        );
        let ids: Vec<&str> = charts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "c-same", "c-same-2", "c-same-3", "c-same-4", "c-same-5", "c-same-6"
            ]
        );
    }

    #[test]
    fn escapes_labels() {
        let charts = charts(
            "c",
            "",
            figures(vec![fact("<b>&", 1.0, "k")]),
            1,
            String::clone,
            |r| r,
        );
        assert!(charts[0].svg.contains("&lt;b&gt;&amp;"));
    }
}
