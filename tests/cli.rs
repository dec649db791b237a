//! The commands as a physiotherapist or a patient runs them: the real binary, with its
//! files in a temporary directory, never the real home.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

/// The binary with its data and config in `home`.
fn rehabit(home: &Path) -> Command {
    let mut command = Command::cargo_bin("rehabit").expect("binary builds");
    command
        .env("REHABIT_DATA_DIR", home.join("data"))
        .env("REHABIT_CONFIG_DIR", home.join("config"))
        .env("NO_COLOR", "1")
        // English, whatever the tester's own language (the C locale means English).
        .env("LC_ALL", "C.UTF-8");
    command
}

fn bundled_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir("programs")
        .expect("programs/ exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_programme_passes_check_without_warnings() {
    let home = TempDir::new().unwrap();
    let files = bundled_files();
    assert_eq!(
        files.len(),
        rehabit::bundled::ALL.len(),
        "every file in programs/ is bundled, and only those"
    );
    let output = rehabit(home.path()).arg("check").args(&files).assert().success();
    let stdout = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    for file in &files {
        assert!(stdout.contains(&format!("{}: ok\n", file.display())), "{stdout}");
    }
    assert!(!stdout.contains("warning"), "{stdout}");
}

#[test]
fn every_bundled_programme_has_cues_and_at_most_six_exercises_a_session() {
    for bundled in rehabit::bundled::ALL {
        let checked = rehabit::program::check(bundled.source);
        let program = checked.program.unwrap_or_else(|| panic!("{} is valid", bundled.name));
        for session in &program.sessions {
            assert!(session.exercises.len() <= 6, "{}: {}", bundled.name, session.name);
        }
        for exercise in &program.exercises {
            for (_, version) in &exercise.levels {
                assert!(!version.cues.is_empty(), "{}: {} has cues", bundled.name, exercise.id);
            }
        }
    }
}

#[test]
fn starter_template_is_a_valid_programme() {
    let checked = rehabit::program::check(rehabit::cli::STARTER);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
}

#[test]
fn readme_example_programme_passes_check() {
    let readme = fs::read_to_string("README.md").unwrap();
    let example = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a ```toml example");
    let checked = rehabit::program::check(example);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
}

#[test]
fn schema_command_matches_the_checked_in_schema() {
    let home = TempDir::new().unwrap();
    let printed = rehabit(home.path()).arg("schema").assert().success().get_output().stdout.clone();
    let checked_in = fs::read_to_string("programs/program.schema.json").unwrap();
    assert!(
        String::from_utf8_lossy(&printed) == checked_in,
        "programs/program.schema.json is out of date: run `cargo run -- schema > programs/program.schema.json`"
    );
}

/// TOML to JSON the way editors hand it to a schema: dates and times as strings.
fn toml_to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => s.into(),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => f.into(),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(items) => items.into_iter().map(toml_to_json).collect(),
        toml::Value::Table(table) => table.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect(),
    }
}

#[test]
fn schema_validates_every_shipped_programme_and_rejects_a_typo() {
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("programs/program.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid JSON Schema");
    let mut files = bundled_files();
    files.push("programs/templates/starter.toml".into());
    for file in files {
        let document: toml::Value = toml::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        let json = toml_to_json(document);
        let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
    let typo: toml::Value =
        toml::from_str("[program]\ntitle = \"x\"\n[[exercise]]\nid = \"a\"\nsest = 3\n").unwrap();
    assert!(!validator.is_valid(&toml_to_json(typo)));
}

#[test]
fn walking_plan_builds_up_to_thirty_minutes_five_times_a_week() {
    let home = TempDir::new().unwrap();
    let output = rehabit(home.path())
        .args(["plan", "programs/walking-plan.toml", "--from", "2026-11-23", "--format", "json"])
        .assert()
        .success();
    let plan: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    let weeks = plan["weeks"].as_array().unwrap();
    let walk = |week: &serde_json::Value| {
        let session = &week["sessions"][0];
        let minutes =
            humantime::parse_duration(session["exercises"][0]["dose"]["duration"].as_str().unwrap()).unwrap();
        (session["times"].as_u64().unwrap(), minutes.as_secs() / 60)
    };
    let progression: Vec<(u64, u64)> = weeks.iter().map(walk).collect();
    assert!(progression[0].0 < 5 && progression[0].1 < 30, "it starts gently: {progression:?}");
    assert_eq!(progression.last(), Some(&(5, 30)), "{progression:?}");
    assert!(
        progression.windows(2).all(|w| w[1].0 >= w[0].0 && w[1].1 >= w[0].1),
        "never steps back: {progression:?}"
    );
}

#[test]
fn plan_as_text_marks_what_changed_each_week() {
    let home = TempDir::new().unwrap();
    rehabit(home.path())
        .args(["plan", "walking-plan", "--from", "2026-11-23", "--weeks", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Week 1 (Mon 23 Nov to Sun 29 Nov 2026)"))
        .stdout(predicate::str::contains("Week 3"))
        .stdout(predicate::str::contains("Week 4").not())
        .stdout(predicate::str::contains("* changed since the week before"));
}

#[test]
fn use_remembers_the_programme_privately_and_plan_follows_it() {
    let home = TempDir::new().unwrap();
    rehabit(home.path())
        .args(["use", "walking-plan", "--start", "2026-11-02"])
        .assert()
        .success()
        .stdout(predicate::str::contains("You now follow"));
    let config = home.path().join("config/config.toml");
    let text = fs::read_to_string(&config).unwrap();
    assert!(
        text.contains("program = \"walking-plan\"") && text.contains("started = \"2026-11-02\""),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&config).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(home.path().join("config")).unwrap().permissions().mode() & 0o777, 0o700);
    }
    rehabit(home.path())
        .args(["plan", "--weeks", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Week 1 (Mon 2 Nov to Sun 8 Nov 2026)"));
}

#[test]
fn use_keeps_a_copy_of_a_programme_file_and_its_start_day() {
    let home = TempDir::new().unwrap();
    let original = home.path().join("from-physio.toml");
    fs::copy("programs/core-stability.toml", &original).unwrap();
    rehabit(home.path())
        .args(["use", original.to_str().unwrap(), "--start", "2026-10-05"])
        .assert()
        .success();
    fs::remove_file(&original).unwrap();
    let copy = home.path().join("config/programs/from-physio.toml");
    assert!(copy.exists());
    // Choosing the updated file again keeps the start day, so progress carries on.
    fs::copy("programs/core-stability.toml", &original).unwrap();
    rehabit(home.path()).args(["use", original.to_str().unwrap()]).assert().success();
    let text = fs::read_to_string(home.path().join("config/config.toml")).unwrap();
    assert!(text.contains("started = \"2026-10-05\""), "{text}");
}

#[test]
fn use_refuses_a_broken_programme_and_changes_nothing() {
    let home = TempDir::new().unwrap();
    let broken = home.path().join("broken.toml");
    fs::write(&broken, "[program]\ntitle = \"x\"\n").unwrap();
    rehabit(home.path())
        .args(["use", broken.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("has problems"));
    assert!(!home.path().join("config/config.toml").exists());
}

#[test]
fn use_an_unknown_name_says_so_plainly() {
    let home = TempDir::new().unwrap();
    rehabit(home.path())
        .args(["use", "walking-plna"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"walking-plan\"?"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn today_offers_the_gentle_starter_before_a_programme_is_chosen() {
    let home = TempDir::new().unwrap();
    rehabit(home.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("You haven't chosen a programme"))
        .stdout(predicate::str::contains("[ ]"));
}

#[test]
fn new_writes_a_valid_starter_and_its_schema_but_never_overwrites() {
    let home = TempDir::new().unwrap();
    let file = home.path().join("mine.toml");
    rehabit(home.path()).args(["new", file.to_str().unwrap()]).assert().success();
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("#:schema ./program.schema.json"));
    assert!(home.path().join("program.schema.json").exists());
    rehabit(home.path()).args(["check", file.to_str().unwrap()]).assert().success();
    rehabit(home.path())
        .args(["new", file.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn new_from_a_bundled_template_and_a_misspelt_one() {
    let home = TempDir::new().unwrap();
    rehabit(home.path())
        .args(["new", "--template", "core-stability"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Bird dog"));
    rehabit(home.path())
        .args(["new", "--template", "core-stabilty"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"core-stability\"?"));
}

#[test]
fn programs_lists_every_bundled_programme() {
    let home = TempDir::new().unwrap();
    let assert = rehabit(home.path()).arg("programs").assert().success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for bundled in rehabit::bundled::ALL {
        assert!(stdout.contains(bundled.name), "{stdout}");
    }
}

#[test]
fn every_command_has_help_and_completions_generate() {
    let home = TempDir::new().unwrap();
    for command in ["today", "check", "plan", "new", "programs", "use", "schema", "completions"] {
        rehabit(home.path())
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
    for shell in ["bash", "zsh", "fish"] {
        rehabit(home.path())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("rehabit"));
    }
}

#[test]
fn plan_piped_into_a_reader_that_stops_early_exits_quietly() {
    use std::process::Stdio;
    let home = TempDir::new().unwrap();
    let binary = assert_cmd::cargo::cargo_bin("rehabit");
    let mut child = std::process::Command::new(binary)
        .args(["plan", "walking-plan", "--weeks", "104"])
        .env("LC_ALL", "C.UTF-8")
        .env("REHABIT_CONFIG_DIR", home.path().join("config"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before rehabit writes a word
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn every_complete_programme_in_the_format_guide_passes_check() {
    let guide = fs::read_to_string("programs/README.md").unwrap();
    let complete: Vec<&str> = guide
        .split("```toml\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .filter(|block| block.contains("[program]") && block.contains("[[exercise]]"))
        .collect();
    assert!(!complete.is_empty(), "the guide has a complete example");
    for example in complete {
        let checked = rehabit::program::check(example);
        assert!(checked.program.is_some(), "{:?}\n{example}", checked.problems);
    }
}
