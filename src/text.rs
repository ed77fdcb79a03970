//! Every word the app shows, in one place, grouped by screen.
//!
//! Plain English, reading age 9: short sentences, no jargon. Screens take
//! their words from here, and so do the saved files ([`files`]), so the
//! language can be checked in one place ([`check`], and the tests at the
//! bottom) and a second language or Easy Read version can come later.
//!
//! The crash page and the words for browsers without JavaScript are plain
//! HTML in `index.html` and `host.html` (they must work when the module is
//! dead); their words are written here as well, and a test keeps the two the
//! same.

use crate::meeting::countdown::{digits, Milestone, Ms};
use crate::meeting::{Announcement, Step};

pub const APP_NAME: &str = "Over a Brew";

/// Controls that stand in the same place on every step.
pub mod controls {
    pub const BACK: &str = "Back";
    pub const NEXT_STEP: &str = "Next step";
    pub const OUR_PRINCIPLES: &str = "Our principles";
    pub const CLOSE: &str = "Close";
    pub const TRY_AGAIN: &str = "Try again";
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
    /// Beside "Next person": the person whose turn it is would rather not speak.
    pub const PASS: &str = "Pass";
    /// On "Grab a brew", under the host's opening words.
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
                "There is no set plan. We talk as equals.",
                "Join in your way. You can talk, listen, or write a thought.",
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
            lines: &["Think on your own for a while.", "Stay quiet for now."],
            picture: "A thought bubble",
        },
        Step::Turns(_) => StepWords {
            heading: "Have your say",
            lines: &[
                "Take turns to speak. Everyone else listens.",
                "When it is your turn, you can pass.",
            ],
            picture: "A speech bubble",
        },
        Step::TalkAbout => StepWords {
            heading: "Talk about what you heard",
            lines: &[
                "Talk about what people said.",
                "No fixing. Just be there for each other.",
            ],
            picture: "Two speech bubbles",
        },
        Step::StillTime => StepWords {
            heading: "Still got some time?",
            lines: &["What has not been said?", "What are your lasting thoughts?"],
            picture: "A teapot",
        },
        Step::Thanks => StepWords {
            heading: "Thank you",
            lines: &["Thank you for your time and for your thoughts."],
            picture: "A heart",
        },
    }
}

/// One of the Camerados principles.
pub struct Principle {
    /// The Camerados wording.
    pub words: &'static str,
    /// One plain line under it that keeps its meaning.
    pub line: &'static str,
    /// The picture's name in `public/pictures/` (without `.svg`).
    pub picture: &'static str,
}

/// The six Camerados principles, each with a plain line.
pub const PRINCIPLES: [Principle; 6] = [
    Principle {
        words: "Mix with people who are not like you",
        line: "We learn a lot from people who see things in a new way.",
        picture: "mix",
    },
    Principle {
        words: "Ask someone who is struggling to help you",
        line: "Helping others can help the person who is struggling too.",
        picture: "ask",
    },
    Principle {
        words: "No fixing. Just be alongside one another",
        line: "We do not try to fix things. We just stay with each other.",
        picture: "alongside",
    },
    Principle {
        words: "It's OK to disagree respectfully",
        line: "You can think something else. Just be kind when you say it.",
        picture: "disagree",
    },
    Principle {
        words: "It's OK to be a bit rubbish sometimes",
        line: "Nobody has to be perfect. We all have bad days.",
        picture: "rubbish",
    },
    Principle {
        words: "To be silly is to be human",
        line: "It is fine to laugh and have fun.",
        picture: "silly",
    },
];

pub const THEME: &str = "Today we talk about";

/// The host's opening words on "Grab a brew".
pub const OPENING: &str = "Opening words";

/// On "Talk about what you heard", when the host shows the thoughts.
pub const THOUGHTS_SO_FAR: &str = "Thoughts so far";

/// Above all the questions, when they are asked together.
pub const QUESTIONS_HEADING: &str = "The questions";

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
    // Exactly 30 seconds is not "less than 30 seconds".
    if left < 30_000 {
        return "Less than 30 seconds left".to_string();
    }
    match Milestone::at(left) {
        Milestone::Minutes(n) if n > 1 => format!("{n} minutes left"),
        _ => "1 minute left".to_string(),
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
    /// How many turns were passed: a number, never who.
    pub fn turns_passed(n: u32) -> String {
        match n {
            0 => "No turns were passed.".to_string(),
            1 => "1 turn was passed.".to_string(),
            n => format!("{n} turns were passed."),
        }
    }
    pub const NEXT: &str =
        "The person running the meeting will keep what was shared. They will tell you what happens next.";
}

pub mod thought {
    pub const ADD: &str = "Add a thought";
    pub const ADD_LASTING: &str = "Add a lasting thought";
    pub const LABEL: &str = "Your thought";
    /// The hint under "Your thought": who will see it.
    pub const HINT: &str =
        "Please don't write anyone's name. The person running the meeting will read it.";
    /// The hint when the host shows thoughts on screen: the whole table sees them.
    pub const HINT_SHOWN: &str = "Please don't write anyone's name. The whole table will see it on the screen. The person running the meeting will read it too.";

    /// The hint for a meeting that shows thoughts on screen, or not.
    pub fn hint(shown: bool) -> &'static str {
        if shown {
            HINT_SHOWN
        } else {
            HINT
        }
    }
    pub const SAVE: &str = "Save thought";
    pub const CANCEL: &str = "Cancel";
    pub const SAVING: &str = "Saving…";
    pub const SAVED: &str = "Your thought is saved.";
    pub const UNDO: &str = "Undo";
    pub const UNDONE: &str = "Your thought has been taken back.";
    pub const EMPTY: &str = "Write something first, then tap Save thought.";
    pub const CUT: &str = "That was too long. We kept the first 1,000 letters.";
    pub const FULL: &str = "Your thought is not saved. This tablet is full. Please tell the person running the meeting.";
    pub const BROKEN: &str = "Your thought is not saved. This tablet could not keep it. Try again, or tell the person running the meeting.";
    pub const UNDO_FAILED: &str =
        "That thought could not be taken back. Please tell the person running the meeting.";

    /// "You have 40 letters left", or how many too many. Spaces count as
    /// letters here: a plain word for what the box counts.
    pub fn chars_left(n: i64) -> String {
        match n {
            1 => "You have 1 letter left".to_string(),
            n if n >= 0 => format!("You have {n} letters left"),
            -1 => "You have 1 letter too many".to_string(),
            n => format!("You have {} letters too many", -n),
        }
    }

    pub fn too_long(chars: usize) -> String {
        format!("Your thought has {chars} letters. Please make it 1,000 or fewer.")
    }
}

/// Host tools: for the person running the meeting (never "facilitator" or "admin").
pub mod host {
    use crate::meeting::plan::{PlanProblem, MAX_PEOPLE, MIN_PEOPLE, SHORTEST};
    use crate::meeting::TimedStep;

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
    /// "Show thoughts on screen" changes what the table is told under "Your thought".
    pub const SHOW_THOUGHTS_HINT: &str =
        "The table is told that everyone will see what they write.";
    pub const ONE_AT_A_TIME: &str = "One question at a time";
    pub const ONE_AT_A_TIME_HINT: &str = "Off: one thinking time shows all the questions, then one round of turns. On: thinking time and turns for each question.";
    pub const OPENING: &str = "Opening words";
    pub const OPENING_HINT: &str =
        "A poem or a few lines to set the scene. They show on Grab a brew. You can leave this empty.";
    pub const TALK_HINT: &str = "With No clock, people talk for as long as they need.";
    pub const PIN_SET: &str = "PIN for host tools";
    pub const PIN_SET_HINT: &str = "4 numbers, or leave empty for no PIN. A PIN stops accidents. It does not keep out someone who wants to get in.";
    pub const SAVE_SETUP: &str = "Save set-up";
    pub const SETUP_SAVED: &str = "The set-up is saved.";
    pub const NO_QUESTIONS: &str = "There are no questions. Add at least one question.";
    pub const BAD_PIN: &str =
        "The PIN is not 4 numbers. Type 4 numbers, or leave it empty for no PIN.";
    /// The set-up is saved, but this tablet would not keep the PIN.
    pub const PIN_NOT_KEPT: &str =
        "This tablet could not keep the PIN. The rest of the set-up is saved. Try again.";

    /// What is wrong with the set-up, and what to do about it.
    pub fn plan_problem(p: &PlanProblem) -> String {
        match p {
            PlanProblem::NoQuestions => NO_QUESTIONS.to_string(),
            PlanProblem::EmptyQuestion(i) => format!(
                "{} is empty. Write the question, or take it away.",
                question_n(i + 1)
            ),
            PlanProblem::TooFewPeople | PlanProblem::TooManyPeople => format!(
                "{PEOPLE} must be from {MIN_PEOPLE} to {MAX_PEOPLE}. Type a number in that range."
            ),
            PlanProblem::TimeOutOfRange(step) => format!(
                "{} is too short or too long. Pick a time from {} to {}, or {NO_CLOCK}.",
                time_label(*step),
                duration(SHORTEST),
                duration(step.longest())
            ),
        }
    }

    /// The label of a step's time in set-up.
    pub fn time_label(step: TimedStep) -> &'static str {
        match step {
            TimedStep::Thinking => THINKING,
            TimedStep::Turn => TURN,
            TimedStep::Talk => TALK,
        }
    }
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
    /// Shown on the table's screen above what only the host should do.
    pub const FOR_HOST: &str = "For the person running the meeting:";
    pub fn thought_count(n: usize) -> String {
        match n {
            0 => NO_THOUGHTS.to_string(),
            1 => "1 thought.".to_string(),
            n => format!("{n} thoughts."),
        }
    }

    pub const FILES: &str = "Save to a file";
    pub const FILES_HINT: &str =
        "Files are saved on this tablet. Nothing leaves it unless you send it.";
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
    /// Bringing in thoughts failed because this tablet could not keep them.
    pub const BRING_IN_FAILED: &str = "This tablet could not keep the thoughts from this file. Save this meeting to a file, then try again.";

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
    pub const DELETE_MUST_TYPE: &str =
        "The word delete is not typed yet. Type it in the box first.";
    pub const DELETED: &str = "The meeting is deleted.";
    pub const DELETE_FAILED: &str = "The meeting could not be deleted. Try again.";

    pub const SPACE: &str = "Space on this tablet";
    pub fn space_used(percent: u32) -> String {
        format!("Meetings use {percent}% of the space Over a Brew may use.")
    }
    pub const SPACE_WARNING: &str =
        "The space is nearly full. Save meetings to files, then delete old ones.";
    pub const BACKUPS: &str = "Kept safe: text that could not be read";
    pub const BACKUPS_HINT: &str = "Save it to a file and ask for help to read it.";
    pub fn backup_n(n: usize) -> String {
        format!("Save kept text {n} to a file")
    }

    // A kiosk: updates, full screen, keeping the meetings, sending files.
    pub const UPDATE_READY: &str = "An update is ready";
    pub const UPDATE_HINT: &str =
        "Nothing changes until you tap \"Update now\". The meetings on this tablet are kept.";
    pub const UPDATE_WHEN: &str = "Do it between meetings, not during one.";
    pub const UPDATE_NOW: &str = "Update now";
    pub const THIS_TABLET: &str = "This tablet";
    pub const FILL_SCREEN: &str = "Fill the screen";
    pub const FILL_SCREEN_HINT: &str =
        "This hides the browser's bars, so the meeting uses the whole screen. It starts at the first tap on the meeting. Tap this button again to stop.";
    pub const KEPT: &str = "This tablet will keep the meetings until you delete them.";
    pub const MAY_CLEAR: &str = "This tablet may clear the meetings by itself.";
    pub const MAY_CLEAR_WHY: &str =
        "This can happen in a private window, or when space runs low. On an iPad, it can happen after 7 days without use.";
    pub const ADD_TO_HOME: &str = "To keep them safe, add Over a Brew to the home screen.";
    pub const SAVE_EACH_TIME: &str = "Save to a file after each meeting.";
    pub const SEND_CSV: &str = "Send the spreadsheet";
    pub const SEND_RECORD: &str = "Send the full record";
    pub const SEND_CANCELLED: &str = "Nothing was sent.";
    pub const SEND_FAILED: &str = "The file could not be sent. Save it to a file instead.";
    pub fn sent_file(name: &str) -> String {
        format!("Sent the file {name}.")
    }
}

/// Notices to the table: calm, and they say who acts.
pub mod problems {
    /// A part of the app could not be fetched (the first visit lost its network).
    pub const PART_MISSING: &str = "Some parts of Over a Brew did not load. Check that the tablet is on the internet. Then tap Try again.";
    pub const NO_STORAGE: &str = "This tablet cannot keep thoughts. If you close this page, they will be lost. Please tell the person running the meeting. They need to save the thoughts to a file before the end.";
    /// Host words (shown in host tools on a tablet with no storage).
    pub const HOST_NEEDS_STORAGE: &str = "Host tools need this tablet's storage, and it is turned off. Save the thoughts to a file now, so they are not lost.";
    pub const PROGRESS_NOT_SAVED: &str = "This tablet could not keep the meeting's place. The meeting still works. Please tell the person running the meeting.";
    pub const FULL: &str = "This tablet is full. The thoughts so far are kept. Please tell the person running the meeting. They need to save the thoughts to a file.";
    pub const UNREADABLE: &str = "An earlier meeting on this tablet could not be read. It has been kept safe. A new meeting has started. Please tell the person running the meeting.";
    pub const UNREADABLE_THOUGHTS: &str = "One copy of the thoughts could not be read. It has been kept safe, and the other copy is still here. Please tell the person running the meeting.";
    pub const NEWER: &str = "This tablet has a meeting made by a newer Over a Brew. It has been left alone. A new meeting has started. Please tell the person running the meeting.";
    pub const QUICK_COPY_FAILED: &str = "Thoughts are kept safe. But this tablet could not make a spare copy. Please ask the person running the meeting to save the thoughts to a file soon.";
    pub const NOT_DURABLE: &str = "Thoughts are kept for now. But they could be lost if this tablet stops working. Please ask the person running the meeting to save them to a file soon.";
    pub const CRASH_TITLE: &str = "Something went wrong";
    /// The crash page when the thoughts are in the tablet's storage.
    pub const CRASH_BODY: &str = "Your thoughts are safe.";
    /// The crash page when the tablet could not store anything: a new start loses them.
    pub const CRASH_BODY_NO_STORAGE: &str = "This tablet could not keep the thoughts, so they may be lost. Please tell the person running the meeting.";
    pub const CRASH_BUTTON: &str = "Tap to try again";
    /// For a browser with JavaScript turned off.
    pub const NO_SCRIPT: &str =
        "Over a Brew needs JavaScript. Please turn it on in this browser, then open this page again.";
}

/// Every word the saved files use (the spreadsheet, the full record's
/// messages, the summary). `export` takes its words from here.
pub mod files {
    /// The spreadsheet's first row.
    pub const CSV_HEADER: [&str; 8] = [
        "Meeting", "Table", "Date", "Step", "Question", "Kind", "Time", "Thought",
    ];
    pub const THOUGHT: &str = "Thought";
    pub const LASTING: &str = "Lasting thought";

    pub const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    /// From Monday.
    pub const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    // The summary.
    pub const TABLE: &str = "Table";
    pub const TABLES: &str = "Tables";
    pub const OPENING: &str = super::OPENING;
    pub const QUESTIONS: &str = "Questions";
    pub const NO_THOUGHTS: &str = "No thoughts were written down.";
    pub const OTHER_THOUGHTS: &str = "Other thoughts";
    /// Thoughts written while all the questions were asked together.
    pub const THOUGHTS: &str = "Thoughts";
    pub const LASTING_THOUGHTS: &str = "Lasting thoughts";
    pub const HOW_IT_WENT: &str = "How the meeting went";
    pub const HOW_LONG: &str = "How long each step took";
    pub const LESS_THAN_A_MINUTE: &str = "less than a minute";

    /// "Thinking time, question 2" (`q` from 0).
    pub fn step_of_question(heading: &str, q: usize) -> String {
        format!("{heading}, question {}", q + 1)
    }

    /// "Question 2" (`q` from 0).
    pub fn question_n(q: usize) -> String {
        format!("Question {}", q + 1)
    }

    /// "Question 2: How do we ..." (`q` from 0).
    pub fn numbered_question(q: usize, question: &str) -> String {
        format!("{}: {question}", question_n(q))
    }

    /// "Table: Table 2", "Tables: Table 2, Table 3".
    pub fn tables(names: &[String]) -> String {
        let label = if names.len() == 1 { TABLE } else { TABLES };
        format!("{label}: {}", names.join(", "))
    }

    /// "Over a Brew, Wednesday 25 November 2026", or just the date when
    /// the title is already "Over a Brew".
    pub fn dated(title: &str, date: &str) -> String {
        if title == super::APP_NAME {
            date.to_string()
        } else {
            format!("{}, {date}", super::APP_NAME)
        }
    }

    /// "Have your say – 12 minutes".
    pub fn step_took(step: &str, took: &str) -> String {
        format!("{step} – {took}")
    }

    /// "1 minute", "2 minutes", "1 hour 5 minutes": rounded to the nearest
    /// minute; "less than a minute" under 30 seconds.
    pub fn duration(ms: i64) -> String {
        let minutes = ms.max(0).saturating_add(30_000) / 60_000;
        let (h, m) = (minutes / 60, minutes % 60);
        let plural = |n: i64, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        match (h, m) {
            (0, 0) => LESS_THAN_A_MINUTE.to_string(),
            (0, m) => plural(m, "minute", "minutes"),
            (h, 0) => plural(h, "hour", "hours"),
            (h, m) => format!(
                "{} {}",
                plural(h, "hour", "hours"),
                plural(m, "minute", "minutes")
            ),
        }
    }

    // Bringing in thoughts from another tablet (host words).
    pub const TOO_BIG: &str = "This file is too big. Choose a file of 5 MB or less.";
    pub const NOT_OURS: &str =
        "This is not a file from Over a Brew. Choose a file made with Save the full record.";
    pub const DAMAGED: &str = "This file could not be read. It may be damaged. Choose a file made with Save the full record.";
    pub const NEWER: &str =
        "This file is from a newer Over a Brew. Update Over a Brew on this tablet first.";
    pub const NO_THOUGHTS_IN_FILE: &str = "There were no thoughts in this file.";

    /// "Added 14 thoughts from Table 3. 2 were already here."
    pub fn import_report(added: usize, already_here: usize, from: &str) -> String {
        let first = match (added, from.is_empty()) {
            (0, _) if already_here == 0 => return NO_THOUGHTS_IN_FILE.to_string(),
            (0, _) => "No new thoughts.".to_string(),
            (1, true) => "Added 1 thought.".to_string(),
            (1, false) => format!("Added 1 thought from {from}."),
            (n, true) => format!("Added {n} thoughts."),
            (n, false) => format!("Added {n} thoughts from {from}."),
        };
        match already_here {
            0 => first,
            1 => format!("{first} 1 was already here."),
            n => format!("{first} {n} were already here."),
        }
    }
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
}

/// The plain-English check every word passes (see the tests at the bottom).
///
/// - Words for the table (steps, buttons, notices, ready questions, the
///   crash page, the saved files): no sentence over 15 words; per screen, a
///   Flesch–Kincaid grade of 5 or less and a reading ease of 80 or more; no
///   long words (4 syllables or more, or over 12 letters) but a few named
///   ones; none of the [`BANNED`] words.
/// - Words for the host: no sentence over 20 words; per screen, a grade of
///   7 or less; the banned words but the two host tools must name.
///
/// Syllables are counted by a rule of thumb (groups of vowels, less a
/// silent "e"), as the readability tools do; it is close, not exact.
pub mod check {
    /// Words that nobody should meet: jargon, and words that sound like a
    /// computer or an office. A word matches with -s, -ed or -ing after it too.
    pub const BANNED: [&str; 22] = [
        "agenda",
        "session",
        "facilitator",
        "participant",
        "submit",
        "export",
        "data",
        "app",
        "error",
        "invalid",
        "sync",
        "storage",
        "version",
        "reload",
        "characters",
        "character",
        "co-production",
        "coproduction",
        "cue",
        "admin",
        "click",
        "localstorage",
    ];

    /// Host tools may name their "Spoken cues" and the tablet's storage.
    pub const HOST_MAY_USE: [&str; 2] = ["cue", "storage"];

    /// Long words the table may meet, each for a reason.
    pub const LONG_WORDS_KEPT: [&str; 1] = [
        // The Camerados wording of a principle, kept as it is.
        "respectfully",
    ];

    /// The rules for one kind of words.
    pub struct Rules {
        pub longest_sentence: usize,
        pub highest_grade: f64,
        pub lowest_ease: Option<f64>,
        pub check_long_words: bool,
        pub may_use: &'static [&'static str],
    }

    pub const TABLE: Rules = Rules {
        longest_sentence: 15,
        highest_grade: 5.0,
        lowest_ease: Some(80.0),
        check_long_words: true,
        may_use: &[],
    };

    pub const HOST: Rules = Rules {
        longest_sentence: 20,
        highest_grade: 7.0,
        lowest_ease: None,
        check_long_words: false,
        may_use: &HOST_MAY_USE,
    };

    /// The sentences of some text: split after ".", "?", "!" and ":" (not
    /// inside a number such as "1.5") and at line breaks. A heading with no
    /// full stop is one sentence.
    pub fn sentences(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut now = String::new();
        for (i, c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied();
            let ends = match c {
                '.' | ':' => !next.is_some_and(|n| n.is_ascii_digit()),
                '?' | '!' | '\n' => true,
                _ => false,
            };
            if *c != '\n' {
                now.push(*c);
            }
            if ends {
                if !words(&now).is_empty() {
                    out.push(now.trim().to_string());
                }
                now.clear();
            }
        }
        if !words(&now).is_empty() {
            out.push(now.trim().to_string());
        }
        out
    }

    /// The words of a sentence, lowercase, without the punctuation around them.
    pub fn words(sentence: &str) -> Vec<String> {
        sentence
            .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .replace('\u{2019}', "'")
                    .to_lowercase()
            })
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    /// Syllables in a word, by rule of thumb. A number counts as it is said:
    /// "4" one, "30" two, "1,000" three.
    pub fn syllables(word: &str) -> usize {
        let letters: String = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if letters.is_empty() {
            let digits = word.chars().filter(char::is_ascii_digit).count();
            return match digits {
                0 => 0,
                1 => 1,
                2 | 3 => 2,
                _ => 3,
            };
        }
        let vowel = |c: char| "aeiouy".contains(c);
        let chars: Vec<char> = letters.chars().collect();
        let mut count = 0;
        let mut before = false;
        for (i, c) in chars.iter().enumerate() {
            // A "y" at the start of a word is a consonant ("you", "yes").
            let v = vowel(*c) && !(i == 0 && *c == 'y');
            if v && !before {
                count += 1;
            }
            before = v;
        }
        let silent_e = letters.ends_with('e')
            && !letters.ends_with("le")
            && !letters.ends_with("ee")
            && !letters.ends_with("ye");
        let silent_es_ed = (letters.ends_with("es") || letters.ends_with("ed"))
            && !letters.ends_with("ted")
            && !letters.ends_with("ded")
            && !letters.ends_with("ses")
            && !letters.ends_with("ces")
            && !letters.ends_with("zes")
            && !letters.ends_with("ges");
        if count > 1 && (silent_e || silent_es_ed) {
            count -= 1;
        }
        count.max(1)
    }

    /// How hard some lines are to read, all together.
    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    pub struct Reading {
        pub sentences: usize,
        pub words: usize,
        pub syllables: usize,
    }

    impl Reading {
        pub fn of(lines: &[String]) -> Reading {
            let mut r = Reading::default();
            for line in lines {
                for s in sentences(line) {
                    let w = words(&s);
                    r.sentences += 1;
                    r.words += w.len();
                    r.syllables += w.iter().map(|w| syllables(w)).sum::<usize>();
                }
            }
            r
        }

        fn per(&self) -> (f64, f64) {
            let s = self.sentences.max(1) as f64;
            let w = self.words.max(1) as f64;
            (self.words as f64 / s, self.syllables as f64 / w)
        }

        /// The Flesch–Kincaid grade level.
        pub fn grade(&self) -> f64 {
            let (wps, spw) = self.per();
            0.39 * wps + 11.8 * spw - 15.59
        }

        /// The Flesch reading ease (higher is easier; 80 and up is easy).
        pub fn ease(&self) -> f64 {
            let (wps, spw) = self.per();
            206.835 - 1.015 * wps - 84.6 * spw
        }
    }

    /// The banned word this line uses, if any (bar those `may_use`).
    pub fn banned(line: &str, may_use: &[&str]) -> Option<&'static str> {
        let lower = line.to_lowercase();
        let tokens = words(&lower);
        BANNED
            .iter()
            .filter(|b| !may_use.contains(b))
            .find(|b| {
                if b.contains('-') {
                    return lower.contains(*b);
                }
                tokens.iter().any(|t| {
                    let t = t.trim_end_matches("'s");
                    t == **b
                        || [
                            "s", "es", "ed", "d", "ing", "ting", "ped", "ping", "ged", "ging",
                            "ers", "er",
                        ]
                        .iter()
                        .any(|end| t.strip_suffix(end) == Some(b))
                })
            })
            .copied()
    }

    /// Long words in a line: 4 syllables or more, or over 12 letters.
    pub fn long_words(line: &str) -> Vec<String> {
        words(line)
            .into_iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .filter(|w| syllables(w) >= 4 || w.chars().count() > 12)
            .filter(|w| !LONG_WORDS_KEPT.contains(&w.as_str()))
            .collect()
    }

    /// Everything not plain about one screen's words, by `rules`.
    pub fn problems(screen: &str, lines: &[String], rules: &Rules) -> Vec<String> {
        let mut out = Vec::new();
        for line in lines {
            for s in sentences(line) {
                let n = words(&s).len();
                if n > rules.longest_sentence {
                    out.push(format!("{screen}: {s:?} has {n} words"));
                }
            }
            if let Some(b) = banned(line, rules.may_use) {
                out.push(format!("{screen}: {line:?} uses {b:?}"));
            }
            if rules.check_long_words {
                for w in long_words(line) {
                    out.push(format!("{screen}: {line:?} has the long word {w:?}"));
                }
            }
        }
        let r = Reading::of(lines);
        if r.grade() > rules.highest_grade {
            out.push(format!(
                "{screen}: reading grade {:.1} is over {} ({r:?})",
                r.grade(),
                rules.highest_grade
            ));
        }
        if let Some(lowest) = rules.lowest_ease {
            if r.ease() < lowest {
                out.push(format!(
                    "{screen}: reading ease {:.1} is under {lowest} ({r:?})",
                    r.ease()
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::plan::{PlanProblem, READY_QUESTIONS, SHORTEST};
    use crate::meeting::TimedStep;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    /// The words of each table screen, as a person at the table meets them.
    fn table_screens() -> Vec<(String, Vec<String>)> {
        let mut screens = Vec::new();
        for step in Step::all(2) {
            let w = step_words(step);
            let mut lines = vec![w.heading.to_string(), w.picture.to_string()];
            lines.extend(owned(w.lines));
            let extra: Vec<String> = match step {
                Step::Brew => owned(&[THEME, OPENING]),
                Step::Principles => PRINCIPLES
                    .iter()
                    .flat_map(|p| [p.words.to_string(), p.line.to_string()])
                    .collect(),
                Step::Thinking(_) => vec![
                    QUESTIONS_HEADING.to_string(),
                    question_heading(0, 1),
                    question_heading(1, 2),
                    timer::READY.to_string(),
                    time_words(60_000, true, false),
                    time_words(20_000, true, false),
                    time_words(0, true, false),
                ],
                Step::Turns(_) => vec![
                    turns::WAITING.to_string(),
                    turns::FINISHED.to_string(),
                    turns::MORE_TO_COME.to_string(),
                    turns::person(2, 6),
                    turns::people(6),
                    turns::people(1),
                    controls::NEXT_PERSON.to_string(),
                    controls::PASS.to_string(),
                    controls::ADD_PERSON.to_string(),
                    controls::REMOVE_PERSON.to_string(),
                    timer::NOBODY_CUT_OFF.to_string(),
                ],
                Step::TalkAbout => vec![
                    QUESTIONS_HEADING.to_string(),
                    timer::NO_CLOCK.to_string(),
                    controls::CLOCK_ON.to_string(),
                    THOUGHTS_SO_FAR.to_string(),
                ],
                Step::Thanks => vec![
                    thanks::turns_taken(0),
                    thanks::turns_taken(1),
                    thanks::turns_taken(5),
                    thanks::turns_passed(0),
                    thanks::turns_passed(1),
                    thanks::NEXT.to_string(),
                ],
                Step::Timekeeper | Step::StillTime => Vec::new(),
            };
            lines.extend(extra);
            screens.push((format!("step {:?}", step), lines));
        }
        let mut every = owned(&[
            APP_NAME,
            controls::BACK,
            controls::NEXT_STEP,
            controls::OUR_PRINCIPLES,
            controls::CLOSE,
            controls::START,
            controls::PAUSE,
            controls::CARRY_ON,
            controls::MORE_TIME,
            controls::CLOCK_OFF,
            controls::CLOCK_ON,
            controls::SOUND,
            controls::SOUND_ON,
            controls::SOUND_OFF,
            controls::STEP_NAV,
            controls::CLOCK_CONTROLS,
            PRINCIPLES_HEADING,
            timer::TIME_UP,
            timer::PAUSED,
            timer::LABEL,
            host::OPEN,
        ]);
        every.push(step_count(3, 8));
        every.push(time_words(45_000, false, true));
        for a in [
            Announcement::StepStarted(Step::Thinking(0)),
            Announcement::MinutesLeft(1),
            Announcement::MinutesLeft(5),
            Announcement::ThirtySecondsLeft,
            Announcement::TimeUp,
            Announcement::NextPerson { k: 2, of: 6 },
            Announcement::EveryoneHasSpoken,
        ] {
            every.push(announcement(a));
            every.push(spoken(a));
        }
        screens.push(("every step".into(), every));
        let mut tools = owned(&[
            screen::TURN,
            screen::BOTH_SIDES,
            screen::READ_OUT,
            screen::STOP_READING,
            screen::HOW_IT_LOOKS,
            screen::LOOK_HINT,
            screen::TEXT_SIZE,
            screen::STANDARD,
            screen::LARGE,
            screen::LARGEST,
            screen::STRONG_COLOURS,
            screen::STRONG_HINT,
            screen::VIEW_TOOLS,
            screen::NO_CLOCK_SPOKEN,
        ]);
        tools.extend([
            screen::time_left(90_000, false),
            screen::time_left(120_000, false),
            screen::time_left(1_000, false),
            screen::time_left(45_000, true),
            screen::time_left(0, false),
        ]);
        screens.push(("screen tools".into(), tools));
        let mut form = owned(&[
            thought::ADD,
            thought::ADD_LASTING,
            thought::LABEL,
            thought::HINT,
            thought::HINT_SHOWN,
            thought::SAVE,
            thought::CANCEL,
            thought::SAVING,
            thought::SAVED,
            thought::UNDO,
            thought::UNDONE,
            thought::EMPTY,
            thought::CUT,
            thought::FULL,
            thought::BROKEN,
            thought::UNDO_FAILED,
        ]);
        form.extend([
            thought::chars_left(40),
            thought::chars_left(1),
            thought::chars_left(-3),
            thought::chars_left(-1),
            thought::too_long(1_200),
        ]);
        screens.push(("add a thought".into(), form));
        screens.push((
            "notices".into(),
            owned(&[
                problems::NO_STORAGE,
                problems::PROGRESS_NOT_SAVED,
                problems::FULL,
                problems::UNREADABLE,
                problems::UNREADABLE_THOUGHTS,
                problems::NEWER,
                problems::QUICK_COPY_FAILED,
                problems::NOT_DURABLE,
                problems::PART_MISSING,
                controls::TRY_AGAIN,
                host::FOR_HOST,
                host::SAVE_CSV,
            ]),
        ));
        screens.push(("crash page".into(), crash_words()));
        screens.push(("ready questions".into(), owned(&READY_QUESTIONS)));
        let mut file = owned(&files::CSV_HEADER);
        file.extend(owned(&[
            files::THOUGHT,
            files::LASTING,
            files::OPENING,
            files::QUESTIONS,
            files::NO_THOUGHTS,
            files::OTHER_THOUGHTS,
            files::THOUGHTS,
            files::LASTING_THOUGHTS,
            files::HOW_IT_WENT,
            files::HOW_LONG,
        ]));
        file.extend([
            files::tables(&["Table 2".into()]),
            files::tables(&["Table 2".into(), "Table 3".into()]),
            files::dated("Feeling at home", "Wednesday 25 November 2026"),
            files::numbered_question(1, READY_QUESTIONS[2]),
            files::step_took(
                &files::step_of_question("Have your say", 1),
                &files::duration(750_000),
            ),
            files::duration(0),
            files::duration(3_900_000),
            files::duration(7_500_000),
            thanks::turns_taken(5),
            thanks::turns_passed(2),
        ]);
        screens.push(("saved files".into(), file));
        screens
    }

    fn crash_words() -> Vec<String> {
        owned(&[
            problems::CRASH_TITLE,
            problems::CRASH_BODY,
            problems::CRASH_BODY_NO_STORAGE,
            problems::CRASH_BUTTON,
            problems::NO_SCRIPT,
        ])
    }

    /// Every host problem message, with what it must name.
    fn host_problems() -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = vec![
            (host::PIN_WRONG.into(), vec!["PIN".into()]),
            (host::BAD_PIN.into(), vec!["PIN".into(), "4 numbers".into()]),
            (host::PIN_NOT_KEPT.into(), vec!["PIN".into()]),
            (host::SAVE_FAILED.into(), vec!["file".into()]),
            (host::DELETE_MUST_TYPE.into(), vec!["delete".into()]),
            (host::DELETE_FAILED.into(), vec!["meeting".into()]),
            (host::BRING_IN_FAILED.into(), vec!["thoughts".into()]),
            (host::SPACE_WARNING.into(), vec!["space".into()]),
            (problems::HOST_NEEDS_STORAGE.into(), vec!["storage".into()]),
            (files::TOO_BIG.into(), vec!["5 MB".into()]),
            (files::NOT_OURS.into(), vec!["file".into()]),
            (files::DAMAGED.into(), vec!["file".into()]),
            (files::NEWER.into(), vec!["newer".into()]),
        ];
        for p in [PlanProblem::NoQuestions, PlanProblem::EmptyQuestion(1)] {
            out.push((host::plan_problem(&p), vec!["question".into()]));
        }
        for p in [PlanProblem::TooFewPeople, PlanProblem::TooManyPeople] {
            out.push((
                host::plan_problem(&p),
                vec![host::PEOPLE.into(), "1 to 30".into()],
            ));
        }
        for step in TimedStep::ALL {
            out.push((
                host::plan_problem(&PlanProblem::TimeOutOfRange(step)),
                vec![
                    host::time_label(step).into(),
                    host::duration(SHORTEST),
                    host::duration(step.longest()),
                ],
            ));
        }
        out
    }

    fn host_screens() -> Vec<(String, Vec<String>)> {
        use host::*;
        let mut setup = owned(&[
            SETUP,
            THEME,
            THEME_HINT,
            TABLE,
            TABLE_HINT,
            QUESTIONS,
            READY,
            NEW_QUESTION,
            ADD_QUESTION,
            PEOPLE,
            THINKING,
            TURN,
            TALK,
            TALK_HINT,
            NO_CLOCK,
            SOUND,
            VOLUME,
            SPEECH,
            SPEECH_HINT,
            TRY_SOUND,
            SHOW_THOUGHTS,
            SHOW_THOUGHTS_HINT,
            ONE_AT_A_TIME,
            ONE_AT_A_TIME_HINT,
            screen::SHOW_DIGITS,
            screen::SHOW_DIGITS_HINT,
            OPENING,
            OPENING_HINT,
            PIN_SET,
            PIN_SET_HINT,
            SAVE_SETUP,
            SETUP_SAVED,
            ON,
            OFF,
        ]);
        setup.extend([
            question_n(2),
            move_up(2),
            move_down(2),
            remove(2),
            pick(3),
            duration(30_000),
            duration(90_000),
            duration(600_000),
        ]);
        let mut files_screen = owned(&[
            FILES,
            FILES_HINT,
            SAVE_CSV,
            SAVE_RECORD,
            PRINT,
            SAVE_TEXT,
            THOUGHTS,
            NO_THOUGHTS,
            LASTING,
            BRING_IN,
            BRING_IN_HINT,
            CHOOSE_FILES,
            NOTHING_CHANGED,
            files::NO_THOUGHTS_IN_FILE,
        ]);
        files_screen.extend([
            saved_file("notes.csv"),
            thought_count(3),
            thought_count(1),
            files::import_report(14, 2, "Table 3"),
            files::import_report(0, 2, ""),
            files::import_report(1, 1, ""),
            files::import_report(1, 0, "Table 3"),
        ]);
        let mut meetings = owned(&[
            MEETINGS,
            THIS_MEETING,
            OPEN_MEETING,
            NEW_MEETING,
            NEW_MEETING_HINT,
            SAVED_TO_FILE,
            NOT_SAVED_TO_FILE,
            NO_NAME,
            DELETE,
            DELETE_ASK,
            DELETE_SAVED,
            DELETE_NOT_SAVED,
            DELETE_TYPE,
            DELETE_YES,
            DELETE_NO,
            DELETED,
            SPACE,
            BACKUPS,
            BACKUPS_HINT,
        ]);
        meetings.extend([space_used(45), backup_n(2)]);
        let ask = owned(&[
            OPEN, ASK, ASK_HINT, YES, NO, PIN_LABEL, PIN_OPEN, HEADING, BACK,
        ]);
        let mut tablet = owned(&[
            UPDATE_READY,
            UPDATE_HINT,
            UPDATE_WHEN,
            UPDATE_NOW,
            THIS_TABLET,
            FILL_SCREEN,
            FILL_SCREEN_HINT,
            KEPT,
            MAY_CLEAR,
            MAY_CLEAR_WHY,
            ADD_TO_HOME,
            SAVE_EACH_TIME,
            SEND_CSV,
            SEND_RECORD,
            SEND_CANCELLED,
            SEND_FAILED,
        ]);
        tablet.push(sent_file("over-a-brew.csv"));
        let problems_screen = host_problems().into_iter().map(|(m, _)| m).collect();
        vec![
            ("host: this tablet".into(), tablet),
            ("host: the way in".into(), ask),
            ("host: set-up".into(), setup),
            ("host: files".into(), files_screen),
            ("host: meetings".into(), meetings),
            ("host: problems".into(), problems_screen),
        ]
    }

    #[test]
    fn table_words_are_plain() {
        let mut found = Vec::new();
        for (screen, lines) in table_screens() {
            found.extend(check::problems(&screen, &lines, &check::TABLE));
        }
        assert!(found.is_empty(), "{found:#?}");
    }

    /// Names of months and days are names: no reading grade, but no banned
    /// or long words either.
    #[test]
    fn month_and_day_names_are_plain() {
        for name in files::MONTHS.iter().chain(files::DAYS.iter()) {
            assert_eq!(check::banned(name, &[]), None);
            assert!(check::long_words(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn host_words_are_plain() {
        let mut found = Vec::new();
        for (screen, lines) in host_screens() {
            found.extend(check::problems(&screen, &lines, &check::HOST));
        }
        assert!(found.is_empty(), "{found:#?}");
    }

    /// Every problem for the host says what is wrong and what to do.
    #[test]
    fn host_problems_say_what_is_wrong_and_what_to_do() {
        const DO: [&str; 10] = [
            "add", "write", "type", "pick", "choose", "try", "save", "update", "ask", "tell",
        ];
        for (message, names) in host_problems() {
            for name in names {
                assert!(
                    message.contains(&name),
                    "{message:?} does not name {name:?}"
                );
            }
            let sentences = check::sentences(&message);
            assert!(
                sentences.len() >= 2,
                "{message:?}: what is wrong, then what to do"
            );
            let acts = sentences[1..].iter().any(|s| {
                check::words(s)
                    .first()
                    .is_some_and(|w| DO.contains(&w.as_str()))
            });
            assert!(acts, "{message:?} does not say what to do");
        }
    }

    /// The string literals in `source`, outside comments, unescaped.
    fn literals(source: &str) -> Vec<String> {
        let code: Vec<&str> = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        let code = code.join("\n");
        let mut out = Vec::new();
        let mut chars = code.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut lit = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        if let Some(n) = chars.next() {
                            lit.push(n);
                        }
                    }
                    '"' => break,
                    c => lit.push(c),
                }
            }
            out.push(lit);
        }
        out
    }

    /// Every string written in this file (all but the checker and these
    /// tests) is on a screen checked above, so no words escape the check.
    #[test]
    fn every_string_here_is_checked() {
        let source = include_str!("text.rs");
        let words_part = source.split("pub mod check {").next().unwrap_or("");
        let mut lines: Vec<String> = table_screens()
            .into_iter()
            .chain(host_screens())
            .flat_map(|(_, l)| l)
            .collect();
        lines.extend(
            files::MONTHS
                .iter()
                .chain(files::DAYS.iter())
                .map(|s| s.to_string()),
        );
        let all = lines.join("\n");
        let found = literals(words_part);
        assert!(found.len() > 150, "only {} strings found", found.len());
        let mut missing = Vec::new();
        // Picture names are file names, not words on screen.
        let pictures: Vec<&str> = PRINCIPLES.iter().map(|p| p.picture).collect();
        for lit in found
            .into_iter()
            .filter(|l| !pictures.contains(&l.as_str()))
        {
            // Outside the braces of a format string (inside are names).
            for piece in lit.split(['{', '}']).step_by(2).map(str::trim) {
                let wordy = piece.chars().filter(|c| c.is_alphabetic()).count() > 1;
                if wordy && !all.contains(piece) {
                    missing.push(piece.to_string());
                }
            }
        }
        assert!(missing.is_empty(), "not checked: {missing:#?}");
    }

    #[test]
    fn the_plain_check_can_fail() {
        let one = |line: &str| check::problems("test", &[line.to_string()], &check::TABLE);
        // A hard sentence.
        let hard = "Participants' contributions are systematically documented for organisational accountability.";
        let found = one(hard);
        assert!(
            found.iter().any(|p| p.contains("reading grade")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("reading ease")),
            "{found:?}"
        );
        assert!(found.iter().any(|p| p.contains("long word")), "{found:?}");
        assert!(found.iter().any(|p| p.contains("participant")), "{found:?}");
        // A sentence of 16 short words.
        assert!(one(&"tea ".repeat(16))
            .iter()
            .any(|p| p.contains("16 words")));
        assert!(one(&"tea ".repeat(15)).is_empty());
        // Each banned word, even with an ending, but not inside another word.
        for b in check::BANNED {
            assert!(!one(&format!("The {b} is here.")).is_empty(), "{b}");
        }
        assert!(!one("Reload the page.").is_empty());
        assert!(!one("Export your meetings.").is_empty());
        assert!(!one("Try the apps.").is_empty());
        assert!(one("What happens next? Apply some jam.").is_empty());
        // Host words may be longer, and name storage.
        let host = |line: &str| check::problems("test", &[line.to_string()], &check::HOST);
        let twenty = "tea ".repeat(20);
        assert!(host(&twenty).is_empty());
        assert!(!host(&format!("{twenty} tea")).is_empty());
        assert!(host("The storage is full. Save a file.").is_empty());
        assert!(!host("The session data is full. Save a file.").is_empty());
        assert!(!host(hard).is_empty());
    }

    #[test]
    fn syllables_and_sentences_by_rule_of_thumb() {
        for (word, n) in [
            ("tea", 1),
            ("brew", 1),
            ("table", 2),
            ("minutes", 2),
            ("started", 2),
            ("thoughts", 1),
            ("everyone", 3),
            ("together", 3),
            ("you", 1),
            ("respectfully", 4),
            ("organisational", 6),
            ("30", 2),
            ("1,000", 3),
        ] {
            assert_eq!(check::syllables(word), n, "{word}");
        }
        assert_eq!(
            check::sentences("Hello. Is 1.5 cups fine? Yes!\nA heading"),
            vec!["Hello.", "Is 1.5 cups fine?", "Yes!", "A heading"]
        );
        assert_eq!(
            check::words("It's OK, Sam's cup."),
            vec!["it's", "ok", "sam's", "cup"]
        );
    }

    /// The crash page and the words for no JavaScript are plain HTML in
    /// both pages: the words there are these, and only these.
    #[test]
    fn crash_page_words_match() {
        let known = crash_words();
        for page in [include_str!("../index.html"), include_str!("../host.html")] {
            for words in &known {
                assert!(
                    page.contains(words.as_str()),
                    "{words:?} missing from a page"
                );
            }
            let body = page
                .split("<body>")
                .nth(1)
                .and_then(|b| b.split("</body>").next())
                .unwrap_or("");
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push('\n');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            assert!(lines.len() >= 5, "{lines:?}");
            for line in lines {
                assert!(
                    known.iter().any(|k| k == line),
                    "{line:?} is not in text.rs"
                );
            }
        }
    }

    #[test]
    fn time_words_match_the_clock() {
        assert_eq!(time_words(60_000, true, false), "1 minute left");
        assert_eq!(time_words(120_000, true, false), "2 minutes left");
        assert_eq!(time_words(30_000, true, false), "1 minute left");
        assert_eq!(time_words(29_999, true, false), "Less than 30 seconds left");
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

    #[test]
    fn the_thought_hint_says_who_sees_it() {
        assert!(thought::hint(false).contains("Please don't write anyone's name."));
        assert!(!thought::hint(false).contains("whole table"));
        assert!(thought::hint(true).contains("Please don't write anyone's name."));
        assert!(thought::hint(true).contains("The whole table will see it"));
    }

    #[test]
    fn passes_are_counted_plainly() {
        assert_eq!(thanks::turns_passed(0), "No turns were passed.");
        assert_eq!(thanks::turns_passed(1), "1 turn was passed.");
        assert_eq!(thanks::turns_passed(3), "3 turns were passed.");
    }

    #[test]
    fn plan_problems_name_the_range() {
        assert_eq!(
            host::plan_problem(&PlanProblem::TimeOutOfRange(TimedStep::Thinking)),
            "Thinking time is too short or too long. Pick a time from 30 seconds to 10 minutes, or No clock."
        );
        assert_eq!(
            host::plan_problem(&PlanProblem::TooManyPeople),
            "Number of people must be from 1 to 30. Type a number in that range."
        );
        assert_eq!(
            host::plan_problem(&PlanProblem::EmptyQuestion(0)),
            "Question 1 is empty. Write the question, or take it away."
        );
    }

    #[test]
    fn durations_in_words() {
        use files::duration;
        assert_eq!(duration(0), "less than a minute");
        assert_eq!(duration(-5), "less than a minute");
        assert_eq!(duration(29_999), "less than a minute");
        assert_eq!(duration(30_000), "1 minute");
        assert_eq!(duration(89_999), "1 minute");
        assert_eq!(duration(90_000), "2 minutes");
        assert_eq!(duration(59 * 60_000), "59 minutes");
        assert_eq!(duration(60 * 60_000), "1 hour");
        assert_eq!(duration(65 * 60_000), "1 hour 5 minutes");
        assert_eq!(duration(61 * 60_000), "1 hour 1 minute");
        assert_eq!(duration(120 * 60_000), "2 hours");
        assert!(!duration(i64::MAX).is_empty());
    }

    #[test]
    fn import_reports_count_plainly() {
        use files::import_report;
        assert_eq!(
            import_report(14, 2, "Table 3"),
            "Added 14 thoughts from Table 3. 2 were already here."
        );
        assert_eq!(
            import_report(1, 0, "Table 3"),
            "Added 1 thought from Table 3."
        );
        assert_eq!(
            import_report(2, 1, "Table 3"),
            "Added 2 thoughts from Table 3. 1 was already here."
        );
        assert_eq!(import_report(3, 0, ""), "Added 3 thoughts.");
        assert_eq!(import_report(1, 0, ""), "Added 1 thought.");
        assert_eq!(
            import_report(0, 5, "Table 3"),
            "No new thoughts. 5 were already here."
        );
        assert_eq!(
            import_report(0, 1, ""),
            "No new thoughts. 1 was already here."
        );
        assert_eq!(
            import_report(0, 0, "Table 3"),
            "There were no thoughts in this file."
        );
    }

    #[test]
    fn time_left_in_words() {
        use screen::time_left;
        assert_eq!(time_left(120_000, false), "2 minutes left.");
        assert_eq!(time_left(90_000, false), "1 minute and 30 seconds left.");
        assert_eq!(time_left(59_001, false), "1 minute left.");
        assert_eq!(time_left(1_000, false), "1 second left.");
        assert_eq!(time_left(45_000, true), "Paused. 45 seconds left.");
        assert_eq!(time_left(0, false), "Time is up.");
        assert_eq!(time_left(-5_000, true), "Time is up.");
    }
}
