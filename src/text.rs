//! Every word the app shows, in one place, grouped by screen.
//!
//! Plain English, reading age 9: short sentences, no jargon. Screens take
//! their words from here, so the language can be checked (see the tests at
//! the bottom) and a second language or Easy Read version can come later.

use crate::meeting::countdown::{digits, Milestone, Ms};
use crate::meeting::{Announcement, Step};

pub const APP_NAME: &str = "Over a Brew";

/// Controls that stand in the same place on every step.
pub mod controls {
    pub const BACK: &str = "Back";
    pub const NEXT_STEP: &str = "Next step";
    pub const OUR_PRINCIPLES: &str = "Our principles";
    pub const CLOSE: &str = "Close";
    pub const START: &str = "Start";
    pub const PAUSE: &str = "Pause";
    pub const CARRY_ON: &str = "Carry on";
    pub const MORE_TIME: &str = "More time";
    pub const CLOCK_OFF: &str = "Turn the clock off";
    pub const CLOCK_ON: &str = "Turn the clock on";
    pub const SOUND: &str = "Sound";
    pub const SOUND_ON: &str = "On";
    pub const SOUND_OFF: &str = "Off";
    pub const NEXT_PERSON: &str = "Next person";
    pub const ADD_PERSON: &str = "Add a person";
    pub const REMOVE_PERSON: &str = "Take a person away";
    pub const STEP_NAV: &str = "Move between steps";
    pub const CLOCK_CONTROLS: &str = "Clock";
}

/// One step screen's words.
pub struct StepWords {
    pub heading: &'static str,
    /// Short lines shown under the heading.
    pub lines: &'static [&'static str],
    /// A description of the picture, for people who cannot see it.
    pub picture: &'static str,
}

pub fn step_words(step: Step) -> StepWords {
    match step {
        Step::Brew => StepWords {
            heading: "Grab a brew",
            lines: &[
                "Welcome. Get a cup of tea, coffee or water.",
                "There is no agenda. We talk as equals.",
                "Join in the way that works for you.",
            ],
            picture: "A cup of tea",
        },
        Step::Timekeeper => StepWords {
            heading: "Who will keep time?",
            lines: &[
                "Ask someone to keep time.",
                "They tap the big buttons on this tablet.",
                "Anyone can help them.",
            ],
            picture: "A clock",
        },
        Step::Principles => StepWords {
            heading: "How we talk together",
            lines: &["These six ideas help us talk well."],
            picture: "People round a table",
        },
        Step::Thinking(_) => StepWords {
            heading: "Thinking time",
            lines: &[
                "Think about the question on your own.",
                "Stay quiet for now.",
            ],
            picture: "A thought bubble",
        },
        Step::Turns(_) => StepWords {
            heading: "Have your say",
            lines: &[
                "Take turns to speak. Everyone else listens.",
                "It's OK to just listen.",
            ],
            picture: "A speech bubble",
        },
        Step::TalkAbout => StepWords {
            heading: "Talk about what you heard",
            lines: &["No fixing. Just listen and reflect."],
            picture: "Two speech bubbles",
        },
        Step::StillTime => StepWords {
            heading: "Still got some time?",
            lines: &["What has not been said?", "What are your lasting thoughts?"],
            picture: "A teapot",
        },
        Step::Thanks => StepWords {
            heading: "Thank you",
            lines: &["Thank you for being here and for what you shared."],
            picture: "A heart",
        },
    }
}

/// The six Camerados principles, in plain words.
pub const PRINCIPLES: [(&str, &str); 6] = [
    ("Mix with people who are not like you", "mix"),
    ("Ask someone who is struggling to help you", "ask"),
    ("No fixing. Just be alongside one another", "alongside"),
    ("It's OK to disagree respectfully", "disagree"),
    ("It's OK to be a bit rubbish sometimes", "rubbish"),
    ("To be silly is to be human", "silly"),
];

pub const THEME: &str = "Today we talk about";

pub const PRINCIPLES_HEADING: &str = "Our principles";

pub fn question_heading(q: usize, of: usize) -> String {
    if of > 1 {
        format!("Question {} of {}", q + 1, of)
    } else {
        "The question".to_string()
    }
}

/// "Step 4 of 8".
pub fn step_count(at: usize, of: usize) -> String {
    format!("Step {} of {}", at + 1, of)
}

pub mod turns {
    pub const WAITING: &str = "Tap Start when the first person is ready.";
    pub const FINISHED: &str = "Everyone has had a turn. Tap Next step when you are ready.";
    pub const MORE_TO_COME: &str = "Someone has not had a turn yet. Tap Next person.";

    pub fn person(k: u32, of: u32) -> String {
        format!("Person {k} of {of}")
    }

    pub fn people(n: u32) -> String {
        if n == 1 {
            "1 person at the table".to_string()
        } else {
            format!("{n} people at the table")
        }
    }
}

pub mod timer {
    pub const TIME_UP: &str = "Time is up";
    pub const PAUSED: &str = "Paused";
    pub const READY: &str = "Tap Start when you are ready.";
    pub const NO_CLOCK: &str = "No clock for this step.";
    pub const NOBODY_CUT_OFF: &str = "Finish what you are saying.";
    pub const LABEL: &str = "Time left";
}

/// Words for the time left, said beside the digits so colour is never the only signal.
pub fn time_words(left: Ms, running: bool, paused: bool) -> String {
    if left <= 0 {
        return timer::TIME_UP.to_string();
    }
    if paused {
        return format!("{} at {}", timer::PAUSED, digits(left));
    }
    if !running {
        return timer::READY.to_string();
    }
    match Milestone::at(left) {
        Milestone::Minutes(1) => "1 minute left".to_string(),
        Milestone::Minutes(n) => format!("{n} minutes left"),
        _ => "Less than 30 seconds left".to_string(),
    }
}

/// What the polite live region says.
pub fn announcement(a: Announcement) -> String {
    match a {
        Announcement::StepStarted(step) => step_words(step).heading.to_string(),
        Announcement::MinutesLeft(1) => "1 minute left".to_string(),
        Announcement::MinutesLeft(n) => format!("{n} minutes left"),
        Announcement::ThirtySecondsLeft => "30 seconds left".to_string(),
        Announcement::TimeUp => timer::TIME_UP.to_string(),
        Announcement::NextPerson { k, of } => format!("Next person. {}", turns::person(k, of)),
        Announcement::EveryoneHasSpoken => "Everyone has had a turn".to_string(),
    }
}

/// What the browser's voice says (short and calm).
pub fn spoken(a: Announcement) -> String {
    match a {
        Announcement::MinutesLeft(1) => "One minute left".to_string(),
        Announcement::NextPerson { .. } => "Next person".to_string(),
        other => announcement(other),
    }
}

pub mod thanks {
    pub fn turns_taken(n: u32) -> String {
        match n {
            0 => "No turns were taken. That is fine too.".to_string(),
            1 => "1 turn was taken.".to_string(),
            n => format!("{n} turns were taken."),
        }
    }
    pub const NEXT: &str =
        "The person running the meeting will keep what was shared and tell you what happens next.";
}

pub mod thought {
    pub const ADD: &str = "Add a thought";
    pub const ADD_LASTING: &str = "Add a lasting thought";
    pub const LABEL: &str = "Your thought";
    pub const HINT: &str = "No names. The person running the meeting will read it.";
    pub const SAVE: &str = "Save thought";
    pub const CANCEL: &str = "Cancel";
    pub const SAVING: &str = "Saving…";
    pub const SAVED: &str = "Your thought is saved.";
    pub const UNDO: &str = "Undo";
    pub const UNDONE: &str = "Your thought has been taken back.";
    pub const EMPTY: &str = "Write something first, then tap Save thought.";
    pub const CUT: &str = "That was too long. We kept the first 1,000 characters.";
    pub const FULL: &str = "Your thought is not saved. This tablet's storage is full. Ask the person running the meeting to save the thoughts to a file.";
    pub const BROKEN: &str = "Your thought is not saved. This tablet could not keep it. Try again, or ask the person running the meeting for help.";
    pub const UNDO_FAILED: &str =
        "That thought could not be taken back. Ask the person running the meeting.";

    /// "You have 40 characters left", or how many too many.
    pub fn chars_left(n: i64) -> String {
        match n {
            1 => "You have 1 character left".to_string(),
            n if n >= 0 => format!("You have {n} characters left"),
            -1 => "You have 1 character too many".to_string(),
            n => format!("You have {} characters too many", -n),
        }
    }

    pub fn too_long(chars: usize) -> String {
        format!("Your thought is {chars} characters long. Please make it 1,000 or fewer.")
    }
}

pub mod problems {
    pub const NO_STORAGE: &str = "This tablet cannot keep the meeting. If you close this page, it will be lost. Ask the person running the meeting to save it to a file.";
    pub const PROGRESS_NOT_SAVED: &str =
        "This tablet could not keep the meeting's place. The meeting still works.";
    pub const FULL: &str = "This tablet's storage is full. Ask the person running the meeting to save the thoughts to a file.";
    pub const UNREADABLE: &str = "An earlier meeting on this tablet could not be read. It has been kept safe. A new meeting has started.";
    pub const NEWER: &str = "This tablet has a meeting from a newer version of this app. It has been left alone. A new meeting has started.";
    pub const QUICK_COPY_FAILED: &str = "Thoughts are kept safe. But this tablet had a problem making a spare copy. Save the thoughts to a file soon.";
    pub const NOT_DURABLE: &str = "Thoughts are kept for now. But they could be lost if this tablet stops working. Save them to a file soon.";
    pub const CRASH_TITLE: &str = "Something went wrong";
    pub const CRASH_BODY: &str = "Your thoughts are safe.";
    pub const CRASH_BUTTON: &str = "Tap to reload";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words we never put on screen.
    const JARGON: [&str; 10] = [
        "export",
        "facilitator",
        "admin",
        "session",
        "localstorage",
        "indexeddb",
        "error",
        "invalid",
        "data",
        "click",
    ];

    fn all_words() -> Vec<String> {
        let mut out = Vec::new();
        for step in Step::all(2) {
            let w = step_words(step);
            out.push(w.heading.to_string());
            out.extend(w.lines.iter().map(|s| s.to_string()));
            out.push(w.picture.to_string());
        }
        out.extend(PRINCIPLES.iter().map(|p| p.0.to_string()));
        out.extend(
            [
                turns::WAITING,
                turns::FINISHED,
                turns::MORE_TO_COME,
                timer::READY,
                timer::NO_CLOCK,
                thanks::NEXT,
                thought::HINT,
                thought::SAVED,
                thought::UNDONE,
                thought::EMPTY,
                thought::CUT,
                thought::FULL,
                thought::BROKEN,
                thought::UNDO_FAILED,
                problems::NO_STORAGE,
                problems::PROGRESS_NOT_SAVED,
                problems::FULL,
                problems::UNREADABLE,
                problems::NEWER,
                problems::QUICK_COPY_FAILED,
                problems::NOT_DURABLE,
                problems::CRASH_TITLE,
                problems::CRASH_BODY,
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        out
    }

    #[test]
    fn no_jargon_on_screen() {
        for line in all_words() {
            let lower = line.to_lowercase();
            for word in JARGON {
                assert!(!lower.contains(word), "{line:?} uses {word:?}");
            }
        }
    }

    #[test]
    fn sentences_are_short() {
        for line in all_words() {
            for sentence in line.split(['.', '?', '!']) {
                let words = sentence.split_whitespace().count();
                assert!(words <= 16, "{sentence:?} has {words} words");
            }
        }
    }

    #[test]
    fn time_words_match_the_clock() {
        assert_eq!(time_words(60_000, true, false), "1 minute left");
        assert_eq!(time_words(120_000, true, false), "2 minutes left");
        assert_eq!(time_words(30_000, true, false), "Less than 30 seconds left");
        assert_eq!(time_words(0, true, false), "Time is up");
        assert_eq!(time_words(-15_000, true, false), "Time is up");
        assert_eq!(time_words(45_000, false, true), "Paused at 0:45");
        assert_eq!(time_words(60_000, false, false), timer::READY);
    }

    #[test]
    fn announcements() {
        assert_eq!(
            announcement(Announcement::StepStarted(Step::Thinking(0))),
            "Thinking time"
        );
        assert_eq!(spoken(Announcement::MinutesLeft(1)), "One minute left");
        assert_eq!(spoken(Announcement::TimeUp), "Time is up");
        assert_eq!(
            spoken(Announcement::NextPerson { k: 2, of: 3 }),
            "Next person"
        );
        assert_eq!(
            announcement(Announcement::NextPerson { k: 2, of: 3 }),
            "Next person. Person 2 of 3"
        );
    }
}
