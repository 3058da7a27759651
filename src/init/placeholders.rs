//! The placeholders `init` writes where it cannot know a value, found again
//! so that `build` and `check` warn while any is left: `待填写` in Chinese
//! text, `TO FILL IN` in English text (both shown on the built pages, so that
//! they are not missed there either), and an example address as `base_url`.
//! Only the files `init` writes are read, so the warnings cost a build no time.

use std::path::Path;

use super::messages;
use crate::diag::Diagnostic;

/// What marks a placeholder in Chinese and in English text.
pub const MARKERS: [&str; 2] = ["待填写", "TO FILL IN"];

/// The hosts kept for examples (RFC 2606), never a site's real address.
const EXAMPLE_HOSTS: [&str; 3] = ["example.org", "example.com", "example.net"];

/// Warnings about the placeholders left in the files `init` writes: one for
/// each file that still has any, at the first; and one when `base_url` is an
/// example address, unless `base_url_given` (`--base-url` replaces it).
pub fn placeholders(root: &Path, base_url_given: bool) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for rel in super::files::scanned() {
        let Ok(src) = std::fs::read_to_string(root.join(rel)) else {
            continue;
        };
        if rel == "content/site.yaml"
            && !base_url_given
            && let Some(diag) = example_address(rel, &src)
        {
            found.push(diag);
        }
        let lines = marked_lines(&src, rel.ends_with(".md"));
        if let Some(&(at, len)) = lines.first() {
            let later: Vec<usize> = lines[1..]
                .iter()
                .map(|&(offset, _)| line_of(&src, offset))
                .collect();
            let help = if matches!(rel, "content/site.yaml" | "content/glossary.yaml") {
                messages::placeholders_help()
            } else {
                messages::example_help()
            };
            found.push(
                Diagnostic::warning(rel, messages::placeholders_left(&later))
                    .at_offset(&src, at, len)
                    .with_help(help),
            );
        }
    }
    found
}

/// The first marker of each line that has one, outside YAML comments (which
/// may name the markers), as (byte offset, length). In a Markdown file only
/// the front matter is YAML.
fn marked_lines(src: &str, markdown: bool) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut offset = 0;
    // Markdown: 0 before the front matter, 1 inside, 2 in the body.
    let mut part = if markdown { 0 } else { 1 };
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if markdown && part < 2 && line.trim_end() == "---" {
            part += 1;
            continue;
        }
        let yaml = part == 1;
        let text = if yaml { strip_comment(line) } else { line };
        if let Some((at, marker)) = MARKERS
            .iter()
            .filter_map(|m| text.find(m).map(|at| (at, m.len())))
            .min()
        {
            found.push((start + at, marker));
        }
    }
    found
}

/// A YAML line without its comment: from a `#` at the start or after a space
/// on. A `#` inside a quoted value is taken for a comment too, which can only
/// hide a placeholder written after it.
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    line.find(" #").map_or(line, |at| &line[..at])
}

/// The 1-based line of a byte offset.
fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A warning when the top-level `base_url` of `site.yaml` has an example host.
fn example_address(rel: &str, src: &str) -> Option<Diagnostic> {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(value) = line.strip_prefix("base_url:") else {
            continue;
        };
        let value = strip_comment(value).trim().trim_matches(['"', '\'']);
        let host = value.split("://").nth(1)?.split(['/', ':']).next()?;
        let host = host.to_ascii_lowercase();
        let example = EXAMPLE_HOSTS
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
            || host.ends_with(".example");
        let at = start + line.find(value).unwrap_or(0);
        return example.then(|| {
            Diagnostic::warning(rel, messages::example_address(value))
                .at_offset(src, at, value.len())
                .with_help(messages::example_address_help())
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_markers_outside_comments_and_in_markdown_bodies() {
        let yaml = "# replace each 待填写\nname: {zh: 待填写：名称, en: \"TO FILL IN: name\"}\nbase: x # TO FILL IN\nother: 待填写\n";
        let lines: Vec<usize> = marked_lines(yaml, false)
            .into_iter()
            .map(|(at, _)| line_of(yaml, at))
            .collect();
        assert_eq!(lines, [2, 4]);
        let md = "---\n# 待填写 in a comment\ntitle: 示例\nsummary: 待填写：摘要。\n---\n## 待填写\n\nText. # TO FILL IN\n";
        let lines: Vec<usize> = marked_lines(md, true)
            .into_iter()
            .map(|(at, _)| line_of(md, at))
            .collect();
        assert_eq!(lines, [4, 6, 8]);
    }

    #[test]
    fn knows_an_example_address() {
        let warn = |src: &str| example_address("content/site.yaml", src);
        let d = warn("name: x\nbase_url: https://example.org/   # the address\n").unwrap();
        assert_eq!((d.pos.line, d.pos.col, d.len), (2, 11, 20));
        assert!(warn("base_url: \"https://www.example.com/zone/\"\n").is_some());
        assert!(warn("base_url: https://zone.example/\n").is_some());
        assert!(warn("base_url: https://kfq.example.gov.cn/\n").is_none());
        assert!(warn("base_url: https://notexample.org/\n").is_none());
        assert!(warn("  base_url: https://example.org/\n").is_none());
    }
}
