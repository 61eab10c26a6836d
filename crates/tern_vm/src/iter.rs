//! The state of builtin iterators (list, tuple, range, str, dict views,
//! set, enumerate, zip, map, filter, reversed, sequence and callable
//! iterators). `Vm::next` advances them.

use crate::value::Value;

/// The position of an iterator over a range whose bounds exceed i64.
pub struct BigRangeIter {
    pub next: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
}

pub enum IterState {
    /// list, tuple and other sequences indexed by position.
    List {
        seq: Value,
        index: usize,
    },
    Tuple {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Boxed: three big ints would double the size of every iterator.
    BigRange(Box<BigRangeIter>),
    Str {
        s: Value,
        byte: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    Dict {
        dict: Value,
        pos: usize,
        kind: crate::object::ViewKind,
        len: usize,
        /// Items still to come: finding one more means keys were swapped
        /// while the size stayed (CPython's "keys changed" error). u32
        /// keeps `Payload` small; bigger dicts only lose this check.
        left: u32,
        /// The last items tuple, reused when nothing else holds it.
        last: Value,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
        /// The last result tuple, reused when nothing else holds it.
        last: Value,
    },
    Zip {
        /// Shared, so that a step can hold them while it calls `next`.
        its: std::rc::Rc<[Value]>,
        strict: bool,
        /// The last result tuple, reused when nothing else holds it.
        last: Value,
    },
    Map {
        func: Value,
        /// Shared, so that a step can hold them while it calls `next`.
        its: std::rc::Rc<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    /// The old `__getitem__` protocol.
    Seq {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A deque's iterator (`reverse`: `__reversed__`'s): `counter` items
    /// are left while the deque's `state` is still `state`.
    Deque {
        deque: Value,
        state: usize,
        counter: usize,
        reverse: bool,
    },
    /// A native itertools iterator (`iter_tools.rs`).
    Tool(Box<crate::iter_tools::Tool>),
    Exhausted,
}
