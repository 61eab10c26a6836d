//! `_tern_process`: processes and descriptors for tern's `posix` module
//! (`py/posix.py`): waiting for children, signals to processes, pipes,
//! duplicating descriptors, their inheritable and blocking flags, the
//! process environment, `strerror`, pseudo-terminals, sessions, exec,
//! ids, umask, uname, times and the number of CPUs. Errors are CPython's OSError
//! subclasses; interrupted calls are retried (PEP 475).

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "fork", fork);
    vm.module_fn(m, "waitpid", waitpid);
    vm.module_fn(m, "kill", kill);
    vm.module_fn(m, "killpg", killpg);
    vm.module_fn(m, "pipe", pipe);
    vm.module_fn(m, "dup", dup);
    vm.module_fn(m, "dup2", dup2);
    vm.module_fn(m, "get_inheritable", get_inheritable);
    vm.module_fn(m, "set_inheritable", set_inheritable);
    vm.module_fn(m, "get_blocking", get_blocking);
    vm.module_fn(m, "set_blocking", set_blocking);
    vm.module_fn(m, "getppid", getppid);
    vm.module_fn(m, "strerror", strerror);
    vm.module_fn(m, "putenv", putenv);
    vm.module_fn(m, "openpty", openpty);
    vm.module_fn(m, "setsid", setsid);
    vm.module_fn(m, "ttyname", ttyname);
    vm.module_fn(m, "execve", execve);
    vm.module_fn(m, "ids", ids);
    vm.module_fn(m, "cpu_count", cpu_count);
    vm.module_fn(m, "umask", umask);
    vm.module_fn(m, "uname", uname);
    vm.module_fn(m, "times", times);
    vm.module_fn(m, "unsetenv", unsetenv);
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let v = &args.pos[i];
    match vm.index_of(v)? {
        Some(n) => Ok(n),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn fd_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let n = int_arg(vm, args, i)?;
    if n > i32::MAX as i64 {
        return vm.overflow_error("signed integer is greater than maximum");
    }
    if n < i32::MIN as i64 {
        return vm.overflow_error("signed integer is less than minimum");
    }
    Ok(n as i32)
}

fn last_error(vm: &mut Vm) -> crate::value::Obj {
    let e = std::io::Error::last_os_error();
    crate::modules::io::os_error_opt(vm, &e, None)
}

fn interrupted() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
}

/// `fork()`: the child's pid in the parent, 0 in the child.
fn fork(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "fork", &args, 0, 0)?;
    // SAFETY: tern's interpreter runs on one thread, so the child is a
    // complete copy that may go on running Python code.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(pid as i64))
}

/// `waitpid(pid, options)`: `(pid, status)`.
fn waitpid(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "waitpid", &args, 2, 2)?;
    let pid = fd_arg(vm, &args, 0)?;
    let options = fd_arg(vm, &args, 1)?;
    let mut status = 0;
    loop {
        // SAFETY: `status` is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]));
        }
        if !interrupted() {
            return Err(last_error(vm));
        }
    }
}

fn signal_call(vm: &mut Vm, args: &Args, name: &str, f: unsafe extern "C" fn(libc::pid_t, libc::c_int) -> libc::c_int) -> PyResult {
    crate::builtins::check_args(vm, name, args, 2, 2)?;
    let pid = fd_arg(vm, args, 0)?;
    let sig = fd_arg(vm, args, 1)?;
    // SAFETY: kill/killpg take plain integers.
    if unsafe { f(pid, sig) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

fn kill(vm: &mut Vm, args: Args) -> PyResult {
    signal_call(vm, &args, "kill", libc::kill)
}

fn killpg(vm: &mut Vm, args: Args) -> PyResult {
    signal_call(vm, &args, "killpg", libc::killpg)
}

/// `pipe()`: `(read_fd, write_fd)`, both non-inheritable.
fn pipe(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "pipe", &args, 0, 0)?;
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

/// `dup(fd)`: a non-inheritable copy.
fn dup(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "dup", &args, 1, 1)?;
    let fd = fd_arg(vm, &args, 0)?;
    // SAFETY: fcntl on an integer descriptor.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(r as i64))
}

/// `dup2(fd, fd2, inheritable)`: `fd2`.
fn dup2(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "dup2", &args, 3, 3)?;
    let fd = fd_arg(vm, &args, 0)?;
    let fd2 = fd_arg(vm, &args, 1)?;
    let inheritable = vm.truthy(&args.pos[2])?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: plain descriptor numbers. dup3 refuses fd == fd2, which
    // dup2 accepts (a check that fd is open).
    let r = unsafe {
        if fd == fd2 {
            libc::fcntl(fd, libc::F_GETFD)
        } else {
            libc::dup3(fd, fd2, flags)
        }
    };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(fd2 as i64))
}

fn fd_flags(vm: &mut Vm, fd: i32, get: i32) -> PyResult<i32> {
    // SAFETY: fcntl on an integer descriptor.
    let r = unsafe { libc::fcntl(fd, get) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(r)
}

fn set_flag(vm: &mut Vm, fd: i32, get: i32, set: i32, bit: i32, on: bool) -> PyResult {
    let flags = fd_flags(vm, fd, get)?;
    let new = if on { flags | bit } else { flags & !bit };
    // SAFETY: fcntl on an integer descriptor.
    if new != flags && unsafe { libc::fcntl(fd, set, new) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

fn get_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "get_inheritable", &args, 1, 1)?;
    let fd = fd_arg(vm, &args, 0)?;
    Ok(Value::Bool(fd_flags(vm, fd, libc::F_GETFD)? & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_inheritable", &args, 2, 2)?;
    let fd = fd_arg(vm, &args, 0)?;
    let on = vm.truthy(&args.pos[1])?;
    set_flag(vm, fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !on)
}

fn get_blocking(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "get_blocking", &args, 1, 1)?;
    let fd = fd_arg(vm, &args, 0)?;
    Ok(Value::Bool(fd_flags(vm, fd, libc::F_GETFL)? & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_blocking", &args, 2, 2)?;
    let fd = fd_arg(vm, &args, 0)?;
    let on = vm.truthy(&args.pos[1])?;
    set_flag(vm, fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !on)
}

fn getppid(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getppid", &args, 0, 0)?;
    // SAFETY: getppid cannot fail.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "strerror", &args, 1, 1)?;
    let code = fd_arg(vm, &args, 0)?;
    Ok(vm.new_string(crate::modules::io::strerror(code)))
}

fn env_name(vm: &mut Vm, v: &Value, what: &str) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    let b = crate::modules::posixsubprocess::fs_bytes(vm, v)?;
    if b.contains(&0) {
        return vm.value_error("embedded null byte");
    }
    if what == "name" && (b.is_empty() || b.contains(&b'=')) {
        return vm.value_error("illegal environment variable name");
    }
    Ok(std::ffi::OsString::from_vec(b))
}

/// `putenv(name, value)`: sets a variable of the process environment
/// (children started by exec see it).
fn putenv(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "putenv", &args, 2, 2)?;
    let k = env_name(vm, &args.pos[0], "name")?;
    let v = env_name(vm, &args.pos[1], "value")?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "unsetenv", &args, 1, 1)?;
    let k = env_name(vm, &args.pos[0], "name")?;
    std::env::remove_var(k);
    Ok(Value::None)
}

/// `openpty()`: `(master_fd, slave_fd)`, both non-inheritable.
fn openpty(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "openpty", &args, 0, 0)?;
    let (mut master, mut slave) = (0, 0);
    // SAFETY: out-pointers for two descriptors; the name, termios and
    // window size are not asked for.
    let r = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
    if r < 0 {
        return Err(last_error(vm));
    }
    for fd in [master, slave] {
        // SAFETY: fcntl on descriptors just opened.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(vm.new_tuple(vec![Value::Int(master as i64), Value::Int(slave as i64)]))
}

fn setsid(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "setsid", &args, 0, 0)?;
    // SAFETY: setsid takes no arguments.
    if unsafe { libc::setsid() } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// `ttyname(fd)`: the path of the terminal open on `fd`.
fn ttyname(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "ttyname", &args, 1, 1)?;
    let fd = fd_arg(vm, &args, 0)?;
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: a writable buffer of the given length.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(crate::modules::io::os_error_opt(vm, &std::io::Error::from_raw_os_error(r), None));
    }
    // SAFETY: ttyname_r wrote a NUL-terminated path.
    let s = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
    Ok(vm.new_string(s))
}

fn c_strings(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<std::ffi::CString>> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let b = crate::modules::posixsubprocess::fs_bytes(vm, it)?;
        match std::ffi::CString::new(b) {
            Ok(c) => out.push(c),
            Err(_) => return vm.value_error("embedded null byte"),
        }
    }
    Ok(out)
}

/// `execve(path, argv, env)`: `env` a list of b"NAME=value" (or None to
/// keep the environment); returns only by raising OSError.
fn execve(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "execve", &args, 3, 3)?;
    let path = c_strings(vm, &args.pos[0..1])?.remove(0);
    let argv_items = vm.iterate(&args.pos[1])?;
    let argv = c_strings(vm, &argv_items)?;
    let env = match &args.pos[2] {
        Value::None => None,
        v => {
            let items = vm.iterate(v)?;
            Some(c_strings(vm, &items)?)
        }
    };
    let mut argv_p: Vec<*const libc::c_char> = argv.iter().map(|c| c.as_ptr()).collect();
    argv_p.push(std::ptr::null());
    let env_p: Option<Vec<*const libc::c_char>> =
        env.as_ref().map(|e| e.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect());
    // SAFETY: NULL-terminated arrays of pointers to live C strings.
    unsafe {
        match &env_p {
            Some(e) => libc::execve(path.as_ptr(), argv_p.as_ptr(), e.as_ptr()),
            None => libc::execv(path.as_ptr(), argv_p.as_ptr()),
        };
    }
    Err(last_error(vm))
}

/// `ids()`: `(uid, euid, gid, egid)`.
fn ids(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "ids", &args, 0, 0)?;
    // SAFETY: these calls cannot fail.
    let v = unsafe { [libc::getuid() as i64, libc::geteuid() as i64, libc::getgid() as i64, libc::getegid() as i64] };
    Ok(vm.new_tuple(v.iter().map(|i| Value::Int(*i)).collect()))
}

/// `cpu_count()`: the CPUs online, or None when unknown.
fn cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "cpu_count", &args, 0, 0)?;
    // SAFETY: sysconf has no memory-safety preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n as i64) })
}

/// `umask(mask)`: sets the mask, returns the previous one.
fn umask(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "umask", &args, 1, 1)?;
    let mask = fd_arg(vm, &args, 0)?;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

/// `uname()`: `(sysname, nodename, release, version, machine)`.
fn uname(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "uname", &args, 0, 0)?;
    // SAFETY: utsname is plain data filled by uname.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out-pointer.
    if unsafe { libc::uname(&mut u) } < 0 {
        return Err(last_error(vm));
    }
    let field = |f: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = f.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let parts = [field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)];
    let v = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_tuple(v))
}

/// `times()`: `(user, system, children_user, children_system, elapsed)`
/// in seconds.
fn times(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "times", &args, 0, 0)?;
    // SAFETY: tms is plain data filled by times.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == (-1i64) as libc::clock_t {
        return Err(last_error(vm));
    }
    // SAFETY: sysconf has no memory-safety preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let v = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, elapsed];
    Ok(vm.new_tuple(v.iter().map(|x| Value::Float(*x as f64 / hz)).collect()))
}
