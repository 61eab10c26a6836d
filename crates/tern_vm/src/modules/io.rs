//! `open()` for text files.

use crate::file::{FileData, FileKind};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// Opens `path` in a text mode (`r`, `w`, `a`, with optional `t`/`+`).
pub fn open_file(vm: &mut Vm, path: &str, mode: &str) -> PyResult {
    let m: String = mode.chars().filter(|c| *c != 't').collect();
    if m.contains('b') {
        return vm.value_error("binary mode files are not supported by tern yet");
    }
    let result = match m.as_str() {
        "r" => std::fs::File::open(path).map(|f| FileKind::Read(std::io::BufReader::new(f))),
        "w" => std::fs::File::create(path).map(|f| FileKind::Write(std::io::BufWriter::new(f))),
        "a" => std::fs::OpenOptions::new().append(true).create(true).open(path).map(|f| FileKind::Write(std::io::BufWriter::new(f))),
        "x" => std::fs::OpenOptions::new().write(true).create_new(true).open(path).map(|f| FileKind::Write(std::io::BufWriter::new(f))),
        _ => return vm.value_error(format!("invalid mode: '{mode}'")),
    };
    match result {
        Ok(kind) => {
            let f = FileData { kind, name: path.to_string(), mode: mode.to_string() };
            Ok(vm.new_object(vm.types.text_io.clone(), Payload::File(RefCell::new(f))))
        }
        Err(e) => Err(os_error(vm, &e, path)),
    }
}

/// An OSError subclass for an io error, as CPython picks it.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::value::Obj {
    let (cls, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17, "File exists"),
        _ => match e.raw_os_error() {
            Some(21) => ("IsADirectoryError", 21, "Is a directory"),
            Some(20) => ("NotADirectoryError", 20, "Not a directory"),
            _ => ("OSError", e.raw_os_error().unwrap_or(5) as i64, "Input/output error"),
        },
    };
    let t = vm.exc_type(cls);
    let args = vec![Value::Int(errno), vm.new_str(msg), vm.new_str(path)];
    let ex = vm.new_exception(&t, args.clone());
    vm.set_exc_attr(&ex, "errno", args[0].clone());
    vm.set_exc_attr(&ex, "strerror", args[1].clone());
    vm.set_exc_attr(&ex, "filename", args[2].clone());
    vm.set_exc_attr(&ex, "filename2", Value::None);
    ex
}
