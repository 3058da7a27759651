//! Numbers as content may write them: finite, no larger than can be stored
//! exactly, and in range where the field has one (coordinates, areas).

use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};

use crate::catalogue::Text;
use crate::diag::printable;
use crate::text;
use crate::yaml::with_help;

/// The largest magnitude a number in content may have: 2^53, beyond which
/// whole numbers are no longer stored exactly (and no figure of a zone gets near).
pub const MAX_NUMBER: f64 = 9_007_199_254_740_992.0;

/// What a number field accepts beyond being a number no larger than
/// [`MAX_NUMBER`]: `Err((message, help))` for a value it refuses.
type NumberCheck = fn(f64) -> Result<(), (Text, Text)>;

fn too_large(text: &str) -> String {
    with_help(
        text!("schema-too-large", number = printable(text)),
        text!("schema-too-large-help"),
    )
}

/// Reads a number as serde_yaml gives it (an integer of up to 128 bits, a
/// float, or, for a number beyond the float range such as `1e400`, a string),
/// refusing one too large to store and then whatever `check` refuses.
struct NumberVisitor(NumberCheck);

impl NumberVisitor {
    fn checked<E: de::Error>(&self, v: f64) -> Result<f64, E> {
        (self.0)(v).map_err(|(message, help)| E::custom(with_help(message, help)))?;
        Ok(v)
    }

    fn whole<E: de::Error>(&self, v: i128) -> Result<f64, E> {
        if v.unsigned_abs() > MAX_NUMBER as u128 {
            return Err(E::custom(too_large(&v.to_string())));
        }
        self.checked(v as f64)
    }
}

impl Visitor<'_> for NumberVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // `yaml` words "expected f64" as an editor would.
        f.write_str("f64")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        if v.is_finite() && v.abs() > MAX_NUMBER {
            return Err(E::custom(too_large(&format!("{v:e}"))));
        }
        self.checked(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        self.whole(i128::from(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        self.whole(i128::from(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<f64, E> {
        match i128::try_from(v) {
            Ok(v) => self.whole(v),
            Err(_) => Err(E::custom(too_large(&v.to_string()))),
        }
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<f64, E> {
        self.whole(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        // serde_yaml hands over a number beyond the float range as text.
        let overflows =
            v.bytes().any(|b| b.is_ascii_digit()) && v.parse::<f64>().is_ok_and(f64::is_infinite);
        if overflows {
            return Err(E::custom(too_large(v)));
        }
        Err(E::invalid_type(Unexpected::Str(v), &self))
    }
}

/// An optional number, read with [`NumberVisitor`].
struct OptionalNumber(NumberCheck);

impl<'de> Visitor<'de> for OptionalNumber {
    type Value = Option<f64>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("f64")
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<f64>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<f64>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<f64>, D::Error> {
        d.deserialize_any(NumberVisitor(self.0)).map(Some)
    }
}

pub(super) fn fact_value<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    // A negative or non-finite value is reported with the fact's other
    // checks, when the site is assembled.
    d.deserialize_any(NumberVisitor(|_| Ok(())))
}

pub(super) fn area<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    d.deserialize_option(OptionalNumber(|v| {
        if v.is_finite() && v >= 0.0 {
            Ok(())
        } else {
            Err((
                text!("schema-area-negative", value = v.to_string()),
                text!("schema-area-negative-help"),
            ))
        }
    }))
}

pub(super) fn latitude<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(NumberVisitor(|v| {
        if (-90.0..=90.0).contains(&v) {
            Ok(())
        } else {
            Err((
                text!("schema-latitude-out-of-range", value = v.to_string()),
                text!("schema-latitude-out-of-range-help"),
            ))
        }
    }))
}

pub(super) fn longitude<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(NumberVisitor(|v| {
        if (-180.0..=180.0).contains(&v) {
            Ok(())
        } else {
            Err((
                text!("schema-longitude-out-of-range", value = v.to_string()),
                text!("schema-longitude-out-of-range-help"),
            ))
        }
    }))
}
