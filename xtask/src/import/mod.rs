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
pub mod shared;
pub mod typescript;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;

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
    let (specs, sharing) = if packages.len() == 1 {
        (vec![import(root, &out, &root.join(&packages[0]))?], None)
    } else {
        let packages: Vec<PathBuf> = packages.iter().map(|package| root.join(package)).collect();
        let mut all = import_all(root, &out, &packages)?;
        (std::mem::take(&mut all.specs), Some(all))
    };
    for (package, imported) in packages.iter().zip(&specs) {
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
        write_if_changed(root, &imported.path, on_disk.as_deref(), &imported.text)?;
        report.push_str(&format!(
            "imported {} {} into {} ({} notes)\n",
            imported.package.name,
            imported.package.version,
            imported.path.display(),
            imported.notes.len()
        ));
    }
    if let Some(all) = &sharing {
        let path = &all.shared_path;
        let on_disk = std::fs::read_to_string(root.join(path)).ok();
        let written_by_us = on_disk.as_deref().is_some_and(written_by_import);
        match &all.shared_text {
            Some(text) if check && on_disk.as_deref() != Some(text.as_str()) => {
                stale.push(path.display().to_string())
            }
            None if check && written_by_us => stale.push(path.display().to_string()),
            Some(text) if !check => write_if_changed(root, path, on_disk.as_deref(), text)?,
            None if !check && written_by_us => std::fs::remove_file(root.join(path))
                .map_err(|error| format!("cannot remove {}: {error}", path.display()))?,
            _ => {}
        }
        report.push_str(&format!(
            "{} types shared in {}; {} names defined differently by two or more packages stay per API \
             ({} more are shared by some packages and stay in the others)\n",
            all.shared,
            path.display(),
            all.differing,
            all.partly_shared
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

fn write_if_changed(root: &Path, path: &Path, on_disk: Option<&str>, text: &str) -> Result<(), String> {
    if on_disk == Some(text) {
        return Ok(());
    }
    std::fs::write(root.join(path), text).map_err(|error| format!("cannot write {}: {error}", path.display()))
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
/// the overrides kept there, and checks it with the generator. Nothing is written. Its types are not
/// shared with other packages' (see [`import_all`]).
pub fn import(root: &Path, out: &Path, package: &Path) -> Result<Imported, String> {
    let shared_paths = shared_specs(root, out)?;
    let shared = shared_paths.iter().map(|path| shared_types(root, path)).collect::<Result<Vec<_>, _>>()?;
    let (draft, spec) = draft(root, out, package, &shared)?;
    let path = out.join(format!("{}.yaml", spec.api));
    let text = spec_text(root, &draft.package, out, &draft.overrides_path, draft.overrides.is_some(), &spec)?;
    let sources = sources(root, &shared_paths)?;
    check_with_generator(sources, &[(path.clone(), text.clone())])?;
    Ok(Imported { package: draft.package, path, text, notes: draft.notes })
}

/// The specs imported from several packages at once, and their spec of shared types.
#[derive(Debug)]
pub struct ImportedAll {
    /// One spec per package, in the order given.
    pub specs: Vec<Imported>,
    /// Where the spec of the types they share goes, relative to the root.
    pub shared_path: PathBuf,
    /// That spec's text; `None` when they share no type.
    pub shared_text: Option<String>,
    /// How many types they share.
    pub shared: usize,
    /// Names that two or more of them define, but differently, each keeping its own.
    pub differing: usize,
    /// Names shared by some of them that others define differently, keeping their own.
    pub partly_shared: usize,
}

/// Imports the packages as [`import`] does, then moves the types that two or more of them define the
/// same way into one spec of shared types (`<domain>_shared`, see [`shared`]), and checks them all
/// with the generator. Overrides apply to each package's spec before sharing: a shared type's docs
/// are those an override gives, and an override that would make one package's copy of a shared type
/// differ from the others' is refused. Nothing is written.
pub fn import_all(root: &Path, out: &Path, packages: &[PathBuf]) -> Result<ImportedAll, String> {
    let shared_paths = shared_specs(root, out)?;
    let shared = shared_paths.iter().map(|path| shared_types(root, path)).collect::<Result<Vec<_>, _>>()?;
    let (drafts, mut specs): (Vec<Draft>, Vec<Spec>) = packages
        .iter()
        .map(|package| draft(root, out, package, &shared))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    let (api, title) = shared_name(&drafts);
    let mut edited = BTreeSet::new();
    for (index, draft) in drafts.iter().enumerate() {
        for name in draft.overrides.iter().flat_map(Overrides::edited_types) {
            edited.insert((index, name));
        }
    }
    let sharing = shared::share(&mut specs, &api, &title, &edited);
    if let Some(shared_spec) = &sharing.spec {
        refuse_diverging_overrides(&drafts, &specs, shared_spec)?;
    }
    let shared_path = out.join(format!("{api}.yaml"));
    let shared_text =
        sharing.spec.as_ref().map(|spec| shared_spec_text(root, out, &drafts, spec)).transpose()?;
    let mut imported = Vec::new();
    for (draft, spec) in drafts.into_iter().zip(specs) {
        let path = out.join(format!("{}.yaml", spec.api));
        let text =
            spec_text(root, &draft.package, out, &draft.overrides_path, draft.overrides.is_some(), &spec)?;
        imported.push(Imported { package: draft.package, path, text, notes: draft.notes });
    }
    let mut written: Vec<(PathBuf, String)> =
        imported.iter().map(|spec| (spec.path.clone(), spec.text.clone())).collect();
    if let Some(text) = &shared_text {
        written.insert(0, (shared_path.clone(), text.clone()));
    }
    check_with_generator(sources(root, &shared_paths)?, &written)?;
    Ok(ImportedAll {
        specs: imported,
        shared_path,
        shared: sharing.spec.as_ref().map_or(0, |spec| spec.types.len()),
        shared_text,
        differing: sharing.differing,
        partly_shared: sharing.partly_shared,
    })
}

/// What a package's spec is imported from, and its spec as mapped, before the overrides.
struct Draft {
    package: Package,
    mapped: Spec,
    overrides_path: PathBuf,
    overrides: Option<Overrides>,
    notes: Vec<map::Note>,
}

/// A package's spec with its overrides applied, before it is shared and written.
fn draft(root: &Path, out: &Path, package: &Path, shared: &[SharedTypes]) -> Result<(Draft, Spec), String> {
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
    let mapped = map::map(&package, &module, shared, &leave_out)?;
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
    Ok((Draft { package, mapped: mapped.spec, overrides_path, overrides, notes: mapped.notes }, spec))
}

/// The spec of shared types: `<domain>_shared` when every package is of one domain
/// (`@wix/auto_sdk_bookings_...` -> `bookings_shared`), else `wix_shared`; and its title.
fn shared_name(drafts: &[Draft]) -> (String, String) {
    let domains: BTreeSet<&str> = drafts
        .iter()
        .map(|draft| {
            let folder = draft.package.folder_name();
            let rest = folder.strip_prefix("auto_sdk_").unwrap_or(folder);
            rest.split_once('_').map_or(rest, |(domain, _)| domain)
        })
        .collect();
    let domain = match domains.into_iter().collect::<Vec<_>>().as_slice() {
        [only] if generator::spec::is_identifier(only) => only.to_lowercase(),
        _ => "wix".to_string(),
    };
    let title = format!("Types shared by the {} APIs", domain.to_upper_camel_case());
    (format!("{domain}_shared"), title)
}

/// An override that edits a type's structure in one package, where the package's copy without it is
/// the shared one, would split that type in two: refused, as the copies are meant to be one type.
fn refuse_diverging_overrides(drafts: &[Draft], specs: &[Spec], shared_spec: &Spec) -> Result<(), String> {
    for (draft, spec) in drafts.iter().zip(specs) {
        let Some(overrides) = &draft.overrides else { continue };
        for name in overrides.edited_types() {
            let (Some(shared_copy), Some(own), Some(mapped)) =
                (shared_spec.types.get(&name), spec.types.get(&name), draft.mapped.types.get(&name))
            else {
                continue;
            };
            let shared_shape = shared::shape(shared_copy);
            if shared::shape(mapped) == shared_shape && shared::shape(own) != shared_shape {
                return Err(format!(
                    "{}: the overrides change type `{name}` beyond its docs, but other packages define it as \
                     this package does without them, and share it as `{}.{name}`\n\
                     help: edit only its docs here, or give the same override to every package that defines it\n",
                    overrides.path.display(),
                    shared_spec.api
                ));
            }
        }
    }
    Ok(())
}

/// The spec of shared types' file: the modeline, a header saying where it comes from
/// ([`SHARED_HEADER`]), then the spec.
fn shared_spec_text(root: &Path, out: &Path, drafts: &[Draft], spec: &Spec) -> Result<String, String> {
    let yaml = serde_yaml::to_string(spec).map_err(|error| format!("cannot write the spec: {error}"))?;
    Ok(format!(
        "{}\n{SHARED_HEADER}\n\
         # the types that two or more of the {} packages imported define the same way.\n\
         # Do not edit: change the overrides and import again.\n{yaml}",
        schema_modeline(root, out),
        drafts.len()
    ))
}

/// The spec file: the modeline, a header saying where it comes from, then the spec.
fn spec_text(
    root: &Path,
    package: &Package,
    out: &Path,
    overrides: &Path,
    has_overrides: bool,
    spec: &Spec,
) -> Result<String, String> {
    let kept = crate::slashed(&out.join(PACKAGES_DIR).join(package.folder_name()));
    let overrides = if has_overrides {
        format!("the overrides in {}", crate::slashed(overrides))
    } else {
        format!("no overrides ({} would hold them)", crate::slashed(overrides))
    };
    let yaml = serde_yaml::to_string(spec).map_err(|error| format!("cannot write the spec: {error}"))?;
    Ok(format!(
        "{}\n\
         # Imported by `cargo xtask import-wix` from {} {}\n\
         # (kept in {kept}), with {overrides}.\n\
         # Do not edit: change the overrides and import again.\n{yaml}",
        schema_modeline(root, out),
        package.name,
        package.version
    ))
}

/// The modeline that points an editor at the spec format's JSON Schema, from a spec in `out`
/// (relative to `root`, or absolute): by a relative path where there is one.
fn schema_modeline(root: &Path, out: &Path) -> String {
    let (folder, name) = crate::SPEC_SCHEMA;
    let schema = root.join(folder).join(name);
    let path = pathdiff::diff_paths(&schema, root.join(out)).unwrap_or(schema);
    generator::json_schema::modeline(&crate::slashed(&path))
}

/// Whether a spec of shared types is one `import-wix` wrote, by its header.
fn written_by_import(text: &str) -> bool {
    text.lines().take(2).any(|line| line == SHARED_HEADER)
}

/// The first line of a spec of shared types that `import-wix` writes.
pub const SHARED_HEADER: &str = "# Written by `cargo xtask import-wix`: types shared by imported specs,";

/// The specs of shared types in the out dir written by hand, which an imported spec may refer to;
/// not those `import-wix` writes, which it makes anew from the packages.
fn shared_specs(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    let specs = if root.join(out).is_dir() {
        crate::spec_files(root, out).map_err(|error| format!("cannot list {}: {error}", out.display()))?
    } else {
        Vec::new()
    };
    let mut by_hand = Vec::new();
    for path in generator::shared_types_specs(root, &specs) {
        let text = std::fs::read_to_string(root.join(&path))
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        if !written_by_import(&text) {
            by_hand.push(path);
        }
    }
    Ok(by_hand)
}

fn shared_types(root: &Path, path: &Path) -> Result<SharedTypes, String> {
    let file =
        generator::load::load(root, path).map_err(|errors| generator::render_diagnostics(&errors, false))?;
    Ok(SharedTypes { api: file.spec.api, types: file.spec.types })
}

/// The files at `paths`, as the generator takes them.
fn sources(root: &Path, paths: &[PathBuf]) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    paths
        .iter()
        .map(|path| {
            std::fs::read(root.join(path))
                .map(|bytes| (path.clone(), bytes))
                .map_err(|error| format!("cannot read {}: {error}", path.display()))
        })
        .collect()
}

/// Generates the specs `written` with the specs of shared types `shared`, as `cargo xtask codegen`
/// would; its errors if it fails.
fn check_with_generator(
    mut sources: Vec<(PathBuf, Vec<u8>)>,
    written: &[(PathBuf, String)],
) -> Result<(), String> {
    sources.extend(written.iter().map(|(path, text)| (path.clone(), text.as_bytes().to_vec())));
    let paths: Vec<String> = written.iter().map(|(path, _)| path.display().to_string()).collect();
    generator::generate_from_sources(sources).map(drop).map_err(|errors| {
        format!(
            "{}error: the generator refuses the specs imported into {}, so none was written\n\
             help: fix what it says in the overrides, or in the importer\n",
            generator::render_diagnostics(&errors, false),
            paths.join(", ")
        )
    })
}
