//! Publishing files: each record's images in their sizes and formats, its
//! attachments and the site's `static/` folder as they are, handed to the
//! writer a few records at a time so that a site's files never all sit in
//! memory; and the warning for a file too large for a page.

use std::path::Path;

use walkdir::WalkDir;

use super::images::{self, Cache, Stats};
use super::{Asset, Bundle, Kind};
use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics, relative};
use crate::model::Site;
use crate::output::OutputFile;
use crate::text;

/// Records whose files go to the writer together.
const BATCH: usize = 32;

/// The site-wide folder published as it is, under the site root.
pub const STATIC_DIR: &str = "static";

/// Every record's folder.
pub fn bundles(site: &Site) -> Vec<Bundle<'_>> {
    site.records
        .iter()
        .filter(|r| !r.files.is_empty())
        .map(|r| Bundle {
            files: &r.files,
            section: r.section,
            slug: &r.slug,
        })
        .collect()
}

/// Hands every file of records' folders and of `static/` to `take`: images
/// made (or, with `plan`, only named, with no bytes), attachments and static
/// files read from disk. Errors go to `diags`.
pub fn publish(
    root: &Path,
    site: &Site,
    plan: bool,
    stats: &Stats,
    diags: &mut Diagnostics,
    take: &mut dyn FnMut(Vec<OutputFile>),
) {
    let cache = Cache::new(root);
    for chunk in bundles(site).chunks(BATCH) {
        let mut batch = if plan {
            planned(chunk)
        } else {
            let (files, errors) = cache.produce(chunk, stats);
            for (path, message) in errors {
                diags.push(
                    Diagnostic::error(&*path, message)
                        .with_help(text!("media-cannot-make-image-help")),
                );
            }
            files
        };
        for bundle in chunk {
            for asset in bundle.files.iter().filter(|a| a.picture().is_none()) {
                batch.push(OutputFile {
                    path: bundle.output_path(&asset.name),
                    bytes: if plan { Vec::new() } else { read(asset, diags) },
                });
            }
        }
        take(batch);
    }
    take(statics(root, diags));
}

/// The output paths of every image variant of `bundles`, without bytes.
fn planned(bundles: &[Bundle]) -> Vec<OutputFile> {
    bundles
        .iter()
        .flat_map(|b| {
            b.files.iter().filter_map(move |a| {
                let p = a.picture()?;
                let all = [images::Format::Avif, images::fallback(p)]
                    .into_iter()
                    .flat_map(move |f| images::variants(b, a, p, f));
                Some(all.map(|v| OutputFile {
                    path: v.path,
                    bytes: Vec::new(),
                }))
            })
        })
        .flatten()
        .collect()
}

fn read(asset: &Asset, diags: &mut Diagnostics) -> Vec<u8> {
    std::fs::read(&asset.full).unwrap_or_else(|err| {
        diags.push(
            Diagnostic::error(
                &*asset.path,
                text!("media-cannot-read-file", error = err.to_string()),
            )
            .with_help(text!("media-cannot-read-file-help")),
        );
        Vec::new()
    })
}

/// The files of the site's `static/` folder, at the same paths in the
/// output; hidden files are left out, and a link leading outside the site
/// is refused.
pub fn statics(root: &Path, diags: &mut Diagnostics) -> Vec<OutputFile> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return Vec::new();
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let walker = WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
    let mut files = Vec::new();
    for entry in walker {
        let Ok(entry) = entry else {
            continue;
        };
        let rel = relative(root, entry.path());
        let outside = entry.path_is_symlink()
            && entry
                .path()
                .canonicalize()
                .is_ok_and(|t| !t.starts_with(&canonical_root));
        if outside {
            diags.push(
                Diagnostic::error(&rel, text!("media-link-outside"))
                    .with_help(text!("media-link-outside-help")),
            );
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(inside) = entry.path().strip_prefix(&dir) else {
            continue;
        };
        match std::fs::read(entry.path()) {
            Ok(bytes) => files.push(OutputFile {
                path: inside.to_string_lossy().replace('\\', "/"),
                bytes,
            }),
            Err(err) => diags.push(
                Diagnostic::error(
                    &rel,
                    text!("media-cannot-read-file", error = err.to_string()),
                )
                .with_help(text!("media-cannot-read-static-help")),
            ),
        }
    }
    files
}

/// A warning for each record's file larger than `site.yaml`'s
/// `media.warn_above_mb`.
pub fn oversized(site: &Site, diags: &mut Diagnostics) {
    let limit = site.config.media.warn_above_mb;
    for record in &site.records {
        for asset in record.files.iter() {
            let mb = asset.size as f64 / 1e6;
            if mb > limit {
                let what = match asset.kind {
                    Kind::Image(_) => text!("media-an-image"),
                    Kind::Attachment(_) => text!("media-a-file"),
                };
                diags.push(
                    Diagnostic::warning(
                        &*asset.path,
                        Text::new("media-oversized")
                            .arg("what", what)
                            .arg("size", format!("{mb:.1}"))
                            .arg("limit", limit.to_string()),
                    )
                    .with_help(text!("media-oversized-help")),
                );
            }
        }
    }
}
