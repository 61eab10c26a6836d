//! `_tern_time`: the native half of tern's `time` module (see `py/time.py`,
//! which adds struct_time and the calendar functions): clocks, sleep, and
//! the C library's `localtime_r`, `gmtime_r`, `mktime` and `strftime`.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "time", time);
    vm.module_fn(m, "time_ns", time_ns);
    vm.module_fn(m, "perf_counter", perf_counter);
    vm.module_fn(m, "perf_counter_ns", perf_counter_ns);
    vm.module_fn(m, "monotonic", perf_counter);
    vm.module_fn(m, "monotonic_ns", perf_counter_ns);
    vm.module_fn(m, "process_time", perf_counter);
    vm.module_fn(m, "sleep", sleep);
    vm.module_fn(m, "localtime", |vm, a| broken_down(vm, a, true));
    vm.module_fn(m, "gmtime", |vm, a| broken_down(vm, a, false));
    vm.module_fn(m, "mktime", mktime);
    vm.module_fn(m, "strftime", strftime);
}

/// The seconds argument of localtime/gmtime (a float is floored).
fn seconds(vm: &mut Vm, v: &Value) -> PyResult<libc::time_t> {
    if let Some(i) = crate::int::as_int(v) {
        return match num_traits::ToPrimitive::to_i64(&i.to_big()) {
            Some(i) => Ok(i),
            None => vm.overflow_error("timestamp out of range for platform time_t"),
        };
    }
    match vm.to_f64_opt(v)? {
        Some(f) if f.is_nan() => vm.value_error("Invalid value NaN (not a number)"),
        Some(f) if f.abs() < 9.2e18 => Ok(f.floor() as i64),
        Some(_) => vm.overflow_error("timestamp out of range for platform time_t"),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// `localtime(secs)` / `gmtime(secs)`: (year, mon, mday, hour, min, sec,
/// wday, yday, isdst, zone, gmtoff) in Python's conventions.
fn broken_down(vm: &mut Vm, args: Args, local: bool) -> PyResult {
    crate::builtins::check_args(vm, "localtime", &args, 1, 1)?;
    let t = seconds(vm, &args.pos[0])?;
    // SAFETY: tm is plain data; the *_r functions only write into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers to a time_t and a tm owned by this frame.
    let ok = unsafe {
        if local {
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return vm.overflow_error("timestamp out of range for platform time_t");
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points at a NUL-terminated static string of the C library.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    let mut v: Vec<Value> =
        [tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec].iter().map(|x| Value::Int(*x as i64)).collect();
    v.push(Value::Int(((tm.tm_wday + 6) % 7) as i64));
    v.push(Value::Int(tm.tm_yday as i64 + 1));
    v.push(Value::Int(tm.tm_isdst as i64));
    v.push(vm.new_string(zone));
    v.push(Value::Int(tm.tm_gmtoff));
    Ok(vm.new_tuple(v))
}

/// A C `tm` from the nine Python fields (and optional zone, gmtoff).
fn tm_of(vm: &mut Vm, v: &Value) -> PyResult<(libc::tm, Option<std::ffi::CString>)> {
    let items = vm.iterate(v)?;
    let mut f = [0i64; 9];
    for (k, slot) in f.iter_mut().enumerate() {
        let Some(x) = items.get(k) else { return vm.type_error("expected a 9-sequence") };
        *slot = match vm.index_of(x)? {
            Some(i) => i,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(x))),
        };
    }
    // SAFETY: tm is plain data.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    let zone = items.get(9).and_then(|z| crate::builtins::str_of(z)).and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if let Some(off) = items.get(10).and_then(crate::int::as_int) {
        tm.tm_gmtoff = num_traits::ToPrimitive::to_i64(&off.to_big()).unwrap_or(0);
    }
    Ok((tm, zone))
}

/// `mktime(fields)`: seconds since the epoch of a local time.
fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "mktime", &args, 1, 1)?;
    let (mut tm, _zone) = tm_of(vm, &args.pos[0])?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, exclusively borrowed struct.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return vm.overflow_error("mktime argument out of range");
    }
    Ok(Value::Float(t as f64))
}

/// `strftime(format, fields)` with the C library's `strftime`.
fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "strftime", &args, 2, 2)?;
    let Some(fmt) = crate::builtins::str_of(&args.pos[0]).map(|s| s.to_string()) else {
        return vm.type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(&args.pos[0])));
    };
    let (tm, _zone) = tm_of(vm, &args.pos[1])?;
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else { return vm.value_error("embedded null character") };
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt and tm are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 256 * fmt.len().max(16) {
            buf.truncate(n);
            return Ok(vm.new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}
fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}
fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}
fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}
fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "sleep", &args, 1, 1)?;
    let Some(secs) = vm.to_f64_opt(&args.pos[0])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])));
    };
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    crate::stdio::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}
