//! The browser's own voice, in British English: spoken cues, and "Read this
//! out". Never panics; where the browser has no speech, nothing happens, and
//! `available()` says so, so no button is shown that does nothing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

/// A little slower than normal, for people who need time to follow.
const RATE: f32 = 0.9;

fn synth() -> Option<SpeechSynthesis> {
    let w = web_sys::window()?;
    // Old browsers have no `speechSynthesis` at all: ask before touching it.
    let there = js_sys::Reflect::get(&w, &JsValue::from_str("speechSynthesis")).ok()?;
    if there.is_undefined() || there.is_null() {
        return None;
    }
    w.speech_synthesis().ok()
}

fn voice_count(s: &SpeechSynthesis) -> u32 {
    s.get_voices().length()
}

/// Can this browser speak? It needs speech and at least one voice (a
/// browser with speech but no voices says nothing at all).
pub fn available() -> bool {
    let has_utterance = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("SpeechSynthesisUtterance")).ok())
        .is_some_and(|f| f.is_function());
    has_utterance && synth().is_some_and(|s| voice_count(&s) > 0)
}

/// Call `f(available())` whenever the browser's list of voices changes
/// (many browsers load their voices a moment after the page).
pub fn on_voices_changed(f: impl Fn(bool) + 'static) {
    let Some(s) = synth() else {
        return;
    };
    let cb = Closure::<dyn Fn()>::new(move || f(available()));
    s.set_onvoiceschanged(Some(cb.as_ref().unchecked_ref()));
    cb.forget();
}

fn utterance(words: &str, s: &SpeechSynthesis) -> Option<SpeechSynthesisUtterance> {
    let u = SpeechSynthesisUtterance::new_with_text(words).ok()?;
    u.set_lang("en-GB");
    u.set_rate(RATE);
    if let Some(voice) = s
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|v| v.lang() == "en-GB")
    {
        u.set_voice(Some(&voice));
    }
    Some(u)
}

/// Say `words` calmly. Does nothing where the browser has no speech.
pub fn say(words: &str) {
    let Some(s) = synth() else {
        return;
    };
    if let Some(u) = utterance(words, &s) {
        s.speak(&u);
    }
}

/// Read `words` out, stopping anything already being read; `done` is
/// called when the reading ends or is stopped. Returns false (and never
/// calls `done`) if nothing could be read.
pub fn read(words: &str, done: impl FnOnce() + 'static) -> bool {
    let Some(s) = synth() else {
        return false;
    };
    s.cancel();
    let Some(u) = utterance(words, &s) else {
        return false;
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(done) as Box<dyn FnOnce()>
    )));
    let finish = {
        let done = done.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(f) = done.take() {
                f();
            }
        })
    };
    u.set_onend(Some(finish.as_ref().unchecked_ref()));
    u.set_onerror(Some(finish.as_ref().unchecked_ref()));
    finish.forget();
    s.speak(&u);
    true
}

/// Stop reading out (and any cue being spoken).
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}
