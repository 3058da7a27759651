//! The preview server: serves the last good build from memory, answers unknown
//! paths with the site's 404 page, and streams reload and error events to open
//! pages over server-sent events. Nothing is read from disk, so no path, encoded
//! or not, can reach a file outside the built site.

use std::io::Write;
use std::sync::Arc;
use std::sync::mpsc;

use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use super::Shared;

/// Where open pages listen for events.
pub const EVENTS_PATH: &str = "/__zonesite/events";

/// Something open pages are told.
#[derive(Debug, Clone)]
pub enum Event {
    /// A new build is served: reload.
    Reload,
    /// The build failed: show its errors.
    BuildError(String),
}

impl Event {
    /// The event in the text/event-stream format.
    fn encode(&self) -> String {
        match self {
            Event::Reload => "event: reload\ndata: reload\n\n".to_string(),
            Event::BuildError(text) => {
                let data: String = text.lines().map(|l| format!("data: {l}\n")).collect();
                format!("event: build-error\n{data}\n")
            }
        }
    }
}

/// The script added to every served HTML page (never to `build` output): it
/// reloads the page after a build and shows build errors over it.
const RELOAD_SCRIPT: &str = r#"<script>(()=>{const s=new EventSource("/__zonesite/events");s.addEventListener("reload",()=>location.reload());s.addEventListener("build-error",e=>{let o=document.getElementById("zonesite-error");if(!o){o=document.createElement("pre");o.id="zonesite-error";o.setAttribute("role","alert");o.style.cssText="position:fixed;inset:0;margin:0;padding:1.5rem;overflow:auto;background:rgba(24,24,27,.96);color:#fecaca;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";document.body.appendChild(o)}o.textContent="zonesite: the build failed; this page shows the last good build.\n\n"+e.data})})();</script>"#;

/// Answers requests until the server stops, each on its own thread.
pub fn run(server: Server, shared: Arc<Shared>) {
    for request in server.incoming_requests() {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || handle(request, &shared));
    }
}

fn handle(request: Request, shared: &Shared) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::from_string("method not allowed").with_status_code(405));
        return;
    }
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if path == EVENTS_PATH {
        stream_events(request, shared);
        return;
    }
    let response = match resolve(&path) {
        Some(key) => lookup(shared, &key),
        None => not_found(shared),
    };
    let _ = request.respond(response);
}

/// The key of the file a URL path asks for, or `None` for a path that tries to
/// leave the site (`..`, encoded or not) or cannot be decoded.
pub fn resolve(path: &str) -> Option<String> {
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let rel = decoded.trim_start_matches('/');
    if rel
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return None;
    }
    Some(if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    })
}

type Reply = Response<std::io::Cursor<Vec<u8>>>;

fn lookup(shared: &Shared, key: &str) -> Reply {
    let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
    if let Some(bytes) = live.files.get(key) {
        return file_response(key, bytes, live.error.as_deref(), 200);
    }
    let index = format!("{key}/index.html");
    if live.files.contains_key(&index) {
        let location = format!("/{key}/");
        return Response::from_data(Vec::new())
            .with_status_code(301)
            .with_header(header("Location", &location));
    }
    drop(live);
    not_found(shared)
}

fn not_found(shared: &Shared) -> Reply {
    let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
    match live.files.get("404.html") {
        Some(bytes) => file_response("404.html", bytes, live.error.as_deref(), 404),
        None => Response::from_string("404 not found").with_status_code(404),
    }
}

fn file_response(key: &str, bytes: &[u8], error: Option<&str>, status: u16) -> Reply {
    let content_type = content_type(key);
    let body = if content_type.starts_with("text/html") {
        inject(bytes, error)
    } else {
        bytes.to_vec()
    };
    Response::from_data(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
}

/// Adds the reload script, and the error overlay when the last build failed.
fn inject(html: &[u8], error: Option<&str>) -> Vec<u8> {
    let mut script = RELOAD_SCRIPT.to_string();
    if let Some(text) = error {
        // Shown at once, without waiting for the next event.
        let json = serde_json::to_string(&format!(
            "zonesite: the build failed; this page shows the last good build.\n\n{text}"
        ))
        .unwrap_or_default()
        .replace("</", "<\\/");
        script.push_str(&format!(
            "<script>addEventListener(\"DOMContentLoaded\",()=>{{const o=document.createElement(\"pre\");o.id=\"zonesite-error\";o.setAttribute(\"role\",\"alert\");o.style.cssText=\"position:fixed;inset:0;margin:0;padding:1.5rem;overflow:auto;background:rgba(24,24,27,.96);color:#fecaca;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647\";o.textContent={json};document.body.appendChild(o)}})</script>"
        ));
    }
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// Keeps the connection open and writes each event as it comes.
fn stream_events(request: Request, shared: &Shared) {
    let (tx, rx) = mpsc::channel();
    let current_error = shared
        .live
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .error
        .clone();
    shared
        .clients
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(tx);
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    if let Some(text) = current_error
        && writer
            .write_all(Event::BuildError(text).encode().as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
    {
        return;
    }
    loop {
        let message = match rx.recv_timeout(std::time::Duration::from_secs(15)) {
            Ok(event) => event.encode(),
            Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values are ASCII")
}

/// The Content-Type of a file, by its extension.
fn content_type(key: &str) -> &'static str {
    match key.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "wasm" => "application/wasm",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_paths_to_files() {
        assert_eq!(resolve("/").as_deref(), Some("index.html"));
        assert_eq!(
            resolve("/en/parks/").as_deref(),
            Some("en/parks/index.html")
        );
        assert_eq!(resolve("/style.css").as_deref(), Some("style.css"));
        assert_eq!(resolve("/%E5%9B%AD/").as_deref(), Some("园/index.html"));
    }

    #[test]
    fn refuses_paths_that_climb_out() {
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/a/%2E%2E/%2e%2e/x",
            "/..%2fCargo.toml",
            "/a%5c..%5cb",
            "/%00",
            "/%ff",
        ] {
            assert_eq!(resolve(bad), None, "{bad}");
        }
    }

    #[test]
    fn encodes_multiline_errors_as_one_event() {
        let event = Event::BuildError("a\nb".into()).encode();
        assert_eq!(event, "event: build-error\ndata: a\ndata: b\n\n");
    }

    #[test]
    fn injects_the_reload_script_before_the_body_ends() {
        let html = inject(b"<html><body><p>x</p></body></html>", None);
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("EventSource(\"/__zonesite/events\")"));
        assert!(html.ends_with("</script></body></html>"));
    }
}
