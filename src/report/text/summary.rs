//! The facts at the top of the report: the period, the programme, and the period in a
//! few figures.

use crate::report::Report;

/// The report's facts as (label, value), in order. Text from the programme and the
/// journal goes through `escape` (Markdown's, or none for HTML, which escapes it all).
pub fn facts(report: &Report, escape: fn(&str) -> String) -> Vec<(String, String)> {
    let mut facts = vec![
        (t!("report-label-period"), period_line(report)),
        (t!("report-label-programme"), programme_line(report, escape)),
    ];
    facts.extend(versions_line(report).map(|versions| (t!("report-label-versions"), escape(&versions))));
    facts.extend([
        (t!("report-label-sessions"), sessions_line(report)),
        (t!("report-label-walking"), walking_line(report)),
        (t!("report-label-weeks-on-target"), weeks_on_target_line(report)),
        (t!("report-label-pain-bands"), bands_line(report)),
        (t!("report-label-pain"), morning_line(report)),
    ]);
    facts
}

/// "2026-12-01 to 2026-12-21 (21 days), made on 2026-12-22"
fn period_line(report: &Report) -> String {
    let period = &report.period;
    let (from, to, today) = (super::day(period.from), super::day(period.to), super::day(period.today));
    t!("report-period", from = from, to = to, days = period.days, today = today)
}

/// "Back pain basics, by Åsa, for subacute back pain; started 2026-12-01; version a1b2",
/// with the title and the author passed through `escape` (for Markdown or nothing).
fn programme_line(report: &Report, escape: fn(&str) -> String) -> String {
    let program = &report.program;
    let author =
        program.author.as_deref().map(|a| t!("report-by-author", author = escape(a))).unwrap_or_default();
    let phase = program.phase.map(|p| t!("report-for-phase", phase = p.to_string())).unwrap_or_default();
    let (title, start) = (escape(&program.title), super::day(program.start));
    t!(
        "report-programme",
        title = title,
        author = author,
        phase = phase,
        start = start,
        hash = program.hash.as_str()
    )
}

/// "12 of 14 planned sessions done, 1 partly, 1 missed"
fn sessions_line(report: &Report) -> String {
    let s = &report.summary;
    t!("report-sessions", done = s.done, planned = s.planned, partly = s.partly, missed = s.missed)
}

/// "95 of 120 minutes", or "95 minutes" without a target.
fn walking_line(report: &Report) -> String {
    let s = &report.summary;
    match s.walking_target {
        Some(target) => t!("report-walking", minutes = s.walking_minutes, target = target),
        None => t!("report-walking-no-target", minutes = s.walking_minutes),
    }
}

/// "1 of 3"
fn weeks_on_target_line(report: &Report) -> String {
    let s = &report.summary;
    t!("report-weeks-on-target", on_target = s.weeks_on_target, weeks = s.weeks)
}

/// "safe up to 2, acceptable up to 5; the dose steps up only while pain allows"
fn bands_line(report: &Report) -> String {
    let bands = report.program.pain_bands;
    let (safe, acceptable) = (bands.safe_up_to, bands.acceptable_up_to);
    if bands.guides_progression {
        t!("report-bands-guide", safe = safe, acceptable = acceptable)
    } else {
        t!("report-bands-fixed", safe = safe, acceptable = acceptable)
    }
}

pub fn morning_line(report: &Report) -> String {
    if report.pain.morning_rising { t!("report-morning-rising") } else { t!("report-morning-steady") }
}

/// The programme's versions in the period, when it changed: "a1b2 (2026-12-01 to …)".
fn versions_line(report: &Report) -> Option<String> {
    let versions = &report.program.versions;
    if versions.len() < 2 && versions.iter().all(|v| v.current) {
        return None;
    }
    let each: Vec<String> = versions
        .iter()
        .map(|v| {
            let (title, hash) = (v.title.as_str(), v.hash.as_str());
            let (from, to) = (super::day(v.first_day), super::day(v.last_day));
            if v.current {
                t!("report-version-current", title = title, hash = hash, from = from, to = to)
            } else {
                t!("report-version", title = title, hash = hash, from = from, to = to)
            }
        })
        .collect();
    Some(each.join("; "))
}
