//! The spec as written: a serde model of the YAML, plus the source position of every node.
//!
//! serde_yaml reads the file into typed structs but forgets where each node stood, so the loader also
//! walks the parser's events once and keeps a [`SpanIndex`] from node path to position. Later stages
//! locate what they report through it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use yaml_rust2::parser::{Event, Parser};

use crate::diagnostic::Diagnostic;

/// Largest spec file the loader reads; a real spec is a few hundred kilobytes at most.
const MAX_SPEC_BYTES: u64 = 32 * 1024 * 1024;

/// One API, as its YAML file describes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Module and file name of the generated code.
    pub api: String,
    /// Human name of the API.
    pub title: String,
    /// Default base URL.
    pub base_url: String,
    /// Module documentation.
    #[serde(default)]
    pub docs: String,
    /// Named object and enum types, in spec order.
    #[serde(default)]
    pub types: IndexMap<String, TypeDef>,
    /// Methods, in spec order.
    pub methods: IndexMap<String, Method>,
}

/// A named type: an object (`fields`, `oneof`) or an enum (`enum`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// Doc comment.
    pub docs: String,
    /// Fields of an object type.
    pub fields: Option<IndexMap<String, Field>>,
    /// Oneof groups of an object type.
    #[serde(default)]
    pub oneof: IndexMap<String, OneofGroup>,
    /// Values of an enum type.
    #[serde(rename = "enum")]
    pub values: Option<IndexMap<String, EnumValue>>,
}

/// Fields of which at most one is present.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneofGroup {
    /// Doc comment of the group.
    pub docs: String,
    /// The alternatives.
    pub fields: IndexMap<String, Field>,
}

/// One enum value: its docs alone, or its docs and a deprecation note.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum EnumValue {
    /// `VALUE: docs`
    Docs(String),
    /// `VALUE: { docs, deprecated }`
    Detailed(EnumValueDetails),
}

/// The long form of an enum value.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDetails {
    /// Doc comment.
    pub docs: String,
    /// Why the value is deprecated and what to use instead.
    pub deprecated: Option<String>,
}

impl EnumValue {
    /// The value's doc text.
    pub fn docs(&self) -> &str {
        match self {
            EnumValue::Docs(docs) => docs,
            EnumValue::Detailed(details) => &details.docs,
        }
    }

    /// The value's deprecation note, if it is deprecated.
    pub fn deprecated(&self) -> Option<&str> {
        match self {
            EnumValue::Docs(_) => None,
            EnumValue::Detailed(details) => details.deprecated.as_deref(),
        }
    }
}

/// A field of an object, or a param of a method.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Type expression, e.g. `list<Connection>`.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// Doc comment.
    pub docs: String,
    /// Whether the value is always present.
    #[serde(default)]
    pub required: bool,
    /// Whether the value is a password or token.
    #[serde(default)]
    pub secret: bool,
    /// Why the field is deprecated and what to use instead.
    pub deprecated: Option<String>,
    /// Params only: where the param goes in the request.
    #[serde(rename = "in")]
    pub location: Option<ParamLocation>,
}

/// Where a param goes in the HTTP request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    /// A `{placeholder}` of the route.
    Path,
    /// The query string.
    Query,
    /// The JSON body.
    Body,
}

/// One method of the API.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// One-sentence summary.
    pub summary: String,
    /// The Rust function name, where converting the name reads badly (`connectByOAuth`).
    pub rust_name: Option<String>,
    /// `VERB /path`.
    pub http: Route,
    /// Prose.
    #[serde(default)]
    pub docs: String,
    /// Who may call the method.
    #[serde(default)]
    pub authentication: String,
    /// Permission scopes.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// Request params, in spec order.
    #[serde(default)]
    pub params: IndexMap<String, Field>,
    /// Name of the response type.
    pub returns: Option<String>,
    /// Documented error statuses.
    #[serde(default)]
    pub errors: IndexMap<u16, ErrorDef>,
    /// Whether the call is safe to repeat; defaults by verb.
    pub retryable: Option<bool>,
    /// How the method pages.
    pub paging: Option<Paging>,
}

/// A documented error status of a method.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorDef {
    /// Variant name.
    pub name: String,
    /// When it happens.
    pub docs: String,
    /// Application error codes that come with this status.
    #[serde(default)]
    pub codes: IndexMap<String, String>,
}

/// How a method pages through its results with a cursor.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Response field holding the page's items.
    pub items: String,
    /// Dotted request param path that takes the cursor.
    pub cursor: String,
    /// Dotted request param path that takes the page size.
    pub limit: Option<String>,
    /// Dotted response field path of the next cursor.
    pub next_cursor: String,
    /// Dotted response field path saying whether another page exists.
    pub has_next: Option<String>,
}

/// A type expression: `string`, `list<Connection>`, `Connection`, ...
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub enum TypeExpr {
    /// `string`
    String,
    /// `bool`
    Bool,
    /// `int32`
    Int32,
    /// `int64`
    Int64,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `timestamp`: an RFC 3339 date-time.
    Timestamp,
    /// `guid`
    Guid,
    /// `email`
    Email,
    /// `url`
    Url,
    /// `list<T>`
    List(Box<TypeExpr>),
    /// `map<T>`: string keys.
    Map(Box<TypeExpr>),
    /// A type from the spec's `types`.
    Named(String),
    /// Text that is not a type expression; validation reports it where it stands.
    Invalid(String),
}

impl From<String> for TypeExpr {
    fn from(text: String) -> Self {
        TypeExpr::parse(text.trim()).unwrap_or(TypeExpr::Invalid(text))
    }
}

impl TypeExpr {
    fn parse(text: &str) -> Option<TypeExpr> {
        let generic =
            |prefix: &str| text.strip_prefix(prefix).and_then(|rest| rest.strip_suffix('>')).map(str::trim);
        if let Some(item) = generic("list<") {
            return TypeExpr::parse(item).map(|item| TypeExpr::List(Box::new(item)));
        }
        if let Some(value) = generic("map<") {
            return TypeExpr::parse(value).map(|value| TypeExpr::Map(Box::new(value)));
        }
        Some(match text {
            "string" => TypeExpr::String,
            "bool" => TypeExpr::Bool,
            "int32" => TypeExpr::Int32,
            "int64" => TypeExpr::Int64,
            "float32" => TypeExpr::Float32,
            "float64" => TypeExpr::Float64,
            "timestamp" => TypeExpr::Timestamp,
            "guid" => TypeExpr::Guid,
            "email" => TypeExpr::Email,
            "url" => TypeExpr::Url,
            name if is_identifier(name) => TypeExpr::Named(name.to_string()),
            _ => return None,
        })
    }

    /// The named type this expression refers to, looking through lists and maps.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeExpr::Named(name) => Some(name),
            TypeExpr::List(inner) | TypeExpr::Map(inner) => inner.named(),
            _ => None,
        }
    }
}

/// Whether `text` is an ASCII identifier: a letter or `_`, then letters, digits and `_`.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// An HTTP route: `POST /bookings/v2/external-calendars/connections:connectByCredentials`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct Route {
    /// The verb, upper case.
    pub verb: HttpVerb,
    /// The path template, starting with `/`.
    pub path: String,
    /// Why the text is not a route, if it is not; validation reports it where it stands.
    pub invalid: Option<String>,
}

/// The HTTP verbs a method may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpVerb {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl HttpVerb {
    /// The verb as HTTP spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpVerb::Get => "GET",
            HttpVerb::Post => "POST",
            HttpVerb::Put => "PUT",
            HttpVerb::Patch => "PATCH",
            HttpVerb::Delete => "DELETE",
        }
    }
}

impl From<String> for Route {
    fn from(text: String) -> Self {
        Route::parse(&text).unwrap_or_else(|reason| Route {
            verb: HttpVerb::Get,
            path: String::new(),
            invalid: Some(reason),
        })
    }
}

impl Route {
    fn parse(text: &str) -> Result<Self, String> {
        let Some((verb, path)) = text.trim().split_once(' ') else {
            return Err(format!(
                "`{text}` is not a route: expected `VERB /path`, e.g. `GET /v2/items/{{itemId}}`"
            ));
        };
        let verb = match verb {
            "GET" => HttpVerb::Get,
            "POST" => HttpVerb::Post,
            "PUT" => HttpVerb::Put,
            "PATCH" => HttpVerb::Patch,
            "DELETE" => HttpVerb::Delete,
            other => {
                return Err(format!(
                    "`{other}` is not an HTTP verb a method can use: expected GET, POST, PUT, PATCH or DELETE"
                ));
            }
        };
        let path = path.trim();
        if !path.starts_with('/') || path.contains(char::is_whitespace) || path.contains(['?', '#']) {
            return Err(format!(
                "`{path}` is not a route path: it must start with `/` and hold no spaces, `?` or `#`"
            ));
        }
        Ok(Route { verb, path: path.to_string(), invalid: None })
    }
}

/// The message for a type expression that does not parse.
pub fn invalid_type_message(text: &str) -> String {
    format!(
        "`{text}` is not a type expression: expected string, bool, int32, int64, float32, float64, timestamp, \
         guid, email, url, list<T>, map<T> or a type name"
    )
}

/// A piece of a route's path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPiece<'a> {
    /// Text sent as it is.
    Literal(&'a str),
    /// A `{name}` placeholder.
    Placeholder(&'a str),
}

impl Route {
    /// Splits the path template into literal text and `{placeholders}`; `Err` names a malformed brace.
    pub fn pieces(&self) -> Result<Vec<PathPiece<'_>>, String> {
        let mut pieces = Vec::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find(['{', '}']) {
            if rest[open..].starts_with('}') {
                return Err(format!("`{}` has a `}}` with no `{{` before it", self.path));
            }
            let Some(close) = rest[open..].find('}') else {
                return Err(format!("`{}` has a `{{` that is never closed", self.path));
            };
            if open > 0 {
                pieces.push(PathPiece::Literal(&rest[..open]));
            }
            pieces.push(PathPiece::Placeholder(&rest[open + 1..open + close]));
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(PathPiece::Literal(rest));
        }
        Ok(pieces)
    }
}

/// A spec file read and parsed, with the position of each node.
#[derive(Debug)]
pub struct SpecFile {
    /// The path as given, for messages.
    pub path: PathBuf,
    /// The file's text.
    pub source: String,
    /// The parsed spec.
    pub spec: Spec,
    /// Positions of nodes, by path.
    pub spans: SpanIndex,
    /// Mistakes in the file's structure (unknown keys, optional values of the wrong kind). The nodes at
    /// fault were left out so the rest could be read and validated in the same run; a spec with any is
    /// not used.
    pub shape_errors: Vec<Diagnostic>,
}

/// Reads and parses the spec file at `path` (relative to `root`, unless absolute). A file that cannot
/// be read gives one diagnostic; a file whose YAML is malformed, one at the first syntax error; a file
/// whose structure is wrong (unknown or missing keys, values of the wrong kind), one for each mistake.
/// Diagnostics name the file as `path`.
pub fn load(root: &Path, path: &Path) -> Result<SpecFile, Vec<Diagnostic>> {
    let bytes = read_bytes(&root.join(path), path).map_err(|diagnostic| vec![diagnostic])?;
    load_bytes(path, bytes)
}

/// Parses the bytes of a spec that `path` names.
pub fn load_bytes(path: &Path, bytes: Vec<u8>) -> Result<SpecFile, Vec<Diagnostic>> {
    let source = decode(path, bytes).map_err(|diagnostic| vec![diagnostic])?;
    parse(path, source)
}

/// Parses spec text that was read from `path`.
pub fn parse(path: &Path, source: String) -> Result<SpecFile, Vec<Diagnostic>> {
    let file_error = |message: String, help: &str| Diagnostic::whole_file(path, message).with_help(help);
    if source.trim().is_empty() {
        return Err(vec![file_error(
            "the spec is empty".into(),
            "a spec needs at least `api`, `title`, `base_url` and `methods`; see spec/README.md",
        )]);
    }
    // The common case, a spec without mistakes, is read in one pass; the slower path below finds
    // every structural mistake at once when there are some. The span index comes first, since it
    // refuses alias bombs before serde_yaml expands them; with no anchor in the text there can be no
    // alias, so the two passes run side by side.
    let (spans, spec) = if source.contains('&') {
        let spans = SpanIndex::build(&source);
        let spec = spans.as_ref().ok().and_then(|_| serde_yaml::from_str::<Spec>(&source).ok());
        (spans, spec)
    } else {
        std::thread::scope(|scope| {
            let spans = scope.spawn(|| SpanIndex::build(&source));
            let spec = serde_yaml::from_str::<Spec>(&source).ok();
            (spans.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), spec)
        })
    };
    let spans = spans.map_err(|(offset, message, help)| {
        vec![Diagnostic::at(path, &source, offset, message).with_help(help)]
    })?;
    if let Some(spec) = spec {
        return Ok(SpecFile { path: path.to_path_buf(), source, spec, spans, shape_errors: Vec::new() });
    }
    // serde_yaml bounds alias expansion and nesting depth, so hostile YAML ends here with an error.
    let mut document: serde_yaml::Value = serde_yaml::from_str(&source)
        .map_err(|error| vec![serde_diagnostic(path, &source, &spans, &error)])?;
    let context = crate::schema::Context { path, source: &source, spans: &spans };
    let shape = crate::schema::check(&mut document, &context);
    if shape.fatal {
        return Err(shape.diagnostics);
    }
    let spec: Spec = serde_yaml::from_value(document).map_err(|error| {
        let mut diagnostics = shape.diagnostics.clone();
        diagnostics.push(serde_diagnostic(path, &source, &spans, &error));
        diagnostics
    })?;
    Ok(SpecFile { path: path.to_path_buf(), source, spec, spans, shape_errors: shape.diagnostics })
}

fn read_bytes(full_path: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let unreadable = |reason: String| {
        Diagnostic::whole_file(path, format!("cannot read the spec: {reason}"))
            .with_help("pass the path of a readable `.yaml` spec file")
    };
    let metadata = std::fs::metadata(full_path).map_err(|error| unreadable(error.to_string()))?;
    if metadata.is_dir() {
        return Err(unreadable("it is a directory".into()));
    }
    if metadata.len() > MAX_SPEC_BYTES {
        return Err(unreadable(format!(
            "it is {} bytes, more than the limit of {MAX_SPEC_BYTES} bytes",
            metadata.len()
        )));
    }
    std::fs::read(full_path).map_err(|error| unreadable(error.to_string()))
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&error.as_bytes()[..offset]).into_owned();
        Diagnostic::at(path, &valid, offset, "the spec is not valid UTF-8".into())
            .with_help("save the file as UTF-8")
    })
}

fn serde_diagnostic(path: &Path, source: &str, spans: &SpanIndex, error: &serde_yaml::Error) -> Diagnostic {
    let message = error.to_string();
    // serde_yaml appends " at line L column C"; the location is shown by the diagnostic itself.
    let message = match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message,
    };
    let message = match message.as_str() {
        "repetition limit exceeded" => {
            "YAML aliases expand to too many nodes (repetition limit exceeded); is this an alias bomb?"
                .to_string()
        }
        "recursion limit exceeded" => "the YAML nests too deeply (recursion limit exceeded)".to_string(),
        _ => message,
    };
    let offset = match error.location() {
        Some(location) => location.index(),
        None => spans.document_start(),
    };
    Diagnostic::at(path, source, offset, message).with_help(serde_help(error))
}

fn serde_help(error: &serde_yaml::Error) -> String {
    let message = error.to_string();
    if let Some(suggestion) = suggest_known_key(&message) {
        format!("did you mean `{suggestion}`? spec/README.md lists every key")
    } else if message.contains("unknown field") {
        "remove the key or correct its spelling; spec/README.md lists every key".into()
    } else if message.contains("missing field") {
        "add the missing key; spec/README.md lists the required keys".into()
    } else if message.contains("invalid type") || message.contains("invalid value") {
        "give the value the type spec/README.md lists for this key".into()
    } else if message.contains("recursion limit") || message.contains("repetition limit") {
        "the spec nests or repeats too deeply; write it without deep nesting or alias expansion".into()
    } else {
        "see spec/README.md for the format".into()
    }
}

/// For serde's "unknown field `sumary`, expected one of `summary`, ...", the expected key closest to
/// the unknown one, if it is close enough to be a typo.
fn suggest_known_key(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    let (unknown, expected) = rest.split_once('`')?;
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|candidate| (strsim::jaro_winkler(unknown, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// Source positions of YAML nodes, keyed by their path from the document root
/// (`methods`, `connectByCredentials`, `params`, ...).
///
/// Paths are kept as 64-bit hashes, built one segment at a time, not as strings: a large spec has
/// hundreds of thousands of nodes, and their path strings would cost more than the rest of loading.
#[derive(Debug, Default)]
pub struct SpanIndex {
    nodes: HashMap<u64, NodeSpan>,
}

/// Where a mapping entry's key and value start.
#[derive(Debug, Clone, Copy)]
struct NodeSpan {
    key: Option<usize>,
    value: usize,
}

enum Frame {
    Mapping { path: u64, pending_key: Option<(String, usize)>, keys: HashSet<String> },
    Sequence { path: u64, next_index: usize },
}

/// The hash of the root's path.
const ROOT: u64 = 0;

/// The hash of the path `parent` / `segment`.
fn join(parent: u64, segment: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // DefaultHasher::new() has fixed keys: the same path always gives the same hash.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    parent.hash(&mut hasher);
    segment.hash(&mut hasher);
    hasher.finish()
}

impl SpanIndex {
    /// Walks the parser's events without building a tree (so nesting depth costs no stack) and records
    /// where each node starts. Returns the byte offset, message and help of a syntax error.
    fn build(source: &str) -> Result<Self, (usize, String, &'static str)> {
        let char_to_byte = CharToByte::new(source);
        let mut parser = Parser::new_from_str(source);
        let mut index = SpanIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut expansion = AliasExpansion::default();
        loop {
            let (event, marker) = parser.next_token().map_err(|error| {
                let offset = char_to_byte.byte(error.marker().index());
                match error.info() {
                    "recursion limit exceeded" => (
                        offset,
                        "the YAML nests too deeply (recursion limit exceeded)".to_string(),
                        "a spec needs a handful of levels of nesting; write this part flatter",
                    ),
                    info => (
                        offset,
                        format!("YAML syntax error: {info}"),
                        "fix the YAML syntax; indentation must be consistent and strings with `: ` or `#` need quotes",
                    ),
                }
            })?;
            let offset = char_to_byte.byte(marker.index());
            match event {
                Event::StreamEnd => return Ok(index),
                Event::Scalar(value, _, anchor, _) => {
                    expansion.leaf(anchor);
                    if let Some(Frame::Mapping { pending_key, keys, .. }) = stack.last_mut()
                        && pending_key.is_none()
                    {
                        if !keys.insert(value.clone()) {
                            return Err((
                                offset,
                                format!("the key `{value}` appears twice in the same mapping"),
                                "remove one of them, or rename it; YAML keeps only one value per key",
                            ));
                        }
                        *pending_key = Some((value, offset));
                        continue;
                    }
                    index.record_value(&mut stack, offset);
                }
                Event::Alias(anchor) => {
                    if !expansion.alias(anchor) {
                        return Err((
                            offset,
                            "YAML aliases expand to far more nodes than the file holds; is this an alias bomb?"
                                .to_string(),
                            "use an alias for a repeated value, not to multiply nodes",
                        ));
                    }
                    index.record_value(&mut stack, offset);
                }
                Event::MappingStart(anchor, _) => {
                    expansion.open(anchor);
                    let path = index.record_value(&mut stack, offset);
                    stack.push(Frame::Mapping { path, pending_key: None, keys: HashSet::new() });
                }
                Event::SequenceStart(anchor, _) => {
                    expansion.open(anchor);
                    let path = index.record_value(&mut stack, offset);
                    stack.push(Frame::Sequence { path, next_index: 0 });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    expansion.close();
                    stack.pop();
                }
                Event::Nothing | Event::StreamStart | Event::DocumentStart | Event::DocumentEnd => {}
            }
        }
    }

    /// Records a value node at `offset` under its parent and returns its path.
    fn record_value(&mut self, stack: &mut [Frame], offset: usize) -> u64 {
        let (path, key) = match stack.last_mut() {
            None => (ROOT, None),
            Some(Frame::Mapping { path, pending_key, .. }) => match pending_key.take() {
                Some((key, key_offset)) => (join(*path, &key), Some(key_offset)),
                None => (join(*path, "?"), None),
            },
            Some(Frame::Sequence { path, next_index }) => {
                *next_index += 1;
                (join(*path, &(*next_index - 1).to_string()), None)
            }
        };
        self.nodes.entry(path).or_insert(NodeSpan { key, value: offset });
        path
    }

    /// The node at `path`, or its nearest ancestor that has a position.
    fn find(&self, path: &[&str]) -> Option<NodeSpan> {
        let mut hashes = Vec::with_capacity(path.len() + 1);
        hashes.push(ROOT);
        for segment in path {
            let parent = hashes.last().copied().unwrap_or(ROOT);
            hashes.push(join(parent, segment));
        }
        hashes.iter().rev().find_map(|hash| self.nodes.get(hash).copied())
    }

    /// Byte offset of the key of the node at `path` (or of its value, for sequence items and the
    /// root); falls back to the nearest ancestor that has a position.
    pub fn key(&self, path: &[&str]) -> usize {
        self.find(path).map_or(0, |span| span.key.unwrap_or(span.value))
    }

    /// Byte offset of the value of the node at `path`; falls back like [`SpanIndex::key`].
    pub fn value(&self, path: &[&str]) -> usize {
        self.find(path).map_or(0, |span| span.value)
    }

    fn document_start(&self) -> usize {
        self.value(&[])
    }
}

/// Counts the nodes the document would have once its aliases are expanded, so that an alias bomb is
/// refused before anything expands it: serde_yaml would stop one too, but only after building
/// millions of nodes.
#[derive(Default)]
struct AliasExpansion {
    /// Expanded size of each anchored node, by anchor id.
    anchored: HashMap<usize, u64>,
    /// For each open collection: its anchor id and the expanded size of what it holds so far.
    open: Vec<(usize, u64)>,
    /// Nodes written out in the file.
    literal: u64,
    /// Nodes once every alias is expanded.
    expanded: u64,
}

impl AliasExpansion {
    /// More expanded nodes than this, beyond twice the literal ones, is not a spec but a bomb.
    const SLACK: u64 = 100_000;

    fn add(&mut self, size: u64) {
        if let Some((_, held)) = self.open.last_mut() {
            *held = held.saturating_add(size);
        }
    }

    fn leaf(&mut self, anchor: usize) {
        self.literal += 1;
        self.expanded += 1;
        if anchor > 0 {
            self.anchored.insert(anchor, 1);
        }
        self.add(1);
    }

    fn open(&mut self, anchor: usize) {
        self.literal += 1;
        self.expanded += 1;
        self.open.push((anchor, 1));
    }

    fn close(&mut self) {
        if let Some((anchor, size)) = self.open.pop() {
            if anchor > 0 {
                self.anchored.insert(anchor, size);
            }
            self.add(size);
        }
    }

    /// Counts an alias; `false` once the expansion is out of all proportion to the file.
    fn alias(&mut self, anchor: usize) -> bool {
        let size = self.anchored.get(&anchor).copied().unwrap_or(1);
        self.expanded = self.expanded.saturating_add(size);
        self.add(size);
        self.expanded <= self.literal.saturating_mul(2).saturating_add(Self::SLACK)
    }
}

/// yaml-rust2 counts positions in chars; diagnostics need byte offsets.
struct CharToByte {
    /// Byte offset of each char, only filled when the text is not ASCII.
    offsets: Option<Vec<usize>>,
    len: usize,
}

impl CharToByte {
    fn new(source: &str) -> Self {
        let offsets = (!source.is_ascii()).then(|| source.char_indices().map(|(byte, _)| byte).collect());
        CharToByte { offsets, len: source.len() }
    }

    fn byte(&self, char_index: usize) -> usize {
        match &self.offsets {
            None => char_index.min(self.len),
            Some(offsets) => offsets.get(char_index).copied().unwrap_or(self.len),
        }
    }
}
