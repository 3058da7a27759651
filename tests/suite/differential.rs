//! `serve` equals `build`: after every kind of edit, every file `serve`
//! serves, and what it reports, equals a fresh full build of the same files.
//!
//! The site is a generated zone (tests/common/corpus.rs) large enough that
//! every section's list runs to several pages. `serve`'s side is what serves
//! the site: the pipeline's incremental session, its updates put into the
//! served files by `serve::apply`. The full build is `build::render_site`.
//!
//! `scripted_edits_serve_what_a_full_build_makes` runs each kind of edit once
//! (CI). `random_edits_serve_what_a_full_build_makes` runs a long seeded
//! random sequence on demand:
//!
//!     ZONESITE_EDITS=2000 ZONESITE_SEED=7 cargo test --release random_edits -- --ignored --nocapture
//!
//! A failure prints the seed and the step, so it can be run again as it was.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use zonesite::build::{self, Failure};
use zonesite::diag::Diagnostic;
use zonesite::incremental::Session;
use zonesite::model::Options;

use crate::common::corpus::{self, Sizes};
use crate::common::image;

/// A generated site, with what `serve` serves of it.
struct Run {
    dir: tempfile::TempDir,
    seed: u64,
    rng: ChaCha8Rng,
    session: Session,
    served: HashMap<String, Arc<[u8]>>,
    /// Files an edit changed, with what they held before, to undo it.
    backup: BTreeMap<PathBuf, Option<Vec<u8>>>,
    steps: usize,
}

fn options() -> Options {
    Options {
        base_url: Some("http://127.0.0.1:1111/".into()),
        defer_index: true,
        ..Options::default()
    }
}

impl Run {
    fn new(seed: u64) -> Run {
        let dir = tempfile::tempdir().unwrap();
        corpus::generate(dir.path(), seed, &Sizes::PAGINATED);
        let session = Session::open(dir.path(), options());
        let mut run = Run {
            dir,
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            session,
            served: HashMap::new(),
            backup: BTreeMap::new(),
            steps: 0,
        };
        run.step("first build", Vec::new());
        run
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Writes a file, keeping what it held for an undo.
    fn write(&mut self, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(rel);
        let before = fs::read(&path).ok();
        self.backup.entry(PathBuf::from(rel)).or_insert(before);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        PathBuf::from(rel)
    }

    /// Removes a file, keeping what it held for an undo.
    fn remove(&mut self, rel: &str) -> PathBuf {
        let path = self.root().join(rel);
        let before = fs::read(&path).ok();
        self.backup.entry(PathBuf::from(rel)).or_insert(before);
        let _ = fs::remove_file(&path);
        PathBuf::from(rel)
    }

    /// Rewrites a file through `edit`.
    fn edit(&mut self, rel: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
        let text = edit(self.read(rel));
        self.write(rel, &text)
    }

    /// The records of a section as files on disk: slugs, sorted.
    fn slugs(&self, section: &str) -> Vec<String> {
        let mut slugs: Vec<String> = fs::read_dir(self.root().join("content").join(section))
            .map(|d| d.flatten().collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let slug = name.split('.').next()?.to_string();
                (!slug.starts_with('_')).then_some(slug)
            })
            .collect();
        slugs.sort();
        slugs.dedup();
        slugs
    }

    /// A file of `section` whose name ends with `suffix`, picked at random.
    fn pick(&mut self, section: &str, suffix: &str) -> Option<String> {
        let files: Vec<String> = self
            .slugs(section)
            .into_iter()
            .map(|s| format!("content/{section}/{s}{suffix}"))
            .filter(|rel| self.root().join(rel).exists())
            .collect();
        (!files.is_empty()).then(|| files[self.rng.random_range(0..files.len())].clone())
    }

    /// A random number, for new values.
    fn number(&mut self) -> u32 {
        self.rng.random_range(1..100_000)
    }

    /// Takes in `changed` as `serve` would, builds the same files from
    /// scratch, and asserts that both give the same site and diagnostics.
    /// Returns whether the site builds.
    fn step(&mut self, name: &str, changed: Vec<PathBuf>) -> bool {
        self.steps += 1;
        let served = match self.session.update(&changed) {
            Ok(update) => {
                zonesite::serve::apply(&mut self.served, update.files, &update.removed);
                let rest = self.session.finish();
                zonesite::serve::apply(&mut self.served, rest.files, &rest.removed);
                Ok(update.report.warnings)
            }
            Err(Failure::Content(diags)) => Err(diags),
            Err(Failure::Output(e)) => panic!("{e}"),
        };
        let context = format!("seed {}, step {} ({name})", self.seed, self.steps);
        match (served, build::render_site(self.root(), &options())) {
            (Ok(warnings), Ok(full)) => {
                assert_same_files(&self.served, &full.files, &context);
                assert_same_diagnostics(&warnings, &full.report.warnings, &context);
                true
            }
            (Err(served), Err(Failure::Content(full))) => {
                assert_same_diagnostics(&served, &full, &context);
                false
            }
            (_, Err(Failure::Output(e))) => panic!("{context}: {e}"),
            (Ok(_), Err(full)) => panic!("{context}: serve built the site, build failed: {full:?}"),
            (Err(served), Ok(_)) => panic!(
                "{context}: build built the site, serve failed:\n{}",
                render(&served)
            ),
        }
    }

    /// Runs `edit` as one step; when the site no longer builds, puts the files
    /// back as they were, as a step of its own.
    fn run(&mut self, name: &str, edit: Edit) {
        self.backup.clear();
        let changed = edit(self);
        if !self.step(name, changed) {
            let undo = std::mem::take(&mut self.backup);
            let mut changed = Vec::new();
            for (rel, before) in undo {
                let path = self.root().join(&rel);
                match before {
                    Some(bytes) => fs::write(&path, bytes).unwrap(),
                    None => {
                        let _ = fs::remove_file(&path);
                        // A folder the edit made goes too (an empty folder
                        // of no section is an error of its own).
                        let parent = rel.parent().unwrap().to_path_buf();
                        if fs::remove_dir(self.root().join(&parent)).is_ok() {
                            changed.push(parent);
                        }
                    }
                }
                changed.push(rel);
            }
            assert!(
                self.step(&format!("undo {name}"), changed),
                "seed {}: the site does not build again after undoing {name}",
                self.seed
            );
        }
    }
}

fn render(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.render(zonesite::catalogue::Lang::En, false))
        .collect()
}

fn assert_same_diagnostics(served: &[Diagnostic], full: &[Diagnostic], context: &str) {
    assert!(
        served == full,
        "{context}: serve reports\n{}\nbut build reports\n{}",
        render(served),
        render(full)
    );
}

fn assert_same_files(
    served: &HashMap<String, Arc<[u8]>>,
    full: &[zonesite::output::OutputFile],
    context: &str,
) {
    let full: HashMap<&str, &[u8]> = full
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    let mut problems: Vec<String> = Vec::new();
    for (path, bytes) in &full {
        match served.get(*path) {
            None => problems.push(format!("serve lacks {path}")),
            Some(s) if &s[..] != *bytes => {
                problems.push(format!("{path} differs: {}", first_difference(s, bytes)))
            }
            Some(_) => {}
        }
    }
    for path in served.keys() {
        if !full.contains_key(path.as_str()) {
            problems.push(format!("serve still serves {path}"));
        }
    }
    problems.sort();
    assert!(
        problems.is_empty(),
        "{context}: {} files differ:\n{}",
        problems.len(),
        problems
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Where two files first differ, with a little of each.
fn first_difference(served: &[u8], full: &[u8]) -> String {
    let at = served
        .iter()
        .zip(full)
        .position(|(a, b)| a != b)
        .unwrap_or(served.len().min(full.len()));
    let show = |b: &[u8]| {
        String::from_utf8_lossy(&b[at.saturating_sub(40)..(at + 80).min(b.len())]).into_owned()
    };
    format!(
        "at byte {at}: serve has …{}… build has …{}…",
        show(served),
        show(full)
    )
}

/// Every kind of edit an editor makes, by name.
/// An edit: it changes files of the site and returns their paths.
type Edit = fn(&mut Run) -> Vec<PathBuf>;

const EDITS: &[(&str, Edit)] = &[
    ("a fact's value", |r| {
        // Large enough to be among the largest a section's chart draws.
        let rel = r.pick("enterprises", ".yaml").unwrap();
        let n = u64::from(r.number()) * 1_000_000_000;
        vec![r.edit(&rel, |t| replace_first_value(&t, "value: ", &n.to_string()))]
    }),
    ("a fact's label", |r| {
        let rel = r.pick("parks", ".yaml").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| {
            t.replacen(", en: ", &format!(", en: Measure {n} "), 1)
        })]
    }),
    ("a Chinese title", |r| {
        let rel = r.pick("industries", ".zh.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| {
            replace_line(&t, "title: ", &format!("title: 新标题{n}"))
        })]
    }),
    ("an English title", |r| {
        let rel = r.pick("parks", ".en.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| {
            replace_line(&t, "title: ", &format!("title: Renamed park {n}"))
        })]
    }),
    ("a summary", |r| {
        let rel = r.pick("news", ".en.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| {
            replace_line(&t, "summary: ", &format!("summary: Summary {n}"))
        })]
    }),
    ("an author", |r| {
        let rel = r.pick("news", ".zh.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| {
            t.replacen("\n---\n", &format!("\nauthor: 作者{n}\n---\n"), 1)
        })]
    }),
    ("prose", |r| {
        let rel = r.pick("enterprises", ".zh.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| format!("{t}\n新增段落{n}。\n"))]
    }),
    ("a record added", |r| {
        let section = ["enterprises", "news"][r.rng.random_range(0..2)];
        let n = r.number();
        let slug = format!("added-{n}");
        let mut changed = Vec::new();
        if section == "enterprises" {
            changed.push(r.write(
                &format!("content/enterprises/{slug}.yaml"),
                "park: park-002\nindustries: [industry-003]\n",
            ));
        }
        let date = if section == "news" {
            "date: 2024-02-29\n"
        } else {
            ""
        };
        changed.push(r.write(
            &format!("content/{section}/{slug}.zh.md"),
            format!("---\ntitle: 新记录{n}\n{date}---\n正文。\n"),
        ));
        changed.push(r.write(
            &format!("content/{section}/{slug}.en.md"),
            format!("---\ntitle: New record {n}\n{date}---\nText.\n"),
        ));
        changed
    }),
    ("a record deleted", |r| {
        let slug = r.pick("news", ".zh.md").unwrap();
        let slug = slug.trim_end_matches(".zh.md").to_string();
        let files: Vec<String> = [".yaml", ".zh.md", ".en.md"]
            .iter()
            .map(|ext| format!("{slug}{ext}"))
            .filter(|rel| r.root().join(rel).exists())
            .collect();
        files.iter().map(|rel| r.remove(rel)).collect()
    }),
    ("a record renamed", |r| {
        let from = r.pick("news", ".en.md").unwrap();
        let from = from.trim_end_matches(".en.md").to_string();
        let to = format!("content/news/renamed-{}", r.number());
        let mut changed = Vec::new();
        for ext in [".yaml", ".zh.md", ".en.md"] {
            let old = format!("{from}{ext}");
            if r.root().join(&old).exists() {
                let text = r.read(&old);
                changed.push(r.remove(&old));
                changed.push(r.write(&format!("{to}{ext}"), &text));
            }
        }
        changed
    }),
    ("a reference added", |r| {
        let rel = r.pick("enterprises", ".yaml").unwrap();
        let industry = corpus::slug("industry", r.rng.random_range(1..=52));
        vec![r.edit(&rel, |t| {
            t.replacen("industries: [", &format!("industries: [{industry}, "), 1)
        })]
    }),
    ("references removed", |r| {
        let rel = r.pick("initiatives", ".yaml").unwrap();
        vec![r.edit(&rel, |t| {
            replace_line(&t, "enterprises: ", "enterprises: []")
        })]
    }),
    ("a link with an anchor", |r| {
        let rel = r.pick("industries", ".en.md").unwrap();
        vec![r.edit(&rel, |t| {
            format!("{t}\nSee [the first park's overview](@/parks/park-001#overview).\n")
        })]
    }),
    ("a linked heading renamed", |r| {
        // The section introductions link to park-001#overview: the build fails.
        vec![r.edit("content/parks/park-001.en.md", |t| {
            t.replace("## Overview", "## Outline")
        })]
    }),
    ("a section introduction", |r| {
        let n = r.number();
        vec![r.edit("content/news/_index.en.md", |t| {
            replace_line(&t, "title: ", &format!("title: Latest news {n}"))
        })]
    }),
    ("site.yaml", |r| {
        let n = r.number();
        vec![r.edit("content/site.yaml", |t| {
            t.replace(
                "A made-up development zone.",
                &format!("A made-up zone, {n}."),
            )
        })]
    }),
    ("the glossary", |r| {
        let n = r.number();
        vec![r.edit("content/glossary.yaml", |t| {
            format!("{t}- {{zh: 南园{n}, en: South Park {n}}}\n")
        })]
    }),
    ("a template", |r| {
        let n = r.number();
        vec![r.edit("themes/default/templates/record.html", |t| {
            t.replacen(
                "{% block main %}",
                &format!("{{% block main %}}<!-- edit {n} -->"),
                1,
            )
        })]
    }),
    ("a section's own template", |r| {
        let record = r.read("themes/default/templates/record.html");
        let n = r.number();
        let own = record.replacen(
            "{% block main %}",
            &format!("{{% block main %}}<!-- news {n} -->"),
            1,
        );
        vec![r.write("themes/default/templates/news.html", &own)]
    }),
    ("an interface string", |r| {
        let n = r.number();
        vec![r.edit("themes/default/i18n/en.yaml", |t| {
            replace_line(&t, "home: ", &format!("home: Home {n}"))
        })]
    }),
    ("a static file", |r| {
        let n = r.number();
        vec![r.edit("themes/default/static/style.css", |t| {
            format!("{t}\n.edit-{n} {{ color: red; }}\n")
        })]
    }),
    (
        "a theme file removed: the embedded one is used again",
        |r| vec![r.remove("themes/default/templates/section.html")],
    ),
    ("a theme file added over the embedded one", |r| {
        let n = r.number();
        let own = crate::common::theme_file("templates/section.html").replacen(
            "{% block main %}",
            &format!("{{% block main %}}<!-- own list {n} -->"),
            1,
        );
        vec![r.write("themes/default/templates/section.html", &own)]
    }),
    (
        "one interface string overridden, the others embedded",
        |r| {
            let n = r.number();
            vec![r.write("themes/default/i18n/zh.yaml", format!("home: 主页{n}\n"))]
        },
    ),
    ("interface strings no longer overridden", |r| {
        vec![r.remove("themes/default/i18n/zh.yaml")]
    }),
    ("a static file added or removed", |r| {
        let rel = "themes/default/static/extra.txt";
        if r.root().join(rel).exists() {
            vec![r.remove(rel)]
        } else {
            vec![r.write(rel, "extra\n")]
        }
    }),
    ("a burst of saves", |r| {
        let mut changed = Vec::new();
        for _ in 0..3 {
            let rel = r.pick("initiatives", ".zh.md").unwrap();
            let n = r.number();
            changed.push(r.edit(&rel, |t| format!("{t}\n补充{n}。\n")));
        }
        changed
    }),
    ("a file saved unchanged", |r| {
        let rel = r.pick("parks", ".yaml").unwrap();
        vec![r.edit(&rel, |t| t)]
    }),
    ("a news date", |r| {
        let rel = r.pick("news", ".zh.md").unwrap();
        let year = 2015 + r.rng.random_range(0..10);
        // Half the time with a time of day, which orders a day's news.
        let time = match r.rng.random_range(0..4) {
            0 | 1 => String::new(),
            hour => format!(" {:02}:{:02}", hour * 5, r.rng.random_range(0..60)),
        };
        let date = format!("date: {year}-06-15{time}");
        let mut changed = vec![r.edit(&rel, |t| replace_line(&t, "date: ", &date))];
        let en = rel.replace(".zh.md", ".en.md");
        if r.root().join(&en).exists() {
            changed.push(r.edit(&en, |t| replace_line(&t, "date: ", &date)));
        }
        changed
    }),
    ("a draft", |r| {
        let rel = r.pick("news", ".en.md").unwrap();
        vec![r.edit(&rel, |t| t.replacen("---\n", "---\ndraft: true\n", 1))]
    }),
    ("a translation added", |r| {
        let zh_only: Vec<String> = r
            .slugs("industries")
            .into_iter()
            .filter(|s| {
                !r.root()
                    .join(format!("content/industries/{s}.en.md"))
                    .exists()
            })
            .collect();
        let Some(slug) = zh_only.first() else {
            return Vec::new();
        };
        vec![r.write(
            &format!("content/industries/{slug}.en.md"),
            "---\ntitle: Now in English\n---\n## Overview\n\nTranslated.\n",
        )]
    }),
    ("a translation removed", |r| {
        let rel = r.pick("enterprises", ".en.md").unwrap();
        let zh = rel.replace(".en.md", ".zh.md");
        if !r.root().join(zh).exists() {
            return Vec::new();
        }
        vec![r.remove(&rel)]
    }),
    ("a park moved", |r| {
        let rel = r.pick("parks", ".yaml").unwrap();
        let lat = 36.0 + f64::from(r.rng.random_range(0..400u32)) / 1000.0;
        vec![r.edit(&rel, |t| {
            let at = t.find("lat: ").unwrap() + 5;
            let end = at + t[at..].find(',').unwrap();
            format!("{}{lat}{}", &t[..at], &t[end..])
        })]
    }),
    ("an initiative's status", |r| {
        let rel = r.pick("initiatives", ".yaml").unwrap();
        let status = ["planned", "in-progress", "completed"][r.rng.random_range(0..3)];
        vec![r.edit(&rel, |t| {
            replace_line(&t, "status: ", &format!("status: {status}"))
        })]
    }),
    ("broken YAML", |r| {
        let rel = r.pick("parks", ".yaml").unwrap();
        vec![r.edit(&rel, |t| format!("area_km2: [\n{t}"))]
    }),
    ("a new section introduction", |r| {
        vec![r.write(
            "content/industries/_index.zh.md",
            "---\ntitle: 产业简介\n---\n见[园区](@/parks/park-002)。\n",
        )]
    }),
    ("the menu", |r| {
        vec![r.edit("content/site.yaml", |t| {
            replace_line(&t, "menu: ", "menu: [news, parks, page-002, enterprises]")
        })]
    }),
    ("an order weight", |r| {
        // Pins an enterprise to the front of its section's lists, moves it
        // among the pinned ones, or unpins it.
        let rel = r.pick("enterprises", ".yaml").unwrap();
        let weight = r.rng.random_range(0..4);
        vec![r.edit(&rel, |t| {
            let rest: String = t
                .lines()
                .filter(|l| !l.starts_with("weight: "))
                .map(|l| format!("{l}\n"))
                .collect();
            match weight {
                0 => rest,
                w => format!("weight: {w}\n{rest}"),
            }
        })]
    }),
    ("a referenced park deleted", |r| {
        vec![r.remove("content/parks/park-002.yaml")]
    }),
    ("sections declared, one of them custom", |r| {
        let n = r.number();
        let size = r.rng.random_range(2..6);
        let mut changed = vec![r.edit("content/site.yaml", |t| {
            let kept = without_sections(&t);
            kept.replacen("menu: ", &format!("{}menu: ", sections(n, size)), 1)
        })];
        for (file, text) in [
            (
                "project-1.yaml",
                format!("land: {n}\npark: park-001\nstatus: open\n"),
            ),
            (
                "project-1.zh.md",
                "---\ntitle: 新材料项目\n---\n位于[园区](@/parks/park-001)。\n".into(),
            ),
            (
                "project-1.en.md",
                "---\ntitle: New materials project\n---\nText.\n".into(),
            ),
        ] {
            changed.push(r.write(&format!("content/projects/{file}"), &text));
        }
        changed.push(r.write("content/policies/policy-1.yaml", policy(n, "valid")));
        changed.push(r.write(
            "content/policies/policy-1.zh.md",
            "---\ntitle: 管理办法\n---\n正文。\n",
        ));
        changed
    }),
    ("a policy document's data", |r| {
        let n = r.number();
        let status = ["valid", "expired", "repealed"][r.rng.random_range(0..3)];
        vec![r.write("content/policies/policy-1.yaml", policy(n, status))]
    }),
    ("an interpretation of a policy document", |r| {
        let rel = r.pick("news", ".yaml").unwrap();
        vec![r.edit(&rel, |t| {
            let kept: String = t
                .lines()
                .filter(|l| !l.starts_with("interprets:"))
                .map(|l| format!("{l}\n"))
                .collect();
            format!("{kept}interprets: [policy-1]\n")
        })]
    }),
    ("sections declared no more", |r| {
        let mut changed = vec![r.edit("content/site.yaml", |t| without_sections(&t))];
        for file in [
            "projects/project-1.yaml",
            "projects/project-1.zh.md",
            "projects/project-1.en.md",
            "policies/policy-1.yaml",
            "policies/policy-1.zh.md",
        ] {
            changed.push(r.remove(&format!("content/{file}")));
        }
        for dir in ["content/projects", "content/policies"] {
            let _ = fs::remove_dir(r.root().join(dir));
            changed.push(PathBuf::from(dir));
        }
        changed
    }),
    ("an image added", |r| {
        let image = image(64, 40, image::ImageFormat::Png);
        vec![
            r.write("content/parks/park-001/照片.png", image),
            r.edit("content/parks/park-001.zh.md", |t| {
                format!("{t}\n![园区照片](照片.png)\n")
            }),
            r.edit("content/parks/park-001.en.md", |t| {
                format!("{t}\n![The park](%E7%85%A7%E7%89%87.png \"The park\")\n")
            }),
        ]
    }),
    ("an image changed", |r| {
        let width = r.rng.random_range(20..80);
        vec![r.write(
            "content/parks/park-001/照片.png",
            image(width, 30, image::ImageFormat::Png),
        )]
    }),
    ("an attachment added", |r| {
        vec![
            r.write("content/parks/park-001/政策 2024.pdf", vec![b'%'; 2048]),
            r.edit("content/parks/park-001.zh.md", |t| {
                format!("{t}\n见[政策](<政策 2024.pdf>)。\n")
            }),
        ]
    }),
    ("an attachment changed", |r| {
        let size = r.rng.random_range(1..5_000_000);
        vec![r.write("content/parks/park-001/政策 2024.pdf", vec![b'%'; size])]
    }),
    ("an image and an attachment removed", |r| {
        let unlinked = |t: String| {
            t.lines()
                .filter(|l| !l.contains("照片") && !l.contains("政策") && !l.contains("%E7%85%A7"))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        vec![
            r.remove("content/parks/park-001/照片.png"),
            r.remove("content/parks/park-001/政策 2024.pdf"),
            r.edit("content/parks/park-001.zh.md", unlinked),
            r.edit("content/parks/park-001.en.md", unlinked),
        ]
    }),
    ("photos named in a data file", |r| {
        let n = r.number();
        let caption = if n % 2 == 0 {
            format!("    caption: {{zh: 说明{n}, en: Caption {n}}}\n")
        } else {
            String::new()
        };
        vec![
            r.write(
                "content/parks/park-002/厂房.png",
                image(48, 32, image::ImageFormat::Png),
            ),
            r.edit("content/parks/park-002.yaml", |t| {
                format!(
                    "{}photos:\n  - file: 厂房.png\n    alt: {{zh: 厂房{n}, en: Factories {n}}}\n{caption}",
                    without_photos(&t)
                )
            }),
        ]
    }),
    ("photos named no more", |r| {
        vec![
            r.edit("content/parks/park-002.yaml", |t| {
                without_photos(&t).to_string()
            }),
            r.remove("content/parks/park-002/厂房.png"),
        ]
    }),
    ("Traditional pages turned on", |r| {
        vec![r.edit("content/site.yaml", |t| {
            t.replace("traditional: true\n", "").replacen(
                "theme: default\n",
                "theme: default\ntraditional: true\n",
                1,
            )
        })]
    }),
    ("a name's Traditional form", |r| {
        let n = r.number();
        vec![r.edit("content/glossary.yaml", |t| {
            replace_line(
                &t,
                "- {zh: 北园,",
                &format!("- {{zh: 北园, en: North Park, zh_hant: 北苑{n}}}"),
            )
        })]
    }),
    ("Simplified prose of a Traditional page", |r| {
        let rel = r.pick("parks", ".zh.md").unwrap();
        let n = r.number();
        vec![r.edit(&rel, |t| format!("{t}\n北园的发展{n}。\n"))]
    }),
    ("Traditional pages turned off", |r| {
        vec![r.edit("content/site.yaml", |t| {
            t.replace("traditional: true\n", "")
        })]
    }),
    ("a file of static/ added", |r| {
        vec![r.write("static/files/指南.txt", "指南")]
    }),
];

/// A data file without the `photos` that an edit above appended to it.
fn without_photos(text: &str) -> &str {
    text.split("photos:\n").next().unwrap_or(text)
}

/// The sections of the generated zone declared, the news renamed by `n`,
/// parks listed `size` to a page, and a custom section of projects.
fn sections(n: u32, size: u32) -> String {
    format!(
        "sections:\n\
         \x20 - {{id: parks, kind: park, name: {{zh: 园区, en: Parks}}, page_size: {size}}}\n\
         \x20 - {{id: industries, kind: industry, name: {{zh: 产业, en: Industries}}}}\n\
         \x20 - {{id: initiatives, kind: initiative, name: {{zh: 重点工作, en: Initiatives}}}}\n\
         \x20 - {{id: enterprises, kind: enterprise, name: {{zh: 企业, en: Enterprises}}}}\n\
         \x20 - {{id: news, kind: article, name: {{zh: 动态{n}, en: Updates {n}}}}}\n\
         \x20 - {{id: pages, kind: page, name: {{zh: 关于, en: About}}}}\n\
         \x20 - {{id: policies, kind: policy, name: {{zh: 政策文件, en: Policies}}}}\n\
         \x20 - id: projects\n\
         \x20   kind: custom\n\
         \x20   name: {{zh: 招商项目, en: Investment projects}}\n\
         \x20   home: 3\n\
         \x20   fields:\n\
         \x20     - {{id: land, type: number, unit: mu, label: {{zh: 用地面积, en: Land area}}}}\n\
         \x20     - {{id: park, type: reference, section: parks, label: {{zh: 所在园区, en: Park}}}}\n\
         \x20     - {{id: status, type: choice, label: {{zh: 状态, en: Status}}, choices: [{{id: open, label: {{zh: 招商中, en: Open}}}}]}}\n"
    )
}

/// A policy document's data, numbered `n`, of status `status`, published
/// at an hour that changes with `n`.
fn policy(n: u32, status: &str) -> String {
    format!(
        "index_no: 000-2017-{n:05}\nissuer: {{zh: 管委会, en: The committee}}\n\
         number: 示管〔2017〕{n}号\nwritten: 2017-06-30\npublished: 2017-07-01 {:02}:30\n\
         validity: {{status: {status}}}\n",
        n % 24
    )
}

/// `site.yaml` without its `sections:` block.
fn without_sections(text: &str) -> String {
    let mut inside = false;
    text.lines()
        .filter(|l| {
            if l.starts_with("sections:") {
                inside = true;
            } else if !l.starts_with(' ') {
                inside = false;
            }
            !inside
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `text` with the line starting with `prefix` replaced by `line`.
fn replace_line(text: &str, prefix: &str, line: &str) -> String {
    text.lines()
        .map(|l| if l.starts_with(prefix) { line } else { l })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// `text` with the value after the first `key` replaced by `value`.
fn replace_first_value(text: &str, key: &str, value: &str) -> String {
    let Some(at) = text.find(key) else {
        return text.to_string();
    };
    let start = at + key.len();
    let end = start + text[start..].find('\n').unwrap_or(text.len() - start);
    format!("{}{value}{}", &text[..start], &text[end..])
}

#[test]
fn scripted_edits_serve_what_a_full_build_makes() {
    let mut run = Run::new(11);
    for (name, edit) in EDITS {
        run.run(name, *edit);
    }
    assert!(
        run.steps > EDITS.len(),
        "some edits failed the build and were undone"
    );
}

#[test]
#[ignore = "long: run on demand with ZONESITE_EDITS and ZONESITE_SEED"]
fn random_edits_serve_what_a_full_build_makes() {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seed = var("ZONESITE_SEED", 1);
    let edits = var("ZONESITE_EDITS", 500);
    eprintln!("random edits: ZONESITE_SEED={seed} ZONESITE_EDITS={edits}");
    let mut run = Run::new(seed);
    for _ in 0..edits {
        let (name, edit) = EDITS[run.rng.random_range(0..EDITS.len())];
        run.run(name, edit);
    }
}
