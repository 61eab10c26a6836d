//! `format()`, `str.format` and `%`-formatting, on top of tern_format.

use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use tern_format::{FormatError, FormatErrorKind, PercentItem};

impl Vm {
    pub fn format_error<T>(&mut self, e: FormatError) -> PyResult<T> {
        match e.kind {
            FormatErrorKind::Value => self.value_error(e.message),
            FormatErrorKind::Overflow => self.overflow_error(&e.message),
            FormatErrorKind::Memory => self.err("MemoryError", ""),
            FormatErrorKind::Surrogate => self.value_error("surrogates not allowed"),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        let spec_s = crate::builtins::str_of(spec).unwrap_or("").to_string();
        if let Some(m) = self.user_special(v, "__format__") {
            let r = self.call(&m, Args::new(&[v.clone(), spec.clone()]))?;
            if crate::builtins::str_of(&r).is_none() {
                return self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)));
            }
            return Ok(r);
        }
        let s = self.format_builtin(v, &spec_s)?;
        Ok(self.new_string(s))
    }

    pub fn format_builtin(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let tn = self.type_name(v);
        let heap = self.type_ref(v).as_type().map(|t| t.heap).unwrap_or(false);
        if spec.is_empty() && (heap || !matches!(v, Value::Int(_) | Value::Float(_))) {
            return self.str_string(v);
        }
        match v {
            Value::Bool(_) if spec.is_empty() => self.str_string(v),
            Value::Int(_) | Value::Bool(_) => {
                let i = as_int(v).map(|i| i.to_big()).unwrap_or_default();
                let fs = match tern_format::parse_format_spec(spec, &tn) {
                    Ok(f) => f,
                    Err(e) => return self.format_error(e),
                };
                match tern_format::format_int(&i, &fs, &tn) {
                    Ok(s) => Ok(s),
                    Err(e) => self.format_error(e),
                }
            }
            Value::Float(f) => {
                let fs = match tern_format::parse_format_spec(spec, &tn) {
                    Ok(f) => f,
                    Err(e) => return self.format_error(e),
                };
                match tern_format::format_float(*f, &fs, &tn) {
                    Ok(s) => Ok(s),
                    Err(e) => self.format_error(e),
                }
            }
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => {
                    let fs = match tern_format::parse_format_spec(spec, &tn) {
                        Ok(f) => f,
                        Err(e) => return self.format_error(e),
                    };
                    match tern_format::format_int(b, &fs, &tn) {
                        Ok(s) => Ok(s),
                        Err(e) => self.format_error(e),
                    }
                }
                Payload::Float(f) => {
                    let fs = match tern_format::parse_format_spec(spec, &tn) {
                        Ok(f) => f,
                        Err(e) => return self.format_error(e),
                    };
                    match tern_format::format_float(*f, &fs, &tn) {
                        Ok(s) => Ok(s),
                        Err(e) => self.format_error(e),
                    }
                }
                Payload::Str(s) => {
                    let fs = match tern_format::parse_format_spec(spec, &tn) {
                        Ok(f) => f,
                        Err(e) => return self.format_error(e),
                    };
                    match tern_format::format_str(&s.s, &fs, &tn) {
                        Ok(s) => Ok(s),
                        Err(e) => self.format_error(e),
                    }
                }
                _ => {
                    if spec.is_empty() {
                        return self.str_string(v);
                    }
                    self.type_error(format!("unsupported format string passed to {tn}.__format__"))
                }
            },
            _ => {
                if spec.is_empty() {
                    return self.str_string(v);
                }
                self.type_error(format!("unsupported format string passed to {tn}.__format__"))
            }
        }
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt_v: &Value, args: &Value) -> PyResult {
        if let Value::Obj(o) = fmt_v {
            if let Payload::Bytes(b) = &o.payload {
                let fmt: String = b.iter().map(|&c| c as char).collect();
                let out = self.percent_core(fmt, args, true)?;
                return Ok(self.new_bytes(out.chars().map(|c| c as u32 as u8).collect()));
            }
        }
        let fmt = crate::builtins::str_of(fmt_v).unwrap_or("").to_string();
        let out = self.percent_core(fmt, args, false)?;
        Ok(self.new_string(out))
    }

    /// `%`-formatting; with `bytes_mode` the format and the result hold
    /// bytes as the chars U+0000..U+00FF.
    fn percent_core(&mut self, fmt: String, args: &Value, bytes_mode: bool) -> PyResult<String> {
        let is_tuple = matches!(args, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) );
        let items: Vec<Value> = if is_tuple { self.seq_items(args) } else { vec![args.clone()] };
        let is_mapping = !is_tuple && self.is_mapping(args) && !matches!(args, Value::Obj(o) if matches!(o.payload, Payload::Str(_)));
        let mut next = 0usize;
        let mut out = String::with_capacity(fmt.len() + 16);
        let mut pos = 0usize;
        let bytes = fmt.as_bytes();
        let mut used_mapping = false;
        while pos < fmt.len() {
            let Some(rel) = fmt[pos..].find('%') else {
                out.push_str(&fmt[pos..]);
                break;
            };
            out.push_str(&fmt[pos..pos + rel]);
            let start = pos + rel + 1;
            let item = match tern_format::parse_percent(&fmt, start) {
                Ok(i) => i,
                Err(e) => return self.format_error(e),
            };
            let d = match item {
                PercentItem::Percent => {
                    out.push('%');
                    pos = start + 1;
                    continue;
                }
                PercentItem::Conversion(d) => d,
            };
            let _ = bytes;
            let mut take = |vm: &mut Vm| -> PyResult<Value> {
                if next < items.len() {
                    next += 1;
                    Ok(items[next - 1].clone())
                } else {
                    vm.type_error("not enough arguments for format string")
                }
            };
            let star_w = match d.width {
                Some(tern_format::PercentCount::Star) => {
                    let v = take(self)?;
                    match as_int(&v) {
                        Some(i) => Some(num_traits::ToPrimitive::to_i64(&i.to_big()).unwrap_or(0)),
                        None => return self.type_error("* wants int"),
                    }
                }
                _ => None,
            };
            let star_p = match d.precision {
                Some(tern_format::PercentCount::Star) => {
                    let v = take(self)?;
                    match as_int(&v) {
                        Some(i) => Some(num_traits::ToPrimitive::to_i64(&i.to_big()).unwrap_or(0)),
                        None => return self.type_error("* wants int"),
                    }
                }
                _ => None,
            };
            let value = match d.key {
                Some(k) => {
                    if !is_mapping {
                        return self.type_error("format requires a mapping");
                    }
                    used_mapping = true;
                    let key = if bytes_mode { self.new_bytes(k.chars().map(|c| c as u32 as u8).collect()) } else { self.new_str(k) };
                    self.getitem(args, &key)?
                }
                None => take(self)?,
            };
            let spec = match d.resolve(star_w, star_p) {
                Ok(s) => s,
                Err(e) => return self.format_error(e),
            };
            let piece = match d.conv {
                's' | 'r' | 'a' => {
                    let s = match d.conv {
                        's' if bytes_mode => match &value {
                            Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)) => {
                                self.bytes_like(&value)?.iter().map(|&c| c as char).collect()
                            }
                            _ => {
                                let tn = self.type_name(&value);
                                return self.type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                                ));
                            }
                        },
                        's' => self.str_string(&value)?,
                        'r' if !bytes_mode => self.repr_string(&value)?,
                        _ => {
                            let a = self.ascii(&value)?;
                            crate::builtins::str_of(&a).unwrap_or("").to_string()
                        }
                    };
                    tern_format::percent_str_pad(&s, &spec)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let i = match as_int(&value) {
                        Some(i) => i.to_big(),
                        None => match &value {
                            Value::Float(f) if matches!(d.conv, 'd' | 'i' | 'u') => match tern_format::f64_to_bigint(f.trunc()) {
                                Some(b) => b,
                                None => return self.overflow_error("cannot convert float infinity to integer"),
                            },
                            _ => {
                                if matches!(d.conv, 'd' | 'i' | 'u') {
                                    return self.type_error(format!(
                                        "%{} format: a real number is required, not {}",
                                        d.conv,
                                        self.type_name(&value)
                                    ));
                                }
                                return self.type_error(format!(
                                    "%{} format: an integer is required, not {}",
                                    d.conv,
                                    self.type_name(&value)
                                ));
                            }
                        },
                    };
                    tern_format::percent_int(&i, &spec)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match self.to_f64_opt(&value)? {
                        Some(f) => f,
                        None => return self.type_error(format!("must be real number, not {}", self.type_name(&value))),
                    };
                    tern_format::percent_float(f, &spec)
                }
                'c' => {
                    let s = match &value {
                        Value::Obj(o) if bytes_mode && matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)) => {
                            let b = self.bytes_like(&value)?;
                            if b.len() != 1 {
                                return self.type_error("%c requires an integer in range(256) or a single byte");
                            }
                            (b[0] as char).to_string()
                        }
                        Value::Obj(o) if !bytes_mode && matches!(o.payload, Payload::Str(_)) => {
                            let s = crate::builtins::str_of(&value).unwrap_or("").to_string();
                            if s.chars().count() != 1 {
                                return self.type_error("%c requires int or char");
                            }
                            s
                        }
                        _ => match as_int(&value) {
                            Some(i) => match tern_format::percent_char_from_int(&i.to_big()) {
                                Ok(c) => c.to_string(),
                                Err(e) => return self.format_error(e),
                            },
                            None => return self.type_error("%c requires int or char"),
                        },
                    };
                    tern_format::percent_str_pad(&s, &spec)
                }
                _ => return self.format_error(tern_format::percent_unsupported(&fmt, &d)),
            };
            match piece {
                Ok(p) => out.push_str(&p),
                Err(e) => return self.format_error(e),
            }
            pos = d.end;
        }
        if next < items.len() && !used_mapping && !(is_mapping && items.len() == 1) {
            let what = if bytes_mode { "bytes" } else { "string" };
            return self.type_error(format!("not all arguments converted during {what} formatting"));
        }
        Ok(out)
    }

    pub fn to_f64_opt(&mut self, v: &Value) -> PyResult<Option<f64>> {
        match v {
            Value::Float(f) => Ok(Some(*f)),
            Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => match &o.payload {
                Payload::Float(f) => Ok(Some(*f)),
                _ => Ok(None),
            },
            _ => match as_int(v) {
                Some(i) => Ok(Some(crate::int::int_to_f64(self, &i)?)),
                None => {
                    if let Some(m) = self.user_special(v, "__float__") {
                        let r = self.call(&m, Args::new(&[v.clone()]))?;
                        return self.to_f64_opt(&r);
                    }
                    if let Some(m) = self.user_special(v, "__index__") {
                        let r = self.call(&m, Args::new(&[v.clone()]))?;
                        return self.to_f64_opt(&r);
                    }
                    Ok(None)
                }
            },
        }
    }

    /// `str.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwnames: &[Value], kwvals: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let mut auto = 0usize;
        let mut manual = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if i + 1 < chars.len() && chars[i + 1] == '{' {
                    out.push('{');
                    i += 2;
                    continue;
                }
                // Find the matching close brace (nested braces in the spec).
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() {
                    if chars[j] == '{' {
                        depth += 1;
                    } else if chars[j] == '}' {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return self.value_error("expected '}' before end of string");
                }
                let field: String = chars[i + 1..j].iter().collect();
                i = j + 1;
                // Split field_name!conv:spec
                let (name_conv, spec) = match find_top(&field, ':') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match name_conv.find('!') {
                    Some(p) => (name_conv[..p].to_string(), Some(name_conv[p + 1..].to_string())),
                    None => (name_conv.clone(), None),
                };
                // First part of the name: index or keyword.
                let first_end = name.find(['.', '[']).unwrap_or(name.len());
                let first = &name[..first_end];
                let mut value = if first.is_empty() {
                    if manual {
                        return self.value_error("cannot switch from manual field specification to automatic field numbering");
                    }
                    auto += 1;
                    match args.get(auto - 1) {
                        Some(v) => v.clone(),
                        None => return self.index_error(format!("Replacement index {} out of range for positional args tuple", auto - 1)),
                    }
                } else if let Ok(n) = first.parse::<usize>() {
                    if auto > 0 {
                        return self.value_error("cannot switch from automatic field numbering to manual field specification");
                    }
                    manual = true;
                    match args.get(n) {
                        Some(v) => v.clone(),
                        None => return self.index_error(format!("Replacement index {n} out of range for positional args tuple")),
                    }
                } else {
                    match kwnames.iter().position(|k| crate::builtins::str_of(k) == Some(first)) {
                        Some(p) => kwvals[p].clone(),
                        None => {
                            let k = self.new_str(first);
                            return self.key_error(k);
                        }
                    }
                };
                // Attribute and index accessors.
                let mut rest = &name[first_end..];
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['.', '[']).unwrap_or(r.len());
                        let attr = self.new_str(&r[..end]);
                        value = self.getattr(&value, &attr)?;
                        rest = &r[end..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let end = r.find(']').unwrap_or(r.len());
                        let key_s = &r[..end];
                        let key = match key_s.parse::<i64>() {
                            Ok(n) => Value::Int(n),
                            Err(_) => self.new_str(key_s),
                        };
                        value = self.getitem(&value, &key)?;
                        rest = r.get(end + 1..).unwrap_or("");
                    } else {
                        return self.value_error("Only '.' or '[' may follow ']' in format field specifier");
                    }
                }
                let value = match conv.as_deref() {
                    None => value,
                    Some("r") => self.repr(&value)?,
                    Some("s") => self.str(&value)?,
                    Some("a") => self.ascii(&value)?,
                    Some(other) => {
                        let c = other.chars().next().unwrap_or(' ');
                        return self.value_error(format!("Unknown conversion specifier {c}"));
                    }
                };
                // The spec may itself contain replacement fields.
                let spec = if spec.contains('{') { self.str_format_nested(&spec, args, kwnames, kwvals, &mut auto)? } else { spec };
                let spec_v = self.new_string(spec);
                let r = self.format(&value, &spec_v)?;
                out.push_str(crate::builtins::str_of(&r).unwrap_or(""));
            } else if c == '}' {
                if i + 1 < chars.len() && chars[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return self.value_error("Single '}' encountered in format string");
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }

    fn str_format_nested(&mut self, spec: &str, args: &[Value], kwnames: &[Value], kwvals: &[Value], auto: &mut usize) -> PyResult<String> {
        let mut out = String::new();
        let mut rest = spec;
        while let Some(p) = rest.find('{') {
            out.push_str(&rest[..p]);
            let Some(q) = rest[p..].find('}') else { break };
            let inner = &rest[p + 1..p + q];
            let v = if inner.is_empty() {
                *auto += 1;
                args.get(*auto - 1).cloned().unwrap_or(Value::None)
            } else if let Ok(n) = inner.parse::<usize>() {
                args.get(n).cloned().unwrap_or(Value::None)
            } else {
                match kwnames.iter().position(|k| crate::builtins::str_of(k) == Some(inner)) {
                    Some(i) => kwvals[i].clone(),
                    None => {
                        let k = self.new_str(inner);
                        return self.key_error(k);
                    }
                }
            };
            out.push_str(&self.str_string(&v)?);
            rest = &rest[p + q + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// The first `c` outside brackets (so `{0[a:b]}` keeps its colon).
fn find_top(s: &str, c: char) -> Option<usize> {
    let mut depth = 0;
    for (i, ch) in s.char_indices() {
        match ch {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if ch == c && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}
