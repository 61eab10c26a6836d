//! The `cmath` module: mathematical functions for complex numbers, with
//! CPython 3.11's results, special values and errors (`funcs.rs` holds
//! the functions, `tables.rs` the C99 special-value tables). This file
//! turns arguments into complex numbers (`complex`, `__complex__`, then
//! any real number) and C-style errno into exceptions.

mod funcs;
mod tables;

use crate::function::{Args, NativeFn};
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use funcs::{Errno, Out, C};

pub fn init(vm: &mut Vm, m: &Obj) {
    let doc = vm.new_str("This module provides access to mathematical functions for complex\nnumbers.");
    vm.set_dict_item_str(m, "__doc__", doc);
    let pi = std::f64::consts::PI;
    for (name, v) in [("pi", pi), ("e", std::f64::consts::E), ("tau", 2.0 * pi), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        vm.set_dict_item_str(m, name, Value::float(v));
    }
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let z = new_complex(vm, C { re: 0.0, im });
        vm.set_dict_item_str(m, name, z);
    }
    macro_rules! unary {
        ($($name:ident),* $(,)?) => {
            $(
                fn $name(vm: &mut Vm, args: Args) -> PyResult {
                    let z = one_arg(vm, &args, stringify!($name))?;
                    finish(vm, funcs::$name(z))
                }
                vm.module_fn(m, stringify!($name), $name);
            )*
        };
    }
    unary!(acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh);
    let others: [(&'static str, NativeFn); 8] = [
        ("log", log),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isclose", isclose),
    ];
    for (name, f) in others {
        vm.module_fn(m, name, f);
    }
}

fn new_complex(vm: &mut Vm, z: C) -> Value {
    vm.new_object(vm.types.complex.clone(), Payload::Complex(z.re, z.im))
}

/// A real number argument (`float`, `int`, `__float__`, `__index__`).
fn real_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.to_f64_opt(v)? {
        Some(f) => Ok(f),
        None => vm.type_error(format!("must be real number, not {}", vm.type_name(v))),
    }
}

/// A complex argument, converted as `PyComplex_AsCComplex` does.
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Value::Obj(o) = v {
        if let Payload::Complex(re, im) = o.payload {
            return Ok(C { re, im });
        }
    }
    if let Some(m) = vm.user_special(v, "__complex__") {
        let r = vm.call(&m, Args::new(std::slice::from_ref(v)))?;
        return match &r {
            Value::Obj(o) => match o.payload {
                Payload::Complex(re, im) => Ok(C { re, im }),
                _ => vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r))),
            },
            _ => vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r))),
        };
    }
    Ok(C { re: real_arg(vm, v)?, im: 0.0 })
}

/// The argument of a one-argument function (`cmath.sqrt(z)`).
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("cmath.{name}() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return vm.type_error(format!("cmath.{name}() takes exactly one argument ({} given)", args.pos.len()));
    }
    complex_arg(vm, &args.pos[0])
}

fn math_error<T>(vm: &mut Vm, e: Errno) -> PyResult<T> {
    match e {
        Errno::Range => vm.overflow_error("math range error"),
        _ => vm.value_error("math domain error"),
    }
}

fn finish(vm: &mut Vm, (z, e): Out) -> PyResult {
    if e != Errno::Ok {
        return math_error(vm, e);
    }
    Ok(new_complex(vm, z))
}

/// `log(z[, base])`: as in CPython, the error of `log(z)` is forgotten
/// when `log(base)` succeeds (`log(0, 2)` is `-inf+nanj`).
fn log(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("cmath.log() takes no keyword arguments");
    }
    crate::builtins::check_args(vm, "log", &args, 1, 2)?;
    let z = complex_arg(vm, &args.pos[0])?;
    let (mut r, mut e) = funcs::log(z);
    if let Some(b) = args.pos.get(1) {
        let b = complex_arg(vm, b)?;
        let (lb, eb) = funcs::log(b);
        e = eb;
        let (q, eq) = funcs::quot(r, lb);
        r = q;
        if eq != Errno::Ok {
            e = eq;
        }
    }
    finish(vm, (r, e))
}

fn phase(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "phase")?;
    let (r, e) = funcs::phase_errno(z);
    if e != Errno::Ok {
        return math_error(vm, e);
    }
    Ok(Value::float(r))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "polar")?;
    let phi = funcs::phase(z);
    let (r, e) = funcs::abs(z);
    if e != Errno::Ok {
        return math_error(vm, e);
    }
    Ok(vm.new_tuple(vec![Value::float(r), Value::float(phi)]))
}

fn rect(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("cmath.rect() takes no keyword arguments");
    }
    crate::builtins::check_args(vm, "rect", &args, 2, 2)?;
    let r = real_arg(vm, &args.pos[0])?;
    let phi = real_arg(vm, &args.pos[1])?;
    finish(vm, funcs::rect(r, phi))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "isfinite")?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 2 {
        return vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos.len()));
    }
    let mut slots: [Option<Value>; 4] = [args.pos.first().cloned(), args.pos.get(1).cloned(), None, None];
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("").to_string();
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return vm.type_error(format!("argument for isclose() given by name ('{k}') and position ({})", i + 1));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => return vm.type_error(format!("'{k}' is an invalid keyword argument for isclose()")),
        }
    }
    let mut zs = [C { re: 0.0, im: 0.0 }; 2];
    for i in 0..2 {
        match &slots[i] {
            Some(v) => zs[i] = complex_arg(vm, v)?,
            None => return vm.type_error(format!("isclose() missing required argument '{}' (pos {})", NAMES[i], i + 1)),
        }
    }
    let rel_tol = match &slots[2] {
        Some(v) => real_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &slots[3] {
        Some(v) => real_arg(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    Ok(Value::Bool(funcs::isclose(zs[0], zs[1], rel_tol, abs_tol)))
}
