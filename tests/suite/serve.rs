//! `zonesite serve`: live rebuilds, the last good site kept through errors, and
//! a server that never leaves the built site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
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
        Server::start_with(site, &[])
    }

    /// `zonesite serve` of `site` with the environment variables `env` set.
    fn start_with(site: &Site, env: &[(&str, &str)]) -> Server {
        let mut child = crate::common::zonesite()
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .envs(env.iter().copied())
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

    /// The lines of the server's output after those earlier waits passed, up
    /// to and with the next one containing `needle`.
    fn lines_until(&mut self, needle: &str) -> Vec<String> {
        let from = self.read;
        self.wait_for(needle);
        self.seen[from..self.read].to_vec()
    }

    /// GET `path`: status and body.
    fn get(&self, path: &str) -> (u16, String) {
        let (status, body) = self.get_bytes(path);
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// GET `path`: status and body, as bytes.
    fn get_bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(stream, "GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n", self.addr).unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let head_end = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(response.len(), |at| at + 4);
        let head = String::from_utf8_lossy(&response[..head_end]);
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, response[head_end..].to_vec())
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

impl Server {
    /// The port the server listens on.
    fn port(&self) -> &str {
        self.addr.rsplit(':').next().unwrap()
    }

    /// Sends `request` as it is on a new connection: status and body.
    fn raw(&self, request: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
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

    /// A new connection that will be kept alive.
    fn connect(&self) -> BufReader<TcpStream> {
        let stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        BufReader::new(stream)
    }

    /// GET `path` over a kept-alive connection: status and body.
    fn get_on(&self, conn: &mut BufReader<TcpStream>, path: &str) -> (u16, Vec<u8>) {
        // One write, as a browser sends a request: pieces would wait on the
        // client's own Nagle delay.
        let request = format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", self.addr);
        conn.get_mut().write_all(request.as_bytes()).unwrap();
        read_response(conn)
    }

    /// Opens the event stream on a new connection, once its first bytes came.
    fn events(&self) -> (BufReader<TcpStream>, String) {
        let mut conn = self.connect();
        let request = format!(
            "GET /__zonesite/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        );
        conn.get_mut().write_all(request.as_bytes()).unwrap();
        let seen = read_until(&mut conn, ": connected");
        (conn, seen)
    }

    /// The server process's thread count (Linux).
    fn threads(&self) -> usize {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    }
}

/// Reads one response with a Content-Length off a kept-alive connection.
fn read_response(conn: &mut BufReader<TcpStream>) -> (u16, Vec<u8>) {
    let mut status_line = String::new();
    conn.read_line(&mut status_line).unwrap();
    let status = status_line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut length = 0;
    loop {
        let mut line = String::new();
        conn.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    conn.read_exact(&mut body).unwrap();
    (status, body)
}

/// Reads a stream until what came contains `needle`; all that came.
fn read_until(conn: &mut BufReader<TcpStream>, needle: &str) -> String {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(needle) {
        let n = conn
            .read(&mut buf)
            .unwrap_or_else(|e| panic!("waiting for {needle:?}: {e}; got {seen:?}"));
        assert!(n > 0, "the stream ended before {needle:?}");
        seen.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&seen).into_owned()
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
    assert!(body.contains("data-error=\""), "with the errors over it");

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
fn keeps_watching_when_content_is_removed_and_made_again() {
    // As `git checkout` of another branch does: the folder goes, then comes
    // back with other files.
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    let content = site.path("content");
    let aside = site.root().parent().unwrap().join(format!(
        "{}-aside",
        site.root().file_name().unwrap().to_string_lossy()
    ));
    std::fs::rename(&content, &aside).unwrap();
    server.wait_for("there is no content/ directory");
    let (status, body) = server.get("/en/parks/north/");
    assert_eq!(status, 200, "the last good site is still served");
    assert!(body.contains(">North Park</h1>"));
    std::fs::rename(&aside, &content).unwrap();
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park, after the checkout\n---\nText.\n",
    );
    server.until("/en/parks/north/", |b| {
        b.contains(">North Park, after the checkout</h1>")
    });
    // And edits inside the folder made again are still seen.
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park, edited again\n---\nText.\n",
    );
    server.until("/en/parks/north/", |b| {
        b.contains(">North Park, edited again</h1>")
    });
}

#[test]
fn never_serves_a_file_outside_the_built_site() {
    let site = Site::fixture("basic").with_theme();
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
    // The theme is kept between builds until one of its files changes: here
    // the site's first, which overrides one interface string.
    site.write("themes/default/i18n/en.yaml", "related: See also\n");
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
        let served = match body.find("<script id=\"zonesite-serve\"") {
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

#[test]
fn the_served_search_index_after_an_edit_is_the_one_a_fresh_build_makes() {
    let site = Site::fixture("basic");
    let shards = [("ZONESITE_SEARCH_SHARD_PAGES", "2")];
    let mut server = Server::start_with(&site, &shards);
    server.wait_for("built in");
    server.until("/pagefind/shards.json", |b| b.contains("\"en\""));
    // An edit to one English text: serve indexes again the shard of its page
    // and takes the others from the bundle it serves.
    let text = site.read("content/news/opening.en.md");
    site.write(
        "content/news/opening.en.md",
        format!("{text}\nShardwordadded.\n"),
    );
    let out = site.path("full");
    let run = crate::common::zonesite()
        .args(["build", "--root"])
        .arg(site.root())
        .arg("--output")
        .arg(&out)
        .args(["--base-url", &format!("http://{}/", server.addr)])
        .envs(shards)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let fresh = site.tree("full/pagefind");
    assert!(fresh.keys().filter(|p| p.starts_with("shards/")).count() > 2);
    // The served bundle settles on the fresh one, file for file.
    let deadline = Instant::now() + Duration::from_secs(30);
    let differing = loop {
        let differing: Vec<&String> = fresh
            .iter()
            .filter(|(path, bytes)| {
                server.get_bytes(&format!("/pagefind/{path}")) != (200, bytes.to_vec())
            })
            .map(|(path, _)| path)
            .collect();
        if differing.is_empty() || Instant::now() > deadline {
            break differing;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(differing.is_empty(), "served differently: {differing:?}");
}

#[test]
fn answers_only_requests_for_this_machine_against_dns_rebinding() {
    let site = Site::fixture("basic");
    let server = Server::start(&site);
    let port = server.port().to_string();
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
    ] {
        for path in ["/en/", "/__zonesite/events"] {
            let (status, body) = server.raw(&format!(
                "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            ));
            assert_eq!(status, 403, "{host}{path}");
            assert!(
                body.starts_with(&format!("refused: Host {host:?} is not this server")),
                "{host}: {body}"
            );
            assert!(body.contains("DNS rebinding"), "{body}");
        }
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        server.addr.clone(),
    ] {
        let (status, body) = server.raw(&format!(
            "GET /en/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(status, 200, "{host}");
        assert!(body.contains("<html"), "{host}");
    }
    // Browsers always send a Host; HTTP/1.1 requires one, HTTP/1.0 did not.
    let (status, _) = server.raw("GET /en/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 400);
    let (status, _) = server.raw("GET /en/ HTTP/1.0\r\n\r\n");
    assert_eq!(status, 200);
    // Other methods are still refused, and directories still redirected.
    let (status, _) = server.raw(&format!(
        "POST /en/ HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(status, 405);
    let (status, _) = server.raw(&format!(
        "GET /en HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(status, 301);
}

#[test]
#[cfg(target_os = "linux")]
fn holds_many_idle_connections_on_a_few_threads() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    server.wait_for("built in");
    let mut kept = Vec::new();
    for _ in 0..300 {
        let mut conn = server.connect();
        let (status, _) = server.get_on(&mut conn, "/en/");
        assert_eq!(status, 200);
        kept.push(conn);
    }
    let mut streams: Vec<_> = (0..50).map(|_| server.events().0).collect();
    let threads = server.threads();
    // One thread per connection would be 350 and more.
    assert!(threads < 40, "{threads} threads with 350 connections open");
    let started = Instant::now();
    let (status, _) = server.get("/en/parks/north/");
    assert_eq!(status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "a new request waited {:?}",
        started.elapsed()
    );
    // Every open stream hears of a rebuild, and kept connections still answer.
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park, edited\n---\nNew text.\n",
    );
    for stream in &mut streams {
        read_until(stream, "event: reload");
    }
    for conn in kept.iter_mut().step_by(30) {
        let (status, body) = server.get_on(conn, "/en/parks/north/");
        assert_eq!(status, 200);
        assert!(String::from_utf8_lossy(&body).contains("North Park, edited"));
    }
}

#[test]
fn a_warning_is_shown_once_until_its_cause_changes() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    let first = server.lines_until("built in");
    let footer = |lines: &[String]| {
        lines
            .iter()
            .filter(|l| l.contains("the footer is missing"))
            .count()
    };
    assert_eq!(footer(&first), 1, "{first:#?}");
    site.write(
        "content/parks/north.en.md",
        "---\ntitle: North Park, edited\n---\nNew text.\n",
    );
    let second = server.lines_until("built in");
    assert_eq!(footer(&second), 0, "shown once: {second:#?}");
    // Its cause changes: one detail of the footer is given.
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        format!("{yaml}footer:\n  icp: 青ICP备00000001号\n"),
    );
    let third = server.lines_until("built in");
    assert_eq!(footer(&third), 1, "shown again, changed: {third:#?}");
    assert!(
        third.iter().all(|l| !l.contains("ICP filing number")),
        "{third:#?}"
    );
}

#[test]
fn an_event_stream_opened_while_the_build_is_broken_shows_the_error_at_once() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    server.wait_for("built in");
    site.write("content/parks/north.yaml", "area_km2: [oops\n");
    server.wait_for("still serving the last good site");
    let (mut stream, mut seen) = server.events();
    if !seen.contains("content/parks/north.yaml:") {
        seen = read_until(&mut stream, "content/parks/north.yaml:");
    }
    assert!(seen.contains("event: build-error\ndata: "), "{seen}");
}

/// A regression guard for Nagle's algorithm meeting the client's delayed ACK,
/// which cost a kept-alive connection about 40 ms a response: not a benchmark.
#[test]
fn a_kept_alive_connection_answers_without_a_socket_delay() {
    let site = Site::fixture("basic");
    let mut server = Server::start(&site);
    server.wait_for("built in");
    let mut conn = server.connect();
    server.get_on(&mut conn, "/en/");
    let mut times: Vec<Duration> = ["/en/", "/style.css", "/en/parks/north/", "/no/such/"]
        .iter()
        .cycle()
        .take(20)
        .map(|path| {
            let started = Instant::now();
            let (status, body) = server.get_on(&mut conn, path);
            assert!(status == 200 || status == 404, "{path}: {status}");
            assert!(!body.is_empty());
            started.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    assert!(
        median < Duration::from_millis(20),
        "median {median:?} a response on a kept-alive connection: {times:?}"
    );
}
