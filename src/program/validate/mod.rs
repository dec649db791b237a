//! Raw to validated: every rule a programme must follow, each problem reported at the
//! value that causes it, all of them at once.

mod exercise;
mod progression;
mod session;
mod translations;

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::located::Located;
use super::raw::{RawAbout, RawPain, RawProgram};
use super::{About, PainBands, Problem, Program, Session};

/// Collects problems while the raw programme is turned into a validated one.
#[derive(Default)]
pub(super) struct Validator {
    pub problems: Vec<Problem>,
    own: translations::OwnLanguage,
}

impl Validator {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem::error(span, message, fix));
    }

    fn warn(&mut self, span: Range<usize>, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem::warning(span, message, fix));
    }

    /// Reports each value written a second time, pointing back at the first.
    fn no_duplicates<'a>(
        &mut self,
        values: impl Iterator<Item = &'a Located<String>>,
        message: impl Fn(&str) -> String,
        fix: &str,
    ) {
        let mut first_seen: HashMap<&str, Range<usize>> = HashMap::new();
        for value in values {
            if let Some(first) = first_seen.insert(&value.value, value.span.clone()) {
                let problem = Problem::error(value.span.clone(), message(&value.value), fix);
                self.problems.push(problem.with_related(first, "the first one"));
            }
        }
    }

    /// A required value: reports it missing at `table` when absent.
    fn required<'a, T>(
        &mut self,
        value: &'a Option<Located<T>>,
        table: &Range<usize>,
        key: &str,
        fix: &str,
    ) -> Option<&'a T> {
        if value.is_none() {
            self.error(table.start..table.start, format!("`{key}` is missing here"), fix);
        }
        value.as_ref().map(|located| &located.value)
    }

    /// A whole number that must lie in `min..=max`.
    fn number(
        &mut self,
        value: &Option<Located<i64>>,
        min: i64,
        max: i64,
        message: &str,
        fix: &str,
    ) -> Option<u32> {
        let located = value.as_ref()?;
        if (min..=max).contains(&located.value) {
            u32::try_from(located.value).ok()
        } else if located.value > max && message.contains("at least") {
            let too_many = format!("{} is more than this can be ({max} at most)", located.value);
            self.error(located.span.clone(), too_many, fix);
            None
        } else {
            self.error(located.span.clone(), message, fix);
            None
        }
    }

    pub fn program(&mut self, raw: &RawProgram, whole: Range<usize>) -> Option<Program> {
        let language = raw.program.as_ref().and_then(|about| about.value.language.as_ref());
        let language = self.own_language(language);
        let about = self.about(raw.program.as_ref(), language, &whole);
        let pain = raw.pain.as_ref().map(|pain| self.pain(pain)).unwrap_or_default();
        let exercises = self.exercises(raw.exercise.as_deref().unwrap_or_default(), &whole);
        // Ids as written, so that an exercise with a bad value is still found by name.
        let mut ids: Vec<&str> =
            raw.exercise.iter().flatten().filter_map(|e| Some(e.value.id.as_ref()?.value.as_str())).collect();
        ids.dedup();
        let sessions = self.sessions(raw.session.as_deref().unwrap_or_default(), &ids, &whole);
        self.unused_exercises(raw, &sessions);
        let failed = self.problems.iter().any(|p| p.severity == super::Severity::Error);
        (!failed).then_some(Program { about: about?, pain, sessions, exercises })
    }

    fn about(
        &mut self,
        raw: Option<&Located<RawAbout>>,
        language: String,
        whole: &Range<usize>,
    ) -> Option<About> {
        let Some(Located { value: raw, span }) = raw else {
            self.error(
                whole.start..whole.start,
                "the programme has no [program] table",
                "start the file with [program] and a title, such as title = \"Morning mobility\"",
            );
            return None;
        };
        let title = self.required(
            &raw.title,
            span,
            "title",
            "give the programme a title, such as title = \"Morning mobility\"",
        );
        let weeks = self.number(
            &raw.weeks,
            1,
            104,
            "`weeks` must be between 1 and 104",
            "write how many weeks the programme runs, such as weeks = 12",
        );
        let goals = texts(&raw.goals);
        let translations = self.about_texts(&raw.translations, &goals);
        Some(About {
            title: title?.clone(),
            author: raw.author.as_ref().map(|a| a.value.clone()),
            language,
            updated: raw.updated.as_ref().map(|d| d.value.0),
            phase: raw.phase.as_ref().map(|p| p.value),
            weeks,
            goals,
            text: raw.about.as_ref().map(|a| a.value.clone()),
            translations,
        })
    }

    fn pain(&mut self, raw: &Located<RawPain>) -> PainBands {
        let defaults = PainBands::default();
        let fix = "pain is scored from 0 (none) to 10 (the worst imaginable)";
        let safe = self.number(&raw.value.safe_up_to, 0, 10, "`safe_up_to` must be between 0 and 10", fix);
        let acceptable = self.number(
            &raw.value.acceptable_up_to,
            0,
            10,
            "`acceptable_up_to` must be between 0 and 10",
            fix,
        );
        let bands = PainBands {
            safe_up_to: safe.map_or(defaults.safe_up_to, |n| n as u8),
            acceptable_up_to: acceptable.map_or(defaults.acceptable_up_to, |n| n as u8),
            guides_progression: raw.value.pain_guides_progression.as_ref().is_none_or(|b| b.value),
        };
        if bands.acceptable_up_to <= bands.safe_up_to {
            let span = raw.value.acceptable_up_to.as_ref().map_or(raw.span.clone(), |a| a.span.clone());
            self.error(
                span,
                "the acceptable band must reach above the safe band",
                format!("make `acceptable_up_to` more than {} (the default is 5)", bands.safe_up_to),
            );
        }
        bands
    }

    fn unused_exercises(&mut self, raw: &RawProgram, sessions: &[Session]) {
        let used: BTreeSet<&str> =
            sessions.iter().flat_map(|s| s.exercises.iter().map(String::as_str)).collect();
        for exercise in raw.exercise.iter().flatten() {
            if let Some(id) = &exercise.value.id
                && !sessions.is_empty()
                && !used.contains(id.value.as_str())
            {
                self.warn(
                    id.span.clone(),
                    format!("no session uses \"{}\"", id.value),
                    "add its id to a session's exercises, or remove it",
                );
            }
        }
    }
}

fn texts(list: &Option<Vec<Located<String>>>) -> Vec<String> {
    list.iter().flatten().map(|text| text.value.clone()).collect()
}
