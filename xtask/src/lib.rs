//! What `cargo xtask codegen` generates from what, shared by the xtask and the tests.

pub mod bench_memory;
pub mod compile_cost;
pub mod import;
pub mod synth;

use std::path::{Path, PathBuf};

use generator::{CallTests, Target};

/// Spec folders and the folders their modules go to, relative to the workspace root: the API specs
/// make the crate's modules; the feature fixtures of the tests are generated into the crate too, under
/// `cfg(test)`, so that `cargo test` compiles the code each feature of the format gives.
pub const TARGETS: [(&str, &str); 2] =
    [("spec", "generated/src/apis"), ("tests/fixtures/features", "generated/src/fixtures")];

/// Where each target's tests that call every method go (compiled under `cfg(test)`), and where the
/// target's modules are in the crate.
pub const CALL_TESTS: [(&str, &str); 2] =
    [("generated/src/calls/apis", "crate"), ("generated/src/calls/fixtures", "crate::fixtures")];

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The codegen targets, with their specs listed from disk.
pub fn targets(root: &Path) -> std::io::Result<Vec<Target>> {
    TARGETS
        .iter()
        .zip(CALL_TESTS)
        .map(|((spec_dir, out), (calls_out, crate_path))| {
            let calls = Some(CallTests { out: PathBuf::from(calls_out), crate_path: crate_path.to_string() });
            Ok(Target { specs: spec_files(root, Path::new(spec_dir))?, out: PathBuf::from(out), calls })
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
