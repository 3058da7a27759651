//! The only writer of the output directory. A build is written into a staging
//! directory beside the output and swapped in whole once every file is written,
//! so a failed or killed build leaves the previous site exactly as it was, and a
//! successful one leaves no file of a record that no longer exists.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::render::OutputFile;

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

/// The staging and retired directories of an output directory, by prefix.
fn sibling(output: &Path, what: &str) -> Result<(PathBuf, String), WriteError> {
    let name = output.file_name().ok_or_else(|| WriteError {
        path: output.to_path_buf(),
        message: "the output path must name a directory".into(),
    })?;
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let prefix = format!(".{}.zonesite-", name.to_string_lossy());
    Ok((
        parent.join(format!("{prefix}{what}-{}", std::process::id())),
        prefix,
    ))
}

/// Checks that a generated path stays inside the output directory.
fn confined(rel: &str) -> bool {
    let path = Path::new(rel);
    !rel.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Writes `files` as the new content of `output`.
pub fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let staging = Staging::begin(output)?;
    staging.write(files)?;
    staging.commit()
}

/// A new site being written beside the output, in as many batches as the
/// renderer produces, then swapped in whole by `commit`. Dropped without a
/// commit, it removes itself and the output stays as it was.
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    previous: Option<PathBuf>,
    committed: bool,
}

impl Staging {
    /// Starts a new site for `output`, removing what killed builds left.
    pub fn begin(output: &Path) -> Result<Staging, WriteError> {
        let (dir, prefix) = sibling(output, "staging")?;
        remove_leftovers(output, &prefix);
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            previous: output.is_dir().then(|| output.to_path_buf()),
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
        fill(&self.dir, self.previous.as_deref(), files)
    }

    /// Puts the new site in the output's place.
    pub fn commit(mut self) -> Result<(), WriteError> {
        self.committed = true;
        let result = swap_in(&self.dir, &self.output);
        if result.is_err() {
            let _ = fs::remove_dir_all(&self.dir);
        }
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn fill(staging: &Path, previous: Option<&Path>, files: &[OutputFile]) -> Result<(), WriteError> {
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| staging.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    files.par_iter().try_for_each(|file| {
        let path = staging.join(&file.path);
        if let Some(old) = previous.map(|p| p.join(&file.path))
            && unchanged(&old, &file.bytes)
            && fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        fs::write(&path, &file.bytes).map_err(io_err(&path))
    })
}

/// Whether the previous build wrote exactly `bytes` at `old`. An unchanged file
/// is linked into the new build rather than written again: on a rebuild most
/// pages are unchanged, and a link costs neither the write nor, when the old
/// site is removed, the freeing of its blocks.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    fs::metadata(old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fs::read(old).is_ok_and(|b| b == bytes)
}

/// Puts the staging directory in the output's place: an atomic exchange where
/// the system has one, else two renames (the old site stays whole until the second).
fn swap_in(staging: &Path, output: &Path) -> Result<(), WriteError> {
    if !output.exists() {
        return fs::rename(staging, output).map_err(io_err(output));
    }
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, staging, CWD, output, RenameFlags::EXCHANGE) {
        Ok(()) => {
            // The old site is now at the staging path.
            let _ = fs::remove_dir_all(staging);
            Ok(())
        }
        Err(_) => {
            let (retired, _) = sibling(output, "old")?;
            fs::rename(output, &retired).map_err(io_err(output))?;
            fs::rename(staging, output).map_err(io_err(output))?;
            let _ = fs::remove_dir_all(&retired);
            Ok(())
        }
    }
}

/// Removes staging directories that a killed build left behind.
fn remove_leftovers(output: &Path, prefix: &str) {
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(prefix) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let file = |p: &str, b: &str| OutputFile {
            path: p.into(),
            bytes: b.into(),
        };
        write_site(&out, &[file("a/index.html", "1"), file("old.html", "x")]).unwrap();
        write_site(&out, &[file("a/index.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "2");
        assert!(!out.join("old.html").exists());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"], "no staging directory is left behind");
    }

    #[test]
    fn links_unchanged_files_and_writes_changed_ones() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let file = |p: &str, b: &str| OutputFile {
            path: p.into(),
            bytes: b.into(),
        };
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
        assert_eq!(
            fs::metadata(out.join("same.html")).unwrap().nlink(),
            1,
            "the old site is gone"
        );
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let file = |p: &str| OutputFile {
            path: p.into(),
            bytes: b"1".to_vec(),
        };
        write_site(&out, &[file("index.html")]).unwrap();
        // A file and a directory of the same name cannot both be written.
        assert!(write_site(&out, &[file("a"), file("a/index.html")]).is_err());
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "1");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
