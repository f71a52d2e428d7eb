//! Per-call overrides: a client's `with_options` changes the timeouts and retry policy of its calls
//! only, and its retries still draw on the configuration's shared retry budget.

#![cfg(feature = "bookings-external-calendars")]

use std::time::{Duration, Instant};

use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};
use wix_sdk::bookings_external_calendars::Client;
use wix_sdk::{CallOptions, Config, ConfigBuilder, Credentials, Error, RetryPolicy};

/// A configuration that calls `base_url` and retries 3 times, 10 ms apart at first.
fn config(base_url: &str) -> ConfigBuilder {
    Config::builder(Credentials::api_key_for_site("<api key>", "<site id>"))
        .base_url(base_url)
        .retry(RetryPolicy::new(3, Duration::from_millis(10)))
}

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(response).mount(&server).await;
    server
}

async fn request_count(server: &MockServer) -> usize {
    server.received_requests().await.expect("recording is on").len()
}

#[tokio::test]
async fn a_retry_override_applies_to_the_overridden_client_only() {
    let server = server_answering(ResponseTemplate::new(503)).await;
    let client = Client::new(&config(&server.uri()).build().expect("builds"));
    let once = client.with_options(CallOptions::new().retry(RetryPolicy::disabled()));

    once.list_providers().await.expect_err("503");
    assert_eq!(request_count(&server).await, 1, "the override turned retries off");

    client.list_providers().await.expect_err("503");
    assert_eq!(request_count(&server).await, 1 + 4, "the original client keeps 3 retries");
}

#[tokio::test]
async fn a_timeout_override_applies_to_every_method_of_the_overridden_client() {
    let server = server_answering(ResponseTemplate::new(200).set_delay(Duration::from_secs(2))).await;
    let client =
        Client::new(&config(&server.uri()).timeout(Duration::from_secs(10)).build().expect("builds"));
    let hurried = client
        .with_options(CallOptions::new().timeout(Duration::from_millis(100)).retry(RetryPolicy::disabled()));

    let started = Instant::now();
    let error = hurried.list_providers().await.expect_err("times out");
    assert!(
        matches!(error, Error::Timeout { timeout, .. } if timeout == Duration::from_millis(100)),
        "{error:?}"
    );
    let error = hurried.list_connections(&Default::default()).await.expect_err("times out");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
}

#[tokio::test]
async fn a_call_timeout_override_bounds_the_whole_call() {
    let server = server_answering(ResponseTemplate::new(200).set_delay(Duration::from_secs(2))).await;
    let client = Client::new(&config(&server.uri()).build().expect("builds"))
        .with_options(CallOptions::new().call_timeout(Duration::from_millis(200)));

    let error = client.list_providers().await.expect_err("times out");

    assert!(
        matches!(error, Error::CallTimeout { timeout, .. } if timeout == Duration::from_millis(200)),
        "{error:?}"
    );
}

#[tokio::test]
async fn overridden_retries_draw_on_the_configs_shared_budget() {
    let server = server_answering(ResponseTemplate::new(503)).await;
    // Room for one retry (5 tokens) in the configuration's budget.
    let config = config(&server.uri()).retry(RetryPolicy::new(3, Duration::from_millis(10)).with_budget(5));
    let client = Client::new(&config.build().expect("builds"));
    let eager = client.with_options(
        CallOptions::new().retry(RetryPolicy::new(5, Duration::from_millis(10)).with_budget(1_000)),
    );

    eager.list_providers().await.expect_err("503");
    assert_eq!(request_count(&server).await, 2, "one retry: the override's own budget is not used");

    client.list_providers().await.expect_err("503");
    assert_eq!(request_count(&server).await, 3, "the override spent the budget the client shares");
}
