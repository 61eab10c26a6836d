//! The arguments of `bytes(...)`, `bytearray(...)` and `bytearray.__init__`
//! (`source`, `encoding`, `errors`) and the bytes they describe, with
//! CPython's checks and messages.

use crate::function::Args;
use crate::int::{as_int, IntVal};
use crate::value::Value;
use crate::{PyResult, Vm};

/// The contents of `name(*args)`, `name` being "bytes" or "bytearray" and
/// `args` not including the class. (`bytes`'s `__bytes__` is the caller's.)
pub fn contents(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let a = crate::modules::tern_binascii::parse(vm, name, args, &["source", "encoding", "errors"], 0)?;
    let encoding = text_arg(vm, a[1], name, "encoding")?;
    let errors = text_arg(vm, a[2], name, "errors")?;
    let Some(source) = a[0] else {
        return match (&encoding, &errors) {
            (Some(_), _) => vm.type_error("encoding without a string argument"),
            (None, Some(_)) => vm.type_error("errors without a string argument"),
            (None, None) => Ok(Vec::new()),
        };
    };
    if let Some(s) = crate::builtins::pystr_of(source) {
        let Some(enc) = encoding else { return vm.type_error("string argument without an encoding") };
        return crate::methods::bytes::encode_pystr(vm, s, enc, errors.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return vm.type_error("encoding without a string argument");
    }
    if errors.is_some() {
        return vm.type_error("errors without a string argument");
    }
    if let Some(n) = vm.index_value(source)? {
        return zeros(vm, &n);
    }
    if let Some(b) = vm.buffer_of(source)? {
        return Ok(b);
    }
    if vm.has_iter(source) {
        let out_of_range = if name == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
        let mut out = Vec::new();
        for item in vm.iterate(source)? {
            let Some(i) = vm.index_value(&item)? else {
                let tn = vm.type_name(&item);
                return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            };
            match as_int(&i) {
                Some(IntVal::Small(b)) if (0..256).contains(&b) => out.push(b as u8),
                _ => return vm.value_error(out_of_range),
            }
        }
        return Ok(out);
    }
    let tn = vm.type_name(source);
    vm.type_error(format!("cannot convert '{tn}' object to {name}"))
}

/// `encoding` or `errors`: absent, or a str.
fn text_arg<'a>(vm: &mut Vm, v: Option<&'a Value>, fname: &str, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match crate::builtins::str_of(v) {
            Some(s) => Ok(Some(s)),
            None => {
                let tn = vm.type_name(v);
                vm.type_error(format!("{fname}() argument '{what}' must be str, not {tn}"))
            }
        },
    }
}

/// `bytes(n)`: n zero bytes.
fn zeros(vm: &mut Vm, n: &Value) -> PyResult<Vec<u8>> {
    match as_int(n) {
        Some(IntVal::Small(n)) if n < 0 => vm.value_error("negative count"),
        Some(IntVal::Small(n)) => {
            vm.check_alloc(n as usize, 1)?;
            Ok(vec![0u8; n as usize])
        }
        _ => vm.overflow_error("cannot fit 'int' into an index-sized integer"),
    }
}
