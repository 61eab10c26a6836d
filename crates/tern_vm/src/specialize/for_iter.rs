//! FOR_ITER over list and range iterators.

use crate::iter::IterState;
use crate::object::Payload;
use crate::value::Value;
use tern_bytecode::Opcode;

pub fn specialize(operands: &[Value]) -> Result<Opcode, &'static str> {
    let [Value::Obj(it)] = operands else { return Err("not an iterator object") };
    let Payload::Iter(st) = &it.payload else { return Err("not a builtin iterator") };
    match &*st.borrow() {
        IterState::List { .. } => Ok(Opcode::FOR_ITER_LIST),
        IterState::Range { .. } => Ok(Opcode::FOR_ITER_RANGE),
        _ => Err("iterator kind not specialized"),
    }
}
