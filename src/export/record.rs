//! "Save the full record" and "Add thoughts from another tablet".
//!
//! The full record is everything needed to rebuild the meeting: the meeting
//! as saved (plan, step, times, turns) and all its thoughts (with the ids of
//! thoughts taken back). It follows the saved format in `store::schema`: a
//! `#[serde(tag = "schema_version")]` enum, version "1", so a later app can
//! still read it and an older app can say "this file is newer":
//!
//! ```json
//! {"schema_version":"1","kind":"over-a-brew-record","saved_at":1795564800000,
//!  "meeting":{...},"thoughts":{"thoughts":[...],"removed":[...]}}
//! ```
//!
//! Reading a record never panics and checks the cheap things first: the
//! size (before reading any of it), then that it is text, then JSON, then
//! the `kind`, then the version, then the shape.

use super::{file_name, words, File, Meta};
use crate::meeting::thoughts::{merge, ThoughtSet};
use crate::meeting::{Meeting, Ms};
use crate::store::json::{self, Json};
use crate::store::schema::SCHEMA_VERSION;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const MIME: &str = "application/json";

/// What every full record says it is.
pub const KIND: &str = "over-a-brew-record";

/// The biggest file "Add thoughts from another tablet" reads: 5 MB.
/// A meeting of 1,000 thoughts of 1,000 characters is well under this.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// A full record, as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "schema_version")]
enum SavedRecord {
    #[serde(rename = "1")]
    V1 {
        kind: String,
        saved_at: Ms,
        meeting: Meeting,
        thoughts: ThoughtSet,
    },
}

/// A full record, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The meeting as it was saved. Its `now` is 0: call `.restore(now)`
    /// before running it.
    pub meeting: Meeting,
    /// In order, one per id, none of them taken back.
    pub thoughts: ThoughtSet,
    /// When the file was made (wall-clock ms).
    pub saved_at: Ms,
}

/// Why a file cannot be read as a full record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// Bigger than [`MAX_IMPORT_BYTES`]; `bytes` is its size.
    TooBig { bytes: usize },
    /// Not UTF-8 text (say a picture).
    NotText,
    /// Text, but not JSON (say the spreadsheet or the summary).
    NotJson,
    /// JSON, but not a full record from this app, or damaged.
    NotARecord,
    /// A full record from a newer version of the app (the version found).
    Newer(u64),
}

impl ImportProblem {
    /// The problem in plain words, to show the host.
    pub fn words(&self) -> String {
        match self {
            ImportProblem::TooBig { .. } => words::TOO_BIG,
            ImportProblem::NotText | ImportProblem::NotJson => words::NOT_OURS,
            ImportProblem::NotARecord => words::DAMAGED,
            ImportProblem::Newer(_) => words::NEWER,
        }
        .to_string()
    }
}

/// The full record of a meeting, as a JSON file (pretty-printed, so a
/// person can read it too).
pub fn record(meeting: &Meeting, thoughts: &ThoughtSet, meta: &Meta) -> File {
    let saved = SavedRecord::V1 {
        kind: KIND.to_string(),
        saved_at: meta.now,
        meeting: meeting.clone(),
        thoughts: thoughts.normalized(),
    };
    // Only strings, whole numbers, lists and structs: this cannot fail.
    let mut body = serde_json::to_string_pretty(&saved).unwrap_or_default();
    body.push('\n');
    File {
        name: file_name(meeting, meta, "json"),
        mime: MIME,
        body,
    }
}

/// Read a file made by [`record`].
///
/// The size is checked before anything else, so a huge file is refused
/// without being read. A byte order mark at the start is allowed (some
/// editors add one). A version written as a number (`1`) is read like the
/// string (`"1"`).
pub fn read_record(bytes: &[u8]) -> Result<Record, ImportProblem> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportProblem::TooBig { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportProblem::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Read with the app's own JSON reader (`store::json`, which reads the
    // meeting and thoughts exactly as serde's derive did): the derived
    // `Deserialize` code would add about 15 KB to the host page.
    let value = json::parse(text).map_err(|_| ImportProblem::NotJson)?;
    let Json::Obj(fields) = &value else {
        return Err(ImportProblem::NotARecord);
    };
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    if !matches!(get("kind"), Some(Json::Str(kind)) if kind == KIND) {
        return Err(ImportProblem::NotARecord);
    }
    let version = match get("schema_version") {
        Some(Json::Int(n)) => u64::try_from(*n).ok(),
        Some(Json::Str(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<u64>().ok()
        }
        _ => None,
    }
    .ok_or(ImportProblem::NotARecord)?;
    if version > SCHEMA_VERSION {
        return Err(ImportProblem::Newer(version));
    }
    if version == 0 {
        return Err(ImportProblem::NotARecord);
    }
    let saved_at = match get("saved_at") {
        Some(Json::Int(n)) => Ms::try_from(*n).ok(),
        _ => None,
    };
    let meeting = get("meeting").map(json::meeting);
    let thoughts = get("thoughts").map(json::thought_set);
    match (saved_at, meeting, thoughts) {
        (Some(saved_at), Some(Ok(meeting)), Some(Ok((thoughts, removed)))) => Ok(Record {
            meeting,
            thoughts: ThoughtSet { thoughts, removed }.normalized(),
            saved_at,
        }),
        _ => Err(ImportProblem::NotARecord),
    }
}

/// What "Add thoughts from another tablet" did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Thoughts that are new here.
    pub added: usize,
    /// Thoughts of the file that were here already.
    pub already_here: usize,
    /// Where they came from: the other tablet's table name, or its theme,
    /// or "".
    pub from: String,
}

impl ImportReport {
    /// "Added 14 thoughts from Table 3. 2 were already here."
    pub fn words(&self) -> String {
        words::import_report(self.added, self.already_here, &self.from)
    }
}

/// Put the thoughts of another tablet's full record with ours.
///
/// Thoughts are matched by id (`meeting::thoughts::merge`), so bringing in the
/// same file twice adds nothing, and files can be brought in in any order
/// with the same result. Every thought of either side is kept, unless one
/// side took it back with "Undo". Their thoughts keep their own table; one
/// with no table (written before tables were kept) gets their plan's table.
///
/// `already_here` counts their thoughts that we had kept already. Their
/// thoughts that we took back are in neither count.
pub fn bring_in(ours: &ThoughtSet, theirs: &Record) -> (ThoughtSet, ImportReport) {
    let their_table = theirs.meeting.plan.table.trim();
    let mut incoming = theirs.thoughts.clone();
    for t in &mut incoming.thoughts {
        if t.table.is_empty() {
            t.table = their_table.to_string();
        }
    }
    let merged = merge(ours, &incoming);

    let ours_before: BTreeSet<&str> = ours
        .live()
        .iter()
        .filter(|t| !ours.removed.contains(&t.id))
        .map(|t| t.id.as_str())
        .collect();
    let added = merged
        .live()
        .iter()
        .filter(|t| !ours_before.contains(t.id.as_str()))
        .count();
    let theirs_ids: BTreeSet<&str> = incoming
        .live()
        .iter()
        .filter(|t| !incoming.removed.contains(&t.id))
        .map(|t| t.id.as_str())
        .collect();
    let already_here = theirs_ids.intersection(&ours_before).count();

    let from = [their_table, theirs.meeting.plan.theme.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_string();
    (
        merged,
        ImportReport {
            added,
            already_here,
            from,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_in_words() {
        assert_eq!(
            ImportProblem::TooBig { bytes: 6_000_000 }.words(),
            "This file is too big. Choose a file of 5 MB or less."
        );
        assert!(ImportProblem::NotText
            .words()
            .starts_with("This is not a file from Over a Brew."));
        assert_eq!(
            ImportProblem::NotJson.words(),
            ImportProblem::NotText.words()
        );
        assert_eq!(
            ImportProblem::Newer(2).words(),
            "This file is from a newer Over a Brew. Update Over a Brew on this tablet first."
        );
        assert!(ImportProblem::NotARecord.words().contains("damaged"));
    }
}
