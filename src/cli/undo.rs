//! `rehabit undo`: taking back something logged or marked done by mistake, by
//! appending a cancellation. Nothing is rewritten; the history shows both.

use super::Outcome;
use super::dates::describe;
use super::record::{Context, activity_kind};
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
            .ok_or_else(|| t!("cli-undo-nothing"))?,
    };
    if run.source == Source::Live {
        return Err(t!("cli-undo-live", id = run.id.as_str(), when = describe(run.day, cx.today)));
    }
    if run.cancelled.is_some() {
        return Err(t!("cli-undo-already", id = run.id.as_str()));
    }
    let reason = reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    let entry = cx.entry(
        run.day,
        &run.session,
        &cx.new_id("undo"),
        Event::Cancelled { cancels: run.id.clone(), reason },
    );
    cx.save(entry)?;
    let when = describe(run.day, cx.today);
    let id = run.id.as_str();
    let took_back = match &run.source {
        Source::Logged { activity } => {
            let (kind, length) = activity_kind(activity, run.seconds);
            t!(
                "cli-undo-took-back-logged",
                kind = kind,
                length = length,
                activity = activity.as_str(),
                when = when,
                id = id
            )
        }
        _ => {
            let session = cx.program().session_name(&run.session);
            t!("cli-undo-took-back-marked", session = session, when = when, id = id)
        }
    };
    say!("{took_back}");
    say!("{}", t!("cli-undo-stays"));
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
        return Err(t!("cli-undo-morning", id = id));
    }
    Err(t!("cli-undo-unknown", id = id))
}
