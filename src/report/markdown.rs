//! The report as Markdown: headings and tables a physiotherapist can read as they are
//! or paste into notes. Text from the journal and the programme is escaped, so a note
//! can't break a table or turn into markup.

use std::fmt::Write;

use super::text;
use super::{Report, RunRow};

/// The report as Markdown.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    header(&mut out, report);
    weeks(&mut out, report);
    exercises(&mut out, report);
    sessions(&mut out, report);
    pain(&mut out, report);
    walks(&mut out, report);
    cancelled(&mut out, report);
    red_flags(&mut out, report);
    out
}

fn red_flags(out: &mut String, report: &Report) {
    out.push_str("\n## Red flags\n");
    let rows = text::red_flag_rows(report);
    if rows.is_empty() {
        let _ = writeln!(out, "\n{}", text::RED_FLAGS_NONE);
        return;
    }
    let _ = writeln!(out, "\n{}", text::RED_FLAGS_KEY);
    table(
        out,
        &text::RED_FLAG_COLUMNS,
        rows.into_iter().map(|row| row.iter().map(|cell| escape(cell)).collect()),
    );
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
fn table(out: &mut String, head: &[&str], rows: impl IntoIterator<Item = Vec<String>>) {
    let mut rows = rows.into_iter().peekable();
    if rows.peek().is_none() {
        out.push_str("\nNone in this period.\n");
        return;
    }
    let _ = writeln!(out, "\n| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}|", vec!["---"; head.len()].join("|"));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

fn header(out: &mut String, report: &Report) {
    let program = &report.program;
    let period = &report.period;
    let _ = writeln!(out, "# Exercise report: {}\n", escape(&program.title));
    let _ = writeln!(
        out,
        "- **Period:** {} to {} ({}), made on {}",
        text::date(period.from),
        text::date(period.to),
        text::days_count(period.days),
        text::date(period.today)
    );
    let author = program.author.as_deref().map(|a| format!(", by {}", escape(a))).unwrap_or_default();
    let phase = program.phase.map(|p| format!(", for {p} back pain")).unwrap_or_default();
    let _ = writeln!(
        out,
        "- **Programme:** {}{author}{phase}; started {}; version {}",
        escape(&program.title),
        text::date(program.start),
        program.hash
    );
    if let Some(versions) = text::versions_line(report) {
        let _ = writeln!(out, "- **Versions in the journal:** {}", escape(&versions));
    }
    let _ = writeln!(out, "- **Sessions:** {}", text::sessions_line(report));
    let _ = writeln!(out, "- **Walking:** {}", text::walking_line(report));
    let s = &report.summary;
    let _ = writeln!(out, "- **Weeks on target:** {} of {}", s.weeks_on_target, s.weeks);
    let _ = writeln!(out, "- **Pain bands:** {}", text::bands_line(report));
    let _ = writeln!(out, "- **Pain:** {}", text::morning_line(report));
    if !program.goals.is_empty() {
        out.push_str("\n## Goals\n\n");
        for goal in &program.goals {
            let _ = writeln!(out, "- {}", escape(goal));
        }
    }
}

fn weeks(out: &mut String, report: &Report) {
    out.push_str("\n## Week by week\n");
    let head = [
        "Week",
        "Dates",
        "Days",
        "Planned",
        "Done",
        "Partly",
        "Missed",
        "Walking (min)",
        "Target (min)",
        "On target",
    ];
    table(
        out,
        &head,
        report.weeks.iter().map(|w| {
            vec![
                w.week.to_string(),
                format!("{} to {}", text::date(w.monday), text::date(w.sunday)),
                text::days(&w.days),
                w.planned.to_string(),
                w.done.to_string(),
                w.partly.to_string(),
                w.missed.to_string(),
                w.walking_minutes.to_string(),
                text::optional(w.walking_target),
                if w.complete { text::yes_no(w.on_target).into() } else { "(week not over)".into() },
            ]
        }),
    );
    let _ = writeln!(out, "\n{}", text::DAYS_KEY);
}

fn exercises(out: &mut String, report: &Report) {
    out.push_str("\n## Exercises\n\nWhat each session done asked of the exercise, against what was done.\n");
    let head = ["Exercise", "Asked", "Done", "Skipped", "Sets", "Reps", "Time", "Last dose asked"];
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
                format!("level {}: {}", e.last_level, escape(&text::dose(&e.last_dose))),
            ]
        }),
    );
}

fn sessions(out: &mut String, report: &Report) {
    out.push_str("\n## Sessions\n");
    table(out, &text::SESSION_COLUMNS, report.runs.iter().map(session_row));
}

fn session_row(run: &RunRow) -> Vec<String> {
    vec![
        text::day_and_date(run.day),
        run.week.to_string(),
        escape(&run.session),
        text::source(run.source).to_string(),
        text::run_status(run).to_string(),
        text::pain(run.pain_before),
        text::pain(run.pain_after),
        text::pain(run.pain_next_morning),
        escape(&text::verdict_and_reason(run)),
        run.minutes.to_string(),
        escape(&text::skipped_list(run)),
        escape(&text::notes(&run.notes)),
    ]
}

fn pain(out: &mut String, report: &Report) {
    out.push_str("\n## Pain\n\nAverage scores, 0 to 10, of the sessions that count.\n");
    let head = ["Week", "Dates", "Before", "After", "Next morning"];
    table(
        out,
        &head,
        report.pain.weeks.iter().map(|w| {
            vec![
                w.week.to_string(),
                format!("{} to {}", text::date(w.monday), text::date(w.monday + chrono::Days::new(6))),
                text::average(w.before),
                text::average(w.after),
                text::average(w.morning),
            ]
        }),
    );
    let _ = writeln!(out, "\n{}", text::morning_line(report));
}

fn walks(out: &mut String, report: &Report) {
    out.push_str("\n## Walks and other activities\n");
    let head = ["Date", "Activity", "How", "Minutes", "Pain before", "Pain after", "Notes"];
    table(
        out,
        &head,
        report.walks.iter().map(|w| {
            let cancelled = if w.cancelled { " (cancelled)" } else { "" };
            vec![
                text::day_and_date(w.day),
                format!("{}{cancelled}", escape(&w.activity)),
                text::source(w.source).to_string(),
                w.minutes.to_string(),
                text::pain(w.pain_before),
                text::pain(w.pain_after),
                escape(&text::notes(&w.notes)),
            ]
        }),
    );
}

fn cancelled(out: &mut String, report: &Report) {
    let taken_back: Vec<&RunRow> = report.runs.iter().filter(|r| r.cancelled).collect();
    if taken_back.is_empty() {
        return;
    }
    out.push_str("\n## Cancelled\n\nTaken back by the patient: listed above, not counted.\n");
    let head = ["Date", "Session", "How", "Minutes", "Reason"];
    table(
        out,
        &head,
        taken_back.iter().map(|r| {
            vec![
                text::day_and_date(r.day),
                escape(r.activity.as_deref().unwrap_or(&r.session)),
                text::source(r.source).to_string(),
                r.minutes.to_string(),
                escape(r.cancel_reason.as_deref().unwrap_or("")),
            ]
        }),
    );
}
