//! repr, str, hash and len of every builtin type, dispatching to the
//! special methods of Python classes.

use crate::function::Args;
use crate::int::{as_int, hash_float, hash_int};
use crate::object::{Payload, ViewKind};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    fn is_heap(&self, v: &Value) -> bool {
        self.type_ref(v).as_type().map(|t| t.heap).unwrap_or(false)
    }

    /// A user-defined (non-native) special method, if the class has one.
    pub fn user_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        if !self.is_heap(v) {
            return None;
        }
        let t = self.type_of(v);
        let m = self.lookup_type_attr_str(&t, name)?;
        if crate::attr::is_native(&m) {
            None
        } else {
            Some(m)
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult {
        if let Some(m) = self.user_special(v, "__repr__") {
            let r = self.call(&m, Args::new(&[v.clone()]))?;
            if crate::builtins::str_of(&r).is_none() {
                return self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)));
            }
            return Ok(r);
        }
        let container = matches!(v, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Deque(_) | Payload::Tuple(_) | Payload::Dict(_) | Payload::Set(_) | Payload::DictView { .. }));
        if !container {
            let s = self.repr_builtin(v)?;
            return Ok(self.new_string(s));
        }
        // Nested containers recurse in Rust: count it against the limit.
        if self.depth() >= self.recursion_limit {
            return self.err("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        // An item's repr with lone surrogates comes back as stand-ins
        // (`repr_string`): the container's text is mapped back here.
        let outer = std::mem::take(&mut self.made_stand_ins);
        self.native_depth += 1;
        let s = self.repr_builtin(v);
        self.native_depth -= 1;
        let made = std::mem::replace(&mut self.made_stand_ins, outer);
        let r = self.new_string(s?);
        if made {
            self.made_stand_ins = true;
            return Ok(self.map_stand_ins(r));
        }
        Ok(r)
    }

    /// `repr(v)` as Rust text, with stand-ins as `str_string` gives them.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        if Vm::any_surrogates(&r) {
            self.made_stand_ins = true;
        }
        Ok(crate::builtins::str_of(&r).unwrap_or("").to_string())
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Obj(o) => {
                if let Payload::Str(_) = &o.payload {
                    if Rc::ptr_eq(o.class(), &self.types.str_) {
                        return Ok(v.clone());
                    }
                }
            }
            // An inline int is formatted straight into the text.
            Value::Int(i) => {
                return Ok(self.new_str(itoa_buf(*i).as_str()));
            }
            _ => {}
        }
        let mut special = self.user_special(v, "__str__");
        if special.is_none() {
            // Builtin exception types whose __str__ is written in Python
            // (ExceptionGroup, from the `_tern_eg` module).
            if let Value::Obj(o) = v {
                if matches!(o.payload, Payload::Exception(_)) {
                    let t = o.class().clone();
                    special = self.lookup_type_attr_str(&t, "__str__").filter(|m| !crate::attr::is_native(m));
                }
            }
        }
        if special.is_none() && (self.is_heap(v) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))) {
            // A builtin's `__str__` placed on a class (`__str__ = int.__repr__`,
            // as enum does for IntEnum) shadows Python methods further on.
            let t = self.type_of(v);
            if let Some(m) = self.lookup_type_attr_str(&t, "__str__") {
                let object_str = self.lookup_type_attr_str(&self.types.object.clone(), "__str__");
                if crate::attr::is_native(&m) && !object_str.is_some_and(|o| o.is(&m)) {
                    special = Some(m);
                }
            }
        }
        if let Some(m) = special {
            let r = self.call(&m, Args::new(&[v.clone()]))?;
            if crate::builtins::str_of(&r).is_none() {
                return self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)));
            }
            return Ok(r);
        }
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(self.new_pystr(s.copy())),
                Payload::Exception(d) => {
                    let args = d.args.borrow().clone();
                    let items = self.seq_items(&args);
                    let is_key_error = self.exc_matches(o, "KeyError");
                    return match items.len() {
                        0 => Ok(self.new_str("")),
                        1 => {
                            if is_key_error {
                                self.repr(&items[0])
                            } else {
                                self.str(&items[0])
                            }
                        }
                        _ => self.str(&args),
                    };
                }
                // `mappingproxy.__str__` is the str of the mapping.
                Payload::MappingProxy(d) => {
                    let d = d.clone();
                    return self.str(&d);
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// `str(v)` as Rust text: a str with lone surrogates gives its
    /// stand-in text and sets `made_stand_ins`, for the formatting
    /// callers that map stand-ins back (see `str.rs`).
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        if Vm::any_surrogates(&r) {
            self.made_stand_ins = true;
        }
        Ok(crate::builtins::str_of(&r).unwrap_or("").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult {
        let r = self.repr(v)?;
        let Some(ps) = crate::builtins::pystr_of(&r) else { return Ok(r) };
        let mut out = String::new();
        for c in ps.code_points() {
            if c < 0x80 {
                out.push(c as u8 as char);
            } else if c < 0x100 {
                out.push_str(&format!("\\x{c:02x}"));
            } else if c < 0x10000 {
                out.push_str(&format!("\\u{c:04x}"));
            } else {
                out.push_str(&format!("\\U{c:08x}"));
            }
        }
        Ok(self.new_string(out))
    }

    /// The repr of builtin objects (and the default `object.__repr__`).
    pub fn repr_builtin(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => tern_format::float_repr(*f),
            Value::Obj(o) => {
                if let Some(r) = self.generic_alias_repr(v)? {
                    return Ok(r);
                }
                if let Payload::Iter(_) = &o.payload {
                    if let Some(r) = crate::iter_tools::repr_text(self, v)? {
                        return Ok(r);
                    }
                }
                let id = Rc::as_ptr(o) as usize;
                if self.none_repr_guard.contains(&id) {
                    return Ok(match &o.payload {
                        Payload::List(_) | Payload::Deque(_) => "[...]".into(),
                        Payload::Dict(_) => "{...}".into(),
                        _ => "...".into(),
                    });
                }
                match &o.payload {
                    Payload::Str(s) => pystr_repr(s),
                    Payload::Int(b) => {
                        if let Err(e) = tern_format::check_int_to_decimal_digits(b, self.int_max_str_digits) {
                            return self.value_error(e.message);
                        }
                        b.to_string()
                    }
                    Payload::Float(f) => tern_format::float_repr(*f),
                    Payload::Complex(r, i) => complex_repr(*r, *i),
                    Payload::Bytes(b) => bytes_repr(b),
                    // A subclass shows its own name (CPython's `bytearray_repr`).
                    Payload::ByteArray(b) => {
                        format!("{}({})", o.class().as_type().map(|t| t.name()).unwrap_or_default(), bytes_repr(&b.borrow()))
                    }
                    Payload::List(l) => {
                        let items = l.borrow().clone();
                        self.none_repr_guard.push(id);
                        let r = self.join_reprs(&items);
                        self.none_repr_guard.pop();
                        format!("[{}]", r?)
                    }
                    // CPython's `deque_repr`: the class's own name, the bound.
                    Payload::Deque(d) => {
                        let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
                        self.none_repr_guard.push(id);
                        let r = self.join_reprs(&items);
                        self.none_repr_guard.pop();
                        let name = o.class().as_type().map(|t| t.name()).unwrap_or_default();
                        match d.maxlen.get() {
                            Some(m) => format!("{name}([{}], maxlen={m})", r?),
                            None => format!("{name}([{}])", r?),
                        }
                    }
                    Payload::Tuple(t) => {
                        let items = t.to_vec();
                        self.none_repr_guard.push(id);
                        let r = self.join_reprs(&items);
                        self.none_repr_guard.pop();
                        let r = r?;
                        if items.len() == 1 {
                            format!("({r},)")
                        } else {
                            format!("({r})")
                        }
                    }
                    Payload::Dict(d) => {
                        let items = d.borrow().items();
                        self.none_repr_guard.push(id);
                        let mut parts = Vec::new();
                        let mut err = None;
                        for (k, val) in items {
                            match (self.repr_string(&k), self.repr_string(&val)) {
                                (Ok(ks), Ok(vs)) => parts.push(format!("{ks}: {vs}")),
                                (Err(e), _) | (_, Err(e)) => {
                                    err = Some(e);
                                    break;
                                }
                            }
                        }
                        self.none_repr_guard.pop();
                        if let Some(e) = err {
                            return Err(e);
                        }
                        let body = format!("{{{}}}", parts.join(", "));
                        body
                    }
                    Payload::Set(s) => {
                        let items: Vec<Value> = s.borrow().iter().map(|e| e.key.clone()).collect();
                        let frozen = self.isinstance(v, &self.types.frozenset.clone());
                        let name = self.type_name(v);
                        if items.is_empty() {
                            format!("{name}()")
                        } else {
                            self.none_repr_guard.push(id);
                            let r = self.join_reprs(&items);
                            self.none_repr_guard.pop();
                            if frozen || name != "set" {
                                format!("{name}({{{}}})", r?)
                            } else {
                                format!("{{{}}}", r?)
                            }
                        }
                    }
                    Payload::BigRange(r) => r.repr(),
                    Payload::Range { start, stop, step } => {
                        if *step == 1 {
                            format!("range({start}, {stop})")
                        } else {
                            format!("range({start}, {stop}, {step})")
                        }
                    }
                    Payload::Slice(a, b, c) => {
                        let (a, b, c) = (a.clone(), b.clone(), c.clone());
                        format!("slice({}, {}, {})", self.repr_string(&a)?, self.repr_string(&b)?, self.repr_string(&c)?)
                    }
                    Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), id),
                    Payload::BoundMethod { func, self_ } => {
                        let (func, self_) = (func.clone(), self_.clone());
                        let qn = match &func {
                            Value::Obj(fo) => match &fo.payload {
                                Payload::Function(f) => f.qualname.borrow().clone(),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        };
                        format!("<bound method {} of {}>", qn, self.repr_string(&self_)?)
                    }
                    Payload::Native(nf) => {
                        if nf.is_method {
                            let kind = if Rc::ptr_eq(o.class(), &self.types.wrapper_descriptor) { "slot wrapper" } else { "method" };
                            format!("<{kind} '{}' of '{}' objects>", nf.name, nf.owner.unwrap_or("object"))
                        } else {
                            format!("<built-in function {}>", nf.name)
                        }
                    }
                    Payload::NativeBound { func, self_ } => {
                        let s = self_.clone();
                        if let Value::Obj(so) = &s {
                            if let Payload::Module { .. } = so.payload {
                                return Ok(format!("<built-in function {}>", func.name));
                            }
                            if let Payload::Type(_) = &so.payload {
                                return Ok(format!("<built-in method {} of type object at {:#x}>", func.name, Rc::as_ptr(so) as usize));
                            }
                        }
                        let tn = self.type_name(&s);
                        if Rc::ptr_eq(o.class(), &self.types.method_wrapper) {
                            return Ok(format!("<method-wrapper '{}' of {} object at {:#x}>", func.name, tn, s.id()));
                        }
                        format!("<built-in method {} of {} object at {:#x}>", func.name, tn, s.id())
                    }
                    Payload::Type(t) => {
                        let module = {
                            let key = self.intern("__module__");
                            let m = o.dict_ref().and_then(|d| {
                                d.borrow()
                                    .find_fast(crate::str::hash_str("__module__"), &key, crate::dictops::fast_eq)
                                    .map(|i| d.borrow().value_at(i).clone())
                            });
                            m.and_then(|m| crate::builtins::str_of(&m).map(|s| s.to_string())).or(t.tp_module().map(str::to_string))
                        };
                        let qn = t.qualname.borrow().clone();
                        // Without a str module (or for builtins): the name.
                        match module {
                            Some(m) if m != "builtins" => format!("<class '{m}.{qn}'>"),
                            _ => format!("<class '{}'>", t.name()),
                        }
                    }
                    Payload::Module { .. } => self.module_repr(v)?,
                    Payload::Cell(c) => {
                        let inner = c.borrow().clone();
                        if inner.is_null() {
                            format!("<cell at {id:#x}: empty>")
                        } else {
                            format!("<cell at {id:#x}: {} object at {:#x}>", self.type_name(&inner), inner.id())
                        }
                    }
                    Payload::Code(c) => {
                        format!("<code object {} at {id:#x}, file \"{}\", line {}>", c.co.name, c.co.filename, c.co.first_line)
                    }
                    Payload::Generator(g) => {
                        let g = g.borrow();
                        let kind = if g.is_coroutine { "coroutine" } else { "generator" };
                        format!("<{kind} object {} at {id:#x}>", g.qualname)
                    }
                    Payload::AsyncGen(a) => format!("<async_generator object {} at {id:#x}>", a.gen.borrow().qualname),
                    Payload::Exception(d) => {
                        let name = self.type_name(v);
                        let args = d.args.borrow().clone();
                        let items = self.seq_items(&args);
                        if items.len() == 1 {
                            format!("{name}({})", self.repr_string(&items[0])?)
                        } else {
                            format!("{name}{}", self.repr_string(&args)?)
                        }
                    }
                    Payload::NotImplemented => "NotImplemented".into(),
                    Payload::Ellipsis => "Ellipsis".into(),
                    Payload::MappingProxy(d) => {
                        let d = d.clone();
                        format!("mappingproxy({})", self.repr_string(&d)?)
                    }
                    Payload::DictView { dict, kind } => {
                        let name = match kind {
                            ViewKind::Keys => "dict_keys",
                            ViewKind::Values => "dict_values",
                            ViewKind::Items => "dict_items",
                        };
                        let _ = dict;
                        let items = self.iterate(v)?;
                        let l = self.new_list(items);
                        format!("{name}({})", self.repr_string(&l)?)
                    }
                    Payload::StaticMethod(f) => {
                        let f = f.clone();
                        format!("<staticmethod({})>", self.repr_string(&f)?)
                    }
                    Payload::ClassMethod(f) => match f {
                        Value::Obj(fo) if Rc::ptr_eq(o.class(), &self.types.classmethod_descriptor) => match &fo.payload {
                            Payload::Native(nf) => format!("<method '{}' of '{}' objects>", nf.name, nf.owner.unwrap_or("object")),
                            _ => "<classmethod_descriptor>".to_string(),
                        },
                        _ => {
                            let f = f.clone();
                            format!("<classmethod({})>", self.repr_string(&f)?)
                        }
                    },
                    Payload::Super { type_, obj, .. } => {
                        let (t, ob) = (type_.clone(), obj.clone());
                        let tn = match &t {
                            Value::Obj(to) => to.as_type().map(|t| t.name()).unwrap_or_default(),
                            _ => String::new(),
                        };
                        format!("<super: <class '{tn}'>, <{} object>>", self.type_name(&ob))
                    }
                    Payload::GetSet(g) => {
                        let kind = if Rc::ptr_eq(o.class(), &self.types.member_descriptor) { "member" } else { "attribute" };
                        format!("<{kind} '{}' of '{}' objects>", g.name, g.owner)
                    }
                    Payload::Member { name, owner, .. } => format!("<member '{name}' of '{owner}' objects>"),
                    Payload::File(_) => file_repr(o),
                    _ => self.default_repr(v),
                }
            }
        })
    }

    /// `<module.Class object at 0x...>`: what `object.__repr__` makes.
    pub fn default_repr(&mut self, v: &Value) -> String {
        let t = self.type_of(v);
        let module = self.lookup_type_attr_str(&t, "__module__");
        let qn = t.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
        let id = v.id();
        let module = module.and_then(|m| crate::builtins::str_of(&m).map(|s| s.to_string()));
        match module.or(t.as_type().and_then(|t| t.tp_module()).map(str::to_string)) {
            Some(m) if m != "builtins" => format!("<{m}.{qn} object at {id:#x}>"),
            _ => format!("<{qn} object at {id:#x}>"),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(it)?);
        }
        Ok(parts.join(", "))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(hash_int(&crate::int::IntVal::Small(*i))),
            Value::Bool(b) => return Ok(*b as i64),
            // A NaN hashes by identity, as CPython's (its `id`).
            Value::Float(f) if f.is_nan() => return Ok(pointer_hash(v.id())),
            Value::Float(f) => return Ok(hash_float(*f)),
            Value::None | Value::Null => return Ok(0xFCA86420),
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    if !o.class().as_type().map(|t| t.heap).unwrap_or(true) {
                        return Ok(s.hash());
                    }
                }
            }
        }
        let Value::Obj(o) = v else { return Ok(0) };
        if self.is_heap(v) {
            let t = o.class().clone();
            match self.lookup_type_attr_str(&t, "__hash__") {
                Some(Value::None) => return self.type_error(format!("unhashable type: '{}'", self.type_name(v))),
                Some(m) if !crate::attr::is_native(&m) => {
                    let r = self.call(&m, Args::new(&[v.clone()]))?;
                    return match as_int(&r) {
                        Some(i) => {
                            // As CPython: an int that fits is the hash as is.
                            let h = match i {
                                crate::int::IntVal::Small(h) => h,
                                big => hash_int(&big),
                            };
                            Ok(if h == -1 { -2 } else { h })
                        }
                        None => self.type_error("__hash__ method should return an integer"),
                    };
                }
                _ => {}
            }
        }
        self.hash_builtin(o, v)
    }

    pub fn hash_builtin(&mut self, o: &Obj, v: &Value) -> PyResult<i64> {
        Ok(match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::Int(b) => hash_int(&crate::int::IntVal::Big(b)),
            Payload::Float(f) if f.is_nan() => pointer_hash(v.id()),
            Payload::Float(f) => hash_float(*f),
            Payload::Bytes(b) => crate::str::hash_bytes(b),
            Payload::Tuple(items) => {
                // A tuple's items cannot change while their `__hash__` runs,
                // and the caller holds the tuple.
                let mut acc: u64 = 2870177450012600261;
                for it in items.iter() {
                    let lane = self.hash(it)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (2870177450012600261u64 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Payload::Set(s) if self.isinstance(v, &self.types.frozenset.clone()) => {
                let s = s.borrow();
                let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                let mut h: u64 = 0;
                for e in s.iter() {
                    h ^= shuffle(e.hash as u64);
                }
                h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                if h == u64::MAX {
                    590923713
                } else {
                    h as i64
                }
            }
            Payload::List(_)
            | Payload::Deque(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Slice(..)
            | Payload::DictView { kind: crate::object::ViewKind::Keys | crate::object::ViewKind::Items, .. } => {
                return self.type_error(format!("unhashable type: '{}'", self.type_name(v)));
            }
            Payload::Complex(r, i) => {
                let h = hash_float(*r).wrapping_add(hash_float(*i).wrapping_mul(1000003));
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Payload::Range { .. } | Payload::BigRange(_) => match crate::bigrange::range_parts(v) {
                Some(r) => self.range_hash(&r)?,
                None => 0,
            },
            // Bound methods are equal when their receivers are the same
            // object (`methods/callables.rs`).
            Payload::BoundMethod { func, self_ } => {
                let (f, s) = (func.clone(), self_.clone());
                self.hash(&f)? ^ pointer_hash(s.id())
            }
            Payload::NativeBound { func, self_ } => pointer_hash(self_.id()) ^ (func.func as usize as i64),
            _ => {
                let p = Rc::as_ptr(o) as usize;
                ((p >> 4) | (p << 60)) as i64
            }
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if self.is_heap(v) {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__len__") {
                    if !crate::attr::is_native(&m) {
                        let r = self.call(&m, Args::new(&[v.clone()]))?;
                        return match as_int(&r) {
                            Some(i) => {
                                if i.is_negative() {
                                    return self.value_error("__len__() should return >= 0");
                                }
                                match isize::try_from(i.to_big()) {
                                    Ok(n) => Ok(n as usize),
                                    Err(_) => self.overflow_error("cannot fit 'int' into an index-sized integer"),
                                }
                            }
                            None => self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&r))),
                        };
                    }
                }
            }
            if let Payload::BigRange(r) = &o.payload {
                return self.bigrange_len(r);
            }
            if let Some(n) = self.len_builtin(o) {
                return Ok(n);
            }
        }
        self.type_error(format!("object of type '{}' has no len()", self.type_name(v)))
    }

    pub fn len_builtin(&self, o: &Obj) -> Option<usize> {
        Some(match &o.payload {
            Payload::Str(s) => s.nchars,
            Payload::List(l) => l.borrow().len(),
            Payload::Deque(d) => d.items.borrow().len(),
            Payload::Tuple(t) => t.len(),
            Payload::Dict(d) => d.borrow().len(),
            Payload::Set(s) => s.borrow().len(),
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.borrow().len(),
            Payload::Range { start, stop, step } => range_len(*start, *stop, *step),
            Payload::DictView { dict, .. } | Payload::MappingProxy(dict) => match dict {
                Value::Obj(d) => self.len_builtin(d)?,
                _ => 0,
            },
            _ => return None,
        })
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    repr_code_points(s.chars().map(|c| c as u32), s.contains('\''), s.contains('"'), s.len())
}

/// Python's repr of a str payload (lone surrogates included: `'\ud800'`).
pub fn pystr_repr(ps: &crate::str::PyStr) -> String {
    match ps.to_str() {
        Some(s) => str_repr(s),
        None => {
            let b = ps.wtf8();
            repr_code_points(ps.code_points(), b.contains(&b'\''), b.contains(&b'"'), b.len())
        }
    }
}

fn repr_code_points(cps: impl Iterator<Item = u32>, single: bool, double: bool, len: usize) -> String {
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(len + 2);
    out.push(quote);
    for n in cps {
        let Some(c) = char::from_u32(n) else {
            // A lone surrogate.
            out.push_str(&format!("\\u{n:04x}"));
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) >= 0x80 && !crate::unicase::is_printable(c) => {
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The repr of a standard stream or its buffer:
/// `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>`,
/// `<_io.BufferedWriter name='<stdout>'>`.
pub fn file_repr(o: &Obj) -> String {
    let Payload::File(f) = &o.payload else { return String::new() };
    let f = f.borrow();
    let cls = o.class().as_type().map(|t| t.name()).unwrap_or_default();
    if f.is_binary() {
        format!("<_io.{cls} name='{}'>", f.name)
    } else {
        format!("<_io.{cls} name='{}' mode='{}' encoding='{}'>", f.name, f.mode, f.encoding)
    }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = tern_format::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", fmt(i))
    } else {
        let sign = if i < 0.0 || (i == 0.0 && i.is_sign_negative()) { "-" } else { "+" };
        let ipart = if sign == "-" { fmt(-i) } else { fmt(i) };
        format!("({}{}{}j)", fmt(r), sign, ipart)
    }
}

/// CPython's `_Py_HashPointer`: an address rotated right by 4 bits.
fn pointer_hash(id: i64) -> i64 {
    let h = (id as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The decimal digits of `i`, written into a stack buffer.
pub(crate) fn itoa_buf(i: i64) -> DecimalBuf {
    let mut out = DecimalBuf { bytes: [0; 20], start: 20 };
    let mut n = i.unsigned_abs();
    loop {
        out.start -= 1;
        out.bytes[out.start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.start -= 1;
        out.bytes[out.start] = b'-';
    }
    out
}

/// Up to 20 ASCII bytes (an i64 in decimal with its sign), right-aligned.
pub(crate) struct DecimalBuf {
    bytes: [u8; 20],
    start: usize,
}

impl DecimalBuf {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and '-' are ever written.
        std::str::from_utf8(&self.bytes[self.start..]).unwrap_or("")
    }
}
