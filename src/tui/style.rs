//! Every style the screens use, in one place. Colour is dropped when the patient's
//! terminal asks for none (`NO_COLOR`); bold, dim and reverse still mark things.

use ratatui::style::{Color, Modifier, Style};

pub const TITLE: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const STRONG: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().add_modifier(Modifier::DIM);
pub const DONE: Style = Style::new().fg(Color::Green);
pub const SKIPPED: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::DIM);
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const NEXT_STEP: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
pub const TIMER: Style = Style::new().fg(Color::Cyan);
pub const PAUSED: Style = Style::new().fg(Color::Yellow);
pub const NOTICE: Style = Style::new().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD);
/// Something to act on, said calmly: bold, and yellow where there is colour.
pub const WARNING: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
pub const KEY: Style = Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::REVERSED);

/// Whether to use colour: not when `NO_COLOR` is set to anything non-empty.
pub fn colour_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

/// `style` as this terminal should show it.
pub fn paint(colour: bool, style: Style) -> Style {
    if colour { style } else { Style { fg: None, bg: None, ..style } }
}
