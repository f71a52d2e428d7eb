//! Rust names for spec names: `connectByCredentials` -> `connect_by_credentials`, `I_CAL` -> `ICal`.

use heck::{ToSnakeCase, ToUpperCamelCase};

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

/// How a name is written in Rust source: a plain or raw identifier.
fn escape(name: String) -> String {
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

/// A field, param or function name: `providerId` -> `provider_id`, `type` -> `r#type`.
pub fn snake(name: &str) -> String {
    escape(name.to_snake_case())
}

/// A type or variant name: `connectionSyncConfig` -> `ConnectionSyncConfig`, `I_CAL` -> `ICal`.
pub fn camel(name: &str) -> String {
    let camel = name.to_upper_camel_case();
    match camel.as_str() {
        "Self" => "Self_".to_string(),
        _ if camel.starts_with(|c: char| c.is_ascii_digit()) || camel.is_empty() => format!("V{camel}"),
        _ => camel,
    }
}

/// A constant name: `connectByCredentials` -> `CONNECT_BY_CREDENTIALS`.
pub fn shouty(name: &str) -> String {
    heck::ToShoutySnakeCase::to_shouty_snake_case(name)
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
}
