//! Attributes and methods of functions, methods, generators,
//! static/class methods, modules, cells, ranges, slices and iterators.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let f = vm.types.function.clone();
    vm.add_getset(&f, "__name__", fn_name, Some(fn_set_name));
    vm.add_getset(&f, "__qualname__", fn_qualname, Some(fn_set_qualname));
    vm.add_getset(&f, "__doc__", fn_doc, Some(fn_set_doc));
    vm.add_getset(&f, "__module__", fn_module, Some(fn_set_module));
    vm.add_getset(&f, "__defaults__", fn_defaults, Some(fn_set_defaults));
    vm.add_getset(&f, "__kwdefaults__", fn_kwdefaults, None);
    vm.add_getset(&f, "__code__", fn_code, Some(fn_set_code));
    vm.add_getset(&f, "__globals__", fn_globals, None);
    vm.add_getset(&f, "__closure__", fn_closure, None);
    vm.add_getset(&f, "__annotations__", fn_annotations, Some(fn_set_annotations));
    vm.add_getset(&f, "__dict__", fn_dict, Some(crate::methods::object::set_dict));
    vm.add_method(&f, "__get__", fn_get);

    let m = vm.types.method.clone();
    vm.add_getset(&m, "__self__", meth_self, None);
    vm.add_getset(&m, "__func__", meth_func, None);
    vm.add_getset(&m, "__name__", meth_name, None);
    vm.add_getset(&m, "__qualname__", meth_qualname, None);
    vm.add_getset(&m, "__doc__", meth_doc, None);
    let b = vm.types.builtin_function.clone();
    vm.add_getset(&b, "__name__", builtin_name, None);
    vm.add_getset(&b, "__qualname__", builtin_qualname, None);
    vm.add_getset(&b, "__self__", builtin_self, None);
    for md in [vm.types.method_descriptor.clone(), vm.types.wrapper_descriptor.clone()] {
        vm.add_getset(&md, "__name__", builtin_name, None);
        vm.add_getset(&md, "__qualname__", builtin_qualname, None);
        vm.add_method(&md, "__get__", md_get);
    }
    let mw = vm.types.method_wrapper.clone();
    vm.add_getset(&mw, "__name__", builtin_name, None);
    vm.add_getset(&mw, "__qualname__", builtin_qualname, None);
    vm.add_getset(&mw, "__self__", builtin_self, None);

    let g = vm.types.generator.clone();
    vm.add_method(&g, "send", gen_send);
    vm.add_method(&g, "throw", gen_throw);
    vm.add_method(&g, "close", gen_close);
    vm.add_method(&g, "__next__", gen_next);
    vm.add_method(&g, "__iter__", identity);
    vm.add_getset(&g, "gi_running", gen_running, None);
    vm.add_getset(&g, "gi_frame", gen_frame, None);

    for t in [vm.types.staticmethod.clone(), vm.types.classmethod.clone()] {
        vm.add_getset(&t, "__func__", wrapped_func, None);
        vm.add_getset(&t, "__wrapped__", wrapped_func, None);
        vm.add_method(&t, "__get__", wrapper_get);
        vm.add_getset(&t, "__dict__", crate::methods::object::get_dict, Some(crate::methods::object::set_dict));
    }
    let cmd = vm.types.classmethod_descriptor.clone();
    vm.add_method(&cmd, "__get__", wrapper_get);
    vm.add_method(&cmd, "__call__", cmd_call);
    vm.add_getset(&cmd, "__name__", cmd_name, None);
    vm.add_getset(&cmd, "__qualname__", cmd_qualname, None);
    let c = vm.types.cell.clone();
    vm.add_getset(&c, "cell_contents", cell_contents, None);
    let r = vm.types.range.clone();
    vm.add_getset(&r, "start", range_start, None);
    vm.add_getset(&r, "stop", range_stop, None);
    vm.add_getset(&r, "step", range_step, None);
    vm.add_method(&r, "count", range_count);
    vm.add_method(&r, "index", range_index);
    let s = vm.types.slice.clone();
    vm.add_getset(&s, "start", slice_start, None);
    vm.add_getset(&s, "stop", slice_stop, None);
    vm.add_getset(&s, "step", slice_step, None);
    vm.add_method(&s, "indices", slice_indices);
    // Iterators that know how many items are left (`__length_hint__`),
    // then those that do not.
    let hinted = [
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.str_iterator_unicode.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.bytearray_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.reversed.clone(),
        vm.types.list_reverseiterator.clone(),
        vm.types.deque_iterator.clone(),
        vm.types.deque_reverse_iterator.clone(),
    ];
    let unhinted = [
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.seq_iterator.clone(),
        vm.types.callable_iterator.clone(),
        vm.types.it_chain.clone(),
        vm.types.it_islice.clone(),
        vm.types.it_count.clone(),
        vm.types.it_repeat.clone(),
        vm.types.it_product.clone(),
        vm.types.it_permutations.clone(),
        vm.types.it_combinations.clone(),
        vm.types.it_cwr.clone(),
        vm.types.it_cycle.clone(),
        vm.types.it_accumulate.clone(),
        vm.types.it_starmap.clone(),
        vm.types.it_takewhile.clone(),
        vm.types.it_dropwhile.clone(),
        vm.types.it_filterfalse.clone(),
        vm.types.it_compress.clone(),
        vm.types.it_pairwise.clone(),
        vm.types.it_zip_longest.clone(),
        vm.types.it_groupby.clone(),
        vm.types.it_grouper.clone(),
    ];
    for t in hinted.iter().chain(&unhinted) {
        vm.add_method(t, "__next__", iter_next);
        vm.add_method(t, "__iter__", identity);
    }
    for t in &hinted {
        vm.add_method(t, "__length_hint__", iter_length_hint);
    }
    let m = vm.types.module.clone();
    vm.add_getset(&m, "__dict__", module_dict, None);
    let code = vm.types.code.clone();
    vm.add_getset(&code, "co_name", code_name, None);
    vm.add_getset(&code, "co_filename", code_filename, None);
    vm.add_getset(&code, "co_varnames", code_varnames, None);
    vm.add_getset(&code, "co_argcount", code_argcount, None);
    vm.add_getset(&code, "co_firstlineno", code_firstlineno, None);
    vm.add_getset(&code, "co_posonlyargcount", |_, v| code_int(v, |c| c.co.posonlyargcount as i64), None);
    vm.add_getset(&code, "co_kwonlyargcount", |_, v| code_int(v, |c| c.co.kwonlyargcount as i64), None);
    vm.add_getset(&code, "co_flags", |_, v| code_int(v, |c| c.co.flags.0 as i64), None);
    vm.add_getset(&code, "co_nlocals", |_, v| code_int(v, |c| c.co.varnames.len() as i64), None);
    vm.add_getset(&code, "co_stacksize", |_, v| code_int(v, |c| c.co.max_stack as i64), None);
    vm.add_getset(&code, "co_qualname", |vm, v| Ok(code_of(v).map(|c| vm.new_str(&c.co.qualname)).unwrap_or(Value::None)), None);
    vm.add_getset(&code, "co_names", |vm, v| code_strs(vm, v, |c| &c.co.names), None);
    vm.add_getset(&code, "co_cellvars", |vm, v| code_strs(vm, v, |c| &c.co.cellvars), None);
    vm.add_getset(&code, "co_freevars", |vm, v| code_strs(vm, v, |c| &c.co.freevars), None);
    vm.add_getset(&code, "co_consts", |vm, v| Ok(vm.new_tuple(code_of(v).map(|c| c.consts.to_vec()).unwrap_or_default())), None);
    let tb = vm.types.traceback.clone();
    vm.add_getset(&tb, "tb_lineno", tb_lineno, None);
    vm.add_getset(&tb, "tb_next", tb_next, Some(tb_set_next));
    // Frame objects are snapshots: clearing their locals frees nothing.
    let frame = vm.types.frame.clone();
    vm.add_method(&frame, "clear", |_, _| Ok(Value::None));
    vm.add_getset(&tb, "tb_frame", tb_frame, None);
    // An instruction offset (two bytes a word, as CPython's) where the
    // compiler recorded a position, so that traceback prints its markers
    // from `co_positions()`; -1 (no markers) elsewhere.
    vm.add_getset(&tb, "tb_lasti", tb_lasti, None);
    vm.add_method(&code, "co_positions", code_positions);
    vm.add_method(&code, "replace", code_replace);
}

fn func_of(v: &Value) -> Option<&crate::function::Function> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

macro_rules! need_fn {
    ($vm:expr, $v:expr) => {
        match func_of($v) {
            Some(f) => f,
            None => return $vm.type_error("descriptor requires a function"),
        }
    };
}

fn fn_name(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let n = f.name.borrow().clone();
    Ok(vm.new_string(n))
}
fn fn_set_name(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    match crate::builtins::str_of(&new) {
        Some(s) => {
            *f.name.borrow_mut() = s.to_string();
            Ok(())
        }
        None => vm.type_error("__name__ must be set to a string object"),
    }
}
fn fn_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let n = f.qualname.borrow().clone();
    Ok(vm.new_string(n))
}
fn fn_set_qualname(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    match crate::builtins::str_of(&new) {
        Some(s) => {
            *f.qualname.borrow_mut() = s.to_string();
            Ok(())
        }
        None => vm.type_error("__qualname__ must be set to a string object"),
    }
}
fn fn_doc(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    Ok(f.doc.borrow().clone())
}
fn fn_set_doc(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    *f.doc.borrow_mut() = new;
    Ok(())
}
fn fn_module(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    Ok(f.module.borrow().clone())
}
fn fn_set_module(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    *f.module.borrow_mut() = new;
    Ok(())
}
fn fn_defaults(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let d = f.defaults.borrow().clone();
    if d.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_tuple(d))
}
fn fn_set_defaults(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let items = if new.is_none() { vec![] } else { vm.iterate(&new)? };
    let f = need_fn!(vm, v);
    *f.defaults.borrow_mut() = items;
    f.version.set(crate::function::next_func_version());
    Ok(())
}
fn fn_kwdefaults(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let k = f.kwdefaults.borrow().clone();
    Ok(if k.is_null() { Value::None } else { k })
}
fn fn_code(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let c = f.code();
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(c)))
}
fn fn_set_code(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    let code = match &new {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => c.clone(),
            _ => return vm.type_error("__code__ must be set to a code object"),
        },
        _ => return vm.type_error("__code__ must be set to a code object"),
    };
    let nfree = code.nfrees;
    if nfree != f.closure.len() {
        let name = f.name.borrow().clone();
        return vm.value_error(format!("{name}() requires a code object with {} free vars, not {nfree}", f.closure.len()));
    }
    *f.code.borrow_mut() = code;
    f.version.set(crate::function::next_func_version());
    Ok(())
}
fn fn_globals(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    Ok(Value::Obj(f.globals.clone()))
}
fn fn_closure(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    if f.closure.is_empty() {
        return Ok(Value::None);
    }
    let cells: Vec<Value> = f.closure.iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(vm.new_tuple(cells))
}
fn fn_annotations(vm: &mut Vm, v: &Value) -> PyResult {
    let f = need_fn!(vm, v);
    let a = f.annotations.borrow().clone();
    if a.is_null() {
        let d = vm.new_dict();
        *f.annotations.borrow_mut() = d.clone();
        return Ok(d);
    }
    Ok(a)
}
fn fn_set_annotations(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = need_fn!(vm, v);
    *f.annotations.borrow_mut() = new;
    Ok(())
}
fn fn_dict(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match vm.dict_object(o)? {
            Some(d) => Ok(Value::Obj(d)),
            None => Ok(vm.new_dict()),
        },
        _ => Ok(vm.new_dict()),
    }
}
fn fn_get(vm: &mut Vm, args: Args) -> PyResult {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let owner = args.pos.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    vm.bind_descriptor(&args.pos[0], &obj, &owner)
}
fn md_get(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "__get__", 1, 2)?;
    let d = &args.pos[0];
    let obj = &args.pos[1];
    if obj.is_none() {
        if args.pos.get(2).is_none_or(Value::is_none) {
            return vm.type_error("__get__(None, None) is invalid");
        }
        return Ok(d.clone());
    }
    // Binding checks the object as a call does (with the same words for
    // a slot wrapper as for a method descriptor).
    if let Value::Obj(o) = d {
        if let Payload::Native(nf) = &o.payload {
            if nf.owner_type.as_ref().is_some_and(|t| !vm.fits_descriptor(t, obj)) {
                let tn = vm.type_name(obj);
                let owner = nf.owner.unwrap_or("object");
                return vm.type_error(format!("descriptor '{}' for '{owner}' objects doesn't apply to a '{tn}' object", nf.name));
            }
        }
    }
    vm.bind_descriptor(d, obj, &Value::None)
}

fn bound_parts(v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BoundMethod { func, self_ } => Some((func.clone(), self_.clone())),
            _ => None,
        },
        _ => None,
    }
}
fn meth_self(vm: &mut Vm, v: &Value) -> PyResult {
    match bound_parts(v) {
        Some((_, s)) => Ok(s),
        None => vm.type_error("not a method"),
    }
}
fn meth_func(vm: &mut Vm, v: &Value) -> PyResult {
    match bound_parts(v) {
        Some((f, _)) => Ok(f),
        None => vm.type_error("not a method"),
    }
}
fn meth_name(vm: &mut Vm, v: &Value) -> PyResult {
    match bound_parts(v) {
        Some((f, _)) => vm.getattr_str(&f, "__name__"),
        None => vm.type_error("not a method"),
    }
}
fn meth_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    match bound_parts(v) {
        Some((f, _)) => vm.getattr_str(&f, "__qualname__"),
        None => vm.type_error("not a method"),
    }
}
fn meth_doc(vm: &mut Vm, v: &Value) -> PyResult {
    match bound_parts(v) {
        Some((f, _)) => vm.getattr_str(&f, "__doc__"),
        None => vm.type_error("not a method"),
    }
}
fn builtin_name(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) | Payload::NativeBound { func: n, .. } => Ok(vm.new_str(n.name)),
            _ => Ok(vm.new_str("?")),
        },
        _ => Ok(vm.new_str("?")),
    }
}
/// `list.append` for a method of a builtin type, `len` for a function.
fn builtin_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) | Payload::NativeBound { func: n, .. } => match n.owner {
                Some(owner) => Ok(vm.new_str(&format!("{owner}.{}", n.name))),
                None => Ok(vm.new_str(n.name)),
            },
            _ => Ok(vm.new_str("?")),
        },
        _ => Ok(vm.new_str("?")),
    }
}
fn builtin_self(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::NativeBound { self_, .. } => Ok(self_.clone()),
            _ => Ok(Value::Obj(vm.builtins_module.clone())),
        },
        _ => Ok(Value::None),
    }
}

fn gen_obj(vm: &mut Vm, v: &Value) -> PyResult<crate::value::Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => vm.type_error("descriptor requires a 'generator' object"),
    }
}
fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "send", 1, 1)?;
    let g = gen_obj(vm, &args.pos[0])?;
    match vm.gen_resume(&g, args.pos[1].clone(), None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}
fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args.pos[0])?;
    match vm.gen_resume(&g, Value::None, None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}
fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "throw", 1, 3)?;
    let g = gen_obj(vm, &args.pos[0])?;
    let e = vm.throw_args_exception(&args.pos[1..])?;
    match vm.gen_throw(&g, e)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}
fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args.pos[0])?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}
fn gen_running(vm: &mut Vm, v: &Value) -> PyResult {
    let g = gen_obj(vm, v)?;
    match &g.payload {
        Payload::Generator(st) => Ok(Value::Bool(st.borrow().running)),
        _ => Ok(Value::Bool(false)),
    }
}
fn gen_frame(vm: &mut Vm, v: &Value) -> PyResult {
    let g = gen_obj(vm, v)?;
    crate::methods::asyncgen::suspended_frame(vm, &g)
}
fn identity(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.pos[0].clone())
}
/// `__length_hint__` of the builtin iterators: how many items are left.
fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "__length_hint__", 0, 0)?;
    let n = match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Iter(st) => crate::iteration::remaining(&st.borrow()),
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn wrapped_func(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Ok(f.clone()),
            _ => vm.type_error("not a wrapper"),
        },
        _ => vm.type_error("not a wrapper"),
    }
}
fn wrapper_get(vm: &mut Vm, args: Args) -> PyResult {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let owner = args.pos.get(2).cloned().unwrap_or(Value::None);
    let owner = if owner.is_none() { Value::Obj(vm.type_of(&obj)) } else { owner };
    vm.bind_descriptor(&args.pos[0], &Value::Null, &owner)
}
/// The native function inside a `classmethod_descriptor`.
fn cmd_native(v: &Value) -> Option<&std::rc::Rc<crate::function::NativeFunction>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::ClassMethod(Value::Obj(f)) => match &f.payload {
                Payload::Native(nf) => Some(nf),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}
fn cmd_name(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(vm.new_str(cmd_native(v).map_or("?", |nf| nf.name)))
}
fn cmd_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    let q = cmd_native(v).map_or_else(|| "?".to_string(), |nf| format!("{}.{}", nf.owner.unwrap_or("object"), nf.name));
    Ok(vm.new_str(&q))
}
/// `dict.__dict__['fromkeys'](dict, keys)`: the class comes first and must
/// be the owner or a subclass (the one whose MRO holds this descriptor).
fn cmd_call(vm: &mut Vm, args: Args) -> PyResult {
    let d = &args.pos[0];
    let Some(nf) = cmd_native(d).cloned() else { return vm.type_error("not a classmethod_descriptor") };
    let owner = nf.owner.unwrap_or("object");
    let Some(cls) = args.pos.get(1) else {
        return vm.type_error(format!("descriptor '{}' of '{owner}' object needs an argument", nf.name));
    };
    let Some(mro) = cls.as_obj().and_then(|c| c.as_type()).map(|t| t.mro.borrow().clone()) else {
        let tn = vm.type_name(cls);
        return vm.type_error(format!("descriptor '{}' for type '{owner}' needs a type, not a '{tn}' as arg 2", nf.name));
    };
    let name = vm.intern_static(nf.name);
    let mut found = false;
    for t in &mro {
        if let Some(dict) = t.dict_ref() {
            if crate::dictops::dict_get_str(vm, dict, &name)?.is_some_and(|v| v.is(d)) {
                found = true;
                break;
            }
        }
    }
    if !found {
        let tn = cls.as_obj().and_then(|c| c.as_type()).map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("descriptor '{}' requires a subtype of '{owner}' but received '{tn}'", nf.name));
    }
    (nf.func)(vm, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}
fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult {
    if let Value::Obj(o) = v {
        if let Payload::Cell(c) = &o.payload {
            let x = c.borrow().clone();
            if x.is_null() {
                return vm.value_error("Cell is empty");
            }
            return Ok(x);
        }
    }
    vm.type_error("not a cell")
}
fn range_field(vm: &mut Vm, v: &Value, f: fn(crate::bigrange::BigRange) -> num_bigint::BigInt) -> PyResult {
    match crate::bigrange::range_parts(v) {
        Some(r) => Ok(vm.new_bigint(f(r))),
        None => vm.type_error("descriptor requires a 'range' object"),
    }
}
fn range_start(vm: &mut Vm, v: &Value) -> PyResult {
    range_field(vm, v, |r| r.start)
}
fn range_stop(vm: &mut Vm, v: &Value) -> PyResult {
    range_field(vm, v, |r| r.stop)
}
fn range_step(vm: &mut Vm, v: &Value) -> PyResult {
    range_field(vm, v, |r| r.step)
}
fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 1)?;
    Ok(Value::Int(vm.contains(&args.pos[0], &args.pos[1])? as i64))
}
fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "index", 1, 1)?;
    if crate::int::as_int(&args.pos[1]).is_none() {
        // Not an int: a linear search by equality, as for any sequence.
        let it = vm.iter(&args.pos[0])?;
        let mut i: i64 = 0;
        while let Some(v) = vm.next(&it)? {
            if vm.eq(&v, &args.pos[1])? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        return vm.value_error("sequence.index(x): x not in sequence");
    }
    if vm.contains(&args.pos[0], &args.pos[1])? {
        if let (Some(r), Some(i)) = (crate::bigrange::range_parts(&args.pos[0]), crate::int::as_int(&args.pos[1])) {
            return Ok(vm.new_bigint((i.to_big() - r.start) / r.step));
        }
    }
    let r = vm.repr_string(&args.pos[1])?;
    vm.value_error(format!("{r} is not in range"))
}
fn slice_part(v: &Value, i: usize) -> Value {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Slice(a, b, c) => [a, b, c][i].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    }
}
fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(slice_part(v, 0))
}
fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(slice_part(v, 1))
}
fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(slice_part(v, 2))
}
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "indices", 1, 1)?;
    let n = match vm.index_of(&args.pos[1])? {
        Some(n) if n >= 0 => n as usize,
        Some(_) => return vm.value_error("length should not be negative"),
        None => return vm.type_error("'str' object cannot be interpreted as an integer"),
    };
    let s = vm.slice_indices(&args.pos[0], n)?;
    Ok(vm.new_tuple(vec![Value::Int(s.start), Value::Int(s.stop), Value::Int(s.step)]))
}
fn module_dict(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Obj(o) => match o.dict.get() {
            Some(d) => Ok(Value::Obj(d.clone())),
            None => Ok(vm.new_dict()),
        },
        _ => Ok(vm.new_dict()),
    }
}
fn code_of(v: &Value) -> Option<std::rc::Rc<crate::code::Code>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}
fn code_name(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(code_of(v).map(|c| vm.new_str(&c.co.name)).unwrap_or(Value::None))
}
fn code_filename(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(code_of(v).map(|c| vm.new_str(&c.co.filename)).unwrap_or(Value::None))
}
fn code_varnames(vm: &mut Vm, v: &Value) -> PyResult {
    let names: Vec<Value> = code_of(v).map(|c| c.co.varnames.iter().map(|n| vm.new_str(n)).collect()).unwrap_or_default();
    Ok(vm.new_tuple(names))
}
fn code_int(v: &Value, f: fn(&crate::code::Code) -> i64) -> PyResult {
    Ok(Value::Int(code_of(v).map(|c| f(&c)).unwrap_or(0)))
}
fn code_strs(vm: &mut Vm, v: &Value, f: fn(&crate::code::Code) -> &Vec<String>) -> PyResult {
    let names: Vec<Value> = code_of(v).map(|c| f(&c).iter().map(|n| vm.new_str(n)).collect()).unwrap_or_default();
    Ok(vm.new_tuple(names))
}
fn code_argcount(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(code_of(v).map(|c| c.co.argcount as i64).unwrap_or(0)))
}
fn code_firstlineno(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(code_of(v).map(|c| c.co.first_line as i64).unwrap_or(0)))
}
fn tb_parts(v: &Value) -> Option<(Vec<crate::exception::TbEntry>, usize)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Traceback { entries, index } => Some((entries.clone(), *index)),
            _ => None,
        },
        _ => None,
    }
}
fn tb_lineno(_vm: &mut Vm, v: &Value) -> PyResult {
    // Entries are innermost first; the traceback object walks outermost first.
    Ok(match tb_parts(v) {
        Some((e, i)) => Value::Int(e.get(e.len() - 1 - i).map(|x| x.line as i64).unwrap_or(0)),
        None => Value::None,
    })
}
fn tb_lasti(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match tb_parts(v) {
        Some((e, i)) => match e.get(e.len() - 1 - i) {
            Some(entry) if matches!(entry.code.co.positions.get(entry.pc as usize), Some(Some(_))) => Value::Int(2 * entry.pc as i64),
            _ => Value::Int(-1),
        },
        None => Value::Int(-1),
    })
}
/// `code.replace(**changes)`: a copy with other flags, names or first
/// line (what `types.coroutine` needs). The fields that hold bytecode,
/// constants or variables cannot be replaced in tern: asking raises
/// ValueError rather than running code that does not match them.
fn code_replace(vm: &mut Vm, args: Args) -> PyResult {
    let Some(c) = args.pos.first().and_then(code_of) else { return vm.type_error("descriptor 'replace' needs a code object") };
    if args.pos.len() > 1 {
        return vm.type_error("replace() takes no positional arguments");
    }
    const OTHERS: [&str; 13] = [
        "co_argcount",
        "co_posonlyargcount",
        "co_kwonlyargcount",
        "co_nlocals",
        "co_stacksize",
        "co_code",
        "co_consts",
        "co_names",
        "co_varnames",
        "co_freevars",
        "co_cellvars",
        "co_linetable",
        "co_exceptiontable",
    ];
    let mut co = c.co.clone();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("").to_string();
        let int = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
            match vm.index_of(v)? {
                Some(i) => Ok(i),
                None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
            }
        };
        let text = |vm: &mut Vm, v: &Value| -> PyResult<String> {
            match crate::builtins::str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => vm.type_error(format!("replace() argument '{k}' must be str, not {}", vm.type_name(v))),
            }
        };
        match k.as_str() {
            "co_flags" => co.flags = tern_bytecode::CodeFlags(int(vm, v)? as u32),
            "co_firstlineno" => co.first_line = int(vm, v)? as u32,
            "co_name" => co.name = text(vm, v)?,
            "co_qualname" => co.qualname = text(vm, v)?,
            "co_filename" => co.filename = text(vm, v)?,
            k if OTHERS.contains(&k) => return vm.value_error(format!("code.replace(): tern cannot replace {k}")),
            k => return vm.type_error(format!("'{k}' is an invalid keyword argument for replace()")),
        }
    }
    let new = vm.load_code(co);
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(new)))
}

/// `code.co_positions()`: (line, end_line, col, end_col) for each word.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult {
    let Some(c) = args.pos.first().and_then(code_of) else { return vm.type_error("descriptor 'co_positions' needs a code object") };
    let mut out = Vec::with_capacity(c.co.code.len());
    for pc in 0..c.co.code.len() {
        let t = match c.co.positions.get(pc).copied().flatten() {
            Some([l, el, col, ecol]) => vec![Value::Int(l as i64), Value::Int(el as i64), Value::Int(col as i64), Value::Int(ecol as i64)],
            None => {
                let l = Value::Int(c.co.line_at(pc) as i64);
                vec![l.clone(), l, Value::None, Value::None]
            }
        };
        out.push(vm.new_tuple(t));
    }
    let list = vm.new_list(out);
    vm.iter(&list)
}
fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match tb_parts(v) {
        Some((e, i)) => match e.get(e.len() - 1 - i) {
            Some(entry) => Value::Obj(vm.entry_frame_object(entry)?),
            None => Value::None,
        },
        None => Value::None,
    })
}
/// `tb.tb_next = None` ends the chain at `tb` (as unittest does to hide
/// its own frames); another traceback object is accepted but not linked.
fn tb_set_next(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let is_tb = matches!(&new, Value::Obj(o) if matches!(o.payload, Payload::Traceback { .. }));
    if !new.is_none() && !is_tb {
        return vm.type_error(format!("expected traceback object or None, got '{}'", vm.type_name(&new)));
    }
    if let Some((e, i)) = tb_parts(v) {
        if let Some(entry) = e.get(e.len() - 1 - i) {
            entry.cut.set(new.is_none());
        }
    }
    Ok(())
}
fn tb_next(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match tb_parts(v) {
        Some((e, i)) if i + 1 < e.len() && !e[e.len() - 1 - i].cut.get() => {
            vm.new_object(vm.types.traceback.clone(), Payload::Traceback { entries: e, index: i + 1 })
        }
        _ => Value::None,
    })
}
