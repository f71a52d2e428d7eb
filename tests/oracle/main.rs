//! The compile oracle. The generator promises that a spec it accepts gives Rust that compiles, passes
//! `cargo clippy -- -D warnings` and documents with `RUSTDOCFLAGS="-D warnings"`; these tests hold it
//! to that on specs that are valid by construction and combine every feature of the format
//! ([`specs`]), and on the feature fixtures and API specs, each batch built in a scratch copy of the
//! crate ([`batch`]). A spec the generator refuses fails the test too: it is valid.
//!
//! `cargo test` runs one batch of random specs from a fixed seed, and the batch of fixtures. A long
//! run on fresh seeds, each printed so a batch can be run again with `ORACLE_SEED`:
//!
//! ```sh
//! ORACLE_SECONDS=3600 cargo test -p codegen-tests --test oracle -- --ignored --nocapture long_run
//! ORACLE_BATCHES=5 ORACLE_SPECS=50 cargo test -p codegen-tests --test oracle -- --ignored --nocapture long_run
//! ORACLE_SEED=1234 ORACLE_BATCHES=1 cargo test -p codegen-tests --test oracle -- --ignored --nocapture long_run
//! ```
//!
//! and to check given spec files the same way (a hand-minimized spec, or a fix against it):
//!
//! ```sh
//! ORACLE_FILES="a.yaml b.yaml" cargo test -p codegen-tests --test oracle -- --ignored --nocapture check_files
//! ```
//!
//! Each batch's full report (every failing spec: its messages and its YAML) is written to
//! `target/oracle/reports/`.

mod batch;
mod specs;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use batch::{Outcome, ScratchCrate, Spec};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Specs in the batch `cargo test` runs.
const CI_SPECS: usize = 50;

/// The seed of that batch.
const CI_SEED: u64 = 1;

/// Random valid specs from `seed`, written into the scratch crate's spec folder.
fn random_specs(scratch: &ScratchCrate, seed: u64, count: usize) -> Result<Vec<Spec>, String> {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner =
        TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes));
    let dir = scratch.spec_dir();
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).map_err(|error| format!("cannot make {}: {error}", dir.display()))?;
    (0..count)
        .map(|index| {
            let api = format!("spec_{index:02}");
            let yaml = specs::valid_spec(api.clone())
                .new_tree(&mut runner)
                .map_err(|reason| format!("no spec: {reason}"))?
                .current();
            let path = PathBuf::from("specs").join(format!("{api}.yaml"));
            fs::write(scratch.dir().join(&path), &yaml)
                .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
            Ok(Spec { path, yaml })
        })
        .collect()
}

/// Writes the batch's full report where the module docs say, and returns its path.
fn save_report(name: &str, outcome: &Outcome) -> PathBuf {
    let dir = codegen_tests::workspace_root().join("target/oracle/reports");
    let path = dir.join(format!("{name}.txt"));
    let saved = fs::create_dir_all(&dir)
        .and_then(|()| fs::write(&path, format!("{}\n{}", outcome.summary(), outcome.report())));
    if let Err(error) = saved {
        eprintln!("cannot save the report {}: {error}", path.display());
    }
    path
}

/// The failure message of a batch: the summary, the failures of the smallest failing specs (one
/// message of each kind), and where the full report is.
fn failure(outcome: &Outcome, report: &Path) -> String {
    let mut smallest = Outcome { specs: outcome.specs, ..Outcome::default() };
    let mut refused: Vec<_> = outcome.refused.iter().collect();
    refused.sort_by_key(|(spec, _)| spec.yaml.len());
    smallest.refused = refused.into_iter().take(3).cloned().collect();
    let mut broken: Vec<_> = outcome.broken.iter().collect();
    broken.sort_by_key(|(spec, _)| spec.yaml.len());
    smallest.broken = broken
        .into_iter()
        .take(3)
        .map(|(spec, messages)| {
            let mut kinds = std::collections::BTreeSet::new();
            let one_of_each = messages.iter().filter(|message| kinds.insert(message.signature()));
            (spec.clone(), one_of_each.cloned().collect())
        })
        .collect();
    smallest.unattributed = outcome.unattributed.clone();
    format!(
        "{}\nThe smallest failing specs:\n{}\nEvery failing spec, with its messages and YAML: {}",
        outcome.summary(),
        smallest.report(),
        report.display()
    )
}

#[test]
fn random_valid_specs_compile_lint_and_document() {
    let root = codegen_tests::workspace_root();
    let scratch = ScratchCrate::new(&root, "random").unwrap_or_else(|error| panic!("{error}"));
    let specs = random_specs(&scratch, CI_SEED, CI_SPECS).unwrap_or_else(|error| panic!("{error}"));
    let outcome = scratch.check(scratch.dir(), specs).unwrap_or_else(|error| panic!("{error}"));
    let report = save_report("random", &outcome);
    assert!(outcome.passed(), "{}", failure(&outcome, &report));
}

/// The feature fixtures and API specs. The crate holds the fixtures' code only under `cfg(test)`,
/// with `dead_code` and `missing_docs` allowed, where rustdoc never sees it.
#[test]
fn fixtures_and_api_specs_compile_lint_and_document() {
    let root = codegen_tests::workspace_root();
    let scratch = ScratchCrate::new(&root, "fixtures").unwrap_or_else(|error| panic!("{error}"));
    let mut paths = Vec::new();
    for (spec_dir, _) in xtask::TARGETS {
        paths.extend(xtask::spec_files(&root, Path::new(spec_dir)).expect("the spec folders list"));
    }
    let specs = paths
        .into_iter()
        .map(|path| {
            let yaml = fs::read_to_string(root.join(&path)).expect("a spec reads");
            Spec { path, yaml }
        })
        .collect();
    let outcome = scratch.check(&root, specs).unwrap_or_else(|error| panic!("{error}"));
    let report = save_report("fixtures", &outcome);
    assert!(outcome.passed(), "{}", failure(&outcome, &report));
}

/// The API specs, and the fixtures that refer to shared types, built as a user who turns on one
/// feature builds the crate: with no feature, then each feature alone. Each API's feature must turn
/// on the modules of shared types that its code and docs use, and nothing may warn when others are
/// off.
#[test]
fn each_feature_alone_compiles_lints_and_documents() {
    let root = codegen_tests::workspace_root();
    let scratch = ScratchCrate::new(&root, "each_feature").unwrap_or_else(|error| panic!("{error}"));
    let mut specs = xtask::spec_files(&root, Path::new(xtask::TARGETS[0].0)).expect("the specs list");
    specs.extend(
        ["shared", "shared_types_a", "shared_types_b"]
            .map(|name| PathBuf::from(format!("tests/fixtures/features/{name}.yaml"))),
    );
    let failures = scratch.check_each_feature(&root, &specs).unwrap_or_else(|error| panic!("{error}"));
    let report: Vec<String> = failures
        .iter()
        .map(|failure| {
            let messages: Vec<String> = failure.messages.iter().map(batch::Message::trimmed).collect();
            let feature = failure.feature.as_deref().unwrap_or("(none)");
            format!("=== with feature {feature} alone:\n{}", messages.join("\n"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", report.join("\n"));
}

/// What users write against deprecated items of the `deprecation` fixture: each use warns, as the
/// lines marked `warns` say, while the generated code's own uses of the same items do not.
const USES_OF_DEPRECATED_ITEMS: &str = r#"//! Code a user writes against deprecated items.
use wix_sdk::deprecation::{Client, GetItemRequest, Item, ListItemsRequest, Location, Paging, Status};

fn main() {
    let request = ListItemsRequest::new().with_legacy_filter("x"); // warns: setter
    let _ = request.legacy_filter; // warns: field read
    let _ = Paging::new().with_cursor("c"); // warns: setter of a paging field
    let _ = GetItemRequest::new("id").with_fields(Vec::new()); // warns: setter of a param
    let _ = Status::Archived; // warns: enum value
    let _ = Location::Shelf(String::new()); // warns: oneof alternative
    let item: Option<Item> = None;
    let _ = item.map(|item| item.legacy_name); // warns: field read
    let _ = Client::list_legacy_items; // warns: method
    let _ = Client::list_legacy_items_all; // warns: the method's stream
}
"#;

#[test]
fn users_of_deprecated_items_are_warned_and_the_generated_code_is_not() {
    let root = codegen_tests::workspace_root();
    let scratch = ScratchCrate::new(&root, "deprecation").unwrap_or_else(|error| panic!("{error}"));
    let specs = [PathBuf::from("tests/fixtures/features/deprecation.yaml")];
    let messages = scratch
        .lint_example(&root, &specs, "uses_deprecated", USES_OF_DEPRECATED_ITEMS)
        .unwrap_or_else(|error| panic!("the generated code itself warns:\n{error}"));
    let warned: BTreeMap<usize, &str> = messages
        .iter()
        .filter(|message| message.code == "deprecated")
        .filter_map(|message| {
            Some((message.location.split(':').nth(1)?.parse().ok()?, message.headline.as_str()))
        })
        .collect();
    let expected: Vec<usize> = USES_OF_DEPRECATED_ITEMS
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains("// warns"))
        .map(|(index, _)| index + 1)
        .collect();
    assert_eq!(warned.keys().copied().collect::<Vec<_>>(), expected, "{warned:#?}");
    let others: Vec<_> = messages.iter().filter(|message| message.code != "deprecated").collect();
    assert!(others.is_empty(), "{others:#?}");
}

/// A spec whose types nest as deep as the generator allows, each holding the next in `holder` (a
/// type expression with `{}` for the next type).
fn type_chain_spec(holder: &str) -> String {
    let nesting = holder.matches('<').count();
    let links = generator::graph::MAX_TYPE_DEPTH / (1 + nesting);
    let mut yaml =
        String::from("api: type_chain\ntitle: Type chain\nbase_url: https://api.example.com\ntypes:\n");
    for link in 0..links {
        yaml.push_str(&format!("  Link{link}:\n    docs: Link {link}.\n    fields:\n"));
        match link + 1 < links {
            true => {
                let ty = holder.replace("{}", &format!("Link{}", link + 1));
                yaml.push_str(&format!("      next: {{ type: \"{ty}\", docs: The next. }}\n"));
            }
            false => yaml.push_str("      id: { type: string, docs: The end. }\n"),
        }
    }
    yaml.push_str(
        "methods:\n  getChain:\n    summary: Gets the chain.\n    http: GET /v1/chain\n    returns: Link0\n",
    );
    yaml
}

#[test]
fn the_deepest_types_the_generator_accepts_compile_lint_and_document() {
    let root = codegen_tests::workspace_root();
    for (name, holder) in
        [("by_value", "{}"), ("map_of_lists", "map<list<{}>>"), ("maps", "map<map<map<{}>>>")]
    {
        let scratch =
            ScratchCrate::new(&root, &format!("type_chain_{name}")).unwrap_or_else(|error| panic!("{error}"));
        let yaml = type_chain_spec(holder);
        let path = scratch.spec_dir().join("type_chain.yaml");
        fs::create_dir_all(scratch.spec_dir())
            .and_then(|()| fs::write(&path, &yaml))
            .expect("the spec writes");
        let spec = Spec { path: PathBuf::from("specs/type_chain.yaml"), yaml };
        let outcome = scratch.check(scratch.dir(), vec![spec]).unwrap_or_else(|error| panic!("{error}"));
        let report = save_report(&format!("type_chain_{name}"), &outcome);
        assert!(outcome.passed(), "{name}: {}", failure(&outcome, &report));
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()
        .map(|value| value.parse().unwrap_or_else(|_| panic!("{name} must be a whole number, not `{value}`")))
}

/// Batches of random specs on fresh seeds, for `ORACLE_BATCHES` batches or `ORACLE_SECONDS`
/// seconds (default: 10 batches), `ORACLE_SPECS` specs each (default 50); `ORACLE_SEED` sets the
/// first seed. Reports what it found.
#[test]
#[ignore = "a long run; see the module docs"]
fn long_run() {
    let root = codegen_tests::workspace_root();
    let seconds = env_number("ORACLE_SECONDS");
    let batches = env_number("ORACLE_BATCHES").unwrap_or(if seconds.is_some() { u64::MAX } else { 10 });
    let deadline = seconds.map(|seconds| Instant::now() + Duration::from_secs(seconds));
    let specs_per_batch = env_number("ORACLE_SPECS").unwrap_or(CI_SPECS as u64) as usize;
    let first_seed = env_number("ORACLE_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_secs())
    });
    let scratch = ScratchCrate::new(&root, "long").unwrap_or_else(|error| panic!("{error}"));
    let started = Instant::now();
    let (mut specs_generated, mut compiled, mut refused, mut broken, mut unattributed) = (0, 0, 0, 0, 0);
    // Each distinct message signature, with how many specs showed it and the smallest of them.
    let mut signatures: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for batch in 0..batches {
        if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            break;
        }
        let seed = first_seed.wrapping_add(batch);
        let specs = random_specs(&scratch, seed, specs_per_batch).unwrap_or_else(|error| panic!("{error}"));
        let outcome = scratch.check(scratch.dir(), specs).unwrap_or_else(|error| panic!("{error}"));
        let report = save_report(&format!("long-{seed}"), &outcome);
        specs_generated += outcome.specs;
        compiled += 1;
        refused += outcome.refused.len();
        broken += outcome.broken.len();
        unattributed += outcome.unattributed.len();
        for message in &outcome.unattributed {
            let entry =
                signatures.entry(message.signature()).or_insert((0, format!("the crate, seed {seed}")));
            entry.0 += 1;
        }
        for (spec, messages) in &outcome.broken {
            let label = format!("{} of seed {seed} ({} bytes)", spec.path.display(), spec.yaml.len());
            for signature in
                messages.iter().map(batch::Message::signature).collect::<std::collections::BTreeSet<_>>()
            {
                let entry = signatures.entry(signature).or_insert((0, label.clone()));
                entry.0 += 1;
            }
        }
        println!(
            "seed {seed}: {} spec(s), {} refused, {} broken, {} about no module, {:.0} s so far; report {}",
            outcome.specs,
            outcome.refused.len(),
            outcome.broken.len(),
            outcome.unattributed.len(),
            started.elapsed().as_secs_f64(),
            report.display()
        );
    }
    println!(
        "\nlong run from seed {first_seed}: {specs_generated} specs generated, {compiled} batches compiled, \
         {refused} refused, {broken} broken, {unattributed} messages about no module, {} distinct messages, \
         {:.0} s",
        signatures.len(),
        started.elapsed().as_secs_f64()
    );
    for (signature, (count, first)) in &signatures {
        println!("  {signature}  [{count} spec(s), first {first}]");
    }
    assert!(
        refused == 0 && broken == 0 && unattributed == 0,
        "the oracle found breaks; see the reports above"
    );
}

/// The specs named by `ORACLE_FILES` (paths separated by spaces, relative to the workspace root or
/// absolute), as one batch: to check a hand-minimized spec, or a fix against it.
#[test]
#[ignore = "checks the files ORACLE_FILES names"]
fn check_files() {
    let root = codegen_tests::workspace_root();
    let Ok(files) = std::env::var("ORACLE_FILES") else {
        println!("ORACLE_FILES names no spec, so there is nothing to check");
        return;
    };
    let scratch = ScratchCrate::new(&root, "files").unwrap_or_else(|error| panic!("{error}"));
    let specs = files
        .split_whitespace()
        .map(|path| {
            let yaml = fs::read_to_string(root.join(path)).unwrap_or_else(|error| panic!("{path}: {error}"));
            Spec { path: PathBuf::from(path), yaml }
        })
        .collect();
    let outcome = scratch.check(&root, specs).unwrap_or_else(|error| panic!("{error}"));
    let report = save_report("files", &outcome);
    println!("{}\n{}", outcome.summary(), outcome.report());
    assert!(outcome.passed(), "see above, or {}", report.display());
}
