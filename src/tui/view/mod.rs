//! Drawing the screens: `impl Widget for &App`, with one small function per part.

mod prompts;
mod session;
mod today;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::app::{App, Screen};
use super::keys::hints;
use super::style::{self, paint};

/// The smallest window the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return render_too_small(area, buf);
        }
        let notice_rows = u16::from(self.notice.is_some());
        let [notice, body, footer] =
            Layout::vertical([Constraint::Length(notice_rows), Constraint::Fill(1), Constraint::Length(1)])
                .areas(area);
        if let Some(text) = &self.notice {
            Paragraph::new(format!(" {text}")).style(self.paint(style::NOTICE)).render(notice, buf);
        }
        match &self.screen {
            Screen::Today => today::render(self, body, buf),
            Screen::Session(run) => session::render(self, run, body, buf),
        }
        render_footer(self, footer, buf);
        if self.help {
            render_help(self, area, buf);
        }
    }
}

impl App {
    pub(super) fn paint(&self, style: Style) -> Style {
        paint(self.colour, style)
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer) {
    let text = format!(
        "This window is too small. Please make it at least {MIN_WIDTH} columns wide and {MIN_HEIGHT} rows high \
         (it is {} x {} now).",
        area.width, area.height
    );
    Paragraph::new(text).wrap(Wrap { trim: true }).render(area, buf);
}

/// The keys that work right now, always on the last line.
fn render_footer(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for (key, what) in hints(app) {
        spans.push(Span::styled(format!(" {key} "), app.paint(style::KEY)));
        spans.push(Span::raw(format!(" {what} ")));
    }
    Line::from(spans).render(area, buf);
}

fn render_help(app: &App, area: Rect, buf: &mut Buffer) {
    let rows = super::keys::HELP;
    let popup = centred_box(area, 64, rows.len() as u16 + 4, buf);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(key, what)| {
            Line::from(vec![Span::styled(format!(" {key:<12}"), app.paint(style::STRONG)), Span::raw(*what)])
        })
        .collect();
    Paragraph::new(lines)
        .block(Block::bordered().title(" Keys ").title_bottom(Line::from(" any key closes this ").centered()))
        .render(popup, buf);
}

/// A box of `width` x `height` in the middle of `area`, cleared.
fn centred_box(area: Rect, width: u16, height: u16, buf: &mut Buffer) -> Rect {
    let [popup] =
        Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(area);
    let [popup] =
        Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(popup);
    Clear.render(popup, buf);
    popup
}
