//! The page metadata a Chinese government portal carries in `<meta>` tags
//! (SiteName, ColumnName, ArticleTitle, PubDate…), from the content alone:
//! a date is the one its editor wrote, never the build's, and what nobody
//! gave is left out rather than filled in. `Description` and `Keywords` are
//! the page's `description` and `keywords` tags, since meta names ignore case.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

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
/// site's and the column's. The column's description is the section's, or
/// else its introduction's summary, as its list page describes it.
pub fn column(read: &Reader, lang: Lang, section: Section) -> Vec<MetaView> {
    let d = section.declaration();
    let description = match &d.description {
        Some(label) => label.get(lang),
        None => read
            .intro(section, lang)
            .and_then(|t| t.front.summary.as_deref())
            .unwrap_or_default(),
    };
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
    let mut tags = column(read, lang, section);
    tags.extend(
        [
            ("ArticleTitle", page.title.clone()),
            // `YYYY-MM-DD HH:MM`: the ISO form with a space for its `T`.
            ("PubDate", page.date_iso.replacen('T', " ", 1)),
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

/// Characters left as they are in a query value: RFC 3986's unreserved.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The public-security filing registry's page of a filing number such as
/// 青公网安备63010002000001号: it looks the number up by its digits.
pub fn police_url(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return String::new();
    }
    format!("https://beian.mps.gov.cn/#/query/webSearch?code={digits}")
}

/// The verification page of the party and government site emblem `id`.
pub fn badge_url(id: &str) -> String {
    let id = id.trim();
    if id.is_empty() {
        return String::new();
    }
    let id = utf8_percent_encode(id, QUERY_VALUE);
    format!("https://bszs.conac.cn/sitename?method=show&id={id}")
}

/// The State Council's "report an error" page for the page at `url` of the
/// site with code `site_code` (我为政府网站找错), written into each page so
/// that no script of another site is loaded.
pub fn report_url(site_code: &str, url: &str) -> String {
    let code = site_code.trim();
    if code.is_empty() {
        return String::new();
    }
    let code = utf8_percent_encode(code, QUERY_VALUE);
    let url = utf8_percent_encode(url, QUERY_VALUE);
    format!("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}&url={url}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_registries_links_from_the_numbers() {
        assert_eq!(
            police_url("青公网安备63010002000001号"),
            "https://beian.mps.gov.cn/#/query/webSearch?code=63010002000001"
        );
        assert_eq!(police_url(""), "");
        assert_eq!(
            badge_url(" bszs0001 "),
            "https://bszs.conac.cn/sitename?method=show&id=bszs0001"
        );
        assert_eq!(
            report_url("6301000001", "https://example.org/en/news/a b/"),
            "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6301000001&url=https%3A%2F%2Fexample.org%2Fen%2Fnews%2Fa%20b%2F"
        );
        assert_eq!(report_url("", "https://example.org/"), "");
    }
}
