//! Frames live on the VM's frame stack, not the Rust stack: a Python call
//! pushes one and the same dispatch loop continues in it.

use crate::code::Code;
use crate::value::{Obj, Value};
use crate::value_stack::ValueStack;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next word to execute.
    pub pc: usize,
    pub stack: ValueStack,
    /// Locals, then cells, then free-variable cells (cells as cell objects).
    pub fast: Vec<Value>,
    pub globals: Obj,
    pub builtins: Obj,
    /// The locals mapping of module and class bodies; Null in functions.
    pub locals: Value,
    /// When this frame returns or yields, the dispatch loop returns to Rust.
    pub is_entry: bool,
    /// Keyword names set by KW_NAMES for the next CALL.
    pub kwnames: Option<Value>,
    /// The generator object running this frame, if any (Null otherwise).
    pub generator: Value,
    /// For an `__init__` frame entered by CALL_ALLOC_AND_ENTER_INIT: the
    /// new instance, which the call returns instead of `__init__`'s None.
    pub init_self: Value,
}

impl Frame {
    /// Moves the caller's arguments `stack[start..]` into this frame's
    /// locals from `offset` on, word by word (a 16-byte reload of
    /// arguments just pushed with word stores would stall; see
    /// `value::write_value`). The caller's stack is truncated to `start`.
    /// The frame must be fresh: those locals are unset, so nothing is
    /// dropped (and the zeroed memory is not read back).
    #[inline(always)]
    pub fn take_args(&mut self, stack: &mut ValueStack, start: usize, offset: usize) {
        let n = stack.len().saturating_sub(start);
        assert!(offset + n <= self.fast.len(), "more arguments than locals");
        debug_assert!(self.fast[offset..offset + n].iter().all(Value::is_null));
        // SAFETY: `stack[start..start + n]` are live and become owned by
        // the locals (the stack's length drops first); the locals hold
        // `Value::Null`, which needs no drop.
        unsafe {
            stack.set_len(start);
            for i in 0..n {
                crate::value::copy_value(self.fast.as_mut_ptr().add(offset + i), stack.as_ptr().add(start + i));
            }
        }
    }

    pub fn new(code: Rc<Code>, globals: Obj, builtins: Obj, locals: Value) -> Frame {
        let slots = code.total_slots();
        let stack = ValueStack::with_capacity(code.co.max_stack as usize);
        Frame {
            code,
            pc: 0,
            stack,
            fast: vec![Value::Null; slots],
            globals,
            builtins,
            locals,
            is_entry: false,
            kwnames: None,
            generator: Value::Null,
            init_self: Value::Null,
        }
    }

    /// Reuses a pooled frame, left empty by [`Frame::clear`], for a call
    /// of a function: `code`, `globals` and `builtins` are only stored
    /// (with a new reference) when they differ from what the frame last
    /// ran, which in recursion and loops they usually do not.
    #[inline(always)]
    pub fn reset(&mut self, code: &Rc<Code>, globals: &Obj, builtins: &Obj) {
        debug_assert!(self.is_clear());
        let slots = code.total_slots();
        if self.fast.capacity() < slots {
            self.fast.reserve(slots);
        }
        // SAFETY: capacity for `slots` values is there; two zero words are
        // `Value::Null` (tag 0 of a `repr(u64)` enum whose first variant
        // carries no data; see `value::tests`). Volatile stores keep this a
        // couple of moves per slot rather than a call to `memset`.
        unsafe {
            let p = self.fast.as_mut_ptr() as *mut u64;
            for i in 0..2 * slots {
                std::ptr::write_volatile(p.add(i), 0);
            }
            self.fast.set_len(slots);
        }
        let max_stack = code.co.max_stack as usize;
        if self.stack.capacity() < max_stack {
            self.stack.reserve(max_stack);
        }
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        if !Rc::ptr_eq(&self.builtins, builtins) {
            self.builtins = builtins.clone();
        }
        self.pc = 0;
        self.is_entry = false;
    }

    /// Drops the values a finished frame still holds, leaving it ready for
    /// [`Frame::reset`] (its code and dicts stay, to be compared there).
    #[inline(always)]
    pub fn clear(&mut self) {
        self.fast.clear();
        self.stack.clear();
        if !self.locals.is_null() {
            self.locals = Value::Null;
        }
        if self.kwnames.is_some() {
            self.kwnames = None;
        }
        if !self.generator.is_null() {
            self.generator = Value::Null;
        }
        if !self.init_self.is_null() {
            self.init_self = Value::Null;
        }
    }

    /// Whether [`Frame::clear`] left nothing behind.
    fn is_clear(&self) -> bool {
        self.fast.is_empty()
            && self.stack.is_empty()
            && self.locals.is_null()
            && self.kwnames.is_none()
            && self.generator.is_null()
            && self.init_self.is_null()
    }

    /// The line being executed (for tracebacks).
    pub fn line(&self) -> u32 {
        self.code.co.line_at(self.pc.saturating_sub(1))
    }
}
