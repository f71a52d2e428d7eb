//! How generated types read and write JSON: `Serialize` and `Deserialize` impls through the runtime's
//! object writer and reader, by wire name.
//!
//! Inside these impls the generic parameters `S` and `D` are in scope, so the module's own types are
//! named through `self::`: a spec type named `S` or `D` must not be taken for them.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{allow_deprecated, ident};
use crate::model::{EnumModel, FieldModel, ParamLocation, RustType, StructModel};
use crate::naming;

/// `Serialize` through the runtime's object writer: the JSON body fields, by their wire names.
pub(super) fn serialize_impl(model: &StructModel) -> TokenStream {
    let name = ident(&model.name);
    let sent: Vec<&FieldModel> = model
        .fields
        .iter()
        .filter(|field| matches!(field.location, None | Some(ParamLocation::Body)) && !field.read_only)
        .collect();
    let fields = sent.iter().map(|field| {
        let name = ident(&field.name);
        let wire_name = &field.wire_name;
        let write = format_ident!(
            "{}",
            // A required list or map is sent even when empty (`{}` matches everything in a
            // Wix filter); an optional one is left out.
            match (&field.ty, field.required, field.secret) {
                (_, true, true) => "secret",
                (_, false, true) if field.is_nullable() => "nullable_secret",
                (_, false, true) => "optional_secret",
                (ty, true, false) if holds_int64(ty) => "required_int64",
                (ty, false, false) if holds_int64(ty) => "optional_int64",
                (_, true, false) => "required",
                (RustType::List(_), false, _) => "list",
                (RustType::Map(_), false, _) => "map",
                (_, false, false) => "optional",
            }
        );
        quote! { object.#write(#wire_name, &self.#name); }
    });
    let oneofs = model.oneofs.iter().map(|oneof| {
        let field = ident(&oneof.name);
        let enum_name = ident(&oneof.enum_name);
        let arms = oneof.variants.iter().map(|variant| {
            let variant_name = ident(&variant.name);
            let wire_name = &variant.wire_name;
            let write = match (variant.secret, holds_int64(&variant.ty)) {
                (true, _) => quote! { secret },
                (false, true) => quote! { required_int64 },
                (false, false) => quote! { required },
            };
            quote! { Some(self::#enum_name::#variant_name(value)) => object.#write(#wire_name, value), }
        });
        quote! {
            match &self.#field {
                #(#arms)*
                None => {}
            }
        }
    });
    let allow = allow_deprecated(model.touches_deprecated());
    let is_empty = sent.is_empty() && model.oneofs.is_empty();
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
pub(super) fn deserialize_impl(model: &StructModel) -> TokenStream {
    let name = ident(&model.name);
    // A required list or map reads as empty when missing, like an optional one, and a required `json`
    // as `null`; the other required fields are bound before the value is built.
    let bound_first =
        |field: &FieldModel| field.required && !field.is_collection() && field.ty != RustType::Json;
    let required: Vec<&FieldModel> = model.fields.iter().filter(|field| bound_first(field)).collect();
    // Required fields are bound by their own names, so the reader takes a name none of them has.
    let reader = naming::binding_other_than("object", required.iter().map(|field| &field.name));
    let reader = ident(&reader);
    let read = |field: &FieldModel| {
        let wire_name = &field.wire_name;
        let method = format_ident!(
            "{}",
            match (&field.ty, field.required) {
                (ty, _) if field.is_collection() && holds_int64(ty) => "int64_collection",
                (RustType::List(_) | RustType::Map(_), _) => "collection",
                (RustType::Json, true) => "json",
                (RustType::I64, true) => "required_int64",
                (RustType::I64, false) => "optional_int64",
                (_, true) => "required",
                (_, false) => "optional",
            }
        );
        // A `null` was dropped by the reader, so a nullable field reads as unset or as a value.
        match field.is_nullable() {
            true => quote! { #reader.#method(#wire_name).map(crate::Nullable::Value) },
            false => quote! { #reader.#method(#wire_name) },
        }
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
        let keys = oneof.variants.iter().map(|variant| &variant.wire_name);
        let arms = oneof.variants.iter().map(|variant| {
            let variant_name = ident(&variant.name);
            let wire_name = &variant.wire_name;
            let decode = match holds_int64(&variant.ty) {
                true => quote! { decode_int64 },
                false => quote! { decode },
            };
            quote! {
                Some((#wire_name, value)) => #reader.#decode(#wire_name, value).map(self::#enum_name::#variant_name),
            }
        });
        quote! {
            #field: match #reader.one_of(&[#(#keys),*]) {
                #(#arms)*
                Some(_) | None => None,
            },
        }
    });
    let allow = allow_deprecated(model.touches_deprecated());
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

/// Whether values of `ty` are `int64`s, or lists and maps of them at any depth. The runtime sends
/// these as strings of digits and reads them from strings or numbers, as protobuf's JSON mapping has
/// them; an object type that holds `int64`s does so in its own impls.
fn holds_int64(ty: &RustType) -> bool {
    match ty {
        RustType::I64 => true,
        RustType::List(inner) | RustType::Map(inner) => holds_int64(inner),
        _ => false,
    }
}

/// An enum of values reads and writes its wire text.
pub(super) fn enum_serde_impls(model: &EnumModel) -> TokenStream {
    let name = ident(&model.name);
    quote! {
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
