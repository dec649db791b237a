//! The report as Markdown: headings and tables a physiotherapist can read as they are
//! or paste into notes. Text from the journal and the programme is escaped, so a note
//! can't break a table or turn into markup.

use super::text;
use super::{Out, Report, RunRow};

/// The report as Markdown, written to `out` as it is made.
pub fn render(report: &Report, out: &mut Out) {
    header(out, report);
    weeks(out, report);
    exercises(out, report);
    sessions(out, report);
    pain(out, report);
    walks(out, report);
    cancelled(out, report);
    red_flags(out, report);
}

fn red_flags(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-red-flags"));
    let rows = text::red_flag_rows(report);
    if rows.is_empty() {
        let _ = writeln!(out, "\n{}", text::red_flags_none());
        return;
    }
    let _ = writeln!(out, "\n{}", text::red_flags_key());
    table(
        out,
        &text::red_flag_columns(),
        rows.into_iter().map(|row| row.cells.iter().map(|cell| escape(cell)).collect()),
    );
}

/// A section's heading, after a blank line.
fn heading(out: &mut Out, title: String) {
    let _ = writeln!(out, "\n## {title}");
}

/// Text made safe for Markdown: markup characters escaped, line breaks as " / ".
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => escaped.push_str(" / "),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// One table: a header row and the rows, or a line saying there is nothing.
fn table(out: &mut Out, head: &[String], rows: impl IntoIterator<Item = Vec<String>>) {
    let mut rows = rows.into_iter().peekable();
    if rows.peek().is_none() {
        let _ = writeln!(out, "\n{}", t!("report-none"));
        return;
    }
    let _ = writeln!(out, "\n| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}|", vec!["---"; head.len()].join("|"));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

fn header(out: &mut Out, report: &Report) {
    let program = &report.program;
    let _ = writeln!(out, "# {}\n", t!("report-title", title = escape(&program.title)));
    for (label, value) in text::facts(report, escape) {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    if !program.goals.is_empty() {
        heading(out, t!("report-heading-goals"));
        let _ = out.write_char('\n');
        for goal in &program.goals {
            let _ = writeln!(out, "- {}", escape(goal));
        }
    }
}

fn weeks(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-weeks"));
    let head = text::week_columns(t!("report-col-walking-min"));
    table(
        out,
        &head,
        report.weeks.iter().map(|w| {
            vec![
                w.week.to_string(),
                text::days_between(w.monday, w.sunday),
                text::days(&w.days),
                w.planned.to_string(),
                w.done.to_string(),
                w.partly.to_string(),
                w.missed.to_string(),
                w.walking_minutes.to_string(),
                text::optional(w.walking_target),
                if w.complete {
                    text::yes_no_label(w.on_target)
                } else {
                    format!("({})", t!("report-week-not-over"))
                },
            ]
        }),
    );
    let _ = writeln!(out, "\n{}", text::days_key());
}

fn exercises(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-exercises"));
    let _ = writeln!(out, "\n{}", t!("report-exercises-intro"));
    let head = text::exercise_columns(t!("report-col-sets"));
    table(
        out,
        &head,
        report.exercises.iter().map(|e| {
            vec![
                escape(&e.name),
                e.times_asked.to_string(),
                e.times_done.to_string(),
                e.times_skipped.to_string(),
                format!("{} / {}", e.sets_done, e.sets_asked),
                text::done_of(e.reps_done, e.reps_asked),
                text::time_done_of(e),
                t!("report-level-dose", level = e.last_level, dose = escape(&text::dose(&e.last_dose))),
            ]
        }),
    );
}

fn sessions(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-sessions"));
    table(out, &text::session_columns(), report.runs.iter().map(session_row));
}

fn session_row(run: &RunRow) -> Vec<String> {
    vec![
        text::day_and_date(run.day),
        run.week.to_string(),
        escape(&run.session),
        text::source_label(run.source),
        text::run_status(run),
        text::pain(run.pain_before),
        text::pain(run.pain_after),
        text::pain(run.pain_next_morning),
        escape(&text::verdict_and_reason(run)),
        run.minutes.to_string(),
        escape(&text::skipped_list(run)),
        escape(&text::notes(&run.notes)),
    ]
}

fn pain(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-pain"));
    let _ = writeln!(out, "\n{}", t!("report-pain-intro"));
    let head = [
        t!("report-col-week"),
        t!("report-col-dates"),
        t!("report-col-before"),
        t!("report-col-after"),
        t!("report-col-next-morning"),
    ];
    table(
        out,
        &head,
        report.pain.weeks.iter().map(|w| {
            vec![
                w.week.to_string(),
                text::days_between(w.monday, w.monday + chrono::Days::new(6)),
                text::average(w.before),
                text::average(w.after),
                text::average(w.morning),
            ]
        }),
    );
    let _ = writeln!(out, "\n{}", text::morning_line(report));
}

fn walks(out: &mut Out, report: &Report) {
    heading(out, t!("report-heading-walks"));
    let head = text::walk_columns();
    table(
        out,
        &head,
        report.walks.iter().map(|w| {
            let activity = escape(&w.activity);
            vec![
                text::day_and_date(w.day),
                if w.cancelled { t!("report-activity-cancelled", activity = activity) } else { activity },
                text::source_label(w.source),
                w.minutes.to_string(),
                text::pain(w.pain_before),
                text::pain(w.pain_after),
                escape(&text::notes(&w.notes)),
            ]
        }),
    );
}

fn cancelled(out: &mut Out, report: &Report) {
    let taken_back: Vec<&RunRow> = report.runs.iter().filter(|r| r.cancelled).collect();
    if taken_back.is_empty() {
        return;
    }
    heading(out, t!("report-heading-cancelled"));
    let _ = writeln!(out, "\n{}", t!("report-cancelled-intro"));
    let head = text::cancelled_columns();
    table(
        out,
        &head,
        taken_back.iter().map(|r| {
            vec![
                text::day_and_date(r.day),
                escape(r.activity.as_deref().unwrap_or(&r.session)),
                text::source_label(r.source),
                r.minutes.to_string(),
                escape(r.cancel_reason.as_deref().unwrap_or("")),
            ]
        }),
    );
}
