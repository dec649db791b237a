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

/// Every key, for the help screen.
pub const HELP: &[(&str, &str)] = &[
    ("Enter or n", "start the session; mark this step done and go on"),
    ("Space", "start, pause or resume the timer"),
    ("s", "skip an exercise, a rest, or a question"),
    ("p", "it hurts: stop the exercise and get advice"),
    ("b", "go back one step"),
    ("+ and -", "correct the reps done (a minute, for a walk)"),
    ("0 to 10", "your pain score, when asked"),
    ("Up and Down", "choose a session on the Today screen"),
    ("h", "your history: past weeks, walking and pain"),
    ("s on Today", "the safety questions, whenever you like"),
    ("Left, Right", "earlier or later weeks in the history"),
    ("q or Esc", "go back, leave the session (asks first), or quit"),
    ("?", "this help"),
    ("Ctrl-C", "close at once; what you did is saved"),
];

/// The hints that give way, in this order, when the footer is too narrow for them all.
/// Every one of them is in the help, which always stays.
pub const DROP_FIRST: &[&str] = &["b", "+/-", "↑↓", "h", "s"];

/// The keys that work now, with what they do.
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    if app.help {
        return vec![("any key", "close help")];
    }
    match &app.screen {
        Screen::Today if app.safety_gate().is_blocked() => {
            vec![
                ("Enter", "what to do"),
                ("s", "safety questions"),
                ("h", "history"),
                ("?", "help"),
                ("q", "quit"),
            ]
        }
        Screen::Today => vec![
            ("Enter", "start"),
            ("↑↓", "choose"),
            ("h", "history"),
            ("s", "safety"),
            ("?", "help"),
            ("q", "quit"),
        ],
        Screen::Safety(check) => safety_hints(check),
        Screen::Session(run) => session_hints(run),
        Screen::Morning(_) => {
            vec![("0-10", "pain"), ("Enter", "confirm"), ("s", "not now"), ("?", "help"), ("q", "quit")]
        }
        Screen::History { .. } => {
            vec![("←", "earlier week"), ("→", "later week"), ("?", "help"), ("Esc", "back")]
        }
    }
}

fn session_hints(run: &SessionRun) -> Vec<(&'static str, &'static str)> {
    match (run.stage(), run.prompt()) {
        (_, Prompt::ConfirmLeave) => vec![("y", "leave"), ("n", "stay")],
        (_, Prompt::SkipReason) => vec![("Enter", "skip it"), ("Esc", "don't skip")],
        (_, Prompt::HurtScore) => {
            vec![("0-10", "pain now"), ("Enter", "confirm"), ("Esc", "back to the exercise")]
        }
        (_, Prompt::Advice(HurtAdvice::GoOnGently)) => {
            vec![("Enter", "go on gently"), ("s", "skip it"), ("q", "stop for today")]
        }
        (_, Prompt::Advice(HurtAdvice::SkipOrLighter)) if run.has_lighter() => {
            vec![("l", "lighter version"), ("s", "skip it"), ("q", "stop for today")]
        }
        (_, Prompt::Advice(HurtAdvice::SkipOrLighter)) => vec![("s", "skip it"), ("q", "stop for today")],
        (_, Prompt::Advice(HurtAdvice::StopForToday)) => vec![("Enter", "stop for today")],
        (Stage::PainBefore, _) => {
            vec![
                ("0-10", "pain"),
                ("Enter", "confirm"),
                ("s", "skip question"),
                ("?", "help"),
                ("q", "leave"),
            ]
        }
        (Stage::PainAfter, _) => {
            vec![("0-10", "pain"), ("Enter", "confirm"), ("s", "skip question"), ("?", "help")]
        }
        (Stage::Note, _) => vec![("Enter", "save note"), ("Esc", "no note")],
        (Stage::Summary | Stage::Over, _) => vec![("Enter", "back to today")],
        (Stage::Working, _) => working_hints(run),
    }
}

fn working_hints(run: &SessionRun) -> Vec<(&'static str, &'static str)> {
    let Some(step) = run.step() else { return Vec::new() };
    let mut keys = Vec::new();
    match (step.work, run.phase()) {
        (Work::Rest { .. }, _) => {
            keys.push(("Space", if run.is_paused() { "resume" } else { "pause" }));
            keys.push(("Enter", "end rest"));
        }
        (Work::Reps { .. }, _) => keys.extend([("Enter", "set done"), ("+/-", "reps")]),
        (_, Phase::Waiting) => keys.extend([("Space", "start timer"), ("Enter", "done")]),
        (_, _) => {
            keys.push(("Space", if run.is_paused() { "resume" } else { "pause" }));
            keys.push(("Enter", "done"));
        }
    }
    if matches!(step.work, Work::Holds { .. } | Work::Activity { .. }) {
        keys.push(("+/-", if matches!(step.work, Work::Activity { .. }) { "minutes" } else { "reps" }));
    }
    keys.extend([("s", "skip"), ("b", "back"), ("p", "it hurts"), ("?", "help"), ("q", "leave")]);
    keys
}

fn safety_hints(check: &SafetyCheck) -> Vec<(&'static str, &'static str)> {
    let go_on = if check.resume.is_some() { "back to the session" } else { "go on" };
    match &check.step {
        Step::Statement => vec![("Enter", "go on"), ("q", "quit")],
        Step::Question(_) => {
            let leave = if check.because == AskedBecause::OnDemand { "not now" } else { "quit" };
            vec![("y", "yes"), ("n", "no"), ("Esc", "back"), ("q", leave)]
        }
        Step::Answered(_) | Step::Cleared => vec![("Enter", go_on)],
        Step::Stop { .. } => {
            vec![("c", "cleared by a clinician"), ("Enter", "back to today"), ("q", "quit")]
        }
        Step::ConfirmClear { .. } => vec![("y", "yes, I have been cleared"), ("n", "no, go back")],
    }
}
