//! `generator diff`: a snapshot of the report of each kind of change (`fixtures/diff/changes/*.yaml`,
//! each an edit of `fixtures/diff/base.yaml`), of types that move into a spec of shared types
//! (`fixtures/diff/moved/`), and what a spec diffed against itself reports.

use std::path::{Path, PathBuf};

use codegen_tests::{generate_module, relative_to_root, workspace_root, yaml_files};
use generator::diff::{self, Level, Report};
use generator::spec::SpecFile;

const BASE: &str = "tests/fixtures/diff/base.yaml";

/// The fixtures of types that move into a spec of shared types, with that spec.
const MOVED: &str = "tests/fixtures/diff/moved";

/// An API before some of its types move into the spec of shared types beside it.
const BEFORE_MOVE: &str = "tests/fixtures/diff/moved/before.yaml";

/// [`BEFORE_MOVE`] after the move.
const AFTER_MOVE: &str = "tests/fixtures/diff/moved/after.yaml";

/// A spec loaded as `generator diff` loads it, linked with the specs of shared types beside it.
fn load(path: &Path) -> SpecFile {
    diff::load_beside(&workspace_root(), path)
        .unwrap_or_else(|errors| panic!("{}", generator::render_diagnostics(&errors, false)))
}

fn diff_files(old: &Path, new: &Path) -> Report {
    diff::diff(&load(old).spec, &load(new).spec)
}

fn name(path: &Path) -> String {
    path.display().to_string()
}

/// The text report of each kind of change, against the base spec.
#[test]
fn each_kind_of_change() {
    insta::glob!("fixtures/diff/changes", "*.yaml", |path| {
        let changed = relative_to_root(path);
        let report = diff_files(Path::new(BASE), &changed);
        insta::assert_snapshot!(report.render_text(BASE, &name(&changed)));
    });
}

/// A type that moves into a spec of shared types keeps its path through the module's re-export: the
/// move is a patch, the fields that held it do not change type, and its old definition is compared
/// with the shared one (which callers can now build, and which has a new field).
#[test]
fn types_moved_into_a_spec_of_shared_types() {
    let report = diff_files(Path::new(BEFORE_MOVE), Path::new(AFTER_MOVE));
    insta::assert_snapshot!(report.render_text(BEFORE_MOVE, AFTER_MOVE));
    assert_eq!(report.level(), Some(Level::Additive));

    // The other way, the shared `Tag` the API no longer holds leaves the module.
    let reverse = diff_files(Path::new(AFTER_MOVE), Path::new(BEFORE_MOVE));
    let tag = reverse.changes.iter().find(|change| change.at == "things_shared.Tag").expect("the re-export");
    assert_eq!((tag.level, tag.rust.as_deref()), (Level::Breaking, Some("Tag")));
    assert!(tag.message.starts_with("no longer re-exported"), "{}", tag.message);
}

/// Without the spec of shared types beside the new version, the shared definition cannot be
/// compared: a move the API's own types show is breaking, and says why; a type only a shared type
/// holds reads as removed, with the reason it may not be.
#[test]
fn a_move_without_the_spec_of_shared_types_at_hand_is_breaking() {
    let unlinked = |path: &str| {
        diff::readable(generator::load::load(&workspace_root(), Path::new(path))).expect("the spec loads")
    };
    let report = diff::diff(&load(Path::new(BEFORE_MOVE)).spec, &unlinked(AFTER_MOVE).spec);
    let schedule = report.changes.iter().find(|change| change.at == "types.Schedule").expect("the move");
    assert_eq!(schedule.level, Level::Breaking);
    assert!(
        schedule
            .message
            .contains("counted as breaking, as the spec `things_shared` is not beside the new one"),
        "{}",
        schedule.message
    );
    let window = report.changes.iter().find(|change| change.at == "types.Window").expect("the type");
    assert_eq!(window.level, Level::Breaking);
    assert!(
        window.message.contains("if it moved into the shared types of `things_shared`"),
        "{}",
        window.message
    );
    assert!(report.changes.iter().all(|change| !change.at.starts_with("types.Thing.fields.schedule")));
}

/// The JSON report, for tools: the changes in spec order, with their level, place and Rust item.
#[test]
fn json_report() {
    let changed = Path::new("tests/fixtures/diff/changes/errors.yaml");
    let report = diff_files(Path::new(BASE), changed);
    insta::assert_snapshot!(report.render_json(BASE, &name(changed)));
}

/// With nothing changed, the JSON report has no level and no changes.
#[test]
fn json_report_of_no_change() {
    let report = diff_files(Path::new(BASE), Path::new(BASE));
    let json: serde_json::Value =
        serde_json::from_str(&report.render_json("a.yaml", "b.yaml")).expect("the report is JSON");
    assert_eq!(json["level"], serde_json::Value::Null);
    assert_eq!(json["counts"], serde_json::json!({ "breaking": 0, "additive": 0, "patch": 0 }));
    assert_eq!(json["changes"], serde_json::json!([]));
}

/// Every API spec, feature fixture and diff fixture, loaded twice and diffed, reports nothing.
#[test]
fn every_spec_against_itself_reports_nothing() {
    let specs: Vec<PathBuf> =
        ["spec", "tests/fixtures/features", "tests/fixtures/diff", "tests/fixtures/diff/changes", MOVED]
            .iter()
            .flat_map(|dir| yaml_files(dir))
            .collect();
    assert!(specs.len() > 60, "{} specs", specs.len());
    for spec in &specs {
        let report = diff_files(spec, spec);
        assert_eq!(report.render_text("old", "new"), "old -> new: no changes\n", "{}", spec.display());
        assert_eq!(report.level(), None);
    }
}

/// The fixtures are specs the generator takes, so the reports are about changes that can happen.
#[test]
fn every_diff_fixture_generates() {
    let folders = ["tests/fixtures/diff", "tests/fixtures/diff/changes", MOVED];
    for spec in folders.into_iter().flat_map(yaml_files) {
        generate_module(&spec).unwrap_or_else(|errors| panic!("{errors}"));
    }
}

/// Diffed the other way, a removal is an addition.
#[test]
fn the_reverse_of_a_removal_adds() {
    let removed = Path::new("tests/fixtures/diff/changes/method_removed.yaml");
    let report = diff_files(removed, Path::new(BASE));
    let added = report.changes.iter().find(|change| change.at == "methods.countThings").expect("the method");
    assert_eq!((added.level, added.rust.as_deref()), (Level::Additive, Some("Client::count_things")));

    let unpaged = Path::new("tests/fixtures/diff/changes/paging_removed.yaml");
    let report = diff_files(unpaged, Path::new(BASE));
    assert_eq!(report.level(), Some(Level::Additive));
    assert_eq!(report.changes.len(), 1);
    assert_eq!(report.changes[0].rust.as_deref(), Some("Client::list_things_all"));
}

/// A spec whose structure has a mistake is not compared: the nodes at fault would read as removed.
#[test]
fn a_spec_with_shape_errors_is_not_compared() {
    let text = std::fs::read_to_string(workspace_root().join(BASE)).expect("the base spec reads");
    let broken =
        text.replace("    summary: Counts things.\n", "    summary: Counts things.\n    sumary: typo\n");
    assert_ne!(broken, text);
    let loaded = generator::load::load_bytes(Path::new("broken.yaml"), broken.into_bytes());
    let errors = diff::readable(loaded).expect_err("the typo is refused");
    let rendered = generator::render_diagnostics(&errors, false);
    assert!(rendered.contains("broken.yaml"), "{rendered}");
    assert!(rendered.contains("sumary"), "{rendered}");
}

/// Runs git in `dir`, as a committer of its own.
fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// `cargo xtask codegen` reports each spec changed since the last commit, and nothing when none
/// changed.
#[test]
fn codegen_reports_the_specs_changed_since_the_last_commit() {
    let repo = tempfile::tempdir().expect("a temporary folder");
    let root = repo.path();
    let not_a_repo = xtask::spec_changes::report(root);
    assert!(not_a_repo.starts_with("spec changes: not compared, as "), "{not_a_repo}");
    assert!(not_a_repo.ends_with(" is not a git repository with a commit\n"), "{not_a_repo}");

    let fixture = |name: &str| std::fs::read(workspace_root().join(name)).expect("the fixture reads");
    std::fs::create_dir(root.join("spec")).expect("created");
    std::fs::write(root.join("spec/things.yaml"), fixture(BASE)).expect("written");
    std::fs::write(root.join("spec/gone.yaml"), fixture(BASE)).expect("written");
    git(root, &["init", "--quiet"]);
    git(root, &["add", "spec"]);
    git(root, &["commit", "--quiet", "-m", "specs"]);
    assert_eq!(xtask::spec_changes::report(root), "", "nothing changed");

    let removed = fixture("tests/fixtures/diff/changes/method_removed.yaml");
    std::fs::write(root.join("spec/things.yaml"), removed).expect("written");
    std::fs::write(root.join("spec/new.yaml"), fixture(BASE)).expect("written");
    std::fs::remove_file(root.join("spec/gone.yaml")).expect("removed");
    insta::assert_snapshot!(xtask::spec_changes::report(root));
}

/// `cargo xtask codegen` compares each version of a changed spec with the specs of shared types of its
/// own commit: the working copy with those of the folder, the committed one with those at `HEAD`.
#[test]
fn codegen_reports_a_move_with_the_specs_of_shared_types_of_each_version() {
    let repo = tempfile::tempdir().expect("a temporary folder");
    let root = repo.path();
    let fixture = |name: &str| std::fs::read(workspace_root().join(name)).expect("the fixture reads");
    std::fs::create_dir(root.join("spec")).expect("created");
    std::fs::write(root.join("spec/things.yaml"), fixture(BEFORE_MOVE)).expect("written");
    std::fs::write(root.join("spec/shared.yaml"), fixture(&format!("{MOVED}/shared.yaml"))).expect("written");
    git(root, &["init", "--quiet"]);
    git(root, &["add", "spec"]);
    git(root, &["commit", "--quiet", "-m", "specs"]);
    std::fs::write(root.join("spec/things.yaml"), fixture(AFTER_MOVE)).expect("written");
    let moved = diff_files(Path::new(BEFORE_MOVE), Path::new(AFTER_MOVE));
    let expected = moved.render_text("HEAD:spec/things.yaml", "spec/things.yaml");
    assert_eq!(xtask::spec_changes::report(root), expected);

    // With the spec of shared types gone from the working copy, the move cannot be checked.
    std::fs::remove_file(root.join("spec/shared.yaml")).expect("removed");
    let report = xtask::spec_changes::report(root);
    assert!(report.contains("HEAD:spec/shared.yaml -> (removed)"), "{report}");
    assert!(report.contains("counted as breaking, as the spec `things_shared` is not beside"), "{report}");
}

/// A moved type's oneof enum whose name the new version takes for a type of its own cannot be
/// re-exported, so code that names the enum by the API's path breaks.
#[test]
fn a_moved_oneof_enum_whose_name_is_taken_breaks() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let fixture =
        |name: &str| std::fs::read_to_string(workspace_root().join(name)).expect("the fixture reads");
    let after = fixture(AFTER_MOVE).replace(
        "  GetThingResponse:",
        "  Repeat:\n    docs: Takes the name of the enum of `repeat`.\n    fields: {}\n  GetThingResponse:",
    );
    for (name, text) in [("before.yaml", fixture(BEFORE_MOVE)), ("after.yaml", after)] {
        std::fs::write(folder.path().join(name), text).expect("written");
    }
    std::fs::write(folder.path().join("shared.yaml"), fixture(&format!("{MOVED}/shared.yaml")))
        .expect("written");
    let load = |name: &str| diff::load_beside(folder.path(), Path::new(name)).expect("the spec loads");
    let report = diff::diff(&load("before.yaml").spec, &load("after.yaml").spec);
    let repeat =
        report.changes.iter().find(|change| change.at == "types.Schedule.oneof.repeat").expect("the enum");
    assert_eq!((repeat.level, repeat.rust.as_deref()), (Level::Breaking, Some("Repeat")));
    assert!(repeat.message.contains("is now `things_shared::Repeat`"), "{}", repeat.message);
}
