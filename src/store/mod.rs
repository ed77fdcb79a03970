//! The only code that touches browser storage. Never panics: every failure
//! is a typed `StoreError`, and what the people at the table need to know
//! becomes a `Notice` in plain words.

pub mod error;
pub mod json;
pub mod local;
pub mod meetings;
pub mod schema;
pub mod thoughts;

use crate::meeting::{Meeting, Ms, Plan};
use crate::text::problems;
use error::StoreError;
use schema::DecodeProblem;

/// A storage problem worth showing on every screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// No storage at all: everything lives only in this page.
    NoStorage,
    /// Storage is full.
    Full,
    /// The meeting's place could not be written (for another reason).
    ProgressNotSaved,
    /// A saved meeting could not be read; its text was kept under `backup`.
    Unreadable { backup: String },
    /// The quick copy of the thoughts could not be read; its text was kept
    /// under `backup`, and the durable copy fills the gap.
    UnreadableThoughts { backup: String },
    /// A saved meeting is from a newer version of the app; it was left alone.
    Newer,
    /// A thought is kept safely, but the quick copy could not be written.
    QuickCopyFailed,
    /// A thought is in the quick copy only: a crash could lose it.
    NotDurable,
}

impl Notice {
    pub fn words(&self) -> &'static str {
        match self {
            Notice::NoStorage => problems::NO_STORAGE,
            Notice::Full => problems::FULL,
            Notice::ProgressNotSaved => problems::PROGRESS_NOT_SAVED,
            Notice::Unreadable { .. } => problems::UNREADABLE,
            Notice::UnreadableThoughts { .. } => problems::UNREADABLE_THOUGHTS,
            Notice::Newer => problems::NEWER,
            Notice::QuickCopyFailed => problems::QUICK_COPY_FAILED,
            Notice::NotDurable => problems::NOT_DURABLE,
        }
    }
}

/// What the app starts with.
pub struct Loaded {
    pub meeting: Meeting,
    pub notices: Vec<Notice>,
    /// The meeting was made just now (none was saved, or it could not be read).
    pub fresh: bool,
}

/// Load the meeting on screen, or start a fresh one. `None` when the browser
/// has no storage at all (the app then runs from memory, with a warning).
pub fn load(now: Ms) -> Option<Loaded> {
    if !local::available() {
        return None;
    }
    let mut notices = Vec::new();
    let current = local::get(schema::KEY_CURRENT).ok().flatten();
    if let Some(id) = current {
        let key = schema::meeting_key(&id);
        match local::get(&key) {
            Ok(Some(raw)) => match schema::decode_meeting(&raw) {
                Ok(m) => {
                    return Some(Loaded {
                        meeting: m.restore(now),
                        notices,
                        fresh: false,
                    })
                }
                Err(DecodeProblem::Newer(_)) => notices.push(Notice::Newer),
                Err(DecodeProblem::Corrupt(_)) => {
                    // Keep the raw text, never overwrite it, and start afresh.
                    let backup = schema::backup_key(&key, now);
                    match local::set(&backup, &raw) {
                        Ok(()) => notices.push(Notice::Unreadable { backup }),
                        Err(e) => notices.push(notice_for(&e)),
                    }
                }
            },
            Ok(None) => {}
            Err(e) => notices.push(notice_for(&e)),
        }
    }
    let meeting = Meeting::new(Plan::default(), new_id(), now);
    let result = save_meeting(&meeting);
    note_result(&mut notices, result);
    Some(Loaded {
        meeting,
        notices,
        fresh: true,
    })
}

/// One saved meeting, ready to use at `now`, if it can be read.
pub fn load_meeting(id: &str, now: Ms) -> Option<Meeting> {
    let raw = local::get(&schema::meeting_key(id)).ok().flatten()?;
    schema::decode_meeting(&raw).ok().map(|m| m.restore(now))
}

/// Drop the place of a meeting that was made and never used.
pub fn forget_meeting(id: &str) {
    let _ = local::remove(&schema::meeting_key(id));
}

/// Write the meeting's place, and mark it as the meeting on screen.
pub fn save_meeting(m: &Meeting) -> Result<(), StoreError> {
    save_meeting_only(m)?;
    local::set(schema::KEY_CURRENT, &m.id)
}

/// What saving the meeting's place did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placed {
    /// Written, as this revision (the meeting in memory should take it).
    Written(u64),
    /// Another tab or window saved a newer place since this one was read:
    /// it was not written over. This is it, ready to use.
    Newer(Box<Meeting>),
}

/// Save the meeting's place as the next revision, and mark it as the meeting
/// on screen; unless storage already holds a newer revision (another tab
/// moved on), which is then handed back to be followed instead.
pub fn save_place(m: &Meeting, now: Ms) -> Result<Placed, StoreError> {
    let key = schema::meeting_key(&m.id);
    if let Some(newer) = local::get(&key)?
        .as_deref()
        .and_then(|raw| newer_place(raw, m.revision))
    {
        return Ok(Placed::Newer(Box::new(newer.restore(now))));
    }
    let mut next = m.clone();
    next.revision = m.revision.saturating_add(1);
    save_meeting(&next)?;
    Ok(Placed::Written(next.revision))
}

/// The place saved in `raw`, if it is newer than revision `ours`. Pure.
pub fn newer_place(raw: &str, ours: u64) -> Option<Meeting> {
    schema::decode_meeting(raw)
        .ok()
        .filter(|theirs| theirs.revision > ours)
}

/// Write the meeting's place without making it the meeting on screen.
pub fn save_meeting_only(m: &Meeting) -> Result<(), StoreError> {
    local::set(&schema::meeting_key(&m.id), &schema::encode_meeting(m))
}

fn notice_for(e: &StoreError) -> Notice {
    match e {
        StoreError::Unavailable => Notice::NoStorage,
        StoreError::Full => Notice::Full,
        StoreError::Other(_) => Notice::ProgressNotSaved,
    }
}

/// Keep the list of notices in step with the latest write: a failure adds
/// its notice once; a success clears write failures (not the others).
pub fn note_result(notices: &mut Vec<Notice>, result: Result<(), StoreError>) {
    match result {
        Ok(()) => notices.retain(|n| !matches!(n, Notice::Full | Notice::ProgressNotSaved)),
        Err(e) => {
            let n = notice_for(&e);
            if !notices.contains(&n) {
                notices.push(n);
            }
        }
    }
}

/// The host's PIN for this tablet, if one is set (it stops accidents, not attackers).
pub fn pin() -> Option<String> {
    local::get(&format!("{}pin", schema::PREFIX))
        .ok()
        .flatten()
        .filter(|p| !p.is_empty())
}

pub fn set_pin(pin: &str) -> Result<(), StoreError> {
    let key = format!("{}pin", schema::PREFIX);
    if pin.is_empty() {
        local::remove(&key)
    } else {
        local::set(&key, pin)
    }
}

/// A PIN is 4 numbers, or empty for none.
pub fn pin_is_valid(pin: &str) -> bool {
    pin.is_empty() || (pin.len() == 4 && pin.bytes().all(|b| b.is_ascii_digit()))
}

/// A random id from the browser's crypto (works on plain http too, unlike randomUUID).
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        // No crypto: fall back to the clock and Math.random (ids need only be unique here).
        let seed = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 1e15) as u64);
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (seed >> ((i % 8) * 8)) as u8 ^ (js_sys::Math::random() * 255.0) as u8;
        }
    }
    hex(&bytes)
}

/// Bytes as lower-case hex (two digits each), without the formatting machinery.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_is_noted_once_and_cleared_by_a_good_one() {
        let mut n = vec![Notice::Newer];
        note_result(&mut n, Err(StoreError::Full));
        note_result(&mut n, Err(StoreError::Full));
        assert_eq!(n, vec![Notice::Newer, Notice::Full]);
        note_result(&mut n, Ok(()));
        assert_eq!(n, vec![Notice::Newer]);
    }

    #[test]
    fn only_a_higher_revision_is_newer() {
        let mut m = Meeting::new(Plan::default(), "m".into(), 0);
        m.revision = 7;
        let raw = schema::encode_meeting(&m);
        assert_eq!(newer_place(&raw, 6).map(|m| m.revision), Some(7));
        assert_eq!(newer_place(&raw, 7), None);
        assert_eq!(newer_place(&raw, 8), None);
        assert_eq!(newer_place("not a meeting", 0), None);
        // A place saved before revisions existed counts as revision 0.
        let old = raw.replace(",\"revision\":7", "");
        assert_ne!(old, raw);
        assert_eq!(newer_place(&old, 0), None);
    }

    #[test]
    fn ids_are_two_hex_digits_per_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        let bytes: Vec<u8> = (0..=255).collect();
        let want: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex(&bytes), want);
    }

    #[test]
    fn a_pin_is_four_numbers_or_none() {
        assert!(pin_is_valid(""));
        assert!(pin_is_valid("0123"));
        assert!(!pin_is_valid("123"));
        assert!(!pin_is_valid("12345"));
        assert!(!pin_is_valid("12a4"));
        assert!(!pin_is_valid("١٢٣٤"));
    }

    #[test]
    fn every_notice_has_plain_words() {
        for n in [
            Notice::NoStorage,
            Notice::Full,
            Notice::ProgressNotSaved,
            Notice::Unreadable { backup: "k".into() },
            Notice::UnreadableThoughts { backup: "k".into() },
            Notice::Newer,
            Notice::QuickCopyFailed,
            Notice::NotDurable,
        ] {
            assert!(n.words().ends_with('.'));
            assert!(n.words().len() > 20);
        }
    }
}
