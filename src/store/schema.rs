//! The saved format, versioned. Pure: no browser.
//!
//! Following Mozilla application-services (`fxa-client` state persistence):
//! each saved value is a JSON object whose `schema_version` lives inside the
//! value, written by a `#[serde(tag = "schema_version")]` enum. Fields added
//! later within a version get `#[serde(default)]`; a change that old code
//! could not read gets a new version (a new enum variant holding a frozen
//! copy of the old types, and a migration in `decode_*`).
//!
//! `tests/fixtures/*-v1.json` are what version 1 wrote. They are never
//! edited; `tests/saved_format.rs` checks they still load.
//!
//! Decoding never panics. A value that does not decode is `Corrupt`; a value
//! written by a newer app is `Newer(version)`, so the caller can leave it
//! alone instead of overwriting it.

use super::json::{self, Bad, Json};
use crate::meeting::thought::Thought;
use crate::meeting::{Meeting, Ms};
use serde::{Deserialize, Serialize};
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
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

/// The thoughts of one meeting, and the ids of thoughts taken back with
/// "Undo" (tombstones), so that merging with an older copy never brings one
/// back.
///
/// Kept in order of (minute, id), one thought per id, none of them removed,
/// when made with `add`, `remove`, `merge` or `decode_thoughts`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThoughtSet {
    pub thoughts: Vec<Thought>,
    #[serde(default)]
    pub removed: BTreeSet<String>,
}

impl ThoughtSet {
    /// Keep a thought. Returns false (and changes nothing) if a thought with
    /// this id is already kept or was taken back.
    pub fn add(&mut self, thought: Thought) -> bool {
        if self.removed.contains(&thought.id) || self.thoughts.iter().any(|t| t.id == thought.id) {
            return false;
        }
        let at = self.thoughts.partition_point(|t| t.order(&thought).is_lt());
        self.thoughts.insert(at, thought);
        true
    }

    /// Take a thought back ("Undo"): it goes, and its id is remembered so no
    /// copy of it ever comes back. Returns the thought if it was here.
    pub fn remove(&mut self, id: &str) -> Option<Thought> {
        self.removed.insert(id.to_string());
        let at = self.thoughts.iter().position(|t| t.id == id)?;
        Some(self.thoughts.remove(at))
    }

    /// The thoughts still kept, in order of (minute, id).
    pub fn live(&self) -> &[Thought] {
        &self.thoughts
    }

    /// The thought with this id, if kept.
    pub fn get(&self, id: &str) -> Option<&Thought> {
        self.thoughts.iter().find(|t| t.id == id)
    }

    pub fn len(&self) -> usize {
        self.thoughts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.thoughts.is_empty()
    }

    /// In order, one per id, none removed (for a set built by hand).
    pub fn normalized(&self) -> ThoughtSet {
        merge(self, &ThoughtSet::default())
    }
}

/// Put two copies of a meeting's thoughts together (say the quick
/// localStorage copy and the IndexedDB records).
///
/// Every thought of either copy is kept unless either copy took it back.
/// When both hold a thought with the same id, the one first in
/// `Thought::order` is kept, so `merge(a, b) == merge(b, a)`. The result is
/// sorted by (minute, id). Merging again changes nothing.
pub fn merge(a: &ThoughtSet, b: &ThoughtSet) -> ThoughtSet {
    let removed: BTreeSet<String> = a.removed.union(&b.removed).cloned().collect();
    let mut by_id: BTreeMap<&str, &Thought> = BTreeMap::new();
    for t in a.thoughts.iter().chain(&b.thoughts) {
        if removed.contains(&t.id) {
            continue;
        }
        match by_id.entry(t.id.as_str()) {
            Entry::Vacant(e) => {
                e.insert(t);
            }
            Entry::Occupied(mut e) => {
                if t.order(e.get()).is_lt() {
                    e.insert(t);
                }
            }
        }
    }
    let mut thoughts: Vec<Thought> = by_id.into_values().cloned().collect();
    crate::meeting::sort::sort_by(&mut thoughts, |x, y| x.order(y));
    ThoughtSet { thoughts, removed }
}

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
    use crate::meeting::thought::ThoughtKind;
    use crate::meeting::{Plan, Step};

    fn thought(id: &str, minute: Ms) -> Thought {
        Thought {
            id: id.into(),
            meeting: "m1".into(),
            text: format!("text of {id}"),
            step: Step::Thinking(0),
            question: Some("Q?".into()),
            question_index: Some(0),
            kind: ThoughtKind::Thought,
            minute,
            table: String::new(),
        }
    }

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

    #[test]
    fn add_keeps_order_and_refuses_twins_and_removed() {
        let mut s = ThoughtSet::default();
        assert!(s.add(thought("b", 60_000)));
        assert!(s.add(thought("a", 60_000)));
        assert!(s.add(thought("c", 0)));
        assert!(!s.add(thought("a", 0)), "same id twice");
        let ids: Vec<&str> = s.live().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b"]);

        assert_eq!(s.remove("a").map(|t| t.id), Some("a".to_string()));
        assert_eq!(s.remove("a"), None);
        assert!(!s.add(thought("a", 0)), "taken back stays taken back");
        assert_eq!(s.len(), 2);
        assert!(s.get("a").is_none());
        assert!(s.removed.contains("a"));

        // A tombstone for a thought this copy never had still counts.
        s.remove("zzz");
        let other = ThoughtSet {
            thoughts: vec![thought("zzz", 0)],
            removed: BTreeSet::new(),
        };
        assert!(merge(&s, &other).get("zzz").is_none());
    }

    #[test]
    fn merge_prefers_the_same_copy_whichever_side_it_is_on() {
        let mut x = thought("t", 0);
        let y = thought("t", 0);
        x.text = "A".into();
        let a = ThoughtSet {
            thoughts: vec![x.clone()],
            removed: BTreeSet::new(),
        };
        let b = ThoughtSet {
            thoughts: vec![y],
            removed: BTreeSet::new(),
        };
        assert_eq!(merge(&a, &b), merge(&b, &a));
        assert_eq!(merge(&a, &b).live(), &[x][..]);
    }
}
