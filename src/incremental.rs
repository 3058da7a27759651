//! The pipeline run again after an edit, for `serve`: the same load, the same
//! validation and the same rendering as a build, skipping only what provably
//! did not change. Files are parsed again only when they changed; the whole
//! site is validated every time, so `serve` reports exactly what `build`
//! reports; and a page is rendered again only when something it read while it
//! rendered last (see `render::deps`) reads differently now, or when it is new.

mod changes;
mod index;

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::build::{self, Failure, Report};
use crate::content;
use crate::diag::Diagnostics;
use crate::model::{Options, Site};
use crate::output::OutputFile;
use crate::render::theme::{self, Theme};
use crate::render::{self, Page, Selection};
use index::{Ids, PageIndex, Plan};

/// A site kept between builds, rebuilt edit by edit.
pub struct Session {
    root: PathBuf,
    options: Options,
    files: content::Cache,
    themes: theme::Cache,
    ids: Ids,
    last: Option<Last>,
}

/// The last good build: the site, its theme, and what each page read.
struct Last {
    site: Site,
    theme: Arc<Theme>,
    /// The stable id of each record, by index, and the index of each id.
    ids: Vec<u32>,
    by_id: FxHashMap<u32, usize>,
    /// Every page of the site.
    all: Vec<Page>,
    pages: PageIndex,
    /// The theme's static files, by path, with their bytes.
    statics: HashMap<String, Vec<u8>>,
    /// Pages of the last update still to render (feeds, sitemap, open data…).
    pending: HashSet<Page>,
}

/// What an update produced: the files that are new or changed, and the paths
/// of files that are gone.
#[derive(Debug, Default)]
pub struct Update {
    /// Files written by this update.
    pub files: Vec<OutputFile>,
    /// Paths of files the site no longer has.
    pub removed: Vec<String>,
    /// Warnings, pages rendered, and how long the stages took.
    pub report: Report,
}

impl Session {
    /// A session for the site at `root`, its content read and parsed.
    pub fn open(root: &Path, options: Options) -> Session {
        Session {
            root: root.to_path_buf(),
            options,
            files: content::Cache::load(root),
            themes: theme::Cache::default(),
            ids: Ids::default(),
            last: None,
        }
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The last good site, if a build succeeded.
    pub fn site(&self) -> Option<&Site> {
        self.last.as_ref().map(|l| &l.site)
    }

    /// Takes in the paths (relative to the root) that changed since the last
    /// update, validates the whole site and renders the HTML pages that
    /// changed; the feeds, sitemap and open data follow with [`finish`].
    /// A failure leaves the last good build as it was.
    ///
    /// [`finish`]: Session::finish
    pub fn update(&mut self, changed: &[PathBuf]) -> Result<Update, Failure> {
        let started = Instant::now();
        let theme_changed = changed.iter().any(|p| p.starts_with("themes"));
        if theme_changed {
            self.themes.forget();
        }
        self.files.update(changed);
        let (parsed, diags) = self.files.parsed();
        let (site, mut diags) = build::validate(parsed, diags, &self.options)?;
        let validated = started.elapsed();
        let theme = build::theme(&self.root, &site, &self.themes, &mut diags)
            .filter(|_| !diags.has_errors())
            .ok_or_else(|| Failure::Content(std::mem::take(&mut diags).into_sorted()))?;
        let last = self.last.as_ref().map(|l| (&l.site, &l.ids[..]));
        let ids = self.ids.of(&site, last);
        let all = render::pages(&site, &build::urls(&site));
        let plan = match &self.last {
            None => Plan {
                render: all.iter().copied().collect(),
                gone: Vec::new(),
            },
            Some(last) => {
                let same = (last.ids == ids && last.all == all).then_some(&last.by_id);
                let changed = changes::between(last, &site, &ids, &theme);
                last.pages.plan(&all, &ids, &changed, same)
            }
        };
        let (now, later): (HashSet<Page>, HashSet<Page>) =
            plan.render.into_iter().partition(|p| p.is_html());
        let rendered = self.render(&site, &theme, now, &mut diags)?;
        // The theme's static files, records' files and static/ are taken
        // again only when the theme or one of those files changed: the same
        // files make the same images and copies.
        let statics = match &self.last {
            Some(last) if !theme_changed && !media_changed(&last.site, &site, changed) => {
                last.statics.clone()
            }
            _ => {
                let mut all: HashMap<String, Vec<u8>> = build::static_files(&theme)
                    .into_iter()
                    .map(|f| (f.path, f.bytes))
                    .collect();
                let stats = crate::media::images::Stats::default();
                crate::media::files::publish(
                    &self.root,
                    &site,
                    false,
                    &stats,
                    &mut diags,
                    &mut |batch| all.extend(batch.into_iter().map(|f| (f.path, f.bytes))),
                );
                all
            }
        };
        if diags.has_errors() {
            return Err(Failure::Content(diags.into_sorted()));
        }
        let mut update = Update::default();
        let (mut pages, old_statics, by_id) = match self.last.take() {
            Some(last) if last.ids == ids => (last.pages, last.statics, last.by_id),
            Some(last) => (last.pages, last.statics, index_of(&ids)),
            None => (PageIndex::default(), HashMap::new(), index_of(&ids)),
        };
        update.report.pages = rendered.len();
        update.removed = pages.forget(&plan.gone);
        update
            .removed
            .extend(pages.record(rendered, &ids, &mut update.files));
        update.removed.extend(
            old_statics
                .keys()
                .filter(|p| !statics.contains_key(*p))
                .cloned(),
        );
        update.files.extend(
            statics
                .iter()
                .filter(|(path, bytes)| old_statics.get(*path) != Some(*bytes))
                .map(|(path, bytes)| OutputFile {
                    path: path.clone(),
                    bytes: bytes.clone(),
                }),
        );
        update.report.warnings = diags.into_sorted();
        update.report.timings = vec![
            (crate::text!("cli-stage-validate"), validated),
            (
                crate::text!("cli-stage-render-pages"),
                started.elapsed() - validated,
            ),
        ];
        self.last = Some(Last {
            site,
            theme,
            ids,
            by_id,
            all,
            pages,
            statics,
            pending: later,
        });
        Ok(update)
    }

    /// Renders what the last update left for later: feeds, sitemap, open data
    /// and stylesheets that changed.
    pub fn finish(&mut self) -> Update {
        let Some(mut last) = self.last.take() else {
            return Update::default();
        };
        let pending = std::mem::take(&mut last.pending);
        let mut update = Update::default();
        let mut diags = Diagnostics::default();
        // A theme that rendered the pages renders the data: no errors here
        // but template-free ones, which the pages' render would have shown.
        if let Ok(rendered) = self.render(&last.site, &last.theme, pending, &mut diags) {
            update.report.pages = rendered.len();
            update.removed = last.pages.record(rendered, &last.ids, &mut update.files);
        }
        self.last = Some(last);
        update
    }

    fn render(
        &self,
        site: &Site,
        theme: &Theme,
        pages: HashSet<Page>,
        diags: &mut Diagnostics,
    ) -> Result<Vec<render::Rendered>, Failure> {
        let urls = build::urls(site);
        let mut rendered = Vec::new();
        if !pages.is_empty() {
            let selection = Selection::Only(pages);
            render::render(site, theme, &urls, &selection, true, diags, &mut |batch| {
                rendered.extend(batch)
            });
        }
        if diags.has_errors() {
            return Err(Failure::Content(std::mem::take(diags).into_sorted()));
        }
        Ok(rendered)
    }
}

/// Whether the files of records' folders or of `static/` differ between
/// two sites, or a file of `static/` is among the `changed` paths.
fn media_changed(last: &Site, site: &Site, changed: &[PathBuf]) -> bool {
    let files = |s: &Site| {
        s.records
            .iter()
            .map(|r| (r.section, r.slug.clone(), r.files.clone()))
            .filter(|(_, _, f)| !f.is_empty())
            .collect::<Vec<_>>()
    };
    changed
        .iter()
        .any(|p| p.starts_with(crate::media::files::STATIC_DIR))
        || files(last) != files(site)
}

/// The index of each stable id.
fn index_of(ids: &[u32]) -> FxHashMap<u32, usize> {
    ids.iter().enumerate().map(|(i, &id)| (id, i)).collect()
}
