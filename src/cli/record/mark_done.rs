//! `rehabit done`: a whole session done away from the keyboard, marked afterwards.

use super::Context;
use crate::cli::Outcome;
use crate::cli::dates::describe;
use crate::journal::{Asked, DoseRecord, Event};
use crate::plan::dose_in_week;
use crate::program::choice::{closest, quoted_list};
use crate::program::{Program, Session};
use crate::progress::History;

pub fn mark_done(session: &str, date: &str) -> Outcome {
    let mut cx = Context::load()?;
    let program = cx.program();
    let found = find_session(program, session)?;
    let day = cx.day(date)?;
    let history = History::from_entries(&cx.entries);
    // The doses the pain-monitoring model allowed that day.
    let week = history.load_on(program, cx.start, day).week;
    let planned: Vec<Asked> = found
        .exercises
        .iter()
        .enumerate()
        .filter_map(|(position, id)| {
            let exercise = program.exercise(id)?;
            let (level, dose) = dose_in_week(exercise, week);
            Some(Asked { exercise: id.clone().into(), position, level, dose: DoseRecord::from(&dose) })
        })
        .collect();
    let already = history.counted().any(|run| run.session == found.key && run.day == day);
    let has_timed = found.exercises.iter().filter_map(|id| program.exercise(id)).any(|e| e.kind.is_timed());
    let (name, key) = (found.name.clone(), found.key.clone());
    let count = planned.len();
    let id = cx.new_id("done");
    let history = cx.save(cx.entry(day, &key, &id, Event::MarkedDone { planned: planned.into() }))?;
    let when = describe(day, cx.today);
    say!("{}", t!("cli-done-marked", session = &name, when = when, count = count, id = &id));
    if already {
        say!("{}", t!("cli-done-already"));
    }
    if let Some(line) = cx.week_line(&history, &key) {
        say!("{line}");
    }
    if has_timed {
        say!("{}", t!("cli-done-log-instead"));
    }
    Ok(())
}

/// The programme's session called `name`, ignoring case, or a did-you-mean.
fn find_session<'a>(program: &'a Program, name: &str) -> Result<&'a Session, String> {
    let wanted = name.trim().to_lowercase();
    if let Some(found) = program.sessions.iter().find(|s| s.is_called(&wanted)) {
        return Ok(found);
    }
    let names: Vec<&str> = program.sessions.iter().map(|s| s.name.as_str()).collect();
    let lowered: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let name = name.trim();
    Err(match closest(&wanted, lowered.iter().map(String::as_str)) {
        Some(near) => {
            let index = lowered.iter().position(|l| l == near).unwrap_or(0);
            t!("cli-session-unknown-near", name = name, near = names[index])
        }
        None => t!("cli-session-unknown", name = name, sessions = quoted_list(&names)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::check;

    #[test]
    fn a_session_is_found_ignoring_case_or_a_near_miss_is_suggested() {
        let program = check(crate::bundled::find("acute-gentle-start").unwrap().source).program.unwrap();
        assert_eq!(find_session(&program, " morning LOOSEN-up ").unwrap().name, "Morning loosen-up");
        let error = find_session(&program, "Mornig lossen-up").unwrap_err();
        assert!(error.contains("did you mean \"Morning loosen-up\"?"), "{error}");
        let error = find_session(&program, "yoga").unwrap_err();
        assert!(error.contains("\"Morning loosen-up\", \"Short walk\" or \"Evening wind-down\""), "{error}");
    }
}
