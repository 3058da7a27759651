//! Shards: each language's pages split by a hash of their path into Pagefind
//! indexes of about a thousand pages each, so that indexing holds one shard
//! per core in memory at a time and an edit indexes again only the shards
//! whose pages changed. The search page merges its language's shards in the browser with
//! Pagefind's own `mergeIndex`.
//!
//! The first shard of each language is the bundle's root (Pagefind's scripts,
//! `pagefind-entry.json` listing every language, and that shard's index); the
//! others are `<lang>-<n>/` beside it, each with an entry of its own, listed
//! for the search page in `shards.json`. Each shard leaves a stamp,
//! `shards/<lang>-<n>.json`: a hash of the pages it indexed and the files it
//! made, by which the next build finds it unchanged and takes it as it was.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::output::OutputFile;
use crate::text;

use super::{ENTRY_FILE, Entry, IndexError, Page, Previous, bundle_of};

/// The file that tells the search page which shards to merge: for each
/// language, the directories of its shards after the root one.
const LIST_FILE: &str = "shards.json";

/// About how many pages a shard holds, unless `ZONESITE_SEARCH_SHARD_PAGES`
/// says otherwise: small enough that an edit indexes again a second's worth of
/// pages, large enough that the search page merges few indexes.
const TARGET_PAGES: usize = 1000;

/// The shard size to use: [`TARGET_PAGES`], or a positive number from
/// `ZONESITE_SEARCH_SHARD_PAGES` (to compare sizes, or to make one index
/// per language with a very large one).
pub fn target_pages() -> usize {
    std::env::var("ZONESITE_SEARCH_SHARD_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(TARGET_PAGES)
}

/// A shard to make: its language, number and pages, and the hash of all that.
pub struct Plan<'a> {
    lang: String,
    number: usize,
    pages: Vec<&'a Page>,
    inputs: String,
}

impl Plan<'_> {
    /// The root shard of its language: the one the search page loads first.
    fn is_root(&self) -> bool {
        self.number == 0
    }

    /// Its name: `zh-hans-3`.
    fn name(&self) -> String {
        format!("{}-{}", file_name(&self.lang), self.number)
    }
}

/// A language as it may appear in a file name: Pagefind's `unknown` when
/// there is none, as it is when made of ASCII letters, digits and `-`, and
/// otherwise those kept and a hash of the whole appended, so that no two
/// languages share a name.
fn file_name(lang: &str) -> String {
    if lang.is_empty() {
        return "unknown".into();
    }
    if lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return lang.into();
    }
    let kept: String = lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let hash = xxhash_rust::xxh3::xxh3_64(lang.as_bytes());
    format!("{kept}-{:08x}", hash >> 32)
}

/// The shards of each language's pages (each in path order): a power of two
/// of them, about `target` pages each, a page in the shard its path's hash
/// gives. The count changes only when a language's pages double or halve, so
/// adding a page changes one shard (unless it fills an empty one: empty shards
/// are dropped and the others numbered in order, the first being the
/// language's root, so the shards after it are renumbered and made again).
pub fn plan(languages: BTreeMap<String, Vec<&Page>>, target: usize) -> Vec<Plan<'_>> {
    let mut plans = Vec::new();
    for (lang, pages) in languages {
        let count = pages
            .len()
            .div_ceil(target.max(1))
            .max(1)
            .next_power_of_two();
        let mut buckets: Vec<Vec<&Page>> = vec![Vec::new(); count];
        for page in pages {
            let bucket = xxhash_rust::xxh3::xxh3_64(page.path.as_bytes()) % count as u64;
            buckets[bucket as usize].push(page);
        }
        for (number, pages) in buckets.into_iter().filter(|b| !b.is_empty()).enumerate() {
            let mut hasher = xxhash_rust::xxh3::Xxh3::new();
            for part in [env!("CARGO_PKG_VERSION"), &lang, &number.to_string()] {
                hasher.update(part.as_bytes());
                hasher.update(&[0]);
            }
            for page in &pages {
                hasher.update(&(page.path.len() as u64).to_le_bytes());
                hasher.update(page.path.as_bytes());
                hasher.update(&page.digest.to_le_bytes());
            }
            plans.push(Plan {
                inputs: format!("{:032x}", hasher.digest128()),
                lang: lang.clone(),
                number,
                pages,
            });
        }
    }
    plans
}

/// What a shard leaves beside its files, to be found unchanged next time.
#[derive(serde::Serialize, serde::Deserialize)]
struct Stamp {
    /// The hash of the shard's language, number and pages.
    inputs: String,
    /// Its entry: merged into the root's for a root shard.
    entry: Entry,
    /// Its files, relative to the bundle directory, in order.
    files: Vec<String>,
}

/// A shard made or taken from before: its stamp and files (paths relative
/// to the bundle directory).
struct Made {
    stamp: Stamp,
    files: Vec<(String, Vec<u8>)>,
}

/// The whole bundle from the shards: those unchanged since `previous` taken
/// from it, the others indexed on every core, then the root's shared files
/// and merged entry, the list of shards and the stamps.
pub fn assemble(
    plans: Vec<Plan>,
    bundle_dir: &str,
    previous: Previous,
) -> Result<Vec<OutputFile>, IndexError> {
    let mut made: Vec<Option<Made>> = plans
        .iter()
        .map(|plan| reuse(plan, bundle_dir, previous))
        .collect();
    let todo: Vec<usize> = (0..plans.len()).filter(|&i| made[i].is_none()).collect();
    for (i, shard) in index_all(&plans, &todo)? {
        made[i] = Some(shard);
    }
    // Shards taken from a build by another Pagefind (zonesite built with
    // another release of it) are made again, so that the search page never
    // merges indexes of two formats.
    if let Some(version) = todo
        .first()
        .and_then(|&i| made[i].as_ref())
        .map(|shard| shard.stamp.entry.version.clone())
    {
        let older: Vec<usize> = (0..plans.len())
            .filter(|&i| {
                made[i]
                    .as_ref()
                    .is_some_and(|m| m.stamp.entry.version != version)
            })
            .collect();
        for (i, shard) in index_all(&plans, &older)? {
            made[i] = Some(shard);
        }
    }
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut root: Option<Entry> = None;
    let mut merged: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (plan, shard) in plans.iter().zip(made.into_iter().flatten()) {
        let stamp = serde_json::to_vec(&shard.stamp).map_err(IndexError::pagefind)?;
        files.insert(format!("shards/{}.json", plan.name()), stamp);
        files.extend(shard.files);
        if plan.is_root() {
            let Stamp { entry, .. } = shard.stamp;
            match root.as_mut() {
                Some(root) => root.languages.extend(entry.languages),
                None => root = Some(entry),
            }
        } else {
            let list = merged.entry(plan.lang.clone()).or_default();
            list.push(format!("{}/", plan.name()));
        }
    }
    let root = match root {
        Some(root) => root,
        // No page to index: Pagefind's scripts and an entry without languages.
        None => {
            let shard = split(bundle_of("", &[])?, true, "")?;
            files.extend(shard.files);
            shard.stamp.entry
        }
    };
    files.insert(
        ENTRY_FILE.into(),
        serde_json::to_vec(&root).map_err(IndexError::pagefind)?,
    );
    files.insert(
        LIST_FILE.into(),
        serde_json::to_vec(&merged).map_err(IndexError::pagefind)?,
    );
    Ok(files
        .into_iter()
        .map(|(path, bytes)| OutputFile {
            path: format!("{bundle_dir}/{path}"),
            bytes,
        })
        .collect())
}

/// The shard as `previous` holds it, if its stamp says it indexed the same
/// pages and every file it lists is there.
fn reuse(plan: &Plan, bundle_dir: &str, previous: Previous) -> Option<Made> {
    let stamp = previous(&format!("{bundle_dir}/shards/{}.json", plan.name()))?;
    let stamp: Stamp = serde_json::from_slice(&stamp).ok()?;
    if stamp.inputs != plan.inputs {
        return None;
    }
    let files = stamp
        .files
        .iter()
        .map(|path| Some((path.clone(), previous(&format!("{bundle_dir}/{path}"))?)))
        .collect::<Option<Vec<_>>>()?;
    Some(Made { stamp, files })
}

/// Indexes the shards `todo` of `plans`, on as many threads as there are
/// cores (each holds one shard's index in memory at a time), largest first.
fn index_all(plans: &[Plan], todo: &[usize]) -> Result<Vec<(usize, Made)>, IndexError> {
    let mut queue = todo.to_vec();
    queue.sort_by_key(|&i| std::cmp::Reverse(plans[i].pages.len()));
    let queue = Mutex::new(queue.into_iter());
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(todo.len());
    let next = || queue.lock().unwrap_or_else(|e| e.into_inner()).next();
    let results: Vec<Result<Vec<(usize, Made)>, IndexError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(i) = next() {
                        let plan = &plans[i];
                        let files = bundle_of(&plan.lang, &plan.pages)?;
                        let mut shard = split(files, plan.is_root(), &plan.name())?;
                        shard.stamp.inputs = plan.inputs.clone();
                        done.push((i, shard));
                    }
                    Ok(done)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(IndexError(text!("output-search-panicked"))))
            })
            .collect()
    });
    let mut all = Vec::new();
    for result in results {
        all.extend(result?);
    }
    Ok(all)
}

/// A shard's files as Pagefind made them, placed: a root shard keeps them
/// all at the bundle's root but for its entry (merged with the other
/// languages'); another keeps its entry and index files, under `dir/`, and
/// leaves out Pagefind's scripts, which the root has.
fn split(
    files: Vec<pagefind::api::SyntheticFile>,
    root: bool,
    dir: &str,
) -> Result<Made, IndexError> {
    let mut entry = None;
    let mut kept = Vec::new();
    for file in files {
        let path: Vec<String> = file
            .filename
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let path = path.join("/");
        let is_index = path == ENTRY_FILE
            || path.ends_with(".pf_meta")
            || ["index/", "fragment/", "filter/"]
                .iter()
                .any(|d| path.starts_with(d));
        if path == ENTRY_FILE {
            entry = Some(
                serde_json::from_slice(&file.contents)
                    .map_err(|e| IndexError::in_file(ENTRY_FILE, e))?,
            );
        }
        if root && path != ENTRY_FILE {
            kept.push((path, file.contents));
        } else if !root && is_index {
            kept.push((format!("{dir}/{path}"), file.contents));
        }
    }
    let entry =
        entry.ok_or_else(|| IndexError(text!("output-search-no-entry", file = ENTRY_FILE)))?;
    kept.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Made {
        stamp: Stamp {
            inputs: String::new(),
            entry,
            files: kept.iter().map(|(path, _)| path.clone()).collect(),
        },
        files: kept,
    })
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn no_two_languages_share_a_file_name() {
        assert_eq!(file_name("zh-hans"), "zh-hans");
        assert_eq!(file_name(""), "unknown");
        let names = ["en-us", "en_us", "en.us", "中文", "日本", "x"].map(file_name);
        for (i, a) in names.iter().enumerate() {
            assert!(
                a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{a}"
            );
            assert!(
                names[i + 1..].iter().all(|b| b != a),
                "{a} twice in {names:?}"
            );
        }
    }
}
