//! `rehabit calendar`: the programme's sessions as an iCalendar file.

use std::path::Path;

use chrono::{Local, TimeZone, Utc};

use super::Outcome;
use super::dates::full_date;
use super::patient::current;
use crate::calendar::{Request, Zone, events, ics, span};
use crate::paths::{Dirs, write_private};
use crate::settings::Settings;

pub fn run(weeks: u32, output: Option<&Path>) -> Outcome {
    let mut current = current()?;
    // The patient's own reminder times (config.toml) replace the programme's, as they
    // do for reminders.
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let (reminders, _) = Settings::load(&dirs.settings_file()).map_err(|e| e.to_string())?.reminders();
    for session in &mut current.program.sessions {
        if let Some(times) = reminders.times_for_session(&session.name, &session.key) {
            session.remind_at = times.to_vec();
        }
    }
    let now = Utc::now();
    let today = now.with_timezone(&Local).date_naive();
    let (first, until) = span(today, weeks);
    // The IANA name says which zone; rehabit's own clock (`Local`) says its offsets, so
    // the times in the file are the times rehabit reminds at.
    let zone = zone_name().map(|name| {
        Zone::from_offsets(&name, first, until, |utc| Local.offset_from_utc_datetime(&utc).local_minus_utc())
    });
    let request = Request {
        program: &current.program,
        start: current.started.unwrap_or(today),
        today,
        weeks,
        now,
        zone: zone.as_ref(),
    };
    let events = events(&request);
    let text = ics(&request, &events);
    let Some(path) = output else {
        put!("{text}");
        return Ok(());
    };
    write_private(path, text.as_bytes())
        .map_err(|e| t!("cli-could-not-write", path = path.display().to_string(), error = e.to_string()))?;
    let last = until.pred_opt().unwrap_or(until);
    say!(
        "{}",
        t!(
            "cli-calendar-wrote",
            count = events.len(),
            title = current.program.about.title.as_str(),
            from = crate::i18n::date(first, "date-weekday-day-month"),
            to = full_date(last),
            path = path.display().to_string()
        )
    );
    match &zone {
        Some(zone) => say!("{}", t!("cli-calendar-zone", zone = zone.tzid.as_str())),
        None => say!("{}", t!("cli-calendar-floating")),
    }
    say!("\n{}", t!("cli-calendar-how"));
    say!("  {}", t!("cli-calendar-how-phone"));
    say!("  {}", t!("cli-calendar-how-computer"));
    say!("  {}", t!("cli-calendar-how-google"));
    say!("{}", t!("cli-calendar-updates"));
    Ok(())
}

/// The IANA name of the patient's time zone, such as "Europe/Oslo", when it is known.
/// `TZ` comes first, as it does for rehabit's own clock; then the system's setting.
fn zone_name() -> Option<String> {
    #[cfg(unix)]
    if let Some(tz) = std::env::var_os("TZ").filter(|tz| !tz.is_empty()) {
        return tz.to_str().and_then(name_from_tz);
    }
    iana_time_zone::get_timezone().ok().filter(|name| !name.is_empty())
}

/// The zone name in a `TZ` value such as "Europe/Oslo", ":Europe/Oslo" or
/// "/usr/share/zoneinfo/Europe/Oslo", if there is a zone file by that name. A rule such
/// as "CET-1CEST,M3.5.0,M10.5.0/3" has no name: the file then has floating times.
#[cfg(unix)]
fn name_from_tz(tz: &str) -> Option<String> {
    let tz = tz.strip_prefix(':').unwrap_or(tz);
    let name = tz.rsplit_once("zoneinfo/").map_or(tz, |(_, name)| name);
    let plausible = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c))
        && !name.contains("..");
    let mut dirs = std::env::var_os("TZDIR").into_iter().map(std::path::PathBuf::from).chain(
        ["/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo"]
            .map(std::path::PathBuf::from),
    );
    (plausible && dirs.any(|dir| dir.join(name).is_file())).then(|| name.to_string())
}
