//! Whole meetings scripted as (message, time) pairs.

use super::*;

const T0: Ms = 1_764_000_000_000;
const S: Ms = 1_000;

fn meeting(people: u32) -> Meeting {
    let plan = Plan {
        people,
        ..Plan::default()
    };
    Meeting::new(plan, "m1".into(), T0)
}

/// A meeting of `people` on "Have your say" (the default flow), at T0.
fn at_have_your_say(people: u32) -> Meeting {
    let mut m = meeting(people);
    for _ in 0..8 {
        if m.step == Step::Turns(0) {
            break;
        }
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.step, Step::Turns(0));
    m
}

/// Send each message at its time; return all cues.
fn run(m: &mut Meeting, script: &[(Msg, Ms)]) -> Vec<Cue> {
    script
        .iter()
        .flat_map(|(msg, at)| m.update(msg.clone(), *at))
        .collect()
}

/// Tick every 250 ms from `from` to `to` (inclusive), as the shell does.
fn tick(m: &mut Meeting, from: Ms, to: Ms) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut t = from;
    while t <= to {
        cues.extend(m.update(Msg::Tick, t));
        t += 250;
    }
    cues
}

fn told(cues: &[Cue]) -> Vec<Announcement> {
    cues.iter()
        .filter_map(|c| match c {
            Cue::Announce(a) => Some(*a),
            _ => None,
        })
        .collect()
}

fn chimes(cues: &[Cue]) -> usize {
    cues.iter().filter(|c| **c == Cue::Chime).count()
}

#[test]
fn a_whole_meeting_for_six_people() {
    let mut m = meeting(6);
    let mut t = T0;
    // Grab a brew, who keeps time, how we talk together.
    for expected in [Step::Timekeeper, Step::Principles, Step::Thinking(0)] {
        t += 20 * S;
        let cues = m.update(Msg::Next, t);
        assert_eq!(m.step, expected);
        assert!(cues.contains(&Cue::Save));
        assert_eq!(told(&cues), vec![Announcement::StepStarted(expected)]);
    }
    // Thinking time: ready at 1:00, waits for Start.
    assert_eq!(m.left(), Some(MINUTE));
    t += 5 * S;
    m.update(Msg::Tick, t);
    assert_eq!(m.left(), Some(MINUTE), "nothing runs before Start");
    m.update(Msg::Start, t);
    let cues = tick(&mut m, t, t + 30 * S);
    assert_eq!(m.left(), Some(30 * S));
    assert_eq!(told(&cues), vec![Announcement::ThirtySecondsLeft]);
    assert_eq!(chimes(&cues), 0, "no chime at 30 s on thinking time");
    let cues = tick(&mut m, t + 30 * S, t + 61 * S);
    assert_eq!(told(&cues), vec![Announcement::TimeUp]);
    assert_eq!(chimes(&cues), 1);
    assert_eq!(m.step, Step::Thinking(0), "time up never moves on");
    t += 61 * S;

    // Have your say: 6 turns of 2 minutes.
    m.update(Msg::Next, t);
    assert_eq!(m.step, Step::Turns(0));
    assert_eq!(m.turns.phase(), TurnPhase::Waiting);
    assert_eq!(m.left(), None, "no clock until the first turn starts");
    let cues = m.update(Msg::Start, t);
    assert!(told(&cues).contains(&Announcement::NextPerson { k: 1, of: 6 }));
    assert_eq!(m.left(), Some(2 * MINUTE));

    // Person 1 pauses for a minute, then carries on.
    m.update(Msg::Pause, t + 30 * S);
    m.update(Msg::Tick, t + 90 * S);
    assert_eq!(m.left(), Some(90 * S));
    m.update(Msg::CarryOn, t + 90 * S);
    t += 90 * S;
    // Person 1 runs 15 s over: overtime, one chime at 30 s and one at time up.
    let cues = tick(&mut m, t, t + 105 * S);
    assert_eq!(m.left(), Some(-15 * S));
    assert_eq!(countdown::digits(-15 * S), "+0:15");
    assert_eq!(chimes(&cues), 2);
    assert_eq!(
        told(&cues),
        vec![
            Announcement::MinutesLeft(1),
            Announcement::ThirtySecondsLeft,
            Announcement::TimeUp
        ]
    );
    assert_eq!(m.step, Step::Turns(0));
    t += 105 * S;

    // Person 2 asks for more time.
    m.update(Msg::NextPerson, t);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 2, of: 6 });
    m.update(Msg::MoreTime, t + 10 * S);
    assert_eq!(m.left(), Some(170 * S));
    t += 3 * MINUTE;
    // People 3 to 6, then "Next person" once more ends the turns.
    for k in 3..=6 {
        m.update(Msg::NextPerson, t);
        assert_eq!(m.turns.phase(), TurnPhase::Speaking { k, of: 6 });
        t += 2 * MINUTE;
    }
    let cues = m.update(Msg::NextPerson, t);
    assert_eq!(m.turns.phase(), TurnPhase::Finished);
    assert!(told(&cues).contains(&Announcement::EveryoneHasSpoken));
    assert_eq!(m.turns_taken, 6);

    // Talk about what you heard: no countdown unless someone wants one.
    m.update(Msg::Next, t);
    assert_eq!(m.step, Step::TalkAbout);
    assert_eq!(m.left(), None);
    assert!(tick(&mut m, t, t + 20 * MINUTE).is_empty(), "no time up");
    t += 20 * MINUTE;
    m.update(Msg::ClockOn, t);
    assert_eq!(m.left(), Some(10 * MINUTE));
    m.update(Msg::Start, t);
    let cues = tick(&mut m, t, t + 10 * MINUTE);
    let minutes: Vec<_> = told(&cues)
        .into_iter()
        .filter(|a| matches!(a, Announcement::MinutesLeft(_)))
        .collect();
    assert_eq!(minutes.len(), 9, "each whole minute left from 9 down to 1");
    assert!(told(&cues).contains(&Announcement::TimeUp));
    t += 10 * MINUTE;

    m.update(Msg::Next, t);
    assert_eq!(m.step, Step::StillTime);
    assert_eq!(m.left(), None);
    m.update(Msg::Next, t + MINUTE);
    assert_eq!(m.step, Step::Thanks);
    assert_eq!(m.turns_taken, 6);
    let cues = m.update(Msg::Next, t + 2 * MINUTE);
    assert_eq!(m.step, Step::Thanks, "no step after the end");
    assert!(!cues.contains(&Cue::Save));
    assert_eq!(m.step_times.len(), 7);
    assert_eq!(m.turns_passed, 0);
    assert_eq!(m.step_times[0].step, Step::Brew);
    assert_eq!(m.step_times[0].ms, 20 * S);
}

#[test]
fn at_zero_for_ten_minutes_nothing_moves_on() {
    let mut m = meeting(3);
    run(&mut m, &[(Msg::Next, T0), (Msg::Next, T0), (Msg::Next, T0)]);
    m.update(Msg::Start, T0);
    let cues = tick(&mut m, T0, T0 + 11 * MINUTE);
    assert_eq!(m.step, Step::Thinking(0));
    assert_eq!(m.left(), Some(-10 * MINUTE));
    assert_eq!(
        told(&cues)
            .iter()
            .filter(|a| **a == Announcement::TimeUp)
            .count(),
        1
    );
    assert!(!cues.contains(&Cue::Save), "ticks never write storage");
}

#[test]
fn more_time_after_time_up_counts_down_again() {
    let mut m = meeting(3);
    run(&mut m, &[(Msg::Next, T0), (Msg::Next, T0), (Msg::Next, T0)]);
    m.update(Msg::Start, T0);
    tick(&mut m, T0, T0 + 70 * S);
    m.update(Msg::MoreTime, T0 + 70 * S);
    assert_eq!(m.left(), Some(50 * S));
    let cues = tick(&mut m, T0 + 70 * S, T0 + 121 * S);
    assert_eq!(
        told(&cues),
        vec![Announcement::ThirtySecondsLeft, Announcement::TimeUp]
    );
}

#[test]
fn sound_off_means_no_chime_but_words_still_come() {
    let mut m = meeting(2);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Sound(false), T0),
            (Msg::Start, T0),
        ],
    );
    let cues = tick(&mut m, T0, T0 + MINUTE);
    assert_eq!(chimes(&cues), 0);
    assert!(told(&cues).contains(&Announcement::TimeUp));
}

#[test]
fn spoken_cues_only_when_the_host_turns_them_on() {
    let mut m = meeting(2);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Start, T0),
        ],
    );
    let cues = tick(&mut m, T0, T0 + MINUTE);
    assert!(!cues.iter().any(|c| matches!(c, Cue::Speak(_))));

    let mut m = Meeting::new(
        Plan {
            speech: true,
            ..Plan::default()
        },
        "m2".into(),
        T0,
    );
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
        ],
    );
    let cues = m.update(Msg::Start, T0);
    assert!(cues.contains(&Cue::Speak(Announcement::NextPerson { k: 1, of: 6 })));
    let cues = tick(&mut m, T0, T0 + 2 * MINUTE);
    let spoken: Vec<_> = cues
        .iter()
        .filter_map(|c| match c {
            Cue::Speak(a) => Some(*a),
            _ => None,
        })
        .collect();
    assert_eq!(
        spoken,
        vec![Announcement::MinutesLeft(1), Announcement::TimeUp]
    );
}

#[test]
fn the_clock_can_be_turned_off_and_on_for_a_step() {
    let mut m = meeting(2);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
        ],
    );
    assert_eq!(m.step, Step::Turns(0));
    m.update(Msg::Start, T0);
    m.update(Msg::ClockOff, T0 + S);
    assert_eq!(m.left(), None);
    // the next person has no clock either
    m.update(Msg::NextPerson, T0 + MINUTE);
    assert_eq!(m.left(), None);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 2, of: 2 });
    m.update(Msg::ClockOn, T0 + MINUTE);
    assert_eq!(m.left(), Some(2 * MINUTE), "back on, ready to start");
    m.update(Msg::Start, T0 + MINUTE);
    m.update(Msg::Tick, T0 + 2 * MINUTE);
    assert_eq!(m.left(), Some(MINUTE));
}

#[test]
fn a_step_the_host_left_untimed_can_be_given_a_clock() {
    let plan = Plan {
        talk: None,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..5 {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.step, Step::TalkAbout);
    assert_eq!(m.left(), None);
    m.update(Msg::ClockOn, T0);
    assert_eq!(m.left(), Some(10 * MINUTE));
}

#[test]
fn restoring_a_saved_meeting_mid_turn_shows_what_the_wall_clock_says() {
    let mut m = at_have_your_say(4);
    m.update(Msg::Start, T0);
    m.update(Msg::NextPerson, T0 + 2 * MINUTE);
    tick(&mut m, T0 + 2 * MINUTE, T0 + 2 * MINUTE + 20 * S);

    let saved = serde_json::to_string(&m).expect("encodes");
    // The tablet sleeps for 50 seconds.
    let back: Meeting = serde_json::from_str(&saved).expect("decodes");
    let mut back = back.restore(T0 + 2 * MINUTE + 70 * S);
    assert_eq!(back.step, Step::Turns(0));
    assert_eq!(back.turns.phase(), TurnPhase::Speaking { k: 2, of: 4 });
    assert_eq!(back.left(), Some(50 * S));
    // The minute mark passed while closed: it is not told late.
    let cues = back.update(Msg::Tick, T0 + 2 * MINUTE + 71 * S);
    assert!(told(&cues).is_empty());
    let cues = tick(&mut back, T0 + 2 * MINUTE + 71 * S, T0 + 4 * MINUTE);
    assert_eq!(
        told(&cues),
        vec![Announcement::ThirtySecondsLeft, Announcement::TimeUp]
    );
}

#[test]
fn a_paused_clock_survives_a_reload_unchanged() {
    let mut m = meeting(3);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Start, T0),
        ],
    );
    m.update(Msg::Pause, T0 + 20 * S);
    let saved = serde_json::to_string(&m).expect("encodes");
    let back: Meeting = serde_json::from_str(&saved).expect("decodes");
    let back = back.restore(T0 + 3_600_000);
    assert_eq!(back.left(), Some(40 * S));
}

#[test]
fn a_clock_going_back_is_no_progress() {
    let mut m = meeting(3);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Start, T0),
        ],
    );
    m.update(Msg::Tick, T0 + 20 * S);
    assert_eq!(m.left(), Some(40 * S));
    m.update(Msg::Tick, T0 + 5 * S);
    assert_eq!(m.left(), Some(40 * S), "never goes back up");
    m.update(Msg::Tick, T0 + 21 * S);
    assert_eq!(m.left(), Some(39 * S));
}

#[test]
fn back_is_never_a_dead_end() {
    let mut m = at_have_your_say(3);
    m.update(Msg::Start, T0);
    m.update(Msg::Back, T0 + S);
    assert_eq!(m.step, Step::Thinking(0));
    assert_eq!(m.left(), Some(MINUTE), "thinking time was never started");
    for _ in 0..10 {
        m.update(Msg::Back, T0 + 2 * S);
    }
    assert_eq!(m.step, Step::Brew);
    let cues = m.update(Msg::Back, T0 + 3 * S);
    assert!(cues.is_empty());
}

#[test]
fn two_questions_one_at_a_time_repeat_thinking_and_turns() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        people: 2,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    let mut seen = vec![m.step];
    for _ in 0..12 {
        m.update(Msg::Next, T0);
        seen.push(m.step);
    }
    assert!(seen.contains(&Step::Thinking(1)));
    assert!(seen.contains(&Step::Turns(1)));
    m.step = Step::Thinking(1);
    assert_eq!(m.question(), Some("Two?"));
    assert_eq!(m.questions_now(), vec![(1, "Two?")]);
}

#[test]
fn two_questions_by_default_have_one_thinking_time_and_one_round() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        people: 2,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    let mut seen = vec![m.step];
    for _ in 0..12 {
        m.update(Msg::Next, T0);
        seen.push(m.step);
    }
    seen.dedup();
    assert_eq!(seen, Step::all(1));
    assert_eq!(seen.len(), 8);
    // Thinking time shows both questions, one minute in all.
    m.step = Step::Thinking(0);
    m.clock = Countdown::Ready { length: MINUTE };
    assert_eq!(m.questions_now(), vec![(0, "One?"), (1, "Two?")]);
    assert_eq!(m.question(), None, "not about just one question");
    assert_eq!(m.left(), Some(MINUTE));
    m.step = Step::Turns(0);
    assert_eq!(m.questions_now().len(), 2);
    m.step = Step::TalkAbout;
    assert_eq!(m.questions_now().len(), 2, "talk shows the questions too");
    m.step = Step::StillTime;
    assert!(m.questions_now().is_empty());
}

#[test]
fn turning_one_at_a_time_off_mid_meeting_keeps_a_step_that_exists() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..6 {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.step, Step::Turns(1));
    let plan = Plan {
        one_at_a_time: false,
        ..m.plan.clone()
    };
    m.update(Msg::SetPlan(plan), T0);
    assert_eq!(m.step, Step::Turns(0));
    m.update(Msg::Next, T0);
    assert_eq!(m.step, Step::TalkAbout);
}

#[test]
fn pass_moves_to_the_next_person_and_is_counted_not_named() {
    let mut m = at_have_your_say(3);
    assert_eq!(m.step, Step::Turns(0));
    // Nobody is speaking yet: nothing to pass.
    let cues = m.update(Msg::Pass, T0);
    assert!(cues.is_empty());
    assert_eq!(m.turns_passed, 0);
    m.update(Msg::Start, T0);
    assert_eq!(m.turns_taken, 1);
    // Person 1 passes: person 2 starts, with a fresh clock.
    let cues = m.update(Msg::Pass, T0 + 5 * S);
    assert!(cues.contains(&Cue::Save));
    assert!(told(&cues).contains(&Announcement::NextPerson { k: 2, of: 3 }));
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 2, of: 3 });
    assert_eq!(m.left(), Some(2 * MINUTE));
    assert_eq!((m.turns_taken, m.turns_passed), (1, 1));
    m.update(Msg::NextPerson, T0 + 2 * MINUTE);
    // The last person passes too: everyone has had a turn.
    let cues = m.update(Msg::Pass, T0 + 3 * MINUTE);
    assert!(told(&cues).contains(&Announcement::EveryoneHasSpoken));
    assert_eq!(m.turns.phase(), TurnPhase::Finished);
    assert_eq!((m.turns_taken, m.turns_passed), (1, 2));
    // Finished: a pass does nothing.
    assert!(m.update(Msg::Pass, T0 + 4 * MINUTE).is_empty());
    // Pass means nothing on other steps.
    m.update(Msg::Next, T0 + 5 * MINUTE);
    assert!(m.update(Msg::Pass, T0 + 5 * MINUTE).is_empty());
    assert_eq!(m.turns_passed, 2);
}

#[test]
fn people_change_during_have_your_say_and_are_remembered_for_the_next_question() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        people: 3,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..4 {
        m.update(Msg::Next, T0);
    }
    m.update(Msg::AddPerson, T0);
    m.update(Msg::Start, T0);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 1, of: 4 });
    m.update(Msg::Next, T0);
    m.update(Msg::Next, T0);
    assert_eq!(m.step, Step::Turns(1));
    assert_eq!(m.turns.people, 4);
}

#[test]
fn ticks_between_milestones_say_nothing() {
    let mut m = meeting(3);
    run(
        &mut m,
        &[
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Next, T0),
            (Msg::Start, T0),
        ],
    );
    let cues = tick(&mut m, T0, T0 + 29_999);
    assert!(cues.is_empty());
    let cues = m.update(Msg::Tick, T0 + 30_000);
    assert_eq!(told(&cues), vec![Announcement::ThirtySecondsLeft]);
}

#[test]
fn a_new_set_up_mid_meeting_keeps_the_place() {
    let mut m = meeting(3);
    for _ in 0..3 {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.left(), Some(MINUTE));
    let plan = Plan {
        thinking: Some(2 * MINUTE),
        people: 5,
        theme: "Tea".into(),
        ..m.plan.clone()
    };
    let cues = m.update(Msg::SetPlan(plan), T0);
    assert!(cues.contains(&Cue::Save));
    assert_eq!(m.step, Step::Thinking(0));
    assert_eq!(
        m.left(),
        Some(2 * MINUTE),
        "a clock not started takes the new time"
    );
    assert_eq!(m.turns.people, 5);
    m.update(Msg::Start, T0);
    let plan = Plan {
        thinking: Some(5 * MINUTE),
        ..m.plan.clone()
    };
    m.update(Msg::SetPlan(plan), T0 + 10 * S);
    assert_eq!(m.left(), Some(110 * S), "a running clock is left alone");
}

#[test]
fn fewer_questions_keep_the_step_inside_the_meeting() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..5 {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.step, Step::Thinking(1));
    let plan = Plan {
        questions: vec!["Only?".into()],
        ..m.plan.clone()
    };
    m.update(Msg::SetPlan(plan), T0);
    assert_eq!(m.step, Step::Thinking(0));
    assert_eq!(m.question(), Some("Only?"));
}

#[test]
fn saving_to_a_file_is_remembered() {
    let mut m = meeting(3);
    assert_eq!(m.saved_to_file, None);
    let cues = m.update(Msg::SavedToFile, T0 + S);
    assert_eq!(m.saved_to_file, Some(T0 + S));
    assert!(cues.contains(&Cue::Save));
}

#[test]
fn a_lost_meeting_is_rebuilt_from_its_thoughts() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        table: "Table 3".into(),
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "lost".into(), T0);
    for _ in 0..5 {
        m.update(Msg::Next, T0);
    }
    let mut thoughts = Vec::new();
    for (i, text) in ["About two", "Also two"].iter().enumerate() {
        let t = thought::Thought::new(format!("t{i}"), &m, text, T0 + 61_000);
        thoughts.push(t.expect("a thought"));
    }
    let back = Meeting::recovered("lost".into(), T0 + 60_000, &thoughts);
    assert_eq!(back.id, "lost");
    assert_eq!(back.created, T0 + 60_000);
    assert_eq!(back.plan.questions, vec!["Two?".to_string()]);
    assert_eq!(back.plan.table, "Table 3");
    assert_eq!(back.step, Step::Thanks);
    // No thoughts about a question: the default question stays.
    let none = Meeting::recovered("x".into(), T0, &[]);
    assert_eq!(none.plan.questions, Plan::default().questions);
}

// ------------------------------------------------------------ Back by mistake

/// Total time of each step in the record, plus the step on now.
fn time_on(m: &Meeting, step: Step) -> Ms {
    let now_on = if m.step == step {
        m.now - m.step_started
    } else {
        0
    };
    m.step_times
        .iter()
        .filter(|t| t.step == step)
        .map(|t| t.ms)
        .sum::<Ms>()
        + now_on
}

#[test]
fn back_by_mistake_then_next_finds_person_4_with_the_clock_as_it_was() {
    let mut m = at_have_your_say(6);
    assert_eq!(m.step, Step::Turns(0));
    m.update(Msg::Start, T0);
    for k in 2..=4 {
        m.update(Msg::NextPerson, T0 + (k - 1) * 2 * MINUTE);
    }
    let person_4 = T0 + 6 * MINUTE;
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 4, of: 6 });
    tick(&mut m, person_4, person_4 + 40 * S);
    assert_eq!(m.left(), Some(80 * S));

    // "Back" by mistake, 40 seconds into person 4's turn.
    let cues = m.update(Msg::Back, person_4 + 40 * S);
    assert!(cues.contains(&Cue::Save));
    assert_eq!(m.step, Step::Thinking(0));
    // A few seconds later, "Next step".
    let cues = m.update(Msg::Next, person_4 + 45 * S);
    assert_eq!(m.step, Step::Turns(0));
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 4, of: 6 });
    // The clock kept running: its deadline stayed.
    assert_eq!(m.left(), Some(75 * S));
    assert!(m.clock.is_running());
    assert_eq!(m.turns_taken, 4, "no turn counted twice");
    assert!(
        told(&cues)
            .iter()
            .all(|a| !matches!(a, Announcement::NextPerson { .. })),
        "coming back is not a new turn"
    );
    // The milestones still come, once each.
    let cues = tick(&mut m, person_4 + 45 * S, person_4 + 2 * MINUTE);
    assert_eq!(
        told(&cues),
        vec![
            Announcement::MinutesLeft(1),
            Announcement::ThirtySecondsLeft,
            Announcement::TimeUp
        ]
    );
    // Person 5 is next.
    m.update(Msg::NextPerson, person_4 + 2 * MINUTE);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 5, of: 6 });

    // The step time record is right: every moment on a step counted once.
    let end = m.now;
    let all: Ms = m.step_times.iter().map(|t| t.ms).sum::<Ms>() + (end - m.step_started);
    assert_eq!(all, end - T0);
    assert_eq!(time_on(&m, Step::Thinking(0)), 5 * S);
    assert_eq!(time_on(&m, Step::Turns(0)), end - T0 - 5 * S);
}

#[test]
fn a_paused_clock_stays_paused_through_back_and_next() {
    let mut m = at_have_your_say(3);
    m.update(Msg::Start, T0);
    m.update(Msg::NextPerson, T0 + MINUTE);
    m.update(Msg::Pause, T0 + MINUTE + 20 * S);
    m.update(Msg::Back, T0 + 2 * MINUTE);
    m.update(Msg::Tick, T0 + 10 * MINUTE);
    m.update(Msg::Next, T0 + 10 * MINUTE);
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 2, of: 3 });
    assert_eq!(m.clock, Countdown::Paused { left: 100 * S });
    assert_eq!(m.left(), Some(100 * S));
    m.update(Msg::CarryOn, T0 + 11 * MINUTE);
    m.update(Msg::Tick, T0 + 11 * MINUTE + 10 * S);
    assert_eq!(m.left(), Some(90 * S));
}

#[test]
fn every_step_keeps_its_own_place() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        people: 3,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..3 {
        m.update(Msg::Next, T0);
    }
    // Thinking time for question 1 runs; everyone has their turn on question 1.
    m.update(Msg::Start, T0);
    m.update(Msg::Next, T0 + 10 * S);
    for _ in 0..4 {
        m.update(Msg::NextPerson, T0 + 10 * S);
    }
    assert_eq!(m.turns.phase(), TurnPhase::Finished);
    // On to question 2: fresh thinking time and fresh turns.
    m.update(Msg::Next, T0 + 20 * S);
    assert_eq!(m.step, Step::Thinking(1));
    assert_eq!(m.clock, Countdown::Ready { length: MINUTE });
    m.update(Msg::Next, T0 + 20 * S);
    assert_eq!(m.step, Step::Turns(1));
    assert_eq!(m.turns.phase(), TurnPhase::Waiting);
    m.update(Msg::Start, T0 + 20 * S);
    // Back twice: question 1's turns are still finished.
    m.update(Msg::Back, T0 + 30 * S);
    m.update(Msg::Back, T0 + 30 * S);
    assert_eq!(m.step, Step::Turns(0));
    assert_eq!(m.turns.phase(), TurnPhase::Finished);
    // Back once more: question 1's thinking time kept running all along.
    m.update(Msg::Back, T0 + 40 * S);
    assert_eq!(m.step, Step::Thinking(0));
    assert_eq!(m.left(), Some(20 * S));
    // And forward again to question 2's turn: person 1, clock as it was.
    for _ in 0..3 {
        m.update(Msg::Next, T0 + 50 * S);
    }
    assert_eq!(m.step, Step::Turns(1));
    assert_eq!(m.turns.phase(), TurnPhase::Speaking { k: 1, of: 3 });
    assert_eq!(m.left(), Some(2 * MINUTE - 30 * S));
}

#[test]
fn the_places_survive_a_reload() {
    let mut m = at_have_your_say(4);
    m.update(Msg::Start, T0);
    m.update(Msg::NextPerson, T0 + MINUTE);
    m.update(Msg::Back, T0 + 90 * S);
    let saved = serde_json::to_string(&m).expect("encodes");
    let back: Meeting = serde_json::from_str(&saved).expect("decodes");
    let mut back = back.restore(T0 + 100 * S);
    back.update(Msg::Next, T0 + 100 * S);
    assert_eq!(back.turns.phase(), TurnPhase::Speaking { k: 2, of: 4 });
    assert_eq!(back.left(), Some(80 * S));
}

#[test]
fn a_new_set_up_reaches_steps_left_earlier() {
    let plan = Plan {
        questions: vec!["One?".into(), "Two?".into()],
        one_at_a_time: true,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    for _ in 0..6 {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.step, Step::Turns(1));
    m.update(Msg::Back, T0);
    m.update(Msg::Back, T0);
    assert_eq!(m.step, Step::Turns(0));
    // Longer turns, one question: the place of question 2 goes; this step's
    // clock, not started, takes the new time.
    let plan = Plan {
        questions: vec!["Only?".into()],
        turn: Some(3 * MINUTE),
        ..m.plan.clone()
    };
    m.update(Msg::SetPlan(plan), T0);
    assert!(m.places.iter().all(|p| p.step.question() != Some(1)));
    m.update(Msg::Back, T0);
    m.update(Msg::Next, T0);
    m.update(Msg::Start, T0);
    assert_eq!(m.left(), Some(3 * MINUTE));
}

#[test]
fn more_time_is_part_of_the_whole_turn_for_the_ring_after_a_reload_and_back_too() {
    let mut m = at_have_your_say(4);
    assert_eq!(m.step, Step::Turns(0));
    m.update(Msg::Start, T0);
    assert_eq!(m.clock_whole(), 2 * MINUTE);
    m.update(Msg::MoreTime, T0 + 30 * S);
    m.update(Msg::MoreTime, T0 + 40 * S);
    assert_eq!(m.added, 2 * MINUTE);
    assert_eq!(m.clock_whole(), 4 * MINUTE);

    // A reload keeps it (the saved format holds it).
    let saved = serde_json::to_string(&m).expect("encodes");
    let back: Meeting = serde_json::from_str(&saved).expect("decodes");
    let mut m = back.restore(T0 + 60 * S);
    assert_eq!(m.clock_whole(), 4 * MINUTE);
    assert_eq!(m.left(), Some(3 * MINUTE));

    // Back by mistake and forward again: the same turn, the same whole.
    m.update(Msg::Back, T0 + 61 * S);
    assert_eq!(m.added, 0, "the step before has its own clock");
    m.update(Msg::Next, T0 + 62 * S);
    assert_eq!(m.clock_whole(), 4 * MINUTE);

    // The next person's turn is a fresh clock.
    m.update(Msg::NextPerson, T0 + 70 * S);
    assert_eq!(m.added, 0);
    assert_eq!(m.clock_whole(), 2 * MINUTE);

    // More time on a clock at its most adds nothing, and counts nothing.
    m.update(Msg::Pause, T0 + 70 * S);
    m.clock = Countdown::Paused { left: MOST };
    m.update(Msg::MoreTime, T0 + 71 * S);
    assert_eq!(m.added, 0);
    // Turning the clock off and on again starts it afresh.
    m.clock = Countdown::Paused { left: MINUTE };
    m.update(Msg::MoreTime, T0 + 72 * S);
    assert_eq!(m.added, MINUTE);
    m.update(Msg::ClockOff, T0 + 73 * S);
    m.update(Msg::ClockOn, T0 + 74 * S);
    assert_eq!(m.added, 0);
    assert_eq!(m.clock_whole(), 2 * MINUTE);
}

#[test]
fn a_clock_turned_on_without_a_time_is_whole_at_its_own_length() {
    // "Talk about what you heard" has no clock by default; turned on, it is
    // 10 minutes, and the ring's whole is those 10 minutes.
    let mut m = meeting(3);
    while m.step != Step::TalkAbout {
        m.update(Msg::Next, T0);
    }
    assert_eq!(m.left(), None);
    m.update(Msg::ClockOn, T0);
    m.update(Msg::Start, T0);
    m.update(Msg::Tick, T0 + 5 * MINUTE);
    assert_eq!(m.left(), Some(5 * MINUTE));
    assert_eq!(m.clock_whole(), 10 * MINUTE);
}

#[test]
fn a_time_saved_longer_than_now_allowed_comes_back_as_the_longest() {
    let mut m = meeting(3);
    m.plan.talk = Some(100 * MINUTE);
    m.plan.turn = Some(3 * MINUTE);
    let m = m.restore(T0);
    assert_eq!(m.plan.talk, Some(TimedStep::Talk.longest()));
    assert_eq!(m.plan.turn, Some(3 * MINUTE), "times in range stay");
    assert!(m.plan.problems().is_empty());
}

#[test]
fn a_saved_place_without_more_time_reads_as_none_given() {
    let m = meeting(3);
    let saved = serde_json::to_string(&m).expect("encodes");
    let old = saved.replace(",\"added\":0", "");
    assert_ne!(old, saved);
    let back: Meeting = serde_json::from_str(&old).expect("decodes");
    assert_eq!(back.added, 0);
}
