//! Mentions of methods and types in doc text, written `[listProviders]`.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, LinkType, Options, Parser};

/// A `[name]` mention in Markdown text: a shortcut link with no definition, outside code.
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
