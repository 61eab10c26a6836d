//! CONTAINS_OP: `x in d` for an exact dict, `x in s` for an exact set
//! or frozenset (no `__contains__` of a subclass to honour), and a
//! substring test of exact strs (`ch in " \t\n"`).

use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use tern_bytecode::Opcode;

/// `operands` are [item, container].
pub fn specialize(vm: &Vm, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [item, Value::Obj(c)] = operands else { return Err("container not an object") };
    match &c.payload {
        Payload::Str(_) if Rc::ptr_eq(c.class(), &vm.types.str_) => match item {
            Value::Obj(i) if Rc::ptr_eq(i.class(), &vm.types.str_) => Ok(Opcode::CONTAINS_OP_STR),
            _ => Err("str container, item not a str"),
        },
        Payload::Dict(_) if Rc::ptr_eq(c.class(), &vm.types.dict) => Ok(Opcode::CONTAINS_OP_DICT),
        Payload::Set(_) if Rc::ptr_eq(c.class(), &vm.types.set) || Rc::ptr_eq(c.class(), &vm.types.frozenset) => {
            Ok(Opcode::CONTAINS_OP_SET)
        }
        _ => Err("container kind not specialized"),
    }
}
