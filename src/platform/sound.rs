//! A gentle chime made with Web Audio: two soft bell tones, under 2 seconds.
//!
//! Browsers only allow sound after someone has touched the page, so the
//! audio context is made (or woken) on the first tap.

use std::cell::RefCell;
use web_sys::{AudioContext, AudioContextState, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Make the audio context ready. Call from a tap.
pub fn unlock() {
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
        }
        if let Some(ctx) = c.as_ref() {
            if ctx.state() == AudioContextState::Suspended {
                let _ = ctx.resume();
            }
        }
    });
}

/// Play the chime at `volume` (0 to 100). Does nothing if sound is not ready.
pub fn chime(volume: u32) {
    CONTEXT.with(|c| {
        if let Some(ctx) = c.borrow().as_ref() {
            let level = (volume.min(100) as f32 / 100.0) * 0.3;
            // A soft major third: two bell-like tones, the second a little later.
            let _ = tone(ctx, 659.25, 0.0, level);
            let _ = tone(ctx, 830.61, 0.35, level);
        }
    });
}

fn tone(
    ctx: &AudioContext,
    freq: f32,
    delay: f64,
    level: f32,
) -> Result<(), wasm_bindgen::JsValue> {
    let osc = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    osc.set_type(OscillatorType::Sine);
    osc.frequency().set_value(freq);
    let start = ctx.current_time() + delay;
    let g = gain.gain();
    g.set_value_at_time(0.0, start)?;
    g.linear_ramp_to_value_at_time(level, start + 0.04)?;
    g.exponential_ramp_to_value_at_time(0.0001, start + 1.4)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start_with_when(start)?;
    osc.stop_with_when(start + 1.5)?;
    Ok(())
}
