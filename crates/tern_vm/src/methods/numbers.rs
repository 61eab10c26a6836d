//! int, bool, float and complex methods.

use super::nargs;
use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    vm.add_method(&i, "bit_length", bit_length);
    vm.add_method(&i, "bit_count", bit_count);
    vm.add_method(&i, "to_bytes", to_bytes);
    vm.add_method(&i, "conjugate", int_self);
    vm.add_method(&i, "__index__", int_self);
    vm.add_method(&i, "__int__", int_self);
    vm.add_method(&i, "__float__", int_float);
    vm.add_method(&i, "__abs__", int_abs);
    vm.add_method(&i, "__neg__", int_neg);
    vm.add_method(&i, "as_integer_ratio", int_ratio);
    vm.add_getset(&i, "real", int_real, None);
    vm.add_getset(&i, "imag", zero, None);
    vm.add_getset(&i, "numerator", int_real, None);
    vm.add_getset(&i, "denominator", one, None);
    vm.add_classmethod(&i, "from_bytes", from_bytes);
    let f = vm.types.float.clone();
    vm.add_method(&f, "is_integer", is_integer);
    vm.add_method(&f, "hex", float_hex);
    vm.add_method(&f, "as_integer_ratio", float_ratio);
    vm.add_method(&f, "conjugate", float_self);
    vm.add_method(&f, "__float__", float_self);
    vm.add_method(&f, "__int__", float_int);
    vm.add_method(&f, "__trunc__", float_int);
    vm.add_method(&f, "__abs__", float_abs);
    vm.add_getset(&f, "real", float_real, None);
    vm.add_getset(&f, "imag", fzero, None);
    vm.add_classmethod(&f, "fromhex", float_fromhex);
    let c = vm.types.complex.clone();
    vm.add_getset(&c, "real", complex_real, None);
    vm.add_getset(&c, "imag", complex_imag, None);
    vm.add_method(&c, "conjugate", complex_conj);
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => vm.type_error(format!("descriptor requires an 'int' object but received a '{}'", vm.type_name(v))),
    }
}
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            _ => vm.type_error("descriptor requires a 'float' object"),
        },
        _ => vm.type_error("descriptor requires a 'float' object"),
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    Ok(Value::Int(i.bits() as i64))
}
fn bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    let (_, digits) = i.to_u64_digits();
    Ok(Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum()))
}
fn int_self(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    Ok(vm.new_bigint(i))
}
fn int_float(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    Ok(Value::Float(crate::int::big_to_f64(vm, &i)?))
}
fn int_abs(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    Ok(vm.new_bigint(i.abs()))
}
fn int_neg(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    Ok(vm.new_bigint(-i))
}
fn int_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    let n = vm.new_bigint(i);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}
fn int_real(vm: &mut Vm, v: &Value) -> PyResult {
    let i = int_arg(vm, v)?;
    Ok(vm.new_bigint(i))
}
fn zero(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(0))
}
fn one(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(1))
}
fn fzero(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Float(0.0))
}

/// The arguments of `int.to_bytes(length=1, byteorder='big', *,
/// signed=False)` and `int.from_bytes(bytes, byteorder='big', *,
/// signed=False)` (after self or the class), parsed as CPython's clinic
/// does: (the first argument if given, big-endian, signed).
fn int_bytes_args(vm: &mut Vm, args: &Args, fname: &str, first: &str) -> PyResult<(Option<Value>, bool, bool)> {
    let pos = &args.pos[1..];
    let total = pos.len() + args.kwnames.len();
    if total > 3 {
        return vm.type_error(format!("{fname}() takes at most 3 arguments ({total} given)"));
    }
    if pos.len() > 2 {
        return vm.type_error(format!("{fname}() takes at most 2 positional arguments ({} given)", pos.len()));
    }
    let mut slots: [Option<Value>; 3] = [pos.first().cloned(), pos.get(1).cloned(), None];
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("");
        let i = match k {
            _ if k == first => 0,
            "byteorder" => 1,
            "signed" => 2,
            _ => return vm.type_error(format!("'{k}' is an invalid keyword argument for {fname}()")),
        };
        if slots[i].is_some() {
            return vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1));
        }
        slots[i] = Some(v.clone());
    }
    let [first_arg, order, signed] = slots;
    let big = match &order {
        None => true,
        Some(o) => match crate::builtins::str_of(o) {
            Some("big") => true,
            Some("little") => false,
            Some(_) => return vm.value_error("byteorder must be either 'little' or 'big'"),
            None => {
                let tn = vm.type_name(o);
                return vm.type_error(format!("{fname}() argument 'byteorder' must be str, not {tn}"));
            }
        },
    };
    let signed = match &signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    Ok((first_arg, big, signed))
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let i = int_arg(vm, &args.pos[0])?;
    let (length, big, signed) = int_bytes_args(vm, &args, "to_bytes", "length")?;
    let length = match length {
        Some(l) => match vm.index_of(&l)? {
            Some(n) => n,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&l))),
        },
        None => 1,
    };
    if length < 0 {
        return vm.value_error("length argument must be non-negative");
    }
    if !signed && i.is_negative() {
        return vm.overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = if signed { i.to_signed_bytes_le() } else { i.to_bytes_le().1 };
    if i.is_zero() {
        bytes = vec![];
    }
    if bytes.len() as u64 > length as u64 {
        return vm.overflow_error("int too big to convert");
    }
    let fill = if signed && i.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let (src, big, signed) = int_bytes_args(vm, &args, "from_bytes", "bytes")?;
    let Some(src) = src else {
        return vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    if crate::builtins::str_of(&src).is_some() {
        return vm.type_error("cannot convert 'str' object to bytes");
    }
    let mut b = vm.bytes_like(&src)?;
    if big {
        b.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_le(&b) } else { BigInt::from_bytes_le(Sign::Plus, &b) };
    Ok(vm.new_bigint(v))
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult {
    let f = float_arg(vm, &args.pos[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}
fn float_hex(vm: &mut Vm, args: Args) -> PyResult {
    let f = float_arg(vm, &args.pos[0])?;
    Ok(vm.new_string(tern_format::float_to_hex(f)))
}
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "fromhex", 1, 1)?;
    let s = crate::builtins::str_of(&args.pos[1]).unwrap_or("").to_string();
    match tern_format::float_from_hex(&s) {
        Ok(f) => Ok(Value::float(f)),
        Err(e) => vm.format_error(e),
    }
}
fn float_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let f = float_arg(vm, &args.pos[0])?;
    if f.is_infinite() {
        return vm.overflow_error("cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    let (m, e) = crate::int::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = tern_format::f64_to_bigint(mant).unwrap_or_default();
    let (n, d) = if exp > 0 { (num << exp as usize, BigInt::from(1)) } else { (num, BigInt::from(1) << (-exp) as usize) };
    let nv = vm.new_bigint(n);
    let dv = vm.new_bigint(d);
    Ok(vm.new_tuple(vec![nv, dv]))
}
/// `x.__float__()`, `x.conjugate()`: `x` itself for a float, a new float
/// for a float subclass instance.
fn float_self(vm: &mut Vm, args: Args) -> PyResult {
    float_real(vm, &args.pos[0])
}
fn float_int(vm: &mut Vm, args: Args) -> PyResult {
    let f = float_arg(vm, &args.pos[0])?;
    crate::builtins::int_from_value(vm, &Value::Float(f))
}
fn float_abs(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(float_arg(vm, &args.pos[0])?.abs()))
}
fn float_real(vm: &mut Vm, v: &Value) -> PyResult {
    if let Value::Float(_) = v {
        return Ok(v.clone());
    }
    Ok(Value::float(float_arg(vm, v)?))
}
fn complex_parts(v: &Value) -> (f64, f64) {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => (*r, *i),
            _ => (0.0, 0.0),
        },
        _ => (0.0, 0.0),
    }
}
fn complex_real(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(complex_parts(v).0))
}
fn complex_imag(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(complex_parts(v).1))
}
fn complex_conj(vm: &mut Vm, args: Args) -> PyResult {
    let (r, i) = complex_parts(&args.pos[0]);
    Ok(vm.new_object(vm.types.complex.clone(), Payload::Complex(r, -i)))
}

#[allow(dead_code)]
fn _unused(x: &BigInt) -> Option<i64> {
    x.to_i64()
}
