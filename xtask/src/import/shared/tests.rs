use std::collections::BTreeSet;

use generator::spec::{Spec, TypeExpr};

use super::share;

/// An API spec with one method, `getThing`, whose response holds a `Thing`; `types` go after its own.
fn spec(api: &str, types: &str) -> Spec {
    let yaml = format!(
        "api: {api}\ntitle: T\nbase_url: https://www.wixapis.com\ndocs: ''\n\
         methods:\n  getThing:\n    summary: Gets a [Thing].\n    http: GET /thing\n    \
         returns: GetThingResponse\n\
         types:\n  GetThingResponse:\n    docs: The response.\n    fields:\n      thing: {{ type: Thing, docs: The thing. }}\n\
         {types}"
    );
    serde_yaml::from_str(&yaml).unwrap_or_else(|error| panic!("{error}\n{yaml}"))
}

const PRICE: &str = "  Price:\n    docs: A price.\n    fields:\n      amount: { type: string, required: true, docs: Amount. }\n";

fn thing(field_docs: &str) -> String {
    format!(
        "  Thing:\n    docs: A thing.\n    fields:\n      price: {{ type: Price, docs: {field_docs} }}\n      \
         kind: {{ type: Kind, docs: Kind. }}\n  \
         Kind:\n    docs: A kind.\n    enum:\n      BIG: Big.\n      SMALL: Small.\n"
    )
}

fn field_type(spec: &Spec, owner: &str, field: &str) -> TypeExpr {
    spec.types[owner].fields.as_ref().expect("an object")[field].ty.clone()
}

#[test]
fn types_defined_the_same_way_are_shared_with_the_docs_most_copies_have() {
    let mut specs = vec![
        spec("a", &format!("{}{PRICE}", thing("Price of a."))),
        spec("b", &format!("{}{PRICE}", thing("The price."))),
        spec("c", &format!("{}{PRICE}", thing("The price."))),
    ];
    let sharing = share(&mut specs, "x_shared", "Shared", &BTreeSet::new());
    let shared = sharing.spec.expect("types are shared");
    assert_eq!(shared.types.keys().collect::<Vec<_>>(), ["Thing", "Kind", "Price"]);
    assert_eq!(shared.types["Thing"].fields.as_ref().expect("an object")["price"].docs, "The price.");
    assert_eq!(field_type(&shared, "Thing", "price"), TypeExpr::Named("Price".into()));
    for spec in &specs {
        assert_eq!(spec.types.keys().collect::<Vec<_>>(), ["GetThingResponse"]);
        assert_eq!(field_type(spec, "GetThingResponse", "thing"), TypeExpr::Named("x_shared.Thing".into()));
        assert_eq!(spec.methods["getThing"].summary, "Gets a [x_shared.Thing].");
    }
    assert_eq!((sharing.differing, sharing.partly_shared), (0, 0));
}

#[test]
fn docs_that_overrides_edit_win() {
    let mut specs = vec![
        spec("a", &format!("{}{PRICE}", thing("The price."))),
        spec("b", &format!("{}{PRICE}", thing("Edited."))),
    ];
    let edited = BTreeSet::from([(1, "Thing".to_string())]);
    let shared = share(&mut specs, "x_shared", "Shared", &edited).spec.expect("types are shared");
    assert_eq!(shared.types["Thing"].fields.as_ref().expect("an object")["price"].docs, "Edited.");
}

#[test]
fn a_type_that_differs_stays_per_spec_and_so_do_the_types_that_hold_it() {
    let optional = PRICE.replace("required: true, ", "");
    let mut specs =
        vec![spec("a", &format!("{}{PRICE}", thing("P."))), spec("b", &format!("{}{optional}", thing("P.")))];
    let sharing = share(&mut specs, "x_shared", "Shared", &BTreeSet::new());
    let shared = sharing.spec.expect("Kind is shared");
    assert_eq!(shared.types.keys().collect::<Vec<_>>(), ["Kind"]);
    assert_eq!(sharing.differing, 2, "Price differs, so Thing, which holds it, is not shared");
    for spec in &specs {
        assert_eq!(field_type(spec, "GetThingResponse", "thing"), TypeExpr::Named("Thing".into()));
        assert_eq!(field_type(spec, "Thing", "kind"), TypeExpr::Named("x_shared.Kind".into()));
        assert_eq!(spec.methods["getThing"].summary, "Gets a [Thing].");
    }
}

#[test]
fn the_largest_group_of_equal_copies_is_shared_and_the_others_stay() {
    let more = format!("{}{PRICE}", thing("P.")).replace("BIG: Big.", "BIG: Big.\n      HUGE: Huge.");
    let mut specs = vec![
        spec("a", &more),
        spec("b", &format!("{}{PRICE}", thing("P."))),
        spec("c", &format!("{}{PRICE}", thing("P."))),
    ];
    let sharing = share(&mut specs, "x_shared", "Shared", &BTreeSet::new());
    assert_eq!(sharing.spec.expect("shared").types.keys().collect::<Vec<_>>(), ["Price", "Thing", "Kind"]);
    assert_eq!(sharing.partly_shared, 2, "Kind and Thing are shared by b and c only");
    assert_eq!(specs[0].types.keys().collect::<Vec<_>>(), ["GetThingResponse", "Thing", "Kind"]);
    assert_eq!(field_type(&specs[0], "Thing", "price"), TypeExpr::Named("x_shared.Price".into()));
}

#[test]
fn types_that_hold_a_common_type_or_link_to_a_method_stay_per_spec() {
    let common = PRICE.replace("type: string", "type: common.Amount");
    let linked = PRICE.replace("docs: A price.", "docs: See [getThing].");
    for price in [common, linked] {
        let mut specs = vec![
            spec("a", &format!("{}{price}", thing("P."))),
            spec("b", &format!("{}{price}", thing("P."))),
        ];
        let sharing = share(&mut specs, "x_shared", "Shared", &BTreeSet::new());
        assert_eq!(sharing.spec.expect("Kind is shared").types.keys().collect::<Vec<_>>(), ["Kind"]);
        assert!(
            specs.iter().all(|spec| spec.types.contains_key("Price") && spec.types.contains_key("Thing"))
        );
    }
}

#[test]
fn nothing_is_shared_by_one_spec_or_by_response_types() {
    let mut one = vec![spec("a", &format!("{}{PRICE}", thing("P.")))];
    assert!(share(&mut one, "x_shared", "Shared", &BTreeSet::new()).spec.is_none());
    let mut two = vec![spec("a", ""), spec("b", "")];
    let sharing = share(&mut two, "x_shared", "Shared", &BTreeSet::new());
    assert!(sharing.spec.is_none(), "a method returns a type of its own API");
    assert_eq!(sharing.differing, 0);
}
