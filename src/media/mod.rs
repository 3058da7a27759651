//! Records' files and the site's `static/` folder: a record's images and
//! attachments live in its folder, `content/<section>/<slug>/`. This module
//! reads them ([`asset`]), checks what the Markdown says of them at the line
//! it says it ([`refs`]), writes the HTML that shows them ([`html`]), makes
//! each image's sizes and formats, cached by content hash ([`images`]), and
//! copies attachments and `static/` as they are ([`files`]).

pub mod asset;
pub mod files;
pub mod html;
pub mod images;
pub mod refs;

use std::sync::Arc;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

pub use asset::{Asset, Kind, Picture};

use crate::section::Section;

/// `media` in `site.yaml`: what is said of records' files.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// A file of a record's folder or of static/ larger than this many
    /// megabytes (10^6 bytes) gets a warning: a page that heavy is slow on a
    /// phone, and the file is better made smaller. Default 20.
    pub warn_above_mb: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            warn_above_mb: 20.0,
        }
    }
}

/// The files of one record's folder, with where they are published.
#[derive(Clone, Copy)]
pub struct Bundle<'a> {
    /// Its files, in path order.
    pub files: &'a [Arc<Asset>],
    /// The section and slug of the record, which name the folder it is
    /// published in: `<section>/<slug>/`, the same for both languages.
    pub section: Section,
    /// The record's slug.
    pub slug: &'a str,
}

impl<'a> Bundle<'a> {
    /// The file a relative Markdown destination names, once its query and
    /// fragment are set aside and its percent-encoding decoded; `None` when
    /// no file of the folder has that name.
    pub fn find(&self, dest: &str) -> Option<&'a Arc<Asset>> {
        self.get(&file_name(dest)?)
    }

    /// The file of the folder named `name` exactly, as a data field names it.
    pub fn get(&self, name: &str) -> Option<&'a Arc<Asset>> {
        self.files
            .binary_search_by(|f| f.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.files[i])
    }

    /// The output path of a file of the folder named `name`, relative to the
    /// output root and not encoded: `parks/nanchuan/政策.pdf`.
    pub fn output_path(&self, name: &str) -> String {
        format!("{}/{}/{name}", self.section.name(), self.slug)
    }
}

/// The name inside a record's folder that a relative destination names:
/// `./a%20b.pdf#page=2` names `a b.pdf`; `None` for any other kind of link.
pub fn file_name(dest: &str) -> Option<String> {
    if is_elsewhere(dest) {
        return None;
    }
    let path = dest.split(['#', '?']).next().unwrap_or("");
    let path = path.strip_prefix("./").unwrap_or(path);
    if path.is_empty() {
        return None;
    }
    Some(percent_decode_str(path).decode_utf8_lossy().into_owned())
}

/// Whether a destination leads away from the record's folder: another site
/// or scheme, a path from the site's root, a record (`@/…`) or an anchor of
/// the page itself.
pub fn is_elsewhere(dest: &str) -> bool {
    dest.starts_with(['/', '#', '@'])
        || dest
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|s| s.contains(':'))
}

/// Characters a URL's path segment may not carry as they are: everything
/// but unreserved ASCII (`A-Za-z0-9-._~`) and a few safe signs.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'[')
    .add(b']')
    .add(b'\'');

/// An output path as a URL path: each segment percent-encoded as UTF-8, so
/// that `parks/南川/政策 2024.pdf` is `parks/%E5%8D%97%E5%B7%9D/…%202024.pdf`.
pub fn encode_path(path: &str) -> String {
    path.split('/')
        .map(|s| utf8_percent_encode(s, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// A fragment as written in a link, decoded: `%E6%A6%82%E5%86%B5` is `概况`.
pub fn decode_fragment(fragment: &str) -> std::borrow::Cow<'_, str> {
    percent_decode_str(fragment).decode_utf8_lossy()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_relative_names_decoded() {
        assert_eq!(file_name("photo.jpg").as_deref(), Some("photo.jpg"));
        assert_eq!(
            file_name("./%E6%94%BF%E7%AD%96.pdf#page=2").as_deref(),
            Some("政策.pdf")
        );
        assert_eq!(file_name("docs/a%20b.pdf").as_deref(), Some("docs/a b.pdf"));
        for other in [
            "https://a.org/x.jpg",
            "/about/",
            "#top",
            "@/parks/a",
            "mailto:x@y.z",
        ] {
            assert_eq!(file_name(other), None, "{other}");
        }
    }

    #[test]
    fn encodes_chinese_names_per_segment() {
        assert_eq!(
            encode_path("parks/a/政策 2024.pdf"),
            "parks/a/%E6%94%BF%E7%AD%96%202024.pdf"
        );
        assert_eq!(decode_fragment("%E6%A6%82%E5%86%B5"), "概况");
    }
}
