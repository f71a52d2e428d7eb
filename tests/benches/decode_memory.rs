//! Peak memory of decoding a large list response: a `ListEventsResponse` body of 16 MiB (the default
//! limit on a response body), decoded as the client decodes a response (`serde_json::from_slice` of
//! the whole body). `cargo bench -p codegen-tests --bench decode_memory`.
//!
//! Two bodies: events with every field set (as Wix sends them with `OWN_PI`), and the worst case
//! for memory, events of one field (`{"allDay":true}`), where the decoded structs alone outweigh the
//! text many times over (each event is a whole `Event` struct in memory, for 15 bytes of JSON).
//!
//! For each, the bench writes the body to a file, then runs itself twice under GNU time, each in a
//! fresh process: once only reading the file (the baseline: the process and the body), once reading
//! and decoding it. The difference is what decoding costs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use wix_sdk::bookings_external_calendars::ListEventsResponse;

/// The body's size: just under [`wix_sdk::DEFAULT_MAX_RESPONSE_BYTES`], the largest body the client
/// reads by default.
const BODY_BYTES: usize = wix_sdk::DEFAULT_MAX_RESPONSE_BYTES - 4096;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--read", file] => read(Path::new(file), false),
        ["--decode", file] => read(Path::new(file), true),
        // `cargo bench` passes `--bench`, and a filter when one is given.
        _ => measure(),
    };
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The shapes of event measured.
#[derive(Clone, Copy)]
enum Shape {
    /// Every field set: ids, enum (one value of four this crate does not know), texts, timestamps.
    Full,
    /// Only `allDay`.
    Tiny,
}

/// A list of events of `shape`, of about `bytes` bytes.
fn body(shape: Shape, bytes: usize) -> String {
    let mut body = String::from(r#"{"events":["#);
    let mut index = 0_u64;
    let tail = r#"],"pagingMetadata":{"count":0,"cursors":{"next":"bmV4dC1wYWdl"},"hasNext":true}}"#;
    loop {
        let mut event = String::from(if index == 0 { "" } else { "," });
        let _ = match shape {
            Shape::Full => write!(
                event,
                r#"{{"scheduleId":"3e47ec65-2975-447c-a7ed-{index:012x}","calendarType":"{}","calendarName":"Primary","title":"Weekly planning with the team, room {index}","start":"2026-11-{:02}T09:00:00Z","end":"2026-11-{:02}T10:30:00Z","allDay":false,"scheduleOwnerId":"b1c2d3e4-{index:08x}","scheduleOwnerName":"Staff member {}"}}"#,
                ["GOOGLE", "MICROSOFT", "I_CAL", "APPLE"][(index % 4) as usize],
                index % 28 + 1,
                index % 28 + 1,
                index % 97,
            ),
            Shape::Tiny => write!(event, r#"{{"allDay":true}}"#),
        };
        if body.len() + event.len() + tail.len() > bytes {
            break;
        }
        body.push_str(&event);
        index += 1;
    }
    body.push_str(tail);
    body
}

/// Reads the body from `file` and, if `decode`, decodes it; prints what it read.
fn read(file: &Path, decode: bool) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
    if !decode {
        return Ok(format!("read {} bytes\n", std::hint::black_box(&bytes).len()));
    }
    let response: ListEventsResponse =
        serde_json::from_slice(&bytes).map_err(|error| format!("the body does not decode: {error}"))?;
    Ok(format!("decoded {} events\n", std::hint::black_box(&response).events.len()))
}

/// Writes each body, runs the two child processes on it and reports their peak memory.
fn measure() -> Result<String, String> {
    let mut report = format!(
        "`Event` is {} bytes in memory.\n\n\
         | body | events | peak, reading only | peak, reading and decoding | decoding alone | decoding / body |\n\
         |---|---|---|---|---|---|\n",
        std::mem::size_of::<wix_sdk::bookings_external_calendars::Event>()
    );
    for (shape, name) in [(Shape::Full, "full"), (Shape::Tiny, "tiny")] {
        let file = scratch_file(name)?;
        let body = body(shape, BODY_BYTES);
        let events = body.matches("allDay").count();
        std::fs::write(&file, &body).map_err(|error| format!("cannot write {}: {error}", file.display()))?;
        drop(body);
        let baseline = peak_kib(&file, "--read")?;
        let decoding = peak_kib(&file, "--decode")?;
        let body_kib = BODY_BYTES as f64 / 1024.0;
        let mib = |kib: u64| kib as f64 / 1024.0;
        let _ = writeln!(
            report,
            "| {:.1} MiB, {name} events | {events} | {:.1} MiB | {:.1} MiB | {:.1} MiB | {:.2} |",
            body_kib / 1024.0,
            mib(baseline),
            mib(decoding),
            mib(decoding.saturating_sub(baseline)),
            decoding.saturating_sub(baseline) as f64 / body_kib,
        );
    }
    Ok(report)
}

fn scratch_file(name: &str) -> Result<PathBuf, String> {
    let dir = codegen_tests::workspace_root().join("target/decode-memory");
    std::fs::create_dir_all(&dir).map_err(|error| format!("cannot make {}: {error}", dir.display()))?;
    Ok(dir.join(format!("list_events_{name}_16mib.json")))
}

/// The peak resident memory, in KiB, of this program run with `mode` on `file` in a new process.
fn peak_kib(file: &Path, mode: &str) -> Result<u64, String> {
    let program = std::env::current_exe().map_err(|error| format!("cannot find this program: {error}"))?;
    let output = Command::new("/usr/bin/time")
        .args(["-f", "peak-kib=%M"])
        .arg(program)
        .arg(mode)
        .arg(file)
        .output()
        .map_err(|error| format!("cannot run /usr/bin/time (GNU time): {error}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!("{mode} failed:\n{stderr}"));
    }
    eprint!("{}", String::from_utf8_lossy(&output.stdout));
    stderr
        .lines()
        .find_map(|line| line.strip_prefix("peak-kib=")?.trim().parse().ok())
        .ok_or_else(|| format!("GNU time reported no peak memory:\n{stderr}"))
}
