//! Finding a run's row again by its id, without keeping the id twice.

use std::collections::HashMap;
use std::collections::hash_map::{DefaultHasher, Entry as Slot};
use std::hash::{Hash, Hasher};

use crate::report::RunRow;

/// Where each run is among the rows, found by a hash of its id: the ids are kept once,
/// in the rows. Two ids with the same hash (which hardly ever happens) are told apart
/// by the second one's own entry.
#[derive(Default)]
pub(super) struct RunIds {
    by_hash: HashMap<u64, usize>,
    collided: HashMap<String, usize>,
}

impl RunIds {
    fn hash(id: &str) -> u64 {
        let mut hasher = DefaultHasher::new();
        id.hash(&mut hasher);
        hasher.finish()
    }

    pub(super) fn find(&self, rows: &[RunRow], id: &str) -> Option<usize> {
        match self.by_hash.get(&Self::hash(id)) {
            Some(&index) if rows[index].id == id => Some(index),
            Some(_) => self.collided.get(id).copied(),
            None => None,
        }
    }

    /// Notes where the run `id`, not met before, is.
    pub(super) fn insert(&mut self, id: &str, index: usize) {
        match self.by_hash.entry(Self::hash(id)) {
            Slot::Vacant(vacant) => {
                vacant.insert(index);
            }
            Slot::Occupied(_) => {
                self.collided.insert(id.to_string(), index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate};

    use super::*;
    use crate::journal::{Entry, Event, FORMAT_VERSION, ProgramRef};
    use crate::report::build::runs::new_row;

    /// Two run ids with the same hash are still told apart.
    #[test]
    fn runs_are_found_by_their_id_when_hashes_collide() {
        let row = |id: &str| RunRow { id: id.into(), ..new_row(&entry_for("x")) };
        let rows = [row("a"), row("b"), row("c")];
        let mut ids = RunIds::default();
        ids.insert("a", 0);
        // As if "b" and "c" had the hash of "a".
        ids.by_hash.insert(RunIds::hash("b"), 0);
        ids.by_hash.insert(RunIds::hash("c"), 0);
        ids.insert("b", 1);
        ids.insert("c", 2);
        let found: Vec<Option<usize>> = ["a", "b", "c", "d"].iter().map(|id| ids.find(&rows, id)).collect();
        assert_eq!(found, [Some(0), Some(1), Some(2), None]);
    }

    fn entry_for(run: &str) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: DateTime::parse_from_rfc3339("2026-03-11T08:15:02+01:00").unwrap(),
            day: NaiveDate::from_ymd_opt(2026, 3, 11).unwrap(),
            program: ProgramRef { title: "Core stability".into(), hash: "h1".into() }.into(),
            session: "Core stability".into(),
            run: run.into(),
            event: Event::Note { text: "note".into() },
        }
    }
}
