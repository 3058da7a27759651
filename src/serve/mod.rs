//! `zonesite serve`: builds the site into memory, serves it over HTTP, watches
//! `content/` and `themes/`, rebuilds on every change and reloads open pages.
//! A build that fails keeps the last good site served and shows its errors in
//! the terminal and over the page in the browser until they are fixed.

mod http;
mod workspace;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::build::{self, Failure};
use crate::model::Options;
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
    pub clients: Mutex<Vec<mpsc::Sender<http::Event>>>,
}

impl Shared {
    fn broadcast(&self, event: &http::Event) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|client| client.send(event.clone()).is_ok());
    }
}

/// Runs the server until the process is stopped.
pub fn serve(options: ServeOptions) -> Result<(), String> {
    let server = tiny_http::Server::http((options.bind.as_str(), options.port))
        .map_err(|e| format!("cannot listen on {}:{}: {e}", options.bind, options.port))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or("the server has no IP address")?;
    let build_options = Options {
        drafts: options.drafts,
        base_url: Some(format!("http://{addr}/")),
    };
    let shared = Arc::new(Shared::default());
    let mut workspace = Workspace::load(&options.root);
    rebuild(&mut workspace, &build_options, &shared, Instant::now());

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
    let http_shared = Arc::clone(&shared);
    std::thread::spawn(move || http::run(server, http_shared));
    eprintln!("serving at http://{addr}/ (Ctrl-C to stop)");

    while let Some((changed, first_seen)) = next_changes(&rx) {
        workspace.update(&changed);
        rebuild(&mut workspace, &build_options, &shared, first_seen);
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

/// Builds from the workspace and, if it succeeds, serves the result; reports
/// either way, in the terminal and to open pages.
fn rebuild(workspace: &mut Workspace, options: &Options, shared: &Shared, since: Instant) {
    let (parsed, diags) = workspace.parsed();
    match build::render_parsed(workspace.root(), parsed, diags, Vec::new(), options) {
        Ok(rendered) => {
            let files: HashMap<String, Arc<[u8]>> = rendered
                .files
                .into_iter()
                .map(|f| (f.path, Arc::from(f.bytes)))
                .collect();
            let changed = {
                let mut live = shared.live.write().unwrap_or_else(|e| e.into_inner());
                let changed = changed_pages(&live.files, &files);
                live.files = files;
                live.error = None;
                changed
            };
            for warning in &rendered.report.warnings {
                eprint!("{}", warning.render(false));
            }
            eprintln!(
                "built in {:.1} ms: {} of {} pages changed{}",
                since.elapsed().as_secs_f64() * 1000.0,
                changed.len(),
                rendered.report.pages,
                summary(&changed),
            );
            shared.broadcast(&http::Event::Reload);
        }
        Err(Failure::Content(diags)) => {
            let text: String = diags.iter().map(|d| d.render(false)).collect();
            eprint!("{text}");
            eprintln!("the build failed; still serving the last good site");
            shared.live.write().unwrap_or_else(|e| e.into_inner()).error = Some(text.clone());
            shared.broadcast(&http::Event::BuildError(text));
        }
        Err(Failure::Output(err)) => eprintln!("{err}"),
    }
}

/// The HTML pages whose bytes differ between two builds.
fn changed_pages(
    old: &HashMap<String, Arc<[u8]>>,
    new: &HashMap<String, Arc<[u8]>>,
) -> Vec<String> {
    let mut changed: Vec<String> = new
        .iter()
        .filter(|(path, bytes)| path.ends_with(".html") && old.get(*path) != Some(bytes))
        .map(|(path, _)| path.clone())
        .collect();
    changed.sort();
    changed
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
