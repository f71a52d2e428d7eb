//! Random specs that are valid by construction (by what `spec/README.md` says is valid) and combine
//! every feature of the format in one spec: objects, enums with deprecated values, oneof groups,
//! recursion, nested lists and maps, secrets at any depth, deprecation everywhere it is allowed,
//! nullable fields and params, names that are Rust keywords or shadow what generated code uses, every
//! shape of method, errors with validation rules (statuses sometimes in quotes), paging through nested
//! objects, and odd Markdown in every doc text.
//!
//! A spec is built from a sequence of random decisions (a proptest `Vec<u32>`): the builder reads
//! them in order, and past the end of the sequence every decision takes its first, simplest option,
//! so shrinking the sequence shrinks the spec.

use std::collections::HashSet;

use generator::naming::{camel, snake};
use proptest::prelude::*;
use serde_yaml::{Mapping, Value};

/// How many decisions one spec reads at most; a spec typically reads a few thousand.
const DECISIONS: usize = 1 << 14;

/// A valid spec whose module is `api`, as YAML text.
pub fn valid_spec(api: String) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u32>(), DECISIONS)
        .prop_map(move |decisions| Builder::new(Choices { values: decisions, next: 0 }).spec(&api))
}

/// The random decisions a spec is built from.
struct Choices {
    values: Vec<u32>,
    next: usize,
}

impl Choices {
    fn raw(&mut self) -> u32 {
        let value = self.values.get(self.next).copied().unwrap_or(0);
        self.next += 1;
        value
    }

    /// A number in `0..count` (`count` > 0).
    fn below(&mut self, count: usize) -> usize {
        self.raw() as usize % count.max(1)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True `percent` times in a hundred; false past the end of the decisions.
    fn chance(&mut self, percent: u32) -> bool {
        self.raw() % 100 >= 100 - percent.min(100)
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// Scalar type expressions.
pub(crate) const SCALARS: &[&str] = &[
    "string",
    "bool",
    "int32",
    "int64",
    "float32",
    "float64",
    "timestamp",
    "guid",
    "email",
    "url",
    "json",
    "json_object",
];

/// Scalars a path param may have.
const PATH_SCALARS: &[&str] = &["string", "guid", "int32", "int64"];

/// Field, param and oneof alternative names: Rust keywords (raw or not), names generated code uses
/// for its own bindings, prelude names, YAML's special words, and ordinary camelCase.
#[rustfmt::skip]
const FIELD_NAMES: &[&str] = &[
    "type", "match", "self", "Self", "crate", "super", "async", "fn", "new", "default", "object", "value",
    "request", "call", "page", "cursor", "serializer", "deserializer", "f", "error", "await", "dyn", "gen",
    "try", "yield", "box", "abstract", "union", "static", "ref", "mut", "move", "loop", "where", "unsafe",
    "const", "enum", "struct", "trait", "use", "mod", "pub", "in", "as", "for", "if", "else", "let",
    "return", "impl", "macro", "priv", "typeof", "final", "override", "become", "do", "true", "false",
    "null", "yes", "Option", "Some", "None", "String", "Vec", "Box", "Result", "Ok", "Err", "id", "x", "v2",
    "name", "displayName", "createdDate", "ALLCAPS", "snake_case", "mixed_Case9", "data", "items", "next",
    "hasNext", "limit", "reader", "writer", "deserialize", "serialize", "fmt", "from", "into", "clone",
    "as_str", "with", "withName", "status", "details", "parentId", "e", "s", "d", "t", "html", "url",
    "email", "uuid", "i32", "str", "u8", "bytes", "future", "stream",
];

/// Type names: short names that generic parameters of generated code use, names of types the
/// generated code or its runtime uses, and ordinary ones.
#[rustfmt::skip]
const TYPE_NAMES: &[&str] = &[
    "S", "D", "T", "E", "New", "Value", "Object", "Error", "Page", "Cursor", "Request", "Item", "Call",
    "Writer", "Reader", "Timestamp", "Uuid", "Email", "Url", "SecretString", "Config", "Future", "Stream",
    "Display", "Formatter", "Serializer", "Deserializer", "UnknownValue", "ServiceError", "Operation",
    "BTreeMap", "Type", "Match", "Unknown", "Ord", "AsRef", "ToOwned", "Unpin", "Bytes", "Node", "Tree",
    "Leaf", "Expr", "Pair", "Credentials", "Login", "Vault", "Paging", "Cursors", "Metadata", "Thing",
    "Detail", "Entry", "thing_info", "lowercase", "X1", "Connection", "Status",
];

/// Method names: keywords, names of things the generated client uses, and ordinary camelCase.
#[rustfmt::skip]
const METHOD_NAMES: &[&str] = &[
    "type", "match", "self", "async", "fn", "default", "call", "request", "page", "cursor", "serializer",
    "deserializer", "f", "error", "object", "value", "crate", "super", "await", "execute", "clone", "fmt",
    "listThings", "getThing", "createThing", "updateThing", "deleteThing", "queryItems", "connectByOAuth",
    "v2Sync", "doIt2", "bulkUpdate", "search", "count", "ping", "archive", "restore", "listProviders",
];

/// Oneof group names; single letters become enums named like generic parameters.
#[rustfmt::skip]
const GROUP_NAMES: &[&str] = &[
    "type", "match", "value", "kind", "choice", "s", "d", "e", "t", "async", "fn", "default", "object",
    "request", "page", "error", "f", "new", "source", "target", "payload",
];

/// Enum wire values: keywords, prelude names, digits, punctuation that converts to identifiers, and
/// letters outside ASCII.
#[rustfmt::skip]
const ENUM_VALUES: &[&str] = &[
    "ACTIVE", "INACTIVE", "TYPE", "MATCH", "SELF", "CRATE", "SUPER", "ASYNC", "FN", "NEW", "DEFAULT",
    "OBJECT", "VALUE", "NONE", "SOME", "OK", "ERR", "ERROR", "STRING", "OFFICE_365", "I_CAL", "V2", "365",
    "image/png", "a-b", "dotted.value", "lower_case", "camelCase", "UNKNOWN_VALUE", "self", "type", "Self",
    "GOOGLE", "MICROSOFT", "APPLE", "OUTLOOK", "PENDING", "DONE", "VERDÉ", "ÉTÉ", "€", "日本",
];

/// Error variant names (UpperCamelCase): ordinary ones, and names of prelude items and variants.
#[rustfmt::skip]
const ERROR_NAMES: &[&str] = &[
    "BadRequest", "Unauthenticated", "PermissionDenied", "NotFound", "AlreadyExists", "FailedPrecondition",
    "Internal", "Unavailable", "Ok", "Err", "None", "Some", "Error", "Unknown", "Default", "Type",
    "Conflict", "TooManyRequests",
];

/// Validation rule names: Wix's, and names whose variants are keywords, prelude names or names the
/// rules enum's own code uses.
#[rustfmt::skip]
const RULE_NAMES: &[&str] = &[
    "INVALID_FORM", "INVALID_CATEGORY", "PAYMENT_REQUIRED", "SLUG_CONTAINS_ILLEGAL_CHARACTERS", "TYPE", "SELF",
    "NONE", "SOME", "OK", "ERR", "DEFAULT", "STRING", "V2", "V2_RATE", "INVALID_ARGUMENT", "ERROR", "NEW",
    "FROM", "AS_STR", "A1_B2",
];

/// Application error codes.
#[rustfmt::skip]
const ERROR_CODES: &[&str] = &[
    "BAD_CREDENTIALS", "NOT_FOUND", "TYPE", "SELF", "NONE", "OK", "ERROR", "UNKNOWN", "CODE_1", "V2", "365",
    "ALREADY_CONNECTED", "QUOTA_EXCEEDED", "INVALID_ARGUMENT", "ERR", "SOME", "DEFAULT",
];

const STATUSES: &[u16] = &[400, 401, 403, 404, 409, 412, 422, 428, 429, 499, 500, 502, 503, 504, 599];

/// A type expression, by index into the spec's types for named ones.
#[derive(Debug, Clone, PartialEq)]
enum Ty {
    Scalar(&'static str),
    Named(usize),
    List(Box<Ty>),
    Map(Box<Ty>),
}

impl Ty {
    fn named(&self) -> Option<usize> {
        match self {
            Ty::Scalar(_) => None,
            Ty::Named(index) => Some(*index),
            Ty::List(inner) | Ty::Map(inner) => inner.named(),
        }
    }
}

/// A field of an object or a param of a method.
#[derive(Debug, Clone)]
struct FieldDef {
    name: String,
    ty: Ty,
    required: bool,
    secret: bool,
    deprecated: bool,
    location: Option<&'static str>,
    read_only: bool,
    /// Params only: fields inside the param that the method requires.
    requires: Vec<String>,
    nullable: bool,
}

impl FieldDef {
    fn new(name: &str, ty: Ty, required: bool) -> Self {
        FieldDef {
            name: name.to_string(),
            ty,
            required,
            secret: false,
            deprecated: false,
            location: None,
            read_only: false,
            requires: Vec::new(),
            nullable: false,
        }
    }

    /// Whether the field may be `nullable`: optional, and neither a list nor a map.
    fn may_be_nullable(&self) -> bool {
        !self.required && !matches!(self.ty, Ty::List(_) | Ty::Map(_))
    }
}

#[derive(Debug, Clone)]
struct GroupDef {
    name: String,
    alternatives: Vec<FieldDef>,
}

#[derive(Debug, Clone)]
enum TypeBody {
    Object {
        fields: Vec<FieldDef>,
        groups: Vec<GroupDef>,
    },
    /// Wire values, each with whether it is deprecated and its `rust_name`, if it has one.
    Enum {
        values: Vec<(String, bool, Option<String>)>,
    },
}

#[derive(Debug, Clone)]
struct TypeDef {
    name: String,
    body: TypeBody,
}

#[derive(Debug, Clone)]
struct PagingDef {
    items: String,
    /// The cursor param, or the offset param when paging by offset.
    cursor: String,
    limit: Option<String>,
    /// The next cursor field, or the total field when paging by offset.
    next_cursor: String,
    has_next: Option<String>,
    by_offset: bool,
    keep: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
struct ErrorDef {
    status: u16,
    name: String,
    codes: Vec<String>,
}

#[derive(Debug, Clone)]
struct MethodDef {
    name: String,
    rust_name: Option<String>,
    verb: &'static str,
    path: String,
    params: Vec<FieldDef>,
    returns: Option<usize>,
    errors: Vec<ErrorDef>,
    error_codes: Vec<String>,
    retryable: Option<bool>,
    paging: Option<PagingDef>,
    deprecated: bool,
    validation_rules: Vec<String>,
    /// Query params packed as Wix's SDK sends a complex request.
    complex_query: bool,
}

/// Names taken in one Rust scope, compared after conversion.
#[derive(Default)]
struct Taken(HashSet<String>);

impl Taken {
    /// Claims `rust` if free; says whether it was.
    fn claim(&mut self, rust: String) -> bool {
        self.0.insert(rust)
    }

    fn has(&self, rust: &str) -> bool {
        self.0.contains(rust)
    }
}

struct Builder {
    choices: Choices,
    types: Vec<TypeDef>,
    methods: Vec<MethodDef>,
    /// Rust type names taken: generated ones, the prelude's, the spec's types and oneof enums.
    type_names: Taken,
    /// Rust method names taken on the client, with `_all` streams.
    method_names: Taken,
}

/// Rust names the generator reserves or that the prelude gives; a spec may not use them.
#[rustfmt::skip]
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Client", "MockClient", "Box", "Clone", "Copy", "Debug", "Default", "Drop", "Eq", "Err", "Fn", "FnMut", "FnOnce",
    "From", "Hash", "Into", "Iterator", "None", "Ok", "Option", "PartialEq", "Result", "Self_", "Send",
    "Sized", "Some", "String", "Sync", "ToString", "Vec",
];

impl Builder {
    fn new(choices: Choices) -> Self {
        let mut type_names = Taken::default();
        for name in RESERVED_TYPE_NAMES {
            type_names.claim(name.to_string());
        }
        let mut method_names = Taken::default();
        method_names.claim("new".into());
        Builder { choices, types: Vec::new(), methods: Vec::new(), type_names, method_names }
    }

    fn spec(mut self, api: &str) -> String {
        self.plan_methods();
        self.plan_types();
        self.fill_methods();
        self.yaml(api)
    }

    // ---- names ----

    /// A name from `pool` whose conversion `claim` accepts, or a numbered variant of one.
    fn fresh_name(&mut self, pool: &[&str], mut claim: impl FnMut(&str) -> bool) -> String {
        for _ in 0..8 {
            let name = self.choices.pick(pool);
            if claim(name) {
                return name.to_string();
            }
        }
        let mut number = 2;
        loop {
            let name = format!("{}{number}", self.choices.pick(pool));
            if claim(&name) {
                return name;
            }
            number += 1;
        }
    }

    fn type_name(&mut self) -> String {
        let mut taken = std::mem::take(&mut self.type_names);
        let name = self.fresh_name(TYPE_NAMES, |name| taken.claim(camel(name)));
        self.type_names = taken;
        name
    }

    fn group_name(&mut self, fields: &mut Taken) -> String {
        let mut types = std::mem::take(&mut self.type_names);
        let name = self.fresh_name(GROUP_NAMES, |name| {
            let enum_name = camel(name);
            !types.has(&enum_name)
                && !fields.has(&snake(name))
                && types.claim(enum_name)
                && fields.claim(snake(name))
        });
        self.type_names = types;
        name
    }

    /// A field name free in `rust_names` (snake case) and `wire_names`.
    fn field_name(&mut self, rust_names: &mut Taken, wire_names: &mut Taken) -> String {
        self.fresh_name(FIELD_NAMES, |name| {
            !rust_names.has(&snake(name))
                && !wire_names.has(name)
                && rust_names.claim(snake(name))
                && wire_names.claim(name.to_string())
        })
    }

    // ---- types ----

    fn scalar(&mut self) -> Ty {
        Ty::Scalar(self.choices.pick(SCALARS))
    }

    /// Any type expression: scalars, any type of the spec (itself included), lists and maps of them
    /// nested up to `depth`.
    fn any_ty(&mut self, depth: usize) -> Ty {
        match self.choices.below(if depth == 0 { 2 } else { 4 }) {
            0 => self.scalar(),
            1 => Ty::Named(self.choices.below(self.types.len())),
            2 => Ty::List(Box::new(self.any_ty(depth - 1))),
            _ => Ty::Map(Box::new(self.any_ty(depth - 1))),
        }
    }

    fn plan_types(&mut self) {
        // Every spec holds each feature with a good chance, and at least a few types.
        let count = self.choices.between(4, 9);
        for _ in 0..count {
            let name = self.type_name();
            let body = match self.choices.chance(25) {
                true => TypeBody::Enum { values: Vec::new() },
                false => TypeBody::Object { fields: Vec::new(), groups: Vec::new() },
            };
            self.types.push(TypeDef { name, body });
        }
        if !self.types.iter().any(|ty| matches!(ty.body, TypeBody::Enum { .. })) {
            let name = self.type_name();
            self.types.push(TypeDef { name, body: TypeBody::Enum { values: Vec::new() } });
        }
        // The passes below pick among the objects.
        if !self.types.iter().any(|ty| matches!(ty.body, TypeBody::Object { .. })) {
            self.new_object();
        }
        for index in 0..self.types.len() {
            match self.types[index].body {
                TypeBody::Enum { .. } => self.fill_enum(index),
                TypeBody::Object { .. } => self.fill_object(index),
            }
        }
        self.add_recursion();
        self.add_secrets();
        self.add_nested_collections();
        self.add_wide_object();
        self.add_deep_chain();
    }

    /// A long chain of objects, each holding the next through a map: the deepest nesting rustc and
    /// rustdoc follow to work out auto traits. Short enough that, with the chains the other passes
    /// make, the spec stays within the generator's limit.
    fn add_deep_chain(&mut self) {
        if !self.choices.chance(10) {
            return;
        }
        let objects = self.objects();
        let mut holder = self.choices.pick(&objects);
        for _ in 0..self.choices.between(15, 25) {
            let held = self.new_object();
            self.add_field(holder, Ty::Map(Box::new(Ty::Named(held))), false);
            holder = held;
        }
    }

    fn fill_enum(&mut self, index: usize) {
        let count = self.choices.between(1, 5);
        let mut variants = Taken::default();
        variants.claim("Unknown".into());
        let mut values = Vec::new();
        for _ in 0..count {
            let value = self.fresh_name(ENUM_VALUES, |value| variants.claim(camel(value)));
            values.push((value, self.choices.chance(30), None));
        }
        // `UNKNOWN` would be the catch-all's `Unknown`; its `rust_name` keeps it apart.
        if self.choices.chance(20) && variants.claim("Unspecified".into()) {
            values.push(("UNKNOWN".into(), self.choices.chance(30), Some("Unspecified".into())));
        }
        self.types[index].body = TypeBody::Enum { values };
    }

    fn fill_object(&mut self, index: usize) {
        let mut rust_names = Taken::default();
        let mut wire_names = Taken::default();
        let mut fields = Vec::new();
        // Some objects are markers, `{}` on the wire.
        let count = if self.choices.chance(8) { 0 } else { self.choices.between(1, 6) };
        for _ in 0..count {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.any_ty(3);
            let mut field = FieldDef::new(&name, ty, self.choices.chance(40));
            field.deprecated = self.choices.chance(12);
            field.nullable = field.may_be_nullable() && self.choices.chance(15);
            fields.push(field);
        }
        let mut groups = Vec::new();
        let group_count = match self.choices.below(10) {
            0..=5 => 0,
            6..=8 => 1,
            _ => 2,
        };
        for _ in 0..group_count {
            let name = self.group_name(&mut rust_names);
            let alternatives = self.alternatives(&mut wire_names);
            groups.push(GroupDef { name, alternatives });
        }
        self.types[index].body = TypeBody::Object { fields, groups };
    }

    /// The alternatives of a oneof group: a scalar, a named type, a list and a map, some deprecated.
    fn alternatives(&mut self, wire_names: &mut Taken) -> Vec<FieldDef> {
        let count = self.choices.between(2, 4);
        let mut variants = Taken::default();
        let mut alternatives = Vec::new();
        for position in 0..count {
            let name = self.fresh_name(FIELD_NAMES, |name| {
                !wire_names.has(name)
                    && !variants.has(&camel(name))
                    && variants.claim(camel(name))
                    && wire_names.claim(name.to_string())
            });
            let ty = match position {
                0 => self.scalar(),
                1 => Ty::Named(self.choices.below(self.types.len())),
                2 => Ty::List(Box::new(self.any_ty(1))),
                _ => Ty::Map(Box::new(self.any_ty(1))),
            };
            let mut alternative = FieldDef::new(&name, ty, false);
            alternative.deprecated = self.choices.chance(20);
            alternatives.push(alternative);
        }
        alternatives
    }

    fn objects(&self) -> Vec<usize> {
        (0..self.types.len())
            .filter(|&index| matches!(self.types[index].body, TypeBody::Object { .. }))
            .collect()
    }

    /// Adds a field to object `index`, under a free name; returns the name.
    fn add_field(&mut self, index: usize, ty: Ty, required: bool) -> String {
        let (mut rust_names, mut wire_names) = self.names_of(index);
        let name = self.field_name(&mut rust_names, &mut wire_names);
        if let TypeBody::Object { fields, .. } = &mut self.types[index].body {
            fields.push(FieldDef::new(&name, ty, required));
        }
        name
    }

    /// The Rust and wire names object `index` already uses.
    fn names_of(&self, index: usize) -> (Taken, Taken) {
        let mut rust_names = Taken::default();
        let mut wire_names = Taken::default();
        if let TypeBody::Object { fields, groups } = &self.types[index].body {
            for field in fields {
                rust_names.claim(snake(&field.name));
                wire_names.claim(field.name.clone());
            }
            for group in groups {
                rust_names.claim(snake(&group.name));
                for alternative in &group.alternatives {
                    wire_names.claim(alternative.name.clone());
                }
            }
        }
        (rust_names, wire_names)
    }

    fn new_object(&mut self) -> usize {
        let name = self.type_name();
        self.types.push(TypeDef { name, body: TypeBody::Object { fields: Vec::new(), groups: Vec::new() } });
        self.types.len() - 1
    }

    /// A type holding itself directly, one holding itself through a oneof group, and two holding each
    /// other; through lists and maps too.
    fn add_recursion(&mut self) {
        let objects = self.objects();
        if self.choices.chance(80) {
            let node = self.choices.pick(&objects);
            let required = self.choices.chance(15);
            self.add_field(node, Ty::Named(node), required);
            if self.choices.chance(50) {
                self.add_field(node, Ty::List(Box::new(Ty::Named(node))), false);
            }
        }
        if self.choices.chance(75) {
            let expr = self.choices.pick(&objects);
            let (mut rust_names, mut wire_names) = self.names_of(expr);
            let name = self.group_name(&mut rust_names);
            let mut alternatives = self.alternatives(&mut wire_names);
            alternatives[1].ty = Ty::Named(expr);
            if let TypeBody::Object { groups, .. } = &mut self.types[expr].body {
                groups.push(GroupDef { name, alternatives });
            }
        }
        if self.choices.chance(75) {
            let first = self.choices.pick(&objects);
            let second = self.new_object();
            let required = self.choices.chance(20);
            self.add_field(first, Ty::Named(second), false);
            self.add_field(second, Ty::Named(first), required);
            if self.choices.chance(50) {
                self.add_field(second, Ty::Map(Box::new(Ty::Named(second))), false);
            }
        }
    }

    /// Secret strings at every depth: in an object, in an object held by another, in objects held
    /// in lists and maps, and as oneof alternatives.
    fn add_secrets(&mut self) {
        if !self.choices.chance(85) {
            return;
        }
        let vault = self.new_object();
        for _ in 0..self.choices.between(1, 2) {
            let required = self.choices.chance(50);
            let name = self.add_field(vault, Ty::Scalar("string"), required);
            self.mark_secret(vault, &name);
        }
        let objects = self.objects();
        let holder = self.choices.pick(&objects);
        if holder != vault {
            let required = self.choices.chance(30);
            self.add_field(holder, Ty::Named(vault), required);
        }
        if self.choices.chance(60) {
            let holder = self.choices.pick(&objects);
            if holder != vault {
                self.add_field(holder, Ty::List(Box::new(Ty::Named(vault))), false);
                self.add_field(holder, Ty::Map(Box::new(Ty::List(Box::new(Ty::Named(vault))))), false);
            }
        }
        if self.choices.chance(60) {
            let holder = self.choices.pick(&objects);
            let (mut rust_names, mut wire_names) = self.names_of(holder);
            let name = self.group_name(&mut rust_names);
            let mut alternatives = self.alternatives(&mut wire_names);
            alternatives[0].ty = Ty::Scalar("string");
            alternatives[0].secret = true;
            alternatives[1].ty = Ty::Named(vault);
            if let TypeBody::Object { groups, .. } = &mut self.types[holder].body {
                groups.push(GroupDef { name, alternatives });
            }
        }
        // Secret strings scattered over string fields elsewhere.
        for index in self.objects() {
            if let TypeBody::Object { fields, .. } = &mut self.types[index].body {
                for field in fields.iter_mut() {
                    if field.ty == Ty::Scalar("string") && self.choices.chance(15) {
                        field.secret = true;
                    }
                }
            }
        }
    }

    fn mark_secret(&mut self, index: usize, name: &str) {
        if let TypeBody::Object { fields, .. } = &mut self.types[index].body
            && let Some(field) = fields.iter_mut().find(|field| field.name == name)
        {
            field.secret = true;
        }
    }

    /// `list<map<list<T>>>`, `map<map<T>>`, `list<list<string>>`, ...
    fn add_nested_collections(&mut self) {
        if !self.choices.chance(80) {
            return;
        }
        let objects = self.objects();
        let holder = self.choices.pick(&objects);
        let inner = Ty::Named(self.choices.below(self.types.len()));
        let shapes = [
            Ty::List(Box::new(Ty::Map(Box::new(Ty::List(Box::new(inner.clone())))))),
            Ty::Map(Box::new(Ty::Map(Box::new(inner.clone())))),
            Ty::List(Box::new(Ty::List(Box::new(Ty::Scalar("string"))))),
            Ty::Map(Box::new(Ty::List(Box::new(Ty::Map(Box::new(Ty::Scalar("int64"))))))),
        ];
        for shape in shapes {
            if self.choices.chance(60) {
                let required = self.choices.chance(30);
                self.add_field(holder, shape, required);
            }
        }
    }

    /// An object of many fields, most of them required, so its constructor takes many arguments;
    /// held by a oneof group whose other alternatives are small.
    fn add_wide_object(&mut self) {
        if !self.choices.chance(50) {
            return;
        }
        let objects = self.objects();
        let wide = self.new_object();
        for _ in 0..self.choices.between(8, 12) {
            let ty = if self.choices.chance(70) { Ty::Scalar("string") } else { self.scalar() };
            let required = self.choices.chance(75);
            self.add_field(wide, ty, required);
        }
        if self.choices.chance(70) {
            let holder = self.choices.pick(&objects);
            let (mut rust_names, mut wire_names) = self.names_of(holder);
            let name = self.group_name(&mut rust_names);
            let mut alternatives = self.alternatives(&mut wire_names);
            alternatives[0].ty = Ty::Scalar("bool");
            alternatives[1].ty = Ty::Named(wide);
            if let TypeBody::Object { groups, .. } = &mut self.types[holder].body {
                groups.push(GroupDef { name, alternatives });
            }
        }
    }

    /// Whether a value of `ty` holds a secret anywhere inside.
    fn holds_secret(&self, ty: &Ty) -> bool {
        let mut seen = vec![false; self.types.len()];
        let mut stack: Vec<usize> = ty.named().into_iter().collect();
        while let Some(index) = stack.pop() {
            if std::mem::replace(&mut seen[index], true) {
                continue;
            }
            if let TypeBody::Object { fields, groups } = &self.types[index].body {
                for field in fields.iter().chain(groups.iter().flat_map(|group| &group.alternatives)) {
                    if field.secret {
                        return true;
                    }
                    stack.extend(field.ty.named());
                }
            }
        }
        false
    }

    fn is_enum(&self, index: usize) -> bool {
        matches!(self.types[index].body, TypeBody::Enum { .. })
    }

    // ---- methods ----

    fn plan_methods(&mut self) {
        for _ in 0..self.choices.between(5, 8) {
            let mut rust_name = None;
            let mut names = std::mem::take(&mut self.method_names);
            let mut types = std::mem::take(&mut self.type_names);
            let name = self.fresh_name(METHOD_NAMES, |name| {
                let request = format!("{}Request", camel(name));
                let error = format!("{}Error", camel(name));
                let rules = format!("{}ValidationRule", camel(name));
                !names.has(&snake(name))
                    && !types.has(&request)
                    && !types.has(&error)
                    && !types.has(&rules)
                    && names.claim(snake(name))
                    && types.claim(request)
                    && types.claim(error)
                    && types.claim(rules)
            });
            if self.choices.chance(15) {
                let candidate =
                    format!("{}_call", snake(&name).trim_start_matches("r#").trim_end_matches('_'));
                if snake(&candidate) == candidate && names.claim(candidate.clone()) {
                    names.0.remove(&snake(&name));
                    rust_name = Some(candidate);
                }
            }
            self.method_names = names;
            self.type_names = types;
            self.methods.push(MethodDef {
                name,
                rust_name,
                verb: "GET",
                path: String::new(),
                params: Vec::new(),
                returns: None,
                errors: Vec::new(),
                error_codes: Vec::new(),
                retryable: None,
                paging: None,
                deprecated: false,
                validation_rules: Vec::new(),
                complex_query: false,
            });
        }
        // `new` names the client's constructor; a method of that name needs a `rust_name`.
        if self.choices.chance(40) {
            let rust_name = "create_new".to_string();
            if self.method_names.claim(rust_name.clone())
                && self.type_names.claim("NewRequest".into())
                && self.type_names.claim("NewError".into())
                && self.type_names.claim("NewValidationRule".into())
            {
                self.methods.push(MethodDef {
                    name: "new".into(),
                    rust_name: Some(rust_name),
                    verb: "POST",
                    path: String::new(),
                    params: Vec::new(),
                    returns: None,
                    errors: Vec::new(),
                    error_codes: Vec::new(),
                    retryable: None,
                    paging: None,
                    deprecated: false,
                    validation_rules: Vec::new(),
                    complex_query: false,
                });
            }
        }
    }

    fn fill_methods(&mut self) {
        for index in 0..self.methods.len() {
            // The first methods take each shape in turn, so every spec has all of them.
            let mut shape = if index < 5 { index } else { self.choices.below(5) };
            if shape == 4 && !self.claim_stream(index) {
                shape = 3;
            }
            match shape {
                0 => self.no_params(index),
                1 => self.path_only(index),
                2 => self.query_method(index),
                3 => self.body_method(index),
                _ => self.paged_method(index),
            }
            let (errors, error_codes, validation_rules) = self.errors();
            let method = &mut self.methods[index];
            (method.errors, method.error_codes, method.validation_rules) =
                (errors, error_codes, validation_rules);
            if self.choices.chance(30) {
                self.methods[index].retryable = Some(self.choices.chance(50));
            }
            self.methods[index].deprecated = self.choices.chance(15);
        }
        // A type no method uses, holding others.
        if self.choices.chance(80) {
            let orphan = self.new_object();
            for _ in 0..self.choices.between(1, 3) {
                let ty = self.any_ty(2);
                let required = self.choices.chance(40);
                self.add_field(orphan, ty, required);
            }
        }
    }

    /// Claims the name of the stream of all pages of method `index`.
    fn claim_stream(&mut self, index: usize) -> bool {
        let method = &self.methods[index];
        let rust_name = method.rust_name.clone().unwrap_or_else(|| snake(&method.name));
        self.method_names.claim(format!("{}_all", rust_name.trim_start_matches("r#")))
    }

    fn any_returns(&mut self) -> Option<usize> {
        let objects = self.objects();
        self.choices.chance(75).then(|| self.choices.pick(&objects))
    }

    fn route(&mut self, placeholders: &[String]) -> String {
        let literals = ["v1", "v2", "things", "items", "bookings", "external-calendars", "a.b", "x_y", "~me"];
        let mut path = String::new();
        for _ in 0..self.choices.between(1, 3) {
            path.push('/');
            path.push_str(self.choices.pick(&literals));
        }
        for placeholder in placeholders {
            match self.choices.below(4) {
                0 => path.push_str(&format!("/{{{placeholder}}}/sub")),
                1 => path.push_str(&format!("/{{{placeholder}}}.json")),
                2 => path.push_str(&format!("/id-{{{placeholder}}}")),
                _ => path.push_str(&format!("/{{{placeholder}}}")),
            }
        }
        if self.choices.chance(40) {
            let custom = ["cancel", "connectByOAuth", "bulk-update", "x"];
            path.push(':');
            path.push_str(self.choices.pick(&custom));
        }
        path
    }

    fn path_params(&mut self, count: usize, rust_names: &mut Taken) -> Vec<FieldDef> {
        let mut wire_names = Taken::default();
        (0..count)
            .map(|_| {
                let name = self.field_name(rust_names, &mut wire_names);
                let mut param = FieldDef::new(&name, Ty::Scalar(self.choices.pick(PATH_SCALARS)), true);
                param.deprecated = self.choices.chance(10);
                param
            })
            .collect()
    }

    fn no_params(&mut self, index: usize) {
        let verb = self.choices.pick(&["GET", "POST", "PUT", "PATCH", "DELETE"]);
        let path = self.route(&[]);
        let returns = self.any_returns();
        let method = &mut self.methods[index];
        method.verb = verb;
        method.path = path;
        method.returns = returns;
    }

    fn path_only(&mut self, index: usize) {
        let verb = self.choices.pick(&["GET", "POST", "PUT", "PATCH", "DELETE"]);
        let count = self.choices.between(1, 3);
        let params = self.path_params(count, &mut Taken::default());
        let names: Vec<String> = params.iter().map(|param| param.name.clone()).collect();
        let path = self.route(&names);
        let returns = self.any_returns();
        let method = &mut self.methods[index];
        method.verb = verb;
        method.path = path;
        method.params = params;
        method.returns = returns;
    }

    /// A type a query param may have: a scalar, an enum, a list of either, or an object that holds
    /// no secret.
    fn query_ty(&mut self) -> Ty {
        let secret_free: Vec<usize> =
            (0..self.types.len()).filter(|&index| !self.holds_secret(&Ty::Named(index))).collect();
        let enums: Vec<usize> = (0..self.types.len()).filter(|&index| self.is_enum(index)).collect();
        match self.choices.below(5) {
            0 | 1 => self.scalar(),
            2 if !enums.is_empty() => Ty::Named(self.choices.pick(&enums)),
            3 => match self.choices.chance(30) && !enums.is_empty() {
                true => Ty::List(Box::new(Ty::Named(self.choices.pick(&enums)))),
                false => Ty::List(Box::new(self.scalar())),
            },
            _ if !secret_free.is_empty() => Ty::Named(self.choices.pick(&secret_free)),
            _ => self.scalar(),
        }
    }

    fn query_method(&mut self, index: usize) {
        let verb = self.choices.pick(&["GET", "DELETE"]);
        let mut rust_names = Taken::default();
        let mut wire_names = Taken::default();
        let path_count = self.choices.below(2);
        let mut params = self.path_params(path_count, &mut rust_names);
        for param in &params {
            wire_names.claim(param.name.clone());
        }
        let names: Vec<String> = params.iter().map(|param| param.name.clone()).collect();
        for _ in 0..self.choices.between(1, 4) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.query_ty();
            let mut param = FieldDef::new(&name, ty, self.choices.chance(30));
            param.deprecated = self.choices.chance(12);
            if self.choices.chance(20) {
                param.location = Some("query");
            }
            params.push(param);
        }
        // DELETE may carry a body; GET may not.
        if verb == "DELETE" && self.choices.chance(30) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.any_ty(2);
            let mut param = FieldDef::new(&name, ty, self.choices.chance(50));
            param.location = Some("body");
            param.secret = param.ty == Ty::Scalar("string") && self.choices.chance(50);
            params.push(param);
        }
        let path = self.route(&names);
        let returns = self.any_returns();
        let complex_query = self.choices.chance(30);
        let method = &mut self.methods[index];
        method.verb = verb;
        method.path = path;
        method.params = params;
        method.returns = returns;
        method.complex_query = complex_query;
    }

    /// The entity of an update: the route takes its ID from it (the returned placeholder), Wix sets
    /// some of its fields (read-only), and the method may require one of its optional fields.
    fn entity_param(&mut self, rust_names: &mut Taken, wire_names: &mut Taken) -> (FieldDef, String) {
        let entity = self.new_object();
        let id_type = self.choices.pick(PATH_SCALARS);
        let id = self.add_field(entity, Ty::Scalar(id_type), false);
        let id_read_only = self.choices.chance(50);
        self.set_read_only(entity, &id, id_read_only);
        self.deprecate_sometimes(entity, &id);
        for _ in 0..self.choices.below(3) {
            let ty = self.scalar();
            let field = self.add_field(entity, ty, false);
            self.set_read_only(entity, &field, true);
        }
        let name = self.field_name(rust_names, wire_names);
        let mut param = FieldDef::new(&name, Ty::Named(entity), true);
        if self.choices.chance(60) {
            let ty = self.scalar();
            let required = self.add_field(entity, ty, false);
            self.deprecate_sometimes(entity, &required);
            let argument = snake(&format!("{name}_{required}"));
            if !rust_names.has(&argument) {
                rust_names.claim(argument);
                param.requires.push(required);
            }
        }
        (param, format!("{name}.{id}"))
    }

    fn set_read_only(&mut self, index: usize, name: &str, read_only: bool) {
        if let TypeBody::Object { fields, .. } = &mut self.types[index].body
            && let Some(field) = fields.iter_mut().find(|field| field.name == name)
        {
            field.read_only = read_only;
        }
    }

    fn body_method(&mut self, index: usize) {
        let verb = self.choices.pick(&["POST", "PUT", "PATCH"]);
        let mut rust_names = Taken::default();
        let mut wire_names = Taken::default();
        let path_count = self.choices.below(3);
        let mut params = self.path_params(path_count, &mut rust_names);
        for param in &params {
            wire_names.claim(param.name.clone());
        }
        let names: Vec<String> = params.iter().map(|param| param.name.clone()).collect();
        for _ in 0..self.choices.between(1, 5) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.any_ty(3);
            let mut param = FieldDef::new(&name, ty, self.choices.chance(40));
            param.deprecated = self.choices.chance(10);
            if self.choices.chance(15) {
                param.location = Some("body");
            }
            param.nullable = param.may_be_nullable() && self.choices.chance(20);
            params.push(param);
        }
        // A secret body param, and a query param on a body method.
        if self.choices.chance(70) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let mut param = FieldDef::new(&name, Ty::Scalar("string"), self.choices.chance(50));
            param.secret = true;
            param.nullable = param.may_be_nullable() && self.choices.chance(30);
            params.push(param);
        }
        if self.choices.chance(30) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.query_ty();
            let mut param = FieldDef::new(&name, ty, self.choices.chance(30));
            param.location = Some("query");
            params.push(param);
        }
        let mut names = names;
        if self.choices.chance(40) {
            let (param, placeholder) = self.entity_param(&mut rust_names, &mut wire_names);
            names.push(placeholder);
            params.push(param);
        }
        let path = self.route(&names);
        let returns = self.any_returns();
        let method = &mut self.methods[index];
        method.verb = verb;
        method.path = path;
        method.params = params;
        method.returns = returns;
    }

    /// A method that pages: the cursor and limit as params or fields of (nested) object params, the
    /// items, next cursor and has-next flag as fields of the response or of objects inside it.
    fn paged_method(&mut self, index: usize) {
        let verb = self.choices.pick(&["GET", "POST"]);
        let mut rust_names = Taken::default();
        let mut wire_names = Taken::default();
        let mut params = Vec::new();
        let by_offset = self.choices.chance(30);
        let marker = Ty::Scalar(if by_offset { "int32" } else { "string" });

        // The request side.
        let (cursor, limit) = match self.choices.below(3) {
            0 => {
                let cursor = self.field_name(&mut rust_names, &mut wire_names);
                let mut param = FieldDef::new(&cursor, marker.clone(), self.choices.chance(30));
                param.deprecated = self.choices.chance(15);
                params.push(param);
                let limit = self.choices.chance(60).then(|| {
                    let limit = self.field_name(&mut rust_names, &mut wire_names);
                    let mut param = FieldDef::new(&limit, Ty::Scalar("int32"), false);
                    param.deprecated = self.choices.chance(15);
                    params.push(param);
                    limit
                });
                (cursor, limit)
            }
            // The stream creates each optional object on the cursor's path with its `Default`, so
            // the type of an optional object there has no required field.
            depth => {
                let param = self.field_name(&mut rust_names, &mut wire_names);
                let object = self.new_object();
                let mut optional = !self.choices.chance(30);
                params.push(FieldDef::new(&param, Ty::Named(object), !optional));
                let mut holder = object;
                let mut prefix = param;
                for _ in 1..depth {
                    let inner = self.new_object();
                    let required = !optional && self.choices.chance(30);
                    let name = self.add_field(holder, Ty::Named(inner), required);
                    prefix = format!("{prefix}.{name}");
                    holder = inner;
                    optional = !required;
                }
                let required = !optional && self.choices.chance(30);
                let cursor = self.add_field(holder, marker.clone(), required);
                let limit = self.choices.chance(70).then(|| {
                    let name = self.add_field(holder, Ty::Scalar("int32"), false);
                    self.deprecate_sometimes(holder, &name);
                    format!("{prefix}.{name}")
                });
                self.deprecate_sometimes(holder, &cursor);
                (format!("{prefix}.{cursor}"), limit)
            }
        };
        // Other params besides paging, which following pages may leave out.
        let mut others = Vec::new();
        for _ in 0..self.choices.below(3) {
            let name = self.field_name(&mut rust_names, &mut wire_names);
            let ty = self.query_ty();
            params.push(FieldDef::new(&name, ty, self.choices.chance(20)));
            others.push(name);
        }
        let keep = self
            .choices
            .chance(40)
            .then(|| others.into_iter().filter(|_| self.choices.chance(50)).collect::<Vec<_>>());

        // The response side.
        let response = self.new_object();
        let item = match self.choices.below(3) {
            0 => self.scalar(),
            1 => Ty::Named(self.choices.below(self.types.len())),
            _ => self.any_ty(2),
        };
        let items = match self.choices.chance(30) {
            false => {
                let required = self.choices.chance(40);
                let items = self.add_field(response, Ty::List(Box::new(item)), required);
                self.deprecate_sometimes(response, &items);
                items
            }
            true => {
                let data = self.new_object();
                let required = self.choices.chance(40);
                let holder = self.add_field(response, Ty::Named(data), required);
                let required = self.choices.chance(40);
                let items = self.add_field(data, Ty::List(Box::new(item)), required);
                format!("{holder}.{items}")
            }
        };
        let depth = self.choices.below(3);
        let mut holder = response;
        let mut prefix = String::new();
        for _ in 0..depth {
            let inner = self.new_object();
            let required = self.choices.chance(30);
            let name = self.add_field(holder, Ty::Named(inner), required);
            prefix.push_str(&name);
            prefix.push('.');
            holder = inner;
        }
        let required = self.choices.chance(30);
        let next = self.add_field(holder, marker, required);
        self.deprecate_sometimes(holder, &next);
        let has_next = self.choices.chance(60).then(|| {
            let required = self.choices.chance(30);
            let flag = self.add_field(holder, Ty::Scalar("bool"), required);
            self.deprecate_sometimes(holder, &flag);
            format!("{prefix}{flag}")
        });
        let path = self.route(&[]);
        let method = &mut self.methods[index];
        method.verb = verb;
        method.path = path;
        method.params = params;
        method.returns = Some(response);
        let next_cursor = format!("{prefix}{next}");
        method.paging = Some(PagingDef { items, cursor, limit, next_cursor, has_next, by_offset, keep });
    }

    fn deprecate_sometimes(&mut self, index: usize, name: &str) {
        let deprecated = self.choices.chance(15);
        if let TypeBody::Object { fields, .. } = &mut self.types[index].body
            && let Some(field) = fields.iter_mut().find(|field| field.name == name)
        {
            field.deprecated = deprecated;
        }
    }

    /// Documented statuses with their codes, codes whose status is not documented, and validation
    /// rules.
    fn errors(&mut self) -> (Vec<ErrorDef>, Vec<String>, Vec<String>) {
        let mut variants = Taken::default();
        let mut codes_seen = Taken::default();
        let mut statuses = Taken::default();
        let mut errors = Vec::new();
        for _ in 0..self.choices.below(4) {
            let status = self.choices.pick(STATUSES);
            if !statuses.claim(status.to_string()) {
                continue;
            }
            let name = self.fresh_name(ERROR_NAMES, |name| variants.claim(name.to_string()));
            let mut codes = Vec::new();
            for _ in 0..self.choices.below(3) {
                let code = self.choices.pick(ERROR_CODES);
                if !codes_seen.has(code) && !variants.has(&camel(code)) {
                    codes_seen.claim(code.to_string());
                    variants.claim(camel(code));
                    codes.push(code.to_string());
                }
            }
            errors.push(ErrorDef { status, name, codes });
        }
        let mut codes_without_status = Vec::new();
        for _ in 0..self.choices.below(3) {
            let code = self.choices.pick(ERROR_CODES);
            if !codes_seen.has(code) && !variants.has(&camel(code)) {
                codes_seen.claim(code.to_string());
                variants.claim(camel(code));
                codes_without_status.push(code.to_string());
            }
        }
        // Without a documented 400, the error enum gets `InvalidArgument` for it, so that name must be
        // free.
        let mut rules = Vec::new();
        let has_400 = statuses.has("400");
        if self.choices.chance(30) && (has_400 || variants.claim("InvalidArgument".into())) {
            let mut rule_variants = Taken::default();
            rule_variants.claim("Unknown".into());
            for _ in 0..self.choices.between(1, 4) {
                let rule = self.choices.pick(RULE_NAMES);
                if rule_variants.claim(camel(rule)) {
                    rules.push(rule.to_string());
                }
            }
        }
        (errors, codes_without_status, rules)
    }

    // ---- docs ----

    /// Names the docs may mention: every method and type of the spec.
    fn mentionable(&self) -> Vec<String> {
        self.methods
            .iter()
            .map(|method| method.name.clone())
            .chain(self.types.iter().map(|ty| ty.name.clone()))
            .collect()
    }

    fn mention(&mut self) -> String {
        let names = self.mentionable();
        format!("[{}]", self.choices.pick(&names))
    }

    /// One line of prose, with odd Markdown now and then.
    fn line(&mut self) -> String {
        #[rustfmt::skip]
        const WORDS: &[&str] = &[
            "the", "connection", "schedule", "calendar", "is", "synced", "with", "an", "external", "account",
            "when", "provider", "returns", "value", "of", "each", "item", "page",
        ];
        let mut words: Vec<String> =
            (0..self.choices.between(2, 9)).map(|_| self.choices.pick(WORDS).to_string()).collect();
        match self.choices.below(24) {
            0 => words.push(self.mention()),
            1 => words.push("`code`".into()),
            2 => words.push("*emphasis*, _under_ and **bold**".into()),
            3 => words.push("<T>".into()),
            4 => words.push("Vec<String>".into()),
            5 => words.push("https://example.com/x".into()),
            6 => words.push("a_snake_name and __dunder__ and 2 * 3 * 4".into()),
            7 => words.push("`unbalanced tick".into()),
            8 => words.push("[ ] or [two words] or [0] or [a, b] or [^1]".into()),
            9 => words.push("\u{1}\u{7}\u{1b}[0m".into()),
            10 => words.push("café, naïve, 日本語, 🎉, Ω".into()),
            11 => words.push("\"quoted\" and \\backslash\\ and */ and /* and @0 and #[doc = \"@1\"]".into()),
            _ => {}
        }
        let mut line = words.join(" ");
        if let Some(first) = line.get(..1) {
            line = first.to_uppercase() + &line[1..];
        }
        line.push_str(self.choices.pick(&[".", ".", ";", " {}", " }", ":", "", " \\"]));
        line
    }

    /// A block of Markdown: a paragraph, a code block, a list, a heading, ...
    fn block(&mut self) -> String {
        match self.choices.below(20) {
            0..=5 => (0..self.choices.between(1, 3)).map(|_| self.line()).collect::<Vec<_>>().join("\n"),
            6 => format!("See {} and {}.", self.mention(), self.mention()),
            7 => "Returns a Vec<String>, an Option<T> or a <b>bold</b> <br> map, since a < b > c.".into(),
            8 => "Details at https://example.com/x, <https://example.com/autolink> and [the docs](https://example.com/docs).".into(),
            9 => match self.choices.below(3) {
                0 => "```\nlet x = 1;\n```".into(),
                1 => "```\n{ \"key\": [1, 2] }\n```".into(),
                _ => "```\nGET /v1/things?x=1\n```".into(),
            },
            10 => match self.choices.chance(50) {
                true => "```yaml\napi: x\nmethods: {}\n```".into(),
                false => "```json\n{\"a\": [1, {\"b\": null}]}\n```".into(),
            },
            11 => format!("{}:\n\n    let indented = code;\n    more(code);", self.line()),
            12 => format!("- {}\ncontinued lazily, {}\n- {}\n  indented continuation", self.line(), self.line(), self.line()),
            13 => format!("1. {}\n2. {}\nlazy line;", self.line(), self.mention()),
            14 => format!("Call it like this;\nor with {{}}\nand close }}\n{}", self.line()),
            15 => format!("   \u{1}\t \u{b}\u{c} words \u{7}\u{85}\r amid control characters \u{1b}\n   \n{}", self.line()),
            16 => format!("# Heading\n\n{}\n\n## Sub heading #\n\n{}", self.line(), self.line()),
            17 => format!("| a | b |\n|---|---|\n| `x` | {} |\n\n> Quoted\nlazily\n\n<!-- hidden -->", self.mention()),
            18 => format!("[docs]: https://example.com/ref\n\nRead the [docs] and the note[^1].\n\n[^1]: {}", self.line()),
            _ => format!("<details><summary>More</summary>\n\n{}\n\n</details>", self.line()),
        }
    }

    /// A doc text: one or more blocks, never empty.
    fn docs(&mut self) -> String {
        if self.choices.chance(55) {
            return self.line();
        }
        let blocks: Vec<String> = (0..self.choices.between(1, 3)).map(|_| self.block()).collect();
        let separator = if self.choices.chance(20) { "\n  \n" } else { "\n\n" };
        blocks.join(separator)
    }

    /// A method's docs: prose with sections such as `### Next steps`.
    fn method_docs(&mut self) -> String {
        let mut text = self.docs();
        if self.choices.chance(50) {
            text.push_str(&format!("\n\n### Next steps\n\n- Call {}.\n- {}", self.mention(), self.line()));
        }
        text
    }

    /// A deprecation note.
    fn deprecation(&mut self) -> String {
        match self.choices.below(5) {
            0 => "Use `other` instead.".into(),
            1 => "Deprecated since \"v2\"; see <https://example.com/deprecations>.".into(),
            2 => format!("Use {} instead.", self.mention()),
            3 => "Will be removed.\nUse the new field; it is \\ better {}.".into(),
            _ => self.line(),
        }
    }

    // ---- YAML ----

    fn ty_text(&self, ty: &Ty) -> String {
        match ty {
            Ty::Scalar(scalar) => scalar.to_string(),
            Ty::Named(index) => self.types[*index].name.clone(),
            Ty::List(inner) => format!("list<{}>", self.ty_text(inner)),
            Ty::Map(inner) => format!("map<{}>", self.ty_text(inner)),
        }
    }

    /// A field, param or oneof alternative; `required` is not allowed on alternatives, not even
    /// `false`.
    fn field_yaml(&mut self, field: &FieldDef, alternative: bool) -> Value {
        let mut map = Mapping::new();
        map.insert("type".into(), self.ty_text(&field.ty).into());
        map.insert("docs".into(), self.docs().into());
        if !alternative && (field.required || self.choices.chance(10)) {
            map.insert("required".into(), field.required.into());
        }
        if field.secret || self.choices.chance(5) {
            map.insert("secret".into(), field.secret.into());
        }
        if field.deprecated {
            map.insert("deprecated".into(), self.deprecation().into());
        }
        if let Some(location) = field.location {
            map.insert("in".into(), location.into());
        }
        if field.read_only {
            map.insert("read_only".into(), true.into());
        }
        if !field.requires.is_empty() {
            let required = field.requires.iter().map(|name| Value::from(name.clone())).collect();
            map.insert("requires".into(), Value::Sequence(required));
        }
        if field.nullable || (!alternative && self.choices.chance(5)) {
            map.insert("nullable".into(), field.nullable.into());
        }
        Value::Mapping(map)
    }

    fn fields_yaml(&mut self, fields: &[FieldDef], alternatives: bool) -> Value {
        let mut map = Mapping::new();
        for field in fields {
            let value = self.field_yaml(field, alternatives);
            map.insert(field.name.clone().into(), value);
        }
        Value::Mapping(map)
    }

    fn type_yaml(&mut self, ty: &TypeDef) -> Value {
        let mut map = Mapping::new();
        map.insert("docs".into(), self.docs().into());
        match &ty.body {
            TypeBody::Object { fields, groups } => {
                map.insert("fields".into(), self.fields_yaml(fields, false));
                if !groups.is_empty() {
                    let mut oneof = Mapping::new();
                    for group in groups {
                        let mut details = Mapping::new();
                        details.insert("docs".into(), self.docs().into());
                        details.insert("fields".into(), self.fields_yaml(&group.alternatives, true));
                        oneof.insert(group.name.clone().into(), Value::Mapping(details));
                    }
                    map.insert("oneof".into(), Value::Mapping(oneof));
                }
            }
            TypeBody::Enum { values } => {
                let mut variants = Mapping::new();
                for (value, deprecated, rust_name) in values {
                    let docs = self.docs();
                    // The long form where a key needs it, and sometimes where none does.
                    let entry = match *deprecated || rust_name.is_some() || self.choices.chance(15) {
                        true => {
                            let mut details = Mapping::new();
                            details.insert("docs".into(), docs.into());
                            if *deprecated {
                                details.insert("deprecated".into(), self.deprecation().into());
                            }
                            if let Some(rust_name) = rust_name {
                                details.insert("rust_name".into(), rust_name.clone().into());
                            }
                            Value::Mapping(details)
                        }
                        false => docs.into(),
                    };
                    variants.insert(value.clone().into(), entry);
                }
                map.insert("enum".into(), Value::Mapping(variants));
            }
        }
        Value::Mapping(map)
    }

    fn method_yaml(&mut self, method: &MethodDef) -> Value {
        let mut map = Mapping::new();
        let mut summary = self.line();
        if self.choices.chance(20) {
            summary = format!("{} {}", summary, self.mention());
        }
        map.insert("summary".into(), summary.into());
        if let Some(rust_name) = &method.rust_name {
            map.insert("rust_name".into(), rust_name.clone().into());
        }
        map.insert("http".into(), format!("{} {}", method.verb, method.path).into());
        if self.choices.chance(80) {
            map.insert("docs".into(), self.method_docs().into());
        } else if self.choices.chance(50) {
            map.insert("docs".into(), "".into());
        }
        if self.choices.chance(40) {
            map.insert("authentication".into(), self.docs().into());
        }
        if self.choices.chance(40) {
            let permissions = [
                "Manage Things",
                "Read <Stuff>",
                "SCOPE.THINGS-READ",
                "a `code` scope",
                "https://example.com/scope",
            ];
            let chosen: Vec<Value> =
                (0..self.choices.between(1, 3)).map(|_| (self.choices.pick(&permissions)).into()).collect();
            map.insert("permissions".into(), Value::Sequence(chosen));
        } else if self.choices.chance(20) {
            map.insert("permissions".into(), Value::Sequence(Vec::new()));
        }
        // Keys at their defaults, written out now and then.
        if !method.params.is_empty() || self.choices.chance(30) {
            map.insert("params".into(), self.fields_yaml(&method.params, false));
        }
        if let Some(returns) = method.returns {
            map.insert("returns".into(), self.types[returns].name.clone().into());
        }
        if !method.errors.is_empty() || self.choices.chance(30) {
            let mut errors = Mapping::new();
            for error in &method.errors {
                let mut details = Mapping::new();
                details.insert("name".into(), error.name.clone().into());
                details.insert("docs".into(), self.docs().into());
                if !error.codes.is_empty() {
                    let mut codes = Mapping::new();
                    for code in &error.codes {
                        codes.insert(code.clone().into(), self.docs().into());
                    }
                    details.insert("codes".into(), Value::Mapping(codes));
                }
                // A status may be written in quotes, as JSON writes keys.
                let status = match self.choices.chance(20) {
                    true => Value::String(error.status.to_string()),
                    false => error.status.into(),
                };
                errors.insert(status, Value::Mapping(details));
            }
            map.insert("errors".into(), Value::Mapping(errors));
        }
        if let Some(retryable) = method.retryable {
            map.insert("retryable".into(), retryable.into());
        }
        if !method.error_codes.is_empty() {
            let mut codes = Mapping::new();
            for code in &method.error_codes {
                codes.insert(code.clone().into(), self.docs().into());
            }
            map.insert("error_codes".into(), Value::Mapping(codes));
        }
        if method.deprecated {
            map.insert("deprecated".into(), self.docs().into());
        }
        if self.choices.chance(10) {
            map.insert("developer_preview".into(), true.into());
        }
        if method.complex_query {
            map.insert("complex_query".into(), true.into());
        }
        // The default, `[]`, written out now and then.
        if !method.validation_rules.is_empty() || self.choices.chance(10) {
            let rules = method.validation_rules.iter().map(|rule| Value::from(rule.as_str())).collect();
            map.insert("validation_rules".into(), Value::Sequence(rules));
        }
        if let Some(paging) = &method.paging {
            let mut details = Mapping::new();
            let (marker, next) = match paging.by_offset {
                true => ("offset", "total"),
                false => ("cursor", "next_cursor"),
            };
            details.insert("items".into(), paging.items.clone().into());
            details.insert(marker.into(), paging.cursor.clone().into());
            if let Some(limit) = &paging.limit {
                details.insert("limit".into(), limit.clone().into());
            }
            details.insert(next.into(), paging.next_cursor.clone().into());
            if let Some(has_next) = &paging.has_next {
                details.insert("has_next".into(), has_next.clone().into());
            }
            if let Some(keep) = &paging.keep {
                let kept = keep.iter().map(|name| Value::from(name.clone())).collect();
                details.insert("keep".into(), Value::Sequence(kept));
            }
            map.insert("paging".into(), Value::Mapping(details));
        }
        Value::Mapping(map)
    }

    fn yaml(mut self, api: &str) -> String {
        let mut spec = Mapping::new();
        spec.insert("api".into(), api.into());
        let title = self.choices.pick(&["Oracle", "Things & <Stuff>", "Café ✓", "A `quoted` \"API\""]);
        spec.insert("title".into(), title.into());
        let base_url = self.choices.pick(&[
            "https://www.wixapis.com",
            "https://api.example.com/v2/",
            "http://localhost:8080",
        ]);
        spec.insert("base_url".into(), base_url.into());
        if self.choices.chance(90) {
            spec.insert("docs".into(), self.docs().into());
        } else if self.choices.chance(50) {
            spec.insert("docs".into(), "".into());
        }
        let types = self.types.clone();
        let mut type_map = Mapping::new();
        for ty in &types {
            let value = self.type_yaml(ty);
            type_map.insert(ty.name.clone().into(), value);
        }
        spec.insert("types".into(), Value::Mapping(type_map));
        let methods = self.methods.clone();
        let mut method_map = Mapping::new();
        for method in &methods {
            let value = self.method_yaml(method);
            method_map.insert(method.name.clone().into(), value);
        }
        spec.insert("methods".into(), Value::Mapping(method_map));
        serde_yaml::to_string(&Value::Mapping(spec)).expect("a YAML tree of strings serializes")
    }
}
