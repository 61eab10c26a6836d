//! Shared-keys instance attributes (PEP 412; CPython's "split" dicts).
//!
//! The instances of a plain Python class keep only their attribute
//! values. The names live once, in the class's [`SharedKeys`]: a list in
//! first-assignment order that only ever grows, so a name's index never
//! changes. An instance's values are a prefix of that list: `values[i]`
//! belongs to name `i`, and every one is present.
//!
//! That is what lets LOAD_ATTR_INSTANCE_VALUE and
//! STORE_ATTR_INSTANCE_VALUE read and write `values[index]` after a type
//! version check, with no key comparison, and what makes an instance cost
//! one word pair per attribute instead of a whole dict entry.
//!
//! Anything the layout cannot express moves the instance's attributes to
//! a dict object of its own ([`PyObject::dict_ref`](crate::object::PyObject::dict_ref)
//! does it on first request): a deletion, an attribute set out of the
//! shared order, a name that is not an exact str, more than
//! [`MAX_SHARED_KEYS`] names, or any code asking for the `__dict__`
//! itself. The values are then left empty, so the specialized members
//! miss on such an instance.

use crate::dict::Dict;
use crate::object::Payload;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Names a class shares among its instances (CPython's
/// `SHARED_KEYS_MAX_SIZE`); an instance that needs more gets a dict.
pub const MAX_SHARED_KEYS: usize = 30;

/// A class's instance attribute names, in the order instances first set
/// them. Append-only.
#[derive(Default)]
pub struct SharedKeys {
    /// Each name with its hash.
    names: RefCell<Vec<(Value, i64)>>,
    /// `names.len()`, readable without a borrow.
    count: Cell<usize>,
}

impl SharedKeys {
    #[inline]
    pub fn len(&self) -> usize {
        self.count.get()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index of `name`: identity first (names from code are interned),
    /// then equal hash and text.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        let names = self.names.borrow();
        if let Some(i) = names.iter().position(|(k, _)| k.is(name)) {
            return Some(i);
        }
        let Value::Obj(n) = name else { return None };
        let Payload::Str(ns) = &n.payload else { return None };
        let h = ns.hash();
        names.iter().position(|(k, kh)| {
            *kh == h
                && match k {
                    Value::Obj(k) => matches!(&k.payload, Payload::Str(ks) if crate::str::str_eq(ks, ns)),
                    _ => false,
                }
        })
    }

    /// Name `i` and its hash.
    fn name_at(&self, i: usize) -> (Value, i64) {
        self.names.borrow()[i].clone()
    }

    /// Appends `name`, a str; false when the list is full.
    fn push(&self, name: &Value) -> bool {
        let Value::Obj(n) = name else { return false };
        let Payload::Str(ns) = &n.payload else { return false };
        let mut names = self.names.borrow_mut();
        if names.len() >= MAX_SHARED_KEYS {
            return false;
        }
        names.push((name.clone(), ns.hash()));
        self.count.set(names.len());
        true
    }
}

/// One instance's attribute values in its class's shared-keys layout.
pub struct InstanceValues {
    pub keys: Rc<SharedKeys>,
    /// `values[i]` is the value of `keys`' name `i`; never `Null`.
    pub values: Vec<Value>,
}

impl InstanceValues {
    pub fn new(keys: &Rc<SharedKeys>) -> InstanceValues {
        InstanceValues { keys: keys.clone(), values: Vec::with_capacity(keys.len()) }
    }

    /// The value of attribute `name`, if set.
    #[inline]
    pub fn get(&self, name: &Value) -> Option<&Value> {
        self.keys.index_of(name).and_then(|i| self.values.get(i))
    }

    /// Sets attribute `name` (an exact str when `exact_str`) if the layout
    /// can hold it: returns the value it replaced (`Null` for a new one),
    /// or gives `value` back when the instance needs a dict of its own.
    pub fn set(&mut self, name: &Value, value: Value, exact_str: bool) -> Result<Value, Value> {
        match self.keys.index_of(name) {
            Some(i) if i < self.values.len() => Ok(std::mem::replace(&mut self.values[i], value)),
            Some(i) if i == self.values.len() => {
                self.values.push(value);
                Ok(Value::Null)
            }
            Some(_) => Err(value),
            None => {
                if exact_str && self.values.len() == self.keys.len() && self.keys.push(name) {
                    self.values.push(value);
                    Ok(Value::Null)
                } else {
                    Err(value)
                }
            }
        }
    }

    /// Moves the attributes into a dict, leaving no values behind.
    pub fn take_dict(&mut self) -> Dict {
        let values = std::mem::take(&mut self.values);
        let mut d = Dict::with_capacity(values.len());
        for (i, v) in values.into_iter().enumerate() {
            let (key, hash) = self.keys.name_at(i);
            d.insert_new(hash, key, v);
        }
        d
    }
}
