//! A countdown kept as a deadline, never as a count of ticks.
//!
//! Times are wall-clock milliseconds (`Date.now()` in the browser), so a
//! running countdown survives a reload: the deadline is saved, and the time
//! left is always `deadline - now`.

use serde::{Deserialize, Serialize};

/// Milliseconds. Wall-clock readings and durations both use this.
pub type Ms = i64;

/// One minute, the step "More time" adds.
pub const MINUTE: Ms = 60_000;

/// The most a clock holds or shows either way: 99:59 to go, or 99:59 over.
/// Stored numbers beyond it (damaged, or a tablet left for days) are pulled
/// back to it, so the face never shows nonsense and nothing overflows.
pub const MOST: Ms = 99 * MINUTE + 59_000;

/// `ms` pulled into `-MOST..=MOST`.
fn fit(ms: Ms) -> Ms {
    ms.clamp(-MOST, MOST)
}

/// The state of one step's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Countdown {
    /// Set up but not started: waits for "Start".
    Ready { length: Ms },
    /// Counting down to `deadline`. `cap` is the time that was left when it
    /// started or carried on; a clock that goes backwards never shows more.
    Running { deadline: Ms, cap: Ms },
    /// Held with `left` to go (negative when paused in overtime).
    Paused { left: Ms },
    /// No clock for this step.
    Off,
}

impl Countdown {
    /// A clock of `length`, or none if `length` is `None`.
    pub fn ready(length: Option<Ms>) -> Self {
        match length {
            Some(length) => Countdown::Ready { length },
            None => Countdown::Off,
        }
    }

    /// Time left at `now`: negative once the deadline has passed (overtime).
    /// `None` when there is no clock.
    pub fn left(&self, now: Ms) -> Option<Ms> {
        match *self {
            Countdown::Ready { length } => Some(length),
            Countdown::Running { deadline, cap } => Some(deadline.saturating_sub(now).min(cap)),
            Countdown::Paused { left } => Some(left),
            Countdown::Off => None,
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self, Countdown::Running { .. })
    }

    /// Start a ready clock, or carry on a paused one. Anything else is unchanged.
    pub fn start(self, now: Ms) -> Self {
        match self {
            Countdown::Ready { length: left } | Countdown::Paused { left } => {
                let left = fit(left);
                Countdown::Running {
                    deadline: now.saturating_add(left),
                    cap: left,
                }
            }
            other => other,
        }
    }

    /// The same clock with every number in range at `now`: times within
    /// [`MOST`] (a ready clock never below zero), and a running deadline no
    /// further ahead than `cap` (else the face would stand still) and no
    /// further back than `MOST`. A clock already in range is unchanged.
    pub fn sane(self, now: Ms) -> Self {
        match self {
            Countdown::Ready { length } => Countdown::Ready {
                length: length.clamp(0, MOST),
            },
            Countdown::Running { deadline, cap } => {
                let cap = fit(cap);
                let latest = now.saturating_add(cap);
                let earliest = now.saturating_sub(MOST).min(latest);
                Countdown::Running {
                    deadline: deadline.clamp(earliest, latest),
                    cap,
                }
            }
            Countdown::Paused { left } => Countdown::Paused { left: fit(left) },
            Countdown::Off => Countdown::Off,
        }
    }

    /// Hold a running clock where it is.
    pub fn pause(self, now: Ms) -> Self {
        match self.left(now) {
            Some(left) if self.is_running() => Countdown::Paused { left },
            _ => self,
        }
    }

    /// Add `extra` to the time left at `now`, whatever state the clock is
    /// in, but never beyond [`MOST`]. A clock that was off is not changed
    /// (turn it on first).
    pub fn add_time(self, extra: Ms, now: Ms) -> Self {
        let Some(left) = self.left(now) else {
            return self;
        };
        // What is really added: up to MOST, and never a negative amount.
        let extra = left
            .saturating_add(extra)
            .min(MOST)
            .saturating_sub(left)
            .max(0);
        match self {
            Countdown::Ready { length } => Countdown::Ready {
                length: length.saturating_add(extra),
            },
            Countdown::Running { deadline, cap } => Countdown::Running {
                deadline: deadline.saturating_add(extra),
                cap: cap.saturating_add(extra),
            },
            Countdown::Paused { left } => Countdown::Paused {
                left: left.saturating_add(extra),
            },
            Countdown::Off => Countdown::Off,
        }
    }
}

/// What the clock face shows: whole seconds, rounded so that a 2:00 turn
/// reads 2:00 in its first second and 0:00 exactly at the end.
/// Overtime shows how far over, as "+0:15". Never more than "99:59" or
/// "+99:59" (see [`MOST`]), whatever `left` is.
pub fn digits(left: Ms) -> String {
    let left = fit(left);
    if left > 0 {
        let secs = (left + 999) / 1000;
        format!("{}:{:02}", secs / 60, secs % 60)
    } else {
        let over = (-left) / 1000;
        if over == 0 {
            "0:00".to_string()
        } else {
            format!("+{}:{:02}", over / 60, over % 60)
        }
    }
}

/// How much of the clock is still to run, from 0.0 (none) to 1.0 (all of it).
pub fn fraction_left(left: Ms, length: Ms) -> f64 {
    if length <= 0 || left <= 0 {
        0.0
    } else {
        (left as f64 / length as f64).clamp(0.0, 1.0)
    }
}

/// Points in a countdown worth telling people about, in the order they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Milestone {
    /// The deadline has come.
    TimeUp,
    /// 30 seconds or less are left.
    ThirtySeconds,
    /// `n` whole minutes or less are left (and more than the next milestone).
    Minutes(i64),
}

impl Milestone {
    /// The last milestone reached with `left` to go.
    pub fn at(left: Ms) -> Self {
        let left = fit(left);
        if left <= 0 {
            Milestone::TimeUp
        } else if left <= 30_000 {
            Milestone::ThirtySeconds
        } else {
            Milestone::Minutes((left + MINUTE - 1) / MINUTE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Ms = 1_764_000_000_000;

    #[test]
    fn digits_round_up_whole_seconds() {
        assert_eq!(digits(120_000), "2:00");
        assert_eq!(digits(119_001), "2:00");
        assert_eq!(digits(119_000), "1:59");
        assert_eq!(digits(60_000), "1:00");
        assert_eq!(digits(1), "0:01");
        assert_eq!(digits(0), "0:00");
        assert_eq!(digits(-999), "0:00");
        assert_eq!(digits(-1_000), "+0:01");
        assert_eq!(digits(-15_500), "+0:15");
        assert_eq!(digits(-61_000), "+1:01");
        assert_eq!(digits(600_000), "10:00");
    }

    #[test]
    fn running_edges_one_ms_before_at_and_after() {
        let c = Countdown::ready(Some(MINUTE)).start(T0);
        assert_eq!(c.left(T0), Some(MINUTE));
        assert_eq!(c.left(T0 + MINUTE - 1), Some(1));
        assert_eq!(digits(1), "0:01");
        assert_eq!(c.left(T0 + MINUTE), Some(0));
        assert_eq!(c.left(T0 + MINUTE + 1), Some(-1));
        assert_eq!(Milestone::at(1), Milestone::ThirtySeconds);
        assert_eq!(Milestone::at(0), Milestone::TimeUp);
        assert_eq!(Milestone::at(-1), Milestone::TimeUp);
    }

    #[test]
    fn ready_does_not_run_down() {
        let c = Countdown::ready(Some(MINUTE));
        assert_eq!(c.left(T0 + 10 * MINUTE), Some(MINUTE));
        assert!(!c.is_running());
    }

    #[test]
    fn pause_holds_and_carry_on_resumes_from_there() {
        let c = Countdown::ready(Some(2 * MINUTE)).start(T0);
        let p = c.pause(T0 + 30_000);
        assert_eq!(p, Countdown::Paused { left: 90_000 });
        assert_eq!(p.left(T0 + 5 * MINUTE), Some(90_000));
        let r = p.start(T0 + 10 * MINUTE);
        assert_eq!(r.left(T0 + 10 * MINUTE), Some(90_000));
        assert_eq!(r.left(T0 + 10 * MINUTE + 90_000), Some(0));
        // pausing twice changes nothing
        assert_eq!(p.pause(T0 + 11 * MINUTE), p);
    }

    #[test]
    fn more_time_adds_a_minute_in_every_state() {
        let run = Countdown::ready(Some(MINUTE))
            .start(T0)
            .add_time(MINUTE, T0);
        assert_eq!(run.left(T0), Some(2 * MINUTE));
        assert_eq!(run.left(T0 + 90_000), Some(30_000));
        assert_eq!(
            Countdown::ready(Some(MINUTE)).add_time(MINUTE, T0).left(T0),
            Some(2 * MINUTE)
        );
        assert_eq!(
            Countdown::Paused { left: -5_000 }
                .add_time(MINUTE, T0)
                .left(T0),
            Some(55_000)
        );
        assert_eq!(Countdown::Off.add_time(MINUTE, T0), Countdown::Off);
        // in overtime, more time brings the clock back above zero
        let late = Countdown::ready(Some(MINUTE)).start(T0);
        assert_eq!(
            late.add_time(MINUTE, T0 + 90_000).left(T0 + 90_000),
            Some(30_000)
        );
    }

    #[test]
    fn a_clock_that_goes_back_never_gives_more_than_was_left() {
        let c = Countdown::ready(Some(MINUTE)).start(T0);
        assert_eq!(c.left(T0 - 3_600_000), Some(MINUTE));
        assert_eq!(c.left(T0 - 1), Some(MINUTE));
    }

    #[test]
    fn off_has_no_time() {
        assert_eq!(Countdown::ready(None), Countdown::Off);
        assert_eq!(Countdown::Off.left(T0), None);
        assert_eq!(Countdown::Off.start(T0), Countdown::Off);
        assert_eq!(Countdown::Off.pause(T0), Countdown::Off);
    }

    #[test]
    fn milestones_in_order() {
        assert_eq!(Milestone::at(120_000), Milestone::Minutes(2));
        assert_eq!(Milestone::at(119_999), Milestone::Minutes(2));
        assert_eq!(Milestone::at(60_001), Milestone::Minutes(2));
        assert_eq!(Milestone::at(60_000), Milestone::Minutes(1));
        assert_eq!(Milestone::at(30_001), Milestone::Minutes(1));
        assert_eq!(Milestone::at(30_000), Milestone::ThirtySeconds);
        assert!(Milestone::TimeUp < Milestone::ThirtySeconds);
        assert!(Milestone::ThirtySeconds < Milestone::Minutes(1));
        assert!(Milestone::Minutes(1) < Milestone::Minutes(2));
    }

    #[test]
    fn fraction() {
        assert_eq!(fraction_left(30_000, 60_000), 0.5);
        assert_eq!(fraction_left(-1, 60_000), 0.0);
        assert_eq!(fraction_left(90_000, 60_000), 1.0);
        assert_eq!(fraction_left(10, 0), 0.0);
    }

    #[test]
    fn more_time_stops_at_99_59() {
        let c = Countdown::ready(Some(MOST - 30_000)).add_time(MINUTE, T0);
        assert_eq!(c.left(T0), Some(MOST));
        assert_eq!(c.add_time(MINUTE, T0), c);
        let run = Countdown::ready(Some(MOST - 10_000)).start(T0);
        let more = run.add_time(MINUTE, T0 + 5_000);
        assert_eq!(more.left(T0 + 5_000), Some(MOST));
        assert_eq!(more.left(T0 + 6_000), Some(MOST - 1_000));
        let paused = Countdown::Paused { left: MOST }.add_time(MINUTE, T0);
        assert_eq!(paused, Countdown::Paused { left: MOST });
    }

    #[test]
    fn the_face_never_shows_more_than_99_59_either_way() {
        assert_eq!(digits(MOST), "99:59");
        assert_eq!(digits(MOST + 1), "99:59");
        assert_eq!(digits(i64::MAX), "99:59");
        assert_eq!(digits(-MOST), "+99:59");
        assert_eq!(digits(i64::MIN), "+99:59");
        assert_eq!(digits(i64::MIN + 1), "+99:59");
        assert_eq!(Milestone::at(i64::MAX), Milestone::Minutes(100));
        assert_eq!(Milestone::at(i64::MIN), Milestone::TimeUp);
        assert_eq!(fraction_left(i64::MAX, i64::MAX), 1.0);
        assert_eq!(fraction_left(i64::MIN, 1), 0.0);
        assert_eq!(fraction_left(1, i64::MIN), 0.0);
    }

    #[test]
    fn huge_and_negative_stored_numbers_are_pulled_into_range() {
        let now = T0;
        assert_eq!(
            Countdown::Ready { length: -5 }.sane(now),
            Countdown::Ready { length: 0 }
        );
        assert_eq!(
            Countdown::Ready { length: i64::MAX }.sane(now),
            Countdown::Ready { length: MOST }
        );
        assert_eq!(
            Countdown::Paused { left: i64::MIN }.sane(now),
            Countdown::Paused { left: -MOST }
        );
        // A deadline far ahead would stand still at `cap`: it counts down from there.
        let c = Countdown::Running {
            deadline: i64::MAX,
            cap: MINUTE,
        }
        .sane(now);
        assert_eq!(c.left(now), Some(MINUTE));
        assert_eq!(c.left(now + 1_000), Some(MINUTE - 1_000));
        // A deadline from long ago shows at most 99:59 over.
        let c = Countdown::Running {
            deadline: i64::MIN,
            cap: i64::MIN,
        }
        .sane(now);
        assert_eq!(c.left(now), Some(-MOST));
        assert_eq!(digits(c.left(now + 3_600_000).unwrap_or(0)), "+99:59");
        // Extreme `now` too.
        for now in [i64::MIN, -1, 0, i64::MAX] {
            for c in [
                Countdown::Running {
                    deadline: i64::MIN,
                    cap: i64::MAX,
                },
                Countdown::Running {
                    deadline: i64::MAX,
                    cap: i64::MIN,
                },
            ] {
                let s = c.sane(now);
                let left = s.left(now).unwrap_or(0);
                assert!((-MOST..=MOST).contains(&left), "{c:?} at {now}: {left}");
                let p = s.pause(now).add_time(MINUTE, now).start(now);
                assert!(p.left(now).is_some());
            }
        }
        // A clock in range is left exactly as it was.
        let ok = Countdown::ready(Some(MINUTE)).start(T0);
        assert_eq!(ok.sane(T0 + 20_000), ok);
        assert_eq!(ok.sane(T0 + 5 * MINUTE), ok);
    }
}
