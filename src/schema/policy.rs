//! A policy document's data (政策文件): the fields of the metadata table a
//! government portal shows above the text, each optional, since an editor
//! records only what the document itself says.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::{PartialDate, Photo};
use crate::catalogue::Text;
use crate::i18n::Label;
use crate::text;
use crate::yaml::with_help;

/// `<section>/<slug>.yaml` of a section of kind `policy`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyData {
    /// Its index number (索引号), unique in the site.
    #[serde(default)]
    pub index_no: Option<String>,
    /// Its topic category (主题分类), e.g. {zh: 工业、交通, en: Industry and transport}.
    #[serde(default)]
    pub topic: Option<Label>,
    /// The body that issued it (发文机关).
    #[serde(default)]
    pub issuer: Option<Label>,
    /// Its document number (发文字号), e.g. 宁开管〔2017〕12号.
    #[serde(default)]
    pub number: Option<DocNumber>,
    /// The date it was written (成文日期), not after its publication.
    #[serde(default)]
    pub written: Option<PartialDate>,
    /// The date it was published (发布日期).
    #[serde(default)]
    pub published: Option<PartialDate>,
    /// Whether it is in force (有效性).
    #[serde(default)]
    pub validity: Option<Validity>,
    /// Where it stands in its section's lists: lower weights first, and
    /// every record with a weight before those without one.
    #[serde(default)]
    pub weight: Option<i64>,
    /// Photos of its folder shown on its page, the first as its cover.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// Whether a policy document is in force, since when, and what replaced it.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// 有效 (in force), 失效 (expired) or 废止 (repealed).
    pub status: ValidityStatus,
    /// When it took that status.
    #[serde(default)]
    pub since: Option<PartialDate>,
    /// The slug of the document of the same section that replaced it.
    #[serde(default)]
    pub replaced_by: Option<String>,
}

/// A policy document's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ValidityStatus {
    /// 有效: in force.
    Valid,
    /// 失效: no longer in force (expired, or replaced).
    Expired,
    /// 废止: repealed.
    Repealed,
}

impl ValidityStatus {
    /// The name used in data files, CSS classes and interface strings.
    pub fn code(self) -> &'static str {
        match self {
            ValidityStatus::Valid => "valid",
            ValidityStatus::Expired => "expired",
            ValidityStatus::Repealed => "repealed",
        }
    }
}

/// A document number as the national standard for official documents
/// (GB/T 9704—2012) writes it: the issuer's code, the year in 六角括号 and
/// the serial number without leading zeros, e.g. 国办发〔2017〕47号.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocNumber(String);

/// Brackets that are often typed instead of 〔〕 around the year.
const WRONG_BRACKETS: [(char, char); 6] = [
    ('[', ']'),
    ('【', '】'),
    ('(', ')'),
    ('（', '）'),
    ('﹝', '﹞'),
    ('［', '］'),
];

impl DocNumber {
    /// Checks `text` against the standard form; the error says what to write.
    pub fn parse(text: &str) -> Result<DocNumber, (Text, Text)> {
        let example = || text!("schema-doc-number-help");
        if let Some(fixed) = with_hexagonal_brackets(text) {
            return Err((
                text!("schema-doc-number-brackets", text = text),
                text!("schema-doc-number-write", fixed = fixed),
            ));
        }
        let malformed = || (text!("schema-doc-number-malformed", text = text), example());
        let (code, rest) = text.split_once('〔').ok_or_else(malformed)?;
        let (year, rest) = rest.split_once('〕').ok_or_else(malformed)?;
        let serial = rest.strip_suffix('号').ok_or_else(malformed)?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if code.trim().is_empty() || code.contains(char::is_whitespace) {
            return Err(malformed());
        }
        if year.len() != 4 || !digits(year) {
            return Err((text!("schema-doc-number-year", text = text), example()));
        }
        if !digits(serial) {
            return Err(malformed());
        }
        let trimmed = serial.trim_start_matches('0');
        if trimmed.len() != serial.len() {
            if trimmed.is_empty() {
                return Err(malformed());
            }
            let fixed = format!("{code}〔{year}〕{trimmed}号");
            return Err((
                text!("schema-doc-number-leading-zero", text = text),
                text!("schema-doc-number-write", fixed = fixed),
            ));
        }
        Ok(DocNumber(text.to_string()))
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `text` with the year's brackets made 〔〕, when other brackets hold a
/// four-digit year.
fn with_hexagonal_brackets(text: &str) -> Option<String> {
    WRONG_BRACKETS.iter().find_map(|&(open, close)| {
        let (code, rest) = text.split_once(open)?;
        let (year, serial) = rest.split_once(close)?;
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| format!("{code}〔{year}〕{serial}"))
    })
}

impl fmt::Display for DocNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl JsonSchema for DocNumber {
    fn schema_name() -> Cow<'static, str> {
        "DocNumber".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A document number (发文字号): the issuer's code, the year in 〔〕 and the serial number without leading zeros, e.g. 国办发〔2017〕47号.",
            "type": "string",
            "pattern": "^\\S+〔[0-9]{4}〕[1-9][0-9]*号$"
        })
    }
}

impl<'de> Deserialize<'de> for DocNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Refused inside the visit, so that the error points at the value.
        struct NumberVisitor;
        impl Visitor<'_> for NumberVisitor {
            type Value = DocNumber;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a document number such as 国办发〔2017〕47号")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DocNumber, E> {
                DocNumber::parse(v).map_err(|(message, help)| E::custom(with_help(message, help)))
            }
        }
        d.deserialize_str(NumberVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        let (message, help) = DocNumber::parse(text).unwrap_err();
        format!(
            "{} / {}",
            message.id(),
            help.render(crate::catalogue::Lang::En)
        )
    }

    #[test]
    fn accepts_the_standard_form() {
        for ok in [
            "国办发〔2017〕47号",
            "宁开管〔2017〕1号",
            "青政〔2016〕105号",
        ] {
            assert_eq!(DocNumber::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn square_brackets_get_the_corrected_number() {
        let got = refused("国办发[2017]47号");
        assert!(got.starts_with("schema-doc-number-brackets"), "{got}");
        assert!(got.contains("国办发〔2017〕47号"), "{got}");
        assert!(refused("国办发【2017】47号").contains("国办发〔2017〕47号"));
        assert!(refused("国办发（2017）47号").contains("国办发〔2017〕47号"));
    }

    #[test]
    fn a_leading_zero_gets_the_number_without_it() {
        let got = refused("国办发〔2017〕047号");
        assert!(got.starts_with("schema-doc-number-leading-zero"), "{got}");
        assert!(got.contains("国办发〔2017〕47号"), "{got}");
    }

    #[test]
    fn refuses_other_forms() {
        assert!(refused("国办发〔17〕47号").starts_with("schema-doc-number-year"));
        for bad in [
            "国办发〔2017〕47",
            "〔2017〕47号",
            "国办发2017年47号",
            "国办发〔2017〕0号",
        ] {
            assert!(
                refused(bad).starts_with("schema-doc-number-malformed"),
                "{bad}"
            );
        }
    }
}
