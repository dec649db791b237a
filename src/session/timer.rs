//! A stopwatch on the monotonic clock, driven by readings the caller passes in.
//!
//! Time is never summed from sleeps: the timer keeps when it started and how much it
//! had banked before a pause, so a 30-minute countdown ends at its deadline however
//! often the loop woke up on the way, and pausing is exact.

use std::time::Duration;

const SECOND: Duration = Duration::from_secs(1);

/// A timer of a given length that can run past it (a walk may go on past its target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    length: Duration,
    banked: Duration,
    running_since: Option<Duration>,
}

impl Timer {
    /// A stopped timer.
    pub fn new(length: Duration) -> Timer {
        Timer { length, banked: Duration::ZERO, running_since: None }
    }

    /// A timer that started running at `at`.
    pub fn started(length: Duration, at: Duration) -> Timer {
        Timer { length, banked: Duration::ZERO, running_since: Some(at) }
    }

    pub fn length(&self) -> Duration {
        self.length
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Whether it has run at all.
    pub fn has_started(&self) -> bool {
        self.running_since.is_some() || !self.banked.is_zero()
    }

    pub fn elapsed(&self, now: Duration) -> Duration {
        self.banked + self.running_since.map_or(Duration::ZERO, |since| now.saturating_sub(since))
    }

    pub fn remaining(&self, now: Duration) -> Duration {
        self.length.saturating_sub(self.elapsed(now))
    }

    pub fn is_over(&self, now: Duration) -> bool {
        self.elapsed(now) >= self.length
    }

    /// The moment it reaches its length, if running.
    pub fn ends_at(&self) -> Option<Duration> {
        self.running_since.map(|since| since + self.length.saturating_sub(self.banked))
    }

    pub fn pause(&mut self, now: Duration) {
        self.banked = self.elapsed(now);
        self.running_since = None;
    }

    pub fn resume(&mut self, now: Duration) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    /// Starts, pauses or resumes.
    pub fn toggle(&mut self, now: Duration) {
        if self.is_running() { self.pause(now) } else { self.resume(now) }
    }

    /// Corrects the time counted, for example when a walk was started late.
    pub fn adjust(&mut self, now: Duration, by: Duration, forward: bool) {
        let elapsed = self.elapsed(now);
        let corrected = if forward { elapsed + by } else { elapsed.saturating_sub(by) };
        self.banked = corrected;
        if self.running_since.is_some() {
            self.running_since = Some(now);
        }
    }

    /// When the shown whole seconds next change, counting down (`remaining`, rounded up)
    /// or up (`elapsed`, rounded down); `None` while stopped.
    pub fn next_tick(&self, now: Duration, counting_down: bool) -> Option<Duration> {
        self.running_since?;
        let into_second = if counting_down && !self.is_over(now) {
            let remaining = self.remaining(now);
            let part = Duration::from_nanos((remaining.as_nanos() % SECOND.as_nanos()) as u64);
            if part.is_zero() { SECOND } else { part }
        } else {
            let elapsed = self.elapsed(now);
            SECOND - Duration::from_nanos((elapsed.as_nanos() % SECOND.as_nanos()) as u64)
        };
        Some(now + into_second)
    }
}

/// Whole seconds to show for a countdown: rounded up, so "1" shows until the end.
pub fn seconds_left(remaining: Duration) -> u64 {
    remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: f64) -> Duration {
        Duration::from_secs_f64(secs)
    }

    #[test]
    fn pausing_keeps_exactly_what_was_left() {
        let mut timer = Timer::started(s(30.0), s(100.0));
        timer.pause(s(110.25));
        assert_eq!(timer.remaining(s(500.0)), s(19.75));
        timer.resume(s(600.0));
        assert_eq!(timer.ends_at(), Some(s(619.75)));
        assert!(timer.is_over(s(619.75)));
        assert!(!timer.is_over(s(619.74)));
    }

    #[test]
    fn a_long_countdown_ends_at_its_deadline_however_often_it_is_read() {
        let length = Duration::from_secs(30 * 60);
        let timer = Timer::started(length, s(7.0));
        let mut now = s(7.0);
        while let Some(next) = timer.next_tick(now, true) {
            if timer.is_over(now) {
                break;
            }
            now = next;
        }
        assert_eq!(now, s(7.0) + length);
    }

    #[test]
    fn wakes_once_a_second_on_the_second_boundary() {
        let timer = Timer::started(s(10.0), s(0.0));
        assert_eq!(timer.next_tick(s(0.0), true), Some(s(1.0)));
        assert_eq!(timer.next_tick(s(0.4), true), Some(s(1.0)));
        assert_eq!(seconds_left(timer.remaining(s(0.4))), 10);
        assert_eq!(seconds_left(timer.remaining(s(1.0))), 9);
        assert_eq!(timer.next_tick(s(2.5), false), Some(s(3.0)));
        assert_eq!(Timer::new(s(5.0)).next_tick(s(1.0), true), None);
    }

    #[test]
    fn a_correction_moves_the_time_counted() {
        let mut timer = Timer::started(s(600.0), s(0.0));
        timer.adjust(s(30.0), s(60.0), true);
        assert_eq!(timer.elapsed(s(40.0)), s(100.0));
        timer.adjust(s(40.0), s(500.0), false);
        assert_eq!(timer.elapsed(s(40.0)), Duration::ZERO);
    }
}
