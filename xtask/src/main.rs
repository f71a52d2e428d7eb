//! Project automation. `cargo xtask codegen` regenerates `generated/` from every spec in `spec/`,
//! then prints what each spec changed since the last commit does to the crate under semver;
//! `cargo xtask codegen --check` fails, with a diff, where `generated/` is stale. `cargo xtask
//! import-wix` writes specs from Wix's SDK packages (see `xtask::import`). The other commands
//! measure (see BENCHMARKS.md).

use std::io::IsTerminal;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]
       cargo xtask import-wix [--out DIR] [--check] [PACKAGE.tgz | FOLDER]...
                                                  (specs from Wix's SDK packages; default: those kept in spec/wix/)
       cargo xtask synth-spec [--paged] <methods> <seed>
                                                  (prints a synthetic spec, for benchmarks)
       cargo xtask bench-memory                   (generation time and peak memory, 10 to 5,000 methods)
       cargo xtask compile-cost [--paged] [methods...]
                                                  (compile cost of the generated crate; default 1000;
                                                  --paged: every fourth synthetic method pages)
       cargo xtask feature-cost [features...]     (cold build with no API, each feature, full; default: each API)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = xtask::workspace_root();
    let result = match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["import-wix", rest @ ..] => xtask::import::run(&root, rest),
        ["synth-spec", methods, seed] => match (methods.parse(), seed.parse()) {
            (Ok(methods), Ok(seed)) => Ok(xtask::synth::spec("synthetic", methods, seed)),
            _ => return usage(),
        },
        ["synth-spec", "--paged", methods, seed] => match (methods.parse(), seed.parse()) {
            (Ok(methods), Ok(seed)) => Ok(xtask::synth::paged_spec("synthetic", methods, seed)),
            _ => return usage(),
        },
        ["bench-memory"] => xtask::bench_memory::run(&root, 3),
        ["compile-cost", rest @ ..] => {
            let (paged, sizes) = match rest {
                ["--paged", sizes @ ..] => (true, sizes),
                sizes => (false, sizes),
            };
            match sizes.iter().map(|size| size.parse()).collect::<Result<Vec<_>, _>>() {
                Ok(sizes) if sizes.is_empty() => xtask::compile_cost::run(&root, &[1000], paged),
                Ok(sizes) => xtask::compile_cost::run(&root, &sizes, paged),
                Err(_) => return usage(),
            }
        }
        ["feature-cost", features @ ..] => feature_cost(features),
        _ => return usage(),
    };
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(report) => {
            eprint!("{report}");
            if !report.ends_with('\n') {
                eprintln!();
            }
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// Measures the committed crate with no API, each of `features` (every API's when none is given),
/// and `full`.
fn feature_cost(features: &[&str]) -> Result<String, String> {
    let root = xtask::workspace_root();
    let features: Vec<String> = match features {
        [] => {
            let targets = xtask::targets(&root).map_err(|error| format!("cannot list the specs: {error}"))?;
            let apis = targets.first().ok_or("no target")?;
            let generated = generator::generate_with_features(&root, &apis.specs)
                .map_err(|errors| generator::render_diagnostics(&errors, false))?;
            generated
                .features
                .modules
                .into_iter()
                .filter(|module| !module.shared)
                .map(|module| module.feature)
                .collect()
        }
        features => features.iter().map(|feature| feature.to_string()).collect(),
    };
    xtask::compile_cost::features(&root, &features)
}

fn codegen(check: bool) -> Result<String, String> {
    let root = xtask::workspace_root();
    let targets = xtask::targets(&root).map_err(|error| format!("error: cannot list the specs: {error}"))?;
    let documents = xtask::documents(&root)?;
    let report = generator::run(&root, &targets, &documents, check, std::io::stderr().is_terminal())?;
    // What each changed spec does to the crate, for the reviewer; `--check` only says whether the
    // generated files are up to date.
    Ok(match check {
        true => report,
        false => report + &xtask::spec_changes::report(&root),
    })
}
