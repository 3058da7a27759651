//! Whether a build may replace the output, and what earlier builds left beside
//! it. zonesite replaces only an output it can prove it wrote (the folder is
//! the one its records name, by device and inode, and holds a file of that
//! output's manifest exactly as it was written, so that a folder of the user's
//! that happens to get the same inode number is not mistaken for it), an empty
//! folder, or, with `--force`, any other folder; and it removes only names it
//! recorded before it made them.

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::location::Location;
use super::manifest::Manifest;
use super::state::{Id, Names, Records, Role, State};
use super::{WriteError, messages};
use crate::catalogue::Lang;

/// What the output is before the build.
pub enum Previous {
    /// There is no output yet.
    Missing,
    /// An empty folder, which the new site replaces.
    Empty,
    /// zonesite's own output: the folder, its manifest and the manifest's id.
    Owned {
        dev: u64,
        ino: u64,
        manifest: Manifest,
        id: Id,
    },
    /// A folder zonesite did not write, replaced and deleted because of `--force`.
    TakenOver { dev: u64, ino: u64 },
}

impl Previous {
    /// The folder, by device and inode, if there is one to swap out.
    pub fn folder(&self) -> Option<(u64, u64)> {
        match *self {
            Previous::Owned { dev, ino, .. } | Previous::TakenOver { dev, ino } => Some((dev, ino)),
            Previous::Missing | Previous::Empty => None,
        }
    }

    /// The manifest of a previous site of zonesite's.
    pub fn manifest(&self) -> Option<&Manifest> {
        match self {
            Previous::Owned { manifest, .. } => Some(manifest),
            _ => None,
        }
    }
}

fn refused(path: &Path, (message, help): messages::Refusal) -> WriteError {
    WriteError {
        path: path.to_path_buf(),
        message,
        help: Some(help),
    }
}

/// The output's metadata, if it exists; a link or a file is refused.
fn inspect(location: &Location) -> Result<Option<fs::Metadata>, WriteError> {
    let output = &location.output;
    match fs::symlink_metadata(output) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(WriteError::io(&location.shown, err)),
        Ok(meta) if meta.file_type().is_symlink() => {
            let target = fs::read_link(output).unwrap_or_default();
            Err(refused(&location.shown, messages::is_link(&target)))
        }
        Ok(meta) if !meta.is_dir() => Err(refused(&location.shown, messages::is_file())),
        Ok(meta) => Ok(Some(meta)),
    }
}

fn is_empty(location: &Location) -> Result<bool, WriteError> {
    let mut entries =
        fs::read_dir(&location.output).map_err(|err| WriteError::io(&location.shown, err))?;
    Ok(entries.next().is_none())
}

/// Refuses, before anything is made beside it, an output that cannot be
/// zonesite's: a link, a file, or a non-empty folder with no records beside it.
pub fn precheck(location: &Location, names: &Names, force: bool) -> Result<(), WriteError> {
    if inspect(location)?.is_some()
        && !force
        && fs::symlink_metadata(names.state()).is_err()
        && !is_empty(location)?
    {
        return Err(refused(&location.shown, messages::not_ours()));
    }
    Ok(())
}

/// What the output is, by the records; refuses a folder that is neither
/// zonesite's nor empty, unless `force`.
pub fn judge(
    location: &Location,
    names: &Names,
    records: &Records,
    force: bool,
    lang: Lang,
) -> Result<Previous, WriteError> {
    let Some(meta) = inspect(location)? else {
        return Ok(Previous::Missing);
    };
    let (dev, ino) = (meta.dev(), meta.ino());
    for owned in records
        .outputs
        .iter()
        .filter(|o| (o.dev, o.ino) == (dev, ino))
    {
        let manifest = Manifest::read(&names.path(Role::Manifest, &owned.manifest));
        if manifest.proves(&location.output) {
            let id = owned.manifest.clone();
            return Ok(Previous::Owned {
                dev,
                ino,
                manifest,
                id,
            });
        }
    }
    if is_empty(location)? {
        return Ok(Previous::Empty);
    }
    if force {
        eprintln!("{}", messages::taking_over(&location.shown, lang));
        return Ok(Previous::TakenOver { dev, ino });
    }
    Err(refused(&location.shown, messages::not_ours()))
}

/// Makes this build's staging directory, `staging`, out of what earlier builds
/// left (the spare, else a killed build's staging directory) where it can, and
/// removes every other name they recorded but the manifest of the output.
/// Says whether a directory was reused.
pub fn take_leftovers(
    state: &mut State,
    names: &Names,
    previous: &Previous,
    staging: &Id,
) -> Result<bool, WriteError> {
    let keep = match previous {
        Previous::Owned { id, .. } => Some(id),
        _ => None,
    };
    let mut records = state.records.clone();
    records.outputs.retain(|o| Some(&o.manifest) == keep);
    let is_dir = |role, id| fs::symlink_metadata(names.path(role, id)).is_ok_and(|m| m.is_dir());
    let reusable = [Role::Spare, Role::Staging]
        .into_iter()
        .flat_map(|role| records.made.iter().filter(move |m| m.role == role))
        .find(|m| is_dir(m.role, &m.id))
        .cloned();
    records.make(Role::Staging, staging);
    state.save(records.clone())?;
    let path = names.path(Role::Staging, staging);
    let reused = reusable.is_some_and(|m| fs::rename(names.path(m.role, &m.id), &path).is_ok());
    if !reused {
        fs::create_dir(&path).map_err(|err| WriteError::io(&path, err))?;
    }
    records
        .made
        .retain(|m| &m.id == staging || Some(&m.id) == keep || !remove(&names.path(m.role, &m.id)));
    state.save(records)?;
    Ok(reused)
}

/// Removes a name zonesite made, a link as a link; says whether it is gone.
pub fn remove(path: &Path) -> bool {
    match fs::symlink_metadata(path) {
        Err(err) => err.kind() == io::ErrorKind::NotFound,
        // Never follows a link inside it.
        Ok(meta) if meta.is_dir() => fs::remove_dir_all(path).is_ok(),
        Ok(_) => fs::remove_file(path).is_ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::state::Owned;

    #[test]
    fn a_folder_with_a_recorded_inode_but_not_its_files_is_not_zonesites() {
        let dir = tempfile::tempdir().unwrap();
        let (root, output) = (dir.path().join("site"), dir.path().join("public"));
        fs::create_dir_all(&root).unwrap();
        fs::create_dir_all(&output).unwrap();
        fs::write(output.join("mine.txt"), "mine").unwrap();
        let location = super::super::location::resolve(&root, &output).unwrap();
        let names = Names::new(&location.parent, &location.name);
        let meta = fs::metadata(&output).unwrap();
        // Records naming this very folder, as after the system reused the
        // inode number of zonesite's deleted output, with that output's manifest.
        let id = Id::new();
        let manifest = names.path(Role::Manifest, &id);
        let stamp = "0 4 1 2 3 4";
        fs::write(&manifest, format!("{:032x} {stamp} mine.txt\n", 0)).unwrap();
        let records = Records {
            outputs: vec![Owned {
                dev: meta.dev(),
                ino: meta.ino(),
                manifest: id,
            }],
            made: Vec::new(),
        };
        assert!(judge(&location, &names, &records, false, Lang::En).is_err());
        // Its own file, as written, is what proves an output zonesite's.
        let mine = fs::metadata(output.join("mine.txt")).unwrap();
        let stamp = format!(
            "{} {} {} {} {}",
            mine.len(),
            mine.dev(),
            mine.ino(),
            mine.mtime(),
            mine.mtime_nsec()
        );
        fs::remove_file(&manifest).unwrap();
        fs::write(&manifest, format!("{:032x} {stamp} mine.txt\n", 0)).unwrap();
        let previous = judge(&location, &names, &records, false, Lang::En).unwrap();
        assert!(matches!(previous, Previous::Owned { .. }));
    }
}
