//! `_tern_os`: the system calls behind tern's Python-level `posix` module
//! (see `py/posix.py`). Paths are str; errors are CPython's OSError
//! subclasses with the path as `filename`.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "getcwd", getcwd);
    vm.module_fn(m, "listdir", listdir);
    vm.module_fn(m, "stat", stat);
    vm.module_fn(m, "lstat", lstat);
    vm.module_fn(m, "environ_items", environ_items);
    vm.module_fn(m, "mkdir", mkdir);
    vm.module_fn(m, "rmdir", rmdir);
    vm.module_fn(m, "unlink", unlink);
    vm.module_fn(m, "rename", rename);
    vm.module_fn(m, "chdir", chdir);
    vm.module_fn(m, "getpid", getpid);
    vm.module_fn(m, "urandom", urandom);
    vm.module_fn(m, "exit", exit);
    vm.module_fn(m, "readlink", readlink);
    vm.module_fn(m, "signal_disposition", signal_disposition);
    vm.module_fn(m, "raise_signal", raise_signal);
    vm.module_fn(m, "signal_ignored", signal_ignored);
}

/// `signal_ignored(signum)`: whether the process ignores the signal now
/// (a shell starts background jobs with SIGINT ignored).
fn signal_ignored(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "signal_ignored", &args, 1, 1)?;
    let sig = signum_arg(vm, &args, 0)?;
    // SAFETY: sigaction is plain data; a null new action only queries.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a sigaction owned by this frame.
    let r = unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    Ok(Value::Bool(r == 0 && old.sa_sigaction == libc::SIG_IGN))
}

fn signum_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    match vm.index_of(&args.pos[i])? {
        Some(n) if (1..65).contains(&n) => Ok(n as i32),
        Some(_) => vm.value_error("signal number out of range"),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[i]))),
    }
}

/// `signal_disposition(signum, ignore)`: the OS-level action for a signal,
/// ignored or the default (tern runs no Python handlers asynchronously).
fn signal_disposition(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "signal_disposition", &args, 2, 2)?;
    let sig = signum_arg(vm, &args, 0)?;
    let action = if vm.truthy(&args.pos[1])? { libc::SIG_IGN } else { libc::SIG_DFL };
    // SAFETY: installs SIG_IGN or SIG_DFL, which run no code of ours.
    let old = unsafe { libc::signal(sig, action) };
    if old == libc::SIG_ERR {
        let e = std::io::Error::last_os_error();
        return Err(crate::modules::io::os_error(vm, &e, ""));
    }
    Ok(Value::None)
}

/// `raise_signal(signum)`: sends the signal to this process.
fn raise_signal(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "raise_signal", &args, 1, 1)?;
    let sig = signum_arg(vm, &args, 0)?;
    crate::stdio::flush_stdout();
    // SAFETY: raise(3) has no memory-safety preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(crate::modules::io::os_error(vm, &e, ""));
    }
    Ok(Value::None)
}

fn path_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<PathBuf> {
    crate::builtins::check_args(vm, name, args, 1, 1)?;
    path_of(vm, &args.pos[0], name)
}

/// A str path as the OS takes it: lone surrogates are the bytes
/// surrogateescape decoded (`os.fsencode`).
fn path_of(vm: &mut Vm, v: &Value, name: &str) -> PyResult<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    match crate::builtins::pystr_of(v) {
        Some(s) if s.has_surrogates() => {
            let b = crate::codecs::encode_pystr(vm, s, crate::codecs::Codec::Utf8, "surrogateescape")?;
            Ok(PathBuf::from(std::ffi::OsString::from_vec(b)))
        }
        Some(s) => Ok(PathBuf::from(s.as_str())),
        None => vm.type_error(format!("{name}: path should be string, not {}", vm.type_name(v))),
    }
}

/// A file name from the OS as a str: bytes that are not UTF-8 decode with
/// surrogateescape, as `os.fsdecode` does.
fn os_name(vm: &mut Vm, name: &std::ffi::OsStr) -> Value {
    use std::os::unix::ffi::OsStrExt;
    match name.to_str() {
        Some(s) => vm.new_str(s),
        None => match crate::codecs::decode(vm, name.as_bytes(), crate::codecs::Codec::Utf8, "surrogateescape") {
            Ok(s) => vm.new_pystr(s),
            Err(_) => vm.new_string(name.to_string_lossy().into_owned()),
        },
    }
}

fn io<T>(vm: &mut Vm, r: std::io::Result<T>, path: impl AsRef<std::path::Path>) -> PyResult<T> {
    r.map_err(|e| {
        let name = os_name(vm, path.as_ref().as_os_str());
        crate::modules::io::os_error_named(vm, &e, name)
    })
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getcwd", &args, 0, 0)?;
    let d = io(vm, std::env::current_dir(), ".")?;
    Ok(vm.new_string(d.display().to_string()))
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult {
    let p = if args.pos.is_empty() { PathBuf::from(".") } else { path_arg(vm, &args, "listdir")? };
    let rd = io(vm, std::fs::read_dir(&p), &p)?;
    let mut out = Vec::new();
    for e in rd {
        let e = io(vm, e, &p)?;
        out.push(os_name(vm, &e.file_name()));
    }
    Ok(vm.new_list(out))
}

pub(crate) fn stat_tuple(vm: &mut Vm, m: std::fs::Metadata) -> Value {
    let ints = [m.mode() as i64, m.ino() as i64, m.dev() as i64, m.nlink() as i64, m.uid() as i64, m.gid() as i64, m.size() as i64];
    let mut v: Vec<Value> = ints.iter().map(|i| Value::Int(*i)).collect();
    for (s, ns) in [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())] {
        v.push(Value::Float(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())] {
        v.push(Value::Int(s * 1_000_000_000 + ns));
    }
    vm.new_tuple(v)
}

/// `stat(path)`: (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
/// ctime, atime_ns, mtime_ns, ctime_ns).
fn stat(vm: &mut Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &args, "stat")?;
    let m = io(vm, std::fs::metadata(&p), &p)?;
    Ok(stat_tuple(vm, m))
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &args, "lstat")?;
    let m = io(vm, std::fs::symlink_metadata(&p), &p)?;
    Ok(stat_tuple(vm, m))
}

fn environ_items(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "environ_items", &args, 0, 0)?;
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        use std::os::unix::ffi::OsStrExt;
        let k = vm.new_bytes(k.as_bytes().to_vec());
        let v = vm.new_bytes(v.as_bytes().to_vec());
        out.push(vm.new_tuple(vec![k, v]));
    }
    Ok(vm.new_list(out))
}

macro_rules! path_op {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let p = path_arg(vm, &args, stringify!($name))?;
            io(vm, $f(&p), &p)?;
            Ok(Value::None)
        }
    };
}
path_op!(mkdir, std::fs::create_dir);
path_op!(rmdir, std::fs::remove_dir);
path_op!(unlink, std::fs::remove_file);
path_op!(chdir, std::env::set_current_dir);

fn rename(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "rename", &args, 2, 2)?;
    let a = path_of(vm, &args.pos[0], "rename")?;
    let b = path_of(vm, &args.pos[1], "rename")?;
    io(vm, std::fs::rename(&a, &b), &a)?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &args, "readlink")?;
    let t = io(vm, std::fs::read_link(&p), &p)?;
    Ok(os_name(vm, t.as_os_str()))
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "urandom", &args, 1, 1)?;
    let n = match vm.index_of(&args.pos[0])? {
        Some(n) if n >= 0 => n as usize,
        Some(_) => return vm.value_error("negative argument not allowed"),
        None => return vm.type_error("an integer is required"),
    };
    use std::io::Read;
    let mut buf = vec![0u8; n];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    io(vm, r, "/dev/urandom")?;
    Ok(vm.new_bytes(buf))
}

/// `_exit(status)`: ends the process at once (buffers flushed).
fn exit(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "_exit", &args, 1, 1)?;
    let code = vm.index_of(&args.pos[0])?.unwrap_or(1);
    crate::stdio::flush_stdout();
    std::process::exit(code as i32)
}
