//! Methods and attributes of the builtin types, one file per type family.

pub mod arity;
mod arity_table;
pub mod asyncgen;
pub mod bytes;
pub mod bytes_more;
pub mod bytes_search;
pub mod bytes_text;
pub mod callables;
pub mod coroutine;
pub mod deque;
pub mod dict;
pub mod exception;
pub mod exception_fields;
pub mod function;
pub mod generic_alias;
pub mod getset;
pub mod list;
pub mod mappingproxy;
pub mod module;
pub mod number_dunders;
pub mod numbers;
pub mod object;
pub mod own_slots;
pub mod property;
pub mod range_slice;
pub mod set;
pub mod sizeof;
pub mod str;
pub mod tuple;
pub mod type_;
pub mod type_docs;
pub mod type_layout;
pub mod unicode_error;

use crate::function::{Args, NativeFn, NativeFunction};
use crate::object::{GetSet, Payload};
use crate::value::Obj;
use crate::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// Adds a method descriptor to a builtin type (a slot wrapper, as
    /// CPython calls it, for the special methods that fill type slots).
    pub fn add_method(&mut self, t: &Obj, name: &'static str, f: NativeFn) {
        let owner: &'static str = match t.as_type() {
            Some(td) => Box::leak(td.name().into_boxed_str()),
            None => "object",
        };
        let arity = arity::lookup(owner, name);
        let nf = NativeFunction { name, func: f, owner: Some(owner), is_method: true, module: None, owner_type: Some(t.clone()), arity };
        let cls = if crate::call::is_slot_wrapper(owner, name) {
            self.types.wrapper_descriptor.clone()
        } else {
            self.types.method_descriptor.clone()
        };
        let v = self.new_object(cls, Payload::Native(Rc::new(nf)));
        self.set_dict_item_str(t, name, v);
    }

    /// Adds a class method (bound to the class on access), a
    /// `classmethod_descriptor` as CPython's (`dict.__dict__['fromkeys']`).
    pub fn add_classmethod(&mut self, t: &Obj, name: &'static str, f: NativeFn) {
        let owner: &'static str = match t.as_type() {
            Some(td) => Box::leak(td.name().into_boxed_str()),
            None => "object",
        };
        let arity = arity::lookup(owner, name);
        let nf = NativeFunction { name, func: f, owner: Some(owner), is_method: false, module: None, owner_type: None, arity };
        let n = self.new_object(self.types.builtin_function.clone(), Payload::Native(Rc::new(nf)));
        let cm = self.new_object(self.types.classmethod_descriptor.clone(), Payload::ClassMethod(n));
        self.set_dict_item_str(t, name, cm);
    }

    /// Adds a static method.
    pub fn add_staticmethod(&mut self, t: &Obj, name: &'static str, f: NativeFn) {
        let owner: &'static str = match t.as_type() {
            Some(td) => Box::leak(td.name().into_boxed_str()),
            None => "object",
        };
        let nf = NativeFunction { name, func: f, owner: Some(owner), is_method: false, module: None, owner_type: None, arity: None };
        let n = self.new_object(self.types.builtin_function.clone(), Payload::Native(Rc::new(nf)));
        let sm = self.new_object(self.types.staticmethod.clone(), Payload::StaticMethod(n));
        self.set_dict_item_str(t, name, sm);
    }

    /// Adds a Rust-implemented attribute.
    pub fn add_getset(&mut self, t: &Obj, name: &'static str, get: crate::object::GetFn, set: Option<crate::object::SetFn>) {
        let cls = self.types.getset_descriptor.clone();
        self.add_descriptor(t, cls, name, get, set);
    }

    /// A Rust-implemented attribute that CPython declares as a struct
    /// member (`<member 'errno' of 'OSError' objects>`).
    pub fn add_member(&mut self, t: &Obj, name: &'static str, get: crate::object::GetFn, set: Option<crate::object::SetFn>) {
        let cls = self.types.member_descriptor.clone();
        self.add_descriptor(t, cls, name, get, set);
    }

    fn add_descriptor(&mut self, t: &Obj, cls: Obj, name: &'static str, get: crate::object::GetFn, set: Option<crate::object::SetFn>) {
        let owner = t.as_type().map(|t| t.full_name()).unwrap_or_default();
        let v = self.new_object(cls, Payload::GetSet(GetSet { name, owner, get, set }));
        self.set_dict_item_str(t, name, v);
    }
}

/// Checks the argument count of a method (self included in `args.pos`).
#[inline]
pub fn nargs(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    nargs_error(vm, n, name, min, max)
}

#[cold]
fn nargs_error(vm: &mut Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    if min == max {
        if min == 0 {
            return vm.type_error(format!("{name}() takes no arguments ({n} given)"));
        }
        if min == 1 {
            return vm.type_error(format!("{name}() takes exactly one argument ({n} given)"));
        }
        return vm.type_error(format!("{name} expected {min} arguments, got {n}"));
    }
    if n < min {
        return vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }));
    }
    vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }))
}

pub fn install(vm: &mut Vm) {
    object::install(vm);
    type_::install(vm);
    type_layout::install(vm);
    function::install(vm);
    property::install(vm);
    callables::install(vm);
    asyncgen::install(vm);
    coroutine::install(vm);
    exception::install(vm);
    exception_fields::install(vm);
    numbers::install(vm);
    number_dunders::install(vm);
    str::install(vm);
    bytes::install(vm);
    bytes_more::install(vm);
    list::install(vm);
    deque::install(vm);
    crate::iter_tools::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    generic_alias::install(vm);
    getset::install(vm);
    mappingproxy::install(vm);
    module::install(vm);
    range_slice::install(vm);
    unicode_error::install(vm);
    // Mutable containers are unhashable: `__hash__` is None, as in CPython
    // (dataclasses checks `type(default).__hash__ is None`).
    for t in [vm.types.list.clone(), vm.types.dict.clone(), vm.types.set.clone(), vm.types.bytearray.clone()] {
        vm.set_dict_item_str(&t, "__hash__", crate::value::Value::None);
    }
    // Every builtin type has its own `__repr__` (pprint dispatches on
    // `type(obj).__repr__`).
    let ts = &vm.types;
    let own_repr = [
        ts.none_type.clone(),
        ts.not_implemented_type.clone(),
        ts.ellipsis_type.clone(),
        ts.mappingproxy.clone(),
        ts.complex.clone(),
        ts.range.clone(),
        ts.slice.clone(),
        ts.function.clone(),
        ts.builtin_function.clone(),
        ts.bool_.clone(),
    ];
    for t in own_repr {
        vm.add_method(&t, "__repr__", builtin_repr);
    }
    own_slots::install(vm);
}

/// `__repr__` of a builtin type whose repr the runtime computes.
fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult {
    let Some(v) = args.pos.first() else { return vm.type_error("descriptor '__repr__' needs an argument") };
    vm.repr(v)
}
