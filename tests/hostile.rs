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

/// Generates `spec` (in `dir`) on another thread, so that a spec that would make it hang fails the
/// test instead of stalling it.
fn errors_within(dir: &Path, spec: &str, limit: std::time::Duration) -> String {
    let (dir, spec) = (dir.to_path_buf(), spec.to_string());
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || sender.send(errors_for(&dir, &spec)));
    receiver.recv_timeout(limit).unwrap_or_else(|_| panic!("not refused within {limit:?}"))
}

const HEAD: &str = "api: deep\ntitle: t\nbase_url: https://api.example.com\n";

#[test]
fn nesting_100_000_deep_is_refused_at_once_where_it_passes_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let depth = 100_000;
    let docs = format!("{HEAD}docs: {}{}\nmethods: {{}}\n", "[".repeat(depth), "]".repeat(depth));
    let mappings = format!(
        "{HEAD}types:\n  A:\n    docs: x\n    fields:\n      f: {{type: string, docs: {}1{}}}\nmethods: {{}}\n",
        "{a: ".repeat(depth),
        "}".repeat(depth)
    );
    let blocks = format!("{HEAD}docs:\n  {}x\nmethods: {{}}\n", "- ".repeat(depth));
    for (name, yaml, line) in [("docs", docs, 4), ("mappings", mappings, 8), ("blocks", blocks, 5)] {
        std::fs::write(dir.path().join(format!("{name}.yaml")), yaml).expect("writes");
        let start = std::time::Instant::now();
        let report = errors_within(dir.path(), &format!("{name}.yaml"), std::time::Duration::from_secs(20));
        // Before the bound, serde_yaml took 16 s on each; refused at the first levels, it takes
        // milliseconds, even in a debug build.
        assert!(start.elapsed() < std::time::Duration::from_secs(2), "{name}: {:?}", start.elapsed());
        assert!(report.contains("the YAML nests more than 64 levels deep"), "{name}: {report}");
        assert!(report.contains(&format!("{name}.yaml:{line}:")), "{name}: {report}");
    }
}

#[test]
fn a_type_expression_100_000_deep_is_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    for generic in ["list<", "map<"] {
        let ty = format!("{}string{}", generic.repeat(100_000), ">".repeat(100_000));
        let yaml = format!(
            "{HEAD}types:\n  A:\n    docs: x\n    fields:\n      f: {{type: '{ty}', docs: x}}\nmethods: {{}}\n"
        );
        std::fs::write(dir.path().join("deep_type.yaml"), yaml).expect("writes");

        let report = errors_for(dir.path(), "deep_type.yaml");

        assert!(report.contains("more than the limit of 256"), "{report}");
        assert!(report.contains("deep_type.yaml:8:"), "{report}");
    }
}

#[test]
fn errors_on_one_long_line_keep_a_window_of_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys: Vec<String> = (0..10_000).map(|index| format!("k{index}: 1")).collect();
    let yaml = format!("{HEAD}types: {{A: {{docs: x, fields: {{}}, {}}}}}\nmethods: {{}}\n", keys.join(", "));
    std::fs::write(dir.path().join("wide.yaml"), &yaml).expect("writes");

    let diagnostics = generator::generate(dir.path(), &[Path::new("wide.yaml").to_path_buf()])
        .expect_err("the spec is refused");

    let on_the_line: Vec<_> = diagnostics
        .iter()
        .filter_map(|diagnostic| diagnostic.location.as_ref())
        .filter(|at| at.line == 4)
        .collect();
    assert_eq!(on_the_line.len(), 10_000);
    assert!(on_the_line.iter().all(|at| at.line_text.chars().count() <= 106), "a line is copied whole");
    let last = on_the_line.iter().max_by_key(|at| at.column).expect("has errors");
    let line = yaml.lines().nth(3).expect("line 4");
    assert_eq!(last.column, line.find("k9999").expect("has the last key") + 1);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let made =
        std::process::Command::new("mkfifo").arg(dir.path().join("fifo.yaml")).status().expect("runs mkfifo");
    assert!(made.success());

    let report = errors_within(dir.path(), "fifo.yaml", std::time::Duration::from_secs(20));

    assert!(report.contains("cannot read the spec: it is not a regular file"), "{report}");
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_before_it_is_read() {
    let report = errors_within(Path::new("/"), "/dev/zero", std::time::Duration::from_secs(20));

    assert!(report.contains("/dev/zero") && report.contains("it is not a regular file"), "{report}");
}
