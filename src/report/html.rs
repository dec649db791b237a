//! The report as one self-contained HTML page: no external style sheets, scripts,
//! fonts or images, charts as inline SVG, and print styles for A4 that keep rows and
//! charts whole and read well in black and white. Every text from the journal and the
//! programme is escaped.

use super::{Out, Report, RunRow, svg, text};

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

/// The report as an HTML page, written to `out` as it is made.
pub fn render(report: &Report, out: &mut Out) {
    let title = t!("report-title", title = report.program.title.as_str());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        crate::i18n::language().code(),
        escape(&title)
    );
    header(out, report, &title);
    let _ = write!(
        out,
        "<section>\n<h2>{}</h2>\n<figure>{}</figure>\n<figure>{}</figure>\n",
        escape(&t!("report-heading-weeks")),
        svg::sessions(report),
        svg::walking(report)
    );
    let head = text::week_columns(t!("report-col-walked-min"));
    table(
        out,
        &head,
        report.weeks.iter().map(|w| {
            let on_target =
                if w.complete { text::yes_no_label(w.on_target) } else { t!("report-week-not-over") };
            row(
                "",
                &[
                    n(w.week),
                    t(text::days_between(w.monday, w.sunday)),
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
    let _ = writeln!(out, "<p class=\"key\">{}</p>", escape(&text::days_key()));
    let _ = writeln!(
        out,
        "</section>\n<section>\n<h2>{}</h2>\n<p>{}</p>",
        escape(&t!("report-heading-exercises")),
        escape(&t!("report-exercises-intro"))
    );
    let head = text::exercise_columns(t!("report-col-sets-done-asked"));
    table(
        out,
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
                    t(t!("report-level-dose", level = e.last_level, dose = text::dose(&e.last_dose))),
                ],
            )
        }),
    );
    let _ = writeln!(out, "</section>\n<section>\n<h2>{}</h2>", escape(&t!("report-heading-sessions")));
    table(out, &text::session_columns(), report.runs.iter().map(session_row));
    let _ = write!(
        out,
        "</section>\n<section>\n<h2>{}</h2>\n<figure>{}</figure>\n",
        escape(&t!("report-heading-pain")),
        svg::pain(report)
    );
    let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(&text::morning_line(report)));
    let head = [
        t!("report-col-week"),
        t!("report-col-dates"),
        t!("report-col-before-average"),
        t!("report-col-after-average"),
        t!("report-col-next-morning-average"),
    ];
    table(
        out,
        &head,
        report.pain.weeks.iter().map(|w| {
            let sunday = w.monday + chrono::Days::new(6);
            row(
                "",
                &[
                    n(w.week),
                    t(text::days_between(w.monday, sunday)),
                    n(text::average(w.before)),
                    n(text::average(w.after)),
                    n(text::average(w.morning)),
                ],
            )
        }),
    );
    let _ = writeln!(out, "</section>\n<section>\n<h2>{}</h2>", escape(&t!("report-heading-walks")));
    walks(out, report);
    let _ = out.write_str("</section>\n");
    cancelled(out, report);
    red_flags(out, report);
    let footer = t!("report-footer", date = text::day(report.period.today), version = report.format_version);
    let _ = write!(out, "<footer>{}</footer>\n</body>\n</html>\n", escape(&footer));
}

fn red_flags(out: &mut Out, report: &Report) {
    let _ = writeln!(out, "<section class=\"keep\">\n<h2>{}</h2>", escape(&t!("report-heading-red-flags")));
    let rows = text::red_flag_rows(report);
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&text::red_flags_none()));
    } else {
        let _ = writeln!(out, "<p>{}</p>", escape(&text::red_flags_key()));
        // Answers that call for someone stand out, in black and white too.
        let class = |r: &text::RedFlagRow| if r.any_yes { "attention" } else { "" };
        let cells = |[date, because, yes, outcome, cleared]: &[String; 5]| {
            [d(date.clone()), t(because), l(yes), t(outcome), t(cleared)]
        };
        table(out, &text::red_flag_columns(), rows.iter().map(|r| row(class(r), &cells(&r.cells))));
    }
    let _ = out.write_str("</section>\n");
}

fn header(out: &mut Out, report: &Report, title: &str) {
    let program = &report.program;
    let _ = write!(out, "<header class=\"keep\">\n<h1>{}</h1>\n<ul class=\"facts\">\n", escape(title));
    for (name, value) in text::facts(report, str::to_string) {
        let _ = writeln!(out, "<li><strong>{}:</strong> {}</li>", escape(&name), escape(&value));
    }
    let _ = out.write_str("</ul>\n");
    if !program.goals.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", escape(&t!("report-heading-goals")));
        for goal in &program.goals {
            let _ = writeln!(out, "<li>{}</li>", escape(goal));
        }
        let _ = out.write_str("</ul>\n");
    }
    let _ = out.write_str("</header>\n");
}

fn walks(out: &mut Out, report: &Report) {
    let head = text::walk_columns();
    table(
        out,
        &head,
        report.walks.iter().map(|w| {
            let class = if w.cancelled { "cancelled" } else { "" };
            let activity = if w.cancelled {
                t!("report-activity-cancelled", activity = w.activity.as_str())
            } else {
                w.activity.clone()
            };
            row(
                class,
                &[
                    d(text::day_and_date(w.day)),
                    t(activity),
                    t(text::source_label(w.source)),
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
    let status = format!("<td class=\"status\">{}</td>", escape(&text::run_status(run)));
    let cells = [
        d(text::day_and_date(run.day)),
        n(run.week),
        t(&run.session),
        t(text::source_label(run.source)),
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

fn cancelled(out: &mut Out, report: &Report) {
    let taken_back: Vec<&RunRow> = report.runs.iter().filter(|r| r.cancelled).collect();
    if taken_back.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<p>{}</p>",
        escape(&t!("report-heading-cancelled")),
        escape(&t!("report-cancelled-intro"))
    );
    let head = text::cancelled_columns();
    table(
        out,
        &head,
        taken_back.iter().map(|r| {
            row(
                "",
                &[
                    d(text::day_and_date(r.day)),
                    t(r.activity.as_deref().unwrap_or(&r.session)),
                    t(text::source_label(r.source)),
                    n(r.minutes),
                    l(r.cancel_reason.as_deref().unwrap_or("")),
                ],
            )
        }),
    );
    let _ = out.write_str("</section>\n");
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
fn table(out: &mut Out, head: &[String], rows: impl Iterator<Item = String>) {
    let mut rows = rows.peekable();
    if rows.peek().is_none() {
        let _ = writeln!(out, "<p>{}</p>", escape(&t!("report-none")));
        return;
    }
    let head: Vec<String> = head.iter().map(|h| format!("<th>{}</th>", escape(h))).collect();
    let _ = write!(out, "<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n", head.concat());
    rows.for_each(|row| {
        let _ = out.write_str(&row);
    });
    let _ = out.write_str("</tbody>\n</table>\n");
}
