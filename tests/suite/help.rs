//! The command line's help, in the language asked: `--lang` (read before the
//! arguments are parsed), else the environment. clap's own words ("Usage:",
//! "Options:") stay English.

use crate::common::{Run, zonesite};

fn help(args: &[&str], locale: &str) -> Run {
    zonesite()
        .args(args)
        .env("LC_ALL", locale)
        .output()
        .expect("run zonesite")
        .into()
}

#[test]
fn build_help_is_in_chinese_with_lang_zh() {
    for args in [
        &["--lang", "zh", "build", "--help"][..],
        &["build", "--lang=zh", "--help"],
        &["--lang", "zh", "help", "build"],
    ] {
        let run = help(args, "en_US.UTF-8");
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        let out = &run.stdout;
        assert!(
            out.starts_with("读取、校验网站内容，生成页面并写入输出目录\n"),
            "{args:?}: {out}"
        );
        assert!(
            out.contains("输出目录不为空且并非由zonesite写入时，也予以替换，其中的文件将被删除"),
            "{out}"
        );
        assert!(out.contains("同时构建标有`draft: true`的正文"), "{out}");
        assert!(out.contains("显示帮助信息"), "{out}");
        assert!(out.contains("Usage: zonesite build [OPTIONS]"), "{out}");
        assert!(!out.contains("Replace the output"), "{out}");
    }
}

#[test]
fn build_help_is_in_english_with_lang_en() {
    let run = help(&["--lang", "en", "build", "--help"], "zh_CN.UTF-8");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.starts_with("Load, validate, render and write the site\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "Replace the output even if it is a non-empty folder zonesite did not write, \
             deleting the files it holds"
        ),
        "{out}"
    );
    assert!(out.contains("-h, --help"), "{out}");
    assert!(out.contains("Print help"), "{out}");
    assert!(!out.contains("读取"), "{out}");
}

#[test]
fn without_lang_the_help_follows_the_locale() {
    let run = help(&["--help"], "zh_CN.UTF-8");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("根据YAML和Markdown文件生成开发区的中英双语网站\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("在DIR中为开发区新建网站"),
        "{}",
        run.stdout
    );
    let run = help(&["--help"], "en_US.UTF-8");
    assert!(
        run.stdout.starts_with(
            "Builds the bilingual website of a development zone from YAML and Markdown\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_bad_lang_is_refused_in_the_locale_language() {
    let run = help(&["--lang", "fr", "build"], "zh_CN.UTF-8");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("`fr`不是zh或en"), "{}", run.stderr);
}
