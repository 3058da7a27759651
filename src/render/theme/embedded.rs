//! The default theme, embedded in the binary from the repository's
//! `themes/default/` (the build script rebuilds the crate when that folder
//! changes): a site without a `themes/` folder builds with it, and a site's
//! own theme files override it file by file.

use std::path::PathBuf;

use include_dir::{Dir, include_dir};

/// The name of the embedded theme, the one `site.yaml` names by default.
pub const NAME: &str = "default";

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Every embedded file under `folder` (`templates`, `i18n` or `static`), by
/// its path inside that folder, in path order.
pub(super) fn files(folder: &str) -> Vec<(String, &'static [u8])> {
    let mut found = Vec::new();
    if let Some(dir) = DEFAULT.get_dir(folder) {
        collect(dir, folder, &mut found);
    }
    found.sort_unstable();
    found
}

fn collect(dir: &'static Dir<'static>, folder: &str, found: &mut Vec<(String, &'static [u8])>) {
    for file in dir.files() {
        let inside = file.path().strip_prefix(folder).unwrap_or(file.path());
        found.push((inside.to_string_lossy().replace('\\', "/"), file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, folder, found);
    }
}

/// The embedded file at `path` (e.g. `i18n/en.yaml`), if there is one.
pub(super) fn file(path: &str) -> Option<&'static [u8]> {
    DEFAULT.get_file(path).map(include_dir::File::contents)
}

/// How diagnostics name an embedded file: not a path of the site, which may
/// have no `themes/` folder at all.
pub(super) fn path(inside_theme: &str) -> PathBuf {
    PathBuf::from(format!("(embedded) themes/{NAME}/{inside_theme}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_files_by_their_path_inside_the_folder() {
        let templates: Vec<String> = files("templates").into_iter().map(|(p, _)| p).collect();
        for name in ["404.html", "base.html", "home.html", "record.html"] {
            assert!(templates.iter().any(|t| t == name), "{templates:?}");
        }
        assert!(file("i18n/zh.yaml").is_some_and(|b| !b.is_empty()));
        assert_eq!(
            path("templates/base.html"),
            PathBuf::from("(embedded) themes/default/templates/base.html")
        );
    }
}
