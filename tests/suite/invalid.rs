//! One fixture per kind of bad input, each under `tests/fixtures/invalid/<case>/`:
//! the files that differ from the `basic` site (a file named `REMOVE` lists the
//! basic site's files to delete), and `expected` and `expected.zh`, the lines
//! the error output must contain in English and in Chinese. Each case must exit 1, name file:line:col, say how to fix it,
//! leave the previous `public/` untouched and change no other file; and
//! `serve`, running when the bad input is saved, must report exactly what
//! `build` reports.

use std::fs;

use std::path::{Path, PathBuf};

use zonesite::build::{self, Failure};
use zonesite::incremental::Session;
use zonesite::model::Options;

use crate::common::{Site, copy_dir, project};

/// What a build's result says, as the terminal shows it.
fn outcome(result: Result<(), Failure>) -> String {
    match result {
        Ok(()) => "built".into(),
        Err(Failure::Content(diags)) => diags
            .iter()
            .map(|d| d.render(zonesite::catalogue::Lang::En, false))
            .collect(),
        Err(Failure::Output(e)) => e.to_string(),
    }
}

fn run_case(name: &str) -> Result<(), String> {
    let dir = project().join("tests/fixtures/invalid").join(name);
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let before = site.tree("public");
    // `serve`, running on the good site while the bad input is saved.
    let options = Options {
        defer_index: true,
        ..Options::default()
    };
    let mut session = Session::open(site.root(), options.clone());
    assert!(session.update(&[]).is_ok(), "{name}: the basic site builds");
    let mut changed = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        match file_name.as_str() {
            "expected" | "expected.zh" => {}
            "REMOVE" => {
                for rel in fs::read_to_string(entry.path())
                    .unwrap()
                    .lines()
                    .filter(|l| !l.is_empty())
                {
                    site.remove(rel);
                    changed.push(PathBuf::from(rel));
                }
            }
            _ => {
                copy_dir(&entry.path(), &site.path(&file_name));
                changed.extend(walkdir::WalkDir::new(entry.path()).into_iter().map(|e| {
                    let e = e.unwrap();
                    Path::new(&file_name).join(e.path().strip_prefix(entry.path()).unwrap())
                }));
            }
        }
    }
    let served = session.update(&changed);
    let full = build::render_site(site.root(), &options);
    match (served, full) {
        (Err(Failure::Content(served)), Err(Failure::Content(full))) if served == full => {}
        (served, full) => {
            return Err(format!(
                "{name}: serve and build report differently:\n--- serve ---\n{}\n--- build ---\n{}",
                outcome(served.map(|_| ())),
                outcome(full.map(|_| ()))
            ));
        }
    }
    let files = site.snapshot();
    let mut problems = Vec::new();
    let mut stderr = String::new();
    // Each case says its errors in both languages: `expected` holds the lines
    // of the English output, `expected.zh` those of the Chinese.
    for (lang, file, help) in [
        ("en", "expected", "= help: "),
        ("zh", "expected.zh", "= 提示: "),
    ] {
        let run = site.run(&["build", "--lang", lang]);
        let Ok(expected) = fs::read_to_string(dir.join(file)) else {
            problems.push(format!("no {file}"));
            continue;
        };
        if run.code != Some(1) {
            problems.push(format!("{lang}: exit code {:?}, not 1", run.code));
        }
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            if !run.stderr.contains(line) {
                problems.push(format!("{lang}: missing line: {line}"));
            }
        }
        if !run.stderr.contains(help) {
            problems.push(format!("{lang}: no help line"));
        }
        stderr.push_str(&run.stderr);
    }
    if site.tree("public") != before {
        problems.push("public/ changed".into());
    }
    if site.snapshot() != files {
        problems.push("a file outside public/ changed".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{name}:\n  {}\n--- stderr ---\n{}",
            problems.join("\n  "),
            stderr
        ))
    }
}

#[test]
fn every_invalid_fixture_fails_with_a_located_explained_error() {
    let mut cases: Vec<String> = fs::read_dir(project().join("tests/fixtures/invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    let failures: Vec<String> = cases.iter().filter_map(|c| run_case(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// Builds the basic site after `spoil` and returns stderr, asserting exit 1
/// and an untouched `public/`.
fn fails_after(spoil: impl FnOnce(&Site)) -> String {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let before = site.tree("public");
    spoil(&site);
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(site.tree("public"), before, "public/ changed");
    run.stderr
}

#[test]
fn reports_a_symlink_loop_under_content() {
    let stderr = fails_after(|site| {
        std::os::unix::fs::symlink("..", site.path("content/parks/loop")).unwrap()
    });
    assert!(
        stderr.contains(
            "content/parks/loop: error: this link points back to a directory that contains it"
        ),
        "{stderr}"
    );
}

#[test]
fn refuses_to_read_a_link_to_a_file_outside_the_site() {
    let outside = tempfile::NamedTempFile::new().unwrap();
    fs::write(outside.path(), "facts: []\n").unwrap();
    let stderr = fails_after(|site| {
        std::os::unix::fs::symlink(outside.path(), site.path("content/parks/south.yaml")).unwrap()
    });
    assert!(
        stderr.contains("content/parks/south.yaml: error: this link points outside the site"),
        "{stderr}"
    );
}

#[test]
fn reports_a_file_that_cannot_be_read() {
    let stderr = fails_after(|site| {
        std::os::unix::fs::symlink("missing.yaml", site.path("content/parks/south.yaml")).unwrap()
    });
    assert!(
        stderr.contains("content/parks/south.yaml: error: cannot read"),
        "{stderr}"
    );
}

#[test]
fn refuses_a_huge_file() {
    let stderr = fails_after(|site| {
        let mut text = String::from("---\ntitle: Big\n---\n");
        text.push_str(&"lorem ipsum ".repeat(20 * 1024 * 1024 / 12));
        site.write("content/pages/big.en.md", text);
    });
    assert!(stderr.contains("content/pages/big.en.md: error: the file is 21.0 MB, more than the 8 MB a content file may be"), "{stderr}");
}

#[test]
fn accepts_byte_order_marks_and_crlf_line_ends() {
    let site = Site::fixture("basic");
    site.write("content/parks/north.en.md", "\u{feff}---\r\ntitle: North Park\r\nsummary: CRLF text.\r\n---\r\n## Overview\r\n\r\nText.\r\n");
    site.write(
        "content/parks/north.yaml",
        "\u{feff}area_km2: 12.5\r\nindustries: [batteries]\r\n",
    );
    site.build_ok(&[]);
    let page = site.read("public/en/parks/north/index.html");
    assert!(
        page.contains(">North Park</h1>") && page.contains("12.5 km²"),
        "{page}"
    );
}

#[test]
fn reports_errors_in_crlf_files_at_the_right_place() {
    let stderr = fails_after(|site| {
        site.write(
            "content/parks/north.yaml",
            "area_km2: 12.5\r\nindustries: [bateries]\r\n",
        )
    });
    assert!(
        stderr.contains("content/parks/north.yaml:2:14: error: there is no industry `bateries`"),
        "{stderr}"
    );
}

#[test]
fn reports_every_error_at_once() {
    let stderr = fails_after(|site| {
        site.write("content/parks/north.yaml", "aera_km2: 1\n");
        site.write("content/enterprises/acme.yaml", "industries: [nope]\n");
        site.write("content/news/opening.en.md", "no front matter\n");
    });
    assert!(stderr.contains("failed with 3 errors"), "{stderr}");
}
