//! Recording what was done away from the keyboard: walks, whole sessions, the
//! morning pain check, and taking back a mistake.
//!
//! Every command reads the recent journal first, so a journal from a newer rehabit is
//! refused before anything is written, then appends exactly one entry. Nothing is ever
//! rewritten: a mistake is taken back by a later entry.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Outcome;
use super::dates::{describe, parse_day, parse_length};
use super::patient::{Current, current, recent};
use crate::clock::Clock;
use crate::journal::{Asked, DoseRecord, Entry, Event, FORMAT_VERSION, Journal, PainMoment, ProgramRef};
use crate::paths::Dirs;
use crate::plan::dose_in_week;
use crate::program::choice::{closest, quoted_list};
use crate::program::{Kind, Program, Session, capitalise, short_duration};
use crate::progress::{History, Run, Source, morning_pain_rising};
use crate::today::today;

/// Words for walking besides "walk" itself, in the languages of the programmes
/// rehabit is written from.
const WALKING_WORDS: &str = "stroll hike hiking gå gåtur promenad promenade promenere spasertur \
                             spadseretur wandelen wandeling lopen";

/// What every recording command starts from: the programme, the recent journal, now.
pub(super) struct Context {
    current: Current,
    pub(super) dirs: Dirs,
    now: DateTime<FixedOffset>,
    pub(super) today: NaiveDate,
    /// The programme's first day: the day chosen, or today for the bundled default.
    start: NaiveDate,
    pub(super) entries: Vec<Entry>,
}

impl Context {
    pub(super) fn load() -> Result<Context, String> {
        let current = current()?;
        let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
        let now = Clock::start().now().wall;
        let today = now.date_naive();
        // Read before writing: a journal from a newer rehabit is refused untouched.
        let entries = recent(&dirs, current.started, now)?.entries;
        Ok(Context { start: current.started.unwrap_or(today), current, dirs, now, today, entries })
    }

    pub(super) fn program(&self) -> &Program {
        &self.current.program
    }

    pub(super) fn day(&self, text: &str) -> Result<NaiveDate, String> {
        parse_day(text, self.today, self.current.started)
    }

    /// A new run id: what it is, the moment, and the process, so it is unique.
    pub(super) fn new_id(&self, what: &str) -> String {
        format!("{what}-{}-{}", self.now.format("%Y%m%dT%H%M%S"), std::process::id())
    }

    pub(super) fn entry(&self, day: NaiveDate, session: &str, run: &str, event: Event) -> Entry {
        let program = ProgramRef::new(&self.program().about.title, &self.current.hash);
        Entry {
            v: FORMAT_VERSION,
            at: self.now,
            day,
            program,
            session: session.into(),
            run: run.into(),
            event,
        }
    }

    /// Appends `entry` to the journal and to what this command knows of it.
    pub(super) fn save(&mut self, entry: Entry) -> Result<History, String> {
        save(&self.dirs, &entry)?;
        self.entries.push(entry);
        Ok(History::from_entries(&self.entries))
    }

    /// Where the week stands for `session` (after what was just recorded), in a line.
    fn week_line(&self, history: &History, session: &str) -> Option<String> {
        let today = today(self.program(), self.start, self.today, history);
        let found = today.sessions.iter().find(|s| s.key == session)?;
        if let Some(quota) = found.quota {
            return Some(format!("{}.", capitalise(&quota.to_string())));
        }
        let monday = crate::plan::monday_of(self.today);
        let seconds: u64 = history
            .counted()
            .filter(|run| run.session == session && run.day >= monday && run.day <= self.today)
            .map(|run| run.seconds)
            .sum();
        (seconds >= 60).then(|| t!("cli-week-so-far", minutes = seconds / 60, session = found.name.as_str()))
    }
}

/// Appends one entry, whole or not at all, and says plainly why if it can't.
pub(super) fn save(dirs: &Dirs, entry: &Entry) -> Result<(), String> {
    let path = dirs.journal_file();
    let (mut journal, set_aside) =
        Journal::open(&path).map_err(|e| t!("cli-save-not-opened", problem = e.to_string()))?;
    if let Some(set_aside) = set_aside {
        eprintln!("rehabit: {set_aside}");
    }
    if let Err(failed) = journal.append(entry) {
        journal.abandon_pending();
        return Err(t!(
            "cli-save-failed",
            path = path.display().to_string(),
            reason = failed.reason.to_string()
        ));
    }
    if let Some(set_aside) = journal.take_set_aside() {
        eprintln!("rehabit: {set_aside}");
    }
    Ok(())
}

pub fn log(
    activity: &str,
    duration: &str,
    date: &str,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    note: Option<String>,
) -> Outcome {
    let activity = activity.trim();
    if activity.is_empty() {
        return Err(t!("cli-log-what"));
    }
    let length = parse_length(duration)?;
    let mut cx = Context::load()?;
    let day = cx.day(date)?;
    let walking = is_walking(activity);
    let session = session_for(cx.program(), walking);
    let id = cx.new_id("log");
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let event = Event::Logged {
        activity: activity.to_string(),
        seconds: length.as_secs(),
        pain_before,
        pain_after,
        note,
    };
    let history = cx.save(cx.entry(day, &session, &id, event))?;
    let (kind, length) = activity_kind(activity, length.as_secs());
    let when = describe(day, cx.today);
    say!(
        "{}",
        t!("cli-log-logged", kind = kind, length = length, activity = activity, when = when, id = &id)
    );
    if session.is_empty() {
        say!("{}", t!("cli-log-no-session"));
        say!("{}", t!("cli-log-kept"));
    } else if let Some(line) = cx.week_line(&history, &session) {
        say!("{line}");
    }
    let assessment =
        history.runs.iter().find(|run| run.id == id).and_then(|run| history.assess(cx.program(), run));
    if let Some(assessment) = assessment {
        say!("{}", assessment.explain());
    }
    Ok(())
}

fn is_walking(activity: &str) -> bool {
    let lower = activity.to_lowercase();
    lower.contains("walk")
        || lower.split(|c: char| !c.is_alphanumeric()).any(|word| WALKING_WORDS.split(' ').any(|w| w == word))
}

/// The session a logged activity counts toward: the first made only of timed
/// activities (walks, cycling...) that holds one of the same kind, else the first made
/// only of timed activities, else none (""). A session that mixes a short march with
/// other exercises is not done by a walk logged afterwards.
fn session_for(program: &Program, walking: bool) -> String {
    let wanted = if walking { Kind::Walking } else { Kind::Activity };
    let kinds = |session: &Session| -> Vec<Kind> {
        session.exercises.iter().filter_map(|id| program.exercise(id)).map(|e| e.kind).collect()
    };
    let timed = |session: &&Session| {
        let kinds = kinds(session);
        !kinds.is_empty() && kinds.iter().all(|kind| kind.is_timed())
    };
    let mut candidates = program.sessions.iter().filter(timed);
    let first = candidates.clone().next();
    candidates
        .find(|session| kinds(session).contains(&wanted))
        .or(first)
        .map(|s| s.key.clone())
        .unwrap_or_default()
}

/// What the texts need to name an activity: `walk` or `other` (for "a 32 min walk" or
/// "45 min of cycling"), and its length in a few words.
pub(super) fn activity_kind(activity: &str, seconds: u64) -> (&'static str, String) {
    let kind = if is_walking(activity) { "walk" } else { "other" };
    (kind, short_duration(Duration::from_secs(seconds)))
}

pub fn mark_done(session: &str, date: &str) -> Outcome {
    let mut cx = Context::load()?;
    let program = cx.program();
    let found = find_session(program, session)?;
    let day = cx.day(date)?;
    let history = History::from_entries(&cx.entries);
    // The doses the pain-monitoring model allowed that day.
    let week = history.load_on(program, cx.start, day).week;
    let planned: Vec<Asked> = found
        .exercises
        .iter()
        .enumerate()
        .filter_map(|(position, id)| {
            let exercise = program.exercise(id)?;
            let (level, dose) = dose_in_week(exercise, week);
            Some(Asked { exercise: id.into(), position, level, dose: DoseRecord::from(&dose) })
        })
        .collect();
    let already = history.counted().any(|run| run.session == found.key && run.day == day);
    let has_timed = found.exercises.iter().filter_map(|id| program.exercise(id)).any(|e| e.kind.is_timed());
    let (name, key) = (found.name.clone(), found.key.clone());
    let count = planned.len();
    let id = cx.new_id("done");
    let history = cx.save(cx.entry(day, &key, &id, Event::MarkedDone { planned: planned.into() }))?;
    let when = describe(day, cx.today);
    say!("{}", t!("cli-done-marked", session = &name, when = when, count = count, id = &id));
    if already {
        say!("{}", t!("cli-done-already"));
    }
    if let Some(line) = cx.week_line(&history, &key) {
        say!("{line}");
    }
    if has_timed {
        say!("{}", t!("cli-done-log-instead"));
    }
    Ok(())
}

/// The programme's session called `name`, ignoring case, or a did-you-mean.
fn find_session<'a>(program: &'a Program, name: &str) -> Result<&'a Session, String> {
    let wanted = name.trim().to_lowercase();
    if let Some(found) = program.sessions.iter().find(|s| s.is_called(&wanted)) {
        return Ok(found);
    }
    let names: Vec<&str> = program.sessions.iter().map(|s| s.name.as_str()).collect();
    let lowered: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let name = name.trim();
    Err(match closest(&wanted, lowered.iter().map(String::as_str)) {
        Some(near) => {
            let index = lowered.iter().position(|l| l == near).unwrap_or(0);
            t!("cli-session-unknown-near", name = name, near = names[index])
        }
        None => t!("cli-session-unknown", name = name, sessions = quoted_list(&names)),
    })
}

pub fn morning_pain(score: u8, about: Option<&str>) -> Outcome {
    let mut cx = Context::load()?;
    let day = cx.day(about.unwrap_or("yesterday"))?;
    let id = cx.new_id("pain");
    let history = cx.save(cx.entry(day, "", &id, Event::Pain { moment: PainMoment::NextMorning, score }))?;
    let when = describe(day, cx.today);
    say!("{}", t!("cli-pain-noted", score = score, when = &when, id = &id));
    let judged: Vec<(&Run, String)> = history
        .counted()
        .filter(|run| run.day == day)
        .filter_map(|run| Some((run, history.assess(cx.program(), run)?.explain())))
        .collect();
    if judged.is_empty() {
        if history.counted().any(|run| run.day == day) {
            say!("{}", t!("cli-pain-no-scores", when = &when));
        } else {
            say!("{}", t!("cli-pain-nothing-recorded", when = &when));
        }
    }
    for (run, explanation) in judged {
        say!("{}: {explanation}", run_name(run));
    }
    if morning_pain_rising(&history.morning, cx.today) {
        say!("{}", t!("cli-pain-rising"));
    }
    Ok(())
}

/// A run in a few words: "Morning loosen-up", "Short walk (marked done)", "The 20 min
/// walk logged".
fn run_name(run: &Run) -> String {
    match &run.source {
        Source::Live => run.session.to_string(),
        Source::Marked => t!("cli-run-marked", session = run.session.as_str()),
        Source::Logged { activity } => {
            let (kind, length) = activity_kind(activity, run.seconds);
            capitalise(&t!("cli-run-logged", kind = kind, length = length, activity = activity.as_str()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::check;

    #[test]
    fn walks_in_several_languages_are_walks() {
        for word in ["walk", "Walking", "gå", "wandelen", "nordic walking", "promenad", "dog walk"] {
            assert!(is_walking(word), "{word}");
        }
        for word in ["cycling", "swimming", "dancing", "stairs"] {
            assert!(!is_walking(word), "{word}");
        }
    }

    fn programme(name: &str) -> Program {
        check(crate::bundled::find(name).unwrap().source).program.unwrap()
    }

    #[test]
    fn an_activity_counts_toward_a_session_of_timed_activities_only() {
        assert_eq!(session_for(&programme("walking-plan"), true), "Walk");
        assert_eq!(session_for(&programme("walking-plan"), false), "Walk");
        assert_eq!(session_for(&programme("acute-gentle-start"), true), "Short walk");
        assert_eq!(session_for(&programme("core-stability"), true), "Easy walk");
        // Its only timed exercise is a march among mobility exercises.
        assert_eq!(session_for(&programme("morning-mobility"), true), "");
        assert_eq!(session_for(&programme("strength-prevention"), false), "");
    }

    #[test]
    fn a_session_is_found_ignoring_case_or_a_near_miss_is_suggested() {
        let program = programme("acute-gentle-start");
        assert_eq!(find_session(&program, " morning LOOSEN-up ").unwrap().name, "Morning loosen-up");
        let error = find_session(&program, "Mornig lossen-up").unwrap_err();
        assert!(error.contains("did you mean \"Morning loosen-up\"?"), "{error}");
        let error = find_session(&program, "yoga").unwrap_err();
        assert!(error.contains("\"Morning loosen-up\", \"Short walk\" or \"Evening wind-down\""), "{error}");
    }
}
