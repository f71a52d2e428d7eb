//! The generator as `cargo xtask codegen` uses it: generated/ is up to date, output is deterministic,
//! unchanged files are not rewritten, `--check` reports drift, and bad specs write nothing.

use std::fs;
use std::path::{Path, PathBuf};

use generator::{FileStatus, Target};

fn api_targets() -> Vec<Target> {
    xtask::targets(&xtask::workspace_root()).expect("the spec folders list")
}

/// The committed `generated/`, the features of its manifest and the README's table of APIs are
/// exactly what generating from `spec/` (and the fixtures) gives, and so is the spec format's JSON
/// Schema.
#[test]
fn generated_crate_is_up_to_date() {
    let root = xtask::workspace_root();
    let documents = xtask::documents(&root).unwrap_or_else(|error| panic!("{error}"));
    let report = generator::run(&root, &api_targets(), &documents, true, false)
        .unwrap_or_else(|report| panic!("generated/ is stale; run `cargo xtask codegen`:\n{report}"));
    assert!(report.contains("generated files are up to date"), "{report}");
}

#[test]
fn same_spec_gives_byte_identical_output() {
    let root = xtask::workspace_root();
    for target in api_targets() {
        let first = generator::generate(&root, &target.specs).expect("specs are valid");
        let second = generator::generate(&root, &target.specs).expect("specs are valid");
        assert_eq!(first, second);
    }
}

fn spec_target(out: &Path) -> Target {
    let specs = ["spec/common.yaml", "spec/bookings_external_calendars.yaml"].map(PathBuf::from).to_vec();
    Target { specs, out: out.to_path_buf(), features: None, calls: None }
}

#[test]
fn unchanged_run_rewrites_no_file() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let files = generator::generate(&root, &spec_target(out.path()).specs).expect("spec is valid");

    let first = generator::write::write(&files, out.path()).expect("writes");
    assert!(first.iter().all(|(_, status)| *status == FileStatus::Written), "{first:?}");
    let modified_before: Vec<_> =
        first.iter().map(|(path, _)| fs::metadata(path).and_then(|m| m.modified()).ok()).collect();

    let second = generator::write::write(&files, out.path()).expect("writes");
    assert!(second.iter().all(|(_, status)| *status == FileStatus::Unchanged), "{second:?}");
    let modified_after: Vec<_> =
        second.iter().map(|(path, _)| fs::metadata(path).and_then(|m| m.modified()).ok()).collect();
    assert_eq!(modified_before, modified_after);

    let leftovers: Vec<_> = fs::read_dir(out.path())
        .expect("lists")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files were left behind: {leftovers:?}");
}

#[test]
fn check_reports_a_diff_and_writes_nothing() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let target = spec_target(out.path());
    generator::run(&root, std::slice::from_ref(&target), &[], false, false).expect("generates");
    let module = out.path().join("bookings_external_calendars.rs");
    let edited = fs::read_to_string(&module)
        .expect("reads")
        .replace("pub async fn list_providers", "pub async fn list_provider");
    fs::write(&module, &edited).expect("writes");

    let report = generator::run(&root, std::slice::from_ref(&target), &[], true, false)
        .expect_err("drift is an error");
    assert!(report.contains("-    pub async fn list_provider("), "{report}");
    assert!(report.contains("+    pub async fn list_providers("), "{report}");
    assert!(report.contains("run `cargo xtask codegen`"), "{report}");
    assert_eq!(fs::read_to_string(&module).expect("reads"), edited, "--check must not write");

    generator::run(&root, std::slice::from_ref(&target), &[], false, false).expect("regenerates");
    let report = generator::run(&root, &[target], &[], true, false).expect("up to date after regenerating");
    assert!(report.contains("up to date"), "{report}");
}

#[test]
fn a_bad_spec_writes_nothing_even_for_good_specs() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let target = Target {
        specs: vec![
            PathBuf::from("spec/common.yaml"),
            PathBuf::from("spec/bookings_external_calendars.yaml"),
            PathBuf::from("tests/fixtures/errors/unknown_type.yaml"),
        ],
        out: out.path().to_path_buf(),
        features: None,
        calls: None,
    };
    let report = generator::run(&root, &[target], &[], false, false).expect_err("one spec is bad");
    assert!(report.contains("unknown type `Conection`"), "{report}");
    assert_eq!(fs::read_dir(out.path()).expect("lists").count(), 0, "nothing may be written");
}

#[test]
fn a_file_no_spec_produces_any_more_is_removed() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let target = spec_target(out.path());
    generator::run(&root, std::slice::from_ref(&target), &[], false, false).expect("generates");
    let stale = out.path().join("old_api.rs");
    let module = fs::read_to_string(out.path().join("bookings_external_calendars.rs")).expect("reads");
    fs::write(&stale, module).expect("writes");
    let hand_written = out.path().join("notes.rs");
    fs::write(&hand_written, "// not generated\n").expect("writes");

    let report = generator::run(&root, std::slice::from_ref(&target), &[], true, false)
        .expect_err("a stale file is drift");
    assert!(report.contains("old_api.rs"), "{report}");

    let report = generator::run(&root, &[target], &[], false, false).expect("generates");
    assert!(report.contains("removed"), "{report}");
    assert!(!stale.exists());
    assert!(hand_written.exists(), "files the generator did not write are never touched");
}

/// Names and contents of the files in `dir`, with their mtimes.
fn folder_state(dir: &Path) -> Vec<(String, String, std::time::SystemTime)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("lists")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path.file_name().expect("a name").to_string_lossy().into_owned();
            let contents = fs::read_to_string(&path).unwrap_or_else(|_| "(a folder)".into());
            (name, contents, fs::metadata(&path).and_then(|metadata| metadata.modified()).expect("mtime"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_file_that_cannot_be_written_leaves_every_target_as_it_was() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let (first, second) = (out.path().join("apis"), out.path().join("fixtures"));
    let targets = [
        spec_target(&first),
        Target {
            specs: vec![PathBuf::from("tests/fixtures/features/enums.yaml")],
            out: second.clone(),
            features: None,
            calls: None,
        },
    ];
    generator::run(&root, &targets, &[], false, false).expect("generates");
    // The first target's module is edited, so the run would rewrite it; the second target's index
    // is replaced by a folder, which the run cannot write over.
    let module = first.join("bookings_external_calendars.rs");
    fs::write(&module, "// edited by hand\n").expect("writes");
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&module)
        .and_then(|file| file.set_modified(an_hour_ago))
        .expect("mtime");
    fs::remove_file(second.join("mod.rs")).expect("removes");
    fs::create_dir(second.join("mod.rs")).expect("creates a folder where the index goes");
    let before = (folder_state(&first), folder_state(&second));

    let report = generator::run(&root, &targets, &[], false, false).expect_err("the index cannot be written");

    assert!(report.contains(&format!("cannot write {}", second.join("mod.rs").display())), "{report}");
    assert!(
        report.contains("it is a folder") && report.contains("no generated file was changed"),
        "{report}"
    );
    assert_eq!(
        (folder_state(&first), folder_state(&second)),
        before,
        "no file may change, nor be left behind"
    );
}

/// A crate manifest and README with the marker lines, and hand-written text around them.
fn feature_files(dir: &Path) -> generator::FeatureFiles {
    use generator::features::{MANIFEST_BEGIN, MANIFEST_END, README_BEGIN, README_END};
    let manifest = dir.join("Cargo.toml");
    fs::write(
        &manifest,
        format!("[package]\nname = \"x\"\n\n[features]\ndefault = []\n{MANIFEST_BEGIN}\n{MANIFEST_END}\n\n[lints]\n"),
    )
    .expect("writes");
    let readme = dir.join("README.md");
    fs::write(&readme, format!("# x\n\n{README_BEGIN}\n{README_END}\n\nMore.\n")).expect("writes");
    generator::FeatureFiles { manifest, readme: Some(readme) }
}

#[test]
fn features_are_written_into_the_manifest_and_readme_and_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let mut target = spec_target(&dir.path().join("apis"));
    target.features = Some(feature_files(dir.path()));
    let manifest = dir.path().join("Cargo.toml");

    let report = generator::run(&root, std::slice::from_ref(&target), &[], false, false).expect("generates");

    assert!(report.contains("written") && report.contains("Cargo.toml"), "{report}");
    let written = fs::read_to_string(&manifest).expect("reads");
    assert!(written.starts_with("[package]\nname = \"x\"\n\n[features]\ndefault = []\n# BEGIN"), "{written}");
    assert!(
        written.contains("\ncommon = []\n")
            && written.contains("\nbookings-external-calendars = [\"common\"]\n")
    );
    assert!(written.ends_with("# END features written by `cargo xtask codegen`\n\n[lints]\n"), "{written}");
    let readme = fs::read_to_string(dir.path().join("README.md")).expect("reads");
    assert!(readme.contains("| External Calendars | `bookings-external-calendars` | 9 |"), "{readme}");
    assert!(readme.starts_with("# x\n\n<!-- BEGIN") && readme.ends_with("-->\n\nMore.\n"), "{readme}");
    let index = fs::read_to_string(dir.path().join("apis/mod.rs")).expect("reads");
    assert!(
        index.contains(
            "#[cfg(feature = \"bookings-external-calendars\")]\npub mod bookings_external_calendars;"
        ),
        "{index}"
    );

    fs::write(
        &manifest,
        written.replace("bookings-external-calendars = [\"common\"]", "bookings-external-calendars = []"),
    )
    .expect("writes");
    let report = generator::run(&root, std::slice::from_ref(&target), &[], true, false)
        .expect_err("drift is an error");
    assert!(
        report.contains("-bookings-external-calendars = []\n+bookings-external-calendars = [\"common\"]"),
        "{report}"
    );
    generator::run(&root, std::slice::from_ref(&target), &[], false, false).expect("regenerates");
    assert_eq!(fs::read_to_string(&manifest).expect("reads"), written);
    generator::run(&root, &[target], &[], true, false).expect("up to date after regenerating");
}

#[test]
fn a_file_without_markers_is_reported_with_the_lines_to_add_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let mut target = spec_target(&dir.path().join("apis"));
    target.features = Some(feature_files(dir.path()));
    fs::write(dir.path().join("README.md"), "# x\n").expect("writes");
    let manifest_before = fs::read_to_string(dir.path().join("Cargo.toml")).expect("reads");

    let report = generator::run(&root, &[target], &[], false, false).expect_err("the README has no markers");

    assert!(report.contains("README.md has no generated part; add these lines where the table"), "{report}");
    assert!(report.contains("| External Calendars | `bookings-external-calendars` | 9 |"), "{report}");
    assert!(!dir.path().join("apis").exists(), "no module may be written");
    assert_eq!(fs::read_to_string(dir.path().join("Cargo.toml")).expect("reads"), manifest_before);
}

/// A spec of shared types and three APIs: one whose fields use a shared type, one whose docs link
/// to one, and one that does neither.
const SHARED_USES: [(&str, &str); 4] = [
    (
        "kinds.yaml",
        "api: kinds\ntitle: Kinds\ndocs: Shared.\ntypes:\n  Paging:\n    docs: Paging.\n    fields:\n      limit: { type: int32, docs: Limit. }\n",
    ),
    (
        "by_field.yaml",
        "api: by_field\ntitle: By field\nbase_url: https://api.example.com\ndocs: Uses it.\nmethods:\n  list:\n    summary: Lists.\n    http: GET /v1/list\n    params:\n      paging: { type: kinds.Paging, docs: Paging. }\n",
    ),
    (
        "by_docs.yaml",
        "api: by_docs\ntitle: By docs\nbase_url: https://api.example.com\ndocs: Pages like [kinds.Paging] says.\nmethods:\n  list:\n    summary: Lists.\n    http: GET /v1/list\n",
    ),
    (
        "by_none.yaml",
        "api: by_none\ntitle: By none\nbase_url: https://api.example.com\ndocs: Alone.\nmethods:\n  list:\n    summary: Lists.\n    http: GET /v1/list\n",
    ),
];

#[test]
fn an_api_feature_turns_on_the_shared_modules_its_code_or_docs_refer_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, yaml) in SHARED_USES {
        fs::write(dir.path().join(name), yaml).expect("writes");
    }
    let specs: Vec<PathBuf> = SHARED_USES.iter().map(|(name, _)| PathBuf::from(name)).collect();

    let generated = generator::generate_with_features(dir.path(), &specs)
        .unwrap_or_else(|errors| panic!("{}", generator::render_diagnostics(&errors, false)));

    let enables: Vec<(&str, Vec<&str>)> = generated
        .features
        .modules
        .iter()
        .map(|module| (module.feature.as_str(), module.enables.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        enables,
        [("kinds", vec![]), ("by-field", vec!["kinds"]), ("by-docs", vec!["kinds"]), ("by-none", vec![])]
    );
}
