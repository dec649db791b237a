//! The safety decisions, with hand-made journals and times: what each red-flag question
//! calls for, when sessions are blocked and when a clinician's all-clear lifts the
//! block, when the questions are asked again, and the stop rule ("this hurts") in the
//! pure core and in the session state machine.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rehabit::i18n::{self, Lang};
use rehabit::journal::{
    AskedBecause, Ending, Entry, Event, FORMAT_VERSION, HurtAdvice, PainMoment, ProgramRef, SafetyAnswer,
    SafetyLevel,
};
use rehabit::program::{PainBands, Program, check};
use rehabit::safety::{
    Gate, QUESTIONS, SafetyOutcome, Urgency, assess, far_out_from, first_start_due, gate, question,
    reask_due, stop_rule,
};
use rehabit::session::{Context, Effect, Key, Now, Prompt, SessionRun, Stage, lay_out};

const TITLE: &str = "Back basics";

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a valid test time")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a valid test date")
}

fn entry_for(title: &str, when: &str, event: Event) -> Entry {
    let at = at(when);
    Entry {
        v: FORMAT_VERSION,
        at,
        day: at.date_naive(),
        program: ProgramRef { title: title.into(), hash: "0123abcd".into() }.into(),
        session: Default::default(),
        run: format!("r-{when}").into(),
        event,
    }
}

fn entry(when: &str, event: Event) -> Entry {
    entry_for(TITLE, when, event)
}

/// Every question answered, "yes" to those in `yes`.
fn answers(yes: &[&str]) -> Vec<SafetyAnswer> {
    QUESTIONS.iter().map(|q| SafetyAnswer { question: q.id.into(), yes: yes.contains(&q.id) }).collect()
}

fn answered(when: &str, yes: &[&str]) -> Entry {
    let answers = answers(yes);
    let outcome = assess(&answers).level();
    entry(when, Event::SafetyAnswered { because: AskedBecause::OnDemand, answers, outcome })
}

fn cleared(when: &str) -> Entry {
    entry(when, Event::SafetyCleared { note: Some("seen by Dr Berg".into()) })
}

fn pain(when: &str, moment: PainMoment, score: u8) -> Entry {
    entry(when, Event::Pain { moment, score })
}

fn ids(which: &[&rehabit::safety::Question]) -> Vec<&'static str> {
    which.iter().map(|q| q.id).collect()
}

fn bands(safe_up_to: u8, acceptable_up_to: u8) -> PainBands {
    PainBands { safe_up_to, acceptable_up_to, guides_progression: true }
}

// The questions and what they call for.

#[test]
fn each_question_has_an_id_and_an_urgency() {
    let table: Vec<(&str, Urgency)> = QUESTIONS.iter().map(|q| (q.id, q.urgency)).collect();
    assert_eq!(
        table,
        [
            ("numbness", Urgency::ContactNow),
            ("bladder-bowel", Urgency::ContactNow),
            ("leg-weakness", Urgency::ContactNow),
            ("fever-weight-loss", Urgency::ContactNow),
            ("accident", Urgency::ContactNow),
            ("cancer-osteoporosis", Urgency::ContactNow),
            ("not-easing", Urgency::SeeSoon),
        ]
    );
    for q in &QUESTIONS {
        assert_eq!(question(q.id).map(|found| found.id), Some(q.id));
        assert!(q.text.ends_with('?'), "{} is asked as a question", q.id);
        assert!(!q.short.is_empty());
    }
    assert!(question("no-such-question").is_none());
}

/// What a text must never say, in each language: a name of what it might be (or "you
/// have a …", "this is a …"). The same words in every language, and the Latin ones.
fn naming_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => {
            &["cauda", "syndrome", "fracture", "tumour", "tumor", "infection", "you have a", "this is a"]
        }
        Lang::Sv => &[
            "cauda",
            "syndrom",
            "fraktur",
            "benbrott",
            "tumör",
            "infektion",
            "du har en",
            "du har ett",
            "det här är en",
            "detta är en",
        ],
        Lang::Nb => &[
            "cauda",
            "syndrom",
            "fraktur",
            "brudd",
            "tumor",
            "svulst",
            "infeksjon",
            "du har en",
            "du har et",
            "dette er en",
            "dette er et",
        ],
        Lang::Da => &[
            "cauda",
            "syndrom",
            "fraktur",
            "knoglebrud",
            "tumor",
            "svulst",
            "infektion",
            "du har en",
            "du har et",
            "det er en",
            "dette er en",
        ],
        Lang::Nl => &[
            "cauda",
            "syndroom",
            "fractuur",
            "breuk",
            "tumor",
            "gezwel",
            "infectie",
            "je hebt een",
            "u heeft een",
            "dit is een",
            "het is een",
        ],
    }
}

#[test]
fn rehabit_never_diagnoses_in_its_safety_texts() {
    for lang in Lang::ALL {
        let _speaking = i18n::use_language_here(lang);
        let texts = QUESTIONS
            .iter()
            .flat_map(|q| [q.asked(), q.named()])
            .chain(rehabit::safety::statement())
            .chain([rehabit::safety::contact_now(), rehabit::safety::see_soon()]);
        // The English kept beside each id (for the report) too.
        let english = QUESTIONS.iter().flat_map(|q| [q.text, q.short]).map(str::to_string);
        for text in texts.chain(english) {
            let lower = text.to_lowercase();
            for word in naming_words(lang).iter().chain(naming_words(Lang::En)) {
                assert!(!lower.contains(word), "{lang}: {text:?} names what it might be ({word})");
            }
        }
    }
}

/// Every question is asked as a question, and named in a few words, in every language.
#[test]
fn every_language_asks_every_question() {
    for lang in Lang::ALL {
        let _speaking = i18n::use_language_here(lang);
        for q in &QUESTIONS {
            let asked = q.asked();
            assert!(asked.ends_with('?'), "{lang}: {} is asked as a question: {asked:?}", q.id);
            assert!(!q.named().is_empty() && !q.named().ends_with('?'), "{lang}: {}", q.id);
            if lang != Lang::En {
                assert_ne!(asked, q.text, "{lang}: {} is translated", q.id);
            }
        }
    }
}

#[test]
fn the_readme_says_what_rehabit_is_and_is_not_as_the_first_run_does() {
    let _english = i18n::use_language_here(Lang::En);
    let readme = std::fs::read_to_string("README.md").expect("the README");
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let section = readme.split("## What rehabit is, and what it is not\n").nth(1).expect("the section");
    let section = flat(section.split("\n## ").next().unwrap_or(section));
    // The last paragraph leads into the questions, on the first run only.
    for paragraph in &rehabit::safety::statement()[..3] {
        assert!(section.contains(&flat(paragraph)), "the README says {paragraph:?}");
    }
}

#[test]
fn no_yes_is_clear() {
    assert_eq!(assess(&answers(&[])), SafetyOutcome::Clear);
    assert_eq!(assess(&answers(&[])).level(), SafetyLevel::Clear);
}

#[test]
fn any_urgent_yes_alone_calls_for_a_doctor_now() {
    for q in QUESTIONS.iter().filter(|q| q.urgency == Urgency::ContactNow) {
        match assess(&answers(&[q.id])) {
            SafetyOutcome::ContactNow { which } => assert_eq!(ids(&which), [q.id]),
            other => panic!("a yes to {} gave {other:?}", q.id),
        }
    }
}

#[test]
fn pain_not_easing_alone_calls_for_an_appointment_soon() {
    let outcome = assess(&answers(&["not-easing"]));
    assert_eq!(outcome.level(), SafetyLevel::SeeSoon);
    let SafetyOutcome::SeeSoon { which } = outcome else { unreachable!() };
    assert_eq!(ids(&which), ["not-easing"]);
}

#[test]
fn an_urgent_yes_wins_over_the_non_urgent_one_and_lists_only_the_urgent() {
    let outcome = assess(&answers(&["not-easing", "accident", "bladder-bowel"]));
    let SafetyOutcome::ContactNow { which } = outcome else { panic!("{outcome:?}") };
    assert_eq!(ids(&which), ["bladder-bowel", "accident"], "in the questions' order");
}

#[test]
fn answers_to_unknown_questions_are_left_out() {
    let strange = [SafetyAnswer { question: "from-a-newer-rehabit".into(), yes: true }];
    assert_eq!(assess(&strange), SafetyOutcome::Clear);
}

// Whether sessions may start.

#[test]
fn any_urgent_yes_blocks_sessions_and_a_non_urgent_one_does_not() {
    let today = "2026-03-11T09:00:00+01:00";
    assert_eq!(gate(&[]), Gate::Open);
    assert_eq!(gate(&[answered(today, &[])]), Gate::Open);
    assert_eq!(gate(&[answered(today, &["not-easing"])]), Gate::Open);
    for q in QUESTIONS.iter().filter(|q| q.urgency == Urgency::ContactNow) {
        let Gate::Blocked { since, which } = gate(&[answered(today, &[q.id])]) else {
            panic!("a yes to {} blocks", q.id)
        };
        assert_eq!((since, ids(&which)), (date("2026-03-11"), vec![q.id]));
    }
}

#[test]
fn a_block_stays_on_later_days_until_a_clinician_clears_it() {
    let journal = [answered("2026-03-11T09:00:00+01:00", &["leg-weakness"])];
    let Gate::Blocked { since, .. } = gate(&journal) else { panic!("blocked") };
    assert_eq!(since, date("2026-03-11"), "still blocked the days after, since the day of the answer");

    // New answers that all come back clear do not lift it: only a clearance does.
    let mut journal = journal.to_vec();
    journal.push(answered("2026-03-12T09:00:00+01:00", &[]));
    assert!(gate(&journal).is_blocked());
}

#[test]
fn a_clearance_unblocks_that_day_and_is_remembered() {
    let mut journal =
        vec![answered("2026-03-11T09:00:00+01:00", &["accident"]), cleared("2026-03-11T15:00:00+01:00")];
    assert_eq!(gate(&journal), Gate::Open, "cleared the same day");
    journal.push(pain("2026-03-12T09:00:00+01:00", PainMoment::Before, 3));
    journal.push(answered("2026-03-13T09:00:00+01:00", &["not-easing"]));
    assert_eq!(gate(&journal), Gate::Open, "remembered on the days after");
}

#[test]
fn a_new_urgent_yes_after_a_clearance_blocks_again() {
    let journal = [
        answered("2026-03-11T09:00:00+01:00", &["accident"]),
        cleared("2026-03-11T15:00:00+01:00"),
        answered("2026-03-14T09:00:00+01:00", &["fever-weight-loss"]),
    ];
    let Gate::Blocked { since, which } = gate(&journal) else { panic!("blocked again") };
    assert_eq!((since, ids(&which)), (date("2026-03-14"), vec!["fever-weight-loss"]));
}

#[test]
fn a_clearance_given_before_an_answer_does_not_cover_it() {
    let journal =
        [cleared("2026-03-10T09:00:00+01:00"), answered("2026-03-11T09:00:00+01:00", &["numbness"])];
    assert!(gate(&journal).is_blocked());
}

#[test]
fn uncleared_answers_add_up_from_the_first_one() {
    let journal = [
        answered("2026-03-11T09:00:00+01:00", &["accident"]),
        answered("2026-03-12T09:00:00+01:00", &["numbness", "accident"]),
    ];
    let Gate::Blocked { since, which } = gate(&journal) else { panic!("blocked") };
    assert_eq!((since, ids(&which)), (date("2026-03-11"), vec!["accident", "numbness"]));
}

#[test]
fn the_outcome_the_patient_was_told_is_what_blocks() {
    // Recorded as clear (say, by a rehabit whose questions differed): not blocked.
    let answers = answers(&["numbness"]);
    let told_clear = entry(
        "2026-03-11T09:00:00+01:00",
        Event::SafetyAnswered { because: AskedBecause::FirstStart, answers, outcome: SafetyLevel::Clear },
    );
    assert_eq!(gate(&[told_clear]), Gate::Open);
}

// When the questions are asked.

#[test]
fn asked_on_the_first_start_of_a_programme_and_not_again_once_answered() {
    assert!(first_start_due(&[], TITLE), "a fresh journal");
    let other = entry_for(
        "Another programme",
        "2026-03-10T09:00:00+01:00",
        Event::SafetyAnswered {
            because: AskedBecause::FirstStart,
            answers: answers(&[]),
            outcome: SafetyLevel::Clear,
        },
    );
    let sessions = [other.clone(), pain("2026-03-10T10:00:00+01:00", PainMoment::Before, 2)];
    assert!(first_start_due(&sessions, TITLE), "answers under another programme don't count");
    let journal = [other, answered("2026-03-11T09:00:00+01:00", &[])];
    assert!(!first_start_due(&journal, TITLE), "answered for this programme");
}

#[test]
fn far_out_starts_three_above_the_acceptable_band_and_never_above_nine() {
    let table = [((2, 5), 8), ((1, 3), 6), ((2, 4), 7), ((3, 6), 9), ((4, 7), 9), ((5, 10), 9), ((0, 1), 4)];
    for ((safe, acceptable), from) in table {
        assert_eq!(far_out_from(bands(safe, acceptable)), from, "acceptable up to {acceptable}");
    }
    assert_eq!(far_out_from(PainBands::default()), 8);
}

#[test]
fn a_far_out_pain_score_asks_again_once() {
    let default = PainBands::default();
    let wednesday = date("2026-03-11");
    let yesterday_answers = answered("2026-03-10T09:00:00+01:00", &[]);

    // No answers yet: the first start asks them, not this rule.
    assert_eq!(
        reask_due(&[pain("2026-03-11T09:00:00+01:00", PainMoment::After, 10)], default, wednesday),
        None
    );

    let table: [(Entry, Option<u8>); 8] = [
        (pain("2026-03-11T09:00:00+01:00", PainMoment::After, 7), None),
        (pain("2026-03-11T09:00:00+01:00", PainMoment::After, 8), Some(8)),
        (pain("2026-03-11T09:00:00+01:00", PainMoment::Before, 9), Some(9)),
        (pain("2026-03-11T07:00:00+01:00", PainMoment::NextMorning, 10), Some(10)),
        (
            entry(
                "2026-03-11T09:00:00+01:00",
                Event::Logged {
                    activity: "walk".into(),
                    seconds: 600,
                    pain_before: Some(2),
                    pain_after: Some(8),
                    note: None,
                },
            ),
            Some(8),
        ),
        (hurt_entry("2026-03-11T09:00:00+01:00", 9), Some(9)),
        (hurt_entry("2026-03-11T09:00:00+01:00", 6), None),
        // Far out on the day of the answers, but after them: still asked, the next day.
        (pain("2026-03-10T18:00:00+01:00", PainMoment::After, 8), Some(8)),
    ];
    for (later, due) in table {
        let journal = [yesterday_answers.clone(), later.clone()];
        assert_eq!(reask_due(&journal, default, wednesday), due, "{:?}", later.event);
    }

    // The highest score since the answers is the one given.
    let journal = [
        yesterday_answers.clone(),
        pain("2026-03-10T19:00:00+01:00", PainMoment::After, 8),
        pain("2026-03-11T07:00:00+01:00", PainMoment::NextMorning, 9),
    ];
    assert_eq!(reask_due(&journal, default, wednesday), Some(9));

    // A score before the answers does not count.
    let journal = [pain("2026-03-10T08:00:00+01:00", PainMoment::After, 10), yesterday_answers.clone()];
    assert_eq!(reask_due(&journal, default, wednesday), None);

    // Answered again today: not asked again today, however high the pain.
    let mut journal = vec![
        yesterday_answers,
        pain("2026-03-11T09:00:00+01:00", PainMoment::Before, 9),
        answered("2026-03-11T09:01:00+01:00", &[]),
        pain("2026-03-11T18:00:00+01:00", PainMoment::After, 10),
    ];
    assert_eq!(reask_due(&journal, default, wednesday), None, "at most once a day");
    // The next day, the 10 of last evening asks again.
    assert_eq!(reask_due(&journal, default, date("2026-03-12")), Some(10));
    journal.push(answered("2026-03-12T08:00:00+01:00", &[]));
    assert_eq!(reask_due(&journal, default, date("2026-03-12")), None);
}

#[test]
fn far_out_follows_the_programmes_own_bands() {
    let journal =
        [answered("2026-03-10T09:00:00+01:00", &[]), pain("2026-03-11T09:00:00+01:00", PainMoment::After, 6)];
    let wednesday = date("2026-03-11");
    assert_eq!(reask_due(&journal, bands(1, 3), wednesday), Some(6), "6 is far above a band that ends at 3");
    assert_eq!(reask_due(&journal, PainBands::default(), wednesday), None);
}

fn hurt_entry(when: &str, score: u8) -> Entry {
    let asked = rehabit::journal::Asked {
        exercise: "bridge".into(),
        position: 0,
        level: 1,
        dose: rehabit::journal::DoseRecord { sets: 2, reps: Some(10), ..Default::default() },
    };
    entry(when, Event::Hurt { asked, score, advice: stop_rule(PainBands::default(), score) })
}

// The stop rule.

#[test]
fn the_stop_rule_at_the_band_edges() {
    use HurtAdvice::*;
    let default = [
        (0, GoOnGently),
        (2, GoOnGently),
        (3, SkipOrLighter),
        (5, SkipOrLighter),
        (6, StopForToday),
        (10, StopForToday),
    ];
    for (score, advice) in default {
        assert_eq!(stop_rule(PainBands::default(), score), advice, "pain {score}, default bands");
    }
    let custom =
        [(0, GoOnGently), (3, GoOnGently), (4, SkipOrLighter), (6, SkipOrLighter), (7, StopForToday)];
    for (score, advice) in custom {
        assert_eq!(stop_rule(bands(3, 6), score), advice, "pain {score}, safe to 3, acceptable to 6");
    }
    let strict = [(0, GoOnGently), (1, SkipOrLighter), (2, StopForToday)];
    for (score, advice) in strict {
        assert_eq!(stop_rule(bands(0, 1), score), advice, "pain {score}, safe to 0, acceptable to 1");
    }
}

// "This hurts" in the session state machine.

const PROGRAM: &str = r#"
[program]
title = "Hurt"

[[session]]
name = "Strength"
when = "every day"
exercises = ["bridge", "bird-dog"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sets = 2
reps = 10
rest_between_sets = "30s"
cues = ["Slowly"]

[[exercise]]
id = "bird-dog"
name = "Bird dog, opposite arm and leg"
kind = "stabilisation"
level = 2
sets = 2
reps = 3
hold = "5s"
cues = ["Keep breathing"]

[[exercise.levels]]
level = 1
name = "Bird dog, one limb at a time"
sets = 1
reps = 4
hold = "3s"
"#;

const ORIGIN: Duration = Duration::from_secs(1_000);

fn program() -> Program {
    let checked = check(PROGRAM);
    checked.program.unwrap_or_else(|| panic!("a valid programme: {:?}", checked.problems))
}

fn now(seconds: u64) -> Now {
    let wall = at("2026-03-11T09:00:00+01:00") + chrono::TimeDelta::seconds(seconds as i64);
    Now { mono: ORIGIN + Duration::from_secs(seconds), wall }
}

/// A session at its first exercise (or `at_bird_dog`, its second), pain before 2.
fn session(at_bird_dog: bool) -> SessionRun {
    let program = program();
    let (items, steps) = lay_out(&program, &program.sessions[0], 0);
    let context = Context {
        program: ProgramRef { title: "Hurt".into(), hash: "h".into() }.into(),
        session: "Strength".into(),
        run: "run-1".into(),
        day: date("2026-03-11"),
    };
    let (mut run, _) = SessionRun::start(context, items, steps, now(0));
    for key in [Key::Char('2'), Key::Enter] {
        run.handle(key, now(1));
    }
    if at_bird_dog {
        // Both sets of bridges, the rest between them ended early.
        for _ in 0..3 {
            run.handle(Key::Enter, now(2));
        }
    }
    assert_eq!(run.stage(), Stage::Working);
    run
}

fn press(run: &mut SessionRun, keys: &str, seconds: u64) -> Vec<Effect> {
    keys.chars()
        .flat_map(|c| {
            let key = match c {
                '⏎' => Key::Enter,
                '⎋' => Key::Esc,
                c => Key::Char(c),
            };
            run.handle(key, now(seconds))
        })
        .collect()
}

fn recorded(effects: &[Effect]) -> Vec<Event> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Record(entry) => Some(entry.event.clone()),
            Effect::Bell => None,
        })
        .collect()
}

fn exercise_name(run: &SessionRun) -> String {
    let step = run.step().expect("working on a step");
    run.items()[step.item].version.name.clone()
}

#[test]
fn p_stops_the_timer_and_asks_and_esc_goes_back_without_a_record() {
    let mut run = session(true);
    press(&mut run, " ", 10);
    assert!(run.timer().is_running(), "the get-ready runs");
    assert!(run.next_deadline(ORIGIN + Duration::from_secs(10)).is_some());
    let effects = press(&mut run, "p4", 11);
    assert_eq!(run.prompt(), Prompt::HurtScore);
    assert_eq!(run.typed(), "4");
    assert!(!run.timer().is_running(), "the exercise stopped");
    assert_eq!(run.next_deadline(ORIGIN + Duration::from_secs(11)), None, "nothing moves while asking");
    let effects: Vec<Event> =
        recorded(&effects).into_iter().chain(recorded(&press(&mut run, "⎋", 12))).collect();
    assert!(effects.is_empty(), "nothing recorded: {effects:?}");
    assert_eq!(run.prompt(), Prompt::None);
    assert!(run.timer().is_running(), "pressed by mistake: the timer goes on");
    assert_eq!(run.hurt(), None);
}

#[test]
fn enter_without_a_score_keeps_asking() {
    let mut run = session(false);
    let effects = press(&mut run, "p⏎⏎", 10);
    assert!(recorded(&effects).is_empty());
    assert_eq!(run.prompt(), Prompt::HurtScore);
}

#[test]
fn within_the_safe_band_go_on_gently_with_the_timer_still() {
    let mut run = session(true);
    press(&mut run, " ", 10);
    let effects = press(&mut run, "p2⏎", 11);
    let [Event::Hurt { asked, score: 2, advice: HurtAdvice::GoOnGently }] = &recorded(&effects)[..] else {
        panic!("one hurt recorded: {effects:?}")
    };
    assert_eq!((asked.exercise.as_str(), asked.position, asked.level), ("bird-dog", 1, 2));
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::GoOnGently));
    assert_eq!(run.hurt(), Some((2, HurtAdvice::GoOnGently)));
    press(&mut run, "⏎", 12);
    assert_eq!(run.prompt(), Prompt::None);
    assert_eq!(exercise_name(&run), "Bird dog, opposite arm and leg");
    assert!(!run.timer().is_running(), "the patient starts again when ready");
}

#[test]
fn within_the_safe_band_the_exercise_can_be_skipped_with_the_reason() {
    let mut run = session(false);
    let effects = press(&mut run, "p1⏎s", 10);
    let events = recorded(&effects);
    assert!(
        matches!(&events[1], Event::Skipped { asked, reason: Some(reason) }
        if asked.exercise == "bridge" && reason == "it hurt (pain 1 of 10)"),
        "{events:?}"
    );
    assert_eq!(exercise_name(&run), "Bird dog, opposite arm and leg", "on to the next exercise");
}

#[test]
fn within_the_acceptable_band_a_lighter_version_replaces_the_exercise() {
    let mut run = session(true);
    let effects = press(&mut run, "p4⏎", 10);
    assert!(matches!(
        recorded(&effects)[..],
        [Event::Hurt { score: 4, advice: HurtAdvice::SkipOrLighter, .. }]
    ));
    assert!(run.has_lighter());
    assert_eq!(run.lighter(), Some((1, "Bird dog, one limb at a time")));
    press(&mut run, "⎋g ", 11);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::SkipOrLighter), "going on as it was is not offered");

    press(&mut run, "l", 12);
    assert_eq!(run.prompt(), Prompt::None);
    assert_eq!(exercise_name(&run), "Bird dog, one limb at a time");
    let item = &run.items()[1];
    assert_eq!((item.asked.level, item.asked.dose.sets, item.asked.dose.reps), (1, 1, Some(4)));
    assert!(!run.has_lighter(), "no level below 1");
    assert_eq!(run.progress(), (2, 3), "the bridge's two sets, and one set of the lighter bird dog");

    let effects = press(&mut run, "⏎", 13);
    let events = recorded(&effects);
    assert!(
        matches!(&events[0], Event::SetDone { asked, set: 1, reps: Some(4), .. } if asked.level == 1),
        "{events:?}"
    );
    assert!(matches!(events.last(), Some(Event::Ended { ending: Ending::Finished, done: 2, skipped: 0 })));
    assert_eq!(run.stage(), Stage::PainAfter);
}

#[test]
fn within_the_acceptable_band_without_a_lighter_version_skip_it() {
    let mut run = session(false);
    press(&mut run, "p5⏎", 10);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::SkipOrLighter));
    assert!(!run.has_lighter());
    press(&mut run, "l⏎", 11);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::SkipOrLighter), "l and Enter do nothing here");
    let effects = press(&mut run, "s", 12);
    assert!(matches!(&recorded(&effects)[..], [Event::Skipped { reason: Some(reason), .. }]
        if reason == "it hurt (pain 5 of 10)"));
}

#[test]
fn above_the_acceptable_band_stop_for_today() {
    let mut run = session(true);
    let mut effects = press(&mut run, "p7⏎", 10);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::StopForToday));
    press(&mut run, "sl", 11);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::StopForToday), "only stopping is offered");
    effects.extend(press(&mut run, "⏎", 12));
    let events = recorded(&effects);
    assert!(matches!(events[0], Event::Hurt { score: 7, advice: HurtAdvice::StopForToday, .. }));
    assert_eq!(events[1], Event::Ended { ending: Ending::Left, done: 1, skipped: 0 });
    assert_eq!(
        events[2],
        Event::Pain { moment: PainMoment::After, score: 7 },
        "the pain now is the pain after"
    );
    assert_eq!(run.stage(), Stage::Note);
    assert_eq!(run.pain(), (Some(2), Some(7)));
    assert_eq!(run.ending(), Some(Ending::Left));
    press(&mut run, "⎋", 13);
    assert_eq!(run.stage(), Stage::Summary);
}

#[test]
fn the_stop_rule_in_a_session_follows_the_programmes_bands() {
    let mut run = session(false);
    assert_eq!(run.pain_bands(), PainBands::default());
    run.set_pain_bands(bands(4, 7));
    press(&mut run, "p4⏎", 10);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::GoOnGently), "4 is safe in this programme");
    press(&mut run, "⏎p7⏎", 11);
    assert_eq!(run.prompt(), Prompt::Advice(HurtAdvice::SkipOrLighter));
    press(&mut run, "qn", 12);
    assert_eq!(run.prompt(), Prompt::None, "q asks before leaving; n stays");
    press(&mut run, "p3q", 13);
    assert_eq!(run.prompt(), Prompt::ConfirmLeave, "q while asking the pain asks before leaving too");
    let effects = press(&mut run, "y", 14);
    assert!(matches!(recorded(&effects)[..], [Event::Ended { ending: Ending::Left, .. }]));
}

/// The safety screens take `y` for yes in every language, and `j` too where yes is "ja".
#[test]
fn the_safety_screens_take_j_for_yes_where_yes_is_ja() {
    use rehabit::tui::safety::{Reply, SafetyCheck, Step};
    let today = date("2026-11-22");
    for lang in Lang::ALL {
        let _speaking = i18n::use_language_here(lang);
        let mut check = SafetyCheck::on_demand();
        assert_eq!(check.key(Key::Char('j'), today), Reply::Asking);
        let expected = if lang == Lang::En { Step::Question(0) } else { Step::Question(1) };
        assert_eq!(check.step, expected, "{lang}");
        let yes = |check: &SafetyCheck| check.answers.iter().filter(|a| **a == Some(true)).count();
        assert_eq!(yes(&check), usize::from(lang != Lang::En), "{lang}");
        check.key(Key::Char('y'), today);
        assert_eq!(yes(&check), usize::from(lang != Lang::En) + 1, "{lang}: y works everywhere");
    }
}
