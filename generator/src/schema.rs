//! The shape of a spec file, checked on the parsed YAML before serde reads it, so that every
//! unknown key, missing key and value of the wrong kind is reported at once, each where it stands.
//!
//! serde stops at the first mismatch; a person fixing a spec wants them all. The serde model in
//! [`crate::spec`] stays the one source of truth for what the generator reads: a test checks that
//! the keys listed here are exactly its fields.

use serde_yaml::Value;

use crate::diagnostic::Diagnostic;
use crate::spans::SpanIndex;

/// What a YAML node must be.
#[derive(Debug)]
pub(crate) enum Shape {
    /// A string.
    Text,
    /// `true` or `false`.
    Flag,
    /// A sequence of strings.
    TextList,
    /// One of a few strings.
    OneOf(&'static [&'static str]),
    /// A mapping from names to nodes of one shape; the noun names an item in messages (`method`).
    Map(&'static str, &'static Shape),
    /// A mapping from HTTP error statuses to nodes of one shape.
    StatusMap(&'static Shape),
    /// A mapping with known keys.
    Record(&'static Record),
    /// A string, or a record (an enum value's short and long forms).
    TextOrRecord(&'static Record),
}

/// A mapping with known keys, each documented by a row of a table in `spec/README.md`.
#[derive(Debug)]
pub(crate) struct Record {
    /// What the JSON Schema calls it (`field`).
    pub(crate) name: &'static str,
    /// The heading of `spec/README.md` whose table documents the keys (`Fields and params`).
    pub(crate) section: &'static str,
    pub(crate) keys: &'static [Key],
}

/// A key of a record.
#[derive(Debug)]
pub(crate) struct Key {
    pub(crate) name: &'static str,
    pub(crate) required: bool,
    pub(crate) shape: &'static Shape,
}

const fn required(name: &'static str, shape: &'static Shape) -> Key {
    Key { name, required: true, shape }
}

const fn optional(name: &'static str, shape: &'static Shape) -> Key {
    Key { name, required: false, shape }
}

const TEXT: &Shape = &Shape::Text;
const FLAG: &Shape = &Shape::Flag;

pub(crate) const FIELD_KEYS: &[Key] = &[
    required("type", TEXT),
    required("docs", TEXT),
    optional("required", FLAG),
    optional("secret", FLAG),
    optional("deprecated", TEXT),
    optional("in", &Shape::OneOf(&["path", "query", "body"])),
    optional("read_only", FLAG),
    optional("requires", &Shape::TextList),
    optional("nullable", FLAG),
];
const FIELD: &Record = &Record { name: "field", section: "Fields and params", keys: FIELD_KEYS };
const FIELDS: &Shape = &Shape::Map("field", &Shape::Record(FIELD));
const PARAMS: &Shape = &Shape::Map("param", &Shape::Record(FIELD));
pub(crate) const ENUM_VALUE_KEYS: &[Key] =
    &[required("docs", TEXT), optional("deprecated", TEXT), optional("rust_name", TEXT)];
const ENUM_VALUE: &Record = &Record { name: "enum_value", section: "Enum values", keys: ENUM_VALUE_KEYS };
pub(crate) const ONEOF_KEYS: &[Key] = &[required("docs", TEXT), required("fields", FIELDS)];
const ONEOF: &Record = &Record { name: "oneof_group", section: "Oneof groups", keys: ONEOF_KEYS };
pub(crate) const TYPE_KEYS: &[Key] = &[
    required("docs", TEXT),
    optional("fields", FIELDS),
    optional("oneof", &Shape::Map("oneof group", &Shape::Record(ONEOF))),
    optional("enum", &Shape::Map("enum value", &Shape::TextOrRecord(ENUM_VALUE))),
];
const TYPE: &Record = &Record { name: "type", section: "Types", keys: TYPE_KEYS };
pub(crate) const ERROR_KEYS: &[Key] =
    &[required("name", TEXT), required("docs", TEXT), optional("codes", &Shape::Map("error code", TEXT))];
const ERROR: &Record = &Record { name: "error", section: "Errors", keys: ERROR_KEYS };
pub(crate) const PAGING_KEYS: &[Key] = &[
    required("items", TEXT),
    optional("cursor", TEXT),
    optional("limit", TEXT),
    optional("next_cursor", TEXT),
    optional("has_next", TEXT),
    optional("offset", TEXT),
    optional("total", TEXT),
    optional("keep", &Shape::TextList),
];
const PAGING: &Record = &Record { name: "paging", section: "Paging", keys: PAGING_KEYS };
pub(crate) const METHOD_KEYS: &[Key] = &[
    required("summary", TEXT),
    optional("rust_name", TEXT),
    required("http", TEXT),
    optional("docs", TEXT),
    optional("authentication", TEXT),
    optional("permissions", &Shape::TextList),
    optional("params", PARAMS),
    optional("returns", TEXT),
    optional("errors", &Shape::StatusMap(&Shape::Record(ERROR))),
    optional("retryable", FLAG),
    optional("error_codes", &Shape::Map("error code", TEXT)),
    optional("paging", &Shape::Record(PAGING)),
    optional("deprecated", TEXT),
    optional("developer_preview", FLAG),
    optional("validation_rules", &Shape::TextList),
    optional("complex_query", FLAG),
];
const METHOD: &Record = &Record { name: "method", section: "Methods", keys: METHOD_KEYS };
pub(crate) const SPEC_KEYS: &[Key] = &[
    required("api", TEXT),
    required("title", TEXT),
    optional("base_url", TEXT),
    optional("docs", TEXT),
    optional("types", &Shape::Map("type", &Shape::Record(TYPE))),
    optional("methods", &Shape::Map("method", &Shape::Record(METHOD))),
];
/// A whole spec file.
pub(crate) const SPEC: &Record = &Record { name: "spec", section: "Top level", keys: SPEC_KEYS };

/// What checking a document found.
pub(crate) struct Outcome {
    /// Every mismatch, located.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Whether a required key is missing or unusable: then the document cannot be read at all. When
    /// it is not, the mismatched nodes (unknown keys, optional values of the wrong kind) have been
    /// removed, so the rest can still be read and validated, and its errors reported in the same run.
    pub(crate) fatal: bool,
}

/// Checks a whole spec document, removing the nodes that do not fit (see [`Outcome::fatal`]).
pub(crate) fn check(document: &mut Value, context: &Context<'_>) -> Outcome {
    let mut checker = Checker { context, diagnostics: Vec::new(), path: Vec::new(), fatal: false };
    if !checker.node(document, &Shape::Record(SPEC), "the spec") {
        checker.fatal = true;
    }
    Outcome { diagnostics: checker.diagnostics, fatal: checker.fatal }
}

/// The file being checked, for locating diagnostics.
pub(crate) struct Context<'a> {
    pub(crate) path: &'a std::path::Path,
    pub(crate) source: &'a str,
    pub(crate) spans: &'a SpanIndex,
    pub(crate) lines: &'a crate::diagnostic::LineStarts,
}

struct Checker<'a> {
    context: &'a Context<'a>,
    diagnostics: Vec<Diagnostic>,
    path: Vec<String>,
    fatal: bool,
}

/// How YAML calls a value's kind, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// A mapping key as the span index records it.
fn key_text(key: &Value) -> Option<String> {
    match key {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

impl Checker<'_> {
    fn report(&mut self, at_key: bool, message: String, help: impl Into<String>) {
        let path: Vec<&str> = self.path.iter().map(String::as_str).collect();
        let offset = match (at_key, path.is_empty()) {
            (_, true) => 0,
            (true, false) => self.context.spans.key(&path),
            (false, false) => self.context.spans.value(&path),
        };
        let diagnostic = Diagnostic::at_indexed(
            self.context.path,
            self.context.source,
            self.context.lines,
            offset,
            message,
        )
        .with_help(help);
        self.diagnostics.push(diagnostic);
    }

    /// Checks `value` against `shape`; `what` names the node in messages (`` `docs` ``). Returns
    /// whether the node fits; nodes inside it that do not fit are removed.
    fn node(&mut self, value: &mut Value, shape: &Shape, what: &str) -> bool {
        match (shape, &mut *value) {
            (Shape::Text, Value::String(_)) | (Shape::Flag, Value::Bool(_)) => true,
            (Shape::Text, Value::Number(_) | Value::Bool(_)) => {
                let message = format!("{what} must be a string, not {}", kind(value));
                self.report(false, message, "put the value in quotes, e.g. \"404\"");
                false
            }
            (Shape::Text, _) => self.wrong_kind(value, what, "a string"),
            (Shape::Flag, _) => self.wrong_kind(value, what, "`true` or `false`"),
            (Shape::OneOf(allowed), Value::String(text)) if allowed.contains(&text.as_str()) => true,
            (Shape::OneOf(allowed), _) => {
                let list = allowed.iter().map(|choice| format!("`{choice}`")).collect::<Vec<_>>().join(", ");
                self.report(false, format!("{what} must be one of {list}"), format!("write one of {list}"));
                false
            }
            (Shape::TextList, Value::Sequence(items)) => {
                let mut fits = true;
                for (index, item) in items.iter_mut().enumerate() {
                    self.path.push(index.to_string());
                    fits &= self.node(item, &Shape::Text, &format!("each item of {what}"));
                    self.path.pop();
                }
                fits
            }
            (Shape::TextList, _) => self.wrong_kind(value, what, "a list of strings"),
            (Shape::Map(noun, item), Value::Mapping(entries)) => {
                entries.retain(|key, item_value| {
                    let Some(name) = key_text(key) else {
                        self.report(
                            true,
                            format!("a key of {what} is {}", kind(key)),
                            "write keys as plain names",
                        );
                        return false;
                    };
                    self.path.push(name.clone());
                    let fits = self.node(item_value, item, &format!("{noun} `{name}`"));
                    self.path.pop();
                    if !fits {
                        // Without this item, errors about what refers to it would only be noise.
                        self.fatal = true;
                    }
                    fits
                });
                true
            }
            (Shape::StatusMap(item), Value::Mapping(entries)) => {
                entries.retain(|key, item_value| {
                    let name = key_text(key).unwrap_or_default();
                    self.path.push(name.clone());
                    let is_status = key.as_u64().is_some_and(|status| (400..=599).contains(&status))
                        || key.as_str().and_then(crate::spec::quoted_status).is_some();
                    let fits = if is_status {
                        let fits = self.node(item_value, item, &format!("error `{name}`"));
                        self.fatal |= !fits;
                        fits
                    } else {
                        self.report(
                            true,
                            format!("`{name}` is not an error status"),
                            "key each error by its HTTP status, a number from 400 to 599 (`404:`, or `'404':` in quotes)",
                        );
                        false
                    };
                    self.path.pop();
                    fits
                });
                true
            }
            (Shape::Map(..) | Shape::StatusMap(_), _) => self.wrong_kind(value, what, "a mapping"),
            (Shape::Record(record) | Shape::TextOrRecord(record), Value::Mapping(entries)) => {
                self.record(record.keys, entries, what)
            }
            (Shape::TextOrRecord(_), Value::String(_)) => true,
            (Shape::TextOrRecord(_), _) => self.wrong_kind(value, what, "a string or a mapping"),
            (Shape::Record(_), _) => self.wrong_kind(value, what, "a mapping"),
        }
    }

    /// Reports a value of the wrong kind; always `false`, the node does not fit.
    fn wrong_kind(&mut self, value: &Value, what: &str, expected: &str) -> bool {
        let help = match value {
            Value::Null => format!("give {what} a value, or remove the key"),
            _ => format!("write {what} as {expected}; spec/README.md shows each key's type"),
        };
        self.report(false, format!("{what} must be {expected}, not {}", kind(value)), help);
        false
    }

    /// Checks a record's keys; unknown keys and optional keys whose values do not fit are removed.
    /// Returns whether every required key is present and fits.
    fn record(&mut self, keys: &[Key], entries: &mut serde_yaml::Mapping, what: &str) -> bool {
        let mut fits = true;
        entries.retain(|key, value| {
            let Some(name) = key_text(key) else {
                self.report(true, format!("a key of {what} is {}", kind(key)), "write keys as plain names");
                return false;
            };
            self.path.push(name.clone());
            let keep = match keys.iter().find(|known| known.name == name) {
                Some(known) => {
                    let value_fits = self.node(value, known.shape, &format!("`{name}`"));
                    fits &= value_fits || !known.required;
                    value_fits
                }
                None => {
                    let known_names = keys.iter().map(|known| known.name);
                    let help = match crate::diagnostic::closest(&name, known_names) {
                        _ if name.contains(' ') => {
                            "in `{ key: value, ... }`, a `, ` inside an unquoted value starts \
                                                   a new key: put the value in quotes"
                                .to_string()
                        }
                        Some(close) => format!("did you mean `{close}`?"),
                        None => format!(
                            "the keys of {what} are {}",
                            keys.iter()
                                .map(|known| format!("`{}`", known.name))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    self.report(true, format!("unknown key `{name}` in {what}"), help);
                    false
                }
            };
            self.path.pop();
            keep
        });
        for key in keys.iter().filter(|key| key.required) {
            if !entries.contains_key(key.name) {
                fits = false;
                self.report(
                    true,
                    format!("{what} has no `{}`", key.name),
                    format!("add `{}:`; spec/README.md says what it holds", key.name),
                );
            }
        }
        fits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec;
    use serde::de::{self, Deserialize, Deserializer, Visitor};

    /// Reads the field names a serde-derived struct asks for, without any input.
    struct FieldNames(Vec<&'static str>);

    #[derive(Debug)]
    struct Stop;

    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("stop")
        }
    }

    impl std::error::Error for Stop {}

    impl de::Error for Stop {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Stop
        }
    }

    impl<'de> Deserializer<'de> for &mut FieldNames {
        type Error = Stop;

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0.extend(fields);
            Err(Stop)
        }

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    fn serde_fields<'de, T: Deserialize<'de>>() -> Vec<&'static str> {
        let mut names = FieldNames(Vec::new());
        let _ = T::deserialize(&mut names);
        names.0
    }

    fn schema_fields(keys: &[Key]) -> Vec<&'static str> {
        keys.iter().map(|key| key.name).collect()
    }

    #[test]
    fn schema_keys_are_the_serde_model_fields() {
        assert_eq!(schema_fields(SPEC_KEYS), serde_fields::<spec::Spec>());
        assert_eq!(schema_fields(TYPE_KEYS), serde_fields::<spec::TypeDef>());
        assert_eq!(schema_fields(ONEOF_KEYS), serde_fields::<spec::OneofGroup>());
        assert_eq!(schema_fields(ENUM_VALUE_KEYS), serde_fields::<spec::EnumValueDetails>());
        assert_eq!(schema_fields(FIELD_KEYS), serde_fields::<spec::Field>());
        assert_eq!(schema_fields(METHOD_KEYS), serde_fields::<spec::Method>());
        assert_eq!(schema_fields(ERROR_KEYS), serde_fields::<spec::ErrorDef>());
        assert_eq!(schema_fields(PAGING_KEYS), serde_fields::<spec::Paging>());
    }
}
