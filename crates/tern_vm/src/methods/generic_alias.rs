//! `types.GenericAlias`: what `list[int]` and `dict[str, int]` evaluate to.
//! An instance holds `__origin__` and `__args__` in its dict; calling it
//! calls the origin.

use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.generic_alias.clone();
    vm.add_method(&t, "__call__", call);
    vm.add_method(&t, "__repr__", |vm, a| {
        let s = vm.generic_alias_text(&a.pos[0])?;
        Ok(vm.new_string(s))
    });
    vm.add_method(&t, "__eq__", eq);
    vm.add_method(&t, "__hash__", hash);
    vm.add_method(&t, "__or__", crate::methods::type_::type_or);
    vm.add_method(&t, "__ror__", crate::methods::type_::type_ror);
    let m = vm.new_str("types");
    vm.set_dict_item_str(&t, "__module__", m);
    // Not `*tuple[int]`; no type variables are tracked (typing reads both).
    vm.set_dict_item_str(&t, "__unpacked__", Value::Bool(false));
    let empty = vm.new_tuple(vec![]);
    vm.set_dict_item_str(&t, "__parameters__", empty);
}

/// `types.GenericAlias(origin, args)` (what `__class_getitem__ =
/// classmethod(GenericAlias)` calls, as `collections.abc` does).
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if !args.kwnames.is_empty() {
        return vm.type_error("GenericAlias() takes no keyword arguments");
    }
    if rest.len() != 2 {
        return vm.type_error(format!("GenericAlias expected 2 arguments, got {}", rest.len()));
    }
    match &rest[0] {
        Value::Obj(o) => {
            let ga = vm.new_generic_alias(o, &rest[1]);
            // A subclass (`_CallableGenericAlias`) gets an instance of itself.
            if let (Some(Value::Obj(cls)), Value::Obj(g)) = (args.pos.first(), &ga) {
                if !Rc::ptr_eq(cls, &vm.types.generic_alias) && cls.as_type().is_some() {
                    return Ok(Value::Obj(PyObject::new(cls.clone(), g.dict.get().cloned(), Payload::Instance)));
                }
            }
            Ok(ga)
        }
        v => vm.type_error(format!("GenericAlias() origin must be an object, not '{}'", vm.type_name(v))),
    }
}

impl Vm {
    /// `origin[item]` for the builtin generic classes.
    pub fn new_generic_alias(&mut self, origin: &Obj, item: &Value) -> Value {
        let args = match item {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && Rc::ptr_eq(o.class(), &self.types.tuple) => item.clone(),
            _ => self.new_tuple(vec![item.clone()]),
        };
        let dict = self.new_dict_obj(Default::default());
        let ga = PyObject::new(self.types.generic_alias.clone(), Some(dict.clone()), Payload::Instance);
        self.set_dict_item_str(&dict, "__origin__", Value::Obj(origin.clone()));
        self.set_dict_item_str(&dict, "__args__", args);
        Value::Obj(ga)
    }

    /// `repr(list[int])`; None when `v` is not a generic alias.
    pub fn generic_alias_repr(&mut self, v: &Value) -> PyResult<Option<String>> {
        let Value::Obj(o) = v else { return Ok(None) };
        if !Rc::ptr_eq(o.class(), &self.types.generic_alias) {
            return Ok(None);
        }
        self.generic_alias_text(v).map(Some)
    }

    /// `list[int] == list[int]`: None unless both are generic aliases.
    pub fn generic_alias_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let is_ga = |vm: &Vm, v: &Value| matches!(v, Value::Obj(o) if Rc::ptr_eq(o.class(), &vm.types.generic_alias));
        if !is_ga(self, a) || !is_ga(self, b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (parts(self, a)?, parts(self, b)?) else { return Ok(None) };
        let r = self.compare(&x, &y, tern_bytecode::CmpOp::Eq)?;
        Ok(Some(self.truthy(&r)?))
    }

    /// `origin[args]` as CPython's `ga_repr` writes it.
    fn generic_alias_text(&mut self, v: &Value) -> PyResult<String> {
        let origin = self.getattr_opt(v, "__origin__")?.unwrap_or(Value::None);
        let args = self.getattr_opt(v, "__args__")?.unwrap_or(Value::None);
        let mut parts = Vec::new();
        for a in self.seq_items(&args) {
            parts.push(self.generic_arg_repr(&a)?);
        }
        let head = self.generic_arg_repr(&origin)?;
        let inner = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
        Ok(format!("{head}[{inner}]"))
    }

    /// One argument of a generic alias repr, as CPython's `ga_repr_item`.
    fn generic_arg_repr(&mut self, a: &Value) -> PyResult<String> {
        if let Value::Obj(o) = a {
            if matches!(o.payload, Payload::Ellipsis) {
                return Ok("...".into());
            }
            if let Payload::Type(td) = &o.payload {
                let q = td.qualname.borrow().clone();
                let m = self.getattr_opt(a, "__module__")?;
                return Ok(match m.as_ref().and_then(|m| crate::builtins::str_of(m)) {
                    Some("builtins") | None => q,
                    Some(m) => format!("{m}.{q}"),
                });
            }
        }
        self.repr_string(a)
    }
}

fn call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(ga) = args.pos.first() else {
        return vm.type_error("GenericAlias.__call__: not enough arguments");
    };
    let origin = vm.getattr_opt(ga, "__origin__")?.unwrap_or(Value::None);
    vm.call(&origin, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

/// The `(__origin__, __args__)` pair of a generic alias.
fn parts(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = v else { return Ok(None) };
    if !vm.isinstance(v, &vm.types.generic_alias.clone()) || o.dict.get().is_none() {
        return Ok(None);
    }
    let origin = vm.getattr_opt(v, "__origin__")?.unwrap_or(Value::None);
    let args = vm.getattr_opt(v, "__args__")?.unwrap_or(Value::None);
    Ok(Some(vm.new_tuple(vec![origin, args])))
}

/// Aliases are equal when their origins and arguments are.
fn eq(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(a), Some(b)) = (parts(vm, &args.pos[0])?, parts(vm, &args.pos[1])?) else { return Ok(vm.not_implemented.clone()) };
    let r = vm.compare(&a, &b, tern_bytecode::CmpOp::Eq)?;
    Ok(Value::Bool(vm.truthy(&r)?))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    match parts(vm, &args.pos[0])? {
        Some(p) => Ok(Value::Int(vm.hash(&p)?)),
        None => vm.type_error("descriptor '__hash__' requires a 'types.GenericAlias' object"),
    }
}
