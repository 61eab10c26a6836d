//! str methods.

use super::nargs;
use crate::builtins::str_of;
use crate::function::Args;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("join", join),
        ("split", stand_ins::split),
        ("rsplit", stand_ins::rsplit),
        ("splitlines", stand_ins::splitlines),
        ("strip", stand_ins::strip),
        ("lstrip", stand_ins::lstrip),
        ("rstrip", stand_ins::rstrip),
        ("startswith", stand_ins::startswith),
        ("endswith", stand_ins::endswith),
        ("find", stand_ins::find),
        ("rfind", stand_ins::rfind),
        ("index", stand_ins::index),
        ("rindex", stand_ins::rindex),
        ("count", stand_ins::count),
        ("replace", stand_ins::replace),
        ("upper", stand_ins::upper),
        ("lower", stand_ins::lower),
        ("casefold", stand_ins::casefold),
        ("title", stand_ins::title),
        ("capitalize", stand_ins::capitalize),
        ("swapcase", stand_ins::swapcase),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("center", stand_ins::center),
        ("ljust", stand_ins::ljust),
        ("rjust", stand_ins::rjust),
        ("zfill", stand_ins::zfill),
        ("format", stand_ins::format),
        ("format_map", stand_ins::format_map),
        ("encode", encode),
        ("partition", stand_ins::partition),
        ("rpartition", stand_ins::rpartition),
        ("expandtabs", stand_ins::expandtabs),
        ("translate", translate),
        ("removeprefix", stand_ins::removeprefix),
        ("removesuffix", stand_ins::removesuffix),
        ("__mod__", mod_),
        ("__format__", stand_ins::dunder_format),
        ("__str__", dunder_str),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_staticmethod(&t, "maketrans", maketrans);
}

/// Runs str method `f`. When an argument is a str (or a tuple of them)
/// with lone surrogates, the method works on their stand-in text (see
/// `str.rs`), and the stand-ins in its result are mapped back. The `is...`
/// predicates need no wrapper: a stand-in, like a surrogate, is not
/// alphanumeric, printable, space or cased.
#[inline(always)]
fn with_stand_ins(vm: &mut Vm, args: Args, f: crate::function::NativeFn) -> PyResult {
    let mut surrogates = false;
    for v in args.pos {
        surrogates |= Vm::any_surrogates(v);
    }
    for v in args.kwvals {
        surrogates |= Vm::any_surrogates(v);
    }
    if !surrogates {
        return f(vm, args);
    }
    stand_ins_mapped(vm, args, f)
}

#[cold]
#[inline(never)]
fn stand_ins_mapped(vm: &mut Vm, args: Args, f: crate::function::NativeFn) -> PyResult {
    for v in args.pos.iter().chain(args.kwvals) {
        vm.check_no_stand_ins(v)?;
    }
    let r = f(vm, args)?;
    Ok(vm.map_stand_ins(r))
}

macro_rules! stand_ins {
    ($($f:ident),* $(,)?) => {
        /// The str methods, through [`with_stand_ins`].
        mod stand_ins {
            use crate::function::Args;
            use crate::{PyResult, Vm};
            $(pub fn $f(vm: &mut Vm, args: Args) -> PyResult {
                super::with_stand_ins(vm, args, super::$f)
            })*
        }
    };
}

stand_ins!(
    split,
    rsplit,
    splitlines,
    strip,
    lstrip,
    rstrip,
    startswith,
    endswith,
    find,
    rfind,
    index,
    rindex,
    count,
    replace,
    upper,
    lower,
    casefold,
    title,
    capitalize,
    swapcase,
    center,
    ljust,
    rjust,
    zfill,
    format,
    format_map,
    partition,
    rpartition,
    expandtabs,
    removeprefix,
    removesuffix,
    dunder_format
);

/// The receiver's text.
fn me<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a str> {
    match args.pos.first().and_then(str_of) {
        Some(s) => Ok(s),
        None => vm.type_error("descriptor requires a 'str' object"),
    }
}

/// `r`, a part of the receiver's text, as a str: the receiver itself when
/// `r` is all of it and the receiver is an exact str, as CPython returns
/// `self` from `strip`, `replace`, `removeprefix`... that change nothing.
fn same_or_new(vm: &Vm, args: &Args, r: &str) -> Value {
    if let Some(recv @ Value::Obj(o)) = args.pos.first() {
        if let crate::object::Payload::Str(ps) = &o.payload {
            if r.len() == ps.byte_len() && !ps.has_surrogates() && std::rc::Rc::ptr_eq(o.class(), &vm.types.str_) {
                return recv.clone();
            }
        }
    }
    vm.new_str(r)
}

/// The receiver with its cached character count and ASCII flag.
fn me_text<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(&'a str, usize, bool)> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let crate::object::Payload::Str(ps) = &o.payload {
            return Ok((ps.as_str(), ps.nchars, ps.is_ascii()));
        }
    }
    vm.type_error("descriptor requires a 'str' object")
}

/// A str argument; when it is not one, CPython's TypeError `"{what}, not
/// {type}"` (`what` is the message's start: "must be str").
fn str_arg<'v>(vm: &mut Vm, v: &'v Value, what: &str) -> PyResult<&'v str> {
    match str_of(v) {
        Some(s) => Ok(s),
        None => vm.type_error(format!("{what}, not {}", vm.type_name(v))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "join", 1, 1)?;
    let sep = me(vm, &args)?;
    if !vm.has_iter(&args.pos[1]) {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.iterate(&args.pos[1])?;
    let mut out = String::new();
    let mut surrogates = crate::builtins::pystr_of(&args.pos[0]).is_some_and(|p| p.has_surrogates());
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match crate::builtins::pystr_of(it).map(|p| p.to_str()) {
            Some(Some(s)) => out.push_str(s),
            Some(None) => surrogates = true,
            None => return vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(it))),
        }
    }
    if surrogates {
        return Ok(join_wtf8(vm, &args.pos[0], &items));
    }
    Ok(vm.new_string(out))
}

/// `sep.join(items)` again, from the true texts (lone surrogates).
#[cold]
#[inline(never)]
fn join_wtf8(vm: &mut Vm, sep: &Value, items: &[Value]) -> Value {
    let sep = crate::builtins::pystr_of(sep).map(|p| p.wtf8()).unwrap_or_default();
    let mut b = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            b.extend_from_slice(sep);
        }
        b.extend_from_slice(crate::builtins::pystr_of(it).map(|p| p.wtf8()).unwrap_or_default());
    }
    vm.new_str_wtf8(b)
}

fn split_args<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(Option<&'a str>, i64)> {
    let sep = args.pos.get(1).or_else(|| args.kw("sep")).filter(|v| !v.is_none());
    let maxsplit = match args.pos.get(2).or_else(|| args.kw("maxsplit")) {
        Some(v) => vm.index_of(v)?.unwrap_or(-1),
        None => -1,
    };
    let sep = match sep {
        None => None,
        Some(sep) => {
            let s = str_arg(vm, sep, "must be str or None")?;
            if s.is_empty() {
                return vm.value_error("empty separator");
            }
            Some(s)
        }
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, &args)?;
    let items: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep).map(|x| vm.new_str(x)).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep).map(|x| vm.new_str(x)).collect()
            }
        }
        None if s.is_ascii() => split_ascii_whitespace(vm, s, maxsplit),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(vm.new_str(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(vm.new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
                n += 1;
            }
            out
        }
    };
    Ok(vm.new_list(items))
}

/// Python's whitespace (`str.isspace`): Unicode's White_Space and the
/// separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

/// `s.split(None, maxsplit)` of ASCII text, byte by byte.
fn split_ascii_whitespace(vm: &Vm, s: &str, maxsplit: i64) -> Vec<Value> {
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(vm.new_str(&s[i..]));
            break;
        }
        let start = i;
        while i < b.len() && !space(b[i]) {
            i += 1;
        }
        out.push(vm.new_str(&s[start..i]));
    }
    out
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, &args)?;
    let items: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep).map(|x| vm.new_str(x)).collect()
            } else {
                let mut v: Vec<Value> = s.rsplitn(maxsplit as usize + 1, sep).map(|x| vm.new_str(x)).collect();
                v.reverse();
                v
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(vm.new_str(rest));
                    break;
                }
                let start = rest.rfind(is_py_space).map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)).unwrap_or(0);
                out.push(vm.new_str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_py_space);
                n += 1;
            }
            out.reverse();
            out
        }
    };
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let keep = match args.pos.get(1).or_else(|| args.kw("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut start = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + 1;
            if c == '\r' && i + 1 < chars.len() && chars[i + 1] == '\n' {
                end = i + 2;
            }
            let line: String = if keep { chars[start..end].iter().collect() } else { chars[start..i].iter().collect() };
            out.push(line);
            i = end;
            start = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    let items = out.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(items))
}

fn strip_chars(vm: &mut Vm, args: &Args) -> PyResult<Option<Vec<char>>> {
    match args.pos.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match str_of(v) {
            Some(s) => Ok(Some(s.chars().collect())),
            None => vm.type_error("strip arg must be None or str"),
        },
    }
}

fn do_strip(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult {
    let s = me(vm, &args)?;
    let chars = strip_chars(vm, &args)?;
    let f = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_py_space(c),
    };
    let mut r: &str = s;
    if left {
        r = r.trim_start_matches(f);
    }
    if right {
        r = r.trim_end_matches(f);
    }
    Ok(same_or_new(vm, &args, r))
}
fn strip(vm: &mut Vm, args: Args) -> PyResult {
    do_strip(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult {
    do_strip(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult {
    do_strip(vm, args, false, true)
}

/// Byte offset of char index `i` in `s`.
fn byte_at(s: &str, i: usize, ascii: bool) -> usize {
    if ascii {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
    }
}

fn char_index(s: &str, b: usize, ascii: bool) -> usize {
    if ascii {
        b
    } else {
        s[..b].chars().count()
    }
}

fn affix(vm: &mut Vm, args: Args, prefix: bool) -> PyResult {
    let name = if prefix { "startswith" } else { "endswith" };
    nargs(vm, &args, name, 1, 3)?;
    let (s, n, ascii) = me_text(vm, &args)?;
    let Some((start, end)) = super::bytes_search::search_range(vm, &args, 2, n)? else {
        return Ok(Value::Bool(false));
    };
    let sub = &s[byte_at(s, start, ascii)..byte_at(s, end, ascii)];
    let cands: Vec<Value> = match &args.pos[1] {
        Value::Obj(o) if matches!(o.payload, crate::object::Payload::Tuple(_)) => vm.iterate(&args.pos[1])?,
        v => vec![v.clone()],
    };
    for c in &cands {
        let Some(cs) = str_of(c) else {
            return vm.type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(c)));
        };
        let hit = if prefix { sub.starts_with(cs) } else { sub.ends_with(cs) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, args, true)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, args, false)
}

fn find_impl(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Option<usize>> {
    nargs(vm, args, if reverse { "rfind" } else { "find" }, 1, 3)?;
    let (s, n, ascii) = me_text(vm, args)?;
    let sub = match args.pos.get(1).and_then(str_of) {
        Some(x) => x,
        None => return vm.type_error(format!("must be str, not {}", vm.type_name(&args.pos[1]))),
    };
    let Some((start, end)) = super::bytes_search::search_range(vm, args, 2, n)? else {
        return Ok(None);
    };
    let (bs, be) = (byte_at(s, start, ascii), byte_at(s, end, ascii));
    let hay = &s[bs..be];
    let r = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|b| char_index(s, bs + b, ascii)))
}
fn find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("substring not found"),
    }
}
fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("substring not found"),
    }
}
fn count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 3)?;
    let (s, n, ascii) = me_text(vm, &args)?;
    let sub = str_arg(vm, &args.pos[1], "must be str")?;
    let Some((start, end)) = super::bytes_search::search_range(vm, &args, 2, n)? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[byte_at(s, start, ascii)..byte_at(s, end, ascii)];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}
fn replace(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "replace", 2, 3)?;
    let s = me(vm, &args)?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1 must be str")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2 must be str")?;
    let count = match args.pos.get(3) {
        Some(v) => vm.index_of(v)?.unwrap_or(-1),
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same_or_new(vm, &args, s));
    }
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else {
            s.replace(old, new)
        }
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_string(r))
}
fn upper(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    if s.is_ascii() {
        return Ok(map_ascii(vm, s, u8::to_ascii_uppercase));
    }
    Ok(vm.new_string(s.to_uppercase()))
}
fn lower(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    if s.is_ascii() {
        return Ok(map_ascii(vm, s, u8::to_ascii_lowercase));
    }
    Ok(vm.new_string(s.to_lowercase()))
}

/// An ASCII string with `f` applied to each byte; short ones are mapped
/// on the stack, so the new str is the only allocation.
fn map_ascii(vm: &mut Vm, s: &str, f: fn(&u8) -> u8) -> Value {
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() {
        for (d, b) in buf.iter_mut().zip(s.as_bytes()) {
            *d = f(b);
        }
        // ASCII in, ASCII out.
        return match crate::str::PyStr::from_ascii(&buf[..s.len()]) {
            Some(ps) => vm.new_pystr(ps),
            None => vm.new_str(""),
        };
    }
    let out: Vec<u8> = s.bytes().map(|b| f(&b)).collect();
    vm.new_string(String::from_utf8(out).unwrap_or_default())
}
fn title(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(vm.new_string(crate::unicase::title(s)))
}
fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(vm.new_string(crate::unicase::capitalize(s)))
}
fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(vm.new_string(crate::unicase::swapcase(s)))
}
fn casefold(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(vm.new_string(crate::unicase::casefold(s)))
}
fn pred(vm: &mut Vm, args: Args, f: fn(char) -> bool) -> PyResult {
    let s = me(vm, &args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn isdigit(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, crate::unicase::is_digit)
}
fn isdecimal(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, crate::unicase::is_decimal)
}
fn isnumeric(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, crate::unicase::is_numeric)
}
fn isalpha(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, crate::unicase::is_alpha)
}
fn isalnum(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, crate::unicase::is_alnum)
}
fn isspace(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, is_py_space)
}
fn isupper(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let cased = s.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    Ok(Value::Bool(cased && !s.chars().any(|c| c.is_lowercase())))
}
fn islower(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let cased = s.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    Ok(Value::Bool(cased && !s.chars().any(|c| c.is_uppercase())))
}
fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(Value::Bool(crate::unicase::istitle(s)))
}
/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue. The joiners
/// U+200C/U+200D joined XID_Continue after Unicode 14, CPython 3.11's.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    let cont = |c: char| unicode_ident::is_xid_continue(c) && !matches!(c, '\u{200c}' | '\u{200d}');
    match cs.next() {
        Some(c) => (c == '_' || unicode_ident::is_xid_start(c)) && cs.all(cont),
        None => false,
    }
}
fn isidentifier(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(Value::Bool(is_identifier(s)))
}
fn isprintable(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(Value::Bool(s.chars().all(crate::unicase::is_printable)))
}
fn isascii(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    Ok(Value::Bool(s.is_ascii()))
}
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, usize, char)> {
    nargs(vm, args, name, 1, 2)?;
    let s = me(vm, args)?;
    let w = match vm.index_of(&args.pos[1])? {
        Some(w) => w.max(0) as usize,
        None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1]))),
    };
    let fill = match args.pos.get(2) {
        Some(f) => {
            let fs = str_arg(vm, f, "The fill character must be a unicode character")?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return vm.type_error("The fill character must be exactly one character long"),
            }
        }
        None => ' ',
    };
    vm.check_alloc(w, fill.len_utf8())?;
    Ok((s.to_string(), w, fill))
}
fn center(vm: &mut Vm, args: Args) -> PyResult {
    let (s, w, fill) = pad_args(vm, &args, "center")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(vm.new_string(s));
    }
    let total = w - n;
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let out = format!("{}{}{}", fill.to_string().repeat(left), s, fill.to_string().repeat(right));
    Ok(vm.new_string(out))
}
fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    let (s, w, fill) = pad_args(vm, &args, "ljust")?;
    let n = s.chars().count();
    let out = if w > n { format!("{}{}", s, fill.to_string().repeat(w - n)) } else { s };
    Ok(vm.new_string(out))
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    let (s, w, fill) = pad_args(vm, &args, "rjust")?;
    let n = s.chars().count();
    let out = if w > n { format!("{}{}", fill.to_string().repeat(w - n), s) } else { s };
    Ok(vm.new_string(out))
}
fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "zfill", 1, 1)?;
    let s = me(vm, &args)?;
    let w = match vm.index_of(&args.pos[1])? {
        Some(w) => w.max(0) as usize,
        None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1]))),
    };
    let n = s.chars().count();
    if w <= n {
        return Ok(vm.new_str(s));
    }
    vm.check_alloc(w, 1)?;
    let (sign, rest) = if s.starts_with('+') || s.starts_with('-') { (&s[..1], &s[1..]) } else { ("", s) };
    let out = format!("{sign}{}{rest}", "0".repeat(w - n));
    Ok(vm.new_string(out))
}
fn format(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    vm.made_stand_ins = false;
    let r = vm.str_format(s, &args.pos[1..], args.kwnames, args.kwvals)?;
    let r = vm.new_string(r);
    made_stand_ins(vm, r, &args)
}

/// str.format's result, with the stand-ins of `{:c}` of a surrogate mapped
/// back (`Vm::made_stand_ins`).
fn made_stand_ins(vm: &mut Vm, r: Value, args: &Args) -> PyResult {
    if !std::mem::take(&mut vm.made_stand_ins) {
        return Ok(r);
    }
    for v in args.pos.iter().chain(args.kwvals) {
        vm.check_no_stand_ins(v)?;
    }
    Ok(vm.map_stand_ins(r))
}
fn format_map(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "format_map", 1, 1)?;
    let s = me(vm, &args)?;
    vm.made_stand_ins = false;
    let r = vm.str_format_with(s, crate::strformat::FormatSource::Map(&args.pos[1]))?;
    let r = vm.new_string(r);
    made_stand_ins(vm, r, &args)
}
fn encode(vm: &mut Vm, args: Args) -> PyResult {
    let Some(s) = args.pos.first().and_then(crate::builtins::pystr_of) else {
        return vm.type_error("descriptor requires a 'str' object");
    };
    let (enc, errors) = super::bytes::codec_args(vm, &args, "encode")?;
    let b = super::bytes::encode_pystr(vm, s, enc, errors)?;
    Ok(vm.new_bytes(b))
}
fn part(vm: &mut Vm, args: Args, reverse: bool) -> PyResult {
    nargs(vm, &args, "partition", 1, 1)?;
    let s = me(vm, &args)?;
    let sep = str_arg(vm, &args.pos[1], "must be str")?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let pos = if reverse { s.rfind(sep) } else { s.find(sep) };
    let (a, b, c) = match pos {
        Some(p) => (&s[..p], sep, &s[p + sep.len()..]),
        None if reverse => ("", "", s),
        None => (s, "", ""),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}
fn partition(vm: &mut Vm, args: Args) -> PyResult {
    part(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult {
    part(vm, args, true)
}
fn expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let s = me(vm, &args)?;
    let size = match args.pos.get(1).or_else(|| args.kw("tabsize")) {
        Some(v) => vm.index_of(v)?.unwrap_or(8),
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}
fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let d = vm.new_dict();
    match args.pos.len() {
        1 => {
            if !matches!(&args.pos[0], Value::Obj(o) if matches!(o.payload, crate::object::Payload::Dict(_))) {
                return vm.type_error("if you give only one argument to maketrans it must be a dict");
            }
            for (k, v) in vm.mapping_items(&args.pos[0])? {
                let key = match crate::builtins::pystr_of(&k) {
                    Some(s) if s.nchars == 1 => Value::Int(s.cp_at(0) as i64),
                    Some(_) => return vm.value_error("string keys in translate table must be of length 1"),
                    None if crate::int::as_int(&k).is_some() => k,
                    None => return vm.type_error("keys in translate table must be strings or integers"),
                };
                vm.setitem(&d, key, v)?;
            }
        }
        2 | 3 => {
            // Code points, lone surrogates included.
            let cps = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Vec<u32>> {
                str_arg(vm, v, what)?;
                Ok(crate::builtins::pystr_of(v).map(|p| p.code_points().collect()).unwrap_or_default())
            };
            if str_of(&args.pos[0]).is_none() {
                return vm.type_error("first maketrans argument must be a string if there is a second argument");
            }
            let a = cps(vm, &args.pos[0], "")?;
            let b = cps(vm, &args.pos[1], "maketrans() argument 2 must be str")?;
            if a.len() != b.len() {
                return vm.value_error("the first two maketrans arguments must have equal length");
            }
            for (x, y) in a.into_iter().zip(b) {
                vm.setitem(&d, Value::Int(x as i64), Value::Int(y as i64))?;
            }
            if let Some(z) = args.pos.get(2) {
                for c in cps(vm, z, "maketrans() argument 3 must be str")? {
                    vm.setitem(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        0 => return vm.type_error("maketrans expected at least 1 argument, got 0"),
        n => return vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")),
    }
    Ok(d)
}
fn translate(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "translate", 1, 1)?;
    let Some(s) = args.pos.first().and_then(crate::builtins::pystr_of) else {
        return vm.type_error("descriptor requires a 'str' object");
    };
    let table = args.pos[1].clone();
    // Generalized UTF-8 (`str.rs`): lone surrogates may come from the str
    // or from the table.
    let mut out = Vec::with_capacity(s.byte_len());
    for c in s.code_points() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().filter(|&n| n <= 0x10FFFF) {
                Some(n) => crate::str::push_cp(&mut out, n),
                None => return vm.value_error("character mapping must be in range(0x110000)"),
            },
            Ok(v) => match crate::builtins::pystr_of(&v) {
                Some(t) => out.extend_from_slice(t.wtf8()),
                None => return vm.type_error("character mapping must return integer, None or str"),
            },
            Err(e) if vm.exc_matches(&e, "LookupError") => crate::str::push_cp(&mut out, c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str_wtf8(out))
}
fn removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "removeprefix", 1, 1)?;
    let s = me(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument must be str")?;
    Ok(same_or_new(vm, &args, s.strip_prefix(p).unwrap_or(s)))
}
fn removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "removesuffix", 1, 1)?;
    let s = me(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument must be str")?;
    Ok(same_or_new(vm, &args, if p.is_empty() { s } else { s.strip_suffix(p).unwrap_or(s) }))
}
fn mod_(vm: &mut Vm, args: Args) -> PyResult {
    vm.percent_format(&args.pos[0], &args.pos[1])
}
fn dunder_format(vm: &mut Vm, args: Args) -> PyResult {
    let spec = args.pos.get(1).and_then(str_of).unwrap_or("").to_string();
    let s = vm.format_builtin(&args.pos[0], &spec)?;
    Ok(vm.new_string(s))
}
fn dunder_str(vm: &mut Vm, args: Args) -> PyResult {
    me(vm, &args)?;
    let v = &args.pos[0];
    if vm.isinstance_exact(v, &vm.types.str_.clone()) {
        return Ok(v.clone());
    }
    let ps = crate::builtins::pystr_of(v).map(crate::str::PyStr::copy).unwrap_or_else(|| crate::str::PyStr::new(""));
    Ok(vm.new_pystr(ps))
}
