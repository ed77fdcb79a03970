//! The thoughts of one meeting as a set: add, take back, and merge two
//! copies by id. Pure meeting logic; `store` only saves and loads them.

use super::thought::Thought;
use serde::{Deserialize, Serialize};

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
    pub removed: IdSet,
}

/// A set of thought ids (those taken back; those seen in `merge`): sorted,
/// each once, saved as a JSON list.
///
/// A sorted `Vec` searched by halves, not a `BTreeSet`: a meeting takes back
/// a handful of thoughts, and the B-tree's code was about 3 KB of the
/// table page's download. Built one id at a time, never sorted whole, so
/// the standard library's sort stays out of the download too (see `sort.rs`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct IdSet(Vec<String>);

impl IdSet {
    pub fn contains(&self, id: &str) -> bool {
        self.0.binary_search_by(|x| x.as_str().cmp(id)).is_ok()
    }

    /// Remember an id. Returns false if it was already here.
    pub fn insert(&mut self, id: String) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// In order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Extend<String> for IdSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl FromIterator<String> for IdSet {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut out = IdSet::default();
        out.extend(ids);
        out
    }
}

impl From<Vec<String>> for IdSet {
    fn from(ids: Vec<String>) -> Self {
        ids.into_iter().collect()
    }
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
    let mut removed = a.removed.clone();
    removed.extend(b.removed.iter().cloned());
    // Every thought in order, then the first of each id: the same as keeping
    // the first in order per id, without a map (smaller in the download).
    let mut all: Vec<&Thought> = a
        .thoughts
        .iter()
        .chain(&b.thoughts)
        .filter(|t| !removed.contains(&t.id))
        .collect();
    super::sort::sort_by(&mut all, |x, y| x.order(y));
    let mut seen = IdSet::default();
    let thoughts: Vec<Thought> = all
        .into_iter()
        .filter(|t| seen.insert(t.id.clone()))
        .cloned()
        .collect();
    ThoughtSet { thoughts, removed }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::meeting::thought::ThoughtKind;
    use crate::meeting::{Ms, Step};

    /// A thought of meeting "m1" with this id, at this minute (for tests).
    pub(crate) fn thought(id: &str, minute: Ms) -> Thought {
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
        assert!(!s.removed.contains("b"));

        // A tombstone for a thought this copy never had still counts.
        s.remove("zzz");
        let other = ThoughtSet {
            thoughts: vec![thought("zzz", 0)],
            removed: IdSet::default(),
        };
        assert!(merge(&s, &other).get("zzz").is_none());
    }

    #[test]
    fn taken_back_ids_stay_sorted_and_each_once() {
        let mut t: IdSet = ["c", "a", "c", "b", "a"]
            .map(String::from)
            .into_iter()
            .collect();
        assert_eq!(
            t.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert!(!t.insert("b".into()), "a twin is not kept");
        assert!(t.insert("ab".into()));
        assert_eq!(
            t.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a", "ab", "b", "c"]
        );
        assert!(t.contains("ab") && t.contains("c") && !t.contains("d") && !t.contains(""));
        assert_eq!(t.len(), 4);
        // Read from a list in any order (as an older or hand-edited file may hold).
        let read: IdSet = serde_json::from_str(r#"["z","y","z"]"#).unwrap();
        assert_eq!(
            read.iter().map(String::as_str).collect::<Vec<_>>(),
            ["y", "z"]
        );
        assert_eq!(serde_json::to_string(&read).unwrap(), r#"["y","z"]"#);
    }

    #[test]
    fn merge_prefers_the_same_copy_whichever_side_it_is_on() {
        let mut x = thought("t", 0);
        let y = thought("t", 0);
        x.text = "A".into();
        let a = ThoughtSet {
            thoughts: vec![x.clone()],
            removed: IdSet::default(),
        };
        let b = ThoughtSet {
            thoughts: vec![y],
            removed: IdSet::default(),
        };
        assert_eq!(merge(&a, &b), merge(&b, &a));
        assert_eq!(merge(&a, &b).live(), &[x][..]);
    }
}
