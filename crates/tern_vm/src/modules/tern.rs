//! `_tern`: small native helpers for tern's Python-level modules
//! (`_weakref` builds weak references on `weak`/`weak_get`; `atexit`
//! reports failing callbacks with `print_unraisable`; `gc` drives the
//! cycle collector with `gc_collect`/`gc_enable`).

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "weak", weak);
    vm.module_fn(m, "set_exc_field", crate::methods::exception_fields::set_exc_field);
    vm.module_fn(m, "weak_get", weak_get);
    vm.module_fn(m, "weak_callback", weak_callback);
    vm.module_fn(m, "check_weakrefable", check_weakrefable);
    vm.module_fn(m, "weak_count", weak_count);
    vm.module_fn(m, "print_unraisable", print_unraisable);
    vm.module_fn(m, "set_asyncgen_hooks", set_asyncgen_hooks);
    vm.module_fn(m, "gc_collect", gc_collect);
    vm.module_fn(m, "count_elements", count_elements);
    // `__call__`s of functools' classes: they bind to the instance.
    vm.module_method_fn(m, "lru_call", crate::modules::functools::lru_call);
    vm.module_method_fn(m, "partial_call", crate::modules::functools::partial_call);
    vm.module_fn(m, "reduce", crate::modules::functools::reduce);
    use crate::modules::functools::key_compare;
    use tern_bytecode::CmpOp;
    vm.module_method_fn(m, "key_lt", |vm, a| key_compare(vm, a, CmpOp::Lt));
    vm.module_method_fn(m, "key_le", |vm, a| key_compare(vm, a, CmpOp::Le));
    vm.module_method_fn(m, "key_gt", |vm, a| key_compare(vm, a, CmpOp::Gt));
    vm.module_method_fn(m, "key_ge", |vm, a| key_compare(vm, a, CmpOp::Ge));
    vm.module_method_fn(m, "key_eq", |vm, a| key_compare(vm, a, CmpOp::Eq));
    vm.module_method_fn(m, "key_ne", |vm, a| key_compare(vm, a, CmpOp::Ne));
    vm.module_fn(m, "gc_enable", gc_enable);
    // `_collections` re-exports the native deque type.
    let dq = Value::Obj(vm.types.deque.clone());
    vm.set_dict_item_str(m, "deque", dq);
}

/// `count_elements(mapping, iterable)` (`collections._count_elements`, for
/// `Counter`): `mapping[x] = mapping.get(x, 0) + 1` for each item, on the
/// dict's storage when the mapping keeps dict's `get` and `__setitem__`.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "_count_elements", &args, 2, 2)?;
    let (mapping, iterable) = (&args.pos[0], &args.pos[1]);
    let dict_t = vm.types.dict.clone();
    let cls = vm.type_of(mapping);
    let same = |vm: &mut Vm, name: &'static str| {
        let (a, b) = (vm.lookup_type_attr_str(&cls, name), vm.lookup_type_attr_str(&dict_t, name));
        matches!((a, b), (Some(a), Some(b)) if a.is(&b))
    };
    let fast = matches!(mapping, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) && same(vm, "get") && same(vm, "__setitem__");
    let it = vm.iter(iterable)?;
    if fast {
        let Value::Obj(o) = mapping else { return Ok(Value::None) };
        let Payload::Dict(d) = &o.payload else { return Ok(Value::None) };
        while let Some(k) = vm.next(&it)? {
            let new = match crate::dictops::dict_get(vm, d, &k)? {
                None => Value::Int(1),
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(old) => vm.binary_op(&old, &Value::Int(1), tern_bytecode::BinOp::Add)?,
            };
            crate::dictops::dict_set(vm, d, k, new)?;
        }
        return Ok(Value::None);
    }
    let get = vm.getattr_str(mapping, "get")?;
    while let Some(k) = vm.next(&it)? {
        let old = vm.call(&get, Args::new(&[k.clone(), Value::Int(0)]))?;
        let new = vm.binary_op(&old, &Value::Int(1), tern_bytecode::BinOp::Add)?;
        vm.setitem(mapping, k, new)?;
    }
    Ok(Value::None)
}

/// `gc_collect()`: one cycle collection (`gc.rs`); the number of
/// unreachable objects it found.
fn gc_collect(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "gc_collect", &args, 0, 0)?;
    Ok(Value::Int(vm.gc.collect() as i64))
}

/// `gc_enable(flag)`: turns automatic collections on or off.
fn gc_enable(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "gc_enable", &args, 1, 1)?;
    vm.gc.enabled = vm.truthy(&args.pos[0])?;
    Ok(Value::None)
}

/// `set_asyncgen_hooks(firstiter, finalizer)`: the hooks async generators
/// read (`sys.set_asyncgen_hooks` checks them and keeps its own copy for
/// `sys.get_asyncgen_hooks`).
fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_asyncgen_hooks", &args, 2, 2)?;
    vm.asyncgen_hooks = (args.pos[0].clone(), args.pos[1].clone());
    Ok(Value::None)
}

/// `print_unraisable(message, exc)`: writes `message` and the exception's
/// traceback to stderr, as CPython reports an exception it cannot raise.
fn print_unraisable(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "print_unraisable", &args, 2, 2)?;
    crate::stdio::flush_stdout();
    let msg = vm.str_string(&args.pos[0])?;
    eprintln!("{msg}");
    if let Value::Obj(e) = &args.pos[1] {
        // The frozen caller's frame (atexit's loop) is not the user's.
        if let Payload::Exception(d) = &e.payload {
            let mut tb = d.traceback.borrow_mut();
            if tb.last().is_some_and(|t| t.filename.starts_with("<frozen")) {
                tb.pop();
            }
        }
        vm.print_exception(e);
    }
    Ok(Value::None)
}

/// `weak(obj)`: a handle that does not keep `obj` alive.
fn weak(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "weak", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Obj(o) => Ok(vm.new_object(vm.types.weak_handle.clone(), Payload::WeakRef(Rc::downgrade(o)))),
        v => vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(v))),
    }
}

/// `weak_callback(obj, ref)`: calls `ref.__callback__(ref)` once `obj`
/// dies (see `weakref_callbacks`).
fn weak_callback(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "weak_callback", &args, 2, 2)?;
    if let (Value::Obj(ob), Value::Obj(r)) = (&args.pos[0], &args.pos[1]) {
        crate::weakref_callbacks::register(ob, r);
    }
    Ok(Value::None)
}

/// `check_weakrefable(obj)`: CPython's TypeError for objects whose type
/// has no weak-reference slot (ints, lists, `object()`, instances of
/// classes with `__slots__` but no `__weakref__`...).
fn check_weakrefable(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "check_weakrefable", &args, 1, 1)?;
    let ok = match &args.pos[0] {
        Value::Obj(o) => weakrefable(vm, o),
        _ => false,
    };
    if ok {
        return Ok(Value::None);
    }
    let tn = vm.type_name(&args.pos[0]);
    vm.type_error(format!("cannot create weak reference to '{tn}' object"))
}

fn weakrefable(vm: &mut Vm, o: &Obj) -> bool {
    // Builtin types that have the slot.
    let builtin_ok = |o: &Obj| {
        matches!(
            o.payload,
            Payload::Set(_)
                | Payload::Function(_)
                | Payload::BoundMethod { .. }
                | Payload::Native(_)
                | Payload::NativeBound { .. }
                | Payload::Type(_)
                | Payload::Module { .. }
                | Payload::Code(_)
                | Payload::Generator(_)
                | Payload::AsyncGen(_)
                | Payload::Deque(_)
        )
    };
    let Some(td) = o.class().as_type() else { return false };
    if !td.heap {
        return builtin_ok(o);
    }
    let mro = td.mro.borrow().clone();
    for c in &mro {
        let Some(ct) = c.as_type() else { continue };
        if !ct.heap {
            return builtin_ok(o);
        }
        let slots = c.dict_ref().and_then(|d| {
            let key = vm.intern("__slots__");
            crate::dictops::dict_get_str(vm, d, &key).ok().flatten()
        });
        match slots {
            // A class without `__slots__` adds the slot, except over a
            // variable-size builtin (int, tuple, bytes).
            None => return !matches!(o.payload, Payload::Int(_) | Payload::Tuple(_) | Payload::Bytes(_)),
            Some(s) => {
                let names = match crate::builtins::str_of(&s) {
                    Some(one) => vec![one.to_string()],
                    None => {
                        vm.iterate(&s).unwrap_or_default().iter().filter_map(|n| crate::builtins::str_of(n).map(String::from)).collect()
                    }
                };
                if names.iter().any(|n| n == "__weakref__") {
                    return true;
                }
            }
        }
    }
    false
}

/// `weak_get(handle)`: the object, or None once it is gone.
fn weak_get(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "weak_get", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Obj(h) => match &h.payload {
            Payload::WeakRef(w) => Ok(w.upgrade().map(Value::Obj).unwrap_or(Value::None)),
            _ => vm.type_error("weak_get() expects a weak handle"),
        },
        _ => vm.type_error("weak_get() expects a weak handle"),
    }
}

/// `weak_count(obj)`: how many weak handles point at `obj`.
fn weak_count(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "weak_count", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Obj(o) => Ok(Value::Int(Rc::weak_count(o) as i64)),
        _ => Ok(Value::Int(0)),
    }
}
