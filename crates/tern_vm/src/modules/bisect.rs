//! `_bisect`: binary search and insertion in a sorted sequence, as
//! CPython's C module (any sequence with `len()` and indexing; `insort`
//! calls `insert`). Items compare with `<`.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "bisect_right", bisect_right);
    vm.module_fn(m, "bisect_left", bisect_left);
    vm.module_fn(m, "insort_right", insort_right);
    vm.module_fn(m, "insort_left", insort_left);
}

/// The arguments `(a, x, lo=0, hi=None, *, key=None)`.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn parse(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Call> {
    const NAMES: [&str; 4] = ["a", "x", "lo", "hi"];
    if args.pos.len() > 4 {
        return vm.type_error(format!("{name}() takes at most 4 positional arguments ({} given)", args.pos.len()));
    }
    let mut slots: [Option<Value>; 4] = Default::default();
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    let mut key = Value::None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("");
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return vm.type_error(format!("argument for {name}() given by name ('{k}') and position ({})", i + 1));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None if k == "key" => key = v.clone(),
            None => return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")),
        }
    }
    let [a, x, lo, hi] = slots;
    let Some(a) = a else { return vm.type_error(format!("{name}() missing required argument 'a' (pos 1)")) };
    let Some(x) = x else { return vm.type_error(format!("{name}() missing required argument 'x' (pos 2)")) };
    let lo = match lo {
        None => 0,
        Some(v) => match vm.index_of(&v)? {
            Some(i) => i,
            None => {
                let tn = vm.type_name(&v);
                return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            }
        },
    };
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(v) => match vm.index_of(&v)? {
            Some(i) => Some(i),
            None => {
                let tn = vm.type_name(&v);
                return vm.type_error(format!("argument should be integer or None, not '{tn}'"));
            }
        },
    };
    Ok(Call { a, x, lo, hi, key })
}

/// The insertion point of `x` (already keyed) in `c.a[lo:hi]`.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<i64> {
    if c.lo < 0 {
        return vm.value_error("lo must be non-negative");
    }
    let (mut lo, mut hi) = (
        c.lo,
        match c.hi {
            Some(h) => h,
            None => vm.len(&c.a)? as i64,
        },
    );
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = vm.getitem(&c.a, &Value::Int(mid))?;
        if !c.key.is_none() {
            item = vm.call(&c.key, Args::new(&[item]))?;
        }
        let go_left = if right { vm.lt(x, &item)? } else { !vm.lt(&item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    let c = parse(vm, &args, name)?;
    let x = c.x.clone();
    Ok(Value::Int(search(vm, &c, &x, right)?))
}

fn insort(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    let c = parse(vm, &args, name)?;
    let keyed = if c.key.is_none() { c.x.clone() } else { vm.call(&c.key, Args::new(std::slice::from_ref(&c.x)))? };
    let at = search(vm, &c, &keyed, right)?;
    vm.call_method(&c.a, "insert", &[Value::Int(at), c.x.clone()])?;
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    bisect(vm, args, "bisect_right", true)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    bisect(vm, args, "bisect_left", false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_right", true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_left", false)
}
