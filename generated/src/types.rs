//! Value types used by generated code: typed formats and the catch-all of enums.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An RFC 3339 date-time, in UTC.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Any JSON value, where the API leaves its shape free (a WQL filter, an application error's
/// `data`). Build one with [`json!`](crate::json).
pub type Json = serde_json::Value;

/// A JSON object with any keys, as Wix's typings write `Record<string, any>` (`extendedFields`
/// namespaces, say).
pub type JsonObject = serde_json::Map<String, serde_json::Value>;

/// A value of a field that a request can clear: [`Nullable::Null`] is sent as JSON `null`, which tells
/// Wix to remove the value.
///
/// A field the API lets a request clear is an `Option<Nullable<T>>`: `None` is unset, left out of the
/// JSON as every optional field is (so an update leaves the value as it is); `Some(Nullable::Null)` is
/// sent as `null` (cleared); `Some(Nullable::Value(value))` is sent as the value. The builder of a type
/// that is sent has a `with_` setter for a value and a `clear_` setter for `null`. The outer `Option`
/// means what it means on every other optional field; `Option<Option<T>>` would say "clear" as
/// `Some(None)`, which does not read as what it does.
///
/// A `null` in a response decodes as `None`, as a missing field does: read, both say the field holds no
/// value, so `Null` keeps one meaning, a request to clear.
///
/// ```
/// use wix_sdk::Nullable;
///
/// let cleared: Option<Nullable<String>> = Some(Nullable::Null);
/// assert_eq!(wix_sdk::json!({ "description": cleared }), wix_sdk::json!({ "description": null }));
/// let set = Some(Nullable::Value("Yoga".to_string()));
/// assert_eq!(set.as_ref().and_then(Nullable::as_value).map(String::as_str), Some("Yoga"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// Sent as `null`: the value is cleared.
    Null,
    /// Sent as the value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, or `None` for [`Nullable::Null`].
    pub fn as_value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// The value, or `None` for [`Nullable::Null`].
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

/// An enum value this version of the crate does not know, kept as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownValue(String);

impl UnknownValue {
    #[allow(dead_code, reason = "only API modules with enums make unknown values")]
    pub(crate) fn new(value: &str) -> Self {
        UnknownValue(value.to_string())
    }

    /// The value as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address (Wix's format `EMAIL`), checked when it is built, so a malformed address is
/// caught before any request is sent.
///
/// ```
/// let email: wix_sdk::Email = "someone@example.com".parse()?;
/// assert!("not an address".parse::<wix_sdk::Email>().is_err());
/// # Ok::<(), wix_sdk::InvalidEmail>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why text is not an [`Email`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{address}` is not an email address: {reason}")]
pub struct InvalidEmail {
    address: String,
    reason: String,
}

impl FromStr for Email {
    type Err = InvalidEmail;

    fn from_str(address: &str) -> Result<Self, InvalidEmail> {
        email_address::EmailAddress::from_str(address)
            .map(|_| Email(address.to_string()))
            .map_err(|error| InvalidEmail { address: address.to_string(), reason: error.to_string() })
    }
}

impl TryFrom<&str> for Email {
    type Error = InvalidEmail;

    fn try_from(address: &str) -> Result<Self, InvalidEmail> {
        address.parse()
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Addresses from the server are taken as they come: a server that is laxer than this check must not
/// make a response fail to decode.
impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Email)
    }
}

#[cfg(test)]
mod tests {
    use super::Nullable;
    use crate::fixtures::nullable::{Category, Client, Service, Status, UpdateServiceRequest};
    use serde_json::json;

    #[tokio::test]
    async fn an_update_sends_cleared_fields_as_null_and_leaves_unset_ones_out() {
        use wiremock::matchers::{body_json, method, path};
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(method("PATCH"))
            .and(path("/v1/services/svc-1"))
            .and(body_json(json!({
                "service": {"name": "Yoga", "description": null, "defaultCapacity": 12, "category": null, "status": "PAUSED"},
                "webhookSecret": null
            })))
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(json!({
                "service": {"id": "svc-1", "name": "Yoga", "description": null, "defaultCapacity": 12,
                            "bookingCount": "9007199254740993", "status": "PAUSED"},
                "note": null
            })))
            .expect(1)
            .mount(&server)
            .await;
        let config = crate::Config::builder(crate::Credentials::access_token("token"))
            .base_url(server.uri())
            .build()
            .expect("the config builds");
        let service = Service::new()
            .with_name("Yoga")
            .clear_description()
            .with_default_capacity(12)
            .clear_category()
            .with_status(Status::Paused);
        let request = UpdateServiceRequest::new("svc-1", service).clear_webhook_secret();

        let response = Client::new(&config).update_service(&request).await.expect("the call succeeds");

        let service = response.service.expect("the service comes back");
        assert_eq!(service.description, None, "a `null` from the server decodes as unset");
        assert_eq!(service.default_capacity, Some(Nullable::Value(12)));
        assert_eq!(service.booking_count, Some(Nullable::Value(9_007_199_254_740_993)));
        assert_eq!(service.status.as_ref().and_then(Nullable::as_value), Some(&Status::Paused));
        assert_eq!(service.category, None);
        assert_eq!(response.note, None);
    }

    #[test]
    fn values_are_sent_as_themselves_and_setting_after_clearing_wins() {
        let service = Service::new().clear_category().with_category(Category::new("c-1")).clear_status();
        let request = UpdateServiceRequest::new("svc-1", service).with_webhook_secret("s3cret");
        let body = serde_json::to_value(&request).expect("serializes");
        assert_eq!(
            body,
            json!({"service": {"category": {"id": "c-1"}, "status": null}, "webhookSecret": "s3cret"})
        );
        assert!(!format!("{request:?}").contains("s3cret"), "a nullable secret is still redacted");
    }

    #[test]
    fn nullable_reads_its_value() {
        assert_eq!(Nullable::Value(3).as_value(), Some(&3));
        assert_eq!(Nullable::<i32>::Null.as_value(), None);
        assert_eq!(Nullable::Value("x").into_value(), Some("x"));
        assert_eq!(Nullable::<&str>::Null.into_value(), None);
    }
}
