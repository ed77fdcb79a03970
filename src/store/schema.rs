//! The saved format, versioned. Pure: no browser.
//!
//! Following Mozilla application-services (`fxa-client` state persistence):
//! each saved value is a JSON object whose `schema_version` lives inside the
//! value. Fields added later within a version are optional when read (an
//! old value without them still loads); a change that old code could not
//! read gets a new version and a migration in `decode_*`.
//!
//! Who reads and writes it: `store::json`, by hand, one reader and one
//! writer per saved type (`encode_*` and `decode_*` below call them). The
//! `Saved*` enums here carry serde derives that describe the same format;
//! the app never uses them to save or load. They are the oracle that
//! `store/json/tests.rs` checks the hand-written code against, byte for
//! byte. (The full record file in `export::record` is written with serde.)
//!
//! `tests/fixtures/*-v1.json` are what version 1 wrote. They are never
//! edited; `tests/saved_format.rs` checks they still load.
//!
//! Decoding never panics. A value that does not decode is `Corrupt`; a value
//! written by a newer app is `Newer(version)`, so the caller can leave it
//! alone instead of overwriting it.

use super::json::{self, Bad, Json};
use crate::meeting::thought::Thought;
use crate::meeting::thoughts::ThoughtSet;
use crate::meeting::{Meeting, Ms};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The newest version this app reads and the one it writes.
pub const SCHEMA_VERSION: u64 = 1;

/// The field holding the version inside every saved value.
const TAG: &str = "schema_version";

// ---------------------------------------------------------------- keys

/// Every key this app uses starts with this.
pub const PREFIX: &str = "over-a-brew:";

/// The id of the meeting on screen (a plain string, not JSON).
pub const KEY_CURRENT: &str = "over-a-brew:current";

/// Where a meeting's progress is saved.
pub fn meeting_key(id: &str) -> String {
    format!("{PREFIX}meeting:{id}")
}

/// Where the quick copy of a meeting's thoughts is saved.
pub fn thoughts_key(id: &str) -> String {
    format!("{PREFIX}thoughts:{id}")
}

/// Where unsaved typing in "Add a thought" is kept, so a reload does not lose it.
pub fn draft_key(id: &str) -> String {
    format!("{PREFIX}draft:{id}")
}

/// Where to copy a value that did not decode before anything else is
/// written to `original_key`. A new key each time: a backup is never
/// overwritten (the caller should check the key is free, in case two
/// backups of the same key are made in the same millisecond).
pub fn backup_key(original_key: &str, now: Ms) -> String {
    format!("{PREFIX}backup:{now}:{original_key}")
}

// ---------------------------------------------------------------- problems

/// Why a saved value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// Not a value any version of this app wrote. The reason is short and
    /// never contains the saved text itself.
    Corrupt(String),
    /// Written by a newer version of the app (the version found): leave it
    /// untouched.
    Newer(u64),
}

impl fmt::Display for DecodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeProblem::Corrupt(why) => write!(f, "saved value is damaged: {why}"),
            DecodeProblem::Newer(v) => write!(
                f,
                "saved value is version {v}, newer than this app (version {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for DecodeProblem {}

fn corrupt(why: impl Into<String>) -> DecodeProblem {
    DecodeProblem::Corrupt(why.into())
}

/// Read the version inside `raw` and, if it is one we know, decode the
/// value with `read` (from `json`, which reads the saved format without
/// serde; see there).
///
/// The version may be written as a string (`"1"`, as this app writes it) or
/// as a whole number (`1`); both mean the same.
fn decode_versioned<T>(raw: &str, read: fn(&Json) -> Result<T, Bad>) -> Result<T, DecodeProblem> {
    let value = json::parse(raw).map_err(|e| match e {
        Bad::Syntax(at) => {
            let before = &raw.as_bytes()[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = at
                - before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |n| n + 1)
                + 1;
            corrupt(format!("not JSON (line {line}, column {column})"))
        }
        _ => corrupt("not JSON: cut short"),
    })?;
    let Json::Obj(object) = &value else {
        return Err(corrupt("not a JSON object"));
    };
    let version = match object.iter().find(|(k, _)| k == TAG).map(|(_, v)| v) {
        None => return Err(corrupt("no schema_version")),
        Some(Json::Int(n)) => u64::try_from(*n).ok(),
        Some(Json::Str(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<u64>().ok()
        }
        Some(_) => None,
    }
    .ok_or_else(|| corrupt("schema_version is not a whole number"))?;
    if version > SCHEMA_VERSION {
        return Err(DecodeProblem::Newer(version));
    }
    if version == 0 {
        return Err(corrupt("schema_version 0 was never written"));
    }
    // Only version 1 exists so far: `read` reads version 1.
    read(&value).map_err(|e| match e {
        // Names only a field; anything else might quote the saved text,
        // which must not end up in logs or on screen.
        Bad::Missing(field) => corrupt(format!("version {version}: missing field `{field}`")),
        _ => corrupt(format!("version {version}: wrong shape")),
    })
}

// ---------------------------------------------------------------- meeting

/// A meeting's progress as saved. `now` and the last milestone told are not
/// saved: call `Meeting::restore(now)` on what `decode_meeting` gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "schema_version")]
pub enum SavedMeeting {
    #[serde(rename = "1")]
    V1 { meeting: Meeting },
}

pub fn encode_meeting(meeting: &Meeting) -> String {
    json::write_meeting_v1(meeting)
}

/// The saved meeting, as it was saved. Call `.restore(now)` before use.
pub fn decode_meeting(raw: &str) -> Result<Meeting, DecodeProblem> {
    decode_versioned(raw, json::meeting_v1)
}

// ---------------------------------------------------------------- thoughts

/// The quick copy of a meeting's thoughts as saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "schema_version")]
pub enum SavedThoughts {
    /// `{"schema_version":"1","thoughts":[...],"removed":[...]}`
    #[serde(rename = "1")]
    V1(ThoughtSet),
}

pub fn encode_thoughts(set: &ThoughtSet) -> String {
    json::write_thoughts_v1(&set.thoughts, &set.removed)
}

/// The saved thoughts, put in order (one per id, none removed).
pub fn decode_thoughts(raw: &str) -> Result<ThoughtSet, DecodeProblem> {
    let (thoughts, removed) = decode_versioned(raw, json::thought_set)?;
    Ok(ThoughtSet { thoughts, removed }.normalized())
}

/// One durable thought record (IndexedDB keeps one per thought).
/// The thought's fields sit beside the version, so `JSON.parse` of a record
/// has `id` and `meeting` at the top level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "schema_version")]
pub enum SavedThought {
    /// `{"schema_version":"1","id":...,"meeting":...,"text":...,...}`
    #[serde(rename = "1")]
    V1(Thought),
}

pub fn encode_thought(thought: &Thought) -> String {
    json::write_thought_v1(thought)
}

pub fn decode_thought(raw: &str) -> Result<Thought, DecodeProblem> {
    decode_versioned(raw, json::thought)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::thoughts::tests::thought;
    use crate::meeting::Plan;

    #[test]
    fn keys_share_one_namespace() {
        assert_eq!(KEY_CURRENT, "over-a-brew:current");
        assert_eq!(meeting_key("abc"), "over-a-brew:meeting:abc");
        assert_eq!(thoughts_key("abc"), "over-a-brew:thoughts:abc");
        assert_eq!(
            backup_key(&meeting_key("abc"), 1_764_000_000_123),
            "over-a-brew:backup:1764000000123:over-a-brew:meeting:abc"
        );
        assert_ne!(backup_key("k", 1), backup_key("k", 2));
        for k in [
            KEY_CURRENT,
            &meeting_key("x"),
            &thoughts_key("x"),
            &backup_key("x", 0),
        ] {
            assert!(k.starts_with(PREFIX));
        }
    }

    #[test]
    fn the_version_is_written_inside_the_value() {
        let m = Meeting::new(Plan::default(), "m1".into(), 0);
        assert!(encode_meeting(&m).starts_with(r#"{"schema_version":"1","meeting":{"#));
        let t = thought("t1", 0);
        assert!(encode_thought(&t).starts_with(r#"{"schema_version":"1","id":"t1","#));
        let s = ThoughtSet::default();
        assert_eq!(
            encode_thoughts(&s),
            r#"{"schema_version":"1","thoughts":[],"removed":[]}"#
        );
    }

    #[test]
    fn a_version_written_as_a_number_is_read_too() {
        let t = thought("t1", 0);
        let raw =
            encode_thought(&t).replacen(r#""schema_version":"1""#, r#""schema_version":1"#, 1);
        assert_eq!(decode_thought(&raw), Ok(t));
    }

    #[test]
    fn version_zero_and_odd_versions_are_corrupt() {
        for raw in [
            r#"{"schema_version":0}"#,
            r#"{"schema_version":"0"}"#,
            r#"{"schema_version":-1}"#,
            r#"{"schema_version":1.5}"#,
            r#"{"schema_version":"v1"}"#,
            r#"{"schema_version":" 1"}"#,
            r#"{"schema_version":"+2"}"#,
            r#"{"schema_version":null}"#,
            r#"{"schema_version":"99999999999999999999999"}"#,
        ] {
            assert!(
                matches!(decode_thought(raw), Err(DecodeProblem::Corrupt(_))),
                "{raw}"
            );
        }
    }

    #[test]
    fn reasons_never_quote_the_saved_text() {
        let raw = r#"{"schema_version":"1","id":"t","meeting":"m","text":"my secret","step":{"step":"brew"},"minute":"my secret"}"#;
        match decode_thought(raw) {
            Err(DecodeProblem::Corrupt(why)) => assert!(!why.contains("secret"), "{why}"),
            other => panic!("{other:?}"),
        }
    }
}
