//! Where each page lives: Chinese at the root (or under `/zh/`), English under
//! `/en/`, everything under the base URL's path.

use crate::catalogue::Text;
use crate::diag::printable;
use crate::i18n::Lang;
use crate::section::Section;
use crate::text;

/// Where the site is published, split into the origin and the path under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// Scheme and host, e.g. `https://example.org`.
    pub origin: String,
    /// The path the site lives under, starting and ending with `/`.
    pub path: String,
}

impl BaseUrl {
    /// Parses an absolute http(s) URL with a host, and nothing in it that
    /// could break out of an attribute, a feed or a script: no whitespace,
    /// quotes, control characters, `<`, `>` or backslash. A query or a
    /// fragment is refused too, since every page's path is appended to it.
    pub fn new(url: &str) -> Result<BaseUrl, Text> {
        let shown = printable(url);
        let bad = || text!("links-base-url-not-absolute", url = &*shown);
        let refused = |what: Text| text!("links-base-url-refused", url = &*shown, what = what);
        if let Some(c) = url.chars().find(|&c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        }) {
            return Err(refused(match c {
                ' ' => text!("links-base-url-space"),
                c if c.is_control() => text!("links-base-url-control"),
                c if c.is_whitespace() => text!("links-base-url-whitespace"),
                '"' | '\'' | '`' => text!("links-base-url-quote"),
                '\\' => text!("links-base-url-backslash"),
                _ => text!("links-base-url-angle"),
            }));
        }
        if url.contains(['?', '#']) {
            return Err(refused(text!("links-base-url-query")));
        }
        let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(bad());
        }
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host_ok = !host.is_empty()
            && !host.starts_with([':', '.'])
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']' | '_'));
        if !host_ok {
            return Err(text!("links-base-url-no-host", url = &*shown));
        }
        let path = path.trim_matches('/');
        Ok(BaseUrl {
            origin: format!("{scheme}://{host}"),
            path: if path.is_empty() {
                "/".into()
            } else {
                format!("/{path}/")
            },
        })
    }
}

/// Builds page paths and links for one site.
#[derive(Debug, Clone)]
pub struct Urls {
    base: BaseUrl,
    zh_in_subdir: bool,
}

impl Urls {
    /// The URL scheme of a site published at `base`.
    pub fn new(base: BaseUrl, zh_in_subdir: bool) -> Urls {
        Urls { base, zh_in_subdir }
    }

    /// The output-relative directory of a language's pages: `""`, `"zh/"`, `"en/"`.
    pub fn lang_dir(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh if self.zh_in_subdir => "zh/",
            Lang::Zh => "",
            Lang::En => "en/",
        }
    }

    /// Whether `/` is a landing page rather than the Chinese home page.
    pub fn has_landing(&self) -> bool {
        self.zh_in_subdir
    }

    /// A language's home page, relative to the output root.
    pub fn home(&self, lang: Lang) -> String {
        self.lang_dir(lang).to_string()
    }

    /// A section's list page.
    pub fn section(&self, lang: Lang, section: Section) -> String {
        format!("{}{}/", self.lang_dir(lang), section.name())
    }

    /// Page `page` (from 0) of a section's list: the first is the section's
    /// own address, the next ones `<section>/page/2/` and on.
    pub fn section_page(&self, lang: Lang, section: Section, page: usize) -> String {
        match page {
            0 => self.section(lang, section),
            n => format!("{}{}/page/{}/", self.lang_dir(lang), section.name(), n + 1),
        }
    }

    /// A policy section's page for browsing by year, issuer and topic.
    pub fn browse(&self, lang: Lang, section: Section) -> String {
        format!("{}{}/browse/", self.lang_dir(lang), section.name())
    }

    /// A language's site map for visitors (网站地图).
    pub fn sitemap_page(&self, lang: Lang) -> String {
        format!("{}sitemap/", self.lang_dir(lang))
    }

    /// A language's search page.
    pub fn search(&self, lang: Lang) -> String {
        format!("{}search/", self.lang_dir(lang))
    }

    /// A record's page.
    pub fn record(&self, lang: Lang, section: Section, slug: &str) -> String {
        self.record_in(lang, section.name(), slug)
    }

    /// A section's list page, by its id.
    pub fn section_in(&self, lang: Lang, section: &str) -> String {
        format!("{}{section}/", self.lang_dir(lang))
    }

    /// A record's page, by its section's id.
    pub fn record_in(&self, lang: Lang, section: &str, slug: &str) -> String {
        format!("{}{section}/{slug}/", self.lang_dir(lang))
    }

    /// A link to an output-relative path, valid under the base URL's path.
    pub fn href(&self, rel: &str) -> String {
        format!("{}{rel}", self.base.path)
    }

    /// The absolute URL of an output-relative path.
    pub fn permalink(&self, rel: &str) -> String {
        format!("{}{}{rel}", self.base.origin, self.base.path)
    }

    /// The file a page's path is written to: `en/parks/` → `en/parks/index.html`.
    pub fn file_for(rel: &str) -> String {
        if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::section::Sections;

    fn sec(id: &str) -> Section {
        Sections::builtin().get(id).unwrap()
    }

    fn urls(base: &str, subdir: bool) -> Urls {
        Urls::new(BaseUrl::new(base).unwrap(), subdir)
    }

    #[test]
    fn places_chinese_at_the_root_and_english_under_en() {
        let u = urls("https://example.org", false);
        assert_eq!(u.record(Lang::Zh, sec("parks"), "ganhe"), "parks/ganhe/");
        assert_eq!(u.record(Lang::En, sec("parks"), "ganhe"), "en/parks/ganhe/");
        assert_eq!(u.href(&u.home(Lang::Zh)), "/");
        assert_eq!(Urls::file_for(&u.home(Lang::Zh)), "index.html");
        assert_eq!(u.section_page(Lang::En, sec("news"), 0), "en/news/");
        assert_eq!(u.section_page(Lang::En, sec("news"), 2), "en/news/page/3/");
    }

    #[test]
    fn parses_base_urls() {
        let b = BaseUrl::new("HTTPS://example.org:8080/zone//").unwrap();
        assert_eq!(b.origin, "https://example.org:8080");
        assert_eq!(b.path, "/zone/");
        let b = BaseUrl::new("http://[::1]").unwrap();
        assert_eq!((b.origin.as_str(), b.path.as_str()), ("http://[::1]", "/"));
        assert!(BaseUrl::new("https://西宁.example/区/").is_ok());
    }

    #[test]
    fn refuses_base_urls_that_could_break_out() {
        for (bad, why) in [
            ("example.org", "not an absolute http(s) URL"),
            ("javascript:alert(1)", "not an absolute http(s) URL"),
            (
                "javascript://example.org/%0aalert(1)",
                "not an absolute http(s) URL",
            ),
            ("ftp://example.org/", "not an absolute http(s) URL"),
            ("https:///zone/", "no usable host"),
            ("https://user@example.org/", "no usable host"),
            ("https://", "no usable host"),
            ("https://example.org/a b/", "a space"),
            ("https://example.org/\"onmouseover=\"x", "a quote"),
            ("https://example.org/'", "a quote"),
            ("https://example.org/<script>", "`<` or `>`"),
            ("https://example.org\\@evil.org/", "a backslash"),
            ("https://example.org/\u{1b}[2J", "a control character"),
            ("https://example.org/\n", "a control character"),
            ("https://example.org/\u{3000}", "whitespace"),
            ("https://example.org/?a=1", "a query"),
            ("https://example.org/#top", "a fragment"),
        ] {
            let err = BaseUrl::new(bad).unwrap_err();
            let (en, zh) = (err.render(Lang::En), err.render(Lang::Zh));
            assert!(en.contains(why), "{bad:?}: {en}");
            for said in [&en, &zh] {
                assert!(!said.contains(['\u{1b}', '\n']), "{said:?}");
            }
        }
        assert_eq!(
            BaseUrl::new("example.org").unwrap_err().render(Lang::Zh),
            "`example.org`不是完整的http(s)网址：请写成https://example.org/或https://example.org/zone/这样的形式"
        );
        assert_eq!(
            BaseUrl::new("https://example.org/a b/")
                .unwrap_err()
                .render(Lang::Zh),
            "`https://example.org/a b/`不能用作网站地址（`base_url`）：其中含有空格（请写作%20）"
        );
    }

    #[test]
    fn keeps_the_base_path_in_every_link() {
        let u = urls("https://example.org/zone", true);
        assert_eq!(u.href(&u.section(Lang::Zh, sec("news"))), "/zone/zh/news/");
        assert_eq!(
            u.permalink(&u.home(Lang::En)),
            "https://example.org/zone/en/"
        );
    }
}
