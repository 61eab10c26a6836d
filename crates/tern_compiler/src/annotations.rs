//! `from __future__ import annotations` (PEP 563): annotations are stored
//! as strings, written back from the expression as CPython's unparser
//! writes them (`List[int]`, `'Foo'`, `int | None`). Expressions outside
//! the common annotation forms fall back to their source text.

use ruff_python_ast::{self as ast, Expr, Number, Operator};
use ruff_text_size::Ranged;

/// Whether the module body starts with `from __future__ import annotations`
/// (after an optional docstring and other future imports).
pub fn future_annotations(body: &[ast::Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(ast::Stmt::Expr(e)) = stmts.peek() {
        if matches!(&*e.value, Expr::StringLiteral(_)) {
            stmts.next();
        }
    }
    for s in stmts {
        match s {
            ast::Stmt::ImportFrom(i) if i.module.as_ref().map(|m| m.as_str()) == Some("__future__") => {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// The annotation's text.
pub fn unparse(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    write(e, source, &mut out);
    out
}

fn write(e: &Expr, source: &str, out: &mut String) {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, source, out);
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, source, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => list(&t.elts, source, out),
                other => write(other, source, out),
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            list(&t.elts, source, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            list(&l.elts, source, out);
            out.push(']');
        }
        Expr::BinOp(b) if matches!(b.op, Operator::BitOr) => {
            write(&b.left, source, out);
            out.push_str(" | ");
            write(&b.right, source, out);
        }
        Expr::StringLiteral(s) => out.push_str(&str_repr(s.value.to_str())),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)) => out.push_str(&source[n.range()]),
        other => out.push_str(&source[other.range()]),
    }
}

fn list(items: &[Expr], source: &str, out: &mut String) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(e, source, out);
    }
}

/// A str's repr, as Python writes it.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
