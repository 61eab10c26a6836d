//! The value representation.
//!
//! A `Value` is a 16-byte enum: `None`, `bool`, a machine-size `int` and a
//! `float` are stored inline and never allocate; everything else is a
//! reference-counted pointer to a heap [`PyObject`]. Ints that fit in i64
//! are always inline (canonical); larger ones are `Payload::Int` objects.
//! `Null` is the interpreter's marker for an empty slot (an unbound local,
//! the NULL below a callable); it never reaches Python code.
//!
//! Inline floats have no address, so their identity is their bits: the
//! same float value passed around is the same object (`x is x`, and a
//! container finds `x` by identity before equality). That is only
//! observable for NaN, the one float not equal to itself: CPython's
//! `x = nan; x in [x]` is True while `float('nan') in [float('nan')]` is
//! False, because each float operation makes a new object. So every
//! operation that makes a float goes through [`Value::float`], which gives
//! a NaN result a fresh identity stamp in its payload bits (the sign and
//! the quiet bit are kept). The stamp never shows: NaN prints, compares,
//! converts and formats the same whatever its payload, and the modules
//! that write a float's bits (`struct`) write the canonical quiet NaN. The
//! one thing lost is a NaN's own payload read from bytes (CPython keeps
//! it through `struct.unpack` and `struct.pack`).

use crate::object::PyObject;
use std::rc::Rc;

/// A reference-counted heap object.
pub type Obj = Rc<PyObject>;

/// `repr(u64)` keeps the tag a full word, so moves are two aligned
/// word copies (a `u8` tag made the compiler copy through padding).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Obj),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Moves `v` into `*dst` as two word stores. Copying a `Value` through a
/// 16-byte register after two 8-byte stores stalls store forwarding; the
/// dispatch loop's pushes and stores go through here instead.
///
/// # Safety
/// `dst` must be valid for writes and hold no live value (it is not
/// dropped).
#[inline(always)]
pub unsafe fn write_value(dst: *mut Value, v: Value) {
    // SAFETY: `Value` is 16 bytes (asserted above) and any bit pattern of
    // a live value may be moved word by word; `v` is never dropped
    // (ManuallyDrop), so ownership moves to `*dst`.
    unsafe {
        // The two words as values, not through `v`'s place in memory: a
        // value just built (a result's tag and payload) goes from its
        // registers to the slot, without a store to the stack frame and a
        // reload. `MaybeUninit` words, as a payload-less variant leaves its
        // second word undefined.
        let words = std::mem::transmute::<Value, [std::mem::MaybeUninit<u64>; 2]>(v);
        let d = dst as *mut std::mem::MaybeUninit<u64>;
        std::ptr::write_volatile(d, words[0]);
        std::ptr::write_volatile(d.add(1), words[1]);
    }
}

/// Reads the value at `src` as two word loads (see [`write_value`]):
/// a 16-byte load of a slot just written by two 8-byte stores cannot be
/// store-forwarded and stalls; word loads always can.
///
/// # Safety
/// `src` must point to a live value; the caller takes ownership of the
/// copy (so the slot must be treated as moved-from, or the value must be
/// one that needs no drop, or a refcount must be added).
#[inline(always)]
pub unsafe fn read_value(src: *const Value) -> Value {
    // SAFETY: as documented above; volatile keeps the two loads separate.
    unsafe {
        let s = src as *const u64;
        let words = [std::ptr::read_volatile(s), std::ptr::read_volatile(s.add(1))];
        std::mem::transmute::<[u64; 2], Value>(words)
    }
}

/// Copies the value at `src` to `dst` word by word, without passing it
/// through a temporary (the dispatch loop's LOAD_FAST/STORE_FAST: a
/// temporary in that huge function lives in a stack spill slot, adding two
/// store/load round trips per move).
///
/// # Safety
/// As [`read_value`] for `src` and [`write_value`] for `dst`; the caller
/// settles ownership (add a reference, or treat `src` as moved-from).
#[inline(always)]
pub unsafe fn copy_value(dst: *mut Value, src: *const Value) {
    // SAFETY: both point at 16-byte values, as documented above.
    unsafe {
        let (s, d) = (src as *const u64, dst as *mut u64);
        let (a, b) = (std::ptr::read_volatile(s), std::ptr::read_volatile(s.add(1)));
        std::ptr::write_volatile(d, a);
        std::ptr::write_volatile(d.add(1), b);
    }
}

/// Swaps the values at `a` and `b` word by word (see [`read_value`]: a
/// 16-byte swap of slots just written by word stores would stall).
///
/// # Safety
/// Both must point at live values (they may be the same slot).
#[inline(always)]
pub unsafe fn swap_values(a: *mut Value, b: *mut Value) {
    // SAFETY: both point at 16-byte values, as documented above.
    unsafe {
        let (x, y) = (read_value(a), read_value(b));
        write_value(a, y);
        write_value(b, x);
    }
}

impl Clone for Value {
    /// A bitwise copy, plus a reference-count increment for `Obj`. Copying
    /// the 16 bytes as a whole (rather than rebuilding tag and payload)
    /// keeps the dispatch loop's pushes free of store-forwarding stalls.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live Rc; the count we add is owned by the
            // copy returned below.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: every variant is plain data or an Rc whose count was
        // just incremented for this copy.
        unsafe { read_value(self) }
    }
}

impl Value {
    /// Adds a reference for a copy made with [`copy_value`].
    #[inline(always)]
    pub fn incref(&self) {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live Rc; the count added is owned by the copy.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// Identity with a value known to be an object (an attribute name,
    /// say): one tag test and a pointer compare.
    #[inline(always)]
    pub fn is_obj(&self, other: &Obj) -> bool {
        matches!(self, Value::Obj(o) if Rc::ptr_eq(o, other))
    }
    /// A stable identity number for `id()`.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as i64 * 16,
            Value::Int(i) => 0x7000_0000_0000i64.wrapping_add(i.wrapping_mul(16)),
            Value::Float(f) => 0x5000_0000_0000i64 ^ (f.to_bits() as i64 >> 4 << 4),
        }
    }
}

impl From<Obj> for Value {
    fn from(o: Obj) -> Value {
        Value::Obj(o)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

/// The payload bits of a NaN below the quiet bit: where its identity
/// stamp goes.
const NAN_STAMP_MASK: u64 = (1 << 51) - 1;

/// `f` (a NaN) with a stamp no NaN made before has: a new identity.
#[cold]
#[inline(never)]
pub fn fresh_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    // Starts at 1: a NaN that never went through here (payload 0) is
    // never the same object as a stamped one.
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let stamp = NEXT.fetch_add(1, Ordering::Relaxed) & NAN_STAMP_MASK;
    let sign = f.to_bits() & (1 << 63);
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | stamp.max(1))
}

/// The bits CPython would store for `f` (for the modules that write
/// floats as bytes): a NaN's identity stamp cleared, or the payload it
/// was read with (see [`nan_from_bits`]).
#[inline]
pub fn canonical_float(f: f64) -> f64 {
    if f.is_nan() {
        let stamp = f.to_bits() & NAN_STAMP_MASK;
        if let Some(bits) = NAN_PAYLOADS.with(|m| m.borrow().get(&stamp).copied()) {
            return f64::from_bits(bits);
        }
        f64::from_bits((f.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000)
    } else {
        f
    }
}

/// At most this many NaN payloads are remembered (each NaN read from bytes
/// with a payload is one entry, never freed); past it they read as the
/// default NaN.
const NAN_PAYLOADS_MAX: usize = 1 << 16;

thread_local! {
    /// The bits of NaNs read from bytes with a payload, by identity stamp.
    static NAN_PAYLOADS: std::cell::RefCell<std::collections::HashMap<u64, u64>> = Default::default();
}

/// The float for `f` read from bytes (`struct.unpack`, `array`): a NaN
/// other than the default quiet one keeps its bits for when it is written
/// back (CPython's floats hold any bits; tern's NaNs carry an identity
/// stamp in theirs, so the payload is kept aside).
pub fn float_from_bytes(f: f64) -> Value {
    if !f.is_nan() || f.to_bits() & !(1 << 63) == 0x7ff8_0000_0000_0000 {
        return Value::float(f);
    }
    let stamped = fresh_nan(f);
    NAN_PAYLOADS.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() < NAN_PAYLOADS_MAX {
            m.insert(stamped.to_bits() & NAN_STAMP_MASK, f.to_bits());
        }
    });
    Value::Float(stamped)
}

impl Value {
    /// A float made by an operation: a new object, which for a NaN means
    /// a fresh identity (see the module docs).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value::Float(fresh_nan(f))
        } else {
            Value::Float(f)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn null_is_all_zero_bytes() {
        let zero: Value = unsafe { std::mem::zeroed() };
        assert!(zero.is_null());
        let null = Value::Null;
        // SAFETY: reading the bytes of a live value for inspection only.
        let bytes: [u8; 16] = unsafe { std::mem::transmute(null) };
        assert_eq!(&bytes[..8], &[0u8; 8]);
    }
}
