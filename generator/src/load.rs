//! Loading a spec file: read it, index the position of each node, read it with serde, and when serde
//! refuses it, check its shape to report every structural mistake at once.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::{Diagnostic, LineStarts};
use crate::spans::SpanIndex;
use crate::spec::{Spec, SpecFile};

/// Largest spec file the loader reads; a real spec is a few hundred kilobytes at most.
const MAX_SPEC_BYTES: u64 = 32 * 1024 * 1024;

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
    // The span index comes first and alone: it refuses alias bombs and deep nesting before serde_yaml
    // sees the text (libyaml takes time quadratic in the nesting depth, so running it side by side
    // would still cost that time before the refusal). The common case, a spec without mistakes, is
    // then read by serde in one pass; the slower path below finds every structural mistake at once
    // when there are some.
    let spans = SpanIndex::build(&source);
    let spec = spans.as_ref().ok().and_then(|_| serde_yaml::from_str::<Spec>(&source).ok());
    let spans = spans.map_err(|(offset, message, help)| {
        vec![Diagnostic::at(path, &source, offset, message).with_help(help)]
    })?;
    let lines = LineStarts::new(&source);
    if let Some(spec) = spec {
        return Ok(SpecFile {
            path: path.to_path_buf(),
            source,
            spec,
            spans,
            lines,
            shape_errors: Vec::new(),
        });
    }
    // The span index bounded nesting and alias expansion; serde_yaml bounds the depth that aliases
    // can still add, so hostile YAML ends here with an error.
    let mut document: serde_yaml::Value = serde_yaml::from_str(&source)
        .map_err(|error| vec![serde_diagnostic(path, &source, &spans, &error)])?;
    let context = crate::schema::Context { path, source: &source, spans: &spans, lines: &lines };
    let shape = crate::schema::check(&mut document, &context);
    if shape.fatal {
        return Err(shape.diagnostics);
    }
    let spec: Spec = serde_yaml::from_value(document).map_err(|error| {
        let mut diagnostics = shape.diagnostics.clone();
        diagnostics.push(serde_diagnostic(path, &source, &spans, &error));
        diagnostics
    })?;
    Ok(SpecFile { path: path.to_path_buf(), source, spec, spans, lines, shape_errors: shape.diagnostics })
}

/// The structural mistakes of spec text that `path` names (unknown keys, missing keys, values of the
/// wrong kind), each located, whether or not the rest of the spec is valid; `None` when the text is not
/// YAML the check can read. The JSON Schema of the format ([`crate::json_schema`]) refuses a spec
/// exactly when this finds a mistake, which its tests hold it to.
pub fn shape_errors(path: &Path, source: &str) -> Option<Vec<Diagnostic>> {
    let spans = SpanIndex::build(source).ok()?;
    let mut document: serde_yaml::Value = serde_yaml::from_str(source).ok()?;
    let lines = LineStarts::new(source);
    let context = crate::schema::Context { path, source, spans: &spans, lines: &lines };
    Some(crate::schema::check(&mut document, &context).diagnostics)
}

fn read_bytes(full_path: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let unreadable = |reason: String| {
        Diagnostic::whole_file(path, format!("cannot read the spec: {reason}"))
            .with_help("pass the path of a readable `.yaml` spec file")
    };
    // Checked before opening: opening a fifo waits for a writer, and a device may never end.
    let metadata = std::fs::metadata(full_path).map_err(|error| unreadable(error.to_string()))?;
    if metadata.is_dir() {
        return Err(unreadable("it is a directory".into()));
    }
    if !metadata.is_file() {
        return Err(unreadable("it is not a regular file (a fifo, a socket or a device)".into()));
    }
    if metadata.len() > MAX_SPEC_BYTES {
        return Err(unreadable(format!(
            "it is {} bytes, more than the limit of {MAX_SPEC_BYTES} bytes",
            metadata.len()
        )));
    }
    let file = std::fs::File::open(full_path).map_err(|error| unreadable(error.to_string()))?;
    // The file may have grown since it was measured; no more than the limit is read.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(MAX_SPEC_BYTES + 1).read_to_end(&mut bytes).map_err(|error| unreadable(error.to_string()))?;
    if bytes.len() as u64 > MAX_SPEC_BYTES {
        return Err(unreadable(format!("it grew past the limit of {MAX_SPEC_BYTES} bytes while being read")));
    }
    Ok(bytes)
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
    } else if message.contains("duplicate entry") {
        "each key once: keys that read as the same value (`404` and `0x194`, say) are the same key".into()
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
