//! The column markers under a traceback's source line (`^^^^`, or
//! `~~^~~` for an operator and `~^^^^` for a subscript), computed as
//! CPython 3.11's `traceback.format_frame_summary` does from an
//! instruction's position.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// Character offset of byte offset `b` in `s` (a split character counts,
/// as CPython's decode with errors="replace").
fn chars_before(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    let mut n = s.char_indices().take_while(|(i, _)| *i < b).count();
    if !s.is_char_boundary(b) {
        n = n.max(1);
    }
    n
}

/// `(left_end, right_start)`: where the secondary markers go in an
/// operator or subscript segment (character offsets), or None.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    let [Stmt::Expr(e)] = module.body.as_slice() else { return None };
    match &*e.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let op_start = chars_before(segment, left_end);
            let op_end = chars_before(segment, b.right.range().start().to_usize());
            let op: Vec<char> = segment.chars().skip(op_start).take(op_end.saturating_sub(op_start)).collect();
            let ws = op.iter().take_while(|c| c.is_whitespace()).count();
            let left = left_end + ws;
            let mut right = left + 1;
            if ws + 1 < op.len() && !op[ws + 1].is_whitespace() {
                right += 1;
            }
            Some((chars_before(segment, left), chars_before(segment, right)))
        }
        Expr::Subscript(s) => {
            Some((chars_before(segment, s.value.range().end().to_usize()), chars_before(segment, s.slice.range().end().to_usize() + 1)))
        }
        _ => None,
    }
}

/// The marker line for `line` (the source line, without its newline) and
/// an instruction at `[line, end_line, col, end_col]` (byte columns), or
/// None when CPython prints none (the markers would span the whole line).
/// `python_quirk`: traceback.py's placement, which also counts the line's
/// trailing blanks as stripped; the interpreter's own printer does not.
pub fn marker_line(line: &str, pos: [u32; 4], python_quirk: bool) -> Option<String> {
    let [lineno, end_lineno, col, end_col] = pos;
    let stripped = line.trim();
    let stripped_len = stripped.chars().count();
    let indent = line.chars().count() - line.trim_start().chars().count();
    // CPython counts trailing blanks as stripped before the markers too.
    let trailing = if python_quirk { line.chars().count() - line.trim_end().chars().count() } else { 0 };
    let start = chars_before(line, col as usize);
    let mut end = chars_before(line, end_col as usize);
    let mut anchor = None;
    if lineno == end_lineno {
        let seg: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
        anchor = anchors(&seg);
    } else {
        end = indent + stripped_len;
    }
    let width = end.saturating_sub(start);
    let anchored = matches!(anchor, Some((l, r)) if r > l);
    if width >= stripped_len && !anchored {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent + trailing)));
    match anchor {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}
