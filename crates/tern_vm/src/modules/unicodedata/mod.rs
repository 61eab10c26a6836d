//! `_tern_unicodedata`, under the frozen `unicodedata`: character
//! properties from CPython 3.11's tables (`tables.rs`, Unicode 14),
//! normalization forms (the `unicode-normalization` crate) and character
//! names (`unicode_names2`), with CPython's errors.

mod tables;

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use unicode_normalization::UnicodeNormalization;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "category", |vm, a| prop(vm, a, "category", |p| tables::CATEGORIES[p.2 as usize]));
    vm.module_fn(m, "bidirectional", |vm, a| prop(vm, a, "bidirectional", |p| tables::BIDIRECTIONAL[p.3 as usize]));
    vm.module_fn(m, "east_asian_width", |vm, a| prop(vm, a, "east_asian_width", |p| tables::EAST_ASIAN_WIDTH[p.5 as usize]));
    vm.module_fn(m, "combining", |vm, a| {
        let c = char_arg(vm, &a, "combining", 1)?;
        Ok(Value::Int(props(c).4 as i64))
    });
    vm.module_fn(m, "mirrored", |vm, a| {
        let c = char_arg(vm, &a, "mirrored", 1)?;
        Ok(Value::Int(props(c).6 as i64))
    });
    vm.module_fn(m, "decomposition", |vm, a| {
        let c = char_arg(vm, &a, "decomposition", 1)?;
        let d = tables::DECOMPOSITION.binary_search_by_key(&c, |e| e.0).map_or("", |i| tables::DECOMPOSITION[i].1);
        Ok(vm.new_str(d))
    });
    vm.module_fn(m, "decimal", |vm, a| number(vm, a, "decimal"));
    vm.module_fn(m, "digit", |vm, a| number(vm, a, "digit"));
    vm.module_fn(m, "numeric", |vm, a| number(vm, a, "numeric"));
    vm.module_fn(m, "name", name);
    vm.module_fn(m, "lookup", lookup);
    vm.module_fn(m, "normalize", |vm, a| normalize(vm, a, false));
    vm.module_fn(m, "is_normalized", |vm, a| normalize(vm, a, true));
    let v = vm.new_str(tables::UNIDATA_VERSION);
    vm.set_dict_item_str(m, "unidata_version", v);
}

/// The one character `name()` takes (a str of length 1) as a code point.
fn char_arg(vm: &mut Vm, args: &Args, fname: &str, max: usize) -> PyResult<u32> {
    crate::builtins::check_args(vm, fname, args, 1, max)?;
    match crate::builtins::pystr_of(&args.pos[0]) {
        Some(s) if s.nchars == 1 => Ok(s.code_points().next().unwrap_or(0)),
        _ => vm.type_error(format!("{fname}() argument must be a unicode character, not {}", vm.type_name(&args.pos[0]))),
    }
}

type Props = (u32, u32, u8, u8, u8, u8, bool);

fn props(c: u32) -> Props {
    let i = tables::PROPS.partition_point(|p| p.1 < c);
    tables::PROPS.get(i).copied().unwrap_or((c, c, 0, 0, 0, 0, false))
}

fn prop(vm: &mut Vm, args: Args, fname: &str, f: fn(&Props) -> &'static str) -> PyResult {
    let c = char_arg(vm, &args, fname, 1)?;
    Ok(vm.new_str(f(&props(c))))
}

/// `decimal`/`digit`/`numeric(chr[, default])`.
fn number(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let c = char_arg(vm, &args, fname, 2)?;
    let found = tables::NUMERIC.binary_search_by_key(&c, |e| e.0).ok().map(|i| tables::NUMERIC[i]);
    let v = match (fname, found) {
        ("decimal", Some((_, d, _, _))) if d >= 0 => Some(Value::Int(d as i64)),
        ("digit", Some((_, _, d, _))) if d >= 0 => Some(Value::Int(d as i64)),
        ("numeric", Some((_, _, _, n))) => Some(Value::Float(n)),
        _ => None,
    };
    match (v, args.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => {
            let what = match fname {
                "decimal" => "not a decimal",
                "digit" => "not a digit",
                _ => "not a numeric character",
            };
            vm.value_error(what)
        }
    }
}

fn name(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "name", 2)?;
    let found = char::from_u32(c).filter(|_| tables::CATEGORIES[props(c).2 as usize] != "Cn").and_then(unicode_names2::name);
    match (found, args.pos.get(1)) {
        (Some(n), _) => Ok(vm.new_str(&n.to_string())),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => vm.value_error("no such name"),
    }
}

fn lookup(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "lookup", &args, 1, 1)?;
    let Some(n) = crate::builtins::str_of(&args.pos[0]) else {
        return vm.type_error(format!("lookup() argument must be str, not {}", vm.type_name(&args.pos[0])));
    };
    match unicode_names2::character(n).filter(|c| tables::CATEGORIES[props(*c as u32).2 as usize] != "Cn") {
        Some(c) => Ok(vm.new_str(&c.to_string())),
        None => {
            let e = vm.new_str(&format!("undefined character name '{n}'"));
            let cls = vm.exc_type("KeyError");
            Err(vm.new_exception(&cls, vec![e]))
        }
    }
}

/// `normalize(form, unistr)`, or `is_normalized` when `check`.
fn normalize(vm: &mut Vm, args: Args, check: bool) -> PyResult {
    let fname = if check { "is_normalized" } else { "normalize" };
    crate::builtins::check_args(vm, fname, &args, 2, 2)?;
    let Some(form) = crate::builtins::str_of(&args.pos[0]) else {
        return vm.type_error(format!("{fname}() argument 1 must be str, not {}", vm.type_name(&args.pos[0])));
    };
    let Some(text) = crate::builtins::pystr_of(&args.pos[1]) else {
        return vm.type_error(format!("{fname}() argument 2 must be str, not {}", vm.type_name(&args.pos[1])));
    };
    let s = text.as_str();
    let norm = |part: &str| -> Option<String> {
        Some(match form {
            "NFC" => part.nfc().collect(),
            "NFD" => part.nfd().collect(),
            "NFKC" => part.nfkc().collect(),
            "NFKD" => part.nfkd().collect(),
            _ => return None,
        })
    };
    // Characters unassigned in Unicode 14 stay as they are (the crate
    // knows a later Unicode), splitting the text around them.
    let unassigned = |c: char| tables::CATEGORIES[props(c as u32).2 as usize] == "Cn";
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for (i, c) in s.char_indices().filter(|(_, c)| unassigned(*c)).chain(std::iter::once((s.len(), ' '))) {
        match norm(&s[start..i]) {
            Some(n) => out.push_str(&n),
            None => return vm.value_error("invalid normalization form"),
        }
        if i < s.len() {
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    if check {
        return Ok(Value::Bool(out == s));
    }
    if out == s {
        return Ok(args.pos[1].clone());
    }
    if text.has_surrogates() {
        // Lone surrogates were carried as their stand-ins.
        return Ok(vm.new_pystr(crate::str::from_stand_in(&out)));
    }
    Ok(vm.new_string(out))
}
