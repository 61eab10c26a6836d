//! COMPARE_OP: two ints, two floats, or two strs.

use crate::object::Payload;
use crate::value::Value;
use tern_bytecode::Opcode;

pub fn specialize(vm: &crate::Vm, operands: &[Value]) -> Result<Opcode, &'static str> {
    match operands {
        [Value::Int(_), Value::Int(_)] => Ok(Opcode::COMPARE_OP_INT),
        [Value::Float(_), Value::Float(_)] => Ok(Opcode::COMPARE_OP_FLOAT),
        [Value::Obj(a), Value::Obj(b)]
            if std::rc::Rc::ptr_eq(a.class(), &vm.types.str_) && std::rc::Rc::ptr_eq(b.class(), &vm.types.str_) =>
        {
            match (&a.payload, &b.payload) {
                (Payload::Str(_), Payload::Str(_)) => Ok(Opcode::COMPARE_OP_STR),
                _ => Err("object operands"),
            }
        }
        _ => Err("mixed operand types"),
    }
}
