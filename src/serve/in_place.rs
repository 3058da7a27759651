//! Edits that leave the shape of the site as it was: a record's prose (title,
//! summary or body in a language it already has, with the same date and draft
//! state) or its data file. Which records exist, in which languages, stays the
//! same, so the last good site takes the new texts and data in place of being
//! assembled and validated again from every file; the data's own checks and
//! the relations it changes are redone for it alone.

use std::path::PathBuf;

use super::workspace::Workspace;
use crate::content::{Data, Parsed, Text};
use crate::diag::Diagnostics;
use crate::i18n::Lang;
use crate::model::{self, DataFile, Site};

/// A change to one record, by index.
pub enum Edit {
    /// Its text in one language.
    Text(usize, Lang, Text),
    /// Its data and data file.
    Data(usize, Data, DataFile),
}

/// The edits, if every change in `changed` is one that keeps the shape of `site`.
pub fn edits(
    workspace: &Workspace,
    changed: &[PathBuf],
    site: &Site,
    drafts: bool,
) -> Option<Vec<Edit>> {
    changed
        .iter()
        .map(|rel| match workspace.parsed_file(rel)? {
            Ok(Parsed::Text(section, slug, lang, text)) => {
                let index = site.find(*section, slug)?;
                let old = site.records[index].texts[lang.index()].as_ref()?;
                let same_shape = (!text.front.draft || drafts) && text.front.date == old.front.date;
                same_shape.then(|| Edit::Text(index, *lang, text.clone()))
            }
            Ok(Parsed::Data(section, slug, data, path, src)) => {
                let index = site.find(*section, slug)?;
                site.records[index].data_file.as_ref()?;
                Some(Edit::Data(index, data.clone(), (path.clone(), src.clone())))
            }
            _ => None,
        })
        .collect::<Option<Vec<Edit>>>()
        .filter(|edits| !edits.is_empty())
}

/// Puts `edits` in place, reporting what the data's checks find; returns the
/// edits that undo them.
pub fn apply(site: &mut Site, edits: Vec<Edit>, diags: &mut Diagnostics) -> Vec<Edit> {
    let mut undo = Vec::new();
    for edit in edits {
        match edit {
            Edit::Text(index, lang, text) => {
                let slot = &mut site.records[index].texts[lang.index()];
                if let Some(old) = slot.replace(text) {
                    undo.push(Edit::Text(index, lang, old));
                }
            }
            Edit::Data(index, data, file) => {
                if let (old, Some(old_file)) = model::replace_data(site, index, data, file, diags) {
                    undo.push(Edit::Data(index, old, old_file));
                }
            }
        }
    }
    // Undone last edit first, so that two edits of one file undo to the first.
    undo.reverse();
    undo
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::Options;

    /// The basic fixture's content in a temporary root.
    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.unwrap();
            let to = dir.path().join(entry.path().strip_prefix(&from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
        dir
    }

    /// The site a full build makes of the workspace.
    fn site_of(workspace: &Workspace) -> Site {
        let (parsed, mut diags) = workspace.parsed();
        let site = model::build(parsed, &Options::default(), &mut diags).unwrap();
        assert!(!diags.has_errors());
        site
    }

    /// Writes a file into a fresh fixture: the workspace, the site before, and
    /// what `edits` makes of the change.
    fn edit(rel: &str, text: &str) -> (Workspace, Site, Option<Vec<Edit>>) {
        let dir = fixture();
        let mut workspace = Workspace::load(dir.path());
        let site = site_of(&workspace);
        let path = dir.path().join(rel);
        std::fs::write(&path, text).unwrap();
        let changed = workspace.update(&[path]);
        let edits = edits(&workspace, &changed, &site, false);
        (workspace, site, edits)
    }

    #[test]
    fn a_new_title_or_body_is_taken_in_place() {
        let (_, _, found) = edit(
            "content/news/opening.en.md",
            "---\ntitle: Opened\ndate: 2017-07-13\n---\nNew text.\n",
        );
        let found = found.expect("a prose edit");
        assert!(matches!(&found[..], [Edit::Text(_, Lang::En, t)] if t.front.title == "Opened"));
    }

    #[test]
    fn anything_that_changes_which_records_or_languages_exist_is_not() {
        let cases = [
            // Another date reorders the news.
            (
                "content/news/opening.en.md",
                "---\ntitle: Opened\ndate: 2017-07-14\n---\nText.\n",
            ),
            // A draft leaves the site.
            (
                "content/news/opening.en.md",
                "---\ntitle: Opened\ndate: 2017-07-13\ndraft: true\n---\nText.\n",
            ),
            // A new language changes what is translated.
            (
                "content/enterprises/acme.en.md",
                "---\ntitle: Acme\n---\nText.\n",
            ),
            // A file that fails to parse is for a full build to report.
            ("content/news/opening.en.md", "---\ntitle: [\n---\nText.\n"),
            ("content/parks/north.yaml", "area_km2: [\n"),
        ];
        for (rel, text) in cases {
            assert!(edit(rel, text).2.is_none(), "{rel}: {text}");
        }
    }

    #[test]
    fn data_taken_in_place_relates_records_as_a_full_build_does() {
        let cases = [
            // The enterprise leaves its park and industry.
            ("content/enterprises/acme.yaml", "industries: []\n"),
            // The park drops the industry the enterprise still links both.
            (
                "content/parks/north.yaml",
                "area_km2: 12.5\nindustries: []\n",
            ),
            // The news item gains an enterprise.
            (
                "content/news/opening.yaml",
                "parks: [north]\nenterprises: [acme]\n",
            ),
        ];
        for (rel, text) in cases {
            let (workspace, mut site, found) = edit(rel, text);
            let found = found.unwrap_or_else(|| panic!("{rel} is taken in place"));
            let mut diags = Diagnostics::default();
            apply(&mut site, found, &mut diags);
            assert!(!diags.has_errors(), "{rel}");
            let full = site_of(&workspace);
            let relations = |s: &Site| -> Vec<(String, Vec<usize>)> {
                let records = s.records.iter();
                records
                    .map(|r| (r.slug.clone(), r.related.clone()))
                    .collect()
            };
            assert_eq!(relations(&site), relations(&full), "{rel}");
        }
    }

    #[test]
    fn data_with_a_broken_reference_is_reported_and_undone() {
        let (_, mut site, found) = edit(
            "content/enterprises/acme.yaml",
            "park: nowhere\nindustries: [batteries]\n",
        );
        let before: Vec<Vec<usize>> = site.records.iter().map(|r| r.related.clone()).collect();
        let mut diags = Diagnostics::default();
        let undo = apply(&mut site, found.unwrap(), &mut diags);
        let errors: Vec<String> = diags.into_sorted().iter().map(|d| d.headline()).collect();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("there is no park `nowhere`")),
            "{errors:?}"
        );
        apply(&mut site, undo, &mut Diagnostics::default());
        let after: Vec<Vec<usize>> = site.records.iter().map(|r| r.related.clone()).collect();
        assert_eq!(before, after);
    }
}
