//! `photos` in a record's data file: images of its folder that its page
//! shows beside the text, the first one as the record's cover.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::i18n::{Label, Lang};
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

/// The help every malformed `alt` gets.
const ALT_HELP: &str = "write what the photo shows in both languages, alt: {zh: 南川工业园区厂房, en: Factory buildings in Nanchuan}; alt: \"\" only for an image that adds nothing to the page";

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
                        &format!("`{v}` is one text for two languages"),
                        ALT_HELP,
                    )))
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Alt, A::Error> {
                let label = Label::deserialize(de::value::MapAccessDeserializer::new(map))?;
                for lang in Lang::ALL {
                    if label.get(lang).trim().is_empty() {
                        let name = match lang {
                            Lang::Zh => "Chinese",
                            Lang::En => "English",
                        };
                        return Err(de::Error::custom(with_help(
                            &format!("the {name} alt text (`{}`) is empty", lang.code()),
                            ALT_HELP,
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
