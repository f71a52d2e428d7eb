//! Every semantic error of a spec, each located at the node it is about.
//!
//! Parsing already rejected what serde can see (unknown keys, wrong value types, malformed type
//! expressions and routes). What is left needs the whole spec at once: names that must resolve, names
//! that collide once converted to Rust, routes whose placeholders must match params, and so on.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::diagnostic::{Diagnostic, closest};
use crate::graph;
use crate::markdown;
use crate::naming::{self, CLIENT_ITEM_NAMES, PRELUDE_TYPE_NAMES, RESERVED_METHOD_NAMES, RustIdent};
use crate::spec::{self, Field, HttpVerb, Method, ParamLocation, SpecFile, TypeDef, TypeExpr};

/// Checks one spec, linked to the specs of shared types (their `api` names in `shared`); returns every
/// error found, in no particular order.
pub fn validate(file: &SpecFile, shared: &[&str]) -> Vec<Diagnostic> {
    let mut checker =
        Checker { file, shared, secret_holders: graph::secret_holders(&file.spec), diagnostics: Vec::new() };
    checker.check_top_level();
    checker.check_types();
    checker.check_type_depth();
    checker.check_methods();
    checker.check_rust_type_names();
    checker.check_docs();
    checker.diagnostics
}

struct Checker<'a> {
    file: &'a SpecFile,
    /// The `api` names of the specs of shared types.
    shared: &'a [&'a str],
    /// The types whose values hold a secret somewhere inside.
    secret_holders: HashSet<&'a str>,
    diagnostics: Vec<Diagnostic>,
}

/// Whether a diagnostic points at a node's key (its name) or at its value.
#[derive(Clone, Copy)]
enum At {
    Key,
    Value,
}

impl Checker<'_> {
    fn error(&mut self, path: &[&str], at: At, message: String, help: impl Into<String>) {
        let offset = match at {
            At::Key => self.file.spans.key(path),
            At::Value => self.file.spans.value(path),
        };
        self.diagnostics.push(
            Diagnostic::at_indexed(&self.file.path, &self.file.source, &self.file.lines, offset, message)
                .with_help(help),
        );
    }

    fn error_at(&mut self, offset: usize, message: String, help: impl Into<String>) {
        self.diagnostics.push(
            Diagnostic::at_indexed(&self.file.path, &self.file.source, &self.file.lines, offset, message)
                .with_help(help),
        );
    }

    /// The offset of `needle` in the source at or after the value at `path` (skipping `skip` bytes
    /// into it), so an error can point inside a value; the value's start if it is not found.
    fn offset_within(&self, path: &[&str], needle: &str, skip: usize) -> usize {
        let start = self.file.spans.value(path);
        let from = (start + skip).min(self.file.source.len());
        match self.file.source.get(from..).and_then(|rest| rest.find(needle)) {
            Some(found) => from + found,
            None => start,
        }
    }

    fn check_top_level(&mut self) {
        let spec = &self.file.spec;
        let api = spec.api.as_str();
        let is_module_name = api.starts_with(|c: char| c.is_ascii_lowercase())
            && api.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !is_module_name {
            self.error(
                &["api"],
                At::Value,
                format!("`api` must be a snake_case module name, not `{api}`"),
                format!(
                    "use lowercase letters, digits and `_`, starting with a letter, e.g. `{}`; it names the output file, so it cannot hold a path",
                    suggest_module_name(api)
                ),
            );
        } else if naming::module(api).is_none() {
            self.error(
                &["api"],
                At::Value,
                format!(
                    "`{api}` is a Rust keyword or a name the crate already uses (a module of the crate root, a crate it depends on, or the crate's `default` or `full` feature), so it cannot name the module"
                ),
                format!("choose another name, e.g. `{api}_api`"),
            );
        }
        if markdown::shows_nothing(&spec.title) {
            self.error(&["title"], At::Value, "`title` is empty".into(), "give the API's human name");
        }
        let Some(base_url) = spec.base_url.as_deref() else {
            if !spec.methods.is_empty() {
                self.error(
                    &["methods"],
                    At::Key,
                    "the spec has methods but no `base_url`".into(),
                    "add `base_url: https://www.wixapis.com` (or where the API is served)",
                );
            }
            return;
        };
        let has_scheme = base_url.starts_with("https://") || base_url.starts_with("http://");
        if !has_scheme || base_url.contains(char::is_whitespace) || base_url.contains(['?', '#']) {
            self.error(
                &["base_url"],
                At::Value,
                format!("`{base_url}` is not a base URL"),
                "write an absolute http(s) URL with no query or fragment, e.g. `https://www.wixapis.com`",
            );
        }
        if spec.methods.is_empty() {
            self.error(
                &["methods"],
                At::Key,
                "the spec has no methods".into(),
                "describe at least one method; a spec of types that APIs share has neither methods nor `base_url`",
            );
        }
    }

    fn check_types(&mut self) {
        let file = self.file;
        for (name, def) in file.spec.own_types() {
            let path = ["types", name.as_str()];
            if !spec::is_identifier(name) || naming::type_name(name).is_none() {
                self.error(
                    &path,
                    At::Key,
                    format!("type name `{name}` is not an identifier"),
                    "use letters, digits and `_`, in UpperCamelCase",
                );
            }
            if markdown::shows_nothing(&def.docs) {
                self.missing_docs(&path, &format!("type `{name}`"));
            }
            match (&def.fields, &def.values) {
                (Some(_), Some(_)) => self.error(
                    &path,
                    At::Key,
                    format!("type `{name}` has both `fields` and `enum`"),
                    "a type is an object (`fields`) or an enum (`enum`); split it in two",
                ),
                (None, None) if def.oneof.is_empty() => self.error(
                    &path,
                    At::Key,
                    format!("type `{name}` has neither `fields` nor `enum`"),
                    "add `fields:` (use `fields: {}` for an empty marker object) or `enum:`",
                ),
                (_, Some(values)) => {
                    if !def.oneof.is_empty() {
                        self.error(
                            &[&path[..], &["oneof"]].concat(),
                            At::Key,
                            format!("enum `{name}` cannot have `oneof` groups"),
                            "move the groups to an object type",
                        );
                    }
                    self.check_enum(name, values);
                }
                _ => self.check_object(name, def),
            }
        }
    }

    /// Types that nest too deep for rustc and rustdoc to work out their auto traits.
    fn check_type_depth(&mut self) {
        let (depth, chain) = graph::deepest_chain(&self.file.spec);
        if depth <= graph::MAX_TYPE_DEPTH {
            return;
        }
        let shown: Vec<String> = chain.iter().take(6).map(|name| format!("`{name}`")).collect();
        self.error(
            &["types", chain[0]],
            At::Key,
            format!(
                "types nest {depth} deep ({} -> ...), more than the {} the generated crate can compile and document",
                shown.join(" -> "),
                graph::MAX_TYPE_DEPTH
            ),
            "hold an ID instead of the object somewhere along the chain; each type counts one, and each list or map it holds the next in one more",
        );
    }

    fn check_enum(&mut self, name: &str, values: &indexmap::IndexMap<String, spec::EnumValue>) {
        let path = ["types", name, "enum"];
        if values.is_empty() {
            self.error(&path, At::Key, format!("enum `{name}` has no values"), "list at least one value");
        }
        let mut seen: HashMap<String, String> = HashMap::new();
        seen.insert(RustIdent::unknown_variant().to_string(), "the generated `Unknown` variant".into());
        for (value, details) in values {
            let value_path = [&path[..], &[value.as_str()]].concat();
            if value.trim().is_empty() {
                self.error(&value_path, At::Key, format!("enum `{name}` has an empty value"), "remove it");
                continue;
            }
            if markdown::shows_nothing(details.docs()) {
                self.missing_docs(&value_path, &format!("enum value `{value}`"));
            }
            let Some(variant) = naming::enum_variant(value, details.rust_name()) else {
                match details.rust_name() {
                    Some(rust_name) => self.error(
                        &[&value_path[..], &["rust_name"]].concat(),
                        At::Value,
                        format!("`rust_name` must be an UpperCamelCase identifier, not `{rust_name}`"),
                        format!("write it as `{}`", naming::camel(rust_name)),
                    ),
                    None => self.error(
                        &value_path,
                        At::Key,
                        format!(
                            "enum value `{value}` does not convert to a Rust variant name (`{}`)",
                            naming::camel(value)
                        ),
                        "use ASCII letters, digits and `_` in enum values, or give the value a `rust_name`",
                    ),
                }
                continue;
            };
            if let Some(other) = seen.insert(variant.to_string(), format!("`{value}`")) {
                self.error(
                    &value_path,
                    At::Key,
                    format!("enum value `{value}` and {other} both become the variant `{variant}`"),
                    "give one of them a `rust_name` (`VALUE: { docs: ..., rust_name: OtherName }`), or remove the duplicate",
                );
            }
        }
    }

    fn check_object(&mut self, name: &str, def: &TypeDef) {
        let empty = indexmap::IndexMap::new();
        let fields = def.fields.as_ref().unwrap_or(&empty);
        let mut rust_names = RustNames::default();
        for (field_name, field) in fields {
            let path = ["types", name, "fields", field_name.as_str()];
            self.check_field(&path, field_name, field, FieldRole::ObjectField);
            if let Some(rust) = naming::field(field_name) {
                self.claim(&mut rust_names, rust.to_string(), field_name, &path);
            }
        }
        let mut alternatives: HashMap<&str, &str> = HashMap::new();
        for (group_name, group) in &def.oneof {
            let path = ["types", name, "oneof", group_name.as_str()];
            if !spec::is_identifier(group_name) || naming::field(group_name).is_none() {
                self.error(
                    &path,
                    At::Key,
                    format!("oneof group name `{group_name}` is not an identifier"),
                    "use camelCase letters and digits",
                );
            }
            if markdown::shows_nothing(&group.docs) {
                self.missing_docs(&path, &format!("oneof group `{group_name}`"));
            }
            if let Some(rust) = naming::field(group_name) {
                self.claim(&mut rust_names, rust.to_string(), group_name, &path);
            }
            if group.fields.len() < 2 {
                self.error(
                    &path,
                    At::Key,
                    format!(
                        "oneof group `{group_name}` has {} field(s); a group needs at least two",
                        group.fields.len()
                    ),
                    "move a lone field to `fields`",
                );
            }
            let mut variants = RustNames::default();
            for (field_name, field) in &group.fields {
                let field_path = [&path[..], &["fields", field_name.as_str()]].concat();
                self.check_field(&field_path, field_name, field, FieldRole::OneofField);
                if fields.contains_key(field_name) {
                    self.error(
                        &field_path,
                        At::Key,
                        format!("`{field_name}` is both a field of `{name}` and a field of its oneof group `{group_name}`"),
                        "keep it in one place",
                    );
                }
                if let Some(other_group) = alternatives.insert(field_name, group_name) {
                    self.error(
                        &field_path,
                        At::Key,
                        format!("`{field_name}` is a field of both oneof groups `{other_group}` and `{group_name}` of `{name}`"),
                        "a JSON field can belong to one group only: keep it in one of them",
                    );
                }
                if let Some(rust) = naming::variant(field_name) {
                    self.claim(&mut variants, rust.to_string(), field_name, &field_path);
                }
            }
        }
    }

    /// Records that `original` takes the Rust name `rust`; reports it if another name already did.
    fn claim(&mut self, names: &mut RustNames, rust: String, original: &str, path: &[&str]) {
        if let Some(other) = names.0.insert(rust.clone(), original.to_string()) {
            let message = if other == original {
                format!("`{original}` is defined twice")
            } else {
                format!("`{original}` and `{other}` both become `{rust}` in Rust")
            };
            self.error(path, At::Key, message, "rename one of them so their Rust names differ");
        }
    }

    fn check_field(&mut self, path: &[&str], name: &str, field: &Field, role: FieldRole) {
        let what = match role {
            FieldRole::Param => "param",
            FieldRole::ObjectField | FieldRole::OneofField => "field",
        };
        if !spec::is_identifier(name) || naming::field(name).is_none() {
            self.error(
                path,
                At::Key,
                format!("{what} name `{name}` is not an identifier"),
                "use camelCase letters and digits, as the JSON names them",
            );
        }
        if markdown::shows_nothing(&field.docs) {
            self.missing_docs(path, &format!("{what} `{name}`"));
        }
        let type_path = [path, &["type"]].concat();
        self.check_type_expr(&type_path, &field.ty);
        if field.secret && field.ty != TypeExpr::String {
            self.error(
                &[path, &["secret"]].concat(),
                At::Key,
                format!("`secret` is only for `string` values, and `{name}` is not a string"),
                "remove `secret: true`, or make the type `string`",
            );
        }
        if role == FieldRole::OneofField && field.required {
            self.error(
                &[path, &["required"]].concat(),
                At::Key,
                format!("oneof field `{name}` cannot be `required`: at most one field of a group is present"),
                "remove `required: true`",
            );
        }
        if field.read_only && role != FieldRole::ObjectField {
            self.error(
                &[path, &["read_only"]].concat(),
                At::Key,
                match role {
                    FieldRole::Param => {
                        format!("`read_only` is for fields of types, and `{name}` is a param, which is sent")
                    }
                    _ => format!(
                        "`read_only` is for fields of types, and `{name}` is an alternative of a oneof group"
                    ),
                },
                "remove `read_only:`",
            );
        } else if field.read_only && field.required {
            self.error(
                &[path, &["read_only"]].concat(),
                At::Key,
                format!(
                    "`{name}` is read-only and required, but a caller builds values without read-only fields"
                ),
                "remove `required: true`: a read-only field is optional where values are built",
            );
        }
        if role != FieldRole::Param && field.location.is_some() {
            self.error(
                &[path, &["in"]].concat(),
                At::Key,
                format!("`in` is only for method params, and `{name}` is a field of a type"),
                "remove `in:`",
            );
        }
        if field.nullable {
            self.check_nullable(path, name, field, role);
        }
    }

    /// `nullable` is for an optional value that is sent on its own: not a required one (always sent
    /// with a value), not a list or map (held as a collection, whose empty value is left out), not a
    /// oneof alternative (the group holds one value or none).
    fn check_nullable(&mut self, path: &[&str], name: &str, field: &Field, role: FieldRole) {
        let key_path = [path, &["nullable"]].concat();
        let refusal = if field.required {
            Some((
                format!("`{name}` is required, so it cannot be `nullable`: a required value is always sent"),
                "remove `nullable: true`, or `required: true` if the API accepts the field left out",
            ))
        } else if matches!(field.ty, TypeExpr::List(_) | TypeExpr::Map(_)) {
            Some((
                format!(
                    "`{name}` is a list or map, which cannot be `nullable`: it is held as a collection, and left out of a request when empty"
                ),
                "remove `nullable: true`",
            ))
        } else if role == FieldRole::OneofField {
            Some((
                format!(
                    "oneof field `{name}` cannot be `nullable`: the group holds one of its fields, or none"
                ),
                "remove `nullable: true`; to clear the group, make a field outside the group nullable",
            ))
        } else if field.read_only {
            Some((
                format!("`{name}` is read-only, so it is never sent and cannot be cleared"),
                "remove `nullable: true`, or `read_only: true` if requests send the field",
            ))
        } else {
            None
        };
        if let Some((message, help)) = refusal {
            self.error(&key_path, At::Key, message, help);
        }
    }

    /// `complex_query` packs query params: a method that has none has nothing to pack.
    fn check_complex_query(&mut self, method_name: &str, method: &Method) {
        if !method.complex_query {
            return;
        }
        let placeholders = match method.http.pieces() {
            Ok(pieces) => naming::placeholders(&pieces),
            Err(_) => return,
        };
        let in_query = method.params.iter().any(|(name, param)| {
            naming::param_location(&placeholders, method.http.verb, name, param.location)
                == ParamLocation::Query
        });
        if !in_query {
            self.error(
                &["methods", method_name, "complex_query"],
                At::Key,
                format!("`{method_name}` has `complex_query`, but no param goes in the query string"),
                "remove `complex_query`: it says how query params are sent",
            );
        }
    }

    /// A reference to a shared type, `common.Sorting`, names a spec of shared types and one of its types.
    fn check_shared_reference(&mut self, path: &[&str], name: &str, spec_name: &str, type_name: &str) {
        let spec = &self.file.spec;
        if spec.is_shared_types() {
            self.error(
                path,
                At::Value,
                format!(
                    "`{name}` refers to another spec, and a spec of shared types holds only its own types"
                ),
                format!(
                    "move `{type_name}` into this spec, or write `{type_name}` if it is one of its types"
                ),
            );
        } else if !self.shared.contains(&spec_name) {
            let help = match closest(spec_name, self.shared.iter().copied()) {
                Some(close) => format!("did you mean `{close}.{type_name}`?"),
                None if self.shared.is_empty() => {
                    "no spec of shared types was given with this spec: generate them together".into()
                }
                None => format!("the specs of shared types are: {}", self.shared.join(", ")),
            };
            self.error(path, At::Value, format!("`{spec_name}` is not a spec of shared types"), help);
        } else if !spec.types.contains_key(name) {
            let prefix = format!("{spec_name}.");
            let known = spec.types.keys().filter(|key| key.starts_with(&prefix)).map(String::as_str);
            let help = match closest(name, known) {
                Some(close) => format!("did you mean `{close}`?"),
                None => format!("define `{type_name}` under `types` of the `{spec_name}` spec"),
            };
            self.error(path, At::Value, format!("the `{spec_name}` spec has no type `{type_name}`"), help);
        }
    }

    fn check_type_expr(&mut self, path: &[&str], ty: &TypeExpr) {
        if let TypeExpr::Invalid(text) = ty {
            self.error(
                path,
                At::Value,
                spec::invalid_type_message(text),
                "write a type expression as spec/README.md lists them, e.g. `list<Connection>`",
            );
            return;
        }
        let Some(name) = ty.named() else { return };
        if let Some((spec_name, type_name)) = spec::qualified(name) {
            self.check_shared_reference(path, name, spec_name, type_name);
            return;
        }
        if !self.file.spec.types.contains_key(name) {
            let known = self.file.spec.own_types().map(|(name, _)| name.as_str());
            let help = match closest(name, known) {
                Some(close) => format!("did you mean `{close}`?"),
                None => "define it under `types`, or use a built-in type (string, bool, int32, ...)".into(),
            };
            self.error(path, At::Value, format!("unknown type `{name}`"), help);
        }
    }

    fn check_methods(&mut self) {
        let file = self.file;
        let mut rust_names = RustNames::default();
        for reserved in RESERVED_METHOD_NAMES {
            rust_names.0.insert(reserved.to_string(), format!("{reserved} (the client's constructor)"));
        }
        for (name, method) in &file.spec.methods {
            let path = ["methods", name.as_str()];
            if !spec::is_identifier(name) {
                self.error(
                    &path,
                    At::Key,
                    format!("method name `{name}` is not an identifier"),
                    "use camelCase, as Wix names methods",
                );
            }
            match (&method.rust_name, naming::method(name, method)) {
                (Some(rust_name), None) => self.error(
                    &[&path[..], &["rust_name"]].concat(),
                    At::Value,
                    format!(
                        "`rust_name` must be a snake_case identifier that is not a keyword, not `{rust_name}`"
                    ),
                    match naming::field(&rust_name.replace(|c: char| !c.is_ascii(), "")) {
                        Some(suggestion) if !suggestion.is_raw() => format!("write it as `{suggestion}`"),
                        _ => "use lowercase ASCII letters, digits and `_`, and no Rust keyword".to_string(),
                    },
                ),
                (None, None) if spec::is_identifier(name) => self.error(
                    &path,
                    At::Key,
                    format!("method name `{name}` does not convert to a Rust function name"),
                    "use camelCase letters and digits, as Wix names methods",
                ),
                (_, None) => {}
                (_, Some(rust_name)) => {
                    if method.paging.is_some() {
                        let stream = naming::stream(&rust_name).to_string();
                        self.claim(
                            &mut rust_names,
                            stream,
                            &format!("{name} (its stream of all pages)"),
                            &path,
                        );
                    }
                    self.claim(&mut rust_names, rust_name.to_string(), name, &path);
                }
            }
            if markdown::shows_nothing(&method.summary) {
                self.missing_docs(&[&path[..], &["summary"]].concat(), &format!("method `{name}`"));
            } else if method.summary.trim().contains('\n') {
                self.error(
                    &[&path[..], &["summary"]].concat(),
                    At::Value,
                    format!("the summary of `{name}` spans several lines"),
                    "keep `summary` to one sentence and move the rest to `docs`",
                );
            }
            if let Some(reason) = &method.http.invalid {
                self.error(
                    &[&path[..], &["http"]].concat(),
                    At::Value,
                    reason.clone(),
                    "write the route as `VERB /path`, e.g. `GET /v2/items/{itemId}`",
                );
            }
            self.check_params(name, method);
            self.check_complex_query(name, method);
            if let Some(returns) = &method.returns {
                let returns_path = [&path[..], &["returns"]].concat();
                match file.spec.types.get(returns) {
                    Some(def) if def.values.is_some() => self.error(
                        &returns_path,
                        At::Value,
                        format!("`{name}` returns the enum `{returns}`; a response body is an object"),
                        "return an object type that holds the enum in a field",
                    ),
                    Some(def) if def.shared_from.is_some() => self.error(
                        &returns_path,
                        At::Value,
                        format!("`{name}` returns the shared type `{returns}`; a response type is the API's own"),
                        "define the response type under `types` of this spec, holding the shared type in a field",
                    ),
                    Some(_) => {}
                    None if !matches!(TypeExpr::from(returns.clone()), TypeExpr::Named(_)) => self.error(
                        &returns_path,
                        At::Value,
                        format!("`returns: {returns}` is not a type name; `returns` names the object type of the response body"),
                        "define an object type under `types` that holds the value in a field (a list in `items`, say), and return it",
                    ),
                    None => self.check_type_expr(&returns_path, &TypeExpr::Named(returns.clone())),
                }
            }
            self.check_errors(name, method);
            if let Some(paging) = &method.paging {
                self.check_paging(name, method, paging);
            }
        }
    }

    fn check_params(&mut self, method_name: &str, method: &Method) {
        let path = ["methods", method_name, "params"];
        let route_path = ["methods", method_name, "http"];
        let placeholders = match method.http.pieces() {
            Ok(pieces) => naming::placeholders(&pieces),
            Err(message) => {
                self.error(&route_path, At::Value, message, "write placeholders as `{paramName}`");
                Vec::new()
            }
        };
        let mut rust_names = RustNames::default();
        for (param_name, param) in &method.params {
            let param_path = [&path[..], &[param_name.as_str()]].concat();
            self.check_field(&param_path, param_name, param, FieldRole::Param);
            if let Some(rust) = naming::field(param_name) {
                self.claim(&mut rust_names, rust.to_string(), param_name, &param_path);
            }
            self.check_requires(&param_path, param_name, param, &mut rust_names);
            let location =
                naming::param_location(&placeholders, method.http.verb, param_name, param.location);
            let in_route = placeholders.contains(&param_name.as_str());
            match param.location {
                Some(ParamLocation::Path) if !in_route => self.error(
                    &[&param_path[..], &["in"]].concat(),
                    At::Value,
                    format!("path param `{param_name}` does not appear in the route `{}`", method.http.path),
                    format!("add `{{{param_name}}}` to the route, or send the param in the query or body"),
                ),
                Some(ParamLocation::Query | ParamLocation::Body) if in_route => self.error(
                    &[&param_path[..], &["in"]].concat(),
                    At::Value,
                    format!("`{param_name}` fills a placeholder of the route, so it goes in the path"),
                    "remove `in:`",
                ),
                Some(ParamLocation::Body) if method.http.verb == HttpVerb::Get => self.error(
                    &[&param_path[..], &["in"]].concat(),
                    At::Value,
                    format!("`{param_name}` is a body param, but GET requests have no body"),
                    "send it in the query string (`in: query`), or change the verb",
                ),
                _ => {}
            }
            let holds_secret =
                param.secret || param.ty.named().is_some_and(|held| self.secret_holders.contains(held));
            if holds_secret && location != ParamLocation::Body {
                let what = match param.secret {
                    true => format!("secret param `{param_name}`"),
                    false => format!("param `{param_name}` holds a secret field, so it"),
                };
                self.error(
                    &param_path,
                    At::Key,
                    format!("{what} would go in the URL, where proxies, servers and logs keep it"),
                    "send secrets in the JSON body (`in: body`, with a POST, PUT or PATCH method)",
                );
            }
            if param.nullable && location == ParamLocation::Query {
                self.error(
                    &[&param_path[..], &["nullable"]].concat(),
                    At::Key,
                    format!("`{param_name}` goes in the query string, where `null` cannot be sent"),
                    "remove `nullable: true`, or send the param in the body (`in: body`, with a POST, PUT or PATCH method)",
                );
            }
            if in_route {
                if !param.required {
                    self.error(
                        &param_path,
                        At::Key,
                        format!("path param `{param_name}` must be `required`: the route cannot be built without it"),
                        "add `required: true`",
                    );
                }
                if !matches!(param.ty, TypeExpr::String | TypeExpr::Guid | TypeExpr::Int32 | TypeExpr::Int64)
                {
                    self.error(
                        &[&param_path[..], &["type"]].concat(),
                        At::Value,
                        format!("path param `{param_name}` must be a string, guid or integer"),
                        "change its type",
                    );
                }
            }
        }
        let mut seen = HashSet::new();
        for placeholder in placeholders {
            if !seen.insert(placeholder) {
                self.error(
                    &route_path,
                    At::Value,
                    format!("the route names `{{{placeholder}}}` twice"),
                    "name each placeholder once",
                );
            } else if placeholder.contains('.') {
                self.check_field_placeholder(method_name, method, placeholder);
            } else if !method.params.contains_key(placeholder) {
                let help = match closest(placeholder, method.params.keys().map(String::as_str)) {
                    Some(close) => {
                        format!("did you mean `{{{close}}}`? Otherwise add a param `{placeholder}`")
                    }
                    None => format!("add a required param `{placeholder}` to `params`"),
                };
                let offset = self.offset_within(&route_path, &format!("{{{placeholder}}}"), 0);
                let message = format!(
                    "the route placeholder `{{{placeholder}}}` is filled by no param of `{method_name}`"
                );
                self.error_at(offset, message, help);
            }
        }
    }

    /// The fields a method requires inside a param (`requires: [bookingId]` on `attendance`): optional
    /// fields of the param's object type, reached through objects the request can create, each an
    /// argument of the request's `new` whose name no other argument has.
    fn check_requires(
        &mut self,
        param_path: &[&str],
        param_name: &str,
        param: &Field,
        names: &mut RustNames,
    ) {
        if param.requires.is_empty() {
            return;
        }
        let requires_path = [param_path, &["requires"]].concat();
        let object = match &param.ty {
            TypeExpr::Named(object) if param.required => object,
            _ => {
                self.error(
                    &requires_path,
                    At::Key,
                    format!(
                        "`requires` names fields inside `{param_name}`, which is not a required object param"
                    ),
                    "make the param a required object, or remove `requires`",
                );
                return;
            }
        };
        let mut seen = HashSet::new();
        for (index, dotted) in param.requires.iter().enumerate() {
            let index = index.to_string();
            let at = [&requires_path[..], &[index.as_str()]].concat();
            if !seen.insert(dotted) {
                self.error(&at, At::Value, format!("`{dotted}` is required twice"), "list each field once");
                continue;
            }
            let steps = match naming::response_path(&self.file.spec, object, dotted) {
                Ok(steps) => steps,
                Err(problem) => {
                    self.error(
                        &at,
                        At::Value,
                        problem,
                        "name a field of the param's type, with dots into nested objects",
                    );
                    continue;
                }
            };
            let Some(last) = steps.last() else { continue };
            let problem = match &last.field.ty {
                _ if last.field.required => Some(format!("`{dotted}` is required by its type already")),
                _ if last.field.read_only => {
                    Some(format!("`{dotted}` is read-only, so requests never send it"))
                }
                _ if last.field.nullable => {
                    Some(format!("`{dotted}` is nullable, and a required value is never cleared"))
                }
                TypeExpr::List(_) | TypeExpr::Map(_) => {
                    Some(format!("`{dotted}` is a list or map, which is empty rather than missing"))
                }
                _ => None,
            };
            if let Some(problem) = problem {
                self.error(&at, At::Value, problem, "require an optional field that requests send");
            }
            if let Some(step) = steps[..steps.len() - 1].iter().find(|step| step.field.nullable) {
                self.error(
                    &at,
                    At::Value,
                    format!("`{dotted}` goes through `{}`, which is nullable", step.name),
                    "require fields reached through objects that are not nullable",
                );
            }
            if let Some(step) = steps[..steps.len() - 1].iter().find(|step| step.field.read_only) {
                self.error(
                    &at,
                    At::Value,
                    format!("`{dotted}` goes through `{}`, which is read-only and never sent", step.name),
                    "require fields that requests send",
                );
            }
            let wire_path: Vec<&str> = steps.iter().map(|step| step.name).collect();
            let what = format!("`new` sets `{param_name}.{dotted}`");
            let from_param = [&[naming::PathField { name: param_name, field: param }][..], &steps].concat();
            self.check_creatable_parents(&at, &from_param, &what);
            if let Some(argument) = naming::required_field_argument(param_name, &wire_path.join(".")) {
                self.claim(names, argument.to_string(), &format!("{param_name}.{dotted}"), &at);
            }
        }
    }

    /// A placeholder `{bookingPolicy.id}` takes the value of a field of a param (an update's entity):
    /// the field is one a URL can hold, and not a secret.
    fn check_field_placeholder(&mut self, method_name: &str, method: &Method, placeholder: &str) {
        let route_path = ["methods", method_name, "http"];
        let offset = self.offset_within(&route_path, &format!("{{{placeholder}}}"), 0);
        let steps = match naming::request_path(&self.file.spec, method_name, method, placeholder) {
            Ok(steps) => steps,
            Err(problem) => {
                let message = format!("the route placeholder `{{{placeholder}}}` names no field: {problem}");
                let help = "name a param, or a field of an object param with dots (`{bookingPolicy.id}`)";
                self.error_at(offset, message, help);
                return;
            }
        };
        let Some(last) = steps.last() else { return };
        if !matches!(last.field.ty, TypeExpr::String | TypeExpr::Guid | TypeExpr::Int32 | TypeExpr::Int64) {
            self.error_at(
                offset,
                format!("the route placeholder `{{{placeholder}}}` names a field that is not a string, guid or integer"),
                "name the field that holds the ID",
            );
        }
        if let Some(step) = steps.iter().find(|step| step.field.nullable) {
            self.error_at(
                offset,
                format!(
                    "the route placeholder `{{{placeholder}}}` goes through `{}`, which is nullable",
                    step.name
                ),
                "name fields that are not nullable: a cleared value cannot fill a route",
            );
        }
        let secret = last.field.secret || steps.iter().any(|step| step.field.secret);
        if secret {
            self.error_at(
                offset,
                format!(
                    "the route placeholder `{{{placeholder}}}` names a secret, which would go in the URL"
                ),
                "send secrets in the JSON body only",
            );
        }
    }

    fn check_errors(&mut self, method_name: &str, method: &Method) {
        let mut rust_names = RustNames::default();
        let mut documented_codes = HashSet::new();
        for (status, error) in &method.errors {
            let status_text = status.to_string();
            let path = ["methods", method_name, "errors", status_text.as_str()];
            if !(400..=599).contains(status) {
                self.error(
                    &path,
                    At::Key,
                    format!("`{status}` is not an error status"),
                    "document only 4xx and 5xx statuses under `errors`",
                );
            }
            if naming::status_variant(&error.name).is_none() {
                self.error(
                    &[&path[..], &["name"]].concat(),
                    At::Value,
                    format!("error name `{}` is not an UpperCamelCase identifier", error.name),
                    format!("write it as `{}`", naming::camel(&error.name)),
                );
            }
            self.claim(&mut rust_names, error.name.clone(), &error.name, &[&path[..], &["name"]].concat());
            if markdown::shows_nothing(&error.docs) {
                self.missing_docs(&path, &format!("error {status}"));
            }
            for (code, docs) in &error.codes {
                let code_path = [&path[..], &["codes", code.as_str()]].concat();
                self.check_error_code(
                    method_name,
                    code,
                    docs,
                    &code_path,
                    &mut documented_codes,
                    &mut rust_names,
                );
            }
        }
        for (code, docs) in &method.error_codes {
            let code_path = ["methods", method_name, "error_codes", code.as_str()];
            self.check_error_code(
                method_name,
                code,
                docs,
                &code_path,
                &mut documented_codes,
                &mut rust_names,
            );
        }
        self.check_validation_rules(method_name, method, &rust_names);
    }

    /// A method's validation rules: SCREAMING_SNAKE_CASE names, each listed once and a variant of its own
    /// in the rules enum, within the limits; where no status 400 is documented, the variant the
    /// generator adds for it must not take a name `error_variants` (the error enum's) already has.
    fn check_validation_rules(&mut self, method_name: &str, method: &Method, error_variants: &RustNames) {
        let path = ["methods", method_name, "validation_rules"];
        let rules = &method.validation_rules;
        if rules.len() > MAX_VALIDATION_RULES {
            self.error(
                &path,
                At::Key,
                format!(
                    "`{method_name}` lists {} validation rules, more than the limit of {MAX_VALIDATION_RULES}",
                    rules.len()
                ),
                "list the rules Wix's typings give for this method (`<Method>ValidationErrors`); real methods have a few dozen at most",
            );
        }
        let mut variants = RustNames::default();
        let unknown = RustIdent::unknown_variant().to_string();
        variants.0.insert(unknown.clone(), unknown.clone());
        for (index, rule) in rules.iter().enumerate() {
            let index = index.to_string();
            let rule_path = [&path[..], &[index.as_str()]].concat();
            if spec::longer_than(rule, MAX_RULE_NAME_CHARS) {
                self.error(
                    &rule_path,
                    At::Value,
                    format!(
                        "this validation rule is {} characters long, more than the limit of {MAX_RULE_NAME_CHARS}",
                        rule.chars().count()
                    ),
                    "copy the rule name from Wix's typings; real ones are a few words",
                );
                continue;
            }
            if rule.trim().is_empty() {
                self.error(&rule_path, At::Value, "a validation rule is empty".into(), "remove it");
                continue;
            }
            let variant = naming::variant(rule).filter(|_| is_screaming_snake(rule));
            let Some(variant) = variant else {
                self.error(
                    &rule_path,
                    At::Value,
                    format!("validation rule `{rule}` is not a SCREAMING_SNAKE_CASE name"),
                    "write it as Wix's typings do, e.g. `INVALID_FORM`: capital ASCII letters and digits in words joined by single `_`, starting with a letter",
                );
                continue;
            };
            let Some(other) = variants.0.insert(variant.to_string(), rule.clone()) else { continue };
            let (message, help) = if other == *rule {
                (
                    format!("validation rule `{rule}` is listed twice for `{method_name}`"),
                    "list each rule once".to_string(),
                )
            } else if other == unknown {
                (
                    format!(
                        "validation rule `{rule}` becomes `{unknown}`, the variant that holds the rules this version of the crate does not know"
                    ),
                    format!(
                        "leave `{rule}` out: a rule that is not listed still comes, as `{unknown}` holding its name"
                    ),
                )
            } else {
                (
                    format!("validation rules `{rule}` and `{other}` both become the variant `{variant}`"),
                    "remove the one Wix's typings do not list".to_string(),
                )
            };
            self.error(&rule_path, At::Value, message, help);
        }
        if rules.is_empty() || method.errors.contains_key(&400) {
            return;
        }
        let added = RustIdent::invalid_argument_variant();
        if let Some(other) = error_variants.0.get(added.as_str()) {
            self.error(
                &path,
                At::Key,
                format!(
                    "`{method_name}` lists validation rules and documents no status 400, so its error enum gets a variant `{added}` for 400 responses, a name `{other}` already takes"
                ),
                "document status 400 under `errors`, under a name of its own: that variant then holds the validation errors",
            );
        }
    }

    /// An application error code: documented, a Rust variant name of its own, documented once.
    fn check_error_code<'c>(
        &mut self,
        method_name: &str,
        code: &'c str,
        docs: &str,
        code_path: &[&str],
        documented_codes: &mut HashSet<&'c str>,
        rust_names: &mut RustNames,
    ) {
        if markdown::shows_nothing(docs) {
            self.missing_docs(code_path, &format!("error code `{code}`"));
        }
        let Some(variant) = naming::variant(code) else {
            self.error(
                code_path,
                At::Key,
                format!(
                    "error code `{code}` does not convert to a Rust variant name (`{}`)",
                    naming::camel(code)
                ),
                "write application error codes in SHOUTY_SNAKE_CASE, e.g. `BAD_CREDENTIALS`",
            );
            return;
        };
        if !documented_codes.insert(code) {
            self.error(
                code_path,
                At::Key,
                format!("error code `{code}` is documented twice for `{method_name}`"),
                "document each application error code once: under the status Wix sends it with, or under `error_codes` when that is not documented",
            );
            return;
        }
        // Codes and status names share the error enum's variants.
        self.claim(rust_names, variant.to_string(), code, code_path);
    }

    fn check_paging<'a>(&mut self, method_name: &str, method: &'a Method, paging: &'a spec::Paging) {
        let path = ["methods", method_name, "paging"];
        let Some(returns) = method.returns.as_deref() else {
            self.error(
                &path,
                At::Key,
                format!("`{method_name}` pages but returns nothing"),
                "add `returns:` with the page type",
            );
            return;
        };
        self.check_paging_style(method_name, paging);
        let spec = &self.file.spec;
        let request = |dotted: Option<&'a String>| {
            dotted.map(|dotted| (dotted, naming::request_path(spec, method_name, method, dotted)))
        };
        let response = |dotted: Option<&'a String>| {
            dotted.map(|dotted| (dotted, naming::response_path(spec, returns, dotted)))
        };
        let checks = [
            ("items", response(Some(&paging.items)), Expected::List),
            ("cursor", request(paging.cursor.as_ref()), Expected::Cursor),
            ("limit", request(paging.limit.as_ref()), Expected::Int32),
            ("next_cursor", response(paging.next_cursor.as_ref()), Expected::Cursor),
            ("has_next", response(paging.has_next.as_ref()), Expected::Bool),
            ("offset", request(paging.offset.as_ref()), Expected::Offset),
            ("total", response(paging.total.as_ref()), Expected::Total),
        ];
        for (key, resolved, expected) in checks {
            let Some((dotted, resolved)) = resolved else { continue };
            let key_path = [&path[..], &[key]].concat();
            let steps = match resolved {
                Ok(steps) => steps,
                Err(problem) => {
                    self.error(
                        &key_path,
                        At::Value,
                        problem,
                        "name an existing field, with dots into nested objects",
                    );
                    continue;
                }
            };
            if let Some(nullable) = steps.iter().find(|step| step.field.nullable) {
                let message = match steps.len() {
                    1 => format!("the paging field `{dotted}` is nullable"),
                    _ => format!(
                        "the paging path `{dotted}` goes through `{}`, which is nullable",
                        nullable.name
                    ),
                };
                self.error(
                    &key_path,
                    At::Value,
                    message,
                    format!(
                        "remove `nullable: true` from `{}`: the stream reads and sets the fields of a paging path as plain optional values",
                        nullable.name
                    ),
                );
            }
            let Some(last) = steps.last() else { continue };
            let fits = match expected {
                Expected::List => matches!(last.field.ty, TypeExpr::List(_)),
                Expected::Cursor => last.field.ty == TypeExpr::String,
                Expected::Int32 | Expected::Offset | Expected::Total => last.field.ty == TypeExpr::Int32,
                Expected::Bool => last.field.ty == TypeExpr::Bool,
            };
            if !fits {
                self.error(
                    &key_path,
                    At::Value,
                    format!("`{dotted}` is not {} field", expected.describe()),
                    format!("name the field that holds {}", expected.holds()),
                );
            }
            if expected == Expected::Cursor && last.field.secret {
                self.error(
                    &key_path,
                    At::Value,
                    format!(
                        "`{dotted}` is a secret, but a cursor is compared, kept and sent again as plain text"
                    ),
                    "make the cursor field a plain string",
                );
            }
            if matches!(key, "cursor" | "offset") {
                let what = format!("the stream sets `{dotted}` for each next page");
                self.check_creatable_parents(&key_path, &steps, &what);
            }
            if let (true, Some(step)) =
                (matches!(key, "cursor" | "offset" | "limit"), steps.iter().find(|step| step.field.read_only))
            {
                self.error(
                    &key_path,
                    At::Value,
                    format!("`{dotted}` goes through `{}`, which is read-only and never sent", step.name),
                    "page through fields that requests send",
                );
            }
        }
        for (index, kept) in paging.keep.iter().flatten().enumerate() {
            if let Err(problem) = naming::request_path(spec, method_name, method, kept) {
                let index = index.to_string();
                self.error(
                    &[&path[..], &["keep", index.as_str()]].concat(),
                    At::Value,
                    problem,
                    "name a param, with dots into the fields of objects, that following pages send again",
                );
            }
        }
    }

    /// A method pages by cursor (`cursor` and `next_cursor`) or by offset (`offset`, and `total` if the
    /// response says it), not both.
    fn check_paging_style(&mut self, method_name: &str, paging: &spec::Paging) {
        let path = ["methods", method_name, "paging"];
        let by_cursor = paging.cursor.is_some() || paging.next_cursor.is_some();
        let by_offset = paging.offset.is_some() || paging.total.is_some();
        let (missing, help) = match (by_cursor, by_offset) {
            (true, true) => {
                let key = if paging.offset.is_some() { "offset" } else { "total" };
                self.error(
                    &[&path[..], &[key]].concat(),
                    At::Key,
                    format!("`{method_name}` pages by cursor and by offset; a stream follows one of them"),
                    "keep `cursor` and `next_cursor` for cursor paging, or `offset` (and `total`) for offset paging",
                );
                return;
            }
            (true, false) if paging.cursor.is_none() => {
                ("cursor", "name the request param that takes the cursor, e.g. `cursorPaging.cursor`")
            }
            (true, false) if paging.next_cursor.is_none() => (
                "next_cursor",
                "name the response field with the next page's cursor, e.g. `pagingMetadata.cursors.next`",
            ),
            (false, true) if paging.offset.is_none() => {
                ("offset", "name the request param that takes the offset, e.g. `query.paging.offset`")
            }
            (false, false) => {
                self.error(
                    &path,
                    At::Key,
                    format!("`paging` of `{method_name}` says neither how to page by cursor nor by offset"),
                    "add `cursor` and `next_cursor` for cursor paging, or `offset` for offset paging",
                );
                return;
            }
            _ => return,
        };
        self.error(&path, At::Key, format!("`paging` of `{method_name}` has no `{missing}`"), help);
    }

    /// The stream sets the cursor (or offset) of each next request, and a request's `new` the fields the
    /// method requires inside a param, creating the optional objects on the way with `Default`: a type
    /// with a required field has none. `what` names what is set, e.g. "the stream ... the cursor".
    fn check_creatable_parents(&mut self, key_path: &[&str], steps: &[naming::PathField<'_>], what: &str) {
        for step in &steps[..steps.len().saturating_sub(1)] {
            let Some(object) = step.field.ty.named() else { continue };
            let required = self.file.spec.types.get(object).and_then(|def| {
                def.fields.iter().flatten().find(|(_, field)| field.required).map(|(name, _)| name)
            });
            if let (false, Some(required)) = (step.field.required, required) {
                self.error(
                    key_path,
                    At::Value,
                    format!(
                        "{what}, but cannot create `{}` on the way: `{object}` has the required field `{required}`",
                        step.name
                    ),
                    format!("make `{}` required, or every field of `{object}` optional", step.name),
                );
            }
        }
    }

    /// Generated type names (spec types, oneof enums, per-method requests and errors) must not collide.
    fn check_rust_type_names(&mut self) {
        let file = self.file;
        let mut owners: BTreeMap<String, String> = CLIENT_ITEM_NAMES
            .iter()
            .map(|name| (name.to_string(), format!("the generated `{name}`")))
            .chain(PRELUDE_TYPE_NAMES.iter().map(|name| (name.to_string(), format!("Rust's own `{name}`"))))
            .collect();
        let mut claim = |checker: &mut Self, rust: String, owner: String, path: Vec<&str>| {
            if let Some(other) = owners.get(&rust) {
                checker.error(
                    &path,
                    At::Key,
                    format!("{owner} and {other} both become the Rust type `{rust}`"),
                    "rename one of them",
                );
            } else {
                owners.insert(rust, owner);
            }
        };
        for (name, def) in file.spec.own_types() {
            if let Some(rust) = naming::type_name(name) {
                claim(self, rust.to_string(), format!("type `{name}`"), vec!["types", name]);
            }
            for group in def.oneof.keys() {
                if let Some(rust) = naming::type_name(group) {
                    let owner = format!("oneof group `{group}`");
                    claim(self, rust.to_string(), owner, vec!["types", name, "oneof", group]);
                }
            }
        }
        for name in file.spec.methods.keys() {
            if let Some(request) = naming::request_type(name) {
                claim(self, request.to_string(), format!("the request of `{name}`"), vec!["methods", name]);
            }
            if let Some(error) = naming::error_type(name) {
                claim(self, error.to_string(), format!("the error enum of `{name}`"), vec!["methods", name]);
            }
        }
        for (name, method) in &file.spec.methods {
            if let (false, Some(rules)) =
                (method.validation_rules.is_empty(), naming::validation_rule_type(name))
            {
                let owner = format!("the validation rules of `{name}`");
                claim(self, rules.to_string(), owner, vec!["methods", name, "validation_rules"]);
            }
        }
    }

    /// Every link to a name in doc text (`[name]`, `[text](name)`, ...) must name a method or type of
    /// this spec.
    fn check_docs(&mut self) {
        let spec = &self.file.spec;
        let statuses: Vec<Vec<String>> =
            spec.methods.values().map(|method| method.errors.keys().map(u16::to_string).collect()).collect();
        let mut texts: Vec<(Vec<&str>, &str)> = vec![(vec!["docs"], &spec.docs)];
        for (name, def) in spec.own_types() {
            texts.push((vec!["types", name, "docs"], &def.docs));
            for (field, f) in def.fields.iter().flatten() {
                texts.push((vec!["types", name, "fields", field, "docs"], &f.docs));
                if let Some(note) = &f.deprecated {
                    texts.push((vec!["types", name, "fields", field, "deprecated"], note));
                }
            }
            for (group, g) in &def.oneof {
                texts.push((vec!["types", name, "oneof", group, "docs"], &g.docs));
                for (field, f) in &g.fields {
                    texts.push((vec!["types", name, "oneof", group, "fields", field, "docs"], &f.docs));
                    if let Some(note) = &f.deprecated {
                        texts
                            .push((vec!["types", name, "oneof", group, "fields", field, "deprecated"], note));
                    }
                }
            }
            for (value, v) in def.values.iter().flatten() {
                texts.push((vec!["types", name, "enum", value], v.docs()));
                if let Some(note) = v.deprecated() {
                    texts.push((vec!["types", name, "enum", value, "deprecated"], note));
                }
            }
        }
        for ((name, method), statuses) in spec.methods.iter().zip(&statuses) {
            texts.push((vec!["methods", name, "summary"], &method.summary));
            texts.push((vec!["methods", name, "docs"], &method.docs));
            texts.push((vec!["methods", name, "authentication"], &method.authentication));
            if let Some(note) = &method.deprecated {
                texts.push((vec!["methods", name, "deprecated"], note));
            }
            for (param, p) in &method.params {
                texts.push((vec!["methods", name, "params", param, "docs"], &p.docs));
                if let Some(note) = &p.deprecated {
                    texts.push((vec!["methods", name, "params", param, "deprecated"], note));
                }
            }
            for (status, error) in statuses.iter().zip(method.errors.values()) {
                texts.push((vec!["methods", name, "errors", status, "docs"], &error.docs));
                for (code, docs) in &error.codes {
                    texts.push((vec!["methods", name, "errors", status, "codes", code], docs));
                }
            }
            for (code, docs) in &method.error_codes {
                texts.push((vec!["methods", name, "error_codes", code], docs));
            }
        }
        for (path, text) in texts {
            let value_start = self.file.spans.value(&path);
            let mut searched = 0;
            for reference in markdown::references(text) {
                // `[a.b]` is text unless `a` is a spec of shared types.
                let of_no_shared_spec = spec::qualified(&reference.name)
                    .is_some_and(|(spec_name, _)| !self.shared.contains(&spec_name));
                if of_no_shared_spec
                    || spec.methods.contains_key(&reference.name)
                    || spec.types.contains_key(&reference.name)
                {
                    continue;
                }
                let written = text.get(reference.range.clone()).unwrap_or(&reference.name);
                let offset = self.offset_within(&path, written, searched);
                searched = offset.saturating_sub(value_start) + 1;
                self.report_mention(offset, &reference.name);
            }
        }
    }

    fn report_mention(&mut self, offset: usize, name: &str) {
        let spec = &self.file.spec;
        let known = spec.methods.keys().chain(spec.types.keys()).map(String::as_str);
        let help = match closest(name, known) {
            Some(close) => format!("did you mean `[{close}]`? A `[name]` in docs must name a method or type of this spec"),
            None => "describe the method or type in this spec, or write the name without brackets (in backticks if it is code)".into(),
        };
        let message = format!("the docs link to `{name}`, which is neither a method nor a type of this spec");
        self.error_at(offset, message, help);
    }

    fn missing_docs(&mut self, path: &[&str], what: &str) {
        self.error(
            path,
            At::Key,
            format!("{what} has no docs"),
            "every public item is documented: add `docs:` with a sentence from the API's documentation",
        );
    }
}

/// What a paging path must lead to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expected {
    List,
    Cursor,
    Int32,
    Bool,
    Offset,
    Total,
}

impl Expected {
    fn describe(self) -> &'static str {
        match self {
            Expected::List => "a list",
            Expected::Cursor => "a string",
            Expected::Int32 | Expected::Offset | Expected::Total => "an int32",
            Expected::Bool => "a bool",
        }
    }

    fn holds(self) -> &'static str {
        match self {
            Expected::List => "the page's items",
            Expected::Cursor => "the cursor",
            Expected::Int32 => "the page size",
            Expected::Bool => "whether another page exists",
            Expected::Offset => "the number of items to skip",
            Expected::Total => "the number of items in all pages",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldRole {
    ObjectField,
    OneofField,
    Param,
}

/// Rust names taken in one scope, with the spec name that took each.
#[derive(Default)]
struct RustNames(HashMap<String, String>);

fn suggest_module_name(api: &str) -> String {
    let name =
        naming::snake(api.rsplit(['/', '\\']).next().unwrap_or(api)).trim_start_matches("r#").to_string();
    let name: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    let name = name.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_').to_string();
    if name.is_empty() { "my_api".to_string() } else { name }
}

/// Most validation rules a method may list; Wix's methods list a few dozen at most.
const MAX_VALIDATION_RULES: usize = 100;

/// Longest validation rule name, in characters; Wix's are a few words.
const MAX_RULE_NAME_CHARS: usize = 100;

/// Whether `text` is a SCREAMING_SNAKE_CASE name: words of capital ASCII letters and digits joined by
/// single `_`, starting with a letter (`INVALID_FORM`, `V2_RULE`).
fn is_screaming_snake(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.split('_').all(|word| {
            !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}
