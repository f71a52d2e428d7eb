//! Each mapping rule on a small package written for it.

use std::collections::BTreeMap;

use generator::spec::{EnumValue, TypeExpr};

use super::*;
use crate::import::package::MANIFEST;

const META_TYPINGS_TEXT: &str = r#"
interface Thing extends ThingPlaceOneOf {
    /**
     * Thing ID.
     * @format GUID
     * @readonly
     */
    id?: string | null;
    /**
     * Revision number.
     * @readonly
     */
    revision?: string | null;
    /** @readonly */
    createdDate?: Date | null;
    /** Owner's email. @format EMAIL */
    email?: string | null;
    /** @format WEB_URL */
    site?: string | null;
    /** Count. */
    count?: number | null;
    /** Latitude. */
    latitude?: number | null;
    data?: Record<string, any> | null;
    labels?: Record<string, string>;
    anything?: any;
    kind?: KindWithLiterals;
    raw?: Uint8Array;
    /** Online. */
    online?: Online;
    /** Address. */
    address?: string | null;
}
/** @oneof */
interface ThingPlaceOneOf {
    /** Online. */
    online?: Online;
    /** Address. */
    address?: string | null;
}
interface Online {
}
declare enum Kind {
    /** Not known. */
    UNKNOWN = "UNKNOWN",
    /** __Deprecated__. Use `NEW` instead. */
    OLD = "OLD",
    NEW = "NEW"
}
/** @enumType */
type KindWithLiterals = Kind | 'UNKNOWN' | 'OLD' | 'NEW';
interface UpdateThingRequest {
    thing: Thing;
}
interface UpdateThingResponse {
    thing?: Thing;
}
interface QueryThingsRequest {
    query: CursorQuery;
}
interface CursorQuery extends CursorQueryPagingMethodOneOf {
    cursorPaging?: CursorPaging;
    filter?: Record<string, any> | null;
}
/** @oneof */
interface CursorQueryPagingMethodOneOf {
    cursorPaging?: CursorPaging;
}
interface CursorPaging {
    limit?: number | null;
    cursor?: string | null;
}
interface QueryThingsResponse {
    things?: Thing[];
    pagingMetadata?: CursorPagingMetadata;
}
interface CursorPagingMetadata {
    count?: number | null;
    cursors?: Cursors;
    hasNext?: boolean | null;
}
interface Cursors {
    next?: string | null;
}
type UpdateThingApplicationErrors = {
    code?: 'THING_LOCKED';
    description?: string;
} | {
    code?: 'THING_GONE';
    description?: string;
};
type UpdateThingValidationErrors = {
    ruleName?: 'NAME_TOO_LONG';
};
declare function updateThing(): __PublicMethodMetaInfo<'PATCH', { thingId: string; }, A, UpdateThingRequest, B, UpdateThingResponse>;
declare function queryThings(): __PublicMethodMetaInfo<'POST', {}, C, QueryThingsRequest, D, QueryThingsResponse>;
declare function dropped(): __PublicMethodMetaInfo<'POST', {}, C, QueryThingsRequest, D, QueryThingsResponse>;
"#;

const SDK_TYPINGS_TEXT: &str = r#"
/**
 * Updates a thing.
 *
 * Sends it back with its [revision](https://dev.wix.com/docs/things/query-things).
 * @requiredField _id
 * @requiredField thing.revision
 * @permissionId THINGS.UPDATE
 * @documentationMaturity preview
 */
declare function updateThing(_id: string, thing: Thing): Promise<Thing>;
/**
 * Queries things.
 * @deprecated Use `searchThings` instead.
 */
declare function queryThings(query: CursorQuery): Promise<QueryThingsResponse>;
"#;

const META_JS_TEXT: &str = r#"
__export(meta_exports, { updateThing: () => updateThing2, queryThings: () => queryThings2, dropped: () => dropped2 });
function resolveUrl(opts) {
  const domainToMappings = { "www.wixapis.com": [{ srcPath: "/things/v1", destPath: "/v1" }] };
  return resolve(Object.assign(opts, { domainToMappings }));
}
function updateThing(payload) {
  const serializedData = (0, import_transform_paths.transformPaths)(payload, [
    { transformFn: import_float.transformSDKFloatToRESTFloat, paths: [{ path: "thing.latitude" }] }
  ]);
  return { method: "PATCH", methodFqn: "things.UpdateThing", url: resolveUrl({ protoPath: "/v1/things/{thing.id}" }) };
}
function updateThing2() { const r = updateThing({}); return { httpMethod: "PATCH", path: "/v1/things/{thing.id}" }; }
function queryThings(payload) {
  return { method: "POST", methodFqn: "things.QueryThings", url: resolveUrl({ protoPath: "/v1/things/query" }) };
}
function queryThings2() { const r = queryThings({}); return { httpMethod: "POST", path: "/v1/things/query" }; }
function dropped(payload) {
  return { method: "POST", methodFqn: "things.Dropped", url: resolveUrl({ protoPath: "/v1/dropped" }) };
}
function dropped2() { const r = dropped({}); return { httpMethod: "POST", path: "/v1/dropped" }; }
"#;

fn package() -> Package {
    let files: BTreeMap<String, String> = [
        (MANIFEST, r#"{"name": "@wix/auto_sdk_things_things", "version": "1.0.0"}"#),
        (META_TYPINGS, META_TYPINGS_TEXT),
        (SDK_TYPINGS, SDK_TYPINGS_TEXT),
        (META_JS, META_JS_TEXT),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_string(), text.to_string()))
    .collect();
    Package { name: "@wix/auto_sdk_things_things".into(), version: "1.0.0".into(), files }
}

fn shared() -> SharedTypes {
    let text = "api: common\ntitle: Common\ntypes:\n  CursorPaging:\n    docs: P.\n    fields:\n      \
                limit: { type: int32, docs: L. }\n      cursor: { type: string, docs: C. }\n  CursorQuery:\n    \
                docs: Q.\n    fields:\n      filter: { type: json_object, docs: F. }\n      sort: { type: string, \
                docs: S. }\n      cursorPaging: { type: CursorPaging, docs: P. }\n";
    let spec: Spec = serde_yaml::from_str(text).expect("the shared spec parses");
    SharedTypes { api: spec.api, types: spec.types }
}

fn mapped() -> Mapped {
    map(&package(), "things_things", &[shared()], &["dropped".to_string()]).expect("the package maps")
}

fn field_type(mapped: &Mapped, ty: &str, field: &str) -> TypeExpr {
    mapped.spec.types[ty].fields.as_ref().expect("an object")[field].ty.clone()
}

#[test]
fn scalars_map_by_type_format_and_float_paths() {
    let mapped = mapped();
    for (field, expected) in [
        ("id", TypeExpr::Guid),
        ("revision", TypeExpr::Int64),
        ("createdDate", TypeExpr::Timestamp),
        ("site", TypeExpr::Url),
        ("count", TypeExpr::Int32),
        ("latitude", TypeExpr::Float64),
        ("data", TypeExpr::JsonObject),
        ("labels", TypeExpr::Map(Box::new(TypeExpr::String))),
        ("anything", TypeExpr::Json),
        ("kind", TypeExpr::Named("Kind".into())),
    ] {
        assert_eq!(field_type(&mapped, "Thing", field), expected, "{field}");
    }
}

#[test]
fn what_does_not_map_is_left_out_with_a_note_at_its_line() {
    let mapped = mapped();
    assert!(!mapped.spec.types["Thing"].fields.as_ref().expect("an object").contains_key("raw"));
    let note = mapped.notes.iter().find(|note| note.message.contains("Thing.raw")).expect("a note on `raw`");
    assert_eq!(note.at, "auto_sdk_things_things/build/cjs/meta.d.ts:28");
    assert!(note.message.contains("`Uint8Array` has no spec type; left out"), "{}", note.message);
}

#[test]
fn read_only_fields_stay_sendable_where_a_method_requires_them() {
    let mapped = mapped();
    let thing = mapped.spec.types["Thing"].fields.as_ref().expect("an object");
    assert!(thing["createdDate"].read_only);
    assert!(!thing["revision"].read_only, "updateThing requires thing.revision");
    assert!(!thing["id"].read_only, "the route takes it from {{thing.id}}");
    let update = &mapped.spec.methods["updateThing"];
    assert_eq!(update.params["thing"].requires, ["id", "revision"]);
    assert!(update.params["thing"].required);
}

#[test]
fn oneof_interfaces_become_groups_and_single_alternatives_stay_fields() {
    let mapped = mapped();
    let thing = &mapped.spec.types["Thing"];
    let place = &thing.oneof["place"];
    assert_eq!(place.fields.keys().collect::<Vec<_>>(), ["online", "address"]);
    assert!(!thing.fields.as_ref().expect("an object").contains_key("online"));
    assert!(mapped.spec.types.get("CursorQuery").is_none(), "the query matched the shared one");
}

#[test]
fn enums_keep_docs_deprecations_and_an_unknown_value_apart() {
    let mapped = mapped();
    let values = mapped.spec.types["Kind"].values.as_ref().expect("an enum");
    let EnumValue::Detailed(unknown) = &values["UNKNOWN"] else { panic!("UNKNOWN needs a rust_name") };
    assert_eq!(unknown.rust_name.as_deref(), Some("UnknownValue"));
    assert_eq!(values["OLD"].deprecated(), Some("Use `NEW` instead."));
    assert_eq!(values["NEW"].docs(), NO_DOCS);
}

#[test]
fn methods_take_routes_docs_errors_and_rules() {
    let mapped = mapped();
    assert!(!mapped.spec.methods.contains_key("dropped"), "left out by the overrides");
    let update = &mapped.spec.methods["updateThing"];
    assert_eq!(String::from(update.http.clone()), "PATCH /things/v1/things/{thing.id}");
    assert_eq!(update.summary, "Updates a thing.");
    assert_eq!(update.docs, "Sends it back with its [revision](queryThings).");
    assert_eq!(update.permissions, ["THINGS.UPDATE"]);
    assert!(update.developer_preview);
    assert_eq!(update.error_codes.keys().collect::<Vec<_>>(), ["THING_LOCKED", "THING_GONE"]);
    assert_eq!(update.validation_rules, ["NAME_TOO_LONG"]);
    assert_eq!(update.returns.as_deref(), Some("UpdateThingResponse"));
    let query = &mapped.spec.methods["queryThings"];
    assert_eq!(query.deprecated.as_deref(), Some("Use `searchThings` instead."));
    assert_eq!(query.params["query"].ty, TypeExpr::Named("common.CursorQuery".into()));
}

#[test]
fn cursor_queries_page_sending_only_the_cursor_again() {
    let mapped = mapped();
    let paging = mapped.spec.methods["queryThings"].paging.as_ref().expect("queryThings pages");
    assert_eq!(paging.items, "things");
    assert_eq!(paging.cursor.as_deref(), Some("query.cursorPaging.cursor"));
    assert_eq!(paging.limit.as_deref(), Some("query.cursorPaging.limit"));
    assert_eq!(paging.next_cursor.as_deref(), Some("pagingMetadata.cursors.next"));
    assert_eq!(paging.has_next.as_deref(), Some("pagingMetadata.hasNext"));
    assert_eq!(paging.keep, Some(Vec::new()));
}

#[test]
fn groups_that_would_clash_take_their_owner_name() {
    let mut spec: Spec = serde_yaml::from_str(
        "api: a\ntitle: A\ntypes:\n  Address:\n    docs: A.\n    fields: {}\n    oneof:\n      result:\n        \
         docs: R.\n        fields:\n          a: { type: string, docs: A. }\n          b: { type: string, docs: B. }\n",
    )
    .expect("parses");
    name_groups(&mut spec);
    assert_eq!(spec.types["Address"].oneof.keys().collect::<Vec<_>>(), ["addressResult"]);
}
