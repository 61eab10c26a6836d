//! The dispatch loop.
//!
//! `run` drives the frame stack: a Python-to-Python call pushes a frame and
//! continues the same loop, a return pops it. Only native code that calls
//! back into Python (through `Vm::call`) enters `run` recursively, and that
//! depth counts against the recursion limit too.
//!
//! `execute` runs instructions of the top frame until the frame changes
//! (call, return, yield) or an exception is raised; `run` then handles the
//! exception table lookup and unwinding (see `unwind`).

use crate::frame::Frame;
use crate::function::Args;
use crate::object::{Payload, PyObject, ViewKind};
use crate::subscript::seq_index;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use tern_bytecode::{decode, CodeFlags, Opcode, BINOPS, BINOP_INPLACE, CMPOPS};

/// How a frame left `run`.
pub enum FrameExit {
    Return(Value),
    /// A generator frame yielded: the frame, suspended, and the value.
    Yield(Value, Box<Frame>),
}

/// What `execute` asks `run` to do.
pub(crate) enum Flow {
    Return(Value),
    Yield(Value),
    Call(Box<Frame>),
    /// Statistics were switched on or off: re-enter the top frame with
    /// the other instantiation of `execute`.
    Switch,
}

impl Vm {
    /// Runs `frame` to completion (or its next yield) and returns to the
    /// Rust caller.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<FrameExit> {
        frame.is_entry = true;
        if self.depth() >= self.recursion_limit {
            return self.err("RecursionError", "maximum recursion depth exceeded");
        }
        self.frames.push(frame);
        self.run()
    }

    fn run(&mut self) -> PyResult<FrameExit> {
        loop {
            let fp: *mut Frame = match self.frames.last_mut() {
                Some(f) => &mut **f,
                None => return self.err("SystemError", "no frame to run"),
            };
            #[cfg(feature = "stats")]
            let flow = if self.stats.active { self.execute::<true>(fp) } else { self.execute::<false>(fp) };
            #[cfg(not(feature = "stats"))]
            let flow = self.execute::<false>(fp);
            match flow {
                Ok(Flow::Switch) => {}
                Ok(Flow::Call(mut callee)) => {
                    if self.depth() >= self.recursion_limit {
                        callee.stack.clear();
                        let e = self.new_exception_msg("RecursionError", "maximum recursion depth exceeded");
                        if let Some(exit) = self.unwind(e)? {
                            return Ok(exit);
                        }
                        continue;
                    }
                    callee.is_entry = false;
                    self.frames.push(callee);
                }
                Ok(Flow::Return(v)) => {
                    let Some(mut done) = self.frames.pop() else {
                        return self.err("SystemError", "frame stack underflow");
                    };
                    let v = if done.init_self.is_null() {
                        v
                    } else {
                        let inst = std::mem::take(&mut done.init_self);
                        if !v.is_none() {
                            let tn = self.type_name(&v);
                            let e = self.new_exception_msg("TypeError", &format!("__init__() should return None, not '{tn}'"));
                            self.free_frame(done);
                            if let Some(exit) = self.unwind(e)? {
                                return Ok(exit);
                            }
                            continue;
                        }
                        inst
                    };
                    let entry = done.is_entry;
                    self.free_frame(done);
                    if entry {
                        return Ok(FrameExit::Return(v));
                    }
                    match self.frames.last_mut() {
                        Some(caller) => caller.stack.push(v),
                        None => return Ok(FrameExit::Return(v)),
                    }
                }
                Ok(Flow::Yield(v)) => {
                    let Some(done) = self.frames.pop() else {
                        return self.err("SystemError", "frame stack underflow");
                    };
                    return Ok(FrameExit::Yield(v, done));
                }
                Err(e) => {
                    if let Some(exit) = self.unwind(e)? {
                        return Ok(exit);
                    }
                }
            }
        }
    }

    /// Executes the frame at `fp` (the top of the frame stack). `STATS`
    /// selects the instantiation that counts for `-X stats`.
    fn execute<const STATS: bool>(&mut self, fp: *mut Frame) -> PyResult<Flow> {
        // SAFETY: `fp` points into a boxed frame on `self.frames`, at a fixed
        // address while it stays there. Python calls and returns switch `fp`
        // to the new top frame (see `enter_frame!` and RETURN_VALUE); frames
        // below the top are never popped while we run. Each use below is a
        // short-lived reborrow that is never held across a call into the VM.
        let mut fp = fp;
        macro_rules! f {
            () => {{
                // (Also used inside the stack macros' `unsafe` blocks.)
                #[allow(unused_unsafe)]
                let fr = unsafe { &mut *fp };
                fr
            }};
        }
        // The current frame's stack top, kept in a local (a register) as
        // well as in the frame. The macros below move both: the frame's is
        // only stored, never read back, so that consecutive pushes and pops
        // do not wait on a store-to-load round trip through the frame. The
        // frame's copy is therefore always current for anything else that
        // looks at the stack. Truncation goes through `stack_truncate!` and
        // `stack_split_off!`; anything else that changes the stack behind
        // the local (a frame switch, a helper that pops) is followed by
        // `resync!`.
        let mut sp: *mut Value = f!().stack.top_ptr();
        macro_rules! resync {
            () => {
                // (Some are followed by a frame switch, which resyncs again.)
                #[allow(unused_assignments)]
                {
                    sp = f!().stack.top_ptr();
                }
            };
        }
        // `ValueStack::truncate` and `split_off` on the current frame, with
        // the local top kept in step.
        macro_rules! stack_truncate {
            ($n:expr) => {{
                f!().stack.truncate($n);
                resync!();
            }};
        }
        macro_rules! stack_split_off {
            ($n:expr) => {{
                let items: Vec<Value> = f!().stack.split_off($n);
                resync!();
                items
            }};
        }
        // Moves the stack top to `$p`, in the local and in the frame.
        macro_rules! set_sp {
            ($p:expr) => {{
                let p: *mut Value = $p;
                sp = p;
                let fr = f!();
                // SAFETY: the callers keep the top between the stack's base
                // and its capacity, with live values below it. (Most call
                // from inside an `unsafe` block of their own.)
                #[allow(unused_unsafe)]
                unsafe {
                    fr.stack.set_top_ptr(p)
                };
            }};
        }
        macro_rules! pop {
            () => {{
                debug_assert!(!f!().stack.is_empty() && sp == f!().stack.top_ptr());
                // SAFETY: the top item is live; moving the top down first
                // hands its ownership to the value we return.
                unsafe {
                    set_sp!(sp.sub(1));
                    crate::value::read_value(sp)
                }
            }};
        }
        // Appends one value to the stack: `$write` stores it into the free
        // slot `$slot` (a `*mut Value`).
        macro_rules! push_raw {
            ($slot:ident => $write:expr) => {{
                debug_assert!(stack_len!() < f!().stack.capacity() && sp == f!().stack.top_ptr());
                // SAFETY: the verifier bounded the depth by the capacity;
                // the slot at the top holds no live value.
                unsafe {
                    let $slot = sp;
                    $write;
                    set_sp!($slot.add(1));
                }
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                push_raw!(slot => crate::value::write_value(slot, v));
            }};
        }
        // Pushes a new reference to the value at `$src` (a `*const Value`
        // that stays valid meanwhile), copied word by word from its place.
        macro_rules! push_copy {
            ($src:expr) => {{
                let src: *const Value = $src;
                // SAFETY: the caller guarantees `src` points at a live value
                // that nothing below touches; the copy owns the added count.
                unsafe { (*src).incref() };
                push_raw!(slot => crate::value::copy_value(slot, src));
            }};
        }
        // Replaces the top item (known to be there) by `$v`, word-wise.
        macro_rules! set_top {
            ($v:expr) => {{
                let v = $v;
                debug_assert!(!f!().stack.is_empty() && sp == f!().stack.top_ptr());
                // SAFETY: the top item is live; it is moved out before `v`
                // is written over it, and dropped afterwards.
                let old = unsafe {
                    let p = sp.sub(1);
                    let old = crate::value::read_value(p);
                    crate::value::write_value(p, v);
                    old
                };
                drop_value!(old);
            }};
        }
        // Drops `$v`, taking an object's `Rc` out by value: this keeps the
        // value in registers, where `drop($v)` would store it to memory for
        // `drop_in_place`.
        macro_rules! drop_value {
            ($v:expr) => {{
                if let Value::Obj(o) = $v {
                    drop(o);
                }
            }};
        }
        // Replaces the top two items (a binary operation's operands, known
        // to be there) by `r`, word-wise like `pop!` and `set_top!`: the
        // operands were usually just pushed with word stores, and a 16-byte
        // reload of them would stall (see `value::write_value`).
        macro_rules! set_top_two {
            ($r:expr) => {{
                let r = $r;
                let b = pop!();
                set_top!(r);
                drop_value!(b);
            }};
        }
        // `set_top_two!` when the top operand is inline (an int index):
        // it needs no drop.
        macro_rules! set_top_two_inline_top {
            ($r:expr) => {{
                // SAFETY: the top item is inline, so it is forgotten safely.
                unsafe { set_sp!(sp.sub(1)) };
                set_top!($r);
            }};
        }
        // `set_top_two!` when both operands are inline (ints, floats): the
        // result is written over them and nothing is dropped.
        macro_rules! set_top_two_inline {
            ($r:expr) => {{
                let r: Value = $r;
                // SAFETY: both items are inline, so they are forgotten safely.
                unsafe {
                    set_sp!(sp.sub(1));
                    crate::value::write_value(sp.sub(1), r);
                }
            }};
        }
        // The stack item at index `$i` (from the bottom) and the items from
        // `$i` up, without a bounds check, like `pop!`: an instruction reads
        // only operands that the code before it pushed (the debug build,
        // which CI runs, asserts it; `verify` bounds the depth from above).
        // The stack's depth, from the local top.
        macro_rules! stack_len {
            () => {{
                debug_assert!(sp == f!().stack.top_ptr());
                let base = f!().stack.base_ptr();
                // SAFETY: `sp` is the top of the frame's stack, at or above its base.
                #[allow(unused_unsafe)]
                unsafe {
                    sp.offset_from(base) as usize
                }
            }};
        }
        macro_rules! stack_at {
            ($i:expr) => {{
                let i: usize = $i;
                let st = &f!().stack;
                debug_assert!(i < st.len());
                // SAFETY: see above.
                unsafe { st.get_unchecked(i) }
            }};
        }
        macro_rules! stack_from {
            ($i:expr) => {{
                let i: usize = $i;
                let st = &f!().stack;
                debug_assert!(i <= st.len());
                // SAFETY: see above.
                unsafe { st.get_unchecked(i..) }
            }};
        }
        macro_rules! top {
            () => {
                top_ref!().cloned().unwrap_or_default()
            };
        }
        // The top item, from the local top (the instructions that use it
        // always have an operand there; `None` only for an empty stack).
        macro_rules! top_ref {
            () => {{
                debug_assert!(sp == f!().stack.top_ptr());
                if stack_len!() == 0 {
                    None
                } else {
                    // SAFETY: the item below the top is live.
                    Some(unsafe { &*sp.sub(1) })
                }
            }};
        }
        // The current frame's code, borrowed from the frame's `Rc` rather
        // than cloned (which would cost a count increment and decrement on
        // every call and return). The frame holds the `Rc` and never
        // replaces it while it runs, and it outlives each use: a frame
        // switch resets `code` before the old frame can be freed.
        macro_rules! frame_code {
            () => {{
                let c: *const crate::code::Code = Rc::as_ptr(&f!().code);
                // SAFETY: see above.
                unsafe { &*c }
            }};
        }
        let mut code: &crate::code::Code = frame_code!();
        // `code.words` as a raw pointer, so that a fetch is one load from
        // wherever this lives, not two (the `Rc<Code>`, then its words).
        // Reset with `code` at each frame switch; the frame keeps it alive.
        let mut words: *const std::cell::Cell<u32> = code.words.as_ptr();
        // The word at index `$i` of the current code, which `verify`
        // guarantees is inside it.
        macro_rules! word_at {
            ($i:expr) => {{
                let i: usize = $i;
                debug_assert!(i < code.words.len());
                // SAFETY: see above; the caller names a verified index.
                unsafe { (*words.add(i)).get() }
            }};
        }
        // The next instruction's index, kept in a local so that dispatch
        // does not reload it from the frame (a store-to-load round trip on
        // every instruction). The frame's `pc` is written by each arm (`advance!`)
        // for everything that inspects it; jumps go through `jump!` and a
        // frame switch reloads it.
        let mut next_pc = f!().pc;
        macro_rules! jump {
            ($target:expr) => {{
                let t: usize = $target;
                next_pc = t;
                f!().pc = t;
            }};
        }
        // Pushes a new Python frame and continues in it on this loop.
        macro_rules! enter_frame {
            ($frame:expr, $dispatch:lifetime) => {{
                let mut frame = $frame;
                if self.depth() >= self.recursion_limit {
                    return Ok(Flow::Call(frame));
                }
                frame.is_entry = false;
                self.frames.push(frame);
                fp = match self.frames.last_mut() {
                    Some(f) => &mut **f,
                    None => return self.err("SystemError", "frame stack underflow"),
                };
                code = frame_code!();
                words = code.words.as_ptr();
                next_pc = f!().pc;
                resync!();
                continue $dispatch;
            }};
        }
        let spec = self.config.specialize != crate::vm::SpecializeMode::Off;
        use crate::specialize::{counter_miss, counter_tick};
        'dispatch: loop {
            let pc = next_pc;
            // The code passed `tern_bytecode::verify` (see `Vm::load_code`),
            // and `pc` is the start of an instruction: the one after the
            // last, a jump's target or a handler's.
            let word = word_at!(pc);
            let (byte, arg) = decode(word);
            if STATS {
                self.stats.dispatch(byte);
            }
            debug_assert!(Opcode::from_u8(byte).is_some());
            // SAFETY: verified code holds only valid opcodes at instruction
            // starts, and specialization writes only valid ones.
            let op = unsafe { std::mem::transmute::<u8, Opcode>(byte) };
            debug_assert_eq!(tern_bytecode::word_len(word), 1 + op.cache_words());
            use Opcode::*;
            // Each arm starts by moving on to the next instruction, whose
            // index it knows at compile time from its opcode `$op` (the
            // first of the arm's opcodes; an arm's opcodes share a length).
            // Done here, not before the `match`, the length is a constant
            // folded into each arm instead of decoded from the word and
            // kept alive across the dispatch jump.
            macro_rules! advance {
                ($op:expr) => {{
                    debug_assert_eq!(op.cache_words(), $op.cache_words());
                    next_pc = pc + 1 + $op.cache_words();
                    f!().pc = next_pc;
                }};
            }
            // Word `k` of the current instruction's inline cache.
            macro_rules! cache {
                ($k:expr) => {{
                    debug_assert!($k < op.cache_words());
                    // `verify` checked that the instruction's cache words
                    // lie inside the code.
                    word_at!(pc + 1 + $k)
                }};
            }
            // Entry `cache!($k)` of the code's specialized constants, for a
            // comparison or a clone made at once (see `Code::spec_const`).
            macro_rules! spec_const {
                ($k:expr) => {{
                    let i = cache!($k);
                    // SAFETY: the callers compare or clone it at once.
                    unsafe { code.spec_const(i) }
                }};
            }
            // A specialized instruction's guard failed: count the miss
            // (deopting after the budget) and fall through to the generic path.
            macro_rules! miss {
                () => {{
                    let deopted = counter_miss(&code, pc);
                    if STATS {
                        self.stats.miss(op as u8, deopted);
                    }
                }};
            }
            // A native call may have switched statistics on or off.
            macro_rules! check_stats_switch {
                () => {
                    if self.stats.active != STATS {
                        return Ok(Flow::Switch);
                    }
                };
            }
            // Runs the family's specializer when the adaptive counter says so.
            macro_rules! adaptive {
                ($operands:expr) => {
                    if spec && counter_tick(&code, pc) {
                        let operands: Vec<Value> = $operands;
                        let code_rc = f!().code.clone();
                        crate::specialize::specialize(self, &code_rc, pc, op, arg, &operands);
                    }
                };
            }
            // LOAD_CONST, LOAD_FAST and STORE_FAST of index `$i` (also the
            // halves of the superinstructions that pair them).
            macro_rules! load_const {
                ($i:expr) => {{
                    debug_assert!(($i as usize) < code.consts.len());
                    // SAFETY: `verify` checked LOAD_CONST's index (the
                    // superinstructions take it from a LOAD_CONST word).
                    let src = unsafe { code.consts.get_unchecked($i as usize) };
                    // `consts` is held by `code` and not touched meanwhile.
                    push_copy!(src);
                }};
            }
            macro_rules! load_fast {
                ($i:expr) => {{
                    debug_assert!(($i as usize) < f!().fast.len());
                    // SAFETY: `verify` checked the index against the code's
                    // locals, which the frame's `fast` holds (and more).
                    let fast = &f!().fast;
                    let src = unsafe { fast.get_unchecked($i as usize) };
                    if src.is_null() {
                        let name = code.co.varnames[$i as usize].clone();
                        return self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                    }
                    // The locals are not touched by pushing to the stack.
                    let src: *const Value = src;
                    push_copy!(src);
                }};
            }
            macro_rules! store_fast {
                ($i:expr) => {{
                    debug_assert!(!f!().stack.is_empty() && ($i as usize) < f!().fast.len());
                    // SAFETY: `verify` checked the index; the top element's
                    // ownership moves into the local slot (the stack shrinks
                    // first); the slot's old value is
                    // read out and dropped after the write.
                    let old = unsafe {
                        set_sp!(sp.sub(1));
                        let top = sp;
                        let slot = f!().fast.as_mut_ptr().add($i as usize);
                        let old = crate::value::read_value(slot);
                        crate::value::copy_value(slot, top);
                        old
                    };
                    drop_value!(old);
                }};
            }
            // BINARY_OP's generic path: `binary_op` or `inplace_op` on the
            // two operands.
            macro_rules! binary_generic {
                () => {{
                    let b = pop!();
                    let a = pop!();
                    let inplace = arg >= BINOP_INPLACE;
                    let bop = BINOPS[(arg % BINOP_INPLACE) as usize];
                    let r = if inplace { self.inplace_op(a, b, bop)? } else { self.binary_op(&a, &b, bop)? };
                    push!(r);
                }};
            }
            // BINARY_OP_*_INT: two inline ints whose result does not
            // overflow, computed in place (inline ints need no drop).
            macro_rules! int_binop {
                ($checked:ident) => {{
                    let n = stack_len!();
                    if let (Value::Int(a), Value::Int(b)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        if let Some(r) = a.$checked(*b) {
                            set_top_two_inline!(Value::Int(r));
                            continue 'dispatch;
                        }
                    }
                    miss!();
                    binary_generic!();
                }};
            }
            // BINARY_OP_*_FLOAT on two inline floats, in place.
            macro_rules! float_binop {
                ($op:tt) => {{
                    let n = stack_len!();
                    if let (Value::Float(a), Value::Float(b)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        let r = Value::float(a $op b);
                        set_top_two_inline!(r);
                        continue 'dispatch;
                    }
                    miss!();
                    binary_generic!();
                }};
            }
            // A specialized native call returned `$r`: pop the callable and
            // its arguments (the stack's items from `$base` up), push the
            // result and go on with the next instruction.
            macro_rules! native_call_done {
                ($r:expr, $base:expr) => {{
                    stack_truncate!($base);
                    push!($r?);
                    check_stats_switch!();
                    continue;
                }};
            }
            // POP_JUMP_IF_*_BOOL: pops a bool and jumps if it is `$jump_if`.
            macro_rules! bool_jump {
                ($jump_if:expr) => {{
                    let n = stack_len!();
                    if let Value::Bool(b) = *stack_at!(n - 1) {
                        // SAFETY: a bool is inline and needs no drop.
                        unsafe { set_sp!(sp.sub(1)) };
                        if b == $jump_if {
                            jump!(arg as usize);
                        }
                        continue 'dispatch;
                    }
                    miss!();
                    let v = pop!();
                    if self.truthy(&v)? == $jump_if {
                        jump!(arg as usize);
                    }
                }};
            }
            // A specialized comparison found `$r` (its operands popped):
            // fused with a following conditional jump (as CPython's
            // COMPARE_OP_*_JUMP) no bool is pushed. Verified code ends with
            // a terminator, so an instruction starts at `next`.
            macro_rules! compare_done {
                ($r:expr) => {{
                    let r: bool = $r;
                    let next = next_pc;
                    let (nb, narg) = decode(word_at!(next));
                    let sense = tern_bytecode::opcode::COND_JUMP_SENSE[nb as usize];
                    if sense != 0 {
                        let jump = r == (sense == 2);
                        jump!(if jump { narg as usize } else { next + 1 + POP_JUMP_IF_FALSE.cache_words() });
                    } else {
                        push!(Value::Bool(r));
                    }
                    continue 'dispatch;
                }};
            }
            // COMPARE_OP's generic path: `compare` on the two operands.
            macro_rules! compare_generic {
                () => {{
                    let b = pop!();
                    let a = pop!();
                    let r = self.compare(&a, &b, CMPOPS[arg as usize])?;
                    push!(r);
                }};
            }
            // The arm of every BINARY_SUBSCR member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! binary_subscr_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let n = stack_len!();
                        let r = match (op, stack_at!(n - 2), stack_at!(n - 1)) {
                            (BINARY_SUBSCR_LIST_INT, Value::Obj(o), Value::Int(i)) if Rc::ptr_eq(o.class(), &self.types.list) => {
                                match &o.payload {
                                    Payload::List(l) => {
                                        // SAFETY: read and cloned before anything
                                        // else runs (a live mutable borrow is an Err).
                                        let Ok(l) = (unsafe { l.try_borrow_unguarded() }) else { break 'fast };
                                        seq_index(*i, l.len()).map(|j| l[j].clone())
                                    }
                                    _ => None,
                                }
                            }
                            (BINARY_SUBSCR_TUPLE_INT, Value::Obj(o), Value::Int(i)) if Rc::ptr_eq(o.class(), &self.types.tuple) => {
                                match &o.payload {
                                    Payload::Tuple(t) => seq_index(*i, t.len()).map(|j| t[j].clone()),
                                    _ => None,
                                }
                            }
                            (BINARY_SUBSCR_STR_INT, Value::Obj(o), Value::Int(i)) if Rc::ptr_eq(o.class(), &self.types.str_) => {
                                match &o.payload {
                                    Payload::Str(s) => match seq_index(*i, s.nchars) {
                                        Some(j) if s.is_ascii() => self.char_cache.get(s.as_str().as_bytes()[j] as usize).cloned(),
                                        Some(j) if !s.has_surrogates() => {
                                            let mut b = [0u8; 4];
                                            Some(self.new_str(s.char_at(j).encode_utf8(&mut b)))
                                        }
                                        _ => None,
                                    },
                                    _ => None,
                                }
                            }
                            (BINARY_SUBSCR_DICT, Value::Obj(o), _) if Rc::ptr_eq(o.class(), &self.types.dict) => {
                                let key = stack_at!(n - 1).clone();
                                let o = o.clone();
                                let Payload::Dict(d) = &o.payload else { break 'fast };
                                match crate::dictops::dict_get(self, d, &key)? {
                                    Some(v) => Some(v),
                                    None => return self.key_error(key),
                                }
                            }
                            (BINARY_SUBSCR, _, _) => {
                                adaptive!(vec![stack_at!(n - 2).clone(), stack_at!(n - 1).clone()]);
                                break 'fast;
                            }
                            _ => None,
                        };
                        match r {
                            Some(r) if op == BINARY_SUBSCR_DICT => {
                                set_top_two!(r);
                                continue 'dispatch;
                            }
                            Some(r) => {
                                set_top_two_inline_top!(r);
                                continue 'dispatch;
                            }
                            None => miss!(),
                        }
                    }
                    let key = pop!();
                    let obj = pop!();
                    let r = self.getitem(&obj, &key)?;
                    push!(r);
                }};
            }
            // The arm of every STORE_SUBSCR member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! store_subscr_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let n = stack_len!();
                        match (op, stack_at!(n - 2), stack_at!(n - 1)) {
                            (STORE_SUBSCR_LIST_INT, Value::Obj(o), Value::Int(i)) if Rc::ptr_eq(o.class(), &self.types.list) => {
                                if let Payload::List(l) = &o.payload {
                                    // (Borrowed elsewhere: the generic path.)
                                    let Ok(mut items) = l.try_borrow_mut() else { break 'fast };
                                    if let Some(j) = seq_index(*i, items.len()) {
                                        // [value, list, index]: the value moves into the
                                        // list and the index is an inline int, so only
                                        // the list reference and the replaced item drop.
                                        // SAFETY: the three items are live; each is moved
                                        // out once, below the new top.
                                        let (v, lst) =
                                            unsafe { (crate::value::read_value(sp.sub(3)), crate::value::read_value(sp.sub(2))) };
                                        let old = std::mem::replace(&mut items[j], v);
                                        drop(items);
                                        unsafe { set_sp!(sp.sub(3)) };
                                        drop_value!(lst);
                                        drop_value!(old);
                                        continue 'dispatch;
                                    }
                                }
                            }
                            (STORE_SUBSCR_DICT, Value::Obj(o), _) if Rc::ptr_eq(o.class(), &self.types.dict) => {
                                let key = pop!();
                                let obj = pop!();
                                let v = pop!();
                                if let Value::Obj(o) = &obj {
                                    if let Payload::Dict(d) = &o.payload {
                                        crate::dictops::dict_set(self, d, key, v)?;
                                    }
                                }
                                continue 'dispatch;
                            }
                            (STORE_SUBSCR, _, _) => {
                                adaptive!(vec![stack_at!(n - 2).clone(), stack_at!(n - 1).clone()]);
                                break 'fast;
                            }
                            _ => {}
                        }
                        miss!();
                    }
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    self.setitem(&obj, key, v)?;
                }};
            }
            // The arm of every CONTAINS_OP member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! contains_op_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let n = stack_len!();
                        let r = match (op, stack_at!(n - 1)) {
                            (CONTAINS_OP_DICT, Value::Obj(o)) if Rc::ptr_eq(o.class(), &self.types.dict) => {
                                let (o, item) = (o.clone(), stack_at!(n - 2).clone());
                                match &o.payload {
                                    Payload::Dict(d) => {
                                        let h = self.hash(&item)?;
                                        Some(crate::dictops::lookup(self, d, &item, h)?.is_some())
                                    }
                                    _ => None,
                                }
                            }
                            (CONTAINS_OP_SET, Value::Obj(o))
                                if Rc::ptr_eq(o.class(), &self.types.set) || Rc::ptr_eq(o.class(), &self.types.frozenset) =>
                            {
                                let (o, item) = (o.clone(), stack_at!(n - 2).clone());
                                match &o.payload {
                                    Payload::Set(s) => Some(crate::dictops::set_contains(self, s, &item)?),
                                    _ => None,
                                }
                            }
                            (CONTAINS_OP_STR, Value::Obj(o)) => match (stack_at!(n - 2), &o.payload) {
                                (Value::Obj(i), Payload::Str(hay))
                                    if Rc::ptr_eq(o.class(), &self.types.str_) && Rc::ptr_eq(i.class(), &self.types.str_) =>
                                {
                                    match &i.payload {
                                        Payload::Str(needle) if !(hay.has_surrogates() | needle.has_surrogates()) => {
                                            Some(hay.as_str().contains(needle.as_str()))
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            },
                            (CONTAINS_OP, _) => {
                                adaptive!(vec![stack_at!(n - 2).clone(), stack_at!(n - 1).clone()]);
                                break 'fast;
                            }
                            _ => None,
                        };
                        match r {
                            Some(r) => {
                                stack_truncate!(n - 2);
                                push!(Value::Bool(r != (arg == 1)));
                                continue 'dispatch;
                            }
                            None => miss!(),
                        }
                    }
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(&b, &a)?;
                    push!(Value::Bool(r != (arg == 1)));
                }};
            }
            // The arm of every UNPACK_SEQUENCE member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! unpack_sequence_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let Some(Value::Obj(o)) = top_ref!() else {
                            if op != UNPACK_SEQUENCE {
                                miss!();
                            }
                            break 'fast;
                        };
                        let n = arg as usize;
                        match (op, &o.payload) {
                            (UNPACK_SEQUENCE_TWO_TUPLE | UNPACK_SEQUENCE_TUPLE, Payload::Tuple(t))
                                if t.len() == n && Rc::ptr_eq(o.class(), &self.types.tuple) =>
                            {
                                let seq = pop!();
                                if let Value::Obj(so) = &seq {
                                    if let Payload::Tuple(t) = &so.payload {
                                        for v in t.iter().rev() {
                                            push!(v.clone());
                                        }
                                    }
                                }
                                continue 'dispatch;
                            }
                            (UNPACK_SEQUENCE_LIST, Payload::List(l))
                                if l.borrow().len() == n && Rc::ptr_eq(o.class(), &self.types.list) =>
                            {
                                let seq = pop!();
                                if let Value::Obj(so) = &seq {
                                    if let Payload::List(l) = &so.payload {
                                        let items = l.borrow();
                                        for v in items.iter().rev() {
                                            push!(v.clone());
                                        }
                                    }
                                }
                                continue 'dispatch;
                            }
                            (UNPACK_SEQUENCE, _) => {
                                let top = Value::Obj(o.clone());
                                adaptive!(vec![top]);
                            }
                            _ => miss!(),
                        }
                    }
                    let seq = pop!();
                    let items = self.unpack(&seq, arg as usize)?;
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }};
            }
            // The arm of every FOR_ITER member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! for_iter_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let Some(Value::Obj(o)) = top_ref!() else { break 'fast };
                        let Payload::Iter(st) = &o.payload else {
                            if op == FOR_ITER_GEN {
                                if let Payload::Generator(_) = &o.payload {
                                    // As `Vm::next` on a generator, without the dispatch.
                                    let g = o.clone();
                                    match self.gen_resume(&g, Value::None, None)? {
                                        Ok(v) => push!(v),
                                        Err(ret) => {
                                            self.last_stop_value = ret;
                                            pop!();
                                            jump!(arg as usize);
                                        }
                                    }
                                    continue 'dispatch;
                                }
                                miss!();
                            } else if op == FOR_ITER {
                                adaptive!(vec![top!()]);
                            } else {
                                miss!();
                            }
                            break 'fast;
                        };
                        if op == FOR_ITER {
                            // A builtin iterator that no member covers (dict
                            // views, enumerate, zip, ...): its step directly.
                            adaptive!(vec![top!()]);
                            match self.next_builtin(st)? {
                                Some(v) => push!(v),
                                None => {
                                    drop_value!(pop!());
                                    jump!(arg as usize);
                                }
                            }
                            continue 'dispatch;
                        }
                        let next = match (op, &mut *st.borrow_mut()) {
                            (FOR_ITER_RANGE, crate::iter::IterState::Range { next, stop, step }) => {
                                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                                    let v = *next;
                                    *next = next.saturating_add(*step);
                                    Some(Some(Value::Int(v)))
                                } else {
                                    Some(None)
                                }
                            }
                            (FOR_ITER_LIST, crate::iter::IterState::List { seq: Value::Obj(l), index }) => match &l.payload {
                                Payload::List(items) => {
                                    let items = items.borrow();
                                    if *index < items.len() {
                                        *index += 1;
                                        Some(Some(items[*index - 1].clone()))
                                    } else {
                                        Some(None)
                                    }
                                }
                                _ => None,
                            },
                            (FOR_ITER_TUPLE, crate::iter::IterState::Tuple { seq: Value::Obj(t), index }) => match &t.payload {
                                Payload::Tuple(items) => {
                                    if *index < items.len() {
                                        *index += 1;
                                        Some(Some(items[*index - 1].clone()))
                                    } else {
                                        Some(None)
                                    }
                                }
                                _ => None,
                            },
                            (FOR_ITER_STR, crate::iter::IterState::Str { s: Value::Obj(so), byte }) => match &so.payload {
                                Payload::Str(ps) => Some(crate::iteration::next_char(self, ps, byte)),
                                _ => None,
                            },
                            (FOR_ITER, _) => None,
                            _ => {
                                miss!();
                                None
                            }
                        };
                        match next {
                            Some(Some(v)) => {
                                push!(v);
                                continue 'dispatch;
                            }
                            Some(None) => {
                                // As `next_builtin`: an exhausted list or tuple
                                // iterator stays exhausted (and drops its
                                // sequence), if anything but this loop holds it.
                                if op != FOR_ITER_RANGE && Rc::strong_count(o) > 1 {
                                    *st.borrow_mut() = crate::iter::IterState::Exhausted;
                                }
                                let it = pop!();
                                self.recycle_iter(it);
                                jump!(arg as usize);
                                continue 'dispatch;
                            }
                            None => {}
                        }
                    }
                    let it = top!();
                    match self.next(&it)? {
                        Some(v) => push!(v),
                        None => {
                            pop!();
                            jump!(arg as usize);
                        }
                    }
                }};
            }
            // The arm of every LOAD_GLOBAL member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! load_global_family {
                ($member:expr) => {{
                    let op = $member;
                    match op {
                        LOAD_GLOBAL_MODULE => {
                            // Watched dicts: the site is rewritten as soon as the
                            // keys change, so only the dict's identity is checked.
                            let g = &f!().globals;
                            if Rc::as_ptr(g) as usize == code.spec_globals.get() {
                                if let Some(v) = crate::dictops::watched_value_at(g, cache!(3)) {
                                    if arg & 1 != 0 {
                                        push!(Value::Null);
                                    }
                                    push_copy!(v);
                                    continue;
                                }
                            }
                            miss!();
                        }
                        LOAD_GLOBAL_BUILTIN => {
                            let fr = f!();
                            if Rc::as_ptr(&fr.globals) as usize == code.spec_globals.get()
                                && Rc::as_ptr(&fr.builtins) as usize == code.spec_builtins.get()
                            {
                                if let Some(v) = crate::dictops::watched_value_at(&fr.builtins, cache!(3)) {
                                    if arg & 1 != 0 {
                                        push!(Value::Null);
                                    }
                                    push_copy!(v);
                                    continue;
                                }
                            }
                            miss!();
                        }
                        _ => adaptive!(vec![Value::Obj(f!().globals.clone()), Value::Obj(f!().builtins.clone())]),
                    }
                    let name = &code.names[(arg >> 1) as usize];
                    let globals = f!().globals.clone();
                    let builtins = f!().builtins.clone();
                    let v = self.load_global(&globals, &builtins, name)?;
                    if arg & 1 != 0 {
                        push!(Value::Null);
                    }
                    push!(v);
                }};
            }
            // The arm of every LOAD_ATTR member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! load_attr_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let Some(Value::Obj(o)) = top_ref!() else {
                            if op != LOAD_ATTR {
                                miss!();
                            }
                            break 'fast;
                        };
                        let v = match op {
                            LOAD_ATTR_WITH_HINT | LOAD_ATTR_INSTANCE_VALUE => {
                                // Two classes may share the site (cache word 3
                                // holds the second, see `load_attr::add_second_class`).
                                let v = class_version(o);
                                if v != cache!(1) && (v != cache!(3) || v == 0) {
                                    if cache!(3) == 0 && v != 0 {
                                        let obj = Value::Obj(o.clone());
                                        crate::specialize::load_attr::add_second_class(self, &code, pc, op, arg, &[obj]);
                                    }
                                    None
                                } else if op == LOAD_ATTR_WITH_HINT {
                                    hinted_attr(o, cache!(2), &code.names[arg as usize])
                                } else {
                                    instance_value(o, cache!(2))
                                }
                            }
                            LOAD_ATTR_SLOT => {
                                if class_version(o) != cache!(1) {
                                    None
                                } else {
                                    match &o.payload {
                                        // SAFETY: read and cloned at once (a live mutable
                                        // borrow is an Err).
                                        Payload::Slots(sl) => unsafe { sl.try_borrow_unguarded() }
                                            .ok()
                                            .and_then(|sl| sl.get(cache!(2) as usize))
                                            .filter(|v| !v.is_null())
                                            .cloned(),
                                        _ => None,
                                    }
                                }
                            }
                            LOAD_ATTR_MODULE => module_attr_hit(o, cache!(1), cache!(2)),
                            LOAD_ATTR_CLASS => {
                                if class_version(o) != cache!(1) || !no_instance_attr(o, &code.names[arg as usize]) {
                                    None
                                } else {
                                    spec_const!(3).cloned()
                                }
                            }
                            LOAD_ATTR_PROPERTY => {
                                // The getter's frame runs on this loop; its return
                                // value replaces the object (see RETURN_VALUE).
                                let getter = if class_version(o) == cache!(1) {
                                    spec_const!(3).cloned()
                                } else {
                                    None
                                };
                                if let Some(Value::Obj(fo)) = getter {
                                    if let Payload::Function(func) = &fo.payload {
                                        if func.version.get() == cache!(2) {
                                            let obj = pop!();
                                            let fcode = func.code();
                                            let mut frame = self.alloc_frame(&fcode, &func.globals, &func.builtins);
                                            frame.fast[0] = obj;
                                            let fcode = frame.code.clone();
                                            self.bind_cells(&mut frame, func, &fcode);
                                            enter_frame!(frame, 'dispatch);
                                        }
                                    }
                                }
                                None
                            }
                            _ => {
                                let top = Value::Obj(o.clone());
                                adaptive!(vec![top]);
                                break 'fast;
                            }
                        };
                        match v {
                            Some(v) => {
                                set_top!(v);
                                continue 'dispatch;
                            }
                            None => miss!(),
                        }
                    }
                    let name = &code.names[arg as usize];
                    let obj = pop!();
                    let v = self.getattr(&obj, name)?;
                    push!(v);
                }};
            }
            // The arm of every LOAD_METHOD member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! load_method_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let Some(top) = top_ref!() else { break 'fast };
                        match op {
                            LOAD_METHOD_INSTANCE | LOAD_METHOD_MODULE => {
                                // `self.callback(...)` (as LOAD_ATTR_WITH_HINT) and
                                // `math.sqrt(x)` (as LOAD_ATTR_MODULE): [NULL, attribute].
                                let v = match top {
                                    Value::Obj(o) if op == LOAD_METHOD_INSTANCE && class_version(o) == cache!(1) => {
                                        instance_value(o, cache!(2))
                                    }
                                    Value::Obj(o) if op == LOAD_METHOD_MODULE && Rc::ptr_eq(o.class(), &self.types.module) => {
                                        module_attr_hit(o, cache!(1), cache!(2))
                                    }
                                    _ => None,
                                };
                                if let Some(v) = v {
                                    let owner = pop!();
                                    push!(Value::Null);
                                    push!(v);
                                    drop(owner);
                                    continue 'dispatch;
                                }
                                miss!();
                            }
                            LOAD_METHOD_WITH_DICT | LOAD_METHOD_NO_DICT | LOAD_METHOD_POLY => {
                                let name = &code.names[arg as usize];
                                let hit = match top {
                                    Value::Obj(o) if op == LOAD_METHOD_POLY => {
                                        crate::specialize::method_poly::lookup(&code, cache!(3), class_version(o))
                                            .filter(|_| no_instance_attr(o, name))
                                    }
                                    Value::Obj(o) => {
                                        let ok = class_version(o) == cache!(1)
                                            && if op == LOAD_METHOD_NO_DICT {
                                                o.instance_values().is_none() && o.attr_dict().is_none()
                                            } else {
                                                method_not_shadowed(o, name, cache!(2))
                                            };
                                        if ok {
                                            spec_const!(3).cloned()
                                        } else {
                                            None
                                        }
                                    }
                                    _ => None,
                                };
                                if let Some(m) = hit {
                                    let obj = pop!();
                                    push!(m);
                                    push!(obj);
                                    continue 'dispatch;
                                }
                                // Another class: the site may take it (see `method_poly`).
                                let obj = top.clone();
                                if !crate::specialize::method_poly::add_class(self, &code, pc, op, arg, &obj) {
                                    miss!();
                                }
                            }
                            _ => {
                                let top = top.clone();
                                adaptive!(vec![top]);
                            }
                        }
                    }
                    let name = &code.names[arg as usize];
                    let obj = pop!();
                    match self.load_method(&obj, name)? {
                        Some(m) => {
                            push!(m);
                            push!(obj);
                        }
                        None => {
                            let v = self.getattr(&obj, name)?;
                            push!(Value::Null);
                            push!(v);
                        }
                    }
                }};
            }
            // The arm of every CALL member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! call_family {
                ($member:expr) => {{
                    let op = $member;
                    self.run_finalizers();
                    // KW_NAMES's tuple is taken on the generic path only.
                    let has_kwnames = f!().kwnames.is_some();
                    let n = arg as usize;
                    let len = stack_len!();
                    let is_method = !stack_at!(len - n - 2).is_null();
                    if !has_kwnames {
                        let start = if is_method { len - n - 1 } else { len - n };
                        let nargs = len - start;
                        match op {
                            CALL_PY_EXACT_ARGS | CALL_PY_WITH_DEFAULTS => {
                                // The callable stays on the stack until the frame is
                                // built (only the arguments above it move), so it is
                                // used in place rather than cloned.
                                let callable: *const Value = stack_at!(if is_method { len - n - 2 } else { len - n - 1 });
                                if let Value::Obj(o) = unsafe { &*callable } {
                                    if let Payload::Function(func) = &o.payload {
                                        let fcode = func.code.borrow();
                                        let argc = fcode.co.argcount as usize;
                                        // Any function whose code binds positionally:
                                        // a site calling several functions stays here.
                                        let ok = fcode.simple_args
                                            && if op == CALL_PY_EXACT_ARGS {
                                                nargs == argc
                                            } else {
                                                nargs <= argc && nargs + func.defaults.borrow().len() >= argc
                                            };
                                        if ok {
                                            let mut frame = self.alloc_frame(&fcode, &func.globals, &func.builtins);
                                            frame.take_args(&mut f!().stack, start, 0);
                                            if nargs < argc {
                                                let defaults = func.defaults.borrow();
                                                let first = argc - defaults.len();
                                                for j in nargs..argc {
                                                    frame.fast[j] = defaults[j - first].clone();
                                                }
                                            }
                                            self.bind_cells(&mut frame, func, &fcode);
                                            // Popping the callable may free it (and `func`).
                                            drop(fcode);
                                            stack_truncate!(len - n - 2);
                                            enter_frame!(frame, 'dispatch);
                                        }
                                    }
                                }
                                miss!();
                            }
                            CALL_ALLOC_AND_ENTER_INIT => {
                                let callable = stack_at!(len - n - 1).clone();
                                let init = spec_const!(2).cloned();
                                if let (false, Value::Obj(t), Some(Value::Obj(io))) = (is_method, &callable, &init) {
                                    if let (Payload::Type(td), Payload::Function(func)) = (&t.payload, &io.payload) {
                                        let fcode = func.code.borrow().clone();
                                        if td.version_tag() == cache!(1) && fcode.co.argcount as usize == nargs + 1 {
                                            let inst = self.object_new(t)?;
                                            let mut frame = self.alloc_frame(&fcode, &func.globals, &func.builtins);
                                            frame.fast[0] = inst.clone();
                                            frame.take_args(&mut f!().stack, start, 1);
                                            self.bind_cells(&mut frame, func, &fcode);
                                            frame.init_self = inst;
                                            stack_truncate!(len - n - 2);
                                            enter_frame!(frame, 'dispatch);
                                        }
                                    }
                                }
                                miss!();
                            }
                            CALL_BUILTIN | CALL_METHOD_DESCRIPTOR => {
                                let slot = if is_method { len - n - 2 } else { len - n - 1 };
                                // The cached native, compared by identity with the
                                // callable on the stack (which keeps it alive).
                                let hit = match (spec_const!(2), stack_at!(slot)) {
                                    (Some(Value::Obj(c)), Value::Obj(o)) if Rc::ptr_eq(c, o) => match &o.payload {
                                        // A method call's receiver was checked when the
                                        // site specialized; an unbound call of a method
                                        // descriptor takes the generic path, which checks
                                        // its first argument.
                                        Payload::Native(nf) if is_method || nf.owner_type.is_none() => Some((nf.func, nf.is_method)),
                                        _ => None,
                                    },
                                    _ => None,
                                };
                                if let Some((func, is_native_method)) = hit {
                                    // The arguments stay on this frame's stack during
                                    // the call: this frame cannot run (or grow its
                                    // stack) until the native returns.
                                    let args: &[Value] = stack_from!(start);
                                    self.native_depth += 1;
                                    // As `Vm::call` on a native: the depth check,
                                    // and a method's TypeError reworded.
                                    let r = if self.depth() > self.recursion_limit + 50 {
                                        self.err("RecursionError", "maximum recursion depth exceeded")
                                    } else {
                                        func(self, Args::new(args))
                                    };
                                    self.native_depth -= 1;
                                    let r = match r {
                                        Err(e) if is_native_method && self.exc_matches(&e, "TypeError") => {
                                            let callable = stack_at!(slot).clone();
                                            match &callable {
                                                Value::Obj(c) => match &c.payload {
                                                    Payload::Native(nf) => Err(self.descriptor_error(nf, &Args::new(args), e)),
                                                    _ => Err(e),
                                                },
                                                _ => Err(e),
                                            }
                                        }
                                        r => r,
                                    };
                                    native_call_done!(r, len - n - 2);
                                }
                                miss!();
                            }
                            CALL_BUILTIN_CLASS => {
                                // [NULL, cls, args]: the constructor takes the class
                                // and the arguments, which lie together on the stack.
                                let new = match (spec_const!(2), stack_at!(len - n - 1)) {
                                    (Some(Value::Obj(c)), Value::Obj(o)) if !is_method && Rc::ptr_eq(c, o) => {
                                        o.as_type().and_then(|td| td.native_new.get())
                                    }
                                    _ => None,
                                };
                                if let Some(new) = new {
                                    // As CALL_BUILTIN: the arguments stay in place.
                                    let all: &[Value] = stack_from!(len - n - 1);
                                    let r = new(self, Args::new(all));
                                    native_call_done!(r, len - n - 2);
                                }
                                miss!();
                            }
                            CALL_BOUND_METHOD_EXACT_ARGS => {
                                // [NULL, bound, args]: enter the function's frame
                                // with self first, as CALL_PY_EXACT_ARGS does.
                                let hit = match (is_method, stack_at!(len - n - 1)) {
                                    (false, Value::Obj(b)) => match &b.payload {
                                        Payload::BoundMethod { func: Value::Obj(fo), self_ } => match &fo.payload {
                                            Payload::Function(func) if func.code.borrow().simple_args => Some((fo.clone(), self_.clone())),
                                            _ => None,
                                        },
                                        _ => None,
                                    },
                                    _ => None,
                                };
                                if let Some((fo, self_)) = hit {
                                    if let Payload::Function(func) = &fo.payload {
                                        let fcode = func.code();
                                        if fcode.co.argcount as usize == n + 1 {
                                            let mut frame = self.alloc_frame(&fcode, &func.globals, &func.builtins);
                                            frame.fast[0] = self_;
                                            frame.take_args(&mut f!().stack, start, 1);
                                            let fcode = frame.code.clone();
                                            self.bind_cells(&mut frame, func, &fcode);
                                            stack_truncate!(len - n - 2);
                                            enter_frame!(frame, 'dispatch);
                                        }
                                    }
                                }
                                miss!();
                            }
                            CALL_LEN | CALL_ISINSTANCE => {
                                let want = if op == CALL_LEN { 1 } else { 2 };
                                let hit = !is_method
                                    && n == want
                                    && match (spec_const!(2), stack_at!(len - n - 1)) {
                                        (Some(Value::Obj(c)), Value::Obj(o)) => Rc::ptr_eq(c, o),
                                        _ => false,
                                    };
                                if hit {
                                    let r = if op == CALL_LEN {
                                        // In place, as CALL_BUILTIN's arguments.
                                        let v: *const Value = stack_at!(len - 1);
                                        self.len_inline(unsafe { &*v })
                                    } else {
                                        let (obj, cls) = (stack_at!(len - 2).clone(), stack_at!(len - 1).clone());
                                        self.isinstance_inline(&obj, &cls)
                                    };
                                    native_call_done!(r, len - n - 2);
                                }
                                miss!();
                            }
                            CALL_TYPE_1 => {
                                let hit =
                                    !is_method && n == 1 && matches!(stack_at!(len - 2), Value::Obj(t) if Rc::ptr_eq(t, &self.types.type_));
                                if hit {
                                    let v = pop!();
                                    let t = self.type_of(&v);
                                    drop(v);
                                    stack_truncate!(len - 3);
                                    push!(Value::Obj(t));
                                    continue;
                                }
                                miss!();
                            }
                            CALL_LIST_APPEND => {
                                // [list.append, lst, x] with lst an exact list.
                                let st = &f!().stack;
                                let hit = is_method
                                    && n == 1
                                    && match (spec_const!(2), &st[len - 3], &st[len - 2]) {
                                        (Some(Value::Obj(c)), Value::Obj(m), Value::Obj(l)) => {
                                            Rc::ptr_eq(c, m)
                                                && Rc::ptr_eq(l.class(), &self.types.list)
                                                && matches!(l.payload, Payload::List(_))
                                        }
                                        _ => false,
                                    };
                                if hit {
                                    let v = pop!();
                                    if let Value::Obj(l) = stack_at!(len - 2) {
                                        if let Payload::List(items) = &l.payload {
                                            items.borrow_mut().push(v);
                                        }
                                    }
                                    stack_truncate!(len - 3);
                                    push!(Value::None);
                                    continue;
                                }
                                miss!();
                            }
                            _ => {
                                adaptive!(vec![stack_at!(len - n - 2).clone(), stack_at!(len - n - 1).clone()]);
                            }
                        }
                    }
                    let kwnames = f!().kwnames.take();
                    let (callable, args_start) =
                        if is_method { (stack_at!(len - n - 2).clone(), len - n - 1) } else { (stack_at!(len - n - 1).clone(), len - n) };
                    let kwn: &[Value] = match &kwnames {
                        Some(Value::Obj(t)) => match &t.payload {
                            Payload::Tuple(items) => items,
                            _ => &[],
                        },
                        _ => &[],
                    };
                    // Python functions run in a new frame on the same loop.
                    if let Some(frame) = self.try_push_py_call(&callable, stack_from!(args_start), kwn)? {
                        stack_truncate!(len - n - 2);
                        enter_frame!(frame, 'dispatch);
                    }
                    // As above: the arguments stay on this frame's stack.
                    let all: &[Value] = stack_from!(args_start);
                    let npos = all.len() - kwn.len();
                    let args = Args { pos: &all[..npos], kwnames: kwn, kwvals: &all[npos..] };
                    let r = self.call(&callable, args);
                    stack_truncate!(len - n - 2);
                    push!(r?);
                    check_stats_switch!();
                }};
            }
            // The arm of every STORE_ATTR member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! store_attr_family {
                ($member:expr) => {{
                    let op = $member;
                    'fast: {
                        let n = stack_len!();
                        let Value::Obj(o) = stack_at!(n - 1) else {
                            if op != STORE_ATTR {
                                miss!();
                            }
                            break 'fast;
                        };
                        match op {
                            STORE_ATTR_WITH_HINT | STORE_ATTR_INSTANCE_VALUE => {
                                // Two classes may share the site, as for LOAD_ATTR.
                                let ver = class_version(o);
                                if ver != cache!(1) && cache!(3) == 0 && ver != 0 {
                                    let operands = [Value::Obj(o.clone()), stack_at!(n - 2).clone()];
                                    crate::specialize::load_attr::add_second_class(self, &code, pc, op, arg, &operands);
                                } else if ver == cache!(1) || (ver != 0 && ver == cache!(3)) {
                                    if op == STORE_ATTR_WITH_HINT {
                                        if let Some(d) = o.attr_dict() {
                                            let i = cache!(2) as usize;
                                            let name = &code.names[arg as usize];
                                            let hit = match name {
                                                Value::Obj(n) => d.borrow().entries.get(i).is_some_and(|e| e.key.is_obj(n)),
                                                _ => false,
                                            };
                                            if hit {
                                                let obj = pop!();
                                                let v = pop!();
                                                let old = d.borrow_mut().set_value_at(i, v);
                                                drop(old);
                                                drop(obj);
                                                continue 'dispatch;
                                            }
                                        }
                                    } else {
                                        if let Payload::InstanceValues(iv) = &o.payload {
                                            if let Ok(mut iv) = iv.try_borrow_mut() {
                                                // The name is entry `i` of the class's keys (they
                                                // only grow): replace its value, or add it when it
                                                // is the next one and the values are still inline.
                                                let i = cache!(2) as usize;
                                                if i < iv.values.len() {
                                                    let obj = pop!();
                                                    let v = pop!();
                                                    let old = std::mem::replace(&mut iv.values[i], v);
                                                    drop(iv);
                                                    drop_value!(old);
                                                    drop(obj);
                                                    continue 'dispatch;
                                                }
                                                if i == iv.values.len() && o.dict.get().is_none() {
                                                    let obj = pop!();
                                                    let v = pop!();
                                                    iv.values.push(v);
                                                    drop(iv);
                                                    drop(obj);
                                                    continue 'dispatch;
                                                }
                                            }
                                        }
                                    }
                                }
                                miss!();
                            }
                            STORE_ATTR_SLOT => {
                                if class_version(o) == cache!(1) {
                                    if let Payload::Slots(sl) = &o.payload {
                                        let i = cache!(2) as usize;
                                        if i < sl.borrow().len() {
                                            let v = stack_at!(n - 2).clone();
                                            let old = std::mem::replace(&mut sl.borrow_mut()[i], v);
                                            drop(old);
                                            stack_truncate!(n - 2);
                                            continue 'dispatch;
                                        }
                                    }
                                }
                                miss!();
                            }
                            _ => {
                                adaptive!(vec![stack_at!(n - 1).clone(), stack_at!(n - 2).clone()]);
                            }
                        }
                    }
                    let name = code.names[arg as usize].clone();
                    let obj = pop!();
                    let v = pop!();
                    self.setattr(&obj, name, v)?;
                }};
            }
            // The arm of every POP_JUMP_IF_FALSE member, expanded once per member
            // with `op` a constant (so the member match folds away).
            macro_rules! pop_jump_if_false_family {
                ($member:expr) => {{
                    let op = $member;
                    let jump_if = op.family() == POP_JUMP_IF_TRUE;
                    let v = pop!();
                    let t = match crate::specialize::truth::kind_of(op) {
                        Some(kind) => match crate::specialize::truth::test(self, kind, &v) {
                            Some(t) => t,
                            None => {
                                miss!();
                                self.truthy(&v)?
                            }
                        },
                        None => {
                            adaptive!(vec![v.clone()]);
                            match v {
                                Value::Bool(b) => b,
                                _ => self.truthy(&v)?,
                            }
                        }
                    };
                    if t == jump_if {
                        jump!(arg as usize);
                    }
                }};
            }
            match op {
                NOP => {
                    advance!(NOP);
                }
                POP_TOP => {
                    advance!(POP_TOP);
                    drop_value!(pop!());
                }
                PUSH_NULL => {
                    advance!(PUSH_NULL);
                    push!(Value::Null)
                }
                COPY => {
                    advance!(COPY);
                    let n = stack_len!();
                    // The pushed copy goes above the source, which stays put.
                    let src: *const Value = stack_at!(n - arg as usize);
                    push_copy!(src);
                }
                SWAP => {
                    advance!(SWAP);
                    debug_assert!((1..=f!().stack.len()).contains(&(arg as usize)));
                    // SAFETY: `verify` checked that the stack holds `arg` items;
                    // two live slots trade places word by word.
                    unsafe {
                        let top = sp;
                        crate::value::swap_values(top.sub(1), top.sub(arg as usize));
                    }
                }
                LOAD_CONST => {
                    advance!(LOAD_CONST);
                    load_const!(arg)
                }
                LOAD_FAST => {
                    advance!(LOAD_FAST);
                    load_fast!(arg)
                }
                STORE_FAST => {
                    advance!(STORE_FAST);
                    store_fast!(arg)
                }
                // Superinstructions (quickening, see `specialize::quicken`):
                // the second instruction's argument is in the next word,
                // which they skip; errors in it report that word's position.
                LOAD_FAST__LOAD_FAST => {
                    advance!(LOAD_FAST__LOAD_FAST);
                    // Quickening pairs only whole instructions: `pc + 1` is one.
                    let (_, arg2) = decode(word_at!(pc + 1));
                    load_fast!(arg);
                    jump!(pc + 2);
                    load_fast!(arg2);
                }
                LOAD_FAST__LOAD_CONST => {
                    advance!(LOAD_FAST__LOAD_CONST);
                    let (_, arg2) = decode(word_at!(pc + 1));
                    load_fast!(arg);
                    jump!(pc + 2);
                    load_const!(arg2);
                }
                STORE_FAST__LOAD_FAST => {
                    advance!(STORE_FAST__LOAD_FAST);
                    let (_, arg2) = decode(word_at!(pc + 1));
                    store_fast!(arg);
                    jump!(pc + 2);
                    load_fast!(arg2);
                }
                STORE_FAST__JUMP => {
                    advance!(STORE_FAST__JUMP);
                    store_fast!(arg);
                    let (_, target) = decode(word_at!(pc + 1));
                    jump!(target as usize);
                }
                DELETE_FAST => {
                    advance!(DELETE_FAST);
                    if f!().fast[arg as usize].is_null() {
                        let name = code.co.varnames[arg as usize].clone();
                        return self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                    }
                    f!().fast[arg as usize] = Value::Null;
                }
                LOAD_NAME => {
                    advance!(LOAD_NAME);
                    let name = code.names[arg as usize].clone();
                    let locals = f!().locals.clone();
                    let v = self.load_name(&locals, &f!().globals.clone(), &f!().builtins.clone(), &name)?;
                    push!(v);
                }
                STORE_NAME => {
                    advance!(STORE_NAME);
                    let name = code.names[arg as usize].clone();
                    let v = pop!();
                    let locals = f!().locals.clone();
                    let target = if locals.is_null() { Value::Obj(f!().globals.clone()) } else { locals };
                    self.setitem(&target, name, v)?;
                }
                DELETE_NAME => {
                    advance!(DELETE_NAME);
                    let name = code.names[arg as usize].clone();
                    let locals = f!().locals.clone();
                    let target = if locals.is_null() { Value::Obj(f!().globals.clone()) } else { locals };
                    if let Err(e) = self.delitem(&target, &name) {
                        if self.exc_matches(&e, "KeyError") {
                            let n = crate::builtins::str_of(&name).unwrap_or("").to_string();
                            return self.name_error(&n);
                        }
                        return Err(e);
                    }
                }
                LOAD_GLOBAL => {
                    advance!(LOAD_GLOBAL);
                    load_global_family!(LOAD_GLOBAL)
                }
                LOAD_GLOBAL_MODULE => {
                    advance!(LOAD_GLOBAL_MODULE);
                    load_global_family!(LOAD_GLOBAL_MODULE)
                }
                LOAD_GLOBAL_BUILTIN => {
                    advance!(LOAD_GLOBAL_BUILTIN);
                    load_global_family!(LOAD_GLOBAL_BUILTIN)
                }
                STORE_GLOBAL => {
                    advance!(STORE_GLOBAL);
                    let name = code.names[arg as usize].clone();
                    let v = pop!();
                    let g = Value::Obj(f!().globals.clone());
                    self.setitem(&g, name, v)?;
                }
                DELETE_GLOBAL => {
                    advance!(DELETE_GLOBAL);
                    let name = code.names[arg as usize].clone();
                    let g = Value::Obj(f!().globals.clone());
                    if let Err(e) = self.delitem(&g, &name) {
                        if self.exc_matches(&e, "KeyError") {
                            let n = crate::builtins::str_of(&name).unwrap_or("").to_string();
                            return self.name_error(&n);
                        }
                        return Err(e);
                    }
                }
                LOAD_DEREF | LOAD_CLASSDEREF => {
                    advance!(LOAD_DEREF);
                    if op == LOAD_CLASSDEREF {
                        let name = self.deref_name(code, arg);
                        let locals = f!().locals.clone();
                        if let Value::Obj(l) = &locals {
                            if let Payload::Dict(d) = &l.payload {
                                let key = self.intern(&name);
                                if let Some(v) = crate::dictops::dict_get_str(self, d, &key)? {
                                    push!(v);
                                    continue;
                                }
                            }
                        }
                    }
                    // The cell is read in place (the frame holds it).
                    let v = match &f!().fast[code.nlocals + arg as usize] {
                        Value::Obj(c) => match &c.payload {
                            Payload::Cell(v) => v.borrow().clone(),
                            _ => Value::Null,
                        },
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        let name = self.deref_name(code, arg);
                        if (arg as usize) < code.ncells {
                            return self.err(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                        return self.err(
                            "NameError",
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        );
                    }
                    push!(v);
                }
                STORE_DEREF => {
                    advance!(STORE_DEREF);
                    let v = pop!();
                    if let Value::Obj(c) = &f!().fast[code.nlocals + arg as usize] {
                        if let Payload::Cell(cv) = &c.payload {
                            let old = cv.replace(v);
                            drop(old);
                        }
                    }
                }
                DELETE_DEREF => {
                    advance!(DELETE_DEREF);
                    if let Value::Obj(c) = &f!().fast[code.nlocals + arg as usize] {
                        if let Payload::Cell(cv) = &c.payload {
                            cv.replace(Value::Null);
                        }
                    }
                }
                LOAD_CLOSURE => {
                    advance!(LOAD_CLOSURE);
                    let c = f!().fast[code.nlocals + arg as usize].clone();
                    push!(c);
                }
                LOAD_ATTR => {
                    advance!(LOAD_ATTR);
                    load_attr_family!(LOAD_ATTR)
                }
                LOAD_ATTR_WITH_HINT => {
                    advance!(LOAD_ATTR_WITH_HINT);
                    load_attr_family!(LOAD_ATTR_WITH_HINT)
                }
                LOAD_ATTR_INSTANCE_VALUE => {
                    advance!(LOAD_ATTR_INSTANCE_VALUE);
                    load_attr_family!(LOAD_ATTR_INSTANCE_VALUE)
                }
                LOAD_ATTR_SLOT => {
                    advance!(LOAD_ATTR_SLOT);
                    load_attr_family!(LOAD_ATTR_SLOT)
                }
                LOAD_ATTR_CLASS => {
                    advance!(LOAD_ATTR_CLASS);
                    load_attr_family!(LOAD_ATTR_CLASS)
                }
                LOAD_ATTR_MODULE => {
                    advance!(LOAD_ATTR_MODULE);
                    load_attr_family!(LOAD_ATTR_MODULE)
                }
                LOAD_ATTR_PROPERTY => {
                    advance!(LOAD_ATTR_PROPERTY);
                    load_attr_family!(LOAD_ATTR_PROPERTY)
                }
                STORE_ATTR => {
                    advance!(STORE_ATTR);
                    store_attr_family!(STORE_ATTR)
                }
                STORE_ATTR_WITH_HINT => {
                    advance!(STORE_ATTR_WITH_HINT);
                    store_attr_family!(STORE_ATTR_WITH_HINT)
                }
                STORE_ATTR_INSTANCE_VALUE => {
                    advance!(STORE_ATTR_INSTANCE_VALUE);
                    store_attr_family!(STORE_ATTR_INSTANCE_VALUE)
                }
                STORE_ATTR_SLOT => {
                    advance!(STORE_ATTR_SLOT);
                    store_attr_family!(STORE_ATTR_SLOT)
                }
                DELETE_ATTR => {
                    advance!(DELETE_ATTR);
                    let name = code.names[arg as usize].clone();
                    let obj = pop!();
                    self.delattr(&obj, &name)?;
                }
                LOAD_METHOD => {
                    advance!(LOAD_METHOD);
                    load_method_family!(LOAD_METHOD)
                }
                LOAD_METHOD_WITH_DICT => {
                    advance!(LOAD_METHOD_WITH_DICT);
                    load_method_family!(LOAD_METHOD_WITH_DICT)
                }
                LOAD_METHOD_NO_DICT => {
                    advance!(LOAD_METHOD_NO_DICT);
                    load_method_family!(LOAD_METHOD_NO_DICT)
                }
                LOAD_METHOD_POLY => {
                    advance!(LOAD_METHOD_POLY);
                    load_method_family!(LOAD_METHOD_POLY)
                }
                LOAD_METHOD_INSTANCE => {
                    advance!(LOAD_METHOD_INSTANCE);
                    load_method_family!(LOAD_METHOD_INSTANCE)
                }
                LOAD_METHOD_MODULE => {
                    advance!(LOAD_METHOD_MODULE);
                    load_method_family!(LOAD_METHOD_MODULE)
                }
                // The specialized members each have their own arm (no second
                // dispatch on the family member); a guard that fails runs
                // the generic path.
                BINARY_OP_ADD_INT => {
                    advance!(BINARY_OP_ADD_INT);
                    int_binop!(checked_add)
                }
                BINARY_OP_SUBTRACT_INT => {
                    advance!(BINARY_OP_SUBTRACT_INT);
                    int_binop!(checked_sub)
                }
                BINARY_OP_MULTIPLY_INT => {
                    advance!(BINARY_OP_MULTIPLY_INT);
                    int_binop!(checked_mul)
                }
                BINARY_OP_ADD_FLOAT => {
                    advance!(BINARY_OP_ADD_FLOAT);
                    float_binop!(+)
                }
                BINARY_OP_SUBTRACT_FLOAT => {
                    advance!(BINARY_OP_SUBTRACT_FLOAT);
                    float_binop!(-)
                }
                BINARY_OP_MULTIPLY_FLOAT => {
                    advance!(BINARY_OP_MULTIPLY_FLOAT);
                    float_binop!(*)
                }
                BINARY_OP_TRUE_DIVIDE_FLOAT => {
                    advance!(BINARY_OP_TRUE_DIVIDE_FLOAT);
                    let n = stack_len!();
                    if let (Value::Float(a), Value::Float(b)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        if *b != 0.0 {
                            set_top_two_inline!(Value::float(a / b));
                            continue 'dispatch;
                        }
                    }
                    miss!();
                    binary_generic!();
                }
                // As the generic path's inline-int case: same results and errors.
                BINARY_OP_INT => {
                    advance!(BINARY_OP_INT);
                    let n = stack_len!();
                    if let (Value::Int(a), Value::Int(b)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        let op = BINOPS[(arg % BINOP_INPLACE) as usize];
                        if let Some(r) = crate::int::small_binop(*a, *b, op) {
                            set_top_two_inline!(Value::Int(r));
                            continue 'dispatch;
                        }
                        let (a, b) = (crate::int::IntVal::Small(*a), crate::int::IntVal::Small(*b));
                        let r = crate::int::int_binop(self, &a, &b, op)?;
                        if let Some(r) = r {
                            set_top_two_inline!(r);
                            continue 'dispatch;
                        }
                    }
                    miss!();
                    binary_generic!();
                }
                BINARY_OP_ADD_STR => {
                    advance!(BINARY_OP_ADD_STR);
                    let n = stack_len!();
                    let r = match (stack_at!(n - 2), stack_at!(n - 1)) {
                        (Value::Obj(a), Value::Obj(b))
                            if Rc::ptr_eq(a.class(), &self.types.str_) && Rc::ptr_eq(b.class(), &self.types.str_) =>
                        {
                            match (&a.payload, &b.payload) {
                                // Lone surrogates: the generic path.
                                (Payload::Str(x), Payload::Str(y)) if !(x.has_surrogates() | y.has_surrogates()) => {
                                    let mut s = String::with_capacity(x.byte_len() + y.byte_len());
                                    s.push_str(x.as_str());
                                    s.push_str(y.as_str());
                                    Some(self.new_string(s))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some(r) = r {
                        set_top_two!(r);
                        continue 'dispatch;
                    }
                    miss!();
                    binary_generic!();
                }
                BINARY_OP_INPLACE_ADD_UNICODE => {
                    advance!(BINARY_OP_INPLACE_ADD_UNICODE);
                    let next = next_pc;
                    let done = self.inplace_add_unicode(f!(), code, next);
                    // It pops its operands itself when it succeeds.
                    resync!();
                    if done {
                        jump!(next + 1);
                        continue 'dispatch;
                    }
                    miss!();
                    binary_generic!();
                }
                BINARY_OP => {
                    advance!(BINARY_OP);
                    let n = stack_len!();
                    adaptive!(vec![stack_at!(n - 2).clone(), stack_at!(n - 1).clone()]);
                    binary_generic!();
                }
                // The specialized comparisons each have their own arm (no
                // second dispatch on the family member).
                COMPARE_OP_INT => {
                    advance!(COMPARE_OP_INT);
                    let n = stack_len!();
                    if let (Value::Int(x), Value::Int(y)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        let r = crate::ops::ord_in_mask(x.cmp(y), crate::ops::cmp_mask(arg));
                        // SAFETY: the two operands are inline ints, which
                        // need no drop.
                        unsafe { set_sp!(sp.sub(2)) };
                        compare_done!(r);
                    }
                    miss!();
                    compare_generic!();
                }
                COMPARE_OP_FLOAT => {
                    advance!(COMPARE_OP_FLOAT);
                    let n = stack_len!();
                    if let (Value::Float(x), Value::Float(y)) = (stack_at!(n - 2), stack_at!(n - 1)) {
                        let r = crate::ops::compare_floats(*x, *y, CMPOPS[arg as usize]);
                        // SAFETY: inline floats need no drop.
                        unsafe { set_sp!(sp.sub(2)) };
                        compare_done!(r);
                    }
                    miss!();
                    compare_generic!();
                }
                COMPARE_OP_STR => {
                    advance!(COMPARE_OP_STR);
                    let n = stack_len!();
                    let r = match (stack_at!(n - 2), stack_at!(n - 1)) {
                        (Value::Obj(a), Value::Obj(b))
                            if Rc::ptr_eq(a.class(), &self.types.str_) && Rc::ptr_eq(b.class(), &self.types.str_) =>
                        {
                            match (&a.payload, &b.payload) {
                                (Payload::Str(x), Payload::Str(y)) if !(x.has_surrogates() | y.has_surrogates()) => {
                                    Some(crate::ops::ord_matches(x.as_str().cmp(y.as_str()), CMPOPS[arg as usize]))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some(r) = r {
                        stack_truncate!(n - 2);
                        compare_done!(r);
                    }
                    miss!();
                    compare_generic!();
                }
                COMPARE_OP => {
                    advance!(COMPARE_OP);
                    let n = stack_len!();
                    adaptive!(vec![stack_at!(n - 2).clone(), stack_at!(n - 1).clone()]);
                    compare_generic!();
                }
                IS_OP => {
                    advance!(IS_OP);
                    let n = stack_len!();
                    let r = stack_at!(n - 2).is(stack_at!(n - 1)) != (arg == 1);
                    let b = pop!();
                    let a = pop!();
                    drop_value!(b);
                    drop_value!(a);
                    // Fused with a following conditional jump, as the
                    // specialized comparisons are.
                    compare_done!(r);
                }
                CONTAINS_OP => {
                    advance!(CONTAINS_OP);
                    contains_op_family!(CONTAINS_OP)
                }
                CONTAINS_OP_DICT => {
                    advance!(CONTAINS_OP_DICT);
                    contains_op_family!(CONTAINS_OP_DICT)
                }
                CONTAINS_OP_SET => {
                    advance!(CONTAINS_OP_SET);
                    contains_op_family!(CONTAINS_OP_SET)
                }
                CONTAINS_OP_STR => {
                    advance!(CONTAINS_OP_STR);
                    contains_op_family!(CONTAINS_OP_STR)
                }
                UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT => {
                    advance!(UNARY_POSITIVE);
                    let a = pop!();
                    let r = self.unary_op(&a, op)?;
                    push!(r);
                }
                UNARY_NOT => {
                    advance!(UNARY_NOT);
                    // Bools, ints and None in place; anything else asks `truthy`.
                    let quick = match stack_at!(stack_len!() - 1) {
                        Value::Bool(b) => Some(!*b),
                        Value::Int(i) => Some(*i == 0),
                        Value::None => Some(true),
                        _ => None,
                    };
                    match quick {
                        Some(r) => set_top!(Value::Bool(r)),
                        None => {
                            let a = pop!();
                            let t = self.truthy(&a)?;
                            push!(Value::Bool(!t));
                        }
                    }
                }
                BINARY_SUBSCR => {
                    advance!(BINARY_SUBSCR);
                    binary_subscr_family!(BINARY_SUBSCR)
                }
                BINARY_SUBSCR_LIST_INT => {
                    advance!(BINARY_SUBSCR_LIST_INT);
                    binary_subscr_family!(BINARY_SUBSCR_LIST_INT)
                }
                BINARY_SUBSCR_TUPLE_INT => {
                    advance!(BINARY_SUBSCR_TUPLE_INT);
                    binary_subscr_family!(BINARY_SUBSCR_TUPLE_INT)
                }
                BINARY_SUBSCR_DICT => {
                    advance!(BINARY_SUBSCR_DICT);
                    binary_subscr_family!(BINARY_SUBSCR_DICT)
                }
                BINARY_SUBSCR_STR_INT => {
                    advance!(BINARY_SUBSCR_STR_INT);
                    binary_subscr_family!(BINARY_SUBSCR_STR_INT)
                }
                STORE_SUBSCR => {
                    advance!(STORE_SUBSCR);
                    store_subscr_family!(STORE_SUBSCR)
                }
                STORE_SUBSCR_LIST_INT => {
                    advance!(STORE_SUBSCR_LIST_INT);
                    store_subscr_family!(STORE_SUBSCR_LIST_INT)
                }
                STORE_SUBSCR_DICT => {
                    advance!(STORE_SUBSCR_DICT);
                    store_subscr_family!(STORE_SUBSCR_DICT)
                }
                DELETE_SUBSCR => {
                    advance!(DELETE_SUBSCR);
                    let key = pop!();
                    let obj = pop!();
                    self.delitem(&obj, &key)?;
                }
                BUILD_SLICE => {
                    advance!(BUILD_SLICE);
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    push!(self.new_object(self.types.slice.clone(), Payload::Slice(start, stop, step)));
                }
                BUILD_TUPLE => {
                    advance!(BUILD_TUPLE);
                    let n = stack_len!() - arg as usize;
                    let items = stack_split_off!(n);
                    push!(self.new_tuple(items));
                }
                BUILD_LIST => {
                    advance!(BUILD_LIST);
                    let n = stack_len!() - arg as usize;
                    let items = stack_split_off!(n);
                    push!(self.new_list(items));
                }
                BUILD_SET => {
                    advance!(BUILD_SET);
                    let n = stack_len!() - arg as usize;
                    let items = stack_split_off!(n);
                    let s = self.new_set(false);
                    for it in items {
                        self.set_add_value(&s, it)?;
                    }
                    push!(s);
                }
                BUILD_MAP => {
                    advance!(BUILD_MAP);
                    let n = stack_len!() - 2 * arg as usize;
                    let items = stack_split_off!(n);
                    let d = self.new_dict_obj(crate::dict::Dict::with_capacity(arg as usize));
                    if let Payload::Dict(dd) = &d.payload {
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            crate::dictops::dict_set(self, dd, k, v)?;
                        }
                    }
                    push!(Value::Obj(d));
                }
                BUILD_STRING => {
                    advance!(BUILD_STRING);
                    let n = stack_len!() - arg as usize;
                    let s = self.build_string(stack_from!(n));
                    stack_truncate!(n);
                    push!(s);
                }
                LIST_APPEND => {
                    advance!(LIST_APPEND);
                    let v = pop!();
                    let n = stack_len!();
                    if let Value::Obj(l) = stack_at!(n - arg as usize) {
                        if let Payload::List(items) = &l.payload {
                            items.borrow_mut().push(v);
                        }
                    }
                }
                SET_ADD => {
                    advance!(SET_ADD);
                    let v = pop!();
                    let n = stack_len!();
                    let s = stack_at!(n - arg as usize).clone();
                    self.set_add_value(&s, v)?;
                }
                MAP_ADD => {
                    advance!(MAP_ADD);
                    let v = pop!();
                    let k = pop!();
                    let n = stack_len!();
                    let d = stack_at!(n - arg as usize).clone();
                    self.setitem(&d, k, v)?;
                }
                LIST_EXTEND => {
                    advance!(LIST_EXTEND);
                    let v = pop!();
                    let n = stack_len!();
                    let l = stack_at!(n - arg as usize).clone();
                    let items = match self.iterate(&v) {
                        Ok(i) => i,
                        Err(e) => {
                            if self.exc_matches(&e, "TypeError") && !self.has_iter(&v) {
                                return self.type_error(format!("Value after * must be an iterable, not {}", self.type_name(&v)));
                            }
                            return Err(e);
                        }
                    };
                    if let Value::Obj(lo) = &l {
                        if let Payload::List(li) = &lo.payload {
                            li.borrow_mut().extend(items);
                        }
                    }
                }
                SET_UPDATE => {
                    advance!(SET_UPDATE);
                    let v = pop!();
                    let n = stack_len!();
                    let s = stack_at!(n - arg as usize).clone();
                    for it in self.iterate(&v)? {
                        self.set_add_value(&s, it)?;
                    }
                }
                DICT_UPDATE | DICT_MERGE => {
                    advance!(DICT_UPDATE);
                    let v = pop!();
                    let n = stack_len!();
                    let d = stack_at!(n - arg as usize).clone();
                    if op == DICT_MERGE {
                        // Below the dict: the positional tuple, the callable.
                        let func = stack_at!(n - arg as usize - 2).clone();
                        self.dict_merge_kwargs(&func, &d, &v)?;
                    } else {
                        if !self.is_mapping(&v) {
                            return self.type_error(format!("'{}' object is not a mapping", self.type_name(&v)));
                        }
                        self.dict_update(&d, &v)?;
                    }
                }
                LIST_TO_TUPLE => {
                    advance!(LIST_TO_TUPLE);
                    let l = pop!();
                    let items = match &l {
                        Value::Obj(o) => match &o.payload {
                            Payload::List(v) => v.borrow().clone(),
                            _ => vec![],
                        },
                        _ => vec![],
                    };
                    push!(self.new_tuple(items));
                }
                FORMAT_VALUE => {
                    advance!(FORMAT_VALUE);
                    let spec = if arg & 4 != 0 { pop!() } else { Value::Null };
                    let v = pop!();
                    let v = match arg & 3 {
                        1 => self.str(&v)?,
                        2 => self.repr(&v)?,
                        3 => self.ascii(&v)?,
                        _ => v,
                    };
                    let r = if spec.is_null() && self.isinstance_exact(&v, &self.types.str_) {
                        v
                    } else if spec.is_null() && matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None) {
                        // `format(x, '')` is `str(x)` for these.
                        self.str(&v)?
                    } else {
                        let spec = if spec.is_null() { self.new_str("") } else { spec };
                        self.format(&v, &spec)?
                    };
                    push!(r);
                }
                UNPACK_SEQUENCE => {
                    advance!(UNPACK_SEQUENCE);
                    unpack_sequence_family!(UNPACK_SEQUENCE)
                }
                UNPACK_SEQUENCE_TWO_TUPLE => {
                    advance!(UNPACK_SEQUENCE_TWO_TUPLE);
                    unpack_sequence_family!(UNPACK_SEQUENCE_TWO_TUPLE)
                }
                UNPACK_SEQUENCE_TUPLE => {
                    advance!(UNPACK_SEQUENCE_TUPLE);
                    unpack_sequence_family!(UNPACK_SEQUENCE_TUPLE)
                }
                UNPACK_SEQUENCE_LIST => {
                    advance!(UNPACK_SEQUENCE_LIST);
                    unpack_sequence_family!(UNPACK_SEQUENCE_LIST)
                }
                UNPACK_EX => {
                    advance!(UNPACK_EX);
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.iterate(&seq)?;
                    if items.len() < before + after {
                        return self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        push!(v);
                    }
                    push!(self.new_list(middle));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                JUMP => {
                    advance!(JUMP);
                    jump!(arg as usize)
                }
                POP_JUMP_IF_FALSE_BOOL => {
                    advance!(POP_JUMP_IF_FALSE_BOOL);
                    bool_jump!(false)
                }
                POP_JUMP_IF_TRUE_BOOL => {
                    advance!(POP_JUMP_IF_TRUE_BOOL);
                    bool_jump!(true)
                }
                POP_JUMP_IF_FALSE => {
                    advance!(POP_JUMP_IF_FALSE);
                    pop_jump_if_false_family!(POP_JUMP_IF_FALSE)
                }
                POP_JUMP_IF_TRUE => {
                    advance!(POP_JUMP_IF_TRUE);
                    pop_jump_if_false_family!(POP_JUMP_IF_TRUE)
                }
                POP_JUMP_IF_FALSE_INT => {
                    advance!(POP_JUMP_IF_FALSE_INT);
                    pop_jump_if_false_family!(POP_JUMP_IF_FALSE_INT)
                }
                POP_JUMP_IF_FALSE_NONE => {
                    advance!(POP_JUMP_IF_FALSE_NONE);
                    pop_jump_if_false_family!(POP_JUMP_IF_FALSE_NONE)
                }
                POP_JUMP_IF_FALSE_LIST => {
                    advance!(POP_JUMP_IF_FALSE_LIST);
                    pop_jump_if_false_family!(POP_JUMP_IF_FALSE_LIST)
                }
                POP_JUMP_IF_FALSE_STR => {
                    advance!(POP_JUMP_IF_FALSE_STR);
                    pop_jump_if_false_family!(POP_JUMP_IF_FALSE_STR)
                }
                POP_JUMP_IF_TRUE_INT => {
                    advance!(POP_JUMP_IF_TRUE_INT);
                    pop_jump_if_false_family!(POP_JUMP_IF_TRUE_INT)
                }
                POP_JUMP_IF_TRUE_NONE => {
                    advance!(POP_JUMP_IF_TRUE_NONE);
                    pop_jump_if_false_family!(POP_JUMP_IF_TRUE_NONE)
                }
                POP_JUMP_IF_TRUE_LIST => {
                    advance!(POP_JUMP_IF_TRUE_LIST);
                    pop_jump_if_false_family!(POP_JUMP_IF_TRUE_LIST)
                }
                POP_JUMP_IF_TRUE_STR => {
                    advance!(POP_JUMP_IF_TRUE_STR);
                    pop_jump_if_false_family!(POP_JUMP_IF_TRUE_STR)
                }
                POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => {
                    advance!(POP_JUMP_IF_NONE);
                    let v = pop!();
                    if v.is_none() == (op == POP_JUMP_IF_NONE) {
                        jump!(arg as usize);
                    }
                }
                JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                    advance!(JUMP_IF_FALSE_OR_POP);
                    let v = top!();
                    let t = self.truthy(&v)?;
                    if t == (op == JUMP_IF_TRUE_OR_POP) {
                        jump!(arg as usize);
                    } else {
                        pop!();
                    }
                }
                GET_ITER => {
                    advance!(GET_ITER);
                    let v = pop!();
                    let it = self.iter(&v)?;
                    push!(it);
                }
                FOR_ITER => {
                    advance!(FOR_ITER);
                    for_iter_family!(FOR_ITER)
                }
                FOR_ITER_LIST => {
                    advance!(FOR_ITER_LIST);
                    for_iter_family!(FOR_ITER_LIST)
                }
                FOR_ITER_RANGE => {
                    advance!(FOR_ITER_RANGE);
                    for_iter_family!(FOR_ITER_RANGE)
                }
                FOR_ITER_TUPLE => {
                    advance!(FOR_ITER_TUPLE);
                    for_iter_family!(FOR_ITER_TUPLE)
                }
                FOR_ITER_STR => {
                    advance!(FOR_ITER_STR);
                    for_iter_family!(FOR_ITER_STR)
                }
                FOR_ITER_GEN => {
                    advance!(FOR_ITER_GEN);
                    for_iter_family!(FOR_ITER_GEN)
                }
                RETURN_VALUE => {
                    advance!(RETURN_VALUE);
                    let v = pop!();
                    if f!().is_entry || !f!().init_self.is_null() {
                        return Ok(Flow::Return(v));
                    }
                    // Return to the Python caller without leaving this loop.
                    let Some(done) = self.frames.pop() else {
                        return self.err("SystemError", "frame stack underflow");
                    };
                    fp = match self.frames.last_mut() {
                        Some(f) => &mut **f,
                        None => return Ok(Flow::Return(v)),
                    };
                    code = frame_code!();
                    words = code.words.as_ptr();
                    next_pc = f!().pc;
                    resync!();
                    self.free_frame(done);
                    push!(v);
                }
                MAKE_FUNCTION => {
                    advance!(MAKE_FUNCTION);
                    let code_v = pop!();
                    let closure = if arg & 8 != 0 { pop!() } else { Value::Null };
                    let annotations = if arg & 4 != 0 { pop!() } else { Value::Null };
                    let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::Null };
                    let defaults = if arg & 1 != 0 { pop!() } else { Value::Null };
                    let globals = f!().globals.clone();
                    let builtins = f!().builtins.clone();
                    let func = self.make_function(code_v, globals, builtins, defaults, kwdefaults, annotations, closure)?;
                    push!(func);
                }
                KW_NAMES => {
                    advance!(KW_NAMES);
                    f!().kwnames = Some(code.consts[arg as usize].clone());
                }
                CALL => {
                    advance!(CALL);
                    call_family!(CALL)
                }
                CALL_PY_EXACT_ARGS => {
                    advance!(CALL_PY_EXACT_ARGS);
                    call_family!(CALL_PY_EXACT_ARGS)
                }
                CALL_PY_WITH_DEFAULTS => {
                    advance!(CALL_PY_WITH_DEFAULTS);
                    call_family!(CALL_PY_WITH_DEFAULTS)
                }
                CALL_BUILTIN => {
                    advance!(CALL_BUILTIN);
                    call_family!(CALL_BUILTIN)
                }
                CALL_ALLOC_AND_ENTER_INIT => {
                    advance!(CALL_ALLOC_AND_ENTER_INIT);
                    call_family!(CALL_ALLOC_AND_ENTER_INIT)
                }
                CALL_METHOD_DESCRIPTOR => {
                    advance!(CALL_METHOD_DESCRIPTOR);
                    call_family!(CALL_METHOD_DESCRIPTOR)
                }
                CALL_BOUND_METHOD_EXACT_ARGS => {
                    advance!(CALL_BOUND_METHOD_EXACT_ARGS);
                    call_family!(CALL_BOUND_METHOD_EXACT_ARGS)
                }
                CALL_LEN => {
                    advance!(CALL_LEN);
                    call_family!(CALL_LEN)
                }
                CALL_ISINSTANCE => {
                    advance!(CALL_ISINSTANCE);
                    call_family!(CALL_ISINSTANCE)
                }
                CALL_TYPE_1 => {
                    advance!(CALL_TYPE_1);
                    call_family!(CALL_TYPE_1)
                }
                CALL_BUILTIN_CLASS => {
                    advance!(CALL_BUILTIN_CLASS);
                    call_family!(CALL_BUILTIN_CLASS)
                }
                CALL_LIST_APPEND => {
                    advance!(CALL_LIST_APPEND);
                    call_family!(CALL_LIST_APPEND)
                }
                CALL_FUNCTION_EX => {
                    advance!(CALL_FUNCTION_EX);
                    let kwargs = if arg & 1 != 0 { pop!() } else { Value::Null };
                    let args = pop!();
                    let func = pop!();
                    pop!();
                    let (all, kwn) = self.spread_call_args(&func, &args, &kwargs)?;
                    // Python functions run in a new frame on the same loop.
                    if let Some(frame) = self.try_push_py_call(&func, &all, &kwn)? {
                        enter_frame!(frame, 'dispatch);
                    }
                    let npos = all.len() - kwn.len();
                    let r = self.call(&func, Args { pos: &all[..npos], kwnames: &kwn, kwvals: &all[npos..] })?;
                    push!(r);
                    check_stats_switch!();
                }
                LOAD_BUILD_CLASS => {
                    advance!(LOAD_BUILD_CLASS);
                    let b = self.builtins.clone();
                    let key = self.intern("__build_class__");
                    let v = match &b.payload {
                        Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &key)?,
                        _ => None,
                    };
                    match v {
                        Some(v) => push!(v),
                        None => return self.err("NameError", "__build_class__ not found"),
                    }
                }
                PUSH_EXC_INFO => {
                    advance!(PUSH_EXC_INFO);
                    let exc = pop!();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    push!(prev);
                    push!(exc);
                }
                POP_EXCEPT => {
                    advance!(POP_EXCEPT);
                    let prev = pop!();
                    self.handled = prev;
                }
                RERAISE => {
                    advance!(RERAISE);
                    let exc = pop!();
                    return match exc {
                        Value::Obj(e) => {
                            self.reraising = true;
                            Err(e)
                        }
                        _ => self.err("SystemError", "RERAISE of a non-exception"),
                    };
                }
                RAISE_VARARGS => {
                    advance!(RAISE_VARARGS);
                    let cause = if arg >= 2 { pop!() } else { Value::Null };
                    let exc = if arg >= 1 { pop!() } else { Value::Null };
                    return Err(self.do_raise(exc, cause)?);
                }
                CHECK_EXC_MATCH => {
                    advance!(CHECK_EXC_MATCH);
                    let t = pop!();
                    let e = top!();
                    let r = self.exception_matches(&e, &t)?;
                    push!(Value::Bool(r));
                }
                CHECK_EG_MATCH | PREP_RERAISE_STAR => {
                    advance!(CHECK_EG_MATCH);
                    return self.err("SystemError", "except* is not supported");
                }
                WITH_EXCEPT_START => {
                    advance!(WITH_EXCEPT_START);
                    let n = stack_len!();
                    let exc = stack_at!(n - 1).clone();
                    let exit = stack_at!(n - 3).clone();
                    let t = Value::Obj(self.type_of(&exc));
                    let tb = self.traceback_of(&exc);
                    let r = self.call(&exit, Args::new(&[t, exc, tb]))?;
                    push!(r);
                }
                BEFORE_WITH => {
                    advance!(BEFORE_WITH);
                    let mgr = pop!();
                    let enter_name = self.intern("__enter__");
                    let exit_name = self.intern("__exit__");
                    let ty = self.type_of(&mgr);
                    let enter = self.lookup_type_attr(&ty, &enter_name);
                    let exit = self.lookup_type_attr(&ty, &exit_name);
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let tn = self.type_name(&mgr);
                        let what = if self.lookup_type_attr(&ty, &enter_name).is_none() { "" } else { " (missed __exit__ method)" };
                        return self.type_error(format!("'{tn}' object does not support the context manager protocol{what}"));
                    };
                    let exit_bound = self.bind_descriptor(&exit, &mgr, &Value::Obj(ty.clone()))?;
                    let enter_bound = self.bind_descriptor(&enter, &mgr, &Value::Obj(ty))?;
                    push!(exit_bound);
                    let r = self.call(&enter_bound, Args::new(&[]))?;
                    push!(r);
                }
                IMPORT_NAME => {
                    advance!(IMPORT_NAME);
                    let fromlist = pop!();
                    let level = pop!();
                    let name = code.names[arg as usize].clone();
                    let globals = f!().globals.clone();
                    let m = self.import_name(&name, &fromlist, &level, &globals)?;
                    push!(m);
                }
                IMPORT_FROM => {
                    advance!(IMPORT_FROM);
                    let m = top!();
                    let name = code.names[arg as usize].clone();
                    let v = self.import_from(&m, &name)?;
                    push!(v);
                }
                IMPORT_STAR => {
                    advance!(IMPORT_STAR);
                    let m = pop!();
                    let locals = f!().locals.clone();
                    let target = if locals.is_null() { Value::Obj(f!().globals.clone()) } else { locals };
                    self.import_star(&m, &target)?;
                }
                YIELD_VALUE => {
                    advance!(YIELD_VALUE);
                    let v = pop!();
                    return Ok(Flow::Yield(v));
                }
                SEND => {
                    advance!(SEND);
                    let v = pop!();
                    let recv = top!();
                    match self.send(&recv, v)? {
                        Ok(y) => push!(y),
                        Err(ret) => {
                            pop!();
                            push!(ret);
                            jump!(arg as usize);
                        }
                    }
                }
                GET_AWAITABLE => {
                    advance!(GET_AWAITABLE);
                    let v = pop!();
                    let it = self.get_awaitable(&v)?;
                    push!(it);
                }
                BEFORE_ASYNC_WITH => {
                    advance!(BEFORE_ASYNC_WITH);
                    let mgr = pop!();
                    let (exit, entered) = self.before_async_with(&mgr)?;
                    push!(exit);
                    push!(entered);
                }
                GET_AITER => {
                    advance!(GET_AITER);
                    let v = pop!();
                    let it = self.get_aiter(&v)?;
                    push!(it);
                }
                GET_ANEXT => {
                    advance!(GET_ANEXT);
                    let aiter = top!();
                    let it = self.get_anext(&aiter)?;
                    push!(it);
                }
                END_ASYNC_FOR => {
                    advance!(END_ASYNC_FOR);
                    let exc = pop!();
                    let Value::Obj(e) = exc else { return self.err("SystemError", "END_ASYNC_FOR without an exception") };
                    if !self.exc_matches(&e, "StopAsyncIteration") {
                        self.reraising = true;
                        return Err(e);
                    }
                    pop!();
                }
                GET_YIELD_FROM_ITER => {
                    advance!(GET_YIELD_FROM_ITER);
                    let v = pop!();
                    let it = match &v {
                        Value::Obj(o) if crate::generator::is_coroutine(o) => {
                            if !f!().code.co.flags.has(CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE) {
                                return self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                            }
                            v.clone()
                        }
                        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => v.clone(),
                        _ => self.iter(&v)?,
                    };
                    push!(it);
                }
                SETUP_ANNOTATIONS => {
                    advance!(SETUP_ANNOTATIONS);
                    let locals = f!().locals.clone();
                    let target = if locals.is_null() { Value::Obj(f!().globals.clone()) } else { locals };
                    let key = self.intern("__annotations__");
                    if !self.contains(&target, &key)? {
                        let d = self.new_dict();
                        self.setitem(&target, key, d)?;
                    }
                }
                LOAD_ASSERTION_ERROR => {
                    advance!(LOAD_ASSERTION_ERROR);
                    push!(Value::Obj(self.exc_type("AssertionError")))
                }
                MATCH_MAPPING => {
                    advance!(MATCH_MAPPING);
                    let v = top!();
                    let r = self.is_mapping_for_match(&v);
                    push!(Value::Bool(r));
                }
                MATCH_SEQUENCE => {
                    advance!(MATCH_SEQUENCE);
                    let v = top!();
                    let r = self.is_sequence_for_match(&v);
                    push!(Value::Bool(r));
                }
                MATCH_KEYS => {
                    advance!(MATCH_KEYS);
                    let n = stack_len!();
                    let keys = stack_at!(n - 1).clone();
                    let subject = stack_at!(n - 2).clone();
                    let r = self.match_keys(&subject, &keys)?;
                    push!(r);
                }
                MATCH_CLASS => {
                    advance!(MATCH_CLASS);
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                    push!(r);
                }
                GET_LEN => {
                    advance!(GET_LEN);
                    let v = top!();
                    let n = self.len(&v)?;
                    push!(Value::Int(n as i64));
                }
                LOAD_LOCALS => {
                    advance!(LOAD_LOCALS);
                    let l = f!().locals.clone();
                    push!(l);
                }
            }
        }
    }

    /// Takes a frame from the pool (or makes one) for `code`.
    /// A frame for a call of a function with this code and these dicts:
    /// a pooled one when there is one (see `Frame::reset`).
    #[inline(always)]
    pub fn alloc_frame(&mut self, code: &Rc<crate::code::Code>, globals: &Obj, builtins: &Obj) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins);
                f
            }
            None => Box::new(Frame::new(code.clone(), globals.clone(), builtins.clone(), Value::Null)),
        }
    }

    /// CALL_LEN: `len(v)`, exact builtin containers inline, else as the
    /// builtin does it (counted as a native call: `__len__` may run).
    fn len_inline(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            if !o.class().as_type().map(|t| t.heap).unwrap_or(true) {
                if let Some(n) = self.len_builtin(o) {
                    return Ok(Value::Int(n as i64));
                }
            }
        }
        self.native_depth += 1;
        let r = self.len(v);
        self.native_depth -= 1;
        Ok(Value::Int(r? as i64))
    }

    /// CALL_ISINSTANCE: an object whose class is exactly `cls` is an
    /// instance (no `__instancecheck__` runs, as in CPython); anything
    /// else as the builtin does it.
    fn isinstance_inline(&mut self, obj: &Value, cls: &Value) -> PyResult {
        if let Value::Obj(c) = cls {
            if Rc::ptr_eq(self.type_ref(obj), c) {
                return Ok(Value::Bool(true));
            }
        }
        self.native_depth += 1;
        let r = crate::builtins::funcs::isinstance_value(self, obj, cls);
        self.native_depth -= 1;
        Ok(Value::Bool(r?))
    }

    /// BINARY_OP_INPLACE_ADD_UNICODE: `s += t` followed by `STORE_FAST s`
    /// (at word `next`, possibly the first half of STORE_FAST__LOAD_FAST).
    /// The local is cleared first so that a string only it referenced can
    /// grow in place; the store is done here and its word skipped (the
    /// caller jumps past it: a superinstruction's second half still runs).
    /// False (nothing changed) when the guards fail.
    fn inplace_add_unicode(&mut self, f: &mut Frame, code: &crate::code::Code, next: usize) -> bool {
        let (nb, local) = decode(code.words[next].get());
        let n = f.stack.len();
        let str_ = &self.types.str_;
        let ok = crate::specialize::binary_op::stores_fast(nb)
            && matches!((&f.stack[n - 2], &f.stack[n - 1]), (Value::Obj(a), Value::Obj(b))
                if Rc::ptr_eq(a.class(), str_) && Rc::ptr_eq(b.class(), str_)
                    && matches!((&a.payload, &b.payload), (Payload::Str(_), Payload::Str(_))))
            && f.fast[local as usize].is(&f.stack[n - 2]);
        if !ok {
            return false;
        }
        let (Some(right), Some(left)) = (f.stack.pop(), f.stack.pop()) else { return false };
        drop(std::mem::replace(&mut f.fast[local as usize], Value::Null));
        let Value::Obj(mut left) = left else { return false };
        let Value::Obj(r) = &right else { return false };
        let Payload::Str(rs) = &r.payload else { return false };
        let result = match Rc::get_mut(&mut left) {
            Some(PyObject { payload: Payload::Str(ls), .. }) if !ls.interned.get() => {
                ls.push_str(rs);
                Value::Obj(left)
            }
            _ => match &left.payload {
                Payload::Str(ls) => self.concat_strs(ls, rs),
                _ => Value::Obj(left),
            },
        };
        f.fast[local as usize] = result;
        true
    }

    /// Returns a finished frame to the pool.
    #[inline(always)]
    pub fn free_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 256 {
            f.clear();
            self.frame_pool.push(f);
        }
    }

    fn deref_name(&self, code: &crate::code::Code, arg: u32) -> String {
        let i = arg as usize;
        if i < code.co.cellvars.len() {
            code.co.cellvars[i].clone()
        } else {
            code.co.freevars.get(i - code.co.cellvars.len()).cloned().unwrap_or_default()
        }
    }

    /// LOAD_NAME: locals mapping, then globals, then builtins.
    pub fn load_name(&mut self, locals: &Value, globals: &Obj, builtins: &Obj, name: &Value) -> PyResult {
        if let Value::Obj(l) = locals {
            match &l.payload {
                Payload::Dict(d) if Rc::ptr_eq(l.class(), &self.types.dict) => {
                    if let Some(v) = crate::dictops::dict_get_str(self, d, name)? {
                        return Ok(v);
                    }
                }
                _ => match self.getitem(locals, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.exc_matches(&e, "KeyError") => {}
                    Err(e) => return Err(e),
                },
            }
        }
        self.load_global(globals, builtins, name)
    }

    /// LOAD_GLOBAL: globals, then builtins.
    pub fn load_global(&mut self, globals: &Obj, builtins: &Obj, name: &Value) -> PyResult {
        if let Payload::Dict(d) = &globals.payload {
            if let Some(v) = crate::dictops::dict_get_str(self, d, name)? {
                return Ok(v);
            }
        }
        let b = match &builtins.payload {
            Payload::Dict(_) => builtins.clone(),
            Payload::Module { .. } => builtins.dict.get().cloned().unwrap_or_else(|| self.builtins.clone()),
            _ => self.builtins.clone(),
        };
        if let Payload::Dict(d) = &b.payload {
            if let Some(v) = crate::dictops::dict_get_str(self, d, name)? {
                return Ok(v);
            }
        }
        let n = crate::builtins::str_of(name).unwrap_or("").to_string();
        self.name_error(&n)
    }

    pub fn set_add_value(&mut self, s: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = s {
            if let Payload::Set(t) = &o.payload {
                crate::dictops::set_add(self, t, v)?;
            }
        }
        Ok(())
    }

    /// `{**a}` in calls: keys must be strings and unique.
    fn dict_merge_kwargs(&mut self, func: &Value, d: &Value, other: &Value) -> PyResult<()> {
        if !self.is_mapping(other) {
            let fname = self.callable_name(func);
            return self.type_error(format!("{fname} argument after ** must be a mapping, not {}", self.type_name(other)));
        }
        let items = self.mapping_items(other)?;
        for (k, v) in items {
            if self.contains(d, &k)? {
                let ks = self.str(&k)?;
                let ks = crate::builtins::str_of(&ks).unwrap_or("").to_string();
                let fname = self.callable_name(func);
                return self.type_error(format!("{fname} got multiple values for keyword argument '{ks}'"));
            }
            self.setitem(d, k, v)?;
        }
        Ok(())
    }

    /// Makes a function object (MAKE_FUNCTION).
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &mut self,
        code_v: Value,
        globals: Obj,
        builtins: Obj,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> PyResult {
        let code = match &code_v {
            Value::Obj(o) => match &o.payload {
                Payload::Code(c) => c.clone(),
                _ => return self.err("SystemError", "MAKE_FUNCTION without code"),
            },
            _ => return self.err("SystemError", "MAKE_FUNCTION without code"),
        };
        let defaults = match &defaults {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        };
        let closure: Vec<Obj> = match &closure {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t.iter().filter_map(|c| c.as_obj().cloned()).collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        let module = {
            let key = self.intern("__name__");
            match &globals.payload {
                Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &key)?.unwrap_or(Value::None),
                _ => Value::None,
            }
        };
        let doc = match &code.co.doc {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let func = crate::function::Function {
            name: RefCell::new(code.co.name.clone()),
            qualname: RefCell::new(code.co.qualname.clone()),
            code: RefCell::new(code),
            globals,
            builtins,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
            version: std::cell::Cell::new(crate::function::next_func_version()),
            builtin: std::cell::Cell::new(false),
        };
        let has_closure = !func.closure.is_empty();
        // The attribute dict is made when first needed (`Vm::dict_object`).
        let f = PyObject::new(self.types.function.clone(), None, Payload::Function(Box::new(func)));
        // A closure can hold itself through its cells: the cycle collector
        // starts from these (`gc.rs`).
        if has_closure && self.gc.track(&f) {
            self.gc.collect();
        }
        Ok(Value::Obj(f))
    }

    /// Raises for RAISE_VARARGS: builds the exception and sets the cause.
    fn do_raise(&mut self, exc: Value, cause: Value) -> PyResult<Obj> {
        if exc.is_null() {
            return match self.handled.clone() {
                Value::Obj(e) => {
                    self.reraising = true;
                    Ok(e)
                }
                _ => Err(self.new_exception_msg("RuntimeError", "No active exception to reraise")),
            };
        }
        let e = self.make_exception(exc)?;
        if !cause.is_null() {
            let c = if cause.is_none() {
                Value::None
            } else {
                match self.make_exception(cause) {
                    Ok(c) => Value::Obj(c),
                    Err(_) => return Err(self.new_exception_msg("TypeError", "exception causes must derive from BaseException")),
                }
            };
            if let Some(d) = self.exc_data(&e) {
                *d.cause.borrow_mut() = c;
                d.suppress_context.set(true);
            }
        }
        Ok(e)
    }

    /// An exception instance from a raise operand (class or instance).
    pub fn make_exception(&mut self, v: Value) -> PyResult<Obj> {
        let base = self.exc_type("BaseException");
        if let Value::Obj(o) = &v {
            if matches!(o.payload, Payload::Type(_)) && crate::typeobj::is_subtype(o, &base) {
                let inst = self.call(&v, Args::new(&[]))?;
                if let Value::Obj(i) = &inst {
                    if matches!(i.payload, Payload::Exception(_)) {
                        return Ok(i.clone());
                    }
                }
                let r = self.repr_string(&v)?;
                let tn = self.type_name(&inst);
                return self.type_error(format!("calling {r} should have returned an instance of BaseException, not {tn}"));
            }
            if matches!(o.payload, Payload::Exception(_)) {
                return Ok(o.clone());
            }
        }
        self.type_error("exceptions must derive from BaseException")
    }

    /// `except T:` matching, with CPython's checks on T.
    fn exception_matches(&mut self, e: &Value, t: &Value) -> PyResult<bool> {
        let base = self.exc_type("BaseException");
        let check = |_vm: &Vm, t: &Value| -> bool {
            match t {
                Value::Obj(o) => matches!(o.payload, Payload::Type(_)) && crate::typeobj::is_subtype(o, &base),
                _ => false,
            }
        };
        let types: Vec<Value> = match t {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => self.iterate(t)?,
            _ => vec![t.clone()],
        };
        for ty in &types {
            if !check(self, ty) {
                return self.type_error("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for ty in &types {
            if let Value::Obj(to) = ty {
                if self.isinstance(e, to) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    pub fn traceback_of(&mut self, e: &Value) -> Value {
        if let Value::Obj(o) = e {
            if let Payload::Exception(d) = &o.payload {
                let entries = d.traceback.borrow().clone();
                if entries.is_empty() {
                    return Value::None;
                }
                return self.new_object(self.types.traceback.clone(), Payload::Traceback { entries, index: 0 });
            }
        }
        Value::None
    }

    fn is_mapping_for_match(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Dict(_))
                    || self.has_type_attr_str(v, "keys")
                        && self.has_type_attr_str(v, "__getitem__")
                        && !matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_))
            }
            _ => false,
        }
    }

    fn is_sequence_for_match(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(_) | Payload::Deque(_) | Payload::Tuple(_) | Payload::Range { .. } => true,
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_) => false,
                Payload::Instance | Payload::InstanceValues(_) => {
                    self.has_type_attr_str(v, "__getitem__") && self.has_type_attr_str(v, "__len__") && !self.has_type_attr_str(v, "keys")
                }
                _ => false,
            },
            _ => false,
        }
    }

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let keys = self.iterate(keys)?;
        let mut values = Vec::new();
        let get = self.intern("get");
        for k in keys {
            let marker = self.new_object(self.types.object.clone(), Payload::Instance);
            let getter = self.getattr(subject, &get)?;
            let v = self.call(&getter, Args::new(&[k, marker.clone()]))?;
            if v.is(&marker) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult {
        let Value::Obj(c) = cls else {
            return self.type_error("called match pattern must be a class");
        };
        if !matches!(c.payload, Payload::Type(_)) {
            return self.type_error("called match pattern must be a class");
        }
        if !self.isinstance(subject, c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let ma = self.intern("__match_args__");
            let match_args = self.lookup_type_attr(c, &ma);
            let self_match = matches!(
                c.as_type().map(|t| t.layout),
                Some(
                    crate::typeobj::Layout::Int
                        | crate::typeobj::Layout::Float
                        | crate::typeobj::Layout::Str
                        | crate::typeobj::Layout::Bool
                        | crate::typeobj::Layout::List
                        | crate::typeobj::Layout::Tuple
                        | crate::typeobj::Layout::Dict
                        | crate::typeobj::Layout::Set
                        | crate::typeobj::Layout::FrozenSet
                        | crate::typeobj::Layout::Bytes
                )
            ) && match_args.is_none();
            if self_match {
                if npos > 1 {
                    let n = c.as_type().map(|t| t.name()).unwrap_or_default();
                    return self.type_error(format!("{n}() accepts 1 positional sub-pattern ({npos} given)"));
                }
                out.push(subject.clone());
            } else {
                let Some(ma) = match_args else {
                    let n = c.as_type().map(|t| t.name()).unwrap_or_default();
                    return self.type_error(format!("{n}() accepts 0 positional sub-patterns ({npos} given)"));
                };
                let ma = self.iterate(&ma)?;
                if npos > ma.len() {
                    let n = c.as_type().map(|t| t.name()).unwrap_or_default();
                    let s = if ma.len() == 1 { "" } else { "s" };
                    return self.type_error(format!("{n}() accepts {} positional sub-pattern{s} ({npos} given)", ma.len()));
                }
                for name in ma.iter().take(npos) {
                    match self.getattr(subject, name) {
                        Ok(v) => out.push(v),
                        Err(e) if self.exc_matches(&e, "AttributeError") => return Ok(Value::None),
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        for name in self.iterate(names)? {
            match self.getattr(subject, &name) {
                Ok(v) => out.push(v),
                Err(e) if self.exc_matches(&e, "AttributeError") => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(out))
    }

    pub fn has_type_attr_str(&self, v: &Value, name: &str) -> bool {
        let t = self.type_ref(v);
        let Some(td) = t.as_type() else { return false };
        let mro = td.mro.borrow();
        let h = crate::str::hash_str(name);
        let key = self.new_str(name);
        mro.iter().any(|c| c.dict_ref().is_some_and(|d| d.borrow().find_fast(h, &key, crate::dictops::fast_eq).is_some()))
    }

    /// Items of a mapping as pairs (dict fast path, else keys()).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Obj(o) = m {
            if let Payload::Dict(d) = &o.payload {
                // As CPython's dict_merge: a dict whose class keeps dict's
                // own `__iter__` is read from its storage, whatever its
                // `keys()` and `__getitem__`.
                if Rc::ptr_eq(o.class(), &self.types.dict) || self.keeps_dict_iter(o) {
                    return Ok(d.borrow().items());
                }
            }
        }
        let keys_name = self.intern("keys");
        let keys_fn = self.getattr(m, &keys_name)?;
        let keys = self.call(&keys_fn, Args::new(&[]))?;
        let mut out = Vec::new();
        for k in self.iterate(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// Whether a dict subclass instance's class inherits dict's `__iter__`.
    fn keeps_dict_iter(&mut self, o: &Obj) -> bool {
        let cls = o.class().clone();
        let dict = self.types.dict.clone();
        match (self.lookup_type_attr_str(&cls, "__iter__"), self.lookup_type_attr_str(&dict, "__iter__")) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        }
    }

    pub fn is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => true,
            _ => self.has_type_attr_str(v, "keys") && self.has_type_attr_str(v, "__getitem__"),
        }
    }

    pub fn dict_update(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        let items = self.mapping_items(other)?;
        for (k, v) in items {
            self.setitem(d, k, v)?;
        }
        Ok(())
    }

    #[allow(dead_code)]
    fn view_kind(k: ViewKind) -> ViewKind {
        k
    }
}

/// The instance attribute `name` at entry `hint` of `o`'s attribute dict
/// object, if it is still there (the WITH_HINT members' hit).
#[inline(always)]
fn hinted_attr(o: &PyObject, hint: u32, name: &Value) -> Option<Value> {
    // SAFETY: read and cloned at once (a live mutable borrow is an Err).
    let d = unsafe { o.attr_dict()?.try_borrow_unguarded() }.ok()?;
    let Value::Obj(name) = name else { return None };
    d.entries.get(hint as usize).filter(|e| e.key.is_obj(name)).map(|e| e.value.clone())
}

/// The value at `index` of `o`'s shared-keys attribute values, if there
/// (the INSTANCE_VALUE members' hit; the type version check before it
/// makes `index` the attribute's). Values moved to a dict leave none.
#[inline(always)]
fn instance_value(o: &PyObject, index: u32) -> Option<Value> {
    let Payload::InstanceValues(iv) = &o.payload else { return None };
    // SAFETY: read and cloned at once (a live mutable borrow is an Err).
    let iv = unsafe { iv.try_borrow_unguarded() }.ok()?;
    iv.values.get(index as usize).cloned()
}

/// The version tag of an object's class (0 when it has none).
#[inline]
fn class_version(o: &Obj) -> u32 {
    match &o.class().payload {
        Payload::Type(t) => t.version_tag(),
        _ => 0,
    }
}

/// Whether `o` has no instance attribute `name` (or no instance dict), so
/// that a method cached for its class is what `o.name` finds.
#[inline(always)]
fn no_instance_attr(o: &PyObject, name: &Value) -> bool {
    if let Some(iv) = o.instance_values() {
        // SAFETY: read at once (a live mutable borrow is an Err).
        return unsafe { iv.try_borrow_unguarded() }.is_ok_and(|iv| iv.get(name).is_none());
    }
    match o.attr_dict() {
        None => true,
        Some(d) => match name {
            Value::Obj(n) => match &n.payload {
                Payload::Str(ns) => d.borrow().find_fast(ns.hash(), name, crate::dictops::fast_eq).is_none(),
                _ => false,
            },
            _ => false,
        },
    }
}

/// `no_instance_attr` for LOAD_METHOD_WITH_DICT. `keys_tag` is 1 + the
/// length of the class's shared keys when the specializer found `name`
/// not among them (0 otherwise): while they have not grown, it still is
/// not, and no lookup is needed.
#[inline(always)]
fn method_not_shadowed(o: &PyObject, name: &Value, keys_tag: u32) -> bool {
    if let Some(iv) = o.instance_values() {
        // SAFETY: read at once (a live mutable borrow is an Err).
        let Ok(iv) = (unsafe { iv.try_borrow_unguarded() }) else { return false };
        return iv.keys.len() + 1 == keys_tag as usize || iv.get(name).is_none();
    }
    no_instance_attr(o, name)
}

/// The hit of LOAD_ATTR_MODULE and LOAD_METHOD_MODULE: the module dict's
/// entry `index`, if its keys version is still `version`.
#[inline(always)]
fn module_attr_hit(o: &PyObject, version: u32, index: u32) -> Option<Value> {
    match (&o.payload, o.attr_dict()) {
        (Payload::Module { .. }, Some(d)) => {
            let d = d.borrow();
            (d.keys_version_tag() == version).then(|| d.value_at(index as usize).clone())
        }
        _ => None,
    }
}
