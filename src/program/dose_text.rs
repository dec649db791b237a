//! A dose in a few plain words, such as "2 × 8 reps, alternating sides, hold 5 s".

use std::time::Duration;

use super::{Dose, Sides};

/// A length of time as a patient reads it: "45 s", "2 min", "1 min 30 s", "1 h 30 min".
pub fn short_duration(duration: Duration) -> String {
    let total = duration.as_secs();
    let (hours, minutes, seconds) = (total / 3600, total % 3600 / 60, total % 60);
    let parts = [(hours, "h"), (minutes, "min"), (seconds, "s")];
    let words: Vec<String> = parts
        .iter()
        .filter(|(amount, _)| *amount > 0)
        .map(|(amount, unit)| format!("{amount} {unit}"))
        .collect();
    if words.is_empty() { "0 s".into() } else { words.join(" ") }
}

/// How often, in words: "once", "twice", "3 times".
pub fn how_often(times: u8) -> String {
    match times {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// `text` with its first letter in capitals, for a sentence that starts with a value.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

impl Dose {
    /// The dose in a few words, for lists and plans.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let volume = match (self.sets, self.reps) {
            (1, Some(reps)) => Some(format!("{reps} reps")),
            (sets, Some(reps)) => Some(format!("{sets} × {reps} reps")),
            (1, None) => None,
            (sets, None) => Some(format!("{sets} sets")),
        };
        parts.extend(volume);
        match self.sides {
            Sides::None => {}
            Sides::Alternating => parts.push("alternating sides".into()),
            Sides::LeftThenRight => parts.push("each side".into()),
        }
        if let Some(hold) = self.hold {
            parts.push(format!("hold {}", short_duration(hold)));
        }
        if let Some(duration) = self.duration {
            parts.push(short_duration(duration));
        }
        if let Some(rest) = self.rest {
            parts.push(format!("rest {}", short_duration(rest)));
        }
        if let (Some(rest), true) = (self.rest_between_sets, self.sets > 1) {
            parts.push(format!("{} between sets", short_duration(rest)));
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_the_way_people_say_them() {
        let cases = [(45, "45 s"), (120, "2 min"), (90, "1 min 30 s"), (5400, "1 h 30 min"), (0, "0 s")];
        for (seconds, expected) in cases {
            assert_eq!(short_duration(Duration::from_secs(seconds)), expected);
        }
    }
}
