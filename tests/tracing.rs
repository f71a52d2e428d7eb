//! The tracing span of a call, alone in its test binary: `tracing`'s per-thread default subscriber
//! misses events when other tests register the same callsites on other threads.

use std::time::Duration;

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wix_sdk::bookings_external_calendars::{Client, ConnectByCredentialsRequest};
use wix_sdk::{Config, Credentials, RetryPolicy};

const API_KEY: &str = "IST.api-key-secret";
const PASSWORD: &str = "hunter2-very-secret";
const PROVIDER_ID: &str = "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc";
const CONNECT_PATH: &str = "/bookings/v2/external-calendars/connections:connectByCredentials";

fn client(server: &MockServer) -> Client {
    let config = Config::builder(Credentials::api_key_for_site(API_KEY, "site"))
        .base_url(server.uri())
        .retry(RetryPolicy::new(2, Duration::from_millis(10)))
        .build()
        .expect("config builds");
    Client::new(&config)
}

fn connect_request() -> ConnectByCredentialsRequest {
    ConnectByCredentialsRequest::new(
        "3e47ec65-2975-447c-a7ed-75041e850d5e".parse().expect("GUID"),
        PROVIDER_ID.parse().expect("GUID"),
        "someone@example.com".parse().expect("email"),
        PASSWORD,
    )
}

fn wix_error(code: &str) -> serde_json::Value {
    json!({"message": "denied", "details": {"applicationError": {"code": code}}})
}

/// Collects what a `tracing` subscriber writes.
#[derive(Clone, Default)]
struct CapturedLogs(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for CapturedLogs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn each_call_has_one_span_with_method_route_status_and_attempt_but_no_secret() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(401).set_body_json(wix_error("BAD_CREDENTIALS")))
        .mount(&server)
        .await;
    let logs = CapturedLogs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);

    client(&server).connect_by_credentials(&connect_request()).await.expect_err("401");

    let logs = String::from_utf8(logs.0.lock().expect("not poisoned").clone()).expect("UTF-8");
    let closes: Vec<&str> =
        logs.lines().filter(|line| line.contains("wix_sdk::call{") && line.contains(": close ")).collect();
    assert_eq!(closes.len(), 1, "{logs}");
    for field in [
        "method=\"connectByCredentials\"",
        "http.verb=Post",
        "http.route=\"/bookings/v2/external-calendars/connections:connectByCredentials\"",
        "attempt=1",
        "http.status=401",
    ] {
        assert!(closes[0].contains(field), "{field} missing from {}", closes[0]);
    }
    for secret in [PASSWORD, API_KEY, PROVIDER_ID, "someone@example.com"] {
        assert!(!logs.contains(secret), "{secret} shows in the logs:\n{logs}");
    }
}
