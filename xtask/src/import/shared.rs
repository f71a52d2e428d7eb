//! Types that several imported specs define the same way, moved into one generated spec of shared
//! types, so that each is one Rust type whichever API uses it.
//!
//! Two copies of a type are the same when they have the same name and the same structure: fields
//! (in order) with the same names, types, required-ness, `read_only`, `secret`, deprecation and the
//! rest, the same oneof groups and enum values. Only docs may differ; the shared type takes those
//! of a copy that overrides edit, else, text by text, those most copies have (the first spec's, in
//! the order the specs are given, on a tie). A type is shared only if the types it
//! refers to are shared too, in every spec that shares it, and if its docs link only to shared
//! types: a spec of shared types holds only its own types, and no method.
//!
//! Of the copies of one name, the largest group of equal copies is shared (the earliest spec's
//! group on a tie); the other copies stay in their specs, as do the types a spec refers to from a
//! spec of shared types written by hand (`common.X`), which a generated spec of shared types cannot
//! hold.

use std::collections::{BTreeMap, BTreeSet};

use generator::markdown;
use generator::spec::{EnumValue, Spec, TypeDef, TypeExpr};
use indexmap::IndexMap;

/// What [`share`] did.
#[derive(Debug)]
pub struct Sharing {
    /// The spec of shared types; `None` when no type is shared.
    pub spec: Option<Spec>,
    /// Names that two or more specs define, but whose copies all differ, or refer to types that
    /// are not shared: each copy stays in its spec.
    pub differing: usize,
    /// Names shared by some specs, whose copies in other specs differ and stay there.
    pub partly_shared: usize,
}

/// Moves the types that two or more of `specs` define the same way into a spec of shared types
/// `api` titled `title`, and makes the specs refer to them as `api.Type`, in type expressions and
/// in doc links. A shared type's docs are those of the first copy that `edited` holds (as
/// `(index of the spec, type name)`: copies a human's overrides touch), else, text by text, those
/// most copies have, the first spec's on a tie.
pub fn share(specs: &mut [Spec], api: &str, title: &str, edited: &BTreeSet<(usize, String)>) -> Sharing {
    let mut copies: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, spec) in specs.iter().enumerate() {
        let returned: BTreeSet<&str> = spec.methods.values().filter_map(|m| m.returns.as_deref()).collect();
        for name in spec.types.keys() {
            // A method returns a type of its own API's, never a shared one.
            if !returned.contains(name.as_str()) {
                copies.entry(name.clone()).or_default().push(index);
            }
        }
    }
    copies.retain(|_, holders| holders.len() > 1);
    let mut members: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (name, holders) in &copies {
        let mut groups: Vec<(String, BTreeSet<usize>)> = Vec::new();
        for &index in holders {
            let shape = shape(&specs[index].types[name]);
            match groups.iter_mut().find(|(other, _)| *other == shape) {
                Some((_, group)) => {
                    group.insert(index);
                }
                None => groups.push((shape, BTreeSet::from([index]))),
            }
        }
        // The first largest group: `max_by_key` would take the last.
        let largest = groups.iter().map(|(_, group)| group.len()).max().unwrap_or(0);
        if let Some((_, group)) = groups.into_iter().find(|(_, group)| group.len() == largest && largest > 1)
        {
            members.insert(name.clone(), group);
        }
    }
    // A copy is shared only where what it refers to is shared too; dropping one can drop others.
    loop {
        let mut changed = false;
        let names: Vec<String> = members.keys().cloned().collect();
        for name in names {
            let holders: Vec<usize> = members[&name].iter().copied().collect();
            let first = &specs[holders[0]].types[&name];
            let unshareable = refers_outside(first) || links_outside(first, &members);
            let mut kept = BTreeSet::new();
            if !unshareable {
                for index in holders.iter().copied() {
                    let shared_refs = refs(&specs[index].types[&name])
                        .iter()
                        .all(|reference| members.get(reference).is_some_and(|group| group.contains(&index)));
                    if shared_refs {
                        kept.insert(index);
                    }
                }
            }
            if kept.len() < 2 {
                members.remove(&name);
                changed = true;
            } else if kept.len() < holders.len() {
                members.insert(name, kept);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let differing = copies.keys().filter(|name| !members.contains_key(*name)).count();
    let partly_shared = members.iter().filter(|(name, group)| group.len() < copies[*name].len()).count();
    if members.is_empty() {
        return Sharing { spec: None, differing, partly_shared };
    }
    // In the order the specs define them, the first spec's first.
    let mut types = IndexMap::new();
    for (index, spec) in specs.iter().enumerate() {
        for name in spec.types.keys() {
            if members.get(name).is_some_and(|group| group.first() == Some(&index)) {
                types.insert(name.clone(), shared_copy(specs, name, &members[name], edited));
            }
        }
    }
    for (index, spec) in specs.iter_mut().enumerate() {
        let moved: BTreeSet<String> = members
            .iter()
            .filter(|(_, group)| group.contains(&index))
            .map(|(name, _)| name.clone())
            .collect();
        refer_to_shared(spec, &moved, api);
    }
    let spec = Spec {
        api: api.to_string(),
        title: title.to_string(),
        base_url: None,
        docs: "Each type here is defined the same way by every API that refers to it, and written once by \
               `cargo xtask import-wix`. A type's docs are those of the API whose overrides edit them, else, \
               text by text, those most of the APIs that define it have, the first API's by package name on \
               a tie."
            .to_string(),
        types,
        methods: IndexMap::new(),
    };
    Sharing { spec: Some(spec), differing, partly_shared }
}

/// The shared copy of `name`: that of the first spec `edited` holds, else one whose each doc text
/// is the one most copies have (the more general text, usually), the first spec's on a tie.
fn shared_copy(
    specs: &[Spec],
    name: &str,
    group: &BTreeSet<usize>,
    edited: &BTreeSet<(usize, String)>,
) -> TypeDef {
    if let Some(holder) = group.iter().find(|holder| edited.contains(&(**holder, name.to_string()))) {
        return specs[*holder].types[name].clone();
    }
    let copies: Vec<&TypeDef> = group.iter().map(|index| &specs[*index].types[name]).collect();
    let mut shared = copies[0].clone();
    let texts: Vec<Vec<String>> = copies.iter().map(|copy| doc_slots(&mut (*copy).clone())).collect();
    for (slot, text) in doc_slots_mut(&mut shared).into_iter().enumerate() {
        let candidates: Vec<&String> = texts.iter().filter_map(|copy| copy.get(slot)).collect();
        let count = |wanted: &String| candidates.iter().filter(|text| **text == wanted).count();
        let most = candidates.iter().map(|text| count(text)).max().unwrap_or(0);
        if let Some(chosen) = candidates.iter().find(|text| count(text) == most) {
            text.clone_from(chosen);
        }
    }
    shared
}

fn doc_slots(definition: &mut TypeDef) -> Vec<String> {
    doc_slots_mut(definition).into_iter().map(|text| text.clone()).collect()
}

/// Every doc text of the type, in an order that copies of one shape share.
fn doc_slots_mut(definition: &mut TypeDef) -> Vec<&mut String> {
    let mut slots = vec![&mut definition.docs];
    for field in definition.fields.iter_mut().flat_map(|fields| fields.values_mut()) {
        slots.push(&mut field.docs);
    }
    for group in definition.oneof.values_mut() {
        slots.push(&mut group.docs);
        for field in group.fields.values_mut() {
            slots.push(&mut field.docs);
        }
    }
    for value in definition.values.iter_mut().flat_map(|values| values.values_mut()) {
        match value {
            EnumValue::Docs(docs) => slots.push(docs),
            EnumValue::Detailed(details) => slots.push(&mut details.docs),
        }
    }
    slots
}

/// The type without its docs, as text: equal for copies that generate the same Rust type.
pub fn shape(definition: &TypeDef) -> String {
    let mut bare = definition.clone();
    doc_slots_mut(&mut bare).into_iter().for_each(String::clear);
    serde_yaml::to_string(&bare).unwrap_or_default()
}

/// The names of the types the type's fields hold.
fn refs(definition: &TypeDef) -> Vec<String> {
    let fields = definition.fields.iter().flat_map(|fields| fields.values());
    let alternatives = definition.oneof.values().flat_map(|group| group.fields.values());
    fields.chain(alternatives).filter_map(|field| field.ty.named()).map(str::to_string).collect()
}

/// Whether the type holds a type of another spec (`common.X`).
fn refers_outside(definition: &TypeDef) -> bool {
    refs(definition).iter().any(|name| generator::spec::qualified(name).is_some())
}

/// Whether the type's docs link to a name that is not a shared type (a method of its API).
fn links_outside(definition: &TypeDef, members: &BTreeMap<String, BTreeSet<usize>>) -> bool {
    doc_texts(definition)
        .iter()
        .flat_map(|text| markdown::references(text))
        .any(|reference| !members.contains_key(&reference.name))
}

fn doc_texts(definition: &TypeDef) -> Vec<&str> {
    let mut texts = vec![definition.docs.as_str()];
    let fields = definition.fields.iter().flat_map(|fields| fields.values());
    let alternatives = definition.oneof.values().flat_map(|group| group.fields.values());
    for field in fields.chain(alternatives) {
        texts.push(&field.docs);
        texts.extend(field.deprecated.as_deref());
    }
    texts.extend(definition.oneof.values().map(|group| group.docs.as_str()));
    for value in definition.values.iter().flat_map(|values| values.values()) {
        texts.push(value.docs());
        texts.extend(value.deprecated());
    }
    texts
}

/// Drops the `moved` types from `spec`, and makes what referred to them refer to `api.Type`.
fn refer_to_shared(spec: &mut Spec, moved: &BTreeSet<String>, api: &str) {
    spec.types.retain(|name, _| !moved.contains(name));
    let qualify = |ty: &mut TypeExpr| requalify(ty, moved, api);
    let relink = |text: &mut String| *text = relinked(text, moved, api);
    relink(&mut spec.docs);
    for definition in spec.types.values_mut() {
        relink(&mut definition.docs);
        for group in definition.oneof.values_mut() {
            relink(&mut group.docs);
        }
        let fields = definition.fields.iter_mut().flat_map(|fields| fields.values_mut());
        let alternatives = definition.oneof.values_mut().flat_map(|group| group.fields.values_mut());
        for field in fields.chain(alternatives) {
            qualify(&mut field.ty);
            relink(&mut field.docs);
            field.deprecated.iter_mut().for_each(relink);
        }
        for value in definition.values.iter_mut().flat_map(|values| values.values_mut()) {
            match value {
                EnumValue::Docs(docs) => relink(docs),
                EnumValue::Detailed(details) => {
                    relink(&mut details.docs);
                    details.deprecated.iter_mut().for_each(relink);
                }
            }
        }
    }
    for method in spec.methods.values_mut() {
        for text in [&mut method.summary, &mut method.docs, &mut method.authentication] {
            relink(text);
        }
        method.deprecated.iter_mut().for_each(relink);
        for param in method.params.values_mut() {
            qualify(&mut param.ty);
            relink(&mut param.docs);
            param.deprecated.iter_mut().for_each(relink);
        }
        for error in method.errors.values_mut() {
            relink(&mut error.docs);
            error.codes.values_mut().for_each(relink);
        }
        method.error_codes.values_mut().for_each(relink);
    }
}

fn requalify(ty: &mut TypeExpr, moved: &BTreeSet<String>, api: &str) {
    match ty {
        TypeExpr::Named(name) if moved.contains(name.as_str()) => *name = format!("{api}.{name}"),
        TypeExpr::List(inner) | TypeExpr::Map(inner) => requalify(inner, moved, api),
        _ => {}
    }
}

/// `text` with its doc links to `moved` types written `api.Type`: the last mention of the name in
/// the link is its target (`[Money]`, `[the price](Money)`, `[the price][Money]`).
fn relinked(text: &str, moved: &BTreeSet<String>, api: &str) -> String {
    let mut out = text.to_string();
    for reference in markdown::references(text).into_iter().rev() {
        if !moved.contains(&reference.name) {
            continue;
        }
        let link = &text[reference.range.clone()];
        if let Some(at) = link.rfind(&reference.name) {
            let start = reference.range.start + at;
            out.replace_range(start..start + reference.name.len(), &format!("{api}.{}", reference.name));
        }
    }
    out
}

#[cfg(test)]
mod tests;
