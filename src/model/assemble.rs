//! Putting each record together from its files: its data file and its text in
//! each language, drafts left out unless asked for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use super::{Options, Record, record_noun};
use crate::content::{Data, FileKind, Parsed, Text};
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::media::Asset;
use crate::schema::SiteFile;
use crate::section::{Kind, Section};
use crate::text;
use crate::yaml;

/// A record as its files give it, before validation.
#[derive(Default)]
pub struct Draft {
    data: Option<(Arc<Data>, Arc<Path>, Arc<str>)>,
    texts: [Option<Arc<Text>>; 2],
    drafts: [Option<Arc<Path>>; 2],
    files: Vec<Arc<Asset>>,
    /// A data or text file that a record has twice, flat and in its folder.
    twice: Vec<Arc<Path>>,
}

/// The parsed files sorted by what they are.
pub struct Files {
    /// `site.yaml` and its text.
    pub site: Option<(Box<SiteFile>, Arc<str>)>,
    /// Whether `site.yaml` failed to parse (its error is reported).
    pub site_failed: bool,
    /// The glossary.
    pub glossary: Vec<crate::glossary::Term>,
    /// Each record's files, sorted by section and slug.
    pub records: Vec<((Section, String), Draft)>,
    /// Section introductions, drafts left out.
    pub intros: BTreeMap<(Section, Lang), Arc<Text>>,
    /// Records with a file that failed to parse.
    pub broken: BTreeSet<(Section, String)>,
    /// Texts marked `draft: true` and left out, in path order.
    pub drafts: Vec<Arc<Path>>,
}

/// Sorts the parsed files, leaving out drafts unless `options` asks for them.
pub fn gather(parsed: Vec<Parsed>, options: &Options) -> Files {
    let mut files = Files {
        site: None,
        site_failed: false,
        glossary: Vec::new(),
        records: Vec::new(),
        intros: BTreeMap::new(),
        broken: BTreeSet::new(),
        drafts: Vec::new(),
    };
    // Each file as a part of its record, sorted by record (files come in
    // path order, so the sort mostly finds runs), then folded per record.
    let mut parts: Vec<((Section, String), Part)> = Vec::with_capacity(parsed.len());
    for item in parsed {
        match item {
            Parsed::Failed(FileKind::Site) => files.site_failed = true,
            // A record with a file that failed to parse is left out, silently:
            // its error is reported, and its absence would only add noise.
            Parsed::Failed(FileKind::Data(section, slug) | FileKind::Text(section, slug, _)) => {
                files.broken.insert((section, slug));
            }
            Parsed::Failed(_) => {}
            Parsed::Site(file, src) => files.site = Some((file, src)),
            Parsed::Glossary(terms) => files.glossary = terms,
            Parsed::Data(section, slug, data, path, src) => {
                parts.push(((section, slug), Part::Data(data, path, src)));
            }
            Parsed::Text(section, slug, lang, text) => {
                parts.push(((section, slug), Part::Text(lang, text)));
            }
            Parsed::Asset(section, slug, asset) => {
                parts.push(((section, slug), Part::File(asset)));
            }
            Parsed::Intro(section, lang, text) => {
                if !text.front.draft || options.drafts {
                    files.intros.insert((section, lang), text);
                } else {
                    files.drafts.push(text.path.clone());
                }
            }
        }
    }
    parts.sort_by(|a, b| a.0.cmp(&b.0));
    for (key, part) in parts {
        if files.records.last().is_none_or(|(k, _)| *k != key) {
            files.records.push((key, Draft::default()));
        }
        let draft = &mut files.records.last_mut().expect("pushed").1;
        match part {
            Part::Data(data, path, src) => {
                if draft.data.is_some() {
                    draft.twice.push(path.clone());
                }
                draft.data = Some((data, path, src));
            }
            Part::Text(lang, text) => {
                let i = lang.index();
                if draft.texts[i].is_some() || draft.drafts[i].is_some() {
                    draft.twice.push(text.path.clone());
                }
                if text.front.draft && !options.drafts {
                    files.drafts.push(text.path.clone());
                    draft.drafts[i] = Some(text.path.clone());
                } else {
                    draft.texts[i] = Some(text);
                }
            }
            Part::File(asset) => draft.files.push(asset),
        }
    }
    files.drafts.sort();
    files
}

/// A file of a record.
enum Part {
    Data(Arc<Data>, Arc<Path>, Arc<str>),
    Text(Lang, Arc<Text>),
    File(Arc<Asset>),
}

/// `site.yaml` and its text, or why there is none.
pub fn site_file(files: &mut Files, diags: &mut Diagnostics) -> Option<(SiteFile, Arc<str>)> {
    match files.site.take() {
        Some((file, src)) => Some((*file, src)),
        None if files.site_failed => None,
        None => {
            diags.push(
                Diagnostic::error("content/site.yaml", text!("model-no-site-yaml"))
                    .with_help(text!("model-no-site-yaml-help")),
            );
            None
        }
    }
}

/// Every record that has something to publish, in section and slug order.
pub fn records(
    drafts: Vec<((Section, String), Draft)>,
    broken: &BTreeSet<(Section, String)>,
    diags: &mut Diagnostics,
) -> Vec<Record> {
    drafts
        .into_iter()
        .filter(|(key, _)| !broken.contains(key))
        .filter_map(|((section, slug), draft)| assemble(section, slug, draft, diags))
        .collect()
}

/// Puts a record's files together; `None` when it has nothing to publish.
fn assemble(
    section: Section,
    slug: String,
    draft: Draft,
    diags: &mut Diagnostics,
) -> Option<Record> {
    let dir = || format!("content/{}", section.name());
    for path in &draft.twice {
        diags.push(
            Diagnostic::error(
                &**path,
                text!("model-file-twice")
                    .arg("record", record_noun(section))
                    .arg("slug", &slug),
            )
            .with_help(text!("model-file-twice-help", dir = dir(), slug = &slug)),
        );
    }
    let has_text = draft.texts.iter().any(Option::is_some);
    let has_drafts = draft.drafts.iter().any(Option::is_some);
    if !has_text && draft.data.is_none() && !has_drafts {
        let path = draft.files.first()?.path.clone();
        diags.push(
            Diagnostic::error(
                path,
                text!("model-folder-of-no-record", dir = dir(), slug = &slug),
            )
            .with_help(text!("model-folder-of-no-record-help", slug = &slug)),
        );
        return None;
    }
    if !has_text {
        if draft.drafts.iter().any(Option::is_some) {
            return None;
        }
        let path: Arc<Path> = match &draft.data {
            Some(d) => d.1.clone(),
            None => Path::new(&format!("{}/{slug}.yaml", dir())).into(),
        };
        diags.push(
            Diagnostic::error(
                path,
                text!("model-data-without-text")
                    .arg("record", record_noun(section))
                    .arg("slug", &slug),
            )
            .with_help(
                text!("model-data-without-text-help")
                    .arg("dir", dir())
                    .arg("slug", &slug),
            ),
        );
        return None;
    }
    let data_file = draft
        .data
        .as_ref()
        .map(|(_, path, src)| (path.clone(), src.clone()));
    let data = match draft.data {
        Some((data, _, _)) => data,
        None if section.requires_data() => {
            let text_path = draft
                .texts
                .iter()
                .flatten()
                .next()
                .map(|t| t.path.clone())?;
            diags.push(
                Diagnostic::error(
                    text_path,
                    text!("model-no-data-file")
                        .arg("record", record_noun(section))
                        .arg("slug", &slug),
                )
                .with_help(
                    text!("model-no-data-file-help")
                        .arg("dir", dir())
                        .arg("slug", &slug),
                ),
            );
            return None;
        }
        None if section.kind() == Kind::Article => Arc::new(Data::News(Default::default())),
        None => Arc::new(Data::Page(Default::default())),
    };
    if section.kind() == Kind::Article {
        check_news_dates(&draft.texts, diags);
    } else {
        for text in draft.texts.iter().flatten() {
            if text.front.date.is_some() {
                let (at, len) = yaml::locate(&text.source, "date", |_| true).unwrap_or((0, 1));
                diags.push(
                    Diagnostic::error(
                        &*text.path,
                        text!("model-date-not-news").arg("record", super::a_record_noun(section)),
                    )
                    .at_offset(&text.source, at, len)
                    .with_help(text!("model-date-not-news-help")),
                );
            }
        }
    }
    Some(Record {
        section,
        slug,
        data,
        data_file,
        texts: draft.texts,
        files: draft.files.into(),
        related: Vec::new(),
        order: Default::default(),
    })
}

/// A news item needs a full date, the same in both languages.
fn check_news_dates(texts: &[Option<Arc<Text>>; 2], diags: &mut Diagnostics) {
    for text in texts.iter().flatten() {
        match text.front.date {
            None => diags.push(
                Diagnostic::error(&*text.path, text!("model-news-without-date"))
                    .at_offset(&text.source, 0, 3)
                    .with_help(text!("model-news-without-date-help")),
            ),
            Some(d) if !d.is_full() => {
                let (at, len) = yaml::locate(&text.source, "date", |_| true).unwrap_or((0, 1));
                diags.push(
                    Diagnostic::error(
                        &*text.path,
                        text!("model-news-date-without-day", date = d.to_string()),
                    )
                    .at_offset(&text.source, at, len)
                    .with_help(text!("model-news-date-without-day-help")),
                );
            }
            Some(_) => {}
        }
    }
    if let [Some(zh), Some(en)] = texts
        && let (Some(a), Some(b)) = (zh.front.date, en.front.date)
        && a != b
    {
        let (at, len) = yaml::locate(&en.source, "date", |_| true).unwrap_or((0, 1));
        diags.push(
            Diagnostic::error(
                &*en.path,
                text!("model-news-dates-differ")
                    .arg("date", b.text())
                    .arg("chinese", a.text()),
            )
            .at_offset(&en.source, at, len)
            .with_help(text!("model-news-dates-differ-help")),
        );
    }
}
