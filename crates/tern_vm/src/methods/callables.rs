//! What the callable types share with CPython's: `__call__` on functions,
//! methods, builtins and staticmethods (so `collections.abc.Callable`
//! recognizes them), equality and hashing of bound methods (`a.m == a.m`,
//! by the receiver's identity), and `__isabstractmethod__` on property,
//! staticmethod and classmethod (abstract properties for `abc`).

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let callables = [t.function.clone(), t.method.clone(), t.builtin_function.clone(), t.method_wrapper.clone(), t.staticmethod.clone()];
    for c in &callables {
        vm.add_method(c, "__call__", call);
    }
    let t = &vm.types;
    for m in [t.method.clone(), t.builtin_function.clone(), t.method_wrapper.clone()] {
        vm.add_method(&m, "__eq__", eq);
        vm.add_method(&m, "__ne__", ne);
        vm.add_method(&m, "__hash__", hash);
    }
    let t = &vm.types;
    for w in [t.staticmethod.clone(), t.classmethod.clone()] {
        vm.add_getset(&w, "__isabstractmethod__", wrapped_is_abstract, None);
    }
    let p = vm.types.property.clone();
    vm.add_getset(&p, "__isabstractmethod__", property_is_abstract, None);
    let t = &vm.types;
    for b in [t.builtin_function.clone(), t.method_descriptor.clone(), t.method_wrapper.clone()] {
        vm.add_method(&b, "__reduce__", builtin_reduce);
        vm.add_method(&b, "__reduce_ex__", builtin_reduce_ex);
    }
    let b = vm.types.builtin_function.clone();
    vm.add_getset(&b, "__module__", builtin_module, None);
    let sup = vm.types.super_.clone();
    vm.add_getset(&sup, "__thisclass__", |vm, v| super_field(vm, v, 0), None);
    vm.add_getset(&sup, "__self__", |vm, v| super_field(vm, v, 1), None);
    vm.add_getset(&sup, "__self_class__", |vm, v| super_field(vm, v, 2), None);
    // The singletons pickle by name, as globals of builtins.
    let e = vm.types.ellipsis_type.clone();
    vm.add_method(&e, "__reduce__", |vm, _| Ok(vm.new_str("Ellipsis")));
    let n = vm.types.not_implemented_type.clone();
    vm.add_method(&n, "__reduce__", |vm, _| Ok(vm.new_str("NotImplemented")));
}

/// `super().__thisclass__` (0), `__self__` (1), `__self_class__` (2).
fn super_field(vm: &mut Vm, v: &Value, which: usize) -> PyResult {
    let Value::Obj(o) = v else { return vm.type_error("descriptor requires a 'super' object") };
    let Payload::Super { type_, obj, obj_type } = &o.payload else {
        return vm.type_error(format!("descriptor requires a 'super' object but received a '{}'", vm.type_name(v)));
    };
    let r = [type_, obj, obj_type][which].clone();
    Ok(if r.is_null() { Value::None } else { r })
}

/// `__module__` of a builtin function: its module's name (None for a
/// method bound to an object).
fn builtin_module(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(nf) => Ok(nf.module.map_or(Value::None, |m| vm.new_str(m))),
            _ => Ok(Value::None),
        },
        _ => Ok(Value::None),
    }
}

/// How pickle saves a builtin function or method: by name for a module's
/// function (`len` -> `builtins.len`), as `getattr(owner, name)` for a
/// method (`str.upper`, `[].append`), as CPython's `meth_reduce` and
/// `descr_reduce` do.
fn builtin_reduce(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("__reduce__ expects a builtin") };
    let (target, name) = match &o.payload {
        Payload::NativeBound { self_, func } => (self_.clone(), func.name),
        Payload::Native(nf) if nf.owner.is_some() => {
            let owner = match (&nf.owner_type, nf.owner) {
                (Some(t), _) => Value::Obj(t.clone()),
                (None, Some(name)) => match vm.getattr_opt(&Value::Obj(vm.builtins_module.clone()), name)? {
                    Some(t) => t,
                    None => return vm.type_error(format!("cannot pickle '{}' object", vm.type_name(&args.pos[0]))),
                },
                (None, None) => Value::None,
            };
            (owner, nf.name)
        }
        Payload::Native(nf) => return Ok(vm.new_str(nf.name)),
        _ => return vm.type_error(format!("cannot pickle '{}' object", vm.type_name(&args.pos[0]))),
    };
    let getattr = vm.getattr_str(&Value::Obj(vm.builtins_module.clone()), "getattr")?;
    let name = vm.new_str(name);
    let inner = vm.new_tuple(vec![target, name]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

fn builtin_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce_ex__", 1, 1)?;
    builtin_reduce(vm, Args::new(&args.pos[..1]))
}

/// `f.__call__(*args, **kw)`; a staticmethod calls what it wraps.
fn call(vm: &mut Vm, args: Args) -> PyResult {
    let me = match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.clone(),
            _ => args.pos[0].clone(),
        },
        v => v.clone(),
    };
    vm.call(&me, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

/// A bound method's function (compared by equality) and receiver
/// (compared by identity); a builtin's native code stands for its function.
enum Parts {
    Py(Value, Value),
    Native(crate::function::NativeFn, &'static str, Value),
    Other,
}

fn parts(v: &Value) -> Parts {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BoundMethod { func, self_ } => Parts::Py(func.clone(), self_.clone()),
            Payload::NativeBound { func, self_ } => Parts::Native(func.func, func.name, self_.clone()),
            _ => Parts::Other,
        },
        _ => Parts::Other,
    }
}

/// Whether `a == b` when both are bound methods (Python or builtin);
/// None otherwise.
pub(crate) fn bound_methods_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    match (parts(a), parts(b)) {
        (Parts::Other, _) | (_, Parts::Other) => Ok(None),
        _ => same_method(vm, a, b),
    }
}

/// Whether `a == b` for two bound methods; None when only one is.
fn same_method(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    Ok(match (parts(a), parts(b)) {
        (Parts::Py(f1, s1), Parts::Py(f2, s2)) => Some(s1.is(&s2) && vm.eq(&f1, &f2)?),
        (Parts::Native(f1, n1, s1), Parts::Native(f2, n2, s2)) => Some(s1.is(&s2) && std::ptr::fn_addr_eq(f1, f2) && n1 == n2),
        (Parts::Other, Parts::Other) => Some(a.is(b)),
        _ => None,
    })
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__eq__", 1, 1)?;
    Ok(match same_method(vm, &args.pos[0], &args.pos[1])? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented.clone(),
    })
}

fn ne(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__ne__", 1, 1)?;
    Ok(match same_method(vm, &args.pos[0], &args.pos[1])? {
        Some(r) => Value::Bool(!r),
        None => vm.not_implemented.clone(),
    })
}

/// `hash()`'s: consistent with `eq` (`Vm::hash_builtin`).
fn hash(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__hash__", 0, 0)?;
    let me = &args.pos[0];
    match me {
        Value::Obj(o) => Ok(Value::Int(vm.hash_builtin(o, me)?)),
        _ => Ok(Value::Int(vm.hash(me)?)),
    }
}

/// Whether `v` has a true `__isabstractmethod__`.
fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_none() || v.is_null() {
        return Ok(false);
    }
    match vm.getattr_opt(v, "__isabstractmethod__")? {
        Some(a) => vm.truthy(&a),
        None => Ok(false),
    }
}

fn wrapped_is_abstract(vm: &mut Vm, v: &Value) -> PyResult {
    let f = match v {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => f.clone(),
            _ => return Ok(Value::Bool(false)),
        },
        _ => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(is_abstract(vm, &f)?))
}

fn property_is_abstract(vm: &mut Vm, v: &Value) -> PyResult {
    let Value::Obj(o) = v else { return Ok(Value::Bool(false)) };
    let Payload::Property(p) = &o.payload else { return Ok(Value::Bool(false)) };
    let accessors = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
    for a in &accessors {
        if is_abstract(vm, a)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
