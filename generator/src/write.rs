//! Writing: the generated files of a run put into their folders all together or not at all, stale
//! files removed, or (for `--check`) the difference from what is on disk.
//!
//! A run writes in two phases. First every changed file is written to a temporary file beside it;
//! nothing a reader sees has changed yet. Then each is renamed into place, the file it replaces kept
//! under a backup name (a hard link, so the path never goes missing), and stale files are renamed to
//! backups too. If any step fails, every file already replaced is renamed back from its backup (with
//! its old contents and mtime), new files are removed, and the temporary files go; only when every
//! step has succeeded are the backups deleted. Files whose contents are already right are not
//! touched, so their mtimes stay.

use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// An output file or folder that could not be read, written, replaced or removed.
#[derive(Debug)]
pub struct OutputError {
    /// The file or folder at fault.
    pub path: PathBuf,
    /// What could not be done to it: `write`, `replace`, `remove`, `read` or `create`.
    pub action: &'static str,
    /// Why.
    pub error: io::Error,
    /// Files that could not be put back as they were after the failure, each with why; when empty,
    /// every output file is as it was before the run.
    pub not_restored: Vec<(PathBuf, io::Error)>,
}

impl OutputError {
    fn new(path: &Path, action: &'static str, error: io::Error) -> OutputError {
        OutputError { path: path.to_path_buf(), action, error, not_restored: Vec::new() }
    }

    fn refused(path: &Path, reason: &str) -> OutputError {
        OutputError::new(path, "write", io::Error::new(io::ErrorKind::InvalidInput, reason))
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot {} {}: {}", self.action, self.path.display(), self.error)?;
        if self.not_restored.is_empty() {
            return f.write_str("; no generated file was changed");
        }
        f.write_str("; and these files could not be restored:")?;
        for (path, error) in &self.not_restored {
            write!(f, " {} ({error})", path.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Writes `files` into `out_dir`: [`write_all`] for one folder.
pub fn write(files: &[GeneratedFile], out_dir: &Path) -> Result<Vec<(PathBuf, FileStatus)>, OutputError> {
    write_all(&[(out_dir, files)])
}

/// Writes each folder's files into it, and removes the generated files that no spec produces any
/// more, all together or not at all (see the module docs). A file name must be a plain name inside
/// its folder: one with a path separator or `..` is refused before anything is written. Returns
/// each path with what happened to it.
pub fn write_all(outputs: &[(&Path, &[GeneratedFile])]) -> Result<Vec<(PathBuf, FileStatus)>, OutputError> {
    write_all_renaming_with(outputs, &|from, to| fs::rename(from, to))
}

/// [`write_all`], putting files in place with `rename`: a seam to test a failure at each step.
fn write_all_renaming_with(
    outputs: &[(&Path, &[GeneratedFile])],
    rename: &dyn Fn(&Path, &Path) -> io::Result<()>,
) -> Result<Vec<(PathBuf, FileStatus)>, OutputError> {
    let destinations = destinations(outputs)?;
    let mut transaction = Transaction::default();
    let result = transaction.prepare(outputs, &destinations).and_then(|()| transaction.commit(rename));
    match result {
        Ok(()) => Ok(transaction.finish()),
        Err(mut error) => {
            error.not_restored = transaction.roll_back();
            Err(error)
        }
    }
}

/// The path of every output file, in order, after checking that each name stays inside its folder
/// and that no two outputs write the same file.
fn destinations(outputs: &[(&Path, &[GeneratedFile])]) -> Result<Vec<PathBuf>, OutputError> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for (dir, files) in outputs {
        for file in *files {
            let path = dir.join(&file.name);
            if !is_plain_file_name(&file.name) {
                return Err(OutputError::refused(
                    &path,
                    "a generated file name must be a plain file name, with no path separator, and not \
                     start with `.`",
                ));
            }
            if paths.contains(&path) {
                return Err(OutputError::refused(&path, "two outputs of the run would write this file"));
            }
            paths.push(path);
        }
    }
    Ok(paths)
}

/// Whether `name` names a file directly inside a folder: not empty, no separator, not `.` or `..`
/// (nor any other name starting with `.`, which temporary and backup files use).
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0'])
}

/// A distinct name for a temporary or backup file of this process beside `path`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = path.file_name().map(|name| name.to_string_lossy()).unwrap_or_default();
    let unique = NEXT.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{unique}.{suffix}", std::process::id()))
}

/// What the run does to one path, and what it has done so far.
struct Change {
    path: PathBuf,
    /// The new contents, written beside the path; `None` removes a stale file.
    temporary: Option<PathBuf>,
    /// Whether a file stood at the path before the run.
    existed: bool,
    /// Where the file that stood at the path was kept, once it was.
    backup: Option<PathBuf>,
    /// Whether the change has been made.
    done: bool,
}

#[derive(Default)]
struct Transaction {
    report: Vec<(PathBuf, FileStatus)>,
    changes: Vec<Change>,
    /// Folders the run created, outermost first.
    created_dirs: Vec<PathBuf>,
}

impl Transaction {
    /// Creates the folders, compares each file with what is on disk, writes each changed file to a
    /// temporary file beside it, and finds the stale files. Changes nothing a reader sees.
    fn prepare(
        &mut self,
        outputs: &[(&Path, &[GeneratedFile])],
        destinations: &[PathBuf],
    ) -> Result<(), OutputError> {
        for (dir, _) in outputs {
            self.create_dir(dir)?;
        }
        let mut paths = destinations.iter();
        for (dir, files) in outputs {
            for (file, path) in files.iter().zip(&mut paths) {
                match existing_contents(path)? {
                    Existing::File(bytes) if bytes == file.contents.as_bytes() => {
                        self.report.push((path.clone(), FileStatus::Unchanged));
                        continue;
                    }
                    existing => {
                        let temporary = sibling(path, "tmp");
                        let write_error = |error| OutputError::new(&temporary, "write", error);
                        // A new file, never one that was there (not even a link someone put there).
                        let mut new_file = fs::OpenOptions::new()
                            .write(true)
                            .create_new(true)
                            .open(&temporary)
                            .map_err(write_error)?;
                        self.changes.push(Change {
                            path: path.clone(),
                            temporary: Some(temporary.clone()),
                            existed: !matches!(existing, Existing::Missing),
                            backup: None,
                            done: false,
                        });
                        new_file.write_all(file.contents.as_bytes()).map_err(write_error)?;
                        self.report.push((path.clone(), FileStatus::Written));
                    }
                }
            }
            for stale in stale_files(dir, destinations)? {
                self.changes.push(Change {
                    path: stale.clone(),
                    temporary: None,
                    existed: true,
                    backup: None,
                    done: false,
                });
                self.report.push((stale, FileStatus::Removed));
            }
        }
        Ok(())
    }

    /// Creates `dir` and its missing ancestors, remembering which were missing.
    fn create_dir(&mut self, dir: &Path) -> Result<(), OutputError> {
        let mut missing: Vec<PathBuf> = dir
            .ancestors()
            .take_while(|ancestor| !ancestor.as_os_str().is_empty() && !ancestor.exists())
            .map(Path::to_path_buf)
            .collect();
        missing.reverse();
        for folder in missing {
            match fs::create_dir(&folder) {
                Ok(()) => self.created_dirs.push(folder),
                // Made by someone else meanwhile: there, and not the run's to remove.
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(OutputError::new(&folder, "create", error)),
            }
        }
        Ok(())
    }

    /// Puts every change in place, keeping a backup of each file it replaces or removes.
    fn commit(&mut self, rename: &dyn Fn(&Path, &Path) -> io::Result<()>) -> Result<(), OutputError> {
        for change in &mut self.changes {
            let backup = sibling(&change.path, "bak");
            match &change.temporary {
                // A stale file goes to its backup, deleted once the whole run has succeeded.
                None => {
                    rename(&change.path, &backup)
                        .map_err(|error| OutputError::new(&change.path, "remove", error))?;
                    change.backup = Some(backup);
                }
                Some(temporary) => {
                    let replace_error = |error| OutputError::new(&change.path, "replace", error);
                    if change.existed {
                        // A hard link keeps the old file at its path until the new one replaces it.
                        fs::hard_link(&change.path, &backup).map_err(replace_error)?;
                        change.backup = Some(backup);
                    }
                    rename(temporary, &change.path).map_err(replace_error)?;
                }
            }
            change.done = true;
        }
        Ok(())
    }

    /// Deletes the backups of a committed run and returns what happened to each file.
    fn finish(self) -> Vec<(PathBuf, FileStatus)> {
        for backup in self.changes.iter().filter_map(|change| change.backup.as_ref()) {
            // The run has succeeded: a backup that cannot be deleted is a stray hidden file, not a
            // reason to report a failure for files that were all written.
            let _ = fs::remove_file(backup);
        }
        self.report
    }

    /// Undoes every change made, in reverse order, removes temporary and backup files and the folders
    /// the run created; returns the files that could not be put back.
    fn roll_back(self) -> Vec<(PathBuf, io::Error)> {
        let mut not_restored = Vec::new();
        for change in self.changes.iter().rev() {
            if change.done {
                let restored = match &change.backup {
                    Some(backup) => fs::rename(backup, &change.path),
                    None => fs::remove_file(&change.path),
                };
                if let Err(error) = restored {
                    not_restored.push((change.path.clone(), error));
                }
                continue;
            }
            // Not made: the file at the path is the old one, and these copies are only clutter.
            for copy in [&change.backup, &change.temporary].into_iter().flatten() {
                let _ = fs::remove_file(copy);
            }
        }
        for folder in self.created_dirs.iter().rev() {
            // Only an empty folder is removed; one that holds anything was not the run's alone.
            let _ = fs::remove_dir(folder);
        }
        not_restored
    }
}

/// What stands at an output path.
enum Existing {
    Missing,
    /// A regular file (or a link to one), with its contents.
    File(Vec<u8>),
    /// A link to something that is not a regular file, or to nothing: replaced, never read.
    OtherLink,
}

/// What stands at `path`; a folder, fifo, socket or device there is an error, and is never opened.
fn existing_contents(path: &Path) -> Result<Existing, OutputError> {
    let metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Existing::Missing),
        Err(error) => return Err(OutputError::new(path, "read", error)),
    };
    if metadata.is_symlink() && !fs::metadata(path).is_ok_and(|target| target.is_file()) {
        return Ok(Existing::OtherLink);
    }
    if !metadata.is_symlink() && !metadata.is_file() {
        let what = if metadata.is_dir() { "a folder" } else { "not a regular file" };
        return Err(OutputError::refused(path, &format!("it is {what}; move it out of the output folder")));
    }
    fs::read(path).map(Existing::File).map_err(|error| OutputError::new(path, "read", error))
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
pub fn check(files: &[GeneratedFile], out_dir: &Path) -> Result<Vec<Drift>, OutputError> {
    let destinations = destinations(&[(out_dir, files)])?;
    let mut drifts = Vec::new();
    for (file, path) in files.iter().zip(&destinations) {
        let existing = match existing_contents(path)? {
            Existing::File(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Existing::Missing | Existing::OtherLink => String::new(),
        };
        if existing != file.contents {
            drifts.push(Drift { diff: unified_diff(path, &existing, &file.contents), path: path.clone() });
        }
    }
    for stale in stale_files(out_dir, &destinations)? {
        let existing = fs::read(&stale).map_err(|error| OutputError::new(&stale, "read", error))?;
        let diff = unified_diff(&stale, &String::from_utf8_lossy(&existing), "");
        drifts.push(Drift { diff, path: stale });
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

/// Regular `.rs` files in `out_dir` that start with the generated header but are not among
/// `destinations`. Only the header's length is read of each.
fn stale_files(out_dir: &Path, destinations: &[PathBuf]) -> Result<Vec<PathBuf>, OutputError> {
    let entries = match fs::read_dir(out_dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(OutputError::new(out_dir, "read", error)),
    };
    let mut stale = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| OutputError::new(out_dir, "read", error))?;
        let path = entry.path();
        let is_ours = path.extension().is_some_and(|extension| extension == "rs")
            && !destinations.contains(&path)
            && entry.file_type().is_ok_and(|kind| kind.is_file())
            && starts_with_header(&path);
        if is_ours {
            stale.push(path);
        }
    }
    stale.sort();
    Ok(stale)
}

fn starts_with_header(path: &Path) -> bool {
    let mut start = Vec::with_capacity(HEADER_MARK.len());
    fs::File::open(path).and_then(|file| file.take(HEADER_MARK.len() as u64).read_to_end(&mut start)).is_ok()
        && start == HEADER_MARK.as_bytes()
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::time::{Duration, SystemTime};

    use super::*;

    fn generated(name: &str, body: &str) -> GeneratedFile {
        GeneratedFile { name: name.into(), contents: format!("{HEADER_MARK} from test.\n{body}\n") }
    }

    /// Files in `dir`, by name, with their contents and mtimes.
    fn snapshot(dir: &Path) -> Vec<(String, String, SystemTime)> {
        let mut files: Vec<_> = fs::read_dir(dir)
            .expect("lists")
            .map(|entry| {
                let path = entry.expect("entry").path();
                let modified = fs::metadata(&path).and_then(|metadata| metadata.modified()).expect("mtime");
                let name = path.file_name().expect("a name").to_string_lossy().into_owned();
                (name, fs::read_to_string(&path).expect("reads"), modified)
            })
            .collect();
        files.sort();
        files
    }

    fn old_file(path: &Path, contents: &str) {
        fs::write(path, contents).expect("writes");
        let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(path)
            .and_then(|file| file.set_modified(an_hour_ago))
            .expect("sets mtime");
    }

    #[test]
    fn a_failure_at_any_step_leaves_every_output_as_it_was() {
        let root = tempfile::tempdir().expect("temp dir");
        let (first, second) = (root.path().join("first"), root.path().join("second"));
        let first_files =
            [generated("a.rs", "new a"), generated("b.rs", "new b"), generated("same.rs", "same")];
        let second_files = [generated("c.rs", "new c")];
        let outputs: [(&Path, &[GeneratedFile]); 2] = [(&first, &first_files), (&second, &second_files)];
        let steps = {
            fs::create_dir_all(&first).expect("creates");
            fs::create_dir_all(&second).expect("creates");
            old_file(&first.join("a.rs"), "old a");
            old_file(&first.join("b.rs"), "old b");
            fs::write(first.join("same.rs"), &first_files[2].contents).expect("writes");
            old_file(&second.join("stale.rs"), &format!("{HEADER_MARK} from a removed spec.\n"));
            // a.rs, b.rs and c.rs are renamed into place, and stale.rs to its backup.
            4
        };
        let before = (snapshot(&first), snapshot(&second));
        for failing in 1..=steps {
            let renames = Cell::new(0);
            let rename = |from: &Path, to: &Path| {
                renames.set(renames.get() + 1);
                if renames.get() == failing {
                    Err(io::Error::other("injected"))
                } else {
                    fs::rename(from, to)
                }
            };

            let error = write_all_renaming_with(&outputs, &rename).expect_err("a rename fails");

            assert!(error.not_restored.is_empty(), "step {failing}: {error}");
            assert_eq!((snapshot(&first), snapshot(&second)), before, "step {failing}: {error}");
        }
        let written = write_all(&outputs).expect("writes");
        let statuses: Vec<FileStatus> = written.iter().map(|(_, status)| *status).collect();
        use FileStatus::{Removed, Unchanged, Written};
        assert_eq!(statuses, [Written, Written, Unchanged, Written, Removed]);
        assert_eq!(fs::read_to_string(first.join("a.rs")).expect("reads"), first_files[0].contents);
        assert!(!second.join("stale.rs").exists());
        let names: Vec<String> =
            snapshot(&first).into_iter().chain(snapshot(&second)).map(|(name, ..)| name).collect();
        assert_eq!(names, ["a.rs", "b.rs", "same.rs", "c.rs"], "no temporary or backup file is left");
    }

    #[test]
    fn names_that_leave_the_folder_are_refused_before_anything_is_written() {
        let root = tempfile::tempdir().expect("temp dir");
        let out = root.path().join("out");
        for name in ["../escape.rs", "sub/file.rs", "..", ".hidden.rs", "", "back\\slash.rs"] {
            let files = [generated("fine.rs", "fine"), generated(name, "bad")];

            let error = write(&files, &out).expect_err("the name is refused");

            assert_eq!(error.error.kind(), io::ErrorKind::InvalidInput, "{name}: {error}");
            assert!(!out.exists(), "{name}: nothing may be written");
            assert!(check(&files, &out).is_err(), "{name}: check refuses it too");
        }
        assert_eq!(fs::read_dir(root.path()).expect("lists").count(), 0);
    }

    #[test]
    fn a_folder_where_a_file_goes_is_an_error_and_created_folders_are_removed() {
        let root = tempfile::tempdir().expect("temp dir");
        let (first, second) = (root.path().join("new/first"), root.path().join("second"));
        fs::create_dir_all(second.join("b.rs")).expect("creates a folder named like the file");
        let (first_files, second_files) = ([generated("a.rs", "a")], [generated("b.rs", "b")]);

        let error =
            write_all(&[(&first, &first_files), (&second, &second_files)]).expect_err("b.rs is a folder");

        assert_eq!(error.path, second.join("b.rs"));
        assert!(error.to_string().contains("it is a folder"), "{error}");
        assert!(!root.path().join("new").exists(), "the folders the run created are removed");
        assert_eq!(fs::read_dir(&second).expect("lists").count(), 1);
    }
}
