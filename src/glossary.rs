//! The glossary: the zone's proper names in both languages, each with the
//! forms to avoid (`avoid: {zh: […], en: […]}`), and the check that warns
//! where a text uses one of those instead of the name.

use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::model::Site;
use crate::text;

/// One proper name of the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The name in Chinese.
    pub zh: String,
    /// The name in English.
    pub en: String,
    /// The name in Traditional Chinese, where the Traditional pages should
    /// write it otherwise than the converter would.
    #[serde(default)]
    pub zh_hant: Option<String>,
    /// Forms of the name that texts should not use: older names, informal
    /// short forms, other spellings.
    #[serde(default)]
    pub avoid: Avoid,
}

/// The forms of a name to avoid, per language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Avoid {
    /// In Chinese texts.
    #[serde(default)]
    pub zh: Vec<String>,
    /// In English texts.
    #[serde(default)]
    pub en: Vec<String>,
}

impl Term {
    fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    fn avoid(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Zh => &self.avoid.zh,
            Lang::En => &self.avoid.en,
        }
    }
}

/// Finds the forms to avoid of one language in a text.
struct Finder<'a> {
    lang: Lang,
    matcher: AhoCorasick,
    /// For each pattern, the name to write instead, or `None` for a name of
    /// the glossary itself (searched for so that a form to avoid inside it,
    /// such as 开发区 in 西宁经济技术开发区, is not reported).
    preferred: Vec<Option<&'a str>>,
}

impl<'a> Finder<'a> {
    fn new(terms: &'a [Term], lang: Lang) -> Option<Finder<'a>> {
        let mut patterns = Vec::new();
        let mut preferred = Vec::new();
        for term in terms {
            if !term.name(lang).is_empty() {
                patterns.push(term.name(lang));
                preferred.push(None);
            }
            for form in term.avoid(lang).iter().filter(|f| !f.is_empty()) {
                patterns.push(form.as_str());
                preferred.push(Some(term.name(lang)));
            }
        }
        if preferred.iter().all(Option::is_none) {
            return None;
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()?;
        Some(Finder {
            lang,
            matcher,
            preferred,
        })
    }

    /// A warning for each form to avoid in `source` (the file `path`): one
    /// pass over the text, whatever the size of the glossary.
    fn check(&self, path: &Path, source: &str, out: &mut Vec<Diagnostic>) {
        for found in self.matcher.find_iter(source) {
            let Some(name) = self.preferred[found.pattern().as_usize()] else {
                continue;
            };
            // English forms are words: `Zone` is not reported inside `Zones`.
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if self.lang == Lang::En
                && (word(source[..found.start()].chars().next_back())
                    || word(source[found.end()..].chars().next()))
            {
                continue;
            }
            let form = &source[found.range()];
            out.push(
                Diagnostic::warning(path, text!("glossary-variant", form = form, name = name))
                    .at_offset(source, found.start(), found.len())
                    .with_help(text!("glossary-variant-help", form = form, name = name)),
            );
        }
    }
}

/// Where the site's texts use a form of a name that the glossary says to
/// avoid: in each language's text files (front matter and body) and
/// introductions, and in data files (labels in both languages).
pub fn variants(site: &Site) -> Vec<Diagnostic> {
    let finders: Vec<Finder> = Lang::ALL
        .into_iter()
        .filter_map(|lang| Finder::new(&site.glossary, lang))
        .collect();
    let mut out = Vec::new();
    for finder in &finders {
        let i = finder.lang.index();
        for record in &site.records {
            if let Some(text) = &record.texts[i] {
                finder.check(&text.path, &text.source, &mut out);
            }
            if let Some((path, source)) = &record.data_file {
                finder.check(path, source, &mut out);
            }
        }
        for ((_, lang), intro) in &site.intros {
            if *lang == finder.lang {
                finder.check(&intro.path, &intro.source, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Vec<Term> {
        vec![
            Term {
                zh: "西宁经济技术开发区".into(),
                en: "Xining Economic and Technological Development Zone".into(),
                zh_hant: None,
                avoid: Avoid {
                    zh: vec!["西宁经开区".into(), "开发区".into()],
                    en: vec!["Xining Development Zone".into()],
                },
            },
            Term {
                zh: "南川工业园区".into(),
                en: "Nanchuan Industrial Park".into(),
                zh_hant: None,
                avoid: Avoid::default(),
            },
        ]
    }

    fn found(lang: Lang, source: &str) -> Vec<(usize, usize, String)> {
        let terms = terms();
        let mut out = Vec::new();
        Finder::new(&terms, lang)
            .unwrap()
            .check(Path::new("a.md"), source, &mut out);
        out.iter()
            .map(|d| (d.pos.line, d.pos.col, d.message.render(Lang::En)))
            .collect()
    }

    #[test]
    fn a_form_to_avoid_is_named_with_the_name_to_write() {
        assert_eq!(
            found(Lang::Zh, "---\ntitle: 概况\n---\n西宁经开区位于西宁市。\n"),
            [(
                4,
                1,
                "`西宁经开区` is a form the glossary says to avoid: write `西宁经济技术开发区`"
                    .into()
            )]
        );
        let terms = terms();
        let mut out = Vec::new();
        Finder::new(&terms, Lang::Zh)
            .unwrap()
            .check(Path::new("a.md"), "西宁经开区", &mut out);
        assert_eq!(
            out[0].message.render(Lang::Zh),
            "`西宁经开区`是术语表中不推荐的写法：请写作`西宁经济技术开发区`"
        );
    }

    #[test]
    fn a_form_inside_the_name_itself_is_not_reported() {
        assert_eq!(
            found(Lang::Zh, "西宁经济技术开发区和开发区"),
            [(
                1,
                11,
                "`开发区` is a form the glossary says to avoid: write `西宁经济技术开发区`".into()
            )]
        );
    }

    #[test]
    fn english_forms_are_whole_words() {
        assert_eq!(found(Lang::En, "Xining Development Zones grew.").len(), 0);
        assert_eq!(
            found(Lang::En, "The Xining Development Zone grew.").len(),
            1
        );
    }
}
