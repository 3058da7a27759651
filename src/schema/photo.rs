//! `photos` in a record's data file: images of its folder that its page
//! shows beside the text, the first one as the record's cover.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::i18n::{Label, Lang};
use crate::text;
use crate::yaml::with_help;

/// One photo of a record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    /// The image's name in the record's folder, `content/<section>/<slug>/`:
    /// `厂房.jpg`.
    pub file: String,
    /// What it shows, in both languages, for readers who cannot see it;
    /// `""` only for an image that adds nothing to the page.
    pub alt: Alt,
    /// A caption shown under it, in both languages.
    #[serde(default)]
    pub caption: Option<Label>,
    /// Who made the photo or holds its rights, in both languages.
    #[serde(default)]
    pub credit: Option<Label>,
}

/// A photo's alt text: what it shows in each language, or nothing for an
/// image that only decorates. An empty text in one language is an error,
/// never a silent omission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alt {
    /// What the image shows.
    Text(Label),
    /// An image that adds nothing; its `alt` is empty on purpose.
    Decorative,
}

impl Alt {
    /// The text in `lang`, empty for a decorative image.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Alt::Text(label) => label.get(lang),
            Alt::Decorative => "",
        }
    }
}

impl<'de> Deserialize<'de> for Alt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Alt, D::Error> {
        struct AltVisitor;
        impl<'de> Visitor<'de> for AltVisitor {
            type Value = Alt;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("{zh: …, en: …}, or \"\" for a decorative image")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Alt, E> {
                if v.is_empty() {
                    Ok(Alt::Decorative)
                } else {
                    Err(E::custom(with_help(
                        text!("schema-alt-one-text", text = v),
                        text!("schema-alt-help"),
                    )))
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Alt, A::Error> {
                let label = Label::deserialize(de::value::MapAccessDeserializer::new(map))?;
                for lang in Lang::ALL {
                    if label.get(lang).trim().is_empty() {
                        return Err(de::Error::custom(with_help(
                            text!("schema-alt-empty", lang = lang.code()),
                            text!("schema-alt-help"),
                        )));
                    }
                }
                Ok(Alt::Text(label))
            }
        }
        d.deserialize_any(AltVisitor)
    }
}

impl JsonSchema for Alt {
    fn schema_name() -> Cow<'static, str> {
        "Alt".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> schemars::Schema {
        let label = generator.subschema_for::<Label>();
        json_schema!({
            "description": "What the photo shows, {zh: …, en: …}; \"\" only for a decorative image.",
            "anyOf": [label, {"type": "string", "const": ""}]
        })
    }
}
