//! A problem in a programme file, written for the physiotherapist: where it is, what
//! is wrong, and how to fix it.

use std::ops::Range;

use toml_spanner::{Error, ErrorKind, TomlPath};

use super::choice::did_you_mean;
use super::schema;

/// Whether a problem stops the programme from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file can't be used until this is fixed.
    Error,
    /// The file works, but the author may want to change this.
    Warning,
}

/// One problem, pointing at the text in the file that causes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Byte range of the offending text.
    pub span: Range<usize>,
    pub message: String,
    /// What to do about it, in plain words.
    pub fix: String,
    /// Another place that explains the problem, such as the first of two duplicates.
    pub related: Option<(Range<usize>, String)>,
}

impl Problem {
    pub fn error(span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, span, message: message.into(), fix: fix.into(), related: None }
    }

    pub fn warning(span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, ..Problem::error(span, message, fix) }
    }

    pub fn with_related(mut self, span: Range<usize>, note: impl Into<String>) -> Self {
        self.related = Some((span, note.into()));
        self
    }

    /// Turns an error from reading the TOML into a problem in plain words. A syntax
    /// error is one that kept the file from being read as TOML at all.
    pub fn from_toml(error: &Error, source: &str, syntax: bool) -> Problem {
        let span = on_char_boundaries(error.span().range(), source);
        let text = source.get(span.clone()).unwrap_or_default();
        let path = error.path().filter(|_| !syntax);
        let (message, fix) = match error.kind() {
            ErrorKind::Custom(message) => match message.split_once('\n') {
                Some((problem, fix)) => (problem.to_string(), fix.to_string()),
                None => (message.to_string(), String::new()),
            },
            ErrorKind::UnexpectedKey { .. } => unknown_key(text, path),
            ErrorKind::Wanted { expected, found } => {
                let message = format!("expected {}, found {}", plain_type(expected), plain_type(found));
                let fix = if syntax { syntax_fix(error.kind()).to_string() } else { field_help(path) };
                (message, fix)
            }
            ErrorKind::OutOfRange { .. } => ("this number is too large".into(), field_help(path)),
            ErrorKind::DuplicateKey { first } | ErrorKind::DuplicateField { first, .. } => {
                let problem =
                    Problem::error(span, format!("`{text}` is written twice here"), "keep one of them");
                return problem.with_related(first.range(), "first written here");
            }
            ErrorKind::DuplicateTable { first, .. } | ErrorKind::RedefineAsArray { first } => {
                let problem = Problem::error(
                    span,
                    "this table is written twice",
                    "merge the two, or use [[double brackets]] for a list of tables",
                );
                return problem.with_related(first.range(), "first written here");
            }
            kind => (error.message(source), syntax_fix(kind).to_string()),
        };
        Problem::error(span, message, fix)
    }
}

/// The span widened to whole characters, so that it never splits a letter such as "ø".
fn on_char_boundaries(span: Range<usize>, source: &str) -> Range<usize> {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

fn unknown_key(key: &str, path: Option<&TomlPath<'_>>) -> (String, String) {
    let allowed = path.map(|path| schema::keys_beside(path)).unwrap_or_default();
    let names: Vec<&str> = allowed.iter().map(String::as_str).collect();
    if path.is_some_and(schema::is_untranslatable) {
        let fix = format!(
            "a translation holds only texts ({}); write `{key}` once, before the translations",
            names.join(", ")
        );
        return (format!("`{key}` is the same in every language"), fix);
    }
    let fix = if names.is_empty() {
        "remove it, or check its spelling against programs/README.md".to_string()
    } else {
        did_you_mean(key, &names)
    };
    (format!("unknown key `{key}`"), fix)
}

fn field_help(path: Option<&TomlPath<'_>>) -> String {
    path.and_then(schema::description_of)
        .unwrap_or_else(|| "check the value against programs/README.md".into())
}

fn plain_type(name: &str) -> &str {
    match name {
        "integer" | "an integer" => "a whole number",
        "string" | "a string" => "text in quotes",
        "bool" | "boolean" | "a boolean" => "true or false",
        "float" | "a float" => "a decimal number",
        "array" | "an array" => "a list in [brackets]",
        "table" | "a table" => "a table",
        "datetime" => "a date or time",
        "an equals" => "an = sign",
        "eof" => "the end of the file",
        "newline" => "the end of the line",
        "a newline" => "the end of the line",
        other => other,
    }
}

fn syntax_fix(kind: ErrorKind<'_>) -> &'static str {
    match kind {
        ErrorKind::UnquotedString => "put text in double quotes, like name = \"Bird dog\"",
        ErrorKind::UnterminatedString(_) => "close the text with the same quote mark it starts with",
        ErrorKind::MissingArrayComma => "separate the items of a list with commas",
        ErrorKind::UnclosedArray => "close the list with ]",
        ErrorKind::MissingInlineTableComma => "separate the entries in { braces } with commas",
        ErrorKind::UnclosedInlineTable => "close the braces with } on the same line",
        ErrorKind::InvalidInteger(_) | ErrorKind::InvalidFloat(_) => {
            "write numbers with digits only, like 12; put durations in quotes, like \"30s\""
        }
        ErrorKind::InvalidDateTime(_) => "write a date as 2026-11-01 or a time in quotes, like \"07:30\"",
        ErrorKind::InvalidEscape(_) | ErrorKind::InvalidHexEscape(_) | ErrorKind::InvalidEscapeValue(_) => {
            "a backslash starts a special character; write \\\\ for a backslash"
        }
        ErrorKind::FileTooLarge => "a programme file should be a few kilobytes; check this is the right file",
        _ => {
            "each line should read key = value, a [table] or a [[list of tables]]; check this line for a typo"
        }
    }
}
