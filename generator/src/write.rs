//! Writing: each generated file written atomically into its folder, stale files removed, or (for
//! `--check`) the difference from what is on disk.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::format::{GeneratedFile, HEADER_MARK};

/// What writing did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    /// The file was created or its contents replaced.
    Written,
    /// The file already held exactly this; it was not touched, so its mtime is unchanged.
    Unchanged,
    /// A file this generator once wrote, which no spec produces any more, was removed.
    Removed,
}

/// Writes `files` into `out_dir`, each through a temporary file renamed into place, so a reader never
/// sees half a file; a file whose contents are already right is left alone. Generated files in
/// `out_dir` that no spec produces any more are removed. Returns each path with what happened to it.
pub fn write(files: &[GeneratedFile], out_dir: &Path) -> io::Result<Vec<(PathBuf, FileStatus)>> {
    fs::create_dir_all(out_dir)?;
    let mut report = Vec::new();
    for file in files {
        let path = out_dir.join(&file.name);
        if fs::read(&path).is_ok_and(|existing| existing == file.contents.as_bytes()) {
            report.push((path, FileStatus::Unchanged));
            continue;
        }
        let temporary = out_dir.join(format!(".{}.{}.tmp", file.name, std::process::id()));
        let written = fs::write(&temporary, &file.contents).and_then(|()| fs::rename(&temporary, &path));
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            return Err(error);
        }
        report.push((path, FileStatus::Written));
    }
    for stale in stale_files(files, out_dir)? {
        fs::remove_file(&stale)?;
        report.push((stale, FileStatus::Removed));
    }
    Ok(report)
}

/// A file whose contents on disk differ from what generation gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The file.
    pub path: PathBuf,
    /// A unified diff from the file on disk to the generated contents.
    pub diff: String,
}

/// Compares `files` with `out_dir` without writing anything.
pub fn check(files: &[GeneratedFile], out_dir: &Path) -> io::Result<Vec<Drift>> {
    let mut drifts = Vec::new();
    for file in files {
        let path = out_dir.join(&file.name);
        let existing = match fs::read_to_string(&path) {
            Ok(existing) => existing,
            Err(error) if error.kind() == io::ErrorKind::NotFound => String::new(),
            Err(error) => return Err(error),
        };
        if existing != file.contents {
            drifts.push(Drift { diff: unified_diff(&path, &existing, &file.contents), path });
        }
    }
    for stale in stale_files(files, out_dir)? {
        let existing = fs::read_to_string(&stale)?;
        drifts.push(Drift { diff: unified_diff(&stale, &existing, ""), path: stale });
    }
    Ok(drifts)
}

fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (on disk)"), &format!("{name} (generated)"))
        .to_string()
}

/// `.rs` files in `out_dir` that carry the generated header but are not among `files`.
fn stale_files(files: &[GeneratedFile], out_dir: &Path) -> io::Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(out_dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    let mut stale = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let is_ours = path.extension().is_some_and(|extension| extension == "rs")
            && !files.iter().any(|file| path.file_name().is_some_and(|name| name == file.name.as_str()))
            && fs::read_to_string(&path).is_ok_and(|contents| contents.starts_with(HEADER_MARK));
        if is_ours {
            stale.push(path);
        }
    }
    stale.sort();
    Ok(stale)
}
