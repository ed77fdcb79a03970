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

/// Host tools: for the person running the meeting (never "facilitator" or "admin").
pub mod host {
    pub const OPEN: &str = "Host tools";
    pub const ASK: &str = "Are you running this meeting?";
    pub const ASK_HINT: &str = "These tools are for the person running the meeting.";
    pub const YES: &str = "Yes";
    pub const NO: &str = "No";
    pub const PIN_LABEL: &str = "Your 4-number PIN";
    pub const PIN_OPEN: &str = "Open host tools";
    pub const PIN_WRONG: &str = "That PIN is not right. Try again.";
    pub const HEADING: &str = "Host tools";
    pub const BACK: &str = "Back to the meeting";

    pub const SETUP: &str = "Set up this meeting";
    pub const THEME: &str = "Meeting name or theme";
    pub const THEME_HINT: &str = "You can leave this empty.";
    pub const TABLE: &str = "Table name";
    pub const TABLE_HINT: &str =
        "For example, Table 2. Use this when there are several tablets in one room.";
    pub const QUESTIONS: &str = "Questions";
    pub const READY: &str = "Ready questions to pick";
    pub const NEW_QUESTION: &str = "Write a new question";
    pub const ADD_QUESTION: &str = "Add this question";
    pub const PEOPLE: &str = "Number of people";
    pub const THINKING: &str = "Thinking time";
    pub const TURN: &str = "Each turn";
    pub const TALK: &str = "Talk about what you heard";
    pub const NO_CLOCK: &str = "No clock";
    pub const SOUND: &str = "Gentle chimes";
    pub const VOLUME: &str = "Volume";
    pub const SPEECH: &str = "Spoken cues";
    pub const SPEECH_HINT: &str =
        "The tablet says \"One minute left\", \"Time is up\" and \"Next person\".";
    pub const TRY_SOUND: &str = "Try the sound";
    pub const SHOW_THOUGHTS: &str = "Show thoughts on screen during Talk about what you heard";
    pub const PIN_SET: &str = "PIN for host tools";
    pub const PIN_SET_HINT: &str = "4 numbers, or leave empty for no PIN. A PIN stops accidents. It does not keep out someone who wants to get in.";
    pub const SAVE_SETUP: &str = "Save set-up";
    pub const SETUP_SAVED: &str = "The set-up is saved.";
    pub const NO_QUESTIONS: &str = "Add at least one question.";
    pub const EMPTY_QUESTION: &str = "A question is empty. Write it, or take it away.";
    pub const BAD_PIN: &str = "A PIN must be 4 numbers, or empty.";
    pub const BAD_PEOPLE: &str = "The number of people must be from 1 to 30.";
    pub const BAD_TIME: &str = "A time is too short or too long.";
    pub const ON: &str = "On";
    pub const OFF: &str = "Off";

    pub fn question_n(n: usize) -> String {
        format!("Question {n}")
    }
    pub fn move_up(n: usize) -> String {
        format!("Move question {n} up")
    }
    pub fn move_down(n: usize) -> String {
        format!("Move question {n} down")
    }
    pub fn remove(n: usize) -> String {
        format!("Take question {n} away")
    }
    pub fn pick(n: usize) -> String {
        format!("Add ready question {n}")
    }

    /// "30 seconds", "1 minute", "10 minutes".
    pub fn duration(ms: i64) -> String {
        let secs = ms / 1000;
        match (secs / 60, secs % 60) {
            (0, s) => format!("{s} seconds"),
            (1, 0) => "1 minute".to_string(),
            (m, 0) => format!("{m} minutes"),
            (m, s) => format!("{m} minutes {s} seconds"),
        }
    }

    pub const THOUGHTS: &str = "Thoughts so far";
    pub const NO_THOUGHTS: &str = "No thoughts yet.";
    pub const LASTING: &str = "Lasting thought";
    pub fn thought_count(n: usize) -> String {
        match n {
            0 => NO_THOUGHTS.to_string(),
            1 => "1 thought.".to_string(),
            n => format!("{n} thoughts."),
        }
    }

    pub const FILES: &str = "Save to a file";
    pub const FILES_HINT: &str = "Files are saved on this tablet. Nothing is sent anywhere.";
    pub const SAVE_CSV: &str = "Save as a spreadsheet";
    pub const SAVE_RECORD: &str = "Save the full record";
    pub const PRINT: &str = "Print a summary";
    pub const SAVE_TEXT: &str = "Save the summary as a text file";
    pub const SAVE_FAILED: &str = "The file could not be saved. Try again.";
    pub fn saved_file(name: &str) -> String {
        format!("Saved the file {name}.")
    }

    pub const BRING_IN: &str = "Add thoughts from another tablet";
    pub const BRING_IN_HINT: &str = "Pick the full record files saved on other tablets.";
    pub const CHOOSE_FILES: &str = "Choose files";
    pub const NOTHING_CHANGED: &str = "Nothing was changed.";

    pub const MEETINGS: &str = "Meetings on this tablet";
    pub const THIS_MEETING: &str = "This meeting";
    pub const OPEN_MEETING: &str = "Open";
    pub const NEW_MEETING: &str = "Start a new meeting";
    pub const NEW_MEETING_HINT: &str = "The meeting now on screen is kept.";
    pub const SAVED_TO_FILE: &str = "Saved to a file";
    pub const NOT_SAVED_TO_FILE: &str = "Not saved to a file yet";
    pub const NO_NAME: &str = "Meeting with no name";
    pub const DELETE: &str = "Delete this meeting";
    pub const DELETE_ASK: &str = "Delete this meeting? Deleted means gone. It cannot come back.";
    pub const DELETE_SAVED: &str = "This meeting was saved to a file.";
    pub const DELETE_NOT_SAVED: &str =
        "This meeting has NOT been saved to a file. Its thoughts will be lost.";
    pub const DELETE_TYPE: &str = "To delete it, type the word delete";
    pub const DELETE_YES: &str = "Yes, delete it";
    pub const DELETE_NO: &str = "No, keep it";
    pub const DELETE_MUST_TYPE: &str = "Type the word delete first.";
    pub const DELETED: &str = "The meeting is deleted.";
    pub const DELETE_FAILED: &str = "The meeting could not be deleted. Try again.";

    pub const SPACE: &str = "Space on this tablet";
    pub fn space_used(percent: u32) -> String {
        format!("Meetings use {percent}% of the space this app may use.")
    }
    pub const SPACE_WARNING: &str =
        "The space is nearly full. Save meetings to files, then delete old ones.";
    pub const BACKUPS: &str = "Kept safe: text that could not be read";
    pub const BACKUPS_HINT: &str = "Save it to a file and ask for help to read it.";
    pub fn backup_n(n: usize) -> String {
        format!("Save kept text {n} to a file")
    }
}

pub mod summary {
    pub const LASTING: &str = "Lasting thoughts";
    pub const HOW_IT_WENT: &str = "How the meeting went";
}

pub mod problems {
    pub const NO_STORAGE: &str = "This tablet cannot keep thoughts. If you close this page, they will be lost. Save them to a file before you finish.";
    pub const HOST_NEEDS_STORAGE: &str = "Host tools need this tablet's storage, and it is turned off. Save the thoughts to a file now, so they are not lost.";
    pub const PROGRESS_NOT_SAVED: &str =
        "This tablet could not keep the meeting's place. The meeting still works.";
    pub const FULL: &str = "This tablet's storage is full. Ask the person running the meeting to save the thoughts to a file.";
    pub const UNREADABLE: &str = "An earlier meeting on this tablet could not be read. It has been kept safe. A new meeting has started.";
    pub const UNREADABLE_THOUGHTS: &str = "A copy of the thoughts could not be read. It has been kept safe. The thoughts in the safe store are still here.";
    pub const NEWER: &str = "This tablet has a meeting from a newer version of this app. It has been left alone. A new meeting has started.";
    pub const QUICK_COPY_FAILED: &str = "Thoughts are kept safe. But this tablet had a problem making a spare copy. Save the thoughts to a file soon.";
    pub const NOT_DURABLE: &str = "Thoughts are kept for now. But they could be lost if this tablet stops working. Save them to a file soon.";
    pub const CRASH_TITLE: &str = "Something went wrong";
    pub const CRASH_BODY: &str = "Your thoughts are safe.";
    pub const CRASH_BUTTON: &str = "Tap to reload";
}

/// Words we never put on screen or in a saved file.
pub const JARGON: [&str; 10] = [
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

/// The longest sentence we write, in words.
pub const LONGEST_SENTENCE: usize = 16;

/// What is not plain about a line of words, if anything: jargon, or a
/// sentence that is too long. Used by the tests of every module with words.
pub fn not_plain(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    if let Some(word) = JARGON.iter().find(|w| lower.contains(*w)) {
        return Some(format!("{line:?} uses {word:?}"));
    }
    line.split(['.', '?', '!'])
        .map(|s| s.split_whitespace().count())
        .find(|n| *n > LONGEST_SENTENCE)
        .map(|n| format!("{line:?} has a sentence of {n} words"))
}

/// The table screen's own controls: turning it, reading it out, how it looks.
pub mod screen {
    use crate::meeting::countdown::Ms;

    pub const TURN: &str = "Turn the screen";
    pub const BOTH_SIDES: &str = "Both sides";
    pub const READ_OUT: &str = "Read this out";
    pub const STOP_READING: &str = "Stop reading";
    pub const HOW_IT_LOOKS: &str = "How it looks";
    pub const LOOK_HINT: &str = "These choices stay on this tablet.";
    pub const TEXT_SIZE: &str = "Text size";
    pub const STANDARD: &str = "Standard";
    pub const LARGE: &str = "Large";
    pub const LARGEST: &str = "Largest";
    pub const STRONG_COLOURS: &str = "Strong colours";
    pub const STRONG_HINT: &str = "Black, white and yellow.";
    pub const VIEW_TOOLS: &str = "The screen";
    /// Host set-up.
    pub const SHOW_DIGITS: &str = "Show numbers on the clock";
    pub const SHOW_DIGITS_HINT: &str =
        "Some people find numbers stressful. The ring always shows the time left.";
    pub const NO_CLOCK_SPOKEN: &str = "There is no clock for this step.";

    /// The time left, as "Read this out" says it: in words, never "1:30".
    pub fn time_left(left: Ms, paused: bool) -> String {
        if left <= 0 {
            return "Time is up.".to_string();
        }
        let secs = (left + 999) / 1000;
        let (m, s) = (secs / 60, secs % 60);
        let mins = match m {
            0 => String::new(),
            1 => "1 minute".to_string(),
            m => format!("{m} minutes"),
        };
        let secs = match s {
            0 => String::new(),
            1 => "1 second".to_string(),
            s => format!("{s} seconds"),
        };
        let both = match (mins.is_empty(), secs.is_empty()) {
            (false, false) => format!("{mins} and {secs}"),
            (true, _) => secs,
            (false, true) => mins,
        };
        if paused {
            format!("Paused. {both} left.")
        } else {
            format!("{both} left.")
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn time_left_in_words() {
            assert_eq!(time_left(120_000, false), "2 minutes left.");
            assert_eq!(time_left(90_000, false), "1 minute and 30 seconds left.");
            assert_eq!(time_left(59_001, false), "1 minute left.");
            assert_eq!(time_left(1_000, false), "1 second left.");
            assert_eq!(time_left(45_000, true), "Paused. 45 seconds left.");
            assert_eq!(time_left(0, false), "Time is up.");
            assert_eq!(time_left(-5_000, true), "Time is up.");
        }

        #[test]
        fn words_are_plain() {
            for line in [
                TURN,
                BOTH_SIDES,
                READ_OUT,
                STOP_READING,
                HOW_IT_LOOKS,
                LOOK_HINT,
                TEXT_SIZE,
                STRONG_COLOURS,
                STRONG_HINT,
                SHOW_DIGITS,
                SHOW_DIGITS_HINT,
                NO_CLOCK_SPOKEN,
            ] {
                assert_eq!(super::super::not_plain(line), None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                problems::UNREADABLE_THOUGHTS,
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
    fn words_on_screen_are_plain() {
        for line in all_words() {
            assert_eq!(not_plain(&line), None);
        }
    }

    #[test]
    fn the_plain_check_can_fail() {
        assert!(not_plain("Export your data").is_some());
        assert!(not_plain(&"word ".repeat(17)).is_some());
        assert_eq!(not_plain("Grab a brew. Talk as equals."), None);
    }

    /// The crash page is plain HTML (it must work when the module is dead),
    /// so its words are written in both pages: keep them the same as here.
    #[test]
    fn crash_page_words_match() {
        for page in [include_str!("../index.html"), include_str!("../host.html")] {
            for words in [
                problems::CRASH_TITLE,
                problems::CRASH_BODY,
                problems::CRASH_BUTTON,
            ] {
                assert!(page.contains(words), "{words:?} missing from a page");
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
