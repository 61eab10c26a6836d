//! `mappingproxy`: the read-only view of a class's namespace that
//! `C.__dict__` returns. It holds the class's dict object; reads delegate
//! to it (see the `Payload::MappingProxy` arms in the protocols), and
//! there are no mutating methods.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_method(&t, "keys", keys);
    vm.add_method(&t, "values", values);
    vm.add_method(&t, "items", items);
    vm.add_method(&t, "get", get);
    vm.add_method(&t, "copy", copy);
    vm.add_method(&t, "__getitem__", getitem);
    vm.add_method(&t, "__contains__", contains);
    vm.add_method(&t, "__len__", len);
    vm.add_method(&t, "__iter__", iter);
    crate::builtins::ctors::set_new(&t, new);
}

/// `types.MappingProxyType(mapping)`.
fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() || args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return vm.type_error(format!("mappingproxy() takes exactly one argument ({n} given)"));
    }
    let m = args.pos[1].clone();
    let is_map = matches!(&m, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)));
    if !is_map {
        return vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(&m)));
    }
    Ok(vm.new_object(vm.types.mappingproxy.clone(), Payload::MappingProxy(m)))
}

impl Vm {
    /// A read-only view of `dict` (a dict object).
    pub fn new_mappingproxy(&mut self, dict: &Obj) -> Value {
        self.new_object(self.types.mappingproxy.clone(), Payload::MappingProxy(Value::Obj(dict.clone())))
    }
}

/// The mapping behind a mappingproxy argument.
fn inner(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::MappingProxy(d) => Ok(d.clone()),
            _ => vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{}'", vm.type_name(v))),
    }
}

/// Calls `name` on the proxied mapping with the remaining arguments.
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let d = inner(vm, &args.pos[0])?;
    vm.call_method(&d, name, &args.pos[1..])
}

fn keys(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "keys", 0, 0)?;
    forward(vm, &args, "keys")
}
fn values(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "values", 0, 0)?;
    forward(vm, &args, "values")
}
fn items(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "items", 0, 0)?;
    forward(vm, &args, "items")
}
fn get(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "get", 1, 2)?;
    forward(vm, &args, "get")
}
fn copy(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "copy", 0, 0)?;
    forward(vm, &args, "copy")
}
fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getitem__", 1, 1)?;
    let d = inner(vm, &args.pos[0])?;
    vm.getitem(&d, &args.pos[1])
}
fn contains(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__contains__", 1, 1)?;
    let d = inner(vm, &args.pos[0])?;
    Ok(Value::Bool(vm.contains(&d, &args.pos[1])?))
}
fn len(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__len__", 0, 0)?;
    let d = inner(vm, &args.pos[0])?;
    Ok(Value::Int(vm.len(&d)? as i64))
}
fn iter(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__iter__", 0, 0)?;
    let d = inner(vm, &args.pos[0])?;
    vm.iter(&d)
}
