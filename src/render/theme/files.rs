//! A site's own theme files, read from inside the site only: each one
//! overrides the embedded file of the same path. Also the fingerprinted
//! names of the stylesheets and scripts.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::Asset;
use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics, relative};
use crate::text;

/// The site root with every link resolved, to tell what lies inside it.
pub(crate) fn canonical_root(root: &Path) -> PathBuf {
    root.canonicalize().unwrap_or_else(|_| root.to_path_buf())
}

/// An error when `path`, once every link on the way is followed, leads
/// outside the site: a theme's files are read from inside the root only, as
/// content files are.
pub(crate) fn outside_the_site(
    root: &Path,
    canonical_root: &Path,
    path: &Path,
) -> Option<Diagnostic> {
    let inside = path
        .canonicalize()
        .is_ok_and(|p| p.starts_with(canonical_root));
    (!inside).then(|| {
        Diagnostic::error(relative(root, path), text!("theme-link-outside"))
            .with_help(text!("theme-link-outside-help"))
    })
}

/// Every file under `dir` read with `read`, by its path inside `dir`, with
/// its path from the root for diagnostics. A missing `dir` has no files; a
/// file that cannot be read, or a link that leads outside the site, is an
/// error and left out. `what` names such a file in a message ("template").
pub(super) fn read_site_files<T>(
    root: &Path,
    dir: &Path,
    what: Text,
    read: fn(&Path) -> io::Result<T>,
    diags: &mut Diagnostics,
) -> BTreeMap<String, (PathBuf, T)> {
    let canonical_root = canonical_root(root);
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(entry) => entry,
            // No folder: nothing overrides the embedded files.
            Err(err)
                if err.depth() == 0
                    && err
                        .io_error()
                        .is_some_and(|e| e.kind() == io::ErrorKind::NotFound) =>
            {
                continue;
            }
            Err(err) => {
                let path = err.path().unwrap_or(dir);
                diags.push(
                    Diagnostic::error(
                        relative(root, path),
                        text!("theme-cannot-read", error = err.to_string()),
                    )
                    .with_help(text!("theme-cannot-read-help")),
                );
                continue;
            }
        };
        // The folder itself is no file of the theme, even when it is a file.
        if entry.depth() == 0 || !entry.file_type().is_file() {
            continue;
        }
        if let Some(diag) = outside_the_site(root, &canonical_root, entry.path()) {
            diags.push(diag);
            continue;
        }
        let rel = relative(root, entry.path());
        let name = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        match read(entry.path()) {
            Ok(contents) => {
                files.insert(name, (rel, contents));
            }
            Err(err) => diags.push(Diagnostic::error(
                rel,
                Text::new("theme-cannot-read-file")
                    .arg("what", what.clone())
                    .arg("error", err.to_string()),
            )),
        }
    }
    files
}

/// FNV-1a, 64 bits: a small, stable hash for fingerprints (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The kinds of static file published a second time under a name carrying a
/// hash of their bytes: what pages link from `<head>`.
const FINGERPRINTED: [&str; 2] = ["css", "js"];

/// The stylesheets and scripts among the static files, each named after its content.
pub(super) fn assets(statics: &BTreeMap<String, Cow<'static, [u8]>>) -> Vec<Asset> {
    statics
        .iter()
        .filter_map(|(name, bytes)| {
            let (stem, ext) = name.rsplit_once('.')?;
            FINGERPRINTED
                .contains(&ext)
                .then_some((name, stem, ext, bytes))
        })
        .map(|(name, stem, ext, bytes)| {
            // Two independent halves make a 128-bit name: collisions are
            // then out of the question for a theme's handful of files.
            let hash = format!("{:016x}{:016x}", fnv1a(bytes), {
                let mut salted = b"zonesite".to_vec();
                salted.extend_from_slice(bytes);
                fnv1a(&salted)
            });
            Asset {
                path: format!("{stem}.{}.{ext}", &hash[..20]),
                name: name.clone(),
                bytes: bytes.to_vec(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn fingerprints_stylesheets_and_scripts_only() {
        let statics: BTreeMap<String, Cow<'static, [u8]>> = [
            ("style.css", &b"a{}"[..]),
            ("care.js", b"x()"),
            ("cursor.svg", b"<svg/>"),
            ("js/menu.min.js", b"y()"),
        ]
        .into_iter()
        .map(|(name, bytes)| (name.to_string(), Cow::Borrowed(bytes)))
        .collect();
        let found = assets(&statics);
        let names: Vec<&str> = found.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["care.js", "js/menu.min.js", "style.css"]);
        for asset in &found {
            let (stem, ext) = asset.name.rsplit_once('.').unwrap();
            let hash = asset.path[stem.len() + 1..asset.path.len() - ext.len() - 1].to_string();
            assert!(asset.path.starts_with(&format!("{stem}.")), "{asset:?}");
            assert!(asset.path.ends_with(&format!(".{ext}")), "{asset:?}");
            assert!(
                hash.len() == 20 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
                "{asset:?}"
            );
            assert_eq!(asset.bytes, statics[&asset.name].as_ref());
        }
    }

    #[test]
    fn refuses_a_link_out_of_the_site() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let elsewhere = tempfile::tempdir().unwrap();
        let diag = outside_the_site(root, &canonical_root(root), elsewhere.path())
            .expect("a folder outside the root is refused");
        assert_eq!(
            diag.message.render(Lang::En),
            "this link points outside the site"
        );
        assert_eq!(diag.message.render(Lang::Zh), "此链接指向网站以外的位置");
        assert_eq!(
            diag.help.unwrap().render(Lang::Zh),
            "请把文件复制到主题中，不要用链接指向它"
        );
        assert!(outside_the_site(root, &canonical_root(root), root).is_none());
    }
}
