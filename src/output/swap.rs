//! Putting the new site in the output's place. Every step is recorded before
//! it is taken, so a build killed between any two leaves the previous site or
//! the new one in the output, each known by the records as zonesite's, and
//! every other name it made recorded for the next build to reuse or remove.

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::claim::{self, Previous};
use super::manifest::Manifest;
use super::state::{Id, Owned, Role};
use super::{Claimed, Staging, WriteError, messages};

impl Staging {
    /// Puts the new site in the output's place.
    pub fn commit(mut self) -> Result<(), WriteError> {
        let staging = self.staging.clone();
        if let Some(listing) = self.listing.take() {
            let claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
            match listing.join().ok().flatten() {
                Some(entries) => remove_unclaimed(&staging, entries, &claimed)?,
                // The listing failed: find what is stale by walking now.
                None => {
                    let entries = list(&staging).ok_or_else(|| WriteError {
                        path: staging.clone(),
                        message: messages::cannot_list(),
                        help: None,
                    })?;
                    remove_unclaimed(&staging, entries, &claimed)?;
                }
            }
        }
        // The manifest, kept before the swap: it proves the new output is zonesite's.
        let manifest = Id::new();
        let mut records = self.state.records.clone();
        records.make(Role::Manifest, &manifest);
        self.state.save(records.clone())?;
        let path = self.names.path(Role::Manifest, &manifest);
        {
            let claimed = self.written.lock().unwrap_or_else(|e| e.into_inner());
            let entries = claimed
                .files
                .iter()
                .filter_map(|(path, entry)| Some((path, entry.as_ref()?)));
            Manifest::write(&path, entries).map_err(|err| self.cannot_write(&path, err))?;
        }
        let meta =
            fs::symlink_metadata(&staging).map_err(|err| self.cannot_write(&staging, err))?;
        records.outputs.push(Owned {
            dev: meta.dev(),
            ino: meta.ino(),
            manifest,
        });
        let spare = Id::new();
        records.make(Role::Spare, &spare);
        self.state.save(records.clone())?;

        let old = self.swap_in(&self.names.path(Role::Spare, &spare))?;
        self.committed = true;
        // What is left is tidying: the new site is in place and recorded.
        if let Some(old) = old {
            let spare = self.names.path(Role::Spare, &spare);
            match self.previous {
                Previous::Owned { .. } if old == spare || fs::rename(&old, &spare).is_ok() => {}
                _ => {
                    claim::remove(&old);
                }
            }
        }
        if let Previous::Owned { id, .. } = &self.previous {
            claim::remove(&self.names.path(Role::Manifest, id));
        }
        let new = records.outputs.pop();
        records.outputs = new.into_iter().collect();
        let names = &self.names;
        records
            .made
            .retain(|m| fs::symlink_metadata(names.path(m.role, &m.id)).is_ok());
        let _ = self.state.save(records);
        Ok(())
    }

    /// Swaps the staging directory in: an atomic exchange where the system has
    /// one, else two renames (the old site stays whole until the second, at
    /// `spare`). Returns where the old site is now, if there was one.
    fn swap_in(&self, spare: &Path) -> Result<Option<std::path::PathBuf>, WriteError> {
        let (staging, output) = (&self.staging, &self.location.output);
        let changed = || {
            let (message, help) = messages::changed_during_build(&self.location.shown);
            WriteError {
                path: self.location.shown.clone(),
                message,
                help: Some(help),
            }
        };
        let Some(folder) = self.previous.folder() else {
            // Nothing, or an empty folder, which a rename replaces only while empty.
            return match fs::rename(staging, output) {
                Ok(()) => Ok(None),
                Err(err) => match err.kind() {
                    io::ErrorKind::DirectoryNotEmpty
                    | io::ErrorKind::AlreadyExists
                    | io::ErrorKind::NotADirectory
                    | io::ErrorKind::IsADirectory => Err(changed()),
                    _ => Err(self.cannot_write(output, err)),
                },
            };
        };
        let now = fs::symlink_metadata(output).ok();
        if now.is_none_or(|m| !m.is_dir() || (m.dev(), m.ino()) != folder) {
            return Err(changed());
        }
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, staging, CWD, output, RenameFlags::EXCHANGE) {
            // The old site is now at the staging path.
            Ok(()) => Ok(Some(staging.clone())),
            Err(_) => {
                fs::rename(output, spare).map_err(|err| self.cannot_write(output, err))?;
                if let Err(err) = fs::rename(staging, output) {
                    let _ = fs::rename(spare, output);
                    return Err(self.cannot_write(output, err));
                }
                Ok(Some(spare.to_path_buf()))
            }
        }
    }

    fn cannot_write(&self, path: &Path, err: io::Error) -> WriteError {
        let (message, help) = messages::cannot_write(&err, &self.location.shown);
        WriteError {
            path: path.to_path_buf(),
            message,
            help: Some(help),
        }
    }
}

impl Drop for Staging {
    /// Without a commit, the staging directory is kept as the spare.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let spare = Id::new();
        let mut records = self.state.records.clone();
        records.make(Role::Spare, &spare);
        if self.state.save(records.clone()).is_err() {
            return;
        }
        if fs::rename(&self.staging, self.names.path(Role::Spare, &spare)).is_ok() {
            records.forget(&self.id);
        } else {
            records.forget(&spare);
        }
        let _ = self.state.save(records);
    }
}

/// The path of everything under `dir`, relative to it, each directory before
/// what it holds. Links are listed, not followed.
pub fn list(dir: &Path) -> Option<Vec<String>> {
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
            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                return Err(WriteError::io(&path, err));
            }
            _ => {}
        }
    }
    Ok(())
}
