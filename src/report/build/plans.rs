//! The exercises and doses each run asked, kept once for all the runs that asked the same.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use crate::journal::Asked;

/// The exercises and doses asked in a run, each list kept once for all the runs that
/// asked the same: most weeks ask each session the same way every time.
pub(super) struct Plans {
    all: Vec<Vec<Asked>>,
    /// Where the lists with each hash are.
    index: HashMap<u64, Vec<u32>>,
}

impl Default for Plans {
    fn default() -> Self {
        Plans { all: vec![Vec::new()], index: HashMap::new() }
    }
}

impl Plans {
    pub(super) fn of(&mut self, planned: &[Asked]) -> u32 {
        let mut hasher = DefaultHasher::new();
        for asked in planned {
            let dose = &asked.dose;
            (&asked.exercise, asked.position, asked.level).hash(&mut hasher);
            (dose.sets, dose.reps, dose.hold_s, dose.duration_s, &dose.sides).hash(&mut hasher);
        }
        let same = self.index.entry(hasher.finish()).or_default();
        if let Some(index) = same.iter().find(|index| self.all[**index as usize] == planned) {
            return *index;
        }
        let index = self.all.len() as u32;
        self.all.push(planned.to_vec());
        same.push(index);
        index
    }

    /// The list at `index`; the first is the empty one.
    pub(super) fn get(&self, index: u32) -> &[Asked] {
        &self.all[index as usize]
    }
}
