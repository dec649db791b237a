//! Days and timestamps in the form rehabit writes them, read directly. Any other form is
//! not read here: the line is left to serde's `Entry`, which reads it with chrono's parser.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// The number written in `digits`, which must all be ASCII digits.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

/// "YYYY-MM-DD", a real day.
pub(super) fn quick_date(text: &[u8]) -> Option<NaiveDate> {
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&text[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&text[5..7])?, number(&text[8..10])?)
}

/// "YYYY-MM-DDTHH:MM:SS", then up to nine digits of a second after a ".", then an
/// offset "+HH:MM" or "-HH:MM", or "Z" for UTC.
pub(super) fn quick_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
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
