//! A build killed at any moment leaves a whole site in `public/`: the previous
//! one, or, if the kill came after the swap, the new one; never a mixture.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::common::Site;

/// The basic site with `n` more enterprises, to make a build take a while.
fn large_site(n: usize) -> Site {
    let site = Site::fixture("basic");
    let body =
        "## Overview\n\nText of the record, long enough to take some time to render and write. "
            .repeat(20);
    for i in 0..n {
        site.write(
            &format!("content/enterprises/e{i:05}.yaml"),
            "park: north\nindustries: [batteries]\n",
        );
        site.write(
            &format!("content/enterprises/e{i:05}.zh.md"),
            format!("---\ntitle: 企业{i}\nsummary: 企业。\n---\n{body}\n"),
        );
        site.write(
            &format!("content/enterprises/e{i:05}.en.md"),
            format!("---\ntitle: Enterprise {i}\nsummary: An enterprise.\n---\n{body}\n"),
        );
    }
    site
}

fn staging_exists(site: &Site) -> bool {
    std::fs::read_dir(site.root()).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".public.zonesite-staging-")
    })
}

#[test]
fn a_killed_build_leaves_a_whole_site_and_the_next_build_succeeds() {
    let site = large_site(800);
    site.build_ok(&[]);
    let old: BTreeMap<String, Vec<u8>> = site.tree("public");
    // The killed builds would change every page that lists enterprises.
    site.write(
        "content/enterprises/e00000.en.md",
        "---\ntitle: Enterprise zero, renamed\n---\nText.\n",
    );
    let out = site.path("expected");
    site.build_ok(&["--output", out.to_str().unwrap()]);
    let new = site.tree("expected");
    assert_ne!(old, new);

    let mut kills = 0;
    let mut during_write = 0;
    for delay_ms in [0, 30, 100, 300] {
        for wait_for_staging in [false, true] {
            let mut child = crate::common::zonesite()
                .args(["build", "--root"])
                .arg(site.root())
                .spawn()
                .unwrap();
            let start = Instant::now();
            if wait_for_staging {
                while !staging_exists(&site) && start.elapsed() < Duration::from_secs(30) {
                    if child.try_wait().unwrap().is_some() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                during_write += usize::from(staging_exists(&site));
            }
            std::thread::sleep(Duration::from_millis(delay_ms));
            let finished = child.try_wait().unwrap().is_some();
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            kills += usize::from(!finished);
            let now = site.tree("public");
            assert!(
                now == old || now == new,
                "public/ is neither the old nor the new site after a kill at {delay_ms} ms"
            );
        }
    }
    assert!(
        kills >= 5,
        "only {kills} builds were killed before they finished"
    );
    assert!(
        during_write >= 2,
        "only {during_write} kills came while the output was being written"
    );
    site.build_ok(&[]);
    assert_eq!(site.tree("public"), new);
    assert!(
        !staging_exists(&site),
        "the next build reuses or removes what killed builds left"
    );
    let mut beside: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".public."))
        .map(|name| name.split('-').take(2).collect::<Vec<_>>().join("-"))
        .collect();
    beside.sort();
    assert_eq!(
        beside,
        [
            ".public.zonesite",
            ".public.zonesite-manifest",
            ".public.zonesite-spare"
        ],
        "nothing else is left beside the output"
    );
}
