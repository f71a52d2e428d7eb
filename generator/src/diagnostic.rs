//! Errors about a spec, located at `file:line:column` and rendered like rustc's.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

/// Most characters of a line a diagnostic keeps; a longer line is cut to a window around the column,
/// so that each of many errors on one very long line costs little.
const EXCERPT_CHARS: usize = 100;

/// Characters a cut line keeps before the column.
const EXCERPT_CHARS_BEFORE: usize = 40;

/// What stands for the text cut from a long line.
const CUT_MARK: &str = "...";

/// A position in a spec file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The text of the line, without its line break; for a line of more than 100 characters, a
    /// window of it around the column, with `...` where it was cut.
    pub line_text: String,
    /// Byte range within `line_text` to underline.
    pub highlight: (usize, usize),
}

/// Where each line of a text starts, so that locating each of many errors in a large file costs a
/// binary search rather than a count of the line breaks before it.
#[derive(Debug, Default)]
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    /// The line starts of `source`.
    pub fn new(source: &str) -> LineStarts {
        let breaks = source.bytes().enumerate().filter(|&(_, byte)| byte == b'\n').map(|(at, _)| at + 1);
        LineStarts(std::iter::once(0).chain(breaks).collect())
    }

    /// The 1-based line of byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

impl Location {
    /// The location of byte `offset` in `source`, underlining the token that starts there.
    pub fn from_offset(source: &str, offset: usize) -> Location {
        Location::locate(source, offset, |line_start| count_newlines(&source[..line_start]) + 1)
    }

    /// [`Location::from_offset`], with the line looked up in the text's [`LineStarts`].
    pub fn from_offset_in(source: &str, lines: &LineStarts, offset: usize) -> Location {
        Location::locate(source, offset, |line_start| lines.line_of(line_start))
    }

    fn locate(source: &str, offset: usize, line_of: impl FnOnce(usize) -> usize) -> Location {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_start = source[..offset].rfind('\n').map_or(0, |newline| newline + 1);
        let before = &source[line_start..offset];
        let excerpt_start = match before.char_indices().rev().nth(EXCERPT_CHARS_BEFORE - 1) {
            Some((at, _)) if excerpt_of_line(&source[line_start..]).1 => line_start + at,
            _ => line_start,
        };
        let (excerpt, cut_after) = excerpt_of_line(&source[excerpt_start..]);
        let cut_before = excerpt_start > line_start;
        let mut line_text = String::with_capacity(excerpt.len() + 2 * CUT_MARK.len());
        if cut_before {
            line_text.push_str(CUT_MARK);
        }
        line_text.push_str(excerpt);
        let excerpt_end = line_text.len();
        if cut_after {
            line_text.push_str(CUT_MARK);
        }
        let start = (excerpt_end - excerpt.len() + offset - excerpt_start).min(excerpt_end);
        let token_len = line_text[start..excerpt_end]
            .find(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ']' | '}' | '#'))
            .unwrap_or(excerpt_end - start);
        let end = if token_len == 0 { (start + 1).min(excerpt_end) } else { start + token_len };
        let end = (end..=excerpt_end).find(|&end| line_text.is_char_boundary(end)).unwrap_or(excerpt_end);
        Location {
            line: line_of(line_start),
            column: before.chars().count() + 1,
            line_text,
            highlight: (start, end),
        }
    }
}

/// At most [`EXCERPT_CHARS`] characters of the line `text` starts with, without its line break, and
/// whether the line goes on past them.
fn excerpt_of_line(text: &str) -> (&str, bool) {
    for (count, (at, c)) in text.char_indices().enumerate() {
        if c == '\n' || text[at..].starts_with("\r\n") {
            return (&text[..at], false);
        }
        if count == EXCERPT_CHARS {
            return (&text[..at], true);
        }
    }
    (text, false)
}

/// annotate-snippets names the column of the underline within the text it is given; when that is a
/// window of a long line, the `--> file:line:column` line is corrected to the column in the whole line.
fn with_column_of_whole_line(rendered: String, location: &Location) -> String {
    let seen_column = location.line_text[..location.highlight.0].chars().count() + 1;
    if seen_column == location.column {
        return rendered;
    }
    let seen_position = format!(":{}:{seen_column}", location.line);
    let mut line_start = 0;
    for line in rendered.split('\n') {
        if line.contains("--> ") && line.ends_with(&seen_position) {
            let column_start = line_start + line.len() - seen_column.to_string().len();
            return format!(
                "{}{}{}",
                &rendered[..column_start],
                location.column,
                &rendered[line_start + line.len()..]
            );
        }
        line_start += line.len() + 1;
    }
    rendered
}

/// The number of line breaks in `text`, for a file's single error; files with many use [`LineStarts`].
fn count_newlines(text: &str) -> usize {
    text.bytes().filter(|&byte| byte == b'\n').count()
}

/// One error in a spec: where, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec file, as given on the command line.
    pub path: PathBuf,
    /// Where in the file; `None` when the file as a whole is at fault (unreadable, empty).
    pub location: Option<Box<Location>>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at byte `offset` of `source`, the text of `path`.
    pub fn at(path: &Path, source: &str, offset: usize, message: String) -> Diagnostic {
        Diagnostic {
            path: path.to_path_buf(),
            location: Some(Box::new(Location::from_offset(source, offset))),
            message,
            help: None,
        }
    }

    /// [`Diagnostic::at`] for one of many errors in a file, whose [`LineStarts`] are `lines`.
    pub fn at_indexed(
        path: &Path,
        source: &str,
        lines: &LineStarts,
        offset: usize,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            path: path.to_path_buf(),
            location: Some(Box::new(Location::from_offset_in(source, lines, offset))),
            message,
            help: None,
        }
    }

    /// An error about the file as a whole.
    pub fn whole_file(path: &Path, message: String) -> Diagnostic {
        Diagnostic { path: path.to_path_buf(), location: None, message, help: None }
    }

    /// Adds advice on how to fix the error.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic as rustc would: message, `file:line:column`, the line with a caret
    /// under the culprit, and the help. `styled` adds terminal colours.
    pub fn render(&self, styled: bool) -> String {
        let path = self.path.display().to_string();
        let title = Level::ERROR.primary_title(self.message.as_str());
        let mut group = match &self.location {
            Some(location) => title.element(
                Snippet::source(location.line_text.as_str())
                    .line_start(location.line)
                    .path(path.as_str())
                    .annotation(AnnotationKind::Primary.span(location.highlight.0..location.highlight.1)),
            ),
            None => title.element(Level::NOTE.message(format!("in {path}"))),
        };
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
        let rendered = renderer.render(&[group]);
        match &self.location {
            Some(location) => with_column_of_whole_line(rendered, location),
            None => rendered,
        }
    }

    fn sort_key(&self) -> (&Path, usize, usize) {
        let (line, column) =
            self.location.as_ref().map_or((0, 0), |location| (location.line, location.column));
        (&self.path, line, column)
    }
}

/// Sorts diagnostics by file and position, the order in which a reader fixes them.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then_with(|| a.message.cmp(&b.message)));
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Longest name, in characters, that suggestions compare: a typo of a real name is short, and a
/// comparison costs the product of the two lengths.
const MAX_SUGGESTION_CHARS: usize = 64;

/// Most known names compared for one suggestion, so that many errors in a spec with many names do
/// not cost the product of the two.
const MAX_SUGGESTION_CANDIDATES: usize = 1_000;

/// The known name closest to `name`, if one is close enough to be a likely typo. Only the first
/// 1,000 known names of at most 64 characters are compared, and a longer `name` gets no suggestion.
pub fn closest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let is_short = |text: &str| text.chars().nth(MAX_SUGGESTION_CHARS).is_none();
    if !is_short(name) {
        return None;
    }
    let name = name.to_lowercase();
    known
        .filter(|candidate| is_short(candidate))
        .take(MAX_SUGGESTION_CANDIDATES)
        .map(|candidate| (strsim::jaro_winkler(&name, &candidate.to_lowercase()), candidate))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_skip_long_names_and_compare_a_bounded_number_of_candidates() {
        assert_eq!(closest("conection", ["Connection", "Status"].into_iter()), Some("Connection"));
        let long = "a".repeat(MAX_SUGGESTION_CHARS + 1);
        assert_eq!(closest(&long, [long.as_str()].into_iter()), None);
        assert_eq!(closest("aaaa", [long.as_str(), "aaab"].into_iter()), Some("aaab"));
        let many: Vec<String> =
            (0..MAX_SUGGESTION_CANDIDATES).map(|index| format!("unrelated{index}")).collect();
        let known = many.iter().map(String::as_str).chain(["Connection"]);
        assert_eq!(closest("conection", known), None, "the candidate past the cap is not compared");
    }

    #[test]
    fn line_starts_locate_as_counting_line_breaks_does() {
        let source = "a: 1\n\nbé: [x, y]\r\n  c: {d: e}\nlast";
        let lines = LineStarts::new(source);
        for offset in 0..=source.len() + 2 {
            assert_eq!(
                Location::from_offset_in(source, &lines, offset),
                Location::from_offset(source, offset)
            );
        }
        assert_eq!(Location::from_offset_in(source, &lines, source.len()).line, 5);
    }

    #[test]
    fn a_short_line_is_kept_whole() {
        let source = "a: 1\nkey: value # note\n";
        let location = Location::from_offset(source, 10);
        assert_eq!((location.line, location.column), (2, 6));
        assert_eq!(location.line_text, "key: value # note");
        assert_eq!(&location.line_text[location.highlight.0..location.highlight.1], "value");
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_the_column() {
        let line = (0..2000).map(|index| format!("k{index}: 1")).collect::<Vec<_>>().join(", ");
        let source = format!("types:\n  {{{line}}}\n");
        let offset = source.find("k1500:").expect("has key 1500");
        let location = Location::from_offset(&source, offset);
        assert_eq!(location.line, 2);
        assert_eq!(location.column, source[..offset].lines().last().expect("a line").chars().count() + 1);
        assert!(location.line_text.starts_with("...") && location.line_text.ends_with("..."));
        assert_eq!(location.line_text.chars().count(), EXCERPT_CHARS + 2 * CUT_MARK.len());
        assert_eq!(&location.line_text[location.highlight.0..location.highlight.1], "k1500");
        let rendered =
            Diagnostic::at(Path::new("a.yaml"), &source, offset, "unknown key".into()).render(false);
        assert!(rendered.contains(&format!(" --> a.yaml:2:{}\n", location.column)), "{rendered}");
        assert!(rendered.lines().all(|line| line.len() < 140), "{rendered}");
    }

    #[test]
    fn a_window_is_cut_on_char_boundaries() {
        let source = format!("{}X{}", "é".repeat(300), "ü".repeat(300));
        let offset = source.find('X').expect("has an X");
        let location = Location::from_offset(&source, offset);
        assert_eq!((location.line, location.column), (1, 301));
        assert_eq!(location.line_text, format!("...{}X{}...", "é".repeat(40), "ü".repeat(59)));
        let highlighted = &location.line_text[location.highlight.0..location.highlight.1];
        assert_eq!(highlighted, format!("X{}", "ü".repeat(59)));
    }
}
