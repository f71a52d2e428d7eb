//! `generator --out DIR SPEC...`: writes one Rust module per spec into DIR; with `--manifest`, each
//! module compiles under a cargo feature of its own, which it writes into the manifest.
//!
//! `generator diff OLD NEW`: what the change from one version of a spec to another does to the
//! generated crate under semver (see `generator::diff`); `--deny LEVEL` exits 1 when a change is at
//! that level or above.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use generator::diff::{self, Level};

/// Generates typed Rust API clients from YAML specs.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Folder the modules are written to; nothing outside it is touched.
    #[arg(long, value_name = "DIR", required = true)]
    out: Option<PathBuf>,
    /// Write nothing; exit 1 with a diff if any file in DIR is not what generation gives.
    #[arg(long)]
    check: bool,
    /// Compile each module under a cargo feature of its own, written into this crate manifest
    /// between its marker lines (run once without them to see the lines to add).
    #[arg(long, value_name = "CARGO_TOML")]
    manifest: Option<PathBuf>,
    /// With `--manifest`: also write the table of APIs and their features into this Markdown file,
    /// between its marker lines.
    #[arg(long, value_name = "README", requires = "manifest")]
    readme: Option<PathBuf>,
    /// Spec files (`spec/*.yaml`).
    #[arg(required = true, value_name = "SPEC")]
    specs: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Lists every change from OLD to NEW, two versions of a spec, and what it does under semver.
    ///
    /// Each change is breaking, additive or patch by what it does to the generated crate. Exits 0;
    /// 1 with `--deny LEVEL` when a change is at that level or above; 2 when a spec cannot be read.
    Diff {
        /// The spec as it was.
        old: PathBuf,
        /// The spec as it is now.
        new: PathBuf,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit 1 when any change is at this level or above (the report still prints).
        #[arg(long, value_enum, value_name = "LEVEL")]
        deny: Option<Deny>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Breaking,
    Additive,
    Patch,
}

impl From<Deny> for Level {
    fn from(deny: Deny) -> Self {
        match deny {
            Deny::Breaking => Level::Breaking,
            Deny::Additive => Level::Additive,
            Deny::Patch => Level::Patch,
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Command::Diff { old, new, format, deny }) = args.command {
        return diff_specs(&old, &new, format, deny.map(Level::from));
    }
    // clap requires `--out` where no subcommand is given.
    let Some(out) = args.out else { return ExitCode::from(2) };
    let features = args.manifest.map(|manifest| generator::FeatureFiles { manifest, readme: args.readme });
    let target = generator::Target { specs: args.specs, out, features, calls: None };
    match generator::run(Path::new("."), &[target], &[], args.check, std::io::stderr().is_terminal()) {
        Ok(report) => {
            write_out(&mut std::io::stdout(), &report);
            ExitCode::SUCCESS
        }
        Err(report) => {
            write_out(&mut std::io::stderr(), &report);
            ExitCode::FAILURE
        }
    }
}

fn diff_specs(old: &Path, new: &Path, format: Format, deny: Option<Level>) -> ExitCode {
    let load = |path: &Path| diff::load_beside(Path::new("."), path);
    let (old_file, new_file) = match (load(old), load(new)) {
        (Ok(old_file), Ok(new_file)) => (old_file, new_file),
        (old_file, new_file) => {
            let styled = std::io::stderr().is_terminal();
            let diagnostics: Vec<_> =
                [old_file.err(), new_file.err()].into_iter().flatten().flatten().collect();
            for diagnostic in &diagnostics {
                write_out(&mut std::io::stderr(), &format!("{}\n\n", diagnostic.render(styled)));
            }
            let summary =
                format!("error: {} error(s) in the specs; nothing was compared\n", diagnostics.len());
            write_out(&mut std::io::stderr(), &summary);
            return ExitCode::from(2);
        }
    };
    let report = diff::diff(&old_file.spec, &new_file.spec);
    let (old_name, new_name) = (old.display().to_string(), new.display().to_string());
    match format {
        Format::Text => write_out(&mut std::io::stdout(), &report.render_text(&old_name, &new_name)),
        Format::Json => write_out(&mut std::io::stdout(), &report.render_json(&old_name, &new_name)),
    }
    match (deny, report.level()) {
        (Some(denied), Some(level)) if level >= denied => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

/// Writes a report. A reader that stops early (`generator diff A B | head`) closes the pipe; what it
/// did not read is dropped rather than failing (as `print!` would, with a panic), and the exit status
/// still says what the run found.
fn write_out(stream: &mut impl std::io::Write, text: &str) {
    let _ = stream.write_all(text.as_bytes()).and_then(|()| stream.flush());
}
