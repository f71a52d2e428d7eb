//! The resolved, Rust-named model of a validated spec: what the emitter needs and nothing it has to
//! look up.

use std::collections::{HashMap, HashSet};

use crate::markdown;
use crate::naming;
use crate::spec::{self, Field, PathPiece, SpecFile, TypeExpr};
pub use crate::spec::{HttpVerb, ParamLocation};

/// One API, ready to emit.
#[derive(Debug)]
pub struct Api {
    /// Module name, e.g. `external_calendars`.
    pub module: String,
    /// Human name of the API.
    pub title: String,
    /// Default base URL.
    pub base_url: String,
    /// Module docs, with mentions turned into intra-doc links.
    pub docs: String,
    /// Named types, oneof enums after the struct that holds them.
    pub types: Vec<TypeModel>,
    /// Methods, in spec order.
    pub methods: Vec<MethodModel>,
}

/// A generated type.
#[derive(Debug)]
pub enum TypeModel {
    /// An object.
    Struct(StructModel),
    /// An enum of string values.
    Enum(EnumModel),
    /// The alternatives of a oneof group.
    Oneof(OneofModel),
}

/// A struct: an object type or a method's request.
#[derive(Debug)]
pub struct StructModel {
    /// Rust name.
    pub name: String,
    /// Doc text.
    pub docs: String,
    /// Fields, in spec order.
    pub fields: Vec<FieldModel>,
    /// Oneof groups held by the struct.
    pub oneofs: Vec<OneofField>,
    /// Whether values are sent, received, or both.
    pub usage: Usage,
}

/// Which way values of a type travel. Only types that are sent get serialized and built by callers
/// (a constructor and setters); only types that are received get deserialized. Leaving out what a
/// type never needs is most of what a large API costs to compile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Part of a request.
    pub sent: bool,
    /// Part of a response.
    pub received: bool,
}

impl StructModel {
    /// Whether any field holds a secret, which rules out comparing values.
    pub fn has_secret(&self) -> bool {
        self.fields.iter().any(|field| field.secret)
    }
}

/// A field of a struct.
#[derive(Debug)]
pub struct FieldModel {
    /// Rust name, e.g. `provider_id` or `r#type`.
    pub name: String,
    /// JSON name, e.g. `providerId`.
    pub wire_name: String,
    /// Doc text.
    pub docs: String,
    /// Value type, before `Option` for optional fields.
    pub ty: RustType,
    /// Whether the value is always present.
    pub required: bool,
    /// Whether it is a secret string.
    pub secret: bool,
    /// Deprecation note.
    pub deprecated: Option<String>,
    /// For request params: where the value goes.
    pub location: Option<ParamLocation>,
}

impl FieldModel {
    /// Whether the field is a list or map, held as an empty collection rather than an `Option`.
    pub fn is_collection(&self) -> bool {
        matches!(self.ty, RustType::List(_) | RustType::Map(_))
    }
}

/// A struct field holding a oneof group's enum.
#[derive(Debug)]
pub struct OneofField {
    /// Rust field name.
    pub name: String,
    /// Rust name of the group's enum.
    pub enum_name: String,
    /// Doc text.
    pub docs: String,
    /// The alternatives: Rust variant name and JSON field name.
    pub variants: Vec<(String, String)>,
}

/// The enum of a oneof group.
#[derive(Debug)]
pub struct OneofModel {
    /// Rust name.
    pub name: String,
    /// Doc text.
    pub docs: String,
    /// One variant per alternative field.
    pub variants: Vec<OneofVariant>,
    /// Whether values are sent, received, or both.
    pub usage: Usage,
}

/// One alternative of a oneof group.
#[derive(Debug)]
pub struct OneofVariant {
    /// Rust variant name.
    pub name: String,
    /// JSON field name.
    pub wire_name: String,
    /// Doc text.
    pub docs: String,
    /// The value's type.
    pub ty: RustType,
    /// Deprecation note.
    pub deprecated: Option<String>,
}

/// An enum of string values, with a catch-all for values added later.
#[derive(Debug)]
pub struct EnumModel {
    /// Rust name.
    pub name: String,
    /// Doc text.
    pub docs: String,
    /// The known values.
    pub variants: Vec<EnumVariant>,
}

/// A known enum value.
#[derive(Debug)]
pub struct EnumVariant {
    /// Rust variant name.
    pub name: String,
    /// The value on the wire.
    pub wire_name: String,
    /// Doc text.
    pub docs: String,
    /// Deprecation note.
    pub deprecated: Option<String>,
}

/// A Rust type for a spec type expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustType {
    /// `String`
    String,
    /// `SecretString`
    Secret,
    /// `bool`
    Bool,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// An RFC 3339 date-time.
    Timestamp,
    /// A GUID.
    Guid,
    /// An email address.
    Email,
    /// A URL.
    Url,
    /// `Vec<T>`
    List(Box<RustType>),
    /// `BTreeMap<String, T>`
    Map(Box<RustType>),
    /// A type of this module.
    Named {
        /// Rust name.
        name: String,
        /// Whether the value sits in a `Box` because the type contains itself.
        boxed: bool,
    },
}

/// A method of the generated client.
#[derive(Debug)]
pub struct MethodModel {
    /// Rust function name, e.g. `connect_by_credentials`.
    pub name: String,
    /// Wix's name, e.g. `connectByCredentials`.
    pub wire_name: String,
    /// First doc line.
    pub summary: String,
    /// Prose.
    pub docs: String,
    /// Who may call it.
    pub authentication: String,
    /// Permission scopes.
    pub permissions: Vec<String>,
    /// HTTP verb.
    pub verb: HttpVerb,
    /// The route as the spec writes it, for logs.
    pub path_template: String,
    /// The route in pieces.
    pub path: Vec<PathSegment>,
    /// The request struct; `None` when the method takes no params.
    pub request: Option<StructModel>,
    /// Rust name of the response type; `None` for an empty response.
    pub returns: Option<String>,
    /// The method's error enum.
    pub errors: ErrorEnum,
    /// Whether the call is retried on transient failures.
    pub retryable: bool,
    /// How to page through all results.
    pub paging: Option<PagingModel>,
}

/// A piece of a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Text sent as it is.
    Literal(String),
    /// A request field, percent-encoded.
    Param {
        /// Rust field name.
        field: String,
        /// Its type.
        ty: RustType,
    },
}

/// The typed errors of one method.
#[derive(Debug)]
pub struct ErrorEnum {
    /// Rust name, e.g. `ConnectByCredentialsError`.
    pub name: String,
    /// One variant per documented status.
    pub variants: Vec<ErrorVariant>,
}

/// A documented error status.
#[derive(Debug)]
pub struct ErrorVariant {
    /// Rust variant name.
    pub name: String,
    /// HTTP status.
    pub status: u16,
    /// Doc text.
    pub docs: String,
    /// The application error codes documented with this status, each a variant of its own.
    pub codes: Vec<ErrorCodeVariant>,
}

/// A documented application error code (`details.applicationError.code`).
#[derive(Debug)]
pub struct ErrorCodeVariant {
    /// Rust variant name, e.g. `BadCredentials`.
    pub name: String,
    /// The code, e.g. `BAD_CREDENTIALS`.
    pub code: String,
    /// Doc text.
    pub docs: String,
}

/// How a method pages, with Rust field paths.
#[derive(Debug)]
pub struct PagingModel {
    /// Response field holding the items.
    pub items: String,
    /// Rust type of one item.
    pub item_type: RustType,
    /// Request fields (Rust names) down to the cursor.
    pub cursor: Vec<String>,
    /// Request fields down to the page size.
    pub limit: Option<Vec<String>>,
    /// Response fields down to the next cursor.
    pub next_cursor: Vec<String>,
    /// Response fields down to the has-next flag.
    pub has_next: Option<Vec<String>>,
}

/// Builds the model of a spec that passed validation.
pub fn build(file: &SpecFile) -> Api {
    let spec = &file.spec;
    let builder = Builder { spec };
    let mut types = Vec::new();
    for (name, def) in &spec.types {
        let docs = builder.docs(&def.docs);
        match &def.values {
            Some(values) => types.push(TypeModel::Enum(EnumModel {
                name: naming::camel(name),
                docs,
                variants: values
                    .iter()
                    .map(|(value, details)| EnumVariant {
                        name: naming::camel(value),
                        wire_name: value.clone(),
                        docs: builder.docs(details.docs()),
                        deprecated: details.deprecated().map(str::to_string),
                    })
                    .collect(),
            })),
            None => {
                let fields = def.fields.iter().flatten();
                let oneofs = def
                    .oneof
                    .iter()
                    .map(|(group, details)| OneofField {
                        name: naming::snake(group),
                        enum_name: naming::camel(group),
                        docs: builder.docs(&details.docs),
                        variants: details
                            .fields
                            .keys()
                            .map(|field| (naming::camel(field), field.clone()))
                            .collect(),
                    })
                    .collect();
                types.push(TypeModel::Struct(StructModel {
                    name: naming::camel(name),
                    docs,
                    fields: fields.map(|(name, field)| builder.field(name, field, None)).collect(),
                    oneofs,
                    usage: Usage::default(),
                }));
                for (group, details) in &def.oneof {
                    types.push(TypeModel::Oneof(OneofModel {
                        name: naming::camel(group),
                        docs: builder.docs(&details.docs),
                        variants: details
                            .fields
                            .iter()
                            .map(|(name, field)| OneofVariant {
                                name: naming::camel(name),
                                wire_name: name.clone(),
                                docs: builder.docs(&field.docs),
                                ty: builder.rust_type(&field.ty, false),
                                deprecated: field.deprecated.clone(),
                            })
                            .collect(),
                        usage: Usage::default(),
                    }));
                }
            }
        }
    }
    box_recursive_fields(&mut types);
    let methods: Vec<MethodModel> =
        spec.methods.iter().map(|(name, method)| builder.method(name, method)).collect();
    mark_usage(&mut types, &methods);
    Api {
        module: spec.api.clone(),
        title: spec.title.clone(),
        base_url: spec.base_url.clone(),
        docs: builder.docs(&spec.docs),
        types,
        methods,
    }
}

/// Marks each type sent if a request reaches it, received if a response does. A type neither reaches
/// is marked both, so that it stays usable.
fn mark_usage(types: &mut [TypeModel], methods: &[MethodModel]) {
    let index: HashMap<String, usize> =
        types.iter().enumerate().map(|(position, ty)| (type_name(ty).to_string(), position)).collect();
    let named = |ty: &RustType| -> Option<usize> {
        let mut ty = ty;
        loop {
            match ty {
                RustType::List(inner) | RustType::Map(inner) => ty = inner,
                RustType::Named { name, .. } => return index.get(name).copied(),
                _ => return None,
            }
        }
    };
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|ty| match ty {
            TypeModel::Struct(model) => model
                .fields
                .iter()
                .filter_map(|field| named(&field.ty))
                .chain(model.oneofs.iter().filter_map(|oneof| index.get(&oneof.enum_name).copied()))
                .collect(),
            TypeModel::Oneof(model) => {
                model.variants.iter().filter_map(|variant| named(&variant.ty)).collect()
            }
            TypeModel::Enum(_) => Vec::new(),
        })
        .collect();
    let reach = |starts: Vec<usize>| {
        let mut seen = vec![false; types.len()];
        let mut stack = starts;
        while let Some(node) = stack.pop() {
            if !std::mem::replace(&mut seen[node], true) {
                stack.extend(edges[node].iter().copied());
            }
        }
        seen
    };
    let sent = reach(
        methods
            .iter()
            .flat_map(|method| method.request.iter().flat_map(|request| &request.fields))
            .filter_map(|field| named(&field.ty))
            .collect(),
    );
    let received =
        reach(methods.iter().filter_map(|method| index.get(method.returns.as_deref()?).copied()).collect());
    for (position, ty) in types.iter_mut().enumerate() {
        let unused = !sent[position] && !received[position];
        let usage = Usage { sent: sent[position] || unused, received: received[position] || unused };
        match ty {
            TypeModel::Struct(model) => model.usage = usage,
            TypeModel::Oneof(model) => model.usage = usage,
            TypeModel::Enum(_) => {}
        }
    }
}

/// The Rust function name of a method.
fn method_name(name: &str, method: &spec::Method) -> String {
    method.rust_name.clone().unwrap_or_else(|| naming::snake(name))
}

/// Puts a field in a `Box` where its type contains, directly, the type that holds it: such a type
/// would otherwise be infinitely large. Lists and maps already hold their items on the heap.
///
/// Types that contain each other directly form a strongly connected component of the "holds by value"
/// graph; every by-value edge inside a component is boxed.
fn box_recursive_fields(types: &mut [TypeModel]) {
    let index: HashMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(position, ty)| match ty {
            TypeModel::Struct(model) => (model.name.as_str(), position),
            TypeModel::Enum(model) => (model.name.as_str(), position),
            TypeModel::Oneof(model) => (model.name.as_str(), position),
        })
        .collect();
    let direct = |ty: &RustType| match ty {
        RustType::Named { name, .. } => index.get(name.as_str()).copied(),
        _ => None,
    };
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|ty| match ty {
            TypeModel::Struct(model) => model
                .fields
                .iter()
                .filter_map(|field| direct(&field.ty))
                .chain(model.oneofs.iter().filter_map(|oneof| index.get(oneof.enum_name.as_str()).copied()))
                .collect(),
            TypeModel::Oneof(model) => {
                model.variants.iter().filter_map(|variant| direct(&variant.ty)).collect()
            }
            TypeModel::Enum(_) => Vec::new(),
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let recursive: Vec<(usize, usize)> = edges
        .iter()
        .enumerate()
        .flat_map(|(from, targets)| targets.iter().map(move |&to| (from, to)))
        .filter(|&(from, to)| component[from] == component[to])
        .collect();
    if recursive.is_empty() {
        return;
    }
    let boxed: HashSet<(String, String)> = recursive
        .iter()
        .map(|&(from, to)| (type_name(&types[from]).to_string(), type_name(&types[to]).to_string()))
        .collect();
    let mark = |container: &str, ty: &mut RustType| {
        if let RustType::Named { name, boxed: is_boxed } = ty
            && boxed.contains(&(container.to_string(), name.clone()))
        {
            *is_boxed = true;
        }
    };
    for ty in types.iter_mut() {
        match ty {
            TypeModel::Struct(model) => {
                model.fields.iter_mut().for_each(|field| mark(&model.name, &mut field.ty))
            }
            TypeModel::Oneof(model) => {
                model.variants.iter_mut().for_each(|variant| mark(&model.name, &mut variant.ty))
            }
            TypeModel::Enum(_) => {}
        }
    }
}

fn type_name(ty: &TypeModel) -> &str {
    match ty {
        TypeModel::Struct(model) => &model.name,
        TypeModel::Enum(model) => &model.name,
        TypeModel::Oneof(model) => &model.name,
    }
}

/// The component number of each node (Kosaraju's algorithm, with explicit stacks so that a long
/// chain of types cannot overflow the call stack).
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    let count = edges.len();
    let mut order = Vec::with_capacity(count);
    let mut visited = vec![false; count];
    for start in 0..count {
        if visited[start] {
            continue;
        }
        visited[start] = true;
        let mut stack = vec![(start, 0)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&target) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !visited[target] {
                    visited[target] = true;
                    stack.push((target, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut reverse = vec![Vec::new(); count];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reverse[to].push(from);
        }
    }
    let mut component = vec![usize::MAX; count];
    for (number, &start) in order.iter().rev().enumerate() {
        if component[start] != usize::MAX {
            continue;
        }
        component[start] = number;
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for &source in &reverse[node] {
                if component[source] == usize::MAX {
                    component[source] = number;
                    stack.push(source);
                }
            }
        }
    }
    component
}

struct Builder<'a> {
    spec: &'a spec::Spec,
}

impl Builder<'_> {
    /// Doc text with each `[name]` mention turned into an intra-doc link to the Rust item.
    fn docs(&self, text: &str) -> String {
        markdown::rewrite_mentions(text.trim(), |name| match self.spec.methods.get(name) {
            Some(method) => {
                let method = method_name(name, method);
                format!("[`{method}`](Client::{method})")
            }
            None => format!("[`{}`]", naming::camel(name)),
        })
    }

    fn rust_type(&self, ty: &TypeExpr, secret: bool) -> RustType {
        match ty {
            TypeExpr::String if secret => RustType::Secret,
            // Validation rejected invalid expressions; `String` keeps this total.
            TypeExpr::String | TypeExpr::Invalid(_) => RustType::String,
            TypeExpr::Bool => RustType::Bool,
            TypeExpr::Int32 => RustType::I32,
            TypeExpr::Int64 => RustType::I64,
            TypeExpr::Float32 => RustType::F32,
            TypeExpr::Float64 => RustType::F64,
            TypeExpr::Timestamp => RustType::Timestamp,
            TypeExpr::Guid => RustType::Guid,
            TypeExpr::Email => RustType::Email,
            TypeExpr::Url => RustType::Url,
            TypeExpr::List(item) => RustType::List(Box::new(self.rust_type(item, secret))),
            TypeExpr::Map(value) => RustType::Map(Box::new(self.rust_type(value, secret))),
            TypeExpr::Named(name) => RustType::Named { name: naming::camel(name), boxed: false },
        }
    }

    fn field(&self, name: &str, field: &Field, location: Option<ParamLocation>) -> FieldModel {
        FieldModel {
            name: naming::snake(name),
            wire_name: name.to_string(),
            docs: self.docs(&field.docs),
            ty: self.rust_type(&field.ty, field.secret),
            required: field.required,
            secret: field.secret,
            deprecated: field.deprecated.clone(),
            location,
        }
    }

    fn method(&self, name: &str, method: &spec::Method) -> MethodModel {
        let camel = naming::camel(name);
        let pieces = method.http.pieces().unwrap_or_default();
        let placeholders: Vec<&str> = pieces
            .iter()
            .filter_map(|piece| match piece {
                PathPiece::Placeholder(name) => Some(*name),
                PathPiece::Literal(_) => None,
            })
            .collect();
        let default_location = match method.http.verb {
            HttpVerb::Get | HttpVerb::Delete => ParamLocation::Query,
            HttpVerb::Post | HttpVerb::Put | HttpVerb::Patch => ParamLocation::Body,
        };
        let fields: Vec<FieldModel> = method
            .params
            .iter()
            .map(|(param_name, param)| {
                let location = match placeholders.contains(&param_name.as_str()) {
                    true => ParamLocation::Path,
                    false => param.location.unwrap_or(default_location),
                };
                self.field(param_name, param, Some(location))
            })
            .collect();
        let path = pieces
            .iter()
            .map(|piece| match piece {
                PathPiece::Literal(text) => PathSegment::Literal(text.to_string()),
                PathPiece::Placeholder(param) => PathSegment::Param {
                    field: naming::snake(param),
                    ty: method
                        .params
                        .get(*param)
                        .map_or(RustType::String, |field| self.rust_type(&field.ty, false)),
                },
            })
            .collect();
        let rust_name = method_name(name, method);
        let request = (!fields.is_empty()).then(|| StructModel {
            name: format!("{camel}Request"),
            docs: format!("The params of [`Client::{rust_name}`]."),
            fields,
            oneofs: Vec::new(),
            usage: Usage { sent: true, received: false },
        });
        MethodModel {
            name: rust_name,
            wire_name: name.to_string(),
            summary: self.docs(&method.summary),
            docs: self.docs(&method.docs),
            authentication: self.docs(&method.authentication),
            permissions: method.permissions.clone(),
            verb: method.http.verb,
            path_template: method.http.path.clone(),
            path,
            request,
            returns: method.returns.as_deref().map(naming::camel),
            errors: ErrorEnum {
                name: format!("{camel}Error"),
                variants: method
                    .errors
                    .iter()
                    .map(|(status, error)| ErrorVariant {
                        name: error.name.clone(),
                        status: *status,
                        docs: self.docs(&error.docs),
                        codes: error
                            .codes
                            .iter()
                            .map(|(code, docs)| ErrorCodeVariant {
                                name: naming::camel(code),
                                code: code.clone(),
                                docs: self.docs(docs),
                            })
                            .collect(),
                    })
                    .collect(),
            },
            retryable: method.retryable.unwrap_or(method.http.verb == HttpVerb::Get),
            paging: method.paging.as_ref().map(|paging| self.paging(method, paging)),
        }
    }

    fn paging(&self, method: &spec::Method, paging: &spec::Paging) -> PagingModel {
        let rust_path = |dotted: &str| dotted.split('.').map(naming::snake).collect::<Vec<_>>();
        let item_type = method
            .returns
            .as_ref()
            .and_then(|returns| self.spec.types.get(returns))
            .and_then(|def| def.fields.as_ref())
            .and_then(|fields| fields.get(&paging.items))
            .map_or(RustType::String, |field| match self.rust_type(&field.ty, field.secret) {
                RustType::List(item) => *item,
                other => other,
            });
        PagingModel {
            items: naming::snake(&paging.items),
            item_type,
            cursor: rust_path(&paging.cursor),
            limit: paging.limit.as_deref().map(rust_path),
            next_cursor: rust_path(&paging.next_cursor),
            has_next: paging.has_next.as_deref().map(rust_path),
        }
    }
}
