//! Which `Host` a request may name. A page of another site can have its DNS
//! name re-pointed at this machine (DNS rebinding) and then read the preview
//! as its own origin; its requests still carry its own name as `Host`. So the
//! server answers only names that no other site can own: `localhost` (and
//! `*.localhost`), IP addresses, and the name given to `--bind`. The port is
//! not checked: no other site can own it either, and an SSH tunnel or a
//! container's port map changes it.

use std::net::{Ipv4Addr, Ipv6Addr};

use hyper::header::HOST;
use hyper::{Request, StatusCode, Version};

use crate::catalogue::Text;
use crate::text;

/// The names the server answers besides loopback names and IP addresses.
#[derive(Debug, Clone, Default)]
pub struct Hosts {
    /// The `--bind` value when it is a name, lowercase.
    bind_name: Option<String>,
}

impl Hosts {
    /// The rule for a server bound to `bind` (an address or a name).
    pub fn new(bind: &str) -> Hosts {
        let bind = bind.trim();
        let is_ip = bind.parse::<Ipv4Addr>().is_ok()
            || bind
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<Ipv6Addr>()
                .is_ok();
        Hosts {
            bind_name: (!is_ip && !bind.is_empty()).then(|| bind.to_ascii_lowercase()),
        }
    }

    /// `Ok` when the request may be answered, otherwise the status and the
    /// reason to answer with.
    pub fn check<B>(&self, request: &Request<B>) -> Result<(), (StatusCode, Text)> {
        // An absolute request target names the host instead of the header.
        let host = match request.uri().authority() {
            Some(authority) => authority.as_str().to_string(),
            None => {
                let mut values = request.headers().get_all(HOST).iter();
                match (values.next(), values.next()) {
                    (None, _) => {
                        // Browsers always send a Host, so a request without one
                        // cannot come from another site's page; HTTP/1.1 requires it.
                        return if request.version() <= Version::HTTP_10 {
                            Ok(())
                        } else {
                            Err((StatusCode::BAD_REQUEST, text!("serve-refused-no-host")))
                        };
                    }
                    (Some(_), Some(_)) => {
                        return Err((StatusCode::BAD_REQUEST, text!("serve-refused-two-hosts")));
                    }
                    (Some(value), None) => String::from_utf8_lossy(value.as_bytes()).into_owned(),
                }
            }
        };
        if self.allows(&host) {
            Ok(())
        } else {
            Err((
                StatusCode::FORBIDDEN,
                text!("serve-refused-host", host = format!("{host:?}")),
            ))
        }
    }

    /// Whether a `Host` value (a name or address, with or without a port) is
    /// one the server answers.
    pub fn allows(&self, host: &str) -> bool {
        let Some(name) = without_port(host) else {
            return false;
        };
        if let Some(v6) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            return v6.parse::<Ipv6Addr>().is_ok();
        }
        if name.parse::<Ipv4Addr>().is_ok() {
            return true;
        }
        let name = name.to_ascii_lowercase();
        name == "localhost"
            || name.ends_with(".localhost")
            || self.bind_name.as_deref() == Some(name.as_str())
    }
}

/// The name or bracketed address of a `Host` value, or `None` if its port is
/// not a number.
fn without_port(host: &str) -> Option<&str> {
    let (name, port) = if host.starts_with('[') {
        let end = host.find(']')? + 1;
        host.split_at(end)
    } else {
        match host.find(':') {
            Some(at) => host.split_at(at),
            None => (host, ""),
        }
    };
    let port_ok = port.is_empty()
        || port.strip_prefix(':').is_some_and(|p| {
            !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit())
        });
    (!name.is_empty() && port_ok).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_loopback_names_and_ip_addresses_on_any_port() {
        let hosts = Hosts::new("127.0.0.1");
        for ok in [
            "localhost",
            "localhost:1111",
            "LocalHost:8080",
            "preview.localhost:1111",
            "127.0.0.1:1111",
            "127.0.0.1",
            "[::1]:1111",
            "[::1]",
            "192.168.1.20:1111",
            "[fe80::1]:1111",
        ] {
            assert!(hosts.allows(ok), "{ok}");
        }
    }

    #[test]
    fn refuses_dns_names_and_malformed_hosts() {
        let hosts = Hosts::new("0.0.0.0");
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "localhost.",
            "127.0.0.1:http",
            "127.0.0.1:",
            "::1",
            "[::1",
            "[evil.example]:1111",
            ":1111",
            "",
        ] {
            assert!(!hosts.allows(bad), "{bad}");
        }
    }

    #[test]
    fn answers_the_name_given_to_bind() {
        let hosts = Hosts::new("Preview.LAN");
        assert!(hosts.allows("preview.lan:1111"));
        assert!(!hosts.allows("other.lan:1111"));
        assert!(!Hosts::new("::").allows("evil.example"));
    }

    #[test]
    fn a_request_without_host_is_answered_only_in_http_1_0() {
        let hosts = Hosts::default();
        let request = |version| {
            Request::builder()
                .uri("/")
                .version(version)
                .body(())
                .unwrap()
        };
        assert!(hosts.check(&request(Version::HTTP_10)).is_ok());
        let (status, _) = hosts.check(&request(Version::HTTP_11)).unwrap_err();
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let absolute = Request::builder()
            .uri("http://evil.example/")
            .header(HOST, "localhost")
            .body(())
            .unwrap();
        let (status, reason) = hosts.check(&absolute).unwrap_err();
        assert_eq!(status, StatusCode::FORBIDDEN);
        let reason = reason.render(crate::i18n::Lang::En);
        assert!(reason.contains("\"evil.example\""), "{reason}");
    }
}
