//! Which language to speak: `--lang`, then `language` in `config.toml`, then the
//! system locale, then English.

use super::Lang;

/// A language named on the command line or in the settings that rehabit does not speak.
#[derive(Debug, thiserror::Error)]
#[error(
    "\"{asked}\" is not a language rehabit speaks yet. It speaks en (English), sv (svenska), nb (norsk bokmål), \
     da (dansk) and nl (Nederlands)."
)]
pub struct LanguageError {
    pub asked: String,
}

/// The language chosen, and a problem with the settings worth telling the patient.
#[derive(Debug)]
pub struct LanguageChoice {
    pub lang: Lang,
    pub problem: Option<LanguageError>,
}

/// Chooses the language. A flag rehabit cannot speak is an error (the patient just
/// typed it); a setting it cannot speak is a problem to mention, and the locale is used.
pub fn choose(
    flag: Option<&str>,
    setting: Option<&str>,
    environment: impl Fn(&str) -> Option<String>,
) -> Result<LanguageChoice, LanguageError> {
    if let Some(flag) = flag {
        let lang = Lang::from_tag(flag).ok_or_else(|| LanguageError { asked: flag.to_string() })?;
        return Ok(LanguageChoice { lang, problem: None });
    }
    let problem = match setting.map(|text| (text, Lang::from_tag(text))) {
        Some((_, Some(lang))) => return Ok(LanguageChoice { lang, problem: None }),
        Some((text, None)) => Some(LanguageError { asked: text.to_string() }),
        None => None,
    };
    Ok(LanguageChoice { lang: from_environment(environment).unwrap_or(Lang::En), problem })
}

/// The language of the system locale, the way gettext finds it: `LANGUAGE` (a list such
/// as `sv:en`) unless the locale is C, then `LC_ALL`, `LC_MESSAGES` and `LANG`.
pub fn from_environment(environment: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let set = |name: &str| environment(name).filter(|value| !value.trim().is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set)?;
    if matches!(locale.split('.').next(), Some("C" | "POSIX")) {
        return None;
    }
    set("LANGUAGE")
        .and_then(|list| list.split(':').find_map(Lang::from_tag))
        .or_else(|| Lang::from_tag(&locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn tags_and_locales_name_the_language() {
        for (tag, lang) in [
            ("sv", Some(Lang::Sv)),
            ("sv_SE.UTF-8", Some(Lang::Sv)),
            ("sv-FI", Some(Lang::Sv)),
            ("no", Some(Lang::Nb)),
            ("nb_NO.UTF-8", Some(Lang::Nb)),
            ("nn_NO", Some(Lang::Nb)),
            ("da_DK.UTF-8", Some(Lang::Da)),
            ("nl_BE@euro", Some(Lang::Nl)),
            ("NL", Some(Lang::Nl)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
    }

    #[test]
    fn flag_then_setting_then_locale_then_english() {
        let swedish = env(&[("LANG", "sv_SE.UTF-8")]);
        assert_eq!(choose(Some("nl"), Some("da"), &swedish).unwrap().lang, Lang::Nl);
        assert_eq!(choose(None, Some("da"), &swedish).unwrap().lang, Lang::Da);
        assert_eq!(choose(None, None, &swedish).unwrap().lang, Lang::Sv);
        assert_eq!(choose(None, None, env(&[])).unwrap().lang, Lang::En);
        assert_eq!(choose(Some("fr"), None, &swedish).unwrap_err().asked, "fr");
        let wrong_setting = choose(None, Some("klingon"), &swedish).unwrap();
        assert_eq!(wrong_setting.lang, Lang::Sv);
        assert_eq!(wrong_setting.problem.unwrap().asked, "klingon");
    }

    #[test]
    fn locale_variables_in_the_order_gettext_reads_them() {
        let both = env(&[("LC_ALL", "da_DK.UTF-8"), ("LANG", "nl_NL.UTF-8")]);
        assert_eq!(from_environment(both), Some(Lang::Da));
        let messages = env(&[("LC_MESSAGES", "nb_NO.UTF-8"), ("LANG", "en_GB.UTF-8")]);
        assert_eq!(from_environment(messages), Some(Lang::Nb));
        let list = env(&[("LANGUAGE", "de:sv:en"), ("LANG", "de_DE.UTF-8")]);
        assert_eq!(from_environment(list), Some(Lang::Sv));
        let c_locale = env(&[("LANGUAGE", "sv"), ("LC_ALL", "C")]);
        assert_eq!(from_environment(c_locale), None);
        let unknown = env(&[("LANG", "fr_FR.UTF-8")]);
        assert_eq!(from_environment(unknown), None);
    }
}
