//! The build pipeline: load → validate → render → write, each stage a function
//! that takes the previous stage's value. Every error of a stage is collected
//! before the pipeline stops, and nothing is written unless every stage passed.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::catalogue::Text;
use crate::content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::model::{self, Options, Site};
use crate::output::OutputFile;
use crate::output::{self, WriteError};
use crate::render::theme::{self, Theme};
use crate::render::{self, Selection};
use crate::section::Section;
use crate::text;
use crate::urls::Urls;

/// What a successful build or check did.
#[derive(Debug, Default)]
pub struct Report {
    /// Warnings, sorted by file.
    pub warnings: Vec<Diagnostic>,
    /// HTML pages rendered.
    pub pages: usize,
    /// Files written (or that would be written).
    pub files: usize,
    /// Records, per section.
    pub records: Vec<(Section, usize)>,
    /// Records not written in a language: (section, slug, missing language).
    pub untranslated: Vec<(Section, String, Lang)>,
    /// How long each stage took, each stage named in the catalogue.
    pub timings: Vec<(Text, Duration)>,
    /// Image variants encoded, and taken from the image cache.
    pub images: crate::media::images::Stats,
    /// Texts marked `draft: true` and left out, in path order.
    pub drafts: Vec<Arc<Path>>,
}

/// Why a build failed.
#[derive(Debug)]
pub enum Failure {
    /// The content or theme has errors; every diagnostic, sorted.
    Content(Vec<Diagnostic>),
    /// The output could not be written.
    Output(WriteError),
}

/// The site loaded, validated and rendered in memory.
pub struct Rendered {
    /// The validated site.
    pub site: Site,
    /// Every output file, the theme's static files included, unless they were
    /// handed to a sink as they were rendered.
    pub files: Vec<OutputFile>,
    /// What happened.
    pub report: Report,
}

/// Loads, validates and renders the site at `root`, writing nothing.
pub fn render_site(root: &Path, options: &Options) -> Result<Rendered, Failure> {
    render_site_into(root, options, None, &crate::search::nothing_before)
}

/// Loads, validates and renders the site at `root`, handing the files to
/// `sink` as they are rendered when there is one; the search index takes
/// what it can of the bundle in `previous`.
fn render_site_into(
    root: &Path,
    options: &Options,
    sink: Option<&mut (dyn FnMut(Vec<OutputFile>) + Send)>,
    previous: crate::search::Previous,
) -> Result<Rendered, Failure> {
    let mut diags = Diagnostics::default();
    let started = Instant::now();
    let parsed = content::load(root, &mut diags);
    let loading = started.elapsed();
    let started = Instant::now();
    let (site, diags) = validate(parsed, diags, options)?;
    let validating = started.elapsed();
    let (files, mut report) = render_model(
        root,
        &site,
        diags,
        options,
        &theme::Cache::default(),
        sink,
        previous,
    )?;
    report
        .timings
        .insert(0, (text!("cli-stage-validate-and-resolve"), validating));
    report
        .timings
        .insert(0, (text!("cli-stage-load-and-parse"), loading));
    Ok(Rendered {
        site,
        files,
        report,
    })
}

/// The one validation stage: parsed content to the validated site, with
/// every diagnostic loading and validating found, or every error.
pub fn validate(
    parsed: Vec<content::Parsed>,
    mut diags: Diagnostics,
    options: &Options,
) -> Result<(Site, Diagnostics), Failure> {
    let site = model::build(parsed, options, &mut diags);
    if let Some(site) = &site {
        crate::media::refs::check(site, &mut diags);
        crate::media::files::oversized(site, &mut diags);
    }
    match site {
        Some(site) if !diags.has_errors() => Ok((site, diags)),
        _ => Err(Failure::Content(diags.into_sorted())),
    }
}

/// The site's theme, kept in `themes` between builds.
pub fn theme(
    root: &Path,
    site: &Site,
    themes: &theme::Cache,
    diags: &mut Diagnostics,
) -> Option<Arc<Theme>> {
    // A theme name that could leave themes/ is reported by validation, not loaded.
    Some(site)
        .filter(|s| model::is_theme_name(&s.config.theme))
        .and_then(|s| themes.load(root, &s.config.theme, diags))
}

/// The URL scheme of a validated site.
pub fn urls(site: &Site) -> Urls {
    Urls::new(
        site.config.base_url.clone(),
        site.config.default_language_in_subdir,
    )
}

/// Renders a validated site whole, with the diagnostics validating it
/// produced: the files (unless `sink` took them) and the report. The search
/// index takes the shards it can from the bundle in `previous`.
pub fn render_model(
    root: &Path,
    site: &Site,
    mut diags: Diagnostics,
    options: &Options,
    themes: &theme::Cache,
    mut sink: Option<&mut (dyn FnMut(Vec<OutputFile>) + Send)>,
    previous: crate::search::Previous,
) -> Result<(Vec<OutputFile>, Report), Failure> {
    let mut timings = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |timings: &mut Vec<_>, name: Text| {
        let now = Instant::now();
        timings.push((name, now - clock));
        clock = now;
    };
    let theme = theme(root, site, themes, &mut diags);
    lap(&mut timings, text!("cli-stage-load-theme"));
    let Some(theme) = theme.filter(|_| !diags.has_errors()) else {
        return Err(Failure::Content(diags.into_sorted()));
    };
    let urls = urls(site);
    // Every file goes to `sink` when there is one (the writer), else into memory;
    // the search index needs the pages, so it keeps them, deflated, either way.
    let index_search = site.config.search && !options.defer_index;
    let mut kept = Kept::default();
    let (mut pages, mut count) = (0, 0);
    let mut take = |batch: Vec<OutputFile>, kept: &mut Kept| {
        pages += batch.iter().filter(|f| f.path.ends_with(".html")).count();
        count += batch.len();
        if index_search {
            use rayon::prelude::*;
            let html = batch.par_iter().filter(|f| f.path.ends_with(".html"));
            kept.pages
                .par_extend(html.map(crate::search::Page::deflated));
        }
        match sink.as_mut() {
            Some(sink) => sink(batch),
            None => kept.files.extend(batch),
        }
    };
    render::render(
        site,
        &theme,
        &urls,
        &Selection::All,
        false,
        &mut diags,
        &mut |batch| take(batch.into_iter().flat_map(|r| r.files).collect(), &mut kept),
    );
    take(static_files(&theme), &mut kept);
    lap(&mut timings, text!("cli-stage-render"));
    let images = crate::media::images::Stats::default();
    crate::media::files::publish(
        root,
        site,
        options.plan_media,
        &images,
        &mut diags,
        &mut |batch| take(batch, &mut kept),
    );
    lap(&mut timings, text!("cli-stage-images-and-files"));
    if index_search && !diags.has_errors() {
        let indexed = crate::search::index(&kept.pages, crate::search::BUNDLE_DIR, previous);
        kept.pages = Vec::new();
        match indexed {
            Ok(bundle) => take(bundle, &mut kept),
            Err(err) => diags.push(Diagnostic::error(
                crate::search::BUNDLE_DIR,
                text!("output-search-failed", message = err.into_text()),
            )),
        }
        lap(&mut timings, text!("cli-stage-search-index"));
    }
    if diags.has_errors() {
        return Err(Failure::Content(diags.into_sorted()));
    }
    let files = kept.files;
    let report = Report {
        warnings: diags.into_sorted(),
        pages,
        files: count,
        records: site
            .config
            .sections
            .all()
            .iter()
            .map(|&s| (s, site.section(s).count()))
            .collect(),
        untranslated: untranslated(site),
        timings,
        images,
        drafts: site.drafts.clone(),
    };
    Ok((files, report))
}

/// What a render keeps in memory: every file when nothing writes them as they
/// come, and the pages for the search index.
#[derive(Default)]
struct Kept {
    files: Vec<OutputFile>,
    pages: Vec<crate::search::Page>,
}

/// How many texts marked `draft: true` were left out and which, naming at
/// most [`DRAFTS_LISTED`] of them: said by `build`, or by `check` (which
/// checks them with `--drafts`).
pub fn skipped_drafts(drafts: &[Arc<Path>], checking: bool) -> Option<Text> {
    if drafts.is_empty() {
        return None;
    }
    let paths: String = drafts
        .iter()
        .take(DRAFTS_LISTED)
        .map(|p| format!("\n  {}", p.display()))
        .collect();
    let more = drafts.len().saturating_sub(DRAFTS_LISTED);
    let said = if checking {
        text!("cli-drafts-unchecked")
    } else {
        text!("cli-drafts-skipped")
    };
    Some(
        said.arg("count", drafts.len())
            .arg("paths", paths)
            .arg("more", more),
    )
}

/// The drafts a summary names; the rest are counted.
pub const DRAFTS_LISTED: usize = 10;

/// Records not written in a language: (section, slug, missing language).
fn untranslated(site: &Site) -> Vec<(Section, String, Lang)> {
    site.records
        .iter()
        .flat_map(|r| {
            Lang::ALL
                .into_iter()
                .filter(|&l| !r.is_translated(l))
                .map(|l| (r.section, r.slug.clone(), l))
        })
        .collect()
}

/// The theme's static files, copied as they are: the embedded theme's, each
/// replaced by the site's own file of the same path, and the site's others.
/// They were read, and links leading outside the site refused, with the theme.
pub fn static_files(theme: &Theme) -> Vec<OutputFile> {
    theme
        .statics
        .iter()
        .map(|(path, bytes)| OutputFile {
            path: path.clone(),
            bytes: bytes.to_vec(),
        })
        .collect()
}

/// Builds the site at `root` into `output`, which must be missing, empty or
/// zonesite's own output.
/// Its notices (waiting for another build) speak the environment's language.
pub fn build(root: &Path, output: &Path, options: &Options) -> Result<Report, Failure> {
    let lang = crate::catalogue::from_env().unwrap_or(Lang::ALL[0]);
    build_with(root, output, options, false, lang)
}

/// Builds the site at `root` into `output`; with `force`, a non-empty folder
/// that zonesite did not write is replaced too, and the files it held deleted.
/// The notices of the writer (waiting for another build, taking over a
/// folder with `force`) are printed in `lang`.
pub fn build_with(
    root: &Path,
    output: &Path,
    options: &Options,
    force: bool,
    lang: Lang,
) -> Result<Report, Failure> {
    // Judges the output and locks it for the whole build. Pages are written
    // into the staging directory by a writer of its own as they are rendered,
    // so the whole site never sits in memory and writing overlaps rendering;
    // a failure drops the staging directory.
    let staging = output::Staging::begin(root, output, force, lang).map_err(Failure::Output)?;
    let (rendered, written) = std::thread::scope(|scope| {
        // One batch in flight at most, so that memory stays bounded.
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<OutputFile>>(1);
        let writer = scope.spawn(|| {
            let mut time = Duration::ZERO;
            for batch in receive {
                let started = Instant::now();
                staging.write(&batch)?;
                time += started.elapsed();
            }
            Ok::<_, WriteError>(time)
        });
        let mut sink = |batch: Vec<OutputFile>| {
            // A send fails only once the writer stopped on an error, reported below.
            let _ = send.send(batch);
        };
        let previous = |path: &str| staging.previous_file(path);
        let rendered = render_site_into(root, options, Some(&mut sink), &previous);
        drop(send);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (rendered, written)
    });
    let rendered = rendered?;
    let write_time = written.map_err(Failure::Output)?;
    let started = Instant::now();
    staging.commit().map_err(Failure::Output)?;
    let mut report = rendered.report;
    report
        .timings
        .push((text!("cli-stage-write-during-render"), write_time));
    report
        .timings
        .push((text!("cli-stage-swap-in"), started.elapsed()));
    Ok(report)
}
