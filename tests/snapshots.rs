//! Snapshots of what the generator emits and says. Review changes with `cargo insta review`.

use std::path::Path;

use codegen_tests::{generate_module, generation_errors, relative_to_root};

/// The module generated from each API spec in `spec/`.
#[test]
fn api_modules() {
    insta::glob!("../spec", "*.yaml", |path| {
        let module = generate_module(&relative_to_root(path)).unwrap_or_else(|errors| panic!("{errors}"));
        insta::assert_snapshot!(module);
    });
}

/// The module generated from each feature fixture: one small spec per feature of the format.
#[test]
fn feature_fixtures() {
    insta::glob!("fixtures/features", "*.yaml", |path| {
        let module = generate_module(&relative_to_root(path)).unwrap_or_else(|errors| panic!("{errors}"));
        insta::assert_snapshot!(module);
    });
}

/// The exact messages the user sees for each bad spec.
#[test]
fn error_messages() {
    insta::glob!("fixtures/errors", "*.yaml", |path| {
        insta::assert_snapshot!(generation_errors(&relative_to_root(path)));
    });
}

/// Errors from several specs come together, sorted by file and position.
#[test]
fn errors_of_several_specs_come_together() {
    let specs =
        ["tests/fixtures/errors/unknown_type.yaml", "tests/fixtures/errors/duplicate_after_case.yaml"];
    let specs: Vec<_> = specs.iter().map(|spec| Path::new(spec).to_path_buf()).collect();
    let diagnostics =
        generator::generate(&codegen_tests::workspace_root(), &specs).expect_err("both specs are bad");
    insta::assert_snapshot!(generator::render_diagnostics(&diagnostics, false));
}
