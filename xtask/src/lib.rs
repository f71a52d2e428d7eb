//! What `cargo xtask codegen` generates from what, shared by the xtask and the tests.

pub mod bench_memory;
pub mod compile_cost;
pub mod import;
pub mod spec_changes;
pub mod synth;

use std::path::{Path, PathBuf};

use generator::{CallTests, FeatureFiles, GeneratedFile, Target};

/// Spec folders and the folders their modules go to, relative to the workspace root: the API specs
/// make the crate's modules; the feature fixtures of the tests are generated into the crate too, under
/// `cfg(test)`, so that `cargo test` compiles the code each feature of the format gives.
pub const TARGETS: [(&str, &str); 2] =
    [("spec", "generated/src/apis"), ("tests/fixtures/features", "generated/src/fixtures")];

/// Where each target's tests that call every method go (compiled under `cfg(test)`), and where the
/// target's modules are in the crate.
pub const CALL_TESTS: [(&str, &str); 2] =
    [("generated/src/calls/apis", "crate"), ("generated/src/calls/fixtures", "crate::fixtures")];

/// The manifest of the generated crate, which declares a cargo feature per API module (the first
/// of [`TARGETS`]; the fixtures are not features).
pub const MANIFEST: &str = "generated/Cargo.toml";

/// The README, which lists every API with its feature.
pub const README: &str = "README.md";

/// The README of the spec format, which documents each key of the JSON Schema.
pub const SPEC_README: &str = "spec/README.md";

/// Where the JSON Schema of the spec format goes, and its file name, which each spec's modeline names.
pub const SPEC_SCHEMA: (&str, &str) = ("spec", "spec.schema.json");

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// What `cargo xtask codegen` writes besides the targets' modules: the JSON Schema of the spec
/// format, from the format's shape and [`SPEC_README`], with the folder it goes to.
pub fn documents(root: &Path) -> Result<Vec<(PathBuf, GeneratedFile)>, String> {
    let readme = std::fs::read_to_string(root.join(SPEC_README))
        .map_err(|error| format!("error: cannot read {SPEC_README}: {error}\n"))?;
    let schema = generator::json_schema::json_schema(&readme, SPEC_README)
        .map_err(|errors| errors.iter().map(|error| format!("error: {error}\n")).collect::<String>())?;
    let (folder, name) = SPEC_SCHEMA;
    Ok(vec![(PathBuf::from(folder), GeneratedFile { name: name.to_string(), contents: schema })])
}

/// A path with `/` separators, as git, spec headers and reports write it on every platform.
pub fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The codegen targets, with their specs listed from disk.
pub fn targets(root: &Path) -> std::io::Result<Vec<Target>> {
    TARGETS
        .iter()
        .zip(CALL_TESTS)
        .enumerate()
        .map(|(index, ((spec_dir, out), (calls_out, crate_path)))| {
            let features = (index == 0).then(|| FeatureFiles {
                manifest: PathBuf::from(MANIFEST),
                readme: Some(PathBuf::from(README)),
            });
            let calls = Some(CallTests { out: PathBuf::from(calls_out), crate_path: crate_path.to_string() });
            Ok(Target {
                specs: spec_files(root, Path::new(spec_dir))?,
                out: PathBuf::from(out),
                features,
                calls,
            })
        })
        .collect()
}

/// The `.yaml` files directly in `dir` (relative to `root`), sorted so the output does not depend on
/// directory order.
pub fn spec_files(root: &Path, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut specs = Vec::new();
    for entry in std::fs::read_dir(root.join(dir))? {
        let name = entry?.file_name();
        if Path::new(&name).extension().is_some_and(|extension| extension == "yaml") {
            specs.push(dir.join(name));
        }
    }
    specs.sort();
    Ok(specs)
}
