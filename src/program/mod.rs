//! The programme: what a physiotherapist wrote, validated. Pure: no files, no clock.
//!
//! A file is read into the raw types of [`raw`], which mirror it; [`validate`] turns
//! them into a [`Program`] or a list of [`Problem`]s that point into the file.

pub mod choice;
mod dose_text;
pub mod language;
mod load;
pub mod located;
mod problem;
pub mod raw;
pub mod schema;
mod translate;
mod validate;
pub mod values;

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use choice::named_choice;
pub use dose_text::{capitalise, how_often, short_duration};
pub use load::{Checked, check, content_hash};
pub use problem::{Problem, Severity};
pub use translate::{AboutText, SessionText, Translations, VersionText};

named_choice! {
    /// The phase of back pain a programme is written for.
    Phase, "a phase of back pain" {
        /// Less than 6 weeks.
        Acute = "acute",
        /// 6 weeks to 3 months.
        Subacute = "subacute",
        /// More than 3 months.
        Chronic = "chronic",
    }
}

named_choice! {
    /// What sort of exercise this is.
    Kind, "a kind of exercise" {
        Mobility = "mobility",
        Stabilisation = "stabilisation" | "stabilization" | "core",
        Strength = "strength",
        Stretch = "stretch",
        Walking = "walking" | "walk",
        /// Another timed activity: cycling, swimming, dancing...
        Activity = "activity",
        /// Breathing and relaxation.
        Relaxation = "relaxation" | "breathing",
    }
}

impl Kind {
    /// Whether the exercise is done for a length of time rather than in reps.
    pub fn is_timed(self) -> bool {
        matches!(self, Kind::Walking | Kind::Activity)
    }
}

named_choice! {
    /// How an exercise uses the two sides of the body.
    Sides, "a way of doing sides" {
        /// Both sides together, or the exercise has no sides.
        None = "none" | "both-together",
        /// Left and right in turn, rep by rep.
        Alternating = "alternating" | "both-in-turn",
        /// All of one side, then all of the other.
        LeftThenRight = "left-then-right",
    }
}

named_choice! {
    /// A day of the week.
    Weekday, "a weekday" {
        Monday = "monday" | "mon",
        Tuesday = "tuesday" | "tue",
        Wednesday = "wednesday" | "wed",
        Thursday = "thursday" | "thu",
        Friday = "friday" | "fri",
        Saturday = "saturday" | "sat",
        Sunday = "sunday" | "sun",
    }
}

impl Weekday {
    pub fn to_chrono(self) -> chrono::Weekday {
        chrono::Weekday::try_from(self as u8).unwrap_or(chrono::Weekday::Mon)
    }
}

/// A validated home exercise programme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Program {
    pub about: About,
    pub pain: PainBands,
    pub sessions: Vec<Session>,
    /// Every exercise, in the order the file defines them.
    pub exercises: Vec<Exercise>,
}

impl Program {
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|exercise| exercise.id == id)
    }

    /// The name the patient reads for the session the journal knows as `key`, or
    /// `key` itself for a session this programme no longer has.
    pub fn session_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.sessions.iter().find(|session| session.key == key).map_or(key, |session| &session.name)
    }
}

/// What the programme is and who it is for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct About {
    pub title: String,
    pub author: Option<String>,
    /// The language of the author's own texts, as its code: "en", "sv", "nb", "da" or "nl".
    pub language: String,
    pub updated: Option<NaiveDate>,
    pub phase: Option<Phase>,
    /// How many weeks the programme runs, when the author said.
    pub weeks: Option<u32>,
    pub goals: Vec<String>,
    pub text: Option<String>,
    /// The title, goals and text in other languages.
    pub translations: Translations<AboutText>,
}

/// The bands of the pain-monitoring model, on the 0 to 10 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PainBands {
    pub safe_up_to: u8,
    pub acceptable_up_to: u8,
    /// Whether the dose only steps up while pain allows.
    pub guides_progression: bool,
}

impl Default for PainBands {
    fn default() -> Self {
        PainBands { safe_up_to: 2, acceptable_up_to: 5, guides_progression: true }
    }
}

/// Exercises done together, on a schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Session {
    /// The name the patient reads, in their language where the author gave one.
    pub name: String,
    /// The name in the programme's own language, which never changes with the patient's
    /// language: the journal, reminders and calendar know the session by it.
    pub key: String,
    pub schedule: Schedule,
    pub remind_at: Vec<NaiveTime>,
    pub at_clinic: bool,
    /// Exercise ids, in order. Each names an exercise of the programme.
    pub exercises: Vec<String>,
    /// How a weekly quota grows; empty for other schedules.
    pub quota_growth: Vec<QuotaGrowth>,
    /// The name in other languages.
    pub translations: Translations<SessionText>,
}

/// When a session is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    EveryDay,
    Weekdays(BTreeSet<Weekday>),
    /// A number of days a week, any days the patient chooses.
    TimesAWeek(u8),
}

/// "Every `every_weeks` weeks, `add` more times a week, up to `max`."
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuotaGrowth {
    pub every_weeks: u32,
    pub add: u8,
    pub max: u8,
}

/// An exercise and its versions by level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exercise {
    pub id: String,
    pub kind: Kind,
    pub start_level: u8,
    /// The exercise at each level it is written for, lowest first; the start level is
    /// always there.
    pub levels: Vec<(u8, Version)>,
    pub progression: Vec<Rule>,
}

impl Exercise {
    /// The version of the exercise at `level`, or at the start level if there is none.
    pub fn at_level(&self, level: u8) -> &Version {
        self.levels
            .iter()
            .find(|(at, _)| *at == level)
            .or_else(|| self.levels.iter().find(|(at, _)| *at == self.start_level))
            .map(|(_, version)| version)
            .unwrap_or(&self.levels[0].1)
    }
}

/// What the patient reads and does at one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    pub name: String,
    pub steps: Vec<String>,
    pub cues: Vec<String>,
    pub safety: Vec<String>,
    pub equipment: Vec<String>,
    pub media: Option<String>,
    pub dose: Dose,
    /// The texts in other languages, at this level.
    pub translations: Translations<VersionText>,
}

/// How much to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dose {
    pub sets: u32,
    pub reps: Option<u32>,
    #[serde(with = "humantime_serde_opt")]
    pub hold: Option<Duration>,
    #[serde(with = "humantime_serde_opt")]
    pub rest: Option<Duration>,
    #[serde(with = "humantime_serde_opt")]
    pub rest_between_sets: Option<Duration>,
    pub sides: Sides,
    #[serde(with = "humantime_serde_opt")]
    pub duration: Option<Duration>,
    pub intensity: Option<String>,
}

/// How a dose changes over the weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Every `every_weeks` weeks at the current level, one more step, up to the maximum.
    Every { every_weeks: u32, step: Step },
    /// After `after_weeks` weeks, move to `level`.
    MoveToLevel { after_weeks: u32, level: u8 },
}

/// One step of a volume progression and where it stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Reps { add: u32, max: u32 },
    Sets { add: u32, max: u32 },
    Hold { add: Duration, max: Duration },
    Duration { add: Duration, max: Duration },
}

/// Durations in JSON as people write them ("1m 30s").
mod humantime_serde_opt {
    use std::time::Duration;

    pub fn serialize<S: serde::Serializer>(value: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(duration) => s.serialize_str(&humantime::format_duration(*duration).to_string()),
            None => s.serialize_none(),
        }
    }
}
