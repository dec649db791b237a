//! The History screen: the chosen week and the weeks before it as a calendar with
//! bars of sessions and walking minutes, pain over those weeks, and the chosen week's
//! sessions with what the pain-monitoring model made of them.

use chrono::{Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::charts::{self, PainKind, PainSeries, bar};
use super::hanging;
use super::today::shorten;
use crate::plan::monday_of;
use crate::progress::{self, DayStatus, History, Run, RunStatus, Source, Verdict, WeekAdherence};
use crate::tui::app::App;
use crate::tui::style;

/// Each day's mark in the calendar, and the fill of the bars that stands for the same.
const LEGEND: &[(&str, &str)] =
    &[("✓ █", "done"), ("◐ ▒", "partly"), ("✗ ░", "missed"), ("□ ░", "to do today"), ("·", "rest day")];

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
        let text = format!(" Your programme starts on {}.", app.start.format("%A %-d %B"));
        return Line::raw(text).render(table, buf);
    };
    let columns = columns(&weeks, area.width);
    render_table(app, &weeks, &columns, table, buf);
    render_legend(app, columns.bar_width > 0, legend, buf);
    let [chart, _, list] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(2), Constraint::Fill(1)]).areas(below);
    let chart = Rect { x: chart.x + 1, width: chart.width.saturating_sub(1), ..chart };
    charts::render_pain(app, &pain_series(&history, &weeks), chart, buf);
    render_week(app, &history, week, list, buf);
}

/// About two fifths of the height go to the calendar: six weeks at 80 x 24.
fn weeks_that_fit(height: u16) -> u32 {
    u32::from((height * 2 / 5).saturating_sub(3)).clamp(2, 26)
}

fn render_title(app: &App, today: NaiveDate, area: Rect, buf: &mut Buffer) {
    let date = today.format("%A %-d %B").to_string();
    let room = usize::from(area.width).saturating_sub(date.chars().count() + 13);
    let left = format!(" History · {}", shorten(&app.program.about.title, room));
    let gap = usize::from(area.width).saturating_sub(left.chars().count() + date.chars().count() + 1);
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
    let sessions: Vec<String> = weeks.iter().map(|w| format!("{} of {}", w.done, w.planned)).collect();
    let minutes: Vec<String> = weeks
        .iter()
        .map(|w| match w.walking_target {
            Some(target) => format!("{} of {target}", w.walking_minutes),
            None => format!("{} min", w.walking_minutes),
        })
        .collect();
    // Wide enough for the shortest heading too: "Done", "Walking".
    let sessions_width = sessions.iter().map(String::len).max().unwrap_or(0).max(4);
    let minutes_width = if walking { minutes.iter().map(String::len).max().unwrap_or(0).max(7) } else { 0 };
    let fixed = DAYS_END + 4 + sessions_width + if walking { 4 + minutes_width } else { 0 };
    let bar_width = (usize::from(width).saturating_sub(fixed) / if walking { 2 } else { 1 }).min(20);
    let bar_width = if bar_width < MIN_BAR { 0 } else { bar_width };
    Columns { walking, sessions, minutes, sessions_width, minutes_width, bar_width }
}

/// The longest of `headings` that fits in `width`, padded to it.
fn heading(headings: &[&str], width: usize) -> String {
    let text = headings.iter().find(|h| h.len() <= width).or(headings.last()).copied().unwrap_or_default();
    format!("{text:<width$}")
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

    let mut header = format!(" {:>4}  {:<6} ", "Week", "");
    header.extend(["M", "T", "W", "T", "F", "S", "S"].map(|day| format!(" {day} ")));
    header.push_str("   ");
    header.push_str(&heading(&["Sessions done", "Sessions", "Done"], bar_room + sessions_width));
    if *walking {
        header.push_str("   ");
        header.push_str(&heading(&["Walking, minutes", "Walking"], bar_room + minutes_width));
    }
    let mut lines = vec![Line::styled(header, app.paint(style::DIM))];
    for (i, week) in weeks.iter().enumerate() {
        let chosen = i + 1 == weeks.len();
        let base = if chosen { style::SELECTED } else { Style::new() };
        let marker = if chosen { "▸" } else { " " };
        let mut spans = vec![Span::styled(
            format!("{marker}{:>4}  {:<6} ", week.week, week.monday.format("%-d %b").to_string()),
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
    for (marks, meaning) in LEGEND {
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

/// The chosen week's sessions, each with how it went, pain and the model's verdict,
/// and the patient's notes. What does not fit is counted at the end.
fn render_week(app: &App, history: &History, week: &WeekAdherence, area: Rect, buf: &mut Buffer) {
    let sunday = week.monday + Days::new(6);
    let span = if week.monday.format("%B").to_string() == sunday.format("%B").to_string() {
        format!("{} to {}", week.monday.format("%-d"), sunday.format("%-d %B"))
    } else {
        format!("{} to {}", week.monday.format("%-d %B"), sunday.format("%-d %B"))
    };
    let mut lines = vec![Line::styled(format!("Week {} · {span}", week.week), app.paint(style::STRONG))];
    let runs: Vec<&Run> = history.runs.iter().filter(|r| r.day >= week.monday && r.day <= sunday).collect();
    if runs.is_empty() {
        let current = week.monday == monday_of(app.now.wall.date_naive());
        let text = if current { "Nothing done yet this week." } else { "Nothing recorded in this week." };
        lines.push(Line::styled(text, app.paint(style::DIM)));
    }
    let room = usize::from(area.height);
    for (shown, run) in runs.iter().enumerate() {
        let block = run_lines(app, history, run, area.width);
        if lines.len() + block.len() > room || (shown + 1 < runs.len() && lines.len() + block.len() == room) {
            let more = runs.len() - shown;
            lines.truncate(room.saturating_sub(1));
            lines.push(Line::styled(format!("… and {more} more"), app.paint(style::DIM)));
            break;
        }
        lines.extend(block);
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}

fn run_lines(app: &App, history: &History, run: &Run, width: u16) -> Vec<Line<'static>> {
    let minutes = run.seconds.div_ceil(60);
    let (status, look) = match (&run.cancelled, &run.source, run.status()) {
        (Some(_), _, _) => ("cancelled".to_string(), style::DIM),
        (_, Source::Logged { activity }, _) if activity.eq_ignore_ascii_case(&run.session) => {
            (format!("logged, {minutes} min"), style::DONE)
        }
        (_, Source::Logged { activity }, _) => (format!("{activity} logged, {minutes} min"), style::DONE),
        (_, Source::Marked, _) => ("marked done".to_string(), style::DONE),
        (_, Source::Live, RunStatus::Done) => ("done".to_string(), style::DONE),
        (_, Source::Live, RunStatus::Partly) => ("partly done".to_string(), style::PAUSED),
        (_, Source::Live, RunStatus::Nothing) => ("started, nothing done".to_string(), style::DIM),
    };
    let walked =
        if minutes > 0 && run.source == Source::Live { format!(", {minutes} min") } else { String::new() };
    let name = if run.session.is_empty() { "Activity".to_string() } else { run.session.clone() };
    let mut lines = hanging(
        vec![
            Span::raw(format!("{:<6}  ", run.day.format("%a %-d").to_string())),
            Span::styled(name, app.paint(style::STRONG)),
            Span::styled(format!(": {status}{walked}"), app.paint(look)),
        ],
        8,
        width,
    );
    let detail =
        |text: String, look: Style| hanging(vec![Span::styled(format!("        {text}"), look)], 8, width);
    if let Some(pain) = pain_words(app, history, run) {
        lines.extend(detail(pain, Style::new()));
    }
    for (asked, reason) in &run.skipped {
        let exercise = app.program.exercise(&asked.exercise);
        let name = exercise.map_or(asked.exercise.clone(), |e| e.at_level(asked.level).name.clone());
        let why = reason.as_ref().map(|r| format!(": {r}")).unwrap_or_default();
        lines.extend(detail(format!("skipped {name}{why}"), app.paint(style::DIM)));
    }
    for note in &run.notes {
        lines.extend(detail(format!("“{note}”"), app.paint(style::DIM)));
    }
    lines
}

/// "pain 3 before, 4 after, 5 next morning: keep the dose". A verdict still waiting
/// for the next morning is not marked: most of them stay that way.
fn pain_words(app: &App, history: &History, run: &Run) -> Option<String> {
    let morning = history.morning.get(&run.day);
    let parts: Vec<String> = [
        run.pain_before.map(|s| format!("{s} before")),
        run.pain_after.map(|s| format!("{s} after")),
        morning.map(|s| format!("{s} next morning")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return None;
    }
    // No-break spaces keep the advice on one line.
    let verdict = history.assess(&app.program, run).filter(|_| run.counts()).map(|a| match a.verdict {
        Verdict::Progress => ": build\u{a0}up",
        Verdict::Hold => ": keep\u{a0}the\u{a0}dose",
        Verdict::Reduce => ": go\u{a0}lighter",
    });
    Some(format!("pain {}{}", parts.join(", "), verdict.unwrap_or_default()))
}
