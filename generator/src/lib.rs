//! Generates typed, documented Rust API clients from YAML API specs.
//!
//! The pipeline, one module per stage: [`load`] (read the YAML into the [`spec`] model, with node
//! positions from [`spans`]) -> [`link`] (shared types into the specs that use them) -> [`validate`] (every semantic error, located) -> [`model`] (resolved,
//! Rust-named) -> [`emit`] (tokens) -> [`format`](mod@format) (prettyplease, doc comments, header)
//! -> [`write`](mod@write) (all files of a run written together or not at all, or checked).
//! Where a crate compiles each module under a cargo feature of its own, [`features`] says which, and
//! writes them into the crate's manifest and README. Beside the pipeline, [`diff`] says what a change
//! of a spec does to the generated crate under semver.

pub mod diagnostic;
pub mod diff;
pub mod emit;
pub mod features;
pub mod format;
pub mod graph;
pub mod json_schema;
pub mod link;
pub mod load;
pub mod markdown;
pub mod model;
pub mod naming;
mod schema;
pub mod spans;
pub mod spec;
pub mod validate;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub use diagnostic::Diagnostic;
pub use features::{FeatureFiles, Features};
pub use format::GeneratedFile;
pub use write::{Drift, FileStatus};

/// Name of the generated module that declares every API module.
pub const INDEX_FILE: &str = "mod.rs";

/// Generates the module of every spec in `spec_paths`, plus the index module that declares them all.
/// Relative spec paths are read from `root`, and named in messages and headers as given.
///
/// Nothing is written: pass the files to [`write::write_all`] or [`write::check`]. When any spec has an
/// error, every error of every spec is returned, sorted by file and position, and no file is produced.
pub fn generate(root: &Path, spec_paths: &[PathBuf]) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    generate_loaded(load_all(root, spec_paths), Options::default()).map(|generated| generated.files)
}

/// What [`generate_with_features`] gives: the files, and the features the crate must declare.
#[derive(Debug)]
pub struct GeneratedCrate {
    /// Each module, and the index module that declares each under its feature.
    pub files: Vec<GeneratedFile>,
    /// The feature of each module.
    pub features: Features,
    /// With [`Options::calls`], the module of tests that call each module's methods against a
    /// loopback server ([`emit::call_tests`]), and their index.
    pub calls: Vec<GeneratedFile>,
}

/// What a generation gives besides the modules.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// Whether the index declares each module under its cargo feature.
    pub gated: bool,
    /// Where the modules are in the crate (`crate` for the API modules, which the crate root
    /// re-exports), to generate the tests that call their methods.
    pub calls: Option<&'a str>,
}

/// [`generate`] with what `options` asks for besides: modules under their features, tests of calls.
pub fn generate_crate(
    root: &Path,
    spec_paths: &[PathBuf],
    options: Options<'_>,
) -> Result<GeneratedCrate, Vec<Diagnostic>> {
    generate_loaded(load_all(root, spec_paths), options)
}

/// [`generate`] for a crate that compiles each module under its cargo feature (see [`features`]):
/// the index module declares each module under its feature, which the crate must declare as
/// [`Features::manifest_lines`] gives them.
pub fn generate_with_features(
    root: &Path,
    spec_paths: &[PathBuf],
) -> Result<GeneratedCrate, Vec<Diagnostic>> {
    generate_loaded(load_all(root, spec_paths), Options { gated: true, calls: None })
}

fn load_all(root: &Path, spec_paths: &[PathBuf]) -> Vec<Result<spec::SpecFile, Vec<Diagnostic>>> {
    spec_paths.iter().map(|path| load::load(root, path)).collect()
}

/// The specs among `spec_paths` (relative to `root`) that hold shared types, which the other specs of
/// their folder may refer to; specs that do not load are left out (generating them reports why).
pub fn shared_types_specs(root: &Path, spec_paths: &[PathBuf]) -> Vec<PathBuf> {
    spec_paths
        .iter()
        .filter(|path| load::load(root, path).is_ok_and(|file| file.spec.is_shared_types()))
        .cloned()
        .collect()
}

/// [`generate`] for one spec held in memory, which `path` names in messages and the header.
pub fn generate_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    generate_loaded(vec![load::load_bytes(path, bytes)], Options::default()).map(|generated| generated.files)
}

/// [`generate`] for specs held in memory, each with the path that names it in messages and headers:
/// how a tool that writes specs checks one before writing it, together with the shared-types specs
/// it refers to.
pub fn generate_from_sources(
    sources: Vec<(PathBuf, Vec<u8>)>,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let specs = sources.into_iter().map(|(path, bytes)| load::load_bytes(&path, bytes)).collect();
    generate_loaded(specs, Options::default()).map(|generated| generated.files)
}

/// Generates the loaded specs, with what `options` asks for besides.
fn generate_loaded(
    specs: Vec<Result<spec::SpecFile, Vec<Diagnostic>>>,
    options: Options<'_>,
) -> Result<GeneratedCrate, Vec<Diagnostic>> {
    let gated = options.gated;
    let mut diagnostics = Vec::new();
    let mut loaded = Vec::new();
    for spec in specs {
        match spec {
            Ok(file) => loaded.push(file),
            Err(errors) => diagnostics.extend(errors),
        }
    }
    link::link(&mut loaded);
    let shared: Vec<&str> =
        loaded.iter().filter(|file| file.spec.is_shared_types()).map(|file| file.spec.api.as_str()).collect();
    for file in &loaded {
        diagnostics.extend(file.shape_errors.iter().cloned());
        diagnostics.extend(validate::validate(file, &shared));
    }
    diagnostics.extend(duplicate_modules(&loaded));
    if !diagnostics.is_empty() {
        diagnostic::sort(&mut diagnostics);
        return Err(diagnostics);
    }
    let sources: Vec<String> = loaded.iter().map(|file| display_path(&file.path)).collect();
    let mut files = Vec::new();
    let mut modules = Vec::new();
    let mut features = Features::default();
    // Tests of calls need every module's types at once; plain generation keeps one model at a time.
    let mut kept = Vec::new();
    for (file, source) in loaded.into_iter().zip(&sources) {
        let api = match model::build(&file) {
            Ok(api) => api,
            Err(gaps) => {
                diagnostics.extend(gaps);
                continue;
            }
        };
        // The spec's text, tree and span index are not needed once modelled; freed now, their memory
        // is reused by formatting instead of adding to the peak.
        let path = file.path.clone();
        drop(file);
        let parts = format_parts(&api).map_err(|error| vec![internal_error(&path, &error)])?;
        files.push(format::assemble(format!("{}.rs", api.module), source, &parts));
        features.modules.push(features::ModuleFeature::of(&api));
        modules.push((api.module.clone(), gated.then(|| api.feature.clone())));
        if options.calls.is_some() {
            kept.push((api, source.as_str()));
        }
    }
    if !diagnostics.is_empty() {
        diagnostic::sort(&mut diagnostics);
        return Err(diagnostics);
    }
    let index = format::format_part(emit::index(&modules))
        .map_err(|error| vec![internal_error(Path::new(INDEX_FILE), &error)])?;
    files.push(format::assemble(INDEX_FILE.to_string(), &sources.join(", "), &[index]));
    let calls = match options.calls {
        Some(crate_path) => call_test_files(&kept, crate_path, gated)?,
        None => Vec::new(),
    };
    Ok(GeneratedCrate { files, features, calls })
}

/// The module of call tests of each API with methods (each of `apis` with the spec that names it in
/// the headers), and their index, which declares each under its module's feature when `gated`.
fn call_test_files(
    apis: &[(model::Api, &str)],
    crate_path: &str,
    gated: bool,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let internal = |name: &str, error: &str| vec![internal_error(Path::new(name), error)];
    let crate_path: proc_macro2::TokenStream =
        crate_path.parse().map_err(|_| internal(crate_path, "the crate path does not parse"))?;
    let models: Vec<&model::Api> = apis.iter().map(|(api, _)| api).collect();
    let modules = emit::Modules::new(&models, crate_path);
    let mut files = Vec::new();
    let mut tested = Vec::new();
    for (api, source) in apis {
        if api.methods.is_empty() {
            continue;
        }
        let name = format!("{}.rs", api.module);
        let part =
            format::format_part(emit::call_tests(&modules, api)).map_err(|error| internal(&name, &error))?;
        files.push(format::assemble(name, source, &[part]));
        tested.push((api.module.clone(), gated.then(|| api.feature.clone())));
    }
    let sources: Vec<&str> = apis.iter().map(|(_, source)| *source).collect();
    let index =
        format::format_part(emit::call_test_index(&tested)).map_err(|error| internal(INDEX_FILE, &error))?;
    files.push(format::assemble(INDEX_FILE.to_string(), &sources.join(", "), &[index]));
    Ok(files)
}

/// Emits and formats every part of a module, on all cores; the parts keep their order, so the output
/// is the same whatever the number of threads.
///
/// Parts differ in size (a method with its request and errors is several times a small type), so
/// each thread takes the next part when it is done rather than a fixed share of them.
fn format_parts(api: &model::Api) -> Result<Vec<String>, String> {
    let parts = emit::parts(api);
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(parts.len().max(1));
    let next = AtomicUsize::new(0);
    let done_by_thread: Vec<Vec<(usize, String)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&part) = parts.get(index) else { return Ok(done) };
                        done.push((index, format::format_part(emit::part(api, part))?));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().map_err(|_| "a formatting thread panicked".to_string())?)
            .collect::<Result<_, String>>()
    })?;
    let mut formatted: Vec<(usize, String)> = done_by_thread.into_iter().flatten().collect();
    formatted.sort_unstable_by_key(|&(index, _)| index);
    Ok(formatted.into_iter().map(|(_, text)| text).collect())
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
    path.components()
        .map(|component| match component {
            // The root is the empty segment before the first `/`.
            std::path::Component::RootDir => "".into(),
            component => component.as_os_str().to_string_lossy(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A set of specs and the folder their modules go to.
#[derive(Debug, Clone)]
pub struct Target {
    /// Spec files, relative to the root (or absolute).
    pub specs: Vec<PathBuf>,
    /// Output folder, relative to the root (or absolute).
    pub out: PathBuf,
    /// Where the crate declares and lists the modules' cargo features, each module compiling under
    /// its own; `None` compiles every module whatever the features.
    pub features: Option<FeatureFiles>,
    /// Where the tests that call every method go, if they are generated.
    pub calls: Option<CallTests>,
}

/// Adds `file` to the files of `folder`, keeping one entry per folder, so that the folder is scanned
/// for stale files once.
fn add_to_folder(generated: &mut Vec<(PathBuf, Vec<GeneratedFile>)>, folder: PathBuf, file: GeneratedFile) {
    match generated.iter_mut().find(|(out, _)| *out == folder) {
        Some((_, files)) => files.push(file),
        None => generated.push((folder, vec![file])),
    }
}

/// Where a target's tests of calls go ([`Options::calls`]).
#[derive(Debug, Clone)]
pub struct CallTests {
    /// Output folder, relative to the root (or absolute).
    pub out: PathBuf,
    /// The path of the target's modules in the crate: `crate`, or `crate::fixtures`.
    pub crate_path: String,
}

/// Generates every target (or, with `check`, compares without writing) and says what happened: `Ok`
/// with one line per file, or `Err` with the rendered errors, the diff of stale files, or the file
/// that could not be written. When any spec of any target has an error, nothing is written; when any
/// file of any target cannot be written, every output file is left as it was.
///
/// `documents` are files made beside the pipeline, each with its folder (relative to the root), that
/// the run writes or checks together with the modules: the spec format's JSON Schema
/// ([`json_schema`]).
pub fn run(
    root: &Path,
    targets: &[Target],
    documents: &[(PathBuf, GeneratedFile)],
    check: bool,
    styled: bool,
) -> Result<String, String> {
    let mut generated: Vec<(PathBuf, Vec<GeneratedFile>)> = Vec::new();
    for (folder, file) in documents {
        add_to_folder(&mut generated, root.join(folder), file.clone());
    }
    let mut feature_files = Vec::new();
    let mut diagnostics = Vec::new();
    for target in targets {
        let specs = load_all(root, &target.specs);
        let options = Options {
            gated: target.features.is_some(),
            calls: target.calls.as_ref().map(|calls| calls.crate_path.as_str()),
        };
        match generate_loaded(specs, options) {
            Ok(crate_files) => {
                generated.push((root.join(&target.out), crate_files.files));
                if let Some(calls) = &target.calls {
                    generated.push((root.join(&calls.out), crate_files.calls));
                }
                feature_files.extend(target.features.as_ref().map(|files| (crate_files.features, files)));
            }
            Err(errors) => diagnostics.extend(errors),
        }
    }
    if !diagnostics.is_empty() {
        diagnostic::sort(&mut diagnostics);
        return Err(render_diagnostics(&diagnostics, styled));
    }
    for (features, files) in feature_files {
        let spliced =
            features.spliced_files(root, files).map_err(|error| format!("{error}no file was written\n"))?;
        for (folder, file) in spliced {
            add_to_folder(&mut generated, folder, file);
        }
    }
    let mut report = String::new();
    let mut drifts = Vec::new();
    let output_error = |error: write::OutputError| format!("error: {error}\n");
    if check {
        for (out, files) in &generated {
            drifts.extend(write::check(files, out).map_err(output_error)?);
        }
    } else {
        let outputs: Vec<(&Path, &[GeneratedFile])> =
            generated.iter().map(|(out, files)| (out.as_path(), files.as_slice())).collect();
        for (path, status) in write::write_all(&outputs).map_err(output_error)? {
            let verb = match status {
                FileStatus::Written => "written",
                FileStatus::Unchanged => "unchanged",
                FileStatus::Removed => "removed",
            };
            report.push_str(&format!("{verb:>9} {}\n", path.strip_prefix(root).unwrap_or(&path).display()));
        }
    }
    if drifts.is_empty() {
        if check {
            let count: usize = generated.iter().map(|(_, files)| files.len()).sum();
            report.push_str(&format!("{count} generated files are up to date\n"));
        }
        return Ok(report);
    }
    let mut failure: String = drifts.iter().map(|drift| drift.diff.clone()).collect();
    let paths: Vec<String> = drifts
        .iter()
        .map(|drift| drift.path.strip_prefix(root).unwrap_or(&drift.path).display().to_string())
        .collect();
    failure.push_str(&format!(
        "error: {} generated file(s) differ from what the specs give: {}\n\
         help: run `cargo xtask codegen` and commit the result\n",
        drifts.len(),
        paths.join(", ")
    ));
    Err(failure)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Twelve levels of types, each with six required fields of the next: a value holds 6^12 values,
    /// more than any test should build, so the method gets no call test, at once.
    #[test]
    fn samples_of_types_that_branch_too_much_are_given_up() {
        let mut spec = String::from("api: wide\ntitle: Wide\nbase_url: https://a.example\ntypes:\n");
        for level in 0..12 {
            spec.push_str(&format!("  L{level}:\n    docs: Level {level}.\n    fields:\n"));
            for field in 0..6 {
                let ty = if level == 11 { "string".to_string() } else { format!("L{}", level + 1) };
                spec.push_str(&format!("      f{field}: {{ type: {ty}, required: true, docs: F. }}\n"));
            }
        }
        spec.push_str("methods:\n  put:\n    summary: Puts.\n    http: POST /v1/put\n    params:\n");
        spec.push_str("      root: { type: L0, required: true, docs: Root. }\n");
        let loaded = vec![load::load_bytes(Path::new("wide.yaml"), spec.into_bytes())];
        let options = Options { gated: false, calls: Some("crate") };
        let calls = generate_loaded(loaded, options).expect("the spec is valid").calls;
        let tests = calls.iter().find(|file| file.name == "wide.rs").expect("the module's call tests");
        assert!(!tests.contents.contains("async fn put"), "{}", tests.contents);
        assert!(
            tests
                .contents
                .contains("can be built (a type that requires itself, or branches too much): `put`.")
        );
    }

    #[test]
    fn headers_name_relative_and_absolute_specs_with_single_slashes() {
        assert_eq!(display_path(Path::new("spec/external_calendars.yaml")), "spec/external_calendars.yaml");
        assert_eq!(display_path(Path::new("/tmp/specs/a.yaml")), "/tmp/specs/a.yaml");
    }
}
