//! BINARY_SUBSCR (list[int], tuple[int], str[int], dict[key]) and STORE_SUBSCR
//! (list[int], dict[key]) on exact builtin containers.

use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use tern_bytecode::Opcode;

/// `operands` are [container, key].
pub fn specialize(vm: &Vm, op: Opcode, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [Value::Obj(c), key] = operands else { return Err("container not an object") };
    let store = op == Opcode::STORE_SUBSCR;
    match (&c.payload, key) {
        (Payload::List(_), Value::Int(_)) if Rc::ptr_eq(c.class(), &vm.types.list) => {
            Ok(if store { Opcode::STORE_SUBSCR_LIST_INT } else { Opcode::BINARY_SUBSCR_LIST_INT })
        }
        (Payload::Tuple(_), Value::Int(_)) if !store && Rc::ptr_eq(c.class(), &vm.types.tuple) => Ok(Opcode::BINARY_SUBSCR_TUPLE_INT),
        (Payload::Str(_), Value::Int(_)) if !store && Rc::ptr_eq(c.class(), &vm.types.str_) => Ok(Opcode::BINARY_SUBSCR_STR_INT),
        (Payload::Dict(_), _) if Rc::ptr_eq(c.class(), &vm.types.dict) => {
            Ok(if store { Opcode::STORE_SUBSCR_DICT } else { Opcode::BINARY_SUBSCR_DICT })
        }
        _ => Err("container kind not specialized"),
    }
}
