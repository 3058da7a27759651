//! serde's and libyaml's wording turned into an editor's: what is wrong and
//! how to fix it, as catalogue messages in both languages.

use super::{FieldHint, HELP_MARK};
use crate::catalogue::Text;
use crate::diag::did_you_mean;
use crate::text;

/// The message and help for serde_yaml's error text `message` (positions
/// already removed).
pub(super) fn explain(message: &str, hint: FieldHint) -> (Text, Option<Text>) {
    // A message raised by our own deserialisers: `field: <encoded>`.
    if let Some(at) = message.find('\u{1e}') {
        let (context, encoded) = message.split_at(at);
        let (encoded, help) = match encoded.split_once(HELP_MARK) {
            Some((m, h)) => (m, Text::decode(h)),
            None => (encoded, None),
        };
        if let Some(text) = Text::decode(encoded) {
            return (in_field(context.strip_suffix(": "), text), help);
        }
    }
    let (context, detail) = match message.split_once(": ") {
        Some((ctx, rest)) if !ctx.contains(' ') => (Some(ctx), rest),
        _ => (None, message),
    };
    let (text, help) = explain_detail(detail, hint);
    (in_field(context, text), help)
}

/// `text` about the value of `field` (`facts[0].label`), when there is one.
fn in_field(field: Option<&str>, text: Text) -> Text {
    match field.filter(|f| !f.is_empty()) {
        Some(field) => text!("yaml-in-field", field = field, message = text),
        None => text,
    }
}

/// The names between backticks in `rest`, after the first one.
fn listed(rest: &str) -> Vec<&str> {
    rest.split('`').skip(2).step_by(2).collect()
}

fn explain_detail(detail: &str, hint: FieldHint) -> (Text, Option<Text>) {
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or("");
        let allowed = listed(rest);
        let help = hint(name).or_else(|| match did_you_mean(name, allowed.iter().copied()) {
            Some(best) => Some(text!(
                "yaml-unknown-field-did-you-mean",
                best = best,
                allowed = allowed.clone()
            )),
            None if allowed.is_empty() => Some(text!("yaml-unknown-field-none")),
            None => Some(text!(
                "yaml-unknown-field-allowed",
                allowed = allowed.clone()
            )),
        });
        return (text!("yaml-unknown-field", name = name), help);
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or("");
        return (
            text!("yaml-missing-field", name = name),
            Some(text!("yaml-missing-field-help", name = name)),
        );
    }
    if let Some(rest) = detail.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or("");
        return (
            text!("yaml-given-twice", name = name),
            Some(text!("yaml-keep-one")),
        );
    }
    if detail.starts_with("duplicate entry") {
        return (
            text!("yaml-duplicate-entry", detail = detail),
            Some(text!("yaml-keep-one")),
        );
    }
    if let Some(rest) = detail.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or("");
        let allowed = listed(rest);
        let help = match did_you_mean(name, allowed.iter().copied()) {
            Some(best) => text!(
                "yaml-value-did-you-mean",
                best = best,
                allowed = allowed.clone()
            ),
            None => text!("yaml-values-allowed", allowed = allowed.clone()),
        };
        return (text!("yaml-not-allowed-value", name = name), Some(help));
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let (expected, help) = expectation(expected);
        return (
            text!(
                "yaml-invalid-type",
                found = found_value(found),
                expected = expected
            ),
            help,
        );
    }
    if let Some(syntax) = syntax(detail) {
        return (syntax, Some(text!("yaml-syntax-help")));
    }
    // A message in words already (a custom error not yet in the catalogue):
    // shown as it is, with the help its subject calls for.
    let help = if ["YYYY", "month", "day ", "year "]
        .iter()
        .any(|w| detail.contains(w))
    {
        Some(text!("yaml-expect-date-help"))
    } else if detail.starts_with("unknown unit") {
        Some(text!("yaml-expect-unit-help"))
    } else {
        None
    };
    (text!("yaml-other", detail = detail), help)
}

/// What serde says it found (`string "x"`, `integer `5``, `sequence`), in words.
fn found_value(found: &str) -> Text {
    let quoted = |prefix: &str, open: char, close: char| {
        found
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix(open))
            .and_then(|r| r.strip_suffix(close))
    };
    if let Some(value) = quoted("string ", '"', '"') {
        return text!("yaml-found-string", value = value);
    }
    if let Some(value) = quoted("integer ", '`', '`') {
        return text!("yaml-found-integer", value = value);
    }
    if let Some(value) = quoted("floating point ", '`', '`') {
        return text!("yaml-found-float", value = value);
    }
    if let Some(value) = quoted("boolean ", '`', '`') {
        return text!("yaml-found-boolean", value = value);
    }
    match found {
        "sequence" => text!("yaml-found-sequence"),
        "map" => text!("yaml-found-map"),
        "unit value" => text!("yaml-found-null"),
        other => text!("yaml-found-other", value = other),
    }
}

/// What serde expected (a type's name or a visitor's `expecting`), in words,
/// and how to write it.
fn expectation(expected: &str) -> (Text, Option<Text>) {
    match expected {
        "struct Label" => (
            text!("yaml-expect-label"),
            Some(text!("yaml-expect-label-help")),
        ),
        "struct Location" => (
            text!("yaml-expect-location"),
            Some(text!("yaml-expect-location-help")),
        ),
        "f64" => (
            text!("yaml-expect-number"),
            Some(text!("yaml-expect-number-help")),
        ),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => (
            text!("yaml-expect-whole-number"),
            Some(text!("yaml-expect-number-help")),
        ),
        "a sequence" => (
            text!("yaml-expect-list"),
            Some(text!("yaml-expect-list-help")),
        ),
        "a string" => (text!("yaml-expect-string"), None),
        "a boolean" => (
            text!("yaml-expect-boolean"),
            Some(text!("yaml-expect-boolean-help")),
        ),
        "a map of `key: value` lines" => (
            text!("yaml-expect-map"),
            Some(text!("yaml-expect-map-help")),
        ),
        "a link, e.g. https://example.org/report.pdf" => (text!("yaml-expect-link"), None),
        "a unit's id or a map {zh: …, en: …}" => (
            text!("yaml-expect-unit"),
            Some(text!("yaml-expect-unit-help")),
        ),
        "a date YYYY, YYYY-MM or YYYY-MM-DD" => (
            text!("yaml-expect-date"),
            Some(text!("yaml-expect-date-help")),
        ),
        "{zh: …, en: …}, or \"\" for a decorative image" => (
            text!("yaml-expect-alt"),
            Some(text!("yaml-expect-label-help")),
        ),
        other => match other.strip_prefix("struct ") {
            Some(name) => (
                text!("yaml-expect-struct", name = name),
                Some(text!("yaml-expect-map-help")),
            ),
            None => (text!("yaml-expect-other", expected = other), None),
        },
    }
}

/// libyaml's syntax error `detail` ("did not find expected key, while parsing
/// a block mapping"), in words, or `None` when it is not one.
fn syntax(detail: &str) -> Option<Text> {
    let (problem, context) = match detail.split_once(", while ") {
        Some((p, c)) => (p, Some(c)),
        None => (detail, None),
    };
    let problem = match problem {
        "did not find expected key" => text!("yaml-syntax-expected-key"),
        "did not find expected ',' or ']'" => text!("yaml-syntax-expected-list-end"),
        "did not find expected ',' or '}'" => text!("yaml-syntax-expected-map-end"),
        "mapping values are not allowed in this context" => text!("yaml-syntax-mapping-values"),
        "could not find expected ':'" => text!("yaml-syntax-expected-colon"),
        "did not find expected node content" => text!("yaml-syntax-expected-content"),
        "did not find expected '-' indicator" => text!("yaml-syntax-expected-dash"),
        "found character that cannot start any token" => text!("yaml-syntax-bad-start"),
        "found unexpected end of stream" => text!("yaml-syntax-unexpected-end"),
        "found unknown escape character" => text!("yaml-syntax-unknown-escape"),
        "found a tab character that violates indentation"
        | "found a tab character where an indentation space is expected" => {
            text!("yaml-syntax-tab")
        }
        other
            if other.starts_with("did not find")
                || other.starts_with("could not find")
                || other.starts_with("found ") =>
        {
            text!("yaml-syntax-other", detail = other)
        }
        _ => return None,
    };
    let Some(context) = context else {
        return Some(text!("yaml-syntax", problem = problem));
    };
    let context = match context {
        "parsing a block mapping" => text!("yaml-while-block-mapping"),
        "parsing a block collection" => text!("yaml-while-block-collection"),
        "parsing a flow sequence" => text!("yaml-while-flow-sequence"),
        "parsing a flow mapping" => text!("yaml-while-flow-mapping"),
        "parsing a flow node" | "parsing a block node" | "parsing a node" => {
            text!("yaml-while-node")
        }
        "scanning a simple key" => text!("yaml-while-simple-key"),
        "scanning a quoted scalar" | "parsing a quoted scalar" => text!("yaml-while-quoted"),
        "scanning a plain scalar" => text!("yaml-while-plain"),
        "scanning a block scalar" => text!("yaml-while-block-scalar"),
        other => text!("yaml-while-other", context = other),
    };
    Some(text!(
        "yaml-syntax-while",
        problem = problem,
        context = context
    ))
}
