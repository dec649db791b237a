//! Drawing the screens: `impl Widget for &App`, with one small function per part.

mod charts;
mod history;
mod hurt;
mod morning;
mod prompts;
mod safety;
mod session;
mod today;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget, Wrap};

use super::app::{App, Screen};
use super::keys::{DROP_FIRST, Hint, help, hints};
use super::style::{self, paint};

/// How many terminal columns `text` takes: å, ä, ö, æ and ø take one, most emoji and
/// East Asian letters two, combining marks none.
pub(super) fn text_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The smallest window the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return render_too_small(area, buf);
        }
        // A notice can be long (it may name a file): it gets up to three rows.
        let message = match (&self.banner, &self.notice) {
            (Some(banner), Some(notice)) => Some(format!("{banner} {notice}")),
            (banner, notice) => banner.clone().or_else(|| notice.clone()),
        };
        let notice_lines = match message {
            Some(text) => hanging(vec![Span::raw(format!(" {text}"))], 1, area.width),
            None => Vec::new(),
        };
        let notice_rows = notice_lines.len().min(3) as u16;
        let [notice, body, footer] =
            Layout::vertical([Constraint::Length(notice_rows), Constraint::Fill(1), Constraint::Length(1)])
                .areas(area);
        if !notice_lines.is_empty() {
            Paragraph::new(notice_lines).style(self.paint(style::NOTICE)).render(notice, buf);
        }
        match &self.screen {
            Screen::Today => today::render(self, body, buf),
            Screen::Session(run) => session::render(self, run, body, buf),
            Screen::Morning(check) => morning::render(self, check, body, buf),
            Screen::Safety(check) => safety::render(self, check, body, buf),
            Screen::History { week_offset } => history::render(self, *week_offset, body, buf),
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
    let text = t!(
        "common-window-too-small",
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT,
        width = area.width,
        height = area.height
    );
    Paragraph::new(text).wrap(Wrap { trim: true }).render(area, buf);
}

/// The keys that work right now, always on the last line. When they do not all fit,
/// the ones the help lists anyway give way first, so none is cut in half.
fn render_footer(app: &App, area: Rect, buf: &mut Buffer) {
    let mut shown = hints(app);
    // Each hint is " key  what ", but the last one's trailing space may fall off the edge.
    let width = |keys: &[Hint]| -> usize {
        let spaced: usize = keys
            .iter()
            .map(|(key, what)| Span::raw(key.as_str()).width() + Span::raw(what.as_str()).width() + 4)
            .sum();
        spaced.saturating_sub(1)
    };
    for dropped in DROP_FIRST {
        if width(&shown) <= usize::from(area.width) {
            break;
        }
        shown.retain(|(key, _)| key != dropped);
    }
    let mut spans = Vec::new();
    for (key, what) in shown {
        spans.push(Span::styled(format!(" {key} "), app.paint(style::KEY)));
        spans.push(Span::raw(format!(" {what} ")));
    }
    Line::from(spans).render(area, buf);
}

fn render_help(app: &App, area: Rect, buf: &mut Buffer) {
    // Borders and padding take two columns and two rows on each side.
    let width = area.width.min(66);
    let keys = help();
    // The keys' column: 13 wide, or wider where a language writes its keys longer.
    let column = keys.iter().map(|(key, _)| Span::raw(key.as_str()).width() + 2).max().unwrap_or(0).max(13);
    let lines: Vec<Line> = keys
        .into_iter()
        .flat_map(|(key, what)| {
            let spans =
                vec![Span::styled(format!("{key:<column$}"), app.paint(style::STRONG)), Span::raw(what)];
            hanging(spans, column, width.saturating_sub(4))
        })
        .collect();
    let popup = centred_box(area, width, lines.len() as u16 + 4, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(format!(" {} ", t!("common-help-title")))
                .title_bottom(Line::from(format!(" {} ", t!("common-help-close"))).centered())
                .padding(Padding::uniform(1)),
        )
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

/// `spans` broken between words into lines at most `width` wide, every line after the
/// first indented by `indent` columns so that it sits under the text, not at the edge.
/// A word longer than a whole line is left for the paragraph to wrap.
fn hanging(spans: Vec<Span<'static>>, indent: usize, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines = Vec::new();
    let mut line = Vec::new();
    let mut used = 0;
    for span in spans {
        for word in span.content.split_inclusive(' ') {
            let fresh = !lines.is_empty() && used == indent;
            if fresh && word.trim().is_empty() {
                continue;
            }
            if !fresh && used > indent && used + Span::raw(word.trim_end()).width() > width {
                lines.push(Line::from(std::mem::take(&mut line)));
                line.push(Span::raw(" ".repeat(indent)));
                used = indent;
                if word.trim().is_empty() {
                    continue;
                }
            }
            used += Span::raw(word).width();
            line.push(Span::styled(word.to_string(), span.style));
        }
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}
