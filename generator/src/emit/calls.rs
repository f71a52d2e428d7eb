//! Tests that call every method of a module against a loopback server: the request built from sample
//! values of its required params, the exact verb, path, query and body it must send, and a response
//! with every field of the method's response type, which must decode.
//!
//! The expected request is worked out here, from the model, independently of the runtime that sends
//! it: what a method puts on the wire is checked against what the spec says, for every method of every
//! API and feature fixture.

use std::cell::Cell;

use proc_macro2::TokenStream;
use quote::quote;

use super::{Emitted, ident};
use crate::model::{
    Api, HttpVerb, MethodModel, ParamLocation, PathSegment, PathStep, RustType, StructModel, TypeModel,
};
use crate::naming::RustIdent;

/// How deep a sample nests objects in a response; optional fields deeper than this are left out, so
/// recursive types end.
const RESPONSE_DEPTH: usize = 3;

/// How deep required fields may chain; a chain deeper than this is taken for a type that requires
/// itself, of which no value can be built.
const REQUIRED_DEPTH: usize = 16;

/// A JSON value of a sample, as the test expects it on the wire.
#[derive(Debug, Clone)]
enum Wire {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    List(Vec<Wire>),
    Object(Vec<(String, Wire)>),
}

impl Wire {
    /// The value as compact JSON text.
    fn text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        text
    }

    fn write(&self, out: &mut String) {
        match self {
            Wire::Text(text) => write_string(text, out),
            Wire::Integer(number) => out.push_str(&number.to_string()),
            Wire::Float(number) => out.push_str(&number.to_string()),
            Wire::Bool(flag) => out.push_str(&flag.to_string()),
            Wire::List(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Wire::Object(fields) => {
                out.push('{');
                for (index, (key, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The tokens of a string literal holding the JSON text: a raw string where the text allows.
    fn literal(&self) -> TokenStream {
        let text = self.text();
        match text.contains("\"#") {
            true => quote! { #text },
            false => format!("r#\"{text}\"#").parse().unwrap_or_else(|_| quote! { #text }),
        }
    }

    /// The pairs a query string holds for the value under `key`: one per list item, dotted keys for
    /// the fields of an object.
    fn query_pairs(&self, key: &str, pairs: &mut Vec<(String, String)>) {
        match self {
            Wire::Text(text) => pairs.push((key.to_string(), text.clone())),
            Wire::Integer(number) => pairs.push((key.to_string(), number.to_string())),
            Wire::Float(number) => pairs.push((key.to_string(), number.to_string())),
            Wire::Bool(flag) => pairs.push((key.to_string(), flag.to_string())),
            Wire::List(items) => items.iter().for_each(|item| item.query_pairs(key, pairs)),
            Wire::Object(fields) => {
                fields.iter().for_each(|(field, value)| value.query_pairs(&format!("{key}.{field}"), pairs));
            }
        }
    }

    /// Sets `value` at the `path` of object keys, creating the objects on the way.
    fn insert(&mut self, path: &[String], value: Wire) {
        let (Wire::Object(fields), Some((first, rest))) = (self, path.split_first()) else { return };
        let position = match fields.iter().position(|(key, _)| key == first) {
            Some(position) => position,
            None => {
                fields.push((first.clone(), Wire::Object(Vec::new())));
                fields.len() - 1
            }
        };
        match rest.is_empty() {
            true => fields[position].1 = value,
            false => fields[position].1.insert(rest, value),
        }
    }
}

/// `text` as a JSON string.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A sample value: the Rust expression that builds it, and what it is on the wire.
struct Sample {
    rust: TokenStream,
    wire: Wire,
}

/// How many values a method's samples may hold: types whose required fields branch into more
/// required fields, level after level, would otherwise take exponential time to sample.
const SAMPLE_BUDGET: usize = 10_000;

/// The modules of a target, to find the types a module refers to, and the path to them in the crate.
pub struct Modules<'a> {
    /// Every module generated together.
    apis: &'a [&'a Api],
    /// The path of the folder of modules in the crate: `crate` for the API modules, which the crate
    /// root re-exports, `crate::fixtures` for the feature fixtures.
    crate_path: TokenStream,
    /// How many more values the method being sampled may hold.
    budget: Cell<usize>,
}

impl<'a> Modules<'a> {
    /// The modules generated together, which are at `crate_path` in the crate.
    pub fn new(apis: &'a [&'a Api], crate_path: TokenStream) -> Self {
        Modules { apis, crate_path, budget: Cell::new(SAMPLE_BUDGET) }
    }

    /// Takes one value from the budget; `None` once it is spent.
    fn spend(&self) -> Option<()> {
        let left = self.budget.get().checked_sub(1)?;
        self.budget.set(left);
        Some(())
    }

    /// The type `name` of `module`, and the path to it.
    fn find(&self, module: &RustIdent, name: &RustIdent) -> Option<(&TypeModel, TokenStream)> {
        let api = self.apis.iter().find(|api| api.module == *module)?;
        let found = api.types.iter().find(|ty| ty.name() == name)?;
        let (crate_path, module, name) = (&self.crate_path, ident(module), ident(name));
        Some((found, quote! { #crate_path::#module::#name }))
    }

    /// The type a `RustType::Named` or `Shared` of `api` stands for.
    fn named(&self, api: &Api, ty: &RustType) -> Option<(&TypeModel, TokenStream)> {
        match ty {
            RustType::Named { name, .. } => self.find(&api.module, name),
            RustType::Shared { module, name } => self.find(module, name),
            _ => None,
        }
    }

    /// The API module a type of `api` is declared in: `api` itself, or the shared module.
    fn home<'b>(&'b self, api: &'b Api, ty: &RustType) -> &'b Api {
        match ty {
            RustType::Shared { module, .. } => {
                self.apis.iter().copied().find(|api| api.module == *module).unwrap_or(api)
            }
            _ => api,
        }
    }

    /// A value of `ty` built as a caller builds it: `new` with a sample of each required field.
    fn request(&self, api: &Api, ty: &RustType, depth: usize) -> Option<Sample> {
        if depth > REQUIRED_DEPTH {
            return None;
        }
        self.spend()?;
        Some(match ty {
            RustType::String => Sample { rust: quote! { String::from("s1") }, wire: Wire::Text("s1".into()) },
            RustType::Secret => Sample {
                rust: quote! { crate::SecretString::from("secret") },
                wire: Wire::Text("secret".into()),
            },
            RustType::Bool => Sample { rust: quote! { true }, wire: Wire::Bool(true) },
            RustType::I32 => Sample { rust: quote! { 7 }, wire: Wire::Integer(7) },
            // An int64 goes out as a string of digits.
            RustType::I64 => Sample { rust: quote! { 7 }, wire: Wire::Text("7".into()) },
            RustType::F32 | RustType::F64 => Sample { rust: quote! { 1.5 }, wire: Wire::Float(1.5) },
            RustType::Timestamp => Sample {
                rust: quote! { "2026-01-02T03:04:05Z".parse::<crate::Timestamp>().expect("a timestamp") },
                wire: Wire::Text("2026-01-02T03:04:05Z".into()),
            },
            RustType::Guid => Sample {
                rust: quote! { crate::Uuid::from_u128(0x0b7a_4f6e_3c2d_4e1f_8a9b_1c2d_3e4f_5a6b) },
                wire: Wire::Text("0b7a4f6e-3c2d-4e1f-8a9b-1c2d3e4f5a6b".into()),
            },
            RustType::Email => Sample {
                rust: quote! { "a@example.com".parse::<crate::Email>().expect("an email address") },
                wire: Wire::Text("a@example.com".into()),
            },
            RustType::Url => Sample {
                rust: quote! { "https://example.com/".parse::<crate::Url>().expect("a URL") },
                wire: Wire::Text("https://example.com/".into()),
            },
            RustType::Json => Sample { rust: quote! { crate::Json::from(1) }, wire: Wire::Integer(1) },
            RustType::JsonObject => {
                Sample { rust: quote! { crate::JsonObject::new() }, wire: Wire::Object(Vec::new()) }
            }
            // Deep down, or where no item can be built (a type that requires itself), a list or
            // map is empty, which ends recursion through collections.
            RustType::List(item) => {
                match (depth < RESPONSE_DEPTH).then(|| self.request(api, item, depth + 1)).flatten() {
                    Some(item) => {
                        let rust = item.rust;
                        Sample { rust: quote! { vec![#rust] }, wire: Wire::List(vec![item.wire]) }
                    }
                    None => Sample { rust: quote! { Vec::new() }, wire: Wire::List(Vec::new()) },
                }
            }
            RustType::Map(value) => {
                match (depth < RESPONSE_DEPTH).then(|| self.request(api, value, depth + 1)).flatten() {
                    Some(value) => {
                        let rust = value.rust;
                        Sample {
                            rust: quote! { std::collections::BTreeMap::from([(String::from("k"), #rust)]) },
                            wire: Wire::Object(vec![("k".into(), value.wire)]),
                        }
                    }
                    None => Sample {
                        rust: quote! { std::collections::BTreeMap::new() },
                        wire: Wire::Object(Vec::new()),
                    },
                }
            }
            RustType::Named { .. } | RustType::Shared { .. } => {
                let home = self.home(api, ty);
                match self.named(api, ty)? {
                    (TypeModel::Enum(model), path) => {
                        let first = model.variants.first()?;
                        let variant = ident(&first.name);
                        Sample { rust: quote! { #path::#variant }, wire: Wire::Text(first.wire_name.clone()) }
                    }
                    (TypeModel::Struct(model), path) => self.constructed(home, model, path, depth)?,
                    (TypeModel::Oneof(_), _) => return None,
                }
            }
        })
    }

    /// `Type::new(...)` with a sample of each required field (and of each field a method requires
    /// inside a param), and the JSON it serializes to.
    fn constructed(&self, api: &Api, model: &StructModel, path: TokenStream, depth: usize) -> Option<Sample> {
        let mut arguments = Vec::new();
        let mut wire = Wire::Object(Vec::new());
        for field in model.fields.iter().filter(|field| field.required) {
            let sample = self.request(api, &field.ty, depth + 1)?;
            arguments.push(sample.rust);
            let mut value = sample.wire;
            for required in &field.requires {
                let last = required.steps.last()?;
                let inside = self.request(api, &last.ty, depth + 1)?;
                arguments.push(inside.rust);
                let (keys, read_only) = self.wire_path(api, &field.ty, &required.steps)?;
                if !read_only {
                    value.insert(&keys, inside.wire);
                }
            }
            let sent = matches!(field.location, None | Some(ParamLocation::Body)) && !field.read_only;
            if sent {
                wire.insert(std::slice::from_ref(&field.wire_name), value);
            }
        }
        Some(Sample { rust: quote! { #path::new(#(#arguments),*) }, wire })
    }

    /// The JSON keys along `steps` inside a value of `ty`, and whether the last field is read-only
    /// (never sent).
    fn wire_path(&self, api: &Api, ty: &RustType, steps: &[PathStep]) -> Option<(Vec<String>, bool)> {
        let mut keys = Vec::new();
        let mut read_only = false;
        let mut current = ty.clone();
        let mut home = api;
        for step in steps {
            let (TypeModel::Struct(model), _) = self.named(home, &current)? else { return None };
            let field = model.fields.iter().find(|field| field.name == step.field)?;
            keys.push(field.wire_name.clone());
            read_only = field.read_only;
            home = self.home(home, &current);
            current = field.ty.clone();
        }
        Some((keys, read_only))
    }

    /// A response value of `ty` with every field, to `RESPONSE_DEPTH` objects deep, as the server sends it.
    fn response(&self, api: &Api, ty: &RustType, depth: usize) -> Option<Wire> {
        if depth > REQUIRED_DEPTH {
            return None;
        }
        self.spend()?;
        Some(match ty {
            RustType::Named { .. } | RustType::Shared { .. } => {
                let home = self.home(api, ty);
                match self.named(api, ty)? {
                    (TypeModel::Enum(model), _) => Wire::Text(model.variants.first()?.wire_name.clone()),
                    (TypeModel::Struct(model), _) => {
                        let mut fields = Vec::new();
                        for field in &model.fields {
                            if !field.required && depth >= RESPONSE_DEPTH {
                                continue;
                            }
                            fields
                                .push((field.wire_name.clone(), self.response(home, &field.ty, depth + 1)?));
                        }
                        for oneof in &model.oneofs {
                            if depth >= RESPONSE_DEPTH {
                                break;
                            }
                            let Some((TypeModel::Oneof(group), _)) =
                                self.find(&home.module, &oneof.enum_name)
                            else {
                                continue;
                            };
                            let first = group.variants.first()?;
                            fields
                                .push((first.wire_name.clone(), self.response(home, &first.ty, depth + 1)?));
                        }
                        Wire::Object(fields)
                    }
                    (TypeModel::Oneof(_), _) => return None,
                }
            }
            RustType::List(item) => Wire::List(
                (depth < RESPONSE_DEPTH)
                    .then(|| self.response(api, item, depth + 1))
                    .flatten()
                    .into_iter()
                    .collect(),
            ),
            RustType::Map(value) => Wire::Object(
                (depth < RESPONSE_DEPTH)
                    .then(|| self.response(api, value, depth + 1))
                    .flatten()
                    .map(|value| ("k".to_string(), value))
                    .into_iter()
                    .collect(),
            ),
            scalar => self.request(api, scalar, depth)?.wire,
        })
    }
}

/// The module of tests of `api`: one per method; a method whose request or response cannot be
/// sampled (a type that requires itself) has none.
pub fn call_tests(modules: &Modules<'_>, api: &Api) -> Emitted {
    let crate_path = &modules.crate_path;
    let module = ident(&api.module);
    let mut tests = Vec::new();
    let mut skipped = Vec::new();
    for method in &api.methods {
        match call_test(modules, api, method) {
            Some(test) => tests.push(test),
            None => skipped.push(format!("`{}`", method.name.unraw())),
        }
    }
    let mut title = format!("Every method of `{}`, called against a loopback server.", api.module.unraw());
    if !skipped.is_empty() {
        title.push_str(&format!(
            " Not called, as no sample of their request or response can be built (a type that requires \
             itself, or branches too much): {}.",
            skipped.join(", ")
        ));
    }
    Emitted {
        tokens: quote! {
            #![doc = #title]
            #![allow(deprecated, reason = "every method is called, deprecated ones too")]

            use #crate_path::#module as api;

            #(#tests)*
        },
        docs: Vec::new(),
    }
}

fn call_test(modules: &Modules<'_>, api: &Api, method: &MethodModel) -> Option<TokenStream> {
    modules.budget.set(SAMPLE_BUDGET);
    let name = ident(&method.name);
    let response = match &method.returns {
        Some(returns) => {
            modules.response(api, &RustType::Named { name: returns.clone(), boxed: false }, 0)?
        }
        None => Wire::Object(Vec::new()),
    };
    let response = response.literal();
    let mut query = Vec::new();
    let mut packed = None;
    let mut body = None;
    let (setup, call) = match &method.request {
        Some(request) => {
            let request_type = ident(&request.name);
            let mut sample = modules.constructed(api, request, quote! { api::#request_type }, 0)?;
            let filled = fill_placeholders(modules, api, method, request, &mut sample.wire)?;
            let mut params = Vec::new();
            for field in request.fields.iter().filter(|field| field.required) {
                if field.location == Some(ParamLocation::Query) {
                    params.push((field.wire_name.clone(), modules.request(api, &field.ty, 0)?.wire));
                }
            }
            // A complex query that holds objects goes packed, as `.r`; any other as pairs.
            let nested = params.iter().any(|(_, wire)| match wire {
                Wire::Object(fields) => !fields.is_empty(),
                Wire::List(items) => items.iter().any(|item| matches!(item, Wire::Object(_))),
                _ => false,
            });
            match method.complex_query && nested {
                true => packed = Some(Wire::Object(params)),
                false => params.iter().for_each(|(key, wire)| wire.query_pairs(key, &mut query)),
            }
            if request.fields.iter().any(|field| field.location == Some(ParamLocation::Body)) {
                body = Some(sample.wire);
            }
            let rust = sample.rust;
            let binding = match filled.is_empty() {
                true => quote! { let request = #rust; },
                false => quote! { let mut request = #rust; },
            };
            (quote! { #binding #(#filled)* }, quote! { client.#name(&request) })
        }
        None => (quote! {}, quote! { client.#name() }),
    };
    if body.is_none() && matches!(method.verb, HttpVerb::Post | HttpVerb::Put | HttpVerb::Patch) {
        body = Some(Wire::Object(Vec::new()));
    }
    let verb = method.verb.as_str();
    let path = expected_path(modules, api, method)?;
    let query = query.iter().map(|(key, value)| quote! { (#key, #value) });
    let body = match body {
        Some(body) => {
            let body = body.literal();
            quote! { Some(#body) }
        }
        None => quote! { None },
    };
    let packed = match packed {
        Some(packed) => {
            let packed = packed.literal();
            quote! { Some(#packed) }
        }
        None => quote! { None },
    };
    Some(quote! {
        #[tokio::test]
        async fn #name() {
            let server = crate::calls::serve(#response).await;
            let client = api::Client::new(&crate::calls::config(&server));
            #setup
            #call.await.expect("the call succeeds and its response decodes");
            let expected = crate::calls::Expected {
                verb: #verb,
                path: #path,
                query: &[#(#query),*],
                packed_query: #packed,
                body: #body,
            };
            expected.check(&server).await;
        }
    })
}

/// The text a path param's sample puts in the route.
fn path_text(modules: &Modules<'_>, api: &Api, ty: &RustType) -> Option<String> {
    match modules.request(api, ty, 0)?.wire {
        Wire::Text(text) => Some(text),
        Wire::Integer(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The path the call must request: the route with each placeholder's sample.
fn expected_path(modules: &Modules<'_>, api: &Api, method: &MethodModel) -> Option<String> {
    let mut path = String::new();
    for segment in &method.path {
        match segment {
            PathSegment::Literal(text) => path.push_str(text),
            PathSegment::Param(field) => {
                let request = method.request.as_ref()?;
                let field = request.fields.iter().find(|candidate| candidate.name == *field)?;
                path.push_str(&path_text(modules, api, &field.ty)?);
            }
            PathSegment::Field { steps, .. } => path.push_str(&path_text(modules, api, &steps.last()?.ty)?),
        }
    }
    Some(path)
}

/// Statements that set the optional fields route placeholders take their values from
/// (`{policy.id}`), as a value read from Wix would have them, and what that adds to the body.
fn fill_placeholders(
    modules: &Modules<'_>,
    api: &Api,
    method: &MethodModel,
    request: &StructModel,
    body: &mut Wire,
) -> Option<Vec<TokenStream>> {
    let mut statements = Vec::new();
    for segment in &method.path {
        let PathSegment::Field { steps, .. } = segment else { continue };
        if steps.iter().all(|step| !step.optional) {
            continue;
        }
        let (param, inside) = steps.split_first()?;
        let param_field = request.fields.iter().find(|field| field.name == param.field)?;
        let mut target = {
            let field = ident(&param.field);
            quote! { request.#field }
        };
        let mut keys = vec![param_field.wire_name.clone()];
        let (last, parents) = inside.split_last()?;
        let in_body = param_field.location == Some(ParamLocation::Body);
        let mut owner = param.ty.clone();
        let mut home = api;
        for parent in parents {
            let field = ident(&parent.field);
            let (sub_keys, read_only) = modules.wire_path(home, &owner, std::slice::from_ref(parent))?;
            keys.extend(sub_keys);
            let next_home = modules.home(home, &owner);
            if parent.optional {
                let sample = modules.request(next_home, &parent.ty, 0)?;
                let rust = sample.rust;
                let defaults = matches!(
                    modules.named(next_home, &parent.ty),
                    Some((TypeModel::Struct(model), _)) if model.all_optional()
                );
                target = match defaults {
                    true => quote! { #target.#field.get_or_insert_with(Default::default) },
                    false => quote! { #target.#field.get_or_insert_with(|| #rust) },
                };
                if in_body && !read_only {
                    body.insert(&keys, sample.wire);
                }
            } else {
                target = quote! { #target.#field };
            }
            home = next_home;
            owner = parent.ty.clone();
        }
        let (last_keys, read_only) = modules.wire_path(home, &owner, std::slice::from_ref(last))?;
        keys.extend(last_keys);
        let sample = modules.request(api, &last.ty, 0)?;
        let (field, rust) = (ident(&last.field), sample.rust);
        statements.push(match last.optional {
            true => quote! { #target.#field = Some(#rust); },
            false => quote! { #target.#field = #rust; },
        });
        if in_body && !read_only {
            body.insert(&keys, sample.wire);
        }
    }
    Some(statements)
}
