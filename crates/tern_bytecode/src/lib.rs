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

pub use code::{CodeFlags, CodeObject, Constant, ExceptionEntry};
pub use opcode::{BinOp, CmpOp, Opcode, BINOPS, BINOP_INPLACE, CMPOPS};

/// Packs an opcode and its argument into one code word.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Splits a code word into its opcode byte and argument.
#[inline]
pub fn decode(word: u32) -> (u8, u32) {
    ((word & 0xff) as u8, word >> 8)
}
