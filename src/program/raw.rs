//! The programme file as written: one type per table, every field optional so that
//! one bad value never hides the problems after it. `validate` turns these into the
//! programme the rest of rehabit uses. The doc comments become the JSON Schema's
//! descriptions, which editors show while the physiotherapist types.

use schemars::JsonSchema;
use toml_spanner::Toml;
use toml_spanner::helper::flatten_any;

use super::language::RawTranslations;
use super::located::Located;
use super::values::{DateText, DurationText, TimeText, When};
use super::{Kind, Phase, Sides};

/// A home exercise programme: what it is, how pain guides it, its sessions and its exercises.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(title = "rehabit programme", deny_unknown_fields)]
pub struct RawProgram {
    /// About the programme.
    pub program: Option<Located<RawAbout>>,
    /// How pain guides the load (the pain-monitoring model).
    pub pain: Option<Located<RawPain>>,
    /// The sessions, each a list of exercises done together.
    #[schemars(length(min = 1))]
    pub session: Option<Vec<Located<RawSession>>>,
    /// The exercises, each defined once and named by id in the sessions.
    #[schemars(length(min = 1))]
    pub exercise: Option<Vec<Located<RawExercise>>>,
}

/// About the programme.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawAbout {
    /// The programme's title, as the patient will see it.
    pub title: Option<Located<String>>,
    /// Who wrote the programme.
    pub author: Option<Located<String>>,
    /// The language of the texts, for example "en", "sv", "nb", "da" or "nl".
    pub language: Option<Located<String>>,
    /// When the programme was last changed, for example 2026-11-01.
    pub updated: Option<Located<DateText>>,
    /// The phase of back pain it is written for.
    pub phase: Option<Located<Phase>>,
    /// How many weeks the programme runs (1 to 104).
    #[schemars(range(min = 1, max = 104))]
    pub weeks: Option<Located<i64>>,
    /// The goals agreed with the patient.
    pub goals: Option<Vec<Located<String>>>,
    /// Free text for the patient: what is going on and why these exercises help.
    pub about: Option<Located<String>>,
    /// The title, goals and text in other languages, for example [program.translations.sv].
    pub translations: Option<Located<RawTranslations<RawAboutText>>>,
}

/// The programme's texts in one other language. Leave out what you don't translate:
/// the patient then reads the programme's own text.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawAboutText {
    /// The title in this language.
    pub title: Option<Located<String>>,
    /// The goals in this language, one for each of the programme's own goals.
    pub goals: Option<Located<Vec<Located<String>>>>,
    /// The text for the patient in this language.
    pub about: Option<Located<String>>,
}

/// The pain-monitoring model's bands, on a scale of 0 to 10.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawPain {
    /// Pain up to this level during or after exercise is safe (default 2).
    #[schemars(range(min = 0, max = 10))]
    pub safe_up_to: Option<Located<i64>>,
    /// Pain up to this level is acceptable; above it is too much (default 5).
    #[schemars(range(min = 0, max = 10))]
    pub acceptable_up_to: Option<Located<i64>>,
    /// Whether the dose only steps up while pain stays acceptable and settles by the
    /// next morning (default true).
    pub pain_guides_progression: Option<Located<bool>>,
}

/// A session: exercises done together, on a schedule.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawSession {
    /// The session's name, for example "Morning mobility".
    pub name: Option<Located<String>>,
    /// When: "every day", "3 times a week", or a list of weekdays such as ["monday", "thursday"].
    pub when: Option<Located<When>>,
    /// Preferred times of day for reminders, for example ["07:30"].
    pub remind_at: Option<Vec<Located<TimeText>>>,
    /// Whether the session happens at the clinic with the physiotherapist.
    pub at_clinic: Option<Located<bool>>,
    /// The ids of the exercises, in the order they are done.
    #[schemars(length(min = 1))]
    pub exercises: Option<Located<Vec<Located<String>>>>,
    /// How a weekly quota grows, for example { every_weeks = 4, add_times = 1, max_times = 5 }.
    pub progression: Option<Vec<Located<RawSessionProgression>>>,
    /// The session's name in other languages, for example [session.translations.sv].
    pub translations: Option<Located<RawTranslations<RawSessionText>>>,
}

/// A session's name in one other language.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawSessionText {
    /// The session's name in this language.
    pub name: Option<Located<String>>,
}

/// A rule that raises a weekly quota over time.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawSessionProgression {
    /// How many weeks between steps.
    #[schemars(range(min = 1))]
    pub every_weeks: Option<Located<i64>>,
    /// How many more times a week at each step.
    #[schemars(range(min = 1))]
    pub add_times: Option<Located<i64>>,
    /// The most times a week to build up to.
    #[schemars(range(min = 1, max = 7))]
    pub max_times: Option<Located<i64>>,
}

/// What the patient reads and does for an exercise at one level: its texts and its
/// dose. Shared by an exercise and its levels.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
pub struct RawVersion {
    /// The exercise's name, as the patient will see it.
    pub name: Option<Located<String>>,
    /// Step-by-step instructions.
    pub steps: Option<Vec<Located<String>>>,
    /// Short cues shown while the patient exercises.
    pub cues: Option<Vec<Located<String>>>,
    /// Safety notes.
    pub safety: Option<Vec<Located<String>>>,
    /// Equipment needed, for example ["Mini band"].
    pub equipment: Option<Vec<Located<String>>>,
    /// A link to a picture or video. It is shown, never opened by itself.
    pub media: Option<Located<String>>,
    /// How many sets (default 1).
    #[schemars(range(min = 1))]
    pub sets: Option<Located<i64>>,
    /// Repetitions in each set (on each side, when the exercise has sides).
    #[schemars(range(min = 1))]
    pub reps: Option<Located<i64>>,
    /// How long to hold each repetition, for example "5s".
    pub hold: Option<Located<DurationText>>,
    /// Rest between repetitions, for example "5s".
    pub rest: Option<Located<DurationText>>,
    /// Rest between sets, for example "1m".
    pub rest_between_sets: Option<Located<DurationText>>,
    /// Sides: "none", "alternating" (both in turn, rep by rep) or "left-then-right".
    pub sides: Option<Located<Sides>>,
    /// How long a timed activity lasts, for example "10m" or "1h30m".
    pub duration: Option<Located<DurationText>>,
    /// How hard it should feel, for example "You can talk, but you'd rather not sing".
    pub intensity: Option<Located<String>>,
    /// The texts in other languages, for example [exercise.translations.sv].
    pub translations: Option<Located<RawTranslations<RawVersionText>>>,
}

/// An exercise's texts in one other language. Leave out what you don't translate: the
/// patient then reads the exercise's own text. The dose is the same in every language.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawVersionText {
    /// The exercise's name in this language.
    pub name: Option<Located<String>>,
    /// The steps in this language, one for each of the exercise's own steps.
    pub steps: Option<Located<Vec<Located<String>>>>,
    /// The cues in this language, one for each of the exercise's own cues.
    pub cues: Option<Located<Vec<Located<String>>>>,
    /// The safety notes in this language, one for each of the exercise's own.
    pub safety: Option<Located<Vec<Located<String>>>>,
    /// The equipment in this language, one for each item of the exercise's own.
    pub equipment: Option<Located<Vec<Located<String>>>>,
    /// A link to a picture or video in this language.
    pub media: Option<Located<String>>,
    /// How hard it should feel, in this language.
    pub intensity: Option<Located<String>>,
}

/// An exercise, defined once and named by its id in sessions.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawExercise {
    /// A short unique id: lowercase letters, digits and dashes, for example "bird-dog".
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Option<Located<String>>,
    /// Mobility, stabilisation, strength, stretch, walking, activity or relaxation.
    pub kind: Option<Located<Kind>>,
    /// The level the patient starts at, 1 to 4 (default 1).
    #[schemars(range(min = 1, max = 4))]
    pub level: Option<Located<i64>>,
    #[toml(flatten, with = flatten_any)]
    #[serde(flatten)]
    pub version: RawVersion,
    /// Harder or easier versions of the exercise, by level.
    pub levels: Option<Vec<Located<RawLevel>>>,
    /// How the dose grows over the weeks.
    pub progression: Option<Vec<Located<RawProgression>>>,
}

/// A version of an exercise at another level. What it gives replaces the exercise's own.
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawLevel {
    /// Which level this is, 2 to 4.
    #[schemars(range(min = 1, max = 4))]
    pub level: Option<Located<i64>>,
    #[toml(flatten, with = flatten_any)]
    #[serde(flatten)]
    pub version: RawVersion,
}

/// A progression rule: either "every N weeks add something, up to a maximum", or
/// "after N weeks move to a level".
#[derive(Debug, Default, Toml, JsonSchema)]
#[toml(recoverable)]
#[schemars(deny_unknown_fields)]
pub struct RawProgression {
    /// How many weeks between steps.
    #[schemars(range(min = 1))]
    pub every_weeks: Option<Located<i64>>,
    /// Repetitions to add at each step.
    pub add_reps: Option<Located<i64>>,
    /// Sets to add at each step.
    pub add_sets: Option<Located<i64>>,
    /// Hold time to add at each step, for example "5s".
    pub add_hold: Option<Located<DurationText>>,
    /// Duration to add at each step, for example "5m".
    pub add_duration: Option<Located<DurationText>>,
    /// The most repetitions to build up to.
    pub max_reps: Option<Located<i64>>,
    /// The most sets to build up to.
    pub max_sets: Option<Located<i64>>,
    /// The longest hold to build up to.
    pub max_hold: Option<Located<DurationText>>,
    /// The longest duration to build up to.
    pub max_duration: Option<Located<DurationText>>,
    /// After how many weeks to move to another level.
    #[schemars(range(min = 1))]
    pub after_weeks: Option<Located<i64>>,
    /// The level to move to.
    #[schemars(range(min = 1, max = 4))]
    pub move_to_level: Option<Located<i64>>,
}
