//! The next-morning pain check: one calm question before the Today screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::prompts::render_pain_question;
use crate::tui::app::App;
use crate::tui::morning::MorningCheck;
use crate::tui::style;

pub fn render(app: &App, check: &MorningCheck, area: Rect, buf: &mut Buffer) {
    let about = check.about.format("%A %-d %B");
    let question = vec![
        Line::styled("Good morning.", app.paint(style::TITLE)),
        Line::raw(""),
        Line::styled("How is your back pain this morning, 0 to 10?", app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw(format!("This is about yesterday's exercises, on {about}.")),
        Line::raw("0 means no pain at all, 10 the worst pain you can imagine."),
    ];
    let hint = "Type a number and press Enter. Press s to skip it for now.";
    render_pain_question(app, question, &check.typed, hint, area, buf);
}
