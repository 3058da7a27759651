//! Publishing files: each record's images in their sizes and formats, its
//! attachments and the site's `static/` folder as they are, handed to the
//! writer a few records at a time so that a site's files never all sit in
//! memory; and the warning for a file too large for a page.

use std::path::Path;

use walkdir::WalkDir;

use super::images::{self, Cache, Stats};
use super::{Asset, Bundle, Kind};
use crate::diag::{Diagnostic, Diagnostics, relative};
use crate::model::Site;
use crate::output::OutputFile;

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
                        .with_help("save the image again as JPEG, PNG or WebP, or replace it"),
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
            Diagnostic::error(&*asset.path, format!("cannot read the file: {err}"))
                .with_help("check that the file exists and that its permissions let it be read"),
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
                Diagnostic::error(&rel, "this link points outside the site")
                    .with_help("copy the file into static/ instead of linking to it"),
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
                Diagnostic::error(&rel, format!("cannot read the file: {err}"))
                    .with_help("check that its permissions let it be read"),
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
                    Kind::Image(_) => "image",
                    Kind::Attachment(_) => "file",
                };
                diags.push(
                    Diagnostic::warning(&*asset.path, format!("this {what} is {mb:.1} MB, more than the {limit} MB set for a file (media.warn_above_mb)"))
                        .with_help("make it smaller (a PDF saved for the web, a photo of at most 4000 pixels), or raise media.warn_above_mb in content/site.yaml"),
                );
            }
        }
    }
}
