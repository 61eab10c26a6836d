//! Python functions and native (Rust) functions, and the argument view
//! natives receive.

use crate::code::Code;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static NEXT_FUNC_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// A fresh function version (LOAD_ATTR_PROPERTY guards on its getter's).
pub fn next_func_version() -> u32 {
    NEXT_FUNC_VERSION.with(|c| {
        let v = c.get();
        c.set(v.wrapping_add(1).max(1));
        v
    })
}

pub struct Function {
    /// Replaceable through `__code__`: read it with [`Function::code`].
    pub code: RefCell<Rc<Code>>,
    pub globals: Obj,
    pub builtins: Obj,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults (a dict object) or Null.
    pub kwdefaults: RefCell<Value>,
    /// Cells for the free variables.
    pub closure: Vec<Obj>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// Changes when `__code__` or `__defaults__` change (CALL guards).
    pub version: std::cell::Cell<u32>,
    /// A public function of a frozen module that stands in for one of
    /// CPython's C modules (`operator.add`, `time.localtime`): like a C
    /// function, it does not bind as a method when stored on a class.
    pub builtin: std::cell::Cell<bool>,
}

impl Function {
    /// The current code object.
    #[inline]
    pub fn code(&self) -> Rc<Code> {
        self.code.borrow().clone()
    }
}

/// Positional arguments, then keyword names with their values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvals: &[] }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The keyword argument named `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames.iter().position(|k| crate::builtins::str_of(k) == Some(name)).map(|i| &self.kwvals[i])
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// Qualified owner for repr (`list` in `<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
    /// A method descriptor binds to the instance on attribute access.
    pub is_method: bool,
    /// For a module-level function, the module name.
    pub module: Option<&'static str>,
    /// For a method descriptor, the type it belongs to: an unbound call
    /// checks that its first argument is an instance of it
    /// (`list.append((), 1)` is a TypeError, as in CPython).
    pub owner_type: Option<Obj>,
    /// The positional-argument count CPython checks before the call
    /// (builtin types' methods and `builtins` functions).
    pub arity: Option<&'static crate::methods::arity::Arity>,
}
