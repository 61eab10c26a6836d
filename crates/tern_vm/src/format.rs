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
            FormatErrorKind::Memory => Err(self.bare_exception("MemoryError")),
            FormatErrorKind::Surrogate => self.value_error("surrogates not allowed"),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        if let Some(m) = self.user_special(v, "__format__") {
            return self.call_user_format(&m, v, spec);
        }
        let spec_s = crate::builtins::str_of(spec).unwrap_or("").to_string();
        self.made_stand_ins = false;
        let s = self.format_builtin(v, &spec_s)?;
        let r = self.new_string(s);
        if Vm::any_surrogates(v) || Vm::any_surrogates(spec) || std::mem::take(&mut self.made_stand_ins) {
            self.check_no_stand_ins(v)?;
            self.check_no_stand_ins(spec)?;
            return Ok(self.map_stand_ins(r));
        }
        Ok(r)
    }

    /// `format(v, spec)` appended to `out` (str.format's fields): builtin
    /// values format straight into text, with no str objects between.
    pub fn format_into(&mut self, v: &Value, spec: &str, out: &mut String) -> PyResult<()> {
        // `{}` of an int or an exact str is its text (no class can give them
        // another `__format__`).
        if spec.is_empty() {
            match v {
                Value::Int(i) => {
                    out.push_str(crate::protocols::itoa_buf(*i).as_str());
                    return Ok(());
                }
                Value::Obj(o) if std::rc::Rc::ptr_eq(o.class(), &self.types.str_) => {
                    if let Payload::Str(ps) = &o.payload {
                        if !ps.has_surrogates() {
                            out.push_str(ps.as_str());
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        match self.user_special(v, "__format__") {
            Some(m) => {
                let spec_v = self.new_str(spec);
                let r = self.call_user_format(&m, v, &spec_v)?;
                out.push_str(crate::builtins::str_of(&r).unwrap_or(""));
            }
            None => out.push_str(&self.format_builtin(v, spec)?),
        }
        Ok(())
    }

    /// Runs a class's own `__format__`, which must return a str.
    fn call_user_format(&mut self, m: &Value, v: &Value, spec: &Value) -> PyResult {
        let r = self.call(m, Args::new(&[v.clone(), spec.clone()]))?;
        if crate::builtins::str_of(&r).is_none() {
            return self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)));
        }
        Ok(r)
    }

    pub fn format_builtin(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let heap = self.type_ref(v).as_type().map(|t| t.heap).unwrap_or(false);
        if spec.is_empty() && (heap || !matches!(v, Value::Int(_) | Value::Float(_))) {
            return self.str_string(v);
        }
        let tn = self.type_name(v);
        let fs = |vm: &mut Vm| match tern_format::parse_format_spec(spec, &tn) {
            Ok(f) => Ok(f),
            Err(e) => vm.format_error(e),
        };
        let out = match v {
            Value::Bool(_) if spec.is_empty() => return self.str_string(v),
            Value::Int(i) => {
                let fs = fs(self)?;
                if fs.ty == Some('c') && (0xD800..0xE000).contains(i) {
                    // A lone surrogate: its stand-in (`str.rs`), mapped back
                    // by the caller, which sees `made_stand_ins`.
                    self.made_stand_ins = true;
                    tern_format::format_i64(*i - 0xD800 + crate::str::STAND_IN as i64, &fs, &tn)
                } else {
                    tern_format::format_i64(*i, &fs, &tn)
                }
            }
            Value::Bool(b) => tern_format::format_i64(*b as i64, &fs(self)?, &tn),
            Value::Float(f) => tern_format::format_float(*f, &fs(self)?, &tn),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => {
                    let fs = fs(self)?;
                    if matches!(fs.ty, None | Some('d' | 'n')) {
                        if let Err(e) = tern_format::check_int_to_decimal_digits(b, self.int_max_str_digits) {
                            return self.format_error(e);
                        }
                    }
                    tern_format::format_int(b, &fs, &tn)
                }
                Payload::Float(f) => tern_format::format_float(*f, &fs(self)?, &tn),
                Payload::Complex(re, im) => tern_format::format_complex(*re, *im, &fs(self)?, &tn),
                Payload::Str(s) => tern_format::format_str(s.as_str(), &fs(self)?, &tn),
                _ => return self.type_error(format!("unsupported format string passed to {tn}.__format__")),
            },
            _ => return self.type_error(format!("unsupported format string passed to {tn}.__format__")),
        };
        match out {
            Ok(s) => Ok(s),
            Err(e) => self.format_error(e),
        }
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt_v: &Value, args: &Value) -> PyResult {
        // A mapping's values count too (`'%(k)s' % d`).
        let values = match args {
            Value::Obj(o) => match &o.payload {
                Payload::Dict(d) if d.borrow().iter().any(|e| Vm::any_surrogates(&e.value)) => {
                    let items = d.borrow().iter().map(|e| e.value.clone()).collect();
                    self.new_tuple(items)
                }
                _ => Value::None,
            },
            _ => Value::None,
        };
        if Vm::any_surrogates(fmt_v) || Vm::any_surrogates(args) || Vm::any_surrogates(&values) {
            self.check_no_stand_ins(fmt_v)?;
            self.check_no_stand_ins(args)?;
            self.check_no_stand_ins(&values)?;
            let r = self.percent_format_text(fmt_v, args)?;
            return Ok(self.map_stand_ins(r));
        }
        self.made_stand_ins = false;
        let r = self.percent_format_text(fmt_v, args)?;
        if self.made_stand_ins {
            self.made_stand_ins = false;
            self.check_no_stand_ins(fmt_v)?;
            self.check_no_stand_ins(args)?;
            return Ok(self.map_stand_ins(r));
        }
        Ok(r)
    }

    /// `fmt % args`, on the stand-in text of lone surrogates.
    fn percent_format_text(&mut self, fmt_v: &Value, args: &Value) -> PyResult {
        if let Value::Obj(o) = fmt_v {
            if let Payload::Bytes(b) = &o.payload {
                let fmt: String = b.iter().map(|&c| c as char).collect();
                let out = self.percent_core(&fmt, args, true)?;
                return Ok(self.new_bytes(out.chars().map(|c| c as u32 as u8).collect()));
            }
        }
        let fmt = crate::builtins::str_of(fmt_v).unwrap_or("");
        let out = self.percent_core(fmt, args, false)?;
        Ok(self.new_string(out))
    }

    /// `%`-formatting; with `bytes_mode` the format and the result hold
    /// bytes as the chars U+0000..U+00FF.
    fn percent_core(&mut self, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
        let is_tuple = matches!(args, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) );
        let items: &[Value] = match args {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t,
                _ => std::slice::from_ref(args),
            },
            _ => std::slice::from_ref(args),
        };
        // CPython: any object with `__getitem__` other than a tuple or a
        // str (in bytes mode: bytes or bytearray) is the mapping of `%(key)`.
        // Asked only when it matters (a `%(key)`, or arguments left over).
        let is_mapping = |vm: &Vm| {
            !is_tuple
                && !matches!(args, Value::Obj(o) if match o.payload {
                    Payload::Str(_) => true,
                    Payload::Bytes(_) | Payload::ByteArray(_) => bytes_mode,
                    _ => false,
                })
                && vm.has_type_attr_str(args, "__getitem__")
        };
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
            // A bare `%s` of a str format, or `%d` of an inline int: no spec
            // to parse (the general path below would do the same).
            match (bytes.get(start), items.get(next)) {
                (Some(b's'), Some(v)) if !bytes_mode => {
                    next += 1;
                    let text = self.str(v)?;
                    if Vm::any_surrogates(&text) {
                        // Mapped back by `percent_format`.
                        self.made_stand_ins = true;
                    }
                    out.push_str(crate::builtins::str_of(&text).unwrap_or(""));
                    pos = start + 1;
                    continue;
                }
                (Some(b'd' | b'i'), Some(Value::Int(i))) => {
                    next += 1;
                    out.push_str(crate::protocols::itoa_buf(*i).as_str());
                    pos = start + 1;
                    continue;
                }
                _ => {}
            }
            let item = match tern_format::parse_percent(fmt, start) {
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
                    if !is_mapping(self) {
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
            // A plain `%d` of an inline int: its digits go straight in.
            if let (Value::Int(i), 'd' | 'i' | 'u') = (&value, d.conv) {
                if spec.width.is_none() && spec.precision.is_none() && !spec.flags.plus && !spec.flags.space {
                    out.push_str(crate::protocols::itoa_buf(*i).as_str());
                    pos = d.end;
                    continue;
                }
            }
            // A plain `%s` of text: its str goes straight into the output.
            if d.conv == 's' && !bytes_mode && spec.width.is_none() && spec.precision.is_none() {
                let text = self.str(&value)?;
                if Vm::any_surrogates(&text) {
                    // Mapped back by `percent_format`.
                    self.made_stand_ins = true;
                }
                out.push_str(crate::builtins::str_of(&text).unwrap_or(""));
                pos = d.end;
                continue;
            }
            let piece = match d.conv {
                's' | 'r' | 'a' | 'b' if bytes_mode || d.conv != 'b' => {
                    let s = match d.conv {
                        's' | 'b' if bytes_mode => match self.percent_bytes_arg(&value)? {
                            Some(b) => b.iter().map(|&c| c as char).collect(),
                            None => {
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
                    let i = match self.percent_int_arg(&value, d.conv)? {
                        Some(i) => i,
                        None if matches!(d.conv, 'd' | 'i' | 'u') => {
                            let tn = self.type_name(&value);
                            // bytes formatting names `%i` as `%d`.
                            let conv = if bytes_mode && d.conv == 'i' { 'd' } else { d.conv };
                            return self.type_error(format!("%{conv} format: a real number is required, not {tn}"));
                        }
                        None => {
                            let tn = self.type_name(&value);
                            return self.type_error(format!("%{} format: an integer is required, not {tn}", d.conv));
                        }
                    };
                    if matches!(d.conv, 'd' | 'i' | 'u') {
                        if let Err(e) = tern_format::check_int_to_decimal_digits(&i, self.int_max_str_digits) {
                            return self.format_error(e);
                        }
                    }
                    tern_format::percent_int(&i, &spec)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match self.to_f64_opt(&value)? {
                        Some(f) => f,
                        None if bytes_mode => return self.type_error(format!("float argument required, not {}", self.type_name(&value))),
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
                        _ => {
                            let iv = self.index_value(&value)?;
                            match iv.as_ref().and_then(as_int) {
                                Some(i) if bytes_mode => match num_traits::ToPrimitive::to_u8(&i.to_big()) {
                                    Some(b) => (b as char).to_string(),
                                    None => return self.overflow_error("%c arg not in range(256)"),
                                },
                                None if bytes_mode => return self.type_error("%c requires an integer in range(256) or a single byte"),
                                Some(i) => match tern_format::percent_char_from_int(&i.to_big()) {
                                    Ok(c) => c.to_string(),
                                    Err(e) if e.kind == FormatErrorKind::Surrogate => {
                                        // A lone surrogate: its stand-in, mapped back by `percent_format`.
                                        let cp = num_traits::ToPrimitive::to_u32(&i.to_big()).unwrap_or(0xD800);
                                        self.made_stand_ins = true;
                                        char::from_u32(cp - 0xD800 + crate::str::STAND_IN).unwrap_or('\u{fffd}').to_string()
                                    }
                                    Err(e) => return self.format_error(e),
                                },
                                None => return self.type_error("%c requires int or char"),
                            }
                        }
                    };
                    tern_format::percent_str_pad(&s, &spec)
                }
                _ => return self.format_error(tern_format::percent_unsupported(fmt, &d)),
            };
            match piece {
                Ok(p) => out.push_str(&p),
                Err(e) => return self.format_error(e),
            }
            pos = d.end;
        }
        if next < items.len() && !used_mapping && !(items.len() == 1 && is_mapping(self)) {
            let what = if bytes_mode { "bytes" } else { "string" };
            return self.type_error(format!("not all arguments converted during {what} formatting"));
        }
        Ok(out)
    }

    /// The int a `%d`/`%i`/`%u` conversion formats (an int, a float
    /// truncated, or what `__int__` or `__index__` return, as CPython's
    /// `int()`), or that `%o`/`%x`/`%X` format (`__index__` only); None
    /// when `v` offers none of these.
    fn percent_int_arg(&mut self, v: &Value, conv: char) -> PyResult<Option<num_bigint::BigInt>> {
        if let Some(i) = as_int(v) {
            return Ok(Some(i.to_big()));
        }
        let decimal = matches!(conv, 'd' | 'i' | 'u');
        let float = crate::methods::number_dunders::float_of(v);
        if let (Some(f), true) = (float, decimal) {
            return match tern_format::f64_to_bigint(f.trunc()) {
                Some(b) => Ok(Some(b)),
                None if f.is_nan() => self.value_error("cannot convert float NaN to integer"),
                None => self.overflow_error("cannot convert float infinity to integer"),
            };
        }
        let methods: &[&str] = if decimal { &["__int__", "__index__"] } else { &["__index__"] };
        for name in methods {
            if let Some(m) = self.user_special(v, name) {
                // A TypeError on the way (a non-int result) is reported as
                // the conversion's own "required" error, as in CPython.
                return match self.call(&m, Args::new(std::slice::from_ref(v))) {
                    Ok(r) => Ok(as_int(&r).map(|i| i.to_big())),
                    Err(e) if self.exc_matches(&e, "TypeError") => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        Ok(None)
    }

    /// The bytes `%s`/`%b` of a bytes format inserts: bytes-like objects
    /// and the result of `__bytes__`; `None` for anything else.
    fn percent_bytes_arg(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(m) = self.user_special(v, "__bytes__") {
            let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
            return match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => self.buffer_of(&r),
                _ => {
                    let tn = self.type_name(&r);
                    self.type_error(format!("__bytes__ returned non-bytes (type {tn})"))
                }
            };
        }
        self.buffer_of(v)
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
}
