//! The saved format: frozen fixtures of every version ever shipped, damaged
//! and newer values, round trips of any text, and the laws of `merge`.
//!
//! The fixtures in `tests/fixtures/` are never edited (see the README there).

use over_a_brew::meeting::countdown::digits;
use over_a_brew::meeting::plan::READY_QUESTIONS;
use over_a_brew::meeting::thought::{Thought, ThoughtKind, MAX_CHARS};
use over_a_brew::meeting::thoughts::{merge, ThoughtSet};
use over_a_brew::meeting::{
    Countdown, Meeting, Ms, Msg, Place, Plan, Step, TurnPhase, Turns, MINUTE,
};
use over_a_brew::store::schema::{
    decode_meeting, decode_thought, decode_thoughts, encode_meeting, encode_thought,
    encode_thoughts, DecodeProblem,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

const MEETING_V1: &str = include_str!("fixtures/meeting-v1.json");
const THOUGHTS_V1: &str = include_str!("fixtures/thoughts-v1.json");
const THOUGHT_V1: &str = include_str!("fixtures/thought-v1.json");

const MEETING_ID: &str = "9b2d4c7e-5a61-4f0e-8c3b-2e7d1a6f4b90";
/// When the meeting fixture was saved.
const SAVED_AT: i64 = 1_764_773_466_012;

const EMOJI_TEXT: &str =
    "Nobody rushes me here ☕🙂\nand the biscuits 🍪 are good. 👩\u{200D}👩\u{200D}👧";
const RTL_TEXT: &str = "أشعر أن الناس يستمعون إليّ حقًا في Over a Brew";
const LASTING_TEXT: &str = "Ask Sam how the allotment is going 🌱";
const REMOVED_ID: &str = "e09a4b6c-71d2-4f35-8e6b-0c9d2a5f1b47";

/// Every decoder, as "is it Ok, or which problem".
fn decode_all(raw: &str) -> [Result<(), DecodeProblem>; 3] {
    [
        decode_meeting(raw).map(|_| ()),
        decode_thoughts(raw).map(|_| ()),
        decode_thought(raw).map(|_| ()),
    ]
}

fn is_corrupt(r: &Result<(), DecodeProblem>) -> bool {
    matches!(r, Err(DecodeProblem::Corrupt(_)))
}

// ------------------------------------------------------------ fixtures, v1

#[test]
fn meeting_v1_fixture_loads_mid_turn() {
    let m = decode_meeting(MEETING_V1).unwrap();
    assert_eq!(m.id, MEETING_ID);
    assert_eq!(m.created, 1_764_772_217_412);
    assert_eq!(m.plan.theme, "Feeling at home");
    assert_eq!(m.plan.table, "Table 2");
    assert_eq!(m.plan.questions[0], READY_QUESTIONS[0]);
    assert_eq!(m.plan.questions.len(), 2);
    assert_eq!(m.plan.people, 5);
    assert_eq!(m.plan.thinking, Some(60_000));
    assert_eq!(m.plan.turn, Some(120_000));
    assert_eq!(m.plan.talk, Some(600_000));
    assert!(m.plan.sound);
    assert_eq!(m.plan.volume, 60);
    assert!(!m.plan.speech);
    // Saved before these choices existed: a round for each question, no opening words.
    assert!(m.plan.one_at_a_time);
    assert!(m.plan.opening.is_empty());
    assert_eq!(m.turns_passed, 0);
    assert!(m.plan.show_thoughts);
    // Saved before "Show numbers on the clock" existed: the numbers show.
    assert!(m.plan.show_digits);

    assert_eq!(m.step, Step::Turns(1));
    assert_eq!(
        m.clock,
        Countdown::Running {
            deadline: 1_764_773_543_012,
            cap: 180_000
        }
    );
    assert_eq!(
        m.turns,
        Turns {
            people: 5,
            started: 3,
            speaking: true
        }
    );
    assert!(m.sound);
    assert_eq!(m.turns_taken, 8);
    assert_eq!(m.step_started, 1_764_773_106_512);
    let visited: Vec<(Step, i64)> = m.step_times.iter().map(|s| (s.step, s.ms)).collect();
    assert_eq!(
        visited,
        vec![
            (Step::Brew, 41_200),
            (Step::Timekeeper, 24_800),
            (Step::Principles, 93_100),
            (Step::Thinking(0), 67_000),
            (Step::Turns(0), 598_400),
            (Step::Thinking(1), 64_600),
        ]
    );
    // Not saved: the clock reading.
    assert_eq!(m.now, 0);
}

#[test]
fn meeting_v1_fixture_carries_on_where_it_was() {
    let mut m = decode_meeting(MEETING_V1).unwrap().restore(SAVED_AT);
    assert_eq!(m.left(), Some(77_000));
    // The second ready question, in the words it had when this was saved.
    assert_eq!(
        m.question(),
        Some("What do you want to include, however random, in a set of Over a Brew principles?")
    );
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 3, of: 5 });
    // A reload much later: the turn ran on into overtime, nothing is told again.
    let mut later = decode_meeting(MEETING_V1)
        .unwrap()
        .restore(SAVED_AT + 600_000);
    assert_eq!(later.left(), Some(77_000 - 600_000));
    assert!(later.update(Msg::Tick, SAVED_AT + 600_250).is_empty());
    // And the meeting goes on.
    m.update(Msg::NextPerson, SAVED_AT + 1_000);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 4, of: 5 });
}

#[test]
fn thoughts_v1_fixture_loads() {
    let s = decode_thoughts(THOUGHTS_V1).unwrap();
    let texts: Vec<&str> = s.live().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, [EMOJI_TEXT, RTL_TEXT, LASTING_TEXT]);
    assert_eq!(
        s.removed.iter().collect::<Vec<_>>(),
        [REMOVED_ID],
        "the thought taken back stays taken back"
    );
    assert!(s.get(REMOVED_ID).is_none());
    assert!(s.live().iter().all(|t| t.meeting == MEETING_ID));

    let [emoji, rtl, lasting] = s.live() else {
        panic!("three thoughts")
    };
    assert_eq!(emoji.id, "c1e5a7f0-2b3d-4e8f-9a01-6d4c2b8e7f13");
    assert_eq!(emoji.step, Step::Thinking(0));
    assert_eq!(emoji.question.as_deref(), Some(READY_QUESTIONS[0]));
    assert_eq!(emoji.question_index, Some(0));
    assert_eq!(emoji.kind, ThoughtKind::Thought);
    assert_eq!(emoji.minute, 1_764_772_380_000);
    assert_eq!(emoji.text.chars().count(), 59);

    assert_eq!(rtl.id, "5f8b3e21-9c47-4d6a-b0e2-a37c15d9e864");
    assert_eq!(rtl.step, Step::Turns(0));
    assert_eq!(rtl.question_index, Some(0));
    assert_eq!(rtl.kind, ThoughtKind::Thought);
    assert_eq!(rtl.minute, 1_764_772_500_000);

    assert_eq!(lasting.id, "7a3d9e5b-0f21-4c86-a4b7-3e8f6d1c2a95");
    assert_eq!(lasting.step, Step::StillTime);
    assert_eq!(lasting.question, None);
    assert_eq!(lasting.question_index, None);
    assert_eq!(lasting.kind, ThoughtKind::Lasting);
    assert_eq!(lasting.minute, 1_764_774_480_000);

    for t in s.live() {
        assert_eq!(t.minute % 60_000, 0, "whole minutes only");
    }
}

#[test]
fn thought_v1_fixture_loads() {
    let t = decode_thought(THOUGHT_V1).unwrap();
    assert_eq!(
        t,
        Thought {
            id: "c1e5a7f0-2b3d-4e8f-9a01-6d4c2b8e7f13".into(),
            meeting: MEETING_ID.into(),
            text: EMOJI_TEXT.into(),
            step: Step::Thinking(0),
            question: Some(READY_QUESTIONS[0].into()),
            question_index: Some(0),
            kind: ThoughtKind::Thought,
            minute: 1_764_772_380_000,
            table: String::new(),
        }
    );
    // The same thought as in the quick copy.
    let s = decode_thoughts(THOUGHTS_V1).unwrap();
    assert_eq!(s.get(&t.id), Some(&t));
}

#[test]
fn fixtures_survive_encode_and_decode_again() {
    let m = decode_meeting(MEETING_V1).unwrap();
    assert_eq!(decode_meeting(&encode_meeting(&m)), Ok(m));
    let s = decode_thoughts(THOUGHTS_V1).unwrap();
    assert_eq!(decode_thoughts(&encode_thoughts(&s)), Ok(s));
    let t = decode_thought(THOUGHT_V1).unwrap();
    assert_eq!(decode_thought(&encode_thought(&t)), Ok(t));
}

#[test]
fn fixtures_are_read_by_their_own_decoder_only() {
    assert!(is_corrupt(&decode_thought(MEETING_V1).map(|_| ())));
    assert!(is_corrupt(&decode_meeting(THOUGHTS_V1).map(|_| ())));
    assert!(is_corrupt(&decode_meeting(THOUGHT_V1).map(|_| ())));
    assert!(is_corrupt(&decode_thoughts(THOUGHT_V1).map(|_| ())));
}

#[test]
fn a_fixture_cut_short_anywhere_is_corrupt() {
    for fixture in [MEETING_V1, THOUGHTS_V1, THOUGHT_V1] {
        for (i, _) in fixture.char_indices() {
            for r in decode_all(&fixture[..i]) {
                assert!(is_corrupt(&r), "cut at {i}: {r:?}");
            }
        }
    }
}

// ------------------------------------------------------------ damaged values

#[test]
fn damaged_values_are_corrupt() {
    let wrong_shapes = [
        "",
        " ",
        "null",
        "true",
        "0",
        "1",
        "\"1\"",
        "{",
        "}",
        "[]",
        "[{\"schema_version\":\"1\"}]",
        "{}",
        "\u{feff}{}",
        "%$#@!~ garbage \u{0}\u{1} ☕",
        "{\"schema_version\":\"1\"}",
        "{\"schema_version\":1}",
        "{\"schema_version\":\"1\",\"meeting\":null,\"thoughts\":7}",
        "{\"schema_version\":\"1\",\"meeting\":{},\"thoughts\":{}}",
        "{\"version\":1,\"meeting\":{}}",
        "{\"schema_version\":\"0\"}",
        "{\"schema_version\":true}",
        "{\"schema_version\":[1]}",
        "{\"schema_version\":-3}",
        "{\"schema_version\":\"1\",\"id\":5,\"thoughts\":[{}]}",
        "{\"schema_version\":\"1\",\"thoughts\":[1,2,3],\"removed\":[]}",
        "{\"schema_version\":\"1\",\"thoughts\":[],\"removed\":\"abc\"}",
    ];
    for raw in wrong_shapes {
        for r in decode_all(raw) {
            assert!(is_corrupt(&r), "{raw:?} gave {r:?}");
        }
    }
    // A saved thought with a step that does not exist.
    let bad_step = THOUGHT_V1.replace("\"thinking\"", "\"dancing\"");
    assert!(is_corrupt(&decode_thought(&bad_step).map(|_| ())));
    // A meeting with a negative person count.
    let bad_people = MEETING_V1.replace("\"people\":5,\"thinking\"", "\"people\":-5,\"thinking\"");
    assert_ne!(bad_people, MEETING_V1);
    assert!(is_corrupt(&decode_meeting(&bad_people).map(|_| ())));
}

#[test]
fn very_deep_nesting_is_corrupt_not_a_crash() {
    let deep = format!(
        "{{\"schema_version\":\"1\",\"meeting\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    for r in decode_all(&deep) {
        assert!(is_corrupt(&r));
    }
}

#[test]
fn newer_versions_are_left_alone() {
    for raw in [
        r#"{"schema_version":99,"meeting":{"whatever":"comes next"}}"#,
        r#"{"schema_version":"99","thoughts":"a new shape"}"#,
        r#"{"schema_version":99}"#,
        r#"{"id":"x","schema_version":"99","text":["not","v1"]}"#,
    ] {
        for r in decode_all(raw) {
            assert_eq!(r, Err(DecodeProblem::Newer(99)), "{raw}");
        }
    }
    assert_eq!(
        decode_meeting(&MEETING_V1.replacen("\"1\"", "\"2\"", 1)),
        Err(DecodeProblem::Newer(2))
    );
    assert_eq!(
        decode_thought(r#"{"schema_version":18446744073709551615}"#),
        Err(DecodeProblem::Newer(u64::MAX))
    );
}

#[test]
fn fields_added_later_in_version_1_are_ignored_by_this_app() {
    let extra = MEETING_V1.replacen(
        "\"schema_version\":\"1\",",
        "\"schema_version\":\"1\",\"added_later\":{\"x\":1},",
        1,
    );
    assert_eq!(decode_meeting(&extra), decode_meeting(MEETING_V1));
    let extra = THOUGHT_V1.replacen("\"kind\"", "\"mood\":\"happy\",\"kind\"", 1);
    assert_eq!(decode_thought(&extra), decode_thought(THOUGHT_V1));
}

#[test]
fn thought_fields_with_defaults_may_be_missing() {
    let raw = r#"{"schema_version":"1","id":"t","meeting":"m","text":"hi","step":{"step":"brew"},"minute":0}"#;
    let t = decode_thought(raw).unwrap();
    assert_eq!(t.question, None);
    assert_eq!(t.question_index, None);
    assert_eq!(t.kind, ThoughtKind::Thought);
    let raw = r#"{"schema_version":"1","thoughts":[]}"#;
    assert_eq!(decode_thoughts(raw), Ok(ThoughtSet::default()));
}

// ------------------------------------------------------------ strategies

/// Any text, with emoji, right-to-left letters and invisible characters
/// mixed in often.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    const MIXED_IN: [char; 13] = [
        '\u{200B}', '\u{200D}', '\u{202E}', '\u{FEFF}', '👩', '🏽', '☕', 'ש', 'ع', '"', '\\',
        '\n', '\0',
    ];
    proptest::collection::vec((0usize..24, any::<char>()), 0..=max).prop_map(|cs| {
        cs.into_iter()
            .map(|(k, c)| MIXED_IN.get(k).copied().unwrap_or(c))
            .collect()
    })
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Brew),
        Just(Step::Timekeeper),
        Just(Step::Principles),
        (0usize..3).prop_map(Step::Thinking),
        (0usize..3).prop_map(Step::Turns),
        Just(Step::TalkAbout),
        Just(Step::StillTime),
        Just(Step::Thanks),
    ]
}

/// A thought whose id comes from a small pool, so sets share ids often.
fn pooled_thought() -> impl Strategy<Value = Thought> {
    (
        0u8..8,
        0i64..4,
        prop_oneof![Just("tea"), Just("cake"), Just("שלום 👋")],
        any_step(),
        any::<bool>(),
    )
        .prop_map(|(id, minute, text, step, lasting)| Thought {
            id: format!("t{id}"),
            meeting: "m".into(),
            text: text.into(),
            step,
            question: step.question().map(|q| format!("Q{q}")),
            question_index: step.question(),
            kind: if lasting {
                ThoughtKind::Lasting
            } else {
                ThoughtKind::Thought
            },
            minute: minute * 60_000,
            table: String::new(),
        })
}

/// A set as it might be found: possibly out of order, with twins, and
/// with removed thoughts still in it.
fn any_set() -> impl Strategy<Value = ThoughtSet> {
    (
        proptest::collection::vec(pooled_thought(), 0..8),
        // Ids taken back in any order, twins too: the set keeps them sorted, each once.
        proptest::collection::vec((0u8..10).prop_map(|i| format!("t{i}")), 0..4),
    )
        .prop_map(|(thoughts, removed)| ThoughtSet {
            thoughts,
            removed: removed.into_iter().collect(),
        })
}

/// Any number a stored time could hold: ordinary ones, today's clock
/// readings, and the extremes.
fn any_ms() -> impl Strategy<Value = Ms> {
    prop_oneof![
        -20 * MINUTE..20 * MINUTE,
        SAVED_AT - 24 * 60 * MINUTE..SAVED_AT + 24 * 60 * MINUTE,
        any::<i64>(),
        Just(i64::MIN),
        Just(i64::MAX),
        Just(0),
    ]
}

/// Any step, with any question number (a damaged save could hold one far
/// beyond the questions).
fn any_wide_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        any_step(),
        any::<usize>().prop_map(Step::Thinking),
        any::<usize>().prop_map(Step::Turns),
    ]
}

fn any_clock() -> impl Strategy<Value = Countdown> {
    prop_oneof![
        any_ms().prop_map(|length| Countdown::Ready { length }),
        (any_ms(), any_ms()).prop_map(|(deadline, cap)| Countdown::Running { deadline, cap }),
        any_ms().prop_map(|left| Countdown::Paused { left }),
        Just(Countdown::Off),
    ]
}

fn any_turns() -> impl Strategy<Value = Turns> {
    (
        prop_oneof![0u32..8, any::<u32>()],
        prop_oneof![0u32..8, any::<u32>()],
        any::<bool>(),
    )
        .prop_map(|(people, started, speaking)| Turns {
            people,
            started,
            speaking,
        })
}

/// Any meeting, as its saved text: every number, step and turn arbitrary.
fn any_saved_meeting() -> impl Strategy<Value = String> {
    let plan = (
        0usize..4,
        any::<u32>(),
        proptest::option::of(any_ms()),
        proptest::option::of(any_ms()),
        proptest::option::of(any_ms()),
        any::<bool>(),
    )
        .prop_map(
            |(questions, people, thinking, turn, talk, one_at_a_time)| Plan {
                questions: (0..questions).map(|q| format!("Question {q}?")).collect(),
                people,
                thinking,
                turn,
                talk,
                one_at_a_time,
                ..Plan::default()
            },
        );
    let places = proptest::collection::vec(
        (any_wide_step(), any_clock(), any_ms(), any_turns()).prop_map(
            |(step, clock, added, turns)| Place {
                step,
                clock,
                added,
                turns,
            },
        ),
        0..4,
    );
    (
        (
            plan,
            any_ms(),
            any_wide_step(),
            any_clock(),
            any_turns(),
            any_ms(),
        ),
        (
            any::<u32>(),
            any_ms(),
            proptest::collection::vec((any_wide_step(), any_ms()), 0..3),
            places,
            any::<u64>(),
        ),
    )
        .prop_map(
            |(
                (plan, created, step, clock, turns, added),
                (taken, started, times, places, revision),
            )| {
                let mut m = Meeting::new(plan, "m".into(), created);
                m.step = step;
                m.clock = clock;
                m.added = added;
                m.turns = turns;
                m.turns_taken = taken;
                m.step_started = started;
                m.step_times = times
                    .into_iter()
                    .map(|(step, ms)| over_a_brew::meeting::StepTime { step, ms })
                    .collect();
                m.places = places;
                m.revision = revision;
                encode_meeting(&m)
            },
        )
}

/// What the clock face and its words show now: never nonsense.
fn check_face(m: &Meeting) -> Result<(), TestCaseError> {
    let left = m.left().unwrap_or(0);
    let face = digits(left);
    prop_assert!(face.len() <= 6, "{face}");
    let (mins, secs) = face.trim_start_matches('+').split_once(':').unwrap();
    prop_assert!(mins.parse::<u32>().unwrap() <= 99 && secs.parse::<u32>().unwrap() <= 59);
    let _ = over_a_brew::text::time_words(left, m.clock.is_running(), false);
    // The ring's share, of the whole clock ("More time" included).
    let whole = m.clock_whole();
    let frac = over_a_brew::meeting::countdown::fraction_left(left, whole);
    prop_assert!((0.0..=1.0).contains(&frac));
    prop_assert!(m.turns.started <= m.turns.people && m.turns.people <= 30);
    Ok(())
}

fn ids(s: &ThoughtSet) -> BTreeSet<String> {
    s.thoughts.iter().map(|t| t.id.clone()).collect()
}

// ------------------------------------------------------------ properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decoding_any_string_never_panics(raw in any_text(300)) {
        for r in decode_all(&raw) {
            prop_assert!(r.is_err() || raw.contains("schema_version"));
        }
    }

    #[test]
    fn decoding_a_mangled_fixture_never_panics(
        which in 0usize..3,
        at in any::<prop::sample::Index>(),
        cut in 0usize..20,
        insert in any_text(5),
    ) {
        let fixture = [MEETING_V1, THOUGHTS_V1, THOUGHT_V1][which];
        let bounds: Vec<usize> = fixture.char_indices().map(|(i, _)| i).collect();
        let start = bounds[at.index(bounds.len())];
        let end = bounds.iter().copied().find(|&b| b >= start + cut).unwrap_or(fixture.len());
        let mangled = format!("{}{}{}", &fixture[..start], insert, &fixture[end..]);
        let _ = decode_all(&mangled);
    }

    #[test]
    fn any_version_above_one_is_newer(v in 2u64.., quoted in any::<bool>(), rest in any_text(20)) {
        let version = if quoted { format!("\"{v}\"") } else { v.to_string() };
        let raw = format!(
            "{{\"schema_version\":{version},\"x\":{}}}",
            serde_json::to_string(&rest).unwrap()
        );
        for r in decode_all(&raw) {
            prop_assert_eq!(r, Err(DecodeProblem::Newer(v)));
        }
    }

    #[test]
    fn any_thought_text_comes_back_exactly(text in any_text(MAX_CHARS), q in any_text(200)) {
        let t = Thought {
            id: "t1".into(),
            meeting: "m1".into(),
            text,
            step: Step::Turns(0),
            question: Some(q),
            question_index: Some(0),
            kind: ThoughtKind::Thought,
            minute: 1_764_772_380_000,
            table: String::new(),
        };
        prop_assert_eq!(decode_thought(&encode_thought(&t)), Ok(t.clone()));
        let mut s = ThoughtSet::default();
        s.add(t);
        s.remove("gone");
        prop_assert_eq!(decode_thoughts(&encode_thoughts(&s)), Ok(s));
    }

    #[test]
    fn a_typed_thought_comes_back_exactly(raw in any_text(MAX_CHARS + 50), now in any::<i64>()) {
        let m = Meeting::new(Plan::default(), "m1".into(), 0);
        if let Ok(t) = Thought::new("t1".into(), &m, &raw, now) {
            prop_assert_eq!(t.text.as_str(), raw.trim());
            prop_assert_eq!(decode_thought(&encode_thought(&t)), Ok(t));
        }
    }

    #[test]
    fn any_plan_text_comes_back_exactly(
        theme in any_text(200),
        table in any_text(50),
        questions in proptest::collection::vec(any_text(200), 1..4),
        id in any_text(40),
    ) {
        let plan = Plan { theme, table, questions, ..Plan::default() };
        let mut m = Meeting::new(plan, id, 1_764_772_217_412);
        m.update(Msg::Next, 1_764_772_300_000);
        let back = decode_meeting(&encode_meeting(&m));
        let mut saved = m.clone();
        saved.now = 0;
        prop_assert_eq!(back, Ok(saved));
    }

    #[test]
    fn merge_is_order_independent(a in any_set(), b in any_set()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        prop_assert_eq!(ids(&merge(&a, &b)), ids(&merge(&b, &a)));
    }

    #[test]
    fn merge_is_idempotent(a in any_set(), b in any_set()) {
        let m = merge(&a, &b);
        prop_assert_eq!(&merge(&m, &m), &m);
        prop_assert_eq!(&merge(&m, &a), &m);
        prop_assert_eq!(&merge(&b, &m), &m);
        prop_assert_eq!(&merge(&a, &a), &a.normalized());
    }

    #[test]
    fn merge_groups_any_way(a in any_set(), b in any_set(), c in any_set()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_never_loses_a_thought_that_was_not_taken_back(a in any_set(), b in any_set()) {
        let m = merge(&a, &b);
        let set = |s: &ThoughtSet| s.removed.iter().cloned().collect::<BTreeSet<String>>();
        let removed: BTreeSet<String> = set(&a).union(&set(&b)).cloned().collect();
        // Sorted, each once, and just the ids either copy took back.
        prop_assert_eq!(m.removed.iter().cloned().collect::<Vec<_>>(), removed.iter().cloned().collect::<Vec<_>>());
        for t in a.thoughts.iter().chain(&b.thoughts) {
            if removed.contains(&t.id) {
                prop_assert!(m.get(&t.id).is_none(), "{} was taken back", t.id);
            } else {
                prop_assert!(m.get(&t.id).is_some(), "{} was lost", t.id);
            }
        }
        // Nothing new appears, and each kept thought is a copy from a or b.
        for t in m.live() {
            prop_assert!(a.thoughts.contains(t) || b.thoughts.contains(t));
        }
        // In order of (minute, id), one per id.
        for w in m.live().windows(2) {
            prop_assert!((w[0].minute, &w[0].id) < (w[1].minute, &w[1].id));
        }
    }

    #[test]
    fn add_and_undo_keep_the_set_tidy(
        ops in proptest::collection::vec((pooled_thought(), any::<bool>()), 0..30)
    ) {
        let mut s = ThoughtSet::default();
        for (t, undo) in ops {
            if undo {
                let id = t.id.clone();
                s.remove(&id);
                prop_assert!(s.get(&id).is_none());
                prop_assert!(!s.add(t));
            } else {
                let fresh = !s.removed.contains(&t.id) && s.get(&t.id).is_none();
                prop_assert_eq!(s.add(t), fresh);
            }
            prop_assert_eq!(&s.normalized(), &s);
            prop_assert_eq!(decode_thoughts(&encode_thoughts(&s)), Ok(s.clone()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any decoded meeting, however damaged its numbers, steps and turns,
    /// can be ticked, paused and moved through every step, at any time,
    /// without a panic (tests run with overflow checks on) and without the
    /// face showing nonsense.
    #[test]
    fn any_decoded_meeting_runs_through_every_step(
        raw in any_saved_meeting(),
        now in any_ms(),
        steps in proptest::collection::vec(
            (0usize..14, prop_oneof![0i64..5 * MINUTE, any::<i64>()]),
            0..12,
        ),
    ) {
        let m = decode_meeting(&raw).expect("what encode_meeting wrote decodes");
        let mut m = m.restore(now);
        check_face(&m)?;
        let msgs = [
            Msg::Tick, Msg::Next, Msg::Back, Msg::Start, Msg::Pause, Msg::CarryOn,
            Msg::MoreTime, Msg::ClockOff, Msg::ClockOn, Msg::NextPerson, Msg::AddPerson,
            Msg::RemovePerson, Msg::Pass,
            // The host changes how the questions are asked, mid-meeting.
            Msg::SetPlan(Plan { one_at_a_time: !m.plan.one_at_a_time, ..m.plan.clone() }),
        ];
        let mut t = now;
        for (i, dt) in steps {
            t = t.saturating_add(dt);
            m.update(msgs[i].clone(), t);
            check_face(&m)?;
        }
        // Back to the start, then through every step to the end.
        let all = Step::all(m.plan.rounds()).len();
        for _ in 0..all {
            m.update(Msg::Back, t);
        }
        prop_assert_eq!(m.step, Step::Brew);
        for _ in 0..all {
            for msg in [Msg::Tick, Msg::Start, Msg::MoreTime, Msg::Pause, Msg::CarryOn, Msg::Pass, Msg::NextPerson] {
                t = t.saturating_add(20_000);
                m.update(msg, t);
                check_face(&m)?;
            }
            m.update(Msg::Next, t);
        }
        prop_assert_eq!(m.step, Step::Thanks);
        // And what it saves reads back.
        prop_assert!(decode_meeting(&encode_meeting(&m)).is_ok());
    }
}
