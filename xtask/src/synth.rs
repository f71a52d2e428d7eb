//! Synthetic specs for benchmarks: N methods of realistic shape, the same for the same seed.
//!
//! Each method has 3 to 10 params (path, query or body, by verb), a response holding a nested object
//! with an enum and lists, and 2 to 4 documented error statuses with application codes. In the paged
//! variant, every fourth method also pages by cursor through its response's `related` list.

use std::fmt::Write;

/// Statuses a synthetic method documents a few of.
const ERROR_STATUSES: [(u16, &str); 8] = [
    (400, "InvalidArgument"),
    (401, "Unauthenticated"),
    (403, "PermissionDenied"),
    (404, "NotFound"),
    (409, "AlreadyExists"),
    (428, "FailedPrecondition"),
    (429, "ResourceExhausted"),
    (500, "Internal"),
];

const SCALARS: [&str; 7] = ["string", "guid", "int32", "int64", "bool", "timestamp", "float64"];

/// A valid spec named `api` with `methods` methods, deterministic from `seed`.
pub fn spec(api: &str, methods: usize, seed: u64) -> String {
    spec_of(api, methods, seed, false)
}

/// [`spec`], with every fourth method paging by cursor (method 0, 4, 8, ...): the same types and
/// params otherwise, so that the two measure what a method's stream of all pages costs.
pub fn paged_spec(api: &str, methods: usize, seed: u64) -> String {
    spec_of(api, methods, seed, true)
}

fn spec_of(api: &str, methods: usize, seed: u64, paged: bool) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let enums = (methods / 10).max(1);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "api: {api}\ntitle: Synthetic {methods}\nbase_url: https://www.wixapis.com\ndocs: |\n  A synthetic API of \
         {methods} methods for benchmarks, made from seed {seed}. Start with [method0].\ntypes:"
    );
    for index in 0..enums {
        let _ = writeln!(out, "  Status{index}:\n    docs: A status of things.\n    enum:");
        for value in 0..rng.usize(3..=6) {
            let _ = writeln!(out, "      STATE_{value}: The thing is in state {value}.");
        }
    }
    for index in 0..methods {
        let status = rng.usize(0..enums);
        let _ = writeln!(
            out,
            "  Thing{index}:\n    docs: A thing that [method{index}] returns.\n    fields:\n      \
             id: {{ type: guid, required: true, docs: ID of the thing. }}\n      \
             status: {{ type: Status{status}, docs: The thing's status. }}\n      \
             detail: {{ type: Detail{index}, docs: More about the thing. }}\n      \
             tags: {{ type: list<string>, docs: Labels on the thing. }}"
        );
        for field in 0..rng.usize(1..=4) {
            let scalar = SCALARS[rng.usize(0..SCALARS.len())];
            let _ =
                writeln!(out, "      field{field}: {{ type: {scalar}, docs: Field {field} of the thing. }}");
        }
        let _ = writeln!(out, "  Detail{index}:\n    docs: Details of a thing.\n    fields:");
        for field in 0..rng.usize(2..=4) {
            let scalar = SCALARS[rng.usize(0..SCALARS.len())];
            let _ =
                writeln!(out, "      part{field}: {{ type: {scalar}, docs: Part {field} of the detail. }}");
        }
        let _ = writeln!(
            out,
            "  Method{index}Response:\n    docs: What [method{index}] returns.\n    fields:\n      \
             thing: {{ type: Thing{index}, docs: The thing. }}\n      \
             related: {{ type: list<Thing{index}>, docs: Related things. }}\n      \
             nextCursor: {{ type: string, docs: Cursor of the next page. }}"
        );
    }
    out.push_str("methods:\n");
    for index in 0..methods {
        method(&mut out, &mut rng, index, paged && index % 4 == 0);
    }
    out
}

fn method(out: &mut String, rng: &mut fastrand::Rng, index: usize, paged: bool) {
    let get = rng.bool();
    let (verb, route) = match get {
        true => ("GET", format!("/v1/things{index}/{{thingId}}")),
        false => ("POST", format!("/v1/things{index}/{{thingId}}:update")),
    };
    let _ = writeln!(
        out,
        "  method{index}:\n    summary: Does operation {index} on a thing.\n    http: {verb} {route}\n    \
         docs: |\n      Operation {index}. See [Thing{index}] for what it returns.\n    \
         permissions: [Manage Things]\n    returns: Method{index}Response\n    params:\n      \
         thingId: {{ type: string, required: true, docs: ID of the thing. }}"
    );
    if paged {
        out.push_str("      cursor: { type: string, docs: Cursor of the page to read. }\n");
    }
    for param in 0..rng.usize(2..=9) {
        let scalar = SCALARS[rng.usize(0..SCALARS.len())];
        let (ty, required) = match (get, param % 4) {
            (true, 0) => ("list<guid>", false),
            (false, 0) => ("Detail0", true),
            (_, 1) => (scalar, !get),
            _ => (scalar, false),
        };
        let _ =
            writeln!(out, "      param{param}: {{ type: {ty}, required: {required}, docs: Param {param}. }}");
    }
    out.push_str("    errors:\n");
    let mut statuses = ERROR_STATUSES.to_vec();
    rng.shuffle(&mut statuses);
    statuses.truncate(rng.usize(2..=4));
    statuses.sort_unstable();
    for (status, name) in statuses {
        let _ = writeln!(
            out,
            "      {status}:\n        name: {name}\n        docs: When operation {index} fails."
        );
        let _ = writeln!(
            out,
            "        codes:\n          CODE_{status}_{index}: A reason operation {index} failed."
        );
    }
    if paged {
        out.push_str(
            "    paging:\n      items: related\n      cursor: cursor\n      next_cursor: nextCursor\n",
        );
    }
}
