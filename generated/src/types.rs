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
