//! A realistic journal for the benchmarks: years of daily use of a programme, written
//! with the real [`Entry`] types, as rehabit itself would have recorded it.
//!
//! Shared by the benchmarks (`benches/`) and `examples/make_journal.rs`, which writes
//! one to a file for `scripts/bench.sh`. Deterministic: the same programme, dates, seed
//! and time zone give the same journal, byte for byte.
//!
//! Day by day, from the start to the end (both included): every session due that day
//! (set days; a weekly quota on its first days of the week) is done 19 times in 20,
//! with the pain before it, each set (and side) and each exercise done, the pain after
//! (mostly in the programme's safe band, now and then in the acceptable one) and the
//! end; now and then a note, a skipped exercise or a session left early. The next
//! morning's pain is answered on most mornings after a session (and always on the last
//! day), mostly as it was before the session, sometimes lower, now and then higher. A
//! walk is logged on most Sundays and some Wednesdays, a session is marked done
//! afterwards now and then, and a few of those are taken back (cancelled). Times carry
//! nanoseconds, as the clock gives them.

#![allow(dead_code)]

use std::io::{self, Write};
use std::path::Path;

use chrono::{DateTime, Datelike, Days, FixedOffset, Local, NaiveDate, TimeZone, Weekday};
use rehabit::journal::{Asked, Ending, Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef, Side};
use rehabit::plan::{is_due_on, quota_in_week, week_index};
use rehabit::program::{Program, Schedule};
use rehabit::session::lay_out;

/// What a generated journal holds.
pub struct Generated {
    pub entries: Vec<Entry>,
    /// Sittings of a session (live or marked done) and walks logged.
    pub runs: usize,
}

/// The days a weekly quota is done on, first the first: spread over the week.
const QUOTA_DAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat, Weekday::Tue, Weekday::Thu, Weekday::Sun];

const NOTES: &[&str] = &[
    "Felt stiff this morning, easier by the end.",
    "Good session, back felt loose afterwards.",
    "A bit tired today, went slowly.",
    "Sore after gardening yesterday.",
    "Did it after work, quite rushed.",
];

const REASONS: &[&str] = &["too sore today", "no time", "knee complaining", "forgot the band"];

/// A small deterministic random number generator (splitmix64): no dependency needed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// A number from `low` to `high`, both included.
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// `day` at `hour`:`minute`:`second` and `nano` nanoseconds, in the local time zone (as
/// rehabit records it).
fn at_nano(day: NaiveDate, hour: u32, minute: u32, second: u32, nano: u32) -> DateTime<FixedOffset> {
    let naive = day.and_hms_nano_opt(hour, minute, second, nano).expect("a valid time of day");
    match Local.from_local_datetime(&naive).earliest() {
        Some(time) => time.fixed_offset(),
        None => Local.from_utc_datetime(&naive).fixed_offset(),
    }
}

/// `day` at `hour`:`minute`:`second`, in the local time zone.
fn at(day: NaiveDate, hour: u32, minute: u32, second: u32) -> DateTime<FixedOffset> {
    at_nano(day, hour, minute, second, 0)
}

/// Writes entries for one run, with the time moving on a little for each.
struct Writer<'a> {
    entries: &'a mut Vec<Entry>,
    program: &'a std::sync::Arc<ProgramRef>,
    day: NaiveDate,
    session: String,
    run: String,
    time: DateTime<FixedOffset>,
}

impl Writer<'_> {
    fn push(&mut self, seconds: i64, event: Event) {
        self.time += chrono::TimeDelta::seconds(seconds);
        self.entries.push(Entry {
            v: FORMAT_VERSION,
            at: self.time,
            day: self.day,
            program: self.program.clone(),
            session: self.session.as_str().into(),
            run: self.run.as_str().into(),
            event,
        });
    }
}

/// The journal of a patient who followed `program` (whose file hashes to `hash`) from
/// `start` to `end`.
pub fn generate(program: &Program, hash: &str, start: NaiveDate, end: NaiveDate, seed: u64) -> Generated {
    let reference = ProgramRef::new(&program.about.title, hash);
    let mut random = Random(seed);
    let mut entries = Vec::new();
    let mut runs = 0;
    // The pain before yesterday's last session, if one was done: the next morning's
    // pain is usually back to it, sometimes lower, now and then higher.
    let mut pain_yesterday: Option<u8> = None;
    let mut marked: Vec<(String, String, NaiveDate)> = Vec::new();
    let mut day = start;
    while day <= end {
        let week = week_index(start, day);
        // The morning check about yesterday's sessions.
        // Always on the last day, so that rehabit opens on Today, not on the question.
        if let Some(usual) = pain_yesterday.filter(|_| random.chance(85) || day == end) {
            let yesterday = day.pred_opt().expect("a day before");
            let time =
                at_nano(day, 7, random.between(0, 59) as u32, 0, random.between(0, 999_999_999) as u32);
            let score = match random.between(0, 99) {
                0..3 => usual + 1,
                3..25 => usual.saturating_sub(1),
                _ => usual,
            };
            entries.push(Entry {
                v: FORMAT_VERSION,
                at: time,
                day: yesterday,
                program: reference.clone(),
                session: Default::default(),
                run: compact_str::format_compact!("morning-{}-4242", day.format("%Y%m%d")),
                event: Event::Pain { moment: PainMoment::NextMorning, score },
            });
        }
        pain_yesterday = None;
        for (index, session) in program.sessions.iter().enumerate() {
            let due = match session.schedule {
                Schedule::TimesAWeek(_) => {
                    let times = usize::from(quota_in_week(session, week).unwrap_or(0));
                    QUOTA_DAYS[..times.min(7)].contains(&day.weekday())
                }
                _ => is_due_on(session, day),
            };
            if !due || !random.chance(95) {
                continue;
            }
            let (items, _) = lay_out(program, session, week);
            let planned: Vec<Asked> = items.iter().map(|item| item.asked.clone()).collect();
            let hour = 8 + 4 * index as u32 % 14;
            let (minute, second) = (random.between(0, 50) as u32, random.between(0, 59) as u32);
            let started = at_nano(day, hour, minute, second, random.between(0, 999_999_999) as u32);
            runs += 1;
            if random.chance(3) {
                // Done away from the computer, marked done afterwards.
                let run = format!("mark-{}-4242", started.format("%Y%m%dT%H%M%S"));
                let mut writer = Writer {
                    entries: &mut entries,
                    program: &reference,
                    day,
                    session: session.name.clone(),
                    run: run.clone(),
                    time: started,
                };
                writer.push(0, Event::MarkedDone { planned: planned.into() });
                marked.push((run, session.name.clone(), day));
                continue;
            }
            let mut writer = Writer {
                entries: &mut entries,
                program: &reference,
                day,
                session: session.name.clone(),
                run: format!("{}-4242", started.format("%Y%m%dT%H%M%S")),
                time: started,
            };
            writer.push(0, Event::Started { planned: planned.into() });
            let before = random.between(1, 3) as u8;
            writer.push(20, Event::Pain { moment: PainMoment::Before, score: before });
            let leave_after = if random.chance(4) { random.between(0, items.len() as u64) } else { u64::MAX };
            let (mut done, mut skipped) = (0, 0);
            for (position, item) in items.iter().enumerate() {
                if position as u64 >= leave_after {
                    break;
                }
                let asked = item.asked.clone();
                if random.chance(3) {
                    let reason = random.chance(50).then(|| random.pick(REASONS).to_string());
                    writer.push(5, Event::Skipped { asked, reason });
                    skipped += 1;
                    continue;
                }
                let dose = item.asked.dose.clone();
                if let Some(seconds) = dose.duration_s.filter(|_| item.kind.is_timed()) {
                    let seconds = seconds + random.between(0, 120);
                    writer.push(
                        seconds as i64,
                        Event::ExerciseDone { asked, sets_done: 1, seconds: Some(seconds) },
                    );
                } else {
                    let sides: &[Option<Side>] = match dose.sides.as_deref() {
                        Some("left-then-right") => &[Some(Side::Left), Some(Side::Right)],
                        _ => &[None],
                    };
                    for set in 1..=dose.sets.max(1) {
                        for side in sides {
                            let event =
                                Event::SetDone { asked: asked.clone(), set, side: *side, reps: dose.reps };
                            writer.push(40, event);
                        }
                    }
                    writer.push(2, Event::ExerciseDone { asked, sets_done: dose.sets.max(1), seconds: None });
                }
                done += 1;
            }
            // Mostly within the safe band, sometimes in the acceptable one.
            let after = if random.chance(85) { random.between(1, 3) } else { random.between(4, 5) };
            writer.push(30, Event::Pain { moment: PainMoment::After, score: after as u8 });
            if random.chance(15) {
                writer.push(30, Event::Note { text: random.pick(NOTES).to_string() });
            }
            let ending = if leave_after == u64::MAX { Ending::Finished } else { Ending::Left };
            writer.push(5, Event::Ended { ending, done, skipped });
            pain_yesterday = Some(before);
        }
        // A walk logged afterwards, most Sundays and some Wednesdays.
        let walked = match day.weekday() {
            Weekday::Sun => random.chance(70),
            Weekday::Wed => random.chance(50),
            _ => false,
        };
        if walked {
            let time =
                at_nano(day, 19, random.between(0, 59) as u32, 0, random.between(0, 999_999_999) as u32);
            runs += 1;
            let note = random.chance(30).then(|| "Along the river with a friend.".to_string());
            entries.push(Entry {
                v: FORMAT_VERSION,
                at: time,
                day,
                program: reference.clone(),
                session: Default::default(),
                run: compact_str::format_compact!("log-{}-4242", time.format("%Y%m%dT%H%M%S")),
                event: Event::Logged {
                    activity: "walk".to_string(),
                    seconds: 60 * random.between(20, 60),
                    pain_before: Some(random.between(1, 3) as u8),
                    pain_after: Some(random.between(1, 4) as u8),
                    note,
                },
            });
        }
        // Now and then a session marked done by mistake is taken back that evening.
        if let Some((run, session, marked_day)) = marked.pop().filter(|(_, _, d)| *d == day)
            && random.chance(30)
        {
            entries.push(Entry {
                v: FORMAT_VERSION,
                at: at(day, 21, 30, 0),
                day: marked_day,
                program: reference.clone(),
                session: session.into(),
                run: compact_str::format_compact!("undo-{}-4242", day.format("%Y%m%d")),
                event: Event::Cancelled {
                    cancels: run.into(),
                    reason: Some("marked the wrong day".to_string()),
                },
            });
        }
        marked.clear();
        day = day + Days::new(1);
    }
    Generated { entries, runs }
}

/// `years` years back from `end`: the start of a journal that ends on `end`.
pub fn years_before(end: NaiveDate, years: u32) -> NaiveDate {
    end.with_year(end.year() - years as i32).unwrap_or(end - Days::new(365 * u64::from(years)))
}

/// Writes `entries` as a journal file (one JSON line each), replacing any file there.
pub fn write(path: &Path, entries: &[Entry]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    for entry in entries {
        out.write_all(entry.to_line().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
