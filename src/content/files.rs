//! Finding and reading the files under `content/`: the only code that reads
//! content from disk. Every file is named for what it holds; a name that fits no
//! pattern is reported with the name it should have.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics, did_you_mean, relative};
use crate::i18n::Lang;
use crate::section::{Section, Sections, is_valid_slug};
use crate::text;

/// The largest content file read; anything bigger is surely a mistake.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// What a content file holds, as its path says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    /// `content/site.yaml`.
    Site,
    /// `content/glossary.yaml`.
    Glossary,
    /// `content/<section>/<slug>.yaml`.
    Data(Section, String),
    /// `content/<section>/<slug>.<lang>.md`.
    Text(Section, String, Lang),
    /// `content/<section>/_index.<lang>.md`.
    Intro(Section, Lang),
    /// A file of a record's folder, `content/<section>/<slug>/<name>` (an
    /// image, an attachment): its name inside the folder, `/` between folders.
    Asset(Section, String, String),
}

/// A content file, read and decoded.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Its path relative to the site root, as diagnostics print it.
    pub path: PathBuf,
    /// What it holds.
    pub kind: FileKind,
    /// Its text, without a byte-order mark; empty for an asset, whose bytes
    /// are read where they are parsed.
    pub text: Arc<str>,
    /// Its path on disk.
    pub full: PathBuf,
}

/// Lists and reads every content file under `root/content`, in path order.
pub fn read_all(root: &Path, sections: &Sections, diags: &mut Diagnostics) -> Vec<SourceFile> {
    let content = root.join("content");
    let Ok(canonical_root) = root.canonicalize() else {
        diags.push(
            Diagnostic::error(root, text!("content-no-root"))
                .with_help(text!("content-no-root-help")),
        );
        return Vec::new();
    };
    if !content.is_dir() {
        diags.push(
            Diagnostic::error("content", text!("content-no-content-directory"))
                .with_help(text!("content-no-content-directory-help")),
        );
        return Vec::new();
    }
    let mut found = Vec::new();
    let walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| "content".into());
                let message = if err.loop_ancestor().is_some() {
                    text!("content-link-loop")
                } else {
                    text!("content-cannot-read").arg(
                        "error",
                        err.io_error().map_or(err.to_string(), ToString::to_string),
                    )
                };
                diags.push(
                    Diagnostic::error(path, message).with_help(text!("content-cannot-read-help")),
                );
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let rel = relative(root, entry.path());
        if entry.path_is_symlink() {
            match entry.path().canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) => {}
                _ => {
                    diags.push(
                        Diagnostic::error(rel, text!("content-link-outside"))
                            .with_help(text!("content-link-outside-help")),
                    );
                    continue;
                }
            }
        }
        match classify(&rel, entry.depth(), entry.file_type().is_dir(), sections) {
            Ok(Some(kind)) => found.push((entry.into_path(), rel, kind)),
            Ok(None) => {}
            Err(diag) => diags.push(diag),
        }
    }
    let read: Vec<_> = found
        .into_par_iter()
        .map(|(full, rel, kind)| {
            read_source(&full, &rel, &kind).map(|text| SourceFile {
                path: rel,
                kind,
                text,
                full,
            })
        })
        .collect();
    read.into_iter()
        .filter_map(|r| r.map_err(|d| diags.push(d)).ok())
        .collect()
}

/// Classifies and reads the one file at `rel`, relative to the root: `None`
/// when it no longer exists or is one to skip.
pub fn read_one(
    root: &Path,
    rel: &Path,
    sections: &Sections,
) -> Option<Result<SourceFile, Diagnostic>> {
    let full = root.join(rel);
    let meta = fs::metadata(&full).ok()?;
    let depth = rel.components().count().checked_sub(1)?;
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    if hidden || !rel.starts_with("content") {
        return None;
    }
    let outside = root
        .canonicalize()
        .ok()
        .zip(full.canonicalize().ok())
        .is_none_or(|(root, file)| !file.starts_with(root));
    if outside {
        return Some(Err(Diagnostic::error(rel, text!("content-link-outside"))
            .with_help(text!("content-link-outside-help"))));
    }
    let kind = match classify(rel, depth, meta.is_dir(), sections) {
        Ok(Some(_)) if meta.is_dir() => return None,
        Ok(Some(kind)) => kind,
        Ok(None) => return None,
        Err(diag) => return Some(Err(diag)),
    };
    Some(read_source(&full, rel, &kind).map(|text| SourceFile {
        path: rel.to_path_buf(),
        kind,
        text,
        full,
    }))
}

/// What the file at `rel` holds, judged by its name alone.
pub fn classify_path(rel: &Path, sections: &Sections) -> Result<Option<FileKind>, Diagnostic> {
    let depth = rel.components().count().saturating_sub(1);
    classify(rel, depth, false, sections)
}

/// The text of a file to parse; nothing for an asset, which is read whole
/// (and may be large) only where it is parsed.
fn read_source(full: &Path, rel: &Path, kind: &FileKind) -> Result<Arc<str>, Diagnostic> {
    match kind {
        FileKind::Asset(..) => Ok("".into()),
        _ => read_text(full, rel),
    }
}

/// Reads a file as UTF-8, dropping a byte-order mark.
fn read_text(full: &Path, rel: &Path) -> Result<Arc<str>, Diagnostic> {
    let io_error = |err: std::io::Error| {
        Diagnostic::error(
            rel,
            text!("content-cannot-read-file", error = err.to_string()),
        )
        .with_help(text!("content-cannot-read-file-help"))
    };
    let len = fs::metadata(full).map_err(io_error)?.len();
    if len > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            rel,
            text!("content-file-too-large")
                .arg("size", format!("{:.1}", len as f64 / 1e6))
                .arg("max", (MAX_FILE_BYTES / 1024 / 1024).to_string()),
        )
        .with_help(text!("content-file-too-large-help")));
    }
    let bytes = fs::read(full).map_err(io_error)?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&err.as_bytes()[..valid]).into_owned();
        Diagnostic::error(rel, text!("content-not-utf8"))
            .at_offset(&prefix, valid, 1)
            .with_help(text!("content-not-utf8-help"))
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.into(),
        None => text.into(),
    })
}

/// What a path under `content/` holds, `None` for files to skip, or why the
/// name is wrong.
fn classify(
    rel: &Path,
    depth: usize,
    is_dir: bool,
    sections: &Sections,
) -> Result<Option<FileKind>, Diagnostic> {
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let section_names = sections.names();
    let section = |name: &str| sections.get(name);
    match (depth, is_dir) {
        (1, true) => match section(&name) {
            Some(_) => Ok(None),
            None => {
                let help = match did_you_mean(&name, section_names.iter().copied()) {
                    Some(s) => text!("content-not-a-section-closest")
                        .arg("closest", s)
                        .arg("sections", section_names.clone()),
                    None => text!("content-sections-are", sections = section_names.clone()),
                };
                Err(
                    Diagnostic::error(rel, text!("content-not-a-section", name = &name))
                        .with_help(help),
                )
            }
        },
        (1, false) => match name.as_str() {
            "site.yaml" => Ok(Some(FileKind::Site)),
            "glossary.yaml" => Ok(Some(FileKind::Glossary)),
            "site.yml" | "glossary.yml" => Err(yml(rel, &name)),
            _ => Err(Diagnostic::error(rel, text!("content-unexpected-file"))
                .with_help(text!("content-unexpected-file-help"))),
        },
        // A record's folder: its files, and its own texts and data if it holds them.
        (2, true) if is_valid_slug(&name) => Ok(None),
        (2, true) => Err(
            Diagnostic::error(rel, text!("content-folder-not-slug", name = &name)).with_help(
                text!("content-folder-not-slug-help").arg("suggestion", suggest_slug(&name)),
            ),
        ),
        (2, false) => {
            let section = rel
                .parent()
                .and_then(Path::file_name)
                .and_then(|s| section(&s.to_string_lossy()));
            // Files of a directory that is not a section were reported with it.
            section.map_or(Ok(None), |section: Section| {
                classify_record_file(rel, &name, section)
            })
        }
        (_, false) if is_bundled(rel, sections) => Ok(bundled(rel, depth, sections)),
        (_, true) if is_bundled(rel, sections) => Ok(None),
        _ if rel
            .components()
            .nth(2)
            .is_some_and(|c| section(&c.as_os_str().to_string_lossy()).is_none()) =>
        {
            Ok(None)
        }
        _ if rel.parent().is_some_and(|p| p.components().count() > 2) => Ok(None),
        _ => Err(Diagnostic::error(rel, text!("content-subdirectory"))
            .with_help(text!("content-subdirectory-help"))),
    }
}

/// Whether `rel` lies in a record's folder, `content/<section>/<slug>/…`.
fn is_bundled(rel: &Path, sections: &Sections) -> bool {
    let mut parts = rel
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy());
    let section = parts.next().and_then(|s| sections.get(&s));
    section.is_some() && parts.next().is_some_and(|s| is_valid_slug(&s)) && parts.next().is_some()
}

/// A file of a record's folder: the record's data or text when it is named
/// `index.yaml` or `index.<lang>.md` at the folder's top, else an asset;
/// `None` for an editor's backup.
fn bundled(rel: &Path, depth: usize, sections: &Sections) -> Option<FileKind> {
    let parts: Vec<String> = rel
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let section = sections.get(&parts[0])?;
    let slug = parts[1].clone();
    let name = parts[2..].join("/");
    if is_backup(&name) {
        return None;
    }
    if depth == 3 {
        if name == "index.yaml" {
            return Some(FileKind::Data(section, slug));
        }
        let lang = name
            .strip_prefix("index.")
            .and_then(|n| n.strip_suffix(".md"))
            .and_then(Lang::from_code);
        if let Some(lang) = lang {
            return Some(FileKind::Text(section, slug, lang));
        }
    }
    Some(FileKind::Asset(section, slug, name))
}

/// An editor's backup or swap file, left alone.
fn is_backup(name: &str) -> bool {
    name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".bak")
}

fn classify_record_file(
    rel: &Path,
    name: &str,
    section: Section,
) -> Result<Option<FileKind>, Diagnostic> {
    let bad_slug = |slug: &str| {
        Diagnostic::error(rel, text!("content-bad-slug", slug = slug))
            .with_help(text!("content-bad-slug-help").arg("suggestion", suggest_slug(slug)))
    };
    if let Some(stem) = name.strip_suffix(".yaml") {
        if !is_valid_slug(stem) {
            return Err(bad_slug(stem));
        }
        return Ok(Some(FileKind::Data(section, stem.to_string())));
    }
    if let Some(stem) = name.strip_suffix(".md") {
        let Some((slug, code)) = stem.rsplit_once('.') else {
            return Err(Diagnostic::error(rel, text!("content-no-language"))
                .with_help(text!("content-name-a-language", stem = stem)));
        };
        let Some(lang) = Lang::from_code(code) else {
            return Err(
                Diagnostic::error(rel, text!("content-unknown-language", code = code))
                    .with_help(text!("content-name-a-language", stem = slug)),
            );
        };
        if slug == "_index" {
            return Ok(Some(FileKind::Intro(section, lang)));
        }
        if !is_valid_slug(slug) {
            return Err(bad_slug(slug));
        }
        return Ok(Some(FileKind::Text(section, slug.to_string(), lang)));
    }
    if name.ends_with(".yml") {
        return Err(yml(rel, name));
    }
    if is_backup(name) {
        return Ok(None);
    }
    Err(
        Diagnostic::error(rel, text!("content-unexpected-section-file"))
            .with_help(text!("content-unexpected-section-file-help")),
    )
}

/// A YAML file named `.yml`, which zonesite does not read.
fn yml(rel: &Path, name: &str) -> Diagnostic {
    Diagnostic::error(rel, text!("content-yml"))
        .with_help(text!("content-yml-help").arg("name", name.replace(".yml", ".yaml")))
}

/// A valid slug close to `s`, for the help text.
fn suggest_slug(s: &str) -> String {
    let lowered: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = lowered.split('-').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        "my-record".to_string()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str) -> Result<Option<FileKind>, Diagnostic> {
        let p = Path::new(path);
        let sections = Sections::builtin();
        classify(p, p.components().count() - 1, false, &sections)
    }

    fn parks() -> Section {
        Sections::builtin().get("parks").unwrap()
    }

    #[test]
    fn classifies_record_files() {
        assert_eq!(
            kind("content/parks/ganhe.yaml").unwrap(),
            Some(FileKind::Data(parks(), "ganhe".into()))
        );
        assert_eq!(
            kind("content/parks/ganhe.en.md").unwrap(),
            Some(FileKind::Text(parks(), "ganhe".into(), Lang::En))
        );
        assert_eq!(
            kind("content/news/_index.zh.md").unwrap(),
            Some(FileKind::Intro(
                Sections::builtin().get("news").unwrap(),
                Lang::Zh
            ))
        );
        assert_eq!(kind("content/site.yaml").unwrap(), Some(FileKind::Site));
    }

    #[test]
    fn rejects_bad_names_with_advice() {
        let err = kind("content/parks/Gan He.yaml").unwrap_err();
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("`gan-he`")
        );
        let err = kind("content/parks/ganhe.md").unwrap_err();
        assert!(
            err.help
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("ganhe.zh.md")
        );
        let err = kind("content/parks/ganhe.fr.md").unwrap_err();
        assert!(err.message.render(crate::i18n::Lang::En).contains("`fr`"));
        assert!(kind("content/parks/南川.yaml").is_err());
        let err = kind("content/parks/ganhe.fr.md").unwrap_err();
        assert_eq!(
            err.message.render(crate::i18n::Lang::Zh),
            "`fr`不是本网站使用的语言"
        );
        assert_eq!(
            err.help.unwrap().render(crate::i18n::Lang::Zh),
            "请改名为ganhe.zh.md（中文）或ganhe.en.md（英文）"
        );
    }
}
