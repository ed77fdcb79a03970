//! Spoken cues in the browser's own voice, in British English.

use web_sys::SpeechSynthesisUtterance;

/// Say `words` calmly. Does nothing where the browser has no speech.
pub fn say(words: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    let Ok(u) = SpeechSynthesisUtterance::new_with_text(words) else {
        return;
    };
    u.set_lang("en-GB");
    u.set_rate(0.9);
    if let Some(voice) = synth
        .get_voices()
        .iter()
        .filter_map(|v| wasm_bindgen::JsCast::dyn_into::<web_sys::SpeechSynthesisVoice>(v).ok())
        .find(|v| v.lang() == "en-GB")
    {
        u.set_voice(Some(&voice));
    }
    synth.speak(&u);
}
