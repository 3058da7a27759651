use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{self, Entry};

use super::*;

/// Each message id of `lang`'s catalogue, with the file it is in and the
/// `$values` it names.
fn messages(lang: Lang) -> BTreeMap<String, (&'static str, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (file, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{}/{file}: {errors:?}", lang.code()));
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                let id = m.id.name.to_string();
                let again = out.insert(id.clone(), (file, vars));
                assert!(
                    again.is_none(),
                    "`{id}` is defined twice in {}",
                    lang.code()
                );
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_values() {
    let zh = messages(Lang::Zh);
    let en = messages(Lang::En);
    assert!(!zh.is_empty());
    let mut problems = Vec::new();
    for (id, (file, vars)) in &zh {
        match en.get(id) {
            None => problems.push(format!("`{id}` ({file}) is in Chinese only")),
            Some((en_file, en_vars)) => {
                if en_file != file {
                    problems.push(format!("`{id}` is in zh/{file} but en/{en_file}"));
                }
                if en_vars != vars {
                    problems.push(format!(
                        "`{id}` names {vars:?} in Chinese, {en_vars:?} in English"
                    ));
                }
            }
        }
    }
    for (id, (file, _)) in &en {
        if !zh.contains_key(id) {
            problems.push(format!("`{id}` ({file}) is in English only"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The ids that the code asks for: `text!("id"` and `Text::new("id"`.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        // The catalogue's own code names ids only as examples.
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().starts_with(src.join("catalogue"))
        {
            continue;
        }
        let code = std::fs::read_to_string(entry.path()).unwrap();
        for opener in ["text!(", "Text::new("] {
            for (i, _) in code.match_indices(opener) {
                // `cargo fmt` may put the id on the next line.
                let Some(rest) = code[i + opener.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap()];
                if id != "id" {
                    out.entry(id.to_string())
                        .or_insert_with(|| entry.path().display().to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_names_is_in_the_catalogue_and_every_one_is_used() {
    let zh = messages(Lang::Zh);
    let used = ids_in_code();
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !zh.contains_key(*id))
        .map(|(id, file)| format!("{file}: `{id}`"))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the catalogue:\n{}",
        missing.join("\n")
    );
    let unused: Vec<_> = zh
        .iter()
        .filter(|(id, _)| !used.contains_key(*id))
        .map(|(id, (file, _))| format!("{file}: `{id}`"))
        .collect();
    assert!(unused.is_empty(), "never used:\n{}", unused.join("\n"));
}

#[test]
fn values_fill_the_message_in_each_language() {
    let t = text!("diag-errors", count = 2usize);
    assert_eq!(t.render(Lang::En), "2 errors");
    assert_eq!(t.render(Lang::Zh), "2个错误");
    assert_eq!(
        text!("diag-errors", count = 1usize).render(Lang::En),
        "1 error"
    );
}

#[test]
fn an_encoded_message_comes_back_whole() {
    let t = text!("diag-errors", count = 3usize);
    assert_eq!(Text::decode(&t.encode()), Some(t));
    assert_eq!(Text::decode("invalid type"), None);
}
