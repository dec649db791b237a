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
//! which decides. Whatever they do read is the entry serde reads (tested below): every
//! event is built with all its fields named, so a field added to an event (or to
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
mod tests {
    use super::*;
    use crate::journal::FORMAT_VERSION;

    fn asked() -> Asked {
        Asked {
            exercise: "bird-dog".into(),
            position: 2,
            level: 1,
            dose: DoseRecord {
                sets: 2,
                reps: Some(6),
                hold_s: Some(5),
                sides: Some("alternating".into()),
                ..DoseRecord::default()
            },
        }
    }

    fn entry_of(event: Event) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: DateTime::parse_from_rfc3339("2026-03-11T08:15:02+01:00").unwrap(),
            day: NaiveDate::from_ymd_opt(2026, 3, 11).unwrap(),
            program: ProgramRef { title: "Core \"stability\"".into(), hash: "0123abcd".into() }.into(),
            session: "Core stability".into(),
            run: "20260311T081502-42".into(),
            event,
        }
    }

    /// One of each event read here, with optional fields given and left out.
    fn samples() -> Vec<Entry> {
        let events = vec![
            Event::Started { planned: vec![asked(), asked()].into() },
            Event::MarkedDone { planned: vec![].into() },
            Event::Pain { moment: PainMoment::Before, score: 3 },
            Event::Pain { moment: PainMoment::NextMorning, score: 0 },
            Event::SetDone { asked: asked(), set: 1, side: Some(Side::Left), reps: Some(6) },
            Event::SetDone { asked: asked(), set: 2, side: None, reps: None },
            Event::ExerciseDone { asked: asked(), sets_done: 2, seconds: None },
            Event::ExerciseDone { asked: asked(), sets_done: 1, seconds: Some(905) },
            Event::Skipped { asked: asked(), reason: Some("too sore\ttoday ✓".into()) },
            Event::Skipped { asked: asked(), reason: None },
            Event::Note { text: "Felt \\ stiff,\n then \"better\"".into() },
            Event::Ended { ending: Ending::Left, done: 3, skipped: 1 },
            Event::Logged {
                activity: "walk".into(),
                seconds: 1800,
                pain_before: Some(2),
                pain_after: None,
                note: Some("river".into()),
            },
            Event::Logged {
                activity: "cycling".into(),
                seconds: 60,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            Event::Cancelled { cancels: "log-1".into(), reason: None },
            Event::Cancelled { cancels: "log-2".into(), reason: Some("wrong day".into()) },
        ];
        events.into_iter().map(entry_of).collect()
    }

    fn serde_reads(line: &str) -> Option<Entry> {
        serde_json::from_str(line).ok()
    }

    #[test]
    fn reads_every_event_it_knows_as_serde_does() {
        for sample in samples() {
            let line = sample.to_line();
            assert_eq!(entry(line.as_bytes()), Some(sample.clone()), "{line}");
            assert_eq!(serde_reads(&line), Some(sample), "{line}");
        }
    }

    /// Timestamps and days in and near the form rehabit writes: whatever is read here is
    /// what chrono reads, offset included.
    #[test]
    fn reads_timestamps_and_days_as_chrono_does() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"0123456789+-:.TZ tx";
        let (mut read, mut tried) = (0, 0);
        for _ in 0..20_000 {
            let n = next();
            let fraction = match n % 5 {
                0 => String::new(),
                1 => ".5".to_string(),
                2 => format!(".{:03}", n % 1000),
                3 => format!(".{:09}", n % 1_000_000_000),
                _ => format!(".{:010}", n % 10_000_000_000),
            };
            let sign = if n % 7 == 0 { '-' } else { '+' };
            let offset = if n % 11 == 0 {
                "Z".to_string()
            } else {
                format!("{sign}{:02}:{:02}", (n >> 28) % 25, (n >> 32) % 61)
            };
            let mut text = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{offset}",
                1990 + n % 50,
                1 + (n >> 8) % 13,
                1 + (n >> 12) % 31,
                (n >> 16) % 25,
                (n >> 20) % 61,
                (n >> 24) % 61,
            )
            .into_bytes();
            if n % 3 == 0 {
                let at = (next() % text.len() as u64) as usize;
                text[at] = alphabet[(next() % alphabet.len() as u64) as usize];
            }
            let text = String::from_utf8(text).unwrap();
            tried += 1;
            if let Some(quick) = quick_timestamp(&text) {
                let chrono: DateTime<FixedOffset> = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
                assert_eq!((quick, quick.offset()), (chrono, chrono.offset()), "{text}");
                read += 1;
            }
            let day = &text[..10];
            if let Some(quick) = quick_date(day.as_bytes()) {
                assert_eq!(day.parse::<NaiveDate>().ok(), Some(quick), "{day}");
            }
        }
        assert!(read > tried / 3, "{read} of {tried} read");
    }

    #[test]
    fn finds_where_a_plain_string_ends_as_a_byte_search_does() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = [b'a', b'"', b'\\', 0x1f, 0x20, 0x00, 0x7f, 0x80, 0xc3, 0xff, b'!', b'#', b'[', b']'];
        for round in 0..20_000 {
            let length = (next() % 40) as usize;
            let bytes: Vec<u8> = (0..length)
                .map(|_| match next() % (4 + round % 40) {
                    0..4 => alphabet[(next() % alphabet.len() as u64) as usize],
                    _ => b'a' + (next() % 26) as u8,
                })
                .collect();
            let expected =
                bytes.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(bytes.len());
            assert_eq!(plain_length(&bytes), expected, "{bytes:?}");
        }
    }

    /// The samples, with a title that needs no escapes.
    fn plain_samples() -> Vec<Entry> {
        let program = ProgramRef { title: "Core stability".into(), hash: "0123abcd".into() };
        samples().into_iter().map(|sample| Entry { program: program.clone().into(), ..sample }).collect()
    }

    /// Every line rehabit writes of the events read here, but for strings with escapes,
    /// is read without [`Flat`].
    #[test]
    fn reads_lines_as_rehabit_writes_them_without_serde() {
        let mut read = 0;
        for sample in plain_samples() {
            let line = sample.to_line();
            if !line.contains('\\') {
                assert_eq!(as_written(&line), Some(sample), "{line}");
                read += 1;
            }
        }
        assert!(read >= samples().len() - 2);
    }

    /// Each number of each line made every kind of edge number, each string value made
    /// another string (escaped, Unicode, empty, the wrong kind), spaces put in, a byte
    /// dropped: whatever is read without serde is what serde reads.
    #[test]
    fn reads_as_written_only_what_serde_reads_the_same() {
        let numbers = [
            "0",
            "00",
            "01",
            "7",
            "255",
            "256",
            "65535",
            "4294967295",
            "4294967296",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
            "1e2",
            "1.0",
            "-0",
            "-1",
            "null",
            "\"3\"",
            " 3",
        ];
        let strings = [
            "\"\"",
            "\"é ✓\"",
            "\"a\\\"b\"",
            "\"\\u00e9\"",
            "\"left\"",
            "\"right\"",
            "\"before\"",
            "\"after\"",
            "\"next_morning\"",
            "\"finished\"",
            "\"2026-03-11\"",
            "\"2026-02-30\"",
            "\"2026-03-11T08:15:02Z\"",
            "null",
            "7",
            "\"\t\"",
        ];
        let (mut checked, mut read) = (0, 0);
        for sample in plain_samples() {
            let line = sample.to_line();
            let bytes = line.as_bytes();
            let mut variants: Vec<String> = Vec::new();
            let mut at = 0;
            while at < bytes.len() {
                let digits = bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
                if digits > 0 && bytes[at - 1] == b':' {
                    for number in numbers {
                        variants.push(format!("{}{number}{}", &line[..at], &line[at + digits..]));
                    }
                }
                if bytes[at] == b'"' && bytes[at - 1] == b':' {
                    let length = line[at + 1..].find('"').unwrap() + 2;
                    for string in strings {
                        variants.push(format!("{}{string}{}", &line[..at], &line[at + length..]));
                    }
                }
                if bytes[at] == b',' || bytes[at] == b':' {
                    variants.push(format!("{} {}", &line[..at], &line[at..]));
                    variants.push(format!("{}{}", &line[..at], &line[at + 1..]));
                }
                at += digits.max(1);
            }
            variants.push(format!("{line} "));
            variants.push(format!(" {line}"));
            variants.push(format!("{line}}}"));
            variants.push(line[..line.len() - 1].to_string());
            for variant in variants {
                if let Some(entry) = as_written(&variant) {
                    assert_eq!(serde_reads(&variant), Some(entry), "{variant}");
                    read += 1;
                }
                checked += 1;
            }
        }
        assert!(checked > 3000 && read > 300, "{read} of {checked} read");
    }

    #[test]
    fn leaves_other_events_to_serde() {
        let line = entry_of(Event::SafetyCleared { note: None }).to_line();
        assert_eq!(entry(line.as_bytes()), None);
        assert!(serde_reads(&line).is_some());
    }

    /// Lines near the real ones, a field at a time left out, made null, a number, a
    /// string, a list or given twice, and a field added: whatever is read here is what
    /// serde reads.
    #[test]
    fn never_reads_a_line_otherwise_than_serde() {
        let replacements = ["null", "7", "-1", "300", "\"x\"", "[]", "{}", "true", "2.5", "\"left\""];
        let mut checked = 0;
        for sample in samples().into_iter().chain(plain_samples()) {
            let value: serde_json::Value = serde_json::from_str(&sample.to_line()).unwrap();
            let serde_json::Value::Object(map) = value else { panic!("an object") };
            let mut variants: Vec<String> = Vec::new();
            for key in map.keys() {
                let mut without = map.clone();
                without.remove(key);
                variants.push(serde_json::Value::Object(without).to_string());
                let line = serde_json::Value::Object(map.clone()).to_string();
                let pair = format!("\"{key}\":{}", map[key]);
                variants.push(line.replacen(&pair, &format!("{pair},{pair}"), 1));
                for replacement in replacements {
                    variants.push(line.replacen(&pair, &format!("\"{key}\":{replacement}"), 1));
                }
            }
            for extra in
                ["\"planned\":[]", "\"score\":2", "\"side\":\"right\"", "\"reps\":null", "\"because\":1"]
            {
                let line = serde_json::Value::Object(map.clone()).to_string();
                variants.push(format!("{{{extra},{}", &line[1..]));
            }
            for tag in ["\"started\"", "\"pain\"", "\"set_done\"", "\"logged\"", "\"hurt\"", "\"nope\""] {
                let line = serde_json::Value::Object(map.clone()).to_string();
                let event = format!("\"event\":{}", map["event"]);
                variants.push(line.replacen(&event, &format!("\"event\":{tag}"), 1));
            }
            for line in variants {
                if let Some(read) = entry(line.as_bytes()) {
                    assert_eq!(serde_reads(&line), Some(read), "{line}");
                }
                if let Some(read) = as_written(&line) {
                    assert_eq!(serde_reads(&line), Some(read), "{line}");
                }
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }
}
