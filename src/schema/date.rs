//! Dates as precise as a source gives them: a year, a month or a day.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::catalogue::Text;
use crate::i18n::Lang;
use crate::text;
use crate::yaml::with_help;

/// A date as precise as the source gives it: `2017`, `2017-06` or `2017-07-13`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse(text: &str) -> Result<PartialDate, Text> {
        let bad = || text!("schema-date-malformed", text = text);
        let mut parts = text.split('-');
        let mut number = |digits: usize| -> Result<Option<u16>, Text> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let year = number(4)?.ok_or_else(bad)?;
        let month = number(2)?;
        let day = if month.is_some() { number(2)? } else { None };
        if parts.next().is_some() {
            return Err(bad());
        }
        if !(1900..=2100).contains(&year) {
            return Err(text!("schema-year-out-of-range", year = year.to_string()));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            let month = format!("{m:02}");
            return Err(text!("schema-no-such-month", month = month, text = text));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m as u8);
            if d == 0 || d > u16::from(last) {
                let (day, last) = (format!("{d:02}"), last.to_string());
                return Err(text!("schema-no-such-day")
                    .arg("day", day)
                    .arg("text", text)
                    .arg("last", last));
            }
        }
        Ok(PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// Today's date where the clock reads UTC + `offset_hours`: UTC+8 is the
    /// date in China; UTC+14 is the last place where today has begun.
    pub fn today(offset_hours: i8) -> PartialDate {
        let offset = jiff::tz::Offset::constant(offset_hours);
        let date = offset.to_datetime(jiff::Timestamp::now()).date();
        PartialDate {
            year: u16::try_from(date.year()).unwrap_or(0),
            month: u8::try_from(date.month()).ok(),
            day: u8::try_from(date.day()).ok(),
        }
    }

    /// Whether year, month and day are all given.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The date in the language's usual form: `2017年7月13日`, `13 July 2017`.
    pub fn display(&self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match (lang, self.month, self.day) {
            (Lang::Zh, None, _) => format!("{}年", self.year),
            (Lang::Zh, Some(m), None) => format!("{}年{}月", self.year, m),
            (Lang::Zh, Some(m), Some(d)) => format!("{}年{}月{}日", self.year, m, d),
            (Lang::En, None, _) => self.year.to_string(),
            (Lang::En, Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            (Lang::En, Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
        }
    }

    /// The date as a message's value: as written (`2017-07-13`) in English,
    /// `2017年7月13日` in Chinese.
    pub fn text(&self) -> Text {
        let two_digits = |n: Option<u8>| n.map_or("none".to_string(), |n| format!("{n:02}"));
        let (mm, dd) = (two_digits(self.month), two_digits(self.day));
        let year = u32::from(self.year);
        let month = u32::from(self.month.unwrap_or(0));
        let day = u32::from(self.day.unwrap_or(0));
        text!("schema-date")
            .arg("year", year)
            .arg("month", month)
            .arg("day", day)
            .arg("mm", mm)
            .arg("dd", dd)
    }

    /// RFC 3339 timestamp at midnight UTC of the date's first day, for feeds.
    pub fn rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T00:00:00Z",
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1)
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.",
            "anyOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                {"type": "integer", "minimum": 1900, "maximum": 2100}
            ]
        })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(refused)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(refused)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(refused)
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(refused)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(refused)
            }
        }
        d.deserialize_any(DateVisitor)
    }
}

/// The error for a date that `PartialDate::parse` refuses, with the help
/// every such error gets.
fn refused<E: de::Error>(message: Text) -> E {
    E::custom(with_help(message, text!("schema-date-help")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn parses_partial_dates() {
        assert_eq!(PartialDate::parse("2017").unwrap().to_string(), "2017");
        assert_eq!(
            PartialDate::parse("2017-06").unwrap().to_string(),
            "2017-06"
        );
        assert_eq!(
            PartialDate::parse("2016-02-29").unwrap().to_string(),
            "2016-02-29"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2017-13",
            "2017-02-29",
            "2017-04-31",
            "17-01-01",
            "2017/01/01",
            "3017",
            "2017-1-5",
            "",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
        let err = PartialDate::parse("2017-04-31").unwrap_err();
        assert_eq!(
            err.render(Lang::En),
            "day 31 does not exist in `2017-04-31`: that month has 30 days"
        );
        assert_eq!(err.render(Lang::Zh), "`2017-04-31`中没有31日：该月只有30天");
    }

    #[test]
    fn dates_in_messages_read_as_written_in_english_and_in_words_in_chinese() {
        for (date, en, zh) in [
            ("2017-07-13", "2017-07-13", "2017年7月13日"),
            ("2017-06", "2017-06", "2017年6月"),
            ("2017", "2017", "2017年"),
        ] {
            let text = PartialDate::parse(date).unwrap().text();
            assert_eq!(text.render(Lang::En), en);
            assert_eq!(text.render(Lang::Zh), zh);
        }
    }

    #[test]
    fn displays_dates_per_language() {
        let d = PartialDate::parse("2017-07-13").unwrap();
        assert_eq!(d.display(Lang::Zh), "2017年7月13日");
        assert_eq!(d.display(Lang::En), "13 July 2017");
        assert_eq!(
            PartialDate::parse("2017-06").unwrap().display(Lang::En),
            "June 2017"
        );
    }
}
