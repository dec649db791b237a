//! The rules for texts in other languages: a language code rehabit knows, not the
//! language the programme is written in, each language once, and a translated list
//! with as many items as the original.

use std::collections::HashMap;
use std::ops::Range;

use super::super::language::{RawTranslations, english_name, unknown_code_fix};
use super::super::located::Located;
use super::super::raw::{RawAboutText, RawSession, RawSessionText, RawVersion, RawVersionText};
use super::super::translate::VersionWritten;
use super::super::{AboutText, Problem, SessionText, Translations, Version, VersionText};
use super::Validator;
use crate::i18n::Lang;

/// The language of the programme's own texts, and where `language` says so.
#[derive(Debug, Default)]
pub(super) struct OwnLanguage {
    /// `None` when `language` names no language rehabit knows (an error of its own).
    lang: Option<Lang>,
    written: Option<Range<usize>>,
}

type List = Option<Located<Vec<Located<String>>>>;

fn text(value: &Option<Located<String>>) -> Option<String> {
    value.as_ref().map(|located| located.value.clone())
}

impl Validator {
    /// The programme's own language as its code, from `language` (English when it is
    /// not written). A code rehabit doesn't know is an error: a typo would otherwise
    /// hide a translation in the programme's own language.
    pub(super) fn own_language(&mut self, written: Option<&Located<String>>) -> String {
        let Some(written) = written else {
            self.own = OwnLanguage { lang: Some(Lang::En), written: None };
            return Lang::En.code().to_string();
        };
        let lang = Lang::from_tag(&written.value);
        self.own = OwnLanguage { lang, written: Some(written.span.clone()) };
        match lang {
            Some(lang) => lang.code().to_string(),
            None => {
                self.unknown_code(&written.value, written.span.clone());
                written.value.clone()
            }
        }
    }

    fn unknown_code(&mut self, code: &str, span: Range<usize>) {
        self.error(span, format!("\"{code}\" is not a language code rehabit knows"), unknown_code_fix(code));
    }

    /// Reads each language's texts with `read`, after checking its code.
    fn translations<T, V>(
        &mut self,
        raw: &Option<Located<RawTranslations<T>>>,
        mut read: impl FnMut(&mut Self, Lang, &T) -> V,
    ) -> Translations<V> {
        let mut translations = Translations::default();
        let mut seen: Vec<(Lang, &Located<String>)> = Vec::new();
        for translation in raw.iter().flat_map(|raw| &raw.value.0) {
            let code = &translation.code;
            let Some(lang) = Lang::from_tag(&code.value) else {
                self.unknown_code(&code.value, code.span.clone());
                continue;
            };
            if self.own.lang == Some(lang) {
                self.translation_into_own_language(lang, code.span.clone());
                continue;
            }
            if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == lang) {
                let message = format!("the {} texts are written twice", english_name(lang));
                let fix =
                    format!("keep one: \"{}\" and \"{}\" are the same language", first.value, code.value);
                let problem = Problem::error(code.span.clone(), message, fix);
                self.problems.push(problem.with_related(first.span.clone(), "the first one"));
                continue;
            }
            seen.push((lang, code));
            let texts = read(self, lang, &translation.text.value);
            translations.insert(lang, texts);
        }
        translations
    }

    fn translation_into_own_language(&mut self, lang: Lang, span: Range<usize>) {
        let name = english_name(lang);
        let message = format!("the programme itself is written in {name}");
        let problem = match self.own.written.clone() {
            Some(written) => Problem::error(
                span,
                message,
                format!(
                    "write the {name} texts in the table itself, or, if those are in another \
                     language, set `language` to that language"
                ),
            )
            .with_related(written, "the programme's own language"),
            None => Problem::error(
                span,
                format!("the programme itself counts as {name}, as [program] has no `language`"),
                "if the programme's own texts are in another language, say which under [program], \
                 such as language = \"sv\"; otherwise write these texts in the table itself",
            ),
        };
        self.problems.push(problem);
    }

    /// A translated list, with a warning when its length differs from the original's:
    /// the patient would miss a step, or read one twice.
    fn list(&mut self, lang: Lang, key: &str, translated: &List, own: &[String]) -> Option<Vec<String>> {
        let list = translated.as_ref()?;
        let texts: Vec<String> = list.value.iter().map(|item| item.value.clone()).collect();
        if texts.len() != own.len() {
            let items = |n: usize| match n {
                0 => "none".to_string(),
                1 => "1 item".to_string(),
                n => format!("{n} items"),
            };
            self.warn(
                list.span.clone(),
                format!(
                    "the {} `{key}` have {}, but the original has {}",
                    english_name(lang),
                    items(texts.len()),
                    items(own.len())
                ),
                "translate each of the original items once, in the same order",
            );
        }
        Some(texts)
    }

    pub(super) fn about_texts(
        &mut self,
        raw: &Option<Located<RawTranslations<RawAboutText>>>,
        goals: &[String],
    ) -> Translations<AboutText> {
        self.translations(raw, |checker, lang, raw: &RawAboutText| AboutText {
            title: text(&raw.title),
            goals: checker.list(lang, "goals", &raw.goals, goals),
            text: text(&raw.about),
        })
    }

    pub(super) fn session_texts(&mut self, raw: &RawSession) -> Translations<SessionText> {
        self.translations(&raw.translations, |_, _, raw: &RawSessionText| SessionText {
            name: text(&raw.name),
        })
    }

    /// Sessions are told apart by name, in every language.
    pub(super) fn translated_session_names_differ(&mut self, raw: &[Located<RawSession>]) {
        for lang in Lang::ALL.into_iter().filter(|lang| self.own.lang != Some(*lang)) {
            let mut first_seen: HashMap<&str, (Range<usize>, bool)> = HashMap::new();
            for session in raw {
                let translated = session.value.translations.iter().flat_map(|t| &t.value.0).find_map(|t| {
                    (Lang::from_tag(&t.code.value) == Some(lang)).then_some(t.text.value.name.as_ref())?
                });
                let Some((name, is_translated)) = translated
                    .map(|name| (name, true))
                    .or_else(|| session.value.name.as_ref().map(|name| (name, false)))
                else {
                    continue;
                };
                let Some((first, first_translated)) =
                    first_seen.insert(&name.value, (name.span.clone(), is_translated))
                else {
                    continue;
                };
                if is_translated || first_translated {
                    let problem = Problem::error(
                        name.span.clone(),
                        format!("two sessions are called \"{}\" in {}", name.value, english_name(lang)),
                        format!("give each session its own {} name", english_name(lang)),
                    );
                    self.problems.push(problem.with_related(first, "the first one"));
                }
            }
        }
    }

    /// An exercise's texts in other languages at one level. A level takes from the
    /// exercise's own translations each text it neither translates nor writes itself.
    pub(super) fn version_texts(
        &mut self,
        raw: &RawVersion,
        own: &Version,
        base: Option<&Version>,
    ) -> Translations<VersionText> {
        let mut translations =
            self.translations(&raw.translations, |checker, lang, raw: &RawVersionText| VersionText {
                name: text(&raw.name),
                steps: checker.list(lang, "steps", &raw.steps, &own.steps),
                cues: checker.list(lang, "cues", &raw.cues, &own.cues),
                safety: checker.list(lang, "safety", &raw.safety, &own.safety),
                equipment: checker.list(lang, "equipment", &raw.equipment, &own.equipment),
                media: text(&raw.media),
                intensity: text(&raw.intensity),
            });
        if let Some(base) = base {
            let written = VersionWritten {
                name: raw.name.is_some(),
                steps: raw.steps.is_some(),
                cues: raw.cues.is_some(),
                safety: raw.safety.is_some(),
                equipment: raw.equipment.is_some(),
                media: raw.media.is_some(),
                intensity: raw.intensity.is_some(),
            };
            for (lang, from) in base.translations.iter() {
                translations.entry(lang).inherit(from, &written);
            }
        }
        translations
    }
}
