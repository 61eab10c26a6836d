//! The JSON encoder (CPython's `_json.make_encoder` and
//! `encode_basestring(_ascii)`): the one-shot encoding `json.dumps` uses
//! when no indent is asked for, with the results and errors of
//! `json.encoder`'s pure-Python encoder.

use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::collections::HashSet;
use std::rc::Rc;

/// How strings are written: natively with or without `\u` escapes for
/// non-ASCII, or by a Python function.
pub enum StrEncoder {
    Ascii,
    Unicode,
    Python(Value),
}

/// `make_encoder`'s settings.
pub struct Encoder {
    /// Ids of the containers being encoded (None: `check_circular=False`).
    pub markers: Option<HashSet<usize>>,
    pub default: Value,
    pub strings: StrEncoder,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
}

/// `s` as a JSON string literal, quotes included, appended to `out`;
/// `ascii` escapes every non-ASCII character (as UTF-16 `\u` units).
pub fn write_str(out: &mut Vec<u8>, s: &crate::str::PyStr, ascii: bool) {
    out.reserve(s.byte_len() + 2);
    out.push(b'"');
    for cp in s.code_points() {
        match cp {
            0x22 => out.extend_from_slice(b"\\\""),
            0x5C => out.extend_from_slice(b"\\\\"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            c if c < 0x20 => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            0x7F if ascii => out.extend_from_slice(b"\\u007f"),
            c if c < 0x80 => out.push(c as u8),
            c if ascii && c >= 0x10000 => {
                let v = c - 0x10000;
                out.extend_from_slice(format!("\\u{:04x}\\u{:04x}", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)).as_bytes());
            }
            c if ascii => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            // Lone surrogates too, in generalized UTF-8.
            c => crate::str::push_cp(out, c),
        }
    }
    out.push(b'"');
}

/// A dict's items: from its storage, or for a subclass from its
/// `items()` (CPython's `PyMapping_Items`).
fn dict_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(o) = v {
        if let Payload::Dict(d) = &o.payload {
            if Rc::ptr_eq(o.class(), &vm.types.dict) {
                return Ok(d.borrow().items());
            }
        }
    }
    let items = vm.getattr_str(v, "items")?;
    let items = vm.call(&items, Args::new(&[]))?;
    let mut out = Vec::new();
    for pair in vm.iterate(&items)? {
        let kv = vm.iterate(&pair)?;
        if kv.len() != 2 {
            return vm.value_error("items must return 2-tuples");
        }
        out.push((kv[0].clone(), kv[1].clone()));
    }
    Ok(out)
}

/// A float as JSON writes it (`NaN`, `Infinity` and `-Infinity` only
/// when `allow_nan`).
fn float_text(vm: &mut Vm, f: f64, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(tern_format::float_repr(f));
    }
    if !allow_nan {
        return vm.value_error("Out of range float values are not JSON compliant");
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

impl Encoder {
    /// Appends the JSON text of `v` to `out`.
    pub fn encode(&mut self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        match v {
            Value::None => out.extend_from_slice(b"null"),
            Value::Bool(true) => out.extend_from_slice(b"true"),
            Value::Bool(false) => out.extend_from_slice(b"false"),
            _ => {
                if let Some(i) = as_int(v) {
                    // int's own repr, also for subclasses (IntEnum).
                    out.extend_from_slice(i.to_big().to_string().as_bytes());
                } else if let Some(f) = crate::methods::number_dunders::float_of(v) {
                    out.extend_from_slice(float_text(vm, f, self.allow_nan)?.as_bytes());
                } else if let Value::Obj(o) = v {
                    match &o.payload {
                        Payload::Str(s) => self.string(vm, v, s, out)?,
                        Payload::List(_) | Payload::Tuple(_) => self.nested(vm, v, out, false)?,
                        Payload::Dict(_) => self.nested(vm, v, out, true)?,
                        _ => self.other(vm, v, out)?,
                    }
                } else {
                    self.other(vm, v, out)?;
                }
            }
        }
        Ok(())
    }

    fn string(&mut self, vm: &mut Vm, v: &Value, s: &crate::str::PyStr, out: &mut Vec<u8>) -> PyResult<()> {
        match &self.strings {
            StrEncoder::Ascii => write_str(out, s, true),
            StrEncoder::Unicode => write_str(out, s, false),
            StrEncoder::Python(f) => {
                let f = f.clone();
                let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
                match crate::builtins::str_of(&r) {
                    Some(_) => out.extend_from_slice(crate::builtins::pystr_of(&r).map_or(&[][..], |p| p.wtf8())),
                    None => return vm.type_error(format!("encoder() must return a string, not {}", vm.type_name(&r))),
                }
            }
        }
        Ok(())
    }

    /// A list, tuple or dict: checked against the markers, and counted
    /// against the recursion limit.
    fn nested(&mut self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>, dict: bool) -> PyResult<()> {
        let Value::Obj(o) = v else { return Ok(()) };
        let empty = vm.len_builtin(o) == Some(0);
        if empty {
            out.extend_from_slice(if dict { b"{}" } else { b"[]" });
            return Ok(());
        }
        let id = Rc::as_ptr(o) as usize;
        self.enter(vm, id)?;
        let r = if dict { self.dict(vm, v, out) } else { self.list(vm, v, out) };
        self.leave(vm, id);
        r
    }

    fn enter(&mut self, vm: &mut Vm, id: usize) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(id) {
                return vm.value_error("Circular reference detected");
            }
        }
        if vm.depth() >= vm.recursion_limit {
            if let Some(m) = &mut self.markers {
                m.remove(&id);
            }
            return vm.err("RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
        }
        vm.native_depth += 1;
        Ok(())
    }

    fn leave(&mut self, vm: &mut Vm, id: usize) {
        vm.native_depth -= 1;
        if let Some(m) = &mut self.markers {
            m.remove(&id);
        }
    }

    fn list(&mut self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        let items = vm.seq_items(v);
        out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(self.item_separator.as_bytes());
            }
            self.encode(vm, item, out)?;
        }
        out.push(b']');
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        let mut items = dict_items(vm, v)?;
        if self.sort_keys {
            // As `sorted(d.items())`: by key (keys are distinct).
            let mut idx: Vec<usize> = (0..items.len()).collect();
            crate::sort::timsort(&mut idx, &mut |a, b| vm.lt(&items[a].0, &items[b].0))?;
            let mut sorted = Vec::with_capacity(items.len());
            for i in idx {
                sorted.push(std::mem::take(&mut items[i]));
            }
            items = sorted;
        }
        out.push(b'{');
        let mut first = true;
        for (k, val) in &items {
            let key_text = match k {
                Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => None,
                Value::None => Some("null".to_string()),
                Value::Bool(b) => Some(if *b { "true" } else { "false" }.to_string()),
                _ => {
                    if let Some(f) = crate::methods::number_dunders::float_of(k) {
                        Some(float_text(vm, f, self.allow_nan)?)
                    } else if let Some(i) = as_int(k) {
                        Some(i.to_big().to_string())
                    } else if self.skipkeys {
                        continue;
                    } else {
                        let tn = vm.type_name(k);
                        return vm.type_error(format!("keys must be str, int, float, bool or None, not {tn}"));
                    }
                }
            };
            if !first {
                out.extend_from_slice(self.item_separator.as_bytes());
            }
            first = false;
            match key_text {
                None => self.encode(vm, k, out)?,
                Some(t) => {
                    let s = crate::str::PyStr::new(&t);
                    let kv = vm.new_pystr(s.copy());
                    self.string(vm, &kv, &s, out)?;
                }
            }
            out.extend_from_slice(self.key_separator.as_bytes());
            self.encode(vm, val, out)?;
        }
        out.push(b'}');
        Ok(())
    }

    /// Anything else goes through `default`, whose result is encoded.
    fn other(&mut self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        let id = match v {
            Value::Obj(o) => Rc::as_ptr(o) as usize,
            _ => 0,
        };
        self.enter(vm, id)?;
        let r = (|| {
            let default = self.default.clone();
            let replacement = vm.call(&default, Args::new(std::slice::from_ref(v)))?;
            self.encode(vm, &replacement, out)
        })();
        self.leave(vm, id);
        r
    }
}
