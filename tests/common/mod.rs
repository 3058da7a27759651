//! A fixture site in a temporary directory, and the `zonesite` binary run on it.

#![allow(dead_code)]

pub mod corpus;
pub mod links;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's directory.
pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `zonesite` command, speaking English whatever the machine's locale:
/// a test that wants Chinese passes `--lang zh`.
pub fn zonesite() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_zonesite"));
    command.env("LC_ALL", "en_US.UTF-8");
    command
}

/// A site root in a temporary directory.
pub struct Site {
    dir: tempfile::TempDir,
}

/// The result of a run of the binary.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Site {
    /// A copy of `tests/fixtures/<name>`: its content, and its own theme
    /// files where it has any (the rest is the theme embedded in the binary).
    pub fn fixture(name: &str) -> Site {
        let site = Site {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        copy_dir(&project().join("tests/fixtures").join(name), site.root());
        site
    }

    /// A copy of the project's real site, without a `themes/` folder: it
    /// builds with the embedded theme.
    pub fn real() -> Site {
        let site = Site {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        copy_dir(&project().join("content"), &site.root().join("content"));
        site
    }

    /// The site with a copy of the project's whole `themes/`, for tests
    /// that change the theme's files where they lie.
    pub fn with_theme(self) -> Site {
        copy_dir(&project().join("themes"), &self.root().join("themes"));
        self
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn remove(&self, rel: &str) {
        let path = self.path(rel);
        if path.is_dir() {
            fs::remove_dir_all(path).unwrap();
        } else {
            fs::remove_file(path).unwrap();
        }
    }

    /// The `zonesite` command, speaking English whatever the machine's locale:
    /// a test that wants Chinese passes `--lang zh`.
    pub fn zonesite() -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_zonesite"));
        command.env("LC_ALL", "en_US.UTF-8");
        command
    }

    /// Runs `zonesite <args> --root <site>`.
    pub fn run(&self, args: &[&str]) -> Run {
        zonesite()
            .args(args)
            .arg("--root")
            .arg(self.root())
            .env("NO_COLOR", "1")
            .output()
            .expect("run zonesite")
            .into()
    }

    /// `zonesite build`, which must succeed.
    pub fn build_ok(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert_eq!(run.code, Some(0), "build failed:\n{}", run.stderr);
        run
    }

    /// Every file under `rel` with its bytes, by relative path.
    pub fn tree(&self, rel: &str) -> BTreeMap<String, Vec<u8>> {
        tree(&self.path(rel))
    }
}

/// Every file under `base` with its bytes, by relative path.
pub fn tree(base: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(base)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let key = e
                .path()
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (key, fs::read(e.path()).unwrap())
        })
        .collect()
}

impl Site {
    /// Everything under the root that zonesite did not write (its output
    /// `public/`, and its record, spare and manifest beside it, all named
    /// `.public.zonesite…`),
    /// by path: a file's bytes, a link's target, a directory's mode. Equal
    /// snapshots before and after a run mean the run changed nothing else.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        snapshot(self.root(), &["public", ".public.zonesite"])
    }
}

/// Every entry under `dir` whose first path component does not start with
/// one of `skip`, as [`Site::snapshot`] describes it.
pub fn snapshot(dir: &Path, skip: &[&str]) -> BTreeMap<String, Vec<u8>> {
    use std::os::unix::fs::PermissionsExt;
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| {
            e.depth() > 1 || {
                let name = e.file_name().to_string_lossy();
                !skip.iter().any(|s| name.starts_with(s))
            }
        })
        .map(|e| e.unwrap())
        .map(|e| {
            let key = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let meta = e.path().symlink_metadata().unwrap();
            let value = if e.path_is_symlink() {
                let target = fs::read_link(e.path()).unwrap();
                format!("link to {}", target.display()).into_bytes()
            } else if e.file_type().is_dir() {
                format!("directory {:o}", meta.permissions().mode()).into_bytes()
            } else {
                let mut bytes = fs::read(e.path()).unwrap();
                bytes.extend(format!(" (mode {:o})", meta.permissions().mode()).bytes());
                bytes
            };
            (key, value)
        })
        .collect()
}

/// A file of the project's default theme (`templates/record.html`), which
/// the binary embeds.
pub fn theme_file(rel: &str) -> String {
    let path = project().join("themes/default").join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Copies a directory tree, keeping file bytes exactly.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A generated image (a smooth gradient, not a photograph) of `width` ×
/// `height`, encoded as `format`.
pub fn image(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
    });
    let mut bytes = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut bytes), format)
        .unwrap();
    bytes
}
