//! Criterion benchmarks of the build's stages on one site: the real site, or the
//! site root named by `ZONESITE_BENCH_ROOT` (for example a corpus made by
//! `cargo run --release --example gen-corpus`; `scripts/bench` does both).

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use zonesite::build;
use zonesite::content;
use zonesite::diag::Diagnostics;
use zonesite::model::{self, Options};
use zonesite::render::{self, theme};
use zonesite::urls::Urls;

fn root() -> PathBuf {
    std::env::var_os("ZONESITE_BENCH_ROOT")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

fn stages(c: &mut Criterion) {
    let root = root();
    let options = Options::default();
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);

    group.bench_function("load and parse", |b| {
        b.iter(|| content::load(&root, &mut Diagnostics::default()))
    });

    let parsed = content::load(&root, &mut Diagnostics::default());
    group.bench_function("validate and resolve", |b| {
        b.iter(|| model::build(parsed.clone(), &options, &mut Diagnostics::default()))
    });

    let site =
        model::build(parsed, &options, &mut Diagnostics::default()).expect("the site is valid");
    group.bench_function("load theme", |b| {
        b.iter(|| theme::load(&root, &site.config.theme, &mut Diagnostics::default()))
    });

    let theme = theme::load(&root, &site.config.theme, &mut Diagnostics::default())
        .expect("the theme loads");
    let urls = Urls::new(
        site.config.base_url.clone(),
        site.config.default_language_in_subdir,
    );
    group.bench_function("render", |b| {
        b.iter(|| render::render_all(&site, &theme, &urls, &mut Diagnostics::default()))
    });

    let out = tempfile::tempdir().expect("temp dir");
    let output = out.path().join("public");
    group.bench_function("whole build", |b| {
        b.iter(|| build::build(&root, &output, &options).expect("builds"))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
