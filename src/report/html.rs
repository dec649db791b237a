//! The report as one self-contained HTML page: no external style sheets, scripts,
//! fonts or images, charts as inline SVG, and print styles for A4 that keep rows and
//! charts whole and read well in black and white. Every text from the journal and the
//! programme is escaped.

use std::fmt::Write;

use super::{Report, RunRow, svg, text};

/// `text` made safe for HTML and XML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// The page's style sheet: A4 pages, rows and charts kept whole, black and white.
const STYLE: &str = include_str!("report.css");

/// The report as an HTML page.
pub fn render(report: &Report) -> String {
    let title = format!("Exercise report: {}", report.program.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    header(&mut out, report, &title);
    let _ = write!(
        out,
        "<section>\n<h2>Week by week</h2>\n<figure>{}</figure>\n<figure>{}</figure>\n",
        svg::sessions(report),
        svg::walking(report)
    );
    let head = [
        "Week",
        "Dates",
        "Days",
        "Planned",
        "Done",
        "Partly",
        "Missed",
        "Walked (min)",
        "Target (min)",
        "On target",
    ];
    table(
        &mut out,
        &head,
        report.weeks.iter().map(|w| {
            let on_target = if w.complete { text::yes_no(w.on_target) } else { "week not over" };
            row(
                "",
                &[
                    n(w.week),
                    t(format!("{} to {}", text::date(w.monday), text::date(w.sunday))),
                    n(text::days(&w.days)),
                    n(w.planned),
                    n(w.done),
                    n(w.partly),
                    n(w.missed),
                    n(w.walking_minutes),
                    n(text::optional(w.walking_target)),
                    t(on_target),
                ],
            )
        }),
    );
    let _ = writeln!(out, "<p class=\"key\">{}</p>", escape(text::DAYS_KEY));
    out.push_str("</section>\n<section>\n<h2>Exercises</h2>\n<p>What each session done asked of the exercise, against what was done.</p>\n");
    let head =
        ["Exercise", "Asked", "Done", "Skipped", "Sets done / asked", "Reps", "Time", "Last dose asked"];
    table(
        &mut out,
        &head,
        report.exercises.iter().map(|e| {
            row(
                "",
                &[
                    t(&e.name),
                    n(e.times_asked),
                    n(e.times_done),
                    n(e.times_skipped),
                    n(format!("{} / {}", e.sets_done, e.sets_asked)),
                    n(text::done_of(e.reps_done, e.reps_asked)),
                    n(text::time_done_of(e)),
                    t(format!("level {}: {}", e.last_level, text::dose(&e.last_dose))),
                ],
            )
        }),
    );
    out.push_str("</section>\n<section>\n<h2>Sessions</h2>\n");
    table(&mut out, &text::SESSION_COLUMNS, report.runs.iter().map(session_row));
    let _ = write!(out, "</section>\n<section>\n<h2>Pain</h2>\n<figure>{}</figure>\n", svg::pain(report));
    let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(text::morning_line(report)));
    let head = ["Week", "Dates", "Before (average)", "After (average)", "Next morning (average)"];
    table(
        &mut out,
        &head,
        report.pain.weeks.iter().map(|w| {
            let sunday = w.monday + chrono::Days::new(6);
            row(
                "",
                &[
                    n(w.week),
                    t(format!("{} to {}", text::date(w.monday), text::date(sunday))),
                    n(text::average(w.before)),
                    n(text::average(w.after)),
                    n(text::average(w.morning)),
                ],
            )
        }),
    );
    out.push_str("</section>\n<section>\n<h2>Walks and other activities</h2>\n");
    walks(&mut out, report);
    out.push_str("</section>\n");
    cancelled(&mut out, report);
    red_flags(&mut out, report);
    let _ = write!(
        out,
        "<footer>Made by rehabit on {}. Report format {}.</footer>\n</body>\n</html>\n",
        text::date(report.period.today),
        report.format_version
    );
    out
}

fn red_flags(out: &mut String, report: &Report) {
    out.push_str("<section class=\"keep\">\n<h2>Red flags</h2>\n");
    let rows = text::red_flag_rows(report);
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(text::RED_FLAGS_NONE));
    } else {
        let _ = writeln!(out, "<p>{}</p>", escape(text::RED_FLAGS_KEY));
        // Answers that call for someone stand out, in black and white too.
        let class = |r: &[String; 5]| if r[2] == "none" { "" } else { "attention" };
        let cells = |r: &[String; 5]| [d(r[0].clone()), t(&r[1]), l(&r[2]), t(&r[3]), t(&r[4])];
        table(out, &text::RED_FLAG_COLUMNS, rows.iter().map(|r| row(class(r), &cells(r))));
    }
    out.push_str("</section>\n");
}

fn header(out: &mut String, report: &Report, title: &str) {
    let program = &report.program;
    let period = &report.period;
    let _ = write!(out, "<header class=\"keep\">\n<h1>{}</h1>\n<ul class=\"facts\">\n", escape(title));
    let mut fact = |name: &str, value: String| {
        let _ = writeln!(out, "<li><strong>{}:</strong> {}</li>", escape(name), escape(&value));
    };
    let dates = format!("{} to {}", text::date(period.from), text::date(period.to));
    fact(
        "Period",
        format!("{dates} ({}), made on {}", text::days_count(period.days), text::date(period.today)),
    );
    let author = program.author.as_deref().map(|a| format!(", by {a}")).unwrap_or_default();
    let phase = program.phase.map(|p| format!(", for {p} back pain")).unwrap_or_default();
    let start = text::date(program.start);
    fact("Programme", format!("{}{author}{phase}; started {start}; version {}", program.title, program.hash));
    if let Some(versions) = text::versions_line(report) {
        fact("Versions in the journal", versions);
    }
    fact("Sessions", text::sessions_line(report));
    fact("Walking", text::walking_line(report));
    let summary = &report.summary;
    fact("Weeks on target", format!("{} of {}", summary.weeks_on_target, summary.weeks));
    fact("Pain bands", text::bands_line(report));
    fact("Pain", text::morning_line(report).to_string());
    out.push_str("</ul>\n");
    if !program.goals.is_empty() {
        out.push_str("<h2>Goals</h2>\n<ul>\n");
        for goal in &program.goals {
            let _ = writeln!(out, "<li>{}</li>", escape(goal));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</header>\n");
}

fn walks(out: &mut String, report: &Report) {
    let head = ["Date", "Activity", "How", "Minutes", "Pain before", "Pain after", "Notes"];
    table(
        out,
        &head,
        report.walks.iter().map(|w| {
            let class = if w.cancelled { "cancelled" } else { "" };
            let activity =
                if w.cancelled { format!("{} (cancelled)", w.activity) } else { w.activity.clone() };
            row(
                class,
                &[
                    d(text::day_and_date(w.day)),
                    t(activity),
                    t(text::source(w.source)),
                    n(w.minutes),
                    n(text::pain(w.pain_before)),
                    n(text::pain(w.pain_after)),
                    l(text::notes(&w.notes)),
                ],
            )
        }),
    );
}

fn session_row(run: &RunRow) -> String {
    let class = if run.cancelled { "cancelled" } else { "" };
    let status = format!("<td class=\"status\">{}</td>", escape(text::run_status(run)));
    let cells = [
        d(text::day_and_date(run.day)),
        n(run.week),
        t(&run.session),
        t(text::source(run.source)),
        status,
        n(text::pain(run.pain_before)),
        n(text::pain(run.pain_after)),
        n(text::pain(run.pain_next_morning)),
        l(text::verdict_and_reason(run)),
        n(run.minutes),
        l(text::skipped_list(run)),
        l(text::notes(&run.notes)),
    ];
    row(class, &cells)
}

fn cancelled(out: &mut String, report: &Report) {
    let taken_back: Vec<&RunRow> = report.runs.iter().filter(|r| r.cancelled).collect();
    if taken_back.is_empty() {
        return;
    }
    out.push_str(
        "<section>\n<h2>Cancelled</h2>\n<p>Taken back by the patient: listed above, not counted.</p>\n",
    );
    let head = ["Date", "Session", "How", "Minutes", "Reason"];
    table(
        out,
        &head,
        taken_back.iter().map(|r| {
            row(
                "",
                &[
                    d(text::day_and_date(r.day)),
                    t(r.activity.as_deref().unwrap_or(&r.session)),
                    t(text::source(r.source)),
                    n(r.minutes),
                    l(r.cancel_reason.as_deref().unwrap_or("")),
                ],
            )
        }),
    );
    out.push_str("</section>\n");
}

/// A table cell of text.
fn t(value: impl AsRef<str>) -> String {
    format!("<td class=\"text\">{}</td>", escape(value.as_ref()))
}

/// A table cell of longer text (a note, a reason), given room to wrap.
fn l(value: impl AsRef<str>) -> String {
    format!("<td class=\"text long\">{}</td>", escape(value.as_ref()))
}

/// A table cell with a date, kept on one line.
fn d(value: String) -> String {
    format!("<td class=\"date\">{}</td>", escape(&value))
}

/// A table cell of figures.
fn n(value: impl ToString) -> String {
    format!("<td class=\"n\">{}</td>", escape(&value.to_string()))
}

fn row(class: &str, cells: &[String]) -> String {
    let class = if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") };
    format!("<tr{class}>{}</tr>\n", cells.concat())
}

/// A table, or a line saying there is nothing.
fn table(out: &mut String, head: &[&str], rows: impl Iterator<Item = String>) {
    let mut rows = rows.peekable();
    if rows.peek().is_none() {
        out.push_str("<p>None in this period.</p>\n");
        return;
    }
    let head: Vec<String> = head.iter().map(|h| format!("<th>{}</th>", escape(h))).collect();
    let _ = write!(out, "<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n", head.concat());
    rows.for_each(|row| out.push_str(&row));
    out.push_str("</tbody>\n</table>\n");
}
