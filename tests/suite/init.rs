//! `zonesite init DIR`: a new site that the binary alone builds (no theme of
//! the repository's), with no broken link or anchor and no `check` error,
//! only warnings about its placeholders; and `zonesite new` in such a site,
//! which takes its examples from it.

use std::fs;
use std::path::Path;

use crate::common::links::check_links;
use crate::common::{Run, tree};

/// Runs `zonesite <args>` in `dir`, with no terminal on standard input.
fn zonesite(dir: &Path, args: &[&str]) -> Run {
    crate::common::zonesite()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run zonesite")
        .into()
}

/// A new site made by `init` with the zone's names, in a temporary folder.
fn new_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let run = zonesite(
        dir.path(),
        &[
            "init",
            "lakeside",
            "--name-zh",
            "湖滨经济技术开发区",
            "--name-en",
            "Lakeside Economic and Technological Development Zone",
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("created the site of 湖滨经济技术开发区 in lakeside: "),
        "{}",
        run.stderr
    );
    let root = dir.path().join("lakeside");
    (dir, root)
}

/// Every file under `dir`, by its path there, as text.
fn files(dir: &Path) -> Vec<(String, String)> {
    tree(dir)
        .into_iter()
        .map(|(rel, bytes)| (rel, String::from_utf8(bytes).unwrap()))
        .collect()
}

#[test]
fn a_new_site_builds_with_the_binary_alone_with_working_links_and_no_check_error() {
    let (_dir, root) = new_site();
    let root_arg = root.to_str().unwrap();
    assert!(
        !root.join("themes").exists(),
        "the theme is the embedded one"
    );
    let run = zonesite(&root, &["build", "--root", root_arg]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    // Warnings name what is left to fill in.
    for expected in [
        "content/site.yaml:8:7: warning: placeholders are left to fill in here and on lines",
        "content/site.yaml:12:11: warning: base_url is still the example address https://example.org/",
        "content/parks/example-park.zh.md:4:10: warning: placeholders are left to fill in",
        "content/pages/about.en.md:4:11: warning: placeholders are left to fill in",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
    let tree = tree(&root.join("public"));
    assert!(check_links(&tree, "https://example.org", "/") > 200);
    for page in [
        "index.html",
        "en/index.html",
        "parks/example-park/index.html",
        "en/news/example-news/index.html",
        "pages/about/index.html",
        "search/index.html",
        "404.html",
    ] {
        assert!(tree.contains_key(page), "{page}");
    }
    let home = String::from_utf8_lossy(&tree["index.html"]).into_owned();
    assert!(home.contains("湖滨经济技术开发区"), "{home}");

    let run = zonesite(&root, &["check", "--root", root_arg]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("checked 49 pages: no errors"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("base_url is still the example address"));

    // Published with its address, the example address is not one.
    let run = zonesite(
        &root,
        &[
            "build",
            "--root",
            root_arg,
            "--base-url",
            "https://kfq.example.gov.cn/",
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("example address"), "{}", run.stderr);
}

#[test]
fn a_new_site_has_its_schemas_workflow_readme_and_nothing_of_another_zone() {
    let (_dir, root) = new_site();
    let written = files(&root);
    let names: Vec<&str> = written.iter().map(|(p, _)| p.as_str()).collect();
    for (schema, text) in zonesite::schema::json_schemas() {
        let path = format!("schemas/{schema}");
        let found = written.iter().find(|(p, _)| *p == path);
        assert_eq!(
            found.map(|(_, t)| t.as_str()),
            Some(text.as_str()),
            "{path}"
        );
    }
    for path in [
        ".gitignore",
        "README.md",
        ".github/workflows/publish.yml",
        "content/glossary.yaml",
        "content/parks/example-park.yaml",
        "content/initiatives/example-initiative.en.md",
    ] {
        assert!(names.contains(&path), "{path}: {names:?}");
    }
    for (path, text) in &written {
        for word in [
            "西宁", "Xining", "xining", "nanchuan", "Qinghai", "101.7", "36.6",
        ] {
            assert!(!text.contains(word), "{path} names {word}");
        }
        if path.starts_with("content/") && path.ends_with(".zh.md") {
            let body = text.rsplit("---\n").next().unwrap();
            assert!(
                !body.contains(", ") && !body.contains(". "),
                "{path}: ASCII punctuation in Chinese text"
            );
        }
    }
    let gitignore = fs::read_to_string(root.join(".gitignore")).unwrap();
    assert!(gitignore.contains("/public/"));
    let workflow = fs::read_to_string(root.join(".github/workflows/publish.yml")).unwrap();
    assert!(workflow.contains("zonesite build --base-url"), "{workflow}");
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    assert!(
        readme.starts_with("# 湖滨经济技术开发区 · Lakeside Economic"),
        "{readme}"
    );
    let site_yaml = fs::read_to_string(root.join("content/site.yaml")).unwrap();
    assert!(site_yaml.starts_with("# yaml-language-server: $schema=../schemas/site.schema.json\n"));
    let news = fs::read_to_string(root.join("content/news/example-news.zh.md")).unwrap();
    assert!(
        news.contains("年") && news.contains("月") && news.contains("日写的示例新闻"),
        "{news}"
    );
}

#[test]
fn once_the_placeholders_are_filled_in_no_warning_names_them() {
    let (_dir, root) = new_site();
    for (rel, text) in files(&root.join("content")) {
        let filled = text
            .replace("待填写：", "")
            .replace("TO FILL IN: ", "")
            .replace(
                "base_url: https://example.org/",
                "base_url: https://kfq.example.gov.cn/",
            );
        fs::write(root.join("content").join(rel), filled).unwrap();
    }
    let run = zonesite(&root, &["check", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("placeholder"), "{}", run.stderr);
    assert!(!run.stderr.contains("example address"), "{}", run.stderr);
}

/// A data file with its commented examples made live: `# key: value`
/// becomes `key: value`, `#  - …` and `#    …` lose their `#`, and an empty
/// `facts: []` or `units: []` followed by items becomes their list.
fn uncomment(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let rest = &line[indent..];
        let field = rest.strip_prefix("# ").filter(|r| {
            r.split_once(": ").is_some_and(|(key, _)| {
                key.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
        });
        let live = if let Some(field) = field {
            format!("{}{field}", &line[..indent])
        } else if line.starts_with("#  - ") || line.starts_with("#    ") {
            line[1..].to_string()
        } else {
            line.to_string()
        };
        if live.starts_with("  - ")
            && let Some(last) = lines.iter_mut().rev().find(|l| !l.starts_with('#'))
            && last.ends_with(": []")
        {
            last.truncate(last.len() - 3);
        }
        lines.push(live);
    }
    lines.join("\n") + "\n"
}

#[test]
fn every_commented_example_is_valid_once_uncommented() {
    let (_dir, root) = new_site();
    let mut uncommented = 0;
    for (rel, text) in files(&root.join("content")) {
        if rel.ends_with(".yaml") {
            let live = uncomment(&text);
            uncommented += text.lines().count()
                - text
                    .lines()
                    .zip(live.lines())
                    .filter(|(a, b)| a == b)
                    .count();
            if live.contains("file: 照片.jpg") {
                let folder = root.join("content").join(rel.trim_end_matches(".yaml"));
                fs::create_dir_all(&folder).unwrap();
                let photo = crate::common::image(64, 48, image::ImageFormat::Jpeg);
                fs::write(folder.join("照片.jpg"), photo).unwrap();
            }
            fs::write(root.join("content").join(rel), live).unwrap();
        }
    }
    assert!(uncommented > 40, "{uncommented} lines uncommented");
    let run = zonesite(&root, &["build", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    let tree = tree(&root.join("public"));
    let page = |p: &str| String::from_utf8_lossy(&tree[p]).into_owned();
    let park = page("parks/example-park/index.html");
    for shown in [
        "12.5平方公里",
        "北纬30°",
        "东经120°",
        "100多家",
        "<figure class=\"photo cover\"><picture>",
    ] {
        assert!(park.contains(shown), "{shown}: {park}");
    }
    let home = page("en/index.html");
    assert!(home.contains("about 10.5 km²"), "{home}");
}

#[test]
fn init_dot_fills_an_empty_folder_and_refuses_one_that_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let run = zonesite(dir.path(), &["init", "."]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("created a new site in .: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("next: zonesite serve"),
        "{}",
        run.stderr
    );
    // No names given and no terminal to ask at: placeholders, which build.
    let site_yaml = fs::read_to_string(dir.path().join("content/site.yaml")).unwrap();
    assert!(
        site_yaml.contains(
            "name: {zh: 待填写：开发区的中文名称, en: \"TO FILL IN: the zone's name in English\"}"
        ),
        "{site_yaml}"
    );
    let run = zonesite(dir.path(), &["build"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/site.yaml:5:12: warning: placeholders are left to fill in"),
        "{}",
        run.stderr
    );

    let before = tree(dir.path()).len();
    let run = zonesite(dir.path(), &["init", "."]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("error: . is not empty; `zonesite init` writes a new site only into an empty or new folder"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(dir.path()).len(), before, "nothing was written");
}

#[test]
fn new_takes_its_examples_from_the_site_and_outside_one_says_how_to_start() {
    let (_dir, root) = new_site();
    let run = zonesite(&root, &["new", "enterprises", "glassworks"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let data = fs::read_to_string(root.join("content/enterprises/glassworks.yaml")).unwrap();
    assert!(
        data.starts_with("# yaml-language-server: $schema=../../schemas/enterprises.schema.json\n")
    );
    assert!(data.contains("# park: example-park "), "{data}");
    assert!(data.contains("#    source: example-source "), "{data}");
    let news = zonesite(&root, &["new", "news", "opening"]);
    assert_eq!(news.code, Some(0), "{}", news.stderr);
    let text = fs::read_to_string(root.join("content/news/opening.en.md")).unwrap();
    let today = zonesite::init::today().to_string();
    assert!(text.contains(&format!("date: {today} ")), "{text}");
    // Drafts: the site builds as it was.
    let run = zonesite(&root, &["build"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    let empty = tempfile::tempdir().unwrap();
    let run = zonesite(empty.path(), &["new", "parks", "east"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: there is no site in .: it has no content/site.yaml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`zonesite init DIR` starts a new site"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_dir(empty.path()).unwrap().count(), 0);
}

#[test]
fn init_and_new_speak_chinese_with_lang_zh() {
    let dir = tempfile::tempdir().unwrap();
    let run = zonesite(
        dir.path(),
        &[
            "--lang",
            "zh",
            "init",
            "lakeside",
            "--name-zh",
            "湖滨经济技术开发区",
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("已在lakeside中建立湖滨经济技术开发区网站，共"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("\n  content/glossary.yaml          开发区专有名称的中英文对照\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("下一步：运行`cd lakeside && zonesite serve`"),
        "{}",
        run.stderr
    );
    let root = dir.path().join("lakeside");

    let run = zonesite(&root, &["build", "--lang", "zh"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/site.yaml:5:28: 警告：此处和第8、9、"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`base_url`仍是示例地址https://example.org/"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("\n已构建49个页面，写入./public\n"),
        "{}",
        run.stderr
    );

    let run = zonesite(&root, &["new", "--lang", "zh", "parks", "east"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("已写入./content/parks/east.yaml\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("以上正文均为草稿：请填写完整，删除`draft: true`后即可发布"),
        "{}",
        run.stderr
    );
    let data = fs::read_to_string(root.join("content/parks/east.yaml")).unwrap();
    assert!(
        data.contains("# 产业的网址名，例如[example-industry]\n"),
        "{data}"
    );
    let text = fs::read_to_string(root.join("content/parks/east.en.md")).unwrap();
    assert!(text.contains("# 删除此行即可发布\n"), "{text}");
    assert!(text.contains("title: Title\n"), "{text}");

    let run = zonesite(&root, &["--lang", "zh", "new", "park", "west"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_eq!(
        run.stderr, "错误：`park`不是栏目；是否想写`parks`？\n",
        "{}",
        run.stderr
    );

    let run = zonesite(&root, &["--lang", "zh", "init", "."]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "错误：当前目录不为空；为避免覆盖任何文件，`zonesite init`只在空目录或新目录中建立网站\n  = 提示: 请另选"
        ),
        "{}",
        run.stderr
    );
}

/// The prose comments of a YAML file: its whole-line comments but the
/// schema line and the commented-out examples (`# key: value`, `#  - …`,
/// `#    …`, as `uncomment` makes live), and the comments after a field.
fn prose_comments(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with("# yaml-language-server: $schema=") {
            continue;
        }
        if line.trim_start().starts_with('#') && uncomment(line).trim_end() == line.trim_end() {
            found.push(line.trim_start());
        }
        if let Some(at) = line.find(" # ") {
            found.push(&line[at + 1..]);
        }
    }
    found
}

/// Whether `text` has a Chinese character.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn init_writes_its_comments_in_the_language_asked_and_both_sites_build_and_check() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["zh", "en"] {
        let run = zonesite(dir.path(), &["--lang", lang, "init", lang]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let root = dir.path().join(lang);
        let site_yaml = fs::read_to_string(root.join("content/site.yaml")).unwrap();
        let comments = prose_comments(&site_yaml);
        assert!(comments.len() > 30, "{comments:?}");
        let workflow = fs::read_to_string(root.join(".github/workflows/publish.yml")).unwrap();
        let gitignore = fs::read_to_string(root.join(".gitignore")).unwrap();
        let park = fs::read_to_string(root.join("content/parks/example-park.en.md")).unwrap();
        if lang == "zh" {
            assert!(
                site_yaml
                    .contains("\n# 开发区概况：名称、网站地址、主要数据、来源、菜单和页脚。\n"),
                "{site_yaml}"
            );
            let english: Vec<&&str> = comments.iter().filter(|c| !has_chinese(c)).collect();
            assert!(english.is_empty(), "English comments: {english:?}");
            assert!(
                site_yaml.contains(
                    "\n#    approx: about                     # 可选：about（约）或more-than（超过）\n"
                ),
                "{site_yaml}"
            );
            assert!(workflow.starts_with("# 每次推送到main分支时"), "{workflow}");
            assert!(gitignore.starts_with("# 构建出的网站"), "{gitignore}");
            assert!(
                park.contains("# 草稿：只有`zonesite build --drafts`才会生成\n"),
                "{park}"
            );
        } else {
            assert!(
                site_yaml.contains(
                    "\n# The zone: names, address, key figures, sources, menu and footer.\n"
                ),
                "{site_yaml}"
            );
            // Chinese only as the names it quotes: a placeholder, 亿元, the
            // Chinese names of the footer's numbers, a Chinese label.
            let chinese: Vec<&&str> = comments
                .iter()
                .filter(|c| {
                    let quoted = ["待填写", "亿元", "备案号", "网站标识码", "{zh: 家"];
                    has_chinese(c) && !quoted.iter().any(|q| c.contains(q))
                })
                .collect();
            assert!(chinese.is_empty(), "Chinese comments: {chinese:?}");
            assert!(
                site_yaml.contains(
                    "\n#    approx: about                     # optional: about | more-than\n"
                ),
                "{site_yaml}"
            );
            assert!(
                workflow.starts_with("# Checks the content, builds the site"),
                "{workflow}"
            );
            assert!(gitignore.starts_with("# The built site"), "{gitignore}");
            assert!(
                park.contains("# a draft is built only by `zonesite build --drafts`\n"),
                "{park}"
            );
        }
        // The same lines in both languages: the warnings cite the same ones.
        assert_eq!(site_yaml.lines().count(), 88, "{site_yaml}");
        let root_arg = root.to_str().unwrap();
        let run = zonesite(&root, &["build", "--root", root_arg]);
        assert_eq!(run.code, Some(0), "{lang}: {}", run.stderr);
        assert!(!run.stderr.contains("error:"), "{lang}: {}", run.stderr);
        assert!(
            run.stderr.contains("content/site.yaml:5:12: warning: placeholders are left to fill in here and on lines 8, 9, 38, 39, 82, 83 and 84"),
            "{lang}: {}",
            run.stderr
        );
        let run = zonesite(&root, &["check", "--root", root_arg]);
        assert_eq!(run.code, Some(0), "{lang}: {}", run.stderr);
        assert!(
            run.stderr.contains("checked 49 pages: no errors"),
            "{lang}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_new_site_has_a_disclosure_column_and_policy_documents_that_check_reports_until_filled() {
    let (_dir, root) = new_site();
    let root_arg = root.to_str().unwrap();
    let run = zonesite(&root, &["check", "--root", root_arg]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for page in ["guide", "rules", "directory", "annual-report", "apply"] {
        for lang in ["zh", "en"] {
            let file = format!("content/disclosure/{page}.{lang}.md:");
            assert!(
                run.stderr.lines().any(|l| l.starts_with(&file)
                    && l.contains("placeholders are left")
                    || l.starts_with(&file) && l.contains("a placeholder is left")),
                "{file} not flagged:\n{}",
                run.stderr
            );
        }
    }
    assert!(
        run.stderr
            .contains("content/policies/example-policy.zh.md:")
    );
    // No column of the new site is empty or stale.
    assert!(!run.stderr.contains("has no records") && !run.stderr.contains("last updated"));

    let run = zonesite(&root, &["build", "--root", root_arg, "--no-search"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let read = |rel: &str| fs::read_to_string(root.join("public").join(rel)).unwrap();
    let report = read("disclosure/annual-report/index.html");
    let parts = [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];
    let at: Vec<usize> = parts.iter().map(|p| report.find(p).expect(p)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "the six parts in order");
    // The column lists its pages in their order; the menu has it and the policies.
    let list = read("disclosure/index.html");
    let order: Vec<usize> = [
        "/guide/",
        "/rules/",
        "/directory/",
        "/annual-report/",
        "/apply/",
    ]
    .iter()
    .map(|p| list.find(&format!("/disclosure{p}")).expect(p))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let home = read("index.html");
    assert!(home.contains("<a href=\"/disclosure/\">政府信息公开</a>"));
    assert!(home.contains("<a href=\"/policies/\">政策文件</a>"));
    // The directory links the columns that hold what is disclosed.
    let directory = read("en/disclosure/directory/index.html");
    assert!(directory.contains("<a href=\"/en/policies/\">Policy documents</a>"));
    assert!(directory.contains("<a href=\"/en/news/\">News</a>"));
    let policy = read("policies/example-policy/index.html");
    assert!(policy.contains(
        "<tr><th scope=\"row\">索引号</th><td><span class=\"muted\">未注明</span></td></tr>"
    ));
}
