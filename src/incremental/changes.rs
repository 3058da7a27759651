//! What an edit changed, as the inputs pages read (`render::deps::Dep`): the
//! last good site and theme compared with the new ones, part by part, with
//! the same accessors that rendering reads them through.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::Last;
use crate::i18n::Lang;
use crate::model::{Record, Site};
use crate::render::deps::{Dep, Part, Template};
use crate::render::pages::page_count;
use crate::render::theme::Theme;
use crate::section::Section;

/// The inputs that read differently in `site` and `theme` than in the last
/// good build, under stable names; `ids` are the stable ids of `site`'s records.
pub fn between(last: &Last, site: &Site, ids: &[u32], theme: &Theme) -> HashSet<Dep> {
    let mut changed = HashSet::new();
    if last.site.config != site.config {
        changed.insert(Dep::Config);
    }
    if last.site.glossary != site.glossary {
        changed.insert(Dep::Glossary);
    }
    theme_changes(&last.theme, theme, site.config.sections.all(), &mut changed);
    let old_index: HashMap<u32, usize> = last
        .ids
        .iter()
        .enumerate()
        .map(|(i, &id)| (id, i))
        .collect();
    let same_record = |old: usize, new: usize| last.ids[old] == ids[new];
    let mut facts_changed: HashSet<Section> = HashSet::new();
    let mut parks_moved = false;
    let mut seen = HashSet::new();
    for (new, record) in site.records.iter().enumerate() {
        let id = ids[new];
        seen.insert(id);
        let Some(&old) = old_index.get(&id) else {
            all_parts(id, &mut changed);
            facts_changed.insert(record.section);
            parks_moved |= record.location().is_some();
            continue;
        };
        let before = &last.site.records[old];
        let shared = shares_files(before, record);
        for part in Part::ALL {
            // Only relations and the folder's files come from other files
            // than the record's data and texts.
            if shared && part != Part::Related && part != Part::Files {
                continue;
            }
            if !part.reads_same(before, record, &same_record) {
                changed.insert(Dep::Record(id as usize, part));
                if part == Part::Facts {
                    facts_changed.insert(record.section);
                }
            }
        }
        parks_moved |= !shared && before.location() != record.location();
    }
    for (old, record) in last.site.records.iter().enumerate() {
        let id = last.ids[old];
        if !seen.contains(&id) {
            all_parts(id, &mut changed);
            facts_changed.insert(record.section);
            parks_moved |= record.location().is_some();
        }
    }
    for section in facts_changed {
        changed.insert(Dep::Facts(section));
    }
    if parks_moved {
        changed.insert(Dep::Locations);
    }
    for &section in site.config.sections.all() {
        list_changes(last, site, ids, section, &mut changed);
        for lang in Lang::ALL {
            if last.site.intros.get(&(section, lang)) != site.intros.get(&(section, lang)) {
                changed.insert(Dep::Intro(section, lang));
            }
        }
    }
    changed
}

/// Whether a section's records changed, and which pages of its list in
/// each language show other records or another order than before: a
/// record whose title moves it marks only the pages between where it was
/// and where it is, unless the list's page count changed (then every page).
fn list_changes(
    last: &Last,
    site: &Site,
    ids: &[u32],
    section: Section,
    changed: &mut HashSet<Dep>,
) {
    let members =
        |s: &Site, ids: &[u32]| -> Vec<u32> { s.section(section).map(|(i, _)| ids[i]).collect() };
    if members(&last.site, &last.ids) != members(site, ids) {
        changed.insert(Dep::Members(section));
    }
    for lang in Lang::ALL {
        let order = |s: &Site, ids: &[u32]| -> Vec<u32> {
            s.list(section, lang).iter().map(|&i| ids[i]).collect()
        };
        let (before, now) = (order(&last.site, &last.ids), order(site, ids));
        let pages = (
            page_count(section, before.len()),
            page_count(section, now.len()),
        );
        let size = section.declaration().page_size;
        for n in 0..pages.0.max(pages.1) {
            let page = |list: &[u32]| list.chunks(size).nth(n).map(<[u32]>::to_vec);
            if pages.0 != pages.1 || page(&before) != page(&now) {
                changed.insert(Dep::List(section, lang, n));
            }
        }
    }
}

/// Whether two records are made of the very same parsed files.
fn shares_files(a: &Record, b: &Record) -> bool {
    let same =
        |x: &Option<Arc<crate::content::Text>>, y: &Option<Arc<crate::content::Text>>| match (x, y)
        {
            (Some(x), Some(y)) => Arc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        };
    Arc::ptr_eq(&a.data, &b.data)
        && same(&a.texts[0], &b.texts[0])
        && same(&a.texts[1], &b.texts[1])
}

fn all_parts(id: u32, changed: &mut HashSet<Dep>) {
    changed.extend(Part::ALL.map(|part| Dep::Record(id as usize, part)));
}

/// The theme's strings, stylesheets and page templates that differ.
fn theme_changes(old: &Theme, new: &Theme, sections: &[Section], changed: &mut HashSet<Dep>) {
    if std::ptr::eq(old, new) {
        return;
    }
    if old.strings != new.strings {
        changed.insert(Dep::Strings);
    }
    let assets = |t: &Theme| -> Vec<(String, String, Vec<u8>)> {
        t.assets
            .iter()
            .map(|a| (a.name.clone(), a.path.clone(), a.bytes.clone()))
            .collect()
    };
    if assets(old) != assets(new) {
        changed.insert(Dep::Assets);
    }
    for template in Template::all(sections) {
        let file = template.file();
        if old.closure(&file) != new.closure(&file) {
            changed.insert(Dep::Template(template));
        }
    }
}
