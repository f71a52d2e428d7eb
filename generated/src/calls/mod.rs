//! Tests that call every method of every API module and feature fixture against a loopback server,
//! generated from the specs (`cargo xtask codegen`), with what they share: the server and the check of
//! the request it received.

// Formatted by the generator (prettyplease), not by rustfmt.
#[rustfmt::skip]
mod apis;
#[rustfmt::skip]
mod fixtures;

use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::{Config, Credentials};

/// A loopback server that answers every request with the JSON `response`.
pub(crate) async fn serve(response: &str) -> MockServer {
    let server = MockServer::start().await;
    let response = ResponseTemplate::new(200).set_body_raw(response, "application/json");
    Mock::given(any()).respond_with(response).mount(&server).await;
    server
}

/// A configuration that sends requests to `server`.
pub(crate) fn config(server: &MockServer) -> Config {
    Config::builder(Credentials::api_key_for_site("key", "site"))
        .base_url(server.uri())
        .build()
        .expect("the configuration builds")
}

/// The one request a call must send, as the spec says it.
pub(crate) struct Expected {
    pub(crate) verb: &'static str,
    /// The path, with each placeholder's sample.
    pub(crate) path: &'static str,
    /// The query pairs, in any order.
    pub(crate) query: &'static [(&'static str, &'static str)],
    /// For a complex query that holds objects: the JSON packed into its one `.r` param.
    pub(crate) packed_query: Option<&'static str>,
    /// The JSON body, or `None` when the request has none.
    pub(crate) body: Option<&'static str>,
}

impl Expected {
    /// Asserts that `server` received exactly this request, once.
    pub(crate) async fn check(&self, server: &MockServer) {
        let requests = server.received_requests().await.expect("the server records requests");
        let [request] = requests.as_slice() else {
            panic!("expected one request, received {}", requests.len());
        };
        assert_eq!(request.method.as_str(), self.verb, "verb");
        assert_eq!(request.url.path(), self.path, "path");
        let mut query: Vec<(String, String)> =
            request.url.query_pairs().map(|(k, v)| (k.into(), v.into())).collect();
        match self.packed_query {
            Some(packed) => assert_eq!(unpack_query(&query), json(packed), "packed query"),
            None => {
                let mut expected: Vec<(String, String)> =
                    self.query.iter().map(|&(key, value)| (key.to_string(), value.to_string())).collect();
                query.sort();
                expected.sort();
                assert_eq!(query, expected, "query");
            }
        }
        let body = (!request.body.is_empty())
            .then(|| serde_json::from_slice::<Value>(&request.body).expect("the body is JSON"));
        assert_eq!(body, self.body.map(json), "body");
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("the expected JSON parses")
}

/// The JSON of a query packed as `.r`, the one pair of the query.
pub(crate) fn unpack_query(pairs: &[(String, String)]) -> Value {
    use base64::Engine as _;
    let [(key, packed)] = pairs else { panic!("expected only `.r` in the query, found {pairs:?}") };
    assert_eq!(key, ".r");
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(packed).expect("URL-safe base64");
    serde_json::from_slice(&json).expect("the packed query is JSON")
}
