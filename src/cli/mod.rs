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
mod calendar;
mod check;
mod coach;
mod dates;
mod output;
use output::explain_bugs_calmly;
pub(crate) use output::{write_out, write_out_with};
mod patient;
mod plan;
mod record;
mod remind;
mod report;
mod safety;
mod status;
mod undo;

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
    /// The language to speak: en, sv, nb (or no), da or nl [default: `language` in
    /// config.toml, then your system's language, then English].
    #[arg(long, global = true, value_name = "CODE")]
    lang: Option<String>,
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
    /// Log a walk or other activity done away from the keyboard, for example:
    /// rehabit log walk 32m --date yesterday
    Log {
        /// What you did: walk, cycling, swimming...
        activity: String,
        /// How long, for example 30m, 1h 10m, "45 min".
        duration: String,
        /// The day you did it: today, yesterday, a weekday (the last one), or YYYY-MM-DD.
        #[arg(long, value_name = "DATE", default_value = "today")]
        date: String,
        /// Pain before, 0 to 10.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
        pain_before: Option<u8>,
        /// Pain after, 0 to 10.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
        pain_after: Option<u8>,
        /// A note for yourself or your physiotherapist.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Mark a whole session done that you did away from the computer.
    Done {
        /// The session's name, as rehabit shows it.
        session: String,
        /// The day you did it: today, yesterday, a weekday (the last one), or YYYY-MM-DD.
        #[arg(long, value_name = "DATE", default_value = "today")]
        date: String,
    },
    /// Answer the morning pain check: your pain this morning, 0 to 10.
    Pain {
        #[arg(value_parser = clap::value_parser!(u8).range(0..=10))]
        score: u8,
        /// The day of the sessions it is about [default: yesterday].
        #[arg(long, value_name = "DATE")]
        about: Option<String>,
    },
    /// Take back something logged or marked done by mistake. It stays in your
    /// history, marked as taken back, and no longer counts.
    Undo {
        /// The id shown when it was logged [default: the latest one logged or marked done].
        id: Option<String>,
        /// Why, in a few words.
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Today's sessions, this week's quotas, your run of weeks on target, and whether
    /// the morning pain check is waiting. Quick enough for a shell prompt.
    Status {
        /// As JSON, for other tools.
        #[arg(long)]
        json: bool,
    },
    /// The safety questions: signs that need a doctor before you exercise. Asks each
    /// question (y or n), says what your answers call for, and keeps them in your journal.
    #[command(after_help = safety::questions_help())]
    Safety {
        /// Every answer at once, yes or no in the order below, for example:
        /// --answers no,no,no,no,no,no,no
        #[arg(long, value_name = "ANSWERS", value_delimiter = ',', conflicts_with = "clear")]
        answers: Option<Vec<String>>,
        /// Record that a doctor or physiotherapist has cleared you to exercise, after an
        /// answer that needed a doctor. Asks you to confirm.
        #[arg(long)]
        clear: bool,
        /// With --clear: a note, for example who cleared you and when.
        #[arg(long, value_name = "TEXT", requires = "clear")]
        note: Option<String>,
    },
    /// A report for your physiotherapist: what was asked and what you did.
    Report {
        /// The first day [default: the programme's start].
        #[arg(long, value_name = "DATE")]
        from: Option<NaiveDate>,
        /// The last day [default: today].
        #[arg(long, value_name = "DATE")]
        to: Option<NaiveDate>,
        /// md, html, csv or json [default: from the output file's extension, or md].
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Write it to FILE instead of the screen.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Reminders on your desktop at your sessions' times, also when rehabit is closed.
    ///
    /// `rehabit remind install` sets them up with your system's scheduler.
    Remind {
        #[command(subcommand)]
        action: Option<RemindAction>,
        /// Send any reminder that is due now, once, and exit (what the scheduler runs
        /// every minute).
        #[arg(long, conflicts_with = "daemon")]
        due: bool,
        /// Keep running and remind at the right times, for systems without a scheduler.
        #[arg(long)]
        daemon: bool,
    },
    /// Your programme's sessions for the coming weeks as a calendar file (.ics) that
    /// phone and desktop calendars import, with alarms.
    Calendar {
        /// How many weeks, from this week.
        #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=52))]
        weeks: u32,
        /// Write it to FILE (for example rehabit.ics) instead of the screen.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of the programme format, for editors.
    Schema,
    /// Print shell completions, for example: rehabit completions bash > ~/.local/share/bash-completion/completions/rehabit
    Completions { shell: clap_complete::Shell },
}

/// What to do with reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum RemindAction {
    /// Set reminders up with your system's scheduler (a systemd user timer on Linux,
    /// a LaunchAgent on macOS) and show what was written where.
    Install,
    /// Remove what `install` set up.
    Uninstall,
    /// Show what is installed and when the next reminder is due.
    Status,
    /// Send a sample reminder now and say whether your desktop showed it.
    Test,
}

/// The physiotherapist's report: Markdown, one self-contained HTML page, CSV for a
/// spreadsheet, or JSON for other tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Runs rehabit with the process's arguments.
pub fn main() -> ExitCode {
    explain_bugs_calmly();
    let cli = Cli::parse();
    if let Err(message) = speak_the_patients_language(cli.lang.as_deref()) {
        eprintln!("rehabit: {message}");
        return ExitCode::from(2);
    }
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

/// Chooses the language once, before anything is shown: `--lang`, then `language` in
/// config.toml, then the system locale. A setting rehabit can't read is mentioned and
/// never stops it.
fn speak_the_patients_language(flag: Option<&str>) -> Outcome {
    let setting = match flag {
        Some(_) => None,
        None => crate::paths::Dirs::from_env()
            .ok()
            .and_then(|dirs| crate::settings::Settings::load(&dirs.settings_file()).ok())
            .and_then(|settings| settings.language().map(str::to_string)),
    };
    let choice = crate::i18n::choose(flag, setting.as_deref(), |name| std::env::var(name).ok())
        .map_err(|error| error.to_string())?;
    crate::i18n::set_language(choice.lang);
    if let Some(problem) = choice.problem {
        eprintln!("rehabit: config.toml: {problem}");
    }
    Ok(())
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
        Command::Log { activity, duration, date, pain_before, pain_after, note } => {
            record::log(&activity, &duration, &date, pain_before, pain_after, note)
        }
        Command::Done { session, date } => record::mark_done(&session, &date),
        Command::Pain { score, about } => record::morning_pain(score, about.as_deref()),
        Command::Undo { id, reason } => undo::run(id.as_deref(), reason),
        Command::Status { json } => status::run(json),
        Command::Safety { answers, clear, note } => safety::run(answers, clear, note),
        Command::Report { from, to, format, output } => report::run(from, to, format, output.as_deref()),
        Command::Remind { action, due, daemon } => remind::run(action, due, daemon),
        Command::Calendar { weeks, output } => calendar::run(weeks, output.as_deref()),
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
