//! The patient's settings in `config.toml`: which programme they follow and since
//! when, and how rehabit reminds them (`[reminders]`). Rewrites keep everything else
//! in the file, comments included.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml_edit::{DocumentMut, value};

use crate::paths::{ensure_private_dir, write_private};

/// The settings file, as read.
#[derive(Debug)]
pub struct Settings {
    path: PathBuf,
    document: DocumentMut,
}

/// Why the settings could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", t!("cli-settings-not-read", path = path.display().to_string(), error = source.to_string()))]
    Read { path: PathBuf, source: io::Error },
    #[error("{}", t!("cli-settings-invalid", path = path.display().to_string(), message = message.as_str()))]
    Invalid { path: PathBuf, message: String },
    #[error("{}", t!("cli-settings-not-saved", path = path.display().to_string(), error = source.to_string()))]
    Write { path: PathBuf, source: io::Error },
}

impl Settings {
    /// Reads the settings; a missing file is the same as an empty one.
    pub fn load(path: &Path) -> Result<Settings, SettingsError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == io::ErrorKind::NotFound => String::new(),
            Err(source) => {
                return Err(SettingsError::Read { path: path.into(), source });
            }
        };
        let document = text.parse::<DocumentMut>().map_err(|error| SettingsError::Invalid {
            path: path.into(),
            message: error.to_string().trim().replace('\n', " "),
        })?;
        Ok(Settings { path: path.into(), document })
    }

    /// The chosen programme: a bundled programme's name or a file's path.
    pub fn program(&self) -> Option<&str> {
        self.document.get("program")?.as_str()
    }

    /// The day the patient started the chosen programme.
    pub fn started(&self) -> Option<NaiveDate> {
        let item = self.document.get("started")?;
        let text = item.as_str().map(str::to_string).or_else(|| item.as_datetime().map(|d| d.to_string()))?;
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()
    }

    /// The language the patient chose (`language = "sv"`), as written.
    pub fn language(&self) -> Option<&str> {
        self.document.get("language")?.as_str()
    }

    /// The reminder settings from `[reminders]`, and any problem with them in plain
    /// words (the default is kept for a setting that can't be read).
    pub fn reminders(&self) -> (crate::remind::ReminderSettings, Vec<String>) {
        crate::remind::ReminderSettings::from_item(self.document.get("reminders"))
    }

    /// Chooses a programme, starting on `started`.
    pub fn choose(&mut self, program: &str, started: NaiveDate) {
        self.document["program"] = value(program);
        self.document["started"] = value(started.format("%Y-%m-%d").to_string());
    }

    pub fn save(&self) -> Result<(), SettingsError> {
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            ensure_private_dir(folder)
                .map_err(|source| SettingsError::Write { path: self.path.clone(), source })?;
        }
        write_private(&self.path, self.document.to_string().as_bytes())
            .map_err(|source| SettingsError::Write { path: self.path.clone(), source })
    }
}
