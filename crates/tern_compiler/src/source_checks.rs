//! Errors CPython's tokenizer and its `single` mode raise that ruff's
//! parser does not: indentation that mixes tabs and spaces inconsistently
//! (`TabError`), and more than one statement given to
//! `compile(..., 'single')`.

use crate::errors::{CompileError, ErrorKind, LineIndex};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

/// The `TabError` of the first logical line whose indentation compares
/// differently with tabs as 8 columns and as 1 (CPython's tokenizer keeps
/// both widths of each indentation level).
pub(crate) fn tab_error(source: &str, filename: &str, lines: &LineIndex) -> Option<CompileError> {
    if !source.contains('\t') {
        return None;
    }
    let b = source.as_bytes();
    let (mut stack, mut alt_stack) = (vec![0usize], vec![0usize]);
    let mut depth = 0usize;
    let mut i = 0;
    let mut at_line_start = true;
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            let line_start = i;
            let (mut col, mut alt) = (0usize, 0usize);
            while i < b.len() {
                match b[i] {
                    b' ' => (col, alt) = (col + 1, alt + 1),
                    b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                    b'\x0c' => (col, alt) = (0, 0),
                    _ => break,
                }
                i += 1;
            }
            let blank = matches!(b.get(i), None | Some(b'#' | b'\n' | b'\r'));
            if depth == 0 && !blank && inconsistent(&mut stack, &mut alt_stack, col, alt) {
                let line = lines.line(line_start as u32);
                return Some(CompileError {
                    kind: ErrorKind::TabError,
                    message: "inconsistent use of tabs and spaces in indentation".into(),
                    filename: filename.to_string(),
                    line,
                    column: 1,
                    end_line: line,
                    end_column: 0,
                    text: lines.line_text(line),
                    text_newline: true,
                    text_from_file: false,
                });
            }
            continue;
        }
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            // A continued line is not a new logical line.
            b'\\' => i += 1,
            b'\'' | b'"' => match crate::parse_error::skip_string(b, i) {
                Ok(next) => {
                    i = next;
                    continue;
                }
                Err(_) => return None,
            },
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => at_line_start = true,
            _ => {}
        }
        i += 1;
    }
    None
}

/// CPython's indentation check for one logical line: updates the stacks
/// of indentation widths (tabs as 8 columns, and as 1) and says whether
/// the two disagree.
fn inconsistent(stack: &mut Vec<usize>, alt_stack: &mut Vec<usize>, col: usize, alt: usize) -> bool {
    let (top, alt_top) = (*stack.last().unwrap_or(&0), *alt_stack.last().unwrap_or(&0));
    if col == top {
        return alt != alt_top;
    }
    if col > top {
        if alt <= alt_top {
            return true;
        }
        stack.push(col);
        alt_stack.push(alt);
        return false;
    }
    while stack.len() > 1 && col < *stack.last().unwrap_or(&0) {
        stack.pop();
        alt_stack.pop();
    }
    // A dedent to no outer level is the parser's error.
    col == *stack.last().unwrap_or(&0) && alt != *alt_stack.last().unwrap_or(&0)
}

/// `compile(source, name, 'single')` takes one statement (simple
/// statements on one line count as one): the error CPython raises for
/// none or for more.
pub(crate) fn single_statement(body: &[Stmt], source: &str, filename: &str, lines: &LineIndex) -> Result<(), CompileError> {
    let error = |message: &str, line: u32, column: u32, end_column: i32| CompileError {
        kind: ErrorKind::SyntaxError,
        message: message.into(),
        filename: filename.to_string(),
        line,
        column,
        end_line: line,
        end_column,
        text: if line == 0 { Some(String::new()) } else { lines.line_text(line) },
        text_newline: line > 0 && source.split_inclusive('\n').nth(line as usize - 1).is_some_and(|l| l.ends_with('\n')),
        text_from_file: false,
    };
    let Some(first) = body.first() else {
        // Only blank lines and comments: the error is at the end.
        let line = source.split_inclusive('\n').count() as u32;
        return Err(error("invalid syntax", line, 0, 0));
    };
    let first_line = lines.line(first.range().start().to_u32());
    let Some(next) = body.iter().find(|s| lines.line(s.range().start().to_u32()) > first_line) else { return Ok(()) };
    let compound = !matches!(
        first,
        Stmt::Expr(_)
            | Stmt::Assign(_)
            | Stmt::AugAssign(_)
            | Stmt::AnnAssign(_)
            | Stmt::Return(_)
            | Stmt::Delete(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Raise(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Assert(_)
            | Stmt::TypeAlias(_)
            | Stmt::IpyEscapeCommand(_)
    );
    if compound {
        // The statement after the block is a syntax error at its first token.
        let start = next.range().start().to_u32();
        let line = lines.line(start);
        let column = lines.column(start);
        let token_end =
            source[start as usize..].find(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(source.len(), |n| start as usize + n.max(1));
        return Err(error("invalid syntax", line, column, lines.column(token_end as u32) as i32));
    }
    // At the newline that ends the first statement's line.
    let last = body.iter().take_while(|s| lines.line(s.range().start().to_u32()) == first_line).last().unwrap_or(first);
    let end = last.range().end().to_usize();
    let eol = source[end..].find('\n').map_or(source.len(), |n| end + n);
    let eol = source[end..eol].find('#').map_or(eol, |n| end + n);
    let eol = source[..eol].trim_end_matches([' ', '\t', '\r']).len().max(end);
    let column = lines.column(eol as u32);
    Err(error("multiple statements found while compiling a single statement", first_line, column, column as i32))
}

/// Parses a module (`exec` or `single` mode) with CPython's errors: a
/// `TabError` wins over a parser error on a later line, and `single` takes
/// one statement.
pub(crate) fn parse_module(source: &str, filename: &str, lines: &LineIndex, mode: crate::Mode) -> Result<ast::ModModule, CompileError> {
    let tabs = tab_error(source, filename, lines);
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(p) => p.into_syntax(),
        Err(e) => {
            let err = crate::parse_error::parse_error(&e, filename, lines, source, mode == crate::Mode::Exec);
            return Err(match tabs {
                Some(t) if t.line <= err.line => t,
                _ => err,
            });
        }
    };
    if let Some(t) = tabs {
        return Err(t);
    }
    if mode == crate::Mode::Single {
        single_statement(&parsed.body, source, filename, lines)?;
    }
    Ok(parsed)
}
