//! `zonesite serve`: live rebuilds, the last good site kept through errors, and
//! a server that never leaves the built site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::Site;

/// A running `zonesite serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
    log: mpsc::Receiver<String>,
    seen: Vec<String>,
    /// How many lines of `seen` earlier waits have passed.
    read: usize,
}

impl Server {
    fn start(site: &Site) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zonesite"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, log) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { return };
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
            log,
            seen: Vec::new(),
            read: 0,
        };
        let line = server.wait_for("serving at http://");
        server.addr = line
            .split("http://")
            .nth(1)
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .to_string();
        // The first build's report comes before the address; let tests see it.
        server.read = 0;
        server
    }

    /// Waits for a line of the server's output, after those earlier waits
    /// passed, containing `needle`.
    fn wait_for(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(i) = self.seen[self.read..]
                .iter()
                .position(|l| l.contains(needle))
            {
                self.read += i + 1;
                return self.seen[self.read - 1].clone();
            }
            if let Ok(line) = self.log.recv_timeout(Duration::from_millis(100)) {
                self.seen.push(line);
            }
        }
        panic!("no line with {needle:?} in:\n{}", self.seen.join("\n"));
    }

    /// GET `path`: status and body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(stream, "GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n", self.addr).unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let text = String::from_utf8_lossy(&response).into_owned();
        let status = text.split(' ').nth(1).unwrap().parse().unwrap();
        let body = text
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    /// Polls `path` until its body satisfies `ok`.
    fn until(&self, path: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let (_, body) = self.get(path);
            if ok(&body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "{path} never matched; last body:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serves_edits_keeps_the_last_good_site_through_errors_and_recovers() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    let (status, body) = server.get("/en/parks/north/");
    assert_eq!(status, 200);
    assert!(body.contains(">North Park</h1>"));
    assert!(
        body.contains("/__zonesite/events"),
        "the reload script is injected when serving"
    );

    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park, edited\n---\nNew text.\n",
    );
    server.until("/en/parks/north/", |b| {
        b.contains(">North Park, edited</h1>")
    });

    site.write("content/parks/north.yaml", "area_km2: [oops\n");
    server.wait_for("content/parks/north.yaml:");
    server.wait_for("still serving the last good site");
    let body = server.until("/en/parks/north/", |b| {
        b.contains("content/parks/north.yaml:")
    });
    assert!(
        body.contains(">North Park, edited</h1>"),
        "the last good page is still served"
    );
    assert!(
        body.contains("id=\"zonesite-error\""),
        "with the errors over it"
    );

    site.write(
        "content/parks/north.yaml",
        "area_km2: 13\nindustries: [batteries]\n",
    );
    let body = server.until("/en/parks/north/", |b| b.contains("13 km²"));
    assert!(
        !body.contains("content/parks/north.yaml:"),
        "the overlay is gone"
    );
}

#[test]
fn never_serves_a_file_outside_the_built_site() {
    let site = Site::fixture("basic");
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "secret").unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("themes/default/static/leak.txt"))
        .unwrap();
    let mut server = Server::start(&site);
    server.wait_for("this link points outside the site");
    // The broken theme fails the build; fix it and the site is served without the link.
    site.remove("themes/default/static/leak.txt");
    server.wait_for("built in");
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/leak.txt",
        "/..%2f..%2fCargo.toml",
    ] {
        let (status, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("secret") && !body.contains("[package]"),
            "{path}"
        );
    }
    let (status, body) = server.get("/no/such/page/");
    assert_eq!(status, 404);
    assert!(
        body.contains("<html"),
        "unknown paths get the site's 404 page"
    );
}

#[test]
fn reports_rebuilt_pages_in_the_terminal() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    server.wait_for("built in");
    site.write("content/industries/batteries.en.md", "---\ntitle: Batteries, renamed\nsummary: The battery industry.\n---\n## Overview\n\nBatteries.\n");
    let line = server.wait_for(" changed (");
    assert!(
        line.contains("en/industries/batteries/index.html"),
        "{line}"
    );
    assert!(
        line.contains("en/parks/north/index.html"),
        "a page that lists the record is rebuilt too: {line}"
    );
    let rendered: Vec<usize> = line
        .split("rendered ")
        .nth(1)
        .unwrap()
        .split(" pages")
        .next()
        .unwrap()
        .split(" of ")
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(
        rendered[0] < rendered[1],
        "only the pages the edit touches are rendered: {line}"
    );
}

#[test]
fn partial_rebuilds_serve_the_same_pages_as_a_full_build() {
    let site = Site::fixture("basic");
    // A second park, whose map shows the first.
    site.write(
        "content/parks/south.yaml",
        "location: {lat: 36.5, lon: 101.8}\n",
    );
    site.write(
        "content/parks/south.en.md",
        "---\ntitle: South Park\nsummary: The park in the south.\n---\nText.\n",
    );
    let mut server = Server::start(&site);
    server.wait_for("built in");
    // A change that fails, then another while the site is still broken, then the fix:
    // every change since the last good build must be rendered.
    site.write("content/parks/north.yaml", "area_km2: [\n");
    server.wait_for("still serving the last good site");
    site.write(
        "content/industries/batteries.en.md",
        "---\ntitle: Cells\nsummary: Renamed.\n---\n## Overview\n\nCells.\n",
    );
    server.wait_for("still serving the last good site");
    site.write(
        "content/parks/north.yaml",
        "area_km2: 14\nlocation: {lat: 36.6, lon: 101.7}\nindustries: [batteries]\n",
    );
    server.wait_for("built in");
    site.write(
        "content/news/opening.en.md",
        "---\ntitle: North Park opens its gates\nsummary: Opened.\ndate: 2017-07-13\n---\nText.\n",
    );
    server.wait_for("built in");
    // The theme is kept between builds until one of its files changes.
    let strings = site.read("themes/default/i18n/en.yaml");
    site.write(
        "themes/default/i18n/en.yaml",
        strings.replace("related: Related", "related: See also"),
    );
    let page = server.until("/en/parks/north/", |b| b.contains("See also"));
    assert!(page.contains("See also"));

    // A record written in one more language: its pages, the pages that list
    // it and the sitemap change.
    site.write(
        "content/enterprises/acme.en.md",
        "---\ntitle: Acme Batteries\nsummary: A battery maker.\n---\nText.\n",
    );
    server.until("/en/enterprises/acme/", |b| b.contains("Acme Batteries"));
    // Prose edits take the last good site in place; one that fails leaves it
    // as it was.
    site.write(
        "content/industries/batteries.en.md",
        "---\ntitle: Cells\nsummary: Renamed.\n---\nSee [the park](@/parks/nowhere).\n",
    );
    server.wait_for("still serving the last good site");
    site.write(
        "content/industries/batteries.en.md",
        "---\ntitle: Battery cells\nsummary: Renamed.\n---\n## Overview\n\nSee [the park](@/parks/north).\n",
    );
    server.until("/en/parks/north/", |b| b.contains("Battery cells"));
    // A park's new name shows on the maps of the parks near it.
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: Northern Park\nsummary: The park in the north.\n---\n## Overview\n\nNorth Park is home to the [battery industry](@/industries/batteries#overview).\n",
    );
    server.until("/en/parks/north/", |b| b.contains("Northern Park"));
    server.until("/en/parks/south/", |b| b.contains("Northern Park"));
    // So do data edits, with the relations they change, both ways.
    site.write(
        "content/enterprises/acme.yaml",
        "park: north\nindustries: []\n",
    );
    server.until("/en/industries/batteries/", |b| {
        !b.contains("/enterprises/acme/")
    });

    let out = site.path("full");
    site.build_ok(&[
        "--output",
        out.to_str().unwrap(),
        "--base-url",
        &format!("http://{}/", server.addr),
    ]);
    let mut compared = 0;
    // The search index arrives on its own; keeps_the_search_index_current covers it.
    for (path, bytes) in site
        .tree("full")
        .into_iter()
        .filter(|(p, _)| !p.starts_with("pagefind/"))
    {
        let url = format!("/{}", path.trim_end_matches("index.html"));
        let (status, body) = server.get(&url);
        let expected = String::from_utf8(bytes).unwrap();
        let served = match body.find("<script>(()=>{const s=new EventSource") {
            Some(at) => body.replace(&body[at..body.rfind("</body>").unwrap()], ""),
            None => body,
        };
        assert_eq!(status, 200, "{url}");
        assert_eq!(served, expected, "{url} differs from a full build");
        compared += 1;
    }
    assert!(compared > 27, "pages and data files: {compared}");
}

#[test]
fn keeps_the_search_index_current() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    server.wait_for("built in");
    let entry = server.until("/pagefind/pagefind-entry.json", |b| {
        b.contains("\"languages\"")
    });
    let count = |b: &str| {
        b.split("\"page_count\":")
            .nth(1)
            .unwrap()
            .split([',', '}'])
            .next()
            .unwrap()
            .to_string()
    };
    let before = count(&entry);
    site.write("content/industries/solar.yaml", "facts: []\n");
    site.write(
        "content/industries/solar.en.md",
        "---\ntitle: Solar\nsummary: Sun.\n---\nSolar power.\n",
    );
    site.write(
        "content/industries/solar.zh.md",
        "---\ntitle: 光伏\nsummary: 太阳能。\n---\n光伏。\n",
    );
    server.until("/pagefind/pagefind-entry.json", |b| {
        b.contains("\"languages\"") && count(b) != before
    });
}
