//! Filters for Wix's query methods, built from typed conditions instead of hand-written JSON.
//!
//! A query method's `filter` is a JSON object in Wix's API Query Language (WQL), which reads like
//! MongoDB's: `{"status": "CONFIRMED"}` for equality, `{"price": {"$gt": 10}}` for an operator, and
//! `$and`, `$or` and `$not` to combine conditions. [`Filter`] builds one condition per operator and
//! combines them (`.and`, `.or`, `!`); `JsonObject::from(filter)` gives the [`JsonObject`] that a
//! generated query method takes as its `filter`.
//!
//! ```
//! use wix_sdk::query::Filter;
//! use wix_sdk::{Json, JsonObject, Timestamp, json};
//!
//! let start: Timestamp = "2024-05-01T09:00:00Z".parse()?;
//! let filter = Filter::eq("status", "CONFIRMED")
//!     .and(Filter::gte("bookedEntity.slot.startDate", start))
//!     .and(
//!         Filter::has_some("bookedEntity.tags", ["GROUP", "COURSE"])
//!             .or(!Filter::exists("contactDetails.email", true)),
//!     );
//! let object = JsonObject::from(filter);
//! assert_eq!(
//!     Json::Object(object),
//!     json!({"$and": [
//!         {"status": "CONFIRMED", "bookedEntity.slot.startDate": {"$gte": "2024-05-01T09:00:00Z"}},
//!         {"$or": [
//!             {"bookedEntity.tags": {"$hasSome": ["GROUP", "COURSE"]}},
//!             {"$not": {"contactDetails.email": {"$exists": true}}},
//!         ]},
//!     ]}),
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Which fields a query can filter on, and with which operators, is up to each method: its docs list
//! them. Field names are the API's JSON names, with dots for nested fields.

use std::{fmt, ops};

use chrono::SecondsFormat;
use serde::{Serialize, Serializer};

use crate::{Email, Json, JsonObject, Timestamp, Uuid};

/// A WQL filter: a condition on one field, or conditions combined with AND, OR and NOT.
///
/// Build one with the functions named after WQL's operators, combine them with [`and`](Self::and),
/// [`or`](Self::or), [`all`](Self::all), [`any`](Self::any) and `!` (`$not`), then turn it into the
/// [`JsonObject`] a query method takes with `JsonObject::from`.
///
/// The JSON is as compact as WQL allows without changing what matches: equality uses the shorthand
/// `{"<field>": <value>}`, and an AND of conditions on distinct fields shares one object
/// (`{"status": "CONFIRMED", "price": {"$gt": 10}}`). Conditions on the same field, and an AND
/// holding an OR or a NOT, are listed in `$and` instead.
#[derive(Debug, Clone, PartialEq)]
#[doc(alias = "$not")]
pub struct Filter(Node);

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Condition { field: String, operator: &'static str, operand: Json },
    // An `All` or `Any` never holds a single filter, nor one of its own kind: the constructors
    // flatten them.
    All(Vec<Filter>),
    Any(Vec<Filter>),
    Not(Box<Filter>),
}

impl Filter {
    /// Matches items whose `field` equals `value` (`$eq`).
    ///
    /// Written in WQL's shorthand, `{"<field>": <value>}`, except when `value` is a JSON object,
    /// whose keys would read as operators: then `{"<field>": {"$eq": {...}}}`.
    #[doc(alias = "$eq")]
    pub fn eq(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$eq", value.into_json())
    }

    /// Matches items whose `field` does not equal `value` (`$ne`).
    #[doc(alias = "$ne")]
    pub fn ne(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$ne", value.into_json())
    }

    /// Matches items whose `field` is greater than `value` (`$gt`).
    #[doc(alias = "$gt")]
    pub fn gt(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$gt", value.into_json())
    }

    /// Matches items whose `field` is greater than or equal to `value` (`$gte`).
    #[doc(alias = "$gte")]
    pub fn gte(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$gte", value.into_json())
    }

    /// Matches items whose `field` is less than `value` (`$lt`).
    #[doc(alias = "$lt")]
    pub fn lt(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$lt", value.into_json())
    }

    /// Matches items whose `field` is less than or equal to `value` (`$lte`).
    #[doc(alias = "$lte")]
    pub fn lte(field: impl Into<String>, value: impl FilterValue) -> Self {
        Filter::condition(field, "$lte", value.into_json())
    }

    /// Matches items whose `field` equals one of `values` (`$in`).
    #[doc(alias = "$in")]
    pub fn is_in(field: impl Into<String>, values: impl IntoIterator<Item = impl FilterValue>) -> Self {
        Filter::condition(field, "$in", list(values))
    }

    /// Matches items whose `field` equals none of `values` (`$nin`).
    #[doc(alias = "$nin")]
    pub fn not_in(field: impl Into<String>, values: impl IntoIterator<Item = impl FilterValue>) -> Self {
        Filter::condition(field, "$nin", list(values))
    }

    /// Matches items whose array `field` holds at least one of `values` (`$hasSome`).
    #[doc(alias = "$hasSome")]
    pub fn has_some(field: impl Into<String>, values: impl IntoIterator<Item = impl FilterValue>) -> Self {
        Filter::condition(field, "$hasSome", list(values))
    }

    /// Matches items whose array `field` holds every one of `values` (`$hasAll`).
    #[doc(alias = "$hasAll")]
    pub fn has_all(field: impl Into<String>, values: impl IntoIterator<Item = impl FilterValue>) -> Self {
        Filter::condition(field, "$hasAll", list(values))
    }

    /// Matches items whose text `field` starts with `prefix`, whatever the case (`$startsWith`).
    #[doc(alias = "$startsWith")]
    pub fn starts_with(field: impl Into<String>, prefix: impl Into<String>) -> Self {
        Filter::condition(field, "$startsWith", Json::String(prefix.into()))
    }

    /// Matches items whose text `field` contains `text` (`$contains`, which only some queries
    /// accept: Bookings' among them).
    #[doc(alias = "$contains")]
    pub fn contains(field: impl Into<String>, text: impl Into<String>) -> Self {
        Filter::condition(field, "$contains", Json::String(text.into()))
    }

    /// Matches items that have `field` when `exists` is true, and those that lack it when false
    /// (`$exists`).
    #[doc(alias = "$exists")]
    pub fn exists(field: impl Into<String>, exists: bool) -> Self {
        Filter::condition(field, "$exists", Json::Bool(exists))
    }

    /// Matches items whose text or array `field` is empty when `empty` is true, and those where it
    /// is not when false (`$isEmpty`).
    #[doc(alias = "$isEmpty")]
    pub fn is_empty(field: impl Into<String>, empty: bool) -> Self {
        Filter::condition(field, "$isEmpty", Json::Bool(empty))
    }

    /// Matches items that every one of `filters` matches (`$and`). With no filters, it matches
    /// every item: the empty object `{}`.
    #[doc(alias = "$and")]
    pub fn all(filters: impl IntoIterator<Item = Filter>) -> Self {
        let mut all = Vec::new();
        for filter in filters {
            match filter.0 {
                Node::All(nested) => all.extend(nested),
                node => all.push(Filter(node)),
            }
        }
        Filter::combined(all, Node::All)
    }

    /// Matches items that at least one of `filters` matches (`$or`). With no filters it is
    /// `{"$or": []}`, which can match nothing; Wix may refuse it.
    #[doc(alias = "$or")]
    pub fn any(filters: impl IntoIterator<Item = Filter>) -> Self {
        let mut any = Vec::new();
        for filter in filters {
            match filter.0 {
                Node::Any(nested) => any.extend(nested),
                node => any.push(Filter(node)),
            }
        }
        Filter::combined(any, Node::Any)
    }

    /// Matches items that both this filter and `other` match: [`Filter::all`] of the two.
    #[must_use]
    pub fn and(self, other: Filter) -> Self {
        Filter::all([self, other])
    }

    /// Matches items that this filter or `other` matches: [`Filter::any`] of the two.
    #[must_use]
    pub fn or(self, other: Filter) -> Self {
        Filter::any([self, other])
    }

    /// The filter as the JSON object a query method takes, as `JsonObject::from(filter)` gives it.
    pub fn to_json_object(&self) -> JsonObject {
        match &self.0 {
            Node::Condition { field, operator, operand } => {
                let test = if *operator == "$eq" && !operand.is_object() {
                    operand.clone()
                } else {
                    Json::Object(single(operator, operand.clone()))
                };
                single(field, test)
            }
            Node::All(filters) => {
                let mut parts: Vec<JsonObject> = Vec::new();
                for object in filters.iter().map(Filter::to_json_object) {
                    match parts.last_mut() {
                        Some(last) if fields_only_and_distinct(last, &object) => last.extend(object),
                        _ => parts.push(object),
                    }
                }
                match parts.len() {
                    0 | 1 => parts.pop().unwrap_or_default(),
                    _ => single("$and", Json::Array(parts.into_iter().map(Json::Object).collect())),
                }
            }
            Node::Any(filters) => single(
                "$or",
                Json::Array(filters.iter().map(|filter| Json::Object(filter.to_json_object())).collect()),
            ),
            Node::Not(filter) => single("$not", Json::Object(filter.to_json_object())),
        }
    }

    fn condition(field: impl Into<String>, operator: &'static str, operand: Json) -> Self {
        Filter(Node::Condition { field: field.into(), operator, operand })
    }

    fn combined(filters: Vec<Filter>, node: fn(Vec<Filter>) -> Node) -> Self {
        match <[Filter; 1]>::try_from(filters) {
            Ok([only]) => only,
            Err(filters) => Filter(node(filters)),
        }
    }
}

/// Whether `first` and `second` can share one object and still mean `first AND second`: WQL
/// documents an object of several fields as their AND, but not `$and`, `$or` or `$not` beside
/// fields, and a field in both would keep only one of its conditions.
fn fields_only_and_distinct(first: &JsonObject, second: &JsonObject) -> bool {
    let is_field = |key: &String| !key.starts_with('$');
    first.keys().all(is_field) && second.keys().all(|key| is_field(key) && !first.contains_key(key))
}

fn single(key: &str, value: Json) -> JsonObject {
    JsonObject::from_iter([(key.to_string(), value)])
}

fn list(values: impl IntoIterator<Item = impl FilterValue>) -> Json {
    Json::Array(values.into_iter().map(FilterValue::into_json).collect())
}

impl From<Filter> for JsonObject {
    fn from(filter: Filter) -> Self {
        filter.to_json_object()
    }
}

impl From<Filter> for Json {
    fn from(filter: Filter) -> Self {
        Json::Object(filter.to_json_object())
    }
}

impl Serialize for Filter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json_object().serialize(serializer)
    }
}

/// Matches items that the filter does not match (`$not`): `!Filter::exists("email", true)`.
impl ops::Not for Filter {
    type Output = Filter;

    fn not(self) -> Filter {
        Filter(Node::Not(Box::new(self)))
    }
}

/// The filter's JSON, on one line.
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Json::Object(self.to_json_object()), f)
    }
}

/// A value a [`Filter`] compares a field with, written as Wix's API writes it.
///
/// Implemented for text, numbers, `bool`, [`Json`], [`Uuid`] (hyphenated), [`Timestamp`] (RFC 3339
/// in UTC, as requests send it), [`Email`], and references to any of these. An enum value of an API
/// module goes in as its `as_str()`: `Filter::eq("status", Status::Confirmed.as_str())`. Numbers
/// JSON cannot hold (NaN, infinities) become `null`.
pub trait FilterValue {
    /// The value as JSON.
    fn into_json(self) -> Json;
}

macro_rules! filter_value_from_json {
    ($($value:ty),* $(,)?) => {$(
        impl FilterValue for $value {
            fn into_json(self) -> Json {
                Json::from(self)
            }
        }
    )*};
}

filter_value_from_json!(
    bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, &str, String, Json
);

impl FilterValue for Uuid {
    fn into_json(self) -> Json {
        Json::String(self.hyphenated().to_string())
    }
}

impl FilterValue for Timestamp {
    fn into_json(self) -> Json {
        Json::String(self.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl FilterValue for Email {
    fn into_json(self) -> Json {
        Json::String(self.as_str().to_string())
    }
}

impl<T: FilterValue + Clone> FilterValue for &T {
    fn into_json(self) -> Json {
        self.clone().into_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn json_of(filter: Filter) -> Json {
        Json::from(filter)
    }

    #[test]
    fn each_comparison_operator_writes_its_wql_name() {
        assert_eq!(json_of(Filter::ne("status", "CANCELED")), json!({"status": {"$ne": "CANCELED"}}));
        assert_eq!(json_of(Filter::gt("price", 10)), json!({"price": {"$gt": 10}}));
        assert_eq!(json_of(Filter::gte("price", 10.5)), json!({"price": {"$gte": 10.5}}));
        assert_eq!(json_of(Filter::lt("count", 3u8)), json!({"count": {"$lt": 3}}));
        assert_eq!(json_of(Filter::lte("count", -3i64)), json!({"count": {"$lte": -3}}));
    }

    #[test]
    fn equality_uses_the_shorthand_unless_the_value_is_an_object() {
        assert_eq!(json_of(Filter::eq("status", "CONFIRMED")), json!({"status": "CONFIRMED"}));
        assert_eq!(json_of(Filter::eq("paid", false)), json!({"paid": false}));
        assert_eq!(json_of(Filter::eq("tags", json!(["a"]))), json!({"tags": ["a"]}));
        // Shorthand would make `$gt` an operator instead of the value compared with.
        assert_eq!(json_of(Filter::eq("form", json!({"$gt": 1}))), json!({"form": {"$eq": {"$gt": 1}}}));
    }

    #[test]
    fn each_list_operator_writes_its_values_as_an_array() {
        assert_eq!(
            json_of(Filter::is_in("status", ["PENDING", "CONFIRMED"])),
            json!({"status": {"$in": ["PENDING", "CONFIRMED"]}}),
        );
        assert_eq!(json_of(Filter::not_in("count", [1, 2])), json!({"count": {"$nin": [1, 2]}}));
        assert_eq!(
            json_of(Filter::has_some("tags", vec!["a".to_string()])),
            json!({"tags": {"$hasSome": ["a"]}}),
        );
        assert_eq!(json_of(Filter::has_all("tags", ["a", "b"])), json!({"tags": {"$hasAll": ["a", "b"]}}));
        assert_eq!(json_of(Filter::is_in("status", Vec::<&str>::new())), json!({"status": {"$in": []}}));
    }

    #[test]
    fn each_text_and_presence_operator_writes_its_wql_name() {
        assert_eq!(json_of(Filter::starts_with("name", "Yo")), json!({"name": {"$startsWith": "Yo"}}));
        assert_eq!(json_of(Filter::contains("name", "og")), json!({"name": {"$contains": "og"}}));
        assert_eq!(json_of(Filter::exists("email", true)), json!({"email": {"$exists": true}}));
        assert_eq!(json_of(Filter::exists("email", false)), json!({"email": {"$exists": false}}));
        assert_eq!(json_of(Filter::is_empty("tags", true)), json!({"tags": {"$isEmpty": true}}));
    }

    #[test]
    fn dotted_field_paths_stay_one_key() {
        assert_eq!(
            json_of(Filter::lt("bookedEntity.slot.startDate", "2024-01-01T00:00:00Z")),
            json!({"bookedEntity.slot.startDate": {"$lt": "2024-01-01T00:00:00Z"}}),
        );
    }

    #[test]
    fn and_of_distinct_fields_shares_one_object() {
        let filter =
            Filter::eq("status", "CONFIRMED").and(Filter::gt("price", 10)).and(Filter::exists("a.b", true));
        assert_eq!(
            json_of(filter),
            json!({"status": "CONFIRMED", "price": {"$gt": 10}, "a.b": {"$exists": true}}),
        );
    }

    #[test]
    fn and_on_the_same_field_is_listed_in_and() {
        let range = Filter::gte("price", 10).and(Filter::lt("price", 20));
        assert_eq!(json_of(range), json!({"$and": [{"price": {"$gte": 10}}, {"price": {"$lt": 20}}]}));
    }

    #[test]
    fn and_merges_neighbours_only_and_keeps_their_order() {
        let filter = Filter::all([
            Filter::eq("a", 1),
            Filter::eq("b", 2),
            Filter::eq("a", 3),
            !Filter::eq("c", 4),
            Filter::eq("d", 5),
        ]);
        assert_eq!(
            json_of(filter),
            json!({"$and": [{"a": 1, "b": 2}, {"a": 3}, {"$not": {"c": 4}}, {"d": 5}]}),
        );
    }

    #[test]
    fn and_of_or_of_not_nests() {
        let filter = Filter::eq("status", "CONFIRMED").and(Filter::any([
            !Filter::has_some("tags", ["x"]),
            Filter::all([Filter::gt("price", 1), !Filter::exists("email", true)]),
        ]));
        assert_eq!(
            json_of(filter),
            json!({"$and": [
                {"status": "CONFIRMED"},
                {"$or": [
                    {"$not": {"tags": {"$hasSome": ["x"]}}},
                    {"$and": [{"price": {"$gt": 1}}, {"$not": {"email": {"$exists": true}}}]},
                ]},
            ]}),
        );
    }

    #[test]
    fn nested_and_and_or_are_flattened() {
        let chained = Filter::eq("a", 1).and(Filter::eq("a", 2)).and(Filter::eq("a", 3));
        assert_eq!(json_of(chained), json!({"$and": [{"a": 1}, {"a": 2}, {"a": 3}]}));
        let chained = Filter::eq("a", 1).or(Filter::eq("b", 2).or(Filter::eq("c", 3)));
        assert_eq!(json_of(chained), json!({"$or": [{"a": 1}, {"b": 2}, {"c": 3}]}));
    }

    #[test]
    fn one_or_no_filters_in_all_and_any() {
        assert_eq!(Filter::all([Filter::eq("a", 1)]), Filter::eq("a", 1));
        assert_eq!(Filter::any([Filter::eq("a", 1)]), Filter::eq("a", 1));
        assert_eq!(json_of(Filter::all([])), json!({}));
        assert_eq!(json_of(Filter::any([])), json!({"$or": []}));
        // An empty AND matches everything, so it adds nothing beside another condition.
        assert_eq!(json_of(Filter::all([]).and(Filter::eq("a", 1))), json!({"a": 1}));
    }

    #[test]
    fn typed_values_are_written_as_request_bodies_write_them() {
        let id: Uuid = "3E47EC65-2975-447C-A7ED-75041E850D5E".parse().expect("a UUID");
        let at: Timestamp = "2024-05-01T11:00:00.250+02:00".parse().expect("a timestamp");
        let email: crate::Email = "someone@example.com".parse().expect("an email");
        assert_eq!(id.into_json(), serde_json::to_value(id).expect("a UUID serializes"));
        assert_eq!(id.into_json(), json!("3e47ec65-2975-447c-a7ed-75041e850d5e"));
        assert_eq!(at.into_json(), serde_json::to_value(at).expect("a timestamp serializes"));
        assert_eq!(at.into_json(), json!("2024-05-01T09:00:00.250Z"));
        assert_eq!(json_of(Filter::eq("email", &email)), json!({"email": "someone@example.com"}));
        assert_eq!(json_of(Filter::is_in("id", [&id])), json!({"id": {"$in": [id.to_string()]}}));
        assert_eq!(json_of(Filter::eq("x", f64::NAN)), json!({"x": null}));
    }

    #[test]
    fn a_query_request_sends_the_filter_as_its_filter_object() {
        use crate::fixtures::free_form_json::QueryItemsRequest;
        let request = QueryItemsRequest::new(Filter::eq("status", "ACTIVE").into());
        assert_eq!(
            serde_json::to_value(&request).expect("the request serializes"),
            json!({"filter": {"status": "ACTIVE"}}),
        );
    }

    #[test]
    fn display_and_serialize_give_the_same_json() {
        let filter = !Filter::eq("status", "CANCELED");
        assert_eq!(filter.to_string(), r#"{"$not":{"status":"CANCELED"}}"#);
        assert_eq!(serde_json::to_value(&filter).expect("a filter serializes"), Json::from(filter));
    }
}
