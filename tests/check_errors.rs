//! `rehabit check` on real files, through the real binary: every kind of mistake a
//! physiotherapist can make is reported at the right line and column, in plain words,
//! with a fix; warnings don't fail the file; unreadable files exit 2 plainly.
//!
//! Each fixture in `tests/invalid/` and `tests/warnings/` holds exactly one mistake in
//! an otherwise valid programme. The tables below say where the checker must point and
//! what it must say.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;

/// What the checker must say about one fixture.
struct Case {
    /// The fixture's file name, without `.toml`.
    name: &'static str,
    /// Where the offending text starts, 1-based, as `path:line:column`.
    line: usize,
    column: usize,
    /// A fragment of the diagnostic's headline.
    message: &'static str,
    /// A fragment of the fix, written under the offending text.
    fix: &'static str,
    /// How many `error:` diagnostics the file gets in all.
    errors: usize,
}

/// One test per fixture: `test = "fixture" at line:column, "message", "fix"`, with
/// `errors N` when one mistake rightly gives more than one error.
macro_rules! fixtures {
    ($folder:literal, exit $exit:literal, $names:ident: $(
        $(#[$attr:meta])*
        $test:ident = $name:literal at $line:literal : $column:literal, $message:literal, $fix:literal $(, errors $errors:literal)?;
    )+) => {
        const $names: &[&str] = &[$($name),+];
        $(
            #[test]
            $(#[$attr])*
            fn $test() {
                let errors: &[usize] = &[$($errors)?];
                let case = Case {
                    name: $name,
                    line: $line,
                    column: $column,
                    message: $message,
                    fix: $fix,
                    errors: errors.first().copied().unwrap_or(usize::from($exit != 0)),
                };
                assert_case($folder, &case, $exit);
            }
        )+
    };
}

fixtures! { "invalid", exit 1, INVALID:
    // The checker points at the end of the line, where the closing quote is missing.
    reports_an_unclosed_string = "syntax-unclosed-string" at 3:23,
        "unterminated basic string", "close the text with the same quote mark it starts with";
    reports_a_missing_comma = "syntax-missing-comma" at 15:16, "missing comma", "separate the items of a list with commas";
    reports_text_without_quotes = "syntax-bare-word" at 12:8, "must be quoted", "put text in double quotes";
    reports_a_key_written_twice = "duplicate-key" at 16:1, "`reps` is written twice here", "keep one of them";
    reports_an_unknown_key_with_did_you_mean = "unknown-key" at 14:1, "unknown key `sest`", "did you mean \"sets\"?";
    reports_a_value_of_the_wrong_type = "wrong-type" at 14:8,
        "expected a whole number, found text in quotes", "Repetitions in each set";
    reports_an_unknown_exercise_id_with_did_you_mean = "unknown-exercise-id" at 8:24,
        "no exercise has the id \"brigde\"", "did you mean \"bridge\"?";
    reports_two_exercises_with_one_id = "duplicate-exercise-id" at 18:6,
        "two exercises have the id \"bridge\"", "give each exercise its own id";
    reports_zero_sets = "zero-sets" at 14:8, "`sets` must be at least 1", "leave it out for one set";
    reports_zero_reps = "zero-reps" at 14:8, "`reps` must be at least 1", "such as reps = 10";
    reports_a_negative_rest = "negative-rest" at 15:8, "a length of time can't be negative", "write a length of time in quotes";
    reports_an_unknown_unit_of_time = "bad-duration" at 15:8,
        "\"5 parsecs\" is not a length of time", "such as \"45s\", \"2m\"";
    reports_a_duration_without_a_unit = "duration-without-unit" at 15:8,
        "this number has no unit", "write a length of time in quotes";
    reports_an_unknown_weekday_with_did_you_mean = "unknown-weekday" at 7:19,
        "\"tusday\" is not a weekday", "did you mean \"tuesday\"?";
    reports_more_than_seven_times_a_week = "too-many-times-a-week" at 7:8,
        "8 times a week is not possible", "write from 1 to 7 times a week";
    reports_an_unknown_schedule = "unknown-schedule" at 7:8,
        "can't read \"sometimes\" as a schedule", "write \"every day\", \"3 times a week\"";
    reports_a_progression_target_below_the_start = "progression-target-below-start" at 20:12,
        "the target (6) is below the start (8)", "make max_reps at least 8";
    reports_a_progression_adding_two_things = "progression-two-adds" at 20:12,
        "a rule adds one thing at a time", "use one of add_reps, add_sets";
    // One slip (max_sets for max_reps), two errors: the stray max_sets and the missing max_reps.
    reports_a_progression_max_that_does_not_match_its_add = "progression-mismatched-max" at 20:12,
        "`max_sets` doesn't match `add_reps`", "write max_reps", errors 2;
    reports_a_progression_without_a_max = "progression-missing-max" at 17:1,
        "this rule has no `max_reps`", "say where to stop";
    reports_a_progression_adding_to_what_the_exercise_lacks = "progression-nothing-to-add-to" at 19:12,
        "\"bridge\" has no hold to add to", "give the exercise its starting hold first";
    reports_a_move_to_a_missing_level = "move-to-missing-level" at 19:17,
        "\"bridge\" has no level 2", "add [[exercise.levels]] with level = 2";
    reports_a_growing_quota_on_a_daily_session = "quota-growth-on-daily-session" at 9:16,
        "only a weekly quota can grow", "use when = \"3 times a week\"";
    reports_an_empty_session = "empty-session" at 13:13, "this session is empty", "name at least one exercise by its id";
    reports_a_session_without_exercises = "session-without-exercises" at 10:1,
        "this session has no exercises", "add exercises = [\"...\"]";
    // Missing tables are reported at the end of the file.
    reports_a_programme_without_sessions = "no-sessions" at 11:1, "the programme has no sessions", "add a [[session]]";
    // Without exercises, the session's id also names nothing: two errors.
    reports_a_programme_without_exercises = "no-exercises" at 9:1,
        "the programme has no exercises", "add an [[exercise]]", errors 2;
    reports_a_missing_title = "missing-title" at 2:1, "`title` is missing here", "give the programme a title";
    reports_a_missing_kind = "missing-kind" at 10:1, "`kind` is missing here", "say what kind of exercise it is";
    reports_an_unknown_kind_with_did_you_mean = "unknown-kind" at 13:8,
        "\"mobilty\" is not a kind of exercise", "did you mean \"mobility\"?";
    reports_an_unknown_phase_with_did_you_mean = "unknown-phase" at 4:9,
        "\"subacut\" is not a phase of back pain", "did you mean \"subacute\"?";
    reports_unknown_sides_with_did_you_mean = "unknown-sides" at 15:9,
        "\"alternate\" is not a way of doing sides", "did you mean \"alternating\"?";
    reports_pain_bands_the_wrong_way_round = "pain-bands-inverted" at 7:20,
        "the acceptable band must reach above the safe band", "make `acceptable_up_to` more than 4";
    reports_pain_above_10 = "pain-out-of-range" at 6:20,
        "`acceptable_up_to` must be between 0 and 10", "pain is scored from 0";
    reports_a_level_above_4 = "level-out-of-range" at 14:9, "`level` must be from 1 to 4", "levels go from 1 (easiest) to 4";
    reports_a_level_written_twice = "duplicate-level" at 22:9, "level 2 is written twice", "write each level once";
    reports_a_walk_without_a_duration = "timed-without-duration" at 10:1,
        "a timed activity needs a duration", "such as duration = \"10m\"";
    reports_an_exercise_without_a_dose = "no-dose" at 10:1,
        "this exercise has no dose", "give it reps, a hold or a duration";
    reports_an_id_with_capitals_and_spaces = "bad-id" at 11:6,
        "\"Bird Dog\" can't be used as an id", "use lowercase letters, digits and single dashes";
    reports_a_time_of_day_past_midnight = "bad-time-of-day" at 8:14, "\"25:00\" is not a time of day", "on the 24-hour clock";
    reports_two_sessions_with_one_name = "duplicate-session-name" at 11:8,
        "two sessions are called \"Daily\"", "give each session its own name";
    reports_an_unknown_language_with_the_codes = "unknown-language" at 4:12,
        "\"de\" is not a language code rehabit knows", "use one of \"en\" (English), \"sv\" (Swedish)";
    reports_a_translation_under_a_country_code = "translation-unknown-language" at 17:24,
        "\"se\" is not a language code rehabit knows", "did you mean \"sv\" (Swedish)?";
    reports_a_translation_into_the_programmes_own_language = "translation-in-own-language" at 18:24,
        "the programme itself is written in Swedish", "write the Swedish texts in the table itself";
    reports_a_language_translated_twice = "translation-written-twice" at 13:23,
        "the Norwegian texts are written twice", "\"no\" and \"nb\" are the same language";
    reports_an_unknown_key_in_a_translation_with_did_you_mean = "translation-unknown-key" at 18:1,
        "unknown key `nmae`", "did you mean \"name\"?";
    reports_a_dose_in_a_translation = "translation-with-a-dose" at 19:1,
        "`reps` is the same in every language", "a translation holds only texts";
    reports_two_sessions_with_one_translated_name = "translated-session-names-clash" at 19:8,
        "two sessions are called \"Promenad\" in Swedish", "give each session its own Swedish name";
}

fixtures! { "warnings", exit 0, WARNINGS:
    warns_of_a_session_with_seven_exercises = "too-many-exercises" at 8:13, "this session has 7 exercises", "6 or fewer";
    warns_of_an_exercise_without_cues = "no-cues" at 10:1, "\"Bridge\" has no cues", "add one or two short cues";
    warns_of_an_exercise_no_session_uses = "unused-exercise" at 18:6,
        "no session uses \"bird-dog\"", "add its id to a session's exercises";
    warns_of_a_translated_list_of_another_length = "translated-list-length" at 20:9,
        "the Swedish `steps` have 2 items, but the original has 3", "translate each of the original items once";
}

/// One diagnostic as codespan-reporting prints it.
#[derive(Debug)]
struct Diagnostic {
    severity: String,
    message: String,
    /// `path:line:column` of the primary label.
    location: String,
    /// The lines that underline the primary text with `^`, with the fix beside them.
    primary: Vec<String>,
}

/// Splits `rehabit check` output into its diagnostics.
fn diagnostics(stdout: &str) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = Vec::new();
    for line in stdout.lines() {
        let headline = ["error", "warning"]
            .into_iter()
            .find_map(|severity| Some((severity, line.strip_prefix(severity)?.strip_prefix(": ")?)));
        if let Some((severity, message)) = headline {
            found.push(Diagnostic {
                severity: severity.to_string(),
                message: message.to_string(),
                location: String::new(),
                primary: Vec::new(),
            });
            continue;
        }
        let Some(current) = found.last_mut() else { continue };
        if let Some((_, location)) = line.split_once("┌─ ") {
            current.location = location.trim().to_string();
        }
        if line.contains('^') {
            current.primary.push(line.to_string());
        }
    }
    found
}

/// `rehabit check` without colours, so that its output reads as plain text.
fn rehabit_check() -> assert_cmd::Command {
    let mut command = cargo_bin_cmd!("rehabit");
    command.env("NO_COLOR", "1").env("LC_ALL", "C.UTF-8").arg("check");
    command
}

/// `rehabit check FILES`, run from the crate's root so that paths print as given.
fn check(files: &[&str]) -> Output {
    rehabit_check().current_dir(env!("CARGO_MANIFEST_DIR")).args(files).output().expect("rehabit runs")
}

/// `rehabit check` on `source` saved as a file; returns the output and the path as printed.
fn check_text(source: &str) -> (Output, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("programme.toml");
    std::fs::write(&path, source).expect("the file is written");
    let output = rehabit_check().arg(&path).output().expect("rehabit runs");
    (output, path.display().to_string())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every way `case` is not met by the checker's output for `path`, as sentences.
fn mismatches(path: &str, case: &Case, expected_exit: i32) -> Vec<String> {
    let output = check(&[path]);
    let stdout = text(&output.stdout);
    let stderr = text(&output.stderr);
    let mut wrong = Vec::new();
    if output.status.code() != Some(expected_exit) {
        wrong.push(format!("exit code {:?}, expected {expected_exit}", output.status.code()));
    }
    if !stderr.is_empty() {
        wrong.push(format!("unexpected stderr: {stderr}"));
    }
    let found = diagnostics(&stdout);
    let errors = found.iter().filter(|d| d.severity == "error").count();
    let warnings = found.len() - errors;
    if errors != case.errors {
        wrong.push(format!("{errors} errors, expected {}", case.errors));
    }
    let expected_warnings = usize::from(expected_exit == 0);
    if warnings != expected_warnings {
        wrong.push(format!("{warnings} warnings, expected {expected_warnings}"));
    }
    let location = format!("{path}:{}:{}", case.line, case.column);
    if !stdout.contains(&location) {
        wrong.push(format!("no diagnostic at {location}"));
    }
    let severity = if expected_exit == 0 { "warning" } else { "error" };
    let matching = found.iter().find(|d| d.severity == severity && d.message.contains(case.message));
    match matching {
        None => wrong.push(format!("no {severity} whose message contains {:?}", case.message)),
        Some(diagnostic) => {
            if diagnostic.location != location {
                wrong.push(format!("{:?} is at {}, expected {location}", case.message, diagnostic.location));
            }
            if !diagnostic.primary.iter().any(|line| line.contains(case.fix)) {
                wrong.push(format!("the underlined text's fix doesn't contain {:?}", case.fix));
            }
        }
    }
    if !wrong.is_empty() {
        wrong.push(format!("output was:\n{stdout}"));
    }
    wrong
}

fn assert_case(folder: &str, case: &Case, expected_exit: i32) {
    let path = format!("tests/{folder}/{}.toml", case.name);
    let wrong = mismatches(&path, case, expected_exit);
    assert!(wrong.is_empty(), "--- {path}\n{}", wrong.join("\n"));
}

fn fixture_names(folder: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("can't list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| path.file_stem().expect("a file name").to_string_lossy().into_owned())
        .collect()
}

#[test]
fn every_fixture_has_a_test_and_every_test_a_fixture() {
    for (folder, names) in [("invalid", INVALID), ("warnings", WARNINGS)] {
        let files = fixture_names(folder);
        let tested: BTreeSet<String> = names.iter().map(|name| name.to_string()).collect();
        assert_eq!(tested.len(), names.len(), "a fixture in tests/{folder}/ is tested twice");
        assert_eq!(files, tested, "tests/{folder}/ and its tests disagree");
    }
}

#[test]
fn warnings_are_summed_up_as_ok() {
    for name in WARNINGS {
        let path = format!("tests/warnings/{name}.toml");
        let stdout = text(&check(&[&path]).stdout);
        assert!(stdout.contains(&format!("{path}: ok, with 1 warning")), "{stdout}");
    }
}

#[test]
fn the_first_of_two_duplicates_is_pointed_out_too() {
    let cases = [
        ("duplicate-key", 14, "first written here"),
        ("duplicate-exercise-id", 11, "the first one"),
        ("duplicate-session-name", 6, "the first one"),
        ("translation-in-own-language", 4, "the programme's own language"),
        ("translation-written-twice", 10, "the first one"),
        ("translated-session-names-clash", 11, "the first one"),
    ];
    for (name, first_line, note) in cases {
        let stdout = text(&check(&[&format!("tests/invalid/{name}.toml")]).stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        let at = lines
            .iter()
            .position(|line| line.contains(note))
            .unwrap_or_else(|| panic!("{name}: no note {note:?} in\n{stdout}"));
        assert!(lines[at].contains("--"), "{name}: the first one isn't underlined:\n{stdout}");
        let numbered = at.checked_sub(1).map(|before| lines[before].trim_start());
        assert!(
            numbered.is_some_and(|line| line.starts_with(&format!("{first_line} │"))),
            "{name}: the note isn't under line {first_line}:\n{stdout}"
        );
    }
}

/// A programme with eight independent mistakes, each on its own line: values the
/// TOML reader rejects, values the validator rejects, and a missing key.
const SEVERAL_PROBLEMS: &str = r#"[program]
title = "Back on track"
phase = "chronc"

[pain]
acceptable_up_to = 11

[[session]]
name = "Daily"
when = "every day"
remind_at = ["25:00"]
exercises = ["bridge", "brigde", "bird-dog"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sest = 3
sets = 0
reps = 8
rest = "-5s"
cues = ["Lift"]

[[exercise]]
id = "bird-dog"
name = "Bird dog"
reps = 8
cues = ["Keep your back still"]
"#;

/// Where each of the mistakes in `SEVERAL_PROBLEMS` starts.
const SEVERAL_PLACES: &[(usize, usize)] =
    &[(3, 9), (6, 20), (11, 14), (12, 24), (18, 1), (19, 8), (21, 8), (24, 1)];

#[test]
fn a_file_with_several_problems_reports_all_of_them_at_once() {
    let (output, shown) = check_text(SEVERAL_PROBLEMS);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let errors = stdout.lines().filter(|line| line.starts_with("error:")).count();
    assert_eq!(errors, SEVERAL_PLACES.len(), "{stdout}");
    for (line, column) in SEVERAL_PLACES {
        let location = format!("{shown}:{line}:{column}");
        assert!(stdout.contains(&location), "nothing reported at {location}:\n{stdout}");
    }
    assert!(stdout.contains(&format!("{shown}: {} errors", SEVERAL_PLACES.len())), "{stdout}");
}

#[test]
fn problems_are_listed_in_file_order() {
    let stdout = text(&check_text(SEVERAL_PROBLEMS).0.stdout);
    let places: Vec<(usize, usize)> = diagnostics(&stdout)
        .iter()
        .map(|d| {
            let mut parts = d.location.rsplit(':');
            let column = parts.next().and_then(|c| c.parse().ok()).expect("a column");
            let line = parts.next().and_then(|l| l.parse().ok()).expect("a line");
            (line, column)
        })
        .collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted, "{stdout}");
}

#[test]
fn a_syntax_error_does_not_hide_the_problems_in_the_rest_of_the_file() {
    let source = r#"[program]
title = "Back on track"

[[session]]
name = "Daily"
when = "every day"
exercises = ["bridge" "bird-dog"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sets = 0
reps = 8
cues = ["Lift"]
"#;
    let (output, shown) = check_text(source);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains(&format!("{shown}:7:23")), "the missing comma isn't reported:\n{stdout}");
    assert!(stdout.contains(&format!("{shown}:13:8")), "sets = 0 isn't reported:\n{stdout}");
}

fn assert_plain_failure(output: &Output, expected: &str) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains(expected), "stderr doesn't say {expected:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "rehabit panicked: {stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "rehabit panicked: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one plain line expected: {stderr}");
}

#[test]
fn a_missing_file_exits_2_with_a_plain_message() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("no-such-programme.toml");
    let output = rehabit_check().arg(&path).output().expect("rehabit runs");
    assert_plain_failure(&output, "there is no such file");
    assert!(text(&output.stderr).contains(&path.display().to_string()));
}

#[test]
fn a_directory_exits_2_with_a_plain_message() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = rehabit_check().arg(dir.path()).output().expect("rehabit runs");
    assert_plain_failure(&output, "it is a folder, not a file");
}

#[test]
fn a_file_that_is_not_utf8_exits_2_with_a_plain_message() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("latin1.toml");
    // "Övningar" in Latin-1, as an old editor might save it.
    std::fs::write(&path, b"[program]\ntitle = \"\xd6vningar\"\n").expect("the file is written");
    let output = rehabit_check().arg(&path).output().expect("rehabit runs");
    assert_plain_failure(&output, "is not a text file in UTF-8");
}

#[test]
fn an_unreadable_file_does_not_stop_the_others_being_checked() {
    let output = check(&["tests/invalid/no-such-fixture.toml", "programs/templates/starter.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stdout).contains("programs/templates/starter.toml: ok"));
    assert!(text(&output.stderr).contains("there is no such file"));
}

#[test]
fn one_valid_and_one_invalid_file_exit_1_and_the_valid_one_is_ok() {
    let output = check(&["programs/templates/starter.toml", "tests/invalid/zero-sets.toml"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("programs/templates/starter.toml: ok\n"), "{stdout}");
    assert!(stdout.contains("tests/invalid/zero-sets.toml: 1 error\n"), "{stdout}");
    assert!(!stdout.contains("starter.toml:1"), "the valid file got a diagnostic: {stdout}");
}

#[test]
fn the_starter_template_and_bundled_programmes_are_ok() {
    let files = [
        "programs/templates/starter.toml",
        "programs/acute-gentle-start.toml",
        "programs/core-stability.toml",
        "programs/morning-mobility.toml",
        "programs/strength-prevention.toml",
        "programs/walking-plan.toml",
    ];
    let output = check(&files);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    for file in files {
        assert!(stdout.contains(&format!("{file}: ok\n")), "{stdout}");
    }
}
