//! The machine-readable files: Atom feeds of news and initiatives per language,
//! the sitemap with hreflang alternates, and robots.txt.

use std::fmt::Write as _;

use super::escape::xml_escape;
use super::read::Reader;
use crate::i18n::Lang;
use crate::output::OutputFile;
use crate::schema::PartialDate;
use crate::urls::Urls;

/// The path of a language's feed.
pub fn feed_path(urls: &Urls, lang: Lang) -> String {
    format!("{}atom.xml", urls.lang_dir(lang))
}

/// A language's feed: its news and initiatives, newest first whatever their
/// weight (a feed reader sorts by date); those of one date in list order,
/// initiatives first as the sections come.
pub fn feed(read: &Reader, lang: Lang) -> OutputFile {
    let urls = read.urls();
    let mut entries: Vec<(PartialDate, usize)> = read
        .sections()
        .iter()
        .copied()
        .filter(|s| s.declaration().feed)
        .flat_map(|section| read.list(section, lang))
        .map(|&i| read.record(i))
        .filter(|r| r.is_translated(lang))
        .filter_map(|r| r.feed_date().map(|d| (d, r.index())))
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    let c = read.config();
    let updated = entries
        .first()
        .map(|e| e.0)
        .or_else(|| c.sources.iter().map(|s| s.date).max())
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| d.rfc3339());
    let path = feed_path(urls, lang);
    let mut xml = String::new();
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n",
        lang.tag(),
        xml_escape(c.name.get(lang)),
        xml_escape(c.description.get(lang)),
        xml_escape(&urls.permalink(&path)),
        xml_escape(&urls.permalink(&path)),
        xml_escape(&urls.permalink(&urls.home(lang))),
        xml_escape(c.name.get(lang)),
    );
    for (date, i) in entries {
        let record = read.record(i);
        let link = urls.permalink(&urls.record(lang, record.section(), record.slug()));
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <updated>{}</updated>\n    <category term=\"{}\"/>\n    <summary>{}</summary>\n  </entry>\n",
            xml_escape(record.title(lang).0),
            xml_escape(&link),
            xml_escape(&link),
            date.rfc3339(),
            record.section().name(),
            xml_escape(record.summary(lang).0.unwrap_or("")),
        );
    }
    xml.push_str("</feed>\n");
    OutputFile {
        path,
        bytes: xml.into_bytes(),
    }
}

/// The sitemap: every page written in its language, with its hreflang alternates.
pub fn sitemap(read: &Reader) -> OutputFile {
    let urls = read.urls();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let traditional = read.config().traditional;
    let mut add = |path: &dyn Fn(Lang) -> String, written: &dyn Fn(Lang) -> bool| {
        // Each page's address, made once for all the entries that name it:
        // Simplified, English, and the Traditional twin of the Simplified.
        let loc = Lang::ALL.map(|l| written(l).then(|| xml_escape(&urls.permalink(&path(l)))));
        let twin = (traditional && written(Lang::Zh))
            .then(|| super::hant::twin_path(&path(Lang::Zh), urls.lang_dir(Lang::Zh)))
            .flatten()
            .map(|t| xml_escape(&urls.permalink(&t)));
        let tagged = [
            (Lang::Zh.tag(), &loc[Lang::Zh.index()]),
            (super::hant::TAG, &twin),
            (Lang::En.tag(), &loc[Lang::En.index()]),
        ];
        let default = loc[Lang::Zh.index()]
            .as_ref()
            .or(loc[Lang::En.index()].as_ref());
        for (_, here) in &tagged {
            let Some(here) = here else { continue };
            let _ = writeln!(xml, "  <url>\n    <loc>{here}</loc>");
            for (tag, href) in &tagged {
                if let Some(href) = href {
                    let _ = writeln!(
                        xml,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{href}\"/>",
                    );
                }
            }
            if let Some(href) = default {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\"/>\n  </url>",
                );
            }
        }
    };
    add(&|l| urls.home(l), &|_| true);
    add(&|l| urls.sitemap_page(l), &|_| true);
    for &section in read.sections() {
        for n in 0..read.page_count(section) {
            add(&|l| urls.section_page(l, section, n), &|_| true);
        }
    }
    for &section in read.sections() {
        if section.kind() == crate::section::Kind::Policy {
            add(&|l| urls.browse(l, section), &|_| true);
        }
    }
    for &section in read.sections() {
        for record in read.members(section) {
            add(&|l| urls.record(l, section, record.slug()), &|l| {
                record.is_translated(l)
            });
        }
    }
    // Documents are found by search engines too; archives are not worth it.
    for &section in read.sections() {
        for record in read.members(section) {
            let bundle = record.files();
            for asset in bundle.files.iter() {
                if matches!(asset.kind, crate::media::Kind::Attachment(t) if t != "ZIP") {
                    let path = crate::media::encode_path(&bundle.output_path(&asset.name));
                    let _ = writeln!(
                        xml,
                        "  <url>\n    <loc>{}</loc>\n  </url>",
                        xml_escape(&urls.permalink(&path))
                    );
                }
            }
        }
    }
    xml.push_str("</urlset>\n");
    OutputFile {
        path: "sitemap.xml".into(),
        bytes: xml.into_bytes(),
    }
}

/// robots.txt, pointing crawlers at the sitemap.
pub fn robots(read: &Reader) -> OutputFile {
    let urls = read.urls();
    OutputFile {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            urls.permalink("sitemap.xml")
        )
        .into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(
            xml_escape("a<b & \"c\"'"),
            "a&lt;b &amp; &quot;c&quot;&apos;"
        );
    }
}
