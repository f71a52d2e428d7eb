//! `generator diff`: a snapshot of the report of each kind of change (`fixtures/diff/changes/*.yaml`,
//! each an edit of `fixtures/diff/base.yaml`), and what a spec diffed against itself reports.

use std::path::{Path, PathBuf};

use codegen_tests::{generate_module, relative_to_root, workspace_root};
use generator::diff::{self, Level, Report};
use generator::spec::SpecFile;

const BASE: &str = "tests/fixtures/diff/base.yaml";

fn load(path: &Path) -> SpecFile {
    diff::readable(generator::load::load(&workspace_root(), path))
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

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    xtask::spec_files(&workspace_root(), Path::new(dir)).expect("the folder lists")
}

/// Every API spec, feature fixture and diff fixture, loaded twice and diffed, reports nothing.
#[test]
fn every_spec_against_itself_reports_nothing() {
    let specs: Vec<PathBuf> =
        ["spec", "tests/fixtures/features", "tests/fixtures/diff", "tests/fixtures/diff/changes"]
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
    for spec in yaml_files("tests/fixtures/diff").into_iter().chain(yaml_files("tests/fixtures/diff/changes"))
    {
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
