//! Generators are suspended frames: the frame is moved into the generator
//! when it yields and back onto the frame stack when resumed.
//!
//! Also here: `throw` and `close` (which delegate to the sub-iterator of a
//! `yield from`, as CPython's `_gen_throw` does), and finalisation: a
//! generator dropped while suspended inside a `try`/`with` queues its
//! frame, and [`Vm::run_finalizers`] closes it at the next call. A
//! coroutine dropped before it started is queued too, for CPython's
//! "coroutine ... was never awaited" RuntimeWarning.

use crate::frame::Frame;
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use tern_bytecode::{decode, Opcode};

pub struct GenState {
    /// The suspended frame; None while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
    pub name: String,
    pub qualname: String,
    /// The code it runs (`gi_code`, `ag_code`).
    pub code: std::rc::Rc<crate::code::Code>,
    /// The state of an async generator (`asyncgen.rs`).
    pub is_async: bool,
    /// An `async def` without `yield`: a `coroutine` object.
    pub is_coroutine: bool,
    /// While running: the index of its frame on the VM's frame stack
    /// (what `gi_frame` shows then).
    pub running_at: usize,
    /// A coroutine's `cr_origin`: None, or where it was made when
    /// `sys.set_coroutine_origin_tracking_depth` asked.
    pub origin: Value,
    /// Already handed to an async generator finalizer once (CPython
    /// finalizes an object once): dropping it again runs nothing.
    pub finalized: bool,
}

/// A suspended generator frame to finish after its generator was dropped:
/// closed, or with `finalizer` (an async generator's `sys` hook) passed
/// to it.
struct Pending {
    frame: Box<Frame>,
    started: bool,
    finalizer: Option<Value>,
    /// A coroutine never awaited: its qualname and `cr_origin`.
    unawaited: Option<(String, Value)>,
}

thread_local! {
    /// Frames of generators dropped while suspended where closing them
    /// runs code (a handler covers the yield, or it delegates), and
    /// async generators whose finalizer hook is to be called.
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static PENDING_COUNT: Cell<usize> = const { Cell::new(0) };
}

/// Makes the next `run_finalizers` look at the queues (see `finalize`).
pub(crate) fn note_pending() {
    let _ = PENDING_COUNT.try_with(|c| c.set(c.get() + 1));
}

fn push_pending(p: Pending) {
    // `try_with`: a generator dropped while the thread's storage is torn
    // down (at exit) is not finished any more.
    if PENDING.try_with(|q| q.borrow_mut().push(p)).is_ok() {
        let _ = PENDING_COUNT.try_with(|c| c.set(c.get() + 1));
    }
}

impl Drop for GenState {
    fn drop(&mut self) {
        let Some(frame) = self.frame.take() else { return };
        if self.is_coroutine && !self.started && !self.finished && !self.finalized {
            let unawaited = Some((std::mem::take(&mut self.qualname), std::mem::replace(&mut self.origin, Value::None)));
            push_pending(Pending { frame, started: false, finalizer: None, unawaited });
            return;
        }
        if !self.started || self.finished || self.finalized {
            return;
        }
        let pc = frame.pc.saturating_sub(1) as u32;
        if frame.code.co.handler_for(pc).is_none() && delegate_of(&frame).is_none() {
            return;
        }
        push_pending(Pending { frame, started: true, finalizer: None, unawaited: None });
    }
}

impl GenState {
    /// The kind of object, as CPython's messages name it.
    pub fn kind(&self) -> &'static str {
        if self.is_async {
            "async generator"
        } else if self.is_coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }

    /// For an async generator dropped unfinished with a finalizer hook:
    /// queues the frame so that the hook gets a generator to close.
    pub(crate) fn queue_for_finalizer(&mut self, finalizer: Value) {
        if self.finished || self.finalized {
            return;
        }
        if let Some(frame) = self.frame.take() {
            push_pending(Pending { frame, started: self.started, finalizer: Some(finalizer), unawaited: None });
        }
    }
}

/// The sub-iterator a frame suspended in `yield from` delegates to.
pub fn delegate_of(frame: &Frame) -> Option<Value> {
    let pc = frame.pc;
    if pc < 2 || pc > frame.code.words.len() {
        return None;
    }
    let (y, async_yield) = decode(frame.code.word(pc - 1));
    let (s, _) = decode(frame.code.word(pc - 2));
    // YIELD_VALUE 1 is an async generator's own yield, never a delegation.
    if y == Opcode::YIELD_VALUE as u8 && async_yield == 0 && s == Opcode::SEND as u8 {
        frame.stack.last().cloned()
    } else {
        None
    }
}

/// Whether `g` is a coroutine (an object of type `coroutine`).
pub fn is_coroutine(g: &Obj) -> bool {
    match &g.payload {
        Payload::Generator(st) => st.try_borrow().map(|s| s.is_coroutine).unwrap_or(false),
        _ => false,
    }
}

/// Whether `v` is a plain generator or a coroutine (the objects that
/// `Payload::Generator` holds).
pub fn is_generator_not_coroutine(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) && !is_coroutine(o))
}

/// The state of a generator or async generator.
pub fn gen_state(g: &Obj) -> Option<&RefCell<GenState>> {
    match &g.payload {
        Payload::Generator(st) => Some(st),
        Payload::AsyncGen(a) => Some(&a.gen),
        _ => None,
    }
}

impl Vm {
    /// Closes the generators dropped while suspended (see [`GenState`]).
    #[inline]
    pub fn run_finalizers(&mut self) {
        if PENDING_COUNT.with(|c| c.get()) == 0 {
            return;
        }
        self.run_finalizers_slow();
    }

    #[cold]
    fn run_finalizers_slow(&mut self) {
        let frames = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        PENDING_COUNT.with(|c| c.set(0));
        for obj in crate::finalize::take_queue() {
            self.call_del(obj);
        }
        for weakref in crate::weakref_callbacks::take_due() {
            self.call_weakref_callback(weakref);
        }
        for Pending { frame, started, finalizer, unawaited } in frames {
            if let Some((qualname, origin)) = unawaited {
                self.warn_unawaited(frame, qualname, origin);
                continue;
            }
            let g = self.new_generator(frame);
            let Value::Obj(go) = &g else { continue };
            if let Some(st) = gen_state(go) {
                let mut s = st.borrow_mut();
                s.started = started;
                s.finalized = true;
            }
            if let Some(fin) = finalizer {
                // CPython's _PyGen_Finalize: the hook gets the generator.
                if let Payload::AsyncGen(a) = &go.payload {
                    a.hooks_inited.set(true);
                }
                if let Err(e) = self.call(&fin, Args::new(&[g.clone()])) {
                    self.print_unraisable_for(&g, &e);
                }
                continue;
            }
            let r = self.gen_close(go);
            if let Some(st) = gen_state(go) {
                let mut s = st.borrow_mut();
                s.finished = true;
                s.frame = None;
            }
            if let Err(e) = r {
                self.print_unraisable_for(&g, &e);
            }
        }
    }

    /// Calls a dead referent's weakref's `__callback__` with the weakref.
    fn call_weakref_callback(&mut self, weakref: crate::value::Obj) {
        let cls = weakref.class().clone();
        let r = Value::Obj(weakref);
        // Generic lookup: a proxy's own `__getattribute__` forwards to the
        // dead referent.
        let name = self.intern("__callback__");
        let Ok(cb) = self.generic_getattr(&r, &cls, &name) else { return };
        if cb.is_none() {
            return;
        }
        if let Err(e) = self.call(&cb, Args::new(std::slice::from_ref(&r))) {
            self.print_unraisable_for(&cb, &e);
        }
    }

    /// Reports an exception raised while finalizing `obj`, as CPython's
    /// `PyErr_WriteUnraisable`.
    pub fn print_unraisable_for(&mut self, obj: &Value, e: &Obj) {
        crate::stdio::flush_stdout();
        let repr = self.repr_string(obj).unwrap_or_default();
        eprintln!("Exception ignored in: {repr}");
        self.print_exception(e);
    }

    /// The sub-iterator the suspended generator `g` delegates to.
    pub fn gen_delegate(&self, g: &Obj) -> Option<Value> {
        let st = gen_state(g)?;
        let s = st.borrow();
        s.frame.as_deref().and_then(delegate_of)
    }

    fn set_running(&self, g: &Obj, running: bool) {
        if let Some(st) = gen_state(g) {
            st.borrow_mut().running = running;
        }
    }

    /// Pops the finished sub-iterator of a `yield from`; with `done`, moves
    /// the frame past the loop so that a resume delivers its result.
    fn gen_drop_delegate(&self, g: &Obj, done: bool) {
        let Some(st) = gen_state(g) else { return };
        let mut s = st.borrow_mut();
        if let Some(frame) = s.frame.as_mut() {
            frame.stack.pop();
            if done {
                let (_, target) = decode(frame.code.word(frame.pc - 2));
                frame.pc = target as usize;
            }
        }
    }

    /// `gen.throw(e)`: Ok(Ok(v)) yielded, Ok(Err(v)) returned.
    pub fn gen_throw(&mut self, g: &Obj, e: Obj) -> PyResult<Result<Value, Value>> {
        self.gen_throw_ex(g, e, true)
    }

    /// `gen.throw(e)`; a GeneratorExit closes the sub-iterator of a
    /// `yield from`/`await` only with `close_on_genexit` (an async
    /// generator's `athrow`/`aclose` throw it in instead, so that the
    /// awaits of its cleanup can run).
    pub fn gen_throw_ex(&mut self, g: &Obj, e: Obj, close_on_genexit: bool) -> PyResult<Result<Value, Value>> {
        if let Some(sub) = self.gen_delegate(g) {
            if close_on_genexit && self.exc_matches(&e, "GeneratorExit") {
                self.set_running(g, true);
                let r = self.close_iter(&sub);
                self.set_running(g, false);
                if let Err(err) = r {
                    self.gen_drop_delegate(g, false);
                    return self.gen_resume(g, Value::None, Some(err));
                }
                return self.gen_resume(g, Value::None, Some(e));
            }
            self.set_running(g, true);
            let r = match &sub {
                Value::Obj(so) if matches!(so.payload, Payload::Generator(_)) => self.gen_throw_ex(so, e.clone(), close_on_genexit),
                _ => match self.getattr_opt(&sub, "throw") {
                    Ok(Some(m)) => self.call(&m, Args::new(&[Value::Obj(e.clone())])).map(Ok),
                    Ok(None) => {
                        self.set_running(g, false);
                        return self.gen_resume(g, Value::None, Some(e));
                    }
                    Err(err) => Err(err),
                },
            };
            self.set_running(g, false);
            return match r {
                Ok(Ok(v)) => Ok(Ok(v)),
                Ok(Err(ret)) => {
                    self.gen_drop_delegate(g, true);
                    self.gen_resume(g, ret, None)
                }
                Err(err) if self.exc_matches(&err, "StopIteration") => {
                    let ret = self.stop_iteration_value(&err);
                    self.gen_drop_delegate(g, true);
                    self.gen_resume(g, ret, None)
                }
                Err(err) => {
                    self.gen_drop_delegate(g, false);
                    self.gen_resume(g, Value::None, Some(err))
                }
            };
        }
        self.gen_resume(g, Value::None, Some(e))
    }

    /// The exception `throw(typ[, val[, tb]])` raises: `typ` itself, or
    /// an instance of the class `typ` (made from `val` unless `val` is
    /// one already), with CPython's `_gen_throw` checks.
    pub fn throw_args_exception(&mut self, args: &[Value]) -> PyResult<Obj> {
        let Some(typ) = args.first().cloned() else { return self.type_error("throw expected at least 1 argument, got 0") };
        if args.len() > 3 {
            return self.type_error(format!("throw expected at most 3 arguments, got {}", args.len()));
        }
        let base = self.exc_type("BaseException");
        match &typ {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                if args.get(1).is_some_and(|v| !v.is_none()) {
                    return self.type_error("instance exception may not have a separate value");
                }
                Ok(o.clone())
            }
            Value::Obj(o) if o.as_type().is_some() && crate::typeobj::is_subtype(o, &base) => {
                let inst = match args.get(1) {
                    Some(v) if !v.is_none() => {
                        if self.isinstance(v, o) {
                            v.clone()
                        } else {
                            self.call(&typ, Args::new(std::slice::from_ref(v)))?
                        }
                    }
                    _ => self.call(&typ, Args::new(&[]))?,
                };
                self.make_exception(inst)
            }
            _ => {
                let tn = self.type_name(&typ);
                self.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}"))
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Obj) -> PyResult<()> {
        let Some(st) = gen_state(g) else { return Ok(()) };
        let started = {
            let s = st.borrow();
            s.started && s.frame.is_some()
        };
        if !started {
            let mut s = st.borrow_mut();
            s.frame = None;
            s.finished = true;
            return Ok(());
        }
        let mut err = None;
        if let Some(sub) = self.gen_delegate(g) {
            self.set_running(g, true);
            let r = self.close_iter(&sub);
            self.set_running(g, false);
            if let Err(e) = r {
                self.gen_drop_delegate(g, false);
                err = Some(e);
            }
        }
        let e = match err {
            Some(e) => e,
            None => {
                let ge = self.exc_type("GeneratorExit");
                self.new_exception(&ge, vec![])
            }
        };
        match self.gen_resume(g, Value::None, Some(e)) {
            Ok(Ok(_)) => {
                let kind = st.borrow().kind();
                self.err("RuntimeError", format!("{kind} ignored GeneratorExit"))
            }
            // An async generator that returns raises StopAsyncIteration.
            Ok(Err(_)) if matches!(g.payload, Payload::AsyncGen(_)) => Err(self.bare_exception("StopAsyncIteration")),
            Ok(Err(_)) => Ok(()),
            Err(e) if self.exc_matches(&e, "GeneratorExit") || self.exc_matches(&e, "StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Closes the sub-iterator of a `yield from` (its `close`, if any).
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Obj(so) = sub {
            if matches!(so.payload, Payload::Generator(_)) {
                return self.gen_close(so);
            }
        }
        if let Some(m) = self.getattr_opt(sub, "close")? {
            self.call(&m, Args::new(&[]))?;
        }
        Ok(())
    }
}
