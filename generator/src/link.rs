//! Brings the types of shared-types specs into the API specs, so that later stages see `common.Sorting`
//! like any type of the spec.
//!
//! A spec with no methods and no base URL holds types that many APIs share (paging, sorting,
//! addresses). Its module is generated once, and API specs refer to its types as `api.Type`: one Rust
//! type (`wix_sdk::common::CursorPaging`) serves every API instead of a copy per API. Each API spec
//! gets a copy of every shared definition under its qualified name, with the names inside qualified
//! too, marked with [`TypeDef::shared_from`]: validation and modelling look qualified names up as
//! they look up the spec's own, checks of definitions skip the copies (the shared spec's own run
//! checks them, where they are written), and the model refers to the shared module instead of
//! emitting them again.

use indexmap::IndexMap;

use crate::spec::{Spec, SpecFile, TypeDef, TypeExpr};

/// Copies the types of every shared-types spec among `files` into every other spec of `files`.
pub fn link(files: &mut [SpecFile]) {
    let shared: Vec<IndexMap<String, TypeDef>> = files
        .iter()
        .filter(|file| file.spec.is_shared_types())
        .map(|file| qualified_copies(&file.spec.api, &file.spec.types))
        .collect();
    if shared.is_empty() {
        return;
    }
    for file in files.iter_mut().filter(|file| !file.spec.is_shared_types()) {
        bring_in(&mut file.spec, &shared);
    }
}

/// Copies the types of every shared-types spec among `shared` into `spec`, unless it is one itself:
/// how a tool that reads one spec at a time ([`crate::diff`]) sees it as generation does.
pub fn link_spec(spec: &mut Spec, shared: &[&Spec]) {
    if spec.is_shared_types() {
        return;
    }
    let shared: Vec<IndexMap<String, TypeDef>> = shared
        .iter()
        .filter(|other| other.is_shared_types())
        .map(|other| qualified_copies(&other.api, &other.types))
        .collect();
    bring_in(spec, &shared);
}

fn bring_in(spec: &mut Spec, shared: &[IndexMap<String, TypeDef>]) {
    for types in shared {
        for (name, def) in types {
            // A key taken already is an own type written with a dot, which validation refuses.
            spec.types.entry(name.clone()).or_insert_with(|| def.clone());
        }
    }
}

/// The definitions of a shared spec as other specs see them: named `api.Type`, referring to each
/// other by such names.
fn qualified_copies(api: &str, types: &IndexMap<String, TypeDef>) -> IndexMap<String, TypeDef> {
    let qualify = |ty: &TypeExpr| qualify(api, types, ty);
    types
        .iter()
        .map(|(name, def)| {
            let mut copy = def.clone();
            copy.shared_from = Some(api.to_string());
            let fields = copy
                .fields
                .iter_mut()
                .flatten()
                .chain(copy.oneof.values_mut().flat_map(|group| group.fields.iter_mut()));
            for (_, field) in fields {
                field.ty = qualify(&field.ty);
            }
            (format!("{api}.{name}"), copy)
        })
        .collect()
}

/// `ty` with the names of the shared spec's own types qualified by its `api`.
fn qualify(api: &str, types: &IndexMap<String, TypeDef>, ty: &TypeExpr) -> TypeExpr {
    match ty {
        TypeExpr::Named(name) if types.contains_key(name) => TypeExpr::Named(format!("{api}.{name}")),
        TypeExpr::List(item) => TypeExpr::List(Box::new(qualify(api, types, item))),
        TypeExpr::Map(value) => TypeExpr::Map(Box::new(qualify(api, types, value))),
        other => other.clone(),
    }
}
