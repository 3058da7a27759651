//! The JSON Schemas in `schemas/`: generated from the types that read content,
//! kept current, and true to the real content.

use std::fs;
use std::path::Path;

use crate::common::{Site, project};
use zonesite::schema::json_schemas;

fn schema_for(rel: &Path) -> &'static str {
    let name = rel.file_name().unwrap().to_string_lossy();
    if name.ends_with(".md") {
        return "front-matter.schema.json";
    }
    match name.as_ref() {
        "site.yaml" => "site.schema.json",
        "glossary.yaml" => "glossary.schema.json",
        _ => match rel.parent().unwrap().file_name().unwrap().to_str().unwrap() {
            "parks" => "parks.schema.json",
            "industries" => "industries.schema.json",
            "initiatives" => "initiatives.schema.json",
            "enterprises" => "enterprises.schema.json",
            "news" => "news.schema.json",
            "pages" => "pages.schema.json",
            "policies" => "policies.schema.json",
            other => panic!("no schema for section {other}"),
        },
    }
}

/// The YAML a content file holds (a Markdown file's front matter), as JSON.
fn yaml_of(text: &str, is_markdown: bool) -> serde_json::Value {
    let yaml = if is_markdown {
        text.split("---\n").nth(1).unwrap()
    } else {
        text
    };
    let value: serde_json::Value = serde_yaml::from_str(yaml).unwrap();
    if value.is_null() {
        serde_json::json!({})
    } else {
        value
    }
}

fn errors(schema_name: &str, instance: &serde_json::Value) -> Vec<String> {
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(project().join("schemas").join(schema_name)).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn committed_schemas_match_the_types() {
    let dir = project().join("schemas");
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        fs::create_dir_all(&dir).unwrap();
        for (name, text) in json_schemas() {
            fs::write(dir.join(name), text).unwrap();
        }
    }
    for (name, text) in json_schemas() {
        let committed = fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == text,
            "schemas/{name} is out of date: run `UPDATE_SCHEMAS=1 cargo test schemas`"
        );
    }
}

#[test]
fn schemas_accept_every_file_of_the_real_content() {
    let content = project().join("content");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&content)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
    {
        let rel = entry.path().strip_prefix(&content).unwrap();
        let text = fs::read_to_string(entry.path()).unwrap();
        let instance = yaml_of(&text, rel.extension().unwrap() == "md");
        let found = errors(schema_for(rel), &instance);
        assert!(found.is_empty(), "{}: {found:?}", rel.display());
        checked += 1;
    }
    assert!(checked > 100, "only {checked} files");
}

#[test]
fn schemas_reject_a_wrong_type() {
    let fixture =
        project().join("tests/fixtures/invalid/type-string-for-number/content/parks/north.yaml");
    let found = errors(
        "parks.schema.json",
        &yaml_of(&fs::read_to_string(fixture).unwrap(), false),
    );
    assert!(found.iter().any(|e| e.contains("area_km2")), "{found:?}");
    let found = errors("parks.schema.json", &serde_json::json!({"aera_km2": 1}));
    assert!(!found.is_empty(), "unknown fields are flagged");
    let found = errors(
        "front-matter.schema.json",
        &serde_json::json!({"title": "x", "industries": []}),
    );
    assert!(!found.is_empty(), "data fields in front matter are flagged");
}

#[test]
fn new_scaffolds_a_record_that_validates_and_builds() {
    let site = Site::fixture("basic");
    // The schemas in the site, as `zonesite init` writes them: `new` names them.
    crate::common::copy_dir(&project().join("schemas"), &site.path("schemas"));
    for (section, slug) in [
        ("parks", "south"),
        ("initiatives", "new-plan"),
        ("news", "update"),
        ("enterprises", "beta"),
        ("industries", "solar"),
        ("pages", "contact"),
    ] {
        let run = site.run(&["new", section, slug]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let dir = site.path(&format!("content/{section}"));
        for entry in fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with(slug) {
                continue;
            }
            let text = fs::read_to_string(entry.path()).unwrap();
            assert!(
                text.contains("# yaml-language-server: $schema=../../schemas/"),
                "{name}"
            );
            let rel = Path::new(section).join(&name);
            let found = errors(schema_for(&rel), &yaml_of(&text, name.ends_with(".md")));
            assert!(found.is_empty(), "{name}: {found:?}");
        }
    }
    site.build_ok(&[]);
    assert!(
        !site.path("public/parks/south").exists(),
        "new records are drafts"
    );
    site.build_ok(&["--drafts"]);
    assert!(site.path("public/en/parks/south/index.html").exists());
    let again = site.run(&["new", "parks", "south"]);
    assert_eq!(again.code, Some(2));
    assert!(again.stderr.contains("already exists"));
}
