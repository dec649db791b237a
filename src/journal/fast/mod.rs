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
//!
//! [`Event`]: super::Event
//! [`Asked`]: super::Asked

mod flat;
mod timestamps;
mod written;

#[cfg(test)]
mod tests;

use super::Entry;
use flat::flat;
use written::as_written;

/// The entry on `line`, if it is one of the common events and reads whole; `None`
/// leaves the line to serde's [`Entry`]. The line's UTF-8 is checked at once, not
/// string by string.
pub(super) fn entry(line: &[u8]) -> Option<Entry> {
    let text = std::str::from_utf8(line).ok()?;
    as_written(text).or_else(|| flat(text))
}
