//! The structs and enums of an API: object types, requests, enums of values and oneof groups.

use proc_macro2::TokenStream;
use quote::quote;

use super::serde_impls::{deserialize_impl, enum_serde_impls, serialize_impl};
use super::{
    Docs, allow_deprecated, allow_variant_names, argument_type, deprecated, field_type, ident, rust_type,
    set_path, takes_into,
};
use crate::markdown;
use crate::model::{EnumModel, FieldModel, OneofModel, ParamLocation, RustType, StructModel};

/// What a struct is for, which decides its derives and serde impls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A type of the API, sent and received as JSON.
    Data,
    /// A method's params: serialized as the JSON body, path and query params left out.
    Request,
}

/// Lists and maps nested this deep make a type that clippy's `type_complexity` finds too complex.
const COMPLEX_NESTING: usize = 3;

/// `#[allow(clippy::type_complexity)]` where the spec nests lists and maps deeply: the type is the
/// API's, and an alias per field would only hide it.
fn allow_complex_types<'a>(mut types: impl Iterator<Item = &'a RustType>) -> Option<TokenStream> {
    types.any(|ty| ty.nesting() >= COMPLEX_NESTING).then(|| {
        quote! { #[allow(clippy::type_complexity, reason = "the API nests lists and maps this deep")] }
    })
}

pub(super) fn structure(model: &StructModel, role: Role, docs_of: &Docs) -> TokenStream {
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
    if !model.holds_secret {
        derives.push(quote! { PartialEq });
    }
    if model.all_optional() {
        derives.push(quote! { Default });
    }
    let fields = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        let docs = match field.is_nullable() {
            true => docs_of.outer(&format!(
                "{}\n\n[`Nullable::Null`](crate::Nullable::Null) is sent as `null`, which clears the value; \
                 a `null` from the server decodes as `None`.",
                field.docs
            )),
            false => docs_of.outer(&field.docs),
        };
        let ty = field_type(field);
        let deprecated = deprecated(field.deprecated.as_deref());
        quote! { #docs #deprecated pub #name: #ty, }
    });
    let oneofs = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        let ty = ident(&oneof.enum_name);
        let docs = docs_of.outer(&oneof.docs);
        quote! { #docs pub #name: Option<#ty>, }
    });
    let complex = allow_complex_types(model.fields.iter().map(|field| &field.ty));
    // Callers build what they send; what only comes back is built by deserializing, and by tests of
    // code that receives it (feature `test-util`), which also set the fields only the server sets.
    let constructor = if role == Role::Request || model.usage.sent {
        let read_only = role == Role::Data
            && model.usage.received
            && model.fields.iter().any(|field| !field.required && field.read_only);
        let read_only = read_only.then(|| constructor(model, Builders::ReadOnlySetters, docs_of));
        let sent = constructor(model, Builders::Sent, docs_of);
        Some(quote! { #sent #read_only })
    } else {
        model.usage.received.then(|| constructor(model, Builders::ReceivedOnly, docs_of))
    };
    let serialize = serialize.then(|| serialize_impl(model));
    let deserialize = deserialize.then(|| deserialize_impl(model));
    quote! {
        #docs
        #[derive(#(#derives),*)]
        #[non_exhaustive]
        #complex
        pub struct #name {
            #(#fields)*
            #(#oneofs)*
        }

        #constructor
        #serialize
        #deserialize
    }
}

/// More arguments than this make clippy's `too_many_arguments` fire on `new`.
const MAX_ARGUMENTS: usize = 7;

/// Which builders of a struct [`constructor`] emits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Builders {
    /// For what callers send: `new`, and setters of the optional fields they may set.
    Sent,
    /// Under `test-util`, for what only comes back: `new`, and setters of every optional field.
    ReceivedOnly,
    /// Under `test-util`, for what is sent and comes back: setters of the fields only the server sets.
    ReadOnlySetters,
}

/// `new` with every required field as an argument, and a `with_` setter per optional field.
fn constructor(model: &StructModel, builders: Builders, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let required: Vec<&FieldModel> = model.fields.iter().filter(|field| field.required).collect();
    let args = required.iter().flat_map(|field| {
        let name = ident(&field.name);
        let ty = argument_type(&field.ty);
        let inside = field.requires.iter().map(|required| {
            let argument = ident(&required.argument);
            let ty = required.steps.last().map(|step| argument_type(&step.ty));
            quote! { #argument: #ty }
        });
        std::iter::once(quote! { #name: #ty }).chain(inside)
    });
    let argument_count = required.iter().map(|field| 1 + field.requires.len()).sum::<usize>();
    // The fields a method requires inside a param are set in the param before it is stored.
    let set_inside = required.iter().filter(|field| !field.requires.is_empty()).map(|field| {
        let name = ident(&field.name);
        let sets = field.requires.iter().map(|required| {
            let argument = ident(&required.argument);
            let value = match required.steps.last().is_some_and(|step| takes_into(&step.ty)) {
                true => quote! { #argument.into() },
                false => quote! { #argument },
            };
            set_path(&quote! { #name }, &required.steps, &value)
        });
        quote! {
            let mut #name = #name;
            #(#sets)*
        }
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
    let many_arguments = (argument_count > MAX_ARGUMENTS).then(|| {
        quote! {
            #[allow(
                clippy::too_many_arguments,
                reason = "every required field is an argument, so that a value cannot be built without one"
            )]
        }
    });
    let sets = |field: &&FieldModel| match builders {
        Builders::Sent => !field.required && !field.read_only,
        Builders::ReceivedOnly => !field.required,
        Builders::ReadOnlySetters => !field.required && field.read_only,
    };
    let setters = model.fields.iter().filter(sets).map(|field| {
        let name = ident(&field.name);
        let setter = ident(&field.setter);
        let docs = docs_of.outer(&format!("Sets [`{0}`](Self::{0}).", field.name.unraw()));
        // Setting a deprecated field warns as assigning it would.
        let deprecated = deprecated(field.deprecated.as_deref());
        let (ty, value) = match &field.ty {
            RustType::List(_) | RustType::Map(_) => (rust_type(&field.ty), quote! { #name }),
            ty => {
                let value = match takes_into(ty) {
                    true => quote! { #name.into() },
                    false => quote! { #name },
                };
                let value = match field.is_nullable() {
                    true => quote! { Some(crate::Nullable::Value(#value)) },
                    false => quote! { Some(#value) },
                };
                (argument_type(ty), value)
            }
        };
        let clearer = field.clearer.as_ref().map(|clearer| {
            let clearer = ident(clearer);
            let docs = docs_of.outer(&format!(
                "Clears [`{0}`](Self::{0}): it is sent as `null`, which removes the value.",
                field.name.unraw()
            ));
            quote! {
                #docs
                #deprecated
                #[must_use]
                pub fn #clearer(mut self) -> Self {
                    self.#name = Some(crate::Nullable::Null);
                    self
                }
            }
        });
        quote! {
            #docs
            #deprecated
            #[must_use]
            pub fn #setter(mut self, #name: #ty) -> Self {
                self.#name = #value;
                self
            }

            #clearer
        }
    });
    let oneof_setters = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        let setter = ident(&oneof.setter);
        let ty = ident(&oneof.enum_name);
        let docs = docs_of.outer(&format!("Sets [`{0}`](Self::{0}).", oneof.name.unraw()));
        quote! {
            #docs
            #[must_use]
            pub fn #setter(mut self, #name: #ty) -> Self {
                self.#name = Some(#name);
                self
            }
        }
    });
    // `new` sets the fields a method requires inside a param, deprecated ones too.
    let allow = allow_deprecated(model.fields.iter().any(|field| {
        field.deprecated.is_some()
            || field.requires.iter().flat_map(|required| &required.steps).any(|step| step.deprecated)
    }));
    // `New::new` is the constructor every type has, named as the API names the type.
    let self_named = (model.name.unraw() == "New").then(|| {
        quote! { #[allow(clippy::self_named_constructors, reason = "every type's constructor is `new`")] }
    });
    let complex = allow_complex_types(model.fields.iter().map(|field| &field.ty));
    if builders == Builders::ReadOnlySetters {
        return quote! {
            #[cfg(feature = "test-util")]
            #allow
            #complex
            impl #name {
                #(#setters)*
            }
        };
    }
    let test_util = (builders == Builders::ReceivedOnly).then(|| quote! { #[cfg(feature = "test-util")] });
    quote! {
        #test_util
        #allow
        #complex
        impl #name {
            #new_docs
            #many_arguments
            #self_named
            pub fn new(#(#args),*) -> Self {
                #(#set_inside)*
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

/// An enum of string values of the API, which reads and writes its wire text.
pub(super) fn enumeration(model: &EnumModel, docs_of: &Docs) -> TokenStream {
    let values = value_enum(model, docs_of);
    let serde_impls = enum_serde_impls(model);
    quote! {
        #values
        #serde_impls
    }
}

/// An enum of string values, with its catch-all, `as_str`, `From<&str>` and `Display`.
pub(super) fn value_enum(model: &EnumModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let docs = docs_of.outer(&format!(
        "{}\n\nA value this version of the crate does not know decodes as [`{}::Unknown`], so a value the \
         server adds later does not break decoding.",
        model.docs, model.name
    ));
    let variants = model.variants.iter().map(|variant| {
        let name = ident(&variant.name);
        let docs = docs_of.outer(&format!(
            "{}\n\nOn the wire: {}.",
            variant.docs,
            markdown::code_span(&variant.wire_name)
        ));
        let deprecated = deprecated(variant.deprecated.as_deref());
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
    let allow = allow_deprecated(model.variants.iter().any(|variant| variant.deprecated.is_some()));
    let unknown = crate::naming::RustIdent::unknown_variant();
    let allow_variant_names = allow_variant_names(
        &model.name,
        model.variants.iter().map(|variant| &variant.name).chain([&unknown]),
    );
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #allow_variant_names
        pub enum #name {
            #(#variants)*
            /// A value this version of the crate does not know; [`Self::as_str`] gives it.
            Unknown(crate::UnknownValue),
        }

        #allow
        impl #name {
            /// The value as Wix's API writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        #allow
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
    }
}

pub(super) fn oneof(model: &OneofModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&model.name);
    let docs = docs_of
        .outer(&format!("{}\n\nAt most one of these is present, so a value can hold only one.", model.docs));
    let variants = model.variants.iter().map(|variant| {
        let name = ident(&variant.name);
        let docs = docs_of.outer(&format!(
            "{}\n\nOn the wire: the {} field.",
            variant.docs,
            markdown::code_span(&variant.wire_name)
        ));
        let ty = rust_type(&variant.ty);
        let deprecated = deprecated(variant.deprecated.as_deref());
        quote! {
            #docs
            #deprecated
            #name(#ty),
        }
    });
    let mut derives = vec![quote! { Debug }, quote! { Clone }];
    if !model.holds_secret {
        derives.push(quote! { PartialEq });
    }
    // A variant that holds an object by value may be far larger than the others; boxing it would
    // change the type users match on, so the size difference is accepted.
    let large_variant = model
        .variants
        .iter()
        .any(|variant| matches!(variant.ty, RustType::Named { boxed: false, .. } | RustType::Shared { .. }))
        .then(|| quote! { #[allow(clippy::large_enum_variant, reason = "the alternatives are the API's")] });
    let allow_variant_names =
        allow_variant_names(&model.name, model.variants.iter().map(|variant| &variant.name));
    let complex = allow_complex_types(model.variants.iter().map(|variant| &variant.ty));
    // The struct that holds the group reads and writes it, by the chosen field's name.
    quote! {
        #docs
        #[derive(#(#derives),*)]
        #[non_exhaustive]
        #large_variant
        #allow_variant_names
        #complex
        pub enum #name {
            #(#variants)*
        }
    }
}
