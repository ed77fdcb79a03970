//! A thought: id, text, step, question; trimming and length checks.
//!
//! Pure: no browser. The shell makes the id and reads the clock; everything
//! that decides whether a thought is acceptable lives here.
//!
//! Lengths are counted in Unicode scalar values (`chars().count()`), so an
//! emoji such as "☕" is one, and a family emoji made of several people
//! joined with U+200D counts each person and each joiner. Note that the HTML
//! `maxlength` attribute counts UTF-16 code units instead; use
//! [`cut_to_limit`] and [`chars_left`] rather than `maxlength`.

use super::countdown::{Ms, MINUTE};
use super::steps::Step;
use super::Meeting;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The most a thought may hold, in Unicode scalar values, after trimming.
pub const MAX_CHARS: usize = 1000;

/// What sort of thought it is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ThoughtKind {
    /// A thought written during the meeting.
    #[default]
    Thought,
    /// A thought to take away, written on "Still got some time?" or "Thank you".
    Lasting,
}

/// One thought someone wrote down on the tablet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thought {
    /// A random id, made by the shell. Unique across meetings.
    pub id: String,
    /// The id of the meeting it belongs to.
    pub meeting: String,
    /// The text, trimmed at both ends; inside exactly as typed.
    pub text: String,
    /// The step the meeting was on when it was written.
    pub step: Step,
    /// The words of the question being asked then, if any.
    #[serde(default)]
    pub question: Option<String>,
    /// Which question that was (from 0), if any.
    #[serde(default)]
    pub question_index: Option<usize>,
    #[serde(default)]
    pub kind: ThoughtKind,
    /// When it was written: wall-clock ms rounded down to the whole minute.
    /// Enough to put thoughts in order, too coarse to tell who wrote which.
    pub minute: Ms,
    /// The table name in the plan when it was written (say "Table 2"),
    /// trimmed; empty if none. Kept with the thought, so thoughts brought in
    /// from another tablet keep their own table. Not written when empty, so
    /// a thought without a table is saved exactly as version 1 saved it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub table: String,
}

/// Why some text cannot be kept as a thought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThoughtProblem {
    /// Nothing there (or only spaces and invisible characters).
    Empty,
    /// Longer than [`MAX_CHARS`]; `chars` is how long it is after trimming.
    TooLong { chars: usize },
}

impl Thought {
    /// A thought written now on the meeting's current step.
    ///
    /// `raw` is the text as typed: spaces and line breaks at both ends are
    /// dropped, the inside is kept exactly. Text that shows nothing (only
    /// whitespace and invisible characters such as U+200B) is `Empty`.
    pub fn new(
        id: String,
        meeting: &Meeting,
        raw: &str,
        now: Ms,
    ) -> Result<Thought, ThoughtProblem> {
        let text = raw.trim();
        if is_blank(text) {
            return Err(ThoughtProblem::Empty);
        }
        let chars = text.chars().count();
        if chars > MAX_CHARS {
            return Err(ThoughtProblem::TooLong { chars });
        }
        let step = meeting.step;
        // A thought belongs to a question only when the step asks just one.
        let question_index = meeting.question_index();
        let question = question_index
            .and_then(|q| meeting.plan.questions.get(q))
            .cloned();
        let kind = if step.is_for_lasting_thoughts() {
            ThoughtKind::Lasting
        } else {
            ThoughtKind::Thought
        };
        Ok(Thought {
            id,
            meeting: meeting.id.clone(),
            text: text.to_string(),
            step,
            question,
            question_index,
            kind,
            minute: to_minute(now),
            table: meeting.plan.table.trim().to_string(),
        })
    }

    /// A total order: by (minute, id) first, then by every other field, so
    /// that sorting and choosing between two copies is always the same.
    pub fn order(&self, other: &Thought) -> Ordering {
        (self.minute, &self.id)
            .cmp(&(other.minute, &other.id))
            .then_with(|| self.meeting.cmp(&other.meeting))
            .then_with(|| self.text.cmp(&other.text))
            .then_with(|| step_key(self.step).cmp(&step_key(other.step)))
            .then_with(|| self.question_index.cmp(&other.question_index))
            .then_with(|| self.question.cmp(&other.question))
            .then_with(|| self.kind.cmp(&other.kind))
            .then_with(|| self.table.cmp(&other.table))
    }
}

/// Wall-clock ms rounded down to the whole minute.
pub fn to_minute(now: Ms) -> Ms {
    now.saturating_sub(now.rem_euclid(MINUTE))
}

/// A key that orders steps as they come in a meeting.
fn step_key(step: Step) -> (u8, usize) {
    match step {
        Step::Brew => (0, 0),
        Step::Timekeeper => (1, 0),
        Step::Principles => (2, 0),
        Step::Thinking(q) => (3, q.saturating_mul(2)),
        Step::Turns(q) => (3, q.saturating_mul(2).saturating_add(1)),
        Step::TalkAbout => (4, 0),
        Step::StillTime => (5, 0),
        Step::Thanks => (6, 0),
    }
}

/// Characters that take no room on screen: they alone do not make a thought.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'                   // soft hyphen
            | '\u{180E}'                 // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}'    // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}'    // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}'    // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}'    // bidi isolates
            | '\u{FE00}'..='\u{FE0F}'    // variation selectors
            | '\u{FEFF}' // byte order mark
        )
}

/// True when the text shows nothing at all.
fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// How long the text counts as: scalar values once trimmed.
fn counted(text: &str) -> usize {
    text.trim().chars().count()
}

/// Cut text (for example a long paste) so it fits in a thought.
///
/// Spaces at the start do not count (they are trimmed when the thought is
/// kept), so they are left as they are. Returns the text to show and whether
/// anything that counts was cut off; cutting only trailing spaces is not a cut.
/// Afterwards `chars_left(&text) >= 0` always holds.
pub fn cut_to_limit(text: &str) -> (String, bool) {
    // `get` rather than `[..]`: the same slices (every end is a char
    // boundary), without the panic-message code `[..]` brings (~1.3 KB gz).
    let rest = text.trim_start();
    let start = text.len() - rest.len();
    match rest.char_indices().nth(MAX_CHARS) {
        Some((end, _)) if !rest.get(end..).unwrap_or_default().trim().is_empty() => {
            (text.get(..start + end).unwrap_or(text).to_string(), true)
        }
        _ => (text.to_string(), false),
    }
}

/// How many more characters fit; negative when the text is too long.
/// Counts the trimmed text, as [`Thought::new`] does, so
/// `chars_left(t) >= 0` exactly when `t` is not `TooLong`.
pub fn chars_left(text: &str) -> i64 {
    let used = i64::try_from(counted(text)).unwrap_or(i64::MAX);
    (MAX_CHARS as i64).saturating_sub(used)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::{Msg, Plan};
    use proptest::prelude::*;

    const T0: Ms = 1_764_000_000_000; // a whole minute

    fn meeting_at(step_msgs: usize) -> Meeting {
        let plan = Plan {
            questions: vec!["First question?".into(), "Second question?".into()],
            one_at_a_time: true,
            ..Plan::default()
        };
        let mut m = Meeting::new(plan, "m1".into(), T0);
        for _ in 0..step_msgs {
            m.update(Msg::Next, T0);
        }
        m
    }

    #[test]
    fn a_thought_is_trimmed_at_the_ends_only() {
        let m = meeting_at(3);
        let t = Thought::new("t1".into(), &m, "  \n Tea  and\n\n  biscuits \t\n", T0).unwrap();
        assert_eq!(t.text, "Tea  and\n\n  biscuits");
        assert_eq!(t.id, "t1");
        assert_eq!(t.meeting, "m1");
    }

    #[test]
    fn empty_and_invisible_text_is_refused() {
        let m = meeting_at(0);
        for raw in [
            "",
            "   ",
            "\n\t",
            "\u{3000}",
            "\u{200B}",
            " \u{200D}\u{202E}\u{FEFF} ",
        ] {
            assert_eq!(
                Thought::new("t".into(), &m, raw, T0),
                Err(ThoughtProblem::Empty),
                "{raw:?}"
            );
        }
        assert!(Thought::new("t".into(), &m, "\u{200B}a", T0).is_ok());
        assert!(Thought::new("t".into(), &m, "☕", T0).is_ok());
    }

    #[test]
    fn length_is_counted_in_scalar_values_after_trimming() {
        let m = meeting_at(0);
        let full = "☕".repeat(MAX_CHARS);
        assert!(Thought::new("t".into(), &m, &full, T0).is_ok());
        assert!(Thought::new("t".into(), &m, &format!("  {full}\n"), T0).is_ok());
        assert_eq!(
            Thought::new("t".into(), &m, &format!("{full}a"), T0),
            Err(ThoughtProblem::TooLong {
                chars: MAX_CHARS + 1
            })
        );
        assert_eq!(chars_left(&full), 0);
        assert_eq!(chars_left(&format!("{full}a")), -1);
        assert_eq!(chars_left(""), MAX_CHARS as i64);
        assert_eq!(chars_left("  ab  "), MAX_CHARS as i64 - 2);
    }

    #[test]
    fn step_question_and_kind_come_from_the_meeting() {
        let m = meeting_at(3); // Thinking(0)
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.step, Step::Thinking(0));
        assert_eq!(t.question.as_deref(), Some("First question?"));
        assert_eq!(t.question_index, Some(0));
        assert_eq!(t.kind, ThoughtKind::Thought);

        let m = meeting_at(6); // Turns(1)
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.step, Step::Turns(1));
        assert_eq!(t.question.as_deref(), Some("Second question?"));
        assert_eq!(t.question_index, Some(1));

        let m = meeting_at(7); // TalkAbout
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!((t.question, t.question_index), (None, None));
        assert_eq!(t.kind, ThoughtKind::Thought);

        for (n, step) in [(8, Step::StillTime), (9, Step::Thanks)] {
            let m = meeting_at(n);
            let t = Thought::new("t".into(), &m, "x", T0).unwrap();
            assert_eq!(t.step, step);
            assert_eq!(t.kind, ThoughtKind::Lasting);
        }
    }

    #[test]
    fn with_all_questions_together_a_thought_has_no_one_question() {
        let mut m = meeting_at(3);
        m.plan.one_at_a_time = false;
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.step, Step::Thinking(0));
        assert_eq!((t.question, t.question_index), (None, None));
        // With only one question, a thought is about that question.
        m.plan.questions.truncate(1);
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.question.as_deref(), Some("First question?"));
        assert_eq!(t.question_index, Some(0));
    }

    #[test]
    fn minute_is_rounded_down() {
        let m = meeting_at(0);
        for (now, minute) in [
            (T0, T0),
            (T0 + 1, T0),
            (T0 + 59_999, T0),
            (T0 + 60_000, T0 + 60_000),
            (T0 - 1, T0 - 60_000),
            (0, 0),
            (-1, -60_000),
        ] {
            let t = Thought::new("t".into(), &m, "x", now).unwrap();
            assert_eq!(t.minute, minute, "at {now}");
        }
        assert_eq!(to_minute(i64::MIN), i64::MIN);
        assert_eq!(to_minute(i64::MAX) % MINUTE, 0);
    }

    #[test]
    fn cut_to_limit_cuts_long_pastes() {
        let (s, cut) = cut_to_limit("short");
        assert_eq!((s.as_str(), cut), ("short", false));

        let long = format!("{}xyz", "é".repeat(MAX_CHARS));
        let (s, cut) = cut_to_limit(&long);
        assert!(cut);
        assert_eq!(s, "é".repeat(MAX_CHARS));

        // Leading spaces do not count; trailing spaces are not a real cut.
        let padded = format!("   {}   ", "a".repeat(MAX_CHARS));
        let (s, cut) = cut_to_limit(&padded);
        assert!(!cut);
        assert_eq!(s, padded);
        assert_eq!(chars_left(&s), 0);
    }

    #[test]
    fn the_table_comes_from_the_plan_trimmed() {
        let mut m = meeting_at(3);
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.table, "");
        assert!(!serde_json::to_string(&t).unwrap().contains("table"));

        m.plan.table = "  Table 2 \n".into();
        let t = Thought::new("t".into(), &m, "x", T0).unwrap();
        assert_eq!(t.table, "Table 2");
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.ends_with(r#","table":"Table 2"}"#), "{json}");
        assert_eq!(serde_json::from_str::<Thought>(&json).unwrap(), t);

        // Two copies that differ only in their table are still ordered.
        let mut other = t.clone();
        other.table = "Table 3".into();
        assert!(t.order(&other).is_lt());
        assert!(other.order(&t).is_gt());
    }

    #[test]
    fn thought_kind_is_snake_case() {
        assert_eq!(
            serde_json::to_string(&ThoughtKind::Lasting).unwrap(),
            "\"lasting\""
        );
        assert_eq!(
            serde_json::to_string(&ThoughtKind::Thought).unwrap(),
            "\"thought\""
        );
    }

    fn text() -> impl Strategy<Value = String> {
        const MIXED_IN: [char; 7] = [' ', '\n', '\u{200B}', '\u{200D}', '\u{202E}', '👩', 'ש'];
        proptest::collection::vec((0usize..14, any::<char>()), 0..1300).prop_map(|cs| {
            cs.into_iter()
                .map(|(k, c)| MIXED_IN.get(k).copied().unwrap_or(c))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn cut_text_always_fits_and_is_a_prefix(s in text()) {
            let (c, cut) = cut_to_limit(&s);
            prop_assert!(s.starts_with(&c));
            prop_assert!(chars_left(&c) >= 0);
            prop_assert_eq!(cut, c != s);
        }

        #[test]
        fn new_agrees_with_chars_left(s in text()) {
            let m = meeting_at(4);
            match Thought::new("t".into(), &m, &s, T0) {
                Ok(t) => {
                    prop_assert!(chars_left(&s) >= 0);
                    prop_assert_eq!(t.text.as_str(), s.trim());
                }
                Err(ThoughtProblem::TooLong { chars }) => {
                    prop_assert!(chars_left(&s) < 0);
                    prop_assert_eq!(chars, s.trim().chars().count());
                }
                Err(ThoughtProblem::Empty) => prop_assert!(is_blank(&s)),
            }
        }
    }
}
