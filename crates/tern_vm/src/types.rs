//! The builtin type objects, created once per VM, and the exception
//! hierarchy.

use crate::object::{ClassCell, Payload, PyObject};
use crate::typeobj::{Layout, TypeData};
use crate::value::Obj;
use std::collections::HashMap;
use std::rc::Rc;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $layout:ident, [$($base:ident),*] ; )*) => {
        /// Every builtin type, by field.
        pub struct Types {
            $( pub $field: Obj, )*
            /// Exception classes by name.
            pub exceptions: HashMap<&'static str, Obj, crate::str::FxBuild>,
            /// The exception classes whose `__init__` sets more than `args`
            /// (see `methods::exception::init`), to test a class against
            /// them without a lookup by name.
            pub exc_with_fields: Vec<Obj>,
        }

        impl Types {
            pub fn new() -> Types {
                // `type` and `object` are made first and patched.
                let t = Types { $( $field: make_type($name, Layout::$layout), )* exceptions: HashMap::default(), exc_with_fields: Vec::new() };
                $( set_bases(&t.$field, &[$( t.$base.clone() ),*], &t.object); )*
                for (_, x) in t.all() {
                    x.class.set(t.type_.clone());
                    if let Some(d) = x.dict.get() {
                        d.class.set(t.dict.clone());
                    }
                }
                t
            }

            /// All builtin types with their names (for the builtins module).
            pub fn all(&self) -> Vec<(&'static str, Obj)> {
                vec![ $( ($name, self.$field.clone()), )* ]
            }
        }
    };
}

builtin_types! {
    object: "object", Object, [];
    type_: "type", Type, [object];
    int: "int", Int, [object];
    bool_: "bool", Bool, [int];
    float: "float", Float, [object];
    complex: "complex", Complex, [object];
    str_: "str", Str, [object];
    bytes: "bytes", Bytes, [object];
    bytearray: "bytearray", ByteArray, [object];
    list: "list", List, [object];
    tuple: "tuple", Tuple, [object];
    dict: "dict", Dict, [object];
    set: "set", Set, [object];
    frozenset: "frozenset", FrozenSet, [object];
    range: "range", Other, [object];
    slice: "slice", Other, [object];
    function: "function", Other, [object];
    builtin_function: "builtin_function_or_method", Other, [object];
    method_descriptor: "method_descriptor", Other, [object];
    wrapper_descriptor: "wrapper_descriptor", Other, [object];
    method_wrapper: "method-wrapper", Other, [object];
    method: "method", Other, [object];
    module: "module", Module, [object];
    cell: "cell", Other, [object];
    code: "code", Other, [object];
    generator: "generator", Other, [object];
    coroutine: "coroutine", Other, [object];
    coroutine_wrapper: "coroutine_wrapper", Other, [object];
    async_generator: "async_generator", Other, [object];
    async_generator_asend: "async_generator_asend", Other, [object];
    async_generator_athrow: "async_generator_athrow", Other, [object];
    anext_awaitable: "anext_awaitable", Other, [object];
    none_type: "NoneType", Other, [object];
    not_implemented_type: "NotImplementedType", Other, [object];
    ellipsis_type: "ellipsis", Other, [object];
    property: "property", Property, [object];
    staticmethod: "staticmethod", StaticMethod, [object];
    classmethod: "classmethod", ClassMethod, [object];
    classmethod_descriptor: "classmethod_descriptor", Other, [object];
    getset_descriptor: "getset_descriptor", Other, [object];
    member_descriptor: "member_descriptor", Other, [object];
    super_: "super", Other, [object];
    traceback: "traceback", Other, [object];
    list_iterator: "list_iterator", Other, [object];
    tuple_iterator: "tuple_iterator", Other, [object];
    range_iterator: "range_iterator", Other, [object];
    str_iterator: "str_ascii_iterator", Other, [object];
    str_iterator_unicode: "str_iterator", Other, [object];
    bytes_iterator: "bytes_iterator", Other, [object];
    bytearray_iterator: "bytearray_iterator", Other, [object];
    longrange_iterator: "longrange_iterator", Other, [object];
    dict_keyiterator: "dict_keyiterator", Other, [object];
    dict_valueiterator: "dict_valueiterator", Other, [object];
    dict_itemiterator: "dict_itemiterator", Other, [object];
    set_iterator: "set_iterator", Other, [object];
    enumerate: "enumerate", Other, [object];
    zip: "zip", Other, [object];
    map: "map", Other, [object];
    filter: "filter", Other, [object];
    reversed: "reversed", Other, [object];
    list_reverseiterator: "list_reverseiterator", Other, [object];
    seq_iterator: "iterator", Other, [object];
    callable_iterator: "callable_iterator", Other, [object];
    dict_keys: "dict_keys", Other, [object];
    dict_values: "dict_values", Other, [object];
    dict_items: "dict_items", Other, [object];
    text_io: "TextIOWrapper", Other, [object];
    buffered_writer: "BufferedWriter", Other, [object];
    buffered_reader: "BufferedReader", Other, [object];
    counter: "_counter", Other, [object];
    weak_handle: "weak_handle", Other, [object];
    fd_file: "fd_file", Other, [object];
    native_state: "native_state", Other, [object];
    frame: "frame", Other, [object];
    generic_alias: "GenericAlias", Other, [object];
    mappingproxy: "mappingproxy", Other, [object];
    deque: "deque", Deque, [object];
    deque_iterator: "_deque_iterator", Other, [object];
    deque_reverse_iterator: "_deque_reverse_iterator", Other, [object];
    it_chain: "chain", Other, [object];
    it_islice: "islice", Other, [object];
    it_count: "count", Other, [object];
    it_repeat: "repeat", Other, [object];
    it_product: "product", Other, [object];
    it_permutations: "permutations", Other, [object];
    it_combinations: "combinations", Other, [object];
    it_cwr: "combinations_with_replacement", Other, [object];
    it_cycle: "cycle", Other, [object];
    it_accumulate: "accumulate", Other, [object];
    it_starmap: "starmap", Other, [object];
    it_takewhile: "takewhile", Other, [object];
    it_dropwhile: "dropwhile", Other, [object];
    it_filterfalse: "filterfalse", Other, [object];
    it_compress: "compress", Other, [object];
    it_pairwise: "pairwise", Other, [object];
    it_zip_longest: "zip_longest", Other, [object];
    it_groupby: "groupby", Other, [object];
    it_grouper: "_grouper", Other, [object];
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// A type whose class (and whose dict's class) are set by the caller:
/// `type` and `dict` do not exist yet while the first types are made.
fn make_type(name: &str, layout: Layout) -> Obj {
    let td = TypeData::new(name, layout, false);
    let dict = Rc::new(PyObject { class: ClassCell::empty(), dict: Default::default(), payload: Payload::Dict(Default::default()) });
    Rc::new(PyObject { class: ClassCell::empty(), dict: crate::object::DictCell::new(Some(dict)), payload: Payload::Type(Box::new(td)) })
}

/// Sets bases and computes the MRO of a builtin type.
pub fn set_bases(t: &Obj, bases: &[Obj], object: &Obj) {
    let td = t.as_type().expect("type");
    let bases: Vec<Obj> = if bases.is_empty() && !Rc::ptr_eq(t, object) { vec![object.clone()] } else { bases.to_vec() };
    if Rc::ptr_eq(t, object) {
        *td.mro.borrow_mut() = vec![t.clone()];
        return;
    }
    for b in &bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(t));
        }
    }
    *td.bases.borrow_mut() = bases.clone();
    let mro = crate::typeobj::c3_mro(t, &bases).unwrap_or_else(|_| vec![t.clone(), object.clone()]);
    *td.mro.borrow_mut() = mro;
}

/// The builtin exception hierarchy: (name, base).
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

impl Types {
    /// Creates the exception classes.
    pub fn make_exceptions(&mut self) {
        for (name, base) in EXCEPTIONS {
            let t = make_type(name, Layout::Exception);
            t.class.set(self.type_.clone());
            if let Some(d) = t.dict.get() {
                d.class.set(self.dict.clone());
            }
            let base = if base.is_empty() { self.object.clone() } else { self.exceptions[base].clone() };
            let mut bases = vec![base];
            if *name == "ExceptionGroup" {
                bases.push(self.exceptions["Exception"].clone());
            }
            set_bases(&t, &bases, &self.object);
            self.exceptions.insert(name, t);
        }
        let with_fields = ["StopIteration", "SystemExit", "OSError", "SyntaxError", "ImportError", "AttributeError", "NameError"];
        self.exc_with_fields = with_fields.iter().map(|n| self.exceptions[n].clone()).collect();
    }

    pub fn exc(&self, name: &str) -> Obj {
        self.exceptions.get(name).cloned().unwrap_or_else(|| self.exceptions["Exception"].clone())
    }
}
