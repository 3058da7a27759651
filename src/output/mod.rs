//! The only writer of the output directory. A build is written into a staging
//! directory beside the output and swapped in whole once every file is written,
//! so a failed or killed build leaves the previous site exactly as it was, and a
//! successful one leaves no file of a record that no longer exists.
//!
//! The site the swap retires is kept beside the output as the spare
//! (`.public.zonesite-spare`) and becomes the next build's staging directory:
//! files that did not change are already there, so a rebuild writes, links and
//! removes only what changed instead of creating and deleting a whole tree.
//! Nothing is trusted about what the spare holds: every file is compared with
//! the bytes it must have, those of the output through its manifest.

mod file;
mod manifest;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

pub use file::OutputFile;
use manifest::{Entry, Manifest, Stamp};

/// Why the output could not be written.
#[derive(Debug)]
pub struct WriteError {
    /// The file or directory concerned.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: error: {}", self.path.display(), self.message)
    }
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> WriteError + '_ {
    move |err| WriteError {
        path: path.to_path_buf(),
        message: err.to_string(),
    }
}

/// The directories a build keeps beside its output.
struct Siblings {
    /// This build's staging directory.
    staging: PathBuf,
    /// The previous site, kept for the next build to reuse.
    spare: PathBuf,
    /// Where the old site goes when the system cannot exchange two directories.
    retired: PathBuf,
    /// The output's manifest.
    manifest: PathBuf,
    /// The name prefix they all share.
    parent: PathBuf,
    prefix: String,
}

impl Siblings {
    fn of(output: &Path) -> Result<Siblings, WriteError> {
        let name = output.file_name().ok_or_else(|| WriteError {
            path: output.to_path_buf(),
            message: "the output path must name a directory".into(),
        })?;
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let prefix = format!(".{}.zonesite-", name.to_string_lossy());
        let pid = std::process::id();
        Ok(Siblings {
            staging: parent.join(format!("{prefix}staging-{pid}")),
            spare: parent.join(format!("{prefix}spare")),
            retired: parent.join(format!("{prefix}old-{pid}")),
            manifest: parent.join(format!("{prefix}manifest")),
            parent,
            prefix,
        })
    }

    /// Turns what earlier builds left (the spare, else a killed build's
    /// staging directory) into this build's staging directory, removes the
    /// rest, and says whether one was reused.
    fn take_leftovers(&self) -> bool {
        let mut reused = fs::rename(&self.spare, &self.staging).is_ok();
        let Ok(entries) = fs::read_dir(&self.parent) else {
            return reused;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !entry
                .file_name()
                .to_string_lossy()
                .starts_with(&self.prefix)
                || path == self.staging
                || path == self.manifest
            {
                continue;
            }
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir && !reused && fs::rename(&path, &self.staging).is_ok() {
                reused = true;
            } else if is_dir {
                let _ = fs::remove_dir_all(&path);
            } else {
                let _ = fs::remove_file(&path);
            }
        }
        reused
    }

    /// Keeps a retired site as the spare, or removes it if it cannot be kept.
    fn keep_as_spare(&self, old: &Path) {
        if fs::rename(old, &self.spare).is_err() {
            let _ = fs::remove_dir_all(old);
        }
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
/// commit, it is kept as the spare and the output stays as it was.
pub struct Staging {
    output: PathBuf,
    siblings: Siblings,
    previous: Option<PathBuf>,
    /// What the output holds, by the manifest the build that wrote it kept.
    manifest: Manifest,
    /// What a reused staging directory held, listed beside the rendering: the
    /// part of it this build does not write must go.
    listing: Option<std::thread::JoinHandle<Option<Vec<String>>>>,
    /// Every path written, to tell which files of a reused directory are stale.
    written: Mutex<Claimed>,
    committed: bool,
}

impl Staging {
    /// Starts a new site for `output`, reusing what earlier builds left.
    pub fn begin(output: &Path) -> Result<Staging, WriteError> {
        let siblings = Siblings::of(output)?;
        let listing = if siblings.take_leftovers() {
            let dir = siblings.staging.clone();
            Some(std::thread::spawn(move || list(&dir)))
        } else {
            fs::create_dir_all(&siblings.staging).map_err(io_err(&siblings.staging))?;
            None
        };
        Ok(Staging {
            output: output.to_path_buf(),
            previous: output.is_dir().then(|| output.to_path_buf()),
            manifest: Manifest::read(&siblings.manifest),
            siblings,
            listing,
            written: Mutex::default(),
            committed: false,
        })
    }

    /// Writes a batch of files into the new site.
    pub fn write(&self, files: &[OutputFile]) -> Result<(), WriteError> {
        if let Some(bad) = files.iter().find(|f| !confined(&f.path)) {
            return Err(WriteError {
                path: self.output.join(&bad.path),
                message: "refusing to write outside the output directory".into(),
            });
        }
        self.claim(files)?;
        let previous = self.previous.as_deref().map(|p| (p, &self.manifest));
        let entries = fill(&self.siblings.staging, previous, files)?;
        let mut claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
        for (file, entry) in files.iter().zip(entries) {
            claimed.files.insert(file.path.clone(), Some(entry));
        }
        Ok(())
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
                    path: self.output.join(&file.path),
                    message: "two files of the build have this path".into(),
                });
            }
            claimed.dirs.extend(dirs.map(str::to_owned));
            claimed.files.insert(file.path.clone(), None);
        }
        Ok(())
    }

    /// Puts the new site in the output's place.
    pub fn commit(mut self) -> Result<(), WriteError> {
        self.committed = true;
        let staging = &self.siblings.staging;
        let mut result = Ok(());
        if let Some(listing) = self.listing.take() {
            let claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
            result = match listing.join().ok().flatten() {
                Some(entries) => remove_unclaimed(staging, entries, &claimed),
                // The listing failed: find what is stale by walking now.
                None => list(staging)
                    .ok_or_else(|| WriteError {
                        path: staging.clone(),
                        message: "cannot list the staging directory".into(),
                    })
                    .and_then(|entries| remove_unclaimed(staging, entries, &claimed)),
            };
        }
        if result.is_ok() {
            result = swap_in(&self.siblings, &self.output);
        }
        if result.is_ok() {
            // Without it the next build compares every file byte by byte.
            let claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
            let entries = claimed
                .files
                .iter()
                .filter_map(|(path, entry)| Some((path, entry.as_ref()?)));
            let _ = Manifest::write(&self.siblings.manifest, entries);
        }
        if result.is_err() {
            self.siblings.keep_as_spare(staging);
        }
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            self.siblings.keep_as_spare(&self.siblings.staging);
        }
    }
}

fn fill(
    staging: &Path,
    previous: Option<(&Path, &Manifest)>,
    files: &[OutputFile],
) -> Result<Vec<Entry>, WriteError> {
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| staging.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        make_dir(staging, dir).map_err(io_err(dir))?;
    }
    files
        .par_iter()
        .map(|file| {
            let path = staging.join(&file.path);
            let old = previous.map(|(p, manifest)| (p.join(&file.path), &file.path, manifest));
            place(&path, old.as_ref(), &file.bytes).map_err(io_err(&path))
        })
        .collect()
}

/// Creates `dir` inside `staging`, removing a file of a reused directory that
/// stands where one of its directories must be.
fn make_dir(staging: &Path, dir: &Path) -> io::Result<()> {
    if fs::create_dir_all(dir).is_ok() {
        return Ok(());
    }
    for ancestor in dir.ancestors().take_while(|a| *a != staging) {
        if fs::symlink_metadata(ancestor).is_ok_and(|m| !m.is_dir()) {
            fs::remove_file(ancestor)?;
        }
    }
    fs::create_dir_all(dir)
}

/// The previous build's file of a path: where it is, the path relative to the
/// output, and the output's manifest.
type Old<'a> = (PathBuf, &'a String, &'a Manifest);

/// Makes `path` hold `bytes`, and returns its manifest entry. A file that
/// already holds them is left alone; one that is the previous build's file
/// and is unchanged is linked rather than written again. A file is never
/// written in place: the one at `path` may be a link to the previous site's,
/// which must not change.
fn place(path: &Path, old: Option<&Old>, bytes: &[u8]) -> io::Result<Entry> {
    let hash = manifest::hash(bytes);
    let before =
        old.and_then(|(o, rel, manifest)| Some((o, *rel, *manifest, fs::metadata(o).ok()?)));
    let before = before.filter(|(.., m)| m.is_file());
    let mut old_unchanged = None;
    let mut old_is_same = || {
        *old_unchanged.get_or_insert_with(|| {
            before.as_ref().is_some_and(|(o, rel, manifest, m)| {
                m.len() == bytes.len() as u64
                    && manifest
                        .holds(rel, m, hash)
                        .unwrap_or_else(|| holds(o, m, bytes))
            })
        })
    };
    if let Ok(here) = fs::symlink_metadata(path) {
        if here.is_file() {
            let linked = before
                .as_ref()
                .is_some_and(|(.., m)| m.ino() == here.ino() && m.dev() == here.dev());
            let same = if linked {
                old_is_same()
            } else {
                holds(path, &here, bytes)
            };
            if same {
                let stamp = Stamp::of(&here);
                return Ok(Entry { hash, stamp });
            }
            fs::remove_file(path)?;
        } else if here.is_dir() {
            fs::remove_dir_all(path)?;
        } else {
            fs::remove_file(path)?;
        }
    }
    if old_is_same()
        && let Some((o, .., m)) = &before
        && fs::hard_link(o, path).is_ok()
    {
        let stamp = Stamp::of(m);
        return Ok(Entry { hash, stamp });
    }
    let mut file = fs::File::create(path)?;
    file.write_all(bytes)?;
    let stamp = Stamp::of(&file.metadata()?);
    Ok(Entry { hash, stamp })
}

/// Whether the file at `path`, of metadata `meta`, holds exactly `bytes`.
fn holds(path: &Path, meta: &fs::Metadata, bytes: &[u8]) -> bool {
    meta.len() == bytes.len() as u64 && fs::read(path).is_ok_and(|b| b == bytes)
}

/// The path of everything under `dir`, relative to it, each directory before
/// what it holds.
fn list(dir: &Path) -> Option<Vec<String>> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|entry| {
            let entry = entry.ok()?;
            let rel = entry.path().strip_prefix(dir).ok()?;
            Some(rel.to_string_lossy().into_owned())
        })
        .collect()
}

/// Removes from a reused staging directory every file this build did not
/// write, and every directory that holds none of them. An entry already gone
/// (this build replaced it) is no error.
fn remove_unclaimed(
    staging: &Path,
    entries: Vec<String>,
    claimed: &Claimed,
) -> Result<(), WriteError> {
    let mut removed_dir: Option<String> = None;
    for entry in entries {
        if removed_dir
            .as_ref()
            .is_some_and(|d| entry.starts_with(d.as_str()) && entry[d.len()..].starts_with('/'))
        {
            continue;
        }
        if claimed.files.contains_key(&entry) || claimed.dirs.contains(&entry) {
            continue;
        }
        // What is there now, which this build may have changed since the listing.
        let path = staging.join(&entry);
        let result = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                removed_dir = Some(entry);
                fs::remove_dir_all(&path)
            }
            Ok(_) => fs::remove_file(&path),
            Err(err) => Err(err),
        };
        match result {
            Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(io_err(&path)(err)),
            _ => {}
        }
    }
    Ok(())
}

/// Puts the staging directory in the output's place: an atomic exchange where
/// the system has one, else two renames (the old site stays whole until the
/// second). The old site is kept as the spare.
fn swap_in(siblings: &Siblings, output: &Path) -> Result<(), WriteError> {
    let staging = &siblings.staging;
    if !output.exists() {
        return fs::rename(staging, output).map_err(io_err(output));
    }
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, staging, CWD, output, RenameFlags::EXCHANGE) {
        // The old site is now at the staging path.
        Ok(()) => siblings.keep_as_spare(staging),
        Err(_) => {
            fs::rename(output, &siblings.retired).map_err(io_err(output))?;
            fs::rename(staging, output).map_err(io_err(output))?;
            siblings.keep_as_spare(&siblings.retired);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `files` as the new content of `output`.
    fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
        let staging = Staging::begin(output)?;
        staging.write(files)?;
        staging.commit()
    }

    fn file(path: &str, bytes: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }

    /// The names beside the output, sorted.
    fn siblings(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut files: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (rel, fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn refuses_paths_that_leave_the_output() {
        assert!(confined("en/parks/a/index.html"));
        for bad in ["../x", "/etc/passwd", "a/../../b", ""] {
            assert!(!confined(bad), "{bad}");
        }
    }

    #[test]
    fn replaces_the_old_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&out, &[file("a/index.html", "1"), file("old.html", "x")]).unwrap();
        write_site(&out, &[file("a/index.html", "2")]).unwrap();
        assert_eq!(tree(&out), [("a/index.html".into(), "2".into())]);
        assert_eq!(
            siblings(dir.path()),
            [
                ".public.zonesite-manifest",
                ".public.zonesite-spare",
                "public"
            ],
            "no staging directory is left behind, the old site is the spare"
        );
    }

    #[test]
    fn links_unchanged_files_and_writes_changed_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&out, &[file("same.html", "1"), file("changed.html", "a")]).unwrap();
        let inode = |p: &str| fs::metadata(out.join(p)).unwrap().ino();
        let (same, changed) = (inode("same.html"), inode("changed.html"));
        write_site(&out, &[file("same.html", "1"), file("changed.html", "b")]).unwrap();
        assert_eq!(
            inode("same.html"),
            same,
            "the unchanged file is the same inode"
        );
        assert_ne!(inode("changed.html"), changed);
        assert_eq!(fs::read_to_string(out.join("changed.html")).unwrap(), "b");
    }

    #[test]
    fn a_reused_spare_ends_up_exactly_the_new_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let spare = dir.path().join(".public.zonesite-spare");
        write_site(
            &out,
            &[
                file("a.html", "1"),
                file("b/index.html", "b"),
                file("c", "c"),
            ],
        )
        .unwrap();
        write_site(
            &out,
            &[
                file("a.html", "2"),
                file("b/index.html", "b"),
                file("c", "c"),
            ],
        )
        .unwrap();
        // The spare is the first site; the build after must not change the
        // files it shares with the second when it changes them in the third.
        let third = [
            file("a.html", "3"),
            file("c/index.html", "now a directory"),
            file("d/e/index.html", "new"),
        ];
        write_site(&out, &third).unwrap();
        assert_eq!(
            tree(&out),
            [
                ("a.html".into(), "3".into()),
                ("c/index.html".into(), "now a directory".into()),
                ("d/e/index.html".into(), "new".into()),
            ]
        );
        assert_eq!(
            tree(&spare),
            [
                ("a.html".into(), "2".into()),
                ("b/index.html".into(), "b".into()),
                ("c".into(), "c".into()),
            ],
            "the second site, retired, is whole"
        );
    }

    #[test]
    fn a_spare_changed_by_hand_is_corrected() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let spare = dir.path().join(".public.zonesite-spare");
        let site = [file("a.html", "1"), file("x/b.html", "2")];
        write_site(&out, &site).unwrap();
        write_site(&out, &site).unwrap();
        fs::remove_file(spare.join("a.html")).unwrap();
        fs::write(spare.join("a.html"), "1").unwrap();
        fs::remove_file(spare.join("x/b.html")).unwrap();
        fs::create_dir(spare.join("x/b.html")).unwrap();
        fs::write(spare.join("stray"), "?").unwrap();
        write_site(&out, &site).unwrap();
        assert_eq!(
            tree(&out),
            [
                ("a.html".into(), "1".into()),
                ("x/b.html".into(), "2".into())
            ]
        );
    }

    #[test]
    fn an_output_file_edited_by_hand_is_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let site = [file("a.html", "right"), file("b.html", "same")];
        write_site(&out, &site).unwrap();
        write_site(&out, &site).unwrap();
        // Same length, in place: only the metadata tells the manifest it changed.
        std::thread::sleep(std::time::Duration::from_millis(10));
        fs::write(out.join("a.html"), "wrong").unwrap();
        write_site(&out, &site).unwrap();
        assert_eq!(
            tree(&out),
            [
                ("a.html".into(), "right".into()),
                ("b.html".into(), "same".into())
            ]
        );
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&out, &[file("index.html", "1")]).unwrap();
        // A file and a directory of the same name cannot both be written.
        assert!(write_site(&out, &[file("a", "1"), file("a/index.html", "1")]).is_err());
        assert_eq!(tree(&out), [("index.html".into(), "1".into())]);
        assert_eq!(
            siblings(dir.path()),
            [
                ".public.zonesite-manifest",
                ".public.zonesite-spare",
                "public"
            ]
        );
    }
}
