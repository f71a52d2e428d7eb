//! `generator --out DIR SPEC...`: writes one Rust module per spec into DIR; with `--manifest`, each
//! module compiles under a cargo feature of its own, which it writes into the manifest.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

/// Generates typed Rust API clients from YAML specs.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Folder the modules are written to; nothing outside it is touched.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
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

fn main() -> ExitCode {
    let args = Args::parse();
    let features = args.manifest.map(|manifest| generator::FeatureFiles { manifest, readme: args.readme });
    let target = generator::Target { specs: args.specs, out: args.out, features, calls: None };
    match generator::run(Path::new("."), &[target], &[], args.check, std::io::stderr().is_terminal()) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(report) => {
            eprint!("{report}");
            ExitCode::FAILURE
        }
    }
}
