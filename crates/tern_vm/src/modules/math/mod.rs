//! The `math` module, bit for bit as CPython 3.11's `mathmodule.c` on Linux:
//! most functions call the C library (`libm.rs`) and map its special values
//! and `errno` to Python exceptions as CPython's `math_1`/`math_2` wrappers
//! do; gamma/lgamma (`gamma.rs`), hypot/dist/fsum (`sums.rs`) and the
//! logarithms, pow, remainder and friends (`real.rs`) follow CPython's own
//! algorithms; the integer functions are in `integer.rs`.

mod gamma;
mod integer;
mod libm;
mod real;
mod sums;

use crate::function::{Args, NativeFn};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use libm::Errno;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.set_dict_item_str(m, "pi", Value::Float(std::f64::consts::PI));
    vm.set_dict_item_str(m, "e", Value::Float(std::f64::consts::E));
    vm.set_dict_item_str(m, "tau", Value::Float(std::f64::consts::TAU));
    vm.set_dict_item_str(m, "inf", Value::Float(f64::INFINITY));
    vm.set_dict_item_str(m, "nan", Value::float(f64::NAN));

    // math_1: libm functions checked by their result (and errno); the flag
    // says whether an infinite result from a finite argument is an overflow
    // (OverflowError) or a singularity (ValueError).
    macro_rules! math_1 {
        ($($name:ident => $f:expr, $can_overflow:expr;)*) => {
            $(
                fn $name(vm: &mut Vm, args: Args) -> PyResult {
                    let x = one_arg(vm, &args, stringify!($name))?;
                    math_1(vm, x, $f, $can_overflow)
                }
                vm.module_fn(m, stringify!($name), $name);
            )*
        };
    }
    math_1! {
        acos => libm::acos, false;
        acosh => libm::acosh, false;
        asin => libm::asin, false;
        asinh => libm::asinh, false;
        atan => libm::atan, false;
        atanh => libm::atanh, false;
        cbrt => libm::cbrt, false;
        cos => libm::cos, false;
        cosh => libm::cosh, true;
        exp => libm::exp, true;
        exp2 => libm::exp2, true;
        expm1 => libm::expm1, true;
        fabs => f64::abs, false;
        log1p => real::log1p, false;
        sin => libm::sin, false;
        sinh => libm::sinh, true;
        sqrt => libm::sqrt, false;
        tan => libm::tan, false;
        tanh => libm::tanh, false;
    }

    // math_1a: functions trusted to report errors through errno.
    macro_rules! math_1a {
        ($($name:ident => $f:expr;)*) => {
            $(
                fn $name(vm: &mut Vm, args: Args) -> PyResult {
                    let x = one_arg(vm, &args, stringify!($name))?;
                    let f: fn(f64) -> (f64, Errno) = $f;
                    let (r, e) = f(x);
                    check(vm, r, e)?;
                    Ok(Value::float(r))
                }
                vm.module_fn(m, stringify!($name), $name);
            )*
        };
    }
    math_1a! {
        erf => |x| libm::call1(libm::erf, x);
        erfc => |x| libm::call1(libm::erfc, x);
        gamma => gamma::tgamma;
        lgamma => gamma::lgamma;
    }

    // math_2: two-argument functions checked by their result.
    macro_rules! math_2 {
        ($($name:ident => $f:expr;)*) => {
            $(
                fn $name(vm: &mut Vm, args: Args) -> PyResult {
                    arity(vm, stringify!($name), &args, 2, 2)?;
                    let (x, y) = (num(vm, &args.pos[0])?, num(vm, &args.pos[1])?);
                    math_2(vm, x, y, $f)
                }
                vm.module_fn(m, stringify!($name), $name);
            )*
        };
    }
    math_2! {
        atan2 => real::atan2;
        copysign => f64::copysign;
        remainder => real::remainder;
    }

    let fns: &[(&str, NativeFn)] = &[
        ("log", real::log),
        ("log2", real::log2),
        ("log10", real::log10),
        ("pow", real::pow),
        ("fmod", real::fmod),
        ("ldexp", real::ldexp),
        ("frexp", real::frexp),
        ("modf", real::modf),
        ("nextafter", real::nextafter),
        ("ulp", real::ulp),
        ("degrees", real::degrees),
        ("radians", real::radians),
        ("isnan", real::isnan),
        ("isinf", real::isinf),
        ("isfinite", real::isfinite),
        ("isclose", real::isclose),
        ("hypot", sums::hypot),
        ("dist", sums::dist),
        ("fsum", sums::fsum),
        ("prod", sums::prod),
        ("floor", integer::floor),
        ("ceil", integer::ceil),
        ("trunc", integer::trunc),
        ("gcd", integer::gcd),
        ("lcm", integer::lcm),
        ("factorial", integer::factorial),
        ("comb", integer::comb),
        ("perm", integer::perm),
        ("isqrt", integer::isqrt),
    ];
    for &(name, f) in fns {
        vm.module_fn(m, name, f);
    }
}

/// A float argument, as `PyFloat_AsDouble` converts it (floats, ints,
/// `__float__`, `__index__`).
fn num(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.to_f64_opt(v)? {
        Some(f) => Ok(f),
        None => vm.type_error(format!("must be real number, not {}", vm.type_name(v))),
    }
}

/// Checks the argument count with CPython's messages for `math.name`:
/// keyword arguments and single-argument functions name the module.
fn arity(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("math.{name}() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if min == 1 && max == 1 && n != 1 {
        return vm.type_error(format!("math.{name}() takes exactly one argument ({n} given)"));
    }
    crate::builtins::check_args(vm, name, args, min, max)
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    arity(vm, name, args, 1, 1)?;
    num(vm, &args.pos[0])
}

fn domain_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

fn range_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.overflow_error("math range error")
}

/// CPython's `is_error`, for a set errno and the result `r`: EDOM is a
/// ValueError; ERANGE is an OverflowError unless the result is small (an
/// underflow, which is not an error).
fn check(vm: &mut Vm, r: f64, e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Domain => domain_error(vm),
        Errno::Range if r.abs() < 1.5 => Ok(()),
        Errno::Range => range_error(vm),
    }
}

/// CPython's `math_1`.
fn math_1(vm: &mut Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    Ok(Value::float(math_1_f64(vm, x, f, can_overflow)?))
}

fn math_1_f64(vm: &mut Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let (r, e) = libm::call1(f, x);
    if r.is_nan() && !x.is_nan() {
        return domain_error(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error(vm) } else { domain_error(vm) };
    }
    if r.is_finite() {
        check(vm, r, e)?;
    }
    Ok(r)
}

/// CPython's `math_2`: errno is set from the result's kind (a nan from
/// non-nan arguments is EDOM, an infinity from finite ones ERANGE) and
/// otherwise kept from the C library.
fn math_2(vm: &mut Vm, x: f64, y: f64, f: fn(f64, f64) -> f64) -> PyResult {
    let (r, mut e) = libm::call2(f, x, y);
    if r.is_nan() {
        e = if !x.is_nan() && !y.is_nan() { Errno::Domain } else { Errno::Ok };
    } else if r.is_infinite() {
        e = if x.is_finite() && y.is_finite() { Errno::Range } else { Errno::Ok };
    }
    check(vm, r, e)?;
    Ok(Value::float(r))
}
