//! The common journal lines in any form serde reads (fields in another order, spaces,
//! escapes), through one flat struct with every field of those events ([`Flat`]).

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer};

use super::timestamps::{quick_date, quick_timestamp};
use crate::journal::{Asked, DoseRecord, Ending, Entry, Event, Name, PainMoment, ProgramRef, Side};

/// Every field of the entry and of the events read here, all optional but the entry's.
/// Unknown fields are passed over, as serde's [`Entry`] does; a field given twice makes
/// the line the long way's to read.
#[derive(Deserialize)]
struct Flat<'a> {
    v: u32,
    #[serde(deserialize_with = "timestamp")]
    at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "date")]
    day: NaiveDate,
    program: ProgramRef,
    session: Name,
    run: Name,
    #[serde(borrow)]
    event: Cow<'a, str>,
    planned: Option<Vec<Asked>>,
    moment: Option<PainMoment>,
    score: Option<u8>,
    exercise: Option<Name>,
    position: Option<usize>,
    level: Option<u8>,
    dose: Option<DoseRecord>,
    set: Option<u32>,
    side: Option<Side>,
    reps: Option<u32>,
    sets_done: Option<u32>,
    seconds: Option<u64>,
    reason: Option<String>,
    text: Option<String>,
    ending: Option<Ending>,
    done: Option<usize>,
    skipped: Option<usize>,
    activity: Option<String>,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    note: Option<String>,
    cancels: Option<Name>,
}

/// The entry on a line through [`Flat`]: any order of the fields, escapes, spaces.
pub(super) fn flat(text: &str) -> Option<Entry> {
    let Flat {
        v,
        at,
        day,
        program,
        session,
        run,
        event,
        planned,
        moment,
        score,
        exercise,
        position,
        level,
        dose,
        set,
        side,
        reps,
        sets_done,
        seconds,
        reason,
        text,
        ending,
        done,
        skipped,
        activity,
        pain_before,
        pain_after,
        note,
        cancels,
    } = serde_json::from_str(text).ok()?;
    let asked = move || Some(Asked { exercise: exercise?, position: position?, level: level?, dose: dose? });
    let event = match &*event {
        "started" => Event::Started { planned: planned?.into() },
        "marked_done" => Event::MarkedDone { planned: planned?.into() },
        "pain" => Event::Pain { moment: moment?, score: score? },
        "set_done" => Event::SetDone { asked: asked()?, set: set?, side, reps },
        "exercise_done" => Event::ExerciseDone { asked: asked()?, sets_done: sets_done?, seconds },
        "skipped" => Event::Skipped { asked: asked()?, reason },
        "note" => Event::Note { text: text? },
        "ended" => Event::Ended { ending: ending?, done: done?, skipped: skipped? },
        "logged" => Event::Logged { activity: activity?, seconds: seconds?, pain_before, pain_after, note },
        "cancelled" => Event::Cancelled { cancels: cancels?, reason },
        // Another event (or a newer one): serde's `Entry` reads it.
        _ => return None,
    };
    Some(Entry { v, at, day, program: program.into(), session, run, event })
}

/// A timestamp as rehabit writes it ("2026-03-11T08:15:02.123456789+01:00", or with
/// "Z" in UTC), read directly; any other form fails, for serde's [`Entry`] to read with chrono's parser.
fn timestamp<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_timestamp(text).ok_or_else(|| serde::de::Error::custom("not a plain timestamp"))
}

/// A day as rehabit writes it ("2026-03-11"); any other form fails, as above.
fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_date(text.as_bytes()).ok_or_else(|| serde::de::Error::custom("not a plain date"))
}
