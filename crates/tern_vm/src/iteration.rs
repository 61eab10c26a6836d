//! The iterator protocol: `iter()`, `next()`, and collecting iterables.

use crate::function::Args;
use crate::iter::IterState;
use crate::object::{Payload, ViewKind};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    fn new_iter(&mut self, class: crate::value::Obj, st: IterState) -> Value {
        // A pooled iterator object is refilled in place: nothing else holds
        // it (see `recycle_iter`).
        if let Some(mut o) = self.iter_pool.pop() {
            if let Some(p) = Rc::get_mut(&mut o) {
                *p = crate::object::PyObject {
                    class: crate::object::ClassCell::new(class),
                    dict: Default::default(),
                    payload: Payload::Iter(RefCell::new(st)),
                };
                return Value::Obj(o);
            }
        }
        self.new_object(class, Payload::Iter(RefCell::new(st)))
    }

    /// Keeps an exhausted list, tuple or range iterator that FOR_ITER held
    /// alone (no other reference, no weak one) for `new_iter`, its sequence
    /// released now as dropping it would; anything else is dropped.
    #[inline]
    pub fn recycle_iter(&mut self, it: Value) {
        const POOL_MAX: usize = 8;
        if let Value::Obj(mut o) = it {
            if self.iter_pool.len() < POOL_MAX && Rc::weak_count(&o) == 0 {
                if let Some(p) = Rc::get_mut(&mut o) {
                    if let Payload::Iter(st) = &mut p.payload {
                        *st.get_mut() = IterState::Exhausted;
                        self.iter_pool.push(o);
                    }
                }
            }
        }
    }

    /// Whether `iter(v)` could succeed (without calling anything).
    pub fn has_iter(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Generator(_) if crate::generator::is_coroutine(o) => false,
                Payload::Str(_)
                | Payload::List(_)
                | Payload::Deque(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
                | Payload::BigRange(_)
                | Payload::Iter(_)
                | Payload::Generator(_)
                | Payload::AsyncGenOp(_)
                | Payload::CoroWrapper(_)
                | Payload::DictView { .. }
                | Payload::MappingProxy(_) => true,
                _ => self.has_type_attr_str(v, "__iter__") || self.has_type_attr_str(v, "__getitem__"),
            },
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            // A standard stream (of `_io`'s Python classes, native inside).
            if let Payload::File(f) = &o.payload {
                if f.borrow().is_closed() {
                    return self.value_error("I/O operation on closed file.");
                }
                return Ok(v.clone());
            }
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if heap {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__iter__") {
                    if m.is_none() {
                        return self.type_error(format!("'{}' object is not iterable", self.type_name(v)));
                    }
                    if !crate::attr::is_native(&m) {
                        let it = self.call(&m, Args::new(&[v.clone()]))?;
                        let native_iter = matches!(&it, Value::Obj(io) if matches!(io.payload, Payload::Iter(_)))
                            || crate::generator::is_generator_not_coroutine(&it);
                        if !native_iter && !self.has_type_attr_str(&it, "__next__") {
                            return self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it)));
                        }
                        return Ok(it);
                    }
                }
            }
        }
        self.iter_builtin(v)
    }

    /// Builtin `iter()` (also `list.__iter__` etc. for subclasses).
    pub fn iter_builtin(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            if let Payload::MappingProxy(d) = &o.payload {
                let d = d.clone();
                return self.iter(&d);
            }
            let t = &self.types;
            let it = match &o.payload {
                Payload::Generator(_) if crate::generator::is_coroutine(o) => {
                    return self.type_error("'coroutine' object is not iterable");
                }
                Payload::List(_) => self.new_iter(t.list_iterator.clone(), IterState::List { seq: v.clone(), index: 0 }),
                Payload::Tuple(_) => self.new_iter(t.tuple_iterator.clone(), IterState::Tuple { seq: v.clone(), index: 0 }),
                Payload::Deque(d) => self.new_iter(t.deque_iterator.clone(), crate::methods::deque::iter_state(d, v, false)),
                // CPython's type for an iterator of a str that is not ASCII.
                Payload::Str(ps) if ps.nchars != ps.byte_len() => {
                    self.new_iter(t.str_iterator_unicode.clone(), IterState::Str { s: v.clone(), byte: 0 })
                }
                Payload::Str(_) => self.new_iter(t.str_iterator.clone(), IterState::Str { s: v.clone(), byte: 0 }),
                Payload::Range { start, stop, step } => {
                    self.new_iter(t.range_iterator.clone(), IterState::Range { next: *start, stop: *stop, step: *step })
                }
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    self.new_iter(
                        t.dict_keyiterator.clone(),
                        IterState::Dict {
                            dict: v.clone(),
                            pos: 0,
                            kind: ViewKind::Keys,
                            len,
                            left: len.min(u32::MAX as usize) as u32,
                            last: Value::Null,
                        },
                    )
                }
                Payload::DictView { dict, kind } => {
                    let len = match dict {
                        Value::Obj(d) => self.len_builtin(d).unwrap_or(0),
                        _ => 0,
                    };
                    let cls = match kind {
                        ViewKind::Keys => t.dict_keyiterator.clone(),
                        ViewKind::Values => t.dict_valueiterator.clone(),
                        ViewKind::Items => t.dict_itemiterator.clone(),
                    };
                    self.new_iter(
                        cls,
                        IterState::Dict {
                            dict: dict.clone(),
                            pos: 0,
                            kind: *kind,
                            len,
                            left: len.min(u32::MAX as usize) as u32,
                            last: Value::Null,
                        },
                    )
                }
                Payload::Set(s) => {
                    let len = s.borrow().len();
                    self.new_iter(t.set_iterator.clone(), IterState::Set { set: v.clone(), pos: 0, len })
                }
                Payload::Bytes(_) => self.new_iter(t.bytes_iterator.clone(), IterState::Bytes { b: v.clone(), index: 0 }),
                Payload::ByteArray(_) => self.new_iter(t.bytearray_iterator.clone(), IterState::Bytes { b: v.clone(), index: 0 }),
                Payload::Iter(_) | Payload::Generator(_) | Payload::AsyncGenOp(_) | Payload::CoroWrapper(_) => v.clone(),
                Payload::BigRange(r) => {
                    let st = IterState::BigRange(Box::new(crate::iter::BigRangeIter {
                        next: r.start.clone(),
                        stop: r.stop.clone(),
                        step: r.step.clone(),
                    }));
                    self.new_iter(t.longrange_iterator.clone(), st)
                }
                Payload::File(_) => return self.call_method(v, "__iter__", &[]),
                _ => {
                    let cls = o.class().clone();
                    if let Some(gi) = self.lookup_type_attr_str(&cls, "__getitem__") {
                        let _ = gi;
                        self.new_iter(self.types.seq_iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 })
                    } else {
                        return self.type_error(format!("'{}' object is not iterable", self.type_name(v)));
                    }
                }
            };
            return Ok(it);
        }
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: Some(value), or None when exhausted (StopIteration).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return self.type_error(format!("'{}' object is not an iterator", self.type_name(it)));
        };
        match &o.payload {
            Payload::Iter(st) => self.next_builtin(st),
            Payload::Generator(_) if crate::generator::is_coroutine(o) => self.type_error("'coroutine' object is not an iterator"),
            Payload::File(_) => crate::modules::io::read_line(self, it),
            Payload::Generator(_) => match self.gen_resume(o, Value::None, None)? {
                Ok(v) => Ok(Some(v)),
                Err(ret) => {
                    self.last_stop_value = ret;
                    Ok(None)
                }
            },
            Payload::AsyncGenOp(_) => match self.agen_op_send(o, Value::None)? {
                Ok(v) => Ok(Some(v)),
                Err(ret) => {
                    self.last_stop_value = ret;
                    Ok(None)
                }
            },
            _ => {
                let cls = o.class().clone();
                let Some(m) = self.lookup_type_attr_str(&cls, "__next__") else {
                    return self.type_error(format!("'{}' object is not an iterator", self.type_name(it)));
                };
                match self.call(&m, Args::new(&[it.clone()])) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, "StopIteration") => {
                        self.last_stop_value = self.stop_iteration_value(&e);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// The next item of a builtin iterator (`Payload::Iter`).
    pub(crate) fn next_builtin(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut s = st.borrow_mut();
        match &mut *s {
            IterState::List { seq, index } => {
                if let Value::Obj(l) = seq {
                    if let Payload::List(items) = &l.payload {
                        let items = items.borrow();
                        if *index < items.len() {
                            *index += 1;
                            return Ok(Some(items[*index - 1].clone()));
                        }
                    }
                }
                *s = IterState::Exhausted;
                Ok(None)
            }
            IterState::Tuple { seq, index } => {
                if let Value::Obj(t) = seq {
                    if let Payload::Tuple(items) = &t.payload {
                        if *index < items.len() {
                            *index += 1;
                            return Ok(Some(items[*index - 1].clone()));
                        }
                    }
                }
                *s = IterState::Exhausted;
                Ok(None)
            }
            IterState::BigRange(b) => {
                use num_traits::Signed;
                let crate::iter::BigRangeIter { next, stop, step } = &mut **b;
                if (step.is_positive() && *next < *stop) || (step.is_negative() && *next > *stop) {
                    let v = next.clone();
                    *next += &*step;
                    Ok(Some(self.new_bigint(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s: sv, byte } => {
                if let Value::Obj(so) = sv {
                    if let Payload::Str(ps) = &so.payload {
                        return Ok(next_char(self, ps, byte));
                    }
                }
                Ok(None)
            }
            IterState::Bytes { b, index } => {
                let v = match b {
                    Value::Obj(bo) => match &bo.payload {
                        Payload::Bytes(bb) => bb.get(*index).copied(),
                        Payload::ByteArray(bb) => bb.borrow().get(*index).copied(),
                        _ => None,
                    },
                    _ => None,
                };
                *index += 1;
                Ok(v.map(|x| Value::Int(x as i64)))
            }
            IterState::Dict { dict, pos, kind, len, left, last } => {
                let Value::Obj(d) = dict else { return Ok(None) };
                let Payload::Dict(dd) = &d.payload else { return Ok(None) };
                let db = dd.borrow();
                if db.len() != *len {
                    // Sticky, as in CPython: every later `next` raises too.
                    *len = usize::MAX;
                    drop(db);
                    drop(s);
                    return self.err("RuntimeError", "dictionary changed size during iteration");
                }
                match db.entry_from(*pos) {
                    Some(_) if *left == 0 && *len < u32::MAX as usize => {
                        drop(db);
                        *s = IterState::Exhausted;
                        drop(s);
                        self.err("RuntimeError", "dictionary keys changed during iteration")
                    }
                    Some((i, e)) => {
                        *pos = i + 1;
                        *left = left.saturating_sub(1);
                        let (k, v) = (e.key.clone(), e.value.clone());
                        drop(db);
                        Ok(Some(match *kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => recycled_pair(self, last, k, v),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                let Value::Obj(so) = set else { return Ok(None) };
                let Payload::Set(t) = &so.payload else { return Ok(None) };
                let tb = t.borrow();
                if tb.len() != *len {
                    *len = usize::MAX;
                    drop(tb);
                    drop(s);
                    return self.err("RuntimeError", "Set changed size during iteration");
                }
                match tb.slot_from(*pos) {
                    Some((i, e)) => {
                        *pos = i + 1;
                        Ok(Some(e.key.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate { it, count, .. } => {
                let (it, c) = (it.clone(), count.clone());
                drop(s);
                match self.next(&it)? {
                    Some(v) => {
                        let next = match c {
                            Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                            _ => self.binary_op(&c, &Value::Int(1), tern_bytecode::BinOp::Add)?,
                        };
                        match &mut *st.borrow_mut() {
                            IterState::Enumerate { count, last, .. } => {
                                *count = next;
                                Ok(Some(recycled_pair(self, last, c, v)))
                            }
                            _ => Ok(Some(self.new_tuple(vec![c, v]))),
                        }
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict, .. } => {
                let (its, strict) = (its.clone(), *strict);
                drop(s);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return self.value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return self.value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j));
                                    }
                                }
                            }
                            *st.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                match &mut *st.borrow_mut() {
                    IterState::Zip { last, .. } => Ok(Some(recycled_tuple(self, last, out))),
                    _ => Ok(Some(self.new_tuple(out))),
                }
            }
            IterState::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(s);
                if let [it] = &*its {
                    // One iterable: no argument vector.
                    let Some(v) = self.next(it)? else { return Ok(None) };
                    return Ok(Some(self.call(&func, Args::new(std::slice::from_ref(&v)))?));
                }
                let mut args = Vec::with_capacity(its.len());
                for it in its.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, Args::new(&args))?))
            }
            IterState::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(s);
                loop {
                    let Some(v) = self.next(&it)? else { return Ok(None) };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, Args::new(std::slice::from_ref(&v)))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *index);
                *index -= 1;
                drop(s);
                let n = match &seq {
                    Value::Obj(o) => self.len_builtin(o),
                    _ => None,
                };
                if let Some(n) = n {
                    if i as usize >= n {
                        return Ok(None);
                    }
                }
                match self.getitem(&seq, &Value::Int(i as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, "IndexError") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Seq { seq, index } => {
                let (seq, i) = (seq.clone(), *index);
                *index += 1;
                drop(s);
                match self.getitem(&seq, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, "IndexError") || self.exc_matches(&e, "StopIteration") => {
                        *st.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(s);
                // A StopIteration from the callable ends the iteration too.
                let v = match self.call(&func, Args::new(&[])) {
                    Ok(v) => v,
                    Err(e) if self.exc_matches(&e, "StopIteration") => {
                        *st.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(&v, &sentinel)? {
                    *st.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Deque { .. } => crate::methods::deque::iter_next(self, &mut s),
            IterState::Tool(_) => {
                drop(s);
                self.tool_next(st)
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if !heap {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Deque(d) => return Ok(d.items.borrow().iter().cloned().collect()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    Payload::Dict(d) => return Ok(d.borrow().keys()),
                    Payload::Set(s) => return Ok(s.borrow().iter().map(|e| e.key.clone()).collect()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE: exactly `n` items.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let heap = self.type_ref(v).as_type().map(|t| t.heap).unwrap_or(false);
        if let (Value::Obj(o), false) = (v, heap) {
            let items: Option<Vec<Value>> = match &o.payload {
                Payload::Tuple(t) => Some(t.to_vec()),
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            };
            if let Some(items) = items {
                if items.len() == n {
                    return Ok(items);
                }
                if items.len() > n {
                    return self.value_error(format!("too many values to unpack (expected {n})"));
                }
                return self.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()));
            }
        }
        if !self.has_iter(v) {
            return self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(v)));
        }
        let it = self.iter(v)?;
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                return self.value_error(format!("too many values to unpack (expected {n})"));
            }
            out.push(x);
        }
        if out.len() < n {
            return self.value_error(format!("not enough values to unpack (expected {n}, got {})", out.len()));
        }
        Ok(out)
    }
}

#[allow(dead_code)]
fn _unused(_: Rc<()>) {}

/// The next character of a str iterator at byte offset `byte`, as a str
/// (ASCII ones from the VM's one-character cache), advancing the offset.
#[inline(always)]
pub fn next_char(vm: &Vm, ps: &crate::str::PyStr, byte: &mut usize) -> Option<Value> {
    if ps.has_surrogates() {
        // `byte` is an offset in the generalized UTF-8 text.
        return next_char_slow(vm, ps.wtf8(), byte);
    }
    let text = ps.as_str();
    let b = *text.as_bytes().get(*byte)?;
    if b < 128 {
        if let Some(v) = vm.char_cache.get(b as usize) {
            *byte += 1;
            return Some(v.clone());
        }
    }
    let c = text[*byte..].chars().next()?;
    *byte += c.len_utf8();
    Some(vm.new_str(c.encode_utf8(&mut [0u8; 4])))
}

/// The result tuple of an iterator that makes one per step (enumerate,
/// zip, dict items): `last`, refilled with `items` in place when the
/// iterator holds the only reference to it (the loop that unpacked it
/// has let it go), as CPython does; otherwise a new tuple, kept in `last`.
fn recycled_tuple(vm: &Vm, last: &mut Value, items: Vec<Value>) -> Value {
    if let Some(slots) = reusable_slots(last, items.len()) {
        for (slot, v) in slots.iter_mut().zip(items) {
            *slot = v;
        }
        return last.clone();
    }
    let t = vm.new_tuple(items);
    *last = t.clone();
    t
}

/// `recycled_tuple` for a pair, without building a vector first.
fn recycled_pair(vm: &Vm, last: &mut Value, a: Value, b: Value) -> Value {
    if let Some([x, y]) = reusable_slots(last, 2) {
        *x = a;
        *y = b;
        return last.clone();
    }
    let t = vm.new_tuple(vec![a, b]);
    *last = t.clone();
    t
}

/// The items of `last` if it is a tuple of `n` that nothing else holds.
fn reusable_slots(last: &mut Value, n: usize) -> Option<&mut [Value]> {
    let Value::Obj(o) = last else { return None };
    match &mut Rc::get_mut(o)?.payload {
        Payload::Tuple(slots) if slots.len() == n => Some(slots),
        _ => None,
    }
}

/// [`next_char`] of a str with lone surrogates.
#[inline(never)]
fn next_char_slow(vm: &Vm, text: &[u8], byte: &mut usize) -> Option<Value> {
    let (cp, n) = crate::str::decode_at(text, *byte)?;
    *byte += n;
    Some(vm.new_str_cp(cp))
}

/// How many items a builtin iterator has left (`__length_hint__`), where
/// that is known without calling Python code.
pub fn remaining(st: &IterState) -> Option<usize> {
    let len_of = |v: &Value| match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Some(l.borrow().len()),
            Payload::Tuple(t) => Some(t.len()),
            Payload::Bytes(b) => Some(b.len()),
            Payload::ByteArray(b) => Some(b.borrow().len()),
            _ => None,
        },
        _ => None,
    };
    Some(match st {
        IterState::List { seq, index } | IterState::Tuple { seq, index } | IterState::Bytes { b: seq, index } => {
            len_of(seq)?.saturating_sub(*index)
        }
        IterState::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let n = if step > 0 { (stop - next + step - 1) / step } else { (next - stop - step - 1) / -step };
            n.max(0) as usize
        }
        IterState::BigRange(b) => {
            use num_traits::{Signed, ToPrimitive};
            let crate::iter::BigRangeIter { next, stop, step } = &**b;
            let n: num_bigint::BigInt = if step.is_positive() { (stop - next + step - 1) / step } else { (next - stop - step - 1) / -step };
            if n.is_negative() {
                0
            } else {
                n.to_usize().unwrap_or(usize::MAX)
            }
        }
        IterState::Str { s, byte } => match s {
            Value::Obj(o) => match &o.payload {
                Payload::Str(ps) => ps.as_str().get(*byte..).map_or(0, |t| t.chars().count()),
                _ => 0,
            },
            _ => 0,
        },
        IterState::Dict { dict, len, left, .. } => {
            let Value::Obj(d) = dict else { return Some(0) };
            let Payload::Dict(dd) = &d.payload else { return Some(0) };
            if dd.borrow().len() != *len {
                return Some(0);
            }
            if *len >= u32::MAX as usize {
                return None;
            }
            *left as usize
        }
        IterState::Set { set, pos, len } => {
            let Value::Obj(so) = set else { return Some(0) };
            let Payload::Set(t) = &so.payload else { return Some(0) };
            let tb = t.borrow();
            if tb.len() != *len {
                return Some(0);
            }
            let (mut n, mut p) = (0, *pos);
            while let Some((i, _)) = tb.slot_from(p) {
                n += 1;
                p = i + 1;
            }
            n
        }
        IterState::Reversed { seq, index } => {
            let position = (*index + 1).max(0) as usize;
            match len_of(seq) {
                Some(size) if size < position => 0,
                _ => position,
            }
        }
        IterState::Deque { counter, .. } => *counter,
        IterState::Tool(t) => return crate::iter_tools::remaining(t),
        IterState::Exhausted => 0,
        _ => return None,
    })
}
