//! A small HTTP/1.1 server on 127.0.0.1 serving canned responses, for the
//! tests of fetching. It listens on a port the system picks and answers
//! each connection in its own thread; nothing in it reaches any other
//! address.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server answers at one path.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with this `Content-Type` (none when empty) and body.
    Body { content_type: String, body: Vec<u8> },
    /// A 302 to this location (a path or an address).
    Redirect(String),
    /// This status, with a short body.
    Status(u16),
    /// 200 with a body that never ends: the client must stop reading.
    Endless,
    /// Reads the request and never answers.
    Silent,
}

impl Reply {
    pub fn body(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Body {
            content_type: content_type.to_owned(),
            body: body.into(),
        }
    }
}

/// A running server. It stops with the test process.
pub struct Server {
    port: u16,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    hits: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts a server on 127.0.0.1 with no routes (every path is a 404).
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let hits: Arc<Mutex<Vec<String>>> = Arc::default();
        let (r, h) = (routes.clone(), hits.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, h) = (r.clone(), h.clone());
                std::thread::spawn(move || serve(stream, &r, &h));
            }
        });
        Server { port, routes, hits }
    }

    /// Serves `reply` at `path` (which starts with `/`).
    pub fn route(&self, path: &str, reply: Reply) -> &Server {
        self.routes.lock().unwrap().insert(path.to_owned(), reply);
        self
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The paths requested so far, in order.
    pub fn hits(&self) -> Vec<String> {
        self.hits.lock().unwrap().clone()
    }
}

fn serve(mut stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>, hits: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let line = String::from_utf8_lossy(&request);
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    hits.lock().unwrap().push(path.clone());
    let reply = routes.lock().unwrap().get(&path).cloned();
    let head = |status: &str, extra: &str, len: Option<usize>| {
        let length = len.map_or(String::new(), |l| format!("Content-Length: {l}\r\n"));
        format!("HTTP/1.1 {status}\r\n{extra}{length}Connection: close\r\n\r\n")
    };
    match reply {
        Some(Reply::Body { content_type, body }) => {
            let extra = if content_type.is_empty() {
                String::new()
            } else {
                format!("Content-Type: {content_type}\r\n")
            };
            let _ = stream.write_all(head("200 OK", &extra, Some(body.len())).as_bytes());
            let _ = stream.write_all(&body);
        }
        Some(Reply::Redirect(to)) => {
            let extra = format!("Location: {to}\r\n");
            let _ = stream.write_all(head("302 Found", &extra, Some(0)).as_bytes());
        }
        Some(Reply::Status(code)) => {
            let body = format!("status {code}\n");
            let status = format!("{code} Status");
            let _ = stream.write_all(
                head(&status, "Content-Type: text/plain\r\n", Some(body.len())).as_bytes(),
            );
            let _ = stream.write_all(body.as_bytes());
        }
        Some(Reply::Endless) => {
            let _ =
                stream.write_all(head("200 OK", "Content-Type: text/html\r\n", None).as_bytes());
            let chunk = b"<p>".repeat(64 * 1024);
            while stream.write_all(&chunk).is_ok() {}
        }
        Some(Reply::Silent) => {
            // Holds the connection open until the client gives up.
            while matches!(stream.read(&mut buf), Ok(n) if n > 0) {}
        }
        None => {
            let body = b"no such page\n";
            let _ = stream.write_all(
                head(
                    "404 Not Found",
                    "Content-Type: text/plain\r\n",
                    Some(body.len()),
                )
                .as_bytes(),
            );
            let _ = stream.write_all(body);
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}
