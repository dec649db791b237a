//! The session's questions: pain before and after, the note, the summary, and the
//! boxes that ask before leaving or skipping.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::centred_box;
use crate::journal::{Ending, HurtAdvice};
use crate::session::{Outcome, Prompt, SessionRun, Stage};
use crate::tui::app::App;
use crate::tui::style;

pub fn render_stage(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    match run.stage() {
        Stage::PainBefore => render_pain(app, run, t!("session-pain-before"), area, buf),
        Stage::PainAfter => render_pain(app, run, t!("session-pain-after"), area, buf),
        Stage::Note => render_note(app, run, area, buf),
        Stage::Summary | Stage::Over | Stage::Working => render_summary(app, run, area, buf),
    }
}

fn render_pain(app: &App, run: &SessionRun, question: String, area: Rect, buf: &mut Buffer) {
    let question =
        vec![Line::styled(question, app.paint(style::STRONG)), Line::raw(t!("session-pain-scale"))];
    render_pain_question(app, question, run.typed(), &t!("session-pain-hint"), area, buf);
}

/// A pain question: its lines, the score typed so far in large digits, and a hint.
pub fn render_pain_question(
    app: &App,
    question: Vec<Line>,
    typed: &str,
    hint: &str,
    area: Rect,
    buf: &mut Buffer,
) {
    let gap = if question.len() > 3 { 2 } else { 1 };
    let [_, asked, big, hint_area] = Layout::vertical([
        Constraint::Length(gap),
        Constraint::Length(question.len() as u16 + 1),
        Constraint::Length(4),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(question).centered().wrap(Wrap { trim: true }).render(asked, buf);
    let typed = if typed.is_empty() { "_" } else { typed };
    BigText::builder()
        .pixel_size(PixelSize::HalfHeight)
        .style(app.paint(style::TIMER))
        .lines(vec![typed.to_string().into()])
        .centered()
        .build()
        .render(big, buf);
    Paragraph::new(hint.to_string())
        .style(app.paint(style::DIM))
        .centered()
        .wrap(Wrap { trim: true })
        .render(hint_area, buf);
}

fn render_note(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    let [_, question, field, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Length(5),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(vec![
        Line::styled(t!("session-note-question"), app.paint(style::STRONG)),
        Line::raw(t!("session-note-hint")),
    ])
    .centered()
    .wrap(Wrap { trim: true })
    .render(question, buf);
    render_text_field(run.typed(), field, buf);
}

fn render_text_field(text: &str, area: Rect, buf: &mut Buffer) {
    let [field] = Layout::horizontal([Constraint::Max(70)]).flex(ratatui::layout::Flex::Center).areas(area);
    Paragraph::new(format!("{text}▏"))
        .block(Block::bordered().padding(Padding::horizontal(1)))
        .wrap(Wrap { trim: false })
        .render(field, buf);
}

fn render_summary(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    let done = run.outcomes().iter().filter(|o| **o == Outcome::Done).count();
    let skipped = run.outcomes().iter().filter(|o| **o == Outcome::Skipped).count();
    let heading = match (run.ending(), run.hurt()) {
        (Some(Ending::Left), Some((_, HurtAdvice::StopForToday))) => t!("session-summary-stopped-for-pain"),
        (Some(Ending::Left), _) => t!("session-summary-ended-early"),
        _ => t!("session-summary-finished"),
    };
    let mut lines = vec![
        Line::raw(""),
        Line::styled(heading, app.paint(style::NEXT_STEP)),
        Line::raw(""),
        Line::raw(t!("session-summary-done", done = done, total = run.items().len())),
    ];
    if skipped > 0 {
        lines.push(Line::raw(t!("session-summary-skipped", skipped = skipped)));
    }
    if let Some(worked) = run.worked() {
        let minutes = worked.as_secs().div_ceil(60);
        lines.push(Line::raw(t!("session-summary-time", minutes = minutes)));
    }
    let score = |pain: Option<u8>| pain.map_or_else(|| t!("session-summary-not-given"), |p| p.to_string());
    let (before, after) = run.pain();
    lines.push(Line::raw(t!("session-summary-pain", before = score(before), after = score(after))));
    lines.extend([Line::raw(""), Line::styled(t!("session-summary-back"), app.paint(style::DIM))]);
    Paragraph::new(lines).centered().wrap(Wrap { trim: true }).render(area, buf);
}

/// A question asked on top of the screen.
pub fn render_prompt(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    match run.prompt() {
        Prompt::None => {}
        Prompt::ConfirmLeave => {
            let popup = centred_box(area, 56, 6, buf);
            Paragraph::new(vec![
                Line::styled(t!("session-leave-question"), app.paint(style::STRONG)),
                Line::raw(t!("session-leave-saved")),
                Line::raw(""),
                Line::raw(t!("session-leave-keys")),
            ])
            .centered()
            .block(Block::bordered())
            .render(popup, buf);
        }
        Prompt::SkipReason => {
            let name = run.step().map_or(String::new(), |step| run.items()[step.item].version.name.clone());
            let popup = centred_box(area, 64, 9, buf);
            let [text, field] = Layout::vertical([Constraint::Length(3), Constraint::Length(3)])
                .areas(popup.inner(ratatui::layout::Margin { horizontal: 2, vertical: 1 }));
            Block::bordered()
                .title(format!(" {} ", t!("session-skip-title", name = name)))
                .render(popup, buf);
            Paragraph::new(vec![
                Line::raw(t!("session-skip-why")),
                Line::styled(t!("session-skip-hint"), app.paint(style::DIM)),
            ])
            .wrap(Wrap { trim: true })
            .render(text, buf);
            render_text_field(run.typed(), field, buf);
        }
        Prompt::HurtScore => super::hurt::render_score(app, run, area, buf),
        Prompt::Advice(advice) => super::hurt::render_advice(app, run, advice, area, buf),
    }
}
