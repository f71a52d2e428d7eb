//! `cargo xtask compile-cost`: what the generated crate costs to compile.
//!
//! For the crate as committed (the External Calendars API) and for the crate with a synthetic API of
//! N methods, in a scratch copy under `target/compile-cost/` with its own target folder, it reports:
//! the cold `cargo build --release` (dependencies included) and the crates it compiles; the debug
//! build and `cargo check` of the crate alone, dependencies already built, with peak memory, both as a
//! workspace member (incremental) and as a dependency (not incremental); an incremental debug rebuild after one method's doc changes; and lines of generated code per method.
//!
//! [`features`] measures the crate as committed with a selection of its features at a time: no
//! API, one API, every API.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// One crate to measure: a name, and the API modules to put in it (file name, contents, methods).
struct Case {
    name: String,
    modules: Vec<(String, String, usize)>,
    /// Text in a method's doc comment, changed for the incremental rebuild.
    doc_line: String,
}

/// Measures the committed crate and one with a synthetic API of each size in `synthetic`; with
/// `paged`, every fourth synthetic method pages (see [`crate::synth::paged_spec`]).
pub fn run(root: &Path, synthetic: &[usize], paged: bool) -> Result<String, String> {
    let mut cases = vec![committed_case(root)?];
    for &methods in synthetic {
        let spec = match paged {
            true => crate::synth::paged_spec("synthetic", methods, 42),
            false => crate::synth::spec("synthetic", methods, 42),
        };
        let files = generator::generate_from_bytes(Path::new("synthetic.yaml"), spec.into_bytes())
            .map_err(|errors| generator::render_diagnostics(&errors, false))?;
        let module =
            files.into_iter().find(|file| file.name == "synthetic.rs").ok_or("no module generated")?;
        cases.push(Case {
            name: match paged {
                true => format!("synthetic, {methods} methods, a quarter paged"),
                false => format!("synthetic, {methods} methods"),
            },
            modules: vec![(module.name, module.contents, methods)],
            doc_line: "/// Does operation 0 on a thing.".into(),
        });
    }
    let mut report = String::from(
        "| crate | methods | lines/method | cold release build (crates) | debug build, crate alone (peak) | check, crate alone (peak) | debug build as a dependency (peak) | check as a dependency (peak) | incremental after a doc change |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for case in &cases {
        eprintln!("measuring {}...", case.name);
        let row = measure(root, case)?;
        report.push_str(&row);
    }
    Ok(report)
}

fn committed_case(root: &Path) -> Result<Case, String> {
    let apis = root.join(crate::TARGETS[0].1);
    let mut modules = Vec::new();
    for entry in fs::read_dir(&apis).map_err(|error| error.to_string())? {
        let path = entry.map_err(|error| error.to_string())?.path();
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        if name == generator::INDEX_FILE {
            continue;
        }
        let contents = fs::read_to_string(&path).map_err(|error| error.to_string())?;
        let methods = contents.matches("\n    pub async fn ").count();
        modules.push((name, contents, methods));
    }
    modules.sort();
    Ok(Case {
        name: "wix-sdk (External Calendars)".into(),
        modules,
        doc_line: "/// Retrieves a list of external calendar providers supported on the Wix site.".into(),
    })
}

fn measure(root: &Path, case: &Case) -> Result<String, String> {
    let slug: String = case.name.chars().filter(char::is_ascii_alphanumeric).collect();
    let scratch = root.join("target/compile-cost").join(slug);
    let _ = fs::remove_dir_all(&scratch);
    copy_crate(root, &scratch, case)?;
    let target = scratch.join("target");

    let cold = cargo(&scratch, &target, &["build", "--release"])?;
    let crates = cold.stderr.lines().filter(|line| line.trim_start().starts_with("Compiling ")).count();

    // Build and check once so that the dependencies are ready; then time the crate alone.
    cargo(&scratch, &target, &["build"])?;
    cargo(&scratch, &target, &["check"])?;
    cargo(&scratch, &target, &["clean", "--package", "wix-sdk"])?;
    let debug = cargo(&scratch, &target, &["build"])?;
    cargo(&scratch, &target, &["clean", "--package", "wix-sdk"])?;
    let check = cargo(&scratch, &target, &["check"])?;
    // A crate that users depend on is built without incremental compilation (cargo keeps that for
    // workspace members), which saves writing the incremental cache.
    cargo(&scratch, &target, &["clean", "--package", "wix-sdk"])?;
    let dependency_debug = cargo_as_dependency(&scratch, &target, &["build"])?;
    cargo(&scratch, &target, &["clean", "--package", "wix-sdk"])?;
    let dependency_check = cargo_as_dependency(&scratch, &target, &["check"])?;

    let (file, contents, _) = case
        .modules
        .iter()
        .find(|(_, contents, _)| contents.contains(&case.doc_line))
        .ok_or_else(|| format!("`{}` is in no module of {}", case.doc_line, case.name))?;
    let module_path = scratch.join("src/apis").join(file);
    let edited = contents.replacen(&case.doc_line, &format!("{} (Edited.)", case.doc_line), 1);
    fs::write(&module_path, edited).map_err(|error| error.to_string())?;
    let incremental = cargo(&scratch, &target, &["build"])?;

    let methods: usize = case.modules.iter().map(|(_, _, methods)| methods).sum();
    let lines: usize = case.modules.iter().map(|(_, contents, _)| contents.lines().count()).sum();
    let mut row = String::new();
    let _ = writeln!(
        row,
        "| {} | {methods} | {} | {:.1} s ({crates}) | {:.1} s ({}) | {:.1} s ({}) | {:.1} s ({}) | {:.1} s ({}) | {:.1} s |",
        case.name,
        lines / methods.max(1),
        cold.seconds,
        debug.seconds,
        debug.peak(),
        check.seconds,
        check.peak(),
        dependency_debug.seconds,
        dependency_debug.peak(),
        dependency_check.seconds,
        dependency_check.peak(),
        incremental.seconds,
    );
    Ok(row)
}

/// Copies the crate's manifest, lock file, examples and hand-written sources, with `modules` as its
/// APIs, each compiled whatever the features.
fn copy_crate(root: &Path, scratch: &Path, case: &Case) -> Result<(), String> {
    let io = |error: std::io::Error| error.to_string();
    let generated = root.join("generated");
    fs::create_dir_all(scratch.join("src/apis")).map_err(io)?;
    copy_dir(&generated.join("examples"), &scratch.join("examples"))?;
    // The manifest names the integration tests, so they come along, though only built by `cargo test`.
    copy_dir(&generated.join("tests"), &scratch.join("tests"))?;
    for entry in fs::read_dir(generated.join("src")).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() {
            fs::copy(&path, scratch.join("src").join(path.file_name().unwrap_or_default())).map_err(io)?;
        }
    }
    copy_dir(&generated.join("src/runtime"), &scratch.join("src/runtime"))?;
    let manifest = fs::read_to_string(generated.join("Cargo.toml")).map_err(io)?;
    let workspace = fs::read_to_string(root.join("Cargo.toml")).map_err(io)?;
    fs::write(scratch.join("Cargo.toml"), standalone_manifest(&manifest, &workspace)).map_err(io)?;
    fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).map_err(io)?;
    let mut index = String::new();
    for (file, contents, _) in &case.modules {
        fs::write(scratch.join("src/apis").join(file), contents).map_err(io)?;
        let _ = writeln!(index, "pub mod {};", file.trim_end_matches(".rs"));
    }
    fs::write(scratch.join("src/apis").join(generator::INDEX_FILE), index).map_err(io)
}

/// Copies the files of `from` into `to`, and its folders with theirs.
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|error| error.to_string())?;
    for entry in fs::read_dir(from).map_err(|error| error.to_string())? {
        let path = entry.map_err(|error| error.to_string())?.path();
        let destination = to.join(path.file_name().unwrap_or_default());
        match path.is_dir() {
            true => copy_dir(&path, &destination)?,
            false => fs::copy(&path, &destination).map(drop).map_err(|error| error.to_string())?,
        }
    }
    Ok(())
}

/// Measures the crate as committed built with no feature, with each of `features` alone, and with
/// `full`: a cold debug build in a target folder of its own (dependencies included), then the crate
/// alone, as a dependency is built (not incremental), with its dependencies ready.
pub fn features(root: &Path, features: &[String]) -> Result<String, String> {
    let scratch = root.join("target/compile-cost/features");
    let _ = fs::remove_dir_all(&scratch);
    let io = |error: std::io::Error| error.to_string();
    let generated = root.join("generated");
    copy_dir(&generated.join("src"), &scratch.join("src"))?;
    copy_dir(&generated.join("examples"), &scratch.join("examples"))?;
    copy_dir(&generated.join("tests"), &scratch.join("tests"))?;
    let manifest = fs::read_to_string(generated.join("Cargo.toml")).map_err(io)?;
    let workspace = fs::read_to_string(root.join("Cargo.toml")).map_err(io)?;
    fs::write(scratch.join("Cargo.toml"), standalone_manifest(&manifest, &workspace)).map_err(io)?;
    fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).map_err(io)?;
    let selections = std::iter::once(("no API feature".to_string(), None))
        .chain(features.iter().map(|feature| (format!("`{feature}`"), Some(feature.as_str()))))
        .chain(std::iter::once(("`full`".to_string(), Some("full"))));
    let mut report = String::from(
        "| features | cold debug build, deps included: wall (CPU; crates compiled; peak) | the crate alone, as a dependency: wall (CPU; peak) | lines compiled in `src/apis` |\n\
         |---|---|---|---|\n",
    );
    for (name, feature) in selections {
        eprintln!("measuring {name}...");
        let target = scratch.join("target").join(feature.unwrap_or("none"));
        let mut args = vec!["build", "--no-default-features"];
        args.extend(feature.iter().flat_map(|feature| ["--features", feature]));
        let cold = cargo_as_dependency(&scratch, &target, &args)?;
        let crates = cold.stderr.lines().filter(|line| line.trim_start().starts_with("Compiling ")).count();
        cargo(&scratch, &target, &["clean", "--package", "wix-sdk"])?;
        let alone = cargo_as_dependency(&scratch, &target, &args)?;
        let lines = compiled_lines(&scratch, &target, &args)?;
        let _ = writeln!(
            report,
            "| {name} | {:.1} s ({}; {crates}; {}) | {:.1} s ({}; {}) | {lines} |",
            cold.seconds,
            cold.cpu(),
            cold.peak(),
            alone.seconds,
            alone.cpu(),
            alone.peak()
        );
    }
    Ok(report)
}

/// Lines of the API modules that the build with `args` compiles: those cargo's dependency info for
/// the crate lists.
fn compiled_lines(scratch: &Path, target: &Path, args: &[&str]) -> Result<usize, String> {
    let mut lines = 0;
    let apis = scratch.join("src/apis");
    let deps = target.join("debug/deps");
    let info = fs::read_dir(&deps)
        .map_err(|error| error.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            name.starts_with("wix_sdk-") && name.ends_with(".d")
        })
        .ok_or_else(|| {
            format!("no dependency info of wix_sdk in {} after `cargo {}`", deps.display(), args.join(" "))
        })?;
    let info = fs::read_to_string(info).map_err(|error| error.to_string())?;
    let first_line = info.lines().next().unwrap_or_default();
    for module in first_line.split_whitespace().filter(|path| path.contains("src/apis/")) {
        // Cargo writes the paths of the crate's own files relative to it.
        let path = scratch.join(module);
        if path.starts_with(&apis) && path.file_name().is_some_and(|name| name != generator::INDEX_FILE) {
            lines += fs::read_to_string(path).map_err(|error| error.to_string())?.lines().count();
        }
    }
    Ok(lines)
}

/// The crate's manifest with the workspace's inherited values written in, and a workspace of its own.
fn standalone_manifest(manifest: &str, workspace: &str) -> String {
    let inherited = |key: &str| {
        workspace
            .lines()
            .find(|line| line.starts_with(&format!("{key} =")))
            .map_or_else(String::new, str::to_string)
    };
    let mut out = String::new();
    for line in manifest.lines() {
        match line.split_once(".workspace = true") {
            Some(("lints", _)) => {}
            Some((key, _)) => out.push_str(&inherited(key)),
            None if line == "[lints]" || line == "workspace = true" => {}
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out.push_str("\n[workspace]\n");
    out
}

struct Measured {
    seconds: f64,
    stderr: String,
    peak_kib: Option<u64>,
    /// User and system time of cargo and what it ran: on a machine shared with other work, the part
    /// of the time that waiting for a core does not inflate.
    cpu_seconds: Option<f64>,
}

impl Measured {
    fn peak(&self) -> String {
        self.peak_kib.map_or_else(|| "peak n/a".into(), |kib| format!("{} MiB", kib / 1024))
    }

    fn cpu(&self) -> String {
        self.cpu_seconds.map_or_else(|| "CPU n/a".into(), |seconds| format!("{seconds:.1} s CPU"))
    }
}

/// [`cargo`] without incremental compilation, as cargo builds a crate that is a dependency.
fn cargo_as_dependency(dir: &Path, target: &Path, args: &[&str]) -> Result<Measured, String> {
    run_cargo(dir, target, args, false)
}

/// Runs cargo in `dir`, under GNU time where it is installed to read the peak memory of the largest
/// process (rustc).
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<Measured, String> {
    run_cargo(dir, target, args, true)
}

fn run_cargo(dir: &Path, target: &Path, args: &[&str], incremental: bool) -> Result<Measured, String> {
    let gnu_time = Path::new("/usr/bin/time");
    let mut command = match gnu_time.exists() {
        true => {
            let mut command = Command::new(gnu_time);
            command.args(["-f", "peak-kib=%M\ncpu-seconds=%U %S", "cargo"]);
            command
        }
        false => Command::new("cargo"),
    };
    command.args(args).current_dir(dir).env("CARGO_TARGET_DIR", target).env_remove("RUSTFLAGS");
    match incremental {
        true => command.env_remove("CARGO_INCREMENTAL"),
        false => command.env("CARGO_INCREMENTAL", "0"),
    };
    let started = Instant::now();
    let output = command.output().map_err(|error| format!("cannot run cargo: {error}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        return Err(format!("cargo {} failed in {}:\n{stderr}", args.join(" "), dir.display()));
    }
    let peak_kib = stderr.lines().rev().find_map(|line| line.strip_prefix("peak-kib=")?.trim().parse().ok());
    let cpu_seconds = stderr.lines().rev().find_map(|line| {
        let (user, system) = line.strip_prefix("cpu-seconds=")?.split_once(' ')?;
        Some(user.parse::<f64>().ok()? + system.parse::<f64>().ok()?)
    });
    Ok(Measured { seconds, stderr, peak_kib, cpu_seconds })
}
