//! Doc text from a spec, made into Markdown that rustdoc and clippy accept.
//!
//! Every doc text of a spec is Markdown written for some other renderer, and it lands in rustdoc,
//! which reads links as intra-doc links, compiles untyped code blocks as tests, and (with clippy)
//! warns on raw HTML, bare URLs, lazy list continuations and more. [`to_rustdoc`] is the one path
//! every doc text goes through: it links the names the text refers to ([`references`] finds them,
//! for validation) and neutralises everything else that rustdoc or clippy would flag, keeping what
//! the text means as rendered. [`code_span`] and [`plain`] put other text (a wire value, a
//! permission) into doc Markdown safely.
//!
//! The text is parsed with pulldown-cmark and the Markdown extensions rustdoc enables, so what is
//! found here is what rustdoc finds; each fix is an edit of the source, so ordinary Markdown comes
//! through byte for byte. Fixing one thing can uncover another (escaped HTML is text again), so the
//! fixes repeat until a pass finds nothing; a text that does not settle is written as plain
//! paragraphs, which always do.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// A reference to a name in doc text, in a link form rustdoc resolves as an intra-doc link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Byte range of the whole link in the text given to [`references`].
    pub range: Range<usize>,
    /// The name: an identifier, without the backticks or `()` it may be written with.
    pub name: String,
    /// How the link is written.
    pub form: LinkForm,
}

/// How a [`Reference`] is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkForm {
    /// `[name]`, also written ``[`name`]`` or `[name()]`.
    Shortcut,
    /// `[name][]`.
    Collapsed,
    /// `[text][name]`, with no definition of `name` in the text.
    Labelled,
    /// `[text](name)`.
    Inline,
    /// `[text][label]`, `[label][]` or `[label]`, where the text defines `[label]: name`.
    Defined,
}

/// What a referenced name links to in the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The path rustdoc resolves from the documented item: identifiers joined by `::`, e.g.
    /// `Client::list_providers` or `Connection`. Anything else is not linked.
    pub path: String,
    /// What a bare mention (`[name]`, `[name][]`) shows, as code, e.g. `list_providers`. When it
    /// equals `path` the link is written `` [`path`] ``, which rustdoc requires over the redundant
    /// ``[`path`](path)``.
    pub text: String,
}

/// The references to names in `text`, in order. These, and only these, are what [`to_rustdoc`]
/// asks its `resolve` for. Brackets in code, links to URLs and bracketed text that is not a name
/// (`[see below]`, `[a.b]`, `[x::y]`) are not references.
pub fn references(text: &str) -> Vec<Reference> {
    let cleaned = Cleaned::new(text);
    let mut unresolved = |_: &str| None;
    let first = Pass::run(&cleaned.text, &[], Some(&mut unresolved));
    first
        .references
        .into_iter()
        .map(|reference| Reference { range: cleaned.raw_range(&reference.range), ..reference })
        .collect()
}

/// `text` as rustdoc Markdown that `rustdoc -D warnings` and `clippy -D warnings` accept.
///
/// Each of [`references`]`(text)` becomes an intra-doc link to what `resolve` gives for its name,
/// keeping link text the author wrote; `resolve` is called once per reference, in order, and a
/// `None` (or a [`Target::path`] that is not a path) leaves the reference as plain text. Everything
/// else rustdoc would read as an intra-doc link is escaped; reference-style links to URLs become
/// inline links, so texts can be joined without their labels meeting; raw HTML is escaped (HTML
/// comments dropped); bare URLs become autolinks; every code block is fenced, closed and marked
/// with a language that is not Rust (`text` unless a known one is given), so none is a doctest;
/// list and quote continuation lines get the indentation and `>` markers clippy asks for; footnote
/// look-alikes are escaped; trailing-space line breaks become `\`; control characters, the
/// codepoints that reorder text, carriage returns and tabs are gone.
///
/// The result has no leading or trailing whitespace and none at line ends: write each line as
/// `/// {line}` (or `///` when empty) and do not re-indent or trim it. It is empty only when `text`
/// has nothing printable. Results can be joined with a blank line between them.
pub fn to_rustdoc(text: &str, mut resolve: impl FnMut(&str) -> Option<Target>) -> String {
    let cleaned = Cleaned::new(text);
    let first = Pass::run(&cleaned.text, &[], Some(&mut resolve));
    settle(first.text, first.trusted).unwrap_or_else(|| fallback(&cleaned.text, &first.resolved))
}

/// Passes over `text` until one finds nothing to change, then the layout the emitted comment
/// keeps. `None` when the text keeps changing.
fn settle(mut text: String, mut trusted: Vec<Trusted>) -> Option<String> {
    for _ in 0..MAX_PASSES {
        let pass = Pass::run(&text, &trusted, None);
        if pass.changed {
            text = pass.text;
            trusted = pass.trusted;
            continue;
        }
        let Some(edits) = layout(&text) else { return Some(text) };
        let applied = edits.apply(&text);
        trusted = carry(&trusted, &applied);
        text = applied.text;
    }
    None
}

/// `text` as an inline code span: a backtick fence longer than any run of backticks inside,
/// padded with spaces when the content starts or ends with a backtick or a space. Line breaks and
/// tabs become spaces; other control characters and the codepoints that reorder text are dropped.
/// Empty text gives a span holding one space, as a code span cannot be empty.
pub fn code_span(text: &str) -> String {
    let content: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_forbidden(c) => None,
            c => Some(c),
        })
        .collect();
    if content.is_empty() {
        return "` `".into();
    }
    let longest = content.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let all_spaces = content.chars().all(|c| c == ' ');
    let pad = content.starts_with('`')
        || content.ends_with('`')
        || (!all_spaces && content.starts_with(' ') && content.ends_with(' '));
    let pad = if pad { " " } else { "" };
    format!("{fence}{pad}{content}{pad}{fence}")
}

/// `text` as Markdown that renders as that text, on one line: whitespace runs (line breaks
/// included) become one space, control characters and the codepoints that reorder text are
/// dropped, and every character Markdown or HTML would read as syntax is escaped, so the result
/// can stand anywhere in a line, the start included. URLs become autolinks, as rustdoc asks.
pub fn plain(text: &str) -> String {
    let words: Vec<String> =
        text.split_whitespace().map(|word| word.chars().filter(|&c| !is_forbidden(c)).collect()).collect();
    let line = words.iter().filter(|word| !word.is_empty()).map(String::as_str).collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len() + 8);
    push_plain_line(&mut out, &line, &[]);
    out
}

/// A `[name]` mention in Markdown text: a shortcut link with no definition, outside code.
///
/// Superseded by [`Reference`]; kept until validation switches to [`references`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of `[name]` in the text.
    pub range: Range<usize>,
    /// The name between the brackets.
    pub name: String,
}

/// Finds the `[name]` mentions in `text`, in order. Explicit links (`[text](url)`), links with a
/// reference definition and brackets in code are not mentions; neither is bracketed text that is not
/// an identifier (`[ ]`, `[see below]`).
///
/// Superseded by [`references`], which finds every link form rustdoc resolves; kept until
/// validation switches.
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut collect = |link: BrokenLink<'_>| {
        if link.link_type == LinkType::Shortcut && crate::spec::is_identifier(&link.reference) {
            found.push(Mention { range: link.span.clone(), name: link.reference.to_string() });
        }
        None
    };
    // Only the callback matters; running the parser to the end is what calls it.
    Parser::new_with_broken_link_callback(text, Options::empty(), Some(&mut collect)).for_each(drop);
    found
}

/// Replaces each mention in `text` with what `link` gives for its name.
///
/// Superseded by [`to_rustdoc`]; kept until the model switches.
pub fn rewrite_mentions(text: &str, mut link: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for mention in mentions(text) {
        out.push_str(&text[copied..mention.range.start]);
        out.push_str(&link(&mention.name));
        copied = mention.range.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The Markdown extensions rustdoc parses doc comments with (its `main_body_opts`).
const RUSTDOC_OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_SMART_PUNCTUATION);

/// Passes after the first before a text that keeps changing is written as plain paragraphs. Real
/// texts settle in two or three.
const MAX_PASSES: usize = 8;

/// Code block languages kept as written: none of them is Rust to rustdoc.
const LANGUAGES: &[&str] = &[
    "bash",
    "c",
    "console",
    "cpp",
    "csharp",
    "css",
    "csv",
    "diff",
    "go",
    "graphql",
    "html",
    "http",
    "ini",
    "java",
    "javascript",
    "js",
    "json",
    "jsonc",
    "kotlin",
    "markdown",
    "md",
    "php",
    "plaintext",
    "powershell",
    "proto",
    "protobuf",
    "python",
    "py",
    "ruby",
    "sh",
    "shell",
    "sql",
    "swift",
    "text",
    "toml",
    "ts",
    "typescript",
    "txt",
    "xml",
    "yaml",
    "yml",
    "zsh",
];

/// Characters a doc comment must not hold: control characters other than tab and line feed, and
/// the codepoints that change the direction of text, which rustc denies in comments.
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text as rustdoc will read it, and where each of its bytes came from.
struct Cleaned {
    text: String,
    /// For each byte of `text`, and one past its end, the offset in the raw text it came from.
    raw_offsets: Vec<usize>,
}

impl Cleaned {
    /// Line ends become `\n`; forbidden characters go; tabs become spaces to the next multiple of
    /// four columns (the tab stops Markdown reads them with; clippy warns on tabs). The text starts
    /// at its first line that is not blank, without that line's indentation unless the indentation
    /// makes it code: rustdoc strips the indentation common to all lines, and the emitted comment
    /// would lose it anyway.
    fn new(raw: &str) -> Self {
        let mut text = String::with_capacity(raw.len());
        let mut raw_offsets = Vec::with_capacity(raw.len() + 1);
        let mut column = 0;
        let mut chars = raw.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let c = match c {
                '\r' if chars.peek().is_some_and(|&(_, next)| next == '\n') => continue,
                '\r' => '\n',
                c if is_forbidden(c) => continue,
                c => c,
            };
            if c == '\t' {
                let spaces = 4 - column % 4;
                text.extend(std::iter::repeat_n(' ', spaces));
                raw_offsets.extend(std::iter::repeat_n(at, spaces));
                column += spaces;
                continue;
            }
            text.push(c);
            raw_offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
            column = if c == '\n' { 0 } else { column + 1 };
        }
        raw_offsets.push(raw.len());
        let first_line = text
            .split_inclusive('\n')
            .scan(0, |start, line| {
                let line_start = *start;
                *start += line.len();
                Some((line_start, line))
            })
            .find(|(_, line)| !line.trim_start_matches(' ').trim_end_matches('\n').is_empty());
        let start = match first_line {
            Some((line_start, line)) => {
                let indent = line.len() - line.trim_start_matches(' ').len();
                if indent < 4 { line_start + indent } else { line_start }
            }
            None => text.len(),
        };
        Cleaned { text: text[start..].to_string(), raw_offsets: raw_offsets[start..].to_vec() }
    }

    fn raw_range(&self, range: &Range<usize>) -> Range<usize> {
        self.raw_offsets[range.start]..self.raw_offsets[range.end]
    }
}

/// A link written by a pass, recognised in later passes by where it starts and what it links to.
#[derive(Debug, Clone)]
struct Trusted {
    start: usize,
    path: String,
}

/// Changes to a text: replacements of byte ranges, and insertions (empty ranges).
#[derive(Default)]
struct Edits(Vec<Edit>);

struct Edit {
    range: Range<usize>,
    with: String,
    /// The path of the link this edit writes, to trust in the next pass.
    writes_link: Option<String>,
}

/// A text with edits applied.
struct Applied {
    text: String,
    /// Each applied edit: its range in the old text, and the offset of its replacement in the new.
    applied: Vec<(Range<usize>, usize, usize)>,
    trusted: Vec<Trusted>,
}

impl Edits {
    fn insert(&mut self, at: usize, with: &str) {
        self.replace(at..at, with);
    }

    /// A backslash before the punctuation character at `at`, so it reads as itself.
    fn escape(&mut self, at: usize) {
        self.insert(at, "\\");
    }

    fn replace(&mut self, range: Range<usize>, with: &str) {
        self.0.push(Edit { range, with: with.to_string(), writes_link: None });
    }

    fn write_link(&mut self, range: Range<usize>, with: String, path: String) {
        self.0.push(Edit { range, with, writes_link: Some(path) });
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Applies the edits in order of position; insertions at a position go before a replacement
    /// starting there. An edit that overlaps one already applied is dropped (as is a repeated
    /// insertion); the next pass sees whatever it was for, again.
    fn apply(mut self, text: &str) -> Applied {
        self.0.sort_by_key(|edit| (edit.range.start, edit.range.end));
        let growth: usize = self.0.iter().map(|edit| edit.with.len()).sum();
        let mut out = String::with_capacity(text.len() + growth);
        let mut applied = Vec::with_capacity(self.0.len());
        let mut trusted = Vec::new();
        let mut copied = 0;
        let mut last_insertion: Option<(usize, String)> = None;
        for edit in self.0 {
            let repeated = edit.range.is_empty()
                && last_insertion
                    .as_ref()
                    .is_some_and(|(at, with)| *at == edit.range.start && *with == edit.with);
            let fits = edit.range.start >= copied && !repeated;
            if !fits {
                continue;
            }
            out.push_str(&text[copied..edit.range.start]);
            let start = out.len();
            out.push_str(&edit.with);
            if let Some(path) = edit.writes_link {
                trusted.push(Trusted { start, path });
            }
            applied.push((edit.range.clone(), start, out.len()));
            copied = edit.range.end;
            last_insertion = edit.range.is_empty().then_some((edit.range.start, edit.with));
        }
        out.push_str(&text[copied..]);
        Applied { text: out, applied, trusted }
    }
}

impl Applied {
    /// Where the byte at `at` of the old text is now, unless an edit replaced it.
    fn moved(&self, at: usize) -> Option<usize> {
        let mut shift = 0isize;
        for (range, start, end) in &self.applied {
            if range.end <= at {
                shift += (end - start) as isize - range.len() as isize;
            } else if range.start < at || (range.start == at && !range.is_empty()) {
                return None;
            }
        }
        at.checked_add_signed(shift)
    }
}

/// The trusted links of the old text that survive `applied`, where they are now, with the links
/// `applied` wrote.
fn carry(trusted: &[Trusted], applied: &Applied) -> Vec<Trusted> {
    let mut carried: Vec<Trusted> = trusted
        .iter()
        .filter_map(|link| Some(Trusted { start: applied.moved(link.start)?, path: link.path.clone() }))
        .collect();
    carried.extend(applied.trusted.iter().cloned());
    carried
}

/// What the first pass asks for the target of each reference.
type Resolve<'r> = &'r mut dyn FnMut(&str) -> Option<Target>;

/// One parse of a text and the edits that neutralise what it finds.
struct Pass<'t, 'r> {
    text: &'t str,
    events: Vec<(Event<'t>, Range<usize>)>,
    trusted: &'t [Trusted],
    /// Present in the first pass only: later passes link nothing new.
    resolve: Option<Resolve<'r>>,
    edits: Edits,
    references: Vec<Reference>,
    resolved: Vec<(Range<usize>, Option<String>)>,
    containers: Vec<Container>,
    footnote_depth: usize,
    link_depth: usize,
}

/// What a pass found and made.
struct PassOutput {
    text: String,
    changed: bool,
    trusted: Vec<Trusted>,
    references: Vec<Reference>,
    /// Each reference's range and the link written for it, if any.
    resolved: Vec<(Range<usize>, Option<String>)>,
}

/// A block that continuation lines must be marked or indented for, as clippy counts them.
enum Container {
    Quote,
    /// A list item, with the indentation clippy expects of its continuation lines.
    Item(usize),
}

impl<'t, 'r> Pass<'t, 'r> {
    fn run(text: &'t str, trusted: &'t [Trusted], resolve: Option<Resolve<'r>>) -> PassOutput {
        // Like rustdoc, read every broken reference as a link to its label.
        let mut broken =
            |link: BrokenLink<'t>| -> Option<(CowStr<'t>, CowStr<'t>)> { Some((link.reference, "".into())) };
        let mut parser = Parser::new_with_broken_link_callback(text, RUSTDOC_OPTIONS, Some(&mut broken))
            .into_offset_iter();
        let events: Vec<_> = parser.by_ref().collect();
        let definitions: Vec<Range<usize>> =
            parser.reference_definitions().iter().map(|(_, definition)| definition.span.clone()).collect();
        let mut pass = Pass {
            text,
            events,
            trusted,
            resolve,
            edits: Edits::default(),
            references: Vec::new(),
            resolved: Vec::new(),
            containers: Vec::new(),
            footnote_depth: 0,
            link_depth: 0,
        };
        pass.walk();
        // Every use was made an inline link or escaped; a definition left behind would only be
        // shared with texts this one is joined to.
        for span in definitions {
            pass.edits.replace(span, "");
        }
        let changed = !pass.edits.is_empty();
        let applied = std::mem::take(&mut pass.edits).apply(text);
        let trusted = carry(trusted, &applied);
        PassOutput {
            text: applied.text,
            changed,
            trusted,
            references: pass.references,
            resolved: pass.resolved,
        }
    }

    fn walk(&mut self) {
        let mut index = 0;
        while index < self.events.len() {
            let range = self.events[index].1.clone();
            match &self.events[index].0 {
                Event::Start(Tag::Link { .. }) => {
                    self.link_depth += 1;
                    self.link(index);
                }
                Event::Start(Tag::Image { .. }) => self.link(index),
                Event::End(TagEnd::Link) => self.link_depth -= 1,
                Event::Start(Tag::BlockQuote(_)) => self.containers.push(Container::Quote),
                Event::Start(Tag::Item) => {
                    let indent = self.item_indent(index);
                    self.containers.push(Container::Item(indent));
                }
                Event::End(TagEnd::BlockQuote | TagEnd::Item) => {
                    self.containers.pop();
                }
                Event::Start(Tag::FootnoteDefinition(_)) => self.footnote_depth += 1,
                Event::End(TagEnd::FootnoteDefinition) => self.footnote_depth -= 1,
                Event::Start(Tag::CodeBlock(_)) => {
                    index = self.code_block(index);
                    continue;
                }
                Event::Start(Tag::HtmlBlock) => {
                    index = self.html_block(index);
                    continue;
                }
                Event::InlineHtml(html) => {
                    let html = html.clone();
                    self.inline_html(range, &html);
                }
                Event::Text(content) => {
                    let content = content.clone();
                    self.text_run(range, &content);
                }
                Event::SoftBreak | Event::HardBreak => self.line_break(index),
                _ => {}
            }
            index += 1;
        }
    }

    /// The index of the event that ends the one at `index`, or the last event.
    fn end_of(&self, index: usize) -> usize {
        let mut depth = 0usize;
        for (at, (event, _)) in self.events.iter().enumerate().skip(index) {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return at;
                    }
                }
                _ => {}
            }
        }
        self.events.len() - 1
    }

    fn link(&mut self, index: usize) {
        let range = self.events[index].1.clone();
        let (image, link_type, destination, title) = match &self.events[index].0 {
            Event::Start(Tag::Link { link_type, dest_url, title, .. }) => {
                (false, *link_type, dest_url.to_string(), title.to_string())
            }
            Event::Start(Tag::Image { link_type, dest_url, title, .. }) => {
                (true, *link_type, dest_url.to_string(), title.to_string())
            }
            _ => return,
        };
        let trusted =
            self.trusted.iter().any(|link| link.start == range.start && name_text(&destination) == link.path);
        if trusted || matches!(link_type, LinkType::Autolink | LinkType::Email) {
            return;
        }
        let shape = LinkShape::of(self, index, image, link_type);
        let broken = matches!(
            link_type,
            LinkType::ShortcutUnknown | LinkType::CollapsedUnknown | LinkType::ReferenceUnknown
        );
        if !broken && is_url(&destination) {
            if !matches!(link_type, LinkType::Inline) {
                self.make_inline(&shape, &destination, &title);
            }
            return;
        }
        let form = match link_type {
            LinkType::Shortcut | LinkType::Collapsed | LinkType::Reference => LinkForm::Defined,
            LinkType::ShortcutUnknown => LinkForm::Shortcut,
            LinkType::CollapsedUnknown => LinkForm::Collapsed,
            LinkType::ReferenceUnknown => LinkForm::Labelled,
            _ => LinkForm::Inline,
        };
        match name_of(&destination) {
            Some(name) if !image && self.resolve.is_some() => self.reference(&shape, name.to_string(), form),
            _ => self.escape_brackets(&shape),
        }
    }

    /// Links a reference to what `resolve` gives for its name, or escapes it.
    fn reference(&mut self, shape: &LinkShape, name: String, form: LinkForm) {
        let target =
            self.resolve.as_mut().and_then(|resolve| resolve(&name)).filter(|target| is_path(&target.path));
        let author_text = match form {
            LinkForm::Shortcut | LinkForm::Collapsed => None,
            _ => Some(&self.text[shape.open + 1..shape.close]),
        };
        // `[path]` followed by `(`, `[` or `:` would read as another kind of link, `[path][]` not.
        let collapsed = self.text[shape.whole.end..].starts_with(['(', '[', ':']);
        let markup = target.map(|target| {
            let markup = link_markup(&target, author_text, collapsed);
            self.edits.write_link(shape.whole.clone(), markup.clone(), target.path);
            markup
        });
        if markup.is_none() {
            self.escape_brackets(shape);
        }
        self.resolved.push((shape.whole.clone(), markup));
        self.references.push(Reference { range: shape.whole.clone(), name, form });
    }

    fn escape_brackets(&mut self, shape: &LinkShape) {
        self.edits.escape(shape.open);
        self.edits.escape(shape.close);
        if let Some(label) = &shape.label {
            self.edits.escape(label.start);
            self.edits.escape(label.end - 1);
        }
    }

    /// Writes a reference-style link to a URL as an inline link.
    fn make_inline(&mut self, shape: &LinkShape, destination: &str, title: &str) {
        let inline = format!("({})", inline_destination(destination, title));
        match &shape.label {
            Some(label) => self.edits.replace(label.clone(), &inline),
            None => self.edits.insert(shape.close + 1, &inline),
        }
    }

    /// The indentation clippy expects of an item's continuation lines: from the item's start to
    /// its first content (`doc_lazy_continuation`).
    fn item_indent(&self, index: usize) -> usize {
        let start = self.events[index].1.start;
        match self.events.get(index + 1) {
            Some((Event::End(TagEnd::Item), next)) => next.end.saturating_sub(start),
            Some((_, next)) => {
                let mut content = next.start;
                if content > 0 && self.text.as_bytes()[content - 1] == b'\\' {
                    content -= 1;
                }
                content.saturating_sub(start)
            }
            None => 0,
        }
    }

    /// A line break inside a list item or quote: the next line gets exactly the indentation and
    /// `>` markers clippy expects, which keeps it in the same paragraph. A trailing-space break
    /// becomes a backslash, which survives the trimming of line ends.
    fn line_break(&mut self, index: usize) {
        let range = self.events[index].1.clone();
        let break_text = &self.text[range.clone()];
        if matches!(self.events[index].0, Event::HardBreak)
            && break_text.starts_with(' ')
            && break_text.ends_with('\n')
        {
            self.edits.replace(range.start..range.end - 1, "\\");
        }
        if self.containers.is_empty() || self.footnote_depth > 0 {
            return;
        }
        let Some((next_event, next)) = self.events.get(index + 1) else { return };
        if matches!(next_event, Event::End(_)) || next.start < range.end {
            return;
        }
        let gap = &self.text[range.end..next.start];
        let quotes = self.containers.iter().filter(|container| matches!(container, Container::Quote)).count();
        let markers = gap.matches('>').count();
        let expected: usize = self
            .containers
            .iter()
            .map(|container| match container {
                Container::Item(indent) => *indent,
                Container::Quote => 0,
            })
            .sum();
        let misplaced =
            if quotes > 0 { markers < quotes } else { markers == 0 && gap.matches(' ').count() != expected };
        if !misplaced {
            return;
        }
        let lead = gap.len() - gap.trim_start_matches([' ', '>']).len();
        let prefix: String = self
            .containers
            .iter()
            .map(|container| match container {
                Container::Quote => "> ".to_string(),
                Container::Item(indent) => " ".repeat(*indent),
            })
            .collect();
        self.edits.replace(range.end..range.end + lead, &prefix);
        // A lazy line inside its container could read as a heading underline or a table row.
        let line_end = self.text[next.start..].find('\n').map_or(self.text.len(), |end| next.start + end);
        let rest = self.text[next.start..line_end].trim_end();
        let underline = !rest.is_empty()
            && (rest.chars().all(|c| c == '=')
                || rest.chars().all(|c| c == '-')
                || (rest.contains('-') && rest.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))));
        if underline {
            self.edits.escape(next.start);
        }
    }

    /// Code blocks are doctests unless marked as another language: every block gets a language
    /// rustdoc does not test, indented blocks are fenced, and a fence the text leaves open is
    /// closed, so that it does not swallow what follows when texts are joined.
    fn code_block(&mut self, index: usize) -> usize {
        let end = self.end_of(index);
        let range = self.events[index].1.clone();
        let contents: Vec<Range<usize>> = self.events[index + 1..end]
            .iter()
            .filter(|(event, _)| matches!(event, Event::Text(_)))
            .map(|(_, range)| range.clone())
            .collect();
        match &self.events[index].0 {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => self.fenced(range, &contents),
            _ => self.indented(&contents),
        }
        end + 1
    }

    fn fenced(&mut self, range: Range<usize>, contents: &[Range<usize>]) {
        let text = self.text;
        let open_end = text[range.start..].find('\n').map_or(text.len(), |end| range.start + end);
        let fence_char = text[range.start..].chars().next().unwrap_or('`');
        let fence_len = text[range.start..open_end].len()
            - text[range.start..open_end].trim_start_matches(fence_char).len();
        let info_start = range.start + fence_len;
        let info_end = info_start + text[info_start..open_end].trim_end().len();
        let info = &text[info_start..info_end];
        let language = safe_language(info);
        if info != language {
            self.edits.replace(info_start..info_end, language);
        }
        let body_end = contents.last().map_or((open_end + 1).min(range.end), |content| content.end);
        let closing =
            text.get(body_end..range.end).unwrap_or("").trim_start_matches([' ', '>', '\n']).trim_end();
        let closed = closing.len() >= fence_len && closing.chars().all(|c| c == fence_char);
        if !closed && text[range.end..].trim().is_empty() {
            let prefix = continuation_prefix(text, range.start);
            let fence = fence_char.to_string().repeat(fence_len);
            let newline = if text[..range.end].ends_with('\n') { "" } else { "\n" };
            self.edits.insert(range.end, &format!("{newline}{prefix}{fence}"));
        }
    }

    fn indented(&mut self, contents: &[Range<usize>]) {
        let text = self.text;
        let (Some(first), Some(last)) = (contents.first(), contents.last()) else { return };
        let indentation = |content: &Range<usize>| {
            let start = content.start.checked_sub(4)?;
            (text.get(start..content.start)? == "    ").then_some(start..content.start)
        };
        let Some(opening) = indentation(first) else { return };
        let body: String = contents.iter().map(|content| &text[content.clone()]).collect();
        let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest.max(2) + 1);
        let prefix = continuation_prefix(text, opening.start);
        self.edits.replace(opening, &format!("{fence}text\n{prefix}"));
        for content in &contents[1..] {
            let line_start = text[..content.start].rfind('\n').map_or(0, |at| at + 1);
            if let Some(indent) = indentation(content).filter(|indent| indent.start >= line_start) {
                self.edits.replace(indent, "");
            }
        }
        let closing = match text[..last.end].ends_with('\n') {
            true => format!("{prefix}{fence}\n"),
            false => format!("\n{prefix}{fence}"),
        };
        self.edits.insert(last.end, &closing);
    }

    /// Raw HTML becomes text: comments are dropped, anything else is escaped so it reads as
    /// written. Its lines lose their indentation, which would make code of them as text.
    fn html_block(&mut self, index: usize) -> usize {
        let end = self.end_of(index);
        let lines: Vec<Range<usize>> = self.events[index + 1..end]
            .iter()
            .filter(|(event, _)| matches!(event, Event::Html(_)))
            .map(|(_, range)| range.clone())
            .collect();
        let html: String = lines.iter().map(|line| &self.text[line.clone()]).collect();
        let comment = is_comment(html.trim());
        for line in lines {
            let content = &self.text[line.clone()];
            let content_end = line.start + content.trim_end_matches('\n').len();
            if comment {
                self.edits.replace(line.start..content_end, "");
                continue;
            }
            let indent = content.len() - content.trim_start_matches(' ').len();
            if indent > 0 {
                self.edits.replace(line.start..line.start + indent, "");
            }
            self.escape_punctuation(line.start + indent..content_end);
        }
        end + 1
    }

    fn inline_html(&mut self, range: Range<usize>, html: &str) {
        if is_comment(html) {
            self.edits.replace(range, "");
            return;
        }
        // On lines after the first, the source holds the container markers the content lacks.
        let source = &self.text[range.clone()];
        let mut line_start = range.start;
        for (number, (source_line, content_line)) in source.split('\n').zip(html.split('\n')).enumerate() {
            let line_end = line_start + source_line.len();
            let content_start = match number {
                0 => Some(line_start),
                _ => source_line.ends_with(content_line).then(|| line_end - content_line.len()),
            };
            if let Some(content_start) = content_start {
                self.escape_punctuation(content_start..line_end);
            }
            line_start = line_end + 1;
        }
    }

    fn escape_punctuation(&mut self, range: Range<usize>) {
        for (at, c) in self.text[range.clone()].char_indices() {
            if c.is_ascii_punctuation() {
                self.edits.escape(range.start + at);
            }
        }
    }

    /// Text outside code: footnote look-alikes (clippy `doc_suspicious_footnotes`) are escaped, and
    /// bare URLs outside links (rustdoc `bare_urls`) become autolinks.
    fn text_run(&mut self, range: Range<usize>, content: &str) {
        let bytes = self.text.as_bytes();
        // Like clippy, look past the event: pulldown gives `[` of `[^1]` an event of its own.
        for (at, _) in self.text[range.clone()].match_indices('[') {
            let open = range.start + at;
            if bytes.get(open + 1) != Some(&b'^') {
                continue;
            }
            let digits = bytes[open + 2..].iter().take_while(|byte| byte.is_ascii_digit()).count();
            let close = open + 2 + digits;
            let looks_like_footnote = (1..64).contains(&digits)
                && bytes.get(close) == Some(&b']')
                && bytes.get(close + 1) != Some(&b':')
                && (open == 0 || bytes[open - 1] != b'\\');
            if looks_like_footnote {
                self.edits.escape(open);
            }
        }
        if self.link_depth > 0 {
            return;
        }
        let urls = bare_urls(content);
        if urls.is_empty() {
            return;
        }
        let source = &self.text[range.clone()];
        // A URL that runs on into the next event (an entity, a typographic quote) cannot be
        // wrapped whole; neither can one whose text differs from its source. Escaping its `:`
        // hides it from rustdoc instead, and renders the same.
        let runs_on = self.text[range.end..].starts_with(|c: char| !c.is_whitespace());
        if source != content {
            for (at, _) in source.match_indices("://") {
                if source[..at].ends_with("http") || source[..at].ends_with("https") {
                    self.edits.escape(range.start + at);
                }
            }
            return;
        }
        for url in urls {
            if runs_on && url.end == content.len() {
                self.edits.escape(range.start + url.start + content[url.start..].find(':').unwrap_or(0));
            } else {
                self.edits.insert(range.start + url.start, "<");
                self.edits.insert(range.start + url.end, ">");
            }
        }
    }
}

/// Where the parts of a link are in the text.
struct LinkShape {
    /// The whole link, `[]` of a collapsed link included.
    whole: Range<usize>,
    /// The `[` that opens the link text.
    open: usize,
    /// The `]` that closes the link text.
    close: usize,
    /// `[label]` of a reference link, or `[]` of a collapsed one.
    label: Option<Range<usize>>,
}

impl LinkShape {
    fn of(pass: &Pass<'_, '_>, index: usize, image: bool, link_type: LinkType) -> Self {
        let range = pass.events[index].1.clone();
        let text = pass.text;
        let open = range.start + usize::from(image);
        let (close, label) = match link_type {
            LinkType::Shortcut | LinkType::ShortcutUnknown => (range.end - 1, None),
            LinkType::Collapsed | LinkType::CollapsedUnknown => {
                let close = if text[..range.end].ends_with("[]") { range.end - 3 } else { range.end - 1 };
                let label = text[close + 1..].starts_with("[]").then(|| close + 1..close + 3);
                (close, label)
            }
            _ => {
                let end = pass.end_of(index);
                let inner_end =
                    pass.events[index + 1..end].iter().map(|(_, inner)| inner.end).max().unwrap_or(open + 1);
                let close = text[inner_end.max(open + 1)..range.end]
                    .find(']')
                    .map_or(range.end - 1, |at| inner_end.max(open + 1) + at);
                let label = (!matches!(link_type, LinkType::Inline) && text[close + 1..].starts_with('['))
                    .then(|| close + 1..range.end);
                (close, label)
            }
        };
        let whole_end = label.as_ref().map_or(range.end, |label| label.end.max(range.end));
        LinkShape { whole: range.start..whole_end, open, close, label }
    }
}

/// The link written for a reference: the author's link text, or the target's text as code, and
/// the path, unless the text is the path (rustdoc warns on that as redundant). A link that is only
/// its text is written collapsed, `[text][]`, when `collapsed`.
fn link_markup(target: &Target, author_text: Option<&str>, collapsed: bool) -> String {
    let path = &target.path;
    let text = match author_text {
        Some(text) => text.to_string(),
        None => code_span(&target.text),
    };
    match () {
        _ if name_text(text.trim()) != *path => format!("[{text}]({path})"),
        _ if collapsed => format!("[{text}][]"),
        _ => format!("[{text}]"),
    }
}

/// `text` without one pair of surrounding backticks.
fn name_text(text: &str) -> &str {
    text.strip_prefix('`').and_then(|inner| inner.strip_suffix('`')).map_or(text, str::trim)
}

/// The name a link target refers to: an identifier, possibly in backticks or followed by `()`.
fn name_of(target: &str) -> Option<&str> {
    let target = name_text(target.trim());
    let target = target.strip_suffix("()").unwrap_or(target);
    crate::spec::is_identifier(target).then_some(target)
}

/// Whether `path` is identifiers joined by `::`.
fn is_path(path: &str) -> bool {
    path.split("::").all(crate::spec::is_identifier)
}

/// Whether rustdoc leaves a link destination alone rather than resolving it as an item path
/// (rustdoc's `preprocess_link`): it has a `/`, is only an `#anchor`, or has a character no path
/// has. One `#` at most, as rustdoc rejects more.
fn is_url(destination: &str) -> bool {
    if destination.contains('/') {
        return true;
    }
    let destination = destination.replace('`', "");
    let mut parts = destination.split('#');
    let path = parts.next().unwrap_or("").trim();
    if path.is_empty() {
        return true;
    }
    parts.count() <= 1 && path.chars().any(|c| !(c.is_alphanumeric() || ":_<>, !*&;@()".contains(c)))
}

/// An inline link destination and title, written so they parse back as given.
fn inline_destination(destination: &str, title: &str) -> String {
    let plain = !destination.is_empty()
        && !destination.contains(|c: char| c.is_whitespace() || c.is_control() || "<>()\\".contains(c));
    let mut out = match plain {
        true => destination.to_string(),
        false => format!("<{}>", escape_chars(destination, "<>\\").replace('\n', " ")),
    };
    if !title.is_empty() {
        out.push_str(&format!(" \"{}\"", escape_chars(title, "\"\\").replace('\n', " ")));
    }
    out
}

fn escape_chars(text: &str, special: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if special.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The language a code block is marked with: its own when it is a known language that is not
/// Rust, otherwise `text`.
fn safe_language(info: &str) -> &'static str {
    let first = info.split([' ', ',', '{']).next().unwrap_or("").to_ascii_lowercase();
    LANGUAGES.iter().find(|language| **language == first).copied().unwrap_or("text")
}

/// What starts the lines inside the block that starts at `at`: the line's quote markers and the
/// indentation of its list items, with list markers blanked.
fn continuation_prefix(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    text[line_start..at].chars().map(|c| if c == '>' { '>' } else { ' ' }).collect()
}

fn is_comment(html: &str) -> bool {
    html.len() >= 7 && html.starts_with("<!--") && html[4..].find("-->") == Some(html.len() - 7)
}

/// The byte ranges of bare URLs in `text` as rustdoc's `bare_urls` finds them (`http://` or
/// `https://`, a dotted host ending in letters, then URL characters), less the punctuation that
/// ends a sentence.
fn bare_urls(text: &str) -> Vec<Range<usize>> {
    let is_host = |c: char| c.is_ascii_alphanumeric() || "-@:%._+~#=".contains(c);
    let is_url = |c: char| c.is_ascii_alphanumeric() || "-@:%_+.~#?&/=".contains(c);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("http").map(|at| from + at) {
        let rest = &text[at + 4..];
        let after_scheme = match () {
            _ if rest.starts_with("s://") => at + 8,
            _ if rest.starts_with("://") => at + 7,
            _ => {
                from = at + 4;
                continue;
            }
        };
        let host_len = text[after_scheme..].find(|c: char| !is_host(c)).unwrap_or(text.len() - after_scheme);
        let host = &text[after_scheme..after_scheme + host_len];
        let dotted = host.char_indices().any(|(dot, c)| {
            c == '.' && dot >= 2 && host[dot + 1..].chars().take_while(char::is_ascii_alphabetic).count() >= 2
        });
        let url_len = text[after_scheme..].find(|c: char| !is_url(c)).unwrap_or(text.len() - after_scheme);
        let end =
            after_scheme + text[after_scheme..after_scheme + url_len].trim_end_matches(['.', ':', '?']).len();
        if dotted {
            found.push(at..end);
            from = end.max(after_scheme);
        } else {
            from = at + 4;
        }
    }
    found
}

/// The edits that give a text the layout the emitted comment keeps: no whitespace at its start,
/// at line ends, or at its end. `None` when it has it already.
fn layout(text: &str) -> Option<Edits> {
    let mut edits = Edits::default();
    let body_start = text.len() - text.trim_start().len();
    let body_end = text.trim_end().len();
    if body_start > 0 {
        edits.replace(0..body_start, "");
    }
    let mut line_start = body_start;
    for line in text[body_start..body_end.max(body_start)].split('\n') {
        let trimmed = line.trim_end().len();
        if trimmed < line.len() {
            edits.replace(line_start + trimmed..line_start + line.len(), "");
        }
        line_start += line.len() + 1;
    }
    if body_end < text.len() && body_end >= body_start {
        edits.replace(body_end..text.len(), "");
    }
    (!edits.is_empty()).then_some(edits)
}

/// The text as plain paragraphs, with the links the first pass wrote: for a text that does not
/// settle. Every line is escaped to read as written, without its indentation.
fn fallback(text: &str, resolved: &[(Range<usize>, Option<String>)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut line_start = 0;
    for line in text.split('\n') {
        if line_start > 0 {
            out.push('\n');
        }
        let content = line.trim_start();
        let content_start = line_start + line.len() - content.len();
        let links: Vec<(Range<usize>, &str)> = resolved
            .iter()
            .filter(|(range, _)| range.start >= content_start && range.end <= line_start + line.len())
            .map(|(range, markup)| {
                let local = range.start - content_start..range.end - content_start;
                let markup = markup.as_deref().unwrap_or("");
                (local, markup)
            })
            .collect();
        push_plain_line(&mut out, content.trim_end(), &links);
        line_start += line.len() + 1;
    }
    match layout(&out) {
        Some(edits) => edits.apply(&out).text,
        None => out,
    }
}

/// Pushes one line of text, escaped to read as written, with each of `links` (byte range in the
/// line, and the link to write there, or empty for the escaped source) in place.
fn push_plain_line(out: &mut String, line: &str, links: &[(Range<usize>, &str)]) {
    let urls = bare_urls(line);
    let mut at = 0;
    let mut line_start = true;
    while at < line.len() {
        if let Some((range, markup)) =
            links.iter().find(|(range, markup)| range.start == at && !markup.is_empty())
        {
            out.push_str(markup);
            at = range.end;
            line_start = false;
            continue;
        }
        if let Some(url) = urls.iter().find(|url| url.start == at) {
            out.push('<');
            out.push_str(&line[url.clone()]);
            out.push('>');
            at = url.end;
            line_start = false;
            continue;
        }
        let Some(c) = line[at..].chars().next() else { break };
        let before = line[..at].chars().next_back();
        let after = line[at + c.len_utf8()..].chars().next();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '&' | '|' | '~' => true,
            '_' => !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)),
            '#' | '>' | '-' | '+' | '=' => line_start,
            '.' | ')' => line[..at].chars().all(|c| c.is_ascii_digit()) && at > 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        at += c.len_utf8();
        line_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|mention| mention.name).collect()
    }

    #[test]
    fn finds_shortcut_mentions_only() {
        assert_eq!(names("Call [listProviders] then [Connection]."), ["listProviders", "Connection"]);
        assert_eq!(names("See [the docs](https://example.com) and `[notALink]`."), Vec::<String>::new());
        assert_eq!(names("[x]: https://example.com\n\nUse [x]."), Vec::<String>::new());
        assert_eq!(names("Tick [ ] and [two words]."), Vec::<String>::new());
        assert_eq!(names("```\n[inCode]\n```\n"), Vec::<String>::new());
    }

    #[test]
    fn rewrites_each_mention_in_place() {
        let text = "Call [listProviders], then [getConnection].";
        let rewritten = rewrite_mentions(text, |name| format!("<{name}>"));
        assert_eq!(rewritten, "Call <listProviders>, then <getConnection>.");
    }
}
