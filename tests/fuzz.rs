//! Property tests of the generator on inputs nobody wrote on purpose: specs built at random (names
//! that are keywords, prelude types, punctuation or other scripts; dangling references; odd docs) and
//! real specs with their bytes mutated. Whatever comes in, the generator either reports errors or
//! emits files that parse as Rust; it never panics.
//!
//! `cargo test` runs a few hundred cases. For a long run on both cores:
//! `FUZZ_SECONDS=600 cargo test --release -p codegen-tests --test fuzz -- --ignored --nocapture`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_yaml::{Mapping, Value};

/// The compile oracle's valid specs, which combine every feature of the format.
#[path = "oracle/specs.rs"]
mod specs;

/// What one input did.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Generated,
    Refused,
}

/// Runs the generator on `bytes`; `Err` describes a defect (unparsable output or no diagnostics).
fn run(bytes: Vec<u8>) -> Result<Outcome, String> {
    match generator::generate_from_bytes(Path::new("fuzz.yaml"), bytes) {
        Ok(files) => {
            for file in &files {
                syn::parse_file(&file.contents)
                    .map_err(|error| format!("{} does not parse: {error}\n{}", file.name, file.contents))?;
            }
            Ok(Outcome::Generated)
        }
        Err(diagnostics) if diagnostics.is_empty() => Err("refused without a single diagnostic".into()),
        Err(diagnostics) => {
            // Rendering must not panic either, whatever the positions.
            let rendered = generator::render_diagnostics(&diagnostics, false);
            assert!(rendered.contains("error"));
            Ok(Outcome::Refused)
        }
    }
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z][a-zA-Z0-9]{0,10}",
        4 => "[A-Z][a-zA-Z0-9]{0,10}",
        1 => "[A-Z][A-Z0-9_]{0,8}",
        1 => prop::sample::select(vec!["type", "self", "Self", "crate", "String", "Option", "new", "match", "r#x", "_"])
            .prop_map(str::to_string),
        1 => "[ -~]{0,8}",
        1 => "\\PC{0,6}",
    ]
}

fn docs(names: Vec<String>) -> impl Strategy<Value = String> {
    let mention = prop::sample::select(names).prop_map(|name| format!("See [{name}]."));
    prop_oneof![
        4 => "[A-Za-z ,.`]{1,40}",
        1 => mention,
        1 => "\\PC{0,30}",
        1 => "[ -~\n\r\t]{0,40}",
        1 => Just(String::new()),
    ]
}

/// The built-in scalar types of the spec format, as the oracle's specs use them.
fn scalar_type() -> impl Strategy<Value = String> + Clone {
    prop::sample::select(specs::SCALARS).prop_map(str::to_string)
}

fn type_expression(names: Vec<String>) -> impl Strategy<Value = String> {
    let named = prop::sample::select(names);
    let scalar = scalar_type();
    prop_oneof![
        3 => scalar,
        3 => named.clone(),
        1 => named.clone().prop_map(|name| format!("list<{name}>")),
        1 => named.prop_map(|name| format!("map<{name}>")),
        1 => "[a-z<> ]{0,12}",
    ]
}

fn field(names: Vec<String>) -> impl Strategy<Value = Value> {
    (
        type_expression(names.clone()),
        docs(names),
        any::<bool>(),
        prop::bool::weighted(0.1),
        prop::option::weighted(0.2, prop::sample::select(vec!["path", "query", "body", "header"])),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(ty, docs, required, secret, location, nullable)| {
            let mut field = Mapping::new();
            field.insert("type".into(), ty.into());
            field.insert("docs".into(), docs.into());
            field.insert("required".into(), required.into());
            if secret {
                field.insert("secret".into(), true.into());
            }
            if let Some(location) = location {
                field.insert("in".into(), location.into());
            }
            if nullable {
                field.insert("nullable".into(), true.into());
            }
            Value::Mapping(field)
        })
}

fn fields(names: Vec<String>) -> impl Strategy<Value = Value> {
    prop::collection::vec((name(), field(names)), 0..5).prop_map(|entries| {
        Value::Mapping(entries.into_iter().map(|(name, field)| (Value::from(name), field)).collect())
    })
}

fn type_def(names: Vec<String>) -> impl Strategy<Value = Value> {
    let object =
        (docs(names.clone()), fields(names.clone()), prop::option::weighted(0.2, fields(names.clone())))
            .prop_map(|(docs, fields, oneof)| {
                let mut def = Mapping::new();
                def.insert("docs".into(), docs.into());
                def.insert("fields".into(), fields);
                if let Some(group) = oneof {
                    let mut oneof = Mapping::new();
                    let mut details = Mapping::new();
                    details.insert("docs".into(), "A group.".into());
                    details.insert("fields".into(), group);
                    oneof.insert("choice".into(), Value::Mapping(details));
                    def.insert("oneof".into(), Value::Mapping(oneof));
                }
                Value::Mapping(def)
            });
    let enumeration = (docs(names.clone()), prop::collection::vec((name(), docs(names)), 0..5)).prop_map(
        |(docs, values)| {
            let mut def = Mapping::new();
            def.insert("docs".into(), docs.into());
            def.insert(
                "enum".into(),
                Value::Mapping(values.into_iter().map(|(value, docs)| (value.into(), docs.into())).collect()),
            );
            Value::Mapping(def)
        },
    );
    prop_oneof![3 => object, 1 => enumeration]
}

fn route() -> impl Strategy<Value = String> {
    let verb = prop::sample::select(vec!["GET", "POST", "PUT", "PATCH", "DELETE", "FETCH"]);
    let segment = prop_oneof![3 => "[a-z-]{1,8}", 1 => "\\{[a-zA-Z]{1,6}\\}", 1 => "[a-z]{1,5}:[a-zA-Z]{1,8}", 1 => "[ -~]{0,4}"];
    (verb, prop::collection::vec(segment, 0..4))
        .prop_map(|(verb, segments)| format!("{verb} /{}", segments.join("/")))
}

fn method(names: Vec<String>) -> impl Strategy<Value = Value> {
    let errors =
        prop::collection::vec((380u16..620, name(), prop::collection::vec("[A-Z_]{1,10}", 0..3)), 0..3);
    (
        docs(names.clone()),
        route(),
        fields(names.clone()),
        prop::option::of(prop::sample::select(names.clone())),
        errors,
        prop::option::weighted(
            0.2,
            prop::collection::vec(prop_oneof![3 => "[A-Z][A-Z0-9_]{0,8}", 1 => name()], 0..4),
        ),
    )
        .prop_map(|(summary, route, params, returns, errors, rules)| {
            let mut method = Mapping::new();
            method.insert("summary".into(), summary.into());
            method.insert("http".into(), route.into());
            method.insert("params".into(), params);
            if let Some(returns) = returns {
                method.insert("returns".into(), returns.into());
            }
            let mut documented = Mapping::new();
            for (status, error_name, codes) in errors {
                let mut error = Mapping::new();
                error.insert("name".into(), error_name.into());
                error.insert("docs".into(), "When it fails.".into());
                error.insert(
                    "codes".into(),
                    Value::Mapping(codes.into_iter().map(|code| (code.into(), "A code.".into())).collect()),
                );
                documented.insert(status.into(), Value::Mapping(error));
            }
            method.insert("errors".into(), Value::Mapping(documented));
            if let Some(rules) = rules {
                method.insert("validation_rules".into(), rules.into_iter().map(Value::from).collect());
            }
            Value::Mapping(method)
        })
}

/// A whole spec: a pool of type names, types under those names, and methods that refer to them.
fn spec() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(name(), 1..6)
        .prop_flat_map(|names| {
            let types = prop::collection::vec(type_def(names.clone()), names.len());
            let methods = prop::collection::vec((name(), method(names.clone())), 1..4);
            (
                Just(names),
                types,
                methods,
                prop_oneof![4 => "[a-z][a-z0-9_]{0,10}", 1 => "[ -~]{0,12}"],
                docs(vec!["x".into()]),
            )
        })
        .prop_map(|(names, types, methods, api, module_docs)| {
            let mut spec = Mapping::new();
            spec.insert("api".into(), api.into());
            spec.insert("title".into(), "Fuzzed".into());
            spec.insert("base_url".into(), "https://api.example.com".into());
            spec.insert("docs".into(), module_docs.into());
            spec.insert(
                "types".into(),
                Value::Mapping(names.into_iter().map(Value::from).zip(types).collect()),
            );
            spec.insert(
                "methods".into(),
                Value::Mapping(methods.into_iter().map(|(name, method)| (name.into(), method)).collect()),
            );
            serde_yaml::to_string(&Value::Mapping(spec)).unwrap_or_default().into_bytes()
        })
}

/// A real spec or feature fixture with its bytes mutated: flipped, deleted, inserted or repeated.
fn mutated_spec() -> impl Strategy<Value = Vec<u8>> {
    let root = codegen_tests::workspace_root();
    let mut seeds =
        vec![std::fs::read(root.join("spec/bookings_external_calendars.yaml")).expect("the spec reads")];
    for entry in std::fs::read_dir(root.join("tests/fixtures/features")).expect("fixtures list") {
        seeds.push(std::fs::read(entry.expect("entry").path()).expect("a fixture reads"));
    }
    let mutation = prop_oneof![
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set(at, byte)),
        (any::<prop::sample::Index>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<prop::sample::Index>(), "[ -~\n:{}\\[\\]&*|>-]{1,8}")
            .prop_map(|(at, text)| Mutation::Insert(at, text)),
        (any::<prop::sample::Index>(), 1usize..200).prop_map(|(at, len)| Mutation::Repeat(at, len)),
    ];
    (prop::sample::select(seeds), prop::collection::vec(mutation, 1..8)).prop_map(|(mut bytes, mutations)| {
        for mutation in mutations {
            mutation.apply(&mut bytes);
        }
        bytes
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(prop::sample::Index, u8),
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, String),
    Repeat(prop::sample::Index, usize),
}

impl Mutation {
    fn apply(&self, bytes: &mut Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        match self {
            Mutation::Set(at, byte) => {
                let at = at.index(bytes.len());
                bytes[at] = *byte;
            }
            Mutation::Delete(at, len) => {
                let at = at.index(bytes.len());
                let end = (at + len).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::Insert(at, text) => {
                let at = at.index(bytes.len());
                bytes.splice(at..at, text.bytes());
            }
            Mutation::Repeat(at, len) => {
                let at = at.index(bytes.len());
                let end = (at + len).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(end..end, copy);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_specs_are_refused_or_generate_rust_that_parses(bytes in spec()) {
        prop_assert!(run(bytes).is_ok());
    }

    #[test]
    fn valid_specs_generate_rust_that_parses(text in specs::valid_spec("valid".into())) {
        prop_assert_eq!(run(text.clone().into_bytes()), Ok(Outcome::Generated), "{}", text);
    }

    #[test]
    fn mutated_specs_are_refused_or_generate_rust_that_parses(bytes in mutated_spec()) {
        prop_assert!(run(bytes).is_ok());
    }
}

/// Feeds inputs for `FUZZ_SECONDS` (default 600) on every core and reports what happened.
#[test]
#[ignore = "a long fuzzing run; see the module docs"]
fn fuzz_for_a_while() {
    let seconds = std::env::var("FUZZ_SECONDS").ok().and_then(|value| value.parse().ok()).unwrap_or(600);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let workers: Vec<_> = (0..threads)
        .map(|worker| {
            std::thread::spawn(move || {
                let mut runner = TestRunner::new_with_rng(
                    Default::default(),
                    proptest::test_runner::TestRng::from_seed(
                        proptest::test_runner::RngAlgorithm::ChaCha,
                        &[worker as u8; 32],
                    ),
                );
                let (random_specs, valid_specs, mutated_specs) =
                    (spec(), specs::valid_spec("valid".into()).prop_map(String::into_bytes), mutated_spec());
                let (mut inputs, mut generated, mut defects) = (0u64, 0u64, Vec::new());
                while Instant::now() < deadline {
                    let strategy_bytes = match inputs % 3 {
                        0 => random_specs.new_tree(&mut runner).expect("a value").current(),
                        1 => valid_specs.new_tree(&mut runner).expect("a value").current(),
                        _ => mutated_specs.new_tree(&mut runner).expect("a value").current(),
                    };
                    inputs += 1;
                    let bytes = strategy_bytes.clone();
                    match catch_unwind(AssertUnwindSafe(|| run(bytes))) {
                        Ok(Ok(Outcome::Generated)) => generated += 1,
                        Ok(Ok(Outcome::Refused)) => {}
                        Ok(Err(defect)) => defects.push(defect),
                        Err(_) => {
                            defects.push(format!("panic on {:?}", String::from_utf8_lossy(&strategy_bytes)))
                        }
                    }
                }
                (inputs, generated, defects)
            })
        })
        .collect();
    let (mut inputs, mut generated, mut defects) = (0, 0, Vec::new());
    for worker in workers {
        let (worker_inputs, worker_generated, worker_defects) = worker.join().expect("a worker finishes");
        inputs += worker_inputs;
        generated += worker_generated;
        defects.extend(worker_defects);
    }
    println!(
        "fuzzed for {seconds} s on {threads} threads: {inputs} inputs, {generated} generated code, {} refused, {} defects",
        inputs - generated - defects.len() as u64,
        defects.len()
    );
    assert!(defects.is_empty(), "{}", defects.join("\n---\n"));
}
