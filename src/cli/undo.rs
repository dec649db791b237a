//! `rehabit undo`: taking back something logged or marked done by mistake, by
//! appending a cancellation. Nothing is rewritten; the history shows both.

use super::Outcome;
use super::dates::describe;
use super::record::{Context, activity_words};
use crate::journal::{Event, read_all};
use crate::progress::{History, Run, Source};

pub fn run(id: Option<&str>, reason: Option<String>) -> Outcome {
    let mut cx = Context::load()?;
    let history = History::from_entries(&cx.entries);
    let run = match id.map(str::trim) {
        Some(id) => find_run(&cx, &history, id)?,
        None => history
            .counted()
            .filter(|run| run.source != Source::Live)
            .last()
            .cloned()
            .ok_or("there is nothing logged or marked done to take back")?,
    };
    if run.source == Source::Live {
        return Err(format!(
            "{} is a session you followed with rehabit open ({}), not one logged or marked done \
             afterwards; `rehabit undo` only takes back what was logged or marked done. Nothing was changed.",
            run.id,
            describe(run.day, cx.today)
        ));
    }
    if run.cancelled.is_some() {
        return Err(format!("{} was already taken back; nothing was changed", run.id));
    }
    let reason = reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    let entry = cx.entry(
        run.day,
        &run.session,
        &cx.new_id("undo"),
        Event::Cancelled { cancels: run.id.clone(), reason },
    );
    cx.save(entry)?;
    let what = match &run.source {
        Source::Logged { activity } => format!("{} logged", activity_words(activity, run.seconds, "the")),
        _ => format!("\"{}\" marked done", run.session),
    };
    say!("Took back {what} for {} (id {}).", describe(run.day, cx.today), run.id);
    say!("It stays in your journal, marked as taken back, and no longer counts.");
    Ok(())
}

/// The run with `id`, from the recent journal or else the whole of it.
fn find_run(cx: &Context, recent: &History, id: &str) -> Result<Run, String> {
    if let Some(run) = recent.runs.iter().find(|run| run.id == id) {
        return Ok(run.clone());
    }
    let all = read_all(&cx.dirs.journal_file()).map_err(|e| e.to_string())?.entries;
    if let Some(run) = History::from_entries(&all).runs.into_iter().find(|run| run.id == id) {
        return Ok(run);
    }
    let morning = all.iter().any(|e| e.run == id && matches!(e.event, Event::Pain { .. }));
    if morning {
        return Err(format!(
            "{id} is a morning pain answer, which can't be taken back; answer again with `rehabit pain N \
             --about DATE` and the latest answer counts"
        ));
    }
    Err(format!("there is nothing with the id \"{id}\" in your journal; nothing was changed"))
}
