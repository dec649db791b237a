//! `rehabit remind status` and `rehabit remind test`: what is set up, what comes next,
//! and whether this desktop shows notifications at all.

use std::io::{IsTerminal, Write};

use chrono::{Days, Local};

use super::{DELIVERY_WAIT, Day, Reading, install, sent_today};
use crate::cli::Outcome;
use crate::notify::{self, Action, Delivery, Notice};
use crate::paths::Dirs;
use crate::remind::next_reminder;
use crate::settings::Settings;

/// After `install`: reminders that are turned off won't come, whatever is installed.
pub fn note_if_off() {
    let Ok(dirs) = Dirs::from_env() else { return };
    let file = dirs.settings_file();
    if let Ok(settings) = Settings::load(&file)
        && !settings.reminders().0.enabled
    {
        say!("{}", t!("remind-status-off-though", file = file.display().to_string()));
    }
}

/// `rehabit remind test`: a sample notification now, and plainly whether it was shown.
pub fn test() -> Outcome {
    let notice = Notice {
        title: t!("remind-test-title"),
        body: t!("remind-test-body"),
        actions: vec![Action::Snooze, Action::Done],
    };
    match notify::send(&notice, DELIVERY_WAIT) {
        Delivery::Delivered(shown) => {
            say!("{}", t!("remind-test-shown", server = shown.server.as_str()));
            if shown.actions.is_empty() {
                say!("{}", t!("remind-test-no-buttons"));
            } else {
                say!("{}", t!("remind-test-buttons"));
            }
            Ok(())
        }
        Delivery::NotDelivered { reason } => {
            let mut stderr = std::io::stderr();
            if stderr.is_terminal() {
                let _ = write!(stderr, "\x07");
            }
            Err(t!("remind-test-not-shown", reason = reason))
        }
    }
}

/// `rehabit remind status`: what is installed, whether reminders are on, and the next one.
pub fn status() -> Outcome {
    let now = Local::now();
    let day = Day::load(now, Reading::Full)?;
    let settings_file = day.dirs.settings_file();
    let file = settings_file.display().to_string();
    for problem in &day.problems {
        say!("{}", t!("remind-status-problem", file = file.as_str(), problem = problem.as_str()));
    }
    install::describe();
    let settings = &day.settings;
    if !settings.enabled {
        say!("{}", t!("remind-status-off", file = file.as_str()));
        return Ok(());
    }
    let cap = settings.daily_cap;
    let on = match settings.quiet {
        Some((from, to)) => {
            let (from, to) = (from.format("%H:%M").to_string(), to.format("%H:%M").to_string());
            t!("remind-status-on-quiet", from = from, to = to, cap = cap)
        }
        None => t!("remind-status-on", cap = cap),
    };
    say!("{on}");
    let date = now.date_naive();
    let sent = sent_today(&day.dirs, date)?;
    let next =
        next_reminder(&day.reminders, settings, day.wall(), &sent).map(|r| (r, "today")).or_else(|| {
            let tomorrow = date.checked_add_days(Days::new(1))?;
            day.reminders_on(tomorrow).into_iter().next().map(|r| (r, "tomorrow"))
        });
    match next {
        Some((reminder, when)) => {
            let (time, title) = (reminder.at.format("%H:%M").to_string(), reminder.title.as_str());
            say!("{}", t!("remind-status-next", day = when, time = time, title = title))
        }
        None => say!("{}", t!("remind-status-none-planned")),
    }
    for session in day.current.program.sessions.iter().filter(|s| !s.at_clinic) {
        let times = settings
            .times_for_session(&session.name, &session.key)
            .map_or(session.remind_at.len(), <[_]>::len);
        if times == 0 {
            say!("{}", t!("remind-status-no-time", session = session.name.as_str(), file = file.as_str()));
        }
    }
    Ok(())
}
