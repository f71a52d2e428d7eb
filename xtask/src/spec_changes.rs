//! What `cargo xtask codegen` says about the specs that changed since the last commit: the report of
//! `generator diff` of each against its committed version, so that a reviewer sees what the change
//! does to the crate under semver before committing it.
//!
//! Each version is compared as `generator diff` compares it, linked with the specs of shared types
//! beside it: the working copy with those of the folder, the committed version with theirs at `HEAD`.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::diff;
use generator::spec::Spec;

/// The folder of the API specs, whose changes are reported.
const SPEC_DIR: &str = crate::TARGETS[0].0;

/// The text report of each spec in `spec/` that differs from its version at `HEAD` (a spec new since
/// then is a new API, additive; one gone is a module removed, breaking), or one line saying why
/// nothing was compared (no git, not a repository, no commit yet). Empty when no spec changed, so
/// that codegen stays quiet. Never an error: the report is for reading, and codegen has done its
/// job by then.
pub fn report(root: &Path) -> String {
    let head = git(root, &["rev-parse", "--verify", "--quiet", "HEAD"]);
    if head.is_none() {
        return format!(
            "spec changes: not compared, as {} is not a git repository with a commit\n",
            root.display()
        );
    }
    let current = match crate::spec_files(root, Path::new(SPEC_DIR)) {
        Ok(specs) => specs,
        Err(error) => return format!("spec changes: not compared, as {SPEC_DIR}/ does not list: {error}\n"),
    };
    let committed = committed_specs(root);
    let committed_shared = OnceCell::new();
    let mut report = String::new();
    for path in &current {
        let shared = || committed_shared.get_or_init(|| committed_shared_specs(root, &committed)).as_slice();
        report.push_str(&spec_report(root, path, shared));
    }
    for path in committed.iter().filter(|path| !current.contains(path)) {
        let removed = whole_spec(diff::Level::Breaking, "spec removed: its module and cargo feature go");
        report.push_str(&removed.render_text(&format!("HEAD:{}", crate::slashed(path)), "(removed)"));
    }
    report
}

/// The report of one spec against its committed version; empty when it did not change.
/// `committed_shared` gives the specs of shared types at `HEAD`, read when a spec changed.
fn spec_report<'a>(root: &Path, path: &Path, committed_shared: impl FnOnce() -> &'a [Spec]) -> String {
    let name = crate::slashed(path);
    let Ok(bytes) = std::fs::read(root.join(path)) else {
        return format!("{name}: not compared, as it cannot be read\n");
    };
    let Some(committed) = git(root, &["show", &format!("HEAD:./{name}")]) else {
        let added = whole_spec(diff::Level::Additive, "new API: a new module and cargo feature");
        return added.render_text("(new)", &name);
    };
    if committed == bytes {
        return String::new();
    }
    let old_name = format!("HEAD:{name}");
    let old = diff::readable(generator::load::load_bytes(Path::new(&old_name), committed));
    let new = diff::load_beside(root, path);
    match (old, new) {
        (Ok(mut old), Ok(new)) => {
            let shared: Vec<&Spec> = committed_shared().iter().collect();
            generator::link::link_spec(&mut old.spec, &shared);
            diff::diff(&old.spec, &new.spec).render_text(&old_name, &name)
        }
        _ => format!("{name}: not compared, as it or its committed version does not load\n"),
    }
}

/// The report of a spec added or removed as a whole.
fn whole_spec(level: diff::Level, message: &str) -> diff::Report {
    let change = diff::Change { level, at: "api".to_string(), rust: None, message: message.to_string() };
    diff::Report { changes: vec![change] }
}

/// The `.yaml` files directly in the spec folder at `HEAD`.
fn committed_specs(root: &Path) -> Vec<PathBuf> {
    let listed =
        git(root, &["ls-tree", "--name-only", "HEAD", &format!("./{SPEC_DIR}/")]).unwrap_or_default();
    let mut specs: Vec<PathBuf> = String::from_utf8_lossy(&listed)
        .lines()
        .map(|line| Path::new(SPEC_DIR).join(Path::new(line).file_name().unwrap_or_default()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "yaml"))
        .collect();
    specs.sort();
    specs
}

/// The specs of shared types among `committed` (the spec folder's files at `HEAD`), as committed;
/// those that do not load whole are left out.
fn committed_shared_specs(root: &Path, committed: &[PathBuf]) -> Vec<Spec> {
    committed
        .iter()
        .filter_map(|path| {
            let name = crate::slashed(path);
            let bytes = git(root, &["show", &format!("HEAD:./{name}")])?;
            let file = diff::readable(generator::load::load_bytes(path, bytes)).ok()?;
            file.spec.is_shared_types().then_some(file.spec)
        })
        .collect()
}

/// What `git -C root args` prints, or `None` where git is missing or fails.
fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
    output.status.success().then_some(output.stdout)
}
