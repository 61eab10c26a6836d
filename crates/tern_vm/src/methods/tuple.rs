//! tuple methods, and the sequence dunders shared by builtin containers
//! (what `super().__getitem__` and friends reach in subclasses).

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use tern_bytecode::{BinOp, CmpOp};

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "count", count);
    add_sequence_dunders(vm, &t);
    let s = vm.types.str_.clone();
    add_sequence_dunders(vm, &s);
    let d = vm.types.dict.clone();
    vm.add_method(&d, "__getitem__", getitem);
    vm.add_method(&d, "__len__", len);
    vm.add_method(&d, "__contains__", contains);
    vm.add_method(&d, "__iter__", iter);
    vm.add_method(&d, "__eq__", eq);
    vm.add_method(&d, "__ne__", ne);
    vm.add_method(&d, "__repr__", repr);
    let st = vm.types.set.clone();
    let fs = vm.types.frozenset.clone();
    for t in [st, fs] {
        vm.add_method(&t, "__len__", len);
        vm.add_method(&t, "__contains__", contains);
        vm.add_method(&t, "__iter__", iter);
        vm.add_method(&t, "__eq__", eq);
        vm.add_method(&t, "__repr__", repr);
    }
    for t in [vm.types.int.clone(), vm.types.float.clone()] {
        vm.add_method(&t, "__repr__", repr);
        vm.add_method(&t, "__hash__", hash);
    }
}

/// `__getitem__`, `__len__`, `__contains__`, `__iter__`, comparisons,
/// `__add__`, `__mul__`, `__repr__`, `__hash__` for a sequence type.
pub fn add_sequence_dunders(vm: &mut Vm, t: &Obj) {
    vm.add_method(t, "__getitem__", getitem);
    vm.add_method(t, "__len__", len);
    vm.add_method(t, "__contains__", contains);
    vm.add_method(t, "__iter__", iter);
    vm.add_method(t, "__eq__", eq);
    vm.add_method(t, "__ne__", ne);
    vm.add_method(t, "__lt__", lt);
    vm.add_method(t, "__le__", le);
    vm.add_method(t, "__gt__", gt);
    vm.add_method(t, "__ge__", ge);
    vm.add_method(t, "__add__", add);
    vm.add_method(t, "__mul__", mul);
    vm.add_method(t, "__rmul__", rmul);
    vm.add_method(t, "__repr__", repr);
    vm.add_method(t, "__hash__", hash);
}

fn tuple_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Ok(t.to_vec()),
            _ => vm.type_error("descriptor requires a 'tuple' object"),
        },
        _ => vm.type_error("descriptor requires a 'tuple' object"),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "index", 1, 3)?;
    let items = tuple_items(vm, &args.pos[0])?;
    let (start, stop) = super::list::bounds(vm, &args, 2, items.len())?;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(it, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    vm.value_error("tuple.index(x): x not in tuple")
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 1)?;
    let items = tuple_items(vm, &args.pos[0])?;
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &args.pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

pub(super) fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getitem__", 1, 1)?;
    match vm.getitem_builtin(&args.pos[0], &args.pos[1])? {
        Some(v) => Ok(v),
        None => vm.type_error("descriptor '__getitem__' requires a builtin container"),
    }
}

pub(super) fn len(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__len__", 0, 0)?;
    match &args.pos[0] {
        Value::Obj(o) => match vm.len_builtin(o) {
            Some(n) => Ok(Value::Int(n as i64)),
            None => vm.type_error("descriptor '__len__' requires a builtin container"),
        },
        _ => vm.type_error("descriptor '__len__' requires a builtin container"),
    }
}

pub(super) fn contains(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__contains__", 1, 1)?;
    match vm.contains_builtin(&args.pos[0], &args.pos[1])? {
        Some(b) => Ok(Value::Bool(b)),
        None => vm.type_error("descriptor '__contains__' requires a builtin container"),
    }
}

pub(super) fn iter(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__iter__", 0, 0)?;
    vm.iter_builtin(&args.pos[0])
}

fn cmp(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult {
    nargs(vm, args, op.dunder(), 1, 1)?;
    match vm.compare_builtin(&args.pos[0], &args.pos[1], op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}
pub(super) fn eq(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Eq)
}
pub(super) fn ne(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Ne)
}
pub(super) fn lt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Lt)
}
pub(super) fn le(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Le)
}
pub(super) fn gt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Gt)
}
pub(super) fn ge(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, &args, CmpOp::Ge)
}

fn arith(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult {
    nargs(vm, args, op.dunders().0, 1, 1)?;
    let (a, b) = if reflected { (&args.pos[1], &args.pos[0]) } else { (&args.pos[0], &args.pos[1]) };
    match vm.binary_builtin(a, b, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn add(vm: &mut Vm, args: Args) -> PyResult {
    arith(vm, &args, BinOp::Add, false)
}
fn mul(vm: &mut Vm, args: Args) -> PyResult {
    arith(vm, &args, BinOp::Mul, false)
}
fn rmul(vm: &mut Vm, args: Args) -> PyResult {
    arith(vm, &args, BinOp::Mul, true)
}
pub(super) fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = vm.repr_builtin(&args.pos[0])?;
    Ok(vm.new_string(s))
}
pub(super) fn hash(vm: &mut Vm, args: Args) -> PyResult {
    match &args.pos[0] {
        Value::Obj(o) => Ok(Value::Int(vm.hash_builtin(&o.clone(), &args.pos[0])?)),
        other => Ok(Value::Int(vm.hash(other)?)),
    }
}
