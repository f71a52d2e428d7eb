//! `cargo xtask import-wix` on the packages kept in `spec/wix/`: the committed specs are what they
//! give, importing is deterministic, and the raw import of External Calendars is a snapshot.

use std::path::Path;

use codegen_tests::workspace_root;
use xtask::import::{self, PACKAGES_DIR};

const EXTERNAL_CALENDARS: &str = "spec/wix/auto_sdk_bookings_external-calendars";

/// Like `cargo xtask codegen --check`: a spec edited by hand, or a package or overrides changed
/// without importing again, fails here.
#[test]
fn committed_specs_are_what_the_kept_packages_and_overrides_give() {
    let root = workspace_root();
    let report = import::run(&root, &["--check"]).unwrap_or_else(|report| panic!("{report}"));
    let kept = import::kept_packages(&root, Path::new("spec")).expect("spec/wix lists");
    assert!(!kept.is_empty(), "no package is kept in spec/{PACKAGES_DIR}");
    assert!(report.ends_with(&format!("{} imported specs are up to date\n", kept.len())), "{report}");
}

#[test]
fn importing_again_gives_the_same_bytes() {
    let root = workspace_root();
    let package = root.join(EXTERNAL_CALENDARS);
    let first = import::import(&root, Path::new("spec"), &package).expect("imports");
    let second = import::import(&root, Path::new("spec"), &package).expect("imports again");
    assert_eq!(first.text, second.text);
    assert_eq!(first.path, Path::new("spec/bookings_external_calendars.yaml"));
}

/// What the importer maps from the package alone, before overrides; its notes say what it could not.
#[test]
fn external_calendars_without_overrides() {
    let root = workspace_root();
    let scratch = tempfile::tempdir().expect("a scratch folder");
    std::fs::create_dir(scratch.path().join("spec")).expect("creates spec/");
    std::fs::copy(root.join("spec/common.yaml"), scratch.path().join("spec/common.yaml")).expect("copies");
    let imported = import::import(scratch.path(), Path::new("spec"), &root.join(EXTERNAL_CALENDARS))
        .unwrap_or_else(|error| panic!("{error}"));
    let notes: Vec<String> =
        imported.notes.iter().map(|note| format!("{}: {}", note.at, note.message)).collect();
    insta::assert_snapshot!(format!("# notes: {notes:?}\n{}", imported.text));
}
