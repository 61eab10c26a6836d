//! The bytecode verifier: the facts the dispatch loop relies on instead of
//! checking them on every instruction.
//!
//! A code object passes when every instruction reachable by walking the
//! words holds a valid opcode with its inline cache inside the code, every
//! jump target and exception handler starts an instruction, and the last
//! instruction never falls through. The dispatch loop then fetches words and
//! decodes opcodes without bounds or range checks: `pc` only ever comes
//! from the next instruction, a jump's argument or a handler's target.
//! Specialization rewrites opcodes only within a family (same cache size),
//! so verified code stays verified.

use crate::code::CodeObject;
use crate::opcode::{Opcode, ALL, CACHE_WORDS};
use crate::{decode, word_len};

/// Checks `co`; the error names the first problem found.
pub fn verify(co: &CodeObject) -> Result<(), String> {
    let words = &co.code;
    let n = words.len();
    if n == 0 {
        return Err("empty code".into());
    }
    let mut starts = vec![false; n];
    let mut pc = 0;
    let mut last = Opcode::NOP;
    while pc < n {
        let (byte, _) = decode(words[pc]);
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode;

    fn code(words: Vec<u32>) -> CodeObject {
        CodeObject { code: words, ..Default::default() }
    }

    #[test]
    fn accepts_straight_code_and_rejects_what_would_misdispatch() {
        let ret = encode(Opcode::RETURN_VALUE, 0);
        let load = encode(Opcode::LOAD_CONST, 0);
        assert_eq!(verify(&code(vec![load, ret])), Ok(()));
        assert!(verify(&code(vec![])).is_err());
        assert!(verify(&code(vec![ret, load])).is_err(), "falls off the end");
        assert!(verify(&code(vec![0xff, ret])).is_err(), "bad opcode");
        // A jump into the middle of LOAD_GLOBAL's cache.
        let global = encode(Opcode::LOAD_GLOBAL, 0);
        let mut w = vec![global, 0, 0, 0, 0, encode(Opcode::JUMP, 2)];
        assert!(verify(&code(w.clone())).is_err());
        w[5] = encode(Opcode::JUMP, 0);
        assert_eq!(verify(&code(w.clone())), Ok(()));
        // A cache cut short by the end of the code.
        assert!(verify(&code(vec![ret, global, 0])).is_err());
    }
}
