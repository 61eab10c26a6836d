//! Native parts of functools (through `_tern` and the frozen
//! `_functools`): `partial.__call__` (`_tern.partial_call`, put on
//! functools' own partial class when functools is imported), the
//! comparisons of `cmp_to_key`'s KeyWrapper, and the call of
//! `functools.lru_cache`'s wrapper (`_tern.lru_call`, the
//! `__call__` of `_functools._lru_cache_wrapper`): CPython's key (the
//! argument itself for one str or int, else a tuple of the arguments, a
//! marker and the keyword items, plus their types when typed), an
//! unbounded cache, or a bounded one kept in recency order in our dict
//! (a hit moves its key to the end; a miss past `maxsize` drops the
//! first).

use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::rc::Rc;

/// Slots of the wrapper's `_state` list.
const CACHE: usize = 0;
const FUNC: usize = 1;
const TYPED: usize = 2;
const MAXSIZE: usize = 3;
const HITS: usize = 4;
const MISSES: usize = 5;
const MARK: usize = 7;

fn key_of(vm: &mut Vm, args: &Args, typed: bool, mark: &Value) -> Value {
    let pos = &args.pos[1..];
    if args.kwnames.is_empty() && !typed && pos.len() == 1 {
        let simple = match &pos[0] {
            Value::Int(_) => true,
            Value::Obj(o) => {
                (matches!(o.payload, Payload::Str(_)) && Rc::ptr_eq(o.class(), &vm.types.str_))
                    || (matches!(o.payload, Payload::Int(_)) && Rc::ptr_eq(o.class(), &vm.types.int))
            }
            _ => false,
        };
        if simple {
            return pos[0].clone();
        }
    }
    let mut items = pos.to_vec();
    if !args.kwnames.is_empty() {
        items.push(mark.clone());
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            items.push(k.clone());
            items.push(v.clone());
        }
    }
    if typed {
        for v in pos.iter().chain(args.kwvals) {
            items.push(Value::Obj(vm.type_of(v)));
        }
    }
    vm.new_tuple(items)
}

/// `wrapper(*args, **kwargs)`.
pub fn lru_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first() else { return vm.type_error("lru_call() needs the wrapper") };
    let state = vm.getattr_str(this, "_state")?;
    let Value::Obj(so) = &state else { return vm.type_error("bad lru_cache state") };
    let Payload::List(st) = &so.payload else { return vm.type_error("bad lru_cache state") };
    // The fields a call reads, without copying the whole list.
    let (cache_v, func, typed, maxsize_v, mark) = {
        let s = st.borrow();
        if s.len() <= MARK {
            drop(s);
            return vm.type_error("bad lru_cache state");
        }
        (s[CACHE].clone(), s[FUNC].clone(), matches!(s[TYPED], Value::Bool(true)), s[MAXSIZE].clone(), s[MARK].clone())
    };
    let count = |which: usize| {
        let mut st = st.borrow_mut();
        if let Value::Int(n) = st[which] {
            st[which] = Value::Int(n + 1);
        }
    };
    let call_it = |vm: &mut Vm| vm.call(&func, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals });
    let maxsize = match &maxsize_v {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    if maxsize == Some(0) {
        count(MISSES);
        return call_it(vm);
    }
    let Value::Obj(co) = &cache_v else { return vm.type_error("bad lru_cache state") };
    let Payload::Dict(cache) = &co.payload else { return vm.type_error("bad lru_cache state") };
    let key = key_of(vm, &args, typed, &mark);
    if let Some(v) = crate::dictops::dict_get(vm, cache, &key)? {
        count(HITS);
        if maxsize.is_some() {
            // The most recently used key goes to the end.
            crate::dictops::dict_del(vm, cache, &key)?;
            crate::dictops::dict_set(vm, cache, key, v.clone())?;
        }
        return Ok(v);
    }
    count(MISSES);
    let result = call_it(vm)?;
    if let Some(limit) = maxsize {
        // A recursive call may have cached it meanwhile.
        if crate::dictops::dict_get(vm, cache, &key)?.is_some() {
            return Ok(result);
        }
        if cache.borrow().len() as i64 >= limit {
            let oldest = cache.borrow().entry_from(0).map(|(_, e)| e.key.clone());
            if let Some(k) = oldest {
                crate::dictops::dict_del(vm, cache, &k)?;
            }
        }
    }
    crate::dictops::dict_set(vm, cache, key, result.clone())?;
    Ok(result)
}

/// `functools.partial.__call__(self, *args, **kwargs)`, native: the stored
/// arguments first, then the call's; the call's keywords override.
pub fn partial_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first() else { return vm.type_error("descriptor '__call__' of 'partial' object needs an argument") };
    let func = vm.getattr_str(this, "func")?;
    let stored = vm.getattr_str(this, "args")?;
    let keywords = vm.getattr_str(this, "keywords")?;
    let mut pos = vm.seq_items(&stored);
    pos.extend_from_slice(&args.pos[1..]);
    let stored_kw = match &keywords {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) => d.borrow().items(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if stored_kw.is_empty() {
        return vm.call(&func, Args { pos: &pos, kwnames: args.kwnames, kwvals: args.kwvals });
    }
    let (mut names, mut vals): (Vec<Value>, Vec<Value>) = stored_kw.into_iter().unzip();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let ks = crate::builtins::str_of(k);
        match names.iter().position(|n| ks.is_some() && crate::builtins::str_of(n) == ks) {
            Some(i) => vals[i] = v.clone(),
            None => {
                names.push(k.clone());
                vals.push(v.clone());
            }
        }
    }
    vm.call(&func, Args { pos: &pos, kwnames: &names, kwvals: &vals })
}

/// `KeyWrapper.__lt__` and friends (`cmp_to_key`): `cmp(self.obj,
/// other.obj) <op> 0`.
pub fn key_compare(vm: &mut Vm, args: Args, op: tern_bytecode::CmpOp) -> PyResult {
    crate::methods::nargs(vm, &args, "__lt__", 1, 1)?;
    let (this, other) = (&args.pos[0], &args.pos[1]);
    if !Rc::ptr_eq(&vm.type_of(this), &vm.type_of(other)) {
        return vm.type_error("other argument must be K instance");
    }
    let cmp = vm.getattr_str(this, "cmp")?;
    let a = vm.getattr_str(this, "obj")?;
    let b = vm.getattr_str(other, "obj")?;
    let r = vm.call(&cmp, Args::new(&[a, b]))?;
    vm.compare(&r, &Value::Int(0), op)
}

/// `functools.reduce(function, iterable[, initial])`.
pub fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("reduce() takes no keyword arguments");
    }
    let n = args.pos.len();
    if n < 2 {
        return vm.type_error(format!("reduce expected at least 2 arguments, got {n}"));
    }
    if n > 3 {
        return vm.type_error(format!("reduce expected at most 3 arguments, got {n}"));
    }
    let it = match vm.iter(&args.pos[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, "TypeError") => return vm.type_error("reduce() arg 2 must support iteration"),
        Err(e) => return Err(e),
    };
    let mut acc = args.pos.get(2).cloned();
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(&args.pos[0], Args::new(&[a, v]))?,
        });
    }
    match acc {
        Some(a) => Ok(a),
        None => vm.type_error("reduce() of empty iterable with no initial value"),
    }
}
