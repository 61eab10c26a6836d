//! Weak-reference callbacks. `weakref.ref(obj, callback)` registers the
//! weakref object under `obj`'s address; when Rust frees `obj`, the
//! weakrefs registered for it move to a queue, and at the next finalizer
//! point (`Vm::run_finalizers`) each weakref still alive has its
//! `__callback__` called with it, as CPython calls them when the object
//! dies. (`weakref()` already returns None by then.)
//!
//! Freeing any object checks one word while no referent is registered,
//! and a 4096-bit address filter otherwise; only a filter hit looks in
//! the registry.

use crate::object::PyObject;
use crate::value::Obj;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// How many objects have callback weakrefs registered.
static REGISTERED: AtomicUsize = AtomicUsize::new(0);
/// Bit `(addr >> 4) % 4096` is set for every registered address (never
/// cleared: a stale bit only costs a registry look-up).
static FILTER: [AtomicU64; 64] = [const { AtomicU64::new(0) }; 64];

thread_local! {
    /// Referent address -> the weakref objects with callbacks on it.
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<PyObject>>>> = RefCell::new(HashMap::new());
    /// Weakrefs whose referent has died, oldest first.
    static DUE: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
}

fn filter_slot(addr: usize) -> (usize, u64) {
    let bit = (addr >> 4) % 4096;
    (bit / 64, 1 << (bit % 64))
}

/// Registers `weakref` (a weakref object whose `__callback__` is set) to
/// be called back when `referent` dies.
pub fn register(referent: &Obj, weakref: &Obj) {
    let addr = Rc::as_ptr(referent) as usize;
    let added = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let list = r.entry(addr).or_default();
        let new = list.is_empty();
        // Weakrefs that died before their referent are dropped here.
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(weakref));
        new
    });
    if added {
        REGISTERED.fetch_add(1, Ordering::Relaxed);
        let (word, mask) = filter_slot(addr);
        FILTER[word].fetch_or(mask, Ordering::Relaxed);
    }
}

/// Called as an object at `addr` is freed.
#[inline]
pub fn on_drop(addr: usize) {
    if REGISTERED.load(Ordering::Relaxed) == 0 {
        return;
    }
    let (word, mask) = filter_slot(addr);
    if FILTER[word].load(Ordering::Relaxed) & mask != 0 {
        due(addr);
    }
}

#[cold]
#[inline(never)]
fn due(addr: usize) {
    // `try_with`: objects freed while the thread's storage is torn down.
    let Ok(Some(list)) = REGISTRY.try_with(|r| r.borrow_mut().remove(&addr)) else { return };
    REGISTERED.fetch_sub(1, Ordering::Relaxed);
    // CPython calls the newest weakref's callback first.
    if DUE.try_with(|d| d.borrow_mut().extend(list.into_iter().rev())).is_ok() {
        crate::generator::note_pending();
    }
}

/// The weakrefs whose callbacks are due and that are still alive.
pub fn take_due() -> Vec<Obj> {
    let due = DUE.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default();
    due.iter().filter_map(Weak::upgrade).collect()
}
