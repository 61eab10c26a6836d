//! `_tern_socket`: the system calls behind tern's `_socket` module
//! (`py/_socket.py`, which holds the socket class, timeouts and argument
//! checks). Every call takes the descriptor; interrupted calls are
//! retried (PEP 475); a call that would block raises BlockingIOError,
//! which the Python layer waits on with poll when the socket has a
//! timeout. Addresses are converted by `socket_addr.rs`.

use super::socket_addr::{from_sockaddr, to_sockaddr, SockAddr};
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::mem::size_of;

pub fn init(vm: &mut Vm, m: &Obj) {
    let fns: [(&'static str, crate::function::NativeFn); 26] = [
        ("socket", socket),
        ("socketpair", socketpair),
        ("sockinfo", sockinfo),
        ("disown", disown),
        ("bind", bind),
        ("connect", connect),
        ("listen", listen),
        ("accept", accept),
        ("send", send),
        ("sendto", sendto),
        ("recv", recv),
        ("recvfrom", recvfrom),
        ("shutdown", shutdown),
        ("setsockopt", setsockopt),
        ("getsockopt", getsockopt),
        ("getsockname", getsockname),
        ("getpeername", getpeername),
        ("gethostname", gethostname),
        ("getaddrinfo", getaddrinfo),
        ("getnameinfo", getnameinfo),
        ("inet_aton", inet_aton),
        ("inet_pton", inet_pton),
        ("inet_ntop", inet_ntop),
        ("getservbyname", getservbyname),
        ("getservbyport", getservbyport),
        ("getprotobyname", getprotobyname),
    ];
    for (name, f) in fns {
        vm.module_fn(m, name, f);
    }
}

fn int(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let v = &args.pos[i];
    match vm.index_of(v)? {
        Some(n) => Ok(n),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn int32(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let n = int(vm, args, i)?;
    if n > i32::MAX as i64 {
        return vm.overflow_error("signed integer is greater than maximum");
    }
    if n < i32::MIN as i64 {
        return vm.overflow_error("signed integer is less than minimum");
    }
    Ok(n as i32)
}

fn last_error(vm: &mut Vm) -> Obj {
    let e = std::io::Error::last_os_error();
    crate::modules::io::os_error_opt(vm, &e, None)
}

/// Runs a system call until it is not interrupted: its result, or the
/// OSError of errno.
fn retry(vm: &mut Vm, mut call: impl FnMut() -> isize) -> PyResult<isize> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_error(vm));
        }
    }
}

/// `socket(family, type, proto)`: a new non-inheritable descriptor.
fn socket(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "socket", &args, 3, 3)?;
    let (f, t, p) = (int32(vm, &args, 0)?, int32(vm, &args, 1)?, int32(vm, &args, 2)?);
    // SAFETY: socket(2) takes plain integers.
    let fd = retry(vm, || unsafe { libc::socket(f, t | libc::SOCK_CLOEXEC, p) } as isize)?;
    Ok(Value::Int(fd as i64))
}

fn socketpair(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "socketpair", &args, 3, 3)?;
    let (f, t, p) = (int32(vm, &args, 0)?, int32(vm, &args, 1)?, int32(vm, &args, 2)?);
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for two descriptors.
    retry(vm, || unsafe { libc::socketpair(f, t | libc::SOCK_CLOEXEC, p, fds.as_mut_ptr()) } as isize)?;
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn sockopt_int(vm: &mut Vm, fd: i32, level: i32, opt: i32) -> PyResult<i32> {
    let mut v: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: valid out-pointers for an int option.
    let r = unsafe { libc::getsockopt(fd, level, opt, (&mut v as *mut libc::c_int).cast(), &mut len) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(v)
}

/// `sockinfo(fd)`: `(family, type, proto)` of an existing socket.
fn sockinfo(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "sockinfo", &args, 1, 1)?;
    let fd = int32(vm, &args, 0)?;
    let f = sockopt_int(vm, fd, libc::SOL_SOCKET, libc::SO_DOMAIN)?;
    let t = sockopt_int(vm, fd, libc::SOL_SOCKET, libc::SO_TYPE)?;
    let p = sockopt_int(vm, fd, libc::SOL_SOCKET, libc::SO_PROTOCOL)?;
    Ok(vm.new_tuple(vec![Value::Int(f as i64), Value::Int(t as i64), Value::Int(p as i64)]))
}

/// `disown(handle)`: the `_tern_io` handle no longer closes its
/// descriptor (`socket.detach()`).
fn disown(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "disown", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Fd(f) => {
                f.borrow_mut().closefd = false;
                Ok(Value::None)
            }
            _ => vm.type_error("disown() expects a descriptor handle"),
        },
        _ => vm.type_error("disown() expects a descriptor handle"),
    }
}

/// `bind(fd, family, address)`.
fn bind(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "bind", &args, 3, 3)?;
    let fd = int32(vm, &args, 0)?;
    let family = int32(vm, &args, 1)?;
    let sa = to_sockaddr(vm, family, &args.pos[2], "bind")?;
    // SAFETY: a valid address of the given length.
    retry(vm, || unsafe { libc::bind(fd, sa.as_ptr(), sa.len) } as isize)?;
    Ok(Value::None)
}

/// `connect(fd, family, address)`: 0, or the errno of a failed connect
/// (EINPROGRESS included), for `connect`/`connect_ex` to act on.
fn connect(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "connect", &args, 3, 3)?;
    let fd = int32(vm, &args, 0)?;
    let family = int32(vm, &args, 1)?;
    let sa = to_sockaddr(vm, family, &args.pos[2], "connect")?;
    // SAFETY: a valid address of the given length.
    let r = unsafe { libc::connect(fd, sa.as_ptr(), sa.len) };
    if r == 0 {
        return Ok(Value::Int(0));
    }
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
    // An interrupted connect goes on in the background, as EINPROGRESS.
    Ok(Value::Int(if e == libc::EINTR { libc::EINPROGRESS } else { e } as i64))
}

fn listen(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "listen", &args, 2, 2)?;
    let fd = int32(vm, &args, 0)?;
    let backlog = int32(vm, &args, 1)?.max(0);
    // SAFETY: listen(2) takes plain integers.
    retry(vm, || unsafe { libc::listen(fd, backlog) } as isize)?;
    Ok(Value::None)
}

/// `accept(fd)`: `(new_fd, address)`, the new descriptor non-inheritable.
fn accept(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "accept", &args, 1, 1)?;
    let fd = int32(vm, &args, 0)?;
    let mut sa = SockAddr::empty();
    let sp = sa.as_mut_ptr();
    let lp = &mut sa.len as *mut libc::socklen_t;
    // SAFETY: out-pointers to the address storage and its length.
    let nfd = retry(vm, || unsafe { libc::accept4(fd, sp, lp, libc::SOCK_CLOEXEC) } as isize)?;
    let addr = from_sockaddr(vm, &sa);
    Ok(vm.new_tuple(vec![Value::Int(nfd as i64), addr]))
}

/// `send(fd, data, flags)`: bytes sent.
fn send(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "send", &args, 3, 3)?;
    let fd = int32(vm, &args, 0)?;
    let data = vm.bytes_like(&args.pos[1])?;
    let flags = int32(vm, &args, 2)?;
    // SAFETY: a valid buffer of the given length.
    let n = retry(vm, || unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags | libc::MSG_NOSIGNAL) })?;
    Ok(Value::Int(n as i64))
}

/// `sendto(fd, data, flags, family, address)`: bytes sent.
fn sendto(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "sendto", &args, 5, 5)?;
    let fd = int32(vm, &args, 0)?;
    let data = vm.bytes_like(&args.pos[1])?;
    let flags = int32(vm, &args, 2)?;
    let family = int32(vm, &args, 3)?;
    let sa = to_sockaddr(vm, family, &args.pos[4], "sendto")?;
    // SAFETY: a valid buffer and address of the given lengths.
    let n = retry(vm, || unsafe { libc::sendto(fd, data.as_ptr().cast(), data.len(), flags | libc::MSG_NOSIGNAL, sa.as_ptr(), sa.len) })?;
    Ok(Value::Int(n as i64))
}

fn size_arg(vm: &mut Vm, args: &Args, i: usize, who: &str) -> PyResult<usize> {
    let n = int(vm, args, i)?;
    if n < 0 {
        return vm.value_error(format!("negative buffersize in {who}"));
    }
    Ok(n as usize)
}

/// `recv(fd, n, flags)`: at most `n` bytes.
fn recv(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "recv", &args, 3, 3)?;
    let fd = int32(vm, &args, 0)?;
    let n = size_arg(vm, &args, 1, "recv")?;
    let flags = int32(vm, &args, 2)?;
    let mut buf = vec![0u8; n.min(1 << 24)];
    // SAFETY: a writable buffer of the given length.
    let got = retry(vm, || unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) })?;
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

/// `recvfrom(fd, n, flags)`: `(bytes, address)`.
fn recvfrom(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "recvfrom", &args, 3, 3)?;
    let fd = int32(vm, &args, 0)?;
    let n = size_arg(vm, &args, 1, "recvfrom")?;
    let flags = int32(vm, &args, 2)?;
    let mut buf = vec![0u8; n.min(1 << 24)];
    let mut sa = SockAddr::empty();
    let sp = sa.as_mut_ptr();
    let lp = &mut sa.len as *mut libc::socklen_t;
    // SAFETY: a writable buffer and address storage of the given lengths.
    let got = retry(vm, || unsafe { libc::recvfrom(fd, buf.as_mut_ptr().cast(), buf.len(), flags, sp, lp) })?;
    buf.truncate(got as usize);
    let data = vm.new_bytes(buf);
    // An unconnected-datagram peer may have no address (len 0).
    let addr = if sa.len == 0 { Value::None } else { from_sockaddr(vm, &sa) };
    Ok(vm.new_tuple(vec![data, addr]))
}

fn shutdown(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "shutdown", &args, 2, 2)?;
    let fd = int32(vm, &args, 0)?;
    let how = int32(vm, &args, 1)?;
    // SAFETY: shutdown(2) takes plain integers.
    retry(vm, || unsafe { libc::shutdown(fd, how) } as isize)?;
    Ok(Value::None)
}

/// `setsockopt(fd, level, option, value)`: an int or a buffer.
fn setsockopt(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "setsockopt", &args, 4, 4)?;
    let fd = int32(vm, &args, 0)?;
    let level = int32(vm, &args, 1)?;
    let opt = int32(vm, &args, 2)?;
    let data: Vec<u8> = match vm.index_of(&args.pos[3])? {
        Some(i) => {
            if i > i32::MAX as i64 || i < i32::MIN as i64 {
                return vm.overflow_error("signed integer is greater than maximum");
            }
            (i as i32).to_ne_bytes().to_vec()
        }
        None => vm.bytes_like(&args.pos[3])?,
    };
    // SAFETY: a valid buffer of the given length.
    let r = unsafe { libc::setsockopt(fd, level, opt, data.as_ptr().cast(), data.len() as libc::socklen_t) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// `getsockopt(fd, level, option, buflen)`: an int when `buflen` is None,
/// else at most `buflen` bytes.
fn getsockopt(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getsockopt", &args, 4, 4)?;
    let fd = int32(vm, &args, 0)?;
    let level = int32(vm, &args, 1)?;
    let opt = int32(vm, &args, 2)?;
    if matches!(args.pos[3], Value::None) {
        return Ok(Value::Int(sockopt_int(vm, fd, level, opt)? as i64));
    }
    let n = int(vm, &args, 3)?;
    if !(1..=1024).contains(&n) {
        return Err(vm.new_exception_msg("OSError", "getsockopt buflen out of range"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut len = n as libc::socklen_t;
    // SAFETY: a writable buffer of the given length.
    let r = unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) };
    if r < 0 {
        return Err(last_error(vm));
    }
    buf.truncate(len as usize);
    Ok(vm.new_bytes(buf))
}

fn name_call(
    vm: &mut Vm,
    args: &Args,
    who: &str,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult {
    crate::builtins::check_args(vm, who, args, 1, 1)?;
    let fd = int32(vm, args, 0)?;
    let mut sa = SockAddr::empty();
    // SAFETY: out-pointers to the address storage and its length.
    if unsafe { f(fd, sa.as_mut_ptr(), &mut sa.len) } < 0 {
        return Err(last_error(vm));
    }
    Ok(from_sockaddr(vm, &sa))
}

fn getsockname(vm: &mut Vm, args: Args) -> PyResult {
    name_call(vm, &args, "getsockname", libc::getsockname)
}

fn getpeername(vm: &mut Vm, args: Args) -> PyResult {
    name_call(vm, &args, "getpeername", libc::getpeername)
}

fn gethostname(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "gethostname", &args, 0, 0)?;
    let mut buf = [0 as libc::c_char; 1024];
    // SAFETY: a writable buffer of the given length.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } < 0 {
        return Err(last_error(vm));
    }
    // SAFETY: gethostname wrote a NUL-terminated name (the last byte stays 0).
    let s = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
    Ok(vm.new_string(s))
}

/// `getaddrinfo(host, port, family, type, proto, flags)`.
fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getaddrinfo", &args, 6, 6)?;
    let mut hints = [0; 4];
    for (i, h) in hints.iter_mut().enumerate() {
        *h = int32(vm, &args, 2 + i)?;
    }
    super::socket_addr::getaddrinfo(vm, &args.pos[0], &args.pos[1], hints)
}

/// `getnameinfo(family, sockaddr, flags)`.
fn getnameinfo(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getnameinfo", &args, 3, 3)?;
    let family = int32(vm, &args, 0)?;
    let flags = int32(vm, &args, 2)?;
    super::socket_addr::getnameinfo(vm, family, &args.pos[1], flags)
}

extern "C" {
    #[link_name = "inet_aton"]
    fn c_inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

fn c_str(vm: &mut Vm, v: &Value, who: &str) -> PyResult<std::ffi::CString> {
    match crate::builtins::str_of(v) {
        Some(s) => match std::ffi::CString::new(s) {
            Ok(c) => Ok(c),
            Err(_) => vm.value_error("embedded null character"),
        },
        None => vm.type_error(format!("{who}() argument 1 must be str, not {}", vm.type_name(v))),
    }
}

/// `inet_aton(string)`: 4 packed bytes (classic forms such as "1.2.3").
fn inet_aton(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "inet_aton", &args, 1, 1)?;
    let c = c_str(vm, &args.pos[0], "inet_aton")?;
    let mut a = libc::in_addr { s_addr: 0 };
    // SAFETY: a NUL-terminated string and an out-pointer.
    if unsafe { c_inet_aton(c.as_ptr(), &mut a) } == 0 {
        return Err(vm.new_exception_msg("OSError", "illegal IP address string passed to inet_aton"));
    }
    Ok(vm.new_bytes(a.s_addr.to_ne_bytes().to_vec()))
}

fn family_len(vm: &mut Vm, family: i32) -> PyResult<usize> {
    match family {
        libc::AF_INET => Ok(4),
        libc::AF_INET6 => Ok(16),
        _ => Err(crate::modules::io::os_error_opt(vm, &std::io::Error::from_raw_os_error(libc::EAFNOSUPPORT), None)),
    }
}

fn inet_pton(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "inet_pton", &args, 2, 2)?;
    let family = int32(vm, &args, 0)?;
    let c = c_str(vm, &args.pos[1], "inet_pton")?;
    let n = family_len(vm, family)?;
    let mut buf = [0u8; 16];
    // SAFETY: the buffer holds an in6_addr.
    let r = unsafe { super::socket_addr::c_inet_pton(family, c.as_ptr(), buf.as_mut_ptr().cast()) };
    if r == 0 {
        return Err(vm.new_exception_msg("OSError", "illegal IP address string passed to inet_pton"));
    }
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_bytes(buf[..n].to_vec()))
}

fn inet_ntop(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "inet_ntop", &args, 2, 2)?;
    let family = int32(vm, &args, 0)?;
    let packed = vm.bytes_like(&args.pos[1])?;
    let n = family_len(vm, family)?;
    if packed.len() != n {
        return vm.value_error("invalid length of packed IP address string");
    }
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: `packed` holds an address of the family's size.
    let r = unsafe { super::socket_addr::c_inet_ntop(family, packed.as_ptr().cast(), buf.as_mut_ptr(), buf.len() as libc::socklen_t) };
    if r.is_null() {
        return Err(last_error(vm));
    }
    // SAFETY: inet_ntop wrote a NUL-terminated string.
    let s = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
    Ok(vm.new_string(s))
}

fn opt_proto(vm: &mut Vm, args: &Args, i: usize, who: &str) -> PyResult<Option<std::ffi::CString>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => c_str(vm, v, who).map(Some),
    }
}

/// `getservbyname(name, proto)`: the port number.
fn getservbyname(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getservbyname", &args, 1, 2)?;
    let name = c_str(vm, &args.pos[0], "getservbyname")?;
    let proto = opt_proto(vm, &args, 1, "getservbyname")?;
    // SAFETY: NUL-terminated strings; the static result is read at once.
    let s = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if s.is_null() {
        return Err(vm.new_exception_msg("OSError", "service/proto not found"));
    }
    // SAFETY: a valid servent.
    Ok(Value::Int(u16::from_be(unsafe { (*s).s_port } as u16) as i64))
}

/// `getservbyport(port, proto)`: the service name.
fn getservbyport(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getservbyport", &args, 1, 2)?;
    let port = int(vm, &args, 0)?;
    if !(0..=65535).contains(&port) {
        return vm.overflow_error("getservbyport: port must be 0-65535.");
    }
    let proto = opt_proto(vm, &args, 1, "getservbyport")?;
    // SAFETY: a NUL-terminated string; the static result is read at once.
    let s = unsafe { libc::getservbyport((port as u16).to_be() as i32, proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if s.is_null() {
        return Err(vm.new_exception_msg("OSError", "port/proto not found"));
    }
    // SAFETY: a valid servent with a NUL-terminated name.
    let name = unsafe { std::ffi::CStr::from_ptr((*s).s_name) }.to_string_lossy().into_owned();
    Ok(vm.new_string(name))
}

fn getprotobyname(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getprotobyname", &args, 1, 1)?;
    let name = c_str(vm, &args.pos[0], "getprotobyname")?;
    // SAFETY: a NUL-terminated string; the static result is read at once.
    let p = unsafe { libc::getprotobyname(name.as_ptr()) };
    if p.is_null() {
        return Err(vm.new_exception_msg("OSError", "protocol not found"));
    }
    // SAFETY: a valid protoent.
    Ok(Value::Int(unsafe { (*p).p_proto } as i64))
}
