//! The spec as written: a serde model of the YAML, and the file it was read from.
//!
//! [`crate::load`] reads a spec file into a [`SpecFile`]; the position of each node is kept in its
//! [`SpanIndex`], through which later stages locate what they report.

use std::path::PathBuf;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::spans::SpanIndex;

/// One API, as its YAML file describes it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Module and file name of the generated code.
    pub api: String,
    /// Human name of the API.
    pub title: String,
    /// Default base URL; a spec of shared types, which has no methods, has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Module documentation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    /// Named object and enum types, in spec order.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub types: IndexMap<String, TypeDef>,
    /// Methods, in spec order; none in a spec of shared types.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub methods: IndexMap<String, Method>,
}

impl Spec {
    /// Whether the spec holds only types that API specs share (no methods, no base URL): it gives a
    /// module of types, and other specs refer to them as `api.Type`.
    pub fn is_shared_types(&self) -> bool {
        self.methods.is_empty() && self.base_url.is_none()
    }

    /// The types the spec defines itself, not those [`crate::link`] brought in from shared specs.
    pub fn own_types(&self) -> impl Iterator<Item = (&String, &TypeDef)> {
        self.types.iter().filter(|(_, def)| def.shared_from.is_none())
    }
}

/// A named type: an object (`fields`, `oneof`) or an enum (`enum`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// Doc comment.
    pub docs: String,
    /// Fields of an object type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<IndexMap<String, Field>>,
    /// Oneof groups of an object type.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub oneof: IndexMap<String, OneofGroup>,
    /// Values of an enum type.
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub values: Option<IndexMap<String, EnumValue>>,
    /// For a type brought in from a spec of shared types by [`crate::link`]: that spec's `api`.
    #[serde(skip)]
    pub shared_from: Option<String>,
}

/// Fields of which at most one is present.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OneofGroup {
    /// Doc comment of the group.
    pub docs: String,
    /// The alternatives.
    pub fields: IndexMap<String, Field>,
}

/// One enum value: its docs alone, or its docs and a deprecation note.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum EnumValue {
    /// `VALUE: docs`
    Docs(String),
    /// `VALUE: { docs, deprecated }`
    Detailed(EnumValueDetails),
}

/// The long form of an enum value.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDetails {
    /// Doc comment.
    pub docs: String,
    /// Why the value is deprecated and what to use instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
    /// The Rust variant name, where the value's own would not do (`UNKNOWN`, beside the catch-all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
}

impl EnumValue {
    /// The value's doc text.
    pub fn docs(&self) -> &str {
        match self {
            EnumValue::Docs(docs) => docs,
            EnumValue::Detailed(details) => &details.docs,
        }
    }

    /// The value's deprecation note, if it is deprecated.
    pub fn deprecated(&self) -> Option<&str> {
        match self {
            EnumValue::Docs(_) => None,
            EnumValue::Detailed(details) => details.deprecated.as_deref(),
        }
    }

    /// The Rust variant name the spec gives the value, if it gives one.
    pub fn rust_name(&self) -> Option<&str> {
        match self {
            EnumValue::Docs(_) => None,
            EnumValue::Detailed(details) => details.rust_name.as_deref(),
        }
    }
}

/// A field of an object, or a param of a method.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Type expression, e.g. `list<Connection>`.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// Doc comment.
    pub docs: String,
    /// Whether the value is always present.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Whether the value is a password or token.
    #[serde(default, skip_serializing_if = "is_false")]
    pub secret: bool,
    /// Why the field is deprecated and what to use instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
    /// Params only: where the param goes in the request.
    #[serde(rename = "in", skip_serializing_if = "Option::is_none")]
    pub location: Option<ParamLocation>,
    /// Fields only: Wix sets the value; it is read from responses and never sent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    /// Params only: dotted paths of optional fields inside the param that the method requires.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// Whether the API takes an explicit `null` here, to clear the value.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
}

/// Where a param goes in the HTTP request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    /// A `{placeholder}` of the route.
    Path,
    /// The query string.
    Query,
    /// The JSON body.
    Body,
}

/// One method of the API.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// One-sentence summary.
    pub summary: String,
    /// The Rust function name, where converting the name reads badly (`connectByOAuth`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// `VERB /path`.
    pub http: Route,
    /// Prose.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    /// Who may call the method.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub authentication: String,
    /// Permission scopes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub permissions: Vec<String>,
    /// Request params, in spec order.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub params: IndexMap<String, Field>,
    /// Name of the response type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returns: Option<String>,
    /// Documented error statuses.
    #[serde(default, deserialize_with = "status_keys", skip_serializing_if = "IndexMap::is_empty")]
    pub errors: IndexMap<u16, ErrorDef>,
    /// Whether the call is safe to repeat; defaults by verb.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retryable: Option<bool>,
    /// Application error codes whose HTTP status is not documented, matched by code whatever the
    /// status.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub error_codes: IndexMap<String, String>,
    /// How the method pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
    /// Why the method is deprecated and what to call instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
    /// Whether Wix marks the method as a developer preview, which may change without notice.
    #[serde(default, skip_serializing_if = "is_false")]
    pub developer_preview: bool,
    /// The names of the validation rules a 400 response may report broken
    /// (`details.validationError.fieldViolations[].ruleName`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub validation_rules: Vec<String>,
    /// Whether the query params go as Wix's SDK sends a "complex request": all of them packed into
    /// one `.r` param when any holds an object.
    #[serde(default, skip_serializing_if = "is_false")]
    pub complex_query: bool,
}

/// Reads a method's error statuses: numbers (`404:`), or the same three digits quoted (`'404':`), as
/// JSON writes keys, and as the format's JSON Schema, which sees every key as text, accepts them.
fn status_keys<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<IndexMap<u16, ErrorDef>, D::Error> {
    #[derive(Deserialize, PartialEq, Eq, Hash)]
    #[serde(untagged)]
    enum StatusKey {
        Number(u16),
        Text(String),
    }
    let mut statuses = IndexMap::new();
    for (key, error) in IndexMap::<StatusKey, ErrorDef>::deserialize(deserializer)? {
        let status = match key {
            StatusKey::Number(status) => status,
            StatusKey::Text(text) => quoted_status(&text)
                .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not an error status")))?,
        };
        if statuses.insert(status, error).is_some() {
            return Err(serde::de::Error::custom(format!("duplicate entry with key {status}")));
        }
    }
    Ok(statuses)
}

/// The error status a quoted key names: three digits, from 400 to 599.
pub(crate) fn quoted_status(text: &str) -> Option<u16> {
    let status: u16 =
        text.parse().ok().filter(|_| text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_digit()))?;
    (400..=599).contains(&status).then_some(status)
}

impl Method {
    /// Whether the client retries the method's calls: as the spec says, else only `GET`s.
    pub fn is_retryable(&self) -> bool {
        self.retryable.unwrap_or(self.http.verb == HttpVerb::Get)
    }
}

/// A documented error status of a method.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorDef {
    /// Variant name.
    pub name: String,
    /// When it happens.
    pub docs: String,
    /// Application error codes that come with this status.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub codes: IndexMap<String, String>,
}

/// How a method pages through its results: with a cursor, or with an offset.
#[derive(Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Response field holding the page's items.
    pub items: String,
    /// Cursor paging: dotted request param path that takes the cursor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Dotted request param path that takes the page size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Cursor paging: dotted response field path of the next cursor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Dotted response field path saying whether another page exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_next: Option<String>,
    /// Offset paging: dotted request param path that takes the number of items to skip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Offset paging: dotted response field path of the number of items in all pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<String>,
    /// Dotted request param paths that following pages send again, besides the cursor or offset and
    /// the page size; `None` repeats the whole first request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<Vec<String>>,
}

/// A type expression: `string`, `list<Connection>`, `Connection`, ...
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(from = "String", into = "String")]
pub enum TypeExpr {
    /// `string`
    String,
    /// `bool`
    Bool,
    /// `int32`
    Int32,
    /// `int64`
    Int64,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `timestamp`: an RFC 3339 date-time.
    Timestamp,
    /// `guid`
    Guid,
    /// `email`
    Email,
    /// `url`
    Url,
    /// `json`: any JSON value, where the API leaves its shape free.
    Json,
    /// `json_object`: a JSON object with any keys (`Record<string, any>` in Wix's typings).
    JsonObject,
    /// `list<T>`
    List(Box<TypeExpr>),
    /// `map<T>`: string keys.
    Map(Box<TypeExpr>),
    /// A type from the spec's `types`, or `api.Type` from a spec of shared types.
    Named(String),
    /// Text that is not a type expression; validation reports it where it stands.
    Invalid(String),
}

/// Whether a flag holds its default, so that writing a spec leaves it out.
fn is_false(flag: &bool) -> bool {
    !flag
}

/// Deepest nesting of `list<>` and `map<>` in a type expression; real ones nest two or three deep.
const MAX_TYPE_NESTING: usize = 32;

/// Longest type expression, in characters; real ones are a few dozen.
const MAX_TYPE_EXPR_CHARS: usize = 256;

impl From<String> for TypeExpr {
    fn from(text: String) -> Self {
        TypeExpr::parse(text.trim()).unwrap_or(TypeExpr::Invalid(text))
    }
}

impl From<TypeExpr> for String {
    fn from(ty: TypeExpr) -> Self {
        ty.to_string()
    }
}

impl std::fmt::Display for TypeExpr {
    /// The expression as a spec writes it, which parses back to the same value.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keyword = match self {
            TypeExpr::String => "string",
            TypeExpr::Bool => "bool",
            TypeExpr::Int32 => "int32",
            TypeExpr::Int64 => "int64",
            TypeExpr::Float32 => "float32",
            TypeExpr::Float64 => "float64",
            TypeExpr::Timestamp => "timestamp",
            TypeExpr::Guid => "guid",
            TypeExpr::Email => "email",
            TypeExpr::Url => "url",
            TypeExpr::Json => "json",
            TypeExpr::JsonObject => "json_object",
            TypeExpr::List(item) => return write!(f, "list<{item}>"),
            TypeExpr::Map(value) => return write!(f, "map<{value}>"),
            TypeExpr::Named(name) | TypeExpr::Invalid(name) => name,
        };
        f.write_str(keyword)
    }
}

/// A generic wrapping a type expression.
enum Generic {
    List,
    Map,
}

/// The `list<>` and `map<>` around a type expression, outermost first, and what they hold.
fn generics(text: &str) -> (Vec<Generic>, &str) {
    let mut generics = Vec::new();
    let mut inner = text;
    loop {
        let held =
            |prefix: &str| inner.strip_prefix(prefix).and_then(|rest| rest.strip_suffix('>')).map(str::trim);
        let (generic, held) = match (held("list<"), held("map<")) {
            (Some(item), _) => (Generic::List, item),
            (None, Some(value)) => (Generic::Map, value),
            (None, None) => return (generics, inner),
        };
        generics.push(generic);
        inner = held;
    }
}

/// Whether `text` has more than `limit` characters.
pub(crate) fn longer_than(text: &str, limit: usize) -> bool {
    text.chars().nth(limit).is_some()
}

impl TypeExpr {
    /// Parses without recursion, and refuses expressions past the length and nesting limits, so that
    /// no later pass (nor dropping the boxes) recurses deeper than [`MAX_TYPE_NESTING`].
    fn parse(text: &str) -> Option<TypeExpr> {
        if longer_than(text, MAX_TYPE_EXPR_CHARS) {
            return None;
        }
        let (generics, held) = generics(text);
        if generics.len() > MAX_TYPE_NESTING {
            return None;
        }
        let mut parsed = match held {
            "string" => TypeExpr::String,
            "bool" => TypeExpr::Bool,
            "int32" => TypeExpr::Int32,
            "int64" => TypeExpr::Int64,
            "float32" => TypeExpr::Float32,
            "float64" => TypeExpr::Float64,
            "timestamp" => TypeExpr::Timestamp,
            "guid" => TypeExpr::Guid,
            "email" => TypeExpr::Email,
            "url" => TypeExpr::Url,
            "json" => TypeExpr::Json,
            "json_object" => TypeExpr::JsonObject,
            name if is_identifier(name) || qualified(name).is_some() => TypeExpr::Named(name.to_string()),
            _ => return None,
        };
        for generic in generics.into_iter().rev() {
            parsed = match generic {
                Generic::List => TypeExpr::List(Box::new(parsed)),
                Generic::Map => TypeExpr::Map(Box::new(parsed)),
            };
        }
        Some(parsed)
    }

    /// The named type this expression refers to, looking through lists and maps.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeExpr::Named(name) => Some(name),
            TypeExpr::List(inner) | TypeExpr::Map(inner) => inner.named(),
            _ => None,
        }
    }
}

/// The spec and type of a reference to a shared type, `common.CursorPaging`; `None` for a name of the
/// spec's own.
pub fn qualified(name: &str) -> Option<(&str, &str)> {
    let (spec, ty) = name.split_once('.')?;
    (is_identifier(spec) && is_identifier(ty)).then_some((spec, ty))
}

/// Whether `text` is an ASCII identifier: a letter or `_`, then letters, digits and `_`.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// An HTTP route: `POST /bookings/v2/external-calendars/connections:connectByCredentials`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(from = "String", into = "String")]
pub struct Route {
    /// The verb, upper case.
    pub verb: HttpVerb,
    /// The path template, starting with `/`.
    pub path: String,
    /// Why the text is not a route, if it is not; validation reports it where it stands.
    pub invalid: Option<String>,
}

/// The HTTP verbs a method may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpVerb {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl HttpVerb {
    /// The verb as HTTP spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpVerb::Get => "GET",
            HttpVerb::Post => "POST",
            HttpVerb::Put => "PUT",
            HttpVerb::Patch => "PATCH",
            HttpVerb::Delete => "DELETE",
        }
    }
}

impl From<Route> for String {
    /// The route as a spec writes it; a route that did not parse keeps no text, only its reason.
    fn from(route: Route) -> Self {
        format!("{} {}", route.verb.as_str(), route.path)
    }
}

impl From<String> for Route {
    fn from(text: String) -> Self {
        Route::parse(&text).unwrap_or_else(|reason| Route {
            verb: HttpVerb::Get,
            path: String::new(),
            invalid: Some(reason),
        })
    }
}

impl Route {
    fn parse(text: &str) -> Result<Self, String> {
        let Some((verb, path)) = text.trim().split_once(' ') else {
            return Err(format!(
                "`{text}` is not a route: expected `VERB /path`, e.g. `GET /v2/items/{{itemId}}`"
            ));
        };
        let verb = match verb {
            "GET" => HttpVerb::Get,
            "POST" => HttpVerb::Post,
            "PUT" => HttpVerb::Put,
            "PATCH" => HttpVerb::Patch,
            "DELETE" => HttpVerb::Delete,
            other => {
                return Err(format!(
                    "`{other}` is not an HTTP verb a method can use: expected GET, POST, PUT, PATCH or DELETE"
                ));
            }
        };
        let path = path.trim();
        if !path.starts_with('/') || path.contains(char::is_whitespace) || path.contains(['?', '#']) {
            return Err(format!(
                "`{path}` is not a route path: it must start with `/` and hold no spaces, `?` or `#`"
            ));
        }
        Ok(Route { verb, path: path.to_string(), invalid: None })
    }
}

/// The message for a type expression that does not parse.
pub fn invalid_type_message(text: &str) -> String {
    let trimmed = text.trim();
    if longer_than(trimmed, MAX_TYPE_EXPR_CHARS) {
        return format!(
            "this type expression is {} characters long, more than the limit of {MAX_TYPE_EXPR_CHARS}",
            trimmed.chars().count()
        );
    }
    if generics(trimmed).0.len() > MAX_TYPE_NESTING {
        return format!("this type expression nests `list<>` and `map<>` more than {MAX_TYPE_NESTING} deep");
    }
    format!(
        "`{text}` is not a type expression: expected string, bool, int32, int64, float32, float64, timestamp, \
         guid, email, url, json, json_object, list<T>, map<T>, a type name or `api.Type` for a shared type"
    )
}

/// A piece of a route's path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPiece<'a> {
    /// Text sent as it is.
    Literal(&'a str),
    /// A `{name}` placeholder.
    Placeholder(&'a str),
}

impl Route {
    /// Splits the path template into literal text and `{placeholders}`; `Err` names a malformed brace.
    pub fn pieces(&self) -> Result<Vec<PathPiece<'_>>, String> {
        let mut pieces = Vec::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find(['{', '}']) {
            if rest[open..].starts_with('}') {
                return Err(format!("`{}` has a `}}` with no `{{` before it", self.path));
            }
            let Some(close) = rest[open..].find('}') else {
                return Err(format!("`{}` has a `{{` that is never closed", self.path));
            };
            if open > 0 {
                pieces.push(PathPiece::Literal(&rest[..open]));
            }
            pieces.push(PathPiece::Placeholder(&rest[open + 1..open + close]));
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(PathPiece::Literal(rest));
        }
        Ok(pieces)
    }
}

/// A spec file read and parsed, with the position of each node.
#[derive(Debug)]
pub struct SpecFile {
    /// The path as given, for messages.
    pub path: PathBuf,
    /// The file's text.
    pub source: String,
    /// The parsed spec.
    pub spec: Spec,
    /// Positions of nodes, by path.
    pub spans: SpanIndex,
    /// Where each line of `source` starts, to locate errors.
    pub lines: crate::diagnostic::LineStarts,
    /// Mistakes in the file's structure (unknown keys, optional values of the wrong kind). The nodes at
    /// fault were left out so the rest could be read and validated in the same run; a spec with any is
    /// not used.
    pub shape_errors: Vec<Diagnostic>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(generic: &str, depth: usize) -> String {
        format!("{}string{}", generic.repeat(depth), ">".repeat(depth))
    }

    #[test]
    fn type_expressions_nest_up_to_the_limit() {
        let (mut text, mut expected) = ("string".to_string(), TypeExpr::String);
        for depth in 0..MAX_TYPE_NESTING {
            (text, expected) = if depth % 2 == 0 {
                (format!("list< {text} >"), TypeExpr::List(Box::new(expected)))
            } else {
                (format!("map<{text}>"), TypeExpr::Map(Box::new(expected)))
            };
        }
        assert_eq!(TypeExpr::from(text), expected);
    }

    #[test]
    fn deeper_type_expressions_are_invalid_without_overflowing_the_stack() {
        for text in [nested("list<", MAX_TYPE_NESTING + 1), nested("list<", 100_000), nested("map<", 100_000)]
        {
            assert_eq!(TypeExpr::from(text.clone()), TypeExpr::Invalid(text.clone()));
        }
        let message = invalid_type_message(&nested("map<", MAX_TYPE_NESTING + 1));
        assert_eq!(message, "this type expression nests `list<>` and `map<>` more than 32 deep");
    }

    #[test]
    fn type_expressions_display_as_written() {
        for text in ["string", "list<map<common.CursorPaging>>", "map<json_object>", "int64", "Connection"] {
            assert_eq!(TypeExpr::from(text.to_string()).to_string(), text);
        }
    }

    #[test]
    fn a_written_spec_reads_back_the_same() {
        let text = "api: a\ntitle: A\nbase_url: https://example.com\ntypes:\n  Marker:\n    docs: M.\n    \
                    fields: {}\n  Kind:\n    docs: K.\n    enum:\n      ON: On.\n      UNKNOWN:\n        \
                    docs: Unknown.\n        rust_name: Unspecified\nmethods:\n  getA:\n    summary: Gets.\n    \
                    http: GET /v1/a/{id}\n    params:\n      id:\n        type: guid\n        docs: ID.\n        \
                    required: true\n      ids:\n        type: list<guid>\n        docs: IDs.\n    errors:\n      404:\n        \
                    name: NotFound\n        docs: Missing.\n    paging:\n      items: items\n      cursor: c\n      \
                    keep: []\n";
        let spec: Spec = serde_yaml::from_str(text).expect("the spec parses");
        let written = serde_yaml::to_string(&spec).expect("the spec serializes");
        assert_eq!(written, text);
    }

    #[test]
    fn long_type_expressions_are_invalid_and_not_repeated_in_the_message() {
        let name = "A".repeat(MAX_TYPE_EXPR_CHARS + 1);
        assert_eq!(TypeExpr::from(name.clone()), TypeExpr::Invalid(name.clone()));
        assert_eq!(
            TypeExpr::from("A".repeat(MAX_TYPE_EXPR_CHARS)),
            TypeExpr::Named("A".repeat(MAX_TYPE_EXPR_CHARS))
        );
        assert_eq!(
            invalid_type_message(&name),
            "this type expression is 257 characters long, more than the limit of 256"
        );
    }
}
