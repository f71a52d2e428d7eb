//! Where each node of a spec's YAML stands in its text.
//!
//! serde_yaml reads the file into typed structs but forgets where each node stood, so the loader also
//! walks the parser's events once and keeps a [`SpanIndex`] from node path to position. The walk is
//! also where hostile YAML is refused: alias bombs, before anything expands them.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, Parser};

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

/// Deepest nesting of mappings and sequences a spec may have; a real one needs seven levels at most.
/// Refusing more at the first event past it keeps every later pass, serde_yaml's among them, linear.
const MAX_NESTING: usize = 64;

/// The error for YAML nested deeper than [`MAX_NESTING`], at byte `offset`.
fn too_deep(offset: usize) -> (usize, String, &'static str) {
    (
        offset,
        format!("the YAML nests more than {MAX_NESTING} levels deep"),
        "a spec needs a handful of levels of nesting; write this part flatter",
    )
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
    pub fn build(source: &str) -> Result<Self, (usize, String, &'static str)> {
        let char_to_byte = CharToByte::new(source);
        let mut parser = Parser::new_from_str(source);
        let mut index = SpanIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut expansion = AliasExpansion::default();
        loop {
            let (event, marker) = parser.next_token().map_err(|error| {
                let offset = char_to_byte.byte(error.marker().index());
                match error.info() {
                    // yaml-rust2 stops at 256 flow levels, which it can reach while looking ahead
                    // before it yields the events that would pass `MAX_NESTING`.
                    "recursion limit exceeded" => too_deep(offset),
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
                Event::MappingStart(..) | Event::SequenceStart(..) if stack.len() >= MAX_NESTING => {
                    return Err(too_deep(offset));
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

    /// Byte offset of the document's root node.
    pub(crate) fn document_start(&self) -> usize {
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
