//! End-to-end tests of the generated client against a real HTTP server on loopback (wiremock).

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};
use wix_sdk::bookings_external_calendars::{
    CalendarType, Client, ConnectByCredentialsError, ConnectByCredentialsRequest, GetConnectionRequest,
    ListEventsRequest, ListFrom, Status,
};
use wix_sdk::common::CursorPaging;
use wix_sdk::{Config, Credentials, Error, RetryPolicy};

const API_KEY: &str = "IST.api-key-secret";
const SITE_ID: &str = "6d6a5f0e-site";
const PASSWORD: &str = "hunter2-very-secret";
const PROVIDER_ID: &str = "9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc";
const SCHEDULE_ID: &str = "3e47ec65-2975-447c-a7ed-75041e850d5e";
const CONNECT_PATH: &str = "/bookings/v2/external-calendars/connections:connectByCredentials";
const PROVIDERS_PATH: &str = "/bookings/v2/external-calendars/providers";

fn config(server: &MockServer) -> wix_sdk::ConfigBuilder {
    Config::builder(Credentials::api_key_for_site(API_KEY, SITE_ID))
        .base_url(server.uri())
        .retry(RetryPolicy::new(2, Duration::from_millis(10)))
}

fn client(server: &MockServer) -> Client {
    Client::new(&config(server).build().expect("config builds"))
}

fn connect_request() -> ConnectByCredentialsRequest {
    ConnectByCredentialsRequest::new(
        SCHEDULE_ID.parse().expect("GUID"),
        PROVIDER_ID.parse().expect("GUID"),
        "someone@example.com".parse().expect("email"),
        PASSWORD,
    )
}

/// The connection of Wix's `listConnections` example, with its nested `calendars.calendars`.
fn connection_json() -> serde_json::Value {
    json!({
        "id": "4WnvD8QzAbCdEf",
        "providerId": PROVIDER_ID,
        "calendarType": "I_CAL",
        "scheduleId": SCHEDULE_ID,
        "userId": "f7f363b1-5bb1-4b9e-a3ab-6c8a84b5a1f3",
        "externalAccountEmail": "some@email.com",
        "status": "CONNECTED",
        "syncConfig": {
            "listEventFromCalendars": {"enabled": true, "calendars": {"calendars": [{"id": "2cnk4sgx4haqxbuz0sao0flxw"}]}},
            "syncToCalendar": {"enabled": false, "primaryCalendar": {}}
        }
    })
}

fn wix_error(code: &str) -> serde_json::Value {
    json!({
        "message": format!("{code} happened"),
        "details": {"applicationError": {"code": code, "description": format!("{code} described"), "data": {"hint": 1}}}
    })
}

/// The JSON body `connect_request()` is sent as.
fn connect_request_json() -> serde_json::Value {
    json!({
        "providerId": PROVIDER_ID,
        "scheduleId": SCHEDULE_ID,
        "email": "someone@example.com",
        "password": PASSWORD,
    })
}

#[tokio::test]
async fn connect_by_credentials_sends_the_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .and(header("authorization", API_KEY))
        .and(header("wix-site-id", SITE_ID))
        .and(header("content-type", "application/json"))
        .and(header("accept", "application/json"))
        .and(header("user-agent", wix_sdk::DEFAULT_USER_AGENT))
        .and(body_json(connect_request_json()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection_json()})))
        .expect(1)
        .mount(&server)
        .await;

    let response =
        client(&server).connect_by_credentials(&connect_request()).await.expect("the call succeeds");

    let connection = response.connection.expect("a connection");
    assert_eq!(connection.id.as_deref(), Some("4WnvD8QzAbCdEf"));
    assert_eq!(connection.status, Some(Status::Connected));
    assert_eq!(connection.calendar_type, Some(CalendarType::ICal));
    let requests = server.received_requests().await.expect("recording is on");
    assert!(requests[0].headers.get("wix-account-id").is_none());
}

#[tokio::test]
async fn a_call_is_a_send_future_that_sends_nothing_until_awaited() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .and(body_json(connect_request_json()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection_json()})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let request = connect_request();
    let call = client.connect_by_credentials(&request);
    fn is_send<T: Send>(value: T) -> T {
        value
    }
    let call = is_send(call);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(server.received_requests().await.expect("recording is on").is_empty(), "sent before awaited");

    let response = call.await.expect("the call succeeds");
    assert_eq!(response.connection.and_then(|connection| connection.id).as_deref(), Some("4WnvD8QzAbCdEf"));
}

#[tokio::test]
async fn an_access_token_is_sent_alone() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .and(header("authorization", "oauth-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"providers": []})))
        .expect(1)
        .mount(&server)
        .await;
    let config = Config::builder(Credentials::access_token("oauth-token"))
        .base_url(server.uri())
        .build()
        .expect("builds");

    Client::new(&config).list_providers().await.expect("the call succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    assert!(requests[0].headers.get("wix-site-id").is_none());
}

/// Mounts a response of `status` with Wix's error body for `code` (or none) for every request.
async fn failing_server(status: u16, code: Option<&str>) -> MockServer {
    let server = MockServer::start().await;
    let body = match code {
        Some(code) => wix_error(code),
        None => json!({"message": "no code"}),
    };
    Mock::given(wiremock::matchers::any())
        .respond_with(
            ResponseTemplate::new(status).insert_header("x-wix-request-id", "req-42").set_body_json(body),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn each_documented_error_code_decodes_into_its_variant_with_wix_details() {
    for (status, code) in
        [(401, "BAD_CREDENTIALS"), (403, "PREMIUM_FEATURE_NOT_ENABLED"), (428, "NOT_SUPPORTED_BY_PROVIDER")]
    {
        let server = failing_server(status, Some(code)).await;

        let error =
            client(&server).connect_by_credentials(&connect_request()).await.expect_err("an error status");

        let Error::Service(documented) = &error else {
            panic!("{status} should be documented, got {error:?}")
        };
        let variant_matches = match documented {
            ConnectByCredentialsError::BadCredentials(_) => code == "BAD_CREDENTIALS",
            ConnectByCredentialsError::PremiumFeatureNotEnabled(_) => code == "PREMIUM_FEATURE_NOT_ENABLED",
            ConnectByCredentialsError::NotSupportedByProvider(_) => code == "NOT_SUPPORTED_BY_PROVIDER",
            _ => false,
        };
        assert!(variant_matches, "{status} {code} decoded as {documented:?}");
        let details = error.service_error().expect("Wix's details");
        assert_eq!(details.status(), status);
        assert_eq!(details.code(), Some(code));
        assert_eq!(details.message(), Some(format!("{code} happened").as_str()));
        assert_eq!(details.description(), Some(format!("{code} described").as_str()));
        assert_eq!(details.data(), Some(&json!({"hint": 1})));
        assert_eq!(details.request_id(), Some("req-42"));
        assert_eq!(details.operation(), "connectByCredentials");
        let text = error.to_string();
        assert!(
            text.contains(&status.to_string()) && text.contains(code) && text.contains("req-42"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn a_documented_status_without_a_known_code_decodes_into_the_status_variant() {
    for (status, code) in [(401, None), (403, Some("SOMETHING_NEW")), (428, None)] {
        let server = failing_server(status, code).await;

        let error =
            client(&server).connect_by_credentials(&connect_request()).await.expect_err("an error status");

        let matches = match &error {
            Error::Service(ConnectByCredentialsError::Unauthenticated(_)) => status == 401,
            Error::Service(ConnectByCredentialsError::PermissionDenied(_)) => status == 403,
            Error::Service(ConnectByCredentialsError::FailedPrecondition(_)) => status == 428,
            _ => false,
        };
        assert!(matches, "{status} {code:?} decoded as {error:?}");
    }
}

#[tokio::test]
async fn an_undocumented_status_is_unexpected_with_status_request_id_and_raw_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(
            ResponseTemplate::new(500)
                .insert_header("x-wix-request-id", "req-500")
                .set_body_string("<html>oops</html>"),
        )
        .mount(&server)
        .await;

    let error =
        client(&server).connect_by_credentials(&connect_request()).await.expect_err("an error status");

    let Error::UnexpectedStatus(details) = &error else { panic!("expected UnexpectedStatus, got {error:?}") };
    assert_eq!(details.status(), 500);
    assert_eq!(details.request_id(), Some("req-500"));
    assert_eq!(details.raw_body(), "<html>oops</html>");
    assert_eq!(details.code(), None);
    assert_eq!(details.standard_error(), wix_sdk::StandardError::Internal);
}

#[tokio::test]
async fn standard_errors_of_methods_without_documented_errors_are_classified() {
    for (status, standard) in [
        (400, wix_sdk::StandardError::InvalidArgument),
        (404, wix_sdk::StandardError::NotFound),
        (429, wix_sdk::StandardError::ResourceExhausted),
        (500, wix_sdk::StandardError::Internal),
    ] {
        let server = failing_server(status, Some("STANDARD")).await;
        let client = Client::new(&config(&server).retry(RetryPolicy::disabled()).build().expect("builds"));

        let error =
            client.get_connection(&GetConnectionRequest::new("missing")).await.expect_err("an error status");

        let Error::UnexpectedStatus(details) = &error else {
            panic!("expected UnexpectedStatus, got {error:?}")
        };
        assert_eq!((details.status(), details.standard_error()), (status, standard));
        assert_eq!(details.code(), Some("STANDARD"));
    }
}

#[tokio::test]
async fn validation_errors_carry_their_field_violations() {
    let server = MockServer::start().await;
    let body = json!({"message": "invalid", "details": {"validationError": {"fieldViolations": [
        {"field": "scheduleId", "description": "must be a GUID", "violatedRule": "FORMAT", "ruleName": "VALIDATION_ERROR"}
    ]}}});
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(400).set_body_json(body))
        .mount(&server)
        .await;

    let error =
        client(&server).connect_by_credentials(&connect_request()).await.expect_err("an error status");

    let violations = error.service_error().expect("details").field_violations();
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].field.as_deref(), Some("scheduleId"));
    assert_eq!(violations[0].rule_name.as_deref(), Some("VALIDATION_ERROR"));
}

#[tokio::test]
async fn bodies_that_do_not_decode_are_decode_errors_not_panics() {
    let truncated = "{\"connection\": {\"id\": \"4Wnv";
    let bodies = [truncated, "<html>gateway</html>", "[1, 2, 3]", "{\"connection\": {\"status\": 7}}"];
    for body in bodies {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(CONNECT_PATH))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;

        let error =
            client(&server).connect_by_credentials(&connect_request()).await.expect_err("does not decode");

        let Error::Decode { operation, status, body: kept, .. } = &error else {
            panic!("expected Decode, got {error:?}")
        };
        assert_eq!((*operation, *status), ("connectByCredentials", 200));
        assert_eq!(kept, body);
    }
}

#[tokio::test]
async fn an_empty_body_is_an_empty_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;

    let response = client(&server).connect_by_credentials(&connect_request()).await.expect("empty is `{}`");

    assert_eq!(response.connection, None);
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let server = MockServer::start().await;
    let huge = format!("{{\"providers\": [{}]}}", vec!["{}"; 100_000].join(","));
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_string(huge))
        .mount(&server)
        .await;
    let client = Client::new(&config(&server).max_response_bytes(64 * 1024).build().expect("builds"));

    let error = client.list_providers().await.expect_err("too large");

    assert!(
        matches!(error, Error::BodyTooLarge { operation: "listProviders", limit: 65536, status: 200, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let client = Client::new(&config(&server).timeout(Duration::from_millis(200)).build().expect("builds"));

    let error = client.connect_by_credentials(&connect_request()).await.expect_err("times out");

    assert!(
        matches!(error, Error::Timeout { operation: "connectByCredentials", timeout } if timeout == Duration::from_millis(200)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_get_is_retried_after_a_503_and_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"providers": [{"name": "Apple", "calendarType": "I_CAL"}]})),
        )
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server).list_providers().await.expect("the retry succeeds");

    assert_eq!(response.providers[0].name.as_deref(), Some("Apple"));
}

#[tokio::test]
async fn retries_give_up_after_the_policy_count() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(503).set_body_string("unavailable"))
        .expect(3)
        .mount(&server)
        .await;

    let error = client(&server).list_providers().await.expect_err("gives up");

    let Error::UnexpectedStatus(details) = &error else { panic!("expected the last 503, got {error:?}") };
    assert_eq!(details.status(), 503);
}

#[tokio::test]
async fn a_post_is_not_retried_unless_the_spec_says_so() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server).connect_by_credentials(&connect_request()).await.expect_err("503");

    assert!(matches!(error, Error::UnexpectedStatus(_)), "{error:?}");
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(429))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(&config(&server).retry(RetryPolicy::disabled()).build().expect("builds"));

    client.list_providers().await.expect_err("429");
}

#[tokio::test]
async fn retry_after_sets_the_wait() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;

    let started = Instant::now();
    client(&server).list_providers().await.expect("the retry succeeds");

    // The policy's own backoff is 10 ms; only Retry-After explains a wait of a second.
    assert!(started.elapsed() >= Duration::from_millis(950), "waited only {:?}", started.elapsed());
}

/// A loopback URL where nothing listens: the port was bound, then released.
fn closed_port_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
    let port = listener.local_addr().expect("has an address").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn connection_failures_are_transport_errors_after_retries() {
    let config = Config::builder(Credentials::api_key_for_site(API_KEY, SITE_ID))
        .base_url(closed_port_url())
        .retry(RetryPolicy::new(1, Duration::from_millis(1)))
        .build()
        .expect("builds");

    let error = Client::new(&config).list_providers().await.expect_err("nothing listens");

    assert!(matches!(error, Error::Transport { operation: "listProviders", .. }), "{error:?}");
}

#[tokio::test]
async fn path_params_are_encoded_and_cannot_change_the_route() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection_json()})))
        .mount(&server)
        .await;
    let client = client(&server);

    client.get_connection(&GetConnectionRequest::new("a/../b?c#d%e")).await.expect("sent");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[0].url.path(), "/bookings/v2/external-calendars/connections/a%2F..%2Fb%3Fc%23d%25e");
    assert_eq!(requests[0].url.query(), None);

    for id in ["..", ".", ""] {
        let error = client.get_connection(&GetConnectionRequest::new(id)).await.expect_err("refused");
        assert!(
            matches!(error, Error::InvalidRequest { operation: "getConnection", .. }),
            "{id:?}: {error:?}"
        );
    }
    assert_eq!(
        server.received_requests().await.expect("recording is on").len(),
        1,
        "refused requests are not sent"
    );
}

#[tokio::test]
async fn list_events_sends_filters_and_paging_in_the_query_string() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/bookings/v2/external-calendars/events"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"events": []})))
        .mount(&server)
        .await;
    let request = ListEventsRequest::new()
        .with_from("2026-11-01T00:00:00Z")
        .with_to("2026-12-01T00:00:00Z")
        .with_schedule_ids(vec![SCHEDULE_ID.parse().expect("GUID"), PROVIDER_ID.parse().expect("GUID")])
        .with_fieldsets(vec!["OWN_PI".to_string()])
        .with_cursor_paging(CursorPaging::new().with_limit(50))
        .with_partial_failure(true);

    client(&server).list_events(&request).await.expect("the call succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests[0].url.query(),
        Some(
            "from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z\
             &scheduleIds=3e47ec65-2975-447c-a7ed-75041e850d5e&scheduleIds=9f084ae8-b3a6-4eb6-a29d-bc682c04b5fc\
             &fieldsets=OWN_PI&cursorPaging.limit=50&partialFailure=true"
        )
    );
}

#[tokio::test]
async fn unknown_enum_values_and_fields_decode() {
    let server = MockServer::start().await;
    let mut connection = connection_json();
    connection["status"] = json!("PAUSED_BY_A_FUTURE_FEATURE");
    connection["brandNewField"] = json!({"nested": true});
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection})))
        .mount(&server)
        .await;

    let response =
        client(&server).get_connection(&GetConnectionRequest::new("4WnvD8QzAbCdEf")).await.expect("decodes");

    let status = response.connection.and_then(|connection| connection.status).expect("a status");
    assert!(
        matches!(&status, Status::Unknown(value) if value.as_str() == "PAUSED_BY_A_FUTURE_FEATURE"),
        "{status:?}"
    );
    assert_eq!(status.as_str(), "PAUSED_BY_A_FUTURE_FEATURE");
}

#[tokio::test]
async fn oneof_groups_decode_into_their_variant() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection_json()})))
        .mount(&server)
        .await;

    let response = client(&server).get_connection(&GetConnectionRequest::new("id")).await.expect("decodes");

    let sync = response.connection.and_then(|connection| connection.sync_config).expect("a sync config");
    let import = sync.list_event_from_calendars.expect("import settings");
    assert_eq!(import.enabled, Some(true));
    let Some(ListFrom::Calendars(calendars)) = import.list_from else {
        panic!("expected calendars: {:?}", import.list_from)
    };
    assert_eq!(calendars.calendars[0].id.as_deref(), Some("2cnk4sgx4haqxbuz0sao0flxw"));
    let export = sync.sync_to_calendar.expect("export settings");
    assert!(
        matches!(export.sync_to, Some(wix_sdk::bookings_external_calendars::SyncTo::PrimaryCalendar(_))),
        "{export:?}"
    );
}

fn events_page(ids: &[&str], next: Option<&str>) -> serde_json::Value {
    let events: Vec<_> = ids.iter().map(|id| json!({"scheduleId": SCHEDULE_ID, "title": id})).collect();
    json!({
        "events": events,
        "pagingMetadata": {"count": ids.len(), "hasNext": next.is_some(), "cursors": {"next": next}}
    })
}

#[tokio::test]
async fn list_events_all_follows_cursors_across_three_pages() {
    let server = MockServer::start().await;
    let events_path = "/bookings/v2/external-calendars/events";
    for (cursor, page) in [("c2", events_page(&["e3", "e4"], Some("c3"))), ("c3", events_page(&["e5"], None))]
    {
        Mock::given(method("GET"))
            .and(path(events_path))
            .and(query_param("cursorPaging.cursor", cursor))
            .respond_with(ResponseTemplate::new(200).set_body_json(page))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path(events_path))
        .and(|request: &Request| !request.url.query().unwrap_or("").contains("cursorPaging.cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(events_page(&["e1", "e2"], Some("c2"))))
        .expect(1)
        .mount(&server)
        .await;
    let request = ListEventsRequest::new().with_cursor_paging(CursorPaging::new().with_limit(2));

    let events: Vec<_> = client(&server).list_events_all(&request).collect().await;

    let titles: Vec<_> =
        events.into_iter().map(|event| event.expect("each page decodes").title.expect("a title")).collect();
    assert_eq!(titles, ["e1", "e2", "e3", "e4", "e5"]);
    let requests = server.received_requests().await.expect("recording is on");
    assert!(
        requests.iter().all(|request| request.url.query().unwrap_or("").contains("cursorPaging.limit=2"))
    );
}

#[tokio::test]
async fn list_events_all_stops_on_a_repeated_cursor() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(events_page(&["again"], Some("same"))))
        .mount(&server)
        .await;

    let results: Vec<_> = client(&server).list_events_all(&ListEventsRequest::new()).collect().await;

    assert_eq!(results.len(), 3, "the first page's event, the second's, then the error: {results:?}");
    assert!(
        matches!(&results[2], Err(Error::RepeatedCursor { operation: "listEvents", cursor }) if cursor == "same")
    );
}

#[tokio::test]
async fn list_events_all_stops_when_a_page_says_more_but_gives_no_cursor() {
    let server = MockServer::start().await;
    let page = json!({"events": [{"title": "only"}], "pagingMetadata": {"hasNext": true, "cursors": {}}});
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let mut events = client.list_events_all(&ListEventsRequest::new());

    let first = events.next().await.expect("an item").expect("the page's event");
    assert_eq!(first.title.as_deref(), Some("only"));
    let error = events.next().await.expect("an item").expect_err("no way to the next page");
    assert!(
        matches!(
            error,
            Error::PagingStalled { operation: "listEvents", page: 1, reason: "gives no next cursor" }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "listEvents: page 1 says more items exist but gives no next cursor; paging stopped"
    );
    assert!(events.next().await.is_none(), "the stream ends after its error");
}

#[tokio::test]
async fn list_events_all_stops_at_the_page_limit_when_the_server_invents_cursors() {
    let server = MockServer::start().await;
    let pages = std::sync::atomic::AtomicUsize::new(0);
    Mock::given(method("GET"))
        .respond_with(move |_: &Request| {
            let page = pages.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let cursor = format!("invented-{page}");
            ResponseTemplate::new(200).set_body_json(events_page(&["e"], Some(&cursor)))
        })
        .mount(&server)
        .await;
    let client = Client::new(&config(&server).max_pages(5).build().expect("config builds"));

    let results: Vec<_> = client.list_events_all(&ListEventsRequest::new()).collect().await;

    assert_eq!(results.len(), 6, "an event from each of the 5 pages, then the error: {results:?}");
    assert!(results[..5].iter().all(Result::is_ok));
    assert!(
        matches!(results[5], Err(Error::TooManyPages { operation: "listEvents", max_pages: 5 })),
        "{:?}",
        results[5]
    );
    let message = results[5].as_ref().map(|_| ()).expect_err("an error").to_string();
    assert_eq!(
        message,
        "listEvents: paging stopped after 5 pages, the limit set by `ConfigBuilder::max_pages`"
    );
    assert_eq!(server.received_requests().await.expect("recording is on").len(), 5);
}

/// What a user's code can do with the stream without the `futures` crate: name its type, keep it in
/// a struct, read it item by item or all at once.
struct EventReader<'a> {
    events: wix_sdk::AllItems<
        'a,
        wix_sdk::bookings_external_calendars::Event,
        wix_sdk::bookings_external_calendars::ListEventsError,
    >,
}

#[tokio::test]
async fn list_events_all_is_a_named_unpin_stream_read_with_next_and_try_collect() {
    fn unpin_and_send<T: Unpin + Send>(value: T) -> T {
        value
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(query_param("cursorPaging.cursor", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(events_page(&["e3"], None)))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(|request: &Request| !request.url.query().unwrap_or("").contains("cursorPaging.cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(events_page(&["e1", "e2"], Some("c2"))))
        .mount(&server)
        .await;
    let client = client(&server);
    let request = ListEventsRequest::new();

    let mut reader = EventReader { events: unpin_and_send(client.list_events_all(&request)) };
    let mut titles = Vec::new();
    while let Some(event) = reader.events.next().await {
        titles.extend(event.expect("each page decodes").title);
    }
    assert_eq!(titles, ["e1", "e2", "e3"]);
    assert!(reader.events.next().await.is_none(), "an ended stream stays ended");

    let events: Vec<_> = client.list_events_all(&request).try_collect().await.expect("every page");
    assert_eq!(events.len(), 3);
}

#[tokio::test]
async fn list_events_all_sends_nothing_until_read() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(events_page(&["e1"], None)))
        .expect(0)
        .mount(&server)
        .await;

    let client = client(&server);
    let events = client.list_events_all(&ListEventsRequest::new());
    drop(events);
}

#[tokio::test]
async fn debug_of_requests_credentials_and_errors_never_shows_a_secret() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(401).set_body_json(wix_error("BAD_CREDENTIALS")))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(CONNECT_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_string("not json"))
        .mount(&server)
        .await;
    let shared = config(&server).build().expect("builds");
    let client = Client::new(&shared);
    let request = connect_request();
    let service_error = client.connect_by_credentials(&request).await.expect_err("401");
    let decode_error = client.connect_by_credentials(&request).await.expect_err("bad body");
    let timeout_error =
        Client::new(&config(&server).timeout(Duration::from_nanos(1)).build().expect("builds"))
            .connect_by_credentials(&request)
            .await
            .expect_err("times out");
    let closed = Config::builder(Credentials::api_key_for_site(API_KEY, SITE_ID)).base_url(closed_port_url());
    let transport_error = Client::new(&closed.build().expect("builds"))
        .connect_by_credentials(&request)
        .await
        .expect_err("nothing listens");
    assert!(matches!(transport_error, Error::Transport { .. }), "{transport_error:?}");

    let shown = [
        format!("{request:?}"),
        format!("{shared:?}"),
        format!("{client:?}"),
        format!("{service_error:?} {service_error}"),
        format!("{decode_error:?} {decode_error}"),
        format!("{timeout_error:?} {timeout_error}"),
        format!("{transport_error:?} {transport_error}"),
    ];
    for text in &shown {
        assert!(!text.contains(PASSWORD), "the password shows in: {text}");
        assert!(!text.contains(API_KEY), "the API key shows in: {text}");
    }
    assert!(shown[0].contains("REDACTED"), "{}", shown[0]);
}

// One test per method of the API: route, verb, query string or body, the decoding of the reference's
// example responses, and each documented error code.

const CONNECTIONS_PATH: &str = "/bookings/v2/external-calendars/connections";

#[tokio::test]
async fn list_providers_decodes_providers_and_their_features() {
    let server = MockServer::start().await;
    let body = json!({"providers": [
        {"id": PROVIDER_ID, "name": "Apple", "calendarType": "I_CAL",
         "features": {"connectMethods": ["CREDENTIALS"], "updateSyncConfig": true,
                      "listEventFromCalendars": "SPECIFIC_CALENDARS", "syncToCalendar": "DEDICATED_CALENDAR"}},
        {"name": "Outlook or Office 365", "calendarType": "MICROSOFT", "features": {"connectMethods": ["OAUTH"]}}
    ]});
    Mock::given(method("GET"))
        .and(path(PROVIDERS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;

    let providers = client(&server).list_providers().await.expect("decodes").providers;

    use wix_sdk::bookings_external_calendars::{ConnectMethod, ListEventFromCalendars, SyncToCalendar};
    let features = providers[0].features.as_ref().expect("features");
    assert_eq!(features.connect_methods, [ConnectMethod::Credentials]);
    assert_eq!(features.list_event_from_calendars, Some(ListEventFromCalendars::SpecificCalendars));
    assert_eq!(features.sync_to_calendar, Some(SyncToCalendar::DedicatedCalendar));
    assert_eq!(providers[1].calendar_type, Some(CalendarType::Microsoft));
    assert_eq!(providers[1].features.as_ref().expect("features").connect_methods, [ConnectMethod::Oauth]);
}

#[tokio::test]
async fn list_connections_filters_by_schedule_in_the_query_and_decodes_partial_failures() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CONNECTIONS_PATH))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"connections": [connection_json()], "failedProviderIds": ["google-id"]}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let request = wix_sdk::bookings_external_calendars::ListConnectionsRequest::new()
        .with_schedule_ids(vec![SCHEDULE_ID.parse().expect("GUID")])
        .with_partial_failure(true);

    let response = client(&server).list_connections(&request).await.expect("decodes");

    assert_eq!(response.connections.len(), 1);
    assert_eq!(response.failed_provider_ids, ["google-id"]);
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests[0].url.query(),
        Some(format!("scheduleIds={SCHEDULE_ID}&partialFailure=true").as_str())
    );
}

#[tokio::test]
async fn connect_by_oauth_sends_the_redirect_url_and_decodes_the_oauth_url() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/bookings/v2/external-calendars/connections:connectByOAuth"))
        .and(body_json(json!({
            "providerId": PROVIDER_ID,
            "scheduleId": SCHEDULE_ID,
            "redirectUrl": "https://example.com/after-oauth?site=1",
        })))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"oauthUrl": "https://accounts.example.com/o/oauth2?x=1"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let request = wix_sdk::bookings_external_calendars::ConnectByOAuthRequest::new(
        SCHEDULE_ID.parse().expect("GUID"),
        PROVIDER_ID.parse().expect("GUID"),
        "https://example.com/after-oauth?site=1".parse().expect("URL"),
    );

    let response = client(&server).connect_by_oauth(&request).await.expect("decodes");

    assert_eq!(response.oauth_url.expect("a URL").as_str(), "https://accounts.example.com/o/oauth2?x=1");

    let server = failing_server(428, Some("NOT_SUPPORTED_BY_PROVIDER")).await;
    let error = client(&server).connect_by_oauth(&request).await.expect_err("428");
    assert!(
        matches!(
            error,
            Error::Service(
                wix_sdk::bookings_external_calendars::ConnectByOAuthError::NotSupportedByProvider(_)
            )
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn list_calendars_puts_the_connection_in_the_middle_of_the_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{CONNECTIONS_PATH}/4WnvD8QzAbCdEf/calendars")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"calendars": [
            {"id": "a68yu6lp6584z66zorp19z1ab", "name": "Primary"}, {"id": "4xve0tohyhnrlzy3lp4zf7b07", "name": "Birthdays"}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    let request = wix_sdk::bookings_external_calendars::ListCalendarsRequest::new("4WnvD8QzAbCdEf");

    let calendars = client(&server).list_calendars(&request).await.expect("decodes").calendars;

    let names: Vec<_> = calendars.iter().map(|calendar| calendar.name.as_deref()).collect();
    assert_eq!(names, [Some("Primary"), Some("Birthdays")]);
}

#[tokio::test]
async fn list_calendars_tells_apart_the_two_codes_under_428() {
    use wix_sdk::bookings_external_calendars::ListCalendarsError as E;
    type Case = (u16, Option<&'static str>, fn(&E) -> bool);
    let cases: [Case; 4] = [
        (403, Some("PREMIUM_FEATURE_NOT_ENABLED"), |error| matches!(error, E::PremiumFeatureNotEnabled(_))),
        (428, Some("CONNECTION_NOT_CONNECTED"), |error| matches!(error, E::ConnectionNotConnected(_))),
        (428, Some("NOT_SUPPORTED_BY_PROVIDER"), |error| matches!(error, E::NotSupportedByProvider(_))),
        (428, None, |error| matches!(error, E::FailedPrecondition(_))),
    ];
    for (status, code, expected) in cases {
        let server = failing_server(status, code).await;
        let request = wix_sdk::bookings_external_calendars::ListCalendarsRequest::new("4WnvD8QzAbCdEf");

        let error = client(&server).list_calendars(&request).await.expect_err("an error status");

        let Error::Service(documented) = &error else { panic!("{status} {code:?}: {error:?}") };
        assert!(expected(documented), "{status} {code:?} decoded as {documented:?}");
    }
}

#[tokio::test]
async fn update_sync_config_patches_the_reference_example_body() {
    use wix_sdk::bookings_external_calendars::{
        Calendar, Calendars, ConnectionSyncConfig, ConnectionSyncConfigListEventFromCalendars,
        UpdateSyncConfigError, UpdateSyncConfigRequest,
    };
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(format!("{CONNECTIONS_PATH}/4WnvD8QzAbCdEf/sync-config")))
        .and(body_json(
            json!({"syncConfig": {"listEventFromCalendars": {"enabled": true, "calendars": {"calendars": [
                {"id": "a68yu6lp6584z66zorp19z1ab"}, {"id": "4xve0tohyhnrlzy3lp4zf7b07"}
            ]}}}}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": connection_json()})))
        .expect(1)
        .mount(&server)
        .await;
    let calendars = Calendars::new().with_calendars(vec![
        Calendar::new().with_id("a68yu6lp6584z66zorp19z1ab"),
        Calendar::new().with_id("4xve0tohyhnrlzy3lp4zf7b07"),
    ]);
    let import = ConnectionSyncConfigListEventFromCalendars::new()
        .with_enabled(true)
        .with_list_from(ListFrom::Calendars(calendars));
    let request = UpdateSyncConfigRequest::new(
        "4WnvD8QzAbCdEf",
        ConnectionSyncConfig::new().with_list_event_from_calendars(import),
    );

    let response = client(&server).update_sync_config(&request).await.expect("decodes");

    assert_eq!(response.connection.and_then(|connection| connection.status), Some(Status::Connected));

    let server = failing_server(428, Some("NOT_SUPPORTED_BY_PROVIDER")).await;
    let error = client(&server).update_sync_config(&request).await.expect_err("428");
    assert!(matches!(error, Error::Service(UpdateSyncConfigError::NotSupportedByProvider(_))), "{error:?}");
}

#[tokio::test]
async fn disconnect_posts_to_the_connection_and_decodes_the_disconnected_connection() {
    use wix_sdk::bookings_external_calendars::{DisconnectError, DisconnectRequest};
    let server = MockServer::start().await;
    let mut disconnected = connection_json();
    disconnected["status"] = json!("DISCONNECTED");
    Mock::given(method("POST"))
        .and(path(format!("{CONNECTIONS_PATH}/4WnvD8QzAbCdEf/disconnect")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"connection": disconnected})))
        .expect(1)
        .mount(&server)
        .await;
    let request = DisconnectRequest::new("4WnvD8QzAbCdEf");

    let response = client(&server).disconnect(&request).await.expect("decodes");

    assert_eq!(response.connection.and_then(|connection| connection.status), Some(Status::Disconnected));
    let requests = server.received_requests().await.expect("recording is on");
    // With no body params, a POST still sends an empty JSON object, as Wix's APIs expect.
    assert_eq!(requests[0].body, b"{}", "disconnect has no body params");
    let content_type = requests[0].headers.get("content-type").and_then(|value| value.to_str().ok());
    assert_eq!(content_type, Some("application/json"));

    let server = failing_server(428, Some("CONNECTION_ALREADY_DISCONNECTED")).await;
    let error = client(&server).disconnect(&request).await.expect_err("428");
    assert!(matches!(error, Error::Service(DisconnectError::ConnectionAlreadyDisconnected(_))), "{error:?}");
}

#[tokio::test]
async fn list_events_decodes_events_with_their_times_as_sent_and_paging_metadata() {
    let server = MockServer::start().await;
    let body = json!({
        "events": [{"scheduleId": SCHEDULE_ID, "calendarType": "GOOGLE", "calendarName": "Primary", "title": "Dentist",
                    "start": "2026-11-24T09:00:00Z", "end": "2026-11-24T09:30:00+01:00", "allDay": false,
                    "scheduleOwnerId": "owner-1", "scheduleOwnerName": "Dana"}],
        "pagingMetadata": {"count": 1, "hasNext": false, "cursors": {}}
    });
    Mock::given(method("GET"))
        .and(path("/bookings/v2/external-calendars/events"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;

    let response = client(&server).list_events(&ListEventsRequest::new()).await.expect("decodes");

    // Wix's typings make these strings (RFC 3339 by their docs), not timestamps: read as sent.
    let event = &response.events[0];
    assert_eq!(event.start.as_deref(), Some("2026-11-24T09:00:00Z"));
    assert_eq!(event.end.as_deref(), Some("2026-11-24T09:30:00+01:00"));
    assert_eq!(event.calendar_type, Some(CalendarType::Google));
    assert_eq!(response.paging_metadata.and_then(|paging| paging.has_next), Some(false));
}
