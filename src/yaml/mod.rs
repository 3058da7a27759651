//! The one place that parses YAML. serde_yaml is unmaintained; swapping it for
//! another parser should only touch this file.
//!
//! serde_yaml keeps no positions once a value is parsed, so errors found later
//! (an unknown reference, a negative number) are located with [`locate`], which
//! finds a key and its value in the source text.

use std::path::Path;

use std::collections::BTreeMap;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::catalogue::Text;
use crate::diag::Diagnostic;
use crate::text;

mod explain;
pub mod slips;

use explain::explain;

/// Separates a message from its help in the text of an error raised while
/// deserialising (see [`with_help`]).
const HELP_MARK: char = '\u{1f}';

/// An error text for `serde::de::Error::custom` that carries its own help:
/// the diagnostic shows `message`, and `help` under it.
pub fn with_help(message: impl Into<Text>, help: impl Into<Text>) -> String {
    format!(
        "{}{HELP_MARK}{}",
        message.into().encode(),
        help.into().encode()
    )
}

/// Advice for a field that serde rejected as unknown: given its name, says where
/// it belongs instead, if anywhere.
pub type FieldHint<'a> = &'a dyn Fn(&str) -> Option<Text>;

/// A map whose keys must be unique: serde_yaml would silently keep the last
/// of two equal keys when reading into a plain map.
#[derive(Debug, Clone, Default)]
pub struct UniqueMap<V>(pub BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = UniqueMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of `key: value` lines")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UniqueMap<V>, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value()?;
                    if out.insert(key.clone(), value).is_some() {
                        // serde's own wording, which `explain` words for editors.
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(MapVisitor(std::marker::PhantomData))
    }
}

/// Parses `src` (a file, or a front matter block starting at line
/// `first_line` of `file_src`) into `T`.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    file_src: &str,
    src: &str,
    first_line: usize,
    hint: FieldHint,
) -> Result<T, Diagnostic> {
    let blank = src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    let result = if blank {
        serde_yaml::from_str("{}")
    } else {
        serde_yaml::from_str(src)
    };
    result.map_err(|err| {
        // serde_yaml reads lazily, so a type error can come before a syntax
        // error further on; the syntax error is the one to fix first.
        let err = match serde_yaml::from_str::<de::IgnoredAny>(src) {
            Err(syntax) if !blank => syntax,
            _ => err,
        };
        to_diagnostic(path, file_src, first_line, &err, hint)
    })
}

fn to_diagnostic(
    path: &Path,
    file_src: &str,
    first_line: usize,
    err: &serde_yaml::Error,
    hint: FieldHint,
) -> Diagnostic {
    // serde_yaml says " at line L column C"; the position is shown separately.
    let (message, help) = explain(&strip_positions(&err.to_string()), hint);
    let twice = (message.id() == "yaml-given-twice")
        .then(|| match message.get("name") {
            Some(crate::catalogue::Arg::Str(name)) => Some(name.clone()),
            _ => None,
        })
        .flatten();
    let mut diag = Diagnostic::error(path, message);
    if let Some(loc) = err.location() {
        let line = loc.line() + first_line - 1;
        let at = |c: usize| {
            file_src
                .split('\n')
                .nth(line - 1)
                .and_then(|l| l.chars().nth(c.saturating_sub(1)))
        };
        diag = diag.at_line_col(
            file_src,
            line,
            loc.column(),
            token_len(file_src, line, loc.column()),
        );
        if at(loc.column()) == Some('\t') {
            diag.message = text!("yaml-tab");
            return diag.with_help(text!("yaml-tab-help"));
        }
        if let Some(name) = twice
            && let Some(second) = second_key(file_src, &name)
        {
            diag = diag.at_offset(file_src, second, name.len());
        }
    } else if first_line > 1 {
        diag = diag.at_line_col(file_src, first_line, 1, 3);
    }
    match help {
        Some(help) => diag.with_help(help),
        None => diag,
    }
}

/// What a serde_yaml error says, in an editor's words, and how to fix it:
/// for errors raised while reading a value that was parsed already.
pub fn explain_error(err: &serde_yaml::Error) -> (Text, Option<Text>) {
    explain(&strip_positions(&err.to_string()), &|_| None)
}

/// Removes libyaml's " at line L column C" from a message.
fn strip_positions(message: &str) -> String {
    let mut out = message.to_string();
    while let Some(i) = out.find(" at line ") {
        let rest = &out[i + 9..];
        let end = rest
            .find(" column ")
            .map(|j| {
                j + 8
                    + rest[j + 8..]
                        .find(|c: char| !c.is_ascii_digit())
                        .unwrap_or(rest.len() - j - 8)
            })
            .unwrap_or(0);
        out.replace_range(i..i + 9 + end, "");
    }
    out
}

/// The offset of the second `name:` key at the same indentation as the first.
fn second_key(src: &str, name: &str) -> Option<usize> {
    let mut offset = 0;
    let mut first_indent = None;
    for line in src.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if body.strip_prefix(name).is_some_and(|r| r.starts_with(':')) {
            match first_indent {
                None => first_indent = Some(indent),
                Some(i) if i == indent => return Some(offset + indent),
                Some(_) => {}
            }
        }
        offset += line.len();
    }
    None
}

/// How many bytes the token at (line, col) spans, for the caret.
fn token_len(src: &str, line: usize, col: usize) -> usize {
    src.split('\n')
        .nth(line.saturating_sub(1))
        .map(|l| {
            l.chars()
                .skip(col.saturating_sub(1))
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
                .map(char::len_utf8)
                .sum()
        })
        .unwrap_or(1)
        .max(1)
}

/// Finds `key: value` in YAML source: the byte range of the first value of `key`
/// (scalar, flow list item or block list item, in a block or a flow mapping
/// such as `validity: {status: expired, replaced_by: x}`) for which `matches`
/// holds, or else of the key itself. `None` when the key is not there.
pub fn locate(src: &str, key: &str, matches: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    let mut key_at = None;
    let mut offset = 0;
    let mut in_block: Option<usize> = None; // indentation of the key whose block list follows
    for line in src.split_inclusive('\n') {
        let text = line.trim_end_matches(['\n', '\r']);
        let indent = text.len() - text.trim_start().len();
        let body = text.trim_start();
        let (item_indent, rest) = match body.strip_prefix("- ") {
            Some(rest) => (indent + 2, rest),
            None => (indent, body),
        };
        if let Some(block_indent) = in_block {
            if body.starts_with("- ") && indent >= block_indent {
                let value = unquote(rest.trim());
                if matches(value) {
                    let at = offset + item_indent + rest.find(value).unwrap_or(0);
                    return Some((at, value.len()));
                }
                offset += line.len();
                continue;
            }
            if !body.is_empty() {
                in_block = None;
            }
        }
        if let Some(after) = rest.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let key_pos = offset + item_indent;
            key_at.get_or_insert((key_pos, key.len()));
            let value_text = after.split(" #").next().unwrap_or("").trim();
            let value_pos = key_pos + key.len() + 1 + (after.len() - after.trim_start().len());
            if value_text.is_empty() {
                in_block = Some(indent);
            } else if let Some(found) = find_value(value_text, value_pos, &matches) {
                return Some(found);
            }
        }
        for (at, _) in text.match_indices(&format!("{key}:")) {
            // In a flow mapping: the key follows `{` or `,`.
            if !text[..at].trim_end().ends_with(['{', ',']) {
                continue;
            }
            let key_pos = offset + at;
            key_at.get_or_insert((key_pos, key.len()));
            let after = &text[at + key.len() + 1..];
            let value_pos = key_pos + key.len() + 1 + (after.len() - after.trim_start().len());
            let after = after.trim_start();
            let end = if after.starts_with('[') {
                after.find(']').map_or(after.len(), |e| e + 1)
            } else {
                after.find([',', '}']).unwrap_or(after.len())
            };
            if let Some(found) = find_value(after[..end].trim_end(), value_pos, &matches) {
                return Some(found);
            }
        }
        offset += line.len();
    }
    key_at
}

/// The first value in `value_text` (a scalar or a flow list, starting at
/// byte `value_pos` of the source) for which `matches` holds.
fn find_value(
    value_text: &str,
    value_pos: usize,
    matches: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    if let Some(list) = value_text.strip_prefix('[') {
        let mut pos = value_pos + 1;
        for item in list.trim_end_matches(']').split(',') {
            let value = unquote(item.trim());
            if matches(value) {
                return Some((pos + item.find(value).unwrap_or(0), value.len()));
            }
            pos += item.len() + 1;
        }
        None
    } else {
        let value = unquote(value_text);
        matches(value).then(|| (value_pos + value_text.find(value).unwrap_or(0), value.len()))
    }
}

/// Where the `n`-th `key:` (from 0) whose value `matches` lies in `src`: the
/// place of one fact's field among several that hold the same value.
pub fn locate_nth(
    src: &str,
    key: &str,
    n: usize,
    matches: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let mut from = 0;
    for _ in 0..n {
        let (at, len) = locate(&src[from..], key, &matches)?;
        from += at + len;
    }
    locate(&src[from..], key, &matches).map(|(at, len)| (from + at, len))
}

fn unquote(s: &str) -> &str {
    s.trim_matches(|c| c == '"' || c == '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_values_in_flow_mappings() {
        let src = "sections:\n  - {id: parks, kind: park}\n  - {id: news, tags: [a, b]}\nvalidity: {status: expired, replaced_by: new-rules}\n";
        let at = |key, v: &str| locate(src, key, |x| x == v).map(|(o, l)| &src[o..o + l]);
        assert_eq!(at("id", "news"), Some("news"));
        assert_eq!(
            locate(src, "id", |x| x == "news").unwrap().0,
            src.find("news").unwrap()
        );
        assert_eq!(at("kind", "park"), Some("park"));
        assert_eq!(at("tags", "b"), Some("b"));
        assert_eq!(at("replaced_by", "new-rules"), Some("new-rules"));
        // Not there: the first `id:` key, as for a block mapping.
        assert_eq!(at("id", "enterprises"), Some("id"));
        // `valid` is part of `validity:`, not a key.
        assert_eq!(locate(src, "valid", |_| true), None);
    }

    #[test]
    fn locates_scalars_flow_and_block_items() {
        let src = "park: nanchuan\nindustries: [a, \"lithium\"]\nfacts:\n  - source: x\n    value: 3\nparks:\n  - ganhe\n  - dongchuan\n";
        let at = |key, v: &str| locate(src, key, |x| x == v).map(|(o, l)| &src[o..o + l]);
        assert_eq!(at("park", "nanchuan"), Some("nanchuan"));
        assert_eq!(at("industries", "lithium"), Some("lithium"));
        assert_eq!(at("source", "x"), Some("x"));
        assert_eq!(at("parks", "dongchuan"), Some("dongchuan"));
        assert_eq!(at("parks", "missing"), Some("parks"));
        assert_eq!(at("absent", "x"), None);
    }

    #[test]
    fn locates_in_one_pass_however_the_file_is_laid_out() {
        // 100,000 block items, and as many on one line: each lookup reads the
        // text once (before, or after, the value it finds), never once per item.
        let mut block = String::from("parks:\n");
        let mut flow = String::from("parks: [");
        for i in 0..100_000 {
            block.push_str(&format!("  - p{i}\n"));
            flow.push_str(&format!("p{i}, "));
        }
        flow.push_str("]\n");
        let started = std::time::Instant::now();
        for src in [&block, &flow] {
            for _ in 0..10 {
                let (at, len) = locate(src, "parks", |v| v == "p99999").unwrap();
                assert_eq!(&src[at..at + len], "p99999");
                let d = Diagnostic::error("a.yaml", crate::text!("model-no-site-yaml"))
                    .at_offset(src, at, len);
                assert!(d.source_line.unwrap().chars().count() <= crate::diag::QUOTE_WIDTH);
            }
        }
        assert!(
            started.elapsed().as_secs_f64() < 5.0,
            "{:?}",
            started.elapsed()
        );
    }

    fn parse_map(src: &str) -> Result<BTreeMap<String, f64>, Diagnostic> {
        parse::<UniqueMap<f64>>(Path::new("a.yaml"), src, src, 1, &|_| None).map(|m| m.0)
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let src = "a: 1\nb: c: d\n";
        let err = parse_map(src).unwrap_err();
        assert!(err.pos.line >= 2, "{err:?}");
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .starts_with("invalid YAML"),
            "{err:?}"
        );
    }

    #[test]
    fn strips_libyaml_positions_from_messages() {
        assert_eq!(
            strip_positions("did not find x at line 3 column 6, while parsing"),
            "did not find x, while parsing"
        );
        assert_eq!(strip_positions("bad at line 2 column 1"), "bad");
    }

    #[test]
    fn points_at_the_second_of_duplicate_keys() {
        let src = "a: 1\nb:\n  a: 2\na: 3\n";
        let err =
            parse::<UniqueMap<serde_yaml::Value>>(Path::new("a.yaml"), src, src, 1, &|_| None)
                .unwrap_err();
        assert_eq!(err.pos.line, 4, "{err:?}");
    }

    #[test]
    fn explains_tabs() {
        let src = "a: 1\n\tb: 2\n";
        let err = parse_map(src).unwrap_err();
        assert_eq!(err.pos.line, 2);
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("tab")
        );
    }

    #[test]
    fn offsets_front_matter_lines() {
        let file = "---\na: 1\nb: x\n---\n";
        let err = parse::<UniqueMap<f64>>(Path::new("a.md"), file, "a: 1\nb: x\n", 2, &|_| None)
            .unwrap_err();
        assert_eq!((err.pos.line, err.pos.col), (3, 4), "{err:?}");
        assert!(
            err.message
                .render(crate::i18n::Lang::En)
                .contains("expected a number"),
            "{err:?}"
        );
    }

    #[test]
    fn blank_documents_are_empty_maps() {
        assert!(parse_map("# only a comment\n\n").unwrap().is_empty());
    }
}
