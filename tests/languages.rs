//! Every language has every text English has, uses only the values English gives it,
//! and every text the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use rehabit::i18n::{self, Lang, sources};

/// Message ids and `id.attribute`s of one file, each with the variables it uses.
type Keys = BTreeMap<String, BTreeSet<String>>;

fn keys_of(lang: Lang, area: &str, text: &str) -> Keys {
    let resource = parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("locales/{}/{area}.ftl does not parse: {errors:?}", lang.code())
    });
    let mut keys = Keys::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_string();
                if let Some(value) = &message.value {
                    keys.insert(id.clone(), variables(value));
                }
                for attribute in &message.attributes {
                    keys.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
                }
            }
            Entry::Junk { content } => panic!("locales/{}/{area}.ftl has junk: {content}", lang.code()),
            _ => {}
        }
    }
    keys
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, &mut found);
        }
    }
    found
}

fn in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
        Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        // Marked so they never pass for a variable: see `references`.
        InlineExpression::MessageReference { id, .. } => {
            found.insert(format!("{REFERENCE}{}", id.name));
        }
        InlineExpression::TermReference { id, .. } => {
            found.insert(format!("{REFERENCE}-{}", id.name));
        }
        InlineExpression::Placeable { expression } => in_expression(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                in_inline(argument, found);
            }
        }
        _ => {}
    }
}

/// What marks a reference to another message (or `-term`) among a text's variables.
const REFERENCE: &str = "message:";

fn all_keys(lang: Lang) -> BTreeMap<&'static str, Keys> {
    sources(lang).into_iter().map(|(area, text)| (area, keys_of(lang, area, text))).collect()
}

#[test]
fn every_language_has_every_english_text() {
    let english = all_keys(Lang::En);
    let mut missing = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let translated = all_keys(lang);
        for (area, keys) in &english {
            for key in keys.keys() {
                if !translated[area].contains_key(key) {
                    missing.push(format!("locales/{}/{area}.ftl lacks {key}", lang.code()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "texts missing:\n{}", missing.join("\n"));
}

#[test]
fn no_language_has_texts_english_lacks_or_values_english_does_not_give() {
    let english = all_keys(Lang::En);
    let mut wrong = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (area, keys) in all_keys(lang) {
            for (key, used) in keys {
                match english[area].get(&key) {
                    None => {
                        wrong.push(format!("locales/{}/{area}.ftl has {key}, English does not", lang.code()))
                    }
                    Some(given) => {
                        for variable in used.difference(given) {
                            wrong.push(format!("locales/{}/{area}.ftl: {key} uses ${variable}", lang.code()));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn keys_are_named_after_their_file_and_never_repeated() {
    let mut seen = BTreeMap::new();
    for (area, keys) in all_keys(Lang::En) {
        for key in keys.keys().filter(|key| !key.contains('.')) {
            if area != "common" {
                assert!(
                    key.starts_with(&format!("{area}-")),
                    "{key} in {area}.ftl should start with {area}-"
                );
            }
            if let Some(other) = seen.insert(key.clone(), area) {
                panic!("{key} is in both {other}.ftl and {area}.ftl");
            }
        }
    }
}

/// Each area's texts are read on their own (`rehabit status` never reads the report's), so
/// a text may only use another message of its own file.
#[test]
fn texts_refer_only_to_messages_of_their_own_file() {
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        for (area, keys) in all_keys(lang) {
            for (key, used) in &keys {
                for name in used.iter().filter_map(|used| used.strip_prefix(REFERENCE)) {
                    if !keys.contains_key(name) {
                        wrong.push(format!(
                            "locales/{}/{area}.ftl: {key} uses {name}, not in that file",
                            lang.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every `t!("key")` and `i18n::date(…, "key")` outside comments in the code names an English text.
#[test]
fn every_text_the_code_asks_for_exists() {
    let english: BTreeSet<String> =
        all_keys(Lang::En).into_values().flat_map(|keys| keys.into_keys()).collect();
    let mut asked = Vec::new();
    collect_asked(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(), &mut asked);
    let missing: Vec<_> = asked.iter().filter(|(_, key)| !english.contains(key)).collect();
    assert!(missing.is_empty(), "texts the code asks for but English lacks: {missing:?}");
}

fn collect_asked(folder: &Path, asked: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_asked(&path, asked);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for marker in ["t!(\"", "i18n::date("] {
                for (at, _) in code.match_indices(marker) {
                    let rest = &code[at + marker.len()..];
                    let rest =
                        if marker == "t!(\"" { rest } else { rest.split_once(", \"").map_or("", |p| p.1) };
                    if let Some((key, _)) = rest.split_once('"')
                        && !key.is_empty()
                        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                    {
                        asked.push((path.display().to_string(), key.to_string()));
                    }
                }
            }
        }
    }
}

#[test]
fn a_missing_text_falls_back_to_english_and_plurals_follow_the_language() {
    // The date patterns exist in every language; weekday names come out in it.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let expected = [
        (Lang::En, "Sunday 22 November"),
        (Lang::Sv, "söndag 22 november"),
        (Lang::Nb, "søndag 22. november"),
        (Lang::Da, "søndag 22. november"),
        (Lang::Nl, "zondag 22 november"),
    ];
    for (lang, text) in expected {
        let _speaking = i18n::use_language_here(lang);
        assert_eq!(i18n::date(day, "date-weekday-day-month"), text);
    }
}
