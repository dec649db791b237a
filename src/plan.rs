//! The programme laid out over the calendar: which sessions fall in which week and
//! each exercise's dose that week, with the progression applied. Pure: the caller
//! passes the dates.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::program::{Dose, Exercise, Program, Rule, Schedule, Session, Step};

/// The Monday of the week that holds `date`. Programme weeks run Monday to Sunday.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Which programme week `date` falls in, counting from 0 for the week of `start`.
/// Dates before the start count as week 0.
pub fn week_index(start: NaiveDate, date: NaiveDate) -> u32 {
    let days = (monday_of(date) - monday_of(start)).num_days();
    u32::try_from(days / 7).unwrap_or(0)
}

/// The level and dose of `exercise` in programme week `week` (from 0), following its
/// progression rules. Volume steps count the weeks spent at the current level.
pub fn dose_in_week(exercise: &Exercise, week: u32) -> (u8, Dose) {
    let mut level = exercise.start_level;
    let mut level_since = 0;
    let mut moves: Vec<(u32, u8)> = exercise
        .progression
        .iter()
        .filter_map(|rule| match *rule {
            Rule::MoveToLevel { after_weeks, level } => Some((after_weeks, level)),
            Rule::Every { .. } => None,
        })
        .collect();
    moves.sort_unstable();
    for (after_weeks, to) in moves {
        if week >= after_weeks {
            level = to;
            level_since = after_weeks;
        }
    }
    let mut dose = exercise.at_level(level).dose.clone();
    let weeks_at_level = week - level_since;
    for rule in &exercise.progression {
        if let Rule::Every { every_weeks, step } = *rule {
            apply(&mut dose, step, weeks_at_level / every_weeks);
        }
    }
    (level, dose)
}

fn apply(dose: &mut Dose, step: Step, steps: u32) {
    match step {
        Step::Reps { add, max } => {
            dose.reps = dose.reps.map(|r| r.saturating_add(add.saturating_mul(steps)).min(max.max(r)))
        }
        Step::Sets { add, max } => {
            dose.sets = dose.sets.saturating_add(add.saturating_mul(steps)).min(max.max(dose.sets))
        }
        Step::Hold { add, max } => dose.hold = dose.hold.map(|h| (h + add * steps).min(max.max(h))),
        Step::Duration { add, max } => {
            dose.duration = dose.duration.map(|d| (d + add * steps).min(max.max(d)))
        }
    }
}

/// How many times a week a quota session is due in programme week `week`.
pub fn quota_in_week(session: &Session, week: u32) -> Option<u8> {
    let Schedule::TimesAWeek(start) = session.schedule else {
        return None;
    };
    let grown = session.quota_growth.iter().fold(start, |times, growth| {
        let steps = week / growth.every_weeks;
        let added = u32::from(growth.add).saturating_mul(steps);
        let target = u32::from(times).saturating_add(added).min(u32::from(growth.max.max(times)));
        target as u8
    });
    Some(grown)
}

/// Whether a session with set days is due on `date`. Quota sessions are never due on
/// a particular day: the patient picks the days.
pub fn is_due_on(session: &Session, date: NaiveDate) -> bool {
    match &session.schedule {
        Schedule::EveryDay => true,
        Schedule::Weekdays(days) => days.iter().any(|day| day.to_chrono() == date.weekday()),
        Schedule::TimesAWeek(_) => false,
    }
}

/// One week of the programme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekPlan {
    /// 1 for the first week.
    pub week: u32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub sessions: Vec<SessionWeek>,
}

/// A session in one week: when it is due and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionWeek {
    pub name: String,
    /// The dates it is due, for sessions on set days.
    pub days: Vec<NaiveDate>,
    /// How many times this week, for a weekly quota.
    pub times: Option<u8>,
    pub at_clinic: bool,
    pub exercises: Vec<ExerciseWeek>,
}

/// An exercise's level and dose in one week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExerciseWeek {
    pub id: String,
    pub name: String,
    pub level: u8,
    pub dose: Dose,
}

/// `weeks` weeks of the programme, from the week that holds `start`. In the first
/// week, days before `start` are left out.
pub fn plan(program: &Program, start: NaiveDate, weeks: u32) -> Vec<WeekPlan> {
    (0..weeks)
        .map(|week| {
            let from = monday_of(start) + Days::new(u64::from(week) * 7);
            let dates: Vec<NaiveDate> = (0..7).map(|d| from + Days::new(d)).filter(|d| *d >= start).collect();
            let sessions = program
                .sessions
                .iter()
                .map(|session| SessionWeek {
                    name: session.name.clone(),
                    days: dates.iter().copied().filter(|d| is_due_on(session, *d)).collect(),
                    times: quota_in_week(session, week),
                    at_clinic: session.at_clinic,
                    exercises: session
                        .exercises
                        .iter()
                        .filter_map(|id| program.exercise(id))
                        .map(|exercise| {
                            let (level, dose) = dose_in_week(exercise, week);
                            let name = exercise.at_level(level).name.clone();
                            ExerciseWeek { id: exercise.id.clone(), name, level, dose }
                        })
                        .collect(),
                })
                .collect();
            WeekPlan { week: week + 1, from, to: from + Days::new(6), sessions }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::program::check;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn programme(sessions_and_exercises: &str) -> Program {
        let source = format!("[program]\ntitle = \"Test\"\n{sessions_and_exercises}");
        let checked = check(&source);
        checked.program.unwrap_or_else(|| panic!("{:?}", checked.problems))
    }

    const WALK: &str = r#"
[[session]]
name = "Walk"
when = "3 times a week"
exercises = ["walk"]
progression = [{ every_weeks = 4, add_times = 1, max_times = 5 }]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
cues = ["Easy pace"]
duration = "10m"
progression = [{ every_weeks = 1, add_duration = "5m", max_duration = "30m" }]
"#;

    const BIRD_DOG: &str = r#"
[[session]]
name = "Core"
when = ["monday", "thursday"]
exercises = ["bird-dog"]

[[exercise]]
id = "bird-dog"
name = "Bird dog, arm only"
kind = "stabilisation"
cues = ["Still back"]
reps = 8
progression = [
  { every_weeks = 2, add_reps = 2, max_reps = 12 },
  { after_weeks = 3, move_to_level = 2 },
]

[[exercise.levels]]
level = 2
name = "Bird dog, arm and leg"
reps = 6
"#;

    #[test]
    fn weeks_run_monday_to_sunday_across_a_year_end() {
        let cases = [
            ("2026-12-30", "2026-12-30", 0),
            ("2026-12-30", "2027-01-03", 0),
            ("2026-12-30", "2027-01-04", 1),
            ("2026-12-30", "2027-03-01", 9),
            ("2028-02-28", "2028-03-06", 1), // across a leap day
            ("2026-12-30", "2026-12-01", 0), // before the start
        ];
        for (start, day, expected) in cases {
            assert_eq!(week_index(date(start), date(day)), expected, "{start} → {day}");
        }
    }

    #[test]
    fn a_walk_grows_each_week_and_stops_at_its_maximum() {
        let program = programme(WALK);
        let walk = program.exercise("walk").unwrap();
        let minutes: Vec<u64> =
            (0..7).map(|week| dose_in_week(walk, week).1.duration.unwrap().as_secs() / 60).collect();
        assert_eq!(minutes, [10, 15, 20, 25, 30, 30, 30]);
    }

    #[test]
    fn a_weekly_quota_grows_every_few_weeks_up_to_its_maximum() {
        let program = programme(WALK);
        let times: Vec<u8> =
            [0, 3, 4, 7, 8, 12, 40].map(|week| quota_in_week(&program.sessions[0], week).unwrap()).to_vec();
        assert_eq!(times, [3, 3, 4, 4, 5, 5, 5]);
    }

    #[test]
    fn moving_up_a_level_starts_from_that_levels_own_dose() {
        let program = programme(BIRD_DOG);
        let bird_dog = program.exercise("bird-dog").unwrap();
        let cases =
            [(0, 1, 8), (1, 1, 8), (2, 1, 10), (3, 2, 6), (4, 2, 6), (5, 2, 8), (9, 2, 12), (30, 2, 12)];
        for (week, level, reps) in cases {
            let (at, dose) = dose_in_week(bird_dog, week);
            assert_eq!((at, dose.reps), (level, Some(reps)), "week {week}");
        }
        assert_eq!(bird_dog.at_level(2).name, "Bird dog, arm and leg");
        assert_eq!(bird_dog.at_level(2).cues, ["Still back"], "a level keeps what it doesn't replace");
    }

    #[test]
    fn sessions_on_set_days_are_due_only_on_those_days() {
        let program = programme(BIRD_DOG);
        let session = &program.sessions[0];
        let due: Vec<bool> =
            (23..=29).map(|day| is_due_on(session, date(&format!("2026-11-{day}")))).collect();
        assert_eq!(due, [true, false, false, true, false, false, false]);
        let walk = programme(WALK);
        assert!(!is_due_on(&walk.sessions[0], date("2026-11-23")), "a quota is never due on a set day");
    }

    #[test]
    fn the_first_week_leaves_out_days_before_the_start() {
        let program = programme(BIRD_DOG);
        let weeks = plan(&program, date("2026-11-25"), 2); // a Wednesday
        assert_eq!(weeks[0].from, date("2026-11-23"));
        assert_eq!(weeks[0].sessions[0].days, [date("2026-11-26")]);
        assert_eq!(weeks[1].sessions[0].days, [date("2026-11-30"), date("2026-12-03")]);
        let walk = plan(&programme(WALK), date("2026-11-23"), 1);
        assert_eq!(walk[0].sessions[0].times, Some(3));
        assert_eq!(walk[0].sessions[0].exercises[0].dose.duration, Some(Duration::from_secs(600)));
    }
}
