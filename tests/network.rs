//! The generated client on a hostile network, against wiremock and raw TCP and TLS servers on
//! loopback: redirects are not followed, every wait is bounded, retries draw on a budget the calls
//! of a `Config` share, and an error says what failed in a few hundred characters, whatever the
//! server sends.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};
use wix_sdk::bookings_external_calendars::{Client, ConnectByCredentialsRequest, ListEventsRequest};
use wix_sdk::{Config, ConfigBuilder, Credentials, Error, RetryPolicy, TransportErrorKind};

const API_KEY: &str = "IST.api-key-secret";
const PASSWORD: &str = "hunter2-very-secret";

/// A configuration that calls `base_url` and retries 3 times, 10 ms apart at first.
fn config(base_url: &str) -> ConfigBuilder {
    Config::builder(Credentials::api_key_for_site(API_KEY, "6d6a5f0e-site"))
        .base_url(base_url)
        .retry(RetryPolicy::new(3, Duration::from_millis(10)))
}

fn client(config: ConfigBuilder) -> Client {
    Client::new(&config.build().expect("config builds"))
}

fn connect_request() -> ConnectByCredentialsRequest {
    ConnectByCredentialsRequest::new(
        "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc".parse().expect("GUID"),
        "3e47ec65-2975-447c-a7ed-75041e850d5e".parse().expect("GUID"),
        "someone@example.com".parse().expect("email"),
        PASSWORD,
    )
}

/// A server that answers every request with `response`.
async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(response).mount(&server).await;
    server
}

async fn requests_to(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

// Redirects.

fn assert_redirect<E: std::fmt::Debug + std::fmt::Display>(error: &Error<E>, status: u16, location: &str) {
    let Error::Redirect { status: got, location: Some(got_location), .. } = error else {
        panic!("expected a redirect error: {error:?}")
    };
    assert_eq!((*got, got_location.as_str()), (status, location));
    let text = error.to_string();
    assert!(text.contains(&format!("HTTP {status}")) && text.contains(location), "{text}");
}

#[tokio::test]
async fn a_redirect_is_an_error_naming_status_and_location_and_nothing_is_sent_there() {
    let elsewhere = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let location = format!("{}/collect", elsewhere.uri());
    for status in [301, 302, 303, 307, 308] {
        let server =
            server_answering(ResponseTemplate::new(status).insert_header("location", location.as_str()))
                .await;
        let client = client(config(&server.uri()));

        let post = client.connect_by_credentials(&connect_request()).await.expect_err("redirected");
        let get = client.list_providers().await.expect_err("redirected");

        assert_redirect(&post, status, &location);
        assert_redirect(&get, status, &location);
        assert_eq!(requests_to(&server).await.len(), 2, "{status}: one request per call, none retried");
    }
    assert!(requests_to(&elsewhere).await.is_empty(), "the password or API key went to the Location");
}

#[tokio::test]
async fn a_users_client_that_follows_a_redirect_fails_the_call_instead_of_using_the_answer() {
    let elsewhere = server_answering(
        ResponseTemplate::new(200).set_body_json(json!({"providers": [{"name": "Impostor"}]})),
    )
    .await;
    let location = format!("{}/providers", elsewhere.uri());
    let server =
        server_answering(ResponseTemplate::new(302).insert_header("location", location.as_str())).await;
    let _ = rustls::crypto::ring::default_provider().install_default();
    let follows =
        reqwest::Client::builder().build().expect("reqwest's default client, which follows redirects");

    let error =
        client(config(&server.uri()).http_client(follows)).list_providers().await.expect_err("refused");

    assert!(matches!(&error, Error::RedirectFollowed { url, .. } if *url == location), "{error:?}");
    assert!(error.to_string().contains("redirect::Policy::none()"), "{error}");
}

// Time.

#[tokio::test]
async fn the_call_timeout_ends_a_stalled_call_whatever_the_attempt_timeout() {
    let server = server_answering(ResponseTemplate::new(200).set_delay(Duration::from_secs(30))).await;
    let client = client(config(&server.uri()).call_timeout(Duration::from_millis(300)));

    let started = Instant::now();
    let error = client.list_providers().await.expect_err("stalls");

    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
    assert!(
        matches!(error, Error::CallTimeout { operation: "listProviders", timeout, attempts: 1 } if timeout == Duration::from_millis(300)),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "listProviders: no response within the call timeout of 300ms (1 attempts)");
}

#[tokio::test]
async fn the_call_timeout_bounds_attempts_and_back_off_together() {
    // Each attempt takes 200 ms and fails with 503: 21 attempts and their waits would take over 5 s.
    let server = server_answering(ResponseTemplate::new(503).set_delay(Duration::from_millis(200))).await;
    let policy = RetryPolicy::new(20, Duration::from_millis(50)).with_max_delay(Duration::from_millis(100));
    let client = client(config(&server.uri()).retry(policy).call_timeout(Duration::from_secs(1)));

    let started = Instant::now();
    let error = client.list_providers().await.expect_err("503 until the call timeout");

    assert!(started.elapsed() < Duration::from_millis(1500), "took {:?}", started.elapsed());
    let attempts = requests_to(&server).await.len();
    assert!((2..=5).contains(&attempts), "{attempts} attempts in 1 s");
    // Either the call timeout cut an attempt, or the last wait would have passed it.
    let last_503 = error.service_error().is_some_and(|error| error.status() == 503);
    assert!(last_503 || matches!(error, Error::CallTimeout { .. }), "{error:?}");
}

#[tokio::test]
async fn a_retry_whose_wait_would_pass_the_call_timeout_is_not_started() {
    let server = server_answering(ResponseTemplate::new(503).insert_header("retry-after", "5")).await;
    let client = client(config(&server.uri()).call_timeout(Duration::from_secs(2)));

    let started = Instant::now();
    let error = client.list_providers().await.expect_err("503");

    assert!(started.elapsed() < Duration::from_secs(1), "waited {:?} for nothing", started.elapsed());
    assert_eq!(error.service_error().map(|error| error.status()), Some(503), "{error:?}");
    assert_eq!(requests_to(&server).await.len(), 1);
}

#[tokio::test]
async fn retry_after_as_an_http_date_sets_the_wait() {
    let server = MockServer::start().await;
    let in_two_seconds = wix_sdk::Timestamp::from(SystemTime::now() + Duration::from_secs(2));
    let date = in_two_seconds.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", date.as_str()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).mount(&server).await;

    let started = Instant::now();
    client(config(&server.uri())).list_providers().await.expect("the retry succeeds");

    // The date has whole seconds, so the wait is between 1 and 2 s; the policy's own is 10 ms.
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited only {:?} for {date}",
        started.elapsed()
    );
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_connect_that_hangs_ends_at_the_connect_timeout() {
    // A listener whose queue of connections not yet accepted holds one, taken by `_filler`: Linux
    // drops the next handshake, as a host that is down would.
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket.bind("127.0.0.1:0".parse().expect("an address")).expect("binds");
    let listener = socket.listen(0).expect("listens");
    let address = listener.local_addr().expect("has an address");
    let _filler = std::net::TcpStream::connect(address).expect("the first connection is queued");
    let client = client(
        config(&format!("http://{address}"))
            .connect_timeout(Duration::from_millis(300))
            .retry(RetryPolicy::disabled()),
    );

    let started = Instant::now();
    let error = client.list_providers().await.expect_err("never connects");

    assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
    assert!(matches!(error, Error::Transport { kind: TransportErrorKind::ConnectTimeout, .. }), "{error:?}");
    assert!(error.to_string().contains("no connection within the connect timeout"), "{error}");
}

/// A server that fails with 503 while `failing` is set and answers 200 otherwise.
async fn switchable_server(failing: Arc<AtomicBool>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(move |_: &Request| match failing.load(Ordering::SeqCst) {
            true => ResponseTemplate::new(503),
            false => ResponseTemplate::new(200).set_body_json(json!({})),
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_retry_budget_is_shared_by_the_calls_of_a_config_and_refilled_by_successes() {
    let failing = Arc::new(AtomicBool::new(true));
    let server = switchable_server(failing.clone()).await;
    // 10 tokens: two retries at 5 each.
    let policy = RetryPolicy::new(3, Duration::from_millis(1)).with_budget(10);
    let shared = config(&server.uri()).retry(policy).build().expect("builds");
    let count = || async { requests_to(&server).await.len() };

    Client::new(&shared).list_providers().await.expect_err("503");
    assert_eq!(count().await, 3, "the first call retries twice, then the budget is spent");
    Client::new(&shared.clone()).list_providers().await.expect_err("503");
    assert_eq!(count().await, 4, "a clone's client shares the budget: no retry");

    failing.store(false, Ordering::SeqCst);
    for _ in 0..5 {
        Client::new(&shared).list_providers().await.expect("200");
    }
    failing.store(true, Ordering::SeqCst);
    Client::new(&shared).list_providers().await.expect_err("503");
    assert_eq!(count().await, 11, "5 successes gave back 5 tokens: one retry");

    let other = config(&server.uri()).retry(policy).build().expect("builds");
    Client::new(&other).list_providers().await.expect_err("503");
    assert_eq!(count().await, 14, "another Config has its own budget");
}

// Transport errors, from raw servers.

/// A TCP server on loopback that answers each connection with `reply` once it has read something,
/// then closes it; returns its address and the count of connections it accepted.
fn raw_server(reply: Vec<u8>) -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let address = listener.local_addr().expect("has an address");
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = stream.read(&mut [0; 16 * 1024]);
            // The client may have hung up already: its error is what the test looks at.
            let _ = stream.write_all(&reply);
        }
    });
    (address, connections)
}

/// A TLS server on loopback with the self-signed certificate of `fixtures/tls` (for 127.0.0.1, a
/// test key of no other use); returns its address and the count of connections it accepted.
fn self_signed_tls_server() -> (SocketAddr, Arc<AtomicUsize>) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certificate = CertificateDer::from_pem_slice(include_bytes!("fixtures/tls/self_signed.cert.pem"))
        .expect("a PEM certificate");
    let key =
        PrivateKeyDer::from_pem_slice(include_bytes!("fixtures/tls/self_signed.key.pem")).expect("a PEM key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(vec![certificate], key)
        .expect("a server config");
    let tls = Arc::new(tls);
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let address = listener.local_addr().expect("has an address");
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let Ok(connection) = rustls::ServerConnection::new(tls.clone()) else { continue };
            let mut tls_stream = rustls::StreamOwned::new(connection, stream);
            // Reading drives the handshake, which the client breaks off when it sees the certificate.
            if tls_stream.read(&mut [0; 16 * 1024]).is_ok() {
                let _ = tls_stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
            }
        }
    });
    (address, connections)
}

/// A loopback URL where nothing listens: the port was bound, then released.
fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let port = listener.local_addr().expect("has an address").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn tls_failures_name_their_cause_and_are_not_retried() {
    let (self_signed, tls_connections) = self_signed_tls_server();
    let (plain, plain_connections) =
        raw_server(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n".to_vec());
    let cases =
        [(self_signed, tls_connections, "certificate"), (plain, plain_connections, "InvalidContentType")];
    for (address, connections, cause) in cases {
        let client = client(config(&format!("https://{address}")));

        let error = client.list_providers().await.expect_err("TLS fails");

        assert!(matches!(error, Error::Transport { kind: TransportErrorKind::Tls, .. }), "{error:?}");
        let text = error.to_string();
        assert!(text.starts_with("listProviders: TLS failed (certificate or handshake): "), "{text}");
        assert!(text.contains(cause), "{text}");
        assert_eq!(connections.load(Ordering::SeqCst), 1, "retried after a TLS failure: {text}");
    }
}

#[tokio::test]
async fn a_transport_errors_text_names_its_cause() {
    let (not_http, _) = raw_server(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec());
    let (cut_short, _) = raw_server(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"provid".to_vec());
    let (headers_cut_short, _) = raw_server(b"HTTP/1.1 200 OK\r\ncontent-le".to_vec());
    let cases = [
        // `.invalid` never resolves (RFC 6761).
        (
            "http://wix-sdk-test.invalid".to_string(),
            TransportErrorKind::Dns,
            "the host name did not resolve: ",
        ),
        (closed_port_url(), TransportErrorKind::ConnectionRefused, "the connection was refused: "),
        (format!("http://{not_http}"), TransportErrorKind::NotHttp, "the server's answer is not HTTP: "),
        (
            format!("http://{cut_short}"),
            TransportErrorKind::ConnectionClosed,
            "the connection closed before the response was complete: ",
        ),
        (
            format!("http://{headers_cut_short}"),
            TransportErrorKind::ConnectionClosed,
            "the connection closed before the response was complete: ",
        ),
    ];
    for (url, kind, text) in cases {
        let error =
            client(config(&url).retry(RetryPolicy::disabled())).list_providers().await.expect_err("fails");

        assert!(matches!(&error, Error::Transport { kind: got, .. } if *got == kind), "{url}: {error:?}");
        let shown = error.to_string();
        assert!(shown.starts_with(&format!("listProviders: {text}")), "{shown}");
        assert!(!shown.contains("error sending request"), "{shown}");
    }
}

// Error texts.

#[tokio::test]
async fn error_texts_stay_short_whatever_the_server_sends() {
    let message = "m".repeat(10 * 1024 * 1024);
    let request_id = "r".repeat(60 * 1024);
    let body = json!({"message": message, "details": {"applicationError": {"code": "C".repeat(10_000)}}});
    let server = server_answering(
        ResponseTemplate::new(500).insert_header("x-wix-request-id", request_id.as_str()).set_body_json(body),
    )
    .await;

    let error = client(config(&server.uri())).list_providers().await.expect_err("500");

    let text = error.to_string();
    assert!(text.len() < 1024, "{} bytes", text.len());
    for cut in ["[cut; 10485760 bytes in all]", "[cut; 61440 bytes in all]", "[cut; 10000 bytes in all]"] {
        assert!(text.contains(cut), "no `{cut}` in {text}");
    }
    let details = error.service_error().expect("Wix's details");
    assert_eq!(
        (details.message().map(str::len), details.request_id().map(str::len)),
        (Some(10_485_760), Some(61_440))
    );

    // serde_json quotes the value that does not fit, here a megabyte.
    let long_count = json!({"pagingMetadata": {"count": "9".repeat(1024 * 1024)}});
    let server = server_answering(ResponseTemplate::new(200).set_body_json(long_count)).await;

    let error =
        client(config(&server.uri())).list_events(&ListEventsRequest::new()).await.expect_err("decode");

    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    let text = error.to_string();
    assert!(text.len() < 1024 && text.contains("[cut; "), "{} bytes: {text}", text.len());
}

#[tokio::test]
async fn an_error_body_over_the_limit_still_reports_status_and_request_id() {
    let server = server_answering(
        ResponseTemplate::new(503)
            .insert_header("x-wix-request-id", "req-sized")
            .set_body_string("x".repeat(100_000)),
    )
    .await;
    let mut chunked =
        b"HTTP/1.1 401 Unauthorized\r\nx-wix-request-id: req-chunked\r\ntransfer-encoding: chunked\r\n\r\n"
            .to_vec();
    for _ in 0..100 {
        chunked.extend_from_slice(format!("3e8\r\n{}\r\n", "y".repeat(1000)).as_bytes());
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let (streamed, _) = raw_server(chunked);
    let cases = [(server.uri(), 503, "req-sized"), (format!("http://{streamed}"), 401, "req-chunked")];
    for (url, status, request_id) in cases {
        let client = client(config(&url).max_response_bytes(64 * 1024).retry(RetryPolicy::disabled()));

        let error = client.list_providers().await.expect_err("too large");

        assert!(
            matches!(&error, Error::BodyTooLarge { status: got, request_id: Some(id), limit: 65536, .. }
                if *got == status && id == request_id),
            "{error:?}"
        );
        let text = error.to_string();
        assert!(text.contains(&format!("{status} response")) && text.contains(request_id), "{text}");
    }
}

/// Requests a failing server gets from 1,000 calls made one after another, with and without the
/// retry budget; the figures in BENCHMARKS.md. `cargo test -p codegen-tests --test network --
/// --ignored --nocapture retry_budget_figures`
#[tokio::test]
#[ignore = "a measurement: 24,000 requests"]
async fn retry_budget_figures() {
    const CALLS: usize = 1000;
    println!("| requests failing (503) | budget | requests | calls failed |\n|---|---|---|---|");
    for percent in [100, 50, 10] {
        for budget in [u32::MAX, wix_sdk::DEFAULT_RETRY_BUDGET] {
            let requests = Arc::new(AtomicUsize::new(0));
            let counted = requests.clone();
            let server = MockServer::start().await;
            Mock::given(any())
                .respond_with(move |_: &Request| {
                    // splitmix64 of the request's number: the same failures on every run.
                    let mut mixed =
                        (counted.fetch_add(1, Ordering::SeqCst) as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
                    mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                    mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                    match (mixed ^ (mixed >> 31)) % 100 < percent {
                        true => ResponseTemplate::new(503),
                        false => ResponseTemplate::new(200).set_body_json(json!({})),
                    }
                })
                .mount(&server)
                .await;
            let policy = RetryPolicy::new(3, Duration::from_micros(1)).with_budget(budget);
            let client = client(config(&server.uri()).retry(policy));
            let mut failed = 0;
            for _ in 0..CALLS {
                failed += usize::from(client.list_providers().await.is_err());
            }
            let requests = requests.load(Ordering::SeqCst);
            let shown = if budget == u32::MAX { "none".to_string() } else { budget.to_string() };
            println!("| {percent}% | {shown} | {requests} | {failed} |");
            if percent == 100 && budget != u32::MAX {
                assert_eq!(requests, CALLS + budget as usize / 5, "every call once, and 5 tokens a retry");
            }
        }
    }
}
