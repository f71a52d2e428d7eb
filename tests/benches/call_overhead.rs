//! The cost of a call through the generated client against the same request written by hand with
//! reqwest, both against one loopback server. `cargo bench -p codegen-tests --bench call_overhead`.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};
use wix_sdk::bookings_external_calendars::{
    Client, ConnectByCredentialsRequest, ConnectByCredentialsResponse,
};
use wix_sdk::{Config, Credentials};

const PATH: &str = "/bookings/v2/external-calendars/connections:connectByCredentials";

fn response() -> serde_json::Value {
    json!({"connection": {
        "id": "4WnvD8QzAbCdEf", "providerId": "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc", "calendarType": "I_CAL",
        "scheduleId": "3e47ec65-2975-447c-a7ed-75041e850d5e", "status": "CONNECTED",
        "syncConfig": {"listEventFromCalendars": {"enabled": true, "calendars": {"calendars": [{"id": "a"}]}}}
    }})
}

fn call_overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    let server = runtime.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_json(response()))
            .mount(&server)
            .await;
        server
    });
    let base_url = server.uri();

    let config = Config::builder(Credentials::api_key_for_site("api-key", "site-id"))
        .base_url(&base_url)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("config");
    let client = Client::new(&config);
    let request = ConnectByCredentialsRequest::new(
        "3e47ec65-2975-447c-a7ed-75041e850d5e".parse().expect("GUID"),
        "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc".parse().expect("GUID"),
        "someone@example.com".parse().expect("email"),
        "password",
    );

    let http = reqwest::Client::new();
    let url = format!("{base_url}{PATH}");
    let body = json!({
        "providerId": "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc",
        "scheduleId": "3e47ec65-2975-447c-a7ed-75041e850d5e",
        "email": "someone@example.com",
        "password": "password",
    });

    let mut group = c.benchmark_group("connect_by_credentials");
    group.bench_function("generated_client", |b| {
        b.to_async(&runtime).iter(|| generated_call(&client, &request))
    });
    group.bench_function("hand_written_reqwest", |b| {
        b.to_async(&runtime).iter(|| hand_written_call(&http, &url, &body))
    });
    group.finish();

    // The machine's speed drifts between the two groups above; calls taken in alternation see the
    // same drift, so the ratio of their medians is the steadier figure.
    let mut generated = Vec::with_capacity(PAIRS);
    let mut hand_written = Vec::with_capacity(PAIRS);
    runtime.block_on(async {
        for pair in 0..PAIRS {
            let started = Instant::now();
            if pair % 2 == 0 {
                generated_call(&client, &request).await;
                generated.push(started.elapsed());
                let started = Instant::now();
                hand_written_call(&http, &url, &body).await;
                hand_written.push(started.elapsed());
            } else {
                hand_written_call(&http, &url, &body).await;
                hand_written.push(started.elapsed());
                let started = Instant::now();
                generated_call(&client, &request).await;
                generated.push(started.elapsed());
            }
        }
    });
    let (generated, hand_written) = (median(generated), median(hand_written));
    println!(
        "connect_by_credentials, {PAIRS} calls each in alternation: generated client {generated:?}, \
         hand-written reqwest {hand_written:?}, ratio {:.3}",
        generated.as_secs_f64() / hand_written.as_secs_f64()
    );
}

/// Calls of each kind in the alternating measurement.
const PAIRS: usize = 2000;

async fn generated_call(
    client: &Client,
    request: &ConnectByCredentialsRequest,
) -> ConnectByCredentialsResponse {
    client.connect_by_credentials(request).await.expect("succeeds")
}

async fn hand_written_call(
    http: &reqwest::Client,
    url: &str,
    body: &serde_json::Value,
) -> ConnectByCredentialsResponse {
    let response = http
        .post(url)
        .header("authorization", "api-key")
        .header("wix-site-id", "site-id")
        .header("accept", "application/json")
        .header("user-agent", wix_sdk::DEFAULT_USER_AGENT)
        .header("content-type", "application/json")
        .timeout(Duration::from_secs(10))
        .body(serde_json::to_vec(body).expect("serializes"))
        .send()
        .await
        .expect("sends");
    let bytes = response.bytes().await.expect("reads");
    serde_json::from_slice::<ConnectByCredentialsResponse>(&bytes).expect("decodes")
}

fn median(mut durations: Vec<Duration>) -> Duration {
    durations.sort();
    durations[durations.len() / 2]
}

criterion_group!(benches, call_overhead);
criterion_main!(benches);
