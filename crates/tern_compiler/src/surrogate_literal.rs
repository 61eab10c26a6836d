//! str literals that name lone surrogates (`'\ud800'`, `'\U0000dc80'`).
//! ruff's parser decodes such an escape to U+FFFD, since a Rust `String`
//! cannot hold a surrogate; CPython's str can. When a literal's value holds
//! U+FFFD, its escapes are decoded again here from the source, and if that
//! gives a surrogate the constant is a [`Constant::Wtf8Str`] (generalized
//! UTF-8, as tern_vm's `str.rs` describes).

use ruff_python_ast as ast;
use tern_bytecode::code::Constant;

/// The constant of a str literal.
pub(crate) fn str_constant(lit: &ast::ExprStringLiteral, source: &str) -> Constant {
    let text = lit.value.to_str();
    if !text.contains('\u{fffd}') {
        return Constant::Str(text.to_string());
    }
    let mut out = Vec::new();
    let mut surrogates = false;
    for part in lit.value.iter() {
        let r = part.content_range();
        let body = source.get(usize::from(r.start())..usize::from(r.end()));
        let decoded = match body {
            Some(body) if !part.flags.prefix().is_raw() && part.value.contains('\u{fffd}') => decode_escapes(body),
            _ => None,
        };
        match decoded {
            Some(cps) => {
                for cp in cps {
                    surrogates |= (0xD800..0xE000).contains(&cp);
                    push_cp(&mut out, cp);
                }
            }
            None => out.extend_from_slice(part.value.as_bytes()),
        }
    }
    if surrogates {
        Constant::Wtf8Str(out)
    } else {
        Constant::Str(text.to_string())
    }
}

/// The code points of a non-raw literal's body, or None when it holds an
/// escape this does not decode (`\N{...}`: ruff's value is kept).
fn decode_escapes(body: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            // A newline in the source is "\r\n" or "\r" normalized to "\n".
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                out.push('\n' as u32);
            } else {
                out.push(c as u32);
            }
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\' as u32);
            break;
        };
        let hex = |it: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                v = v * 16 + it.next()?.to_digit(16)?;
            }
            Some(v)
        };
        match e {
            '\n' => {}
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
            }
            '\\' | '\'' | '"' => out.push(e as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            'x' => out.push(hex(&mut it, 2)?),
            'u' => out.push(hex(&mut it, 4)?),
            'U' => out.push(hex(&mut it, 8)?),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'N' => return None,
            e => {
                out.push('\\' as u32);
                out.push(e as u32);
            }
        }
    }
    out.iter().all(|&c| c <= 0x10FFFF).then_some(out)
}

/// Appends code point `cp` (a surrogate included) in generalized UTF-8.
fn push_cp(out: &mut Vec<u8>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        None => out.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]),
    }
}
