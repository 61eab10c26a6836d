//! tern_bytecode: the instruction set and the code objects the compiler
//! produces.
//!
//! Map of the crate:
//! - [`opcode`]: the single instruction table (`define_instructions!`). The
//!   opcode enum, names, cache sizes, family membership and stack effects
//!   are all generated from it.
//! - [`code`]: [`code::CodeObject`], constants, the exception table and the
//!   line table.
//! - [`dis`]: a plain-text disassembler over raw code words.
//! - [`verify`]: the checks that let the dispatch loop skip its own.
//!
//! An instruction is one 32-bit word: the low 8 bits are the opcode, the high
//! 24 bits its argument. A family's inline cache entries follow it as extra
//! raw words, so the jump targets and the `pc` count words.
//!
//! This crate depends on nothing of the runtime: the VM turns a
//! `CodeObject` into its own mutable form when it loads it.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod verify;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionEntry};
pub use opcode::{BinOp, CmpOp, Opcode, BINOPS, BINOP_INPLACE, CMPOPS};

/// The largest instruction argument (21 bits). The top 3 bits of a code
/// word hold the number of inline cache words that follow it, so the
/// dispatch loop finds the next instruction with a shift instead of a
/// table lookup on its critical path.
pub const MAX_ARG: u32 = (1 << 21) - 1;

/// Packs an opcode and its argument into one code word (with the
/// opcode's cache word count; see [`MAX_ARG`]).
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg <= MAX_ARG);
    (op as u32) | ((arg & MAX_ARG) << 8) | ((op.cache_words() as u32) << 29)
}

/// Splits a code word into its opcode byte and argument.
#[inline]
pub fn decode(word: u32) -> (u8, u32) {
    ((word & 0xff) as u8, (word >> 8) & MAX_ARG)
}

/// The words an instruction occupies: itself and its inline cache.
#[inline]
pub fn word_len(word: u32) -> usize {
    1 + (word >> 29) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_length() {
        for &op in opcode::ALL {
            for arg in [0, 1, 255, 256, MAX_ARG] {
                let w = encode(op, arg);
                assert_eq!(decode(w), (op as u8, arg), "{}", op.name());
                assert_eq!(word_len(w), 1 + op.cache_words(), "{}", op.name());
            }
        }
    }
}
