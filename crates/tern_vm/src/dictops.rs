//! Dict and set operations with Python semantics: hashing through
//! `__hash__`, comparison through `__eq__`, with no table borrow held while
//! Python code runs.

use crate::dict::{Dict, Probe};
use crate::object::Payload;
use crate::set::{SetProbe, SetTable};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Key equality decidable without running Python: identity, and values of
/// exact builtin kinds compared by content. None means "ask `__eq__`".
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s1), Payload::Str(s2)) => Some(crate::str::str_eq(s1, s2)),
                (Payload::Int(i1), Payload::Int(i2)) => Some(i1 == i2),
                _ => None,
            }
        }
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == *y as i64),
        // Inline floats have no identity: the same bits stand for the same
        // object, so a NaN key finds itself as in CPython.
        (Value::Float(x), Value::Float(y)) => Some(x == y || x.to_bits() == y.to_bits()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some((*x as f64) == *y && (*y as i64) == *x),
        (Value::Obj(o), Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_))
        | (Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_), Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) => Some(false),
            _ => None,
        },
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => None,
    }
}

/// `fast_eq` for dict and set lookups: two equal-hash strs or ints of which
/// one belongs to a subclass compare through Python, whose `__eq__` may be
/// overridden (CPython's lookup calls it once the hashes match).
#[inline]
fn key_eq(a: &Value, b: &Value) -> Option<bool> {
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        let subclass = |o: &Obj| o.class().as_type().is_some_and(|t| t.heap);
        if !Rc::ptr_eq(x, y)
            && matches!((&x.payload, &y.payload), (Payload::Str(_), Payload::Str(_)) | (Payload::Int(_), Payload::Int(_)))
            && (subclass(x) || subclass(y))
        {
            return None;
        }
    }
    fast_eq(a, b)
}

/// Finds `key` in a dict table; returns the entry index.
pub fn lookup(vm: &mut Vm, d: &RefCell<Dict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut st = d.borrow().start_probe(hash);
    loop {
        let (cand, entry, resume, gen) = {
            let t = d.borrow();
            match t.probe(hash, key, st, key_eq) {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Candidate { entry, resume } => (t.entries[entry].key.clone(), entry, resume, t.table_gen),
            }
        };
        let eq = vm.eq(&cand, key)?;
        let t = d.borrow();
        // As CPython: restart only if the table was replaced or the entry
        // no longer holds the compared key.
        let same = t.table_gen == gen && t.entries.get(entry).map(|e| e.key.is(&cand)).unwrap_or(false);
        if !same {
            st = t.start_probe(hash);
            continue;
        }
        if eq {
            return Ok(Some(entry));
        }
        st = resume;
    }
}

pub fn dict_get(vm: &mut Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    Ok(lookup(vm, d, key, h)?.map(|i| d.borrow().value_at(i).clone()))
}

pub fn dict_set(vm: &mut Vm, d: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    dict_set_hashed(vm, d, key, h, value)
}

pub fn dict_set_hashed(vm: &mut Vm, d: &RefCell<Dict>, key: Value, h: i64, value: Value) -> PyResult<()> {
    match lookup(vm, d, &key, h)? {
        Some(i) => {
            let old = d.borrow_mut().set_value_at(i, value);
            drop(old);
        }
        None => d.borrow_mut().insert_new(h, key, value),
    }
    Ok(())
}

/// Removes `key`; returns its value if present.
pub fn dict_del(vm: &mut Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match lookup(vm, d, key, h)? {
        Some(i) => {
            let (k, v) = d.borrow_mut().remove_at(i);
            drop(k);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// Lookup by a str key (attribute names, globals); never runs Python
/// unless the dict holds a key of a user type with the same hash.
#[inline]
pub fn dict_get_str(vm: &mut Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let h = match key {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            _ => return dict_get(vm, d, key),
        },
        _ => return dict_get(vm, d, key),
    };
    {
        let t = d.borrow();
        let st = t.start_probe(h);
        match t.probe(h, key, st, key_eq) {
            Probe::Found(i) => return Ok(Some(t.value_at(i).clone())),
            Probe::Missing => return Ok(None),
            Probe::Candidate { .. } => {}
        }
    }
    Ok(lookup(vm, d, key, h)?.map(|i| d.borrow().value_at(i).clone()))
}

// ----- sets ------------------------------------------------------------

/// Finds `key` in a set table; returns Found slot or the insertion point.
fn set_probe(vm: &mut Vm, s: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<SetProbe> {
    let mut st = s.borrow().start_probe(hash);
    loop {
        let (cand, resume, mutations) = {
            let t = s.borrow();
            match t.probe(hash, key, st, key_eq) {
                SetProbe::Candidate { slot, resume } => (t.table[slot].key.clone(), resume, t.mutations),
                other => return Ok(other),
            }
        };
        let eq = vm.eq(&cand, key)?;
        let t = s.borrow();
        if t.mutations != mutations {
            st = t.start_probe(hash);
            continue;
        }
        if eq {
            let slot = t.table.iter().position(|e| e.key.is(&cand)).unwrap_or(0);
            return Ok(SetProbe::Found(slot));
        }
        st = resume;
    }
}

pub fn set_contains(vm: &mut Vm, s: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let h = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            // As CPython: an unhashable set key is looked up as a frozenset.
            let set_t = vm.types.set.clone();
            if !vm.isinstance(key, &set_t) || !vm.exc_matches(&e, "TypeError") {
                return Err(e);
            }
            let fs = vm.new_set(true);
            for it in vm.iterate(key)? {
                vm.set_add_value(&fs, it)?;
            }
            return set_contains(vm, s, &fs);
        }
    };
    Ok(matches!(set_probe(vm, s, key, h)?, SetProbe::Found(_)))
}

/// Adds `key`; returns true if it was new.
pub fn set_add(vm: &mut Vm, s: &RefCell<SetTable>, key: Value) -> PyResult<bool> {
    let h = vm.hash(&key)?;
    set_add_hashed(vm, s, key, h)
}

pub fn set_add_hashed(vm: &mut Vm, s: &RefCell<SetTable>, key: Value, h: i64) -> PyResult<bool> {
    match set_probe(vm, s, &key, h)? {
        SetProbe::Found(_) => Ok(false),
        SetProbe::Missing { slot, empty } => {
            s.borrow_mut().insert_at(slot, empty, h, key);
            Ok(true)
        }
        SetProbe::Candidate { .. } => Ok(false),
    }
}

/// Removes `key`; returns true if it was present.
pub fn set_discard(vm: &mut Vm, s: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    match set_probe(vm, s, key, h)? {
        SetProbe::Found(slot) => {
            let k = s.borrow_mut().remove_at(slot);
            drop(k);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The value slot of entry `i` of a dict object whose keys are watched by
/// the instruction asking (see `watchers`): no keys-version check. None if
/// the object is not a dict, is being mutated, or has no such live entry.
/// The pointer is valid until the dict is next mutated.
#[inline]
pub fn watched_value_at(d: &crate::value::Obj, i: u32) -> Option<*const Value> {
    let Payload::Dict(d) = &d.payload else { return None };
    // SAFETY: the reference does not outlive this call and nothing here
    // mutates the dict; a live mutable borrow makes this return Err.
    let d = unsafe { d.try_borrow_unguarded() }.ok()?;
    let e = d.entries.get(i as usize)?;
    if e.key.is_null() {
        return None;
    }
    Some(&e.value)
}
