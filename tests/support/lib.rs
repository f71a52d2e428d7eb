//! Helpers shared by the tests: paths of the fixtures, and generation of one spec.

use std::path::{Path, PathBuf};

pub use xtask::workspace_root;

/// The path of `absolute` relative to the workspace root, as the generator names specs in headers.
pub fn relative_to_root(absolute: &Path) -> PathBuf {
    let root = workspace_root();
    absolute.strip_prefix(&root).map_or_else(|_| absolute.to_path_buf(), Path::to_path_buf)
}

/// The `.yaml` files directly in `dir` (relative to the workspace root), sorted.
pub fn yaml_files(dir: &str) -> Vec<PathBuf> {
    xtask::spec_files(&workspace_root(), Path::new(dir)).expect("the folder lists")
}

/// Generates one spec (a path relative to the workspace root), with the specs of shared types of its
/// folder, which it may refer to, and returns its module's source.
pub fn generate_module(spec: &Path) -> Result<String, String> {
    let root = workspace_root();
    let folder = spec.parent().unwrap_or(Path::new(""));
    let neighbours = xtask::spec_files(&root, folder).map_err(|error| error.to_string())?;
    let mut specs = vec![spec.to_path_buf()];
    specs.extend(generator::shared_types_specs(&root, &neighbours).into_iter().filter(|path| path != spec));
    let files = generator::generate(&root, &specs)
        .map_err(|diagnostics| generator::render_diagnostics(&diagnostics, false))?;
    // Modules come in the order of their specs.
    files
        .into_iter()
        .next()
        .filter(|file| file.name != generator::INDEX_FILE)
        .map(|file| file.contents)
        .ok_or_else(|| "no module was generated".to_string())
}

/// The spec of shared types that error fixtures may refer to (as `shared.Type`).
pub const SHARED_FIXTURE: &str = "tests/fixtures/features/shared.yaml";

/// Generates one spec that must fail, beside the [`SHARED_FIXTURE`], and returns the messages a user
/// sees.
pub fn generation_errors(spec: &Path) -> String {
    match generator::generate(&workspace_root(), &[spec.to_path_buf(), PathBuf::from(SHARED_FIXTURE)]) {
        Ok(_) => panic!("{} was expected to fail, but generated", spec.display()),
        Err(diagnostics) => generator::render_diagnostics(&diagnostics, false),
    }
}

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;
