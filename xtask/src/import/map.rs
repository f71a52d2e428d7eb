//! From a package's typings to a spec: each rule of the mapping, and a note for what it could not map.
//!
//! The REST types (wire names) come from `meta.d.ts`, with each method's verb, request and response;
//! the method docs from the SDK typings (`index.typings.d.ts` and the files it re-exports); routes and
//! float fields from `meta.js`. Types that a spec of shared types has in the same shape become
//! references to it (`common.CursorPaging`).

use std::collections::{BTreeSet, HashMap, HashSet};

use generator::spec::{
    EnumValue, EnumValueDetails, Field, Method, OneofGroup, Paging, Route, Spec, TypeDef, TypeExpr,
};
use heck::{ToKebabCase, ToLowerCamelCase, ToUpperCamelCase};
use indexmap::IndexMap;

use super::jsdoc::JsDoc;
use super::meta_js::{MetaJs, MethodRoute};
use super::package::{META_JS, META_TYPINGS, Package, SDK_TYPINGS};
use super::typescript::{Interface, Property, TsType, Typings};

/// The base URL of every Wix REST API.
pub const BASE_URL: &str = "https://www.wixapis.com";

/// The docs of anything the typings leave undescribed: the spec format requires docs.
pub const NO_DOCS: &str = "No description in Wix's typings.";

/// Something of the package the importer could not map, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    /// `file:line` in the package.
    pub at: String,
    /// What was not mapped, why, and what the spec has instead.
    pub message: String,
}

/// The types of a spec of shared types: its `api` and its types.
#[derive(Debug, Clone)]
pub struct SharedTypes {
    /// The spec's `api`, which qualifies its type names (`common`).
    pub api: String,
    /// Its types.
    pub types: IndexMap<String, TypeDef>,
}

/// A spec mapped from a package, before overrides.
#[derive(Debug)]
pub struct Mapped {
    /// The spec.
    pub spec: Spec,
    /// What could not be mapped, sorted.
    pub notes: Vec<Note>,
}

/// Maps `package` to a spec of module `module`; `shared` are the specs of shared types its types
/// may turn out to be, and `leave_out` methods the overrides leave out.
pub fn map(
    package: &Package,
    module: &str,
    shared: &[SharedTypes],
    leave_out: &[String],
) -> Result<Mapped, String> {
    let meta = Typings::parse(&file(package, META_TYPINGS), package.text(META_TYPINGS))?;
    let mut sdk = vec![Typings::parse(&file(package, SDK_TYPINGS), package.text(SDK_TYPINGS))?];
    for (inner, text) in &package.files {
        if inner.ends_with(".d.ts") && inner != META_TYPINGS && inner != SDK_TYPINGS {
            sdk.push(Typings::parse(&file(package, inner), text)?);
        }
    }
    let js = MetaJs::parse(&file(package, META_JS), package.text(META_JS))?;
    let mut mapper = Mapper::new(&meta, &sdk, &js, leave_out);
    let methods = mapper.methods();
    let mut spec = Spec {
        api: module.to_string(),
        title: package.title(),
        base_url: Some(BASE_URL.to_string()),
        docs: mapper.module_docs(package),
        types: IndexMap::new(),
        methods,
    };
    spec.types = mapper.types();
    share(&mut spec, shared);
    prune(&mut spec);
    name_groups(&mut spec);
    for (name, method) in &mut spec.methods {
        method.paging = paging(name, method, &spec.types, shared, &mut mapper.notes, &meta);
    }
    let mut notes = mapper.notes;
    notes.sort();
    notes.dedup();
    Ok(Mapped { spec, notes })
}

/// How messages name a file of the package.
fn file(package: &Package, inner: &str) -> String {
    format!("{}/{inner}", package.folder_name())
}

/// A method found in `meta.d.ts`, with what the other files say of it.
struct Plan<'t> {
    name: String,
    route: MethodRoute,
    request: Option<&'t Interface>,
    request_name: String,
    response_name: String,
    docs: JsDoc,
    /// `file:line` of the SDK function, whose JSDoc the docs are.
    docs_at: Option<(String, usize)>,
    line: usize,
}

struct Mapper<'t> {
    meta: &'t Typings,
    sdk: &'t [Typings],
    js: &'t MetaJs,
    leave_out: &'t [String],
    notes: Vec<Note>,
    /// `(type, field)` of numbers that are floats.
    floats: HashSet<(String, String)>,
    /// `(type, field)` of read-only fields that a method requires, so requests send them.
    sendable: HashSet<(String, String)>,
    /// Named types the spec refers to, to map.
    wanted: Vec<String>,
    /// Method names by their kebab case, for links to Wix's doc pages.
    methods_by_page: HashMap<String, String>,
}

impl<'t> Mapper<'t> {
    fn new(meta: &'t Typings, sdk: &'t [Typings], js: &'t MetaJs, leave_out: &'t [String]) -> Mapper<'t> {
        Mapper {
            meta,
            sdk,
            js,
            leave_out,
            notes: Vec::new(),
            floats: HashSet::new(),
            sendable: HashSet::new(),
            wanted: Vec::new(),
            methods_by_page: HashMap::new(),
        }
    }

    fn note(&mut self, file: &str, line: usize, message: String) {
        self.notes.push(Note { at: format!("{file}:{line}"), message });
    }

    fn note_meta(&mut self, line: usize, message: String) {
        let file = self.meta.file.clone();
        self.note(&file, line, message);
    }

    /// The methods `meta.d.ts` declares (`declare function name(): __PublicMethodMetaInfo<...>`), in
    /// order, with their routes and SDK docs.
    fn plans(&mut self) -> Vec<Plan<'t>> {
        let mut plans = Vec::new();
        for (name, function) in &self.meta.functions {
            let Some(TsType::Ref(info, arguments)) = &function.returns else { continue };
            if info != "__PublicMethodMetaInfo" || arguments.len() != 6 {
                continue;
            }
            if self.leave_out.contains(name) {
                continue;
            }
            let (Some(request_name), Some(response_name)) =
                (ref_name(&arguments[3]), ref_name(&arguments[5]))
            else {
                self.note_meta(
                    function.line,
                    format!("method `{name}`: its request or response type is not named; left out"),
                );
                continue;
            };
            let Some(route) = self.js.methods.get(name).cloned() else {
                self.note_meta(
                    function.line,
                    format!("method `{name}`: `meta.js` has no route for it; left out"),
                );
                continue;
            };
            if route.public_path.is_none() {
                let file = self.js.file.clone();
                self.note(
                    &file,
                    route.line,
                    format!(
                        "method `{name}`: no `www.wixapis.com` mapping covers `{}`; left out",
                        route.proto_path
                    ),
                );
                continue;
            }
            let (docs, docs_at) = self.sdk_function(name);
            let request = self.meta.interfaces.get(&request_name);
            if request.is_none() {
                self.note_meta(
                    function.line,
                    format!(
                        "method `{name}`: request type `{request_name}` is not declared; it takes no params"
                    ),
                );
            }
            plans.push(Plan {
                name: name.clone(),
                route,
                request,
                request_name,
                response_name,
                docs,
                docs_at,
                line: function.line,
            });
        }
        plans
    }

    /// The JSDoc of the SDK function `name`, found through the SDK typings' exports, and where it is.
    fn sdk_function(&self, name: &str) -> (JsDoc, Option<(String, usize)>) {
        let found = resolve(self.sdk, 0, name, 0)
            .and_then(|(index, local)| Some((&self.sdk[index], self.sdk[index].functions.get(&local)?)));
        match found {
            Some((typings, function)) => (function.docs.clone(), Some((typings.file.clone(), function.line))),
            None => (JsDoc::default(), None),
        }
    }

    /// A note on the method's docs: at its SDK function, or at its `meta.d.ts` declaration.
    fn note_docs(&mut self, plan: &Plan<'_>, message: String) {
        match &plan.docs_at {
            Some((file, line)) => self.note(&file.clone(), *line, message),
            None => self.note_meta(plan.line, message),
        }
    }

    fn methods(&mut self) -> IndexMap<String, Method> {
        let plans = self.plans();
        self.methods_by_page =
            plans.iter().map(|plan| (plan.name.to_kebab_case(), plan.name.clone())).collect();
        for plan in &plans {
            self.float_paths(plan);
        }
        let requires: Vec<IndexMap<String, Vec<String>>> =
            plans.iter().map(|plan| self.requires(plan)).collect();
        let mut methods = IndexMap::new();
        for (plan, requires) in plans.iter().zip(requires) {
            methods.insert(plan.name.clone(), self.method(plan, requires));
        }
        methods
    }

    fn float_paths(&mut self, plan: &Plan<'_>) {
        let roots = [
            (&plan.request_name, &plan.route.request_floats),
            (&plan.response_name, &plan.route.response_floats),
        ];
        for (root, paths) in roots {
            for path in paths {
                // A path through fields the public typings leave out (internal ones) maps nothing.
                if let Some(last) = self.walk(root, path).ok().and_then(|steps| steps.into_iter().last()) {
                    self.floats.insert((last.owner, last.field));
                }
            }
        }
    }

    /// The fields a dotted path goes through, from interface `root`.
    fn walk(&self, root: &str, path: &str) -> Result<Vec<Step>, String> {
        let mut steps = Vec::new();
        let mut owner = root.to_string();
        for segment in path.split('.') {
            let Some(property) = self.property(&owner, segment) else {
                // The SDK names a oneof group in paths (`bookedEntity.item.slot`); the wire does not.
                let group = format!("{owner}{}OneOf", segment.to_upper_camel_case());
                if self
                    .meta
                    .interfaces
                    .get(&owner)
                    .is_some_and(|interface| interface.extends.contains(&group))
                {
                    continue;
                }
                return Err(format!("`{owner}` has no field `{segment}`"));
            };
            let (target, through_list) = self.target(&property.ty);
            steps.push(Step {
                owner: owner.clone(),
                field: segment.to_string(),
                through_list,
                optional: property.optional,
            });
            owner = target.unwrap_or_default();
        }
        Ok(steps)
    }

    /// The property `name` of interface `owner`, or of an interface it extends.
    fn property(&self, owner: &str, name: &str) -> Option<&'t Property> {
        let interface = self.meta.interfaces.get(owner)?;
        interface
            .properties
            .iter()
            .find(|property| property.name == name)
            .or_else(|| interface.extends.iter().find_map(|parent| self.property(parent, name)))
    }

    /// The interface a type holds (through `| null`, arrays and aliases), and whether through an array.
    fn target(&self, ty: &TsType) -> (Option<String>, bool) {
        match ty {
            TsType::Union(types) => {
                let mut present = types.iter().filter(|ty| !matches!(ty, TsType::Null | TsType::Undefined));
                match (present.next(), present.next()) {
                    (Some(only), None) => self.target(only),
                    _ => (None, false),
                }
            }
            TsType::Array(item) => (self.target(item).0, true),
            TsType::Ref(name, _) if self.meta.interfaces.contains_key(name) => (Some(name.clone()), false),
            TsType::Ref(name, _) => match self.meta.aliases.get(name) {
                Some(alias) => self.target(&alias.ty),
                None => (None, false),
            },
            _ => (None, false),
        }
    }

    /// The `requires` of each param from the SDK function's `@requiredField` tags, and the
    /// read-only fields they name, which requests must be able to send.
    fn requires(&mut self, plan: &Plan<'_>) -> IndexMap<String, Vec<String>> {
        let mut requires: IndexMap<String, Vec<String>> = IndexMap::new();
        let Some(request) = plan.request else { return requires };
        for raw in plan.docs.tag_values("requiredField").filter(|raw| *raw != "options") {
            let mut segments: Vec<String> = raw.split('.').map(str::to_string).collect();
            if segments.len() > 1 && segments[0] == "options" {
                segments.remove(0);
            }
            let own = |name: &str| request.properties.iter().any(|property| property.name == name);
            let first = segments[0].trim_start_matches('_').to_string();
            if own(&segments[0]) {
            } else if own(&first) {
                segments[0] = first;
            } else if first == "id" && segments.len() == 1 {
                // `updateX(_id, x)`: the SDK takes the ID apart; the route takes it from `{x.id}`.
                let Some(placeholder) = placeholder_with_id(&plan.route) else {
                    self.note_docs(plan, format!("`@requiredField {raw}` of `{}`: it names no field of `{}`; nothing made required", plan.name, plan.request_name));
                    continue;
                };
                segments = placeholder;
            } else {
                self.note_meta(
                    plan.line,
                    format!(
                        "`@requiredField {raw}` of `{}`: it names no field of `{}`; nothing made required",
                        plan.name, plan.request_name
                    ),
                );
                continue;
            }
            let path = segments.iter().map(|segment| self.rest_name(segment)).collect::<Vec<_>>().join(".");
            let steps = match self.walk(&plan.request_name, &path) {
                Ok(steps) => steps,
                Err(reason) => {
                    self.note_meta(
                        plan.line,
                        format!("`@requiredField {raw}` of `{}`: {reason}; nothing made required", plan.name),
                    );
                    continue;
                }
            };
            let param = steps[0].field.clone();
            let entry = requires.entry(param).or_default();
            if steps.len() == 1 {
                continue;
            }
            if steps[..steps.len() - 1].iter().any(|step| step.through_list) {
                self.note_docs(plan, format!("`@requiredField {raw}` of `{}`: it is inside a list, which `requires` cannot reach; not required", plan.name));
                continue;
            }
            let Some(last) = steps.last() else { continue };
            self.sendable.insert((last.owner.clone(), last.field.clone()));
            if last.optional {
                entry.push(steps[1..].iter().map(|step| step.field.as_str()).collect::<Vec<_>>().join("."));
            }
        }
        requires
    }

    /// The REST name of an SDK field name: the SDK writes `_id`, `_createdDate` for `id`,
    /// `createdDate`.
    fn rest_name(&self, segment: &str) -> String {
        segment.strip_prefix('_').unwrap_or(segment).to_string()
    }

    fn method(&mut self, plan: &Plan<'t>, requires: IndexMap<String, Vec<String>>) -> Method {
        let (summary, docs) = split_summary(&plan.docs.text);
        let summary = if summary.is_empty() {
            self.note_meta(
                plan.line,
                format!("the summary of `{}`: the SDK typings describe it nowhere; it says so", plan.name),
            );
            NO_DOCS.to_string()
        } else {
            self.clean(&summary)
        };
        let mut params = IndexMap::new();
        if let Some(request) = plan.request {
            for property in self.flattened_properties(&plan.request_name, request, true) {
                let Some(mut field) = self.field(&plan.request_name, &property, true) else { continue };
                if let Some(paths) = requires.get(&property.name) {
                    field.required = true;
                    field.requires = paths.clone();
                }
                if field.docs == NO_DOCS
                    && let Some(param) = param_docs(&plan.docs, &property.name)
                {
                    field.docs = self.clean(&param);
                }
                params.insert(property.name.clone(), field);
            }
        }
        let returns = match self.meta.interfaces.get(&plan.response_name) {
            Some(response) if !response.properties.is_empty() || !response.extends.is_empty() => {
                self.want(&plan.response_name);
                Some(plan.response_name.clone())
            }
            Some(_) => None,
            None => {
                self.note_meta(
                    plan.line,
                    format!(
                        "method `{}`: response type `{}` is not declared; it returns nothing",
                        plan.name, plan.response_name
                    ),
                );
                None
            }
        };
        let pascal = plan.name.to_upper_camel_case();
        let error_codes = self
            .literal_union(&format!("{pascal}ApplicationErrors"), "code")
            .into_iter()
            .map(|code| {
                let docs = humanize(&code);
                (code, docs)
            })
            .collect();
        let validation_rules = self.literal_union(&format!("{pascal}ValidationErrors"), "ruleName");
        let permissions: Vec<String> = {
            let scopes: Vec<String> = plan.docs.tag_values("permissionScope").map(str::to_string).collect();
            if scopes.is_empty() {
                plan.docs.tag_values("permissionId").map(str::to_string).collect()
            } else {
                scopes
            }
        };
        Method {
            summary,
            rust_name: None,
            http: Route::from(format!(
                "{} {}",
                plan.route.verb,
                plan.route.public_path.clone().unwrap_or_default()
            )),
            docs: self.clean(&docs),
            authentication: String::new(),
            permissions,
            params,
            returns,
            errors: IndexMap::new(),
            retryable: None,
            error_codes,
            paging: None,
            deprecated: deprecation(&plan.docs),
            developer_preview: plan.docs.tag("documentationMaturity") == Some("preview"),
            validation_rules,
            complex_query: plan.route.complex_query && plan.route.verb == "GET",
        }
    }

    /// The string literals of property `key` across the object types of alias `name`
    /// (`type XApplicationErrors = { code?: 'A'; ... } | { code?: 'B'; ... }`).
    fn literal_union(&self, name: &str, key: &str) -> Vec<String> {
        let alias =
            self.meta.aliases.get(name).or_else(|| self.sdk.iter().find_map(|sdk| sdk.aliases.get(name)));
        let Some(alias) = alias else { return Vec::new() };
        let members = match &alias.ty {
            TsType::Union(members) => members.iter().collect(),
            other => vec![other],
        };
        let mut values = Vec::new();
        for member in members {
            let TsType::Object(properties) = member else { continue };
            for property in properties.iter().filter(|property| property.name == key) {
                if let TsType::StringLiteral(value) = &property.ty
                    && !values.contains(value)
                {
                    values.push(value.clone());
                }
            }
        }
        values
    }

    /// The properties of an interface with those of the interfaces it extends; for a request, the
    /// alternatives of its oneofs too (params have no oneof groups).
    fn flattened_properties(&mut self, name: &str, interface: &'t Interface, request: bool) -> Vec<Property> {
        let mut properties: Vec<Property> = interface.properties.clone();
        for parent in &interface.extends {
            let Some(parent_interface) = self.meta.interfaces.get(parent) else {
                self.note_meta(interface.line, format!("`{name}` extends `{parent}`, which is not declared"));
                continue;
            };
            if request && parent_interface.docs.has("oneof") && parent_interface.properties.len() > 1 {
                let alternatives: Vec<&str> =
                    parent_interface.properties.iter().map(|p| p.name.as_str()).collect();
                self.note_meta(
                    interface.line,
                    format!("`{name}` has a oneof of `{}`; params have no oneof groups, so each is an optional param", alternatives.join("`, `")),
                );
            }
            for property in &parent_interface.properties {
                if !properties.iter().any(|own| own.name == property.name) {
                    properties.push(property.clone());
                }
            }
        }
        properties
    }

    fn want(&mut self, name: &str) {
        if !self.wanted.iter().any(|wanted| wanted == name) {
            self.wanted.push(name.to_string());
        }
    }

    /// The spec field of `property` of `owner`; `None`, with a note, where its type does not map.
    fn field(&mut self, owner: &str, property: &Property, in_request: bool) -> Option<Field> {
        let leaf = Leaf {
            format: property.docs.tag("format").map(str::to_string),
            float: self.floats.contains(&(owner.to_string(), property.name.clone()))
                || fractional_bounds(&property.docs),
            int64: property.name == "revision",
        };
        let ty = match self.type_expr(&property.ty, &leaf, 0) {
            Ok(ty) => ty,
            Err(reason) => {
                self.note_meta(
                    property.line,
                    format!("field `{owner}.{}`: {reason}; left out", property.name),
                );
                return None;
            }
        };
        let required = !property.optional;
        let read_only = property.docs.has("readonly")
            && !in_request
            && !required
            && !self.sendable.contains(&(owner.to_string(), property.name.clone()));
        let mut docs = self.clean(without_deprecation_lead(&property.docs.text));
        if property.docs.tag("documentationMaturity") == Some("preview") {
            docs.push_str("\n\nDeveloper preview: Wix may change this without notice.");
        }
        Some(Field {
            ty,
            docs: if docs.trim().is_empty() { NO_DOCS.to_string() } else { docs },
            required,
            secret: false,
            deprecated: deprecation(&property.docs),
            location: None,
            read_only,
            requires: Vec::new(),
            nullable: false,
        })
    }

    fn type_expr(&mut self, ty: &TsType, leaf: &Leaf, depth: usize) -> Result<TypeExpr, String> {
        if depth > 16 {
            return Err("its type aliases nest too deep".into());
        }
        Ok(match ty {
            TsType::String if leaf.int64 => TypeExpr::Int64,
            TsType::String => match leaf.format.as_deref() {
                Some("GUID") => TypeExpr::Guid,
                Some("EMAIL") => TypeExpr::Email,
                Some("WEB_URL") => TypeExpr::Url,
                _ => TypeExpr::String,
            },
            TsType::Number if leaf.float => TypeExpr::Float64,
            TsType::Number => TypeExpr::Int32,
            TsType::Boolean => TypeExpr::Bool,
            TsType::Any => TypeExpr::Json,
            TsType::Array(item) => TypeExpr::List(Box::new(self.type_expr(item, leaf, depth + 1)?)),
            TsType::Union(members) => {
                let present: Vec<&TsType> =
                    members.iter().filter(|ty| !matches!(ty, TsType::Null | TsType::Undefined)).collect();
                let enums: Vec<&TsType> = present
                    .iter()
                    .copied()
                    .filter(|ty| matches!(ty, TsType::Ref(name, _) if self.meta.enums.contains_key(name)))
                    .collect();
                let literals = present.iter().filter(|ty| matches!(ty, TsType::StringLiteral(_))).count();
                match (present.as_slice(), enums.as_slice()) {
                    ([only], _) => self.type_expr(only, leaf, depth + 1)?,
                    (_, [the_enum]) if literals + 1 == present.len() => {
                        self.type_expr(the_enum, leaf, depth + 1)?
                    }
                    _ if literals == present.len() && literals > 0 => TypeExpr::String,
                    _ => return Err(format!("the union `{}` has no spec type", describe(ty))),
                }
            }
            TsType::Ref(name, arguments) => match (name.as_str(), arguments.as_slice()) {
                ("Date", []) => TypeExpr::Timestamp,
                ("Record", [TsType::String, TsType::Any]) => TypeExpr::JsonObject,
                ("Record", [TsType::String, value]) => {
                    TypeExpr::Map(Box::new(self.type_expr(value, leaf, depth + 1)?))
                }
                ("Array", [item]) => TypeExpr::List(Box::new(self.type_expr(item, leaf, depth + 1)?)),
                (name, [])
                    if self.meta.enums.contains_key(name) || self.meta.interfaces.contains_key(name) =>
                {
                    self.want(name);
                    TypeExpr::Named(name.to_string())
                }
                (name, []) if self.meta.aliases.contains_key(name) => {
                    let alias = &self.meta.aliases[name].ty;
                    self.type_expr(alias, leaf, depth + 1)?
                }
                _ => return Err(format!("`{}` has no spec type", describe(ty))),
            },
            other => return Err(format!("`{}` has no spec type", describe(other))),
        })
    }

    /// Every type the methods refer to, and those they refer to in turn, in `meta.d.ts` order.
    fn types(&mut self) -> IndexMap<String, TypeDef> {
        let mut mapped: HashMap<String, (usize, TypeDef)> = HashMap::new();
        let mut next = 0;
        while next < self.wanted.len() {
            let name = self.wanted[next].clone();
            next += 1;
            if let Some(definition) = self.meta.enums.get(&name) {
                let values = definition
                    .members
                    .iter()
                    .map(|member| (member.value.clone(), self.enum_value(&member.value, &member.docs)))
                    .collect();
                let docs = self.type_docs(&name, &definition.docs);
                mapped.insert(
                    name,
                    (
                        definition.line,
                        TypeDef {
                            docs,
                            fields: None,
                            oneof: IndexMap::new(),
                            values: Some(values),
                            shared_from: None,
                        },
                    ),
                );
            } else if let Some(interface) = self.meta.interfaces.get(&name) {
                let definition = self.object(&name, interface);
                mapped.insert(name, (interface.line, definition));
            }
        }
        let mut types: Vec<(String, (usize, TypeDef))> = mapped.into_iter().collect();
        types.sort_by(|(a, (line_a, _)), (b, (line_b, _))| line_a.cmp(line_b).then(a.cmp(b)));
        types.into_iter().map(|(name, (_, definition))| (name, definition)).collect()
    }

    fn type_docs(&self, name: &str, docs: &JsDoc) -> String {
        let text = self.clean(&docs.text);
        if !text.trim().is_empty() {
            return text;
        }
        match name
            .strip_suffix("Response")
            .filter(|method| self.methods_by_page.contains_key(&method.to_kebab_case()))
        {
            Some(method) => format!("Response of [{}].", method.to_lower_camel_case()),
            None => NO_DOCS.to_string(),
        }
    }

    fn enum_value(&self, value: &str, docs: &JsDoc) -> EnumValue {
        let text = self.clean(without_deprecation_lead(&docs.text));
        let text = if text.trim().is_empty() { NO_DOCS.to_string() } else { text };
        let deprecated = deprecation(docs);
        let rust_name = (value.to_upper_camel_case() == "Unknown").then(|| "UnknownValue".to_string());
        if deprecated.is_none() && rust_name.is_none() {
            return EnumValue::Docs(text);
        }
        EnumValue::Detailed(EnumValueDetails { docs: text, deprecated, rust_name })
    }

    fn object(&mut self, name: &str, interface: &'t Interface) -> TypeDef {
        let mut fields = IndexMap::new();
        let mut oneof = IndexMap::new();
        let mut grouped: HashMap<String, String> = HashMap::new();
        for parent in &interface.extends {
            let Some(parent_interface) = self.meta.interfaces.get(parent) else { continue };
            if !parent_interface.docs.has("oneof") || parent_interface.properties.len() < 2 {
                continue;
            }
            let group = group_name(name, parent);
            for property in &parent_interface.properties {
                grouped.insert(property.name.clone(), group.clone());
            }
            let alternatives: Vec<String> =
                parent_interface.properties.iter().map(|property| format!("`{}`", property.name)).collect();
            let docs = self.clean(&parent_interface.docs.text);
            let docs = if docs.trim().is_empty() {
                format!("At most one of {}.", alternatives.join(", "))
            } else {
                docs
            };
            oneof.insert(group, OneofGroup { docs, fields: IndexMap::new() });
        }
        for property in self.flattened_properties(name, interface, false) {
            let Some(mut field) = self.field(name, &property, false) else { continue };
            match grouped.get(&property.name).and_then(|group| oneof.get_mut(group)) {
                Some(group) => {
                    field.required = false;
                    group.fields.insert(property.name.clone(), field);
                }
                None => {
                    fields.insert(property.name.clone(), field);
                }
            }
        }
        oneof.retain(|_, group: &mut OneofGroup| !group.fields.is_empty());
        TypeDef {
            docs: self.type_docs(name, &interface.docs),
            fields: Some(fields),
            oneof,
            values: None,
            shared_from: None,
        }
    }

    /// Doc text made for the spec: links to the doc pages of this API's methods become links to
    /// the methods.
    fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("](") {
            let (before, after) = rest.split_at(at + 2);
            out.push_str(before);
            let Some(close) = after.find(')') else {
                rest = after;
                continue;
            };
            let target = &after[..close];
            let page = target.rsplit(['/', '#']).next().unwrap_or(target);
            match self.methods_by_page.get(page).filter(|_| !target.contains(char::is_whitespace)) {
                Some(method) => out.push_str(method),
                None => out.push_str(target),
            }
            rest = &after[close..];
        }
        out.push_str(rest);
        out.trim().to_string()
    }

    /// Module docs: those of the package's entity type (`wix.bookings.calendar.v2.external_calendar`
    /// -> `ExternalCalendar`), which describe the API.
    fn module_docs(&self, package: &Package) -> String {
        let manifest: serde_yaml::Value =
            serde_yaml::from_str(package.text(super::package::MANIFEST)).unwrap_or_default();
        let fqdn = manifest
            .get("wix")
            .and_then(|wix| wix.get("sdkDependency"))
            .and_then(|dependency| dependency.get("fqdn"));
        let entity = fqdn
            .and_then(serde_yaml::Value::as_str)
            .and_then(|fqdn| fqdn.rsplit('.').next())
            .map(str::to_upper_camel_case);
        entity
            .and_then(|entity| self.meta.interfaces.get(&entity))
            .map(|interface| self.clean(&interface.docs.text))
            .unwrap_or_default()
    }
}

/// One field a dotted path goes through.
struct Step {
    owner: String,
    field: String,
    through_list: bool,
    optional: bool,
}

/// What decides a string's or a number's spec type, besides its TypeScript type.
struct Leaf {
    format: Option<String>,
    float: bool,
    int64: bool,
}

/// The name of a type reference.
fn ref_name(ty: &TsType) -> Option<String> {
    match ty {
        TsType::Ref(name, arguments) if arguments.is_empty() => Some(name.clone()),
        _ => None,
    }
}

/// The SDK typings file and local name `name` (exported from file `index`) stands for, following
/// re-exports and imports between the files.
fn resolve(files: &[Typings], index: usize, name: &str, depth: usize) -> Option<(usize, String)> {
    let typings = files.get(index)?;
    if depth > 8 {
        return None;
    }
    if typings.functions.contains_key(name)
        || typings.interfaces.contains_key(name)
        || typings.aliases.contains_key(name)
    {
        return Some((index, name.to_string()));
    }
    let (module, local) = match typings.exports.get(name) {
        Some((Some(module), local)) => (module.clone(), local.clone()),
        Some((None, local)) if local != name => return resolve(files, index, local, depth + 1),
        _ => typings.imports.get(name).cloned()?,
    };
    let target = files.iter().position(|file| {
        let stem = module.trim_start_matches("./").trim_end_matches(".js");
        file.file.ends_with(&format!("/{stem}.d.ts"))
    })?;
    let (_, exported_local) = files[target].exports.get(&local).cloned().unwrap_or((None, local.clone()));
    resolve(files, target, &exported_local, depth + 1)
}

/// The route's `{x.id}` placeholder as path segments, for an SDK `_id` argument.
fn placeholder_with_id(route: &MethodRoute) -> Option<Vec<String>> {
    let path = route.public_path.as_deref()?;
    path.split('{').skip(1).filter_map(|piece| piece.split_once('}')).map(|(name, _)| name).find_map(|name| {
        let (parent, field) = name.split_once('.')?;
        (field == "id").then(|| vec![parent.to_string(), field.to_string()])
    })
}

/// The summary (first paragraph, on one line) and the rest of a method's JSDoc text.
fn split_summary(text: &str) -> (String, String) {
    let text = text.trim();
    let (first, rest) = match text.find("\n\n") {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let summary = first.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    (summary, rest.trim().to_string())
}

/// `@param name - docs` of the SDK function.
fn param_docs(docs: &JsDoc, name: &str) -> Option<String> {
    docs.tag_values("param").find_map(|value| {
        let (param, text) = value.split_once(" - ")?;
        (param.trim() == name && !text.trim().is_empty()).then(|| text.trim().to_string())
    })
}

/// How descriptions say that what they describe is deprecated, instead of a `@deprecated` tag.
const DEPRECATION_LEADS: [&str; 5] =
    ["__Deprecated__.", "__Deprecated.__", "**Deprecated**.", "**Deprecated.**", "Deprecated."];

/// A description without a lead saying it is deprecated, which the deprecation note says instead.
fn without_deprecation_lead(text: &str) -> &str {
    DEPRECATION_LEADS.iter().find_map(|lead| text.trim().strip_prefix(lead)).map_or(text, str::trim)
}

/// Why a field, value or method is deprecated: its `@deprecated` text, with what replaces it and
/// when it goes; or a description that starts by saying so (`__Deprecated__. Use X instead.`).
fn deprecation(docs: &JsDoc) -> Option<String> {
    let from_text =
        DEPRECATION_LEADS.iter().find_map(|lead| docs.text.trim().strip_prefix(lead)).map(str::trim);
    let tagged = docs.tag("deprecated");
    if tagged.is_none() && from_text.is_none() {
        return None;
    }
    let mut note: Vec<String> = Vec::new();
    let text = tagged.filter(|text| !text.trim().is_empty() && text.trim() != "Deprecated.").or(from_text);
    if let Some(text) = text.filter(|text| !text.is_empty()) {
        note.push(text.lines().map(str::trim).collect::<Vec<_>>().join(" "));
    }
    if let Some(replacement) = docs.tag("replacedBy") {
        note.push(format!("Use `{}` instead.", replacement.to_lower_camel_case()));
    }
    if let Some(date) = docs.tag("targetRemovalDate") {
        note.push(format!("Wix plans to remove it on {date}."));
    }
    if note.is_empty() {
        note.push("Deprecated by Wix.".to_string());
    }
    Some(note.join(" "))
}

/// Whether `@min`/`@max` have a fraction, which only a float can take.
fn fractional_bounds(docs: &JsDoc) -> bool {
    docs.tag_values("min").chain(docs.tag_values("max")).any(|bound| bound.contains('.'))
}

/// `NOT_SUPPORTED_BY_PROVIDER` -> `Not supported by provider.`
fn humanize(code: &str) -> String {
    let words = code.to_lowercase().replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => NO_DOCS.to_string(),
    }
}

/// The group name of a oneof interface: `ConnectionSyncConfigSyncToCalendarSyncToOneOf` extended by
/// `ConnectionSyncConfigSyncToCalendar` -> `syncTo`.
fn group_name(owner: &str, oneof: &str) -> String {
    let stem = oneof.strip_suffix("OneOf").unwrap_or(oneof);
    let stem = stem.strip_prefix(owner).filter(|rest| !rest.is_empty()).unwrap_or(stem);
    stem.to_lower_camel_case()
}

/// A type as TypeScript writes it, for messages.
fn describe(ty: &TsType) -> String {
    match ty {
        TsType::String => "string".into(),
        TsType::Number => "number".into(),
        TsType::Boolean => "boolean".into(),
        TsType::Any => "any".into(),
        TsType::Null => "null".into(),
        TsType::Undefined => "undefined".into(),
        TsType::StringLiteral(value) => format!("'{value}'"),
        TsType::Ref(name, arguments) if arguments.is_empty() => name.clone(),
        TsType::Ref(name, arguments) => {
            format!("{name}<{}>", arguments.iter().map(describe).collect::<Vec<_>>().join(", "))
        }
        TsType::Array(item) => format!("{}[]", describe(item)),
        TsType::Union(members) => members.iter().map(describe).collect::<Vec<_>>().join(" | "),
        TsType::Intersection(members) => members.iter().map(describe).collect::<Vec<_>>().join(" & "),
        TsType::Object(_) => "{ ... }".into(),
        TsType::Other(text) => text.clone(),
    }
}

/// Replaces the spec's types that a spec of shared types has in the same shape by references to it.
fn share(spec: &mut Spec, shared: &[SharedTypes]) {
    for shared in shared {
        let mut matching: BTreeSet<String> =
            spec.types.keys().filter(|name| shared.types.contains_key(*name)).cloned().collect();
        loop {
            let failing: Vec<String> = matching
                .iter()
                .filter(|name| !same_shape(&spec.types[*name], &shared.types[*name], &matching))
                .cloned()
                .collect();
            if failing.is_empty() {
                break;
            }
            for name in failing {
                matching.remove(&name);
            }
        }
        let qualify = |ty: &mut TypeExpr| requalify(ty, &matching, &shared.api);
        for definition in spec.types.values_mut() {
            for field in definition.fields.iter_mut().flat_map(|fields| fields.values_mut()) {
                qualify(&mut field.ty);
            }
            for field in definition.oneof.values_mut().flat_map(|group| group.fields.values_mut()) {
                qualify(&mut field.ty);
            }
        }
        for method in spec.methods.values_mut() {
            for param in method.params.values_mut() {
                qualify(&mut param.ty);
            }
        }
        spec.types.retain(|name, _| !matching.contains(name));
    }
}

fn requalify(ty: &mut TypeExpr, matching: &BTreeSet<String>, api: &str) {
    match ty {
        TypeExpr::Named(name) if matching.contains(name.as_str()) => *name = format!("{api}.{name}"),
        TypeExpr::List(inner) | TypeExpr::Map(inner) => requalify(inner, matching, api),
        _ => {}
    }
}

/// Whether `own` can be the shared type: an enum with no values the shared one lacks; an object
/// whose fields the shared one has with the same types and required-ness, and which has every
/// required field of the shared one. Named types match where both name a type of `matching`.
fn same_shape(own: &TypeDef, shared: &TypeDef, matching: &BTreeSet<String>) -> bool {
    match (&own.values, &shared.values, &own.fields, &shared.fields) {
        (Some(own), Some(shared), _, _) => own.keys().all(|value| shared.contains_key(value)),
        (None, None, Some(own_fields), Some(shared_fields)) => {
            own.oneof.is_empty()
                && shared.oneof.is_empty()
                && own_fields.iter().all(|(name, field)| {
                    shared_fields.get(name).is_some_and(|other| {
                        other.required == field.required && same_type(&field.ty, &other.ty, matching)
                    })
                })
                && shared_fields.iter().all(|(name, field)| !field.required || own_fields.contains_key(name))
        }
        _ => false,
    }
}

fn same_type(own: &TypeExpr, shared: &TypeExpr, matching: &BTreeSet<String>) -> bool {
    match (own, shared) {
        (TypeExpr::List(a), TypeExpr::List(b)) | (TypeExpr::Map(a), TypeExpr::Map(b)) => {
            same_type(a, b, matching)
        }
        (TypeExpr::Named(a), TypeExpr::Named(b)) => a == b && matching.contains(a),
        (a, b) => a == b,
    }
}

/// Drops the types no method reaches.
fn prune(spec: &mut Spec) {
    let mut reached: HashSet<String> = HashSet::new();
    let mut queue: Vec<String> = Vec::new();
    let mut visit = |ty: &TypeExpr, queue: &mut Vec<String>| {
        if let Some(name) = ty.named()
            && reached.insert(name.to_string())
        {
            queue.push(name.to_string());
        }
    };
    for method in spec.methods.values() {
        for param in method.params.values() {
            visit(&param.ty, &mut queue);
        }
        if let Some(returns) = &method.returns {
            visit(&TypeExpr::Named(returns.clone()), &mut queue);
        }
    }
    while let Some(name) = queue.pop() {
        let Some(definition) = spec.types.get(&name) else { continue };
        let fields = definition.fields.iter().flat_map(|fields| fields.values());
        let alternatives = definition.oneof.values().flat_map(|group| group.fields.values());
        for field in fields.chain(alternatives) {
            visit(&field.ty, &mut queue);
        }
    }
    spec.types.retain(|name, _| reached.contains(name));
}

/// Gives each oneof group a name whose Rust type no other type of the module has: a group named
/// after its stem (`street`) where that is free, else after its owner too (`addressStreet`).
fn name_groups(spec: &mut Spec) {
    use generator::naming::{self, CLIENT_ITEM_NAMES, PRELUDE_TYPE_NAMES};
    let rust = |name: &str| naming::type_name(name).map(|ident| ident.to_string()).unwrap_or_default();
    let mut taken: HashSet<String> =
        CLIENT_ITEM_NAMES.iter().chain(PRELUDE_TYPE_NAMES).map(|name| name.to_string()).collect();
    taken.extend(spec.types.keys().map(|name| rust(name)));
    for name in spec.methods.keys() {
        let generated =
            [naming::request_type(name), naming::error_type(name), naming::validation_rule_type(name)];
        taken.extend(generated.into_iter().flatten().map(|ident| ident.to_string()));
    }
    for (owner, definition) in &mut spec.types {
        let groups = std::mem::take(&mut definition.oneof);
        for (group, alternatives) in groups {
            let mut name = group.clone();
            if taken.contains(&rust(&name)) {
                name = format!("{owner}{}", group.to_upper_camel_case()).to_lower_camel_case();
            }
            let stem = name.clone();
            let mut counter = 2;
            while taken.contains(&rust(&name)) {
                name = format!("{stem}{counter}");
                counter += 1;
            }
            taken.insert(rust(&name));
            definition.oneof.insert(name, alternatives);
        }
    }
}

/// The type `name` names: one of the spec's, or `api.Type` of a spec of shared types.
fn lookup<'s>(
    name: &str,
    types: &'s IndexMap<String, TypeDef>,
    shared: &'s [SharedTypes],
) -> Option<&'s TypeDef> {
    match generator::spec::qualified(name) {
        Some((api, ty)) => shared.iter().find(|shared| shared.api == api)?.types.get(ty),
        None => types.get(name),
    }
}

/// The object type a field holds, qualified as a spec refers to it from the field's owner.
fn held<'s>(
    field: &Field,
    owner_api: Option<&str>,
    types: &'s IndexMap<String, TypeDef>,
    shared: &'s [SharedTypes],
) -> Option<(String, &'s TypeDef)> {
    let TypeExpr::Named(name) = &field.ty else { return None };
    let name = match owner_api {
        Some(api) if generator::spec::qualified(name).is_none() => format!("{api}.{name}"),
        _ => name.clone(),
    };
    lookup(&name, types, shared)
        .filter(|definition| definition.fields.is_some())
        .map(|definition| (name, definition))
}

/// The dotted path, within `fields`, of the first object field named `name` whose type has the
/// fields `wanted` (each with the given type), searched breadth-first to depth 2.
fn find_object(
    fields: &IndexMap<String, Field>,
    name: &str,
    wanted: &[(&str, TypeExpr)],
    types: &IndexMap<String, TypeDef>,
    shared: &[SharedTypes],
) -> Option<String> {
    let has = |definition: &TypeDef| {
        wanted.iter().all(|(field, ty)| {
            definition
                .fields
                .as_ref()
                .and_then(|fields| fields.get(*field))
                .is_some_and(|found| &found.ty == ty)
        })
    };
    if let Some((_, definition)) = fields.get(name).and_then(|field| held(field, None, types, shared))
        && has(definition)
    {
        return Some(name.to_string());
    }
    for (outer, field) in fields {
        let Some((qualified, definition)) = held(field, None, types, shared) else { continue };
        let api = generator::spec::qualified(&qualified).map(|(api, _)| api.to_string());
        let Some(inner) = definition.fields.as_ref().and_then(|inner| inner.get(name)) else { continue };
        if let Some((_, inner_definition)) = held(inner, api.as_deref(), types, shared)
            && has(inner_definition)
        {
            return Some(format!("{outer}.{name}"));
        }
    }
    None
}

/// Paging of a method whose request takes a cursor (`cursorPaging`, or `query.cursorPaging` of a
/// query) and whose response returns the next one (`pagingMetadata.cursors.next`), or that pages
/// by offset (`paging.offset`, `query.paging.offset`); the page's items are the response's one list
/// of objects.
fn paging(
    name: &str,
    method: &Method,
    types: &IndexMap<String, TypeDef>,
    shared: &[SharedTypes],
    notes: &mut Vec<Note>,
    meta: &Typings,
) -> Option<Paging> {
    let response = lookup(method.returns.as_deref()?, types, shared)?.fields.as_ref()?;
    let cursor = find_object(
        &method.params,
        "cursorPaging",
        &[("cursor", TypeExpr::String), ("limit", TypeExpr::Int32)],
        types,
        shared,
    );
    let offset = find_object(
        &method.params,
        "paging",
        &[("offset", TypeExpr::Int32), ("limit", TypeExpr::Int32)],
        types,
        shared,
    );
    if cursor.is_none() && offset.is_none() {
        return None;
    }
    let line = meta.functions.get(name).map_or(0, |function| function.line);
    let at = format!("{}:{line}", meta.file);
    let lists: Vec<&String> = response
        .iter()
        .filter(|(_, field)| {
            matches!(&field.ty, TypeExpr::List(item) if item.named().and_then(|item| lookup(item, types, shared)).is_some_and(|item| item.fields.is_some()))
        })
        .map(|(field, _)| field)
        .collect();
    let [items] = lists.as_slice() else {
        notes.push(Note {
            at,
            message: format!(
                "method `{name}` pages, but its response has {} lists of objects, not one; no paging",
                lists.len()
            ),
        });
        return None;
    };
    let metadata = response.get("pagingMetadata").and_then(|field| held(field, None, types, shared));
    let metadata_has = |path: &[&str], ty: TypeExpr| -> bool {
        let Some((qualified, definition)) = &metadata else { return false };
        let api = generator::spec::qualified(qualified).map(|(api, _)| api.to_string());
        match path {
            [field] => definition
                .fields
                .as_ref()
                .and_then(|fields| fields.get(*field))
                .is_some_and(|found| found.ty == ty),
            [outer, field] => definition
                .fields
                .as_ref()
                .and_then(|fields| fields.get(*outer))
                .and_then(|outer| held(outer, api.as_deref(), types, shared))
                .and_then(|(_, inner)| inner.fields.as_ref()?.get(*field))
                .is_some_and(|found| found.ty == ty),
            _ => false,
        }
    };
    let has_next = metadata_has(&["hasNext"], TypeExpr::Bool).then(|| "pagingMetadata.hasNext".to_string());
    if let Some(cursor) = cursor {
        if !metadata_has(&["cursors", "next"], TypeExpr::String) {
            notes.push(Note { at, message: format!("method `{name}` takes a cursor, but its response has no `pagingMetadata.cursors.next`; no paging") });
            return None;
        }
        // Wix's queries and searches take the cursor instead of the filter, sort and search on
        // following pages ("When requesting `cursor_paging.cursor`, `filter`, `sort`, or `search`
        // can't be specified", CursorSearch in the services typings).
        let keep = (cursor.starts_with("query.") || cursor.starts_with("search.")).then(Vec::new);
        return Some(Paging {
            items: (*items).clone(),
            cursor: Some(format!("{cursor}.cursor")),
            limit: Some(format!("{cursor}.limit")),
            next_cursor: Some("pagingMetadata.cursors.next".into()),
            has_next,
            offset: None,
            total: None,
            keep,
        });
    }
    let offset = offset?;
    Some(Paging {
        items: (*items).clone(),
        cursor: None,
        limit: Some(format!("{offset}.limit")),
        next_cursor: None,
        has_next,
        offset: Some(format!("{offset}.offset")),
        total: metadata_has(&["total"], TypeExpr::Int32).then(|| "pagingMetadata.total".to_string()),
        keep: None,
    })
}

#[cfg(test)]
mod tests;
