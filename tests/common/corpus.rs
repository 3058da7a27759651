//! A made-up zone, generated from a seed: enough records that every section's
//! list runs to several pages, parks near enough to share their maps, texts
//! in one or both languages with headings and links between records. Used to
//! compare `serve`'s incremental rebuilds with full builds.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// How many records each section gets.
pub struct Sizes {
    pub parks: usize,
    pub industries: usize,
    pub initiatives: usize,
    pub enterprises: usize,
    pub news: usize,
    pub pages: usize,
}

impl Sizes {
    /// Every list paginated (50 a page), news over three pages.
    pub const PAGINATED: Sizes = Sizes {
        parks: 52,
        industries: 52,
        initiatives: 52,
        enterprises: 60,
        news: 130,
        pages: 52,
    };
}

/// The slug of record `n` of a section whose records are called `stem`.
pub fn slug(stem: &str, n: usize) -> String {
    format!("{stem}-{n:03}")
}

const WORDS_EN: [&str; 16] = [
    "zone",
    "industry",
    "park",
    "investment",
    "lithium",
    "solar",
    "plan",
    "growth",
    "service",
    "enterprise",
    "project",
    "power",
    "materials",
    "road",
    "export",
    "energy",
];
const WORDS_ZH: [&str; 16] = [
    "园区", "产业", "投资", "锂电", "光伏", "规划", "增长", "服务", "企业", "项目", "电力", "材料",
    "道路", "出口", "能源", "开发",
];

fn words(rng: &mut ChaCha8Rng, zh: bool, n: usize) -> String {
    let list = if zh { &WORDS_ZH } else { &WORDS_EN };
    let picked: Vec<&str> = (0..n)
        .map(|_| list[rng.random_range(0..list.len())])
        .collect();
    if zh {
        picked.concat()
    } else {
        picked.join(" ")
    }
}

/// Writes a site for the made-up zone into `root` (`content/` and a copy of
/// the project's `themes/`).
pub fn generate(root: &Path, seed: u64, sizes: &Sizes) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let content = root.join("content");
    let write = |rel: &str, text: &str| {
        let path = content.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write("site.yaml", &site_yaml());
    write(
        "glossary.yaml",
        "- {zh: 湖滨开发区, en: Lakeside Development Zone}\n- {zh: 北园, en: North Park}\n",
    );
    let stems = [
        ("parks", "park", sizes.parks),
        ("industries", "industry", sizes.industries),
        ("initiatives", "initiative", sizes.initiatives),
        ("enterprises", "enterprise", sizes.enterprises),
        ("news", "news", sizes.news),
        ("pages", "page", sizes.pages),
    ];
    for (section, stem, count) in stems {
        for n in 1..=count {
            let slug = slug(stem, n);
            if let Some(data) = data_yaml(&mut rng, section, n, sizes) {
                write(&format!("{section}/{slug}.yaml"), &data);
            }
            for lang in ["zh", "en"].into_iter().filter(|l| written_in(n, l)) {
                let text = text_md(&mut rng, section, &slug, n, lang, sizes);
                write(&format!("{section}/{slug}.{lang}.md"), &text);
            }
        }
    }
    for section in ["parks", "news", "enterprises"] {
        write(
            &format!("{section}/_index.zh.md"),
            &format!(
                "---\ntitle: {section} 简介\nsummary: 本栏目的介绍。\n---\n本栏目见[北园](@/parks/park-001)。\n"
            ),
        );
        write(
            &format!("{section}/_index.en.md"),
            &format!(
                "---\ntitle: About {section}\nsummary: What this section holds.\n---\nSee [the first park](@/parks/park-001#overview).\n"
            ),
        );
    }
    crate::common::copy_dir(
        &crate::common::project().join("themes"),
        &root.join("themes"),
    );
}

/// Whether record `n` of a section is written in `lang`: one in seven is
/// written in Chinese only, one in eleven in English only.
pub fn written_in(n: usize, lang: &str) -> bool {
    let zh_only = n % 7 == 3;
    let en_only = n % 11 == 5 && !zh_only;
    match lang {
        "zh" => !en_only,
        _ => !zh_only,
    }
}

fn site_yaml() -> String {
    "name: {zh: 湖滨开发区, en: Lakeside Development Zone}\n\
     short_name: {zh: 湖滨区, en: Lakeside}\n\
     description: {zh: 一个虚构的开发区。, en: A made-up development zone.}\n\
     base_url: https://lakeside.example/\n\
     theme: default\n\
     facts:\n  - label: {zh: 面积, en: Area}\n    value: 88.5\n    unit: km2\n    as_of: 2020-05-01\n    source: yearbook\n\
     sources:\n  - id: yearbook\n    title: {zh: 年鉴, en: Yearbook}\n    date: 2021-01-01\n  - id: report\n    title: {zh: 报告, en: Report}\n    date: 2022-03-04\n    url: https://lakeside.example/report\n\
     menu: [parks, industries, initiatives, enterprises, news, page-001]\n\
     footer:\n  organiser: {zh: 湖滨开发区管委会, en: Lakeside Administrative Committee}\n  contact: {zh: 电话 000, en: Telephone 000}\n  icp: 湖ICP备00000000号\n  police: 湖公网安备00000000000000号\n  site_code: \"0000000000\"\n"
        .to_string()
}

fn fact(rng: &mut ChaCha8Rng, label: (&str, &str)) -> String {
    let (value, unit) = match rng.random_range(0..3) {
        0 => (rng.random_range(1..900) as f64 * 1e6, "yuan".to_string()),
        1 => (
            rng.random_range(1..100) as f64,
            "{zh: 项, en: projects}".to_string(),
        ),
        _ => (rng.random_range(1..1000) as f64 / 10.0, "km2".to_string()),
    };
    format!(
        "  - label: {{zh: {}, en: {}}}\n    value: {value}\n    unit: {unit}\n    as_of: 20{:02}-0{}\n    source: {}\n",
        label.0,
        label.1,
        rng.random_range(15..24),
        rng.random_range(1..10),
        if rng.random_bool(0.5) {
            "yearbook"
        } else {
            "report"
        }
    )
}

fn refs(rng: &mut ChaCha8Rng, stem: &str, count: usize, how_many: usize) -> String {
    let mut picked: Vec<String> = (0..how_many)
        .map(|_| slug(stem, rng.random_range(1..=count)))
        .collect();
    picked.sort();
    picked.dedup();
    format!("[{}]", picked.join(", "))
}

fn data_yaml(rng: &mut ChaCha8Rng, section: &str, n: usize, sizes: &Sizes) -> Option<String> {
    let mut out = String::new();
    // A few records pinned to the front of their lists.
    if n % 13 == 6 {
        let _ = writeln!(out, "weight: {}", n % 4);
    }
    match section {
        "parks" => {
            let lat = 36.0 + rng.random_range(0..400) as f64 / 1000.0;
            let lon = 101.0 + rng.random_range(0..800) as f64 / 1000.0;
            let _ = writeln!(out, "area_km2: {}", rng.random_range(5..60));
            let _ = writeln!(out, "established: 20{:02}", rng.random_range(0..20));
            let _ = writeln!(
                out,
                "location: {{lat: {lat}, lon: {lon}, approximate: {}}}",
                n.is_multiple_of(2)
            );
            let _ = writeln!(
                out,
                "industries: {}",
                refs(rng, "industry", sizes.industries, 3)
            );
        }
        "industries" => {}
        "initiatives" => {
            let status = ["planned", "in-progress", "completed"][n % 3];
            let _ = writeln!(out, "status: {status}");
            if !n.is_multiple_of(4) {
                let _ = writeln!(
                    out,
                    "started: 20{:02}-{:02}",
                    rng.random_range(10..24),
                    rng.random_range(1..13)
                );
            }
            let _ = writeln!(out, "parks: {}", refs(rng, "park", sizes.parks, 2));
            let _ = writeln!(
                out,
                "industries: {}",
                refs(rng, "industry", sizes.industries, 2)
            );
            let _ = writeln!(
                out,
                "enterprises: {}",
                refs(rng, "enterprise", sizes.enterprises, 2)
            );
        }
        "enterprises" => {
            let _ = writeln!(
                out,
                "park: {}",
                slug("park", rng.random_range(1..=sizes.parks))
            );
            let _ = writeln!(
                out,
                "industries: {}",
                refs(rng, "industry", sizes.industries, 2)
            );
        }
        "news" => {
            if !n.is_multiple_of(3) {
                return None;
            }
            let _ = writeln!(out, "parks: {}", refs(rng, "park", sizes.parks, 1));
            let _ = writeln!(
                out,
                "initiatives: {}",
                refs(rng, "initiative", sizes.initiatives, 1)
            );
            return Some(out);
        }
        _ => {
            if !n.is_multiple_of(5) {
                return None;
            }
        }
    }
    if section != "news" {
        out.push_str("facts:\n");
        for k in 0..rng.random_range(1..5) {
            let label = [
                ("投资", "Investment"),
                ("项目", "Projects"),
                ("面积", "Area"),
                ("产值", "Output"),
            ][k % 4];
            out.push_str(&fact(rng, label));
        }
    }
    Some(out)
}

fn text_md(
    rng: &mut ChaCha8Rng,
    section: &str,
    own_slug: &str,
    n: usize,
    lang: &str,
    sizes: &Sizes,
) -> String {
    let zh = lang == "zh";
    let title = if zh {
        format!("{}{}", words(rng, true, 2), n)
    } else {
        format!("{} {own_slug}", words(rng, false, 2))
    };
    let mut out = format!(
        "---\ntitle: \"{title}\"\nsummary: \"{}\"\n",
        words(rng, zh, 6)
    );
    if section == "news" {
        let _ = writeln!(
            out,
            "date: 20{:02}-{:02}-{:02}",
            15 + n % 9,
            1 + n % 12,
            1 + n % 28
        );
    }
    out.push_str("---\n");
    let heading = if zh { "概况" } else { "Overview" };
    let _ = writeln!(out, "{}\n\n## {heading}\n", words(rng, zh, 12));
    let _ = writeln!(out, "{}\n", words(rng, zh, 20));
    // A link to a park's overview (a park written in this language), and one
    // to an industry.
    let park = loop {
        let n = rng.random_range(1..=sizes.parks);
        if written_in(n, lang) {
            break slug("park", n);
        }
    };
    let industry = slug("industry", rng.random_range(1..=sizes.industries));
    let _ = writeln!(
        out,
        "[{}](@/parks/{park}#{}) [{}](@/industries/{industry})\n",
        words(rng, zh, 2),
        if zh { "概况" } else { "overview" },
        words(rng, zh, 2)
    );
    let _ = writeln!(
        out,
        "## {}\n\n{}",
        if zh { "进展" } else { "Progress" },
        words(rng, zh, 16)
    );
    out
}
