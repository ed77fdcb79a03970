//! The browser shell's heart: one signal holding the meeting.
//!
//! `dispatch(msg)` reads the clock once, updates the meeting, and carries out
//! the cues it returns. The installers below keep the world in step: a ticker
//! that asks for a redraw, the wake lock, and catching up when the page comes back.

use crate::meeting::{Cue, Meeting, Msg, Plan};
use crate::platform::{clock, page, sound, speech, wake};
use crate::store::{self, Loaded, Notice};
use crate::text;
use crate::ui;
use leptos::prelude::*;

/// What covers the step screen for a while.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    None,
    Principles,
}

/// The app's state, cheap to copy into every component.
#[derive(Clone, Copy)]
pub struct App {
    pub meeting: RwSignal<Meeting>,
    /// What the polite live region says now.
    pub said: RwSignal<String>,
    pub panel: RwSignal<Panel>,
    /// Problems with storage, in plain words, shown on every screen.
    pub notices: RwSignal<Vec<Notice>>,
}

impl App {
    fn new(loaded: Loaded) -> Self {
        App {
            meeting: RwSignal::new(loaded.meeting),
            said: RwSignal::new(String::new()),
            panel: RwSignal::new(Panel::None),
            notices: RwSignal::new(loaded.notices),
        }
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

    /// Say something politely to screen-reader users.
    pub fn announce(self, words: String) {
        // Clear first so the same words twice are still read out.
        self.said.set(String::new());
        request_animation_frame(move || self.said.set(words));
    }

    fn save(self) {
        let result = self.meeting.with_untracked(store::save_meeting);
        self.notices.update(|n| store::note_result(n, result));
    }
}

/// Start the app: load the meeting, draw it, and install the effects.
pub fn start() {
    install_panic_screen();
    let now = clock::now();
    let loaded = store::load(now).unwrap_or_else(|| Loaded {
        meeting: Meeting::new(Plan::default(), store::new_id(), now),
        notices: vec![Notice::NoStorage],
    });
    let app = App::new(loaded);
    leptos::mount::mount_to_body(move || {
        // Inside the mount, so the effects have an owner and an executor.
        install_ticker(app);
        install_wake_lock(app);
        install_first_tap(app);
        ui::Root(ui::RootProps { app })
    });
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
    Effect::new(move |_| {
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
fn install_first_tap(_app: App) {
    let handle = window_event_listener(leptos::ev::pointerdown, |_| sound::unlock());
    let keys = window_event_listener(leptos::ev::keydown, |_| sound::unlock());
    // Keep listening: a suspended audio context (tablet slept) is woken again by the next tap.
    std::mem::forget((handle, keys));
}

/// A panic must never leave a dead screen: log it, and show the plain
/// "Something went wrong — your thoughts are safe" page that `index.html`
/// draws without WebAssembly. Thoughts are already in storage.
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
