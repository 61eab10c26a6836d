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
    /// A plain function frame filled from positional arguments alone: not
    /// a generator or coroutine, no `*args`, `**kwargs` or keyword-only
    /// parameters. The CALL_PY_* members take any function with such code.
    pub simple_args: bool,
    /// Values specialized instructions refer to by index (a cached method,
    /// a native callable), guarded by version tags.
    pub spec_consts: std::cell::RefCell<Vec<Value>>,
    /// The class tables of this code's LOAD_METHOD_POLY sites (see
    /// `specialize::method_poly`), by the index in their cache.
    pub method_tables: std::cell::RefCell<Vec<crate::specialize::method_poly::MethodTable>>,
    /// Addresses of the globals and builtins dict objects this code's
    /// LOAD_GLOBAL sites are specialized for (0: none). Those sites are
    /// registered with both dicts' watchers, so a hit only compares the
    /// frame's dicts with these.
    pub spec_globals: Cell<usize>,
    pub spec_builtins: Cell<usize>,
}

impl Code {
    /// Stores a value for a specialized instruction; returns its index.
    pub fn add_spec_const(&self, v: Value) -> u32 {
        let mut c = self.spec_consts.borrow_mut();
        if let Some(i) = c.iter().position(|x| x.is(&v)) {
            return i as u32;
        }
        c.push(v);
        c.len() as u32 - 1
    }

    /// Entry `i` of `spec_consts`, read without a `RefCell` guard (the
    /// dispatch loop's identity checks and copies of cached callables).
    ///
    /// # Safety
    /// Nothing may add to `spec_consts` while the reference lives: use it
    /// for a comparison or a clone made at once.
    #[inline(always)]
    pub unsafe fn spec_const(&self, i: u32) -> Option<&Value> {
        // SAFETY: see above; a live mutable borrow makes this None.
        unsafe { self.spec_consts.try_borrow_unguarded() }.ok()?.get(i as usize)
    }
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
    /// The quickened bytecode as text, with a summary of each inline
    /// cache (`-X dis`, `tern.dis`).
    pub fn disassembly(&self) -> String {
        let words = self.current_words();
        let annotate = |pc: usize, op| crate::specialize::describe_cache(&words, pc, op);
        format!(
            "Disassembly of {} ({}:{}):\n{}\n",
            self.co.qualname,
            self.co.filename,
            self.co.first_line,
            tern_bytecode::dis::disassemble_annotated(&self.co, &words, &annotate)
        )
    }
    pub fn total_slots(&self) -> usize {
        self.nlocals + self.ncells + self.nfrees
    }
}
