//! The bytecode verifier: the facts the dispatch loop relies on instead of
//! checking them on every instruction.
//!
//! A code object passes when every instruction reachable by walking the
//! words holds a valid opcode with its inline cache inside the code, every
//! jump target and exception handler starts an instruction, the last
//! instruction never falls through, and the local and constant indexes of
//! LOAD_FAST, STORE_FAST, DELETE_FAST and LOAD_CONST are in range. The dispatch loop then fetches words and
//! decodes opcodes without bounds or range checks: `pc` only ever comes
//! from the next instruction, a jump's argument or a handler's target.
//! Specialization rewrites opcodes only within a family (same cache size),
//! so verified code stays verified.
//!
//! It also finds the deepest value stack any path can build, following the
//! instruction table's stack effects through jumps and handlers: frames
//! get at least that much room, and the loop pushes without a capacity
//! check (the effects are the table's promise about each instruction's
//! code, which a debug build asserts on every push).

use crate::code::CodeObject;
use crate::opcode::{stack_effect, Opcode, ALL, CACHE_WORDS};
use crate::{decode, word_len};

/// The deepest stack a path may build beyond this (a runaway loop in the
/// stack effects rather than a real program).
const DEPTH_LIMIT: i32 = 1 << 20;

/// Checks `co` and returns the deepest value stack it can build; the error
/// names the first problem found.
pub fn verify(co: &CodeObject) -> Result<u32, String> {
    let words = &co.code;
    let n = words.len();
    if n == 0 {
        return Err("empty code".into());
    }
    let mut starts = vec![false; n];
    let mut pc = 0;
    let mut last = Opcode::NOP;
    while pc < n {
        let (byte, arg) = decode(words[pc]);
        let Some(op) = Opcode::from_u8(byte) else {
            return Err(format!("bad opcode {byte} at word {pc}"));
        };
        let len = word_len(words[pc]);
        if len != 1 + CACHE_WORDS[op as usize] as usize {
            return Err(format!("{} at word {pc} has a wrong cache length", op.name()));
        }
        if pc + len > n {
            return Err(format!("{} at word {pc} runs past the end", op.name()));
        }
        let (what, count) = match op {
            Opcode::LOAD_FAST | Opcode::STORE_FAST | Opcode::DELETE_FAST => ("local", co.varnames.len()),
            Opcode::LOAD_CONST => ("constant", co.consts.len()),
            _ => ("", usize::MAX),
        };
        if arg as usize >= count {
            return Err(format!("{} at word {pc} names {what} {arg} of {count}", op.name()));
        }
        starts[pc] = true;
        last = op;
        pc += len;
    }
    if !last.is_terminator() {
        return Err(format!("the code ends with {}, which falls through", last.name()));
    }
    let is_start = |t: usize| t < n && starts[t];
    pc = 0;
    while pc < n {
        let (byte, arg) = decode(words[pc]);
        let op = ALL[byte as usize];
        if op.is_jump() && !is_start(arg as usize) {
            return Err(format!("{} at word {pc} jumps to word {arg}, which starts no instruction", op.name()));
        }
        pc += word_len(words[pc]);
    }
    for e in &co.exception_table {
        if !is_start(e.target as usize) {
            return Err(format!("exception handler at word {} starts no instruction", e.target));
        }
    }
    max_depth(co)
}

/// The deepest stack along any path, by a walk that revisits an
/// instruction when it is reached with a deeper stack than before.
/// Handlers start with their recorded depth plus the exception.
fn max_depth(co: &CodeObject) -> Result<u32, String> {
    let words = &co.code;
    let mut seen = vec![i32::MIN; words.len()];
    let mut work = vec![(0usize, 0i32)];
    work.extend(co.exception_table.iter().map(|e| (e.target as usize, e.depth as i32 + 1)));
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if !(0..DEPTH_LIMIT).contains(&d) {
            return Err(format!("stack depth {d} at word {pc}"));
        }
        if d <= seen[pc] {
            continue;
        }
        seen[pc] = d;
        max = max.max(d);
        let (byte, arg) = decode(words[pc]);
        let op = ALL[byte as usize];
        let need = inputs(op, arg);
        if d < need {
            return Err(format!("{op:?} at word {pc} reads {need} stack items, but the stack holds {d}"));
        }
        if op.is_jump() {
            work.push((arg as usize, d + stack_effect(op, arg, true)));
        }
        if !op.is_terminator() {
            let after = d + stack_effect(op, arg, false);
            max = max.max(after);
            work.push((pc + word_len(words[pc]), after));
        }
    }
    Ok(max as u32)
}

/// How many stack items `op` reads (pops or looks at below the top):
/// the dispatch loop reads them without checking that they are there.
fn inputs(op: Opcode, a: u32) -> i32 {
    use Opcode::*;
    let a = a as i32;
    match op.family() {
        COPY | SWAP | RAISE_VARARGS => a,
        BUILD_SLICE | BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => a,
        BUILD_MAP => 2 * a,
        // The container sits `a` items below what they pop.
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE => a + 1,
        MAP_ADD => a + 2,
        // Also the callable two items below the dict.
        DICT_MERGE => a + 3,
        CALL => a + 2,
        CALL_FUNCTION_EX => 3 + (a & 1),
        MAKE_FUNCTION => 1 + (a & 0xf).count_ones() as i32,
        FORMAT_VALUE => 1 + (a & 4 != 0) as i32,
        STORE_SUBSCR | MATCH_CLASS | WITH_EXCEPT_START => 3,
        STORE_ATTR | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | DELETE_SUBSCR | CHECK_EXC_MATCH | CHECK_EG_MATCH
        | PREP_RERAISE_STAR | IMPORT_NAME | SEND | END_ASYNC_FOR | MATCH_KEYS => 2,
        POP_TOP
        | STORE_FAST
        | STORE_FAST__LOAD_FAST
        | STORE_FAST__JUMP
        | STORE_NAME
        | STORE_GLOBAL
        | STORE_DEREF
        | LOAD_ATTR
        | DELETE_ATTR
        | LOAD_METHOD
        | UNARY_POSITIVE
        | UNARY_NEGATIVE
        | UNARY_INVERT
        | UNARY_NOT
        | LIST_TO_TUPLE
        | UNPACK_SEQUENCE
        | UNPACK_EX
        | POP_JUMP_IF_FALSE
        | POP_JUMP_IF_TRUE
        | POP_JUMP_IF_NONE
        | POP_JUMP_IF_NOT_NONE
        | JUMP_IF_FALSE_OR_POP
        | JUMP_IF_TRUE_OR_POP
        | GET_ITER
        | FOR_ITER
        | RETURN_VALUE
        | PUSH_EXC_INFO
        | POP_EXCEPT
        | RERAISE
        | BEFORE_WITH
        | IMPORT_FROM
        | IMPORT_STAR
        | YIELD_VALUE
        | GET_YIELD_FROM_ITER
        | GET_AWAITABLE
        | BEFORE_ASYNC_WITH
        | GET_AITER
        | GET_ANEXT
        | MATCH_MAPPING
        | MATCH_SEQUENCE
        | GET_LEN => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode;

    fn code(words: Vec<u32>) -> CodeObject {
        CodeObject { code: words, consts: vec![crate::Constant::None], ..Default::default() }
    }

    #[test]
    fn accepts_straight_code_and_rejects_what_would_misdispatch() {
        let ret = encode(Opcode::RETURN_VALUE, 0);
        let load = encode(Opcode::LOAD_CONST, 0);
        assert_eq!(verify(&code(vec![load, ret])), Ok(1));
        assert!(verify(&code(vec![])).is_err());
        assert!(verify(&code(vec![ret, load])).is_err(), "falls off the end");
        assert!(verify(&code(vec![0xff, ret])).is_err(), "bad opcode");
        // A jump into the middle of LOAD_GLOBAL's cache.
        let global = encode(Opcode::LOAD_GLOBAL, 0);
        let mut w = vec![global, 0, 0, 0, 0, encode(Opcode::JUMP, 2)];
        assert!(verify(&code(w.clone())).is_err());
        w[5] = encode(Opcode::JUMP, 0);
        assert!(verify(&code(w.clone())).is_err(), "a loop that grows the stack for ever");
        w.splice(5..5, [encode(Opcode::POP_TOP, 0)]);
        assert_eq!(verify(&code(w.clone())), Ok(1));
        // A cache cut short by the end of the code.
        assert!(verify(&code(vec![ret, global, 0])).is_err());
        // A local or constant that is not there.
        assert!(verify(&code(vec![encode(Opcode::LOAD_FAST, 0), ret])).is_err());
        assert!(verify(&code(vec![encode(Opcode::LOAD_CONST, 1), ret])).is_err());
        // More pops than pushes.
        assert!(verify(&code(vec![load, encode(Opcode::POP_TOP, 0), encode(Opcode::POP_TOP, 0), ret])).is_err());
        // Reads below what its net effect shows: a CALL of one argument
        // needs three items ([NULL, f, arg]) though it leaves one.
        let call = encode(Opcode::CALL, 1);
        assert!(verify(&code(vec![load, load, call, 0, 0, 0, 0, ret])).is_err());
        assert_eq!(verify(&code(vec![load, load, load, call, 0, 0, 0, 0, ret])), Ok(3));
        // BINARY_OP pops two.
        let add = encode(Opcode::BINARY_OP, 0);
        assert!(verify(&code(vec![load, add, 0, ret])).is_err());
    }
}
