//! The writer, on its own: what it leaves in and beside the output.

use std::fs;
use std::os::unix::fs::MetadataExt;

use super::*;

/// Writes `files` as the new content of `output`, the output of a site beside it.
fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let root = output.parent().unwrap().join("site");
    fs::create_dir_all(&root).unwrap();
    let staging = Staging::begin(&root, output, false, crate::catalogue::Lang::En)?;
    staging.write(files)?;
    staging.commit()
}

fn file(path: &str, bytes: &str) -> OutputFile {
    OutputFile {
        path: path.into(),
        bytes: bytes.into(),
    }
}

/// The names beside the output but the site's, sorted, each build's own part as `*`.
fn siblings(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "site")
        .map(|name| match name.rsplit_once('-') {
            Some((start, nonce)) if nonce.len() == 16 => {
                format!("{}-*", start.rsplit_once('-').unwrap().0)
            }
            _ => name,
        })
        .collect();
    names.sort();
    names
}

/// The spare beside the output.
fn spare(dir: &Path) -> PathBuf {
    let mut spares = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".public.zonesite-spare-"));
    let spare = spares.next().expect("a spare");
    assert!(spares.next().is_none(), "one spare");
    spare
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
            ".public.zonesite",
            ".public.zonesite-manifest-*",
            ".public.zonesite-spare-*",
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
        tree(&spare(dir.path())),
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
    let site = [file("a.html", "1"), file("x/b.html", "2")];
    write_site(&out, &site).unwrap();
    write_site(&out, &site).unwrap();
    fs::remove_file(spare(dir.path()).join("a.html")).unwrap();
    fs::write(spare(dir.path()).join("a.html"), "1").unwrap();
    fs::remove_file(spare(dir.path()).join("x/b.html")).unwrap();
    fs::create_dir(spare(dir.path()).join("x/b.html")).unwrap();
    fs::write(spare(dir.path()).join("stray"), "?").unwrap();
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
            ".public.zonesite",
            ".public.zonesite-manifest-*",
            ".public.zonesite-spare-*",
            "public"
        ]
    );
}
