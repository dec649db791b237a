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
        say!("Reminders are turned off, though: set enabled = true under [reminders] in {}.", file.display());
    }
}

/// `rehabit remind test`: a sample notification now, and plainly whether it was shown.
pub fn test() -> Outcome {
    let notice = Notice {
        title: "rehabit: a test reminder".into(),
        body: "If you can read this, rehabit's reminders reach you on this desktop.".into(),
        actions: vec![Action::Snooze, Action::Done],
    };
    match notify::send(&notice, DELIVERY_WAIT) {
        Delivery::Delivered(shown) => {
            say!("Your desktop accepted the test notification: it was shown by {}.", shown.server);
            if shown.actions.is_empty() {
                say!("It shows no buttons on notifications, so reminders come without Snooze and Mark done.");
            } else {
                say!("It shows buttons, so reminders come with Snooze (15 minutes) and Mark done.");
            }
            Ok(())
        }
        Delivery::NotDelivered { reason } => {
            let mut stderr = std::io::stderr();
            if stderr.is_terminal() {
                let _ = write!(stderr, "\x07");
            }
            Err(format!(
                "the test notification was not shown: {reason}. Reminders still come, but only as the \
                 terminal bell and a line on the terminal when rehabit runs in one. For desktop \
                 notifications, log in to a desktop that has a notification service (GNOME, KDE, Xfce, or \
                 one such as dunst or mako) and try `rehabit remind test` there."
            ))
        }
    }
}

/// `rehabit remind status`: what is installed, whether reminders are on, and the next one.
pub fn status() -> Outcome {
    let now = Local::now();
    let day = Day::load(now, Reading::Full)?;
    let settings_file = day.dirs.settings_file();
    for problem in &day.problems {
        say!("Problem in {}: {problem}", settings_file.display());
    }
    install::describe();
    let settings = &day.settings;
    if !settings.enabled {
        say!(
            "Reminders are turned off: set enabled = true under [reminders] in {}.",
            settings_file.display()
        );
        return Ok(());
    }
    let quiet = match settings.quiet {
        Some((from, to)) => format!("quiet hours {}-{}", from.format("%H:%M"), to.format("%H:%M")),
        None => "no quiet hours".into(),
    };
    say!("Reminders are on ({quiet}, at most {} a day).", settings.daily_cap);
    let date = now.date_naive();
    let sent = sent_today(&day.dirs, date)?;
    let next =
        next_reminder(&day.reminders, settings, day.wall(), &sent).map(|r| (r, "today")).or_else(|| {
            let tomorrow = date.checked_add_days(Days::new(1))?;
            day.reminders_on(tomorrow).into_iter().next().map(|r| (r, "tomorrow"))
        });
    match next {
        Some((reminder, when)) => {
            say!("Next reminder: {when} at {}: {}.", reminder.at.format("%H:%M"), reminder.title)
        }
        None => say!("No reminder is planned for today or tomorrow."),
    }
    for session in day.current.program.sessions.iter().filter(|s| !s.at_clinic) {
        let times = settings.times_for(&session.name).map_or(session.remind_at.len(), <[_]>::len);
        if times == 0 {
            say!(
                "\"{}\" has no reminder time: add one to {} under [reminders.times], for example \"{}\" = [\"18:00\"].",
                session.name,
                settings_file.display(),
                session.name
            );
        }
    }
    Ok(())
}
