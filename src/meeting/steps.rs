//! The steps of an Over a Brew meeting and how one leads to the next.
//!
//! Grab a brew → who keeps time → how we talk together → thinking time →
//! have your say → talk about what you heard → still got some time? →
//! thank you.
//!
//! Thinking time and "Have your say" make a round. By default there is one
//! round for all the questions (as the guide says); with "One question at a
//! time" there is a round for each question. The functions here take the
//! number of rounds (`Plan::rounds`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", content = "question", rename_all = "snake_case")]
pub enum Step {
    Brew,
    Timekeeper,
    Principles,
    /// Thinking time of round `n` (from 0): question `n` when questions
    /// are asked one at a time, else all the questions (`n` is 0).
    Thinking(usize),
    /// Turns of round `n` (from 0).
    Turns(usize),
    TalkAbout,
    StillTime,
    Thanks,
}

impl Step {
    /// The step after this one, in a meeting of `rounds` rounds.
    /// `None` at the end.
    pub fn next(self, rounds: usize) -> Option<Step> {
        let rounds = rounds.max(1);
        Some(match self {
            Step::Brew => Step::Timekeeper,
            Step::Timekeeper => Step::Principles,
            Step::Principles => Step::Thinking(0),
            Step::Thinking(q) => Step::Turns(q),
            Step::Turns(q) if q + 1 < rounds => Step::Thinking(q + 1),
            Step::Turns(_) => Step::TalkAbout,
            Step::TalkAbout => Step::StillTime,
            Step::StillTime => Step::Thanks,
            Step::Thanks => return None,
        })
    }

    /// The step before this one. `None` at the start.
    pub fn back(self, rounds: usize) -> Option<Step> {
        let last = rounds.max(1) - 1;
        Some(match self {
            Step::Brew => return None,
            Step::Timekeeper => Step::Brew,
            Step::Principles => Step::Timekeeper,
            Step::Thinking(0) => Step::Principles,
            Step::Thinking(q) => Step::Turns(q - 1),
            Step::Turns(q) => Step::Thinking(q),
            Step::TalkAbout => Step::Turns(last),
            Step::StillTime => Step::TalkAbout,
            Step::Thanks => Step::StillTime,
        })
    }

    /// The round this step is in, if any (with one question at a time,
    /// the question it is about).
    pub fn question(self) -> Option<usize> {
        match self {
            Step::Thinking(q) | Step::Turns(q) => Some(q),
            _ => None,
        }
    }

    /// Keep a saved step inside a meeting of `rounds` rounds.
    pub fn clamp(self, rounds: usize) -> Step {
        let last = rounds.max(1) - 1;
        match self {
            Step::Thinking(q) if q > last => Step::Thinking(last),
            Step::Turns(q) if q > last => Step::Turns(last),
            other => other,
        }
    }

    /// Thoughts added on the last two steps are lasting thoughts.
    pub fn is_for_lasting_thoughts(self) -> bool {
        matches!(self, Step::StillTime | Step::Thanks)
    }

    /// All steps of a meeting, in order.
    pub fn all(rounds: usize) -> Vec<Step> {
        let mut out = vec![Step::Brew];
        while let Some(next) = out.last().and_then(|s| s.next(rounds)) {
            out.push(next);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_round_meeting_has_eight_steps() {
        assert_eq!(
            Step::all(1),
            vec![
                Step::Brew,
                Step::Timekeeper,
                Step::Principles,
                Step::Thinking(0),
                Step::Turns(0),
                Step::TalkAbout,
                Step::StillTime,
                Step::Thanks
            ]
        );
    }

    #[test]
    fn thinking_and_turns_repeat_for_each_round() {
        let all = Step::all(3);
        assert_eq!(all.len(), 12);
        assert_eq!(
            &all[3..9],
            &[
                Step::Thinking(0),
                Step::Turns(0),
                Step::Thinking(1),
                Step::Turns(1),
                Step::Thinking(2),
                Step::Turns(2)
            ]
        );
    }

    #[test]
    fn back_undoes_next_everywhere() {
        for n in 1..5 {
            let all = Step::all(n);
            for pair in all.windows(2) {
                assert_eq!(pair[1].back(n), Some(pair[0]));
                assert_eq!(pair[0].next(n), Some(pair[1]));
            }
            assert_eq!(Step::Brew.back(n), None);
            assert_eq!(Step::Thanks.next(n), None);
        }
    }

    #[test]
    fn clamp_keeps_a_step_in_a_shorter_meeting() {
        assert_eq!(Step::Turns(4).clamp(2), Step::Turns(1));
        assert_eq!(Step::Thinking(0).clamp(2), Step::Thinking(0));
        assert_eq!(Step::Brew.clamp(0), Step::Brew);
    }
}
