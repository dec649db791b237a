//! The report and the plan preview follow the patient's language: a Swedish patient's
//! report goes to a Swedish physiotherapist. The CSV and the JSON stay the same in
//! every language.

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate};
use rehabit::i18n::{Lang, use_language_here};
use rehabit::journal::{Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef};
use rehabit::report::{Format, Report, build, render};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn entry(day: &str, run: &str, event: Event) -> Entry {
    Entry {
        v: FORMAT_VERSION,
        at: DateTime::parse_from_rfc3339(&format!("{day}T18:00:00+01:00")).unwrap(),
        day: date(day),
        program: ProgramRef { title: "Steady walking".into(), hash: "h1".into() }.into(),
        session: "Walk".into(),
        run: run.into(),
        event,
    }
}

fn walk(day: &str, run: &str, minutes: u64, pain: (u8, u8)) -> Entry {
    let event = Event::Logged {
        activity: "walk".into(),
        seconds: minutes * 60,
        pain_before: Some(pain.0),
        pain_after: Some(pain.1),
        note: None,
    };
    entry(day, run, event)
}

/// One week of walks, Monday 2 March 2026 to Sunday 8 March, with pain before of 1 and 2.
fn report() -> Report {
    let program =
        rehabit::program::check(rehabit::bundled::find("walking-plan").unwrap().source).program.unwrap();
    let entries = [
        walk("2026-03-02", "a", 12, (1, 2)),
        walk("2026-03-04", "b", 1, (2, 2)),
        entry("2026-03-04", "m", Event::Pain { moment: PainMoment::NextMorning, score: 1 }),
    ];
    build(
        &program,
        "h1",
        date("2026-03-02"),
        date("2026-03-02"),
        date("2026-03-08"),
        date("2026-03-10"),
        &entries,
    )
}

#[test]
fn the_markdown_report_reads_in_swedish_with_swedish_dates_and_decimal_commas() {
    let report = report();
    let markdown = {
        let _swedish = use_language_here(Lang::Sv);
        render(&report, Format::Markdown).unwrap()
    };
    for heading in [
        "# Träningsrapport: Steady walking: building up to 30 minutes, five times a week\n",
        "\n## Vecka för vecka\n",
        "\n## Pass\n",
        "\n## Smärta\n",
        "\n## Promenader och andra aktiviteter\n",
        "\n## Röda flaggor\n",
    ] {
        assert!(markdown.contains(heading), "{heading:?} missing from:\n{markdown}");
    }
    for line in [
        "- **Period:** 2026-03-02 till 2026-03-08 (7 dagar), skapad 2026-03-10\n",
        "| Vecka | Datum | Före | Efter | Morgonen efter |\n",
        "| 1 | 2026-03-02 till 2026-03-08 | 1,5 | 2,0 | 1,0 |\n",
        "| mån 2026-03-02 | walk | loggad | 12 | 1 | 2 |  |\n",
        "| ons 2026-03-04 | walk | loggad | 1 | 2 | 2 |  |\n",
        "Frågorna om röda flaggor besvarades inte under perioden.\n",
    ] {
        assert!(markdown.contains(line), "{line:?} missing from:\n{markdown}");
    }
    assert!(!markdown.contains("1.5"), "no decimal point in Swedish");
}

#[test]
fn the_html_report_reads_in_dutch_with_dutch_dates_and_plurals() {
    let report = report();
    let html = {
        let _dutch = use_language_here(Lang::Nl);
        render(&report, Format::Html).unwrap()
    };
    for text in [
        "<html lang=\"nl\">",
        "<h2>Week voor week</h2>",
        "<h2>Oefeningen</h2>",
        "<h2>Rode vlaggen</h2>",
        "<li><strong>Periode:</strong> 02-03-2026 t/m 08-03-2026 (7 dagen), gemaakt op 10-03-2026</li>",
        "<td class=\"date\">wo 04-03-2026</td>",
        "<td class=\"n\">1,5</td>",
        ">wk 1<tspan",
        "<title>doel 30 minuten</title>",
        "<footer>Gemaakt door rehabit op 10-03-2026. Rapportformaat 1.</footer>",
    ] {
        assert!(html.contains(text), "{text:?} missing");
    }
}

#[test]
fn the_csv_and_the_json_are_the_same_in_every_language() {
    let report = report();
    let english = (render(&report, Format::Csv).unwrap(), render(&report, Format::Json).unwrap());
    for lang in Lang::ALL {
        let _speaking = use_language_here(lang);
        let other = (render(&report, Format::Csv).unwrap(), render(&report, Format::Json).unwrap());
        assert_eq!(other, english, "{lang}");
    }
    assert!(english.0.starts_with("\u{feff}date;week;session;source;status;"));
}

#[test]
fn the_plan_preview_counts_the_times_a_week_in_swedish() {
    let output = Command::cargo_bin("rehabit")
        .unwrap()
        .env("REHABIT_DATA_DIR", "/nonexistent/rehabit-data")
        .env("REHABIT_CONFIG_DIR", "/nonexistent/rehabit-config")
        .args(["--lang", "sv", "plan", "strength-prevention", "--from", "2026-11-23", "--weeks", "1"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(text.contains("\nVecka 1 (mån 23 nov till sön 29 nov 2026)\n"), "{text}");
    assert!(text.contains(" — två gånger denna vecka\n"), "{text}");
    assert!(text.contains("\n* ändrat sedan veckan innan\n"), "{text}");
}
