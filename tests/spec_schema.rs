//! The JSON Schema of the spec format (`spec/spec.schema.json`, written by `cargo xtask codegen`), as
//! an editor uses it: every committed spec, feature fixture and random valid spec validates, it
//! refuses exactly the files (committed, or real specs with random structural edits) whose shape the
//! generator refuses, and every spec points at it with its modeline.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use proptest::prelude::*;
use serde_json::Value as Json;
use serde_yaml::Value as Yaml;

use codegen_tests::yaml_files;

/// The compile oracle's valid specs, which combine every feature of the format.
#[path = "oracle/specs.rs"]
mod specs;

fn root() -> PathBuf {
    xtask::workspace_root()
}

fn schema_path() -> PathBuf {
    let (folder, name) = xtask::SPEC_SCHEMA;
    root().join(folder).join(name)
}

fn validator() -> jsonschema::Validator {
    let text = fs::read_to_string(schema_path()).expect("the schema is committed");
    let schema: Json = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// The fixtures of a type that moves into a spec of shared types, with that spec.
const MOVED: &str = "tests/fixtures/diff/moved";

/// The specs a user writes, the fixtures of the format's features and those of `generator diff`: all
/// valid.
fn valid_specs() -> Vec<PathBuf> {
    ["spec", "tests/fixtures/features", "tests/fixtures/diff", "tests/fixtures/diff/changes", MOVED]
        .into_iter()
        .flat_map(yaml_files)
        .collect()
}

/// The document as an editor's YAML language server hands it to the schema: mapping keys as text
/// (`404:` is the key `"404"`). `None` where JSON cannot hold it (a list as a key).
fn to_json(yaml: &Yaml) -> Option<Json> {
    Some(match yaml {
        Yaml::Null => Json::Null,
        Yaml::Bool(flag) => Json::Bool(*flag),
        Yaml::Number(number) => match (number.as_i64(), number.as_u64(), number.as_f64()) {
            (Some(int), _, _) => Json::from(int),
            (None, Some(unsigned), _) => Json::from(unsigned),
            (None, None, Some(float)) => serde_json::Number::from_f64(float).map_or(Json::Null, Json::Number),
            (None, None, None) => return None,
        },
        Yaml::String(text) => Json::String(text.clone()),
        Yaml::Sequence(items) => Json::Array(items.iter().map(to_json).collect::<Option<_>>()?),
        Yaml::Mapping(entries) => {
            let mut object = serde_json::Map::new();
            for (key, value) in entries {
                let key = match key {
                    Yaml::String(text) => text.clone(),
                    Yaml::Number(number) => number.to_string(),
                    Yaml::Bool(flag) => flag.to_string(),
                    Yaml::Null => "null".to_string(),
                    _ => return None,
                };
                object.insert(key, to_json(value)?);
            }
            Json::Object(object)
        }
        Yaml::Tagged(tagged) => to_json(&tagged.value)?,
    })
}

/// The schema's complaints about spec text, one line each with where; `None` where the text is not
/// YAML that JSON can hold.
fn schema_errors(validator: &jsonschema::Validator, text: &str) -> Option<Vec<String>> {
    let yaml: Yaml = serde_yaml::from_str(text).ok()?;
    let json = to_json(&yaml)?;
    Some(validator.iter_errors(&json).map(|error| format!("{}: {error}", error.instance_path())).collect())
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema: Json = serde_json::from_str(&fs::read_to_string(schema_path()).expect("committed"))
        .expect("the schema is JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::meta::validate(&schema).expect("the schema follows the 2020-12 meta-schema");
}

#[test]
fn every_spec_and_feature_fixture_validates() {
    let validator = validator();
    let specs = valid_specs();
    assert!(specs.len() > 40, "the specs and fixtures list: {specs:?}");
    for path in specs {
        let text = fs::read_to_string(root().join(&path)).expect("the spec reads");
        let errors = schema_errors(&validator, &text).expect("a valid spec is YAML that JSON holds");
        assert!(errors.is_empty(), "{} does not validate:\n{}", path.display(), errors.join("\n"));
    }
}

/// The schema and the generator's shape check are made from one list of keys: on every spec and
/// fixture, valid or not, the schema refuses a file exactly when the shape check finds a mistake.
#[test]
fn the_schema_refuses_exactly_what_the_shape_check_refuses() {
    let validator = validator();
    let mut files = valid_specs();
    files.extend(yaml_files("tests/fixtures/errors"));
    let mut refused_by_both = Vec::new();
    for path in &files {
        // The fixtures of files that are not UTF-8 or not YAML are refused before any shape is seen.
        let Ok(text) = fs::read_to_string(root().join(path)) else { continue };
        let (Some(shape), Some(schema)) =
            (generator::load::shape_errors(path, &text), schema_errors(&validator, &text))
        else {
            continue;
        };
        assert_eq!(
            shape.is_empty(),
            schema.is_empty(),
            "{}: the shape check says\n{}\nand the schema says\n{}",
            path.display(),
            shape.iter().map(|diagnostic| diagnostic.to_string()).collect::<Vec<_>>().join("\n"),
            schema.join("\n"),
        );
        if !shape.is_empty() {
            refused_by_both.push(path.file_name().and_then(|name| name.to_str()).unwrap_or_default());
        }
    }
    // Each kind of shape error has a fixture: an unknown key, a missing key, a value of the wrong kind.
    for fixture in [
        "unknown_key.yaml",
        "unknown_field_key.yaml",
        "missing_key.yaml",
        "wrong_value_kinds.yaml",
        "types_not_a_mapping.yaml",
        "bad_status.yaml",
    ] {
        assert!(refused_by_both.contains(&fixture), "{fixture} is refused: {refused_by_both:?}");
    }
}

/// Each spec, and each fixture of a valid spec, starts with the modeline that points an editor's YAML
/// language server at the schema, by a path from the spec's folder.
#[test]
fn every_spec_starts_with_the_modeline_of_the_schema() {
    let prefix = "# yaml-language-server: $schema=";
    for path in valid_specs() {
        let text = fs::read_to_string(root().join(&path)).expect("the file reads");
        let first_line = text.lines().next().unwrap_or_default();
        let target = first_line
            .strip_prefix(prefix)
            .unwrap_or_else(|| panic!("{} starts with `{first_line}`, not `{prefix}...`", path.display()));
        let folder = root().join(&path).parent().expect("a file has a folder").to_path_buf();
        assert_eq!(
            fs::canonicalize(folder.join(target)).ok(),
            fs::canonicalize(schema_path()).ok(),
            "{}: the modeline names {target}",
            path.display()
        );
    }
}

/// One edit of a spec's structure, the kind a person makes by mistake: a key misspelt, renamed to
/// another key of the format, or removed; a value of another kind.
#[derive(Debug, Clone)]
enum Edit {
    RenameKey(prop::sample::Index, &'static str),
    RemoveKey(prop::sample::Index),
    ReplaceValue(prop::sample::Index, Yaml),
}

/// Names a renamed key takes: keys of the format, in and out of place, near misses, statuses.
const KEY_NAMES: &[&str] = &[
    "docs", "type", "required", "requried", "fields", "enum", "oneof", "params", "http", "summary", "errors",
    "codes", "name", "paging", "items", "keep", "in", "secret", "404", "4O4", "600", "api",
];

fn edit() -> impl Strategy<Value = Edit> {
    let value = prop_oneof![
        Just(Yaml::Null),
        any::<bool>().prop_map(Yaml::Bool),
        (0u64..1000).prop_map(|number| Yaml::Number(number.into())),
        "[a-z ]{0,6}".prop_map(Yaml::String),
        Just(Yaml::Sequence(vec![Yaml::String("x".into())])),
        Just(Yaml::Sequence(vec![Yaml::Number(1.into())])),
        Just(Yaml::Mapping([(Yaml::from("docs"), Yaml::from("x"))].into_iter().collect())),
        Just(Yaml::Mapping(serde_yaml::Mapping::new())),
    ];
    prop_oneof![
        (any::<prop::sample::Index>(), prop::sample::select(KEY_NAMES))
            .prop_map(|(at, name)| Edit::RenameKey(at, name)),
        any::<prop::sample::Index>().prop_map(Edit::RemoveKey),
        (any::<prop::sample::Index>(), value).prop_map(|(at, value)| Edit::ReplaceValue(at, value)),
    ]
}

/// Applies `edit` to the `at`-th node of `document` in document order (for key edits, the `at`-th
/// mapping entry).
fn apply(document: &mut Yaml, edit: &Edit) {
    fn count(node: &Yaml, entries_only: bool) -> usize {
        let children: usize = match node {
            Yaml::Mapping(entries) => entries.values().map(|value| 1 + count(value, entries_only)).sum(),
            Yaml::Sequence(items) if !entries_only => items.iter().map(|item| 1 + count(item, false)).sum(),
            Yaml::Sequence(items) => items.iter().map(|item| count(item, true)).sum(),
            _ => 0,
        };
        children
    }
    /// Walks to the `target`-th node below `node`; `seen` counts the nodes passed.
    fn walk(node: &mut Yaml, target: usize, seen: &mut usize, edit: &Edit) -> bool {
        let entries_only = !matches!(edit, Edit::ReplaceValue(..));
        match node {
            Yaml::Mapping(entries) => {
                let keys: Vec<Yaml> = entries.keys().cloned().collect();
                for key in keys {
                    if *seen == target {
                        match edit {
                            Edit::RenameKey(_, name) => {
                                if let Some(value) = entries.remove(&key) {
                                    entries.insert(Yaml::from(*name), value);
                                }
                            }
                            Edit::RemoveKey(_) => {
                                entries.remove(&key);
                            }
                            Edit::ReplaceValue(_, value) => {
                                entries.insert(key, value.clone());
                            }
                        }
                        return true;
                    }
                    *seen += 1;
                    if let Some(value) = entries.get_mut(&key)
                        && walk(value, target, seen, edit)
                    {
                        return true;
                    }
                }
                false
            }
            Yaml::Sequence(items) => {
                for item in items.iter_mut() {
                    if !entries_only {
                        if *seen == target {
                            if let Edit::ReplaceValue(_, value) = edit {
                                *item = value.clone();
                            }
                            return true;
                        }
                        *seen += 1;
                    }
                    if walk(item, target, seen, edit) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }
    let entries_only = !matches!(edit, Edit::ReplaceValue(..));
    let total = count(document, entries_only);
    if total == 0 {
        return;
    }
    let (Edit::RenameKey(at, _) | Edit::RemoveKey(at) | Edit::ReplaceValue(at, _)) = edit;
    walk(document, at.index(total), &mut 0, edit);
}

/// The seeds of the edited specs: a real imported spec, the hand-written shared types, and the
/// feature fixtures.
static SEEDS: LazyLock<Vec<Yaml>> = LazyLock::new(|| {
    let mut paths =
        vec![PathBuf::from("spec/bookings_external_calendars.yaml"), PathBuf::from("spec/common.yaml")];
    paths.extend(yaml_files("tests/fixtures/features"));
    paths
        .iter()
        .map(|path| {
            let text = fs::read_to_string(root().join(path)).expect("the spec reads");
            serde_yaml::from_str(&text).expect("the spec is YAML")
        })
        .collect()
});

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(validator);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn edited_specs_are_refused_by_the_schema_exactly_when_the_shape_check_refuses_them(
        seed in prop::sample::select((0..SEEDS.len()).collect::<Vec<_>>()),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let mut document = SEEDS[seed].clone();
        for edit in &edits {
            apply(&mut document, edit);
        }
        let text = serde_yaml::to_string(&document).expect("a YAML value prints");
        let shape = generator::load::shape_errors(Path::new("edited.yaml"), &text).expect("printed YAML parses");
        let schema = schema_errors(&VALIDATOR, &text).expect("the edits keep keys as text");
        prop_assert_eq!(
            shape.is_empty(),
            schema.is_empty(),
            "{:?}\nthe shape check says\n{}\nand the schema says\n{}",
            edits,
            shape.iter().map(|diagnostic| diagnostic.to_string()).collect::<Vec<_>>().join("\n"),
            schema.join("\n"),
        );
    }

    #[test]
    fn random_valid_specs_validate(text in specs::valid_spec("valid".into())) {
        let errors = schema_errors(&VALIDATOR, &text).expect("a valid spec is YAML that JSON holds");
        prop_assert!(errors.is_empty(), "{}\n{}", errors.join("\n"), text);
    }
}
