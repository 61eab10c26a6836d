//! `_tern_termios`: the terminal calls behind tern's `termios` module (see
//! `py/termios.py`). Each returns `(errno, ...)`: errno 0 on success, else
//! the C error, which the Python layer raises as `termios.error`.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "tcgetattr", tcgetattr);
    vm.module_fn(m, "tcsetattr", tcsetattr);
    vm.module_fn(m, "call", call);
    vm.module_fn(m, "strerror", strerror);
    vm.module_fn(m, "winsize", winsize);
}

/// `winsize(fd, rows, cols)`: with rows < 0 reads the window size,
/// `(errno, rows, cols)`; else sets it, `(errno, rows, cols)`.
fn winsize(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "winsize", &args, 3, 3)?;
    let fd = int(vm, &args.pos[0])? as i32;
    let rows = int(vm, &args.pos[1])?;
    let cols = int(vm, &args.pos[2])?;
    // SAFETY: winsize is plain data.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    let r = if rows < 0 {
        // SAFETY: TIOCGWINSZ writes a winsize into `w`.
        unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) }
    } else {
        w.ws_row = rows as u16;
        w.ws_col = cols as u16;
        // SAFETY: TIOCSWINSZ reads the winsize `w`.
        unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w) }
    };
    let e = if r != 0 { errno() } else { 0 };
    Ok(vm.new_tuple(vec![Value::Int(e), Value::Int(w.ws_row as i64), Value::Int(w.ws_col as i64)]))
}

fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn errno() -> i64 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(5) as i64
}

/// `tcgetattr(fd)`: `(0, [iflag, oflag, cflag, lflag, ispeed, ospeed, cc])`
/// with `cc` a list of ints, or `(errno, None)`.
fn tcgetattr(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "tcgetattr", &args, 1, 1)?;
    let fd = int(vm, &args.pos[0])? as i32;
    // SAFETY: termios is plain data, filled in by tcgetattr.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a termios owned by this frame.
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Ok(vm.new_tuple(vec![Value::Int(errno()), Value::None]));
    }
    // SAFETY: reads speeds from the struct filled in above.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let cc: Vec<Value> = t.c_cc.iter().map(|c| Value::Int(*c as i64)).collect();
    let cc = vm.new_list(cc);
    let attrs = vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(ispeed as i64),
        Value::Int(ospeed as i64),
        cc,
    ];
    let list = vm.new_list(attrs);
    Ok(vm.new_tuple(vec![Value::Int(0), list]))
}

/// `tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc)`:
/// the errno (0 on success).
fn tcsetattr(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "tcsetattr", &args, 9, 9)?;
    let mut n = [0i64; 8];
    for (slot, v) in n.iter_mut().zip(args.pos) {
        *slot = int(vm, v)?;
    }
    let cc = vm.iterate(&args.pos[8])?;
    // SAFETY: termios is plain data; the current settings are read first.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a termios owned by this frame.
    if unsafe { libc::tcgetattr(n[0] as i32, &mut t) } != 0 {
        return Ok(Value::Int(errno()));
    }
    t.c_iflag = n[2] as libc::tcflag_t;
    t.c_oflag = n[3] as libc::tcflag_t;
    t.c_cflag = n[4] as libc::tcflag_t;
    t.c_lflag = n[5] as libc::tcflag_t;
    for (slot, v) in t.c_cc.iter_mut().zip(cc.iter()) {
        *slot = int(vm, v)? as libc::cc_t;
    }
    // SAFETY: t is a valid termios; the calls only read or update it.
    let r = unsafe {
        if libc::cfsetispeed(&mut t, n[6] as libc::speed_t) != 0 || libc::cfsetospeed(&mut t, n[7] as libc::speed_t) != 0 {
            -1
        } else {
            libc::tcsetattr(n[0] as i32, n[1] as i32, &t)
        }
    };
    Ok(Value::Int(if r != 0 { errno() } else { 0 }))
}

/// `call(name, fd, arg)`: tcsendbreak, tcdrain, tcflush or tcflow; the errno.
fn call(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "call", &args, 3, 3)?;
    let name = crate::builtins::str_of(&args.pos[0]).unwrap_or("").to_string();
    let fd = int(vm, &args.pos[1])? as i32;
    let arg = int(vm, &args.pos[2])? as i32;
    // SAFETY: these calls take plain integers.
    let r = unsafe {
        match name.as_str() {
            "tcsendbreak" => libc::tcsendbreak(fd, arg),
            "tcdrain" => libc::tcdrain(fd),
            "tcflush" => libc::tcflush(fd, arg),
            "tcflow" => libc::tcflow(fd, arg),
            _ => return vm.value_error("unknown termios call"),
        }
    };
    Ok(Value::Int(if r != 0 { errno() } else { 0 }))
}

/// `strerror(errno)`: the C library's message.
fn strerror(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "strerror", &args, 1, 1)?;
    let n = int(vm, &args.pos[0])? as i32;
    let msg = std::io::Error::from_raw_os_error(n).to_string();
    // "Inappropriate ioctl for device (os error 25)" -> the C message.
    let msg = msg.rsplit_once(" (os error").map(|(m, _)| m.to_string()).unwrap_or(msg);
    Ok(vm.new_string(msg))
}
