//! `zonesite serve`: builds the site into memory, serves it over HTTP, watches
//! `content/` and `themes/`, rebuilds on every change and reloads open pages.
//! A build that fails keeps the last good site served and shows its errors in
//! the terminal and over the page in the browser until they are fixed.
//!
//! Rebuilding is the pipeline's own incremental operation
//! ([`incremental::Session`]): `serve` hands it the paths that changed and
//! serves what it returns.

mod http;
mod overlay;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::build::Failure;
use crate::catalogue::{Lang, Text};
use crate::diag::{Diagnostic, warning_line};
use crate::incremental::{Session, Update};
use crate::model::Options;
use crate::output::OutputFile;
use crate::text;

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
    /// The language of what it says.
    pub lang: Lang,
}

/// The site as it is served: the last good build and the current errors.
#[derive(Default)]
pub struct Live {
    /// Every file of the last good build, by path.
    pub files: HashMap<String, Arc<[u8]>>,
    /// The errors of the last build, if it failed: the overlay's content.
    pub error: Option<String>,
}

/// State shared by the rebuild loop and the HTTP threads.
pub struct Shared {
    /// The language of what the server says.
    pub lang: Lang,
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
    fn new(lang: Lang) -> Shared {
        Shared {
            lang,
            live: RwLock::default(),
            clients: http::Clients::default(),
            index_wanted: Mutex::default(),
            index_wake: Condvar::new(),
        }
    }

    fn broadcast(&self, event: &http::Event) {
        self.clients.send(event);
    }
}

/// The directories whose changes rebuild the site.
const WATCHED: [&str; 3] = ["content", "themes", "static"];

/// Runs the server until the process is stopped.
pub fn serve(options: ServeOptions) -> Result<(), Text> {
    let server = http::bind(&options.bind, options.port)?;
    let addr = server.addr()?;
    let build_options = Options {
        drafts: options.drafts,
        base_url: Some(format!("http://{addr}/")),
        no_search: false,
        // The index is built beside the server, not in the rebuild's path.
        defer_index: true,
        plan_media: false,
        gov: false,
    };
    let shared = Arc::new(Shared::new(options.lang));
    let indexer_shared = Arc::clone(&shared);
    std::thread::spawn(move || index_when_wanted(&indexer_shared));
    let root = &options.root;
    let mut session = Session::open(root, build_options);
    let mut shown = Shown::default();
    rebuild(&mut session, &shared, &mut shown, Instant::now(), &[]);

    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| text!("serve-cannot-watch-files", reason = e.to_string()))?;
    // The root itself, so that content/ or themes/ removed and made again
    // (as `git checkout` of another branch does) is watched again.
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| {
            text!(
                "serve-cannot-watch",
                path = root.display().to_string(),
                reason = e.to_string()
            )
        })?;
    for dir in WATCHED {
        let _ = watcher.watch(&root.join(dir), RecursiveMode::Recursive);
    }
    http::spawn(server, Arc::clone(&shared));
    let url = format!("http://{addr}/");
    eprintln!("{}", text!("serve-serving", url = url).render(options.lang));

    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.clone());
    while let Some((changed, first_seen)) = next_changes(&rx) {
        let changed: Vec<PathBuf> = changed
            .iter()
            .filter_map(|p| relative(&canonical_root, p))
            .filter(|rel| WATCHED.iter().any(|dir| rel.starts_with(dir)))
            .collect();
        if changed.is_empty() {
            continue;
        }
        for dir in WATCHED {
            if changed.iter().any(|rel| rel == Path::new(dir)) {
                // Made again: watch it again (a watch that still holds is kept).
                let _ = watcher.unwatch(&root.join(dir));
                let _ = watcher.watch(&root.join(dir), RecursiveMode::Recursive);
            }
        }
        rebuild(&mut session, &shared, &mut shown, first_seen, &changed);
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

/// `path` (absolute, as the watcher gives it) relative to the canonical
/// `root`, resolving links in the directories above it.
fn relative(root: &Path, path: &Path) -> Option<PathBuf> {
    let parent = path.parent()?.canonicalize().ok()?;
    Some(parent.strip_prefix(root).ok()?.join(path.file_name()?))
}

/// Rebuilds after `changed` (paths relative to the root) and, if the build
/// succeeds, serves its pages at once, then its feeds, sitemap and open data;
/// reports either way, in the terminal and to open pages.
fn rebuild(
    session: &mut Session,
    shared: &Shared,
    shown: &mut Shown,
    since: Instant,
    changed: &[PathBuf],
) {
    let lang = shared.lang;
    let update = match session.update(changed) {
        Ok(update) => update,
        Err(failure) => return report_failure(shared, shown, failure),
    };
    let (changed_pages, total) = {
        let mut live = shared.live.write().unwrap_or_else(|e| e.into_inner());
        live.error = None;
        let changed_pages = apply(&mut live.files, update.files, &update.removed);
        let total = live.files.keys().filter(|k| k.ends_with(".html")).count();
        (changed_pages, total)
    };
    for warning in shown.new_warnings(&update.report.warnings) {
        eprint!("{}", warning.render(lang, false));
    }
    let built = text!(
        "serve-built",
        ms = format!("{:.1}", since.elapsed().as_secs_f64() * 1000.0),
        rendered = update.report.pages,
        total = total,
        changed = changed_pages.len()
    );
    eprintln!("{}{}", built.render(lang), summary(&changed_pages, lang));
    shared.broadcast(&http::Event::Reload);
    let Update { files, removed, .. } = session.finish();
    apply(
        &mut shared.live.write().unwrap_or_else(|e| e.into_inner()).files,
        files,
        &removed,
    );
    if session.site().is_some_and(|s| s.config.search) {
        *shared
            .index_wanted
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = true;
        shared.index_wake.notify_one();
    }
}

/// Puts an update's files into the served site and takes out the removed
/// ones; returns the HTML pages whose bytes changed, sorted.
pub fn apply(
    served: &mut HashMap<String, Arc<[u8]>>,
    files: Vec<OutputFile>,
    removed: &[String],
) -> Vec<String> {
    let mut changed = Vec::new();
    for path in removed {
        if served.remove(path).is_some() && path.ends_with(".html") {
            changed.push(path.clone());
        }
    }
    for file in files {
        let bytes: Arc<[u8]> = Arc::from(file.bytes);
        if file.path.ends_with(".html") && served.get(&file.path) != Some(&bytes) {
            changed.push(file.path.clone());
        }
        served.insert(file.path, bytes);
    }
    changed.sort();
    changed.dedup();
    changed
}

/// Reports a failed build; the last good site stays served.
fn report_failure(shared: &Shared, shown: &mut Shown, failure: Failure) {
    let lang = shared.lang;
    match failure {
        Failure::Content(diags) => {
            // A failed build shows every diagnostic, warnings included: the
            // editor is looking at this report.
            shown.forget();
            let text: String = diags.iter().map(|d| d.render(lang, false)).collect();
            eprint!("{text}");
            eprintln!("{}", text!("serve-build-failed").render(lang));
            let payload = overlay::payload(&diags, lang);
            shared.live.write().unwrap_or_else(|e| e.into_inner()).error = Some(payload.clone());
            shared.broadcast(&http::Event::BuildError(payload));
        }
        Failure::Output(err) => eprintln!("{}", err.render(lang)),
    }
}

/// The warnings of the last good build, each printed once: a later build
/// prints only those that are new (their file, place or words changed).
#[derive(Default)]
struct Shown(HashSet<Diagnostic>);

impl Shown {
    /// The warnings of `warnings` not shown by the build before; remembers
    /// `warnings` as shown.
    fn new_warnings<'a>(&mut self, warnings: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
        let fresh = warnings.iter().filter(|w| !self.0.contains(*w)).collect();
        self.0 = warnings.iter().cloned().collect();
        fresh
    }

    fn forget(&mut self) {
        self.0.clear();
    }
}

/// Where the search bundle is served, as a path prefix.
const BUNDLE_PREFIX: &str = "pagefind/";

/// How long the saves stop before the search index is made again.
const QUIET_BEFORE_INDEXING: Duration = Duration::from_secs(1);

/// Builds the search index of the served pages, one build at a time, beside
/// the server. Builds that come while an index is being made are indexed once,
/// together, afterwards (on a large site an index takes longer than an editor
/// takes between saves); until then the index of the build before is served.
fn index_when_wanted(shared: &Shared) {
    // Indexing takes whole seconds of CPU on a large site: it gets a thread
    // of its own, scheduled only when a core is otherwise idle (SCHED_IDLE,
    // which the threads it starts, one a core for the shards, inherit), so
    // that it never holds up a rebuild. Where that policy is refused, the
    // lowest priority.
    let lowest = || {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: sched_setscheduler reads `param` and changes only this thread's policy.
        let idle = unsafe { libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) } == 0;
        if !idle {
            let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 19);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "zonesite-index".into())
        .start_handler(move |_| lowest())
        .build()
    {
        Ok(pool) => pool,
        Err(err) => {
            let message = text!("serve-no-index", reason = err.to_string());
            eprintln!("{}", warning_line(shared.lang, message));
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
            // While an editor keeps saving, the index waits: it starts once
            // the saves stop for a moment, and so never slows the rebuilds.
            while *wanted {
                *wanted = false;
                wanted = shared
                    .index_wake
                    .wait_timeout(wanted, QUIET_BEFORE_INDEXING)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        }
        // The served pages, and the bundle served now: its shards whose
        // pages did not change are taken as they are.
        type Files = Vec<(String, Arc<[u8]>)>;
        let (pages, bundle): (Files, Files) = {
            let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
            let shared_files = |keep: fn(&str) -> bool| {
                live.files
                    .iter()
                    .filter(|(path, _)| keep(path))
                    .map(|(path, bytes)| (path.clone(), Arc::clone(bytes)))
                    .collect()
            };
            (
                shared_files(|p| p.ends_with(".html")),
                shared_files(|p| p.starts_with(BUNDLE_PREFIX)),
            )
        };
        // Read outside the lock, so that a rebuild is never kept waiting,
        // and at the indexer's priority.
        let bundle: HashMap<String, Arc<[u8]>> = bundle.into_iter().collect();
        let previous = |path: &str| bundle.get(path).map(|bytes| bytes.to_vec());
        let made = pool.install(|| {
            let pages: Vec<crate::search::Page> = pages
                .into_iter()
                .map(|(path, bytes)| crate::search::Page::shared(&path, bytes))
                .collect();
            crate::search::index(&pages, crate::search::BUNDLE_DIR, &previous)
        });
        drop(bundle);
        match made {
            Ok(bundle) => {
                let mut live = shared.live.write().unwrap_or_else(|e| e.into_inner());
                live.files
                    .retain(|path, _| !path.starts_with(BUNDLE_PREFIX));
                live.files
                    .extend(bundle.into_iter().map(|f| (f.path, Arc::from(f.bytes))));
            }
            Err(message) => {
                let message = text!("serve-index-failed", reason = message.text().clone());
                eprintln!("{}", warning_line(shared.lang, message));
            }
        }
    }
}

/// The pages that changed, for the line after a rebuild: ` (a, b and 3 more)`.
fn summary(changed: &[String], lang: Lang) -> String {
    const SHOWN: usize = 6;
    if changed.is_empty() {
        return String::new();
    }
    let list: Vec<&str> = changed.iter().take(SHOWN).map(String::as_str).collect();
    let text = if changed.len() > SHOWN {
        text!(
            "serve-changed-more",
            pages = list,
            more = changed.len() - SHOWN
        )
    } else {
        text!("serve-changed", pages = list)
    };
    text.render(lang)
}
