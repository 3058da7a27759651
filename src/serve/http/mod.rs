//! The preview server: serves the last good build from memory, answers unknown
//! paths with the site's 404 page, and streams reload and error events to open
//! pages over server-sent events. Nothing is read from disk, so no path, encoded
//! or not, can reach a file outside the built site. Only requests for this
//! machine's own names are answered (see [`host`]).

mod host;
mod server;

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::{Either, Full};
use hyper::body::{Bytes, Frame};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use percent_encoding::percent_decode_str;
use tokio::sync::mpsc;
use tokio::time::{Instant, Sleep};

use super::Shared;
use crate::text;
use server::State;
pub use server::{bind, spawn};

/// Where open pages listen for events.
pub const EVENTS_PATH: &str = "/__zonesite/events";

/// Something open pages are told.
#[derive(Debug, Clone)]
pub enum Event {
    /// A new build is served: reload.
    Reload,
    /// The build failed: show its errors (the overlay's content, as JSON).
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

/// How many events an event stream may have waiting to be sent; past them, a
/// client that does not read is sent no more until it does.
const EVENT_QUEUE: usize = 16;

/// How often an event stream with nothing to say sends a comment, so that a
/// closed page is noticed and proxies keep the connection.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The open event streams, which the rebuild loop's events reach.
#[derive(Default)]
pub struct Clients(Mutex<Vec<mpsc::Sender<Event>>>);

impl Clients {
    /// Sends `event` to every open stream, and forgets the closed ones.
    pub fn send(&self, event: &Event) {
        let mut clients = self.0.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|client| {
            !matches!(
                client.try_send(event.clone()),
                Err(mpsc::error::TrySendError::Closed(_))
            )
        });
    }

    /// A new stream's receiving end.
    fn register(&self) -> mpsc::Receiver<Event> {
        let (tx, rx) = mpsc::channel(EVENT_QUEUE);
        let mut clients = self.0.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|client| !client.is_closed());
        clients.push(tx);
        rx
    }
}

/// A response body: a file (or a short text), or an event stream.
type Body = Either<Full<Bytes>, EventStream>;

fn handle<B>(request: &Request<B>, state: &State) -> Response<Body> {
    let lang = state.shared.lang;
    if let Err((status, reason)) = state.hosts.check(request) {
        return text(status, format!("{}\n", reason.render(lang)));
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let mut response = text(
            StatusCode::METHOD_NOT_ALLOWED,
            text!("serve-method-not-allowed").render(lang),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let path = request.uri().path().split('#').next().unwrap_or("/");
    let shared = &state.shared;
    if path == EVENTS_PATH {
        return stream_events(shared);
    }
    match resolve(path) {
        Some(key) => lookup(shared, &key),
        None => not_found(shared),
    }
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

fn lookup(shared: &Shared, key: &str) -> Response<Body> {
    let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
    if let Some(bytes) = live.files.get(key) {
        return file_response(key, bytes, live.error.as_deref(), StatusCode::OK);
    }
    let index = format!("{key}/index.html");
    if live.files.contains_key(&index) {
        // Keys are decoded paths; the Location is encoded again.
        let location =
            percent_encoding::utf8_percent_encode(&format!("/{key}/"), LOCATION).to_string();
        let mut response = text(StatusCode::MOVED_PERMANENTLY, String::new());
        if let Ok(value) = HeaderValue::from_str(&location) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        return response;
    }
    drop(live);
    not_found(shared)
}

/// What a `Location` path encodes: controls, space, and what a URL path
/// cannot hold as it is.
const LOCATION: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'%');

fn not_found(shared: &Shared) -> Response<Body> {
    let live = shared.live.read().unwrap_or_else(|e| e.into_inner());
    match live.files.get("404.html") {
        Some(bytes) => file_response(
            "404.html",
            bytes,
            live.error.as_deref(),
            StatusCode::NOT_FOUND,
        ),
        None => text(StatusCode::NOT_FOUND, "404 not found".into()),
    }
}

fn file_response(
    key: &str,
    bytes: &Arc<[u8]>,
    error: Option<&str>,
    status: StatusCode,
) -> Response<Body> {
    let content_type = content_type(key);
    let body = if content_type.starts_with("text/html") {
        Bytes::from(inject(bytes, error))
    } else {
        Bytes::from_owner(Arc::clone(bytes))
    };
    let mut response = Response::new(Either::Left(Full::new(body)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A short plain-text answer.
fn text(status: StatusCode, body: String) -> Response<Body> {
    let mut response = Response::new(Either::Left(Full::new(Bytes::from(body))));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Adds the reload script, with the error overlay's content when the last
/// build failed.
fn inject(html: &[u8], error: Option<&str>) -> Vec<u8> {
    let script = super::overlay::script(error);
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// An event stream: the current error first, if any, then each event as it
/// comes, and a comment after every quiet [`KEEP_ALIVE`].
fn stream_events(shared: &Shared) -> Response<Body> {
    // Registered before the current error is read, so that no event falls
    // between the two.
    let events = shared.clients.register();
    let mut first = ": connected\n\n".to_string();
    if let Some(text) = &shared.live.read().unwrap_or_else(|e| e.into_inner()).error {
        first.push_str(&Event::BuildError(text.clone()).encode());
    }
    let mut response = Response::new(Either::Right(EventStream {
        first: Some(Bytes::from(first)),
        events,
        quiet: Box::pin(tokio::time::sleep(KEEP_ALIVE)),
    }));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The body of an event stream. It holds no thread: the connection's task
/// polls it when an event arrives or the keep-alive timer fires.
pub struct EventStream {
    first: Option<Bytes>,
    events: mpsc::Receiver<Event>,
    quiet: Pin<Box<Sleep>>,
}

impl hyper::body::Body for EventStream {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        let chunk = if let Some(first) = this.first.take() {
            first
        } else {
            match this.events.poll_recv(cx) {
                Poll::Ready(Some(event)) => Bytes::from(event.encode()),
                // The server dropped the stream's sender: end it.
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => match this.quiet.as_mut().poll(cx) {
                    Poll::Ready(()) => Bytes::from_static(b": keep-alive\n\n"),
                    Poll::Pending => return Poll::Pending,
                },
            }
        };
        this.quiet.as_mut().reset(Instant::now() + KEEP_ALIVE);
        Poll::Ready(Some(Ok(Frame::data(chunk))))
    }
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
        "avif" => "image/avif",
        "pdf" => "application/pdf",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "zip" => "application/zip",
        "ofd" => "application/ofd",
        "wps" => "application/vnd.ms-works",
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
        assert!(!html.contains("data-error"));
        assert!(html.ends_with("</script></body></html>"));
    }
}
