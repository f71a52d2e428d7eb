//! How generated types read and write JSON: `Serialize` and `Deserialize` impls through the runtime's
//! object writer and reader, by wire name.
//!
//! Inside these impls the generic parameters `S`, `D` and `A` are in scope, so the module's own types
//! are named through `self::`: a spec type named `S`, `D` or `A` must not be taken for them.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{allow_deprecated, ident};
use crate::model::{EnumModel, FieldModel, ParamLocation, RustType, StructModel};
use crate::naming::{self, RustIdent};

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

/// `Deserialize` through the runtime's object reader, which streams: the impl of the runtime's
/// `Object` trait names the fields by wire name (unknown fields are skipped by the reader) and reads
/// each value, as it comes, straight into a local of the field's type; required fields, read into
/// `Option`s, are checked once the object ends. A value that does not decode, or a required field
/// that is missing, makes the whole value an error, reported by the reader.
pub(super) fn deserialize_impl(model: &StructModel) -> TokenStream {
    let name = ident(&model.name);
    // A required list or map reads as empty when missing, like an optional one, and a required `json`
    // as `null`; the other required fields are `Option`s until the object ends.
    let checked_at_end =
        |field: &FieldModel| field.required && !field.is_collection() && field.ty != RustType::Json;
    // Fields and oneof groups are locals of their own names, so the reader and the field index take
    // names none of them has.
    let locals: Vec<&RustIdent> = model
        .fields
        .iter()
        .map(|field| &field.name)
        .chain(model.oneofs.iter().map(|oneof| &oneof.name))
        .collect();
    let reader = ident(&naming::binding_other_than("object", locals.iter().copied()));
    let index = ident(&naming::binding_other_than("field", locals.iter().copied()));
    let field_names = model.fields.iter().map(|field| field.wire_name.as_str()).chain(
        model.oneofs.iter().flat_map(|oneof| oneof.variants.iter().map(|variant| variant.wire_name.as_str())),
    );
    let starts = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        match field.is_collection() || (field.ty == RustType::Json && field.required) {
            true => quote! { let mut #name = Default::default(); },
            false => quote! { let mut #name = None; },
        }
    });
    let oneof_starts = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        quote! { let mut #name = crate::runtime::object::OneOf::new(); }
    });
    let field_reads = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        let method = format_ident!(
            "{}",
            match (&field.ty, field.required) {
                (ty, _) if field.is_collection() && holds_int64(ty) => "collection_int64",
                (RustType::List(_) | RustType::Map(_), _) => "collection",
                (RustType::Json, true) => "json",
                (RustType::I64, _) if field.is_nullable() => "nullable_int64",
                (RustType::I64, _) => "option_int64",
                _ if field.is_nullable() => "nullable",
                _ => "option",
            }
        );
        quote! { #reader.#method(&mut #name) }
    });
    let oneof_reads = model.oneofs.iter().flat_map(|oneof| {
        let group = ident(&oneof.name);
        let enum_name = ident(&oneof.enum_name);
        let reader = &reader;
        oneof.variants.iter().map(move |variant| {
            let variant_name = ident(&variant.name);
            let method = match holds_int64(&variant.ty) {
                true => quote! { one_of_int64 },
                false => quote! { one_of },
            };
            quote! { #reader.#method(&mut #group, self::#enum_name::#variant_name) }
        })
    });
    let reads: Vec<TokenStream> = field_reads.chain(oneof_reads).collect();
    // The last arm takes every other index, so that the match is exhaustive.
    let arms = reads.iter().enumerate().map(|(position, read)| match position + 1 == reads.len() {
        true => quote! { _ => #read, },
        false => {
            let position = proc_macro2::Literal::usize_unsuffixed(position);
            quote! { #position => #read, }
        }
    });
    let read_loop = match reads.as_slice() {
        [] => None,
        [read] => Some(quote! {
            while #reader.next_field().is_some() {
                #read;
            }
        }),
        _ => Some(quote! {
            while let Some(#index) = #reader.next_field() {
                match #index {
                    #(#arms)*
                }
            }
        }),
    };
    let checks = model.fields.iter().filter(|field| checked_at_end(field)).map(|field| {
        let name = ident(&field.name);
        let wire_name = &field.wire_name;
        quote! {
            let Some(#name) = #name else {
                return #reader.missing(#wire_name);
            };
        }
    });
    let values = model.fields.iter().map(|field| {
        let name = ident(&field.name);
        quote! { #name, }
    });
    let oneof_values = model.oneofs.iter().map(|oneof| {
        let name = ident(&oneof.name);
        quote! { #name: #name.into_value(), }
    });
    let allow = allow_deprecated(model.touches_deprecated());
    let reader_binding = match reads.is_empty() {
        true => quote! { #reader },
        false => quote! { mut #reader },
    };
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::object::read(deserializer)
            }
        }

        #allow
        impl crate::runtime::object::Object for #name {
            const FIELDS: &'static [&'static str] = &[#(#field_names),*];

            fn read<'de, A: serde::de::MapAccess<'de>>(
                #reader_binding: crate::runtime::object::Fields<'de, A>,
            ) -> Result<Self, A::Error> {
                #(#starts)*
                #(#oneof_starts)*
                #read_loop
                #(#checks)*
                #reader.finish(Self {
                    #(#values)*
                    #(#oneof_values)*
                })
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
                crate::runtime::object::read_text(deserializer)
            }
        }
    }
}
