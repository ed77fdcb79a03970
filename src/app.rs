//! The browser shell's heart: one signal holding the meeting.
//!
//! `dispatch(msg)` reads the clock once, updates the meeting, and carries out
//! the cues it returns. The installers below keep the world in step: a ticker
//! that asks for a redraw, the wake lock, and catching up when the page comes back.

use crate::meeting::thought::{Thought, ThoughtProblem};
use crate::meeting::thoughts::{merge, ThoughtSet};
use crate::meeting::{Cue, Meeting, Msg, Plan};
use crate::platform::{self, clock, page, sound, speech, wake};
use crate::store::schema;
use crate::store::thoughts::{self, NotSaved};
use crate::store::{self, Loaded, Notice, Placed};
use crate::text;
use leptos::prelude::*;

/// Where the table page's `later` module is: the part of the app that is
/// fetched just after the first step is on screen (see `ui::later`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    Coming,
    Here,
    /// It could not be fetched (no network on a first visit).
    Missing,
}

/// What covers the step screen for a while.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    None,
    Principles,
    AddThought,
    /// "Are you running this meeting?"
    HostAsk,
    /// The host's PIN is asked for.
    HostPin,
    /// Host tools are open.
    Host,
    /// The printable summary.
    Summary,
}

impl Panel {
    /// One of the host's screens.
    pub fn is_host(self) -> bool {
        matches!(
            self,
            Panel::HostAsk | Panel::HostPin | Panel::Host | Panel::Summary
        )
    }
}

/// What the table is told after saving or taking back a thought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThoughtNote {
    /// Saved; "Undo" is offered until the note goes (30 seconds).
    Saved {
        id: String,
    },
    Undone,
    /// Shown in the form, with the text still in the box.
    Problem(String),
}

/// How long "Undo" is offered after a thought is saved.
pub const UNDO_FOR_MS: u32 = 30_000;

/// The app's state, cheap to copy into every component.
#[derive(Clone, Copy)]
pub struct App {
    pub meeting: RwSignal<Meeting>,
    /// What the polite live region says now.
    pub said: RwSignal<String>,
    pub panel: RwSignal<Panel>,
    /// Problems with storage, in plain words, shown on every screen.
    pub notices: RwSignal<Vec<Notice>>,
    /// The thoughts of this meeting (as kept in storage).
    pub thoughts: RwSignal<ThoughtSet>,
    /// What is typed in "Add a thought" and not yet saved.
    pub draft: RwSignal<String>,
    pub thought_note: RwSignal<Option<ThoughtNote>>,
    /// A thought is being written to storage.
    pub saving: RwSignal<bool>,
    /// Where the table page's `later` module is (see `ui::later`).
    pub later: RwSignal<Later>,
    /// This page made a new, empty meeting at start (none was stored).
    pub fresh: bool,
}

impl App {
    fn new(loaded: Loaded, thoughts: ThoughtSet, draft: String) -> Self {
        let panel = if draft.is_empty() {
            Panel::None
        } else {
            Panel::AddThought
        };
        App {
            meeting: RwSignal::new(loaded.meeting),
            said: RwSignal::new(String::new()),
            panel: RwSignal::new(panel),
            notices: RwSignal::new(loaded.notices),
            thoughts: RwSignal::new(thoughts),
            draft: RwSignal::new(draft),
            thought_note: RwSignal::new(None),
            later: RwSignal::new(Later::Coming),
            fresh: loaded.fresh,
            saving: RwSignal::new(false),
        }
    }

    /// Show a panel (or the step, with `Panel::None`) and move focus to
    /// the element with id `focus` once it is drawn.
    pub fn open(self, panel: Panel, focus: &'static str) {
        self.panel.set(panel);
        request_animation_frame(move || page::focus(focus));
    }

    fn meeting_id(self) -> String {
        self.meeting.with_untracked(|m| m.id.clone())
    }

    fn add_notice(self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    /// Keep typed text, on screen and in storage (a reload must not lose
    /// it), and durably a moment after typing pauses (nor a killed browser).
    pub fn set_draft(self, text: String) {
        let id = self.meeting_id();
        thoughts::save_draft(&id, &text);
        keep_draft_durably(id, text.clone(), DRAFT_PAUSE_MS);
        self.draft.set(text);
    }

    /// Close "Add a thought" without saving; the typed text is dropped.
    pub fn cancel_thought(self) {
        self.set_draft(String::new());
        self.thought_note.set(None);
        self.panel.set(Panel::None);
    }

    /// Save what is typed as a thought: durably, then the quick copy. Only
    /// then does the text leave the screen and "Your thought is saved" show.
    pub fn save_thought(self) {
        if self.saving.get_untracked() {
            return;
        }
        let now = clock::now();
        let made = self
            .meeting
            .with_untracked(|m| Thought::new(store::new_id(), m, &self.draft.get_untracked(), now));
        let thought = match made {
            Ok(t) => t,
            Err(ThoughtProblem::Empty) => {
                return self.thought_problem(text::thought::EMPTY.to_string());
            }
            Err(ThoughtProblem::TooLong { chars }) => {
                return self.thought_problem(text::thought::too_long(chars));
            }
        };
        self.saving.set(true);
        // The durable draft waits: the thought itself is being kept.
        DRAFT_TIMER.with(|t| t.borrow_mut().take());
        leptos::task::spawn_local(async move {
            let memory = self.thoughts.get_untracked();
            let (set, result) = thoughts::save(&thought, &memory, now).await;
            if result.is_ok() {
                // The draft goes before "saved" shows, so a browser killed
                // then never brings the saved words back into the box.
                let _ = thoughts::save_durable_draft(&thought.meeting, "").await;
            }
            self.saving.set(false);
            match result {
                Ok(notice) => {
                    self.thoughts.set(set);
                    if let Some(n) = notice {
                        self.add_notice(n);
                    }
                    self.set_draft(String::new());
                    self.panel.set(Panel::None);
                    let id = thought.id.clone();
                    self.thought_note
                        .set(Some(ThoughtNote::Saved { id: id.clone() }));
                    self.announce(text::thought::SAVED.to_string());
                    request_animation_frame(|| page::focus("add-thought"));
                    // Undo is offered for 30 seconds.
                    gloo_timers::callback::Timeout::new(UNDO_FOR_MS, move || {
                        if self.thought_note.get_untracked() == Some(ThoughtNote::Saved { id }) {
                            self.thought_note.set(None);
                        }
                    })
                    .forget();
                }
                Err(why) => {
                    // The text stays in the box, and stays kept as a draft.
                    keep_draft_durably(thought.meeting.clone(), self.draft.get_untracked(), 0);
                    self.thought_problem(match why {
                        NotSaved::Full => text::thought::FULL.to_string(),
                        NotSaved::Broken => text::thought::BROKEN.to_string(),
                    });
                }
            }
        });
    }

    fn thought_problem(self, words: String) {
        self.thought_note.set(Some(ThoughtNote::Problem(words)));
        request_animation_frame(|| page::focus("thought-problem"));
    }

    /// "Undo": take the thought back from both places.
    pub fn undo_thought(self, id: String) {
        leptos::task::spawn_local(async move {
            let now = clock::now();
            let memory = self.thoughts.get_untracked();
            let (set, result) = thoughts::take_back(&self.meeting_id(), &id, &memory, now).await;
            self.thoughts.set(set);
            let note = match result {
                Ok(()) => ThoughtNote::Undone,
                Err(_) => ThoughtNote::Problem(text::thought::UNDO_FAILED.to_string()),
            };
            if let ThoughtNote::Undone = note {
                self.announce(text::thought::UNDONE.to_string());
            }
            self.thought_note.set(Some(note));
        });
    }

    /// Apply a message now, then carry out its cues.
    pub fn dispatch(self, msg: Msg) {
        let now = clock::now();
        let cues = self
            .meeting
            .try_update(|m| m.update(msg, now))
            .unwrap_or_default();
        self.carry_out(cues);
    }

    fn carry_out(self, cues: Vec<Cue>) {
        for cue in cues {
            match cue {
                Cue::Save => self.save(),
                Cue::Chime => {
                    let volume = self.meeting.with_untracked(|m| m.plan.volume);
                    sound::chime(volume);
                }
                Cue::Announce(a) => self.announce(text::announcement(a)),
                Cue::Speak(a) => speech::say(&text::spoken(a)),
            }
        }
    }

    /// Save a file to the tablet and remember that the meeting was saved.
    /// Returns the words for the status line.
    pub fn save_file(self, file: &crate::export::File) -> String {
        match crate::platform::download::save(&file.name, file.mime, &file.body) {
            Ok(()) => {
                self.dispatch(Msg::SavedToFile);
                text::host::saved_file(&file.name)
            }
            Err(_) => text::host::SAVE_FAILED.to_string(),
        }
    }

    /// Say something politely to screen-reader users.
    pub fn announce(self, words: String) {
        // Clear first so the same words twice are still read out.
        self.said.set(String::new());
        request_animation_frame(move || self.said.set(words));
    }

    /// Save the meeting's place; if another tab or window has saved a newer
    /// one meanwhile, follow that one instead of writing over it.
    fn save(self) {
        let now = clock::now();
        let result = match self.meeting.with_untracked(|m| store::save_place(m, now)) {
            Ok(Placed::Written(revision)) => {
                self.meeting.update_untracked(|m| m.revision = revision);
                Ok(())
            }
            Ok(Placed::Newer(theirs)) => {
                self.meeting.set(*theirs);
                Ok(())
            }
            Err(e) => Err(e),
        };
        self.notices.update(|n| store::note_result(n, result));
    }
}

/// How long typing pauses before the draft is kept durably.
const DRAFT_PAUSE_MS: u32 = 300;

thread_local! {
    /// The durable write of the draft that waits for typing to pause.
    static DRAFT_TIMER: std::cell::RefCell<Option<gloo_timers::callback::Timeout>> =
        const { std::cell::RefCell::new(None) };
}

/// Keep `text` as the durable draft of `meeting` after `pause_ms` (an empty
/// text at once). A newer call replaces one still waiting.
fn keep_draft_durably(meeting: String, text: String, pause_ms: u32) {
    let at_once = pause_ms == 0 || text.is_empty();
    let write = move || {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = thoughts::save_durable_draft(&meeting, &text).await;
        });
    };
    DRAFT_TIMER.with(|t| {
        // Dropping a waiting Timeout cancels it.
        let mut t = t.borrow_mut();
        *t = None;
        if at_once {
            write();
        } else {
            *t = Some(gloo_timers::callback::Timeout::new(pause_ms, write));
        }
    });
}

/// Load the meeting and its thoughts (shared by both pages).
pub fn boot() -> App {
    install_panic_screen();
    let now = clock::now();
    let mut loaded = store::load(now).unwrap_or_else(|| Loaded {
        meeting: Meeting::new(Plan::default(), store::new_id(), now),
        notices: vec![Notice::NoStorage],
        fresh: true,
    });
    let id = loaded.meeting.id.clone();
    let quick = thoughts::load_quick(&id, now, &mut loaded.notices);
    let draft = thoughts::load_draft(&id);
    App::new(loaded, quick, draft)
}

/// Bring back what only the durable store has: meetings whose quick copy
/// was lost, and a thought that was being typed. The host page runs it at
/// start; the table page once its `later` module is here (`ui::later`).
pub fn recover(app: App) {
    wasm_bindgen_futures::spawn_local(async move {
        recover_lost_meetings(app).await;
        bring_back_draft(app).await;
    });
}

/// A meeting whose quick copy was lost (the browser was killed before
/// localStorage reached the disk) is rebuilt from its durable thoughts. If
/// this page only just made an empty meeting, the recovered one takes its
/// place on screen (no reload, so nothing flickers).
async fn recover_lost_meetings(app: App) {
    let found = thoughts::recover_lost_meetings(clock::now()).await;
    let Some(newest) = found.first() else {
        return;
    };
    let untouched = app
        .meeting
        .with_untracked(|m| m.step == crate::meeting::Step::Brew && m.step_times.is_empty())
        && app.thoughts.with_untracked(|t| t.is_empty());
    if !(app.fresh && untouched) {
        return;
    }
    let now = clock::now();
    if let Some(meeting) = store::load_meeting(newest, now) {
        let empty = app.meeting_id();
        let mut notices = Vec::new();
        let set = thoughts::load_quick(newest, now, &mut notices);
        if store::meetings::open(newest).is_ok() {
            store::forget_meeting(&empty);
            app.meeting.set(meeting);
            app.thoughts.set(set);
        }
    }
}

/// A draft the quick copy lost (a killed browser) comes back from the
/// durable copy, and "Add a thought" opens with it, unless someone has
/// started typing since the page opened. If the meeting's place was lost
/// too (this page made a fresh meeting), the draft of that lost meeting
/// comes to this one: it had no thoughts, or it would have been recovered.
async fn bring_back_draft(app: App) {
    let id = app.meeting_id();
    let quick = app.draft.get_untracked();
    let mut durable = thoughts::load_durable_draft(&id).await;
    let mut orphan = None;
    if durable.is_empty() && quick.is_empty() && app.fresh {
        if let Some((lost, text)) = thoughts::orphan_draft().await {
            durable = text;
            orphan = Some(lost);
        }
    }
    let Some(text) = thoughts::pick_draft(&quick, &durable) else {
        return;
    };
    if let Some(lost) = orphan {
        // Kept under this meeting first, then no longer under the lost one.
        if thoughts::save_durable_draft(&id, &text).await.is_ok() {
            let _ = thoughts::save_durable_draft(&lost, "").await;
        }
    }
    // Someone started typing meanwhile: what they type wins.
    if app.draft.get_untracked() != quick || app.meeting_id() != id {
        return;
    }
    thoughts::save_draft(&id, &text);
    app.draft.set(text);
    if app.panel.get_untracked() == Panel::None {
        app.panel.set(Panel::AddThought);
    }
}

/// Run `f` now, and again whenever a signal it read changes, for as long as
/// the page is open. What `f` needs from its last run it keeps in its own
/// closure, so every page effect has one type and Leptos' effect code is in
/// the download once.
///
/// A render effect, not an `Effect`: Leptos boxes its closure, so one costs
/// the download a few bytes, where each `Effect` cost about 0.7 KB (gzip,
/// measured). It first runs at once, not on the next tick. It must never be
/// dropped (that would stop it), so it is kept for the page's life.
pub fn page_effect(mut f: impl FnMut() + 'static) {
    std::mem::forget(RenderEffect::new(move |_: Option<()>| f()));
}

/// What the table page needs running once it is mounted (called inside the
/// mount, so the effects have an owner and an executor; see `main.rs`).
pub fn install_table(app: App) {
    install_thoughts(app);
    install_follow_meeting(app);
}

/// What the table page needs only once the meeting moves on from its first
/// step: the clock's tick, keeping the screen awake while it runs, sound,
/// and asking the browser to keep this tablet's data. The table page runs
/// it from its `later` module (see `ui::later`).
pub fn install_table_later(app: App) {
    install_ticker(app);
    install_wake_lock(app);
    install_first_tap();
    install_kiosk(app);
}

/// Once the meeting has started (moved on from the first step), ask the
/// browser to keep this tablet's data; and fill the screen at the first tap
/// if the host chose "Fill the screen".
fn install_kiosk(app: App) {
    platform::fullscreen::fill_at_next_tap();
    let started = Memo::new(move |_| app.meeting.with(|m| m.step != crate::meeting::Step::Brew));
    let mut asked = false;
    page_effect(move || {
        if !asked && started.get() {
            platform::persist::ask_soon();
            asked = true;
        }
    });
}

/// Host tools are a page of their own (`host/`, see `bin/host.rs`), so the
/// table's first load stays small. The meeting's place and its timer's
/// deadline are in storage, so going back finds the same step with the timer
/// as it was. Load as for the table, then ask who is there (or go straight in
/// when host tools were already open).
pub fn boot_host() -> App {
    let app = boot();
    recover(app);
    app.panel.set(if page::host_is_open() {
        Panel::Host
    } else {
        Panel::HostAsk
    });
    app
}

/// What the host page needs running once it is mounted.
pub fn install_host(app: App) {
    install_thoughts(app);
    install_follow_meeting(app);
}

/// Another tab or window of this tablet moved the meeting on (a step, a
/// turn, a pause): follow it, if its place is newer than this one's.
fn install_follow_meeting(app: App) {
    let handle = window_event_listener(leptos::ev::storage, move |e| {
        let key = schema::meeting_key(&app.meeting_id());
        if e.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let ours = app.meeting.with_untracked(|m| m.revision);
        if let Some(theirs) = e.new_value().and_then(|raw| store::newer_place(&raw, ours)) {
            app.meeting.set(theirs.restore(clock::now()));
        }
    });
    std::mem::forget(handle);
}

/// Ask for a redraw a few times a second while a clock runs, and at once when
/// the page becomes visible again. Time itself comes from the deadline.
fn install_ticker(app: App) {
    let tick = move || {
        if app.meeting.with_untracked(|m| m.clock.is_running()) {
            app.dispatch(Msg::Tick);
        }
    };
    gloo_timers::callback::Interval::new(250, tick).forget();
    page::on_visible(move || {
        app.dispatch(Msg::Tick);
    });
}

/// Keep the screen awake while a clock runs.
fn install_wake_lock(app: App) {
    let running = Memo::new(move |_| app.meeting.with(|m| m.clock.is_running()));
    page_effect(move || {
        if running.get() {
            wake::keep_awake();
        } else {
            wake::let_sleep();
        }
    });
    page::on_visible(move || {
        if running.get_untracked() {
            wake::keep_awake();
        }
    });
}

/// Browsers allow sound only after a tap.
fn install_first_tap() {
    let handle = window_event_listener(leptos::ev::pointerdown, |_| sound::unlock());
    let keys = window_event_listener(leptos::ev::keydown, |_| sound::unlock());
    // Keep listening: a suspended audio context (tablet slept) is woken again by the next tap.
    std::mem::forget((handle, keys));
}

/// A panic must never leave a dead screen: log it, and show the plain
/// "Something went wrong" page that `index.html` draws without WebAssembly.
/// It says the thoughts are safe only where the tablet can store them.
///
/// The release build (`make dist`) stops at once on a panic: no hook runs,
/// and the WebAssembly trap itself shows that page (`index.html` watches
/// for it). There the hook, and the formatting code it needs, are left out.
#[cfg(panic = "immediate-abort")]
fn install_panic_screen() {}

#[cfg(not(panic = "immediate-abort"))]
fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let crashed = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"overABrewCrashed".into()).ok())
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
        if let Some(f) = crashed {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    }));
}

/// Bring in the durable copy of the thoughts (merged by id with the quick
/// copy), mend either copy that lacks some, and follow other tabs.
fn install_thoughts(app: App) {
    leptos::task::spawn_local(async move {
        let id = app.meeting_id();
        if let Ok(durable) = thoughts::load_durable(&id).await {
            let quick = app.thoughts.get_untracked();
            thoughts::repair_durable(&id, &quick, &durable).await;
            let merged = merge(&quick, &durable);
            let (merged, _) = thoughts::write_quick(&id, &merged, clock::now());
            app.thoughts.set(merged);
        }
    });
    // A thought saved in another tab or window of this tablet.
    let handle = window_event_listener(leptos::ev::storage, move |e| {
        let key = schema::thoughts_key(&app.meeting_id());
        if e.key().as_deref() == Some(key.as_str()) {
            if let Some(raw) = e.new_value() {
                let memory = app.thoughts.get_untracked();
                if let Some(merged) = thoughts::from_other_tab(&memory, &raw) {
                    app.thoughts.set(merged);
                }
            }
        }
    });
    std::mem::forget(handle);
}
