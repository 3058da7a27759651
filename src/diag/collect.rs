//! Collecting a run's diagnostics: every one kept, sorted and deduplicated,
//! with at most a few of one kind per file shown and the rest counted.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Diagnostic, Severity};
use crate::catalogue::Text;
use crate::text;

/// How many diagnostics of one kind one file shows; the others are counted
/// and summed up in one line, "… and N more".
pub const SHOWN_PER_KIND: usize = 20;

/// The diagnostics of a run, in the order they were found.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Per file and kind, the diagnostics recorded with [`Diagnostics::push_capped`].
    capped: HashMap<PathBuf, Vec<Tally>>,
}

/// How many diagnostics of one kind one file had.
#[derive(Debug)]
struct Tally {
    kind: Text,
    seen: usize,
    severity: Severity,
}

impl Tally {
    fn hidden(&self) -> usize {
        self.seen.saturating_sub(SHOWN_PER_KIND)
    }
}

impl Diagnostics {
    /// Records a diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records the diagnostic that `make` builds, one of those of `kind` in
    /// the file `path`, unless [`SHOWN_PER_KIND`] of them are recorded
    /// already: then it is only counted, `make` is not called, and the end
    /// of the list says "… and N more {kind} in this file". `kind` is a plural
    /// noun phrase, e.g. "references to records that do not exist".
    ///
    /// Building a diagnostic (locating a value in a big file, finding the
    /// nearest name) is what costs; past the cap each call costs a lookup.
    pub fn push_capped(&mut self, path: &Path, kind: Text, make: impl FnOnce() -> Diagnostic) {
        let tallies = match self.capped.get_mut(path) {
            Some(tallies) => tallies,
            None => self.capped.entry(path.to_path_buf()).or_default(),
        };
        let index = match tallies.iter().position(|t| t.kind == kind) {
            Some(i) => i,
            None => {
                tallies.push(Tally {
                    kind,
                    seen: 0,
                    severity: Severity::Error,
                });
                tallies.len() - 1
            }
        };
        let tally = &mut tallies[index];
        tally.seen += 1;
        if tally.seen <= SHOWN_PER_KIND {
            let diagnostic = make();
            tally.severity = diagnostic.severity;
            self.items.push(diagnostic);
        }
    }

    /// Records every diagnostic of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many errors there are, counting those past the cap.
    pub fn error_count(&self) -> usize {
        let hidden: usize = self
            .capped
            .values()
            .flatten()
            .filter(|t| t.severity == Severity::Error)
            .map(Tally::hidden)
            .sum();
        self.items.iter().filter(|d| d.is_error()).count() + hidden
    }

    /// The "… and N more" lines of the kinds past their cap.
    fn summaries(&mut self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (path, tallies) in std::mem::take(&mut self.capped) {
            for t in tallies.iter().filter(|t| t.hidden() > 0) {
                out.push(summary(&path, t.severity, t.hidden(), t.kind.clone()));
            }
        }
        out
    }

    /// The diagnostics sorted by file and position, duplicates removed, and
    /// at most [`SHOWN_PER_KIND`] of one kind per file: the rest of each kind
    /// is summed up in one "… and N more" line after the file's others.
    /// Diagnostics recorded with [`Diagnostics::push_capped`] are of the kind
    /// named there; the others are of one kind when their messages differ
    /// only in what they quote (`there is no park `a``, `… `b``).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        let mut summaries = self.summaries();
        let mut items = self.items;
        items.sort_by(|a, b| {
            (&a.path, a.pos, a.severity, &a.message).cmp(&(&b.path, b.pos, b.severity, &b.message))
        });
        items.dedup();
        let mut seen: HashMap<(&Path, Severity, Text), usize> = HashMap::new();
        let mut keep = Vec::with_capacity(items.len());
        for d in &items {
            let count = seen
                .entry((&d.path, d.severity, d.message.shape()))
                .or_default();
            *count += 1;
            keep.push(*count <= SHOWN_PER_KIND);
        }
        for ((path, severity, shape), count) in seen {
            if count > SHOWN_PER_KIND {
                let kind = match severity {
                    Severity::Error => text!("diag-kind-errors-like", shape = shape),
                    Severity::Warning => text!("diag-kind-warnings-like", shape = shape),
                };
                summaries.push(summary(path, severity, count - SHOWN_PER_KIND, kind));
            }
        }
        summaries.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        let mut out = Vec::with_capacity(SHOWN_PER_KIND.min(items.len()) + summaries.len());
        let mut summaries = summaries.into_iter().peekable();
        for (d, keep) in items.into_iter().zip(keep) {
            while let Some(s) = summaries.next_if(|s| s.path < d.path) {
                out.push(s);
            }
            if keep {
                out.push(d);
            }
        }
        out.extend(summaries);
        out
    }
}

/// The line that stands for `hidden` diagnostics of a kind in `path`.
fn summary(path: &Path, severity: Severity, hidden: usize, kind: Text) -> Diagnostic {
    Diagnostic {
        severity,
        count: hidden,
        ..Diagnostic::error(path, text!("diag-and-more", hidden = hidden, kind = kind))
    }
    .with_help(text!("diag-and-more-help", shown = SHOWN_PER_KIND))
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    /// The diagnostics in the order they were found, then the "… and N more"
    /// lines of the kinds past their cap.
    fn into_iter(mut self) -> Self::IntoIter {
        let summaries = self.summaries();
        self.items.extend(summaries);
        self.items.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_a_kind_in_a_file_without_building_the_rest() {
        let mut diags = Diagnostics::default();
        let mut built = 0;
        for i in 0..1000 {
            diags.push_capped(
                Path::new("a.yaml"),
                crate::text!("diag-kind-unknown-references"),
                || {
                    built += 1;
                    Diagnostic::error(
                        "a.yaml",
                        crate::text!("model-did-you-mean", closest = i.to_string()),
                    )
                },
            );
        }
        diags.push(Diagnostic::error(
            "b.yaml",
            crate::text!("model-no-site-yaml"),
        ));
        assert_eq!(built, SHOWN_PER_KIND);
        assert_eq!(diags.error_count(), 1001);
        let sorted = diags.into_sorted();
        assert_eq!(sorted.len(), SHOWN_PER_KIND + 2);
        assert_eq!(
            sorted[SHOWN_PER_KIND].headline(crate::i18n::Lang::En),
            "a.yaml: error: … and 980 more unknown references in this file"
        );
        assert_eq!(sorted[SHOWN_PER_KIND + 1].path, Path::new("b.yaml"));
    }

    #[test]
    fn caps_repeated_messages_of_one_shape() {
        let mut diags = Diagnostics::default();
        let src = "x\n".repeat(100);
        let parks = crate::section::Sections::builtin().get("parks").unwrap();
        for i in (0..50).rev() {
            let message = crate::text!("model-no-record")
                .arg("record", crate::model::record_noun(parks))
                .arg("slug", format!("p{i}"));
            diags.push(Diagnostic::error("a.yaml", message).at_line_col(&src, i + 1, 1, 1));
        }
        let other = crate::text!("model-news-without-date");
        diags.push(Diagnostic::error("a.yaml", other).at_line_col(&src, 99, 1, 1));
        let sorted = diags.into_sorted();
        let headlines: Vec<String> = sorted
            .iter()
            .map(|d| d.headline(crate::i18n::Lang::En))
            .collect();
        assert_eq!(headlines.len(), SHOWN_PER_KIND + 2, "{headlines:#?}");
        assert_eq!(headlines[0], "a.yaml:1:1: error: there is no park `p0`");
        assert_eq!(
            headlines[SHOWN_PER_KIND],
            "a.yaml:99:1: error: a news item needs a date"
        );
        assert_eq!(
            headlines[SHOWN_PER_KIND + 1],
            "a.yaml: error: … and 30 more errors like \"there is no park `…`\" in this file"
        );
    }
}
