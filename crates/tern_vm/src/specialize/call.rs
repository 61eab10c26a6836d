//! CALL: PY_EXACT_ARGS and PY_WITH_DEFAULTS (a Python function whose
//! frame can be filled positionally; the guard is on that shape, checked
//! on the callee's code at each call, not on one function, so a site
//! that calls several functions, as `f(x)` over a list of callbacks,
//! stays specialized), BOUND_METHOD_EXACT_ARGS (the same through a bound
//! method object),
//! BUILTIN (a native function called directly, guarded by identity),
//! METHOD_DESCRIPTOR (the same for a native method of a builtin type, as
//! `s.startswith(x)` after LOAD_METHOD_NO_DICT or `str.lower(s)`), and
//! the natives done inline behind an identity guard: LEN, ISINSTANCE,
//! TYPE_1, LIST_APPEND; BUILTIN_CLASS (a builtin type such as `tuple`
//! or `range`, whose native constructor is called directly).
//!
//! tern's natives have a single calling convention (`fn(&mut Vm, Args)`),
//! so CPython's METH_O / METH_NOARGS / FASTCALL members would all be
//! CALL_BUILTIN here.
//!
//! Cache layout: [counter, type version (ALLOC_AND_ENTER_INIT),
//! spec-const index, -].

use crate::code::Code;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use tern_bytecode::{CodeFlags, Opcode};

/// `operands`: the two slots below the arguments ([NULL, f] or [f, self]).
pub fn specialize(_vm: &mut Vm, code: &Code, pc: usize, nargs: u32, operands: &[Value]) -> Result<Opcode, &'static str> {
    let [x, y] = operands else { return Err("operands") };
    let (callable, n) = if x.is_null() { (y, nargs) } else { (x, nargs + 1) };
    let Value::Obj(o) = callable else { return Err("callable is not an object") };
    match &o.payload {
        Payload::BoundMethod { func: Value::Obj(fo), .. } if x.is_null() => {
            let Payload::Function(f) = &fo.payload else { return Err("bound method of a non-function") };
            let fcode = f.code();
            let co = &fcode.co;
            if fcode.is_generator {
                return Err("generator function");
            }
            if co.flags.has(CodeFlags::VARARGS) || co.flags.has(CodeFlags::VARKEYWORDS) || co.kwonlyargcount > 0 {
                return Err("complex parameters");
            }
            if co.argcount != nargs + 1 {
                return Err("wrong number of arguments");
            }
            Ok(Opcode::CALL_BOUND_METHOD_EXACT_ARGS)
        }
        Payload::Type(_) if x.is_null() && nargs == 1 && std::rc::Rc::ptr_eq(o, &_vm.types.type_) => Ok(Opcode::CALL_TYPE_1),
        Payload::Native(nf) if x.is_null() && nf.module == Some("builtins") && (nf.name, nargs) == ("len", 1) => {
            let k = code.add_spec_const(callable.clone());
            code.words[pc + 3].set(k);
            Ok(Opcode::CALL_LEN)
        }
        Payload::Native(nf) if x.is_null() && nf.module == Some("builtins") && (nf.name, nargs) == ("isinstance", 2) => {
            let k = code.add_spec_const(callable.clone());
            code.words[pc + 3].set(k);
            Ok(Opcode::CALL_ISINSTANCE)
        }
        Payload::Native(nf)
            if !x.is_null()
                && nf.is_method
                && (nf.owner, nf.name, nargs) == (Some("list"), "append", 1)
                && matches!(y, Value::Obj(l) if std::rc::Rc::ptr_eq(l.class(), &_vm.types.list)) =>
        {
            let k = code.add_spec_const(callable.clone());
            code.words[pc + 3].set(k);
            Ok(Opcode::CALL_LIST_APPEND)
        }
        Payload::Function(f) => {
            let fcode = f.code.borrow().clone();
            let co = &fcode.co;
            if fcode.is_generator {
                return Err("generator function");
            }
            if co.flags.has(CodeFlags::VARARGS) || co.flags.has(CodeFlags::VARKEYWORDS) || co.kwonlyargcount > 0 {
                return Err("complex parameters");
            }
            let argc = co.argcount;
            let ndefaults = f.defaults.borrow().len() as u32;
            if argc == n {
                Ok(Opcode::CALL_PY_EXACT_ARGS)
            } else if n < argc && n + ndefaults >= argc {
                Ok(Opcode::CALL_PY_WITH_DEFAULTS)
            } else {
                Err("wrong number of arguments")
            }
        }
        Payload::Type(td)
            if x.is_null() && !td.heap && td.native_new.get().is_some() && std::rc::Rc::ptr_eq(o.class(), &_vm.types.type_) =>
        {
            // `type_call_default` on a builtin type is its native
            // constructor and nothing else (no `__init__` call after).
            let k = code.add_spec_const(callable.clone());
            code.words[pc + 3].set(k);
            Ok(Opcode::CALL_BUILTIN_CLASS)
        }
        Payload::Type(td) if x.is_null() => {
            if !td.heap || !std::rc::Rc::ptr_eq(o.class(), &_vm.types.type_) {
                return Err("not a plain Python class");
            }
            let new = _vm.lookup_type_attr_str(o, "__new__");
            let object_new = matches!(&new, Some(Value::Obj(s)) if matches!(&s.payload, Payload::StaticMethod(Value::Obj(n)) if matches!(&n.payload, Payload::Native(nf) if nf.owner == Some("object"))));
            if !object_new {
                return Err("class overrides __new__");
            }
            if !matches!(td.layout, crate::typeobj::Layout::Object) {
                return Err("class has a builtin base");
            }
            let Some(Value::Obj(init)) = _vm.lookup_type_attr_str(o, "__init__") else { return Err("no __init__") };
            let Payload::Function(f) = &init.payload else { return Err("__init__ is not a Python function") };
            let fcode = f.code.borrow().clone();
            let co = &fcode.co;
            if fcode.is_generator
                || co.flags.has(CodeFlags::VARARGS)
                || co.flags.has(CodeFlags::VARKEYWORDS)
                || co.kwonlyargcount > 0
                || co.argcount != nargs + 1
            {
                return Err("__init__ has complex parameters");
            }
            let version = td.version();
            if version == 0 {
                return Err("type has no valid version");
            }
            code.words[pc + 2].set(version);
            let k = code.add_spec_const(Value::Obj(init.clone()));
            code.words[pc + 3].set(k);
            Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT)
        }
        Payload::Native(nf) => {
            // A method call's receiver is checked here, once: the
            // specialized form trusts it. An unbound call of a method
            // descriptor (`list.append(x, 1)`) stays generic, where
            // `Vm::call` checks its first argument each time.
            if let Some(owner) = &nf.owner_type {
                if x.is_null() {
                    return Err("unbound call of a method descriptor");
                }
                if !_vm.fits_descriptor(owner, y) {
                    return Err("receiver is not an instance of the method's type");
                }
            }
            // The specialized forms skip the count check.
            if nf.arity.is_some_and(|a| !a.fits(nargs as usize)) {
                return Err("argument count the native refuses");
            }
            let k = code.add_spec_const(callable.clone());
            code.words[pc + 3].set(k);
            Ok(if nf.is_method { Opcode::CALL_METHOD_DESCRIPTOR } else { Opcode::CALL_BUILTIN })
        }
        _ => Err("callable kind not specialized"),
    }
}
