//! Every message the writer shows a user, in one place so that they can be
//! translated. Each is a `(message, help)` pair for `path: error: message`
//! followed by `= help: help`, or a whole line for notices.

use std::io;
use std::path::Path;

/// A message and what to do about it.
pub type Text = (String, String);

fn text(message: impl Into<String>, help: impl Into<String>) -> Text {
    (message.into(), help.into())
}

/// The help of every refused output location.
fn choose_another(root: &Path) -> String {
    format!(
        "choose a folder of its own with --output, such as {} (the default)",
        root.join("public").display()
    )
}

pub fn root_missing(err: &io::Error) -> Text {
    text(
        format!("cannot use the site root: {err}"),
        "pass the site's directory with --root",
    )
}

pub fn is_fs_root(root: &Path) -> Text {
    text(
        "the output would be the root of the file system; zonesite replaces its output whole",
        choose_another(root),
    )
}

pub fn is_site_root(root: &Path, resolved: &Path) -> Text {
    text(
        format!(
            "the output resolves to the site root {}; replacing it would delete the site",
            resolved.display()
        ),
        choose_another(root),
    )
}

pub fn is_source(root: &Path, dir: &str) -> Text {
    text(
        format!("the output would be the site's {dir}/ folder; replacing it would delete it"),
        choose_another(root),
    )
}

pub fn inside_source(root: &Path, dir: &str) -> Text {
    text(
        format!("the output lies inside the site's {dir}/ folder, which is read, never written"),
        choose_another(root),
    )
}

pub fn holds(root: &Path, what: &Path) -> Text {
    text(
        format!(
            "the output would hold {}; replacing it would delete it",
            what.display()
        ),
        choose_another(root),
    )
}

pub fn is_home(root: &Path) -> Text {
    text(
        "the output would be your home folder; zonesite replaces its output whole",
        choose_another(root),
    )
}

pub fn is_link(target: &Path) -> Text {
    text(
        format!(
            "the output is a symbolic link (to {}); zonesite never writes through a link",
            target.display()
        ),
        "pass the folder itself as --output, or remove the link",
    )
}

pub fn is_file() -> Text {
    text(
        "the output is a file, not a folder",
        "remove the file or choose another --output",
    )
}

pub fn not_ours() -> Text {
    text(
        "this folder is not empty and zonesite did not write it; a build replaces its output \
         whole, so it would delete these files",
        "remove the folder or choose another --output; `zonesite build --force` replaces it, \
         deleting the files it holds",
    )
}

/// The notice of `--force` taking over a folder.
pub fn taking_over(output: &Path) -> String {
    format!(
        "{}: warning: --force: zonesite did not write this folder; it is replaced by the site \
         and the files it holds are deleted",
        output.display()
    )
}

pub fn state_not_ours(output: &Path) -> Text {
    text(
        format!(
            "this file is not zonesite's, and zonesite keeps the lock and records of {} under \
             this name",
            output.display()
        ),
        "move the file away, or choose another --output",
    )
}

/// The notice of a build waiting for another one.
pub fn waiting(output: &Path, holder: Option<u32>) -> String {
    match holder {
        Some(pid) => format!(
            "waiting for another build of {} (process {pid}) to finish",
            output.display()
        ),
        None => format!(
            "waiting for another build of {} to finish",
            output.display()
        ),
    }
}

pub fn cannot_write(err: &io::Error, output: &Path) -> Text {
    text(
        format!("cannot write the site: {err}"),
        format!(
            "nothing was replaced: {} still holds the previous site; free space or fix the \
             permissions, then build again",
            output.display()
        ),
    )
}

pub fn changed_during_build(output: &Path) -> Text {
    text(
        "the output was changed by another program during the build; nothing was replaced",
        format!("build again once nothing else writes {}", output.display()),
    )
}

pub fn records_full() -> Text {
    text(
        "too many leftovers of earlier builds could not be removed",
        "remove the folders beside the output whose names start with it and `.zonesite-`, \
         then build again",
    )
}

pub fn outside_output() -> String {
    "refusing to write outside the output directory".into()
}

pub fn same_path() -> String {
    "two files of the build have this path".into()
}

pub fn cannot_list() -> String {
    "cannot list the staging directory".into()
}
