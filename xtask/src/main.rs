//! Project automation. `cargo xtask codegen` regenerates `generated/` from every spec in `spec/`;
//! `cargo xtask codegen --check` fails, with a diff, where `generated/` is stale.

use std::io::IsTerminal;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = xtask::workspace_root();
    let targets = match xtask::targets(&root) {
        Ok(targets) => targets,
        Err(error) => {
            eprintln!("error: cannot list the specs: {error}");
            return ExitCode::FAILURE;
        }
    };
    match generator::run(&root, &targets, check, std::io::stderr().is_terminal()) {
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
