//! The safety screens: what rehabit is and is not, the red-flag questions one at a time,
//! what the answers call for, and the calm, unambiguous message to stop and contact a
//! doctor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Padding, Paragraph, Widget, Wrap};

use super::hanging;
use crate::journal::AskedBecause;
use crate::safety::{self, QUESTIONS, Question, SafetyOutcome, contact_now, see_soon};
use crate::tui::app::App;
use crate::tui::safety::{SafetyCheck, Step};
use crate::tui::style;

/// The text's width: shorter lines read more easily.
const WIDTH: u16 = 72;

pub fn render(app: &App, check: &SafetyCheck, area: Rect, buf: &mut Buffer) {
    let today = app.now.wall.date_naive();
    let text_area = column(area);
    let go_on =
        if check.resume.is_some() { t!("safety-enter-back-to-session") } else { t!("safety-enter-go-on") };
    let lines = match &check.step {
        Step::Statement => statement(app),
        Step::Question(at) => question(app, check, *at),
        Step::Answered(outcome) => answered(app, outcome, go_on, text_area.width),
        Step::Stop { since, which } => {
            let when = match since {
                _ if check.urgent_yes_given() => t!("safety-yes-to"),
                since if *since == today => t!("safety-yes-to-earlier-today"),
                since => t!("safety-yes-to-on", date = crate::i18n::date(*since, "safety-date-answered")),
            };
            return render_stop(app, &when, which, area, buf);
        }
        Step::ConfirmClear { .. } => confirm_clear(app),
        Step::Cleared => vec![
            Line::styled(t!("safety-cleared"), app.paint(style::TITLE)),
            Line::raw(""),
            Line::raw(t!("safety-cleared-start-again")),
            Line::raw(""),
            Line::styled(go_on, app.paint(style::NEXT_STEP)),
        ],
    };
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(text_area, buf);
}

/// The middle of `area`, at most [`WIDTH`] wide, below a blank line.
fn column(area: Rect) -> Rect {
    let [column] = Layout::horizontal([Constraint::Max(WIDTH)]).flex(Flex::Center).areas(area);
    column.inner(Margin { horizontal: 1, vertical: 1 })
}

fn statement(app: &App) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(t!("safety-statement-title"), app.paint(style::TITLE)), Line::raw("")];
    let paragraphs = safety::statement();
    let count = paragraphs.len();
    for (i, paragraph) in paragraphs.into_iter().enumerate() {
        let style = if i + 1 == count { app.paint(style::STRONG) } else { Default::default() };
        lines.extend([Line::styled(paragraph, style), Line::raw("")]);
    }
    lines.push(Line::styled(t!("safety-enter-go-on"), app.paint(style::NEXT_STEP)));
    lines
}

fn question(app: &App, check: &SafetyCheck, at: usize) -> Vec<Line<'static>> {
    let intro = match (check.because, check.pain) {
        (AskedBecause::FirstStart, _) => t!("safety-intro-first-start"),
        (AskedBecause::HighPain, Some(score)) => t!("safety-intro-high-pain", score = score),
        _ => t!("safety-intro-on-demand"),
    };
    let dots: String = (0..QUESTIONS.len())
        .map(|i| match check.answers[i] {
            _ if i == at => "◉ ",
            Some(_) => "● ",
            None => "○ ",
        })
        .collect();
    let mut lines = vec![
        Line::styled(intro, app.paint(style::DIM)),
        Line::raw(""),
        Line::from(vec![
            Span::styled(
                format!("{}  ", t!("safety-question-of", number = at + 1, total = QUESTIONS.len())),
                app.paint(style::TITLE),
            ),
            Span::styled(dots.trim_end().to_string(), app.paint(style::DIM)),
        ]),
        Line::raw(""),
        Line::styled(QUESTIONS[at].asked(), app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw(t!("safety-press-y-or-n")),
    ];
    if let Some(yes) = check.answers[at] {
        let kept = if yes { t!("safety-kept-yes") } else { t!("safety-kept-no") };
        lines.push(Line::styled(kept, app.paint(style::DIM)));
    }
    if at > 0 {
        lines.push(Line::styled(t!("safety-esc-goes-back"), app.paint(style::DIM)));
    }
    lines
}

fn answered(app: &App, outcome: &SafetyOutcome, go_on: String, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    match outcome {
        SafetyOutcome::SeeSoon { which } => {
            lines.push(Line::styled(t!("safety-book-appointment"), app.paint(style::WARNING)));
            lines.push(Line::raw(""));
            lines.push(Line::raw(t!("safety-yes-to")));
            lines.extend(listed(which, width));
            lines.extend([Line::raw(""), Line::raw(see_soon())]);
        }
        SafetyOutcome::Clear | SafetyOutcome::ContactNow { .. } => {
            lines.extend([
                Line::styled(t!("safety-thank-you"), app.paint(style::TITLE)),
                Line::raw(""),
                Line::raw(t!("safety-nothing-stops-you")),
                Line::raw(""),
                Line::raw(t!("safety-if-anything-changes")),
            ]);
        }
    }
    lines.extend([Line::raw(""), Line::styled(go_on, app.paint(style::NEXT_STEP))]);
    lines
}

/// The questions answered yes, one a line, each wrapped under its own text.
fn listed(which: &[&Question], width: u16) -> Vec<Line<'static>> {
    which.iter().flat_map(|q| hanging(vec![Span::raw(format!("  · {}", q.named()))], 4, width)).collect()
}

/// Stop: the whole screen, framed, in plain words. No session starts until the patient
/// confirms that a clinician has cleared them.
fn render_stop(app: &App, when: &str, which: &[&Question], area: Rect, buf: &mut Buffer) {
    let [frame] = Layout::horizontal([Constraint::Max(WIDTH + 4)]).flex(Flex::Center).areas(area);
    let mut lines = vec![Line::raw(when.to_string())];
    // Inside the border and the padding.
    lines.extend(listed(which, frame.width.saturating_sub(4)));
    lines.extend([
        Line::raw(""),
        Line::raw(t!("safety-needs-a-doctor")),
        Line::styled(contact_now(), app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw(t!("safety-no-session-until-cleared")),
        Line::raw(""),
        Line::styled(t!("safety-if-cleared-press-c"), app.paint(style::DIM)),
    ]);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(app.paint(style::WARNING))
                .title(Line::styled(format!(" {} ", t!("safety-stop-title")), app.paint(style::WARNING)))
                .padding(Padding::uniform(1)),
        )
        .render(frame, buf);
}

fn confirm_clear(app: &App) -> Vec<Line<'static>> {
    vec![
        Line::styled(t!("safety-confirm-title"), app.paint(style::TITLE)),
        Line::raw(""),
        Line::raw(t!("safety-confirm-only-if")),
        Line::raw(""),
        Line::styled(t!("safety-confirm-press-y"), app.paint(style::STRONG)),
        Line::raw(t!("safety-confirm-press-n")),
    ]
}
