//! list methods.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use tern_bytecode::CmpOp;

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_method(&t, "append", append);
    vm.add_method(&t, "extend", extend);
    vm.add_method(&t, "insert", insert);
    vm.add_method(&t, "pop", pop);
    vm.add_method(&t, "remove", remove);
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "count", count);
    vm.add_method(&t, "sort", sort);
    vm.add_method(&t, "reverse", reverse);
    vm.add_method(&t, "clear", clear);
    vm.add_method(&t, "copy", copy);
    vm.add_method(&t, "__init__", init);
    super::tuple::add_sequence_dunders(vm, &t);
    vm.add_method(&t, "__setitem__", setitem);
    vm.add_method(&t, "__delitem__", delitem);
    vm.add_method(&t, "__iadd__", iadd);
    vm.add_method(&t, "__reversed__", reversed);
    vm.add_method(&t, "__imul__", imul);
    for c in [vm.types.list.clone(), vm.types.tuple.clone(), vm.types.dict.clone()] {
        vm.add_classmethod(&c, "__class_getitem__", class_getitem);
    }
}

/// `list[int]`, `dict[str, int]`...: a `types.GenericAlias`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__class_getitem__", 1, 1)?;
    match &args.pos[0] {
        Value::Obj(c) if c.as_type().is_some() => {
            let c = c.clone();
            Ok(vm.new_generic_alias(&c, &args.pos[1]))
        }
        other => vm.type_error(format!("descriptor '__class_getitem__' requires a type but received a '{}'", vm.type_name(other))),
    }
}

/// `l *= n`: repeats the list in place.
fn imul(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__imul__", 1, 1)?;
    let l = list_of(vm, &args.pos[0])?;
    let Some(n) = vm.index_of(&args.pos[1])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1])));
    };
    let items = l.borrow().clone();
    if n <= 0 || items.is_empty() {
        l.borrow_mut().clear();
    } else {
        vm.check_alloc(items.len().saturating_mul(n as usize), std::mem::size_of::<Value>())?;
        let mut v = Vec::with_capacity(items.len() * n as usize);
        for _ in 0..n {
            v.extend(items.iter().cloned());
        }
        *l.borrow_mut() = v;
    }
    Ok(args.pos[0].clone())
}

/// The list cell of a list (or list subclass) value.
pub fn list_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Ok(l),
            _ => vm.type_error(format!("descriptor requires a 'list' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'list' object but received a '{}'", vm.type_name(v))),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "list.append", 1, 1)?;
    let l = list_of(vm, &args.pos[0])?;
    l.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "list.extend", 1, 1)?;
    let items = vm.iterate(&args.pos[1])?;
    let l = list_of(vm, &args.pos[0])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    extend(vm, args)?;
    Ok(args.pos[0].clone())
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "insert", 2, 2)?;
    let Some(i) = vm.index_of(&args.pos[1])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1])));
    };
    let l = list_of(vm, &args.pos[0])?;
    let mut lb = l.borrow_mut();
    let n = lb.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    lb.insert(j as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => match vm.index_of(v)? {
            Some(i) => Some(i),
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        },
        None => None,
    };
    let l = list_of(vm, &args.pos[0])?;
    let mut lb = l.borrow_mut();
    if lb.is_empty() {
        drop(lb);
        return vm.index_error("pop from empty list");
    }
    let n = lb.len() as i64;
    let j = match i {
        None => n - 1,
        Some(i) if i < 0 => i + n,
        Some(i) => i,
    };
    if j < 0 || j >= n {
        drop(lb);
        return vm.index_error("pop index out of range");
    }
    Ok(lb.remove(j as usize))
}

fn find(vm: &mut Vm, list: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    let l = list_of(vm, list)?;
    loop {
        let item = {
            let lb = l.borrow();
            // Items that compare without Python code are tested in place.
            loop {
                if i >= lb.len().min(stop) {
                    return Ok(None);
                }
                let it = &lb[i];
                if it.is(x) {
                    return Ok(Some(i));
                }
                match crate::ops::fast_compare(it, x, tern_bytecode::CmpOp::Eq) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => i += 1,
                    None => break,
                }
            }
            lb[i].clone()
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "remove", 1, 1)?;
    match find(vm, &args.pos[0], &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let l = list_of(vm, &args.pos[0])?;
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => vm.value_error("list.remove(x): x not in list"),
    }
}

/// Resolves optional start/stop arguments of `list.index`/`tuple.index`
/// against a length.
pub fn bounds(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let mut bound = |k: usize, default: usize| -> PyResult<usize> {
        match args.pos.get(k) {
            // Unlike str.find, None is not accepted.
            Some(v) => match vm.index_of(v)? {
                Some(i) => Ok(norm(i)),
                None => vm.type_error("slice indices must be integers or have an __index__ method"),
            },
            None => Ok(default),
        }
    };
    let (start, stop) = (bound(first, 0)?, bound(first + 1, len)?);
    Ok((start, stop))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "index", 1, 3)?;
    let n = list_of(vm, &args.pos[0])?.borrow().len();
    let (start, stop) = bounds(vm, &args, 2, n)?;
    match find(vm, &args.pos[0], &args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&args.pos[1])?;
            vm.value_error(format!("{r} is not in list"))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 1)?;
    let items = list_of(vm, &args.pos[0])?.borrow().clone();
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &args.pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    let mut key = Value::None;
    let mut rev = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::builtins::str_of(k) {
            Some("key") => key = v.clone(),
            Some("reverse") => rev = reverse_flag(vm, v)?,
            Some(other) => return vm.type_error(format!("'{other}' is an invalid keyword argument for sort()")),
            None => {}
        }
    }
    let l = list_of(vm, &args.pos[0])?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = crate::builtins::funcs_sort(vm, &mut items, &key, rev);
    let l = list_of(vm, &args.pos[0])?;
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return vm.value_error("list modified during sort");
    }
    Ok(Value::None)
}

/// `sort()`'s `reverse=`: CPython accepts ints (and bools) only.
pub fn reverse_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match vm.index_of(v)? {
        Some(n) => Ok(n != 0),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "reverse", 0, 0)?;
    list_of(vm, &args.pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    let mut items = list_of(vm, &args.pos[0])?.borrow().clone();
    items.reverse();
    let l = vm.new_list(items);
    vm.iter(&l)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "clear", 0, 0)?;
    let old = std::mem::take(&mut *list_of(vm, &args.pos[0])?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "copy", 0, 0)?;
    let items = list_of(vm, &args.pos[0])?.borrow().clone();
    Ok(vm.new_list(items))
}

fn init(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "list", 0, 1)?;
    let items = match args.pos.get(1) {
        Some(v) => vm.iterate(v)?,
        None => vec![],
    };
    *list_of(vm, &args.pos[0])?.borrow_mut() = items;
    Ok(Value::None)
}

/// `__setitem__` of list and deque: the builtin item assignment.
pub(crate) fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__setitem__", 2, 2)?;
    vm.setitem_builtin(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

/// `__delitem__` of list and deque: the builtin item deletion.
pub(crate) fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__delitem__", 1, 1)?;
    vm.delitem_builtin(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

#[allow(dead_code)]
fn _unused(_: CmpOp) {}
