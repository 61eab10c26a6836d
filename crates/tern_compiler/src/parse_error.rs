//! Turns `ruff_python_parser` errors into CPython 3.11's `SyntaxError`s:
//! the message, the kind (`IndentationError`, ...) and the location.
//!
//! CPython's tokenizer errors (unclosed, unmatched or mismatched brackets,
//! unterminated strings) override the parser's errors, as CPython re-runs
//! its tokenizer over the whole file after a parser error; `scan` is that
//! second tokenizer pass.

use crate::errors::{CompileError, ErrorKind, LineIndex};
use crate::number_token::{number_end, NumberError};
use ruff_python_ast::{self as ast, Expr};
use ruff_python_parser::{InterpolatedStringErrorType as FS, LexicalErrorType as L, ParseError, ParseErrorType as P};
use ruff_text_size::{Ranged, TextRange};

/// A syntax error under construction: kind, message, start and end
/// offsets, and who raises it in CPython (which decides its `text` and
/// `end_offset`).
struct Found {
    kind: ErrorKind,
    message: String,
    start: usize,
    end: usize,
    by: RaisedBy,
}

/// Where CPython raises an error, which shapes its location.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RaisedBy {
    /// The parser: `text` is the tokenizer's buffer for the line (with
    /// its newline; exec mode adds one to source without it).
    Parser,
    /// The tokenizer itself (`unterminated string literal`, `unmatched
    /// ')'`): `text` without the newline, `end_offset` equal to `offset`.
    Tokenizer,
    /// The tokenizer, with a known range (`leading zeros ...`).
    TokenizerRange,
    /// `'(' was never closed`, at the end of the source: `end_offset` 0;
    /// the buffer's text when the bracket is on the last line read, else
    /// the line without its newline.
    NeverClosed,
    /// An indentation error: `end_offset` -1.
    Indent,
    /// An f-string's own error, at the token after the string (as wide),
    /// or where the line ends.
    FString,
}

impl Found {
    fn syntax(message: impl Into<String>, start: usize, end: usize) -> Found {
        Found { kind: ErrorKind::SyntaxError, message: message.into(), start, end, by: RaisedBy::Parser }
    }

    fn by(mut self, by: RaisedBy) -> Found {
        self.by = by;
        self
    }
}

/// The `SyntaxError` for ruff's error `e`; `exec` is true in exec mode
/// (where CPython's tokenizer ends the source with a newline).
pub(crate) fn parse_error(e: &ParseError, filename: &str, lines: &LineIndex, source: &str, exec: bool) -> CompileError {
    let start = e.location.start().to_usize().min(source.len());
    let end = e.location.end().to_usize().min(source.len()).max(start);
    let mut overridable = true;
    let mut found = match &e.error {
        P::FStringError(k) | P::Lexical(L::FStringError(k)) if fstring_message(k).is_some() => {
            overridable = false;
            // CPython 3.11 reports these at the token after the f-string.
            let end = string_end(source, start).unwrap_or(start);
            let at = end + source[end..].len() - source[end..].trim_start_matches([' ', '\t', '\x0c']).len();
            // A comment stands for the NEWLINE token that ends the line.
            let token_end = match source.as_bytes().get(at) {
                Some(b'#') => source[at..].find('\n').map_or(source.len(), |n| at + n),
                _ => first_token_end(source, at),
            };
            Found::syntax(fstring_message(k).unwrap_or_default(), at, token_end).by(RaisedBy::FString)
        }
        P::Lexical(lex @ (L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace)) => {
            overridable = false;
            let unknown_name_at = matches!(lex, L::UnicodeError).then_some(start);
            match crate::escape_error::find(source, unknown_name_at) {
                Some(e) => Found::syntax(e.message, e.start, e.end),
                None => lexical(lex, start, end, lines, source),
            }
        }
        P::Lexical(lex) => {
            overridable = false;
            lexical(lex, start, end, lines, source)
        }
        P::UnexpectedIndentation => {
            overridable = false;
            // CPython's offset is the indent's width: left of the text, so
            // no caret is shown.
            let line_start = lines.line_start(lines.line(start as u32)) as usize;
            let indent = source[line_start..].len() - source[line_start..].trim_start_matches([' ', '\t', '\x0c']).len();
            let at = (line_start + indent).saturating_sub(1).max(line_start);
            Found { kind: ErrorKind::IndentationError, message: "unexpected indent".into(), start: at, end: at, by: RaisedBy::Indent }
        }
        P::InvalidAssignmentTarget => assign_target(source, start, end, false),
        P::InvalidDeleteTarget => assign_target(source, start, end, true),
        P::InvalidAugmentedAssignmentTarget => {
            let name = parse_range(source, start, end).map(|e| expr_name(&e)).unwrap_or("expression");
            Found::syntax(format!("'{name}' is an illegal expression for augmented assignment"), start, end)
        }
        P::InvalidAnnotatedAssignmentTarget if !annotation_follows(source, end) => Found::syntax("invalid syntax", start, start),
        P::InvalidAnnotatedAssignmentTarget => {
            let msg = match parse_range(source, start, end) {
                Some(Expr::List(_)) => "only single target (not list) can be annotated",
                Some(Expr::Tuple(_)) => "only single target (not tuple) can be annotated",
                _ => "illegal target for annotation",
            };
            Found::syntax(msg, start, end)
        }
        P::InvalidNamedAssignmentTarget => {
            let name = parse_range(source, start, end).map(|e| expr_name(&e)).unwrap_or("expression");
            Found::syntax(format!("cannot use assignment expressions with {name}"), start, end)
        }
        P::PositionalAfterKeywordArgument => {
            let at = closing_paren(source, end);
            Found::syntax("positional argument follows keyword argument", at, at + 1)
        }
        P::PositionalAfterKeywordUnpacking => {
            let at = closing_paren(source, end);
            Found::syntax("positional argument follows keyword argument unpacking", at, at + 1)
        }
        P::InvalidArgumentUnpackingOrder => {
            Found::syntax("iterable argument unpacking follows keyword argument unpacking", start, (start + 1).min(source.len()))
        }
        P::UnparenthesizedGeneratorExpression => Found::syntax("Generator expression must be parenthesized", start, end),
        P::NonDefaultParamAfterDefaultParam => Found::syntax("non-default argument follows default argument", start, end),
        P::ParamAfterVarKeywordParam => Found::syntax("arguments cannot follow var-keyword argument", start, end),
        P::ExpectedKeywordParam => Found::syntax("named arguments must follow bare *", start, end),
        // CPython's forced tokens: a block's ':' before the line ends,
        // and the '(' of a def.
        P::ExpectedToken { expected, found } if expected.to_string() == "`:`" && found.to_string() == "newline" => {
            Found::syntax("expected ':'", start, start)
        }
        P::ExpectedToken { expected, .. } if expected.to_string() == "`(`" && after_def_name(source, start) => {
            Found::syntax("expected '('", start, start)
        }
        P::ExpectedToken { expected, .. } if expected.to_string() == "`,`" && forgot_comma(source, start) => {
            Found::syntax("invalid syntax. Perhaps you forgot a comma?", start, start)
        }

        _ => {
            let raw = e.error.to_string();
            if raw.contains("`except` or `finally`") {
                Found::syntax("expected 'except' or 'finally' block", start, first_token_end(source, start))
            } else if raw.contains("Expected an indented block") {
                overridable = false;
                indented_block(lines, source, start)
            } else if let Some(f) = empty_fstring_field(source, start) {
                overridable = false;
                f
            } else if let Some(f) = legacy_statement(source, start) {
                f
            } else if let Some(f) = missing_else(source, start) {
                f
            } else {
                // The unexpected token's range.
                Found::syntax("invalid syntax", start, end)
            }
        }
    };
    if overridable {
        if let Some(t) = tokenizer_override(source, lines, found.start) {
            found = t;
        }
    }
    if !exec && found.by == RaisedBy::Parser && found.start >= source.len() {
        return at_end_of_input(found, filename, lines, source);
    }
    let line = lines.line(found.start as u32);
    let column = lines.column(found.start as u32);
    // A NEWLINE token's error ends where it starts.
    let newline_token = source.get(found.start..found.end).is_some_and(|t| t.trim().is_empty());
    let (end_line, end_column) = match found.by {
        RaisedBy::Tokenizer => (line, column as i32),
        RaisedBy::TokenizerRange => (lines.line(found.end as u32), lines.column(found.end as u32) as i32),
        RaisedBy::NeverClosed => (line, 0),
        RaisedBy::Indent => (line, -1),
        RaisedBy::FString if matches!(source.as_bytes().get(found.start), None | Some(b'\n' | b'\r')) => (line, column as i32),
        RaisedBy::FString => (line, lines.column(found.end as u32) as i32),
        RaisedBy::Parser if found.end > found.start && !newline_token => {
            (lines.line(found.end as u32), lines.column(found.end as u32) as i32)
        }
        RaisedBy::Parser => (line, column as i32),
    };
    // Whether the line, as CPython's tokenizer buffer holds it, ends with
    // a newline: it has one, or it is the last and exec mode added one.
    let lines_read = source.split_inclusive('\n').count();
    let has_newline = source.split_inclusive('\n').nth((line as usize).saturating_sub(1)).is_some_and(|l| l.ends_with('\n')) || exec;
    let text_newline = match found.by {
        RaisedBy::Tokenizer | RaisedBy::TokenizerRange => false,
        RaisedBy::NeverClosed => line as usize >= lines_read && has_newline,
        RaisedBy::Parser | RaisedBy::Indent | RaisedBy::FString => has_newline,
    };
    CompileError {
        kind: found.kind,
        message: found.message,
        filename: filename.to_string(),
        line,
        column,
        end_line,
        end_column,
        text: lines.line_text(line),
        text_newline,
        text_from_file: false,
    }
}

/// CPython 3.11's message for an error inside an f-string, where it has
/// one of its own.
fn fstring_message(k: &FS) -> Option<&'static str> {
    Some(match k {
        FS::UnclosedLbrace => "f-string: expecting '}'",
        FS::InvalidConversionFlag | FS::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        FS::SingleRbrace => "f-string: single '}' is not allowed",
        _ => return None,
    })
}

/// A replacement field with no expression (`f'{}'`, `f'{!r}'`): CPython
/// 3.11's f-string error, at the token after the string.
fn empty_fstring_field(source: &str, start: usize) -> Option<Found> {
    let end = string_end(source, start)?;
    let before = source[..start].trim_end_matches([' ', '\t']);
    if !before.ends_with('{') || before.ends_with("{{") {
        return None;
    }
    // The string is an f-string: its prefix holds an f.
    let quote = source[..start].rfind(['\'', '"'])?;
    let prefix_start = source[..quote].rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    if !source[prefix_start..quote].contains(['f', 'F']) {
        return None;
    }
    let message = match source[start..].trim_start_matches([' ', '\t']).chars().next()? {
        '}' => "f-string: empty expression not allowed",
        '!' => "f-string: expression required before '!'",
        ':' => "f-string: expression required before ':'",
        _ => return None,
    };
    let at = end + source[end..].len() - source[end..].trim_start_matches([' ', '\t', '\x0c']).len();
    let token_end = match source.as_bytes().get(at) {
        Some(b'#') => source[at..].find('\n').map_or(source.len(), |n| at + n),
        _ => first_token_end(source, at),
    };
    Some(Found::syntax(message, at, token_end).by(RaisedBy::FString))
}

/// The end of the string literal that holds offset `at`.
fn string_end(source: &str, at: usize) -> Option<usize> {
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() && i <= at {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' => i += 2,
            b'\'' | b'"' => {
                let next = skip_string(b, i).unwrap_or(b.len());
                if next > at {
                    return Some(next);
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    None
}

/// A parser error at the end of the input in `eval` and `single` mode
/// (no NEWLINE token ends it there): CPython reports offset 0 on the last
/// line read, or line 0 for empty input.
fn at_end_of_input(found: Found, filename: &str, lines: &LineIndex, source: &str) -> CompileError {
    let line = source.split_inclusive('\n').count() as u32;
    CompileError {
        kind: found.kind,
        message: found.message,
        filename: filename.to_string(),
        line,
        column: 0,
        end_line: line,
        end_column: 0,
        text: if line == 0 { Some(String::new()) } else { lines.line_text(line) },
        text_newline: source.ends_with('\n'),
        text_from_file: false,
    }
}

fn lexical(lex: &L, start: usize, end: usize, lines: &LineIndex, source: &str) -> Found {
    let line = lines.line(start as u32);
    match lex {
        L::IndentationError => {
            // CPython points just past the end of the line.
            let eol = source[start..].find('\n').map(|i| start + i).unwrap_or(source.len());
            Found {
                kind: ErrorKind::IndentationError,
                message: "unindent does not match any outer indentation level".into(),
                start: eol,
                end: eol,
                by: RaisedBy::Indent,
            }
        }
        L::UnclosedStringError => {
            let b = source.as_bytes();
            let q = (start..b.len()).find(|&i| b[i] == b'\'' || b[i] == b'"').unwrap_or(start);
            match skip_string(b, q) {
                Err((true, _)) => {
                    let last = lines.line(source.strip_suffix('\n').unwrap_or(source).len() as u32);
                    Found::syntax(format!("unterminated triple-quoted string literal (detected at line {last})"), start, start)
                        .by(RaisedBy::Tokenizer)
                }
                Err((false, at)) => {
                    let at = lines.line(at as u32);
                    Found::syntax(format!("unterminated string literal (detected at line {at})"), start, start).by(RaisedBy::Tokenizer)
                }
                Ok(_) => {
                    Found::syntax(format!("unterminated string literal (detected at line {line})"), start, start).by(RaisedBy::Tokenizer)
                }
            }
        }
        L::Eof => match tokenizer_override(source, lines, source.len()) {
            Some(f) => f,
            None => Found::syntax("unexpected EOF while parsing", start, start),
        },
        L::UnrecognizedToken { tok } => {
            let non_printable =
                tok.is_control() || (tok.is_whitespace() && *tok != ' ') || ('\u{200b}'..='\u{200f}').contains(tok) || *tok == '\u{feff}';
            let msg = if *tok == '$' || *tok == '?' || *tok == '`' {
                "invalid syntax".to_string()
            } else if non_printable {
                format!("invalid non-printable character U+{:04X}", *tok as u32)
            } else {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            };
            let by = if msg == "invalid syntax" { RaisedBy::Parser } else { RaisedBy::Tokenizer };
            Found::syntax(msg, start, end).by(by)
        }
        L::LineContinuationError => Found::syntax("unexpected character after line continuation character", start, start),
        _ => {
            let s = lex.to_string();
            if let Some(f) = scan(source).error {
                return f;
            }
            if s.contains("triple-quoted") {
                let last = lines.line(source.strip_suffix('\n').unwrap_or(source).len() as u32);
                Found::syntax(format!("unterminated triple-quoted string literal (detected at line {last})"), start, start)
                    .by(RaisedBy::Tokenizer)
            } else if s.contains("unterminated string") {
                Found::syntax(format!("unterminated string literal (detected at line {line})"), start, start).by(RaisedBy::Tokenizer)
            } else {
                Found::syntax("invalid syntax", start, start)
            }
        }
    }
}

fn indented_block(lines: &LineIndex, source: &str, start: usize) -> Found {
    let line = lines.line(start as u32);
    let prev = line.saturating_sub(1).max(1);
    let text = lines.line_text(prev).unwrap_or_default();
    let what = block_keyword(&text);
    // CPython points at the first character of the unindented line.
    let line_start = source[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let indent = source[line_start..].len() - source[line_start..].trim_start_matches([' ', '\t']).len();
    let at = if lines.line(start as u32) == line { line_start + indent } else { start };
    if lines.line(at as u32) <= prev {
        // The source ended: just past the header line, as CPython.
        let header = lines.line_start(prev) as usize;
        let eol = source[header..].find('\n').map_or(source.len(), |n| header + n);
        let eol = source[..eol].trim_end_matches('\r').len();
        return Found {
            kind: ErrorKind::IndentationError,
            message: format!("expected an indented block after {what} on line {prev}"),
            start: eol,
            end: eol,
            by: RaisedBy::Indent,
        };
    }
    Found {
        kind: ErrorKind::IndentationError,
        message: format!("expected an indented block after {what} on line {prev}"),
        start: at,
        // The first token of that line.
        end: first_token_end(source, at),
        by: RaisedBy::Parser,
    }
}

/// The end of the token at `at` (a name, number or string; else one
/// character), or `at` at a line's end.
fn first_token_end(source: &str, at: usize) -> usize {
    let b = source.as_bytes();
    match b.get(at) {
        None | Some(b'\n' | b'\r') => at,
        Some(c) if c.is_ascii_digit() => number_end(b, at).unwrap_or(at + 1),
        Some(_) => {
            let mut e = at;
            while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_' || b[e] >= 0x80) {
                e += 1;
            }
            match b.get(e) {
                Some(b'\'' | b'"') if e - at <= 2 => skip_string(b, e).unwrap_or(e + 1),
                _ if e > at => e,
                _ => at + source[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
    }
}

fn block_keyword(text: &str) -> String {
    let t = text.trim_start();
    for (kw, what) in [
        ("def ", "function definition"),
        ("async def ", "function definition"),
        ("class ", "class definition"),
        ("if ", "'if' statement"),
        ("elif ", "'elif' statement"),
        ("else", "'else' statement"),
        ("for ", "'for' statement"),
        ("while ", "'while' statement"),
        ("try", "'try' statement"),
        ("except", "'except' statement"),
        ("finally", "'finally' statement"),
        ("with ", "'with' statement"),
    ] {
        if t.starts_with(kw) {
            return what.to_string();
        }
    }
    "statement".to_string()
}

/// Parses the expression at `start..end` (as if parenthesized).
fn parse_range(source: &str, start: usize, end: usize) -> Option<Expr> {
    if !source.is_char_boundary(start) || !source.is_char_boundary(end) || start >= end {
        return None;
    }
    let range = TextRange::new((start as u32).into(), (end as u32).into());
    let parsed = ruff_python_parser::parse_parenthesized_expression_range(source, range).ok()?;
    Some(*parsed.into_syntax().body)
}

/// CPython's name for an expression in "cannot assign to ..." messages.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// The part of an assignment (or `del`) target that cannot be assigned.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().find_map(|x| invalid_target(x, del))
        }
        Expr::Starred(s) if !del => invalid_target(&s.value, del),
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

fn assign_target(source: &str, start: usize, end: usize, del: bool) -> Found {
    let text = source.get(start..end).unwrap_or("");
    if !del && (text == "yield" || text.starts_with("yield ") || text.starts_with("(yield")) {
        return Found::syntax("assignment to yield expression not possible", start, end);
    }
    let Some(expr) = parse_range(source, start, end) else {
        return Found::syntax("invalid syntax", start, start);
    };
    let bad = invalid_target(&expr, del).unwrap_or(&expr);
    let name = expr_name(bad);
    let (s, e) = (bad.range().start().to_usize(), bad.range().end().to_usize());
    if del {
        return Found::syntax(format!("cannot delete {name}"), s, e);
    }
    if std::ptr::eq(bad, &expr) && maybe_comparison(source, &expr, start, end) {
        let msg = format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?");
        return Found::syntax(msg, s, e);
    }
    Found::syntax(format!("cannot assign to {name}"), s, e)
}

/// Whether CPython reads `target = value` as a mistyped comparison: the
/// target starts its statement, is an operand-level expression (not a
/// list, tuple, `True`, `None` or `False`), and one operand follows the
/// `=` without another `=`.
fn maybe_comparison(source: &str, expr: &Expr, start: usize, end: usize) -> bool {
    let operand = !matches!(
        expr,
        Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Generator(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::BoolOp(_)
            | Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::Not, .. })
            | Expr::Compare(_)
            | Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Starred(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
    );
    let before = &source[..start];
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let lead = before[line_start..].trim();
    let at_statement_start = lead.is_empty() || lead.ends_with(';');
    let rest = source[end..].trim_start_matches([' ', '\t', '\\', '\n']);
    let Some(value) = rest.strip_prefix('=') else {
        return false;
    };
    if value.starts_with('=') {
        return false;
    }
    let value = value.split('\n').next().unwrap_or("").trim();
    let first_word = value.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let starts_operand = !value.is_empty() && !value.starts_with('*') && !matches!(first_word, "lambda" | "not" | "yield");
    operand && at_statement_start && starts_operand && !has_plain_equals(value)
}

/// Whether a line holds an `=` that is not part of a comparison operator,
/// outside brackets and strings.
fn has_plain_equals(text: &str) -> bool {
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == b'\\' {
                i += 1;
            } else if c == q {
                quote = None;
            }
        } else {
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'#' => break,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'=' if depth == 0 => {
                    let prev = if i > 0 { b[i - 1] } else { b' ' };
                    let next = b.get(i + 1).copied().unwrap_or(b' ');
                    if next == b'=' {
                        i += 1;
                    } else if !matches!(prev, b'<' | b'>' | b'!' | b':' | b'=') {
                        return true;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    false
}

/// The offset of the `)` closing the call that `offset` is in (CPython
/// reports argument-order errors at the call's last token).
fn closing_paren(source: &str, offset: usize) -> usize {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = offset;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    offset
}

/// A tokenizer error that replaces a parser error at `error_at`, as
/// CPython's second tokenizer pass does.
fn tokenizer_override(source: &str, lines: &LineIndex, error_at: usize) -> Option<Found> {
    let scan = scan(source);
    if let Some(f) = scan.error {
        return Some(f);
    }
    let &(ch, open) = scan.open.last()?;
    let rest = &source[error_at.min(source.len())..];
    let at_eof = rest.trim().is_empty();
    // Inside brackets CPython's tokenizer skips newlines: the error is at
    // the next token.
    let next_token = error_at.min(source.len()) + (rest.len() - rest.trim_start().len());
    if at_eof || lines.line(next_token as u32) > lines.line(open as u32) {
        return Some(Found::syntax(format!("'{}' was never closed", ch as char), open, open).by(RaisedBy::NeverClosed));
    }
    None
}

struct Scan {
    /// Brackets still open at the end: (bracket, offset).
    open: Vec<(u8, usize)>,
    error: Option<Found>,
}

/// Tokenizes far enough to track brackets, comments and strings.
fn scan(source: &str) -> Scan {
    let b = source.as_bytes();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let line_of = |i: usize| source[..i.min(source.len())].matches('\n').count() + 1;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => i += 1,
            b'\'' | b'"' => {
                let start = string_start(b, i);
                match skip_string(b, i) {
                    Ok(next) => {
                        i = next;
                        continue;
                    }
                    Err((triple, at)) => {
                        let msg = if triple {
                            let last = line_of(source.strip_suffix('\n').unwrap_or(source).len());
                            format!("unterminated triple-quoted string literal (detected at line {last})")
                        } else {
                            format!("unterminated string literal (detected at line {})", line_of(at))
                        };
                        return Scan { open, error: Some(Found::syntax(msg, start, start).by(RaisedBy::Tokenizer)) };
                    }
                }
            }
            b'0'..=b'9' => match number_end(b, i) {
                Ok(end) => {
                    i = end;
                    continue;
                }
                Err(e) => return Scan { open, error: Some(number_error(e)) },
            },
            b'.' if b.get(i + 1).is_some_and(|d| d.is_ascii_digit()) => match number_end(b, i) {
                Ok(end) => {
                    i = end;
                    continue;
                }
                Err(e) => return Scan { open, error: Some(number_error(e)) },
            },
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // A name (or a string prefix, handled at its quote), or a
                // character no token may hold.
                let ch = source[i..].chars().next().unwrap_or(' ');
                if c >= 0x80 && !ch.is_alphanumeric() {
                    let non_printable =
                        ch.is_control() || ch.is_whitespace() || ('\u{200b}'..='\u{200f}').contains(&ch) || ch == '\u{feff}';
                    let msg = if non_printable {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    } else {
                        format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                    };
                    return Scan { open, error: Some(Found::syntax(msg, i, i).by(RaisedBy::Tokenizer)) };
                }
                i += ch.len_utf8();
                while i < b.len() {
                    let Some(ch) = source[i..].chars().next() else {
                        break;
                    };
                    if !(ch.is_alphanumeric() || ch == '_') || b[i] == b'\'' || b[i] == b'"' {
                        break;
                    }
                    i += ch.len_utf8();
                }
                continue;
            }
            b'(' | b'[' | b'{' => open.push((c, i)),
            b')' | b']' | b'}' => {
                let Some((o, at)) = open.pop() else {
                    let f = Found::syntax(format!("unmatched '{}'", c as char), i, i + 1).by(RaisedBy::Tokenizer);
                    return Scan { open, error: Some(f) };
                };
                let matches = matches!((o, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matches {
                    let (oc, cc) = (o as char, c as char);
                    let msg = if line_of(at) != line_of(i) {
                        format!("closing parenthesis '{cc}' does not match opening parenthesis '{oc}' on line {}", line_of(at))
                    } else {
                        format!("closing parenthesis '{cc}' does not match opening parenthesis '{oc}'")
                    };
                    return Scan { open, error: Some(Found::syntax(msg, i, i + 1).by(RaisedBy::Tokenizer)) };
                }
            }
            _ => {}
        }
        i += 1;
    }
    Scan { open, error: None }
}

/// The error of a number literal, where CPython's tokenizer puts it.
fn number_error(e: NumberError) -> Found {
    match e {
        // The offset is the cursor's column: the character before it.
        NumberError::At(msg, cur) => Found::syntax(msg, cur - 1, cur - 1).by(RaisedBy::Tokenizer),
        NumberError::Range(msg, start, end) => Found::syntax(msg, start, end - 1).by(RaisedBy::TokenizerRange),
    }
}

/// The offset where the string whose quote is at `q` starts (its prefix).
fn string_start(b: &[u8], q: usize) -> usize {
    let mut s = q;
    while s > 0 && q - s < 3 && matches!(b[s - 1].to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f') {
        s -= 1;
    }
    if s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_') {
        q
    } else {
        s
    }
}

/// Skips a string literal whose opening quote is at `q`; the offset after
/// it, or `Err((is_triple, where_detected))` when it is not terminated.
pub(crate) fn skip_string(b: &[u8], q: usize) -> Result<usize, (bool, usize)> {
    let quote = b[q];
    let triple = b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if triple {
            if c == quote && i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                return Ok(i + 3);
            }
        } else if c == quote {
            return Ok(i + 1);
        } else if c == b'\n' {
            return Err((false, i));
        }
        i += 1;
    }
    Err((triple, b.len()))
}

/// `print x` or `exec x` where the error is at `x`: CPython's
/// `invalid_legacy_expression`, from the name to the end of the longest
/// expression after it.
fn legacy_statement(source: &str, at: usize) -> Option<Found> {
    let before = source[..at].trim_end_matches([' ', '\t']);
    if before.len() == at || source[at..].starts_with('(') {
        return None;
    }
    let name = ["print", "exec"].into_iter().find(|n| before.ends_with(n))?;
    let name_start = before.len() - name.len();
    if source[..name_start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let eol = source[at..].find(['\n', '\r']).map(|i| at + i).unwrap_or(source.len());
    // Candidate ends: the line's end, then each space or `;` before it.
    let mut ends: Vec<usize> = vec![eol];
    ends.extend(source[at..eol].char_indices().filter(|(_, c)| *c == ' ' || *c == ';' || *c == '#').map(|(i, _)| at + i).rev());
    let end = ends.into_iter().find_map(|e| {
        let text = &source[at..e];
        ruff_python_parser::parse_expression(text).ok().map(|p| at + p.syntax().body.range().end().to_usize())
    })?;
    Some(Found::syntax(format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"), name_start, end))
}

/// `a if b` with no `else` where the error is just after `b`: CPython's
/// "expected 'else' after 'if' expression" over `a if b` (`a` the longest
/// expression before the `if` on that line).
fn missing_else(source: &str, at: usize) -> Option<Found> {
    let line_start = source[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let if_at = line_start + source[line_start..at].rfind(" if ")? + 1;
    let cond_start = if_at + 2;
    let cond = &source[cond_start..at];
    let lead = cond.len() - cond.trim_start().len();
    let cond = cond.trim();
    if cond.is_empty() {
        return None;
    }
    let parsed = ruff_python_parser::parse_expression(cond).ok()?;
    let b_end = cond_start + lead + parsed.syntax().body.range().end().to_usize();
    // CPython's rule wants neither `else` nor `:` next.
    let next = source[at..].trim_start();
    if !source[b_end..at].trim().is_empty() || next.starts_with(':') || next.starts_with("else") {
        return None;
    }
    let head = source[line_start..if_at].trim_end();
    let a_start = head
        .char_indices()
        .filter(|(i, c)| !c.is_whitespace() && (*i == 0 || !head[..*i].ends_with(|p: char| p.is_alphanumeric() || p == '_')))
        .find(|(i, _)| ruff_python_parser::parse_expression(&head[*i..]).is_ok())
        .map(|(i, _)| line_start + i)?;
    Some(Found::syntax("expected 'else' after 'if' expression", a_start, b_end))
}

/// Whether `at` follows `def NAME` (CPython requires the `(` there).
fn after_def_name(source: &str, at: usize) -> bool {
    let before = source[..at].trim_end();
    let name_start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map(|i| i + 1).unwrap_or(0);
    let name = &before[name_start..];
    !name.is_empty() && before[..name_start].trim_end().ends_with("def")
}

/// Whether an expression seems to follow another inside brackets (CPython
/// suggests a missing comma there).
fn forgot_comma(source: &str, at: usize) -> bool {
    let scan = scan(&source[..at]);
    if scan.error.is_some() || scan.open.is_empty() {
        return false;
    }
    let prev = source[..at].trim_end().chars().last().unwrap_or(' ');
    let next = source[at..].chars().next().unwrap_or(' ');
    let ends_operand = prev.is_alphanumeric() || matches!(prev, '_' | ')' | ']' | '}' | '\'' | '"');
    let starts_operand = next.is_alphanumeric() || matches!(next, '_' | '(' | '[' | '{' | '\'' | '"' | '-' | '+' | '~');
    let prev_word = source[..at].trim_end().rsplit(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
    let next_word = source[at..].split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
    let keyword = |w: &str| {
        matches!(
            w,
            "and"
                | "or"
                | "not"
                | "in"
                | "is"
                | "if"
                | "else"
                | "for"
                | "lambda"
                | "await"
                | "yield"
                | "async"
                | "from"
                | "import"
                | "as"
                | "print"
                | "exec"
        )
    };
    ends_operand && starts_operand && !keyword(prev_word) && !keyword(next_word)
}

/// Whether an annotation follows the `:` after an annotated target.
fn annotation_follows(source: &str, end: usize) -> bool {
    let rest = source[end..].trim_start_matches([' ', '\t']);
    let Some(after) = rest.strip_prefix(':') else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    !(after.is_empty() || after.starts_with('\n') || after.starts_with('#') || after.starts_with('\r'))
}
