//! `new` writes what it should, never over a file, in the language asked.

use std::fs;

use super::*;

fn en(problem: Problem) -> String {
    problem.render(Lang::En)
}

/// A site with a source, a located park and an industry.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("parks")).unwrap();
    fs::create_dir_all(content.join("industries")).unwrap();
    fs::write(
        content.join("site.yaml"),
        "name: {zh: 湖滨区, en: Lakeside}\ndescription: {zh: 湖滨区。, en: Lakeside.}\nbase_url: https://example.org/\nsources:\n  - id: lakeside-2024\n    title: {zh: 公报, en: Bulletin}\n    date: 2024\n",
    )
    .unwrap();
    fs::write(
        content.join("parks/west.yaml"),
        "location: {lat: 31.5, lon: 117.25}\n",
    )
    .unwrap();
    fs::write(content.join("parks/east.en.md"), "---\ntitle: East\n---\n").unwrap();
    fs::write(
        content.join("industries/glass.zh.md"),
        "---\ntitle: 玻璃\n---\n",
    )
    .unwrap();
    dir
}

#[test]
fn refuses_bad_sections_and_slugs() {
    let dir = site();
    assert!(
        en(new_record(dir.path(), "park", "x", Lang::En).unwrap_err())
            .contains("did you mean `parks`")
    );
    assert!(
        en(new_record(dir.path(), "parks", "Bad Slug", Lang::En).unwrap_err())
            .contains("not a valid slug")
    );
}

#[test]
fn outside_a_site_says_how_to_start_one() {
    let dir = tempfile::tempdir().unwrap();
    let err = en(new_record(dir.path(), "parks", "south", Lang::En).unwrap_err());
    assert!(err.contains("zonesite init DIR"), "{err}");
    assert!(!dir.path().join("content").exists());
}

#[test]
fn never_overwrites() {
    let dir = site();
    let files = new_record(dir.path(), "parks", "south", Lang::En).unwrap();
    assert_eq!(files.len(), 3);
    fs::write(&files[1], "mine").unwrap();
    assert!(
        en(new_record(dir.path(), "parks", "south", Lang::En).unwrap_err())
            .contains("already exists")
    );
    assert_eq!(fs::read_to_string(&files[1]).unwrap(), "mine");
}

#[test]
fn takes_its_examples_from_the_site() {
    let dir = site();
    let files = new_record(dir.path(), "enterprises", "glassworks", Lang::En).unwrap();
    let data = fs::read_to_string(&files[0]).unwrap();
    assert!(data.contains("# park: east "), "{data}");
    assert!(data.contains("e.g. [glass]"), "{data}");
    assert!(data.contains("#    source: lakeside-2024 "), "{data}");
    assert!(
        !data.contains("$schema"),
        "the site has no schemas/: {data}"
    );
    let today = crate::init::today().to_string();
    assert!(data.contains(&format!("#    as_of: {today} ")), "{data}");
    let text = fs::read_to_string(&files[1]).unwrap();
    assert!(text.contains("[its title](@/parks/east)"), "{text}");
    let park = new_record(dir.path(), "parks", "north", Lang::En).unwrap();
    let data = fs::read_to_string(&park[0]).unwrap();
    assert!(
        data.contains("# location: {lat: 31.5, lon: 117.25, approximate: true}"),
        "{data}"
    );
    fs::create_dir(dir.path().join("schemas")).unwrap();
    let news = new_record(dir.path(), "news", "opening", Lang::En).unwrap();
    let data = fs::read_to_string(&news[0]).unwrap();
    assert!(
        data.starts_with("# yaml-language-server: $schema=../../schemas/news.schema.json\n"),
        "{data}"
    );
    assert!(
        fs::read_to_string(&news[1])
            .unwrap()
            .contains(&format!("date: {today} "))
    );
}

#[test]
fn comments_in_the_language_asked_and_lined_up() {
    let dir = site();
    let files = new_record(dir.path(), "parks", "south", Lang::Zh).unwrap();
    let data = fs::read_to_string(&files[0]).unwrap();
    assert!(data.contains("# 产业的网址名，例如[glass]\n"), "{data}");
    assert!(!data.contains("industry slugs"), "{data}");
    // Every comment of the data file begins at column 56 or 38, Chinese
    // characters counted as two columns.
    use unicode_width::UnicodeWidthStr;
    for line in data.lines().filter(|l| l.contains(" # ")) {
        let at = line.find(" # ").unwrap() + 1;
        let column = line[..at].width();
        assert!(column == 56 || column == 38, "{column}: {line}");
    }
    let text = fs::read_to_string(&files[2]).unwrap();
    assert!(
        text.contains("# 在正文中链接其他记录，写作[其标题](@/parks/east)。\n"),
        "{text}"
    );
    assert!(
        text.contains("draft: true                      # 删除此行即可发布\n"),
        "{text}"
    );
    assert!(
        text.contains("title: Title\n"),
        "the English text stays English: {text}"
    );
}
