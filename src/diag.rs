//! Diagnostics: every problem found in content or themes, with where it is and how
//! to fix it. Stages collect them and keep going; the run prints them all at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Makes the build fail.
    Error,
    /// Printed, but the build goes on.
    Warning,
}

/// A position in a source file, 1-based, the column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub col: usize,
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root where it lies inside it.
    pub path: PathBuf,
    /// Where in the file; line 0 when the problem is the file as a whole.
    pub pos: Position,
    /// How many characters the caret underlines (at least one).
    pub len: usize,
    /// The offending source line, shown under the message.
    pub source_line: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file.
    pub fn error(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.as_ref().to_path_buf(),
            pos: Position::default(),
            len: 1,
            source_line: None,
            message: message.into(),
            help: None,
        }
    }

    /// A warning about a whole file.
    pub fn warning(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Points the diagnostic at a byte offset of `source`, underlining `len` bytes.
    pub fn at_offset(mut self, source: &str, offset: usize, len: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[offset..]
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        let line_text = source[line_start..line_end].trim_end_matches('\r');
        let end = floor_char_boundary(source, (offset + len).min(line_start + line_text.len()));
        self.pos = Position {
            line: source[..line_start].matches('\n').count() + 1,
            col: source[line_start..offset].chars().count() + 1,
        };
        self.len = source[offset..end.max(offset)].chars().count().max(1);
        self.source_line = Some(line_text.to_string());
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
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this diagnostic fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line: `path:line:col: error: message`, as compilers print it.
    pub fn headline(&self) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = self.path.display();
        if self.pos.line == 0 {
            format!("{path}: {level}: {}", self.message)
        } else {
            let Position { line, col } = self.pos;
            format!("{path}:{line}:{col}: {level}: {}", self.message)
        }
    }

    /// The headline, the source line with a caret under the problem, and the help.
    pub fn render(&self, color: bool) -> String {
        let mut out = self.headline();
        out.push('\n');
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = Group::with_level(level.clone());
        if let Some(line) = &self.source_line {
            let start: usize = line
                .chars()
                .take(self.pos.col.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
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
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        if self.source_line.is_some() || self.help.is_some() {
            let renderer = if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            let _ = writeln!(out, "{}", renderer.render(&[group]));
        }
        out
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The diagnostics of a run, in the order they were found.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records every diagnostic of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many errors there are.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// The diagnostics sorted by file and position, duplicates removed.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.path, a.pos, a.severity, &a.message).cmp(&(&b.path, b.pos, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
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
        let d = Diagnostic::error("a.yaml", "unknown park").at_offset(
            src,
            src.find("nanchaun").unwrap(),
            8,
        );
        assert_eq!(d.pos, Position { line: 2, col: 7 });
        assert_eq!(d.len, 8);
        assert_eq!(d.source_line.as_deref(), Some("park: nanchaun"));
        let d = Diagnostic::error("a.yaml", "x").at_offset(src, 10, 1);
        assert_eq!(d.pos, Position { line: 1, col: 9 });
    }

    #[test]
    fn line_col_round_trips_through_offsets() {
        let src = "a: 1\r\nb: 南川 x\r\n";
        let d = Diagnostic::error("a.yaml", "x").at_line_col(src, 2, 7, 1);
        assert_eq!(d.pos, Position { line: 2, col: 7 });
        assert_eq!(d.source_line.as_deref(), Some("b: 南川 x"));
    }

    #[test]
    fn renders_headline_snippet_and_help() {
        let src = "park: nanchaun\n";
        let text = Diagnostic::error("content/enterprises/byd.yaml", "unknown park \"nanchaun\"")
            .at_offset(src, 6, 8)
            .with_help("did you mean \"nanchuan\"?")
            .render(false);
        assert!(
            text.starts_with(
                "content/enterprises/byd.yaml:1:7: error: unknown park \"nanchaun\"\n"
            ),
            "{text}"
        );
        assert!(text.contains("park: nanchaun"), "{text}");
        assert!(text.contains("^^^^^^^^"), "{text}");
        assert!(text.contains("help: did you mean \"nanchuan\"?"), "{text}");
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
