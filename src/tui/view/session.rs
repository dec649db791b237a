//! The session screen while exercising: the exercise, the set and side, a large
//! countdown or rep counter, the instructions, what comes next and how far along.

use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::{hanging, prompts};
use crate::journal::Side;
use crate::program::Kind;
use crate::session::{Phase, SessionRun, Stage, Step, Work, seconds_left};
use crate::tui::app::App;
use crate::tui::style;

pub fn render(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    let [header, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    render_header(app, run, header, buf);
    match (run.stage(), run.step()) {
        (Stage::Working, Some(step)) => render_step(app, run, step, body, buf),
        _ => prompts::render_stage(app, run, body, buf),
    }
    prompts::render_prompt(app, run, area, buf);
}

fn render_header(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    let [title, gauge] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(30)]).areas(area);
    let [title, _] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(title);
    let [gauge, _] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(gauge);
    Line::styled(format!(" {}", run.context().session), app.paint(style::TITLE)).render(title, buf);
    let (done, total) = run.progress();
    let ratio = if total == 0 { 1.0 } else { done as f64 / total as f64 };
    // Thick and thin lines, so the progress shows without colour too.
    LineGauge::default()
        .ratio(ratio.clamp(0.0, 1.0))
        .filled_symbol(ratatui::symbols::line::THICK.horizontal)
        .unfilled_symbol(ratatui::symbols::line::NORMAL.horizontal)
        .label(format!("{} ", t!("session-progress", done = done, total = total)))
        .filled_style(app.paint(style::DONE))
        .render(gauge, buf);
}

fn render_step(app: &App, run: &SessionRun, step: Step, area: Rect, buf: &mut Buffer) {
    let item = &run.items()[step.item];
    let [name, set, label, big, under, _, how, next] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let number = t!("session-exercise-number", number = step.item + 1, total = run.items().len());
    Line::from(vec![
        Span::styled(format!(" {}", item.version.name), app.paint(style::STRONG)),
        Span::styled(format!("  ({number})"), app.paint(style::DIM)),
    ])
    .render(name, buf);
    Line::raw(format!(" {}", set_line(step, &item.dose.summary()))).render(set, buf);

    let now = app.now.mono;
    let timer = run.timer();
    let (what, shown, note) = match step.work {
        Work::Reps { target } => {
            (t!("session-do-reps"), run.count().to_string(), t!("session-reps-of", target = target))
        }
        Work::Holds { hold, reps, .. } => {
            let left = if run.phase() == Phase::Waiting { hold } else { timer.remaining(now) };
            let note = t!("session-hold-of", hold = (run.count() + 1).min(reps), holds = reps);
            (phase_label(run, t!("session-hold")), clock(left), note)
        }
        Work::Timed { .. } => {
            (phase_label(run, t!("session-keep-going")), clock(timer.remaining(now)), String::new())
        }
        Work::Rest { .. } => {
            (phase_label(run, t!("session-rest")), clock(timer.remaining(now)), String::new())
        }
        Work::Activity { target } => {
            let elapsed = timer.elapsed(now);
            let note = if run.target_reached() {
                t!("session-target-reached")
            } else {
                t!("session-target", target = clock_up(target))
            };
            let label = if item.kind == Kind::Walking {
                t!("session-walking-time")
            } else {
                t!("session-time-so-far")
            };
            (phase_label(run, label), clock_up(elapsed), note)
        }
    };
    let label_style = if run.is_paused() { style::PAUSED } else { style::STRONG };
    Line::styled(format!(" {what}"), app.paint(label_style)).centered().render(label, buf);
    BigText::builder()
        .pixel_size(PixelSize::HalfHeight)
        .style(app.paint(if run.is_paused() { style::PAUSED } else { style::TIMER }))
        .lines(vec![shown.into()])
        .centered()
        .build()
        .render(big, buf);
    Line::styled(note, app.paint(style::DIM)).centered().render(under, buf);

    let bullet = |mark: &str, text: &str, style| {
        hanging(vec![Span::styled(format!(" {mark} {text}"), style)], 3, how.width)
    };
    let mut lines: Vec<Line> = item.version.steps.iter().flat_map(|s| bullet("·", s, Style::new())).collect();
    lines.extend(item.version.cues.iter().flat_map(|c| bullet("✦", c, app.paint(style::DIM))));
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(how, buf);

    let next_text = match run.next_exercise_step() {
        Some(next) if next.item == step.item => t!("session-next", what = set_line(next, "")),
        Some(next) => t!("session-next", what = run.items()[next.item].version.name.as_str()),
        None => t!("session-next-none"),
    };
    Line::styled(format!(" {next_text}"), app.paint(style::DIM)).render(next, buf);
}

/// "Set 2 of 3 · left side · 10 reps", or "Rest after set 2 of 3 · …" between sets.
fn set_line(step: Step, dose: &str) -> String {
    let mut parts = Vec::new();
    if step.is_rest() {
        parts.push(t!("session-rest-after-set", set = step.set, sets = step.sets));
    } else if step.sets > 1 {
        parts.push(t!("session-set", set = step.set, sets = step.sets));
    }
    match step.side {
        Some(Side::Left) => parts.push(t!("session-side-left")),
        Some(Side::Right) => parts.push(t!("session-side-right")),
        None => {}
    }
    if !dose.is_empty() {
        parts.push(dose.to_string());
    }
    parts.join(" · ")
}

/// What to do now, above the countdown; `running` while the timer runs.
fn phase_label(run: &SessionRun, running: String) -> String {
    match run.phase() {
        _ if run.is_paused() => t!("session-paused"),
        Phase::Waiting => t!("session-press-space"),
        Phase::GetReady => t!("session-get-ready"),
        Phase::Holding => t!("session-hold"),
        Phase::Relaxing => t!("session-relax"),
        Phase::Running => running,
    }
}

/// A countdown's whole seconds: "45", or "1:30" from a minute up.
fn clock(left: Duration) -> String {
    let seconds = seconds_left(left);
    if seconds < 60 { seconds.to_string() } else { format!("{}:{:02}", seconds / 60, seconds % 60) }
}

/// Time counted up: "12:05".
fn clock_up(elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
