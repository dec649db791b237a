//! The Today screen: the sessions due, each a checklist, and one obvious next step.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::session::Outcome;
use crate::today::{Due, Quota, SessionToday};
use crate::tui::app::App;
use crate::tui::style;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let today = app.today();
    let [header, list, next] =
        Layout::vertical([Constraint::Length(3), Constraint::Fill(1), Constraint::Length(2)]).areas(area);
    let date = today.date.format("%A %-d %B").to_string();
    let title = &app.program.about.title;
    let left = format!(" {title} · week {}", today.week + 1);
    let gap = (header.width as usize).saturating_sub(left.chars().count() + date.chars().count() + 1);
    let mut lines = vec![Line::from(vec![
        Span::styled(left, app.paint(style::TITLE)),
        Span::raw(" ".repeat(gap)),
        Span::raw(date),
    ])];
    if app.is_default {
        lines.push(Line::styled(
            " No programme chosen yet, so this is the gentle start (see `rehabit programs`).",
            app.paint(style::DIM),
        ));
    }
    Paragraph::new(lines).render(header, buf);

    let mut lines = Vec::new();
    for session in &today.sessions {
        let selected = session.index == app.selected;
        lines.push(session_line(app, session, selected));
        if selected {
            lines.extend(session.exercises.iter().map(|exercise| {
                let (mark, mark_style) = match exercise.outcome {
                    Outcome::Done => ("✓", style::DONE),
                    Outcome::Skipped => ("–", style::SKIPPED),
                    Outcome::Pending => ("○", style::DIM),
                };
                Line::from(vec![
                    Span::styled(format!("     {mark} "), app.paint(mark_style)),
                    Span::raw(exercise.name.clone()),
                    Span::styled(format!(" · {}", exercise.dose), app.paint(style::DIM)),
                ])
            }));
            lines.push(Line::raw(""));
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(list, buf);

    let next_step = match (today.sessions.get(app.selected), today.next_up()) {
        (Some(chosen), _) if !chosen.done_today => format!(" Press Enter to start {}.", chosen.name),
        (_, Some(index)) => format!(
            " {} is done. Next up: {}.",
            today.sessions[app.selected].name, today.sessions[index].name
        ),
        _ => " All done for today. Well done! Press Enter to do a session again.".to_string(),
    };
    Paragraph::new(next_step).style(app.paint(style::NEXT_STEP)).wrap(Wrap { trim: false }).render(next, buf);
}

fn session_line(app: &App, session: &SessionToday, selected: bool) -> Line<'static> {
    let pointer = if selected { " ▸ " } else { "   " };
    let done = session.exercises.iter().filter(|e| e.outcome != Outcome::Pending).count();
    let status = match (session.done_today, session.due) {
        (true, _) => "done today ✓".to_string(),
        (false, Due::Today) if done > 0 => format!("today · {done} of {} done", session.exercises.len()),
        (false, Due::Today) => "today".to_string(),
        (false, Due::ThisWeek) => "any day this week".to_string(),
        (false, Due::QuotaMet) => "this week's target met".to_string(),
        (false, Due::NotToday) => "not today".to_string(),
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
        spans.push(Span::raw(format!(" · {}", quota_text(&quota))));
    }
    if session.at_clinic {
        spans.push(Span::styled(" · at the clinic", app.paint(style::DIM)));
    }
    Line::from(spans)
}

/// "this week: 3 of 5 days, 95 of 150 minutes".
pub fn quota_text(quota: &Quota) -> String {
    let days = if quota.times == 1 { "day" } else { "days" };
    let mut text = format!("this week: {} of {} {days}", quota.days_done, quota.times);
    if let Some(target) = quota.minutes_target {
        text.push_str(&format!(", {} of {target} minutes", quota.minutes_done));
    }
    text
}
