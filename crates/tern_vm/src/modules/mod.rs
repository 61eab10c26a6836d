//! Native modules: `sys`, `math`, `cmath`, `_heapq`, `_bisect`, the standard streams (`io.rs`), and the
//! `_tern_*` halves of frozen modules (`_tern_io` under `_io`, `_tern_sre`
//! under `_sre`, `_tern_struct` under `_struct`, `_tern_binascii` under
//! `binascii`, `_tern_codecs` under `_codecs`, `_tern_time` under `time`, `_tern_os` under `posix` and
//! `_signal`, `_tern_process` under `posix`, `_tern_hash` under the hash
//! modules, `_tern_select`, `_tern_socket` under `_socket`, `_tern_zlib` under
//! `zlib`, `_posixsubprocess`,
//! `_tern_termios`). Each native module is built on first import from its
//! `init` function; frozen ones (`FROZEN`) are compiled from their source
//! on first import.

pub mod ast_objects;
pub mod bisect;
pub mod cmath;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod io_std;
pub mod json;
pub mod math;
pub mod pickle;
pub mod posixsubprocess;
pub mod socket_addr;
pub mod sre;
pub mod sys;
pub mod sys_hooks;
pub mod sys_stats;
pub mod tern;
pub mod tern_binascii;
pub mod tern_codecs;
pub mod tern_dis;
pub mod tern_hash;
pub mod tern_io;
pub mod tern_os;
pub mod tern_process;
pub mod tern_select;
pub mod tern_socket;
pub mod tern_struct;
pub mod tern_termios;
pub mod tern_zlib;
pub mod time;
pub mod unicodedata;
pub mod zlib_stream;

use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// Modules written in Python and built into tern (the C modules of CPython
/// that are simplest to express in Python): name and source.
pub const FROZEN: &[(&str, &str)] = &[
    ("itertools", include_str!("py/itertools.py")),
    ("_collections", include_str!("py/_collections.py")),
    ("_weakref", include_str!("py/_weakref.py")),
    ("_thread", include_str!("py/_thread.py")),
    ("_string", include_str!("py/_string.py")),
    ("errno", include_str!("py/errno.py")),
    ("_tern_union", include_str!("py/_tern_union.py")),
    ("posix", include_str!("py/posix.py")),
    ("_io", include_str!("py/_io.py")),
    ("_tern_iomem", include_str!("py/_tern_iomem.py")),
    ("_tern_iotext", include_str!("py/_tern_iotext.py")),
    ("_tern_object", include_str!("py/_tern_object.py")),
    ("_sre", include_str!("py/_sre.py")),
    ("_random", include_str!("py/_random.py")),
    ("_sha512", include_str!("py/_sha512.py")),
    ("_contextvars", include_str!("py/_contextvars.py")),
    ("_codecs", include_str!("py/_codecs.py")),
    ("_struct", include_str!("py/_struct.py")),
    ("binascii", include_str!("py/binascii.py")),
    ("_ast", include_str!("py/_ast.py")),
    ("_imp", include_str!("py/_imp.py")),
    ("_warnings", include_str!("py/_warnings.py")),
    ("_tracemalloc", include_str!("py/_tracemalloc.py")),
    ("marshal", include_str!("py/marshal.py")),
    ("atexit", include_str!("py/atexit.py")),
    ("_signal", include_str!("py/_signal.py")),
    ("gc", include_str!("py/gc.py")),
    ("array", include_str!("py/array.py")),
    ("time", include_str!("py/time.py")),
    ("_operator", include_str!("py/_operator.py")),
    ("_tern_memoryview", include_str!("py/_tern_memoryview.py")),
    ("_csv", include_str!("py/_csv.py")),
    ("_tern_hashes", include_str!("py/_tern_hashes.py")),
    ("_md5", include_str!("py/_md5.py")),
    ("_sha1", include_str!("py/_sha1.py")),
    ("_sha256", include_str!("py/_sha256.py")),
    ("_sha3", include_str!("py/_sha3.py")),
    ("_blake2", include_str!("py/_blake2.py")),
    ("select", include_str!("py/select.py")),
    ("termios", include_str!("py/termios.py")),
    ("_socket", include_str!("py/_socket.py")),
    ("zlib", include_str!("py/zlib.py")),
    ("_tern_threadpool", include_str!("py/_tern_threadpool.py")),
    ("_json", include_str!("py/_json.py")),
    ("_pickle", include_str!("py/_pickle.py")),
    ("unicodedata", include_str!("py/unicodedata.py")),
    ("_functools", include_str!("py/_functools.py")),
];

/// Native modules by name: their init functions.
/// Builds a native module's contents into the module object.
pub type ModuleInit = fn(&mut Vm, &Obj);

pub const NATIVE: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("cmath", cmath::init),
    ("_heapq", heapq::init),
    ("_bisect", bisect::init),
    ("_tern_time", time::init),
    ("_tern", tern::init),
    ("_tern_os", tern_os::init),
    ("_tern_io", tern_io::init),
    ("_tern_sre", sre::init),
    ("_tern_struct", tern_struct::init),
    ("_tern_binascii", tern_binascii::init),
    ("_tern_codecs", tern_codecs::init),
    ("_tern_hash", tern_hash::init),
    ("_tern_select", tern_select::init),
    ("_tern_process", tern_process::init),
    ("_posixsubprocess", posixsubprocess::init),
    ("_tern_socket", tern_socket::init),
    ("_tern_zlib", tern_zlib::init),
    ("_tern_json", json::init),
    ("_tern_itertools", crate::iter_tools::init_module),
    ("_tern_pickle", pickle::init),
    ("_tern_unicodedata", unicodedata::init),
    ("_tern_termios", tern_termios::init),
    ("tern", tern_dis::init),
];

pub fn install(vm: &mut Vm) {
    sys::init(vm);
    let sys = vm.sys.clone();
    let key = vm.new_str("sys");
    let _ = vm.setitem(&Value::Obj(vm.modules.clone()), key, Value::Obj(sys));
    let b = vm.builtins_module.clone();
    let key = vm.new_str("builtins");
    let _ = vm.setitem(&Value::Obj(vm.modules.clone()), key, Value::Obj(b));
    // A bug in the boot module is tern's; it must not stop every program.
    if let Err(e) = vm.exec_module_source("_tern_boot", include_str!("py/_tern_boot.py"), "<frozen _tern_boot>", Some(""), None) {
        eprintln!("tern: internal error: the startup module failed");
        if let Ok(r) = vm.repr_string(&crate::value::Value::Obj(e)) {
            eprintln!("{r}");
        }
    }
    install_exception_groups(vm);
    sys_hooks::install(vm);
}

/// ExceptionGroup's methods and the helpers `except*` compiles to come
/// from the frozen Python module `_tern_eg`.
fn install_exception_groups(vm: &mut Vm) {
    let Ok(m) = vm.exec_module_source("_tern_eg", include_str!("py/_tern_eg.py"), "<frozen _tern_eg>", Some(""), None) else {
        eprintln!("tern: internal error: the exception group module failed");
        return;
    };
    let m = Value::Obj(m);
    let beg = vm.exc_type("BaseExceptionGroup");
    let get = |vm: &mut Vm, name: &str| vm.getattr_str(&m, name).ok();
    if let Some(f) = get(vm, "eg_new") {
        let sm = vm.new_object(vm.types.staticmethod.clone(), Payload::StaticMethod(f));
        vm.set_dict_item_str(&beg, "__new__", sm);
    }
    for (attr, func) in
        [("__init__", "eg_init"), ("__str__", "eg_str"), ("derive", "eg_derive"), ("split", "eg_split"), ("subgroup", "eg_subgroup")]
    {
        if let Some(f) = get(vm, func) {
            vm.set_dict_item_str(&beg, attr, f);
        }
    }
    let b = vm.builtins.clone();
    for (name, func) in [
        ("__tern_star_start__", "star_start"),
        ("__tern_star_match__", "star_match"),
        ("__tern_star_raised__", "star_raised"),
        ("__tern_star_finish__", "star_finish"),
    ] {
        if let Some(f) = get(vm, func) {
            vm.set_dict_item_str(&b, name, f);
        }
    }
    if let Some(t) = beg.as_type() {
        t.modified();
    }
}

impl Vm {
    /// A new, empty module object.
    pub fn new_module(&mut self, name: &str) -> Obj {
        let d = self.new_dict_obj(Default::default());
        let m = PyObject::new(self.types.module.clone(), Some(d.clone()), Payload::Module { name: RefCell::new(name.to_string()) });
        let n = self.new_str(name);
        self.set_dict_item_str(&d, "__name__", n);
        self.set_dict_item_str(&d, "__doc__", Value::None);
        self.set_dict_item_str(&d, "__package__", Value::None);
        self.set_dict_item_str(&d, "__spec__", Value::None);
        self.set_dict_item_str(&d, "__loader__", Value::None);
        m
    }

    /// Creates a native module if `name` is one.
    pub fn native_module(&mut self, name: &str) -> Option<Obj> {
        let init = NATIVE.iter().find(|(n, _)| *n == name)?.1;
        let m = self.new_module(name);
        init(self, &m);
        Some(m)
    }

    /// Adds a function to a module.
    pub fn module_fn(&mut self, m: &Obj, name: &'static str, f: crate::function::NativeFn) {
        let modname: &'static str = match &m.payload {
            Payload::Module { name } => Box::leak(name.borrow().clone().into_boxed_str()),
            _ => "?",
        };
        let v = self.new_native(name, f, Some(modname));
        self.set_dict_item_str(m, name, v);
    }

    /// A native function in module `m` that binds like a method when a
    /// class holds it (`_tern.partial_call` as `partial.__call__`).
    pub fn module_method_fn(&mut self, m: &Obj, name: &'static str, f: crate::function::NativeFn) {
        let nf =
            crate::function::NativeFunction { name, func: f, owner: None, is_method: true, module: None, owner_type: None, arity: None };
        let v = self.new_object(self.types.builtin_function.clone(), Payload::Native(std::rc::Rc::new(nf)));
        self.set_dict_item_str(m, name, v);
    }

    /// `sys.<name>`.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = Value::Obj(self.sys.clone());
        self.getattr_opt(&sys, name).ok().flatten()
    }
}

#[allow(dead_code)]
fn _unused() -> PyResult<()> {
    Ok(())
}
