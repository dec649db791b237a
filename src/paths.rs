//! Where rehabit keeps its files: the platform's usual places (XDG on Linux), unless
//! `REHABIT_DATA_DIR` or `REHABIT_CONFIG_DIR` say otherwise. Health data: every
//! directory is private to the user and every file readable by the user alone.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The data and config directories.
#[derive(Debug, Clone)]
pub struct Dirs {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Dirs {
    /// The directories from the environment, else the platform's conventions.
    pub fn from_env() -> io::Result<Dirs> {
        let project = directories::ProjectDirs::from("", "", "rehabit");
        let pick = |variable: &str, fallback: Option<&Path>| {
            std::env::var_os(variable)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
                .or_else(|| fallback.map(Path::to_path_buf))
                .ok_or_else(|| io::Error::other(t!("cli-no-home", variable = variable)))
        };
        Ok(Dirs {
            data: pick("REHABIT_DATA_DIR", project.as_ref().map(|p| p.data_dir()))?,
            config: pick("REHABIT_CONFIG_DIR", project.as_ref().map(|p| p.config_dir()))?,
        })
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }

    /// The journal of everything the patient did.
    pub fn journal_file(&self) -> PathBuf {
        self.data.join("journal.jsonl")
    }

    /// Where a programme chosen from a file is kept, so it stays when the original moves.
    pub fn programs_dir(&self) -> PathBuf {
        self.config.join("programs")
    }
}

/// Creates `dir` (and its parents) if needed, readable by the user alone.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Replaces `path` with `contents` all at once: a crash leaves the old file or the
/// new one, never half of each. The file is readable by the user alone. Missing
/// folders are made; a folder that exists is left as it is (it may be the patient's
/// own, such as the Desktop).
pub fn write_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_private_with(path, |file| file.write_all(contents))
}

/// [`write_private`], the contents written by `write` into the (buffered) file.
pub fn write_private_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&temporary).and_then(|file| {
        let mut buffered = io::BufWriter::new(file);
        write(&mut buffered)?;
        let file = buffered.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    });
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}
