//! The meeting core: pure Rust, no browser.
//!
//! `Meeting::update(msg, now)` is the only way the meeting changes. It returns
//! `Cue`s (save, chime, announce, speak) as data; the browser shell carries
//! them out. Time arrives as data in `now` (wall-clock ms).

pub mod countdown;
pub mod plan;
pub mod sort;
pub mod steps;
pub mod thought;
pub mod thoughts;
pub mod turns;

pub use countdown::{Countdown, Milestone, Ms, MINUTE, MOST};
pub use plan::{Plan, TimedStep};
pub use steps::Step;
pub use turns::{TurnPhase, Turns};

use serde::{Deserialize, Serialize};

/// Everything anyone can do to the meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The clock moved on (the shell sends this a few times a second).
    Tick,
    Next,
    Back,
    /// Start the clock of this step (on "Have your say": the first turn).
    Start,
    Pause,
    CarryOn,
    MoreTime,
    ClockOff,
    ClockOn,
    NextPerson,
    /// The person whose turn it is would rather not speak: on to the next person.
    Pass,
    AddPerson,
    RemovePerson,
    Sound(bool),
    /// The host changed the set-up (checked with `Plan::problems` first).
    SetPlan(Plan),
    /// The meeting was saved to a file at this time.
    SavedToFile,
}

/// Something the shell should do because of an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    /// The saved part of the meeting changed: write it to storage.
    Save,
    /// Play the gentle chime.
    Chime,
    /// Tell screen-reader users, politely.
    Announce(Announcement),
    /// Say it aloud (only when the host turned spoken cues on).
    Speak(Announcement),
}

/// The moments worth announcing. `text.rs` turns them into words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    StepStarted(Step),
    MinutesLeft(i64),
    ThirtySecondsLeft,
    TimeUp,
    NextPerson { k: u32, of: u32 },
    EveryoneHasSpoken,
}

/// How long one visit to a step took.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepTime {
    pub step: Step,
    pub ms: Ms,
}

/// Where a step was left: kept while the meeting lasts, so that "Back" by
/// mistake and then "Next step" finds the step exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub step: Step,
    /// A running clock kept running (its deadline stays); a paused one stays paused.
    pub clock: Countdown,
    /// "More time" given to that clock (see [`Meeting::added`]).
    #[serde(default)]
    pub added: Ms,
    /// Whose turn it was (on "Have your say").
    pub turns: Turns,
}

/// A meeting in progress. The saved part is everything but `now` and `heard`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// A random id, made by the shell.
    pub id: String,
    /// When the meeting was started (wall-clock ms).
    pub created: Ms,
    pub plan: Plan,
    pub step: Step,
    /// This step's clock.
    pub clock: Countdown,
    /// "More time" given to this clock (this turn, on "Have your say"), so
    /// the ring can show the share of the whole of it that is left, after a
    /// reload too. Back to 0 with every fresh clock.
    #[serde(default)]
    pub added: Ms,
    /// Whose turn it is (used on "Have your say" steps).
    pub turns: Turns,
    /// The group can turn the chimes off during the meeting.
    pub sound: bool,
    /// Turns taken in the whole meeting (started, and not passed).
    pub turns_taken: u32,
    /// Turns passed in the whole meeting ("Pass"). Only a number: never who.
    #[serde(default)]
    pub turns_passed: u32,
    /// When the current step began.
    pub step_started: Ms,
    /// How long each earlier step took, in the order they were visited.
    pub step_times: Vec<StepTime>,
    /// When it was last saved to a file, if ever.
    #[serde(default)]
    pub saved_to_file: Option<Ms>,
    /// Where each step left earlier was, one per step, if not as it starts
    /// afresh (see [`Place`]).
    #[serde(default)]
    pub places: Vec<Place>,
    /// One more each time the place is saved (by `store`, not here), so a
    /// second tab never writes an older place over a newer one.
    #[serde(default)]
    pub revision: u64,
    /// The latest clock reading. Never goes backwards while the app runs.
    #[serde(skip)]
    pub now: Ms,
    /// The last milestone already told, so each is told once.
    #[serde(skip)]
    heard: Option<Milestone>,
}

impl Meeting {
    pub fn new(plan: Plan, id: String, now: Ms) -> Self {
        let turns = Turns::new(plan.people);
        let sound = plan.sound;
        Meeting {
            id,
            created: now,
            plan,
            step: Step::Brew,
            clock: Countdown::Off,
            added: 0,
            turns,
            sound,
            turns_taken: 0,
            turns_passed: 0,
            step_started: now,
            step_times: Vec::new(),
            saved_to_file: None,
            places: Vec::new(),
            revision: 0,
            now,
            heard: None,
        }
    }

    /// A meeting rebuilt from its thoughts alone, when its saved place was
    /// lost: the questions and table come from the thoughts; the rest is the
    /// default set-up. It opens on "Thank you" (it has been held).
    pub fn recovered(id: String, created: Ms, thoughts: &[thought::Thought]) -> Self {
        let mut plan = Plan::default();
        let mut questions: Vec<(usize, String)> = thoughts
            .iter()
            .filter_map(|t| Some((t.question_index?, t.question.clone()?)))
            .collect();
        sort::sort(&mut questions);
        questions.dedup_by(|a, b| a.0 == b.0);
        if !questions.is_empty() {
            plan.questions = questions.into_iter().map(|(_, q)| q).collect();
        }
        if let Some(t) = thoughts.iter().find(|t| !t.table.is_empty()) {
            plan.table = t.table.clone();
        }
        let mut m = Meeting::new(plan, id, created);
        m.step = Step::Thanks;
        m
    }

    /// Bring a saved meeting back at `now`: nothing that happened while the
    /// tablet was closed is announced again. Numbers a damaged save could
    /// hold are pulled into range first.
    pub fn restore(mut self, now: Ms) -> Self {
        self.plan.cap_times();
        let rounds = self.plan.rounds();
        self.step = self.step.clamp(rounds);
        self.clock = self.clock.sane(now);
        self.added = self.added.clamp(0, MOST);
        self.turns = sane_turns(self.turns);
        self.places.retain(|p| p.step.clamp(rounds) == p.step);
        for p in &mut self.places {
            p.clock = p.clock.sane(now);
            p.added = p.added.clamp(0, MOST);
            p.turns = sane_turns(p.turns);
        }
        self.now = now;
        self.heard = self.milestone();
        self
    }

    /// Time left on this step's clock now (negative in overtime).
    pub fn left(&self) -> Option<Ms> {
        if self.clock_visible() {
            self.clock.left(self.now)
        } else {
            None
        }
    }

    /// The clock is shown: it is on, and on "Have your say" someone is speaking.
    pub fn clock_visible(&self) -> bool {
        match self.step {
            Step::Turns(_) => self.turns.speaking && self.clock != Countdown::Off,
            _ => self.clock != Countdown::Off,
        }
    }

    /// The full time of this step's clock (for the progress ring): the
    /// host's time, or the step's own when the clock was turned on without
    /// one (as "Turn the clock on" does).
    pub fn clock_length(&self) -> Ms {
        self.timed_step()
            .map(|s| self.plan.length(s).unwrap_or(s.default_length()))
            .unwrap_or(MINUTE)
    }

    /// The whole of this clock, for the ring: the time set plus any "More
    /// time" given to it, and never less than what is left (or than 0).
    pub fn clock_whole(&self) -> Ms {
        let whole = self.clock_length().saturating_add(self.added);
        whole.max(self.left().unwrap_or(0)).max(0)
    }

    /// Which of the host's times this step uses.
    pub fn timed_step(&self) -> Option<TimedStep> {
        timed(self.step)
    }

    /// The one question this step is about, if it is about just one.
    pub fn question(&self) -> Option<&str> {
        self.question_index()
            .and_then(|q| self.plan.questions.get(q))
            .map(String::as_str)
    }

    /// Which question this step is about (from 0), if it is about just one:
    /// with one question at a time, or when there is only one question.
    pub fn question_index(&self) -> Option<usize> {
        match self.questions_now().as_slice() {
            [(q, _)] => Some(*q),
            _ => None,
        }
    }

    /// The questions to show on this step, numbered from 0: this round's
    /// question (or all of them) on thinking time and "Have your say"; all
    /// of them on "Talk about what you heard"; none elsewhere.
    pub fn questions_now(&self) -> Vec<(usize, &str)> {
        match self.step {
            Step::Thinking(r) | Step::Turns(r) => self.plan.round_questions(r),
            Step::TalkAbout => self
                .plan
                .questions
                .iter()
                .map(String::as_str)
                .enumerate()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The clock this step starts with: the host's time, or the default if
    /// someone turns the clock on for a step the host left without one.
    fn fresh_clock(&self, turn_on: bool) -> Countdown {
        self.clock_for(self.step, turn_on)
    }

    fn clock_for(&self, step: Step, turn_on: bool) -> Countdown {
        match timed(step) {
            Some(s) => match self.plan.length(s) {
                Some(len) => Countdown::Ready { length: len }.sane(self.now),
                None if turn_on => Countdown::Ready {
                    length: s.default_length(),
                },
                None => Countdown::Off,
            },
            None => Countdown::Off,
        }
    }

    /// A clock not yet started takes the plan's time; one running or paused
    /// (or turned off while someone speaks) is left as it is.
    fn replanned(&self, step: Step, clock: Countdown, turns: &Turns) -> Countdown {
        let speaking_without_clock =
            matches!(step, Step::Turns(_)) && turns.speaking && clock == Countdown::Off;
        match clock {
            Countdown::Ready { .. } | Countdown::Off if !speaking_without_clock => {
                self.clock_for(step, false)
            }
            other => other,
        }
    }

    fn milestone(&self) -> Option<Milestone> {
        if self.clock.is_running() && self.clock_visible() {
            self.left().map(Milestone::at)
        } else {
            None
        }
    }

    /// Leave this step for `step`: this one's place is kept, and `step`
    /// comes back as it was left, or fresh if it was never left before.
    fn go_to(&mut self, step: Step, cues: &mut Vec<Cue>) {
        self.step_times.push(StepTime {
            step: self.step,
            ms: self.now.saturating_sub(self.step_started).max(0),
        });
        // Kept only if it differs from how the step starts afresh.
        let here = self.step;
        self.places.retain(|p| p.step != here);
        let turns_moved =
            matches!(here, Step::Turns(_)) && self.turns != Turns::new(self.turns.people);
        if turns_moved || self.clock != self.fresh_clock(false) {
            self.places.push(Place {
                step: here,
                clock: self.clock,
                added: self.added,
                turns: self.turns,
            });
        }
        self.step = step;
        self.step_started = self.now;
        // People carry on to the next step; whose turn it was stays with its step.
        let fresh = Turns::new(self.turns.people);
        match self.places.iter().find(|p| p.step == step) {
            Some(p) => {
                self.clock = p.clock;
                self.added = p.added;
                self.turns = if matches!(step, Step::Turns(_)) {
                    p.turns
                } else {
                    fresh
                };
            }
            None => {
                self.turns = fresh;
                self.new_clock(self.fresh_clock(false));
            }
        }
        cues.push(Cue::Announce(Announcement::StepStarted(step)));
    }

    /// Say a milestone in every way the group has asked for.
    fn tell(&self, a: Announcement, cues: &mut Vec<Cue>) {
        let chime = match a {
            Announcement::TimeUp => true,
            Announcement::ThirtySecondsLeft => matches!(self.step, Step::Turns(_)),
            _ => false,
        };
        if chime && self.sound {
            cues.push(Cue::Chime);
        }
        cues.push(Cue::Announce(a));
        let spoken = matches!(
            a,
            Announcement::MinutesLeft(1) | Announcement::TimeUp | Announcement::NextPerson { .. }
        );
        if spoken && self.plan.speech {
            cues.push(Cue::Speak(a));
        }
    }

    /// Apply one message at wall-clock time `now`.
    pub fn update(&mut self, msg: Msg, now: Ms) -> Vec<Cue> {
        // A clock that goes backwards is "no progress".
        self.now = self.now.max(now);
        let mut cues = Vec::new();
        let rounds = self.plan.rounds();
        let mut before = self.clone();
        match msg {
            Msg::Tick => {
                let m = self.milestone();
                if let (Some(m), Some(h)) = (m, self.heard) {
                    if m < h {
                        let a = match m {
                            Milestone::TimeUp => Announcement::TimeUp,
                            Milestone::ThirtySeconds => Announcement::ThirtySecondsLeft,
                            Milestone::Minutes(n) => Announcement::MinutesLeft(n),
                        };
                        self.tell(a, &mut cues);
                    }
                }
                self.heard = m;
                return cues;
            }
            Msg::Next => {
                if let Some(s) = self.step.next(rounds) {
                    self.go_to(s, &mut cues);
                }
            }
            Msg::Back => {
                if let Some(s) = self.step.back(rounds) {
                    self.go_to(s, &mut cues);
                }
            }
            Msg::Start => match self.step {
                Step::Turns(_) if !self.turns.speaking => self.start_next_turn(&mut cues),
                _ => self.clock = self.clock.start(self.now),
            },
            Msg::Pause => self.clock = self.clock.pause(self.now),
            Msg::CarryOn => self.clock = self.clock.start(self.now),
            Msg::MoreTime => {
                let left = self.clock.left(self.now);
                self.clock = self.clock.add_time(MINUTE, self.now);
                if let (Some(before), Some(after)) = (left, self.clock.left(self.now)) {
                    self.added = self
                        .added
                        .saturating_add(after.saturating_sub(before).max(0));
                }
            }
            Msg::ClockOff => self.new_clock(Countdown::Off),
            Msg::ClockOn => {
                if self.clock == Countdown::Off {
                    self.new_clock(self.fresh_clock(true));
                }
            }
            Msg::NextPerson => {
                if matches!(self.step, Step::Turns(_)) {
                    self.start_next_turn(&mut cues);
                }
            }
            Msg::Pass => {
                if matches!(self.step, Step::Turns(_)) && self.turns.speaking {
                    self.turns_taken = self.turns_taken.saturating_sub(1);
                    self.turns_passed = self.turns_passed.saturating_add(1);
                    self.start_next_turn(&mut cues);
                }
            }
            Msg::AddPerson => self.turns.add_person(),
            Msg::RemovePerson => self.turns.remove_person(),
            Msg::Sound(on) => self.sound = on,
            Msg::SetPlan(plan) => self.set_plan(plan),
            Msg::SavedToFile => self.saved_to_file = Some(self.now),
        }
        // Whatever the message did, milestones already passed are not told again.
        self.heard = self.milestone();
        before.heard = self.heard;
        if *self != before {
            cues.insert(0, Cue::Save);
        }
        cues
    }

    /// Take on a new set-up mid-meeting without losing the place: the step
    /// stays (within the questions there are now), a clock not yet started
    /// takes the new time, and a running clock is left as it is.
    fn set_plan(&mut self, plan: Plan) {
        let people_changed = plan.people != self.plan.people;
        self.sound = plan.sound;
        self.plan = plan;
        self.step = self.step.clamp(self.plan.rounds());
        if people_changed && self.turns.started == 0 {
            self.turns = Turns::new(self.plan.people);
        }
        let clock = self.replanned(self.step, self.clock, &self.turns);
        if clock != self.clock {
            self.new_clock(clock);
        }
        // Steps left earlier take the new set-up the same way.
        let rounds = self.plan.rounds();
        let mut places = std::mem::take(&mut self.places);
        places.retain(|p| p.step.clamp(rounds) == p.step);
        for p in &mut places {
            if people_changed && p.turns.started == 0 {
                p.turns = Turns::new(self.plan.people);
            }
            let clock = self.replanned(p.step, p.clock, &p.turns);
            if clock != p.clock {
                p.added = 0;
            }
            p.clock = clock;
        }
        self.places = places;
    }

    /// A new clock for this step or turn: no "More time" given to it yet.
    fn new_clock(&mut self, clock: Countdown) {
        self.clock = clock;
        self.added = 0;
    }

    fn start_next_turn(&mut self, cues: &mut Vec<Cue>) {
        let clock_was_off = self.clock == Countdown::Off;
        if self.turns.next_person() {
            self.turns_taken = self.turns_taken.saturating_add(1);
            self.new_clock(if clock_was_off {
                Countdown::Off
            } else {
                self.fresh_clock(false).start(self.now)
            });
            if let TurnPhase::Speaking { k, of } = self.turns.phase() {
                self.tell(Announcement::NextPerson { k, of }, cues);
            }
        } else {
            if !clock_was_off {
                self.new_clock(self.fresh_clock(false));
            }
            cues.push(Cue::Announce(Announcement::EveryoneHasSpoken));
        }
    }
}

/// Which of the host's times `step` uses.
fn timed(step: Step) -> Option<TimedStep> {
    match step {
        Step::Thinking(_) => Some(TimedStep::Thinking),
        Step::Turns(_) => Some(TimedStep::Turn),
        Step::TalkAbout => Some(TimedStep::Talk),
        _ => None,
    }
}

/// Turns with their numbers in range (a damaged save could hold any).
fn sane_turns(mut t: Turns) -> Turns {
    t.people = t.people.clamp(plan::MIN_PEOPLE, plan::MAX_PEOPLE);
    t.started = t.started.min(t.people);
    t.speaking &= t.started > 0;
    t
}

#[cfg(test)]
mod tests;
