//! UNPACK_SEQUENCE: exact tuples (two items, or any fixed count) and
//! exact lists of the expected length.

use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use tern_bytecode::Opcode;

pub fn specialize(vm: &Vm, n: u32, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [Value::Obj(o)] = operands else { return Err("not a heap sequence") };
    match &o.payload {
        Payload::Tuple(t) if Rc::ptr_eq(o.class(), &vm.types.tuple) && t.len() == n as usize => {
            Ok(if n == 2 { Opcode::UNPACK_SEQUENCE_TWO_TUPLE } else { Opcode::UNPACK_SEQUENCE_TUPLE })
        }
        Payload::List(l) if Rc::ptr_eq(o.class(), &vm.types.list) && l.borrow().len() == n as usize => Ok(Opcode::UNPACK_SEQUENCE_LIST),
        _ => Err("sequence kind or length not specialized"),
    }
}
