//! The page metadata a Chinese government portal carries in `<meta>` tags
//! (SiteName, ColumnName, ArticleTitle, PubDate…), from the content alone:
//! a date is the one its editor wrote, never the build's, and what nobody
//! gave is left out rather than filled in. `Description` and `Keywords` are
//! the page's `description` and `keywords` tags, since meta names ignore case.

use super::read::{Reader, Rec};
use super::view::{BylineView, MetaView, PageView};
use crate::content::Data;
use crate::i18n::Lang;
use crate::section::Section;

/// The site's own: its name, domain and identification code.
pub fn site(read: &Reader, lang: Lang) -> Vec<MetaView> {
    let c = read.config();
    let domain = c.base_url.origin.split_once("://").map_or("", |(_, d)| d);
    [
        ("SiteName", c.name.get(lang).to_string()),
        ("SiteDomain", domain.to_string()),
        ("SiteIDCode", c.footer.site_code.trim().to_string()),
    ]
    .into_iter()
    .filter_map(meta)
    .collect()
}

/// A language's home page: the site's, and the column 首页.
pub fn home(read: &Reader, lang: Lang) -> Vec<MetaView> {
    let mut tags = site(read, lang);
    tags.extend(
        [
            ("ColumnName", read.string(lang, "home").to_string()),
            ("ColumnType", "首页".to_string()),
        ]
        .into_iter()
        .filter_map(meta),
    );
    tags
}

/// A page of `section`'s list, or a record's page before its own tags: the
/// site's and the column's, `summary` standing for the column's description
/// where the section declares none.
pub fn column(read: &Reader, lang: Lang, section: Section, summary: &str) -> Vec<MetaView> {
    let d = section.declaration();
    let description = d
        .description
        .as_ref()
        .map_or(summary, |label| label.get(lang));
    let mut tags = site(read, lang);
    tags.extend(
        [
            ("ColumnName", read.section_title(lang, section).to_string()),
            ("ColumnDescription", description.to_string()),
            ("ColumnKeywords", d.keywords[lang.index()].join(",")),
            ("ColumnType", d.column_type.to_string()),
        ]
        .into_iter()
        .filter_map(meta),
    );
    tags
}

/// A record's page: its column's tags, then the article's own, from what
/// the page shows (its date is an article's publication date, or none).
pub fn record(read: &Reader, lang: Lang, section: Section, page: &PageView) -> Vec<MetaView> {
    let mut tags = column(read, lang, section, "");
    tags.extend(
        [
            ("ArticleTitle", page.title.clone()),
            ("PubDate", page.date_iso.clone()),
            ("ContentSource", page.byline.source.clone()),
            ("Author", page.byline.author.clone()),
        ]
        .into_iter()
        .filter_map(meta),
    );
    tags
}

/// Who published what article `rec` reproduces, as its data's `source`
/// names it (a source without a publisher gives none), and its author, as
/// its text in `lang` names them.
pub fn byline(read: &Reader, rec: Rec, lang: Lang) -> BylineView {
    let source = match rec.data() {
        Data::News(news) => news.source.as_deref().and_then(|id| read.source(id)),
        _ => None,
    };
    BylineView {
        source: source
            .and_then(|s| s.publisher.as_ref())
            .map_or_else(String::new, |p| p.get(lang).to_string()),
        source_url: source.and_then(|s| s.url.clone()).unwrap_or_default(),
        author: rec.author(lang).unwrap_or_default().to_string(),
    }
}

/// A tag with something to say, or none.
fn meta((name, content): (&'static str, String)) -> Option<MetaView> {
    (!content.trim().is_empty()).then_some(MetaView { name, content })
}
