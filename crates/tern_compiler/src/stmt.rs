//! Statements: assignment, control flow, loops, try/except/finally, with,
//! imports, and the unwinding that `return`, `break` and `continue` do.

use crate::builder::Label;
use crate::errors::CompileError;
use crate::symtable::ScopeKind;
use crate::unit::{Compiler, FBlock};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::rc::Rc;
use tern_bytecode::{Constant, Opcode, BINOP_INPLACE};

impl<'s> Compiler<'s> {
    pub fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.set_line(s);
        match s {
            Stmt::FunctionDef(f) => {
                self.function_def(f)?;
                self.store_name(&f.name.id);
            }
            Stmt::ClassDef(c) => {
                self.class_def(c)?;
                self.store_name(&c.name.id);
            }
            Stmt::Return(r) => {
                if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) {
                    return Err(self.error(s, "'return' outside function"));
                }
                if self.unit().fblocks.iter().any(|b| matches!(b, FBlock::ExceptStar)) {
                    return Err(self.error(s, "'break', 'continue' and 'return' cannot appear in an except* block"));
                }
                if r.value.is_some() && self.in_async_generator() {
                    return Err(self.error(s, "'return' with value in async generator"));
                }
                let depth = self.b().depth;
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.unwind_all(true)?;
                self.emit(Opcode::RETURN_VALUE, 0);
                self.b().depth = depth;
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.assign_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.assign_target(&a.target)?;
                }
                if let Expr::Name(n) = &*a.target {
                    if a.simple && matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
                        self.annotation(&a.annotation)?;
                        let ann = self.b().name("__annotations__");
                        self.emit(Opcode::LOAD_NAME, ann);
                        let name = self.mangle(&n.id);
                        self.load_const(Constant::Str(name));
                        self.emit(Opcode::STORE_SUBSCR, 0);
                    }
                }
            }
            Stmt::TypeAlias(t) => return Err(self.error(t, "invalid syntax")),
            Stmt::For(f) => {
                if f.is_async && !self.in_async_def() {
                    return Err(self.error(s, "'async for' outside async function"));
                }
                self.for_stmt(f)?
            }
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => {
                if w.is_async && !self.in_async_def() {
                    return Err(self.error(s, "'async with' outside async function"));
                }
                self.with_stmt(&w.items, &w.body, w.is_async)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(r);
                self.emit(Opcode::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t)?;
                } else if t.is_star {
                    self.try_star(t)?;
                } else {
                    self.try_except(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.b().new_label();
                self.jump_if(&a.test, true, end)?;
                match &a.msg {
                    Some(m) => {
                        self.emit(Opcode::PUSH_NULL, 0);
                        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                        self.expr(m)?;
                        self.emit(Opcode::CALL, 1);
                    }
                    None => self.emit(Opcode::LOAD_ASSERTION_ERROR, 0),
                }
                self.set_pos(a.test.as_ref());
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.b().bind(end);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let n = self.b().name(&a.name.id);
                    self.emit(Opcode::IMPORT_NAME, n);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            for p in &parts[1..] {
                                let n = self.b().name(p);
                                self.emit(Opcode::IMPORT_FROM, n);
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                            self.store_name(&asname.id);
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.id.to_string())).collect();
                self.load_const(Constant::Tuple(names));
                let module = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let n = self.b().name(&module);
                self.emit(Opcode::IMPORT_NAME, n);
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Opcode::IMPORT_STAR, 0);
                } else {
                    for a in &i.names {
                        let n = self.b().name(&a.name.id);
                        self.emit(Opcode::IMPORT_FROM, n);
                        let store = a.asname.as_ref().unwrap_or(&a.name);
                        self.store_name(&store.id);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) if self.interactive && self.units.len() == 1 => {
                // [NULL, hook, value] -> CALL: the builtin helper passes the
                // value to `sys.displayhook`.
                self.emit(Opcode::PUSH_NULL, 0);
                self.load_name("__tern_displayhook__");
                self.expr(&e.value)?;
                self.emit(Opcode::CALL, 1);
                self.emit(Opcode::POP_TOP, 0);
            }
            Stmt::Expr(e) => {
                if let Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_) = &*e.value {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            Stmt::Break(b) => self.break_continue(b, true)?,
            Stmt::Continue(c) => self.break_continue(c, false)?,
            Stmt::IpyEscapeCommand(c) => return Err(self.error(c, "invalid syntax")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binop_index(a.op) + BINOP_INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let name = self.mangle(&at.attr.id);
                let i = self.b().name(&name);
                self.emit(Opcode::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_index(&sub.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            other => return Err(self.error(other, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// Stores the top of stack into an assignment target.
    pub fn assign_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(&a.attr.id);
                let i = self.b().name(&name);
                self.set_pos(a);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_pos(s);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            Expr::Tuple(tu) => self.unpack_targets(&tu.elts, t)?,
            Expr::List(l) => self.unpack_targets(&l.elts, t)?,
            Expr::Starred(s) => return Err(self.error(s, "starred assignment target must be in a list or tuple")),
            other => {
                let what = describe_expr(other);
                return Err(self.error(other, format!("cannot assign to {what}")));
            }
        }
        Ok(())
    }

    fn unpack_targets(&mut self, elts: &[Expr], node: &Expr) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return Err(self.error(node, "multiple starred expressions in assignment"));
        }
        self.set_pos(node);
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Opcode::UNPACK_EX, i as u32 | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.assign_target(&s.value)?,
                other => self.assign_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(&a.attr.id);
                let i = self.b().name(&name);
                self.emit(Opcode::DELETE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let what = describe_expr(other);
                return Err(self.error(other, format!("cannot delete {what}")));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> Result<(), CompileError> {
        let end = self.b().new_label();
        let mut next = self.b().new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.b().emit_jump(Opcode::JUMP, end);
            self.b().bind(next);
            next = self.b().new_label();
            match &clause.test {
                Some(t) => {
                    self.set_line(t);
                    self.jump_if(t, false, next)?;
                    self.stmts(&clause.body)?;
                }
                None => self.stmts(&clause.body)?,
            }
        }
        self.b().bind(next);
        self.b().bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<(), CompileError> {
        let start = self.b().new_label();
        let orelse = self.b().new_label();
        let end = self.b().new_label();
        self.b().bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::While { start, end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w);
        self.b().emit_jump(Opcode::JUMP, start);
        self.b().bind(orelse);
        self.stmts(&w.orelse)?;
        self.b().bind(end);
        Ok(())
    }

    /// `for` and `async for`. An async loop takes each item by awaiting
    /// GET_ANEXT inside a handler region; its handler, END_ASYNC_FOR, ends
    /// the loop on StopAsyncIteration ([aiter, exc] there) and re-raises
    /// anything else.
    fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<(), CompileError> {
        let start = self.b().new_label();
        let exit = self.b().new_label();
        let end = self.b().new_label();
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(if f.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        self.b().bind(start);
        let async_exit = if f.is_async {
            let h = self.b().push_handler(exit);
            self.emit(Opcode::GET_ANEXT, 0);
            self.send_loop();
            self.b().pop_handler();
            Some(h)
        } else {
            self.b().emit_jump(Opcode::FOR_ITER, exit);
            None
        };
        self.assign_target(&f.target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.set_line(f);
        self.b().emit_jump(Opcode::JUMP, start);
        match async_exit {
            Some(h) => {
                self.b().bind_handler(h);
                self.emit(Opcode::END_ASYNC_FOR, 0);
            }
            None => self.b().bind(exit),
        }
        self.stmts(&f.orelse)?;
        self.b().bind(end);
        Ok(())
    }

    fn break_continue(&mut self, node: &impl ruff_text_size::Ranged, is_break: bool) -> Result<(), CompileError> {
        // An except* body may not leave a loop it sits in.
        if let Some(pos) = self.unit().fblocks.iter().rposition(|b| matches!(b, FBlock::ExceptStar)) {
            let loop_inside = self.unit().fblocks[pos..].iter().any(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }));
            if !loop_inside {
                return Err(self.error(node, "'break', 'continue' and 'return' cannot appear in an except* block"));
            }
        }
        let saved_blocks = self.unit().fblocks.clone();
        let saved_handlers = self.b().handlers.clone();
        let saved_depth = self.b().depth;
        loop {
            let Some(top) = self.unit().fblocks.last().cloned() else {
                self.unit().fblocks = saved_blocks;
                let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
                return Err(self.error(node, msg));
            };
            match top {
                FBlock::While { start, end } | FBlock::For { start, end } => {
                    if is_break {
                        self.unwind(&top, false)?;
                        self.b().emit_jump(Opcode::JUMP, end);
                    } else {
                        self.b().emit_jump(Opcode::JUMP, start);
                    }
                    break;
                }
                other => {
                    self.unit().fblocks.pop();
                    self.unwind(&other, false)?;
                }
            }
        }
        self.unit().fblocks = saved_blocks;
        self.b().handlers = saved_handlers;
        self.b().depth = saved_depth;
        Ok(())
    }

    /// Unwinds every block for a `return`, keeping the value on top.
    fn unwind_all(&mut self, preserve_tos: bool) -> Result<(), CompileError> {
        let saved_blocks = self.unit().fblocks.clone();
        let saved_handlers = self.b().handlers.clone();
        while let Some(top) = self.unit().fblocks.pop() {
            self.unwind(&top, preserve_tos)?;
        }
        self.unit().fblocks = saved_blocks;
        self.b().handlers = saved_handlers;

        Ok(())
    }

    /// Emits the code that leaves one block early.
    fn unwind(&mut self, block: &FBlock, preserve_tos: bool) -> Result<(), CompileError> {
        match block {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.b().pop_handler(),
            FBlock::ExceptStar => {}
            FBlock::FinallyTry(body) => {
                self.b().pop_handler();
                let body = body.clone();
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(&body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.b().pop_handler();
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::With | FBlock::AsyncWith => {
                self.b().pop_handler();
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_none(matches!(block, FBlock::AsyncWith));
            }
            FBlock::HandlerCleanup(name) => {
                self.b().pop_handler();
                if name.is_some() {
                    self.b().pop_handler();
                }
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
            }
        }
        Ok(())
    }

    /// `except ... as name`: the name is unbound when the handler ends.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.load_const(Constant::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    /// With `__exit__` on top: calls it with three Nones and pops the result.
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::SWAP, 2);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 3);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.send_loop();
        }
        self.emit(Opcode::POP_TOP, 0);
    }

    /// `with` and `async with` (which awaits `__aenter__()` and
    /// `__aexit__(...)`).
    fn with_stmt(&mut self, items: &[ast::WithItem], body: &[Stmt], is_async: bool) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.b().new_label();
        let end = self.b().new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.send_loop();
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        // Stack: [exit, enter_result]; the handler region starts with [exit].
        self.b().depth -= 1;
        let h = self.b().push_handler(handler);
        self.b().depth += 1;
        match &item.optional_vars {
            Some(t) => self.assign_target(t)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.unit().fblocks.push(if is_async { FBlock::AsyncWith } else { FBlock::With });
        self.with_stmt(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.b().pop_handler();
        self.call_exit_none(is_async);
        self.b().emit_jump(Opcode::JUMP, end);
        // Exceptional exit: [exit, exc].
        self.b().bind_handler(h);
        let cleanup = self.b().new_label();
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        let ch = self.cleanup_handler_region(cleanup);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.send_loop();
        }
        let suppress = self.b().new_label();
        self.b().emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.b().bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.b().pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.b().emit_jump(Opcode::JUMP, end);
        self.emit_cleanup(ch);
        self.b().bind(end);
        Ok(())
    }

    /// Starts the region after PUSH_EXC_INFO whose errors must restore the
    /// previously handled exception: [.., prev, exc] with depth at [.., prev].
    fn cleanup_handler_region(&mut self, label: Label) -> crate::builder::Handler {
        self.b().depth -= 1;
        let h = self.b().push_handler(label);
        self.b().depth += 1;
        h
    }

    /// Emits a cleanup handler: [.., prev, exc2] -> restore prev, re-raise.
    fn emit_cleanup(&mut self, h: crate::builder::Handler) {
        self.b().bind_handler(h);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.b().new_label();
        let end = self.b().new_label();
        let h = self.b().push_handler(handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.b().pop_handler();
        self.stmts(&t.orelse)?;
        self.b().emit_jump(Opcode::JUMP, end);
        self.b().bind_handler(h);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        let cleanup = self.b().new_label();
        let ch = self.cleanup_handler_region(cleanup);
        for (i, handler) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(hd) = handler;
            self.set_line(hd);
            let next = self.b().new_label();
            match &hd.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 < t.handlers.len() {
                        return Err(self.error(hd, "default 'except:' must be last"));
                    }
                }
            }
            match &hd.name {
                Some(name) => {
                    self.store_name(&name.id);
                    let body_cleanup = self.b().new_label();
                    let bh = self.b().push_handler(body_cleanup);
                    self.unit().fblocks.push(FBlock::HandlerCleanup(Some(name.id.to_string())));
                    self.stmts(&hd.body)?;
                    self.unit().fblocks.pop();
                    self.b().pop_handler();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Constant::None);
                    self.store_name(&name.id);
                    self.delete_name(&name.id);
                    self.b().emit_jump(Opcode::JUMP, end);
                    // Error inside the body: clear the name, then re-raise.
                    self.b().bind_handler(bh);
                    self.load_const(Constant::None);
                    self.store_name(&name.id);
                    self.delete_name(&name.id);
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup(None));
                    self.stmts(&hd.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.b().emit_jump(Opcode::JUMP, end);
                }
            }
            self.b().bind(next);
            // Stack here: [prev, exc]
            self.b().depth = h.depth as i32 + 2;
        }
        self.emit(Opcode::RERAISE, 0);
        self.b().pop_handler();
        self.emit_cleanup(ch);
        self.b().bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.b().new_label();
        let end = self.b().new_label();
        let final_body = Rc::new(t.finalbody.to_vec());
        let h = self.b().push_handler(handler);
        self.unit().fblocks.push(FBlock::FinallyTry(final_body.clone()));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let inner = ast::StmtTry {
                node_index: Default::default(),
                range: t.range,
                body: t.body.clone(),
                handlers: t.handlers.clone(),
                orelse: t.orelse.clone(),
                finalbody: Default::default(),
                is_star: t.is_star,
            };
            if t.is_star {
                self.try_star(&inner)?;
            } else {
                self.try_except(&inner)?;
            }
        }
        self.unit().fblocks.pop();
        self.b().pop_handler();
        self.stmts(&final_body)?;
        self.b().emit_jump(Opcode::JUMP, end);
        // Exceptional path: [exc] -> [prev, exc]
        self.b().bind_handler(h);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        let cleanup = self.b().new_label();
        let ch = self.cleanup_handler_region(cleanup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&final_body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.b().pop_handler();
        self.emit_cleanup(ch);
        self.b().bind(end);
        Ok(())
    }

    /// `try: ... except* T as e: ...`. The handlers run against a state
    /// list kept on the stack; helpers in builtins (`__tern_star_*__`, from
    /// the `_tern_eg` module) split the group and combine what is left or
    /// raised into the exception to re-raise.
    fn try_star(&mut self, t: &ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.b().new_label();
        let end = self.b().new_label();
        let h = self.b().push_handler(handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.b().pop_handler();
        self.stmts(&t.orelse)?;
        self.b().emit_jump(Opcode::JUMP, end);
        self.b().bind_handler(h);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        let cleanup = self.b().new_label();
        let ch = self.cleanup_handler_region(cleanup);
        // [prev, exc] -> [prev, exc, state]
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_name("__tern_star_start__");
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::CALL, 1);
        for handler in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(hd) = handler;
            self.set_line(hd);
            let Some(ty) = &hd.type_ else {
                return Err(self.error(hd, "expected one or more exception types"));
            };
            let next = self.b().new_label();
            let nomatch = self.b().new_label();
            self.emit(Opcode::PUSH_NULL, 0);
            self.load_name("__tern_star_match__");
            self.emit(Opcode::COPY, 3);
            self.expr(ty)?;
            self.emit(Opcode::CALL, 2);
            // [prev, exc, state, match]
            self.emit(Opcode::COPY, 1);
            self.b().emit_jump(Opcode::POP_JUMP_IF_NONE, nomatch);
            // The matched part is the exception being handled in the body.
            self.emit(Opcode::PUSH_EXC_INFO, 0);
            match &hd.name {
                Some(n) => self.store_name(&n.id),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            // [prev, exc, state, previously handled]
            let body_cleanup = self.b().new_label();
            let bh = self.b().push_handler(body_cleanup);
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&hd.body)?;
            self.unit().fblocks.pop();
            self.b().pop_handler();
            self.emit(Opcode::POP_EXCEPT, 0);
            self.clear_handler_name(hd.name.as_ref().map(|n| n.id.as_str()));
            self.b().emit_jump(Opcode::JUMP, next);
            // An exception from the handler body: record it, go on.
            self.b().bind_handler(bh);
            self.emit(Opcode::PUSH_NULL, 0);
            self.load_name("__tern_star_raised__");
            self.emit(Opcode::COPY, 5);
            self.emit(Opcode::COPY, 4);
            self.emit(Opcode::CALL, 2);
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_EXCEPT, 0);
            self.clear_handler_name(hd.name.as_ref().map(|n| n.id.as_str()));
            self.b().emit_jump(Opcode::JUMP, next);
            self.b().bind(nomatch);
            self.emit(Opcode::POP_TOP, 0);
            self.b().bind(next);
        }
        // [prev, exc, state] -> [prev, result]
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_name("__tern_star_finish__");
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::CALL, 1);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        let done = self.b().new_label();
        self.emit(Opcode::COPY, 1);
        self.b().emit_jump(Opcode::POP_JUMP_IF_NONE, done);
        self.emit(Opcode::RERAISE, 0);
        self.b().bind(done);
        self.emit(Opcode::POP_TOP, 0);
        self.b().pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.b().emit_jump(Opcode::JUMP, end);
        self.emit_cleanup(ch);
        self.b().bind(end);
        Ok(())
    }

    /// Evaluates `e` and jumps to `target` when its truth equals `when`.
    pub fn jump_if(&mut self, e: &Expr, when: bool, target: Label) -> Result<(), CompileError> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != when {
                    // and/False or or/True: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.b().new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], when, target)?;
                    self.b().bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                // `a < b < c` as a condition: each link jumps on its own
                // result (testing each value's truth once, as CPython does),
                // and a false link leaves only the copied middle operand.
                self.expr(&c.left)?;
                let n = c.ops.len();
                let cleanup = self.b().new_label();
                let end = self.b().new_label();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(c.ops[i]);
                    self.b().emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.expr(&c.comparators[n - 1])?;
                self.compare_op(c.ops[n - 1]);
                let op = if when { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
                self.b().emit_jump(op, target);
                self.b().emit_jump(Opcode::JUMP, end);
                self.b().bind(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !when {
                    self.b().emit_jump(Opcode::JUMP, target);
                }
                self.b().bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if when { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
        self.b().emit_jump(op, target);
        Ok(())
    }
}

pub fn binop_index(op: ast::Operator) -> u32 {
    use ast::Operator as O;
    match op {
        O::Add => 0,
        O::BitAnd => 1,
        O::FloorDiv => 2,
        O::LShift => 3,
        O::MatMult => 4,
        O::Mult => 5,
        O::Mod => 6,
        O::BitOr => 7,
        O::Pow => 8,
        O::RShift => 9,
        O::Sub => 10,
        O::Div => 11,
        O::BitXor => 12,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) => "literal",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) => "f-string expression",
        _ => "expression",
    }
}
