//! LOAD_METHOD_POLY: a LOAD_METHOD site that meets several classes, as
//! `node.eval(env)` does over a tree of many node classes. CPython 3.11
//! has one class per site, so such a site misses, deopts and respecializes
//! again and again, or ends generic. Here the site keeps a small table of
//! (type version, method) pairs beside its code (`Code::method_tables`,
//! the table's index in cache word 3) and hits for any class in it.
//!
//! A WITH_DICT or NO_DICT site becomes POLY at its first miss on another
//! class whose method could be cached, keeping its first class. A full
//! table counts misses like any member, so a site that meets more than
//! `WAYS` classes still ends generic after its deopt budget.

use super::load_attr;
use crate::code::Code;
use crate::value::Value;
use crate::Vm;
use tern_bytecode::Opcode;

/// Classes a site's table holds.
pub const WAYS: usize = 4;

/// (type version, method) pairs; version 0 marks a free entry.
pub type MethodTable = [(u32, Value); WAYS];

/// The cached method for an object whose class has version `version`.
#[inline]
pub fn lookup(code: &Code, table: u32, version: u32) -> Option<Value> {
    if version == 0 {
        return None;
    }
    let tables = code.method_tables.borrow();
    tables.get(table as usize)?.iter().find(|e| e.0 == version).map(|e| e.1.clone())
}

/// After a miss of the LOAD_METHOD member `op` at `pc` on `obj`: adds
/// `obj`'s class to the site (making a one-class site POLY) when its
/// method can be cached and there is room. True when added: the caller
/// then runs the generic path once without counting a miss.
pub fn add_class(vm: &mut Vm, code: &Code, pc: usize, op: Opcode, arg: u32, obj: &Value) -> bool {
    // The cache as it is: word 1 the (first) class version, word 3 the
    // spec-const index (one class) or the table index (POLY).
    let (first_version, slot) = (code.words[pc + 2].get(), code.words[pc + 4].get());
    // Cheap refusals first: the same class missing again (an instance
    // shadows the method), or no room left.
    let version = super::type_version_of(vm, obj);
    let room = match op {
        Opcode::LOAD_METHOD_POLY => {
            let tables = code.method_tables.borrow();
            tables.get(slot as usize).is_some_and(|t| t.iter().all(|e| e.0 != version) && t.iter().any(|e| e.0 == 0))
        }
        _ => version != first_version,
    };
    if !room || version == 0 {
        return false;
    }
    // What a fresh specialization would cache for this class.
    let (result, written) = load_attr::probe(vm, code, pc, Opcode::LOAD_METHOD, arg, std::slice::from_ref(obj));
    let (version, k) = (written[1], written[3]);
    if !matches!(result, Ok(Opcode::LOAD_METHOD_WITH_DICT | Opcode::LOAD_METHOD_NO_DICT)) || version == 0 {
        return false;
    }
    let Some(method) = code.spec_consts.borrow().get(k as usize).cloned() else { return false };
    if op == Opcode::LOAD_METHOD_POLY {
        let mut tables = code.method_tables.borrow_mut();
        let Some(free) = tables.get_mut(slot as usize).and_then(|t| t.iter_mut().find(|e| e.0 == 0)) else { return false };
        *free = (version, method);
        return true;
    }
    // A one-class site: its class and this one start a table.
    let Some(first) = code.spec_consts.borrow().get(slot as usize).cloned() else { return false };
    if first_version == 0 || first_version == version {
        return false;
    }
    let mut table: MethodTable = Default::default();
    table[0] = (first_version, first);
    table[1] = (version, method);
    let index = {
        let mut tables = code.method_tables.borrow_mut();
        tables.push(table);
        tables.len() - 1
    };
    code.words[pc + 4].set(index as u32);
    super::write_specialized(code, pc, Opcode::LOAD_METHOD_POLY);
    true
}
