//! Every figure checked: a finite value of zero or more, from a source that
//! `site.yaml` lists.

use std::path::Path;

use super::Site;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::schema::Fact;
use crate::yaml;

/// Every fact's value is a finite, non-negative number and its source exists.
pub fn check(site: &Site, site_src: &str, diags: &mut Diagnostics) {
    let ids: Vec<&str> = site.config.sources.iter().map(|s| s.id.as_str()).collect();
    let path = Path::new("content/site.yaml");
    check_file_facts(&ids, path, site_src, &site.config.facts, diags);
    for record in &site.records {
        if let Some((path, src)) = &record.data_file {
            check_file_facts(&ids, path, src, record.facts(), diags);
        }
    }
}

/// Every fact of one file is a finite, non-negative number from a known source.
fn check_file_facts(ids: &[&str], path: &Path, src: &str, facts: &[Fact], diags: &mut Diagnostics) {
    for fact in facts {
        if !fact.value.is_finite() || fact.value < 0.0 {
            let bad = |v: &str| {
                v.starts_with('-')
                    || v.to_ascii_lowercase().contains("inf")
                    || v.to_ascii_lowercase().contains("nan")
            };
            let (at, len) = yaml::locate(src, "value", bad).unwrap_or((0, 1));
            diags.push(
                    Diagnostic::error(path, format!("a fact's value must be a finite number of zero or more, not {}", fact.value))
                        .at_offset(src, at, len)
                        .with_help("write the figure as the source gives it; a decrease is stated in the label, e.g. {zh: 下降, en: decrease}"),
                );
        }
        if !ids.contains(&fact.source.as_str()) {
            let (at, len) = yaml::locate(src, "source", |v| v == fact.source).unwrap_or((0, 1));
            let help = match did_you_mean(&fact.source, ids.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None if ids.is_empty() => {
                    "add the source to `sources` in content/site.yaml".to_string()
                }
                None => format!(
                    "cite one of the sources in content/site.yaml: {}",
                    ids.join(", ")
                ),
            };
            diags.push(
                Diagnostic::error(path, format!("unknown source `{}`", fact.source))
                    .at_offset(src, at, len)
                    .with_help(help),
            );
        }
    }
}
