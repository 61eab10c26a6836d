//! Calls: binding arguments to a Python function's frame, calling any
//! callable from Rust, and generator resumption.

use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::function::{Args, Function};
use crate::generator::GenState;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use tern_bytecode::CodeFlags;

impl Vm {
    /// If `callable` is a Python function (or a bound method of one) whose
    /// code is not a generator, binds the arguments into a new frame for
    /// the dispatch loop to run. `args` holds positionals then keyword
    /// values (named by `kwnames`).
    pub(crate) fn try_push_py_call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Option<Box<Frame>>> {
        self.run_finalizers();
        let Value::Obj(o) = callable else { return Ok(None) };
        match &o.payload {
            Payload::Function(f) => {
                if f.code.borrow().is_generator {
                    return Ok(None);
                }
                let npos = args.len() - kwnames.len();
                let frame = self.bind_frame(f, &args[..npos], kwnames, &args[npos..], None)?;
                Ok(Some(frame))
            }
            Payload::BoundMethod { func, self_ } => {
                let Value::Obj(fo) = func else { return Ok(None) };
                let Payload::Function(f) = &fo.payload else { return Ok(None) };
                if f.code.borrow().is_generator {
                    return Ok(None);
                }
                let npos = args.len() - kwnames.len();
                let frame = self.bind_frame(f, &args[..npos], kwnames, &args[npos..], Some(self_))?;
                Ok(Some(frame))
            }
            _ => Ok(None),
        }
    }

    /// Builds the frame for a call of `f`, binding arguments to locals.
    pub fn bind_frame(
        &mut self,
        f: &Function,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
        self_: Option<&Value>,
    ) -> PyResult<Box<Frame>> {
        let code = f.code();
        let co = &code.co;
        let mut frame = self.alloc_frame(&code, &f.globals, &f.builtins);
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags.has(CodeFlags::VARARGS);
        let has_varkw = co.flags.has(CodeFlags::VARKEYWORDS);
        let total_pos = pos.len() + self_.is_some() as usize;
        // The common case: exactly the positional parameters, nothing else.
        if kwnames.is_empty() && kwonly == 0 && !has_varargs && !has_varkw && total_pos == argcount {
            let fast = &mut frame.fast[..argcount];
            debug_assert!(fast.iter().all(Value::is_null));
            let values = self_.into_iter().chain(pos);
            // SAFETY: the frame is fresh, so these locals hold `Null` (no
            // drop needed) and are not read back: reading a local just
            // zeroed by `memset` stalls (seen as 38% of this function).
            for (slot, v) in fast.iter_mut().zip(values) {
                unsafe { crate::value::write_value(slot, v.clone()) };
            }
            self.bind_cells(&mut frame, f, &code);
            return Ok(frame);
        }
        // Positional arguments.
        let fast = &mut frame.fast;
        let mut i = 0;
        if let Some(s) = self_ {
            if argcount > 0 {
                fast[0] = s.clone();
                i = 1;
            }
        }
        let mut extra: Vec<Value> = Vec::new();
        if self_.is_some() && argcount == 0 {
            extra.push(self_.cloned().unwrap_or_default());
        }
        for v in pos {
            if i < argcount {
                fast[i] = v.clone();
                i += 1;
            } else {
                extra.push(v.clone());
            }
        }
        if !extra.is_empty() && !has_varargs {
            let qn = f.qualname.borrow().clone();
            let ndefaults = f.defaults.borrow().len();
            let kw_given = kwnames.len();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    total_pos,
                    if total_pos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", total_pos, if total_pos == 1 { "was" } else { "were" })
            };
            return self.type_error(format!("{qn}() takes {takes} but {given}"));
        }
        let nargs_slots = argcount + kwonly;
        if has_varargs {
            let t = self.new_tuple(extra);
            frame.fast[nargs_slots] = t;
        }
        let kwargs_dict = if has_varkw {
            let d = self.new_dict();
            frame.fast[nargs_slots + has_varargs as usize] = d.clone();
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let posonly = co.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvals) {
            let kname = crate::builtins::str_of(k).unwrap_or("");
            let slot = code.varnames[..nargs_slots].iter().position(|n| n.is(k) || crate::builtins::str_of(n) == Some(kname));
            match slot {
                Some(s) if s >= posonly => {
                    if !frame.fast[s].is_null() {
                        let qn = f.qualname.borrow().clone();
                        return self.type_error(format!("{qn}() got multiple values for argument '{kname}'"));
                    }
                    frame.fast[s] = v.clone();
                }
                other => {
                    if let Some(d) = &kwargs_dict {
                        self.setitem(d, k.clone(), v.clone())?;
                    } else if other.is_some() {
                        posonly_as_kw.push(kname.to_string());
                    } else {
                        let qn = f.qualname.borrow().clone();
                        return self.err_naming("TypeError", &format!("{qn}() got an unexpected keyword argument '"), k, "'");
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let qn = f.qualname.borrow().clone();
            return self.type_error(format!(
                "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            ));
        }
        // Defaults for missing positionals.
        let defaults = f.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing: Vec<String> = Vec::new();
        for j in 0..argcount {
            if frame.fast[j].is_null() {
                if j >= first_default {
                    frame.fast[j] = defaults[j - first_default].clone();
                } else {
                    missing.push(co.varnames[j].clone());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            let qn = f.qualname.borrow().clone();
            return self.type_error(format!(
                "{qn}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwd = f.kwdefaults.borrow().clone();
            for j in argcount..argcount + kwonly {
                if frame.fast[j].is_null() {
                    let name = code.varnames[j].clone();
                    let d = match &kwd {
                        Value::Obj(o) => match &o.payload {
                            Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &name)?,
                            _ => None,
                        },
                        _ => None,
                    };
                    match d {
                        Some(v) => frame.fast[j] = v,
                        None => missing.push(co.varnames[j].clone()),
                    }
                }
            }
            if !missing.is_empty() {
                let qn = f.qualname.borrow().clone();
                return self.type_error(format!(
                    "{qn}() missing {} required keyword-only argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                ));
            }
        }
        self.bind_cells(&mut frame, f, &code);
        Ok(frame)
    }

    /// Fills a new frame's cells (arguments that are cells start with the
    /// argument's value), then its free variables from the closure.
    #[inline(always)]
    pub(crate) fn bind_cells(&mut self, frame: &mut Frame, f: &Function, code: &crate::code::Code) {
        // Most functions have neither: no call at all then.
        if code.ncells != 0 || !f.closure.is_empty() {
            self.bind_cells_slow(frame, f, code);
        }
    }

    #[inline(never)]
    fn bind_cells_slow(&mut self, frame: &mut Frame, f: &Function, code: &crate::code::Code) {
        let nlocals = code.nlocals;
        for (ci, arg) in code.co.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => frame.fast[*a as usize].clone(),
                None => Value::Null,
            };
            frame.fast[nlocals + ci] = Value::Obj(self.new_cell(init));
        }
        for (fi, cell) in f.closure.iter().enumerate() {
            frame.fast[nlocals + code.ncells + fi] = Value::Obj(cell.clone());
        }
    }

    /// Calls any callable from Rust.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult {
        self.run_finalizers();
        let Value::Obj(o) = callable else {
            return self.type_error(format!("'{}' object is not callable", self.type_name(callable)));
        };
        match &o.payload {
            Payload::Function(f) => {
                let frame = self.bind_frame(f, args.pos, args.kwnames, args.kwvals, None)?;
                self.run_function_frame(frame)
            }
            Payload::BoundMethod { func, self_ } => {
                if let Value::Obj(fo) = func {
                    if let Payload::Function(f) = &fo.payload {
                        let frame = self.bind_frame(f, args.pos, args.kwnames, args.kwvals, Some(self_))?;
                        return self.run_function_frame(frame);
                    }
                }
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(self_.clone());
                all.extend_from_slice(args.pos);
                let func = func.clone();
                self.call(&func, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })
            }
            Payload::Native(nf) => {
                // A method descriptor runs only on an instance of its type.
                if let Some(owner) = &nf.owner_type {
                    match args.pos.first() {
                        Some(me) if self.fits_descriptor(owner, me) => {}
                        me => return Err(self.descriptor_self_error(nf, me)),
                    }
                }
                if let Some(a) = nf.arity {
                    if let Some(e) = a.check(self, &args, nf.owner, None) {
                        return Err(e);
                    }
                }
                let nf = nf.clone();
                self.native_depth += 1;
                let r = if self.depth() > self.recursion_limit + 50 {
                    self.err("RecursionError", "maximum recursion depth exceeded")
                } else {
                    (nf.func)(self, args)
                };
                self.native_depth -= 1;
                r
            }
            Payload::NativeBound { func, self_ } => {
                if let Some(a) = func.arity {
                    if let Some(e) = a.check(self, &args, None, Some(self_)) {
                        return Err(e);
                    }
                }
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(self_.clone());
                all.extend_from_slice(args.pos);
                let func = func.clone();
                self.native_depth += 1;
                let r = (func.func)(self, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals });
                self.native_depth -= 1;
                r
            }
            Payload::Type(_) => self.call_type(o, args),
            _ => {
                let name = self.intern("__call__");
                let cls = o.class().clone();
                match self.lookup_type_attr(&cls, &name) {
                    Some(m) => {
                        let mut all = Vec::with_capacity(args.pos.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args.pos);
                        self.call(&m, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })
                    }
                    None => self.type_error(format!("'{}' object is not callable", self.type_name(callable))),
                }
            }
        }
    }

    /// Runs a bound frame: a generator function returns a generator.
    fn run_function_frame(&mut self, frame: Box<Frame>) -> PyResult {
        if frame.code.is_generator {
            return Ok(self.new_generator(frame));
        }
        match self.run_frame(frame)? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(..) => self.err("SystemError", "yield from a function frame"),
        }
    }

    /// The generator (or async generator, for an `async def` that
    /// yields) that runs `frame`.
    pub fn new_generator(&mut self, frame: Box<Frame>) -> Value {
        let name = frame.code.co.name.clone();
        let qualname = frame.code.co.qualname.clone();
        let is_async = frame.code.co.flags.has(CodeFlags::ASYNC_GENERATOR);
        let is_coroutine = frame.code.co.flags.has(CodeFlags::COROUTINE);
        let code = frame.code.clone();
        let st = GenState {
            frame: Some(frame),
            started: false,
            running: false,
            finished: false,
            name,
            qualname,
            code,
            is_async,
            is_coroutine,
            running_at: 0,
            origin: if is_coroutine { crate::methods::coroutine::origin(self) } else { Value::None },
            finalized: false,
        };
        if is_async {
            return self.new_async_generator(st);
        }
        let cls = if is_coroutine { self.types.coroutine.clone() } else { self.types.generator.clone() };
        Value::Obj(PyObject::new(cls, None, Payload::Generator(Box::new(RefCell::new(st)))))
    }

    /// Calls with positional values only.
    pub fn call0(&mut self, f: &Value, pos: &[Value]) -> PyResult {
        self.call(f, Args::new(pos))
    }

    /// `obj.name(*pos)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, pos: &[Value]) -> PyResult {
        let n = self.intern(name);
        let m = self.getattr(obj, &n)?;
        self.call(&m, Args::new(pos))
    }

    /// CALL_FUNCTION_EX: `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, func: &Value, args: &Value, kwargs: &Value) -> PyResult {
        let (all, kwnames) = self.spread_call_args(func, args, kwargs)?;
        let npos = all.len() - kwnames.len();
        self.call(func, Args { pos: &all[..npos], kwnames: &kwnames, kwvals: &all[npos..] })
    }

    /// The arguments of `func(*args, **kwargs)` flattened: positional
    /// values then keyword values, and the keyword names.
    pub(crate) fn spread_call_args(&mut self, func: &Value, args: &Value, kwargs: &Value) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let pos: Vec<Value> = match args {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => self.iterate(args)?,
            _ => {
                if !self.has_iter(args) {
                    let fname = self.callable_name(func);
                    return self.type_error(format!("{fname} argument after * must be an iterable, not {}", self.type_name(args)));
                }
                self.iterate(args)?
            }
        };
        let mut kwnames = Vec::new();
        let mut kwvals = Vec::new();
        if !kwargs.is_null() {
            for (k, v) in self.mapping_items(kwargs)? {
                if crate::builtins::str_of(&k).is_none() {
                    return self.type_error("keywords must be strings");
                }
                kwnames.push(k);
                kwvals.push(v);
            }
        }
        let mut all = pos;
        all.extend(kwvals);
        Ok((all, kwnames))
    }

    /// How call errors name a callable (CPython's `_PyObject_FunctionStr`):
    /// `module.qualname()`, without the module for builtins, or `str(f)`
    /// when it has no `__qualname__`.
    pub fn callable_name(&mut self, f: &Value) -> String {
        let text = |v: PyResult| v.ok().and_then(|v| crate::builtins::str_of(&v).map(str::to_string));
        let Some(qualname) = text(self.getattr_str(f, "__qualname__")) else {
            return match self.str(f) {
                Ok(s) => crate::builtins::str_of(&s).unwrap_or("").to_string(),
                Err(_) => self.type_name(f),
            };
        };
        match text(self.getattr_str(f, "__module__")) {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// Resumes a generator with `sent`; Ok(Ok(v)) is a yielded value,
    /// Ok(Err(v)) the return value (the generator finished).
    pub fn gen_resume(&mut self, gen: &Obj, sent: Value, throw: Option<Obj>) -> PyResult<Result<Value, Value>> {
        let Some(st) = crate::generator::gen_state(gen) else {
            return self.type_error("not a generator");
        };
        let frame = {
            let mut s = st.borrow_mut();
            if s.running {
                let kind = s.kind();
                drop(s);
                return self.value_error(format!("{kind} already executing"));
            }
            match s.frame.take() {
                Some(f) => {
                    s.running = true;
                    s.running_at = self.frames.len();
                    f
                }
                None => {
                    let coroutine = s.is_coroutine;
                    drop(s);
                    if coroutine {
                        return self.err("RuntimeError", "cannot reuse already awaited coroutine");
                    }
                    if let Some(e) = throw {
                        return Err(e);
                    }
                    return Ok(Err(Value::None));
                }
            }
        };
        let mut frame = frame;
        let started = st.borrow().started;

        if !started && !sent.is_none() && throw.is_none() {
            let mut s = st.borrow_mut();
            s.running = false;
            s.frame = Some(frame);
            let kind = s.kind();
            drop(s);
            return self.type_error(format!("can't send non-None value to a just-started {kind}"));
        }
        if started {
            frame.stack.push(sent);
        }
        st.borrow_mut().started = true;
        let result = match throw {
            // Thrown in before the first instruction: no handler of the
            // body covers it.
            Some(e) if !started => {
                self.free_frame(frame);
                Err(e)
            }
            Some(e) => {
                // Raise inside the generator at its current position.
                frame.is_entry = true;
                self.frames.push(frame);
                match self.unwind(e) {
                    Ok(None) => self.resume_top(),
                    Ok(Some(exit)) => Ok(exit),
                    Err(e) => Err(e),
                }
            }
            None => self.run_frame(frame),
        };
        let mut s = st.borrow_mut();
        s.running = false;
        match result {
            Ok(FrameExit::Yield(v, f)) => {
                s.frame = Some(f);
                Ok(Ok(v))
            }
            Ok(FrameExit::Return(v)) => {
                s.finished = true;
                Ok(Err(v))
            }
            Err(e) => {
                s.finished = true;
                let is_async = s.is_async;
                let kind = s.kind();
                drop(s);
                let raised = if self.exc_matches(&e, "StopIteration") {
                    Some(format!("{kind} raised StopIteration"))
                } else if is_async && self.exc_matches(&e, "StopAsyncIteration") {
                    Some("async generator raised StopAsyncIteration".to_string())
                } else {
                    None
                };
                if let Some(msg) = raised {
                    let msg = self.new_string(msg);
                    let rt = self.exc_type("RuntimeError");
                    let ne = self.new_exception(&rt, vec![msg]);
                    if let Payload::Exception(d) = &ne.payload {
                        *d.cause.borrow_mut() = Value::Obj(e.clone());
                        *d.context.borrow_mut() = Value::Obj(e);
                        d.suppress_context.set(true);
                    }
                    return Err(ne);
                }
                Err(e)
            }
        }
    }

    /// Continues running the top frame (after a handler was found).
    fn resume_top(&mut self) -> PyResult<FrameExit> {
        // The top frame is already an entry frame; run it.
        let frame = match self.frames.pop() {
            Some(f) => f,
            None => return self.err("SystemError", "no frame"),
        };
        self.run_frame(frame)
    }

    /// SEND: `Ok(v)` yielded by the sub-iterator, `Err(r)` its return value.
    pub fn send(&mut self, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = recv {
            match o.payload {
                Payload::Generator(_) => return self.gen_resume(o, v, None),
                Payload::AsyncGenOp(_) => return self.agen_op_send(o, v),
                _ => {}
            }
        }
        if v.is_none() {
            match self.next(recv)? {
                Some(y) => Ok(Ok(y)),
                None => Ok(Err(self.take_stop_value())),
            }
        } else {
            let r = self.call_method(recv, "send", &[v]);
            match r {
                Ok(y) => Ok(Ok(y)),
                Err(e) if self.exc_matches(&e, "StopIteration") => Ok(Err(self.stop_iteration_value(&e))),
                Err(e) => Err(e),
            }
        }
    }

    /// The value carried by a StopIteration.
    pub fn stop_iteration_value(&mut self, e: &Obj) -> Value {
        match &e.payload {
            Payload::Exception(d) => match &*d.args.borrow() {
                Value::Obj(t) => match &t.payload {
                    Payload::Tuple(items) => items.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// The return value of the last exhausted iterator (set by `next`).
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.last_stop_value, Value::None)
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

#[allow(dead_code)]
fn _unused(_: Rc<()>) {}

impl Vm {
    /// Whether `me` can be the `self` of a method descriptor of type
    /// `owner`: an instance of it or of a subclass (bool for int). Kept
    /// out of line: inlined into the dispatch loop, it cost every other
    /// instruction there a register (two more instructions per dispatch).
    #[inline(never)]
    pub(crate) fn fits_descriptor(&self, owner: &Obj, me: &Value) -> bool {
        let t = self.type_ref(me);
        Rc::ptr_eq(t, owner) || crate::typeobj::is_subtype(t, owner)
    }

    /// The TypeError of a method descriptor called without a `self` that
    /// fits it (`list.append((), 1)`, `int.__add__()`), in CPython's words:
    /// a slot wrapper "requires a 'T' object", a method descriptor
    /// "doesn't apply to" the object.
    #[cold]
    pub(crate) fn descriptor_self_error(&mut self, nf: &crate::function::NativeFunction, me: Option<&Value>) -> Obj {
        let owner = nf.owner.unwrap_or("object");
        let slot = is_slot_wrapper(owner, nf.name);
        // The owner's `tp_name` (`collections.deque`), as CPython's descriptors say.
        let full = nf.owner_type.as_ref().and_then(|t| t.as_type()).map_or_else(|| owner.to_string(), |t| t.full_name());
        let msg = match me {
            None if slot => format!("descriptor '{}' of '{full}' object needs an argument", nf.name),
            None => format!("unbound method {owner}.{}() needs an argument", nf.name),
            Some(me) => {
                let tn = self.type_name(me);
                if slot {
                    format!("descriptor '{}' requires a '{full}' object but received a '{tn}'", nf.name)
                } else {
                    format!("descriptor '{}' for '{full}' objects doesn't apply to a '{tn}' object", nf.name)
                }
            }
        };
        self.new_exception_msg("TypeError", &msg)
    }

    /// A method descriptor's own TypeError, replaced by CPython's
    /// descriptor message when `self` does not fit (the specialized CALL
    /// of a method checks its receiver only when it specializes, so a
    /// mismatch is found after the method failed and correct calls pay
    /// nothing).
    pub(crate) fn descriptor_error(&mut self, nf: &crate::function::NativeFunction, args: &Args, e: Obj) -> Obj {
        let Some(owner) = &nf.owner_type else { return e };
        match args.pos.first() {
            Some(me) if self.fits_descriptor(owner, me) => e,
            me => self.descriptor_self_error(nf, me),
        }
    }
}

/// Special methods that CPython exposes as slot wrappers (their descriptor
/// error reads "requires a 'T' object"); other methods are method
/// descriptors ("for 'T' objects doesn't apply to"), as are the few
/// special methods that `owner` defines as ordinary methods too.
pub(crate) fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const METHODS: [(&str, &str); 5] = [
        ("list", "__getitem__"),
        ("dict", "__getitem__"),
        ("dict", "__contains__"),
        ("set", "__contains__"),
        ("frozenset", "__contains__"),
    ];
    if METHODS.contains(&(owner, name)) {
        return false;
    }
    const NOT_SLOTS: [&str; 28] = [
        "__format__",
        "__sizeof__",
        "__reduce__",
        "__reduce_ex__",
        "__getnewargs__",
        "__getstate__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__reversed__",
        "__dir__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__length_hint__",
        "__complex__",
        "__bytes__",
        "__getnewargs_ex__",
        "__copy__",
        "__deepcopy__",
        "__fspath__",
        "__setstate__",
        "__class_getitem__",
    ];
    name.starts_with("__") && name.ends_with("__") && !NOT_SLOTS.contains(&name)
}
