//! What content says of files, checked at the Markdown line that says it:
//! a relative link or image names a file of the record's folder, an image is
//! an image with alt text (or `![""](…)`, marking it decorative), an image
//! comes from the site itself, and an anchor of the page is one of its
//! headings; and each of a data file's `photos` is an image of the record's
//! folder. `build`, `check` and `serve` all run it with validation.

use crate::text;
use rayon::prelude::*;

use super::{Bundle, decode_fragment, file_name};
use crate::catalogue::Text as Message;
use crate::content::Text;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::i18n::Lang;
use crate::markdown::Link;
use crate::model::Site;

/// The alt text that marks an image as decorative: `![""](divider.png)`.
pub const DECORATIVE: &str = "\"\"";

/// Checks every link and image of every published text and introduction.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    let texts = site.records.par_iter().flat_map_iter(|record| {
        let bundle = Bundle {
            files: &record.files,
            section: record.section,
            slug: &record.slug,
        };
        Lang::ALL
            .into_iter()
            .filter_map(move |lang| Some((record.texts[lang.index()].as_deref()?, Some(bundle))))
    });
    let intros = site.intros.par_iter().map(|(_, text)| (&**text, None));
    let found: Vec<Diagnostic> = texts
        .chain(intros)
        .flat_map_iter(|(text, bundle)| {
            text.outline.links.iter().filter_map(move |link| {
                let (message, help) = fault(text, link, bundle)?;
                Some(
                    Diagnostic::error(&*text.path, message)
                        .at_offset(&text.source, link.at, link.len)
                        .with_help(help),
                )
            })
        })
        .collect();
    for diag in found {
        let path = diag.path.clone();
        diags.push_capped(&path, text!("diag-kind-broken-links"), || diag);
    }
    for record in &site.records {
        if let Some((path, src)) = &record.data_file {
            let bundle = Bundle {
                files: &record.files,
                section: record.section,
                slug: &record.slug,
            };
            let photos = record.photos();
            for (i, photo) in photos.iter().enumerate() {
                let Some((message, help)) = photo_fault(&photo.file, bundle) else {
                    continue;
                };
                let n = photos[..i].iter().filter(|p| p.file == photo.file).count();
                let (at, len) =
                    crate::yaml::locate_nth(src, "file", n, |v| v == photo.file).unwrap_or((0, 1));
                diags.push(
                    Diagnostic::error(
                        &**path,
                        text!("media-photo-file", index = i.to_string(), problem = message),
                    )
                    .at_offset(src, at, len)
                    .with_help(help),
                );
            }
        }
    }
}

/// What is wrong with a photo a data file names, as a message and help.
fn photo_fault(name: &str, bundle: Bundle) -> Option<(Message, Message)> {
    let folder = format!("content/{}/{}/", bundle.section.name(), bundle.slug);
    let Some(asset) = bundle.get(name) else {
        let names = bundle
            .files
            .iter()
            .filter(|f| f.picture().is_some())
            .map(|f| f.name.as_str());
        let help = match closest(name, names) {
            Some(best) => text!("media-did-you-mean", name = best),
            None => text!("media-no-such-photo-help", folder = &folder),
        };
        return Some((
            text!("media-no-such-file", name = name, folder = &folder),
            help,
        ));
    };
    asset.picture().is_none().then(|| {
        (
            text!("media-not-an-image", name = name),
            text!("media-photo-not-an-image-help"),
        )
    })
}

/// What is wrong with one link or image of `text`, as a message and help.
fn fault(text: &Text, link: &Link, bundle: Option<Bundle>) -> Option<(Message, Message)> {
    let dest = link.dest.as_str();
    if let Some(fragment) = dest.strip_prefix('#') {
        let id = decode_fragment(fragment);
        let ids = &text.outline.ids;
        return (!fragment.is_empty() && !ids.iter().any(|i| *i == id)).then(|| {
            let help = did_you_mean(&id, ids.iter().map(String::as_str)).map_or_else(
                || text!("media-broken-anchor-help"),
                |best| text!("media-did-you-mean", name = format!("#{best}")),
            );
            (text!("media-broken-anchor", id = &*id), help)
        });
    }
    let Some(name) = file_name(dest) else {
        let remote =
            dest.starts_with("http:") || dest.starts_with("https:") || dest.starts_with("//");
        return (link.alt.is_some() && remote).then(|| {
            (
                text!("media-remote-image", dest = dest),
                text!("media-remote-image-help"),
            )
        });
    };
    let Some(bundle) = bundle else {
        return Some((
            text!("media-intro-file", name = &name),
            text!("media-intro-file-help"),
        ));
    };
    let folder = format!("content/{}/{}/", bundle.section.name(), bundle.slug);
    let Some(asset) = bundle.find(dest) else {
        let names = bundle.files.iter().map(|f| f.name.as_str());
        let help = match closest(&name, names) {
            Some(best) => text!("media-did-you-mean", name = best),
            None if name.starts_with("../") => text!("media-relative-path-help"),
            None => text!("media-no-such-file-help", folder = &folder),
        };
        return Some((
            text!("media-no-such-file", name = &name, folder = &folder),
            help,
        ));
    };
    let alt = link.alt.as_deref()?;
    if asset.picture().is_none() {
        return Some((
            text!("media-not-an-image", name = &name),
            text!("media-not-an-image-help"),
        ));
    }
    alt.trim().is_empty().then(|| {
        (
            text!("media-no-alt"),
            text!("media-no-alt-help", decorative = DECORATIVE),
        )
    })
}

/// The name of the folder `name` most likely meant: the same but for upper
/// and lower case (`厂房.JPG` for `厂房.jpg`), or else a near spelling.
fn closest<'n>(name: &str, names: impl Iterator<Item = &'n str> + Clone) -> Option<&'n str> {
    let lower = name.to_lowercase();
    names
        .clone()
        .find(|n| n.to_lowercase() == lower)
        .or_else(|| did_you_mean(name, names))
}
