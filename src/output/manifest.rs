//! What the output held after the last build, file by file: the hash of its
//! content and the metadata it had then, kept beside the output. A file whose
//! metadata still matches is known by its hash without being read, so a
//! rebuild tells unchanged files from changed ones without reading back the
//! whole site; a file whose metadata differs (edited by hand, or written by a
//! build that was killed before it kept its manifest) is compared byte by byte.
//! Nothing is trusted that the metadata does not vouch for.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// A file's metadata, as far as it tells that the file was not changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    dev: u64,
    ino: u64,
    mtime: i64,
    mtime_nsec: i64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            dev: meta.dev(),
            ino: meta.ino(),
            mtime: meta.mtime(),
            mtime_nsec: meta.mtime_nsec(),
        }
    }
}

/// One file: the hash of its bytes and its metadata when they were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub hash: u128,
    pub stamp: Stamp,
}

/// The hash a manifest keeps of a file's bytes.
pub fn hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Entries by path relative to the output.
#[derive(Debug, Default)]
pub struct Manifest(HashMap<String, Entry>);

impl Manifest {
    /// Reads a manifest; a missing or unreadable one is empty, and a line that
    /// does not parse is left out (its file is compared byte by byte).
    pub fn read(path: &Path) -> Manifest {
        use rustix::fs::{Mode, OFlags};
        // The manifest is zonesite's own file: a link in its place is not read.
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let Ok(fd) = rustix::fs::open(path, flags, Mode::empty()) else {
            return Manifest::default();
        };
        let Ok(text) = io::read_to_string(fs::File::from(fd)) else {
            return Manifest::default();
        };
        Manifest(text.lines().filter_map(parse_line).collect())
    }

    /// Whether `dir` is the output this manifest lists: some file of it is
    /// there exactly as it was written (same device, inode, size and
    /// modification time, to the nanosecond), which no file but that one has.
    /// A few files edited by hand do not hide it.
    pub fn proves(&self, dir: &Path) -> bool {
        self.0.iter().take(1000).any(|(path, entry)| {
            let path = Path::new(path);
            let confined = path
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
            confined
                && fs::symlink_metadata(dir.join(path))
                    .is_ok_and(|m| m.is_file() && Stamp::of(&m) == entry.stamp)
        })
    }

    /// Whether the file of metadata `meta` at `path` is known to hold bytes of hash `hash`:
    /// `Some(true)` or `Some(false)` when the manifest vouches for it, `None` when it cannot.
    pub fn holds(&self, path: &str, meta: &fs::Metadata, hash: u128) -> Option<bool> {
        let entry = self.0.get(path)?;
        (entry.stamp == Stamp::of(meta)).then_some(entry.hash == hash)
    }

    /// The hash of the bytes the file at `path` had when it was written.
    pub fn hash_of(&self, path: &str) -> Option<u128> {
        self.0.get(path).map(|entry| entry.hash)
    }

    /// Writes `entries` as a new manifest at `path`, a name no file has: the
    /// name is recorded before it is made, and is only ever removed whole.
    pub fn write<'a>(
        path: &Path,
        entries: impl Iterator<Item = (&'a String, &'a Entry)>,
    ) -> io::Result<()> {
        let mut text = String::new();
        for (file, e) in entries {
            let s = e.stamp;
            text.push_str(&format!(
                "{:032x} {} {} {} {} {} {file}\n",
                e.hash, s.len, s.dev, s.ino, s.mtime, s.mtime_nsec
            ));
        }
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        out.write_all(text.as_bytes())
    }
}

fn parse_line(line: &str) -> Option<(String, Entry)> {
    let mut fields = line.splitn(7, ' ');
    let hash = u128::from_str_radix(fields.next()?, 16).ok()?;
    let mut number = || fields.next()?.parse::<i128>().ok();
    let (len, dev, ino) = (number()?, number()?, number()?);
    let (mtime, mtime_nsec) = (number()?, number()?);
    let path = fields.next()?.to_string();
    let stamp = Stamp {
        len: u64::try_from(len).ok()?,
        dev: u64::try_from(dev).ok()?,
        ino: u64::try_from(ino).ok()?,
        mtime: i64::try_from(mtime).ok()?,
        mtime_nsec: i64::try_from(mtime_nsec).ok()?,
    };
    Some((path, Entry { hash, stamp }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vouches_only_for_files_whose_metadata_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.html");
        fs::write(&file, "one").unwrap();
        let meta = fs::metadata(&file).unwrap();
        let entry = Entry {
            hash: hash(b"one"),
            stamp: Stamp::of(&meta),
        };
        let path = dir.path().join("manifest");
        let name = "a.html".to_string();
        Manifest::write(&path, [(&name, &entry)].into_iter()).unwrap();
        let manifest = Manifest::read(&path);
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "one file is written: {names:?}");
        assert_eq!(manifest.holds("a.html", &meta, hash(b"one")), Some(true));
        assert_eq!(manifest.holds("a.html", &meta, hash(b"two")), Some(false));
        assert_eq!(manifest.holds("b.html", &meta, hash(b"one")), None);
        // Rewritten, the file is no longer vouched for, even at the same length.
        std::thread::sleep(std::time::Duration::from_millis(10));
        fs::remove_file(&file).unwrap();
        fs::write(&file, "owe").unwrap();
        let changed = fs::metadata(&file).unwrap();
        assert_eq!(manifest.holds("a.html", &changed, hash(b"one")), None);
    }

    #[test]
    fn a_damaged_manifest_vouches_for_nothing_it_cannot_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest");
        fs::write(&path, "zz 1 2 3 4 5 a.html\nnot a line\n").unwrap();
        let manifest = Manifest::read(&path);
        assert!(manifest.0.is_empty());
    }
}
