//! The patient's reminder settings, from `[reminders]` in `config.toml`. Pure: the
//! shell reads the file and hands over the table.

use std::collections::BTreeMap;

use chrono::NaiveTime;

/// When and how often rehabit may remind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSettings {
    pub enabled: bool,
    /// No reminder between these times (from, to); may run past midnight.
    pub quiet: Option<(NaiveTime, NaiveTime)>,
    /// At most this many reminders a day.
    pub daily_cap: u8,
    /// When a weekly quota falls behind, one gentle nudge at this time.
    pub evening_nudge: NaiveTime,
    /// The next-morning pain check reminder.
    pub morning_check: NaiveTime,
    /// Times that replace the programme's `remind_at`, by session name.
    pub times: BTreeMap<String, Vec<NaiveTime>>,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            enabled: true,
            quiet: Some((time(22, 0), time(7, 0))),
            daily_cap: 4,
            evening_nudge: time(19, 0),
            morning_check: time(9, 0),
            times: BTreeMap::new(),
        }
    }
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default()
}

impl ReminderSettings {
    /// Whether `at` falls in the quiet hours.
    pub fn is_quiet(&self, at: NaiveTime) -> bool {
        match self.quiet {
            Some((from, to)) if from <= to => at >= from && at < to,
            Some((from, to)) => at >= from || at < to,
            None => false,
        }
    }

    /// The first moment from `at` on that is not quiet.
    pub fn after_quiet(&self, at: NaiveTime) -> NaiveTime {
        match self.quiet {
            Some((_, to)) if self.is_quiet(at) => to,
            _ => at,
        }
    }

    /// The times set for `session` (ignoring case), replacing the programme's.
    pub fn times_for(&self, session: &str) -> Option<&[NaiveTime]> {
        let wanted = session.trim().to_lowercase();
        self.times
            .iter()
            .find(|(name, _)| name.trim().to_lowercase() == wanted)
            .map(|(_, times)| times.as_slice())
    }

    /// The times for a session the patient may have named in their language (`name`)
    /// or in the programme's own (`key`).
    pub fn times_for_session(&self, name: &str, key: &str) -> Option<&[NaiveTime]> {
        self.times_for(name).or_else(|| self.times_for(key))
    }

    /// Sessions named in `times` that the programme does not have, in plain words.
    pub fn unknown_sessions(&self, program: &crate::program::Program) -> Vec<String> {
        let names: Vec<&str> = program.sessions.iter().map(|s| s.name.as_str()).collect();
        let lowered: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        self.times
            .keys()
            .filter(|name| !program.sessions.iter().any(|session| session.is_called(name)))
            .map(|name| match crate::program::choice::closest(name, lowered.iter().map(String::as_str)) {
                Some(near) => {
                    let index = lowered.iter().position(|l| l == near).unwrap_or(0);
                    t!("remind-settings-unknown-session-near", name = name.as_str(), near = names[index])
                }
                None => {
                    let sessions = crate::program::choice::quoted_list(&names);
                    t!("remind-settings-unknown-session", name = name.as_str(), sessions = sessions)
                }
            })
            .collect()
    }

    /// Reads `reminders` from the settings document: a table, or nothing at all.
    pub fn from_item(item: Option<&toml_edit::Item>) -> (ReminderSettings, Vec<String>) {
        match item {
            None => ReminderSettings::from_table(None),
            Some(item) => match item.as_table_like() {
                Some(table) => ReminderSettings::from_table(Some(table)),
                None => (
                    ReminderSettings::default(),
                    vec![t!("remind-settings-not-a-table", value = shown(item))],
                ),
            },
        }
    }

    /// Reads the `[reminders]` table; anything unreadable is reported in plain words
    /// and its default kept.
    pub fn from_table(table: Option<&dyn toml_edit::TableLike>) -> (ReminderSettings, Vec<String>) {
        let mut settings = ReminderSettings::default();
        let mut problems = Vec::new();
        let Some(table) = table else { return (settings, problems) };
        for (key, _) in table.iter() {
            if !KEYS.contains(&key) {
                problems.push(match crate::program::choice::closest(key, KEYS.iter().copied()) {
                    Some(near) => t!("remind-settings-unknown-near", key = key, near = near),
                    None => t!("remind-settings-unknown", key = key, settings = KEYS.join(", ")),
                });
            }
        }
        let clock = |key: &str, slot: &mut NaiveTime, problems: &mut Vec<String>| {
            if let Some(item) = table.get(key) {
                match item.as_str().and_then(parse_time) {
                    Some(at) => *slot = at,
                    None => problems.push(t!("remind-settings-not-a-time", key = key, value = shown(item))),
                }
            }
        };
        clock("evening_nudge", &mut settings.evening_nudge, &mut problems);
        clock("morning_check", &mut settings.morning_check, &mut problems);
        if let Some(item) = table.get("enabled") {
            match item.as_bool() {
                Some(enabled) => settings.enabled = enabled,
                None => problems.push(t!("remind-settings-not-a-bool", value = shown(item))),
            }
        }
        if let Some(item) = table.get("daily_cap") {
            match item.as_integer().and_then(|n| u8::try_from(n).ok()).filter(|n| *n > 0) {
                Some(cap) => settings.daily_cap = cap,
                None => problems.push(t!("remind-settings-not-a-cap", value = shown(item))),
            }
        }
        if let Some(item) = table.get("quiet_hours") {
            match item.as_str().map(str::trim) {
                Some("none" | "") => settings.quiet = None,
                Some(text) => {
                    match text.split_once('-').and_then(|(a, b)| Some((parse_time(a)?, parse_time(b)?))) {
                        Some(hours) => settings.quiet = Some(hours),
                        None => problems.push(quiet_problem(item)),
                    }
                }
                None => problems.push(quiet_problem(item)),
            }
        }
        if let Some(item) = table.get("times") {
            let Some(times) = item.as_table_like() else {
                problems.push(t!("remind-settings-times-not-a-table", value = shown(item)));
                return (settings, problems);
            };
            for (session, item) in times.iter() {
                let parsed: Option<Vec<NaiveTime>> = match item.as_array() {
                    Some(list) => list.iter().map(|v| v.as_str().and_then(parse_time)).collect(),
                    None => item.as_str().and_then(parse_time).map(|t| vec![t]),
                };
                match parsed {
                    Some(list) => {
                        settings.times.insert(session.to_string(), list);
                    }
                    None => problems.push(t!(
                        "remind-settings-not-times",
                        session = session.to_string(),
                        value = shown(item)
                    )),
                }
            }
        }
        (settings, problems)
    }
}

/// The settings `[reminders]` knows.
const KEYS: &[&str] = &["enabled", "quiet_hours", "daily_cap", "evening_nudge", "morning_check", "times"];

fn quiet_problem(item: &toml_edit::Item) -> String {
    t!("remind-settings-not-quiet-hours", value = shown(item))
}

/// A value as it was written in the file.
fn shown(item: &toml_edit::Item) -> String {
    match item {
        toml_edit::Item::Value(value) => value.clone().decorated("", "").to_string(),
        toml_edit::Item::Table(_) | toml_edit::Item::ArrayOfTables(_) => t!("remind-settings-a-table"),
        toml_edit::Item::None => t!("remind-settings-nothing"),
    }
}

/// "7:30" or "07:30".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}
