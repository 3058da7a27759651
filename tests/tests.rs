//! The integration suite, one binary: each module runs the real `zonesite`
//! binary on fixture sites under `tests/fixtures/`.

mod common;
mod suite;
