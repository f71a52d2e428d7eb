//! Helpers shared by the tests: paths of the fixtures, and generation of one spec.

use std::path::{Path, PathBuf};

pub use xtask::workspace_root;

/// The path of `absolute` relative to the workspace root, as the generator names specs in headers.
pub fn relative_to_root(absolute: &Path) -> PathBuf {
    let root = workspace_root();
    absolute.strip_prefix(&root).map_or_else(|_| absolute.to_path_buf(), Path::to_path_buf)
}

/// Generates one spec (a path relative to the workspace root) and returns its module's source.
pub fn generate_module(spec: &Path) -> Result<String, String> {
    let files = generator::generate(&workspace_root(), &[spec.to_path_buf()])
        .map_err(|diagnostics| generator::render_diagnostics(&diagnostics, false))?;
    files
        .into_iter()
        .find(|file| file.name != generator::INDEX_FILE)
        .map(|file| file.contents)
        .ok_or_else(|| "no module was generated".to_string())
}

/// Generates one spec that must fail and returns the messages a user sees.
pub fn generation_errors(spec: &Path) -> String {
    match generator::generate(&workspace_root(), &[spec.to_path_buf()]) {
        Ok(_) => panic!("{} was expected to fail, but generated", spec.display()),
        Err(diagnostics) => generator::render_diagnostics(&diagnostics, false),
    }
}

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;
