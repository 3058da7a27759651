//! The load stage with a memory, for rebuilding after an edit: every content
//! file parsed once, and on a change only the files that changed read and
//! parsed again. What it gives a build is exactly what loading the whole tree
//! would give.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::{self, Entry, FileKind, Parsed};
use crate::diag::{Diagnostic, Diagnostics};
use crate::section::Sections;

/// Parsed content files by path, and the problems found walking the tree.
pub struct Cache {
    root: PathBuf,
    sections: Sections,
    entries: BTreeMap<PathBuf, (Option<FileKind>, content::Outcome)>,
    walk_diags: Vec<Diagnostic>,
}

impl Cache {
    /// Reads and parses every content file under `root`.
    pub fn load(root: &Path) -> Cache {
        let mut cache = Cache {
            root: root.to_path_buf(),
            sections: Sections::builtin(),
            entries: BTreeMap::new(),
            walk_diags: Vec::new(),
        };
        cache.reload();
        cache
    }

    /// Reads and parses the whole tree again.
    pub fn reload(&mut self) {
        let mut diags = Diagnostics::default();
        self.sections = content::sections(&self.root);
        let entries: Vec<Entry> = content::load_entries(&self.root, &mut diags);
        self.entries = entries
            .into_iter()
            .map(|(path, kind, result)| (path, (kind, result)))
            .collect();
        self.walk_diags = diags.into_iter().collect();
    }

    /// Takes in changed paths, relative to the root: a known file is read
    /// again or dropped if gone; anything else that now exists under content/
    /// (a new file or directory), or content/ itself, reloads the whole tree.
    pub fn update(&mut self, changed: &[PathBuf]) {
        let mut reload = false;
        for rel in changed {
            if rel == Path::new("content") {
                reload = true;
            }
            if !rel.starts_with("content") {
                continue;
            }
            if rel == Path::new("content/site.yaml")
                && content::sections(&self.root) != self.sections
            {
                // Other sections: every folder means something else now.
                reload = true;
            } else if self.entries.contains_key(rel) {
                match content::load_one(&self.root, rel, &self.sections) {
                    Some(entry) => {
                        self.entries.insert(rel.clone(), entry);
                    }
                    None => {
                        self.entries.remove(rel);
                    }
                }
            } else if self.root.join(rel).exists() || self.walk_diags.iter().any(|d| d.path == *rel)
            {
                reload = true;
            }
        }
        if reload {
            self.reload();
        }
    }

    /// Every parsed file, for a build, with the diagnostics of those that failed.
    pub fn parsed(&self) -> (Vec<Parsed>, Diagnostics) {
        let mut diags = Diagnostics::default();
        diags.extend(self.walk_diags.iter().cloned());
        let parsed = self
            .entries
            .values()
            .filter_map(|(kind, result)| match result {
                // Only a failure needs to say what the file would have been.
                Ok(parsed) => Some(parsed.clone()),
                Err(d) => content::settle(kind.clone(), Err(d.clone()), &mut diags),
            })
            .collect();
        (parsed, diags)
    }
}
