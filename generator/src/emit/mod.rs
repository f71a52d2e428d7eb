//! Rust tokens for a model: the client, one request and one error enum per method, and the types.
//!
//! Generated code calls the hand-written runtime of the `wix-sdk` crate (`crate::runtime`) for all
//! that does not vary by method (HTTP, retries, decoding), so each method costs little to compile.
//! `methods` emits the client's methods and their error enums, `types` the structs and enums,
//! `serde_impls` how they read and write JSON.

mod calls;
mod methods;
mod serde_impls;
mod types;

pub use calls::{Modules, call_tests};

use std::cell::RefCell;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::markdown;
use crate::model::{Api, FieldModel, MethodModel, PathStep, RustType, TypeModel};
use crate::naming::RustIdent;

/// The tokens of a part, and its doc comments.
///
/// The doc text is kept out of the tokens: each doc comment is a `#[doc = "@N"]` attribute standing
/// for `docs[N]`, which the format stage puts in after formatting. Parsing and printing the prose with
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
        Part::Method(model) => methods::method_part(model, &docs_of),
        Part::Type(TypeModel::Struct(model)) => types::structure(model, types::Role::Data, &docs_of),
        Part::Type(TypeModel::Enum(model)) => types::enumeration(model, &docs_of),
        Part::Type(TypeModel::Oneof(model)) => types::oneof(model, &docs_of),
    };
    Emitted { tokens, docs: docs_of.0.into_inner() }
}

/// The tokens of the module that declares the call tests of every API module with methods, each
/// under its module's cargo feature where it has one.
pub fn call_test_index(modules: &[(RustIdent, Option<String>)]) -> Emitted {
    let modules = modules.iter().map(|(module, feature)| {
        let ident = ident(module);
        let gate = feature.as_ref().map(|feature| quote! { #[cfg(feature = #feature)] });
        quote! { #gate mod #ident; }
    });
    Emitted { tokens: quote! { #(#modules)* }, docs: Vec::new() }
}

/// The tokens of the module that declares every API module, each under its cargo feature where it
/// has one.
pub fn index(modules: &[(RustIdent, Option<String>)]) -> Emitted {
    let modules = modules.iter().map(|(module, feature)| {
        let ident = ident(module);
        let gate = feature.as_ref().map(|feature| quote! { #[cfg(feature = #feature)] });
        quote! { #gate pub mod #ident; }
    });
    Emitted { tokens: quote! { #(#modules)* }, docs: Vec::new() }
}

fn head(api: &Api, docs_of: &Docs) -> TokenStream {
    let title = markdown::plain(&api.title);
    let Some(base_url) = &api.base_url else {
        let module_docs = docs_of.inner(&format!("{title}: types that several APIs share.\n\n{}", api.docs));
        return quote! { #module_docs };
    };
    let module_docs = docs_of.inner(&format!("The {title} API.\n\n{}", api.docs));
    let reexports: Vec<TokenStream> = api
        .reexports
        .iter()
        .map(|reexport| {
            let module = ident(&reexport.module);
            let types = reexport.types.iter().map(ident);
            let docs = docs_of.outer(&format!(
                "Types of [`{module}`](super::{module}) that this API's types hold, also named here: a type \
             keeps its path whether this API or the shared types define it."
            ));
            quote! {
                #docs
                pub use super::#module::{#(#types),*};
            }
        })
        .collect();
    let base_url_docs =
        docs_of.outer(&format!("Where the {title} API is served, unless [`crate::Config`] says otherwise."));
    let docs = docs_of.outer(&format!(
        "Client for the {title} API.\n\n\
         Create it with [`Client::new`] from a [`Config`](crate::Config), which holds the credentials and \
         the HTTP settings. Cloning a client is cheap and shares its connection pool."
    ));
    let mock_docs = docs_of.outer(&format!(
        "A mock of the {title} API, for tests of code that takes a [`Client`] (feature `test-util`).\n\n\
         Program what each method returns with its `on_` method (`on_<method>`), then give the code \
         under test [`MockClient::client`]: a real [`Client`] that returns what was programmed and sends \
         nothing. See [`test_util`](crate::test_util)."
    ));
    quote! {
        #module_docs
        #(#reexports)*
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

            /// A copy of this client (as cheap as a clone) whose calls use `options` instead of the
            /// configuration's timeouts and retry policy; its retries still draw on the configuration's
            /// shared retry budget.
            pub fn with_options(&self, options: crate::CallOptions) -> Self {
                Self { api: self.api.with_options(&options) }
            }
        }

        #mock_docs
        #[cfg(feature = "test-util")]
        #[derive(Debug, Clone, Default)]
        pub struct MockClient {
            rules: crate::runtime::mock::Rules,
        }

        #[cfg(feature = "test-util")]
        impl MockClient {
            /// A mock with no method programmed.
            pub fn new() -> Self {
                Self::default()
            }

            /// A [`Client`] whose methods return what this mock programs, now and later, and send
            /// nothing. A method not programmed panics when called, naming it.
            pub fn client(&self) -> Client {
                Client { api: crate::runtime::ApiClient::mocked(self.rules.clone(), DEFAULT_BASE_URL) }
            }
        }
    }
}

/// The field's declared type: `Option<T>` for optional scalars (`Option<Nullable<T>>` where a request
/// may clear them), the collection itself for lists and maps.
fn field_type(field: &FieldModel) -> TokenStream {
    let ty = rust_type(&field.ty);
    if field.required || field.is_collection() {
        ty
    } else if field.is_nullable() {
        quote! { Option<crate::Nullable<#ty>> }
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
        RustType::Json => quote! { crate::Json },
        RustType::JsonObject => quote! { crate::JsonObject },
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
        RustType::Shared { module, name } => {
            let (module, name) = (ident(module), ident(name));
            quote! { super::#module::#name }
        }
    }
}

/// Sets `value` at `path` inside `base` (a stream's cursor or offset, a field a method requires inside
/// a param), creating the optional objects on the way (validation checked that their types have a
/// `Default`).
fn set_path(base: &TokenStream, path: &[PathStep], value: &TokenStream) -> TokenStream {
    let Some((last, parents)) = path.split_last() else { return quote! {} };
    let mut target = base.clone();
    for parent in parents {
        let field = ident(&parent.field);
        target = match parent.optional {
            true => quote! { #target.#field.get_or_insert_with(Default::default) },
            false => quote! { #target.#field },
        };
    }
    let field = ident(&last.field);
    match last.optional {
        true => quote! { #target.#field = Some(#value); },
        false => quote! { #target.#field = #value; },
    }
}

/// The identifier's tokens; a [`RustIdent`] is always a valid identifier, so this cannot fail.
fn ident(name: &RustIdent) -> Ident {
    match name.is_raw() {
        true => Ident::new_raw(name.unraw(), Span::call_site()),
        false => Ident::new(name.as_str(), Span::call_site()),
    }
}

/// `#[deprecated = "note"]` for an item the spec deprecates.
fn deprecated(note: Option<&str>) -> Option<TokenStream> {
    note.map(|note| quote! { #[deprecated = #note] })
}

/// `#[allow(deprecated)]` where generated code uses items the spec deprecates.
fn allow_deprecated(uses_deprecated: bool) -> Option<TokenStream> {
    uses_deprecated.then(|| quote! { #[allow(deprecated)] })
}

/// clippy's `enum_variant_names`, for an enum whose variants are named by the API: it fires when a
/// variant starts or ends with the enum's name, or when three or more variants all share their first
/// or last word; the generated code cannot change either without renaming the API's values.
fn allow_variant_names<'a>(
    enum_name: &RustIdent,
    variants: impl Iterator<Item = &'a RustIdent>,
) -> Option<TokenStream> {
    let variants: Vec<Vec<&str>> = variants.map(|variant| camel_words(variant.unraw())).collect();
    let enum_words = camel_words(enum_name.unraw());
    let starts_or_ends_with_enum =
        variants.iter().any(|words| words.starts_with(&enum_words) || words.ends_with(&enum_words));
    let first_words: Vec<Option<&str>> = variants.iter().map(|words| words.first().copied()).collect();
    let last_words: Vec<Option<&str>> = variants.iter().map(|words| words.last().copied()).collect();
    let share = |words: &[Option<&str>]| {
        words.len() >= 3 && words.windows(2).all(|pair| pair[0].is_some() && pair[0] == pair[1])
    };
    (starts_or_ends_with_enum || share(&first_words) || share(&last_words)).then(|| {
        quote! { #[allow(clippy::enum_variant_names, reason = "the variants are named as the API names them")] }
    })
}

/// The words of an UpperCamelCase name: `BadCredentials` -> `Bad`, `Credentials`.
fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (index, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..index]);
            start = index;
        }
    }
    words.push(&name[start..]);
    words
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

/// The lines of a doc comment. Outside code blocks, runs of blank lines (left where the text's link
/// definitions were) become one.
fn doc_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut in_code = false;
    for line in text.trim().lines() {
        // A bare carriage return is not allowed in a doc comment, nor are the codepoints that change
        // the direction of text (rustc denies them); other control characters only garble it.
        let line: String = line
            .chars()
            .filter(|&c| {
                (!c.is_control() || c == '\t')
                    && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            })
            .collect();
        let line = line.trim_end();
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_code = !in_code;
        }
        if line.is_empty() && !in_code && lines.last().is_some_and(String::is_empty) {
            continue;
        }
        lines.push(match line {
            "" => String::new(),
            line => format!(" {line}"),
        });
    }
    lines
}
