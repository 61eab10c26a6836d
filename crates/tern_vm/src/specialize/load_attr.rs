//! LOAD_ATTR (INSTANCE_VALUE, WITH_HINT, SLOT, CLASS, MODULE, PROPERTY),
//! LOAD_METHOD (WITH_DICT, NO_DICT, INSTANCE, MODULE) and STORE_ATTR
//! (INSTANCE_VALUE, WITH_HINT, SLOT).
//!
//! Cache layout: [counter, type version (or module keys version), index
//! (shared-keys value index, dict entry hint or slot; for PROPERTY the
//! getter's function version), spec-const index (class
//! attribute/method/property getter) or a second class's version].
//!
//! An instance whose attributes are still in its class's shared-keys
//! layout gets the INSTANCE_VALUE members (and LOAD_METHOD_INSTANCE); one
//! whose attributes moved to a dict object gets the WITH_HINT members.
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
    let held = instance_attr_position(obj, &name)?;
    let in_dict = match held {
        Held::Value(i) | Held::Entry(i) => Some(i),
        Held::NextValue(_) | Held::No => None,
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
            // No second class yet (see `add_second_class`).
            code.words[pc + 4].set(0);
            match held {
                Held::Value(i) => {
                    code.words[pc + 3].set(i as u32);
                    return Ok(if store { Opcode::STORE_ATTR_INSTANCE_VALUE } else { Opcode::LOAD_ATTR_INSTANCE_VALUE });
                }
                Held::NextValue(i) if store => {
                    code.words[pc + 3].set(i as u32);
                    return Ok(Opcode::STORE_ATTR_INSTANCE_VALUE);
                }
                Held::Entry(i) => {
                    code.words[pc + 3].set(i as u32);
                    return Ok(if store { Opcode::STORE_ATTR_WITH_HINT } else { Opcode::LOAD_ATTR_WITH_HINT });
                }
                _ if store => return Err("attribute not yet among the class's shared keys"),
                _ => {}
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
            if let Held::Value(i) = held {
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
            // Shared keys without the name: their length (plus one) tells
            // the member it is still absent (see `method_not_shadowed`).
            let keys_tag = match obj.instance_values().and_then(|iv| iv.try_borrow().ok()) {
                Some(iv) if iv.keys.index_of(&name).is_none() => iv.keys.len() as u32 + 1,
                _ => 0,
            };
            code.words[pc + 3].set(keys_tag);
            let has_dict = obj.instance_values().is_some() || obj.attr_dict().is_some();
            Ok(if has_dict { Opcode::LOAD_METHOD_WITH_DICT } else { Opcode::LOAD_METHOD_NO_DICT })
        }
        _ => Err("not an attribute instruction"),
    }
}

/// Where an instance holds attribute `name`.
#[derive(Clone, Copy)]
enum Held {
    /// At this index of its shared-keys values.
    Value(usize),
    /// Not yet, but the name is the next of its class's shared keys.
    NextValue(usize),
    /// At this entry of its attribute dict object.
    Entry(usize),
    No,
}

fn instance_attr_position(obj: &crate::value::Obj, name: &Value) -> Result<Held, &'static str> {
    if let Some(iv) = obj.instance_values() {
        let iv = iv.try_borrow().map_err(|_| "attributes being changed")?;
        return Ok(match iv.keys.index_of(name) {
            Some(i) if i < iv.values.len() => Held::Value(i),
            Some(i) if i == iv.values.len() => Held::NextValue(i),
            _ => Held::No,
        });
    }
    match obj.attr_dict() {
        Some(d) => {
            let h = str_hash(name).ok_or("name not a str")?;
            Ok(d.borrow().find_fast(h, name, |a, b| Some(a.is(b))).map_or(Held::No, Held::Entry))
        }
        None => Ok(Held::No),
    }
}

/// A Python function or a native method: what LOAD_METHOD pushes unbound.
fn plain_method(m: &Value) -> bool {
    match m {
        Value::Obj(mo) => match &mo.payload {
            Payload::Function(f) => !f.builtin.get(),
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

/// A WITH_HINT or INSTANCE_VALUE site (`op`) of LOAD_ATTR or STORE_ATTR met an
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
