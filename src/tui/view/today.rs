//! The Today screen: the sessions due, each a checklist, what the pain-monitoring
//! model made of the last session, and one obvious next step.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{hanging, text_width};
use crate::plan::dose_in_week;
use crate::program::capitalise;
use crate::progress::Assessment;
use crate::safety::{SafetyOutcome, latest_outcome};
use crate::session::Outcome;
use crate::today::{Due, SessionToday, Today};
use crate::tui::app::App;
use crate::tui::style;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let today = app.today();
    let advice = advice_lines(app, &today, area.width);
    // A blank line above and below sets it apart from the list and the next step.
    // It never takes more than half the screen from the list: the first lines matter most.
    let advice_rows = if advice.is_empty() { 0 } else { (advice.len() as u16 + 2).min(area.height / 2) };
    let [header, list, model, next] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(advice_rows),
        Constraint::Length(2),
    ])
    .areas(area);
    let date = crate::i18n::date(today.date, "date-weekday-day-month");
    let week = format!(" · {}", t!("today-week", week = today.week + 1));
    let room = usize::from(header.width).saturating_sub(text_width(&week) + text_width(&date) + 3);
    let left = format!(" {}{week}", shorten(&app.program.about.title, room));
    let gap = (header.width as usize).saturating_sub(text_width(&left) + text_width(&date) + 1);
    let mut lines = vec![Line::from(vec![
        Span::styled(left, app.paint(style::TITLE)),
        Span::raw(" ".repeat(gap)),
        Span::raw(date),
    ])];
    if app.is_default {
        lines.extend(hanging(
            vec![Span::styled(format!(" {}", t!("today-no-programme-chosen")), app.paint(style::DIM))],
            1,
            header.width,
        ));
    }
    Paragraph::new(lines).render(header, buf);

    let mut lines = Vec::new();
    for session in &today.sessions {
        let selected = session.index == app.selected;
        lines.extend(hanging(session_line(app, session, selected).spans, 3, list.width));
        if selected {
            lines.extend(session.exercises.iter().flat_map(|exercise| {
                let (mark, mark_style) = match exercise.outcome {
                    Outcome::Done => ("✓", style::DONE),
                    Outcome::Skipped => ("–", style::SKIPPED),
                    Outcome::Pending => ("○", style::DIM),
                };
                let spans = vec![
                    Span::styled(format!("     {mark} "), app.paint(mark_style)),
                    Span::raw(exercise.name.clone()),
                    Span::styled(format!(" · {}", exercise.dose), app.paint(style::DIM)),
                ];
                hanging(spans, 7, list.width)
            }));
            lines.push(Line::raw(""));
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(list, buf);
    let [_, model, _] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(model);
    Paragraph::new(advice).wrap(Wrap { trim: false }).render(model, buf);

    let blocked = app.safety_gate().is_blocked();
    let next_step = match (today.sessions.get(app.selected), today.next_up()) {
        _ if blocked => t!("today-next-blocked"),
        (Some(chosen), _) if !chosen.done_today => t!("today-next-start", session = chosen.name.as_str()),
        (_, Some(index)) => t!(
            "today-next-up",
            done = today.sessions[app.selected].name.as_str(),
            next = today.sessions[index].name.as_str()
        ),
        _ => t!("today-next-all-done"),
    };
    Paragraph::new(hanging(vec![Span::raw(format!(" {next_step}"))], 1, next.width))
        .style(app.paint(if blocked { style::WARNING } else { style::NEXT_STEP }))
        .wrap(Wrap { trim: false })
        .render(next, buf);
}

/// What the pain-monitoring model says: a rising morning pain first (it matters most),
/// then its verdict on the last session, then whether it holds the doses back.
fn advice_lines(app: &App, today: &Today, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(text) = see_soon(app, today) {
        lines.extend(hanging(vec![Span::styled(text, app.paint(style::WARNING))], 1, width));
    }
    if today.morning_pain_rising {
        lines.extend(hanging(
            vec![Span::styled(format!(" {}", t!("today-morning-pain-rising")), app.paint(style::WARNING))],
            1,
            width,
        ));
    }
    if let Some((day, assessment)) = today.last_assessment {
        let when = match (today.date - day).num_days() {
            0 => t!("today-when-today"),
            1 => t!("today-when-yesterday"),
            // Weekdays start with a small letter in most of the languages: not at a line's start.
            2..=6 => capitalise(&crate::i18n::date(day, "date-weekday")),
            _ => t!("today-when-on", date = crate::i18n::date(day, "date-day-month")),
        };
        // Said here in words that fit the day, rather than the model's "tomorrow".
        let mut said = Assessment { provisional: false, ..assessment }.explain();
        let may_change = match (today.date - day).num_days() {
            _ if !assessment.provisional => None,
            0 => Some(t!("today-may-change-tomorrow")),
            1 => Some(t!("today-may-change-this-morning")),
            _ => None,
        };
        if let Some(may_change) = may_change {
            said = format!("{said} {may_change}");
        }
        lines.extend(hanging(
            vec![Span::styled(format!(" {when}: "), app.paint(style::STRONG)), Span::raw(said)],
            1,
            width,
        ));
    }
    if held_back(app, today) {
        let text = format!(
            " {}",
            t!("today-held-back", week = today.load.week + 1, plan_week = today.load.calendar_week + 1)
        );
        lines.extend(hanging(vec![Span::styled(text, app.paint(style::DIM))], 1, width));
    }
    lines
}

/// For a week after red-flag answers that call for a physiotherapist or doctor soon (and
/// not now): the reminder to book them.
fn see_soon(app: &App, today: &Today) -> Option<String> {
    match latest_outcome(&app.entries)? {
        (day, SafetyOutcome::SeeSoon { .. }) if (today.date - day).num_days() < 7 => {
            Some(format!(" {}", t!("today-see-soon")))
        }
        _ => None,
    }
}

/// Whether the pain-monitoring model keeps today's doses lighter than the plan's: it
/// can lag behind the plan's week in a programme whose doses never change.
fn held_back(app: &App, today: &Today) -> bool {
    let doses = |week| app.program.exercises.iter().map(|e| dose_in_week(e, week)).collect::<Vec<_>>();
    today.load.is_behind_plan() && doses(today.load.week) != doses(today.load.calendar_week)
}

/// `text` cut at a word to at most `room` characters, with "…" when cut.
pub(super) fn shorten(text: &str, room: usize) -> String {
    if text_width(text) <= room {
        return text.to_string();
    }
    let mut short = String::new();
    for word in text.split(' ') {
        if text_width(&short) + text_width(word) + 2 > room {
            break;
        }
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(word);
    }
    if short.is_empty() {
        short = text.chars().take(room.saturating_sub(1)).collect();
    }
    format!("{}…", short.trim_end_matches([',', ':', ';', '.', ' ']))
}

fn session_line(app: &App, session: &SessionToday, selected: bool) -> Line<'static> {
    let pointer = if selected { " ▸ " } else { "   " };
    let done = session.exercises.iter().filter(|e| e.outcome != Outcome::Pending).count();
    let status = match (session.done_today, session.due) {
        (true, _) => t!("today-status-done"),
        (false, Due::Today) if done > 0 => {
            t!("today-status-partly-done", done = done, total = session.exercises.len())
        }
        (false, Due::Today) => t!("today-status-due"),
        (false, Due::ThisWeek) => t!("today-status-this-week"),
        (false, Due::QuotaMet) => t!("today-status-quota-met"),
        (false, Due::NotToday) => t!("today-status-not-today"),
    };
    let name_style = if selected { style::SELECTED } else { style::STRONG };
    let mut spans = vec![
        Span::raw(pointer),
        Span::styled(session.name.clone(), app.paint(name_style)),
        Span::styled(
            format!(" · {status}"),
            app.paint(if session.done_today { style::DONE } else { style::DIM }),
        ),
    ];
    if let Some(quota) = session.quota {
        spans.push(Span::raw(format!(" · {quota}")));
    }
    if session.at_clinic {
        spans.push(Span::styled(format!(" · {}", t!("today-at-clinic")), app.paint(style::DIM)));
    }
    Line::from(spans)
}
