//! Builtin functions: print, len, isinstance, min/max, sorted, getattr...

use super::{check_args, str_of};
use crate::function::Args;
use crate::int::as_int;
use crate::iter::IterState;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use tern_bytecode::{BinOp, CmpOp};

pub fn install(vm: &mut Vm) {
    vm.add_builtin("print", print);
    vm.add_builtin("len", len);
    vm.add_builtin("isinstance", isinstance);
    vm.add_builtin("issubclass", issubclass);
    vm.add_builtin("id", id);
    vm.add_builtin("hash", hash);
    vm.add_builtin("abs", abs);
    vm.add_builtin("min", min);
    vm.add_builtin("max", max);
    vm.add_builtin("sum", sum);
    vm.add_builtin("sorted", sorted);
    vm.add_builtin("any", any);
    vm.add_builtin("all", all);
    vm.add_builtin("iter", iter);
    vm.add_builtin("next", next);
    vm.add_builtin("aiter", crate::methods::asyncgen::builtin_aiter);
    vm.add_builtin("anext", crate::methods::asyncgen::builtin_anext);
    vm.add_builtin("getattr", getattr);
    vm.add_builtin("setattr", setattr);
    vm.add_builtin("hasattr", hasattr);
    vm.add_builtin("delattr", delattr);
    vm.add_builtin("repr", repr);
    vm.add_builtin("ascii", ascii);
    vm.add_builtin("chr", chr);
    vm.add_builtin("ord", ord);
    vm.add_builtin("hex", hex);
    vm.add_builtin("oct", oct);
    vm.add_builtin("bin", bin);
    vm.add_builtin("round", round);
    vm.add_builtin("divmod", divmod);
    vm.add_builtin("pow", pow);
    vm.add_builtin("callable", callable);
    vm.add_builtin("format", format);
    vm.add_builtin("vars", vars);
    vm.add_builtin("dir", dir);
    vm.add_builtin("globals", globals);
    vm.add_builtin("locals", locals);
    vm.add_builtin("__build_class__", build_class);
    vm.add_builtin("__import__", import);
    vm.add_builtin("exec", exec);
    vm.add_builtin("eval", eval);
    vm.add_builtin("compile", compile);
    vm.add_builtin("input", input);
    vm.add_builtin("open", open);
}

fn print(vm: &mut Vm, args: Args) -> PyResult {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    // `sep` and `end` when they hold lone surrogates.
    let (mut sep_v, mut end_v) = (None, None);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match str_of(k) {
            Some("sep") if !v.is_none() => match str_of(v) {
                Some(s) => {
                    sep = s.to_string();
                    sep_v = Vm::any_surrogates(v).then(|| v.clone());
                }
                None => return vm.type_error(format!("sep must be None or a string, not {}", vm.type_name(v))),
            },
            Some("end") if !v.is_none() => match str_of(v) {
                Some(s) => {
                    end = s.to_string();
                    end_v = Vm::any_surrogates(v).then(|| v.clone());
                }
                None => return vm.type_error(format!("end must be None or a string, not {}", vm.type_name(v))),
            },
            Some("sep") | Some("end") => {}
            Some("file") => file = v.clone(),
            Some("flush") => flush = vm.truthy(v)?,
            Some(other) => return vm.type_error(format!("'{other}' is an invalid keyword argument for print()")),
            None => {}
        }
    }
    if file.is_none() {
        file = vm.sys_attr("stdout").unwrap_or(Value::None);
    }
    // A file of ours gets one write; others get a write per piece, as
    // CPython does (so do ours in another encoding than utf-8: an
    // encoding error gives its position in the piece).
    let native = match &file {
        Value::Obj(o) => match &o.payload {
            Payload::File(f) => f.borrow().utf8,
            _ => false,
        },
        _ => true,
    };
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            match &sep_v {
                Some(v) => write_piece(vm, &file, &mut out, v)?,
                None => out.push_str(&sep),
            }
        }
        if !native && i > 0 {
            write_to(vm, &file, &out)?;
            out.clear();
        }
        let piece;
        let text = match a {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && Rc::ptr_eq(o.class(), &vm.types.str_) => a,
            Value::Int(i) => {
                out.push_str(&i.to_string());
                a
            }
            _ => {
                piece = vm.str(a)?;
                &piece
            }
        };
        write_piece(vm, &file, &mut out, text)?;
        if !native {
            write_to(vm, &file, &out)?;
            out.clear();
        }
    }
    if let Some(v) = &end_v {
        write_piece(vm, &file, &mut out, v)?;
        write_to(vm, &file, &out)?;
    } else if native {
        out.push_str(&end);
        write_to(vm, &file, &out)?;
    } else {
        write_to(vm, &file, &end)?;
    }
    if flush {
        if let Value::Obj(o) = &file {
            match &o.payload {
                Payload::File(f) => {
                    let _ = f.borrow_mut().flush();
                }
                _ => {
                    vm.call_method(&file, "flush", &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// Writes text to a file object (ours, or anything with `write`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Value::Obj(o) = file {
        if let Payload::File(f) = &o.payload {
            return crate::modules::io::write_text(vm, f, s);
        }
    }
    if file.is_none() {
        crate::stdio::write_stdout(s.as_bytes()).ok();
        return Ok(());
    }
    let sv = vm.new_str(s);
    vm.call_method(file, "write", &[sv])?;
    Ok(())
}

/// Appends a piece of print's output to `out`; one with lone surrogates
/// is written on its own, after what is before it (and may raise).
fn write_piece(vm: &mut Vm, file: &Value, out: &mut String, text: &Value) -> PyResult<()> {
    match crate::builtins::pystr_of(text) {
        Some(ps) if ps.has_surrogates() => {
            write_to(vm, file, out)?;
            out.clear();
            write_pystr_to(vm, file, text)
        }
        Some(ps) => {
            out.push_str(ps.as_str());
            Ok(())
        }
        None => Ok(()),
    }
}

/// Writes a str value that holds lone surrogates to `file`.
fn write_pystr_to(vm: &mut Vm, file: &Value, text: &Value) -> PyResult<()> {
    if let (Value::Obj(o), Some(ps)) = (file, crate::builtins::pystr_of(text)) {
        if let Payload::File(f) = &o.payload {
            return crate::modules::io::write_pystr(vm, f, ps);
        }
    }
    if file.is_none() {
        let e = crate::methods::unicode_error::encode_error_of(vm, "utf-8", text.clone(), 0, 1, "surrogates not allowed");
        return Err(e);
    }
    vm.call_method(file, "write", &[text.clone()])?;
    Ok(())
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

/// isinstance with tuples and `__instancecheck__`.
pub fn isinstance_value(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Type(_) => {
                if vm.isinstance(obj, c) {
                    return Ok(true);
                }
                let meta = c.class().clone();
                if meta.as_type().map(|t| t.heap).unwrap_or(false) {
                    if let Some(m) = vm.lookup_type_attr_str(&meta, "__instancecheck__") {
                        let r = vm.call(&m, Args::new(&[cls.clone(), obj.clone()]))?;
                        return vm.truthy(&r);
                    }
                }
                // __class__ may be overridden.
                if let Value::Obj(o) = obj {
                    if !matches!(o.payload, Payload::Type(_)) {
                        if let Ok(Value::Obj(k)) = vm.getattr_str(obj, "__class__") {
                            if !Rc::ptr_eq(&k, o.class()) && matches!(k.payload, Payload::Type(_)) {
                                return Ok(crate::typeobj::is_subtype(&k, c));
                            }
                        }
                    }
                }
                Ok(false)
            }
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if isinstance_value(vm, obj, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Ok(m) = vm.getattr_str(cls, "__instancecheck__") {
                    let r = vm.call(&m, Args::new(&[obj.clone()]))?;
                    return vm.truthy(&r);
                }
                vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            }
        },
        _ => vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(isinstance_value(vm, &args.pos[0], &args.pos[1])?))
}

pub fn issubclass_value(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    let Value::Obj(s) = sub else { return vm.type_error("issubclass() arg 1 must be a class") };
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if issubclass_value(vm, sub, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Payload::Type(_) => {
                let meta = c.class().clone();
                if meta.as_type().map(|t| t.heap).unwrap_or(false) {
                    if let Some(m) = vm.lookup_type_attr_str(&meta, "__subclasscheck__") {
                        let r = vm.call(&m, Args::new(&[cls.clone(), sub.clone()]))?;
                        return vm.truthy(&r);
                    }
                }
                if !matches!(s.payload, Payload::Type(_)) {
                    return vm.type_error("issubclass() arg 1 must be a class");
                }
                Ok(crate::typeobj::is_subtype(s, c))
            }
            _ => {
                if let Ok(m) = vm.getattr_str(cls, "__subclasscheck__") {
                    let r = vm.call(&m, Args::new(std::slice::from_ref(sub)))?;
                    return vm.truthy(&r);
                }
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            }
        },
        _ => vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass_value(vm, &args.pos[0], &args.pos[1])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::float(f.abs())),
        _ => {
            if let Some(m) = vm.user_special(v, "__abs__") {
                return vm.call(&m, Args::new(&[v.clone()]));
            }
            if let Some(i) = as_int(v) {
                use num_traits::Signed;
                return Ok(vm.new_bigint(i.to_big().abs()));
            }
            if let Value::Obj(o) = v {
                match &o.payload {
                    Payload::Float(f) => return Ok(Value::float(f.abs())),
                    Payload::Complex(r, i) => return Ok(Value::float(r.hypot(*i))),
                    _ => {}
                }
            }
            vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
        }
    }
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let mut key = Value::None;
    let mut default = Value::Null;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match str_of(k) {
            Some("key") => key = v.clone(),
            Some("default") => default = v.clone(),
            Some(other) => return vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()")),
            None => {}
        }
    }
    let items = match args.pos.len() {
        0 => return vm.type_error(format!("{name} expected at least 1 argument, got 0")),
        1 => vm.iterate(&args.pos[0])?,
        _ => {
            if !default.is_null() {
                return vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"));
            }
            args.pos.to_vec()
        }
    };
    if items.is_empty() {
        if !default.is_null() {
            return Ok(default);
        }
        return vm.value_error(format!("{name}() arg is an empty sequence"));
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() { best.clone() } else { vm.call(&key, Args::new(&[best.clone()]))? };
    for it in items.into_iter().skip(1) {
        let k = if key.is_none() { it.clone() } else { vm.call(&key, Args::new(&[it.clone()]))? };
        let better = if is_max { vm.lt(&best_key, &k)? } else { vm.lt(&k, &best_key)? };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, false)
}

fn max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult {
    let mut start = Value::Int(0);
    if args.pos.len() == 2 {
        start = args.pos[1].clone();
    }
    if let Some(s) = args.kw("start") {
        start = s.clone();
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return vm.type_error(format!("sum() takes at most 2 arguments ({} given)", args.pos.len()));
    }
    if let Value::Obj(o) = &start {
        match &o.payload {
            Payload::Str(_) => return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"),
            Payload::Bytes(_) => return vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"),
            _ => {}
        }
    }
    let it = vm.iter(&args.pos[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &v, BinOp::Add)?,
            },
            // CPython 3.11 adds floats plainly (3.12 compensates).
            (Value::Float(a), Value::Float(b)) => Value::float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::float(a + *b as f64),
            _ => vm.binary_op(&acc, &v, BinOp::Add)?,
        };
    }
    Ok(acc)
}

/// Sorts with CPython's timsort (see [`crate::sort`]), calling `lt`.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: &Value, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(vm.call(key, Args::new(std::slice::from_ref(it)))?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    crate::sort::timsort(&mut idx, &mut |a, b| vm.lt(&keys[a], &keys[b]))?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.pos.len()));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match str_of(k) {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = crate::methods::list::reverse_flag(vm, v)?,
            Some(other) => return vm.type_error(format!("'{other}' is an invalid keyword argument for sort()")),
            None => {}
        }
    }
    let mut items = vm.iterate(&args.pos[0])?;
    sort_values(vm, &mut items, &key, reverse)?;
    Ok(vm.new_list(items))
}

fn any(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        let st = IterState::Callable { func: args.pos[0].clone(), sentinel: args.pos[1].clone() };
        return Ok(vm.new_object(vm.types.callable_iterator.clone(), Payload::Iter(RefCell::new(st))));
    }
    vm.iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Iter(_))
                || crate::generator::is_generator_not_coroutine(it)
                || vm.has_type_attr_str(it, "__next__")
        }
        _ => false,
    };
    if !is_iter {
        return vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => {
            if args.pos.len() == 2 {
                return Ok(args.pos[1].clone());
            }
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

/// The name argument of getattr/setattr/hasattr/delattr as the key to
/// look up: the interned str, or for a name with lone surrogates (which
/// the intern table, keyed by Rust text, cannot hold) an exact str copy;
/// lookups by a name that is not interned only skip the type's cache.
fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match crate::builtins::pystr_of(v) {
        Some(ps) if ps.has_surrogates() => Ok(vm.new_str_wtf8(ps.wtf8().to_vec())),
        Some(_) => Ok(vm.intern_value(v)),
        None => vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.getattr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && vm.exc_matches(&e, "AttributeError") => Ok(args.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.setattr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.getattr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "repr", &args, 1, 1)?;
    vm.repr(&args.pos[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "ascii", &args, 1, 1)?;
    vm.ascii(&args.pos[0])
}

fn chr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "chr", &args, 1, 1)?;
    let Some(i) = vm.index_of(&args.pos[0])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])));
    };
    match u32::try_from(i).ok().filter(|n| *n <= 0x10ffff) {
        Some(n) if n < 128 && !vm.char_cache.is_empty() => Ok(vm.char_cache[n as usize].clone()),
        Some(n) => Ok(vm.new_str_cp(n)),
        None => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "ord", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(ps) = crate::builtins::pystr_of(v) {
        let Some(s) = ps.to_str() else {
            // Lone surrogates.
            return match ps.nchars {
                1 => Ok(Value::Int(ps.cp_at(0) as i64)),
                n => vm.type_error(format!("ord() expected a character, but string of length {n} found")),
            };
        };
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => vm.type_error(format!("ord() expected a character, but string of length {} found", s.chars().count())),
        };
    }
    if let Value::Obj(o) = v {
        if let Payload::Bytes(b) = &o.payload {
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            return vm.type_error(format!("ord() expected a character, but string of length {} found", b.len()));
        }
    }
    vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(v)))
}

fn radix(vm: &mut Vm, args: Args, name: &str, r: u32) -> PyResult {
    check_args(vm, name, &args, 1, 1)?;
    let v = &args.pos[0];
    let i = match vm.index_value(v)? {
        Some(i) => as_int(&i).map(|i| i.to_big()).unwrap_or_default(),
        None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    };
    Ok(vm.new_string(tern_format::int_to_str_radix(&i, r)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "bin", 2)
}

pub fn round(vm: &mut Vm, args: Args) -> PyResult {
    let number = args.pos.first().cloned().or_else(|| args.kw("number").cloned());
    let Some(number) = number else { return vm.type_error("round() missing required argument 'number' (pos 1)") };
    let nd = args.pos.get(1).cloned().or_else(|| args.kw("ndigits").cloned()).unwrap_or(Value::None);
    if let Some(m) = vm.user_special(&number, "__round__") {
        let a: Vec<Value> = if nd.is_none() { vec![number.clone()] } else { vec![number.clone(), nd] };
        return vm.call(&m, Args::new(&a));
    }
    if let Some(i) = as_int(&number) {
        if nd.is_none() {
            return Ok(vm.new_bigint(i.to_big()));
        }
        let n = round_ndigits(vm, &nd)?;
        if n >= 0 {
            return Ok(vm.new_bigint(i.to_big()));
        }
        // Round to 10**-n with banker's rounding; past the number's own
        // digits the result is 0.
        use num_integer::Integer;
        let x = i.to_big();
        if n.unsigned_abs() > x.bits() / 3 + 2 {
            return Ok(Value::Int(0));
        }
        let p = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), n.unsigned_abs());
        let (q, r) = x.div_mod_floor(&p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
        return Ok(vm.new_bigint(q * p));
    }
    let f = match vm.to_f64_opt(&number)? {
        Some(f) => f,
        None => return vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(&number))),
    };
    if nd.is_none() {
        if f.is_nan() {
            return vm.value_error("cannot convert float NaN to integer");
        }
        if f.is_infinite() {
            return vm.overflow_error("cannot convert float infinity to integer");
        }
        let r = f.round_ties_even();
        return Ok(match tern_format::f64_to_bigint(r) {
            Some(b) => vm.new_bigint(b),
            None => Value::Int(0),
        });
    }
    let n = round_ndigits(vm, &nd)?;
    match tern_format::float_round(f, n) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => vm.format_error(e),
    }
}

/// `round()`'s `ndigits`: an integer (clamped to i64), else CPython's error.
fn round_ndigits(vm: &mut Vm, nd: &Value) -> PyResult<i64> {
    match vm.index_of(nd)? {
        Some(n) => Ok(n),
        None => {
            let tn = vm.type_name(nd);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

pub fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    // Two inline ints: floor quotient and remainder with the divisor's sign.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let (Some(q), Some(r)) = (x.checked_div(*y), x.checked_rem(*y)) {
            let (q, r) = if r != 0 && (r < 0) != (*y < 0) { (q - 1, r + y) } else { (q, r) };
            return Ok(vm.new_tuple(vec![Value::Int(q), Value::Int(r)]));
        }
    }
    let heap = vm.type_ref(a).as_type().map(|t| t.heap).unwrap_or(false) || vm.type_ref(b).as_type().map(|t| t.heap).unwrap_or(false);
    if heap {
        if let Some(m) = vm.user_special(a, "__divmod__") {
            let r = vm.call(&m, Args::new(&[a.clone(), b.clone()]))?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(m) = vm.user_special(b, "__rdivmod__") {
            return vm.call(&m, Args::new(&[b.clone(), a.clone()]));
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if y.is_zero() {
            return vm.zero_division("integer division or modulo by zero");
        }
        let (q, r) = crate::bigdiv::div_mod_floor(&x.as_big(), &y.as_big());
        let (q, r) = (vm.new_bigint(q), vm.new_bigint(r));
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let ok = (as_int(a).is_some() || vm.to_f64_opt(a)?.is_some()) && (as_int(b).is_some() || vm.to_f64_opt(b)?.is_some());
    if !ok {
        return vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b)));
    }
    let floats = vm.to_f64_opt(a)?.is_some() && as_int(a).is_none() || vm.to_f64_opt(b)?.is_some() && as_int(b).is_none();
    if floats && vm.to_f64_opt(b)? == Some(0.0) {
        return vm.zero_division("float divmod()");
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

pub fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let base = args.pos.first().cloned().or_else(|| args.kw("base").cloned());
    let exp = args.pos.get(1).cloned().or_else(|| args.kw("exp").cloned());
    let m = args.pos.get(2).cloned().or_else(|| args.kw("mod").cloned()).unwrap_or(Value::None);
    let (Some(base), Some(exp)) = (base, exp) else { return vm.type_error("pow() missing required argument 'exp' (pos 2)") };
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    let (Some(b), Some(e), Some(md)) = (as_int(&base), as_int(&exp), as_int(&m)) else {
        return ternary_pow_mixed(vm, &base, &exp, &m);
    };
    let (b, e, md) = (b.to_big(), e.to_big(), md.to_big());
    use num_traits::{Signed, Zero};
    if md.is_zero() {
        return vm.value_error("pow() 3rd argument cannot be 0");
    }
    let (b, e) = if e.is_negative() {
        // Modular inverse.
        let inv = mod_inverse(&b, &md);
        match inv {
            Some(i) => (i, -e),
            None => return vm.value_error("base is not invertible for the given modulus"),
        }
    } else {
        (b, e)
    };
    let mut r = b.modpow(&e, &md.abs());
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(vm.new_bigint(r))
}

/// `pow(base, exp, mod)` when not all three are ints, as CPython's
/// `ternary_op`: the base's own `__pow__` (three-argument power never uses
/// `__rpow__`), then the float or complex slot of each operand in turn
/// (float's refuses any modulus, complex's one on numbers it can convert);
/// else the three-type `TypeError`.
fn ternary_pow_mixed(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult {
    if let Some(f) = vm.user_special(base, "__pow__") {
        let r = vm.call(&f, Args::new(&[base.clone(), exp.clone(), m.clone()]))?;
        if !matches!(&r, Value::Obj(o) if matches!(o.payload, Payload::NotImplemented)) {
            return Ok(r);
        }
    }
    let real = |v: &Value| {
        as_int(v).is_some() || matches!(v, Value::Float(_)) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)))
    };
    let complex = |v: &Value| real(v) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Complex(..)));
    for v in [base, exp, m] {
        let is_float = matches!(v, Value::Float(_)) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)));
        let is_complex = matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Complex(..)));
        if is_float {
            return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if is_complex && complex(base) && complex(exp) {
            return vm.value_error("complex modulo");
        }
    }
    let (a, b, c) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
    vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'"))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.pos[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_)
                | Payload::BoundMethod { .. }
                | Payload::Native(_)
                | Payload::NativeBound { .. }
                | Payload::Type(_) => true,
                _ => self.has_type_attr_str(v, "__call__"),
            },
            _ => false,
        }
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = args.pos.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    if str_of(&spec).is_none() {
        return vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(&spec)));
    }
    vm.format(&args.pos[0], &spec)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "vars", &args, 0, 1)?;
    if args.pos.is_empty() {
        return locals(vm, args);
    }
    match vm.getattr_opt(&args.pos[0], "__dict__")? {
        Some(d) => Ok(d),
        None => vm.type_error("vars() argument must have __dict__ attribute"),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "dir", &args, 0, 1)?;
    // Names as generalized UTF-8 (see `str.rs`), which sorts by code point
    // and keeps lone surrogates.
    let mut names: Vec<Vec<u8>> = Vec::new();
    if args.pos.is_empty() {
        let l = current_locals(vm);
        for k in vm.iterate(&l)? {
            if let Some(s) = crate::builtins::pystr_of(&k) {
                names.push(s.wtf8().to_vec());
            }
        }
    } else {
        let obj = &args.pos[0];
        // A module's own `__dir__` (PEP 562), called without arguments.
        let module_dir = match obj {
            Value::Obj(o) => match (&o.payload, o.attr_dict()) {
                (Payload::Module { .. }, Some(d)) => {
                    let key = vm.intern("__dir__");
                    crate::dictops::dict_get_str(vm, d, &key)?
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(m) = module_dir {
            let r = vm.call(&m, Args::new(&[]))?;
            let mut items = vm.iterate(&r)?;
            sort_values(vm, &mut items, &Value::None, false)?;
            return Ok(vm.new_list(items));
        }
        if let Some(m) = vm.user_special(obj, "__dir__") {
            let r = vm.call(&m, Args::new(&[obj.clone()]))?;
            let mut items = vm.iterate(&r)?;
            sort_values(vm, &mut items, &Value::None, false)?;
            return Ok(vm.new_list(items));
        }
        let add_dict = |vm: &mut Vm, d: &Value, names: &mut Vec<Vec<u8>>| -> PyResult<()> {
            for k in vm.iterate(d)? {
                if let Some(s) = crate::builtins::pystr_of(&k) {
                    names.push(s.wtf8().to_vec());
                }
            }
            Ok(())
        };
        // `module.__dir__`: the names of the module's namespace only.
        if let Value::Obj(o) = obj {
            if let (Payload::Module { .. }, Some(d)) = (&o.payload, vm.dict_object(o)?) {
                add_dict(vm, &Value::Obj(d), &mut names)?;
                // The helpers tern's compiled code calls stay out of sight.
                if Rc::ptr_eq(o, &vm.builtins_module) {
                    names.retain(|n| !n.starts_with(b"__tern_"));
                }
                return Ok(sorted_names(vm, names));
            }
        }
        let mut has_dict = false;
        // Whether a `__dict__` name comes from elsewhere than `object`.
        let mut own_dict_name = false;
        if let Value::Obj(o) = obj {
            if let Some(d) = vm.dict_object(o)? {
                has_dict = true;
                let before = names.len();
                add_dict(vm, &Value::Obj(d), &mut names)?;
                own_dict_name = !Rc::ptr_eq(o, &vm.types.object) && names[before..].iter().any(|n| n == b"__dict__");
            }
        }
        let cls = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
            _ => vm.type_of(obj),
        };
        let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
        // tern's `object` holds the `__dict__` attribute that CPython
        // gives each class whose instances have a dict: only objects with
        // one (and classes) list it.
        let has_dict = match obj {
            // A class: when its instances have a dict.
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                let base_exc = vm.exc_type("BaseException");
                o.as_type().is_some_and(|t| t.has_dict)
                    || crate::typeobj::is_subtype(o, &base_exc)
                    || crate::typeobj::is_subtype(o, &vm.types.type_)
            }
            _ => has_dict,
        };
        for c in mro {
            if let Some(d) = c.dict.get() {
                let before = names.len();
                add_dict(vm, &Value::Obj(d.clone()), &mut names)?;
                if !Rc::ptr_eq(&c, &vm.types.object) && names[before..].iter().any(|n| n == b"__dict__") {
                    own_dict_name = true;
                }
            }
        }
        if !has_dict && !own_dict_name {
            names.retain(|n| n != b"__dict__");
        }
    }
    Ok(sorted_names(vm, names))
}

/// `dir()`'s result: the names sorted by code point, each once.
fn sorted_names(vm: &mut Vm, mut names: Vec<Vec<u8>>) -> Value {
    names.sort();
    names.dedup();
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str_wtf8(n)).collect();
    vm.new_list(items)
}

/// The globals of the innermost Python frame.
pub fn current_globals(vm: &Vm) -> Value {
    match vm.frames.last() {
        Some(f) => Value::Obj(f.globals.clone()),
        None => Value::None,
    }
}

/// The locals of the innermost Python frame (a snapshot for functions).
pub fn current_locals(vm: &mut Vm) -> Value {
    let Some(f) = vm.frames.last() else { return vm.new_dict() };
    if !f.locals.is_null() {
        return f.locals.clone();
    }
    let code = f.code.clone();
    let fast = f.fast.clone();
    let d = vm.new_dict();
    for (i, name) in code.co.varnames.iter().enumerate() {
        if let Some(v) = fast.get(i) {
            if !v.is_null() {
                let k = vm.new_str(name);
                let _ = vm.setitem(&d, k, v.clone());
            }
        }
    }
    let cells: Vec<&String> = code.co.cellvars.iter().chain(code.co.freevars.iter()).collect();
    for (i, name) in cells.into_iter().enumerate() {
        if let Some(Value::Obj(c)) = fast.get(code.nlocals + i) {
            if let Payload::Cell(cv) = &c.payload {
                let v = cv.borrow().clone();
                if !v.is_null() {
                    let k = vm.new_str(name);
                    let _ = vm.setitem(&d, k, v);
                }
            }
        }
    }
    d
}

fn globals(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "globals", &args, 0, 0)?;
    Ok(current_globals(vm))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "locals", &args, 0, 0)?;
    Ok(current_locals(vm))
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    vm.build_class(args)
}

fn import(vm: &mut Vm, args: Args) -> PyResult {
    let Some(name) = args.pos.first().cloned().or_else(|| args.kw("name").cloned()) else {
        return vm.type_error("__import__() missing required argument 'name' (pos 1)");
    };
    let globals = args.pos.get(1).cloned().or_else(|| args.kw("globals").cloned()).unwrap_or(Value::None);
    let fromlist = args.pos.get(3).cloned().or_else(|| args.kw("fromlist").cloned()).unwrap_or(Value::None);
    let level = args.pos.get(4).cloned().or_else(|| args.kw("level").cloned()).unwrap_or(Value::Int(0));
    let g = match &globals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        _ => vm.new_dict_obj(Default::default()),
    };
    vm.import_name(&name, &fromlist, &level, &g)
}

/// exec/eval: compiles a string (or takes a code object) and runs it.
fn run_source(vm: &mut Vm, args: &Args, mode: tern_compiler::Mode, name: &str) -> PyResult {
    if args.pos.is_empty() {
        return vm.type_error(format!("{name} expected at least 1 argument, got 0"));
    }
    let src = &args.pos[0];
    let code = match src {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => c.clone(),
            Payload::Str(s) => {
                let text = s.as_str().to_string();
                let text = if mode == tern_compiler::Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
                vm.compile_code(&text, "<string>", mode)?
            }
            Payload::Bytes(b) => {
                let text = String::from_utf8_lossy(b).to_string();
                vm.compile_code(&text, "<string>", mode)?
            }
            _ => return vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")),
        },
        _ => return vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")),
    };
    let globals = args.pos.get(1).cloned().or_else(|| args.kw("globals").cloned()).unwrap_or(Value::None);
    let locals = args.pos.get(2).cloned().or_else(|| args.kw("locals").cloned()).unwrap_or(Value::None);
    let (g, l) = if globals.is_none() {
        let g = current_globals(vm);
        let l = if locals.is_none() { current_locals(vm) } else { locals };
        (g, l)
    } else {
        let l = if locals.is_none() { globals.clone() } else { locals };
        (globals, l)
    };
    let Value::Obj(go) = &g else { return vm.type_error("globals must be a dict") };
    if !matches!(go.payload, Payload::Dict(_)) {
        return vm.type_error(format!("{name}() globals must be a dict, not {}", vm.type_name(&g)));
    }
    let bk = vm.intern("__builtins__");
    if !vm.contains(&g, &bk)? {
        let b = Value::Obj(vm.builtins_module.clone());
        vm.setitem(&g, bk, b)?;
    }
    let locals = if l.is(&g) { Value::Null } else { l };
    let locals = if code.co.flags.has(tern_bytecode::CodeFlags::OPTIMIZED) { Value::Null } else { locals };
    vm.run_code_in(code, go.clone(), if locals.is_null() { g.clone() } else { locals })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult {
    run_source(vm, &args, tern_compiler::Mode::Exec, "exec")?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult {
    run_source(vm, &args, tern_compiler::Mode::Eval, "eval")
}

fn compile(vm: &mut Vm, args: Args) -> PyResult {
    let src = args.pos.first().cloned().or_else(|| args.kw("source").cloned()).unwrap_or(Value::None);
    let filename = args.pos.get(1).cloned().or_else(|| args.kw("filename").cloned()).unwrap_or(Value::None);
    let mode = args.pos.get(2).cloned().or_else(|| args.kw("mode").cloned()).unwrap_or(Value::None);
    let text = match &src {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Bytes(b) => String::from_utf8_lossy(b).to_string(),
            _ => match crate::modules::ast_objects::ast_source(vm, &src)? {
                Some(text) => text,
                None => return vm.type_error("compile() arg 1 must be a string, bytes or AST object"),
            },
        },
        _ => return vm.type_error("compile() arg 1 must be a string, bytes or AST object"),
    };
    let fname = str_of(&filename).unwrap_or("<string>").to_string();
    let flags = args.pos.get(3).or_else(|| args.kw("flags")).and_then(|f| crate::int::as_int(f).map(|i| i.to_big()));
    let only_ast = flags.is_some_and(|f| (f & num_bigint::BigInt::from(0x400)) != num_bigint::BigInt::from(0));
    let mode = match str_of(&mode) {
        Some("exec") => tern_compiler::Mode::Exec,
        Some("eval") => tern_compiler::Mode::Eval,
        Some("single") => tern_compiler::Mode::Single,
        Some("func_type") if only_ast => return vm.err("NotImplementedError", "tern cannot parse function type comments"),
        _ => return vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    // PyCF_ONLY_AST: `ast.parse`.
    if only_ast {
        return crate::modules::ast_objects::parse(vm, &text, &fname, mode);
    }
    let code = vm.compile_code(&text, &fname, mode)?;
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(code)))
}

fn input(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str_string(p)?;
        let out = vm.sys_attr("stdout").unwrap_or(Value::None);
        write_to(vm, &out, &s)?;
    }
    crate::stdio::flush_stdout();
    let stdin = vm.sys_attr("stdin").unwrap_or(Value::None);
    let line = match &stdin {
        Value::Obj(o) => match &o.payload {
            Payload::File(f) => f.borrow_mut().read_line().unwrap_or_default(),
            _ => {
                let r = vm.call_method(&stdin, "readline", &[])?;
                str_of(&r).unwrap_or("").to_string()
            }
        },
        _ => String::new(),
    };
    if line.is_empty() {
        return vm.err("EOFError", "EOF when reading a line");
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(vm.new_str(line))
}

/// `open()` is `_io.open` (the frozen `_io` module is loaded on first use).
fn open(vm: &mut Vm, args: Args) -> PyResult {
    let io = vm.import_module("_io")?;
    let f = vm.getattr_str(&io, "open")?;
    vm.call(&f, args)
}

#[allow(dead_code)]
fn cmp_unused(_: CmpOp) {}
