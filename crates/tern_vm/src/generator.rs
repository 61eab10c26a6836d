//! Generators are suspended frames: the frame is moved into the generator
//! when it yields and back onto the frame stack when resumed.
//!
//! Also here: `throw` and `close` (which delegate to the sub-iterator of a
//! `yield from`, as CPython's `_gen_throw` does), and finalisation: a
//! generator dropped while suspended inside a `try`/`with` queues its
//! frame, and [`Vm::run_finalizers`] closes it at the next call.

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
}

thread_local! {
    /// Frames of generators dropped while suspended where closing them
    /// runs code (a handler covers the yield, or it delegates).
    static PENDING: RefCell<Vec<Box<Frame>>> = const { RefCell::new(Vec::new()) };
    static PENDING_COUNT: Cell<usize> = const { Cell::new(0) };
}

impl Drop for GenState {
    fn drop(&mut self) {
        let Some(frame) = self.frame.take() else { return };
        if !self.started || self.finished {
            return;
        }
        let pc = frame.pc.saturating_sub(1) as u32;
        if frame.code.co.handler_for(pc).is_none() && delegate_of(&frame).is_none() {
            return;
        }
        PENDING.with(|p| p.borrow_mut().push(frame));
        PENDING_COUNT.with(|c| c.set(c.get() + 1));
    }
}

/// The sub-iterator a frame suspended in `yield from` delegates to.
pub fn delegate_of(frame: &Frame) -> Option<Value> {
    let pc = frame.pc;
    if pc < 2 || pc > frame.code.words.len() {
        return None;
    }
    let (y, _) = decode(frame.code.word(pc - 1));
    let (s, _) = decode(frame.code.word(pc - 2));
    if y == Opcode::YIELD_VALUE as u8 && s == Opcode::SEND as u8 {
        frame.stack.last().cloned()
    } else {
        None
    }
}

fn gen_state(g: &Obj) -> Option<&RefCell<GenState>> {
    match &g.payload {
        Payload::Generator(st) => Some(st),
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
        for frame in frames {
            let g = self.new_generator(frame);
            let Value::Obj(go) = &g else { continue };
            if let Some(st) = gen_state(go) {
                st.borrow_mut().started = true;
            }
            let r = self.gen_close(go);
            if let Some(st) = gen_state(go) {
                let mut s = st.borrow_mut();
                s.finished = true;
                s.frame = None;
            }
            if let Err(e) = r {
                crate::stdio::flush_stdout();
                let repr = self.repr_string(&g).unwrap_or_default();
                eprintln!("Exception ignored in: {repr}");
                self.print_exception(&e);
            }
        }
    }

    /// The sub-iterator the suspended generator `g` delegates to.
    fn gen_delegate(&self, g: &Obj) -> Option<Value> {
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
        if let Some(sub) = self.gen_delegate(g) {
            if self.exc_matches(&e, "GeneratorExit") {
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
                Value::Obj(so) if matches!(so.payload, Payload::Generator(_)) => self.gen_throw(so, e.clone()),
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
            Ok(Ok(_)) => self.err("RuntimeError", "generator ignored GeneratorExit"),
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
