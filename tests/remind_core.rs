//! The due-time logic of reminders with hand-made times: which reminders a day has,
//! which are due at a given minute, and what a run every minute sends over a whole day
//! (each reminder once), through quotas, quiet hours, the daily cap, snoozes, a laptop
//! that slept, and daylight saving changes.
//!
//! The programme starts on Monday 2026-11-23. Times are the patient's wall-clock times.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use rehabit::journal::{Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef};
use rehabit::program::{Program, check};
use rehabit::progress::History;
use rehabit::remind::{
    LATE_WINDOW, Reminder, ReminderSettings, SNOOZE, Sent, due_now, next_due, reminders_of_day,
};
use rehabit::today::today;

const PROGRAM: &str = r#"
[program]
title = "Reminders"

[[session]]
name = "Exercises"
when = "every day"
remind_at = ["18:00"]
exercises = ["bridge"]

[[session]]
name = "Walk"
when = "3 times a week"
remind_at = ["10:00"]
exercises = ["walk"]

[[session]]
name = "Core"
when = "twice a week"
exercises = ["bridge"]

[[session]]
name = "Stretch"
when = ["monday", "wednesday"]
remind_at = ["07:30", "20:30"]
exercises = ["bridge"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
reps = 10
cues = ["Slowly"]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "20m"
cues = ["Easy pace"]
"#;

fn program() -> Program {
    let checked = check(PROGRAM);
    checked.program.unwrap_or_else(|| panic!("the test programme has problems: {:?}", checked.problems))
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// "2026-11-25 10:00".
fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn settings(lines: &str) -> ReminderSettings {
    let document: toml_edit::DocumentMut = format!("[reminders]\n{lines}").parse().unwrap();
    let (settings, problems) = ReminderSettings::from_item(document.get("reminders"));
    assert!(problems.is_empty(), "{problems:?}");
    settings
}

/// No quiet hours, so that only what a test is about moves a reminder.
fn plain() -> ReminderSettings {
    settings("quiet_hours = \"none\"")
}

fn entry(day: &str, session: &str, run: &str, event: Event) -> Entry {
    let at: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+01:00")).unwrap();
    Entry {
        v: FORMAT_VERSION,
        at,
        day: date(day),
        program: ProgramRef { title: "Reminders".into(), hash: "test".into() }.into(),
        session: session.into(),
        run: run.into(),
        event,
    }
}

/// `session` marked done on `day`.
fn done(session: &str, day: &str) -> Entry {
    entry(day, session, &format!("done {session} {day}"), Event::MarkedDone { planned: Vec::new().into() })
}

/// A walk logged on `day`, with pain after it (which asks for a morning check).
fn walked_with_pain(day: &str) -> Entry {
    let event = Event::Logged {
        activity: "walk".into(),
        seconds: 1200,
        pain_before: Some(2),
        pain_after: Some(3),
        note: None,
    };
    entry(day, "Walk", &format!("walk {day}"), event)
}

/// The morning pain check about `day`, answered.
fn morning_answer(day: &str) -> Entry {
    entry(day, "", &format!("morning {day}"), Event::Pain { moment: PainMoment::NextMorning, score: 2 })
}

/// Every reminder of `day`, given the journal.
fn day_reminders(day: &str, journal: &[Entry], settings: &ReminderSettings) -> Vec<Reminder> {
    let program = program();
    let history = History::from_entries(journal);
    let today = today(&program, date("2026-11-23"), date(day), &history);
    reminders_of_day(&program, &today, settings)
}

/// "18:00 Time for Exercises".
fn shown(reminders: &[Reminder]) -> Vec<String> {
    reminders.iter().map(|r| format!("{} {}", r.at.format("%H:%M"), r.title)).collect()
}

/// What is due at `now`, as "18:00 Time for Exercises".
fn due_at(now: &str, journal: &[Entry], settings: &ReminderSettings, sent: &[Sent]) -> Vec<String> {
    let now = at(now);
    let all = day_reminders(&now.date().to_string(), journal, settings);
    shown(&due_now(&all, settings, now, sent))
}

/// A run every minute over `minutes`: what each run sends, as "sent at: due at title".
fn every_minute(all: &[Reminder], settings: &ReminderSettings, minutes: &[NaiveDateTime]) -> Vec<String> {
    let mut sent: Vec<Sent> = Vec::new();
    let mut log = Vec::new();
    for &now in minutes {
        for reminder in due_now(all, settings, now, &sent) {
            log.push(format!("{}: {} {}", now.format("%H:%M"), reminder.at.format("%H:%M"), reminder.title));
            sent.push(Sent::reminded(&reminder, now));
        }
    }
    log
}

fn minutes(from: &str, to: &str) -> Vec<NaiveDateTime> {
    let (from, to) = (at(from), at(to));
    (0..).map(|m| from + TimeDelta::minutes(m)).take_while(|t| *t <= to).collect()
}

#[test]
fn a_day_has_each_session_at_its_time_and_nothing_else() {
    // Monday: Stretch twice, Walk (a quota, any day), Exercises; Core has no time.
    let monday = day_reminders("2026-11-23", &[], &plain());
    assert_eq!(
        shown(&monday),
        [
            "07:30 Time for Stretch",
            "10:00 Time for Walk",
            "18:00 Time for Exercises",
            "20:30 Time for Stretch"
        ]
    );
    assert_eq!(monday[1].body, "This week: 0 of 3 days, 0 of 60 minutes.");
    assert_eq!(monday[2].body, "Exercises is on your plan for today.");
    // Tuesday has no Stretch.
    let tuesday = day_reminders("2026-11-24", &[], &plain());
    assert_eq!(shown(&tuesday), ["10:00 Time for Walk", "18:00 Time for Exercises"]);
}

#[test]
fn a_session_reminds_at_its_time_not_before_and_not_when_done_today() {
    let none: &[Entry] = &[];
    let table: &[(&str, &[Entry], &[&str])] = &[
        ("2026-11-24 17:59", none, &[]),
        ("2026-11-24 18:00", none, &["18:00 Time for Exercises"]),
        ("2026-11-24 18:40", none, &["18:00 Time for Exercises"]),
        ("2026-11-24 18:00", &[done("Exercises", "2026-11-24")], &[]),
        // Done yesterday is not done today.
        ("2026-11-24 18:00", &[done("Exercises", "2026-11-23")], &["18:00 Time for Exercises"]),
    ];
    for (now, journal, expected) in table {
        assert_eq!(due_at(now, journal, &plain(), &[]), *expected, "at {now} with {journal:?}");
    }
}

#[test]
fn a_quota_session_reminds_every_day_until_the_quota_is_met() {
    let two = [done("Walk", "2026-11-23"), done("Walk", "2026-11-24")];
    let three = [done("Walk", "2026-11-23"), done("Walk", "2026-11-24"), done("Walk", "2026-11-25")];
    let table: &[(&str, &[Entry], &[&str])] = &[
        ("2026-11-26 10:00", &[], &["10:00 Time for Walk"]),
        ("2026-11-26 10:00", &two, &["10:00 Time for Walk"]),
        // Met on Wednesday: no more walks asked for on Thursday.
        ("2026-11-26 10:00", &three, &[]),
        // Done today.
        ("2026-11-24 10:00", &two, &[]),
    ];
    for (now, journal, expected) in table {
        assert_eq!(due_at(now, journal, &plain(), &[]), *expected, "at {now}");
    }
    let met = day_reminders("2026-11-26", &three, &plain());
    assert!(!shown(&met).iter().any(|r| r.contains("Walk")), "{met:?}");
}

#[test]
fn one_evening_nudge_only_when_a_quota_falls_behind() {
    let nudges = |day: &str, journal: &[Entry]| -> Vec<String> {
        let all = day_reminders(day, journal, &plain());
        all.iter()
            .filter(|r| r.title == "A gentle nudge")
            .map(|r| format!("{} {}", r.at.time(), r.body))
            .collect()
    };
    // Thursday: 3 walks still fit in 4 days.
    assert_eq!(nudges("2026-11-26", &[]), Vec::<String>::new());
    // Friday: 3 walks need all 3 days left.
    assert_eq!(
        nudges("2026-11-27", &[]),
        ["19:00:00 This week's target is slipping: today is a good day for Walk. Even a short one counts."]
    );
    // Friday with one walk done: 2 in 3 days still fit.
    assert_eq!(nudges("2026-11-27", &[done("Walk", "2026-11-24")]), Vec::<String>::new());
    // Saturday: both quotas behind, and still one nudge, naming both.
    let saturday = nudges("2026-11-28", &[]);
    assert_eq!(saturday.len(), 1);
    assert!(saturday[0].contains("today is a good day for Walk, Core."), "{saturday:?}");
    // Done today: not behind today.
    assert_eq!(nudges("2026-11-27", &[done("Walk", "2026-11-27")]), Vec::<String>::new());
    // Sent once, never again that evening.
    let all = day_reminders("2026-11-27", &[], &plain());
    let evening = every_minute(&all, &plain(), &minutes("2026-11-27 18:30", "2026-11-27 23:59"));
    assert_eq!(evening.iter().filter(|line| line.contains("nudge")).count(), 1, "{evening:?}");
    // The time is the patient's to choose.
    let later = settings("quiet_hours = \"none\"\nevening_nudge = \"20:15\"");
    let moved = day_reminders("2026-11-27", &[], &later);
    assert!(shown(&moved).contains(&"20:15 A gentle nudge".to_string()), "{moved:?}");
}

#[test]
fn the_morning_after_pain_was_scored_a_pain_check_is_asked_for() {
    let check = |journal: &[Entry]| -> Vec<String> {
        let all = day_reminders("2026-11-25", journal, &plain());
        shown(&all).into_iter().filter(|r| r.contains("pain check")).collect()
    };
    assert_eq!(check(&[walked_with_pain("2026-11-24")]), ["09:00 Morning pain check"]);
    // Answered already, no pain scored yesterday, or the walk was the day before.
    assert_eq!(check(&[walked_with_pain("2026-11-24"), morning_answer("2026-11-24")]), Vec::<String>::new());
    assert_eq!(check(&[done("Walk", "2026-11-24")]), Vec::<String>::new());
    assert_eq!(check(&[walked_with_pain("2026-11-23")]), Vec::<String>::new());
    let early = settings("quiet_hours = \"none\"\nmorning_check = \"07:15\"");
    let all = day_reminders("2026-11-25", &[walked_with_pain("2026-11-24")], &early);
    assert!(shown(&all).contains(&"07:15 Morning pain check".to_string()));
}

#[test]
fn a_reminder_in_quiet_hours_moves_to_their_end() {
    let table: &[(&str, &str, &str)] = &[
        // Across midnight: early morning waits for the end.
        ("22:00-07:00", "06:30", "07:00"),
        ("22:00-07:00", "07:00", "07:00"),
        ("22:00-07:00", "21:59", "21:59"),
        // Late evening: tomorrow the session is tomorrow's, so it is that morning.
        ("22:00-07:00", "23:00", "07:00"),
        // Within a day.
        ("12:00-14:00", "13:00", "14:00"),
        ("12:00-14:00", "11:59", "11:59"),
    ];
    for (quiet, wanted, expected) in table {
        let settings =
            settings(&format!("quiet_hours = \"{quiet}\"\n[reminders.times]\nExercises = [\"{wanted}\"]"));
        let all = day_reminders("2026-11-24", &[], &settings);
        let exercises: Vec<String> = shown(&all)
            .into_iter()
            .filter(|r| r.ends_with("Exercises"))
            .map(|r| r[..5].to_string())
            .collect();
        assert_eq!(exercises, [*expected], "{wanted} with quiet hours {quiet}");
    }
    // Nothing is sent inside quiet hours, even what is due.
    let quiet = settings("quiet_hours = \"17:00-18:30\"");
    assert_eq!(due_at("2026-11-24 18:29", &[], &quiet, &[]), Vec::<String>::new());
    assert_eq!(due_at("2026-11-24 18:30", &[], &quiet, &[]), ["18:30 Time for Exercises"]);
    let night = settings("quiet_hours = \"22:00-07:00\"");
    assert!(night.is_quiet(NaiveTime::from_hms_opt(23, 30, 0).unwrap()));
    assert!(night.is_quiet(NaiveTime::from_hms_opt(0, 30, 0).unwrap()));
    assert!(!night.is_quiet(NaiveTime::from_hms_opt(7, 0, 0).unwrap()));
}

#[test]
fn the_daily_cap_holds_back_what_is_over_it() {
    // Monday has four reminders; at most two a day.
    let capped = settings("quiet_hours = \"none\"\ndaily_cap = 2");
    let all = day_reminders("2026-11-23", &[], &capped);
    assert_eq!(all.len(), 4);
    let day = every_minute(&all, &capped, &minutes("2026-11-23 00:00", "2026-11-23 23:59"));
    assert_eq!(day, ["07:30: 07:30 Time for Stretch", "10:00: 10:00 Time for Walk"]);
    let sent_two: Vec<Sent> = all[..2].iter().map(|r| Sent::reminded(r, r.at)).collect();
    assert_eq!(next_due(&all, &capped, at("2026-11-23 11:00"), &sent_two), None);
    // Two due at once with room for one: the earlier goes.
    let one = settings("quiet_hours = \"none\"\ndaily_cap = 1");
    assert_eq!(due_at("2026-11-23 10:00", &[], &one, &[]), ["07:30 Time for Stretch"]);
}

#[test]
fn a_snoozed_reminder_comes_back_fifteen_minutes_later_once() {
    assert_eq!(SNOOZE.as_secs(), 15 * 60);
    let settings = plain();
    let all = day_reminders("2026-11-24", &[], &settings);
    let exercises = all.iter().find(|r| r.title == "Time for Exercises").unwrap().clone();
    let mut sent = vec![Sent::reminded(&exercises, at("2026-11-24 18:00"))];
    assert_eq!(due_now(&all, &settings, at("2026-11-24 18:01"), &sent), []);
    sent.push(Sent::snoozed(&exercises, at("2026-11-24 18:02")));
    assert_eq!(next_due(&all, &settings, at("2026-11-24 18:03"), &sent), Some(at("2026-11-24 18:17")));
    assert_eq!(due_now(&all, &settings, at("2026-11-24 18:16"), &sent), []);
    let back = due_now(&all, &settings, at("2026-11-24 18:17"), &sent);
    assert_eq!(shown(&back), ["18:17 Time for Exercises"]);
    assert!(back[0].snoozed);
    sent.push(Sent::reminded(&back[0], at("2026-11-24 18:17")));
    // Once: not again after it came back.
    let rest = every_minute_after(&all, &settings, &sent, "2026-11-24 18:18", "2026-11-24 21:00");
    assert_eq!(rest, Vec::<String>::new());
    // Snoozed again, it comes back again.
    sent.push(Sent::snoozed(&back[0], at("2026-11-24 18:20")));
    assert_eq!(shown(&due_now(&all, &settings, at("2026-11-24 18:35"), &sent)), ["18:35 Time for Exercises"]);
    // Done meanwhile: the snooze brings nothing back.
    let done_since = day_reminders("2026-11-24", &[done("Exercises", "2026-11-24")], &settings);
    assert_eq!(due_now(&done_since, &settings, at("2026-11-24 18:35"), &sent), []);
}

#[test]
fn a_snoozed_reminder_is_not_held_back_by_the_cap_nor_counted() {
    let capped = settings("quiet_hours = \"none\"\ndaily_cap = 1");
    let all = day_reminders("2026-11-24", &[], &capped);
    let walk = all.iter().find(|r| r.title == "Time for Walk").unwrap().clone();
    let sent =
        vec![Sent::reminded(&walk, at("2026-11-24 10:00")), Sent::snoozed(&walk, at("2026-11-24 10:01"))];
    assert_eq!(shown(&due_now(&all, &capped, at("2026-11-24 10:16"), &sent)), ["10:16 Time for Walk"]);
    // The cap of one is used by the first walk reminder, so 18:00 stays quiet.
    assert_eq!(due_now(&all, &capped, at("2026-11-24 18:00"), &sent), []);
}

fn every_minute_after(
    all: &[Reminder],
    settings: &ReminderSettings,
    already: &[Sent],
    from: &str,
    to: &str,
) -> Vec<String> {
    let mut sent = already.to_vec();
    let mut log = Vec::new();
    for now in minutes(from, to) {
        for reminder in due_now(all, settings, now, &sent) {
            log.push(format!("{}: {}", now.format("%H:%M"), reminder.title));
            sent.push(Sent::reminded(&reminder, now));
        }
    }
    log
}

#[test]
fn a_run_every_minute_sends_each_reminder_once() {
    let settings = settings("quiet_hours = \"22:00-07:00\"");
    let journal = [walked_with_pain("2026-11-27")];
    let all = day_reminders("2026-11-28", &journal, &settings);
    let day = every_minute(&all, &settings, &minutes("2026-11-28 00:00", "2026-11-28 23:59"));
    assert_eq!(
        day,
        [
            "09:00: 09:00 Morning pain check",
            "10:00: 10:00 Time for Walk",
            "18:00: 18:00 Time for Exercises",
            "19:00: 19:00 A gentle nudge",
        ]
    );
    // The same key already sent: nothing, whatever the minute.
    let sent: Vec<Sent> = all.iter().map(|r| Sent::reminded(r, r.at)).collect();
    assert_eq!(due_now(&all, &settings, at("2026-11-28 19:30"), &sent), []);
}

#[test]
fn a_laptop_that_slept_through_a_reminder_sends_it_late_within_the_window() {
    assert_eq!(LATE_WINDOW.as_secs(), 3 * 60 * 60);
    let table: &[(&str, &[&str])] = &[
        ("2026-11-24 12:59", &["10:00 Time for Walk"]),
        ("2026-11-24 13:00", &["10:00 Time for Walk"]),
        ("2026-11-24 13:01", &[]),
    ];
    for (now, expected) in table {
        assert_eq!(due_at(now, &[], &plain(), &[]), *expected, "woke at {now}");
    }
    // Asleep from 09:50 to 12:15: the first run after it sends the walk, once.
    let all = day_reminders("2026-11-24", &[], &plain());
    let mut awake = minutes("2026-11-24 09:00", "2026-11-24 09:50");
    awake.extend(minutes("2026-11-24 12:15", "2026-11-24 12:30"));
    assert_eq!(every_minute(&all, &plain(), &awake), ["12:15: 10:00 Time for Walk"]);
    // Asleep past the window: never.
    let mut long = minutes("2026-11-24 09:00", "2026-11-24 09:50");
    long.extend(minutes("2026-11-24 13:30", "2026-11-24 13:45"));
    assert_eq!(every_minute(&all, &plain(), &long), Vec::<String>::new());
}

#[test]
fn daylight_saving_changes_send_each_reminder_once() {
    let settings =
        settings("quiet_hours = \"none\"\n[reminders.times]\nExercises = [\"02:30\"]\nWalk = [\"01:30\"]");
    // Spring forward (Sunday 2027-03-28 in Europe): the clock goes from 01:59 to 03:00,
    // so 02:30 never shows; the reminder goes at 03:00.
    let all = day_reminders("2027-03-28", &[], &settings);
    let mut spring = minutes("2027-03-28 00:00", "2027-03-28 01:59");
    spring.extend(minutes("2027-03-28 03:00", "2027-03-28 05:00"));
    assert_eq!(
        every_minute(&all, &settings, &spring),
        ["01:30: 01:30 Time for Walk", "03:00: 02:30 Time for Exercises"]
    );
    // Fall back (Sunday 2027-10-31): the clock shows 01:00 to 01:59 twice (a journal
    // of that day is not needed); 01:30 is sent the first time only.
    let all = day_reminders("2027-10-31", &[], &settings);
    let mut autumn = minutes("2027-10-31 00:00", "2027-10-31 01:59");
    autumn.extend(minutes("2027-10-31 01:00", "2027-10-31 04:00"));
    assert_eq!(
        every_minute(&all, &settings, &autumn),
        ["01:30: 01:30 Time for Walk", "02:30: 02:30 Time for Exercises"]
    );
}

#[test]
fn settings_override_the_programme_times() {
    let table: &[(&str, &[&str])] = &[
        ("Exercises = [\"07:45\"]", &["07:45 Time for Exercises", "10:00 Time for Walk"]),
        ("exercises = \"07:45\"", &["07:45 Time for Exercises", "10:00 Time for Walk"]),
        (
            "Exercises = [\"07:45\", \"12:00\"]",
            &["07:45 Time for Exercises", "10:00 Time for Walk", "12:00 Time for Exercises"],
        ),
        // An empty list: no reminder for that session.
        ("Exercises = []", &["10:00 Time for Walk"]),
        // A session without a time in the programme gets one.
        ("Core = [\"16:00\"]", &["10:00 Time for Walk", "16:00 Time for Core", "18:00 Time for Exercises"]),
    ];
    for (times, expected) in table {
        let settings = settings(&format!("quiet_hours = \"none\"\n[reminders.times]\n{times}"));
        assert_eq!(shown(&day_reminders("2026-11-24", &[], &settings)), *expected, "{times}");
    }
}

#[test]
fn disabled_reminders_send_nothing() {
    let off = settings("enabled = false");
    let journal = [walked_with_pain("2026-11-27")];
    assert_eq!(day_reminders("2026-11-28", &journal, &off), []);
    let on = plain();
    let all = day_reminders("2026-11-28", &journal, &on);
    assert!(!all.is_empty());
    assert_eq!(due_now(&all, &off, at("2026-11-28 19:00"), &[]), []);
    assert_eq!(next_due(&all, &off, at("2026-11-28 08:00"), &[]), None);
}

#[test]
fn next_due_is_the_next_reminder_left_today() {
    let all = day_reminders("2026-11-23", &[], &plain());
    let table: &[(&str, Option<&str>)] = &[
        ("2026-11-23 06:00", Some("2026-11-23 07:30")),
        ("2026-11-23 07:30", Some("2026-11-23 10:00")),
        ("2026-11-23 19:00", Some("2026-11-23 20:30")),
        ("2026-11-23 21:00", None),
    ];
    for (now, expected) in table {
        assert_eq!(next_due(&all, &plain(), at(now), &[]), expected.map(at), "at {now}");
    }
}

#[test]
fn settings_problems_are_told_in_plain_words() {
    let table: &[(&str, &str)] = &[
        ("enabled = \"yes\"", "reminders.enabled should be true or false, not \"yes\""),
        (
            "quiet_hours = \"10pm-7am\"",
            "reminders.quiet_hours should look like \"22:00-07:00\", or \"none\", not \"10pm-7am\"",
        ),
        ("quiet_hours = 22", "reminders.quiet_hours should look like \"22:00-07:00\", or \"none\", not 22"),
        ("daily_cap = 0", "reminders.daily_cap should be a whole number from 1 to 255, not 0"),
        ("daily_cap = 1000", "reminders.daily_cap should be a whole number from 1 to 255, not 1000"),
        (
            "evening_nudge = \"7pm\"",
            "reminders.evening_nudge should be a time such as \"19:00\", not \"7pm\"",
        ),
        (
            "morning_check = \"25:00\"",
            "reminders.morning_check should be a time such as \"19:00\", not \"25:00\"",
        ),
        (
            "quiet_hour = \"none\"",
            "reminders.quiet_hour is not a reminder setting; did you mean quiet_hours?",
        ),
        ("times = \"10:00\"", "reminders.times should be a table of session names and times"),
        (
            "[reminders.times]\nWalk = [\"ten\"]",
            "reminders.times.\"Walk\" should be a list of times such as [\"07:30\"], not [\"ten\"]",
        ),
    ];
    for (lines, expected) in table {
        let document: toml_edit::DocumentMut = format!("[reminders]\n{lines}").parse().unwrap();
        let (settings, problems) = ReminderSettings::from_item(document.get("reminders"));
        assert_eq!(problems.len(), 1, "{lines}: {problems:?}");
        assert!(
            problems[0].starts_with(expected),
            "{lines}:\n{}\nshould start with\n{expected}",
            problems[0]
        );
        // What could not be read keeps its default.
        assert_eq!(settings.daily_cap, ReminderSettings::default().daily_cap, "{lines}");
    }
    let document: toml_edit::DocumentMut = "reminders = true".parse().unwrap();
    let (_, problems) = ReminderSettings::from_item(document.get("reminders"));
    assert_eq!(
        problems,
        ["reminders should be a table of settings, starting with a line [reminders], not true"]
    );
    // Inline tables are tables too.
    let document: toml_edit::DocumentMut = "reminders = { daily_cap = 2 }".parse().unwrap();
    let (settings, problems) = ReminderSettings::from_item(document.get("reminders"));
    assert_eq!((settings.daily_cap, problems), (2, Vec::<String>::new()));
    // A session name the programme does not have.
    let named = settings_with_times("Wlak = [\"10:00\"]");
    assert_eq!(
        named.unknown_sessions(&program()),
        ["reminders.times names \"Wlak\", which is not a session of your programme; did you mean \"Walk\"?"]
    );
}

fn settings_with_times(times: &str) -> ReminderSettings {
    settings(&format!("[reminders.times]\n{times}"))
}

#[test]
fn the_readme_reminder_settings_are_read_without_problems() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = readme.split("## Reminders\n").nth(1).expect("the README has a Reminders section");
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the Reminders section has a ```toml example");
    let document: toml_edit::DocumentMut = example.parse().unwrap();
    let (settings, problems) = ReminderSettings::from_item(document.get("reminders"));
    assert_eq!(problems, Vec::<String>::new());
    let defaults = ReminderSettings::default();
    assert_eq!(
        (
            settings.enabled,
            settings.quiet,
            settings.daily_cap,
            settings.evening_nudge,
            settings.morning_check
        ),
        (
            defaults.enabled,
            defaults.quiet,
            defaults.daily_cap,
            defaults.evening_nudge,
            defaults.morning_check
        ),
        "the README shows the defaults"
    );
    assert_eq!(settings.times_for("Walk"), Some(&[NaiveTime::from_hms_opt(17, 30, 0).unwrap()][..]));
}
