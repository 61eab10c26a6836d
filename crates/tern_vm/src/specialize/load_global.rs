//! LOAD_GLOBAL: MODULE (hit in the module dict) and BUILTIN (hit in the
//! builtins dict, with the module dict proven not to have the name). The
//! site registers with both dicts' watchers (see `watchers`): any change
//! of their keys rewrites it back to LOAD_GLOBAL, so a hit checks only
//! that the frame runs with the dicts the code was specialized for, then
//! reads the entry at the cached index: no hashing, no version check.

use crate::code::Code;
use crate::object::Payload;
use crate::value::Value;
use crate::{watchers, Vm};
use std::rc::Rc;
use tern_bytecode::Opcode;

/// Cache layout: [counter, module keys version, builtins keys version, index]
/// (the versions are informational: the watchers guard the layout).
pub fn specialize(vm: &mut Vm, code: &Rc<Code>, pc: usize, arg: u32, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [Value::Obj(globals), Value::Obj(builtins)] = operands else { return Err("no globals") };
    let (Payload::Dict(g), Payload::Dict(b)) = (&globals.payload, &builtins.payload) else { return Err("globals not a dict") };
    if !Rc::ptr_eq(globals.class(), &vm.types.dict) {
        return Err("globals is a dict subclass");
    }
    let name = &code.names[(arg >> 1) as usize];
    let h = match name {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            _ => return Err("name not a str"),
        },
        _ => return Err("name not a str"),
    };
    let reset = super::initial_counter(vm);
    let gd = g.borrow();
    if let Some(i) = gd.find_fast(h, name, |a, b| Some(a.is(b))) {
        code.words[pc + 2].set(gd.keys_version());
        code.words[pc + 4].set(i as u32);
        watchers::add_site(gd.watch(), code, pc, reset);
        code.spec_globals.set(Rc::as_ptr(globals) as usize);
        return Ok(Opcode::LOAD_GLOBAL_MODULE);
    }
    if gd.find_fast(h, name, crate::dictops::fast_eq).is_some() {
        return Err("global key is not the interned name");
    }
    let bd = b.borrow();
    if let Some(i) = bd.find_fast(h, name, |a, b| Some(a.is(b))) {
        code.words[pc + 2].set(gd.keys_version());
        code.words[pc + 3].set(bd.keys_version());
        code.words[pc + 4].set(i as u32);
        watchers::add_site(gd.watch(), code, pc, reset);
        watchers::add_site(bd.watch(), code, pc, reset);
        code.spec_globals.set(Rc::as_ptr(globals) as usize);
        code.spec_builtins.set(Rc::as_ptr(builtins) as usize);
        return Ok(Opcode::LOAD_GLOBAL_BUILTIN);
    }
    Err("name not found")
}
