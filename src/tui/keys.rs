//! Keys: what the terminal sends, turned into presses, and the hints that show which
//! keys work right now.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{App, Press, Screen};
use super::safety::{SafetyCheck, Step};
use crate::journal::{AskedBecause, HurtAdvice};
use crate::session::{Key, Phase, Prompt, SessionRun, Stage, Work};

/// The press a terminal key event stands for, if any.
pub fn press_of(event: KeyEvent) -> Option<Press> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    Some(match event.code {
        KeyCode::Char('c' | 'd') if ctrl => Press::Interrupt,
        KeyCode::Char(c) => Press::Key(Key::Char(c)),
        KeyCode::Enter => Press::Key(Key::Enter),
        KeyCode::Backspace => Press::Key(Key::Backspace),
        KeyCode::Esc => Press::Key(Key::Esc),
        KeyCode::Up => Press::Up,
        KeyCode::Left => Press::Left,
        KeyCode::Right => Press::Right,
        KeyCode::Down | KeyCode::Tab => Press::Down,
        _ => return None,
    })
}

/// A key (or keys) and what it does, in the patient's language.
pub type Hint = (String, String);

fn hint(key: &str, what: String) -> Hint {
    (key.to_string(), what)
}

/// Every key, for the help screen. Keys written with words ("Enter or n") are the
/// text's `.keys` attribute; the key names in them stay the same in every language.
pub fn help() -> Vec<Hint> {
    vec![
        (t!("common-help-next.keys"), t!("common-help-next")),
        hint("Space", t!("common-help-timer")),
        hint("s", t!("common-help-skip")),
        hint("p", t!("common-help-hurts")),
        hint("b", t!("common-help-back")),
        (t!("common-help-reps.keys"), t!("common-help-reps")),
        (t!("common-help-pain.keys"), t!("common-help-pain")),
        (t!("common-help-choose.keys"), t!("common-help-choose")),
        hint("h", t!("common-help-history")),
        (t!("common-help-safety.keys"), t!("common-help-safety")),
        (t!("common-help-weeks.keys"), t!("common-help-weeks")),
        (t!("common-help-leave.keys"), t!("common-help-leave")),
        hint("?", t!("common-help-help")),
        hint("Ctrl-C", t!("common-help-interrupt")),
    ]
}

/// The hints that give way, in this order, when the footer is too narrow for them all.
/// Every one of them is in the help, which always stays.
pub const DROP_FIRST: &[&str] = &["b", "+/-", "↑↓", "h", "s"];

/// The keys that work now, with what they do.
pub fn hints(app: &App) -> Vec<Hint> {
    if app.help {
        return vec![(t!("common-hint-any-key"), t!("common-hint-close-help"))];
    }
    match &app.screen {
        Screen::Today if app.safety_gate().is_blocked() => {
            vec![
                hint("Enter", t!("common-hint-what-to-do")),
                hint("s", t!("common-hint-safety-questions")),
                hint("h", t!("common-hint-history")),
                hint("?", t!("common-hint-help")),
                hint("q", t!("common-hint-quit")),
            ]
        }
        Screen::Today => vec![
            hint("Enter", t!("common-hint-start")),
            hint("↑↓", t!("common-hint-choose")),
            hint("h", t!("common-hint-history")),
            hint("s", t!("common-hint-safety")),
            hint("?", t!("common-hint-help")),
            hint("q", t!("common-hint-quit")),
        ],
        Screen::Safety(check) => safety_hints(check),
        Screen::Session(run) => session_hints(run),
        Screen::Morning(_) => vec![
            hint("0-10", t!("common-hint-pain")),
            hint("Enter", t!("common-hint-confirm")),
            hint("s", t!("common-hint-not-now")),
            hint("?", t!("common-hint-help")),
            hint("q", t!("common-hint-quit")),
        ],
        Screen::History { .. } => vec![
            hint("←", t!("common-hint-earlier-week")),
            hint("→", t!("common-hint-later-week")),
            hint("?", t!("common-hint-help")),
            hint("Esc", t!("common-hint-back")),
        ],
    }
}

fn session_hints(run: &SessionRun) -> Vec<Hint> {
    let stop_for_today = || hint("q", t!("common-hint-stop-for-today"));
    match (run.stage(), run.prompt()) {
        (_, Prompt::ConfirmLeave) => {
            vec![hint("y", t!("common-hint-leave")), hint("n", t!("common-hint-stay"))]
        }
        (_, Prompt::SkipReason) => {
            vec![hint("Enter", t!("common-hint-skip-it")), hint("Esc", t!("common-hint-dont-skip"))]
        }
        (_, Prompt::HurtScore) => vec![
            hint("0-10", t!("common-hint-pain-now")),
            hint("Enter", t!("common-hint-confirm")),
            hint("Esc", t!("common-hint-back-to-exercise")),
        ],
        (_, Prompt::Advice(HurtAdvice::GoOnGently)) => vec![
            hint("Enter", t!("common-hint-go-on-gently")),
            hint("s", t!("common-hint-skip-it")),
            stop_for_today(),
        ],
        (_, Prompt::Advice(HurtAdvice::SkipOrLighter)) if run.has_lighter() => vec![
            hint("l", t!("common-hint-lighter-version")),
            hint("s", t!("common-hint-skip-it")),
            stop_for_today(),
        ],
        (_, Prompt::Advice(HurtAdvice::SkipOrLighter)) => {
            vec![hint("s", t!("common-hint-skip-it")), stop_for_today()]
        }
        (_, Prompt::Advice(HurtAdvice::StopForToday)) => {
            vec![hint("Enter", t!("common-hint-stop-for-today"))]
        }
        (Stage::PainBefore, _) => vec![
            hint("0-10", t!("common-hint-pain")),
            hint("Enter", t!("common-hint-confirm")),
            hint("s", t!("common-hint-skip-question")),
            hint("?", t!("common-hint-help")),
            hint("q", t!("common-hint-leave")),
        ],
        (Stage::PainAfter, _) => vec![
            hint("0-10", t!("common-hint-pain")),
            hint("Enter", t!("common-hint-confirm")),
            hint("s", t!("common-hint-skip-question")),
            hint("?", t!("common-hint-help")),
        ],
        (Stage::Note, _) => {
            vec![hint("Enter", t!("common-hint-save-note")), hint("Esc", t!("common-hint-no-note"))]
        }
        (Stage::Summary | Stage::Over, _) => vec![hint("Enter", t!("common-hint-back-to-today"))],
        (Stage::Working, _) => working_hints(run),
    }
}

fn working_hints(run: &SessionRun) -> Vec<Hint> {
    let Some(step) = run.step() else { return Vec::new() };
    let pause = || {
        let what = if run.is_paused() { t!("common-hint-resume") } else { t!("common-hint-pause") };
        hint("Space", what)
    };
    let mut keys = Vec::new();
    match (step.work, run.phase()) {
        (Work::Rest { .. }, _) => keys.extend([pause(), hint("Enter", t!("common-hint-end-rest"))]),
        (Work::Reps { .. }, _) => {
            keys.extend([hint("Enter", t!("common-hint-set-done")), hint("+/-", t!("common-hint-reps"))])
        }
        (_, Phase::Waiting) => {
            keys.extend([hint("Space", t!("common-hint-start-timer")), hint("Enter", t!("common-hint-done"))])
        }
        (_, _) => keys.extend([pause(), hint("Enter", t!("common-hint-done"))]),
    }
    match step.work {
        Work::Activity { .. } => keys.push(hint("+/-", t!("common-hint-minutes"))),
        Work::Holds { .. } => keys.push(hint("+/-", t!("common-hint-reps"))),
        _ => {}
    }
    keys.extend([
        hint("s", t!("common-hint-skip")),
        hint("b", t!("common-hint-back")),
        hint("p", t!("common-hint-it-hurts")),
        hint("?", t!("common-hint-help")),
        hint("q", t!("common-hint-leave")),
    ]);
    keys
}

fn safety_hints(check: &SafetyCheck) -> Vec<Hint> {
    let go_on =
        if check.resume.is_some() { t!("common-hint-back-to-session") } else { t!("common-hint-go-on") };
    match &check.step {
        Step::Statement => vec![hint("Enter", t!("common-hint-go-on")), hint("q", t!("common-hint-quit"))],
        Step::Question(_) => {
            let leave = if check.because == AskedBecause::OnDemand {
                t!("common-hint-not-now")
            } else {
                t!("common-hint-quit")
            };
            vec![
                hint("y", t!("common-hint-yes")),
                hint("n", t!("common-hint-no")),
                hint("Esc", t!("common-hint-back")),
                hint("q", leave),
            ]
        }
        Step::Answered(_) | Step::Cleared => vec![hint("Enter", go_on)],
        Step::Stop { .. } => vec![
            hint("c", t!("common-hint-cleared-by-clinician")),
            hint("Enter", t!("common-hint-back-to-today")),
            hint("q", t!("common-hint-quit")),
        ],
        Step::ConfirmClear { .. } => {
            vec![hint("y", t!("common-hint-yes-cleared")), hint("n", t!("common-hint-no-go-back"))]
        }
    }
}
