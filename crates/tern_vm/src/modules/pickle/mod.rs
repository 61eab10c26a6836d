//! `_tern_pickle`: native `dumps`/`loads` for the frozen `_pickle`, which
//! uses them for graphs of builtin values and falls back to `pickle`'s
//! Python pickler and unpickler for everything else.

mod dump;
mod load;

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "dumps", dumps);
    vm.module_fn(m, "loads", loads);
}

/// `dumps(obj, protocol)`: the pickle as bytes, or None when the Python
/// pickler must write it (other types, or protocols 0 and 1).
fn dumps(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "dumps", &args, 2, 2)?;
    let proto = match args.pos[1] {
        Value::Int(p @ 2..=5) => p as u8,
        _ => return Ok(Value::None),
    };
    match dump::Pickler::new(proto).dump(vm, &args.pos[0]) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(dump::GiveUp) => Ok(Value::None),
    }
}

/// `loads(data)`: `(obj,)`, or None when the Python unpickler must read it.
fn loads(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "loads", &args, 1, 1)?;
    let Some(data) = vm.buffer_of(&args.pos[0])? else { return Ok(Value::None) };
    match load::load(vm, &data) {
        Ok(v) => Ok(vm.new_tuple(vec![v])),
        Err(load::GiveUp) => Ok(Value::None),
    }
}
