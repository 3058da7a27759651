//! The unit of output: one file of the built site, as rendering makes it and
//! the writer writes it.

/// A file of the built site: its path under the output directory and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative path, `/`-separated, e.g. `en/parks/ganhe/index.html`.
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
}
