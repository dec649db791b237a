//! Gathering the report from the journal's entries, a line at a time. Pure.
//!
//! [`Gathered`] takes the entries in the order of the journal and keeps of each only
//! what the report needs. Each run goes straight into the report's row for it, with
//! beside it what is worked out of it at the end: the exercises asked (each list kept
//! once for all the runs asked the same), done and skipped, and the sets without what
//! each asked. Next-morning pain, red-flag answers and how many entries each programme
//! version has each day are kept as they come. Nothing is counted for the period until
//! the end, since a later entry can still change an earlier run: taken back, its
//! morning answer given again, a clinician's all-clear. Five years of journal are then
//! read in the memory of the report itself, and the report is what [`progress`]'s
//! runs and weeks give (`build`'s tests hold it to the report built from every entry).

use std::collections::hash_map::{DefaultHasher, Entry as Slot};
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::exercises::{Worked, exercise_name, tally};
use super::{
    PainDay, PainTrend, PainWeek, Period, ProgramInfo, RedFlagAnswer, Report, RunRow, SkippedExercise,
    Source, Status, Summary, VersionSeen, WalkRow, WeekRow,
};
use crate::journal::{
    Asked, AskedBecause, Ending, Entry, Event, PainMoment, SafetyAnswer, SafetyLevel, Side,
};
use crate::plan::{monday_of, week_index};
use crate::program::Program;
use crate::progress::{self, Attended, RunStatus, Verdict, WeekAdherence, assess, morning_pain_rising};

/// The report on `program` (whose file hashes to `program_hash`, started on `start`)
/// for the days `from` to `to`, both included, made on `today`, from the journal's
/// `entries`.
///
/// The runs, walks, exercises and pain are those of the period. The weekly figures
/// are for whole weeks (Monday to Sunday) from the programme's start, so they also
/// count the entries given for the days of the first and last weeks outside it.
pub fn build(
    program: &Program,
    program_hash: &str,
    start: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    entries: &[Entry],
) -> Report {
    let mut gathered = Gathered::default();
    for entry in entries {
        gathered.add(entry);
    }
    gathered.report(program, program_hash, start, from, to, today)
}

/// What the report needs of the journal's entries so far, given in the journal's order
/// ([`Gathered::add`]); [`Gathered::report`] makes the report of it, as [`build`] does
/// of the same entries.
#[derive(Default)]
pub struct Gathered {
    /// Every run (as [`progress::runs`] gives them, in the order they started), as its
    /// row in the report: what is worked out at the end is left blank until then.
    rows: Vec<RunRow>,
    /// Beside each row, what is worked out of the run at the end. Each on its own: the
    /// C library gives a list this long a mapping of its own, and handing it back makes
    /// it keep the report's text in the heap, which then grows (by a fifth of a
    /// megabyte over five years, measured); one at a time, they are let go into the
    /// heap, where the report's explanations take their place.
    #[allow(clippy::vec_box)]
    sittings: Vec<Box<Sitting>>,
    by_id: RunIds,
    /// The run the last entry was about.
    last: Option<usize>,
    /// The runs taken back, in the journal's order, and why: the last word counts.
    cancels: Vec<(String, Option<String>)>,
    /// The next-morning pain scores, by the day they are about (the latest answer wins).
    morning: BTreeMap<NaiveDate, u8>,
    plans: Plans,
    versions: Vec<Version>,
    /// The red-flag answers, and those that called for a doctor now with no all-clear
    /// after them yet.
    red_flags: Vec<RedFlags>,
    not_cleared: Vec<usize>,
    /// The earliest day of any entry.
    first_day: Option<NaiveDate>,
    /// How many entries were given.
    count: u64,
}

/// What a run's row is worked out from at the end, beyond what the row holds: the rest
/// of [`progress::Run`] but for what the report never reads (when it started, the
/// programme's title, what each set asked beyond its place).
#[derive(Default)]
struct Sitting {
    /// In [`Gathered::plans`].
    planned: u32,
    done: Vec<usize>,
    sets: Vec<SetDone>,
    /// Where each exercise of the row's `skipped` stood in the session, and its level.
    skipped: Vec<(usize, u8)>,
    /// The seconds of each timed activity done, by position (the last record wins).
    timed: Vec<(usize, u64)>,
}

/// One set as last recorded: [`progress::SetRecord`] with only the place of what it asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SetDone {
    pub position: usize,
    pub set: u32,
    pub side: Option<Side>,
    pub reps: Option<u32>,
}

/// A run's row as [`progress::Run`] begins, from its first entry.
fn new_row(entry: &Entry) -> RunRow {
    let (source, activity) = match &entry.event {
        Event::Logged { activity, .. } => (Source::Logged, Some(activity.clone())),
        Event::MarkedDone { .. } => (Source::Marked, None),
        _ => (Source::Live, None),
    };
    RunRow {
        id: entry.run.to_string(),
        day: entry.day,
        week: 0,
        session: entry.session.to_string(),
        source,
        activity,
        status: Status::Nothing,
        ending: None,
        pain_before: None,
        pain_after: None,
        pain_next_morning: None,
        assessment: None,
        explanation: None,
        seconds: 0,
        minutes: 0,
        exercises_asked: 0,
        exercises_done: 0,
        skipped: Vec::new(),
        notes: Vec::new(),
        cancelled: false,
        cancel_reason: None,
        program_hash: entry.program.hash.to_string(),
    }
}

/// What [`progress::Run`] makes of `event`, step for step, in a run's row and beside it.
fn apply(row: &mut RunRow, sitting: &mut Sitting, event: &Event, plans: &mut Plans) {
    match event {
        Event::Started { planned } | Event::MarkedDone { planned } => {
            sitting.planned = plans.of(planned);
            if matches!(event, Event::MarkedDone { .. }) {
                sitting.done = planned.iter().map(|a| a.position).collect();
                row.ending = Some(Ending::Finished);
            }
        }
        Event::Pain { moment: PainMoment::Before, score } => row.pain_before = Some(*score),
        Event::Pain { moment: PainMoment::After, score } => row.pain_after = Some(*score),
        Event::Pain { moment: PainMoment::NextMorning, .. }
        | Event::Cancelled { .. }
        | Event::SafetyAnswered { .. }
        | Event::SafetyCleared { .. }
        | Event::Hurt { .. } => {}
        Event::SetDone { asked, set, side, reps } => {
            let position = asked.position;
            sitting.sets.retain(|s| !(s.position == position && s.set == *set && s.side == *side));
            sitting.sets.push(SetDone { position, set: *set, side: *side, reps: *reps });
        }
        Event::ExerciseDone { asked, seconds, .. } => {
            unskip(row, sitting, asked.position);
            if !sitting.done.contains(&asked.position) {
                sitting.done.push(asked.position);
            }
            row.seconds += seconds.unwrap_or(0);
            if let Some(seconds) = seconds {
                sitting.timed.retain(|(position, _)| *position != asked.position);
                sitting.timed.push((asked.position, *seconds));
            }
        }
        Event::Skipped { asked, reason } => {
            sitting.done.retain(|p| *p != asked.position);
            unskip(row, sitting, asked.position);
            let name = String::new(); // Filled in at the end, from the programme.
            row.skipped.push(SkippedExercise {
                exercise: asked.exercise.to_string(),
                name,
                reason: reason.clone(),
            });
            sitting.skipped.push((asked.position, asked.level));
        }
        Event::Note { text } => row.notes.push(text.clone()),
        Event::Ended { ending, .. } => row.ending = Some(*ending),
        Event::Logged { seconds, pain_before, pain_after, note, .. } => {
            row.seconds = *seconds;
            row.pain_before = *pain_before;
            row.pain_after = *pain_after;
            row.notes.extend(note.clone());
            row.ending = Some(Ending::Finished);
        }
    }
}

/// Takes the exercise at `position` off the ones skipped.
fn unskip(row: &mut RunRow, sitting: &mut Sitting, position: usize) {
    let mut index = 0;
    while index < sitting.skipped.len() {
        if sitting.skipped[index].0 == position {
            sitting.skipped.remove(index);
            row.skipped.remove(index);
        } else {
            index += 1;
        }
    }
}

/// As [`progress::Run::status`].
fn status(row: &RunRow, sitting: &Sitting, planned: &[Asked]) -> RunStatus {
    let everything = !planned.is_empty() && planned.iter().all(|a| sitting.done.contains(&a.position));
    if row.source != Source::Live || everything {
        RunStatus::Done
    } else if !sitting.done.is_empty() || !sitting.sets.is_empty() || row.seconds > 0 {
        RunStatus::Partly
    } else {
        RunStatus::Nothing
    }
}

fn run_status(status: Status) -> RunStatus {
    match status {
        Status::Done => RunStatus::Done,
        Status::Partly => RunStatus::Partly,
        Status::Nothing => RunStatus::Nothing,
    }
}

/// What adherence counts of a run.
impl Attended for RunRow {
    fn day(&self) -> NaiveDate {
        self.day
    }

    fn session(&self) -> &str {
        &self.session
    }

    fn counts(&self) -> bool {
        !self.cancelled
    }

    fn status(&self) -> RunStatus {
        run_status(self.status)
    }

    fn seconds(&self) -> u64 {
        self.seconds
    }
}

/// Where each run is among the rows, found by a hash of its id: the ids are kept once,
/// in the rows. Two ids with the same hash (which hardly ever happens) are told apart
/// by the second one's own entry.
#[derive(Default)]
struct RunIds {
    by_hash: HashMap<u64, usize>,
    collided: HashMap<String, usize>,
}

impl RunIds {
    fn hash(id: &str) -> u64 {
        let mut hasher = DefaultHasher::new();
        id.hash(&mut hasher);
        hasher.finish()
    }

    fn find(&self, rows: &[RunRow], id: &str) -> Option<usize> {
        match self.by_hash.get(&Self::hash(id)) {
            Some(&index) if rows[index].id == id => Some(index),
            Some(_) => self.collided.get(id).copied(),
            None => None,
        }
    }

    /// Notes where the run `id`, not met before, is.
    fn insert(&mut self, id: &str, index: usize) {
        match self.by_hash.entry(Self::hash(id)) {
            Slot::Vacant(vacant) => {
                vacant.insert(index);
            }
            Slot::Occupied(_) => {
                self.collided.insert(id.to_string(), index);
            }
        }
    }
}

/// The exercises and doses asked in a run, each list kept once for all the runs that
/// asked the same: most weeks ask each session the same way every time.
struct Plans {
    all: Vec<Vec<Asked>>,
    /// Where the lists with each hash are.
    index: HashMap<u64, Vec<u32>>,
}

impl Default for Plans {
    fn default() -> Self {
        Plans { all: vec![Vec::new()], index: HashMap::new() }
    }
}

impl Plans {
    fn of(&mut self, planned: &[Asked]) -> u32 {
        let mut hasher = DefaultHasher::new();
        for asked in planned {
            let dose = &asked.dose;
            (&asked.exercise, asked.position, asked.level).hash(&mut hasher);
            (dose.sets, dose.reps, dose.hold_s, dose.duration_s, &dose.sides).hash(&mut hasher);
        }
        let same = self.index.entry(hasher.finish()).or_default();
        if let Some(index) = same.iter().find(|index| self.all[**index as usize] == planned) {
            return *index;
        }
        let index = self.all.len() as u32;
        self.all.push(planned.to_vec());
        same.push(index);
        index
    }

    /// The list at `index`; the first is the empty one.
    fn get(&self, index: u32) -> &[Asked] {
        &self.all[index as usize]
    }
}

/// A programme version met in the journal, with how many entries it has each day, and
/// where the first of them is among all the entries.
struct Version {
    title: String,
    hash: String,
    days: BTreeMap<NaiveDate, (u64, u32)>,
}

/// One sitting's answers to the red-flag questions.
struct RedFlags {
    day: NaiveDate,
    at: DateTime<FixedOffset>,
    because: AskedBecause,
    answers: Vec<SafetyAnswer>,
    outcome: SafetyLevel,
    /// For answers that called for a doctor now: the day of the first all-clear after them.
    cleared: Option<NaiveDate>,
}

impl Gathered {
    /// Takes in the journal's next entry.
    pub fn add(&mut self, entry: &Entry) {
        self.first_day = Some(self.first_day.map_or(entry.day, |first| first.min(entry.day)));
        self.count_version(entry);
        self.count += 1;
        match &entry.event {
            Event::Cancelled { cancels, reason } => self.cancels.push((cancels.to_string(), reason.clone())),
            Event::Pain { moment: PainMoment::NextMorning, score } => {
                self.morning.insert(entry.day, *score);
            }
            Event::SafetyAnswered { because, answers, outcome } => {
                if *outcome == SafetyLevel::ContactNow {
                    self.not_cleared.push(self.red_flags.len());
                }
                self.red_flags.push(RedFlags {
                    day: entry.day,
                    at: entry.at,
                    because: *because,
                    answers: answers.clone(),
                    outcome: *outcome,
                    cleared: None,
                });
            }
            Event::SafetyCleared { .. } => {
                for index in self.not_cleared.drain(..) {
                    self.red_flags[index].cleared = Some(entry.day);
                }
            }
            event => {
                let index = match self.by_id.find(&self.rows, &entry.run) {
                    Some(index) => index,
                    None => {
                        self.rows.push(new_row(entry));
                        self.sittings.push(Box::default());
                        self.by_id.insert(&entry.run, self.rows.len() - 1);
                        self.rows.len() - 1
                    }
                };
                // The run before is most likely over: its lists need not grow any more.
                if let Some(last) = self.last.filter(|last| *last != index) {
                    self.sittings[last].done.shrink_to_fit();
                    self.sittings[last].sets.shrink_to_fit();
                }
                self.last = Some(index);
                apply(&mut self.rows[index], &mut self.sittings[index], event, &mut self.plans);
            }
        }
    }

    /// The earliest day of the entries given: the start of the programme, for a
    /// patient who has not said when they started.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.first_day
    }

    fn count_version(&mut self, entry: &Entry) {
        let program = &entry.program;
        // Entries come in runs of the same version: the last one met is looked at first.
        let found = self.versions.iter().rposition(|v| v.hash == program.hash && v.title == program.title);
        let version = match found {
            Some(index) => &mut self.versions[index],
            None => {
                let title = program.title.clone();
                self.versions.push(Version {
                    title: title.to_string(),
                    hash: program.hash.to_string(),
                    days: BTreeMap::new(),
                });
                self.versions.last_mut().expect("just pushed")
            }
        };
        version.days.entry(entry.day).or_insert((self.count, 0)).1 += 1;
    }

    /// The report of the entries given, as [`build`] describes it.
    pub fn report(
        mut self,
        program: &Program,
        program_hash: &str,
        start: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Report {
        for (id, reason) in std::mem::take(&mut self.cancels) {
            if let Some(index) = self.by_id.find(&self.rows, &id) {
                self.rows[index].cancelled = true;
                self.rows[index].cancel_reason = reason;
            }
        }
        self.by_id = RunIds::default();
        for (row, sitting) in self.rows.iter_mut().zip(&self.sittings) {
            row.status = match status(row, sitting, self.plans.get(sitting.planned)) {
                RunStatus::Done => Status::Done,
                RunStatus::Partly => Status::Partly,
                RunStatus::Nothing => Status::Nothing,
            };
        }
        let weeks = self.weeks(program, start, from, to, today);
        let in_period = |row: &RunRow| (from..=to).contains(&row.day);
        let worked = self.rows.iter().zip(&self.sittings).filter(|(row, _)| in_period(row));
        let exercises = tally(program, worked.filter_map(|(row, sitting)| self.worked(row, sitting)));
        let pain = self.pain(&weeks, from, to, today);
        let versions = self.versions(from, to, program_hash);
        let red_flags = self.red_flags(from, to);
        // The rows of the period, finished; what they were worked out from let go first.
        let sittings = std::mem::take(&mut self.sittings);
        let mut rows = std::mem::take(&mut self.rows);
        for (row, sitting) in rows.iter_mut().zip(sittings).filter(|(row, _)| in_period(row)) {
            self.finish(program, start, row, *sitting);
        }
        rows.retain(in_period);
        rows.shrink_to_fit();
        let walks =
            rows.iter().filter(|row| row.seconds > 0 || row.source == Source::Logged).map(walk_row).collect();
        let about = &program.about;
        Report {
            format_version: super::FORMAT_VERSION,
            program: ProgramInfo {
                title: about.title.clone(),
                author: about.author.clone(),
                phase: about.phase,
                goals: about.goals.clone(),
                weeks: about.weeks,
                start,
                hash: program_hash.to_string(),
                pain_bands: program.pain,
                versions,
            },
            period: Period { from, to, today, days: u32::try_from((to - from).num_days() + 1).unwrap_or(0) },
            summary: summary(&weeks, &rows),
            exercises,
            pain,
            weeks,
            runs: rows,
            walks,
            red_flags,
        }
    }

    /// The model's verdict on each run that counts, as [`progress::History::verdicts`].
    fn verdicts(&self, program: &Program) -> Vec<(NaiveDate, Verdict)> {
        let judged = self.rows.iter().filter(|row| !row.cancelled).filter_map(|row| {
            let morning = self.morning.get(&row.day).copied();
            Some((row.day, assess(program.pain, row.pain_before, row.pain_after, morning)?.verdict))
        });
        judged.collect()
    }

    fn weeks(
        &self,
        program: &Program,
        start: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Vec<WeekRow> {
        let verdicts = self.verdicts(program);
        let adherence = progress::weeks_of(program, start, from, to, &self.rows, &verdicts, today);
        adherence.iter().map(week_row).collect()
    }

    /// What the exercise tally needs of a run, if it counts and something of it was
    /// done or skipped.
    fn worked<'a>(&'a self, row: &'a RunRow, sitting: &'a Sitting) -> Option<Worked<'a>> {
        let tried = row.status != Status::Nothing || !sitting.skipped.is_empty();
        (!row.cancelled && tried).then_some(Worked {
            planned: self.plans.get(sitting.planned),
            done: &sitting.done,
            skipped: &sitting.skipped,
            sets: &sitting.sets,
            timed: &sitting.timed,
        })
    }

    /// Fills in what is worked out of a run at the end.
    fn finish(&self, program: &Program, start: NaiveDate, row: &mut RunRow, sitting: Sitting) {
        let morning = self.morning.get(&row.day).copied();
        let assessment = match row.cancelled {
            false => assess(program.pain, row.pain_before, row.pain_after, morning),
            true => None,
        };
        row.week = week_index(start, row.day) + 1;
        row.pain_next_morning = morning;
        row.assessment = assessment;
        // As long as it is: the report keeps one for every run.
        row.explanation = assessment.map(|a| a.explain().into_boxed_str().into_string());
        row.minutes = u32::try_from(row.seconds / 60).unwrap_or(u32::MAX);
        row.exercises_asked = self.plans.get(sitting.planned).len() as u32;
        row.exercises_done = sitting.done.len() as u32;
        for (skipped, (_, level)) in row.skipped.iter_mut().zip(sitting.skipped) {
            skipped.name = exercise_name(program, &skipped.exercise, level);
        }
    }

    /// The red-flag answers given in the period, with the day a clinician's all-clear
    /// came for those that called for a doctor (the first clearance after them, in or
    /// after the period).
    fn red_flags(&self, from: NaiveDate, to: NaiveDate) -> Vec<RedFlagAnswer> {
        let mut rows = Vec::new();
        for given in self.red_flags.iter().filter(|given| given.day >= from && given.day <= to) {
            rows.extend(given.answers.iter().map(|answer| {
                let question = crate::safety::question(&answer.question);
                RedFlagAnswer {
                    day: given.day,
                    at: given.at,
                    question: question.map_or_else(|| answer.question.to_string(), |q| q.text.to_string()),
                    question_id: answer.question.to_string(),
                    answer: answer.yes,
                    urgency: question.map(|q| q.urgency),
                    asked_because: given.because,
                    outcome: given.outcome,
                    cleared: given.cleared,
                }
            }));
        }
        rows
    }

    /// The programme versions the entries of the period were made under, first seen first.
    fn versions(&self, from: NaiveDate, to: NaiveDate, current: &str) -> Vec<VersionSeen> {
        if from > to {
            return Vec::new();
        }
        let mut seen: Vec<(u64, VersionSeen)> = self
            .versions
            .iter()
            .filter_map(|version| {
                let days = version.days.range(from..=to);
                let (first_day, last_day) = (*days.clone().next()?.0, *days.clone().next_back()?.0);
                let first = days.clone().map(|(_, (first, _))| *first).min()?;
                let seen = VersionSeen {
                    title: version.title.clone(),
                    hash: version.hash.clone(),
                    first_day,
                    last_day,
                    entries: days.map(|(_, (_, count))| *count).sum(),
                    current: version.hash == current,
                };
                Some((first, seen))
            })
            .collect();
        seen.sort_by_key(|(first, _)| *first);
        seen.into_iter().map(|(_, version)| version).collect()
    }

    fn pain(&self, weeks: &[WeekRow], from: NaiveDate, to: NaiveDate, today: NaiveDate) -> PainTrend {
        let counted: Vec<&RunRow> =
            self.rows.iter().filter(|row| (from..=to).contains(&row.day) && !row.cancelled).collect();
        let morning: BTreeMap<NaiveDate, u8> =
            self.morning.range(from..=to.max(from)).map(|(day, score)| (*day, *score)).collect();
        let weeks = weeks
            .iter()
            .map(|week| {
                let of_week: Vec<&&RunRow> =
                    counted.iter().filter(|r| monday_of(r.day) == week.monday).collect();
                let scores =
                    |pick: fn(&RunRow) -> Option<u8>| of_week.iter().filter_map(|r| pick(r)).collect();
                let mornings = morning.range(week.monday..=week.sunday).map(|(_, s)| *s).collect();
                PainWeek {
                    week: week.week,
                    monday: week.monday,
                    before: average(scores(|r| r.pain_before)),
                    after: average(scores(|r| r.pain_after)),
                    morning: average(mornings),
                }
            })
            .collect();
        let mut days: BTreeMap<NaiveDate, PainDay> = BTreeMap::new();
        let blank = |day| PainDay { day, before: None, after: None, morning: None };
        for run in &counted {
            let day = days.entry(run.day).or_insert_with(|| blank(run.day));
            day.before = day.before.max(run.pain_before);
            day.after = day.after.max(run.pain_after);
        }
        for (date, score) in &morning {
            days.entry(*date).or_insert_with(|| blank(*date)).morning = Some(*score);
        }
        let mornings_so_far = self.morning.range(..=to).map(|(d, s)| (*d, *s)).collect();
        PainTrend {
            weeks,
            days: days.into_values().collect(),
            morning_rising: morning_pain_rising(&mornings_so_far, to.min(today)),
        }
    }
}

fn week_row(week: &WeekAdherence) -> WeekRow {
    WeekRow {
        week: week.week,
        monday: week.monday,
        sunday: week.monday + chrono::Days::new(6),
        planned: week.planned,
        done: week.done,
        partly: week.partly,
        missed: week.missed,
        walking_minutes: week.walking_minutes,
        walking_target: week.walking_target,
        on_target: week.on_target(),
        complete: week.complete,
        days: week.days,
    }
}

fn summary(weeks: &[WeekRow], runs: &[RunRow]) -> Summary {
    let sum = |figure: fn(&WeekRow) -> u32| weeks.iter().map(figure).sum();
    let targets: Vec<u32> = weeks.iter().filter_map(|w| w.walking_target).collect();
    Summary {
        planned: sum(|w| w.planned),
        done: sum(|w| w.done),
        partly: sum(|w| w.partly),
        missed: sum(|w| w.missed),
        walking_minutes: sum(|w| w.walking_minutes),
        walking_target: (!targets.is_empty()).then(|| targets.iter().sum()),
        weeks: weeks.len() as u32,
        weeks_on_target: weeks.iter().filter(|w| w.on_target).count() as u32,
        runs: runs.iter().filter(|r| !r.cancelled).count() as u32,
        cancelled: runs.iter().filter(|r| r.cancelled).count() as u32,
    }
}

fn walk_row(run: &RunRow) -> WalkRow {
    WalkRow {
        run: run.id.clone(),
        day: run.day,
        activity: run.activity.clone().unwrap_or_else(|| run.session.clone()),
        source: run.source,
        seconds: run.seconds,
        minutes: run.minutes,
        pain_before: run.pain_before,
        pain_after: run.pain_after,
        notes: run.notes.clone(),
        cancelled: run.cancelled,
    }
}

/// The average of `scores` to one decimal, if there are any.
fn average(scores: Vec<u8>) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mean = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
    Some((mean * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests;
