//! Property test of `wix_sdk::query::Filter` on filters built at random: the JSON is WQL (every key a
//! field or `$and`/`$or`/`$not`, every condition one known operator), and it matches exactly what the
//! filter as built matches, however `and` merged conditions into shared objects.
//!
//! Matching is checked as logic: each distinct condition is given a truth value from a seed, and the
//! filter as built and its JSON (read the way WQL reads it: an object's keys are ANDed) must agree
//! under every seed. A condition dropped, duplicated away, merged across an OR or a NOT, or rewritten
//! gives a different answer under some seed.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use proptest::prelude::*;
use wix_sdk::query::Filter;
use wix_sdk::{Json, JsonObject, json};

const OPERATORS: &[&str] = &[
    "$eq",
    "$ne",
    "$gt",
    "$gte",
    "$lt",
    "$lte",
    "$in",
    "$nin",
    "$hasSome",
    "$hasAll",
    "$startsWith",
    "$contains",
    "$exists",
    "$isEmpty",
];

/// The filter as built, for the test to evaluate: a condition is named by its field, operator and
/// operand.
#[derive(Debug, Clone)]
enum Model {
    Condition(String),
    All(Vec<Model>),
    Any(Vec<Model>),
    Not(Box<Model>),
}

fn condition_name(field: &str, operator: &str, operand: &Json) -> String {
    format!("{field} {operator} {operand}")
}

fn truth(condition: &str, seed: u64) -> bool {
    let mut hasher = DefaultHasher::new();
    (condition, seed).hash(&mut hasher);
    hasher.finish() & 1 == 1
}

impl Model {
    fn matches(&self, seed: u64) -> bool {
        match self {
            Model::Condition(name) => truth(name, seed),
            Model::All(models) => models.iter().all(|model| model.matches(seed)),
            Model::Any(models) => models.iter().any(|model| model.matches(seed)),
            Model::Not(model) => !model.matches(seed),
        }
    }
}

/// Reads a filter object as WQL does; `Err` says where it is not WQL.
fn read(object: &JsonObject) -> Result<Model, String> {
    let mut all = Vec::new();
    for (key, value) in object {
        all.push(match (key.as_str(), value) {
            ("$and", Json::Array(items)) if items.len() >= 2 => Model::All(read_each(items)?),
            ("$and", _) => return Err(format!("`$and` needs two or more filters: {value}")),
            ("$or", Json::Array(items)) => Model::Any(read_each(items)?),
            ("$not", Json::Object(inner)) => Model::Not(Box::new(read(inner)?)),
            (key, _) if key.starts_with('$') => return Err(format!("`{key}` is not a field: {value}")),
            (field, Json::Object(test)) => match test.iter().collect::<Vec<_>>().as_slice() {
                [(operator, operand)] if OPERATORS.contains(&operator.as_str()) => {
                    Model::Condition(condition_name(field, operator, operand))
                }
                _ => return Err(format!("`{field}` needs one WQL operator: {value}")),
            },
            (field, shorthand) => Model::Condition(condition_name(field, "$eq", shorthand)),
        });
    }
    Ok(Model::All(all))
}

fn read_each(items: &[Json]) -> Result<Vec<Model>, String> {
    items
        .iter()
        .map(|item| match item {
            Json::Object(object) => read(object),
            other => Err(format!("a filter must be an object: {other}")),
        })
        .collect()
}

/// Few fields, so that conditions often share one and `and` must not merge them.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["status", "price", "a", "a.b", "bookedEntity.slot.startDate"])
            .prop_map(str::to_string),
        1 => "[a-z]{1,3}(\\.[a-z]{1,3})?",
    ]
}

fn value() -> impl Strategy<Value = Json> {
    prop_oneof![
        any::<bool>().prop_map(Json::from),
        any::<i64>().prop_map(Json::from),
        "[a-zA-Z0-9 $.]{0,6}".prop_map(Json::from),
        // An object compared for equality must not read as operators.
        Just(json!({"$gt": 1})),
    ]
}

fn condition() -> impl Strategy<Value = (Filter, Model)> {
    let values = || prop::collection::vec(value(), 0..3);
    (field(), 0..14usize, value(), values(), "[a-zA-Z]{0,4}", any::<bool>()).prop_map(
        |(field, operator, value, values, text, flag)| {
            let operand = match OPERATORS[operator] {
                "$eq" | "$ne" | "$gt" | "$gte" | "$lt" | "$lte" => value.clone(),
                "$in" | "$nin" | "$hasSome" | "$hasAll" => Json::from(values.clone()),
                "$startsWith" | "$contains" => Json::from(text.clone()),
                _ => Json::from(flag),
            };
            let filter = match OPERATORS[operator] {
                "$eq" => Filter::eq(&field, value),
                "$ne" => Filter::ne(&field, value),
                "$gt" => Filter::gt(&field, value),
                "$gte" => Filter::gte(&field, value),
                "$lt" => Filter::lt(&field, value),
                "$lte" => Filter::lte(&field, value),
                "$in" => Filter::is_in(&field, values),
                "$nin" => Filter::not_in(&field, values),
                "$hasSome" => Filter::has_some(&field, values),
                "$hasAll" => Filter::has_all(&field, values),
                "$startsWith" => Filter::starts_with(&field, text),
                "$contains" => Filter::contains(&field, text),
                "$exists" => Filter::exists(&field, flag),
                _ => Filter::is_empty(&field, flag),
            };
            let model = Model::Condition(condition_name(&field, OPERATORS[operator], &operand));
            (filter, model)
        },
    )
}

fn filter() -> impl Strategy<Value = (Filter, Model)> {
    condition().prop_recursive(4, 40, 4, |inner| {
        let list = || prop::collection::vec(inner.clone(), 0..4);
        prop_oneof![
            list().prop_map(|parts| {
                let (filters, models): (Vec<_>, Vec<_>) = parts.into_iter().unzip();
                (Filter::all(filters), Model::All(models))
            }),
            list().prop_map(|parts| {
                let (filters, models): (Vec<_>, Vec<_>) = parts.into_iter().unzip();
                (Filter::any(filters), Model::Any(models))
            }),
            inner.clone().prop_map(|(filter, model)| (!filter, Model::Not(Box::new(model)))),
            (inner.clone(), inner.clone())
                .prop_map(|((a, a_model), (b, b_model))| (a.and(b), Model::All(vec![a_model, b_model]))),
            (inner.clone(), inner)
                .prop_map(|((a, a_model), (b, b_model))| (a.or(b), Model::Any(vec![a_model, b_model]))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn a_filter_is_wql_that_matches_what_was_built((filter, model) in filter()) {
        let object = JsonObject::from(filter);
        let read = read(&object).map_err(|error| TestCaseError::fail(format!("{error} in {object:?}")))?;
        for seed in 0..32 {
            prop_assert_eq!(read.matches(seed), model.matches(seed), "seed {} on {:?}", seed, object);
        }
    }
}
