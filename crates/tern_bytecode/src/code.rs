//! Code objects as the compiler produces them: immutable words, constants,
//! names, the exception table and a line for every word.

/// Flags of a code object, as bits (CPython's `co_flags` subset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Code whose call makes a generator, coroutine or async generator.
    pub const GENERATOR_LIKE: u32 = Self::GENERATOR | Self::COROUTINE | Self::ASYNC_GENERATOR;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer that does not fit in i64, as decimal digits with sign.
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    /// A str literal holding lone surrogates, as generalized UTF-8 (each
    /// code point, surrogates included, encoded on its own).
    Wtf8Str(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A tuple of names (keyword argument names for `KW_NAMES`).
    Names(Vec<String>),
    Code(Box<CodeObject>),
    Ellipsis,
}

/// One row of the exception table: words `start..end` are covered by the
/// handler at `target`, entered with the value stack cut to `depth`; when
/// `lasti` is set the offset of the raising instruction is pushed too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A compiled function, class body, module or comprehension.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Instruction and cache words.
    pub code: Vec<u32>,
    /// Source line of each word (0 for none).
    pub lines: Vec<u32>,
    /// (line, end line, column, end column) of each word, columns as byte
    /// offsets, for the instructions tracebacks point into (calls,
    /// operators, subscripts, attributes, raise); None elsewhere.
    pub positions: Vec<Option<[u32; 4]>>,
    pub consts: Vec<Constant>,
    /// Names used by global, attribute and name instructions.
    pub names: Vec<String>,
    /// Local variable names; the arguments come first.
    pub varnames: Vec<String>,
    /// Names of locals that live in cells because inner scopes use them.
    pub cellvars: Vec<String>,
    /// Names of cells received from the enclosing scope.
    pub freevars: Vec<String>,
    /// For each cellvar that is also an argument, its argument index.
    pub cell2arg: Vec<Option<u32>>,
    pub max_stack: u32,
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring, when the body starts with a string literal.
    pub doc: Option<String>,
    /// An argument exceeded [`crate::MAX_ARG`] (too many constants, names
    /// or words): the compiler reports it instead of running wrong code.
    pub arg_overflow: bool,
}

impl CodeObject {
    /// The handler covering word `pc`, if any (the innermost, which the
    /// compiler emits first among overlapping rows).
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end)
    }

    /// The source line of the instruction at word `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// Number of fast-local slots: locals, then cells, then free variables.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
}
