//! set and frozenset methods and operators.

use super::nargs;
use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::set::SetTable;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use tern_bytecode::{BinOp, CmpOp};

/// `set.__reduce__`: the class, the members as a list, the state.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    super::object::call_helper(vm, "set_reduce", &args.pos[..1])
}

pub fn install(vm: &mut Vm) {
    let s = vm.types.set.clone();
    let f = vm.types.frozenset.clone();
    for t in [&s, &f] {
        vm.add_method(t, "copy", copy);
        vm.add_method(t, "union", union);
        vm.add_method(t, "intersection", intersection);
        vm.add_method(t, "difference", difference);
        vm.add_method(t, "symmetric_difference", symmetric_difference);
        vm.add_method(t, "issubset", issubset);
        vm.add_method(t, "issuperset", issuperset);
        vm.add_method(t, "isdisjoint", isdisjoint);
        vm.add_method(t, "__reduce__", reduce);
    }
    vm.add_method(&s, "add", add);
    vm.add_method(&s, "discard", discard);
    vm.add_method(&s, "remove", remove);
    vm.add_method(&s, "pop", pop);
    vm.add_method(&s, "clear", clear);
    vm.add_method(&s, "update", update);
    vm.add_method(&s, "intersection_update", intersection_update);
    vm.add_method(&s, "difference_update", difference_update);
    vm.add_method(&s, "symmetric_difference_update", symmetric_difference_update);
    vm.add_method(&s, "__init__", init);
    for t in [&s, &f] {
        for (name, func) in [
            ("__and__", d_and as crate::function::NativeFn),
            ("__rand__", d_rand),
            ("__or__", d_or),
            ("__ror__", d_ror),
            ("__sub__", d_sub),
            ("__rsub__", d_rsub),
            ("__xor__", d_xor),
            ("__rxor__", d_rxor),
            ("__ne__", super::tuple::ne),
            ("__lt__", super::tuple::lt),
            ("__le__", super::tuple::le),
            ("__gt__", super::tuple::gt),
            ("__ge__", super::tuple::ge),
        ] {
            vm.add_method(t, name, func);
        }
        vm.add_classmethod(t, "__class_getitem__", super::list::class_getitem);
    }
    vm.add_method(&s, "__iand__", d_iand);
    vm.add_method(&s, "__ior__", d_ior);
    vm.add_method(&s, "__isub__", d_isub);
    vm.add_method(&s, "__ixor__", d_ixor);
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Set(_)))
}

/// `set.__and__` and friends: only sets and frozensets are operands.
fn dunder_binop(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult {
    let (fwd, rev, _) = op.dunders();
    let name = if reflected { rev } else { fwd };
    nargs(vm, args, name, 1, 1)?;
    table_of(vm, &args.pos[0])?;
    if !is_set(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let (a, b) = if reflected { (&args.pos[1], &args.pos[0]) } else { (&args.pos[0], &args.pos[1]) };
    set_binop(vm, a, b, op)
}
fn d_and(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::And, false)
}
fn d_rand(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::And, true)
}
fn d_or(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Or, false)
}
fn d_ror(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Or, true)
}
fn d_sub(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Sub, false)
}
fn d_rsub(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Sub, true)
}
fn d_xor(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Xor, false)
}
fn d_rxor(vm: &mut Vm, args: Args) -> PyResult {
    dunder_binop(vm, &args, BinOp::Xor, true)
}

/// `set.__ior__` and friends: update in place and return the set.
fn dunder_inplace(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult {
    nargs(vm, args, op.dunders().2, 1, 1)?;
    table_of(vm, &args.pos[0])?;
    if !is_set(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    set_inplace(vm, &args.pos[0], &args.pos[1], op)?;
    Ok(args.pos[0].clone())
}
fn d_iand(vm: &mut Vm, args: Args) -> PyResult {
    dunder_inplace(vm, &args, BinOp::And)
}
fn d_ior(vm: &mut Vm, args: Args) -> PyResult {
    dunder_inplace(vm, &args, BinOp::Or)
}
fn d_isub(vm: &mut Vm, args: Args) -> PyResult {
    dunder_inplace(vm, &args, BinOp::Sub)
}
fn d_ixor(vm: &mut Vm, args: Args) -> PyResult {
    dunder_inplace(vm, &args, BinOp::Xor)
}

pub fn table_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<SetTable>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Set(s) => Ok(s),
            _ => vm.type_error(format!("descriptor requires a 'set' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'set' object but received a '{}'", vm.type_name(v))),
    }
}

fn keys(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Set(s) => Ok(s.borrow().iter().map(|e| e.key.clone()).collect()),
            _ => vm.iterate(v),
        },
        _ => vm.iterate(v),
    }
}

/// Adds every item of `src` into the set `s` (CPython's update order).
pub fn set_update_from(vm: &mut Vm, s: &Value, src: &Value) -> PyResult<()> {
    let t = table_of(vm, s)?;
    if let Value::Obj(o) = src {
        match &o.payload {
            Payload::Set(other) => {
                let (empty_same_size, n) = {
                    let a = t.borrow();
                    let b = other.borrow();
                    (a.is_empty() && a.table.len() == b.table.len(), b.len())
                };
                if empty_same_size {
                    let copy = other.borrow().clone();
                    t.borrow_mut().copy_from(&copy);
                    return Ok(());
                }
                t.borrow_mut().reserve_for(n);
                let entries: Vec<(i64, Value)> = other.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
                for (h, k) in entries {
                    crate::dictops::set_add_hashed(vm, t, k, h)?;
                }
                return Ok(());
            }
            Payload::Dict(d) => {
                let n = d.borrow().len();
                t.borrow_mut().reserve_for(n);
                let entries: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
                for (h, k) in entries {
                    crate::dictops::set_add_hashed(vm, t, k, h)?;
                }
                return Ok(());
            }
            _ => {}
        }
    }
    let it = vm.iter(src)?;
    while let Some(v) = vm.next(&it)? {
        crate::dictops::set_add(vm, t, v)?;
    }
    Ok(())
}

fn new_like(vm: &mut Vm, v: &Value) -> Value {
    let frozen = vm.isinstance(v, &vm.types.frozenset.clone());
    vm.new_set(frozen)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let r = new_like(vm, &args.pos[0]);
    set_update_from(vm, &r, &args.pos[0])?;
    Ok(r)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let r = new_like(vm, a);
    match op {
        BinOp::Or => {
            set_update_from(vm, &r, a)?;
            set_update_from(vm, &r, b)?;
        }
        BinOp::And => {
            let (small, big) = if vm.len(a)? > vm.len(b)? { (b, a) } else { (a, b) };
            for k in keys(vm, small)? {
                if vm.contains(big, &k)? {
                    vm.set_add_value(&r, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in keys(vm, a)? {
                if !vm.contains(b, &k)? {
                    vm.set_add_value(&r, k)?;
                }
            }
        }
        _ => {
            set_update_from(vm, &r, a)?;
            let rt = table_of(vm, &r)?;
            for k in keys(vm, b)? {
                if !crate::dictops::set_discard(vm, rt, &k)? {
                    crate::dictops::set_add(vm, rt, k)?;
                }
            }
        }
    }
    Ok(r)
}

/// In-place `|=`, `&=`, `-=`, `^=`.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => set_update_from(vm, a, b),
        _ => {
            let r = set_binop(vm, a, b, op)?;
            let rt = table_of(vm, &r)?.borrow().clone();
            *table_of(vm, a)?.borrow_mut() = rt;
            Ok(())
        }
    }
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Set(_)) {
            return Ok(v.clone());
        }
    }
    let s = vm.new_set(false);
    set_update_from(vm, &s, v)?;
    Ok(s)
}

fn multi(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult {
    let mut acc = {
        let r = new_like(vm, &args.pos[0]);
        set_update_from(vm, &r, &args.pos[0])?;
        r
    };
    for other in &args.pos[1..] {
        let o = to_set(vm, other)?;
        let next = set_binop(vm, &acc, &o, op)?;
        acc = next;
    }
    // Keep the receiver's type (frozenset stays frozenset).
    let frozen = vm.isinstance(&args.pos[0], &vm.types.frozenset.clone());
    if let Value::Obj(o) = &acc {
        let is_frozen = vm.isinstance(&acc, &vm.types.frozenset.clone());
        if frozen != is_frozen {
            if let Payload::Set(t) = &o.payload {
                let t = t.borrow().clone();
                let cls = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
                return Ok(Value::Obj(PyObject::new(cls, None, Payload::Set(RefCell::new(t)))));
            }
        }
    }
    Ok(acc)
}
fn union(vm: &mut Vm, args: Args) -> PyResult {
    multi(vm, &args, BinOp::Or)
}
fn intersection(vm: &mut Vm, args: Args) -> PyResult {
    multi(vm, &args, BinOp::And)
}
fn difference(vm: &mut Vm, args: Args) -> PyResult {
    multi(vm, &args, BinOp::Sub)
}
fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "symmetric_difference", 1, 1)?;
    multi(vm, &args, BinOp::Xor)
}

/// Set comparisons (subset order).
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult {
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let subset = |vm: &mut Vm, x: &Value, y: &Value| -> PyResult<bool> {
        for k in keys(vm, x)? {
            if !vm.contains(y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        CmpOp::Eq => la == lb && subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && subset(vm, a, b)?),
        CmpOp::Le => la <= lb && subset(vm, a, b)?,
        CmpOp::Lt => la < lb && subset(vm, a, b)?,
        CmpOp::Ge => la >= lb && subset(vm, b, a)?,
        CmpOp::Gt => la > lb && subset(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "issubset", 1, 1)?;
    let o = to_set(vm, &args.pos[1])?;
    set_compare(vm, &args.pos[0], &o, CmpOp::Le)
}
fn issuperset(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "issuperset", 1, 1)?;
    let o = to_set(vm, &args.pos[1])?;
    set_compare(vm, &args.pos[0], &o, CmpOp::Ge)
}
fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "isdisjoint", 1, 1)?;
    for k in vm.iterate(&args.pos[1])? {
        if vm.contains(&args.pos[0], &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn add(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "add", 1, 1)?;
    let t = table_of(vm, &args.pos[0])?;
    crate::dictops::set_add(vm, t, args.pos[1].clone())?;
    Ok(Value::None)
}
fn discard(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "discard", 1, 1)?;
    let t = table_of(vm, &args.pos[0])?;
    crate::dictops::set_discard(vm, t, &args.pos[1])?;
    Ok(Value::None)
}
fn remove(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "remove", 1, 1)?;
    let t = table_of(vm, &args.pos[0])?;
    if !crate::dictops::set_discard(vm, t, &args.pos[1])? {
        return vm.key_error(args.pos[1].clone());
    }
    Ok(Value::None)
}
fn pop(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "pop", 0, 0)?;
    let t = table_of(vm, &args.pos[0])?;
    let mut finger = 0;
    let r = t.borrow_mut().pop_any(&mut finger);
    match r {
        Some(v) => Ok(v),
        None => vm.err("KeyError", "pop from an empty set"),
    }
}
fn clear(vm: &mut Vm, args: Args) -> PyResult {
    table_of(vm, &args.pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}
fn update(vm: &mut Vm, args: Args) -> PyResult {
    for o in &args.pos[1..] {
        set_update_from(vm, &args.pos[0], o)?;
    }
    Ok(Value::None)
}
fn in_place(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult {
    for o in &args.pos[1..] {
        let o = to_set(vm, o)?;
        set_inplace(vm, &args.pos[0], &o, op)?;
    }
    Ok(Value::None)
}
fn intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    in_place(vm, &args, BinOp::And)
}
fn difference_update(vm: &mut Vm, args: Args) -> PyResult {
    in_place(vm, &args, BinOp::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    in_place(vm, &args, BinOp::Xor)
}
fn init(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "set", 0, 1)?;
    table_of(vm, &args.pos[0])?.borrow_mut().clear();
    if let Some(src) = args.pos.get(1) {
        set_update_from(vm, &args.pos[0], src)?;
    }
    Ok(Value::None)
}
