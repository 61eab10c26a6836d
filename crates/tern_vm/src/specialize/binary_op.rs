//! BINARY_OP: add/subtract/multiply of two ints or two floats, str + str,
//! the other int operators but `**` and `@` (BINARY_OP_INT, one member
//! that switches on the operator: `//`, `%`, `&`, `|`, `^`, shifts, `/`,
//! through the generic path's inline-int arithmetic, `int::int_binop`),
//! float / float,
//! and `s += t` stored straight back into the local `s` (INPLACE_ADD_UNICODE,
//! as CPython: the body checks that the local still holds the left operand).

use crate::object::Payload;
use crate::value::Value;
use tern_bytecode::Opcode;

pub fn specialize(vm: &crate::Vm, code: &crate::code::Code, pc: usize, arg: u32, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [a, b] = operands else { return Err("operands") };
    let op = arg % tern_bytecode::BINOP_INPLACE;
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => match op {
            0 => Ok(Opcode::BINARY_OP_ADD_INT),
            10 => Ok(Opcode::BINARY_OP_SUBTRACT_INT),
            5 => Ok(Opcode::BINARY_OP_MULTIPLY_INT),
            1 | 2 | 3 | 6 | 7 | 9 | 11 | 12 => Ok(Opcode::BINARY_OP_INT),
            _ => Err("int operator not specialized"),
        },
        (Value::Float(_), Value::Float(_)) => match op {
            0 => Ok(Opcode::BINARY_OP_ADD_FLOAT),
            10 => Ok(Opcode::BINARY_OP_SUBTRACT_FLOAT),
            5 => Ok(Opcode::BINARY_OP_MULTIPLY_FLOAT),
            11 => Ok(Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT),
            _ => Err("float operator not specialized"),
        },
        (Value::Obj(x), Value::Obj(y))
            if op == 0 && std::rc::Rc::ptr_eq(x.class(), &vm.types.str_) && std::rc::Rc::ptr_eq(y.class(), &vm.types.str_) =>
        {
            match (&x.payload, &y.payload) {
                (Payload::Str(_), Payload::Str(_)) => {
                    let next = pc + 1 + Opcode::BINARY_OP.cache_words();
                    let (nb, _) = tern_bytecode::decode(code.words.get(next).map(|w| w.get()).unwrap_or(0));
                    if arg == tern_bytecode::BINOP_INPLACE && stores_fast(nb) {
                        Ok(Opcode::BINARY_OP_INPLACE_ADD_UNICODE)
                    } else {
                        Ok(Opcode::BINARY_OP_ADD_STR)
                    }
                }
                _ => Err("object operands"),
            }
        }
        _ => Err("mixed operand types"),
    }
}

/// Whether the instruction byte `b` starts with STORE_FAST (alone or as
/// the first half of a superinstruction): BINARY_OP_INPLACE_ADD_UNICODE
/// does that store itself.
pub fn stores_fast(b: u8) -> bool {
    b == Opcode::STORE_FAST as u8 || b == Opcode::STORE_FAST__LOAD_FAST as u8 || b == Opcode::STORE_FAST__JUMP as u8
}
