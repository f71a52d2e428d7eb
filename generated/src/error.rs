//! What a call can fail with: [`Error`], and Wix's error details in [`ServiceError`].

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

/// Why a call failed.
///
/// `E` is the method's own error enum (for example `ConnectByCredentialsError`), with one variant per
/// error status Wix documents for that method.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with an error status that Wix documents for this method.
    #[error("{0}")]
    Service(E),
    /// The server answered with a status this method does not document (a standard Wix error such
    /// as 400, 404, 429 or 500, or anything else). The [`ServiceError`] holds the status, Wix's error
    /// details when the body had them, the request id and the raw body.
    #[error("{0}")]
    UnexpectedStatus(ServiceError),
    /// The request could not be sent or the response not received: DNS, connection, TLS, an answer
    /// that is not HTTP, or a body cut short. `kind` says which, as far as the error tells.
    #[error("{operation}: {kind}: {}", Excerpt::new(&innermost_cause(.source), DETAIL_LIMIT))]
    Transport {
        /// Wix's name of the method, e.g. `connectByCredentials`.
        operation: &'static str,
        /// What failed.
        kind: TransportErrorKind,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// No complete response arrived within the timeout of one attempt
    /// ([`ConfigBuilder::timeout`](crate::ConfigBuilder::timeout)).
    #[error("{operation}: no response within {timeout:?}")]
    Timeout {
        /// Wix's name of the method.
        operation: &'static str,
        /// The timeout that expired.
        timeout: Duration,
    },
    /// The call, its attempts and the waits between them together, did not end within the call
    /// timeout ([`ConfigBuilder::call_timeout`](crate::ConfigBuilder::call_timeout)).
    #[error("{operation}: no response within the call timeout of {timeout:?} ({attempts} attempts)")]
    CallTimeout {
        /// Wix's name of the method.
        operation: &'static str,
        /// The call timeout that expired.
        timeout: Duration,
        /// The attempts started, the one cut short among them.
        attempts: u32,
    },
    /// The server answered with a redirect (a 3xx status). Redirects are not followed, so that no
    /// credential or request body reaches another server: nothing was sent to `location`.
    #[error(
        "{operation}: the server redirected with HTTP {status} to `{}`; redirects are not followed",
        Excerpt::new(.location.as_deref().unwrap_or("(no Location)"), DETAIL_LIMIT)
    )]
    Redirect {
        /// Wix's name of the method.
        operation: &'static str,
        /// The HTTP status, 300 to 399.
        status: u16,
        /// The `Location` header, if the response had one.
        location: Option<String>,
    },
    /// The HTTP client given to [`ConfigBuilder::http_client`](crate::ConfigBuilder::http_client)
    /// followed a redirect, so the request went to `url` too; the answer from there is not used.
    /// Build that client with `redirect(reqwest::redirect::Policy::none())`.
    #[error(
        "{operation}: the HTTP client followed a redirect to `{}`; build it with \
         `redirect(reqwest::redirect::Policy::none())`",
        Excerpt::new(.url, DETAIL_LIMIT)
    )]
    RedirectFollowed {
        /// Wix's name of the method.
        operation: &'static str,
        /// The URL the answer came from.
        url: String,
    },
    /// A successful response's body is not the JSON the method returns.
    #[error(
        "{operation}: the body of the {status} response does not decode: {}",
        Excerpt::new(&.source.to_string(), DETAIL_LIMIT)
    )]
    Decode {
        /// Wix's name of the method.
        operation: &'static str,
        /// The HTTP status of the response.
        status: u16,
        /// What did not match.
        #[source]
        source: serde_json::Error,
        /// The start of the body, for diagnosis.
        body: String,
    },
    /// The response body is larger than the configured limit; it was not read to the end.
    #[error(
        "{operation}: the body of the {status} response exceeds the limit of {limit} bytes{}",
        RequestIdNote(.request_id.as_deref())
    )]
    BodyTooLarge {
        /// Wix's name of the method.
        operation: &'static str,
        /// The limit, in bytes.
        limit: usize,
        /// The HTTP status of the response.
        status: u16,
        /// Wix's request id (the `x-wix-request-id` header), to quote to Wix support.
        request_id: Option<String>,
    },
    /// While paging, the server gave a cursor it had given before; following it would loop forever,
    /// so the stream ends here.
    #[error(
        "{operation}: the server repeated the page cursor `{}`; paging stopped",
        Excerpt::new(.cursor, DETAIL_LIMIT)
    )]
    RepeatedCursor {
        /// Wix's name of the method.
        operation: &'static str,
        /// The repeated cursor.
        cursor: String,
    },
    /// While paging, a page said more items exist but gave no way to ask for them: no next cursor
    /// (`hasNext` is true, the cursor missing or empty), or, paging by offset, no items. Asking again
    /// would bring the same page, so the stream ends here.
    #[error("{operation}: page {page} says more items exist but {reason}; paging stopped")]
    PagingStalled {
        /// Wix's name of the method.
        operation: &'static str,
        /// The page at fault, counting from 1.
        page: u32,
        /// What the page lacks, e.g. `gives no next cursor`.
        reason: &'static str,
    },
    /// While paging, the stream read as many pages as
    /// [`ConfigBuilder::max_pages`](crate::ConfigBuilder::max_pages) allows, and the last said more
    /// exist. A server that keeps inventing pages would otherwise be followed forever.
    #[error(
        "{operation}: paging stopped after {max_pages} pages, the limit set by `ConfigBuilder::max_pages`"
    )]
    TooManyPages {
        /// Wix's name of the method.
        operation: &'static str,
        /// The limit, in pages.
        max_pages: u32,
    },
    /// The request was not sent because it cannot be built as given, for example a path param that
    /// is empty or `..`, which would change the route.
    #[error("{operation}: invalid request: {}", Excerpt::new(.reason, DETAIL_LIMIT))]
    InvalidRequest {
        /// Wix's name of the method.
        operation: &'static str,
        /// What is wrong.
        reason: String,
    },
}

impl<E: OperationError> Error<E> {
    /// Wix's error details, for a documented or an undocumented error status.
    pub fn service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(error) => Some(error.service_error()),
            Error::UnexpectedStatus(error) => Some(error),
            _ => None,
        }
    }
}

/// The error enum of one method. Implemented by the generated `<Method>Error` enums.
pub trait OperationError: Sized {
    /// The variant for `error`'s status, or `error` back when the method does not document it.
    #[doc(hidden)]
    fn from_service_error(error: ServiceError) -> Result<Self, ServiceError>;

    /// Wix's error details carried by the variant.
    fn service_error(&self) -> &ServiceError;
}

/// An error response from Wix: its status and the details of Wix's standard error body.
///
/// Wix's error body is `{"message": ..., "details": {"applicationError": {"code", "description",
/// "data"}}}` or, for invalid arguments, `details.validationError.fieldViolations`. Every part is
/// optional here: a body that is empty, not JSON or of another shape still gives a `ServiceError`,
/// with [`raw_body`](Self::raw_body) holding what came.
#[derive(Debug, Clone)]
pub struct ServiceError(Box<ServiceErrorParts>);

/// Boxed, so that results carrying a [`ServiceError`] stay small.
#[derive(Debug, Clone)]
struct ServiceErrorParts {
    operation: &'static str,
    status: u16,
    request_id: Option<String>,
    body: WixErrorBody,
    raw_body: String,
}

/// Wix's standard error body.
#[derive(Debug, Clone, Default, Deserialize)]
struct WixErrorBody {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    details: Option<WixErrorDetails>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WixErrorDetails {
    #[serde(default)]
    application_error: Option<ApplicationError>,
    #[serde(default)]
    validation_error: Option<ValidationError>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct ApplicationError {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    data: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ValidationError {
    #[serde(default)]
    field_violations: Vec<FieldViolation>,
}

/// One invalid argument, from Wix's `details.validationError.fieldViolations`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FieldViolation {
    /// The field at fault.
    #[serde(default)]
    pub field: Option<String>,
    /// What is wrong with it.
    #[serde(default)]
    pub description: Option<String>,
    /// The rule it broke.
    #[serde(default)]
    pub violated_rule: Option<String>,
    /// The rule's name, e.g. `VALIDATION_ERROR`.
    #[serde(default)]
    pub rule_name: Option<String>,
    /// Extra context.
    #[serde(default)]
    pub data: Option<serde_json::Value>,
}

/// How much of an error body is kept for [`ServiceError::raw_body`].
const RAW_BODY_LIMIT: usize = 4096;

impl ServiceError {
    pub(crate) fn new(operation: &'static str, status: u16, request_id: Option<String>, raw: &[u8]) -> Self {
        let body = serde_json::from_slice(raw).unwrap_or_default();
        ServiceError(Box::new(ServiceErrorParts {
            operation,
            status,
            request_id,
            body,
            raw_body: truncated_text(raw, RAW_BODY_LIMIT),
        }))
    }

    /// Wix's name of the method that failed, e.g. `connectByCredentials`.
    pub fn operation(&self) -> &'static str {
        self.0.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// Wix's request id (the `x-wix-request-id` header), to quote to Wix support.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The error's `message`.
    pub fn message(&self) -> Option<&str> {
        self.0.body.message.as_deref()
    }

    fn application_error(&self) -> Option<&ApplicationError> {
        self.0.body.details.as_ref()?.application_error.as_ref()
    }

    /// The application error code, e.g. `BAD_CREDENTIALS` (`details.applicationError.code`).
    pub fn code(&self) -> Option<&str> {
        self.application_error()?.code.as_deref()
    }

    /// The application error's description (`details.applicationError.description`).
    pub fn description(&self) -> Option<&str> {
        self.application_error()?.description.as_deref()
    }

    /// The application error's extra data (`details.applicationError.data`).
    pub fn data(&self) -> Option<&serde_json::Value> {
        self.application_error()?.data.as_ref()
    }

    /// The standard Wix error this status stands for, e.g. [`StandardError::NotFound`] for 404:
    /// useful for the statuses a method does not document.
    pub fn standard_error(&self) -> StandardError {
        StandardError::from_status(self.0.status)
    }

    /// The invalid arguments, for a validation error (`details.validationError.fieldViolations`).
    pub fn field_violations(&self) -> &[FieldViolation] {
        match self.0.body.details.as_ref().and_then(|details| details.validation_error.as_ref()) {
            Some(validation) => &validation.field_violations,
            None => &[],
        }
    }

    /// The response body as it came (its first 4 KiB), whatever its shape.
    pub fn raw_body(&self) -> &str {
        &self.0.raw_body
    }
}

/// Building errors as the server would send them, for tests of code that handles them.
#[cfg(feature = "test-util")]
impl ServiceError {
    /// An error of `operation` (Wix's name of the method, e.g. `getService`) with `status` and an
    /// empty body; the `with_` methods fill the body in.
    ///
    /// ```
    /// use wix_sdk::{ServiceError, StandardError};
    ///
    /// let error = ServiceError::from_status("getService", 404)
    ///     .with_code("SERVICE_NOT_FOUND")
    ///     .with_message("Service not found")
    ///     .with_request_id("1700000000.123");
    /// assert_eq!(error.standard_error(), StandardError::NotFound);
    /// assert_eq!(error.code(), Some("SERVICE_NOT_FOUND"));
    /// ```
    pub fn from_status(operation: &'static str, status: u16) -> Self {
        ServiceError::new(operation, status, None, b"")
    }

    /// Sets [`request_id`](Self::request_id).
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.0.request_id = Some(request_id.into());
        self
    }

    /// Sets [`message`](Self::message).
    #[must_use]
    pub fn with_message(self, message: impl Into<String>) -> Self {
        self.with_body(|body| body.message = Some(message.into()))
    }

    /// Sets [`code`](Self::code), which the method's error enum matches on.
    #[must_use]
    pub fn with_code(self, code: impl Into<String>) -> Self {
        self.with_application_error(|error| error.code = Some(code.into()))
    }

    /// Sets [`description`](Self::description).
    #[must_use]
    pub fn with_description(self, description: impl Into<String>) -> Self {
        self.with_application_error(|error| error.description = Some(description.into()))
    }

    /// Sets [`data`](Self::data).
    #[must_use]
    pub fn with_data(self, data: serde_json::Value) -> Self {
        self.with_application_error(|error| error.data = Some(data))
    }

    /// Sets [`field_violations`](Self::field_violations), as a validation error (status 400) has them.
    #[must_use]
    pub fn with_field_violations(self, violations: Vec<FieldViolation>) -> Self {
        self.with_body(|body| {
            let details = body.details.get_or_insert_with(WixErrorDetails::default);
            details.validation_error = Some(ValidationError { field_violations: violations });
        })
    }

    fn with_application_error(self, change: impl FnOnce(&mut ApplicationError)) -> Self {
        self.with_body(|body| {
            let details = body.details.get_or_insert_with(WixErrorDetails::default);
            change(details.application_error.get_or_insert_with(ApplicationError::default));
        })
    }

    /// Changes the body, and [`raw_body`](Self::raw_body) with it, so that both say the same.
    fn with_body(mut self, change: impl FnOnce(&mut WixErrorBody)) -> Self {
        change(&mut self.0.body);
        self.0.raw_body = wix_error_json(&self.0.body).to_string();
        self
    }
}

/// Wix's JSON of an error body: what the server would have sent for `body`.
#[cfg(feature = "test-util")]
fn wix_error_json(body: &WixErrorBody) -> serde_json::Value {
    let mut json = serde_json::json!({});
    if let Some(message) = &body.message {
        json["message"] = message.as_str().into();
    }
    let details = body.details.as_ref();
    if let Some(error) = details.and_then(|details| details.application_error.as_ref()) {
        let field = |value: &Option<String>| value.as_deref().map_or(serde_json::Value::Null, Into::into);
        json["details"]["applicationError"] = serde_json::json!({
            "code": field(&error.code),
            "description": field(&error.description),
            "data": error.data.clone().unwrap_or_default(),
        });
    }
    if let Some(validation) = details.and_then(|details| details.validation_error.as_ref()) {
        let violations: Vec<serde_json::Value> = validation
            .field_violations
            .iter()
            .map(|violation| {
                serde_json::json!({
                    "field": violation.field,
                    "description": violation.description,
                    "violatedRule": violation.violated_rule,
                    "ruleName": violation.rule_name,
                    "data": violation.data,
                })
            })
            .collect();
        json["details"]["validationError"] = serde_json::json!({ "fieldViolations": violations });
    }
    json
}

/// Building field violations, for tests of code that reads them.
#[cfg(feature = "test-util")]
impl FieldViolation {
    /// A violation of `field`, with what is wrong with it.
    pub fn new(field: impl Into<String>, description: impl Into<String>) -> Self {
        FieldViolation {
            field: Some(field.into()),
            description: Some(description.into()),
            ..FieldViolation::default()
        }
    }

    /// Sets [`violated_rule`](Self::violated_rule).
    #[must_use]
    pub fn with_violated_rule(mut self, violated_rule: impl Into<String>) -> Self {
        self.violated_rule = Some(violated_rule.into());
        self
    }

    /// Sets [`rule_name`](Self::rule_name), which a method's `violated_rules` reads.
    #[must_use]
    pub fn with_rule_name(mut self, rule_name: impl Into<String>) -> Self {
        self.rule_name = Some(rule_name.into());
        self
    }

    /// Sets [`data`](Self::data).
    #[must_use]
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = Some(data);
        self
    }
}

/// Building the errors a call returns, for tests of code that handles them. The other variants are
/// built as they are written: `Error::Timeout { operation: "getService", timeout }`.
#[cfg(feature = "test-util")]
impl<E: OperationError> Error<E> {
    /// The error a method returns for `error`: [`Error::Service`] with the variant the method
    /// documents for its status and code, or [`Error::UnexpectedStatus`], as a call decides.
    pub fn from_service_error(error: ServiceError) -> Self {
        match E::from_service_error(error) {
            Ok(documented) => Error::Service(documented),
            Err(undocumented) => Error::UnexpectedStatus(undocumented),
        }
    }

    /// A transport error of `operation` with this `kind`. Its source is a placeholder (the error
    /// of an invalid proxy URL), since reqwest builds its errors only itself; match on `kind`.
    pub fn transport(operation: &'static str, kind: TransportErrorKind) -> Self {
        match reqwest::Proxy::all("http://[") {
            Err(source) => Error::Transport { operation, kind, source },
            // An unclosed IPv6 host never parses; should reqwest ever accept it, the error still
            // names the operation and the kind.
            Ok(_) => Error::InvalidRequest { operation, reason: format!("transport error: {kind}") },
        }
    }
}

/// The standard errors any Wix method may return, by HTTP status, as Wix's error reference lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandardError {
    /// 400: the request is malformed or an argument is invalid; see
    /// [`ServiceError::field_violations`].
    InvalidArgument,
    /// 401: the caller is not authenticated.
    Unauthenticated,
    /// 403: the caller lacks a permission.
    PermissionDenied,
    /// 404: the resource does not exist.
    NotFound,
    /// 409: the resource already exists, or conflicts with another.
    AlreadyExists,
    /// 428: a precondition of the request is not met.
    FailedPrecondition,
    /// 429: too many requests; retry later.
    ResourceExhausted,
    /// 500: an internal server error.
    Internal,
    /// 501: the method is not implemented.
    Unimplemented,
    /// 503: the service is unavailable; retry later.
    Unavailable,
    /// 504: the server timed out.
    DeadlineExceeded,
    /// Any other status.
    Other(u16),
}

impl StandardError {
    /// The standard error of an HTTP status.
    pub fn from_status(status: u16) -> Self {
        match status {
            400 => StandardError::InvalidArgument,
            401 => StandardError::Unauthenticated,
            403 => StandardError::PermissionDenied,
            404 => StandardError::NotFound,
            409 => StandardError::AlreadyExists,
            428 => StandardError::FailedPrecondition,
            429 => StandardError::ResourceExhausted,
            500 => StandardError::Internal,
            501 => StandardError::Unimplemented,
            503 => StandardError::Unavailable,
            504 => StandardError::DeadlineExceeded,
            other => StandardError::Other(other),
        }
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.0.operation, self.0.status)?;
        if let Some(code) = self.code() {
            write!(f, " {}", Excerpt::new(code, ID_LIMIT))?;
        }
        match (self.message(), self.description()) {
            (Some(message), _) | (None, Some(message)) => {
                write!(f, ": {}", Excerpt::new(message, DETAIL_LIMIT))?
            }
            (None, None) => {}
        }
        write!(f, "{}", RequestIdNote(self.request_id()))
    }
}

impl std::error::Error for ServiceError {}

/// What failed below HTTP, in [`Error::Transport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The host name did not resolve.
    Dns,
    /// Nothing listens at the address: the connection was refused.
    ConnectionRefused,
    /// No connection was made within the connect timeout
    /// ([`ConfigBuilder::connect_timeout`](crate::ConfigBuilder::connect_timeout)).
    ConnectTimeout,
    /// No connection was made, for another reason (the error's cause tells which).
    Connect,
    /// The TLS handshake failed: the server's certificate is not trusted or not for this host, or
    /// the server does not speak TLS. Not retried: the next attempt would fail the same way.
    Tls,
    /// The server's answer is not HTTP.
    NotHttp,
    /// The connection closed or was reset before the response was complete.
    ConnectionClosed,
    /// Anything else.
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Dns => "the host name did not resolve",
            TransportErrorKind::ConnectionRefused => "the connection was refused",
            TransportErrorKind::ConnectTimeout => "no connection within the connect timeout",
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Tls => "TLS failed (certificate or handshake)",
            TransportErrorKind::NotHttp => "the server's answer is not HTTP",
            TransportErrorKind::ConnectionClosed => "the connection closed before the response was complete",
            TransportErrorKind::Other => "the request failed",
        })
    }
}

impl TransportErrorKind {
    /// What `error` says failed, from the errors it wraps: reqwest's own flags only say "connect" or
    /// "body", and its `Display` only "error sending request".
    pub(crate) fn of(error: &reqwest::Error) -> Self {
        use std::io::ErrorKind;
        let io_kind = |kinds: &[ErrorKind]| {
            causes(error).any(|cause| {
                cause.downcast_ref::<std::io::Error>().is_some_and(|io| kinds.contains(&io.kind()))
            })
        };
        // hyper's error is told by its `Debug`, `hyper::Error(Parse(Version))`: naming its type would
        // take a dependency on hyper, and so one more name that API modules cannot have.
        let hyper = |kind: &str| {
            causes(error).any(|cause| format!("{cause:?}").starts_with(&format!("hyper::Error({kind}")))
        };
        if causes(error).any(is_tls_failure) {
            TransportErrorKind::Tls
        } else if error.is_connect() && error.is_timeout() {
            TransportErrorKind::ConnectTimeout
        } else if error.is_connect() && io_kind(&[ErrorKind::ConnectionRefused]) {
            TransportErrorKind::ConnectionRefused
        } else if error.is_connect() && causes(error).any(|cause| cause.to_string() == "dns error") {
            // hyper-util's connector says "dns error", and puts the resolver's error under it.
            TransportErrorKind::Dns
        } else if error.is_connect() {
            TransportErrorKind::Connect
        } else if hyper("Parse(") {
            TransportErrorKind::NotHttp
        } else if hyper("IncompleteMessage")
            || hyper("ChannelClosed")
            || io_kind(&[
                ErrorKind::ConnectionReset,
                ErrorKind::ConnectionAborted,
                ErrorKind::UnexpectedEof,
                ErrorKind::BrokenPipe,
            ])
        {
            TransportErrorKind::ConnectionClosed
        } else {
            TransportErrorKind::Other
        }
    }
}

/// Whether `cause` is the TLS backend's own error: a handshake or certificate failure.
fn is_tls_failure(cause: &(dyn std::error::Error + 'static)) -> bool {
    #[cfg(any(feature = "rustls-ring", feature = "rustls-aws-lc"))]
    if cause.is::<rustls::Error>() {
        return true;
    }
    #[cfg(feature = "native-tls")]
    if cause.is::<native_tls::Error>() {
        return true;
    }
    let _ = cause;
    false
}

/// `error` and the errors under it: its chain of sources, into the errors an `io::Error` wraps,
/// which its own `source` skips (tokio-rustls wraps rustls' error in one, hyper-util that in another).
fn causes<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(error), |cause| {
        match cause.downcast_ref::<std::io::Error>().and_then(std::io::Error::get_ref) {
            Some(wrapped) => Some(wrapped as &(dyn std::error::Error + 'static)),
            None => cause.source(),
        }
    })
}

/// The message of the error at the bottom of `error`'s causes: the one that says what happened
/// ("Connection refused", "invalid peer certificate: UnknownIssuer").
fn innermost_cause(error: &(dyn std::error::Error + 'static)) -> String {
    causes(error).last().unwrap_or(error).to_string()
}

/// How many characters of a server's message, cursor, URL or a cause an error's `Display` shows.
const DETAIL_LIMIT: usize = 256;

/// How many characters of a code or request id an error's `Display` shows.
const ID_LIMIT: usize = 100;

/// Text shown in an error's `Display` that a server chose, and so may be of any length or hold
/// line breaks: at most `limit` characters, control characters escaped, and a mark with the full
/// length where it is cut.
pub(crate) struct Excerpt<'a> {
    text: &'a str,
    limit: usize,
}

impl<'a> Excerpt<'a> {
    pub(crate) fn new(text: &'a str, limit: usize) -> Self {
        Excerpt { text, limit }
    }
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for (shown, character) in self.text.chars().enumerate() {
            if shown == self.limit {
                return write!(f, "… [cut; {} bytes in all]", self.text.len());
            }
            match character.is_control() {
                true => write!(f, "{}", character.escape_default())?,
                false => f.write_char(character)?,
            }
        }
        Ok(())
    }
}

/// ` (request id …)` after an error's text, or nothing without a request id.
struct RequestIdNote<'a>(Option<&'a str>);

impl fmt::Display for RequestIdNote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(request_id) => write!(f, " (request id {})", Excerpt::new(request_id, ID_LIMIT)),
            None => Ok(()),
        }
    }
}

/// The first `limit` bytes of `raw` as text, cut at a character boundary.
pub(crate) fn truncated_text(raw: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(limit)]);
    let text = text.trim_end_matches('\u{fffd}');
    if raw.len() > limit { format!("{text}…") } else { text.to_string() }
}

/// A failure before any method-specific decoding; becomes an [`Error`] of any method.
#[derive(Debug)]
pub(crate) enum Failure {
    Transport { operation: &'static str, kind: TransportErrorKind, source: reqwest::Error },
    Timeout { operation: &'static str, timeout: Duration },
    CallTimeout { operation: &'static str, timeout: Duration, attempts: u32 },
    Redirect { operation: &'static str, status: u16, location: Option<String> },
    RedirectFollowed { operation: &'static str, url: String },
    BodyTooLarge { operation: &'static str, limit: usize, status: u16, request_id: Option<String> },
    InvalidRequest { operation: &'static str, reason: String },
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Transport { operation, kind, source } => Error::Transport { operation, kind, source },
            Failure::Timeout { operation, timeout } => Error::Timeout { operation, timeout },
            Failure::CallTimeout { operation, timeout, attempts } => {
                Error::CallTimeout { operation, timeout, attempts }
            }
            Failure::Redirect { operation, status, location } => {
                Error::Redirect { operation, status, location }
            }
            Failure::RedirectFollowed { operation, url } => Error::RedirectFollowed { operation, url },
            Failure::BodyTooLarge { operation, limit, status, request_id } => {
                Error::BodyTooLarge { operation, limit, status, request_id }
            }
            Failure::InvalidRequest { operation, reason } => Error::InvalidRequest { operation, reason },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::errors::{RefundError, VoidError};

    fn service_error(status: u16, code: Option<&str>) -> ServiceError {
        let body = match code {
            Some(code) => {
                format!(r#"{{"message": "m", "details": {{"applicationError": {{"code": "{code}"}}}}}}"#)
            }
            None => r#"{"message": "m"}"#.to_string(),
        };
        ServiceError::new("refund", status, None, body.as_bytes())
    }

    #[test]
    fn codes_without_a_documented_status_are_matched_whatever_the_status() {
        let error = RefundError::from_service_error(service_error(418, Some("ALREADY_REFUNDED")));
        assert!(matches!(error, Ok(RefundError::AlreadyRefunded(_))), "{error:?}");
        let error = RefundError::from_service_error(service_error(500, Some("REFUND_WINDOW_CLOSED")));
        assert!(matches!(error, Ok(RefundError::RefundWindowClosed(_))), "{error:?}");
        let error = RefundError::from_service_error(service_error(400, Some("SOMETHING_ELSE")));
        assert!(error.is_err(), "an undocumented code stays an unexpected status: {error:?}");
    }

    #[test]
    fn codes_with_and_without_statuses_and_statuses_share_one_enum() {
        let error = VoidError::from_service_error(service_error(409, Some("ALREADY_SETTLED")));
        assert!(matches!(error, Ok(VoidError::AlreadySettled(_))), "{error:?}");
        let error = VoidError::from_service_error(service_error(404, Some("PAYMENT_NOT_FOUND")));
        assert!(matches!(error, Ok(VoidError::PaymentNotFound(_))), "{error:?}");
        let error = VoidError::from_service_error(service_error(404, None));
        assert!(matches!(error, Ok(VoidError::NotFound(_))), "{error:?}");
        let error = VoidError::from_service_error(service_error(409, None));
        assert!(error.is_err(), "{error:?}");
    }

    #[test]
    fn every_errors_text_is_short_whatever_the_server_sent() {
        let huge = "x".repeat(1024 * 1024);
        let errors: [Error<std::convert::Infallible>; 5] = [
            Error::RepeatedCursor { operation: "listEvents", cursor: huge.clone() },
            Error::InvalidRequest { operation: "getConnection", reason: huge.clone() },
            Error::Redirect { operation: "getConnection", status: 307, location: Some(huge.clone()) },
            Error::RedirectFollowed { operation: "getConnection", url: huge.clone() },
            Error::BodyTooLarge {
                operation: "getConnection",
                limit: 1,
                status: 200,
                request_id: Some(huge.clone()),
            },
        ];
        for error in errors {
            let text = error.to_string();
            assert!(text.len() < 512, "{} bytes: {text}", text.len());
            assert!(text.contains("[cut; 1048576 bytes in all]"), "{text}");
        }
    }

    #[test]
    fn excerpts_escape_control_characters_and_mark_where_they_cut() {
        assert_eq!(Excerpt::new("two\nlines \u{1b}[31mred", 100).to_string(), "two\\nlines \\u{1b}[31mred");
        assert_eq!(Excerpt::new("ab€def", 3).to_string(), "ab€… [cut; 8 bytes in all]");
        assert_eq!(Excerpt::new("abc", 3).to_string(), "abc", "no mark when nothing is cut");
    }

    /// A client of `server`, which it calls without retrying.
    fn loopback_config(server: &wiremock::MockServer) -> crate::Config {
        crate::Config::builder(crate::Credentials::access_token("token"))
            .base_url(server.uri())
            .retry(crate::RetryPolicy::disabled())
            .build()
            .expect("the config builds")
    }

    /// A 400 body as Wix sends it: a custom rule that is listed, a generic check, and a custom rule
    /// this version of the crate does not know.
    fn validation_error_body() -> serde_json::Value {
        serde_json::json!({
            "message": "INVALID_ARGUMENT: service is invalid",
            "details": {"validationError": {"fieldViolations": [
                {"field": "service.form", "description": "no such form", "violatedRule": "OTHER", "ruleName": "INVALID_FORM"},
                {"field": "service.name", "description": "must not be empty", "violatedRule": "REQUIRED_FIELD"},
                {"field": "service.payment", "description": "not allowed", "violatedRule": "OTHER", "ruleName": "INVALID_DEPOSIT"}
            ]}}
        })
    }

    #[tokio::test]
    async fn a_400_response_lands_in_the_added_variant_with_its_rules_typed() {
        use crate::fixtures::validation_rules::{
            Client, CreateServiceError, CreateServiceRequest, CreateServiceValidationRule, Service,
        };
        use wiremock::matchers::{body_json, method, path};
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(method("POST"))
            .and(path("/v1/services"))
            .and(body_json(serde_json::json!({"service": {"name": "Yoga"}})))
            .respond_with(wiremock::ResponseTemplate::new(400).set_body_json(validation_error_body()))
            .expect(1)
            .mount(&server)
            .await;
        let client = Client::new(&loopback_config(&server));

        let request = CreateServiceRequest::new(Service::new().with_name("Yoga"));
        let error = client.create_service(&request).await.expect_err("the server answers 400");

        let Error::Service(error @ CreateServiceError::InvalidArgument(_)) = error else {
            panic!("a 400 is the added `InvalidArgument` variant: {error:?}");
        };
        let rules: Vec<(CreateServiceValidationRule, Option<&str>)> =
            error.violated_rules().map(|(rule, violation)| (rule, violation.field.as_deref())).collect();
        assert_eq!(
            rules,
            [
                (CreateServiceValidationRule::InvalidForm, Some("service.form")),
                (CreateServiceValidationRule::from("INVALID_DEPOSIT"), Some("service.payment")),
            ]
        );
        assert!(
            matches!(&rules[1].0, CreateServiceValidationRule::Unknown(rule) if rule.as_str() == "INVALID_DEPOSIT")
        );
        assert_eq!(error.service_error().field_violations().len(), 3, "the generic check stays readable");
    }

    #[tokio::test]
    async fn a_documented_400_holds_the_rules_and_other_errors_have_none() {
        use crate::fixtures::validation_rules::{
            Client, CreateServiceError, CreateServiceRequest, Service, UpdateServiceError,
            UpdateServiceRequest, UpdateServiceValidationRule,
        };
        use wiremock::matchers::{method, path};
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(method("PATCH"))
            .and(path("/v1/services/svc-1"))
            .respond_with(wiremock::ResponseTemplate::new(400).set_body_json(validation_error_body()))
            .mount(&server)
            .await;
        wiremock::Mock::given(method("POST"))
            .and(path("/v1/services"))
            .respond_with(
                wiremock::ResponseTemplate::new(409).set_body_json(serde_json::json!({"message": "exists"})),
            )
            .mount(&server)
            .await;
        let client = Client::new(&loopback_config(&server));

        let request = UpdateServiceRequest::new("svc-1", Service::new());
        let error = client.update_service(&request).await.expect_err("the server answers 400");
        let Error::Service(error @ UpdateServiceError::BadRequest(_)) = error else {
            panic!("a 400 without a code is the documented status's variant: {error:?}");
        };
        let rules: Vec<UpdateServiceValidationRule> = error.violated_rules().map(|(rule, _)| rule).collect();
        assert_eq!(
            rules,
            [UpdateServiceValidationRule::InvalidForm, UpdateServiceValidationRule::from("INVALID_DEPOSIT")]
        );

        let request = CreateServiceRequest::new(Service::new());
        let error = client.create_service(&request).await.expect_err("the server answers 409");
        let Error::Service(error @ CreateServiceError::AlreadyExists(_)) = error else {
            panic!("a 409 is the documented status's variant: {error:?}");
        };
        assert_eq!(error.violated_rules().count(), 0);
    }

    #[cfg(feature = "test-util")]
    #[test]
    fn a_built_service_error_reads_as_the_same_error_received_from_its_raw_body() {
        let built = ServiceError::from_status("refund", 400)
            .with_request_id("req-1")
            .with_message("bad amount")
            .with_code("AMOUNT_TOO_LARGE")
            .with_description("the amount exceeds the payment")
            .with_data(serde_json::json!({"max": 10}))
            .with_field_violations(vec![
                FieldViolation::new("amount", "too large").with_rule_name("MAX").with_violated_rule("max"),
            ]);

        let received = ServiceError::new("refund", 400, Some("req-1".into()), built.raw_body().as_bytes());

        for error in [&built, &received] {
            assert_eq!(error.request_id(), Some("req-1"));
            assert_eq!(error.message(), Some("bad amount"));
            assert_eq!(error.code(), Some("AMOUNT_TOO_LARGE"));
            assert_eq!(error.description(), Some("the amount exceeds the payment"));
            assert_eq!(error.data(), Some(&serde_json::json!({"max": 10})));
            assert_eq!(error.standard_error(), StandardError::InvalidArgument);
            let [violation] = error.field_violations() else { panic!("one violation: {error:?}") };
            assert_eq!(violation.field.as_deref(), Some("amount"));
            assert_eq!(violation.rule_name.as_deref(), Some("MAX"));
            assert_eq!(violation.violated_rule.as_deref(), Some("max"));
        }
        assert_eq!(built.to_string(), received.to_string());
    }

    #[cfg(feature = "test-util")]
    #[test]
    fn a_built_error_lands_in_the_variant_a_call_would_give() {
        let documented = ServiceError::from_status("refund", 409).with_code("ALREADY_REFUNDED");
        assert!(matches!(
            Error::<RefundError>::from_service_error(documented),
            Error::Service(RefundError::AlreadyRefunded(_))
        ));
        let undocumented = ServiceError::from_status("refund", 404);
        assert!(matches!(Error::<RefundError>::from_service_error(undocumented), Error::UnexpectedStatus(_)));
        let transport = Error::<RefundError>::transport("refund", TransportErrorKind::Dns);
        let Error::Transport { operation, kind, .. } = &transport else { panic!("{transport:?}") };
        assert_eq!((*operation, *kind), ("refund", TransportErrorKind::Dns));
        assert!(transport.to_string().starts_with("refund: the host name did not resolve: "), "{transport}");
    }
}
