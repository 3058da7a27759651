//! Typing slips of a Chinese input method in YAML's structure: a full-width
//! `：` after a key, `，` or `、` between list items, `［］` `｛｝` around a
//! list or map, `－` for a list item's dash, an ideographic space (U+3000)
//! where YAML needs a space, curly quotes around a value, full-width digits
//! in a number. libyaml reports most of them far from where they were typed,
//! or not at all (`[a，b]` is one item); found here first, each one is named
//! where it is, with what to type instead.
//!
//! Only places where YAML's own syntax goes are read: text inside quotes,
//! block scalars and the values of prose fields may hold any punctuation.

use std::path::Path;

use crate::catalogue::Text;
use crate::diag::Diagnostic;
use crate::text;

/// A slip: where it is in the scanned text (bytes) and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// Byte offset of its first character.
    pub at: usize,
    /// Bytes it covers.
    pub len: usize,
    /// What was typed.
    pub kind: Kind,
}

/// The kinds of slip, each with what to type instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `：` after a key, or between a key and its value in `{…}`.
    Colon,
    /// `，` between the items of `[…]` or the fields of `{…}`.
    Comma,
    /// `、` between the items of `[…]`.
    EnumerationComma,
    /// `［` or `］` around a list.
    Bracket(char),
    /// `｛` or `｝` around a map.
    Brace(char),
    /// `－` as a list item's dash.
    Dash,
    /// U+3000 in the indentation or after `:` or `-`.
    IdeographicSpace,
    /// `“…”` or `‘…’` around a value that YAML would need quoted, or that is
    /// not prose; holds the value as it should be typed.
    CurlyQuotes(String),
    /// A number typed with full-width digits; holds it in half-width ones.
    FullWidthDigits(String),
    /// `（…）` after a Markdown link's `[text]`, around an address.
    LinkParenthesis,
}

impl Kind {
    /// The error message for a slip whose text is `typed`.
    pub fn message(&self, typed: &str) -> Text {
        match self {
            Kind::IdeographicSpace => text!("yaml-slip-space"),
            Kind::FullWidthDigits(_) => text!("yaml-slip-digits", typed = typed),
            Kind::CurlyQuotes(_) => text!("yaml-slip-quotes", typed = typed),
            Kind::LinkParenthesis => text!("yaml-slip-link", typed = typed),
            _ => text!(
                "yaml-slip",
                what = self.name(),
                typed = typed,
                fix = self.fix()
            ),
        }
    }

    /// How to fix it.
    pub fn help(&self) -> Text {
        match self {
            Kind::IdeographicSpace => text!("yaml-slip-space-help"),
            Kind::FullWidthDigits(number) => text!("yaml-slip-digits-help", fix = number),
            Kind::CurlyQuotes(value) => text!("yaml-slip-quotes-help", fix = value),
            Kind::LinkParenthesis => text!("yaml-slip-link-help"),
            Kind::EnumerationComma | Kind::Comma => text!("yaml-slip-comma-help"),
            _ => text!("yaml-slip-help", fix = self.fix()),
        }
    }

    fn name(&self) -> Text {
        match self {
            Kind::Colon => text!("yaml-slip-name-colon"),
            Kind::Comma => text!("yaml-slip-name-comma"),
            Kind::EnumerationComma => text!("yaml-slip-name-enumeration-comma"),
            Kind::Bracket(_) => text!("yaml-slip-name-bracket"),
            Kind::Brace(_) => text!("yaml-slip-name-brace"),
            _ => text!("yaml-slip-name-dash"),
        }
    }

    fn fix(&self) -> &'static str {
        match self {
            Kind::Colon => ":",
            Kind::Comma | Kind::EnumerationComma => ",",
            Kind::Bracket('［') => "[",
            Kind::Bracket(_) => "]",
            Kind::Brace('｛') => "{",
            Kind::Brace(_) => "}",
            _ => "-",
        }
    }
}

const SPACE: char = '\u{3000}';

/// The errors of `slips` found in the part of the file `src` that starts at
/// byte `start`, each at its place with its fix.
pub fn diagnose(path: &Path, src: &str, start: usize, slips: Vec<Slip>) -> Vec<Diagnostic> {
    slips
        .into_iter()
        .map(|slip| {
            let at = start + slip.at;
            let typed = &src[at..at + slip.len];
            Diagnostic::error(path, slip.kind.message(typed))
                .at_offset(src, at, slip.len)
                .with_help(slip.kind.help())
        })
        .collect()
}

/// Every slip in the YAML text `src`, in order.
pub fn find(src: &str) -> Vec<Slip> {
    let mut scan = Scan::default();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        scan.line(line.trim_end_matches(['\n', '\r']), offset);
        offset += line.len();
    }
    scan.slips
}

#[derive(Default)]
struct Scan {
    slips: Vec<Slip>,
    /// Open `[` / `{` of a flow collection that goes on to the next line.
    flow: Vec<char>,
    /// The indentation of the key whose block scalar (`|`, `>`) is being read.
    block_scalar: Option<usize>,
    /// A quoted string goes on to the next line, closed by this quote.
    quote: Option<char>,
}

impl Scan {
    fn slip(&mut self, at: usize, len: usize, kind: Kind) {
        self.slips.push(Slip { at, len, kind });
    }

    fn line(&mut self, line: &str, offset: usize) {
        let indent_len = line.len() - line.trim_start_matches([' ', '\t', SPACE]).len();
        let body = &line[indent_len..];
        if let Some(key_indent) = self.block_scalar {
            if body.is_empty() || indent_len > key_indent {
                return;
            }
            self.block_scalar = None;
        }
        if let Some(quote) = self.quote {
            if let Some(end) = closing_quote(line, 0, quote) {
                self.quote = None;
                if !self.flow.is_empty() {
                    self.flow(line, end, offset);
                }
            }
            return;
        }
        if body.is_empty() || body.starts_with('#') {
            return;
        }
        if let Some(i) = line[..indent_len].find(SPACE) {
            let run = line[i..indent_len].trim_end_matches([' ', '\t']).len();
            self.slip(offset + i, run, Kind::IdeographicSpace);
        }
        if !self.flow.is_empty() {
            return self.flow(line, indent_len, offset);
        }
        let mut pos = indent_len;
        // List dashes: `- `, and `－` typed for one.
        loop {
            let rest = &line[pos..];
            let mut chars = rest.chars();
            let (Some(dash @ ('-' | '－')), after) = (chars.next(), chars.next()) else {
                break;
            };
            if !matches!(after, None | Some(' ' | SPACE)) {
                break;
            }
            if dash == '－' {
                self.slip(offset + pos, dash.len_utf8(), Kind::Dash);
            }
            pos += dash.len_utf8();
            if after == Some(SPACE) {
                self.slip(offset + pos, SPACE.len_utf8(), Kind::IdeographicSpace);
            }
            pos += line[pos..].len() - line[pos..].trim_start_matches([' ', SPACE]).len();
        }
        let indent = pos;
        let value = self.key(line, pos, offset).unwrap_or(pos);
        self.value(line, value, indent, offset);
    }

    /// Reads `key:` at `pos`; returns where its value starts, or `None` when
    /// the line has no key there.
    fn key(&mut self, line: &str, pos: usize, offset: usize) -> Option<usize> {
        let rest = &line[pos..];
        let key_len = rest
            .char_indices()
            .find(|&(i, c)| !(c.is_ascii_alphanumeric() || c == '_' || (i > 0 && c == '-')))
            .map_or(rest.len(), |(i, _)| i);
        if key_len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() && rest.as_bytes()[0] != b'_' {
            return None;
        }
        let after = &rest[key_len..];
        let gap = after.len() - after.trim_start_matches([' ', SPACE]).len();
        let colon_at = pos + key_len + gap;
        let mut chars = line[colon_at..].chars();
        let colon = chars.next()?;
        let next = chars.next();
        if !(colon == '：' || colon == ':' && matches!(next, None | Some(' ' | SPACE))) {
            return None;
        }
        if let Some(i) = after[..gap].find(SPACE) {
            self.slip(
                offset + pos + key_len + i,
                SPACE.len_utf8(),
                Kind::IdeographicSpace,
            );
        }
        if colon == '：' {
            self.slip(offset + colon_at, colon.len_utf8(), Kind::Colon);
        }
        let value_at = colon_at + colon.len_utf8();
        if colon == ':' && next == Some(SPACE) {
            self.slip(offset + value_at, SPACE.len_utf8(), Kind::IdeographicSpace);
        }
        Some(value_at)
    }

    /// Reads the value that starts at or after `pos`; `indent` is the column
    /// of its key or dash, which a block scalar's lines go deeper than.
    fn value(&mut self, line: &str, pos: usize, indent: usize, offset: usize) {
        let start = pos + line[pos..].len() - line[pos..].trim_start_matches([' ', SPACE]).len();
        let value = line[start..].trim_end();
        let value = match value.find(" #") {
            Some(i) => &value[..i],
            None => value,
        };
        let Some(first) = value.chars().next() else {
            return;
        };
        match first {
            '|' | '>' => self.block_scalar = Some(indent),
            '"' | '\'' => {
                if closing_quote(line, start + 1, first).is_none() {
                    self.quote = Some(first);
                }
            }
            '[' | '{' | '［' | '｛' => self.flow(line, start, offset),
            '“' | '‘' => self.curly(value, start, offset),
            _ => self.digits(value, start, offset),
        }
    }

    /// Reads a flow collection's text from `pos` to the end of the line.
    fn flow(&mut self, line: &str, pos: usize, offset: usize) {
        let mut chars = line[pos..].char_indices().peekable();
        // Just after `{` or `,`: where a key of a flow map starts.
        let mut key_start = None;
        while let Some((i, c)) = chars.next() {
            let at = pos + i;
            match c {
                '"' | '\'' => match closing_quote(line, at + 1, c) {
                    Some(end) => while chars.next_if(|&(j, _)| pos + j < end).is_some() {},
                    None => {
                        self.quote = Some(c);
                        return;
                    }
                },
                '#' if at == 0 || line[..at].ends_with(' ') => return,
                '[' | '{' | '［' | '｛' => {
                    if c == '［' {
                        self.slip(offset + at, c.len_utf8(), Kind::Bracket(c));
                    } else if c == '｛' {
                        self.slip(offset + at, c.len_utf8(), Kind::Brace(c));
                    }
                    self.flow
                        .push(if c == '{' || c == '｛' { '{' } else { '[' });
                    key_start = Some(at + c.len_utf8());
                }
                ']' | '}' | '］' | '｝' => {
                    if c == '］' {
                        self.slip(offset + at, c.len_utf8(), Kind::Bracket(c));
                    } else if c == '｝' {
                        self.slip(offset + at, c.len_utf8(), Kind::Brace(c));
                    }
                    self.flow.pop();
                    key_start = None;
                    if self.flow.is_empty() {
                        return;
                    }
                }
                ',' => key_start = Some(at + 1),
                '，' | '、' => {
                    let in_list = self.flow.last() == Some(&'[');
                    let next_is_key = starts_with_key(&line[at + c.len_utf8()..]);
                    if in_list || next_is_key && c == '，' {
                        let kind = if c == '、' {
                            Kind::EnumerationComma
                        } else {
                            Kind::Comma
                        };
                        self.slip(offset + at, c.len_utf8(), kind);
                        key_start = Some(at + c.len_utf8());
                    }
                }
                '：' => {
                    let key = key_start.map(|k| line[k..at].trim_matches([' ', SPACE]));
                    if self.flow.last() == Some(&'{') && key.is_some_and(is_key) {
                        self.slip(offset + at, c.len_utf8(), Kind::Colon);
                    }
                    key_start = None;
                }
                ':' => key_start = None,
                '“' | '‘' if key_start.is_some_and(|k| line[k..at].trim().is_empty()) => {
                    let close = if c == '“' { '”' } else { '’' };
                    if let Some(end) = line[at..].find(close) {
                        self.curly(&line[at..at + end + close.len_utf8()], at, offset);
                    }
                }
                _ => {}
            }
        }
    }

    /// A value in curly quotes: a slip when YAML needed real quotes there (the
    /// text holds `: ` or ` #`) or the text is not prose (a slug, a number, a
    /// date, an address), which curly quotes would become part of.
    fn curly(&mut self, value: &str, start: usize, offset: usize) {
        let close = if value.starts_with('“') {
            '”'
        } else {
            '’'
        };
        let Some(inner) = value[3..].strip_suffix(close) else {
            return;
        };
        if inner.is_ascii() || inner.contains(": ") || inner.contains(" #") {
            let fix = if inner.is_ascii() && !inner.contains(": ") && !inner.contains(" #") {
                inner.to_string()
            } else {
                format!("\"{inner}\"")
            };
            self.slip(offset + start, value.len(), Kind::CurlyQuotes(fix));
        }
    }

    /// A value that is a number typed with full-width digits, sign or point.
    fn digits(&mut self, value: &str, start: usize, offset: usize) {
        let half = |c: char| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' => Some('.'),
            '－' => Some('-'),
            '＋' => Some('+'),
            c => Some(c),
        };
        let typed: String = value.chars().filter_map(half).collect();
        let numeric = typed.trim_start_matches(['-', '+']);
        let is_number = !numeric.is_empty()
            && numeric.chars().all(|c| c.is_ascii_digit() || c == '.')
            && numeric.chars().filter(|&c| c == '.').count() <= 1
            && numeric.starts_with(|c: char| c.is_ascii_digit());
        if is_number && typed != value {
            self.slip(offset + start, value.len(), Kind::FullWidthDigits(typed));
        }
    }
}

/// Markdown links typed with full-width parentheses, `[text]（address）`,
/// which Markdown shows as they are instead of as a link: in `body`, outside
/// code, where what the parentheses hold is an address (it starts with `/`,
/// `./`, `@/`, `#` or a scheme, or names a file).
pub fn find_in_markdown(body: &str) -> Vec<Slip> {
    let mut slips = Vec::new();
    let mut offset = 0;
    let mut fence: Option<&str> = None;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_start();
        for marker in ["```", "~~~"] {
            if trimmed.starts_with(marker) {
                fence = match fence {
                    Some(open) if open == marker => None,
                    None => Some(marker),
                    other => other,
                };
            }
        }
        if fence.is_none() && !trimmed.starts_with("```") && !trimmed.starts_with("~~~") {
            let mut from = 0;
            while let Some(i) = line[from..].find("]（") {
                let open = from + i + ']'.len_utf8();
                let inside = &line[open + '（'.len_utf8()..];
                let Some(close) = inside.find('）') else {
                    break;
                };
                let target = &inside[..close];
                let before_code = line[..open].matches('`').count() % 2 == 0;
                if before_code && line[..open].contains('[') && is_address(target) {
                    let len = '（'.len_utf8() + close + '）'.len_utf8();
                    slips.push(Slip {
                        at: offset + open,
                        len,
                        kind: Kind::LinkParenthesis,
                    });
                }
                from = open;
            }
        }
        offset += line.len();
    }
    slips
}

fn is_address(target: &str) -> bool {
    let target = target.trim();
    !target.is_empty()
        && !target.contains(char::is_whitespace)
        && (target.starts_with(['/', '#'])
            || target.starts_with("@/")
            || target.starts_with("./")
            || target.starts_with("../")
            || target.contains("://")
            || target.starts_with("mailto:")
            || target.rsplit_once('.').is_some_and(|(_, ext)| {
                (2..=4).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric())
            }))
}

/// Where the quoted text that starts at `from` ends (just past its `quote`).
fn closing_quote(line: &str, from: usize, quote: char) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == '"' => i += 2,
            b'\'' if quote == '\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote as u8 => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Whether `rest` begins (after blanks) with `key:` or `key：`.
fn starts_with_key(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', SPACE]);
    rest.find([':', '：'])
        .is_some_and(|i| is_key(rest[..i].trim_end()))
}

#[cfg(test)]
mod tests;
