//! Volume progression rules: "every N weeks add this much, up to that much".

use std::ops::Range;
use std::time::Duration;

use super::super::located::Located;
use super::super::raw::RawProgression;
use super::super::{Dose, Exercise, Rule, Step};
use super::Validator;

/// An amount of reps or sets, or a length of time, with where it was written.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Amount {
    Count(u32),
    Time(Duration),
}

impl Amount {
    fn is_zero(self) -> bool {
        matches!(self, Amount::Count(0)) || matches!(self, Amount::Time(d) if d.is_zero())
    }

    fn describe(self) -> String {
        match self {
            Amount::Count(n) => n.to_string(),
            Amount::Time(d) => humantime::format_duration(d).to_string(),
        }
    }
}

/// One thing a rule can add to: its name, what the rule says, and where the dose has it.
struct Quantity {
    name: &'static str,
    add: Option<(Amount, Range<usize>)>,
    max: Option<(Amount, Range<usize>)>,
    start: fn(&Dose) -> Option<Amount>,
}

fn count(value: &Option<Located<i64>>) -> Option<(Amount, Range<usize>)> {
    value.as_ref().map(|v| (Amount::Count(u32::try_from(v.value).unwrap_or(0)), v.span.clone()))
}

fn time(value: &Option<Located<super::super::values::DurationText>>) -> Option<(Amount, Range<usize>)> {
    value.as_ref().map(|v| (Amount::Time(v.value.0), v.span.clone()))
}

impl Validator {
    pub(super) fn volume_rule(&mut self, raw: &Located<RawProgression>, exercise: &Exercise) -> Option<Rule> {
        let r = &raw.value;
        let every_weeks = self.number(
            &r.every_weeks,
            1,
            104,
            "`every_weeks` must be at least 1",
            "write a number of weeks, such as 2",
        )?;
        let quantities = [
            Quantity {
                name: "reps",
                add: count(&r.add_reps),
                max: count(&r.max_reps),
                start: |d| d.reps.map(Amount::Count),
            },
            Quantity {
                name: "sets",
                add: count(&r.add_sets),
                max: count(&r.max_sets),
                start: |d| Some(Amount::Count(d.sets)),
            },
            Quantity {
                name: "hold",
                add: time(&r.add_hold),
                max: time(&r.max_hold),
                start: |d| d.hold.map(Amount::Time),
            },
            Quantity {
                name: "duration",
                add: time(&r.add_duration),
                max: time(&r.max_duration),
                start: |d| d.duration.map(Amount::Time),
            },
        ];
        let added: Vec<&Quantity> = quantities.iter().filter(|q| q.add.is_some()).collect();
        let [quantity] = added.as_slice() else {
            let (span, message) = match added.get(1) {
                Some(second) => (second.add.clone()?.1, "a rule adds one thing at a time"),
                None => (raw.span.clone(), "this rule doesn't say what to add"),
            };
            self.error(
                span,
                message,
                "use one of add_reps, add_sets, add_hold or add_duration, with its max_...",
            );
            return None;
        };
        for other in quantities.iter().filter(|q| q.name != quantity.name) {
            if let Some((_, span)) = &other.max {
                self.error(
                    span.clone(),
                    format!("`max_{}` doesn't match `add_{}`", other.name, quantity.name),
                    format!("write max_{} for the most {} to build up to", quantity.name, quantity.name),
                );
            }
        }
        let (add, add_span) = quantity.add.clone()?;
        if add.is_zero() {
            self.error(add_span.clone(), "this rule adds nothing", "add at least one, or remove the rule");
            return None;
        }
        let Some((max, max_span)) = quantity.max.clone() else {
            self.error(
                raw.span.clone(),
                format!("this rule has no `max_{}`", quantity.name),
                format!("say where to stop, such as max_{} = ...", quantity.name),
            );
            return None;
        };
        let start_dose = &exercise.at_level(exercise.start_level).dose;
        let Some(start) = (quantity.start)(start_dose) else {
            self.error(
                add_span,
                format!("\"{}\" has no {} to add to", exercise.id, quantity.name),
                format!("give the exercise its starting {} first", quantity.name),
            );
            return None;
        };
        if max < start {
            self.error(
                max_span,
                format!("the target ({}) is below the start ({})", max.describe(), start.describe()),
                format!("make max_{} at least {}", quantity.name, start.describe()),
            );
            return None;
        }
        let step = match (add, max) {
            (Amount::Count(add), Amount::Count(max)) if quantity.name == "reps" => Step::Reps { add, max },
            (Amount::Count(add), Amount::Count(max)) => Step::Sets { add, max },
            (Amount::Time(add), Amount::Time(max)) if quantity.name == "hold" => Step::Hold { add, max },
            (Amount::Time(add), Amount::Time(max)) => Step::Duration { add, max },
            _ => return None,
        };
        Some(Rule::Every { every_weeks, step })
    }
}
