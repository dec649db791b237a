//! The History screen: the chosen week and the weeks before it as a calendar with
//! bars of sessions and walking minutes, pain over those weeks, and the chosen week's
//! sessions with what the pain-monitoring model made of them.

use super::text_width;
use chrono::{Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::charts::{self, PainKind, PainSeries, bar};
use super::today::shorten;
use crate::plan::monday_of;
use crate::progress::{self, DayStatus, History, WeekAdherence};
use crate::tui::app::App;
use crate::tui::style;

mod week;

/// Each day's mark in the calendar, and the fill of the bars that stands for the same.
fn legend() -> [(&'static str, String); 5] {
    [
        ("✓ █", t!("history-legend-done")),
        ("◐ ▒", t!("history-legend-partly")),
        ("✗ ░", t!("history-legend-missed")),
        ("□ ░", t!("history-legend-to-do-today")),
        ("·", t!("history-legend-rest-day")),
    ]
}

/// Where the seven days end, counted from the left edge.
const DAYS_END: usize = 14 + 7 * 3;

pub fn render(app: &App, week_offset: u32, area: Rect, buf: &mut Buffer) {
    let today = app.now.wall.date_naive();
    let history = app.history();
    let chosen = monday_of(today) - Days::new(7 * u64::from(week_offset));
    let from = chosen - Days::new(7 * u64::from(weeks_that_fit(area.height) - 1));
    let weeks = progress::weeks(&app.program, app.start, from, chosen, &history, today);
    // A blank line under the legend, when there is room for it beside a full pain chart.
    let gap = u16::from(area.height > 23);
    let [title, table, legend, _, below] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(weeks.len() as u16 + 1),
        Constraint::Length(1),
        Constraint::Length(gap),
        Constraint::Fill(1),
    ])
    .areas(area);
    render_title(app, today, title, buf);
    let Some(week) = weeks.last() else {
        let date = crate::i18n::date(app.start, "date-weekday-day-month");
        let text = format!(" {}", t!("history-starts-on", date = date));
        return Line::raw(text).render(table, buf);
    };
    let columns = columns(&weeks, area.width);
    render_table(app, &weeks, &columns, table, buf);
    render_legend(app, columns.bar_width > 0, legend, buf);
    let [chart, _, list] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(2), Constraint::Fill(1)]).areas(below);
    let chart = Rect { x: chart.x + 1, width: chart.width.saturating_sub(1), ..chart };
    charts::render_pain(app, &pain_series(&history, &weeks), chart, buf);
    week::render(app, &history, week, list, buf);
}

/// About two fifths of the height go to the calendar: six weeks at 80 x 24.
fn weeks_that_fit(height: u16) -> u32 {
    u32::from((height * 2 / 5).saturating_sub(3)).clamp(2, 26)
}

fn render_title(app: &App, today: NaiveDate, area: Rect, buf: &mut Buffer) {
    let date = crate::i18n::date(today, "date-weekday-day-month");
    let label = format!(" {} · ", t!("history-title"));
    let room = usize::from(area.width).saturating_sub(text_width(&date) + text_width(&label) + 2);
    let left = format!("{label}{}", shorten(&app.program.about.title, room));
    let gap = usize::from(area.width).saturating_sub(text_width(&left) + text_width(&date) + 1);
    Line::from(vec![
        Span::styled(left, app.paint(style::TITLE)),
        Span::raw(" ".repeat(gap)),
        Span::raw(date),
    ])
    .render(area, buf);
}

/// The widths of the table's columns after the days: numbers, and bars when there is
/// room for them (none narrower than `MIN_BAR`).
struct Columns {
    walking: bool,
    sessions: Vec<String>,
    minutes: Vec<String>,
    sessions_width: usize,
    minutes_width: usize,
    bar_width: usize,
}

const MIN_BAR: usize = 4;

fn columns(weeks: &[WeekAdherence], width: u16) -> Columns {
    let walking = weeks.iter().any(|w| w.walking_target.is_some() || w.walking_minutes > 0);
    let sessions: Vec<String> =
        weeks.iter().map(|w| t!("history-done-of", done = w.done, planned = w.planned)).collect();
    let minutes: Vec<String> = weeks
        .iter()
        .map(|w| match w.walking_target {
            Some(target) => t!("history-done-of", done = w.walking_minutes, planned = target),
            None => t!("history-minutes", minutes = w.walking_minutes),
        })
        .collect();
    // Wide enough for the shortest heading too: "Done", "Walking".
    let widest = |texts: &[String], shortest: &[String]| {
        texts.iter().chain(shortest.last()).map(|t| text_width(t)).max().unwrap_or(0)
    };
    let sessions_width = widest(&sessions, &sessions_headings());
    let minutes_width = if walking { widest(&minutes, &walking_headings()) } else { 0 };
    let fixed = DAYS_END + 4 + sessions_width + if walking { 4 + minutes_width } else { 0 };
    let bar_width = (usize::from(width).saturating_sub(fixed) / if walking { 2 } else { 1 }).min(20);
    let bar_width = if bar_width < MIN_BAR { 0 } else { bar_width };
    Columns { walking, sessions, minutes, sessions_width, minutes_width, bar_width }
}

/// The headings of the sessions column, and of the walking column, longest first.
fn sessions_headings() -> [String; 3] {
    [t!("history-sessions-done"), t!("history-sessions"), t!("history-done")]
}

fn walking_headings() -> [String; 2] {
    [t!("history-walking-minutes"), t!("history-walking")]
}

/// The longest of `headings` that fits in `width`, padded to it.
fn heading(headings: &[String], width: usize) -> String {
    let text = headings.iter().find(|h| text_width(h) <= width).or(headings.last()).cloned();
    format!("{:<width$}", text.unwrap_or_default())
}

/// One row a week, oldest first: the days, then sessions done of those planned, then
/// walking minutes of the week's target, as numbers and as bars.
fn render_table(app: &App, weeks: &[WeekAdherence], columns: &Columns, area: Rect, buf: &mut Buffer) {
    let Columns { walking, sessions, minutes, sessions_width, minutes_width, bar_width } = columns;
    let (sessions_width, minutes_width, bar_width) = (*sessions_width, *minutes_width, *bar_width);
    let bar_room = if bar_width > 0 { bar_width + 1 } else { 0 };
    let most_planned = weeks.iter().map(|w| w.planned).max().unwrap_or(0);
    let most_minutes =
        weeks.iter().map(|w| w.walking_minutes.max(w.walking_target.unwrap_or(0))).max().unwrap_or(0);

    let mut header = format!("{:>5}  {:<6} ", t!("history-week"), "");
    let initials = t!("history-weekday-initials");
    header.extend(
        initials.split_whitespace().chain(["", "", "", "", "", "", ""]).take(7).map(|d| format!(" {d:1} ")),
    );
    header.push_str("   ");
    header.push_str(&heading(&sessions_headings(), bar_room + sessions_width));
    if *walking {
        header.push_str("   ");
        header.push_str(&heading(&walking_headings(), bar_room + minutes_width));
    }
    let mut lines = vec![Line::styled(header, app.paint(style::DIM))];
    for (i, week) in weeks.iter().enumerate() {
        let chosen = i + 1 == weeks.len();
        let base = if chosen { style::SELECTED } else { Style::new() };
        let marker = if chosen { "▸" } else { " " };
        let mut spans = vec![Span::styled(
            format!(
                "{marker}{:>4}  {:<6} ",
                week.week,
                crate::i18n::date(week.monday, "history-date-monday")
            ),
            app.paint(base),
        )];
        for status in week.days {
            let (mark, look) = day_mark(status);
            spans.push(Span::styled(format!(" {mark} "), app.paint(base.patch(look))));
        }
        let left = week.planned.saturating_sub(week.done + week.partly);
        let parts = [(week.done, '█'), (week.partly, '▒'), (left, '░')];
        spans.push(Span::styled("   ", app.paint(base)));
        if bar_width > 0 {
            let filled = bar(&parts, most_planned, bar_width);
            spans.push(Span::styled(filled + " ", app.paint(base.patch(style::DONE))));
        }
        spans.push(Span::styled(format!("{:>sessions_width$}", sessions[i]), app.paint(base)));
        if *walking {
            let short = week.walking_target.unwrap_or(0).saturating_sub(week.walking_minutes);
            spans.push(Span::styled("   ", app.paint(base)));
            if bar_width > 0 {
                let filled = bar(&[(week.walking_minutes, '█'), (short, '░')], most_minutes, bar_width);
                spans.push(Span::styled(filled + " ", app.paint(base.patch(style::TIMER))));
            }
            spans.push(Span::styled(format!("{:>minutes_width$}", minutes[i]), app.paint(base)));
        }
        lines.push(Line::from(spans));
    }
    Paragraph::new(lines).render(area, buf);
}

fn day_mark(status: DayStatus) -> (&'static str, Style) {
    match status {
        DayStatus::Done => ("✓", style::DONE),
        DayStatus::Partly => ("◐", style::PAUSED),
        DayStatus::Missed => ("✗", style::DIM),
        DayStatus::Rest => ("·", style::DIM),
        DayStatus::Open => ("□", style::STRONG),
        DayStatus::Outside => (" ", Style::new()),
    }
}

/// What the marks mean; the bars' fills too, when there are bars.
fn render_legend(app: &App, bars: bool, area: Rect, buf: &mut Buffer) {
    let mut spans = vec![Span::raw(" ")];
    for (marks, meaning) in legend() {
        let marks = if bars { marks } else { &marks[..marks.find(' ').unwrap_or(marks.len())] };
        spans.push(Span::styled(marks.to_string(), app.paint(style::STRONG)));
        spans.push(Span::raw(format!(" {meaning}{}", if bars { "   " } else { "  " })));
    }
    Line::from(spans).render(area, buf);
}

/// Pain before and after each session and the next morning, on the day it was felt.
fn pain_series(history: &History, weeks: &[WeekAdherence]) -> PainSeries {
    let first_monday = weeks.first().map_or(NaiveDate::MIN, |w| w.monday);
    let day = |date: NaiveDate| u32::try_from((date - first_monday).num_days()).ok();
    let mut points = Vec::new();
    for run in history.counted() {
        let Some(at) = day(run.day) else { continue };
        points.extend(run.pain_before.map(|score| (at, PainKind::Before, score)));
        points.extend(run.pain_after.map(|score| (at, PainKind::After, score)));
    }
    for (about, score) in &history.morning {
        points.extend(day(*about).map(|at| (at + 1, PainKind::NextMorning, *score)));
    }
    points.retain(|(at, _, _)| *at < weeks.len() as u32 * 7);
    PainSeries { first_monday, weeks: weeks.len() as u32, points }
}
