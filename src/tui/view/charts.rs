//! Small charts drawn cell by cell, so that they read without colour: bars of done
//! against planned, and pain scores over the days, each kind with its own mark.

use super::text_width;
use chrono::{Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::app::App;
use crate::tui::style;

/// A bar `width` cells long for `scale`, made of `parts` one after the other: each a
/// count and the symbol that fills its cells. Counts past the scale are cut off.
pub fn bar(parts: &[(u32, char)], scale: u32, width: usize) -> String {
    let scale = scale.max(1);
    let mut text = String::new();
    let mut sum = 0;
    let mut drawn = 0;
    for (count, symbol) in parts {
        sum += count;
        let end = (sum.min(scale) as usize * width + scale as usize / 2) / scale as usize;
        text.extend(std::iter::repeat_n(*symbol, end.saturating_sub(drawn)));
        drawn = drawn.max(end);
    }
    text.extend(std::iter::repeat_n(' ', width.saturating_sub(drawn)));
    text
}

/// When a pain score was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PainKind {
    Before,
    After,
    NextMorning,
}

impl PainKind {
    fn mark(self) -> &'static str {
        match self {
            PainKind::Before => "○",
            PainKind::After => "●",
            PainKind::NextMorning => "◆",
        }
    }
}

/// Pain scores over a run of whole weeks.
#[derive(Debug, Clone, Default)]
pub struct PainSeries {
    pub first_monday: NaiveDate,
    pub weeks: u32,
    /// The day from the first Monday (from 0), the kind and the score.
    pub points: Vec<(u32, PainKind, u8)>,
}

impl PainKind {
    /// Its name in the chart's legend; a shorter one where room is short.
    fn name(self, short: bool) -> String {
        match (self, short) {
            (PainKind::Before, _) => t!("history-chart-before"),
            (PainKind::After, _) => t!("history-chart-after"),
            (PainKind::NextMorning, false) => t!("history-chart-next-morning"),
            (PainKind::NextMorning, true) => t!("history-chart-morning"),
        }
    }
}

/// One row for each score from 0 to 10, or two where there is room: in between, the
/// marks would not sit evenly.
const ROWS: u16 = 11;
const TALL_ROWS: u16 = 21;

/// A legend, the scores 0 to 10 up the side, the days along the bottom with their
/// Mondays marked, and one mark per score. The latest kind wins a shared cell.
pub fn render_pain(app: &App, series: &PainSeries, area: Rect, buf: &mut Buffer) {
    if area.height < 2 || area.width < 20 {
        return;
    }
    let mut legend = Vec::new();
    if area.width >= 36 {
        legend.push(Span::styled(format!("{} ", t!("history-chart-pain")), app.paint(style::STRONG)));
    }
    for kind in [PainKind::Before, PainKind::After, PainKind::NextMorning] {
        legend.push(Span::styled(format!("{} ", kind.mark()), app.paint(mark_style(kind))));
        legend.push(Span::raw(format!("{} ", kind.name(area.width < 30))));
    }
    Line::from(legend).render(Rect { height: 1, ..area }, buf);
    let below = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if series.points.is_empty() {
        Paragraph::new(vec![
            Line::raw(""),
            Line::raw(t!("history-chart-empty")),
            Line::styled(t!("history-chart-empty-hint"), app.paint(style::DIM)),
        ])
        .wrap(Wrap { trim: true })
        .render(below, buf);
        return;
    }
    if below.height < 5 {
        return;
    }
    // Four columns of scale on the left, the axis and the dates along the bottom.
    let rows = if below.height - 2 >= TALL_ROWS { TALL_ROWS } else { (below.height - 2).min(ROWS) };
    let plot = Rect { x: below.x + 4, y: below.y, width: below.width - 4, height: rows };
    let days = (series.weeks * 7).max(1);
    let column = |day: u32| plot.x + ((2 * day + 1) * u32::from(plot.width) / (2 * days)) as u16;
    let row = |score: u8| {
        let up = (u32::from(score.min(10)) * u32::from(plot.height - 1) + 5) / 10;
        plot.bottom() - 1 - up as u16
    };
    for y in plot.top()..plot.bottom() {
        buf.set_string(below.x, y, "   │", app.paint(style::DIM));
    }
    for score in [10, 5, 0] {
        buf.set_string(below.x, row(score), format!("{score:>2} ┤"), app.paint(style::DIM));
    }
    let axis = plot.bottom();
    let mondays: Vec<u16> = (0..series.weeks).map(|week| column(week * 7)).collect();
    let line: String = (below.x..below.right())
        .map(|x| match x - below.x {
            0..3 => ' ',
            3 => '└',
            _ if mondays.contains(&x) => '┴',
            _ => '─',
        })
        .collect();
    buf.set_string(below.x, axis, line, app.paint(style::DIM));
    let mut free_from = below.x;
    for (week, x) in mondays.iter().enumerate() {
        let monday = series.first_monday + Days::new(7 * week as u64);
        let label = crate::i18n::date(monday, "history-date-monday");
        let end = x + text_width(&label) as u16;
        if *x >= free_from && end <= below.right() {
            buf.set_string(*x, axis + 1, &label, app.paint(style::DIM));
            free_from = end + 1;
        }
    }
    for (day, kind, score) in &series.points {
        if *day < days {
            buf.set_string(column(*day), row(*score), kind.mark(), app.paint(mark_style(*kind)));
        }
    }
}

fn mark_style(kind: PainKind) -> ratatui::style::Style {
    match kind {
        PainKind::Before => style::TIMER,
        PainKind::After => style::PAUSED,
        PainKind::NextMorning => style::WARNING,
    }
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_fill_in_proportion_and_pad_to_the_width() {
        assert_eq!(bar(&[(3, '█'), (1, '▒'), (2, '░')], 6, 6), "███▒░░");
        assert_eq!(bar(&[(1, '█'), (1, '░')], 4, 8), "██░░    ");
        assert_eq!(bar(&[(9, '█')], 4, 4), "████");
        assert_eq!(bar(&[(0, '█'), (0, '░')], 0, 3), "   ");
    }
}
