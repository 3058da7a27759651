//! What an editor is told beyond errors: the drafts `build` left out and
//! `check` did not check (and checks with `--drafts`), and the names of the
//! glossary written in a form it says to avoid.

use crate::common::Site;

/// The basic site with `n` news items marked `draft: true`, each with a link
/// to a record that does not exist.
fn with_drafts(n: usize) -> Site {
    let site = Site::fixture("basic");
    for i in 0..n {
        site.write(
            &format!("content/news/draft-{i:02}.yaml"),
            "parks: [north]\n",
        );
        site.write(
            &format!("content/news/draft-{i:02}.zh.md"),
            "---\ntitle: 草稿\nsummary: 尚未发布。\ndate: 2017-07-13\ndraft: true\n---\n\
             见[园区](@/parks/nowhere)。\n",
        );
    }
    site
}

#[test]
fn build_names_the_drafts_it_left_out_in_each_language() {
    let site = with_drafts(2);
    let run = site.build_ok(&[]);
    assert!(
        run.stderr.contains(
            "skipped 2 drafts (texts marked `draft: true`; `zonesite build --drafts` builds them):\n  \
             content/news/draft-00.zh.md\n  content/news/draft-01.zh.md\n"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.path("public/news/draft-00").exists());
    let run = site.build_ok(&["--lang", "zh"]);
    assert!(
        run.stderr.contains(
            "略过了2个草稿（标有`draft: true`的正文；运行`zonesite build --drafts`可一并构建）：\n  \
             content/news/draft-00.zh.md\n"
        ),
        "{}",
        run.stderr
    );
    let plain = Site::fixture("basic").build_ok(&[]);
    assert!(!plain.stderr.contains("draft"), "{}", plain.stderr);
}

#[test]
fn a_long_list_of_drafts_is_cut_short_and_counted() {
    let run = with_drafts(13).build_ok(&[]);
    assert!(run.stderr.contains("skipped 13 drafts"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/news/draft-09.zh.md\n  … and 3 more\n")
    );
    assert!(!run.stderr.contains("draft-10"), "{}", run.stderr);
}

#[test]
fn check_checks_drafts_only_when_asked() {
    let site = with_drafts(1);
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "did not check 1 draft (texts marked `draft: true`; `zonesite check --drafts` checks them too):\n  \
             content/news/draft-00.zh.md"
        ),
        "{}",
        run.stderr
    );
    let run = site.run(&["check", "--drafts", "--lang", "zh"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/news/draft-00.zh.md:7:2: 错误：失效链接：没有网址名为`nowhere`的园区"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("检查发现1个错误"), "{}", run.stderr);
    assert!(!run.stderr.contains("未检查"), "{}", run.stderr);
}

/// A made-up zone from `init`, whose glossary says which forms of its names
/// to avoid, and a text that uses them.
fn zone_with_glossary() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let run: crate::common::Run = crate::common::zonesite()
        .args(["init", "lakeside", "--name-zh", "湖滨经济技术开发区"])
        .args([
            "--name-en",
            "Lakeside Economic and Technological Development Zone",
        ])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let root = dir.path().join("lakeside");
    std::fs::write(
        root.join("content/glossary.yaml"),
        "- zh: 湖滨经济技术开发区\n  en: Lakeside Economic and Technological Development Zone\n  \
         avoid: {zh: [湖滨开发区, 开发区], en: [Lakeside Zone]}\n",
    )
    .unwrap();
    let append = |rel: &str, added: &str| {
        let page = root.join(rel);
        let text = std::fs::read_to_string(&page).unwrap();
        std::fs::write(&page, format!("{text}\n{added}\n")).unwrap();
    };
    append(
        "content/pages/about.zh.md",
        "湖滨开发区设立于湖滨经济技术开发区之前。",
    );
    append(
        "content/pages/about.en.md",
        "The Lakeside Zone. The Lakeside Zones are not a name.",
    );
    (dir, root)
}

#[test]
fn check_warns_where_a_text_uses_a_form_the_glossary_says_to_avoid() {
    let (_dir, root) = zone_with_glossary();
    let check = |lang: &str| -> crate::common::Run {
        crate::common::zonesite()
            .args(["check", "--lang", lang, "--root"])
            .arg(&root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
            .into()
    };
    let zh = check("zh");
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    let line = std::fs::read_to_string(root.join("content/pages/about.zh.md"))
        .unwrap()
        .lines()
        .count();
    assert!(
        zh.stderr.contains(&format!(
            "content/pages/about.zh.md:{line}:1: 警告：`湖滨开发区`是术语表中不推荐的写法：请写作`湖滨经济技术开发区`"
        )),
        "{}",
        zh.stderr
    );
    // One in each language's text: `开发区` inside the names is not one.
    assert_eq!(
        zh.stderr.matches("不推荐的写法：").count(),
        2,
        "{}",
        zh.stderr
    );
    let en = check("en");
    assert!(
        en.stderr.contains(
            "warning: `Lakeside Zone` is a form the glossary says to avoid: write \
             `Lakeside Economic and Technological Development Zone`"
        ),
        "{}",
        en.stderr
    );
    assert!(
        en.stderr.contains("= help: replace `Lakeside Zone` with"),
        "{}",
        en.stderr
    );
    assert_eq!(
        en.stderr.matches("glossary says to avoid").count(),
        2,
        "{}",
        en.stderr
    );
}
