//! FOR_ITER over list, tuple, range and str iterators, and generators (resumed
//! directly; their frames still run on a nested loop).

use crate::iter::IterState;
use crate::object::Payload;
use crate::value::Value;
use tern_bytecode::Opcode;

pub fn specialize(operands: &[Value]) -> Result<Opcode, &'static str> {
    let [Value::Obj(it)] = operands else { return Err("not an iterator object") };
    if let Payload::Generator(_) = &it.payload {
        return Ok(Opcode::FOR_ITER_GEN);
    }
    let Payload::Iter(st) = &it.payload else { return Err("not a builtin iterator") };
    match &*st.borrow() {
        IterState::List { .. } => Ok(Opcode::FOR_ITER_LIST),
        IterState::Range { .. } => Ok(Opcode::FOR_ITER_RANGE),
        IterState::Tuple { .. } => Ok(Opcode::FOR_ITER_TUPLE),
        IterState::Str { .. } => Ok(Opcode::FOR_ITER_STR),
        _ => Err("iterator kind not specialized"),
    }
}
