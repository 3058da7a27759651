//! References between records: each one a record that exists in the section
//! its field names, and every relation recorded both ways.

use crate::text;
use std::collections::BTreeSet;
use std::path::Path;

use rayon::prelude::*;

use super::{Site, a_record_noun, record_noun};
use crate::content::Data;
use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::section::fields::{FieldType, Value};
use crate::section::{Kind, Section, Sections};
use crate::yaml;

/// A reference a record's data makes: (field, target section, slug).
type Reference<'a> = (&'a str, Section, &'a str);

/// The references a record's data makes: (field, target section, slug).
/// Built-in kinds name their targets by kind; a custom field names its
/// section. A target kind the site does not declare has no references.
fn references<'a>(data: &'a Data, section: Section, sections: &Sections) -> Vec<Reference<'a>> {
    let mut refs = Vec::new();
    let mut add = |field: &'a str, kind: Kind, slugs: &'a [String]| {
        if let Some(target) = sections.of_kind(kind) {
            refs.extend(slugs.iter().map(|s| (field, target, s.as_str())));
        }
    };
    match data {
        Data::Park(d) => add("industries", Kind::Industry, &d.industries),
        Data::Industry(_) | Data::Page(_) => {}
        Data::Initiative(d) => {
            add("parks", Kind::Park, &d.parks);
            add("industries", Kind::Industry, &d.industries);
            add("enterprises", Kind::Enterprise, &d.enterprises);
        }
        Data::Enterprise(d) => {
            add("park", Kind::Park, d.park.as_slice());
            add("industries", Kind::Industry, &d.industries);
        }
        Data::News(d) => {
            add("parks", Kind::Park, &d.parks);
            add("industries", Kind::Industry, &d.industries);
            add("initiatives", Kind::Initiative, &d.initiatives);
            add("enterprises", Kind::Enterprise, &d.enterprises);
            add("interprets", Kind::Policy, &d.interprets);
        }
        Data::Policy(d) => {
            let replaced_by = d.validity.as_ref().and_then(|v| v.replaced_by.as_ref());
            add(
                "replaced_by",
                Kind::Policy,
                replaced_by.map_or(&[], std::slice::from_ref),
            );
        }
        Data::Custom(d) => {
            let fields = &section.declaration().fields;
            for (field, value) in fields.iter().zip(&d.values) {
                if let (FieldType::Reference { section, .. }, Some(Value::References(slugs))) =
                    (&field.ty, value)
                    && let Some(target) = sections.get(section)
                {
                    refs.extend(
                        slugs
                            .iter()
                            .map(|s| (field.id.as_str(), target, s.as_str())),
                    );
                }
            }
        }
    }
    refs
}

/// Resolves every reference between records and records both directions.
pub fn link(site: &mut Site, broken: &BTreeSet<(Section, String)>, diags: &mut Diagnostics) {
    // Each record's references, resolved in parallel: the records they name,
    // and those they name that do not exist.
    let resolved: Vec<(Vec<usize>, Vec<Reference>)> = site
        .records
        .par_iter()
        .enumerate()
        .map(|(from, record)| {
            let mut found = (Vec::new(), Vec::new());
            if record.data_file.is_some() {
                for (field, section, slug) in
                    references(&record.data, record.section, &site.config.sections)
                {
                    match site.find(section, slug) {
                        Some(to) if to != from => found.0.push(to),
                        Some(_) => {}
                        None if broken.contains(&(section, slug.to_string())) => {}
                        None => found.1.push((field, section, slug)),
                    }
                }
            }
            found
        })
        .collect();
    let mut edges = Vec::new();
    for (from, (targets, unknown)) in resolved.into_iter().enumerate() {
        edges.extend(targets.into_iter().map(|to| (from, to)));
        if let Some((path, src)) = &site.records[from].data_file {
            for (field, section, slug) in unknown {
                diags.push_capped(path, text!("diag-kind-unknown-references"), || {
                    unknown_reference(site, path, src, field, section, slug)
                });
            }
        }
    }
    for (from, to) in edges {
        site.records[from].related.push(to);
        site.records[to].related.push(from);
    }
    for record in &mut site.records {
        record.related.sort_unstable();
        record.related.dedup();
    }
}

fn unknown_reference(
    site: &Site,
    path: &Path,
    src: &str,
    field: &str,
    section: Section,
    slug: &str,
) -> Diagnostic {
    let (at, len) = yaml::locate(src, field, |v| v == slug).unwrap_or((0, 1));
    let elsewhere = site
        .config
        .sections
        .all()
        .iter()
        .copied()
        .find(|&s| site.find(s, slug).is_some());
    let diag = match elsewhere {
        Some(other) => Diagnostic::error(
            path,
            text!("model-reference-in-other-section")
                .arg("slug", slug)
                .arg("actual", a_record_noun(other))
                .arg("expected", a_record_noun(section)),
        )
        .with_help(
            text!("model-reference-in-other-section-help")
                .arg("field", field)
                .arg("section", section.name())
                .arg("slug", slug)
                .arg("other", other.name()),
        ),
        None => {
            let slugs = site.section(section).map(|(_, r)| r.slug.as_str());
            let diag = Diagnostic::error(
                path,
                text!("model-no-record")
                    .arg("record", record_noun(section))
                    .arg("slug", slug),
            );
            match did_you_mean(slug, slugs) {
                Some(best) => diag.with_help(text!("model-did-you-mean", closest = best)),
                None => diag.with_help(
                    text!("model-no-record-help")
                        .arg("section", section.name())
                        .arg("slug", slug),
                ),
            }
        }
    };
    diag.at_offset(src, at, len)
}
