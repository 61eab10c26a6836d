//! Runtime code objects: the compiler's [`CodeObject`] plus mutable words
//! (quickening rewrites instructions and fills caches in place), constants
//! turned into values, and interned names.

use crate::value::Value;
use std::cell::Cell;
use tern_bytecode::CodeObject;

pub struct Code {
    pub co: CodeObject,
    /// Instruction and cache words; specialization rewrites them.
    pub words: Box<[Cell<u32>]>,
    pub consts: Box<[Value]>,
    /// `co.names` as interned str values.
    pub names: Box<[Value]>,
    /// `co.varnames` as interned str values (keyword argument matching).
    pub varnames: Box<[Value]>,
    pub nlocals: usize,
    pub ncells: usize,
    pub nfrees: usize,
    pub is_generator: bool,
}

impl Code {
    #[inline]
    pub fn word(&self, pc: usize) -> u32 {
        self.words[pc].get()
    }
    /// The words as they are now (quickened), for the disassembler.
    pub fn current_words(&self) -> Vec<u32> {
        self.words.iter().map(|w| w.get()).collect()
    }
    pub fn total_slots(&self) -> usize {
        self.nlocals + self.ncells + self.nfrees
    }
}
