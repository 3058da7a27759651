//! Splitting a Markdown file into its YAML front matter and its body.

use std::path::Path;

use crate::diag::Diagnostic;
use crate::text;

/// Where the parts of a Markdown file lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The front matter's YAML, between the `---` lines.
    pub yaml: &'a str,
    /// The byte offset of the YAML in the file.
    pub yaml_start: usize,
    /// The line of the file the YAML starts on.
    pub yaml_line: usize,
    /// The byte offset of the body in the file.
    pub body_start: usize,
}

/// Finds the front matter of `src`, which must open the file with a `---` line
/// and close with another.
pub fn split<'a>(path: &Path, src: &'a str) -> Result<Split<'a>, Diagnostic> {
    let first = src.split_inclusive('\n').next().unwrap_or("");
    if first.trim_end() != "---" {
        let message = if src.trim().is_empty() {
            text!("content-file-empty")
        } else {
            text!("content-no-front-matter")
        };
        return Err(Diagnostic::error(path, message)
            .at_offset(src, 0, first.trim_end().len().max(1))
            .with_help(text!("content-no-front-matter-help")));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for line in src[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &src[yaml_start..offset],
                yaml_start,
                yaml_line: 2,
                body_start: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(
        Diagnostic::error(path, text!("content-front-matter-not-closed"))
            .at_offset(src, 0, 3)
            .with_help(text!("content-front-matter-not-closed-help")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> Result<(&str, &str), Diagnostic> {
        split(Path::new("a.md"), src).map(|s| (s.yaml, &src[s.body_start..]))
    }

    #[test]
    fn splits_front_matter_and_body() {
        assert_eq!(
            run("---\ntitle: a\n---\nbody\n").unwrap(),
            ("title: a\n", "body\n")
        );
        assert_eq!(
            run("---\r\ntitle: a\r\n---\r\nbody").unwrap(),
            ("title: a\r\n", "body")
        );
        assert_eq!(run("---\ntitle: a\n---").unwrap(), ("title: a\n", ""));
    }

    #[test]
    fn rejects_missing_or_open_front_matter() {
        assert!(
            run("")
                .unwrap_err()
                .message
                .render(crate::i18n::Lang::En)
                .contains("empty")
        );
        assert!(
            run("title: a\n")
                .unwrap_err()
                .message
                .render(crate::i18n::Lang::En)
                .contains("no front matter")
        );
        let err = run("---\ntitle: a\nbody\n").unwrap_err();
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("not closed")
        );
        assert_eq!(err.pos.line, 1);
        assert_eq!(
            err.message.render(crate::i18n::Lang::Zh),
            "文件头（front matter）没有结束"
        );
        assert_eq!(
            run("").unwrap_err().message.render(crate::i18n::Lang::Zh),
            "文件是空的"
        );
    }
}
