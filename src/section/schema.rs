//! JSON Schemas of a site's declared sections, for editors' YAML tooling: a
//! built-in kind's schema under its section's id, and a custom kind's made
//! from its declared fields. `zonesite schemas` writes them to `schemas/`.

use std::fs;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde_json::{Map, Value, json};

use crate::catalogue::Text;
use crate::text;

use super::fields::{Field, FieldType};
use super::{Kind, Sections};
use crate::schema::{
    EnterpriseData, Fact, IndustryData, InitiativeData, NewsData, PageData, ParkData, PartialDate,
    Photo, PolicyData, Unit, generated,
};

/// Every declared section's schema, as (file name, schema text).
pub fn section_schemas(sections: &Sections) -> Vec<(String, String)> {
    sections
        .all()
        .iter()
        .map(|&section| {
            let title = format!("content/{}/<slug>.yaml", section.name());
            let text = match section.kind() {
                Kind::Park => generated::<ParkData>(&title),
                Kind::Industry => generated::<IndustryData>(&title),
                Kind::Initiative => generated::<InitiativeData>(&title),
                Kind::Enterprise => generated::<EnterpriseData>(&title),
                Kind::Article => generated::<NewsData>(&title),
                Kind::Page => generated::<PageData>(&title),
                Kind::Policy => generated::<PolicyData>(&title),
                Kind::Custom => custom(&title, &section.declaration().fields),
            };
            (format!("{}.schema.json", section.name()), text)
        })
        .collect()
}

/// The schema of `T` as a definition, with the definitions it uses added
/// to `defs`.
fn definition<T: JsonSchema>(defs: &mut Map<String, Value>) -> Value {
    let mut schema = schemars::schema_for!(T).to_value();
    if let Some(object) = schema.as_object_mut() {
        if let Some(Value::Object(nested)) = object.remove("$defs") {
            defs.extend(nested);
        }
        object.remove("$schema");
    }
    schema
}

/// A custom kind's data file: its declared fields, `weight` and `photos`,
/// no other.
fn custom(title: &str, fields: &[Field]) -> String {
    let mut defs = Map::new();
    let fact = definition::<Fact>(&mut defs);
    defs.insert("Fact".into(), fact);
    let date = definition::<PartialDate>(&mut defs);
    defs.insert("PartialDate".into(), date);
    let unit = definition::<Unit>(&mut defs);
    defs.insert("Unit".into(), unit);
    let photo = definition::<Photo>(&mut defs);
    defs.insert("Photo".into(), photo);
    let label = json!({
        "type": "object",
        "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
        "required": ["zh", "en"],
        "additionalProperties": false
    });
    let slug = json!({"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"});
    let mut properties = Map::new();
    properties.insert(
        "weight".into(),
        json!({"type": "integer", "description": "Its place in lists: lower weights first."}),
    );
    properties.insert(
        "photos".into(),
        json!({"type": "array", "items": {"$ref": "#/$defs/Photo"}, "description": "Photos of its folder shown on its page, the first as its cover."}),
    );
    for field in fields {
        let mut schema = match &field.ty {
            FieldType::Label => label.clone(),
            FieldType::Text => json!({"type": ["string", "number"]}),
            FieldType::Number(_) => json!({"type": "number", "minimum": 0}),
            FieldType::Fact => json!({"$ref": "#/$defs/Fact"}),
            FieldType::Facts => json!({"type": "array", "items": {"$ref": "#/$defs/Fact"}}),
            FieldType::Date => json!({"$ref": "#/$defs/PartialDate"}),
            FieldType::Choice(choices) => {
                json!({"enum": choices.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>()})
            }
            FieldType::Url => json!({"type": "string", "format": "uri"}),
            FieldType::Reference { many: true, .. } => json!({"type": "array", "items": slug}),
            FieldType::Reference { .. } => slug.clone(),
        };
        schema["description"] = json!(format!("{} / {}", field.label.zh, field.label.en));
        properties.insert(field.id.clone(), schema);
    }
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.id.as_str())
        .collect();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
        "$defs": defs,
    });
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    text.push('\n');
    text
}

/// Writes the site's schemas to `root/schemas/`: those of `site.yaml`, the
/// glossary and the front matter, and one per declared section. A file of
/// the same name is replaced only when it is a schema of the same file, as
/// zonesite writes them; anything else there is left alone.
pub fn write_site_schemas(root: &Path) -> Result<Vec<PathBuf>, Text> {
    let sections = crate::content::sections(root);
    let shared = crate::schema::json_schemas()
        .into_iter()
        .filter(|(name, _)| {
            [
                "site.schema.json",
                "glossary.schema.json",
                "front-matter.schema.json",
            ]
            .contains(name)
        })
        .map(|(name, text)| (name.to_string(), text));
    let all: Vec<(String, String)> = shared.chain(section_schemas(&sections)).collect();
    let dir = root.join("schemas");
    let title = |text: &str| -> Option<String> {
        let value: Value = serde_json::from_str(text).ok()?;
        Some(value.get("title")?.as_str()?.to_string())
    };
    for (name, text) in &all {
        let path = dir.join(name);
        if let Ok(existing) = fs::read_to_string(&path)
            && title(&existing) != title(text)
        {
            let path = path.display().to_string();
            return Err(text!("section-schema-not-ours", path = path));
        }
    }
    fs::create_dir_all(&dir).map_err(|e| {
        let (path, error) = (dir.display().to_string(), e.to_string());
        text!("section-schema-cannot-create", path = path, error = error)
    })?;
    all.into_iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            fs::write(&path, text).map_err(|e| {
                let (path, error) = (path.display().to_string(), e.to_string());
                text!("section-schema-cannot-write", path = path, error = error)
            })?;
            Ok(path)
        })
        .collect()
}
