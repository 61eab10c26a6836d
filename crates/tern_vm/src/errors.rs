//! Creating exceptions with CPython's messages.

use crate::exception::ExcData;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

/// The largest single allocation a sequence operation attempts (64 GiB).
pub const MAX_ALLOC_BYTES: usize = 1 << 36;

impl Vm {
    /// An exception instance of class `cls` with the given args.
    pub fn new_exception(&mut self, cls: &Obj, args: Vec<Value>) -> Obj {
        let args = self.new_tuple(args);
        // The attribute dict is made when first needed (`Vm::dict_object`).
        PyObject::new(cls.clone(), None, Payload::Exception(Box::new(ExcData::new(args))))
    }

    pub fn new_exception_msg(&mut self, name: &str, msg: &str) -> Obj {
        let cls = self.exc_type(name);
        let m = self.new_str(msg);
        self.new_exception(&cls, vec![m])
    }

    /// An exception of the named class with no arguments.
    pub fn bare_exception(&mut self, name: &str) -> Obj {
        let cls = self.exc_type(name);
        self.new_exception(&cls, vec![])
    }

    /// MemoryError when `count` items of `each` bytes would exceed
    /// [`MAX_ALLOC_BYTES`]: CPython would try and fail, where Rust aborts.
    pub fn check_alloc(&mut self, count: usize, each: usize) -> PyResult<()> {
        if count.saturating_mul(each.max(1)) > MAX_ALLOC_BYTES {
            return Err(self.bare_exception("MemoryError"));
        }
        Ok(())
    }

    pub fn err<T>(&mut self, name: &str, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.new_exception_msg(name, msg.as_ref()))
    }

    /// A new `name` exception raised from `cause` (CPython's
    /// `_PyErr_FormatFromCause`): `__cause__` and `__context__` are `cause`.
    pub fn err_from_cause<T>(&mut self, name: &str, msg: impl AsRef<str>, cause: Obj) -> PyResult<T> {
        let e = self.new_exception_msg(name, msg.as_ref());
        if let Payload::Exception(x) = &e.payload {
            *x.cause.borrow_mut() = Value::Obj(cause.clone());
            *x.context.borrow_mut() = Value::Obj(cause);
            x.suppress_context.set(true);
        }
        Err(e)
    }

    pub fn type_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    pub fn value_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("ValueError", msg)
    }

    pub fn index_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("IndexError", msg)
    }

    pub fn attribute_error<T>(&mut self, obj: &Value, name: &str) -> PyResult<T> {
        let msg = format!("{}'{name}'", self.no_attribute_prefix(obj));
        let e = self.new_exception_msg("AttributeError", &msg);
        let name = self.new_str(name);
        self.set_exc_attr(&e, "name", name);
        self.set_exc_attr(&e, "obj", obj.clone());
        Err(e)
    }

    /// "'C' object has no attribute " and its type and module forms.
    fn no_attribute_prefix(&mut self, obj: &Value) -> String {
        match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Type(t) => format!("type object '{}' has no attribute ", t.name()),
                Payload::Module { .. } => match self.module_name(o) {
                    Some(m) => format!("module '{m}' has no attribute "),
                    None => "module has no attribute ".to_string(),
                },
                _ => format!("'{}' object has no attribute ", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute ", self.type_name(obj)),
        }
    }

    /// Raises `kind` with the message `before` + the str `name` + `after`,
    /// keeping the lone surrogates `name` may hold.
    pub fn err_naming<T>(&mut self, kind: &str, before: &str, name: &Value, after: &str) -> PyResult<T> {
        let mut b = before.as_bytes().to_vec();
        if let Some(ps) = crate::builtins::pystr_of(name) {
            b.extend_from_slice(ps.wtf8());
        }
        b.extend_from_slice(after.as_bytes());
        let msg = self.new_str_wtf8(b);
        let cls = self.exc_type(kind);
        Err(self.new_exception(&cls, vec![msg]))
    }

    /// [`Vm::attribute_error`] for a name given as a str value, which may
    /// hold lone surrogates: the message and `name` keep them.
    pub fn attribute_error_name<T>(&mut self, obj: &Value, name: &Value) -> PyResult<T> {
        let Err(e) = self.no_attribute_error::<()>(obj, name) else { unreachable!() };
        self.set_exc_attr(&e, "name", name.clone());
        self.set_exc_attr(&e, "obj", obj.clone());
        Err(e)
    }

    /// The AttributeError of a failed store or delete: CPython's message,
    /// but no `name` and `obj` fields.
    pub fn no_attribute_error<T>(&mut self, obj: &Value, name: &Value) -> PyResult<T> {
        let mut b = self.no_attribute_prefix(obj).into_bytes();
        b.push(b'\'');
        match crate::builtins::pystr_of(name) {
            Some(ps) => b.extend_from_slice(ps.wtf8()),
            None => b.push(b'?'),
        }
        b.push(b'\'');
        let msg = self.new_str_wtf8(b);
        let cls = self.exc_type("AttributeError");
        Err(self.new_exception(&cls, vec![msg]))
    }

    pub fn key_error<T>(&mut self, key: Value) -> PyResult<T> {
        let cls = self.exc_type("KeyError");
        Err(self.new_exception(&cls, vec![key]))
    }

    pub fn zero_division<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err("ZeroDivisionError", msg)
    }

    pub fn overflow_error<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err("OverflowError", msg)
    }

    pub fn stop_iteration(&mut self, value: Value) -> Obj {
        let cls = self.exc_type("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value.clone()] };
        let e = self.new_exception(&cls, args);
        self.set_exc_attr(&e, "value", value);
        e
    }

    pub fn name_error<T>(&mut self, name: &str) -> PyResult<T> {
        let e = self.new_exception_msg("NameError", &format!("name '{name}' is not defined"));
        self.set_exc_attr(&e, "name", self.new_str(name));
        Err(e)
    }

    pub fn set_exc_attr(&mut self, e: &Obj, attr: &str, v: Value) {
        let Some(v) = crate::methods::exception_fields::set_field(e, attr, v) else { return };
        let _ = self.dict_object(e);
        if let Some(d) = e.dict_ref() {
            let k = self.intern(attr);
            let h = crate::str::hash_str(attr);
            let idx = d.borrow().find_fast(h, &k, crate::dictops::fast_eq);
            match idx {
                Some(i) => {
                    d.borrow_mut().set_value_at(i, v);
                }
                None => d.borrow_mut().insert_new(h, k, v),
            }
        }
    }

    /// Is `e` an instance of the exception class named `name`?
    pub fn exc_matches(&self, e: &Obj, name: &str) -> bool {
        match self.types.exceptions.get(name) {
            Some(t) => crate::typeobj::is_subtype(e.class(), t),
            None => false,
        }
    }

    pub fn exc_data<'a>(&self, e: &'a Obj) -> Option<&'a ExcData> {
        match &e.payload {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }
}
