//! The programme versions met in the journal, counted as the entries come.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Gathered;
use crate::journal::Entry;
use crate::report::VersionSeen;

/// A programme version met in the journal, with how many entries it has each day, and
/// where the first of them is among all the entries.
pub(super) struct Version {
    title: String,
    hash: String,
    days: BTreeMap<NaiveDate, (u64, u32)>,
}

impl Gathered {
    pub(super) fn count_version(&mut self, entry: &Entry) {
        let program = &entry.program;
        // Entries come in runs of the same version: the last one met is looked at first.
        let found = self.versions.iter().rposition(|v| v.hash == program.hash && v.title == program.title);
        let version = match found {
            Some(index) => &mut self.versions[index],
            None => {
                let (title, hash) = (program.title.to_string(), program.hash.to_string());
                self.versions.push(Version { title, hash, days: BTreeMap::new() });
                self.versions.last_mut().expect("just pushed")
            }
        };
        version.days.entry(entry.day).or_insert((self.count, 0)).1 += 1;
    }

    /// The programme versions the entries of the period were made under, first seen first.
    pub(super) fn versions(&self, from: NaiveDate, to: NaiveDate, current: &str) -> Vec<VersionSeen> {
        if from > to {
            return Vec::new();
        }
        let mut seen: Vec<(u64, VersionSeen)> = self
            .versions
            .iter()
            .filter_map(|version| {
                let days = version.days.range(from..=to);
                let (first_day, last_day) = (*days.clone().next()?.0, *days.clone().next_back()?.0);
                let first = days.clone().map(|(_, (first, _))| *first).min()?;
                let seen = VersionSeen {
                    title: version.title.clone(),
                    hash: version.hash.clone(),
                    first_day,
                    last_day,
                    entries: days.map(|(_, (_, count))| *count).sum(),
                    current: version.hash == current,
                };
                Some((first, seen))
            })
            .collect();
        seen.sort_by_key(|(first, _)| *first);
        seen.into_iter().map(|(_, version)| version).collect()
    }
}
