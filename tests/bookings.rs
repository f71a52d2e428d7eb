//! One realistic call per Wix Bookings API, through the public `wix_sdk` API, against a loopback
//! server: queries with a filter and paging where the API has them, the request on the wire and the
//! decoded response checked. (Every method of every API is also called by the generated tests in
//! `generated/src/calls/`; External Calendars has its own tests in `client.rs`.)

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};
use wix_sdk::query::Filter;
use wix_sdk::{Config, Credentials, common};

const SERVICE_ID: &str = "a1b2c3d4-0000-4000-8000-000000000001";
const BOOKING_ID: &str = "a1b2c3d4-0000-4000-8000-000000000002";

fn config(server: &MockServer) -> Config {
    Config::builder(Credentials::api_key_for_site("api-key", "site-id"))
        .base_url(server.uri())
        .build()
        .expect("the configuration builds")
}

fn body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server.received_requests().await.expect("recorded").iter().map(body).collect()
}

async fn answer(server: &MockServer, verb: &str, route: &str, response: Value) {
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(response))
        .mount(server)
        .await;
}

fn uuid(text: &str) -> wix_sdk::Uuid {
    text.parse().expect("a GUID")
}

#[tokio::test]
async fn services_are_queried_by_offset_with_a_filter_until_the_total() {
    use wix_sdk::bookings_services::{Client, QueryServicesRequest, QueryV2};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/bookings/v2/services/query"))
        .respond_with(|request: &Request| {
            let offset = body(request)["query"]["paging"]["offset"].as_i64().unwrap_or(0);
            let names: &[&str] = if offset == 0 { &["Yoga", "Pilates"] } else { &["Tai chi"] };
            let services: Vec<Value> = names.iter().map(|name| json!({ "name": name })).collect();
            ResponseTemplate::new(200)
                .set_body_json(json!({ "services": services, "pagingMetadata": { "total": 3 } }))
        })
        .mount(&server)
        .await;
    let client = Client::new(&config(&server));
    let query = QueryV2::new()
        .with_filter(Filter::eq("hidden", false).into())
        .with_paging(common::Paging::new().with_limit(2));

    let services: Vec<_> =
        client.query_services_all(&QueryServicesRequest::new(query)).try_collect().await.expect("pages");

    let names: Vec<_> = services.iter().filter_map(|service| service.name.as_deref()).collect();
    assert_eq!(names, ["Yoga", "Pilates", "Tai chi"]);
    assert_eq!(
        bodies(&server).await,
        [
            json!({ "query": { "paging": { "limit": 2 }, "filter": { "hidden": false } } }),
            json!({ "query": { "paging": { "limit": 2, "offset": 2 }, "filter": { "hidden": false } } }),
        ]
    );
}

#[tokio::test]
async fn resources_are_queried_by_cursor_and_later_pages_send_only_the_cursor() {
    use wix_sdk::bookings_resources::{Client, QueryResourcesRequest};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/bookings/v2/resources/query"))
        .respond_with(|request: &Request| {
            let cursor = body(request)["query"]["cursorPaging"]["cursor"].as_str().map(str::to_string);
            let (name, next) = match cursor.as_deref() {
                None => ("Room 1", Some("c2")),
                _ => ("Room 2", None),
            };
            ResponseTemplate::new(200).set_body_json(json!({
                "resources": [{ "name": name }],
                "pagingMetadata": { "cursors": { "next": next }, "hasNext": next.is_some() },
            }))
        })
        .mount(&server)
        .await;
    let client = Client::new(&config(&server));
    let query = common::CursorQuery::new()
        .with_filter(Filter::starts_with("name", "Room").into())
        .with_cursor_paging(common::CursorPaging::new().with_limit(1));

    let resources: Vec<_> = client
        .query_resources_all(&QueryResourcesRequest::new().with_query(query))
        .try_collect()
        .await
        .expect("pages");

    let names: Vec<_> = resources.iter().filter_map(|resource| resource.name.as_deref()).collect();
    assert_eq!(names, ["Room 1", "Room 2"]);
    assert_eq!(
        bodies(&server).await,
        [
            json!({ "query": { "filter": { "name": { "$startsWith": "Room" } }, "cursorPaging": { "limit": 1 } } }),
            json!({ "query": { "cursorPaging": { "limit": 1, "cursor": "c2" } } }),
        ]
    );
}

#[tokio::test]
async fn resource_types_are_queried_with_a_filter() {
    use wix_sdk::bookings_resource_types::{Client, QueryResourceTypesRequest};
    let server = MockServer::start().await;
    let response = json!({ "resourceTypes": [{ "name": "Rooms" }], "pagingMetadata": { "hasNext": false } });
    answer(&server, "POST", "/bookings/v2/resources/resource-types/query", response).await;
    let client = Client::new(&config(&server));
    let query = common::CursorQuery::new().with_filter(Filter::eq("name", "Rooms").into());

    let page = client
        .query_resource_types(&QueryResourceTypesRequest::new().with_query(query))
        .await
        .expect("a page");

    assert_eq!(page.resource_types[0].name.as_deref(), Some("Rooms"));
    assert_eq!(bodies(&server).await, [json!({ "query": { "filter": { "name": "Rooms" } } })]);
}

#[tokio::test]
async fn categories_are_queried_with_get_and_the_query_packed() {
    use wix_sdk::bookings_categories_v_2::{Client, QueryCategoriesRequest};
    let server = MockServer::start().await;
    answer(&server, "GET", "/bookings/v2/categories/query", json!({ "categories": [{ "name": "Fitness" }] }))
        .await;
    let client = Client::new(&config(&server));
    let query = common::CursorQuery::new().with_filter(Filter::eq("name", "Fitness").into());

    let page =
        client.query_categories(&QueryCategoriesRequest::new().with_query(query)).await.expect("a page");

    assert_eq!(page.categories[0].name.as_deref(), Some("Fitness"));
    let received = server.received_requests().await.expect("recorded");
    let packed = received[0].url.query_pairs().find(|(key, _)| key == ".r").expect("the query goes as .r").1;
    use base64::Engine as _;
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(packed.as_bytes()).expect("base64");
    let query: Value = serde_json::from_slice(&json).expect("JSON");
    assert_eq!(query, json!({ "query": { "filter": { "name": "Fitness" } } }));
}

#[tokio::test]
async fn a_booking_is_cancelled_with_its_revision() {
    use wix_sdk::bookings_bookings::{CancelBookingRequest, Client};
    let server = MockServer::start().await;
    let route = format!("/bookings/v2/bookings/{BOOKING_ID}/cancel");
    answer(
        &server,
        "POST",
        &route,
        json!({ "booking": { "id": BOOKING_ID, "status": "CANCELED", "revision": "4" } }),
    )
    .await;
    let client = Client::new(&config(&server));

    let cancelled = client
        .cancel_booking(&CancelBookingRequest::new(uuid(BOOKING_ID), 3).with_waive_charges(true))
        .await
        .expect("cancels");

    let booking = cancelled.booking.expect("the booking");
    assert_eq!((booking.id, booking.revision), (Some(uuid(BOOKING_ID)), Some(4)));
    assert_eq!(bodies(&server).await, [json!({ "revision": "3", "waiveCharges": true })]);
}

#[tokio::test]
async fn extended_bookings_are_queried_with_a_filter_and_extra_details() {
    use wix_sdk::bookings_extended_bookings::{Client, CommonQueryV2, QueryExtendedBookingsRequest};
    let server = MockServer::start().await;
    let response = json!({ "extendedBookings": [{ "booking": { "id": BOOKING_ID } }] });
    answer(&server, "POST", "/bookings/bookings-reader/v2/extended-bookings/query", response).await;
    let client = Client::new(&config(&server));
    let query = CommonQueryV2::new().with_filter(Filter::eq("status", "CONFIRMED").into());
    let request = QueryExtendedBookingsRequest::new(query).with_with_booking_allowed_actions(true);

    let page = client.query_extended_bookings(&request).await.expect("a page");

    assert_eq!(page.extended_bookings.len(), 1);
    assert_eq!(
        bodies(&server).await,
        [json!({ "query": { "filter": { "status": "CONFIRMED" } }, "withBookingAllowedActions": true })]
    );
}

#[tokio::test]
async fn an_add_on_is_read_by_id() {
    use wix_sdk::bookings_add_ons::{Client, GetAddOnRequest};
    let server = MockServer::start().await;
    let route = format!("/addons/v1/add-ons/{SERVICE_ID}");
    answer(&server, "GET", &route, json!({ "addOn": { "id": SERVICE_ID, "name": "Towel" } })).await;
    let client = Client::new(&config(&server));

    let read = client.get_add_on(&GetAddOnRequest::new(uuid(SERVICE_ID))).await.expect("reads");

    assert_eq!(read.add_on.and_then(|add_on| add_on.name).as_deref(), Some("Towel"));
}

#[tokio::test]
async fn availability_is_listed_for_a_service_and_dates() {
    use wix_sdk::bookings_availability_time_slots::{Client, ListAvailabilityTimeSlotsRequest};
    let server = MockServer::start().await;
    let response =
        json!({ "timeSlots": [{ "serviceId": SERVICE_ID, "localStartDate": "2026-12-01T10:00:00" }] });
    answer(&server, "POST", "/service-availability/v2/time-slots", response).await;
    let client = Client::new(&config(&server));
    let request = ListAvailabilityTimeSlotsRequest::new()
        .with_service_id(uuid(SERVICE_ID))
        .with_from_local_date("2026-12-01T00:00:00")
        .with_to_local_date("2026-12-02T00:00:00")
        .with_time_zone("Europe/Paris");

    let slots = client.list_availability_time_slots(&request).await.expect("lists");

    assert_eq!(slots.time_slots[0].local_start_date.as_deref(), Some("2026-12-01T10:00:00"));
    assert_eq!(
        bodies(&server).await,
        [json!({
            "serviceId": SERVICE_ID,
            "fromLocalDate": "2026-12-01T00:00:00",
            "toLocalDate": "2026-12-02T00:00:00",
            "timeZone": "Europe/Paris",
        })]
    );
}

#[tokio::test]
async fn event_time_slots_page_by_cursor() {
    use wix_sdk::bookings_event_time_slots::{Client, ListEventTimeSlotsRequest};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/service-availability/v2/time-slots/event"))
        .respond_with(|request: &Request| {
            let next = match body(request)["cursorPaging"]["cursor"].as_str() {
                None => Some("c2"),
                Some(_) => None,
            };
            ResponseTemplate::new(200).set_body_json(json!({
                "timeSlots": [{ "eventInfo": { "eventId": "e1" } }],
                "pagingMetadata": { "cursors": { "next": next }, "hasNext": next.is_some() },
            }))
        })
        .mount(&server)
        .await;
    let client = Client::new(&config(&server));
    let request = ListEventTimeSlotsRequest::new()
        .with_service_ids(vec![uuid(SERVICE_ID)])
        .with_cursor_paging(common::CursorPaging::new().with_limit(1));

    let slots: Vec<_> = client.list_event_time_slots_all(&request).try_collect().await.expect("pages");

    assert_eq!(slots.len(), 2);
    let sent = bodies(&server).await;
    assert_eq!(sent[1]["cursorPaging"], json!({ "limit": 1, "cursor": "c2" }));
    assert_eq!(sent[1]["serviceIds"], json!([SERVICE_ID]), "this API's filters stay on following pages");
}

#[tokio::test]
async fn service_options_are_read_by_service() {
    use wix_sdk::bookings_service_options_and_variants::{
        Client, GetServiceOptionsAndVariantsByServiceIdRequest,
    };
    let server = MockServer::start().await;
    let route = format!("/bookings/v1/serviceOptionsAndVariants/service_id/{SERVICE_ID}");
    answer(&server, "GET", &route, json!({ "serviceVariants": { "serviceId": SERVICE_ID } })).await;
    let client = Client::new(&config(&server));

    let read = client
        .get_service_options_and_variants_by_service_id(&GetServiceOptionsAndVariantsByServiceIdRequest::new(
            uuid(SERVICE_ID),
        ))
        .await
        .expect("reads");

    assert_eq!(read.service_variants.and_then(|variants| variants.service_id), Some(uuid(SERVICE_ID)));
}

#[tokio::test]
async fn booking_fees_are_listed_by_booking_ids_in_the_query_string() {
    use wix_sdk::bookings_booking_fees::{Client, ListBookingFeesByBookingIdsRequest};
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/_api/booking-fees/v1/booking-fees",
        json!({ "bookingFees": [{ "bookingId": BOOKING_ID }] }),
    )
    .await;
    let client = Client::new(&config(&server));
    let request =
        ListBookingFeesByBookingIdsRequest::new().with_booking_ids(vec![uuid(BOOKING_ID), uuid(SERVICE_ID)]);

    let fees = client.list_booking_fees_by_booking_ids(&request).await.expect("lists");

    assert_eq!(fees.booking_fees.len(), 1);
    let received = server.received_requests().await.expect("recorded");
    assert_eq!(
        received[0].url.query(),
        Some(format!("bookingIds={BOOKING_ID}&bookingIds={SERVICE_ID}").as_str())
    );
}

#[tokio::test]
async fn a_price_is_previewed_for_a_line_item() {
    use wix_sdk::bookings_pricing::{BookingLineItem, Client, PreviewPriceRequest, TotalPrice};
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/bookings/v2/pricing/preview",
        json!({ "priceInfo": { "calculatedPrice": 42.5 } }),
    )
    .await;
    let client = Client::new(&config(&server));
    let line = BookingLineItem::new().with_service_id(uuid(SERVICE_ID));

    let preview = client.preview_price(&PreviewPriceRequest::new(vec![line])).await.expect("previews");

    // `calculatedPrice` is one of the oneof group `totalPrice`.
    let total = preview.price_info.and_then(|price| price.total_price);
    assert_eq!(total, Some(TotalPrice::CalculatedPrice(42.5)));
    assert_eq!(bodies(&server).await, [json!({ "bookingLineItems": [{ "serviceId": SERVICE_ID }] })]);
}

#[tokio::test]
async fn staff_member_settings_are_read_then_updated_with_their_revision() {
    use wix_sdk::bookings_staff_member_settings::{Client, UpdateStaffMemberSettingsRequest};
    let server = MockServer::start().await;
    let settings = json!({ "staffMemberSettings": { "revision": "7", "contactInformation": { "publiclyAccessible": false } } });
    answer(&server, "GET", "/bookings/v1/staff-member-settings", settings.clone()).await;
    answer(&server, "PATCH", "/bookings/v1/staff-member-settings", settings).await;
    let client = Client::new(&config(&server));

    let read = client.get_staff_member_settings().await.expect("reads");
    let current = read.staff_member_settings.expect("the settings");
    let revision = current.revision.expect("a revision");
    client
        .update_staff_member_settings(&UpdateStaffMemberSettingsRequest::new(current, revision))
        .await
        .expect("updates");

    let received = server.received_requests().await.expect("recorded");
    assert_eq!(
        body(&received[1]),
        json!({ "staffMemberSettings": { "revision": "7", "contactInformation": { "publiclyAccessible": false } } })
    );
}

/// An API module re-exports the shared types its types hold, so code names them by the API's path
/// whether the API or its shared types define them (Wix's packages change which types they share).
#[test]
fn api_modules_name_the_shared_types_they_hold() {
    use wix_sdk::{bookings_services, bookings_shared};
    let schedule: bookings_services::Schedule = bookings_shared::Schedule::new();
    let service = bookings_services::Service::new().with_schedule(schedule.clone());
    assert_eq!(service.schedule, Some(schedule));
    let paging: bookings_services::CursorPaging = common::CursorPaging::new();
    assert_eq!(paging, common::CursorPaging::new());
}
