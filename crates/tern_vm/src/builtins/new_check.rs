//! CPython's `tp_new_wrapper` checks for a builtin `__new__` called
//! directly (`int.__new__(cls, ...)`, `object.__new__(cls)`): the first
//! argument must be a type, a subtype of the owner, and must not need
//! another builtin's constructor ("not safe").

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

/// The `__new__` instances of `cls` are made by (the staticmethod's
/// function), if any.
fn new_of(vm: &mut Vm, cls: &Obj) -> Option<Value> {
    match vm.lookup_type_attr_str(cls, "__new__")? {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => Some(f.clone()),
            _ => Some(Value::Obj(o)),
        },
        v => Some(v),
    }
}

/// The class CPython calls `staticbase`: the first class on `cls`'s MRO
/// whose `__new__` is not written in Python.
fn static_base(vm: &mut Vm, cls: &Obj) -> Obj {
    let mro: Vec<Obj> = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    for c in mro {
        if !c.as_type().is_some_and(|t| t.heap) || new_of(vm, &c).is_some_and(|f| crate::attr::is_native(&f)) {
            return c;
        }
    }
    cls.clone()
}

/// The nearest builtin (non-heap) class on `cls`'s MRO.
fn builtin_base(cls: &Obj) -> Option<Obj> {
    let td = cls.as_type()?;
    let mro = td.mro.borrow();
    mro.iter().find(|c| c.as_type().is_some_and(|t| !t.heap)).cloned()
}

/// Checks `owner.__new__(*args)` and returns the class argument.
pub fn check_new_call(vm: &mut Vm, args: &Args, owner: &Obj) -> PyResult<Obj> {
    let on = owner.as_type().map(|t| t.full_name()).unwrap_or_default();
    let cls = match args.pos.first() {
        None => return vm.type_error(format!("{on}.__new__(): not enough arguments")),
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        Some(v) => {
            let tn = vm.type_name(v);
            return vm.type_error(format!("{on}.__new__(X): X is not a type object ({tn})"));
        }
    };
    let cn = cls.as_type().map(|t| t.full_name()).unwrap_or_default();
    if !crate::typeobj::is_subtype(&cls, owner) {
        return vm.type_error(format!("{on}.__new__({cn}): {cn} is not a subtype of {on}"));
    }
    // Unsafe when the static base is made by another `__new__`, or (for
    // the constructors of particular types; tern's `object.__new__` makes
    // any layout) its builtin base is another type (`int.__new__(bool)`).
    let sb = static_base(vm, &cls);
    let (sb_new, owner_new) = (new_of(vm, &sb), new_of(vm, owner));
    let same_new = match (&sb_new, &owner_new) {
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    };
    let same_base = Rc::ptr_eq(owner, &vm.types.object) || builtin_base(&sb).is_some_and(|b| Rc::ptr_eq(&b, owner));
    if !same_new || !same_base {
        let sn = sb.as_type().map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("{on}.__new__({cn}) is not safe, use {sn}.__new__()"));
    }
    Ok(cls)
}
