//! Whatever a physiotherapist's editor saves, the checker answers: it never panics, every
//! problem points at real text in the file (on a character boundary) and says what is
//! wrong and how to fix it, and a programme comes back exactly when there are no errors.
//!
//! The inputs range from arbitrary text to nearly valid programmes: the starter template
//! and the bundled programmes with characters or lines deleted, duplicated or replaced,
//! and values swapped for other values.
//!
//! `PROPTEST_CASES` overrides the number of cases per property (256 by default).

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use rehabit::program::{Severity, check};

/// Valid programmes to start from.
const SOURCES: &[&str] = &[
    include_str!("../programs/templates/starter.toml"),
    include_str!("../programs/acute-gentle-start.toml"),
    include_str!("../programs/core-stability.toml"),
    include_str!("../programs/morning-mobility.toml"),
    include_str!("../programs/strength-prevention.toml"),
    include_str!("../programs/walking-plan.toml"),
];

/// Values to put in place of the ones written: valid, out of range, of the wrong type,
/// misspelt, or odd TOML.
const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "4",
    "5",
    "7",
    "8",
    "11",
    "105",
    "5000000000",
    "99999999999999999999",
    "-9223372036854775808",
    "1.5",
    "inf",
    "nan",
    "0x10",
    "true",
    "false",
    "2026-11-01",
    "2026-13-01",
    "07:30:00",
    "2026-11-01T07:30:00Z",
    "\"\"",
    "\" \"",
    "\"ten\"",
    "\"5\"",
    "\"5 parsecs\"",
    "\"-5s\"",
    "\"0s\"",
    "\"30s\"",
    "\"1h30m\"",
    "\"99999999999999999999s\"",
    "\"every day\"",
    "\"once a week\"",
    "\"0 times a week\"",
    "\"8 times a week\"",
    "\"-3 times a week\"",
    "\"99999999999999999999 times a week\"",
    "\"sometimes\"",
    "\"tusday\"",
    "\"07:30\"",
    "\"25:00\"",
    "\"mobilty\"",
    "\"walking\"",
    "\"Bird Dog\"",
    "\"bird--dog\"",
    "\"pelvic-tilt\"",
    "\"walk\"",
    "\"sv\"",
    "\"no\"",
    "\"se\"",
    "{ sv = { name = \"Bro\" } }",
    "{ en = { reps = 3 } }",
    "{ xx = 1 }",
    "\"é\u{301}\"",
    "\"🦴 Bröd – ölig\"",
    "'literal'",
    "\"\"\"\nseveral\nlines\n\"\"\"",
    "[]",
    "[[]]",
    "[\"\"]",
    "[1, \"a\"]",
    "[\"monday\", \"monday\"]",
    "[\"walk\", \"walk\", \"walk\", \"walk\", \"walk\", \"walk\", \"walk\"]",
    "{}",
    "{ a = 1 }",
    "[{}]",
    "[{ every_weeks = 2, add_reps = 2 }]",
    "[{ every_weeks = 2, add_reps = 2, add_sets = 1, max_sets = 0 }]",
    "[{ after_weeks = 1, move_to_level = 4 }]",
    "[{ every_weeks = 1, after_weeks = 1 }]",
    "[{ every_weeks = 0, add_times = 9, max_times = 1 }]",
    "[{ every_weeks = 1, add_hold = \"0s\", max_hold = \"1s\" }]",
];

/// Keys to put in place of the ones written, so that keys move between tables.
const KEYS: &[&str] = &[
    "title",
    "weeks",
    "safe_up_to",
    "acceptable_up_to",
    "name",
    "when",
    "remind_at",
    "exercises",
    "progression",
    "id",
    "kind",
    "level",
    "levels",
    "sets",
    "reps",
    "hold",
    "rest",
    "duration",
    "sides",
    "cues",
    "add_reps",
    "max_sets",
    "move_to_level",
    "max_times",
    "sest",
    "\"quoted key\"",
    "a.b",
    "exercise.levels",
    "é",
];

/// Characters that matter to TOML, to be typed in the wrong place.
const SPECIAL: &[char] = &[
    '"', '\'', '[', ']', '{', '}', '=', ',', '.', '#', '\\', '\n', '\r', '\t', ' ', '-', '0', '9', 'a', 'é',
    '🦴', '\u{feff}', '\u{0}',
];

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256);
    ProptestConfig::with_cases(cases)
}

/// Checks `source` and asserts what must hold whatever it says.
fn assert_sound(source: &str) -> Result<(), TestCaseError> {
    let checked = check(source);
    let len = source.len();
    for problem in &checked.problems {
        let mut spans = vec![(&problem.span, "span")];
        if let Some((related, note)) = &problem.related {
            prop_assert!(!note.trim().is_empty(), "a related place without a note: {problem:?}");
            spans.push((related, "related span"));
        }
        for (span, what) in spans {
            prop_assert!(
                span.start <= span.end && span.end <= len,
                "{what} outside the source ({len} bytes): {problem:?}"
            );
            prop_assert!(
                source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
                "{what} not on a character boundary: {problem:?}"
            );
        }
        prop_assert!(!problem.message.trim().is_empty(), "a problem without a message: {problem:?}");
        prop_assert!(!problem.fix.trim().is_empty(), "a problem without a fix: {problem:?}");
    }
    let starts: Vec<usize> = checked.problems.iter().map(|p| p.span.start).collect();
    prop_assert!(starts.is_sorted(), "problems out of file order: {:?}", checked.problems);
    let has_errors = checked.problems.iter().any(|p| p.severity == Severity::Error);
    prop_assert_eq!(
        checked.program.is_some(),
        !has_errors,
        "a programme must come back exactly when there are no errors: {:?}",
        checked.problems
    );
    Ok(())
}

/// Character edits: 0 deletes, 1 duplicates, 2 replaces, 3 inserts.
fn edit_chars(source: &str, edits: &[(Index, u8, char)]) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for (at, op, new) in edits {
        if chars.is_empty() {
            chars.push(*new);
            continue;
        }
        let i = at.index(chars.len());
        match op {
            0 => {
                chars.remove(i);
            }
            1 => chars.insert(i, chars[i]),
            2 => chars[i] = *new,
            _ => chars.insert(i, *new),
        }
    }
    chars.into_iter().collect()
}

/// Line edits: 0 deletes line a, 1 duplicates it, 2 swaps a and b, 3 copies a before b.
fn edit_lines(source: &str, edits: &[(Index, Index, u8)]) -> String {
    let mut lines: Vec<&str> = source.lines().collect();
    for (a, b, op) in edits {
        if lines.is_empty() {
            break;
        }
        let (a, b) = (a.index(lines.len()), b.index(lines.len()));
        match op {
            0 => {
                lines.remove(a);
            }
            1 => lines.insert(a, lines[a]),
            2 => lines.swap(a, b),
            _ => lines.insert(b, lines[a]),
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The lines that read `key = value`, split at the first ` = `.
fn assignments(source: &str) -> Vec<(usize, &str, &str)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with(['#', '[']))
        .filter_map(|(n, line)| line.split_once(" = ").map(|(key, value)| (n, key, value)))
        .collect()
}

/// A swap: which assignment, then either a value from `VALUES`, another line's value,
/// or a key from `KEYS`.
#[derive(Debug, Clone)]
enum Swap {
    Value(Index, Index),
    ValueFromFile(Index, Index),
    Key(Index, Index),
}

fn swap_strategy() -> impl Strategy<Value = Swap> {
    prop_oneof![
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Swap::Value(a, b)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Swap::ValueFromFile(a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Swap::Key(a, b)),
    ]
}

fn swap_values(source: &str, swaps: &[Swap]) -> String {
    let mut text = source.to_string();
    for swap in swaps {
        let found = assignments(&text);
        if found.is_empty() {
            break;
        }
        let (Swap::Value(at, _) | Swap::ValueFromFile(at, _) | Swap::Key(at, _)) = swap;
        let (line, key, value) = found[at.index(found.len())];
        let replaced = match swap {
            Swap::Value(_, pick) => format!("{key} = {}", VALUES[pick.index(VALUES.len())]),
            Swap::ValueFromFile(_, pick) => format!("{key} = {}", found[pick.index(found.len())].2),
            Swap::Key(_, pick) => format!("{} = {value}", KEYS[pick.index(KEYS.len())]),
        };
        let mut lines: Vec<&str> = text.lines().collect();
        lines[line] = &replaced;
        let mut joined = lines.join("\n");
        joined.push('\n');
        text = joined;
    }
    text
}

fn source_strategy() -> impl Strategy<Value = &'static str> {
    prop::sample::select(SOURCES)
}

fn char_strategy() -> impl Strategy<Value = char> {
    prop_oneof![3 => prop::sample::select(SPECIAL), 1 => any::<char>()]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(source in any::<String>()) {
        assert_sound(&source)?;
    }

    #[test]
    fn text_made_of_toml_punctuation_never_panics(
        source in "[\\[\\]{}=\",.#'\\\\ \\n\\ta-z0-9_-]{0,300}",
    ) {
        assert_sound(&source)?;
    }

    #[test]
    fn arbitrary_bytes_read_as_lossy_utf8_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        assert_sound(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn programmes_with_characters_deleted_duplicated_or_replaced_never_panic(
        source in source_strategy(),
        edits in prop::collection::vec((any::<Index>(), 0u8..4, char_strategy()), 1..8),
    ) {
        assert_sound(&edit_chars(source, &edits))?;
    }

    #[test]
    fn programmes_with_lines_deleted_duplicated_or_moved_never_panic(
        source in source_strategy(),
        edits in prop::collection::vec((any::<Index>(), any::<Index>(), 0u8..4), 1..6),
    ) {
        assert_sound(&edit_lines(source, &edits))?;
    }

    #[test]
    fn programmes_with_values_or_keys_swapped_never_panic(
        source in source_strategy(),
        swaps in prop::collection::vec(swap_strategy(), 1..5),
    ) {
        assert_sound(&swap_values(source, &swaps))?;
    }

    #[test]
    fn programmes_with_every_kind_of_edit_at_once_never_panic(
        source in source_strategy(),
        swaps in prop::collection::vec(swap_strategy(), 0..3),
        lines in prop::collection::vec((any::<Index>(), any::<Index>(), 0u8..4), 0..3),
        chars in prop::collection::vec((any::<Index>(), 0u8..4, char_strategy()), 0..3),
    ) {
        let edited = edit_chars(&edit_lines(&swap_values(source, &swaps), &lines), &chars);
        assert_sound(&edited)?;
    }
}

proptest! {
    #![proptest_config(config())]

    /// A key that is written but has a bad value is reported for its value, never as
    /// missing as well.
    #[test]
    fn a_key_with_a_bad_value_is_never_reported_missing(
        source in source_strategy(),
        at in any::<Index>(),
        value in prop::sample::select(VALUES),
    ) {
        let found = assignments(source);
        let (line, key, _) = found[at.index(found.len())];
        let mut lines: Vec<&str> = source.lines().collect();
        let replaced = format!("{key} = {value}");
        lines[line] = &replaced;
        let edited = lines.join("\n") + "\n";
        let checked = check(&edited);
        let missing = format!("`{}` is missing here", key.trim());
        prop_assert!(
            checked.problems.iter().all(|p| p.message != missing),
            "{key} = {value} is reported missing: {:?}",
            checked.problems
        );
    }
}

#[test]
fn the_unedited_sources_are_valid() {
    for source in SOURCES {
        let checked = check(source);
        assert!(checked.program.is_some(), "{:?}", checked.problems);
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    }
}

#[test]
fn the_edits_change_the_sources() {
    let starter = SOURCES[0];
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let first = any::<Index>().new_tree(&mut runner).expect("an index").current();
    assert_ne!(edit_chars(starter, &[(first, 0, 'x')]), starter);
    assert_ne!(edit_lines(starter, &[(first, first, 0)]), starter);
    assert_ne!(swap_values(starter, &[Swap::Value(first, first)]), starter);
    assert!(!assignments(starter).is_empty());
}
