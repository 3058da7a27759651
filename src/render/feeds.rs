//! The machine-readable files: Atom feeds of news and initiatives per language,
//! the sitemap with hreflang alternates, and robots.txt.

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::model::Site;
use crate::output::OutputFile;
use crate::schema::PartialDate;
use crate::section::Section;
use crate::urls::Urls;

/// Escapes text for XML and HTML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut done = 0;
    // The characters escaped are ASCII, so every cut is at a character boundary.
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            _ => continue,
        };
        out.push_str(&text[done..i]);
        out.push_str(entity);
        done = i + 1;
    }
    out.push_str(&text[done..]);
    out
}

/// One Atom feed per language: its news and initiatives, newest first.
pub fn feeds(site: &Site, urls: &Urls) -> Vec<OutputFile> {
    Lang::ALL
        .into_iter()
        .map(|lang| feed(site, urls, lang))
        .collect()
}

fn feed(site: &Site, urls: &Urls, lang: Lang) -> OutputFile {
    let mut entries: Vec<(PartialDate, usize)> = site
        .records
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            matches!(r.section, Section::News | Section::Initiatives) && r.is_translated(lang)
        })
        .filter_map(|(i, r)| r.date().map(|d| (d, i)))
        .collect();
    entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let updated = entries
        .first()
        .map(|e| e.0)
        .or_else(|| site.config.sources.iter().map(|s| s.date).max())
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| d.rfc3339());
    let path = format!("{}atom.xml", urls.lang_dir(lang));
    let c = &site.config;
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
        let record = &site.records[i];
        let (text, _) = record.text(lang);
        let link = urls.permalink(&urls.record(lang, record.section, &record.slug));
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <updated>{}</updated>\n    <category term=\"{}\"/>\n    <summary>{}</summary>\n  </entry>\n",
            xml_escape(&text.front.title),
            xml_escape(&link),
            xml_escape(&link),
            date.rfc3339(),
            record.section.name(),
            xml_escape(text.front.summary.as_deref().unwrap_or("")),
        );
    }
    xml.push_str("</feed>\n");
    OutputFile {
        path,
        bytes: xml.into_bytes(),
    }
}

/// The sitemap: every page written in its language, with its hreflang alternates.
pub fn sitemap(site: &Site, urls: &Urls) -> OutputFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut add = |path: &dyn Fn(Lang) -> String, written: &dyn Fn(Lang) -> bool| {
        // Each page's address, made once for all the entries that name it.
        let loc = Lang::ALL.map(|l| written(l).then(|| xml_escape(&urls.permalink(&path(l)))));
        let default = loc[Lang::Zh.index()]
            .as_ref()
            .or(loc[Lang::En.index()].as_ref());
        for here in loc.iter().flatten() {
            let _ = writeln!(xml, "  <url>\n    <loc>{here}</loc>");
            for alt in Lang::ALL {
                if let Some(href) = &loc[alt.index()] {
                    let _ = writeln!(
                        xml,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>",
                        alt.tag(),
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
    for section in Section::ALL {
        let pages = site
            .section(section)
            .count()
            .div_ceil(crate::render::PAGE_SIZE)
            .max(1);
        for n in 0..pages {
            add(&|l| urls.section_page(l, section, n), &|_| true);
        }
    }
    for record in &site.records {
        add(&|l| urls.record(l, record.section, &record.slug), &|l| {
            record.is_translated(l)
        });
    }
    xml.push_str("</urlset>\n");
    OutputFile {
        path: "sitemap.xml".into(),
        bytes: xml.into_bytes(),
    }
}

/// robots.txt, pointing crawlers at the sitemap.
pub fn robots(urls: &Urls) -> OutputFile {
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
