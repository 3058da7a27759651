//! Diagnostics: every problem found in content or themes, with where it is and how
//! to fix it. Stages collect them and keep going; the run prints them all at once.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod collect;

pub use collect::{Diagnostics, SHOWN_PER_KIND};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::catalogue::{Lang, Text};
use crate::text;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Makes the build fail.
    Error,
    /// Printed, but the build goes on.
    Warning,
}

/// A position in a source file, 1-based, the column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub col: usize,
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root where it lies inside it.
    pub path: PathBuf,
    /// Where in the file; line 0 when the problem is the file as a whole.
    pub pos: Position,
    /// How many characters the caret underlines (at least one).
    pub len: usize,
    /// The offending source line, shown under the message: one line only, cut
    /// to [`QUOTE_WIDTH`] columns around the problem (`…` marks a cut).
    pub source_line: Option<String>,
    /// Where the caret starts in `source_line`, in characters from 0.
    pub caret: usize,
    /// What is wrong.
    pub message: Text,
    /// How to fix it.
    pub help: Option<Text>,
    /// How many problems it stands for: one, or for an "… and N more" line, N.
    pub count: usize,
}

impl Diagnostic {
    /// An error about a whole file.
    pub fn error(path: impl AsRef<Path>, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.as_ref().to_path_buf(),
            pos: Position::default(),
            len: 1,
            source_line: None,
            caret: 0,
            message: message.into(),
            help: None,
            count: 1,
        }
    }

    /// A warning about a whole file.
    pub fn warning(path: impl AsRef<Path>, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Points the diagnostic at a byte offset of `source`, underlining `len` bytes.
    /// Costs one pass over `source` up to the offset's line.
    pub fn at_offset(mut self, source: &str, offset: usize, len: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[offset..]
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        let line_text = source[line_start..line_end].trim_end_matches('\r');
        let text_end = line_start + line_text.len();
        let end = floor_char_boundary(source, (offset + len).min(text_end));
        self.pos = Position {
            line: source.as_bytes()[..line_start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1,
            col: source[line_start..offset].chars().count() + 1,
        };
        let start = offset.min(text_end) - line_start;
        let (quote, caret, underlined) = quote(line_text, start, end.max(offset) - line_start);
        self.len = underlined;
        self.source_line = Some(quote);
        self.caret = caret;
        self
    }

    /// Points the diagnostic at a 1-based line and column of `source`.
    pub fn at_line_col(self, source: &str, line: usize, col: usize, len: usize) -> Self {
        let line_start: usize = source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let line_text = source[line_start..].split('\n').next().unwrap_or("");
        let byte_col: usize = line_text
            .chars()
            .take(col.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        self.at_offset(source, line_start + byte_col, len)
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// How many errors `diagnostics` tell, those that an "… and N more"
    /// line stands for included.
    pub fn errors_in(diagnostics: &[Diagnostic]) -> usize {
        diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.count)
            .sum()
    }

    /// Whether this diagnostic fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line: `path:line:col: error: message`, as compilers print it,
    /// in `lang` (`path:line:col: 错误：message` in Chinese).
    pub fn headline(&self, lang: Lang) -> String {
        let level = match self.severity {
            Severity::Error => text!("diag-error"),
            Severity::Warning => text!("diag-warning"),
        };
        let path = self.path.to_string_lossy();
        let message = self.message.render(lang);
        let (path, message) = (printable(&path), printable(&message));
        let said = text!("diag-headline", level = level, message = message).render(lang);
        if self.pos.line == 0 {
            format!("{path}: {said}")
        } else {
            let Position { line, col } = self.pos;
            format!("{path}:{line}:{col}: {said}")
        }
    }

    /// The headline, the source line with a caret under the problem, and the
    /// help, in `lang`.
    pub fn render(&self, lang: Lang, color: bool) -> String {
        let mut out = self.headline(lang);
        out.push('\n');
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = Group::with_level(level.clone());
        if let Some(line) = &self.source_line {
            let start: usize = line.chars().take(self.caret).map(char::len_utf8).sum();
            let end: usize = start
                + line[start..]
                    .chars()
                    .take(self.len)
                    .map(char::len_utf8)
                    .sum::<usize>();
            group = group.element(
                Snippet::source(line.as_str())
                    .line_start(self.pos.line)
                    .annotation(AnnotationKind::Primary.span(start..end.max(start))),
            );
        }
        let help = self
            .help
            .as_ref()
            .map(|h| printable(&h.render(lang)).into_owned());
        let help_name = text!("diag-help").render(lang);
        if let Some(help) = &help {
            group = group.element(
                Level::HELP
                    .with_name(help_name.as_str())
                    .message(help.as_str()),
            );
        }
        if self.source_line.is_some() || self.help.is_some() {
            let renderer = if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            }
            // Wide enough for a quoted line and its gutter: the line is cut
            // already, and a second cut would hide the first one's `…`.
            .term_width(QUOTE_WIDTH + 20);
            let _ = writeln!(out, "{}", renderer.render(&[group]));
        }
        out
    }
}

/// A one-line error that belongs to no file (`error: …`, `错误：…`), in `lang`.
pub fn error_line(lang: Lang, message: Text) -> String {
    text!(
        "diag-headline",
        level = text!("diag-error"),
        message = message
    )
    .render(lang)
}

/// A one-line warning that belongs to no file, in `lang`.
pub fn warning_line(lang: Lang, message: Text) -> String {
    text!(
        "diag-headline",
        level = text!("diag-warning"),
        message = message
    )
    .render(lang)
}

/// The widest a quoted source line gets, in terminal columns.
pub const QUOTE_WIDTH: usize = 120;

/// How many columns of the line before the problem a cut quote keeps.
const QUOTE_CONTEXT: usize = 40;

/// The columns a character takes in a terminal: two for East Asian wide
/// characters, four for a tab (as the renderer expands it), else one.
fn width(c: char) -> usize {
    match c {
        '\t' => 4,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{20000}'..='\u{3fffd}' => 2,
        _ => 1,
    }
}

/// The part of `line` to quote for a problem at bytes `start..end`: the whole
/// line when it fits in [`QUOTE_WIDTH`] columns, else a window that starts a
/// little before the problem, with `…` where it was cut. Returns the quote,
/// the caret's position in it and the underline's length, both in characters.
/// Costs at most the window's length, however long the line.
fn quote(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    let start = floor_char_boundary(line, start.min(line.len()));
    let end = floor_char_boundary(line, end.clamp(start, line.len()));
    let mut columns = 0;
    let fits = line.chars().all(|c| {
        columns += width(c);
        columns <= QUOTE_WIDTH
    });
    if fits {
        let caret = line[..start].chars().count();
        let underlined = line[start..end].chars().count();
        return (line.to_string(), caret, underlined.max(1));
    }
    // Back from the problem by up to QUOTE_CONTEXT columns.
    let mut from = start;
    let mut back = 0;
    for (i, c) in line[..start].char_indices().rev() {
        back += width(c);
        if back > QUOTE_CONTEXT {
            break;
        }
        from = i;
    }
    // Then on while the window, with its two `…`, fits.
    let mut to = from;
    let mut used = 2;
    for (i, c) in line[from..].char_indices() {
        used += width(c);
        if used > QUOTE_WIDTH {
            break;
        }
        to = from + i + c.len_utf8();
    }
    let mut out = String::with_capacity(to - from + 6);
    if from > 0 {
        out.push('…');
    }
    out.push_str(&line[from..to]);
    if to < line.len() {
        out.push('…');
    }
    let caret = usize::from(from > 0) + line[from..start].chars().count();
    let underlined = line[start..end.min(to).max(start)].chars().count();
    (out, caret, underlined.max(1))
}

/// `text` with the characters that would act on a terminal instead of being
/// shown (control characters, bidirectional overrides) replaced by visible
/// stand-ins, so that a hostile file cannot move the cursor or hide text in
/// an error message.
pub fn printable(text: &str) -> Cow<'_, str> {
    let acts = |c: char| {
        c.is_control()
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
                '\u{7f}' => '\u{2421}',
                c if acts(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The suggestion closest to `word` among `candidates`, when one is close enough
/// to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// The path of `path` relative to `root`, or `path` itself when it lies outside.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_offsets_in_characters() {
        let src = "title: 南川\npark: nanchaun\n";
        let d = Diagnostic::error("a.yaml", crate::text!("model-no-site-yaml")).at_offset(
            src,
            src.find("nanchaun").unwrap(),
            8,
        );
        assert_eq!(d.pos, Position { line: 2, col: 7 });
        assert_eq!(d.len, 8);
        assert_eq!(d.source_line.as_deref(), Some("park: nanchaun"));
        let d =
            Diagnostic::error("a.yaml", crate::text!("model-no-site-yaml")).at_offset(src, 10, 1);
        assert_eq!(d.pos, Position { line: 1, col: 9 });
    }

    #[test]
    fn line_col_round_trips_through_offsets() {
        let src = "a: 1\r\nb: 南川 x\r\n";
        let d = Diagnostic::error("a.yaml", crate::text!("model-no-site-yaml"))
            .at_line_col(src, 2, 7, 1);
        assert_eq!(d.pos, Position { line: 2, col: 7 });
        assert_eq!(d.source_line.as_deref(), Some("b: 南川 x"));
    }

    #[test]
    fn renders_headline_snippet_and_help() {
        let src = "park: nanchaun\n";
        let text = Diagnostic::error(
            "content/enterprises/byd.yaml",
            crate::text!("model-no-record", record = "park", slug = "nanchaun"),
        )
        .at_offset(src, 6, 8)
        .with_help(crate::text!("model-did-you-mean", closest = "nanchuan"))
        .render(crate::i18n::Lang::En, false);
        assert!(
            text.starts_with(
                "content/enterprises/byd.yaml:1:7: error: there is no park `nanchaun`\n"
            ),
            "{text}"
        );
        assert!(text.contains("park: nanchaun"), "{text}");
        assert!(text.contains("^^^^^^^^"), "{text}");
        assert!(text.contains("help: did you mean `nanchuan`?"), "{text}");
    }

    #[test]
    fn quotes_a_window_of_a_long_line_with_the_caret_in_place() {
        let mut src = String::from("first: line\nlist: [");
        for i in 0..5000 {
            src.push_str(&format!("item{i}, "));
        }
        src.push_str("]\nlast: line\n");
        let at = src.find("item2500,").unwrap();
        let d =
            Diagnostic::error("a.yaml", crate::text!("model-no-site-yaml")).at_offset(&src, at, 8);
        let line_start = src.find("list").unwrap();
        assert_eq!(
            d.pos,
            Position {
                line: 2,
                col: at - line_start + 1
            }
        );
        let quoted = d.source_line.clone().unwrap();
        assert!(quoted.starts_with('…') && quoted.ends_with('…'), "{quoted}");
        assert!(quoted.chars().count() <= QUOTE_WIDTH, "{quoted}");
        let caret: String = quoted.chars().skip(d.caret).take(d.len).collect();
        assert_eq!(caret, "item2500");
        let text = d.render(crate::i18n::Lang::En, false);
        let lines: Vec<&str> = text.lines().collect();
        let source = lines.iter().find(|l| l.contains("item2500")).unwrap();
        let marks = lines.iter().find(|l| l.contains("^^^")).unwrap();
        let column = |l: &str, i: usize| l[..i].chars().count();
        assert_eq!(
            column(marks, marks.find('^').unwrap()),
            column(source, source.find("item2500").unwrap()),
            "{text}"
        );
        assert_eq!(
            text.lines().filter(|l| l.contains("item")).count(),
            1,
            "{text}"
        );
        assert!(text.len() < 600, "{text}");
    }

    #[test]
    fn quotes_short_lines_whole_and_cuts_wide_ones_by_columns() {
        let (q, caret, len) = quote("park: nanchaun", 6, 14);
        assert_eq!((q.as_str(), caret, len), ("park: nanchaun", 6, 8));
        let wide = "南".repeat(100);
        let (q, caret, _) = quote(&wide, 0, 3);
        assert_eq!(caret, 0);
        assert!(
            q.ends_with('…') && q.chars().count() <= QUOTE_WIDTH / 2 + 1,
            "{q}"
        );
    }

    #[test]
    fn shows_control_characters_instead_of_sending_them() {
        let d = Diagnostic::error(
            "a\u{1b}[2J.yaml",
            crate::text!(
                "model-no-record",
                record = "park",
                slug = "\u{1b}]0;x\u{7}\u{202e}"
            ),
        )
        .with_help(crate::text!("model-did-you-mean", closest = "a\nb"));
        let text = d.render(crate::i18n::Lang::En, false);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}'), "{text:?}");
        assert!(
            text.starts_with("a␛[2J.yaml: error: there is no park `␛]0;x␇\u{fffd}`"),
            "{text}"
        );
        assert_eq!(printable("plain 南川"), "plain 南川");
    }

    #[test]
    fn suggests_only_close_names() {
        assert_eq!(
            did_you_mean("aera_km2", ["area_km2", "facts"]),
            Some("area_km2")
        );
        assert_eq!(did_you_mean("zzz", ["area_km2", "facts"]), None);
    }
}
