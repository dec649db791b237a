//! `rehabit log`: a walk or another activity done away from the keyboard.

use std::time::Duration;

use super::Context;
use crate::cli::Outcome;
use crate::cli::dates::{describe, parse_length};
use crate::journal::Event;
use crate::program::{Kind, Program, Session, short_duration};

/// Words for walking besides "walk" itself, in the languages of the programmes
/// rehabit is written from.
const WALKING_WORDS: &str = "stroll hike hiking gå gåtur promenad promenade promenere spasertur \
                             spadseretur wandelen wandeling lopen";

pub fn log(
    activity: &str,
    duration: &str,
    date: &str,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    note: Option<String>,
) -> Outcome {
    let activity = activity.trim();
    if activity.is_empty() {
        return Err(t!("cli-log-what"));
    }
    let length = parse_length(duration)?;
    let mut cx = Context::load()?;
    let day = cx.day(date)?;
    let walking = is_walking(activity);
    let session = session_for(cx.program(), walking);
    let id = cx.new_id("log");
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let event = Event::Logged {
        activity: activity.to_string(),
        seconds: length.as_secs(),
        pain_before,
        pain_after,
        note,
    };
    let history = cx.save(cx.entry(day, &session, &id, event))?;
    let (kind, length) = activity_kind(activity, length.as_secs());
    let when = describe(day, cx.today);
    say!(
        "{}",
        t!("cli-log-logged", kind = kind, length = length, activity = activity, when = when, id = &id)
    );
    if session.is_empty() {
        say!("{}", t!("cli-log-no-session"));
        say!("{}", t!("cli-log-kept"));
    } else if let Some(line) = cx.week_line(&history, &session) {
        say!("{line}");
    }
    let assessment =
        history.runs.iter().find(|run| run.id == id).and_then(|run| history.assess(cx.program(), run));
    if let Some(assessment) = assessment {
        say!("{}", assessment.explain());
    }
    Ok(())
}

fn is_walking(activity: &str) -> bool {
    let lower = activity.to_lowercase();
    lower.contains("walk")
        || lower.split(|c: char| !c.is_alphanumeric()).any(|word| WALKING_WORDS.split(' ').any(|w| w == word))
}

/// The session a logged activity counts toward: the first made only of timed
/// activities (walks, cycling...) that holds one of the same kind, else the first made
/// only of timed activities, else none (""). A session that mixes a short march with
/// other exercises is not done by a walk logged afterwards.
fn session_for(program: &Program, walking: bool) -> String {
    let wanted = if walking { Kind::Walking } else { Kind::Activity };
    let kinds = |session: &Session| -> Vec<Kind> {
        session.exercises.iter().filter_map(|id| program.exercise(id)).map(|e| e.kind).collect()
    };
    let timed = |session: &&Session| {
        let kinds = kinds(session);
        !kinds.is_empty() && kinds.iter().all(|kind| kind.is_timed())
    };
    let mut candidates = program.sessions.iter().filter(timed);
    let first = candidates.clone().next();
    candidates
        .find(|session| kinds(session).contains(&wanted))
        .or(first)
        .map(|s| s.key.clone())
        .unwrap_or_default()
}

/// What the texts need to name an activity: `walk` or `other` (for "a 32 min walk" or
/// "45 min of cycling"), and its length in a few words.
pub(in crate::cli) fn activity_kind(activity: &str, seconds: u64) -> (&'static str, String) {
    let kind = if is_walking(activity) { "walk" } else { "other" };
    (kind, short_duration(Duration::from_secs(seconds)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::check;

    #[test]
    fn walks_in_several_languages_are_walks() {
        for word in ["walk", "Walking", "gå", "wandelen", "nordic walking", "promenad", "dog walk"] {
            assert!(is_walking(word), "{word}");
        }
        for word in ["cycling", "swimming", "dancing", "stairs"] {
            assert!(!is_walking(word), "{word}");
        }
    }

    fn programme(name: &str) -> Program {
        check(crate::bundled::find(name).unwrap().source).program.unwrap()
    }

    #[test]
    fn an_activity_counts_toward_a_session_of_timed_activities_only() {
        assert_eq!(session_for(&programme("walking-plan"), true), "Walk");
        assert_eq!(session_for(&programme("walking-plan"), false), "Walk");
        assert_eq!(session_for(&programme("acute-gentle-start"), true), "Short walk");
        assert_eq!(session_for(&programme("core-stability"), true), "Easy walk");
        // Its only timed exercise is a march among mobility exercises.
        assert_eq!(session_for(&programme("morning-mobility"), true), "");
        assert_eq!(session_for(&programme("strength-prevention"), false), "");
    }
}
