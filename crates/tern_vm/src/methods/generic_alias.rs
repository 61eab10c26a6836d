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
    vm.add_method(&t, "__or__", crate::methods::type_::type_or);
    vm.add_method(&t, "__ror__", crate::methods::type_::type_ror);
    let m = vm.new_str("types");
    vm.set_dict_item_str(&t, "__module__", m);
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
        let origin = self.getattr_opt(v, "__origin__")?.unwrap_or(Value::None);
        let args = self.getattr_opt(v, "__args__")?.unwrap_or(Value::None);
        let mut parts = Vec::new();
        for a in self.seq_items(&args) {
            parts.push(self.generic_arg_repr(&a)?);
        }
        let head = self.generic_arg_repr(&origin)?;
        let inner = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
        Ok(Some(format!("{head}[{inner}]")))
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
