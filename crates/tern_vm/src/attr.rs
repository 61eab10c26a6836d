//! Attribute access: MRO lookup, descriptors (functions, properties,
//! class/static methods, Rust getsets, slots), instance dicts,
//! `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__`.

use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// Looks `name` up along the MRO of type `t` (no descriptor binding).
    /// A class attribute by MRO lookup, through the method cache (keyed by
    /// type, interned name and type version). The cache hit is inlined
    /// into callers, so its result stays in registers.
    #[inline(always)]
    pub fn lookup_type_attr(&mut self, t: &Obj, name: &Value) -> Option<Value> {
        self.with_type_attr(t, name, |v| v.cloned())
    }

    /// `f` applied to the class attribute `lookup_type_attr` would return,
    /// by reference: a caller that only inspects it (or clones it only
    /// sometimes) moves no `Option<Value>` through memory, whose 16-byte
    /// reload after two word stores stalls (as in `value::write_value`).
    #[inline(always)]
    pub fn with_type_attr<R>(&mut self, t: &Obj, name: &Value, f: impl FnOnce(Option<&Value>) -> R) -> R {
        if let (Some(td), Value::Obj(o)) = (t.as_type(), name) {
            if let Payload::Str(s) = &o.payload {
                let version = td.version_tag();
                if s.interned.get() && version != 0 {
                    let (type_ptr, name_ptr) = (Rc::as_ptr(t) as usize, Rc::as_ptr(o) as usize);
                    let e = &self.method_cache[method_cache_slot(type_ptr, name_ptr)];
                    if e.0 == type_ptr && e.1 == name_ptr && e.2 == version {
                        return f(e.3.as_ref());
                    }
                }
            }
        }
        let found = self.lookup_type_attr_filling_cache(t, name);
        f(found.as_ref())
    }

    /// `lookup_type_attr` past a cache miss: the MRO walk, and the cache
    /// entry filled for interned names.
    #[inline(never)]
    fn lookup_type_attr_filling_cache(&mut self, t: &Obj, name: &Value) -> Option<Value> {
        let td = t.as_type()?;
        let (h, interned, name_ptr) = match name {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => (s.hash(), s.interned.get(), Rc::as_ptr(o) as usize),
                _ => return None,
            },
            _ => return None,
        };
        let found = self.lookup_type_attr_uncached(td, h, name);
        if interned {
            let version = td.version();
            if version != 0 {
                let type_ptr = Rc::as_ptr(t) as usize;
                self.method_cache[method_cache_slot(type_ptr, name_ptr)] = (type_ptr, name_ptr, version, found.clone());
            }
        }
        found
    }

    fn lookup_type_attr_uncached(&self, td: &crate::typeobj::TypeData, h: i64, name: &Value) -> Option<Value> {
        let mro = td.mro.borrow();
        for c in mro.iter() {
            if let Some(d) = c.dict_ref() {
                let d = d.borrow();
                if let Some(i) = d.find_fast(h, name, crate::dictops::fast_eq) {
                    return Some(d.value_at(i).clone());
                }
            }
        }
        None
    }

    #[inline(always)]
    pub fn lookup_type_attr_str(&mut self, t: &Obj, name: &'static str) -> Option<Value> {
        let n = self.intern_static(name);
        self.lookup_type_attr(t, &n)
    }

    fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &o.payload {
                Payload::Property(_) => true,
                Payload::GetSet(_) | Payload::Member { .. } => true,
                Payload::Function(_) | Payload::Native(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) => false,
                Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) | Payload::Type(_) => false,
                _ => {
                    let cls = o.class();
                    cls.as_type().map(|t| t.heap).unwrap_or(false)
                        && (self.has_type_attr_str(d, "__set__") || self.has_type_attr_str(d, "__delete__"))
                }
            },
            _ => false,
        }
    }

    /// Binds a class attribute found for `obj` (calls `__get__`).
    pub fn bind_descriptor(&mut self, d: &Value, obj: &Value, owner: &Value) -> PyResult {
        let Value::Obj(o) = d else { return Ok(d.clone()) };
        match &o.payload {
            Payload::Function(f) if f.builtin.get() => Ok(d.clone()),
            Payload::Function(_) => {
                if obj.is_null() || obj.is_none() && !matches!(owner, Value::Obj(t) if Rc::ptr_eq(t, &self.types.none_type)) {
                    return Ok(d.clone());
                }
                Ok(self.new_object(self.types.method.clone(), Payload::BoundMethod { func: d.clone(), self_: obj.clone() }))
            }
            Payload::Native(nf) if nf.is_method => {
                if obj.is_null() {
                    return Ok(d.clone());
                }
                // A slot wrapper binds to a method-wrapper.
                let cls = if Rc::ptr_eq(o.class(), &self.types.wrapper_descriptor) {
                    self.types.method_wrapper.clone()
                } else {
                    self.types.builtin_function.clone()
                };
                Ok(self.new_object(cls, Payload::NativeBound { func: nf.clone(), self_: obj.clone() }))
            }
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => {
                let owner = if owner.is_null() { Value::Obj(self.type_of(obj)) } else { owner.clone() };
                match f {
                    Value::Obj(fo) if matches!(fo.payload, Payload::Native(_)) => {
                        let Payload::Native(nf) = &fo.payload else { unreachable!() };
                        Ok(self.new_object(self.types.builtin_function.clone(), Payload::NativeBound { func: nf.clone(), self_: owner }))
                    }
                    _ => Ok(self.new_object(self.types.method.clone(), Payload::BoundMethod { func: f.clone(), self_: owner })),
                }
            }
            Payload::Property(p) => {
                if obj.is_null() {
                    return Ok(d.clone());
                }
                if p.fget.borrow().is_none() || p.fget.borrow().is_null() {
                    return self.err("AttributeError", "unreadable attribute");
                }
                let fget = p.fget.borrow().clone();
                self.call(&fget, Args::new(&[obj.clone()]))
            }
            Payload::GetSet(gs) => {
                if obj.is_null() {
                    return Ok(d.clone());
                }
                (gs.get)(self, obj)
            }
            Payload::Member { name, index, owner } => {
                if obj.is_null() {
                    return Ok(d.clone());
                }
                if let Value::Obj(io) = obj {
                    if let Payload::Slots(s) = &io.payload {
                        let v = s.borrow().get(*index).cloned().unwrap_or_default();
                        if !v.is_null() {
                            return Ok(v);
                        }
                        let n = name.clone();
                        return self.attribute_error(obj, &n);
                    }
                }
                let tn = self.type_name(obj);
                self.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
            }
            _ => {
                let cls = o.class().clone();
                if cls.as_type().map(|t| t.heap).unwrap_or(false) {
                    if let Some(get) = self.lookup_type_attr_str(&cls, "__get__") {
                        let obj_arg = if obj.is_null() { Value::None } else { obj.clone() };
                        return self.call(&get, Args::new(&[d.clone(), obj_arg, owner.clone()]));
                    }
                }
                Ok(d.clone())
            }
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult {
        if let Value::Obj(o) = obj {
            if let Payload::Super { .. } = o.payload {
                if let Some(v) = self.super_getattr(obj, name)? {
                    return Ok(v);
                }
            }
        }
        let cls = self.type_of(obj);
        // A Python-level __getattribute__ overrides everything.
        if let Some(td) = cls.as_type() {
            if td.heap {
                if let Some(ga) = self.lookup_type_attr_str(&cls, "__getattribute__") {
                    if !is_native(&ga) {
                        let r = self.call(&ga, Args::new(&[obj.clone(), name.clone()]));
                        return match r {
                            Err(e) if self.exc_matches(&e, "AttributeError") => self.getattr_fallback(obj, &cls, name, e),
                            other => other,
                        };
                    }
                }
            }
        }
        match self.generic_getattr(obj, &cls, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if self.exc_matches(&e, "AttributeError") {
                    self.getattr_fallback(obj, &cls, name, e)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn getattr_fallback(&mut self, obj: &Value, cls: &Obj, name: &Value, e: Obj) -> PyResult {
        // A module's own `__getattr__` (PEP 562) gets the names it lacks.
        if let Value::Obj(o) = obj {
            if let (Payload::Module { .. }, Some(d)) = (&o.payload, o.attr_dict()) {
                let key = self.intern("__getattr__");
                if let Some(f) = crate::dictops::dict_get_str(self, d, &key)? {
                    return self.call(&f, Args::new(&[name.clone()]));
                }
            }
        }
        if cls.as_type().map(|t| t.heap).unwrap_or(false) {
            if let Some(ga) = self.lookup_type_attr_str(cls, "__getattr__") {
                return self.call(&ga, Args::new(&[obj.clone(), name.clone()]));
            }
        }
        Err(e)
    }

    /// `object.__getattribute__`: data descriptors, then the instance dict,
    /// then other class attributes.
    pub fn generic_getattr(&mut self, obj: &Value, cls: &Obj, name: &Value) -> PyResult {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, name);
            }
        }
        let descr = self.lookup_type_attr(cls, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, obj, &Value::Obj(cls.clone()));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(iv) = o.instance_values() {
                let v = iv.try_borrow().ok().and_then(|iv| iv.get(name).cloned());
                if let Some(v) = v {
                    return Ok(v);
                }
            } else if let Some(dict) = o.dict_ref() {
                if let Some(v) = crate::dictops::dict_get_str(self, dict, name)? {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = descr {
            return self.bind_descriptor(&d, obj, &Value::Obj(cls.clone()));
        }
        // A bound method forwards other attributes to its function.
        if let Value::Obj(o) = obj {
            if let Payload::BoundMethod { func, .. } = &o.payload {
                let func = func.clone();
                return self.getattr(&func, name);
            }
        }
        self.attribute_error_name(obj, name)
    }

    /// Attribute lookup on a type object (`C.attr`).
    fn type_getattr(&mut self, t: &Obj, name: &Value) -> PyResult {
        let meta = t.class().clone();
        let meta_attr = self.lookup_type_attr(&meta, name);
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, &Value::Obj(t.clone()), &Value::Obj(meta.clone()));
            }
        }
        if let Some(v) = self.lookup_type_attr(t, name) {
            return match &v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(_) | Payload::Native(_) | Payload::Property(_) | Payload::GetSet(_) | Payload::Member { .. } => Ok(v),
                    Payload::ClassMethod(_) | Payload::StaticMethod(_) => self.bind_descriptor(&v, &Value::Null, &Value::Obj(t.clone())),
                    _ => {
                        let c = o.class().clone();
                        if c.as_type().map(|ct| ct.heap).unwrap_or(false) {
                            if let Some(get) = self.lookup_type_attr_str(&c, "__get__") {
                                return self.call(&get, Args::new(&[v.clone(), Value::None, Value::Obj(t.clone())]));
                            }
                        }
                        Ok(v)
                    }
                },
                _ => Ok(v),
            };
        }
        if let Some(d) = meta_attr {
            return self.bind_descriptor(&d, &Value::Obj(t.clone()), &Value::Obj(meta));
        }
        if meta.as_type().map(|m| m.heap).unwrap_or(false) {
            if let Some(ga) = self.lookup_type_attr_str(&meta, "__getattr__") {
                return self.call(&ga, Args::new(&[Value::Obj(t.clone()), name.clone()]));
            }
        }
        self.attribute_error_name(&Value::Obj(t.clone()), name)
    }

    /// LOAD_METHOD: if `name` is a plain function on the class not shadowed
    /// by the instance, returns it unbound (the caller passes `obj` as self).
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_ref(obj).clone();
        let td = match cls.as_type() {
            Some(t) => t,
            None => return Ok(None),
        };
        if let Value::Obj(o) = obj {
            // Types and `super` objects look attributes up their own way.
            if matches!(o.payload, Payload::Type(_) | Payload::Super { .. }) {
                return Ok(None);
            }
        }
        if td.heap {
            let ga = self.intern_static("__getattribute__");
            if !self.with_type_attr(&cls, &ga, |ga| ga.is_none_or(is_native)) {
                return Ok(None);
            }
        }
        let plain = |d: Option<&Value>| match d {
            Some(v @ Value::Obj(o)) => match &o.payload {
                Payload::Function(f) if !f.builtin.get() => Some(v.clone()),
                Payload::Native(nf) if nf.is_method => Some(v.clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(d) = self.with_type_attr(&cls, name, plain) else { return Ok(None) };
        if let Value::Obj(o) = obj {
            if let Some(iv) = o.instance_values() {
                if iv.try_borrow().map_or(true, |iv| iv.get(name).is_some()) {
                    return Ok(None);
                }
            } else if let Some(dict) = o.dict_ref() {
                if !dict.borrow().is_empty() && self.instance_dict_has(dict, name)? {
                    return Ok(None);
                }
            }
        }
        Ok(Some(d))
    }

    /// Whether an instance dict holds `name`: a scan with identity and
    /// builtin equality first (no `__eq__` can run for a str name against
    /// str keys); the full lookup only when some key of the same hash
    /// needs Python to compare.
    fn instance_dict_has(&mut self, dict: &std::cell::RefCell<crate::dict::Dict>, name: &Value) -> PyResult<bool> {
        let h = match name {
            Value::Obj(n) => match &n.payload {
                Payload::Str(ns) => ns.hash(),
                _ => self.hash(name)?,
            },
            _ => self.hash(name)?,
        };
        let undecided = std::cell::Cell::new(false);
        let found = dict.borrow().find_fast(h, name, |a, b| {
            let r = crate::dictops::fast_eq(a, b);
            undecided.set(undecided.get() || r.is_none());
            r
        });
        if found.is_some() {
            return Ok(true);
        }
        if !undecided.get() {
            return Ok(false);
        }
        Ok(crate::dictops::lookup(self, dict, name, h)?.is_some())
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: Value, value: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if cls.as_type().map(|t| t.heap).unwrap_or(false) {
            if let Some(sa) = self.lookup_type_attr_str(&cls, "__setattr__") {
                if !is_native(&sa) {
                    self.call(&sa, Args::new(&[obj.clone(), name, value]))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: Value, mut value: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if !td.heap {
                    let n = crate::builtins::str_of(&name).unwrap_or("?").to_string();
                    return self.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", td.full_name()));
                }
                // Data descriptors of the metatype (`__bases__`, `__name__`...).
                if let Some(Value::Obj(dobj)) = self.lookup_type_attr(&cls, &name) {
                    match &dobj.payload {
                        Payload::GetSet(gs) => {
                            if let Some(set) = gs.set {
                                return set(self, obj, value);
                            }
                            return self.err("AttributeError", "readonly attribute");
                        }
                        Payload::Property(p) => {
                            if p.fset.borrow().is_none() || p.fset.borrow().is_null() {
                                let what = property_label(p);
                                let tn = cls.as_type().map(|t| t.name()).unwrap_or_default();
                                return self.err("AttributeError", format!("{what} of '{tn}' object has no setter"));
                            }
                            let fset = p.fset.borrow().clone();
                            self.call(&fset, Args::new(&[obj.clone(), value]))?;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                match crate::builtins::str_of(&name) {
                    Some("__new__") => td.new_slot_set.set(true),
                    Some("__del__") => crate::finalize::note_del_defined(),
                    _ => {}
                }
                if let Some(d) = o.dict_ref() {
                    crate::dictops::dict_set(self, d, name, value)?;
                }
                td.modified();
                return Ok(());
            }
        }
        if let Some(d) = self.lookup_type_attr(&cls, &name) {
            if let Value::Obj(dobj) = &d {
                match &dobj.payload {
                    Payload::Property(p) => {
                        if p.fset.borrow().is_none() || p.fset.borrow().is_null() {
                            let tn = cls.as_type().map(|t| t.name()).unwrap_or_default();
                            let what = property_label(p);
                            return self.err("AttributeError", format!("{what} of '{tn}' object has no setter"));
                        }
                        let fset = p.fset.borrow().clone();
                        self.call(&fset, Args::new(&[obj.clone(), value]))?;
                        return Ok(());
                    }
                    Payload::GetSet(gs) => {
                        return match gs.set {
                            Some(set) => set(self, obj, value),
                            None if Rc::ptr_eq(dobj.class(), &self.types.member_descriptor) => {
                                self.err("AttributeError", "readonly attribute")
                            }
                            None => {
                                let msg = format!("attribute '{}' of '{}' objects is not writable", gs.name, gs.owner);
                                self.err("AttributeError", msg)
                            }
                        };
                    }
                    Payload::Member { index, .. } => {
                        if let Value::Obj(io) = obj {
                            if let Payload::Slots(s) = &io.payload {
                                if let Some(slot) = s.borrow_mut().get_mut(*index) {
                                    *slot = value;
                                }
                                return Ok(());
                            }
                        }
                    }
                    _ => {
                        let dc = dobj.class().clone();
                        if dc.as_type().map(|t| t.heap).unwrap_or(false) {
                            if let Some(set) = self.lookup_type_attr_str(&dc, "__set__") {
                                self.call(&set, Args::new(&[d.clone(), obj.clone(), value]))?;
                                return Ok(());
                            }
                        }
                    }
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(iv) = o.instance_values() {
                let exact_str = matches!(&name, Value::Obj(n) if Rc::ptr_eq(n.class(), &self.types.str_));
                let set = match iv.try_borrow_mut() {
                    Ok(mut iv) => iv.set(&name, value, exact_str),
                    Err(_) => Err(value),
                };
                match set {
                    Ok(old) => {
                        drop(old);
                        return Ok(());
                    }
                    // The layout cannot hold it: on to a dict of its own.
                    Err(v) => value = v,
                }
            }
            if o.dict_ref().is_none() {
                // Functions and exceptions make their dict on first use.
                self.dict_object(o)?;
            }
            if let Some(d) = o.dict_ref() {
                return crate::dictops::dict_set(self, d, name, value);
            }
        }
        if self.lookup_type_attr(&cls, &name).is_some() {
            let n = crate::builtins::str_of(&name).unwrap_or("?").to_string();
            let tn = self.type_name(obj);
            return self.err("AttributeError", format!("'{tn}' object attribute '{n}' is read-only"));
        }
        self.no_attribute_error(obj, &name)
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if cls.as_type().map(|t| t.heap).unwrap_or(false) {
            if let Some(da) = self.lookup_type_attr_str(&cls, "__delattr__") {
                if !is_native(&da) {
                    self.call(&da, Args::new(&[obj.clone(), name.clone()]))?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if !td.heap {
                    let n = crate::builtins::str_of(name).unwrap_or("?").to_string();
                    return self.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", td.full_name()));
                }
                if let Some(r) = self.del_type_special(o, td, name) {
                    return r;
                }
            }
        }
        if let Some(Value::Obj(d)) = self.lookup_type_attr(&cls, name) {
            match &d.payload {
                Payload::Property(p) => {
                    if p.fdel.borrow().is_none() || p.fdel.borrow().is_null() {
                        let tn = cls.as_type().map(|t| t.name()).unwrap_or_default();
                        let what = property_label(p);
                        return self.err("AttributeError", format!("{what} of '{tn}' object has no deleter"));
                    }
                    let fdel = p.fdel.borrow().clone();
                    self.call(&fdel, Args::new(&[obj.clone()]))?;
                    return Ok(());
                }
                // An exception field (a struct member in CPython): deleted,
                // it reads None again.
                Payload::GetSet(gs) if Rc::ptr_eq(d.class(), &self.types.member_descriptor) => {
                    if let Some(set) = gs.set {
                        return set(self, obj, Value::None);
                    }
                }
                Payload::Member { index, name: mname, .. } => {
                    if let Value::Obj(io) = obj {
                        if let Payload::Slots(s) = &io.payload {
                            let was = s.borrow().get(*index).map(|v| v.is_null()).unwrap_or(true);
                            if was {
                                return self.err("AttributeError", mname.clone());
                            }
                            s.borrow_mut()[*index] = Value::Null;
                            return Ok(());
                        }
                    }
                }
                _ => {
                    let dc = d.class().clone();
                    if dc.as_type().map(|t| t.heap).unwrap_or(false) {
                        if let Some(del) = self.lookup_type_attr_str(&dc, "__delete__") {
                            self.call(&del, Args::new(&[Value::Obj(d.clone()), obj.clone()]))?;
                            return Ok(());
                        }
                    }
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = o.dict_ref() {
                if crate::dictops::dict_del(self, d, name)?.is_some() {
                    if let Payload::Type(td) = &o.payload {
                        td.modified();
                    }
                    return Ok(());
                }
            }
        }
        self.no_attribute_error(obj, name)
    }

    /// `del C.attr` of the attributes `type` gives every class (some of
    /// which tern keeps in the class's dict): CPython's errors.
    fn del_type_special(&mut self, t: &Obj, td: &crate::typeobj::TypeData, name: &Value) -> Option<PyResult<()>> {
        let n = crate::builtins::str_of(name)?;
        Some(match n {
            "__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__" => {
                self.type_error(format!("cannot delete '{n}' attribute of immutable type '{}'", td.full_name()))
            }
            "__mro__" => self.err("AttributeError", "readonly attribute"),
            "__dict__" | "__text_signature__" => self.err("AttributeError", format!("attribute '{n}' of 'type' objects is not writable")),
            "__abstractmethods__" | "__annotations__" => {
                let d = t.dict_ref()?;
                match crate::dictops::dict_del(self, d, name) {
                    Ok(Some(_)) => {
                        td.modified();
                        Ok(())
                    }
                    Ok(None) => self.err("AttributeError", n),
                    Err(e) => Err(e),
                }
            }
            _ => return None,
        })
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// getattr returning None when the attribute is missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        match self.getattr(obj, &n) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Stores into a dict-backed object's dict directly (module setup).
    pub fn set_dict_item_str(&mut self, o: &Obj, name: &str, v: Value) {
        let key = self.intern(name);
        let d = match &o.payload {
            Payload::Dict(_) => Some(o.clone()),
            _ => o.dict.get().cloned(),
        };
        if let Some(d) = d {
            if let Payload::Dict(dd) = &d.payload {
                let h = crate::str::hash_str(name);
                let idx = dd.borrow().find_fast(h, &key, crate::dictops::fast_eq);
                match idx {
                    Some(i) => {
                        dd.borrow_mut().set_value_at(i, v);
                    }
                    None => dd.borrow_mut().insert_new(h, key, v),
                }
            }
        }
    }
}

/// True for attributes implemented in Rust (object's own `__getattribute__`).
pub fn is_native(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(o.payload, Payload::Native(_)),
        _ => false,
    }
}

#[allow(dead_code)]
fn _unused(_: &PyObject) {}

/// `property 'name'` when `__set_name__` named it, else `property`.
fn property_label(p: &crate::object::PropertyData) -> String {
    match crate::builtins::str_of(&p.name.borrow()) {
        Some(n) => format!("property '{n}'"),
        None => "property".to_string(),
    }
}

/// Number of method cache entries (a power of two).
pub const METHOD_CACHE_SIZE: usize = 4096;

/// One method cache entry: type address, interned name address, type
/// version, and what the MRO lookup found.
pub type MethodCacheEntry = (usize, usize, u32, Option<Value>);

/// The method cache entry for a (type, interned name) pair.
#[inline(always)]
fn method_cache_slot(type_ptr: usize, name_ptr: usize) -> usize {
    ((type_ptr >> 4) ^ (name_ptr >> 3) ^ (name_ptr >> 11)) & (METHOD_CACHE_SIZE - 1)
}
