//! Constructors of the builtin types (`int(x)`, `list(it)`, `type(...)`...).
//! Each takes the class first, so subclasses construct through them too.

use super::str_of;
use crate::function::{Args, NativeFn};
use crate::int::as_int;
use crate::iter::IterState;
use crate::object::{Payload, PyObject};
use crate::str::PyStr;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn set_new(t: &Obj, f: NativeFn) {
    if let Payload::Type(td) = &t.payload {
        td.native_new.set(Some(f));
    }
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the one
/// instance, and no arguments.
fn new_singleton(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(t)) = args.pos.first() else { return vm.type_error("not a type") };
    // CPython's message calls `type(...)` EllipsisType.
    let name = if Rc::ptr_eq(t, &vm.types.ellipsis_type) {
        "EllipsisType".to_string()
    } else {
        t.as_type().map(|td| td.name()).unwrap_or_default()
    };
    if args.pos.len() > 1 || !args.kwnames.is_empty() {
        return vm.type_error(format!("{name} takes no arguments"));
    }
    Ok(if Rc::ptr_eq(t, &vm.types.none_type) {
        Value::None
    } else if Rc::ptr_eq(t, &vm.types.ellipsis_type) {
        vm.ellipsis.clone()
    } else {
        vm.not_implemented.clone()
    })
}

pub fn install_constructors(vm: &mut Vm) {
    let t = &vm.types;
    let pairs: Vec<(Obj, NativeFn)> = vec![
        (t.object.clone(), new_object),
        (t.type_.clone(), new_type),
        (t.int.clone(), new_int),
        (t.bool_.clone(), new_bool),
        (t.float.clone(), new_float),
        (t.complex.clone(), new_complex),
        (t.str_.clone(), new_str),
        (t.bytes.clone(), new_bytes),
        (t.bytearray.clone(), new_bytearray),
        (t.list.clone(), new_list),
        (t.tuple.clone(), new_tuple),
        (t.dict.clone(), new_dict),
        (t.set.clone(), new_set),
        (t.frozenset.clone(), new_frozenset),
        (t.range.clone(), new_range),
        (t.slice.clone(), new_slice),
        (t.property.clone(), new_property),
        (t.staticmethod.clone(), new_staticmethod),
        (t.classmethod.clone(), new_classmethod),
        (t.super_.clone(), new_super),
        (t.enumerate.clone(), new_enumerate),
        (t.zip.clone(), new_zip),
        (t.map.clone(), new_map),
        (t.filter.clone(), new_filter),
        (t.reversed.clone(), new_reversed),
        (t.function.clone(), new_function),
        (t.method.clone(), new_method),
        (t.generic_alias.clone(), crate::methods::generic_alias::new),
        (t.deque.clone(), crate::methods::deque::new),
        (t.none_type.clone(), new_singleton),
        (t.not_implemented_type.clone(), new_singleton),
        (t.ellipsis_type.clone(), new_singleton),
    ];
    for (ty, f) in pairs {
        set_new(&ty, f);
    }
    let finals = [
        "bool",
        "range",
        "slice",
        "function",
        "NoneType",
        "generator",
        "async_generator",
        "async_generator_asend",
        "async_generator_athrow",
        "anext_awaitable",
        "builtin_function_or_method",
        "method",
    ];
    for tyname in finals {
        let ty = vm.types.all().into_iter().find(|(n, _)| *n == tyname).map(|(_, t)| t);
        if let Some(ty) = ty {
            if let Payload::Type(td) = &ty.payload {
                td.basetype.set(false);
            }
        }
    }
    // Immutable builtins expose __new__ for subclasses; mutable ones __init__.
    let news: Vec<(Obj, &'static str, NativeFn)> = vec![
        (vm.types.int.clone(), "int", checked_new_int),
        (vm.types.float.clone(), "float", checked_new_float),
        (vm.types.str_.clone(), "str", checked_new_str),
        (vm.types.tuple.clone(), "tuple", checked_new_tuple),
        (vm.types.frozenset.clone(), "frozenset", checked_new_frozenset),
        (vm.types.bytes.clone(), "bytes", checked_new_bytes),
        (vm.types.complex.clone(), "complex", checked_new_complex),
        (vm.types.type_.clone(), "type", checked_new_type),
        (vm.types.generic_alias.clone(), "GenericAlias", checked_new_generic_alias),
        // Subclasses (abc.abstractproperty, functools.cached_property's
        // kin) are built by it too.
        (vm.types.property.clone(), "property", checked_new_property),
        // Mutable containers: an empty instance, arguments left to `__init__`.
        (vm.types.list.clone(), "list", checked_new_empty_list),
        (vm.types.dict.clone(), "dict", checked_new_empty_dict),
        (vm.types.set.clone(), "set", checked_new_empty_set),
        (vm.types.bytearray.clone(), "bytearray", checked_new_empty_bytearray),
        (vm.types.deque.clone(), "deque", checked_new_empty_deque),
        // Final types: `T.__new__(T, ...)` is the constructor itself.
        (vm.types.range.clone(), "range", checked_new_range),
        (vm.types.slice.clone(), "slice", checked_new_slice),
        (vm.types.bool_.clone(), "bool", checked_new_bool),
    ];
    for (ty, owner, f) in news {
        add_new_staticmethod(vm, &ty, owner, f);
    }
}

/// Puts `f` in `ty`'s dict as its `__new__` (a staticmethod), which
/// subclasses of `ty` construct through.
pub fn add_new_staticmethod(vm: &mut Vm, ty: &Obj, owner: &'static str, f: NativeFn) {
    let nf = crate::function::NativeFunction {
        name: "__new__",
        func: f,
        owner: Some(owner),
        is_method: false,
        module: None,
        owner_type: None,
        arity: None,
    };
    let n = vm.new_object(vm.types.builtin_function.clone(), Payload::Native(Rc::new(nf)));
    let sm = vm.new_object(vm.types.staticmethod.clone(), Payload::StaticMethod(n));
    vm.set_dict_item_str(ty, "__new__", sm);
}

/// `T.__new__` as exposed to Python: CPython's argument checks, then the
/// constructor.
macro_rules! checked_new {
    ($($name:ident: $field:ident => $f:path;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let owner = vm.types.$field.clone();
            super::new_check::check_new_call(vm, &args, &owner)?;
            $f(vm, args)
        }
    )*};
}

checked_new! {
    checked_new_int: int => new_int;
    checked_new_float: float => new_float;
    checked_new_str: str_ => new_str;
    checked_new_tuple: tuple => new_tuple;
    checked_new_frozenset: frozenset => new_frozenset;
    checked_new_bytes: bytes => new_bytes;
    checked_new_complex: complex => new_complex;
    checked_new_type: type_ => new_type;
    checked_new_generic_alias: generic_alias => crate::methods::generic_alias::new;
    checked_new_property: property => new_property_empty;
    checked_new_empty_list: list => new_empty;
    checked_new_empty_dict: dict => new_empty;
    checked_new_empty_set: set => new_empty;
    checked_new_empty_bytearray: bytearray => new_empty;
    checked_new_empty_deque: deque => new_empty;
    checked_new_range: range => new_range;
    checked_new_slice: slice => new_slice;
    checked_new_bool: bool_ => new_bool;
}

/// `list.__new__` and kin (CPython's `PyType_GenericNew`): an empty
/// instance of the class; the arguments are for `__init__`.
fn new_empty(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, _) = split(&args);
    vm.object_new(&cls)
}

/// The class argument and the rest.
fn split<'a>(args: &Args<'a>) -> (Obj, &'a [Value]) {
    let cls = match args.pos.first() {
        Some(Value::Obj(o)) => o.clone(),
        _ => unreachable_class(),
    };
    (cls, args.pos.get(1..).unwrap_or_default())
}

fn unreachable_class() -> Obj {
    panic!("internal error: constructor called without a class")
}

fn exact(vm: &Vm, cls: &Obj, t: &Obj) -> bool {
    let _ = vm;
    Rc::ptr_eq(cls, t)
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

fn new_object(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    if !rest.is_empty() && exact(vm, &cls, &vm.types.object.clone()) {
        return vm.type_error("object() takes no arguments");
    }
    vm.object_new(&cls)
}

fn new_type(vm: &mut Vm, args: Args) -> PyResult {
    let (meta, rest) = split(&args);
    match rest.len() {
        1 if args.kwnames.is_empty() => Ok(Value::Obj(vm.type_of(&rest[0]))),
        3 => {
            let Some(name) = str_of(&rest[0]).map(|s| s.to_string()) else {
                return vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&rest[0])));
            };
            vm.check_type_name(&rest[0])?;
            let bases = vm.iterate(&rest[1])?;
            let ns = rest[2].clone();
            // The most derived metaclass.
            let mut meta = meta;
            for b in &bases {
                let bt = vm.type_of(b);
                if crate::typeobj::is_subtype(&bt, &meta) {
                    meta = bt;
                }
            }
            if !Rc::ptr_eq(&meta, &vm.types.type_)
                && args.pos.first().map(|c| matches!(c, Value::Obj(o) if Rc::ptr_eq(o, &vm.types.type_))).unwrap_or(false)
            {
                // type(name, bases, ns) with a derived metaclass: call it.
                let mv = Value::Obj(meta);
                return vm.call(&mv, Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals });
            }
            vm.new_class(&meta, &name, bases, &ns, args.kwnames, args.kwvals)
        }
        _ => vm.type_error("type() takes 1 or 3 arguments"),
    }
}

/// `int(x)` / `int(x, base)` value.
pub fn int_value(vm: &mut Vm, x: &Value, base: Option<&Value>) -> PyResult {
    if let Some(b) = base {
        let Some(bi) = as_int(b) else {
            return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(b)));
        };
        let bi = bi.to_big();
        let base: i64 = num_traits::ToPrimitive::to_i64(&bi).unwrap_or(-1);
        if base != 0 && !(2..=36).contains(&base) {
            return vm.value_error("int() base must be >= 2 and <= 36, or 0");
        }
        let s = match x {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                Payload::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).to_string(),
                _ => return vm.type_error("int() can't convert non-string with explicit base"),
            },
            _ => return vm.type_error("int() can't convert non-string with explicit base"),
        };
        let shown = match x {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => crate::protocols::bytes_repr(b),
                Payload::ByteArray(b) => crate::protocols::bytes_repr(&b.borrow()),
                Payload::Str(ps) => crate::protocols::pystr_repr(ps),
                _ => crate::protocols::str_repr(&s),
            },
            _ => crate::protocols::str_repr(&s),
        };
        return parse_int_text(vm, &s, base as u32, &shown);
    }
    match x {
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    if let Some(m) = vm.user_special(x, "__int__") {
        return vm.call(&m, Args::new(&[x.clone()]));
    }
    if let Some(m) = vm.user_special(x, "__index__") {
        return vm.call(&m, Args::new(&[x.clone()]));
    }
    if let Some(m) = vm.user_special(x, "__trunc__") {
        return vm.call(&m, Args::new(&[x.clone()]));
    }
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Int(b) => return Ok(vm.new_bigint(b.clone())),
            Payload::Float(f) => return float_to_int(vm, *f),
            Payload::Str(s) => {
                return parse_int_text(vm, s.as_str(), 10, &crate::protocols::pystr_repr(s));
            }
            Payload::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                return parse_int_text(vm, &s, 10, &crate::protocols::bytes_repr(b));
            }
            _ => {}
        }
    }
    if let Some(b) = vm.buffer_of(x)? {
        let s = String::from_utf8_lossy(&b).to_string();
        return parse_int_text(vm, &s, 10, &crate::protocols::bytes_repr(&b));
    }
    vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(x)))
}

/// `int(text, base)` under `sys.set_int_max_str_digits()`; `shown` is the
/// argument's repr for the `invalid literal` message.
fn parse_int_text(vm: &mut Vm, s: &str, base: u32, shown: &str) -> PyResult {
    match tern_format::parse_int_limited(s, base, vm.int_max_str_digits) {
        Ok(v) => Ok(vm.new_bigint(v)),
        Err(tern_format::ParseIntError::TooManyDigits(n)) => {
            let e = tern_format::int_str_limit_error(vm.int_max_str_digits, n);
            vm.format_error(e)
        }
        Err(tern_format::ParseIntError::Invalid) => {
            // CPython's `%.200R`: the repr cut to 200 characters.
            let shown: String = shown.chars().take(200).collect();
            vm.value_error(format!("invalid literal for int() with base {base}: {shown}"))
        }
    }
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    match tern_format::f64_to_bigint(t) {
        Some(b) => Ok(vm.new_bigint(b)),
        None => vm.overflow_error("cannot convert float infinity to integer"),
    }
}

fn new_int(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let x = rest.first().cloned();
    let mut base = rest.get(1).cloned();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match str_of(k) {
            Some("base") => base = Some(v.clone()),
            Some(other) => return vm.type_error(format!("'{other}' is an invalid keyword argument for int()")),
            None => {}
        }
    }
    if rest.len() > 2 {
        return vm.type_error(format!("int() takes at most 2 arguments ({} given)", rest.len()));
    }
    let v = match &x {
        Some(x) => int_value(vm, x, base.as_ref())?,
        None => {
            if base.is_some() {
                return vm.type_error("int() missing string argument");
            }
            Value::Int(0)
        }
    };
    if exact(vm, &cls, &vm.types.int.clone()) {
        return Ok(v);
    }
    let b = as_int(&v).map(|i| i.to_big()).unwrap_or_default();
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::Int(b))))
}

fn new_bool(vm: &mut Vm, args: Args) -> PyResult {
    let (_, rest) = split(&args);
    no_kwargs(vm, &args, "bool")?;
    if rest.len() > 1 {
        return vm.type_error(format!("bool expected at most 1 argument, got {}", rest.len()));
    }
    match rest.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `float(x)` value.
pub fn float_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if let Some(m) = vm.user_special(x, "__float__") {
        let r = vm.call(&m, Args::new(&[x.clone()]))?;
        return match vm.to_f64_opt(&r)? {
            Some(f) => Ok(f),
            None => vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r))),
        };
    }
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Str(s) => {
                return match tern_format::parse_float(s.as_str()) {
                    Ok(f) => Ok(f),
                    Err(_) => {
                        let r = crate::protocols::pystr_repr(s);
                        vm.value_error(format!("could not convert string to float: {r}"))
                    }
                }
            }
            Payload::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                return match tern_format::parse_float(&s) {
                    Ok(f) => Ok(f),
                    Err(_) => vm.value_error(format!("could not convert string to float: {}", crate::protocols::bytes_repr(b))),
                };
            }
            _ => {}
        }
    }
    if let Some(f) = vm.to_f64_opt(x)? {
        return Ok(f);
    }
    vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x)))
}

fn new_float(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "float")?;
    if rest.len() > 1 {
        return vm.type_error(format!("float expected at most 1 argument, got {}", rest.len()));
    }
    let f = match rest.first() {
        Some(x) => float_value(vm, x)?,
        None => 0.0,
    };
    if exact(vm, &cls, &vm.types.float.clone()) {
        // `float(x)` of a float is `x` itself.
        if let Some(x @ Value::Float(_)) = rest.first() {
            return Ok(x.clone());
        }
        return Ok(Value::float(f));
    }
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::Float(f))))
}

fn new_complex(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let real = rest.first().cloned().or_else(|| args.kw("real").cloned()).unwrap_or(Value::Int(0));
    let imag = rest.get(1).cloned().or_else(|| args.kw("imag").cloned());
    if let Some(s) = str_of(&real) {
        if imag.is_some() {
            return vm.type_error("complex() can't take second arg if first is a string");
        }
        return match parse_complex(s) {
            Some((r, i)) => Ok(Value::Obj(PyObject::new(cls, None, Payload::Complex(r, i)))),
            None => vm.value_error("complex() arg is a malformed string"),
        };
    }
    if imag.as_ref().and_then(str_of).is_some() {
        return vm.type_error("complex() second arg can't be a string");
    }
    // CPython's complex_new: the parts combine as real + imag*1j, keeping
    // the sign of a zero imaginary part when neither argument is complex.
    let (cr, cr_is_complex) = complex_arg(vm, &real, true)?;
    let (mut re, mut im) = (cr.0, cr.1);
    match &imag {
        None => {}
        Some(v) => {
            let (ci, ci_is_complex) = complex_arg(vm, v, false)?;
            im = ci.0;
            if ci_is_complex {
                re -= ci.1;
            }
            if cr_is_complex {
                im += cr.1;
            }
        }
    }
    Ok(Value::Obj(PyObject::new(cls, None, Payload::Complex(re, im))))
}

/// A `complex()` argument as (real, imag) and whether it was complex
/// (a complex, or what `__complex__` returned); `first` picks the message.
fn complex_arg(vm: &mut Vm, v: &Value, first: bool) -> PyResult<((f64, f64), bool)> {
    if let Value::Obj(o) = v {
        if let Payload::Complex(r, i) = &o.payload {
            return Ok(((*r, *i), true));
        }
    }
    if let Some(m) = vm.user_special(v, "__complex__") {
        let r = vm.call(&m, Args::new(std::slice::from_ref(v)))?;
        return match &r {
            Value::Obj(o) => match &o.payload {
                Payload::Complex(re, im) => Ok(((*re, *im), true)),
                _ => {
                    let tn = vm.type_name(&r);
                    vm.type_error(format!("__complex__ returned non-complex (type {tn})"))
                }
            },
            _ => {
                let tn = vm.type_name(&r);
                vm.type_error(format!("__complex__ returned non-complex (type {tn})"))
            }
        };
    }
    match vm.to_f64_opt(v)? {
        Some(f) => Ok(((f, 0.0), false)),
        None => {
            let tn = vm.type_name(v);
            if first {
                vm.type_error(format!("complex() first argument must be a string or a number, not '{tn}'"))
            } else {
                vm.type_error(format!("complex() second argument must be a number, not '{tn}'"))
            }
        }
    }
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e' && bytes[i - 1] != b'E' {
                split = Some(i);
                break;
            }
        }
        let imag_of = |t: &str| -> Option<f64> {
            match t {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => tern_format::parse_float(t).ok(),
            }
        };
        return match split {
            Some(i) => Some((tern_format::parse_float(&body[..i]).ok()?, imag_of(&body[i..])?)),
            None => Some((0.0, imag_of(body)?)),
        };
    }
    tern_format::parse_float(s).ok().map(|r| (r, 0.0))
}

fn new_str(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let given = rest.len() + args.kwnames.len();
    if given > 3 {
        return vm.type_error(format!("str() takes at most 3 arguments ({given} given)"));
    }
    let obj = rest.first().cloned().or_else(|| args.kw("object").cloned());
    let encoding = rest.get(1).cloned().or_else(|| args.kw("encoding").cloned());
    let errors = rest.get(2).cloned().or_else(|| args.kw("errors").cloned());
    let s = match obj {
        None => PyStr::new(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                if str_of(&o).is_some() {
                    return vm.type_error("decoding str is not supported");
                }
                let bytes = match vm.buffer_of(&o)? {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(&o);
                        return vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found"));
                    }
                };
                let enc = encoding.as_ref().and_then(|e| str_of(e).map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
                let err = errors.as_ref().and_then(|e| str_of(e).map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
                crate::methods::bytes::decode(vm, &bytes, &enc, &err)?
            } else if exact(vm, &cls, &vm.types.str_.clone()) {
                return vm.str(&o);
            } else {
                let r = vm.str(&o)?;
                if exact(vm, &cls, &vm.types.str_.clone()) {
                    return Ok(r);
                }
                crate::builtins::pystr_of(&r).map(PyStr::copy).unwrap_or_else(|| PyStr::new(""))
            }
        }
    };
    if exact(vm, &cls, &vm.types.str_.clone()) {
        return Ok(vm.new_pystr(s));
    }
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::Str(s))))
}

fn new_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    if let ([v], []) = (rest, args.kwnames) {
        if let Some(m) = vm.user_special(v, "__bytes__") {
            let r = vm.call(&m, Args::new(std::slice::from_ref(v)))?;
            return match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => {
                    if Rc::ptr_eq(&cls, &vm.types.bytes) {
                        return Ok(r);
                    }
                    let Payload::Bytes(b) = &o.payload else { unreachable!() };
                    Ok(Value::Obj(PyObject::new(cls, None, Payload::Bytes(b.clone()))))
                }
                _ => vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))),
            };
        }
    }
    let b = super::bytes_args::contents(vm, &Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals }, "bytes")?;
    Ok(Value::Obj(PyObject::new(cls, None, Payload::Bytes(b.into_boxed_slice()))))
}

fn new_bytearray(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let b = super::bytes_args::contents(vm, &Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals }, "bytearray")?;
    Ok(Value::Obj(PyObject::new(cls, None, Payload::ByteArray(RefCell::new(b)))))
}

/// `bytearray.__init__(source=b'', encoding=..., errors=...)`: replaces
/// the contents in place.
pub fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(me)) = args.pos.first() else {
        return vm.type_error("descriptor '__init__' of 'bytearray' object needs an argument");
    };
    let b = super::bytes_args::contents(vm, &Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals }, "bytearray")?;
    match &me.payload {
        Payload::ByteArray(cell) => match cell.try_borrow_mut() {
            Ok(mut v) => *v = b,
            Err(_) => return vm.err("BufferError", "Existing exports of data: object cannot be re-sized"),
        },
        _ => return vm.type_error("descriptor '__init__' requires a 'bytearray' object"),
    }
    Ok(Value::None)
}

fn new_list(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "list")?;
    if rest.len() > 1 {
        return vm.type_error(format!("list expected at most 1 argument, got {}", rest.len()));
    }
    let items = match rest.first() {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::List(RefCell::new(items)))))
}

fn new_tuple(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "tuple")?;
    if rest.len() > 1 {
        return vm.type_error(format!("tuple expected at most 1 argument, got {}", rest.len()));
    }
    if let Some(v) = rest.first() {
        if exact(vm, &cls, &vm.types.tuple.clone()) && vm.isinstance_exact(v, &vm.types.tuple.clone()) {
            return Ok(v.clone());
        }
    }
    let items = match rest.first() {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    if exact(vm, &cls, &vm.types.tuple.clone()) {
        return Ok(vm.new_tuple(items));
    }
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::Tuple(items.into_boxed_slice()))))
}

fn new_dict(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    let d = Value::Obj(PyObject::new(cls, dict, Payload::Dict(RefCell::new(Default::default()))));
    crate::methods::dict::dict_update_args(vm, &d, rest, args.kwnames, args.kwvals, "dict")?;
    Ok(d)
}

fn make_set(vm: &mut Vm, cls: Obj, rest: &[Value], name: &str) -> PyResult {
    if rest.len() > 1 {
        return vm.type_error(format!("{name} expected at most 1 argument, got {}", rest.len()));
    }
    let dict = if cls.as_type().map(|t| t.has_dict).unwrap_or(false) { Some(vm.new_dict_obj(Default::default())) } else { None };
    let s = Value::Obj(PyObject::new(cls, dict, Payload::Set(RefCell::new(Default::default()))));
    if let Some(v) = rest.first() {
        crate::methods::set::set_update_from(vm, &s, v)?;
    }
    Ok(s)
}

fn new_set(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "set")?;
    make_set(vm, cls, rest, "set")
}

fn new_frozenset(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "frozenset")?;
    if let Some(v) = rest.first() {
        if exact(vm, &cls, &vm.types.frozenset.clone()) && vm.isinstance_exact(v, &vm.types.frozenset.clone()) {
            return Ok(v.clone());
        }
    }
    make_set(vm, cls, rest, "frozenset")
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    match vm.index_of(v)? {
        Some(i) => Ok(i.into()),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn new_range(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "range")?;
    let (start, stop, step) = match rest.len() {
        1 => (0.into(), range_arg(vm, &rest[0])?, 1.into()),
        2 => (range_arg(vm, &rest[0])?, range_arg(vm, &rest[1])?, 1.into()),
        3 => (range_arg(vm, &rest[0])?, range_arg(vm, &rest[1])?, range_arg(vm, &rest[2])?),
        0 => return vm.type_error("range expected at least 1 argument, got 0"),
        n => return vm.type_error(format!("range expected at most 3 arguments, got {n}")),
    };
    vm.make_range(cls, start, stop, step)
}

fn new_slice(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let (a, b, c) = match rest.len() {
        1 => (Value::None, rest[0].clone(), Value::None),
        2 => (rest[0].clone(), rest[1].clone(), Value::None),
        3 => (rest[0].clone(), rest[1].clone(), rest[2].clone()),
        n => return vm.type_error(format!("slice expected at least 1 argument, got {n}")),
    };
    Ok(Value::Obj(PyObject::new(cls, None, Payload::Slice(a, b, c))))
}

/// `property(...)`: an empty property, filled by `property.__init__`.
fn new_property(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let p = crate::methods::property::new_empty(vm, cls);
    crate::methods::property::init(vm, &p, rest, args.kwnames, args.kwvals)?;
    Ok(p)
}

/// `property.__new__(cls, ...)`: an empty property (`__init__` fills it).
fn new_property_empty(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, _) = split(&args);
    Ok(crate::methods::property::new_empty(vm, cls))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn new_function(vm: &mut Vm, args: Args) -> PyResult {
    let (_, rest) = split(&args);
    let get = |i: usize, name: &str| rest.get(i).cloned().or_else(|| args.kw(name).cloned()).unwrap_or(Value::None);
    if rest.len() > 5 {
        return vm.type_error(format!("function expected at most 5 arguments, got {}", rest.len()));
    }
    let (code, globals) = (get(0, "code"), get(1, "globals"));
    let Some(Payload::Code(c)) = code.as_obj().map(|o| &o.payload) else {
        return vm.type_error(format!("function() argument 'code' must be code, not {}", vm.type_name(&code)));
    };
    let Some(g) = globals.as_obj().filter(|o| matches!(o.payload, Payload::Dict(_))).cloned() else {
        return vm.type_error(format!("function() argument 'globals' must be dict, not {}", vm.type_name(&globals)));
    };
    let nfree = c.co.freevars.len();
    let closure = get(4, "closure");
    let ncells = if closure.is_none() { 0 } else { vm.seq_items(&closure).len() };
    if ncells != nfree {
        let name = c.co.name.clone();
        return vm.err("ValueError", format!("{name} requires closure of length {nfree}, not {ncells}"));
    }
    let builtins = vm.builtins.clone();
    let closure = if closure.is_none() { Value::Null } else { closure };
    let f = vm.make_function(code.clone(), g, builtins, get(3, "argdefs"), Value::Null, Value::Null, closure)?;
    let name = get(2, "name");
    if !name.is_none() {
        let key = vm.intern("__name__");
        vm.setattr(&f, key, name)?;
    }
    Ok(f)
}

/// `types.MethodType(function, instance)`: a bound method.
fn new_method(vm: &mut Vm, args: Args) -> PyResult {
    let (_, rest) = split(&args);
    no_kwargs(vm, &args, "method")?;
    let [func, instance] = rest else {
        return vm.type_error(format!("method expected 2 arguments, got {}", rest.len()));
    };
    if !vm.is_callable(func) {
        return vm.type_error("first argument must be callable");
    }
    if instance.is_none() {
        return vm.type_error("instance must not be None");
    }
    Ok(vm.new_object(vm.types.method.clone(), Payload::BoundMethod { func: func.clone(), self_: instance.clone() }))
}

fn new_staticmethod(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    if rest.len() != 1 {
        return vm.type_error(format!("staticmethod expected 1 argument, got {}", rest.len()));
    }
    let dict = Some(vm.new_dict_obj(Default::default()));
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::StaticMethod(rest[0].clone()))))
}

fn new_classmethod(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    if rest.len() != 1 {
        return vm.type_error(format!("classmethod expected 1 argument, got {}", rest.len()));
    }
    let dict = Some(vm.new_dict_obj(Default::default()));
    Ok(Value::Obj(PyObject::new(cls, dict, Payload::ClassMethod(rest[0].clone()))))
}

fn new_super(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    if rest.is_empty() {
        return vm.err("RuntimeError", "super(): no arguments");
    }
    let t = rest[0].clone();
    let Value::Obj(to) = &t else { return vm.type_error("super() argument 1 must be a type") };
    if !matches!(to.payload, Payload::Type(_)) {
        return vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&t)));
    }
    let obj = rest.get(1).cloned().unwrap_or(Value::None);
    let obj_type = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && crate::typeobj::is_subtype(o, to) => obj.clone(),
        Value::None if rest.len() < 2 => Value::None,
        _ => {
            let ot = vm.type_of(&obj);
            if !crate::typeobj::is_subtype(&ot, to) {
                return vm.type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            Value::Obj(ot)
        }
    };
    Ok(Value::Obj(PyObject::new(cls, None, Payload::Super { type_: t, obj, obj_type })))
}

fn iter_obj(_vm: &mut Vm, cls: Obj, st: IterState) -> PyResult {
    Ok(Value::Obj(PyObject::new(cls, None, Payload::Iter(RefCell::new(st)))))
}

fn new_enumerate(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let it = rest.first().cloned().or_else(|| args.kw("iterable").cloned());
    let Some(it) = it else { return vm.type_error("enumerate() missing required argument 'iterable' (pos 1)") };
    let start = rest.get(1).cloned().or_else(|| args.kw("start").cloned()).unwrap_or(Value::Int(0));
    if as_int(&start).is_none() {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&start)));
    }
    let it = vm.iter(&it)?;
    iter_obj(vm, cls, IterState::Enumerate { it, count: start, last: Value::Null })
}

fn new_zip(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    let strict = match args.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, r) in rest.iter().enumerate() {
        match vm.iter(r) {
            Ok(it) => its.push(it),
            Err(e) => {
                if vm.exc_matches(&e, "TypeError") {
                    return vm.type_error(format!("zip argument #{} must support iteration", i + 1));
                }
                return Err(e);
            }
        }
    }
    iter_obj(vm, cls, IterState::Zip { its: its.into(), strict, last: Value::Null })
}

fn new_map(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "map")?;
    if rest.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for r in &rest[1..] {
        its.push(vm.iter(r)?);
    }
    iter_obj(vm, cls, IterState::Map { func: rest[0].clone(), its: its.into() })
}

fn new_filter(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "filter")?;
    if rest.len() != 2 {
        return vm.type_error(format!("filter expected 2 arguments, got {}", rest.len()));
    }
    let it = vm.iter(&rest[1])?;
    iter_obj(vm, cls, IterState::Filter { func: rest[0].clone(), it })
}

fn new_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, rest) = split(&args);
    no_kwargs(vm, &args, "reversed")?;
    if rest.len() != 1 {
        return vm.type_error(format!("reversed expected 1 argument, got {}", rest.len()));
    }
    let seq = rest[0].clone();
    if let Some(m) = vm.user_special(&seq, "__reversed__") {
        return vm.call(&m, Args::new(&[seq]));
    }
    if let Value::Obj(o) = &seq {
        if let Payload::Deque(_) = &o.payload {
            return crate::methods::deque::reversed(vm, Args::new(&[seq.clone()]));
        }
        if let Payload::Dict(d) = &o.payload {
            let keys: Vec<Value> = d.borrow().keys().into_iter().rev().collect();
            let l = vm.new_list(keys);
            return vm.iter(&l);
        }
        if let Payload::DictView { .. } = &o.payload {
            let mut items = vm.iterate(&seq)?;
            items.reverse();
            let l = vm.new_list(items);
            return vm.iter(&l);
        }
    }
    let has_getitem = vm.has_type_attr_str(&seq, "__getitem__")
        || matches!(&seq, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Range{..} | Payload::Bytes(_)));
    if !has_getitem || matches!(&seq, Value::Obj(o) if matches!(o.payload, Payload::Set(_))) {
        return vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)));
    }
    let n = vm.len(&seq)?;
    let mut cls = cls;
    if let Value::Obj(o) = &seq {
        if let Payload::Range { start, step, .. } = &o.payload {
            // reversed(range) is the range_iterator of the reversed range.
            let last = (n as i64).checked_sub(1).and_then(|k| k.checked_mul(*step)).and_then(|d| start.checked_add(d));
            if let (Some(next), Some(stop)) =
                (if n == 0 { Some(*start) } else { last }, if n == 0 { Some(*start) } else { start.checked_sub(*step) })
            {
                return iter_obj(vm, vm.types.range_iterator.clone(), IterState::Range { next, stop, step: -*step });
            }
        }
        if matches!(o.payload, Payload::List(_)) && Rc::ptr_eq(&cls, &vm.types.reversed) {
            cls = vm.types.list_reverseiterator.clone();
        }
    }
    iter_obj(vm, cls, IterState::Reversed { seq, index: n as isize - 1 })
}
