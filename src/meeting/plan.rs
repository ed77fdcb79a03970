//! What the person running the meeting sets up before it starts.

use super::countdown::{Ms, MINUTE};
use serde::{Deserialize, Serialize};

/// The questions from the report of a real Over a Brew session, ready to pick.
pub const READY_QUESTIONS: [&str; 4] = [
    "What do you value about the Over a Brew approach?",
    "What would you put in a set of Over a Brew principles, however random?",
    "How do we use what we have heard in these spaces?",
    "How do we use what we have heard in our own lives?",
];

pub const MIN_PEOPLE: u32 = 1;
pub const MAX_PEOPLE: u32 = 30;

/// The shortest time a timed step may have.
pub const SHORTEST: Ms = 30_000;

/// A meeting's set-up. Times of `None` mean "no clock for this step".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// The meeting's name or theme; may be empty.
    pub theme: String,
    /// A table name such as "Table 2", for rooms with several tablets; may be empty.
    pub table: String,
    /// The questions, asked in order. Never empty once checked.
    pub questions: Vec<String>,
    /// How many people are at the table.
    pub people: u32,
    pub thinking: Option<Ms>,
    pub turn: Option<Ms>,
    pub talk: Option<Ms>,
    /// Gentle chimes at 30 seconds left and at time up.
    pub sound: bool,
    /// Volume of the chimes, 0 to 100.
    pub volume: u32,
    /// Spoken cues in the browser's own voice. Off unless the host turns them on.
    pub speech: bool,
    /// Show the thoughts on screen during "Talk about what you heard".
    pub show_thoughts: bool,
    /// "One question at a time": thinking time and a round of turns for each
    /// question. Off by default: one thinking time shows every question, then
    /// one round of turns (as the guide says). A plan saved before this
    /// choice existed had a round for each question, so a missing field
    /// reads as `true`.
    #[serde(default = "saved_before_rounds")]
    pub one_at_a_time: bool,
    /// Opening words (a poem or a few lines) shown on "Grab a brew"; may be empty.
    pub opening: String,
    /// Show the numbers on the clock. When off, only the ring shows the time
    /// left (some people find numbers stressful). Older saves lack it: on.
    pub show_digits: bool,
}

/// What a plan saved before "One question at a time" existed did.
pub fn saved_before_rounds() -> bool {
    true
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            theme: String::new(),
            table: String::new(),
            questions: vec![READY_QUESTIONS[0].to_string()],
            people: 6,
            thinking: Some(MINUTE),
            turn: Some(2 * MINUTE),
            talk: None,
            sound: true,
            volume: 60,
            speech: false,
            show_thoughts: false,
            one_at_a_time: false,
            opening: String::new(),
            show_digits: true,
        }
    }
}

/// Why a plan cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    NoQuestions,
    EmptyQuestion(usize),
    TooFewPeople,
    TooManyPeople,
    /// A time (named by its step) is shorter than 30 seconds or longer than allowed.
    TimeOutOfRange(TimedStep),
}

/// The steps whose time the host sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimedStep {
    Thinking,
    Turn,
    Talk,
}

impl TimedStep {
    /// Every step whose time the host sets.
    pub const ALL: [TimedStep; 3] = [TimedStep::Thinking, TimedStep::Turn, TimedStep::Talk];

    /// The time a step has unless the host changes it.
    pub fn default_length(self) -> Ms {
        match self {
            TimedStep::Thinking => MINUTE,
            TimedStep::Turn => 2 * MINUTE,
            TimedStep::Talk => 10 * MINUTE,
        }
    }

    /// The longest time allowed: ten times the default, but an hour and a
    /// half for talk (the clock shows at most 99:59, see [`super::countdown::MOST`]).
    pub fn longest(self) -> Ms {
        match self {
            TimedStep::Talk => 90 * MINUTE,
            _ => self.default_length() * 10,
        }
    }
}

impl Plan {
    /// The time set for a timed step.
    pub fn length(&self, step: TimedStep) -> Option<Ms> {
        match step {
            TimedStep::Thinking => self.thinking,
            TimedStep::Turn => self.turn,
            TimedStep::Talk => self.talk,
        }
    }

    /// A time longer than is allowed now becomes the longest allowed (talk
    /// once went to 100 minutes), so a saved plan always fits set-up.
    pub fn cap_times(&mut self) {
        for (slot, step) in [
            (&mut self.thinking, TimedStep::Thinking),
            (&mut self.turn, TimedStep::Turn),
            (&mut self.talk, TimedStep::Talk),
        ] {
            if let Some(t) = slot {
                *t = (*t).min(step.longest());
            }
        }
    }

    /// How many rounds of thinking time and turns the meeting has: one for
    /// each question when they are asked one at a time, else one for all.
    pub fn rounds(&self) -> usize {
        if self.one_at_a_time {
            self.questions.len().max(1)
        } else {
            1
        }
    }

    /// The questions a thinking or turns step of round `round` is about
    /// (from 0): that round's question, or all of them.
    pub fn round_questions(&self, round: usize) -> Vec<(usize, &str)> {
        let all = self.questions.iter().map(String::as_str).enumerate();
        if self.one_at_a_time {
            all.skip(round).take(1).collect()
        } else {
            all.collect()
        }
    }

    /// Every problem with this plan; empty when it can be used.
    pub fn problems(&self) -> Vec<PlanProblem> {
        let mut out = Vec::new();
        if self.questions.is_empty() {
            out.push(PlanProblem::NoQuestions);
        }
        for (i, q) in self.questions.iter().enumerate() {
            if q.trim().is_empty() {
                out.push(PlanProblem::EmptyQuestion(i));
            }
        }
        if self.people < MIN_PEOPLE {
            out.push(PlanProblem::TooFewPeople);
        }
        if self.people > MAX_PEOPLE {
            out.push(PlanProblem::TooManyPeople);
        }
        for step in TimedStep::ALL {
            if let Some(len) = self.length(step) {
                if !(SHORTEST..=step.longest()).contains(&len) {
                    out.push(PlanProblem::TimeOutOfRange(step));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_plan_is_the_seed_meeting() {
        let p = Plan::default();
        assert_eq!(p.questions, vec![READY_QUESTIONS[0]]);
        assert_eq!(p.thinking, Some(60_000));
        assert_eq!(p.turn, Some(120_000));
        // "Talk about what you heard" has no countdown unless the host sets one.
        assert_eq!(p.talk, None);
        assert!(!p.one_at_a_time);
        assert_eq!(p.rounds(), 1);
        assert!(p.opening.is_empty());
        assert_eq!(p.people, 6);
        assert!(!p.speech);
        assert!(!p.show_thoughts);
        assert!(p.problems().is_empty());
    }

    #[test]
    fn a_plan_needs_a_question() {
        let p = Plan {
            questions: vec![],
            ..Plan::default()
        };
        assert_eq!(p.problems(), vec![PlanProblem::NoQuestions]);
        let p = Plan {
            questions: vec!["  ".into()],
            ..Plan::default()
        };
        assert_eq!(p.problems(), vec![PlanProblem::EmptyQuestion(0)]);
    }

    #[test]
    fn times_must_be_in_range_or_off() {
        let mut p = Plan {
            thinking: Some(29_999),
            ..Plan::default()
        };
        assert_eq!(
            p.problems(),
            vec![PlanProblem::TimeOutOfRange(TimedStep::Thinking)]
        );
        p.thinking = Some(SHORTEST);
        assert!(p.problems().is_empty());
        p.thinking = Some(10 * MINUTE);
        assert!(p.problems().is_empty());
        p.thinking = Some(10 * MINUTE + 1);
        assert_eq!(
            p.problems(),
            vec![PlanProblem::TimeOutOfRange(TimedStep::Thinking)]
        );
        p.thinking = None;
        p.turn = Some(20 * MINUTE);
        assert!(p.problems().is_empty());
        p.talk = Some(90 * MINUTE);
        assert!(p.problems().is_empty());
        p.talk = Some(91 * MINUTE);
        assert_eq!(
            p.problems(),
            vec![PlanProblem::TimeOutOfRange(TimedStep::Talk)]
        );
    }

    #[test]
    fn times_longer_than_allowed_are_capped_others_stay() {
        let mut p = Plan {
            thinking: Some(30 * MINUTE),
            turn: Some(3 * MINUTE),
            talk: Some(100 * MINUTE),
            ..Plan::default()
        };
        p.cap_times();
        assert_eq!(p.thinking, Some(TimedStep::Thinking.longest()));
        assert_eq!(p.turn, Some(3 * MINUTE));
        assert_eq!(p.talk, Some(TimedStep::Talk.longest()));
        assert!(p.problems().is_empty());
    }

    #[test]
    fn every_longest_time_fits_the_clock() {
        for step in TimedStep::ALL {
            assert!(
                step.longest() <= crate::meeting::countdown::MOST,
                "{step:?}"
            );
            assert!(step.longest() >= step.default_length(), "{step:?}");
        }
    }

    #[test]
    fn rounds_follow_one_question_at_a_time() {
        let mut p = Plan {
            questions: vec!["A?".into(), "B?".into(), "C?".into()],
            ..Plan::default()
        };
        assert_eq!(p.rounds(), 1);
        assert_eq!(p.round_questions(0), vec![(0, "A?"), (1, "B?"), (2, "C?")]);
        p.one_at_a_time = true;
        assert_eq!(p.rounds(), 3);
        assert_eq!(p.round_questions(1), vec![(1, "B?")]);
        assert!(p.round_questions(5).is_empty());
        p.questions.clear();
        assert_eq!(p.rounds(), 1);
    }

    #[test]
    fn people_in_range() {
        let p = Plan {
            people: 0,
            ..Plan::default()
        };
        assert_eq!(p.problems(), vec![PlanProblem::TooFewPeople]);
        let p = Plan {
            people: 31,
            ..Plan::default()
        };
        assert_eq!(p.problems(), vec![PlanProblem::TooManyPeople]);
    }
}
