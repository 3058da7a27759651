//! What the indexer needs to know of a page before Pagefind reads it,
//! found by scanning its bytes: its language, whether robots may index it,
//! and whether it marks the part to index.

/// The lowercased `lang` attribute of a page's `<html>` element, if it has a
/// non-empty one.
pub fn html_lang(html: &[u8]) -> Option<String> {
    let mut at = 0;
    while let Some(found) = find_ci(&html[at..], b"<html") {
        let start = at + found + b"<html".len();
        at = start;
        if html
            .get(start)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        {
            return attributes(&html[start..])
                .into_iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("lang"))
                .map(|(_, v)| v.to_lowercase())
                .filter(|v| !v.is_empty());
        }
    }
    None
}

/// Whether an HTML page asks robots not to index it: a
/// `<meta name="robots" content="…noindex…">` before `<body>`.
pub fn is_noindex(html: &[u8]) -> bool {
    let head_end = find_ci(html, b"<body").unwrap_or(html.len());
    let head = &html[..head_end];
    let mut at = 0;
    while let Some(found) = find_ci(&head[at..], b"<meta") {
        let start = at + found + b"<meta".len();
        at = start;
        if !head
            .get(start)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            continue; // `<metadata>` or the like
        }
        let attrs = attributes(&head[start..]);
        let is_robots = attrs.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("name") && v.trim().eq_ignore_ascii_case("robots")
        });
        let says_noindex = attrs.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("content")
                && v.split(',').any(|d| {
                    d.trim().eq_ignore_ascii_case("noindex")
                        || d.trim().eq_ignore_ascii_case("none")
                })
        });
        if is_robots && says_noindex {
            return true;
        }
    }
    false
}

/// The first position of `needle` in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The attributes of a start tag, from just after its name up to its `>`.
fn attributes(tag: &[u8]) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut i = 0;
    let text = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
    loop {
        while i < tag.len() && (tag[i].is_ascii_whitespace() || tag[i] == b'/') {
            i += 1;
        }
        if i >= tag.len() || tag[i] == b'>' {
            return attrs;
        }
        let name_start = i;
        while i < tag.len()
            && !matches!(tag[i], b'=' | b'>' | b'/')
            && !tag[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = text(&tag[name_start..i]);
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < tag.len() && tag[i] == b'=' {
            i += 1;
            while i < tag.len() && tag[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = match tag.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let end = tag[start..]
                        .iter()
                        .position(|&b| b == q)
                        .map_or(tag.len(), |p| start + p);
                    i = (end + 1).min(tag.len());
                    &tag[start..end]
                }
                _ => {
                    let start = i;
                    while i < tag.len() && tag[i] != b'>' && !tag[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    &tag[start..i]
                }
            };
            attrs.push((name, text(value)));
        } else {
            attrs.push((name, String::new()));
        }
    }
}

/// Whether a page marks the part to index with a `data-pagefind-body`
/// attribute in one of its tags (not merely in its text).
pub fn has_body(html: &[u8]) -> bool {
    let needle = b"data-pagefind-body";
    // Whether the text before the last occurrence ends inside a tag, and
    // where that was judged: each byte is looked at once, however many
    // times the words occur.
    let (mut judged, mut in_tag) = (0, false);
    let mut at = 0;
    while let Some(found) = find_ci(&html[at..], needle) {
        let start = at + found;
        at = start + needle.len();
        if let Some(p) = html[judged..start]
            .iter()
            .rposition(|&b| b == b'<' || b == b'>')
        {
            in_tag = html[judged + p] == b'<';
        }
        judged = start;
        let separated = start > 0 && html[start - 1].is_ascii_whitespace();
        let ends = html
            .get(at)
            .is_none_or(|b| matches!(b, b'=' | b'>' | b'/') || b.is_ascii_whitespace());
        if in_tag && separated && ends {
            return true;
        }
    }
    false
}
