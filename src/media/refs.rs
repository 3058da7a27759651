//! What content says of files, checked at the Markdown line that says it:
//! a relative link or image names a file of the record's folder, an image is
//! an image with alt text (or `![""](…)`, marking it decorative), an image
//! comes from the site itself, and an anchor of the page is one of its
//! headings; and each of a data file's `photos` is an image of the record's
//! folder. `build`, `check` and `serve` all run it with validation.

use crate::text;
use rayon::prelude::*;

use super::{Bundle, decode_fragment, file_name};
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
                    Diagnostic::error(&**path, format!("photos[{i}].file: {message}"))
                        .at_offset(src, at, len)
                        .with_help(help),
                );
            }
        }
    }
}

/// What is wrong with a photo a data file names, as a message and help.
fn photo_fault(name: &str, bundle: Bundle) -> Option<(String, String)> {
    let folder = format!("content/{}/{}/", bundle.section.name(), bundle.slug);
    let Some(asset) = bundle.get(name) else {
        let names = bundle
            .files
            .iter()
            .filter(|f| f.picture().is_some())
            .map(|f| f.name.as_str());
        let help = match closest(name, names) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "put the image in {folder} and write its name as it is there, upper and lower case too"
            ),
        };
        return Some((format!("there is no file `{name}` in {folder}"), help));
    };
    asset.picture().is_none().then(|| {
        (
            format!("`{name}` is not an image"),
            "a photo is a JPEG, PNG or WebP image; offer a document by linking to it in the text, [its title](file)".to_string(),
        )
    })
}

/// What is wrong with one link or image of `text`, as a message and help.
fn fault(text: &Text, link: &Link, bundle: Option<Bundle>) -> Option<(String, String)> {
    let dest = link.dest.as_str();
    if let Some(fragment) = dest.strip_prefix('#') {
        let id = decode_fragment(fragment);
        let ids = &text.outline.ids;
        return (!fragment.is_empty() && !ids.iter().any(|i| *i == id)).then(|| {
            let help = did_you_mean(&id, ids.iter().map(String::as_str)).map_or_else(
                || "an anchor names a heading of this text; link to another record's heading with @/<section>/<slug>#<heading>".to_string(),
                |best| format!("did you mean `#{best}`?"),
            );
            (format!("broken anchor: this text has no heading `#{id}`"), help)
        });
    }
    let Some(name) = file_name(dest) else {
        let remote =
            dest.starts_with("http:") || dest.starts_with("https:") || dest.starts_with("//");
        return (link.alt.is_some() && remote).then(|| {
            (
                format!("the image `{dest}` is on another site"),
                "a page loads nothing from other sites: save the image in the record's folder and write its name, e.g. ![…](photo.jpg)".to_string(),
            )
        });
    };
    let Some(bundle) = bundle else {
        return Some((
            format!("`{name}` is not a file this page can link to"),
            "a section's introduction has no folder of files: link to a record (@/<section>/<slug>), a page of the site (/about/) or put the file in static/ and link to /<its path>".to_string(),
        ));
    };
    let folder = format!("content/{}/{}/", bundle.section.name(), bundle.slug);
    let Some(asset) = bundle.find(dest) else {
        let names = bundle.files.iter().map(|f| f.name.as_str());
        let help = match closest(&name, names) {
            Some(best) => format!("did you mean `{best}`?"),
            None if name.starts_with("../") => {
                "link to other records with @/<section>/<slug>, not a relative path".to_string()
            }
            None => format!(
                "put the file in {folder} (names are matched exactly, upper and lower case too)"
            ),
        };
        return Some((format!("there is no file `{name}` in {folder}"), help));
    };
    let alt = link.alt.as_deref()?;
    if asset.picture().is_none() {
        return Some((
            format!("`{name}` is not an image"),
            "show it as a link, [its title](file), or use a JPEG, PNG or WebP image".to_string(),
        ));
    }
    alt.trim().is_empty().then(|| {
        (
            "this image has no alt text".to_string(),
            format!("describe what it shows in this text's language, ![南川工业园区厂房](…) or ![Factory buildings in Nanchuan](…); an image that adds nothing to the text is written ![{DECORATIVE}](…)"),
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
