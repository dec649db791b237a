//! Reading the common journal lines in one pass, for speed: an [`Entry`] as serde
//! derives it (an internally tagged [`Event`] flattened into the entry, and an
//! [`Asked`] flattened into some events) is first copied into serde's generic buffer,
//! then read from it, and again for the inner flattening. After years of use that was
//! most of the time `rehabit status` and start-up took.
//!
//! A line written as rehabit writes it is read byte by byte, its fields expected in
//! their order ([`as_written`]); any other line of those events (fields in another
//! order, spaces, escapes in a note) is read straight into one flat struct with every
//! field of those events, then built into the entry its `event` names. This only ever
//! speeds reading up: a line neither reads, whose event they do not know (the safety
//! answers, say), or whose fields do not fit, is read by serde's own [`Entry`] as before,
//! which decides. Whatever they do read is the entry serde reads (tested in `tests.rs`):
//! every event is built with all its fields named, so a field added to an event (or to
//! [`Asked`] or [`Entry`]) fails to compile here until it is read here too.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Deserializer};

use super::{Asked, DoseRecord, Ending, Entry, Event, Name, PainMoment, ProgramRef, Side};

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

/// The entry on `line`, if it is one of the common events and reads whole; `None`
/// leaves the line to serde's [`Entry`]. The line's UTF-8 is checked at once, not
/// string by string.
pub(super) fn entry(line: &[u8]) -> Option<Entry> {
    let text = std::str::from_utf8(line).ok()?;
    as_written(text).or_else(|| flat(text))
}

/// The entry on a line through [`Flat`]: any order of the fields, escapes, spaces.
fn flat(text: &str) -> Option<Entry> {
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

/// The entry on `text` if it is written exactly as rehabit writes the common events
/// ([`Entry::to_line`]): the fields in their order, no spaces, strings without escapes,
/// numbers as plain digits. Read byte by byte, with nothing looked up: twice as quick as
/// [`Flat`], and most of the time `rehabit status` and start-up took. Anything else
/// (a note with a quote in it, a field added) is left to [`Flat`].
fn as_written(text: &str) -> Option<Entry> {
    let mut line = Written { text, at: 0 };
    line.expect("{\"v\":")?;
    let v = line.number(u32::MAX.into())? as u32;
    line.expect(",\"at\":")?;
    let at = quick_timestamp(line.string()?)?;
    line.expect(",\"day\":")?;
    let day = quick_date(line.string()?.as_bytes())?;
    line.expect(",\"program\":{\"title\":")?;
    let title = line.name()?;
    line.expect(",\"hash\":")?;
    let hash = line.name()?;
    line.expect("},\"session\":")?;
    let session = line.name()?;
    line.expect(",\"run\":")?;
    let run = line.name()?;
    line.expect(",\"event\":")?;
    let event = match line.string()? {
        "started" => Event::Started { planned: line.planned()?.into() },
        "marked_done" => Event::MarkedDone { planned: line.planned()?.into() },
        "pain" => {
            line.expect(",\"moment\":")?;
            let moment = match line.string()? {
                "before" => PainMoment::Before,
                "after" => PainMoment::After,
                "next_morning" => PainMoment::NextMorning,
                _ => return None,
            };
            line.expect(",\"score\":")?;
            Event::Pain { moment, score: line.small()? }
        }
        "set_done" => {
            let asked = line.asked_fields()?;
            line.expect(",\"set\":")?;
            let set = line.number(u32::MAX.into())? as u32;
            let side = match line.optional(",\"side\":") {
                false => None,
                true => match line.string()? {
                    "left" => Some(Side::Left),
                    "right" => Some(Side::Right),
                    _ => return None,
                },
            };
            line.expect(",\"reps\":")?;
            let reps = match line.optional("null") {
                true => None,
                false => Some(line.number(u32::MAX.into())? as u32),
            };
            Event::SetDone { asked, set, side, reps }
        }
        "exercise_done" => {
            let asked = line.asked_fields()?;
            line.expect(",\"sets_done\":")?;
            let sets_done = line.number(u32::MAX.into())? as u32;
            let seconds = line.optional_number(",\"seconds\":", u64::MAX)?;
            Event::ExerciseDone { asked, sets_done, seconds }
        }
        "skipped" => {
            let asked = line.asked_fields()?;
            Event::Skipped { asked, reason: line.optional_string(",\"reason\":")? }
        }
        "note" => {
            line.expect(",\"text\":")?;
            Event::Note { text: line.string()?.to_string() }
        }
        "ended" => {
            line.expect(",\"ending\":")?;
            let ending = match line.string()? {
                "finished" => Ending::Finished,
                "left" => Ending::Left,
                _ => return None,
            };
            line.expect(",\"done\":")?;
            let done = usize::try_from(line.number(u64::MAX)?).ok()?;
            line.expect(",\"skipped\":")?;
            let skipped = usize::try_from(line.number(u64::MAX)?).ok()?;
            Event::Ended { ending, done, skipped }
        }
        "logged" => {
            line.expect(",\"activity\":")?;
            let activity = line.string()?.to_string();
            line.expect(",\"seconds\":")?;
            let seconds = line.number(u64::MAX)?;
            let pain_before = line.optional_number(",\"pain_before\":", u8::MAX.into())?.map(|n| n as u8);
            let pain_after = line.optional_number(",\"pain_after\":", u8::MAX.into())?.map(|n| n as u8);
            let note = line.optional_string(",\"note\":")?;
            Event::Logged { activity, seconds, pain_before, pain_after, note }
        }
        "cancelled" => {
            line.expect(",\"cancels\":")?;
            let cancels = line.name()?;
            Event::Cancelled { cancels, reason: line.optional_string(",\"reason\":")? }
        }
        _ => return None,
    };
    line.expect("}")?;
    let program = ProgramRef { title, hash };
    (line.at == text.len()).then_some(Entry { v, at, day, program: program.into(), session, run, event })
}

/// A line read from the start, as rehabit writes it: every step fails on anything else.
struct Written<'a> {
    text: &'a str,
    /// Where the bytes not read yet start.
    at: usize,
}

impl<'a> Written<'a> {
    fn rest(&self) -> &'a [u8] {
        &self.text.as_bytes()[self.at..]
    }

    /// Passes over `expected`, which must come next.
    #[inline(always)]
    fn expect(&mut self, expected: &str) -> Option<()> {
        self.optional(expected).then_some(())
    }

    /// Passes over `maybe` if it comes next. Inlined, the comparison is with a known
    /// length: a few instructions, not a call.
    #[inline(always)]
    fn optional(&mut self, maybe: &str) -> bool {
        let next = self.rest().starts_with(maybe.as_bytes());
        if next {
            self.at += maybe.len();
        }
        next
    }

    /// A string without escapes or control characters.
    fn string(&mut self) -> Option<&'a str> {
        let rest = self.rest().strip_prefix(b"\"")?;
        let length = plain_length(rest);
        (rest.get(length) == Some(&b'"')).then_some(())?;
        let start = self.at + 1;
        self.at = start + length + 1;
        // The quotes around it are bytes of their own in UTF-8: the string is whole.
        self.text.get(start..start + length)
    }

    /// A short string, as a [`Name`].
    fn name(&mut self) -> Option<Name> {
        self.string().map(Name::new)
    }

    /// A whole number up to `most`, in digits with no leading zero.
    fn number(&mut self, most: u64) -> Option<u64> {
        let rest = self.rest();
        let digits = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
        if digits == 0 || (digits > 1 && rest[0] == b'0') || digits > 20 {
            return None;
        }
        let mut value: u64 = 0;
        for &digit in &rest[..digits] {
            value = value.checked_mul(10)?.checked_add(u64::from(digit - b'0'))?;
        }
        self.at += digits;
        (value <= most).then_some(value)
    }

    /// A pain score or a level: 0 to 255.
    fn small(&mut self) -> Option<u8> {
        self.number(u8::MAX.into()).map(|n| n as u8)
    }

    /// The number after `key`, if `key` comes next; `None` if what follows it is not one.
    fn optional_number(&mut self, key: &str, most: u64) -> Option<Option<u64>> {
        match self.optional(key) {
            true => self.number(most).map(Some),
            false => Some(None),
        }
    }

    fn optional_string(&mut self, key: &str) -> Option<Option<String>> {
        match self.optional(key) {
            true => self.string().map(|s| Some(s.to_string())),
            false => Some(None),
        }
    }

    /// `,"exercise":…,"position":…,"level":…,"dose":{…}`, as an event's own fields.
    fn asked_fields(&mut self) -> Option<Asked> {
        self.expect(",")?;
        self.asked()
    }

    /// `"exercise":…,"position":…,"level":…,"dose":{…}`.
    fn asked(&mut self) -> Option<Asked> {
        self.expect("\"exercise\":")?;
        let exercise = self.name()?;
        self.expect(",\"position\":")?;
        let position = usize::try_from(self.number(u64::MAX)?).ok()?;
        self.expect(",\"level\":")?;
        let level = self.small()?;
        self.expect(",\"dose\":{\"sets\":")?;
        let sets = self.number(u32::MAX.into())? as u32;
        let reps = self.optional_number(",\"reps\":", u32::MAX.into())?.map(|n| n as u32);
        let hold_s = self.optional_number(",\"hold_s\":", u64::MAX)?;
        let duration_s = self.optional_number(",\"duration_s\":", u64::MAX)?;
        let sides = match self.optional(",\"sides\":") {
            true => Some(self.name()?),
            false => None,
        };
        self.expect("}")?;
        Some(Asked { exercise, position, level, dose: DoseRecord { sets, reps, hold_s, duration_s, sides } })
    }

    /// `,"planned":[{…},…]`.
    fn planned(&mut self) -> Option<Vec<Asked>> {
        self.expect(",\"planned\":[")?;
        let mut planned = Vec::new();
        if self.optional("]") {
            return Some(planned);
        }
        loop {
            self.expect("{")?;
            planned.push(self.asked()?);
            self.expect("}")?;
            if self.optional("]") {
                return Some(planned);
            }
            self.expect(",")?;
        }
    }
}

/// How many bytes at the start of `bytes` can be in a string as they are: up to a quote,
/// a backslash or a control character. Eight bytes at a time: the strings are most of
/// a line.
fn plain_length(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    while let Some(word) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let (quote, backslash) = (word ^ (ONES * u64::from(b'"')), word ^ (ONES * u64::from(b'\\')));
        // A byte of the word is a quote or a backslash (zero after the xor), or below 0x20.
        let zero = |x: u64| x.wrapping_sub(ONES) & !x;
        if (zero(quote) | zero(backslash) | (word.wrapping_sub(ONES * 0x20) & !word)) & HIGHS != 0 {
            break;
        }
        at += 8;
    }
    let rest = &bytes[at..];
    at + rest.iter().position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20).unwrap_or(rest.len())
}

/// A timestamp as rehabit writes it ("2026-03-11T08:15:02.123456789+01:00", or with
/// "Z" in UTC), read
/// directly; any other form fails, for serde's [`Entry`] to read with chrono's parser.
fn timestamp<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_timestamp(text).ok_or_else(|| serde::de::Error::custom("not a plain timestamp"))
}

/// A day as rehabit writes it ("2026-03-11"); any other form fails, as above.
fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_date(text.as_bytes()).ok_or_else(|| serde::de::Error::custom("not a plain date"))
}

/// The number written in `digits`, which must all be ASCII digits.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

/// "YYYY-MM-DD", a real day.
fn quick_date(text: &[u8]) -> Option<NaiveDate> {
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&text[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&text[5..7])?, number(&text[8..10])?)
}

/// "YYYY-MM-DDTHH:MM:SS", then up to nine digits of a second after a ".", then an
/// offset "+HH:MM" or "-HH:MM", or "Z" for UTC.
fn quick_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.as_bytes();
    if text.len() < 20 || text[10] != b'T' || text[13] != b':' || text[16] != b':' {
        return None;
    }
    let day = quick_date(&text[..10])?;
    let (hour, minute, second) = (number(&text[11..13])?, number(&text[14..16])?, number(&text[17..19])?);
    let (mut rest, mut nano) = (&text[19..], 0);
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|d| d.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nano = number(&fraction[..digits])? * 10u32.pow(9 - digits as u32);
        rest = &fraction[digits..];
    }
    let offset = match *rest {
        // UTC, as chrono writes it.
        [b'Z'] => FixedOffset::east_opt(0)?,
        [sign, h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (number(&[h1, h2])?, number(&[m1, m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
            match sign {
                b'+' => FixedOffset::east_opt(seconds)?,
                b'-' => FixedOffset::west_opt(seconds)?,
                _ => return None,
            }
        }
        _ => return None,
    };
    if second > 59 {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    offset.from_local_datetime(&NaiveDateTime::new(day, time)).single()
}

#[cfg(test)]
mod tests;
