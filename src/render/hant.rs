//! Traditional Chinese (zh-Hant), for readers in Hong Kong, Macao, Taiwan and
//! overseas: each Simplified Chinese page is written a second time under
//! `zh-hant/`, its text converted by OpenCC's Simplified-to-Traditional
//! dictionaries (the glossary's own Traditional forms first), its links to
//! Chinese pages led to their Traditional twins, its language switch turned
//! back to Simplified. Only text is converted (the page's and its JSON-LD's):
//! addresses, scripts and styles stay as they are.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::glossary::Term;

/// The folder of the Traditional pages under the site's base path.
pub const DIR: &str = "zh-hant/";

/// Their language tag.
pub const TAG: &str = "zh-Hant";

/// The converter, built once: its dictionaries are embedded in the binary.
fn opencc() -> &'static OpenCC {
    static CONVERTER: OnceLock<OpenCC> = OnceLock::new();
    CONVERTER.get_or_init(|| {
        OpenCC::from_config(BuiltinConfig::S2t).expect("the embedded s2t dictionaries load")
    })
}

/// Simplified-to-Traditional conversion that writes the glossary's names as
/// the glossary gives them in Traditional (`zh_hant`), whatever OpenCC would.
pub struct Converter {
    /// The glossary's Simplified names that have a Traditional form.
    names: Option<AhoCorasick>,
    /// Those forms, by pattern.
    forms: Vec<String>,
}

impl Converter {
    /// A converter with the overrides of `glossary`.
    pub fn new(glossary: &[Term]) -> Converter {
        let pairs: Vec<(&str, &str)> = glossary
            .iter()
            .filter_map(|t| Some((t.zh.as_str(), t.zh_hant.as_deref()?)))
            .filter(|(zh, _)| !zh.is_empty())
            .collect();
        let names = (!pairs.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(pairs.iter().map(|(zh, _)| zh))
                .expect("glossary names make an automaton")
        });
        Converter {
            names,
            forms: pairs.iter().map(|(_, hant)| hant.to_string()).collect(),
        }
    }

    /// `text` in Traditional Chinese.
    pub fn text(&self, text: &str) -> String {
        if !text.chars().any(is_han) {
            return text.to_string();
        }
        let Some(names) = &self.names else {
            return opencc().convert(text);
        };
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for m in names.find_iter(text) {
            out.push_str(&opencc().convert(&text[at..m.start()]));
            out.push_str(&self.forms[m.pattern().as_usize()]);
            at = m.end();
        }
        out.push_str(&opencc().convert(&text[at..]));
        out
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Where the Traditional twin of the Chinese page or file at `path` (from
/// the output root) lives, `zh_dir` being the Chinese pages' folder (`` or
/// `zh/`); `None` for a path outside it.
pub fn twin_path(path: &str, zh_dir: &str) -> Option<String> {
    let rest = path.strip_prefix(zh_dir)?;
    (!rest.starts_with("en/") && !rest.starts_with(DIR)).then(|| format!("{DIR}{rest}"))
}

/// How a page's links are led to the Traditional twins: the base URL's path,
/// its origin, and the Chinese pages' folder.
pub struct Links<'a> {
    /// The base URL's path, e.g. `/` or `/kfq/`.
    pub base_path: &'a str,
    /// The base URL's origin, e.g. `https://example.org`.
    pub origin: &'a str,
    /// The Chinese pages' folder under the base path.
    pub zh_dir: &'a str,
}

impl Links<'_> {
    /// The twin's address of a link to a Chinese page (a folder address) or
    /// the Chinese feed; `None` for any other link.
    fn lead(&self, href: &str) -> Option<String> {
        let (prefix, rel) = match href.strip_prefix(self.origin) {
            Some(rest) if !self.origin.is_empty() => (self.origin, rest),
            _ => ("", href),
        };
        let rel = rel.strip_prefix(self.base_path)?;
        let path = rel.split(['#', '?']).next().unwrap_or_default();
        let is_page =
            path.is_empty() || path.ends_with('/') || path == format!("{}atom.xml", self.zh_dir);
        if !is_page || path.starts_with("pagefind/") {
            return None;
        }
        let twin = twin_path(rel, self.zh_dir)?;
        Some(format!("{prefix}{}{twin}", self.base_path))
    }
}

/// Attributes whose values are text a reader sees or hears.
const TEXT_ATTRIBUTES: [&str; 7] = [
    "alt",
    "title",
    "aria-label",
    "placeholder",
    "content",
    "data-pagefind-filter",
    "data-pagefind-meta",
];

/// The link from a page to its Traditional twin, as `base.html` writes it,
/// and the link back to Simplified that takes its place on the twin.
pub struct Switch {
    /// The link on the Simplified page.
    pub to_hant: String,
    /// The link on the Traditional page.
    pub to_hans: String,
}

impl Switch {
    /// The links between the Simplified page at `hans` and its twin at `hant`.
    pub fn new(hans: &str, hant: &str) -> Switch {
        Switch {
            to_hant: link(hant, "zh-Hant", NAME_HANT),
            to_hans: link(hans, "zh-Hans", NAME_HANS),
        }
    }
}

/// What the language switch calls each script.
pub const NAME_HANT: &str = "繁體";
const NAME_HANS: &str = "简体";

fn link(href: &str, tag: &str, name: &str) -> String {
    format!(
        "<a class=\"lang-variant\" href=\"{href}\" hreflang=\"{tag}\" lang=\"{tag}\">{name}</a>"
    )
}

/// The Traditional twin of a Chinese page (or feed): its text converted, its
/// links to Chinese pages led to their twins (but not its `hreflang`
/// alternates, which name each language's own page), its language declared
/// `zh-Hant`, and the switch to Traditional made a switch to Simplified.
pub fn page(html: &str, links: &Links, conv: &Converter, switch: Option<&Switch>) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    // Inside <script> or <style>: their end tag, and whether the content is
    // data whose text converts (JSON-LD) rather than code.
    let mut raw: Option<&str> = None;
    let mut data = false;
    while let Some(lt) = rest.find('<') {
        let (text, tag_on) = rest.split_at(lt);
        if raw.is_some() && !data {
            out.push_str(text);
        } else {
            out.push_str(&conv.text(text));
        }
        let Some(gt) = tag_on.find('>') else {
            out.push_str(tag_on);
            return out;
        };
        let tag = &tag_on[..=gt];
        rest = &tag_on[gt + 1..];
        if let Some(end) = raw {
            if tag.to_ascii_lowercase().starts_with(end) {
                raw = None;
            }
            out.push_str(tag);
            continue;
        }
        let lower = tag.to_ascii_lowercase();
        if lower.starts_with("<script") && !lower.ends_with("/>") {
            raw = Some("</script");
            data = lower.contains("application/ld+json");
        } else if lower.starts_with("<style") {
            raw = Some("</style");
            data = false;
        }
        out.push_str(&self::tag(tag, links, conv));
    }
    out.push_str(&if raw.is_some() {
        rest.to_string()
    } else {
        conv.text(rest)
    });
    match switch {
        Some(s) => out.replace(&s.to_hant, &s.to_hans),
        None => out,
    }
}

/// One tag with its text attributes converted and its links led.
fn tag(tag: &str, links: &Links, conv: &Converter) -> String {
    if tag.starts_with("</") || tag.starts_with("<!") {
        return tag.to_string();
    }
    let alternate = tag.contains("hreflang=");
    let mut out = String::with_capacity(tag.len());
    let mut rest = tag;
    // Attributes are written `name="value"` by the templates and Tera.
    while let Some(eq) = rest.find("=\"") {
        let name_start = rest[..eq]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |i| i + 1);
        let name = &rest[name_start..eq];
        let value_start = eq + 2;
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        let value = &rest[value_start..value_start + len];
        out.push_str(&rest[..value_start]);
        let new = match name {
            "lang" if value == "zh-Hans" => "zh-Hant".to_string(),
            "href" | "action" if !alternate => {
                links.lead(value).unwrap_or_else(|| value.to_string())
            }
            "content" => links.lead(value).unwrap_or_else(|| conv.text(value)),
            n if TEXT_ATTRIBUTES.contains(&n) => conv.text(value),
            _ => value.to_string(),
        };
        out.push_str(&new);
        rest = &rest[value_start + len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(zh: &str, hant: Option<&str>) -> Term {
        Term {
            zh: zh.into(),
            en: "x".into(),
            zh_hant: hant.map(str::to_string),
            avoid: Default::default(),
        }
    }

    #[test]
    fn converts_text_with_the_glossary_first() {
        let plain = Converter::new(&[]);
        assert_eq!(plain.text("开发区深入学习"), "開發區深入學習");
        assert_eq!(plain.text("ASCII only"), "ASCII only");
        let named = Converter::new(&[term("西宁", Some("西甯")), term("园区", None)]);
        assert_eq!(named.text("西宁的园区"), "西甯的園區");
    }

    #[test]
    fn leads_chinese_page_links_to_their_twins_and_leaves_the_rest() {
        let links = Links {
            base_path: "/",
            origin: "https://example.org",
            zh_dir: "",
        };
        let conv = Converter::new(&[]);
        let html = "<html lang=\"zh-Hans\"><head><link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/parks/\"><link rel=\"stylesheet\" href=\"/style.1.css\"><script>var a = \"园区\";</script></head>\
            <body><a href=\"/parks/north/#概况\" title=\"园区\">园区</a><a href=\"/en/parks/\">Parks</a><a href=\"/files/指南.pdf\">指南</a><img alt=\"厂房\" src=\"/parks/north/厂房.jpg\"></body></html>";
        let out = page(
            html,
            &links,
            &conv,
            Some(&Switch::new("/parks/", "/zh-hant/parks/")),
        );
        assert!(out.starts_with("<html lang=\"zh-Hant\">"), "{out}");
        assert!(out.contains("hreflang=\"zh-Hans\" href=\"https://example.org/parks/\""));
        assert!(out.contains("href=\"/style.1.css\""));
        assert!(out.contains("var a = \"园区\";"), "scripts stay as written");
        assert!(
            out.contains("<a href=\"/zh-hant/parks/north/#概况\" title=\"園區\">園區</a>"),
            "{out}"
        );
        assert!(out.contains("<a href=\"/en/parks/\">Parks</a>"));
        assert!(out.contains("<a href=\"/files/指南.pdf\">指南</a>"));
        assert!(
            out.contains("<img alt=\"廠房\" src=\"/parks/north/厂房.jpg\">"),
            "{out}"
        );
    }
}
