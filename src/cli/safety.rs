//! `rehabit safety`: the red-flag questions on the terminal, line by line (or all at once
//! with `--answers`), what they call for, recorded in the journal; and `--clear`, the
//! patient's confirmation that a clinician has cleared them to exercise.

use std::io::{BufRead, IsTerminal};

use chrono::{DateTime, FixedOffset};

use super::Outcome;
use super::patient::{current, recent};
use super::record::save;
use crate::clock::Clock;
use crate::journal::{AskedBecause, Entry, Event, FORMAT_VERSION, ProgramRef, SafetyAnswer};
use crate::paths::Dirs;
use crate::safety::{CONTACT_NOW, Gate, QUESTIONS, Question, SEE_SOON, SafetyOutcome, assess, gate};

/// The questions and their ids, for `rehabit safety --help`.
pub fn questions_help() -> String {
    let mut text = String::from("The questions, in the order --answers takes them:\n");
    for (i, question) in QUESTIONS.iter().enumerate() {
        text.push_str(&format!("  {}. {}\n", i + 1, question.text));
    }
    text.push_str(
        "\nAny yes to questions 1 to 6: stop, contact a doctor now, and no session starts until you\n\
         confirm with `rehabit safety --clear` that a doctor or physiotherapist has cleared you.\n\
         A yes to question 7: book an appointment with your physiotherapist or doctor; you may go on.",
    );
    text
}

pub fn run(answers: Option<Vec<String>>, clear: bool, note: Option<String>) -> Outcome {
    let current = current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let now = Clock::start().now().wall;
    // Read before writing: a journal from a newer rehabit is refused untouched.
    let entries = recent(&dirs, current.started, now)?.entries;
    let program = ProgramRef { title: current.program.about.title.clone(), hash: current.hash.clone() };
    let entry = |event| Entry {
        v: FORMAT_VERSION,
        at: now,
        day: now.date_naive(),
        program: program.clone(),
        session: String::new(),
        run: format!("safety-{}-{}", now.format("%Y%m%dT%H%M%S"), std::process::id()),
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
        .map(|(question, yes)| SafetyAnswer { question: question.id.to_string(), yes })
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
            say!("Thank you. Nothing you answered stops you exercising.");
            say!("If anything changes, answer the questions again: rehabit safety");
        }
        SafetyOutcome::SeeSoon { which } => {
            say!("Please book an appointment.\n\nYou answered yes to:");
            list(which);
            say!("\n{SEE_SOON}");
        }
        SafetyOutcome::ContactNow { which } => {
            say!("Please stop: do not exercise today.\n\nYou answered yes to:");
            list(which);
            say!("\nThis needs a doctor's advice before you exercise.\n{CONTACT_NOW}");
            say!(
                "\nrehabit will not start a session until you confirm that a doctor or physiotherapist \
                 has cleared you to exercise: rehabit safety --clear"
            );
        }
    }
    if let (Gate::Blocked { since, which }, false) =
        (gate(&entries), matches!(outcome, SafetyOutcome::ContactNow { .. }))
    {
        say!("\nBut on {} you answered yes to:", since.format("%A %-d %B"));
        list(&which);
        say!(
            "Sessions wait until you confirm that a doctor or physiotherapist has cleared you to \
             exercise: rehabit safety --clear"
        );
    }
    say!("\nYour answers are saved in your journal, for your physiotherapist's report.");
    Ok(())
}

fn list(which: &[&Question]) {
    for question in which {
        say!("  · {}", question.short);
    }
}

/// `--answers no,no,yes,...`: one yes or no per question, in order.
fn parse_answers(list: &[String]) -> Result<Vec<bool>, String> {
    if list.len() != QUESTIONS.len() {
        return Err(format!(
            "--answers needs {} answers, yes or no, in the order of the questions (see `rehabit safety \
             --help`); it has {}. Nothing was recorded.",
            QUESTIONS.len(),
            list.len()
        ));
    }
    list.iter()
        .enumerate()
        .map(|(i, text)| {
            yes_or_no(text).ok_or_else(|| {
                format!("answer {} of --answers is \"{text}\"; say yes or no. Nothing was recorded.", i + 1)
            })
        })
        .collect()
}

fn yes_or_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    }
}

/// Asks each question on its own line; `b` goes back one.
fn ask_each() -> Result<Vec<bool>, String> {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        say!("The safety questions. Answer each with y (yes) or n (no); b goes back one.\n");
    }
    let mut answers: Vec<bool> = Vec::new();
    let mut lines = std::io::stdin().lock().lines();
    while answers.len() < QUESTIONS.len() {
        let at = answers.len();
        put!("{}/{} {} [y/n] ", at + 1, QUESTIONS.len(), QUESTIONS[at].text);
        let Some(Ok(line)) = lines.next() else {
            say!("");
            return Err(format!("question {} was not answered. Nothing was recorded.", at + 1));
        };
        if !interactive {
            say!("{}", line.trim());
        }
        match (yes_or_no(&line), line.trim()) {
            (Some(yes), _) => answers.push(yes),
            (None, "b" | "B") => {
                answers.pop();
            }
            _ => say!("Please answer y for yes or n for no."),
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
        say!("Nothing to clear: none of your answers is waiting for a clinician's all-clear.");
        return Ok(());
    };
    let when = if since == now.date_naive() {
        "Today".to_string()
    } else {
        since.format("On %A %-d %B").to_string()
    };
    say!("{when} you answered yes to:");
    list(&which);
    say!(
        "\nOnly confirm this if a doctor or physiotherapist knows what you answered (or has seen you \
         since) and has told you that you may do your exercises."
    );
    put!("Has a clinician cleared you to exercise? Type y to confirm: ");
    let mut line = String::new();
    let read = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("could not read your answer: {e}"))?;
    if !std::io::stdin().is_terminal() {
        say!("{}", line.trim());
    }
    if read == 0 || yes_or_no(&line) != Some(true) {
        say!("\nNothing was recorded. Sessions still wait for a clinician's all-clear.");
        return Ok(());
    }
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    save(dirs, &entry(Event::SafetyCleared { note }))?;
    say!(
        "Recorded. Sessions can start again. If anything changes, answer the questions again: rehabit safety"
    );
    Ok(())
}
