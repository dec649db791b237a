//! Language codes in a programme file: `[program] language` and the keys of the
//! `translations` tables, read as written so that each problem points at its code.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value};
use toml_spanner::{Context, Failed, FromToml, Item};

use super::located::Located;
use crate::i18n::Lang;

/// The codes a translation table can be written under, with what the schema says of
/// each. `no` is accepted for Norwegian Bokmål, as everywhere in rehabit.
const CODES: &[(&str, &str)] = &[
    ("en", "The texts in English."),
    ("sv", "The texts in Swedish (svenska)."),
    ("nb", "The texts in Norwegian Bokmål (norsk bokmål)."),
    ("no", "The texts in Norwegian Bokmål: the same as nb."),
    ("da", "The texts in Danish (dansk)."),
    ("nl", "The texts in Dutch (Nederlands)."),
];

/// The language's name in English, as the checker's messages use it.
pub fn english_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Sv => "Swedish",
        Lang::Nb => "Norwegian",
        Lang::Da => "Danish",
        Lang::Nl => "Dutch",
    }
}

/// Every code the format knows, for a fix: `"en" (English), "sv" (Swedish), ...`.
pub fn codes_for_a_fix() -> String {
    "\"en\" (English), \"sv\" (Swedish), \"nb\" (Norwegian Bokmål; \"no\" works too), \
     \"da\" (Danish) or \"nl\" (Dutch)"
        .to_string()
}

/// The language an author most likely meant by a code rehabit doesn't know: a
/// country's code, or the language's name.
pub fn likely_meant(code: &str) -> Option<Lang> {
    match code.trim().to_lowercase().as_str() {
        "se" | "swe" | "swedish" | "svenska" | "svensk" => Some(Lang::Sv),
        "nob" | "nor" | "norwegian" | "norsk" | "bokmål" | "bokmal" => Some(Lang::Nb),
        "dk" | "dan" | "danish" | "dansk" => Some(Lang::Da),
        "nld" | "dut" | "dutch" | "nederlands" => Some(Lang::Nl),
        "eng" | "gb" | "uk" | "us" | "english" => Some(Lang::En),
        _ => None,
    }
}

/// The fix for a code rehabit doesn't know.
pub fn unknown_code_fix(code: &str) -> String {
    match likely_meant(code) {
        Some(lang) => format!(
            "did you mean \"{}\" ({})? The language codes are {}",
            lang.code(),
            english_name(lang),
            codes_for_a_fix()
        ),
        None => format!("use one of {}", codes_for_a_fix()),
    }
}

/// One table of `translations`: the texts in one language, under its code as written.
#[derive(Debug)]
pub struct RawTranslation<T> {
    pub code: Located<String>,
    pub text: Located<T>,
}

/// A `translations` table: texts by language code, in the order written. The codes are
/// checked by `validate`, so that every translation's own problems are found too.
#[derive(Debug)]
pub struct RawTranslations<T>(pub Vec<RawTranslation<T>>);

impl<T> Default for RawTranslations<T> {
    fn default() -> Self {
        RawTranslations(Vec::new())
    }
}

impl<'de, T: FromToml<'de>> FromToml<'de> for RawTranslations<T> {
    fn from_toml(ctx: &mut Context<'de>, item: &Item<'de>) -> Result<Self, Failed> {
        let table = item.require_table(ctx)?;
        let mut translations = Vec::new();
        for (key, value) in table {
            // A translation that can't be read has its own error; the others still count.
            if let Ok(text) = T::from_toml(ctx, value) {
                translations.push(RawTranslation {
                    code: Located::new(key.name.to_string(), key.span.range()),
                    text: Located::new(text, value.span().range()),
                });
            }
        }
        Ok(RawTranslations(translations))
    }
}

impl<T: JsonSchema> JsonSchema for RawTranslations<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Translations_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<T>();
        let properties: Map<String, Value> = CODES
            .iter()
            .map(|(code, description)| {
                let mut schema = text.clone();
                schema.insert("description".into(), (*description).into());
                (code.to_string(), schema.to_value())
            })
            .collect();
        json_schema!({
            "type": "object",
            "description": "Texts in other languages, by language code: en, sv, nb, da or nl. \
                            The patient reads their own language where it is given, and the \
                            programme's own text where it is not.",
            "properties": properties,
            "additionalProperties": false
        })
    }
}
