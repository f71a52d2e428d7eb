//! `cargo xtask import-wix`: one spec per Wix SDK package (`@wix/auto_sdk_<domain>_<api>`), from its
//! typings and `meta.js`, with the API's hand-written overrides applied.
//!
//! The stages: [`package`] (the files read, from a `.tgz` or a folder) -> [`typescript`] and
//! [`meta_js`] (parsed with oxc) -> [`map`] (the spec, and notes of what did not map) ->
//! [`overrides`] -> the generator's own load, validation and generation, so that no spec the
//! generator would refuse is written. The files read are kept under `spec/wix/<package>/`, so
//! importing again needs no network, and `--check` tells whether the committed specs are what the
//! committed packages and overrides give.

pub mod jsdoc;
pub mod map;
pub mod meta_js;
pub mod overrides;
pub mod package;
pub mod typescript;

use std::path::{Path, PathBuf};

use generator::spec::Spec;

use self::map::SharedTypes;
use self::overrides::Overrides;
use self::package::Package;

/// Usage of the command.
pub const USAGE: &str = "cargo xtask import-wix [--out DIR] [--check] [PACKAGE.tgz | FOLDER]...";

/// Folder of the out dir that keeps each package's files.
pub const PACKAGES_DIR: &str = "wix";
/// Folder of the out dir that holds the overrides, one `<module>.yaml` per API.
pub const OVERRIDES_DIR: &str = "overrides";

/// A spec imported from one package.
#[derive(Debug)]
pub struct Imported {
    /// The package.
    pub package: Package,
    /// Where the spec goes, relative to the root.
    pub path: PathBuf,
    /// The spec file's text.
    pub text: String,
    /// What the importer could not map.
    pub notes: Vec<map::Note>,
}

/// Runs the command with `args` (after `import-wix`) from the workspace `root`; `Ok` is the report.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let mut out = PathBuf::from("spec");
    let mut check = false;
    let mut packages = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--check" => check = true,
            "--out" => {
                out = PathBuf::from(args.next().ok_or(format!("`--out` needs a folder\nusage: {USAGE}"))?)
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`\nusage: {USAGE}")),
            package => packages.push(PathBuf::from(package)),
        }
    }
    if packages.is_empty() {
        packages = kept_packages(root, &out)?;
    }
    let mut report = String::new();
    let mut stale = Vec::new();
    for package in &packages {
        let imported = import(root, &out, &root.join(package))?;
        for note in &imported.notes {
            report.push_str(&format!("not mapped: {}: {}\n", note.at, note.message));
        }
        let on_disk = std::fs::read_to_string(root.join(&imported.path)).ok();
        if check {
            if on_disk.as_deref() != Some(imported.text.as_str()) {
                stale.push(imported.path.display().to_string());
            }
            continue;
        }
        let keep = root.join(&out).join(PACKAGES_DIR).join(imported.package.folder_name());
        if !same_folder(&root.join(package), &keep) {
            imported.package.keep_in(&keep)?;
        }
        if on_disk.as_deref() != Some(imported.text.as_str()) {
            std::fs::write(root.join(&imported.path), &imported.text)
                .map_err(|error| format!("cannot write {}: {error}", imported.path.display()))?;
        }
        report.push_str(&format!(
            "imported {} {} into {} ({} notes)\n",
            imported.package.name,
            imported.package.version,
            imported.path.display(),
            imported.notes.len()
        ));
    }
    if !stale.is_empty() {
        return Err(format!(
            "{report}error: {} differ from what the kept packages and overrides give\n\
             help: run `cargo xtask import-wix` and commit the result\n",
            stale.join(", ")
        ));
    }
    if check {
        report.push_str(&format!("{} imported specs are up to date\n", packages.len()));
    }
    Ok(report)
}

/// The packages kept under `<out>/wix/`, sorted.
pub fn kept_packages(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    let folder = out.join(PACKAGES_DIR);
    let entries = std::fs::read_dir(root.join(&folder)).map_err(|error| {
        format!("no package given, and cannot list {}: {error}\nusage: {USAGE}", folder.display())
    })?;
    let mut packages = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| format!("cannot list {}: {error}", folder.display()))?;
        if entry.path().is_dir() {
            packages.push(folder.join(entry.file_name()));
        }
    }
    packages.sort();
    Ok(packages)
}

fn same_folder(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Imports the package at `package` into a spec for the out dir `out` (relative to `root`), applying
/// the overrides kept there, and checks it with the generator. Nothing is written.
pub fn import(root: &Path, out: &Path, package: &Path) -> Result<Imported, String> {
    let package = Package::read(package)?;
    let default_module = package.module()?;
    let overrides_path = out.join(OVERRIDES_DIR).join(format!("{default_module}.yaml"));
    let overrides = if root.join(&overrides_path).is_file() {
        Some(Overrides::read(&root.join(&overrides_path), &overrides_path)?)
    } else {
        None
    };
    let module = overrides.as_ref().and_then(Overrides::api).unwrap_or(&default_module).to_string();
    let leave_out = overrides.as_ref().map(Overrides::left_out_methods).transpose()?.unwrap_or_default();
    let shared_paths = shared_specs(root, out)?;
    let shared = shared_paths.iter().map(|path| shared_types(root, path)).collect::<Result<Vec<_>, _>>()?;
    let mapped = map::map(&package, &module, &shared, &leave_out)?;
    let mut value =
        serde_yaml::to_value(&mapped.spec).map_err(|error| format!("cannot write the spec: {error}"))?;
    if let Some(overrides) = &overrides {
        overrides.apply(&mut value)?;
    }
    let spec: Spec = serde_yaml::from_value(value).map_err(|error| match &overrides {
        Some(overrides) => {
            format!("{}: the overrides do not fit the spec format: {error}", overrides.path.display())
        }
        None => format!("internal error: the imported spec does not fit the spec format: {error}"),
    })?;
    let path = out.join(format!("{}.yaml", spec.api));
    let text = spec_text(&package, out, &overrides_path, overrides.is_some(), &spec)?;
    check_with_generator(root, &shared_paths, &path, &text)?;
    Ok(Imported { package, path, text, notes: mapped.notes })
}

/// The spec file: a header saying where it comes from, then the spec.
fn spec_text(
    package: &Package,
    out: &Path,
    overrides: &Path,
    has_overrides: bool,
    spec: &Spec,
) -> Result<String, String> {
    let kept = slashed(&out.join(PACKAGES_DIR).join(package.folder_name()));
    let overrides = if has_overrides {
        format!("the overrides in {}", slashed(overrides))
    } else {
        format!("no overrides ({} would hold them)", slashed(overrides))
    };
    let yaml = serde_yaml::to_string(spec).map_err(|error| format!("cannot write the spec: {error}"))?;
    Ok(format!(
        "# Imported by `cargo xtask import-wix` from {} {}\n\
         # (kept in {kept}), with {overrides}.\n\
         # Do not edit: change the overrides and import again.\n{yaml}",
        package.name, package.version
    ))
}

fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The specs of shared types in the out dir, which the imported spec may refer to.
fn shared_specs(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    let specs = if root.join(out).is_dir() {
        crate::spec_files(root, out).map_err(|error| format!("cannot list {}: {error}", out.display()))?
    } else {
        Vec::new()
    };
    Ok(generator::shared_types_specs(root, &specs))
}

fn shared_types(root: &Path, path: &Path) -> Result<SharedTypes, String> {
    let file =
        generator::load::load(root, path).map_err(|errors| generator::render_diagnostics(&errors, false))?;
    Ok(SharedTypes { api: file.spec.api, types: file.spec.types })
}

/// Generates the spec with the shared specs, as `cargo xtask codegen` would; its errors if it fails.
fn check_with_generator(root: &Path, shared: &[PathBuf], path: &Path, text: &str) -> Result<(), String> {
    let mut sources = Vec::new();
    for shared in shared {
        let bytes = std::fs::read(root.join(shared))
            .map_err(|error| format!("cannot read {}: {error}", shared.display()))?;
        sources.push((shared.clone(), bytes));
    }
    sources.push((path.to_path_buf(), text.as_bytes().to_vec()));
    generator::generate_from_sources(sources).map(drop).map_err(|errors| {
        format!(
            "{}error: the generator refuses the spec imported into {}, so it was not written\n\
             help: fix what it says in the overrides, or in the importer\n",
            generator::render_diagnostics(&errors, false),
            path.display()
        )
    })
}
