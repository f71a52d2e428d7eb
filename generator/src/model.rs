//! The resolved, Rust-named model of a validated spec: what the emitter needs and nothing it has to
//! look up. Every name comes from [`crate::naming`]; anything that cannot be lowered is a located
//! error, never a silent fallback.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::graph;
use crate::markdown;
use crate::naming::{self, RustIdent};
use crate::spec::{self, Field, SpecFile, TypeDef, TypeExpr};
pub use crate::spec::{HttpVerb, ParamLocation};

/// One API, ready to emit.
#[derive(Debug)]
pub struct Api {
    /// Module name, e.g. `external_calendars`.
    pub module: RustIdent,
    /// The cargo feature that compiles the module, e.g. `external-calendars`.
    pub feature: String,
    /// The features of the modules of shared types that the module's code or docs refer to, in the
    /// order of the modules' names: its own feature turns them on.
    pub shared_features: Vec<String>,
    /// Human name of the API.
    pub title: String,
    /// Default base URL; `None` for a module of shared types, which has no client.
    pub base_url: Option<String>,
    /// Module docs, with mentions turned into intra-doc links.
    pub docs: String,
    /// Named types, oneof enums after the struct that holds them.
    pub types: Vec<TypeModel>,
    /// Methods, in spec order.
    pub methods: Vec<MethodModel>,
    /// The shared types the module re-exports under their own names ([`graph::reexports`]), so that a
    /// type keeps its path whether the API or a spec of shared types defines it.
    pub reexports: Vec<ReexportModel>,
}

/// The types of one module of shared types that an API module re-exports.
#[derive(Debug)]
pub struct ReexportModel {
    /// The module of shared types: `bookings_shared`.
    pub module: RustIdent,
    /// Rust names of its types and oneof enums, in order.
    pub types: Vec<RustIdent>,
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

impl TypeModel {
    /// The type's Rust name.
    pub fn name(&self) -> &RustIdent {
        match self {
            TypeModel::Struct(model) => &model.name,
            TypeModel::Enum(model) => &model.name,
            TypeModel::Oneof(model) => &model.name,
        }
    }
}

/// A struct: an object type or a method's request.
#[derive(Debug)]
pub struct StructModel {
    /// Rust name.
    pub name: RustIdent,
    /// Doc text.
    pub docs: String,
    /// Fields, in spec order.
    pub fields: Vec<FieldModel>,
    /// Oneof groups held by the struct.
    pub oneofs: Vec<OneofField>,
    /// Whether values are sent, received, or both.
    pub usage: Usage,
    /// Whether a secret sits anywhere inside a value, which rules out comparing values.
    pub holds_secret: bool,
}

impl StructModel {
    /// Whether every field is optional, so that the type has a `Default` (every field unset).
    pub fn all_optional(&self) -> bool {
        self.fields.iter().all(|field| !field.required)
    }

    /// Whether any field or oneof alternative is deprecated, so that the type's own impls must allow
    /// their uses.
    pub fn touches_deprecated(&self) -> bool {
        self.fields.iter().any(|field| field.deprecated.is_some())
            || self.oneofs.iter().any(|oneof| oneof.variants.iter().any(|variant| variant.deprecated))
    }
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

/// A field of a struct.
#[derive(Debug)]
pub struct FieldModel {
    /// Rust name, e.g. `provider_id` or `r#type`.
    pub name: RustIdent,
    /// The builder method that sets it, when it is optional.
    pub setter: RustIdent,
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
    /// Whether Wix sets the value: read from responses, never sent, with no setter.
    pub read_only: bool,
    /// For request params: the optional fields inside the param that the method requires.
    pub requires: Vec<RequiredField>,
    /// The builder method that clears the value (sends `null`), when the field is nullable: it is then
    /// held as `Option<Nullable<T>>`.
    pub clearer: Option<RustIdent>,
}

/// A field inside a request param that the method requires (`attendance.bookingId`): an argument of
/// the request's `new`, and checked before the call is sent.
#[derive(Debug)]
pub struct RequiredField {
    /// The argument of `new`, e.g. `attendance_booking_id`.
    pub argument: RustIdent,
    /// The JSON path from the param, e.g. `attendance.bookingId`, for the docs and the error.
    pub dotted: String,
    /// The fields from inside the param down to the required one.
    pub steps: Vec<PathStep>,
}

impl FieldModel {
    /// Whether the field is a list or map, held as an empty collection rather than an `Option`.
    pub fn is_collection(&self) -> bool {
        matches!(self.ty, RustType::List(_) | RustType::Map(_))
    }

    /// Whether a request can clear the value by sending `null`.
    pub fn is_nullable(&self) -> bool {
        self.clearer.is_some()
    }
}

/// A struct field holding a oneof group's enum.
#[derive(Debug)]
pub struct OneofField {
    /// Rust field name.
    pub name: RustIdent,
    /// The builder method that sets it.
    pub setter: RustIdent,
    /// Rust name of the group's enum.
    pub enum_name: RustIdent,
    /// Doc text.
    pub docs: String,
    /// The alternatives, as the struct reads and writes them.
    pub variants: Vec<OneofWire>,
}

/// How a struct reads and writes one alternative of its oneof group.
#[derive(Debug)]
pub struct OneofWire {
    /// Rust variant name.
    pub name: RustIdent,
    /// JSON field name.
    pub wire_name: String,
    /// The value's type, which decides how it is read and written.
    pub ty: RustType,
    /// Whether the value is a secret string.
    pub secret: bool,
    /// Whether the alternative is deprecated.
    pub deprecated: bool,
}

/// The enum of a oneof group.
#[derive(Debug)]
pub struct OneofModel {
    /// Rust name.
    pub name: RustIdent,
    /// Doc text.
    pub docs: String,
    /// One variant per alternative field.
    pub variants: Vec<OneofVariant>,
    /// Whether a secret sits anywhere inside a value, which rules out comparing values.
    pub holds_secret: bool,
}

/// One alternative of a oneof group.
#[derive(Debug)]
pub struct OneofVariant {
    /// Rust variant name.
    pub name: RustIdent,
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
    pub name: RustIdent,
    /// Doc text.
    pub docs: String,
    /// The known values.
    pub variants: Vec<EnumVariant>,
}

/// A known enum value.
#[derive(Debug)]
pub struct EnumVariant {
    /// Rust variant name.
    pub name: RustIdent,
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
    /// Any JSON value.
    Json,
    /// A JSON object with any keys.
    JsonObject,
    /// `Vec<T>`
    List(Box<RustType>),
    /// `BTreeMap<String, T>`
    Map(Box<RustType>),
    /// A type of this module.
    Named {
        /// Rust name.
        name: RustIdent,
        /// Whether the value sits in a `Box` because the type contains itself.
        boxed: bool,
    },
    /// A type of a module of shared types (`common::CursorPaging`). Shared types never hold the API's,
    /// so they are never part of its recursion and never boxed.
    Shared {
        /// The shared module.
        module: RustIdent,
        /// Rust name of the type.
        name: RustIdent,
    },
}

impl RustType {
    /// How many lists and maps nest around the innermost type.
    pub fn nesting(&self) -> usize {
        match self {
            RustType::List(inner) | RustType::Map(inner) => 1 + inner.nesting(),
            _ => 0,
        }
    }
}

/// A method of the generated client.
#[derive(Debug)]
pub struct MethodModel {
    /// Rust function name, e.g. `connect_by_credentials`.
    pub name: RustIdent,
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
    pub returns: Option<RustIdent>,
    /// The method's error enum.
    pub errors: ErrorEnum,
    /// Whether the call is retried on transient failures.
    pub retryable: bool,
    /// How to page through all results.
    pub paging: Option<PagingModel>,
    /// Deprecation note.
    pub deprecated: Option<String>,
    /// Whether the method is a developer preview.
    pub developer_preview: bool,
    /// Whether the query params are packed as Wix's SDK sends a complex request.
    pub complex_query: bool,
}

/// A piece of a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Text sent as it is.
    Literal(String),
    /// A request field, percent-encoded.
    Param(RustIdent),
    /// A field of a request param (`{bookingPolicy.id}`), percent-encoded; the call fails before
    /// sending when an optional field on the way is unset.
    Field {
        /// The placeholder as the route writes it, for the error.
        dotted: String,
        /// The fields down to the value, the param first.
        steps: Vec<PathStep>,
    },
}

/// The typed errors of one method.
#[derive(Debug)]
pub struct ErrorEnum {
    /// Rust name, e.g. `ConnectByCredentialsError`.
    pub name: RustIdent,
    /// One variant per documented status.
    pub variants: Vec<ErrorVariant>,
    /// Codes whose status is not documented, each a variant matched by code whatever the status.
    pub codes_without_status: Vec<ErrorCodeVariant>,
    /// The validation rules a 400 response may name, as an enum of values, where the spec lists them.
    pub validation_rules: Option<EnumModel>,
}

impl ErrorEnum {
    /// Whether no error is documented, so that the enum has no variants.
    pub fn is_empty(&self) -> bool {
        self.variants.is_empty() && self.codes_without_status.is_empty()
    }
}

/// A documented error status.
#[derive(Debug)]
pub struct ErrorVariant {
    /// Rust variant name.
    pub name: RustIdent,
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
    pub name: RustIdent,
    /// The code, e.g. `BAD_CREDENTIALS`.
    pub code: String,
    /// Doc text.
    pub docs: String,
}

/// How a method pages, with Rust field paths.
#[derive(Debug)]
pub struct PagingModel {
    /// The method that returns the stream of all items.
    pub stream: RustIdent,
    /// Response fields down to the list of items.
    pub items: Vec<PathStep>,
    /// Rust type of one item.
    pub item_type: RustType,
    /// How the next page is asked for.
    pub next_page: NextPage,
    /// Request fields down to the page size.
    pub limit: Option<Vec<PathStep>>,
    /// Response fields down to the has-next flag.
    pub has_next: Option<Vec<PathStep>>,
    /// What the requests of following pages leave out of the first request's params; `None` when they
    /// repeat all of it.
    pub resets: Option<Vec<Reset>>,
}

/// How a stream asks for the page after one.
#[derive(Debug)]
pub enum NextPage {
    /// With the cursor the response gives.
    Cursor {
        /// Request fields down to the cursor.
        cursor: Vec<PathStep>,
        /// Response fields down to the next cursor.
        next_cursor: Vec<PathStep>,
    },
    /// With the number of items already read.
    Offset {
        /// Request fields down to the offset.
        offset: Vec<PathStep>,
        /// Response fields down to the number of items in all pages.
        total: Option<Vec<PathStep>>,
    },
}

/// A request field that following pages leave out: set to `None`, or emptied for a list or map.
#[derive(Debug)]
pub struct Reset {
    /// Request fields down to the object that holds it; empty for a param.
    pub parents: Vec<PathStep>,
    /// The field, or the field holding a oneof group.
    pub field: RustIdent,
    /// Whether it is a list or map, emptied rather than unset.
    pub collection: bool,
    /// Whether the field is deprecated, so that the stream's code must allow its use.
    pub deprecated: bool,
}

impl PagingModel {
    /// Whether a field on any of the paths is deprecated, so the stream's code must allow it.
    pub fn touches_deprecated(&self) -> bool {
        let (request, response) = match &self.next_page {
            NextPage::Cursor { cursor, next_cursor } => (cursor, Some(next_cursor)),
            NextPage::Offset { offset, total } => (offset, total.as_ref()),
        };
        let resets = self.resets.iter().flatten();
        [Some(&self.items), Some(request), self.limit.as_ref(), response, self.has_next.as_ref()]
            .into_iter()
            .flatten()
            .chain(resets.clone().map(|reset| &reset.parents))
            .flatten()
            .any(|step| step.deprecated)
            || resets.clone().any(|reset| reset.deprecated)
    }
}

/// One field on a dotted path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathStep {
    /// Rust field name.
    pub field: RustIdent,
    /// Whether the field is an `Option`.
    pub optional: bool,
    /// Whether the field is deprecated, so that the stream's own code must allow its use.
    pub deprecated: bool,
    /// The field's type, before `Option`.
    pub ty: RustType,
}

/// Builds the model of a spec that passed validation; `Err` holds, located, whatever could not be
/// lowered (which validation should have refused: a bug, reported rather than papered over).
pub fn build(file: &SpecFile) -> Result<Api, Vec<Diagnostic>> {
    let spec = &file.spec;
    let mut lowering = Lowering {
        file,
        secret_holders: graph::secret_holders(spec),
        usage: graph::usage(spec),
        shared_modules: BTreeSet::new(),
        gaps: Vec::new(),
    };
    let mut types = Vec::new();
    for (name, def) in spec.own_types() {
        lowering.type_def(name, def, &mut types);
    }
    graph::box_recursive_fields(&mut types);
    let methods: Vec<MethodModel> =
        spec.methods.iter().filter_map(|(name, method)| lowering.method(name, method)).collect();
    let module = naming::module(&spec.api);
    let module = lowering.name(module, &["api"], "`api`");
    let docs = lowering.docs(&spec.docs);
    let reexports = lowering.reexports();
    match (module, lowering.gaps.is_empty()) {
        (Some(module), true) => Ok(Api {
            feature: naming::feature(&module),
            shared_features: lowering.shared_modules.iter().map(naming::feature).collect(),
            module,
            title: spec.title.clone(),
            base_url: spec.base_url.clone(),
            docs,
            types,
            methods,
            reexports,
        }),
        _ => Err(lowering.gaps),
    }
}

struct Lowering<'a> {
    file: &'a SpecFile,
    secret_holders: HashSet<&'a str>,
    /// Which way the values of each spec type travel.
    usage: HashMap<&'a str, Usage>,
    /// The modules of shared types that the code or docs lowered so far refer to.
    shared_modules: BTreeSet<RustIdent>,
    gaps: Vec<Diagnostic>,
}

impl<'a> Lowering<'a> {
    fn gap(&mut self, path: &[&str], what: impl std::fmt::Display) {
        let offset = self.file.spans.key(path);
        self.gaps.push(
            Diagnostic::at_indexed(
                &self.file.path,
                &self.file.source,
                &self.file.lines,
                offset,
                format!("internal error: {what}"),
            )
            .with_help("validation should have refused this; please report it with the spec"),
        );
    }

    /// The shared types the module re-exports, with their Rust names.
    fn reexports(&mut self) -> Vec<ReexportModel> {
        let mut reexports = Vec::new();
        for reexport in graph::reexports(&self.file.spec) {
            let Some(module) = self.name(naming::module(reexport.spec), &["types"], "shared spec") else {
                continue;
            };
            let types = reexport.items.into_iter().map(|item| item.rust).collect();
            reexports.push(ReexportModel { module, types });
        }
        reexports
    }

    /// `ident`, or a located error naming `what` when the spec name has no Rust name.
    fn name(&mut self, ident: Option<RustIdent>, path: &[&str], what: &str) -> Option<RustIdent> {
        if ident.is_none() {
            self.gap(path, format!("{what} has no Rust name"));
        }
        ident
    }

    /// Doc text as rustdoc Markdown: each link to a method or type of the spec becomes an intra-doc
    /// link to its Rust item, and whatever rustdoc or clippy would warn about is neutralised.
    fn docs(&mut self, text: &str) -> String {
        let mut linked_modules = Vec::new();
        let docs = markdown::to_rustdoc(text, |name| {
            let target = self.link_target(name)?;
            linked_modules.extend(spec::qualified(name).and_then(|(module, _)| naming::module(module)));
            Some(target)
        });
        self.shared_modules.extend(linked_modules);
        docs
    }

    /// A deprecation note as rustdoc Markdown. Names in it are written as code, not linked: rustdoc
    /// renders the note apart from the item's docs, and links there can crash it.
    fn note(&self, text: &str) -> String {
        let mut written = String::with_capacity(text.len());
        let mut copied = 0;
        for reference in markdown::references(text) {
            let Some(target) = self.link_target(&reference.name) else { continue };
            written.push_str(&text[copied..reference.range.start]);
            written.push_str(&markdown::code_span(&target.text));
            copied = reference.range.end;
        }
        written.push_str(&text[copied..]);
        markdown::to_rustdoc(&written, |_| None)
    }

    /// Where a link to a spec name goes: the client's method, or the type.
    fn link_target(&self, name: &str) -> Option<markdown::Target> {
        let spec = &self.file.spec;
        if let Some(method) = spec.methods.get(name).and_then(|method| naming::method(name, method)) {
            let method = method.unraw();
            return Some(markdown::Target { path: format!("Client::{method}"), text: method.to_string() });
        }
        // The kind tells rustdoc which item is meant when a type is named like a derive macro (`Ord`).
        let kind = match spec.types.get(name)?.values {
            Some(_) => "enum",
            None => "struct",
        };
        if let Some((module, ty)) = spec::qualified(name) {
            let (module, ty) = (naming::module(module)?, naming::type_name(ty)?);
            return Some(markdown::Target {
                path: format!("{kind}@super::{module}::{ty}"),
                text: format!("{}::{ty}", module.unraw()),
            });
        }
        let ty = naming::type_name(name)?;
        Some(markdown::Target { path: format!("{kind}@{ty}"), text: ty.to_string() })
    }

    fn type_def(&mut self, name: &str, def: &'a spec::TypeDef, types: &mut Vec<TypeModel>) {
        let path = ["types", name];
        let Some(type_name) = self.name(naming::type_name(name), &path, "type") else { return };
        let docs = self.docs(&def.docs);
        if let Some(values) = &def.values {
            let variants = values
                .iter()
                .filter_map(|(value, details)| {
                    let value_path = ["types", name, "enum", value.as_str()];
                    Some(EnumVariant {
                        name: self.name(
                            naming::enum_variant(value, details.rust_name()),
                            &value_path,
                            "enum value",
                        )?,
                        wire_name: value.clone(),
                        docs: self.docs(details.docs()),
                        deprecated: details.deprecated().map(|note| self.note(note)),
                    })
                })
                .collect();
            types.push(TypeModel::Enum(EnumModel { name: type_name, docs, variants }));
            return;
        }
        let fields = def
            .fields
            .iter()
            .flatten()
            .filter_map(|(field_name, field)| {
                self.field(&["types", name, "fields", field_name.as_str()], field_name, field, None)
            })
            .collect();
        let mut oneof_fields = Vec::new();
        let mut oneof_enums = Vec::new();
        for (group, details) in &def.oneof {
            let group_path = ["types", name, "oneof", group.as_str()];
            let (Some(field), Some(enum_name)) = (
                self.name(naming::field(group), &group_path, "oneof group"),
                self.name(naming::type_name(group), &group_path, "oneof group"),
            ) else {
                continue;
            };
            let mut wires = Vec::new();
            let mut variants = Vec::new();
            for (alternative, spec_field) in &details.fields {
                let alternative_path =
                    ["types", name, "oneof", group.as_str(), "fields", alternative.as_str()];
                let Some(variant) = self.name(naming::variant(alternative), &alternative_path, "oneof field")
                else {
                    continue;
                };
                let Some(ty) = self.rust_type(&alternative_path, &spec_field.ty, spec_field.secret) else {
                    continue;
                };
                wires.push(OneofWire {
                    name: variant.clone(),
                    wire_name: alternative.clone(),
                    ty: ty.clone(),
                    secret: spec_field.secret,
                    deprecated: spec_field.deprecated.is_some(),
                });
                variants.push(OneofVariant {
                    name: variant,
                    wire_name: alternative.clone(),
                    docs: self.docs(&spec_field.docs),
                    ty,
                    deprecated: spec_field.deprecated.as_deref().map(|note| self.note(note)),
                });
            }
            let holds_secret = details.fields.values().any(|field| self.holds_secret(field));
            oneof_fields.push(OneofField {
                setter: naming::setter(&field),
                name: field,
                enum_name: enum_name.clone(),
                docs: self.docs(&details.docs),
                variants: wires,
            });
            oneof_enums.push(TypeModel::Oneof(OneofModel {
                name: enum_name,
                docs: self.docs(&details.docs),
                variants,
                holds_secret,
            }));
        }
        types.push(TypeModel::Struct(StructModel {
            name: type_name,
            docs,
            fields,
            oneofs: oneof_fields,
            usage: self.usage.get(name).copied().unwrap_or_default(),
            holds_secret: self.secret_holders.contains(name),
        }));
        types.extend(oneof_enums);
    }

    /// Whether a value of the field holds a secret, itself or anywhere inside.
    fn holds_secret(&self, field: &Field) -> bool {
        field.secret || field.ty.named().is_some_and(|name| self.secret_holders.contains(name))
    }

    fn rust_type(&mut self, path: &[&str], ty: &TypeExpr, secret: bool) -> Option<RustType> {
        Some(match ty {
            TypeExpr::String if secret => RustType::Secret,
            TypeExpr::String => RustType::String,
            TypeExpr::Bool => RustType::Bool,
            TypeExpr::Int32 => RustType::I32,
            TypeExpr::Int64 => RustType::I64,
            TypeExpr::Float32 => RustType::F32,
            TypeExpr::Float64 => RustType::F64,
            TypeExpr::Timestamp => RustType::Timestamp,
            TypeExpr::Guid => RustType::Guid,
            TypeExpr::Email => RustType::Email,
            TypeExpr::Url => RustType::Url,
            TypeExpr::Json => RustType::Json,
            TypeExpr::JsonObject => RustType::JsonObject,
            TypeExpr::List(item) => RustType::List(Box::new(self.rust_type(path, item, secret)?)),
            TypeExpr::Map(value) => RustType::Map(Box::new(self.rust_type(path, value, secret)?)),
            TypeExpr::Named(name) => match (self.file.spec.types.get(name), spec::qualified(name)) {
                (Some(TypeDef { shared_from: Some(_), .. }), Some((module, ty))) => {
                    let module = self.name(naming::module(module), path, "shared spec")?;
                    self.shared_modules.insert(module.clone());
                    RustType::Shared { module, name: self.name(naming::type_name(ty), path, "type")? }
                }
                (Some(TypeDef { shared_from: None, .. }), _) => {
                    RustType::Named { name: self.name(naming::type_name(name), path, "type")?, boxed: false }
                }
                _ => {
                    self.gap(path, format!("`{name}` names no type"));
                    return None;
                }
            },
            TypeExpr::Invalid(text) => {
                self.gap(path, format!("`{text}` is not a type expression"));
                return None;
            }
        })
    }

    fn field(
        &mut self,
        path: &[&str],
        name: &str,
        field: &Field,
        location: Option<ParamLocation>,
    ) -> Option<FieldModel> {
        let rust_name = self.name(naming::field(name), path, "field")?;
        Some(FieldModel {
            setter: naming::setter(&rust_name),
            clearer: field.nullable.then(|| naming::clearer(&rust_name)),
            name: rust_name,
            wire_name: name.to_string(),
            docs: match field.read_only {
                true => format!("{}\n\nSet by Wix: read from responses, never sent.", self.docs(&field.docs)),
                false => self.docs(&field.docs),
            },
            ty: self.rust_type(&[path, &["type"]].concat(), &field.ty, field.secret)?,
            required: field.required,
            secret: field.secret,
            deprecated: field.deprecated.as_deref().map(|note| self.note(note)),
            location,
            read_only: field.read_only,
            requires: self.required_fields(path, name, field)?,
        })
    }

    /// The fields a param's `requires` names, resolved inside its object type.
    fn required_fields(&mut self, path: &[&str], param: &str, field: &Field) -> Option<Vec<RequiredField>> {
        let spec = &self.file.spec;
        let object = field.ty.named().unwrap_or_default();
        let mut required = Vec::new();
        for dotted in &field.requires {
            let at = [path, &["requires"]].concat();
            let steps = self.steps(&at, naming::response_path(spec, object, dotted))?;
            let argument =
                self.name(naming::required_field_argument(param, dotted), &at, "required field")?;
            required.push(RequiredField { argument, dotted: format!("{param}.{dotted}"), steps });
        }
        Some(required)
    }

    fn method(&mut self, name: &str, method: &'a spec::Method) -> Option<MethodModel> {
        let path = ["methods", name];
        let Ok(pieces) = method.http.pieces() else {
            self.gap(&["methods", name, "http"], "the route does not split into pieces");
            return None;
        };
        let placeholders = naming::placeholders(&pieces);
        let mut fields = Vec::new();
        for (param_name, param) in &method.params {
            let location =
                naming::param_location(&placeholders, method.http.verb, param_name, param.location);
            let param_path = ["methods", name, "params", param_name.as_str()];
            fields.push(self.field(&param_path, param_name, param, Some(location))?);
        }
        let mut route = Vec::new();
        for piece in &pieces {
            route.push(match piece {
                spec::PathPiece::Literal(text) => PathSegment::Literal(text.to_string()),
                spec::PathPiece::Placeholder(dotted) if dotted.contains('.') => {
                    let at = ["methods", name, "http"];
                    let steps = naming::request_path(&self.file.spec, name, method, dotted);
                    PathSegment::Field { dotted: dotted.to_string(), steps: self.steps(&at, steps)? }
                }
                spec::PathPiece::Placeholder(param) => {
                    let Some(field) = fields.iter().find(|field| field.wire_name == *param) else {
                        self.gap(&["methods", name, "http"], format!("no param fills `{{{param}}}`"));
                        return None;
                    };
                    PathSegment::Param(field.name.clone())
                }
            });
        }
        let rust_name = self.name(naming::method(name, method), &path, "method")?;
        let request = match fields.is_empty() {
            true => None,
            false => Some(StructModel {
                name: self.name(naming::request_type(name), &path, "the request of a method")?,
                docs: format!("The params of [`Client::{}`].", rust_name.unraw()),
                holds_secret: method.params.values().any(|param| self.holds_secret(param)),
                fields,
                oneofs: Vec::new(),
                usage: Usage { sent: true, received: false },
            }),
        };
        let returns = match &method.returns {
            Some(returns) => Some(self.name(naming::type_name(returns), &path, "the response type")?),
            None => None,
        };
        let mut variants = Vec::new();
        for (status, error) in &method.errors {
            let status_text = status.to_string();
            let error_path = ["methods", name, "errors", status_text.as_str()];
            let mut codes = Vec::new();
            for (code, docs) in &error.codes {
                let code_path = ["methods", name, "errors", status_text.as_str(), "codes", code.as_str()];
                codes.push(ErrorCodeVariant {
                    name: self.name(naming::variant(code), &code_path, "error code")?,
                    code: code.clone(),
                    docs: self.docs(docs),
                });
            }
            variants.push(ErrorVariant {
                name: self.name(naming::status_variant(&error.name), &error_path, "error name")?,
                status: *status,
                docs: self.docs(&error.docs),
                codes,
            });
        }
        let validation_rules = match method.validation_rules.is_empty() {
            true => None,
            false => Some(self.validation_rules(name, method, &rust_name, &mut variants)?),
        };
        let mut codes_without_status = Vec::new();
        for (code, docs) in &method.error_codes {
            let code_path = ["methods", name, "error_codes", code.as_str()];
            codes_without_status.push(ErrorCodeVariant {
                name: self.name(naming::variant(code), &code_path, "error code")?,
                code: code.clone(),
                docs: self.docs(docs),
            });
        }
        let paging = match &method.paging {
            Some(paging) => Some(self.paging(name, method, paging, &rust_name)?),
            None => None,
        };
        Some(MethodModel {
            wire_name: name.to_string(),
            summary: self.docs(&method.summary),
            docs: self.docs(&method.docs),
            authentication: self.docs(&method.authentication),
            permissions: method.permissions.clone(),
            verb: method.http.verb,
            path_template: method.http.path.clone(),
            path: route,
            request,
            returns,
            errors: ErrorEnum {
                name: self.name(naming::error_type(name), &path, "the error enum of a method")?,
                variants,
                codes_without_status,
                validation_rules,
            },
            retryable: method.is_retryable(),
            paging,
            deprecated: method.deprecated.as_deref().map(|note| self.note(note)),
            developer_preview: method.developer_preview,
            complex_query: method.complex_query,
            name: rust_name,
        })
    }

    /// The enum of a method's validation rules; where the spec documents no status 400, the error
    /// variant that holds 400 responses is added to `variants`.
    fn validation_rules(
        &mut self,
        name: &str,
        method: &spec::Method,
        method_name: &RustIdent,
        variants: &mut Vec<ErrorVariant>,
    ) -> Option<EnumModel> {
        let path = ["methods", name, "validation_rules"];
        let mut rules = Vec::new();
        for rule in &method.validation_rules {
            rules.push(EnumVariant {
                name: self.name(naming::variant(rule), &path, "validation rule")?,
                wire_name: rule.clone(),
                docs: String::new(),
                deprecated: None,
            });
        }
        let enum_name = self.name(naming::validation_rule_type(name), &path, "the validation rules")?;
        let error_name = self.name(naming::error_type(name), &path, "the error enum of a method")?;
        if !method.errors.contains_key(&400) {
            variants.push(ErrorVariant {
                name: naming::RustIdent::invalid_argument_variant(),
                status: 400,
                docs: format!(
                    "The request is invalid: an argument is malformed, or breaks one of the method's \
                     validation rules ([`{enum_name}`]); [`violated_rules`](Self::violated_rules) says \
                     which.\n\nStatus 400 is not among the errors documented for this method; this variant \
                     holds it because the method has validation rules."
                ),
                codes: Vec::new(),
            });
        }
        Some(EnumModel {
            docs: format!(
                "The validation rules a 400 response of [`Client::{method}`] may name as broken \
                 (`details.validationError.fieldViolations[].ruleName`), as Wix's typings list them; \
                 [`{error}::violated_rules`] reads them from the method's error.",
                method = method_name.unraw(),
                error = error_name,
            ),
            name: enum_name,
            variants: rules,
        })
    }

    fn paging(
        &mut self,
        name: &str,
        method: &'a spec::Method,
        paging: &'a spec::Paging,
        method_name: &RustIdent,
    ) -> Option<PagingModel> {
        let spec = &self.file.spec;
        let returns = method.returns.as_deref().unwrap_or_default();
        let items = self.resolved(name, "items", naming::response_path(spec, returns, &paging.items))?;
        let Some(RustType::List(item_type)) = items.last().map(|step| step.ty.clone()) else {
            self.gap(&["methods", name, "paging", "items"], "the items field is not a list");
            return None;
        };
        let request_path = |dotted: &str| naming::request_path(spec, name, method, dotted);
        let response_path = |dotted: &str| naming::response_path(spec, returns, dotted);
        let next_page = match (&paging.cursor, &paging.next_cursor, &paging.offset) {
            (Some(cursor), Some(next_cursor), None) => NextPage::Cursor {
                cursor: self.resolved(name, "cursor", request_path(cursor))?,
                next_cursor: self.resolved(name, "next_cursor", response_path(next_cursor))?,
            },
            (None, None, Some(offset)) => NextPage::Offset {
                offset: self.resolved(name, "offset", request_path(offset))?,
                total: match &paging.total {
                    Some(total) => Some(self.resolved(name, "total", response_path(total))?),
                    None => None,
                },
            },
            _ => {
                self.gap(&["methods", name, "paging"], "the paging is neither by cursor nor by offset");
                return None;
            }
        };
        let limit = match &paging.limit {
            Some(limit) => Some(self.resolved(name, "limit", request_path(limit))?),
            None => None,
        };
        let has_next = match &paging.has_next {
            Some(flag) => Some(self.resolved(name, "has_next", response_path(flag))?),
            None => None,
        };
        let resets = match &paging.keep {
            Some(keep) => {
                let marker = paging.cursor.iter().chain(&paging.offset).chain(&paging.limit);
                let kept: Vec<Vec<&str>> =
                    keep.iter().chain(marker).map(|dotted| dotted.split('.').collect()).collect();
                let params: Vec<(&str, &Field)> =
                    method.params.iter().map(|(name, param)| (name.as_str(), param)).collect();
                let mut resets = Vec::new();
                let at = ["methods", name, "paging", "keep"];
                self.resets_in(&at, &params, None, &[], &[], &kept, &mut resets)?;
                Some(resets)
            }
            None => None,
        };
        Some(PagingModel {
            stream: naming::stream(method_name),
            items,
            item_type: *item_type,
            next_page,
            limit,
            has_next,
            resets,
        })
    }

    /// Adds to `resets` the fields of an object (or the params, with no `oneofs`) at `prefix` that are
    /// neither on nor inside a `kept` path, nor required; descends into the objects on the way to a
    /// kept path.
    #[allow(clippy::too_many_arguments, reason = "the walk's state, passed down each level")]
    fn resets_in(
        &mut self,
        at: &[&str],
        fields: &[(&'a str, &'a Field)],
        oneofs: Option<&'a indexmap::IndexMap<String, spec::OneofGroup>>,
        prefix: &[&'a str],
        parents: &[PathStep],
        kept: &[Vec<&str>],
        resets: &mut Vec<Reset>,
    ) -> Option<()> {
        for &(name, field) in fields {
            let path = [prefix, &[name]].concat();
            if kept.iter().any(|kept| path.starts_with(kept)) {
                continue;
            }
            let collection = matches!(field.ty, TypeExpr::List(_) | TypeExpr::Map(_));
            let rust_name = self.name(naming::field(name), at, "field")?;
            if kept.iter().any(|kept| kept.starts_with(&path)) {
                let Some(def) = field.ty.named().and_then(|object| self.file.spec.types.get(object)) else {
                    self.gap(at, format!("`{}` is not an object", path.join(".")));
                    return None;
                };
                let step = PathStep {
                    field: rust_name,
                    optional: !field.required && !collection,
                    deprecated: field.deprecated.is_some(),
                    ty: self.rust_type(at, &field.ty, field.secret)?,
                };
                let inner: Vec<(&str, &Field)> =
                    def.fields.iter().flatten().map(|(name, field)| (name.as_str(), field)).collect();
                let parents = [parents, &[step]].concat();
                self.resets_in(at, &inner, Some(&def.oneof), &path, &parents, kept, resets)?;
                continue;
            }
            if !field.required {
                resets.push(Reset {
                    parents: parents.to_vec(),
                    field: rust_name,
                    collection,
                    deprecated: field.deprecated.is_some(),
                });
            }
        }
        for group in oneofs.into_iter().flat_map(|oneofs| oneofs.keys()) {
            resets.push(Reset {
                parents: parents.to_vec(),
                field: self.name(naming::field(group), at, "oneof group")?,
                collection: false,
                deprecated: false,
            });
        }
        Some(())
    }

    /// The Rust fields along a resolved paging path; a located error where it does not resolve.
    fn resolved(&mut self, method: &str, key: &str, path: naming::FieldPath<'_>) -> Option<Vec<PathStep>> {
        self.steps(&["methods", method, "paging", key], path)
    }

    /// The Rust fields along a resolved dotted path; a located error, at `at`, where it does not
    /// resolve.
    fn steps(&mut self, at: &[&str], path: naming::FieldPath<'_>) -> Option<Vec<PathStep>> {
        let fields = match path {
            Ok(fields) => fields,
            Err(problem) => {
                self.gap(at, problem);
                return None;
            }
        };
        fields
            .iter()
            .map(|step| {
                if step.field.nullable {
                    self.gap(at, format!("`{}` on the path is nullable", step.name));
                    return None;
                }
                let collection = matches!(step.field.ty, TypeExpr::List(_) | TypeExpr::Map(_));
                Some(PathStep {
                    field: self.name(naming::field(step.name), at, "field on a path")?,
                    optional: !step.field.required && !collection,
                    deprecated: step.field.deprecated.is_some(),
                    ty: self.rust_type(at, &step.field.ty, step.field.secret)?,
                })
            })
            .collect()
    }
}
