//! The build pipeline: load → validate → render → write, each stage a function
//! that takes the previous stage's value. Every error of a stage is collected
//! before the pipeline stops, and nothing is written unless every stage passed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::model::{self, Options, Site};
use crate::output::{self, WriteError};
use crate::render::{self, OutputFile, theme};
use crate::section::Section;
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
    /// How long each stage took.
    pub timings: Vec<(&'static str, Duration)>,
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
    /// Every output file.
    pub files: Vec<OutputFile>,
    /// The theme's static directory.
    pub static_dir: Option<PathBuf>,
    /// What happened.
    pub report: Report,
}

/// Loads, validates and renders the site at `root`, writing nothing.
pub fn render_site(root: &Path, options: &Options) -> Result<Rendered, Failure> {
    let mut diags = Diagnostics::default();
    let mut timings = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |name: &'static str| {
        let now = Instant::now();
        timings.push((name, now - clock));
        clock = now;
    };

    let parsed = content::load(root, &mut diags);
    lap("load and parse");
    let site = model::build(parsed, options, &mut diags);
    lap("validate and resolve");
    let theme = site
        .as_ref()
        .and_then(|s| theme::load(root, &s.config.theme, &mut diags));
    lap("load theme");
    let (Some(site), Some(theme)) = (site, theme) else {
        return Err(Failure::Content(diags.into_sorted()));
    };
    if diags.has_errors() {
        return Err(Failure::Content(diags.into_sorted()));
    }
    let urls = Urls::new(
        site.config.base_url.clone(),
        site.config.default_language_in_subdir,
    );
    let files = render::render(&site, &theme, &urls, &mut diags);
    lap("render");
    if diags.has_errors() {
        return Err(Failure::Content(diags.into_sorted()));
    }
    let untranslated = site
        .records
        .iter()
        .flat_map(|r| {
            Lang::ALL
                .into_iter()
                .filter(|&l| !r.is_translated(l))
                .map(|l| (r.section, r.slug.clone(), l))
        })
        .collect();
    let records = Section::ALL
        .into_iter()
        .map(|s| (s, site.section(s).count()))
        .collect();
    let report = Report {
        warnings: diags.into_sorted(),
        pages: files.iter().filter(|f| f.path.ends_with(".html")).count(),
        files: files.len(),
        records,
        untranslated,
        timings,
    };
    Ok(Rendered {
        site,
        files,
        static_dir: theme.static_dir,
        report,
    })
}

/// Builds the site at `root` into `output`.
pub fn build(root: &Path, output: &Path, options: &Options) -> Result<Report, Failure> {
    check_output_location(root, output).map_err(Failure::Output)?;
    let rendered = render_site(root, options)?;
    let started = Instant::now();
    output::write_site(output, &rendered.files, rendered.static_dir.as_deref())
        .map_err(Failure::Output)?;
    let mut report = rendered.report;
    report.timings.push(("write", started.elapsed()));
    Ok(report)
}

/// The output directory is replaced whole, so it must not hold the site itself.
fn check_output_location(root: &Path, output: &Path) -> Result<(), WriteError> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root_abs, out_abs) = (absolute(root), absolute(output));
    let normal = |p: &Path| p.components().collect::<PathBuf>();
    let (root_abs, out_abs) = (normal(&root_abs), normal(&out_abs));
    let inside = |dir: &str| out_abs.starts_with(root_abs.join(dir));
    if root_abs.starts_with(&out_abs) || inside("content") || inside("themes") {
        return Err(WriteError {
            path: output.to_path_buf(),
            message: "the output directory would replace the site's own files".into(),
        });
    }
    Ok(())
}
