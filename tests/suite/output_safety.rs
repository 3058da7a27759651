//! The output promise: zonesite deletes or changes only files it wrote. Each
//! test builds in a temporary folder and checks that everything in it but what
//! zonesite wrote (the output and the names it keeps beside it) is as it was:
//! every name, every file's bytes, every link's target.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::symlink;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Run, Site, copy_dir, project};

/// What a snapshot keeps of an entry.
#[derive(PartialEq, Eq)]
enum Node {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Node::Dir => write!(f, "folder"),
            Node::File(bytes) => write!(f, "file of {} bytes", bytes.len()),
            Node::Link(target) => write!(f, "link to {}", target.display()),
        }
    }
}

type Snapshot = BTreeMap<PathBuf, Node>;

/// Whether `name` is one zonesite keeps beside an output named `output`: its
/// state file, or a name with a build's own part (pid and 16 hex digits).
fn ours(name: &str, output: &str) -> bool {
    let Some(rest) = name.strip_prefix(&format!(".{output}.zonesite")) else {
        return false;
    };
    let parts: Vec<&str> = rest.split('-').collect();
    rest.is_empty()
        || matches!(parts[..], ["", "staging" | "spare" | "manifest", pid, nonce]
            if !pid.is_empty()
                && pid.bytes().all(|b| b.is_ascii_digit())
                && nonce.len() == 16
                && nonce.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Everything under `dir` but the `outputs` and the names zonesite keeps
/// beside them. Links are recorded, not followed.
fn snapshot(dir: &Path, outputs: &[&Path]) -> Snapshot {
    let zonesites = |path: &Path| {
        outputs.iter().any(|out| {
            path == *out
                || (path.parent() == out.parent()
                    && ours(
                        &path.file_name().unwrap().to_string_lossy(),
                        &out.file_name().unwrap().to_string_lossy(),
                    ))
        })
    };
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| !zonesites(e.path()))
        .map(|e| {
            let e = e.unwrap();
            let node = if e.file_type().is_symlink() {
                Node::Link(fs::read_link(e.path()).unwrap())
            } else if e.file_type().is_dir() {
                Node::Dir
            } else {
                Node::File(fs::read(e.path()).unwrap())
            };
            (e.path().strip_prefix(dir).unwrap().to_path_buf(), node)
        })
        .collect()
}

/// A snapshot without what lies under `rel`.
fn without(snapshot: &Snapshot, rel: &str) -> Snapshot {
    snapshot
        .iter()
        .filter(|(path, _)| !path.starts_with(rel))
        .map(|(path, node)| {
            let node = match node {
                Node::Dir => Node::Dir,
                Node::File(bytes) => Node::File(bytes.clone()),
                Node::Link(target) => Node::Link(target.clone()),
            };
            (path.clone(), node)
        })
        .collect()
}

/// `zonesite build <args> --root <root>`.
fn command(root: &Path, args: &[&str]) -> Command {
    let mut command = crate::common::zonesite();
    command
        .arg("build")
        .args(args)
        .arg("--root")
        .arg(root)
        .env("NO_COLOR", "1");
    command
}

fn build(root: &Path, args: &[&str]) -> Run {
    command(root, args).output().unwrap().into()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Whether there is a link anywhere under `dir`.
fn holds_a_link(dir: &Path) -> bool {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .any(|e| e.unwrap().path_is_symlink())
}

#[test]
fn refuses_a_folder_it_did_not_write_and_replaces_it_only_with_force() {
    let site = Site::fixture("basic");
    site.write("notes/plan.md", "my plan\n");
    site.write("notes/old/2019.txt", "old notes\n");
    let notes = site.path("notes");
    let before = snapshot(site.root(), &[]);

    let run = build(site.root(), &["--output", arg(&notes)]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "notes: error: this folder is not empty and zonesite did not write it; a build \
             replaces its output whole, so it would delete these files\n = help: remove the \
             folder or choose another --output; `zonesite build --force` replaces it, deleting \
             the files it holds"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        snapshot(site.root(), &[]),
        before,
        "nothing is made, changed or removed"
    );

    let run = build(site.root(), &["--output", arg(&notes), "--force"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "notes: warning: --force: zonesite did not write this folder; it is replaced by \
             the site and the files it holds are deleted"
        ),
        "{}",
        run.stderr
    );
    assert!(notes.join("index.html").is_file());
    assert!(!notes.join("plan.md").exists());
    assert_eq!(snapshot(site.root(), &[&notes]), without(&before, "notes"));
    // It is zonesite's now: the next build needs no --force.
    let run = build(site.root(), &["--output", arg(&notes)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(snapshot(site.root(), &[&notes]), without(&before, "notes"));
}

#[test]
fn uses_an_empty_folder() {
    let site = Site::fixture("basic");
    fs::create_dir(site.path("www")).unwrap();
    let www = site.path("www");
    let before = snapshot(site.root(), &[&www]);
    site.build_ok(&["--output", arg(&www)]);
    assert!(www.join("index.html").is_file());
    assert_eq!(snapshot(site.root(), &[&www]), before);
}

#[test]
fn a_folder_put_in_the_place_of_its_output_is_not_taken_for_it() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    site.build_ok(&[]);
    // The system may give the new folder the old one's inode number.
    let public = site.path("public");
    fs::remove_dir_all(&public).unwrap();
    site.write("public/mine.txt", "mine\n");
    let before = snapshot(site.root(), &[&public]);
    for _ in 0..2 {
        let run = site.run(&["build"]);
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert!(run.stderr.contains("zonesite did not write it"));
        assert_eq!(snapshot(site.root(), &[&public]), before);
        assert_eq!(snapshot(&public, &[]), snapshot_of_mine());
    }
}

fn snapshot_of_mine() -> Snapshot {
    BTreeMap::from([(PathBuf::from("mine.txt"), Node::File(b"mine\n".to_vec()))])
}

#[test]
fn refuses_an_output_that_is_a_link_or_a_file() {
    let site = Site::fixture("basic");
    site.write("target/keep.txt", "keep\n");
    symlink(site.path("target"), site.path("link")).unwrap();
    // The default output, too.
    symlink(site.path("target"), site.path("public")).unwrap();
    site.write("file.txt", "a file\n");
    let before = snapshot(site.root(), &[]);
    let (link, file) = (site.path("link"), site.path("file.txt"));
    let link_says = format!(
        "error: the output is a symbolic link (to {}); zonesite never writes through a link\n \
         = help: pass the folder itself as --output, or remove the link",
        site.path("target").display()
    );
    for (args, says) in [
        (vec!["--output", arg(&link)], link_says.as_str()),
        (vec![], link_says.as_str()),
        (
            vec!["--output", arg(&file)],
            "file.txt: error: the output is a file, not a folder\n = help: remove the file or \
             choose another --output",
        ),
    ] {
        let run = build(site.root(), &args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(snapshot(site.root(), &[]), before, "{args:?}");
    }
}

/// A copy of the basic site at `site/` inside a temporary folder, so that the
/// folder above the site can be an output too.
fn nested_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&project().join("tests/fixtures/basic"), &root);
    copy_dir(&project().join("themes"), &root.join("themes"));
    (dir, root)
}

#[test]
fn refuses_outputs_that_resolve_to_the_site_its_sources_home_or_slash() {
    let (dir, root) = nested_site();
    let home = dir.path().join("home");
    fs::create_dir_all(&home).unwrap();
    fs::write(home.join(".profile"), "mine\n").unwrap();
    symlink(&root, dir.path().join("to-site")).unwrap();
    let before = snapshot(dir.path(), &[]);
    let slash: Vec<_> = fs::read_dir("/")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let resolves_to_root = format!("resolves to the site root {}", root.display());
    let holds_root = format!("would hold {}", root.display());
    let cases = [
        (root.join("content/.."), resolves_to_root.as_str()),
        (root.join("public/../themes/.."), resolves_to_root.as_str()),
        (dir.path().join("to-site"), resolves_to_root.as_str()),
        (root.join("content"), "would be the site's content/ folder"),
        (
            dir.path().join("to-site/content"),
            "would be the site's content/ folder",
        ),
        (
            root.join("themes/default/www"),
            "lies inside the site's themes/ folder",
        ),
        (
            root.join("static/www"),
            "lies inside the site's static/ folder",
        ),
        (root.join(".git/www"), "lies inside the site's .git/ folder"),
        (home.clone(), "would be your home folder"),
        (PathBuf::from("/"), "would be the root of the file system"),
        (dir.path().to_path_buf(), holds_root.as_str()),
    ];
    for (output, says) in &cases {
        let run: Run = command(&root, &["--output", arg(output)])
            .env("HOME", &home)
            .output()
            .unwrap()
            .into();
        assert_eq!(run.code, Some(2), "{}: {}", output.display(), run.stderr);
        assert!(
            run.stderr.contains(says) && run.stderr.contains("= help: choose a folder"),
            "{}: {}",
            output.display(),
            run.stderr
        );
        assert_eq!(snapshot(dir.path(), &[]), before, "{}", output.display());
    }
    let after: Vec<_> = fs::read_dir("/")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(after, slash, "nothing is made in /");
}

#[test]
fn removes_links_planted_in_its_output_as_links() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let site_files = site.tree("public");
    site.write("outside/dir/a.txt", "a\n");
    site.write("outside/file.txt", "file\n");
    site.write("outside/parks/index.html", "my parks\n");
    site.write("outside/parks/north/index.html", "my north\n");
    // The same bytes as the site's file: still never read, nor linked in.
    site.write("outside/style.css", &site_files["style.css"]);
    let public = site.path("public");
    symlink(site.path("outside/dir"), public.join("linkdir")).unwrap();
    symlink(site.path("outside/file.txt"), public.join("linkfile")).unwrap();
    fs::remove_dir_all(public.join("parks")).unwrap();
    symlink(site.path("outside/parks"), public.join("parks")).unwrap();
    fs::remove_file(public.join("style.css")).unwrap();
    symlink(site.path("outside/style.css"), public.join("style.css")).unwrap();
    let before = snapshot(site.root(), &[&public]);
    // The second build reuses the folder that holds the links.
    for _ in 0..3 {
        site.build_ok(&[]);
        assert_eq!(snapshot(site.root(), &[&public]), before);
        assert!(site.tree("public") == site_files, "the output is the site");
        assert!(!holds_a_link(&public), "a link is left in the output");
    }
    for entry in fs::read_dir(site.root()).unwrap() {
        let entry = entry.unwrap();
        if ours(&entry.file_name().to_string_lossy(), "public") {
            assert!(!holds_a_link(&entry.path()), "{}", entry.path().display());
        }
    }
}

#[test]
fn names_beside_the_output_that_merely_look_like_its_own_survive() {
    let site = Site::fixture("basic");
    site.write(".public.zonesite-notes", "notes\n");
    site.write(".public.zonesite-staging-123/a.txt", "a\n");
    site.write(".public.zonesite-spare-x/b.txt", "b\n");
    site.write(".public.zonesite-spare/c.txt", "c\n");
    site.write(".public.zonesite-manifest", "d\n");
    site.write(
        ".public.zonesite-staging-1-0123456789abcdeg/e.txt",
        "not hex\n",
    );
    let public = site.path("public");
    let before = snapshot(site.root(), &[&public]);
    site.build_ok(&[]);
    site.build_ok(&[]);
    // A build that fails keeps its staging directory as the spare.
    let park = site.read("content/parks/north.yaml");
    site.write("content/parks/north.yaml", "area_km2: lots\n");
    assert_eq!(site.run(&["build"]).code, Some(1));
    site.write("content/parks/north.yaml", park);
    site.build_ok(&[]);
    assert_eq!(snapshot(site.root(), &[&public]), before);
}

#[test]
fn refuses_a_file_of_the_users_where_it_keeps_its_lock() {
    let site = Site::fixture("basic");
    site.write(".public.zonesite", "my file\n");
    let before = snapshot(site.root(), &[]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            ".public.zonesite: error: this file is not zonesite's, and zonesite keeps the lock \
             and records of"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(site.root(), &[]), before);
}

#[test]
fn two_builds_at_once_both_finish_with_a_whole_site() {
    let site = Site::fixture("basic");
    for i in 0..150 {
        site.write(
            &format!("content/enterprises/e{i:03}.yaml"),
            "park: north\nindustries: [batteries]\n",
        );
        site.write(
            &format!("content/enterprises/e{i:03}.en.md"),
            format!("---\ntitle: Enterprise {i}\n---\nText.\n"),
        );
    }
    let expected = site.path("expected");
    site.build_ok(&["--output", arg(&expected)]);
    let public = site.path("public");
    let before = snapshot(site.root(), &[&public, &expected]);
    let mut waited = 0;
    for round in 0..3 {
        let children: Vec<_> = (0..2)
            .map(|_| {
                command(site.root(), &[])
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "round {round}: {stderr}");
            waited += usize::from(stderr.contains("waiting for another build of"));
        }
        assert!(
            site.tree("public") == site.tree("expected"),
            "round {round}: the output is not the site"
        );
        assert_eq!(snapshot(site.root(), &[&public, &expected]), before);
        assert_eq!(
            beside(site.root(), "public"),
            [".public.zonesite", "manifest", "spare"],
            "round {round}: the records keep every name the builds made"
        );
    }
    assert!(waited > 0, "the builds never overlapped");
}

/// The names zonesite keeps beside the output `output`, as their roles, sorted.
fn beside(dir: &Path, output: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| ours(name, output))
        .map(|name| match name.split('-').nth(1) {
            Some(role) => role.to_string(),
            None => name,
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_build_waits_for_the_one_that_holds_the_lock() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let old = site.tree("public");
    site.write(
        "content/pages/about.en.md",
        "---\ntitle: About us\n---\nNew.\n",
    );
    // This test holds the lock, as another build would.
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(site.path(".public.zonesite"))
        .unwrap();
    lock.lock().unwrap();
    let mut child = command(site.root(), &[])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert_eq!(
        first,
        format!(
            "waiting for another build of {} to finish",
            site.path("public").display()
        )
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the build waits");
    assert!(site.tree("public") == old, "and writes nothing meanwhile");
    drop(lock);
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert_eq!(child.wait().unwrap().code(), Some(0), "{rest:?}");
    assert!(
        site.read("public/en/pages/about/index.html")
            .contains("About us")
    );
}

#[test]
fn a_failed_write_keeps_the_previous_site_and_blocks_nothing() {
    let site = Site::fixture("basic");
    site.build_ok(&[]);
    let old = site.tree("public");
    let public = site.path("public");
    // A file larger than the build may write, as on a full disk.
    site.write("themes/default/static/big.bin", vec![7u8; 3 << 20]);
    let before = snapshot(site.root(), &[&public]);
    let mut limited = command(site.root(), &[]);
    // SAFETY: setrlimit and signal are async-signal-safe; the child only
    // sets its own limit and ignores SIGXFSZ, so a write past it fails with
    // EFBIG instead of killing the process.
    unsafe {
        limited.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 2 << 20,
                rlim_max: 2 << 20,
            };
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let started = Instant::now();
    let run: Run = limited.output().unwrap().into();
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let says = format!(
        "{}: error: cannot write the site: File too large (os error 27)\n = help: nothing was \
         replaced: {} still holds the previous site",
        public.join("big.bin").display(),
        public.display()
    );
    assert!(run.stderr.contains(&says), "{}", run.stderr);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert!(site.tree("public") == old, "the previous site is whole");
    assert_eq!(snapshot(site.root(), &[&public]), before);

    site.build_ok(&[]);
    assert_eq!(site.tree("public")["big.bin"].len(), 3 << 20);
    assert_eq!(
        beside(site.root(), "public"),
        [".public.zonesite", "manifest", "spare"]
    );
    assert_eq!(snapshot(site.root(), &[&public]), before);
}
