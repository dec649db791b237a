//! The rules for sessions: names, schedules, their exercises and growing quotas.

use std::collections::BTreeSet;
use std::ops::Range;

use super::super::choice::did_you_mean;
use super::super::located::Located;
use super::super::raw::{RawSession, RawSessionProgression};
use super::super::values::When;
use super::super::{QuotaGrowth, Schedule, Session};
use super::Validator;

/// Sessions with more exercises than this tend to be skipped.
const MANY_EXERCISES: usize = 6;

impl Validator {
    pub(super) fn sessions(
        &mut self,
        raw: &[Located<RawSession>],
        ids: &[&str],
        whole: &Range<usize>,
    ) -> Vec<Session> {
        if raw.is_empty() {
            self.error(
                whole.end..whole.end,
                "the programme has no sessions",
                "add a [[session]] with a name, when it happens and its exercises",
            );
        }
        let names = raw.iter().filter_map(|session| session.value.name.as_ref());
        self.no_duplicates(
            names,
            |name| format!("two sessions are called \"{name}\""),
            "give each session its own name",
        );
        self.translated_session_names_differ(raw);
        raw.iter().filter_map(|session| self.session(session, ids)).collect()
    }

    fn session(&mut self, raw: &Located<RawSession>, ids: &[&str]) -> Option<Session> {
        let Located { value: raw, span } = raw;
        let name = self.required(
            &raw.name,
            span,
            "name",
            "give the session a name, such as name = \"Morning mobility\"",
        );
        let when = self.required(
            &raw.when,
            span,
            "when",
            "say when the session happens, such as when = \"every day\"",
        );
        let schedule = when.and_then(|when| self.schedule(when, raw.when.as_ref().map(|w| w.span.clone())?));
        let exercises = self.session_exercises(raw, span, ids);
        let quota_growth = self.quota_growth(raw, schedule.as_ref());
        let translations = self.session_texts(raw);
        let name = name?.clone();
        Some(Session {
            key: name.clone(),
            name,
            schedule: schedule?,
            remind_at: raw.remind_at.iter().flatten().map(|time| time.value.0).collect(),
            at_clinic: raw.at_clinic.as_ref().is_some_and(|b| b.value),
            exercises,
            quota_growth,
            translations,
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
                        self.warn(
                            day.span.clone(),
                            format!("{} is listed twice", day.value),
                            "list each day once",
                        );
                    }
                }
                if seen.is_empty() {
                    self.error(
                        span,
                        "the list of weekdays is empty",
                        "list the days, such as [\"monday\", \"thursday\"]",
                    );
                    return None;
                }
                Some(Schedule::Weekdays(seen))
            }
        }
    }

    fn session_exercises(&mut self, raw: &RawSession, span: &Range<usize>, ids: &[&str]) -> Vec<String> {
        let Some(list) = &raw.exercises else {
            self.error(
                span.start..span.start,
                "this session has no exercises",
                "add exercises = [\"...\"] with the ids of its exercises, in order",
            );
            return Vec::new();
        };
        if list.value.is_empty() {
            self.error(list.span.clone(), "this session is empty", "name at least one exercise by its id");
        }
        if list.value.len() > MANY_EXERCISES {
            self.warn(
                list.span.clone(),
                format!("this session has {} exercises", list.value.len()),
                format!(
                    "patients keep up better with {MANY_EXERCISES} or fewer; consider two shorter sessions"
                ),
            );
        }
        for id in &list.value {
            if !ids.contains(&id.value.as_str()) {
                let fix = if ids.is_empty() {
                    "define it with [[exercise]] and id = \"...\"".to_string()
                } else {
                    did_you_mean(&id.value, ids)
                };
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
                    self.error(
                        rule.span.clone(),
                        "only a weekly quota can grow",
                        "use when = \"3 times a week\" for a quota, or remove this progression",
                    );
                }
                return Vec::new();
            }
            None => return Vec::new(),
        };
        rules.iter().filter_map(|rule| self.quota_rule(rule, start)).collect()
    }

    fn quota_rule(&mut self, rule: &Located<RawSessionProgression>, start: u8) -> Option<QuotaGrowth> {
        let RawSessionProgression { every_weeks, add_times, max_times } = &rule.value;
        self.required(
            every_weeks,
            &rule.span,
            "every_weeks",
            "say how often the quota grows, such as every_weeks = 4",
        );
        self.required(add_times, &rule.span, "add_times", "say how many times to add, such as add_times = 1");
        self.required(max_times, &rule.span, "max_times", "say where to stop, such as max_times = 5");
        let every = self.number(
            every_weeks,
            1,
            104,
            "`every_weeks` must be at least 1",
            "write a number of weeks, such as 2",
        );
        let add = self.number(
            add_times,
            1,
            6,
            "`add_times` must be between 1 and 6",
            "write how many more times a week, such as 1",
        );
        let max =
            self.number(max_times, 1, 7, "`max_times` must be between 1 and 7", "a week has seven days");
        if let (Some(max), Some(located)) = (max, max_times)
            && max < u32::from(start)
        {
            self.error(
                located.span.clone(),
                format!("the quota starts at {start} times a week, above this maximum"),
                format!("make `max_times` at least {start}"),
            );
        }
        Some(QuotaGrowth { every_weeks: every?, add: add? as u8, max: max? as u8 })
    }
}
