//! What open pages show when a build fails: the diagnostics as the terminal
//! prints them, in the same language, laid out for any screen (each one's
//! headline and help wrap; its quoted source line scrolls sideways, so that
//! the caret stays under the problem).

use serde::Serialize;

use crate::catalogue::Lang;
use crate::diag::Diagnostic;
use crate::text;

/// The script added to every served page: reloads after a build, shows the
/// overlay for a failed one.
const SCRIPT: &str = include_str!("overlay.js");

/// The overlay's look, sent with its content so that no page's styles are needed.
const STYLE: &str = include_str!("overlay.css");

#[derive(Serialize)]
struct Report<'a> {
    lang: &'static str,
    title: String,
    summary: String,
    close: String,
    style: &'a str,
    problems: Vec<Problem>,
}

#[derive(Serialize)]
struct Problem {
    head: String,
    snippet: Option<String>,
    help: Option<String>,
}

/// One diagnostic's text as the terminal prints it, in three parts: the
/// headline, the quoted source with its caret, and the help.
fn problem(d: &Diagnostic, lang: Lang) -> Problem {
    let rendered = d.render(lang, false);
    let mut lines = rendered.lines();
    let head = lines.next().unwrap_or_default().to_string();
    let (mut snippet, mut help) = (Vec::new(), Vec::new());
    for line in lines {
        if line.trim_start().starts_with("= ") {
            help.push(line.trim_start().to_string());
        } else if !line.trim().is_empty() || !snippet.is_empty() {
            snippet.push(line);
        }
    }
    while snippet.last().is_some_and(|l| l.trim().is_empty()) {
        snippet.pop();
    }
    Problem {
        head,
        snippet: (!snippet.is_empty()).then(|| snippet.join("\n")),
        help: (!help.is_empty()).then(|| help.join("\n")),
    }
}

/// The overlay's content for `diags`, as JSON.
pub fn payload(diags: &[Diagnostic], lang: Lang) -> String {
    let errors = Diagnostic::errors_in(diags);
    let report = Report {
        lang: lang.tag(),
        title: text!("serve-overlay-title").render(lang),
        summary: text!(
            "serve-overlay-summary",
            errors = text!("diag-errors", count = errors)
        )
        .render(lang),
        close: text!("serve-overlay-close").render(lang),
        style: STYLE,
        problems: diags.iter().map(|d| problem(d, lang)).collect(),
    };
    serde_json::to_string(&report).unwrap_or_default()
}

/// The script tag for a served page, carrying the current failure's
/// `payload` when there is one, so that it shows before any event comes.
pub fn script(payload: Option<&str>) -> String {
    let data = payload.map_or(String::new(), |json| {
        let escaped = json
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        format!(" data-error=\"{escaped}\"")
    });
    format!("<script id=\"zonesite-serve\"{data}>{SCRIPT}</script>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic() -> Diagnostic {
        let src = "location：{lat: 36.6}\n";
        Diagnostic::error("content/parks/a.yaml", text!("yaml-tab"))
            .at_offset(src, 8, 3)
            .with_help(text!("yaml-tab-help"))
    }

    #[test]
    fn the_overlay_says_what_the_terminal_says_in_its_language() {
        let d = diagnostic();
        for lang in Lang::ALL {
            let p = problem(&d, lang);
            let shown = format!(
                "{}\n{}\n{}",
                p.head,
                p.snippet.as_deref().unwrap(),
                p.help.as_deref().unwrap()
            );
            let rendered = d.render(lang, false);
            let terminal: Vec<&str> = rendered.lines().map(str::trim).collect();
            let overlay: Vec<&str> = shown.lines().map(str::trim).collect();
            assert_eq!(
                overlay.iter().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
                terminal
                    .iter()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
            );
        }
        assert!(problem(&d, Lang::Zh).head.contains("错误：用了制表符"));
        assert!(payload(&[d], Lang::Zh).contains("\"lang\":\"zh-Hans\""));
    }

    #[test]
    fn the_payload_cannot_close_its_script_tag_or_attribute() {
        let d = Diagnostic::error("a\"</script><b>.yaml", text!("yaml-tab"));
        let tag = script(Some(&payload(&[d], Lang::En)));
        assert_eq!(tag.matches("</script>").count(), 1, "{tag}");
        assert!(!tag.contains("<b>"), "{tag}");
    }
}
