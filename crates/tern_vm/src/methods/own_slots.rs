//! The entries CPython's builtin types define in their own `__dict__`
//! (`'__format__' in int.__dict__`) where tern's behaviour would come by
//! inheritance, and each type's `__doc__`. Installed after every type's
//! own methods, so it only fills what is missing.

use crate::value::{Obj, Value};
use crate::Vm;

pub fn install(vm: &mut Vm) {
    install_docs(vm);
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
