//! `rehabit safety`: the red-flag questions on the terminal, line by line (or all at once
//! with `--answers`), what they call for, recorded in the journal; and `--clear`, the
//! patient's confirmation that a clinician has cleared them to exercise.

use std::io::{BufRead, IsTerminal};

use chrono::{DateTime, FixedOffset};

use super::Outcome;
use super::patient::{current, recent};
use super::record::save;
use crate::clock::Clock;
use crate::i18n::{Lang, language};
use crate::journal::{AskedBecause, Entry, Event, FORMAT_VERSION, Name, ProgramRef, SafetyAnswer};
use crate::paths::Dirs;
use crate::safety::{Gate, QUESTIONS, Question, SafetyOutcome, assess, contact_now, gate, see_soon};

/// The questions and what a yes calls for, for `rehabit safety --help`. In the language
/// chosen when the help is built (English while `--help` is read before `--lang`).
pub fn questions_help() -> String {
    let mut text = format!("{}\n", t!("safety-help-questions"));
    for (i, question) in QUESTIONS.iter().enumerate() {
        text.push_str(&format!("  {}. {}\n", i + 1, question.asked()));
    }
    text.push('\n');
    text.push_str(&t!("safety-help-outcomes"));
    text
}

pub fn run(answers: Option<Vec<String>>, clear: bool, note: Option<String>) -> Outcome {
    let current = current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let now = Clock::start().now().wall;
    // Read before writing: a journal from a newer rehabit is refused untouched.
    let entries = recent(&dirs, current.started, now)?.entries;
    let program = ProgramRef::new(&current.program.about.title, &current.hash);
    let entry = |event| Entry {
        v: FORMAT_VERSION,
        at: now,
        day: now.date_naive(),
        program: program.clone(),
        session: Name::default(),
        run: compact_str::format_compact!("safety-{}-{}", now.format("%Y%m%dT%H%M%S"), std::process::id()),
        event,
    };
    if clear {
        return clear_block(&dirs, &entries, now, note, entry);
    }
    let given = match answers {
        Some(list) => parse_answers(&list)?,
        None => ask_each()?,
    };
    let answers: Vec<SafetyAnswer> = QUESTIONS
        .iter()
        .zip(given)
        .map(|(question, yes)| SafetyAnswer { question: question.id.into(), yes })
        .collect();
    let outcome = assess(&answers);
    let event = Event::SafetyAnswered { because: AskedBecause::OnDemand, answers, outcome: outcome.level() };
    let answered = entry(event);
    save(&dirs, &answered)?;
    let mut entries = entries;
    entries.push(answered);
    say!("");
    match &outcome {
        SafetyOutcome::Clear => {
            say!("{}", t!("safety-cli-clear"));
            say!("{}", t!("safety-cli-ask-again"));
        }
        SafetyOutcome::SeeSoon { which } => {
            say!("{}\n\n{}", t!("safety-cli-book-appointment"), t!("safety-yes-to"));
            list(which);
            say!("\n{}", see_soon());
        }
        SafetyOutcome::ContactNow { which } => {
            say!("{}\n\n{}", t!("safety-cli-stop"), t!("safety-yes-to"));
            list(which);
            say!("\n{}\n{}", t!("safety-needs-a-doctor"), contact_now());
            say!("\n{}", t!("safety-cli-until-cleared"));
        }
    }
    if let (Gate::Blocked { since, which }, false) =
        (gate(&entries), matches!(outcome, SafetyOutcome::ContactNow { .. }))
    {
        say!("\n{}", t!("safety-cli-but-on", date = crate::i18n::date(since, "safety-date-answered")));
        list(&which);
        say!("{}", t!("safety-cli-sessions-wait"));
    }
    say!("\n{}", t!("safety-cli-saved"));
    Ok(())
}

fn list(which: &[&Question]) {
    for question in which {
        say!("  · {}", question.named());
    }
}

/// `--answers no,no,yes,...`: one yes or no per question, in order.
fn parse_answers(list: &[String]) -> Result<Vec<bool>, String> {
    if list.len() != QUESTIONS.len() {
        return Err(t!("safety-cli-answers-count", needed = QUESTIONS.len(), given = list.len()));
    }
    list.iter()
        .enumerate()
        .map(|(i, text)| {
            yes_or_no(text)
                .ok_or_else(|| t!("safety-cli-answer-not-yes-no", number = i + 1, text = text.as_str()))
        })
        .collect()
}

/// `--answers` takes yes and no (or y and n), in every language.
fn yes_or_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    }
}

/// A typed answer: yes or no as `--answers` takes them, and the patient's own words
/// where yes is "ja": j or ja, and n, nej, nei or nee.
fn typed_yes_or_no(text: &str) -> Option<bool> {
    let word = text.trim().to_lowercase();
    yes_or_no(&word).or_else(|| match (language(), word.as_str()) {
        (Lang::En, _) => None,
        (_, "j" | "ja") => Some(true),
        (Lang::Sv | Lang::Da, "nej") | (Lang::Nb, "nei") | (Lang::Nl, "nee") => Some(false),
        _ => None,
    })
}

/// Asks each question on its own line; `b` goes back one.
fn ask_each() -> Result<Vec<bool>, String> {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        say!("{}\n", t!("safety-cli-intro"));
    }
    let mut answers: Vec<bool> = Vec::new();
    let mut lines = std::io::stdin().lock().lines();
    while answers.len() < QUESTIONS.len() {
        let at = answers.len();
        let question = QUESTIONS[at].asked();
        put!("{} ", t!("safety-cli-ask", number = at + 1, total = QUESTIONS.len(), question = question));
        let Some(Ok(line)) = lines.next() else {
            say!("");
            return Err(t!("safety-cli-not-answered", number = at + 1));
        };
        if !interactive {
            say!("{}", line.trim());
        }
        match (typed_yes_or_no(&line), line.trim()) {
            (Some(yes), _) => answers.push(yes),
            (None, "b" | "B") => {
                answers.pop();
            }
            _ => say!("{}", t!("safety-cli-answer-y-or-n")),
        }
    }
    Ok(answers)
}

/// `--clear`: after a clear statement, a deliberate `y` records that a clinician has
/// cleared the patient.
fn clear_block(
    dirs: &Dirs,
    entries: &[Entry],
    now: DateTime<FixedOffset>,
    note: Option<String>,
    entry: impl Fn(Event) -> Entry,
) -> Outcome {
    let Gate::Blocked { since, which } = gate(entries) else {
        say!("{}", t!("safety-cli-nothing-to-clear"));
        return Ok(());
    };
    let when = if since == now.date_naive() {
        t!("safety-yes-to-today")
    } else {
        t!("safety-yes-to-on", date = crate::i18n::date(since, "safety-date-answered"))
    };
    say!("{when}");
    list(&which);
    say!("\n{}", t!("safety-cli-confirm-only-if"));
    put!("{} ", t!("safety-cli-confirm"));
    let mut line = String::new();
    let read = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| t!("safety-cli-could-not-read", error = e.to_string()))?;
    if !std::io::stdin().is_terminal() {
        say!("{}", line.trim());
    }
    if read == 0 || typed_yes_or_no(&line) != Some(true) {
        say!("\n{}", t!("safety-cli-not-recorded"));
        return Ok(());
    }
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    save(dirs, &entry(Event::SafetyCleared { note }))?;
    say!("{}", t!("safety-cli-recorded"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{typed_yes_or_no, yes_or_no};
    use crate::i18n::{Lang, use_language_here};

    #[test]
    fn typed_answers_take_the_patients_words_and_y_and_n_everywhere() {
        for lang in Lang::ALL {
            let _speaking = use_language_here(lang);
            let typed = [
                ("y", Some(true)),
                ("Yes", Some(true)),
                ("n", Some(false)),
                (" no ", Some(false)),
                ("b", None),
            ];
            for (typed, meant) in typed {
                assert_eq!(typed_yes_or_no(typed), meant, "{lang}: {typed:?}");
            }
            let local = lang != Lang::En;
            assert_eq!(typed_yes_or_no("j"), local.then_some(true), "{lang}");
            assert_eq!(typed_yes_or_no("Ja"), local.then_some(true), "{lang}");
        }
        let no = [(Lang::Sv, "nej"), (Lang::Nb, "nei"), (Lang::Da, "nej"), (Lang::Nl, "nee")];
        for (lang, word) in no {
            let _speaking = use_language_here(lang);
            assert_eq!(typed_yes_or_no(word), Some(false), "{lang}");
        }
        // --answers keeps its own words in every language.
        let _swedish = use_language_here(Lang::Sv);
        assert_eq!(yes_or_no("ja"), None);
    }
}
