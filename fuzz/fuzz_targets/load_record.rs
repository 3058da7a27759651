//! Loads one record file of any kind from arbitrary bytes, then builds and
//! renders a small site around it: no input may panic.

#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use zonesite::content::{FileKind, Parsed, SourceFile, parse_file};
use zonesite::diag::Diagnostics;
use zonesite::i18n::Lang;
use zonesite::model::{self, Options};
use zonesite::section::Sections;
use zonesite::urls::Urls;

const SITE: &str = "name: {zh: 区, en: Zone}\ndescription: {zh: 区, en: Zone}\nbase_url: https://example.org/\nsources:\n  - id: s\n    title: {zh: 源, en: Source}\n    date: 2017\n";

fn file(path: &str, kind: FileKind, text: &str) -> SourceFile {
    SourceFile { path: path.into(), kind, text: Arc::from(text) }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let sections = Sections::builtin();
    let section = sections.all()[usize::from(selector) % sections.len()];
    let parks = sections.get("parks").expect("a built-in section");
    let slug = "fuzzed".to_string();
    let lang = if selector & 0x40 == 0 { Lang::Zh } else { Lang::En };
    let kind = match (selector >> 3) % 4 {
        0 => FileKind::Data(section, slug),
        1 => FileKind::Text(section, slug, lang),
        2 => FileKind::Intro(section, lang),
        _ => FileKind::Site,
    };
    let mut files = vec![
        file("content/parks/north.yaml", FileKind::Data(parks, "north".into()), "industries: []\n"),
        file("content/parks/north.zh.md", FileKind::Text(parks, "north".into(), Lang::Zh), "---\ntitle: 北园\n---\n## 概况\n"),
        file("content/fuzzed", kind, text),
    ];
    if !matches!(files[2].kind, FileKind::Site) {
        files.push(file("content/site.yaml", FileKind::Site, SITE));
    }
    let mut diags = Diagnostics::default();
    let parsed: Vec<Parsed> = files
        .into_iter()
        .filter_map(|f| {
            let kind = f.kind.clone();
            zonesite::content::settle(Some(kind), parse_file(f), &mut diags)
        })
        .collect();
    if let Some(site) = model::build(parsed, &Options::default(), &mut diags) {
        let urls = Urls::new(site.config.base_url.clone(), site.config.default_language_in_subdir);
        for record in &site.records {
            for lang in Lang::ALL {
                let text = record.text(lang).0;
                zonesite::markdown::render(text.body(), &text.outline, lang, &urls, false);
            }
        }
    }
    for d in diags.into_sorted() {
        let _ = d.render(false);
    }
});
