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

/// The references to names in `text`, in order: exactly the names [`to_rustdoc`] asks its
/// `resolve` for. Brackets in code, links to URLs and bracketed text that is not a name
/// (`[see below]`, `[a.b]`, `[x::y]`) are not references. `text` is read as [`to_rustdoc`] reads
/// it, and each range is of the given `text`, to find the link in the spec's source.
pub fn references(text: &str) -> Vec<Reference> {
    let cleaned = Cleaned::new(text);
    let mut unresolved = |_: &str| None;
    let first = Pass::run(&cleaned.text, &[], Some(&mut unresolved));
    first
        .references
        .into_iter()
        .map(|reference| Reference { range: cleaned.raw_range(text, &reference.range), ..reference })
        .collect()
}

/// `text` as rustdoc Markdown that `rustdoc -D warnings` and `clippy -D warnings` accept, meaning
/// what it meant as rendered.
///
/// Each of [`references`]`(text)` becomes an intra-doc link to what `resolve` gives for its name,
/// keeping link text the author wrote; `resolve` is called once per reference, in order, and
/// `None` (or a [`Target::path`] that is not a path) leaves the reference as text. Everything else
/// rustdoc would resolve as an intra-doc link is escaped (`\[see below\]`). Beyond that:
/// reference-style links to URLs become inline links, and their definitions go; raw HTML is
/// escaped to read as written, and HTML comments are dropped; bare URLs rustdoc flags become
/// autolinks; every code block is fenced, closed and marked with a language rustdoc does not test
/// (`text`, unless it names a known language), so none is a doctest; list and quote continuation
/// lines get the indentation and `>` markers clippy expects; footnote look-alikes (`[^1]` with no
/// note) are escaped; trailing-space line breaks become `\`; control characters, the codepoints
/// that reorder text, carriage returns and tabs are gone. Ordinary Markdown comes through byte for
/// byte.
///
/// The result has no whitespace at its start, its end or any line end: write each line as
/// `/// {line}` (`///` when empty), without trimming or re-indenting it. It is empty when `text`
/// shows nothing (only whitespace, control characters or HTML comments). Results joined with a
/// blank line keep their meaning: no code block, HTML or link label reaches from one into the
/// next (a list ending one and a list starting the next do merge into one list).
pub fn to_rustdoc(text: &str, mut resolve: impl FnMut(&str) -> Option<Target>) -> String {
    let cleaned = Cleaned::new(text);
    let first = Pass::run(&cleaned.text, &[], Some(&mut resolve));
    settle(first.text, first.trusted).unwrap_or_else(|| fallback(&cleaned.text, &first.resolved))
}

/// Whether `text` shows nothing once in rustdoc: only whitespace, control characters or HTML
/// comments. Such a text documents nothing.
pub fn shows_nothing(text: &str) -> bool {
    // Only an HTML comment can hide visible characters, so the conversion runs only for those.
    match text.chars().all(|c| c.is_whitespace() || c.is_control() || is_forbidden(c)) {
        true => true,
        false => text.contains("<!--") && to_rustdoc(text, |_| None).is_empty(),
    }
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
/// dropped, and every character Markdown or HTML would read as syntax, or rustdoc would make
/// typographic (quotes, `--`, `...`), is escaped, so the result can stand anywhere in a line, the
/// start included. Bare URLs rustdoc flags become autolinks.
pub fn plain(text: &str) -> String {
    let words: Vec<String> =
        text.split_whitespace().map(|word| word.chars().filter(|&c| !is_forbidden(c)).collect()).collect();
    let line = words.iter().filter(|word| !word.is_empty()).map(String::as_str).collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len() + 8);
    push_plain_line(&mut out, &line, &[]);
    out
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
const LANGUAGES: &str = "bash c console cpp csharp css csv diff go graphql html http ini java javascript js json \
                         jsonc kotlin markdown md php plaintext powershell proto protobuf python py ruby sh shell \
                         sql swift text toml ts typescript txt xml yaml yml zsh";

/// Characters a doc comment must not hold: control characters other than tab and line feed, and
/// the codepoints that change the direction of text, which rustc denies in comments.
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text as rustdoc will read it, and where its bytes came from.
struct Cleaned {
    text: String,
    /// Bytes of the raw text before the first byte of `text`.
    skipped: usize,
    /// Where the untrimmed cleaned text and the raw text part ways: the offset in each of the start
    /// of every stretch copied unchanged, in order.
    stretches: Vec<(usize, usize)>,
}

impl Cleaned {
    /// Line ends become `\n`; forbidden characters go; tabs become spaces to the next multiple of
    /// four columns (the tab stops Markdown reads them with; clippy warns on tabs). The text starts
    /// at its first line that is not blank, without that line's indentation unless the indentation
    /// makes it code: rustdoc strips the indentation common to all lines, and the emitted comment
    /// would lose it anyway.
    fn new(raw: &str) -> Self {
        let mut text = String::with_capacity(raw.len());
        let mut stretches = vec![(0, 0)];
        let mut column = 0;
        let mut chars = raw.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let c = match c {
                '\r' if chars.peek().is_some_and(|&(_, next)| next == '\n') => continue,
                '\r' => '\n',
                c if is_forbidden(c) => continue,
                c => c,
            };
            let (cleaned_start, raw_start) = stretches[stretches.len() - 1];
            if at - raw_start != text.len() - cleaned_start {
                stretches.push((text.len(), at));
            }
            if c == '\t' {
                let spaces = 4 - column % 4;
                text.extend(std::iter::repeat_n(' ', spaces));
                stretches.push((text.len(), at + 1));
                column += spaces;
                continue;
            }
            text.push(c);
            column = if c == '\n' { 0 } else { column + 1 };
        }
        let first_line = text
            .split_inclusive('\n')
            .scan(0, |start, line| {
                let line_start = *start;
                *start += line.len();
                Some((line_start, line))
            })
            .find(|(_, line)| !line.trim_start_matches(' ').trim_end_matches('\n').is_empty());
        let skipped = match first_line {
            Some((line_start, line)) => {
                let indent = line.len() - line.trim_start_matches(' ').len();
                if indent < 4 { line_start + indent } else { line_start }
            }
            None => text.len(),
        };
        Cleaned { text: text[skipped..].to_string(), skipped, stretches }
    }

    /// The offset in the raw text of the byte at `at` of the cleaned text.
    fn raw_offset(&self, at: usize) -> usize {
        let at = at + self.skipped;
        let stretch = self.stretches.partition_point(|&(cleaned, _)| cleaned <= at).saturating_sub(1);
        let (cleaned_start, raw_start) = self.stretches[stretch];
        raw_start + (at - cleaned_start)
    }

    /// The bytes of `raw` (the text this was made from) that `range` of the cleaned text came from.
    fn raw_range(&self, raw: &str, range: &Range<usize>) -> Range<usize> {
        let start = self.raw_offset(range.start);
        // Through the last character, not up to the next: a `\r` dropped before it is not in range.
        let end = match range.end.checked_sub(1) {
            Some(last) if last >= range.start => {
                let at = self.raw_offset(last);
                at + raw.get(at..).and_then(|rest| rest.chars().next()).map_or(0, char::len_utf8)
            }
            _ => start,
        };
        start..end
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
    resolved: Vec<(Range<usize>, Option<Target>)>,
    containers: Vec<Container>,
    link_depth: usize,
}

/// What a pass found and made.
struct PassOutput {
    text: String,
    changed: bool,
    trusted: Vec<Trusted>,
    references: Vec<Reference>,
    /// Each reference's range and what it was linked to, if anything.
    resolved: Vec<(Range<usize>, Option<Target>)>,
}

/// A block whose lines are marked or indented.
struct Container {
    kind: ContainerKind,
    /// What starts a line inside the container: quote markers and indentation.
    prefix: String,
    /// For an item, the indentation clippy expects of its continuation lines: from the item's
    /// start to its first content (`doc_lazy_continuation`).
    indent: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ContainerKind {
    Quote,
    Item,
    Footnote,
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
                Event::Start(Tag::BlockQuote(_) | Tag::Item | Tag::FootnoteDefinition(_)) => {
                    let kind = match &self.events[index].0 {
                        Event::Start(Tag::BlockQuote(_)) => ContainerKind::Quote,
                        Event::Start(Tag::Item) => ContainerKind::Item,
                        _ => ContainerKind::Footnote,
                    };
                    let indent = match kind {
                        ContainerKind::Item => self.first_content(index).saturating_sub(range.start),
                        _ => 0,
                    };
                    let prefix = self.container_prefix(kind, range.start);
                    self.containers.push(Container { kind, prefix, indent });
                }
                Event::End(TagEnd::BlockQuote | TagEnd::Item | TagEnd::FootnoteDefinition) => {
                    self.containers.pop();
                }
                Event::Start(Tag::CodeBlock(_)) => {
                    index = self.code_block(index);
                    continue;
                }
                Event::Start(Tag::HtmlBlock) => {
                    index = self.html_block(index);
                    continue;
                }
                // pulldown-cmark 0.11 gives inline HTML that spans lines as `Html`.
                Event::InlineHtml(html) | Event::Html(html) => {
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
            _ => Some(self.text.get(shape.open + 1..shape.close).unwrap_or("")),
        };
        // `[path]` followed by `(`, `[` or `:` would read as another kind of link, `[path][]` not.
        let collapsed = self.text[shape.whole.end..].starts_with(['(', '[', ':']);
        match &target {
            Some(target) => {
                let markup = link_markup(target, author_text, collapsed);
                self.edits.write_link(shape.whole.clone(), markup, target.path.clone());
            }
            None => self.escape_brackets(shape),
        }
        self.resolved.push((shape.whole.clone(), target));
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

    /// Where the content of the item starting at `index` starts, as clippy finds it: at its first
    /// event (or the backslash escaping it), or its end when it is empty.
    fn first_content(&self, index: usize) -> usize {
        match self.events.get(index + 1) {
            Some((Event::End(_), next)) => next.end,
            Some((_, next)) if next.start > 0 && self.text.as_bytes()[next.start - 1] == b'\\' => {
                next.start - 1
            }
            Some((_, next)) => next.start,
            None => self.text.len(),
        }
    }

    /// What starts a line inside the innermost container. A fence there closes a block inside the
    /// container wherever the block was opened.
    fn block_prefix(&self) -> String {
        self.containers.last().map_or_else(String::new, |container| container.prefix.clone())
    }

    /// What starts a line inside a container that starts at `start`: what precedes it on its line,
    /// list markers blanked, then its own marker or indentation. An item's content is as far past
    /// its marker as the spaces after it, one to four (one when more, or none).
    fn container_prefix(&self, kind: ContainerKind, start: usize) -> String {
        let line_start = self.text[..start].rfind('\n').map_or(0, |newline| newline + 1);
        let outer: String =
            self.text[line_start..start].chars().map(|c| if c == '>' { '>' } else { ' ' }).collect();
        let line = self.text[start..].split('\n').next().unwrap_or("");
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        let own = match kind {
            ContainerKind::Quote => format!("{}> ", " ".repeat(indent)),
            ContainerKind::Footnote => "    ".to_string(),
            ContainerKind::Item => {
                let digits = body.bytes().take_while(u8::is_ascii_digit).count();
                let marker = (digits + 1).min(body.len());
                let after = body.get(marker..).unwrap_or("");
                let spaces = after.len() - after.trim_start_matches(' ').len();
                let width = if spaces == after.len() || spaces > 4 { marker + 1 } else { marker + spaces };
                " ".repeat(indent + width)
            }
        };
        outer + &own
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
        // Like clippy, leave footnotes alone.
        let footnote = self.containers.iter().any(|container| container.kind == ContainerKind::Footnote);
        if self.containers.is_empty() || footnote {
            return;
        }
        let Some((next_event, next)) = self.events.get(index + 1) else { return };
        if matches!(next_event, Event::End(_)) || next.start < range.end {
            return;
        }
        let gap = &self.text[range.end..next.start];
        let quotes =
            self.containers.iter().filter(|container| container.kind == ContainerKind::Quote).count();
        let markers = gap.matches('>').count();
        let indent: usize = self.containers.iter().map(|container| container.indent).sum();
        // Clippy wants as many `>` as there are quotes, or else exactly its count of spaces.
        let prefix = match (quotes, markers) {
            (0, 0) if gap.matches(' ').count() != indent => " ".repeat(indent),
            (quotes, markers) if markers < quotes => {
                // Clippy's count of spaces before a `>` could make it text.
                self.block_prefix()
            }
            _ => return,
        };
        let lead = gap.len() - gap.trim_start_matches([' ', '>']).len();
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
            let prefix = self.block_prefix();
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
        let prefix = self.block_prefix();
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

/// The name a link target refers to: an identifier, or a shared type's `api.Type`, possibly in
/// backticks or followed by `()`.
fn name_of(target: &str) -> Option<&str> {
    let target = name_text(target.trim());
    let target = target.strip_suffix("()").unwrap_or(target);
    (crate::spec::is_identifier(target) || crate::spec::qualified(target).is_some()).then_some(target)
}

/// Whether `path` is identifiers joined by `::`, after an optional kind (`struct@`, `enum@`), which
/// tells rustdoc which of two items of one name is meant.
fn is_path(path: &str) -> bool {
    let path = match path.split_once('@') {
        Some((kind, path)) if ["struct", "enum", "fn", "method", "mod", "type"].contains(&kind) => path,
        _ => path,
    };
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

/// An inline link destination and title, written so they parse back as given. They come decoded
/// (`&#x202E;` is the character), so characters a comment cannot hold are percent-encoded in the
/// destination and dropped from the title.
fn inline_destination(destination: &str, title: &str) -> String {
    let mut encoded = String::with_capacity(destination.len());
    for c in destination.chars() {
        if is_forbidden(c) || c.is_control() {
            let mut utf8 = [0; 4];
            encoded.extend(c.encode_utf8(&mut utf8).bytes().map(|byte| format!("%{byte:02X}")));
        } else {
            encoded.push(c);
        }
    }
    let plain = !encoded.is_empty() && !encoded.contains(|c: char| c.is_whitespace() || "<>()\\".contains(c));
    let mut out = match plain {
        true => encoded,
        false => format!("<{}>", escape_chars(&encoded, "<>\\")),
    };
    let title: String = title
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !is_forbidden(c))
        .collect();
    if !title.is_empty() {
        out.push_str(&format!(" \"{}\"", escape_chars(&title, "\"\\")));
    }
    out
}

/// `text` with a backslash before each character of `special`.
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
    let first = info.trim_start().split([' ', ',', '{']).next().unwrap_or("").to_ascii_lowercase();
    LANGUAGES.split_whitespace().find(|language| *language == first).unwrap_or("text")
}

/// Whether `html` is one whole HTML comment, which renders as nothing.
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

/// The text as plain paragraphs, with the references the first pass linked (as bare mentions, the
/// author's link text being Markdown): for a text that does not settle. Every line is escaped to
/// read as written, without its indentation.
fn fallback(text: &str, resolved: &[(Range<usize>, Option<Target>)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut line_start = 0;
    for line in text.split('\n') {
        if line_start > 0 {
            out.push('\n');
        }
        let content = line.trim_start();
        let content_start = line_start + line.len() - content.len();
        let links: Vec<(Range<usize>, String)> = resolved
            .iter()
            .filter(|(range, _)| range.start >= content_start && range.end <= line_start + line.len())
            .filter_map(|(range, target)| {
                let local = range.start - content_start..range.end - content_start;
                Some((local, link_markup(target.as_ref()?, None, true)))
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
/// line, and the link to write there) in place.
fn push_plain_line(out: &mut String, line: &str, links: &[(Range<usize>, String)]) {
    let urls = bare_urls(line);
    let mut at = 0;
    let mut line_start = true;
    while at < line.len() {
        if let Some((range, markup)) = links.iter().find(|(range, _)| range.start == at) {
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
            // Before a link, `!` would make an image of it.
            '!' => after == Some('['),
            // Quotes, `--` and `...` would render as typographic punctuation.
            '"' | '\'' => true,
            '-' => line_start || after == Some('-'),
            '.' => after == Some('.') || (at > 0 && line[..at].chars().all(|c| c.is_ascii_digit())),
            '#' | '>' | '+' | '=' => line_start,
            ')' => at > 0 && line[..at].chars().all(|c| c.is_ascii_digit()),
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
    use proptest::prelude::*;

    use super::*;

    fn resolve(name: &str) -> Option<Target> {
        match name {
            "listProviders" => {
                Some(Target { path: "Client::list_providers".into(), text: "list_providers".into() })
            }
            "Connection" => Some(Target { path: "Connection".into(), text: "Connection".into() }),
            _ => None,
        }
    }

    /// The paths `resolve` links to.
    const PATHS: [&str; 2] = ["Client::list_providers", "Connection"];

    fn rustdoc(text: &str) -> String {
        let out = to_rustdoc(text, resolve);
        let found = hazards(&out);
        assert!(found.is_empty(), "{text:?} gave {out:?}, which has {found:?}");
        out
    }

    /// What rustdoc or clippy would flag in `text`, found by parsing it as they do: an oracle
    /// written apart from the passes that fix these things.
    fn hazards<'t>(text: &'t str) -> Vec<String> {
        let mut found = Vec::new();
        if text.chars().any(|c| is_forbidden(c) || c == '\t' || c == '\r') {
            found.push("a forbidden character".to_string());
        }
        if text != text.trim() || text.lines().any(|line| line != line.trim_end()) {
            found.push("whitespace at the start, the end or a line end".to_string());
        }
        let mut broken =
            |link: BrokenLink<'t>| -> Option<(CowStr<'t>, CowStr<'t>)> { Some((link.reference, "".into())) };
        let mut parser = Parser::new_with_broken_link_callback(text, RUSTDOC_OPTIONS, Some(&mut broken))
            .into_offset_iter();
        let events: Vec<_> = parser.by_ref().collect();
        if parser.reference_definitions().iter().next().is_some() {
            found.push("a reference definition".to_string());
        }
        let mut containers: Vec<Option<usize>> = Vec::new();
        let (mut in_link, mut in_code, mut in_footnote) = (0, false, false);
        for (index, (event, range)) in events.iter().enumerate() {
            let source = &text[range.clone()];
            match event {
                Event::Html(_) | Event::InlineHtml(_) => found.push(format!("HTML {source:?}")),
                Event::Start(
                    Tag::Link { link_type, dest_url, .. } | Tag::Image { link_type, dest_url, .. },
                ) => {
                    let image = matches!(event, Event::Start(Tag::Image { .. }));
                    in_link += usize::from(!image);
                    let ours = !image && PATHS.contains(&name_text(dest_url));
                    let fine = match link_type {
                        LinkType::Autolink | LinkType::Email => true,
                        LinkType::ShortcutUnknown
                        | LinkType::CollapsedUnknown
                        | LinkType::ReferenceUnknown => ours,
                        _ => ours || is_url(dest_url),
                    };
                    if !fine {
                        found.push(format!("a link rustdoc resolves: {source:?}"));
                    }
                }
                Event::End(TagEnd::Link) => in_link -= 1,
                Event::Start(Tag::CodeBlock(kind)) => {
                    in_code = true;
                    match kind {
                        CodeBlockKind::Indented => found.push(format!("an indented code block {source:?}")),
                        CodeBlockKind::Fenced(info)
                            if !LANGUAGES.split_whitespace().any(|known| known == info.as_ref()) =>
                        {
                            found.push(format!("a code block marked {info:?}"))
                        }
                        CodeBlockKind::Fenced(_) => {
                            let last = source.trim_end().lines().last().unwrap_or("");
                            let fence = last.trim_start_matches([' ', '>']);
                            let closed = fence.len() >= 3 && fence.chars().all(|c| c == '`' || c == '~');
                            let reaches_end = range.end >= text.trim_end().len();
                            if reaches_end && (!closed || source.trim_end().lines().count() < 2) {
                                found.push(format!("an open code block {source:?}"));
                            }
                        }
                    }
                }
                Event::End(TagEnd::CodeBlock) => in_code = false,
                Event::Start(Tag::BlockQuote(_)) => containers.push(None),
                Event::Start(Tag::Item) => {
                    // As clippy counts: to the item's first content, or the backslash escaping it,
                    // or to its end when it is empty.
                    let content = match &events[index + 1] {
                        (Event::End(_), next) => next.end,
                        (_, next) if text[..next.start].ends_with('\\') => next.start - 1,
                        (_, next) => next.start,
                    };
                    containers.push(Some(content.saturating_sub(range.start)));
                }
                Event::End(TagEnd::BlockQuote | TagEnd::Item) => {
                    containers.pop();
                }
                Event::Start(Tag::FootnoteDefinition(_)) => in_footnote = true,
                Event::End(TagEnd::FootnoteDefinition) => in_footnote = false,
                Event::Text(content) if !in_code => {
                    if in_link == 0 && !bare_urls(content).is_empty() {
                        found.push(format!("a bare URL in {content:?}"));
                    }
                    for (at, _) in source.match_indices('[') {
                        let open = range.start + at;
                        let rest = &text[open + 1..];
                        let digits = rest
                            .strip_prefix('^')
                            .map_or(0, |rest| rest.bytes().take_while(u8::is_ascii_digit).count());
                        let after = rest.get(1 + digits..).unwrap_or("");
                        if digits > 0
                            && after.starts_with(']')
                            && !after.starts_with("]:")
                            && !text[..open].ends_with('\\')
                        {
                            found.push(format!("a footnote look-alike in {source:?}"));
                        }
                    }
                }
                Event::SoftBreak | Event::HardBreak if !containers.is_empty() && !in_footnote => {
                    let (next_event, next) = &events[index + 1];
                    if matches!(next_event, Event::End(_)) {
                        continue;
                    }
                    let gap = &text[range.end..next.start];
                    let quotes = containers.iter().filter(|container| container.is_none()).count();
                    let markers = gap.matches('>').count();
                    let indent: usize = containers.iter().flatten().sum();
                    let lazy = match quotes {
                        0 => markers == 0 && gap.matches(' ').count() != indent,
                        _ => markers < quotes,
                    };
                    if lazy {
                        found.push(format!("a continuation line clippy flags after {gap:?}"));
                    }
                }
                _ => {}
            }
        }
        found
    }

    #[test]
    fn shows_nothing_is_an_empty_conversion() {
        for text in [
            "",
            " \n\t ",
            "\u{7}\u{202E}",
            "<!-- a comment -->",
            " <!-- a -->\n\n<!-- b --> ",
            "a",
            "<!-- a --> b",
            "`x`",
            "<b>",
        ] {
            assert_eq!(shows_nothing(text), to_rustdoc(text, |_| None).is_empty(), "{text:?}");
        }
        assert!(shows_nothing("<!-- only a comment -->"));
        assert!(!shows_nothing("<!-- a comment --> and words"));
    }

    #[test]
    fn references_are_the_link_forms_that_name_something() {
        let text = "[a] [`b`] [c()] [d][] [t][e] [t](f) [t](`g`) [l]\n\n[l]: h";
        let found = references(text);
        let names: Vec<(&str, LinkForm)> =
            found.iter().map(|found| (found.name.as_str(), found.form)).collect();
        assert_eq!(
            names,
            [
                ("a", LinkForm::Shortcut),
                ("b", LinkForm::Shortcut),
                ("c", LinkForm::Shortcut),
                ("d", LinkForm::Collapsed),
                ("e", LinkForm::Labelled),
                ("f", LinkForm::Inline),
                ("g", LinkForm::Inline),
                ("h", LinkForm::Defined),
            ]
        );
        let sources: Vec<&str> = found.iter().map(|found| &text[found.range.clone()]).collect();
        assert_eq!(sources, ["[a]", "[`b`]", "[c()]", "[d][]", "[t][e]", "[t](f)", "[t](`g`)", "[l]"]);
    }

    #[test]
    fn brackets_that_name_nothing_are_not_references() {
        let text = "`[a]` [see below] [a.b.c] [x::y] [1, 2] [T; N] [^1] [ ] [t](https://e.com/x) [t](#anchor) \
                    [t](a..b) <https://e.com> ![i](j)\n\n```\n[b]\n```\n\n- [x] task";
        assert_eq!(references(text), []);
    }

    #[test]
    fn a_shared_types_qualified_name_is_a_reference() {
        let text = "See [common.Sorting] and [`common.CursorPaging`].";
        let names: Vec<String> = references(text).into_iter().map(|found| found.name).collect();
        assert_eq!(names, ["common.Sorting", "common.CursorPaging"]);
    }

    #[test]
    fn reference_ranges_point_into_the_text_as_given() {
        let text = "\r\n \u{1}Call\u{202E} \t[listProviders]\r\nthen [x][]";
        let sources: Vec<&str> = references(text).iter().map(|found| &text[found.range.clone()]).collect();
        assert_eq!(sources, ["[listProviders]", "[x][]"]);
    }

    #[test]
    fn references_become_intra_doc_links() {
        assert_eq!(rustdoc("Call [listProviders]."), "Call [`list_providers`](Client::list_providers).");
        assert_eq!(rustdoc("Call [`listProviders()`]."), "Call [`list_providers`](Client::list_providers).");
        assert_eq!(rustdoc("See [Connection]."), "See [`Connection`].");
        assert_eq!(rustdoc("See [Connection][]."), "See [`Connection`].");
        assert_eq!(rustdoc("[the list](listProviders)"), "[the list](Client::list_providers)");
        assert_eq!(rustdoc("[the list][listProviders]"), "[the list](Client::list_providers)");
        assert_eq!(
            rustdoc("[it] and [it][]\n\n[it]: listProviders"),
            "[it](Client::list_providers) and [it](Client::list_providers)"
        );
    }

    #[test]
    fn a_link_that_is_its_own_text_is_not_written_redundantly() {
        assert_eq!(rustdoc("[Connection](Connection)"), "[Connection]");
        assert_eq!(rustdoc("[`Connection`](Connection)"), "[`Connection`]");
        // Followed by `(`, a shortcut link would take it as its destination.
        assert_eq!(rustdoc("[Connection][Connection](x)"), "[Connection][](x)");
        assert_eq!(rustdoc("[Connection](Connection)[Connection](Connection)"), "[Connection][][Connection]");
    }

    #[test]
    fn resolve_is_asked_once_per_reference_in_order() {
        let mut asked = Vec::new();
        to_rustdoc("[b] [a] [b] `[c]` [d](https://e.com/x)", |name| {
            asked.push(name.to_string());
            None
        });
        assert_eq!(asked, ["b", "a", "b"]);
    }

    #[test]
    fn what_does_not_resolve_is_escaped() {
        assert_eq!(rustdoc("Call [unknownMethod]."), "Call \\[unknownMethod\\].");
        assert_eq!(rustdoc("[see below] [a.b] [x::y] [1]"), "\\[see below\\] \\[a.b\\] \\[x::y\\] \\[1\\]");
        assert_eq!(rustdoc("[a][b] [c][]"), "\\[a\\]\\[b\\] \\[c\\]\\[\\]");
        assert_eq!(
            rustdoc("[a](tel:1) [b](x::y) [c](foo@bar)"),
            "\\[a\\](tel:1) \\[b\\](x::y) \\[c\\](foo@bar)"
        );
        assert_eq!(rustdoc("![logo]"), "!\\[logo\\]");
    }

    #[test]
    fn links_rustdoc_leaves_alone_are_kept() {
        let text =
            "[a](https://e.com/x) [b](#anchor) [c](mailto:x@e.com) ![i](logo.png) <https://e.com> <x@e.com>";
        assert_eq!(rustdoc(text), text);
    }

    #[test]
    fn reference_style_links_to_urls_become_inline_links() {
        let text = "[a][l], [l][] and [l].\n\n[l]: https://e.com/x \"The \\\"title\\\"\"";
        let out = "[a](https://e.com/x \"The \\\"title\\\"\"), [l](https://e.com/x \"The \\\"title\\\"\") and \
                   [l](https://e.com/x \"The \\\"title\\\"\").";
        assert_eq!(rustdoc(text), out);
        assert_eq!(rustdoc("[a][l]\n\n[l]: <https://e.com/a b>"), "[a](<https://e.com/a b>)");
        assert_eq!(rustdoc("- [l]: https://e.com/x\n- b"), "-\n- b");
        let decoded = "[a][l]\n\n[l]: https://e.com/&#x202E;&#9;x 'a&#x202E;\tb'";
        assert_eq!(rustdoc(decoded), "[a](https://e.com/%E2%80%AE%09x \"a b\")");
    }

    #[test]
    fn html_reads_as_written() {
        assert_eq!(rustdoc("Vec<String> and <T>"), "Vec\\<String\\> and \\<T\\>");
        assert_eq!(rustdoc("<b>bold</b>"), "\\<b\\>bold\\<\\/b\\>");
        assert_eq!(
            rustdoc("<div class=\"x\">\n    <p>[x]</p>\n</div>"),
            "\\<div class\\=\\\"x\\\"\\>\n\\<p\\>\\[x\\]\\<\\/p\\>\n\\<\\/div\\>"
        );
        assert_eq!(rustdoc("> a <b\n> c> d"), "> a \\<b\n> c\\> d");
        assert_eq!(rustdoc("<!-- unclosed\ncomment"), "\\<\\!\\-\\- unclosed\ncomment");
    }

    #[test]
    fn html_comments_are_dropped() {
        assert_eq!(rustdoc("a <!-- hidden --> b"), "a  b");
        assert_eq!(rustdoc("<!-- hidden -->\n\nText"), "Text");
        assert_eq!(rustdoc("<!-- only a comment -->"), "");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        // As rustdoc: a host with two characters before its first dot.
        assert_eq!(rustdoc("See https://example.com/a_b?c=d."), "See <https://example.com/a_b?c=d>.");
        assert_eq!(rustdoc("See https://e.com/x."), "See https://e.com/x.");
        assert_eq!(rustdoc("# Docs at http://www.e.com"), "# Docs at <http://www.e.com>");
        assert_eq!(
            rustdoc("[https://e.com/x](https://e.com/x) `https://e.com`"),
            "[https://e.com/x](https://e.com/x) `https://e.com`"
        );
        // One that runs on into an entity cannot be wrapped whole; hidden, it renders the same.
        assert_eq!(rustdoc("https://example.com/?a=1&amp;b=2"), "https\\://example.com/?a=1&amp;b=2");
        assert_eq!(rustdoc("https://e.comhttps://example.com/x"), "https://e.com<https://example.com/x>");
    }

    #[test]
    fn code_blocks_are_never_doctests() {
        assert_eq!(rustdoc("```\nfn main() {}\n```"), "```text\nfn main() {}\n```");
        assert_eq!(rustdoc("```rust,ignore\nx\n```"), "```text\nx\n```");
        assert_eq!(rustdoc("```should-panic\nx\n```"), "```text\nx\n```");
        assert_eq!(rustdoc("```{.class}\nx\n```"), "```text\nx\n```");
        assert_eq!(rustdoc("~~~ JSON title\n{}\n~~~"), "~~~json\n{}\n~~~");
        assert_eq!(rustdoc("```json\n{}\n```"), "```json\n{}\n```");
        assert_eq!(rustdoc("Text:\n\n    indented\n      more"), "Text:\n\n```text\nindented\n  more\n```");
        assert_eq!(
            rustdoc("1. x\n\n       code\n\n       more"),
            "1. x\n\n   ```text\n   code\n\n   more\n   ```"
        );
        assert_eq!(rustdoc("> ```\n> x"), "> ```text\n> x\n> ```");
        assert_eq!(rustdoc("    ``` in code"), "````text\n``` in code\n````");
    }

    #[test]
    fn a_fence_left_open_is_closed_so_joined_texts_stay_out() {
        assert_eq!(rustdoc("Before\n\n```\nunclosed"), "Before\n\n```text\nunclosed\n```");
        assert_eq!(rustdoc("````\n```"), "````text\n```\n````");
        // Closed at the container's content column, wherever the fence was opened.
        assert_eq!(rustdoc("- [x] ~~~\n  a"), "- [x] ~~~text\n  a\n  ~~~");
        assert_eq!(rustdoc("[^1]: ```\n    b"), "[^1]: ```text\n    b\n    ```");
        assert_eq!(rustdoc("> 10.     code"), "> 10. ```text\n>     code\n>     ```");
    }

    #[test]
    fn continuation_lines_are_indented_as_clippy_expects() {
        assert_eq!(rustdoc("- a\nb"), "- a\n  b");
        assert_eq!(rustdoc("- a\n      b"), "- a\n  b");
        assert_eq!(rustdoc("1. a\nb"), "1. a\n   b");
        assert_eq!(rustdoc("- a\n  - b\n  c"), "- a\n  - b\n    c");
        assert_eq!(rustdoc("> a\nb"), "> a\n> b");
        assert_eq!(rustdoc("> - a\nb"), "> - a\n>   b");
        // Clippy counts from an item's marker to its content, past a blank first line; a `>` after
        // that many spaces would be text, so quote lines follow the quote's own first line.
        assert_eq!(rustdoc("-\n  foo\nbar"), "-\n  foo\n    bar");
        assert_eq!(rustdoc("2)\n   > a\nb"), "2)\n   > a\n   > b");
        // Inside its item, `===` would underline a heading; as written it is text.
        assert_eq!(rustdoc("- a\n==="), "- a\n  \\===");
    }

    #[test]
    fn footnote_look_alikes_are_escaped_and_footnotes_kept() {
        assert_eq!(rustdoc("Note [^1]."), "Note \\[^1].");
        assert_eq!(rustdoc("Note [^1].\n\n[^1]: A note."), "Note [^1].\n\n[^1]: A note.");
        assert_eq!(rustdoc("Note [^name]."), "Note [^name].");
    }

    #[test]
    fn line_ends_and_characters_a_comment_cannot_hold_are_cleaned() {
        assert_eq!(rustdoc("\r\n\n  First\r\nsecond\rthird  "), "First\nsecond\nthird");
        assert_eq!(rustdoc("a\u{0}b\u{7}c\u{85}d\u{202E}e\u{2066}f"), "abcdef");
        assert_eq!(rustdoc("Tab\tstop"), "Tab stop");
        assert_eq!(rustdoc("Hard  \nbreak"), "Hard\\\nbreak");
        assert_eq!(rustdoc(" \u{3000}\n\t\u{1}\n"), "");
        assert_eq!(rustdoc("Emoji 🎉, עברית, \u{200F}mark"), "Emoji 🎉, עברית, \u{200F}mark");
    }

    #[test]
    fn ordinary_markdown_comes_through_unchanged() {
        let text = "Lists the providers of a connection, **newest first**.\n\n\
                    # Paging\n\n\
                    Pass `cursor` from the last page; see [the guide](https://dev.e.com/guide).\n\n\
                    - one\n  - nested, *emphasis*\n- two\n  continued\n\n\
                    1. first\n2. second\n\n\
                    > A note.\n> More of it.\n\n\
                    | Field | Use |\n|---|---|\n| `id` | The ID. |\n\n\
                    ```json\n{\"a\": [1, 2]}\n```\n\n\
                    Line one\\\nline two ~~old~~ -- done...\n\n\
                    ---\n\n\
                    - [ ] to do\n- [x] done";
        assert_eq!(rustdoc(text), text);
    }

    #[test]
    fn a_text_that_does_not_settle_is_written_as_plain_paragraphs() {
        let cleaned = Cleaned::new(
            "# Title\n- item <b>x</b> [listProviders]\n    indented `code`\n\nhttps://example.com/x",
        );
        let first = Pass::run(&cleaned.text, &[], Some(&mut resolve));
        let out = fallback(&cleaned.text, &first.resolved);
        assert_eq!(
            out,
            "\\# Title\n\\- item \\<b>x\\</b> [`list_providers`](Client::list_providers)\n\
             indented \\`code\\`\n\n<https://example.com/x>"
        );
        assert_eq!(hazards(&out), Vec::<String>::new());
    }

    #[test]
    fn code_span_holds_any_text() {
        for text in ["a", "`", "a`b", "``x``", " a ", "  ", "a\nb", "x\u{0}\u{202E}y", "\tz", "<T> [x] *y*"] {
            let span = code_span(text);
            let markdown = format!("x {span}");
            let events: Vec<Event<'_>> = Parser::new_ext(&markdown, RUSTDOC_OPTIONS).collect();
            let code: Vec<&str> = events
                .iter()
                .filter_map(|event| match event {
                    Event::Code(code) => Some(code.as_ref()),
                    _ => None,
                })
                .collect();
            let expected: String = text
                .chars()
                .filter_map(|c| match c {
                    '\n' | '\t' => Some(' '),
                    c if is_forbidden(c) => None,
                    c => Some(c),
                })
                .collect();
            assert_eq!(code, [expected.as_str()], "{text:?} as {span:?}");
        }
        assert_eq!(code_span(""), "` `");
    }

    #[test]
    fn texts_the_property_tests_found_are_clean_settled_and_fallen_back() {
        let found = [
            ">```\n- ",
            "word\n- [a.b]  \n  *",
            "[^n]: note[<T>\\[t](listProviders)",
            "\r\n\\![t](listProviders)",
            "word\n  - [x]  - _",
            "[listProviders()]\t~~word<script>🎉[x]<?php\u{2028}\n   \n\n- [x] ~~~",
        ];
        for text in found {
            rustdoc(text);
            let cleaned = Cleaned::new(text);
            let first = Pass::run(&cleaned.text, &[], Some(&mut resolve));
            assert!(settle(first.text, first.trusted).is_some(), "{text:?} does not settle");
            let out = fallback(&cleaned.text, &first.resolved);
            assert_eq!(hazards(&out), Vec::<String>::new(), "{text:?} fell back to {out:?}");
        }
    }

    /// The text `markdown` renders, and any events other than text and the autolinks of URLs.
    fn rendered(markdown: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut other = Vec::new();
        for event in Parser::new_ext(markdown, RUSTDOC_OPTIONS) {
            match event {
                Event::Text(part) => text.push_str(&part),
                Event::Start(Tag::Paragraph)
                | Event::End(TagEnd::Paragraph)
                | Event::Start(Tag::Link { link_type: LinkType::Autolink, .. })
                | Event::End(TagEnd::Link) => {}
                event => other.push(format!("{event:?}")),
            }
        }
        (text, other)
    }

    #[test]
    fn plain_renders_as_the_text() {
        let texts = [
            "wix.bookings.read",
            "snake_case and _emphasis_ and *more*",
            "# not a heading",
            "- not a list",
            "1. not a list either",
            "> not a quote",
            "<b>not html</b> &amp; not an entity",
            "[not](a link) ![nor](an image) [^1]",
            "`not code` ~~not struck~~ | not | a | table |",
            "a\\b\\",
            "===",
            "line\n\nbreaks\tand  spaces ",
        ];
        for text in texts {
            let (rendered, other) = rendered(&plain(text));
            assert_eq!(
                rendered,
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?} as {:?}",
                plain(text)
            );
            assert_eq!(other, Vec::<String>::new(), "{text:?} as {:?}", plain(text));
        }
        assert_eq!(plain("see https://example.com/x."), "see <https://example.com/x>.");
        assert_eq!(plain("x\u{202E}\u{1}y"), "xy");
    }

    /// Pieces of Markdown, and of what breaks it, that random texts are made of.
    const PIECES: &[&str] = &[
        "word",
        " ",
        "\n",
        "\n\n",
        "  ",
        "    ",
        "\t",
        "\r\n",
        "- ",
        "* ",
        "1. ",
        "> ",
        "# ",
        "`",
        "```",
        "~~~",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "[x]",
        "[listProviders]",
        "[Connection]",
        "[a.b]",
        "[^1]",
        "[^n]: note",
        "[x]: https://e.com",
        "[y]: listProviders",
        "<",
        ">",
        "<T>",
        "<div>",
        "<!--",
        "-->",
        "<https://e.com>",
        "https://e.com/a_b",
        "&amp;",
        "\\",
        "|",
        "---",
        "===",
        "!",
        "\"",
        "é",
        "\u{202E}",
        "\u{1}",
        "rust",
        "json",
        "{",
        "tel:1",
        "|---|",
        "[t](listProviders)",
        "[t][y]",
        "[z][]",
        "\n  ",
        "\n      ",
        "> - ",
        "<pre>",
    ];

    fn markdown_soup() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 1..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn any_text_becomes_doc_markdown_rustdoc_accepts(text in markdown_soup()) {
            let out = to_rustdoc(&text, resolve);
            prop_assert_eq!(hazards(&out), Vec::<String>::new(), "{:?} gave {:?}", text, out);
        }

        #[test]
        fn any_characters_become_doc_markdown_rustdoc_accepts(text in any::<String>()) {
            let out = to_rustdoc(&text, resolve);
            prop_assert_eq!(hazards(&out), Vec::<String>::new(), "{:?} gave {:?}", text, out);
        }

        #[test]
        fn any_text_settles_or_falls_back_to_clean_paragraphs(text in markdown_soup()) {
            let cleaned = Cleaned::new(&text);
            let first = Pass::run(&cleaned.text, &[], Some(&mut resolve));
            let out = fallback(&cleaned.text, &first.resolved);
            prop_assert_eq!(hazards(&out), Vec::<String>::new(), "{:?} fell back to {:?}", text, out);
        }

        #[test]
        fn any_text_is_plain_text(text in "\\PC*") {
            let (rendered, other) = rendered(&plain(&text));
            let words: Vec<String> = text
                .split_whitespace()
                .map(|word| word.chars().filter(|&c| !is_forbidden(c)).collect::<String>())
                .filter(|word| !word.is_empty())
                .collect();
            prop_assert_eq!(rendered, words.join(" "));
            prop_assert_eq!(other, Vec::<String>::new());
        }
    }
}
