//! `cargo xtask bench-memory`: wall time and peak memory of the release `generator` binary on
//! synthetic specs of 10 to 5,000 methods, each run in a fresh process into an empty folder.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Sizes measured, in methods.
pub const SIZES: [usize; 4] = [10, 100, 1000, 5000];

/// Runs each size `runs` times; reports the median wall time and the largest peak.
pub fn run(root: &Path, runs: usize) -> Result<String, String> {
    let io = |error: std::io::Error| error.to_string();
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet", "--package", "generator"])
        .current_dir(root)
        .status()
        .map_err(io)?;
    if !status.success() {
        return Err("cargo build --release --package generator failed".into());
    }
    let binary = root.join("target/release/generator");
    let scratch = root.join("target/bench-memory");
    fs::create_dir_all(&scratch).map_err(io)?;
    let mut report = String::from(
        "| methods | spec size | time (median) | time per method | peak memory |\n|---|---|---|---|---|\n",
    );
    let mut per_method = Vec::new();
    for methods in SIZES {
        let spec = scratch.join(format!("synthetic_{methods}.yaml"));
        fs::write(&spec, crate::synth::spec("synthetic", methods, 42)).map_err(io)?;
        let mut times = Vec::new();
        let mut peak_kib = 0;
        for _ in 0..runs.max(1) {
            let out = scratch.join("out");
            let _ = fs::remove_dir_all(&out);
            let started = Instant::now();
            let output = Command::new("/usr/bin/time")
                .args(["-f", "peak-kib=%M"])
                .arg(&binary)
                .arg("--out")
                .arg(&out)
                .arg(&spec)
                .output()
                .map_err(|error| format!("cannot run {} under /usr/bin/time: {error}", binary.display()))?;
            times.push(started.elapsed().as_secs_f64());
            let stderr = String::from_utf8_lossy(&output.stderr);
            if !output.status.success() {
                return Err(format!("the generator failed on {methods} methods:\n{stderr}"));
            }
            let kib =
                stderr.lines().find_map(|line| line.strip_prefix("peak-kib=")?.trim().parse::<u64>().ok());
            peak_kib = peak_kib.max(kib.unwrap_or(0));
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        per_method.push(median / methods as f64);
        let size = fs::metadata(&spec).map_err(io)?.len();
        let _ = writeln!(
            report,
            "| {methods} | {:.1} MiB | {:.3} s | {:.1} µs | {:.1} MiB |",
            size as f64 / 1048576.0,
            median,
            median / methods as f64 * 1e6,
            peak_kib as f64 / 1024.0
        );
    }
    if let (Some(first), Some(last)) = (per_method.first(), per_method.last()) {
        let _ = writeln!(
            report,
            "\nper-method time at {} methods / at {}: {:.2}",
            SIZES[3],
            SIZES[0],
            last / first
        );
    }
    Ok(report)
}
