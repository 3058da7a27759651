//! The content as `serve` keeps it between builds: every file parsed once, and
//! on a change only the files that changed read and parsed again; the theme
//! loaded once, and again only when its files change.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::{self, Entry, FileKind, Parsed};
use crate::diag::{Diagnostic, Diagnostics};
use crate::render::theme;

/// Parsed content files by path, and the problems found walking the tree.
pub struct Workspace {
    root: PathBuf,
    entries: BTreeMap<PathBuf, (Option<FileKind>, Result<Parsed, Diagnostic>)>,
    walk_diags: Vec<Diagnostic>,
    themes: theme::Cache,
}

impl Workspace {
    /// Reads and parses every content file under `root`.
    pub fn load(root: &Path) -> Workspace {
        let mut workspace = Workspace {
            root: root.to_path_buf(),
            entries: BTreeMap::new(),
            walk_diags: Vec::new(),
            themes: theme::Cache::default(),
        };
        workspace.reload();
        workspace
    }

    /// The theme kept between builds.
    pub fn themes(&self) -> &theme::Cache {
        &self.themes
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn reload(&mut self) {
        let mut diags = Diagnostics::default();
        let entries: Vec<Entry> = content::load_entries(&self.root, &mut diags);
        self.entries = entries
            .into_iter()
            .map(|(path, kind, result)| (path, (kind, result)))
            .collect();
        self.walk_diags = diags.into_iter().collect();
    }

    /// Takes in changed paths (absolute, as the watcher gives them): a known
    /// file is read again or dropped if gone; anything else that now exists
    /// under content/ (a new file or directory) reloads the whole tree.
    /// Returns the changed paths relative to the root.
    pub fn update(&mut self, changed: &[PathBuf]) -> Vec<PathBuf> {
        let mut reload = false;
        let mut relative_paths = Vec::new();
        for path in changed {
            let Some(rel) = relative(&self.root, path) else {
                continue;
            };
            relative_paths.push(rel.clone());
            if rel.starts_with("themes") {
                self.themes.forget();
            }
            if !rel.starts_with("content") {
                continue;
            }
            if self.entries.contains_key(&rel) {
                match content::load_one(&self.root, &rel) {
                    Some(entry) => {
                        self.entries.insert(rel, entry);
                    }
                    None => {
                        self.entries.remove(&rel);
                    }
                }
            } else if self.root.join(&rel).exists() || self.walk_diags.iter().any(|d| d.path == rel)
            {
                reload = true;
            }
        }
        if reload {
            self.reload();
        }
        relative_paths
    }

    /// A file as it was last parsed, by its path relative to the root.
    pub fn parsed_file(&self, rel: &Path) -> Option<&Result<Parsed, Diagnostic>> {
        self.entries.get(rel).map(|(_, result)| result)
    }

    /// Every parsed file, for a build, with the diagnostics of those that failed.
    pub fn parsed(&self) -> (Vec<Parsed>, Diagnostics) {
        let mut diags = Diagnostics::default();
        diags.extend(self.walk_diags.iter().cloned());
        let parsed = self
            .entries
            .values()
            .filter_map(|(kind, result)| content::settle(kind.clone(), result.clone(), &mut diags))
            .collect();
        (parsed, diags)
    }
}

/// `path` relative to `root`, resolving links in the directories above it.
fn relative(root: &Path, path: &Path) -> Option<PathBuf> {
    let root = root.canonicalize().ok()?;
    let parent = path.parent()?.canonicalize().ok()?;
    Some(parent.strip_prefix(&root).ok()?.join(path.file_name()?))
}
