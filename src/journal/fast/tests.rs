use chrono::{DateTime, FixedOffset, NaiveDate};

use super::entry;
use super::timestamps::{quick_date, quick_timestamp};
use super::written::{as_written, plain_length};
use crate::journal::{Asked, DoseRecord, Ending, Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef, Side};

fn asked() -> Asked {
    Asked {
        exercise: "bird-dog".into(),
        position: 2,
        level: 1,
        dose: DoseRecord {
            sets: 2,
            reps: Some(6),
            hold_s: Some(5),
            sides: Some("alternating".into()),
            ..DoseRecord::default()
        },
    }
}

fn entry_of(event: Event) -> Entry {
    Entry {
        v: FORMAT_VERSION,
        at: DateTime::parse_from_rfc3339("2026-03-11T08:15:02+01:00").unwrap(),
        day: NaiveDate::from_ymd_opt(2026, 3, 11).unwrap(),
        program: ProgramRef { title: "Core \"stability\"".into(), hash: "0123abcd".into() }.into(),
        session: "Core stability".into(),
        run: "20260311T081502-42".into(),
        event,
    }
}

/// One of each event read here, with optional fields given and left out.
fn samples() -> Vec<Entry> {
    let events = vec![
        Event::Started { planned: vec![asked(), asked()].into() },
        Event::MarkedDone { planned: vec![].into() },
        Event::Pain { moment: PainMoment::Before, score: 3 },
        Event::Pain { moment: PainMoment::NextMorning, score: 0 },
        Event::SetDone { asked: asked(), set: 1, side: Some(Side::Left), reps: Some(6) },
        Event::SetDone { asked: asked(), set: 2, side: None, reps: None },
        Event::ExerciseDone { asked: asked(), sets_done: 2, seconds: None },
        Event::ExerciseDone { asked: asked(), sets_done: 1, seconds: Some(905) },
        Event::Skipped { asked: asked(), reason: Some("too sore\ttoday ✓".into()) },
        Event::Skipped { asked: asked(), reason: None },
        Event::Note { text: "Felt \\ stiff,\n then \"better\"".into() },
        Event::Ended { ending: Ending::Left, done: 3, skipped: 1 },
        Event::Logged {
            activity: "walk".into(),
            seconds: 1800,
            pain_before: Some(2),
            pain_after: None,
            note: Some("river".into()),
        },
        Event::Logged {
            activity: "cycling".into(),
            seconds: 60,
            pain_before: None,
            pain_after: None,
            note: None,
        },
        Event::Cancelled { cancels: "log-1".into(), reason: None },
        Event::Cancelled { cancels: "log-2".into(), reason: Some("wrong day".into()) },
    ];
    events.into_iter().map(entry_of).collect()
}

fn serde_reads(line: &str) -> Option<Entry> {
    serde_json::from_str(line).ok()
}

#[test]
fn reads_every_event_it_knows_as_serde_does() {
    for sample in samples() {
        let line = sample.to_line();
        assert_eq!(entry(line.as_bytes()), Some(sample.clone()), "{line}");
        assert_eq!(serde_reads(&line), Some(sample), "{line}");
    }
}

/// Timestamps and days in and near the form rehabit writes: whatever is read here is
/// what chrono reads, offset included.
#[test]
fn reads_timestamps_and_days_as_chrono_does() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet = b"0123456789+-:.TZ tx";
    let (mut read, mut tried) = (0, 0);
    for _ in 0..20_000 {
        let n = next();
        let fraction = match n % 5 {
            0 => String::new(),
            1 => ".5".to_string(),
            2 => format!(".{:03}", n % 1000),
            3 => format!(".{:09}", n % 1_000_000_000),
            _ => format!(".{:010}", n % 10_000_000_000),
        };
        let sign = if n % 7 == 0 { '-' } else { '+' };
        let offset = if n % 11 == 0 {
            "Z".to_string()
        } else {
            format!("{sign}{:02}:{:02}", (n >> 28) % 25, (n >> 32) % 61)
        };
        let mut text = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{offset}",
            1990 + n % 50,
            1 + (n >> 8) % 13,
            1 + (n >> 12) % 31,
            (n >> 16) % 25,
            (n >> 20) % 61,
            (n >> 24) % 61,
        )
        .into_bytes();
        if n % 3 == 0 {
            let at = (next() % text.len() as u64) as usize;
            text[at] = alphabet[(next() % alphabet.len() as u64) as usize];
        }
        let text = String::from_utf8(text).unwrap();
        tried += 1;
        if let Some(quick) = quick_timestamp(&text) {
            let chrono: DateTime<FixedOffset> = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!((quick, quick.offset()), (chrono, chrono.offset()), "{text}");
            read += 1;
        }
        let day = &text[..10];
        if let Some(quick) = quick_date(day.as_bytes()) {
            assert_eq!(day.parse::<NaiveDate>().ok(), Some(quick), "{day}");
        }
    }
    assert!(read > tried / 3, "{read} of {tried} read");
}

#[test]
fn finds_where_a_plain_string_ends_as_a_byte_search_does() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet = [b'a', b'"', b'\\', 0x1f, 0x20, 0x00, 0x7f, 0x80, 0xc3, 0xff, b'!', b'#', b'[', b']'];
    for round in 0..20_000 {
        let length = (next() % 40) as usize;
        let bytes: Vec<u8> = (0..length)
            .map(|_| match next() % (4 + round % 40) {
                0..4 => alphabet[(next() % alphabet.len() as u64) as usize],
                _ => b'a' + (next() % 26) as u8,
            })
            .collect();
        let expected = bytes.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(bytes.len());
        assert_eq!(plain_length(&bytes), expected, "{bytes:?}");
    }
}

/// The samples, with a title that needs no escapes.
fn plain_samples() -> Vec<Entry> {
    let program = ProgramRef { title: "Core stability".into(), hash: "0123abcd".into() };
    samples().into_iter().map(|sample| Entry { program: program.clone().into(), ..sample }).collect()
}

/// Every line rehabit writes of the events read here, but for strings with escapes,
/// is read without [`Flat`].
///
/// [`Flat`]: mod@super::flat
#[test]
fn reads_lines_as_rehabit_writes_them_without_serde() {
    let mut read = 0;
    for sample in plain_samples() {
        let line = sample.to_line();
        if !line.contains('\\') {
            assert_eq!(as_written(&line), Some(sample), "{line}");
            read += 1;
        }
    }
    assert!(read >= samples().len() - 2);
}

/// Each number of each line made every kind of edge number, each string value made
/// another string (escaped, Unicode, empty, the wrong kind), spaces put in, a byte
/// dropped: whatever is read without serde is what serde reads.
#[test]
fn reads_as_written_only_what_serde_reads_the_same() {
    let numbers = [
        "0",
        "00",
        "01",
        "7",
        "255",
        "256",
        "65535",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999999",
        "1e2",
        "1.0",
        "-0",
        "-1",
        "null",
        "\"3\"",
        " 3",
    ];
    let strings = [
        "\"\"",
        "\"é ✓\"",
        "\"a\\\"b\"",
        "\"\\u00e9\"",
        "\"left\"",
        "\"right\"",
        "\"before\"",
        "\"after\"",
        "\"next_morning\"",
        "\"finished\"",
        "\"2026-03-11\"",
        "\"2026-02-30\"",
        "\"2026-03-11T08:15:02Z\"",
        "null",
        "7",
        "\"\t\"",
    ];
    let (mut checked, mut read) = (0, 0);
    for sample in plain_samples() {
        let line = sample.to_line();
        let bytes = line.as_bytes();
        let mut variants: Vec<String> = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let digits = bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 0 && bytes[at - 1] == b':' {
                for number in numbers {
                    variants.push(format!("{}{number}{}", &line[..at], &line[at + digits..]));
                }
            }
            if bytes[at] == b'"' && bytes[at - 1] == b':' {
                let length = line[at + 1..].find('"').unwrap() + 2;
                for string in strings {
                    variants.push(format!("{}{string}{}", &line[..at], &line[at + length..]));
                }
            }
            if bytes[at] == b',' || bytes[at] == b':' {
                variants.push(format!("{} {}", &line[..at], &line[at..]));
                variants.push(format!("{}{}", &line[..at], &line[at + 1..]));
            }
            at += digits.max(1);
        }
        variants.push(format!("{line} "));
        variants.push(format!(" {line}"));
        variants.push(format!("{line}}}"));
        variants.push(line[..line.len() - 1].to_string());
        for variant in variants {
            if let Some(entry) = as_written(&variant) {
                assert_eq!(serde_reads(&variant), Some(entry), "{variant}");
                read += 1;
            }
            checked += 1;
        }
    }
    assert!(checked > 3000 && read > 300, "{read} of {checked} read");
}

#[test]
fn leaves_other_events_to_serde() {
    let line = entry_of(Event::SafetyCleared { note: None }).to_line();
    assert_eq!(entry(line.as_bytes()), None);
    assert!(serde_reads(&line).is_some());
}

/// Lines near the real ones, a field at a time left out, made null, a number, a
/// string, a list or given twice, and a field added: whatever is read here is what
/// serde reads.
#[test]
fn never_reads_a_line_otherwise_than_serde() {
    let replacements = ["null", "7", "-1", "300", "\"x\"", "[]", "{}", "true", "2.5", "\"left\""];
    let mut checked = 0;
    for sample in samples().into_iter().chain(plain_samples()) {
        let value: serde_json::Value = serde_json::from_str(&sample.to_line()).unwrap();
        let serde_json::Value::Object(map) = value else { panic!("an object") };
        let mut variants: Vec<String> = Vec::new();
        for key in map.keys() {
            let mut without = map.clone();
            without.remove(key);
            variants.push(serde_json::Value::Object(without).to_string());
            let line = serde_json::Value::Object(map.clone()).to_string();
            let pair = format!("\"{key}\":{}", map[key]);
            variants.push(line.replacen(&pair, &format!("{pair},{pair}"), 1));
            for replacement in replacements {
                variants.push(line.replacen(&pair, &format!("\"{key}\":{replacement}"), 1));
            }
        }
        for extra in ["\"planned\":[]", "\"score\":2", "\"side\":\"right\"", "\"reps\":null", "\"because\":1"]
        {
            let line = serde_json::Value::Object(map.clone()).to_string();
            variants.push(format!("{{{extra},{}", &line[1..]));
        }
        for tag in ["\"started\"", "\"pain\"", "\"set_done\"", "\"logged\"", "\"hurt\"", "\"nope\""] {
            let line = serde_json::Value::Object(map.clone()).to_string();
            let event = format!("\"event\":{}", map["event"]);
            variants.push(line.replacen(&event, &format!("\"event\":{tag}"), 1));
        }
        for line in variants {
            if let Some(read) = entry(line.as_bytes()) {
                assert_eq!(serde_reads(&line), Some(read), "{line}");
            }
            if let Some(read) = as_written(&line) {
                assert_eq!(serde_reads(&line), Some(read), "{line}");
            }
            checked += 1;
        }
    }
    assert!(checked > 1000);
}
