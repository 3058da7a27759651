//! The file a build keeps beside its output, `.<output>.zonesite`: the lock
//! that lets one build at a time write the output, and the records that prove
//! what zonesite made there.
//!
//! The lock is the system's (`flock`, through `std::fs::File::lock`): it is
//! held for the whole build and released by the system however the process
//! ends, so a killed build never leaves a stale lock. The file is never
//! renamed or removed, which would let two builds lock two files.
//!
//! The records say which output folders are zonesite's (by device and inode,
//! with the manifest that lists their files) and which names beside the output
//! zonesite made. A name is recorded before it is made, with a part unique to
//! the build, so a later build removes exactly the names an earlier one made
//! and nothing that merely looks like them. They are written in place, in two
//! slots taken in turn, each with a checksum: a build killed while writing one
//! leaves the other, the records as they were before the step that was cut.

use std::fs::{self, File};
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use super::{WriteError, messages};
use crate::catalogue::Lang;

/// The first line of the file: what proves it is zonesite's.
const MAGIC: &[u8] = b"zonesite: the lock and records of the output folder beside this file\n";
/// The magic line and the line naming the build that holds the lock.
const HEADER: usize = 128;
/// The size of each of the two slots of records.
const SLOT: usize = 4096;

/// What a recorded name beside the output is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A directory a build writes the new site into.
    Staging,
    /// A directory holding a retired site, for the next build to reuse.
    Spare,
    /// The manifest of an output.
    Manifest,
}

impl Role {
    fn word(self) -> &'static str {
        match self {
            Role::Staging => "staging",
            Role::Spare => "spare",
            Role::Manifest => "manifest",
        }
    }

    fn parse(word: &str) -> Option<Role> {
        [Role::Staging, Role::Spare, Role::Manifest]
            .into_iter()
            .find(|r| r.word() == word)
    }
}

/// The part of a name unique to the build that made it: its process id and a
/// random number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(String);

impl Id {
    /// A new id.
    pub fn new() -> Id {
        // Seeded from the system's randomness, and different for each hasher.
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        Id(format!("{}-{:016x}", std::process::id(), hasher.finish()))
    }

    fn parse(text: &str) -> Option<Id> {
        let (pid, nonce) = text.split_once('-')?;
        let ok = pid.bytes().all(|b| b.is_ascii_digit())
            && nonce.len() == 16
            && nonce.bytes().all(|b| b.is_ascii_hexdigit());
        ok.then(|| Id(text.to_string()))
    }
}

/// A name beside the output that zonesite made, or was about to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub role: Role,
    pub id: Id,
}

/// An output folder zonesite wrote, and the manifest of its files. There is
/// one, or two while a new site is being swapped in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owned {
    pub dev: u64,
    pub ino: u64,
    pub manifest: Id,
}

/// The records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Records {
    pub outputs: Vec<Owned>,
    pub made: Vec<Made>,
}

impl Records {
    /// Records a name about to be made.
    pub fn make(&mut self, role: Role, id: &Id) {
        self.made.push(Made {
            role,
            id: id.clone(),
        });
    }

    /// Forgets a name that is gone or given another role.
    pub fn forget(&mut self, id: &Id) {
        self.made.retain(|m| &m.id != id);
    }

    fn encode(&self, seq: u64) -> String {
        let mut text = format!("zonesite-records 1\nseq {seq}\n");
        for o in &self.outputs {
            text.push_str(&format!("output {} {} {}\n", o.dev, o.ino, o.manifest.0));
        }
        for m in &self.made {
            text.push_str(&format!("made {} {}\n", m.role.word(), m.id.0));
        }
        let sum = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
        text.push_str(&format!("end {sum:016x}\n"));
        text
    }

    /// The records of a slot and their sequence number, if the slot is whole.
    fn decode(slot: &[u8]) -> Option<(u64, Records)> {
        let len = slot.iter().position(|&b| b == 0).unwrap_or(slot.len());
        let text = std::str::from_utf8(&slot[..len]).ok()?;
        let body_len = text.trim_end_matches('\n').rfind('\n')? + 1;
        let (body, end) = text.split_at(body_len);
        let sum = u64::from_str_radix(end.strip_prefix("end ")?.trim_end(), 16).ok()?;
        if sum != xxhash_rust::xxh3::xxh3_64(body.as_bytes()) {
            return None;
        }
        let mut lines = body.lines();
        (lines.next()? == "zonesite-records 1").then_some(())?;
        let seq = lines.next()?.strip_prefix("seq ")?.parse().ok()?;
        let mut records = Records::default();
        for line in lines {
            let fields: Vec<&str> = line.split(' ').collect();
            match fields[..] {
                ["output", dev, ino, manifest] => records.outputs.push(Owned {
                    dev: dev.parse().ok()?,
                    ino: ino.parse().ok()?,
                    manifest: Id::parse(manifest)?,
                }),
                ["made", role, id] => records.made.push(Made {
                    role: Role::parse(role)?,
                    id: Id::parse(id)?,
                }),
                _ => return None,
            }
        }
        Some((seq, records))
    }
}

/// The names beside one output.
#[derive(Debug, Clone)]
pub struct Names {
    parent: PathBuf,
    name: String,
}

impl Names {
    pub fn new(parent: &Path, name: &std::ffi::OsStr) -> Names {
        Names {
            parent: parent.to_path_buf(),
            name: name.to_string_lossy().into_owned(),
        }
    }

    /// The lock and records file.
    pub fn state(&self) -> PathBuf {
        self.parent.join(format!(".{}.zonesite", self.name))
    }

    /// The path of a name zonesite makes.
    pub fn path(&self, role: Role, id: &Id) -> PathBuf {
        let name = format!(".{}.zonesite-{}-{}", self.name, role.word(), id.0);
        self.parent.join(name)
    }
}

/// The state file, open and locked: the output is this build's until it is
/// dropped.
pub struct State {
    file: File,
    path: PathBuf,
    seq: u64,
    /// The records as last written.
    pub records: Records,
}

impl State {
    /// Opens the state file of the output `shown`, making it if need be, and
    /// takes the lock, waiting for a build that holds it (and saying so in
    /// `lang`).
    pub fn lock(names: &Names, shown: &Path, lang: Lang) -> Result<State, WriteError> {
        let path = names.state();
        let fail = |err: io::Error| WriteError::io(&path, err);
        let not_ours = || {
            let (message, help) = messages::state_not_ours(shown);
            WriteError {
                path: path.clone(),
                message,
                help: Some(help),
            }
        };
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDWR | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let file = match rustix::fs::open(&path, flags, Mode::from_raw_mode(0o644)) {
            Ok(fd) => File::from(fd),
            Err(rustix::io::Errno::LOOP) => return Err(not_ours()),
            Err(err) => return Err(fail(err.into())),
        };
        if !file.metadata().map_err(fail)?.is_file() || !is_ours(&file).map_err(fail)? {
            return Err(not_ours());
        }
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                eprintln!("{}", messages::waiting(shown, holder(&file), lang));
                file.lock().map_err(fail)?;
            }
            Err(fs::TryLockError::Error(err)) => return Err(fail(err)),
        }
        // A file of zonesite's may have been replaced while this build waited.
        if !is_ours(&file).map_err(fail)? {
            return Err(not_ours());
        }
        let mut header = MAGIC.to_vec();
        header
            .extend_from_slice(format!("held by process {:>10}\n", std::process::id()).as_bytes());
        header.resize(HEADER - 1, b' ');
        header.push(b'\n');
        file.write_all_at(&header, 0).map_err(fail)?;
        let mut slots = vec![0; 2 * SLOT];
        let read = read_at_most(&file, &mut slots, HEADER as u64).map_err(fail)?;
        slots.truncate(read);
        let (seq, records) = slots
            .chunks(SLOT)
            .filter_map(Records::decode)
            .max_by_key(|(seq, _)| *seq)
            .unwrap_or_default();
        Ok(State {
            file,
            path,
            seq,
            records,
        })
    }

    /// Writes `records` over the older slot.
    pub fn save(&mut self, records: Records) -> Result<(), WriteError> {
        let seq = self.seq + 1;
        let mut bytes = records.encode(seq).into_bytes();
        if bytes.len() > SLOT {
            let (message, help) = messages::records_full();
            return Err(WriteError {
                path: self.path.clone(),
                message,
                help: Some(help),
            });
        }
        bytes.resize(SLOT, 0);
        let at = (HEADER + (seq % 2) as usize * SLOT) as u64;
        self.file
            .write_all_at(&bytes, at)
            .map_err(|err| WriteError::io(&self.path, err))?;
        self.seq = seq;
        self.records = records;
        Ok(())
    }
}

/// Whether the file is zonesite's: empty (just made, by this build or one
/// killed at once) or starting with the magic line.
fn is_ours(file: &File) -> io::Result<bool> {
    let mut start = vec![0; MAGIC.len()];
    let read = read_at_most(file, &mut start, 0)?;
    Ok(read == 0 || start[..read] == *MAGIC)
}

/// The process that holds the lock, as it wrote it, if it is alive: the line
/// may still name the build before it for an instant.
fn holder(file: &File) -> Option<u32> {
    let mut line = vec![0; HEADER - MAGIC.len()];
    let read = read_at_most(file, &mut line, MAGIC.len() as u64).ok()?;
    let text = std::str::from_utf8(&line[..read]).ok()?;
    let pid: u32 = text
        .strip_prefix("held by process ")?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    let alive = rustix::process::Pid::from_raw(pid.try_into().ok()?)
        .is_some_and(|p| rustix::process::test_kill_process(p).is_ok());
    alive.then_some(pid)
}

fn read_at_most(file: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    let mut read = 0;
    while read < buf.len() {
        match file.read_at(&mut buf[read..], at + read as u64)? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_survive_a_torn_slot() {
        let dir = tempfile::tempdir().unwrap();
        let names = Names::new(dir.path(), "public".as_ref());
        let mut state = State::lock(&names, Path::new("public"), Lang::En).unwrap();
        assert_eq!(state.records, Records::default());
        let id = Id::new();
        let mut records = Records::default();
        records.make(Role::Spare, &id);
        state.save(records.clone()).unwrap();
        let mut newer = records.clone();
        newer.make(Role::Manifest, &Id::new());
        state.save(newer.clone()).unwrap();
        drop(state);
        let reopened = State::lock(&names, Path::new("public"), Lang::En).unwrap();
        assert_eq!(reopened.records, newer);
        drop(reopened);
        // A write cut short leaves the slot written before it.
        let file = fs::OpenOptions::new()
            .write(true)
            .open(names.state())
            .unwrap();
        file.write_all_at(b"zonesite-records 1\nseq 9\nmade sp", HEADER as u64)
            .unwrap();
        let reopened = State::lock(&names, Path::new("public"), Lang::En).unwrap();
        assert_eq!(reopened.records, records);
    }

    #[test]
    fn refuses_a_file_that_is_not_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let names = Names::new(dir.path(), "public".as_ref());
        fs::write(names.state(), "my notes\n").unwrap();
        assert!(State::lock(&names, Path::new("public"), Lang::En).is_err());
        assert_eq!(fs::read_to_string(names.state()).unwrap(), "my notes\n");
    }

    #[test]
    fn ids_are_unique_and_parse_back() {
        let (a, b) = (Id::new(), Id::new());
        assert_ne!(a, b);
        assert_eq!(Id::parse(&a.0), Some(a));
        assert_eq!(Id::parse("123-notes"), None);
    }
}
