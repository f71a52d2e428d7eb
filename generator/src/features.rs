//! The cargo features of a crate whose generated modules each compile under a feature of their own.
//!
//! An API module compiles under its feature ([`crate::naming::feature`]). A module of shared types
//! has a feature too, which the feature of every API that refers to it turns on: an API's feature
//! compiles that API and what it shares, and nothing else. `full` turns every feature on.
//!
//! The features go into the crate's hand-written manifest, and the table of APIs into its README,
//! each between two marker lines ([`MANIFEST_BEGIN`] and [`MANIFEST_END`], [`README_BEGIN`] and
//! [`README_END`]); the rest of each file is the author's and is kept as it is.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::format::GeneratedFile;
use crate::model::Api;

/// The line of the manifest's `[features]` table after which the generated features go.
pub const MANIFEST_BEGIN: &str =
    "# BEGIN features written by `cargo xtask codegen` from the specs: do not edit";

/// The line of the manifest after the generated features.
pub const MANIFEST_END: &str = "# END features written by `cargo xtask codegen`";

/// The line of the README after which the generated table of APIs goes.
pub const README_BEGIN: &str =
    "<!-- BEGIN table written by `cargo xtask codegen` from the specs: do not edit -->";

/// The line of the README after the generated table of APIs.
pub const README_END: &str = "<!-- END table written by `cargo xtask codegen` -->";

/// The hand-written files of a crate that list its generated modules' features.
#[derive(Debug, Clone)]
pub struct FeatureFiles {
    /// The crate's `Cargo.toml`, whose `[features]` table holds the marker lines.
    pub manifest: PathBuf,
    /// A Markdown file (the README) that holds the table of APIs between its marker lines.
    pub readme: Option<PathBuf>,
}

/// The feature of one generated module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleFeature {
    /// The module, e.g. `external_calendars`.
    pub module: String,
    /// Its feature, e.g. `external-calendars`.
    pub feature: String,
    /// The API's human name.
    pub title: String,
    /// How many methods its client has; none for a module of shared types.
    pub methods: usize,
    /// Whether the module holds types that APIs share rather than an API's client.
    pub shared: bool,
    /// The features of the modules of shared types it refers to, which its feature turns on.
    pub enables: Vec<String>,
}

impl ModuleFeature {
    /// The feature of `api`'s module.
    pub fn of(api: &Api) -> ModuleFeature {
        ModuleFeature {
            module: api.module.unraw().to_string(),
            feature: api.feature.clone(),
            title: api.title.clone(),
            methods: api.methods.len(),
            shared: api.base_url.is_none(),
            enables: api.shared_features.clone(),
        }
    }
}

/// The features of a crate's generated modules, in the order of their specs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// One per module.
    pub modules: Vec<ModuleFeature>,
}

impl Features {
    /// The lines of the manifest's `[features]` table that go between the markers: `full`, then the
    /// feature of each module with the features it turns on.
    pub fn manifest_lines(&self) -> String {
        let mut lines = String::from("# Every feature below.\nfull = [\n");
        for module in &self.modules {
            let _ = writeln!(lines, "    \"{}\",", module.feature);
        }
        lines.push_str("]\n");
        for module in &self.modules {
            let title = one_line(&module.title);
            let _ = match module.shared {
                true => {
                    writeln!(lines, "# {title}, shared: turned on by the feature of each API that uses them.")
                }
                false => writeln!(lines, "# The {title} API: {}.", methods(module.methods)),
            };
            let enables: Vec<String> =
                module.enables.iter().map(|feature| format!("\"{feature}\"")).collect();
            let _ = writeln!(lines, "{} = [{}]", module.feature, enables.join(", "));
        }
        lines
    }

    /// The README's table of APIs, with the feature and the number of methods of each, then the
    /// modules of shared types.
    pub fn readme_table(&self) -> String {
        let mut table = String::from("| API | feature | methods | module |\n| --- | --- | --- | --- |\n");
        for module in self.modules.iter().filter(|module| !module.shared) {
            let _ = writeln!(
                table,
                "| {} | `{}` | {} | `wix_sdk::{}` |",
                escape_cell(&module.title),
                module.feature,
                module.methods,
                module.module
            );
        }
        let shared: Vec<String> = self
            .modules
            .iter()
            .filter(|module| module.shared)
            .map(|module| format!("{} (`wix_sdk::{}`)", escape_cell(&module.title), module.module))
            .collect();
        if !shared.is_empty() {
            let _ = writeln!(
                table,
                "\nTypes that several APIs share, compiled with any API above that uses them: {}.",
                shared.join(", ")
            );
        }
        table
    }

    /// The hand-written files of `feature_files` (relative to `root`) with the generated parts
    /// written in, each as a file to write into its folder; `Err` says which file cannot take them,
    /// and how to fix it.
    pub fn spliced_files(
        &self,
        root: &Path,
        feature_files: &FeatureFiles,
    ) -> Result<Vec<(PathBuf, GeneratedFile)>, String> {
        let mut files = vec![spliced_file(
            root,
            &feature_files.manifest,
            Markers { begin: MANIFEST_BEGIN, end: MANIFEST_END, place: "in its `[features]` table" },
            &self.manifest_lines(),
        )?];
        if let Some(readme) = &feature_files.readme {
            let place = "where the table of APIs goes";
            let markers = Markers { begin: README_BEGIN, end: README_END, place };
            files.push(spliced_file(root, readme, markers, &self.readme_table())?);
        }
        Ok(files)
    }
}

/// The two lines around a generated part of a hand-written file, and where in the file it goes.
#[derive(Debug, Clone, Copy)]
pub struct Markers<'a> {
    /// The line before the part.
    pub begin: &'a str,
    /// The line after the part.
    pub end: &'a str,
    /// Where the part goes in the file, for the message when the markers are missing.
    pub place: &'a str,
}

/// Reads `path` (relative to `root`) and returns its folder and the file with `body` between the
/// markers.
fn spliced_file(
    root: &Path,
    path: &Path,
    markers: Markers<'_>,
    body: &str,
) -> Result<(PathBuf, GeneratedFile), String> {
    let absolute = root.join(path);
    let text = fs::read_to_string(&absolute)
        .map_err(|error| format!("error: cannot read {}: {error}\n", absolute.display()))?;
    let contents = splice(path, &text, markers, body)?;
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let folder = absolute.parent().map_or_else(|| root.to_path_buf(), Path::to_path_buf);
    Ok((folder, GeneratedFile { name, contents }))
}

/// `text` (the contents of `path`) with the lines between the markers replaced by `body`; `Err`
/// says what is wrong with the markers, and what to write where they are missing.
pub fn splice(path: &Path, text: &str, markers: Markers<'_>, body: &str) -> Result<String, String> {
    let line_at = |marker: &str| -> Vec<usize> {
        let mut offset = 0;
        let mut found = Vec::new();
        for line in text.split_inclusive('\n') {
            if line.trim_end() == marker {
                found.push(offset);
            }
            offset += line.len();
        }
        found
    };
    let (begins, ends) = (line_at(markers.begin), line_at(markers.end));
    match (begins.as_slice(), ends.as_slice()) {
        ([begin], [end]) if begin < end => {
            let after_begin = begin + text[*begin..].find('\n').map_or(text.len() - begin, |at| at + 1);
            Ok(format!("{}{body}{}", &text[..after_begin], &text[*end..]))
        }
        ([], []) => Err(format!(
            "error: {} has no generated part; add these lines {}, then run `cargo xtask codegen`:\n{}\n{body}{}\n",
            path.display(),
            markers.place,
            markers.begin,
            markers.end
        )),
        _ => Err(format!(
            "error: {} must hold the line `{}` once, and after it the line `{}` once; it has the first \
             {} time(s) and the second {} time(s)\n",
            path.display(),
            markers.begin,
            markers.end,
            begins.len(),
            ends.len()
        )),
    }
}

fn methods(count: usize) -> String {
    match count {
        1 => "1 method".to_string(),
        count => format!("{count} methods"),
    }
}

/// A title on one line, as a comment or table cell holds it.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text for a Markdown table cell: on one line, with `|` escaped.
fn escape_cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features() -> Features {
        let module = |module: &str, title: &str, methods, enables: &[&str]| ModuleFeature {
            module: module.into(),
            feature: module.replace('_', "-"),
            title: title.into(),
            methods,
            shared: methods == 0,
            enables: enables.iter().map(|feature| feature.to_string()).collect(),
        };
        Features {
            modules: vec![
                module("common", "Common types", 0, &[]),
                module("bookings_services", "Services | Bookings", 12, &["common"]),
                module("pricing", "Pricing", 1, &[]),
            ],
        }
    }

    const MARKERS: Markers<'static> = Markers { begin: "# begin", end: "# end", place: "here" };

    #[test]
    fn each_api_turns_on_the_shared_modules_it_uses_and_full_turns_on_all() {
        assert_eq!(
            features().manifest_lines(),
            "# Every feature below.\nfull = [\n    \"common\",\n    \"bookings-services\",\n    \"pricing\",\n]\n\
             # Common types, shared: turned on by the feature of each API that uses them.\ncommon = []\n\
             # The Services | Bookings API: 12 methods.\nbookings-services = [\"common\"]\n\
             # The Pricing API: 1 method.\npricing = []\n"
        );
    }

    #[test]
    fn the_readme_lists_apis_then_shared_modules() {
        assert_eq!(
            features().readme_table(),
            "| API | feature | methods | module |\n| --- | --- | --- | --- |\n\
             | Services \\| Bookings | `bookings-services` | 12 | `wix_sdk::bookings_services` |\n\
             | Pricing | `pricing` | 1 | `wix_sdk::pricing` |\n\
             \nTypes that several APIs share, compiled with any API above that uses them: Common types \
             (`wix_sdk::common`).\n"
        );
    }

    #[test]
    fn only_the_lines_between_the_markers_change() {
        let text = "[features]\ndefault = []\n# begin\nold = []\n# end\n\n[lints]\n";

        let spliced = splice(Path::new("Cargo.toml"), text, MARKERS, "new = []\n").expect("splices");

        assert_eq!(spliced, "[features]\ndefault = []\n# begin\nnew = []\n# end\n\n[lints]\n");
        let again = splice(Path::new("Cargo.toml"), &spliced, MARKERS, "new = []\n").expect("splices");
        assert_eq!(again, spliced, "splicing the same lines again changes nothing");
    }

    #[test]
    fn missing_markers_are_reported_with_the_lines_to_add() {
        let error =
            splice(Path::new("Cargo.toml"), "[features]\n", MARKERS, "new = []\n").expect_err("no markers");
        assert!(error.contains("Cargo.toml has no generated part"), "{error}");
        assert!(error.contains("add these lines here"), "{error}");
        assert!(error.ends_with("# begin\nnew = []\n# end\n"), "{error}");
    }

    #[test]
    fn markers_out_of_order_or_twice_are_refused() {
        for text in ["# end\n# begin\n", "# begin\n# end\n# begin\n", "# begin\n", "# end\n"] {
            let error = splice(Path::new("README.md"), text, MARKERS, "x\n").expect_err("refused");
            assert!(error.contains("must hold the line `# begin` once"), "{text:?}: {error}");
        }
    }
}
