//! Passes over the graph of types: which types hold a secret, which fields must be boxed because a
//! type contains itself, which way each type's values travel, and which shared types an API module
//! re-exports.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{RustType, TypeModel, Usage};
use crate::naming::{self, RustIdent};
use crate::spec::{self, Spec};

/// The spec types whose values hold a secret anywhere inside: in a field, a oneof alternative, or a
/// type they hold (through lists and maps too). Computed once, for validate (no secret in a URL) and
/// model (no comparison of secrets).
pub fn secret_holders(spec: &Spec) -> HashSet<&str> {
    let mut holders_of: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut holders = HashSet::new();
    let mut pending = Vec::new();
    for (name, def) in &spec.types {
        let fields = def.fields.iter().flatten().chain(def.oneof.values().flat_map(|group| &group.fields));
        for (_, field) in fields {
            if field.secret && holders.insert(name.as_str()) {
                pending.push(name.as_str());
            }
            if let Some(held) = field.ty.named() {
                holders_of.entry(held).or_default().push(name);
            }
        }
    }
    while let Some(held) = pending.pop() {
        for &holder in holders_of.get(held).into_iter().flatten() {
            if holders.insert(holder) {
                pending.push(holder);
            }
        }
    }
    holders
}

/// The deepest nesting of types a spec may have (see [`deepest_chain`]). rustc spends about five
/// levels of its recursion limit per unit of depth, which the `wix-sdk` crate sets to 2048: this
/// leaves a margin of three.
pub const MAX_TYPE_DEPTH: usize = 128;

/// The chain of spec types that nest deepest, and how deep: each type along it counts one, plus the
/// lists and maps it holds the next type in (`map<list<Next>>` counts three), and every type of a
/// recursive group counts. rustc and rustdoc follow such chains to work out auto traits (`Send`,
/// `UnwindSafe`), several levels of the crate's recursion limit per unit of depth.
pub fn deepest_chain(spec: &Spec) -> (usize, Vec<&str>) {
    let names: Vec<&str> = spec.types.keys().map(String::as_str).collect();
    let index: HashMap<&str, usize> =
        names.iter().enumerate().map(|(position, &name)| (name, position)).collect();
    let mut edges: Vec<Vec<usize>> = Vec::with_capacity(names.len());
    let mut depth: Vec<usize> = Vec::with_capacity(names.len());
    for def in spec.types.values() {
        let fields = def.fields.iter().flatten().chain(def.oneof.values().flat_map(|group| &group.fields));
        let held: Vec<(usize, usize)> = fields
            .filter_map(|(_, field)| Some((*index.get(field.ty.named()?)?, nesting(&field.ty))))
            .collect();
        depth.push(1 + held.iter().map(|&(_, nesting)| nesting).max().unwrap_or(0));
        edges.push(held.into_iter().map(|(target, _)| target).collect());
    }
    let component = strongly_connected_components(&edges);
    let components = component.iter().copied().max().map_or(0, |last| last + 1);
    let mut members = vec![Vec::new(); components];
    for (node, &number) in component.iter().enumerate() {
        members[number].push(node);
    }
    // Components are numbered in topological order, holders before what they hold, so the deepest
    // chain from each is known once those numbered after it are.
    let mut deepest = vec![0usize; components];
    let mut next = vec![None; components];
    for number in (0..components).rev() {
        let onward = members[number]
            .iter()
            .flat_map(|&node| &edges[node])
            .map(|&target| component[target])
            .filter(|&target| target != number)
            .max_by_key(|&target| (deepest[target], std::cmp::Reverse(target)));
        let own: usize = members[number].iter().map(|&node| depth[node]).sum();
        deepest[number] = own + onward.map_or(0, |target| deepest[target]);
        next[number] = onward;
    }
    let Some(start) = (0..components).max_by_key(|&number| (deepest[number], std::cmp::Reverse(number)))
    else {
        return (0, Vec::new());
    };
    let mut chain = Vec::new();
    let mut at = Some(start);
    while let Some(number) = at {
        chain.extend(members[number].iter().map(|&node| names[node]));
        at = next[number];
    }
    (deepest[start], chain)
}

/// How many lists and maps nest around the named type of an expression.
fn nesting(ty: &crate::spec::TypeExpr) -> usize {
    match ty {
        crate::spec::TypeExpr::List(inner) | crate::spec::TypeExpr::Map(inner) => 1 + nesting(inner),
        _ => 0,
    }
}

/// The edges from each type to the types its values hold in place (not through a list or map, which
/// hold their items on the heap).
fn direct_edges(types: &[TypeModel], index: &HashMap<&str, usize>) -> Vec<Vec<usize>> {
    let target = |ty: &RustType| match ty {
        RustType::Named { name, .. } => index.get(name.as_str()).copied(),
        _ => None,
    };
    types
        .iter()
        .map(|ty| match ty {
            TypeModel::Struct(model) => model
                .fields
                .iter()
                .filter_map(|field| target(&field.ty))
                .chain(model.oneofs.iter().filter_map(|oneof| index.get(oneof.enum_name.as_str()).copied()))
                .collect(),
            TypeModel::Oneof(model) => {
                model.variants.iter().filter_map(|variant| target(&variant.ty)).collect()
            }
            TypeModel::Enum(_) => Vec::new(),
        })
        .collect()
}

fn index(types: &[TypeModel]) -> HashMap<&str, usize> {
    types.iter().enumerate().map(|(position, ty)| (ty.name().as_str(), position)).collect()
}

/// Which way the values of each type of `spec` travel: sent if a request reaches it (a param, or
/// inside one, through fields, oneof alternatives, lists and maps), received if a response does.
/// Types that no method reaches (webhook payloads, say) are roots of both, so they can be built, sent
/// and read, and so can every type they hold; in a spec of shared types, which has no methods, that
/// is every type. Computed on the spec, so that the model and [`crate::diff`] agree on it.
pub fn usage(spec: &Spec) -> HashMap<&str, Usage> {
    let names: Vec<&str> = spec.types.keys().map(String::as_str).collect();
    let index: HashMap<&str, usize> =
        names.iter().enumerate().map(|(position, &name)| (name, position)).collect();
    let edges: Vec<Vec<usize>> = spec
        .types
        .values()
        .map(|def| {
            let fields =
                def.fields.iter().flatten().chain(def.oneof.values().flat_map(|group| &group.fields));
            fields.filter_map(|(_, field)| index.get(field.ty.named()?).copied()).collect()
        })
        .collect();
    let reach = |starts: &mut dyn Iterator<Item = usize>| {
        let mut seen = vec![false; names.len()];
        let mut stack: Vec<usize> = starts.collect();
        while let Some(node) = stack.pop() {
            if !std::mem::replace(&mut seen[node], true) {
                stack.extend(edges[node].iter().copied());
            }
        }
        seen
    };
    let by_name = |name: &str| index.get(name).copied();
    let sent = reach(
        &mut spec
            .methods
            .values()
            .flat_map(|method| method.params.values())
            .filter_map(|param| by_name(param.ty.named()?)),
    );
    let received = reach(&mut spec.methods.values().filter_map(|method| by_name(method.returns.as_deref()?)));
    let unused: Vec<usize> = (0..names.len()).filter(|&node| !sent[node] && !received[node]).collect();
    let from_unused = reach(&mut unused.iter().copied());
    names
        .iter()
        .enumerate()
        .map(|(node, &name)| {
            let usage = Usage {
                sent: sent[node] || from_unused[node],
                received: received[node] || from_unused[node],
            };
            (name, usage)
        })
        .collect()
}

/// What one module of shared types gives an API module to re-export under their own names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reexport<'a> {
    /// The `api` of the spec of shared types: `bookings_shared`.
    pub spec: &'a str,
    /// The items re-exported, in the order of their Rust names.
    pub items: Vec<ReexportedItem<'a>>,
}

/// A type of a module of shared types, or the enum of one of its oneof groups, that an API module
/// re-exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReexportedItem<'a> {
    /// Its Rust name, the same in both modules: `Schedule`, `Rate`.
    pub rust: RustIdent,
    /// The type, by its name in the spec of shared types: `Schedule`, or `Payment` for the enum of its
    /// oneof group `rate`.
    pub type_name: &'a str,
    /// For the enum of a oneof group, the group.
    pub oneof: Option<&'a str>,
}

/// What the module of `spec` re-exports from each module of shared types, in the order of their
/// `api`: every shared type that a value of the API can hold (what its own types and its params refer
/// to, and what those shared types refer to in turn) and the enums of their oneof groups. Users then
/// name `bookings_services::Schedule` whether the API or its shared types define it, so a type that
/// Wix's packages start or stop sharing keeps its path.
///
/// An item whose Rust name is taken by an item of the module ([`naming::module_items`]) or by an item
/// of another module of shared types it would re-export is left out; the code names it by its full
/// path anyway. On a spec not linked with its shared types ([`crate::link`]) only the shared types
/// that the API's own types and params name are known, not what they hold. A spec of shared types
/// re-exports nothing.
///
/// Generation and [`crate::diff`] both decide the re-exports here.
pub fn reexports(spec: &Spec) -> Vec<Reexport<'_>> {
    if spec.is_shared_types() {
        return Vec::new();
    }
    let shared_name = |name: &&str| match spec.types.get(*name) {
        Some(def) => def.shared_from.is_some(),
        None => spec::qualified(name).is_some(),
    };
    let own = spec.own_types().flat_map(|(_, def)| named_in(def));
    let params =
        spec.methods.values().flat_map(|method| method.params.values()).filter_map(|param| param.ty.named());
    let mut pending: Vec<&str> = own.chain(params).filter(shared_name).collect();
    let mut reached: HashSet<&str> = HashSet::new();
    while let Some(name) = pending.pop() {
        if reached.insert(name)
            && let Some(def) = spec.types.get(name)
        {
            pending.extend(named_in(def).filter(shared_name));
        }
    }
    let mut candidates: BTreeMap<&str, Vec<ReexportedItem<'_>>> = BTreeMap::new();
    for name in reached {
        let Some((module, type_name)) = spec::qualified(name) else { continue };
        let groups = spec.types.get(name).into_iter().flat_map(|def| def.oneof.keys());
        let items = std::iter::once((type_name, None))
            .chain(groups.map(|group| (group.as_str(), Some(group.as_str()))))
            .filter_map(|(rust, oneof)| {
                Some(ReexportedItem { rust: naming::type_name(rust)?, type_name, oneof })
            });
        candidates.entry(module).or_default().extend(items);
    }
    let mut modules_of: HashMap<RustIdent, usize> = HashMap::new();
    for item in candidates.values().flatten() {
        *modules_of.entry(item.rust.clone()).or_default() += 1;
    }
    let taken = naming::module_items(spec);
    candidates
        .into_iter()
        .filter_map(|(module, mut items)| {
            items.retain(|item| modules_of[&item.rust] == 1 && !taken.contains(&item.rust));
            items.sort_by(|a, b| a.rust.cmp(&b.rust));
            (!items.is_empty()).then_some(Reexport { spec: module, items })
        })
        .collect()
}

/// The named types that the fields and oneof alternatives of a type refer to.
fn named_in(def: &spec::TypeDef) -> impl Iterator<Item = &str> {
    let fields = def.fields.iter().flatten().chain(def.oneof.values().flat_map(|group| &group.fields));
    fields.filter_map(|(_, field)| field.ty.named())
}

/// Puts a field in a `Box` where its type contains, directly, the type that holds it: such a type
/// would otherwise be infinitely large. Lists and maps already hold their items on the heap.
///
/// Types that contain each other directly form a strongly connected component of the "holds by value"
/// graph; every by-value edge inside a component is boxed.
pub fn box_recursive_fields(types: &mut [TypeModel]) {
    let index = index(types);
    let edges = direct_edges(types, &index);
    let component = strongly_connected_components(&edges);
    let boxed: HashSet<(String, String)> = edges
        .iter()
        .enumerate()
        .flat_map(|(from, targets)| targets.iter().map(move |&to| (from, to)))
        .filter(|&(from, to)| component[from] == component[to])
        .map(|(from, to)| (types[from].name().to_string(), types[to].name().to_string()))
        .collect();
    if boxed.is_empty() {
        return;
    }
    let mark = |container: &str, ty: &mut RustType| {
        if let RustType::Named { name, boxed: is_boxed } = ty
            && boxed.contains(&(container.to_string(), name.to_string()))
        {
            *is_boxed = true;
        }
    };
    for ty in types.iter_mut() {
        match ty {
            TypeModel::Struct(model) => {
                model.fields.iter_mut().for_each(|field| mark(model.name.as_str(), &mut field.ty))
            }
            TypeModel::Oneof(model) => {
                model.variants.iter_mut().for_each(|variant| mark(model.name.as_str(), &mut variant.ty))
            }
            TypeModel::Enum(_) => {}
        }
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::spec::SpecFile;

    const SHARED: &str = "api: shared
title: Shared
types:
  Query:
    docs: A query.
    fields:
      paging: { type: Paging, docs: Paging. }
  Paging:
    docs: Paging.
    fields:
      limit: { type: int32, docs: Size. }
  Unused:
    docs: No API refers to it.
    fields:
      limit: { type: int32, docs: Size. }
  Target:
    docs: One of two.
    oneof:
      destination:
        docs: Where.
        fields:
          email: { type: string, docs: An address. }
          url: { type: string, docs: A URL. }
  Thing:
    docs: Named like a type of the API.
    fields:
      name: { type: string, docs: Name. }
";

    const OTHER: &str = "api: other
title: Other
types:
  Paging:
    docs: Another paging.
    fields:
      size: { type: int32, docs: Size. }
";

    const API: &str = "api: things
title: Things
base_url: https://api.example.com
types:
  Thing:
    docs: A thing.
    fields:
      target: { type: shared.Target, docs: Where. }
      shadowed: { type: shared.Thing, docs: The shared one. }
  ListThingsResponse:
    docs: A page.
    fields:
      things: { type: list<Thing>, docs: Things. }
methods:
  listThings:
    summary: Lists.
    http: POST /v1/things
    params:
      query: { type: shared.Query, docs: The query. }
    returns: ListThingsResponse
";

    fn load(name: &str, text: &str) -> SpecFile {
        crate::load::load_bytes(Path::new(name), text.as_bytes().to_vec()).expect("the spec loads")
    }

    fn linked(api: &str, shared: &[&str]) -> Spec {
        let mut files = vec![load("api.yaml", api)];
        files.extend(shared.iter().enumerate().map(|(index, text)| load(&format!("{index}.yaml"), text)));
        crate::link::link(&mut files);
        files.swap_remove(0).spec
    }

    /// Each re-exported module with the Rust names of its items.
    fn names(spec: &Spec) -> Vec<(&str, Vec<String>)> {
        reexports(spec)
            .into_iter()
            .map(|reexport| {
                (reexport.spec, reexport.items.iter().map(|item| item.rust.to_string()).collect())
            })
            .collect()
    }

    #[test]
    fn an_api_reexports_the_shared_types_it_holds_and_what_they_hold() {
        let spec = linked(API, &[SHARED]);
        // `Paging` only through `Query`, the oneof enum `Destination` with `Target`; not `Unused`, and
        // not `Thing`, which the API defines itself.
        let expected = vec!["Destination", "Paging", "Query", "Target"];
        assert_eq!(names(&spec), vec![("shared", expected.into_iter().map(String::from).collect())]);
        let destination = &reexports(&spec)[0].items[0];
        assert_eq!((destination.type_name, destination.oneof), ("Target", Some("destination")));
    }

    #[test]
    fn unlinked_only_what_the_api_names_is_known() {
        let spec = load("api.yaml", API).spec;
        assert_eq!(names(&spec), vec![("shared", vec!["Query".to_string(), "Target".to_string()])]);
    }

    #[test]
    fn a_name_taken_by_an_item_of_the_module_or_of_another_shared_module_is_not_reexported() {
        let api = "api: things
title: Things
base_url: https://api.example.com
types:
  Holder:
    docs: Holds.
    fields:
      query: { type: shared.Query, docs: Holds `shared.Paging`. }
      paging: { type: other.Paging, docs: Another `Paging`. }
      request: { type: shared.ListThingsRequest, docs: Named like the request of `listThings`. }
methods:
  listThings:
    summary: Lists.
    http: POST /v1/things
    params:
      holder: { type: Holder, docs: The holder. }
";
        let shared = format!(
            "{SHARED}  ListThingsRequest:\n    docs: Named like a request.\n    fields:\n      \
             id: {{ type: string, docs: Id. }}\n"
        );
        let spec = linked(api, &[&shared, OTHER]);
        assert_eq!(names(&spec), vec![("shared", vec!["Query".to_string()])]);
    }

    #[test]
    fn a_spec_of_shared_types_reexports_nothing() {
        assert_eq!(reexports(&load("shared.yaml", SHARED).spec), Vec::new());
    }
}
