//! A frame's value stack: a fixed buffer and a pointer one past the top
//! item, as CPython's `stack_pointer`. Pushing and popping move that one
//! pointer (a `Vec` would load its buffer and length and store the
//! length back); the dispatch loop pushes without a capacity check, the
//! verifier having bounded the depth (see `Vm::load_code`). Read access
//! goes through `Deref` to the slice of live items.

use crate::value::Value;
use std::ops::{Deref, DerefMut};

pub struct ValueStack {
    /// The buffer (from a `Vec` of capacity `cap`, never reallocated while
    /// items are live except by `reserve`).
    base: *mut Value,
    /// One past the top item.
    top: *mut Value,
    cap: usize,
}

impl ValueStack {
    pub fn with_capacity(cap: usize) -> ValueStack {
        let mut v: Vec<Value> = Vec::with_capacity(cap);
        let base = v.as_mut_ptr();
        let cap = v.capacity();
        std::mem::forget(v);
        ValueStack { base, top: base, cap }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: `top` is within the buffer, at or above `base`, and both
        // are aligned to whole values (an exact division).
        unsafe { self.top.offset_from(self.base) as usize }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.top == self.base
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// The pointer to the bottom slot.
    #[inline(always)]
    pub fn base_ptr(&self) -> *mut Value {
        self.base
    }

    /// The pointer one past the top item.
    #[inline(always)]
    pub fn top_ptr(&self) -> *mut Value {
        self.top
    }

    /// Moves the top to `top` (inside the buffer). The caller has written
    /// or taken ownership of the values crossed.
    ///
    /// # Safety
    /// `top` must lie in `base..=base + cap`, with live values below it.
    #[inline(always)]
    pub unsafe fn set_top_ptr(&mut self, top: *mut Value) {
        debug_assert!(top >= self.base && top <= self.base.add(self.cap));
        self.top = top;
    }

    /// # Safety
    /// As `Vec::set_len`: the first `n` slots must hold live values, and
    /// values above `n` are forgotten (their ownership taken elsewhere).
    #[inline(always)]
    pub unsafe fn set_len(&mut self, n: usize) {
        debug_assert!(n <= self.cap);
        self.top = self.base.add(n);
    }

    /// Pushes with a capacity check (growing if needed), for callers
    /// outside the dispatch loop.
    pub fn push(&mut self, v: Value) {
        if self.len() == self.cap {
            self.reserve(self.cap.max(4));
        }
        // SAFETY: there is room for one more value past the top.
        unsafe {
            self.top.write(v);
            self.top = self.top.add(1);
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        // SAFETY: the top item is live; moving `top` down first hands its
        // ownership to the returned value.
        unsafe {
            self.top = self.top.sub(1);
            Some(self.top.read())
        }
    }

    /// Drops the items from `n` up (if there are that many).
    #[inline(always)]
    pub fn truncate(&mut self, n: usize) {
        let new_top = self.base.wrapping_add(n);
        if new_top >= self.top {
            return;
        }
        // SAFETY: the items from `new_top` up are live; the top moves down
        // before they are dropped, so a drop that looks at the stack sees
        // them gone.
        unsafe {
            let old_top = self.top;
            self.top = new_top;
            let mut p = new_top;
            while p < old_top {
                std::ptr::drop_in_place(p);
                p = p.add(1);
            }
        }
    }

    /// Drops every item; a returning frame's stack is usually empty
    /// already, so that test is inline and the loop is not.
    #[inline(always)]
    pub fn clear(&mut self) {
        if self.top != self.base {
            self.clear_items();
        }
    }

    #[inline(never)]
    fn clear_items(&mut self) {
        self.truncate(0);
    }

    /// Removes and returns the items from `n` up.
    pub fn split_off(&mut self, n: usize) -> Vec<Value> {
        let len = self.len();
        assert!(n <= len, "split_off past the top");
        let mut out = Vec::with_capacity(len - n);
        // SAFETY: items `n..len` are live and move into `out` (the top
        // moves down, so the stack forgets them).
        unsafe {
            std::ptr::copy_nonoverlapping(self.base.add(n), out.as_mut_ptr(), len - n);
            out.set_len(len - n);
            self.top = self.base.add(n);
        }
        out
    }

    /// Makes room for at least `more` items beyond the current ones.
    pub fn reserve(&mut self, more: usize) {
        let len = self.len();
        if self.cap - len >= more {
            return;
        }
        // SAFETY: the buffer came from a `Vec` of this capacity with `len`
        // live items; it is rebuilt, grown and taken apart again.
        unsafe {
            let mut v = Vec::from_raw_parts(self.base, len, self.cap);
            v.reserve(more);
            self.base = v.as_mut_ptr();
            self.top = self.base.add(len);
            self.cap = v.capacity();
            std::mem::forget(v);
        }
    }
}

impl Deref for ValueStack {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `base..top` are the live items.
        unsafe { std::slice::from_raw_parts(self.base, self.len()) }
    }
}

impl DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as above, borrowed mutably through `self`.
        unsafe { std::slice::from_raw_parts_mut(self.base, self.len()) }
    }
}

impl Extend<Value> for ValueStack {
    fn extend<I: IntoIterator<Item = Value>>(&mut self, items: I) {
        for v in items {
            self.push(v);
        }
    }
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        // SAFETY: the buffer came from a `Vec` of capacity `cap` whose
        // first `len` items are live; the `Vec` drops them and frees it.
        unsafe { drop(Vec::from_raw_parts(self.base, self.len(), self.cap)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_pop_truncate_and_grow() {
        let mut s = ValueStack::with_capacity(2);
        for i in 0..10 {
            s.push(Value::Int(i));
        }
        assert_eq!(s.len(), 10);
        assert!(matches!(s.pop(), Some(Value::Int(9))));
        s.truncate(4);
        assert_eq!(s.len(), 4);
        let rest = s.split_off(2);
        assert!(matches!(rest[..], [Value::Int(2), Value::Int(3)]));
        assert!(matches!(s[..], [Value::Int(0), Value::Int(1)]));
        s.clear();
        assert!(s.is_empty() && s.pop().is_none());
    }
}
