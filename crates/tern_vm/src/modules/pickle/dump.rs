//! The native pickler: `pickle.dumps` of object graphs made only of the
//! builtin types pickle writes with its own opcodes (None, bool, int,
//! float, str, bytes, bytearray, tuple, list, dict, set, frozenset), for
//! protocols 2 to 5, byte for byte as CPython's pickler writes them
//! (memo, batching, protocol-4 frames). Anything else, including
//! subclasses of those types, gives up: the caller falls back to
//! `pickle`'s Python pickler, which starts again from scratch.

use crate::int::{as_int, IntVal};
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::collections::HashMap;
use std::rc::Rc;

/// Frames are cut once they reach this size (pickle's `_FRAME_SIZE_TARGET`).
const FRAME_TARGET: usize = 64 * 1024;
/// Items per APPENDS/SETITEMS/ADDITEMS batch.
const BATCH: usize = 1000;

/// The graph holds something only the Python pickler can write.
pub struct GiveUp;

pub struct Pickler {
    proto: u8,
    out: Vec<u8>,
    /// The current protocol-4 frame (None before protocol 4).
    frame: Option<Vec<u8>>,
    /// Object address -> memo index (the objects stay alive: the graph
    /// being pickled holds them).
    memo: HashMap<usize, u32>,
    depth: usize,
}

type R = Result<(), GiveUp>;

impl Pickler {
    pub fn new(proto: u8) -> Pickler {
        Pickler { proto, out: Vec::new(), frame: None, memo: HashMap::new(), depth: 0 }
    }

    /// The whole pickle of `v`.
    pub fn dump(mut self, vm: &Vm, v: &Value) -> Result<Vec<u8>, GiveUp> {
        self.out.extend_from_slice(&[0x80, self.proto]);
        if self.proto >= 4 {
            self.frame = Some(Vec::new());
        }
        self.save(vm, v)?;
        self.write(b".");
        self.commit_frame(true);
        Ok(self.out)
    }

    fn write(&mut self, b: &[u8]) {
        match &mut self.frame {
            Some(f) => f.extend_from_slice(b),
            None => self.out.extend_from_slice(b),
        }
    }

    fn commit_frame(&mut self, force: bool) {
        let Some(f) = &mut self.frame else { return };
        if f.len() >= FRAME_TARGET || force {
            let data = std::mem::take(f);
            if data.len() >= 4 {
                self.out.push(0x95);
                self.out.extend_from_slice(&(data.len() as u64).to_le_bytes());
            }
            self.out.extend_from_slice(&data);
        }
    }

    /// A big payload goes outside any frame, after its header.
    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        if self.frame.is_some() {
            self.commit_frame(true);
        }
        self.out.extend_from_slice(header);
        self.out.extend_from_slice(payload);
    }

    fn memoize(&mut self, addr: usize) {
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.write(&[0x94]);
        } else if idx < 256 {
            self.write(&[b'q', idx as u8]);
        } else {
            let mut b = vec![b'r'];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
        self.memo.insert(addr, idx);
    }

    fn get(&mut self, idx: u32) {
        if idx < 256 {
            self.write(&[b'h', idx as u8]);
        } else {
            let mut b = vec![b'j'];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
    }

    fn save(&mut self, vm: &Vm, v: &Value) -> R {
        self.commit_frame(false);
        match v {
            Value::None => self.write(b"N"),
            Value::Bool(b) => self.write(if *b { &[0x88] } else { &[0x89] }),
            Value::Int(i) => self.save_int(*i),
            Value::Float(f) => self.save_float(*f),
            Value::Obj(o) => {
                let addr = Rc::as_ptr(o) as usize;
                if let Some(&idx) = self.memo.get(&addr) {
                    self.get(idx);
                    return Ok(());
                }
                let cls = o.class();
                let t = &vm.types;
                // Exact builtin types only (pickle dispatches on type(obj)).
                let exact = |c: &crate::value::Obj| Rc::ptr_eq(cls, c);
                match &o.payload {
                    Payload::Str(s) if exact(&t.str_) => self.save_str(addr, s.wtf8()),
                    Payload::Int(_) if exact(&t.int) => match as_int(v) {
                        Some(IntVal::Big(b)) => self.save_bigint(b),
                        Some(IntVal::Small(i)) => self.save_int(i),
                        None => return Err(GiveUp),
                    },
                    Payload::Float(f) if exact(&t.float) => self.save_float(*f),
                    Payload::Bytes(b) if exact(&t.bytes) && self.proto >= 3 => self.save_bytes(addr, b),
                    Payload::ByteArray(b) if exact(&t.bytearray) && self.proto >= 5 => {
                        let b = b.borrow().clone();
                        let n = (b.len() as u64).to_le_bytes();
                        let mut header = vec![0x96];
                        header.extend_from_slice(&n);
                        if b.len() >= FRAME_TARGET {
                            self.write_large(&header, &b);
                        } else {
                            self.write(&header);
                            self.write(&b);
                        }
                        self.memoize(addr);
                    }
                    Payload::Tuple(items) if exact(&t.tuple) => self.save_tuple(vm, addr, items)?,
                    Payload::List(l) if exact(&t.list) => {
                        self.write(b"]");
                        self.memoize(addr);
                        let items = l.borrow().clone();
                        self.nested(vm, |p, vm| p.batch(vm, &items, b"a", b"e"))?;
                    }
                    Payload::Dict(d) if exact(&t.dict) => {
                        self.write(b"}");
                        self.memoize(addr);
                        let items = d.borrow().items();
                        self.nested(vm, |p, vm| p.batch_items(vm, &items))?;
                    }
                    Payload::Set(s) if exact(&t.set) && self.proto >= 4 => {
                        self.write(&[0x8f]);
                        self.memoize(addr);
                        let items: Vec<Value> = s.borrow().iter().map(|e| e.key.clone()).collect();
                        self.nested(vm, |p, vm| {
                            for chunk in items.chunks(BATCH) {
                                p.write(b"(");
                                for x in chunk {
                                    p.save(vm, x)?;
                                }
                                p.write(&[0x90]);
                            }
                            Ok(())
                        })?;
                    }
                    Payload::Set(s) if exact(&t.frozenset) && self.proto >= 4 => {
                        let items: Vec<Value> = s.borrow().iter().map(|e| e.key.clone()).collect();
                        self.write(b"(");
                        self.save_all(vm, &items)?;
                        if let Some(&idx) = self.memo.get(&addr) {
                            self.write(b"1");
                            self.get(idx);
                        } else {
                            self.write(&[0x91]);
                            self.memoize(addr);
                        }
                    }
                    _ => return Err(GiveUp),
                }
            }
            _ => return Err(GiveUp),
        }
        Ok(())
    }

    /// Runs `f` one level deeper; very deep graphs are left to the Python
    /// pickler (and its RecursionError).
    fn nested(&mut self, vm: &Vm, f: impl FnOnce(&mut Self, &Vm) -> R) -> R {
        if self.depth + vm.depth() >= vm.recursion_limit {
            return Err(GiveUp);
        }
        self.depth += 1;
        let r = f(self, vm);
        self.depth -= 1;
        r
    }

    /// Each of `items`, one level deeper.
    fn save_all(&mut self, vm: &Vm, items: &[Value]) -> R {
        self.nested(vm, |p, vm| {
            for x in items {
                p.save(vm, x)?;
            }
            Ok(())
        })
    }

    fn save_int(&mut self, i: i64) {
        if (0..=0xff).contains(&i) {
            self.write(&[b'K', i as u8]);
        } else if (0..=0xffff).contains(&i) {
            let b = (i as u16).to_le_bytes();
            self.write(&[b'M', b[0], b[1]]);
        } else if (-0x8000_0000..=0x7fff_ffff).contains(&i) {
            let b = (i as i32).to_le_bytes();
            self.write(&[b'J', b[0], b[1], b[2], b[3]]);
        } else {
            self.save_bigint(&num_bigint::BigInt::from(i));
        }
    }

    fn save_bigint(&mut self, b: &num_bigint::BigInt) {
        let enc = if num_traits::Zero::is_zero(b) { Vec::new() } else { b.to_signed_bytes_le() };
        if enc.len() < 256 {
            self.write(&[0x8a, enc.len() as u8]);
        } else {
            let mut h = vec![0x8b];
            h.extend_from_slice(&(enc.len() as i32).to_le_bytes());
            self.write(&h);
        }
        self.write(&enc);
    }

    fn save_float(&mut self, f: f64) {
        let mut b = vec![b'G'];
        b.extend_from_slice(&f.to_be_bytes());
        self.write(&b);
    }

    fn save_str(&mut self, addr: usize, enc: &[u8]) {
        // SHORT_BINUNICODE from protocol 4; BINUNICODE; BINUNICODE8.
        let short = if self.proto >= 4 { Some(0x8c) } else { None };
        self.save_counted(addr, enc, short, b'X', 0x8d);
    }

    fn save_bytes(&mut self, addr: usize, b: &[u8]) {
        // SHORT_BINBYTES, BINBYTES, BINBYTES8.
        self.save_counted(addr, b, Some(b'C'), b'B', 0x8e);
    }

    /// A str's or bytes' payload after the opcode its length calls for:
    /// `short` (one length byte), `op4` (four) or, from protocol 4 and past
    /// 4 GiB, `op8` (eight); a payload as big as a frame goes outside the
    /// frames.
    fn save_counted(&mut self, addr: usize, data: &[u8], short: Option<u8>, op4: u8, op8: u8) {
        let n = data.len();
        match short {
            Some(op) if n <= 0xff => {
                self.write(&[op, n as u8]);
                self.write(data);
            }
            _ if n > 0xffff_ffff && self.proto >= 4 => {
                let mut h = vec![op8];
                h.extend_from_slice(&(n as u64).to_le_bytes());
                self.write_large(&h, data);
            }
            _ => {
                let mut h = vec![op4];
                h.extend_from_slice(&(n as u32).to_le_bytes());
                if n >= FRAME_TARGET {
                    self.write_large(&h, data);
                } else {
                    self.write(&h);
                    self.write(data);
                }
            }
        }
        self.memoize(addr);
    }

    fn save_tuple(&mut self, vm: &Vm, addr: usize, items: &[Value]) -> R {
        if items.is_empty() {
            self.write(b")");
            return Ok(());
        }
        let n = items.len();
        if n <= 3 {
            self.save_all(vm, items)?;
            // A tuple reached again through its own items was memoized
            // meanwhile: drop the copies and fetch it.
            if let Some(&idx) = self.memo.get(&addr) {
                self.write(&vec![b'0'; n]);
                self.get(idx);
            } else {
                self.write(&[[0x85, 0x86, 0x87][n - 1]]);
                self.memoize(addr);
            }
            return Ok(());
        }
        self.write(b"(");
        self.save_all(vm, items)?;
        if let Some(&idx) = self.memo.get(&addr) {
            self.write(b"1");
            self.get(idx);
        } else {
            self.write(b"t");
            self.memoize(addr);
        }
        Ok(())
    }

    /// A list's items: APPEND for a batch of one, MARK ... APPENDS else.
    fn batch(&mut self, vm: &Vm, items: &[Value], one: &[u8], many: &[u8]) -> R {
        for chunk in items.chunks(BATCH) {
            if chunk.len() > 1 {
                self.write(b"(");
                for x in chunk {
                    self.save(vm, x)?;
                }
                self.write(many);
            } else {
                self.save(vm, &chunk[0])?;
                self.write(one);
            }
        }
        Ok(())
    }

    fn batch_items(&mut self, vm: &Vm, items: &[(Value, Value)]) -> R {
        for chunk in items.chunks(BATCH) {
            if chunk.len() > 1 {
                self.write(b"(");
                for (k, v) in chunk {
                    self.save(vm, k)?;
                    self.save(vm, v)?;
                }
                self.write(b"u");
            } else {
                self.save(vm, &chunk[0].0)?;
                self.save(vm, &chunk[0].1)?;
                self.write(b"s");
            }
        }
        Ok(())
    }
}
