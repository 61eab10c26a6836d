//! Attributes and methods of async generators and of their awaitables
//! (`async_generator_asend`, `async_generator_athrow`, `anext_awaitable`),
//! the builtins `aiter` and `anext`, and the attributes plain generators
//! share with async generators (`gi_code`, `gi_yieldfrom`,
//! `gi_suspended`, settable `__name__`/`__qualname__`, the frame). The
//! state machines are in `asyncgen.rs`.

use super::nargs;
use crate::asyncgen::{AgenOpKind, Step};
use crate::function::Args;
use crate::generator::gen_state;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let g = vm.types.async_generator.clone();
    vm.add_method(&g, "__aiter__", identity);
    vm.add_method(&g, "__anext__", agen_anext);
    vm.add_method(&g, "asend", agen_asend);
    vm.add_method(&g, "athrow", agen_athrow);
    vm.add_method(&g, "aclose", agen_aclose);
    vm.add_classmethod(&g, "__class_getitem__", super::list::class_getitem);
    vm.add_getset(&g, "ag_await", agen_await, None);
    vm.add_getset(&g, "ag_frame", agen_frame, None);
    vm.add_getset(&g, "ag_running", agen_running, None);
    vm.add_getset(&g, "ag_code", agen_code, None);
    vm.add_getset(&g, "__name__", agen_name, Some(set_gen_name));
    vm.add_getset(&g, "__qualname__", agen_qualname, Some(set_gen_qualname));
    // Shared with plain generators.
    let g = vm.types.generator.clone();
    vm.add_getset(&g, "gi_code", agen_code, None);
    vm.add_getset(&g, "gi_yieldfrom", gen_yieldfrom, None);
    vm.add_getset(&g, "gi_suspended", gen_suspended, None);
    vm.add_getset(&g, "__name__", agen_name, Some(set_gen_name));
    vm.add_getset(&g, "__qualname__", agen_qualname, Some(set_gen_qualname));
    let awaitables = [vm.types.async_generator_asend.clone(), vm.types.async_generator_athrow.clone(), vm.types.anext_awaitable.clone()];
    for t in awaitables {
        vm.add_method(&t, "__await__", identity);
        vm.add_method(&t, "__iter__", identity);
        vm.add_method(&t, "__next__", op_next);
        vm.add_method(&t, "send", op_send);
        vm.add_method(&t, "throw", op_throw);
        vm.add_method(&t, "close", op_close);
    }
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.pos[0].clone())
}

fn agen_obj(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::AsyncGen(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'async_generator' object but received a '{}'", vm.type_name(v))),
    }
}

/// A generator or async generator (the attributes they share).
fn any_gen_obj(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if gen_state(o).is_some() => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a generator object but received a '{}'", vm.type_name(v))),
    }
}

fn set_gen_names(vm: &mut Vm, g: &Value, v: Value, qual: bool) -> PyResult<()> {
    let g = any_gen_obj(vm, g)?;
    let attr = if qual { "__qualname__" } else { "__name__" };
    let Some(s) = crate::builtins::str_of(&v).map(str::to_string) else {
        return vm.type_error(format!("{attr} must be set to a string object"));
    };
    if let Some(st) = gen_state(&g) {
        let mut st = st.borrow_mut();
        if qual {
            st.qualname = s;
        } else {
            st.name = s;
        }
    }
    Ok(())
}

pub(super) fn set_gen_name(vm: &mut Vm, g: &Value, v: Value) -> PyResult<()> {
    set_gen_names(vm, g, v, false)
}

pub(super) fn set_gen_qualname(vm: &mut Vm, g: &Value, v: Value) -> PyResult<()> {
    set_gen_names(vm, g, v, true)
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return vm.type_error(format!("expected 0 arguments, got {}", args.pos.len().saturating_sub(1)));
    }
    let g = agen_obj(vm, &args.pos[0])?;
    vm.agen_awaitable(&g, AgenOpKind::Send(Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "async_generator.asend", 1, 1)?;
    let g = agen_obj(vm, &args.pos[0])?;
    vm.agen_awaitable(&g, AgenOpKind::Send(args.pos[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let g = agen_obj(vm, &args.pos[0])?;
    vm.agen_awaitable(&g, AgenOpKind::Throw(args.pos[1..].into()))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "async_generator.aclose", 0, 0)?;
    let g = agen_obj(vm, &args.pos[0])?;
    vm.agen_awaitable(&g, AgenOpKind::Close)
}

fn agen_await(vm: &mut Vm, v: &Value) -> PyResult {
    let g = agen_obj(vm, v)?;
    Ok(vm.gen_delegate(&g).unwrap_or(Value::None))
}

pub(super) fn gen_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult {
    let g = any_gen_obj(vm, v)?;
    Ok(vm.gen_delegate(&g).unwrap_or(Value::None))
}

/// `gi_suspended`: stopped at a yield (started, not running, not over).
pub(super) fn gen_suspended(vm: &mut Vm, v: &Value) -> PyResult {
    let g = any_gen_obj(vm, v)?;
    let Some(st) = gen_state(&g) else { return Ok(Value::Bool(false)) };
    let s = st.borrow();
    Ok(Value::Bool(s.started && !s.running && !s.finished && s.frame.is_some()))
}

fn agen_frame(vm: &mut Vm, v: &Value) -> PyResult {
    let g = agen_obj(vm, v)?;
    suspended_frame(vm, &g)
}

/// `gi_frame`/`cr_frame`/`ag_frame`: a frame object for the generator's
/// frame while it is suspended or running, None once finished.
pub fn suspended_frame(vm: &mut Vm, g: &Obj) -> PyResult {
    let Some(st) = gen_state(g) else { return Ok(Value::None) };
    let s = st.borrow();
    if s.finished {
        return Ok(Value::None);
    }
    if s.running {
        // Its frame is on the frame stack, with its callers below it.
        let depth = vm.frames.len().checked_sub(s.running_at + 1);
        drop(s);
        return match depth {
            Some(depth) => Ok(vm.frame_object(depth)?.unwrap_or(Value::None)),
            None => Ok(Value::None),
        };
    }
    match s.frame.as_deref() {
        Some(f) => {
            let parts = crate::frameobj::frame_parts(f);
            drop(s);
            vm.frame_object_from(parts, Value::None)
        }
        None => Ok(Value::None),
    }
}

fn agen_running(vm: &mut Vm, v: &Value) -> PyResult {
    let g = agen_obj(vm, v)?;
    match &g.payload {
        Payload::AsyncGen(a) => Ok(Value::Bool(a.running_async.get())),
        _ => Ok(Value::Bool(false)),
    }
}

pub(super) fn agen_code(vm: &mut Vm, v: &Value) -> PyResult {
    let g = any_gen_obj(vm, v)?;
    let Some(st) = gen_state(&g) else { return Ok(Value::None) };
    let code = st.borrow().code.clone();
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(code)))
}

pub(super) fn agen_name(vm: &mut Vm, v: &Value) -> PyResult {
    let g = any_gen_obj(vm, v)?;
    let n = gen_state(&g).map(|st| st.borrow().name.clone()).unwrap_or_default();
    Ok(vm.new_string(n))
}

pub(super) fn agen_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    let g = any_gen_obj(vm, v)?;
    let n = gen_state(&g).map(|st| st.borrow().qualname.clone()).unwrap_or_default();
    Ok(vm.new_string(n))
}

/// `type.method`, as CPython names a method in its argument errors.
fn method_name(vm: &mut Vm, args: &Args, name: &str) -> String {
    match args.pos.first() {
        Some(me) => format!("{}.{name}", vm.type_name(me)),
        None => name.to_string(),
    }
}

fn op_obj(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::AsyncGenOp(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires an async generator awaitable, not '{}'", vm.type_name(v))),
    }
}

/// A step as the iterator protocol returns it.
fn step_result(vm: &mut Vm, r: Step) -> PyResult {
    match r {
        Ok(v) => Ok(v),
        Err(v) => Err(vm.stop_iteration(v)),
    }
}

fn op_next(vm: &mut Vm, args: Args) -> PyResult {
    let o = op_obj(vm, &args.pos[0])?;
    let r = vm.agen_op_send(&o, Value::None)?;
    step_result(vm, r)
}

fn op_send(vm: &mut Vm, args: Args) -> PyResult {
    let name = method_name(vm, &args, "send");
    nargs(vm, &args, &name, 1, 1)?;
    let o = op_obj(vm, &args.pos[0])?;
    let r = vm.agen_op_send(&o, args.pos[1].clone())?;
    step_result(vm, r)
}

fn op_throw(vm: &mut Vm, args: Args) -> PyResult {
    // The argument count is checked by the throw itself (CPython's
    // `gen_throw`), after the awaitable's state.
    let o = op_obj(vm, &args.pos[0])?;
    let r = vm.agen_op_throw(&o, &args.pos[1..])?;
    step_result(vm, r)
}

fn op_close(vm: &mut Vm, args: Args) -> PyResult {
    let name = method_name(vm, &args, "close");
    nargs(vm, &args, &name, 0, 0)?;
    let o = op_obj(vm, &args.pos[0])?;
    vm.agen_op_close(&o)?;
    Ok(Value::None)
}

/// `aiter(obj)`.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "aiter", &args, 1, 1)?;
    let v = &args.pos[0];
    let Some(m) = vm.lookup_type_attr_str(&vm.type_of(v), "__aiter__") else {
        return vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(v)));
    };
    let it = vm.call(&m, Args::new(&[v.clone()]))?;
    if !vm.has_type_attr_str(&it, "__anext__") {
        return vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it)));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a
/// default, an `anext_awaitable` that gives it at StopAsyncIteration.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "anext", &args, 1, 2)?;
    let v = &args.pos[0];
    let Some(m) = vm.lookup_type_attr_str(&vm.type_of(v), "__anext__") else {
        return vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(v)));
    };
    let aw = vm.call(&m, Args::new(&[v.clone()]))?;
    let Some(default) = args.pos.get(1) else { return Ok(aw) };
    let Value::Obj(awo) = aw else {
        return vm.type_error(format!("'async for' received an invalid object from __anext__: {}", vm.type_name(&aw)));
    };
    let op = crate::asyncgen::AgenOp {
        gen: awo,
        kind: AgenOpKind::AnextDefault(default.clone()),
        state: std::cell::Cell::new(crate::asyncgen::AwaitState::Init),
    };
    Ok(vm.new_object(vm.types.anext_awaitable.clone(), Payload::AsyncGenOp(Box::new(op))))
}
