//! The yardstick for rehabit's CPU use: the smallest ratatui program that shows a
//! clock and redraws it once a second, waiting on input in between. The script
//! `scripts/timer-cpu.sh` runs it beside rehabit and compares the two.

use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let started = Instant::now();
    let outcome = loop {
        let seconds = started.elapsed().as_secs();
        if let Err(error) = terminal.draw(|frame| {
            frame.render_widget(Paragraph::new(format!("{}:{:02}", seconds / 60, seconds % 60)), frame.area())
        }) {
            break Err(error);
        }
        let next_second = Duration::from_secs(seconds + 1).saturating_sub(started.elapsed());
        match event::poll(next_second) {
            Ok(true) => match event::read() {
                Ok(Event::Key(key)) if key.code == KeyCode::Char('q') => break Ok(()),
                Ok(_) => {}
                Err(error) => break Err(error),
            },
            Ok(false) => {}
            Err(error) => break Err(error),
        }
    };
    ratatui::restore();
    outcome
}
