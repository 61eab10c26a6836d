//! Dict watchers (the reference's Unladen Swallow idea, CPython 3.12's
//! `PyDict_Watch`): a specialized LOAD_GLOBAL registers itself with the
//! module and builtins dicts it read, and a change to the keys of a watched
//! dict (insert of a new key, delete, resize, clear) or its destruction
//! rewrites every registered site back to the adaptive LOAD_GLOBAL at once.
//! A hit then needs no keys-version check: only that the frame's globals
//! (and builtins) are the dicts the code object was specialized for.
//!
//! Sites are registered by a watch id stored in the dict (not its address),
//! so a dict moved out of its object (`dict.clear()` takes the old table
//! to drop it outside the borrow) still notifies when it changes or drops.
//! Invariant: code that moves a `Dict` out of a dict object must drop it
//! (or change its keys) before any bytecode runs.

use crate::code::Code;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use tern_bytecode::{decode, encode, Opcode};

/// A specialized instruction that depends on a dict's keys.
struct Site {
    code: Weak<Code>,
    pc: usize,
    /// The adaptive counter word to restore.
    reset: u32,
}

thread_local! {
    static SITES: RefCell<HashMap<u32, Vec<Site>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Sites rewritten by invalidation, per specialized opcode (statistics).
    static INVALIDATED: RefCell<Vec<u64>> = RefCell::new(vec![0; 256]);
}

/// A fresh watch id for a dict that becomes watched.
pub(crate) fn new_watch_id() -> u32 {
    NEXT_ID.with(|c| {
        let v = c.get();
        c.set(v.wrapping_add(1).max(1));
        v
    })
}

/// Registers the instruction at `pc` of `code` with the dict watched
/// under `id`.
pub fn add_site(id: u32, code: &Rc<Code>, pc: usize, reset: u32) {
    SITES.with(|s| s.borrow_mut().entry(id).or_default().push(Site { code: Rc::downgrade(code), pc, reset }));
}

/// The dict watched under `id` changed its keys or is gone: every site
/// that depends on it goes back to its adaptive form.
pub(crate) fn dict_changed(id: u32) {
    // `try_with`: a dict dropped while thread-locals are being destroyed
    // (at thread exit) has no sites left to invalidate.
    let Ok(Some(sites)) = SITES.try_with(|s| s.borrow_mut().remove(&id)) else { return };
    for site in sites {
        let Some(code) = site.code.upgrade() else { continue };
        let (b, arg) = decode(code.words[site.pc].get());
        let Some(op) = Opcode::from_u8(b) else { continue };
        if op.family() != op {
            let _ = INVALIDATED.try_with(|v| v.borrow_mut()[b as usize] += 1);
            code.words[site.pc].set(encode(op.family(), arg));
            code.words[site.pc + 1].set(site.reset);
        }
    }
}

/// Sites invalidated so far, per specialized opcode.
pub fn invalidations() -> Vec<u64> {
    INVALIDATED.with(|v| v.borrow().clone())
}
