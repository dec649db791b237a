//! A programme's texts in other languages, and the programme as a patient reads it in
//! theirs: each text in their language where the author gave one, the author's own
//! text where not.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::{About, Program, Session, Version};
use crate::i18n::Lang;

/// Texts by language, one entry per language the author translated into.
#[derive(Debug, Clone, PartialEq)]
pub struct Translations<T>(Vec<(Lang, T)>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations(Vec::new())
    }
}

impl<T> Translations<T> {
    /// The texts in `lang`, if the author translated into it.
    pub fn get(&self, lang: Lang) -> Option<&T> {
        self.0.iter().find(|(at, _)| *at == lang).map(|(_, text)| text)
    }

    /// Each language translated into and its texts, in the order the author wrote them.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.0.iter().map(|(lang, text)| (*lang, text))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds the texts in `lang`, replacing any there were.
    pub(super) fn insert(&mut self, lang: Lang, text: T) {
        match self.0.iter_mut().find(|(at, _)| *at == lang) {
            Some((_, existing)) => *existing = text,
            None => self.0.push((lang, text)),
        }
    }

    /// The texts in `lang`, added empty if there were none.
    pub(super) fn entry(&mut self, lang: Lang) -> &mut T
    where
        T: Default,
    {
        if self.get(lang).is_none() {
            self.0.push((lang, T::default()));
        }
        let at = self.0.iter().position(|(at, _)| *at == lang).unwrap_or_default();
        &mut self.0[at].1
    }
}

/// In JSON, a map from language code to texts.
impl<T: Serialize> Serialize for Translations<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang.code(), text)?;
        }
        map.end()
    }
}

/// The programme's title, goals and text in one language; `None` where not translated.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AboutText {
    pub title: Option<String>,
    pub goals: Option<Vec<String>>,
    pub text: Option<String>,
}

/// A session's name in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SessionText {
    pub name: Option<String>,
}

/// An exercise's texts at one level, in one language; `None` where not translated.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct VersionText {
    pub name: Option<String>,
    pub steps: Option<Vec<String>>,
    pub cues: Option<Vec<String>>,
    pub safety: Option<Vec<String>>,
    pub equipment: Option<Vec<String>>,
    pub media: Option<String>,
    pub intensity: Option<String>,
}

impl VersionText {
    /// Takes from the exercise's own translation each text that this level neither
    /// translates nor writes itself: a level that renames the exercise keeps its own
    /// name rather than the translated name of the easier version.
    pub(super) fn inherit(&mut self, from: &VersionText, written: &VersionWritten) {
        fn fill<T: Clone>(mine: &mut Option<T>, from: &Option<T>, written: bool) {
            if mine.is_none() && !written {
                mine.clone_from(from);
            }
        }
        fill(&mut self.name, &from.name, written.name);
        fill(&mut self.steps, &from.steps, written.steps);
        fill(&mut self.cues, &from.cues, written.cues);
        fill(&mut self.safety, &from.safety, written.safety);
        fill(&mut self.equipment, &from.equipment, written.equipment);
        fill(&mut self.media, &from.media, written.media);
        fill(&mut self.intensity, &from.intensity, written.intensity);
    }
}

/// Which texts a level writes itself, rather than taking the exercise's own.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct VersionWritten {
    pub name: bool,
    pub steps: bool,
    pub cues: bool,
    pub safety: bool,
    pub equipment: bool,
    pub media: bool,
    pub intensity: bool,
}

fn replace<T: Clone>(own: &mut T, translated: &Option<T>) {
    if let Some(translated) = translated {
        own.clone_from(translated);
    }
}

impl Program {
    /// The programme as a patient who reads `lang` sees it: every text the author
    /// translated into `lang` in place of the programme's own, each other text as the
    /// author wrote it. Ids, schedules, doses and levels are the same; so are
    /// `about.language` (the language of the author's own texts) and the translations.
    /// Session names are translated too, so call this once, where the programme is
    /// loaded, and use the result throughout.
    pub fn in_language(&self, lang: Lang) -> Program {
        let mut program = self.clone();
        program.about.translate(lang);
        program.sessions.iter_mut().for_each(|session| session.translate(lang));
        for exercise in &mut program.exercises {
            for (_, version) in &mut exercise.levels {
                version.translate(lang);
            }
        }
        program
    }
}

/// `own` replaced by `translated`, when there is a translation.
fn maybe<T: Clone>(own: &mut Option<T>, translated: &Option<T>) {
    if translated.is_some() {
        own.clone_from(translated);
    }
}

impl About {
    fn translate(&mut self, lang: Lang) {
        let Some(text) = self.translations.get(lang) else { return };
        replace(&mut self.title, &text.title);
        replace(&mut self.goals, &text.goals);
        maybe(&mut self.text, &text.text);
    }
}

impl Session {
    /// Whether the patient means this session by `name`: its name in their language or
    /// in the programme's own, in any case.
    pub fn is_called(&self, name: &str) -> bool {
        let name = name.trim().to_lowercase();
        self.name.to_lowercase() == name || self.key.to_lowercase() == name
    }

    fn translate(&mut self, lang: Lang) {
        let Some(text) = self.translations.get(lang) else { return };
        replace(&mut self.name, &text.name);
    }
}

impl Version {
    fn translate(&mut self, lang: Lang) {
        let Some(text) = self.translations.get(lang) else { return };
        replace(&mut self.name, &text.name);
        replace(&mut self.steps, &text.steps);
        replace(&mut self.cues, &text.cues);
        replace(&mut self.safety, &text.safety);
        replace(&mut self.equipment, &text.equipment);
        maybe(&mut self.media, &text.media);
        maybe(&mut self.dose.intensity, &text.intensity);
    }
}

#[cfg(test)]
mod tests;
