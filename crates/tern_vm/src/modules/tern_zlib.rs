//! `_tern_zlib`: the native half of tern's `zlib` module (`py/zlib.py`
//! holds the API, argument checks and the `Compress`/`Decompress`
//! objects): checksums and the state of compression and decompression
//! streams (`zlib_stream.rs`), kept in `native_state` objects.

use super::zlib_stream::{adler32, crc32, Deflater, Inflater};
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm, m: &Obj) {
    let fns: [(&'static str, crate::function::NativeFn); 8] = [
        ("crc32", crc32_fn),
        ("adler32", adler32_fn),
        ("deflater", deflater),
        ("compress", compress),
        ("flush", flush),
        ("inflater", inflater),
        ("inflate", inflate),
        ("copy", copy),
    ];
    for (name, f) in fns {
        vm.module_fn(m, name, f);
    }
}

fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(n) => Ok(n),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if crate::builtins::str_of(v).is_some() {
        return vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)));
    }
    vm.bytes_like(v)
}

/// `crc32(data, value)`, `value` taken modulo 2**32 as CPython does.
fn crc32_fn(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "crc32", &args, 2, 2)?;
    let d = data(vm, &args.pos[0])?;
    let start = masked(vm, &args.pos[1])?;
    Ok(Value::Int(crc32(&d, start) as i64))
}

fn adler32_fn(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "adler32", &args, 2, 2)?;
    let d = data(vm, &args.pos[0])?;
    let start = masked(vm, &args.pos[1])?;
    Ok(Value::Int(adler32(&d, start) as i64))
}

fn masked(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match crate::int::as_int(v) {
        Some(i) => {
            let b = i.to_big() & num_bigint::BigInt::from(0xffff_ffffu32);
            Ok(num_traits::ToPrimitive::to_u32(&b).unwrap_or(0))
        }
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn wrap_state<T: 'static>(vm: &mut Vm, s: T) -> Value {
    vm.new_object(vm.types.native_state.clone(), Payload::NativeState(RefCell::new(Box::new(s))))
}

/// Runs `f` on the state of type `T` inside a `native_state` object.
fn with_state<T: 'static, R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut T) -> R) -> PyResult<R> {
    if let Value::Obj(o) = v {
        if let Payload::NativeState(s) = &o.payload {
            if let Some(t) = s.borrow_mut().downcast_mut::<T>() {
                return Ok(f(t));
            }
        }
    }
    vm.type_error("expected a zlib stream state")
}

/// `deflater(level, wbits, strategy)`: a compression state, or None when
/// zlib would refuse the parameters.
fn deflater(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "deflater", &args, 3, 3)?;
    let (level, wbits, strategy) = (int(vm, &args.pos[0])?, int(vm, &args.pos[1])?, int(vm, &args.pos[2])?);
    let fits = |n: i64| (i32::MIN as i64..=i32::MAX as i64).contains(&n);
    if !(fits(level) && fits(wbits) && fits(strategy)) {
        return Ok(Value::None);
    }
    Ok(match Deflater::new(level as i32, wbits as i32, strategy as i32) {
        Some(d) => wrap_state(vm, d),
        None => Value::None,
    })
}

fn compress(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "compress", &args, 2, 2)?;
    let d = data(vm, &args.pos[1])?;
    let out = with_state(vm, &args.pos[0], |s: &mut Deflater| {
        let mut out = Vec::new();
        s.compress(&d, &mut out);
        out
    })?;
    Ok(vm.new_bytes(out))
}

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "flush", &args, 2, 2)?;
    let mode = int(vm, &args.pos[1])? as i32;
    let out = with_state(vm, &args.pos[0], |s: &mut Deflater| {
        let mut out = Vec::new();
        s.flush(mode, &mut out);
        out
    })?;
    Ok(vm.new_bytes(out))
}

/// `inflater(wbits)`: a decompression state, or None when zlib would
/// refuse `wbits`.
fn inflater(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "inflater", &args, 1, 1)?;
    let wbits = int(vm, &args.pos[0])?;
    if !(i32::MIN as i64..=i32::MAX as i64).contains(&wbits) {
        return Ok(Value::None);
    }
    Ok(match Inflater::new(wbits as i32) {
        Some(i) => wrap_state(vm, i),
        None => Value::None,
    })
}

/// `inflate(state, data, max_length)`: `(output, bytes used, eof, error
/// code, error message)`; the code is 0 when all went well.
fn inflate(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "inflate", &args, 3, 3)?;
    let d = data(vm, &args.pos[1])?;
    let max = int(vm, &args.pos[2])?.max(0) as usize;
    let (out, r, eof) = with_state(vm, &args.pos[0], |s: &mut Inflater| {
        let mut out = Vec::new();
        let r = s.feed(&d, max, &mut out);
        (out, r, s.is_done())
    })?;
    let out = vm.new_bytes(out);
    let (used, code, msg) = match r {
        Ok(used) => (used, 0, ""),
        Err(e) => (0, e.code, e.msg),
    };
    let msg = vm.new_str(msg);
    Ok(vm.new_tuple(vec![out, Value::Int(used as i64), Value::Bool(eof), Value::Int(code as i64), msg]))
}

/// `copy(state)`: an independent copy of a decompression state.
fn copy(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "copy", &args, 1, 1)?;
    let c = with_state(vm, &args.pos[0], |s: &mut Inflater| s.clone())?;
    Ok(wrap_state(vm, c))
}
