//! Where the output is, judged on resolved paths: `--root` and `--output` are
//! made canonical (links and `..` resolved; for an output that does not exist
//! yet, its nearest existing ancestor, with the rest appended) before they are
//! compared, so that no spelling of a path lets a build replace the site, its
//! sources, the home folder or `/`.

use std::ffi::OsString;
use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{WriteError, messages};

/// The folders of a site that are read and never written: the output may not
/// be one, hold one, or lie inside one.
const SOURCES: [&str; 4] = ["content", "themes", "static", ".git"];

/// A judged output location.
pub struct Location {
    /// The output as the user gave it, to name it in messages.
    pub shown: PathBuf,
    /// The output: its folder resolved, its own name not (it may be a link,
    /// which is refused, not followed).
    pub output: PathBuf,
    /// Its folder, resolved; the build's own files are kept there beside it.
    pub parent: PathBuf,
    /// Its name.
    pub name: OsString,
}

/// Resolves `output` and refuses it where replacing it whole could delete
/// anything but a site zonesite wrote: see `refusal`. Creates the folder the
/// output goes in when it is missing.
pub fn resolve(root: &Path, output: &Path) -> Result<Location, WriteError> {
    let fail = |path: &Path, (message, help): messages::Refusal| WriteError {
        path: path.to_path_buf(),
        message,
        help: Some(help),
    };
    let root = root
        .canonicalize()
        .and_then(|r| match fs::metadata(&r) {
            Ok(m) if m.is_dir() => Ok(r),
            Ok(_) => Err(std::io::Error::from(std::io::ErrorKind::NotADirectory)),
            Err(err) => Err(err),
        })
        .map_err(|err| fail(root, messages::root_missing(&err)))?;
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| resolved(Path::new(&h)));
    let absolute = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
    // The output's own name is kept unresolved, unless it is `..` or `.`.
    let (unresolved, name) = match absolute.components().next_back() {
        Some(Component::Normal(name)) => {
            let parent = absolute.parent().unwrap_or(Path::new("/"));
            (resolved(parent).join(name), Some(name.to_os_string()))
        }
        _ => (resolved(&absolute), None),
    };
    let mut judged = vec![unresolved.clone()];
    let link = fs::symlink_metadata(&unresolved).is_ok_and(|m| m.file_type().is_symlink());
    if link && let Ok(target) = unresolved.canonicalize() {
        judged.push(target);
    }
    for path in &judged {
        if let Some(why) = refusal(path, &root, home.as_deref()) {
            return Err(fail(output, why));
        }
    }
    let (Some(name), Some(parent)) = (
        name.or_else(|| unresolved.file_name().map(|n| n.to_os_string())),
        unresolved.parent(),
    ) else {
        return Err(fail(output, messages::is_fs_root(&root)));
    };
    fs::create_dir_all(parent).map_err(|err| fail(parent, messages::cannot_write(&err, output)))?;
    // Creating it cannot have moved it; anything else changed it meanwhile.
    if parent.canonicalize().ok().as_deref() != Some(parent) {
        return Err(fail(output, messages::changed_during_build(output)));
    }
    Ok(Location {
        shown: output.to_path_buf(),
        output: unresolved.clone(),
        parent: parent.to_path_buf(),
        name,
    })
}

/// `path` made canonical as far as it exists, with the rest appended, its `..`
/// taken lexically: the missing folders will be made as real folders, so that
/// is where the system will find it.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    for existing in absolute.ancestors() {
        let Ok(mut base) = existing.canonicalize() else {
            continue;
        };
        let rest = absolute.strip_prefix(existing).unwrap_or(Path::new(""));
        for part in rest.components() {
            match part {
                Component::ParentDir => {
                    base.pop();
                }
                Component::Normal(name) => base.push(name),
                _ => {}
            }
        }
        return base;
    }
    absolute
}

/// Why `output` (resolved) may not be replaced whole: it is `/`, the site
/// root, a source folder or the home folder; it holds one of them; or it lies
/// inside a source folder. An output inside the site root (the default
/// `ROOT/public`) is fine.
fn refusal(output: &Path, root: &Path, home: Option<&Path>) -> Option<messages::Refusal> {
    if output.parent().is_none() {
        return Some(messages::is_fs_root(root));
    }
    if output == root {
        return Some(messages::is_site_root(root, output));
    }
    if root.starts_with(output) {
        return Some(messages::holds(root, root));
    }
    for dir in SOURCES {
        let source = resolved(&root.join(dir));
        if output == source {
            return Some(messages::is_source(root, dir));
        }
        if output.starts_with(&source) {
            return Some(messages::inside_source(root, dir));
        }
        if source.starts_with(output) {
            return Some(messages::holds(root, &source));
        }
    }
    if home == Some(output) {
        return Some(messages::is_home(root));
    }
    if let Some(home) = home
        && home.starts_with(output)
    {
        return Some(messages::holds(root, home));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_its_sources_home_and_slash() {
        let root = Path::new("/srv/site");
        let home = Some(Path::new("/home/me"));
        let refused = |p: &str| refusal(Path::new(p), root, home).is_some();
        for bad in [
            "/",
            "/srv",
            "/srv/site",
            "/srv/site/content",
            "/srv/site/content/parks",
            "/srv/site/themes/default/static",
            "/srv/site/static",
            "/srv/site/.git/x",
            "/home/me",
            "/home",
        ] {
            assert!(refused(bad), "{bad}");
        }
        for good in [
            "/srv/site/public",
            "/srv/site/out/www",
            "/srv/public",
            "/home/me/www",
            "/tmp/x",
        ] {
            assert!(!refused(good), "{good}");
        }
    }

    #[test]
    fn resolves_what_exists_and_appends_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        fs::create_dir(base.join("a")).unwrap();
        std::os::unix::fs::symlink(base.join("a"), base.join("link")).unwrap();
        assert_eq!(resolved(&base.join("link/x/../y")), base.join("a/y"));
        assert_eq!(resolved(&base.join("a/..")), base);
    }
}
