//! A theme's interface strings: the embedded theme's `i18n/<lang>.yaml`, with
//! the keys of the site's own file of that name, where it has one, put over
//! them one by one; checked up front so that every key a template uses, and
//! every section title, exists in both languages.

use crate::text;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics, relative};
use crate::i18n::Lang;

use super::{canonical_root, embedded, outside_the_site};

/// The interface strings of `lang`: the embedded ones, overridden key by key
/// by those of `theme_dir`, the site's own theme folder, when it has any.
pub(super) fn read_strings(
    root: &Path,
    theme_dir: Option<&Path>,
    lang: Lang,
    diags: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let file = format!("i18n/{}.yaml", lang.code());
    let embedded = embedded::file(&file).map(String::from_utf8_lossy);
    let mut strings = parse(&embedded::path(&file), &embedded.unwrap_or_default(), diags);
    let Some(path) = theme_dir.map(|dir| dir.join(&file)) else {
        return strings;
    };
    // Nothing there, not even a broken link: every string is the embedded one.
    if fs::symlink_metadata(&path).is_err() {
        return strings;
    }
    let rel = relative(root, &path);
    if let Some(diag) = outside_the_site(root, &canonical_root(root), &path) {
        diags.push(diag);
        return strings;
    }
    match fs::read_to_string(&path) {
        Ok(src) => strings.extend(parse(&rel, &src, diags)),
        Err(err) => diags.push(
            Diagnostic::error(
                &rel,
                text!("theme-cannot-read-strings", error = err.to_string()),
            )
            .with_help(text!("theme-cannot-read-strings-help")),
        ),
    }
    strings
}

/// A file of interface strings, or none when it is broken (and said so).
fn parse(path: &Path, src: &str, diags: &mut Diagnostics) -> BTreeMap<String, String> {
    crate::yaml::parse::<crate::yaml::UniqueMap<String>>(path, src, src, 1, &|_| None)
        .map(|m| m.0)
        .unwrap_or_else(|d| {
            diags.push(d);
            BTreeMap::new()
        })
}

/// Every `i18n.key` a template uses, and every section title, exists in both languages.
pub(super) fn check_strings(
    root: &Path,
    dir: &Path,
    sources: &BTreeMap<String, (PathBuf, String)>,
    strings: &[BTreeMap<String, String>; 2],
    diags: &mut Diagnostics,
) {
    let i18n_file = |lang: Lang| {
        relative(
            root,
            &dir.join("i18n").join(format!("{}.yaml", lang.code())),
        )
    };
    for (name, (path, src)) in sources {
        for (at, key) in used_keys(src) {
            for lang in Lang::ALL {
                if !strings[lang.index()].contains_key(key) {
                    diags.push_capped(path, text!("diag-kind-missing-strings"), || {
                        let file = i18n_file(lang).display().to_string();
                        Diagnostic::error(
                            path,
                            Text::new("theme-missing-string")
                                .arg("key", key)
                                .arg("file", &file)
                                .arg("template", name),
                        )
                        .at_offset(src, at, key.len() + 5)
                        .with_help(
                            Text::new("theme-missing-string-help")
                                .arg("key", key)
                                .arg("file", file),
                        )
                    });
                }
            }
        }
    }
}

/// The offsets and names of `i18n.key` uses in a template.
fn used_keys(src: &str) -> impl Iterator<Item = (usize, &str)> {
    let uses = src
        .match_indices("i18n.")
        .chain(src.match_indices("i18n_other."));
    uses.filter_map(|(at, prefix)| {
        let rest = &src[at + prefix.len()..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let preceded_by_word = src[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
        (len > 0 && !preceded_by_word).then(|| (at, &rest[..len]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_interface_strings_templates_use() {
        let src = "{{ i18n.home }} {{ i18n.not_translated | safe }} {{ x.i18n.no }} {{ i18n_other.back }}";
        let keys: Vec<&str> = used_keys(src).map(|(_, k)| k).collect();
        assert_eq!(keys, ["home", "not_translated", "back"]);
    }

    #[test]
    fn says_which_file_lacks_a_string_in_each_language() {
        let root = Path::new("site");
        let sources = BTreeMap::from([(
            "section.html".to_string(),
            (
                PathBuf::from("themes/t/templates/section.html"),
                "<p>{{ i18n.nope }}</p>".to_string(),
            ),
        )]);
        let mut diags = Diagnostics::default();
        check_strings(
            root,
            &root.join("themes/t"),
            &sources,
            &[BTreeMap::new(), BTreeMap::new()],
            &mut diags,
        );
        let found = diags.into_sorted();
        assert_eq!(found.len(), 2, "{found:?}");
        let en = found
            .iter()
            .find(|d| d.message.render(Lang::En).contains("en.yaml"));
        let en = en.expect("the English file is named");
        assert_eq!(
            en.message.render(Lang::En),
            "missing interface string `nope` in themes/t/i18n/en.yaml (used by section.html)"
        );
        assert_eq!(
            en.message.render(Lang::Zh),
            "themes/t/i18n/en.yaml中缺少界面文字`nope`（模板section.html用到了它）"
        );
        assert_eq!(
            en.help.as_ref().unwrap().render(Lang::Zh),
            "请在themes/t/i18n/en.yaml中添加`nope: …`"
        );
    }
}
