//! Type objects: name, bases, MRO (C3), the layout of their instances and
//! the version tag that specialized instructions guard on.
//!
//! A type's version changes when the type or any class on its MRO is
//! modified (attribute set or deleted, `__bases__` assigned): the change
//! walks the subclass list and resets every descendant's tag. Version 0
//! means "unassigned"; specializers ask for a fresh one. A type whose tag
//! can no longer be trusted (tags exhausted) is never specialized on.

use crate::object::{Payload, PyObject};
use crate::value::Obj;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What builtin state instances of a type carry (inherited from the
/// nearest builtin base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Deque,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Other,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// CPython's `tp_name` where it differs from `__name__` (a C type of a
    /// module: `collections.deque`), for error messages (`Vm::type_name`).
    pub tp_name: Cell<Option<&'static str>>,
    pub bases: RefCell<Vec<Obj>>,
    pub mro: RefCell<Vec<Obj>>,
    pub layout: Layout,
    /// Python-defined (heap) type: may be modified, may define dunders.
    pub heap: bool,
    /// Can be subclassed.
    pub basetype: Cell<bool>,
    version: Cell<u32>,
    pub subclasses: RefCell<Vec<Weak<PyObject>>>,
    /// Names of `__slots__`, when defined (no instance dict then).
    pub slots: Option<Vec<String>>,
    /// Whether instances get a `__dict__`.
    pub has_dict: bool,
    /// Whether instances can be weakly referenced (heap types without
    /// `__slots__`, or with `__weakref__` in them).
    pub has_weakref: bool,
    /// Defined by one of tern's frozen modules: a stand-in for a C type.
    pub native_standin: bool,
    /// `__abstractmethods__` was assigned (CPython's `IS_ABSTRACT` flag
    /// then follows its truth): instantiation checks it.
    pub abstract_set: Cell<bool>,
    /// Builtin constructor (`__new__` + `__init__` rolled in) for builtin types.
    pub native_new: Cell<Option<crate::function::NativeFn>>,
    /// `__new__` was ever defined on this class (CPython's `tp_new` slot
    /// then stays `slot_tp_new` even after `del C.__new__`).
    pub new_slot_set: Cell<bool>,
    /// The attribute names its instances share (see `shared_keys`).
    pub instance_keys: std::rc::Rc<crate::shared_keys::SharedKeys>,
    /// `has_del`'s answer and the version tag it holds for (version << 1 |
    /// answer; 0: not asked yet).
    del_cache: Cell<u64>,
}

thread_local! {
    static NEXT_TYPE_VERSION: Cell<u32> = const { Cell::new(1) };
}

impl TypeData {
    pub fn new(name: &str, layout: Layout, heap: bool) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            tp_name: Cell::new(None),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            layout,
            heap,
            basetype: Cell::new(true),
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            slots: None,
            has_dict: heap,
            has_weakref: heap,
            native_standin: false,
            abstract_set: Cell::new(false),
            native_new: Cell::new(None),
            new_slot_set: Cell::new(false),
            instance_keys: Default::default(),
            del_cache: Cell::new(0),
        }
    }

    /// Whether the class or one on its MRO defines `__del__`, cached per
    /// version tag (so a `__del__` added or removed later is seen).
    pub fn has_del(&self) -> bool {
        let v = self.version();
        let c = self.del_cache.get();
        if v != 0 && c >> 1 == v as u64 {
            return c & 1 != 0;
        }
        let Ok(mro) = self.mro.try_borrow() else { return false };
        let found = mro.iter().any(|k| {
            let Some(d) = k.dict_ref() else { return false };
            let Ok(d) = d.try_borrow() else { return false };
            d.entries.iter().any(|e| !e.value.is_null() && matches!(&e.key, crate::value::Value::Obj(s) if matches!(&s.payload, crate::object::Payload::Str(s) if s.as_str() == "__del__")))
        });
        if v != 0 {
            self.del_cache.set((v as u64) << 1 | found as u64);
        }
        found
    }

    /// The name error messages use: `tp_name` if set, else `__name__`.
    pub fn full_name(&self) -> String {
        self.tp_name.get().map_or_else(|| self.name(), str::to_string)
    }

    /// The module a builtin type with a dotted `tp_name` names
    /// (CPython's `type_module` for static types).
    pub fn tp_module(&self) -> Option<&'static str> {
        self.tp_name.get().and_then(|n| n.rsplit_once('.')).map(|(m, _)| m)
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The current version tag, assigning one if needed; 0 when exhausted.
    pub fn version(&self) -> u32 {
        let v = self.version.get();
        if v != 0 {
            return v;
        }
        let next = NEXT_TYPE_VERSION.with(|c| {
            let v = c.get();
            if v != u32::MAX {
                c.set(v + 1);
            }
            v
        });
        if next == u32::MAX {
            return 0;
        }
        self.version.set(next);
        next
    }

    /// The version if assigned, without assigning (for guards).
    #[inline]
    pub fn version_tag(&self) -> u32 {
        self.version.get()
    }

    /// Invalidates this type's tag and its subclasses'.
    pub fn modified(&self) {
        if self.version.get() == 0 {
            // Subclasses may still hold tags.
        }
        self.version.set(0);
        let subs: Vec<Obj> = self.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for s in subs {
            if let Some(t) = s.as_type() {
                t.modified();
            }
        }
    }
}

/// Computes the C3 linearization of `cls` with `bases`, or an error message.
pub fn c3_mro(cls: &Obj, bases: &[Obj]) -> Result<Vec<Obj>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            let n = b.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(format!("duplicate base class {n}"));
        }
    }
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for b in bases {
        let t = b.as_type().ok_or("bases must be types")?;
        seqs.push(t.mro.borrow().clone());
    }
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                if let Some(t) = s[0].as_type() {
                    let n = t.name();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            return Err(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// True if `sub` has `sup` on its MRO.
pub fn is_subtype(sub: &Obj, sup: &Obj) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    match &sub.payload {
        Payload::Type(t) => t.mro.borrow().iter().any(|m| Rc::ptr_eq(m, sup)),
        _ => false,
    }
}
