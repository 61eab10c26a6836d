//! Async generators (PEP 525): an `async def` that yields.
//!
//! The generator runs on a suspended frame as any generator does
//! (`generator.rs`, `call.rs::gen_resume`); what differs is how it is
//! driven. `__anext__()`/`asend(v)` return an `async_generator_asend`
//! awaitable and `athrow(...)`/`aclose()` an `async_generator_athrow`;
//! awaiting one resumes the frame. Values the frame yields reach the
//! awaitable's caller in two ways: those of an `await` inside the body
//! pass through to the event loop, while a `yield` of the generator itself
//! finishes the awaitable (StopIteration carrying the value). CPython
//! tells them apart by wrapping the latter (ASYNC_GEN_WRAP); here the
//! compiler marks the generator's own yields as YIELD_VALUE 1, and
//! [`Vm::agen_at_yield`] reads the instruction the frame stopped at.
//!
//! The state machines follow CPython 3.11's `genobject.c`
//! (`async_gen_asend_send`, `async_gen_athrow_send`, ...), with its
//! messages. `sys.set_asyncgen_hooks` hooks are read at the first
//! `__anext__`/`asend`/`athrow`/`aclose`: `firstiter` is called then, and
//! `finalizer` gets the generator if it is dropped unfinished.

use crate::function::Args;
use crate::generator::{gen_state, GenState};
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use tern_bytecode::{decode, Opcode};

/// The payload of an `async_generator` object.
pub struct AsyncGenState {
    pub gen: RefCell<GenState>,
    /// CPython's `ag_running_async`: an awaitable is driving the frame
    /// (`ag_running`).
    pub running_async: Cell<bool>,
    /// `aclose()` was awaited, or the generator ended.
    pub closed: Cell<bool>,
    pub hooks_inited: Cell<bool>,
    /// The `finalizer` hook taken at the first iteration (None: none).
    pub finalizer: RefCell<Value>,
}

impl Drop for AsyncGenState {
    fn drop(&mut self) {
        let fin = std::mem::replace(self.finalizer.get_mut(), Value::None);
        if !fin.is_none() && !self.closed.get() {
            self.gen.get_mut().queue_for_finalizer(fin);
        }
    }
}

/// CPython's awaitable states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// What an awaitable of an async generator does.
pub enum AgenOpKind {
    /// `asend(v)`, or `__anext__()` (None).
    Send(Value),
    /// `athrow(typ[, val[, tb]])`: the arguments.
    Throw(Box<[Value]>),
    /// `aclose()`.
    Close,
    /// `anext(it, default)` (an `anext_awaitable`; `gen` is then the
    /// awaitable of `it.__anext__()`): StopAsyncIteration becomes the
    /// default value.
    AnextDefault(Value),
}

/// The payload of `async_generator_asend`, `async_generator_athrow` and
/// `anext_awaitable`.
pub struct AgenOp {
    pub gen: Obj,
    pub kind: AgenOpKind,
    pub state: Cell<AwaitState>,
}

fn agen(g: &Obj) -> Option<&AsyncGenState> {
    match &g.payload {
        Payload::AsyncGen(a) => Some(a),
        _ => None,
    }
}

fn agen_op(o: &Obj) -> Option<&AgenOp> {
    match &o.payload {
        Payload::AsyncGenOp(op) => Some(op),
        _ => None,
    }
}

/// Result of driving an awaitable: `Ok(v)` it yields `v` (to the event
/// loop), `Err(v)` it is done with the value `v` (StopIteration(v)).
pub type Step = Result<Value, Value>;

impl Vm {
    pub(crate) fn new_async_generator(&mut self, st: GenState) -> Value {
        let a = AsyncGenState {
            gen: RefCell::new(st),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(Value::None),
        };
        Value::Obj(PyObject::new(self.types.async_generator.clone(), None, Payload::AsyncGen(Box::new(a))))
    }

    /// CPython's `async_gen_init_hooks`.
    fn agen_init_hooks(&mut self, g: &Obj) -> PyResult<()> {
        let Some(a) = agen(g) else { return Ok(()) };
        if a.hooks_inited.replace(true) {
            return Ok(());
        }
        let (firstiter, finalizer) = self.asyncgen_hooks.clone();
        if !finalizer.is_none() {
            *a.finalizer.borrow_mut() = finalizer;
        }
        if !firstiter.is_none() {
            self.call(&firstiter, Args::new(&[Value::Obj(g.clone())]))?;
        }
        Ok(())
    }

    /// `agen.__anext__()`, `asend(v)`, `athrow(...)`, `aclose()`: the
    /// awaitable that does it.
    pub fn agen_awaitable(&mut self, g: &Obj, kind: AgenOpKind) -> PyResult {
        self.agen_init_hooks(g)?;
        let cls = match kind {
            AgenOpKind::Send(_) => self.types.async_generator_asend.clone(),
            _ => self.types.async_generator_athrow.clone(),
        };
        let op = AgenOp { gen: g.clone(), kind, state: Cell::new(AwaitState::Init) };
        Ok(self.new_object(cls, Payload::AsyncGenOp(Box::new(op))))
    }

    /// Whether the suspended async generator `g` stopped at one of its own
    /// `yield`s (YIELD_VALUE 1), not inside an `await`.
    fn agen_at_yield(g: &Obj) -> bool {
        let Some(st) = gen_state(g) else { return false };
        let s = st.borrow();
        let Some(f) = s.frame.as_deref() else { return false };
        if f.pc == 0 || f.pc > f.code.words.len() {
            return false;
        }
        let (op, arg) = decode(f.code.word(f.pc - 1));
        op == Opcode::YIELD_VALUE as u8 && arg == 1
    }

    /// CPython's `async_gen_unwrap_value`: what resuming the frame means
    /// for the awaitable.
    fn agen_unwrap(&mut self, g: &Obj, r: PyResult<Step>) -> PyResult<Step> {
        let Some(a) = agen(g) else { return r };
        match r {
            Ok(Ok(v)) => {
                if Self::agen_at_yield(g) {
                    a.running_async.set(false);
                    Ok(Err(v))
                } else {
                    Ok(Ok(v))
                }
            }
            Ok(Err(_)) => {
                a.closed.set(true);
                a.running_async.set(false);
                Err(self.bare_exception("StopAsyncIteration"))
            }
            Err(e) => {
                if self.exc_matches(&e, "StopAsyncIteration") || self.exc_matches(&e, "GeneratorExit") {
                    a.closed.set(true);
                }
                a.running_async.set(false);
                Err(e)
            }
        }
    }

    /// `send(arg)` on an awaitable (`__next__` is `send(None)`).
    pub fn agen_op_send(&mut self, o: &Obj, arg: Value) -> PyResult<Step> {
        let Some(op) = agen_op(o) else { return self.type_error("not an async generator awaitable") };
        match &op.kind {
            AgenOpKind::Send(_) => self.asend_send(o, arg),
            AgenOpKind::AnextDefault(d) => {
                let (aw, d) = (Value::Obj(op.gen.clone()), d.clone());
                let it = self.anext_iter(&aw)?;
                let r = self.send(&it, arg);
                self.anext_default(r, d)
            }
            _ => self.athrow_send(o, arg),
        }
    }

    /// The iterator an `anext_awaitable` drives (CPython asks the awaitable
    /// again at each step).
    fn anext_iter(&mut self, aw: &Value) -> PyResult {
        match self.awaitable_iter(aw)? {
            Some(it) => Ok(it),
            None => {
                let tn = self.type_name(aw);
                self.type_error(format!("'async for' received an invalid object from __anext__: {tn}"))
            }
        }
    }

    fn anext_default(&mut self, r: PyResult<Step>, default: Value) -> PyResult<Step> {
        match r {
            Err(e) if self.exc_matches(&e, "StopAsyncIteration") => Ok(Err(default)),
            other => other,
        }
    }

    /// `throw(typ[, val[, tb]])` on an awaitable.
    pub fn agen_op_throw(&mut self, o: &Obj, args: &[Value]) -> PyResult<Step> {
        let Some(op) = agen_op(o) else { return self.type_error("not an async generator awaitable") };
        let g = op.gen.clone();
        if let AgenOpKind::AnextDefault(d) = &op.kind {
            let d = d.clone();
            let it = self.anext_iter(&Value::Obj(g))?;
            let r = match &it {
                Value::Obj(io) if matches!(io.payload, Payload::Generator(_)) => match self.throw_args_exception(args) {
                    Ok(exc) => self.gen_throw(io, exc),
                    Err(e) => Err(e),
                },
                Value::Obj(io) if matches!(io.payload, Payload::AsyncGenOp(_)) => self.agen_op_throw(io, args),
                _ => match self.call_method(&it, "throw", args) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.exc_matches(&e, "StopIteration") => Ok(Err(self.stop_iteration_value(&e))),
                    Err(e) => Err(e),
                },
            };
            return self.anext_default(r, d);
        }
        let is_send = matches!(op.kind, AgenOpKind::Send(_));
        if op.state.get() == AwaitState::Closed {
            let what = if is_send { "__anext__()/asend()" } else { "aclose()/athrow()" };
            return self.err("RuntimeError", format!("cannot reuse already awaited {what}"));
        }
        let r = match self.throw_args_exception(args) {
            Ok(exc) => self.gen_throw(&g, exc),
            Err(e) => Err(e),
        };
        if is_send {
            let r = self.agen_unwrap(&g, r);
            if !matches!(r, Ok(Ok(_))) {
                op.state.set(AwaitState::Closed);
            }
            return r;
        }
        if !matches!(op.kind, AgenOpKind::Close) {
            return self.agen_unwrap(&g, r);
        }
        // aclose(): the generator may only end.
        match r {
            Ok(Ok(_)) if Self::agen_at_yield(&g) => {
                if let Some(a) = agen(&g) {
                    a.running_async.set(false);
                }
                op.state.set(AwaitState::Closed);
                self.err("RuntimeError", "async generator ignored GeneratorExit")
            }
            Ok(Ok(v)) => Ok(Ok(v)),
            Ok(Err(_)) => Ok(Err(Value::None)),
            Err(e) if self.exc_matches(&e, "StopAsyncIteration") || self.exc_matches(&e, "GeneratorExit") => Ok(Err(Value::None)),
            Err(e) => Err(e),
        }
    }

    /// `close()` on an awaitable: it can no longer be used.
    pub fn agen_op_close(&mut self, o: &Obj) -> PyResult<()> {
        let Some(op) = agen_op(o) else { return Ok(()) };
        if let AgenOpKind::AnextDefault(_) = &op.kind {
            let it = self.anext_iter(&Value::Obj(op.gen.clone()))?;
            self.call_method(&it, "close", &[])?;
            return Ok(());
        }
        op.state.set(AwaitState::Closed);
        Ok(())
    }

    fn asend_send(&mut self, o: &Obj, arg: Value) -> PyResult<Step> {
        let Some(op) = agen_op(o) else { return self.type_error("not an async generator awaitable") };
        let g = op.gen.clone();
        let Some(a) = agen(&g) else { return self.type_error("not an async generator") };
        let mut arg = arg;
        match op.state.get() {
            AwaitState::Closed => return self.err("RuntimeError", "cannot reuse already awaited __anext__()/asend()"),
            AwaitState::Init => {
                if a.running_async.get() {
                    return self.err("RuntimeError", "anext(): asynchronous generator is already running");
                }
                if arg.is_none() {
                    if let AgenOpKind::Send(v) = &op.kind {
                        arg = v.clone();
                    }
                }
                op.state.set(AwaitState::Iter);
            }
            AwaitState::Iter => {}
        }
        a.running_async.set(true);
        let r = self.gen_resume(&g, arg, None);
        let r = self.agen_unwrap(&g, r);
        if !matches!(r, Ok(Ok(_))) {
            op.state.set(AwaitState::Closed);
        }
        r
    }

    fn athrow_send(&mut self, o: &Obj, arg: Value) -> PyResult<Step> {
        let Some(op) = agen_op(o) else { return self.type_error("not an async generator awaitable") };
        let g = op.gen.clone();
        let Some(a) = agen(&g) else { return self.type_error("not an async generator") };
        let is_close = matches!(op.kind, AgenOpKind::Close);
        if op.state.get() == AwaitState::Closed {
            return self.err("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
        }
        if a.gen.borrow().finished {
            op.state.set(AwaitState::Closed);
            return Ok(Err(Value::None));
        }
        if op.state.get() == AwaitState::Init {
            if a.running_async.get() {
                op.state.set(AwaitState::Closed);
                let what = if is_close { "aclose" } else { "athrow" };
                return self.err("RuntimeError", format!("{what}(): asynchronous generator is already running"));
            }
            if a.closed.get() {
                op.state.set(AwaitState::Closed);
                return Err(self.bare_exception("StopAsyncIteration"));
            }
            if !arg.is_none() {
                return self.err("RuntimeError", "can't send non-None value to a just-started coroutine");
            }
            op.state.set(AwaitState::Iter);
            a.running_async.set(true);
            if is_close {
                a.closed.set(true);
                let ge = self.bare_exception("GeneratorExit");
                let r = self.gen_throw_ex(&g, ge, false);
                return self.aclose_step(o, &g, r);
            }
            let r = match &op.kind {
                AgenOpKind::Throw(args) => {
                    let args = args.clone();
                    // Checked here, as CPython unpacks them here.
                    if args.is_empty() {
                        return self.type_error("athrow expected at least 1 argument, got 0");
                    }
                    if args.len() > 3 {
                        return self.type_error(format!("athrow expected at most 3 arguments, got {}", args.len()));
                    }
                    match self.throw_args_exception(&args) {
                        Ok(e) => self.gen_throw_ex(&g, e, false),
                        Err(e) => Err(e),
                    }
                }
                _ => Ok(Err(Value::None)),
            };
            let r = self.agen_unwrap(&g, r);
            if matches!(r, Ok(Ok(_))) {
                return r;
            }
            return self.athrow_done(o, r, false);
        }
        let r = self.gen_resume(&g, arg, None);
        if !is_close {
            return self.agen_unwrap(&g, r);
        }
        self.aclose_step(o, &g, r)
    }

    /// An `aclose()` step after resuming the frame: a `yield` of the
    /// generator means it ignored GeneratorExit; values of an `await`
    /// pass through.
    fn aclose_step(&mut self, o: &Obj, g: &Obj, r: PyResult<Step>) -> PyResult<Step> {
        match r {
            Ok(Ok(_)) if Self::agen_at_yield(g) => {
                if let Some(a) = agen(g) {
                    a.running_async.set(false);
                }
                if let Some(op) = agen_op(o) {
                    op.state.set(AwaitState::Closed);
                }
                self.err("RuntimeError", "async generator ignored GeneratorExit")
            }
            Ok(Ok(v)) => Ok(Ok(v)),
            // The frame returned: StopAsyncIteration in CPython.
            Ok(Err(_)) => {
                let e = self.bare_exception("StopAsyncIteration");
                self.athrow_done(o, Err(e), true)
            }
            Err(e) => self.athrow_done(o, Err(e), true),
        }
    }

    /// CPython's `check_error` label of `async_gen_athrow_send`: the
    /// awaitable is done; for aclose() the generator's end is success.
    fn athrow_done(&mut self, o: &Obj, r: PyResult<Step>, is_close: bool) -> PyResult<Step> {
        if let Some(op) = agen_op(o) {
            if let Some(a) = agen(&op.gen) {
                a.running_async.set(false);
            }
            op.state.set(AwaitState::Closed);
        }
        match r {
            Err(e) if is_close && (self.exc_matches(&e, "StopAsyncIteration") || self.exc_matches(&e, "GeneratorExit")) => {
                Ok(Err(Value::None))
            }
            other => other,
        }
    }
}
