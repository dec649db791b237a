use super::super::{Program, check};
use crate::i18n::Lang;

const PROGRAMME: &str = r#"
[program]
title = "Back on track"
goals = ["Walk to the shop", "Garden for an hour"]
about = "A few minutes every morning."

[program.translations.sv]
title = "Tillbaka på banan"
goals = ["Gå till affären", "Arbeta i trädgården en timme"]

[[session]]
name = "Morning"
when = "every day"
exercises = ["bridge", "walk"]

[session.translations.sv]
name = "Morgon"

[[session]]
name = "Evening"
when = "every day"
exercises = ["bridge"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
reps = 8
hold = "3s"
steps = ["Lie on your back.", "Lift your hips."]
cues = ["Squeeze, then lift"]
safety = ["Don't arch your back."]
equipment = ["Exercise mat"]
media = "https://example.org/bridge"

[exercise.translations.sv]
name = "Bäckenlyft"
steps = ["Ligg på rygg.", "Lyft höften."]
cues = ["Spänn, lyft sedan"]

[[exercise.levels]]
level = 2
name = "Single-leg bridge"
reps = 6
cues = ["Hips level"]

[[exercise.levels]]
level = 3
name = "Single-leg bridge, longer hold"
hold = "10s"

[exercise.levels.translations.sv]
name = "Bäckenlyft på ett ben, längre håll"

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "10m"
intensity = "You can talk"
cues = ["Stand tall"]

[exercise.translations.sv]
intensity = "Du kan prata"
"#;

fn programme() -> Program {
    let checked = check(PROGRAMME);
    checked.program.unwrap_or_else(|| panic!("{:?}", checked.problems))
}

#[test]
fn the_programme_in_its_own_language_is_unchanged() {
    let program = programme();
    assert_eq!(program.in_language(Lang::En), program);
    // A language the author did not translate into reads the author's own texts.
    assert_eq!(program.in_language(Lang::Nl), program);
}

#[test]
fn the_patient_reads_swedish_where_the_author_gave_it_and_the_own_text_where_not() {
    let program = programme();
    let swedish = program.in_language(Lang::Sv);
    assert_eq!(swedish.about.title, "Tillbaka på banan");
    assert_eq!(swedish.about.goals, ["Gå till affären", "Arbeta i trädgården en timme"]);
    assert_eq!(swedish.about.text.as_deref(), Some("A few minutes every morning."));
    assert_eq!(swedish.about.language, "en", "the language of the author's own texts");
    let names: Vec<&str> = swedish.sessions.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Morgon", "Evening"]);

    let bridge = swedish.exercise("bridge").expect("the bridge");
    let start = bridge.at_level(1);
    assert_eq!(start.name, "Bäckenlyft");
    assert_eq!(start.steps, ["Ligg på rygg.", "Lyft höften."]);
    assert_eq!(start.cues, ["Spänn, lyft sedan"]);
    assert_eq!(start.safety, ["Don't arch your back."]);
    assert_eq!(start.equipment, ["Exercise mat"]);
    assert_eq!(start.media.as_deref(), Some("https://example.org/bridge"));

    let walk = swedish.exercise("walk").expect("the walk");
    assert_eq!(walk.at_level(1).dose.intensity.as_deref(), Some("Du kan prata"));
    assert_eq!(walk.at_level(1).name, "Walk");
}

/// Sessions keep the name the journal, reminders and calendar know them by, so a
/// patient who changes language (or gets a translated programme) keeps their history.
#[test]
fn a_translated_session_keeps_its_own_name_as_its_key() {
    let program = programme();
    let swedish = program.in_language(Lang::Sv);
    let morning = &swedish.sessions[0];
    assert_eq!((morning.name.as_str(), morning.key.as_str()), ("Morgon", "Morning"));
    assert_eq!(program.sessions[0].key, "Morning");
    assert!(morning.is_called("morgon") && morning.is_called(" Morning ") && !morning.is_called("Evening"));
    assert_eq!(swedish.session_name("Morning"), "Morgon");
    assert_eq!(swedish.session_name("A session no longer there"), "A session no longer there");
}

#[test]
fn a_level_takes_the_translations_of_what_it_does_not_write_itself() {
    let swedish = programme().in_language(Lang::Sv);
    let bridge = swedish.exercise("bridge").expect("the bridge");
    // Level 2 writes its own name and cues, untranslated: the patient reads them as
    // written, not the easier version's Swedish name. Its steps are the exercise's.
    let two = bridge.at_level(2);
    assert_eq!(two.name, "Single-leg bridge");
    assert_eq!(two.cues, ["Hips level"]);
    assert_eq!(two.steps, ["Ligg på rygg.", "Lyft höften."]);
    // Level 3 translates its own name and takes the exercise's cues, in Swedish.
    let three = bridge.at_level(3);
    assert_eq!(three.name, "Bäckenlyft på ett ben, längre håll");
    assert_eq!(three.cues, ["Spänn, lyft sedan"]);
}

#[test]
fn ids_schedules_doses_and_levels_are_the_same_in_every_language() {
    let program = programme();
    for lang in Lang::ALL {
        let translated = program.in_language(lang);
        assert_eq!(translated.pain, program.pain);
        for (theirs, ours) in translated.sessions.iter().zip(&program.sessions) {
            assert_eq!((&theirs.schedule, &theirs.exercises), (&ours.schedule, &ours.exercises));
        }
        for (theirs, ours) in translated.exercises.iter().zip(&program.exercises) {
            assert_eq!(
                (&theirs.id, theirs.kind, &theirs.progression),
                (&ours.id, ours.kind, &ours.progression)
            );
            let levels = |e: &super::super::Exercise| e.levels.iter().map(|(at, _)| *at).collect::<Vec<_>>();
            assert_eq!(levels(theirs), levels(ours));
            for ((_, theirs), (_, ours)) in theirs.levels.iter().zip(&ours.levels) {
                let numbers = |v: &super::super::Version| {
                    let d = &v.dose;
                    (d.sets, d.reps, d.hold, d.rest, d.rest_between_sets, d.sides, d.duration)
                };
                assert_eq!(numbers(theirs), numbers(ours));
            }
        }
    }
}

#[test]
fn norwegian_may_be_written_no() {
    let source = PROGRAMME.replace("[session.translations.sv]", "[session.translations.no]");
    let program = check(&source).program.expect("valid");
    assert_eq!(program.in_language(Lang::Nb).sessions[0].name, "Morgon");
}

/// Every text of the programme has a translation into `lang`: nothing falls back.
fn fully_translated(program: &Program, lang: Lang) -> Result<(), String> {
    let missing = |what: String| Err(format!("no {} for {what}", lang.code()));
    let about = program.about.translations.get(lang);
    if about.is_none_or(|t| t.title.is_none() || t.text.is_none() || t.goals.is_none()) {
        return missing("[program]".into());
    }
    for session in &program.sessions {
        if session.translations.get(lang).is_none_or(|t| t.name.is_none()) {
            return missing(session.name.clone());
        }
    }
    for exercise in &program.exercises {
        for (level, version) in &exercise.levels {
            let Some(text) = version.translations.get(lang) else {
                return missing(format!("{} at level {level}", exercise.id));
            };
            let lists = [
                (&version.steps, &text.steps),
                (&version.cues, &text.cues),
                (&version.safety, &text.safety),
                (&version.equipment, &text.equipment),
            ];
            let lacking = text.name.is_none()
                || lists.iter().any(|(own, translated)| !own.is_empty() && translated.is_none())
                || (version.dose.intensity.is_some() && text.intensity.is_none());
            if lacking {
                return missing(format!("some texts of {} at level {level}", exercise.id));
            }
        }
    }
    Ok(())
}

#[test]
fn the_bundled_translations_cover_every_text() {
    for bundled in crate::bundled::ALL {
        let name = bundled.name;
        let program = check(bundled.source).program.expect("valid");
        for lang in [Lang::Sv, Lang::Nb, Lang::Da, Lang::Nl] {
            fully_translated(&program, lang).unwrap_or_else(|missing| panic!("{name}: {missing}"));
        }
    }
}
