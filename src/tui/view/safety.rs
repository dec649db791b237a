//! The safety screens: what rehabit is and is not, the red-flag questions one at a time,
//! what the answers call for, and the calm, unambiguous message to stop and contact a
//! doctor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Padding, Paragraph, Widget, Wrap};

use super::hanging;
use crate::journal::AskedBecause;
use crate::safety::{CONTACT_NOW, QUESTIONS, Question, SEE_SOON, STATEMENT, SafetyOutcome};
use crate::tui::app::App;
use crate::tui::safety::{SafetyCheck, Step};
use crate::tui::style;

/// The text's width: shorter lines read more easily.
const WIDTH: u16 = 72;

pub fn render(app: &App, check: &SafetyCheck, area: Rect, buf: &mut Buffer) {
    let today = app.now.wall.date_naive();
    let text_area = column(area);
    let go_on = if check.resume.is_some() {
        "Press Enter to go back to your session."
    } else {
        "Press Enter to go on."
    };
    let lines = match &check.step {
        Step::Statement => statement(app),
        Step::Question(at) => question(app, check, *at),
        Step::Answered(outcome) => answered(app, outcome, go_on, text_area.width),
        Step::Stop { since, which } => {
            let when = match since {
                _ if check.urgent_yes_given() => "You answered yes to:".to_string(),
                since if *since == today => "Earlier today you answered yes to:".to_string(),
                since => format!("On {} you answered yes to:", since.format("%A %-d %B")),
            };
            return render_stop(app, &when, which, area, buf);
        }
        Step::ConfirmClear { .. } => confirm_clear(app),
        Step::Cleared => vec![
            Line::styled("Thank you. This is recorded.", app.paint(style::TITLE)),
            Line::raw(""),
            Line::raw(
                "Sessions can start again. If anything changes, answer the safety questions again: press s on the Today screen.",
            ),
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
    let mut lines =
        vec![Line::styled("What rehabit is, and what it is not", app.paint(style::TITLE)), Line::raw("")];
    for (i, paragraph) in STATEMENT.iter().enumerate() {
        let style = if i + 1 == STATEMENT.len() { app.paint(style::STRONG) } else { Default::default() };
        lines.extend([Line::styled(*paragraph, style), Line::raw("")]);
    }
    lines.push(Line::styled("Press Enter to go on.", app.paint(style::NEXT_STEP)));
    lines
}

fn question(app: &App, check: &SafetyCheck, at: usize) -> Vec<Line<'static>> {
    let intro = match (check.because, check.pain) {
        (AskedBecause::FirstStart, _) => "Before your first session, a few questions.".to_string(),
        (AskedBecause::HighPain, Some(score)) => {
            format!("Your pain was {score} of 10, which is high. Please answer these questions again.")
        }
        _ => "The safety questions.".to_string(),
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
            Span::styled(format!("Question {} of {}  ", at + 1, QUESTIONS.len()), app.paint(style::TITLE)),
            Span::styled(dots.trim_end().to_string(), app.paint(style::DIM)),
        ]),
        Line::raw(""),
        Line::styled(QUESTIONS[at].text, app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw("Press y for yes, or n for no."),
    ];
    if let Some(yes) = check.answers[at] {
        let given = if yes { "yes" } else { "no" };
        lines.push(Line::styled(format!("You answered {given}; Enter keeps it."), app.paint(style::DIM)));
    }
    if at > 0 {
        lines.push(Line::styled("Esc goes back to the question before.", app.paint(style::DIM)));
    }
    lines
}

fn answered(app: &App, outcome: &SafetyOutcome, go_on: &'static str, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    match outcome {
        SafetyOutcome::SeeSoon { which } => {
            lines.push(Line::styled("Please book an appointment", app.paint(style::WARNING)));
            lines.push(Line::raw(""));
            lines.push(Line::raw("You answered yes to:"));
            lines.extend(listed(which, width));
            lines.extend([Line::raw(""), Line::raw(SEE_SOON)]);
        }
        SafetyOutcome::Clear | SafetyOutcome::ContactNow { .. } => {
            lines.extend([
                Line::styled("Thank you.", app.paint(style::TITLE)),
                Line::raw(""),
                Line::raw("Nothing you answered stops you exercising."),
                Line::raw(""),
                Line::raw(
                    "If anything changes, answer the questions again: press s on the Today screen, or \
                     run `rehabit safety`.",
                ),
            ]);
        }
    }
    lines.extend([Line::raw(""), Line::styled(go_on, app.paint(style::NEXT_STEP))]);
    lines
}

/// The questions answered yes, one a line, each wrapped under its own text.
fn listed(which: &[&Question], width: u16) -> Vec<Line<'static>> {
    which.iter().flat_map(|q| hanging(vec![Span::raw(format!("  · {}", q.short))], 4, width)).collect()
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
        Line::raw("This needs a doctor's advice before you exercise."),
        Line::styled(CONTACT_NOW, app.paint(style::STRONG)),
        Line::raw(""),
        Line::raw(
            "rehabit will not start a session until you confirm that a doctor or physiotherapist has \
             cleared you to exercise.",
        ),
        Line::raw(""),
        Line::styled("If one already has, press c.", app.paint(style::DIM)),
    ]);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(app.paint(style::WARNING))
                .title(Line::styled(" Please stop: do not exercise today ", app.paint(style::WARNING)))
                .padding(Padding::uniform(1)),
        )
        .render(frame, buf);
}

fn confirm_clear(app: &App) -> Vec<Line<'static>> {
    vec![
        Line::styled("Has a doctor or physiotherapist cleared you to exercise?", app.paint(style::TITLE)),
        Line::raw(""),
        Line::raw(
            "Only say yes if a doctor or physiotherapist knows what you answered (or has seen you \
             since) and has told you that you may do your exercises.",
        ),
        Line::raw(""),
        Line::styled("Press y to confirm that a clinician has cleared you.", app.paint(style::STRONG)),
        Line::raw("Press n or Esc to go back."),
    ]
}
