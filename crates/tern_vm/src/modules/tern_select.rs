//! `_tern_select`: `select(2)` and `poll(2)` for tern's `select` module
//! (see `py/select.py`, which turns objects into file descriptors).
//!
//! - `select(rfds, wfds, xfds, timeout_ms)`: three lists of ready fds
//!   (`timeout_ms` < 0 waits forever).
//! - `poll([(fd, events)...], timeout_ms)`: `[(fd, revents)...]` for the
//!   fds with events.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "select", select);
    vm.module_fn(m, "poll", poll);
}

fn ints(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match vm.index_of(&it)? {
            Some(i) => out.push(i),
            None => return vm.type_error("file descriptors must be integers"),
        }
    }
    Ok(out)
}

fn timeout_ms(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(vm.index_of(v)?.unwrap_or(-1))
}

fn os_err(vm: &mut Vm) -> crate::value::Obj {
    let e = std::io::Error::last_os_error();
    crate::modules::io::os_error(vm, &e, "")
}

fn select(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "select", &args, 4, 4)?;
    let sets = [ints(vm, &args.pos[0])?, ints(vm, &args.pos[1])?, ints(vm, &args.pos[2])?];
    let ms = timeout_ms(vm, &args.pos[3])?;
    if sets.iter().flatten().any(|fd| *fd >= libc::FD_SETSIZE as i64 || *fd < 0) {
        return vm.value_error("filedescriptor out of range in select()");
    }
    // SAFETY: fd_set is plain data, initialised by FD_ZERO before use.
    let mut fds: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
    let mut nfds = 0;
    for (set, list) in fds.iter_mut().zip(&sets) {
        // SAFETY: `set` is a valid fd_set; every fd is in 0..FD_SETSIZE.
        unsafe {
            libc::FD_ZERO(set);
            for fd in list {
                libc::FD_SET(*fd as i32, set);
            }
        }
        nfds = nfds.max(list.iter().max().map(|m| m + 1).unwrap_or(0));
    }
    let mut tv = libc::timeval { tv_sec: (ms / 1000) as libc::time_t, tv_usec: ((ms % 1000) * 1000) as libc::suseconds_t };
    let tvp = if ms < 0 { std::ptr::null_mut() } else { &mut tv as *mut libc::timeval };
    crate::stdio::flush_stdout();
    let [r, w, x] = &mut fds;
    // SAFETY: the sets and the timeval are valid for the call.
    let n = unsafe { libc::select(nfds as i32, r, w, x, tvp) };
    if n < 0 {
        return Err(os_err(vm));
    }
    let mut out = Vec::new();
    for (set, list) in fds.iter().zip(&sets) {
        // SAFETY: reading membership of fds that were put in the set.
        let ready: Vec<Value> = list.iter().filter(|fd| unsafe { libc::FD_ISSET(**fd as i32, set) }).map(|fd| Value::Int(*fd)).collect();
        out.push(vm.new_list(ready));
    }
    Ok(vm.new_tuple(out))
}

fn poll(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "poll", &args, 2, 2)?;
    let mut fds = Vec::new();
    for pair in vm.iterate(&args.pos[0])? {
        let p = ints(vm, &pair)?;
        if p.len() != 2 {
            return vm.type_error("poll expects (fd, events) pairs");
        }
        fds.push(libc::pollfd { fd: p[0] as i32, events: p[1] as i16, revents: 0 });
    }
    let ms = timeout_ms(vm, &args.pos[1])?.clamp(-1, i32::MAX as i64) as i32;
    crate::stdio::flush_stdout();
    // SAFETY: `fds` is a valid array of pollfd of the given length.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    if n < 0 {
        return Err(os_err(vm));
    }
    let out: Vec<Value> = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| vm.new_tuple(vec![Value::Int(p.fd as i64), Value::Int((p.revents as u16) as i64)]))
        .collect();
    Ok(vm.new_list(out))
}
