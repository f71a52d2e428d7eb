//! Serde functions generated code calls.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};

/// An enum value's text, borrowed from the input where it can be.
pub(crate) fn enum_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Cow<'de, str>, D::Error> {
    Cow::<'de, str>::deserialize(deserializer)
}
