//! The classes of the standard streams. They start as native types
//! (`types.text_io`, `buffered_writer`, `buffered_reader`: `print` writes
//! to them before `_io` exists); when `_io` is set up,
//! [`adopt_std_types`] makes `sys.stdout` & co instances of `_io`'s own
//! `TextIOWrapper`, `BufferedWriter` and `BufferedReader`, as in CPython
//! (`type(sys.stdout) is io.TextIOWrapper`). Those classes then hold
//! dispatchers for the names the native types define: on a standard
//! stream (a `Payload::File`) the native method or attribute runs, on any
//! other instance the class's own (kept as `_tern_py_<name>`).
//!
//! The binary buffers also get `raw`: a `FileIO` over the descriptor (not
//! closing it), as `sys.stdout.buffer.raw` is in CPython.

use crate::function::{Args, NativeFn, NativeFunction};
use crate::object::{GetFn, GetSet, Payload, SetFn};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

/// A dispatcher method and getset per name the native stream types define.
macro_rules! dispatchers {
    (methods: [$($m:literal),*], getsets: [$($g:literal),*]) => {
        fn method_dispatcher(name: &str) -> Option<NativeFn> {
            match name {
                $($m => Some(|vm, args| dispatch_method(vm, args, $m)),)*
                _ => None,
            }
        }
        fn getset_dispatcher(name: &str) -> Option<(GetFn, SetFn)> {
            match name {
                $($g => Some((|vm, v| dispatch_get(vm, v, $g), |vm, v, x| dispatch_set(vm, v, $g, x))),)*
                _ => None,
            }
        }
    };
}

dispatchers! {
    // Not the special methods: the runtime takes a native one for the
    // builtin behaviour of the payload (and `_io`'s own run on the streams
    // through the attributes below).
    methods: ["write", "writelines", "flush", "read", "readline", "readlines", "close", "fileno", "tell", "seek", "isatty",
              "readable", "writable", "seekable", "reconfigure", "detach"],
    getsets: ["closed", "name", "mode", "buffer", "encoding", "errors", "line_buffering", "write_through", "newlines", "raw"]
}

/// `_tern_io.adopt_std_types(TextIOWrapper, BufferedWriter, BufferedReader)`.
pub fn adopt_std_types(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "adopt_std_types", &args, 3, 3)?;
    let mut classes = Vec::with_capacity(3);
    for v in args.pos {
        match v {
            Value::Obj(c) if c.as_type().is_some() => classes.push(c.clone()),
            _ => return vm.type_error("adopt_std_types() takes classes"),
        }
    }
    let natives = [vm.types.text_io.clone(), vm.types.buffered_writer.clone(), vm.types.buffered_reader.clone()];
    for (native, cls) in natives.iter().zip(&classes) {
        install_dispatchers(vm, native, cls);
    }
    // The streams and their buffers take the classes.
    for name in ["stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__"] {
        let Some(Value::Obj(s)) = vm.sys_attr(name) else { continue };
        reclass(vm, &s, &natives, &classes);
        let buffer = match &s.payload {
            Payload::File(f) => f.borrow().buffer.clone(),
            _ => None,
        };
        if let Some(Value::Obj(b)) = buffer {
            reclass(vm, &b, &natives, &classes);
        }
    }
    Ok(Value::None)
}

/// Gives `o` the class adopted for its native class.
fn reclass(_vm: &mut Vm, o: &Obj, natives: &[Obj; 3], classes: &[Obj]) {
    if let Some(i) = natives.iter().position(|n| Rc::ptr_eq(n, o.class())) {
        o.class.set(classes[i].clone());
    }
}

/// Puts a dispatcher on `cls` for each method and attribute of `native`,
/// keeping what `cls` had under that name as `_tern_py_<name>`.
fn install_dispatchers(vm: &mut Vm, native: &Obj, cls: &Obj) {
    let entries: Vec<(Value, Value)> = match native.dict_ref() {
        Some(d) => d.borrow().items(),
        None => return,
    };
    let owner = cls.as_type().map(|t| t.name()).unwrap_or_default();
    for (k, v) in entries {
        let Some(name) = crate::builtins::str_of(&k).map(str::to_string) else { continue };
        let Value::Obj(vo) = &v else { continue };
        let dispatcher = match &vo.payload {
            Payload::Native(_) => method_dispatcher(&name).map(|f| {
                let nf = NativeFunction {
                    name: Box::leak(name.clone().into_boxed_str()),
                    func: f,
                    owner: Some(Box::leak(owner.clone().into_boxed_str())),
                    is_method: true,
                    module: None,
                    owner_type: Some(cls.clone()),
                    arity: None,
                };
                vm.new_object(vm.types.method_descriptor.clone(), Payload::Native(Rc::new(nf)))
            }),
            Payload::GetSet(_) => getset_dispatcher(&name).map(|(get, set)| {
                let gs = GetSet { name: Box::leak(name.clone().into_boxed_str()), owner: owner.clone(), get, set: Some(set) };
                vm.new_object(vm.types.getset_descriptor.clone(), Payload::GetSet(gs))
            }),
            _ => None,
        };
        let Some(dispatcher) = dispatcher else { continue };
        let key = vm.intern(&name);
        if let Some(own) = vm.lookup_type_attr(cls, &key) {
            let saved = format!("_tern_py_{name}");
            vm.set_dict_item_str(cls, Box::leak(saved.into_boxed_str()), own);
        }
        vm.set_dict_item_str(cls, Box::leak(name.into_boxed_str()), dispatcher);
    }
    if let Some(td) = cls.as_type() {
        td.modified();
    }
}

/// The native type whose methods serve the standard stream `o`.
fn native_type_of(vm: &Vm, o: &Obj) -> Option<Obj> {
    let Payload::File(f) = &o.payload else { return None };
    let f = f.borrow();
    Some(if !f.is_binary() {
        vm.types.text_io.clone()
    } else if f.mode.contains('r') {
        vm.types.buffered_reader.clone()
    } else {
        vm.types.buffered_writer.clone()
    })
}

/// What the class of `v` had under `name` before the dispatcher.
fn saved(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let cls = vm.type_of(v);
    let key = vm.intern(&format!("_tern_py_{name}"));
    vm.lookup_type_attr(&cls, &key)
}

fn dispatch_method(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let Some(me) = args.pos.first().cloned() else { return vm.type_error(format!("descriptor '{name}' needs an argument")) };
    if let Value::Obj(o) = &me {
        if let Some(nt) = native_type_of(vm, o) {
            let key = vm.intern(name);
            if let Some(Value::Obj(m)) = vm.lookup_type_attr(&nt, &key) {
                if let Payload::Native(nf) = &m.payload {
                    return (nf.func)(vm, args);
                }
            }
        }
    }
    match saved(vm, &me, name) {
        Some(f) => vm.call(&f, args),
        None => {
            let tn = vm.type_name(&me);
            vm.err("AttributeError", format!("'{tn}' object has no attribute '{name}'"))
        }
    }
}

/// The native attribute `name` of a standard stream, if `v` is one.
fn native_getset(vm: &mut Vm, v: &Value, name: &str) -> Option<GetSet> {
    let Value::Obj(o) = v else { return None };
    let nt = native_type_of(vm, o)?;
    let key = vm.intern(name);
    match vm.lookup_type_attr(&nt, &key)? {
        Value::Obj(g) => match &g.payload {
            Payload::GetSet(gs) => Some(GetSet { name: gs.name, owner: gs.owner.clone(), get: gs.get, set: gs.set }),
            _ => None,
        },
        _ => None,
    }
}

fn dispatch_get(vm: &mut Vm, v: &Value, name: &str) -> PyResult {
    if let Some(gs) = native_getset(vm, v, name) {
        return (gs.get)(vm, v);
    }
    // As attribute lookup would have gone without the dispatcher: a data
    // descriptor of the class, the instance dict, the class attribute.
    let own = saved(vm, v, name);
    let data = own.as_ref().is_some_and(|d| vm.has_type_attr_str(d, "__set__"));
    if !data {
        if let Value::Obj(o) = v {
            if let Some(d) = o.dict_ref() {
                let key = vm.intern(name);
                if let Some(x) = crate::dictops::dict_get(vm, d, &key)? {
                    return Ok(x);
                }
            }
        }
    }
    match own {
        Some(d) => {
            let owner = Value::Obj(vm.type_of(v));
            vm.bind_descriptor(&d, v, &owner)
        }
        None => {
            let tn = vm.type_name(v);
            vm.err("AttributeError", format!("'{tn}' object has no attribute '{name}'"))
        }
    }
}

fn dispatch_set(vm: &mut Vm, v: &Value, name: &str, x: Value) -> PyResult<()> {
    if let Some(gs) = native_getset(vm, v, name) {
        return match gs.set {
            Some(set) => set(vm, v, x),
            None => vm.err("AttributeError", "readonly attribute"),
        };
    }
    if let Some(d) = saved(vm, v, name) {
        if vm.has_type_attr_str(&d, "__set__") {
            vm.call_method(&d, "__set__", &[v.clone(), x])?;
            return Ok(());
        }
    }
    let Value::Obj(o) = v else { return vm.err("AttributeError", format!("can't set attribute '{name}'")) };
    match o.dict_ref() {
        Some(d) => {
            let key = vm.intern(name);
            crate::dictops::dict_set(vm, d, key, x)
        }
        None => {
            let tn = vm.type_name(v);
            vm.err("AttributeError", format!("'{tn}' object has no attribute '{name}'"))
        }
    }
}
