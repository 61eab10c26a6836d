//! The specializer: adaptive counters and one `specialize_*` function per
//! family (each in its own file), each returning the specialized opcode
//! or a typed failure reason.
//!
//! Cache word 0 of every adaptive instruction is its counter word:
//! - bits 0..16: countdown (adaptive form: executions until the next
//!   attempt; specialized form: misses left before deopt);
//! - bits 16..20: backoff exponent after failed attempts;
//! - bits 20..24: how many times the site was deoptimized. A site that
//!   deopts `MAX_DEOPTS` times stays generic for good (bounded
//!   re-specialization: no endless flipping between two kinds).
//!
//! Only `counter_*` functions here touch those bits.

pub mod binary_op;
pub mod call;
pub mod compare_op;
pub mod contains_op;
pub mod for_iter;
pub mod load_attr;
pub mod load_global;
pub mod method_poly;
pub mod subscr;
pub mod truth;
pub mod unpack;

use crate::code::Code;
use crate::vm::SpecializeMode;
use crate::Vm;
use tern_bytecode::{decode, encode, Opcode};

/// Misses a specialized instruction tolerates before it deopts.
pub const MISS_BUDGET: u32 = 16;
/// Deopts after which a site stays generic.
pub const MAX_DEOPTS: u32 = 4;
const MAX_BACKOFF: u32 = 10;

#[inline]
fn count(w: u32) -> u32 {
    w & 0xffff
}
#[inline]
fn backoff(w: u32) -> u32 {
    (w >> 16) & 0xf
}
#[inline]
fn deopts(w: u32) -> u32 {
    (w >> 20) & 0xf
}
#[inline]
fn pack(count: u32, backoff: u32, deopts: u32) -> u32 {
    (count & 0xffff) | (backoff << 16) | (deopts << 20)
}

/// The initial counter word for adaptive instructions in a mode.
pub fn initial_counter(vm: &Vm) -> u32 {
    match vm.config.specialize {
        SpecializeMode::On => pack(vm.config.warmup.min(0xffff), 0, 0),
        SpecializeMode::First => pack(0, 0, 0),
        SpecializeMode::Off => pack(0xffff, 0xf, MAX_DEOPTS),
    }
}

/// Sets the counters of every adaptive instruction of a fresh code object;
/// returns (instruction words, inline cache words).
pub fn init_counters(vm: &Vm, code: &Code) -> (u64, u64) {
    let c = initial_counter(vm);
    let (mut pc, mut instrs, mut caches) = (0, 0, 0);
    while pc < code.words.len() {
        let (b, _) = decode(code.words[pc].get());
        let Some(op) = Opcode::from_u8(b) else { break };
        if op.cache_words() > 0 {
            code.words[pc + 1].set(c);
        }
        instrs += 1;
        caches += op.cache_words() as u64;
        pc += 1 + op.cache_words();
    }
    if vm.config.specialize != SpecializeMode::Off {
        quicken(code);
    }
    (instrs, caches)
}

/// Pairs the commonest neighbours into superinstructions (as CPython 3.11's
/// quickening does): LOAD_FAST + LOAD_FAST, LOAD_FAST + LOAD_CONST and
/// STORE_FAST + LOAD_FAST. The first word is rewritten; the second stays,
/// so a jump to it still runs it alone. Not done with `specialize=off`,
/// which measures the generic interpreter.
pub fn quicken(code: &Code) {
    let op_at = |pc: usize| code.words.get(pc).and_then(|w| Opcode::from_u8(decode(w.get()).0));
    let mut pc = 0;
    while let Some(op) = op_at(pc) {
        let next = op_at(pc + 1);
        let superop = match (op, next) {
            (Opcode::LOAD_FAST, Some(Opcode::LOAD_FAST)) => Some(Opcode::LOAD_FAST__LOAD_FAST),
            (Opcode::LOAD_FAST, Some(Opcode::LOAD_CONST)) => Some(Opcode::LOAD_FAST__LOAD_CONST),
            (Opcode::STORE_FAST, Some(Opcode::LOAD_FAST)) => Some(Opcode::STORE_FAST__LOAD_FAST),
            (Opcode::STORE_FAST, Some(Opcode::JUMP)) => Some(Opcode::STORE_FAST__JUMP),
            _ => None,
        };
        if let Some(s) = superop {
            let (_, arg) = decode(code.words[pc].get());
            code.words[pc].set(encode(s, arg));
        }
        pc += 1 + op.cache_words();
    }
}

/// Counts down an adaptive instruction; true when it should try to
/// specialize now.
#[inline]
pub fn counter_tick(code: &Code, pc: usize) -> bool {
    let w = code.words[pc + 1].get();
    let c = count(w);
    if c == 0 {
        return deopts(w) < MAX_DEOPTS;
    }
    code.words[pc + 1].set(w - 1);
    false
}

/// After a failed attempt: wait exponentially longer before the next.
pub fn counter_backoff(code: &Code, pc: usize) {
    let w = code.words[pc + 1].get();
    let b = (backoff(w) + 1).min(MAX_BACKOFF);
    code.words[pc + 1].set(pack((1 << b) - 1, b, deopts(w)));
}

/// Writes a specialized opcode with a fresh miss budget.
pub fn write_specialized(code: &Code, pc: usize, op: Opcode) {
    let (_, arg) = decode(code.words[pc].get());
    let w = code.words[pc + 1].get();
    code.words[pc + 1].set(pack(MISS_BUDGET, 0, deopts(w)));
    code.words[pc].set(encode(op, arg));
}

/// Records a guard failure; after the budget, back to the adaptive form
/// (then returns true: the site was deoptimized).
#[inline]
pub fn counter_miss(code: &Code, pc: usize) -> bool {
    let w = code.words[pc + 1].get();
    let c = count(w);
    if c > 0 {
        code.words[pc + 1].set(w - 1);
        return false;
    }
    let (b, arg) = decode(code.words[pc].get());
    let base = Opcode::from_u8(b).map(|o| o.family()).unwrap_or(Opcode::NOP);
    code.words[pc].set(encode(base, arg));
    let d = (deopts(w) + 1).min(0xf);
    code.words[pc + 1].set(pack(1 << 4, 4, d));
    true
}

/// Runs the family's specializer for the adaptive instruction at `pc`.
/// `operands` are the values the instruction is about to consume.
pub fn specialize(vm: &mut Vm, code: &std::rc::Rc<Code>, pc: usize, op: Opcode, arg: u32, operands: &[crate::Value]) {
    let result = match op {
        Opcode::LOAD_GLOBAL => load_global::specialize(vm, code, pc, arg, operands),
        Opcode::BINARY_OP => binary_op::specialize(vm, code, pc, arg, operands),
        Opcode::COMPARE_OP => compare_op::specialize(vm, operands),
        Opcode::CONTAINS_OP => contains_op::specialize(vm, operands),
        Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR => load_attr::specialize(vm, code, pc, op, arg, operands),
        Opcode::CALL => call::specialize(vm, code, pc, arg, operands),
        Opcode::FOR_ITER => for_iter::specialize(operands),
        Opcode::BINARY_SUBSCR | Opcode::STORE_SUBSCR => subscr::specialize(vm, op, operands),
        Opcode::UNPACK_SEQUENCE => unpack::specialize(vm, arg, operands),
        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => truth::specialize(vm, op, operands),
        _ => Err("not specializable"),
    };
    vm.stats.attempt(op.family() as u8, result.map(|o| o as u8));
    match result {
        Ok(new_op) => write_specialized(code, pc, new_op),
        Err(_reason) => counter_backoff(code, pc),
    }
}

/// The type version of a value's class, assigning one (0: unusable).
pub fn type_version_of(vm: &Vm, v: &crate::Value) -> u32 {
    vm.type_ref(v).as_type().map(|t| t.version()).unwrap_or(0)
}

/// Names of an instruction family's cache words after the counter word
/// (for the disassembler); unnamed words show as `w<k>`.
fn cache_labels(family: Opcode) -> &'static [&'static str] {
    match family {
        Opcode::LOAD_GLOBAL => &["globals_keys", "builtins_keys", "index"],
        Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR => &["version", "index", "key"],
        Opcode::CALL => &["version", "cached", "extra"],
        _ => &[],
    }
}

/// A short summary of the inline cache of the instruction at `pc`: the
/// adaptive counter state, or for a specialized form its miss budget and
/// the cached guard data (named words, and unnamed ones that are set).
pub fn describe_cache(words: &[u32], pc: usize, op: Opcode) -> String {
    let n = op.cache_words();
    if n == 0 || pc + n >= words.len() {
        return String::new();
    }
    let w = words[pc + 1];
    if op == op.family() {
        return if deopts(w) >= MAX_DEOPTS && count(w) == 0 {
            format!("generic for good after {} deopts", deopts(w))
        } else {
            format!("counter={} backoff={} deopts={}", count(w), backoff(w), deopts(w))
        };
    }
    let mut parts = vec![format!("misses_left={}", count(w))];
    if deopts(w) > 0 {
        parts.push(format!("deopts={}", deopts(w)));
    }
    let labels = cache_labels(op.family());
    for k in 1..n {
        let v = words[pc + 1 + k];
        match labels.get(k - 1) {
            Some(label) => parts.push(format!("{label}={v}")),
            None if v != 0 => parts.push(format!("w{k}={v}")),
            None => {}
        }
    }
    parts.join(" ")
}

/// What one adaptive site looks like now (for tests and the disassembler).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteInfo {
    pub pc: usize,
    pub op: Opcode,
    /// How many times the site was deoptimized.
    pub deopts: u32,
}

/// Every instruction with an inline cache in `code`, as it is now.
pub fn site_info(code: &Code) -> Vec<SiteInfo> {
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.words.len() {
        let (b, _) = decode(code.words[pc].get());
        let Some(op) = Opcode::from_u8(b) else { break };
        if op.cache_words() > 0 {
            out.push(SiteInfo { pc, op, deopts: deopts(code.words[pc + 1].get()) });
        }
        pc += 1 + op.cache_words();
    }
    out
}
