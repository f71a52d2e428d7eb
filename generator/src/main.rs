//! `generator --out DIR SPEC...`: writes one Rust module per spec into DIR.

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
    /// Spec files (`spec/*.yaml`).
    #[arg(required = true, value_name = "SPEC")]
    specs: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let target = generator::Target { specs: args.specs, out: args.out, calls: None };
    match generator::run(Path::new("."), &[target], args.check, std::io::stderr().is_terminal()) {
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
