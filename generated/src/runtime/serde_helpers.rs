//! Serde functions named by generated `#[serde(...)]` attributes.

use std::borrow::Cow;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serializer};

/// Sends a secret's value: the only place a secret leaves its wrapper, into the request body.
pub(crate) fn expose_secret<S: Serializer>(secret: &SecretString, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(secret.expose_secret())
}

/// [`expose_secret`] for an optional secret.
#[allow(dead_code, reason = "used by the specs that have optional secrets")]
pub(crate) fn expose_optional_secret<S: Serializer>(
    secret: &Option<SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match secret {
        Some(secret) => expose_secret(secret, serializer),
        None => serializer.serialize_none(),
    }
}

/// An enum value's text, borrowed from the input where it can be.
pub(crate) fn enum_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Cow<'de, str>, D::Error> {
    Cow::<'de, str>::deserialize(deserializer)
}
