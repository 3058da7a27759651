//! Checks the content of the Xining ETDZ site against its only source, the report
//! "西宁开发区:跑出绿色转型加速度" of 2017-07-13 (source id `xining-etdz-2017`).
//!
//! The checks read the files under `content/` directly with `serde_yaml`, so they do not
//! depend on the `zonesite` library API. They make sure that:
//!
//! - every figure of the article is a fact, with its source and date, in the file it belongs to;
//! - no fact on the site is a figure the article does not give;
//! - every number written in the article (Chinese text on the news page) is accounted for;
//! - the English texts use the glossary's English names wherever their Chinese
//!   counterparts use the glossary's Chinese names;
//! - the Chinese texts are written in Simplified characters.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

/// The id of the seed article in `site.yaml`.
const SOURCE: &str = "xining-etdz-2017";

/// The news record that carries the full text of the article.
const ARTICLE_ZH: &str = "news/green-transformation-2017.zh.md";
const ARTICLE_EN: &str = "news/green-transformation-2017.en.md";

/// The unit of a figure: one of the format's base units, or a counting word given by its
/// Chinese form (`家`, `项`, …).
#[derive(Debug, Clone, Copy)]
enum Unit {
    Base(&'static str),
    Counted(&'static str),
}

use Unit::{Base, Counted};

/// One figure of the article and where it lives on the site.
#[derive(Debug)]
struct Figure {
    /// The content YAML file (relative to `content/`) whose `facts` hold it.
    file: &'static str,
    /// The article's own wording around the figure, in Simplified characters.
    phrase: &'static str,
    /// The value in the unit's base (yuan for money).
    value: f64,
    unit: Unit,
    approx: Option<&'static str>,
    as_of: &'static str,
}

const H1: &str = "2017-06"; // 上半年 / 截至2017年6月末
const NOW: &str = "2017-07-13"; // 目前, or undated: the day of the report

/// Every figure of the article. The article's "千亿元锂电产业和光伏产业" target belongs to two
/// industries, so it is listed once for each.
#[rustfmt::skip]
const FIGURES: &[Figure] = &[
    // The zone.
    Figure { file: "site.yaml", phrase: "108.78平方公里", value: 108.78, unit: Base("km2"), approx: None, as_of: NOW },
    Figure { file: "site.yaml", phrase: "1500多家企业", value: 1500.0, unit: Counted("家"), approx: Some("more-than"), as_of: NOW },
    Figure { file: "site.yaml", phrase: "规模以上工业企业达190家", value: 190.0, unit: Counted("家"), approx: None, as_of: NOW },
    Figure { file: "site.yaml", phrase: "经过10多年的发展", value: 10.0, unit: Counted("年"), approx: Some("more-than"), as_of: NOW },
    Figure { file: "site.yaml", phrase: "工业产值预计可增长25%左右", value: 25.0, unit: Base("percent"), approx: Some("about"), as_of: H1 },
    // Industries.
    Figure { file: "industries/lithium-batteries.yaml", phrase: "正全力打造千亿元锂电产业和光伏产业", value: 100_000_000_000.0, unit: Base("yuan"), approx: None, as_of: NOW },
    Figure { file: "industries/silicon-photovoltaics.yaml", phrase: "正全力打造千亿元锂电产业和光伏产业", value: 100_000_000_000.0, unit: Base("yuan"), approx: None, as_of: NOW },
    // Business environment and support funds.
    Figure { file: "initiatives/business-environment.yaml", phrase: "兑现扶持资金1.2亿元", value: 120_000_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    Figure { file: "initiatives/business-environment.yaml", phrase: "兑现优惠政策资金3550万元", value: 35_500_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    Figure { file: "initiatives/business-environment.yaml", phrase: "提供贷款贴息1488万元", value: 14_880_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    // Enterprise financing.
    Figure { file: "initiatives/enterprise-financing.yaml", phrase: "新增融资43亿元", value: 4_300_000_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    Figure { file: "initiatives/enterprise-financing.yaml", phrase: "6支产业发展基金", value: 6.0, unit: Counted("支"), approx: None, as_of: H1 },
    Figure { file: "initiatives/enterprise-financing.yaml", phrase: "基金规模达60亿元", value: 6_000_000_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    // Employment services.
    Figure { file: "initiatives/employment-services.yaml", phrase: "43次大型就业服务专项活动", value: 43.0, unit: Counted("次"), approx: None, as_of: NOW },
    Figure { file: "initiatives/employment-services.yaml", phrase: "招聘人员4484人", value: 4484.0, unit: Counted("人"), approx: None, as_of: NOW },
    // Investment attraction.
    Figure { file: "initiatives/investment-attraction.yaml", phrase: "招商引资项目35项", value: 35.0, unit: Counted("项"), approx: None, as_of: NOW },
    Figure { file: "initiatives/investment-attraction.yaml", phrase: "总投资246亿元", value: 24_600_000_000.0, unit: Base("yuan"), approx: None, as_of: NOW },
    Figure { file: "initiatives/investment-attraction.yaml", phrase: "10吉瓦时新能源电池", value: 10.0, unit: Base("gwh"), approx: None, as_of: NOW },
    Figure { file: "initiatives/investment-attraction.yaml", phrase: "有意向的项目16项", value: 16.0, unit: Counted("项"), approx: None, as_of: NOW },
    Figure { file: "initiatives/investment-attraction.yaml", phrase: "总投资约35亿元", value: 3_500_000_000.0, unit: Base("yuan"), approx: Some("about"), as_of: NOW },
    // Infrastructure.
    Figure { file: "initiatives/infrastructure.yaml", phrase: "开复工重点基础设施项目26项", value: 26.0, unit: Counted("项"), approx: None, as_of: H1 },
    Figure { file: "initiatives/infrastructure.yaml", phrase: "完成投资5亿元", value: 500_000_000.0, unit: Base("yuan"), approx: None, as_of: H1 },
    Figure { file: "initiatives/infrastructure.yaml", phrase: "等5个项目全面建成", value: 5.0, unit: Counted("项"), approx: None, as_of: NOW },
    Figure { file: "initiatives/infrastructure.yaml", phrase: "完成土建工程量40%", value: 40.0, unit: Base("percent"), approx: None, as_of: NOW },
    Figure { file: "initiatives/infrastructure.yaml", phrase: "投资4883万元", value: 48_830_000.0, unit: Base("yuan"), approx: None, as_of: NOW },
    // Land use.
    Figure { file: "initiatives/land-use.yaml", phrase: "闲置土地300亩", value: 300.0, unit: Base("mu"), approx: None, as_of: NOW },
    // Supply-side structural reform.
    Figure { file: "initiatives/supply-side-reform.yaml", phrase: "实施了154项扩能及技术改造项目", value: 154.0, unit: Counted("项"), approx: None, as_of: H1 },
    // Circular economy, energy saving, environmental enforcement.
    Figure { file: "initiatives/circular-economy.yaml", phrase: "等28项循环经济发展项目", value: 28.0, unit: Counted("项"), approx: None, as_of: NOW },
    Figure { file: "initiatives/energy-saving.yaml", phrase: "节能环保技改项目32项", value: 32.0, unit: Counted("项"), approx: None, as_of: NOW },
    Figure { file: "initiatives/environmental-enforcement.yaml", phrase: "20个排污口", value: 20.0, unit: Counted("个"), approx: None, as_of: NOW },
    Figure { file: "initiatives/environmental-enforcement.yaml", phrase: "查处环境违法案件16起", value: 16.0, unit: Counted("起"), approx: None, as_of: NOW },
];

/// Numbers written in the article that are not figures, with how often each occurs.
const NON_FIGURE_NUMBERS: &[(&str, usize, &str)] = &[
    ("2017", 2, "the year: 2017年已经过半, 截至2017年6月末"),
    ("6", 1, "the month in 截至2017年6月末"),
    (
        "154",
        1,
        "the section heading 供给侧改革:实施154个项目 repeats a figure",
    ),
];

/// Traditional-only characters (those the seed article's Traditional text used in place
/// of a different Simplified character). None may appear in a Chinese text.
const TRADITIONAL: &str = "亞來個們側備傳債僅億優兌內兩凈創劃勁動務勞勢匯區協參員問單國圍園團執堅場塵壓學實寧審寶專對導屬幫庫廠廢廣強復徹態應戰戶揮搶撐擊擔擴斷時會東桿業極構樂標樣樸樹機檢氣氫決減準潛濟瀾灣為煙熱燒營獨獻現環產畝畢發監眾確礎礦稅種稱積穩節簡約納純級紡組結絕給絨統綁經綜綠網線緩總織繞繼續習聯聽脫臟臺與華萬蕭藍藝藥蘇蘋處術補見規視訂計記設訴詞試認誕調談變讓負財貢貫責貸費貼資質購踐車載輸轉辦農這進運過達違適遷還醫鉻銀鋁鋪鋰鋼鍵鎂鎳鏈鐵長門開閑間關陰陽際險隱雙難電響項預領頭顆題顏類風餾馬駐體鳳麗點裏於";

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn read(rel: &str) -> String {
    let path = content_dir().join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn read_yaml(rel: &str) -> Value {
    let text = read(rel);
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("content/{rel} is not valid YAML: {e}"))
}

/// All files under `content/`, as paths relative to it, sorted.
fn content_files() -> Vec<String> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
        let entries =
            fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                let rel = path.strip_prefix(base).expect("inside content/");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let base = content_dir();
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out.sort();
    out
}

/// The content YAML files that may hold facts: `site.yaml` and every record's data file.
fn fact_files() -> Vec<String> {
    content_files()
        .into_iter()
        .filter(|f| f == "site.yaml" || (f.contains('/') && f.ends_with(".yaml")))
        .collect()
}

fn facts_of(rel: &str) -> Vec<Value> {
    match read_yaml(rel).get("facts") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Sequence(facts)) => facts.clone(),
        Some(other) => panic!("content/{rel}: `facts` is not a list: {other:?}"),
    }
}

fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Why `fact` is not `figure`, or `None` if it is.
fn mismatch(fact: &Value, figure: &Figure) -> Option<String> {
    let Some(value) = fact.get("value").and_then(Value::as_f64) else {
        return Some("value is missing or not a number".into());
    };
    if (value - figure.value).abs() > 1e-9 * figure.value.abs().max(1.0) {
        return Some(format!("value {value} is not {}", figure.value));
    }
    let unit = fact.get("unit");
    let unit_ok = match figure.unit {
        Base(name) => unit.and_then(Value::as_str) == Some(name),
        Counted(zh) => {
            unit.and_then(|u| str_field(u, "zh")) == Some(zh)
                && unit
                    .and_then(|u| str_field(u, "en"))
                    .is_some_and(|en| !en.trim().is_empty())
        }
    };
    if !unit_ok {
        return Some(format!("unit {unit:?} is not {:?}", figure.unit));
    }
    if str_field(fact, "approx") != figure.approx {
        return Some(format!(
            "approx {:?} is not {:?}",
            str_field(fact, "approx"),
            figure.approx
        ));
    }
    if str_field(fact, "as_of") != Some(figure.as_of) {
        return Some(format!(
            "as_of {:?} is not {}",
            str_field(fact, "as_of"),
            figure.as_of
        ));
    }
    if str_field(fact, "source") != Some(SOURCE) {
        return Some(format!(
            "source {:?} is not {SOURCE}",
            str_field(fact, "source")
        ));
    }
    let label = fact.get("label");
    let label_ok = ["zh", "en"].iter().all(|lang| {
        label
            .and_then(|l| str_field(l, lang))
            .is_some_and(|s| !s.trim().is_empty())
    });
    if !label_ok {
        return Some("label is missing its zh or en text".into());
    }
    None
}

/// The Markdown body of a text file, without its front matter.
fn body(text: &str) -> &str {
    let rest = text
        .strip_prefix("---\n")
        .expect("front matter opens the file");
    let end = rest.find("\n---\n").expect("front matter is closed");
    &rest[end + "\n---\n".len()..]
}

/// Markdown with its internal links reduced to their text: `[甘河](@/parks/ganhe)` → `甘河`.
fn without_links(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(at) = rest.find("](@/") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let close = after.find(')').expect("link target is closed");
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out.replace('[', "")
}

/// Runs of ASCII digits, with at most one decimal point inside (`108.78`).
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            let mut seen_point = false;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.'
                        && !seen_point
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                seen_point |= chars[i] == '.';
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

fn count<I: IntoIterator<Item = String>>(items: I) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for item in items {
        *map.entry(item).or_insert(0) += 1;
    }
    map
}

fn assert_no_failures(what: &str, failures: &[String]) {
    assert!(failures.is_empty(), "{what}:\n  {}", failures.join("\n  "));
}

#[test]
fn every_article_figure_is_a_sourced_fact_in_the_file_it_belongs_to() {
    let mut failures = Vec::new();
    for figure in FIGURES {
        let facts = facts_of(figure.file);
        if !facts.iter().any(|fact| mismatch(fact, figure).is_none()) {
            let closest = facts
                .iter()
                .filter_map(|fact| mismatch(fact, figure))
                .find(|why| !why.starts_with("value"))
                .unwrap_or_else(|| "no fact has this value".into());
            failures.push(format!(
                "content/{}: {} ({closest})",
                figure.file, figure.phrase
            ));
        }
    }
    assert_no_failures("article figures missing from their files", &failures);
}

#[test]
fn every_fact_on_the_site_is_a_figure_of_the_article() {
    let mut failures = Vec::new();
    for file in fact_files() {
        for fact in facts_of(&file) {
            let known = FIGURES
                .iter()
                .any(|figure| figure.file == file && mismatch(&fact, figure).is_none());
            if !known {
                let label = fact
                    .get("label")
                    .and_then(|l| str_field(l, "zh"))
                    .unwrap_or("?");
                failures.push(format!(
                    "content/{file}: fact {label:?} is not in the list of the article's figures"
                ));
            }
        }
    }
    assert_no_failures("facts that the article does not give", &failures);
}

#[test]
fn every_figure_is_quoted_from_the_chinese_article() {
    let article = without_links(body(&read(ARTICLE_ZH)));
    let failures: Vec<String> = FIGURES
        .iter()
        .filter(|figure| !article.contains(figure.phrase))
        .map(|figure| format!("{:?} (for content/{})", figure.phrase, figure.file))
        .collect();
    assert_no_failures(
        &format!("figure phrases not found in content/{ARTICLE_ZH}"),
        &failures,
    );
}

#[test]
fn every_number_written_in_the_article_is_accounted_for() {
    let written = count(numbers_in(&without_links(body(&read(ARTICLE_ZH)))));
    // Each distinct phrase counts once: a figure listed for two files is written once.
    let mut phrases: Vec<&str> = FIGURES.iter().map(|f| f.phrase).collect();
    phrases.sort_unstable();
    phrases.dedup();
    let mut expected = count(phrases.iter().flat_map(|p| numbers_in(p)));
    for (number, times, _why) in NON_FIGURE_NUMBERS {
        *expected.entry((*number).to_string()).or_insert(0) += times;
    }
    let mut failures = Vec::new();
    for number in written.keys().chain(expected.keys()) {
        let (w, e) = (
            written.get(number).copied().unwrap_or(0),
            expected.get(number).copied().unwrap_or(0),
        );
        if w != e
            && !failures
                .iter()
                .any(|f: &String| f.starts_with(&format!("{number}:")))
        {
            failures.push(format!(
                "{number}: written {w} times in the article, accounted for {e} times"
            ));
        }
    }
    assert_no_failures(
        "numbers of the article not matched by the list of figures",
        &failures,
    );
}

#[test]
fn the_first_source_is_the_seed_article_with_no_invented_publisher_or_url() {
    let site = read_yaml("site.yaml");
    let sources = site
        .get("sources")
        .and_then(Value::as_sequence)
        .expect("site.yaml has sources");
    let first = sources
        .first()
        .expect("site.yaml lists at least one source");
    assert_eq!(str_field(first, "id"), Some(SOURCE));
    assert_eq!(str_field(first, "date"), Some("2017-07-13"));
    let title = first.get("title").expect("the source has a title");
    assert_eq!(
        str_field(title, "zh"),
        Some("西宁开发区:跑出绿色转型加速度")
    );
    assert!(
        str_field(title, "en").is_some_and(|en| !en.trim().is_empty()),
        "the source has an English title"
    );
    assert!(
        first.get("publisher").is_none(),
        "the article's publisher is unknown: no publisher may be given"
    );
    assert!(
        first.get("url").is_none(),
        "the article has no known URL: no url may be given"
    );
}

#[test]
fn the_news_article_keeps_the_six_section_headings_in_both_languages() {
    for rel in [ARTICLE_ZH, ARTICLE_EN] {
        let text = read(rel);
        let headings = body(&text).lines().filter(|l| l.starts_with("## ")).count();
        assert_eq!(
            headings, 6,
            "content/{rel} has {headings} section headings, the article has 6"
        );
    }
}

/// The `{zh, en}` labels anywhere inside a YAML value.
fn labels(value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Mapping(map) => {
            if let (2, Some(zh), Some(en)) =
                (map.len(), str_field(value, "zh"), str_field(value, "en"))
            {
                out.push((zh.to_string(), en.to_string()));
            }
            for v in map.values() {
                labels(v, out);
            }
        }
        Value::Sequence(items) => items.iter().for_each(|v| labels(v, out)),
        _ => {}
    }
}

/// The ways an English glossary term may be written: as given, with its first letter
/// capitalised (start of a title or sentence), or with every word capitalised (inside a
/// name or title, e.g. "Shidai New Energy" for "new energy").
fn written_forms(term: &str) -> Vec<String> {
    let mut first = String::new();
    let mut title = String::new();
    let mut at_word_start = true;
    for (i, c) in term.chars().enumerate() {
        first.extend(if i == 0 {
            c.to_uppercase().collect::<Vec<_>>()
        } else {
            vec![c]
        });
        title.extend(if at_word_start {
            c.to_uppercase().collect::<Vec<_>>()
        } else {
            vec![c]
        });
        at_word_start = c == ' ' || c == '-';
    }
    vec![term.to_string(), first, title]
}

#[test]
fn english_texts_use_the_glossary_names_of_their_chinese_counterparts() {
    let glossary: Vec<(String, String)> = {
        let value = read_yaml("glossary.yaml");
        let entries = value.as_sequence().expect("glossary.yaml is a list");
        entries
            .iter()
            .map(|e| {
                let zh = str_field(e, "zh").expect("glossary entry has zh");
                let en = str_field(e, "en").expect("glossary entry has en");
                (zh.to_string(), en.to_string())
            })
            .collect()
    };
    assert!(!glossary.is_empty(), "the glossary is empty");

    // (where, Chinese text, English counterpart)
    let mut pairs: Vec<(String, String, String)> = Vec::new();
    for file in content_files() {
        if let Some(stem) = file.strip_suffix(".zh.md") {
            let en = format!("{stem}.en.md");
            if content_dir().join(&en).exists() {
                pairs.push((file.clone(), read(&file), read(&en)));
            }
        } else if file.ends_with(".yaml") {
            let mut found = Vec::new();
            labels(&read_yaml(&file), &mut found);
            pairs.extend(
                found
                    .into_iter()
                    .map(|(zh, en)| (format!("{file} label {zh:?}"), zh, en)),
            );
        }
    }
    assert!(
        pairs.len() > 100,
        "expected the whole site's texts, found {} pairs",
        pairs.len()
    );

    let mut failures = Vec::new();
    for (zh_term, en_term) in &glossary {
        let forms = written_forms(en_term);
        for (place, zh, en) in &pairs {
            if zh.contains(zh_term.as_str()) && !forms.iter().any(|form| en.contains(form.as_str()))
            {
                failures.push(format!(
                    "{place}: has {zh_term} but its English lacks {en_term:?}"
                ));
            }
        }
    }
    assert_no_failures(
        "English texts that do not use the glossary's names",
        &failures,
    );
}

#[test]
fn chinese_texts_are_in_simplified_characters() {
    let mut failures = Vec::new();
    let mut check = |place: String, text: &str| {
        let found: String = text.chars().filter(|c| TRADITIONAL.contains(*c)).collect();
        if !found.is_empty() {
            failures.push(format!("{place}: traditional characters {found}"));
        }
    };
    for file in content_files() {
        if file.ends_with(".zh.md") {
            check(file.clone(), &read(&file));
        } else if file.ends_with(".yaml") {
            let mut found = Vec::new();
            labels(&read_yaml(&file), &mut found);
            for (zh, _) in found {
                check(format!("{file} label"), &zh);
            }
        }
    }
    assert_no_failures("Chinese texts with traditional characters", &failures);
}
