//! Rust tokens for a model: the client, one request and one error enum per method, and the types.
//!
//! Generated code calls the hand-written runtime of the `wix-sdk` crate (`crate::runtime`) for all
//! that does not vary by method (HTTP, retries, decoding), so each method costs little to compile.

use std::cell::RefCell;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{
    Api, EnumModel, ErrorEnum, FieldModel, HttpVerb, MethodModel, OneofModel, PagingModel, ParamLocation,
    PathSegment, RustType, StructModel, TypeModel,
};

/// The tokens of a part, and its doc comments.
///
/// The doc text is kept out of the tokens: each doc comment is a `#[doc = "@N"]` attribute standing
/// for `docs[N]`, which the write stage puts in after formatting. Parsing and printing the prose with
/// the code would copy, unescape and escape every doc string several times over, about a fifth of
/// generation time, for text whose layout formatting does not change.
#[derive(Debug)]
pub struct Emitted {
    /// The part's items, doc comments as placeholders.
    pub tokens: TokenStream,
    /// Each doc comment, as the text of its lines after `///` or `//!`.
    pub docs: Vec<Vec<String>>,
}

/// What the `doc` attribute of a doc comment holds before the number of its text.
pub const DOC_PLACEHOLDER: &str = "@";

/// A piece of a module that is emitted, and formatted, on its own: the module's head, one method
/// (its `impl Client` block, request and error enum), or one type. Pieces are small, so formatting a
/// module of thousands of methods never holds all of its tokens at once, and pieces can be formatted
/// in parallel.
#[derive(Debug, Clone, Copy)]
pub enum Part<'a> {
    /// Module docs, the default base URL and the `Client` struct.
    Head,
    /// One method.
    Method(&'a MethodModel),
    /// One type.
    Type(&'a TypeModel),
}

/// The parts of a module, in the order they appear in the file.
pub fn parts(api: &Api) -> Vec<Part<'_>> {
    std::iter::once(Part::Head)
        .chain(api.methods.iter().map(Part::Method))
        .chain(api.types.iter().map(Part::Type))
        .collect()
}

/// The tokens of one part of `api`'s module, and its doc comments.
pub fn part(api: &Api, part: Part<'_>) -> Emitted {
    let docs_of = Docs::default();
    let tokens = match part {
        Part::Head => head(api, &docs_of),
        Part::Method(model) => {
            let method = method(model, &docs_of);
            let request = model.request.as_ref().map(|request| structure(request, Role::Request, &docs_of));
            let errors = error_enum(model, &model.errors, &docs_of);
            quote! {
                impl Client {
                    #method
                }

                #request
                #errors
            }
        }
        Part::Type(TypeModel::Struct(model)) => structure(model, Role::Data, &docs_of),
        Part::Type(TypeModel::Enum(model)) => enumeration(model, &docs_of),
        Part::Type(TypeModel::Oneof(model)) => oneof(model, &docs_of),
    };
    Emitted { tokens, docs: docs_of.0.into_inner() }
}

/// The tokens of the module that declares every API module.
pub fn index(modules: &[String]) -> Emitted {
    let modules = modules.iter().map(|module| {
        let ident = ident(module);
        quote! { pub mod #ident; }
    });
    Emitted { tokens: quote! { #(#modules)* }, docs: Vec::new() }
}

fn head(api: &Api, docs_of: &Docs) -> TokenStream {
    let module_docs = docs_of.inner(&format!("The {} API.\n\n{}", api.title, api.docs));
    let base_url = &api.base_url;
    let base_url_docs = docs_of
        .outer(&format!("Where the {} API is served, unless [`crate::Config`] says otherwise.", api.title));
    let docs = docs_of.outer(&format!(
        "Client for the {title} API.\n\n\
         Create it with [`Client::new`] from a [`Config`](crate::Config), which holds the credentials and \
         the HTTP settings. Cloning a client is cheap and shares its connection pool.",
        title = api.title
    ));
    quote! {
        #module_docs
        #base_url_docs
        pub const DEFAULT_BASE_URL: &str = #base_url;

        #docs
        #[derive(Debug, Clone)]
        pub struct Client {
            api: crate::runtime::ApiClient,
        }

        impl Client {
            /// Creates a client from shared configuration. Requests go to the configuration's base URL,
            /// or to [`DEFAULT_BASE_URL`] when it sets none.
            pub fn new(config: &crate::Config) -> Self {
                Self { api: crate::runtime::ApiClient::new(config, DEFAULT_BASE_URL) }
            }
        }
    }
}

fn method(method: &MethodModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&method.name);
    let wire_name = &method.wire_name;
    let docs = docs_of.outer(&method_docs(method));
    let error = ident(&method.errors.name);
    let returns = match &method.returns {
        Some(returns) => {
            let returns = ident(returns);
            quote! { #returns }
        }
        None => quote! { () },
    };
    let verb = format_ident!(
        "{}",
        match method.verb {
            HttpVerb::Get => "Get",
            HttpVerb::Post => "Post",
            HttpVerb::Put => "Put",
            HttpVerb::Patch => "Patch",
            HttpVerb::Delete => "Delete",
        }
    );
    let path_template = &method.path_template;
    let retryable = method.retryable;
    let path = method.path.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote! { call.path_literal(#text); },
        PathSegment::Param { field, .. } => {
            let field = ident(field);
            quote! { call.path_param(&request.#field); }
        }
    });
    let fields = method.request.as_ref().map_or(&[][..], |request| &request.fields[..]);
    let query = fields.iter().filter(|field| field.location == Some(ParamLocation::Query)).map(|field| {
        let wire_name = &field.wire_name;
        let name = ident(&field.name);
        quote! { call.query(#wire_name, &request.#name); }
    });
    let body = fields
        .iter()
        .any(|field| field.location == Some(ParamLocation::Body))
        .then(|| quote! { call.json_body(request); });
    let decode = match method.returns {
        Some(_) => quote! { decode() },
        None => quote! { decode_empty() },
    };
    let params = method.request.as_ref().map(|request| {
        let request = ident(&request.name);
        quote! { , request: &#request }
    });
    let alias = (method.name.trim_start_matches("r#") != method.wire_name)
        .then(|| quote! { #[doc(alias = #wire_name)] });
    let all_pages = method
        .paging
        .as_ref()
        .zip(method.request.as_ref())
        .map(|(paging, request)| all_pages(method, paging, request, docs_of));
    quote! {
        #docs
        #alias
        pub async fn #name(&self #params) -> Result<#returns, crate::Error<#error>> {
            const OPERATION: crate::runtime::Operation = crate::runtime::Operation {
                name: #wire_name,
                verb: crate::runtime::Verb::#verb,
                path_template: #path_template,
                retryable: #retryable,
            };
            let mut call = crate::runtime::Call::new(&OPERATION);
            #(#path)*
            #(#query)*
            #body
            self.api.execute(call).await?.#decode
        }

        #all_pages
    }
}

/// A stream of every item across pages, for methods the spec says page.
fn all_pages(
    method: &MethodModel,
    paging: &PagingModel,
    request: &StructModel,
    docs_of: &Docs,
) -> TokenStream {
    let name = format_ident!("{}_all", method.name);
    let page_method = ident(&method.name);
    let wire_name = &method.wire_name;
    let request_type = ident(&request.name);
    let error = ident(&method.errors.name);
    let item = rust_type(&paging.item_type);
    let items = ident(&paging.items);
    let page_size = match &paging.limit {
        Some(path) => format!("Set the page size in `request.{}`.", path.join(".")),
        None => "The server chooses the page size.".to_string(),
    };
    let docs = docs_of.outer(&format!(
        "Every item of [`{method}`](Client::{method}) across all pages, as a stream.\n\n\
         Sends `request` for the first page, then asks for the next page with the cursor of each page, \
         while the server says more pages exist. {page_size} The stream ends after the first error, and \
         with [`Error::RepeatedCursor`](crate::Error::RepeatedCursor) if the server gives a cursor it \
         gave before, which would otherwise loop forever.",
        method = method.name
    ));
    let has_next = match &paging.has_next {
        Some(path) => {
            let flag = option_path(path, quote! { page });
            quote! { #flag.copied().unwrap_or(false) }
        }
        None => quote! { true },
    };
    let next_cursor = option_path(&paging.next_cursor, quote! { page });
    let set_cursor = set_option_path(&paging.cursor);
    quote! {
        #docs
        pub fn #name(
            &self,
            request: &#request_type,
        ) -> impl futures_core::Stream<Item = Result<#item, crate::Error<#error>>> + Send + '_ {
            crate::runtime::paging::all_items(#wire_name, request.clone(), move |mut request: #request_type| async move {
                let page = self.#page_method(&request).await?;
                let next = match (#has_next, #next_cursor) {
                    (true, Some(cursor)) if !cursor.is_empty() => {
                        let cursor = cursor.clone();
                        #set_cursor
                        Some((cursor, request))
                    }
                    _ => None,
                };
                Ok(crate::runtime::paging::Page { items: page.#items, next })
            })
        }
    }
}

/// `base.a.as_ref().and_then(|value| value.b.as_ref())...`, for a path of optional fields.
fn option_path(path: &[String], base: TokenStream) -> TokenStream {
    let mut fields = path.iter().map(|field| ident(field));
    let Some(first) = fields.next() else { return base };
    let mut tokens = quote! { #base.#first.as_ref() };
    for field in fields {
        tokens = quote! { #tokens.and_then(|value| value.#field.as_ref()) };
    }
    tokens
}

/// `request.a.get_or_insert_with(Default::default).b = Some(cursor.clone());`
fn set_option_path(path: &[String]) -> TokenStream {
    let mut target = quote! { request };
    let Some((last, parents)) = path.split_last() else { return quote! {} };
    for parent in parents {
        let parent = ident(parent);
        target = quote! { #target.#parent.get_or_insert_with(Default::default) };
    }
    let last = ident(last);
    quote! { #target.#last = Some(cursor.clone()); }
}

fn method_docs(method: &MethodModel) -> String {
    let mut text = method.summary.clone();
    if !method.docs.is_empty() {
        text.push_str("\n\n");
        text.push_str(&method.docs);
    }
    text.push_str(&format!("\n\n`{} {}`", method.verb.as_str(), method.path_template));
    if let Some(request) = &method.request {
        let required: Vec<String> = request
            .fields
            .iter()
            .filter(|field| field.required)
            .map(|field| format!("`{}`", field.name))
            .collect();
        text.push_str(&format!("\n\n# Request\n\nBuild the request with [`{0}::new`]", request.name));
        if required.is_empty() {
            text.push_str("; every param is optional.");
        } else {
            text.push_str(&format!(", from the required params: {}.", required.join(", ")));
        }
    }
    text.push_str("\n\n# Errors\n\n");
    if method.errors.variants.is_empty() {
        text.push_str(
            "No errors are documented for this method: an error status gives \
             [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), whose \
             [`ServiceError`](crate::ServiceError) holds the status, the error details and the request id.",
        );
    } else {
        text.push_str(&format!(
            "A documented error gives [`Error::Service`](crate::Error::Service) with a [`{}`]:\n",
            method.errors.name
        ));
        let error = &method.errors.name;
        for status in &method.errors.variants {
            for code in &status.codes {
                text.push_str(&format!(
                    "\n- [`{name}`]({error}::{name}): code `{code}` (status {status})",
                    name = code.name,
                    code = code.code,
                    status = status.status,
                ));
            }
            let other = if status.codes.is_empty() { "" } else { " with another code, or none" };
            text.push_str(&format!(
                "\n- [`{name}`]({error}::{name}): status {status}{other}",
                name = status.name,
                status = status.status,
            ));
        }
        text.push_str("\n\nOther failures (undocumented statuses, transport errors, timeouts, bodies that do not decode) are the other variants of [`Error`](crate::Error).");
    }
    if !method.permissions.is_empty() {
        text.push_str("\n\n# Permissions\n");
        for permission in &method.permissions {
            text.push_str(&format!("\n- {permission}"));
        }
    }
    if !method.authentication.is_empty() {
        text.push_str("\n\n# Authentication\n\n");
        text.push_str(&method.authentication);
    }
    text
}

/// What a struct is for, which decides its derives and serde attributes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A type of the API, sent and received as JSON.
    Data,
    /// A method's params: serialized as the JSON body, path and query params left out.
    Request,
}

fn structure(model: &StructModel, role: Role, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let docs = docs_of.outer(&model.docs);
    let (serialize, deserialize) = match role {
        // A request is serialized only as its JSON body; one without body params never is.
        Role::Request => {
            (model.fields.iter().any(|field| field.location == Some(ParamLocation::Body)), false)
        }
        Role::Data => (model.usage.sent, model.usage.received),
    };
    let mut derives = vec![quote! { Debug }, quote! { Clone }];
    if !model.has_secret() {
        derives.push(quote! { PartialEq });
    }
    if model.fields.iter().all(|field| !field.required) {
        derives.push(quote! { Default });
    }
    let fields = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        let docs = docs_of.outer(&field.docs);
        let ty = field_type(field);
        let deprecated = field.deprecated.as_deref().map(|note| quote! { #[deprecated = #note] });
        quote! { #docs #deprecated pub #name: #ty, }
    });
    let oneofs = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        let ty = ident(&oneof.enum_name);
        let docs = docs_of.outer(&oneof.docs);
        quote! { #docs pub #name: Option<#ty>, }
    });
    // Callers build what they send; what only comes back is built by deserializing.
    let constructor = (role == Role::Request || model.usage.sent).then(|| constructor(model, docs_of));
    let serialize = serialize.then(|| serialize_impl(model));
    let deserialize = deserialize.then(|| deserialize_impl(model));
    quote! {
        #docs
        #[derive(#(#derives),*)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #(#oneofs)*
        }

        #constructor
        #serialize
        #deserialize
    }
}

/// `#[allow(deprecated)]` for impls that touch deprecated fields.
fn allow_deprecated(model: &StructModel) -> Option<TokenStream> {
    model.fields.iter().any(|field| field.deprecated.is_some()).then(|| quote! { #[allow(deprecated)] })
}

/// `Serialize` through the runtime's object writer: the JSON body fields, by their wire names.
fn serialize_impl(model: &StructModel) -> TokenStream {
    let name = ident(&model.name);
    let fields =
        model.fields.iter().filter(|field| matches!(field.location, None | Some(ParamLocation::Body))).map(
            |field| {
                let name = ident(&field.name);
                let wire_name = &field.wire_name;
                let write = format_ident!(
                    "{}",
                    match (&field.ty, field.required, field.secret) {
                        (_, true, true) => "secret",
                        (_, false, true) => "optional_secret",
                        (RustType::List(_), ..) => "list",
                        (RustType::Map(_), ..) => "map",
                        (_, true, false) => "required",
                        (_, false, false) => "optional",
                    }
                );
                quote! { object.#write(#wire_name, &self.#name); }
            },
        );
    let oneofs = model.oneofs.iter().map(|oneof| {
        let field = ident(&oneof.name);
        let enum_name = ident(&oneof.enum_name);
        let arms = oneof.variants.iter().map(|(variant, wire_name)| {
            let variant = ident(variant);
            quote! { Some(#enum_name::#variant(value)) => object.required(#wire_name, value), }
        });
        quote! {
            match &self.#field {
                #(#arms)*
                None => {}
            }
        }
    });
    let allow = allow_deprecated(model);
    let is_empty = model.fields.is_empty() && model.oneofs.is_empty();
    let binding = match is_empty {
        true => quote! { let object = crate::runtime::object::Writer::new(); },
        false => quote! { let mut object = crate::runtime::object::Writer::new(); },
    };
    quote! {
        #allow
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #binding
                #(#fields)*
                #(#oneofs)*
                object.finish(serializer)
            }
        }
    }
}

/// `Deserialize` through the runtime's object reader: each field by its wire name, unknown fields
/// ignored. Required fields are read first, since the value cannot be built without them; a field
/// that is missing or does not decode makes the whole value an error, reported by the reader.
fn deserialize_impl(model: &StructModel) -> TokenStream {
    let name = ident(&model.name);
    // A required list or map reads as empty when missing, like an optional one; the other required
    // fields are bound before the value is built.
    let bound_first = |field: &FieldModel| field.required && !field.is_collection();
    let required: Vec<&FieldModel> = model.fields.iter().filter(|field| bound_first(field)).collect();
    // Required fields are bound by their own names, so the reader takes a name none of them has.
    let mut reader = String::from("object");
    while required.iter().any(|field| field.name == reader) {
        reader.push('_');
    }
    let reader = ident(&reader);
    let read = |field: &FieldModel| {
        let wire_name = &field.wire_name;
        let method = format_ident!(
            "{}",
            match (&field.ty, field.required) {
                (RustType::List(_) | RustType::Map(_), _) => "collection",
                (RustType::I64, true) => "required_int64",
                (RustType::I64, false) => "optional_int64",
                (_, true) => "required",
                (_, false) => "optional",
            }
        );
        quote! { #reader.#method(#wire_name) }
    };
    let required_names: Vec<Ident> = required.iter().map(|field| ident(&field.name)).collect();
    let required_reads = required.iter().map(|field| read(field));
    let bind_required = match required.len() {
        0 => quote! {},
        1 => quote! {
            let #(Some(#required_names))* = #(#required_reads)* else {
                return #reader.failed();
            };
        },
        _ => quote! {
            let (#(Some(#required_names)),*) = (#(#required_reads),*) else {
                return #reader.failed();
            };
        },
    };
    let fields = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        match bound_first(field) {
            true => quote! { #name, },
            false => {
                let read = read(field);
                quote! { #name: #read, }
            }
        }
    });
    let oneofs = model.oneofs.iter().map(|oneof| {
        let field = ident(&oneof.name);
        let enum_name = ident(&oneof.enum_name);
        let keys = oneof.variants.iter().map(|(_, wire_name)| wire_name);
        let arms = oneof.variants.iter().map(|(variant, wire_name)| {
            let variant = ident(variant);
            quote! {
                Some((#wire_name, value)) => #reader.decode(#wire_name, value).map(#enum_name::#variant),
            }
        });
        quote! {
            #field: match #reader.one_of(&[#(#keys),*]) {
                #(#arms)*
                Some(_) | None => None,
            },
        }
    });
    let allow = allow_deprecated(model);
    let body = match model.fields.is_empty() && model.oneofs.is_empty() {
        true => quote! { crate::runtime::object::Reader::new(deserializer).map(|_| Self {}) },
        false => quote! {
            let mut #reader = crate::runtime::object::Reader::new(deserializer)?;
            #bind_required
            let value = Self {
                #(#fields)*
                #(#oneofs)*
            };
            #reader.finish(value)
        },
    };
    quote! {
        #allow
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #body
            }
        }
    }
}

/// `new` with every required field as an argument, and a `with_` setter per optional field.
fn constructor(model: &StructModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let required: Vec<&FieldModel> = model.fields.iter().filter(|field| field.required).collect();
    let args = required.iter().map(|field| {
        let name = ident(&field.name);
        let ty = argument_type(&field.ty);
        quote! { #name: #ty }
    });
    let inits = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        match field.required {
            true if takes_into(&field.ty) => quote! { #name: #name.into() },
            true => quote! { #name },
            false => match &field.ty {
                RustType::List(_) => quote! { #name: Vec::new() },
                RustType::Map(_) => quote! { #name: std::collections::BTreeMap::new() },
                _ => quote! { #name: None },
            },
        }
    });
    let oneof_inits = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        quote! { #name: None }
    });
    let new_docs = match required.is_empty() {
        true => "Creates the value with every field unset.",
        false => "Creates the value from its required fields; the others are unset.",
    };
    let new_docs = docs_of.outer(new_docs);
    let setters = model.fields.iter().filter(|field| !field.required).map(|field| {
        let name = ident(&field.name);
        let setter = format_ident!("with_{}", field.name.trim_start_matches("r#"));
        let docs = docs_of.outer(&format!("Sets [`{0}`](Self::{0}).", field.name.trim_start_matches("r#")));
        let (ty, value) = match &field.ty {
            RustType::List(_) | RustType::Map(_) => (rust_type(&field.ty), quote! { #name }),
            ty => (
                argument_type(ty),
                match takes_into(ty) {
                    true => quote! { Some(#name.into()) },
                    false => quote! { Some(#name) },
                },
            ),
        };
        quote! {
            #docs
            #[must_use]
            pub fn #setter(mut self, #name: #ty) -> Self {
                self.#name = #value;
                self
            }
        }
    });
    let oneof_setters = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        let setter = format_ident!("with_{}", oneof.name.trim_start_matches("r#"));
        let ty = ident(&oneof.enum_name);
        let docs = docs_of.outer(&format!("Sets [`{0}`](Self::{0}).", oneof.name));
        quote! {
            #docs
            #[must_use]
            pub fn #setter(mut self, #name: #ty) -> Self {
                self.#name = Some(#name);
                self
            }
        }
    });
    let allow_deprecated =
        model.fields.iter().any(|field| field.deprecated.is_some()).then(|| quote! { #[allow(deprecated)] });
    quote! {
        #allow_deprecated
        impl #name {
            #new_docs
            pub fn new(#(#args),*) -> Self {
                Self {
                    #(#inits,)*
                    #(#oneof_inits,)*
                }
            }

            #(#setters)*
            #(#oneof_setters)*
        }
    }
}

fn enumeration(model: &EnumModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let docs = docs_of.outer(&format!(
        "{}\n\nA value this version of the crate does not know decodes as [`{}::Unknown`], so a value the \
         server adds later does not break decoding.",
        model.docs, model.name
    ));
    let variants = model.variants.iter().map(|variant| {
        let name = ident(&variant.name);
        let docs = docs_of.outer(&format!("{}\n\nOn the wire: `{}`.", variant.docs, variant.wire_name));
        let deprecated = variant.deprecated.as_deref().map(|note| quote! { #[deprecated = #note] });
        quote! { #docs #deprecated #name, }
    });
    let to_wire = model.variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let wire_name = &variant.wire_name;
        quote! { Self::#variant_name => #wire_name, }
    });
    let from_wire = model.variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let wire_name = &variant.wire_name;
        quote! { #wire_name => Self::#variant_name, }
    });
    let allow_deprecated = model
        .variants
        .iter()
        .any(|variant| variant.deprecated.is_some())
        .then(|| quote! { #[allow(deprecated)] });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the crate does not know; [`Self::as_str`] gives it.
            Unknown(crate::UnknownValue),
        }

        #allow_deprecated
        impl #name {
            /// The value as Wix's API writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        #allow_deprecated
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::Unknown(crate::UnknownValue::new(other)),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <String as serde::Deserialize>::deserialize(deserializer).map(|value| Self::from(value.as_str()))
            }
        }
    }
}

fn oneof(model: &OneofModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let docs = docs_of
        .outer(&format!("{}\n\nAt most one of these is present, so a value can hold only one.", model.docs));
    let variants = model.variants.iter().map(|variant| {
        let name = ident(&variant.name);
        let docs =
            docs_of.outer(&format!("{}\n\nOn the wire: the `{}` field.", variant.docs, variant.wire_name));
        let ty = rust_type(&variant.ty);
        let deprecated = variant.deprecated.as_deref().map(|note| quote! { #[deprecated = #note] });
        quote! {
            #docs
            #deprecated
            #name(#ty),
        }
    });
    // The struct that holds the group reads and writes it, by the chosen field's name.
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn error_enum(method: &MethodModel, errors: &ErrorEnum, docs_of: &Docs) -> TokenStream {
    let name = ident(&errors.name);
    let docs = docs_of.outer(&match errors.variants.is_empty() {
        true => format!(
            "The errors documented for [`Client::{0}`]: none, so this enum has no values. Error statuses \
             come as [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).",
            method.name
        ),
        false => format!(
            "The errors documented for [`Client::{0}`].\n\n\
             A response whose application error code (`details.applicationError.code`) is documented \
             becomes that code's variant; any other response with a documented status becomes the \
             status's variant. Each variant carries the [`ServiceError`](crate::ServiceError) with the \
             status and the error details: `message`, and the application error's `code`, `description` \
             and `data` where the server sent them.",
            method.name
        ),
    });
    let mut variants = Vec::new();
    let mut by_code = Vec::new();
    let mut by_status = Vec::new();
    let mut names = Vec::new();
    for status in &errors.variants {
        for code in &status.codes {
            let variant = ident(&code.name);
            let docs = docs_of
                .outer(&format!("`{}` (documented with status {}): {}", code.code, status.status, code.docs));
            let code_text = &code.code;
            variants.push(quote! { #docs #variant(crate::ServiceError), });
            by_code.push(quote! { Some(#code_text) => Self::#variant, });
            names.push(variant);
        }
        let variant = ident(&status.name);
        let mut text = format!("Status {}: {}", status.status, status.docs);
        if !status.codes.is_empty() {
            let codes: Vec<String> =
                status.codes.iter().map(|code| format!("[`{}`](Self::{})", code.code, code.name)).collect();
            text.push_str(&format!(
                "\n\nThis variant holds a {} response whose code is none of {}: a code this version \
                 of the crate does not know, or none.",
                status.status,
                codes.join(", ")
            ));
        }
        let docs = docs_of.outer(&text);
        let status_literal = proc_macro2::Literal::u16_unsuffixed(status.status);
        variants.push(quote! { #docs #variant(crate::ServiceError), });
        by_status.push(quote! { #status_literal => Self::#variant, });
        names.push(variant);
    }
    let from_service_error_body = match (by_code.is_empty(), by_status.is_empty()) {
        (_, true) => quote! { Err(error) },
        (true, false) => quote! {
            let variant: fn(crate::ServiceError) -> Self = match error.status() {
                #(#by_status)*
                _ => return Err(error),
            };
            Ok(variant(error))
        },
        (false, false) => quote! {
            let variant: fn(crate::ServiceError) -> Self = match error.code() {
                #(#by_code)*
                _ => match error.status() {
                    #(#by_status)*
                    _ => return Err(error),
                },
            };
            Ok(variant(error))
        },
    };
    let (service_error_body, display) = if names.is_empty() {
        (
            quote! { match *self {} },
            quote! { fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { match *self {} } },
        )
    } else {
        (
            quote! { match self { #(Self::#names(error))|* => error } },
            quote! {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    std::fmt::Display::fmt(crate::OperationError::service_error(self), f)
                }
            },
        )
    };
    quote! {
        #docs
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }

        impl crate::OperationError for #name {
            fn from_service_error(error: crate::ServiceError) -> Result<Self, crate::ServiceError> {
                #from_service_error_body
            }

            fn service_error(&self) -> &crate::ServiceError {
                #service_error_body
            }
        }

        impl std::fmt::Display for #name {
            #display
        }

        impl std::error::Error for #name {}
    }
}

/// The field's declared type: `Option<T>` for optional scalars, the collection itself for lists and maps.
fn field_type(field: &FieldModel) -> TokenStream {
    let ty = rust_type(&field.ty);
    if field.required || field.is_collection() {
        ty
    } else {
        quote! { Option<#ty> }
    }
}

/// The argument type for a field's value in `new` and setters.
fn argument_type(ty: &RustType) -> TokenStream {
    match ty {
        RustType::String => quote! { impl Into<String> },
        RustType::Secret => quote! { impl Into<crate::SecretString> },
        RustType::Named { name, boxed: true } => {
            let name = ident(name);
            quote! { impl Into<Box<#name>> }
        }
        other => rust_type(other),
    }
}

/// Whether [`argument_type`] takes `impl Into<_>`, so the value needs `.into()`.
fn takes_into(ty: &RustType) -> bool {
    matches!(ty, RustType::String | RustType::Secret | RustType::Named { boxed: true, .. })
}

fn rust_type(ty: &RustType) -> TokenStream {
    match ty {
        RustType::String => quote! { String },
        RustType::Secret => quote! { crate::SecretString },
        RustType::Bool => quote! { bool },
        RustType::I32 => quote! { i32 },
        RustType::I64 => quote! { i64 },
        RustType::F32 => quote! { f32 },
        RustType::F64 => quote! { f64 },
        RustType::Timestamp => quote! { crate::Timestamp },
        RustType::Guid => quote! { crate::Uuid },
        RustType::Email => quote! { crate::Email },
        RustType::Url => quote! { crate::Url },
        RustType::List(item) => {
            let item = rust_type(item);
            quote! { Vec<#item> }
        }
        RustType::Map(value) => {
            let value = rust_type(value);
            quote! { std::collections::BTreeMap<String, #value> }
        }
        RustType::Named { name, boxed } => {
            let name = ident(name);
            match boxed {
                true => quote! { Box<#name> },
                false => quote! { #name },
            }
        }
    }
}

/// An identifier, raw (`r#type`) where the model wrote it so.
fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The doc comments of a part, numbered in the order they are made.
#[derive(Default)]
struct Docs(RefCell<Vec<Vec<String>>>);

impl Docs {
    /// `#[doc = "@N"]`, standing for the doc comment `text`.
    fn outer(&self, text: &str) -> TokenStream {
        let placeholder = self.keep(text);
        quote! { #[doc = #placeholder] }
    }

    /// `#![doc = "@N"]`, standing for a module's own docs.
    fn inner(&self, text: &str) -> TokenStream {
        let placeholder = self.keep(text);
        quote! { #![doc = #placeholder] }
    }

    fn keep(&self, text: &str) -> String {
        let mut docs = self.0.borrow_mut();
        docs.push(doc_lines(text));
        format!("{DOC_PLACEHOLDER}{}", docs.len() - 1)
    }
}

fn doc_lines(text: &str) -> Vec<String> {
    text.trim()
        .lines()
        .map(|line| {
            // A bare carriage return is not allowed in a doc comment, nor are the codepoints that change
            // the direction of text (rustc denies them); other control characters only garble it.
            let line: String = line
                .chars()
                .filter(|&c| {
                    (!c.is_control() || c == '\t')
                        && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                })
                .collect();
            match line.trim_end() {
                "" => String::new(),
                line => format!(" {line}"),
            }
        })
        .collect()
}
