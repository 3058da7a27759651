//! `zonesite new SECTION SLUG`: the files of a new record, with every field its
//! section takes, commented and ready to fill. The texts start as drafts, so a
//! half-written record is never published by accident. The examples in the
//! comments come from the site itself (its sources, its parks and other
//! records, today's date), never from another zone.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalogue::Lang;
use crate::diag::did_you_mean;
use crate::init::Problem;
use crate::schema::{ParkData, SiteFile};
use crate::section::{Kind, Section, Sections, is_valid_slug};

mod files;
pub mod messages;
#[cfg(test)]
mod tests;

use files::{data, text};

/// Writes the files of `section/slug` under `root/content`, their comments
/// in `lang`, returning their paths, or says why not (nothing is written then).
pub fn new_record(
    root: &Path,
    section: &str,
    slug: &str,
    lang: Lang,
) -> Result<Vec<PathBuf>, Problem> {
    let sections = crate::content::sections(root);
    let names = sections.names();
    let section = sections.get(section).ok_or_else(|| {
        messages::not_a_section(
            section,
            did_you_mean(section, names.iter().copied()),
            &names,
        )
    })?;
    if !is_valid_slug(slug) {
        return Err(messages::bad_slug(slug));
    }
    if !root.join("content/site.yaml").is_file() {
        return Err(messages::no_site(root));
    }
    let examples = Examples::of(root, sections);
    let dir = root.join("content").join(section.name());
    let mut files = vec![
        (
            dir.join(format!("{slug}.zh.md")),
            text(section, Lang::Zh, &examples, lang),
        ),
        (
            dir.join(format!("{slug}.en.md")),
            text(section, Lang::En, &examples, lang),
        ),
    ];
    if let Some(data) = data(section, &examples, lang) {
        files.insert(0, (dir.join(format!("{slug}.yaml")), data));
    }
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(messages::exists(existing));
    }
    fs::create_dir_all(&dir).map_err(|e| messages::cannot_create(&dir, &e))?;
    for (path, body) in &files {
        // create_new: never overwrite, even if the file appeared meanwhile.
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(body.as_bytes()))
            .map_err(|e| messages::cannot_write(path, &e))?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// What the comments of a new record show, taken from the site it is made in.
struct Examples {
    /// Today, `YYYY-MM-DD`.
    today: String,
    /// The first source's id.
    source: Option<String>,
    /// The site's sections.
    sections: Sections,
    /// The first record's slug of each section, by `Section::index`.
    first: Vec<Option<String>>,
    /// A park's location, `{lat: …, lon: …}`.
    location: Option<String>,
    /// Whether the site has its JSON Schemas in `schemas/` (as `init` writes
    /// them), for editors' YAML tooling to find.
    schemas: bool,
}

impl Examples {
    fn of(root: &Path, sections: Sections) -> Examples {
        let content = root.join("content");
        let read = |rel: &str| fs::read_to_string(content.join(rel)).ok();
        let source = read("site.yaml")
            .and_then(|src| parse::<SiteFile>(&src))
            .and_then(|site| site.sources.into_iter().next())
            .map(|s| s.id);
        let first: Vec<Option<String>> = sections
            .all()
            .iter()
            .map(|s| slugs(&content.join(s.name())).into_iter().next())
            .collect();
        let parks = sections.of_kind(Kind::Park).map_or("parks", Section::name);
        let location = slugs(&content.join(parks))
            .into_iter()
            .filter_map(|park| read(&format!("{parks}/{park}.yaml")))
            .find_map(|src| parse::<ParkData>(&src)?.location)
            .map(|l| format!("{{lat: {}, lon: {}, approximate: true}}", l.lat, l.lon));
        Examples {
            today: crate::init::today().to_string(),
            source,
            first,
            sections,
            location,
            schemas: root.join("schemas").is_dir(),
        }
    }

    /// The first record of the section of `kind`, or `…` for the editor
    /// to fill in.
    fn slug(&self, kind: Kind) -> &str {
        self.sections
            .of_kind(kind)
            .and_then(|s| self.first.get(s.index())?.as_deref())
            .unwrap_or("…")
    }

    /// `# yaml-language-server: $schema=…` naming `schema`, when the site has it.
    fn schema_line(&self, schema: &str) -> String {
        if self.schemas {
            format!("# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n")
        } else {
            String::new()
        }
    }

    /// A record to link to in a text, as `@/section/slug`.
    fn link(&self) -> String {
        self.sections
            .all()
            .iter()
            .find_map(|&s| {
                Some(format!(
                    "@/{}/{}",
                    s.name(),
                    self.first[s.index()].as_ref()?
                ))
            })
            .unwrap_or_else(|| "@/parks/<slug>".to_string())
    }
}

/// A YAML file's value, when it can be read; the examples are only examples.
fn parse<T: serde::de::DeserializeOwned>(src: &str) -> Option<T> {
    crate::yaml::parse(Path::new("site.yaml"), src, src, 1, &|_| None).ok()
}

/// The slugs of the records in `dir`, in name order.
fn slugs(dir: &Path) -> std::collections::BTreeSet<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Default::default();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let slug = name.split('.').next()?.to_string();
            is_valid_slug(&slug).then_some(slug)
        })
        .collect()
}
