//! The order of a section's lists, in each language. A record may set a
//! `weight` in its data file: records with one come first, lower weights
//! first. The others follow in the section's declared order: by date, newest
//! first (a record without a date after those with one), or by title. Titles compare as each language
//! sorts names (Chinese by pinyin, as Chinese portals list them; English
//! alphabetically, letter case and accents counting only between titles that
//! are otherwise equal; numbers by their value), by the Unicode collation
//! algorithm with the CLDR's rules for each language (ICU4X). A news item or
//! initiative of the same date as another follows the same rule by title.
//! Records whose keys are equal keep slug order, so every order is total.

use std::cmp::Reverse;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

use super::Record;
use crate::i18n::Lang;
use crate::schema::PartialDate;
use crate::section::{Order, Section, Sections};

/// Where a record stands among its section's records in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    /// Whether it has no weight: weighted records come first.
    unweighted: bool,
    /// Its weight, 0 when it has none.
    weight: i64,
    /// Its own date, newest first, in the sections listed by date.
    date: Reverse<Option<PartialDate>>,
    /// The collation key of the title it shows in the language.
    title: Box<[u8]>,
}

/// The collator of each language, made once for the life of the process:
/// making one looks up its tables, comparing with it does not.
static COLLATORS: LazyLock<[CollatorBorrowed<'static>; 2]> =
    LazyLock::new(|| Lang::ALL.map(collator));

fn collator(lang: Lang) -> CollatorBorrowed<'static> {
    // `kn`: digits compare by their value, so that "Phase 2" comes before
    // "Phase 10". Chinese sorts by pinyin, the CLDR's default for `zh`.
    let tag = match lang {
        Lang::Zh => "zh-u-kn",
        Lang::En => "en-u-kn",
    };
    let locale: Locale = tag.parse().expect("the tags above are well formed");
    CollatorBorrowed::try_new(
        CollatorPreferences::from(&locale),
        CollatorOptions::default(),
    )
    .expect("ICU4X's compiled data has collation rules for zh and en")
}

/// Whether a section lists its records by date, newest first.
fn by_date(section: Section) -> bool {
    section.declaration().order == Order::Date
}

/// A record's sort key in each language, by `Lang::index`.
pub fn keys(record: &Record) -> [SortKey; 2] {
    let weight = record.weight();
    let date = by_date(record.section).then(|| record.date()).flatten();
    Lang::ALL.map(|lang| SortKey {
        unweighted: weight.is_none(),
        weight: weight.unwrap_or(0),
        date: Reverse(date),
        title: title_key(lang, record.title(lang).0),
    })
}

/// The collation key of `title` in `lang`: comparing keys byte by byte
/// orders titles as comparing them with the collator would, so each title
/// is collated once rather than at every comparison of a sort.
fn title_key(lang: Lang, title: &str) -> Box<[u8]> {
    let mut key = Vec::new();
    let Ok(()) = COLLATORS[lang.index()].write_sort_key_to(title, &mut key);
    key.into_boxed_slice()
}

/// Each section's records in list order, by section index and language
/// index; `records` are in section and slug order, their keys filled in.
pub fn lists(records: &[Record], sections: &Sections) -> Vec<[Vec<usize>; 2]> {
    sections
        .all()
        .iter()
        .map(|&section| {
            let start = records.partition_point(|r| r.section < section);
            let end = start + records[start..].partition_point(|r| r.section == section);
            Lang::ALL.map(|lang| {
                let mut items: Vec<usize> = (start..end).collect();
                // A stable sort of records in slug order: equal keys keep it.
                items.sort_by(|&a, &b| {
                    records[a].order[lang.index()].cmp(&records[b].order[lang.index()])
                });
                items
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, titles: &[&str]) -> Vec<String> {
        let mut titles: Vec<&str> = titles.to_vec();
        titles.sort_by_key(|t| title_key(lang, t));
        titles.into_iter().map(String::from).collect()
    }

    #[test]
    fn chinese_titles_sort_by_pinyin() {
        // dōng, gān, nán, shēng: not the order of their code points
        // (东 U+4E1C, 南 U+5357, 甘 U+7518, 生 U+751F).
        assert_eq!(
            sorted(
                Lang::Zh,
                &[
                    "生物科技产业园",
                    "南川工业园区",
                    "东川工业园区",
                    "甘河工业园区"
                ]
            ),
            [
                "东川工业园区",
                "甘河工业园区",
                "南川工业园区",
                "生物科技产业园"
            ]
        );
    }

    #[test]
    fn english_titles_sort_alphabetically_whatever_their_case_and_numbers_by_value() {
        assert_eq!(
            sorted(
                Lang::En,
                &["zinc", "Phase 10", "apple", "Éclair", "Phase 2", "Banana"]
            ),
            ["apple", "Banana", "Éclair", "Phase 2", "Phase 10", "zinc"]
        );
    }
}
