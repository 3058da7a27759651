//! A rendered page as the index needs it: what decides where it goes, read
//! from its bytes once, and the bytes themselves, for when its shard is
//! indexed. A build keeps every page until the index is made, so it keeps them
//! deflated (HTML shrinks to about a sixth); `serve` shares the bytes it serves.

use std::io::{Read, Write};
use std::sync::Arc;

use flate2::Compression;

use super::html;
use crate::output::OutputFile;

/// One rendered HTML page.
pub struct Page {
    /// Its path in the output: `en/parks/ganhe/index.html`.
    pub path: String,
    /// The lowercased `lang` of its `<html>`, if it has one.
    pub lang: Option<String>,
    /// Whether it asks robots not to index it.
    pub noindex: bool,
    /// Whether it marks the part to index with `data-pagefind-body`.
    pub body: bool,
    /// A hash of its bytes.
    pub digest: u128,
    bytes: Bytes,
}

/// A page's bytes, held one way or the other.
enum Bytes {
    Shared(Arc<[u8]>),
    Deflated(Vec<u8>),
}

impl Page {
    /// A page that is kept deflated until its shard is indexed.
    pub fn deflated(file: &OutputFile) -> Page {
        let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), Compression::fast());
        // Writing into a Vec fails only when memory does, which aborts anyway.
        let deflated = encoder
            .write_all(&file.bytes)
            .and_then(|()| encoder.finish())
            .unwrap_or_default();
        Page::read(&file.path, &file.bytes, Bytes::Deflated(deflated))
    }

    /// A page whose bytes are shared with whoever else holds them.
    pub fn shared(path: &str, bytes: Arc<[u8]>) -> Page {
        Page::read(path, &bytes.clone(), Bytes::Shared(bytes))
    }

    fn read(path: &str, html: &[u8], bytes: Bytes) -> Page {
        Page {
            path: path.to_string(),
            lang: html::html_lang(html),
            noindex: html::is_noindex(html),
            body: html::has_body(html),
            digest: xxhash_rust::xxh3::xxh3_128(html),
            bytes,
        }
    }

    /// The page's HTML, for Pagefind.
    pub fn html(&self) -> String {
        match &self.bytes {
            Bytes::Shared(bytes) => String::from_utf8_lossy(bytes).into_owned(),
            Bytes::Deflated(deflated) => {
                let mut html = Vec::new();
                // What `deflated` made reads back, short of running out of memory.
                let _ = flate2::read::DeflateDecoder::new(&deflated[..]).read_to_end(&mut html);
                String::from_utf8(html)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            }
        }
    }
}
