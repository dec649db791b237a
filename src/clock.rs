//! The clock: the one place rehabit reads the time. Everything else is given it.

use chrono::NaiveDate;

/// Today's date in the patient's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
