//! JSDoc comments (`/** ... */`): the description and the `@tags` Wix's typings carry.

/// One JSDoc comment, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsDoc {
    /// The Markdown before the first tag, with the comment's `*` margins removed and its line breaks
    /// kept.
    pub text: String,
    /// The tags in order: name without `@`, and the text after it (several lines for `@param`).
    pub tags: Vec<(String, String)>,
}

impl JsDoc {
    /// Reads the text of a block comment, without its `/*` and `*/` delimiters.
    pub fn parse(comment: &str) -> JsDoc {
        let body = comment.strip_prefix('*').unwrap_or(comment);
        let mut doc = JsDoc::default();
        let mut text_lines: Vec<&str> = Vec::new();
        for raw in body.lines() {
            let line = strip_margin(raw);
            if let Some(tag) = line.trim_start().strip_prefix('@').filter(|_| starts_tag(line)) {
                let (name, value) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
                doc.tags.push((name.to_string(), value.trim().to_string()));
            } else if let Some((_, value)) = doc.tags.last_mut() {
                value.push('\n');
                value.push_str(line);
            } else {
                text_lines.push(line);
            }
        }
        for (_, value) in &mut doc.tags {
            *value = value.trim().to_string();
        }
        doc.text = trim_blank_lines(&text_lines);
        doc
    }

    /// The values of every `@name` tag, in order.
    pub fn tag_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.tags.iter().filter(move |(tag, _)| tag == name).map(|(_, value)| value.as_str())
    }

    /// The value of the first `@name` tag.
    pub fn tag(&self, name: &str) -> Option<&str> {
        self.tags.iter().find(|(tag, _)| tag == name).map(|(_, value)| value.as_str())
    }

    /// Whether the comment has an `@name` tag.
    pub fn has(&self, name: &str) -> bool {
        self.tag(name).is_some()
    }
}

/// A line without the comment's margin: leading spaces, one `*`, and one space after it.
fn strip_margin(line: &str) -> &str {
    let trimmed = line.trim_start();
    match trimmed.strip_prefix('*') {
        Some(rest) => rest.strip_prefix(' ').unwrap_or(rest).trim_end(),
        None => trimmed.trim_end(),
    }
}

/// Whether a line starts a tag: `@` then a letter, as in `@format GUID` (not `@` inside prose).
fn starts_tag(line: &str) -> bool {
    line.trim_start()
        .strip_prefix('@')
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_alphabetic())
}

/// The lines joined with `\n`, without blank lines at either end.
fn trim_blank_lines(lines: &[&str]) -> String {
    let first = lines.iter().position(|line| !line.trim().is_empty());
    let last = lines.iter().rposition(|line| !line.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => lines[first..=last].join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_and_tags_are_apart() {
        let doc = JsDoc::parse(
            "*\n     * ID of the provider.\n     *\n     * More.\n     * @format GUID\n     * @readonly\n     ",
        );
        assert_eq!(doc.text, "ID of the provider.\n\nMore.");
        assert_eq!(doc.tags, [("format".into(), "GUID".into()), ("readonly".into(), String::new())]);
        assert!(doc.has("readonly"));
        assert_eq!(doc.tag("format"), Some("GUID"));
    }

    #[test]
    fn a_tag_takes_the_lines_that_follow_it() {
        let doc = JsDoc::parse(
            "*\n * Summary.\n * @param redirectUrl - URL to go to.\n *\n * More on it.\n * @public\n",
        );
        assert_eq!(doc.tag("param"), Some("redirectUrl - URL to go to.\n\nMore on it."));
        assert_eq!(doc.tag_values("public").count(), 1);
    }

    #[test]
    fn a_one_line_comment_is_its_text() {
        assert_eq!(JsDoc::parse("* External calendar type. ").text, "External calendar type.");
        assert_eq!(JsDoc::parse("* @oneof ").tags, [("oneof".into(), String::new())]);
    }

    #[test]
    fn an_at_sign_inside_prose_is_no_tag() {
        let doc = JsDoc::parse("*\n * Write to me at someone@example.com.\n * @ is a sign.\n");
        assert_eq!(doc.text, "Write to me at someone@example.com.\n@ is a sign.");
        assert!(doc.tags.is_empty());
    }
}
