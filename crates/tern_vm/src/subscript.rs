//! Subscripts: indexing and slicing of the builtin sequences and
//! mappings, `__getitem__`/`__setitem__`/`__delitem__`, `__missing__` and
//! `__class_getitem__`.

use crate::function::Args;
use crate::int::{as_int, IntVal};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

/// The position that int index `i` names in a sequence of `len` items
/// (a negative one counts from the end), if it is in range.
#[inline(always)]
pub fn seq_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// Resolved slice bounds: start, stop, step and the number of items.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl Vm {
    /// `operator.index(v)` when `v` has an integer value: `v` itself if it
    /// is an int, or what a user `__index__` returned if that is an int
    /// (else `TypeError: __index__ returned non-int`); `None` when `v` has
    /// no `__index__`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if as_int(v).is_some() {
            return Ok(Some(v.clone()));
        }
        let Some(m) = self.user_special(v, "__index__") else { return Ok(None) };
        let r = self.call(&m, Args::new(&[v.clone()]))?;
        if as_int(&r).is_some() {
            return Ok(Some(r));
        }
        let tn = self.type_name(&r);
        self.type_error(format!("__index__ returned non-int (type {tn})"))
    }

    /// An index as isize (`__index__` for user types), with CPython's errors.
    pub fn index_of(&mut self, v: &Value) -> PyResult<Option<i64>> {
        let clamp = |v: &Value| match as_int(v) {
            Some(IntVal::Small(i)) => Some(i),
            Some(IntVal::Big(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            None => None,
        };
        if let Some(i) = clamp(v) {
            return Ok(Some(i));
        }
        Ok(self.index_value(v)?.and_then(|r| clamp(&r)))
    }

    /// slice.indices(len).
    pub fn slice_indices(&mut self, s: &Value, len: usize) -> PyResult<SliceIdx> {
        let Value::Obj(o) = s else { return self.type_error("not a slice") };
        let Payload::Slice(a, b, c) = &o.payload else { return self.type_error("not a slice") };
        let (a, b, c) = (a.clone(), b.clone(), c.clone());
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_of(v)? {
                Some(i) => Ok(Some(i)),
                None => vm.type_error("slice indices must be integers or None or have an __index__ method"),
            }
        };
        let step = get(self, &c)?.unwrap_or(1);
        if step == 0 {
            return self.value_error("slice step cannot be zero");
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |x: Option<i64>, default: i64| -> i64 {
            match x {
                None => default,
                Some(x) => {
                    if x < 0 {
                        (x.saturating_add(len)).max(lower)
                    } else {
                        x.min(upper)
                    }
                }
            }
        };
        let start = clamp(get(self, &a)?, if step < 0 { upper } else { lower });
        let stop = clamp(get(self, &b)?, if step < 0 { lower } else { upper });
        let n = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n })
    }

    pub(crate) fn is_slice(v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice(..)))
    }

    /// Normalizes a sequence index, or raises IndexError with `what`.
    pub(crate) fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
        if let Some(IntVal::Big(_)) = as_int(key) {
            return self.index_error(format!("cannot fit '{}' into an index-sized integer", self.type_name(key)));
        }
        let Some(i) = self.index_of(key)? else { return Ok(None) };
        let n = len as i64;
        let j = if i < 0 { i.saturating_add(n) } else { i };
        if j < 0 || j >= n {
            return self.index_error(format!("{what} index out of range"));
        }
        Ok(Some(j as usize))
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult {
        if let Value::Obj(o) = obj {
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if heap {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__getitem__") {
                    if !crate::attr::is_native(&m) {
                        return self.call(&m, Args::new(&[obj.clone(), key.clone()]));
                    }
                }
            }
            if let Some(r) = self.getitem_builtin(obj, key)? {
                return Ok(r);
            }
            if let Payload::Type(_) = &o.payload {
                if let Some(m) = self.lookup_type_attr_str(o, "__class_getitem__") {
                    let m = self.bind_descriptor(&m, &Value::Null, obj)?;
                    return self.call(&m, Args::new(&[key.clone()]));
                }
                if Rc::ptr_eq(o, &self.types.type_) || self.is_generic_builtin(o) {
                    return Ok(self.new_generic_alias(o, key));
                }
                let tn = o.as_type().map(|t| t.name()).unwrap_or_default();
                return self.type_error(format!("type '{tn}' is not subscriptable"));
            }
        }
        self.type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))
    }

    fn is_generic_builtin(&self, t: &crate::value::Obj) -> bool {
        let ty = &self.types;
        [&ty.list, &ty.dict, &ty.tuple, &ty.set, &ty.frozenset, &ty.type_].iter().any(|x| Rc::ptr_eq(x, t))
    }

    /// Builtin subscripts (also `list.__getitem__` etc.). None when the
    /// object is not a builtin container.
    pub fn getitem_builtin(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = obj else { return Ok(None) };
        match &o.payload {
            Payload::MappingProxy(d) => {
                let d = d.clone();
                self.getitem(&d, key).map(Some)
            }
            Payload::Deque(d) => crate::methods::deque::getitem(self, d, key).map(Some),
            Payload::List(l) => {
                if let Value::Int(i) = key {
                    let l = l.borrow();
                    if let Some(j) = seq_index(*i, l.len()) {
                        return Ok(Some(l[j].clone()));
                    }
                    drop(l);
                    return self.index_error("list index out of range");
                }
                if Self::is_slice(key) {
                    let n = l.borrow().len();
                    let s = self.slice_indices(key, n)?;
                    let items = l.borrow();
                    let v = collect_slice(&items, &s);
                    drop(items);
                    return Ok(Some(self.new_list(v)));
                }
                let n = l.borrow().len();
                match self.seq_index(key, n, "list")? {
                    Some(i) => Ok(Some(l.borrow()[i].clone())),
                    None => self.type_error(format!("list indices must be integers or slices, not {}", self.type_name(key))),
                }
            }
            Payload::Tuple(t) => {
                if Self::is_slice(key) {
                    let s = self.slice_indices(key, t.len())?;
                    if s.step == 1 && s.start == 0 && s.len == t.len() && Rc::ptr_eq(o.class(), &self.types.tuple) {
                        return Ok(Some(obj.clone()));
                    }
                    let v = collect_slice(t, &s);
                    return Ok(Some(self.new_tuple(v)));
                }
                match self.seq_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(Some(t[i].clone())),
                    None => self.type_error(format!("tuple indices must be integers or slices, not {}", self.type_name(key))),
                }
            }
            Payload::Str(s) => {
                if Self::is_slice(key) {
                    let idx = self.slice_indices(key, s.nchars)?;
                    let r = if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        if idx.step == 1 {
                            let st = idx.start.max(0) as usize;
                            s.as_str()[st..st + idx.len].to_string()
                        } else {
                            let mut out = String::with_capacity(idx.len);
                            let mut i = idx.start;
                            for _ in 0..idx.len {
                                out.push(b[i as usize] as char);
                                i += idx.step;
                            }
                            out
                        }
                    } else if s.has_surrogates() {
                        let cps: Vec<u32> = s.code_points().collect();
                        let mut i = idx.start;
                        let out = (0..idx.len).map(|_| {
                            let c = cps[i as usize];
                            i += idx.step;
                            c
                        });
                        return Ok(Some(self.new_pystr(crate::str::PyStr::from_code_points(out))));
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        let mut out = String::new();
                        let mut i = idx.start;
                        for _ in 0..idx.len {
                            out.push(chars[i as usize]);
                            i += idx.step;
                        }
                        out
                    };
                    return Ok(Some(self.new_string(r)));
                }
                match self.seq_index(key, s.nchars, "string")? {
                    Some(i) => Ok(Some(self.new_str_cp(s.cp_at(i)))),
                    None => self.type_error(format!("string indices must be integers, not '{}'", self.type_name(key))),
                }
            }
            Payload::Bytes(b) => {
                if Self::is_slice(key) {
                    let s = self.slice_indices(key, b.len())?;
                    let v: Vec<u8> = collect_slice(b, &s);
                    return Ok(Some(self.new_bytes(v)));
                }
                match self.seq_index(key, b.len(), "index")? {
                    Some(i) => Ok(Some(Value::Int(b[i] as i64))),
                    None => self.type_error(format!("byte indices must be integers or slices, not {}", self.type_name(key))),
                }
            }
            Payload::ByteArray(b) => {
                if Self::is_slice(key) {
                    let n = b.borrow().len();
                    let s = self.slice_indices(key, n)?;
                    let v: Vec<u8> = collect_slice(&b.borrow(), &s);
                    return Ok(Some(self.new_object(self.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(v)))));
                }
                let n = b.borrow().len();
                match self.seq_index(key, n, "bytearray")? {
                    Some(i) => Ok(Some(Value::Int(b.borrow()[i] as i64))),
                    None => self.type_error(format!("bytearray indices must be integers or slices, not {}", self.type_name(key))),
                }
            }
            Payload::Dict(d) => {
                if let Some(v) = crate::dictops::dict_get(self, d, key)? {
                    return Ok(Some(v));
                }
                if !Rc::ptr_eq(o.class(), &self.types.dict) {
                    let t = o.class().clone();
                    if let Some(m) = self.lookup_type_attr_str(&t, "__missing__") {
                        return Ok(Some(self.call(&m, Args::new(&[obj.clone(), key.clone()]))?));
                    }
                }
                self.key_error(key.clone())
            }
            Payload::BigRange(r) => Ok(Some(self.bigrange_getitem(r, key)?)),
            Payload::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let n = crate::protocols::range_len(start, stop, step);
                if Self::is_slice(key) {
                    // range(start + i*step, start + j*step, step*k) for
                    // (i, j, k) = slice.indices(len).
                    let s = self.slice_indices(key, n)?;
                    let at = |i: i64| num_bigint::BigInt::from(start) + num_bigint::BigInt::from(i) * step;
                    let cls = self.types.range.clone();
                    return Ok(Some(self.make_range(cls, at(s.start), at(s.stop), num_bigint::BigInt::from(step) * s.step)?));
                }
                match self.seq_index(key, n, "range object")? {
                    Some(i) => Ok(Some(Value::Int(start + i as i64 * step))),
                    None => self.type_error(format!("range indices must be integers or slices, not {}", self.type_name(key))),
                }
            }
            _ => Ok(None),
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if heap {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__setitem__") {
                    if !crate::attr::is_native(&m) {
                        self.call(&m, Args::new(&[obj.clone(), key, value]))?;
                        return Ok(());
                    }
                }
            }
        }
        self.setitem_builtin(obj, key, value)
    }

    /// Builtin item assignment (also `dict.__setitem__` for subclasses).
    pub fn setitem_builtin(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Dict(d) => return crate::dictops::dict_set(self, d, key, value),
                Payload::Deque(d) => return crate::methods::deque::setitem_at(self, d, &key, value),
                Payload::List(l) => {
                    if let Value::Int(i) = key {
                        let mut lb = l.borrow_mut();
                        if let Some(j) = seq_index(i, lb.len()) {
                            let old = std::mem::replace(&mut lb[j], value);
                            drop(lb);
                            drop(old);
                            return Ok(());
                        }
                        drop(lb);
                        return self.index_error("list assignment index out of range");
                    }
                    if Self::is_slice(&key) {
                        let items = self.iterate(&value)?;
                        let n = l.borrow().len();
                        let s = self.slice_indices(&key, n)?;
                        if s.step == 1 {
                            let start = s.start.max(0) as usize;
                            let stop = (s.start.max(0) as usize + s.len).max(start);
                            let mut lb = l.borrow_mut();
                            let old: Vec<Value> = lb.splice(start..stop, items).collect();
                            drop(lb);
                            drop(old);
                        } else {
                            if items.len() != s.len {
                                return self.value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    s.len
                                ));
                            }
                            let mut lb = l.borrow_mut();
                            let mut i = s.start;
                            for it in items {
                                lb[i as usize] = it;
                                i += s.step;
                            }
                        }
                        return Ok(());
                    }
                    let n = l.borrow().len();
                    return match self.index_of(&key)? {
                        Some(i) => {
                            let Some(j) = seq_index(i, n) else {
                                return self.index_error("list assignment index out of range");
                            };
                            l.borrow_mut()[j] = value;
                            Ok(())
                        }
                        None => self.type_error(format!("list indices must be integers or slices, not {}", self.type_name(&key))),
                    };
                }
                Payload::ByteArray(b) => {
                    let n = b.borrow().len();
                    if Self::is_slice(&key) {
                        let items = self.bytes_like(&value)?;
                        let s = self.slice_indices(&key, n)?;
                        if s.step == 1 {
                            let start = s.start.max(0) as usize;
                            b.borrow_mut().splice(start..start + s.len, items);
                            return Ok(());
                        }
                        return self.value_error("extended slice assignment on bytearray is not supported");
                    }
                    let Some(i) = self.seq_index(&key, n, "bytearray")? else {
                        return self.type_error("bytearray indices must be integers or slices");
                    };
                    let v = match as_int(&value).and_then(|v| v.to_big().to_u8()) {
                        Some(v) => v,
                        None => return self.value_error("byte must be in range(0, 256)"),
                    };
                    b.borrow_mut()[i] = v;
                    return Ok(());
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        self.type_error(format!("'{tn}' object does not support item assignment"))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if heap {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__delitem__") {
                    if !crate::attr::is_native(&m) {
                        self.call(&m, Args::new(&[obj.clone(), key.clone()]))?;
                        return Ok(());
                    }
                }
            }
        }
        self.delitem_builtin(obj, key)
    }

    /// Builtin item deletion (also `dict.__delitem__` for subclasses).
    pub fn delitem_builtin(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Deque(d) => return crate::methods::deque::delitem_at(self, d, key),
                Payload::Dict(d) => {
                    return match crate::dictops::dict_del(self, d, key)? {
                        Some(_) => Ok(()),
                        None => self.key_error(key.clone()),
                    }
                }
                Payload::List(l) => {
                    let n = l.borrow().len();
                    if Self::is_slice(key) {
                        let s = self.slice_indices(key, n)?;
                        let mut lb = l.borrow_mut();
                        if s.step == 1 {
                            let start = s.start.max(0) as usize;
                            let old: Vec<Value> = lb.drain(start..start + s.len).collect();
                            drop(lb);
                            drop(old);
                        } else {
                            let mut idx: Vec<usize> = (0..s.len).map(|k| (s.start + k as i64 * s.step) as usize).collect();
                            idx.sort_unstable();
                            for i in idx.into_iter().rev() {
                                lb.remove(i);
                            }
                        }
                        return Ok(());
                    }
                    return match self.seq_index(key, n, "list assignment")? {
                        Some(i) => {
                            let old = l.borrow_mut().remove(i);
                            drop(old);
                            Ok(())
                        }
                        None => self.type_error(format!("list indices must be integers or slices, not {}", self.type_name(key))),
                    };
                }
                Payload::ByteArray(b) => {
                    let n = b.borrow().len();
                    if Self::is_slice(key) {
                        let s = self.slice_indices(key, n)?;
                        let mut bb = b.borrow_mut();
                        let mut idx: Vec<usize> = (0..s.len).map(|k| (s.start + k as i64 * s.step) as usize).collect();
                        idx.sort_unstable();
                        if s.step == 1 && !idx.is_empty() {
                            bb.drain(idx[0]..idx[0] + idx.len());
                        } else {
                            for i in idx.into_iter().rev() {
                                bb.remove(i);
                            }
                        }
                        return Ok(());
                    }
                    if let Some(i) = self.seq_index(key, n, "bytearray")? {
                        b.borrow_mut().remove(i);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        self.type_error(format!("'{tn}' object doesn't support item deletion"))
    }

    /// The bytes of an object with the buffer protocol: bytes, bytearray,
    /// or a Python-level buffer exporting `__tern_buffer__()` (array.array).
    pub fn buffer_of(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Bytes(b) => return Ok(Some(b.to_vec())),
                Payload::ByteArray(b) => return Ok(Some(b.borrow().clone())),
                _ => {}
            }
        }
        if let Some(m) = self.user_special(v, "__tern_buffer__") {
            let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
            if let Value::Obj(o) = &r {
                if let Payload::Bytes(b) = &o.payload {
                    return Ok(Some(b.to_vec()));
                }
            }
            return self.type_error("__tern_buffer__ must return bytes");
        }
        Ok(None)
    }

    /// The bytes of a bytes-like value.
    pub fn bytes_like(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = self.buffer_of(v)? {
            return Ok(b);
        }
        if self.has_iter(v) && !matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) {
            let mut out = Vec::new();
            for it in self.iterate(v)? {
                match as_int(&it).and_then(|i| i.to_big().to_u8()) {
                    Some(b) => out.push(b),
                    None => return self.value_error("bytes must be in range(0, 256)"),
                }
            }
            return Ok(out);
        }
        self.type_error(format!("a bytes-like object is required, not '{}'", self.type_name(v)))
    }
}

fn collect_slice<T: Clone>(items: &[T], s: &SliceIdx) -> Vec<T> {
    if s.step == 1 {
        let start = s.start.max(0) as usize;
        return items[start..start + s.len].to_vec();
    }
    let mut out = Vec::with_capacity(s.len);
    let mut i = s.start;
    for _ in 0..s.len {
        out.push(items[i as usize].clone());
        i += s.step;
    }
    out
}
