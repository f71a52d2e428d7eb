//! A Wix SDK package (`npm pack @wix/auto_sdk_<domain>_<api>`), from its `.tgz` or an unpacked
//! folder: the few files the importer reads, and nothing else.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::typescript::Typings;

/// The package's manifest.
pub const MANIFEST: &str = "package.json";
/// REST types (wire names) and each method's verb, request and response.
pub const META_TYPINGS: &str = "build/cjs/meta.d.ts";
/// Each method's proto path, the public host's path mapping, and the float fields.
pub const META_JS: &str = "build/cjs/meta.js";
/// The SDK's typings: method docs, and in newer packages the re-exports of the `universal` file.
pub const SDK_TYPINGS: &str = "build/cjs/index.typings.d.ts";

/// Reads a file of the package by its path inside it.
type FileSource = dyn FnMut(&str) -> Result<String, String>;

/// Largest file the importer reads from a package; the largest real one is a few hundred kilobytes.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The files of a package that the importer reads, by path inside the package.
#[derive(Debug, Clone)]
pub struct Package {
    /// The npm name, e.g. `@wix/auto_sdk_bookings_external-calendars`.
    pub name: String,
    /// The version, e.g. `1.0.61`.
    pub version: String,
    /// Path inside the package to text, for [`MANIFEST`], [`META_TYPINGS`], [`META_JS`],
    /// [`SDK_TYPINGS`] and the files the latter imports from.
    pub files: BTreeMap<String, String>,
}

impl Package {
    /// Reads the package at `path`: a `.tgz` from `npm pack`, a folder holding its `package/`
    /// folder, or the `package/` folder itself.
    pub fn read(path: &Path) -> Result<Package, String> {
        let mut source: Box<FileSource> = if path.is_dir() {
            let root = if path.join("package").join(MANIFEST).is_file() {
                path.join("package")
            } else {
                path.into()
            };
            Box::new(move |inner: &str| read_file(&root.join(inner)))
        } else {
            let entries = read_tgz(path)?;
            let path = path.to_path_buf();
            Box::new(move |inner: &str| {
                entries
                    .get(inner)
                    .cloned()
                    .ok_or_else(|| format!("{}: has no `package/{inner}`", path.display()))
            })
        };
        let mut files = BTreeMap::new();
        for inner in [MANIFEST, META_TYPINGS, META_JS, SDK_TYPINGS] {
            files.insert(inner.to_string(), source(inner)?);
        }
        let sdk = Typings::parse(SDK_TYPINGS, &files[SDK_TYPINGS])?;
        for module in sdk
            .imports
            .values()
            .map(|(module, _)| module)
            .chain(sdk.exports.values().filter_map(|(m, _)| m.as_ref()))
        {
            if let Some(inner) = sibling_typings(module)
                && let std::collections::btree_map::Entry::Vacant(entry) = files.entry(inner)
            {
                let text = source(entry.key())?;
                entry.insert(text);
            }
        }
        let manifest = &files[MANIFEST];
        let field = |key: &str| {
            manifest_field(manifest, key)
                .ok_or_else(|| format!("{}: `{MANIFEST}` has no string `{key}`", path.display()))
        };
        let (name, version) = (field("name")?, field("version")?);
        Ok(Package { name, version, files })
    }

    /// The folder name the package's files are kept under, e.g. `auto_sdk_bookings_external-calendars`.
    pub fn folder_name(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }

    /// The module the package's API becomes: `<domain>_<api>` in snake case, e.g.
    /// `bookings_external_calendars` for `@wix/auto_sdk_bookings_external-calendars`.
    pub fn module(&self) -> Result<String, String> {
        let Some(rest) = self.folder_name().strip_prefix("auto_sdk_") else {
            return Err(format!("`{}` is not a package named `@wix/auto_sdk_<domain>_<api>`", self.name));
        };
        let module: String = rest
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        if module.is_empty() || !module.contains('_') {
            return Err(format!("`{}` is not a package named `@wix/auto_sdk_<domain>_<api>`", self.name));
        }
        Ok(module)
    }

    /// The API part of the name in words, e.g. `External Calendars`.
    pub fn title(&self) -> String {
        let api = self.folder_name().strip_prefix("auto_sdk_").unwrap_or(self.folder_name());
        let api = api.split_once('_').map_or(api, |(_, api)| api);
        api.split(['-', '_'])
            .filter(|word| !word.is_empty())
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The text of the file at `inner`, which [`Package::read`] always reads.
    pub fn text(&self, inner: &str) -> &str {
        self.files.get(inner).map_or("", String::as_str)
    }

    /// Writes the files into `folder`, replacing what was there, so the import runs again offline.
    pub fn keep_in(&self, folder: &Path) -> Result<(), String> {
        let error = |path: &Path, error: std::io::Error| format!("cannot write {}: {error}", path.display());
        if folder.exists() {
            std::fs::remove_dir_all(folder).map_err(|e| error(folder, e))?;
        }
        for (inner, text) in &self.files {
            let path = folder.join(inner);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| error(parent, e))?;
            }
            std::fs::write(&path, text).map_err(|e| error(&path, e))?;
        }
        Ok(())
    }
}

/// The path inside the package of the typings of a sibling module the SDK typings name
/// (`./x.universal-AbC.js` -> `build/cjs/x.universal-AbC.d.ts`); `None` for other packages.
fn sibling_typings(module: &str) -> Option<String> {
    let name = module.strip_prefix("./")?.strip_suffix(".js")?;
    (!name.contains(['/', '\\']) && !name.starts_with('.')).then(|| format!("build/cjs/{name}.d.ts"))
}

/// A top-level string field of `package.json`.
fn manifest_field(manifest: &str, key: &str) -> Option<String> {
    let value: serde_yaml::Value = serde_yaml::from_str(manifest).ok()?;
    value.get(key)?.as_str().map(str::to_string)
}

fn read_file(path: &Path) -> Result<String, String> {
    let size =
        std::fs::metadata(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?.len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "{} is {size} bytes, more than the {MAX_FILE_BYTES} the importer reads",
            path.display()
        ));
    }
    std::fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// The text files under `package/` in a `.tgz`, by path below it.
fn read_tgz(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let error = |what: &dyn std::fmt::Display| format!("cannot read {}: {what}", path.display());
    let file = std::fs::File::open(path).map_err(|e| error(&e))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut files = BTreeMap::new();
    for entry in archive.entries().map_err(|e| error(&e))? {
        let entry = entry.map_err(|e| error(&e))?;
        let inner: PathBuf = entry.path().map_err(|e| error(&e))?.into_owned();
        let Ok(inner) = inner.strip_prefix("package") else { continue };
        let inner = inner.to_string_lossy().replace('\\', "/");
        let wanted = inner == MANIFEST || (inner.starts_with("build/cjs/") && !inner.ends_with(".map"));
        if !wanted || entry.size() > MAX_FILE_BYTES {
            continue;
        }
        let mut text = String::new();
        entry.take(MAX_FILE_BYTES).read_to_string(&mut text).map_err(|e| error(&e))?;
        files.insert(inner, text);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(name: &str) -> Package {
        Package { name: name.into(), version: "1.0.0".into(), files: BTreeMap::new() }
    }

    #[test]
    fn the_module_is_domain_and_api_in_snake_case() {
        assert_eq!(
            package("@wix/auto_sdk_bookings_external-calendars").module().as_deref(),
            Ok("bookings_external_calendars")
        );
        assert_eq!(
            package("@wix/auto_sdk_bookings_categories-v-2").module().as_deref(),
            Ok("bookings_categories_v_2")
        );
        assert!(package("@wix/sdk").module().is_err());
        assert!(package("@wix/auto_sdk_bookings").module().is_err());
    }

    #[test]
    fn the_title_is_the_api_in_words() {
        assert_eq!(package("@wix/auto_sdk_bookings_external-calendars").title(), "External Calendars");
    }

    #[test]
    fn only_sibling_modules_are_read() {
        assert_eq!(sibling_typings("./a.universal-x9.js").as_deref(), Some("build/cjs/a.universal-x9.d.ts"));
        assert_eq!(sibling_typings("@wix/sdk-types"), None);
        assert_eq!(sibling_typings("./../secret.js"), None);
        assert_eq!(sibling_typings("./sub/a.js"), None);
    }
}
