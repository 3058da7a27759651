//! Where each page lives: Chinese at the root (or under `/zh/`), English under
//! `/en/`, everything under the base URL's path.

use crate::i18n::Lang;
use crate::model::BaseUrl;
use crate::section::Section;

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

    /// A language's search page.
    pub fn search(&self, lang: Lang) -> String {
        format!("{}search/", self.lang_dir(lang))
    }

    /// A record's page.
    pub fn record(&self, lang: Lang, section: Section, slug: &str) -> String {
        format!("{}{}/{slug}/", self.lang_dir(lang), section.name())
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

    fn urls(base: &str, subdir: bool) -> Urls {
        Urls::new(BaseUrl::parse(base).unwrap(), subdir)
    }

    #[test]
    fn places_chinese_at_the_root_and_english_under_en() {
        let u = urls("https://example.org", false);
        assert_eq!(u.record(Lang::Zh, Section::Parks, "ganhe"), "parks/ganhe/");
        assert_eq!(
            u.record(Lang::En, Section::Parks, "ganhe"),
            "en/parks/ganhe/"
        );
        assert_eq!(u.href(&u.home(Lang::Zh)), "/");
        assert_eq!(Urls::file_for(&u.home(Lang::Zh)), "index.html");
        assert_eq!(u.section_page(Lang::En, Section::News, 0), "en/news/");
        assert_eq!(
            u.section_page(Lang::En, Section::News, 2),
            "en/news/page/3/"
        );
    }

    #[test]
    fn keeps_the_base_path_in_every_link() {
        let u = urls("https://example.org/zone", true);
        assert_eq!(
            u.href(&u.section(Lang::Zh, Section::News)),
            "/zone/zh/news/"
        );
        assert_eq!(
            u.permalink(&u.home(Lang::En)),
            "https://example.org/zone/en/"
        );
    }
}
