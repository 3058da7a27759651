//! Today's date for the files `init` and `new` write, from the system clock.
//! The zones are in China, which keeps one time zone all year (UTC+8), so
//! the date there needs no time-zone database, and no dependency.

use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// The year.
    pub year: i64,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, from 1.
    pub day: u32,
}

/// China Standard Time's offset from UTC, in seconds.
const CHINA_OFFSET: i64 = 8 * 3600;

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

/// Today's date in China.
pub fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    Date::from_days((seconds + CHINA_OFFSET).div_euclid(86_400))
}

impl Date {
    /// The date `days` days after 1970-01-01, in the proleptic Gregorian
    /// calendar (Howard Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // Both are small and positive by construction.
        Date {
            year,
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }

    /// `2017-07-13`, as data files write a date.
    pub fn iso(self) -> String {
        format!("{}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2017年7月13日`, as Chinese text writes it.
    pub fn zh(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// `13 July 2017`, as English text writes it.
    pub fn en(self) -> String {
        let month = MONTHS[(self.month as usize).clamp(1, 12) - 1];
        format!("{} {month} {}", self.day, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_from_the_epoch() {
        for (days, iso, zh, en) in [
            (0, "1970-01-01", "1970年1月1日", "1 January 1970"),
            (17_360, "2017-07-13", "2017年7月13日", "13 July 2017"),
            (11_016, "2000-02-29", "2000年2月29日", "29 February 2000"),
            (20_088, "2024-12-31", "2024年12月31日", "31 December 2024"),
            (-1, "1969-12-31", "1969年12月31日", "31 December 1969"),
        ] {
            let date = Date::from_days(days);
            assert_eq!(
                (date.iso(), date.zh(), date.en()),
                (iso.into(), zh.into(), en.into())
            );
        }
    }

    #[test]
    fn today_is_a_plausible_date() {
        assert!(today().year >= 2025);
    }
}
