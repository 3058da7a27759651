//! Following every link and asset reference of a built site: each must lead
//! to a file of the site, and each `#fragment` to an id of that page.

use std::collections::{BTreeMap, BTreeSet};

/// The values of every `attr="…"` in `html`, with entities decoded.
pub fn attributes(html: &str, attr: &str) -> std::vec::IntoIter<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(needle.as_str())
        .filter_map(|(at, _)| html[at + needle.len()..].split('"').next())
        .map(|v| v.replace("&amp;", "&"))
        .collect::<Vec<_>>()
        .into_iter()
}

/// The text of some HTML, its tags left out.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every id in a page.
pub fn ids(html: &str) -> BTreeSet<String> {
    attributes(html, "id").collect()
}

/// Resolves a link found in `from` to an output path, or `None` for links
/// that leave the site. `base` is the base URL's path, e.g. `/` or `/zone/`.
fn resolve(from: &str, link: &str, origin: &str, base: &str) -> Option<(String, Option<String>)> {
    let link = link.strip_prefix(origin).unwrap_or(link);
    if link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:") {
        return None;
    }
    let (path, fragment) = match link.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (link, None),
    };
    let target = if path.is_empty() {
        from.to_string()
    } else if from.ends_with(".css") && !path.starts_with('/') {
        // A stylesheet's relative `url()` is resolved against the stylesheet's
        // own folder, as a browser does: it works under any base path.
        match from.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{path}"),
            None => path.to_string(),
        }
    } else {
        let rel = path
            .strip_prefix(base)
            .unwrap_or_else(|| panic!("{from}: `{link}` is not under the base path {base}"));
        if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }
    };
    // A browser decodes the percent-encoding of a path and a fragment.
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    Some((decode(&target), fragment.map(|f| decode(&f))))
}

/// Checks every link and asset reference of every HTML, CSS and XML file.
pub fn check_links(tree: &BTreeMap<String, Vec<u8>>, origin: &str, base: &str) -> usize {
    let mut checked = 0;
    let mut broken = Vec::new();
    for (path, bytes) in tree {
        let Ok(body) = std::str::from_utf8(bytes) else {
            continue;
        };
        let links: Vec<String> = if path.ends_with(".html") {
            ["href", "src", "xlink:href"]
                .into_iter()
                .flat_map(|a| attributes(body, a).collect::<Vec<_>>())
                .collect()
        } else if path.ends_with(".css") {
            body.split("url(")
                .skip(1)
                .map(|s| {
                    s.split(')')
                        .next()
                        .unwrap()
                        .trim_matches(['"', '\''])
                        .to_string()
                })
                .filter(|u| !u.starts_with("data:"))
                .collect()
        } else if path.ends_with(".xml") {
            let locs = body
                .split("<loc>")
                .skip(1)
                .map(|s| s.split("</loc>").next().unwrap().to_string());
            let hrefs = attributes(body, "href").collect::<Vec<_>>();
            locs.chain(hrefs).collect()
        } else {
            continue;
        };
        for link in links {
            let Some((target, fragment)) = resolve(path, &link, origin, base) else {
                continue;
            };
            checked += 1;
            match tree.get(&target) {
                None => broken.push(format!("{path}: {link} leads nowhere")),
                Some(page) => {
                    if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                        let page = String::from_utf8_lossy(page);
                        if !ids(&page).contains(&fragment) {
                            broken.push(format!("{path}: {link}: no id `{fragment}` in {target}"));
                        }
                    }
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
    checked
}
