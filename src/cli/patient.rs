//! The patient's commands: today's exercises, the bundled programmes, and choosing one.

use std::path::Path;

use chrono::{DateTime, Days, FixedOffset, Local, NaiveDate, TimeDelta};

use super::Outcome;
use super::check::{read, render};
use super::dates::full_date;
use crate::bundled;
use crate::clock::today as date_today;
use crate::journal::{Recent, read_since};
use crate::paths::{Dirs, ensure_private_dir, write_private};
use crate::plan::monday_of;
use crate::program::{Program, check, content_hash};
use crate::progress::History;
use crate::session::Outcome as ExerciseOutcome;
use crate::settings::Settings;
use crate::today::{Due, today};

/// A programme ready to follow, and where it came from.
pub struct Current {
    pub program: Program,
    /// A hash of the programme file, so the journal shows when it changed.
    pub hash: String,
    /// The day the patient started it, if they chose it.
    pub started: Option<NaiveDate>,
    /// Whether this is the bundled default because nothing was chosen.
    pub is_default: bool,
}

/// Reads a programme named by `spec`: a bundled programme's name or a file.
pub fn load(spec: &str) -> Result<Program, String> {
    load_with_hash(spec).map(|(program, _)| program)
}

/// Reads a programme as [`load`] does, with a hash of its content.
pub fn load_with_hash(spec: &str) -> Result<(Program, String), String> {
    let (path, source) = match bundled::find(spec) {
        Some(found) => (Path::new(found.name).with_extension("toml"), found.source.to_string()),
        None if !Path::new(spec).exists() && !spec.contains(['/', '.']) => {
            let names: Vec<&str> = bundled::ALL.iter().map(|b| b.name).collect();
            let hint = crate::program::choice::did_you_mean(spec, &names);
            return Err(t!("cli-use-unknown", name = spec, hint = hint));
        }
        None => (Path::new(spec).to_path_buf(), read(Path::new(spec))?),
    };
    let checked = check(&source);
    let hash = content_hash(&source);
    // Everything after this reads the programme in the patient's language, where the
    // author gave one; the journal still knows sessions by their own names.
    checked.program.map(|program| (program.in_language(crate::i18n::language()), hash)).ok_or_else(|| {
        eprint!("{}", render(&path, &source, &checked.problems));
        t!("cli-use-has-problems", path = path.display().to_string())
    })
}

/// The patient's programme, or the bundled default when none was chosen.
pub fn current() -> Result<Current, String> {
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let settings = Settings::load(&dirs.settings_file()).map_err(|e| e.to_string())?;
    let (chosen, is_default) = match settings.program() {
        Some(chosen) => (chosen.to_string(), false),
        None => (bundled::DEFAULT.to_string(), true),
    };
    let (program, hash) = load_with_hash(&chosen)?;
    Ok(Current { program, hash, started: settings.started(), is_default })
}

/// The part of the journal that today's screens need: since the programme started,
/// for the pain model's load, but at most a year back, and always this week and
/// yesterday. Start-up does not grow with years of history.
pub fn recent(dirs: &Dirs, started: Option<NaiveDate>, now: DateTime<FixedOffset>) -> Result<Recent, String> {
    let today = now.date_naive();
    let year_ago = today - Days::new(366);
    let yesterday = today.pred_opt().unwrap_or(today);
    let from = started.unwrap_or(today).max(year_ago).min(monday_of(today)).min(yesterday);
    read_days_from(&dirs.journal_file(), from)
}

/// How far apart two clocks' midnights can be: UTC-12 to UTC+14.
const TIME_ZONES_APART: TimeDelta = TimeDelta::hours(26);

/// The entries of the journal at `path` recorded since midnight at the start of `from`,
/// or that count for `from` or a later day: an entry keeps the day it was recorded on
/// where it was recorded, so a session done just after midnight in Oslo still counts for
/// that day once the patient's laptop is on New York's time.
pub fn read_days_from(path: &Path, from: NaiveDate) -> Result<Recent, String> {
    let midnight = crate::clock::local_midnight(from);
    let since = midnight.checked_sub_signed(TIME_ZONES_APART).unwrap_or(midnight);
    let mut recent = read_since(path, since).map_err(|e| e.to_string())?;
    recent.entries.retain(|entry| entry.at >= midnight || entry.day >= from);
    Ok(recent)
}

/// Today's checklist as text, for when there is no terminal to draw on.
pub fn show_today() -> Outcome {
    let current = current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let now = Local::now().fixed_offset();
    let date = now.date_naive();
    let recent = recent(&dirs, current.started, now)?;
    let program = &current.program;
    let history = History::from_entries(&recent.entries);
    let today = today(program, current.started.unwrap_or(date), date, &history);
    let title = program.about.title.as_str();
    let heading = t!("cli-title-week-date", title = title, week = today.week + 1, date = full_date(date));
    say!("{heading}");
    if current.is_default {
        say!("{}", t!("cli-no-programme-chosen"));
    }
    if crate::safety::gate(&recent.entries).is_blocked() {
        say!("{}", t!("cli-safety-blocked"));
    }
    for session in &today.sessions {
        let when = match (session.done_today, session.due, session.quota) {
            (true, _, _) => t!("cli-today-done-today"),
            (_, Due::NotToday, _) => continue,
            (_, _, Some(quota)) => quota.to_string(),
            (_, _, None) => t!("cli-today-due-today"),
        };
        say!("\n{} ({when})", session.name);
        for exercise in &session.exercises {
            let mark = match exercise.outcome {
                ExerciseOutcome::Done => "x",
                ExerciseOutcome::Skipped => "-",
                ExerciseOutcome::Pending => " ",
            };
            say!("  [{mark}] {}: {}", exercise.name, exercise.dose);
        }
    }
    Ok(())
}

pub fn programs() -> Outcome {
    for found in bundled::ALL {
        let about = load(found.name)?.about;
        let phase = about.phase.map(|p| format!(" ({p})")).unwrap_or_default();
        say!("{:<22} {}{phase}", found.name, about.title);
    }
    say!("\n{}", t!("cli-programs-follow"));
    Ok(())
}

pub fn choose(spec: &str, start: Option<NaiveDate>) -> Outcome {
    let program = load(spec)?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let mut settings = Settings::load(&dirs.settings_file()).map_err(|e| e.to_string())?;
    let chosen = match bundled::find(spec) {
        Some(found) => found.name.to_string(),
        None => keep_copy(&dirs, Path::new(spec))?,
    };
    // Choosing the same programme again (say, an updated file) keeps the start day,
    // so the progression carries on where it was.
    let same = settings.program() == Some(chosen.as_str());
    let started = start.or(settings.started().filter(|_| same)).unwrap_or_else(date_today);
    settings.choose(&chosen, started);
    settings.save().map_err(|e| e.to_string())?;
    let title = program.about.title.as_str();
    say!("{}", t!("cli-use-following", title = title, date = full_date(started)));
    say!("{}", t!("cli-use-run"));
    Ok(())
}

/// Copies a programme file into rehabit's own folder, so it stays if the original moves.
fn keep_copy(dirs: &Dirs, file: &Path) -> Result<String, String> {
    let source = read(file)?;
    let name = file.file_name().ok_or_else(|| t!("cli-not-a-file", path = file.display().to_string()))?;
    let folder = dirs.programs_dir();
    ensure_private_dir(&folder)
        .map_err(|e| t!("cli-cannot-create", path = folder.display().to_string(), error = e.to_string()))?;
    let copy = folder.join(name);
    write_private(&copy, source.as_bytes())
        .map_err(|e| t!("cli-cannot-save", path = copy.display().to_string(), error = e.to_string()))?;
    Ok(copy.display().to_string())
}
