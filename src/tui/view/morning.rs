//! The next-morning pain check: one calm question before the Today screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::prompts::render_pain_question;
use crate::tui::app::App;
use crate::tui::morning::MorningCheck;
use crate::tui::style;

pub fn render(app: &App, check: &MorningCheck, area: Rect, buf: &mut Buffer) {
    let about = crate::i18n::date(check.about, "date-weekday-day-month");
    let question = vec![
        Line::styled(t!("today-morning-greeting"), app.paint(style::TITLE)),
        Line::raw(""),
        Line::styled(t!("today-morning-question"), app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw(t!("today-morning-about", date = about)),
        Line::raw(t!("today-morning-scale")),
    ];
    let hint = t!("today-morning-hint");
    render_pain_question(app, question, &check.typed, &hint, area, buf);
}
