//! The clock: the one place rehabit reads the time. Everything else is given it.

use std::time::Instant;

use chrono::{Local, NaiveDate};

use crate::session::Now;

/// Today's date in the patient's time zone.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Readings of the monotonic clock (for timers) and the wall clock (for the journal).
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    origin: Instant,
}

impl Clock {
    pub fn start() -> Clock {
        Clock { origin: Instant::now() }
    }

    pub fn now(&self) -> Now {
        Now { mono: self.origin.elapsed(), wall: Local::now().fixed_offset() }
    }
}
