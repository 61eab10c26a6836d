//! dict methods and dict views.

use super::nargs;
use crate::dict::Dict;
use crate::function::Args;
use crate::object::{Payload, ViewKind};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_method(&t, "keys", keys);
    vm.add_method(&t, "values", values);
    vm.add_method(&t, "items", items);
    vm.add_method(&t, "get", get);
    vm.add_method(&t, "setdefault", setdefault);
    vm.add_method(&t, "pop", pop);
    vm.add_method(&t, "popitem", popitem);
    vm.add_method(&t, "update", update);
    vm.add_method(&t, "clear", clear);
    vm.add_method(&t, "copy", copy);
    vm.add_method(&t, "__init__", init);
    vm.add_method(&t, "__setitem__", setitem);
    vm.add_method(&t, "__delitem__", delitem);
    vm.add_method(&t, "__reversed__", reversed);
    vm.add_classmethod(&t, "fromkeys", fromkeys);
    for v in [vm.types.dict_keys.clone(), vm.types.dict_values.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&v, "__iter__", view_iter);
        vm.add_method(&v, "__len__", view_len);
        vm.add_method(&v, "__reversed__", view_reversed);
        vm.add_getset(&v, "mapping", view_mapping, None);
    }
    // Values are no set: `in` iterates, as CPython's values view.
    for v in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&v, "__contains__", view_contains);
        vm.add_method(&v, "isdisjoint", view_isdisjoint);
    }
    vm.add_method(&t, "__or__", dict_or);
    vm.add_method(&t, "__ror__", dict_ror);
    vm.add_method(&t, "__ior__", dict_ior);
    for v in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        for (name, func) in [
            ("__and__", view_and as crate::function::NativeFn),
            ("__rand__", view_rand),
            ("__or__", view_or),
            ("__ror__", view_ror),
            ("__sub__", view_sub),
            ("__rsub__", view_rsub),
            ("__xor__", view_xor),
            ("__rxor__", view_rxor),
            ("__eq__", super::tuple::eq),
            ("__ne__", super::tuple::ne),
            ("__lt__", super::tuple::lt),
            ("__le__", super::tuple::le),
            ("__gt__", super::tuple::gt),
            ("__ge__", super::tuple::ge),
        ] {
            vm.add_method(&v, name, func);
        }
    }
}

fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)))
}

/// `d | other`: a new dict; only dicts are operands.
fn dict_or(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__or__", 1, 1)?;
    dict_of(vm, &args.pos[0])?;
    if !is_dict(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let d = vm.new_dict();
    vm.dict_update(&d, &args.pos[0])?;
    vm.dict_update(&d, &args.pos[1])?;
    Ok(d)
}
fn dict_ror(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__ror__", 1, 1)?;
    dict_of(vm, &args.pos[0])?;
    if !is_dict(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let d = vm.new_dict();
    vm.dict_update(&d, &args.pos[1])?;
    vm.dict_update(&d, &args.pos[0])?;
    Ok(d)
}
/// `d |= other`: `other` may be any mapping or iterable of pairs.
fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__ior__", 1, 1)?;
    dict_of(vm, &args.pos[0])?;
    update(vm, Args::new(&[args.pos[0].clone(), args.pos[1].clone()]))?;
    Ok(args.pos[0].clone())
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reversed__", 0, 0)?;
    let mut items = vm.iterate(&args.pos[0])?;
    items.reverse();
    let l = vm.new_list(items);
    vm.iter(&l)
}
fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::DictView { dict: Value::Obj(d), .. } => {
                let d = d.clone();
                Ok(vm.new_mappingproxy(&d))
            }
            _ => vm.type_error("descriptor 'mapping' requires a dict view"),
        },
        _ => vm.type_error("descriptor 'mapping' requires a dict view"),
    }
}

/// Set operators of `keys()` and `items()` views: any iterable is an
/// operand; the result is a set.
fn view_binop(vm: &mut Vm, args: &Args, op: tern_bytecode::BinOp, reflected: bool) -> PyResult {
    let (fwd, rev, _) = op.dunders();
    nargs(vm, args, if reflected { rev } else { fwd }, 1, 1)?;
    let mine = vm.new_set(false);
    for it in vm.iterate(&args.pos[0])? {
        vm.set_add_value(&mine, it)?;
    }
    let items = vm.iterate(&args.pos[1])?;
    let other = vm.new_set(false);
    for it in items {
        vm.set_add_value(&other, it)?;
    }
    let (a, b) = if reflected { (&other, &mine) } else { (&mine, &other) };
    super::set::set_binop(vm, a, b, op)
}
fn view_and(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::And, false)
}
fn view_rand(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::And, true)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Or, false)
}
fn view_ror(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Or, true)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Sub, false)
}
fn view_rsub(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Sub, true)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Xor, false)
}
fn view_rxor(vm: &mut Vm, args: Args) -> PyResult {
    view_binop(vm, &args, tern_bytecode::BinOp::Xor, true)
}

pub fn dict_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Dict>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) => Ok(d),
            _ => vm.type_error(format!("descriptor requires a 'dict' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'dict' object but received a '{}'", vm.type_name(v))),
    }
}

fn view(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult {
    nargs(vm, args, "keys", 0, 0)?;
    dict_of(vm, &args.pos[0])?;
    let t = match kind {
        ViewKind::Keys => vm.types.dict_keys.clone(),
        ViewKind::Values => vm.types.dict_values.clone(),
        ViewKind::Items => vm.types.dict_items.clone(),
    };
    Ok(vm.new_object(t, Payload::DictView { dict: args.pos[0].clone(), kind }))
}
fn keys(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, ViewKind::Keys)
}
fn values(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, ViewKind::Values)
}
fn items(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, ViewKind::Items)
}

fn get(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "get", 1, 2)?;
    let d = dict_of(vm, &args.pos[0])?;
    match dict_get_key(vm, d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(args.pos.get(2).cloned().unwrap_or(Value::None)),
    }
}

/// `d[key]` or None: an exact str key probes with its cached hash (no
/// `hash()` dispatch); any other key takes the general lookup.
fn dict_get_key(vm: &mut Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    match key {
        Value::Obj(o) if std::rc::Rc::ptr_eq(o.class(), &vm.types.str_) => crate::dictops::dict_get_str(vm, d, key),
        _ => crate::dictops::dict_get(vm, d, key),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "setdefault", 1, 2)?;
    let d = dict_of(vm, &args.pos[0])?;
    if let Some(v) = dict_get_key(vm, d, &args.pos[1])? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).cloned().unwrap_or(Value::None);
    crate::dictops::dict_set(vm, d, args.pos[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "pop", 1, 2)?;
    let d = dict_of(vm, &args.pos[0])?;
    match crate::dictops::dict_del(vm, d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => vm.key_error(args.pos[1].clone()),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "popitem", 0, 0)?;
    let d = dict_of(vm, &args.pos[0])?;
    let r = d.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => vm.err("KeyError", "popitem(): dictionary is empty"),
    }
}

/// dict(...) / dict.update(...) argument handling.
pub fn dict_update_args(vm: &mut Vm, d: &Value, pos: &[Value], kwnames: &[Value], kwvals: &[Value], name: &str) -> PyResult<()> {
    if pos.len() > 1 {
        return vm.type_error(format!("{name} expected at most 1 argument, got {}", pos.len()));
    }
    if let Some(src) = pos.first() {
        if vm.is_mapping(src) {
            let items = vm.mapping_items(src)?;
            for (k, v) in items {
                vm.setitem_builtin(d, k, v)?;
            }
        } else {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(pair) = vm.next(&it)? {
                let kv = match vm.iterate(&pair) {
                    Ok(kv) => kv,
                    Err(_) => {
                        return vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"));
                    }
                };
                if kv.len() != 2 {
                    return vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", kv.len()));
                }
                let mut kv = kv.into_iter();
                let (k, v) = (kv.next().unwrap_or_default(), kv.next().unwrap_or_default());
                vm.setitem_builtin(d, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        vm.setitem_builtin(d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args) -> PyResult {
    let d = args.pos[0].clone();
    dict_update_args(vm, &d, &args.pos[1..], args.kwnames, args.kwvals, "update")?;
    Ok(Value::None)
}

fn init(vm: &mut Vm, args: Args) -> PyResult {
    let d = args.pos[0].clone();
    dict_update_args(vm, &d, &args.pos[1..], args.kwnames, args.kwvals, "dict")?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "clear", 0, 0)?;
    let d = dict_of(vm, &args.pos[0])?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "copy", 0, 0)?;
    let d = dict_of(vm, &args.pos[0])?;
    let c = d.borrow().clone();
    Ok(Value::Obj(vm.new_dict_obj(c)))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__setitem__", 2, 2)?;
    let d = dict_of(vm, &args.pos[0])?;
    crate::dictops::dict_set(vm, d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__delitem__", 1, 1)?;
    vm.delitem_builtin(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    let d = dict_of(vm, &args.pos[0])?;
    let keys: Vec<Value> = d.borrow().keys().into_iter().rev().collect();
    let l = vm.new_list(keys);
    vm.iter(&l)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos[0].clone();
    let Some(it) = args.pos.get(1) else { return vm.type_error("fromkeys expected at least 1 argument, got 0") };
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, Args::new(&[]))?;
    for k in vm.iterate(it)? {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult {
    vm.iter_builtin(&args.pos[0])
}
fn view_len(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}
fn view_contains(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__contains__", 1, 1)?;
    Ok(Value::Bool(vm.contains(&args.pos[0], &args.pos[1])?))
}
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "isdisjoint", 1, 1)?;
    for it in vm.iterate(&args.pos[1])? {
        if vm.contains(&args.pos[0], &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
