//! The comments of a new site's files, in the language of the person who
//! runs `init`. In the skeleton (`skeleton/`), each comment is a marker that
//! names a message of the catalogue (`locales/*/skeleton.ftl`), `# @c NAME`
//! for the message `skeleton-NAME`:
//!
//! - on a line of its own, it becomes a `# ` line for each line of the
//!   message, indented as the marker is;
//! - after a field, or after a commented-out example of a field, it becomes
//!   the message (one line) where the marker starts, so that the comments of
//!   a file stay lined up in the column the skeleton puts them in, whatever
//!   their language.
//!
//! Two kinds of `#` lines are not prose and stay as they are: the
//! `# yaml-language-server: $schema=…` line, and commented-out examples of
//! YAML (`# area_km2: 12.5`, `#  - label: {zh: 规划面积, en: Planned area}`),
//! which an editor uncomments to use. A test holds every other comment of the
//! skeleton to being a marker with its message: see `is_example` there for
//! how it tells an example from prose.

use crate::catalogue::{Lang, Text};
use crate::text;

/// What starts a marker.
const MARKER: &str = "# @c ";

/// What the ids of the skeleton's messages start with, before the marker's
/// name.
const PREFIX: &str = "skeleton-";

/// Every comment of the skeleton, as a message of the catalogue: the marker
/// `# @c NAME` stands for `skeleton-NAME`.
fn messages() -> Vec<Text> {
    vec![
        text!("skeleton-site-about"),
        text!("skeleton-site-short-name"),
        text!("skeleton-site-base-url"),
        text!("skeleton-site-theme"),
        text!("skeleton-site-default-language-in-subdir"),
        text!("skeleton-site-trusted-html"),
        text!("skeleton-site-facts"),
        text!("skeleton-site-fact-source"),
        text!("skeleton-site-units"),
        text!("skeleton-site-unit-id"),
        text!("skeleton-site-unit-zh"),
        text!("skeleton-site-unit-en"),
        text!("skeleton-site-unit-en-one"),
        text!("skeleton-site-sources"),
        text!("skeleton-site-source-date"),
        text!("skeleton-site-source-url"),
        text!("skeleton-site-sections"),
        text!("skeleton-site-custom-section"),
        text!("skeleton-site-menu"),
        text!("skeleton-site-footer"),
        text!("skeleton-site-icp"),
        text!("skeleton-site-police"),
        text!("skeleton-site-code"),
        text!("skeleton-site-badge"),
        text!("skeleton-site-menu-link"),
        text!("skeleton-site-disclosure"),
        text!("skeleton-glossary-about"),
        text!("skeleton-record-park"),
        text!("skeleton-record-industry"),
        text!("skeleton-record-initiative"),
        text!("skeleton-record-enterprise"),
        text!("skeleton-record-news"),
        text!("skeleton-record-page"),
        text!("skeleton-record-policy"),
        text!("skeleton-policy-index-no"),
        text!("skeleton-policy-topic"),
        text!("skeleton-policy-number"),
        text!("skeleton-policy-written"),
        text!("skeleton-policy-published"),
        text!("skeleton-policy-validity"),
        text!("skeleton-weight-by-name"),
        text!("skeleton-weight-by-title"),
        text!("skeleton-weight-by-started"),
        text!("skeleton-weight-by-date"),
        text!("skeleton-date-formats"),
        text!("skeleton-park-area"),
        text!("skeleton-park-location"),
        text!("skeleton-park-industries"),
        text!("skeleton-initiative-status"),
        text!("skeleton-concerns-parks"),
        text!("skeleton-concerns-industries"),
        text!("skeleton-concerns-enterprises"),
        text!("skeleton-enterprise-park"),
        text!("skeleton-enterprise-industries"),
        text!("skeleton-news-source"),
        text!("skeleton-fact-value"),
        text!("skeleton-industry-fact-value"),
        text!("skeleton-initiative-fact-value"),
        text!("skeleton-enterprise-fact-value"),
        text!("skeleton-fact-unit"),
        text!("skeleton-fact-unit-or"),
        text!("skeleton-industry-fact-unit"),
        text!("skeleton-fact-approx"),
        text!("skeleton-fact-source"),
        text!("skeleton-photos"),
        text!("skeleton-photo-file"),
        text!("skeleton-photo-alt"),
        text!("skeleton-optional"),
        text!("skeleton-photo-credit"),
        text!("skeleton-draft"),
        text!("skeleton-news-date"),
        text!("skeleton-publish-about"),
        text!("skeleton-gitignore-public"),
        text!("skeleton-gitignore-cache"),
    ]
}

/// `template` with each marker replaced by its message in `lang`. A marker
/// that names no message (which a test rules out) is left as it is.
pub(super) fn expand(template: &str, lang: Lang) -> String {
    let messages = messages();
    let find = |name: &str| {
        messages
            .iter()
            .find(|m| m.id().strip_prefix(PREFIX) == Some(name))
    };
    let mut out = String::with_capacity(template.len() * 2);
    for line in template.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let Some((before, message)) =
            marker(body).and_then(|(before, name)| Some((before, find(name)?.render(lang))))
        else {
            out.push_str(line);
            continue;
        };
        if before.trim().is_empty() {
            let lines: Vec<String> = message
                .lines()
                .map(|text| format!("{before}# {text}").trim_end().to_string())
                .collect();
            out.push_str(&lines.join("\n"));
        } else {
            // A comment after a field is one line (a test sees to it).
            out.push_str(&format!("{before}# {}", message.replace('\n', " ")));
        }
        out.push_str(end);
    }
    out
}

/// The marker ending `line`: what comes before it and the name it gives;
/// `None` unless the line ends with a whole marker.
fn marker(line: &str) -> Option<(&str, &str)> {
    let at = line.find(MARKER)?;
    let name = &line[at + MARKER.len()..];
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid.then(|| (&line[..at], name))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::init::files::SKELETON;

    /// The files of the skeleton with `#` comments, by their path in a new
    /// site: all but the editors' README, whose `#` are Markdown headings (it
    /// is written in both languages itself).
    fn commented() -> impl Iterator<Item = (&'static str, &'static str)> {
        SKELETON
            .iter()
            .copied()
            .filter(|(path, _)| *path != "README.md")
    }

    /// The lines of a file where a `#` starts a comment, numbered from 1: in
    /// a Markdown file, those of its front matter.
    fn yaml_lines<'a>(path: &str, text: &'a str) -> Vec<(usize, &'a str)> {
        let lines = text.lines().enumerate().map(|(i, line)| (i + 1, line));
        if !path.ends_with(".md") {
            return lines.collect();
        }
        lines
            .skip(1)
            .take_while(|(_, line)| *line != "---")
            .collect()
    }

    /// Each marker of the skeleton: its file, its name, and whether it is on
    /// a line of its own.
    fn markers() -> Vec<(&'static str, &'static str, bool)> {
        let mut found = Vec::new();
        for (path, text) in commented() {
            for line in text.lines() {
                if let Some((before, name)) = marker(line) {
                    found.push((path, name, before.trim().is_empty()));
                }
            }
        }
        found
    }

    /// The fields of zonesite's files: every property that their JSON
    /// Schemas name.
    fn fields() -> &'static BTreeSet<String> {
        fn collect(value: &serde_json::Value, out: &mut BTreeSet<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                        out.extend(properties.keys().cloned());
                    }
                    map.values().for_each(|v| collect(v, out));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
                _ => {}
            }
        }
        static FIELDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
        FIELDS.get_or_init(|| {
            let mut out = BTreeSet::new();
            for (_, schema) in crate::schema::json_schemas() {
                collect(&serde_json::from_str(&schema).unwrap(), &mut out);
            }
            out
        })
    }

    /// Whether `comment`, the text of a comment line after its `#`, is a
    /// commented-out example of YAML rather than prose: a list item
    /// (`  - label: …`) or a field of zonesite's files (` area_km2: 12.5`,
    /// `    value: 10.5`, `    fields:`), its key one that their JSON Schemas
    /// name. Prose starts otherwise: with a capital letter, a Chinese
    /// character, or a word that is not a field before a colon
    /// (` optional: …`). Prose that started with a field and a colon would
    /// pass for an example: the rule guards against English left in the
    /// skeleton; it is not a parser.
    fn is_example(comment: &str) -> bool {
        let item = comment.trim_start();
        if item.starts_with("- ") {
            return true;
        }
        item.split_once(':').is_some_and(|(key, rest)| {
            fields().contains(key) && (rest.is_empty() || rest.starts_with(' '))
        })
    }

    /// The message of a marker.
    fn message(name: &str) -> Text {
        messages()
            .into_iter()
            .find(|m| m.id().strip_prefix(PREFIX) == Some(name))
            .unwrap_or_else(|| panic!("`# @c {name}` names no message"))
    }

    #[test]
    fn every_marker_names_a_message_and_every_message_has_a_marker() {
        let all = messages();
        let names: Vec<&str> = all
            .iter()
            .map(|m| {
                m.id()
                    .strip_prefix(PREFIX)
                    .unwrap_or_else(|| panic!("{} does not start with {PREFIX}", m.id()))
            })
            .collect();
        let distinct: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(distinct.len(), names.len(), "a message is listed twice");
        let markers = markers();
        assert!(markers.len() > 100, "{} markers", markers.len());
        let mut problems = Vec::new();
        for (path, name, _) in &markers {
            if !distinct.contains(name) {
                problems.push(format!("{path}: `# @c {name}` names no message"));
            }
        }
        let used: BTreeSet<&str> = markers.iter().map(|(_, name, _)| *name).collect();
        for name in distinct.difference(&used) {
            problems.push(format!("{PREFIX}{name}: no marker names it"));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// What is wrong with a line of the skeleton, if it has a comment that
    /// the catalogue does not give.
    fn unmarked(line: &str) -> Option<&'static str> {
        let Some(comment) = line.trim_start().strip_prefix('#') else {
            let after_field = line.contains(" #") && marker(line).is_none();
            return after_field.then_some("a comment after a field that is not a marker");
        };
        if comment.starts_with(" yaml-language-server: $schema=") {
            return None;
        }
        if marker(line).is_some_and(|(before, _)| before.trim().is_empty()) {
            return None;
        }
        if !is_example(comment) {
            return Some("a comment that is neither a marker nor a commented-out example");
        }
        let explained = comment.contains(" #") && marker(line).is_none();
        explained.then_some("an example's explanation that is not a marker")
    }

    #[test]
    fn every_comment_of_the_skeleton_is_a_marker_or_an_example() {
        let mut problems = Vec::new();
        for (path, text) in commented() {
            for (n, line) in yaml_lines(path, text) {
                if let Some(problem) = unmarked(line) {
                    problems.push(format!("{path}:{n}: {problem}: {line}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // What the rules tell apart.
        for (line, wrong) in [
            ("# @c site-about", false),
            ("  # @c site-source-url", false),
            (
                "# yaml-language-server: $schema=../schemas/site.schema.json",
                false,
            ),
            ("#  - label: {zh: 规划面积, en: Planned area}", false),
            (
                "#    value: 10.5                       # @c fact-value",
                false,
            ),
            ("#    fields:", false),
            ("# draft: true   # @c draft", false),
            ("/public/", false),
            ("theme: default   # @c site-theme", false),
            ("# The zone: names, address, key figures.", true),
            ("# 开发区概况：名称、网站地址", true),
            ("# optional: about | more-than", true),
            ("#    value: 10.5   # a number", true),
            ("theme: default   # the theme", true),
            ("# @c site-about and more", true),
        ] {
            assert_eq!(unmarked(line).is_some(), wrong, "{line}");
        }
    }

    /// Whether a character is Chinese: a Han character or full-width
    /// punctuation.
    fn chinese(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
            || "“”‘’…".contains(c)
    }

    /// The characters of `text` with those of code (`` `…` ``) and YAML
    /// (`{…}`) made spaces.
    fn prose(text: &str) -> Vec<char> {
        let (mut code, mut depth) = (false, 0usize);
        text.chars()
            .map(|c| {
                match c {
                    '`' => code = !code,
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ if !code && depth == 0 => return c,
                    _ => {}
                }
                ' '
            })
            .collect()
    }

    #[test]
    fn each_message_has_the_shape_of_its_place_in_both_languages() {
        let mut problems = Vec::new();
        for (path, name, own_line) in markers() {
            let text = message(name);
            let (zh, en) = (text.render(Lang::Zh), text.render(Lang::En));
            if own_line && zh.lines().count() != en.lines().count() {
                problems.push(format!(
                    "{PREFIX}{name}: {} lines in Chinese, {} in English",
                    zh.lines().count(),
                    en.lines().count()
                ));
            }
            if !own_line && (zh.contains('\n') || en.contains('\n')) {
                problems.push(format!("{PREFIX}{name}: after a field, but not one line"));
            }
            // Uncommenting a file's examples must leave its prose a comment.
            if own_line && path.starts_with("content/") {
                for line in zh.lines().chain(en.lines()) {
                    if is_example(&format!(" {line}")) {
                        problems.push(format!("{PREFIX}{name}: `{line}` reads as YAML"));
                    }
                }
            }
            if !zh.contains(chinese) {
                problems.push(format!("{PREFIX}{name}: not Chinese: {zh}"));
            }
            // Chinese punctuation in Chinese text: no `,;:()` or `.` next to
            // a Chinese character, but in code (`…`) or YAML ({…}).
            let chars = prose(&zh);
            for (i, &c) in chars.iter().enumerate() {
                let beside =
                    |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|&c| chinese(c));
                let ascii = ",;:()".contains(c) || (c == '.' && beside(i.checked_sub(1)));
                if ascii && (beside(i.checked_sub(1)) || beside(Some(i + 1))) {
                    problems.push(format!("{PREFIX}{name}: ASCII `{c}` in Chinese: {zh}"));
                }
            }
        }
        problems.dedup();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn markers_become_comments_indented_or_lined_up_as_the_marker_is() {
        let template = "a:\n  # @c site-base-url\nbase_url: x   # @c site-icp\n#    as_of: 2017     # @c date-formats\n# @c unknown\nend: 1";
        assert_eq!(
            expand(template, Lang::En),
            "a:\n  # The address the site is published at. `zonesite build --base-url …` (as the\n  \
             # publish workflow runs it) replaces it; `check` warns while it is an example.\n\
             base_url: x   # ICP备案号\n#    as_of: 2017     # YYYY, YYYY-MM or YYYY-MM-DD\n# @c unknown\nend: 1"
        );
        assert_eq!(
            expand(template, Lang::Zh),
            "a:\n  # 网站发布的地址。`zonesite build --base-url …`（发布工作流即如此运行）\n  \
             # 会以给出的地址代替它；它仍是示例地址时，`check`会发出警告。\n\
             base_url: x   # ICP备案号\n#    as_of: 2017     # YYYY、YYYY-MM或YYYY-MM-DD\n# @c unknown\nend: 1"
        );
    }

    #[test]
    fn a_file_has_the_same_lines_in_both_languages_with_its_comments_in_one() {
        for (path, text) in SKELETON {
            let zh = expand(text, Lang::Zh);
            let en = expand(text, Lang::En);
            assert!(!zh.contains(MARKER) && !en.contains(MARKER), "{path}");
            assert_eq!(zh.lines().count(), en.lines().count(), "{path}");
            // Only comments differ.
            for (z, e) in zh.lines().zip(en.lines()) {
                if z != e {
                    let at = z.rfind("# ").unwrap_or_else(|| panic!("{path}: {z}"));
                    assert_eq!(z[..at], e[..at], "{path}");
                }
            }
        }
        let site = |lang| expand(SKELETON[0].1, lang);
        assert_eq!(SKELETON[0].0, "content/site.yaml");
        let en = site(Lang::En);
        assert!(
            en.starts_with(
                "# yaml-language-server: $schema=../schemas/site.schema.json\n\
                 # The zone: names, address, key figures, sources, menu and footer.\n"
            ),
            "{en}"
        );
        assert!(en.contains("\ntrusted_html: false                 # true: raw HTML in Markdown is kept as written, not sanitised\n"), "{en}");
        let zh = site(Lang::Zh);
        assert!(
            zh.contains("\n# 开发区概况：名称、网站地址、主要数据、来源、菜单和页脚。\n"),
            "{zh}"
        );
        assert!(zh.contains("\ntrusted_html: false                 # true：Markdown中的HTML原样保留，不经安全过滤\n"), "{zh}");
        assert!(zh.contains("\n#    value: 10.5                       # 按单位本身计的数字（1.2亿元写作120000000）\n"), "{zh}");
    }

    #[test]
    fn examples_are_yaml_and_prose_is_not() {
        for example in [
            " area_km2: 12.5",
            "  - label: {zh: …}",
            "    fields:",
            "   avoid: {zh: [简称]}",
        ] {
            assert!(is_example(example), "{example}");
        }
        for prose in [
            " The zone: names",
            " 可选：about",
            " `check` warns",
            " optional: about",
            " value:x",
            " a few strings",
            "",
        ] {
            assert!(!is_example(prose), "{prose}");
        }
    }
}
