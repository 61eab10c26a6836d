//! The `sys` module.

use crate::file::{FileData, FileKind};
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let m = vm.sys.clone();
    let n = vm.new_str("sys");
    vm.set_dict_item_str(&m, "__name__", n);
    let argv: Vec<Value> = if vm.config.argv_bytes.len() == vm.config.argv.len() {
        let raw = vm.config.argv_bytes.clone();
        let mut out = Vec::new();
        for b in raw {
            let s = match crate::codecs::decode(vm, &b, crate::codecs::Codec::Utf8, "surrogateescape") {
                Ok(s) => vm.new_pystr(s),
                Err(_) => vm.new_string(String::from_utf8_lossy(&b).into_owned()),
            };
            out.push(s);
        }
        out
    } else {
        vm.config.argv.clone().iter().map(|a| vm.new_str(a)).collect()
    };
    let argv = vm.new_list(argv);
    vm.set_dict_item_str(&m, "argv", argv);
    let mut path = vec![vm.config.script_dir.clone()];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|p| !p.is_empty()).map(|s| s.to_string()));
    }
    if let Some(lib) = find_stdlib() {
        path.push(lib);
    }
    let path: Vec<Value> = path.iter().map(|p| vm.new_str(p)).collect();
    let path = vm.new_list(path);
    vm.set_dict_item_str(&m, "path", path);
    let mods = Value::Obj(vm.modules.clone());
    vm.set_dict_item_str(&m, "modules", mods);
    for (name, kind, mode) in [("stdout", FileKind::Stdout, "w"), ("stderr", FileKind::Stderr, "w"), ("stdin", FileKind::Stdin, "r")] {
        let mut f = FileData::std_stream(kind, &format!("<{name}>"), mode);
        let bin = FileData::std_stream(kind, &format!("<{name}>"), &format!("{mode}b"));
        let bin_type = if mode == "r" { vm.types.buffered_reader.clone() } else { vm.types.buffered_writer.clone() };
        f.buffer = Some(vm.new_object(bin_type, Payload::File(Box::new(RefCell::new(bin)))));
        let v = vm.new_object(vm.types.text_io.clone(), Payload::File(Box::new(RefCell::new(f))));
        vm.set_dict_item_str(&m, name, v.clone());
        vm.set_dict_item_str(&m, Box::leak(format!("__{name}__").into_boxed_str()), v);
    }
    let version = vm.new_str("3.11.7 (tern 0.1.0) [Rust]");
    vm.set_dict_item_str(&m, "version", version);
    let vi = version_info(vm);
    vm.set_dict_item_str(&m, "version_info", vi);
    vm.set_dict_item_str(&m, "hexversion", Value::Int(0x030b07f0));
    vm.set_dict_item_str(&m, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str("little");
    vm.set_dict_item_str(&m, "byteorder", bo);
    let p = vm.new_str("linux");
    vm.set_dict_item_str(&m, "platform", p);
    let impl_name = vm.new_str("tern");
    vm.set_dict_item_str(&m, "implementation_name", impl_name);
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let exe = vm.new_string(exe);
    vm.set_dict_item_str(&m, "executable", exe);
    let xo = vm.new_dict();
    for opt in vm.config.xoptions.clone() {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (vm.new_str(k), vm.new_str(v)),
            None => (vm.new_str(&opt), Value::Bool(true)),
        };
        let _ = vm.setitem(&xo, k, v);
    }
    vm.set_dict_item_str(&m, "_xoptions", xo);
    let wo: Vec<Value> = vm.config.warnoptions.clone().iter().map(|o| vm.new_str(o)).collect();
    let wo = vm.new_list(wo);
    vm.set_dict_item_str(&m, "warnoptions", wo);
    let mut names: Vec<&str> = vec!["builtins", "sys"];
    names.extend(crate::modules::NATIVE.iter().map(|(n, _)| *n));
    names.extend(crate::modules::FROZEN.iter().map(|(n, _)| *n));
    names.sort_unstable();
    let bmn: Vec<Value> = names.iter().map(|s| vm.new_str(s)).collect();
    let bmn = vm.new_tuple(bmn);
    vm.set_dict_item_str(&m, "builtin_module_names", bmn);
    let fi = vm.new_tuple(vec![
        Value::Float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ]);
    vm.set_dict_item_str(&m, "float_info", fi);
    vm.module_fn(&m, "exit", exit);
    vm.module_fn(&m, "set_coroutine_origin_tracking_depth", crate::methods::coroutine::set_origin_depth);
    vm.module_fn(&m, "get_coroutine_origin_tracking_depth", crate::methods::coroutine::get_origin_depth);
    vm.module_fn(&m, "getrecursionlimit", getrecursionlimit);
    vm.module_fn(&m, "get_int_max_str_digits", get_int_max_str_digits);
    vm.module_fn(&m, "set_int_max_str_digits", set_int_max_str_digits);
    vm.module_fn(&m, "setrecursionlimit", setrecursionlimit);
    vm.module_fn(&m, "intern", intern);
    vm.module_fn(&m, "exc_info", exc_info);
    vm.module_fn(&m, "exception", exception);
    vm.module_fn(&m, "getsizeof", getsizeof);
    vm.module_fn(&m, "getdefaultencoding", getdefaultencoding);
    vm.module_fn(&m, "_getframe", getframe);
    super::sys_stats::init(vm, &m);
    super::io::install_file_methods(vm);
}

/// The installed CPython 3.11's pure-Python library: `TERN_STDLIB` if set
/// (an empty value means none), else a standard location, else what
/// `python3` reports. Looked up once per run; nothing is cached on disk.
fn find_stdlib() -> Option<String> {
    if let Ok(p) = std::env::var("TERN_STDLIB") {
        return if p.is_empty() { None } else { Some(p) };
    }
    let is_lib = |p: &str| std::path::Path::new(p).join("os.py").is_file();
    for p in ["/usr/lib/python3.11", "/usr/local/lib/python3.11"] {
        if is_lib(p) {
            return Some(p.to_string());
        }
    }
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys, sysconfig; sys.version_info[:2] == (3, 11) and print(sysconfig.get_paths()['stdlib'])"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if is_lib(&p) {
        Some(p)
    } else {
        None
    }
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let se = vm.exc_type("SystemExit");
    let a: Vec<Value> = args.pos.to_vec();
    let e = vm.new_exception(&se, a.clone());
    let code = a.first().cloned().unwrap_or(Value::None);
    vm.set_exc_attr(&e, "code", code);
    Err(e)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    let arg = match (args.pos, args.kwnames) {
        ([v], []) => v.clone(),
        ([], [k]) if crate::builtins::str_of(k) == Some("maxdigits") => args.kwvals[0].clone(),
        ([], [k]) => {
            let k = crate::builtins::str_of(k).unwrap_or("").to_string();
            return vm.type_error(format!("set_int_max_str_digits() got an unexpected keyword argument '{k}'"));
        }
        _ => return vm.type_error("set_int_max_str_digits() takes exactly one argument (0 given)"),
    };
    let Some(n) = vm.index_of(&arg)? else {
        let tn = vm.type_name(&arg);
        return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
    };
    if i32::try_from(n).is_err() {
        return vm.overflow_error("Python int too large to convert to C int");
    }
    if n != 0 && n < 640 {
        return vm.value_error("maxdigits must be 0 or larger than 640");
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "setrecursionlimit", &args, 1, 1)?;
    let Some(n) = vm.index_of(&args.pos[0])? else {
        return vm.type_error("an integer is required");
    };
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    if (n as usize) <= vm.depth() {
        return vm.err(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth()),
        );
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "intern", &args, 1, 1)?;
    match crate::builtins::pystr_of(&args.pos[0]) {
        // The intern table holds text without lone surrogates.
        Some(s) if s.has_surrogates() => Ok(args.pos[0].clone()),
        Some(s) => {
            let s = s.as_str().to_string();
            Ok(vm.intern(&s))
        }
        None => vm.type_error(format!("intern() argument must be str, not {}", vm.type_name(&args.pos[0]))),
    }
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult {
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = vm.traceback_of(&h);
    Ok(vm.new_tuple(vec![t, h, tb]))
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.handled.clone())
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::sizeof::getsizeof(vm, args)
}

fn getdefaultencoding(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

fn getframe(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => match vm.index_of(v)? {
            Some(d) => d.max(0) as usize,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        },
        None => 0,
    };
    match vm.frame_object(depth)? {
        Some(f) => Ok(f),
        None => vm.value_error("call stack is not deep enough"),
    }
}
fn version_info(vm: &mut Vm) -> Value {
    let fields = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(11)),
        ("micro", Value::Int(7)),
        ("releaselevel", vm.new_str("final")),
        ("serial", Value::Int(0)),
    ];
    let items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let ns = vm.new_dict();
    if let Value::Obj(d) = &ns {
        let sys = vm.new_str("sys");
        vm.set_dict_item_str(d, "__module__", sys);
    }
    let meta = vm.types.type_.clone();
    let tuple = Value::Obj(vm.types.tuple.clone());
    let Ok(Value::Obj(cls)) = vm.new_class(&meta, "version_info", vec![tuple], &ns, &[], &[]) else {
        return vm.new_tuple(items);
    };
    let dict = vm.new_dict_obj(Default::default());
    for (name, v) in fields {
        vm.set_dict_item_str(&dict, name, v);
    }
    Value::Obj(crate::object::PyObject::new(cls, Some(dict), Payload::Tuple(items.into_boxed_slice())))
}
