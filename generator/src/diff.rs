//! What a change of a spec does to the generated crate under semver: `generator diff OLD NEW`.
//!
//! A tool beside the pipeline: it compares two loaded [`Spec`]s (the output of [`crate::load`]) and
//! says, for each change, which Rust item users see changes and how: [`Level::Breaking`] where code
//! that compiled against the old crate may not compile (or may not mean the same) against the new
//! one, [`Level::Additive`] where the new crate only adds, [`Level::Patch`] where only docs or what
//! goes on the wire change. Rust names come from [`crate::naming`], and which types requests and
//! responses hold from [`graph::usage`], as generation computes them; nothing here reaches into
//! emit.
//!
//! Items are matched by identity: methods by spec name, types by name, fields and params by JSON
//! name, enum values by wire value, error statuses by status, codes by code, oneof groups by name.
//! A rename is a removal plus an addition, but for a type that moves into a spec of shared types
//! and keeps its path through the module's re-export ([`graph::reexports`]): its old definition is
//! compared with the shared one, and a field that held it keeps its type. Changes come in spec order
//! (top level, types, the shared types the module re-exports, methods; what the old spec has, then
//! what only the new one has), so a report is deterministic.
//!
//! What the generated code makes of a spec, and so how each change is classified: structs, enums,
//! oneof enums and error enums are `#[non_exhaustive]`, so new fields, values, alternatives and
//! errors are additive; enums of values decode what they do not know as `Unknown`. Types that some
//! request holds have `new(required...)` and `with_` setters, so a new required field changes `new`;
//! types only responses hold have no constructor (but for `test-util`). A method with no params takes
//! no request, so its first param changes its signature. Types derive `Default` when every field is
//! optional and `PartialEq` when they hold no secret, so those changes are reported too.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Serialize;

use crate::graph;
use crate::model::Usage;
use crate::naming::{self, RustIdent};
use crate::spec::{ErrorDef, Field, Method, Spec, TypeDef, TypeExpr};

/// What a change does to users of the generated crate, ordered from least to most disruptive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Docs, or what goes on the wire; no Rust item changes.
    Patch,
    /// Rust items are added; code that compiled still compiles.
    Additive,
    /// Rust items go or change; code that compiled may not.
    Breaking,
}

impl Level {
    /// The levels, most disruptive first, as reports list them.
    pub const DESCENDING: [Level; 3] = [Level::Breaking, Level::Additive, Level::Patch];

    /// The level as reports write it: `breaking`, `additive`, `patch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Patch => "patch",
            Level::Additive => "additive",
            Level::Breaking => "breaking",
        }
    }

    /// The release the level needs, for a crate at 1.0 or later and for one at 0.x.
    fn release(self) -> &'static str {
        match self {
            Level::Breaking => "needs a new major version (a new minor while the crate is 0.x)",
            Level::Additive => "needs a new minor version (a new patch while the crate is 0.x)",
            Level::Patch => "needs a new patch version",
        }
    }
}

/// One change between two versions of a spec.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What the change does to users.
    pub level: Level,
    /// Where in the spec: `methods.createService.params.service`.
    pub at: String,
    /// The Rust item users see, relative to the API's module: `Client::create_service`,
    /// `CreateServiceRequest::with_foo`; `None` where the change has none (docs of the module).
    pub rust: Option<String>,
    /// What changed, and what it does to users.
    pub message: String,
}

/// Every change between two versions of a spec, in spec order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The changes, in spec order.
    pub changes: Vec<Change>,
}

impl Report {
    /// The level of the most disruptive change; `None` when nothing changed.
    pub fn level(&self) -> Option<Level> {
        self.changes.iter().map(|change| change.level).max()
    }

    /// How many changes are at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.changes.iter().filter(|change| change.level == level).count()
    }

    /// The report for people: a header line naming both specs, the counts and the release the
    /// changes need, then one line per change, breaking ones first, or `no changes`.
    pub fn render_text(&self, old_path: &str, new_path: &str) -> String {
        let Some(level) = self.level() else {
            return format!("{old_path} -> {new_path}: no changes\n");
        };
        let counts: Vec<String> = Level::DESCENDING
            .iter()
            .filter(|&&level| self.count(level) > 0)
            .map(|&level| format!("{} {}", self.count(level), level.as_str()))
            .collect();
        let mut text = format!("{old_path} -> {new_path}: {}: {}\n", counts.join(", "), level.release());
        for level in Level::DESCENDING {
            for change in self.changes.iter().filter(|change| change.level == level) {
                text.push_str(&format!("{:<9} {}: {}", level.as_str(), change.at, change.message));
                if let Some(rust) = &change.rust {
                    text.push_str(&format!(" ({rust})"));
                }
                text.push('\n');
            }
        }
        text
    }

    /// The report for tools: `{ "old", "new", "level", "counts", "changes" }`, the changes in spec
    /// order; `level` is `null` when nothing changed.
    pub fn render_json(&self, old_path: &str, new_path: &str) -> String {
        #[derive(Serialize)]
        struct Counts {
            breaking: usize,
            additive: usize,
            patch: usize,
        }
        #[derive(Serialize)]
        struct Json<'a> {
            old: &'a str,
            new: &'a str,
            level: Option<Level>,
            counts: Counts,
            changes: &'a [Change],
        }
        let json = Json {
            old: old_path,
            new: new_path,
            level: self.level(),
            counts: Counts {
                breaking: self.count(Level::Breaking),
                additive: self.count(Level::Additive),
                patch: self.count(Level::Patch),
            },
            changes: &self.changes,
        };
        // Plain structs of strings and numbers always serialize.
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Every change from `old` to `new`, classified by what it does to the generated crate.
///
/// Each spec is compared as generation sees it when it is linked ([`crate::link::link_spec`]) with the
/// specs of shared types it was written beside ([`load_beside`]): then a type that moved from the API
/// into a spec of shared types, and that the API's module re-exports under its old name
/// ([`graph::reexports`]), keeps its path, and its old definition is compared with the shared one.
/// Where a spec of shared types the new spec refers to is not at hand, such a move counts as
/// breaking, and its message says why.
pub fn diff(old: &Spec, new: &Spec) -> Report {
    let mut differ =
        Differ { old: Side::of(old), new: Side::of(new), moved: moved_types(old, new), changes: Vec::new() };
    differ.top_level();
    differ.types();
    differ.reexports();
    differ.methods();
    Report { changes: differ.changes }
}

/// The types `old` defines that `new` no longer defines but re-exports under the same name from a
/// spec of shared types: each old name with the shared type's qualified name (`bookings_shared.Schedule`).
fn moved_types(old: &Spec, new: &Spec) -> IndexMap<String, String> {
    let reexported: HashMap<&str, &str> = graph::reexports(new)
        .into_iter()
        .flat_map(|reexport| {
            let module = reexport.spec;
            reexport
                .items
                .into_iter()
                .filter(|item| item.oneof.is_none())
                .map(move |item| (item.type_name, module))
        })
        .collect();
    old.own_types()
        .filter(|(name, _)| !is_own(new, name))
        .filter_map(|(name, _)| Some((name.clone(), format!("{}.{name}", reexported.get(name.as_str())?))))
        .collect()
}

/// Whether `spec` defines the type `name` itself.
fn is_own(spec: &Spec, name: &str) -> bool {
    spec.types.get(name).is_some_and(|def| def.shared_from.is_none())
}

/// Whether the types of the spec of shared types `module` were linked into `spec`.
fn has_shared(spec: &Spec, module: &str) -> bool {
    spec.types.values().any(|def| def.shared_from.as_deref() == Some(module))
}

/// The specs of shared types that `spec`'s own types and params refer to and that were not linked
/// into it, in order.
fn shared_not_at_hand(spec: &Spec) -> std::collections::BTreeSet<&str> {
    let own = spec.own_types().flat_map(|(_, def)| {
        def.fields.iter().flatten().chain(def.oneof.values().flat_map(|group| &group.fields))
    });
    let params = spec.methods.values().flat_map(|method| method.params.iter());
    own.chain(params)
        .filter_map(|(_, field)| crate::spec::qualified(field.ty.named()?))
        .map(|(module, _)| module)
        .filter(|module| !has_shared(spec, module))
        .collect()
}

/// `file` linked with the specs of shared types in its folder (`root`-relative paths as generation
/// takes them, [`crate::shared_types_specs`]): how `generator diff` reads each version. A spec of
/// shared types that does not load whole is left out, as if it were not there.
pub fn load_beside(root: &Path, path: &Path) -> Result<crate::spec::SpecFile, Vec<crate::Diagnostic>> {
    let mut file = readable(crate::load::load(root, path))?;
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut neighbours: Vec<PathBuf> = std::fs::read_dir(root.join(folder))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| folder.join(entry.file_name()))
        .filter(|neighbour| neighbour.extension().is_some_and(|extension| extension == "yaml"))
        .filter(|neighbour| neighbour.file_name() != path.file_name())
        .collect();
    neighbours.sort();
    let shared: Vec<crate::spec::SpecFile> = crate::shared_types_specs(root, &neighbours)
        .iter()
        .filter_map(|shared| readable(crate::load::load(root, shared)).ok())
        .collect();
    let shared: Vec<&Spec> = shared.iter().map(|shared| &shared.spec).collect();
    crate::link::link_spec(&mut file.spec, &shared);
    Ok(file)
}

/// One version of the spec, with what generation derives from it.
struct Side<'a> {
    spec: &'a Spec,
    usage: HashMap<&'a str, Usage>,
    secret_holders: HashSet<&'a str>,
}

impl<'a> Side<'a> {
    fn of(spec: &'a Spec) -> Self {
        Side { spec, usage: graph::usage(spec), secret_holders: graph::secret_holders(spec) }
    }

    /// Which way values of a type travel; a shared type is both sent and received, as its module of
    /// shared types generates it whatever API holds it.
    fn usage(&self, type_name: &str) -> Usage {
        match self.spec.types.get(type_name).is_some_and(|def| def.shared_from.is_some()) {
            true => Usage { sent: true, received: true },
            false => self.usage.get(type_name).copied().unwrap_or_default(),
        }
    }

    /// Whether a value of the field holds a secret, itself or anywhere inside.
    fn holds_secret(&self, field: &Field) -> bool {
        field.secret || field.ty.named().is_some_and(|name| self.secret_holders.contains(name))
    }
}

/// What holds a field, which decides what changing it does.
#[derive(Clone, Copy)]
struct Holder<'s> {
    /// The Rust struct: `Connection`, `CreateServiceRequest`.
    rust: &'s str,
    /// Whether callers build it, with `new` and setters, in both versions (a request always).
    built: bool,
    /// Whether callers build it in the new version.
    built_now: bool,
    /// Whether it is a method's request, whose fields are params.
    request: bool,
}

impl Holder<'_> {
    /// Why a change to the constructor or setters of a struct that is not [`built`](Self::built)
    /// breaks no caller.
    fn not_built(&self) -> String {
        match self.built_now {
            true => format!("callers could not build {} before, so none calls its `new`", code(self.rust)),
            false => format!("only responses hold {}, which callers do not build", code(self.rust)),
        }
    }
}

/// The comparison of two versions of a spec, and the changes found so far.
struct Differ<'a> {
    old: Side<'a>,
    new: Side<'a>,
    /// The types that moved into a spec of shared types and keep their path ([`moved_types`]).
    moved: IndexMap<String, String>,
    changes: Vec<Change>,
}

/// `Owner::item`: an item of a Rust type, or a method of the client.
fn member(owner: &str, item: impl std::fmt::Display) -> String {
    format!("{owner}::{item}")
}

/// A Rust name as docs write it (without `r#`), or `?` where the spec name has none: such a spec
/// does not generate, but it still compares.
fn ident_text(ident: Option<RustIdent>) -> String {
    ident.map_or_else(|| "?".to_string(), |ident| ident.unraw().to_string())
}

/// The Rust type of a spec type expression, as users read it (`Vec<Connection>`, `common::Paging`).
/// The model's types would need a validated spec, linked with its shared types; a diff compares
/// specs that have neither, so it writes the type as emit does, from the spec.
fn rust_type(ty: &TypeExpr, secret: bool) -> String {
    match ty {
        TypeExpr::String if secret => "SecretString".into(),
        TypeExpr::String => "String".into(),
        TypeExpr::Bool => "bool".into(),
        TypeExpr::Int32 => "i32".into(),
        TypeExpr::Int64 => "i64".into(),
        TypeExpr::Float32 => "f32".into(),
        TypeExpr::Float64 => "f64".into(),
        TypeExpr::Timestamp => "Timestamp".into(),
        TypeExpr::Guid => "Uuid".into(),
        TypeExpr::Email => "Email".into(),
        TypeExpr::Url => "Url".into(),
        TypeExpr::Json => "Json".into(),
        TypeExpr::JsonObject => "JsonObject".into(),
        TypeExpr::List(item) => format!("Vec<{}>", rust_type(item, secret)),
        TypeExpr::Map(value) => format!("BTreeMap<String, {}>", rust_type(value, secret)),
        TypeExpr::Named(name) => type_path(name),
        TypeExpr::Invalid(text) => text.clone(),
    }
}

/// The Rust path of a named type: `Connection`, or `common::CursorPaging` for a shared one.
fn type_path(name: &str) -> String {
    match crate::spec::qualified(name) {
        Some((module, ty)) => {
            format!("{}::{}", ident_text(naming::module(module)), ident_text(naming::type_name(ty)))
        }
        None => naming::type_name(name).map_or_else(|| name.to_string(), |ident| ident.to_string()),
    }
}

fn is_collection(field: &Field) -> bool {
    matches!(field.ty, TypeExpr::List(_) | TypeExpr::Map(_))
}

/// The field's declared Rust type: `Option<T>` for an optional scalar, `Option<Nullable<T>>` where it
/// can be cleared, the collection itself for a list or map.
fn declared_type(field: &Field) -> String {
    let ty = rust_type(&field.ty, field.secret);
    if field.required || is_collection(field) {
        ty
    } else if field.nullable {
        format!("Option<Nullable<{ty}>>")
    } else {
        format!("Option<{ty}>")
    }
}

/// `text` as code in a message.
fn code(text: &str) -> String {
    format!("`{text}`")
}

/// The errors of a method by status, with the variant the generator adds for status 400 where the
/// method has validation rules and documents no 400: `(variant, definition)`, `None` for the added.
fn statuses(method: &Method) -> IndexMap<u16, (String, Option<&ErrorDef>)> {
    let mut statuses: IndexMap<u16, (String, Option<&ErrorDef>)> = method
        .errors
        .iter()
        .map(|(&status, error)| (status, (ident_text(naming::status_variant(&error.name)), Some(error))))
        .collect();
    if !method.validation_rules.is_empty() && !statuses.contains_key(&400) {
        statuses.insert(400, (RustIdent::invalid_argument_variant().to_string(), None));
    }
    statuses
}

/// Every application error code of a method, with the status it is documented with, if any, and
/// its docs: those of each status in order, then those whose status is not documented.
fn codes(method: &Method) -> IndexMap<&str, (Option<u16>, &str)> {
    let with_status = method.errors.iter().flat_map(|(&status, error)| {
        error.codes.iter().map(move |(code, docs)| (code.as_str(), (Some(status), docs.as_str())))
    });
    let without = method.error_codes.iter().map(|(code, docs)| (code.as_str(), (None, docs.as_str())));
    with_status.chain(without).collect()
}

/// Where a param goes on the wire, as the generator decides it.
fn location(method: &Method, param: &str, field: &Field) -> &'static str {
    let placeholders = match method.http.pieces() {
        Ok(pieces) => naming::placeholders(&pieces),
        Err(_) => Vec::new(),
    };
    match naming::param_location(&placeholders, method.http.verb, param, field.location) {
        crate::spec::ParamLocation::Path => "path",
        crate::spec::ParamLocation::Query => "query string",
        crate::spec::ParamLocation::Body => "JSON body",
    }
}

/// The type of the items of a paged method's stream, and whether they are secret, where its paging
/// resolves.
fn stream_item(spec: &Spec, method: &Method) -> Option<(TypeExpr, bool)> {
    let paging = method.paging.as_ref()?;
    let steps = naming::response_path(spec, method.returns.as_deref()?, &paging.items).ok()?;
    let items = steps.last()?.field;
    match &items.ty {
        TypeExpr::List(item) => Some((item.as_ref().clone(), items.secret)),
        _ => None,
    }
}

impl Differ<'_> {
    /// A type expression of the new version as users write it: a type that moved into a spec of
    /// shared types by the name it keeps through the re-export (`Schedule`, not
    /// `bookings_shared::Schedule`).
    fn kept_names(&self, ty: &TypeExpr) -> TypeExpr {
        match ty {
            TypeExpr::Named(name) => match self.moved.iter().find(|(_, shared)| *shared == name) {
                Some((kept, _)) => TypeExpr::Named(kept.clone()),
                None => ty.clone(),
            },
            TypeExpr::List(item) => TypeExpr::List(Box::new(self.kept_names(item))),
            TypeExpr::Map(value) => TypeExpr::Map(Box::new(self.kept_names(value))),
            other => other.clone(),
        }
    }

    fn push(&mut self, level: Level, at: &str, rust: Option<String>, message: impl Into<String>) {
        self.changes.push(Change { level, at: at.to_string(), rust, message: message.into() });
    }

    /// A change of a doc text, at patch level.
    fn docs(&mut self, at: &str, rust: Option<String>, what: &str, old: &str, new: &str) {
        if old != new {
            self.push(Level::Patch, at, rust, format!("{what} changed"));
        }
    }

    /// A deprecation added (a warning where it is used), changed or removed.
    fn deprecation(&mut self, at: &str, rust: Option<String>, old: Option<&str>, new: Option<&str>) {
        match (old, new) {
            (None, Some(_)) => {
                self.push(Level::Additive, at, rust, "deprecated: code that uses it gets a warning")
            }
            (Some(_), None) => self.push(Level::Patch, at, rust, "no longer deprecated"),
            (Some(old), Some(new)) if old != new => {
                self.push(Level::Patch, at, rust, "deprecation note changed")
            }
            _ => {}
        }
    }

    fn top_level(&mut self) {
        let (old, new) = (self.old.spec, self.new.spec);
        if old.api != new.api {
            let (old_module, new_module) =
                (ident_text(naming::module(&old.api)), ident_text(naming::module(&new.api)));
            self.push(
                Level::Breaking,
                "api",
                Some(new_module.clone()),
                format!(
                    "module renamed from {} to {}, and its cargo feature with it: every path into it changes",
                    code(&old_module),
                    code(&new_module)
                ),
            );
        }
        self.docs("title", None, "title (the module's first doc line)", &old.title, &new.title);
        if old.base_url != new.base_url {
            let url = |url: &Option<String>| url.as_deref().map_or_else(|| "none".to_string(), code);
            self.push(
                Level::Patch,
                "base_url",
                Some("DEFAULT_BASE_URL".into()),
                format!(
                    "default base URL changed from {} to {}: on the wire, calls go to the new URL unless the \
                     `Config` sets one",
                    url(&old.base_url),
                    url(&new.base_url)
                ),
            );
        }
        self.docs("docs", None, "module docs", &old.docs, &new.docs);
    }

    fn types(&mut self) {
        let (old, new) = (self.old.spec, self.new.spec);
        let not_at_hand = shared_not_at_hand(new);
        for (name, old_def) in old.own_types() {
            let at = format!("types.{name}");
            if let Some(new_def) = new.types.get(name).filter(|_| is_own(new, name)) {
                self.type_def(&at, (name, name), old_def, new_def);
            } else if let Some(shared) = self.moved.get(name).cloned() {
                self.moved_type(&at, name, &shared, old_def);
            } else if not_at_hand.is_empty() {
                self.push(Level::Breaking, &at, Some(type_path(name)), "type removed");
            } else {
                let modules: Vec<String> = not_at_hand.iter().map(|module| code(module)).collect();
                let specs = if modules.len() == 1 { "whose spec is" } else { "whose specs are" };
                self.push(
                    Level::Breaking,
                    &at,
                    Some(type_path(name)),
                    format!(
                        "type removed; if it moved into the shared types of {}, {specs} not beside the new \
                         one, the module may re-export it under this name, which cannot be told here",
                        modules.join(" or ")
                    ),
                );
            }
        }
        for (name, def) in new.own_types().filter(|(name, _)| !is_own(old, name)) {
            let what = if def.values.is_some() { "new enum" } else { "new type" };
            self.push(Level::Additive, &format!("types.{name}"), Some(type_path(name)), what);
        }
    }

    /// What the module re-exports from modules of shared types ([`graph::reexports`]): a name it no
    /// longer re-exports leaves its path, a new one is added. Types that moved into a spec of shared
    /// types are [`Self::moved_type`]'s, and a name the module now or then defines itself is its
    /// type's. A module of shared types at hand on one side only is not compared, as what its types
    /// hold is known on that side alone.
    fn reexports(&mut self) {
        let (old, new) = (self.old.spec, self.new.spec);
        let items = |spec| -> IndexMap<(&str, RustIdent), String> {
            graph::reexports(spec)
                .into_iter()
                .filter(|reexport| has_shared(old, reexport.spec) == has_shared(new, reexport.spec))
                .flat_map(|reexport| {
                    reexport.items.into_iter().map(move |item| {
                        let at = match item.oneof {
                            Some(group) => format!("{}.{}.oneof.{group}", reexport.spec, item.type_name),
                            None => format!("{}.{}", reexport.spec, item.type_name),
                        };
                        ((reexport.spec, item.rust), at)
                    })
                })
                .collect()
        };
        let (old_items, new_items) = (items(old), items(new));
        let (old_own, new_own) = (naming::module_items(old), naming::module_items(new));
        for ((module, rust), at) in &old_items {
            if !new_items.contains_key(&(*module, rust.clone())) && !new_own.contains(rust) {
                let shared = format!("{}::{rust}", ident_text(naming::module(module)));
                let message = match has_shared(new, module) {
                    true => format!(
                        "no longer re-exported: the path goes from the module ({} stays)",
                        code(&shared)
                    ),
                    false => format!(
                        "no longer named by the API's own types or params; whether the module still re-exports \
                         {} through a shared type that holds it cannot be told, as the spec {} is not beside \
                         the new one: counted as breaking",
                        code(&shared),
                        code(module)
                    ),
                };
                self.push(Level::Breaking, at, Some(rust.to_string()), message);
            }
        }
        for ((module, rust), at) in &new_items {
            if !old_items.contains_key(&(*module, rust.clone())) && !old_own.contains(rust) {
                let shared = format!("{}::{rust}", ident_text(naming::module(module)));
                self.push(
                    Level::Additive,
                    at,
                    Some(rust.to_string()),
                    format!("re-exported now: {} is also named here", code(&shared)),
                );
            }
        }
    }

    /// A type the API defined that moved into a spec of shared types, whose module the API's module
    /// re-exports it from under its old name: its path stays, and its old definition is compared with
    /// the shared one where that spec is at hand.
    fn moved_type(&mut self, at: &str, name: &str, shared: &str, old_def: &TypeDef) {
        let rust = type_path(name);
        let shared_path = type_path(shared);
        let module = crate::spec::qualified(shared).map_or(shared, |(module, _)| module);
        let moved = format!(
            "moved to the shared types of {} ({}), and still {} here through the module's re-export",
            code(module),
            code(&shared_path),
            code(&rust)
        );
        let Some(new_def) = self.new.spec.types.get(shared) else {
            self.push(
                Level::Breaking,
                at,
                Some(rust),
                format!(
                    "{moved}; counted as breaking, as the spec {} is not beside the new one to compare the \
                     shared definition with the old one",
                    code(module)
                ),
            );
            return;
        };
        self.push(Level::Patch, at, Some(rust.clone()), moved);
        let reexported: HashSet<String> = graph::reexports(self.new.spec)
            .into_iter()
            .flat_map(|reexport| reexport.items)
            .filter(|item| item.type_name == name)
            .filter_map(|item| item.oneof.map(str::to_string))
            .collect();
        let kept_groups = new_def.oneof.keys().filter(|group| old_def.oneof.contains_key(*group));
        for group in kept_groups.filter(|group| !reexported.contains(*group)) {
            let enum_name = naming::type_name(group).map_or_else(|| group.clone(), |ident| ident.to_string());
            self.push(
                Level::Breaking,
                &format!("{at}.oneof.{group}"),
                Some(enum_name.clone()),
                format!(
                    "the enum of the oneof group is now {}, which the module cannot re-export as {} (the name is \
                     taken): code that names it here breaks",
                    code(&format!("{}::{enum_name}", ident_text(naming::module(module)))),
                    code(&enum_name)
                ),
            );
        }
        self.type_def(at, (name, shared), old_def, new_def);
    }

    /// Compares two definitions of a type, which the new version may have moved into a spec of
    /// shared types: `names` are its old and new names in their specs.
    fn type_def(&mut self, at: &str, names: (&str, &str), old: &TypeDef, new: &TypeDef) {
        let (name, new_name) = names;
        let rust = type_path(name);
        self.docs(at, Some(rust.clone()), "docs", &old.docs, &new.docs);
        match (&old.values, &new.values) {
            (Some(old_values), Some(new_values)) => {
                self.enum_values(at, &rust, old_values, new_values);
                return;
            }
            (None, None) => {}
            (Some(_), None) => {
                self.push(Level::Breaking, at, Some(rust), "changed from an enum to an object type");
                return;
            }
            (None, Some(_)) => {
                self.push(Level::Breaking, at, Some(rust), "changed from an object type to an enum");
                return;
            }
        }
        let (old_usage, new_usage) = (self.old.usage(name), self.new.usage(new_name));
        self.usage(at, &rust, old_usage, new_usage);
        let holder = Holder {
            rust: &rust,
            built: old_usage.sent && new_usage.sent,
            built_now: new_usage.sent,
            request: false,
        };
        let empty = IndexMap::new();
        let old_fields = old.fields.as_ref().unwrap_or(&empty);
        let new_fields = new.fields.as_ref().unwrap_or(&empty);
        self.fields(at, holder, old_fields, new_fields, |_, _| None);
        let old_secret = self.old.secret_holders.contains(name);
        let new_secret = self.new.secret_holders.contains(new_name);
        self.derives(at, &rust, old_fields, new_fields, (old_secret, new_secret));
        self.oneofs(at, &rust, holder, old, new);
    }

    /// What a type's derives lose or gain: `Default` where every field is optional, `PartialEq`
    /// where it holds no secret.
    fn derives(
        &mut self,
        at: &str,
        rust: &str,
        old_fields: &IndexMap<String, Field>,
        new_fields: &IndexMap<String, Field>,
        (old_secret, new_secret): (bool, bool),
    ) {
        let all_optional = |fields: &IndexMap<String, Field>| fields.values().all(|field| !field.required);
        match (all_optional(old_fields), all_optional(new_fields)) {
            (true, false) => self.push(
                Level::Breaking,
                at,
                Some(member(rust, "default")),
                "no longer implements `Default`: a field is now required",
            ),
            (false, true) => self.push(
                Level::Additive,
                at,
                Some(member(rust, "default")),
                "implements `Default` now: every field is optional",
            ),
            _ => {}
        }
        match (old_secret, new_secret) {
            (false, true) => self.push(
                Level::Breaking,
                at,
                Some(rust.to_string()),
                "no longer implements `PartialEq`: it now holds a secret",
            ),
            (true, false) => self.push(
                Level::Additive,
                at,
                Some(rust.to_string()),
                "implements `PartialEq` now: it no longer holds a secret",
            ),
            _ => {}
        }
    }

    /// What an object type gains or loses when the requests or responses that hold it change. A type
    /// that no method refers to counts as both sent and received, as generation has it.
    fn usage(&mut self, at: &str, rust: &str, old: Usage, new: Usage) {
        let rust = Some(rust.to_string());
        match (old.sent, new.sent) {
            (true, false) => self.push(
                Level::Breaking,
                at,
                rust.clone(),
                "callers no longer build it (no request holds it): its `new`, its setters and `Serialize` \
                 go (`new` stays under `test-util` where a response holds it)",
            ),
            (false, true) => self.push(
                Level::Additive,
                at,
                rust.clone(),
                "callers build it now (a request holds it, or no method refers to it): it gets `new`, setters \
                 and `Serialize`",
            ),
            _ => {}
        }
        match (old.received, new.received) {
            (true, false) => {
                self.push(Level::Breaking, at, rust, "no response holds it any more: its `Deserialize` goes")
            }
            (false, true) => self.push(
                Level::Additive,
                at,
                rust,
                "decoded now (a response holds it, or no method refers to it): it gets `Deserialize`",
            ),
            _ => {}
        }
    }

    fn enum_values(
        &mut self,
        at: &str,
        rust: &str,
        old: &IndexMap<String, crate::spec::EnumValue>,
        new: &IndexMap<String, crate::spec::EnumValue>,
    ) {
        let variant = |value: &str, details: &crate::spec::EnumValue| {
            member(rust, ident_text(naming::enum_variant(value, details.rust_name())))
        };
        for (value, old_value) in old {
            let value_at = format!("{at}.enum.{value}");
            let old_variant = variant(value, old_value);
            let Some(new_value) = new.get(value) else {
                self.push(
                    Level::Breaking,
                    &value_at,
                    Some(old_variant),
                    "enum value removed: its variant goes, and the value decodes as `Unknown`",
                );
                continue;
            };
            let new_variant = variant(value, new_value);
            if old_variant != new_variant {
                self.push(
                    Level::Breaking,
                    &value_at,
                    Some(new_variant.clone()),
                    format!("variant renamed from {}", code(&old_variant)),
                );
            }
            self.docs(&value_at, Some(new_variant.clone()), "docs", old_value.docs(), new_value.docs());
            self.deprecation(&value_at, Some(new_variant), old_value.deprecated(), new_value.deprecated());
        }
        for (value, new_value) in new.iter().filter(|(value, _)| !old.contains_key(*value)) {
            self.push(
                Level::Additive,
                &format!("{at}.enum.{value}"),
                Some(variant(value, new_value)),
                "new enum value (the enum is non-exhaustive; the value decoded as `Unknown` before)",
            );
        }
    }

    /// The fields of an object or the params of a method; `location` says where a param goes on the
    /// wire, `None` for fields.
    fn fields(
        &mut self,
        at: &str,
        holder: Holder<'_>,
        old: &IndexMap<String, Field>,
        new: &IndexMap<String, Field>,
        location: impl Fn(&str, bool) -> Option<&'static str>,
    ) {
        let section = if holder.request { "params" } else { "fields" };
        let kind = if holder.request { "param" } else { "field" };
        for (name, old_field) in old {
            let field_at = format!("{at}.{section}.{name}");
            let field = ident_text(naming::field(name));
            let Some(new_field) = new.get(name) else {
                self.push(
                    Level::Breaking,
                    &field_at,
                    Some(member(holder.rust, &field)),
                    format!("{kind} removed"),
                );
                continue;
            };
            self.field(&field_at, holder, name, old_field, new_field);
            if let (Some(old_location), Some(new_location)) = (location(name, false), location(name, true))
                && old_location != new_location
            {
                self.push(
                    Level::Patch,
                    &field_at,
                    Some(member(holder.rust, &field)),
                    format!(
                        "on the wire, now sent in the {new_location} (was the {old_location}); the Rust API is unchanged"
                    ),
                );
            }
        }
        for (name, new_field) in new.iter().filter(|(name, _)| !old.contains_key(*name)) {
            let field_at = format!("{at}.{section}.{name}");
            let field = naming::field(name);
            let rust = Some(member(holder.rust, ident_text(field.clone())));
            match (new_field.required, holder.built) {
                (false, _) if new_field.read_only || !holder.built_now => {
                    self.push(Level::Additive, &field_at, rust, format!("new optional {kind}"))
                }
                (false, _) => {
                    let setter = ident_text(field.map(|field| naming::setter(&field)));
                    self.push(
                        Level::Additive,
                        &field_at,
                        Some(member(holder.rust, setter)),
                        format!("new optional {kind}, set with its setter"),
                    )
                }
                (true, true) => self.push(
                    Level::Breaking,
                    &field_at,
                    Some(member(holder.rust, "new")),
                    format!("new required {kind}: `new` takes it as an argument"),
                ),
                (true, false) => {
                    let test_util = match holder.built_now {
                        true => "",
                        false => " (its `new` under `test-util` takes it too)",
                    };
                    self.push(
                        Level::Additive,
                        &field_at,
                        rust,
                        format!("new required {kind}; {}{test_util}", holder.not_built()),
                    )
                }
            }
        }
    }

    fn field(&mut self, at: &str, holder: Holder<'_>, name: &str, old: &Field, new: &Field) {
        let new = &Field { ty: self.kept_names(&new.ty), ..new.clone() };
        let field_ident = naming::field(name);
        let field = ident_text(field_ident.clone());
        let setter = ident_text(field_ident.map(|field| naming::setter(&field)));
        let rust = Some(member(holder.rust, &field));
        let built = holder.built;
        let (old_type, new_type) = (declared_type(old), declared_type(new));
        if old.required != new.required {
            let typed = match old_type == new_type {
                true => String::new(),
                false => format!(": {} becomes {}", code(&old_type), code(&new_type)),
            };
            let (level, message) = match (new.required, built) {
                (true, true) => (
                    Level::Breaking,
                    format!("now required{typed}; `new` takes it and {} goes", code(&setter)),
                ),
                (false, true) => (
                    Level::Breaking,
                    format!("now optional{typed}; `new` no longer takes it, set it with {}", code(&setter)),
                ),
                (required, false) if old_type != new_type => (
                    Level::Breaking,
                    format!("now {}{typed}", if required { "required" } else { "optional" }),
                ),
                (required, false) => (
                    Level::Patch,
                    format!(
                        "now {}; its Rust type stays {}, and {}",
                        if required { "required" } else { "optional" },
                        code(&new_type),
                        holder.not_built()
                    ),
                ),
            };
            self.push(level, at, rust.clone(), message);
        } else if old_type != new_type {
            let mut message = format!("type changed from {} to {}", code(&old_type), code(&new_type));
            if old.nullable != new.nullable && built {
                let clearer = code(&ident_text(naming::field(name).map(|field| naming::clearer(&field))));
                message.push_str(&match new.nullable {
                    true => format!(", and it gets {clearer}"),
                    false => format!(", and {clearer} goes"),
                });
            }
            self.push(Level::Breaking, at, rust.clone(), message);
        }
        if old.read_only != new.read_only && !new.required && !old.required {
            let setter_rust = Some(member(holder.rust, &setter));
            match (new.read_only, built) {
                (true, true) => self.push(
                    Level::Breaking,
                    at,
                    setter_rust,
                    "now read-only: its setter goes, and it is no longer sent",
                ),
                (false, true) => self.push(
                    Level::Additive,
                    at,
                    setter_rust,
                    "no longer read-only: it gets a setter, and is sent",
                ),
                (read_only, false) => self.push(
                    Level::Patch,
                    at,
                    rust.clone(),
                    format!(
                        "{} read-only; {}, so no setter it had changes",
                        if read_only { "now" } else { "no longer" },
                        holder.not_built()
                    ),
                ),
            }
        }
        if holder.request {
            self.requires(at, holder, name, old, new);
        }
        self.deprecation(at, rust.clone(), old.deprecated.as_deref(), new.deprecated.as_deref());
        self.docs(at, rust, "docs", &old.docs, &new.docs);
    }

    /// The fields a method requires inside a param, each an argument of the request's `new`.
    fn requires(&mut self, at: &str, holder: Holder<'_>, param: &str, old: &Field, new: &Field) {
        let argument = |dotted: &str| ident_text(naming::required_field_argument(param, dotted));
        for dotted in old.requires.iter().filter(|dotted| !new.requires.contains(dotted)) {
            self.push(
                Level::Breaking,
                &format!("{at}.requires"),
                Some(member(holder.rust, "new")),
                format!(
                    "no longer requires {}: `new` no longer takes {}",
                    code(dotted),
                    code(&argument(dotted))
                ),
            );
        }
        for dotted in new.requires.iter().filter(|dotted| !old.requires.contains(dotted)) {
            self.push(
                Level::Breaking,
                &format!("{at}.requires"),
                Some(member(holder.rust, "new")),
                format!("now requires {}: `new` takes {}", code(dotted), code(&argument(dotted))),
            );
        }
    }

    fn oneofs(&mut self, at: &str, rust: &str, holder: Holder<'_>, old: &TypeDef, new: &TypeDef) {
        for (group, old_group) in &old.oneof {
            let group_at = format!("{at}.oneof.{group}");
            let enum_name = naming::type_name(group).map_or_else(|| group.clone(), |ident| ident.to_string());
            let Some(new_group) = new.oneof.get(group) else {
                self.push(
                    Level::Breaking,
                    &group_at,
                    Some(member(rust, ident_text(naming::field(group)))),
                    format!("oneof group removed: the field and its enum {} go", code(&enum_name)),
                );
                continue;
            };
            self.docs(&group_at, Some(enum_name.clone()), "docs", &old_group.docs, &new_group.docs);
            let holds_secret = |side: &Side<'_>, fields: &IndexMap<String, Field>| {
                fields.values().any(|field| side.holds_secret(field))
            };
            match (holds_secret(&self.old, &old_group.fields), holds_secret(&self.new, &new_group.fields)) {
                (false, true) => self.push(
                    Level::Breaking,
                    &group_at,
                    Some(enum_name.clone()),
                    "no longer implements `PartialEq`: an alternative now holds a secret",
                ),
                (true, false) => self.push(
                    Level::Additive,
                    &group_at,
                    Some(enum_name.clone()),
                    "implements `PartialEq` now: no alternative holds a secret",
                ),
                _ => {}
            }
            for (alternative, old_field) in &old_group.fields {
                let alternative_at = format!("{group_at}.fields.{alternative}");
                let variant = member(&enum_name, ident_text(naming::variant(alternative)));
                let Some(new_field) = new_group.fields.get(alternative) else {
                    self.push(Level::Breaking, &alternative_at, Some(variant), "oneof alternative removed");
                    continue;
                };
                let (old_type, new_type) = (
                    rust_type(&old_field.ty, old_field.secret),
                    rust_type(&self.kept_names(&new_field.ty), new_field.secret),
                );
                if old_type != new_type {
                    self.push(
                        Level::Breaking,
                        &alternative_at,
                        Some(variant.clone()),
                        format!("type changed from {} to {}", code(&old_type), code(&new_type)),
                    );
                }
                self.deprecation(
                    &alternative_at,
                    Some(variant.clone()),
                    old_field.deprecated.as_deref(),
                    new_field.deprecated.as_deref(),
                );
                self.docs(&alternative_at, Some(variant), "docs", &old_field.docs, &new_field.docs);
            }
            for alternative in new_group.fields.keys().filter(|name| !old_group.fields.contains_key(*name)) {
                self.push(
                    Level::Additive,
                    &format!("{group_at}.fields.{alternative}"),
                    Some(member(&enum_name, ident_text(naming::variant(alternative)))),
                    "new oneof alternative (the enum is non-exhaustive)",
                );
            }
        }
        for group in new.oneof.keys().filter(|group| !old.oneof.contains_key(*group)) {
            let enum_name = naming::type_name(group).map_or_else(|| group.clone(), |ident| ident.to_string());
            let field = ident_text(naming::field(group));
            let rust_item = match holder.built {
                true => member(rust, ident_text(naming::field(group).map(|field| naming::setter(&field)))),
                false => member(rust, field),
            };
            self.push(
                Level::Additive,
                &format!("{at}.oneof.{group}"),
                Some(rust_item),
                format!("new oneof group, held as `Option<{enum_name}>`"),
            );
        }
    }

    fn methods(&mut self) {
        let (old, new) = (self.old.spec, self.new.spec);
        for (name, old_method) in &old.methods {
            let at = format!("methods.{name}");
            let rust = Some(member("Client", ident_text(naming::method(name, old_method))));
            match new.methods.get(name) {
                None => self.push(
                    Level::Breaking,
                    &at,
                    rust,
                    "method removed, with its request and error types and any stream of all items",
                ),
                Some(new_method) => self.method(&at, name, old_method, new_method),
            }
        }
        for (name, method) in new.methods.iter().filter(|(name, _)| !old.methods.contains_key(*name)) {
            let rust = Some(member("Client", ident_text(naming::method(name, method))));
            self.push(Level::Additive, &format!("methods.{name}"), rust, "new method");
        }
    }

    fn method(&mut self, at: &str, name: &str, old: &Method, new: &Method) {
        let (old_ident, new_ident) = (naming::method(name, old), naming::method(name, new));
        let rust_name = ident_text(new_ident.clone());
        let client = Some(member("Client", &rust_name));
        if old_ident != new_ident {
            self.push(
                Level::Breaking,
                at,
                client.clone(),
                format!("renamed in Rust from {}", code(&member("Client", ident_text(old_ident)))),
            );
        }
        if old.http.verb != new.http.verb {
            self.push(
                Level::Breaking,
                &format!("{at}.http"),
                client.clone(),
                format!(
                    "verb changed from {} to {}: the call is another operation",
                    old.http.verb.as_str(),
                    new.http.verb.as_str()
                ),
            );
        }
        if old.http.path != new.http.path {
            self.push(
                Level::Breaking,
                &format!("{at}.http"),
                client.clone(),
                format!(
                    "route changed from {} to {}: the call goes elsewhere",
                    code(&old.http.path),
                    code(&new.http.path)
                ),
            );
        }
        self.docs(&format!("{at}.summary"), client.clone(), "summary", &old.summary, &new.summary);
        self.docs(&format!("{at}.docs"), client.clone(), "docs", &old.docs, &new.docs);
        self.docs(
            &format!("{at}.authentication"),
            client.clone(),
            "authentication notes",
            &old.authentication,
            &new.authentication,
        );
        if old.permissions != new.permissions {
            self.push(
                Level::Patch,
                &format!("{at}.permissions"),
                client.clone(),
                "permissions (docs) changed",
            );
        }
        self.params(at, name, old, new);
        match (&old.returns, &new.returns) {
            (None, Some(returns)) => self.push(
                Level::Breaking,
                &format!("{at}.returns"),
                client.clone(),
                format!("returns {} now, not `()`", code(&type_path(returns))),
            ),
            (Some(returns), None) => self.push(
                Level::Breaking,
                &format!("{at}.returns"),
                client.clone(),
                format!("returns `()` now, not {}", code(&type_path(returns))),
            ),
            (Some(old_returns), Some(new_returns)) if old_returns != new_returns => self.push(
                Level::Breaking,
                &format!("{at}.returns"),
                client.clone(),
                format!(
                    "returns {} now, not {}",
                    code(&type_path(new_returns)),
                    code(&type_path(old_returns))
                ),
            ),
            _ => {}
        }
        self.errors(at, name, old, new);
        if old.is_retryable() != new.is_retryable() {
            let message = match new.is_retryable() {
                true => "on the wire, calls are now retried on transient failures",
                false => "on the wire, calls are no longer retried on transient failures",
            };
            self.push(Level::Patch, &format!("{at}.retryable"), client.clone(), message);
        }
        if old.complex_query != new.complex_query {
            let message = match new.complex_query {
                true => "on the wire, query params that hold objects now go packed in one `.r` param",
                false => "on the wire, query params no longer go packed in one `.r` param",
            };
            self.push(Level::Patch, &format!("{at}.complex_query"), client.clone(), message);
        }
        self.paging(at, name, old, new);
        self.deprecation(at, client.clone(), old.deprecated.as_deref(), new.deprecated.as_deref());
        match (old.developer_preview, new.developer_preview) {
            (false, true) => self.push(
                Level::Patch,
                &format!("{at}.developer_preview"),
                client,
                "now a developer preview (docs): Wix may change it without notice",
            ),
            (true, false) => self.push(
                Level::Additive,
                &format!("{at}.developer_preview"),
                client,
                "no longer a developer preview: it is covered by semver from now on",
            ),
            _ => {}
        }
    }

    fn params(&mut self, at: &str, name: &str, old: &Method, new: &Method) {
        let request = ident_text(naming::request_type(name));
        let method = ident_text(naming::method(name, new));
        match (old.params.is_empty(), new.params.is_empty()) {
            (true, false) => self.push(
                Level::Breaking,
                &format!("{at}.params"),
                Some(member("Client", &method)),
                format!(
                    "takes a request now: `{method}(&self)` becomes `{method}(&self, request: &{request})`"
                ),
            ),
            (false, true) => self.push(
                Level::Breaking,
                &format!("{at}.params"),
                Some(member("Client", &method)),
                format!("takes no request any more: {} goes", code(&request)),
            ),
            _ => {}
        }
        let holder = Holder { rust: &request, built: true, built_now: true, request: true };
        let location = |param: &str, newer: bool| {
            let method = if newer { new } else { old };
            method.params.get(param).map(|field| location(method, param, field))
        };
        self.fields(at, holder, &old.params, &new.params, location);
        if !old.params.is_empty() && !new.params.is_empty() {
            let holds_secret = |side: &Side<'_>, method: &Method| {
                method.params.values().any(|param| side.holds_secret(param))
            };
            self.derives(
                &format!("{at}.params"),
                &request,
                &old.params,
                &new.params,
                (holds_secret(&self.old, old), holds_secret(&self.new, new)),
            );
        }
    }

    fn errors(&mut self, at: &str, name: &str, old: &Method, new: &Method) {
        let error = ident_text(naming::error_type(name));
        let (old_statuses, new_statuses) = (statuses(old), statuses(new));
        let status_at = |status: u16, definition: Option<&ErrorDef>| match definition {
            Some(_) => format!("{at}.errors.{status}"),
            None => format!("{at}.validation_rules"),
        };
        for (status, (old_variant, old_error)) in &old_statuses {
            let Some((new_variant, new_error)) = new_statuses.get(status) else {
                self.push(
                    Level::Breaking,
                    &status_at(*status, *old_error),
                    Some(member(&error, old_variant)),
                    format!("error status {status} removed: its variant goes, and the status comes as `Error::UnexpectedStatus`"),
                );
                continue;
            };
            let error_at = status_at(*status, *new_error);
            if old_variant != new_variant {
                self.push(
                    Level::Breaking,
                    &error_at,
                    Some(member(&error, new_variant)),
                    format!("variant of status {status} renamed from {}", code(old_variant)),
                );
            }
            if let (Some(old_error), Some(new_error)) = (old_error, new_error) {
                self.docs(
                    &error_at,
                    Some(member(&error, new_variant)),
                    "docs",
                    &old_error.docs,
                    &new_error.docs,
                );
            }
        }
        for (status, (variant, definition)) in
            new_statuses.iter().filter(|(status, _)| !old_statuses.contains_key(*status))
        {
            self.push(
                Level::Additive,
                &status_at(*status, *definition),
                Some(member(&error, variant)),
                format!(
                    "new error status {status} (the enum is non-exhaustive): such responses come as this variant, \
                     not `Error::UnexpectedStatus`"
                ),
            );
        }
        self.codes(at, &error, old, new);
        self.validation_rules(at, name, old, new);
    }

    /// The application error codes of a method, each a variant of its error enum matched by code
    /// whatever the status: a code that moves between statuses, or to or from `error_codes`, keeps
    /// its variant, and only its docs say another status.
    fn codes(&mut self, at: &str, error: &str, old: &Method, new: &Method) {
        let (old_codes, new_codes) = (codes(old), codes(new));
        let code_at = |code: &str, status: Option<u16>| match status {
            Some(status) => format!("{at}.errors.{status}.codes.{code}"),
            None => format!("{at}.error_codes.{code}"),
        };
        let documented = |status: Option<u16>| match status {
            Some(status) => format!("status {status}"),
            None => "no status".to_string(),
        };
        for (code, (old_status, old_docs)) in &old_codes {
            let variant = Some(member(error, ident_text(naming::variant(code))));
            let Some((new_status, new_docs)) = new_codes.get(code) else {
                self.push(
                    Level::Breaking,
                    &code_at(code, *old_status),
                    variant,
                    "error code removed: its variant goes, and the code comes as its status's variant or \
                     `Error::UnexpectedStatus`",
                );
                continue;
            };
            let new_at = code_at(code, *new_status);
            if old_status != new_status {
                self.push(
                    Level::Patch,
                    &new_at,
                    variant.clone(),
                    format!(
                        "documented with {} now, not {} (docs: the code is matched whatever the status)",
                        documented(*new_status),
                        documented(*old_status)
                    ),
                );
            }
            self.docs(&new_at, variant, "docs", old_docs, new_docs);
        }
        for (code, (status, _)) in new_codes.iter().filter(|(code, _)| !old_codes.contains_key(*code)) {
            self.push(
                Level::Additive,
                &code_at(code, *status),
                Some(member(error, ident_text(naming::variant(code)))),
                "new error code (the enum is non-exhaustive): it came as its status's variant or \
                 `Error::UnexpectedStatus` before",
            );
        }
    }

    fn validation_rules(&mut self, at: &str, name: &str, old: &Method, new: &Method) {
        let rules_at = format!("{at}.validation_rules");
        let rules = ident_text(naming::validation_rule_type(name));
        let error = ident_text(naming::error_type(name));
        match (old.validation_rules.is_empty(), new.validation_rules.is_empty()) {
            (true, true) => return,
            (true, false) => {
                self.push(
                    Level::Additive,
                    &rules_at,
                    Some(member(&error, "violated_rules")),
                    format!("validation rules listed: new enum {} and `violated_rules`", code(&rules)),
                );
                return;
            }
            (false, true) => {
                self.push(
                    Level::Breaking,
                    &rules_at,
                    Some(member(&error, "violated_rules")),
                    format!(
                        "validation rules no longer listed: the enum {} and `violated_rules` go",
                        code(&rules)
                    ),
                );
                return;
            }
            (false, false) => {}
        }
        for rule in old.validation_rules.iter().filter(|rule| !new.validation_rules.contains(rule)) {
            self.push(
                Level::Breaking,
                &rules_at,
                Some(member(&rules, ident_text(naming::variant(rule)))),
                format!(
                    "validation rule {} removed: its variant goes, and it decodes as `Unknown`",
                    code(rule)
                ),
            );
        }
        for rule in new.validation_rules.iter().filter(|rule| !old.validation_rules.contains(rule)) {
            self.push(
                Level::Additive,
                &rules_at,
                Some(member(&rules, ident_text(naming::variant(rule)))),
                format!("new validation rule {} (the enum is non-exhaustive)", code(rule)),
            );
        }
    }

    fn paging(&mut self, at: &str, name: &str, old: &Method, new: &Method) {
        let paging_at = format!("{at}.paging");
        let stream_name =
            member("Client", ident_text(naming::method(name, new).map(|ident| naming::stream(&ident))));
        match (&old.paging, &new.paging) {
            (None, Some(_)) => self.push(
                Level::Additive,
                &paging_at,
                Some(stream_name),
                "pages now: new stream of all items",
            ),
            (Some(_), None) => self.push(
                Level::Breaking,
                &paging_at,
                Some(stream_name),
                "no longer pages: the stream of all items goes",
            ),
            (Some(old_paging), Some(new_paging)) => {
                let old_item = stream_item(self.old.spec, old).map(|(item, secret)| rust_type(&item, secret));
                let new_item = stream_item(self.new.spec, new)
                    .map(|(item, secret)| rust_type(&self.kept_names(&item), secret));
                if old_item != new_item {
                    let item = |item: Option<String>| {
                        item.map_or_else(|| "unresolved".to_string(), |item| code(&item))
                    };
                    self.push(
                        Level::Breaking,
                        &paging_at,
                        Some(stream_name),
                        format!("the stream's items change from {} to {}", item(old_item), item(new_item)),
                    );
                } else if old_paging != new_paging {
                    self.push(
                        Level::Patch,
                        &paging_at,
                        Some(stream_name),
                        "on the wire, the stream pages differently (cursor, limit or what following pages keep)",
                    );
                }
            }
            (None, None) => {}
        }
    }
}

/// `loaded` if the spec was read whole; a spec with mistakes in its structure was read without the
/// nodes at fault, and comparing it would report them as removed, so its diagnostics are returned
/// instead. Only loading is asked for, not validation: the comparison needs the structure alone. A
/// spec that refers to shared types (`common.Paging`) is compared with the specs of shared types
/// linked in where they are at hand ([`load_beside`]), and without them otherwise.
pub fn readable(
    loaded: Result<crate::spec::SpecFile, Vec<crate::Diagnostic>>,
) -> Result<crate::spec::SpecFile, Vec<crate::Diagnostic>> {
    let file = loaded?;
    match file.shape_errors.is_empty() {
        true => Ok(file),
        false => Err(file.shape_errors),
    }
}
