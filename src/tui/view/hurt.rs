//! "This hurts": the question about the pain now, and the stop rule's advice, in a box
//! over the exercise.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::centred_box;
use crate::journal::HurtAdvice;
use crate::session::SessionRun;
use crate::tui::app::App;
use crate::tui::style;

/// The exercise in hand's name.
fn exercise_name(run: &SessionRun) -> String {
    run.step().map_or(String::new(), |step| run.items()[step.item].version.name.clone())
}

pub fn render_score(app: &App, run: &SessionRun, area: Rect, buf: &mut Buffer) {
    let popup = centred_box(area, 66, 13, buf);
    Block::bordered()
        .title(format!(" {} ", t!("session-hurt-stopped", name = exercise_name(run))))
        .render(popup, buf);
    let [question, big, hint] =
        Layout::vertical([Constraint::Length(3), Constraint::Length(4), Constraint::Length(3)])
            .areas(popup.inner(Margin { horizontal: 2, vertical: 1 }));
    Paragraph::new(vec![
        Line::styled(t!("session-hurt-question"), app.paint(style::STRONG)),
        Line::raw(t!("session-pain-scale")),
    ])
    .centered()
    .wrap(Wrap { trim: true })
    .render(question, buf);
    let typed = if run.typed().is_empty() { "_" } else { run.typed() };
    BigText::builder()
        .pixel_size(PixelSize::HalfHeight)
        .style(app.paint(style::TIMER))
        .lines(vec![typed.to_string().into()])
        .centered()
        .build()
        .render(big, buf);
    Paragraph::new(t!("session-hurt-hint"))
        .style(app.paint(style::DIM))
        .centered()
        .wrap(Wrap { trim: true })
        .render(hint, buf);
}

pub fn render_advice(app: &App, run: &SessionRun, advice: HurtAdvice, area: Rect, buf: &mut Buffer) {
    let score = run.hurt().map_or(0, |(score, _)| score);
    let strong = app.paint(style::STRONG);
    let (title, lines) = match advice {
        HurtAdvice::GoOnGently => (
            t!("session-hurt-safe-title", score = score),
            vec![
                Line::styled(t!("session-hurt-go-on-gently"), strong),
                Line::raw(t!("session-hurt-go-on-how")),
                Line::raw(t!("session-hurt-go-on-stop")),
            ],
        ),
        HurtAdvice::SkipOrLighter => {
            let mut lines = vec![Line::styled(t!("session-hurt-acceptable"), strong)];
            match run.lighter() {
                Some((level, lighter)) => lines.extend([
                    Line::raw(t!("session-hurt-skip-or-lighter")),
                    Line::raw(t!("session-hurt-lighter", name = lighter, level = level)),
                ]),
                None => lines.push(Line::raw(t!("session-hurt-skip"))),
            }
            (t!("session-hurt-acceptable-title", score = score), lines)
        }
        HurtAdvice::StopForToday => (
            t!("session-hurt-too-much-title", score = score),
            vec![
                Line::styled(t!("session-hurt-stop"), strong),
                Line::raw(t!("session-hurt-saved")),
                Line::raw(t!("session-hurt-severe")),
                Line::raw(t!("session-hurt-contact")),
            ],
        ),
    };
    let width = area.width.min(70);
    // Room for every line as wrapped, a blank line above and below, and the border.
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|line| line.width().div_ceil(inner).max(1)).sum();
    let popup = centred_box(area, width, rows as u16 + 4, buf);
    Paragraph::new(lines)
        .centered()
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(format!(" {title} "))
                .border_style(app.paint(style::WARNING))
                .padding(ratatui::widgets::Padding::vertical(1)),
        )
        .render(popup, buf);
}
