//! The virtual machine: builtin types, the builtins and sys modules, the
//! frame stack, configuration, and constructors for common objects.

use crate::dict::Dict;
use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::set::SetTable;
use crate::str::PyStr;
use crate::types::Types;
use crate::value::{Obj, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How the specializing interpreter behaves (`-X specialize=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecializeMode {
    /// Specialize after the warm-up count.
    On,
    /// Never specialize: every site stays generic (Tbase).
    Off,
    /// Specialize on first execution (stress mode).
    First,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub specialize: SpecializeMode,
    pub warmup: u32,
    pub argv: Vec<String>,
    /// The bytes of `argv` as the OS gave them, when known (`sys.argv`
    /// decodes them with surrogateescape).
    pub argv_bytes: Vec<Vec<u8>>,
    pub xoptions: Vec<String>,
    /// Folder of the main script (first entry of sys.path).
    pub script_dir: String,
    /// `sys.warnoptions`: PYTHONWARNINGS's entries, then each `-W`.
    pub warnoptions: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            specialize: SpecializeMode::On,
            warmup: 8,
            argv: vec![String::new()],
            argv_bytes: Vec::new(),
            xoptions: Vec::new(),
            script_dir: String::new(),
            warnoptions: Vec::new(),
        }
    }
}

pub struct Vm {
    pub types: Types,
    pub builtins: Obj,
    pub builtins_module: Obj,
    pub sys: Obj,
    pub modules: Obj,
    pub frames: Vec<Box<Frame>>,
    /// Finished frames kept for reuse (no allocation per call).
    pub frame_pool: Vec<Box<Frame>>,
    /// Exhausted list/tuple/range iterators that only FOR_ITER held, kept
    /// for the next `iter()` of a list, tuple or range: a loop then neither
    /// allocates nor frees its iterator (see `iteration.rs::new_iter`).
    pub iter_pool: Vec<Obj>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the int<->decimal text limit (0: none).
    pub int_max_str_digits: usize,
    /// Native calls that re-entered the interpreter (count toward the limit).
    pub native_depth: usize,
    pub config: Config,
    interned: HashMap<Box<str>, Obj, crate::str::FxBuild>,
    /// `intern_static`: interned names of string literals by address and
    /// length (no hashing of the text on the hot paths that look up
    /// `__getattribute__`, `__bool__`... by name).
    interned_static: HashMap<(usize, usize), Obj, crate::str::FxBuild>,
    /// Direct-mapped front of `interned_static` (address, length, name).
    interned_static_front: Box<[(usize, usize, Option<Obj>)]>,
    /// MRO lookup cache: (type, interned name) -> value, valid while the
    /// type's version tag is unchanged.
    pub method_cache: Box<[crate::attr::MethodCacheEntry; crate::attr::METHOD_CACHE_SIZE]>,
    pub none_repr_guard: Vec<usize>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Small cache of one-character strings.
    pub char_cache: Vec<Value>,
    /// Set when `%c` of a surrogate code point wrote its stand-in (see
    /// `str.rs`), so that `percent_format` maps it back.
    pub made_stand_ins: bool,
    /// Modules being imported (for circular import detection messages).
    pub importing: Vec<String>,
    /// Set by RERAISE so that unwinding adds no traceback entry.
    pub reraising: bool,
    /// Source text of files, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    /// The return value of the last generator exhausted by `next`.
    pub last_stop_value: Value,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer), None when unset.
    pub asyncgen_hooks: (Value, Value),
    /// The cycle collector's tracked closures (`gc.rs`).
    pub gc: crate::gc::Tracker,
    /// With `-X dis`: every code object loaded, disassembled at exit.
    pub loaded_codes: Vec<Rc<crate::code::Code>>,
    /// Specialization statistics (`-X stats`); counting only while active.
    pub stats: crate::stats::Stats,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let mut types = Types::new();
        types.make_exceptions();
        let dict_t = types.dict.clone();
        let mk_dict = |d: Dict| PyObject::new(dict_t.clone(), None, Payload::Dict(RefCell::new(d)));
        let builtins = mk_dict(Dict::new());
        let builtins_module =
            PyObject::new(types.module.clone(), Some(builtins.clone()), Payload::Module { name: RefCell::new("builtins".into()) });
        let sys_dict = mk_dict(Dict::new());
        let sys = PyObject::new(types.module.clone(), Some(sys_dict), Payload::Module { name: RefCell::new("sys".into()) });
        let modules = mk_dict(Dict::new());
        let not_implemented = Value::Obj(PyObject::new(types.not_implemented_type.clone(), None, Payload::NotImplemented));
        let ellipsis = Value::Obj(PyObject::new(types.ellipsis_type.clone(), None, Payload::Ellipsis));
        let empty_tuple = Value::Obj(PyObject::new(types.tuple.clone(), None, Payload::Tuple(Box::new([]))));
        let mut vm = Vm {
            types,
            builtins,
            builtins_module,
            sys,
            modules,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            iter_pool: Vec::new(),
            handled: Value::None,
            recursion_limit: 1000,
            int_max_str_digits: tern_format::DEFAULT_MAX_STR_DIGITS,
            native_depth: 0,
            config,
            interned: HashMap::default(),
            interned_static: HashMap::default(),
            interned_static_front: vec![(0, 0, None); 64].into_boxed_slice(),
            method_cache: vec![(0, 0, 0, None); crate::attr::METHOD_CACHE_SIZE]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            none_repr_guard: Vec::new(),
            not_implemented,
            ellipsis,
            empty_tuple,
            char_cache: Vec::new(),
            made_stand_ins: false,
            importing: Vec::new(),
            reraising: false,
            sources: HashMap::new(),
            last_stop_value: Value::None,
            asyncgen_hooks: (Value::None, Value::None),
            gc: crate::gc::Tracker::new(),
            loaded_codes: Vec::new(),
            stats: Default::default(),
        };
        vm.char_cache = (0u8..128).map(|c| vm.new_str(&(c as char).to_string())).collect();
        crate::methods::install(&mut vm);
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        crate::methods::exception::use_native_construct(&mut vm);
        vm
    }

    // ----- constructors -------------------------------------------------

    /// An interned string (identifiers, attribute names).
    pub fn intern(&mut self, s: &str) -> Value {
        Value::Obj(self.intern_obj(s))
    }

    /// The interned str equal to str value `v` (text without lone
    /// surrogates): `v` itself when it is already interned, as constant
    /// names are, so `getattr(o, 'x')` does no table lookup.
    pub fn intern_value(&mut self, v: &Value) -> Value {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(ps) if ps.interned.get() => v.clone(),
                Payload::Str(ps) => self.intern(ps.as_str()),
                _ => v.clone(),
            },
            _ => v.clone(),
        }
    }

    /// The interned str object for `s`.
    fn intern_obj(&mut self, s: &str) -> Obj {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let ps = PyStr::new(s);
        ps.interned.set(true);
        let o = PyObject::new(self.types.str_.clone(), None, Payload::Str(ps));
        self.interned.insert(s.into(), o.clone());
        o
    }

    /// `intern` for a string literal: looked up by its address.
    #[inline(always)]
    pub fn intern_static(&mut self, s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        let slot = (key.0 >> 3) % self.interned_static_front.len();
        let front = &self.interned_static_front[slot];
        if front.0 == key.0 && front.1 == key.1 {
            if let Some(o) = &front.2 {
                return Value::Obj(o.clone());
            }
        }
        self.intern_static_filling_front(s)
    }

    #[inline(never)]
    fn intern_static_filling_front(&mut self, s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        let slot = (key.0 >> 3) % self.interned_static_front.len();
        let o = match self.interned_static.get(&key) {
            Some(o) => o.clone(),
            None => {
                let o = self.intern_obj(s);
                self.interned_static.insert(key, o.clone());
                o
            }
        };
        self.interned_static_front[slot] = (key.0, key.1, Some(o.clone()));
        Value::Obj(o)
    }

    pub fn new_str(&self, s: &str) -> Value {
        if s.len() == 1 && s.as_bytes()[0] < 128 && !self.char_cache.is_empty() {
            return self.char_cache[s.as_bytes()[0] as usize].clone();
        }
        Value::Obj(PyObject::new(self.types.str_.clone(), None, Payload::Str(PyStr::new(s))))
    }

    pub fn new_string(&self, s: String) -> Value {
        if s.len() == 1 && s.as_bytes()[0] < 128 && !self.char_cache.is_empty() {
            return self.char_cache[s.as_bytes()[0] as usize].clone();
        }
        Value::Obj(PyObject::new(self.types.str_.clone(), None, Payload::Str(PyStr::from_string(s))))
    }

    /// `x + y` for strs.
    #[inline(never)]
    pub fn concat_strs(&self, x: &PyStr, y: &PyStr) -> Value {
        if x.has_surrogates() || y.has_surrogates() {
            return self.concat_surrogates(x, y);
        }
        let mut s = String::with_capacity(x.byte_len() + y.byte_len());
        s.push_str(x.as_str());
        s.push_str(y.as_str());
        self.new_string(s)
    }

    /// Whether `v` is a str with lone surrogates, or a tuple holding one
    /// (`startswith` takes a tuple of prefixes).
    #[inline]
    pub fn any_surrogates(v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        match &o.payload {
            Payload::Str(ps) => ps.has_surrogates(),
            Payload::Tuple(t) => Vm::tuple_surrogates(t),
            _ => false,
        }
    }

    #[inline(never)]
    fn tuple_surrogates(t: &[Value]) -> bool {
        t.iter().any(|x| matches!(x, Value::Obj(o) if matches!(&o.payload, Payload::Str(ps) if ps.has_surrogates())))
    }

    /// Raises ValueError when `v` (a str, or a list or tuple of them)
    /// holds a real U+F0000..U+F07FF character, which [`Vm::map_stand_ins`]
    /// would take for a surrogate's stand-in (see `str.rs`).
    pub fn check_no_stand_ins(&mut self, v: &Value) -> crate::PyResult<()> {
        let Value::Obj(o) = v else { return Ok(()) };
        let one = |x: &Value| match x {
            Value::Obj(o) => match &o.payload {
                Payload::Str(ps) => ps.code_points().any(|c| char::from_u32(c).is_some_and(crate::str::is_stand_in)),
                _ => false,
            },
            _ => false,
        };
        let bad = match &o.payload {
            Payload::Tuple(t) => t.iter().any(one),
            Payload::List(l) => l.borrow().iter().any(one),
            _ => one(v),
        };
        if bad {
            return self.value_error("tern cannot mix lone surrogates with characters U+F0000..U+F07FF in one str operation");
        }
        Ok(())
    }

    /// A result computed on the stand-in text of strs with lone
    /// surrogates (see `str.rs`), with the stand-ins mapped back: in a
    /// str, or in the strs of a list or tuple.
    pub fn map_stand_ins(&self, r: Value) -> Value {
        let Value::Obj(o) = &r else { return r };
        match &o.payload {
            Payload::Str(ps) if !ps.has_surrogates() && ps.as_str().chars().any(crate::str::is_stand_in) => {
                if Rc::ptr_eq(o.class(), &self.types.str_) {
                    self.new_pystr(crate::str::from_stand_in(ps.as_str()))
                } else {
                    r
                }
            }
            Payload::List(l) => {
                let items: Vec<Value> = l.borrow().iter().map(|v| self.map_stand_ins(v.clone())).collect();
                *l.borrow_mut() = items;
                r
            }
            Payload::Tuple(t) if Rc::ptr_eq(o.class(), &self.types.tuple) => {
                let items: Vec<Value> = t.iter().map(|v| self.map_stand_ins(v.clone())).collect();
                self.new_tuple(items)
            }
            _ => r,
        }
    }

    #[cold]
    #[inline(never)]
    fn concat_surrogates(&self, x: &PyStr, y: &PyStr) -> Value {
        self.new_pystr(PyStr::concat(x, y))
    }

    /// The concatenation of str values (BUILD_STRING of an f-string).
    #[inline(never)]
    pub fn build_string(&self, items: &[Value]) -> Value {
        let mut s = String::with_capacity(items.iter().filter_map(crate::builtins::pystr_of).map(|p| p.byte_len()).sum());
        let mut surrogates = false;
        for it in items {
            if let Some(ps) = crate::builtins::pystr_of(it) {
                surrogates |= ps.has_surrogates();
                s.push_str(ps.as_str());
            }
        }
        if surrogates {
            let b: Vec<u8> = items.iter().filter_map(crate::builtins::pystr_of).flat_map(|p| p.wtf8().iter().copied()).collect();
            return self.new_str_wtf8(b);
        }
        self.new_string(s)
    }

    /// A str value from a payload built elsewhere.
    pub fn new_pystr(&self, ps: PyStr) -> Value {
        if ps.byte_len() == 1 && !self.char_cache.is_empty() {
            return self.char_cache[ps.wtf8()[0] as usize & 127].clone();
        }
        Value::Obj(PyObject::new(self.types.str_.clone(), None, Payload::Str(ps)))
    }

    /// A str from generalized UTF-8 (see `str.rs`): text that may hold lone
    /// surrogates.
    pub fn new_str_wtf8(&self, b: Vec<u8>) -> Value {
        self.new_pystr(PyStr::from_wtf8(b))
    }

    /// A one-character str of code point `cp` (a surrogate included).
    pub fn new_str_cp(&self, cp: u32) -> Value {
        if cp < 128 && !self.char_cache.is_empty() {
            return self.char_cache[cp as usize].clone();
        }
        if let Some(c) = char::from_u32(cp) {
            return self.new_str(c.encode_utf8(&mut [0u8; 4]));
        }
        let mut b = Vec::with_capacity(4);
        crate::str::push_cp(&mut b, cp);
        self.new_str_wtf8(b)
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(self.types.list.clone(), None, Payload::List(RefCell::new(items))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(PyObject::new(self.types.tuple.clone(), None, Payload::Tuple(items.into_boxed_slice())))
    }

    pub fn new_dict_obj(&self, d: Dict) -> Obj {
        PyObject::new(self.types.dict.clone(), None, Payload::Dict(RefCell::new(d)))
    }

    /// The attribute dict object of `o`, if it can have one. A function or
    /// exception without one gets an empty one now; an instance whose
    /// attributes are inline gets one now too: the values move into it,
    /// and from then on the object uses it (CPython 3.11 also makes an
    /// instance's dict only when asked for).
    pub fn dict_object(&mut self, o: &Obj) -> crate::PyResult<Option<Obj>> {
        if let Some(d) = o.dict.get() {
            return Ok(Some(d.clone()));
        }
        match &o.payload {
            Payload::InstanceValues(_) => {
                if o.dict_ref().is_none() {
                    return self.err("RuntimeError", "instance attributes are being changed");
                }
                Ok(o.dict.get().cloned())
            }
            Payload::Function(_) | Payload::Exception(_) => {
                // A function's or exception's attribute dict is made on
                // first use.
                let d = self.new_dict_obj(Dict::new());
                let _ = o.dict.set(d.clone());
                Ok(Some(d))
            }
            _ if o.gets_dict_on_demand() => Ok(o.dict_ref().and(o.dict.get().cloned())),
            _ => Ok(None),
        }
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj(Dict::new()))
    }

    pub fn new_set(&self, frozen: bool) -> Value {
        let t = if frozen { self.types.frozenset.clone() } else { self.types.set.clone() };
        Value::Obj(PyObject::new(t, None, Payload::Set(RefCell::new(SetTable::new()))))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(self.types.bytes.clone(), None, Payload::Bytes(b.into_boxed_slice())))
    }

    /// An int from a big integer, inline when it fits.
    pub fn new_bigint(&self, b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(PyObject::new(self.types.int.clone(), None, Payload::Int(b))),
        }
    }

    pub fn new_object(&self, class: Obj, payload: Payload) -> Value {
        Value::Obj(PyObject::new(class, None, payload))
    }

    pub fn new_cell(&self, v: Value) -> Obj {
        PyObject::new(self.types.cell.clone(), None, Payload::Cell(RefCell::new(v)))
    }

    /// A native function object (module-level builtin).
    pub fn new_native(&self, name: &'static str, func: crate::function::NativeFn, module: Option<&'static str>) -> Value {
        let arity = if module == Some("builtins") { crate::methods::arity::lookup("builtins", name) } else { None };
        let nf = crate::function::NativeFunction { name, func, owner: None, is_method: false, module, owner_type: None, arity };
        Value::Obj(PyObject::new(self.types.builtin_function.clone(), None, Payload::Native(Rc::new(nf))))
    }

    // ----- types --------------------------------------------------------

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Obj {
        match v {
            Value::Obj(o) => o.class().clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::None => self.types.none_type.clone(),
            Value::Null => self.types.none_type.clone(),
        }
    }

    /// The class of a value without touching the refcount.
    #[inline]
    pub fn type_ref<'a>(&'a self, v: &'a Value) -> &'a Obj {
        match v {
            Value::Obj(o) => o.class(),
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None | Value::Null => &self.types.none_type,
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_ref(v).as_type().map(|t| t.full_name()).unwrap_or_default()
    }

    pub fn isinstance_exact(&self, v: &Value, t: &Obj) -> bool {
        Rc::ptr_eq(self.type_ref(v), t)
    }

    pub fn isinstance(&self, v: &Value, t: &Obj) -> bool {
        crate::typeobj::is_subtype(self.type_ref(v), t)
    }

    pub fn exc_type(&self, name: &str) -> Obj {
        self.types.exc(name)
    }

    /// Module lookup in sys.modules.
    pub fn get_module(&mut self, name: &str) -> Option<Value> {
        let key = self.new_str(name);
        let d = match &self.modules.payload {
            Payload::Dict(d) => d,
            _ => return None,
        };
        let h = crate::str::hash_str(name);
        d.borrow().find_fast(h, &key, crate::dictops::fast_eq).map(|i| d.borrow().value_at(i).clone())
    }

    /// Total depth counted against the recursion limit.
    #[inline]
    pub fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }
}
