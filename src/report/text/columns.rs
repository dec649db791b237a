//! The column names of the tables the Markdown and HTML reports share. The CSV has its
//! own column names, which stay fixed English identifiers in every language.

/// The sessions table.
pub fn session_columns() -> [String; 12] {
    [
        t!("report-col-date"),
        t!("report-col-week"),
        t!("report-col-session"),
        t!("report-col-how"),
        t!("report-col-status"),
        t!("report-col-pain-before"),
        t!("report-col-pain-after"),
        t!("report-col-next-morning"),
        t!("report-col-verdict"),
        t!("report-col-minutes"),
        t!("report-col-skipped"),
        t!("report-col-notes"),
    ]
}

/// The walks and other activities.
pub fn walk_columns() -> [String; 7] {
    [
        t!("report-col-date"),
        t!("report-col-activity"),
        t!("report-col-how"),
        t!("report-col-minutes"),
        t!("report-col-pain-before"),
        t!("report-col-pain-after"),
        t!("report-col-notes"),
    ]
}

/// The runs the patient took back.
pub fn cancelled_columns() -> [String; 5] {
    [
        t!("report-col-date"),
        t!("report-col-session"),
        t!("report-col-how"),
        t!("report-col-minutes"),
        t!("report-col-reason"),
    ]
}

/// The week-by-week table, with the walking column named as the format has it.
pub fn week_columns(walking: String) -> [String; 10] {
    [
        t!("report-col-week"),
        t!("report-col-dates"),
        t!("report-col-days"),
        t!("report-col-planned"),
        t!("report-col-done"),
        t!("report-col-partly"),
        t!("report-col-missed"),
        walking,
        t!("report-col-target-min"),
        t!("report-col-on-target"),
    ]
}

/// The exercises table, with the sets column named as the format has it.
pub fn exercise_columns(sets: String) -> [String; 8] {
    [
        t!("report-col-exercise"),
        t!("report-col-asked"),
        t!("report-col-done"),
        t!("report-col-skipped"),
        sets,
        t!("report-col-reps"),
        t!("report-col-time"),
        t!("report-col-last-dose"),
    ]
}
