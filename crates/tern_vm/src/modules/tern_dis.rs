//! The `tern` module: tern-specific introspection for Python programs.
//! `tern.dis(x)` prints the quickened bytecode of a function, method,
//! class (each of its functions) or code object, as `-X dis` does at exit,
//! with a summary of each inline cache; nested code objects follow.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "dis", dis);
}

/// `dis(x)`: writes the disassembly to `sys.stdout`.
fn dis(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "dis", &args, 1, 1)?;
    let mut codes = Vec::new();
    collect_codes(vm, &args.pos[0], &mut codes, 0)?;
    let mut text = String::new();
    let mut i = 0;
    while i < codes.len() {
        let code: Rc<crate::code::Code> = codes[i].clone();
        text.push_str(&code.disassembly());
        for c in code.consts.iter() {
            if let Value::Obj(o) = c {
                if let Payload::Code(inner) = &o.payload {
                    codes.push(inner.clone());
                }
            }
        }
        i += 1;
    }
    let out = vm.sys_attr("stdout").unwrap_or(Value::None);
    let s = vm.new_string(text);
    vm.call_method(&out, "write", &[s])?;
    Ok(Value::None)
}

/// The code objects `x` stands for.
fn collect_codes(vm: &mut Vm, x: &Value, out: &mut Vec<Rc<crate::code::Code>>, depth: usize) -> PyResult<()> {
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Function(f) => {
                out.push(f.code());
                return Ok(());
            }
            Payload::Code(c) => {
                out.push(c.clone());
                return Ok(());
            }
            Payload::BoundMethod { func, .. } | Payload::StaticMethod(func) | Payload::ClassMethod(func) if depth < 2 => {
                return collect_codes(vm, func, out, depth + 1);
            }
            Payload::Type(_) if depth == 0 => {
                let values: Vec<Value> = match o.dict.get().map(|d| &d.payload) {
                    Some(Payload::Dict(d)) => d.borrow().items().into_iter().map(|(_, v)| v).collect(),
                    _ => Vec::new(),
                };
                for v in values {
                    let _ = collect_codes(vm, &v, out, depth + 1);
                }
                return Ok(());
            }
            _ => {}
        }
    }
    let tn = vm.type_name(x);
    vm.type_error(format!("don't know how to disassemble {tn} objects"))
}
