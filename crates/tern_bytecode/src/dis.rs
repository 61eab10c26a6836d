//! A plain-text disassembler over code words (the VM's quickened words or
//! the compiler's originals).

use crate::code::{CodeObject, Constant};
use crate::opcode::{Opcode, BINOPS, BINOP_INPLACE, CMPOPS};

/// Disassembles `words` (which may be quickened) of `code`, one line per
/// instruction: line number, offset, name, argument and what it means.
pub fn disassemble(code: &CodeObject, words: &[u32]) -> String {
    disassemble_annotated(code, words, &|_, _| String::new())
}

/// Like [`disassemble`], appending `annotate(pc, op)` (for example a
/// summary of the instruction's inline cache) to each line that has one.
pub fn disassemble_annotated(code: &CodeObject, words: &[u32], annotate: &dyn Fn(usize, Opcode) -> String) -> String {
    let mut out = String::new();
    let mut pc = 0;
    let mut last_line = 0;
    while pc < words.len() {
        let (byte, arg) = crate::decode(words[pc]);
        let Some(op) = Opcode::from_u8(byte) else {
            out.push_str(&format!("      {pc:>6} <bad opcode {byte}>\n"));
            pc += 1;
            continue;
        };
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        let meaning = describe_arg(code, op, arg);
        let note = annotate(pc, op);
        let line = format!("{line_col} {pc:>6} {:<28} {arg:<6} {meaning}", op.name());
        if note.is_empty() {
            out.push_str(&line);
        } else {
            out.push_str(&format!("{line:<64} [{note}]"));
        }
        out.push('\n');
        pc += 1 + op.cache_words();
    }
    out
}

fn describe_arg(code: &CodeObject, op: Opcode, arg: u32) -> String {
    use Opcode::*;
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    match op.family() {
        LOAD_CONST | KW_NAMES => code.consts.get(arg as usize).map(const_repr).unwrap_or_default(),
        LOAD_GLOBAL => format!("({})", name(arg >> 1)),
        LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR | STORE_ATTR | DELETE_ATTR | LOAD_METHOD
        | IMPORT_NAME | IMPORT_FROM => format!("({})", name(arg)),
        LOAD_FAST | STORE_FAST | DELETE_FAST | LOAD_FAST__LOAD_FAST | LOAD_FAST__LOAD_CONST | STORE_FAST__LOAD_FAST => {
            format!("({})", code.varnames.get(arg as usize).cloned().unwrap_or_default())
        }
        BINARY_OP => {
            let inplace = arg >= BINOP_INPLACE;
            let op = BINOPS.get((arg % BINOP_INPLACE) as usize).map(|b| b.symbol()).unwrap_or("?");
            format!("({op}{})", if inplace { "=" } else { "" })
        }
        COMPARE_OP => format!("({})", CMPOPS.get(arg as usize).map(|c| c.symbol()).unwrap_or("?")),
        _ if op.is_jump() => format!("(to {arg})"),
        _ => String::new(),
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(r, i) => format!("({r}+{i}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Wtf8Str(b) => format!("{:?}", String::from_utf8_lossy(b)),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            format!("({})", items.iter().map(const_repr).collect::<Vec<_>>().join(", "))
        }
        Constant::Names(n) => format!("{n:?}"),
        Constant::Code(c) => format!("<code {}>", c.name),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}
