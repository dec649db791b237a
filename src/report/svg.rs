//! The report's charts as inline SVG: readable printed in black and white (outlines,
//! dashes and marker shapes rather than colours) and labelled with text.

use std::fmt::Write;

use chrono::NaiveDate;

use super::html::escape;
use super::{PainDay, Report, WeekRow};

const WIDTH: f64 = 680.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 48.0;
const BOTTOM: f64 = 40.0;
/// The width of the drawing area.
const INNER: f64 = WIDTH - LEFT - RIGHT;

/// How each class of mark looks, as SVG presentation attributes: the charts look the
/// same wherever the SVG goes (a browser, a PDF converter, an image viewer), whether
/// or not the page's style sheet reaches it. Black, white and greys only.
const LOOKS: [(&str, &str); 18] = [
    ("heading", r#"font-size="12" font-weight="bold""#),
    ("tick", r#"font-size="10""#),
    ("value", r#"font-size="10""#),
    ("empty", r#"font-size="13" font-style="italic""#),
    ("grid", r##"stroke="#bbb" stroke-width="0.5""##),
    ("axis", r##"stroke="#000" stroke-width="1""##),
    ("planned", r##"fill="#fff" stroke="#000" stroke-width="1.2""##),
    ("done", r##"fill="#000""##),
    ("walked", r##"fill="#888" stroke="#000" stroke-width="1""##),
    ("target", r##"stroke="#000" stroke-width="2.5" stroke-dasharray="6 3""##),
    ("safe", r##"fill="#eee""##),
    ("band", r##"stroke="#000" stroke-width="0.8" stroke-dasharray="2 2""##),
    ("before", r##"fill="none" stroke="#000" stroke-width="1.5""##),
    ("after", r##"fill="none" stroke="#000" stroke-width="1.5" stroke-dasharray="6 3""##),
    ("morning", r##"fill="none" stroke="#000" stroke-width="1.5" stroke-dasharray="1.5 2.5""##),
    ("mark-before", r##"fill="#fff" stroke="#000""##),
    ("mark-after", r##"fill="#000""##),
    ("mark-morning", r##"fill="#fff" stroke="#000""##),
];

/// Picks one of a day's pain scores.
type Score = fn(&PainDay) -> Option<u8>;

/// A chart's drawing area, with values from 0 to `y_max` upwards.
struct Plot {
    y_max: f64,
    out: String,
}

impl Plot {
    fn new(id: &str, title: &str, y_max: f64) -> Plot {
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{id}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" role="img" aria-labelledby="{id}-title"><title id="{id}-title">{}</title>"#,
            escape(title)
        );
        let _ = write!(out, r#"<text x="{LEFT}" y="14" class="heading">{}</text>"#, escape(title));
        Plot { y_max: y_max.max(1.0), out }
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (1.0 - value / self.y_max) * (HEIGHT - TOP - BOTTOM)
    }

    /// Grid lines and labels at each of `ticks`, and the axis's name.
    fn y_axis(&mut self, ticks: &[f64], name: &str) {
        for &tick in ticks {
            let y = self.y(tick);
            let right = WIDTH - RIGHT;
            let _ = write!(
                self.out,
                r#"<line x1="{LEFT}" y1="{y:.1}" x2="{right}" y2="{y:.1}" class="grid"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{tick}</text>"#,
                LEFT - 4.0,
                y + 3.0
            );
        }
        let middle = (TOP + HEIGHT - BOTTOM) / 2.0;
        let _ = write!(
            self.out,
            r#"<text x="10" y="{middle:.1}" class="tick" text-anchor="middle" transform="rotate(-90 10 {middle:.1})">{}</text>"#,
            escape(name)
        );
    }

    /// A label under the x axis, in two lines, centred on `x` (or ending there, at the
    /// right edge).
    fn x_label(&mut self, x: f64, first: &str, second: &str) {
        let y = HEIGHT - BOTTOM + 14.0;
        let anchor = if x > WIDTH - RIGHT - 20.0 { "end" } else { "middle" };
        let _ = write!(
            self.out,
            r#"<text x="{x:.1}" y="{y:.1}" class="tick" text-anchor="{anchor}">{}<tspan x="{x:.1}" dy="12">{}</tspan></text>"#,
            escape(first),
            escape(second)
        );
    }

    /// A key entry at `slot` (0, 1, 2 from the left, under the title), with its sample
    /// drawn by `sample`.
    fn key(&mut self, slot: u32, sample: &str, label: &str) {
        let x = LEFT + 140.0 * f64::from(slot);
        let _ = write!(
            self.out,
            r#"<g transform="translate({x:.1} 22)">{sample}<text x="26" y="9" class="tick">{}</text></g>"#,
            escape(label)
        );
    }

    fn empty(&mut self, message: &str) {
        let _ = write!(
            self.out,
            r#"<text x="{:.1}" y="{:.1}" class="empty" text-anchor="middle">{}</text>"#,
            LEFT + INNER / 2.0,
            TOP + (HEIGHT - TOP - BOTTOM) * 0.3,
            escape(message)
        );
    }

    fn finish(mut self) -> String {
        let bottom = HEIGHT - BOTTOM;
        let _ = write!(
            self.out,
            r#"<line x1="{LEFT}" y1="{bottom}" x2="{}" y2="{bottom}" class="axis"/></svg>"#,
            WIDTH - RIGHT
        );
        LOOKS.iter().fold(self.out, |svg, (class, look)| {
            let class = format!(r#"class="{class}""#);
            svg.replace(&class, &format!("{class} {look}"))
        })
    }
}

/// Up to about ten round ticks from 0 to at least `max`.
fn ticks(max: u32) -> (f64, Vec<f64>) {
    let step = [1, 2, 5, 10, 15, 20, 30, 50, 60, 100, 150, 200, 300, 500]
        .into_iter()
        .find(|step| max.div_ceil(*step) <= 8)
        .unwrap_or(1000);
    let top = max.div_ceil(step).max(1) * step;
    (f64::from(top), (0..=top / step).map(|i| f64::from(i * step)).collect())
}

/// Labels under each week, or every few weeks when there are many.
fn week_labels(plot: &mut Plot, weeks: &[WeekRow]) -> f64 {
    let slot = INNER / weeks.len().max(1) as f64;
    let every = weeks.len().div_ceil(13).max(1);
    for (i, week) in weeks.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let x = LEFT + slot * (i as f64 + 0.5);
        let day_month = crate::i18n::date(week.monday, "report-chart-day-month");
        plot.x_label(x, &t!("report-chart-week", week = week.week), &day_month);
    }
    slot
}

fn bar(x: f64, width: f64, top: f64, bottom: f64, class: &str) -> String {
    format!(
        r#"<rect x="{x:.1}" y="{top:.1}" width="{width:.1}" height="{:.1}" class="{class}"/>"#,
        bottom - top
    )
}

/// A value above a bar, when there is room for it.
fn value(x: f64, y: f64, value: u32, room: bool) -> String {
    if !room {
        return String::new();
    }
    format!(r#"<text x="{x:.1}" y="{:.1}" class="value" text-anchor="middle">{value}</text>"#, y - 3.0)
}

/// Sessions planned and done each week, as pairs of bars.
pub fn sessions(report: &Report) -> String {
    let weeks = &report.weeks;
    let most = weeks.iter().map(|w| w.planned.max(w.done)).max().unwrap_or(0);
    let (y_max, ticks) = ticks(most);
    let mut plot = Plot::new("chart-sessions", &t!("report-chart-sessions"), y_max);
    plot.y_axis(&ticks, &t!("report-chart-sessions-axis"));
    plot.key(0, &bar(0.0, 18.0, 0.0, 10.0, "planned"), &t!("report-chart-planned"));
    plot.key(1, &bar(0.0, 18.0, 0.0, 10.0, "done"), &t!("report-chart-done"));
    if weeks.is_empty() {
        plot.empty(&t!("report-chart-no-weeks"));
    }
    let slot = week_labels(&mut plot, weeks);
    let bottom = plot.y(0.0);
    let room = weeks.len() <= 26;
    for (i, week) in weeks.iter().enumerate() {
        let x = LEFT + slot * i as f64;
        let width = slot * 0.35;
        let (planned, done) = (plot.y(f64::from(week.planned)), plot.y(f64::from(week.done)));
        let drawn = [
            bar(x + slot * 0.12, width, planned, bottom, "planned"),
            value(x + slot * 0.12 + width / 2.0, planned, week.planned, room),
            bar(x + slot * 0.53, width, done, bottom, "done"),
            value(x + slot * 0.53 + width / 2.0, done, week.done, room),
        ];
        plot.out.push_str(&drawn.concat());
    }
    plot.finish()
}

/// Walking minutes each week as bars, with the week's target as a dashed line.
pub fn walking(report: &Report) -> String {
    let weeks = &report.weeks;
    let most = weeks.iter().map(|w| w.walking_minutes.max(w.walking_target.unwrap_or(0))).max().unwrap_or(0);
    let (y_max, ticks) = ticks(most);
    let mut plot = Plot::new("chart-walking", &t!("report-chart-walking"), y_max);
    plot.y_axis(&ticks, &t!("report-chart-minutes-axis"));
    plot.key(0, &bar(0.0, 18.0, 0.0, 10.0, "walked"), &t!("report-chart-walked"));
    plot.key(1, r#"<line x1="0" y1="5" x2="20" y2="5" class="target"/>"#, &t!("report-chart-target"));
    if weeks.iter().all(|w| w.walking_minutes == 0 && w.walking_target.is_none()) {
        plot.empty(&t!("report-chart-no-walking"));
    }
    let slot = week_labels(&mut plot, weeks);
    let bottom = plot.y(0.0);
    let room = weeks.len() <= 26;
    for (i, week) in weeks.iter().enumerate() {
        let x = LEFT + slot * i as f64;
        let top = plot.y(f64::from(week.walking_minutes));
        let drawn = [
            bar(x + slot * 0.2, slot * 0.6, top, bottom, "walked"),
            value(x + slot * 0.5, top, week.walking_minutes, room && week.walking_minutes > 0),
        ];
        plot.out.push_str(&drawn.concat());
        if let Some(target) = week.walking_target {
            let y = plot.y(f64::from(target));
            let _ = write!(
                plot.out,
                r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" class="target"><title>{}</title></line>"#,
                x + 1.0,
                x + slot - 1.0,
                escape(&t!("report-chart-target-minutes", minutes = target))
            );
        }
    }
    plot.finish()
}

/// Pain before, after and the next morning, day by day, as three lines.
pub fn pain(report: &Report) -> String {
    let (from, to) = (report.period.from, report.period.to);
    let mut plot = Plot::new("chart-pain", &t!("report-chart-pain"), 10.0);
    let bands = report.program.pain_bands;
    let (safe, acceptable) = (plot.y(f64::from(bands.safe_up_to)), plot.y(f64::from(bands.acceptable_up_to)));
    let _ = write!(
        plot.out,
        r#"<rect x="{LEFT}" y="{safe:.1}" width="{:.1}" height="{:.1}" class="safe"/>"#,
        INNER,
        plot.y(0.0) - safe
    );
    plot.y_axis(&[0.0, 2.0, 4.0, 6.0, 8.0, 10.0], &t!("report-chart-pain-axis"));
    let _ = write!(
        plot.out,
        r#"<line x1="{LEFT}" y1="{acceptable:.1}" x2="{}" y2="{acceptable:.1}" class="band"/><text x="{}" y="{:.1}" class="tick" text-anchor="end">{}</text>"#,
        WIDTH - RIGHT,
        WIDTH - RIGHT - 2.0,
        acceptable - 3.0,
        escape(&t!("report-chart-acceptable", acceptable = bands.acceptable_up_to))
    );
    let span = u32::try_from((to - from).num_days()).unwrap_or(0);
    // A little room at each end, so the first and last points clear the axis and the edge.
    let x = |day: NaiveDate| {
        LEFT + 8.0 + (day - from).num_days() as f64 / f64::from(span.max(1)) * (INNER - 16.0)
    };
    let ticks = span.min(6);
    for i in 0..=ticks {
        let day = from + chrono::Days::new(u64::from((i * span).checked_div(ticks).unwrap_or(0)));
        let day_month = crate::i18n::date(day, "report-chart-day-month");
        plot.x_label(x(day), &day_month, &day.format("%Y").to_string());
    }
    let series: [(&str, String, Score); 3] = [
        ("before", t!("report-chart-before"), |d| d.before),
        ("after", t!("report-chart-after"), |d| d.after),
        ("morning", t!("report-chart-morning"), |d| d.morning),
    ];
    for (slot, (class, label, score)) in series.into_iter().enumerate() {
        let sample =
            format!(r#"<line x1="0" y1="5" x2="20" y2="5" class="{class}"/>{}"#, marker(class, 10.0, 5.0));
        plot.key(slot as u32, &sample, &label);
        let points: Vec<(f64, f64)> =
            report.pain.days.iter().filter_map(|d| Some((x(d.day), plot.y(f64::from(score(d)?))))).collect();
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(plot.out, r#"<polyline points="{}" class="{class}"/>"#, path.join(" "));
        // Past a few months of days, markers would only blur the lines.
        for (x, y) in points.iter().filter(|_| points.len() <= 120) {
            plot.out.push_str(&marker(class, *x, *y));
        }
    }
    if report.pain.days.is_empty() {
        plot.empty(&t!("report-chart-no-pain"));
    }
    plot.finish()
}

/// A marker shape for each line, so they tell apart in black and white.
fn marker(class: &str, x: f64, y: f64) -> String {
    match class {
        "before" => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="3" class="mark-before"/>"#),
        "after" => format!(
            r#"<rect x="{:.1}" y="{:.1}" width="6" height="6" class="mark-after"/>"#,
            x - 3.0,
            y - 3.0
        ),
        _ => format!(
            r#"<path d="M{x:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z" class="mark-morning"/>"#,
            y - 4.0,
            x + 4.0,
            y + 3.0,
            x - 4.0,
            y + 3.0
        ),
    }
}
