//! The feature fixtures' generated clients, called against a loopback server: what goes on the wire
//! and what comes back, for the features that only a call shows (paging, queries).

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::fixtures::{queries, shared};
use crate::{Config, Credentials, JsonObject};

fn config(server: &MockServer) -> Config {
    Config::builder(Credentials::api_key_for_site("key", "site"))
        .base_url(server.uri())
        .build()
        .expect("the configuration builds")
}

fn body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("the request body is JSON")
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server.received_requests().await.expect("requests are recorded").iter().map(body).collect()
}

fn object(value: Value) -> JsonObject {
    match value {
        Value::Object(object) => object,
        other => panic!("not an object: {other}"),
    }
}

/// A page of two trees for each cursor, the next cursor, and whether more pages exist.
fn tree_page(request: &Request) -> ResponseTemplate {
    let cursor = body(request)["query"]["cursorPaging"]["cursor"].as_str().map(str::to_string);
    let (names, next) = match cursor.as_deref() {
        None => (["oak", "elm"], Some("c2")),
        Some("c2") => (["ash", "fir"], Some("c3")),
        Some("c3") => (["yew", "box"], None),
        Some(other) => panic!("unexpected cursor {other}"),
    };
    let trees: Vec<Value> = names.iter().map(|name| json!({ "name": name })).collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "trees": trees,
        "pagingMetadata": { "next": next, "hasNext": next.is_some() },
    }))
}

#[tokio::test]
async fn a_query_stream_sends_filter_and_sort_on_the_first_page_only() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/v1/trees/query")).respond_with(tree_page).mount(&server).await;
    let client = queries::Client::new(&config(&server));
    let query = shared::Query::new()
        .with_filter(object(json!({ "kind": { "$eq": "conifer" } })))
        .with_sort(vec![shared::Sorting::new("name").with_order(shared::Order::Asc)])
        .with_cursor_paging(shared::CursorPaging::new().with_limit(2));
    let request = queries::QueryTreesRequest::new(query, "en").with_fields(vec!["height".to_string()]);

    let trees: Vec<shared::Tree> = client.query_trees_all(&request).try_collect().await.expect("all pages");

    let names: Vec<&str> = trees.iter().filter_map(|tree| tree.name.as_deref()).collect();
    assert_eq!(names, ["oak", "elm", "ash", "fir", "yew", "box"]);
    assert_eq!(
        bodies(&server).await,
        [
            json!({
                "query": {
                    "filter": { "kind": { "$eq": "conifer" } },
                    "sort": [{ "fieldName": "name", "order": "ASC" }],
                    "cursorPaging": { "limit": 2 },
                },
                "fields": ["height"],
                "locale": "en",
            }),
            json!({ "query": { "cursorPaging": { "limit": 2, "cursor": "c2" } }, "fields": ["height"], "locale": "en" }),
            json!({ "query": { "cursorPaging": { "limit": 2, "cursor": "c3" } }, "fields": ["height"], "locale": "en" }),
        ]
    );
}

#[tokio::test]
async fn a_complex_get_query_holding_objects_goes_packed_as_r() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/trees/find"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let client = queries::Client::new(&config(&server));
    let query = shared::Query::new()
        .with_filter(object(json!({ "kind": { "$in": ["oak", "elm"] } })))
        .with_cursor_paging(shared::CursorPaging::new().with_limit(5));
    let request = queries::FindTreesRequest::new(query).with_locale("en");

    client.find_trees(&request).await.expect("finds");

    let received = server.received_requests().await.expect("recorded");
    let pairs: Vec<(String, String)> =
        received[0].url.query_pairs().map(|(key, value)| (key.into(), value.into())).collect();
    // As `@wix/sdk-runtime`'s `toURLSearchParams(payload, true)`: URL-safe base64, no padding.
    assert_eq!(
        crate::calls::unpack_query(&pairs),
        json!({
            "query": { "filter": { "kind": { "$in": ["oak", "elm"] } }, "cursorPaging": { "limit": 5 } },
            "locale": "en",
        })
    );
    assert!(!pairs[0].1.contains(['+', '/', '=']), "{}", pairs[0].1);
}

#[tokio::test]
async fn a_complex_get_query_of_plain_values_goes_as_pairs() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/trees/find"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let client = queries::Client::new(&config(&server));
    let request = queries::FindTreesRequest::new(shared::Query::new()).with_locale("en");

    client.find_trees(&request).await.expect("finds");

    let received = server.received_requests().await.expect("recorded");
    assert_eq!(received[0].url.query(), Some("locale=en"));
}

#[tokio::test]
async fn a_count_with_an_empty_filter_sends_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/trees/count"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "count": 7 })))
        .mount(&server)
        .await;
    let client = queries::Client::new(&config(&server));

    let counted =
        client.count_trees(&queries::CountTreesRequest::new(JsonObject::new())).await.expect("counts");

    assert_eq!(counted.count, Some(7));
    assert_eq!(bodies(&server).await, [json!({ "filter": {} })]);
}

/// Five leaves in all, a page of at most `limit` after `offset`.
fn leaf_page(request: &Request) -> ResponseTemplate {
    let paging = &body(request)["query"]["paging"];
    let offset = paging["offset"].as_u64().unwrap_or(0) as usize;
    let limit = paging["limit"].as_u64().expect("a limit") as usize;
    let leaves: Vec<String> = (offset..5).take(limit).map(|index| format!("leaf {index}")).collect();
    ResponseTemplate::new(200).set_body_json(json!({ "leaves": leaves, "metadata": { "total": 5 } }))
}

#[tokio::test]
async fn an_offset_stream_steps_by_the_items_read_and_stops_at_the_total() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/v1/leaves/query")).respond_with(leaf_page).mount(&server).await;
    let client = queries::Client::new(&config(&server));
    let query = queries::OffsetQuery::new()
        .with_filter(object(json!({ "fallen": true })))
        .with_paging(queries::OffsetPaging::new().with_limit(2));
    let request = queries::ListLeavesRequest::new().with_query(query);

    let leaves: Vec<String> = client.list_leaves_all(&request).try_collect().await.expect("all pages");

    assert_eq!(leaves, ["leaf 0", "leaf 1", "leaf 2", "leaf 3", "leaf 4"]);
    let offsets: Vec<Value> =
        bodies(&server).await.iter().map(|body| body["query"]["paging"]["offset"].clone()).collect();
    assert_eq!(offsets, [Value::Null, json!(2), json!(4)], "no request after the total is read");
    let filters: Vec<Value> =
        bodies(&server).await.iter().map(|body| body["query"]["filter"].clone()).collect();
    assert_eq!(filters, vec![json!({ "fallen": true }); 3], "offset pages repeat the whole query");
}

#[tokio::test]
async fn an_offset_stream_ends_at_an_empty_page_without_a_total() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/leaves/query"))
        .respond_with(|request: &Request| {
            let offset = body(request)["query"]["paging"]["offset"].as_u64().unwrap_or(0);
            let leaves: Vec<String> = (offset..3).take(2).map(|index| format!("leaf {index}")).collect();
            ResponseTemplate::new(200).set_body_json(json!({ "leaves": leaves }))
        })
        .mount(&server)
        .await;
    let client = queries::Client::new(&config(&server));
    let query = queries::OffsetQuery::new().with_paging(queries::OffsetPaging::new().with_limit(2));

    let leaves: Vec<String> = client
        .list_leaves_all(&queries::ListLeavesRequest::new().with_query(query))
        .try_collect()
        .await
        .expect("all pages");

    assert_eq!(leaves, ["leaf 0", "leaf 1", "leaf 2"]);
    assert_eq!(bodies(&server).await.len(), 3, "the empty third page ends the stream");
}

#[tokio::test]
async fn an_offset_stream_stops_with_an_error_at_an_empty_page_short_of_the_total() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/leaves/query"))
        .respond_with(|request: &Request| {
            // Two leaves, then nothing, while the total says five.
            let offset = body(request)["query"]["paging"]["offset"].as_u64().unwrap_or(0);
            let leaves: Vec<String> = (offset..2).map(|index| format!("leaf {index}")).collect();
            ResponseTemplate::new(200).set_body_json(json!({ "leaves": leaves, "metadata": { "total": 5 } }))
        })
        .mount(&server)
        .await;
    let client = queries::Client::new(&config(&server));

    let mut leaves = client.list_leaves_all(&queries::ListLeavesRequest::new());
    let mut read = Vec::new();
    while let Some(leaf) = leaves.next().await {
        read.push(leaf);
    }

    assert_eq!(read.len(), 3, "two leaves, then the error: {read:?}");
    let error = read.pop().and_then(Result::err).expect("the stream ends with an error");
    assert!(
        matches!(
            error,
            crate::Error::PagingStalled { operation: "listLeaves", page: 2, reason: "has no items" }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "listLeaves: page 2 says more items exist but has no items; paging stopped"
    );
    assert_eq!(bodies(&server).await.len(), 2, "nothing is asked after the empty page");
}

#[tokio::test]
async fn an_offset_stream_stops_at_the_page_limit() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/leaves/query"))
        .respond_with(|_: &Request| {
            // A server that always has one more leaf and never says how many there are.
            ResponseTemplate::new(200).set_body_json(json!({ "leaves": ["again"] }))
        })
        .mount(&server)
        .await;
    let config = Config::builder(Credentials::api_key_for_site("key", "site"))
        .base_url(server.uri())
        .max_pages(4)
        .build()
        .expect("the configuration builds");
    let client = queries::Client::new(&config);

    let error = client
        .list_leaves_all(&queries::ListLeavesRequest::new())
        .try_collect::<Vec<String>>()
        .await
        .expect_err("the server never stops");

    assert!(
        matches!(error, crate::Error::TooManyPages { operation: "listLeaves", max_pages: 4 }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "listLeaves: paging stopped after 4 pages, the limit set by `ConfigBuilder::max_pages`"
    );
    let offsets: Vec<Value> =
        bodies(&server).await.iter().map(|body| body["query"]["paging"]["offset"].clone()).collect();
    assert_eq!(offsets, [Value::Null, json!(1), json!(2), json!(3)]);
}

mod update_routes {
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::{bodies, config};
    use crate::Error;
    use crate::fixtures::update_routes::{Client, Policy, TransferPolicyRequest, UpdatePolicyRequest};

    const POLICY_ID: &str = "6f1c5a3e-1d2b-4c8a-9e7f-0a1b2c3d4e5f";

    /// A policy as Wix returns it: with its read-only ID and creation date.
    fn policy_as_read() -> Policy {
        serde_json::from_value(json!({
            "id": POLICY_ID,
            "revision": "3",
            "createdDate": "2026-11-01T09:00:00Z",
            "name": "Flexible",
            "owner": { "id": "owner-7", "email": "owner@example.com" },
        }))
        .expect("a policy decodes")
    }

    #[tokio::test]
    async fn an_update_takes_the_id_from_the_entity_and_sends_no_read_only_field() {
        let server = MockServer::start().await;
        Mock::given(method("PATCH"))
            .and(path(format!("/v1/policies/{POLICY_ID}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "policy": { "id": POLICY_ID } })))
            .expect(1)
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));
        let policy = policy_as_read().with_name("Strict");

        let updated = client.update_policy(&UpdatePolicyRequest::new(policy)).await.expect("updates");

        assert_eq!(updated.policy.and_then(|policy| policy.id), Some(POLICY_ID.parse().expect("GUID")));
        // `id`, `createdDate` and the owner's `email` are read-only: the path carries the ID instead.
        assert_eq!(
            bodies(&server).await,
            [json!({ "policy": { "revision": "3", "name": "Strict", "owner": { "id": "owner-7" } } })]
        );
    }

    #[tokio::test]
    async fn a_route_takes_a_nested_id_too() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(format!("/v1/policies/{POLICY_ID}/owners/owner-7:transfer")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
            .expect(1)
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));

        client.transfer_policy(&TransferPolicyRequest::new(policy_as_read())).await.expect("transfers");
    }

    #[tokio::test]
    async fn an_update_of_an_entity_without_an_id_fails_before_sending() {
        let server = MockServer::start().await;
        let client = Client::new(&config(&server));

        let error = client
            .update_policy(&UpdatePolicyRequest::new(Policy::new().with_name("Strict")))
            .await
            .expect_err("the ID is missing");

        match &error {
            Error::InvalidRequest { operation, reason } => {
                assert_eq!(*operation, "updatePolicy");
                assert_eq!(
                    reason,
                    "`policy.id` is not set, and the route `/v1/policies/{policy.id}` takes it"
                );
            }
            other => panic!("expected InvalidRequest, got {other:?}"),
        }
        assert!(bodies(&server).await.is_empty(), "nothing is sent");
    }
}

mod required_nested {
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::{bodies, config};
    use crate::Error;
    use crate::fixtures::required_nested::{Attendance, AttendanceStatus, Client, SetAttendanceRequest};

    const BOOKING_ID: &str = "0b7a4f6e-3c2d-4e1f-8a9b-1c2d3e4f5a6b";

    fn request() -> SetAttendanceRequest {
        let attendance = Attendance::new().with_number_of_attendees(2);
        let booking_id = BOOKING_ID.parse().expect("GUID");
        SetAttendanceRequest::new(attendance, booking_id, AttendanceStatus::Attended, "front desk")
    }

    #[tokio::test]
    async fn new_sets_the_fields_the_method_requires_inside_the_param() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/attendance/set"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));

        client.set_attendance(&request()).await.expect("sets the attendance");

        assert_eq!(
            bodies(&server).await,
            [json!({
                "attendance": {
                    "bookingId": BOOKING_ID,
                    "status": "ATTENDED",
                    "details": { "checkedInBy": "front desk" },
                    "numberOfAttendees": 2,
                },
            })]
        );
    }

    #[tokio::test]
    async fn a_required_field_unset_after_new_fails_before_sending() {
        let server = MockServer::start().await;
        let client = Client::new(&config(&server));
        let mut request = request();
        request.attendance.status = None;

        let error = client.set_attendance(&request).await.expect_err("the status is missing");

        match &error {
            Error::InvalidRequest { reason, .. } => {
                assert_eq!(reason, "`attendance.status` is not set, and `setAttendance` requires it");
            }
            other => panic!("expected InvalidRequest, got {other:?}"),
        }
        assert!(bodies(&server).await.is_empty(), "nothing is sent");
    }
}

mod free_form_json {
    use serde_json::json;
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::{bodies, config};
    use crate::fixtures::free_form_json::{Client, ListItemsRequest, Payload, QueryItemsRequest};
    use crate::query::Filter;

    #[tokio::test]
    async fn json_values_go_out_and_come_back_as_they_are() {
        let server = MockServer::start().await;
        let item = json!({
            "id": "i-1",
            "data": [1, "two", { "three": null }],
            "namespaces": { "@app/one": { "level": 3 } },
            "history": [true, 2.5],
            "byApp": { "app": { "theme": "dark" } },
            "raw": { "anything": ["goes"] },
        });
        Mock::given(method("POST"))
            .and(path("/v1/items/query"))
            .respond_with(ResponseTemplate::new(200).set_body_json(item.clone()))
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));
        let filter = Filter::eq("status", "ACTIVE").and(Filter::gt("rank", 3));
        let request = QueryItemsRequest::new(filter.into()).with_extra(json!(["free", 1]));

        let read = client.query_items(&request).await.expect("queries");

        assert_eq!(
            bodies(&server).await,
            [json!({ "filter": { "status": "ACTIVE", "rank": { "$gt": 3 } }, "extra": ["free", 1] })]
        );
        assert_eq!(read.data, item["data"]);
        assert_eq!(
            read.namespaces.as_ref().map(|namespaces| namespaces["@app/one"].clone()),
            Some(json!({ "level": 3 }))
        );
        assert_eq!(read.history, [json!(true), json!(2.5)]);
        assert_eq!(read.by_app["app"]["theme"], "dark");
        assert_eq!(read.payload, Some(Payload::Raw(json!({ "anything": ["goes"] }))));
    }

    #[tokio::test]
    async fn a_json_object_in_a_query_string_is_flattened_with_dots() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v1/items"))
            .and(query_param("filter.status", "ACTIVE"))
            .and(query_param("filter.tags", "b"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "i-1", "data": null })))
            .expect(1)
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));
        let filter = crate::json!({ "status": "ACTIVE", "tags": ["a", "b"] });
        let request = ListItemsRequest::new().with_filter(super::object(filter));

        client.list_items(&request).await.expect("lists");
    }
}

mod smaller_gaps {
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::{bodies, config};
    use crate::Error;
    use crate::fixtures::{collections, enums, errors};

    fn wix_error(code: &str) -> serde_json::Value {
        json!({ "message": "refused", "details": { "applicationError": { "code": code, "description": "d" } } })
    }

    async fn failing(route: &str, status: u16, code: &str) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(path(route))
            .respond_with(ResponseTemplate::new(status).set_body_json(wix_error(code)))
            .mount(&server)
            .await;
        server
    }

    #[tokio::test]
    async fn codes_without_a_documented_status_are_matched_whatever_the_status() {
        for status in [400, 409, 428, 500] {
            let server = failing("/v1/refund", status, "ALREADY_REFUNDED").await;
            let client = errors::Client::new(&config(&server));
            let error = client.refund(&errors::RefundRequest::new("r-1")).await.expect_err("refused");
            match error {
                Error::Service(errors::RefundError::AlreadyRefunded(service)) => {
                    assert_eq!(service.status(), status)
                }
                other => panic!("status {status}: expected AlreadyRefunded, got {other:?}"),
            }
        }
        let server = failing("/v1/void", 422, "ALREADY_SETTLED").await;
        let error = errors::Client::new(&config(&server)).void().await.expect_err("refused");
        assert!(matches!(error, Error::Service(errors::VoidError::AlreadySettled(_))), "{error:?}");
        let server = failing("/v1/void", 404, "PAYMENT_NOT_FOUND").await;
        let error = errors::Client::new(&config(&server)).void().await.expect_err("refused");
        assert!(matches!(error, Error::Service(errors::VoidError::PaymentNotFound(_))), "{error:?}");
    }

    #[tokio::test]
    async fn a_post_without_body_params_sends_an_empty_object() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/void"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;

        errors::Client::new(&config(&server)).void().await.expect("voids");

        assert_eq!(bodies(&server).await, [json!({})]);
    }

    #[tokio::test]
    async fn required_lists_and_maps_are_sent_even_when_empty() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/bag"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let client = collections::Client::new(&config(&server));

        client.put_bag(&collections::PutBagRequest::new(Vec::new(), Default::default())).await.expect("puts");

        assert_eq!(bodies(&server).await, [json!({ "ids": [], "filter": {} })]);
    }

    #[tokio::test]
    async fn an_enum_value_named_unknown_is_not_the_catch_all() {
        for (wire, expected) in [
            ("UNKNOWN", enums::Color::Unspecified),
            ("GREEN", enums::Color::Green),
            ("PURPLE", enums::Color::from("PURPLE")),
        ] {
            let server = MockServer::start().await;
            Mock::given(path("/v1/light"))
                .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "color": wire })))
                .mount(&server)
                .await;
            let light = enums::Client::new(&config(&server)).get_light().await.expect("reads");
            assert_eq!(light.color.as_ref(), Some(&expected));
            assert_eq!(light.color.as_ref().map(enums::Color::as_str), Some(wire));
        }
        assert!(matches!(enums::Color::from("PURPLE"), enums::Color::Unknown(_)));
    }
}

mod deprecated_method {
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, Request, ResponseTemplate};

    use super::{bodies, body, config};
    use crate::fixtures::deprecation::{Client, ListLegacyItemsRequest};

    /// A deprecated method still works, and so does its stream: users are warned, not refused.
    #[tokio::test]
    #[allow(deprecated, reason = "calling the deprecated method is what this test does")]
    async fn a_deprecated_method_and_its_stream_still_call_the_api() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/items:legacyQuery"))
            .respond_with(|request: &Request| {
                let next = match body(request)["paging"]["cursor"].as_str() {
                    None => Some("c2"),
                    Some(_) => None,
                };
                ResponseTemplate::new(200)
                    .set_body_json(json!({ "items": [{ "id": "a" }], "nextCursor": next }))
            })
            .mount(&server)
            .await;
        let client = Client::new(&config(&server));

        client.list_legacy_items(&ListLegacyItemsRequest::new()).await.expect("lists");
        let all: Vec<_> =
            client.list_legacy_items_all(&ListLegacyItemsRequest::new()).try_collect().await.expect("pages");

        assert_eq!(all.len(), 2);
        assert_eq!(bodies(&server).await, [json!({}), json!({}), json!({ "paging": { "cursor": "c2" } })]);
    }
}
