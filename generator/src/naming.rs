//! Every Rust name the generated code declares, and where each param goes, computed here once:
//! validate checks these names (for collisions, reserved words), model records them, emit writes
//! them. A name is a [`RustIdent`], which can only hold a valid identifier, so no spec text reaches
//! the token stream unchecked.

use std::collections::HashSet;
use std::fmt;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::spec::{Field, HttpVerb, Method, ParamLocation, PathPiece, Spec, TypeExpr};

/// Words that are keywords in some Rust edition; a name equal to one is written as a raw identifier.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
    "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait",
    "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while",
    "yield",
];

/// Keywords that cannot be raw identifiers; a name equal to one gets a trailing `_`.
const NON_RAW_KEYWORDS: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Names of the standard prelude that generated code uses unqualified; a spec type of that name would
/// shadow them and break the module.
pub const PRELUDE_TYPE_NAMES: &[&str] = &[
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Hash",
    "Into",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "PartialEq",
    "Result",
    "Self_",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToString",
    "Vec",
];

/// Names an API module cannot take: the crate root's own modules, the crates that generated code
/// and the crate root name by path (a module of the same name, re-exported at the root, would make
/// each such path ambiguous), and the crate's features that are not an API's (an API's feature is
/// named after its module). A test checks that every dependency of `wix-sdk` is listed.
pub const RESERVED_MODULE_NAMES: &[&str] = &[
    // The crate root's modules.
    "apis",
    "calls",
    "config",
    "error",
    "fixture_calls",
    "fixtures",
    "query",
    "runtime",
    "test_util",
    "types",
    // The language's crates.
    "alloc",
    "core",
    "proc_macro",
    "std",
    "test",
    // The dependencies of `wix-sdk`.
    "base64",
    "bytes",
    "chrono",
    "email_address",
    "futures_core",
    "futures_util",
    "native_tls",
    "percent_encoding",
    "reqwest",
    "rustls",
    "rustls_platform_verifier",
    "secrecy",
    "serde",
    "serde_json",
    "thiserror",
    "tokio",
    "tracing",
    "url",
    "uuid",
    // Its dev-dependencies, which its tests (the fixtures' modules among them) see: the crate itself
    // among them, with every feature on for its tests and examples.
    "wiremock",
    "wix_sdk",
    // Its features besides the APIs' own.
    "default",
    "full",
];

/// Names of the generated `Client` besides the spec's methods.
pub const RESERVED_METHOD_NAMES: &[&str] = &["new"];

/// A Rust identifier, as it is written in code (`provider_id`, `r#type`). Only the constructors of
/// this module make one, and they check it, so turning it into tokens cannot fail.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustIdent(String);

impl RustIdent {
    /// `text` if it is a plain ASCII identifier that is not a keyword, or a raw identifier (`r#type`)
    /// of a keyword that may be raw.
    fn checked(text: String) -> Option<RustIdent> {
        let valid = match text.strip_prefix("r#") {
            Some(raw) => KEYWORDS.contains(&raw),
            None => {
                crate::spec::is_identifier(&text)
                    && text != "_"
                    && !KEYWORDS.contains(&text.as_str())
                    && !NON_RAW_KEYWORDS.contains(&text.as_str())
            }
        };
        valid.then_some(RustIdent(text))
    }

    /// The identifier as code writes it, `r#` included.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The identifier without `r#`, as docs and derived names (`with_type`, `type_all`) write it.
    pub fn unraw(&self) -> &str {
        self.0.strip_prefix("r#").unwrap_or(&self.0)
    }

    /// The catch-all variant every generated enum of values has, for values added later.
    pub fn unknown_variant() -> RustIdent {
        RustIdent("Unknown".to_string())
    }

    /// The variant of a method's error enum that holds 400 responses, added where the method lists
    /// validation rules and the spec documents no status 400.
    pub fn invalid_argument_variant() -> RustIdent {
        RustIdent("InvalidArgument".to_string())
    }

    /// Whether code writes it as a raw identifier.
    pub fn is_raw(&self) -> bool {
        self.0.starts_with("r#")
    }
}

impl fmt::Display for RustIdent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a snake_case name is written in Rust source: a plain or raw identifier.
fn escape_snake(name: String) -> String {
    if NON_RAW_KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) || name.is_empty() {
        format!("_{name}")
    } else {
        name
    }
}

/// A field, param or function name as text: `providerId` -> `provider_id`, `type` -> `r#type`.
pub fn snake(name: &str) -> String {
    escape_snake(name.to_snake_case())
}

/// A type or variant name as text: `connectionSyncConfig` -> `ConnectionSyncConfig`, `I_CAL` -> `ICal`.
pub fn camel(name: &str) -> String {
    let camel = name.to_upper_camel_case();
    match camel.as_str() {
        "Self" => "Self_".to_string(),
        _ if camel.starts_with(|c: char| c.is_ascii_digit()) || camel.is_empty() => format!("V{camel}"),
        _ => camel,
    }
}

/// The Rust field (or param) name of a JSON name.
pub fn field(json_name: &str) -> Option<RustIdent> {
    RustIdent::checked(snake(json_name))
}

/// The argument of a request's `new` for a field the method requires inside a param:
/// `attendance_booking_id` for `bookingId` inside `attendance`.
pub fn required_field_argument(param: &str, dotted: &str) -> Option<RustIdent> {
    field(&format!("{param}_{}", dotted.replace('.', "_")))
}

/// The builder method that sets an optional field: `with_provider_id`, `with_type`.
pub fn setter(field: &RustIdent) -> RustIdent {
    RustIdent(format!("with_{}", bare(field)))
}

/// The builder method that clears a nullable field, sending `null`: `clear_description`, `clear_type`.
pub fn clearer(field: &RustIdent) -> RustIdent {
    RustIdent(format!("clear_{}", bare(field)))
}

/// The name a derived name is built on: without `r#`, or the `_` that sets a keyword apart (`self_`).
fn bare(ident: &RustIdent) -> &str {
    match ident.unraw().strip_suffix('_') {
        Some(keyword) if NON_RAW_KEYWORDS.contains(&keyword) => keyword,
        _ => ident.unraw(),
    }
}

/// The Rust type name of a spec type or oneof group.
pub fn type_name(spec_name: &str) -> Option<RustIdent> {
    RustIdent::checked(camel(spec_name))
}

/// The Rust variant name of an enum value, an oneof alternative or an application error code.
/// Letters outside ASCII are spelled in ASCII (`ÉTÉ` -> `Ete`, `€` -> `Eur`): Rust accepts other
/// scripts in identifiers, but warns where they look like one another.
pub fn variant(spec_name: &str) -> Option<RustIdent> {
    RustIdent::checked(camel(&deunicode::deunicode(spec_name)))
}

/// The Rust variant of an enum value: its `rust_name`, an UpperCamelCase identifier, or its own name
/// converted by [`variant`].
pub fn enum_variant(value: &str, rust_name: Option<&str>) -> Option<RustIdent> {
    match rust_name {
        Some(rust_name) => status_variant(rust_name),
        None => variant(value),
    }
}

/// An error status's variant, which the spec writes in UpperCamelCase itself.
pub fn status_variant(name: &str) -> Option<RustIdent> {
    (camel(name) == name).then(|| RustIdent::checked(name.to_string())).flatten()
}

/// The client method of a spec method: its `rust_name`, or its name in snake_case.
pub fn method(name: &str, method: &Method) -> Option<RustIdent> {
    match &method.rust_name {
        Some(rust_name) if snake(rust_name) == *rust_name => RustIdent::checked(rust_name.clone()),
        Some(_) => None,
        None => RustIdent::checked(snake(name)),
    }
}

/// The stream of every item of a paged method: `list_events_all`.
pub fn stream(method: &RustIdent) -> RustIdent {
    RustIdent(format!("{}_all", bare(method)))
}

/// The request struct of a method: `ConnectByCredentialsRequest`.
pub fn request_type(method_name: &str) -> Option<RustIdent> {
    method_type(method_name, "Request")
}

/// The error enum of a method: `ConnectByCredentialsError`.
pub fn error_type(method_name: &str) -> Option<RustIdent> {
    method_type(method_name, "Error")
}

/// The enum of the validation rules a method's 400 responses may name: `CreateServiceValidationRule`.
pub fn validation_rule_type(method_name: &str) -> Option<RustIdent> {
    method_type(method_name, "ValidationRule")
}

/// A type named after a method; the suffix keeps it from being a keyword (`self` -> `SelfError`).
fn method_type(method_name: &str, suffix: &str) -> Option<RustIdent> {
    let camel = method_name.to_upper_camel_case();
    let prefix = if camel.starts_with(|c: char| c.is_ascii_digit()) { "V" } else { "" };
    RustIdent::checked(format!("{prefix}{camel}{suffix}"))
}

/// Names an API module (one with a client) declares besides its spec's types and methods' types.
pub const CLIENT_ITEM_NAMES: &[&str] = &["Client", "MockClient", "DEFAULT_BASE_URL"];

/// Every name the module of `spec` declares itself: its own types and their oneof enums, each
/// method's request (when it has params), error enum and validation-rule enum (when it lists rules),
/// and, for an API, the client, its mock and the default base URL. What the module re-exports must
/// not take one of them.
pub fn module_items(spec: &Spec) -> HashSet<RustIdent> {
    let types = spec.own_types().flat_map(|(name, def)| {
        std::iter::once(type_name(name)).chain(def.oneof.keys().map(|group| type_name(group)))
    });
    let methods = spec.methods.iter().flat_map(|(name, method)| {
        [
            (!method.params.is_empty()).then(|| request_type(name)).flatten(),
            error_type(name),
            (!method.validation_rules.is_empty()).then(|| validation_rule_type(name)).flatten(),
        ]
    });
    let client = CLIENT_ITEM_NAMES
        .iter()
        .filter(|_| !spec.is_shared_types())
        .map(|name| Some(RustIdent(name.to_string())));
    types.chain(methods).chain(client).flatten().collect()
}

/// The module of an API.
pub fn module(api: &str) -> Option<RustIdent> {
    let valid = api.starts_with(|c: char| c.is_ascii_lowercase())
        && api.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    (valid && snake(api) == api && !RESERVED_MODULE_NAMES.contains(&api)).then(|| RustIdent(api.to_string()))
}

/// The cargo feature that compiles an API module: the module's name with `-` for `_`
/// (`bookings_services` -> `bookings-services`), as cargo features are written. A module name is
/// lowercase ASCII letters, digits and `_`, starting with a letter, so each gives a valid feature
/// name of its own; [`RESERVED_MODULE_NAMES`] keeps it from being `default` or `full`.
pub fn feature(module: &RustIdent) -> String {
    module.unraw().replace('_', "-")
}

/// A local binding that none of `taken` is: `base`, else `base_`, `base__`, ...
pub fn binding_other_than<'a>(base: &str, taken: impl Iterator<Item = &'a RustIdent> + Clone) -> RustIdent {
    let mut name = base.to_string();
    while taken.clone().any(|ident| ident.as_str() == name) {
        name.push('_');
    }
    RustIdent(name)
}

/// The `{placeholders}` of a route's path, in order.
pub fn placeholders<'a>(pieces: &[PathPiece<'a>]) -> Vec<&'a str> {
    pieces
        .iter()
        .filter_map(|piece| match piece {
            PathPiece::Placeholder(name) => Some(*name),
            PathPiece::Literal(_) => None,
        })
        .collect()
}

/// Where a param goes: the path when a placeholder names it, else where the spec says, else the query
/// for `GET` and `DELETE` and the body for the other verbs.
pub fn param_location(
    placeholders: &[&str],
    verb: HttpVerb,
    param_name: &str,
    declared: Option<ParamLocation>,
) -> ParamLocation {
    if placeholders.contains(&param_name) {
        return ParamLocation::Path;
    }
    declared.unwrap_or(match verb {
        HttpVerb::Get | HttpVerb::Delete => ParamLocation::Query,
        HttpVerb::Post | HttpVerb::Put | HttpVerb::Patch => ParamLocation::Body,
    })
}

/// One field on a dotted path (`pagingMetadata.cursors.next`): its JSON name and its spec.
#[derive(Debug, Clone, Copy)]
pub struct PathField<'a> {
    /// The field's JSON name.
    pub name: &'a str,
    /// The field.
    pub field: &'a Field,
}

/// The fields along a dotted path, or why the path goes nowhere.
pub type FieldPath<'a> = Result<Vec<PathField<'a>>, String>;

/// The fields along `dotted`, starting in the object type `type_name`; `Err` says why the path goes
/// nowhere (a missing field, or a step into something that is not an object).
pub fn response_path<'a>(spec: &'a Spec, type_name: &str, dotted: &str) -> FieldPath<'a> {
    let mut steps = Vec::new();
    let mut current = type_name;
    let mut segments = dotted.split('.').peekable();
    while let Some(segment) = segments.next() {
        let field = spec
            .types
            .get(current)
            .and_then(|def| def.fields.as_ref())
            .and_then(|fields| fields.get_key_value(segment))
            .ok_or_else(|| format!("`{current}` has no field `{segment}`"))?;
        steps.push(PathField { name: field.0, field: field.1 });
        if segments.peek().is_some() {
            current = object_of(&field.1.ty).ok_or_else(|| {
                format!("`{dotted}` goes through `{segment}`, which is not an object: a path can only step into objects")
            })?;
        }
    }
    Ok(steps)
}

/// The fields along `dotted`, starting with a param of `method`; `Err` says why the path goes nowhere.
pub fn request_path<'a>(
    spec: &'a Spec,
    method_name: &str,
    method: &'a Method,
    dotted: &str,
) -> FieldPath<'a> {
    let (first, rest) = dotted.split_once('.').map_or((dotted, None), |(first, rest)| (first, Some(rest)));
    let (name, param) = method
        .params
        .get_key_value(first)
        .ok_or_else(|| format!("`{method_name}` has no param `{first}`"))?;
    let mut steps = vec![PathField { name, field: param }];
    if let Some(rest) = rest {
        let object = object_of(&param.ty).ok_or_else(|| {
            format!(
                "`{dotted}` goes through `{first}`, which is not an object: a path can only step into objects"
            )
        })?;
        steps.extend(response_path(spec, object, rest)?);
    }
    Ok(steps)
}

fn object_of(ty: &TypeExpr) -> Option<&str> {
    match ty {
        TypeExpr::Named(name) => Some(name),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_and_escapes() {
        assert_eq!(snake("connectByCredentials"), "connect_by_credentials");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(camel("I_CAL"), "ICal");
        assert_eq!(camel("OFFICE_365"), "Office365");
        assert_eq!(camel("365"), "V365");
        assert_eq!(camel("self"), "Self_");
    }

    #[test]
    fn only_identifiers_become_rust_idents() {
        assert_eq!(field("type").map(|ident| ident.unraw().to_string()), Some("type".into()));
        assert!(field("type").is_some_and(|ident| ident.is_raw()));
        assert_eq!(field("été"), None);
        assert_eq!(field("a-b").map(|ident| ident.to_string()), Some("a_b".into()));
        assert_eq!(field(""), None);
        assert_eq!(field("__"), None);
        assert_eq!(variant("ÉTÉ").map(|ident| ident.to_string()), Some("Ete".into()));
        assert_eq!(variant("€").map(|ident| ident.to_string()), Some("Eur".into()));
        assert_eq!(variant("🙂").map(|ident| ident.to_string()), Some("SlightSmile".into()));
        assert_eq!(type_name("x"), RustIdent::checked("X".into()));
        assert_eq!(status_variant("notFound"), None);
        assert_eq!(status_variant("NotFound").map(|ident| ident.to_string()), Some("NotFound".into()));
        assert_eq!(module("url"), None);
        assert_eq!(error_type("self").map(|ident| ident.to_string()), Some("SelfError".into()));
        assert_eq!(request_type("2fa").map(|ident| ident.to_string()), Some("V2faRequest".into()));
        assert_eq!(
            validation_rule_type("createService").map(|ident| ident.to_string()),
            Some("CreateServiceValidationRule".into())
        );
        assert_eq!(module("bookings"), RustIdent::checked("bookings".into()));
        assert_eq!(module("full"), None);
        assert_eq!(module("default"), None);
        assert_eq!(RustIdent::checked("r#self".into()), None);
        assert_eq!(RustIdent::checked("_".into()), None);
    }

    #[test]
    fn features_are_module_names_written_with_hyphens() {
        let feature_of = |api: &str| module(api).map(|module| feature(&module));
        assert_eq!(feature_of("bookings_services").as_deref(), Some("bookings-services"));
        assert_eq!(feature_of("external_calendars").as_deref(), Some("external-calendars"));
        assert_eq!(feature_of("common").as_deref(), Some("common"));
        assert_eq!(feature_of("v2_api").as_deref(), Some("v2-api"));
    }

    #[test]
    fn derived_names_drop_the_raw_prefix() {
        let ident = field("type").expect("a field name");
        assert_eq!(setter(&ident).as_str(), "with_type");
        assert_eq!(stream(&ident).as_str(), "type_all");
        let keyword = field("crate").expect("a field name");
        assert_eq!(keyword.as_str(), "crate_");
        assert_eq!(stream(&keyword).as_str(), "crate_all");
        assert_eq!(setter(&keyword).as_str(), "with_crate");
        assert_eq!(clearer(&ident).as_str(), "clear_type");
        assert_eq!(clearer(&keyword).as_str(), "clear_crate");
        let taken = [RustIdent("object".into()), RustIdent("object_".into())];
        assert_eq!(binding_other_than("object", taken.iter()).as_str(), "object__");
    }
}
