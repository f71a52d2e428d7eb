//! Where this repository keeps its specs and generated code, shared by `cargo xtask` and the tests.

use std::path::{Path, PathBuf};

/// Folder of the specs, relative to the workspace root.
pub const SPEC_DIR: &str = "spec";

/// Folder the generated modules are written to, relative to the workspace root.
pub const GENERATED_DIR: &str = "generated/src/apis";

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The specs, as paths relative to `root`, sorted so the output does not depend on directory order.
pub fn spec_files(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut specs = Vec::new();
    for entry in std::fs::read_dir(root.join(SPEC_DIR))? {
        let entry = entry?;
        let name = entry.file_name();
        if Path::new(&name).extension().is_some_and(|extension| extension == "yaml") {
            specs.push(Path::new(SPEC_DIR).join(name));
        }
    }
    specs.sort();
    Ok(specs)
}
