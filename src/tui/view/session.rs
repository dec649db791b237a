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
        .label(format!("{done} of {total} steps "))
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
    let number = format!("Exercise {} of {}", step.item + 1, run.items().len());
    Line::from(vec![
        Span::styled(format!(" {}", item.version.name), app.paint(style::STRONG)),
        Span::styled(format!("  ({number})"), app.paint(style::DIM)),
    ])
    .render(name, buf);
    Line::raw(format!(" {}", set_line(step, &item.dose.summary()))).render(set, buf);

    let now = app.now.mono;
    let timer = run.timer();
    let (what, shown, note) = match step.work {
        Work::Reps { target } => (
            "Do your reps, then press Enter".into(),
            run.count().to_string(),
            format!("of {target} · press - or + if you did fewer or more"),
        ),
        Work::Holds { hold, reps, .. } => {
            let left = if run.phase() == Phase::Waiting { hold } else { timer.remaining(now) };
            (phase_label(run, "Hold"), clock(left), format!("hold {} of {reps}", (run.count() + 1).min(reps)))
        }
        Work::Timed { .. } => (phase_label(run, "Keep going"), clock(timer.remaining(now)), String::new()),
        Work::Rest { .. } => (phase_label(run, "Rest"), clock(timer.remaining(now)), String::new()),
        Work::Activity { target } => {
            let elapsed = timer.elapsed(now);
            let note = if run.target_reached() {
                "Target reached! Go on if it feels good, or press Enter.".to_string()
            } else {
                format!("target {}", clock_up(target))
            };
            let label = if item.kind == Kind::Walking { "Walking time" } else { "Time so far" };
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
        Some(next) if next.item == step.item => format!(" Next: {}", set_line(next, "")),
        Some(next) => format!(" Next: {}", run.items()[next.item].version.name),
        None => " Next: that's the last one".to_string(),
    };
    Line::styled(next_text, app.paint(style::DIM)).render(next, buf);
}

/// "Set 2 of 3 · left side · 10 reps", or "Rest after set 2 of 3 · …" between sets.
fn set_line(step: Step, dose: &str) -> String {
    let mut parts = Vec::new();
    if step.is_rest() {
        parts.push(format!("Rest after set {} of {}", step.set, step.sets));
    } else if step.sets > 1 {
        parts.push(format!("Set {} of {}", step.set, step.sets));
    }
    match step.side {
        Some(Side::Left) => parts.push("left side".into()),
        Some(Side::Right) => parts.push("right side".into()),
        None => {}
    }
    if !dose.is_empty() {
        parts.push(dose.to_string());
    }
    parts.join(" · ")
}

fn phase_label(run: &SessionRun, running: &str) -> String {
    let label = match run.phase() {
        _ if run.is_paused() => "Paused: press Space to go on",
        Phase::Waiting => "Press Space to start the timer",
        Phase::GetReady => "Get ready…",
        Phase::Holding => "Hold",
        Phase::Relaxing => "Relax",
        Phase::Running => running,
    };
    label.to_string()
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
