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
    /// The request could not be sent or the response not received: DNS, connection, TLS, or a body
    /// cut short.
    #[error("{operation}: the request failed before a complete response arrived: {source}")]
    Transport {
        /// Wix's name of the method, e.g. `connectByCredentials`.
        operation: &'static str,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// No complete response arrived within the configured timeout.
    #[error("{operation}: no response within {timeout:?}")]
    Timeout {
        /// Wix's name of the method.
        operation: &'static str,
        /// The timeout that expired.
        timeout: Duration,
    },
    /// A successful response's body is not the JSON the method returns.
    #[error("{operation}: the body of the {status} response does not decode: {source}")]
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
    #[error("{operation}: the response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// Wix's name of the method.
        operation: &'static str,
        /// The limit, in bytes.
        limit: usize,
    },
    /// While paging, the server gave a cursor it had given before; following it would loop forever,
    /// so the stream ends here.
    #[error("{operation}: the server repeated the page cursor `{cursor}`; paging stopped")]
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
    #[error("{operation}: invalid request: {reason}")]
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
            write!(f, " {code}")?;
        }
        match (self.message(), self.description()) {
            (Some(message), _) | (None, Some(message)) => write!(f, ": {message}")?,
            (None, None) => {}
        }
        if let Some(request_id) = self.request_id() {
            write!(f, " (request id {request_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The first `limit` bytes of `raw` as text, cut at a character boundary.
pub(crate) fn truncated_text(raw: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(limit)]);
    let text = text.trim_end_matches('\u{fffd}');
    if raw.len() > limit { format!("{text}…") } else { text.to_string() }
}

/// A failure before any method-specific decoding; becomes an [`Error`] of any method.
#[derive(Debug)]
pub(crate) enum Failure {
    Transport { operation: &'static str, source: reqwest::Error },
    Timeout { operation: &'static str, timeout: Duration },
    BodyTooLarge { operation: &'static str, limit: usize },
    InvalidRequest { operation: &'static str, reason: String },
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Transport { operation, source } => Error::Transport { operation, source },
            Failure::Timeout { operation, timeout } => Error::Timeout { operation, timeout },
            Failure::BodyTooLarge { operation, limit } => Error::BodyTooLarge { operation, limit },
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
}
