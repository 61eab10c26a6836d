//! A new class's `__slots__`, read and checked as CPython's `type_new`
//! does: strings that are identifiers, at most one `__dict__` and one
//! `__weakref__` (and only where the base has none), none on variable-size
//! bases (int, bytes, tuple, type), no clash with a class variable; the
//! member names are mangled and sorted.

use crate::value::Value;
use crate::{PyResult, Vm};

/// The checked declaration.
pub struct SlotDecl {
    /// Member names (mangled, sorted), without `__dict__`/`__weakref__`.
    pub members: Vec<String>,
    pub add_dict: bool,
    pub add_weakref: bool,
}

/// What the bases already provide.
pub struct SlotBase<'a> {
    pub has_dict: bool,
    pub has_weakref: bool,
    /// The name of a base whose instances vary in size, if any.
    pub var_sized: Option<&'a str>,
}

/// `_Py_Mangle`: `__x` in class `_C` becomes `_C__x`.
pub fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Reads `slots` (the value of `__slots__`); `in_namespace` tells whether
/// a (mangled) name is also a class variable.
pub fn read_slots(
    vm: &mut Vm,
    class_name: &str,
    slots: &Value,
    base: &SlotBase<'_>,
    in_namespace: &dyn Fn(&str) -> bool,
) -> PyResult<SlotDecl> {
    let items: Vec<Value> = if crate::builtins::str_of(slots).is_some() { vec![slots.clone()] } else { vm.iterate(slots)? };
    if !items.is_empty() {
        if let Some(b) = base.var_sized {
            return vm.type_error(format!("nonempty __slots__ not supported for subtype of '{b}'"));
        }
    }
    let mut decl = SlotDecl { members: Vec::new(), add_dict: false, add_weakref: false };
    for item in &items {
        let Some(name) = crate::builtins::str_of(item) else {
            let tn = vm.type_name(item);
            return vm.type_error(format!("__slots__ items must be strings, not '{tn}'"));
        };
        if !crate::methods::str::is_identifier(name) {
            return vm.type_error("__slots__ must be identifiers");
        }
        match name {
            "__dict__" => {
                if base.has_dict || decl.add_dict {
                    return vm.type_error("__dict__ slot disallowed: we already got one");
                }
                decl.add_dict = true;
            }
            "__weakref__" => {
                if base.has_weakref || decl.add_weakref {
                    return vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                decl.add_weakref = true;
            }
            _ => {
                let mangled = mangle(class_name, name);
                if in_namespace(&mangled) {
                    let r = crate::protocols::str_repr(&mangled);
                    return vm.value_error(format!("{r} in __slots__ conflicts with class variable"));
                }
                decl.members.push(mangled);
            }
        }
    }
    decl.members.sort();
    Ok(decl)
}
