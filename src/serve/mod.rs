//! `zonesite serve`: builds the site into memory, serves it over HTTP, watches
//! `content/` and `themes/`, rebuilds on every change and reloads open pages.
//! A build that fails keeps the last good site served and shows its errors in
//! the terminal and over the page in the browser until they are fixed.

mod http;
mod in_place;
mod workspace;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::build::{self, Failure};
use crate::diag::Diagnostics;
use crate::i18n::Lang;
use crate::model::{MenuEntry, Options, Site};
use crate::output::OutputFile;
use crate::render::{self, Selection};
use crate::section::Section;
use crate::urls::Urls;
use workspace::Workspace;

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site's directory.
    pub root: PathBuf,
    /// The address to listen on.
    pub bind: String,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// Whether to build drafts.
    pub drafts: bool,
}

/// The site as it is served: the last good build and the current errors.
#[derive(Default)]
pub struct Live {
    /// Every file of the last good build, by path.
    pub files: HashMap<String, Arc<[u8]>>,
    /// The errors of the last build, if it failed, as the terminal shows them.
    pub error: Option<String>,
}

/// State shared by the rebuild loop and the HTTP threads.
#[derive(Default)]
pub struct Shared {
    /// The served site.
    pub live: RwLock<Live>,
    /// Open live-reload connections, each waiting for events.
    pub clients: http::Clients,
    /// Whether a build is waiting for its search index.
    index_wanted: Mutex<bool>,
    /// Wakes the indexer.
    index_wake: Condvar,
}

impl Shared {
    fn broadcast(&self, event: &http::Event) {
        self.clients.send(event);
    }
}

/// Runs the server until the process is stopped.
pub fn serve(options: ServeOptions) -> Result<(), String> {
    let server = http::bind(&options.bind, options.port)?;
    let addr = server.addr()?;
    let build_options = Options {
        drafts: options.drafts,
        base_url: Some(format!("http://{addr}/")),
        // The index is built beside the server, not in the rebuild's path.
        no_search: false,
        defer_index: true,
        defer_data: true,
    };
    let shared = Arc::new(Shared::default());
    let indexer_shared = Arc::clone(&shared);
    std::thread::spawn(move || index_when_wanted(&indexer_shared));
    let mut workspace = Workspace::load(&options.root);
    let mut last_good = None;
    rebuild(
        &workspace,
        &build_options,
        &shared,
        Instant::now(),
        &mut last_good,
        &[],
    );

    let (tx, rx) = mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
    for dir in ["content", "themes"] {
        let path = options.root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    http::spawn(server, Arc::clone(&shared));
    eprintln!("serving at http://{addr}/ (Ctrl-C to stop)");

    // Paths changed since the last good build: a failed build renders nothing,
    // so its changes are still to render once the content is fixed.
    let mut pending: Vec<PathBuf> = Vec::new();
    while let Some((changed, first_seen)) = next_changes(&rx) {
        pending.extend(workspace.update(&changed));
        pending.sort();
        pending.dedup();
        if rebuild(
            &workspace,
            &build_options,
            &shared,
            first_seen,
            &mut last_good,
            &pending,
        ) {
            pending.clear();
        }
    }
    Ok(())
}

/// Waits for file events and collects those that arrive together (an editor
/// saving writes, renames and touches in quick succession); `None` when the
/// watcher is gone.
fn next_changes(rx: &Receiver<notify::Result<notify::Event>>) -> Option<(Vec<PathBuf>, Instant)> {
    const SETTLE: Duration = Duration::from_millis(5);
    // Reading files is an event too; only changes count.
    let relevant = |event: notify::Result<notify::Event>| {
        event
            .ok()
            .filter(|e| !matches!(e.kind, notify::EventKind::Access(_)))
            .map(|e| e.paths)
    };
    let mut paths = loop {
        if let Some(paths) = relevant(rx.recv().ok()?) {
            break paths;
        }
    };
    let first_seen = Instant::now();
    while let Ok(event) = rx.recv_timeout(SETTLE) {
        paths.extend(relevant(event).unwrap_or_default());
    }
    paths.sort();
    paths.dedup();
    Some((paths, first_seen))
}

/// Builds from the workspace, rendering only the pages that `changed` can
/// affect when the last good site allows it, and, if it succeeds, serves the
/// result and makes it the last good site; reports either way, in the
/// terminal and to open pages. Returns whether the build succeeded.
fn rebuild(
    workspace: &Workspace,
    options: &Options,
    shared: &Arc<Shared>,
    since: Instant,
    last_good: &mut Option<Site>,
    changed: &[PathBuf],
) -> bool {
    // Edits that keep the site's shape: the last good site takes them in place.
    if let Some(site) = last_good.as_mut()
        && let Some(edits) = in_place::edits(workspace, changed, site, options.drafts)
    {
        // The pages of the records related before the edit and after it.
        let before = affected(workspace.root(), changed, Some(site), site);
        let mut diags = Diagnostics::default();
        let undo = in_place::apply(site, edits, &mut diags);
        let selection = before.with(affected(workspace.root(), changed, Some(site), site));
        let themes = workspace.themes();
        match build::render_model(
            workspace.root(),
            site,
            diags,
            options,
            themes,
            &selection,
            None,
        ) {
            Ok((files, report)) => {
                publish(workspace, shared, since, site, &selection, files, &report);
                return true;
            }
            Err(failure) => {
                in_place::apply(site, undo, &mut Diagnostics::default());
                report_failure(shared, failure);
                return false;
            }
        }
    }
    let (parsed, diags) = workspace.parsed();
    let select = |site: &Site| affected(workspace.root(), changed, last_good.as_ref(), site);
    let themes = workspace.themes();
    match build::render_parsed(
        workspace.root(),
        parsed,
        diags,
        options,
        themes,
        &select,
        None,
    ) {
        Ok(rendered) => {
            let selection = select(&rendered.site);
            let site = &rendered.site;
            publish(
                workspace,
                shared,
                since,
                site,
                &selection,
                rendered.files,
                &rendered.report,
            );
            *last_good = Some(rendered.site);
            true
        }
        Err(failure) => {
            report_failure(shared, failure);
            false
        }
    }
}

/// Serves a successful build's files: its pages at once, then its feeds,
/// sitemap and open data; reports what changed and asks for a new index.
fn publish(
    workspace: &Workspace,
    shared: &Shared,
    since: Instant,
    site: &Site,
    selection: &Selection,
    files: Vec<OutputFile>,
    report: &build::Report,
) {
    let (changed_pages, total) = {
        let mut live = shared.live.write().unwrap_or_else(|e| e.into_inner());
        let mut old = match selection {
            Selection::All => std::mem::take(&mut live.files),
            Selection::Some { .. } => HashMap::new(),
        };
        let mut changed_pages = Vec::new();
        for file in files {
            let bytes: Arc<[u8]> = Arc::from(file.bytes);
            let before = old.remove(&file.path);
            let before = before.as_ref().or_else(|| live.files.get(&file.path));
            if file.path.ends_with(".html") && before != Some(&bytes) {
                changed_pages.push(file.path.clone());
            }
            live.files.insert(file.path, bytes);
        }
        changed_pages.sort();
        let total = live.files.keys().filter(|k| k.ends_with(".html")).count();
        live.error = None;
        (changed_pages, total)
    };
    for warning in &report.warnings {
        eprint!("{}", warning.render(false));
    }
    eprintln!(
        "built in {:.1} ms: rendered {} of {total} pages, {} changed{}",
        since.elapsed().as_secs_f64() * 1000.0,
        report.pages,
        changed_pages.len(),
        summary(&changed_pages),
    );
    shared.broadcast(&http::Event::Reload);
    // The pages are served; the feeds, sitemap and open data follow.
    let data = machine_readable(workspace, site, selection);
    shared
        .live
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .files
        .extend(data.into_iter().map(|f| (f.path, Arc::from(f.bytes))));
    if site.config.search {
        *shared
            .index_wanted
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = true;
        shared.index_wake.notify_one();
    }
}

/// Reports a failed build; the last good site stays served.
fn report_failure(shared: &Shared, failure: Failure) {
    match failure {
        Failure::Content(diags) => {
            let text: String = diags.iter().map(|d| d.render(false)).collect();
            eprint!("{text}");
            eprintln!("the build failed; still serving the last good site");
            shared.live.write().unwrap_or_else(|e| e.into_inner()).error = Some(text.clone());
            shared.broadcast(&http::Event::BuildError(text));
        }
        Failure::Output(err) => eprintln!("{err}"),
    }
}

/// The machine-readable files of a build whose pages are served.
fn machine_readable(workspace: &Workspace, site: &Site, selection: &Selection) -> Vec<OutputFile> {
    // The build that rendered the pages loaded the theme and kept it.
    let mut diags = Diagnostics::default();
    let Some(theme) = workspace
        .themes()
        .load(workspace.root(), &site.config.theme, &mut diags)
    else {
        return Vec::new();
    };
    let urls = Urls::new(
        site.config.base_url.clone(),
        site.config.default_language_in_subdir,
    );
    render::machine_readable(site, &theme, &urls, selection)
}

/// Builds the search index of the served pages, one build at a time, beside
/// the server. Builds that come while an index is being made are indexed once,
/// together, afterwards (on a large site an index takes longer than an editor
/// takes between saves); until then the index of the build before is served.
fn index_when_wanted(shared: &Shared) {
    // Indexing takes whole seconds of CPU on a large site: it gets a thread
    // pool of its own at the lowest priority, so that it never holds up a
    // rebuild, which pagefind's work in the shared pool would.
    let lowest = || {
        let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 19);
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "zonesite-index".into())
        .start_handler(move |_| lowest())
        .build()
    {
        Ok(pool) => pool,
        Err(err) => {
            eprintln!("warning: no search index while serving: {err}");
            return;
        }
    };
    loop {
        {
            let mut wanted = shared
                .index_wanted
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            while !*wanted {
                wanted = shared
                    .index_wake
                    .wait(wanted)
                    .unwrap_or_else(|e| e.into_inner());
            }
            *wanted = false;
        }
        let pages: Vec<crate::output::OutputFile> = {
            let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
            live.files
                .iter()
                .filter(|(path, _)| path.ends_with(".html"))
                .map(|(path, bytes)| crate::output::OutputFile {
                    path: path.clone(),
                    bytes: bytes.to_vec(),
                })
                .collect()
        };
        match pool.install(|| crate::search::index(&pages, crate::search::BUNDLE_DIR)) {
            Ok(bundle) => {
                let mut live = shared.live.write().unwrap_or_else(|e| e.into_inner());
                live.files.retain(|path, _| !path.starts_with("pagefind/"));
                live.files
                    .extend(bundle.into_iter().map(|f| (f.path, Arc::from(f.bytes))));
            }
            Err(message) => eprintln!("warning: the search index could not be built: {message}"),
        }
    }
}

/// The files a change to `changed` (paths relative to the root) can alter: a
/// record's own pages, the pages of the records related to it before and
/// after, its section's list, the home pages and feeds if they show its
/// section, the sitemap if it gained or lost a language; a section
/// introduction, that list; a template, the pages it renders. Anything else,
/// or a change to which records exist, renders everything.
fn affected(root: &Path, changed: &[PathBuf], previous: Option<&Site>, site: &Site) -> Selection {
    let Some(old) = previous else {
        return Selection::All;
    };
    let same_records = old.records.len() == site.records.len()
        && old
            .records
            .iter()
            .zip(&site.records)
            .all(|(a, b)| (a.section, &a.slug) == (b.section, &b.slug));
    if !same_records || changed.is_empty() {
        return Selection::All;
    }
    let mut records = BTreeSet::new();
    let mut sections = BTreeSet::new();
    let (mut home, mut feeds, mut sitemap) = (false, false, false);
    for rel in changed {
        let parts: Vec<String> = rel
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        match parts.as_slice() {
            ["content", section, file] => {
                let Some(section) = Section::from_name(section) else {
                    return Selection::All;
                };
                // Lists in date order can reorder on any edit; those in slug order
                // are rendered only where the record is.
                if file.starts_with("_index.")
                    || matches!(section, Section::News | Section::Initiatives)
                {
                    sections.insert(section);
                }
                if file.starts_with("_index.") {
                    continue;
                }
                let slug = file.split('.').next().unwrap_or("");
                let Some(i) = site.find(section, slug) else {
                    // An editor's temporary file, already gone, changes nothing.
                    if !root.join(rel).exists() && old.find(section, slug).is_none() {
                        continue;
                    }
                    return Selection::All;
                };
                // A page in the menu shows on every page.
                if site.config.menu.contains(&MenuEntry::Page(i)) {
                    return Selection::All;
                }
                records.insert(i);
                records.extend(&old.records[i].related);
                records.extend(&site.records[i].related);
                // A park shows on the maps of the parks near it, and on the map
                // of the parks list's first page.
                if section == Section::Parks {
                    records.extend(crate::render::views::maps_showing(old, i));
                    records.extend(crate::render::views::maps_showing(site, i));
                    sections.insert(Section::Parks);
                }
                home |= matches!(
                    section,
                    Section::Parks | Section::Industries | Section::Initiatives | Section::News
                );
                feeds |= matches!(section, Section::Initiatives | Section::News);
                sitemap |= Lang::ALL
                    .into_iter()
                    .any(|l| old.records[i].is_translated(l) != site.records[i].is_translated(l));
            }
            ["themes", _, "templates", "home.html"] => home = true,
            ["themes", _, "templates", "section.html"] => sections.extend(Section::ALL),
            ["themes", _, "templates", "record.html"] => records.extend(0..site.records.len()),
            ["themes", _, "templates", name]
                if name
                    .strip_suffix(".html")
                    .and_then(Section::from_name)
                    .is_some() =>
            {
                let section = name
                    .strip_suffix(".html")
                    .and_then(Section::from_name)
                    .expect("checked");
                records.extend(site.section(section).map(|(i, _)| i));
            }
            _ => return Selection::All,
        }
    }
    Selection::Some {
        records,
        sections,
        home,
        feeds,
        sitemap,
    }
}

fn summary(changed: &[String]) -> String {
    const SHOWN: usize = 6;
    if changed.is_empty() {
        return String::new();
    }
    let mut list = changed
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if changed.len() > SHOWN {
        list.push_str(&format!(" and {} more", changed.len() - SHOWN));
    }
    format!(" ({list})")
}
