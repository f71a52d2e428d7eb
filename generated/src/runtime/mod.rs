//! What every generated method calls: building the HTTP request, sending it with retries and a
//! tracing span, and decoding the response. One copy of this code serves every method, so a method
//! adds little to compile.

pub(crate) mod int64;
#[cfg(feature = "test-util")]
pub(crate) mod mock;
pub(crate) mod object;
pub(crate) mod paging;
pub(crate) mod retry;

use std::fmt::Display;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{self, HeaderMap, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::config::{ApiKeyScope, Config, Credentials};
use crate::error::{Failure, truncated_text};
use crate::{Error, OperationError, ServiceError, TransportErrorKind};

/// What a method is, as the runtime needs it. Generated as a constant per method.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Wix's name of the method, e.g. `connectByCredentials`.
    pub(crate) name: &'static str,
    pub(crate) verb: Verb,
    /// The route as the spec writes it, with `{placeholders}`: safe to log.
    pub(crate) path_template: &'static str,
    /// Whether the call is safe to repeat.
    pub(crate) retryable: bool,
}

/// The HTTP verbs of generated methods.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "each verb is used by the specs that have methods with it")]
pub(crate) enum Verb {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Verb {
    fn method(self) -> reqwest::Method {
        match self {
            Verb::Get => reqwest::Method::GET,
            Verb::Post => reqwest::Method::POST,
            Verb::Put => reqwest::Method::PUT,
            Verb::Patch => reqwest::Method::PATCH,
            Verb::Delete => reqwest::Method::DELETE,
        }
    }
}

/// Characters left as they are in a path segment: RFC 3986's unreserved set. Everything else,
/// `/`, `?`, `#` and `%` among them, is percent-encoded, so a value stays one segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// One request being put together by a generated method.
#[derive(Debug)]
pub(crate) struct Call {
    operation: &'static Operation,
    path: String,
    query: Vec<(String, String)>,
    /// For a method whose query Wix's SDK sends as a "complex request": the params as JSON, sent
    /// packed (see [`Call::complex_query`]).
    packed_query: Option<serde_json::Map<String, serde_json::Value>>,
    /// Shared between attempts without copying.
    body: Option<Bytes>,
    /// The first reason the request cannot be sent; reported by [`ApiClient::execute`].
    invalid: Option<String>,
}

impl Call {
    pub(crate) fn new(operation: &'static Operation) -> Self {
        Call {
            operation,
            path: String::new(),
            query: Vec::new(),
            packed_query: None,
            body: None,
            invalid: None,
        }
    }

    /// Appends route text as it is.
    pub(crate) fn path_literal(&mut self, text: &str) {
        self.path.push_str(text);
    }

    /// Appends a path param, percent-encoded. A value that would change the route even so (empty,
    /// `.` or `..`, which URL parsers resolve) makes the call fail before anything is sent.
    pub(crate) fn path_param(&mut self, value: &impl Display) {
        let value = value.to_string();
        if matches!(value.as_str(), "" | "." | "..") {
            self.invalid.get_or_insert_with(|| {
                format!("a path param of `{}` is `{value}`", self.operation.path_template)
            });
            return;
        }
        self.path.extend(utf8_percent_encode(&value, PATH_SEGMENT));
    }

    /// Records that the field a route placeholder takes its value from (`{bookingPolicy.id}`) is unset:
    /// the call fails before anything is sent.
    pub(crate) fn missing_path_field(&mut self, dotted: &str) {
        self.invalid.get_or_insert_with(|| {
            format!("`{dotted}` is not set, and the route `{}` takes it", self.operation.path_template)
        });
    }

    /// Records that a field the method requires inside a param (`attendance.bookingId`) is unset: the
    /// call fails before anything is sent.
    pub(crate) fn missing_field(&mut self, dotted: &str) {
        self.invalid.get_or_insert_with(|| {
            format!("`{dotted}` is not set, and `{}` requires it", self.operation.name)
        });
    }

    /// Sends the query params as Wix's SDK sends those of a "complex request" (`toURLSearchParams(payload,
    /// true)` in `@wix/sdk-runtime`): when any of them holds an object with fields, or a list of
    /// objects, which a query string of pairs cannot carry, the whole query goes as one `.r` param,
    /// the URL-safe, unpadded base64 of its JSON; otherwise as pairs.
    pub(crate) fn complex_query(&mut self) {
        self.packed_query = Some(serde_json::Map::new());
    }

    /// Adds a query param: nothing for `None` or an empty list, one pair per item of a list
    /// (`ids=a&ids=b`), and dotted keys for the fields of an object (`paging.limit=50`).
    pub(crate) fn query(&mut self, key: &str, value: &impl Serialize) {
        match serde_json::to_value(value) {
            Ok(value) if value.is_null() => {}
            Ok(value) => match &mut self.packed_query {
                Some(params) => {
                    params.insert(key.to_string(), value);
                }
                None => flatten_query(key, &value, &mut self.query),
            },
            Err(error) => {
                self.invalid
                    .get_or_insert_with(|| format!("query param `{key}` does not serialize: {error}"));
            }
        }
    }

    /// Sends `{}` as the JSON body: a POST, PUT or PATCH without body params still sends an object,
    /// as Wix's APIs expect.
    pub(crate) fn empty_json_body(&mut self) {
        self.body = Some(Bytes::from_static(b"{}"));
    }

    /// Sets the JSON body.
    pub(crate) fn json_body(&mut self, body: &impl Serialize) {
        match serde_json::to_vec(body) {
            Ok(body) => self.body = Some(Bytes::from(body)),
            Err(error) => {
                self.invalid.get_or_insert_with(|| format!("the body does not serialize: {error}"));
            }
        }
    }
}

impl Call {
    /// The query string's pairs: the params added, or, for a complex query that holds objects, `.r`
    /// with all of them packed.
    fn query_pairs(&mut self) -> Vec<(String, String)> {
        let Some(params) = self.packed_query.take() else { return std::mem::take(&mut self.query) };
        let nested = params.values().any(|value| match value {
            serde_json::Value::Object(fields) => !fields.is_empty(),
            serde_json::Value::Array(items) => items.iter().any(serde_json::Value::is_object),
            _ => false,
        });
        if nested {
            use base64::Engine as _;
            let json = serde_json::Value::Object(params).to_string();
            return vec![(".r".to_string(), base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json))];
        }
        let mut pairs = Vec::new();
        params.iter().for_each(|(key, value)| flatten_query(key, value, &mut pairs));
        pairs
    }
}

fn flatten_query(key: &str, value: &serde_json::Value, pairs: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::Null => {}
        Value::Bool(flag) => pairs.push((key.to_string(), flag.to_string())),
        Value::Number(number) => pairs.push((key.to_string(), number.to_string())),
        Value::String(text) => pairs.push((key.to_string(), text.clone())),
        Value::Array(items) => items.iter().for_each(|item| flatten_query(key, item, pairs)),
        Value::Object(fields) => {
            fields.iter().for_each(|(field, value)| flatten_query(&format!("{key}.{field}"), value, pairs));
        }
    }
}

/// The shared client of one API: configuration, the API's base URL, and the headers every request
/// carries, built once.
#[derive(Debug, Clone)]
pub(crate) struct ApiClient {
    config: Config,
    base_url: String,
    /// The headers, or which setting cannot be a header; reported by every call.
    headers: Result<HeaderMap, &'static str>,
    /// The answers of a mock client: when set, the generated methods return them and send nothing.
    #[cfg(feature = "test-util")]
    mock: Option<mock::Rules>,
}

/// Statuses after which a call that is safe to repeat is retried.
const RETRY_STATUSES: [u16; 4] = [429, 502, 503, 504];

/// The response header that carries Wix's request id.
const REQUEST_ID_HEADER: &str = "x-wix-request-id";

impl ApiClient {
    pub(crate) fn new(config: &Config, default_base_url: &'static str) -> Self {
        let base_url =
            config.base_url.as_deref().unwrap_or(default_base_url).trim_end_matches('/').to_string();
        ApiClient {
            config: config.clone(),
            base_url,
            headers: headers(config),
            #[cfg(feature = "test-util")]
            mock: None,
        }
    }

    /// A client whose methods answer with `rules` and send nothing.
    ///
    /// # Panics
    ///
    /// When no HTTP client can be built (TLS cannot be set up): a mock never sends, but the client it
    /// makes is a real one, with a configuration.
    #[cfg(feature = "test-util")]
    pub(crate) fn mocked(rules: mock::Rules, default_base_url: &'static str) -> Self {
        let config = Config::builder(Credentials::access_token("test-util mock"))
            .build()
            .unwrap_or_else(|error| panic!("the mock client's configuration: {error}"));
        ApiClient { mock: Some(rules), ..ApiClient::new(&config, default_base_url) }
    }

    /// The answers of a mock client, for the generated methods to return.
    #[cfg(feature = "test-util")]
    pub(crate) fn mock(&self) -> Option<&mock::Rules> {
        self.mock.as_ref()
    }

    /// This client with `options`' overrides of the configuration, for a generated client's
    /// `with_options`.
    pub(crate) fn with_options(&self, options: &crate::CallOptions) -> Self {
        ApiClient { config: self.config.with_options(options), ..self.clone() }
    }

    /// Sends the call, retrying where the policy allows, inside a tracing span that names the
    /// method, verb, route template, attempt and status (never a param, header or body).
    pub(crate) async fn execute(&self, call: Call) -> Result<Response, Failure> {
        let operation = call.operation;
        let span = tracing::info_span!(
            "wix_sdk::call",
            method = operation.name,
            http.verb = ?operation.verb,
            http.route = operation.path_template,
            http.status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        self.execute_with_retries(call).instrument(span).await
    }

    /// Sends the call's attempts within the call timeout.
    async fn execute_with_retries(&self, mut call: Call) -> Result<Response, Failure> {
        let operation = call.operation;
        if let Some(reason) = call.invalid {
            return Err(Failure::InvalidRequest { operation: operation.name, reason });
        }
        let mut url = reqwest::Url::parse(&format!("{}{}", self.base_url, call.path)).map_err(|error| {
            Failure::InvalidRequest {
                operation: operation.name,
                reason: format!("the URL does not parse: {error}"),
            }
        })?;
        let query = call.query_pairs();
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(&query);
        }
        let headers = self.headers.as_ref().map_err(|what| Failure::InvalidRequest {
            operation: operation.name,
            reason: format!("the {what} holds characters an HTTP header cannot"),
        })?;
        let timeout = self.config.call_timeout;
        let deadline = tokio::time::Instant::now() + timeout;
        let request = Request { operation, url: &url, headers, body: call.body };
        // Counted outside the attempts' future, which the deadline drops.
        let attempts = AtomicU32::new(0);
        match tokio::time::timeout_at(deadline, self.attempts(&request, deadline, &attempts)).await {
            Ok(result) => result,
            Err(_) => Err(Failure::CallTimeout {
                operation: operation.name,
                timeout,
                attempts: attempts.load(Ordering::Relaxed),
            }),
        }
    }

    /// Sends `request` until it gets an answer not worth retrying, the policy's retries are used up,
    /// the retry budget is spent, or the next wait would end after `deadline`.
    async fn attempts(
        &self,
        request: &Request<'_>,
        deadline: tokio::time::Instant,
        attempts: &AtomicU32,
    ) -> Result<Response, Failure> {
        let policy = self.config.retry;
        let budget = &self.config.retry_budget;
        let max_retries = if request.operation.retryable { policy.max_retries } else { 0 };
        // The tokens the retry in flight took, given back if it succeeds.
        let mut retry_cost = None;
        loop {
            let attempt = attempts.fetch_add(1, Ordering::Relaxed) + 1;
            tracing::Span::current().record("attempt", attempt);
            let result = self.send_once(request).await;
            if let Ok(response) = &result {
                tracing::Span::current().record("http.status", response.status);
            }
            let (cost, retry_after) = match Outcome::of(&result) {
                Outcome::Answered => {
                    budget.deposit(retry_cost.unwrap_or(retry::SUCCESS_REWARD));
                    return result;
                }
                Outcome::Failed => return result,
                Outcome::Retryable { cost, retry_after } => (cost, retry_after),
            };
            if attempt > max_retries {
                return result;
            }
            let delay = retry::backoff(&policy, attempt, retry_after, retry::random_fraction());
            if tokio::time::Instant::now() + delay >= deadline {
                tracing::debug!(
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    "not retrying: past the call timeout"
                );
                return result;
            }
            if !budget.withdraw(cost) {
                tracing::debug!(attempt, "not retrying: the retry budget is spent");
                return result;
            }
            retry_cost = Some(cost);
            tracing::debug!(attempt, delay_ms = delay.as_millis() as u64, "retrying");
            tokio::time::sleep(delay).await;
        }
    }

    async fn send_once(&self, request: &Request<'_>) -> Result<Response, Failure> {
        let operation = request.operation;
        let timeout = self.config.timeout;
        let transport = |source: reqwest::Error| match source.is_timeout() && !source.is_connect() {
            true => Failure::Timeout { operation: operation.name, timeout },
            false => Failure::Transport {
                operation: operation.name,
                kind: TransportErrorKind::of(&source),
                source,
            },
        };
        let mut builder = self
            .config
            .http
            .request(operation.verb.method(), request.url.clone())
            .headers(request.headers.clone())
            .timeout(timeout);
        if let Some(body) = &request.body {
            builder = builder.header(header::CONTENT_TYPE, "application/json").body(body.clone());
        }
        let mut response = builder.send().await.map_err(transport)?;
        if response.url() != request.url {
            return Err(Failure::RedirectFollowed {
                operation: operation.name,
                url: response.url().to_string(),
            });
        }
        let status = response.status().as_u16();
        let header_text = |name: &str| {
            response.headers().get(name).map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        };
        if (300..400).contains(&status) {
            let location = header_text(header::LOCATION.as_str());
            return Err(Failure::Redirect { operation: operation.name, status, location });
        }
        let request_id = header_text(REQUEST_ID_HEADER);
        let retry_after = header_text(header::RETRY_AFTER.as_str())
            .and_then(|value| retry::parse_retry_after(&value, SystemTime::now()));
        let limit = self.config.max_response_bytes;
        let too_large =
            |request_id| Failure::BodyTooLarge { operation: operation.name, limit, status, request_id };
        if response.content_length().is_some_and(|length| length > limit as u64) {
            return Err(too_large(request_id));
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if bytes.len() + chunk.len() > limit {
                return Err(too_large(request_id));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Response { operation, status, request_id, retry_after, body: bytes })
    }
}

/// What every attempt of a call sends.
struct Request<'a> {
    operation: &'static Operation,
    url: &'a reqwest::Url,
    headers: &'a HeaderMap,
    /// Shared between attempts without copying.
    body: Option<Bytes>,
}

/// What an attempt's result means for retrying.
enum Outcome {
    /// The server answered as a working server does (a status below 500 other than 429): the call
    /// ends, and the retry budget gets tokens back.
    Answered,
    /// Worth another attempt, if the policy, the budget and the call timeout allow: `cost` tokens
    /// of the budget, and the server's `Retry-After`.
    Retryable { cost: u32, retry_after: Option<Duration> },
    /// Not worth another attempt: a 500, a timeout, a TLS failure, a redirect, a body too large.
    Failed,
}

impl Outcome {
    fn of(result: &Result<Response, Failure>) -> Self {
        match result {
            Ok(response) if RETRY_STATUSES.contains(&response.status) => {
                Outcome::Retryable { cost: retry::RETRY_COST, retry_after: response.retry_after }
            }
            Ok(response) if response.status < 500 => Outcome::Answered,
            Err(Failure::Transport { source, kind, .. })
                if source.is_connect() && *kind != TransportErrorKind::Tls =>
            {
                let cost = match kind {
                    TransportErrorKind::ConnectTimeout => retry::TIMEOUT_RETRY_COST,
                    _ => retry::RETRY_COST,
                };
                Outcome::Retryable { cost, retry_after: None }
            }
            _ => Outcome::Failed,
        }
    }
}

/// The headers every request of `config` carries: accept, user agent and credentials. `Err` names the
/// setting that cannot be a header value.
fn headers(config: &Config) -> Result<HeaderMap, &'static str> {
    let value = |text: &str, what: &'static str| HeaderValue::from_str(text).map_err(|_| what);
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    headers.insert(header::USER_AGENT, value(&config.user_agent, "user agent")?);
    let (secret, scope) = match &config.credentials {
        Credentials::ApiKey { key, scope } => (key, Some(scope)),
        Credentials::AccessToken(token) => (token, None),
    };
    let mut authorization = value(secrecy::ExposeSecret::expose_secret(secret), "credential")?;
    authorization.set_sensitive(true);
    headers.insert(header::AUTHORIZATION, authorization);
    match scope {
        Some(ApiKeyScope::Site(site_id)) => {
            headers.insert("wix-site-id", value(site_id, "site id")?);
        }
        Some(ApiKeyScope::Account(account_id)) => {
            headers.insert("wix-account-id", value(account_id, "account id")?);
        }
        None => {}
    }
    Ok(headers)
}

/// A complete response, before the method's decoding.
#[derive(Debug)]
pub(crate) struct Response {
    operation: &'static Operation,
    status: u16,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    body: Vec<u8>,
}

/// How much of a body that does not decode is kept in [`Error::Decode`].
const DECODE_BODY_LIMIT: usize = 1024;

impl Response {
    /// The method's response type for a 2xx status; the method's error otherwise.
    pub(crate) fn decode<T: DeserializeOwned, E: OperationError>(self) -> Result<T, Error<E>> {
        if !(200..300).contains(&self.status) {
            return Err(self.into_error());
        }
        // An empty body is an empty object: Wix leaves out fields that hold default values.
        let body: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) { b"{}" } else { &self.body };
        serde_json::from_slice(body).map_err(|source| Error::Decode {
            operation: self.operation.name,
            status: self.status,
            source,
            body: truncated_text(&self.body, DECODE_BODY_LIMIT),
        })
    }

    /// `()` for a 2xx status, whatever the body; the method's error otherwise.
    #[allow(dead_code, reason = "used by the methods of specs that return nothing")]
    pub(crate) fn decode_empty<E: OperationError>(self) -> Result<(), Error<E>> {
        match (200..300).contains(&self.status) {
            true => Ok(()),
            false => Err(self.into_error()),
        }
    }

    fn into_error<E: OperationError>(self) -> Error<E> {
        let error = ServiceError::new(self.operation.name, self.status, self.request_id, &self.body);
        match E::from_service_error(error) {
            Ok(documented) => Error::Service(documented),
            Err(undocumented) => Error::UnexpectedStatus(undocumented),
        }
    }
}
