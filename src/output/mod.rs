//! The only writer of the output directory, and the owner of nothing else.
//!
//! zonesite deletes or changes only what it wrote. A build replaces the output
//! folder whole, so it first proves the folder is its own (`claim`): a folder
//! its records beside the output name and whose files are those it wrote, or
//! an empty one; any other is refused unless `--force` says to replace it. The
//! paths are judged resolved (`location`), and the build holds a lock on the
//! output from start to end (`state`), so two builds never write it at once.
//!
//! The new site is written into a staging directory beside the output (`fill`)
//! and swapped in whole once every file is written (`swap`), so a failed or
//! killed build leaves the previous site exactly as it was, and a successful
//! one leaves no file of a record that no longer exists.
//!
//! The site the swap retires is kept beside the output as the spare and
//! becomes the next build's staging directory: files that did not change are
//! already there, so a rebuild writes, links and removes only what changed
//! instead of creating and deleting a whole tree. Nothing is trusted about what
//! the spare holds: every file is compared with the bytes it must have, those
//! of the output through its manifest.

mod claim;
mod file;
mod fill;
mod location;
mod manifest;
mod messages;
mod state;
mod swap;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::catalogue::{Lang, Text};
use crate::text;

pub use file::OutputFile;
use manifest::Entry;
pub use messages::{headline, io_error};
use state::{Id, Names, Role, State};

/// Why the output could not be written.
#[derive(Debug)]
pub struct WriteError {
    /// The file or directory concerned.
    pub path: PathBuf,
    /// What went wrong.
    pub message: Text,
    /// What to do about it.
    pub help: Option<Text>,
}

impl WriteError {
    fn io(path: &Path, err: io::Error) -> WriteError {
        WriteError {
            path: path.to_path_buf(),
            message: messages::io_error(&err),
            help: None,
        }
    }

    /// The error in `lang`: `path: error: message`, then ` = help: help`.
    pub fn render(&self, lang: Lang) -> String {
        let headline = headline(text!("diag-error"), self.message.clone());
        let mut out = format!("{}: {}", self.path.display(), headline.render(lang));
        if let Some(help) = &self.help {
            out.push_str(&format!(
                "\n = {}: {}",
                text!("diag-help").render(lang),
                help.render(lang)
            ));
        }
        out
    }
}

/// In English, for a caller that has no language at hand; a command shows
/// [`WriteError::render`] in its user's.
impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The paths a build has written so far, with the manifest entries of the
/// files it is done with.
#[derive(Default)]
struct Claimed {
    files: HashMap<String, Option<Entry>>,
    /// Every directory that holds one of them.
    dirs: HashSet<String>,
}

/// Checks that a generated path stays inside the output directory.
fn confined(rel: &str) -> bool {
    let path = Path::new(rel);
    !rel.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// A new site being written beside the output, in as many batches as the
/// renderer produces, then swapped in whole by `commit`. Dropped without a
/// commit, it is kept as the spare and the output stays as it was. The output
/// is locked until it is dropped.
pub struct Staging {
    location: location::Location,
    names: Names,
    /// The lock and the records.
    state: State,
    /// What the output held before, and whether it is zonesite's.
    previous: claim::Previous,
    /// This build's staging directory.
    id: Id,
    staging: PathBuf,
    /// What a reused staging directory held, listed beside the rendering: the
    /// part of it this build does not write must go.
    listing: Option<std::thread::JoinHandle<Option<Vec<String>>>>,
    /// Every path written, to tell which files of a reused directory are stale.
    written: Mutex<Claimed>,
    dirs: fill::Dirs,
    committed: bool,
}

impl Staging {
    /// Starts a new site for `output`, the output of the site at `root`, after
    /// judging where it is and whether zonesite may replace it (with `force`,
    /// a non-empty folder it did not write is replaced too), and locks the
    /// output, waiting for another build of it to finish. Reuses what earlier
    /// builds left. The notices of waiting and of `force` are printed in `lang`.
    pub fn begin(
        root: &Path,
        output: &Path,
        force: bool,
        lang: Lang,
    ) -> Result<Staging, WriteError> {
        let location = location::resolve(root, output)?;
        let names = Names::new(&location.parent, &location.name);
        claim::precheck(&location, &names, force)?;
        let mut state = State::lock(&names, &location.shown, lang)?;
        let previous = claim::judge(&location, &names, &state.records, force, lang)?;
        let id = Id::new();
        let reused = claim::take_leftovers(&mut state, &names, &previous, &id)?;
        let staging = names.path(Role::Staging, &id);
        let listing = reused.then(|| {
            let dir = staging.clone();
            std::thread::spawn(move || swap::list(&dir))
        });
        Ok(Staging {
            location,
            names,
            state,
            previous,
            id,
            staging,
            listing,
            written: Mutex::default(),
            dirs: fill::Dirs::default(),
            committed: false,
        })
    }

    /// Writes a batch of files into the new site.
    pub fn write(&self, files: &[OutputFile]) -> Result<(), WriteError> {
        if let Some(bad) = files.iter().find(|f| !confined(&f.path)) {
            return Err(WriteError {
                path: self.location.shown.join(&bad.path),
                message: messages::outside_output(),
                help: None,
            });
        }
        self.claim(files)?;
        let previous = self
            .previous
            .manifest()
            .map(|m| (self.location.output.as_path(), m));
        let entries =
            fill::fill(&self.staging, previous, &self.dirs, files).map_err(|(rel, err)| {
                let (message, help) = messages::cannot_write(&err, &self.location.shown);
                WriteError {
                    path: self.location.shown.join(rel),
                    message,
                    help: Some(help),
                }
            })?;
        let mut claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
        for (file, entry) in files.iter().zip(entries) {
            claimed.files.insert(file.path.clone(), Some(entry));
        }
        Ok(())
    }

    /// A file of the site this build replaces, by path relative to the output,
    /// if zonesite's last build wrote it and it still holds the bytes written
    /// then: what a build may take from the site before instead of making it
    /// again. The path is resolved beneath the output without following any
    /// link, and only a regular file is read.
    pub fn previous_file(&self, path: &str) -> Option<Vec<u8>> {
        use rustix::fs::{Mode, OFlags, ResolveFlags};
        let manifest = self.previous.manifest()?;
        let hash = manifest.hash_of(path)?;
        if !confined(path) {
            return None;
        }
        let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let dir = rustix::fs::open(&self.location.output, dir_flags, Mode::empty()).ok()?;
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let beneath = ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS;
        let fd = rustix::fs::openat2(&dir, path, flags, Mode::empty(), beneath).ok()?;
        let file = std::fs::File::from(fd);
        if !file.metadata().ok()?.is_file() {
            return None;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut &file, &mut bytes).ok()?;
        (manifest::hash(&bytes) == hash).then_some(bytes)
    }

    /// Records the paths of a batch, refusing one that another file of the
    /// build already takes, as a file or as a directory.
    fn claim(&self, files: &[OutputFile]) -> Result<(), WriteError> {
        let mut claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
        for file in files {
            let dirs = file.path.match_indices('/').map(|(i, _)| &file.path[..i]);
            let taken = claimed.files.contains_key(&file.path)
                || claimed.dirs.contains(&file.path)
                || dirs.clone().any(|d| claimed.files.contains_key(d));
            if taken {
                return Err(WriteError {
                    path: self.location.shown.join(&file.path),
                    message: messages::same_path(),
                    help: None,
                });
            }
            claimed.dirs.extend(dirs.map(str::to_owned));
            claimed.files.insert(file.path.clone(), None);
        }
        Ok(())
    }
}
