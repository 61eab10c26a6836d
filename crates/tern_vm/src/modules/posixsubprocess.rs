//! `_posixsubprocess`: `fork_exec`, the fork-and-exec at the heart of
//! `subprocess.Popen` on POSIX, following CPython 3.11's
//! `_posixsubprocess.c`: the parent converts every argument first; the
//! child sets up its standard descriptors, working directory, umask,
//! signals, session, ids, runs `preexec_fn`, closes descriptors and tries
//! each executable in turn. A failure in the child is reported to the
//! parent on `errpipe_write` as `OSError:<hex errno>:` (with `noexec` when
//! exec was never reached) or `SubprocessError:0:<message>`, which
//! subprocess.py turns into the exception.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::ffi::CString;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "fork_exec", fork_exec);
}

/// A path-like argument as bytes (`PyUnicode_FSConverter`).
pub fn fs_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::builtins::pystr_of(v) {
        // Lone surrogates are the bytes surrogateescape decoded (os.fsencode).
        return crate::codecs::encode_pystr(vm, s, crate::codecs::Codec::Utf8, "surrogateescape");
    }
    if let Value::Obj(o) = v {
        if let Payload::Bytes(b) = &o.payload {
            return Ok(b.to_vec());
        }
    }
    if let Some(m) = vm.user_special(v, "__fspath__") {
        let r = vm.call(&m, Args::new(std::slice::from_ref(v)))?;
        let is_path = crate::builtins::str_of(&r).is_some() || matches!(&r, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)));
        if !is_path {
            let (t, rt) = (vm.type_name(v), vm.type_name(&r));
            return vm.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {rt}"));
        }
        return fs_bytes(vm, &r);
    }
    vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))
}

fn c_string(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let b = fs_bytes(vm, v)?;
    match CString::new(b) {
        Ok(c) => Ok(c),
        Err(_) => vm.value_error("embedded null byte"),
    }
}

fn c_strings(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<CString>> {
    let items = match vm.iterate(v) {
        Ok(items) => items,
        Err(_) => return vm.type_error(format!("{what} must be a tuple")),
    };
    items.iter().map(|it| c_string(vm, it)).collect()
}

fn int_of(vm: &mut Vm, v: &Value, pos: usize) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("fork_exec() argument {pos} must be int, not {}", vm.type_name(v))),
    }
}

fn fd_of(vm: &mut Vm, v: &Value, pos: usize) -> PyResult<i32> {
    let i = int_of(vm, v, pos)?;
    if i < i32::MIN as i64 || i > i32::MAX as i64 {
        return vm.overflow_error("signed integer is greater than maximum");
    }
    Ok(i as i32)
}

fn opt_id(vm: &mut Vm, v: &Value, pos: usize) -> PyResult<Option<u32>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    let i = int_of(vm, v, pos)?;
    if !(0..=u32::MAX as i64).contains(&i) {
        return vm.overflow_error("id out of range");
    }
    Ok(Some(i as u32))
}

/// Everything the child needs, converted before the fork.
struct Plan {
    argv: Vec<CString>,
    exec_list: Vec<CString>,
    envp: Option<Vec<CString>>,
    cwd: Option<CString>,
    close_fds: bool,
    fds_to_keep: Vec<i32>,
    open_fds: Vec<i32>,
    p2c: (i32, i32),
    c2p: (i32, i32),
    err: (i32, i32),
    errpipe: (i32, i32),
    restore_signals: bool,
    call_setsid: bool,
    pgid_to_set: i64,
    gid: Option<u32>,
    groups: Option<Vec<libc::gid_t>>,
    uid: Option<u32>,
    umask: i64,
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
/// p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read,
/// errpipe_write, restore_signals, call_setsid, pgid_to_set, gid,
/// extra_groups, uid, child_umask, preexec_fn, allow_vfork)`: the child's
/// pid.
fn fork_exec(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("fork_exec() takes no keyword arguments");
    }
    if args.pos.len() != 23 {
        return vm.type_error(format!("fork_exec() takes exactly 23 arguments ({} given)", args.pos.len()));
    }
    let a = args.pos;
    let argv = if matches!(a[0], Value::None) { Vec::new() } else { c_strings(vm, &a[0], "argv")? };
    let exec_list = c_strings(vm, &a[1], "executable_list")?;
    let close_fds = vm.truthy(&a[2])?;
    let fds_to_keep = match &a[3] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let mut fds = Vec::new();
            for it in vm.iterate(&a[3])? {
                match vm.index_of(&it)? {
                    Some(fd) if (0..=i32::MAX as i64).contains(&fd) && fds.last().is_none_or(|l| *l < fd as i32) => fds.push(fd as i32),
                    _ => return vm.value_error("bad value(s) in fds_to_keep"),
                }
            }
            fds
        }
        v => return vm.type_error(format!("fork_exec() argument 4 must be tuple, not {}", vm.type_name(v))),
    };
    let cwd = if matches!(a[4], Value::None) { None } else { Some(c_string(vm, &a[4])?) };
    let envp = if matches!(a[5], Value::None) { None } else { Some(c_strings(vm, &a[5], "env")?) };
    let mut fds = [0i32; 8];
    for (i, slot) in fds.iter_mut().enumerate() {
        *slot = fd_of(vm, &a[6 + i], 7 + i)?;
    }
    let restore_signals = vm.truthy(&a[14])?;
    let call_setsid = vm.truthy(&a[15])?;
    let pgid_to_set = int_of(vm, &a[16], 17)?;
    let gid = opt_id(vm, &a[17], 18)?;
    let groups = if matches!(a[18], Value::None) {
        None
    } else {
        let mut g = Vec::new();
        for it in vm.iterate(&a[18])? {
            match opt_id(vm, &it, 19)? {
                Some(id) => g.push(id as libc::gid_t),
                None => return vm.type_error("extra_groups must contain ints"),
            }
        }
        Some(g)
    };
    let uid = opt_id(vm, &a[19], 20)?;
    let umask = int_of(vm, &a[20], 21)?;
    let preexec_fn = a[21].clone();
    if close_fds && fds[7] < 3 {
        return vm.value_error("errpipe_write must be >= 3");
    }
    let open_fds = if close_fds { open_descriptors() } else { Vec::new() };
    let plan = Plan {
        argv,
        exec_list,
        envp,
        cwd,
        close_fds,
        fds_to_keep,
        open_fds,
        p2c: (fds[0], fds[1]),
        c2p: (fds[2], fds[3]),
        err: (fds[4], fds[5]),
        errpipe: (fds[6], fds[7]),
        restore_signals,
        call_setsid,
        pgid_to_set,
        gid,
        groups,
        uid,
        umask,
    };
    // SAFETY: tern's interpreter runs on one thread, so the child may
    // allocate and run Python code (preexec_fn) before exec; it never
    // returns from `child` (it execs or calls _exit).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = std::io::Error::last_os_error();
        return Err(crate::modules::io::os_error_opt(vm, &e, None));
    }
    if pid == 0 {
        child(vm, &plan, &preexec_fn);
    }
    Ok(Value::Int(pid as i64))
}

/// The descriptors open in this process, from /proc/self/fd (read before
/// the fork, so the child only closes).
fn open_descriptors() -> Vec<i32> {
    match std::fs::read_dir("/proc/self/fd") {
        Ok(rd) => rd.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok()).collect(),
        // SAFETY: sysconf has no memory-safety preconditions.
        Err(_) => (0..unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 65536) as i32).collect(),
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn set_inheritable(fd: i32, inheritable: bool) -> Result<(), i32> {
    // SAFETY: fcntl on an integer descriptor; errors are returned.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 {
        return Err(errno());
    }
    let new = if inheritable { flags & !libc::FD_CLOEXEC } else { flags | libc::FD_CLOEXEC };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFD, new) } < 0 {
        return Err(errno());
    }
    Ok(())
}

/// `r` as a result carrying errno when it is negative.
fn check(r: libc::c_int) -> Result<libc::c_int, i32> {
    if r < 0 {
        Err(errno())
    } else {
        Ok(r)
    }
}

/// Runs in the child: never returns.
fn child(vm: &mut Vm, p: &Plan, preexec_fn: &Value) -> ! {
    let mut reached_preexec = false;
    let r = child_setup(vm, p, preexec_fn, &mut reached_preexec);
    let errpipe_write = p.errpipe.1;
    let write = |b: &[u8]| {
        // SAFETY: writes a valid buffer to a descriptor; the result is
        // ignored as in CPython (nothing can be done about it).
        let _ = unsafe { libc::write(errpipe_write, b.as_ptr().cast(), b.len()) };
    };
    match r {
        Err(ChildError::Errno(e)) if e != 0 => {
            write(b"OSError:");
            write(format!("{e:x}:").as_bytes());
            if !reached_preexec {
                write(b"noexec");
            }
        }
        Err(ChildError::Message(m)) => {
            write(b"SubprocessError:0:");
            write(m.as_bytes());
        }
        _ => write(b"SubprocessError:0:"),
    }
    // SAFETY: ends the child without running the parent's exit handlers.
    unsafe { libc::_exit(255) }
}

enum ChildError {
    Errno(i32),
    Message(&'static str),
}

impl From<i32> for ChildError {
    fn from(e: i32) -> Self {
        ChildError::Errno(e)
    }
}

fn child_setup(vm: &mut Vm, p: &Plan, preexec_fn: &Value, reached_preexec: &mut bool) -> Result<(), ChildError> {
    for &fd in &p.fds_to_keep {
        if fd != p.errpipe.1 {
            set_inheritable(fd, true)?;
        }
    }
    // SAFETY (this block and below): plain system calls on integer
    // descriptors, C strings that live in `p`, and NULL-terminated arrays
    // of their pointers built here.
    unsafe {
        for fd in [p.p2c.1, p.c2p.0, p.err.0] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        if p.errpipe.0 != -1 {
            libc::close(p.errpipe.0);
        }
        let (p2cread, mut c2pwrite, mut errwrite) = (p.p2c.0, p.c2p.1, p.err.1);
        // A descriptor in 0..=2 could be overwritten by an earlier dup2.
        if c2pwrite == 0 {
            c2pwrite = check(libc::dup(c2pwrite))?;
            set_inheritable(c2pwrite, false)?;
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = check(libc::dup(errwrite))?;
            set_inheritable(errwrite, false)?;
        }
        for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                set_inheritable(fd, true)?;
            } else if fd != -1 {
                check(libc::dup2(fd, target))?;
            }
        }
        if let Some(cwd) = &p.cwd {
            check(libc::chdir(cwd.as_ptr()))?;
        }
        if p.umask >= 0 {
            libc::umask(p.umask as libc::mode_t);
        }
        if p.restore_signals {
            for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
        if p.call_setsid {
            check(libc::setsid())?;
        }
        if p.pgid_to_set >= 0 {
            check(libc::setpgid(0, p.pgid_to_set as libc::pid_t))?;
        }
        if let Some(groups) = &p.groups {
            check(libc::setgroups(groups.len(), groups.as_ptr()))?;
        }
        if let Some(gid) = p.gid {
            check(libc::setregid(gid, gid))?;
        }
        if let Some(uid) = p.uid {
            check(libc::setreuid(uid, uid))?;
        }
    }
    *reached_preexec = true;
    if !matches!(preexec_fn, Value::None) && vm.call(preexec_fn, Args::new(&[])).is_err() {
        return Err(ChildError::Message("Exception occurred in preexec_fn."));
    }
    if p.close_fds {
        for &fd in &p.open_fds {
            if fd >= 3 && p.fds_to_keep.binary_search(&fd).is_err() {
                // SAFETY: closing a descriptor number; errors are ignored.
                unsafe { libc::close(fd) };
            }
        }
    }
    let mut argv: Vec<*const libc::c_char> = p.argv.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    let envp: Option<Vec<*const libc::c_char>> =
        p.envp.as_ref().map(|e| e.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect());
    let mut saved = 0;
    for exe in &p.exec_list {
        // SAFETY: NULL-terminated arrays of pointers to live C strings.
        unsafe {
            match &envp {
                Some(envp) => libc::execve(exe.as_ptr(), argv.as_ptr(), envp.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv.as_ptr()),
            };
        }
        let e = errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
            saved = e;
        }
    }
    // Report the first exec error that was not "not found", else the last.
    Err(ChildError::Errno(if saved != 0 { saved } else { errno() }))
}
