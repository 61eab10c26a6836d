//! `match` statements. Each pattern consumes the value on top of the stack
//! and on failure jumps to `fail[n]`, a chain of labels that pop the `n`
//! items the pattern had pushed before giving up on the case.

use crate::builder::Label;
use crate::errors::CompileError;
use crate::unit::Compiler;
use ruff_python_ast::{self as ast, Expr, Pattern};
use tern_bytecode::{Constant, Opcode};

struct Fail {
    labels: Vec<Label>,
}

impl<'s> Compiler<'s> {
    pub fn match_stmt(&mut self, m: &ast::StmtMatch) -> Result<(), CompileError> {
        self.expr(&m.subject)?;
        let end = self.b().new_label();
        let base = self.b().depth;
        for (ci, case) in m.cases.iter().enumerate() {
            self.set_line(&case.pattern);
            let is_last = ci + 1 == m.cases.len();
            if let Some((at, message)) = unreachable_after(&case.pattern, case.guard.is_some() || is_last) {
                return Err(self.error(at, message));
            }
            let mut last = &case.pattern;
            if let Err((at, message)) = bound_names(&case.pattern, &mut Vec::new(), &mut last) {
                return Err(self.error(at, message));
            }
            let mut fail = Fail { labels: vec![self.b().new_label()] };
            self.emit(Opcode::COPY, 1);
            self.pattern(&case.pattern, &mut fail, 1)?;
            if let Some(g) = &case.guard {
                let l0 = fail.labels[0];
                self.jump_if(g, false, l0)?;
            }
            self.emit(Opcode::POP_TOP, 0);
            self.stmts(&case.body)?;
            self.b().emit_jump(Opcode::JUMP, end);
            // Failure chain: fail[n] pops n items and falls to fail[n-1].
            for n in (1..fail.labels.len()).rev() {
                self.b().bind(fail.labels[n]);
                self.b().depth = base + n as i32;
                self.emit(Opcode::POP_TOP, 0);
            }
            self.b().bind(fail.labels[0]);
            self.b().depth = base;
        }
        self.emit(Opcode::POP_TOP, 0);
        self.b().bind(end);
        self.b().depth = base - 1;
        Ok(())
    }

    fn fail_label(&mut self, fail: &mut Fail, n: usize) -> Label {
        while fail.labels.len() <= n {
            let l = self.b().new_label();
            fail.labels.push(l);
        }
        fail.labels[n]
    }

    /// Matches the value on top (consumed). `extra` counts the items above
    /// the match subject, including that value.
    fn pattern(&mut self, p: &Pattern, fail: &mut Fail, extra: usize) -> Result<(), CompileError> {
        match p {
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Opcode::POP_TOP, 0),
                (None, Some(n)) => self.store_name(&n.id),
                (Some(sub), name) => {
                    if let Some(n) = name {
                        self.emit(Opcode::COPY, 1);
                        self.pattern(sub, fail, extra + 1)?;
                        self.store_name(&n.id);
                    } else {
                        self.pattern(sub, fail, extra)?;
                    }
                }
            },
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, 2);
                let l = self.fail_label(fail, extra - 1);
                self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c);
                self.emit(Opcode::IS_OP, 0);
                let l = self.fail_label(fail, extra - 1);
                self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchOr(o) => {
                let success = self.b().new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let depth = self.b().depth;
                    if i + 1 < n {
                        let mut alt_fail = Fail { labels: vec![self.b().new_label()] };
                        self.emit(Opcode::COPY, 1);
                        self.pattern(alt, &mut alt_fail, 1)?;
                        self.emit(Opcode::POP_TOP, 0);
                        self.b().emit_jump(Opcode::JUMP, success);
                        for k in (1..alt_fail.labels.len()).rev() {
                            self.b().bind(alt_fail.labels[k]);
                            self.b().depth = depth + k as i32;
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        self.b().bind(alt_fail.labels[0]);
                        self.b().depth = depth;
                    } else {
                        self.pattern(alt, fail, extra)?;
                    }
                }
                self.b().bind(success);
            }
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                self.emit(Opcode::MATCH_SEQUENCE, 0);
                let l = self.fail_label(fail, extra);
                self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
                self.emit(Opcode::GET_LEN, 0);
                let n = s.patterns.len();
                match star {
                    Some(_) => {
                        self.load_const(Constant::Int(n as i64 - 1));
                        self.emit(Opcode::COMPARE_OP, 5);
                    }
                    None => {
                        self.load_const(Constant::Int(n as i64));
                        self.emit(Opcode::COMPARE_OP, 2);
                    }
                }
                let l = self.fail_label(fail, extra);
                self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
                match star {
                    Some(i) => self.emit(Opcode::UNPACK_EX, i as u32 | (((n - i - 1) as u32) << 8)),
                    None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32),
                }
                let mut remaining = extra - 1 + n;
                for p in &s.patterns {
                    match p {
                        Pattern::MatchStar(st) => match &st.name {
                            Some(name) => self.store_name(&name.id),
                            None => self.emit(Opcode::POP_TOP, 0),
                        },
                        other => self.pattern(other, fail, remaining)?,
                    }
                    remaining -= 1;
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Opcode::MATCH_MAPPING, 0);
                let l = self.fail_label(fail, extra);
                self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
                let nkeys = m.keys.len();
                if nkeys > 0 {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(Constant::Int(nkeys as i64));
                    self.emit(Opcode::COMPARE_OP, 5);
                    let l = self.fail_label(fail, extra);
                    self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
                }
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                self.emit(Opcode::BUILD_TUPLE, nkeys as u32);
                self.emit(Opcode::MATCH_KEYS, 0);
                // [v, keys, values|None]
                self.emit(Opcode::COPY, 1);
                let l = self.fail_label(fail, extra + 2);
                self.b().emit_jump(Opcode::POP_JUMP_IF_NONE, l);
                self.emit(Opcode::UNPACK_SEQUENCE, nkeys as u32);
                let mut remaining = extra + 1 + nkeys;
                for p in m.patterns.iter() {
                    self.pattern(p, fail, remaining)?;
                    remaining -= 1;
                }
                // [v, keys]
                self.emit(Opcode::POP_TOP, 0);
                match &m.rest {
                    Some(rest) => {
                        self.emit(Opcode::BUILD_MAP, 0);
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::DICT_UPDATE, 1);
                        for k in m.keys.iter() {
                            self.emit(Opcode::COPY, 1);
                            self.expr(k)?;
                            self.emit(Opcode::DELETE_SUBSCR, 0);
                        }
                        self.store_name(&rest.id);
                    }
                    None => self.emit(Opcode::POP_TOP, 0),
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Constant> = c.arguments.keywords.iter().map(|k| Constant::Str(k.attr.id.to_string())).collect();
                self.load_const(Constant::Tuple(names));
                let npos = c.arguments.patterns.len();
                self.emit(Opcode::MATCH_CLASS, npos as u32);
                self.emit(Opcode::COPY, 1);
                let l = self.fail_label(fail, extra);
                self.b().emit_jump(Opcode::POP_JUMP_IF_NONE, l);
                let total = npos + c.arguments.keywords.len();
                self.emit(Opcode::UNPACK_SEQUENCE, total as u32);
                let mut remaining = extra - 1 + total;
                let subs: Vec<&Pattern> = c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern)).collect();
                for p in subs {
                    self.pattern(p, fail, remaining)?;
                    remaining -= 1;
                }
            }
            Pattern::MatchStar(s) => return Err(self.error(s, "can't use starred name here")),
        }
        Ok(())
    }
}

/// An irrefutable pattern where one is not allowed (a case that is not
/// the last and has no guard, an alternative that is not the last), as
/// CPython's compiler reports it: the pattern and the message.
fn unreachable_after(p: &Pattern, allowed: bool) -> Option<(&Pattern, String)> {
    match p {
        Pattern::MatchAs(a) => match &a.pattern {
            Some(sub) => unreachable_after(sub, allowed),
            None if allowed => None,
            None => Some((
                p,
                match &a.name {
                    Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.id),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                },
            )),
        },
        Pattern::MatchOr(o) => {
            let n = o.patterns.len();
            o.patterns.iter().enumerate().find_map(|(i, alt)| unreachable_after(alt, allowed && i + 1 == n))
        }
        // Subpatterns may be irrefutable.
        Pattern::MatchSequence(s) => s.patterns.iter().find_map(|x| unreachable_after(x, true)),
        Pattern::MatchMapping(m) => m.patterns.iter().find_map(|x| unreachable_after(x, true)),
        Pattern::MatchClass(c) => {
            c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern)).find_map(|x| unreachable_after(x, true))
        }
        _ => None,
    }
}

/// The names a pattern binds, in the order CPython stores them. An error
/// (a name bound twice, alternatives that bind different names) is at the
/// last pattern visited, where CPython's compiler stands then.
fn bound_names<'p>(p: &'p Pattern, names: &mut Vec<String>, last: &mut &'p Pattern) -> Result<(), (&'p Pattern, String)> {
    *last = p;
    let add = |n: &ast::Identifier, names: &mut Vec<String>, last: &'p Pattern| {
        if names.iter().any(|x| x == n.id.as_str()) {
            return Err((last, format!("multiple assignments to name '{}' in pattern", n.id)));
        }
        names.push(n.id.to_string());
        Ok(())
    };
    match p {
        Pattern::MatchAs(a) => {
            if let Some(sub) = &a.pattern {
                bound_names(sub, names, last)?;
            }
            if let Some(n) = &a.name {
                add(n, names, last)?;
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                add(n, names, last)?;
            }
        }
        Pattern::MatchSequence(s) => {
            for sub in &s.patterns {
                bound_names(sub, names, last)?;
            }
        }
        Pattern::MatchMapping(m) => {
            for sub in &m.patterns {
                bound_names(sub, names, last)?;
            }
            if let Some(n) = &m.rest {
                add(n, names, last)?;
            }
        }
        Pattern::MatchClass(c) => {
            for sub in c.arguments.patterns.iter() {
                bound_names(sub, names, last)?;
            }
            for k in c.arguments.keywords.iter() {
                bound_names(&k.pattern, names, last)?;
            }
        }
        // Every alternative must bind the same names.
        Pattern::MatchOr(o) => {
            let before = names.len();
            let mut first: Option<Vec<String>> = None;
            for alt in &o.patterns {
                let mut own = names[..before].to_vec();
                bound_names(alt, &mut own, last)?;
                let mut got = own[before..].to_vec();
                got.sort();
                match &first {
                    None => first = Some(got),
                    Some(f) if *f != got => return Err((*last, "alternative patterns bind different names".to_string())),
                    Some(_) => {}
                }
            }
            if let Some(f) = first {
                names.extend(f);
            }
        }
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
    }
    Ok(())
}

#[allow(dead_code)]
fn _unused(_: &Expr) {}
