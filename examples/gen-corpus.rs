//! Generates a synthetic, deterministic benchmark corpus for zonesite.
//!
//! ```text
//! cargo run --release --example gen-corpus -- --records N --out DIR [--seed S] [--force] [--images M]
//! ```
//!
//! writes a complete site root in `DIR`:
//!
//! - `DIR/content/site.yaml`: the zone, with 2-3 key figures and one source, `corpus`;
//! - `DIR/content/<section>/_index.{zh,en}.md` for `parks`, `industries`, `initiatives`
//!   and `enterprises`;
//! - N records, split 5% parks, 10% industries, 25% initiatives and 60% enterprises (at
//!   least one park and one industry), each as `<slug>.yaml` (data), `<slug>.zh.md` and
//!   `<slug>.en.md`, with slugs `park-00001`, `industry-00001`, `initiative-00001`,
//!   `enterprise-00001`; every text has about 600 English words or 900 Chinese characters,
//!   three `##` sections, a bulleted list, a 3×3 table and two links to other records;
//! - with `--images M`, M records spread evenly over the corpus each get a generated
//!   1600×1067 JPEG (a gradient with noise, not a photograph) in their folder,
//!   `<section>/<slug>/厂房.jpg`, shown at the end of both texts by every other one of
//!   them and listed in the data's `photos` (with a caption and credit) by the rest;
//! - `DIR/content/pages/about.{zh,en}.md`;
//! - `DIR/themes/`, a recursive copy of this project's `themes/` directory (skipped, with a
//!   note on stderr, if the project has none yet).
//!
//! The files follow `docs/content-format.md`. The output depends only on N and the seed
//! (default 1): every record draws from its own stream of a `ChaCha8Rng` seeded with S, so
//! records can be generated in parallel and still come out the same on every run.
//!
//! The generator refuses to write into a non-empty `DIR/content` (exit status 2) unless
//! `--force` is given, which removes `DIR/content` first. It ends with a one-line summary.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

/// Generates a deterministic benchmark corpus (a site root) for zonesite.
#[derive(Parser)]
#[command(name = "gen-corpus")]
struct Args {
    /// Number of records (parks, industries, initiatives and enterprises together); at least 2.
    #[arg(long, value_parser = clap::value_parser!(u64).range(2..))]
    records: u64,
    /// Site root to write: DIR/content and DIR/themes.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the random generator; the same seed always gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Remove an existing DIR/content first instead of refusing to write into it.
    #[arg(long)]
    force: bool,
    /// Records, spread evenly, that get a generated photo in their folder.
    #[arg(long, default_value_t = 0)]
    images: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let started = Instant::now();
    let content = args.out.join("content");
    match prepare_content_dir(&content, args.force) {
        Ok(()) => {}
        Err(Prepare::NotEmpty) => {
            eprintln!(
                "gen-corpus: error: {} exists and is not empty; pass --force to remove it first",
                content.display()
            );
            return ExitCode::from(2);
        }
        Err(Prepare::Io(e)) => {
            eprintln!(
                "gen-corpus: error: cannot prepare {}: {e}",
                content.display()
            );
            return ExitCode::FAILURE;
        }
    }
    let Ok(records) = usize::try_from(args.records) else {
        eprintln!("gen-corpus: error: --records {} is too large", args.records);
        return ExitCode::from(2);
    };
    let corpus = Corpus::new(records, args.seed);
    let written = match write_content(&corpus, &content, args.images) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("gen-corpus: error: writing {}: {e}", content.display());
            return ExitCode::FAILURE;
        }
    };
    let themes_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    let themes = if themes_src.is_dir() {
        match copy_dir(&themes_src, &args.out.join("themes")) {
            Ok(t) => format!(", themes: {} files copied", t.files),
            Err(e) => {
                eprintln!(
                    "gen-corpus: error: copying {} to {}: {e}",
                    themes_src.display(),
                    args.out.join("themes").display()
                );
                return ExitCode::FAILURE;
            }
        }
    } else {
        eprintln!(
            "gen-corpus: note: {} does not exist; DIR/themes not written",
            themes_src.display()
        );
        String::new()
    };
    let [p, i, n, e] = corpus.counts;
    println!(
        "gen-corpus: {records} records ({p} parks, {i} industries, {n} initiatives, \
         {e} enterprises), {} files, {} bytes ({:.1} MiB) in {}{themes}, seed {}, {:.2} s",
        written.files,
        written.bytes,
        written.bytes as f64 / (1024.0 * 1024.0),
        content.display(),
        args.seed,
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

// ---------------------------------------------------------------------------------------
// Files and directories

enum Prepare {
    NotEmpty,
    Io(io::Error),
}

impl From<io::Error> for Prepare {
    fn from(e: io::Error) -> Self {
        Prepare::Io(e)
    }
}

/// Makes sure `content` can be written: absent or an empty directory, or removed with `force`.
fn prepare_content_dir(content: &Path, force: bool) -> Result<(), Prepare> {
    let meta = match fs::symlink_metadata(content) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    if meta.is_dir() && fs::read_dir(content)?.next().is_none() {
        return Ok(());
    }
    if !force {
        return Err(Prepare::NotEmpty);
    }
    if meta.is_dir() {
        fs::remove_dir_all(content)?;
    } else {
        fs::remove_file(content)?;
    }
    Ok(())
}

#[derive(Default, Clone, Copy)]
struct Written {
    files: u64,
    bytes: u64,
}

impl std::ops::Add for Written {
    type Output = Written;
    fn add(self, o: Written) -> Written {
        Written {
            files: self.files + o.files,
            bytes: self.bytes + o.bytes,
        }
    }
}

fn write_file(path: &Path, text: &str) -> io::Result<Written> {
    fs::write(path, text)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    Ok(Written {
        files: 1,
        bytes: text.len() as u64,
    })
}

/// Copies a directory tree, in sorted order, overwriting files that already exist.
fn copy_dir(src: &Path, dst: &Path) -> io::Result<Written> {
    fs::create_dir_all(dst)?;
    let mut entries = fs::read_dir(src)?.collect::<io::Result<Vec<_>>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut total = Written::default();
    for entry in entries {
        let from = entry.path();
        let to = dst.join(entry.file_name());
        // `metadata` follows symbolic links, so a linked file or directory is copied.
        if fs::metadata(&from)?.is_dir() {
            total = total + copy_dir(&from, &to)?;
        } else {
            let bytes = fs::copy(&from, &to)?;
            total = total + Written { files: 1, bytes };
        }
    }
    Ok(total)
}

fn write_content(c: &Corpus, content: &Path, images: usize) -> io::Result<Written> {
    for s in Section::ALL {
        fs::create_dir_all(content.join(s.dir()))?;
    }
    fs::create_dir_all(content.join("pages"))?;

    let mut total = write_file(&content.join("site.yaml"), &site_yaml(c))?;
    for (k, s) in Section::ALL.into_iter().enumerate() {
        let mut rng = c.rng(u64::MAX - 1 - k as u64);
        for lang in [Lang::Zh, Lang::En] {
            let text = section_index(s, lang, &mut rng);
            let path = content
                .join(s.dir())
                .join(format!("_index.{}.md", lang.code()));
            total = total + write_file(&path, &text)?;
        }
    }
    let mut rng = c.rng(u64::MAX - 10);
    for lang in [Lang::Zh, Lang::En] {
        let text = about_page(c, lang, &mut rng);
        let path = content
            .join("pages")
            .join(format!("about.{}.md", lang.code()));
        total = total + write_file(&path, &text)?;
    }

    let records = (0..c.total)
        .into_par_iter()
        .map(|g| write_record(c, content, g, image_of(c.total, images, g)))
        .try_reduce(Written::default, |a, b| Ok(a + b))?;
    Ok(total + records)
}

/// Where record `g` of `total` shows its photo, when it is one of the
/// `images` that get one: every other one in its text, the rest in its data.
fn image_of(total: usize, images: usize, g: usize) -> Option<Shown> {
    let images = images.min(total);
    if images == 0 || (g * images) % total >= images {
        return None;
    }
    Some(if (g * images / total).is_multiple_of(2) {
        Shown::InText
    } else {
        Shown::InData
    })
}

/// Where a record shows its photo.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// At the end of both texts, as a Markdown image.
    InText,
    /// In the data's `photos`, as the record's cover.
    InData,
}

/// The photo's name in the record's folder: Chinese, as editors name them.
const PHOTO: &str = "厂房.jpg";

/// A 1600×1067 JPEG: a gradient with noise, so that it encodes like a photo.
fn photo(rng: &mut ChaCha8Rng) -> Vec<u8> {
    let noise: Vec<u8> = (0..4096).map(|_| rng.random_range(0..48)).collect();
    let image = image::RgbImage::from_fn(1600, 1067, |x, y| {
        let n = noise[((x * 31 + y * 17) % 4096) as usize];
        // The gradient wraps around, by design: more edges to encode.
        image::Rgb([
            ((x / 7) as u8).wrapping_add(n),
            ((y / 5) as u8).wrapping_add(n),
            96 + n,
        ])
    });
    let mut bytes = Vec::new();
    image
        .write_to(&mut io::Cursor::new(&mut bytes), image::ImageFormat::Jpeg)
        .expect("encoding to memory");
    bytes
}

fn write_record(c: &Corpus, content: &Path, g: usize, image: Option<Shown>) -> io::Result<Written> {
    let (s, i) = c.locate(g);
    let mut rng = c.rng(g as u64 + 1);
    let slug = c.slug(s, i);
    let dir = content.join(s.dir());

    let mut data = record_yaml(c, s, &mut rng);
    if image == Some(Shown::InData) {
        data.push_str(&format!(
            "photos:\n  - file: {PHOTO}\n    alt: {{zh: 园区外景, en: The site from outside}}\n    caption: {{zh: 生成的示例图片, en: A generated example image}}\n    credit: {{zh: 示例生成器, en: The corpus generator}}\n"
        ));
    }
    let links = c.pick_links(g, &mut rng);
    let mut total = write_file(&dir.join(format!("{slug}.yaml")), &data)?;
    for lang in [Lang::Zh, Lang::En] {
        let title = c.title(s, i, lang);
        let summary = record_summary(s, &title, lang, &mut rng);
        let links = links.map(|(ls, li)| Link {
            title: c.title(ls, li, lang),
            target: format!("@/{}/{}", ls.dir(), c.slug(ls, li)),
        });
        let mut text = text_file(&title, &summary, lang, &links, &mut rng);
        if image == Some(Shown::InText) {
            let alt = match lang {
                Lang::Zh => "园区外景",
                Lang::En => "The site from outside",
            };
            text.push_str(&format!("\n![{alt}]({PHOTO})\n"));
        }
        total = total + write_file(&dir.join(format!("{slug}.{}.md", lang.code())), &text)?;
    }
    if image.is_some() {
        let bytes = photo(&mut rng);
        fs::create_dir_all(dir.join(&slug))?;
        fs::write(dir.join(&slug).join(PHOTO), &bytes)?;
        total = total
            + Written {
                files: 1,
                bytes: bytes.len() as u64,
            };
    }
    Ok(total)
}

// ---------------------------------------------------------------------------------------
// The corpus: sections, counts, slugs, titles, random streams

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Park,
    Industry,
    Initiative,
    Enterprise,
}

impl Section {
    const ALL: [Section; 4] = [
        Section::Park,
        Section::Industry,
        Section::Initiative,
        Section::Enterprise,
    ];

    fn dir(self) -> &'static str {
        match self {
            Section::Park => "parks",
            Section::Industry => "industries",
            Section::Initiative => "initiatives",
            Section::Enterprise => "enterprises",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Section::Park => "park",
            Section::Industry => "industry",
            Section::Initiative => "initiative",
            Section::Enterprise => "enterprise",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    fn pick(self, pair: (&'static str, &'static str)) -> &'static str {
        match self {
            Lang::Zh => pair.0,
            Lang::En => pair.1,
        }
    }
}

/// A prime larger than every title space, so `k * TITLE_STRIDE mod m` permutes `0..m`.
const TITLE_STRIDE: u64 = 1_000_003;

struct Corpus {
    seed: u64,
    total: usize,
    /// Records per section, in the order of `Section::ALL`.
    counts: [usize; 4],
    /// Global index of each section's first record.
    starts: [usize; 4],
    /// Per-section offsets that make titles depend on the seed.
    title_offsets: [u64; 4],
}

impl Corpus {
    fn new(total: usize, seed: u64) -> Corpus {
        let share = |percent: usize| (total * percent + 50) / 100;
        let parks = share(5).max(1);
        let industries = share(10).max(1);
        let initiatives = share(25).min(total.saturating_sub(parks + industries));
        let enterprises = total.saturating_sub(parks + industries + initiatives);
        let counts = [parks, industries, initiatives, enterprises];
        let mut starts = [0; 4];
        for k in 1..4 {
            starts[k] = starts[k - 1] + counts[k - 1];
        }
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let title_offsets = std::array::from_fn(|_| rng.random_range(0..TITLE_STRIDE));
        Corpus {
            seed,
            total: starts[3] + enterprises,
            counts,
            starts,
            title_offsets,
        }
    }

    /// Stream `stream` of the corpus generator: record `g` uses stream `g + 1`.
    fn rng(&self, stream: u64) -> ChaCha8Rng {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        rng.set_stream(stream);
        rng
    }

    fn locate(&self, g: usize) -> (Section, usize) {
        let k = (0..4)
            .rev()
            .find(|&k| g >= self.starts[k] && self.counts[k] > 0)
            .unwrap_or(0);
        (Section::ALL[k], g - self.starts[k])
    }

    fn count(&self, s: Section) -> usize {
        self.counts[s as usize]
    }

    fn slug(&self, s: Section, i: usize) -> String {
        format!("{}-{:05}", s.prefix(), i + 1)
    }

    /// The title of record `i` of section `s`: distinct within a section while the
    /// section's combinations last, then numbered "(2)", "(3)"…
    fn title(&self, s: Section, i: usize, lang: Lang) -> String {
        let radices: &[usize] = match s {
            Section::Park => &[PLACES.len(), PARK_KINDS.len(), PARK_ZONES.len()],
            Section::Industry => &[MODIFIERS.len(), INDUSTRY_BASES.len(), SEGMENTS.len()],
            Section::Initiative => &[PLACES.len(), TOPICS.len(), INITIATIVE_KINDS.len()],
            Section::Enterprise => &[
                PLACES.len(),
                BRANDS.len(),
                BUSINESSES.len(),
                COMPANY_SUFFIXES.len(),
            ],
        };
        let m: usize = radices.iter().product();
        debug_assert!((m as u64) < TITLE_STRIDE);
        let cycle = i / m;
        let mut k =
            (((i % m) as u64 * TITLE_STRIDE + self.title_offsets[s as usize]) % m as u64) as usize;
        let mut d = [0usize; 4];
        for (slot, &r) in d.iter_mut().zip(radices) {
            *slot = k % r;
            k /= r;
        }
        let mut t = match (s, lang) {
            (Section::Park, Lang::Zh) => {
                format!(
                    "{}{}{}",
                    PLACES[d[0]].0, PARK_KINDS[d[1]].0, PARK_ZONES[d[2]].0
                )
            }
            (Section::Park, Lang::En) => {
                let zone = PARK_ZONES[d[2]].1;
                let sep = if zone.is_empty() { "" } else { " " };
                format!("{} {}{sep}{zone}", PLACES[d[0]].1, PARK_KINDS[d[1]].1)
            }
            (Section::Industry, Lang::Zh) => format!(
                "{}{}{}",
                MODIFIERS[d[0]].0, INDUSTRY_BASES[d[1]].0, SEGMENTS[d[2]].0
            ),
            (Section::Industry, Lang::En) => format!(
                "{} {} {}",
                MODIFIERS[d[0]].1, INDUSTRY_BASES[d[1]].1, SEGMENTS[d[2]].1
            ),
            (Section::Initiative, Lang::Zh) => format!(
                "{}{}{}",
                PLACES[d[0]].0, TOPICS[d[1]].0, INITIATIVE_KINDS[d[2]].0
            ),
            (Section::Initiative, Lang::En) => format!(
                "{} {} {}",
                PLACES[d[0]].1, TOPICS[d[1]].1, INITIATIVE_KINDS[d[2]].1
            ),
            (Section::Enterprise, Lang::Zh) => format!(
                "{}{}{}{}",
                PLACES[d[0]].0, BRANDS[d[1]].0, BUSINESSES[d[2]].0, COMPANY_SUFFIXES[d[3]].0
            ),
            (Section::Enterprise, Lang::En) => format!(
                "{} {} {} {}",
                PLACES[d[0]].1, BRANDS[d[1]].1, BUSINESSES[d[2]].1, COMPANY_SUFFIXES[d[3]].1
            ),
        };
        if cycle > 0 {
            match lang {
                Lang::Zh => write!(t, "（{}）", cycle + 1),
                Lang::En => write!(t, " ({})", cycle + 1),
            }
            .unwrap();
        }
        t
    }

    /// Two other records to link to (distinct when the corpus has more than two records).
    fn pick_links(&self, g: usize, rng: &mut ChaCha8Rng) -> [(Section, usize); 2] {
        let others = self.total - 1;
        let (a, b) = if others >= 2 {
            let v = rand::seq::index::sample(rng, others, 2);
            (v.index(0), v.index(1))
        } else {
            (0, 0)
        };
        let skip = |x: usize| if x >= g { x + 1 } else { x };
        [self.locate(skip(a)), self.locate(skip(b))]
    }
}

/// Between `lo` and `hi` distinct slugs of section `s`, sorted.
fn pick_slugs(c: &Corpus, s: Section, lo: usize, hi: usize, rng: &mut ChaCha8Rng) -> Vec<String> {
    let n = c.count(s);
    let amount = rng.random_range(lo..=hi).min(n);
    let mut idx = rand::seq::index::sample(rng, n, amount).into_vec();
    idx.sort_unstable();
    idx.into_iter().map(|i| c.slug(s, i)).collect()
}

// ---------------------------------------------------------------------------------------
// YAML

/// A YAML double-quoted string.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for ch in s.chars() {
        match ch {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            _ => q.push(ch),
        }
    }
    q.push('"');
    q
}

fn label(pair: (&str, &str)) -> String {
    format!("{{zh: {}, en: {}}}", quote(pair.0), quote(pair.1))
}

#[derive(Clone, Copy)]
enum Unit {
    Yuan,
    Percent,
    Km2,
    Mu,
    Gwh,
    Label(&'static str, &'static str),
}

struct FactKind {
    label: (&'static str, &'static str),
    unit: Unit,
    lo: f64,
    hi: f64,
    /// Decimal places of the value; 0 writes an integer.
    decimals: usize,
}

const fn fact(
    zh: &'static str,
    en: &'static str,
    unit: Unit,
    lo: f64,
    hi: f64,
    decimals: usize,
) -> FactKind {
    FactKind {
        label: (zh, en),
        unit,
        lo,
        hi,
        decimals,
    }
}

const FACTS: &[FactKind] = &[
    fact(
        "工业总产值",
        "Gross industrial output",
        Unit::Yuan,
        2e8,
        6e10,
        0,
    ),
    fact(
        "固定资产投资",
        "Fixed-asset investment",
        Unit::Yuan,
        5e7,
        2e10,
        0,
    ),
    fact("营业收入", "Operating revenue", Unit::Yuan, 1e7, 3e10, 0),
    fact("税收收入", "Tax revenue", Unit::Yuan, 1e6, 3e9, 0),
    fact("出口额", "Export value", Unit::Yuan, 1e6, 5e9, 0),
    fact("研发投入强度", "R&D intensity", Unit::Percent, 0.3, 6.0, 1),
    fact("产值增速", "Output growth", Unit::Percent, 0.5, 25.0, 1),
    fact("绿化覆盖率", "Green coverage", Unit::Percent, 10.0, 45.0, 1),
    fact(
        "单位工业增加值能耗下降",
        "Cut in energy use per unit of industrial value added",
        Unit::Percent,
        0.5,
        12.0,
        1,
    ),
    fact("规划面积", "Planned area", Unit::Km2, 1.0, 60.0, 2),
    fact("建成区面积", "Built-up area", Unit::Km2, 0.5, 30.0, 2),
    fact("已开发土地", "Developed land", Unit::Mu, 200.0, 30000.0, 0),
    fact("新增供地", "Newly supplied land", Unit::Mu, 50.0, 5000.0, 0),
    fact(
        "年发电量",
        "Annual power generation",
        Unit::Gwh,
        10.0,
        5000.0,
        1,
    ),
    fact(
        "年用电量",
        "Annual power consumption",
        Unit::Gwh,
        5.0,
        3000.0,
        1,
    ),
    fact(
        "规模以上工业企业",
        "Industrial enterprises above designated size",
        Unit::Label("家", "enterprises"),
        5.0,
        400.0,
        0,
    ),
    fact(
        "从业人员",
        "Employees",
        Unit::Label("人", "people"),
        50.0,
        60000.0,
        0,
    ),
    fact(
        "授权专利",
        "Patents granted",
        Unit::Label("件", "patents"),
        1.0,
        2000.0,
        0,
    ),
    fact(
        "光伏装机容量",
        "Installed solar capacity",
        Unit::Label("兆瓦", "MW"),
        5.0,
        3000.0,
        1,
    ),
    fact(
        "碳酸锂产能",
        "Lithium carbonate capacity",
        Unit::Label("吨/年", "tonnes a year"),
        1000.0,
        100000.0,
        0,
    ),
];

struct FactValue {
    kind: &'static FactKind,
    value: f64,
}

impl FactValue {
    fn random(kind: &'static FactKind, rng: &mut ChaCha8Rng) -> FactValue {
        let mut value = rng.random_range(kind.lo..kind.hi);
        if kind.decimals == 0 {
            // Round money to ten thousand yuan and counts to units.
            let step = if matches!(kind.unit, Unit::Yuan) {
                1e4
            } else {
                1.0
            };
            value = (value / step).round() * step;
        } else {
            let scale = 10f64.powi(kind.decimals as i32);
            value = (value * scale).round() / scale;
        }
        FactValue { kind, value }
    }

    /// The value as written in YAML.
    fn yaml_value(&self) -> String {
        if self.kind.decimals == 0 {
            format!("{}", self.value as u64)
        } else {
            format!("{:.*}", self.kind.decimals, self.value)
        }
    }

    /// The value as shown in a table of a text.
    fn display(&self, lang: Lang) -> String {
        let v = self.value;
        let number = self.yaml_value();
        match (self.kind.unit, lang) {
            (Unit::Yuan, Lang::Zh) if v >= 1e8 => format!("{:.1}亿元", v / 1e8),
            (Unit::Yuan, Lang::Zh) => format!("{:.0}万元", v / 1e4),
            (Unit::Yuan, Lang::En) if v >= 1e9 => format!("{:.1} billion yuan", v / 1e9),
            (Unit::Yuan, Lang::En) => format!("{:.1} million yuan", v / 1e6),
            (Unit::Percent, _) => format!("{number}%"),
            (Unit::Km2, Lang::Zh) => format!("{number}平方公里"),
            (Unit::Km2, Lang::En) => format!("{number} km²"),
            (Unit::Mu, Lang::Zh) => format!("{number}亩"),
            (Unit::Mu, Lang::En) => format!("{number} mu"),
            (Unit::Gwh, Lang::Zh) => format!("{number}吉瓦时"),
            (Unit::Gwh, Lang::En) => format!("{number} GWh"),
            (Unit::Label(zh, _), Lang::Zh) => format!("{number}{zh}"),
            (Unit::Label(_, en), Lang::En) => format!("{number} {en}"),
        }
    }
}

/// `YYYY-MM` between `from` and `to` (years, inclusive).
fn year_month(from: u32, to: u32, rng: &mut ChaCha8Rng) -> String {
    format!(
        "{}-{:02}",
        rng.random_range(from..=to),
        rng.random_range(1..=12u32)
    )
}

/// Writes a `facts:` list of `n` distinct facts at the given indentation.
fn write_facts(out: &mut String, indent: &str, n: usize, rng: &mut ChaCha8Rng) {
    let n = n.min(FACTS.len());
    let mut kinds = rand::seq::index::sample(rng, FACTS.len(), n).into_vec();
    kinds.sort_unstable();
    writeln!(out, "{indent}facts:").unwrap();
    for k in kinds {
        let f = FactValue::random(&FACTS[k], rng);
        let unit = match f.kind.unit {
            Unit::Yuan => "yuan".to_string(),
            Unit::Percent => "percent".to_string(),
            Unit::Km2 => "km2".to_string(),
            Unit::Mu => "mu".to_string(),
            Unit::Gwh => "gwh".to_string(),
            Unit::Label(zh, en) => label((zh, en)),
        };
        writeln!(out, "{indent}  - label: {}", label(f.kind.label)).unwrap();
        writeln!(out, "{indent}    value: {}", f.yaml_value()).unwrap();
        writeln!(out, "{indent}    unit: {unit}").unwrap();
        match rng.random_range(0..10u32) {
            0 => writeln!(out, "{indent}    approx: about").unwrap(),
            1 => writeln!(out, "{indent}    approx: more-than").unwrap(),
            _ => {}
        }
        writeln!(
            out,
            "{indent}    as_of: {}",
            quote(&year_month(2015, 2024, rng))
        )
        .unwrap();
        writeln!(out, "{indent}    source: corpus").unwrap();
    }
}

fn slug_list(slugs: &[String]) -> String {
    format!("[{}]", slugs.join(", "))
}

fn record_yaml(c: &Corpus, s: Section, rng: &mut ChaCha8Rng) -> String {
    let mut y = String::with_capacity(640);
    match s {
        Section::Park => {
            let area = rng.random_range(1.5..45.0f64);
            let year = rng.random_range(1992..=2020u32);
            let lat = 36.6 + rng.random_range(-0.15..0.15f64);
            let lon = 101.8 + rng.random_range(-0.25..0.25f64);
            writeln!(y, "area_km2: {area:.2}").unwrap();
            writeln!(y, "established: {}", quote(&year.to_string())).unwrap();
            writeln!(
                y,
                "location: {{lat: {lat:.4}, lon: {lon:.4}, approximate: true}}"
            )
            .unwrap();
            let industries = pick_slugs(c, Section::Industry, 1, 3, rng);
            writeln!(y, "industries: {}", slug_list(&industries)).unwrap();
            let n = rng.random_range(1..=3);
            write_facts(&mut y, "", n, rng);
        }
        Section::Industry => {
            let n = rng.random_range(1..=2);
            write_facts(&mut y, "", n, rng);
        }
        Section::Initiative => {
            let status = ["planned", "in-progress", "completed"].choose(rng).unwrap();
            writeln!(y, "status: {status}").unwrap();
            writeln!(y, "started: {}", quote(&year_month(2016, 2024, rng))).unwrap();
            let parks = pick_slugs(c, Section::Park, 1, 3, rng);
            writeln!(y, "parks: {}", slug_list(&parks)).unwrap();
            let industries = pick_slugs(c, Section::Industry, 1, 3, rng);
            writeln!(y, "industries: {}", slug_list(&industries)).unwrap();
            let n = rng.random_range(1..=2);
            write_facts(&mut y, "", n, rng);
        }
        Section::Enterprise => {
            let park = rng.random_range(0..c.count(Section::Park));
            writeln!(y, "park: {}", c.slug(Section::Park, park)).unwrap();
            let industries = pick_slugs(c, Section::Industry, 1, 3, rng);
            writeln!(y, "industries: {}", slug_list(&industries)).unwrap();
            write_facts(&mut y, "", 1, rng);
        }
    }
    y
}

fn site_yaml(c: &Corpus) -> String {
    let mut rng = c.rng(u64::MAX);
    let mut y = String::new();
    writeln!(
        y,
        "name: {}",
        label((
            "示例经济技术开发区",
            "Example Economic and Technological Development Zone"
        ))
    )
    .unwrap();
    writeln!(y, "short_name: {}", label(("示例开发区", "Example ETDZ"))).unwrap();
    writeln!(
        y,
        "description: {}",
        label((
            "一个用于基准测试的虚构经济技术开发区，包含园区、产业、重点举措和企业。",
            "A fictional economic and technological development zone generated for \
             benchmarks, with parks, industries, initiatives and enterprises."
        ))
    )
    .unwrap();
    writeln!(y, "base_url: https://example.org/").unwrap();
    writeln!(y, "theme: default").unwrap();
    let n = rng.random_range(2..=3);
    write_facts(&mut y, "", n, &mut rng);
    writeln!(y, "sources:").unwrap();
    writeln!(y, "  - id: corpus").unwrap();
    writeln!(
        y,
        "    title: {}",
        label(("生成的基准测试语料", "Generated benchmark corpus"))
    )
    .unwrap();
    writeln!(y, "    date: {}", quote("2024-01-01")).unwrap();
    y
}

// ---------------------------------------------------------------------------------------
// Markdown texts

struct Link {
    title: String,
    target: String,
}

fn front_matter(title: &str, summary: &str) -> String {
    format!(
        "---\ntitle: {}\nsummary: {}\n---\n",
        quote(title),
        quote(summary)
    )
}

fn record_summary(s: Section, title: &str, lang: Lang, rng: &mut ChaCha8Rng) -> String {
    let object = lang.pick(*OBJECTS.choose(rng).unwrap());
    match (s, lang) {
        (Section::Park, Lang::Zh) => format!("{title}是以{object}为重点的工业园区。"),
        (Section::Park, Lang::En) => {
            format!("{title} is an industrial park of the zone focused on {object}.")
        }
        (Section::Industry, Lang::Zh) => format!("{title}是开发区的重点产业，围绕{object}展开。"),
        (Section::Industry, Lang::En) => {
            format!("{title} is a key industry of the zone, built around {object}.")
        }
        (Section::Initiative, Lang::Zh) => format!("{title}是一项旨在提升{object}的重点举措。"),
        (Section::Initiative, Lang::En) => {
            format!("{title} is an initiative of the zone to strengthen {object}.")
        }
        (Section::Enterprise, Lang::Zh) => format!("{title}是一家专注于{object}的入驻企业。"),
        (Section::Enterprise, Lang::En) => {
            format!("{title} is an enterprise of the zone working on {object}.")
        }
    }
}

/// A record's or a page's text: front matter, then about 600 English words or 900
/// Chinese characters in three `##` sections, with a list, a table and two links.
fn text_file(
    title: &str,
    summary: &str,
    lang: Lang,
    links: &[Link; 2],
    rng: &mut ChaCha8Rng,
) -> String {
    // Budgets in words (English) or characters (Chinese) per paragraph.
    let budgets: [usize; 6] = match lang {
        Lang::En => [55, 95, 80, 70, 95, 70],
        Lang::Zh => [85, 150, 120, 110, 150, 110],
    };
    let mut t = String::with_capacity(8192);
    t.push_str(&front_matter(title, summary));
    t.push('\n');

    // Introduction, ending with the first link.
    t.push_str(summary);
    sep(&mut t, lang);
    paragraph(&mut t, lang, budgets[0], rng);
    sep(&mut t, lang);
    link_sentence(&mut t, lang, &links[0], rng);
    t.push_str("\n\n");

    // Section 1: two paragraphs and a list.
    heading(&mut t, lang, HEADINGS_1, rng);
    paragraph(&mut t, lang, budgets[1], rng);
    t.push_str("\n\n");
    paragraph(&mut t, lang, budgets[2], rng);
    t.push_str("\n\n");
    let items = rand::seq::index::sample(rng, BULLETS.len(), 4);
    for k in items.iter() {
        writeln!(t, "- {}", lang.pick(BULLETS[k])).unwrap();
    }
    t.push('\n');

    // Section 2: a paragraph with the second link, and a table.
    heading(&mut t, lang, HEADINGS_2, rng);
    paragraph(&mut t, lang, budgets[3], rng);
    sep(&mut t, lang);
    link_sentence(&mut t, lang, &links[1], rng);
    t.push_str("\n\n");
    let header = match lang {
        Lang::Zh => "| 指标 | 数值 | 年份 |",
        Lang::En => "| Indicator | Value | Year |",
    };
    writeln!(t, "{header}\n|---|---|---:|").unwrap();
    let mut kinds = rand::seq::index::sample(rng, FACTS.len(), 3).into_vec();
    kinds.sort_unstable();
    for k in kinds {
        let f = FactValue::random(&FACTS[k], rng);
        let year = rng.random_range(2018..=2024u32);
        writeln!(
            t,
            "| {} | {} | {year} |",
            lang.pick(f.kind.label),
            f.display(lang)
        )
        .unwrap();
    }
    t.push('\n');

    // Section 3: two paragraphs.
    heading(&mut t, lang, HEADINGS_3, rng);
    paragraph(&mut t, lang, budgets[4], rng);
    t.push_str("\n\n");
    paragraph(&mut t, lang, budgets[5], rng);
    t.push('\n');
    t
}

fn sep(t: &mut String, lang: Lang) {
    if lang == Lang::En {
        t.push(' ');
    }
}

fn heading(
    t: &mut String,
    lang: Lang,
    choices: &[(&'static str, &'static str)],
    rng: &mut ChaCha8Rng,
) {
    writeln!(t, "## {}\n", lang.pick(*choices.choose(rng).unwrap())).unwrap();
}

fn link_sentence(t: &mut String, lang: Lang, link: &Link, rng: &mut ChaCha8Rng) {
    let l = format!("[{}]({})", link.title, link.target);
    let s = match (lang, rng.random_range(0..4u32)) {
        (Lang::Zh, 0) => format!("相关情况可参见{l}。"),
        (Lang::Zh, 1) => format!("这方面的经验与{l}相近，双方保持着密切合作。"),
        (Lang::Zh, 2) => format!("更多信息见{l}的介绍。"),
        (Lang::Zh, _) => format!("{l}在同一领域也取得了积极进展。"),
        (Lang::En, 0) => format!("For comparison, see {l}."),
        (Lang::En, 1) => format!("Close cooperation with {l} is planned for the coming years."),
        (Lang::En, 2) => format!("Further details are given on the page of {l}."),
        (Lang::En, _) => format!("Similar progress has been reported by {l}."),
    };
    t.push_str(&s);
}

/// Appends sentences until the paragraph has at least `budget` words (English) or
/// characters (Chinese).
fn paragraph(t: &mut String, lang: Lang, budget: usize, rng: &mut ChaCha8Rng) {
    let mut size = 0;
    let mut first = true;
    while size < budget {
        let start = t.len();
        match lang {
            Lang::En => {
                if !first {
                    t.push(' ');
                }
                let connector = *EN_CONNECTORS.choose(rng).unwrap();
                let (subject, plural) = *EN_SUBJECTS.choose(rng).unwrap();
                if connector.is_empty() {
                    t.push_str(subject);
                } else {
                    t.push_str(connector);
                    t.push(' ');
                    let mut chars = subject.chars();
                    if let Some(c0) = chars.next() {
                        t.extend(c0.to_lowercase());
                        t.push_str(chars.as_str());
                    }
                }
                t.push(' ');
                let (singular, plural_verb) = *EN_VERBS.choose(rng).unwrap();
                t.push_str(if plural { plural_verb } else { singular });
                t.push(' ');
                t.push_str(OBJECTS.choose(rng).unwrap().1);
                t.push(' ');
                t.push_str(EN_TAILS.choose(rng).unwrap());
                t.push('.');
                size += t[start..].split_whitespace().count();
            }
            Lang::Zh => {
                t.push_str(ZH_CONNECTORS.choose(rng).unwrap());
                t.push_str(ZH_SUBJECTS.choose(rng).unwrap());
                t.push_str(ZH_ADVERBS.choose(rng).unwrap());
                t.push_str(ZH_VERBS.choose(rng).unwrap());
                t.push_str(OBJECTS.choose(rng).unwrap().0);
                t.push('，');
                t.push_str(ZH_TAILS.choose(rng).unwrap());
                t.push('。');
                size += t[start..].chars().count();
            }
        }
        first = false;
    }
}

fn section_index(s: Section, lang: Lang, rng: &mut ChaCha8Rng) -> String {
    let (title, summary) = match (s, lang) {
        (Section::Park, Lang::Zh) => ("园区", "开发区各工业园区的概况、主导产业和主要指标。"),
        (Section::Park, Lang::En) => (
            "Parks",
            "The industrial parks of the zone: profiles, leading industries and key figures.",
        ),
        (Section::Industry, Lang::Zh) => ("产业", "开发区重点发展的产业及其园区和企业。"),
        (Section::Industry, Lang::En) => (
            "Industries",
            "The industries the zone develops, with their parks and enterprises.",
        ),
        (Section::Initiative, Lang::Zh) => {
            ("重点举措", "开发区正在规划、实施和已经完成的重点举措。")
        }
        (Section::Initiative, Lang::En) => (
            "Initiatives",
            "Initiatives of the zone, planned, in progress and completed.",
        ),
        (Section::Enterprise, Lang::Zh) => ("企业", "入驻开发区的企业及其所在园区和所属产业。"),
        (Section::Enterprise, Lang::En) => (
            "Enterprises",
            "Enterprises in the zone, with their parks and industries.",
        ),
    };
    let mut t = front_matter(title, summary);
    t.push('\n');
    let budget = if lang == Lang::En { 60 } else { 90 };
    paragraph(&mut t, lang, budget, rng);
    t.push_str("\n\n");
    paragraph(&mut t, lang, budget, rng);
    t.push('\n');
    t
}

fn about_page(c: &Corpus, lang: Lang, rng: &mut ChaCha8Rng) -> String {
    let (title, summary) = match lang {
        Lang::Zh => ("关于开发区", "开发区的基本情况、发展历程和联系方式。"),
        Lang::En => (
            "About the zone",
            "The zone at a glance: profile, history and contacts.",
        ),
    };
    let links = [(Section::Park, 0), (Section::Industry, 0)].map(|(s, i)| Link {
        title: c.title(s, i, lang),
        target: format!("@/{}/{}", s.dir(), c.slug(s, i)),
    });
    text_file(title, summary, lang, &links, rng)
}

// ---------------------------------------------------------------------------------------
// Vocabulary: (Chinese, English) pairs, or one language's phrases

const PLACES: &[(&str, &str)] = &[
    ("南川", "Nanchuan"),
    ("东川", "Dongchuan"),
    ("甘河", "Ganhe"),
    ("北川", "Beichuan"),
    ("湟中", "Huangzhong"),
    ("大通", "Datong"),
    ("湟源", "Huangyuan"),
    ("城北", "Chengbei"),
    ("城西", "Chengxi"),
    ("城东", "Chengdong"),
    ("海湖", "Haihu"),
    ("多巴", "Duoba"),
    ("小峡", "Xiaoxia"),
    ("互助", "Huzhu"),
    ("乐都", "Ledu"),
    ("民和", "Minhe"),
    ("西川", "Xichuan"),
    ("彭家寨", "Pengjiazhai"),
    ("总寨", "Zongzhai"),
    ("韵家口", "Yunjiakou"),
    ("马坊", "Mafang"),
    ("二十里铺", "Ershilipu"),
    ("鲁沙尔", "Lushaer"),
    ("上新庄", "Shangxinzhuang"),
    ("田家寨", "Tianjiazhai"),
    ("甘河滩", "Ganhetan"),
    ("西纳川", "Xinachuan"),
    ("长宁", "Changning"),
    ("新添", "Xintian"),
    ("塔尔", "Taer"),
    ("黑嘴", "Heizui"),
    ("朝阳", "Chaoyang"),
    ("逯家寨", "Lujiazhai"),
    ("苏家河湾", "Sujiahewan"),
    ("杨家庄", "Yangjiazhuang"),
    ("双寨", "Shuangzhai"),
    ("柴达木", "Qaidam"),
    ("格尔木", "Golmud"),
    ("德令哈", "Delingha"),
    ("海东", "Haidong"),
];

const PARK_KINDS: &[(&str, &str)] = &[
    ("工业园区", "Industrial Park"),
    ("产业园", "Industry Park"),
    ("科技园", "Science Park"),
    ("物流园", "Logistics Park"),
    ("循环经济园", "Circular Economy Park"),
    ("创业园", "Start-up Park"),
    ("新材料产业园", "New Materials Park"),
    ("生物医药园", "Biomedicine Park"),
];

const PARK_ZONES: &[(&str, &str)] = &[
    ("", ""),
    ("一期", "Phase I"),
    ("二期", "Phase II"),
    ("东区", "East"),
    ("西区", "West"),
    ("南区", "South"),
    ("北区", "North"),
    ("拓展区", "Extension"),
];

const MODIFIERS: &[(&str, &str)] = &[
    ("高端", "High-end"),
    ("绿色", "Green"),
    ("智能", "Smart"),
    ("新型", "Advanced"),
    ("特色", "Specialty"),
    ("精细", "Fine"),
    ("低碳", "Low-carbon"),
    ("数字", "Digital"),
    ("高纯", "High-purity"),
    ("现代", "Modern"),
    ("循环", "Circular"),
    ("高效", "High-efficiency"),
    ("轻量化", "Lightweight"),
    ("生态", "Ecological"),
    ("外向型", "Export-oriented"),
    ("集约化", "Integrated"),
];

const INDUSTRY_BASES: &[(&str, &str)] = &[
    ("锂电池", "lithium battery"),
    ("光伏", "photovoltaic"),
    ("有色金属", "non-ferrous metal"),
    ("盐湖化工", "salt-lake chemical"),
    ("铝", "aluminium"),
    ("镁", "magnesium"),
    ("硅", "silicon"),
    ("碳纤维", "carbon fibre"),
    ("生物医药", "biomedical"),
    ("中藏药", "Tibetan medicine"),
    ("高原食品", "plateau food"),
    ("乳品", "dairy"),
    ("藏毯", "Tibetan carpet"),
    ("储能", "energy storage"),
    ("氢能", "hydrogen"),
    ("风电", "wind power"),
    ("光热", "solar thermal"),
    ("电子信息", "electronics"),
    ("数据中心", "data centre"),
    ("冷链", "cold-chain"),
    ("钛", "titanium"),
    ("铜", "copper"),
    ("稀有金属", "rare metal"),
    ("石墨", "graphite"),
    ("玻璃", "glass"),
    ("陶瓷", "ceramic"),
    ("纺织", "textile"),
    ("化肥", "fertiliser"),
    ("汽车", "automotive"),
    ("钢铁", "steel"),
    ("建材", "building material"),
    ("枸杞", "goji"),
];

const SEGMENTS: &[(&str, &str)] = &[
    ("材料", "materials"),
    ("装备", "equipment"),
    ("制造", "manufacturing"),
    ("加工", "processing"),
    ("服务", "services"),
    ("回收利用", "recycling"),
    ("零部件", "components"),
    ("研发", "R&D"),
    ("配套", "supply chain"),
    ("应用", "applications"),
];

const TOPICS: &[(&str, &str)] = &[
    ("锂电产业链", "Lithium Battery Chain"),
    ("光伏制造", "Solar Manufacturing"),
    ("盐湖化工", "Salt-Lake Chemicals"),
    ("绿色电力", "Green Power"),
    ("数字园区", "Digital Park"),
    ("智能制造", "Smart Manufacturing"),
    ("冷链物流", "Cold-Chain Logistics"),
    ("高原特色农产品加工", "Plateau Agri-Food Processing"),
    ("藏毯产业", "Tibetan Carpet Industry"),
    ("生物医药", "Biomedicine"),
    ("新材料", "New Materials"),
    ("氢能", "Hydrogen"),
    ("储能", "Energy Storage"),
    ("标准厂房", "Standard Factory Buildings"),
    ("污水处理", "Wastewater Treatment"),
    ("危废处置", "Hazardous Waste Disposal"),
    ("人才公寓", "Talent Housing"),
    ("职业技能培训", "Vocational Training"),
    ("科技孵化", "Technology Incubation"),
    ("招商引资", "Investment Promotion"),
    ("营商环境", "Business Environment"),
    ("节能降耗", "Energy Efficiency"),
    ("循环化改造", "Circular Retrofit"),
    ("道路管网", "Roads and Utilities"),
    ("跨境电商", "Cross-Border E-Commerce"),
    ("铝精深加工", "Aluminium Deep Processing"),
    ("镁合金", "Magnesium Alloy"),
    ("碳纤维", "Carbon Fibre"),
    ("光热发电", "Solar Thermal Power"),
    ("特高压配套", "UHV Grid Support"),
];

const INITIATIVE_KINDS: &[(&str, &str)] = &[
    ("工程", "Project"),
    ("专项行动", "Campaign"),
    ("示范项目", "Pilot Project"),
    ("提升计划", "Upgrade Plan"),
    ("三年行动", "Three-Year Action Plan"),
    ("改造项目", "Retrofit"),
    ("建设项目", "Construction Project"),
    ("扶持计划", "Support Programme"),
    ("试点", "Pilot"),
    ("攻坚行动", "Drive"),
    ("配套工程", "Supporting Works"),
    ("二期工程", "Phase II Works"),
];

const BRANDS: &[(&str, &str)] = &[
    ("华宇", "Huayu"),
    ("泰丰", "Taifeng"),
    ("金源", "Jinyuan"),
    ("昆仑", "Kunlun"),
    ("三江", "Sanjiang"),
    ("高原", "Gaoyuan"),
    ("盐湖", "Yanhu"),
    ("天润", "Tianrun"),
    ("鑫达", "Xinda"),
    ("恒信", "Hengxin"),
    ("瑞丰", "Ruifeng"),
    ("中科", "Zhongke"),
    ("博远", "Boyuan"),
    ("海纳", "Haina"),
    ("东方", "Dongfang"),
    ("宏远", "Hongyuan"),
    ("诚信", "Chengxin"),
    ("佳美", "Jiamei"),
    ("康源", "Kangyuan"),
    ("新华", "Xinhua"),
    ("德润", "Derun"),
    ("正和", "Zhenghe"),
    ("晶辉", "Jinghui"),
    ("远航", "Yuanhang"),
    ("祥瑞", "Xiangrui"),
    ("汇通", "Huitong"),
    ("锦程", "Jincheng"),
    ("金鼎", "Jinding"),
    ("丰源", "Fengyuan"),
    ("青禾", "Qinghe"),
];

const BUSINESSES: &[(&str, &str)] = &[
    ("锂电材料", "Lithium Materials"),
    ("光伏科技", "Solar Technology"),
    ("新能源", "New Energy"),
    ("化工", "Chemical"),
    ("铝业", "Aluminium"),
    ("镁业", "Magnesium"),
    ("生物科技", "Biotech"),
    ("药业", "Pharmaceutical"),
    ("食品", "Foods"),
    ("物流", "Logistics"),
    ("电子", "Electronics"),
    ("装备制造", "Equipment"),
    ("建材", "Building Materials"),
    ("环保科技", "Environmental Technology"),
    ("信息技术", "Information Technology"),
    ("碳素", "Carbon"),
    ("纺织", "Textiles"),
    ("地毯", "Carpets"),
    ("乳业", "Dairy"),
    ("硅业", "Silicon"),
    ("冶金", "Metallurgy"),
    ("电力", "Power"),
    ("储能科技", "Energy Storage Technology"),
    ("氢能", "Hydrogen"),
    ("精密机械", "Precision Machinery"),
    ("包装", "Packaging"),
    ("农牧", "Agriculture and Livestock"),
    ("水务", "Water"),
    ("检测技术", "Testing Technology"),
    ("供应链", "Supply Chain"),
];

const COMPANY_SUFFIXES: &[(&str, &str)] = &[
    ("有限公司", "Co., Ltd."),
    ("股份有限公司", "Holdings Co., Ltd."),
    ("集团有限公司", "Group Co., Ltd."),
    ("有限责任公司", "LLC"),
];

/// Objects of sentences and summaries, shared by both languages.
const OBJECTS: &[(&str, &str)] = &[
    ("锂电池产业链", "the lithium battery supply chain"),
    ("光伏组件制造", "photovoltaic module production"),
    ("绿色电力供应", "green power generation"),
    ("标准厂房建设", "standard factory buildings"),
    ("工业互联网平台", "the industrial internet"),
    ("跨境物流通道", "cross-border logistics"),
    ("污水集中处理能力", "wastewater treatment capacity"),
    ("储能示范项目", "energy storage projects"),
    ("职业技能培训体系", "vocational training programmes"),
    ("营商环境", "the business environment"),
    ("土地集约利用水平", "land use efficiency"),
    ("研发投入", "research and development spending"),
    ("循环经济模式", "circular economy practices"),
    ("出口加工业务", "export-oriented processing"),
    ("盐湖资源综合利用", "salt-lake resource utilisation"),
    ("数字政务服务", "digital public services"),
    ("冷链物流网络", "regional cold-chain networks"),
    ("高纯材料产能", "high-purity materials output"),
    ("新能源汽车零部件配套", "new-energy vehicle components"),
    ("智能制造生产线", "smart manufacturing lines"),
    ("排放在线监测系统", "emission monitoring systems"),
    ("共享检测平台", "shared testing facilities"),
    ("人才公寓", "talent housing"),
    ("创业投资渠道", "venture financing channels"),
    ("铝镁产业链", "the aluminium and magnesium value chain"),
];

const EN_CONNECTORS: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    "In addition,",
    "Meanwhile,",
    "As a result,",
    "At the same time,",
    "In recent years,",
    "Since then,",
    "Last year,",
];

/// Subjects of English sentences, and whether they are plural.
const EN_SUBJECTS: &[(&str, bool)] = &[
    ("The zone", false),
    ("The park administration", false),
    ("Local enterprises", true),
    ("The management committee", false),
    ("Investors", true),
    ("Leading firms in the sector", true),
    ("The provincial government", false),
    ("Small and medium-sized enterprises", true),
    ("The industrial cluster", false),
    ("Research institutes", true),
    ("The development zone", false),
    ("Upstream suppliers", true),
    ("Downstream manufacturers", true),
    ("Logistics operators", true),
    ("The investment promotion bureau", false),
    ("Technology start-ups", true),
    ("The energy sector", false),
    ("The local workforce", false),
    ("Public service platforms", true),
    ("Financial institutions", true),
];

/// English verbs: (singular, plural).
const EN_VERBS: &[(&str, &str)] = &[
    ("has expanded", "have expanded"),
    ("continues to strengthen", "continue to strengthen"),
    ("is accelerating", "are accelerating"),
    ("has upgraded", "have upgraded"),
    ("plans to extend", "plan to extend"),
    ("is investing in", "are investing in"),
    ("has consolidated", "have consolidated"),
    ("aims to improve", "aim to improve"),
    ("is building up", "are building up"),
    (
        "has attracted investment in",
        "have attracted investment in",
    ),
    ("supports", "support"),
    ("is modernising", "are modernising"),
    ("promotes", "promote"),
    ("coordinates", "coordinate"),
    ("has streamlined", "have streamlined"),
    ("is diversifying", "are diversifying"),
    ("has scaled up", "have scaled up"),
    ("is piloting", "are piloting"),
    ("prioritises", "prioritise"),
    ("is integrating", "are integrating"),
];

const EN_TAILS: &[&str] = &[
    "in line with the provincial development plan",
    "while cutting energy consumption per unit of output",
    "to serve markets across western China",
    "with support from national policy banks",
    "in cooperation with universities in Xining",
    "over the course of the current five-year plan",
    "to reduce logistics costs for tenants",
    "under a unified environmental permit",
    "through public-private partnerships",
    "ahead of the planned schedule",
    "with a focus on high value-added products",
    "along the Lanzhou-Xining corridor",
    "to create stable local employment",
    "by sharing infrastructure among tenants",
    "to meet stricter emission standards",
    "as part of the circular retrofit programme",
    "following a round of site visits by investors",
    "with measurable results in output and tax revenue",
    "to attract further upstream suppliers",
    "according to the latest annual statistics",
];

const ZH_CONNECTORS: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    "同时，",
    "此外，",
    "近年来，",
    "目前，",
    "去年，",
    "与此同时，",
];

const ZH_SUBJECTS: &[&str] = &[
    "开发区",
    "园区管委会",
    "入驻企业",
    "龙头企业",
    "投资者",
    "省政府",
    "中小企业",
    "产业集群",
    "科研院所",
    "上游供应商",
    "下游制造商",
    "物流企业",
    "招商部门",
    "科技型初创企业",
    "能源企业",
    "金融机构",
    "公共服务平台",
    "园区",
    "管理委员会",
    "重点项目",
];

const ZH_ADVERBS: &[&str] = &[
    "持续",
    "积极",
    "加快",
    "稳步",
    "大力",
    "进一步",
    "着力",
    "全面",
    "有序",
    "不断",
    "重点",
    "协同",
];

const ZH_VERBS: &[&str] = &[
    "推进", "拓展", "完善", "建设", "提升", "优化", "引进", "培育", "延伸", "壮大", "布局", "打造",
    "推动", "深化", "强化",
];

const ZH_TAILS: &[&str] = &[
    "符合全省发展规划要求",
    "单位产值能耗持续下降",
    "产品辐射西北乃至全国市场",
    "得到国家政策性银行的支持",
    "与省内高校开展深度合作",
    "计划在本轮五年规划期内完成",
    "有效降低了入驻企业的物流成本",
    "实行统一的环境准入管理",
    "采用政府和社会资本合作模式",
    "比原计划提前完成",
    "突出高附加值产品",
    "依托兰西城市群区位优势",
    "为当地提供了稳定的就业岗位",
    "实现基础设施共建共享",
    "满足更加严格的排放标准",
    "纳入循环化改造整体方案",
    "吸引了更多上游配套企业",
    "产值和税收均实现较快增长",
    "在年度考核中名列前茅",
    "形成了较为完整的产业生态",
];

const BULLETS: &[(&str, &str)] = &[
    (
        "扩大电池级碳酸锂产能",
        "Expand battery-grade lithium carbonate capacity",
    ),
    ("建设共享标准厂房", "Build shared standard factory space"),
    ("升级园区电网", "Upgrade the park's power grid"),
    ("推行一站式审批服务", "Introduce one-stop approval services"),
    (
        "与本地院校联合培养技术工人",
        "Train skilled technicians with local colleges",
    ),
    (
        "铁路货运接入物流园",
        "Connect rail freight to the logistics park",
    ),
    ("推进工业固废综合利用", "Recycle industrial solid waste"),
    ("实时监测污染物排放", "Monitor emissions in real time"),
    (
        "支持中小企业申请专利",
        "Support patent applications by small firms",
    ),
    (
        "在厂房屋顶建设分布式光伏",
        "Install distributed solar on factory roofs",
    ),
    (
        "延伸铝精深加工产业链",
        "Extend the aluminium deep-processing chain",
    ),
    (
        "在园区周边提供人才公寓",
        "Provide talent housing near the park",
    ),
    (
        "设立初创企业创业投资基金",
        "Set up a venture fund for start-ups",
    ),
    ("提高水资源循环利用率", "Raise the rate of water recycling"),
    (
        "开设跨境电商服务中心",
        "Open a cross-border e-commerce service centre",
    ),
    (
        "推进土地和厂房档案数字化",
        "Digitise land and building records",
    ),
];

const HEADINGS_1: &[(&str, &str)] = &[
    ("概况", "Overview"),
    ("发展背景", "Background"),
    ("基本情况", "Profile"),
    ("发展历程", "History"),
];

const HEADINGS_2: &[(&str, &str)] = &[
    ("产业基础", "Industrial base"),
    ("主要指标", "Key figures"),
    ("重点项目", "Projects"),
    ("投资环境", "Investment environment"),
    ("配套服务", "Supporting services"),
];

const HEADINGS_3: &[(&str, &str)] = &[
    ("发展展望", "Outlook"),
    ("下一步工作", "Next steps"),
    ("合作交流", "Cooperation"),
    ("绿色发展", "Green development"),
];
