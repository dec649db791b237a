//! The common journal lines exactly as rehabit writes them, read byte by byte
//! ([`as_written`]): the quick way, for nearly every line of a journal.

use super::timestamps::{quick_date, quick_timestamp};
use crate::journal::{Asked, DoseRecord, Ending, Entry, Event, Name, PainMoment, ProgramRef, Side};

/// The entry on `text` if it is written exactly as rehabit writes the common events
/// ([`Entry::to_line`]): the fields in their order, no spaces, strings without escapes,
/// numbers as plain digits. Read byte by byte, with nothing looked up: twice as quick as
/// [`Flat`], and most of the time `rehabit status` and start-up took. Anything else
/// (a note with a quote in it, a field added) is left to [`Flat`].
///
/// [`Flat`]: mod@super::flat
pub(super) fn as_written(text: &str) -> Option<Entry> {
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
pub(super) fn plain_length(bytes: &[u8]) -> usize {
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
