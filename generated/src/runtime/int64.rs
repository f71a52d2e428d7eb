//! `int64` values as protobuf's JSON mapping puts them on the wire: Wix sends a 64-bit integer as a
//! string of digits (`"revision": "3"`), since JSON numbers lose precision past 2^53 in JavaScript,
//! and expects the same back. The mapping's parsers accept a plain number too, so both are read.
//!
//! Generated types keep `i64` (callers write `42`); the object reader and writer of
//! [`super::object`] convert, through [`Int64Json`], every field and oneof alternative whose type is
//! an `int64` or a list or map of them at any depth.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Error as _, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A value made of `int64`s: an `i64`, or an `Option`, list or string-keyed map of such values. One
/// generic implementation per shape serves every field of that shape.
pub(crate) trait Int64Json: Sized {
    /// The JSON sent: each `i64` as a string of digits.
    fn to_json(&self) -> Value;

    /// Reads the value where each `i64` is a string of digits or a number; the error says what does
    /// not decode, and where inside the value.
    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;

    /// Whether an optional field holding the value is left out of a request, as Wix leaves out
    /// fields that hold nothing: `None`, or an empty list or map.
    fn is_unset(&self) -> bool;
}

/// A value of `int64`s as a `Deserialize` type, read through [`Int64Json::deserialize_int64`].
pub(crate) struct Int64<T>(T);

impl<T> Int64<T> {
    /// The value read.
    pub(crate) fn into_inner(self) -> T {
        self.0
    }
}

impl<'de, T: Int64Json> Deserialize<'de> for Int64<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_int64(deserializer).map(Int64)
    }
}

impl Int64Json for i64 {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }

    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(I64Visitor)
    }

    fn is_unset(&self) -> bool {
        false
    }
}

struct I64Visitor;

impl Visitor<'_> for I64Visitor {
    type Value = i64;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a 64-bit integer (a string of digits or a number)")
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<i64, E> {
        Ok(value)
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<i64, E> {
        i64::try_from(value).map_err(|_| E::custom(format_args!("`{value}` is not a 64-bit integer")))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<i64, E> {
        Err(E::custom(format_args!("`{value}` is not a 64-bit integer")))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<i64, E> {
        text.parse().map_err(|_| E::custom(format_args!("`{text}` is not a 64-bit integer")))
    }
}

impl<T: Int64Json> Int64Json for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }

    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<Int64<T>>::deserialize(deserializer).map(|value| value.map(Int64::into_inner))
    }

    fn is_unset(&self) -> bool {
        self.is_none()
    }
}

/// A nullable `int64` field: `Null` is sent as `null` (it clears the value, so it is never left out).
impl<T: Int64Json> Int64Json for crate::Nullable<T> {
    fn to_json(&self) -> Value {
        self.as_value().map_or(Value::Null, T::to_json)
    }

    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<Int64<T>>::deserialize(deserializer).map(|value| match value {
            Some(value) => crate::Nullable::Value(value.into_inner()),
            None => crate::Nullable::Null,
        })
    }

    fn is_unset(&self) -> bool {
        false
    }
}

impl<T: Int64Json> Int64Json for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }

    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor(Vec::new()))
    }

    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

/// Reads a list item by item, naming the item that does not decode.
struct ListVisitor<T>(Vec<T>);

impl<'de, T: Int64Json> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<Vec<T>, A::Error> {
        loop {
            match items.next_element::<Int64<T>>() {
                Ok(Some(item)) => self.0.push(item.into_inner()),
                Ok(None) => return Ok(self.0),
                Err(error) => {
                    let index = self.0.len();
                    return Err(A::Error::custom(format_args!("item {index}: {error}")));
                }
            }
        }
    }
}

impl<T: Int64Json> Int64Json for BTreeMap<String, T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(key, value)| (key.clone(), value.to_json())).collect())
    }

    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MapVisitor(BTreeMap::new()))
    }

    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

/// Reads a map entry by entry, naming the key whose value does not decode.
struct MapVisitor<T>(BTreeMap<String, T>);

impl<'de, T: Int64Json> Visitor<'de> for MapVisitor<T> {
    type Value = BTreeMap<String, T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut entries: A) -> Result<Self::Value, A::Error> {
        while let Some(key) = entries.next_key::<String>()? {
            match entries.next_value::<Int64<T>>() {
                Ok(value) => {
                    self.0.insert(key, value.into_inner());
                }
                Err(error) => return Err(A::Error::custom(format_args!("key `{key}`: {error}"))),
            }
        }
        Ok(self.0)
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    use serde_json::json;

    use super::*;
    use crate::fixtures::int64::{
        Client, Counter, CounterPage, Limit, ListCountersRequest, UpdateCounterRequest,
    };

    fn decode<T: Int64Json>(value: Value) -> Result<T, String> {
        T::deserialize_int64(value).map_err(|error| error.to_string())
    }

    #[test]
    fn int64s_are_sent_as_strings_of_digits_at_any_depth() {
        assert_eq!(i64::MAX.to_json(), json!("9223372036854775807"));
        assert_eq!((-3_i64).to_json(), json!("-3"));
        assert_eq!(Some(5_i64).to_json(), json!("5"));
        assert_eq!(vec![1_i64, -2].to_json(), json!(["1", "-2"]));
        let nested = BTreeMap::from([("a".to_string(), vec![BTreeMap::from([("b".to_string(), 7_i64)])])]);
        assert_eq!(nested.to_json(), json!({"a": [{"b": "7"}]}));
    }

    #[test]
    fn int64s_decode_from_strings_and_numbers_at_any_depth() {
        assert_eq!(decode::<i64>(json!("9223372036854775807")), Ok(i64::MAX));
        assert_eq!(decode::<i64>(json!("-9223372036854775808")), Ok(i64::MIN));
        assert_eq!(decode::<i64>(json!(-42)), Ok(-42));
        assert_eq!(decode::<Option<i64>>(json!(null)), Ok(None));
        assert_eq!(decode::<Option<i64>>(json!("1")), Ok(Some(1)));
        assert_eq!(decode::<Vec<i64>>(json!(["1", 2])), Ok(vec![1, 2]));
        let nested = decode::<BTreeMap<String, Vec<i64>>>(json!({"a": ["3", 4], "b": []}));
        assert_eq!(nested, Ok(BTreeMap::from([("a".into(), vec![3, 4]), ("b".into(), Vec::new())])));
    }

    #[test]
    fn what_is_not_an_i64_is_refused_with_where_it_is() {
        let refused = [
            (json!("1.5"), "`1.5` is not a 64-bit integer"),
            (json!(1.5), "`1.5` is not a 64-bit integer"),
            (json!("abc"), "`abc` is not a 64-bit integer"),
            (json!(""), "`` is not a 64-bit integer"),
            (json!("9223372036854775808"), "`9223372036854775808` is not a 64-bit integer"),
            (json!(9_223_372_036_854_775_808_u64), "`9223372036854775808` is not a 64-bit integer"),
            (
                json!(true),
                "invalid type: boolean `true`, expected a 64-bit integer (a string of digits or a number)",
            ),
            (json!(null), "invalid type: null, expected a 64-bit integer (a string of digits or a number)"),
            (
                json!([1]),
                "invalid type: sequence, expected a 64-bit integer (a string of digits or a number)",
            ),
        ];
        for (value, message) in refused {
            assert_eq!(decode::<i64>(value), Err(message.to_string()));
        }
        assert_eq!(
            decode::<Vec<BTreeMap<String, i64>>>(json!([{"a": 1}, {"b": "x"}])),
            Err("item 1: key `b`: `x` is not a 64-bit integer".to_string())
        );
        assert_eq!(
            decode::<Vec<i64>>(json!({"a": 1})),
            Err("invalid type: map, expected a list".to_string())
        );
        assert_eq!(
            decode::<BTreeMap<String, i64>>(json!([1])),
            Err("invalid type: sequence, expected a map".to_string())
        );
    }

    #[test]
    fn a_nullable_int64_is_sent_as_null_when_cleared_and_as_a_string_when_set() {
        use crate::Nullable;
        assert_eq!(Some(Nullable::<i64>::Null).to_json(), json!(null));
        assert!(!Some(Nullable::<i64>::Null).is_unset(), "a cleared value is sent");
        assert!(None::<Nullable<i64>>.is_unset(), "an unset value is left out");
        assert_eq!(Some(Nullable::Value(9_i64)).to_json(), json!("9"));
        assert_eq!(decode::<Nullable<i64>>(json!("9")), Ok(Nullable::Value(9)));
    }

    #[test]
    fn only_none_and_empty_collections_are_unset() {
        assert!(!0_i64.is_unset());
        assert!(None::<i64>.is_unset());
        assert!(!Some(0_i64).is_unset());
        assert!(Vec::<i64>::new().is_unset());
        assert!(!vec![0_i64].is_unset());
        assert!(BTreeMap::<String, i64>::new().is_unset());
    }

    #[test]
    fn a_type_reads_int64s_in_every_place_and_names_the_field_that_does_not_decode() {
        let counter: Counter = serde_json::from_value(json!({
            "revision": "9007199254740993", "total": 12, "samples": ["1", 2], "checkpoints": [3],
            "byRegion": {"eu": "4"}, "history": {"mon": [5, "6"]}, "grid": [{"a": ["7"]}], "maxValue": 8,
        }))
        .expect("decodes");
        assert_eq!(counter.revision, 9_007_199_254_740_993);
        assert_eq!(counter.total, Some(12));
        assert_eq!((counter.samples, counter.checkpoints), (vec![1, 2], vec![3]));
        assert_eq!(counter.by_region, BTreeMap::from([("eu".into(), 4)]));
        assert_eq!(counter.history, BTreeMap::from([("mon".into(), vec![5, 6])]));
        assert_eq!(counter.grid, [BTreeMap::from([("a".into(), vec![7])])]);
        assert_eq!(counter.limit, Some(Limit::MaxValue(8)));

        let refused = [
            (json!({"revision": "1.5"}), "field `revision`: `1.5` is not a 64-bit integer"),
            (json!({"revision": 1, "total": "abc"}), "field `total`: `abc` is not a 64-bit integer"),
            (json!({"revision": 1, "history": {"mon": [1, "x"]}}), "field `history`: key `mon`: item 1:"),
            (json!({"revision": 1, "steps": ["1", 2.5]}), "field `steps`: item 1: `2.5` is not"),
        ];
        for (value, message) in refused {
            let error = serde_json::from_value::<Counter>(value).expect_err(message);
            assert!(error.to_string().starts_with(message), "{error}");
        }
        // Read from text, as responses are: the position is that of the value at fault.
        let error = serde_json::from_str::<Counter>(r#"{"revision": 1, "history": {"mon": [1, "x"]}}"#)
            .expect_err("`x` is not a number");
        assert_eq!(
            error.to_string(),
            "field `history`: key `mon`: item 1: `x` is not a 64-bit integer at line 1 column 42"
        );
    }

    /// Serves one request per response on loopback, each on a connection of its own, and gives back
    /// each request's first line and body.
    fn serve(responses: Vec<Value>) -> (String, std::thread::JoinHandle<Vec<(String, String)>>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let base_url = format!("http://{}", listener.local_addr().expect("an address"));
        let server = std::thread::spawn(move || {
            responses
                .into_iter()
                .map(|response| {
                    let (stream, _) = listener.accept().expect("a connection");
                    let mut reader = BufReader::new(stream);
                    let mut request_line = String::new();
                    reader.read_line(&mut request_line).expect("a request line");
                    let mut length = 0;
                    loop {
                        let mut line = String::new();
                        reader.read_line(&mut line).expect("a header");
                        let line = line.trim_end();
                        if line.is_empty() {
                            break;
                        }
                        if let Some((name, value)) = line.split_once(':')
                            && name.eq_ignore_ascii_case("content-length")
                        {
                            length = value.trim().parse().expect("a length");
                        }
                    }
                    let mut body = vec![0; length];
                    reader.read_exact(&mut body).expect("the body");
                    let response = response.to_string();
                    write!(
                        reader.get_mut(),
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                         connection: close\r\n\r\n{response}",
                        response.len()
                    )
                    .expect("the response is written");
                    (request_line.trim_end().to_string(), String::from_utf8(body).expect("UTF-8"))
                })
                .collect()
        });
        (base_url, server)
    }

    #[tokio::test]
    async fn a_call_sends_int64s_as_strings_and_reads_them_as_strings_or_numbers() {
        let (base_url, server) = serve(vec![
            json!({
                "revision": "9007199254740993", "checkpoints": [], "samples": ["1", 2, "-3"],
                "byRegion": {"eu": "5", "us": 6}, "history": {"mon": ["7", 8]}, "steps": ["10", 20],
            }),
            json!({"counters": [{"revision": 1, "maxValue": "9223372036854775807"}]}),
        ]);
        let config = crate::Config::builder(crate::Credentials::access_token("token"))
            .base_url(base_url)
            .build()
            .expect("config builds");
        let client = Client::new(&config);

        let request = UpdateCounterRequest::new(
            42,
            9_007_199_254_740_993,
            BTreeMap::from([("mon".into(), vec![1, -2])]),
        )
        .with_delta(-5)
        .with_deltas(vec![1, 2])
        .with_by_region(BTreeMap::from([("eu".into(), 3)]))
        .with_counter(Counter::new(7, Vec::new()).with_limit(Limit::MaxValue(i64::MAX)));
        let counter = client.update_counter(&request).await.expect("the call succeeds");
        assert_eq!(counter.revision, 9_007_199_254_740_993);
        assert_eq!(counter.samples, [1, 2, -3]);
        assert_eq!(counter.by_region, BTreeMap::from([("eu".into(), 5), ("us".into(), 6)]));
        assert_eq!(counter.history, BTreeMap::from([("mon".into(), vec![7, 8])]));
        assert_eq!(counter.limit, Some(Limit::Steps(vec![10, 20])));

        let request = ListCountersRequest::new().with_since(5).with_ids(vec![-1, i64::MAX]);
        let CounterPage { counters, .. } = client.list_counters(&request).await.expect("the call succeeds");
        assert_eq!(counters.len(), 1);
        assert_eq!(counters[0].revision, 1);
        assert_eq!(counters[0].limit, Some(Limit::MaxValue(i64::MAX)));

        let requests = server.join().expect("the server ends");
        assert_eq!(requests[0].0, "PATCH /v1/counters/42 HTTP/1.1");
        let body: Value = serde_json::from_str(&requests[0].1).expect("a JSON body");
        assert_eq!(
            body,
            json!({
                "revision": "9007199254740993", "delta": "-5", "deltas": ["1", "2"], "byRegion": {"eu": "3"},
                "history": {"mon": ["1", "-2"]},
                "counter": {"revision": "7", "checkpoints": [], "maxValue": "9223372036854775807"},
            })
        );
        assert_eq!(
            requests[1],
            ("GET /v1/counters?since=5&ids=-1&ids=9223372036854775807 HTTP/1.1".into(), String::new())
        );
    }
}
