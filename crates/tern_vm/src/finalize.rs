//! `__del__`: an object whose class defines it is finalized once, when its
//! last reference goes.
//!
//! By then Rust is freeing it (its count is zero and cannot be raised
//! again), so its class, attribute dict and payload move into a new object
//! that stands in for it, and `__del__` runs on that at the next finalizer
//! point (`Vm::run_finalizers`: the next call, and the end of the
//! program). CPython runs it at once; a program sees the difference only
//! between a `del` and its next call, or by comparing `id`s. The stand-in
//! is marked finalized, so that its own end runs nothing (PEP 442: once per
//! object), even when `__del__` stored `self` somewhere.

use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::Vm;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once any class has defined `__del__`: until then freeing an object
/// costs one load here, not a look at its class.
static DEL_DEFINED: AtomicBool = AtomicBool::new(false);

/// A class got a `__del__` (at its creation or by assignment).
pub fn note_del_defined() {
    DEL_DEFINED.store(true, Ordering::Relaxed);
}

thread_local! {
    /// Stand-ins waiting for their `__del__`.
    static QUEUE: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    /// Addresses of live stand-ins (finalized objects).
    static FINALIZED: RefCell<Option<HashSet<usize>>> = const { RefCell::new(None) };
}

impl Drop for PyObject {
    #[inline]
    fn drop(&mut self) {
        if DEL_DEFINED.load(Ordering::Relaxed) {
            self.finalize_on_drop();
        }
        crate::weakref_callbacks::on_drop(self as *const PyObject as usize);
    }
}

impl PyObject {
    #[cold]
    #[inline(never)]
    fn finalize_on_drop(&mut self) {
        let Some(cls) = self.class.try_get() else { return };
        let Payload::Type(td) = &cls.payload else { return };
        if !td.heap || matches!(self.payload, Payload::Type(_)) || !td.has_del() {
            return;
        }
        let me = self as *const PyObject as usize;
        if FINALIZED.try_with(|f| f.borrow_mut().as_mut().is_some_and(|s| s.remove(&me))).unwrap_or(true) {
            return;
        }
        let cls = cls.clone();
        let dict = self.dict.take();
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        let standin = PyObject::new(cls, dict, payload);
        let addr = Rc::as_ptr(&standin) as usize;
        let queued = FINALIZED.try_with(|f| f.borrow_mut().get_or_insert_with(HashSet::new).insert(addr)).is_ok()
            && QUEUE.try_with(|q| q.borrow_mut().push(standin.clone())).is_ok();
        if queued {
            crate::generator::note_pending();
        } else {
            // The thread is going away: drop it unfinalized, without
            // coming back here.
            let _ = FINALIZED.try_with(|f| f.borrow_mut().as_mut().map(|s| s.remove(&addr)));
            std::mem::forget(standin);
        }
    }
}

/// The stand-ins whose `__del__` is due, oldest first.
pub fn take_queue() -> Vec<Obj> {
    QUEUE.try_with(|q| std::mem::take(&mut *q.borrow_mut())).unwrap_or_default()
}

/// Records that `o`'s `__del__` has run (or is running), so that freeing
/// it runs nothing.
fn mark_finalized(o: &Obj) -> bool {
    let addr = Rc::as_ptr(o) as usize;
    FINALIZED.try_with(|f| f.borrow_mut().get_or_insert_with(HashSet::new).insert(addr)).unwrap_or(false)
}

pub(crate) fn has_del(o: &Obj) -> bool {
    match &o.class().payload {
        Payload::Type(td) => td.heap && !matches!(o.payload, Payload::Type(_)) && td.has_del(),
        _ => false,
    }
}

impl Vm {
    /// Runs `__del__` on `obj` (a stand-in, or a live object at the end of
    /// the program); an exception is printed as CPython prints one raised
    /// by a finalizer.
    pub(crate) fn call_del(&mut self, obj: Obj) {
        let cls = obj.class().clone();
        let Some(del) = self.lookup_type_attr_str(&cls, "__del__") else { return };
        let this = Value::Obj(obj);
        let owner = Value::Obj(cls);
        let r = match self.bind_descriptor(&del, &this, &owner) {
            Ok(m) => self.call(&m, Args::new(&[])),
            Err(e) => Err(e),
        };
        if let Err(e) = r {
            self.print_unraisable_for(&del, &e);
        }
    }

    /// At the end of the program: `__del__` of the objects that the
    /// module dict `d` holds, directly or through lists, tuples, dicts,
    /// sets and instance attributes, in that order, while the module's
    /// names are all still bound. CPython's collector finalizes such
    /// objects before it clears anything, once `__main__` is gone.
    pub(crate) fn finalize_reachable(&mut self, d: &Obj) {
        if !DEL_DEFINED.load(Ordering::Relaxed) {
            return;
        }
        let mut seen: HashSet<usize> = HashSet::new();
        let mut found: Vec<Obj> = Vec::new();
        let mut todo: Vec<Obj> = vec![d.clone()];
        // Depth first, in each container's order.
        while let Some(o) = todo.pop() {
            if !seen.insert(Rc::as_ptr(&o) as usize) || seen.len() > 1_000_000 {
                continue;
            }
            if has_del(&o) {
                found.push(o.clone());
            }
            let entries = |d: &RefCell<crate::dict::Dict>| -> Vec<Value> {
                d.try_borrow().map(|d| d.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.value.clone()).collect()).unwrap_or_default()
            };
            let mut children: Vec<Value> = match &o.payload {
                Payload::List(l) => l.try_borrow().map(|l| l.clone()).unwrap_or_default(),
                Payload::Deque(d) => d.items.try_borrow().map(|d| d.iter().cloned().collect()).unwrap_or_default(),
                Payload::Tuple(t) => t.to_vec(),
                Payload::Dict(d) => entries(d),
                Payload::Slots(s) => s.try_borrow().map(|s| s.clone()).unwrap_or_default(),
                Payload::InstanceValues(v) => v.try_borrow().map(|v| v.values.clone()).unwrap_or_default(),
                Payload::Set(s) => s.try_borrow().map(|s| s.iter().map(|k| k.key.clone()).collect()).unwrap_or_default(),
                _ => Vec::new(),
            };
            if o.class().as_type().is_some_and(|t| t.heap) && !matches!(o.payload, Payload::Type(_)) {
                if let Some(d) = o.attr_dict() {
                    children.extend(entries(d));
                }
            }
            for c in children.into_iter().rev() {
                if let Value::Obj(c) = c {
                    todo.push(c);
                }
            }
        }
        for o in found {
            if mark_finalized(&o) {
                self.call_del(o);
            }
        }
    }
}
