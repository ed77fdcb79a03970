//! Keeping thoughts safe: every thought goes to two places before anyone is
//! told it is saved.
//!
//! 1. IndexedDB, one record per thought, in a transaction with
//!    `durability: "strict"` that has completed (survives a killed browser).
//! 2. localStorage, the quick working copy of the whole set (seen at once by a
//!    second tab through the `storage` event).
//!
//! On load the two are merged by id, so a thought in either is never lost.
//! Writing the quick copy always merges with what is stored first, so two
//! tabs never remove each other's thoughts.

use super::error::StoreError;
use super::schema::{self, DecodeProblem};
use super::{local, Notice};
use crate::meeting::thought::Thought;
use crate::meeting::thoughts::{self as set, ThoughtSet};
use crate::meeting::Ms;
use crate::platform::idb;

/// Why a thought could not be kept: the text stays in the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    Full,
    Broken,
}

/// What the two writes mean together. Pure, so it is tested natively.
///
/// - durable and quick both fine: saved.
/// - durable fine, quick failed: saved; the host is warned.
/// - durable full: not saved (the text stays in the box).
/// - durable failed otherwise, quick fine: saved; warned that a crash could lose it.
/// - no storage at all: kept on this page only (the app warns on every screen).
/// - both failed: not saved.
pub fn outcome(
    durable: &Result<(), StoreError>,
    quick: &Result<(), StoreError>,
) -> Result<Option<Notice>, NotSaved> {
    use StoreError::*;
    match (durable, quick) {
        (Ok(()), Ok(())) => Ok(None),
        (Ok(()), Err(_)) => Ok(Some(Notice::QuickCopyFailed)),
        (Err(Full), _) => Err(NotSaved::Full),
        (Err(_), Ok(())) => Ok(Some(Notice::NotDurable)),
        (Err(Unavailable), Err(Unavailable)) => Ok(Some(Notice::NoStorage)),
        (Err(_), Err(Full)) => Err(NotSaved::Full),
        (Err(_), Err(_)) => Err(NotSaved::Broken),
    }
}

/// Read the quick copy. A value that does not decode is backed up (never
/// overwritten) and reported; the merge with IndexedDB fills the gap.
pub fn load_quick(meeting: &str, now: Ms, notices: &mut Vec<Notice>) -> ThoughtSet {
    let key = schema::thoughts_key(meeting);
    match local::get(&key) {
        Ok(Some(raw)) => match schema::decode_thoughts(&raw) {
            Ok(set) => set,
            Err(problem) => {
                note_undecodable(&key, &raw, &problem, now, notices);
                ThoughtSet::default()
            }
        },
        _ => ThoughtSet::default(),
    }
}

/// Read every durable record of a meeting. Records that do not decode are
/// left where they are and skipped.
pub async fn load_durable(meeting: &str) -> Result<ThoughtSet, StoreError> {
    let raws = idb::all_for_meeting(meeting).await?;
    let mut set = ThoughtSet::default();
    for raw in raws {
        if let Ok(t) = schema::decode_thought(&raw) {
            set.add(t);
        }
    }
    Ok(set)
}

/// Meetings whose thoughts are in IndexedDB but which the quick store has
/// lost (a browser killed before localStorage reached the disk). Each gets
/// its meeting record and quick copy back, so the host sees it and nothing
/// is lost. Returns the ids recovered, newest thoughts first.
pub async fn recover_lost_meetings(now: Ms) -> Vec<String> {
    let Ok(ids) = idb::meetings().await else {
        return Vec::new();
    };
    let mut found: Vec<(Ms, String)> = Vec::new();
    for id in ids {
        if matches!(local::get(&schema::meeting_key(&id)), Ok(Some(_))) {
            continue;
        }
        let Ok(durable) = load_durable(&id).await else {
            continue;
        };
        let Some(first) = durable.live().first().cloned() else {
            continue;
        };
        let newest = durable
            .live()
            .iter()
            .map(|t| t.minute)
            .max()
            .unwrap_or(first.minute);
        let meeting = crate::meeting::Meeting::recovered(id.clone(), first.minute, durable.live());
        if super::save_meeting_only(&meeting).is_ok() {
            let _ = write_quick(&id, &durable, now);
            found.push((newest, id));
        }
    }
    crate::meeting::sort::sort_by(&mut found, |a, b| b.0.cmp(&a.0));
    found.into_iter().map(|(_, id)| id).collect()
}

/// Put records that are only in the quick copy into IndexedDB too (say a
/// durable write failed earlier). Failures are ignored: they are still in the
/// quick copy.
pub async fn repair_durable(meeting: &str, quick: &ThoughtSet, durable: &ThoughtSet) {
    for t in quick.live() {
        if durable.get(&t.id).is_none() {
            let _ = idb::put(&t.id, meeting, &schema::encode_thought(t)).await;
        }
    }
}

/// Write the quick copy: what is stored, merged with `memory`. Returns the
/// merged set (which may hold thoughts another tab added).
pub fn write_quick(
    meeting: &str,
    memory: &ThoughtSet,
    now: Ms,
) -> (ThoughtSet, Result<(), StoreError>) {
    let key = schema::thoughts_key(meeting);
    let stored = match local::get(&key) {
        Ok(Some(raw)) => match schema::decode_thoughts(&raw) {
            Ok(set) => set,
            Err(DecodeProblem::Newer(_)) => {
                // Written by a newer app: leave it alone.
                return (
                    memory.clone(),
                    Err(StoreError::Other("newer quick copy".into())),
                );
            }
            Err(DecodeProblem::Corrupt(_)) => {
                if let Err(e) = backup(&key, &raw, now) {
                    return (memory.clone(), Err(e));
                }
                ThoughtSet::default()
            }
        },
        Ok(None) => ThoughtSet::default(),
        Err(e) => return (memory.clone(), Err(e)),
    };
    let merged = set::merge(&stored, memory);
    let result = local::set(&key, &schema::encode_thoughts(&merged));
    (merged, result)
}

/// Keep one thought: durable first, then the quick copy.
/// Returns the merged set to show, and what happened.
pub async fn save(
    thought: &Thought,
    memory: &ThoughtSet,
    now: Ms,
) -> (ThoughtSet, Result<Option<Notice>, NotSaved>) {
    let durable = idb::put(
        &thought.id,
        &thought.meeting,
        &schema::encode_thought(thought),
    )
    .await;
    if durable == Err(StoreError::Full) {
        return (memory.clone(), Err(NotSaved::Full));
    }
    let mut with = memory.clone();
    with.add(thought.clone());
    let (merged, quick) = write_quick(&thought.meeting, &with, now);
    match outcome(&durable, &quick) {
        Ok(notice) => (merged, Ok(notice)),
        Err(why) => (memory.clone(), Err(why)),
    }
}

/// Keep thoughts brought in from another tablet: each new one durably (under
/// this meeting), then the quick copy. Fails only if neither place took them.
pub async fn keep_all(
    meeting: &str,
    before: &ThoughtSet,
    after: &ThoughtSet,
    now: Ms,
) -> Result<ThoughtSet, StoreError> {
    let mut durable = Ok(());
    for t in after.live() {
        if before.get(&t.id).is_none() {
            if let Err(e) = idb::put(&t.id, meeting, &schema::encode_thought(t)).await {
                durable = Err(e);
            }
        }
    }
    let (merged, quick) = write_quick(meeting, after, now);
    match (durable, quick) {
        (Err(e), Err(_)) => Err(e),
        _ => Ok(merged),
    }
}

/// Take a thought back ("Undo"): gone from both places. The quick copy keeps
/// its id as taken back, so a durable record that could not be deleted never
/// comes back.
pub async fn take_back(
    meeting: &str,
    id: &str,
    memory: &ThoughtSet,
    now: Ms,
) -> (ThoughtSet, Result<(), StoreError>) {
    let mut less = memory.clone();
    less.remove(id);
    let (merged, quick) = write_quick(meeting, &less, now);
    let durable = idb::delete(id).await;
    let result = match (durable, quick) {
        (Ok(()), _) | (_, Ok(())) => Ok(()),
        (Err(e), Err(_)) => Err(e),
    };
    (merged, result)
}

/// The quick copy changed in another tab: merge it in.
pub fn from_other_tab(memory: &ThoughtSet, raw: &str) -> Option<ThoughtSet> {
    schema::decode_thoughts(raw)
        .ok()
        .map(|theirs| set::merge(memory, &theirs))
}

fn backup(key: &str, raw: &str, now: Ms) -> Result<String, StoreError> {
    // A new key each time; never overwrite an earlier backup.
    let mut at = now;
    let mut backup = schema::backup_key(key, at);
    while matches!(local::get(&backup), Ok(Some(_))) {
        at += 1;
        backup = schema::backup_key(key, at);
    }
    local::set(&backup, raw)?;
    Ok(backup)
}

/// Back up an unreadable value and add the notice for it.
pub fn note_undecodable(
    key: &str,
    raw: &str,
    problem: &DecodeProblem,
    now: Ms,
    notices: &mut Vec<Notice>,
) {
    let notice = match problem {
        DecodeProblem::Newer(_) => Notice::Newer,
        DecodeProblem::Corrupt(_) => match backup(key, raw, now) {
            Ok(backup) if key.starts_with(&schema::thoughts_key("")) => {
                Notice::UnreadableThoughts { backup }
            }
            Ok(backup) => Notice::Unreadable { backup },
            Err(StoreError::Full) => Notice::Full,
            Err(_) => Notice::ProgressNotSaved,
        },
    };
    if !notices.contains(&notice) {
        notices.push(notice);
    }
}

// ---------------------------------------------------------------- drafts
//
// What is typed is kept twice, like a thought: in localStorage at once on
// every change (a reload finds it), and in IndexedDB a moment later (a
// killed browser finds it: localStorage may not have reached the disk).

/// Keep what someone is typing, so a reload does not lose it.
pub fn save_draft(meeting: &str, text: &str) {
    let key = schema::draft_key(meeting);
    let _ = if text.is_empty() {
        local::remove(&key)
    } else {
        local::set(&key, text)
    };
}

pub fn load_draft(meeting: &str) -> String {
    local::get(&schema::draft_key(meeting))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Keep the draft durably (an empty text removes it). Resolves once committed.
pub async fn save_durable_draft(meeting: &str, text: &str) -> Result<(), StoreError> {
    idb::put_draft(meeting, text).await
}

/// The durable draft; empty if none or it cannot be read.
pub async fn load_durable_draft(meeting: &str) -> String {
    idb::draft(meeting).await.unwrap_or_default()
}

/// The newest durable draft of a meeting whose place is gone (a browser
/// killed before localStorage reached the disk): (meeting, text).
pub async fn orphan_draft() -> Option<(String, String)> {
    let drafts = idb::all_drafts().await.ok()?;
    drafts
        .into_iter()
        .filter(|(id, text, _)| {
            !text.is_empty() && matches!(local::get(&schema::meeting_key(id)), Ok(None))
        })
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(id, text, _)| (id, text))
}

/// Which draft to show once the durable one has been read, when it is not
/// the quick one already shown. The durable copy is a moment behind the
/// quick one while someone types, but the quick one may not have reached the
/// disk when the browser was killed. So the durable one wins only if the
/// quick one is empty or is where it was on the way (typing goes forward).
pub fn pick_draft(quick: &str, durable: &str) -> Option<String> {
    let better = !durable.is_empty() && durable != quick && durable.starts_with(quick);
    better.then(|| durable.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use StoreError::*;

    fn other() -> StoreError {
        Other("x".into())
    }

    #[test]
    fn the_durable_draft_is_used_when_the_quick_one_is_lost_or_behind() {
        assert_eq!(
            pick_draft("", "Half a thought"),
            Some("Half a thought".into())
        );
        assert_eq!(
            pick_draft("Half a", "Half a thought"),
            Some("Half a thought".into())
        );
        // The quick copy is ahead (a reload while typing): keep it.
        assert_eq!(pick_draft("Half a thought, and", "Half a thought"), None);
        assert_eq!(pick_draft("Something else", "Half a thought"), None);
        assert_eq!(pick_draft("Same", "Same"), None);
        assert_eq!(pick_draft("Typed", ""), None);
        assert_eq!(pick_draft("", ""), None);
    }

    #[test]
    fn saved_only_when_a_write_holds_it() {
        assert_eq!(outcome(&Ok(()), &Ok(())), Ok(None));
        assert_eq!(
            outcome(&Ok(()), &Err(Full)),
            Ok(Some(Notice::QuickCopyFailed))
        );
        assert_eq!(
            outcome(&Ok(()), &Err(Unavailable)),
            Ok(Some(Notice::QuickCopyFailed))
        );
        assert_eq!(outcome(&Err(Full), &Ok(())), Err(NotSaved::Full));
        assert_eq!(
            outcome(&Err(other()), &Ok(())),
            Ok(Some(Notice::NotDurable))
        );
        assert_eq!(
            outcome(&Err(Unavailable), &Ok(())),
            Ok(Some(Notice::NotDurable))
        );
        assert_eq!(
            outcome(&Err(Unavailable), &Err(Unavailable)),
            Ok(Some(Notice::NoStorage))
        );
        assert_eq!(outcome(&Err(other()), &Err(Full)), Err(NotSaved::Full));
        assert_eq!(outcome(&Err(other()), &Err(other())), Err(NotSaved::Broken));
        assert_eq!(
            outcome(&Err(Unavailable), &Err(other())),
            Err(NotSaved::Broken)
        );
    }
}
