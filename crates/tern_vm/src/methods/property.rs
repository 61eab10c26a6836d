//! `property`: construction (`__new__` makes an empty property,
//! `__init__` fills it, as CPython's `property_init`, also when called
//! again or on a subclass instance), the copies `getter`/`setter`/
//! `deleter` make, and its descriptor methods and attributes.

use super::nargs;
use crate::function::Args;
use crate::object::{Payload, PropertyData, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub fn install(vm: &mut Vm) {
    let p = vm.types.property.clone();
    vm.add_method(&p, "__init__", prop_init);
    vm.add_method(&p, "getter", prop_getter);
    vm.add_method(&p, "setter", prop_setter);
    vm.add_method(&p, "deleter", prop_deleter);
    vm.add_method(&p, "__get__", prop_get);
    vm.add_method(&p, "__set__", prop_set);
    vm.add_method(&p, "__delete__", prop_delete);
    vm.add_getset(&p, "fget", |_, v| Ok(field(v, |p| &p.fget)), None);
    vm.add_getset(&p, "fset", |_, v| Ok(field(v, |p| &p.fset)), None);
    vm.add_getset(&p, "fdel", |_, v| Ok(field(v, |p| &p.fdel)), None);
    vm.add_getset(&p, "__doc__", |_, v| Ok(field(v, |p| &p.doc)), Some(prop_set_doc));
}

/// An empty property of class `cls` (`property.__new__`).
pub fn new_empty(vm: &mut Vm, cls: Obj) -> Value {
    let p = PropertyData {
        fget: RefCell::new(Value::None),
        fset: RefCell::new(Value::None),
        fdel: RefCell::new(Value::None),
        doc: RefCell::new(Value::None),
        getter_doc: Cell::new(false),
        name: RefCell::new(Value::None),
    };
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Value::Obj(PyObject::new(cls, dict, Payload::Property(Box::new(p))))
}

fn prop_data(v: &Value) -> Option<&PropertyData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property(p) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

fn field(v: &Value, f: impl Fn(&PropertyData) -> &RefCell<Value>) -> Value {
    prop_data(v).map(|p| f(p).borrow().clone()).unwrap_or(Value::None)
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`.
fn prop_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.pos[0].clone();
    if prop_data(&me).is_none() {
        let tn = vm.type_name(&me);
        return vm.type_error(format!("descriptor '__init__' requires a 'property' object but received a '{tn}'"));
    }
    init(vm, &me, &args.pos[1..], args.kwnames, args.kwvals)?;
    Ok(Value::None)
}

/// CPython 3.11's `property_init`: stores the functions and the doc; with
/// no doc, the getter's `__doc__` is taken, and on a subclass instance it
/// goes in the instance's `__dict__` (the class's own `__doc__` would
/// shadow the property's).
pub fn init(vm: &mut Vm, me: &Value, pos: &[Value], kwnames: &[Value], kwvals: &[Value]) -> PyResult<()> {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    if pos.len() + kwnames.len() > 4 {
        return vm.type_error(format!("property() takes at most 4 arguments ({} given)", pos.len() + kwnames.len()));
    }
    let mut vals: [Value; 4] = Default::default();
    for (slot, v) in vals.iter_mut().zip(pos) {
        *slot = v.clone();
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("").to_string();
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => {
                return vm.type_error(format!("argument for property() given by name ('{k}') and position ({})", i + 1));
            }
            Some(i) => vals[i] = v.clone(),
            None => return vm.type_error(format!("'{k}' is an invalid keyword argument for property()")),
        }
    }
    for v in vals.iter_mut() {
        if v.is_null() {
            *v = Value::None;
        }
    }
    let [fget, fset, fdel, doc] = vals;
    let Some(p) = prop_data(me) else { return vm.type_error("property.__init__ needs a property") };
    // A site specialized on the old getter guards on its version.
    if let Value::Obj(old) = &*p.fget.borrow() {
        if let Payload::Function(f) = &old.payload {
            if !matches!(&fget, Value::Obj(n) if std::rc::Rc::ptr_eq(n, old)) {
                f.version.set(crate::function::next_func_version());
            }
        }
    }
    *p.fget.borrow_mut() = fget.clone();
    *p.fset.borrow_mut() = fset;
    *p.fdel.borrow_mut() = fdel;
    *p.doc.borrow_mut() = doc.clone();
    *p.name.borrow_mut() = Value::None;
    p.getter_doc.set(false);
    if doc.is_none() && !fget.is_none() {
        let Some(get_doc) = vm.getattr_opt(&fget, "__doc__")? else { return Ok(()) };
        let exact = matches!(me, Value::Obj(o) if std::rc::Rc::ptr_eq(o.class(), &vm.types.property));
        if exact {
            *p.doc.borrow_mut() = get_doc;
        } else {
            let name = vm.intern("__doc__");
            vm.setattr(me, name, get_doc)?;
        }
        p.getter_doc.set(true);
    }
    Ok(())
}

/// `getter`/`setter`/`deleter`: a new property of the same class (made by
/// calling it, as CPython's `property_copy`) with one function replaced.
fn prop_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult {
    nargs(vm, args, "property", 1, 1)?;
    let Some(p) = prop_data(&args.pos[0]) else { return vm.type_error("not a property") };
    let mut fns = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
    fns[which] = args.pos[1].clone();
    let doc = if p.getter_doc.get() && !fns[0].is_none() { Value::None } else { p.doc.borrow().clone() };
    let name = p.name.borrow().clone();
    let cls = Value::Obj(vm.type_of(&args.pos[0]));
    let [fget, fset, fdel] = fns;
    let new = vm.call(&cls, Args::new(&[fget, fset, fdel, doc]))?;
    if let Some(np) = prop_data(&new) {
        *np.name.borrow_mut() = name;
    }
    Ok(new)
}

fn prop_getter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, &args, 0)
}

fn prop_setter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, &args, 1)
}

fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, &args, 2)
}

fn prop_get(vm: &mut Vm, args: Args) -> PyResult {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    vm.bind_descriptor(&args.pos[0], &obj, &Value::None)
}

fn prop_set(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__set__", 2, 2)?;
    let fset = field(&args.pos[0], |p| &p.fset);
    if fset.is_none() {
        return vm.err("AttributeError", "can't set attribute");
    }
    vm.call(&fset, Args::new(&[args.pos[1].clone(), args.pos[2].clone()]))
}

fn prop_delete(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__delete__", 1, 1)?;
    let fdel = field(&args.pos[0], |p| &p.fdel);
    if fdel.is_none() {
        return vm.err("AttributeError", "can't delete attribute");
    }
    vm.call(&fdel, Args::new(&[args.pos[1].clone()]))
}

fn prop_set_doc(_vm: &mut Vm, v: &Value, doc: Value) -> PyResult<()> {
    if let Some(p) = prop_data(v) {
        *p.doc.borrow_mut() = doc;
    }
    Ok(())
}
