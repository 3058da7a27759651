//! Search: builds a [Pagefind](https://pagefind.app) bundle from the rendered
//! pages, in process.
//!
//! The build keeps every rendered page for it ([`Page`]); [`index`] reads
//! those pages, and what it can take of the last bundle, and returns the bundle (the search indexes, Pagefind's JavaScript, its
//! WebAssembly and its UI) as more [`OutputFile`]s under the bundle directory,
//! for the atomic writer to put in place with everything else.
//!
//! Pagefind keeps one index per language, keyed by the lowercased `lang`
//! attribute of each page's `<html>` element: Chinese pages
//! (`<html lang="zh-Hans">`) go into the `zh-hans` index and English pages into
//! the `en` one, so a search on a Chinese page searches Chinese pages only. The
//! `extended` feature segments Chinese text into words (ICU4X's dictionary
//! segmenter, which agrees closely with the browser's `Intl.Segmenter` that
//! segments the query) and also indexes each pair of neighbouring characters
//! within and across those words, so 锂电 finds 锂电池 (segmented 锂|电池).
//!
//! What is indexed is up to the theme, through Pagefind's attributes: once any
//! page of a language has a `data-pagefind-body` element, only that language's
//! pages with one are indexed, and only that element's content;
//! `data-pagefind-ignore` leaves an element out; `data-pagefind-weight` weights
//! it; `data-pagefind-filter` and `data-pagefind-meta` attach filters and
//! result tags. `<nav>`, `<footer>`, `<form>`, `<label>`, `<script>`,
//! `<style>` and `<head>` are never indexed.
//! Pages marked `<meta name="robots" content="noindex">` (untranslated
//! fallbacks) and files that are not HTML are skipped here, before Pagefind
//! sees them.
//!
//! The output is deterministic: the same pages give byte-identical bundles,
//! whatever order they come in.

use std::collections::BTreeMap;

use pagefind::api::{PagefindIndex, SyntheticFile};
use pagefind::options::PagefindServiceConfig;

use crate::catalogue::Text;
use crate::output::OutputFile;
use crate::text;

mod html;
mod page;
mod shards;

pub use page::Page;

/// Where the bundle goes, relative to the output directory, unless told
/// otherwise. Pagefind's scripts find their index relative to themselves, and
/// take the site's base path from the part of the URL before `/pagefind/`.
pub const BUNDLE_DIR: &str = "pagefind";

/// The name of the bundle's entry file, which lists the language indexes.
pub const ENTRY_FILE: &str = "pagefind-entry.json";

/// The files of the bundle the last build made, by path relative to the
/// output (`pagefind/shards/en-0.json`), as far as that build's writer vouches
/// for them: the shards whose pages did not change are taken from there.
pub type Previous<'a> = &'a (dyn Fn(&str) -> Option<Vec<u8>> + Sync);

/// No bundle before: every shard is indexed.
pub fn nothing_before(_: &str) -> Option<Vec<u8>> {
    None
}

/// Builds the Pagefind bundle of the HTML pages among `files` and returns its
/// files, with paths under `bundle_dir` (e.g. `pagefind/pagefind-ui.js`),
/// sorted by path.
///
/// Pages are indexed in path order, so the bundle does not depend on the order
/// of `files`. A page's search URL is its path with a trailing `index.html`
/// cut off (`en/parks/ganhe/index.html` → `/en/parks/ganhe/`). Files under
/// `bundle_dir`, files not ending in `.html` and pages with a robots `noindex`
/// are skipped.
///
/// Each language's pages are split into shards by a hash of their path (see
/// [`shards`]); each shard is a Pagefind index of its own, and the search page
/// merges its language's shards in the browser. A shard whose pages are the
/// same as those of the shard of the same name in `previous` is taken from
/// there as it was; the others are indexed, on as many threads as there are
/// cores. Pages without a `lang` join the language with the most pages, as
/// Pagefind does. Pagefind's `data-pagefind-body` rule (once a page has one,
/// pages without one are left out) applies within each language.
///
/// Returns what went wrong if indexing fails.
pub fn index(
    pages: &[Page],
    bundle_dir: &str,
    previous: Previous,
) -> Result<Vec<OutputFile>, IndexError> {
    index_in_shards_of(pages, bundle_dir, previous, shards::target_pages())
}

/// [`index`], with shards of about `shard_pages` pages.
fn index_in_shards_of(
    pages: &[Page],
    bundle_dir: &str,
    previous: Previous,
    shard_pages: usize,
) -> Result<Vec<OutputFile>, IndexError> {
    let bundle_dir = bundle_dir.trim_matches('/');
    if bundle_dir.is_empty() {
        return Err(IndexError(text!("output-search-no-dir")));
    }
    let prefix = format!("{bundle_dir}/");
    let mut pages: Vec<&Page> = pages
        .iter()
        .filter(|p| p.path.ends_with(".html") && !p.path.starts_with(&prefix))
        .filter(|p| !p.noindex)
        .collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));

    // Pagefind reads the working directory when it starts and panics if it
    // cannot; it resolves nothing against it when handed pages in memory.
    std::env::current_dir().map_err(|e| {
        let error = crate::output::io_error(&e);
        IndexError(text!("output-search-working-dir", error = error))
    })?;

    let plans = shards::plan(by_language(pages), shard_pages);
    shards::assemble(plans, bundle_dir, previous)
}

/// Why the search index could not be built: a message of the catalogue,
/// most often quoting Pagefind's own error.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexError(Text);

impl IndexError {
    /// Pagefind (or the JSON it wrote) failed: its own words.
    fn pagefind(error: impl std::fmt::Display) -> IndexError {
        IndexError(text!("output-search-pagefind", error = error.to_string()))
    }

    /// Pagefind failed on the file `path`.
    fn in_file(path: &str, error: impl std::fmt::Display) -> IndexError {
        let error = error.to_string();
        IndexError(text!("output-search-in-file", path = path, error = error))
    }

    /// What went wrong, to be put into the user's language.
    pub fn text(&self) -> &Text {
        &self.0
    }

    /// What went wrong.
    pub fn into_text(self) -> Text {
        self.0
    }
}

/// In English, for a caller that has no language at hand.
impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.render(crate::catalogue::Lang::En))
    }
}

/// Pagefind's `pagefind-entry.json`, with its fields in Pagefind's order.
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    /// Pagefind's version.
    version: String,
    /// Each language's index.
    languages: BTreeMap<String, EntryLanguage>,
    /// Characters that count as parts of words.
    include_characters: Vec<char>,
}

/// One language's index in [`Entry`].
#[derive(serde::Serialize, serde::Deserialize)]
struct EntryLanguage {
    /// The hash naming the language's meta index file.
    hash: String,
    /// The language whose WebAssembly (with its stemmer) to load, if any.
    wasm: Option<String>,
    /// How many pages the index holds.
    page_count: usize,
}

/// The pages grouped by the lowercased `lang` of their `<html>`, in language
/// order, each group in path order. Pages without one join the language with
/// the most pages (the first of those, on a tie), as Pagefind would put them.
/// Within a language where some page has a `data-pagefind-body`, the pages
/// without one are left out, as Pagefind leaves them out.
fn by_language(pages: Vec<&Page>) -> BTreeMap<String, Vec<&Page>> {
    let mut groups: BTreeMap<String, Vec<&Page>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for page in pages {
        match &page.lang {
            Some(lang) => groups.entry(lang.clone()).or_default().push(page),
            None => unknown.push(page),
        }
    }
    if !unknown.is_empty() {
        let largest = groups
            .iter()
            .rev()
            .max_by_key(|(_, pages)| pages.len())
            .map(|(lang, _)| lang.clone());
        let group = groups.entry(largest.unwrap_or_default()).or_default();
        group.extend(unknown);
        group.sort_by(|a, b| a.path.cmp(&b.path));
    }
    for group in groups.values_mut() {
        if group.iter().any(|p| p.body) {
            group.retain(|p| p.body);
        }
    }
    groups
}

/// The Pagefind bundle of `pages`, all in language `lang` (unless it is
/// empty: then Pagefind's `unknown`), built by one Pagefind index on a
/// current-thread Tokio runtime of its own (Pagefind's API is async).
fn bundle_of(lang: &str, pages: &[&Page]) -> Result<Vec<SyntheticFile>, IndexError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| IndexError(text!("output-search-runtime", error = e.to_string())))?;
    runtime.block_on(async {
        // What Pagefind reads from the pages' own `lang`, said outright so that
        // a page without one gets its language's index in whichever shard it
        // falls.
        let config = match lang {
            "" => PagefindServiceConfig::builder().build(),
            lang => PagefindServiceConfig::builder()
                .force_language(lang.to_string())
                .build(),
        };
        let mut index = PagefindIndex::new(Some(config)).map_err(IndexError::pagefind)?;
        for page in pages {
            index
                .add_html_file(Some(page.path.clone()), None, page.html())
                .await
                .map_err(|e| IndexError::in_file(&page.path, e))?;
        }
        index.get_files().await.map_err(IndexError::pagefind)
    })
}

#[cfg(test)]
mod tests;
