//! Which page read what, kept between builds under names that survive records
//! being added and removed: a record is known by a stable id rather than by
//! its index, which shifts.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use crate::model::Site;
use crate::output::OutputFile;
use crate::render::deps::Dep;
use crate::render::{Page, Rendered};
use crate::section::Section;

/// Stable ids of records, by section and slug, for the life of a session.
#[derive(Default)]
pub struct Ids(FxHashMap<(Section, String), u32>);

impl Ids {
    /// The stable id of each record of `site`, by index; `last`, the site
    /// before and its ids, answers at once when it has the same records.
    pub fn of(&mut self, site: &Site, last: Option<(&Site, &[u32])>) -> Vec<u32> {
        if let Some((before, ids)) = last {
            let same = before.records.len() == site.records.len()
                && before
                    .records
                    .iter()
                    .zip(&site.records)
                    .all(|(a, b)| a.section == b.section && a.slug == b.slug);
            if same {
                return ids.to_vec();
            }
        }
        site.records
            .iter()
            .map(|r| {
                let next = self.0.len() as u32;
                *self.0.entry((r.section, r.slug.clone())).or_insert(next)
            })
            .collect()
    }
}

/// A page under its stable name.
pub fn stable_page(page: Page, ids: &[u32]) -> Page {
    match page {
        Page::Record(lang, i) => Page::Record(lang, ids[i] as usize),
        other => other,
    }
}

/// A dependency under its stable name.
pub fn stable_dep(dep: Dep, ids: &[u32]) -> Dep {
    match dep {
        Dep::Record(i, part) => Dep::Record(ids[i] as usize, part),
        other => other,
    }
}

/// What one page wrote and read, under stable names.
struct Entry {
    paths: Vec<String>,
    deps: Vec<Dep>,
}

/// Every page of the last good build: its files and what it read, and for
/// each thing read, the pages that read it.
#[derive(Default)]
pub struct PageIndex {
    pages: FxHashMap<Page, Entry>,
    /// Pages by what they read. An entry may name a page that no longer
    /// reads it (it is checked against the page's own list), never the reverse.
    readers: FxHashMap<Dep, Vec<Page>>,
}

/// What to do about an edit: the pages to render (by index in the new site)
/// and the pages that are gone (by stable name).
pub struct Plan {
    /// Pages to render: new ones, and those that read something that changed.
    pub render: HashSet<Page>,
    /// Pages the site no longer has.
    pub gone: Vec<Page>,
}

impl PageIndex {
    /// The plan for a site whose pages are `pages` (indices of the new site,
    /// whose stable ids are `ids`) after the inputs `changed` changed.
    /// `same` says that the site has the very pages of the last build, under
    /// the same indices: then no page is new or gone, and only what changed
    /// is looked up.
    pub fn plan(
        &self,
        pages: &[Page],
        ids: &[u32],
        changed: &HashSet<Dep>,
        same: Option<&FxHashMap<u32, usize>>,
    ) -> Plan {
        if let Some(index) = same {
            let render = changed
                .iter()
                .flat_map(|dep| self.readers(dep))
                .filter_map(|page| match page {
                    Page::Record(lang, id) => Some(Page::Record(lang, *index.get(&(id as u32))?)),
                    other => Some(other),
                })
                .collect();
            return Plan {
                render,
                gone: Vec::new(),
            };
        }
        let now: FxHashMap<Page, Page> = pages.iter().map(|&p| (stable_page(p, ids), p)).collect();
        let mut render: HashSet<Page> = now
            .iter()
            .filter(|(stable, _)| !self.pages.contains_key(stable))
            .map(|(_, &page)| page)
            .collect();
        for dep in changed {
            render.extend(
                self.readers(dep)
                    .filter_map(|reader| now.get(&reader).copied()),
            );
        }
        let gone = self
            .pages
            .keys()
            .filter(|p| !now.contains_key(p))
            .copied()
            .collect();
        Plan { render, gone }
    }

    /// The pages (by stable name) that read `dep` when they last rendered.
    fn readers<'a>(&'a self, dep: &'a Dep) -> impl Iterator<Item = Page> + 'a {
        self.readers
            .get(dep)
            .into_iter()
            .flatten()
            .filter(move |page| {
                self.pages
                    .get(page)
                    .is_some_and(|e| e.deps.binary_search(dep).is_ok())
            })
            .copied()
    }

    /// Forgets the pages that are gone; returns the paths they wrote.
    pub fn forget(&mut self, gone: &[Page]) -> Vec<String> {
        gone.iter()
            .filter_map(|p| self.pages.remove(p))
            .flat_map(|e| e.paths)
            .collect()
    }

    /// Takes in freshly rendered pages (indices of the site whose stable ids
    /// are `ids`), moving their files to `files`; returns the paths that a
    /// page wrote before and no longer writes.
    pub fn record(
        &mut self,
        rendered: Vec<Rendered>,
        ids: &[u32],
        files: &mut Vec<OutputFile>,
    ) -> Vec<String> {
        let mut removed = Vec::new();
        for done in rendered {
            let page = stable_page(done.page, ids);
            let paths: Vec<String> = done.files.iter().map(|f| f.path.clone()).collect();
            let mut deps: Vec<Dep> = done.deps.iter().map(|&d| stable_dep(d, ids)).collect();
            deps.sort_unstable();
            deps.dedup();
            let old = self.pages.remove(&page);
            let old_deps = old.as_ref().map_or(&[][..], |e| &e.deps[..]);
            for dep in &deps {
                if old_deps.binary_search(dep).is_err() {
                    self.readers.entry(*dep).or_default().push(page);
                }
            }
            if let Some(old) = old {
                removed.extend(old.paths.into_iter().filter(|p| !paths.contains(p)));
            }
            files.extend(done.files);
            self.pages.insert(page, Entry { paths, deps });
        }
        removed
    }
}
