//! range and slice special methods, and the `__getnewargs__`/`__rmod__`
//! of str and tuple.

use super::nargs;
use super::tuple as seq;
use crate::function::{Args, NativeFn};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let r = vm.types.range.clone();
    let range_methods: [(&'static str, NativeFn); 9] = [
        ("__bool__", range_bool),
        ("__len__", seq::len),
        ("__getitem__", seq::getitem),
        ("__contains__", seq::contains),
        ("__iter__", seq::iter),
        ("__reversed__", range_reversed),
        ("__eq__", seq::eq),
        ("__ne__", seq::ne),
        ("__hash__", seq::hash),
    ];
    for (name, f) in range_methods {
        vm.add_method(&r, name, f);
    }
    let s = vm.types.slice.clone();
    let slice_methods: [(&'static str, NativeFn); 6] =
        [("__eq__", seq::eq), ("__ne__", seq::ne), ("__lt__", seq::lt), ("__le__", seq::le), ("__gt__", seq::gt), ("__ge__", seq::ge)];
    for (name, f) in slice_methods {
        vm.add_method(&s, name, f);
    }
    for t in [&r, &s] {
        vm.add_method(t, "__reduce__", reduce_start_stop_step);
    }
    let st = vm.types.str_.clone();
    vm.add_method(&st, "__getnewargs__", str_getnewargs);
    vm.add_method(&st, "__rmod__", str_rmod);
    let t = vm.types.tuple.clone();
    vm.add_method(&t, "__getnewargs__", tuple_getnewargs);
}

fn is_range(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Range { .. } | Payload::BigRange(_)))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__bool__", 0, 0)?;
    if !is_range(&args.pos[0]) {
        return vm.type_error("descriptor '__bool__' requires a 'range' object");
    }
    Ok(Value::Bool(vm.truthy(&args.pos[0])?))
}

/// `range.__reduce__` and `slice.__reduce__`: the class and the three
/// fields. (As CPython's, range's ignores any arguments; slice's arity is
/// checked from the arity table.)
fn reduce_start_stop_step(vm: &mut Vm, args: Args) -> PyResult {
    let me = &args.pos[0];
    let fields = ["start", "stop", "step"].into_iter().map(|f| vm.getattr_str(me, f)).collect::<PyResult<Vec<Value>>>()?;
    let fields = vm.new_tuple(fields);
    let cls = Value::Obj(vm.type_of(me));
    Ok(vm.new_tuple(vec![cls, fields]))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reversed__", 0, 0)?;
    if !is_range(&args.pos[0]) {
        return vm.type_error("descriptor '__reversed__' requires a 'range' object");
    }
    let rev = Value::Obj(vm.types.reversed.clone());
    vm.call(&rev, Args::new(&[args.pos[0].clone()]))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getnewargs__", 0, 0)?;
    let Some(s) = crate::builtins::str_of(&args.pos[0]).map(str::to_string) else {
        return vm.type_error("descriptor '__getnewargs__' requires a 'str' object");
    };
    let v = vm.new_string(s);
    Ok(vm.new_tuple(vec![v]))
}

/// `other % self`, only when `other` is a str.
fn str_rmod(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__rmod__", 1, 1)?;
    if crate::builtins::str_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    vm.percent_format(&args.pos[1], &args.pos[0])
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getnewargs__", 0, 0)?;
    let items = match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => return vm.type_error("descriptor '__getnewargs__' requires a 'tuple' object"),
        },
        _ => return vm.type_error("descriptor '__getnewargs__' requires a 'tuple' object"),
    };
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}
