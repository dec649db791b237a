//! The command line: a thin shell that reads files and the clock, calls the core and
//! prints. Every command has `--help`.

/// Prints a line to standard output; see [`write_out`].
macro_rules! say {
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Prints to standard output without a newline; see [`write_out`].
macro_rules! put {
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!($($arg)*)) };
}

mod author;
pub use author::STARTER;
mod check;
mod coach;
mod patient;
mod plan;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

/// rehabit: your home exercise programme, one day at a time.
#[derive(Debug, Parser)]
#[command(name = "rehabit", version, about, long_about = None)]
#[command(after_help = "Without a command, rehabit shows today's exercises.\n\
Files live in the usual places for your system; set REHABIT_DATA_DIR and\n\
REHABIT_CONFIG_DIR to keep them somewhere else.")]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show today's sessions and exercises (what rehabit does without a command).
    Today,
    /// Check programme files and explain every problem, with its line and column.
    ///
    /// Exits with 0 when every file is valid, 1 when a file has errors,
    /// and 2 when a file can't be read.
    Check {
        /// The programme files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Preview a programme week by week: which sessions fall on which days, and each
    /// exercise's dose as it progresses.
    Plan {
        /// A programme file, or the name of a bundled programme. Without it: your programme.
        #[arg(value_name = "FILE|NAME")]
        program: Option<String>,
        /// How many weeks to show [default: the programme's length, or 8].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=104))]
        weeks: Option<u32>,
        /// The first day, as YYYY-MM-DD [default: your start day, or today].
        #[arg(long, value_name = "DATE")]
        from: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a commented starter programme to PATH (or print it).
    New {
        /// Start from this bundled programme instead of the commented starter.
        #[arg(long, value_name = "NAME")]
        template: Option<String>,
        /// Where to write it; it must not exist yet. Without it, the file is printed.
        path: Option<PathBuf>,
    },
    /// List the programmes that come with rehabit.
    Programs,
    /// Follow a programme: a bundled one by name, or a file from your physiotherapist.
    Use {
        /// A bundled programme's name (see `rehabit programs`) or a programme file.
        #[arg(value_name = "NAME|FILE")]
        program: String,
        /// The day you started, as YYYY-MM-DD [default: today, or the day you
        /// started this programme before].
        #[arg(long, value_name = "DATE")]
        start: Option<NaiveDate>,
    },
    /// Print the JSON Schema of the programme format, for editors.
    Schema,
    /// Print shell completions, for example: rehabit completions bash > ~/.local/share/bash-completion/completions/rehabit
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Writes to standard output. When the reader has gone away (`rehabit plan | head`),
/// there is nobody left to tell, so rehabit stops quietly instead of crashing.
pub(crate) fn write_out(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(error) = std::io::stdout().lock().write_fmt(text) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("rehabit: could not write the output: {error}");
        std::process::exit(2);
    }
}

/// A bug is rehabit's fault, not the user's: say so calmly, without a Rust backtrace.
fn explain_bugs_calmly() {
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        eprintln!(
            "rehabit: something went wrong inside rehabit{place}. Nothing you did caused this, \
             and your records are safe. Please try again; if it happens again, let us know."
        );
    }));
}

/// Runs rehabit with the process's arguments.
pub fn main() -> ExitCode {
    explain_bugs_calmly();
    let cli = Cli::parse();
    let outcome = match cli.command {
        None => coach::run(),
        Some(Command::Check { files }) => return check::run(&files),
        Some(command) => run(command),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("rehabit: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Outcome {
    match command {
        Command::Today => patient::show_today(),
        Command::Check { files } => match check::run(&files) {
            code if code == ExitCode::SUCCESS => Ok(()),
            _ => Err("some files have problems".into()),
        },
        Command::Plan { program, weeks, from, format } => plan::run(program.as_deref(), weeks, from, format),
        Command::New { template, path } => author::new(template.as_deref(), path.as_deref()),
        Command::Programs => patient::programs(),
        Command::Use { program, start } => patient::choose(&program, start),
        Command::Schema => {
            put!("{}", crate::program::schema::schema_json());
            Ok(())
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "rehabit", &mut std::io::stdout());
            Ok(())
        }
    }
}

/// A problem a command reports to the user, already in plain words.
type Outcome = Result<(), String>;
