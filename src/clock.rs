//! The clock: the one place rehabit reads the time. Everything else is given it.

use std::time::Instant;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeZone};

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

/// Midnight at the start of `day`, in the patient's time zone.
pub fn local_midnight(day: NaiveDate) -> DateTime<FixedOffset> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    match Local.from_local_datetime(&midnight).earliest() {
        Some(time) => time.fixed_offset(),
        // Midnight skipped by a clock change: an hour later is still that day.
        None => Local.from_utc_datetime(&midnight).fixed_offset(),
    }
}
