//! Edits to a record's prose only: its title, summary or body in a language
//! it already has, with the same date and draft state. Such an edit leaves
//! which records exist, in which languages, in which order and related to
//! which, as they were, so the last good site takes the new texts in place
//! of being assembled and validated again from every file.

use std::path::PathBuf;

use super::workspace::Workspace;
use crate::content::{Parsed, Text};
use crate::i18n::Lang;
use crate::model::Site;

/// A record's new text in one language: record index, language, text.
pub type Edit = (usize, Lang, Text);

/// The new texts, if every change in `changed` is a prose edit of `site`.
pub fn edits(
    workspace: &Workspace,
    changed: &[PathBuf],
    site: &Site,
    drafts: bool,
) -> Option<Vec<Edit>> {
    changed
        .iter()
        .map(|rel| {
            let Some(Ok(Parsed::Text(section, slug, lang, text))) = workspace.parsed_file(rel)
            else {
                return None;
            };
            let index = site.find(*section, slug)?;
            let old = site.records[index].texts[lang.index()].as_ref()?;
            let same_shape = (!text.front.draft || drafts) && text.front.date == old.front.date;
            same_shape.then(|| (index, *lang, text.clone()))
        })
        .collect::<Option<Vec<Edit>>>()
        .filter(|edits| !edits.is_empty())
}

/// Puts the texts of `edits` in place; returns the texts they replaced, which
/// `apply` puts back.
pub fn apply(site: &mut Site, edits: Vec<Edit>) -> Vec<Edit> {
    edits
        .into_iter()
        .filter_map(|(index, lang, text)| {
            let slot = &mut site.records[index].texts[lang.index()];
            slot.replace(text).map(|old| (index, lang, old))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::{self, Options};

    /// The basic fixture's content in a temporary root, its workspace and site.
    fn fixture() -> (tempfile::TempDir, Workspace, Site) {
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
        let workspace = Workspace::load(dir.path());
        let (parsed, mut diags) = workspace.parsed();
        let site = model::build(parsed, &Options::default(), &mut diags).unwrap();
        assert!(!diags.has_errors());
        (dir, workspace, site)
    }

    /// Writes a file and returns what `edits` makes of the change.
    fn edit(rel: &str, text: &str) -> Option<Vec<Edit>> {
        let (dir, mut workspace, site) = fixture();
        let path = dir.path().join(rel);
        std::fs::write(&path, text).unwrap();
        let changed = workspace.update(&[path]);
        edits(&workspace, &changed, &site, false)
    }

    #[test]
    fn a_new_title_or_body_is_a_prose_edit() {
        let found = edit(
            "content/news/opening.en.md",
            "---\ntitle: Opened\ndate: 2017-07-13\n---\nNew text.\n",
        )
        .expect("a prose edit");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2.front.title, "Opened");
    }

    #[test]
    fn anything_that_changes_the_site_shape_is_not() {
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
            // Data changes relations and figures.
            (
                "content/parks/north.yaml",
                "area_km2: 15\nindustries: [batteries]\n",
            ),
            // A text that fails to parse is for a full build to report.
            ("content/news/opening.en.md", "---\ntitle: [\n---\nText.\n"),
        ];
        for (rel, text) in cases {
            assert!(edit(rel, text).is_none(), "{rel}: {text}");
        }
    }

    #[test]
    fn apply_puts_the_old_texts_back() {
        let (_dir, _workspace, mut site) = fixture();
        let index = site.find(crate::section::Section::News, "opening").unwrap();
        let mut text = site.records[index].texts[Lang::En.index()].clone().unwrap();
        text.front.title = "Changed".into();
        let undo = apply(&mut site, vec![(index, Lang::En, text)]);
        assert_eq!(site.records[index].text(Lang::En).0.front.title, "Changed");
        apply(&mut site, undo);
        assert_eq!(
            site.records[index].text(Lang::En).0.front.title,
            "North Park opens"
        );
    }
}
