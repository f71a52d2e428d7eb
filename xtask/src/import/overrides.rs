//! The hand-written overrides of an API (`spec/overrides/<module>.yaml`), applied to what the importer
//! mapped: what the typings lack (the HTTP status of error codes, prose of Wix's doc pages, Rust names,
//! fields requests must send) and what to leave out. Re-importing a newer package applies them again,
//! so a human's edit is never lost; an override of something the package no longer has is an error,
//! never silently dropped.
//!
//! An overrides file is written like a spec, every key optional, plus `leave_out`:
//!
//! ```yaml
//! title: External Calendars
//! leave_out: { methods: [internalMethod] }
//! types:
//!   Connection: { fields: { id: { docs: ID of the connection. } } }
//!   CalendarType: { enum: { OUTLOOK: { docs: Outlook., deprecated: Use `MICROSOFT`. } } }
//! methods:
//!   connectByOAuth:
//!     rust_name: connect_by_oauth
//!     errors: { 428: { name: FailedPrecondition, docs: ..., codes: { NOT_SUPPORTED_BY_PROVIDER: ... } } }
//! ```
//!
//! Mappings merge key by key and anything else replaces what the importer wrote. A type, field,
//! enum value, oneof group, method or param must exist in the import. An error code placed under a
//! status leaves the method's `error_codes`.

use std::path::{Path, PathBuf};

use generator::spans::SpanIndex;
use serde_yaml::{Mapping, Value};

/// An overrides file, read.
#[derive(Debug)]
pub struct Overrides {
    /// The file, for messages.
    pub path: PathBuf,
    source: String,
    document: Mapping,
    spans: SpanIndex,
}

/// Keys whose entries name things of the import: an override of an entry the import lacks is an
/// error. Each path is a pattern of keys, `*` for any name.
const NAMED_ENTRIES: [&[&str]; 7] = [
    &["types"],
    &["types", "*", "fields"],
    &["types", "*", "enum"],
    &["types", "*", "oneof"],
    &["types", "*", "oneof", "*", "fields"],
    &["methods"],
    &["methods", "*", "params"],
];

impl Overrides {
    /// Reads the overrides at `path` (named as `shown` in messages).
    pub fn read(path: &Path, shown: &Path) -> Result<Overrides, String> {
        let source = std::fs::read_to_string(path)
            .map_err(|error| format!("cannot read {}: {error}", shown.display()))?;
        Overrides::parse(shown, source)
    }

    /// Parses overrides text, which `path` names in messages.
    pub fn parse(path: &Path, source: String) -> Result<Overrides, String> {
        let spans = SpanIndex::build(&source)
            .map_err(|(_, message, help)| format!("{}: {message} ({help})", path.display()))?;
        let value: Value = if source.trim().is_empty() {
            Value::Mapping(Mapping::new())
        } else {
            serde_yaml::from_str(&source).map_err(|error| format!("{}: {error}", path.display()))?
        };
        let Value::Mapping(document) = value else {
            return Err(format!("{}: overrides are a mapping of spec keys", path.display()));
        };
        Ok(Overrides { path: path.to_path_buf(), source, document, spans })
    }

    /// The methods to leave out of the import.
    pub fn left_out_methods(&self) -> Result<Vec<String>, String> {
        let Some(leave_out) = self.document.get("leave_out") else { return Ok(Vec::new()) };
        let methods = leave_out.get("methods").cloned().unwrap_or(Value::Sequence(Vec::new()));
        let known =
            leave_out.as_mapping().is_some_and(|keys| keys.keys().all(|key| key.as_str() == Some("methods")));
        match (known, serde_yaml::from_value::<Vec<String>>(methods)) {
            (true, Ok(methods)) => Ok(methods),
            _ => Err(self.error(&["leave_out"], "`leave_out` takes `methods: [name, ...]`")),
        }
    }

    /// The types the overrides edit.
    pub fn edited_types(&self) -> Vec<String> {
        let types = self.document.get("types").and_then(Value::as_mapping);
        types
            .into_iter()
            .flat_map(|types| types.keys())
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    }

    /// The module name the overrides give, if any.
    pub fn api(&self) -> Option<&str> {
        self.document.get("api").and_then(Value::as_str)
    }

    /// Applies the overrides to `spec`, a spec serialized to a YAML value.
    pub fn apply(&self, spec: &mut Value) -> Result<(), String> {
        let mut document = self.document.clone();
        document.remove("leave_out");
        let Value::Mapping(target) = spec else { return Err("the imported spec is not a mapping".into()) };
        self.merge(target, &document, &mut Vec::new())?;
        settle_error_codes(spec);
        Ok(())
    }

    fn merge(&self, target: &mut Mapping, overrides: &Mapping, path: &mut Vec<String>) -> Result<(), String> {
        let named = NAMED_ENTRIES.iter().any(|pattern| {
            pattern.len() == path.len()
                && pattern.iter().zip(path.iter()).all(|(key, segment)| *key == "*" || key == segment)
        });
        for (key, value) in overrides {
            let name = key_text(key);
            path.push(name.clone());
            match (target.get_mut(key), value) {
                (Some(Value::Mapping(inner)), Value::Mapping(value)) => self.merge(inner, value, path)?,
                (Some(existing @ Value::String(_)), Value::Mapping(value)) if path_is_enum_value(path) => {
                    // `VALUE: docs` in the import, `VALUE: { ... }` in the overrides.
                    let mut inner = Mapping::new();
                    inner.insert(Value::String("docs".into()), existing.clone());
                    self.merge(&mut inner, value, path)?;
                    *existing = Value::Mapping(inner);
                }
                (None, _) if named => {
                    let segments: Vec<&str> = path.iter().map(String::as_str).collect();
                    return Err(self.error(
                        &segments,
                        &format!(
                            "`{}` overrides `{name}`, which the import does not have; the package may have renamed \
                             or dropped it: move or remove this override",
                            path[..path.len() - 1].join(".")
                        ),
                    ));
                }
                (Some(existing), value) => *existing = value.clone(),
                (None, value) => {
                    target.insert(key.clone(), value.clone());
                }
            }
            path.pop();
        }
        Ok(())
    }

    /// An error at the override of `path`, naming the file, line and column.
    fn error(&self, path: &[&str], message: &str) -> String {
        let offset = self.spans.key(path);
        let before = &self.source[..offset.min(self.source.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rfind('\n').map_or(before.len(), |newline| before.len() - newline - 1) + 1;
        format!("{}:{line}:{column}: {message}", self.path.display())
    }
}

fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
    }
}

fn path_is_enum_value(path: &[String]) -> bool {
    path.len() == 4 && path[0] == "types" && path[2] == "enum"
}

/// A code the overrides placed under a status is documented there, so it leaves `error_codes`.
fn settle_error_codes(spec: &mut Value) {
    let Some(methods) = spec.get_mut("methods").and_then(Value::as_mapping_mut) else { return };
    for method in methods.values_mut() {
        let placed: Vec<Value> = method
            .get("errors")
            .and_then(Value::as_mapping)
            .into_iter()
            .flat_map(|errors| errors.values())
            .filter_map(|error| error.get("codes").and_then(Value::as_mapping))
            .flat_map(|codes| codes.keys().cloned())
            .collect();
        let Some(method) = method.as_mapping_mut() else { continue };
        if let Some(Value::Mapping(codes)) = method.get_mut("error_codes") {
            for code in &placed {
                codes.remove(code);
            }
            if codes.is_empty() {
                method.remove("error_codes");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overrides(text: &str) -> Overrides {
        Overrides::parse(Path::new("spec/overrides/a.yaml"), text.to_string()).expect("the overrides parse")
    }

    fn spec(text: &str) -> Value {
        serde_yaml::from_str(text).expect("the spec parses")
    }

    #[test]
    fn mappings_merge_and_values_replace() {
        let mut target = spec(
            "title: A\ntypes:\n  T:\n    docs: Old.\n    fields:\n      id: { type: string, docs: ID., read_only: true }\n",
        );
        overrides("title: B\ntypes:\n  T:\n    fields:\n      id: { read_only: false, docs: New ID. }\n")
            .apply(&mut target)
            .expect("the overrides apply");
        assert_eq!(
            target,
            spec(
                "title: B\ntypes:\n  T:\n    docs: Old.\n    fields:\n      id: { type: string, docs: New ID., read_only: false }\n"
            )
        );
    }

    #[test]
    fn an_enum_value_written_short_takes_a_deprecation() {
        let mut target = spec("types:\n  K:\n    docs: K.\n    enum:\n      OLD: Old.\n");
        overrides("types:\n  K:\n    enum:\n      OLD: { deprecated: Use NEW. }\n")
            .apply(&mut target)
            .expect("applies");
        assert_eq!(
            target,
            spec("types:\n  K:\n    docs: K.\n    enum:\n      OLD: { docs: Old., deprecated: Use NEW. }\n")
        );
    }

    #[test]
    fn a_code_under_a_status_leaves_error_codes() {
        let mut target = spec("methods:\n  m:\n    summary: S.\n    error_codes: { A: a., B: b. }\n");
        overrides("methods:\n  m:\n    errors:\n      428: { name: FailedPrecondition, docs: D., codes: { A: The a. } }\n")
            .apply(&mut target)
            .expect("applies");
        let method = &target["methods"]["m"];
        assert_eq!(method["error_codes"], spec("{ B: b. }"));
        assert_eq!(method["errors"][428]["codes"]["A"], Value::String("The a.".into()));
        let mut target = spec("methods:\n  m:\n    summary: S.\n    error_codes: { A: a. }\n");
        overrides("methods:\n  m:\n    errors:\n      428: { name: F, docs: D., codes: { A: a. } }\n")
            .apply(&mut target)
            .expect("applies");
        assert!(target["methods"]["m"].get("error_codes").is_none());
    }

    #[test]
    fn an_override_of_what_the_import_lacks_is_an_error_at_its_line() {
        let mut target =
            spec("methods:\n  m:\n    summary: S.\n    params:\n      a: { type: string, docs: A. }\n");
        let error = overrides("methods:\n  m:\n    params:\n      b: { secret: true }\n")
            .apply(&mut target)
            .expect_err("`b` is not a param");
        assert_eq!(
            error,
            "spec/overrides/a.yaml:4:7: `methods.m.params` overrides `b`, which the import does not have; the package \
             may have renamed or dropped it: move or remove this override"
        );
        let error = overrides("methods:\n  gone: { rust_name: g }\n")
            .apply(&mut target)
            .expect_err("no method `gone`");
        assert!(error.starts_with("spec/overrides/a.yaml:2:3: `methods` overrides `gone`"), "{error}");
    }

    #[test]
    fn leave_out_names_methods() {
        assert_eq!(
            overrides("leave_out: { methods: [a, b] }").left_out_methods(),
            Ok(vec!["a".into(), "b".into()])
        );
        assert_eq!(overrides("title: T").left_out_methods(), Ok(vec![]));
        let error =
            overrides("leave_out: { types: [a] }").left_out_methods().expect_err("types are not left out");
        assert!(error.starts_with("spec/overrides/a.yaml:1:1: `leave_out` takes"), "{error}");
    }
}
