//! `_tern_io`: the native core of the frozen `_io` module (`py/_io.py`)
//! and of `os.open`/`os.read`/...: descriptor calls, and buffered file
//! handles (`fdfile.rs`) that `FileIO` and the `Buffered*` classes share.

use crate::fdfile::{self, FdFile};
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "open", open);
    vm.module_fn(m, "adopt_std_types", super::io_std::adopt_std_types);
    vm.module_fn(m, "handle", handle);
    vm.module_fn(m, "read", read);
    vm.module_fn(m, "read1", read1);
    vm.module_fn(m, "peek", peek);
    vm.module_fn(m, "readline", readline);
    vm.module_fn(m, "write", write);
    vm.module_fn(m, "flush", flush);
    vm.module_fn(m, "seek", seek);
    vm.module_fn(m, "tell", tell);
    vm.module_fn(m, "truncate", truncate);
    vm.module_fn(m, "close", close);
    vm.module_fn(m, "raw_read", raw_read);
    vm.module_fn(m, "raw_write", raw_write);
    vm.module_fn(m, "fd_read", fd_read);
    vm.module_fn(m, "fd_write", fd_write);
    vm.module_fn(m, "fd_close", fd_close);
    vm.module_fn(m, "fd_seek", fd_seek);
    vm.module_fn(m, "fd_truncate", fd_truncate);
    vm.module_fn(m, "isatty", isatty);
    vm.module_fn(m, "fstat", fstat);
    vm.module_fn(m, "split_utf8", split_utf8);
    vm.module_fn(m, "text_readline", text_readline);
    vm.module_fn(m, "text_write", text_write);
    vm.module_fn(m, "text_read_all", text_read_all);
    vm.module_fn(m, "seen_newlines", seen_newlines);
    vm.module_fn(m, "utime", utime);
    vm.module_fn(m, "set_buffer_size", set_buffer_size);
    vm.module_fn(m, "chmod", chmod);
}

fn io_err<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| crate::modules::io::os_error_opt(vm, &e, None))
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let Some(v) = args.pos.get(i) else { return vm.type_error("missing argument") };
    match vm.index_of(v)? {
        Some(n) => Ok(n),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// An optional size: None or a negative number mean "no limit".
fn size_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Option<usize>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_of(v)? {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v))),
        },
    }
}

fn file_of(vm: &mut Vm, args: &Args) -> PyResult<Rc<RefCell<FdFile>>> {
    match args.pos.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Fd(f) => Ok(f.clone()),
            _ => vm.type_error("expected a file handle"),
        },
        _ => vm.type_error("expected a file handle"),
    }
}

/// Runs `op` on the handle in `args[0]`; a closed handle is a ValueError.
fn with_file<T>(vm: &mut Vm, args: &Args, op: impl FnOnce(&mut FdFile) -> std::io::Result<T>) -> PyResult<T> {
    let f = file_of(vm, args)?;
    let r = {
        let Ok(mut f) = f.try_borrow_mut() else { return vm.err("RuntimeError", "reentrant call inside file") };
        if f.closed {
            None
        } else {
            Some(op(&mut f))
        }
    };
    match r {
        None => vm.value_error("I/O operation on closed file."),
        Some(r) => io_err(vm, r),
    }
}

/// `open(path, flags, mode)`: a new descriptor.
fn open(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "open", &args, 3, 3)?;
    let Some(ps) = crate::builtins::pystr_of(&args.pos[0]) else {
        return vm.type_error("open: path should be string");
    };
    // Lone surrogates are the bytes surrogateescape decoded (os.fsencode).
    let path = match ps.to_str() {
        Some(s) => std::path::PathBuf::from(s),
        None => {
            let b = crate::codecs::encode_pystr(vm, ps, crate::codecs::Codec::Utf8, "surrogateescape")?;
            std::path::PathBuf::from(<std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(b))
        }
    };
    let flags = int_arg(vm, &args, 1)? as i32;
    let mode = int_arg(vm, &args, 2)? as u32;
    match fdfile::open_path(&path, flags, mode) {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => Err(crate::modules::io::os_error_named(vm, &e, args.pos[0].clone())),
    }
}

/// `handle(fd, closefd, buffer_size)`: a buffered handle owning `fd` when
/// `closefd`.
fn handle(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "handle", &args, 3, 3)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let closefd = vm.truthy(&args.pos[1])?;
    let size = int_arg(vm, &args, 2)?.max(1) as usize;
    let mut f = FdFile::new(fd, closefd);
    f.buffer_size = size;
    let f = Rc::new(RefCell::new(f));
    fdfile::register(&f);
    Ok(vm.new_object(vm.types.fd_file.clone(), Payload::Fd(f)))
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, 1)?;
    let b = with_file(vm, &args, |f| f.read(n))?;
    Ok(vm.new_bytes(b))
}

fn read1(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, 1)?;
    let b = with_file(vm, &args, |f| f.read1(n))?;
    Ok(vm.new_bytes(b))
}

fn peek(vm: &mut Vm, args: Args) -> PyResult {
    let b = with_file(vm, &args, |f| f.peek())?;
    Ok(vm.new_bytes(b))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, 1)?;
    let b = with_file(vm, &args, |f| f.readline(n))?;
    Ok(vm.new_bytes(b))
}

fn bytes_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    match args.pos.get(i) {
        Some(v) => vm.bytes_like(v),
        None => vm.type_error("missing argument"),
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    let b = bytes_arg(vm, &args, 1)?;
    let n = with_file(vm, &args, |f| f.write(&b))?;
    Ok(Value::Int(n as i64))
}

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    with_file(vm, &args, |f| f.flush())?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = int_arg(vm, &args, 1)?;
    let whence = int_arg(vm, &args, 2)? as i32;
    let p = with_file(vm, &args, |f| f.seek(pos, whence))?;
    Ok(Value::Int(p as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    let p = with_file(vm, &args, |f| f.tell())?;
    Ok(Value::Int(p as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult {
    let size = int_arg(vm, &args, 1)?;
    if size < 0 {
        return Err(crate::modules::io::os_error_opt(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    with_file(vm, &args, |f| f.truncate(size as u64))?;
    Ok(Value::Int(size))
}

/// `close(h)`: flushes, and closes the descriptor if the handle owns it.
fn close(vm: &mut Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args)?;
    let r = match f.try_borrow_mut() {
        Ok(mut f) => f.close(),
        Err(_) => return vm.err("RuntimeError", "reentrant call inside file"),
    };
    io_err(vm, r)?;
    Ok(Value::None)
}

/// Unbuffered read of at most `n` bytes (everything for None).
fn raw_read(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, 1)?;
    let b = with_file(vm, &args, |f| {
        f.sync()?;
        match n {
            Some(n) => fdfile::read_fd(f.fd, n),
            None => fdfile::read_all_fd(f.fd),
        }
    })?;
    Ok(vm.new_bytes(b))
}

fn raw_write(vm: &mut Vm, args: Args) -> PyResult {
    let b = bytes_arg(vm, &args, 1)?;
    let n = with_file(vm, &args, |f| {
        f.sync()?;
        fdfile::write_fd(f.fd, &b)
    })?;
    Ok(Value::Int(n as i64))
}

fn fd_read(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "read", &args, 2, 2)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let n = int_arg(vm, &args, 1)?;
    if n < 0 {
        return Err(crate::modules::io::os_error_opt(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    let b = io_err(vm, fdfile::read_fd(fd, n as usize))?;
    Ok(vm.new_bytes(b))
}

fn fd_write(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "write", &args, 2, 2)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let b = bytes_arg(vm, &args, 1)?;
    let n = io_err(vm, fdfile::write_fd(fd, &b))?;
    Ok(Value::Int(n as i64))
}

fn fd_close(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "close", &args, 1, 1)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    io_err(vm, fdfile::close_fd(fd))?;
    Ok(Value::None)
}

fn fd_seek(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "lseek", &args, 3, 3)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let pos = int_arg(vm, &args, 1)?;
    let whence = int_arg(vm, &args, 2)? as i32;
    let p = io_err(vm, fdfile::seek_fd(fd, pos, whence))?;
    Ok(Value::Int(p as i64))
}

fn fd_truncate(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "ftruncate", &args, 2, 2)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let n = int_arg(vm, &args, 1)?;
    if n < 0 {
        return Err(crate::modules::io::os_error_opt(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    io_err(vm, fdfile::truncate_fd(fd, n as u64))?;
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "isatty", &args, 1, 1)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    Ok(Value::Bool(fdfile::isatty_fd(fd)))
}

/// `fstat(fd)`: the same tuple as `_tern_os.stat`.
fn fstat(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "fstat", &args, 1, 1)?;
    let fd = int_arg(vm, &args, 0)? as i32;
    let m = io_err(vm, fdfile::metadata_fd(fd))?;
    Ok(crate::modules::tern_os::stat_tuple(vm, m))
}

/// `split_utf8(b)`: how many leading bytes of `b` end on a character
/// boundary (an incomplete sequence at the end is kept for the next chunk).
fn split_utf8(vm: &mut Vm, args: Args) -> PyResult {
    let b = bytes_arg(vm, &args, 0)?;
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return Ok(Value::Int(if need > back { (n - back) as i64 } else { n as i64 }));
    }
    Ok(Value::Int(n as i64))
}

fn str_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<String> {
    match args.pos.get(i).and_then(crate::builtins::str_of) {
        Some(s) => Ok(s.to_string()),
        None => vm.type_error("expected a str"),
    }
}

/// `text_readline(h, mode, encoding, errors)`: one decoded line; mode 0
/// splits at `\n` only, 1 is universal newlines translated to `\n`, 2
/// universal newlines kept as they are.
fn text_readline(vm: &mut Vm, args: Args) -> PyResult {
    let mode = int_arg(vm, &args, 1)?;
    let enc = str_arg(vm, &args, 2)?;
    let errors = str_arg(vm, &args, 3)?;
    let b = with_file(vm, &args, |f| if mode == 0 { f.readline(None) } else { f.readline_text(mode == 1) })?;
    decode_text(vm, b, &enc, &errors)
}

/// `text_read_all(h, mode, encoding, errors)`: the rest of the file as
/// text, newlines handled as in `text_readline`.
fn text_read_all(vm: &mut Vm, args: Args) -> PyResult {
    let mode = int_arg(vm, &args, 1)?;
    let enc = str_arg(vm, &args, 2)?;
    let errors = str_arg(vm, &args, 3)?;
    let b = with_file(vm, &args, |f| {
        let b = f.read(None)?;
        Ok(if mode == 0 { b } else { f.universal_newlines(b, mode == 1) })
    })?;
    decode_text(vm, b, &enc, &errors)
}

fn decode_text(vm: &mut Vm, b: Vec<u8>, enc: &str, errors: &str) -> PyResult {
    if enc == "utf-8" {
        if let Ok(s) = String::from_utf8(b.clone()) {
            return Ok(vm.new_string(s));
        }
    }
    let s = crate::methods::bytes::decode(vm, &b, enc, errors)?;
    Ok(vm.new_pystr(s))
}

/// `text_write(h, s, encoding, errors)`: encodes and buffers `s`; the
/// number of characters written.
fn text_write(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(so)) = args.pos.get(1) else { return vm.type_error("expected a str") };
    let Payload::Str(ps) = &so.payload else { return vm.type_error("expected a str") };
    let n = ps.nchars;
    let enc = str_arg(vm, &args, 2)?;
    if enc == "utf-8" && !ps.has_surrogates() {
        with_file(vm, &args, |f| f.write(ps.as_str().as_bytes()))?;
    } else {
        let errors = str_arg(vm, &args, 3)?;
        let bytes = crate::methods::bytes::encode_pystr(vm, ps, &enc, &errors)?;
        with_file(vm, &args, |f| f.write(&bytes))?;
    }
    Ok(Value::Int(n as i64))
}

/// The line endings `text_readline` has seen (a `seennl` bit set).
fn seen_newlines(vm: &mut Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args)?;
    let n = f.borrow().seennl;
    Ok(Value::Int(n as i64))
}

/// `set_buffer_size(h, n)`: the size of the handle's buffers (what a
/// `Buffered*` object over the `FileIO` asked for).
fn set_buffer_size(vm: &mut Vm, args: Args) -> PyResult {
    let n = int_arg(vm, &args, 1)?.max(1) as usize;
    with_file(vm, &args, |f| {
        f.flush()?;
        f.buffer_size = n;
        Ok(())
    })?;
    Ok(Value::None)
}

/// `utime(path, atime_ns, mtime_ns)`: sets a file's times (None: now).
fn utime(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "utime", &args, 3, 3)?;
    let path = str_arg(vm, &args, 0)?;
    let mut when = [std::time::SystemTime::now(); 2];
    for (i, slot) in when.iter_mut().enumerate() {
        if !args.pos[i + 1].is_none() {
            let ns = int_arg(vm, &args, i + 1)?;
            let d = std::time::Duration::from_nanos(ns.unsigned_abs());
            *slot = if ns >= 0 { std::time::UNIX_EPOCH + d } else { std::time::UNIX_EPOCH - d };
        }
    }
    let times = std::fs::FileTimes::new().set_accessed(when[0]).set_modified(when[1]);
    let r = std::fs::File::open(&path).and_then(|f| f.set_times(times));
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::modules::io::os_error(vm, &e, &path)),
    }
}

/// `chmod(path_or_fd, mode)`.
fn chmod(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::unix::fs::PermissionsExt;
    crate::builtins::check_args(vm, "chmod", &args, 2, 2)?;
    let mode = int_arg(vm, &args, 1)? as u32;
    let perms = std::fs::Permissions::from_mode(mode);
    if let Value::Int(fd) = args.pos[0] {
        let r = fdfile::metadata_fd(fd as i32).and_then(|_| fdfile::set_permissions_fd(fd as i32, perms));
        io_err(vm, r)?;
        return Ok(Value::None);
    }
    let path = str_arg(vm, &args, 0)?;
    match std::fs::set_permissions(&path, perms) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::modules::io::os_error(vm, &e, &path)),
    }
}
