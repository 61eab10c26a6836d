//! Socket addresses for `_tern_socket`: Python address objects to C
//! `sockaddr`s and back, as CPython's `getsockaddrarg` and `makesockaddr`
//! do (AF_INET `(host, port)`, AF_INET6 `(host, port, flowinfo,
//! scope_id)`, AF_UNIX paths including Linux's abstract namespace), and
//! name resolution (`getaddrinfo`, `getnameinfo`) with `socket.gaierror`.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};

extern "C" {
    #[link_name = "inet_ntop"]
    pub fn c_inet_ntop(af: libc::c_int, src: *const libc::c_void, dst: *mut libc::c_char, size: libc::socklen_t) -> *const libc::c_char;
    #[link_name = "inet_pton"]
    pub fn c_inet_pton(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
}

/// A C socket address and its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all zeroes is valid.
        SockAddr { storage: unsafe { zeroed() }, len: size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }

    pub fn as_ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }

    pub fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

/// Raises `socket.gaierror(code, message)` (or the OSError of errno for
/// EAI_SYSTEM).
pub fn gai_error(vm: &mut Vm, code: i32) -> crate::value::Obj {
    if code == libc::EAI_SYSTEM {
        let e = std::io::Error::last_os_error();
        return crate::modules::io::os_error_opt(vm, &e, None);
    }
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    let cls = vm.import_module("_socket").and_then(|m| vm.getattr_str(&m, "gaierror"));
    match cls {
        Ok(Value::Obj(cls)) => {
            let args = vec![Value::Int(code as i64), vm.new_string(msg.clone())];
            let e = vm.new_exception(&cls, args.clone());
            vm.set_exc_attr(&e, "errno", args[0].clone());
            vm.set_exc_attr(&e, "strerror", args[1].clone());
            e
        }
        Ok(_) => vm.new_exception_msg("OSError", &msg),
        Err(e) => e,
    }
}

fn host_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::builtins::str_of(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Value::Obj(o) = v {
        if let Payload::Bytes(b) = &o.payload {
            return Ok(b.to_vec());
        }
        if let Payload::ByteArray(b) = &o.payload {
            return Ok(b.borrow().clone());
        }
    }
    vm.type_error(format!("str, bytes or bytearray expected, not {}", vm.type_name(v)))
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// `host` of an AF_INET/AF_INET6 address resolved as CPython's
/// `setipaddr`: '' is the wildcard, '<broadcast>' the broadcast address,
/// numeric addresses are parsed, other names looked up.
fn resolve(vm: &mut Vm, host: &[u8], family: i32, out: &mut SockAddr) -> PyResult<()> {
    if host.is_empty() || host == b"<broadcast>" {
        if family == libc::AF_INET {
            let ip = if host.is_empty() { libc::INADDR_ANY } else { libc::INADDR_BROADCAST };
            set_v4(out, ip.to_be_bytes(), 0);
            return Ok(());
        }
        if host.is_empty() {
            set_v6(out, [0; 16], 0, 0, 0);
            return Ok(());
        }
        return Err(gai_error(vm, libc::EAI_FAMILY));
    }
    let Ok(c) = CString::new(host.to_vec()) else { return vm.type_error("host name must not contain null character") };
    // SAFETY: addrinfo hints are plain data; getaddrinfo writes a list we
    // read and free.
    unsafe {
        let mut hints: libc::addrinfo = zeroed();
        hints.ai_family = family;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let r = libc::getaddrinfo(c.as_ptr(), std::ptr::null(), &hints, &mut res);
        if r != 0 {
            return Err(gai_error(vm, r));
        }
        let ai = &*res;
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, out.as_mut_ptr() as *mut u8, n);
        libc::freeaddrinfo(res);
    }
    Ok(())
}

fn set_v4(out: &mut SockAddr, ip: [u8; 4], port: u16) {
    // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_in.
    let sin = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in) };
    sin.sin_family = libc::AF_INET as libc::sa_family_t;
    sin.sin_addr.s_addr = u32::from_ne_bytes(ip);
    sin.sin_port = port.to_be();
    out.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
}

fn set_v6(out: &mut SockAddr, ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32) {
    // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_in6.
    let sin6 = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in6) };
    sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
    sin6.sin6_addr.s6_addr = ip;
    sin6.sin6_port = port.to_be();
    sin6.sin6_flowinfo = flowinfo.to_be();
    sin6.sin6_scope_id = scope_id;
    out.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
}

/// A Python address for a socket of `family` as a C address (`caller`
/// names the method in error messages: "bind", "connect"...).
pub fn to_sockaddr(vm: &mut Vm, family: i32, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    match family {
        libc::AF_UNIX => {
            let path = match crate::builtins::str_of(addr) {
                Some(s) => s.as_bytes().to_vec(),
                None => match crate::modules::posixsubprocess::fs_bytes(vm, addr) {
                    Ok(b) => b,
                    Err(_) => host_bytes(vm, addr)
                        .or_else(|_| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(addr))))?,
                },
            };
            // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_un.
            let sun = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() + usize::from(path.first() == Some(&0)) {
                return Err(vm.new_exception_msg("OSError", "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            let extra = if path.first() == Some(&0) { 0 } else { 1 };
            out.len = (base + path.len() + extra) as libc::socklen_t;
        }
        libc::AF_INET | libc::AF_INET6 => {
            let items = match addr {
                Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => vm.iterate(addr)?,
                _ => {
                    let fam = if family == libc::AF_INET { "AF_INET" } else { "AF_INET6" };
                    return vm.type_error(format!("{caller}(): {fam} address must be tuple, not {}", vm.type_name(addr)));
                }
            };
            if family == libc::AF_INET && items.len() != 2 {
                return vm.type_error("AF_INET address must be a pair (host, port)");
            }
            if family == libc::AF_INET6 && !(2..=4).contains(&items.len()) {
                return vm.type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
            }
            let host = host_bytes(vm, &items[0])?;
            let port = int_of(vm, &items[1])?;
            let flowinfo = match items.get(2) {
                Some(v) => int_of(vm, v)?,
                None => 0,
            };
            let scope_id = match items.get(3) {
                Some(v) => int_of(vm, v)?,
                None => 0,
            };
            if !(0..=65535).contains(&port) {
                return vm.overflow_error(&format!("{caller}(): port must be 0-65535."));
            }
            if !(0..=0xfffff).contains(&flowinfo) {
                return vm.overflow_error(&format!("{caller}(): flowinfo must be 0-1048575."));
            }
            resolve(vm, &host, family, &mut out)?;
            // SAFETY: `resolve` filled an address of `family`.
            unsafe {
                if family == libc::AF_INET {
                    (*(out.as_mut_ptr() as *mut libc::sockaddr_in)).sin_port = (port as u16).to_be();
                } else {
                    let sin6 = &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in6);
                    sin6.sin6_port = (port as u16).to_be();
                    sin6.sin6_flowinfo = (flowinfo as u32).to_be();
                    if items.len() > 3 {
                        sin6.sin6_scope_id = scope_id as u32;
                    }
                }
            }
        }
        _ => return Err(vm.new_exception_msg("OSError", &format!("{caller}(): bad family"))),
    }
    Ok(out)
}

fn ntop(family: i32, src: *const libc::c_void) -> String {
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: `src` points to an in_addr/in6_addr; the buffer is larger
    // than INET6_ADDRSTRLEN.
    unsafe {
        if c_inet_ntop(family, src, buf.as_mut_ptr(), buf.len() as libc::socklen_t).is_null() {
            return String::new();
        }
        CStr::from_ptr(buf.as_ptr()).to_string_lossy().into_owned()
    }
}

/// A C socket address as CPython's Python value for it.
pub fn from_sockaddr(vm: &mut Vm, sa: &SockAddr) -> Value {
    let family = sa.storage.ss_family as i32;
    match family {
        libc::AF_INET => {
            // SAFETY: the family says this is a sockaddr_in.
            let sin = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in) };
            let host = ntop(family, (&sin.sin_addr as *const libc::in_addr).cast());
            let h = vm.new_string(host);
            vm.new_tuple(vec![h, Value::Int(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says this is a sockaddr_in6.
            let sin6 = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in6) };
            let host = ntop(family, (&sin6.sin6_addr as *const libc::in6_addr).cast());
            let h = vm.new_string(host);
            vm.new_tuple(vec![
                h,
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says this is a sockaddr_un.
            let sun = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_un) };
            let n = (sa.len as usize).saturating_sub(size_of::<libc::sa_family_t>()).min(sun.sun_path.len());
            let path: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if n > 0 && path[0] == 0 {
                return vm.new_bytes(path);
            }
            let end = path.iter().position(|b| *b == 0).unwrap_or(path.len());
            vm.new_string(String::from_utf8_lossy(&path[..end]).into_owned())
        }
        _ => {
            let data: Vec<u8> = (2..(sa.len as usize).clamp(2, 16))
                .map(|i| {
                    // SAFETY: reading bytes of the storage, within its size.
                    unsafe { *(sa.as_ptr() as *const u8).add(i) }
                })
                .collect();
            let b = vm.new_bytes(data);
            vm.new_tuple(vec![Value::Int(family as i64), b])
        }
    }
}

/// `getaddrinfo(host, port, family, type, proto, flags)`: a list of
/// `(family, type, proto, canonname, sockaddr)`.
pub fn getaddrinfo(vm: &mut Vm, host: &Value, port: &Value, hints: [i32; 4]) -> PyResult {
    let host = if matches!(host, Value::None) { None } else { Some(host_bytes(vm, host)?) };
    let port = match port {
        Value::None => None,
        Value::Int(i) => Some(i.to_string().into_bytes()),
        v => match crate::builtins::str_of(v) {
            Some(s) => Some(s.as_bytes().to_vec()),
            None => match v {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => Some(host_bytes(vm, v)?),
                _ => return Err(vm.new_exception_msg("OSError", "Int or String expected")),
            },
        },
    };
    let to_c = |b: Option<Vec<u8>>| b.map(|b| CString::new(b).unwrap_or_default());
    let (host, port) = (to_c(host), to_c(port));
    let mut out = Vec::new();
    // SAFETY: hints are plain data; the result list is read then freed.
    unsafe {
        let mut h: libc::addrinfo = zeroed();
        h.ai_family = hints[0];
        h.ai_socktype = hints[1];
        h.ai_protocol = hints[2];
        h.ai_flags = hints[3];
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let r = libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &h,
            &mut res,
        );
        if r != 0 {
            return Err(gai_error(vm, r));
        }
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let mut sa = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.as_mut_ptr() as *mut u8, n);
            sa.len = n as libc::socklen_t;
            let canon =
                if ai.ai_canonname.is_null() { String::new() } else { CStr::from_ptr(ai.ai_canonname).to_string_lossy().into_owned() };
            let addr = from_sockaddr(vm, &sa);
            let canon = vm.new_string(canon);
            out.push(vm.new_tuple(vec![
                Value::Int(ai.ai_family as i64),
                Value::Int(ai.ai_socktype as i64),
                Value::Int(ai.ai_protocol as i64),
                canon,
                addr,
            ]));
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
    }
    Ok(vm.new_list(out))
}

/// `getnameinfo(sockaddr, flags)`: `(host, port)` as strings.
pub fn getnameinfo(vm: &mut Vm, family: i32, addr: &Value, flags: i32) -> PyResult {
    let sa = to_sockaddr(vm, family, addr, "getnameinfo")?;
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: valid address and output buffers of the given sizes.
    let r =
        unsafe { libc::getnameinfo(sa.as_ptr(), sa.len, host.as_mut_ptr(), host.len() as _, serv.as_mut_ptr(), serv.len() as _, flags) };
    if r != 0 {
        return Err(gai_error(vm, r));
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings.
    let (h, s) = unsafe { (CStr::from_ptr(host.as_ptr()), CStr::from_ptr(serv.as_ptr())) };
    let h = vm.new_string(h.to_string_lossy().into_owned());
    let s = vm.new_string(s.to_string_lossy().into_owned());
    Ok(vm.new_tuple(vec![h, s]))
}
