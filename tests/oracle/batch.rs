//! One batch of specs, checked the way users build the crate: the specs are generated together, their
//! modules put into one scratch copy of `wix-sdk` (the real runtime, manifest and lints), each under
//! its cargo feature as in the real crate, and that crate is linted (`cargo clippy --all-targets
//! --all-features -- -D warnings`) and documented (`cargo doc --no-deps --all-features` with
//! `RUSTDOCFLAGS="-D warnings"`). Each message is traced to the module, and so the spec, it is
//! about. [`ScratchCrate::check_each_feature`] builds the crate with one feature at a time instead.
//!
//! The scratch crates live under `target/oracle/crates/` and share the target folder
//! `target/oracle/`, so the dependencies are built once; cargo runs `--offline`, on the registry cache
//! the workspace's own build filled.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use generator::features::{self, Markers};
use serde_json::Value as Json;

/// How many times each tool checks a batch at most: a failing round is followed by one without the
/// modules that failed.
const MAX_ROUNDS: usize = 4;

/// Lines kept of each rendered message in reports.
const MESSAGE_LINES: usize = 24;

/// A spec of a batch.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Path of the spec file, relative to the root the batch generates from.
    pub path: PathBuf,
    /// The spec's text.
    pub yaml: String,
}

impl Spec {
    /// The module the spec's `api` names.
    fn module(&self) -> String {
        serde_yaml::from_str::<serde_yaml::Value>(&self.yaml)
            .ok()
            .and_then(|spec| spec.get("api")?.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// A message of clippy or rustdoc.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    /// `clippy`, `rustdoc` or `calls`.
    pub tool: &'static str,
    /// The lint or error code, e.g. `E0277` or `rustdoc::invalid_html_tags`.
    pub code: String,
    /// The first line of the message.
    pub headline: String,
    /// `file:line:column` of the primary span, if it has one.
    pub location: String,
    /// The message as rustc renders it.
    pub rendered: String,
}

impl Message {
    /// What the message says, without the names it is about: messages with the same signature are
    /// most likely the same break.
    pub fn signature(&self) -> String {
        let mut headline = String::new();
        let mut quoted = false;
        for c in self.headline.chars() {
            if c == '`' {
                quoted = !quoted;
                headline.push_str(if quoted { "`…" } else { "`" });
            } else if !quoted {
                headline.push(c);
            }
        }
        // What follows a colon is the detail of one case, e.g. the note of a deprecated item.
        let headline = headline.split(": ").next().unwrap_or_default();
        format!("{} {}: {headline}", self.tool, self.code)
    }

    /// Whether both are the same message at the same place.
    fn same_as(&self, other: &Message) -> bool {
        (self.tool, &self.code, &self.headline, &self.location)
            == (other.tool, &other.code, &other.headline, &other.location)
    }

    /// The rendered message, cut to [`MESSAGE_LINES`] lines.
    pub fn trimmed(&self) -> String {
        let lines: Vec<&str> = self.rendered.trim_end().lines().collect();
        let mut text = lines[..lines.len().min(MESSAGE_LINES)].join("\n");
        if lines.len() > MESSAGE_LINES {
            let _ = write!(text, "\n[... {} more lines]", lines.len() - MESSAGE_LINES);
        }
        text
    }
}

/// What a batch gave.
#[derive(Debug, Default)]
pub struct Outcome {
    /// How many specs the batch had.
    pub specs: usize,
    /// Specs the generator refused, with its messages. They are valid by construction, so each one is
    /// a defect.
    pub refused: Vec<(Spec, String)>,
    /// Specs whose module has clippy or rustdoc messages, with the messages.
    pub broken: Vec<(Spec, Vec<Message>)>,
    /// Messages about no module of the batch: the runtime, or the index module.
    pub unattributed: Vec<Message>,
    /// How many times the scratch crate was linted and documented.
    pub rounds: usize,
    /// What each round checked and how long it took, e.g. `clippy, 50 modules: 41.2 s`.
    pub timings: Vec<String>,
    /// Modules not shown clean by a tool: its last round allowed still had failures, so these were
    /// not checked again without them. Counted once per tool.
    pub unverified: usize,
}

impl Outcome {
    /// Whether every spec generated and its module passed.
    pub fn passed(&self) -> bool {
        self.refused.is_empty() && self.broken.is_empty() && self.unattributed.is_empty()
    }

    /// Every failing spec with its messages (trimmed) and its YAML.
    pub fn report(&self) -> String {
        let mut report = String::new();
        for (spec, diagnostics) in &self.refused {
            let _ = writeln!(
                report,
                "=== {} was refused, but it is valid:\n{diagnostics}\n--- spec:\n{}",
                spec.path.display(),
                spec.yaml
            );
        }
        for (spec, messages) in &self.broken {
            let _ = writeln!(report, "=== {}: {} message(s)", spec.path.display(), messages.len());
            for message in messages {
                let _ = writeln!(report, "{}\n", message.trimmed());
            }
            let _ = writeln!(report, "--- spec:\n{}", spec.yaml);
        }
        if !self.unattributed.is_empty() {
            let _ = writeln!(report, "=== messages about no module of the batch:");
            for message in &self.unattributed {
                let _ = writeln!(report, "{}\n", message.trimmed());
            }
        }
        report
    }

    /// One line per distinct message signature: how many specs show it, and the smallest of them.
    pub fn summary(&self) -> String {
        let mut by_signature: BTreeMap<String, Vec<&Spec>> = BTreeMap::new();
        for (spec, messages) in &self.broken {
            let signatures: BTreeSet<String> = messages.iter().map(Message::signature).collect();
            for signature in signatures {
                by_signature.entry(signature).or_default().push(spec);
            }
        }
        let mut summary = format!(
            "{} spec(s): {} refused, {} broken, {} message(s) about no module, {} not shown clean; {} round(s)\n",
            self.specs,
            self.refused.len(),
            self.broken.len(),
            self.unattributed.len(),
            self.unverified,
            self.rounds
        );
        for timing in &self.timings {
            let _ = writeln!(summary, "  {timing}");
        }
        for (signature, specs) in &by_signature {
            let smallest = specs.iter().min_by_key(|spec| spec.yaml.len()).map(|spec| spec.path.display());
            let _ = writeln!(
                summary,
                "  {signature}  [{} spec(s), smallest {}]",
                specs.len(),
                smallest.map(|path| path.to_string()).unwrap_or_default()
            );
        }
        summary
    }
}

/// Which features of the scratch crate a build turns on.
#[derive(Debug, Clone, Copy)]
enum Selection<'a> {
    /// Every feature, with every target (the library, its tests and examples).
    All,
    /// The library alone, with only this feature, or none.
    Only(Option<&'a str>),
}

/// A build of the library with one feature, or none, that clippy or rustdoc finds fault with.
#[derive(Debug)]
pub struct FeatureFailure {
    /// The feature; `None` for the build with none.
    pub feature: Option<String>,
    /// What clippy and rustdoc said.
    pub messages: Vec<Message>,
}

/// What checks a batch.
#[derive(Debug, Clone, Copy)]
enum Tool {
    /// `cargo clippy --all-targets -- -D warnings`
    Clippy,
    /// `cargo doc --no-deps` with `RUSTDOCFLAGS="-D warnings"`
    Rustdoc,
    /// `cargo test --lib calls::apis::`: each module's methods called against a loopback server,
    /// the requests checked against what the spec says.
    Calls,
}

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Clippy => "clippy",
            Tool::Rustdoc => "rustdoc",
            Tool::Calls => "calls",
        }
    }
}

/// A scratch copy of the `wix-sdk` crate whose API modules are a batch's.
pub struct ScratchCrate {
    dir: PathBuf,
    target: PathBuf,
}

impl ScratchCrate {
    /// Makes (or refreshes) the scratch crate `name` from the workspace at `root`. Files whose
    /// contents are already right are left alone, so cargo rebuilds only what changed.
    pub fn new(root: &Path, name: &str) -> Result<Self, String> {
        let target = root.join("target/oracle");
        let dir = target.join("crates").join(name);
        let generated = root.join("generated");
        let workspace = read(&root.join("Cargo.toml"))?;
        write_if_changed(
            &dir.join("Cargo.toml"),
            &scratch_manifest(&read(&generated.join("Cargo.toml"))?, &workspace, name)?,
        )?;
        // The lock file pins the versions the workspace built, which are the ones in the cache.
        write_if_changed(&dir.join("Cargo.lock"), &read(&root.join("Cargo.lock"))?)?;
        copy_sources(&generated.join("src"), &dir.join("src"))?;
        write_if_changed(&dir.join("src/lib.rs"), &scratch_lib(&read(&generated.join("src/lib.rs"))?)?)?;
        Ok(ScratchCrate { dir, target })
    }

    /// Where the batch's spec files go.
    pub fn spec_dir(&self) -> PathBuf {
        self.dir.join("specs")
    }

    /// The folder the batch's specs are generated from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Generates `specs` (paths relative to `root`) together and checks their modules: clippy, then
    /// rustdoc, each in rounds that drop the modules the round before found failing, so that no
    /// failure hides another module's (rustc stops before linting a crate that does not compile, and
    /// rustdoc stops at some of its errors).
    pub fn check(&self, root: &Path, specs: Vec<Spec>) -> Result<Outcome, String> {
        let mut outcome = Outcome { specs: specs.len(), ..Outcome::default() };
        let accepted: BTreeMap<String, Spec> = generate(root, specs, &mut outcome.refused)
            .into_iter()
            .map(|spec| (spec.module(), spec))
            .collect();
        let mut failures: BTreeMap<String, BTreeSet<Message>> = BTreeMap::new();
        let mut unattributed = BTreeSet::new();
        for tool in [Tool::Clippy, Tool::Rustdoc, Tool::Calls] {
            let mut remaining = accepted.clone();
            for round in 0..MAX_ROUNDS {
                if remaining.is_empty() {
                    break;
                }
                outcome.rounds += 1;
                let paths: Vec<PathBuf> = remaining.values().map(|spec| spec.path.clone()).collect();
                self.generate(root, &paths).map_err(|error| {
                    format!("specs the generator accepted are refused in a smaller batch:\n{error}")
                })?;
                let started = Instant::now();
                let messages = self.run(tool, Selection::All)?;
                outcome.timings.push(format!(
                    "{}, {} modules: {:.1} s",
                    tool.name(),
                    remaining.len(),
                    started.elapsed().as_secs_f64()
                ));
                let mut failed = BTreeSet::new();
                for (module, message) in messages {
                    match module.filter(|module| remaining.contains_key(module)) {
                        Some(module) => {
                            failed.insert(module.clone());
                            let messages = failures.entry(module).or_default();
                            // The library and its test build report the same message twice.
                            if !messages.iter().any(|known| known.same_as(&message)) {
                                messages.insert(message);
                            }
                        }
                        // Later rounds leave modules out, and with them the uses of parts of the
                        // runtime; only the whole batch says what the runtime does.
                        None if round == 0 => {
                            unattributed.insert(message);
                        }
                        None => {}
                    }
                }
                if failed.is_empty() {
                    remaining.clear();
                }
                remaining.retain(|module, _| !failed.contains(module));
            }
            outcome.unverified += remaining.len();
        }
        outcome.broken = failures
            .into_iter()
            .filter_map(|(module, messages)| {
                Some((accepted.get(&module)?.clone(), messages.into_iter().collect()))
            })
            .collect();
        outcome.broken.sort_by(|(left, _), (right, _)| left.path.cmp(&right.path));
        outcome.unattributed = unattributed.into_iter().collect();
        Ok(outcome)
    }

    /// Generates `specs` (paths relative to `root`) into the crate, adds `code` as the example
    /// `name` (code a user writes against the crate), lints it all, and returns the messages about
    /// the example; `Err` if the crate's own code has any.
    pub fn lint_example(
        &self,
        root: &Path,
        specs: &[PathBuf],
        name: &str,
        code: &str,
    ) -> Result<Vec<Message>, String> {
        self.generate(root, specs)?;
        let example = format!("examples/{name}.rs");
        write_if_changed(&self.dir.join(&example), code)?;
        let (about_example, about_crate): (Vec<Message>, Vec<Message>) = self
            .run(Tool::Clippy, Selection::All)?
            .into_iter()
            .map(|(_, message)| message)
            .partition(|message| message.location.starts_with(&example));
        match about_crate.is_empty() {
            true => Ok(about_example),
            false => Err(about_crate.iter().map(Message::trimmed).collect::<Vec<_>>().join("\n")),
        }
    }

    /// Generates `specs` (paths relative to `root`) together into the crate, each module under its
    /// feature, which the crate's manifest then declares; returns the features.
    fn generate(&self, root: &Path, specs: &[PathBuf]) -> Result<generator::Features, String> {
        let options = generator::Options { gated: true, calls: Some("crate") };
        let generated = generator::generate_crate(root, specs, options)
            .map_err(|diagnostics| generator::render_diagnostics(&diagnostics, false))?;
        // The tests that call the modules' methods go beside them, where clippy lints them too.
        for (files, folder) in [(&generated.files, "src/apis"), (&generated.calls, "src/calls/apis")] {
            generator::write::write(files, &self.dir.join(folder))
                .map_err(|error| format!("cannot write {folder}: {error}"))?;
        }
        let manifest_path = self.dir.join("Cargo.toml");
        let markers = Markers {
            begin: features::MANIFEST_BEGIN,
            end: features::MANIFEST_END,
            place: "in its `[features]` table",
        };
        let manifest = features::splice(
            &manifest_path,
            &read(&manifest_path)?,
            markers,
            &generated.features.manifest_lines(),
        )?;
        write_if_changed(&manifest_path, &manifest)?;
        Ok(generated.features)
    }

    /// Generates `specs` (paths relative to `root`) into the crate, then lints and documents its
    /// library with no feature, and with each module's feature alone, as a user who turns on only
    /// that API builds it. Returns each build that has messages.
    pub fn check_each_feature(&self, root: &Path, specs: &[PathBuf]) -> Result<Vec<FeatureFailure>, String> {
        let features = self.generate(root, specs)?;
        let selections =
            std::iter::once(None).chain(features.modules.into_iter().map(|module| Some(module.feature)));
        let mut failures = Vec::new();
        for feature in selections {
            let mut messages = Vec::new();
            for tool in [Tool::Clippy, Tool::Rustdoc] {
                let selection = Selection::Only(feature.as_deref());
                messages.extend(self.run(tool, selection)?.into_iter().map(|(_, message)| message));
            }
            if !messages.is_empty() {
                failures.push(FeatureFailure { feature, messages });
            }
        }
        Ok(failures)
    }

    /// Lints or documents the crate as it stands with the `selection` of features, and returns the
    /// messages, each with the module it is about; `Err` when cargo fails without a message to show
    /// for it.
    fn run(&self, tool: Tool, selection: Selection<'_>) -> Result<Vec<(Option<String>, Message)>, String> {
        let (command, rustdoc_flags) = match tool {
            Tool::Clippy => ("clippy", None),
            Tool::Rustdoc => ("doc", Some("-D warnings")),
            Tool::Calls => ("test", None),
        };
        let mut args: Vec<&str> = match (tool, selection) {
            (Tool::Clippy, Selection::All) => vec!["--all-targets", "--all-features"],
            (Tool::Rustdoc, Selection::All) => vec!["--no-deps", "--all-features"],
            (Tool::Calls, Selection::All) => vec!["--lib", "--all-features"],
            (Tool::Clippy | Tool::Calls, Selection::Only(_)) => vec!["--lib", "--no-default-features"],
            (Tool::Rustdoc, Selection::Only(_)) => vec!["--no-deps", "--no-default-features"],
        };
        if let Selection::Only(Some(feature)) = selection {
            args.extend(["--features", feature]);
        }
        match tool {
            Tool::Clippy => args.extend(["--", "-D", "warnings"]),
            Tool::Calls => args.extend(["--", "calls::apis::"]),
            Tool::Rustdoc => {}
        }
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut process = Command::new(cargo);
        process
            .arg(command)
            .args(["--offline", "--quiet", "--message-format=json"])
            .args(&args)
            .current_dir(&self.dir);
        // What the outer cargo set for the test binary would leak into the inner build: its target
        // folder (locked by the running `cargo test`), jobserver, flags and package variables.
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy();
            let keep = ["CARGO_HOME", "CARGO_NET_", "CARGO_HTTP_", "CARGO_REGISTRIES_", "CARGO_REGISTRY_"]
                .iter()
                .any(|kept| key.starts_with(kept));
            let leaks = (key.starts_with("CARGO") && !keep)
                || key.starts_with("__CARGO")
                || matches!(
                    key.as_ref(),
                    "RUSTFLAGS" | "RUSTDOCFLAGS" | "RUSTC_WORKSPACE_WRAPPER" | "CLIPPY_ARGS"
                );
            if leaks {
                process.env_remove(key.as_ref());
            }
        }
        process.env("CARGO_TARGET_DIR", &self.target);
        if let Some(flags) = rustdoc_flags {
            process.env("RUSTDOCFLAGS", flags);
        }
        let output = process.output().map_err(|error| format!("cannot run cargo {command}: {error}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut messages: Vec<(Option<String>, Message)> = stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<Json>(line).ok())
            .filter(|line| line["reason"] == "compiler-message")
            .filter_map(|line| parse_message(tool.name(), &line["message"]))
            .collect();
        if let Tool::Calls = tool {
            messages.extend(failed_calls(&stdout));
        }
        if !output.status.success() && messages.is_empty() {
            return Err(format!(
                "cargo {command} failed in {} with no message:\n{}",
                self.dir.display(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(messages)
    }
}

/// The specs of `specs` the generator accepts when they are generated together (paths relative to
/// `root`); the others go to `refused`, with the generator's messages about them.
fn generate(root: &Path, mut specs: Vec<Spec>, refused: &mut Vec<(Spec, String)>) -> Vec<Spec> {
    loop {
        let paths: Vec<PathBuf> = specs.iter().map(|spec| spec.path.clone()).collect();
        let Err(diagnostics) = generator::generate(root, &paths) else { return specs };
        let (bad, good): (Vec<Spec>, Vec<Spec>) = specs
            .into_iter()
            .partition(|spec| diagnostics.iter().any(|diagnostic| diagnostic.path == spec.path));
        if bad.is_empty() {
            // Errors that name no spec of the batch: report them against every spec.
            let rendered = generator::render_diagnostics(&diagnostics, false);
            refused.extend(good.into_iter().map(|spec| (spec, rendered.clone())));
            return Vec::new();
        }
        for spec in bad {
            let own: Vec<_> =
                diagnostics.iter().filter(|diagnostic| diagnostic.path == spec.path).cloned().collect();
            refused.push((spec, generator::render_diagnostics(&own, false)));
        }
        specs = good;
    }
}

/// A message of cargo's JSON output, with the module its primary span is in (`None` for a message
/// about no module of `src/apis/`, nor of its call tests in `src/calls/apis/`). Cargo's summaries ("aborting due to ...") are left out.
fn parse_message(tool: &'static str, message: &Json) -> Option<(Option<String>, Message)> {
    let headline = message["message"].as_str()?.to_string();
    let spans = message["spans"].as_array().map(Vec::as_slice).unwrap_or_default();
    if spans.is_empty()
        && (headline.starts_with("aborting due to")
            || headline.ends_with("warnings emitted")
            || headline.ends_with("warning emitted")
            || headline.starts_with("For more information about")
            || headline.starts_with("Some errors have detailed explanations"))
    {
        return None;
    }
    let code =
        message["code"]["code"].as_str().unwrap_or(message["level"].as_str().unwrap_or("")).to_string();
    let rendered = message["rendered"].as_str().unwrap_or(&headline).to_string();
    let primary = spans.iter().find(|span| span["is_primary"] == true).or(spans.first());
    let location = primary.map_or_else(String::new, |span| {
        format!(
            "{}:{}:{}",
            span["file_name"].as_str().unwrap_or(""),
            span["line_start"],
            span["column_start"]
        )
    });
    let module = primary
        .and_then(|span| span["file_name"].as_str())
        .and_then(|file| Some(file.split_once("src/apis/").or_else(|| file.split_once("src/calls/apis/"))?.1))
        .and_then(|file| file.strip_suffix(".rs"))
        .filter(|module| !module.contains('/') && *module != "mod")
        .map(str::to_string);
    Some((module, Message { tool, code, headline, location, rendered }))
}

/// The call tests that failed, from libtest's output: each `---- calls::apis::<module>::<method>
/// stdout ----` section, as a message about its module.
fn failed_calls(output: &str) -> Vec<(Option<String>, Message)> {
    let mut failed = Vec::new();
    let mut sections = output.split("\n---- ").skip(1);
    for section in sections.by_ref() {
        let Some((name, rest)) = section.split_once(" stdout ----") else { continue };
        let Some(path) = name.strip_prefix("calls::apis::") else { continue };
        let Some((module, method)) = path.split_once("::") else { continue };
        // The section ends where the next one, or libtest's list of failures, starts.
        let rendered = rest.split("\nfailures:").next().unwrap_or(rest).trim().to_string();
        let headline = format!("calling `{method}` does not do what the spec says");
        let location = format!("src/calls/apis/{module}.rs");
        let message = Message { tool: "calls", code: "call".into(), headline, location, rendered };
        failed.push((Some(module.to_string()), message));
    }
    failed
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|existing| existing == contents) {
        return Ok(());
    }
    let parent = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)
        .and_then(|()| fs::write(path, contents))
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// Copies the sources of `generated/src` but the generated API modules (`apis/`). The feature
/// fixtures' code (`fixtures/`) stays: the runtime's unit tests use it.
fn copy_sources(from: &Path, to: &Path) -> Result<(), String> {
    let entries = fs::read_dir(from).map_err(|error| format!("cannot list {}: {error}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|error| format!("cannot list {}: {error}", from.display()))?.path();
        let name = path.file_name().unwrap_or_default();
        if path.is_dir() {
            if name != "apis" {
                copy_sources(&path, &to.join(name))?;
            }
        } else {
            write_if_changed(&to.join(name), &read(&path)?)?;
        }
    }
    Ok(())
}

/// The crate's `lib.rs` for the scratch crate, with one-line crate docs of its own: the real ones
/// link to the External Calendars module, which a batch may not have.
fn scratch_lib(lib: &str) -> Result<String, String> {
    if !lib.lines().any(|line| line.trim() == "mod apis;") {
        return Err("generated/src/lib.rs no longer declares `mod apis;`; the oracle needs updating".into());
    }
    let mut scratch =
        String::from("//! The compile oracle's copy of `wix-sdk`, with a batch of generated API modules.\n");
    for line in lib.lines().filter(|line| !line.starts_with("//!")) {
        scratch.push_str(line);
        scratch.push('\n');
    }
    Ok(scratch)
}

/// `generated/Cargo.toml` as a crate of its own: the values it inherits from the workspace written
/// in, the workspace's lints as its `[lints]`, the workspace's profiles, and an empty `[workspace]`
/// so cargo does not take it for a member of the enclosing one.
///
/// The package is renamed after the scratch crate (its library keeps the name `wix_sdk`): cargo
/// names a root package's build artifacts by its name and version, not its folder, so two scratch
/// crates of one name in one target folder would take each other's artifacts for their own. The
/// crate's dependency on itself (which turns every feature on for its own tests) and its examples
/// (which the scratch crate does not copy, and whose features a batch may not have) are left out.
fn scratch_manifest(manifest: &str, workspace: &str, name: &str) -> Result<String, String> {
    let sections = sections(workspace);
    let section = |name: &str| sections.iter().find(|(header, _)| header == name).map(|(_, lines)| lines);
    let package = section("[workspace.package]").ok_or("the workspace has no [workspace.package]")?;
    let mut out = String::new();
    for (header, lines) in self::sections(manifest) {
        if header == "[lints]" {
            if lines.iter().any(|line| line.trim() == "workspace = true") {
                for (lint_header, lint_lines) in &sections {
                    if let Some(tool) = lint_header.strip_prefix("[workspace.lints") {
                        let _ = writeln!(out, "[lints{tool}");
                        lint_lines.iter().for_each(|line| out.extend([line.as_str(), "\n"]));
                    }
                }
            }
            continue;
        }
        if header == "[lib]" {
            return Err("generated/Cargo.toml has a [lib] section; the oracle needs updating".into());
        }
        // The scratch crate has the library's sources only: not the examples and integration tests.
        if header == "[[example]]" || header == "[[test]]" {
            continue;
        }
        if !header.is_empty() {
            let _ = writeln!(out, "{header}");
        }
        for line in lines {
            if header == "[dev-dependencies]" && line.starts_with("wix-sdk =") {
                continue;
            }
            if header == "[package]" && line.starts_with("name =") {
                let _ = writeln!(out, "name = \"wix-sdk-oracle-{name}\"");
                continue;
            }
            match line.split_once(".workspace = true") {
                Some((key, "")) => {
                    let inherited = package
                        .iter()
                        .find(|candidate| candidate.split('=').next().is_some_and(|name| name.trim() == key))
                        .ok_or_else(|| format!("the workspace does not set `{key}`"))?;
                    let _ = writeln!(out, "{inherited}");
                }
                _ if line.contains("workspace = true") => {
                    return Err(format!(
                        "cannot resolve `{line}` of generated/Cargo.toml; the oracle needs updating"
                    ));
                }
                _ => {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    for (header, lines) in &sections {
        if header.starts_with("[profile") {
            let _ = writeln!(out, "{header}");
            lines.iter().for_each(|line| out.extend([line.as_str(), "\n"]));
        }
    }
    out.push_str("[lib]\nname = \"wix_sdk\"\n\n[workspace]\n");
    Ok(out)
}

/// The `[section]` headers of a TOML file, each with its lines (the text before the first header
/// comes under an empty header).
fn sections(toml: &str) -> Vec<(String, Vec<String>)> {
    let mut sections = vec![(String::new(), Vec::new())];
    for line in toml.lines() {
        if line.starts_with('[') {
            sections.push((line.trim().to_string(), Vec::new()));
        } else if let Some((_, lines)) = sections.last_mut() {
            lines.push(line.to_string());
        }
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scratch_manifest_inherits_nothing_from_the_workspace() {
        let root = codegen_tests::workspace_root();
        let manifest = read(&root.join("generated/Cargo.toml")).expect("the manifest reads");
        let workspace = read(&root.join("Cargo.toml")).expect("the workspace manifest reads");
        let scratch = scratch_manifest(&manifest, &workspace, "probe").expect("the manifest resolves");
        assert!(!scratch.contains("workspace = true"), "{scratch}");
        assert!(scratch.contains("name = \"wix-sdk-oracle-probe\"\n"), "{scratch}");
        assert!(scratch.contains("[lib]\nname = \"wix_sdk\"\n"), "{scratch}");
        assert!(
            scratch.contains("[lints.rust]\n") && scratch.contains("missing_docs = \"warn\""),
            "{scratch}"
        );
        assert!(scratch.contains("[lints.clippy]\n"), "{scratch}");
        assert!(
            scratch.contains("\nedition = \"2024\"\n") && scratch.ends_with("[workspace]\n"),
            "{scratch}"
        );
        assert!(manifest.contains("\nwix-sdk = { path = \".\"") && manifest.contains("[[example]]"));
        assert!(!scratch.contains("wix-sdk = ") && !scratch.contains("[[example]]"), "{scratch}");
        assert!(manifest.contains("[[test]]") && !scratch.contains("[[test]]"), "{scratch}");
        assert!(scratch.contains(generator::features::MANIFEST_BEGIN), "{scratch}");
    }

    #[test]
    fn the_scratch_lib_has_its_own_crate_docs() {
        let lib = "//! Docs that link to [`bookings_external_calendars`].\n\nmod apis;\npub use apis::*;\n";
        let scratch = scratch_lib(lib).expect("the lib declares its APIs");
        assert!(scratch.starts_with("//! The compile oracle's copy"), "{scratch}");
        assert!(
            !scratch.contains("bookings_external_calendars")
                && scratch.contains("mod apis;\npub use apis::*;\n")
        );
        assert!(scratch_lib("mod other;\n").is_err());
    }

    fn compiler_message(file: &str, headline: &str) -> Json {
        serde_json::json!({
            "message": headline,
            "level": "error",
            "code": { "code": "E0369" },
            "rendered": format!("error[E0369]: {headline}\n  --> {file}:3:5\n"),
            "spans": [{ "file_name": file, "line_start": 3, "column_start": 5, "is_primary": true }],
        })
    }

    #[test]
    fn messages_are_traced_to_their_module() {
        let headline = "binary operation `==` cannot be applied to type `Vault`";
        let (module, message) =
            parse_message("clippy", &compiler_message("src/apis/spec_03.rs", headline)).expect("a message");
        assert_eq!(module.as_deref(), Some("spec_03"));
        assert_eq!((message.code.as_str(), message.location.as_str()), ("E0369", "src/apis/spec_03.rs:3:5"));
        let (module, _) =
            parse_message("clippy", &compiler_message("src/runtime/mod.rs", headline)).expect("a message");
        assert_eq!(module, None);
        let (module, _) =
            parse_message("clippy", &compiler_message("src/apis/mod.rs", headline)).expect("a message");
        assert_eq!(module, None);
        let summary = serde_json::json!({ "message": "aborting due to 3 previous errors", "spans": [] });
        assert!(parse_message("clippy", &summary).is_none());
    }

    #[test]
    fn signatures_leave_out_names_and_details() {
        let message = |headline: &str| Message {
            tool: "clippy",
            code: "deprecated".into(),
            headline: headline.into(),
            location: String::new(),
            rendered: String::new(),
        };
        let first = message("use of deprecated field `A::b`: Use `c` instead.");
        let second = message("use of deprecated field `D::e`: Gone.");
        assert_eq!(first.signature(), "clippy deprecated: use of deprecated field `…`");
        assert_eq!(first.signature(), second.signature());
    }

    #[test]
    fn failed_call_tests_are_messages_about_their_module() {
        let output = "running 3 tests\n..F\nfailures:\n\n---- calls::apis::spec_07::get_item stdout ----\n\
                      thread 'calls::apis::spec_07::get_item' panicked at src/calls/mod.rs:60:9:\n\
                      assertion `left == right` failed: path\n\n\nfailures:\n    calls::apis::spec_07::get_item\n";
        let failed = failed_calls(output);
        let [(module, message)] = failed.as_slice() else { panic!("one failure: {failed:?}") };
        assert_eq!(module.as_deref(), Some("spec_07"));
        assert_eq!(message.headline, "calling `get_item` does not do what the spec says");
        assert!(message.rendered.ends_with("failed: path"), "{}", message.rendered);
        assert!(failed_calls("running 3 tests\n...\ntest result: ok").is_empty());
    }
}
