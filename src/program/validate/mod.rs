//! Raw to validated: every rule a programme must follow, each problem reported at the
//! value that causes it, all of them at once.

mod exercise;
mod progression;

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::choice::did_you_mean;
use super::located::Located;
use super::raw::{RawAbout, RawPain, RawProgram, RawSession, RawSessionProgression};
use super::values::When;
use super::{About, PainBands, Problem, Program, QuotaGrowth, Schedule, Session};

/// Sessions with more exercises than this tend to be skipped.
const MANY_EXERCISES: usize = 6;

/// Collects problems while the raw programme is turned into a validated one.
#[derive(Default)]
pub(super) struct Validator {
    pub problems: Vec<Problem>,
}

impl Validator {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem::error(span, message, fix));
    }

    fn warn(&mut self, span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem::warning(span, message, fix));
    }

    /// A required value: reports it missing at `table` when absent.
    fn required<'a, T>(&mut self, value: &'a Option<Located<T>>, table: &Range<usize>, key: &str, fix: &str) -> Option<&'a T> {
        if value.is_none() {
            self.error(table.start..table.start, format!("`{key}` is missing here"), fix);
        }
        value.as_ref().map(|located| &located.value)
    }

    /// A whole number that must lie in `min..=max`.
    fn number(&mut self, value: &Option<Located<i64>>, min: i64, max: i64, message: &str, fix: &str) -> Option<u32> {
        let located = value.as_ref()?;
        if (min..=max).contains(&located.value) {
            u32::try_from(located.value).ok()
        } else {
            self.error(located.span.clone(), message, fix);
            None
        }
    }

    pub fn program(&mut self, raw: &RawProgram, whole: Range<usize>) -> Option<Program> {
        let about = self.about(raw.program.as_ref(), &whole);
        let pain = raw.pain.as_ref().map(|pain| self.pain(pain)).unwrap_or_default();
        let exercises = self.exercises(raw.exercise.as_deref().unwrap_or_default(), &whole);
        // Ids as written, so that an exercise with a bad value is still found by name.
        let mut ids: Vec<&str> = raw.exercise.iter().flatten().filter_map(|e| Some(e.value.id.as_ref()?.value.as_str())).collect();
        ids.dedup();
        let sessions = self.sessions(raw.session.as_deref().unwrap_or_default(), &ids, &whole);
        self.unused_exercises(raw, &sessions);
        let failed = self.problems.iter().any(|p| p.severity == super::Severity::Error);
        (!failed).then_some(Program { about: about?, pain, sessions, exercises })
    }

    fn about(&mut self, raw: Option<&Located<RawAbout>>, whole: &Range<usize>) -> Option<About> {
        let Some(Located { value: raw, span }) = raw else {
            self.error(whole.start..whole.start, "the programme has no [program] table",
                "start the file with [program] and a title, such as title = \"Morning mobility\"");
            return None;
        };
        let title = self.required(&raw.title, span, "title", "give the programme a title, such as title = \"Morning mobility\"");
        let weeks = self.number(&raw.weeks, 1, 104, "`weeks` must be between 1 and 104",
            "write how many weeks the programme runs, such as weeks = 12");
        Some(About {
            title: title?.clone(),
            author: raw.author.as_ref().map(|a| a.value.clone()),
            language: raw.language.as_ref().map_or_else(|| "en".to_string(), |l| l.value.clone()),
            updated: raw.updated.as_ref().map(|d| d.value.0),
            phase: raw.phase.as_ref().map(|p| p.value),
            weeks,
            goals: texts(&raw.goals),
            text: raw.about.as_ref().map(|a| a.value.clone()),
        })
    }

    fn pain(&mut self, raw: &Located<RawPain>) -> PainBands {
        let defaults = PainBands::default();
        let fix = "pain is scored from 0 (none) to 10 (the worst imaginable)";
        let safe = self.number(&raw.value.safe_up_to, 0, 10, "`safe_up_to` must be between 0 and 10", fix);
        let acceptable = self.number(&raw.value.acceptable_up_to, 0, 10, "`acceptable_up_to` must be between 0 and 10", fix);
        let bands = PainBands {
            safe_up_to: safe.map_or(defaults.safe_up_to, |n| n as u8),
            acceptable_up_to: acceptable.map_or(defaults.acceptable_up_to, |n| n as u8),
            guides_progression: raw.value.pain_guides_progression.as_ref().is_none_or(|b| b.value),
        };
        if bands.acceptable_up_to <= bands.safe_up_to {
            let span = raw.value.acceptable_up_to.as_ref().map_or(raw.span.clone(), |a| a.span.clone());
            self.error(span, "the acceptable band must reach above the safe band",
                format!("make `acceptable_up_to` more than {} (the default is 5)", bands.safe_up_to));
        }
        bands
    }

    fn sessions(&mut self, raw: &[Located<RawSession>], ids: &[&str], whole: &Range<usize>) -> Vec<Session> {
        if raw.is_empty() {
            self.error(whole.end..whole.end, "the programme has no sessions",
                "add a [[session]] with a name, when it happens and its exercises");
        }
        let mut names: HashMap<&str, Range<usize>> = HashMap::new();
        for session in raw {
            if let Some(name) = &session.value.name {
                if let Some(first) = names.insert(&name.value, name.span.clone()) {
                    self.problems.push(Problem::error(name.span.clone(), format!("two sessions are called \"{}\"", name.value),
                        "give each session its own name").with_related(first, "the first one"));
                }
            }
        }
        raw.iter().filter_map(|session| self.session(session, ids)).collect()
    }

    fn session(&mut self, raw: &Located<RawSession>, ids: &[&str]) -> Option<Session> {
        let Located { value: raw, span } = raw;
        let name = self.required(&raw.name, span, "name", "give the session a name, such as name = \"Morning mobility\"");
        let when = self.required(&raw.when, span, "when", "say when the session happens, such as when = \"every day\"");
        let schedule = when.and_then(|when| self.schedule(when, raw.when.as_ref().map(|w| w.span.clone())?));
        let exercises = self.session_exercises(raw, span, ids);
        let quota_growth = self.quota_growth(raw, schedule.as_ref());
        Some(Session {
            name: name?.clone(),
            schedule: schedule?,
            remind_at: raw.remind_at.iter().flatten().map(|time| time.value.0).collect(),
            at_clinic: raw.at_clinic.as_ref().is_some_and(|b| b.value),
            exercises,
            quota_growth,
        })
    }

    fn schedule(&mut self, when: &When, span: Range<usize>) -> Option<Schedule> {
        match when {
            When::EveryDay => Some(Schedule::EveryDay),
            When::TimesAWeek(n @ 1..=7) => Some(Schedule::TimesAWeek(*n as u8)),
            When::TimesAWeek(n) => {
                self.error(span, format!("{n} times a week is not possible"),
                    "rehabit counts a session once a day, so write from 1 to 7 times a week, or \"every day\"");
                None
            }
            When::Weekdays(days) => {
                let mut seen = BTreeSet::new();
                for day in days {
                    if !seen.insert(day.value) {
                        self.warn(day.span.clone(), format!("{} is listed twice", day.value), "list each day once");
                    }
                }
                if seen.is_empty() {
                    self.error(span, "the list of weekdays is empty", "list the days, such as [\"monday\", \"thursday\"]");
                    return None;
                }
                Some(Schedule::Weekdays(seen))
            }
        }
    }

    fn session_exercises(&mut self, raw: &RawSession, span: &Range<usize>, ids: &[&str]) -> Vec<String> {
        let Some(list) = &raw.exercises else {
            self.error(span.start..span.start, "this session has no exercises",
                "add exercises = [\"...\"] with the ids of its exercises, in order");
            return Vec::new();
        };
        if list.value.is_empty() {
            self.error(list.span.clone(), "this session is empty", "name at least one exercise by its id");
        }
        if list.value.len() > MANY_EXERCISES {
            self.warn(list.span.clone(), format!("this session has {} exercises", list.value.len()),
                format!("patients keep up better with {MANY_EXERCISES} or fewer; consider two shorter sessions"));
        }
        for id in &list.value {
            if !ids.contains(&id.value.as_str()) {
                let fix = if ids.is_empty() { "define it with [[exercise]] and id = \"...\"".to_string() } else { did_you_mean(&id.value, ids) };
                self.error(id.span.clone(), format!("no exercise has the id \"{}\"", id.value), fix);
            }
        }
        list.value.iter().map(|id| id.value.clone()).collect()
    }

    fn quota_growth(&mut self, raw: &RawSession, schedule: Option<&Schedule>) -> Vec<QuotaGrowth> {
        let rules = raw.progression.as_deref().unwrap_or_default();
        let start = match schedule {
            Some(Schedule::TimesAWeek(n)) => *n,
            Some(_) => {
                for rule in rules {
                    self.error(rule.span.clone(), "only a weekly quota can grow",
                        "use when = \"3 times a week\" for a quota, or remove this progression");
                }
                return Vec::new();
            }
            None => return Vec::new(),
        };
        rules.iter().filter_map(|rule| self.quota_rule(rule, start)).collect()
    }

    fn quota_rule(&mut self, rule: &Located<RawSessionProgression>, start: u8) -> Option<QuotaGrowth> {
        let RawSessionProgression { every_weeks, add_times, max_times } = &rule.value;
        self.required(every_weeks, &rule.span, "every_weeks", "say how often the quota grows, such as every_weeks = 4");
        self.required(add_times, &rule.span, "add_times", "say how many times to add, such as add_times = 1");
        self.required(max_times, &rule.span, "max_times", "say where to stop, such as max_times = 5");
        let every = self.number(every_weeks, 1, 104, "`every_weeks` must be at least 1", "write a number of weeks, such as 2");
        let add = self.number(add_times, 1, 6, "`add_times` must be between 1 and 6", "write how many more times a week, such as 1");
        let max = self.number(max_times, 1, 7, "`max_times` must be between 1 and 7", "a week has seven days");
        if let (Some(max), Some(located)) = (max, max_times) {
            if max < u32::from(start) {
                self.error(located.span.clone(), format!("the quota starts at {start} times a week, above this maximum"),
                    format!("make `max_times` at least {start}"));
            }
        }
        Some(QuotaGrowth { every_weeks: every?, add: add? as u8, max: max? as u8 })
    }

    fn unused_exercises(&mut self, raw: &RawProgram, sessions: &[Session]) {
        let used: BTreeSet<&str> = sessions.iter().flat_map(|s| s.exercises.iter().map(String::as_str)).collect();
        for exercise in raw.exercise.iter().flatten() {
            if let Some(id) = &exercise.value.id {
                if !sessions.is_empty() && !used.contains(id.value.as_str()) {
                    self.warn(id.span.clone(), format!("no session uses \"{}\"", id.value),
                        "add its id to a session's exercises, or remove it");
                }
            }
        }
    }
}

fn texts(list: &Option<Vec<Located<String>>>) -> Vec<String> {
    list.iter().flatten().map(|text| text.value.clone()).collect()
}
