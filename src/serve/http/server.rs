//! The listening side: one socket, a tokio runtime of two worker threads, and
//! each connection a task of its own, so that idle keep-alive connections and
//! open event streams cost a little memory each, not a thread.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::runtime::Runtime;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::Shared;
use super::host::Hosts;
use crate::catalogue::Text;
use crate::diag::error_line;
use crate::text;

/// Connections open at once, at most (event streams included); a connection
/// past them is answered 503 and closed.
const MAX_CONNECTIONS: usize = 1024;
/// File descriptors kept for the rest of `serve` (the watcher, the build).
const RESERVED_FILES: u64 = 256;
/// Connections answered 503 at once; past them a connection is closed unanswered.
const MAX_REFUSING: usize = 64;
/// How long a connection may wait for its next request's head, idle or sending
/// it; then it is closed.
const IDLE: Duration = Duration::from_secs(30);
/// The most a connection may buffer of a request (its head, mostly).
const MAX_BUFFER: usize = 64 * 1024;
/// The listen backlog: connections the kernel holds before they are accepted.
const BACKLOG: i32 = 1024;
/// The runtime's worker threads.
const WORKERS: usize = 2;

/// A bound socket and the runtime that will serve it.
pub struct Server {
    listener: std::net::TcpListener,
    runtime: Runtime,
    hosts: Hosts,
    max_connections: usize,
}

/// What every connection's handler needs.
pub(super) struct State {
    pub(super) shared: Arc<Shared>,
    pub(super) hosts: Hosts,
}

/// Listens on `bind:port` (port 0 picks a free one); nothing is answered until
/// [`spawn`].
pub fn bind(bind: &str, port: u16) -> Result<Server, Text> {
    let cannot_listen = |e: std::io::Error| {
        text!(
            "serve-cannot-listen",
            address = format!("{bind}:{port}"),
            reason = e.to_string()
        )
    };
    let listener = std::net::TcpListener::bind((bind, port)).map_err(cannot_listen)?;
    // The standard library listens with a backlog of 128; a longer one keeps a
    // burst of new connections from waiting for SYN retries.
    let _ = rustix::net::listen(&listener, BACKLOG);
    listener.set_nonblocking(true).map_err(cannot_listen)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKERS)
        .thread_name("zonesite-http")
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| text!("serve-cannot-start", reason = e.to_string()))?;
    Ok(Server {
        listener,
        runtime,
        hosts: Hosts::new(bind),
        max_connections: connection_limit(),
    })
}

impl Server {
    /// The address the server listens on.
    pub fn addr(&self) -> Result<SocketAddr, Text> {
        self.listener
            .local_addr()
            .map_err(|e| text!("serve-no-address", reason = e.to_string()))
    }
}

/// Answers requests on a thread of its own (and the runtime's workers) until
/// the process ends.
pub fn spawn(server: Server, shared: Arc<Shared>) {
    let Server {
        listener,
        runtime,
        hosts,
        max_connections,
    } = server;
    let lang = shared.lang;
    let state = Arc::new(State { shared, hosts });
    let started = std::thread::Builder::new()
        .name("zonesite-accept".into())
        .spawn(move || runtime.block_on(accept(listener, state, max_connections)));
    if let Err(e) = started {
        let message = text!("serve-cannot-start", reason = e.to_string());
        eprintln!("{}", error_line(lang, message));
    }
}

async fn accept(listener: std::net::TcpListener, state: Arc<State>, max_connections: usize) {
    let listener = match tokio::net::TcpListener::from_std(listener) {
        Ok(listener) => listener,
        Err(e) => {
            let message = text!("serve-cannot-serve", reason = e.to_string());
            eprintln!("{}", error_line(state.shared.lang, message));
            return;
        }
    };
    let open = Arc::new(Semaphore::new(max_connections));
    let refusing = Arc::new(Semaphore::new(MAX_REFUSING));
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(IDLE)
        .max_buf_size(MAX_BUFFER);
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors, or a connection reset before it was
                // accepted: try again shortly rather than spin.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        // Responses go out at once, not after the client's delayed ACK of the
        // previous one (Nagle's algorithm costs a kept-alive connection ~40 ms).
        let _ = stream.set_nodelay(true);
        if let Ok(permit) = Arc::clone(&open).try_acquire_owned() {
            tokio::spawn(connection(
                stream,
                permit,
                builder.clone(),
                Arc::clone(&state),
            ));
        } else if let Ok(permit) = Arc::clone(&refusing).try_acquire_owned() {
            tokio::spawn(refuse(stream, permit, state.shared.lang));
        }
    }
}

/// Serves one connection's requests until it closes or idles out.
async fn connection(
    stream: TcpStream,
    _permit: OwnedSemaphorePermit,
    builder: http1::Builder,
    state: Arc<State>,
) {
    let service = service_fn(move |request| {
        let state = Arc::clone(&state);
        async move { Ok::<_, Infallible>(super::handle(&request, &state)) }
    });
    let _ = builder
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// Answers a connection past the limit with 503 and closes it.
async fn refuse(mut stream: TcpStream, _permit: OwnedSemaphorePermit, lang: crate::i18n::Lang) {
    let body = format!("{}\n", text!("serve-busy").render(lang));
    let busy = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Length: {}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(busy.as_bytes()).await?;
        stream.shutdown().await?;
        // Read what the client sent, so that closing does not reset the
        // connection before it reads the answer.
        let mut sink = [0u8; 4096];
        while stream.read(&mut sink).await? > 0 {}
        Ok::<(), std::io::Error>(())
    })
    .await;
}

/// The connection limit the process's file descriptors allow, raising the soft
/// limit toward the hard one when it is lower than the limit needs.
fn connection_limit() -> usize {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let wanted = MAX_CONNECTIONS as u64 + RESERVED_FILES;
    let mut limit = getrlimit(Resource::Nofile);
    if let Some(current) = limit.current
        && current < wanted
    {
        limit.current = Some(limit.maximum.map_or(wanted, |max| max.min(wanted)));
        let _ = setrlimit(Resource::Nofile, limit);
    }
    let current = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
    let allowed = current.saturating_sub(RESERVED_FILES).max(16);
    (MAX_CONNECTIONS as u64).min(allowed) as usize
}
