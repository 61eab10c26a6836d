//! Heap objects: a header (class pointer, optional attribute dict) and a
//! payload enum holding the builtin state. Subclass instances of builtin
//! types carry their base's payload (a `class MyList(list)` instance has a
//! `Payload::List`) with a different class.

use crate::code::Code;
use crate::dict::Dict;
use crate::exception::ExcData;
use crate::function::{Function, NativeFunction};
use crate::generator::GenState;
use crate::iter::IterState;
use crate::set::SetTable;
use crate::str::PyStr;
use crate::typeobj::TypeData;
use crate::value::{Obj, Value};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

/// The class pointer of an object, replaceable by `__class__` assignment.
/// Empty only while the first builtin types are being created.
pub struct ClassCell(UnsafeCell<Option<Obj>>);

thread_local! {
    /// Classes replaced by `__class__` assignment are kept alive here so that
    /// references handed out by [`ClassCell::get`] never dangle.
    static REPLACED_CLASSES: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

impl ClassCell {
    pub fn new(c: Obj) -> ClassCell {
        ClassCell(UnsafeCell::new(Some(c)))
    }
    pub(crate) fn empty() -> ClassCell {
        ClassCell(UnsafeCell::new(None))
    }
    #[inline]
    pub fn get(&self) -> &Obj {
        // SAFETY: the pointer is only replaced by `set`, which keeps the old
        // class alive for the life of the thread, so a shared reference
        // obtained earlier stays valid.
        match unsafe { &*self.0.get() } {
            Some(c) => c,
            None => panic!("internal error: object used before its class was set"),
        }
    }
    /// The class, or None while an object is being built (and dropped
    /// before it got one).
    #[inline]
    pub fn try_get(&self) -> Option<&Obj> {
        // SAFETY: as `get`.
        unsafe { &*self.0.get() }.as_ref()
    }
    pub fn set(&self, c: Obj) {
        // SAFETY: no `&mut` to the cell exists; the old value is moved to
        // REPLACED_CLASSES instead of being dropped (see `get`).
        let old = unsafe { std::ptr::replace(self.0.get(), Some(c)) };
        if let Some(old) = old {
            REPLACED_CLASSES.with(|r| r.borrow_mut().push(old));
        }
    }
}

/// The attribute dict object of an object: set once, or replaced by
/// `__dict__` assignment. A replaced dict is kept alive (as a replaced
/// class is) when nothing else holds it, so that references handed out by
/// [`DictCell::get`] never dangle.
#[derive(Default)]
pub struct DictCell(UnsafeCell<Option<Obj>>);

thread_local! {
    /// Dicts replaced by `__dict__` assignment that only their object held.
    static REPLACED_DICTS: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

impl DictCell {
    pub fn new(d: Option<Obj>) -> DictCell {
        DictCell(UnsafeCell::new(d))
    }
    #[inline]
    pub fn get(&self) -> Option<&Obj> {
        // SAFETY: the pointer changes only in `set` (from none) and
        // `replace`, which keeps a dict that only this cell held alive
        // for the life of the thread, so a shared reference obtained
        // earlier stays valid.
        unsafe { &*self.0.get() }.as_ref()
    }
    /// Sets the dict if there is none yet (gives it back otherwise).
    pub fn set(&self, d: Obj) -> Result<(), Obj> {
        if self.get().is_some() {
            return Err(d);
        }
        // SAFETY: no reference into an empty cell can exist.
        unsafe { *self.0.get() = Some(d) };
        Ok(())
    }
    /// Puts `d` in place of the current dict. The old one is kept alive
    /// (see `get`); when nothing else holds it, its items are dropped now,
    /// so what stays behind is an empty dict.
    pub fn replace(&self, d: Obj) {
        // SAFETY: no `&mut` to the cell exists; the old dict moves to
        // REPLACED_DICTS instead of being dropped.
        let Some(old) = (unsafe { std::ptr::replace(self.0.get(), Some(d)) }) else { return };
        let items = match &old.payload {
            Payload::Dict(t) if Rc::strong_count(&old) == 1 => t.try_borrow_mut().map(|mut t| std::mem::take(&mut *t)).ok(),
            _ => None,
        };
        REPLACED_DICTS.with(|r| r.borrow_mut().push(old));
        drop(items);
    }
    pub fn take(&mut self) -> Option<Obj> {
        self.0.get_mut().take()
    }
}

pub struct PyObject {
    pub class: ClassCell,
    /// The attribute dict object of types, modules, functions and some
    /// instances. Set at most once: a plain instance keeps its attributes
    /// inline (`Payload::InstanceValues`) until something asks for its
    /// `__dict__` object (see `Vm::dict_object`).
    pub dict: DictCell,
    pub payload: Payload,
}

/// A descriptor implemented in Rust (`__class__`, `__dict__`, `__name__`...).
pub struct GetSet {
    pub name: &'static str,
    /// The name of the class that defines it (for the repr).
    pub owner: String,
    pub get: GetFn,
    pub set: Option<SetFn>,
}

/// Getter of a Rust-implemented attribute.
pub type GetFn = fn(&mut crate::Vm, &Value) -> crate::PyResult;
/// Setter of a Rust-implemented attribute.
pub type SetFn = fn(&mut crate::Vm, &Value, Value) -> crate::PyResult<()>;

/// Which view a dict view object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct PropertyData {
    /// Replaced by `property.__init__` (called again on the object).
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    /// Writable, as in CPython.
    pub doc: RefCell<Value>,
    /// The doc came from the getter (CPython's `getter_doc`): a copy
    /// made by `getter()` takes the new getter's.
    pub getter_doc: Cell<bool>,
    /// Set by `__set_name__` (class creation); None otherwise.
    pub name: RefCell<Value>,
}

/// The state of a `collections.deque` (`methods/deque.rs`).
pub struct DequeData {
    pub items: RefCell<std::collections::VecDeque<Value>>,
    /// The bound (`maxlen`); None when unbounded. Set again by `__init__`.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change of the items' number or positions (not by
    /// `d[i] = x` or `reverse()`), as CPython's `state`: iterators and
    /// scans that call `__eq__` compare it to detect mutation.
    pub state: Cell<usize>,
}

impl DequeData {
    pub fn new(maxlen: Option<usize>) -> DequeData {
        DequeData { items: RefCell::new(std::collections::VecDeque::new()), maxlen: Cell::new(maxlen), state: Cell::new(0) }
    }
    /// Marks a change for iterators.
    #[inline]
    pub fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
}

/// Kept to 72 bytes (asserted below): every heap object carries one, so
/// large states (exceptions, generators, files) are boxed. (With the Rc
/// counts and the header an object is then a 104-byte allocation, a
/// 112-byte malloc chunk; it was 176 bytes before.)
pub enum Payload {
    /// An instance with no builtin state beyond its dict (in `dict`, or
    /// none).
    Instance,
    /// An instance of a plain Python class, its attribute values inline in
    /// the class's shared-keys layout (`shared_keys`): one allocation per
    /// instance, not an object plus a dict object. Moved to a dict object
    /// in `dict` (and then left empty) when the layout cannot hold an
    /// attribute or the `__dict__` object itself is needed.
    InstanceValues(RefCell<crate::shared_keys::InstanceValues>),
    /// Instance of a class with `__slots__`: slot values by index.
    Slots(RefCell<Vec<Value>>),
    /// An int outside i64, or an int-subclass instance.
    Int(BigInt),
    /// A float-subclass instance.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    /// `collections.deque` (and subclass instances): see [`DequeData`].
    Deque(DequeData),
    Tuple(Box<[Value]>),
    Dict(RefCell<Dict>),
    /// Both set and frozenset.
    Set(RefCell<SetTable>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not fit in i64.
    BigRange(Box<crate::bigrange::BigRange>),
    Slice(Value, Value, Value),
    Function(Box<Function>),
    BoundMethod {
        func: Value,
        self_: Value,
    },
    Native(Rc<NativeFunction>),
    /// A native method bound to its receiver.
    NativeBound {
        func: Rc<NativeFunction>,
        self_: Value,
    },
    Type(Box<TypeData>),
    Module {
        name: RefCell<String>,
    },
    Cell(RefCell<Value>),
    Code(Rc<Code>),
    /// A generator or a coroutine (`GenState::is_coroutine`).
    Generator(Box<RefCell<GenState>>),
    /// What a coroutine's `__await__()` returns: an iterator over it.
    CoroWrapper(Obj),
    /// An async generator (`asyncgen.rs`).
    AsyncGen(Box<crate::asyncgen::AsyncGenState>),
    /// The awaitable of an async generator's `__anext__`/`asend`
    /// (`async_generator_asend`) or `athrow`/`aclose`
    /// (`async_generator_athrow`).
    AsyncGenOp(Box<crate::asyncgen::AgenOp>),
    Exception(Box<ExcData>),
    Property(Box<PropertyData>),
    StaticMethod(Value),
    ClassMethod(Value),
    GetSet(GetSet),
    /// A `__slots__` member: index into `Payload::Slots`.
    Member {
        name: String,
        index: usize,
        /// The name of the class that declared the slot.
        owner: String,
    },
    Super {
        type_: Value,
        obj: Value,
        obj_type: Value,
    },
    Iter(RefCell<IterState>),
    DictView {
        dict: Value,
        kind: ViewKind,
    },
    /// `mappingproxy`: a read-only view of a dict (a class's `__dict__`).
    MappingProxy(Value),
    NotImplemented,
    Ellipsis,
    Traceback {
        entries: Vec<crate::exception::TbEntry>,
        index: usize,
    },
    /// A text file (sys.stdout, open()).
    File(Box<RefCell<crate::file::FileData>>),
    /// A simple mutable object whose only state is a counter.
    Counter(Cell<i64>),
    /// A weak handle (`_tern.weak`), the core of `_weakref.ref`.
    WeakRef(std::rc::Weak<PyObject>),
    /// A buffered file descriptor (`_tern_io.handle`), the core of `_io`.
    Fd(Rc<RefCell<crate::fdfile::FdFile>>),
    /// Rust state owned by a native module's Python object (`zlib`'s
    /// streams): the module downcasts it to its own type.
    NativeState(RefCell<Box<dyn std::any::Any>>),
}

const _: () = assert!(std::mem::size_of::<Payload>() <= 72);

impl PyObject {
    #[inline]
    pub fn class(&self) -> &Obj {
        self.class.get()
    }
    pub fn new(class: Obj, dict: Option<Obj>, payload: Payload) -> Obj {
        Rc::new(PyObject { class: ClassCell::new(class), dict: DictCell::new(dict), payload })
    }
    /// The type data, when this object is a type.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
    /// The attribute table: the dict object's. Inline shared-keys values
    /// move to a dict object now (see `shared_keys`); code on hot paths
    /// asks `instance_values` first.
    #[inline]
    pub fn dict_ref(&self) -> Option<&RefCell<Dict>> {
        match self.dict.get() {
            Some(d) => match &d.payload {
                Payload::Dict(d) => Some(d),
                _ => None,
            },
            None => match &self.payload {
                Payload::InstanceValues(v) => self.move_values_to_dict(v),
                _ if self.gets_dict_on_demand() => self.new_instance_dict(),
                _ => None,
            },
        }
    }

    /// Whether this is an instance of a Python class with a `__dict__`
    /// whose dict object is made on first request (instances of
    /// subclasses of builtin types: `class MyList(list)`).
    pub fn gets_dict_on_demand(&self) -> bool {
        use crate::typeobj::Layout;
        let Some(td) = self.class.try_get().and_then(|c| c.as_type()) else { return false };
        td.heap
            && td.has_dict
            && !matches!(td.layout, Layout::Exception | Layout::Module | Layout::Type)
            && !matches!(self.payload, Payload::Type(_) | Payload::Module { .. } | Payload::Function(_) | Payload::Exception(_))
    }

    /// Gives the instance an empty dict object (of the type of its class's
    /// own namespace dict).
    #[cold]
    fn new_instance_dict(&self) -> Option<&RefCell<Dict>> {
        let dict_type = self.class().dict.get()?.class().clone();
        let _ = self.dict.set(PyObject::new(dict_type, None, Payload::Dict(RefCell::new(Dict::new()))));
        match &self.dict.get()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// The table of the attribute dict object, if the object has one now
    /// (inline shared-keys values stay where they are).
    #[inline]
    pub fn attr_dict(&self) -> Option<&RefCell<Dict>> {
        match &self.dict.get()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// The attribute values of an instance still in its class's
    /// shared-keys layout (none once they moved to a dict object).
    #[inline]
    pub fn instance_values(&self) -> Option<&RefCell<crate::shared_keys::InstanceValues>> {
        match &self.payload {
            Payload::InstanceValues(v) if self.dict.get().is_none() => Some(v),
            _ => None,
        }
    }

    /// Gives the instance a dict object holding its inline attributes.
    /// (The dict type is the class of the class's own namespace dict.)
    #[cold]
    fn move_values_to_dict(&self, values: &RefCell<crate::shared_keys::InstanceValues>) -> Option<&RefCell<Dict>> {
        let dict_type = self.class().dict.get()?.class().clone();
        let table = values.try_borrow_mut().ok()?.take_dict();
        let _ = self.dict.set(PyObject::new(dict_type, None, Payload::Dict(RefCell::new(table))));
        match &self.dict.get()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}
