//! The recipe for testing your own code against the client without a server (feature `test-util`).
//!
//! `calendar_names` stands for code of yours: it takes the real `Client`. The tests give it
//! `MockClient::client()`, programmed per method with what the server would return: one success,
//! one documented error, a sequence, and errors below HTTP.

use std::time::Duration;

use wix_sdk::bookings_external_calendars::{
    Calendar, Client, ListCalendarsError, ListCalendarsRequest, ListCalendarsResponse, MockClient,
};
use wix_sdk::{Error, ServiceError, TransportErrorKind};

/// Code under test: the names of a connection's calendars, or a message for the user.
async fn calendar_names(calendars: &Client, connection_id: &str) -> Result<Vec<String>, String> {
    match calendars.list_calendars(&ListCalendarsRequest::new(connection_id)).await {
        Ok(response) => Ok(response.calendars.into_iter().filter_map(|calendar| calendar.name).collect()),
        Err(Error::Service(ListCalendarsError::PremiumFeatureNotEnabled(error))) => Err(format!(
            "upgrade the site's plan to use external calendars (request {})",
            error.request_id().unwrap_or("unknown")
        )),
        Err(Error::Timeout { .. } | Error::Transport { .. }) => Err("Wix is unreachable; try again".into()),
        Err(other) => Err(other.to_string()),
    }
}

#[tokio::test]
async fn the_names_of_the_calendars_the_server_returns() {
    let mock = MockClient::new();
    mock.on_list_calendars(|request| {
        assert_eq!(request.connection_id, "connection-1");
        Ok(ListCalendarsResponse::new().with_calendars(vec![
            Calendar::new().with_id("primary").with_name("Work"),
            Calendar::new().with_id("holidays"),
        ]))
    });

    let names = calendar_names(&mock.client(), "connection-1").await;

    assert_eq!(names, Ok(vec!["Work".to_string()]));
}

#[tokio::test]
async fn a_site_without_the_premium_feature_is_told_to_upgrade() {
    let mock = MockClient::new();
    mock.on_list_calendars(|_| {
        let error = ServiceError::from_status("listCalendars", 403)
            .with_code("PREMIUM_FEATURE_NOT_ENABLED")
            .with_message("Premium feature not enabled")
            .with_request_id("1700000000.42");
        // As a call decides: status 403 with this code is the documented variant.
        Err(Error::from_service_error(error))
    });

    let names = calendar_names(&mock.client(), "connection-1").await;

    assert_eq!(
        names,
        Err("upgrade the site's plan to use external calendars (request 1700000000.42)".to_string())
    );
}

#[tokio::test]
async fn a_sequence_answers_call_after_call_with_errors_below_http_too() {
    let mock = MockClient::new();
    mock.on_list_calendars(wix_sdk::test_util::sequence([
        Err(Error::Timeout { operation: "listCalendars", timeout: Duration::from_secs(10) }),
        Err(Error::transport("listCalendars", TransportErrorKind::ConnectionRefused)),
        Err(Error::from_service_error(ServiceError::from_status("listCalendars", 500))),
        Ok(ListCalendarsResponse::new()),
    ]));
    let calendars = mock.client();

    let unreachable = Err("Wix is unreachable; try again".to_string());
    assert_eq!(calendar_names(&calendars, "connection-1").await, unreachable);
    assert_eq!(calendar_names(&calendars, "connection-1").await, unreachable);
    assert_eq!(calendar_names(&calendars, "connection-1").await, Err("listCalendars: HTTP 500".to_string()));
    assert_eq!(calendar_names(&calendars, "connection-1").await, Ok(Vec::new()));
}

#[tokio::test]
async fn an_undocumented_status_is_an_unexpected_status_with_its_details() {
    let mock = MockClient::new();
    mock.on_list_calendars(|_| {
        Err(Error::from_service_error(
            ServiceError::from_status("listCalendars", 404).with_code("CONNECTION_NOT_FOUND"),
        ))
    });

    let result = mock.client().list_calendars(&ListCalendarsRequest::new("gone")).await;
    let error = result.expect_err("a 404 is an error");

    let Error::UnexpectedStatus(details) = &error else { panic!("expected UnexpectedStatus, got {error:?}") };
    assert_eq!((details.status(), details.code()), (404, Some("CONNECTION_NOT_FOUND")));
    assert_eq!(
        details.raw_body(),
        r#"{"details":{"applicationError":{"code":"CONNECTION_NOT_FOUND","data":null,"description":null}}}"#
    );
}

#[tokio::test]
#[should_panic(expected = "called with `listProviders`, which the test did not program")]
async fn a_method_the_test_did_not_program_panics_naming_it() {
    let mock = MockClient::new();
    mock.on_list_calendars(|_| Ok(ListCalendarsResponse::new()));

    let _ = mock.client().list_providers().await;
}
