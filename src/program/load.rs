//! Reading a programme file's text into a validated programme and its problems.

use sha2::{Digest, Sha256};
use toml_spanner::Arena;

use super::raw::RawProgram;
use super::validate::Validator;
use super::{Problem, Program, Severity};

/// The outcome of checking a programme's text.
#[derive(Debug)]
pub struct Checked {
    /// The programme, when the file has no errors (it may still have warnings).
    pub program: Option<Program>,
    /// Every problem found, errors and warnings, in file order.
    pub problems: Vec<Problem>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }
}

/// Reads and validates a programme file's text, finding every problem at once.
pub fn check(source: &str) -> Checked {
    let arena = Arena::new();
    let mut document = toml_spanner::parse_recoverable(source, &arena);
    let syntax_errors = document.errors().len();
    let (raw, toml_errors) = match document.to_allowing_errors::<RawProgram>() {
        Ok((raw, errors)) => (Some(raw), errors.errors),
        Err(errors) => (None, errors.errors),
    };
    let mut problems: Vec<Problem> = toml_errors
        .iter()
        .enumerate()
        .map(|(index, error)| Problem::from_toml(error, source, index < syntax_errors))
        .collect();
    let unread: Vec<usize> =
        toml_errors.iter().skip(syntax_errors).map(|e| e.span().start as usize).collect();
    let mut program = None;
    if let Some(raw) = raw {
        let mut validator = Validator::default();
        program = validator.program(&raw, 0..source.len());
        let reported = validator.problems.into_iter();
        problems.extend(
            reported.filter(|p| {
                !p.span.is_empty() || (syntax_errors == 0 && !reads_as_missing(p, source, &unread))
            }),
        );
    }
    problems.sort_by_key(|p| (p.span.start, p.severity));
    problems.dedup();
    if problems.iter().any(|p| p.severity == Severity::Error) {
        program = None;
    }
    Checked { program, problems }
}

/// Whether `problem` says something is missing from a table in which a value could not
/// be read: that value only looks missing, and its own error already says why.
/// "Missing" problems point at the start of their table, with an empty span.
fn reads_as_missing(problem: &Problem, source: &str, unread: &[usize]) -> bool {
    let start = problem.span.start;
    let table_end =
        source.get(start + 1..).and_then(|rest| rest.find("\n[")).map_or(source.len(), |i| start + 1 + i);
    problem.span.is_empty() && unread.iter().any(|at| (start..table_end).contains(at))
}

/// A short fingerprint of a programme's text, so records can name the exact version.
pub fn content_hash(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect()
}
