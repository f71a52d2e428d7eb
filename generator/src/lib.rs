//! Generates typed, documented Rust API clients from YAML API specs.
//!
//! The pipeline, one module per stage: [`spec`] (load the YAML, with node positions) ->
//! [`validate`] (every semantic error, located) -> [`model`] (resolved, Rust-named) -> [`emit`]
//! (tokens) -> [`write`] (prettyplease, header, atomic write or check).

pub mod diagnostic;
pub mod emit;
pub mod markdown;
pub mod model;
pub mod naming;
pub mod spec;
pub mod validate;
pub mod write;

use std::path::{Path, PathBuf};

pub use diagnostic::Diagnostic;
pub use write::{Drift, FileStatus, GeneratedFile};

/// Name of the generated module that declares every API module.
pub const INDEX_FILE: &str = "mod.rs";

/// Generates the module of every spec in `spec_paths`, plus the index module that declares them all.
/// Relative spec paths are read from `root`, and named in messages and headers as given.
///
/// Nothing is written: pass the files to [`write::write`] or [`write::check`]. When any spec has an
/// error, every error of every spec is returned, sorted by file and position, and no file is produced.
pub fn generate(root: &Path, spec_paths: &[PathBuf]) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut loaded = Vec::new();
    for path in spec_paths {
        match spec::load(root, path) {
            Ok(file) => {
                diagnostics.extend(validate::validate(&file));
                loaded.push(file);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    diagnostics.extend(duplicate_modules(&loaded));
    if !diagnostics.is_empty() {
        diagnostic::sort(&mut diagnostics);
        return Err(diagnostics);
    }
    let mut files = Vec::new();
    let mut modules = Vec::new();
    for file in &loaded {
        let api = model::build(file);
        let source = display_path(&file.path);
        let generated = write::format(format!("{}.rs", api.module), &source, emit::module(&api))
            .map_err(|error| vec![internal_error(&file.path, &error)])?;
        modules.push(api.module);
        files.push(generated);
    }
    let sources: Vec<String> = loaded.iter().map(|file| display_path(&file.path)).collect();
    let index = write::format(INDEX_FILE.to_string(), &sources.join(", "), emit::index(&modules))
        .map_err(|error| vec![internal_error(Path::new(INDEX_FILE), &error)])?;
    files.push(index);
    Ok(files)
}

/// Two specs with the same `api` would write the same file.
fn duplicate_modules(files: &[spec::SpecFile]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (index, file) in files.iter().enumerate() {
        if let Some(first) = files[..index].iter().find(|other| other.spec.api == file.spec.api) {
            diagnostics.push(
                Diagnostic::at(
                    &file.path,
                    &file.source,
                    file.spans.value(&["api"]),
                    format!("`api: {}` is already used by {}", file.spec.api, first.path.display()),
                )
                .with_help("each spec needs its own `api` name, since it names the output file"),
            );
        }
    }
    diagnostics
}

fn internal_error(path: &Path, error: &str) -> Diagnostic {
    Diagnostic::whole_file(path, format!("internal error: the generated code does not parse ({error})"))
        .with_help("this is a bug in the generator; please report it with the spec")
}

/// A path with `/` separators, so headers are the same on every platform.
fn display_path(path: &Path) -> String {
    path.components().map(|component| component.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Generates `specs` into `out` (or, with `check`, compares without writing) and says what happened:
/// `Ok` with one line per file, or `Err` with the rendered errors or the diff of stale files.
pub fn run(root: &Path, specs: &[PathBuf], out: &Path, check: bool, styled: bool) -> Result<String, String> {
    let files = generate(root, specs).map_err(|diagnostics| render_diagnostics(&diagnostics, styled))?;
    let io_error = |error: std::io::Error| format!("error: cannot update {}: {error}\n", out.display());
    if check {
        let drifts = write::check(&files, &root.join(out)).map_err(io_error)?;
        if drifts.is_empty() {
            return Ok(format!("{} generated files in {} are up to date\n", files.len(), out.display()));
        }
        let mut report: String = drifts.iter().map(|drift| drift.diff.clone()).collect();
        report.push_str(&format!(
            "error: {} generated file(s) differ from what the specs give: {}\nhelp: run `cargo xtask codegen` and commit the result\n",
            drifts.len(),
            drifts.iter().map(|drift| drift.path.display().to_string()).collect::<Vec<_>>().join(", ")
        ));
        return Err(report);
    }
    let out = &root.join(out);
    let statuses = write::write(&files, out).map_err(io_error)?;
    Ok(statuses
        .iter()
        .map(|(path, status)| {
            let verb = match status {
                FileStatus::Written => "written",
                FileStatus::Unchanged => "unchanged",
                FileStatus::Removed => "removed",
            };
            format!("{verb:>9} {}\n", path.display())
        })
        .collect())
}

/// Every diagnostic, rendered, then a summary line.
pub fn render_diagnostics(diagnostics: &[Diagnostic], styled: bool) -> String {
    let mut report = String::new();
    for diagnostic in diagnostics {
        report.push_str(&diagnostic.render(styled));
        report.push_str("\n\n");
    }
    let files: std::collections::BTreeSet<&Path> =
        diagnostics.iter().map(|diagnostic| diagnostic.path.as_path()).collect();
    report.push_str(&format!(
        "error: {} error(s) in {} spec file(s); no file was written\n",
        diagnostics.len(),
        files.len()
    ));
    report
}
