//! A file of a record's folder as loading reads it: what it is (an image, an
//! attachment), its size, the hash of its bytes and, for an image, the size it
//! shows at once its orientation is applied.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use image::{ImageDecoder, ImageReader};

use crate::catalogue::Text;
use crate::diag::Diagnostic;
use crate::text;

/// Extensions of the images a record may show; each is processed.
pub const IMAGE_TYPES: [&str; 4] = ["jpg", "jpeg", "png", "webp"];

/// Extensions of the attachments a record may offer; each is published as it is.
pub const ATTACHMENT_TYPES: [&str; 12] = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "ofd", "wps", "csv", "txt",
];

/// The largest image decoded, in pixels: a bigger one is surely a mistake,
/// and would hold hundreds of megabytes while it is processed.
const MAX_PIXELS: u64 = 100_000_000;

/// A file of a record's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Its name inside the folder, `/` between subfolders, as written.
    pub name: String,
    /// Its path relative to the site root, for diagnostics.
    pub path: Arc<Path>,
    /// Its path on disk, to read it again when it is processed or copied.
    pub full: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// The xxh3-128 hash of its bytes: what the image cache is keyed by.
    pub hash: u128,
    /// An image or an attachment.
    pub kind: Kind,
}

/// What a record's file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An image, shown on pages.
    Image(Picture),
    /// An attachment, offered for download; its type as shown, e.g. `PDF`.
    Attachment(&'static str),
}

/// An image's size as shown and what processing it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels, once its orientation is applied.
    pub width: u32,
    /// Height in pixels, once its orientation is applied.
    pub height: u32,
    /// Whether it has transparency, and so keeps PNG as its fallback format.
    pub alpha: bool,
}

impl Asset {
    /// Reads the file at `full`, named `name` in its record's folder and
    /// found at `path` relative to the root.
    pub fn read(full: &Path, path: Arc<Path>, name: String) -> Result<Asset, Diagnostic> {
        let ext = extension(&name);
        let located =
            |message: Text, help: Text| Diagnostic::error(&*path, message).with_help(help);
        let kind_of_name = ATTACHMENT_TYPES
            .iter()
            .find(|t| **t == ext)
            .map(|t| Kind::Attachment(type_label(t)));
        if kind_of_name.is_none() && !IMAGE_TYPES.contains(&ext.as_str()) {
            return Err(located(
                text!("media-neither-image-nor-attachment", ext = &ext),
                Text::new("media-neither-image-nor-attachment-help")
                    .arg("images", IMAGE_TYPES.as_slice())
                    .arg("attachments", ATTACHMENT_TYPES.as_slice()),
            ));
        }
        let bytes = std::fs::read(full).map_err(|err| {
            located(
                text!("media-cannot-read-file", error = err.to_string()),
                text!("media-cannot-read-file-help"),
            )
        })?;
        let hash = xxhash_rust::xxh3::xxh3_128(&bytes);
        let kind = match kind_of_name {
            Some(kind) => kind,
            None => Kind::Image(picture(&bytes).map_err(|err| {
                located(
                    text!("media-cannot-read-image", error = err.to_string()),
                    text!("media-cannot-read-image-help"),
                )
            })?),
        };
        Ok(Asset {
            name,
            path,
            full: full.to_path_buf(),
            size: bytes.len() as u64,
            hash,
            kind,
        })
    }

    /// Its image size, if it is an image.
    pub fn picture(&self) -> Option<Picture> {
        match self.kind {
            Kind::Image(p) => Some(p),
            Kind::Attachment(_) => None,
        }
    }
}

/// The lowercase extension of a file name.
pub fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// An attachment type as pages show it.
fn type_label(ext: &str) -> &'static str {
    match ext {
        "pdf" => "PDF",
        "doc" => "DOC",
        "docx" => "DOCX",
        "xls" => "XLS",
        "xlsx" => "XLSX",
        "ppt" => "PPT",
        "pptx" => "PPTX",
        "zip" => "ZIP",
        "ofd" => "OFD",
        "wps" => "WPS",
        "csv" => "CSV",
        _ => "TXT",
    }
}

/// An image's size as shown, from its header and orientation alone.
fn picture(bytes: &[u8]) -> Result<Picture, image::ImageError> {
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()?
        .into_decoder()?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(image::ImageError::Limits(
            image::error::LimitError::from_kind(image::error::LimitErrorKind::DimensionError),
        ));
    }
    let turned = decoder.orientation().is_ok_and(|o| {
        use image::metadata::Orientation::*;
        matches!(o, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
    });
    let (width, height) = if turned { (h, w) } else { (w, h) };
    Ok(Picture {
        width,
        height,
        alpha: decoder.color_type().has_alpha(),
    })
}

/// A size in bytes as a person reads it, in the units file managers use
/// (1 KB = 1024 bytes): `812 B`, `340 KB`, `1.2 MB`, `15 MB`.
pub fn size_label(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value < 9.95 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_sizes_as_file_managers_do() {
        assert_eq!(size_label(812), "812 B");
        assert_eq!(size_label(348_160), "340 KB");
        assert_eq!(size_label(1_258_291), "1.2 MB");
        assert_eq!(size_label(15 * 1024 * 1024), "15 MB");
        assert_eq!(size_label(10_433_331), "9.9 MB");
        assert_eq!(size_label(10_500_000), "10 MB");
    }
}
