//! `getset_descriptor` (and the `member_descriptor`s of exception
//! fields, which share its payload): `__get__`, `__set__`, `__delete__`
//! and `__name__`, for code that calls them directly
//! (`C.__dict__['__dict__'].__get__(obj)`).

use crate::function::Args;
use crate::object::{GetSet, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for t in [vm.types.getset_descriptor.clone(), vm.types.member_descriptor.clone()] {
        vm.add_method(&t, "__get__", get);
        vm.add_method(&t, "__set__", set);
        vm.add_method(&t, "__delete__", delete);
    }
    vm.add_getset(&vm.types.getset_descriptor.clone(), "__name__", name, None);
}

fn descr<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a GetSet> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::GetSet(g) => Ok(g),
            _ => vm.type_error("descriptor expected"),
        },
        _ => vm.type_error("descriptor expected"),
    }
}

/// `__get__(obj, type=None)`: the descriptor itself when `obj` is None.
fn get(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__get__", 1, 2)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    let g = descr(vm, &args.pos[0])?.get;
    g(vm, &args.pos[1])
}

fn set(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__set__", 2, 2)?;
    let d = descr(vm, &args.pos[0])?;
    match d.set {
        Some(s) => {
            s(vm, &args.pos[1], args.pos[2].clone())?;
            Ok(Value::None)
        }
        None => {
            let msg = format!("attribute '{}' of '{}' objects is not writable", d.name, d.owner);
            vm.err("AttributeError", msg)
        }
    }
}

fn delete(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__delete__", 1, 1)?;
    let d = descr(vm, &args.pos[0])?;
    let msg = format!("cannot delete attribute '{}' of '{}' objects", d.name, d.owner);
    vm.err("AttributeError", msg)
}

fn name(vm: &mut Vm, v: &Value) -> PyResult {
    let n = descr(vm, v)?.name;
    Ok(vm.new_str(n))
}
