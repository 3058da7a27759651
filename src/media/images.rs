//! Each image of a record made into the sizes and formats pages offer: a
//! few widths, each in AVIF and in a fallback every browser shows (JPEG, or
//! PNG for an image with transparency), turned upright and re-encoded, so no
//! metadata (EXIF, GPS) of the original is published, nor the original. An
//! encoded variant is kept in a cache keyed by the hash of the original's
//! bytes, so a rebuild encodes nothing that did not change.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use fast_image_resize::{ResizeOptions, Resizer};
use image::codecs::avif::AvifEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageReader};
use rayon::prelude::*;

use super::{Asset, Bundle, Picture};
use crate::catalogue::Text;
use crate::output::OutputFile;
use crate::text;

/// The widths offered, in pixels; an image narrower than one is offered at
/// its own width instead, never enlarged.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];

/// The folder, under the site root, that keeps encoded images between
/// builds. zonesite alone writes it; deleting it costs only time.
pub const CACHE_DIR: &str = ".zonesite-cache/images";

/// Changes whenever the encoding below does, so that a cache made by an
/// older zonesite is not taken for this one's.
const ENCODING: &str = "v1-avif-s10q60-jpeg82";

/// An image format pages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// AVIF, the modern format, offered first.
    Avif,
    /// JPEG, the fallback of an opaque image.
    Jpeg,
    /// PNG, the fallback of an image with transparency.
    Png,
}

impl Format {
    /// Its file extension.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Avif => "avif",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    /// Its media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Avif => "image/avif",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// One published size and format of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its output path, not encoded: `parks/nanchuan/厂房.1a2b3c4d.960.avif`.
    pub path: String,
    /// Its width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// Its format.
    pub format: Format,
}

/// The widths an image of `width` pixels is offered at, narrowest first.
pub fn widths(width: u32) -> Vec<u32> {
    let widest = width.min(WIDTHS[WIDTHS.len() - 1]);
    let mut out: Vec<u32> = WIDTHS.into_iter().filter(|&w| w < widest).collect();
    out.push(widest);
    out
}

/// The fallback format of an image.
pub fn fallback(picture: Picture) -> Format {
    if picture.alpha {
        Format::Png
    } else {
        Format::Jpeg
    }
}

/// Every variant of `asset` in `format`, narrowest first. The hash in each
/// name changes with the image's bytes, so a browser never shows a stale one.
pub fn variants(bundle: &Bundle, asset: &Asset, picture: Picture, format: Format) -> Vec<Variant> {
    let stem = asset.name.rsplit_once('.').map_or(&*asset.name, |(s, _)| s);
    let short = (asset.hash >> 96) as u32;
    widths(picture.width)
        .into_iter()
        .map(|width| Variant {
            path: bundle.output_path(&format!("{stem}.{short:08x}.{width}.{}", format.ext())),
            width,
            height: scaled_height(picture, width),
            format,
        })
        .collect()
}

/// The height of `picture` scaled to `width`, rounded, at least 1.
fn scaled_height(picture: Picture, width: u32) -> u32 {
    let h = (u64::from(picture.height) * u64::from(width) + u64::from(picture.width) / 2)
        / u64::from(picture.width.max(1));
    (h as u32).max(1)
}

/// An image that could not be made, and why.
pub type Failed = (std::sync::Arc<Path>, Text);

/// How many variants a run encoded, and how many it took from the cache.
#[derive(Debug, Default)]
pub struct Stats {
    /// Variants encoded.
    pub encoded: AtomicUsize,
    /// Variants read from the cache.
    pub reused: AtomicUsize,
}

/// The image cache of the site at `root`.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache under `root`.
    pub fn new(root: &Path) -> Cache {
        Cache {
            dir: root.join(CACHE_DIR),
        }
    }

    /// Where a variant is kept: named by the original's hash, the width,
    /// and the encoding's settings.
    fn path(&self, asset: &Asset, variant: &Variant) -> PathBuf {
        let settings = xxhash_rust::xxh3::xxh3_64(ENCODING.as_bytes()) as u32;
        self.dir.join(format!(
            "{:032x}-{}-{settings:08x}.{}",
            asset.hash,
            variant.width,
            variant.format.ext()
        ))
    }

    /// Every variant of every image of `bundles`, encoded or taken from the
    /// cache, images in parallel; an image that cannot be encoded says why.
    pub fn produce(&self, bundles: &[Bundle], stats: &Stats) -> (Vec<OutputFile>, Vec<Failed>) {
        let images: Vec<(&Bundle, &Asset, Picture)> = bundles
            .iter()
            .flat_map(|b| {
                b.files
                    .iter()
                    .filter_map(move |a| Some((b, &**a, a.picture()?)))
            })
            .collect();
        let results: Vec<Result<Vec<OutputFile>, Failed>> = images
            .par_iter()
            .map(|&(bundle, asset, picture)| {
                self.produce_one(bundle, asset, picture, stats)
                    .map_err(|e| (asset.path.clone(), e))
            })
            .collect();
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(f) => files.extend(f),
                Err(e) => errors.push(e),
            }
        }
        (files, errors)
    }

    fn produce_one(
        &self,
        bundle: &Bundle,
        asset: &Asset,
        picture: Picture,
        stats: &Stats,
    ) -> Result<Vec<OutputFile>, Text> {
        let all: Vec<Variant> = [Format::Avif, fallback(picture)]
            .into_iter()
            .flat_map(|f| variants(bundle, asset, picture, f))
            .collect();
        let cached: Vec<Option<Vec<u8>>> = all
            .iter()
            .map(|v| std::fs::read(self.path(asset, v)).ok())
            .collect();
        let mut source: Option<DynamicImage> = None;
        let mut out = Vec::with_capacity(all.len());
        for (variant, cached) in all.iter().zip(cached) {
            let bytes = match cached {
                Some(bytes) => {
                    stats.reused.fetch_add(1, Ordering::Relaxed);
                    bytes
                }
                None => {
                    if source.is_none() {
                        source = Some(decode(&asset.full)?);
                    }
                    let image = source.as_ref().expect("decoded above");
                    let bytes = encode(image, variant)?;
                    self.store(&self.path(asset, variant), &bytes);
                    stats.encoded.fetch_add(1, Ordering::Relaxed);
                    bytes
                }
            };
            out.push(OutputFile {
                path: variant.path.clone(),
                bytes,
            });
        }
        Ok(out)
    }

    /// Keeps an encoded variant, written under a temporary name and renamed,
    /// so a killed build never leaves half a file; a cache that cannot be
    /// written only costs the next build time.
    /// Nothing is written where the cache's folders are links or files:
    /// zonesite writes only into folders of its own, never through a link.
    fn store(&self, path: &Path, bytes: &[u8]) {
        if !self.is_own() {
            return;
        }
        let temp = path.with_extension(format!("tmp{}", std::process::id()));
        // create_new: a link planted at the temporary name is not followed.
        let written = std::fs::create_dir_all(&self.dir)
            .and_then(|()| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&temp)
            })
            .and_then(|mut file| std::io::Write::write_all(&mut file, bytes))
            .and_then(|()| std::fs::rename(&temp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
    }

    /// Whether the cache folder and its parent are real folders, or absent.
    fn is_own(&self) -> bool {
        self.dir
            .ancestors()
            .take(2)
            .all(|dir| match std::fs::symlink_metadata(dir) {
                Ok(meta) => meta.is_dir(),
                Err(e) => e.kind() == std::io::ErrorKind::NotFound,
            })
    }
}

/// Reads an image whole and turns it upright as its orientation says.
fn decode(path: &Path) -> Result<DynamicImage, Text> {
    let unreadable =
        |e: &dyn std::fmt::Display| text!("media-cannot-read-image", error = e.to_string());
    let bytes = std::fs::read(path)
        .map_err(|e| text!("media-cannot-read-the-image", error = e.to_string()))?;
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(&e))?
        .into_decoder()
        .map_err(|e| unreadable(&e))?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| unreadable(&e))?;
    if let Some(o) = orientation {
        image.apply_orientation(o);
    }
    Ok(image)
}

/// One variant of an upright image, resized and encoded.
fn encode(image: &DynamicImage, variant: &Variant) -> Result<Vec<u8>, Text> {
    let resized = if image.width() == variant.width {
        None
    } else {
        let mut dst = DynamicImage::new(variant.width, variant.height, image.color());
        let options = ResizeOptions::new().resize_alg(fast_image_resize::ResizeAlg::Convolution(
            fast_image_resize::FilterType::Lanczos3,
        ));
        Resizer::new()
            .resize(image, &mut dst, Some(&options))
            .map_err(|e| text!("media-cannot-resize-image", error = e.to_string()))?;
        Some(dst)
    };
    let image = resized.as_ref().unwrap_or(image);
    let mut bytes = Vec::new();
    let failed = |e: image::ImageError| text!("media-cannot-encode-image", error = e.to_string());
    match variant.format {
        Format::Avif if image.color().has_alpha() => image
            .to_rgba8()
            .write_with_encoder(AvifEncoder::new_with_speed_quality(&mut bytes, 10, 60))
            .map_err(failed)?,
        Format::Avif => image
            .to_rgb8()
            .write_with_encoder(AvifEncoder::new_with_speed_quality(&mut bytes, 10, 60))
            .map_err(failed)?,
        Format::Jpeg => image
            .to_rgb8()
            .write_with_encoder(JpegEncoder::new_with_quality(&mut bytes, 82))
            .map_err(failed)?,
        Format::Png => image
            .to_rgba8()
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .map_err(failed)?,
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_widths_up_to_the_image_never_enlarged() {
        assert_eq!(widths(300), vec![300]);
        assert_eq!(widths(480), vec![480]);
        assert_eq!(widths(1000), vec![480, 960, 1000]);
        assert_eq!(widths(4000), vec![480, 960, 1600]);
    }
}
