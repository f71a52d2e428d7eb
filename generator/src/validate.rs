//! Every semantic error of a spec, each located at the node it is about.
//!
//! Parsing already rejected what serde can see (unknown keys, wrong value types, malformed type
//! expressions and routes). What is left needs the whole spec at once: names that must resolve, names
//! that collide once converted to Rust, routes whose placeholders must match params, and so on.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::diagnostic::{Diagnostic, closest};
use crate::markdown;
use crate::naming;
use crate::spec::{self, Field, HttpVerb, Method, ParamLocation, PathPiece, SpecFile, TypeDef, TypeExpr};

/// Names every generated module defines besides the spec's own types.
const RESERVED_TYPE_NAMES: &[&str] = &["Client"];

/// Names of the standard prelude that generated code uses unqualified; a spec type of that name would
/// shadow them and break the module.
const PRELUDE_TYPE_NAMES: &[&str] = &[
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Hash",
    "Into",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "PartialEq",
    "Result",
    "Self_",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToString",
    "Vec",
];

/// Module names the crate root already uses; an API module of that name would be hidden by them.
const RESERVED_MODULE_NAMES: &[&str] = &["apis", "config", "error", "fixtures", "runtime", "types"];

/// Names of the generated `Client` besides the spec's methods.
const RESERVED_METHOD_NAMES: &[&str] = &["new"];

/// Checks one spec; returns every error found, in no particular order.
pub fn validate(file: &SpecFile) -> Vec<Diagnostic> {
    let mut checker = Checker { file, diagnostics: Vec::new() };
    checker.check_top_level();
    checker.check_types();
    checker.check_methods();
    checker.check_rust_type_names();
    checker.check_docs();
    checker.diagnostics
}

struct Checker<'a> {
    file: &'a SpecFile,
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
        self.diagnostics
            .push(Diagnostic::at(&self.file.path, &self.file.source, offset, message).with_help(help));
    }

    fn error_at(&mut self, offset: usize, message: String, help: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::at(&self.file.path, &self.file.source, offset, message).with_help(help));
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
        } else if naming::snake(api) != api || RESERVED_MODULE_NAMES.contains(&api) {
            self.error(
                &["api"],
                At::Value,
                format!(
                    "`{api}` is a Rust keyword or a name the crate already uses, so it cannot name the module"
                ),
                format!("choose another name, e.g. `{api}_api`"),
            );
        }
        if spec.title.trim().is_empty() {
            self.error(&["title"], At::Value, "`title` is empty".into(), "give the API's human name");
        }
        let base_url = spec.base_url.as_str();
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
                "describe at least one method",
            );
        }
    }

    fn check_types(&mut self) {
        let file = self.file;
        for (name, def) in &file.spec.types {
            let path = ["types", name.as_str()];
            if !spec::is_identifier(name) {
                self.error(
                    &path,
                    At::Key,
                    format!("type name `{name}` is not an identifier"),
                    "use letters, digits and `_`, in UpperCamelCase",
                );
            }
            if def.docs.trim().is_empty() {
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

    fn check_enum(&mut self, name: &str, values: &indexmap::IndexMap<String, spec::EnumValue>) {
        let path = ["types", name, "enum"];
        if values.is_empty() {
            self.error(&path, At::Key, format!("enum `{name}` has no values"), "list at least one value");
        }
        let mut seen: HashMap<String, String> = HashMap::new();
        seen.insert("Unknown".into(), "the generated `Unknown` variant".into());
        for (value, details) in values {
            let value_path = [&path[..], &[value.as_str()]].concat();
            if value.trim().is_empty() {
                self.error(&value_path, At::Key, format!("enum `{name}` has an empty value"), "remove it");
                continue;
            }
            if details.docs().trim().is_empty() {
                self.missing_docs(&value_path, &format!("enum value `{value}`"));
            }
            let variant = naming::camel(value);
            if !spec::is_identifier(variant.trim_start_matches("r#")) {
                self.error(
                    &value_path,
                    At::Key,
                    format!("enum value `{value}` does not convert to a Rust variant name (`{variant}`)"),
                    "use letters, digits and `_` in enum values",
                );
            } else if let Some(other) = seen.insert(variant.clone(), format!("`{value}`")) {
                self.error(
                    &value_path,
                    At::Key,
                    format!("enum value `{value}` and {other} both become the variant `{variant}`"),
                    "rename one of them, or remove the duplicate",
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
            self.claim(&mut rust_names, naming::snake(field_name), field_name, &path);
        }
        for (group_name, group) in &def.oneof {
            let path = ["types", name, "oneof", group_name.as_str()];
            if !spec::is_identifier(group_name) {
                self.error(
                    &path,
                    At::Key,
                    format!("oneof group name `{group_name}` is not an identifier"),
                    "use camelCase letters and digits",
                );
            }
            if group.docs.trim().is_empty() {
                self.missing_docs(&path, &format!("oneof group `{group_name}`"));
            }
            self.claim(&mut rust_names, naming::snake(group_name), group_name, &path);
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
                self.claim(&mut variants, naming::camel(field_name), field_name, &field_path);
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
        if !spec::is_identifier(name) {
            self.error(
                path,
                At::Key,
                format!("{what} name `{name}` is not an identifier"),
                "use camelCase letters and digits, as the JSON names them",
            );
        }
        if field.docs.trim().is_empty() {
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
        if role != FieldRole::Param && field.location.is_some() {
            self.error(
                &[path, &["in"]].concat(),
                At::Key,
                format!("`in` is only for method params, and `{name}` is a field of a type"),
                "remove `in:`",
            );
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
        if !self.file.spec.types.contains_key(name) {
            let known = self.file.spec.types.keys().map(String::as_str);
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
            let rust_name = match &method.rust_name {
                Some(rust_name) if naming::snake(rust_name) != *rust_name || rust_name.starts_with("r#") => {
                    self.error(
                        &[&path[..], &["rust_name"]].concat(),
                        At::Value,
                        format!("`rust_name` must be a snake_case identifier that is not a keyword, not `{rust_name}`"),
                        format!("write it as `{}`", naming::snake(rust_name).trim_start_matches("r#")),
                    );
                    rust_name.clone()
                }
                Some(rust_name) => rust_name.clone(),
                None => naming::snake(name),
            };
            if method.paging.is_some() {
                let stream = format!("{}_all", rust_name.trim_start_matches("r#"));
                self.claim(&mut rust_names, stream, &format!("{name} (its stream of all pages)"), &path);
            }
            self.claim(&mut rust_names, rust_name, name, &path);
            if method.summary.trim().is_empty() {
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
            if let Some(returns) = &method.returns {
                let returns_path = [&path[..], &["returns"]].concat();
                match file.spec.types.get(returns) {
                    Some(def) if def.values.is_some() => self.error(
                        &returns_path,
                        At::Value,
                        format!("`{name}` returns the enum `{returns}`; a response body is an object"),
                        "return an object type that holds the enum in a field",
                    ),
                    Some(_) => {}
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
            Ok(pieces) => pieces
                .into_iter()
                .filter_map(|piece| match piece {
                    PathPiece::Placeholder(name) => Some(name),
                    PathPiece::Literal(_) => None,
                })
                .collect::<Vec<_>>(),
            Err(message) => {
                self.error(&route_path, At::Value, message, "write placeholders as `{paramName}`");
                Vec::new()
            }
        };
        let mut rust_names = RustNames::default();
        for (param_name, param) in &method.params {
            let param_path = [&path[..], &[param_name.as_str()]].concat();
            self.check_field(&param_path, param_name, param, FieldRole::Param);
            self.claim(&mut rust_names, naming::snake(param_name), param_name, &param_path);
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
            let in_query = !in_route
                && (param.location == Some(ParamLocation::Query)
                    || (param.location.is_none()
                        && matches!(method.http.verb, HttpVerb::Get | HttpVerb::Delete)));
            if param.secret && (in_route || in_query) {
                self.error(
                    &param_path,
                    At::Key,
                    format!(
                        "secret param `{param_name}` would go in the URL, where proxies and logs keep it"
                    ),
                    "send secrets in the JSON body (`in: body`, with a POST, PUT or PATCH method)",
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
            if !spec::is_identifier(&error.name) || naming::camel(&error.name) != error.name {
                self.error(
                    &[&path[..], &["name"]].concat(),
                    At::Value,
                    format!("error name `{}` is not an UpperCamelCase identifier", error.name),
                    format!("write it as `{}`", naming::camel(&error.name)),
                );
            }
            self.claim(&mut rust_names, error.name.clone(), &error.name, &[&path[..], &["name"]].concat());
            if error.docs.trim().is_empty() {
                self.missing_docs(&path, &format!("error {status}"));
            }
            for (code, docs) in &error.codes {
                let code_path = [&path[..], &["codes", code.as_str()]].concat();
                if docs.trim().is_empty() {
                    self.missing_docs(&code_path, &format!("error code `{code}`"));
                }
                let variant = naming::camel(code);
                if !spec::is_identifier(&variant) {
                    self.error(
                        &code_path,
                        At::Key,
                        format!("error code `{code}` does not convert to a Rust variant name (`{variant}`)"),
                        "write application error codes in SHOUTY_SNAKE_CASE, e.g. `BAD_CREDENTIALS`",
                    );
                    continue;
                }
                if !documented_codes.insert(code) {
                    self.error(
                        &code_path,
                        At::Key,
                        format!("error code `{code}` is documented under two statuses of `{method_name}`"),
                        "document each application error code under one status: the one Wix sends it with",
                    );
                    continue;
                }
                // Codes and status names share the error enum's variants.
                self.claim(&mut rust_names, variant, code, &code_path);
            }
        }
    }

    fn check_paging(&mut self, method_name: &str, method: &Method, paging: &spec::Paging) {
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
        let items = self.resolve_field_path(returns, &paging.items, &[&path[..], &["items"]].concat());
        if !matches!(items, Some(TypeExpr::List(_))) && items.is_some() {
            self.error(
                &[&path[..], &["items"]].concat(),
                At::Value,
                format!("`{}` is not a list field", paging.items),
                "name the response field that holds the page's items",
            );
        }
        if let Some(next) =
            self.resolve_field_path(returns, &paging.next_cursor, &[&path[..], &["next_cursor"]].concat())
            && next != TypeExpr::String
        {
            self.error(
                &[&path[..], &["next_cursor"]].concat(),
                At::Value,
                format!("`{}` is not a string field", paging.next_cursor),
                "name the response field that holds the next cursor",
            );
        }
        if let Some(has_next) = &paging.has_next
            && let Some(ty) = self.resolve_field_path(returns, has_next, &[&path[..], &["has_next"]].concat())
            && ty != TypeExpr::Bool
        {
            self.error(
                &[&path[..], &["has_next"]].concat(),
                At::Value,
                format!("`{has_next}` is not a bool field"),
                "name the response field that says whether another page exists",
            );
        }
        for (key, param_path, expected) in [
            ("cursor", Some(&paging.cursor), TypeExpr::String),
            ("limit", paging.limit.as_ref(), TypeExpr::Int32),
        ] {
            let Some(param_path) = param_path else { continue };
            let key_path = [&path[..], &[key]].concat();
            let (first, rest) = param_path.split_once('.').unwrap_or((param_path, ""));
            let Some(param) = method.params.get(first) else {
                self.error(
                    &key_path,
                    At::Value,
                    format!("`{method_name}` has no param `{first}`"),
                    "name a param of this method, with dots into objects",
                );
                continue;
            };
            let ty = match (&param.ty, rest) {
                (ty, "") => Some(ty.clone()),
                (TypeExpr::Named(object), rest) => self.resolve_field_path(object, rest, &key_path),
                _ => None,
            };
            if ty.as_ref().is_some_and(|ty| *ty != expected) {
                self.error(
                    &key_path,
                    At::Value,
                    format!("`{param_path}` does not have the type the {key} needs"),
                    "name a string param for `cursor` and an int32 param for `limit`",
                );
            }
        }
    }

    /// The type of the field at the dotted `field_path` inside object `type_name`; reports a missing one.
    fn resolve_field_path(&mut self, type_name: &str, field_path: &str, at: &[&str]) -> Option<TypeExpr> {
        let mut current = TypeExpr::Named(type_name.to_string());
        for segment in field_path.split('.') {
            let TypeExpr::Named(object) = &current else {
                self.error(
                    at,
                    At::Value,
                    format!("`{field_path}` goes into a value that is not an object"),
                    "name fields of objects only",
                );
                return None;
            };
            let field = self
                .file
                .spec
                .types
                .get(object)
                .and_then(|def| def.fields.as_ref())
                .and_then(|fields| fields.get(segment));
            let Some(field) = field else {
                self.error(
                    at,
                    At::Value,
                    format!("`{object}` has no field `{segment}`"),
                    "name an existing field, with dots into nested objects",
                );
                return None;
            };
            current = field.ty.clone();
        }
        Some(current)
    }

    /// Generated type names (spec types, oneof enums, per-method requests and errors) must not collide.
    fn check_rust_type_names(&mut self) {
        let file = self.file;
        let mut owners: BTreeMap<String, String> = RESERVED_TYPE_NAMES
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
        for (name, def) in &file.spec.types {
            claim(self, naming::camel(name), format!("type `{name}`"), vec!["types", name]);
            for group in def.oneof.keys() {
                claim(
                    self,
                    naming::camel(group),
                    format!("oneof group `{group}`"),
                    vec!["types", name, "oneof", group],
                );
            }
        }
        for name in file.spec.methods.keys() {
            let camel = naming::camel(name);
            claim(self, format!("{camel}Request"), format!("the request of `{name}`"), vec!["methods", name]);
            claim(
                self,
                format!("{camel}Error"),
                format!("the error enum of `{name}`"),
                vec!["methods", name],
            );
        }
    }

    /// Every `[name]` in doc text must name a method or type of this spec.
    fn check_docs(&mut self) {
        let spec = &self.file.spec;
        let statuses: Vec<Vec<String>> =
            spec.methods.values().map(|method| method.errors.keys().map(u16::to_string).collect()).collect();
        let mut texts: Vec<(Vec<&str>, &str)> = vec![(vec!["docs"], &spec.docs)];
        for (name, def) in &spec.types {
            texts.push((vec!["types", name, "docs"], &def.docs));
            for (field, f) in def.fields.iter().flatten() {
                texts.push((vec!["types", name, "fields", field, "docs"], &f.docs));
            }
            for (group, g) in &def.oneof {
                texts.push((vec!["types", name, "oneof", group, "docs"], &g.docs));
                for (field, f) in &g.fields {
                    texts.push((vec!["types", name, "oneof", group, "fields", field, "docs"], &f.docs));
                }
            }
            for (value, v) in def.values.iter().flatten() {
                texts.push((vec!["types", name, "enum", value], v.docs()));
            }
        }
        for ((name, method), statuses) in spec.methods.iter().zip(&statuses) {
            texts.push((vec!["methods", name, "summary"], &method.summary));
            texts.push((vec!["methods", name, "docs"], &method.docs));
            texts.push((vec!["methods", name, "authentication"], &method.authentication));
            for (param, p) in &method.params {
                texts.push((vec!["methods", name, "params", param, "docs"], &p.docs));
            }
            for (status, error) in statuses.iter().zip(method.errors.values()) {
                texts.push((vec!["methods", name, "errors", status, "docs"], &error.docs));
                for (code, docs) in &error.codes {
                    texts.push((vec!["methods", name, "errors", status, "codes", code], docs));
                }
            }
        }
        for (path, text) in texts {
            let value_start = self.file.spans.value(&path);
            let mut searched = 0;
            for mention in markdown::mentions(text) {
                if spec.methods.contains_key(&mention.name) || spec.types.contains_key(&mention.name) {
                    continue;
                }
                let offset = self.offset_within(&path, &format!("[{}]", mention.name), searched);
                searched = offset.saturating_sub(value_start) + 1;
                self.report_mention(offset, &mention.name);
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
