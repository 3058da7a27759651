//! zonesite: a static site generator for the bilingual portal of an economic and
//! technological development zone. Content (YAML and Markdown) goes through
//! load → validate → resolve → render → write; each stage is a module.

pub mod build;
pub mod catalogue;
pub mod check;
pub mod columns;
pub mod content;
pub mod diag;
pub mod facts;
pub mod glossary;
pub mod i18n;
pub mod incremental;
pub mod init;
pub mod markdown;
pub mod media;
pub mod model;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod section;
pub mod serve;
pub mod urls;
pub mod yaml;
