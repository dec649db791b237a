//! Taking over the terminal and always giving it back: on quit, on a panic (ratatui's
//! hook), and on SIGTERM, SIGHUP or SIGQUIT, which would otherwise leave it in raw mode
//! (and, after a signal, printing the entries the journal has not saved yet).

use std::io::{self, Write};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;

use ratatui::DefaultTerminal;
use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// Held while a frame is drawn, so a signal never restores the terminal halfway
/// through a frame (which would leave part of it on the patient's normal screen).
static SCREEN: Mutex<()> = Mutex::new(());

/// What to print once the terminal is given back after a signal: the entries the journal
/// has not saved yet, so that they are not lost without a word.
static LAST_WORDS: Mutex<Option<String>> = Mutex::new(None);

/// The screen, for drawing one frame.
pub fn hold_screen() -> MutexGuard<'static, ()> {
    SCREEN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `update` on the words a signal leaves on the terminal. Writing to the journal
/// happens inside it, so a signal never finds an entry both saved and listed unsaved.
pub fn with_last_words<T>(update: impl FnOnce(&mut Option<String>) -> T) -> T {
    update(&mut LAST_WORDS.lock().unwrap_or_else(PoisonError::into_inner))
}

/// Takes over the terminal, with a panic hook and signal handlers that restore it.
pub fn enter() -> io::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    // Crossterm only starts listening for window resizes (SIGWINCH) when first asked for
    // an event: ask now, so a resize just after the first frame is not lost.
    let _ = crossterm::event::poll(std::time::Duration::ZERO);
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGQUIT])?;
    thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // Every step done is already in the journal (or, if the journal refused it,
            // in the last words): restoring the terminal is all that is left to do, once
            // the frame being drawn is finished.
            let _screen = hold_screen();
            leave();
            if let Some(words) = with_last_words(Option::take) {
                // Not eprintln!, which panics when the terminal has gone (a hang-up).
                let _ = writeln!(io::stderr(), "{words}");
            }
            std::process::exit(128 + signal);
        }
    });
    Ok(terminal)
}

/// Gives the terminal back as it was, the cursor shown again: on quit the terminal's
/// drop also shows it, but after a signal nothing else would.
pub fn leave() {
    // Not ratatui::restore(), which reports a failure with eprintln!: after a hang-up
    // there is no terminal to restore or to report to, and eprintln! would panic.
    let _ = ratatui::try_restore();
    let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
}

/// Rings the terminal bell.
pub fn bell() {
    let mut out = io::stdout();
    let _ = out.write_all(b"\x07").and_then(|()| out.flush());
}
