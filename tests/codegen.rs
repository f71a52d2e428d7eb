//! The generator as `cargo xtask codegen` uses it: generated/ is up to date, output is deterministic,
//! unchanged files are not rewritten, `--check` reports drift, and bad specs write nothing.

use std::fs;
use std::path::{Path, PathBuf};

use generator::{FileStatus, Target};

fn api_targets() -> Vec<Target> {
    xtask::targets(&xtask::workspace_root()).expect("the spec folders list")
}

/// The committed `generated/` is exactly what generating from `spec/` (and the fixtures) gives.
#[test]
fn generated_crate_is_up_to_date() {
    let root = xtask::workspace_root();
    for target in api_targets() {
        let calls = target.calls.as_ref().expect("every target has call tests");
        let (modules, tests) = generator::generate_with_calls(&root, &target.specs, &calls.crate_path)
            .unwrap_or_else(|errors| panic!("{}", generator::render_diagnostics(&errors, false)));
        for (files, out) in [(modules, &target.out), (tests, &calls.out)] {
            let drifts = generator::write::check(&files, &root.join(out)).expect("generated/ is readable");
            let diffs: String = drifts.iter().map(|drift| drift.diff.as_str()).collect();
            assert!(drifts.is_empty(), "generated/ is stale; run `cargo xtask codegen`:\n{diffs}");
        }
    }
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
    Target { specs, out: out.to_path_buf(), calls: None }
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
    generator::run(&root, std::slice::from_ref(&target), false, false).expect("generates");
    let module = out.path().join("bookings_external_calendars.rs");
    let edited = fs::read_to_string(&module)
        .expect("reads")
        .replace("pub async fn list_providers", "pub async fn list_provider");
    fs::write(&module, &edited).expect("writes");

    let report =
        generator::run(&root, std::slice::from_ref(&target), true, false).expect_err("drift is an error");
    assert!(report.contains("-    pub async fn list_provider("), "{report}");
    assert!(report.contains("+    pub async fn list_providers("), "{report}");
    assert!(report.contains("run `cargo xtask codegen`"), "{report}");
    assert_eq!(fs::read_to_string(&module).expect("reads"), edited, "--check must not write");

    generator::run(&root, std::slice::from_ref(&target), false, false).expect("regenerates");
    let report = generator::run(&root, &[target], true, false).expect("up to date after regenerating");
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
        calls: None,
    };
    let report = generator::run(&root, &[target], false, false).expect_err("one spec is bad");
    assert!(report.contains("unknown type `Conection`"), "{report}");
    assert_eq!(fs::read_dir(out.path()).expect("lists").count(), 0, "nothing may be written");
}

#[test]
fn a_file_no_spec_produces_any_more_is_removed() {
    let out = tempfile::tempdir().expect("temp dir");
    let root = xtask::workspace_root();
    let target = spec_target(out.path());
    generator::run(&root, std::slice::from_ref(&target), false, false).expect("generates");
    let stale = out.path().join("old_api.rs");
    let module = fs::read_to_string(out.path().join("bookings_external_calendars.rs")).expect("reads");
    fs::write(&stale, module).expect("writes");
    let hand_written = out.path().join("notes.rs");
    fs::write(&hand_written, "// not generated\n").expect("writes");

    let report =
        generator::run(&root, std::slice::from_ref(&target), true, false).expect_err("a stale file is drift");
    assert!(report.contains("old_api.rs"), "{report}");

    let report = generator::run(&root, &[target], false, false).expect("generates");
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
            calls: None,
        },
    ];
    generator::run(&root, &targets, false, false).expect("generates");
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

    let report = generator::run(&root, &targets, false, false).expect_err("the index cannot be written");

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
