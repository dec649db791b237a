//! The History screen's list of the chosen week's sessions: how each went, pain and
//! what the pain-monitoring model made of it, what was skipped, and the notes.

use chrono::{Datelike, Days};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::plan::monday_of;
use crate::progress::{History, Run, RunStatus, Source, Verdict, WeekAdherence};
use crate::tui::app::App;
use crate::tui::style;
use crate::tui::view::hanging;

/// The chosen week's sessions, each with how it went, pain and the model's verdict,
/// and the patient's notes. What does not fit is counted at the end.
pub(super) fn render(app: &App, history: &History, week: &WeekAdherence, area: Rect, buf: &mut Buffer) {
    let sunday = week.monday + Days::new(6);
    let from =
        if week.monday.month() == sunday.month() { "history-date-from-day" } else { "history-date-from" };
    let (from, to) = (crate::i18n::date(week.monday, from), crate::i18n::date(sunday, "history-date-to"));
    let title = t!("history-week-span", week = week.week, from = from, to = to);
    let mut lines = vec![Line::styled(title, app.paint(style::STRONG))];
    let runs: Vec<&Run> = history.runs.iter().filter(|r| r.day >= week.monday && r.day <= sunday).collect();
    if runs.is_empty() {
        let current = week.monday == monday_of(app.now.wall.date_naive());
        let text = if current { t!("history-nothing-yet") } else { t!("history-nothing-recorded") };
        lines.push(Line::styled(text, app.paint(style::DIM)));
    }
    let room = usize::from(area.height);
    for (shown, run) in runs.iter().enumerate() {
        let block = run_lines(app, history, run, area.width);
        if lines.len() + block.len() > room || (shown + 1 < runs.len() && lines.len() + block.len() == room) {
            let more = runs.len() - shown;
            lines.truncate(room.saturating_sub(1));
            lines.push(Line::styled(t!("history-more", count = more), app.paint(style::DIM)));
            break;
        }
        lines.extend(block);
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}

fn run_lines(app: &App, history: &History, run: &Run, width: u16) -> Vec<Line<'static>> {
    let minutes = run.seconds.div_ceil(60);
    let (status, look) = match (&run.cancelled, &run.source, run.status()) {
        (Some(_), _, _) => (t!("history-run-cancelled"), style::DIM),
        (_, Source::Logged { activity }, _) if activity.eq_ignore_ascii_case(&run.session) => {
            (t!("history-run-logged", minutes = minutes), style::DONE)
        }
        (_, Source::Logged { activity }, _) => {
            (t!("history-run-activity-logged", activity = activity.as_str(), minutes = minutes), style::DONE)
        }
        (_, Source::Marked, _) => (t!("history-run-marked-done"), style::DONE),
        (_, Source::Live, RunStatus::Done) => (t!("history-run-done"), style::DONE),
        (_, Source::Live, RunStatus::Partly) => (t!("history-run-partly-done"), style::PAUSED),
        (_, Source::Live, RunStatus::Nothing) => (t!("history-run-nothing-done"), style::DIM),
    };
    let walked = if minutes > 0 && run.source == Source::Live {
        t!("history-run-minutes", minutes = minutes)
    } else {
        String::new()
    };
    let name = match run.session.as_str() {
        "" => t!("history-activity"),
        key => app.program.session_name(key).to_string(),
    };
    let day = crate::i18n::date(run.day, "history-date-run");
    let mut lines = hanging(
        vec![
            Span::raw(format!("{day:<6}  ")),
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
        let name = exercise.map_or(asked.exercise.to_string(), |e| e.at_level(asked.level).name.clone());
        let skipped = match reason {
            Some(reason) => t!("history-skipped-because", exercise = name, reason = reason.as_str()),
            None => t!("history-skipped", exercise = name),
        };
        lines.extend(detail(skipped, app.paint(style::DIM)));
    }
    for note in &run.notes {
        lines.extend(detail(t!("history-note", note = note.as_str()), app.paint(style::DIM)));
    }
    lines
}

/// "pain 3 before, 4 after, 5 next morning: keep the dose". A verdict still waiting
/// for the next morning is not marked: most of them stay that way.
fn pain_words(app: &App, history: &History, run: &Run) -> Option<String> {
    let morning = history.morning.get(&run.day);
    let parts: Vec<String> = [
        run.pain_before.map(|score| t!("history-pain-before", score = score)),
        run.pain_after.map(|score| t!("history-pain-after", score = score)),
        morning.map(|score| t!("history-pain-next-morning", score = *score)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return None;
    }
    let scores = parts.join(", ");
    let verdict = history.assess(&app.program, run).filter(|_| run.counts()).map(|a| match a.verdict {
        Verdict::Progress => t!("history-advice-build-up"),
        Verdict::Hold => t!("history-advice-keep-the-dose"),
        Verdict::Reduce => t!("history-advice-go-lighter"),
    });
    Some(match verdict {
        // No-break spaces keep the advice on one line.
        Some(advice) => t!("history-pain-advice", scores = scores, advice = advice.replace(' ', "\u{a0}")),
        None => t!("history-pain", scores = scores),
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, use_language_here};

    /// The sessions that did not fit, counted with the language's plural.
    #[test]
    fn the_sessions_left_out_are_counted_in_the_language() {
        let expected = [
            (Lang::En, "… and 1 more", "… and 3 more"),
            (Lang::Sv, "… och 1 pass till", "… och 3 pass till"),
            (Lang::Nb, "… og én økt til", "… og 3 økter til"),
            (Lang::Da, "… og én træning mere", "… og 3 træninger mere"),
            (Lang::Nl, "… en nog één sessie", "… en nog 3 sessies"),
        ];
        for (lang, one, three) in expected {
            let _speaking = use_language_here(lang);
            assert_eq!(t!("history-more", count = 1), one);
            assert_eq!(t!("history-more", count = 3), three);
        }
    }
}
