//! The `builtins` module: functions and the builtin type names.

mod bytes_args;
pub mod ctors;
pub mod funcs;
pub mod new_check;

use crate::function::{Args, NativeFn};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub use ctors::install_constructors;
pub use ctors::int_value;
pub use funcs::{current_globals, current_locals, isinstance_value, sort_values as funcs_sort, write_to};

/// The text of a str value (or str-subclass instance).
pub fn str_of(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The payload of a str value (or str-subclass instance).
pub fn pystr_of(v: &Value) -> Option<&crate::str::PyStr> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Checks the positional argument count of a native function.
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n >= min && n <= max && (args.kwnames.is_empty()) {
        return Ok(());
    }
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
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

impl Vm {
    pub fn add_builtin(&mut self, name: &'static str, f: NativeFn) {
        let v = self.new_native(name, f, Some("builtins"));
        let b = self.builtins.clone();
        self.set_dict_item_str(&b, name, v);
    }
}

pub fn install(vm: &mut Vm) {
    funcs::install(vm);
    ctors::install_constructors(vm);
    let b = vm.builtins.clone();
    for (name, t) in vm.types.all() {
        if matches!(
            name,
            "object"
                | "type"
                | "int"
                | "bool"
                | "float"
                | "complex"
                | "str"
                | "bytes"
                | "bytearray"
                | "list"
                | "tuple"
                | "dict"
                | "set"
                | "frozenset"
                | "range"
                | "slice"
                | "property"
                | "staticmethod"
                | "classmethod"
                | "super"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "reversed"
        ) {
            vm.set_dict_item_str(&b, name, Value::Obj(t));
        }
    }
    let excs: Vec<(&'static str, crate::value::Obj)> = vm.types.exceptions.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, t) in excs {
        vm.set_dict_item_str(&b, name, Value::Obj(t));
    }
    vm.set_dict_item_str(&b, "None", Value::None);
    vm.set_dict_item_str(&b, "True", Value::Bool(true));
    vm.set_dict_item_str(&b, "False", Value::Bool(false));
    let ni = vm.not_implemented.clone();
    vm.set_dict_item_str(&b, "NotImplemented", ni);
    let el = vm.ellipsis.clone();
    vm.set_dict_item_str(&b, "Ellipsis", el);
    vm.set_dict_item_str(&b, "__debug__", Value::Bool(true));
    let n = vm.new_str("builtins");
    vm.set_dict_item_str(&b, "__name__", n);
    let env_error = vm.exc_type("OSError");
    vm.set_dict_item_str(&b, "EnvironmentError", Value::Obj(env_error.clone()));
    vm.set_dict_item_str(&b, "IOError", Value::Obj(env_error));
}

/// `int(v)` for one value.
pub fn int_from_value(vm: &mut Vm, v: &Value) -> PyResult {
    ctors::int_value(vm, v, None)
}
