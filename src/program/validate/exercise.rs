//! The rules for exercises: ids, kinds, doses, levels and progression.

use std::ops::Range;
use std::time::Duration;

use super::super::located::Located;
use super::super::raw::{RawExercise, RawProgression, RawVersion};
use super::super::values::DurationText;
use super::super::{Dose, Exercise, Kind, Rule, Sides, Translations, Version};
use super::{Validator, texts};

impl Validator {
    pub(super) fn exercises(&mut self, raw: &[Located<RawExercise>], whole: &Range<usize>) -> Vec<Exercise> {
        if raw.is_empty() {
            self.error(
                whole.end..whole.end,
                "the programme has no exercises",
                "add an [[exercise]] with an id, a name, a kind and its dose",
            );
        }
        let ids = raw.iter().filter_map(|exercise| exercise.value.id.as_ref());
        self.no_duplicates(
            ids,
            |id| format!("two exercises have the id \"{id}\""),
            "give each exercise its own id",
        );
        raw.iter().filter_map(|exercise| self.exercise(exercise)).collect()
    }

    fn exercise(&mut self, raw: &Located<RawExercise>) -> Option<Exercise> {
        let Located { value: raw, span } = raw;
        let id =
            self.required(&raw.id, span, "id", "give the exercise a short id, such as id = \"bird-dog\"");
        if let Some(id) = &raw.id {
            let well_formed = !id.value.is_empty()
                && id.value.split('-').all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                });
            if !well_formed {
                self.error(
                    id.span.clone(),
                    format!("\"{}\" can't be used as an id", id.value),
                    "use lowercase letters, digits and single dashes, such as \"bird-dog\"",
                );
            }
        }
        let kind = self
            .required(&raw.kind, span, "kind", "say what kind of exercise it is, such as kind = \"mobility\"")
            .copied();
        let start_level = self
            .number(&raw.level, 1, 4, "`level` must be from 1 to 4", "levels go from 1 (easiest) to 4")
            .unwrap_or(1) as u8;
        let base = self.version(&raw.version, None, span, kind);
        let mut levels = vec![(start_level, base.clone()?)];
        for level in raw.levels.iter().flatten() {
            self.required(
                &level.value.level,
                &level.span,
                "level",
                "say which level this is, such as level = 2",
            );
            let Some(number) = self.number(
                &level.value.level,
                1,
                4,
                "`level` must be from 1 to 4",
                "levels go from 1 (easiest) to 4",
            ) else {
                continue;
            };
            let at = level.value.level.as_ref().map_or(level.span.clone(), |l| l.span.clone());
            if levels.iter().any(|(existing, _)| u32::from(*existing) == number) {
                self.error(
                    at,
                    format!("level {number} is written twice"),
                    "write each level once; the exercise itself is its starting level",
                );
                continue;
            }
            if let Some(version) = self.version(&level.value.version, base.as_ref(), &level.span, kind) {
                levels.push((number as u8, version));
            }
        }
        levels.sort_by_key(|(level, _)| *level);
        let exercise =
            Exercise { id: id?.clone(), kind: kind?, start_level, levels, progression: Vec::new() };
        let progression =
            raw.progression.iter().flatten().filter_map(|rule| self.rule(rule, &exercise)).collect();
        Some(Exercise { progression, ..exercise })
    }

    /// The texts and dose at one level; a level starts from the exercise's own.
    fn version(
        &mut self,
        raw: &RawVersion,
        base: Option<&Version>,
        span: &Range<usize>,
        kind: Option<Kind>,
    ) -> Option<Version> {
        let name = match base {
            Some(base) => raw.name.as_ref().map_or_else(|| base.name.clone(), |n| n.value.clone()),
            None => self
                .required(&raw.name, span, "name", "give the exercise a name, such as name = \"Bird dog\"")?
                .clone(),
        };
        let pick =
            |list: &Option<Vec<Located<String>>>, from_base: fn(&Version) -> &Vec<String>| match (list, base)
            {
                (None, Some(base)) => from_base(base).clone(),
                _ => texts(list),
            };
        let cues = pick(&raw.cues, |v| &v.cues);
        if cues.is_empty() && base.is_none() {
            self.warn(
                span.start..span.start,
                format!("\"{name}\" has no cues"),
                "add one or two short cues, such as cues = [\"Breathe out as you lift\"]",
            );
        }
        let dose = self.dose(raw, base.map(|b| &b.dose), span, kind)?;
        let mut version = Version {
            steps: pick(&raw.steps, |v| &v.steps),
            safety: pick(&raw.safety, |v| &v.safety),
            equipment: pick(&raw.equipment, |v| &v.equipment),
            media: raw.media.as_ref().map(|m| m.value.clone()).or_else(|| base.and_then(|b| b.media.clone())),
            name,
            cues,
            dose,
            translations: Translations::default(),
        };
        version.translations = self.version_texts(raw, &version, base);
        Some(version)
    }

    fn dose(
        &mut self,
        raw: &RawVersion,
        base: Option<&Dose>,
        span: &Range<usize>,
        kind: Option<Kind>,
    ) -> Option<Dose> {
        let sets = self.number(
            &raw.sets,
            1,
            100,
            "`sets` must be at least 1",
            "write how many sets, such as sets = 2; leave it out for one set",
        );
        let reps = self.number(
            &raw.reps,
            1,
            1000,
            "`reps` must be at least 1",
            "write how many repetitions, such as reps = 10",
        );
        let hold = self.length(&raw.hold, "a hold can't be zero");
        let duration = self.length(&raw.duration, "a duration can't be zero");
        let dose = Dose {
            sets: sets.or(base.map(|b| b.sets)).unwrap_or(1),
            reps: reps.or(base.and_then(|b| b.reps)),
            hold: hold.or(base.and_then(|b| b.hold)),
            rest: raw.rest.as_ref().map(|r| r.value.0).or(base.and_then(|b| b.rest)),
            rest_between_sets: raw
                .rest_between_sets
                .as_ref()
                .map(|r| r.value.0)
                .or(base.and_then(|b| b.rest_between_sets)),
            sides: raw.sides.as_ref().map(|s| s.value).or(base.map(|b| b.sides)).unwrap_or(Sides::None),
            duration: duration.or(base.and_then(|b| b.duration)),
            intensity: raw
                .intensity
                .as_ref()
                .map(|i| i.value.clone())
                .or(base.and_then(|b| b.intensity.clone())),
        };
        let at = span.start..span.start;
        if kind.is_some_and(Kind::is_timed) && dose.duration.is_none() {
            self.error(
                at,
                "a timed activity needs a duration",
                "say how long it lasts, such as duration = \"10m\"",
            );
        } else if dose.reps.is_none() && dose.hold.is_none() && dose.duration.is_none() {
            self.error(
                at,
                "this exercise has no dose",
                "give it reps, a hold or a duration, such as reps = 10",
            );
        }
        Some(dose)
    }

    fn length(&mut self, value: &Option<Located<DurationText>>, message: &str) -> Option<Duration> {
        let located = value.as_ref()?;
        if located.value.0.is_zero() {
            self.error(
                located.span.clone(),
                message,
                "write a length of time, such as \"10s\", or leave it out",
            );
            return None;
        }
        Some(located.value.0)
    }

    fn rule(&mut self, raw: &Located<RawProgression>, exercise: &Exercise) -> Option<Rule> {
        let r = &raw.value;
        match (&r.every_weeks, &r.after_weeks) {
            (Some(_), Some(after)) => {
                self.error(
                    after.span.clone(),
                    "a rule can either step up every few weeks or move to a level, not both",
                    "split it into two [[exercise.progression]] rules",
                );
                None
            }
            (None, Some(_)) => self.level_rule(raw, exercise),
            (Some(_), None) => self.volume_rule(raw, exercise),
            (None, None) => {
                self.error(raw.span.clone(), "this rule says neither when nor what",
                    "write { every_weeks = 2, add_reps = 2, max_reps = 12 } or { after_weeks = 4, move_to_level = 2 }");
                None
            }
        }
    }

    fn level_rule(&mut self, raw: &Located<RawProgression>, exercise: &Exercise) -> Option<Rule> {
        let r = &raw.value;
        self.required(
            &r.move_to_level,
            &raw.span,
            "move_to_level",
            "say which level to move to, such as move_to_level = 2",
        );
        let after_weeks = self.number(
            &r.after_weeks,
            1,
            104,
            "`after_weeks` must be at least 1",
            "write a number of weeks, such as 3",
        )?;
        let level = self.number(
            &r.move_to_level,
            1,
            4,
            "`move_to_level` must be from 1 to 4",
            "levels go from 1 (easiest) to 4",
        )? as u8;
        let span = r.move_to_level.as_ref()?.span.clone();
        if !exercise.levels.iter().any(|(at, _)| *at == level) {
            self.error(
                span,
                format!("\"{}\" has no level {level}", exercise.id),
                format!("add [[exercise.levels]] with level = {level}, or move to a level it has"),
            );
            return None;
        }
        Some(Rule::MoveToLevel { after_weeks, level })
    }
}
