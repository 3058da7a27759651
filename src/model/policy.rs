//! Policy documents' rules that span fields or records: a document is not
//! published before it is written, index numbers (索引号) are unique, and
//! only a document no longer in force is replaced, by another one.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::Site;
use crate::content::Data;
use crate::diag::{Diagnostic, Diagnostics};
use crate::schema::{PartialDate, PolicyData, ValidityStatus};
use crate::section::Kind;
use crate::text;
use crate::yaml;

/// The slug of a policy section's browse page, which no record can take.
const BROWSE: &str = "browse";

/// Checks every policy document of the site.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    let Some(section) = site.config.sections.of_kind(Kind::Policy) else {
        return;
    };
    let mut index_numbers: HashMap<&str, &str> = HashMap::new();
    for (_, record) in site.section(section) {
        if record.slug == BROWSE {
            let (path, src) = match &record.data_file {
                Some((path, src)) => (path.clone(), src.clone()),
                None => {
                    let (text, _) = record.text(crate::i18n::Lang::Zh);
                    (text.path.clone(), text.source.clone())
                }
            };
            diags.push(
                Diagnostic::error(
                    &*path,
                    text!("model-policy-slug-browse", section = section.name()),
                )
                .at_offset(&src, 0, 1)
                .with_help(text!("model-policy-slug-browse-help")),
            );
        }
        let (Data::Policy(d), Some((path, src))) = (&*record.data, &record.data_file) else {
            continue;
        };
        let at = |key: &str, value: &str| {
            let (offset, len) = yaml::locate(src, key, |v| v == value).unwrap_or((0, 1));
            move |diag: Diagnostic| diag.at_offset(src, offset, len)
        };
        if let (Some(written), Some(published)) = (d.written, d.published)
            && earliest(written) > latest(published)
        {
            let place = at("written", &written.to_string());
            diags.push(place(
                Diagnostic::error(
                    path,
                    text!("model-policy-written-after-published")
                        .arg("written", written.text())
                        .arg("published", published.text()),
                )
                .with_help(text!("model-policy-written-after-published-help")),
            ));
        }
        if let Some(index_no) = d.index_no.as_deref() {
            match index_numbers.entry(index_no) {
                Entry::Vacant(e) => {
                    e.insert(&record.slug);
                }
                Entry::Occupied(first) => {
                    let place = at("index_no", index_no);
                    diags.push(place(
                        Diagnostic::error(
                            path,
                            text!("model-policy-duplicate-index-no", index_no = index_no)
                                .arg("other", *first.get()),
                        )
                        .with_help(text!("model-policy-duplicate-index-no-help")),
                    ));
                }
            }
        }
        check_validity(d, &record.slug, path, src, diags);
    }
}

/// A replacing document is named only for a document that is no longer in
/// force, and never the document itself.
fn check_validity(
    d: &PolicyData,
    slug: &str,
    path: &std::path::Path,
    src: &str,
    diags: &mut Diagnostics,
) {
    let Some(validity) = &d.validity else { return };
    let Some(by) = validity.replaced_by.as_deref() else {
        return;
    };
    let (offset, len) = yaml::locate(src, "replaced_by", |v| v == by).unwrap_or((0, 1));
    let message = if by == slug {
        text!("model-policy-replaced-by-itself")
    } else if validity.status == ValidityStatus::Valid {
        text!("model-policy-valid-but-replaced", slug = by)
    } else {
        return;
    };
    diags.push(
        Diagnostic::error(path, message)
            .with_help(text!("model-policy-replaced-help"))
            .at_offset(src, offset, len),
    );
}

/// The first day a partial date can mean.
fn earliest(date: PartialDate) -> (u16, u8, u8) {
    (date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))
}

/// The last day a partial date can mean.
fn latest(date: PartialDate) -> (u16, u8, u8) {
    (date.year, date.month.unwrap_or(12), date.day.unwrap_or(31))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_overlap_rather_than_order() {
        let d = |s| PartialDate::parse(s).unwrap();
        // Written in June 2017 and published "in 2017": consistent.
        assert!(earliest(d("2017-06")) <= latest(d("2017")));
        assert!(earliest(d("2017-07-14")) > latest(d("2017-07-13")));
        assert!(earliest(d("2018")) > latest(d("2017-12")));
    }
}
