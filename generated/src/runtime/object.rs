//! Reading and writing the JSON objects of generated structs, one field at a time.
//!
//! Generated types implement `Serialize` and `Deserialize` with a few calls into these two types
//! instead of serde's derives. What a derive would expand into for every struct (a field visitor, a
//! map visitor, a sequence visitor) is written here once; a struct's impl only names its fields, and
//! the generic calls are shared by every field of the same type. For an API of a thousand methods,
//! that is most of what the crate costs to compile.

use serde::de::DeserializeOwned;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::int64::Int64Json;

/// The fields of a JSON object, taken out one by one by a generated `Deserialize` impl. Fields it
/// does not take (those the server added since) are ignored.
///
/// Reading a field does not fail: a field that is missing or does not decode is `None`, and the
/// first such problem is kept for [`Reader::finish`]. So a generated impl is a list of calls with no
/// early return after each, which is much less for the compiler to check than a `?` per field.
pub(crate) struct Reader {
    fields: Map<String, Value>,
    problem: Option<Problem>,
}

/// Why an object did not decode.
enum Problem {
    Missing(&'static str),
    Invalid(String),
}

impl Reader {
    /// Reads the object; anything but an object is an error.
    pub(crate) fn new<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(|fields| Reader { fields, problem: None })
    }

    fn take(&mut self, key: &str) -> Option<Value> {
        self.fields.remove(key).filter(|value| !value.is_null())
    }

    fn keep(&mut self, problem: Problem) {
        self.problem.get_or_insert(problem);
    }

    /// A field that is always present: `None` when it is missing or does not decode.
    pub(crate) fn required<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<T> {
        let value = self.take(key);
        if value.is_none() {
            self.keep(Problem::Missing(key));
        }
        self.decode(key, value?)
    }

    /// A field that may be missing or null.
    pub(crate) fn optional<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<T> {
        let value = self.take(key)?;
        self.decode(key, value)
    }

    /// A list or map, empty when missing or null.
    pub(crate) fn collection<T: DeserializeOwned + Default>(&mut self, key: &'static str) -> T {
        self.optional(key).unwrap_or_default()
    }

    /// A required `json` field: any JSON value, `null` when missing, as proto3's JSON leaves out a
    /// value that is null.
    #[allow(dead_code, reason = "used by the specs that have required json fields in responses")]
    pub(crate) fn json(&mut self, key: &'static str) -> Value {
        self.fields.remove(key).unwrap_or(Value::Null)
    }

    /// A field of `int64`s that is always present: an `i64`, or a list or map of them (see
    /// [`Int64Json`]). `None` when it is missing or does not decode.
    #[allow(dead_code, reason = "used by the specs that have required int64 fields in responses")]
    pub(crate) fn required_int64<T: Int64Json>(&mut self, key: &'static str) -> Option<T> {
        let value = self.take(key);
        if value.is_none() {
            self.keep(Problem::Missing(key));
        }
        self.decode_int64(key, value?)
    }

    /// A field of `int64`s that may be missing or null.
    #[allow(dead_code, reason = "used by the specs that have optional int64 fields in responses")]
    pub(crate) fn optional_int64<T: Int64Json>(&mut self, key: &'static str) -> Option<T> {
        let value = self.take(key)?;
        self.decode_int64(key, value)
    }

    /// A list or map of `int64`s, empty when missing or null.
    #[allow(dead_code, reason = "used by the specs that have lists or maps of int64 in responses")]
    pub(crate) fn int64_collection<T: Int64Json + Default>(&mut self, key: &'static str) -> T {
        self.optional_int64(key).unwrap_or_default()
    }

    /// The first of `keys` that is present, with its value: the chosen field of a oneof group.
    #[allow(dead_code, reason = "used by the specs that have oneof groups")]
    pub(crate) fn one_of(&mut self, keys: &[&'static str]) -> Option<(&'static str, Value)> {
        keys.iter().find_map(|&key| Some((key, self.take(key)?)))
    }

    /// A field's value, read as `T`: `None` when it does not decode.
    pub(crate) fn decode<T: DeserializeOwned>(&mut self, key: &'static str, value: Value) -> Option<T> {
        T::deserialize(value)
            .map_err(|error| self.keep(Problem::Invalid(format!("field `{key}`: {error}"))))
            .ok()
    }

    /// A field's value of `int64`s, each a string of digits or a number: `None` when it does not decode.
    pub(crate) fn decode_int64<T: Int64Json>(&mut self, key: &'static str, value: Value) -> Option<T> {
        T::from_json(value)
            .map_err(|problem| self.keep(Problem::Invalid(format!("field `{key}`: {problem}"))))
            .ok()
    }

    /// The object built from the fields read, or the first problem met reading them.
    pub(crate) fn finish<T, E: serde::de::Error>(self, value: T) -> Result<T, E> {
        match self.problem {
            None => Ok(value),
            Some(problem) => Err(problem.into_error()),
        }
    }

    /// The problem that left a required field `None`.
    #[allow(dead_code, reason = "used by the specs that have required fields in responses")]
    pub(crate) fn failed<T, E: serde::de::Error>(self) -> Result<T, E> {
        Err(self.problem.unwrap_or(Problem::Invalid("a required field is missing".into())).into_error())
    }
}

impl Problem {
    fn into_error<E: serde::de::Error>(self) -> E {
        match self {
            Problem::Missing(key) => E::missing_field(key),
            Problem::Invalid(message) => E::custom(message),
        }
    }
}

/// The fields of a JSON object, put in one by one by a generated `Serialize` impl. Missing optional
/// fields and empty collections are left out, as Wix leaves them out.
#[derive(Default)]
pub(crate) struct Writer {
    fields: Map<String, Value>,
    error: Option<serde_json::Error>,
}

impl Writer {
    pub(crate) fn new() -> Self {
        Writer::default()
    }

    /// A field that is always written.
    pub(crate) fn required<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        match serde_json::to_value(value) {
            Ok(value) => {
                self.fields.insert(key.to_string(), value);
            }
            Err(error) => {
                self.error.get_or_insert(error);
            }
        }
    }

    /// A field of `int64`s that is always written, each as a string of digits (see [`Int64Json`]).
    #[allow(dead_code, reason = "used by the specs that send required int64 fields")]
    pub(crate) fn required_int64<T: Int64Json>(&mut self, key: &str, value: &T) {
        self.fields.insert(key.to_string(), value.to_json());
    }

    /// A field of `int64`s written only when set: not `None`, nor an empty list or map.
    #[allow(dead_code, reason = "used by the specs that send optional int64 fields")]
    pub(crate) fn optional_int64<T: Int64Json>(&mut self, key: &str, value: &T) {
        if !value.is_unset() {
            self.required_int64(key, value);
        }
    }

    /// A field written only when present.
    pub(crate) fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.required(key, value);
        }
    }

    /// A list, written only when not empty.
    pub(crate) fn list<T: Serialize>(&mut self, key: &str, value: &[T]) {
        if !value.is_empty() {
            self.required(key, value);
        }
    }

    /// A map, written only when not empty.
    #[allow(dead_code, reason = "used by the specs that send maps")]
    pub(crate) fn map<T: Serialize>(&mut self, key: &str, value: &std::collections::BTreeMap<String, T>) {
        if !value.is_empty() {
            self.required(key, value);
        }
    }

    /// A secret, written as its value: the only place a secret leaves its wrapper.
    #[allow(dead_code, reason = "used by the specs that send secrets")]
    pub(crate) fn secret(&mut self, key: &str, value: &secrecy::SecretString) {
        self.required(key, secrecy::ExposeSecret::expose_secret(value));
    }

    /// An optional secret.
    #[allow(dead_code, reason = "used by the specs that send optional secrets")]
    pub(crate) fn optional_secret(&mut self, key: &str, value: &Option<secrecy::SecretString>) {
        if let Some(value) = value {
            self.secret(key, value);
        }
    }

    /// An optional secret that a request can clear: `null` for [`crate::Nullable::Null`].
    #[allow(dead_code, reason = "used by the specs that send nullable secrets")]
    pub(crate) fn nullable_secret(
        &mut self,
        key: &str,
        value: &Option<crate::Nullable<secrecy::SecretString>>,
    ) {
        match value {
            Some(crate::Nullable::Value(secret)) => self.secret(key, secret),
            Some(crate::Nullable::Null) => {
                self.fields.insert(key.to_string(), Value::Null);
            }
            None => {}
        }
    }

    /// Writes the object.
    pub(crate) fn finish<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.error {
            Some(error) => Err(S::Error::custom(error)),
            None => self.fields.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::scalars::Sample;

    #[test]
    fn int64_fields_decode_from_numbers_and_strings() {
        let sample: Sample =
            serde_json::from_str(r#"{"total": "9007199254740993", "count": 3}"#).expect("decodes");
        assert_eq!(sample.total, Some(9_007_199_254_740_993));
        let sample: Sample = serde_json::from_str(r#"{"total": -5}"#).expect("decodes");
        assert_eq!(sample.total, Some(-5));
        let error = serde_json::from_str::<Sample>(r#"{"total": "5x"}"#).expect_err("not a number");
        assert!(error.to_string().contains("field `total`: `5x` is not a 64-bit integer"), "{error}");
    }

    #[test]
    fn missing_and_null_optional_fields_are_none_and_unknown_fields_are_ignored() {
        let sample: Sample =
            serde_json::from_str(r#"{"name": null, "added": {"later": true}}"#).expect("decodes");
        assert_eq!(sample.name, None);
        assert_eq!(sample.count, None);
    }

    #[test]
    fn a_field_of_the_wrong_type_is_named() {
        let error = serde_json::from_str::<Sample>(r#"{"count": "three"}"#).expect_err("not a number");
        assert!(error.to_string().starts_with("field `count`:"), "{error}");
    }

    #[test]
    fn required_fields_decode_and_the_first_problem_is_reported() {
        use crate::fixtures::keywords::Item;
        let item: Item =
            serde_json::from_str(r#"{"object": "o", "value": 2, "type": "t"}"#).expect("decodes");
        assert_eq!((item.object.as_str(), item.value, item.r#type.as_deref()), ("o", 2, Some("t")));
        let error = serde_json::from_str::<Item>(r#"{"value": 1}"#).expect_err("`object` is missing");
        assert!(error.to_string().starts_with("missing field `object`"), "{error}");
        let error = serde_json::from_str::<Item>(r#"{"object": 5, "value": "x"}"#).expect_err("wrong types");
        assert!(error.to_string().starts_with("field `object`:"), "{error}");
        let error = serde_json::from_str::<Item>(r#"{"object": "o", "value": 1, "match": 3}"#)
            .expect_err("not a bool");
        assert!(error.to_string().starts_with("field `match`:"), "{error}");
    }

    #[test]
    fn free_form_json_decodes_and_encodes_as_sent() {
        use crate::fixtures::free_form_json::{Item, Payload, QueryItemsRequest};
        let item: Item = serde_json::from_str(
            r#"{"id": "i", "data": {"a": [1, "x", null]}, "namespaces": {"app": {"k": true}},
                "history": [1, "two", {"three": 3}], "byApp": {"x": {"on": false}}, "raw": [true]}"#,
        )
        .expect("decodes");
        assert_eq!(item.data, serde_json::json!({"a": [1, "x", null]}));
        assert_eq!(
            item.namespaces.as_ref().and_then(|namespaces| namespaces.get("app")),
            Some(&serde_json::json!({"k": true}))
        );
        assert_eq!(
            item.history,
            [serde_json::json!(1), serde_json::json!("two"), serde_json::json!({"three": 3})]
        );
        assert_eq!(item.by_app["x"].get("on"), Some(&serde_json::json!(false)));
        assert_eq!(item.payload, Some(Payload::Raw(serde_json::json!([true]))));

        let filter = crate::json!({"status": {"$in": ["A", "B"]}});
        let request = QueryItemsRequest::new(filter.as_object().cloned().unwrap_or_default())
            .with_extra(crate::json!([1, {"nested": null}]));
        let body = serde_json::to_value(&request).expect("serializes");
        assert_eq!(
            body,
            serde_json::json!({"filter": {"status": {"$in": ["A", "B"]}}, "extra": [1, {"nested": null}]})
        );
    }

    #[test]
    fn required_lists_and_maps_are_sent_even_when_empty() {
        use crate::fixtures::collections::PutBagRequest;
        let request = PutBagRequest::new(Vec::new(), std::collections::BTreeMap::new());
        let body = serde_json::to_value(&request).expect("serializes");
        assert_eq!(body, serde_json::json!({"ids": [], "filter": {}}));
        let request = request.with_tags(vec!["t".into()]);
        let body = serde_json::to_value(&request).expect("serializes");
        assert_eq!(body, serde_json::json!({"ids": [], "filter": {}, "tags": ["t"]}));
    }

    #[test]
    fn writer_leaves_out_missing_fields_and_empty_lists() {
        let mut writer = Writer::new();
        writer.required("id", "a");
        writer.optional::<i32>("count", &None);
        writer.list::<String>("tags", &[]);
        writer.list("ids", &["x".to_string()]);
        let json = writer.finish(serde_json::value::Serializer).expect("serializes");
        assert_eq!(json, serde_json::json!({"id": "a", "ids": ["x"]}));
    }
}
