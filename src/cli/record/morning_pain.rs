//! `rehabit pain`: the next-morning pain check, and what it says of the day before.

use super::Context;
use super::log_activity::activity_kind;
use crate::cli::Outcome;
use crate::cli::dates::describe;
use crate::journal::{Event, PainMoment};
use crate::program::capitalise;
use crate::progress::{Run, Source, morning_pain_rising};

pub fn morning_pain(score: u8, about: Option<&str>) -> Outcome {
    let mut cx = Context::load()?;
    let day = cx.day(about.unwrap_or("yesterday"))?;
    let id = cx.new_id("pain");
    let history = cx.save(cx.entry(day, "", &id, Event::Pain { moment: PainMoment::NextMorning, score }))?;
    let when = describe(day, cx.today);
    say!("{}", t!("cli-pain-noted", score = score, when = &when, id = &id));
    let judged: Vec<(&Run, String)> = history
        .counted()
        .filter(|run| run.day == day)
        .filter_map(|run| Some((run, history.assess(cx.program(), run)?.explain())))
        .collect();
    if judged.is_empty() {
        if history.counted().any(|run| run.day == day) {
            say!("{}", t!("cli-pain-no-scores", when = &when));
        } else {
            say!("{}", t!("cli-pain-nothing-recorded", when = &when));
        }
    }
    for (run, explanation) in judged {
        say!("{}: {explanation}", run_name(run));
    }
    if morning_pain_rising(&history.morning, cx.today) {
        say!("{}", t!("cli-pain-rising"));
    }
    Ok(())
}

/// A run in a few words: "Morning loosen-up", "Short walk (marked done)", "The 20 min
/// walk logged".
fn run_name(run: &Run) -> String {
    match &run.source {
        Source::Live => run.session.to_string(),
        Source::Marked => t!("cli-run-marked", session = run.session.as_str()),
        Source::Logged { activity } => {
            let (kind, length) = activity_kind(activity, run.seconds);
            capitalise(&t!("cli-run-logged", kind = kind, length = length, activity = activity.as_str()))
        }
    }
}
