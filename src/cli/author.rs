//! The physiotherapist's starter: `rehabit new`.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use super::Outcome;
use crate::bundled;
use crate::program::schema::schema_json;

/// The commented starter programme.
pub const STARTER: &str = include_str!("../../programs/templates/starter.toml");

pub fn new(template: Option<&str>, path: Option<&Path>) -> Outcome {
    let text = match template {
        None | Some("starter") => STARTER.to_string(),
        Some(name) => match bundled::find(name) {
            Some(found) => found.source.to_string(),
            None => {
                let names: Vec<&str> = bundled::ALL.iter().map(|b| b.name).collect();
                let hint = crate::program::choice::did_you_mean(name, &names);
                return Err(t!("cli-new-unknown-template", name = name, hint = hint));
            }
        },
    };
    let Some(path) = path else {
        put!("{text}");
        return Ok(());
    };
    let text = text.replace("#:schema ../program.schema.json", "#:schema ./program.schema.json");
    let shown = path.display().to_string();
    let mut file =
        OpenOptions::new().write(true).create_new(true).open(path).map_err(|error| match error.kind() {
            std::io::ErrorKind::AlreadyExists => t!("cli-new-exists", path = shown.as_str()),
            _ => t!("cli-cannot-create", path = shown.as_str(), error = error.to_string()),
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| t!("cli-cannot-write", path = shown.as_str(), error = e.to_string()))?;
    say!("{}", t!("cli-new-wrote", path = shown.as_str()));
    // Editors that read the `#:schema` line complete and check fields as you type.
    let schema = path.with_file_name("program.schema.json");
    if !schema.exists() && std::fs::write(&schema, schema_json()).is_ok() {
        say!("{}", t!("cli-new-wrote-schema", path = schema.display().to_string()));
    }
    Ok(())
}
