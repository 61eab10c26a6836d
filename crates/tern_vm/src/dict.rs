//! tern's dict: an insertion-ordered compact hash table (indices into an
//! entry array, as CPython 3.6+) with a keys version.
//!
//! The table itself never calls Python: lookups go through [`Dict::probe`],
//! which answers with a match, a free slot, or a candidate whose key needs a
//! Python-level `__eq__`; the caller (`dictops`) drops its borrow, compares,
//! and resumes the probe. That keeps `__eq__` free to mutate the dict.
//!
//! A dict of at most [`SMALL_MAX`] entry slots has no index table at all:
//! lookups scan the entries, comparing hashes first. Most dicts (instance
//! attributes, keyword arguments, small literals) stay that small, and so
//! cost one allocation less and no index indirection.
//!
//! The keys version changes whenever the set of keys or their positions
//! change (insert of a new key, delete, resize), never when only a value is
//! replaced. Specialized instructions guard on it and then read an entry by
//! index.

use crate::value::Value;
use std::cell::Cell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
/// Entry slots (live or deleted) a dict may hold before it builds an
/// index table.
const SMALL_MAX: usize = 8;

thread_local! {
    static NEXT_KEYS_VERSION: Cell<u32> = const { Cell::new(1) };
}

fn next_keys_version() -> u32 {
    NEXT_KEYS_VERSION.with(|c| {
        let v = c.get();
        c.set(v.wrapping_add(1).max(1));
        v
    })
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// 56 bytes (asserted below), so that a dict object's payload stays small.
pub struct Dict {
    indices: Box<[u32]>,
    pub entries: Vec<Entry>,
    used: u32,
    /// 0 until asked for; reset to 0 by any change of keys.
    keys_version: Cell<u32>,
    /// Bumped (wrapping) when the index table is replaced or the entries
    /// move (resize, clear, compaction): CPython's "`ma_keys` changed",
    /// after which a lookup interrupted by Python code restarts.
    pub table_gen: u32,
    /// Non-zero while specialized instructions depend on the keys (see
    /// `watchers`): the id they are registered under.
    watch_id: Cell<u32>,
}

const _: () = assert!(std::mem::size_of::<Dict>() <= 56);

impl Clone for Dict {
    /// A copy has the same entries and layout (so the same keys version
    /// serves both) but no watchers.
    fn clone(&self) -> Dict {
        Dict {
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            used: self.used,
            keys_version: self.keys_version.clone(),
            table_gen: self.table_gen,
            watch_id: Cell::new(0),
        }
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        self.notify_watchers();
    }
}

/// Outcome of one probe step.
pub enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
    /// The entry at `entry` has the same hash and a key that only Python
    /// can compare; continue with `resume` if it is not equal.
    Candidate { entry: usize, resume: ProbeState },
}

/// Where to resume probing.
#[derive(Clone, Copy)]
pub struct ProbeState {
    slot: usize,
    perturb: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict { indices: Box::new([]), entries: Vec::new(), used: 0, keys_version: Cell::new(0), table_gen: 0, watch_id: Cell::new(0) }
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::new();
        if n > SMALL_MAX {
            let mut size = MIN_SIZE;
            while size * 2 / 3 < n {
                size *= 2;
            }
            d.indices = vec![EMPTY; size].into_boxed_slice();
        }
        d.entries.reserve(n);
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The current keys version, assigned on first request.
    #[inline]
    pub fn keys_version(&self) -> u32 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = next_keys_version();
        self.keys_version.set(v);
        v
    }

    /// The keys version if one was assigned (0 otherwise): for guards.
    #[inline]
    pub fn keys_version_tag(&self) -> u32 {
        self.keys_version.get()
    }

    #[inline]
    fn keys_changed(&mut self) {
        self.keys_version.set(0);
        self.notify_watchers();
    }

    /// The id specialized sites register under; makes the dict watched.
    pub fn watch(&self) -> u32 {
        if self.watch_id.get() == 0 {
            self.watch_id.set(crate::watchers::new_watch_id());
        }
        self.watch_id.get()
    }

    /// Invalidates the sites that depend on the keys (they changed, or
    /// the dict is going away); the dict is unwatched until a site
    /// registers again.
    #[inline]
    pub fn notify_watchers(&self) {
        let id = self.watch_id.get();
        if id != 0 {
            self.watch_id.set(0);
            crate::watchers::dict_changed(id);
        }
    }

    /// Starts a probe for `hash`. (Without an index table, `slot` is the
    /// next entry to scan.)
    #[inline]
    pub fn start_probe(&self, hash: i64) -> ProbeState {
        if self.indices.is_empty() {
            return ProbeState { slot: 0, perturb: 0 };
        }
        let mask = self.indices.len() - 1;
        ProbeState { slot: (hash as u64 as usize) & mask, perturb: hash as u64 }
    }

    /// `probe` for a dict without an index table: a scan of the entries.
    fn probe_small(&self, hash: i64, key: &Value, st: ProbeState, fast_eq: impl Fn(&Value, &Value) -> Option<bool>) -> Probe {
        for (i, e) in self.entries.iter().enumerate().skip(st.slot) {
            if e.hash == hash && !e.key.is_null() {
                match fast_eq(&e.key, key) {
                    Some(true) => return Probe::Found(i),
                    Some(false) => {}
                    None => return Probe::Candidate { entry: i, resume: ProbeState { slot: i + 1, perturb: 0 } },
                }
            }
        }
        Probe::Missing
    }

    /// Probes from `st`; `fast_eq` compares keys without running Python and
    /// returns `None` when it cannot decide.
    pub fn probe(&self, hash: i64, key: &Value, mut st: ProbeState, fast_eq: impl Fn(&Value, &Value) -> Option<bool>) -> Probe {
        if self.indices.is_empty() {
            return self.probe_small(hash, key, st, fast_eq);
        }
        let mask = self.indices.len() - 1;
        loop {
            let ix = self.indices[st.slot];
            if ix == EMPTY {
                return Probe::Missing;
            }
            let next = ProbeState { slot: (st.slot * 5 + 1 + (st.perturb >> 5) as usize) & mask, perturb: st.perturb >> 5 };
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => return Probe::Candidate { entry: ix as usize, resume: next },
                    }
                }
            }
            st = next;
        }
    }

    /// Finds a key comparable without Python (identity or `fast_eq`).
    pub fn find_fast(&self, hash: i64, key: &Value, fast_eq: impl Fn(&Value, &Value) -> Option<bool>) -> Option<usize> {
        let st = self.start_probe(hash);
        match self.probe(hash, key, st, |a, b| Some(fast_eq(a, b).unwrap_or(false))) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() {
            if self.entries.len() < SMALL_MAX {
                self.entries.push(Entry { hash, key, value });
                self.used += 1;
                self.keys_changed();
                return;
            }
            if (self.used as usize) < SMALL_MAX {
                // Deleted entries fill the slots: squeeze them out.
                self.entries.retain(|e| !e.key.is_null());
                self.table_gen = self.table_gen.wrapping_add(1);
                self.entries.push(Entry { hash, key, value });
                self.used += 1;
                self.keys_changed();
                return;
            }
        }
        if self.indices.is_empty() || self.entries.len() + 1 > self.indices.len() * 2 / 3 {
            self.resize((self.used as usize + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY || ix == DUMMY {
                break;
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.keys_changed();
    }

    /// Replaces the value of entry `i`, returning the old one.
    #[inline]
    pub fn set_value_at(&mut self, i: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, value)
    }

    /// Removes entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        let mask = self.indices.len().wrapping_sub(1);
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while !self.indices.is_empty() {
            if self.indices[slot] == i as u32 {
                self.indices[slot] = DUMMY;
                break;
            }
            if self.indices[slot] == EMPTY {
                break;
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        let e = &mut self.entries[i];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        self.used -= 1;
        self.keys_changed();
        if self.used == 0 {
            self.entries.clear();
            self.indices = Box::new([]);
            self.table_gen = self.table_gen.wrapping_add(1);
        }
        (key, value)
    }

    fn resize(&mut self, min: usize) {
        let mut size = MIN_SIZE;
        while size < min {
            size *= 2;
        }
        if self.entries.len() != self.used as usize {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.indices = vec![EMPTY; size].into_boxed_slice();
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut slot = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[slot] != EMPTY {
                perturb >>= 5;
                slot = (slot * 5 + 1 + perturb as usize) & mask;
            }
            self.indices[slot] = i as u32;
        }
        self.table_gen = self.table_gen.wrapping_add(1);
        self.keys_changed();
    }

    pub fn clear(&mut self) {
        self.indices = Box::new([]);
        self.entries.clear();
        self.used = 0;
        self.table_gen = self.table_gen.wrapping_add(1);
        self.keys_changed();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The live entry at or after position `pos`, for iterators.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            if !e.key.is_null() {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        Some(self.remove_at(i))
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> &Value {
        &self.entries[i].value
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
}
