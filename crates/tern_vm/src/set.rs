//! The set table, laid out as CPython's (open addressing with linear probes
//! of 9, then perturbation; the same growth policy) so that iteration
//! order, and so the printed order of sets of ints, matches `python3`.
//!
//! Like [`crate::dict::Dict`], the table never calls Python: a probe stops
//! at a candidate needing `__eq__` and the caller resumes.

use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;

#[derive(Clone, Default)]
pub struct Slot {
    pub hash: i64,
    /// `Null` with hash 0 is empty; `Null` with hash -1 is a deleted slot.
    pub key: Value,
}

#[derive(Clone)]
pub struct SetTable {
    pub table: Vec<Slot>,
    fill: usize,
    used: usize,
    pub mutations: u64,
}

pub enum SetProbe {
    Found(usize),
    /// Absent; insert at this slot (a dummy reused or an empty one).
    Missing {
        slot: usize,
        empty: bool,
    },
    Candidate {
        slot: usize,
        resume: SetProbeState,
    },
}

#[derive(Clone, Copy)]
pub struct SetProbeState {
    i: usize,
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot::default(); MIN_SIZE], fill: 0, used: 0, mutations: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn start_probe(&self, hash: i64) -> SetProbeState {
        SetProbeState { i: (hash as u64 as usize) & self.mask(), j: 0, perturb: hash as u64, freeslot: None }
    }

    /// Probes for `key`: `fast_eq` decides without Python or returns None.
    pub fn probe(&self, hash: i64, key: &Value, mut st: SetProbeState, fast_eq: impl Fn(&Value, &Value) -> Option<bool>) -> SetProbe {
        let mask = self.mask();
        loop {
            let probes = if st.i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            while st.j <= probes {
                let idx = st.i + st.j;
                let e = &self.table[idx];
                st.j += 1;
                if e.key.is_null() {
                    if e.hash == 0 {
                        return match st.freeslot {
                            Some(f) => SetProbe::Missing { slot: f, empty: false },
                            None => SetProbe::Missing { slot: idx, empty: true },
                        };
                    }
                    if st.freeslot.is_none() {
                        st.freeslot = Some(idx);
                    }
                    continue;
                }
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return SetProbe::Found(idx),
                        Some(false) => {}
                        None => return SetProbe::Candidate { slot: idx, resume: st },
                    }
                }
            }
            st.perturb >>= 5;
            st.i = (st.i * 5 + 1 + st.perturb as usize) & mask;
            st.j = 0;
        }
    }

    /// Stores a key at a slot returned by `SetProbe::Missing`.
    pub fn insert_at(&mut self, slot: usize, empty: bool, hash: i64, key: Value) {
        self.table[slot] = Slot { hash, key };
        self.used += 1;
        self.mutations += 1;
        if empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                self.resize(n);
            }
        }
    }

    /// Removes the key at `slot`.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        let key = std::mem::take(&mut self.table[slot].key);
        self.table[slot].hash = -1;
        self.used -= 1;
        self.mutations += 1;
        key
    }

    /// Grows (or shrinks) the table to hold `minused` keys, reinserting.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::default(); size]);
        self.fill = self.used;
        self.mutations += 1;
        for e in old {
            if !e.key.is_null() {
                self.insert_clean(e.hash, e.key);
            }
        }
    }

    /// Inserts a key known to be absent into a table with no dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.table[i].key.is_null() {
                self.table[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if self.table[i + j].key.is_null() {
                        self.table[i + j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Prepares for adding `extra` keys at once (as `set.update` does).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Copies another table's layout when this one is empty and the same
    /// size (CPython's fast path for `set(other_set)`).
    pub fn copy_from(&mut self, other: &SetTable) {
        self.table = other.table.iter().map(|s| if s.key.is_null() { Slot::default() } else { s.clone() }).collect();
        self.used = other.used;
        self.fill = other.used;
        self.mutations += 1;
    }

    pub fn clear(&mut self) {
        *self = SetTable { mutations: self.mutations + 1, ..SetTable::new() };
    }

    /// Live keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.table.iter().filter(|s| !s.key.is_null())
    }

    pub fn slot_from(&self, mut pos: usize) -> Option<(usize, &Slot)> {
        while pos < self.table.len() {
            if !self.table[pos].key.is_null() {
                return Some((pos, &self.table[pos]));
            }
            pos += 1;
        }
        None
    }

    /// Removes an arbitrary key (`set.pop`), scanning from a finger as CPython.
    pub fn pop_any(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        while self.table[i].key.is_null() {
            i = (i + 1) & mask;
        }
        *finger = i + 1;
        Some(self.remove_at(i))
    }
}
