//! Loading content: reading every file under `content/` and parsing each into its
//! typed form. Files are parsed in parallel and independently, so one broken file
//! never hides the errors of another.

mod cache;
pub mod files;
pub mod text;

pub use cache::Cache;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::markdown::{self, Outline};
use crate::schema::{
    DATA_FIELDS, EnterpriseData, FRONT_MATTER_FIELDS, FrontMatter, IndustryData, InitiativeData,
    NewsData, PageData, ParkData, PolicyData, SiteFile,
};
use crate::section::fields::CustomData;
use crate::section::{self, Kind, Section, SectionFile, Sections};
use crate::text;
use crate::yaml;
pub use files::{FileKind, SourceFile};

/// A record's language-neutral data, typed by section.
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    /// A park's data.
    Park(ParkData),
    /// An industry's data.
    Industry(IndustryData),
    /// An initiative's data.
    Initiative(InitiativeData),
    /// An enterprise's data.
    Enterprise(EnterpriseData),
    /// A news item's data.
    News(NewsData),
    /// A page's data.
    Page(PageData),
    /// A policy document's data.
    Policy(PolicyData),
    /// A custom record's data, by its section's declared fields.
    Custom(CustomData),
}

/// One language's text of a record or section: front matter and Markdown body.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The file, relative to the root.
    pub path: Arc<Path>,
    /// The whole file, for locating errors and for the body.
    pub source: Arc<str>,
    /// Title, summary, date, draft.
    pub front: FrontMatter,
    /// Byte offset of the Markdown body in `source`.
    pub body_start: usize,
    /// The body's heading ids and links.
    pub outline: Outline,
}

impl Text {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }
}

/// A parsed content file.
#[derive(Debug, Clone)]
pub enum Parsed {
    /// `site.yaml`.
    Site(Box<SiteFile>, Arc<str>),
    /// `glossary.yaml`.
    Glossary(Vec<crate::glossary::Term>),
    /// A record's data file.
    Data(Section, String, Arc<Data>, Arc<Path>, Arc<str>),
    /// A record's text in one language.
    Text(Section, String, Lang, Arc<Text>),
    /// A section's introduction in one language.
    Intro(Section, Lang, Arc<Text>),
    /// A file of a record's folder.
    Asset(Section, String, Arc<crate::media::Asset>),
    /// A file that could not be parsed (its error is reported): what it would
    /// have been, so that later stages do not report its absence too.
    Failed(FileKind),
}

/// A file's parsed form, or the errors that stopped it.
pub type Outcome = Result<Parsed, Vec<Diagnostic>>;

/// A content file after parsing: its path relative to the root, what it holds,
/// and its outcome.
pub type Entry = (PathBuf, Option<FileKind>, Outcome);

/// Reads and parses every content file of the site at `root`.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Vec<Parsed> {
    load_entries(root, diags)
        .into_iter()
        .filter_map(|(_, kind, result)| settle(kind, result, diags))
        .collect()
}

/// Reads and parses every content file, keeping each one's path and outcome.
pub fn load_entries(root: &Path, diags: &mut Diagnostics) -> Vec<Entry> {
    let sections = sections(root);
    files::read_all(root, &sections, diags)
        .into_par_iter()
        .map(|file| (file.path.clone(), Some(file.kind.clone()), parse_file(file)))
        .collect()
}

/// The sections `content/site.yaml` declares, which tell what each folder
/// of `content/` holds: the built-in six when it declares none or cannot be
/// read. Validation reports the declarations' errors.
pub fn sections(root: &Path) -> Sections {
    #[derive(serde::Deserialize)]
    struct Declared {
        #[serde(default)]
        sections: Option<Vec<SectionFile>>,
    }
    let site = Path::new("content/site.yaml");
    let Some(Ok(file)) = files::read_one(root, site, &Sections::builtin()) else {
        return Sections::builtin();
    };
    match serde_yaml::from_str::<Declared>(&file.text) {
        Ok(Declared {
            sections: Some(declared),
        }) => section::declare(
            Some(&declared),
            site,
            &file.text,
            &mut Diagnostics::default(),
        ),
        _ => Sections::builtin(),
    }
}

/// Reads and parses the one file at `rel` (relative to the root); `None` when
/// there is no such file or it is one to skip.
pub fn load_one(
    root: &Path,
    rel: &Path,
    sections: &Sections,
) -> Option<(Option<FileKind>, Outcome)> {
    match files::read_one(root, rel, sections)? {
        Ok(file) => Some((Some(file.kind.clone()), parse_file(file))),
        Err(diag) => Some((
            files::classify_path(rel, sections).ok().flatten(),
            Err(vec![diag]),
        )),
    }
}

/// The parsed file, or a marker of the failure whose errors go to `diags`
/// (none when the file's name was the problem).
pub fn settle(kind: Option<FileKind>, result: Outcome, diags: &mut Diagnostics) -> Option<Parsed> {
    match result {
        Ok(parsed) => Some(parsed),
        Err(errors) => {
            errors.into_iter().for_each(|d| diags.push(d));
            kind.map(Parsed::Failed)
        }
    }
}

/// Parses one file according to its kind, after looking for the typing slips
/// of a Chinese input method: when there are any, they are its errors, each
/// at its place, since the parser would report the first of them elsewhere or
/// read it as text.
pub fn parse_file(file: SourceFile) -> Outcome {
    let slips = slips(&file);
    if !slips.is_empty() {
        return Err(slips);
    }
    parse_checked(file).map_err(|d| vec![d])
}

/// The typing slips of a file: in its YAML, or in a Markdown file's front
/// matter and links.
fn slips(file: &SourceFile) -> Vec<Diagnostic> {
    let src = &*file.text;
    match &file.kind {
        FileKind::Site | FileKind::Glossary | FileKind::Data(..) => {
            yaml::slips::diagnose(&file.path, src, 0, yaml::slips::find(src))
        }
        FileKind::Text(..) | FileKind::Intro(..) => match text::split(&file.path, src) {
            Ok(split) => {
                let mut found = yaml::slips::diagnose(
                    &file.path,
                    src,
                    split.yaml_start,
                    yaml::slips::find(split.yaml),
                );
                let body = &src[split.body_start..];
                found.extend(yaml::slips::diagnose(
                    &file.path,
                    src,
                    split.body_start,
                    yaml::slips::find_in_markdown(body),
                ));
                found
            }
            Err(_) => Vec::new(),
        },
        FileKind::Asset(..) => Vec::new(),
    }
}

fn parse_checked(file: SourceFile) -> Result<Parsed, Diagnostic> {
    let path: Arc<Path> = file.path.into();
    let src = &*file.text;
    let no_hint = |_: &str| None;
    match file.kind {
        FileKind::Site => {
            let site: SiteFile = yaml::parse(&path, src, src, 1, &no_hint)?;
            Ok(Parsed::Site(Box::new(site), file.text))
        }
        FileKind::Glossary => Ok(Parsed::Glossary(yaml::parse(&path, src, src, 1, &no_hint)?)),
        FileKind::Data(section, slug) => {
            let hint = |field: &str| {
                FRONT_MATTER_FIELDS
                    .contains(&field)
                    .then(|| text!("content-prose-in-data", field = field, slug = &slug))
            };
            let data = parse_data(section, &path, src, &hint)?;
            Ok(Parsed::Data(section, slug, Arc::new(data), path, file.text))
        }
        FileKind::Text(section, slug, lang) => {
            let text = parse_text(path, file.text, section, Some(&slug))?;
            Ok(Parsed::Text(section, slug, lang, Arc::new(text)))
        }
        FileKind::Intro(section, lang) => Ok(Parsed::Intro(
            section,
            lang,
            Arc::new(parse_text(path, file.text, section, None)?),
        )),
        FileKind::Asset(section, slug, name) => {
            let asset = crate::media::Asset::read(&file.full, path, name)?;
            Ok(Parsed::Asset(section, slug, Arc::new(asset)))
        }
    }
}

fn parse_data(
    section: Section,
    path: &Path,
    src: &str,
    hint: yaml::FieldHint,
) -> Result<Data, Diagnostic> {
    Ok(match section.kind() {
        Kind::Park => Data::Park(yaml::parse(path, src, src, 1, hint)?),
        Kind::Industry => Data::Industry(yaml::parse(path, src, src, 1, hint)?),
        Kind::Initiative => Data::Initiative(yaml::parse(path, src, src, 1, hint)?),
        Kind::Enterprise => Data::Enterprise(yaml::parse(path, src, src, 1, hint)?),
        Kind::Article => Data::News(yaml::parse(path, src, src, 1, hint)?),
        Kind::Page => Data::Page(yaml::parse(path, src, src, 1, hint)?),
        Kind::Policy => Data::Policy(yaml::parse(path, src, src, 1, hint)?),
        Kind::Custom => Data::Custom(section::fields::parse(section, path, src)?),
    })
}

fn parse_text(
    path: Arc<Path>,
    source: Arc<str>,
    section: Section,
    slug: Option<&str>,
) -> Result<Text, Diagnostic> {
    let split = text::split(&path, &source)?;
    let hint = |field: &str| {
        DATA_FIELDS.contains(&field).then(|| match slug {
            Some(slug) => text!("content-data-in-front-matter")
                .arg("field", field)
                .arg("section", section.name())
                .arg("slug", slug),
            None => text!("content-data-in-intro", field = field),
        })
    };
    let front: FrontMatter = yaml::parse(&path, &source, split.yaml, split.yaml_line, &hint)?;
    Ok(Text {
        outline: markdown::outline(&source, split.body_start),
        body_start: split.body_start,
        path,
        source,
        front,
    })
}
