//! A collector for reference cycles that start at closures.
//!
//! Reference counting frees everything except cycles. The commonest cycle
//! in ordinary code goes through a closure: a nested function that refers
//! to itself (a recursive helper, a memoizing wrapper) holds the cell that
//! holds it. tern tracks every function made with a closure and, after a
//! number of them were made (or at `gc.collect()`), looks at the objects
//! they reach:
//!
//! 1. It gathers the containers reachable from the live tracked functions
//!    (functions, cells, lists, tuples, dicts, sets, bound methods and
//!    instances with their attributes), stopping at modules, classes and
//!    globals, and counts how many references each receives from inside
//!    that set.
//! 2. A container whose reference count is higher is referenced from
//!    elsewhere (a frame, a global, a native structure): it is alive, and
//!    so is all it reaches. The rest is garbage: only garbage refers to it.
//! 3. It empties the mutable containers of the garbage (cells, lists,
//!    dicts, sets, attributes); every cycle passes through one, so the
//!    reference counts then free them all.
//!
//! Any reference it does not see (a generator's frame, a native object's
//! field) makes its target look referenced from elsewhere, so what it does
//! not understand it keeps: it can leak, never free a live object. Garbage
//! that holds an instance of a class with `__del__` is kept (CPython would
//! finalize it first; tern does not yet).

use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Tracked functions made between automatic collections, at least.
const MIN_THRESHOLD: usize = 2000;

/// The functions with closures made so far (weakly held).
#[derive(Default)]
pub struct Tracker {
    roots: Vec<Weak<PyObject>>,
    /// Collect when `roots` grows to this length.
    threshold: usize,
    /// Off while `gc.disable()` is in force.
    pub enabled: bool,
}

impl Tracker {
    pub fn new() -> Tracker {
        Tracker { roots: Vec::new(), threshold: MIN_THRESHOLD, enabled: true }
    }

    /// Tracks a new function with a closure; true when an automatic
    /// collection is due.
    #[inline]
    pub fn track(&mut self, f: &Obj) -> bool {
        self.roots.push(Rc::downgrade(f));
        self.enabled && self.roots.len() >= self.threshold
    }

    /// One collection; returns how many objects it found unreachable.
    pub fn collect(&mut self) -> usize {
        self.roots.retain(|w| w.strong_count() > 0);
        let found = collect_from(&self.roots);
        self.roots.retain(|w| w.strong_count() > 0);
        // Amortized: the next collection waits for as many new closures as
        // are alive now (and at least MIN_THRESHOLD).
        self.threshold = (self.roots.len() * 2).max(MIN_THRESHOLD);
        found
    }
}

/// Whether `o` is a container whose references the collector follows.
fn is_container(o: &PyObject) -> bool {
    match &o.payload {
        Payload::List(_)
        | Payload::Deque(_)
        | Payload::Tuple(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::Cell(_)
        | Payload::Function(_)
        | Payload::BoundMethod { .. }
        | Payload::InstanceValues(_)
        | Payload::Slots(_) => true,
        // An instance of a plain class whose attributes moved to a dict
        // object (or never had any).
        Payload::Instance => o.dict.get().is_some(),
        _ => false,
    }
}

/// Calls `visit` with every object `o` holds a counted reference to, of
/// those the collector follows; false if `o` is in use (borrowed) and
/// could not be read.
fn traverse(o: &PyObject, visit: &mut impl FnMut(&Obj)) -> bool {
    let mut obj = |c: &Obj| {
        if is_container(c) {
            visit(c);
        }
    };
    let mut value = |v: &Value| {
        if let Value::Obj(c) = v {
            obj(c);
        }
    };
    match &o.payload {
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(&mut value),
            Err(_) => return false,
        },
        Payload::Deque(d) => match d.items.try_borrow() {
            Ok(items) => items.iter().for_each(&mut value),
            Err(_) => return false,
        },
        Payload::Tuple(t) => t.iter().for_each(&mut value),
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|e| {
                value(&e.key);
                value(&e.value);
            }),
            Err(_) => return false,
        },
        Payload::InstanceValues(v) => match v.try_borrow() {
            Ok(v) => v.values.iter().for_each(&mut value),
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(|slot| value(&slot.key)),
            Err(_) => return false,
        },
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => value(&c),
            Err(_) => return false,
        },
        Payload::Slots(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(&mut value),
            Err(_) => return false,
        },
        Payload::Function(f) => {
            match (f.defaults.try_borrow(), f.kwdefaults.try_borrow()) {
                (Ok(d), Ok(k)) => {
                    d.iter().for_each(&mut value);
                    value(&k);
                }
                _ => return false,
            }
            f.closure.iter().for_each(&mut obj);
        }
        Payload::BoundMethod { func, self_ } => {
            value(func);
            value(self_);
        }
        _ => {}
    }
    // The attribute dict object of functions and instances (a class's or
    // module's is not followed: `is_container` leaves those out).
    if let Some(d) = o.dict.get() {
        obj(d);
    }
    true
}

/// Steps 1 to 3 of the module comment over what `roots` reach.
fn collect_from(roots: &[Weak<PyObject>]) -> usize {
    // 1. The reachable containers (each held once, by `nodes`) and the
    // references each gets from the others.
    let mut index: HashMap<*const PyObject, usize> = HashMap::new();
    let mut nodes: Vec<Obj> = Vec::new();
    let mut internal: Vec<usize> = Vec::new();
    let mut readable: Vec<bool> = Vec::new();
    for r in roots {
        if let Some(o) = r.upgrade() {
            if let std::collections::hash_map::Entry::Vacant(e) = index.entry(Rc::as_ptr(&o)) {
                e.insert(nodes.len());
                nodes.push(o);
                internal.push(0);
            }
        }
    }
    let mut i = 0;
    while i < nodes.len() {
        let o = nodes[i].clone();
        let ok = traverse(&o, &mut |c| {
            let k = *index.entry(Rc::as_ptr(c)).or_insert_with(|| {
                nodes.push(c.clone());
                internal.push(0);
                nodes.len() - 1
            });
            internal[k] += 1;
        });
        readable.push(ok);
        i += 1;
    }
    // 2. Referenced from outside the set: more references than the set
    // holds, plus the one in `nodes` (the clone `o` above is gone).
    let mut alive = vec![false; nodes.len()];
    let mut todo: Vec<usize> = (0..nodes.len()).filter(|&k| !readable[k] || Rc::strong_count(&nodes[k]) > internal[k] + 1).collect();
    while let Some(k) = todo.pop() {
        if alive[k] {
            continue;
        }
        alive[k] = true;
        traverse(&nodes[k], &mut |c| {
            if let Some(&j) = index.get(&Rc::as_ptr(c)) {
                if !alive[j] {
                    todo.push(j);
                }
            }
        });
    }
    let garbage: Vec<&Obj> = nodes.iter().zip(&alive).filter(|(_, a)| !**a).map(|(o, _)| o).collect();
    if garbage.is_empty() || garbage.iter().any(|o| crate::finalize::has_del(o)) {
        return 0;
    }
    // 3. Empty them; what they held is dropped after all are emptied.
    let mut trash: Vec<Value> = Vec::new();
    for o in &garbage {
        clear(o, &mut trash);
    }
    let n = garbage.len();
    drop(garbage);
    drop(trash);
    n
}

/// Moves the references a mutable container holds into `trash`.
fn clear(o: &PyObject, trash: &mut Vec<Value>) {
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                trash.append(&mut l);
            }
        }
        Payload::Deque(d) => {
            if let Ok(mut items) = d.items.try_borrow_mut() {
                trash.extend(items.drain(..));
                d.bump();
            }
        }
        Payload::InstanceValues(v) => {
            if let Ok(mut v) = v.try_borrow_mut() {
                trash.append(&mut v.values);
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                let entries = std::mem::take(&mut d.entries);
                d.clear();
                trash.extend(entries.into_iter().flat_map(|e| [e.key, e.value]));
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                trash.extend(s.iter().map(|slot| slot.key.clone()));
                s.clear();
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *c, Value::Null));
            }
        }
        Payload::Slots(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                for v in s.iter_mut() {
                    trash.push(std::mem::replace(v, Value::Null));
                }
            }
        }
        Payload::Function(f) => {
            if let Ok(mut d) = f.defaults.try_borrow_mut() {
                trash.append(&mut d);
            }
            if let Ok(mut k) = f.kwdefaults.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *k, Value::Null));
            }
        }
        _ => {}
    }
}
