//! The editors' guide, `docs/editing.md`, kept true to the tool. Every
//! message it quotes is one zonesite prints: each line is a line of some
//! invalid fixture's `expected` (English part) or `expected.zh` (Chinese
//! part), which `invalid.rs` checks against real builds, and each quoted block
//! is what building that fixture prints, source line and caret included. Its
//! commands are `zonesite`'s, never `cargo run`, with the commands and options
//! zonesite has; its Chinese part comes first and the English part says the
//! same things.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use crate::common::{Site, copy_dir, project, zonesite};

const GUIDE: &str = "docs/editing.md";

/// The typing slips of a Chinese input method the guide must show, by fixture.
const SLIPS: [&str; 10] = [
    "slip-full-width-colon",
    "slip-full-width-comma",
    "slip-chinese-comma-in-slugs",
    "slip-ideographic-space",
    "slip-curly-quotes",
    "slip-full-width-digits",
    "slip-full-width-brackets",
    "slip-full-width-braces",
    "slip-full-width-dash",
    "slip-link-parentheses",
];

fn guide() -> String {
    fs::read_to_string(project().join(GUIDE)).expect("docs/editing.md")
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn expected_file(self) -> &'static str {
        match self {
            Lang::Zh => "expected.zh",
            Lang::En => "expected",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// One line of the guide: its number (from 1), its text, whether it lies in
/// a fenced code block, and the part (language) it belongs to, `None` before
/// the first `## ` heading.
struct Line<'a> {
    number: usize,
    text: &'a str,
    fenced: bool,
    part: Option<Lang>,
}

/// The guide's lines. The first `## ` heading opens the Chinese part and
/// `## English` the English one.
fn lines(guide: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut fenced = false;
    let mut part = None;
    for (i, text) in guide.lines().enumerate() {
        let fence = text.trim_start().starts_with("```");
        if !fenced && !fence && text.starts_with("## ") {
            part = Some(if text.trim() == "## English" {
                Lang::En
            } else {
                Lang::Zh
            });
        }
        out.push(Line {
            number: i + 1,
            text,
            fenced: fenced && !fence,
            part,
        });
        if fence {
            fenced = !fenced;
        }
    }
    out
}

/// Whether `line`, trimmed, is a diagnostic's headline:
/// `path:line:col: error: …` or `path:line:col: 错误：…` (a path alone where
/// the diagnostic has no line).
fn is_headline(line: &str) -> bool {
    let line = line.trim();
    [": error: ", ": 错误："].iter().any(|mark| {
        line.split_once(mark).is_some_and(|(place, _)| {
            let mut parts = place.split(':');
            let path = parts.next().unwrap_or("");
            let numbers: Vec<&str> = parts.collect();
            !path.is_empty()
                && path.contains(['/', '.'])
                && !path.contains(|c: char| c.is_whitespace() || c == '`')
                && matches!(numbers.len(), 0 | 2)
                && numbers
                    .iter()
                    .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    })
}

/// Whether `line`, trimmed, is a help line.
fn is_help(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("= help: ") || line.starts_with("= 提示: ")
}

/// Whether `line` is a line zonesite prints that the fixtures' expected
/// files hold: a help line anywhere, or in a code block (fenced or indented)
/// a headline or a build's summary (`error: the build failed…`).
fn is_printed(line: &Line) -> bool {
    let trimmed = line.text.trim_start();
    let code = line.fenced || line.text.starts_with("    ");
    is_help(line.text)
        || (code
            && (is_headline(line.text)
                || trimmed.starts_with("error: ")
                || trimmed.starts_with("错误：")))
}

/// Every line of every invalid fixture's expected output in `lang`, trimmed,
/// with the fixtures that hold it.
fn expected_lines(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut lines: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let dir = project().join("tests/fixtures/invalid");
    for entry in fs::read_dir(&dir).expect("tests/fixtures/invalid") {
        let case = entry.unwrap();
        let Ok(text) = fs::read_to_string(case.path().join(lang.expected_file())) else {
            continue;
        };
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            lines
                .entry(line.to_string())
                .or_default()
                .insert(case.file_name().to_string_lossy().into_owned());
        }
    }
    lines
}

#[test]
fn every_message_the_guide_quotes_is_one_zonesite_prints() {
    let guide = guide();
    let expected = [
        (Lang::Zh, expected_lines(Lang::Zh)),
        (Lang::En, expected_lines(Lang::En)),
    ];
    let mut problems = Vec::new();
    // The fixtures whose headlines each part quotes.
    let mut quoted: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
    for line in lines(&guide).iter().filter(|l| is_printed(l)) {
        let langs: Vec<&(Lang, _)> = match line.part {
            Some(lang) => expected.iter().filter(|(l, _)| *l == lang).collect(),
            None => expected.iter().collect(),
        };
        let cases = langs
            .iter()
            .find_map(|(_, lines)| lines.get(line.text.trim()));
        match cases {
            Some(cases) => {
                if is_headline(line.text)
                    && let Some(lang) = line.part
                {
                    quoted
                        .entry(lang)
                        .or_default()
                        .extend(cases.iter().cloned());
                }
            }
            None => problems.push(format!(
                "{GUIDE}:{}: not printed by zonesite{}: {}",
                line.number,
                match line.part {
                    Some(lang) => format!(
                        " (no line of any tests/fixtures/invalid/*/{})",
                        lang.expected_file()
                    ),
                    None => String::new(),
                },
                line.text.trim()
            )),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let zh = quoted.remove(&Lang::Zh).unwrap_or_default();
    let en = quoted.remove(&Lang::En).unwrap_or_default();
    assert_eq!(
        zh, en,
        "the Chinese and English parts quote the messages of different fixtures"
    );
    for slip in SLIPS {
        assert!(
            zh.contains(slip),
            "the guide shows no message of the typing slip {slip}"
        );
    }
    assert!(
        zh.len() > SLIPS.len(),
        "the guide shows no message besides the typing slips: {zh:?}"
    );
}

/// The blocks of the guide that quote a diagnostic: each fenced block whose
/// first line is a headline, with its part, its first line's number and its
/// text (every line, newline-terminated).
fn quoted_blocks(guide: &str) -> Vec<(Lang, usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(Lang, usize, String)> = None;
    for line in lines(guide) {
        if line.fenced {
            match &mut current {
                Some((_, _, text)) => {
                    text.push_str(line.text);
                    text.push('\n');
                }
                None if is_headline(line.text) => {
                    let lang = line
                        .part
                        .expect("a message quoted before the guide's parts");
                    current = Some((lang, line.number, format!("{}\n", line.text)));
                }
                None => {}
            }
        } else if let Some(block) = current.take() {
            blocks.push(block);
        }
    }
    blocks
}

#[test]
fn every_message_block_is_what_building_its_fixture_prints() {
    let guide = guide();
    let blocks = quoted_blocks(&guide);
    assert!(
        blocks.len() >= 2 * SLIPS.len(),
        "{} quoted blocks",
        blocks.len()
    );
    let zh = expected_lines(Lang::Zh);
    let en = expected_lines(Lang::En);
    let mut problems = Vec::new();
    for (lang, number, block) in blocks {
        let headline = block.lines().next().unwrap().trim();
        let expected = if lang == Lang::Zh { &zh } else { &en };
        // The headline is checked by the test above; here, the whole block.
        let Some(case) = expected.get(headline).and_then(|cases| cases.first()) else {
            continue;
        };
        let site = Site::fixture("basic");
        let dir = project().join("tests/fixtures/invalid").join(case);
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            match name.as_str() {
                "expected" | "expected.zh" => {}
                "REMOVE" => fs::read_to_string(entry.path())
                    .unwrap()
                    .lines()
                    .filter(|l| !l.is_empty())
                    .for_each(|rel| site.remove(rel)),
                _ => copy_dir(&entry.path(), &site.path(&name)),
            }
        }
        let run = site.run(&["build", "--lang", lang.code()]);
        if !run.stderr.contains(&block) {
            problems.push(format!(
                "{GUIDE}:{number}: the block is not what building {case} prints\n\
                 --- the guide ---\n{block}--- zonesite build --lang {} ---\n{}",
                lang.code(),
                run.stderr
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The `zonesite …` commands the guide gives: in inline code and as lines of
/// code blocks, each split into words.
fn commands(guide: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    for line in lines(guide) {
        let indented = line.text.starts_with("    ");
        let mut candidates: Vec<&str> = Vec::new();
        if line.fenced || indented {
            candidates.push(line.text.trim());
        } else {
            candidates.extend(line.text.split('`').skip(1).step_by(2));
        }
        for command in candidates {
            let words: Vec<String> = command.split_whitespace().map(String::from).collect();
            if words.first().is_some_and(|w| w == "zonesite") {
                out.push((line.number, words));
            }
        }
    }
    out
}

/// What `zonesite [COMMAND] --help` says, in English.
fn help(command: Option<&str>) -> String {
    let out = zonesite()
        .args(command)
        .arg("--help")
        .output()
        .expect("run zonesite");
    assert!(out.status.success(), "zonesite {command:?} --help");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_guide_gives_zonesite_commands_that_exist_never_cargo_run() {
    let guide = guide();
    assert!(
        !guide.contains("cargo run"),
        "{GUIDE} says `cargo run`: the editors run `zonesite`"
    );
    let top = help(None);
    let names: BTreeSet<&str> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.contains("build"), "no commands in:\n{top}");
    let mut helps: BTreeMap<Option<String>, String> = BTreeMap::new();
    let mut problems = Vec::new();
    let commands = commands(&guide);
    assert!(commands.len() >= 10, "{} zonesite commands", commands.len());
    for (number, words) in commands {
        let mut command = None;
        let mut options = Vec::new();
        let mut rest = words[1..].iter();
        while let Some(word) = rest.next() {
            if word == "--lang" {
                rest.next();
            } else if let Some(option) = word.strip_prefix("--") {
                options.push(option.split('=').next().unwrap().to_string());
            } else if command.is_none() && !word.starts_with('-') {
                command = Some(word.clone());
            }
        }
        if let Some(name) = &command
            && !names.contains(name.as_str())
        {
            problems.push(format!("{GUIDE}:{number}: no command `zonesite {name}`"));
            continue;
        }
        let help = helps
            .entry(command.clone())
            .or_insert_with(|| help(command.as_deref()));
        for option in options {
            let flag = format!("--{option}");
            let known = help.lines().any(|l| {
                l.split(|c: char| c.is_whitespace() || c == ',')
                    .any(|w| w == flag)
            });
            if !known {
                problems.push(format!(
                    "{GUIDE}:{number}: `zonesite {}` has no option {flag}",
                    command.as_deref().unwrap_or("")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Whether `text` has a Chinese character.
fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_chinese_part_comes_first_and_the_english_part_follows_it() {
    let guide = guide();
    let all = lines(&guide);
    assert!(
        all.first().is_some_and(|l| l.text.starts_with("# ")),
        "{GUIDE} starts with its title"
    );
    let parts: Vec<&Line> = all
        .iter()
        .filter(|l| !l.fenced && l.text.starts_with("## "))
        .collect();
    let first = parts.first().expect("a `## ` heading");
    assert!(
        is_chinese(first.text),
        "{GUIDE}:{}: the first part is not the Chinese one: {}",
        first.number,
        first.text
    );
    assert!(
        parts.iter().skip(1).any(|l| l.text.trim() == "## English"),
        "{GUIDE}: no `## English` part after the Chinese one"
    );
    // The two parts say the same things: as many sections each, each linking
    // to the other.
    let sections = |lang| {
        all.iter()
            .filter(|l| l.part == Some(lang) && !l.fenced && l.text.starts_with("### "))
            .count()
    };
    assert_eq!(
        sections(Lang::Zh),
        sections(Lang::En),
        "the Chinese and English parts have different numbers of sections"
    );
    let text = |lang| {
        all.iter()
            .filter(|l| l.part == Some(lang))
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        text(Lang::Zh).contains("(#english)"),
        "no link to the English part"
    );
    assert!(
        text(Lang::En).contains("(#中文)"),
        "no link to the Chinese part"
    );
}
