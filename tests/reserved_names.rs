//! The names the generator refuses for API modules include every crate the generated crate depends
//! on: an API module named like one, re-exported at the crate root, would make paths to it ambiguous.

use generator::naming::RESERVED_MODULE_NAMES;

#[test]
fn every_dependency_of_the_generated_crate_is_a_reserved_module_name() {
    let manifest = std::fs::read_to_string(codegen_tests::workspace_root().join("generated/Cargo.toml"))
        .expect("the generated crate's manifest reads");
    let mut section = "";
    let mut dependencies = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line;
        } else if section.ends_with("dependencies]")
            && let Some((name, _)) = line.split_once('=')
            && !line.starts_with('#')
        {
            dependencies.push(name.trim().replace('-', "_"));
        }
    }
    assert!(dependencies.len() > 10, "the manifest lists the dependencies: {dependencies:?}");
    let missing: Vec<&String> =
        dependencies.iter().filter(|name| !RESERVED_MODULE_NAMES.contains(&name.as_str())).collect();
    assert!(missing.is_empty(), "add these to naming::RESERVED_MODULE_NAMES: {missing:?}");
}

#[test]
fn every_module_of_the_crate_root_is_a_reserved_module_name() {
    let lib = std::fs::read_to_string(codegen_tests::workspace_root().join("generated/src/lib.rs"))
        .expect("the generated crate's root reads");
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|line| line.trim().strip_prefix("pub mod ").or_else(|| line.trim().strip_prefix("mod ")))
        .filter_map(|rest| rest.strip_suffix(';'))
        .collect();
    assert!(modules.len() > 5, "the crate root declares its modules: {modules:?}");
    let missing: Vec<&&str> = modules.iter().filter(|name| !RESERVED_MODULE_NAMES.contains(name)).collect();
    assert!(missing.is_empty(), "add these to naming::RESERVED_MODULE_NAMES: {missing:?}");
}
