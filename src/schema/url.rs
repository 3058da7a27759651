//! Links written in content, refused when their scheme could run script.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::catalogue::Text;
use crate::diag::printable;
use crate::text;
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

impl WebUrl {
    /// Checks `text`; `Err((message, help))` says what is wrong.
    pub fn check(text: &str) -> Result<WebUrl, (Text, Text)> {
        let shown = printable(text);
        if text.is_empty() {
            return Err((text!("schema-link-empty"), text!("schema-link-empty-help")));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
        {
            let what = match c {
                ' ' => "space",
                c if c.is_control() => "control",
                c if c.is_whitespace() => "whitespace",
                '\\' => "backslash",
                _ => "markup",
            };
            return Err((
                text!("schema-link-contains", link = shown, what = what),
                text!("schema-link-contains-help", what = what),
            ));
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
                        text!("schema-link-no-host", link = shown),
                        text!("schema-link-no-host-help"),
                    ));
                }
            }
            "mailto" | "tel" if !rest.is_empty() => {}
            "mailto" | "tel" => {
                let message = text!("schema-link-empty-after-scheme")
                    .arg("link", shown)
                    .arg("scheme", scheme);
                return Err((message, text!("schema-link-help")));
            }
            _ => {
                let scheme = printable(&text[..colon]);
                let message = text!("schema-link-scheme", link = shown, scheme = scheme);
                return Err((message, text!("schema-link-help")));
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
                WebUrl::check(v).map_err(|(message, help)| E::custom(with_help(message, help)))
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
    use crate::catalogue::Lang;

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
            assert!(WebUrl::check(good).is_ok(), "{good}");
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
            let (message, _) = WebUrl::check(bad).unwrap_err();
            let message = message.render(Lang::En);
            assert!(message.contains(why), "{bad:?}: {message}");
        }
        let (message, help) = WebUrl::check("javascript:alert(1)").unwrap_err();
        assert_eq!(
            message.render(Lang::Zh),
            "链接`javascript:alert(1)`使用了`javascript:`，内容中的链接不能使用这种协议"
        );
        assert!(help.render(Lang::Zh).contains("mailto:或tel:"));
        let (message, help) = WebUrl::check("a b").unwrap_err();
        assert_eq!(message.render(Lang::Zh), "链接`a b`中含有空格");
        assert_eq!(help.render(Lang::Zh), "链接中的空格请写作%20");
    }
}
