//! Whose turn it is during "Have your say": person k of n.

use super::plan::{MAX_PEOPLE, MIN_PEOPLE};
use serde::{Deserialize, Serialize};

/// The turns of one "Have your say" step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turns {
    /// How many people are at the table now.
    pub people: u32,
    /// How many turns have started in this step (the person speaking is number `started`).
    pub started: u32,
    /// Someone is speaking now.
    pub speaking: bool,
}

/// Where the turns are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TurnPhase {
    /// Nobody has started yet.
    Waiting,
    /// Person `k` of `of` is speaking.
    Speaking { k: u32, of: u32 },
    /// Everyone has had a turn.
    Finished,
}

impl Turns {
    pub fn new(people: u32) -> Self {
        Turns {
            people: people.clamp(MIN_PEOPLE, MAX_PEOPLE),
            started: 0,
            speaking: false,
        }
    }

    pub fn phase(&self) -> TurnPhase {
        if self.speaking {
            TurnPhase::Speaking {
                k: self.started,
                of: self.people,
            }
        } else if self.started < self.people {
            TurnPhase::Waiting
        } else {
            TurnPhase::Finished
        }
    }

    /// Someone is still to have a turn.
    pub fn has_next(&self) -> bool {
        self.started < self.people
    }

    /// End the current turn (if any) and start the next person's.
    /// Returns false when everyone has had a turn: then nobody is speaking.
    pub fn next_person(&mut self) -> bool {
        if self.has_next() {
            self.started += 1;
            self.speaking = true;
            true
        } else {
            self.speaking = false;
            false
        }
    }

    pub fn add_person(&mut self) {
        self.people = (self.people + 1).min(MAX_PEOPLE);
    }

    /// Take one person away, but never below those who have already started a turn.
    pub fn remove_person(&mut self) {
        let floor = self.started.max(MIN_PEOPLE);
        if self.people > floor {
            self.people -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_people_take_turns_then_finish() {
        let mut t = Turns::new(3);
        assert_eq!(t.phase(), TurnPhase::Waiting);
        assert!(t.next_person());
        assert_eq!(t.phase(), TurnPhase::Speaking { k: 1, of: 3 });
        assert!(t.next_person());
        assert!(t.next_person());
        assert_eq!(t.phase(), TurnPhase::Speaking { k: 3, of: 3 });
        assert!(!t.next_person());
        assert_eq!(t.phase(), TurnPhase::Finished);
        // someone arrives late: they can still have a turn
        t.add_person();
        assert_eq!(t.phase(), TurnPhase::Waiting);
        assert!(t.next_person());
        assert_eq!(t.phase(), TurnPhase::Speaking { k: 4, of: 4 });
    }

    #[test]
    fn people_can_be_removed_but_not_below_those_who_spoke() {
        let mut t = Turns::new(3);
        t.next_person();
        t.next_person();
        t.remove_person();
        assert_eq!(t.people, 2);
        t.remove_person();
        assert_eq!(t.people, 2);
        assert_eq!(t.phase(), TurnPhase::Speaking { k: 2, of: 2 });
        let mut one = Turns::new(1);
        one.remove_person();
        assert_eq!(one.people, 1);
    }

    #[test]
    fn people_stay_in_range() {
        assert_eq!(Turns::new(0).people, MIN_PEOPLE);
        let mut t = Turns::new(MAX_PEOPLE + 5);
        assert_eq!(t.people, MAX_PEOPLE);
        t.add_person();
        assert_eq!(t.people, MAX_PEOPLE);
    }
}
