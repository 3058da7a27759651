//! Every message the writer shows a user, as messages of the catalogue
//! (`locales/*/output.ftl`). Each refusal is a `(message, help)` pair for
//! `path: error: message` followed by `= help: help`; a notice is one line.

use std::io;
use std::path::Path;

use crate::catalogue::{Lang, Text};
use crate::text;

/// A message and what to do about it.
pub type Refusal = (Text, Text);

/// What went wrong with a file, as the system said it, for the messages
/// that name an error of the file system. Chinese puts the common cases
/// into words before the system's own (English) text.
pub fn io_error(err: &io::Error) -> Text {
    let error = err.to_string();
    match err.kind() {
        io::ErrorKind::NotFound => text!("output-io-not-found", error = error),
        io::ErrorKind::PermissionDenied => text!("output-io-permission-denied", error = error),
        io::ErrorKind::StorageFull => text!("output-io-storage-full", error = error),
        io::ErrorKind::QuotaExceeded => text!("output-io-quota-exceeded", error = error),
        io::ErrorKind::FileTooLarge => text!("output-io-file-too-large", error = error),
        io::ErrorKind::ReadOnlyFilesystem => text!("output-io-read-only", error = error),
        io::ErrorKind::NotADirectory => text!("output-io-not-a-directory", error = error),
        _ => text!("output-io-other", error = error),
    }
}

/// `level: message`, as the first line of a diagnostic: `error: …`,
/// `warning: …`.
pub fn headline(level: Text, message: Text) -> Text {
    text!("diag-headline", level = level, message = message)
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// The help of every refused output location.
fn choose_another(root: &Path) -> Text {
    let default = shown(&root.join("public"));
    text!("output-choose-another", default = default)
}

pub fn root_missing(err: &io::Error) -> Refusal {
    (
        text!("output-root-missing", error = io_error(err)),
        text!("output-root-missing-help"),
    )
}

pub fn is_fs_root(root: &Path) -> Refusal {
    (text!("output-is-fs-root"), choose_another(root))
}

pub fn is_site_root(root: &Path, resolved: &Path) -> Refusal {
    (
        text!("output-is-site-root", path = resolved.display().to_string()),
        choose_another(root),
    )
}

pub fn is_source(root: &Path, dir: &str) -> Refusal {
    (text!("output-is-source", dir = dir), choose_another(root))
}

pub fn inside_source(root: &Path, dir: &str) -> Refusal {
    (
        text!("output-inside-source", dir = dir),
        choose_another(root),
    )
}

pub fn holds(root: &Path, what: &Path) -> Refusal {
    (
        text!("output-holds", path = what.display().to_string()),
        choose_another(root),
    )
}

pub fn is_home(root: &Path) -> Refusal {
    (text!("output-is-home"), choose_another(root))
}

pub fn is_link(target: &Path) -> Refusal {
    (
        text!("output-is-link", target = target.display().to_string()),
        text!("output-is-link-help"),
    )
}

pub fn is_file() -> Refusal {
    (text!("output-is-file"), text!("output-is-file-help"))
}

pub fn not_ours() -> Refusal {
    (text!("output-not-ours"), text!("output-not-ours-help"))
}

/// The notice of `--force` taking over a folder: `path: warning: …`.
pub fn taking_over(output: &Path, lang: Lang) -> String {
    let headline = headline(text!("diag-warning"), text!("output-taking-over"));
    format!("{}: {}", output.display(), headline.render(lang))
}

pub fn state_not_ours(output: &Path) -> Refusal {
    (
        text!("output-state-not-ours", output = shown(output)),
        text!("output-state-not-ours-help"),
    )
}

/// The notice of a build waiting for another one.
pub fn waiting(output: &Path, holder: Option<u32>, lang: Lang) -> String {
    let output = output.display().to_string();
    match holder {
        Some(pid) => text!("output-waiting", output = output, pid = pid.to_string()),
        None => text!("output-waiting-unknown", output = output),
    }
    .render(lang)
}

pub fn cannot_write(err: &io::Error, output: &Path) -> Refusal {
    (
        text!("output-cannot-write", error = io_error(err)),
        text!("output-cannot-write-help", output = shown(output)),
    )
}

pub fn changed_during_build(output: &Path) -> Refusal {
    (
        text!("output-changed-during-build"),
        text!("output-changed-during-build-help", output = shown(output)),
    )
}

pub fn records_full() -> Refusal {
    (
        text!("output-records-full"),
        text!("output-records-full-help"),
    )
}

pub fn outside_output() -> Text {
    text!("output-outside")
}

pub fn same_path() -> Text {
    text!("output-same-path")
}

pub fn cannot_list() -> Text {
    text!("output-cannot-list")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_common_errors_of_the_file_system_in_chinese() {
        let full = io::Error::from_raw_os_error(28);
        let said = text!("output-cannot-write", error = io_error(&full));
        assert_eq!(
            said.render(Lang::En),
            format!("cannot write the site: {full}")
        );
        let zh = said.render(Lang::Zh);
        assert!(zh.starts_with("无法写出网站：磁盘空间已满（"), "{zh}");
        let odd = io::Error::other("odd");
        assert_eq!(io_error(&odd).render(Lang::Zh), "odd");
    }

    #[test]
    fn notices_speak_the_language_asked() {
        let output = Path::new("public");
        assert_eq!(
            waiting(output, Some(42), Lang::En),
            "waiting for another build of public (process 42) to finish"
        );
        assert_eq!(
            waiting(output, None, Lang::Zh),
            "正在等待对public的另一次构建结束"
        );
        assert!(
            taking_over(output, Lang::En)
                .starts_with("public: warning: --force: zonesite did not write this folder")
        );
        assert!(taking_over(output, Lang::Zh).starts_with("public: 警告：--force："));
    }
}
