//! Errors about a spec, located at `file:line:column` and rendered like rustc's.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

/// A position in a spec file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The text of the line, without its line break.
    pub line_text: String,
    /// Byte range within `line_text` to underline.
    pub highlight: (usize, usize),
}

impl Location {
    /// The location of byte `offset` in `source`, underlining the token that starts there.
    pub fn from_offset(source: &str, offset: usize) -> Location {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_start = source[..offset].rfind('\n').map_or(0, |newline| newline + 1);
        let line_end = source[offset..].find('\n').map_or(source.len(), |newline| offset + newline);
        let line_text = source[line_start..line_end].trim_end_matches('\r').to_string();
        let start = (offset - line_start).min(line_text.len());
        let token_len = line_text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ']' | '}' | '#'))
            .unwrap_or(line_text.len() - start);
        let end = if token_len == 0 { (start + 1).min(line_text.len()) } else { start + token_len };
        let end =
            (end..=line_text.len()).find(|&end| line_text.is_char_boundary(end)).unwrap_or(line_text.len());
        Location {
            line: source[..offset].matches('\n').count() + 1,
            column: source[line_start..offset].chars().count() + 1,
            line_text,
            highlight: (start, end),
        }
    }
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
        renderer.render(&[group])
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

/// The known name closest to `name`, if one is close enough to be a likely typo.
pub fn closest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|candidate| (strsim::jaro_winkler(&name.to_lowercase(), &candidate.to_lowercase()), candidate))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}
