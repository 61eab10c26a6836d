//! LOAD_ATTR (WITH_HINT, SLOT, CLASS, MODULE, PROPERTY), LOAD_METHOD
//! (WITH_DICT, NO_DICT, INSTANCE, MODULE) and STORE_ATTR (WITH_HINT, SLOT).
//!
//! Cache layout: [counter, type version (or module keys version), index
//! (dict entry hint or slot; for PROPERTY the getter's function version),
//! spec-const index (class attribute/method/property getter)].
//! Every member guards on the type version, which changes when the class
//! or anything on its MRO is modified, so a cached class attribute is
//! still the one the class holds.

use crate::code::Code;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use tern_bytecode::Opcode;

/// `operands`: [object] for loads, [object, value] for STORE_ATTR.
pub fn specialize(vm: &mut Vm, code: &Code, pc: usize, op: Opcode, arg: u32, operands: &[Value]) -> Result<Opcode, &'static str> {
    let Some(Value::Obj(obj)) = operands.first() else { return Err("receiver is not a heap object") };
    let name = code.names[arg as usize].clone();
    if let Payload::Module { .. } = obj.payload {
        if op == Opcode::STORE_ATTR || !Rc::ptr_eq(obj.class(), &vm.types.module) {
            return Err("module attribute store or module subclass");
        }
        if op == Opcode::LOAD_METHOD && vm.lookup_type_attr(obj.class(), &name).is_some() {
            return Err("module attribute shadowed by a method of module");
        }
        let Some(d) = obj.dict_ref() else { return Err("module without dict") };
        let d = d.borrow();
        let h = str_hash(&name).ok_or("name not a str")?;
        let Some(i) = d.find_fast(h, &name, |a, b| Some(a.is(b))) else { return Err("module attribute missing") };
        code.words[pc + 2].set(d.keys_version());
        code.words[pc + 3].set(i as u32);
        return Ok(if op == Opcode::LOAD_METHOD { Opcode::LOAD_METHOD_MODULE } else { Opcode::LOAD_ATTR_MODULE });
    }
    if let Payload::Type(_) = obj.payload {
        return Err("attribute of a class");
    }
    if let Payload::Super { .. } = obj.payload {
        return Err("attribute of a super object");
    }
    let cls = obj.class().clone();
    let Some(td) = cls.as_type() else { return Err("class is not a type") };
    if td.heap {
        for special in ["__getattribute__", "__setattr__"] {
            if let Some(m) = vm.lookup_type_attr_str(&cls, special) {
                if !crate::attr::is_native(&m) {
                    return Err("class overrides __getattribute__ or __setattr__");
                }
            }
        }
    }
    let version = td.version();
    if version == 0 {
        return Err("type has no valid version");
    }
    let descr = vm.lookup_type_attr(&cls, &name);
    let in_dict = match obj.dict_ref() {
        Some(d) => {
            let h = str_hash(&name).ok_or("name not a str")?;
            d.borrow().find_fast(h, &name, |a, b| Some(a.is(b)))
        }
        None => None,
    };
    code.words[pc + 2].set(version);
    match op {
        Opcode::LOAD_ATTR | Opcode::STORE_ATTR => {
            let store = op == Opcode::STORE_ATTR;
            if let Some(Value::Obj(d)) = &descr {
                match &d.payload {
                    Payload::Member { index, .. } => {
                        code.words[pc + 3].set(*index as u32);
                        return Ok(if store { Opcode::STORE_ATTR_SLOT } else { Opcode::LOAD_ATTR_SLOT });
                    }
                    Payload::Property(p) if !store => return specialize_property(vm, code, pc, &cls, &p.fget.borrow().clone()),
                    Payload::Property(_) => return Err("attribute is a property"),
                    Payload::GetSet(_) => return Err("attribute is a data descriptor"),
                    _ => {
                        let dc = d.class().clone();
                        if dc.as_type().map(|t| t.heap).unwrap_or(false)
                            && (vm.lookup_type_attr_str(&dc, "__set__").is_some() || vm.lookup_type_attr_str(&dc, "__delete__").is_some())
                        {
                            return Err("attribute is a data descriptor");
                        }
                    }
                }
            }
            if let Some(i) = in_dict {
                code.words[pc + 3].set(i as u32);
                // No second class yet (see `add_second_class`).
                code.words[pc + 4].set(0);
                return Ok(if store { Opcode::STORE_ATTR_WITH_HINT } else { Opcode::LOAD_ATTR_WITH_HINT });
            }
            if store {
                // The attribute is about to be added: remember where.
                let Some(d) = obj.dict_ref() else { return Err("no instance dict") };
                let d = d.borrow();
                if !can_append_at(&d, d.len(), &name) {
                    return Err("instance dict has holes or non-identifier keys");
                }
                code.words[pc + 3].set(d.len() as u32);
                code.words[pc + 4].set(0);
                return Ok(Opcode::STORE_ATTR_WITH_HINT);
            }
            match &descr {
                Some(v) if is_plain_class_attr(vm, v) => {
                    let k = code.add_spec_const(v.clone());
                    code.words[pc + 4].set(k);
                    Ok(Opcode::LOAD_ATTR_CLASS)
                }
                Some(_) => Err("class attribute is a descriptor"),
                None => Err("attribute not found"),
            }
        }
        Opcode::LOAD_METHOD => {
            // An instance attribute wins over a plain function of the
            // class (not a data descriptor), and over nothing at all.
            if let Some(i) = in_dict {
                if descr.as_ref().is_none_or(plain_method) {
                    code.words[pc + 3].set(i as u32);
                    return Ok(Opcode::LOAD_METHOD_INSTANCE);
                }
            }
            let Some(m) = descr else { return Err("method not found on the class") };
            if !plain_method(&m) {
                return Err("class attribute is not a plain function");
            }
            if in_dict.is_some() {
                return Err("instance attribute shadows the method");
            }
            let k = code.add_spec_const(m);
            code.words[pc + 4].set(k);
            Ok(if obj.dict_ref().is_some() { Opcode::LOAD_METHOD_WITH_DICT } else { Opcode::LOAD_METHOD_NO_DICT })
        }
        _ => Err("not an attribute instruction"),
    }
}

/// A Python function or a native method: what LOAD_METHOD pushes unbound.
fn plain_method(m: &Value) -> bool {
    match m {
        Value::Obj(mo) => match &mo.payload {
            Payload::Function(_) => true,
            Payload::Native(nf) => nf.is_method,
            _ => false,
        },
        _ => false,
    }
}

/// LOAD_ATTR_PROPERTY: the getter must be a plain Python function of one
/// argument, and no `__getattr__` may catch an AttributeError it raises.
fn specialize_property(vm: &mut Vm, code: &Code, pc: usize, cls: &crate::value::Obj, fget: &Value) -> Result<Opcode, &'static str> {
    let Value::Obj(fo) = fget else { return Err("property without a getter") };
    let Payload::Function(f) = &fo.payload else { return Err("property getter is not a Python function") };
    let fcode = f.code();
    let co = &fcode.co;
    if fcode.is_generator
        || co.flags.has(tern_bytecode::CodeFlags::VARARGS)
        || co.flags.has(tern_bytecode::CodeFlags::VARKEYWORDS)
        || co.kwonlyargcount > 0
        || co.argcount != 1
    {
        return Err("property getter has complex parameters");
    }
    if vm.lookup_type_attr_str(cls, "__getattr__").is_some() {
        return Err("class defines __getattr__");
    }
    code.words[pc + 3].set(f.version.get());
    let k = code.add_spec_const(fget.clone());
    code.words[pc + 4].set(k);
    Ok(Opcode::LOAD_ATTR_PROPERTY)
}

fn str_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.hash()),
            _ => None,
        },
        _ => None,
    }
}

/// A class attribute that binds to nothing (no `__get__`).
fn is_plain_class_attr(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::Native(_)
            | Payload::Property(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::GetSet(_)
            | Payload::Member { .. } => false,
            _ => {
                let c = o.class().clone();
                !(c.as_type().map(|t| t.heap).unwrap_or(false) && vm.lookup_type_attr_str(&c, "__get__").is_some())
            }
        },
        _ => true,
    }
}

/// True when `name` can be appended to `d` as entry `i` without a lookup:
/// the dict has exactly `i` entries and no deleted ones, every key is an
/// interned str (so identity is equality) and none of them is `name`.
#[inline]
pub fn can_append_at(d: &crate::dict::Dict, i: usize, name: &Value) -> bool {
    if d.len() != i || d.entries.len() != i {
        return false;
    }
    d.entries.iter().all(|e| {
        !e.key.is(name)
            && match &e.key {
                Value::Obj(k) => matches!(&k.payload, Payload::Str(s) if s.interned.get()),
                _ => false,
            }
    })
}

/// What `specialize` would make of the site at `pc` for `operands` as
/// `family`: the member and the cache words it would write (words 1..5
/// after the counter's). The site's own cache is left as it was.
pub fn probe(
    vm: &mut Vm,
    code: &Code,
    pc: usize,
    family: Opcode,
    arg: u32,
    operands: &[Value],
) -> (Result<Opcode, &'static str>, [u32; 4]) {
    let saved: [u32; 4] = std::array::from_fn(|k| code.words[pc + 1 + k].get());
    let result = specialize(vm, code, pc, family, arg, operands);
    let written: [u32; 4] = std::array::from_fn(|k| code.words[pc + 1 + k].get());
    for (k, w) in saved.iter().enumerate() {
        code.words[pc + 1 + k].set(*w);
    }
    (result, written)
}

/// A LOAD_ATTR_WITH_HINT or STORE_ATTR_WITH_HINT site (`op`) met an
/// instance of another class: if the specializer would make the same member
/// with the same entry index for it (so every check it makes holds for that
/// class too), its version goes into cache word 3 and the site serves both
/// classes (the polymorphic case of a base-class method called on two
/// subclasses' instances). Otherwise the cache is left as it was.
/// `operands` as for `specialize`.
pub fn add_second_class(vm: &mut Vm, code: &Code, pc: usize, op: Opcode, arg: u32, operands: &[Value]) {
    let (first_version, index) = (code.words[pc + 2].get(), code.words[pc + 3].get());
    let (result, written) = probe(vm, code, pc, op.family(), arg, operands);
    let second_version = written[1];
    if result == Ok(op) && written[2] == index && second_version != 0 && second_version != first_version {
        code.words[pc + 4].set(second_version);
    }
}
