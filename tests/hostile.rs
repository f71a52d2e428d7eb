//! Hostile input that is not a small file in the corpus: each ends in a clear error, without reading
//! more than it must. (The alias bomb, deep nesting, non-UTF-8 and empty specs are in
//! `fixtures/errors`, with snapshots of their messages.)

use std::path::Path;

fn errors_for(root: &Path, spec: &str) -> String {
    let diagnostics =
        generator::generate(root, &[Path::new(spec).to_path_buf()]).expect_err("the spec is refused");
    generator::render_diagnostics(&diagnostics, false)
}

#[test]
fn a_50_megabyte_spec_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("huge.yaml");
    let file = std::fs::File::create(&spec).expect("creates");
    file.set_len(50 * 1024 * 1024).expect("grows to 50 MB");

    let report = errors_for(dir.path(), "huge.yaml");

    assert!(report.contains("huge.yaml"), "{report}");
    assert!(report.contains("52428800 bytes, more than the limit"), "{report}");
}

#[test]
fn a_directory_is_not_a_spec() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("spec.yaml")).expect("creates a directory");

    let report = errors_for(dir.path(), "spec.yaml");

    assert!(report.contains("cannot read the spec: it is a directory"), "{report}");
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");

    let report = errors_for(dir.path(), "missing.yaml");

    assert!(report.contains("missing.yaml") && report.contains("cannot read the spec"), "{report}");
}

#[test]
fn a_spec_of_only_whitespace_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("blank.yaml"), "\n   \n\t\n").expect("writes");

    let report = errors_for(dir.path(), "blank.yaml");

    assert!(report.contains("the spec is empty"), "{report}");
}

#[test]
fn a_wide_alias_bomb_under_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..40 {
        let previous = format!("*a{}", level - 1);
        yaml.push_str(&format!("a{level}: &a{level} [{}]\n", vec![previous; 16].join(", ")));
    }
    yaml.push_str("api: bomb\ntitle: t\nbase_url: https://api.example.com\nmethods: *a39\n");
    std::fs::write(dir.path().join("bomb.yaml"), yaml).expect("writes");

    let report = errors_for(dir.path(), "bomb.yaml");

    assert!(report.contains("alias bomb"), "{report}");
}
