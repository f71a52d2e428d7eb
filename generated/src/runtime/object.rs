//! Reading and writing the JSON objects of generated structs, one field at a time.
//!
//! Generated types implement `Serialize` and `Deserialize` with a few calls into these types instead
//! of serde's derives. What a derive would expand into for every struct (a field visitor, a map
//! visitor, a sequence visitor) is written here once; a struct's impl only names its fields, and the
//! generic calls are shared by every field of the same type. For an API of a thousand methods, that is
//! most of what the crate costs to compile.
//!
//! Reading streams: each field's value is decoded straight from the deserializer into the field's
//! type, and unknown fields are skipped without being built, so a response costs about the memory of
//! the values decoded, with no tree of `serde_json::Value`s on the way.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::int64::{Int64, Int64Json};

/// A generated struct read from a JSON object by [`read`]: its fields' wire names, and how it takes
/// each field's value from [`Fields`].
pub(crate) trait Object: Sized {
    /// The wire names of the fields and oneof alternatives; [`Fields::next_field`] gives indices
    /// into it.
    const FIELDS: &'static [&'static str];

    /// Reads the object's fields, in the order they come, then builds the value.
    fn read<'de, A: MapAccess<'de>>(fields: Fields<'de, A>) -> Result<Self, A::Error>;
}

/// Reads a generated struct: what its `Deserialize` impl calls. Anything but an object is an error.
pub(crate) fn read<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(Fields {
            map,
            names: T::FIELDS,
            current: (0, ""),
            ended: false,
            error: None,
            marker: PhantomData,
        })
    }
}

/// The fields of a JSON object as they come, taken one by one by a generated [`Object::read`].
///
/// Reading a value does not fail: a value that does not decode is kept as the object's error and
/// ends the fields, which [`Fields::finish`] or [`Fields::missing`] report. So a generated impl is a
/// loop with a call per field and no early return, which is much less for the compiler to check than
/// a `?` per field.
pub(crate) struct Fields<'de, A: MapAccess<'de>> {
    map: A,
    names: &'static [&'static str],
    /// The index and name of the field whose value is next.
    current: (usize, &'static str),
    /// Whether the object's end, or an error, was met.
    ended: bool,
    error: Option<A::Error>,
    marker: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> Fields<'de, A> {
    /// The index in [`Object::FIELDS`] of the next field, skipping those the type does not know (the
    /// server added them since); `None` at the end of the object or after an error.
    pub(crate) fn next_field(&mut self) -> Option<usize> {
        while !self.ended {
            match self.map.next_key_seed(FieldIndex(self.names)) {
                Ok(Some(Some((index, name)))) => {
                    self.current = (index, name);
                    return Some(index);
                }
                Ok(Some(None)) => {
                    if let Err(error) = self.map.next_value::<IgnoredAny>() {
                        self.fail(error);
                    }
                }
                Ok(None) => self.ended = true,
                Err(error) => self.fail(error),
            }
        }
        None
    }

    fn fail(&mut self, error: A::Error) {
        self.error = Some(error);
        self.ended = true;
    }

    /// The value of the current field, as `T`; `None`, with the error kept, when it does not decode.
    fn value<T: Deserialize<'de>>(&mut self) -> Option<T> {
        match self.map.next_value() {
            Ok(value) => Some(value),
            Err(error) => {
                // serde_json moves the position at the end of the inner error's text to the new error.
                let name = self.current.1;
                self.fail(serde::de::Error::custom(format_args!("field `{name}`: {error}")));
                None
            }
        }
    }

    /// A field held in an `Option`: `None` when it is missing or `null`. A required field is read
    /// into an `Option` too, and checked with [`Fields::missing`] once all are read.
    pub(crate) fn option<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if let Some(value) = self.value() {
            *slot = value;
        }
    }

    /// A field a request can clear: `null` from the server is `None`, as a missing field is.
    #[allow(dead_code, reason = "used by the specs that have nullable fields in responses")]
    pub(crate) fn nullable<T: Deserialize<'de>>(&mut self, slot: &mut Option<crate::Nullable<T>>) {
        if let Some(value) = self.value::<Option<T>>() {
            *slot = value.map(crate::Nullable::Value);
        }
    }

    /// A list or map: empty when missing or `null`.
    pub(crate) fn collection<T: Deserialize<'de> + Default>(&mut self, slot: &mut T) {
        if let Some(value) = self.value::<Option<T>>() {
            *slot = value.unwrap_or_default();
        }
    }

    /// A required `json` field: any JSON value, `null` when missing, as proto3's JSON leaves out a
    /// value that is null.
    #[allow(dead_code, reason = "used by the specs that have required json fields in responses")]
    pub(crate) fn json(&mut self, slot: &mut Value) {
        if let Some(value) = self.value() {
            *slot = value;
        }
    }

    /// An `int64` field held in an `Option`, each `i64` a string of digits or a number (see
    /// [`Int64Json`]).
    #[allow(dead_code, reason = "used by the specs that have int64 fields in responses")]
    pub(crate) fn option_int64<T: Int64Json>(&mut self, slot: &mut Option<T>) {
        if let Some(value) = self.value::<Option<Int64<T>>>() {
            *slot = value.map(Int64::into_inner);
        }
    }

    /// A nullable `int64` field: `null` from the server is `None`.
    #[allow(dead_code, reason = "used by the specs that have nullable int64 fields in responses")]
    pub(crate) fn nullable_int64<T: Int64Json>(&mut self, slot: &mut Option<crate::Nullable<T>>) {
        if let Some(value) = self.value::<Option<Int64<T>>>() {
            *slot = value.map(|value| crate::Nullable::Value(value.into_inner()));
        }
    }

    /// A list or map of `int64`s: empty when missing or `null`.
    #[allow(dead_code, reason = "used by the specs that have lists or maps of int64 in responses")]
    pub(crate) fn collection_int64<T: Int64Json + Default>(&mut self, slot: &mut T) {
        if let Some(value) = self.value::<Option<Int64<T>>>() {
            *slot = value.map(Int64::into_inner).unwrap_or_default();
        }
    }

    /// An alternative of a oneof group, made into the group's enum by `variant`. A `null` is not
    /// there; where the object holds several alternatives, the one declared first is kept (as the
    /// reader that read whole objects kept it), whatever their order in the object.
    #[allow(dead_code, reason = "used by the specs that have oneof groups")]
    pub(crate) fn one_of<T: Deserialize<'de>, O>(
        &mut self,
        group: &mut OneOf<O>,
        variant: impl FnOnce(T) -> O,
    ) {
        let index = self.current.0;
        match group.takes(index) {
            true => {
                if let Some(Some(value)) = self.value::<Option<T>>() {
                    group.chosen = Some((index, variant(value)));
                }
            }
            false => self.skip(),
        }
    }

    /// An alternative of a oneof group made of `int64`s.
    #[allow(dead_code, reason = "used by the specs that have int64 alternatives in oneof groups")]
    pub(crate) fn one_of_int64<T: Int64Json, O>(
        &mut self,
        group: &mut OneOf<O>,
        variant: impl FnOnce(T) -> O,
    ) {
        self.one_of(group, |value: Int64<T>| variant(value.into_inner()));
    }

    fn skip(&mut self) {
        self.value::<IgnoredAny>();
    }

    /// The error for a required field found missing (or `null`) once all fields are read: the
    /// error met reading them, if any, since a value that did not decode ends the object early.
    #[allow(dead_code, reason = "used by the specs that have required fields in responses")]
    pub(crate) fn missing<T>(self, name: &'static str) -> Result<T, A::Error> {
        Err(self.error.unwrap_or_else(|| serde::de::Error::missing_field(name)))
    }

    /// The object built from the fields read, or the error met reading them. The fields left unread
    /// (all of them, for a type without fields) are skipped.
    pub(crate) fn finish<T>(mut self, value: T) -> Result<T, A::Error> {
        while self.next_field().is_some() {
            self.skip();
        }
        match self.error {
            None => Ok(value),
            Some(error) => Err(error),
        }
    }
}

/// The alternative of a oneof group read so far, with its index in [`Object::FIELDS`].
pub(crate) struct OneOf<O> {
    chosen: Option<(usize, O)>,
}

impl<O> OneOf<O> {
    /// No alternative read yet.
    #[allow(dead_code, reason = "used by the specs that have oneof groups")]
    pub(crate) fn new() -> Self {
        OneOf { chosen: None }
    }

    /// Whether the alternative at `index` replaces what the group holds: the alternatives are
    /// numbered in the order they are declared.
    fn takes(&self, index: usize) -> bool {
        self.chosen.as_ref().is_none_or(|(chosen, _)| index <= *chosen)
    }

    /// The alternative read, if any.
    #[allow(dead_code, reason = "used by the specs that have oneof groups")]
    pub(crate) fn into_value(self) -> Option<O> {
        self.chosen.map(|(_, value)| value)
    }
}

/// A field name, read as its index in a type's field names, with the name, without being copied:
/// `None` for a name the type does not know.
struct FieldIndex(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldIndex {
    type Value = Option<(usize, &'static str)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FieldIndex {
    type Value = Option<(usize, &'static str)>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a field name")
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().enumerate().find(|(_, known)| **known == name).map(|(index, known)| (index, *known)))
    }
}

/// Reads a value from a JSON string through `From<&str>`, without copying the string: what the
/// `Deserialize` impl of a generated enum calls (an unknown value becomes its `Unknown` variant).
pub(crate) fn read_text<'de, T: for<'a> From<&'a str>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(TextVisitor(PhantomData))
}

struct TextVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: for<'a> From<&'a str>> Visitor<'de> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
        Ok(T::from(text))
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
    fn a_value_that_does_not_decode_is_named_with_the_position_once() {
        let error =
            serde_json::from_str::<Sample>(r#"{"name": "n", "count": "three"}"#).expect_err("not an i32");
        assert_eq!(
            error.to_string(),
            r#"field `count`: invalid type: string "three", expected i32 at line 1 column 30"#
        );
        use crate::fixtures::nullable::Service;
        let error = serde_json::from_str::<Service>("{\"tags\": [],\n \"category\": {\"id\": 5}}")
            .expect_err("not a string");
        assert_eq!(
            error.to_string(),
            "field `category`: field `id`: invalid type: integer `5`, expected a string at line 2 column 21"
        );
        let error = serde_json::from_str::<Service>(r#"{"category": {}}"#).expect_err("`id` is missing");
        assert_eq!(error.to_string(), "field `category`: missing field `id` at line 1 column 15");
    }

    #[test]
    fn the_first_problem_in_the_body_is_reported_and_ends_the_object() {
        use crate::fixtures::keywords::Item;
        // `value` comes first and does not decode: the missing `object` is not reached.
        let error = serde_json::from_str::<Item>(r#"{"value": "x", "match": 3}"#).expect_err("wrong types");
        assert!(error.to_string().starts_with("field `value`:"), "{error}");
        let error = serde_json::from_str::<Item>(r#"{"value": 1, "match": true}"#).expect_err("no `object`");
        assert_eq!(error.to_string(), "missing field `object` at line 1 column 27");
        let error =
            serde_json::from_str::<Item>(r#"{"object": null, "value": 1}"#).expect_err("`object` is null");
        assert_eq!(error.to_string(), "missing field `object` at line 1 column 28");
    }

    #[test]
    fn unknown_fields_are_skipped_whatever_they_hold_and_a_repeated_field_keeps_its_last_value() {
        let sample: Sample = serde_json::from_str(
            r#"{"later": {"deep": [1, {"x": null}, "s"]}, "name": "first", "more": [[[]]], "name": "last",
                "count": 2}"#,
        )
        .expect("decodes");
        assert_eq!((sample.name.as_deref(), sample.count), (Some("last"), Some(2)));
        let error = serde_json::from_str::<Sample>(r#"{"later": {"deep": [1,]}}"#).expect_err("not JSON");
        assert!(error.to_string().starts_with("expected value at line 1"), "{error}");
    }

    #[test]
    fn anything_but_an_object_is_refused() {
        let error = serde_json::from_str::<Sample>("[1]").expect_err("a list");
        assert_eq!(error.to_string(), "invalid type: sequence, expected a JSON object at line 1 column 0");
        use crate::fixtures::oneof::Pickup;
        let _: Pickup =
            serde_json::from_str(r#"{"added": {"later": 1}}"#).expect("an empty type skips fields");
        let error = serde_json::from_str::<Pickup>("5").expect_err("a number");
        assert_eq!(error.to_string(), "invalid type: integer `5`, expected a JSON object at line 1 column 1");
    }

    #[test]
    fn nullable_fields_read_null_as_none_and_values_as_values() {
        use crate::Nullable;
        use crate::fixtures::nullable::{Service, Status};
        let service: Service = serde_json::from_str(
            r#"{"description": null, "defaultCapacity": 3, "bookingCount": "7", "status": "LATER", "tags": null}"#,
        )
        .expect("decodes");
        assert_eq!(service.description, None);
        assert_eq!(service.default_capacity, Some(Nullable::Value(3)));
        assert_eq!(service.booking_count, Some(Nullable::Value(7)));
        assert_eq!(service.status, Some(Nullable::Value(Status::from("LATER"))));
        assert!(matches!(service.status, Some(Nullable::Value(Status::Unknown(_)))));
        assert!(service.tags.is_empty());
        let error = serde_json::from_str::<Service>(r#"{"status": 1}"#).expect_err("not a string");
        assert!(
            error.to_string().starts_with("field `status`: invalid type: integer `1`, expected a string")
        );
    }

    #[test]
    fn a_oneof_group_keeps_the_alternative_declared_first_and_ignores_null_ones() {
        use crate::fixtures::oneof::{Address, Delivery, Method, Pickup};
        let read = |text: &str| serde_json::from_str::<Delivery>(text).expect("decodes").method;
        assert_eq!(
            read(r#"{"address": {"street": "Main 1"}}"#),
            Some(Method::Address(Address::new("Main 1")))
        );
        assert_eq!(
            read(r#"{"address": {"street": "Main 1"}, "pickup": {}}"#),
            Some(Method::Pickup(Pickup::new()))
        );
        assert_eq!(read(r#"{"pickup": {}, "address": {"street": 5}}"#), Some(Method::Pickup(Pickup::new())));
        assert_eq!(
            read(r#"{"pickup": null, "address": {"street": "Main 1"}}"#),
            Some(Method::Address(Address::new("Main 1")))
        );
        assert_eq!(read(r#"{"pickup": null, "notes": "n"}"#), None);
    }

    #[test]
    fn a_required_json_field_is_null_when_missing() {
        use crate::fixtures::free_form_json::Item;
        let item: Item = serde_json::from_str(r#"{"id": "i"}"#).expect("decodes");
        assert_eq!(item.data, serde_json::Value::Null);
        let item: Item = serde_json::from_str(r#"{"id": "i", "data": null}"#).expect("decodes");
        assert_eq!(item.data, serde_json::Value::Null);
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
