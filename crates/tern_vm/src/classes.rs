//! Class creation (`__build_class__`, `type(name, bases, ns)`, metaclasses,
//! `__init_subclass__`, `__set_name__`, `__slots__`), instantiation
//! (`__new__` then `__init__`), and `super`.

use crate::dict::Dict;
use crate::exception::ExcData;
use crate::frame::Frame;
use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::set::SetTable;
use crate::shared_keys::InstanceValues;
use crate::str::PyStr;
use crate::typeobj::{Layout, TypeData};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// Does the class namespace `dict_obj` hold `name`?
    fn dict_has_str(&mut self, dict_obj: &Obj, name: &str) -> PyResult<bool> {
        let k = self.intern(name);
        match &dict_obj.payload {
            Payload::Dict(d) => Ok(crate::dictops::dict_get_str(self, d, &k)?.is_some()),
            _ => Ok(false),
        }
    }

    /// Whether a new class adds an instance dict and weak references to
    /// its bases (CPython's `add_dict`/`add_weakref`): with `__slots__`
    /// only when they name them; without, when no base has them (a
    /// variable-sized base such as int or tuple has no weak references).
    fn adds_dict_and_weakref(&mut self, bases: &[Obj], slots: Option<&crate::slots::SlotDecl>) -> (bool, bool) {
        if let Some(s) = slots {
            return (s.add_dict, s.add_weakref);
        }
        // CPython asks only the "best" base, whose instance layout the
        // others extend: here the one with the most slots, else a builtin
        // one, else the first.
        let slot_count = |b: &Obj| b.as_type().and_then(|t| t.slots.as_ref().map(|s| s.len())).unwrap_or(0);
        let best = bases
            .iter()
            .filter(|b| slot_count(b) > 0)
            .max_by_key(|b| slot_count(b))
            .or_else(|| bases.iter().find(|b| b.as_type().is_some_and(|t| t.layout != Layout::Object)))
            .or_else(|| bases.first());
        let Some(best_obj) = best.cloned() else { return (true, true) };
        // The base's instances have a dict when it (or its own bases)
        // provides the `__dict__` descriptor: `object` has none, and a
        // tuple subclass with empty slots neither, though tern keeps its
        // instances' attributes in a dict.
        let base_dict = self.lookup_type_attr_str(&best_obj, "__dict__").is_some();
        let Some(best) = best_obj.as_type() else { return (true, true) };
        // Variable-sized instances (int, tuple, bytes) have no weak references.
        let base_weakref = (best.heap && best.has_weakref)
            || matches!(
                best.layout,
                Layout::Type
                    | Layout::Set
                    | Layout::FrozenSet
                    | Layout::Module
                    | Layout::Int
                    | Layout::Bool
                    | Layout::Tuple
                    | Layout::Bytes
            );
        (!base_dict, !base_weakref)
    }

    /// CPython's "Can't instantiate abstract class" check on
    /// `__abstractmethods__`.
    fn check_not_abstract(&mut self, t: &Obj) -> PyResult<()> {
        let Some(am) = self.lookup_type_attr_str(t, "__abstractmethods__") else { return Ok(()) };
        if matches!(&am, Value::Obj(o) if matches!(o.payload, Payload::GetSet(_))) {
            return Ok(());
        }
        let mut names: Vec<String> = Vec::new();
        for n in self.iterate(&am)? {
            names.push(self.str_string(&n)?);
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let tn = t.as_type().map(|t| t.name()).unwrap_or_default();
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!("Can't instantiate abstract class {tn} with abstract method{s} {}", names.join(", ")))
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub fn build_class(&mut self, args: Args) -> PyResult {
        if args.pos.len() < 2 {
            return self.type_error("__build_class__: not enough arguments");
        }
        let body = args.pos[0].clone();
        let name = args.pos[1].clone();
        let orig_bases: Vec<Value> = args.pos[2..].to_vec();
        // PEP 560: a base that is not a class may stand for others
        // through `__mro_entries__(bases)` (typing's `Generic[T]`).
        let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
        let mut replaced = false;
        for b in &orig_bases {
            let is_type = matches!(b, Value::Obj(o) if matches!(o.payload, Payload::Type(_)));
            let entries = if is_type { None } else { self.getattr_opt(b, "__mro_entries__")? };
            match entries {
                Some(f) => {
                    let ob = self.new_tuple(orig_bases.clone());
                    let r = self.call(&f, Args::new(&[ob]))?;
                    let Value::Obj(ro) = &r else { return self.type_error("__mro_entries__ must return a tuple") };
                    let Payload::Tuple(items) = &ro.payload else { return self.type_error("__mro_entries__ must return a tuple") };
                    bases.extend(items.iter().cloned());
                    replaced = true;
                }
                None => bases.push(b.clone()),
            }
        }
        let mut meta: Option<Value> = None;
        let mut kwnames = Vec::new();
        let mut kwvals = Vec::new();
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            if crate::builtins::str_of(k) == Some("metaclass") {
                meta = Some(v.clone());
            } else {
                kwnames.push(k.clone());
                kwvals.push(v.clone());
            }
        }
        // The most derived metaclass of the bases.
        let mut meta = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.type_of(b)),
                None => Value::Obj(self.types.type_.clone()),
            },
        };
        if let Value::Obj(mo) = &meta {
            if matches!(mo.payload, Payload::Type(_)) {
                for b in &bases {
                    let bt = self.type_of(b);
                    let Value::Obj(cur) = &meta else { break };
                    if crate::typeobj::is_subtype(&bt, cur) {
                        meta = Value::Obj(bt);
                    } else if !crate::typeobj::is_subtype(cur, &bt) {
                        return self.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
                    }
                }
            }
        }
        // __prepare__
        let ns = match self.getattr_opt(&meta, "__prepare__")? {
            Some(prep)
                if !crate::attr::is_native(&prep) && !matches!(&prep, Value::Obj(o) if matches!(o.payload, Payload::NativeBound{..})) =>
            {
                let bt = self.new_tuple(bases.clone());
                let mut all = vec![name.clone(), bt];
                let n = all.len();
                all.extend(kwvals.iter().cloned());
                self.call(&prep, Args { pos: &all[..n], kwnames: &kwnames, kwvals: &all[n..] })?
            }
            _ => self.new_dict(),
        };
        // Run the body with the namespace as its locals.
        let Value::Obj(bo) = &body else { return self.type_error("__build_class__: func must be a function") };
        let Payload::Function(f) = &bo.payload else { return self.type_error("__build_class__: func must be a function") };
        let mut frame = self.bind_frame(f, &[], &[], &[], None)?;
        frame.locals = ns.clone();
        let cell = match self.run_frame(frame)? {
            crate::eval::FrameExit::Return(v) => v,
            _ => Value::None,
        };
        if replaced {
            let k = self.new_str("__orig_bases__");
            let ob = self.new_tuple(orig_bases);
            self.setitem(&ns, k, ob)?;
        }
        let bases_t = self.new_tuple(bases);
        let mut all = vec![name, bases_t, ns];
        all.extend(kwvals.iter().cloned());
        let cls = self.call(&meta, Args { pos: &all[..3], kwnames: &kwnames, kwvals: &all[3..] })?;
        if let Value::Obj(c) = &cell {
            if let Payload::Cell(cv) = &c.payload {
                *cv.borrow_mut() = cls.clone();
            }
        }
        Ok(cls)
    }

    /// `type(name, bases, dict)` through `type.__new__(meta, ...)`.
    pub fn new_class(&mut self, meta: &Obj, name: &str, bases: Vec<Value>, ns: &Value, kwnames: &[Value], kwvals: &[Value]) -> PyResult {
        let mut base_objs: Vec<Obj> = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                    let td = o.as_type().expect("type");
                    if !td.basetype.get() {
                        return self.type_error(format!("type '{}' is not an acceptable base type", td.name()));
                    }
                    base_objs.push(o.clone());
                }
                _ => return self.type_error("bases must be types"),
            }
        }
        if base_objs.is_empty() {
            base_objs.push(self.types.object.clone());
        }
        // Layout: the most specific builtin layout among the bases.
        let mut layout = Layout::Object;
        for b in &base_objs {
            let bl = b.as_type().map(|t| t.layout).unwrap_or(Layout::Object);
            if bl != Layout::Object {
                if layout != Layout::Object && layout != bl && !(layout == Layout::Exception && bl == Layout::Exception) {
                    return self.type_error("multiple bases have instance lay-out conflict");
                }
                layout = bl;
            }
        }
        if layout == Layout::Bool {
            return self.type_error("type 'bool' is not an acceptable base type");
        }
        // Namespace copy.
        let mut dict = Dict::new();
        let items = self.mapping_items(ns)?;
        let mut slots: Option<crate::slots::SlotDecl> = None;
        if let Some((_, v)) = items.iter().find(|(k, _)| crate::builtins::str_of(k) == Some("__slots__")) {
            let var_sized = base_objs.iter().find_map(|b| {
                let t = b.as_type()?;
                matches!(t.layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes | Layout::Type).then(|| t.name())
            });
            // Classes of tern's frozen modules stand in for C types, which
            // have neither a dict nor weak references unless they say so.
            let python_bases: Vec<&Obj> = base_objs.iter().filter(|b| !b.as_type().is_some_and(|t| t.native_standin)).collect();
            let base = crate::slots::SlotBase {
                has_dict: python_bases.iter().any(|b| b.as_type().is_some_and(|t| t.has_dict)),
                has_weakref: var_sized.is_some() || python_bases.iter().any(|b| b.as_type().is_some_and(|t| t.has_weakref)),
                var_sized: var_sized.as_deref(),
            };
            let names: Vec<String> = items.iter().filter_map(|(k, _)| crate::builtins::str_of(k).map(str::to_string)).collect();
            let in_ns = |n: &str| names.iter().any(|k| k == n);
            slots = Some(crate::slots::read_slots(self, name, v, &base, &in_ns)?);
        }
        let dict_obj = self.new_dict_obj(Dict::new());
        let mut new_defined = false;
        if let Payload::Dict(d) = &dict_obj.payload {
            for (k, v) in items {
                // functions named __init_subclass__ / __class_getitem__ are implicit classmethods.
                let key = crate::builtins::str_of(&k).unwrap_or("").to_string();
                let v = if (key == "__init_subclass__" || key == "__class_getitem__")
                    && matches!(&v, Value::Obj(o) if matches!(o.payload, Payload::Function(_)))
                {
                    self.new_object(self.types.classmethod.clone(), Payload::ClassMethod(v))
                } else if key == "__new__" && matches!(&v, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
                    new_defined = true;
                    self.new_object(self.types.staticmethod.clone(), Payload::StaticMethod(v))
                } else {
                    if key == "__del__" {
                        crate::finalize::note_del_defined();
                    }
                    v
                };
                crate::dictops::dict_set(self, d, k, v)?;
            }
        }
        let _ = &mut dict;
        // `__module__` defaults to the calling frame's `__name__`.
        if let Payload::Dict(d) = &dict_obj.payload {
            let mk = self.intern("__module__");
            if crate::dictops::dict_get_str(self, d, &mk)?.is_none() {
                let globals = self.frames.last().map(|f| f.globals.clone());
                let nk = self.intern("__name__");
                let modname = match globals.as_ref().map(|g| &g.payload) {
                    Some(Payload::Dict(g)) => crate::dictops::dict_get_str(self, g, &nk)?,
                    _ => None,
                };
                if let Some(m) = modname {
                    crate::dictops::dict_set(self, d, mk, m)?;
                }
            }
        }
        // The `__dict__` and `__weakref__` getsets CPython adds to a class
        // whose bases have no instance dict or weak references (after the
        // slot members, before `__doc__`); no `__weakref__` for the classes
        // of tern's frozen modules, which stand in for C types.
        let (add_dict, add_weakref) = self.adds_dict_and_weakref(&base_objs, slots.as_ref());
        let standin = self.frames.last().is_some_and(|f| f.code.co.filename.starts_with("<frozen "));
        // Instances of builtin subclasses (a list with `__slots__`, as
        // functools' `_HashedSeq`) carry the builtin payload, which has no
        // room for slot values: their slots live in an instance dict.
        if layout != Layout::Object {
            slots = None;
        }
        let has_dict = slots.as_ref().map(|s| s.add_dict).unwrap_or(true)
            || base_objs.iter().any(|b| b.as_type().map(|t| t.has_dict && t.heap).unwrap_or(false));
        let has_weakref =
            slots.as_ref().map(|s| s.add_weakref).unwrap_or(true) || base_objs.iter().any(|b| b.as_type().is_some_and(|t| t.has_weakref));
        let mut td = TypeData::new(name, layout, true);
        td.has_dict = has_dict;
        td.has_weakref = has_weakref;
        td.native_standin = standin;
        td.new_slot_set.set(new_defined);
        // Slot members (after those of the bases).
        let mut base_slot_count = 0;
        for b in &base_objs {
            if let Some(bs) = b.as_type().and_then(|t| t.slots.as_ref()) {
                base_slot_count += bs.len();
            }
        }
        if let Some(s) = &slots {
            let own = &s.members;
            let mut all_slots: Vec<String> = Vec::new();
            for b in &base_objs {
                if let Some(bs) = b.as_type().and_then(|t| t.slots.as_ref()) {
                    all_slots.extend(bs.iter().cloned());
                }
            }
            for (i, mangled) in own.iter().enumerate() {
                let member = self.new_object(
                    self.types.member_descriptor.clone(),
                    Payload::Member { name: mangled.clone(), index: base_slot_count + i, owner: name.to_string() },
                );
                self.set_dict_item_str(&dict_obj, mangled, member);
                all_slots.push(mangled.clone());
            }
            td.slots = Some(all_slots);
        } else if base_slot_count > 0 {
            let mut all_slots: Vec<String> = Vec::new();
            for b in &base_objs {
                if let Some(bs) = b.as_type().and_then(|t| t.slots.as_ref()) {
                    all_slots.extend(bs.iter().cloned());
                }
            }
            td.slots = Some(all_slots);
        }
        for (add, attr) in [(add_dict, "__dict__"), (add_weakref, "__weakref__")] {
            // A frozen stand-in for a native type keeps `__weakref__`
            // hidden; the `__dict__` of its instances is read through its
            // own descriptor (`object` has none).
            if add && (!standin || attr == "__dict__") && !self.dict_has_str(&dict_obj, attr)? {
                let get: crate::object::GetFn = if attr == "__dict__" { crate::methods::object::get_dict } else { |_, _| Ok(Value::None) };
                let set: Option<crate::object::SetFn> = if attr == "__dict__" { Some(crate::methods::object::set_dict) } else { None };
                let gs = crate::object::GetSet { name: attr, owner: name.to_string(), get, set };
                let v = self.new_object(self.types.getset_descriptor.clone(), Payload::GetSet(gs));
                self.set_dict_item_str(&dict_obj, attr, v);
            }
        }
        // Every class has its own `__doc__` (None without a docstring).
        if !self.dict_has_str(&dict_obj, "__doc__")? {
            self.set_dict_item_str(&dict_obj, "__doc__", Value::None);
        }
        let qualname = {
            let k = self.intern("__qualname__");
            match &dict_obj.payload {
                Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &k)?,
                _ => None,
            }
        };
        if let Some(q) = qualname.as_ref().and_then(|q| crate::builtins::str_of(q).map(|s| s.to_string())) {
            *td.qualname.borrow_mut() = q;
            if let Payload::Dict(d) = &dict_obj.payload {
                let k = self.intern("__qualname__");
                crate::dictops::dict_del(self, d, &k)?;
            }
        }
        // A class defining __eq__ without __hash__ is unhashable.
        {
            let eqk = self.intern("__eq__");
            let hk = self.intern("__hash__");
            if let Payload::Dict(d) = &dict_obj.payload {
                let has_eq = crate::dictops::dict_get_str(self, d, &eqk)?.is_some();
                let has_hash = crate::dictops::dict_get_str(self, d, &hk)?.is_some();
                if has_eq && !has_hash {
                    d.borrow_mut().insert_new(crate::str::hash_str("__hash__"), hk, Value::None);
                }
            }
        }
        let cls = Rc::new(PyObject {
            class: crate::object::ClassCell::new(meta.clone()),
            dict: crate::object::DictCell::new(Some(dict_obj.clone())),
            payload: Payload::Type(Box::new(td)),
        });
        let mro = match crate::typeobj::c3_mro(&cls, &base_objs) {
            Ok(m) => m,
            Err(msg) => return self.type_error(msg),
        };
        {
            let td = cls.as_type().expect("type");
            *td.bases.borrow_mut() = base_objs.clone();
            *td.mro.borrow_mut() = mro;
        }
        for b in &base_objs {
            if let Some(bt) = b.as_type() {
                bt.subclasses.borrow_mut().push(Rc::downgrade(&cls));
            }
        }
        let clsv = Value::Obj(cls.clone());
        // __set_name__ on descriptors.
        let entries: Vec<(Value, Value)> = match &dict_obj.payload {
            Payload::Dict(d) => d.borrow().items(),
            _ => vec![],
        };
        for (k, v) in entries {
            if let Value::Obj(vo) = &v {
                if let Payload::Property(p) = &vo.payload {
                    *p.name.borrow_mut() = k.clone();
                }
                let vc = vo.class().clone();
                if vc.as_type().map(|t| t.heap).unwrap_or(false) {
                    if let Some(sn) = self.lookup_type_attr_str(&vc, "__set_name__") {
                        if let Err(cause) = self.call(&sn, Args::new(&[v.clone(), clsv.clone(), k.clone()])) {
                            let (vn, kr) = (self.type_name(&v), self.repr_string(&k)?);
                            return self.err_from_cause(
                                "RuntimeError",
                                format!("Error calling __set_name__ on '{vn}' instance {kr} in '{name}'"),
                                cause,
                            );
                        }
                    }
                }
            }
        }
        // __init_subclass__ of the parent.
        let sup =
            self.new_object(self.types.super_.clone(), Payload::Super { type_: clsv.clone(), obj: clsv.clone(), obj_type: clsv.clone() });
        let isc = self.getattr_str(&sup, "__init_subclass__")?;
        self.call(&isc, Args { pos: &[], kwnames, kwvals })?;
        Ok(clsv)
    }

    /// Calling a type: metaclass `__call__`, else `__new__` + `__init__`.
    pub fn call_type(&mut self, t: &Obj, args: Args) -> PyResult {
        let meta = t.class().clone();
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(call) = self.lookup_type_attr_str(&meta, "__call__") {
                if !crate::attr::is_native(&call) {
                    let mut all = Vec::with_capacity(args.pos.len() + 1);
                    all.push(Value::Obj(t.clone()));
                    all.extend_from_slice(args.pos);
                    return self.call(&call, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals });
                }
            }
        }
        self.type_call_default(t, args)
    }

    /// `type.__call__`: `__new__`, then `__init__` if the result is an instance.
    pub fn type_call_default(&mut self, t: &Obj, args: Args) -> PyResult {
        let Some(td) = t.as_type() else { return self.type_error("descriptor requires a type object") };
        if Rc::ptr_eq(t, &self.types.type_) && args.pos.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.type_of(&args.pos[0])));
        }
        if !td.heap {
            if let Some(new) = td.native_new.get() {
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(Value::Obj(t.clone()));
                all.extend_from_slice(args.pos);
                return new(self, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals });
            }
        }
        let new = self.lookup_type_attr_str(t, "__new__");
        let obj = match new {
            Some(n) if !crate::attr::is_native(&n) && !self.is_object_new(&n) => {
                let n = match &n {
                    Value::Obj(o) => match &o.payload {
                        Payload::StaticMethod(f) => f.clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(Value::Obj(t.clone()));
                all.extend_from_slice(args.pos);
                self.call(&n, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })?
            }
            Some(n) => {
                // A native __new__ (builtin base): builds the payload from args.
                let n = match &n {
                    Value::Obj(o) => match &o.payload {
                        Payload::StaticMethod(f) => f.clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                if self.is_object_new(&n) {
                    if (!args.pos.is_empty() || !args.kwnames.is_empty()) && self.overrides_new(t) {
                        return self.type_error("object.__new__() takes exactly one argument (the type to instantiate)");
                    }
                    let init = self.lookup_type_attr_str(t, "__init__");
                    let init_is_object = init.as_ref().map(|i| self.is_object_init(i)).unwrap_or(true);
                    if (!args.pos.is_empty() || !args.kwnames.is_empty()) && init_is_object {
                        return self.type_error(format!("{}() takes no arguments", td.name()));
                    }
                    self.object_new(t)?
                } else {
                    let mut all = Vec::with_capacity(args.pos.len() + 1);
                    all.push(Value::Obj(t.clone()));
                    all.extend_from_slice(args.pos);
                    self.call(&n, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })?
                }
            }
            None => self.object_new(t)?,
        };
        if !self.isinstance(&obj, t) {
            return Ok(obj);
        }
        if let Some(init) = self.lookup_type_attr_str(t, "__init__") {
            if !self.is_object_init(&init) {
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args.pos);
                let r = self.call(&init, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })?;
                if !r.is_none() {
                    return self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r)));
                }
            }
        }
        Ok(obj)
    }

    /// Whether `t`'s `__new__` slot is not `object.__new__`: a class on its
    /// MRO once defined `__new__` (CPython keeps `slot_tp_new` after
    /// `del C.__new__`).
    pub fn overrides_new(&self, t: &Obj) -> bool {
        let Some(td) = t.as_type() else { return false };
        let mro = td.mro.borrow();
        mro.iter().any(|c| c.as_type().map(|ct| ct.new_slot_set.get()).unwrap_or(false))
    }

    pub(crate) fn is_object_new(&self, v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        matches!(&o.payload, Payload::Native(nf) if nf.name == "__new__" && nf.owner == Some("object"))
    }

    pub(crate) fn is_object_init(&self, v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        matches!(&o.payload, Payload::Native(nf) if nf.name == "__init__" && nf.owner == Some("object"))
    }

    /// `object.__new__(cls)`: an empty instance with the layout's payload.
    pub fn object_new(&mut self, t: &Obj) -> PyResult {
        // Classes made by a metaclass (abc.ABCMeta), or given
        // `__abstractmethods__`, may be abstract.
        if !Rc::ptr_eq(t.class(), &self.types.type_) || t.as_type().is_some_and(|td| td.abstract_set.get()) {
            self.check_not_abstract(t)?;
        }
        let Some(td) = t.as_type() else { return self.type_error("descriptor requires a type object") };
        let payload = match td.layout {
            Layout::Object => match &td.slots {
                Some(s) => Payload::Slots(RefCell::new(vec![Value::Null; s.len()])),
                None if td.has_dict => Payload::InstanceValues(RefCell::new(InstanceValues::new(&td.instance_keys))),
                None => Payload::Instance,
            },
            Layout::Int => Payload::Int(num_bigint::BigInt::from(0)),
            Layout::Float => Payload::Float(0.0),
            Layout::Str => Payload::Str(PyStr::new("")),
            Layout::List => Payload::List(RefCell::new(Vec::new())),
            Layout::Deque => Payload::Deque(crate::object::DequeData::new(None)),
            Layout::Tuple => Payload::Tuple(Box::new([])),
            Layout::Dict => Payload::Dict(RefCell::new(Dict::new())),
            Layout::Set | Layout::FrozenSet => Payload::Set(RefCell::new(SetTable::new())),
            Layout::Exception => Payload::Exception(Box::new(ExcData::new(self.empty_tuple.clone()))),
            Layout::Bytes => Payload::Bytes(Box::new([])),
            Layout::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
            Layout::Complex => Payload::Complex(0.0, 0.0),
            Layout::Type => {
                return self.type_error("type.__new__ requires arguments");
            }
            Layout::Module => Payload::Module { name: RefCell::new("?".into()) },
            _ => Payload::Instance,
        };
        // Other instances with a `__dict__` get theirs on first request
        // (`PyObject::dict_ref`), or from `__dict__` assignment.
        let dict = if td.layout == Layout::Module { Some(self.new_dict_obj(Dict::new())) } else { None };
        let tys = &self.types;
        let made_by_the_vm = [
            &tys.generator,
            &tys.coroutine,
            &tys.coroutine_wrapper,
            &tys.async_generator,
            &tys.async_generator_asend,
            &tys.async_generator_athrow,
            &tys.anext_awaitable,
        ];
        if !td.heap && (td.layout == Layout::Object && !Rc::ptr_eq(t, &tys.object) || made_by_the_vm.iter().any(|m| Rc::ptr_eq(t, m))) {
            return self.type_error(format!("cannot create '{}' instances", td.name()));
        }
        Ok(Value::Obj(PyObject::new(t.clone(), dict, payload)))
    }

    /// Runs the body of a module or `exec` in a frame with a locals mapping.
    pub fn run_code_in(&mut self, code: Rc<crate::code::Code>, globals: Obj, locals: Value) -> PyResult {
        let builtins = self.builtins.clone();
        let mut frame = Box::new(Frame::new(code, globals, builtins, locals));
        frame.is_entry = true;
        match self.run_frame(frame)? {
            crate::eval::FrameExit::Return(v) => Ok(v),
            _ => Ok(Value::None),
        }
    }

    /// Attribute lookup through `super(type_, obj)`.
    pub fn super_getattr(&mut self, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(so) = sup else { return Ok(None) };
        let Payload::Super { type_, obj, obj_type } = &so.payload else { return Ok(None) };
        // `super().__class__` is the super object's own class (CPython's
        // super_getattro skips the search for it).
        if crate::builtins::str_of(name) == Some("__class__") {
            return Ok(None);
        }
        let (type_, obj, obj_type) = (type_.clone(), obj.clone(), obj_type.clone());
        let Value::Obj(start) = &type_ else { return Ok(None) };
        let Value::Obj(ot) = &obj_type else { return Ok(None) };
        let mro = ot.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
        let pos = mro.iter().position(|m| Rc::ptr_eq(m, start)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(d) = c.dict_ref() {
                let found = crate::dictops::dict_get_str(self, d, name)?;
                if let Some(v) = found {
                    // Bind: instance methods to obj; classmethods to obj_type.
                    let inst = if obj.is(&obj_type) { Value::Null } else { obj.clone() };
                    if inst.is_null() {
                        if let Value::Obj(vo) = &v {
                            if let Payload::Function(_) = vo.payload {
                                return Ok(Some(v));
                            }
                        }
                    }
                    let b = self.bind_descriptor(&v, &inst, &obj_type)?;
                    return Ok(Some(b));
                }
            }
        }
        Ok(None)
    }
}
