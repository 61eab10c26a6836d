//! Emits instructions for one code object: labels, the exception-handler
//! regions that become the exception table, stack-depth tracking and the
//! final assembly into words.

use std::collections::HashMap;
use tern_bytecode::opcode::stack_effect;
use tern_bytecode::{encode, CodeObject, Constant, ExceptionEntry, Opcode};

/// A jump target, bound to an instruction position later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// An active exception handler region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
}

struct Instr {
    op: Opcode,
    arg: u32,
    line: u32,
    pos: Option<[u32; 4]>,
    handler: Option<Handler>,
}

/// Builds one code object.
pub struct CodeBuilder {
    instrs: Vec<Instr>,
    label_pos: Vec<Option<usize>>,
    label_depth: Vec<Option<i32>>,
    pub handlers: Vec<Handler>,
    pub depth: i32,
    max_depth: i32,
    /// False after an unconditional jump, until a label is bound.
    reachable: bool,
    pub line: u32,
    /// The source range of the next instruction emitted (taken by it).
    pub pos: Option<[u32; 4]>,
    /// The line the code object starts on (`co_firstlineno`).
    pub first_line: u32,
    pub consts: Vec<Constant>,
    const_index: HashMap<String, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl CodeBuilder {
    pub fn new(first_line: u32) -> CodeBuilder {
        CodeBuilder {
            instrs: Vec::new(),
            label_pos: Vec::new(),
            label_depth: Vec::new(),
            handlers: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            line: first_line,
            pos: None,
            first_line,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.label_pos.push(None);
        self.label_depth.push(None);
        Label(self.label_pos.len() as u32 - 1)
    }

    /// Binds `label` here. The stack depth continues from fallthrough, or
    /// from the jumps that target it when the code before is unreachable.
    pub fn bind(&mut self, label: Label) {
        self.label_pos[label.0 as usize] = Some(self.instrs.len());
        if let Some(d) = self.label_depth[label.0 as usize] {
            if !self.reachable {
                self.depth = d;
            }
        }
        self.reachable = true;
    }

    /// Binds a handler label: the stack is the handler's depth plus the
    /// exception.
    pub fn bind_handler(&mut self, h: Handler) {
        self.label_pos[h.label.0 as usize] = Some(self.instrs.len());
        self.depth = h.depth as i32 + 1;
        self.max_depth = self.max_depth.max(self.depth);
        self.reachable = true;
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let handler = self.handlers.last().copied();
        let pos = self.pos.take();
        self.instrs.push(Instr { op, arg, line: self.line, pos, handler });
        if op.is_jump() {
            let target_depth = self.depth + stack_effect(op, arg, true);
            let slot = &mut self.label_depth[arg as usize];
            if slot.is_none() {
                *slot = Some(target_depth);
            }
            self.max_depth = self.max_depth.max(target_depth);
        }
        self.depth += stack_effect(op, arg, false);
        self.max_depth = self.max_depth.max(self.depth);
        if op.is_terminator() {
            self.reachable = false;
        }
    }

    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.emit(op, label.0);
    }

    /// Starts a handler region covering what is emitted next.
    pub fn push_handler(&mut self, label: Label) -> Handler {
        let h = Handler { label, depth: self.depth as u32 };
        self.handlers.push(h);
        h
    }

    pub fn pop_handler(&mut self) {
        self.handlers.pop();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.const_index.get(k) {
                return i;
            }
        }
        self.consts.push(c);
        let i = self.consts.len() as u32 - 1;
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        self.names.push(n.to_string());
        let i = self.names.len() as u32 - 1;
        self.name_index.insert(n.to_string(), i);
        i
    }

    pub fn varname(&mut self, n: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|v| v == n) {
            return i as u32;
        }
        self.varnames.push(n.to_string());
        self.varnames.len() as u32 - 1
    }

    /// Index of a cell or free variable in the combined cell slots.
    pub fn deref_index(&self, n: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|v| v == n) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|v| v == n).map(|i| (i + self.cellvars.len()) as u32)
    }

    /// `POP_JUMP_IF_X skip; JUMP target; skip:` becomes
    /// `POP_JUMP_IF_NOT_X target; skip:` (`if c: break`, `if c: continue`):
    /// one dispatch less when the condition holds. The JUMP is removed
    /// only when no label points at it.
    fn invert_jumps_over_jumps(&mut self) {
        use Opcode::*;
        let mut i = 0;
        while i + 1 < self.instrs.len() {
            let inverted = match self.instrs[i].op {
                POP_JUMP_IF_FALSE => Some(POP_JUMP_IF_TRUE),
                POP_JUMP_IF_TRUE => Some(POP_JUMP_IF_FALSE),
                POP_JUMP_IF_NONE => Some(POP_JUMP_IF_NOT_NONE),
                POP_JUMP_IF_NOT_NONE => Some(POP_JUMP_IF_NONE),
                _ => None,
            };
            let skips_a_jump = inverted.is_some()
                && self.instrs[i + 1].op == JUMP
                && self.label_pos[self.instrs[i].arg as usize] == Some(i + 2)
                && !self.label_pos.contains(&Some(i + 1));
            if let (Some(inv), true) = (inverted, skips_a_jump) {
                let target = self.instrs[i + 1].arg;
                self.instrs[i].op = inv;
                self.instrs[i].arg = target;
                self.instrs.remove(i + 1);
                for p in self.label_pos.iter_mut().flatten() {
                    if *p > i + 1 {
                        *p -= 1;
                    }
                }
            }
            i += 1;
        }
    }

    /// `BUILD_TUPLE n; UNPACK_SEQUENCE n` (`a, b = b, a`) becomes `SWAP n`
    /// for n of 2 or 3 and nothing for 1, as CPython's optimizer does: the
    /// unpacked items land in the order the swap gives, and no tuple is
    /// made. Not when a label points between the two.
    fn fold_tuple_unpacks(&mut self) {
        use Opcode::*;
        let mut i = 0;
        while i + 1 < self.instrs.len() {
            let (a, b) = (&self.instrs[i], &self.instrs[i + 1]);
            let n = a.arg;
            if a.op == BUILD_TUPLE
                && b.op == UNPACK_SEQUENCE
                && b.arg == n
                && (1..=3).contains(&n)
                && !self.label_pos.contains(&Some(i + 1))
            {
                let removed = if n == 1 { 2 } else { 1 };
                if n == 1 {
                    self.instrs.drain(i..i + 2);
                } else {
                    self.instrs[i].op = SWAP;
                    self.instrs.remove(i + 1);
                }
                for p in self.label_pos.iter_mut().flatten() {
                    if *p > i {
                        *p -= removed;
                    }
                }
            }
            i += 1;
        }
    }

    /// Jump threading (as CPython's optimizer): a jump whose target is an
    /// unconditional JUMP goes straight to that JUMP's target (`if` at the
    /// end of a loop body, `break` out of nested blocks, `elif` chains).
    fn thread_jumps(&mut self) {
        for i in 0..self.instrs.len() {
            if !self.instrs[i].op.is_jump() {
                continue;
            }
            let mut label = self.instrs[i].arg;
            // A bound on the chain also ends cycles (`while True: pass`).
            for _ in 0..8 {
                match self.label_pos[label as usize].and_then(|p| self.instrs.get(p)) {
                    Some(t) if t.op == Opcode::JUMP && t.arg != label => label = t.arg,
                    _ => break,
                }
            }
            self.instrs[i].arg = label;
        }
    }

    /// Lays out words, resolves labels and builds the exception table.
    pub fn finish(mut self, mut code: CodeObject) -> CodeObject {
        // The end of a function returns None if control can fall off it;
        // code never ends in one that falls through, even where it is
        // unreachable (the dispatch loop relies on it: see `verify`).
        if self.reachable || !self.instrs.last().is_some_and(|i| i.op.is_terminator()) {
            let c = self.add_const(Constant::None);
            self.emit(Opcode::LOAD_CONST, c);
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        self.fold_tuple_unpacks();
        self.invert_jumps_over_jumps();
        self.thread_jumps();
        let mut offsets = Vec::with_capacity(self.instrs.len() + 1);
        let mut pc = 0u32;
        for ins in &self.instrs {
            offsets.push(pc);
            pc += 1 + ins.op.cache_words() as u32;
        }
        offsets.push(pc);
        let label_off = |l: u32, pos: &Vec<Option<usize>>| -> u32 { pos[l as usize].map(|p| offsets[p]).unwrap_or(pc) };
        let mut words = Vec::with_capacity(pc as usize);
        let mut lines = Vec::with_capacity(pc as usize);
        let mut positions = Vec::with_capacity(pc as usize);
        for ins in &self.instrs {
            let arg = if ins.op.is_jump() { label_off(ins.arg, &self.label_pos) } else { ins.arg };
            code.arg_overflow |= arg > tern_bytecode::MAX_ARG;
            words.push(encode(ins.op, arg));
            lines.push(ins.line);
            positions.push(ins.pos);
            for _ in 0..ins.op.cache_words() {
                words.push(0);
                lines.push(ins.line);
                positions.push(ins.pos);
            }
        }
        // Coalesce runs of instructions with the same handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < self.instrs.len() {
            let Some(h) = self.instrs[i].handler else {
                i += 1;
                continue;
            };
            let start = i;
            while i < self.instrs.len() && self.instrs[i].handler == Some(h) {
                i += 1;
            }
            table.push(ExceptionEntry {
                start: offsets[start],
                end: offsets[i],
                target: label_off(h.label.0, &self.label_pos),
                depth: h.depth,
                lasti: false,
            });
        }
        code.code = words;
        code.lines = lines;
        code.positions = positions;
        code.consts = self.consts;
        code.names = self.names;
        code.varnames = self.varnames;
        code.cellvars = self.cellvars;
        code.freevars = self.freevars;
        code.max_stack = self.max_depth.max(0) as u32 + 2;
        code.exception_table = table;
        code
    }
}

/// A key under which equal constants are shared (None for code objects).
fn const_key(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "N".into(),
        Constant::Bool(b) => format!("B{b}"),
        Constant::Int(i) => format!("I{i}"),
        Constant::BigInt(s) => format!("L{s}"),
        Constant::Float(f) => format!("F{}", f.to_bits()),
        Constant::Complex(r, i) => format!("C{}:{}", r.to_bits(), i.to_bits()),
        Constant::Str(s) => format!("S{s}"),
        Constant::Wtf8Str(b) => format!("W{b:?}"),
        Constant::Bytes(b) => format!("Y{b:?}"),
        Constant::Tuple(items) => {
            let mut k = String::from("T(");
            for it in items {
                k.push_str(&const_key(it)?);
                k.push(',');
            }
            k.push(')');
            k
        }
        Constant::Names(n) => format!("K{n:?}"),
        Constant::Ellipsis => "E".into(),
        Constant::Code(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use tern_bytecode::{decode, word_len, CodeObject, Constant, Opcode};

    /// Every jump of `code` and its nested code objects, as (op, target op).
    fn jumps(code: &CodeObject, out: &mut Vec<(Opcode, Opcode)>) {
        let op_at = |pc: usize| Opcode::from_u8(decode(code.code[pc]).0).expect("opcode");
        let mut pc = 0;
        while pc < code.code.len() {
            let (op, arg) = (op_at(pc), decode(code.code[pc]).1);
            if op.is_jump() && (arg as usize) < code.code.len() {
                out.push((op, op_at(arg as usize)));
            }
            pc += word_len(code.code[pc]);
        }
        for c in &code.consts {
            if let Constant::Code(inner) = c {
                jumps(inner, out);
            }
        }
    }

    #[test]
    fn no_jump_lands_on_a_jump() {
        let src = "
def f(xs, n):
    best = 0
    for x in xs:
        if x > best:
            best = x
        elif x < 0:
            break
    while n:
        n -= 1
        if n == 3:
            continue
    while True:
        pass
";
        let code = crate::compile_module(src, "<test>").expect("compiles");
        let mut found = Vec::new();
        jumps(&code, &mut found);
        assert!(found.len() >= 5, "{found:?}");
        // Only the self-loop of `while True: pass` may target a JUMP.
        let onto_jump = found.iter().filter(|(_, t)| *t == Opcode::JUMP).count();
        assert!(onto_jump <= 1, "{found:?}");
    }

    #[test]
    fn conditional_jump_over_a_jump_is_inverted() {
        let src = "
def f(xs):
    for x in xs:
        if x is None:
            break
        if x > 3:
            continue
        print(x)
";
        let code = crate::compile_module(src, "<test>").expect("compiles");
        let Some(Constant::Code(f)) = code.consts.iter().find(|c| matches!(c, Constant::Code(_))) else { panic!("no function") };
        let mut ops = Vec::new();
        let mut pc = 0;
        while pc < f.code.len() {
            ops.push(Opcode::from_u8(decode(f.code[pc]).0).expect("opcode"));
            pc += word_len(f.code[pc]);
        }
        let conditional = |op: Opcode| op.is_jump() && op != Opcode::JUMP && op != Opcode::FOR_ITER;
        assert!(ops.iter().filter(|op| conditional(**op)).count() >= 2, "{ops:?}");
        for w in ops.windows(2) {
            assert!(!(conditional(w[0]) && w[1] == Opcode::JUMP), "conditional jump before a JUMP: {ops:?}");
        }
    }
}
