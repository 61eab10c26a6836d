//! The native unpickler: `pickle.loads` of pickles that use only the
//! opcodes for builtin values (no globals, reductions or instances).
//! Those opcodes run no Python code, so on any other opcode, or on a
//! malformed pickle, it gives up and the caller runs `pickle`'s Python
//! unpickler from the start, which also raises the proper errors.

use crate::value::Value;
use crate::Vm;

pub struct GiveUp;

/// A stack entry: a value, or the mark MARK pushes.
enum Slot {
    Mark,
    V(Value),
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], GiveUp> {
        let end = self.at.checked_add(n).ok_or(GiveUp)?;
        let s = self.b.get(self.at..end).ok_or(GiveUp)?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, GiveUp> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, GiveUp> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self) -> Result<u64, GiveUp> {
        let s = self.take(8)?;
        let mut a = [0; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
}

pub fn load(vm: &mut Vm, data: &[u8]) -> Result<Value, GiveUp> {
    let mut r = Reader { b: data, at: 0 };
    let mut stack: Vec<Slot> = Vec::new();
    let mut memo: Vec<Option<Value>> = Vec::new();
    let top = |stack: &Vec<Slot>| -> Result<Value, GiveUp> {
        match stack.last() {
            Some(Slot::V(v)) => Ok(v.clone()),
            _ => Err(GiveUp),
        }
    };
    // The items above the topmost mark, and the mark removed.
    let pop_mark = |stack: &mut Vec<Slot>| -> Result<Vec<Value>, GiveUp> {
        let m = stack.iter().rposition(|s| matches!(s, Slot::Mark)).ok_or(GiveUp)?;
        let items = stack.split_off(m + 1);
        stack.pop();
        Ok(items.into_iter().filter_map(|s| if let Slot::V(v) = s { Some(v) } else { None }).collect())
    };
    let pop = |stack: &mut Vec<Slot>| -> Result<Value, GiveUp> {
        match stack.pop() {
            Some(Slot::V(v)) => Ok(v),
            _ => Err(GiveUp),
        }
    };
    let text = |vm: &mut Vm, b: &[u8]| -> Result<Value, GiveUp> {
        // (Lone surrogates, rare, are left to the Python unpickler.)
        match std::str::from_utf8(b) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(_) => Err(GiveUp),
        }
    };
    loop {
        let op = r.u8()?;
        match op {
            0x80 => {
                if r.u8()? > 5 {
                    return Err(GiveUp);
                }
            }
            0x95 => {
                r.u64()?;
            }
            b'.' => {
                let v = pop(&mut stack)?;
                return if stack.is_empty() { Ok(v) } else { Err(GiveUp) };
            }
            b'N' => stack.push(Slot::V(Value::None)),
            0x88 => stack.push(Slot::V(Value::Bool(true))),
            0x89 => stack.push(Slot::V(Value::Bool(false))),
            b'J' => {
                let v = r.u32()? as i32;
                stack.push(Slot::V(Value::Int(v as i64)));
            }
            b'K' => {
                let v = r.u8()?;
                stack.push(Slot::V(Value::Int(v as i64)));
            }
            b'M' => {
                let s = r.take(2)?;
                stack.push(Slot::V(Value::Int(u16::from_le_bytes([s[0], s[1]]) as i64)));
            }
            0x8a | 0x8b => {
                let n = if op == 0x8a { r.u8()? as usize } else { r.u32()? as i32 as usize };
                if op == 0x8b && (n as i64) < 0 {
                    return Err(GiveUp);
                }
                let b = r.take(n)?;
                let v = num_bigint::BigInt::from_signed_bytes_le(b);
                stack.push(Slot::V(vm.new_bigint(v)));
            }
            b'G' => {
                let s = r.take(8)?;
                let mut a = [0; 8];
                a.copy_from_slice(s);
                stack.push(Slot::V(Value::float(f64::from_be_bytes(a))));
            }
            0x8c | b'X' | 0x8d => {
                let n = match op {
                    0x8c => r.u8()? as usize,
                    b'X' => r.u32()? as usize,
                    _ => usize::try_from(r.u64()?).map_err(|_| GiveUp)?,
                };
                let b = r.take(n)?;
                stack.push(Slot::V(text(vm, b)?));
            }
            b'C' | b'B' | 0x8e | 0x96 => {
                let n = match op {
                    b'C' => r.u8()? as usize,
                    b'B' => r.u32()? as usize,
                    _ => usize::try_from(r.u64()?).map_err(|_| GiveUp)?,
                };
                let b = r.take(n)?.to_vec();
                let v = if op == 0x96 {
                    vm.new_object(vm.types.bytearray.clone(), crate::object::Payload::ByteArray(std::cell::RefCell::new(b)))
                } else {
                    vm.new_bytes(b)
                };
                stack.push(Slot::V(v));
            }
            b')' => stack.push(Slot::V(vm.new_tuple(Vec::new()))),
            0x85..=0x87 => {
                let n = (op - 0x84) as usize;
                if stack.len() < n {
                    return Err(GiveUp);
                }
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(pop(&mut stack)?);
                }
                items.reverse();
                stack.push(Slot::V(vm.new_tuple(items)));
            }
            b't' => {
                let items = pop_mark(&mut stack)?;
                stack.push(Slot::V(vm.new_tuple(items)));
            }
            b'(' => stack.push(Slot::Mark),
            b'0' => {
                stack.pop().ok_or(GiveUp)?;
            }
            b'1' => {
                pop_mark(&mut stack)?;
            }
            b']' => stack.push(Slot::V(vm.new_list(Vec::new()))),
            b'a' | b'e' => {
                let items = if op == b'a' { vec![pop(&mut stack)?] } else { pop_mark(&mut stack)? };
                let Value::Obj(l) = top(&stack)? else { return Err(GiveUp) };
                let crate::object::Payload::List(l) = &l.payload else { return Err(GiveUp) };
                l.borrow_mut().extend(items);
            }
            b'}' => stack.push(Slot::V(vm.new_dict())),
            b's' | b'u' => {
                let items = if op == b's' {
                    let v = pop(&mut stack)?;
                    let k = pop(&mut stack)?;
                    vec![k, v]
                } else {
                    pop_mark(&mut stack)?
                };
                if items.len() % 2 != 0 {
                    return Err(GiveUp);
                }
                let d = top(&stack)?;
                let Value::Obj(o) = &d else { return Err(GiveUp) };
                let crate::object::Payload::Dict(t) = &o.payload else { return Err(GiveUp) };
                for kv in items.chunks(2) {
                    // Keys of builtin value types hash without Python code.
                    if !hashable_builtin(&kv[0]) {
                        return Err(GiveUp);
                    }
                    crate::dictops::dict_set(vm, t, kv[0].clone(), kv[1].clone()).map_err(|_| GiveUp)?;
                }
            }
            0x8f => stack.push(Slot::V(vm.new_set(false))),
            0x90 | 0x91 => {
                let items = pop_mark(&mut stack)?;
                if !items.iter().all(hashable_builtin) {
                    return Err(GiveUp);
                }
                let s = if op == 0x90 { top(&stack)? } else { vm.new_set(true) };
                let Value::Obj(o) = &s else { return Err(GiveUp) };
                let crate::object::Payload::Set(_) = &o.payload else { return Err(GiveUp) };
                for x in items {
                    vm.set_add_value(&s, x).map_err(|_| GiveUp)?;
                }
                if op == 0x91 {
                    stack.push(Slot::V(s));
                }
            }
            0x94 => {
                let v = top(&stack)?;
                memo.push(Some(v));
            }
            b'q' | b'r' => {
                let idx = if op == b'q' { r.u8()? as usize } else { r.u32()? as usize };
                let v = top(&stack)?;
                if idx >= memo.len() {
                    memo.resize(idx + 1, None);
                }
                memo[idx] = Some(v);
            }
            b'h' | b'j' => {
                let idx = if op == b'h' { r.u8()? as usize } else { r.u32()? as usize };
                let v = memo.get(idx).cloned().flatten().ok_or(GiveUp)?;
                stack.push(Slot::V(v));
            }
            b'2' => {
                let v = top(&stack)?;
                stack.push(Slot::V(v));
            }
            _ => return Err(GiveUp),
        }
    }
}

/// Values whose hash and equality run no Python code: None, bools, ints,
/// floats, strs, bytes, and tuples and frozensets of them.
fn hashable_builtin(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => match &o.payload {
            crate::object::Payload::Str(_)
            | crate::object::Payload::Bytes(_)
            | crate::object::Payload::Int(_)
            | crate::object::Payload::Float(_) => true,
            crate::object::Payload::Tuple(items) => items.iter().all(hashable_builtin),
            crate::object::Payload::Set(_) => o.class().as_type().is_some_and(|t| t.name() == "frozenset"),
            _ => false,
        },
        _ => false,
    }
}
