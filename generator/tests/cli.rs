//! The `generator` binary: `generator diff` exit statuses, and generation still run without a
//! subcommand.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BASE: &str = "tests/fixtures/diff/base.yaml";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the generator is in the workspace").to_path_buf()
}

fn generator(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .current_dir(workspace_root())
        .output()
        .expect("the generator runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn deny_breaking_fails_on_a_breaking_change_and_still_prints_the_report() {
    let changed = "tests/fixtures/diff/changes/method_removed.yaml";
    let output = generator(&["diff", BASE, changed, "--deny", "breaking"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("breaking  methods.countThings: method removed"), "{}", stdout(&output));
}

#[test]
fn deny_breaking_passes_additive_and_patch_changes() {
    for changed in ["method_added", "docs_only"] {
        let changed = format!("tests/fixtures/diff/changes/{changed}.yaml");
        let output = generator(&["diff", BASE, &changed, "--deny", "breaking"]);
        assert_eq!(output.status.code(), Some(0), "{changed}: {}", stderr(&output));
        assert!(stdout(&output).starts_with(&format!("{BASE} -> {changed}: ")), "{}", stdout(&output));
    }
}

#[test]
fn deny_takes_the_levels_above_it_too() {
    let docs_only = "tests/fixtures/diff/changes/docs_only.yaml";
    assert_eq!(generator(&["diff", BASE, docs_only, "--deny", "patch"]).status.code(), Some(1));
    assert_eq!(generator(&["diff", BASE, docs_only, "--deny", "additive"]).status.code(), Some(0));
    let added = "tests/fixtures/diff/changes/method_added.yaml";
    assert_eq!(generator(&["diff", BASE, added, "--deny", "additive"]).status.code(), Some(1));
    let removed = "tests/fixtures/diff/changes/method_removed.yaml";
    assert_eq!(generator(&["diff", BASE, removed]).status.code(), Some(0), "no --deny, no failure");
}

#[test]
fn no_changes_exit_zero_whatever_is_denied() {
    let output = generator(&["diff", BASE, BASE, "--deny", "patch"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), format!("{BASE} -> {BASE}: no changes\n"));
}

#[test]
fn json_format_prints_the_report_as_json() {
    let changed = "tests/fixtures/diff/changes/method_added.yaml";
    let output = generator(&["diff", BASE, changed, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("\"level\": \"additive\""), "{text}");
    assert!(text.contains("\"rust\": \"Client::delete_thing\""), "{text}");
}

#[test]
fn a_spec_that_does_not_load_exits_two_with_located_errors() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let broken = dir.path().join("broken.yaml");
    let base = std::fs::read_to_string(workspace_root().join(BASE)).expect("the base spec reads");
    let text = base.replace("title: Things", "title: Things\ntittle: Typo");
    let typo_line = text.lines().position(|line| line.starts_with("tittle:")).expect("the typo is in") + 1;
    std::fs::write(&broken, text).expect("written");
    let broken = broken.to_string_lossy().into_owned();
    let output = generator(&["diff", BASE, &broken, "--deny", "breaking"]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    let errors = stderr(&output);
    assert!(errors.contains(&format!("{broken}:{typo_line}:1")), "{errors}");
    assert!(errors.contains("nothing was compared"), "{errors}");

    let missing = generator(&["diff", BASE, "tests/fixtures/diff/no_such.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read the spec"), "{}", stderr(&missing));
}

#[test]
fn generation_still_runs_without_a_subcommand() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("out");
    let output = generator(&["--out", &out.to_string_lossy(), BASE]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(out.join("things.rs").is_file());
    let usage = generator(&[BASE]);
    assert_eq!(usage.status.code(), Some(2), "`--out` is required: {}", stderr(&usage));
}

/// A reader that stops early (`generator diff OLD NEW | head`) closes the pipe while the report is
/// still being written: the rest is dropped, nothing panics, and the exit status still gates.
#[test]
fn a_reader_that_stops_early_leaves_the_exit_status_and_no_panic() {
    use std::io::{BufRead, BufReader, Read};
    use std::process::Stdio;

    let dir = tempfile::tempdir().expect("a temporary folder");
    // 3,000 removed types: a report far larger than a pipe's buffer.
    let types: String = (0..3000)
        .map(|index| {
            format!(
                "  Thing{index}: {{ docs: A thing., fields: {{ id: {{ type: string, docs: Its ID. }} }} }}\n"
            )
        })
        .collect();
    let old = dir.path().join("old.yaml");
    let new = dir.path().join("new.yaml");
    std::fs::write(&old, format!("api: things\ntitle: Things\ntypes:\n{types}")).expect("written");
    std::fs::write(&new, "api: things\ntitle: Things\n").expect("written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(["diff", "--deny", "breaking"])
        .args([&old, &new])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the generator runs");
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut first_line)
        .expect("the report starts");
    let mut errors = String::new();
    child.stderr.take().expect("piped").read_to_string(&mut errors).expect("stderr reads");
    let status = child.wait().expect("the generator ends");
    assert!(first_line.contains(": 3000 breaking: needs a new major version"), "{first_line}");
    assert_eq!(status.code(), Some(1), "{errors}");
    assert!(!errors.contains("panicked"), "{errors}");
}
