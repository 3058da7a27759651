//! Filling the staging directory: each file is made to hold its bytes, linked
//! to the previous site's file when that one is unchanged. Nothing is followed
//! through a link: a link found in the staging directory (a reused spare may
//! hold anything) is removed as a link, and a file of the previous site is
//! looked at only when it and every folder above it, up to the output, are
//! real (not links), so that no link's target is ever read, written or emptied.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;

use super::OutputFile;
use super::manifest::{self, Entry, Manifest, Stamp};

/// What is known of the folders of the staging directory and of the previous
/// site, so that each is looked at once per build.
#[derive(Default)]
pub struct Dirs {
    /// Folders of the staging directory known to be real folders.
    staging: Mutex<HashSet<String>>,
    /// Folders of the previous site, and whether they and their ancestors are real.
    previous: Mutex<HashMap<String, bool>>,
}

/// The previous site: where it is and its manifest.
pub type Previous<'a> = Option<(&'a Path, &'a Manifest)>;

/// Writes `files` into `staging` and returns their manifest entries; an error
/// names the file, relative to the output.
pub fn fill(
    staging: &Path,
    previous: Previous,
    dirs: &Dirs,
    files: &[OutputFile],
) -> Result<Vec<Entry>, (String, io::Error)> {
    let mut parents: Vec<&str> = files.iter().map(|f| parent(&f.path)).collect();
    parents.sort_unstable();
    parents.dedup();
    {
        let mut known = dirs.staging.lock().unwrap_or_else(|e| e.into_inner());
        for dir in &parents {
            make_dir(staging, dir, &mut known).map_err(|err| (dir.to_string(), err))?;
        }
    }
    let trusted: HashSet<&str> = match previous {
        Some((old, _)) => {
            let mut known = dirs.previous.lock().unwrap_or_else(|e| e.into_inner());
            parents
                .iter()
                .copied()
                .filter(|dir| real_dir(old, dir, &mut known))
                .collect()
        }
        None => HashSet::new(),
    };
    files
        .par_iter()
        .map(|file| {
            let path = staging.join(&file.path);
            let old = previous
                .filter(|_| trusted.contains(parent(&file.path)))
                .map(|(old, manifest)| (old.join(&file.path), &file.path, manifest));
            place(&path, old.as_ref(), &file.bytes).map_err(|err| (file.path.clone(), err))
        })
        .collect()
}

/// The folder holding the file at `path`, `""` for the output itself.
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// The folder `dir` and each of its ancestors, shortest first: `a`, `a/b`, `a/b/c`.
fn ancestors(dir: &str) -> impl Iterator<Item = &str> {
    let ends = dir.match_indices('/').map(|(i, _)| i);
    ends.chain((!dir.is_empty()).then_some(dir.len()))
        .map(move |end| &dir[..end])
}

/// Makes `dir` a real folder inside `staging`, one level at a time, removing a
/// file or a link of a reused directory that stands where a folder must be.
fn make_dir(staging: &Path, dir: &str, known: &mut HashSet<String>) -> io::Result<()> {
    for part in ancestors(dir) {
        if known.contains(part) {
            continue;
        }
        let path = staging.join(part);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                fs::remove_file(&path)?;
                fs::create_dir(&path)?;
            }
            Err(err) if err.kind() == io::ErrorKind::NotFound => fs::create_dir(&path)?,
            Err(err) => return Err(err),
        }
        known.insert(part.to_string());
    }
    Ok(())
}

/// Whether `dir` of the previous site, and each folder above it, is a real folder.
fn real_dir(old: &Path, dir: &str, known: &mut HashMap<String, bool>) -> bool {
    ancestors(dir).all(|part| {
        *known
            .entry(part.to_string())
            .or_insert_with(|| fs::symlink_metadata(old.join(part)).is_ok_and(|m| m.is_dir()))
    })
}

/// The previous build's file of a path: where it is, the path relative to the
/// output, and the output's manifest.
type Old<'a> = (std::path::PathBuf, &'a String, &'a Manifest);

/// Makes `path` hold `bytes`, and returns its manifest entry. A file that
/// already holds them is left alone; one that is the previous build's file
/// and is unchanged is linked rather than written again. A file is never
/// written in place: the one at `path` may be a link to the previous site's,
/// which must not change.
fn place(path: &Path, old: Option<&Old>, bytes: &[u8]) -> io::Result<Entry> {
    let hash = manifest::hash(bytes);
    // Only a regular file: a link of the previous site is neither read nor linked.
    let before = old
        .and_then(|(o, rel, manifest)| Some((o, *rel, *manifest, fs::symlink_metadata(o).ok()?)));
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
            // A link, or anything else that is not a file: removed itself.
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
    // A new file, never one that appeared meanwhile (a link would be followed).
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    let stamp = Stamp::of(&file.metadata()?);
    Ok(Entry { hash, stamp })
}

/// Whether the file at `path`, of metadata `meta`, holds exactly `bytes`.
fn holds(path: &Path, meta: &fs::Metadata, bytes: &[u8]) -> bool {
    meta.len() == bytes.len() as u64 && fs::read(path).is_ok_and(|b| b == bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_a_folder_and_its_ancestors() {
        assert_eq!(
            ancestors("a/b/c").collect::<Vec<_>>(),
            ["a", "a/b", "a/b/c"]
        );
        assert_eq!(ancestors("").count(), 0);
    }

    #[test]
    fn replaces_a_link_in_the_way_of_a_folder_and_leaves_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let (staging, outside) = (dir.path().join("staging"), dir.path().join("outside"));
        fs::create_dir_all(&staging).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("index.html"), "mine").unwrap();
        std::os::unix::fs::symlink(&outside, staging.join("parks")).unwrap();
        let files = [OutputFile {
            path: "parks/index.html".into(),
            bytes: b"site".to_vec(),
        }];
        fill(&staging, None, &Dirs::default(), &files).unwrap();
        assert!(
            fs::symlink_metadata(staging.join("parks"))
                .unwrap()
                .is_dir()
        );
        assert_eq!(
            fs::read_to_string(outside.join("index.html")).unwrap(),
            "mine"
        );
    }
}
