//! The notifier: a desktop notification, and the patient's answer to it.
//!
//! On Linux and the BSDs the notification goes through the desktop's notification
//! service on the D-Bus session bus. Everything that talks to the bus runs on a worker
//! thread, and the caller waits for it a bounded time: no bus, no service, or a service
//! that never answers all end as [`Delivery::NotDelivered`] in plain words within that
//! time, never a hang or a crash. The caller then rings the terminal bell instead.
//!
//! A worker left waiting on a service that never answers stays blocked until the
//! process exits, so long-running callers send from short-lived processes.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// What the patient can do from a notification, where the desktop offers buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// "Snooze 15 min".
    Snooze,
    /// "Mark done".
    Done,
}

impl Action {
    /// The action's key on the bus.
    pub fn key(self) -> &'static str {
        match self {
            Action::Snooze => "snooze",
            Action::Done => "done",
        }
    }

    /// The button's label.
    pub fn label(self) -> String {
        match self {
            Action::Snooze => t!("remind-button-snooze"),
            Action::Done => t!("remind-button-done"),
        }
    }

    fn from_key(key: &str) -> Option<Action> {
        [Action::Snooze, Action::Done].into_iter().find(|action| action.key() == key)
    }
}

/// A notification to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
    /// Buttons to offer; shown only where the desktop supports them.
    pub actions: Vec<Action>,
}

/// Whether the desktop took the notification.
#[derive(Debug)]
pub enum Delivery {
    Delivered(Shown),
    /// Why not, in plain words ("no notification service is running on this desktop").
    NotDelivered {
        reason: String,
    },
}

/// A notification the desktop accepted.
#[derive(Debug)]
pub struct Shown {
    /// The service's id for it.
    pub id: u32,
    /// The notification service's name, as it gives it ("GNOME Shell", "dunst").
    pub server: String,
    /// The buttons that were shown: none where the desktop has no buttons.
    pub actions: Vec<Action>,
    /// The patient's answer, sent by the worker when it comes.
    answers: Option<Receiver<Answer>>,
}

/// What the patient did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Pressed one of the buttons.
    Chose(Action),
    /// Clicked the notification itself.
    Opened,
    /// Closed it, or it expired.
    Closed,
    /// Nothing, in the time waited (or the desktop offers no buttons).
    Nothing,
}

impl Shown {
    /// The patient's answer, waiting until `deadline` at most.
    pub fn answer_by(&mut self, deadline: Instant) -> Answer {
        let Some(answers) = &self.answers else { return Answer::Nothing };
        let answer = match answers.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(answer) => answer,
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => Answer::Nothing,
        };
        self.answers = None;
        answer
    }
}

/// Shows `notice`, waiting at most `within` for the desktop to accept it.
pub fn send(notice: &Notice, within: Duration) -> Delivery {
    start(notice).delivery_by(Instant::now() + within)
}

/// A notification on its way: see [`Sending::delivery_by`].
#[derive(Debug)]
pub struct Sending {
    reported: Option<Receiver<Report>>,
    answered: Receiver<Answer>,
    started: Instant,
}

/// Starts showing `notice` on a worker thread, so several can be on their way at once.
pub fn start(notice: &Notice) -> Sending {
    let (reports, reported) = mpsc::channel();
    let (answers, answered) = mpsc::channel();
    let notice = notice.clone();
    // The worker words its reports in the caller's language.
    let lang = crate::i18n::language();
    let worker = thread::Builder::new().name("notify".into()).spawn(move || {
        let _speaking = crate::i18n::use_language_here(lang);
        // A caller that stopped waiting has dropped its end: nobody is left to tell.
        let report = |report| {
            let _ = reports.send(report);
        };
        let answer = |answer| {
            let _ = answers.send(answer);
        };
        platform::show(&notice, report, answer);
    });
    // Without a worker the sender is gone at once, which reads as "stopped half-way".
    Sending { reported: worker.is_ok().then_some(reported), answered, started: Instant::now() }
}

impl Sending {
    /// Whether the desktop accepted the notification, waiting until `deadline` at most.
    pub fn delivery_by(self, deadline: Instant) -> Delivery {
        let Some(reported) = self.reported else {
            return Delivery::NotDelivered { reason: t!("remind-not-started") };
        };
        match reported.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Report::Shown { id, server, actions }) => {
                let answers = (!actions.is_empty()).then_some(self.answered);
                Delivery::Delivered(Shown { id, server, actions, answers })
            }
            Ok(Report::Failed(reason)) => Delivery::NotDelivered { reason },
            Err(RecvTimeoutError::Timeout) => Delivery::NotDelivered {
                reason: t!(
                    "remind-no-answer-within",
                    seconds = deadline.saturating_duration_since(self.started).as_secs_f32().round()
                ),
            },
            Err(RecvTimeoutError::Disconnected) => {
                Delivery::NotDelivered { reason: t!("remind-stopped-half-way") }
            }
        }
    }
}

/// What the worker reports.
#[derive(Debug)]
enum Report {
    Shown { id: u32, server: String, actions: Vec<Action> },
    Failed(String),
}

#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    use notify_rust::{Notification, NotificationResponse, Timeout};

    use super::{Action, Answer, Notice, Report};

    /// Shows `notice` through the freedesktop notification service, then reports the
    /// patient's answer when buttons were shown. Runs on the worker thread.
    pub fn show(notice: &Notice, report: impl FnOnce(Report), answer: impl FnOnce(Answer)) {
        let capabilities = match notify_rust::get_capabilities() {
            Ok(capabilities) => capabilities,
            Err(error) => return report(Report::Failed(plain(&error.to_string()))),
        };
        let server = notify_rust::get_server_information()
            .map(|info| info.name)
            .ok()
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| t!("remind-unnamed-service"));
        let has = |capability: &str| capabilities.iter().any(|c| c == capability);
        let actions = if has("actions") { notice.actions.clone() } else { Vec::new() };
        let body = if has("body-markup") { escaped(&notice.body) } else { notice.body.clone() };
        let mut notification = Notification::new();
        notification.appname("rehabit").summary(&notice.title).body(&body).timeout(Timeout::Default);
        for action in &actions {
            notification.action(action.key(), &action.label());
        }
        let handle = match notification.show() {
            Ok(handle) => handle,
            Err(error) => return report(Report::Failed(plain(&error.to_string()))),
        };
        let waits = !actions.is_empty();
        report(Report::Shown { id: handle.id(), server, actions });
        if waits {
            let mut answer = Some(answer);
            let _ = handle.wait_for_response(|response: &NotificationResponse| {
                let given = match response {
                    NotificationResponse::Action(key) => {
                        Action::from_key(key).map_or(Answer::Opened, Answer::Chose)
                    }
                    NotificationResponse::Default | NotificationResponse::Reply(_) => Answer::Opened,
                    NotificationResponse::Closed(_) => Answer::Closed,
                };
                if let Some(answer) = answer.take() {
                    answer(given);
                }
            });
        }
    }

    /// The body with the characters that notification markup would read as tags.
    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    /// A D-Bus error, in words for the patient.
    fn plain(error: &str) -> String {
        if error.contains("ServiceUnknown") || error.contains("NameHasNoOwner") {
            t!("remind-no-service")
        } else if error.contains("NoReply") || error.contains("Timeout") || error.contains("TimedOut") {
            t!("remind-no-answer")
        } else if error.contains("org.freedesktop.DBus.Error.") {
            t!("remind-refused", error = error)
        } else {
            t!("remind-no-bus", error = without_code(error))
        }
    }

    /// An error without the "(os error 2)" meant for programmers.
    fn without_code(error: &str) -> &str {
        match error.rfind(" (os error ") {
            Some(cut) if error.ends_with(')') => &error[..cut],
            _ => error,
        }
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
mod platform {
    use notify_rust::Notification;

    use super::{Answer, Notice, Report};

    /// Shows `notice` through the system's notification centre, without buttons.
    pub fn show(notice: &Notice, report: impl FnOnce(Report), _answer: impl FnOnce(Answer)) {
        match Notification::new().appname("rehabit").summary(&notice.title).body(&notice.body).show() {
            Ok(_) => report(Report::Shown { id: 0, server: t!("remind-system-centre"), actions: Vec::new() }),
            Err(error) => report(Report::Failed(t!("remind-system-refused", error = error.to_string()))),
        }
    }
}
