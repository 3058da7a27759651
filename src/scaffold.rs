//! `zonesite new SECTION SLUG`: the files of a new record, with every field its
//! section takes, commented and ready to fill. The texts start as drafts, so a
//! half-written record is never published by accident.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::did_you_mean;
use crate::section::{Section, is_valid_slug};

/// Writes the files of `section/slug` under `root/content`, returning their
/// paths, or says why not (nothing is written then).
pub fn new_record(root: &Path, section: &str, slug: &str) -> Result<Vec<PathBuf>, String> {
    let names = Section::ALL.map(Section::name);
    let section =
        Section::from_name(section).ok_or_else(|| match did_you_mean(section, names) {
            Some(best) => format!("`{section}` is not a section; did you mean `{best}`?"),
            None => format!(
                "`{section}` is not a section; the sections are {}",
                names.join(", ")
            ),
        })?;
    if !is_valid_slug(slug) {
        return Err(format!(
            "`{slug}` is not a valid slug: use lowercase ASCII letters and digits, words joined by single hyphens (e.g. `nanchuan`, `lithium-batteries`)"
        ));
    }
    let dir = root.join("content").join(section.name());
    let mut files = vec![
        (dir.join(format!("{slug}.zh.md")), text(section, "zh")),
        (dir.join(format!("{slug}.en.md")), text(section, "en")),
    ];
    if let Some(data) = data(section) {
        files.insert(0, (dir.join(format!("{slug}.yaml")), data));
    }
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(format!(
            "{} already exists; nothing was written",
            existing.display()
        ));
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (path, body) in &files {
        // create_new: never overwrite, even if the file appeared meanwhile.
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(body.as_bytes()))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

const FACT_EXAMPLE: &str = "\
# Every figure is a fact with its source; see docs/content-format.md.
facts: []
#  - label: {zh: 规模以上工业企业, en: Industrial enterprises above designated size}
#    value: 190                       # a number; money in yuan (1.2亿元 = 120000000)
#    unit: {zh: 家, en: enterprises}  # or one of: yuan, percent, km2, mu, gwh
#    approx: more-than                # optional: about | more-than
#    as_of: 2017-07-13                # YYYY, YYYY-MM or YYYY-MM-DD
#    source: xining-etdz-2017         # an id from `sources` in content/site.yaml
";

/// The data file of a new record, or `None` for sections whose data is rare.
fn data(section: Section) -> Option<String> {
    let schema = format!(
        "# yaml-language-server: $schema=../../schemas/{}.schema.json\n",
        section.name()
    );
    let fields = match section {
        Section::Parks => {
            "\
# area_km2: 12.5                                        # area in km², if the source gives it
# established: 2000                                     # YYYY, YYYY-MM or YYYY-MM-DD
# location: {lat: 36.62, lon: 101.78, approximate: true}
industries: []                                          # industry slugs, e.g. [lithium-batteries]
"
        }
        Section::Industries => "",
        Section::Initiatives => {
            "\
status: planned                                         # planned | in-progress | completed
# started: 2017-01                                      # YYYY, YYYY-MM or YYYY-MM-DD
parks: []                                               # park slugs
industries: []                                          # industry slugs
enterprises: []                                         # enterprise slugs
"
        }
        Section::Enterprises => {
            "\
# park: nanchuan                                        # the park it is in
industries: []                                          # industry slugs
"
        }
        Section::News => {
            "\
# source: xining-etdz-2017                              # the source this item reproduces
parks: []
industries: []
initiatives: []
enterprises: []
"
        }
        Section::Pages => return None,
    };
    let facts = if section == Section::News {
        ""
    } else {
        FACT_EXAMPLE
    };
    Some(format!("{schema}{fields}{facts}"))
}

/// A text file of a new record in `lang`.
fn text(section: Section, lang: &str) -> String {
    let (title, summary, body) = if lang == "zh" {
        ("标题", "一两句话的摘要。", "正文（Markdown）。")
    } else {
        (
            "Title",
            "A summary of one or two sentences.",
            "Body text (Markdown).",
        )
    };
    let date = if section == Section::News {
        "date: 2017-07-13                 # the publication date, YYYY-MM-DD\n"
    } else {
        ""
    };
    format!(
        "---\n# yaml-language-server: $schema=../../schemas/front-matter.schema.json\n# In the text, link to another record as [its title](@/parks/nanchuan).\ntitle: {title}\nsummary: {summary}\n{date}draft: true                      # remove this line to publish\n---\n{body}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_bad_sections_and_slugs() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            new_record(dir.path(), "park", "x")
                .unwrap_err()
                .contains("did you mean `parks`")
        );
        assert!(
            new_record(dir.path(), "parks", "Bad Slug")
                .unwrap_err()
                .contains("not a valid slug")
        );
        assert!(!dir.path().join("content").exists());
    }

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let files = new_record(dir.path(), "parks", "south").unwrap();
        assert_eq!(files.len(), 3);
        fs::write(&files[1], "mine").unwrap();
        assert!(
            new_record(dir.path(), "parks", "south")
                .unwrap_err()
                .contains("already exists")
        );
        assert_eq!(fs::read_to_string(&files[1]).unwrap(), "mine");
    }
}
