//! The truth test of POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE (CPython 3.12's
//! TO_BOOL family, fused with the jump as 3.11 has no separate truth
//! instruction): BOOL, INT (an inline int), NONE, LIST and STR (exact
//! types only: a subclass may define `__bool__` or `__len__`).
//!
//! No cache beyond the counter word: the member names the one kind it
//! accepts, and the guard is a tag or class-pointer compare.

use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use tern_bytecode::Opcode;

/// The kinds a truth test specializes for, in member order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bool,
    Int,
    None,
    List,
    Str,
}

/// The member of `family` (POP_JUMP_IF_FALSE or _TRUE) for `kind`.
pub fn member(family: Opcode, kind: Kind) -> Opcode {
    use Opcode::*;
    let if_true = family == POP_JUMP_IF_TRUE;
    match (kind, if_true) {
        (Kind::Bool, false) => POP_JUMP_IF_FALSE_BOOL,
        (Kind::Int, false) => POP_JUMP_IF_FALSE_INT,
        (Kind::None, false) => POP_JUMP_IF_FALSE_NONE,
        (Kind::List, false) => POP_JUMP_IF_FALSE_LIST,
        (Kind::Str, false) => POP_JUMP_IF_FALSE_STR,
        (Kind::Bool, true) => POP_JUMP_IF_TRUE_BOOL,
        (Kind::Int, true) => POP_JUMP_IF_TRUE_INT,
        (Kind::None, true) => POP_JUMP_IF_TRUE_NONE,
        (Kind::List, true) => POP_JUMP_IF_TRUE_LIST,
        (Kind::Str, true) => POP_JUMP_IF_TRUE_STR,
    }
}

/// The kind a specialized member accepts (None for the base forms).
#[inline]
pub fn kind_of(op: Opcode) -> Option<Kind> {
    use Opcode::*;
    Some(match op {
        POP_JUMP_IF_FALSE_BOOL | POP_JUMP_IF_TRUE_BOOL => Kind::Bool,
        POP_JUMP_IF_FALSE_INT | POP_JUMP_IF_TRUE_INT => Kind::Int,
        POP_JUMP_IF_FALSE_NONE | POP_JUMP_IF_TRUE_NONE => Kind::None,
        POP_JUMP_IF_FALSE_LIST | POP_JUMP_IF_TRUE_LIST => Kind::List,
        POP_JUMP_IF_FALSE_STR | POP_JUMP_IF_TRUE_STR => Kind::Str,
        _ => return None,
    })
}

/// The truth of `v` if it is of `kind` (the member's guard and body).
#[inline(always)]
pub fn test(vm: &Vm, kind: Kind, v: &Value) -> Option<bool> {
    match (kind, v) {
        (Kind::Bool, Value::Bool(b)) => Some(*b),
        (Kind::Int, Value::Int(i)) => Some(*i != 0),
        (Kind::None, Value::None) => Some(false),
        (Kind::List, Value::Obj(o)) if Rc::ptr_eq(o.class(), &vm.types.list) => match &o.payload {
            Payload::List(l) => Some(!l.borrow().is_empty()),
            _ => None,
        },
        (Kind::Str, Value::Obj(o)) if Rc::ptr_eq(o.class(), &vm.types.str_) => match &o.payload {
            Payload::Str(s) => Some(!s.as_str().is_empty()),
            _ => None,
        },
        _ => None,
    }
}

/// `operands` is [the value tested].
pub fn specialize(vm: &Vm, family: Opcode, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [v] = operands else { return Err("operands") };
    let kind = match v {
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) => Kind::Int,
        Value::None => Kind::None,
        Value::Obj(o) if Rc::ptr_eq(o.class(), &vm.types.list) => Kind::List,
        Value::Obj(o) if Rc::ptr_eq(o.class(), &vm.types.str_) => Kind::Str,
        _ => return Err("kind of value not specialized"),
    };
    Ok(member(family, kind))
}
