//! Dates as precise as a source gives them: a year, a month, a day, or a
//! day and the time of day (an article published at 10:19).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::catalogue::Text;
use crate::i18n::Lang;
use crate::text;
use crate::yaml::with_help;

/// A date as precise as the source gives it: `2017`, `2017-06`, `2017-07-13`
/// or `2017-07-13 10:19`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known.
    pub day: Option<u8>,
    /// The time of day, if known (only with a day): the clock at the zone,
    /// as the editor read it.
    pub time: Option<TimeOfDay>,
}

/// A time of day to the minute, `10:19`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    /// The hour, 0 to 23.
    pub hour: u8,
    /// The minute, 0 to 59.
    pub minute: u8,
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl TimeOfDay {
    /// Parses `HH:MM`, checking that the time exists; `whole` is the value
    /// the editor wrote, for the messages.
    fn parse(text: &str, whole: &str) -> Result<TimeOfDay, Text> {
        let two_digits = |p: &str| {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u8>().ok())
                .flatten()
        };
        let (hour, minute) = text
            .split_once(':')
            .and_then(|(h, m)| Some((two_digits(h)?, two_digits(m)?)))
            .ok_or_else(|| text!("schema-date-malformed", text = whole))?;
        if hour > 23 || minute > 59 {
            return Err(text!("schema-no-such-time", time = text, text = whole));
        }
        Ok(TimeOfDay { hour, minute })
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (also
    /// with `T` for the space), checking that the date and time exist.
    pub fn parse(text: &str) -> Result<PartialDate, Text> {
        let (day_part, time_part) = match text.split_once([' ', 'T']) {
            Some((d, t)) => (d, Some(t.trim_start())),
            None => (text, None),
        };
        let date = PartialDate::parse_day(day_part, text)?;
        let Some(time_part) = time_part else {
            return Ok(date);
        };
        if !date.is_full() {
            return Err(text!("schema-time-without-day", text = text));
        }
        let time = Some(TimeOfDay::parse(time_part, text)?);
        Ok(PartialDate { time, ..date })
    }

    /// A date of the year alone.
    pub fn year(year: u16) -> PartialDate {
        PartialDate {
            year,
            month: None,
            day: None,
            time: None,
        }
    }

    /// Parses the `YYYY[-MM[-DD]]` of `text`.
    fn parse_day(day_part: &str, text: &str) -> Result<PartialDate, Text> {
        let bad = || text!("schema-date-malformed", text = text);
        let mut parts = day_part.split('-');
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
            time: None,
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
            time: None,
        }
    }

    /// Whether year, month and day are all given.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The date in the language's usual form: `2017年7月13日 10:19`,
    /// `13 July 2017, 10:19`.
    pub fn display(&self, lang: Lang) -> String {
        let day = self.display_day(lang);
        match (self.time, lang) {
            (None, _) => day,
            (Some(time), Lang::Zh) => format!("{day} {time}"),
            (Some(time), Lang::En) => format!("{day}, {time}"),
        }
    }

    /// The date without its time, in the language's usual form.
    fn display_day(&self, lang: Lang) -> String {
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
    /// `2017年7月13日` in Chinese, each followed by its time if it has one.
    pub fn text(&self) -> Text {
        let day = self.day_text();
        match self.time {
            Some(time) => text!("schema-date-time", date = day, time = time.to_string()),
            None => day,
        }
    }

    /// The date without its time as a message's value.
    fn day_text(&self) -> Text {
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

    /// The date as HTML's `datetime` and schema.org want it: `2017-07-13`,
    /// `2017-07-13T10:19`.
    pub fn iso(&self) -> String {
        let day = PartialDate {
            time: None,
            ..*self
        };
        match self.time {
            Some(time) => format!("{day}T{time}"),
            None => day.to_string(),
        }
    }

    /// RFC 3339 timestamp for feeds: midnight UTC of the date's first day,
    /// or its time in China Standard Time (UTC+8) when it has one.
    pub fn rfc3339(&self) -> String {
        let day = format!(
            "{:04}-{:02}-{:02}",
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1)
        );
        match self.time {
            Some(time) => format!("{day}T{time}:00+08:00"),
            None => format!("{day}T00:00:00Z"),
        }
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
        if let Some(t) = self.time {
            write!(f, " {t}")?;
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
            "description": "A date as precise as the source gives it: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM.",
            "anyOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([ T][0-9]{2}:[0-9]{2})?)?)?$"},
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
                f.write_str("a date YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM")
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
    fn a_full_date_may_carry_a_time_of_day() {
        for written in ["2017-07-13 10:19", "2017-07-13T10:19"] {
            let d = PartialDate::parse(written).unwrap();
            assert_eq!(d.to_string(), "2017-07-13 10:19");
            assert_eq!(d.iso(), "2017-07-13T10:19");
            assert_eq!(d.rfc3339(), "2017-07-13T10:19:00+08:00");
            assert_eq!(d.display(Lang::Zh), "2017年7月13日 10:19");
            assert_eq!(d.display(Lang::En), "13 July 2017, 10:19");
            assert_eq!(d.text().render(Lang::Zh), "2017年7月13日 10:19");
        }
        let day = PartialDate::parse("2017-07-13").unwrap();
        assert_eq!(day.iso(), "2017-07-13");
        assert_eq!(day.rfc3339(), "2017-07-13T00:00:00Z");
        let (morning, noon) = (
            PartialDate::parse("2017-07-13 09:00").unwrap(),
            PartialDate::parse("2017-07-13 12:00").unwrap(),
        );
        assert!(day < morning && morning < noon);
        assert!(noon < PartialDate::parse("2017-07-14").unwrap());
    }

    #[test]
    fn rejects_impossible_times_and_times_without_a_day() {
        for bad in [
            "2017-07-13 24:00",
            "2017-07-13 10:60",
            "2017-07-13 9:05",
            "2017-07-13 10:19:30",
            "2017-07-13 ",
            "2017-07 10:19",
            "2017 10:19",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
        let err = PartialDate::parse("2017-07-13 24:00").unwrap_err();
        assert_eq!(
            err.render(Lang::En),
            "`24:00` in `2017-07-13 24:00` is not a time of day: hours run from 00 to 23, minutes from 00 to 59"
        );
        let err = PartialDate::parse("2017-07 10:19").unwrap_err();
        assert_eq!(
            err.render(Lang::Zh),
            "`2017-07 10:19`写了时间却没有写到日：请在时间前写出完整日期，例如2017-07-13 10:19"
        );
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
