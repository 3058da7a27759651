//! Units a fact's value can be in: zonesite's own closed list, the units a
//! site defines in `site.yaml`, and counted things named in place. Each says
//! how both languages write it; `crate::facts` writes numbers in it.
//!
//! Values are stored in the unit itself and never converted: a figure in US
//! dollars stays in US dollars, one in mu stays in mu.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::i18n::Lang;

/// One of zonesite's own units. The list is closed; a site adds others in
/// `site.yaml` (`units`), or names a counted thing in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KnownUnit {
    /// Renminbi yuan.
    Yuan,
    /// US dollars.
    Usd,
    /// Euros.
    Eur,
    /// Hong Kong dollars.
    Hkd,
    /// Square kilometres.
    Km2,
    /// Mu (亩), the Chinese unit of land area (1/15 hectare).
    Mu,
    /// Hectares.
    Ha,
    /// Square metres.
    M2,
    /// Kilowatt hours.
    Kwh,
    /// Gigawatt hours.
    Gwh,
    /// Metric tonnes.
    Tonnes,
    /// Percent.
    Percent,
}

impl KnownUnit {
    /// Every built-in unit, in the order the documentation lists them.
    pub const ALL: [KnownUnit; 12] = [
        KnownUnit::Yuan,
        KnownUnit::Usd,
        KnownUnit::Eur,
        KnownUnit::Hkd,
        KnownUnit::Km2,
        KnownUnit::Mu,
        KnownUnit::Ha,
        KnownUnit::M2,
        KnownUnit::Kwh,
        KnownUnit::Gwh,
        KnownUnit::Tonnes,
        KnownUnit::Percent,
    ];

    /// The id facts name it by.
    pub fn id(self) -> &'static str {
        self.spec().0
    }

    /// The unit whose id is `id`, if it is built in.
    pub fn from_id(id: &str) -> Option<KnownUnit> {
        KnownUnit::ALL.into_iter().find(|u| u.id() == id)
    }

    /// How both languages write it.
    pub fn forms(self) -> UnitForms<'static> {
        self.spec().1
    }

    fn spec(self) -> (&'static str, UnitForms<'static>) {
        let forms = |zh, en_one, en| UnitForms {
            zh,
            en,
            en_one,
            scaled: true,
        };
        match self {
            KnownUnit::Yuan => ("yuan", forms("元", "yuan", "yuan")),
            KnownUnit::Usd => ("usd", forms("美元", "US dollar", "US dollars")),
            KnownUnit::Eur => ("eur", forms("欧元", "euro", "euros")),
            KnownUnit::Hkd => (
                "hkd",
                forms("港元", "Hong Kong dollar", "Hong Kong dollars"),
            ),
            KnownUnit::Km2 => ("km2", forms("平方公里", "km²", "km²")),
            KnownUnit::Mu => ("mu", forms("亩", "mu", "mu")),
            KnownUnit::Ha => ("ha", forms("公顷", "hectare", "hectares")),
            KnownUnit::M2 => ("m2", forms("平方米", "m²", "m²")),
            KnownUnit::Kwh => ("kwh", forms("千瓦时", "kWh", "kWh")),
            KnownUnit::Gwh => ("gwh", forms("吉瓦时", "GWh", "GWh")),
            KnownUnit::Tonnes => ("tonnes", forms("吨", "tonne", "tonnes")),
            // A percentage is never written with 万 or million.
            KnownUnit::Percent => (
                "percent",
                UnitForms {
                    scaled: false,
                    ..forms("%", "%", "%")
                },
            ),
        }
    }
}

/// How both languages write a unit after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitForms<'a> {
    /// Chinese, written straight after the number: `元`, `家`, `%`.
    pub zh: &'a str,
    /// English after any number but 1: `yuan`, `enterprises`, `%`.
    pub en: &'a str,
    /// English after the number 1: `yuan`, `enterprise`.
    pub en_one: &'a str,
    /// Whether large numbers are written with 万, 亿 and million, billion.
    pub scaled: bool,
}

impl UnitForms<'_> {
    /// The unit as `lang` names it (English in the plural): `元`, `enterprises`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// A counted thing named in place: `{zh: 家, en: enterprises, en_one: enterprise}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitLabel {
    /// Chinese, written after the number: `家`.
    pub zh: String,
    /// English after any number but 1 (the plural): `enterprises`.
    pub en: String,
    /// English after the number 1 (the singular): `enterprise`.
    #[serde(default)]
    pub en_one: Option<String>,
}

/// A unit a site defines in `site.yaml`, which facts name by its id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteUnit {
    /// How facts name it: lowercase letters and digits, words joined by
    /// single hyphens, e.g. `beds`.
    #[schemars(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: String,
    /// Chinese, written after the number: `张床位`.
    pub zh: String,
    /// English after any number but 1 (the plural): `beds`.
    pub en: String,
    /// English after the number 1 (the singular): `bed`.
    #[serde(default)]
    pub en_one: Option<String>,
    /// Whether large numbers are written with 万, 亿 and million, billion
    /// (the default); `false` writes every digit, as for percentages.
    #[serde(default = "yes")]
    pub scale: bool,
}

fn yes() -> bool {
    true
}

/// The unit of a fact's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// A built-in unit.
    Known(KnownUnit),
    /// A unit named by an id that is not built in: one that `site.yaml`
    /// defines, checked when the site is assembled.
    Site(String),
    /// A counted thing named in place.
    Label(UnitLabel),
}

impl Unit {
    /// How both languages write the unit; `None` for an id that `units` (the
    /// site's own) does not define.
    pub fn forms<'a>(&'a self, units: &'a [SiteUnit]) -> Option<UnitForms<'a>> {
        match self {
            Unit::Known(known) => Some(known.forms()),
            Unit::Site(id) => units.iter().find(|u| u.id == *id).map(|u| UnitForms {
                zh: &u.zh,
                en: &u.en,
                en_one: u.en_one.as_deref().unwrap_or(&u.en),
                scaled: u.scale,
            }),
            Unit::Label(label) => Some(UnitForms {
                zh: &label.zh,
                en: &label.en,
                en_one: label.en_one.as_deref().unwrap_or(&label.en),
                scaled: true,
            }),
        }
    }

    /// The unit's identity, the same in both languages: `yuan`, `beds`,
    /// `label:项/projects`.
    pub fn key(&self) -> String {
        match self {
            Unit::Label(l) => format!("label:{}/{}", l.zh, l.en),
            _ => self.id().to_string(),
        }
    }

    /// The id that open data names the unit by: its own, or `label` for a
    /// counted thing named in place.
    pub fn id(&self) -> &str {
        match self {
            Unit::Known(known) => known.id(),
            Unit::Site(id) => id,
            Unit::Label(_) => "label",
        }
    }
}

impl JsonSchema for Unit {
    fn schema_name() -> Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = KnownUnit::ALL.iter().map(|u| u.id()).collect();
        json_schema!({
            "description": format!(
                "{}, the id of a unit that site.yaml defines under `units`, or a label {{zh, en, en_one}} for a counted thing.",
                ids.join(", ")
            ),
            "anyOf": [
                {"enum": ids},
                {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
                generator.subschema_for::<UnitLabel>()
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct UnitVisitor;
        impl<'de> Visitor<'de> for UnitVisitor {
            type Value = Unit;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a unit's id or a map {zh: …, en: …}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Unit, E> {
                // An id that is not built in is looked up among the site's
                // own units once site.yaml is read.
                Ok(KnownUnit::from_id(v).map_or_else(|| Unit::Site(v.to_string()), Unit::Known))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Unit, A::Error> {
                UnitLabel::deserialize(de::value::MapAccessDeserializer::new(map)).map(Unit::Label)
            }
        }
        d.deserialize_any(UnitVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(src: &str) -> Unit {
        serde_yaml::from_str(src).unwrap()
    }

    #[test]
    fn reads_built_in_ids_site_ids_and_labels() {
        assert_eq!(unit("usd"), Unit::Known(KnownUnit::Usd));
        assert_eq!(unit("beds"), Unit::Site("beds".into()));
        let label = unit("{zh: 家, en: enterprises, en_one: enterprise}");
        let forms = label.forms(&[]).unwrap();
        assert_eq!(
            (forms.zh, forms.en, forms.en_one),
            ("家", "enterprises", "enterprise")
        );
        assert_eq!(label.key(), "label:家/enterprises");
        assert_eq!(label.id(), "label");
        let plain = unit("{zh: 项, en: projects}");
        assert_eq!(plain.forms(&[]).unwrap().en_one, "projects");
        assert!(serde_yaml::from_str::<Unit>("{zh: a, en: b, plural: c}").is_err());
    }

    #[test]
    fn every_built_in_id_is_its_own() {
        for known in KnownUnit::ALL {
            assert_eq!(KnownUnit::from_id(known.id()), Some(known));
        }
        assert!(!KnownUnit::Percent.forms().scaled);
    }

    #[test]
    fn finds_a_site_unit_by_id() {
        let units = [SiteUnit {
            id: "beds".into(),
            zh: "张床位".into(),
            en: "beds".into(),
            en_one: Some("bed".into()),
            scale: false,
        }];
        let beds = Unit::Site("beds".into());
        let forms = beds.forms(&units).unwrap();
        assert_eq!(
            (forms.zh, forms.en_one, forms.scaled),
            ("张床位", "bed", false)
        );
        assert_eq!(Unit::Site("cots".into()).forms(&units), None);
    }
}
