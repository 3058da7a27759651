//! The HTML that shows a record's files in its text: an image as a
//! `<picture>` with its sizes and formats, and a figure with its caption when
//! it stands alone with a title; a link to an attachment followed by its type
//! and size in the page's language.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::images::{self, Format, Variant};
use super::refs::DECORATIVE;
use super::{Asset, Bundle, Kind, encode_path};
use crate::i18n::{Label, Lang};
use crate::render::escape::xml_escape as escape_html;
use crate::schema::Photo;
use crate::urls::Urls;

/// How a text's files are shown: where they are, the URLs, and the label of
/// an attachment (`{type}, {size}` from the theme's strings).
pub struct Media<'a> {
    /// The record's folder.
    pub bundle: Bundle<'a>,
    /// The site's URLs.
    pub urls: &'a Urls,
    /// The attachment label with `{type}` and `{size}` in it.
    pub label: &'a str,
    /// Whether the text's first image is the first of its page, and so
    /// loads at once rather than when it comes near the screen.
    pub eager: bool,
}

/// The width an image takes in the text column, for the browser to choose
/// a size: the column is at most 48rem wide.
const SIZES: &str = "(min-width: 50rem) 48rem, 100vw";

/// The width a cover takes on a list's card: a column of cards on a phone,
/// at most 24rem in a grid.
const CARD_SIZES: &str = "(min-width: 50rem) 24rem, 100vw";

/// A photo of a record's data as its page shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PhotoView {
    /// The `<picture>`, as HTML.
    pub html: String,
    /// Its caption in the page's language, empty when it has none.
    pub caption: String,
    /// Who made it, in the page's language, empty when not given.
    pub credit: String,
    /// The absolute URL of its largest fallback, for link previews.
    pub permalink: String,
    /// That image's width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// Its alt text, empty for a decorative photo.
    pub alt: String,
}

/// An attachment as the record page lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AttachmentView {
    /// Its file name, without the folders it is in.
    pub name: String,
    /// The link to it.
    pub url: String,
    /// Its type and size in the page's language: `PDF，1.2 MB`.
    pub label: String,
}

impl Media<'_> {
    /// The record's attachments, in path order.
    pub fn attachments(&self) -> Vec<AttachmentView> {
        self.bundle
            .files
            .iter()
            .filter_map(|asset| {
                Some(AttachmentView {
                    label: self.label(asset)?,
                    name: asset
                        .name
                        .rsplit('/')
                        .next()
                        .unwrap_or(&asset.name)
                        .to_string(),
                    url: self.link(asset),
                })
            })
            .collect()
    }

    /// The label of an attachment: `PDF，1.2 MB`.
    pub fn label(&self, asset: &Asset) -> Option<String> {
        let Kind::Attachment(kind) = asset.kind else {
            return None;
        };
        Some(
            self.label
                .replace("{type}", kind)
                .replace("{size}", &super::asset::size_label(asset.size)),
        )
    }

    /// The link to a file of the folder, percent-encoded under the base path.
    pub fn href(&self, path: &str) -> String {
        self.urls.href(&encode_path(path))
    }

    fn srcset(&self, variants: &[Variant]) -> String {
        variants
            .iter()
            .map(|v| format!("{} {}w", self.href(&v.path), v.width))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A photo of the record's data, with its caption and credit in `lang`;
    /// the `first` on the page loads at once.
    pub fn photo(&self, photo: &Photo, lang: Lang, first: bool) -> Option<PhotoView> {
        let asset = self.bundle.get(&photo.file)?;
        let alt = photo.alt.get(lang);
        let html = self.picture(asset, alt, "", first, SIZES)?;
        let picture = asset.picture()?;
        let largest =
            images::variants(&self.bundle, asset, picture, images::fallback(picture)).pop()?;
        let text = |label: &Option<Label>| {
            label
                .as_ref()
                .map_or_else(String::new, |l| l.get(lang).to_string())
        };
        Some(PhotoView {
            html,
            caption: text(&photo.caption),
            credit: text(&photo.credit),
            permalink: self.urls.permalink(&encode_path(&largest.path)),
            width: largest.width,
            height: largest.height,
            alt: alt.to_string(),
        })
    }

    /// A record's cover on a list's card: its first photo, loaded as it
    /// comes near the screen, with an empty alt since the card's title
    /// beside it says what it leads to.
    pub fn cover(&self, photo: &Photo) -> Option<String> {
        let asset = self.bundle.get(&photo.file)?;
        self.picture(asset, DECORATIVE, "", false, CARD_SIZES)
    }

    /// An image of the folder as a `<picture>` taking `sizes`; `first`
    /// images load at once, the others when they come near the screen.
    fn picture(
        &self,
        asset: &Asset,
        alt: &str,
        title: &str,
        first: bool,
        sizes: &str,
    ) -> Option<String> {
        let picture = asset.picture()?;
        let modern = images::variants(&self.bundle, asset, picture, Format::Avif);
        let plain = images::variants(&self.bundle, asset, picture, images::fallback(picture));
        let largest = plain.last()?;
        let alt = if alt == DECORATIVE { "" } else { alt };
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", escape_html(title))
        };
        let loading = if first { "" } else { " loading=\"lazy\"" };
        Some(format!(
            "<picture><source type=\"{}\" srcset=\"{}\" sizes=\"{sizes}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"{}\"{title}{loading} decoding=\"async\"></picture>",
            Format::Avif.mime(),
            self.srcset(&modern),
            self.href(&largest.path),
            self.srcset(&plain),
            largest.width,
            largest.height,
            escape_html(alt),
        ))
    }

    /// Where a link to a file of the folder leads: an attachment itself, an
    /// image's largest fallback.
    fn link(&self, asset: &Asset) -> String {
        match asset.picture() {
            Some(picture) => {
                let plain =
                    images::variants(&self.bundle, asset, picture, images::fallback(picture));
                plain
                    .last()
                    .map_or_else(String::new, |v| self.href(&v.path))
            }
            None => self.href(&self.bundle.output_path(&asset.name)),
        }
    }

    /// A text's events with its files shown: images as pictures (a figure
    /// when one stands alone in its paragraph with a title), links to files
    /// leading to them, an attachment's followed by its label.
    pub fn rewrite<'e>(&self, events: Vec<Event<'e>>) -> Vec<Event<'e>> {
        let mut out = Vec::with_capacity(events.len());
        let mut labels: Vec<Option<String>> = Vec::new();
        let mut first = self.eager;
        let mut i = 0;
        while i < events.len() {
            let alone = matches!(events[i], Event::Start(Tag::Paragraph))
                && matches!(events.get(i + 1), Some(Event::Start(Tag::Image { .. })));
            let at = if alone { i + 1 } else { i };
            if let Event::Start(Tag::Image {
                dest_url, title, ..
            }) = &events[at]
                && let Some(asset) = self.bundle.find(dest_url)
            {
                let end = (at..events.len())
                    .find(|&j| matches!(events[j], Event::End(TagEnd::Image)))
                    .unwrap_or(events.len() - 1);
                let alt = alt_text(&events[at + 1..end]);
                let closes = matches!(events.get(end + 1), Some(Event::End(TagEnd::Paragraph)));
                let figure = alone && closes && !title.is_empty();
                let shown_title = if figure { "" } else { title };
                if let Some(html) = self.picture(asset, &alt, shown_title, first, SIZES) {
                    first = false;
                    if figure {
                        out.push(Event::Html(CowStr::from(format!(
                            "<figure>{html}<figcaption>{}</figcaption></figure>\n",
                            escape_html(title)
                        ))));
                        i = end + 2;
                    } else {
                        if alone {
                            out.push(events[i].clone());
                        }
                        out.push(Event::InlineHtml(CowStr::from(html)));
                        i = end + 1;
                    }
                    continue;
                }
            }
            match &events[i] {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let asset = self.bundle.find(dest_url);
                    labels.push(asset.and_then(|a| self.label(a)));
                    let dest_url = match asset {
                        Some(a) => {
                            let fragment = dest_url.split_once('#').map(|(_, f)| f);
                            let href = self.link(a);
                            CowStr::from(match fragment {
                                Some(f) => format!("{href}#{f}"),
                                None => href,
                            })
                        }
                        None => dest_url.clone(),
                    };
                    out.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url,
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::End(TagEnd::Link) => {
                    out.push(events[i].clone());
                    if let Some(Some(label)) = labels.pop() {
                        out.push(Event::InlineHtml(CowStr::from(format!(
                            " <span class=\"file-meta\">{}</span>",
                            escape_html(&label)
                        ))));
                    }
                }
                other => out.push(other.clone()),
            }
            i += 1;
        }
        out
    }
}

/// The alt text of an image from the events between its start and end.
fn alt_text(events: &[Event]) -> String {
    let mut alt = String::new();
    for event in events {
        if let Event::Text(t) | Event::Code(t) = event {
            alt.push_str(t);
        }
    }
    alt
}
