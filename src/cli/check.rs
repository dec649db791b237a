//! `rehabit check`: every problem in each file, with its place and a fix.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use crate::program::{Checked, Problem, Severity, check};

/// Renders `problems` in `source` the way compilers do: the place as path:line:column,
/// the line, the offending text underlined, and the fix.
pub fn render(path: &Path, source: &str, problems: &[Problem]) -> String {
    let file = SimpleFile::new(path.display().to_string(), source);
    let config = Config::default();
    problems
        .iter()
        .map(|problem| {
            let diagnostic = match problem.severity {
                Severity::Error => Diagnostic::error(),
                Severity::Warning => Diagnostic::warning(),
            };
            let mut labels = vec![Label::primary((), problem.span.clone()).with_message(&problem.fix)];
            if let Some((span, note)) = &problem.related {
                labels.push(Label::secondary((), span.clone()).with_message(note));
            }
            let diagnostic = diagnostic.with_message(&problem.message).with_labels(labels);
            term::emit_into_string(&config, &file, &diagnostic)
                .unwrap_or_else(|_| format!("{}: {}: {}\n", path.display(), problem.message, problem.fix))
        })
        .collect()
}

/// Reads a programme file, saying plainly why when it can't.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read(path)
        .map_err(|error| format!("can't read {}: {}", path.display(), plain_io(&error)))
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| {
                format!(
                    "{} is not a text file in UTF-8; save it as plain text (UTF-8) and try again",
                    path.display()
                )
            })
        })
}

fn plain_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "there is no such file".into(),
        std::io::ErrorKind::PermissionDenied => "you don't have permission to read it".into(),
        std::io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
        _ => error.to_string(),
    }
}

fn counted(count: usize, what: &str) -> String {
    format!("{count} {what}{}", if count == 1 { "" } else { "s" })
}

/// One line that sums up a file's check.
pub fn summary(path: &Path, checked: &Checked) -> String {
    let errors = checked.errors().count();
    let warnings = checked.problems.len() - errors;
    match (errors, warnings) {
        (0, 0) => format!("{}: ok", path.display()),
        (0, w) => format!("{}: ok, with {}", path.display(), counted(w, "warning")),
        (e, 0) => format!("{}: {}", path.display(), counted(e, "error")),
        (e, w) => format!("{}: {} and {}", path.display(), counted(e, "error"), counted(w, "warning")),
    }
}

pub fn run(files: &[PathBuf]) -> ExitCode {
    let (mut invalid, mut unreadable) = (false, false);
    for path in files {
        let source = match read(path) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("rehabit: {message}");
                unreadable = true;
                continue;
            }
        };
        let checked = check(&source);
        put!("{}", render(path, &source, &checked.problems));
        say!("{}", summary(path, &checked));
        invalid |= checked.program.is_none();
    }
    ExitCode::from(if unreadable { 2 } else { u8::from(invalid) })
}
