//! Coroutines (`async def` without `yield`) and `coroutine_wrapper`, the
//! iterator their `__await__()` returns. A coroutine is a generator state
//! (`Payload::Generator` with `is_coroutine`) of its own type: not
//! iterable, resumed with `send`/`throw`/`close`, with the `cr_*`
//! attributes of CPython 3.11.

use super::asyncgen::{agen_code, agen_name, agen_qualname, gen_suspended, gen_yieldfrom, set_gen_name, set_gen_qualname, suspended_frame};
use super::nargs;
use crate::function::Args;
use crate::generator::{gen_state, is_coroutine};
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let c = vm.types.coroutine.clone();
    vm.add_method(&c, "send", coro_send);
    vm.add_method(&c, "throw", coro_throw);
    vm.add_method(&c, "close", coro_close);
    vm.add_method(&c, "__await__", coro_await);
    vm.add_method(&c, "__del__", gen_del);
    vm.add_getset(&c, "cr_await", gen_yieldfrom, None);
    vm.add_getset(&c, "cr_frame", coro_frame, None);
    vm.add_getset(&c, "cr_running", coro_running, None);
    vm.add_getset(&c, "cr_code", agen_code, None);
    vm.add_getset(&c, "cr_origin", coro_origin, None);
    vm.add_getset(&c, "cr_suspended", gen_suspended, None);
    vm.add_getset(&c, "__name__", agen_name, Some(set_gen_name));
    vm.add_getset(&c, "__qualname__", agen_qualname, Some(set_gen_qualname));
    let g = vm.types.generator.clone();
    vm.add_method(&g, "__del__", gen_del);

    let w = vm.types.coroutine_wrapper.clone();
    vm.add_method(&w, "__iter__", |_, args| Ok(args.pos[0].clone()));
    vm.add_method(&w, "__next__", wrapper_next);
    vm.add_method(&w, "send", wrapper_send);
    vm.add_method(&w, "throw", wrapper_throw);
    vm.add_method(&w, "close", wrapper_close);
}

thread_local! {
    /// `sys.set_coroutine_origin_tracking_depth`.
    static ORIGIN_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`.
pub fn set_origin_depth(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_coroutine_origin_tracking_depth", &args, 1, 1)?;
    let Some(depth) = vm.index_of(&args.pos[0])? else {
        let tn = vm.type_name(&args.pos[0]);
        return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
    };
    if depth < 0 {
        return vm.value_error("depth must be >= 0");
    }
    ORIGIN_DEPTH.with(|d| d.set(depth));
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()`.
pub fn get_origin_depth(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "get_coroutine_origin_tracking_depth", &args, 0, 0)?;
    Ok(Value::Int(ORIGIN_DEPTH.with(|d| d.get())))
}

/// The `cr_origin` of a coroutine made now: `(filename, line, name)` of
/// the innermost frames (its caller first), as many as the tracking depth
/// asks; None when it is 0.
pub fn origin(vm: &mut Vm) -> Value {
    let depth = ORIGIN_DEPTH.with(|d| d.get());
    if depth == 0 {
        return Value::None;
    }
    let frames: Vec<(String, u32, String)> = vm
        .frames
        .iter()
        .rev()
        .take(depth as usize)
        .map(|f| (f.code.co.filename.clone(), f.code.co.line_at(f.pc.saturating_sub(1)), f.code.co.name.clone()))
        .collect();
    let items: Vec<Value> = frames
        .into_iter()
        .map(|(file, line, name)| {
            let t = vec![vm.new_string(file), Value::Int(line as i64), vm.new_string(name)];
            vm.new_tuple(t)
        })
        .collect();
    vm.new_tuple(items)
}

fn coro_origin(vm: &mut Vm, v: &Value) -> PyResult {
    let c = coro_obj(vm, v, "cr_origin")?;
    Ok(gen_state(&c).map(|st| st.borrow().origin.clone()).unwrap_or(Value::None))
}

fn coro_obj(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if is_coroutine(o) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor '{name}' for 'coroutine' objects doesn't apply to a '{}' object", vm.type_name(v))),
    }
}

/// The coroutine a `coroutine_wrapper` iterates.
fn wrapped(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::CoroWrapper(c) => Ok(c.clone()),
            _ => vm.type_error(format!("expected a coroutine_wrapper, not '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("expected a coroutine_wrapper, not '{}'", vm.type_name(v))),
    }
}

/// A step of a coroutine as the iterator protocol reports it.
fn step(vm: &mut Vm, r: Result<Value, Value>) -> PyResult {
    match r {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

fn send(vm: &mut Vm, c: &Obj, v: Value) -> PyResult {
    let r = vm.gen_resume(c, v, None)?;
    step(vm, r)
}

fn throw(vm: &mut Vm, c: &Obj, args: &[Value]) -> PyResult {
    let e = vm.throw_args_exception(args)?;
    let r = vm.gen_throw(c, e)?;
    step(vm, r)
}

fn coro_send(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "send", 1, 1)?;
    let c = coro_obj(vm, &args.pos[0], "send")?;
    send(vm, &c, args.pos[1].clone())
}

fn coro_throw(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "throw", 1, 3)?;
    let c = coro_obj(vm, &args.pos[0], "throw")?;
    throw(vm, &c, &args.pos[1..])
}

fn coro_close(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "close", 0, 0)?;
    let c = coro_obj(vm, &args.pos[0], "close")?;
    vm.gen_close(&c)?;
    Ok(Value::None)
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__await__", 0, 0)?;
    let c = coro_obj(vm, &args.pos[0], "__await__")?;
    Ok(vm.new_object(vm.types.coroutine_wrapper.clone(), Payload::CoroWrapper(c)))
}

fn coro_frame(vm: &mut Vm, v: &Value) -> PyResult {
    let c = coro_obj(vm, v, "cr_frame")?;
    suspended_frame(vm, &c)
}

fn coro_running(vm: &mut Vm, v: &Value) -> PyResult {
    let c = coro_obj(vm, v, "cr_running")?;
    Ok(Value::Bool(gen_state(&c).is_some_and(|st| st.borrow().running)))
}

/// `__del__` of generators and coroutines (CPython's `_PyGen_Finalize`):
/// closes one that is suspended; an exception is reported, not raised.
fn gen_del(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__del__", 0, 0)?;
    let me = &args.pos[0];
    let Value::Obj(g) = me else { return Ok(Value::None) };
    if gen_state(g).is_none() {
        return vm.type_error(format!("descriptor '__del__' requires a generator, not '{}'", vm.type_name(me)));
    }
    if let Err(e) = vm.gen_close(g) {
        vm.print_unraisable_for(me, &e);
    }
    Ok(Value::None)
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__next__", 0, 0)?;
    let c = wrapped(vm, &args.pos[0])?;
    send(vm, &c, Value::None)
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "send", 1, 1)?;
    let c = wrapped(vm, &args.pos[0])?;
    send(vm, &c, args.pos[1].clone())
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "throw", 1, 3)?;
    let c = wrapped(vm, &args.pos[0])?;
    throw(vm, &c, &args.pos[1..])
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "close", 0, 0)?;
    let c = wrapped(vm, &args.pos[0])?;
    vm.gen_close(&c)?;
    Ok(Value::None)
}

impl Vm {
    /// CPython's `_PyErr_WarnUnawaitedCoroutine` for a coroutine dropped
    /// before it started: `warnings._warn_unawaited_coroutine(coro)` (by
    /// way of the frozen `_warnings`), which warns "coroutine 'f' was never
    /// awaited" (RuntimeWarning) with the coroutine as source. The warning names the line of the frame
    /// running when tern finalizes it (the next call after the drop).
    pub(crate) fn warn_unawaited(&mut self, frame: Box<crate::frame::Frame>, qualname: String, origin: Value) {
        let coro = self.new_generator(frame);
        let Value::Obj(co) = &coro else { return };
        if let Some(st) = crate::generator::gen_state(co) {
            let mut s = st.borrow_mut();
            s.qualname = qualname;
            s.origin = origin;
            s.finalized = true;
            s.finished = true;
            s.frame = None;
        }
        let r = self.import_module("_warnings").and_then(|w| {
            let f = self.getattr_str(&w, "_tern_warn_unawaited_coroutine")?;
            self.call(&f, Args::new(std::slice::from_ref(&coro)))
        });
        if let Err(e) = r {
            self.print_unraisable_for(&coro, &e);
        }
    }
}
