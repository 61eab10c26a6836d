//! The standard streams (`sys.stdin`, `sys.stdout`, `sys.stderr` and
//! their binary `buffer`s): native text files that `print` writes to
//! directly, and the OSError mapping of io errors. `open()` and the rest
//! of `io` are the frozen `_io` module over `_tern_io`; the streams take
//! `_io`'s classes when it is set up (`io_std.rs`).

use crate::file::{FileData, FileKind};
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The OSError subclass and message CPython uses for an errno.
pub fn errno_info(errno: i32) -> (&'static str, String) {
    (errno_class(errno), strerror(errno))
}

/// The OSError subclass CPython raises for an errno (its `errnomap`).
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => "OSError",
    }
}

/// The C library's message for an errno (`os.strerror`).
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a valid NUL-terminated string; it is copied
    // at once (tern's interpreter runs on one thread).
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned()
}

/// An OSError subclass for an io error, as CPython picks it, with
/// `filename` when a path is given.
pub fn os_error_opt(vm: &mut Vm, e: &std::io::Error, path: Option<&str>) -> crate::value::Obj {
    let filename = path.map(|p| vm.new_str(p)).unwrap_or(Value::None);
    os_error_named(vm, e, filename)
}

/// An OSError subclass for an io error, with `filename` (a str or None).
pub fn os_error_named(vm: &mut Vm, e: &std::io::Error, filename: Value) -> crate::value::Obj {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        std::io::ErrorKind::InvalidInput => 22,
        _ => 5,
    });
    let (cls, msg) = errno_info(errno);
    let t = vm.exc_type(cls);
    // As OSError(errno, strerror, filename): `args` keeps the first two.
    let args = vec![Value::Int(errno as i64), vm.new_string(msg)];
    let ex = vm.new_exception(&t, args.clone());
    vm.set_exc_attr(&ex, "errno", args[0].clone());
    vm.set_exc_attr(&ex, "strerror", args[1].clone());
    vm.set_exc_attr(&ex, "filename", filename);
    vm.set_exc_attr(&ex, "filename2", Value::None);
    ex
}

/// An OSError subclass for an io error on `path`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::value::Obj {
    os_error_opt(vm, e, Some(path))
}

pub fn install_file_methods(vm: &mut Vm) {
    let tio = vm.types.text_io.clone();
    let types = [tio.clone(), vm.types.buffered_writer.clone(), vm.types.buffered_reader.clone()];
    for t in &types {
        let module = vm.new_str("_io");
        vm.set_dict_item_str(t, "__module__", module);
        vm.add_method(t, "write", file_write);
        vm.add_method(t, "writelines", file_writelines);
        vm.add_method(t, "flush", file_flush);
        vm.add_method(t, "read", file_read);
        vm.add_method(t, "readline", file_readline);
        vm.add_method(t, "readlines", file_readlines);
        vm.add_method(t, "close", file_close);
        vm.add_method(t, "__enter__", file_enter);
        vm.add_method(t, "__exit__", file_exit);
        vm.add_method(t, "__iter__", file_iter);
        vm.add_method(t, "__next__", file_next);
        vm.add_method(t, "__repr__", file_repr);
        vm.add_method(t, "fileno", file_fileno);
        vm.add_method(t, "tell", file_tell);
        vm.add_method(t, "seek", file_seek);
        vm.add_method(t, "isatty", |vm, a| {
            let fd = with_open(vm, &a.pos[0], |f| Ok(fd_of(f)))?;
            Ok(Value::Bool(crate::fdfile::isatty_fd(fd as i32)))
        });
        vm.add_method(t, "readable", |vm, a| {
            let r = with_open(vm, &a.pos[0], |f| Ok(matches!(f.kind, FileKind::Stdin)))?;
            Ok(Value::Bool(r))
        });
        vm.add_method(t, "writable", |vm, a| {
            let w = with_open(vm, &a.pos[0], |f| Ok(!matches!(f.kind, FileKind::Stdin)))?;
            Ok(Value::Bool(w))
        });
        vm.add_method(t, "seekable", |vm, a| {
            let fd = with_open(vm, &a.pos[0], |f| Ok(fd_of(f)))?;
            Ok(Value::Bool(crate::fdfile::seekable_fd(fd as i32)))
        });
        vm.add_getset(t, "closed", file_closed, None);
        vm.add_getset(t, "name", file_name, None);
        vm.add_getset(t, "mode", file_mode, None);
    }
    for t in [vm.types.buffered_writer.clone(), vm.types.buffered_reader.clone()] {
        vm.add_getset(&t, "raw", file_raw, None);
    }
    vm.add_method(&tio, "reconfigure", reconfigure);
    vm.add_method(&tio, "detach", file_detach);
    vm.add_getset(&tio, "buffer", file_buffer, None);
    vm.add_getset(
        &tio,
        "encoding",
        |vm, v| {
            let e = file_field(vm, v, |f| f.encoding.clone())?;
            Ok(vm.new_string(e))
        },
        None,
    );
    vm.add_getset(
        &tio,
        "errors",
        |vm, v| {
            let e = file_field(vm, v, |f| f.errors.clone())?;
            Ok(vm.new_string(e))
        },
        None,
    );
    vm.add_getset(&tio, "line_buffering", |vm, v| Ok(Value::Bool(file_field(vm, v, |f| f.line_buffering)?)), None);
    vm.add_getset(&tio, "write_through", |vm, v| Ok(Value::Bool(file_field(vm, v, |f| f.write_through)?)), None);
    vm.add_getset(&tio, "newlines", |_, _| Ok(Value::None), None);
}

/// Raises `io.UnsupportedOperation(msg)`.
fn unsupported<T>(vm: &mut Vm, msg: &str) -> PyResult<T> {
    let io = vm.import_module("_io")?;
    let cls = vm.getattr_str(&io, "UnsupportedOperation")?;
    let m = vm.new_str(msg);
    let e = vm.call(&cls, Args::new(&[m]))?;
    match e {
        Value::Obj(o) => Err(o),
        _ => vm.err("OSError", msg),
    }
}

/// The error for a closed (or detached) stream.
fn closed_error<T>(vm: &mut Vm, o: &Obj) -> PyResult<T> {
    let detached = matches!(&o.payload, Payload::File(f) if f.borrow().detached);
    if detached {
        return vm.value_error("underlying buffer has been detached");
    }
    vm.value_error("I/O operation on closed file.")
}

/// `tell()`: the descriptor's offset (after a flush), where it can seek.
fn file_tell(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "tell", 0, 0)?;
    file_seek_to(vm, &args.pos[0], 0, 1)
}

/// `seek(offset, whence=0)`; a text stream only seeks to a start or end.
fn file_seek(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "seek", 1, 2)?;
    let off = match vm.index_of(&args.pos[1])? {
        Some(n) => n,
        None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1]))),
    };
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_of(w)?.unwrap_or(0),
        None => 0,
    };
    let text = !is_binary(vm, &args.pos[0])?;
    let fd = with_open(vm, &args.pos[0], |f| Ok(fd_of(f)))?;
    if !crate::fdfile::seekable_fd(fd as i32) {
        return unsupported(vm, "underlying stream is not seekable");
    }
    match whence {
        0 if off < 0 => return vm.value_error(format!("negative seek position {off}")),
        1 if text && off != 0 => return unsupported(vm, "can't do nonzero cur-relative seeks"),
        2 if text && off != 0 => return unsupported(vm, "can't do nonzero end-relative seeks"),
        0..=2 => {}
        _ => return vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
    }
    file_seek_to(vm, &args.pos[0], off, whence as i32)
}

/// Flushes and moves the descriptor's offset (`lseek(fd, off, whence)`).
fn file_seek_to(vm: &mut Vm, file: &Value, off: i64, whence: i32) -> PyResult {
    let fd = with_open(vm, file, |f| {
        f.flush()?;
        Ok(fd_of(f))
    })?;
    if !crate::fdfile::seekable_fd(fd as i32) {
        return unsupported(vm, "underlying stream is not seekable");
    }
    match crate::fdfile::seek_fd(fd as i32, off, whence) {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => Err(os_error_opt(vm, &e, None)),
    }
}

/// `detach()`: the binary buffer; the text stream is unusable after.
fn file_detach(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "detach", 0, 0)?;
    let buffer = with_open(vm, &args.pos[0], |f| {
        f.flush()?;
        Ok(f.buffer.take())
    })?;
    let o = file_obj(vm, &args.pos[0])?;
    if let Payload::File(cell) = &o.payload {
        let mut f = cell.borrow_mut();
        f.kind = FileKind::Closed;
        f.detached = true;
    }
    match buffer {
        Some(b) => Ok(b),
        None => vm.value_error("underlying buffer has been detached"),
    }
}

fn fd_of(f: &FileData) -> i64 {
    match f.kind {
        FileKind::Stdin => 0,
        FileKind::Stdout => 1,
        FileKind::Stderr => 2,
        FileKind::Closed => 3,
    }
}

/// [`write_text`] for a str payload, which may hold lone surrogates
/// (encoded with the stream's `errors`: UnicodeEncodeError under strict).
pub fn write_pystr(vm: &mut Vm, cell: &RefCell<FileData>, ps: &crate::str::PyStr) -> PyResult<()> {
    if !ps.has_surrogates() {
        return write_text(vm, cell, ps.as_str());
    }
    if cell.borrow().is_binary() {
        return vm.type_error("a bytes-like object is required, not 'str'");
    }
    if cell.borrow().is_closed() {
        return vm.value_error("I/O operation on closed file.");
    }
    let (enc, errors, line_buffered) = {
        let f = cell.borrow();
        (f.encoding.clone(), f.errors.clone(), f.line_buffering)
    };
    let b = crate::methods::bytes::encode_pystr(vm, ps, &enc, &errors)?;
    let r = cell.borrow_mut().write_bytes(&b);
    let r = r.and_then(|()| if line_buffered && ps.wtf8().contains(&b'\n') { cell.borrow_mut().flush() } else { Ok(()) });
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.to_string() == "not writable" => unsupported(vm, "not writable"),
        Err(e) => vm.err("OSError", e.to_string()),
    }
}

/// Writes text to a standard stream: encoded as its `encoding` says,
/// flushed after a newline when line buffered.
pub fn write_text(vm: &mut Vm, cell: &RefCell<FileData>, s: &str) -> PyResult<()> {
    let (utf8, line_buffered, binary) = {
        let f = cell.borrow();
        (f.utf8, f.line_buffering, f.is_binary())
    };
    if binary {
        return vm.type_error("a bytes-like object is required, not 'str'");
    }
    if cell.borrow().is_closed() {
        let detached = cell.borrow().detached;
        return vm.value_error(if detached { "underlying buffer has been detached" } else { "I/O operation on closed file." });
    }
    let r = if utf8 {
        cell.borrow_mut().write(s)
    } else {
        let (enc, errors) = {
            let f = cell.borrow();
            (f.encoding.clone(), f.errors.clone())
        };
        let b = crate::methods::bytes::encode(vm, s, &enc, &errors)?;
        cell.borrow_mut().write_bytes(&b)
    };
    let r = r.and_then(|()| if line_buffered && s.contains('\n') { cell.borrow_mut().flush() } else { Ok(()) });
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.to_string() == "not writable" => unsupported(vm, "not writable"),
        Err(e) => vm.err("OSError", e.to_string()),
    }
}

/// `reconfigure(*, encoding=None, errors=None, newline=None,
/// line_buffering=None, write_through=None)`.
fn reconfigure(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 {
        return vm.type_error("reconfigure() takes no positional arguments");
    }
    let o = file_obj(vm, &args.pos[0])?;
    let Payload::File(cell) = &o.payload else { return vm.type_error("not a file") };
    let names = ["encoding", "errors", "newline", "line_buffering", "write_through"];
    for k in args.kwnames {
        let k = crate::builtins::str_of(k).unwrap_or("");
        if !names.contains(&k) {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for reconfigure()"));
        }
    }
    let text = |vm: &mut Vm, name: &str| -> PyResult<Option<String>> {
        match args.kw(name) {
            None | Some(Value::None) => Ok(None),
            Some(v) => match crate::builtins::str_of(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => vm.type_error(format!("reconfigure() argument '{name}' must be str or None, not {}", vm.type_name(v))),
            },
        }
    };
    let encoding = text(vm, "encoding")?;
    let errors = text(vm, "errors")?;
    if let Some(nl) = text(vm, "newline")? {
        if !["", "\n", "\r", "\r\n"].contains(&nl.as_str()) {
            return vm.value_error(format!("illegal newline value: {nl}"));
        }
    }
    let flag = |vm: &mut Vm, name: &str| -> PyResult<Option<bool>> {
        match args.kw(name) {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(vm.truthy(v)?)),
        }
    };
    let line_buffering = flag(vm, "line_buffering")?;
    let write_through = flag(vm, "write_through")?;
    // The encoding must be a known codec (its name is kept as given).
    let encoding = match encoding {
        Some(e) => {
            let codecs = vm.import_module("_codecs")?;
            let lookup = vm.getattr_str(&codecs, "lookup")?;
            let name = vm.new_str(&e);
            let info = vm.call(&lookup, Args::new(&[name]))?;
            let canon = vm.getattr_str(&info, "name")?;
            let utf8 = crate::builtins::str_of(&canon) == Some("utf-8");
            Some((e, utf8))
        }
        None => None,
    };
    let _ = cell.borrow_mut().flush();
    let mut f = cell.borrow_mut();
    if let Some((e, utf8)) = encoding {
        f.encoding = e;
        f.utf8 = utf8;
        f.errors = errors.clone().unwrap_or_else(|| "strict".into());
    }
    if let Some(e) = errors {
        f.errors = e;
    }
    if let Some(b) = line_buffering {
        f.line_buffering = b;
    }
    if let Some(b) = write_through {
        f.write_through = b;
    }
    Ok(Value::None)
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = file_obj(vm, &args.pos[0])?;
    let s = crate::protocols::file_repr(&o);
    Ok(vm.new_string(s))
}

fn file_obj(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::File(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a file object, not '{}'", vm.type_name(v))),
    }
}

/// Runs `f` on an open file: a closed one is a ValueError, and io errors
/// become OSError (or UnicodeDecodeError for bad text).
fn with_open<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut FileData) -> std::io::Result<T>) -> PyResult<T> {
    let o = file_obj(vm, v)?;
    let Payload::File(cell) = &o.payload else { return vm.type_error("not a file") };
    let r = {
        let mut data = cell.borrow_mut();
        if data.is_closed() {
            None
        } else {
            Some(f(&mut data))
        }
    };
    match r {
        None => closed_error(vm, &o),
        Some(Ok(t)) => Ok(t),
        Some(Err(e)) if e.kind() == std::io::ErrorKind::InvalidData => {
            vm.err("UnicodeDecodeError", "'utf-8' codec can't decode bytes: invalid utf-8")
        }
        Some(Err(e)) if e.to_string() == "not readable" || e.to_string() == "not writable" => unsupported(vm, &e.to_string()),
        Some(Err(e)) => vm.err("OSError", e.to_string()),
    }
}

fn is_binary(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let o = file_obj(vm, v)?;
    let Payload::File(cell) = &o.payload else { return Ok(false) };
    let b = cell.borrow().is_binary();
    Ok(b)
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "write", 1, 1)?;
    if is_binary(vm, &args.pos[0])? {
        let b = vm.bytes_like(&args.pos[1])?;
        with_open(vm, &args.pos[0], |f| f.write_bytes(&b))?;
        return Ok(Value::Int(b.len() as i64));
    }
    let text = args.pos[1].clone();
    let Some(s) = crate::builtins::pystr_of(&text) else {
        return vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&args.pos[1])));
    };
    with_open(vm, &args.pos[0], |_| Ok(()))?;
    let o = file_obj(vm, &args.pos[0])?;
    if let Payload::File(cell) = &o.payload {
        write_pystr(vm, cell, s)?;
    }
    Ok(Value::Int(s.nchars as i64))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "writelines", 1, 1)?;
    for line in vm.iterate(&args.pos[1])? {
        file_write(vm, Args::new(&[args.pos[0].clone(), line]))?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult {
    with_open(vm, &args.pos[0], |f| f.flush())?;
    Ok(Value::None)
}

/// The optional size argument of read/readline: None for "everything".
fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    let v = args.pos.get(1).or_else(|| args.kw("size"));
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_of(v)? {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v))),
        },
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "read", 0, 1)?;
    let size = size_arg(vm, &args)?;
    if is_binary(vm, &args.pos[0])? {
        let b = with_open(vm, &args.pos[0], |f| match size {
            Some(n) => f.read_bytes(n),
            None => f.read_all_bytes(),
        })?;
        return Ok(vm.new_bytes(b));
    }
    let s = with_open(vm, &args.pos[0], |f| match size {
        Some(n) => f.read_chars(n),
        None => f.read_all(),
    })?;
    Ok(vm.new_string(s))
}

/// One line as a str (text) or bytes (binary); empty at end of file.
pub(crate) fn read_line(vm: &mut Vm, file: &Value) -> PyResult<Option<Value>> {
    if is_binary(vm, file)? {
        let b = with_open(vm, file, |f| f.read_line_bytes())?;
        return Ok(if b.is_empty() { None } else { Some(vm.new_bytes(b)) });
    }
    let s = with_open(vm, file, |f| f.read_line())?;
    Ok(if s.is_empty() { None } else { Some(vm.new_string(s)) })
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "readline", 0, 1)?;
    match read_line(vm, &args.pos[0])? {
        Some(v) => Ok(v),
        None if is_binary(vm, &args.pos[0])? => Ok(vm.new_bytes(Vec::new())),
        None => Ok(vm.new_str("")),
    }
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let mut lines = Vec::new();
    while let Some(l) = read_line(vm, &args.pos[0])? {
        lines.push(l);
    }
    Ok(vm.new_list(lines))
}

fn file_iter(vm: &mut Vm, args: Args) -> PyResult {
    with_open(vm, &args.pos[0], |_| Ok(()))?;
    Ok(args.pos[0].clone())
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult {
    match read_line(vm, &args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult {
    let o = file_obj(vm, &args.pos[0])?;
    if let Payload::File(cell) = &o.payload {
        // The standard streams stay usable after close (as tern's
        // output relies on them).
        let _ = cell.borrow_mut().flush();
    }
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult {
    with_open(vm, &args.pos[0], |_| Ok(()))?;
    Ok(args.pos[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult {
    file_close(vm, Args::new(&args.pos[..1]))?;
    Ok(Value::None)
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult {
    let n = with_open(vm, &args.pos[0], |f| Ok(fd_of(f)))?;
    Ok(Value::Int(n))
}

fn file_field<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&FileData) -> T) -> PyResult<T> {
    let o = file_obj(vm, v)?;
    let Payload::File(cell) = &o.payload else { return vm.type_error("not a file") };
    let r = f(&cell.borrow());
    Ok(r)
}

/// `buffer.raw`: a `FileIO` over the stream's descriptor that does not
/// close it, named as the stream (the same object every time).
fn file_raw(vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(r) = file_field(vm, v, |f| f.raw.clone())? {
        return Ok(r);
    }
    let (fd, mode, name) = file_field(vm, v, |f| (fd_of(f), f.mode.clone(), f.name.clone()))?;
    let io = vm.import_module("_io")?;
    let cls = vm.getattr_str(&io, "FileIO")?;
    let mode = vm.new_string(mode);
    let closefd = vm.new_str("closefd");
    let raw = vm.call(&cls, Args { pos: &[Value::Int(fd), mode], kwnames: &[closefd], kwvals: &[Value::Bool(false)] })?;
    let name_key = vm.intern("name");
    let name = vm.new_string(name);
    vm.setattr(&raw, name_key, name)?;
    if let Value::Obj(o) = v {
        if let Payload::File(f) = &o.payload {
            f.borrow_mut().raw = Some(raw.clone());
        }
    }
    Ok(raw)
}

fn file_closed(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Bool(file_field(vm, v, |f| f.is_closed())?))
}

fn file_name(vm: &mut Vm, v: &Value) -> PyResult {
    let n = file_field(vm, v, |f| f.name.clone())?;
    Ok(vm.new_string(n))
}

fn file_mode(vm: &mut Vm, v: &Value) -> PyResult {
    let n = file_field(vm, v, |f| f.mode.clone())?;
    Ok(vm.new_string(n))
}

/// `buffer`: the binary stream under a standard text stream.
fn file_buffer(vm: &mut Vm, v: &Value) -> PyResult {
    match file_field(vm, v, |f| f.buffer.clone())? {
        Some(b) => Ok(b),
        None => vm.err("AttributeError", format!("'{}' object has no attribute 'buffer'", vm.type_name(v))),
    }
}
