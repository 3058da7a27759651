//! Links written in content, refused when their scheme could run script.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::diag::printable;
use crate::yaml::with_help;

/// A link written in content (a source's `url`): an `http(s)://` address
/// with a host, a `mailto:` or `tel:` link, or a relative one (`/about/`,
/// `report.pdf`, `#notes`). Any other scheme (`javascript:`, `data:`,
/// `vbscript:`…) is refused when the file is read, and so are whitespace,
/// control characters, `"`, `<`, `>` and backslashes, which no URL needs
/// written out and browsers read in surprising ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(pub String);

/// The schemes a link from content may use.
pub const URL_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

const URL_HELP: &str = "write an https:// or http:// address, a mailto: or tel: link, or a path on the site such as /about/";

impl WebUrl {
    /// Checks `text`; `Err((message, help))` says what is wrong.
    pub fn parse(text: &str) -> Result<WebUrl, (String, &'static str)> {
        let shown = printable(text);
        if text.is_empty() {
            return Err((
                "the link is empty".into(),
                "write the address, or leave `url` out",
            ));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
        {
            let (what, help) = match c {
                ' ' => ("a space", "write a space in a link as %20"),
                c if c.is_control() => ("a control character", "remove it; a link has none"),
                c if c.is_whitespace() => ("whitespace", "remove it, or write it percent-encoded"),
                '\\' => (
                    "a backslash",
                    "write / instead, or %5C for a backslash that belongs",
                ),
                _ => (
                    "`\"`, `<` or `>`",
                    "write them percent-encoded: %22, %3C, %3E",
                ),
            };
            return Err((format!("the link `{shown}` contains {what}"), help));
        }
        // The scheme is what comes before a `:` that precedes any `/`, `?` or `#`.
        let first = text.find([':', '/', '?', '#']);
        let Some(colon) = first.filter(|&i| text.as_bytes()[i] == b':') else {
            return Ok(WebUrl(text.to_string()));
        };
        let scheme = text[..colon].to_ascii_lowercase();
        let rest = &text[colon + 1..];
        match scheme.as_str() {
            "http" | "https" => {
                let host = rest
                    .strip_prefix("//")
                    .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""))
                    .unwrap_or("");
                if host.is_empty() || host.contains('@') {
                    return Err((
                        format!("the link `{shown}` has no usable host"),
                        "write it like https://example.org/report.pdf",
                    ));
                }
            }
            "mailto" | "tel" if !rest.is_empty() => {}
            "mailto" | "tel" => {
                return Err((
                    format!("the link `{shown}` is empty after `{scheme}:`"),
                    URL_HELP,
                ));
            }
            _ => {
                return Err((
                    format!(
                        "the link `{shown}` uses `{}:`, which links from content may not use",
                        printable(&text[..colon])
                    ),
                    URL_HELP,
                ));
            }
        }
        Ok(WebUrl(text.to_string()))
    }
}

impl JsonSchema for WebUrl {
    fn schema_name() -> Cow<'static, str> {
        "WebUrl".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Characters a link may hold: no whitespace, control characters, ",
        // <, > or backslash; in a host, no `/?#@` either; in a relative link's
        // first segment, no `:` (which would make it a scheme).
        let ok = r#"[^\s\u0000-\u001f\u007f"<>\\]"#;
        let host = r#"[^\s\u0000-\u001f\u007f"<>\\/?#@]"#;
        let first = r#"[^\s\u0000-\u001f\u007f"<>\\:/?#]"#;
        let pattern = format!(
            "^(?:[Hh][Tt][Tt][Pp][Ss]?://{host}+(?:[/?#]{ok}*)?\
             |(?:[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):{ok}+\
             |{first}+(?:[/?#]{ok}*)?\
             |[/?#]{ok}*)$"
        );
        json_schema!({
            "description": "An http(s):// address, a mailto: or tel: link, or a relative link (/about/); no other scheme.",
            "type": "string",
            "pattern": pattern
        })
    }
}

impl<'de> Deserialize<'de> for WebUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Checked in the visitor, so that serde_yaml locates an error at the value.
        struct UrlVisitor;
        impl Visitor<'_> for UrlVisitor {
            type Value = WebUrl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a link, e.g. https://example.org/report.pdf")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<WebUrl, E> {
                WebUrl::parse(v).map_err(|(message, help)| E::custom(with_help(&message, help)))
            }
        }
        d.deserialize_str(UrlVisitor)
    }
}

pub(super) fn optional_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<WebUrl>::deserialize(d)?.map(|u| u.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_links_and_refuses_other_schemes() {
        for good in [
            "https://example.org/report.pdf",
            "HTTP://example.org",
            "https://zh.wikipedia.org/wiki/西宁?x=1#a",
            "mailto:office@example.org",
            "tel:+86-971-1234567",
            "/about/",
            "report.pdf",
            "#notes",
            "?page=2",
            "//example.org/x",
            "docs/a:b",
        ] {
            assert!(WebUrl::parse(good).is_ok(), "{good}");
        }
        for (bad, why) in [
            ("javascript:alert(1)", "uses `javascript:`"),
            ("JavaScript:alert(1)", "uses `JavaScript:`"),
            ("java\tscript:alert(1)", "a control character"),
            ("data:text/html,<script>", "`\"`, `<` or `>`"),
            ("data:text/html;base64,PHNjcmlwdD4=", "uses `data:`"),
            ("vbscript:msgbox", "uses `vbscript:`"),
            ("file:///etc/passwd", "uses `file:`"),
            ("https:example.org", "no usable host"),
            ("https://", "no usable host"),
            ("https://trusted.example@evil.example/", "no usable host"),
            ("mailto:", "is empty after"),
            (" https://example.org", "a space"),
            ("https://example.org/\"onclick=\"x", "`\"`, `<` or `>`"),
            ("https://example.org\\evil", "a backslash"),
            ("", "empty"),
        ] {
            let (message, _) = WebUrl::parse(bad).unwrap_err();
            assert!(message.contains(why), "{bad:?}: {message}");
        }
    }
}
