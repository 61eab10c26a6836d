//! Exception state: arguments, traceback entries, cause and context.

use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback line: where an exception passed through a frame.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: String,
    pub name: String,
    pub line: u32,
    /// The frame's code and globals (the traceback frame's `f_code`,
    /// `f_globals`, which the `traceback` module reads).
    pub code: std::rc::Rc<crate::code::Code>,
    pub globals: crate::value::Obj,
    /// Set by `tb.tb_next = None` on this entry's traceback object: the
    /// chain ends here (shared by every copy of the entry).
    pub cut: std::rc::Rc<Cell<bool>>,
    /// The word index of the instruction that raised or called on.
    pub pc: u32,
    /// The frame's variables when the exception left it (shared by
    /// every copy of the entry): CPython's traceback keeps the frame
    /// alive, so `tb_frame.f_locals` shows them.
    pub locals: std::rc::Rc<RefCell<Option<TbLocals>>>,
}

/// What a traceback entry keeps of the frame an exception left: its
/// locals mapping (module and class bodies) and its fast locals and cells.
pub struct TbLocals {
    pub locals: Value,
    pub fast: Vec<Value>,
}

impl std::fmt::Debug for TbEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} in {}", self.filename, self.line, self.name)
    }
}

pub struct ExcData {
    /// The args tuple.
    pub args: RefCell<Value>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// `__notes__` list, or Null.
    pub notes: RefCell<Value>,
    /// The fields CPython keeps in the exception struct (`value`,
    /// `errno`, `name`...), set ones only: `methods/exception_fields.rs`.
    pub fields: RefCell<Vec<(&'static str, Value)>>,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            notes: RefCell::new(Value::Null),
            fields: RefCell::new(Vec::new()),
        }
    }
}
