//! The entries CPython's builtin types define in their own `__dict__`
//! (`'__format__' in int.__dict__`) where tern's behaviour would come by
//! inheritance, and each type's `__doc__`. Installed after every type's
//! own methods, so it only fills what is missing.

use crate::value::{Obj, Value};
use crate::Vm;

pub fn install(vm: &mut Vm) {
    install_docs(vm);
    install_slots(vm);
}

/// The slot wrappers and methods CPython's types define themselves; the
/// behaviour is `object`'s (which serves every builtin type in tern), now
/// also found in the type's own dict.
fn install_slots(vm: &mut Vm) {
    use super::object as o;
    let ts = &vm.types;
    let views = [ts.dict_keys.clone(), ts.dict_values.clone(), ts.dict_items.clone()];
    // Every type that sets tp_getattro to the generic lookup.
    let getattribute = [
        ts.int.clone(),
        ts.float.clone(),
        ts.complex.clone(),
        ts.str_.clone(),
        ts.bytes.clone(),
        ts.bytearray.clone(),
        ts.list.clone(),
        ts.tuple.clone(),
        ts.dict.clone(),
        ts.set.clone(),
        ts.frozenset.clone(),
        ts.range.clone(),
        ts.slice.clone(),
        ts.type_.clone(),
    ];
    let format = [ts.int.clone(), ts.float.clone(), ts.complex.clone()];
    let sizeof = [
        ts.int.clone(),
        ts.str_.clone(),
        ts.bytearray.clone(),
        ts.list.clone(),
        ts.dict.clone(),
        ts.set.clone(),
        ts.frozenset.clone(),
        ts.type_.clone(),
    ];
    // Types with a rich comparison slot get all six wrappers.
    let compare = [ts.dict.clone(), ts.range.clone()];
    let hashable = [ts.complex.clone(), ts.frozenset.clone()];
    let unhashable = [ts.slice.clone(), ts.dict_keys.clone(), ts.dict_items.clone()];
    let str_ = [ts.bytes.clone(), ts.bytearray.clone()];
    let type_ = ts.type_.clone();
    for t in getattribute.iter().chain(&views) {
        add_missing(vm, t, "__getattribute__", o::getattribute);
    }
    for t in &format {
        add_missing(vm, t, "__format__", o::format);
    }
    for t in &sizeof {
        add_missing(vm, t, "__sizeof__", o::sizeof);
    }
    for t in &compare {
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            add_missing(vm, t, name, o::not_implemented);
        }
    }
    for t in &hashable {
        add_missing(vm, t, "__hash__", o::hash);
    }
    for t in &unhashable {
        if !has_own(vm, t, "__hash__") {
            vm.set_dict_item_str(t, "__hash__", Value::None);
        }
    }
    for t in &str_ {
        add_missing(vm, t, "__str__", o::str_);
    }
    for t in &views {
        add_missing(vm, t, "__repr__", super::builtin_repr);
    }
    add_missing(vm, &type_, "__setattr__", o::setattr);
    add_missing(vm, &type_, "__delattr__", o::delattr);
    add_missing(vm, &type_, "__dir__", o::dir);
}

/// Adds a method to `t` unless its own dict has one.
fn add_missing(vm: &mut Vm, t: &Obj, name: &'static str, f: crate::function::NativeFn) {
    if !has_own(vm, t, name) {
        vm.add_method(t, name, f);
    }
}

/// `__doc__` in the dict of every builtin type and exception class: its
/// docstring (`methods::type_docs`), or None as CPython's types without one.
fn install_docs(vm: &mut Vm) {
    let mut types: Vec<Obj> = vm.types.all().into_iter().map(|(_, t)| t).collect();
    types.extend(vm.types.exceptions.values().cloned());
    for t in types {
        let Some(name) = t.as_type().map(|td| td.name()) else { continue };
        if has_own(vm, &t, "__doc__") {
            continue;
        }
        let doc = match super::type_docs::TYPE_DOCS.iter().find(|(n, _)| *n == name) {
            Some((_, Some(d))) => vm.new_str(d),
            _ => Value::None,
        };
        vm.set_dict_item_str(&t, "__doc__", doc);
    }
}

/// Whether `t`'s own dict holds `name`.
fn has_own(vm: &mut Vm, t: &Obj, name: &'static str) -> bool {
    let k = vm.intern_static(name);
    match t.dict_ref() {
        Some(d) => crate::dictops::dict_get_str(vm, d, &k).ok().flatten().is_some(),
        None => true,
    }
}
