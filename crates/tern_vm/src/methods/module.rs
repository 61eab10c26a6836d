//! The `module` type (`types.ModuleType`): `module(name, doc=None)` and
//! the module repr, which read `__name__` and friends from the module's
//! dict as CPython does (`<module 'm'>`, `<module 'm' from 'f.py'>`,
//! `<module 'sys' (built-in)>`).

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_method(&t, "__init__", init);
}

/// `module.__init__(self, name, doc=None)`: sets `__name__`, `__doc__`,
/// and None for `__package__`, `__loader__` and `__spec__`.
fn init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(m)) = args.pos.first().cloned() else {
        return vm.type_error("descriptor '__init__' of 'module' object needs an argument");
    };
    let mut name = args.pos.get(1).cloned();
    let mut doc = args.pos.get(2).cloned();
    if args.pos.len() > 3 {
        return vm.type_error(format!("module() takes at most 2 arguments ({} given)", args.pos.len() - 1 + args.kwnames.len()));
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let slot = match crate::builtins::str_of(k) {
            Some("name") => &mut name,
            Some("doc") => &mut doc,
            Some(other) => return vm.type_error(format!("module() got an unexpected keyword argument '{other}'")),
            None => return vm.type_error("keywords must be strings"),
        };
        if slot.is_some() {
            let (n, pos) = if crate::builtins::str_of(k) == Some("name") { ("name", 1) } else { ("doc", 2) };
            return vm.type_error(format!("argument for module() given by name ('{n}') and position ({pos})"));
        }
        *slot = Some(v.clone());
    }
    let Some(name) = name else { return vm.type_error("module() missing required argument 'name' (pos 1)") };
    if crate::builtins::pystr_of(&name).is_none() {
        return vm.type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name)));
    }
    if let Payload::Module { name: n } = &m.payload {
        *n.borrow_mut() = crate::builtins::str_of(&name).unwrap_or("?").to_string();
    }
    let doc = doc.unwrap_or(Value::None);
    let Some(d) = module_dict(vm, &m)? else { return Ok(Value::None) };
    for (k, v) in
        [("__name__", name), ("__doc__", doc), ("__package__", Value::None), ("__loader__", Value::None), ("__spec__", Value::None)]
    {
        let k = vm.intern(k);
        vm.setitem(&d, k, v)?;
    }
    Ok(Value::None)
}

fn module_dict(vm: &mut Vm, m: &Obj) -> PyResult<Option<Value>> {
    Ok(vm.dict_object(m)?.map(Value::Obj))
}

impl Vm {
    /// A module's `__name__` as CPython's messages show it: the str in
    /// its dict, or None.
    pub fn module_name(&mut self, m: &Obj) -> Option<String> {
        let d = m.dict.get()?.clone();
        let Payload::Dict(dd) = &d.payload else { return None };
        let key = self.intern("__name__");
        let v = crate::dictops::dict_get_str(self, dd, &key).ok()??;
        crate::builtins::str_of(&v).map(|s| s.to_string())
    }

    /// `repr(module)`, after importlib's `_module_repr`: from the spec if
    /// there is one, else the loader, `__file__`, or the bare name.
    pub fn module_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Obj(m) = v else { return Ok(String::new()) };
        let name = self.module_name(m).unwrap_or_else(|| "?".to_string());
        let get = |vm: &mut Vm, o: &Value, n: &str| -> PyResult<Option<Value>> { Ok(vm.getattr_opt(o, n)?.filter(|x| !x.is_none())) };
        if let Some(spec) = get(self, v, "__spec__")? {
            let name = match get(self, &spec, "name")? {
                Some(n) => self.str_string(&n)?,
                None => "?".to_string(),
            };
            let origin = get(self, &spec, "origin")?;
            let has_location = match get(self, &spec, "has_location")? {
                Some(h) => self.truthy(&h)?,
                None => false,
            };
            return Ok(match origin {
                None => match get(self, &spec, "loader")? {
                    Some(l) => format!("<module {} ({})>", repr_name(&name), self.repr_string(&l)?),
                    None => format!("<module {}>", repr_name(&name)),
                },
                Some(o) if has_location => format!("<module {} from {}>", repr_name(&name), self.repr_string(&o)?),
                Some(o) => format!("<module {} ({})>", repr_name(&name), self.str_string(&o)?),
            });
        }
        if let Some(f) = get(self, v, "__file__")? {
            return Ok(format!("<module {} from {}>", repr_name(&name), self.repr_string(&f)?));
        }
        if let Some(l) = get(self, v, "__loader__")? {
            return Ok(format!("<module {} ({})>", repr_name(&name), self.repr_string(&l)?));
        }
        // tern's native modules have no spec: the one imported under its
        // name is built in.
        let key = self.new_str(&name);
        let Payload::Dict(mods) = &self.modules.clone().payload else { return Ok(format!("<module {}>", repr_name(&name))) };
        match crate::dictops::dict_get(self, mods, &key)? {
            Some(Value::Obj(o)) if std::rc::Rc::ptr_eq(&o, m) => Ok(format!("<module {} (built-in)>", repr_name(&name))),
            _ => Ok(format!("<module {}>", repr_name(&name))),
        }
    }
}

/// `repr()` of a module name.
fn repr_name(name: &str) -> String {
    crate::protocols::str_repr(name)
}
