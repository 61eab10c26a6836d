//! The compiler: one `Unit` per code object being built, name resolution
//! against the symbol table, and function, lambda, class and comprehension
//! compilation.

use crate::builder::{CodeBuilder, Label};
use crate::errors::{CompileError, ErrorKind, LineIndex};
use crate::parse_error::parse_error;
use crate::symtable::{self, Access, ScopeKind, SymbolTable};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;
use tern_bytecode::{CodeFlags, CodeObject, Constant, Opcode};

/// What kind of source is compiled (as `compile()`'s mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A block that `break`, `continue` and `return` must unwind.
#[derive(Clone, Debug)]
pub enum FBlock {
    While {
        start: Label,
        end: Label,
    },
    For {
        start: Label,
        end: Label,
    },
    /// Inside `async with`: leaving early awaits `__aexit__`.
    AsyncWith,
    /// Inside `try:` with except handlers.
    TryExcept,
    /// Inside `try:` of a try/finally: unwinding runs the final body.
    FinallyTry(Rc<Vec<Stmt>>),
    /// Inside a final body run by a `return` in its `try:`: the value to
    /// return is on the stack, and a `break`, `continue` or `return` out
    /// of the final body drops it.
    PopValue,
    /// Inside the exceptional copy of a final body: [prev_exc, exc] on stack.
    FinallyEnd,
    /// Inside an `except*` handler body (no return/break/continue out).
    ExceptStar,
    /// Inside `with`: the `__exit__` on the stack.
    With,
    /// Inside an `except` body: [prev_exc] on stack; the name to clear.
    HandlerCleanup(Option<String>),
}

pub(crate) struct Unit {
    pub b: CodeBuilder,
    pub scope: usize,
    pub fblocks: Vec<FBlock>,
    pub qualname: String,
    pub class_name: Option<String>,
}

pub(crate) struct Compiler<'s> {
    pub filename: String,
    pub lines: LineIndex<'s>,
    pub table: SymbolTable,
    pub units: Vec<Unit>,
    /// `from __future__ import annotations`: annotations are strings.
    pub string_annotations: bool,
    /// `compile(..., 'single')`: expression statements at module level
    /// show their value through `sys.displayhook`.
    pub interactive: bool,
}

/// Compiles source text into a module code object.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    compile_source(source, filename, Mode::Exec)
}

/// Compiles source text in the given mode (`exec`, `eval`, `single`).
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let lines = LineIndex::new(source);
    if let Some(off) = too_deep_brackets(source) {
        let line = lines.line(off as u32);
        return Err(CompileError {
            kind: ErrorKind::SyntaxError,
            message: "too many nested parentheses".into(),
            filename: filename.to_string(),
            line,
            column: lines.column(off as u32),
            end_line: line,
            end_column: lines.column(off as u32) as i32,
            text: lines.line_text(line),
            text_newline: true,
            text_from_file: false,
        });
    }
    let (body, eval_expr): (Vec<Stmt>, Option<Box<Expr>>) = match mode {
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source).map_err(|e| parse_error(&e, filename, &lines, source, false))?;
            let expr = parsed.into_syntax().body;
            let range = expr.range();
            // Wrap as a statement so scope analysis sees the expression.
            let stmt = Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: expr.clone() });
            (vec![stmt], Some(expr))
        }
        _ => {
            let parsed = crate::source_checks::parse_module(source, filename, &lines, mode)?;
            (parsed.body.into_iter().collect(), None)
        }
    };
    let table = symtable::analyze(&body).map_err(|e| CompileError {
        kind: ErrorKind::SyntaxError,
        message: e.message,
        filename: filename.to_string(),
        line: lines.line(e.offset),
        column: lines.column(e.offset),
        end_line: lines.line(e.end.max(e.offset)),
        end_column: lines.column(e.end.max(e.offset)) as i32,
        text: lines.line_text(lines.line(e.offset)),
        text_newline: true,
        text_from_file: true,
    })?;
    let string_annotations = crate::annotations::future_annotations(&body);
    let interactive = mode == Mode::Single;
    let mut c = Compiler { filename: filename.to_string(), lines, table, units: Vec::new(), string_annotations, interactive };
    c.push_unit(0, "<module>".into(), None, 1);
    if mode != Mode::Eval && has_annotations(&body) {
        c.emit(Opcode::SETUP_ANNOTATIONS, 0);
    }
    match (&eval_expr, &body[..]) {
        (Some(_), [Stmt::Expr(e)]) => {
            c.expr(&e.value)?;
            c.emit(Opcode::RETURN_VALUE, 0);
        }
        _ => c.stmts(&body)?,
    }
    let code = c.pop_unit("<module>", CodeFlags(0), 0, 0, 0, None);
    if overflows(&code) {
        return Err(CompileError {
            kind: ErrorKind::SyntaxError,
            message: format!("too many constants, names or instructions in one code object (tern's limit is {})", tern_bytecode::MAX_ARG),
            filename: filename.to_string(),
            line: code.first_line,
            column: 1,
            end_line: code.first_line,
            end_column: 1,
            text: None,
            text_newline: true,
            text_from_file: false,
        });
    }
    Ok(code)
}

/// Whether a code object or one nested in its constants hit `MAX_ARG`.
fn overflows(code: &CodeObject) -> bool {
    code.arg_overflow || code.consts.iter().any(|c| matches!(c, Constant::Code(inner) if overflows(inner)))
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl<'s> Compiler<'s> {
    pub fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("compiler unit")
    }

    pub fn unit_ref(&self) -> &Unit {
        self.units.last().expect("compiler unit")
    }

    pub fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.b().emit(op, arg);
    }

    /// Gives the next instruction `node`'s source range (CPython's
    /// positions: what a traceback's `^^^` markers underline).
    pub fn set_pos<T: Ranged>(&mut self, node: &T) {
        let (start, end) = (node.range().start().to_u32(), node.range().end().to_u32());
        let (line, end_line) = (self.lines.line(start), self.lines.line(end));
        let col = start - self.lines.line_start(line);
        let end_col = end - self.lines.line_start(end_line);
        self.b().pos = Some([line, end_line, col, end_col]);
    }

    pub fn set_line<T: Ranged>(&mut self, node: &T) {
        let line = self.lines.line(node.range().start().to_u32());
        self.b().line = line;
    }

    pub fn error<T: Ranged>(&self, node: &T, message: impl Into<String>) -> CompileError {
        let start = node.range().start().to_u32();
        let line = self.lines.line(start);
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            filename: self.filename.clone(),
            line,
            column: self.lines.column(start),
            end_line: self.lines.line(node.range().end().to_u32()),
            end_column: self.lines.column(node.range().end().to_u32()) as i32,
            text: self.lines.line_text(line),
            text_newline: true,
            text_from_file: true,
        }
    }

    pub fn push_unit(&mut self, scope: usize, qualname: String, class_name: Option<String>, first_line: u32) {
        let mut b = CodeBuilder::new(first_line);
        let sc = &self.table.scopes[scope];
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for v in sc.fast_locals() {
                b.varname(&v);
            }
        }
        b.cellvars = sc.cells.clone();
        b.freevars = sc.frees.clone();
        self.units.push(Unit { b, scope, fblocks: Vec::new(), qualname, class_name });
    }

    pub fn pop_unit(&mut self, name: &str, flags: CodeFlags, argcount: u32, posonly: u32, kwonly: u32, doc: Option<String>) -> CodeObject {
        let unit = self.units.pop().expect("compiler unit");
        let first_line = unit.b.first_line;
        let cell2arg = unit
            .b
            .cellvars
            .iter()
            .map(|c| {
                let nargs =
                    (argcount + kwonly) as usize + flags.has(CodeFlags::VARARGS) as usize + flags.has(CodeFlags::VARKEYWORDS) as usize;
                unit.b.varnames.iter().take(nargs).position(|v| v == c).map(|i| i as u32)
            })
            .collect();
        let code = CodeObject {
            name: name.to_string(),
            qualname: unit.qualname.clone(),
            filename: self.filename.clone(),
            first_line,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            cell2arg,
            doc,
            ..Default::default()
        };
        unit.b.finish(code)
    }

    pub fn scope_kind(&self) -> ScopeKind {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].kind
    }

    /// Applies private name mangling (`__x` in class `C` is `_C__x`).
    pub fn mangle(&self, name: &str) -> String {
        let Some(class) = self.units.last().and_then(|u| u.class_name.clone()) else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let stripped = class.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_string();
        }
        format!("_{stripped}{name}")
    }

    fn access(&self, name: &str) -> Access {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].access(name)
    }

    /// Loads `raw` with a NULL pushed below it when it is a global
    /// (LOAD_GLOBAL with the low argument bit set); false, emitting
    /// nothing, for any other kind of name.
    pub fn load_global_with_null(&mut self, raw: &str) -> bool {
        let name = self.mangle(raw);
        if !matches!(self.access(&name), Access::Global) {
            return false;
        }
        let i = self.b().name(&name);
        self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
        true
    }

    pub fn load_name(&mut self, raw: &str) {
        let name = self.mangle(raw);
        match self.access(&name) {
            Access::Fast => {
                let i = self.b().varname(&name);
                self.emit(Opcode::LOAD_FAST, i);
            }
            Access::Cell | Access::Free => {
                let u = self.units.last().expect("unit");
                let class_free = self.table.scopes[u.scope].is_class_free(&name);
                let i = self.b().deref_index(&name).unwrap_or(0);
                if class_free {
                    let n = self.b().name(&name);
                    let _ = n;
                    self.emit(Opcode::LOAD_CLASSDEREF, i);
                } else {
                    self.emit(Opcode::LOAD_DEREF, i);
                }
            }
            Access::Global => {
                let i = self.b().name(&name);
                self.emit(Opcode::LOAD_GLOBAL, i << 1);
            }
            Access::Name => {
                let i = self.b().name(&name);
                self.emit(Opcode::LOAD_NAME, i);
            }
        }
    }

    pub fn store_name(&mut self, raw: &str) {
        let name = self.mangle(raw);
        match self.access(&name) {
            Access::Fast => {
                let i = self.b().varname(&name);
                self.emit(Opcode::STORE_FAST, i);
            }
            Access::Cell | Access::Free => {
                let i = self.b().deref_index(&name).unwrap_or(0);
                self.emit(Opcode::STORE_DEREF, i);
            }
            Access::Global => {
                let i = self.b().name(&name);
                self.emit(Opcode::STORE_GLOBAL, i);
            }
            Access::Name => {
                let i = self.b().name(&name);
                self.emit(Opcode::STORE_NAME, i);
            }
        }
    }

    pub fn delete_name(&mut self, raw: &str) {
        let name = self.mangle(raw);
        match self.access(&name) {
            Access::Fast => {
                let i = self.b().varname(&name);
                self.emit(Opcode::DELETE_FAST, i);
            }
            Access::Cell | Access::Free => {
                let i = self.b().deref_index(&name).unwrap_or(0);
                self.emit(Opcode::DELETE_DEREF, i);
            }
            Access::Global => {
                let i = self.b().name(&name);
                self.emit(Opcode::DELETE_GLOBAL, i);
            }
            Access::Name => {
                let i = self.b().name(&name);
                self.emit(Opcode::DELETE_NAME, i);
            }
        }
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.b().add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let kind = self.table.scopes[u.scope].kind;
        match kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            _ => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    /// Emits the closure tuple for a child scope and returns whether there is one.
    fn emit_closure(&mut self, child_scope: usize) -> bool {
        let frees = self.table.scopes[child_scope].frees.clone();
        if frees.is_empty() {
            return false;
        }
        for f in &frees {
            let idx = match self.b().deref_index(f) {
                Some(i) => i,
                None => {
                    // The free name is a class-body cell created for `__class__`.
                    self.b().cellvars.push(f.clone());
                    self.b().cellvars.len() as u32 - 1
                }
            };
            self.emit(Opcode::LOAD_CLOSURE, idx);
        }
        self.emit(Opcode::BUILD_TUPLE, frees.len() as u32);
        true
    }

    /// Pushes defaults and kw-defaults; returns MAKE_FUNCTION flags.
    fn emit_defaults(&mut self, p: &ast::Parameters) -> Result<u32, CompileError> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> =
            p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d))).collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let n = self.mangle(n);
                self.load_const(Constant::Str(n));
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kwdefaults.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// An annotation's value: the expression, or its text under
    /// `from __future__ import annotations`.
    pub fn annotation(&mut self, ann: &Expr) -> Result<(), CompileError> {
        if self.string_annotations {
            let text = crate::annotations::unparse(ann, self.lines.source());
            self.load_const(Constant::Str(text));
            return Ok(());
        }
        self.expr(ann)
    }

    fn emit_annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> Result<u32, CompileError> {
        let mut n = 0;
        let all = p.posonlyargs.iter().chain(p.args.iter()).map(|a| &a.parameter);
        let all: Vec<&ast::Parameter> =
            all.chain(p.vararg.as_deref()).chain(p.kwonlyargs.iter().map(|a| &a.parameter)).chain(p.kwarg.as_deref()).collect();
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.name.id);
                self.load_const(Constant::Str(name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_MAP, n);
            Ok(4)
        } else {
            Ok(0)
        }
    }

    fn param_counts(p: &ast::Parameters) -> (u32, u32, u32, CodeFlags) {
        let mut flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
        if p.vararg.is_some() {
            flags |= CodeFlags::VARARGS;
        }
        if p.kwarg.is_some() {
            flags |= CodeFlags::VARKEYWORDS;
        }
        ((p.posonlyargs.len() + p.args.len()) as u32, p.posonlyargs.len() as u32, p.kwonlyargs.len() as u32, CodeFlags(flags))
    }

    /// Compiles a `def` and leaves the function (decorated) on the stack.
    pub fn function_def(&mut self, f: &ast::StmtFunctionDef) -> Result<(), CompileError> {
        for d in f.decorator_list.iter() {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(&d.expression)?;
        }
        self.set_line(f);
        let mut flags = self.emit_defaults(&f.parameters)?;
        flags |= self.emit_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self.table.scope_of(f);
        let qualname = self.child_qualname(&f.name.id);
        let class_name = self.units.last().and_then(|u| u.class_name.clone());
        let first_line = self.lines.line(f.range.start().to_u32());
        self.push_unit(scope, qualname, class_name, first_line);
        let doc = docstring(&f.body);
        let body: &[Stmt] = &f.body;
        self.stmts(body)?;
        let (argc, posonly, kwonly, mut cflags) = Self::param_counts(&f.parameters);
        cflags.0 |= self.generator_flags(scope);
        if !self.table.scopes[scope].frees.is_empty() {
            cflags.0 |= CodeFlags::NESTED;
        }
        let code = self.pop_unit(&f.name.id, cflags, argc, posonly, kwonly, doc);
        if self.emit_closure(scope) {
            flags |= 8;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        for _ in f.decorator_list.iter() {
            self.emit(Opcode::CALL, 1);
        }
        Ok(())
    }

    pub fn lambda(&mut self, l: &ast::ExprLambda) -> Result<(), CompileError> {
        let empty = ast::Parameters {
            node_index: Default::default(),
            range: TextRange::default(),
            posonlyargs: Default::default(),
            args: Default::default(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        };
        let params = l.parameters.as_deref().unwrap_or(&empty);
        let mut flags = self.emit_defaults(params)?;
        let scope = self.table.scope_of(l);
        let qualname = self.child_qualname("<lambda>");
        let class_name = self.units.last().and_then(|u| u.class_name.clone());
        let first_line = self.lines.line(l.range.start().to_u32());
        self.push_unit(scope, qualname, class_name, first_line);
        self.b().add_const(Constant::None);
        self.expr(&l.body)?;
        let is_gen = self.table.scopes[scope].is_generator;
        // Python 3.11: a generator lambda returns its body's value too.
        self.emit(Opcode::RETURN_VALUE, 0);
        let (argc, posonly, kwonly, mut cflags) = Self::param_counts(params);
        if is_gen {
            cflags.0 |= self.generator_flags(scope);
        }
        let code = self.pop_unit("<lambda>", cflags, argc, posonly, kwonly, None);
        if self.emit_closure(scope) {
            flags |= 8;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// Compiles a class statement, leaving the class on the stack.
    pub fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<(), CompileError> {
        for d in c.decorator_list.iter() {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(&d.expression)?;
        }
        self.set_line(c);
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        let scope = self.table.scope_of(c);
        let qualname = self.child_qualname(&c.name.id);
        let first_line = self.lines.line(c.range.start().to_u32());
        self.push_unit(scope, qualname.clone(), Some(c.name.id.to_string()), first_line);
        let n = self.b().name("__name__");
        self.emit(Opcode::LOAD_NAME, n);
        let m = self.b().name("__module__");
        self.emit(Opcode::STORE_NAME, m);
        self.load_const(Constant::Str(qualname));
        let q = self.b().name("__qualname__");
        self.emit(Opcode::STORE_NAME, q);
        if has_annotations(&c.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let doc = docstring(&c.body);
        if let Some(d) = &doc {
            self.load_const(Constant::Str(d.clone()));
            let n = self.b().name("__doc__");
            self.emit(Opcode::STORE_NAME, n);
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.b().deref_index("__class__").unwrap_or(0);
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            let n = self.b().name("__classcell__");
            self.emit(Opcode::STORE_NAME, n);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.pop_unit(&c.name.id, CodeFlags(0), 0, 0, 0, None);
        let mut flags = 0;
        if self.emit_closure(scope) {
            flags |= 8;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        self.load_const(Constant::Str(c.name.id.to_string()));
        let (args, keywords) = match &c.arguments {
            Some(a) => (&a.args[..], &a.keywords[..]),
            None => (&[][..], &[][..]),
        };
        self.call_args(args, keywords, 2, None)?;
        for _ in c.decorator_list.iter() {
            self.emit(Opcode::CALL, 1);
        }
        Ok(())
    }

    /// Compiles a comprehension or generator expression as a nested
    /// function called at once with the first iterator.
    pub fn comprehension<T: Ranged>(
        &mut self,
        node: &T,
        name: &str,
        gens: &[ast::Comprehension],
        build: Option<(Opcode, u32)>,
        body: &dyn Fn(&mut Compiler<'s>) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_of(node);
        // CPython: a comprehension with `async for` or `await` is a
        // coroutine (awaited here at once), or for a generator expression
        // an async generator; only async functions and other
        // comprehensions may hold the awaited kinds.
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && build.is_some() {
            let outer = &self.table.scopes[self.unit_ref().scope];
            if !outer.is_async_def && outer.kind != ScopeKind::Comprehension {
                return Err(self.error(node, "asynchronous comprehension outside of an asynchronous function"));
            }
        }
        let qualname = self.child_qualname(name);
        let class_name = self.units.last().and_then(|u| u.class_name.clone());
        let first_line = self.lines.line(node.range().start().to_u32());
        self.emit(Opcode::PUSH_NULL, 0);
        self.push_unit(scope, qualname, class_name, first_line);
        if let Some((op, arg)) = build {
            self.emit(op, arg);
        }
        self.comp_generator(gens, 0, build.is_some(), body)?;
        if build.is_some() {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let cflags = CodeFlags(CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS | self.generator_flags(scope));
        let code = self.pop_unit(name, cflags, 1, 0, 0, None);
        let mut flags = 0;
        if self.emit_closure(scope) {
            flags |= 8;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        self.expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        // A traceback through the call underlines the whole comprehension.
        self.set_pos(node);
        self.emit(Opcode::CALL, 1);
        if is_async && build.is_some() {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.send_loop();
        }
        Ok(())
    }

    /// GENERATOR, COROUTINE or ASYNC_GENERATOR for a function-like scope,
    /// as CPython's `compute_code_flags`.
    pub fn generator_flags(&self, scope: usize) -> u32 {
        let sc = &self.table.scopes[scope];
        match (sc.is_generator, sc.is_coroutine) {
            (true, false) => CodeFlags::GENERATOR,
            (false, true) => CodeFlags::COROUTINE,
            (true, true) => CodeFlags::ASYNC_GENERATOR,
            (false, false) => 0,
        }
    }

    /// Whether the unit being compiled is an async generator (its `yield`
    /// is YIELD_VALUE 1).
    pub fn in_async_generator(&self) -> bool {
        let sc = &self.table.scopes[self.unit_ref().scope];
        sc.is_generator && sc.is_coroutine
    }

    /// Whether the unit being compiled is an `async def`.
    pub fn in_async_def(&self) -> bool {
        self.table.scopes[self.unit_ref().scope].is_async_def
    }

    fn comp_generator(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        has_result: bool,
        body: &dyn Fn(&mut Compiler<'s>) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        let start = self.b().new_label();
        let end = self.b().new_label();
        if i == 0 {
            let dot0 = self.b().varname(".0");
            self.emit(Opcode::LOAD_FAST, dot0);
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        }
        self.b().bind(start);
        // As `async for` (stmt.rs `for_stmt`): END_ASYNC_FOR ends the loop.
        let async_exit = if g.is_async {
            let h = self.b().push_handler(end);
            self.emit(Opcode::GET_ANEXT, 0);
            self.send_loop();
            self.b().pop_handler();
            Some(h)
        } else {
            self.b().emit_jump(Opcode::FOR_ITER, end);
            None
        };
        self.assign_target(&g.target)?;
        let skip = self.b().new_label();
        for cond in &g.ifs {
            self.jump_if(cond, false, skip)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, has_result, body)?;
        } else {
            body(self)?;
        }
        self.b().bind(skip);
        self.b().emit_jump(Opcode::JUMP, start);
        match async_exit {
            Some(h) => {
                self.b().bind_handler(h);
                self.emit(Opcode::END_ASYNC_FOR, 0);
            }
            None => self.b().bind(end),
        }
        let _ = has_result;
        Ok(())
    }

    /// The depth of the result container for LIST_APPEND etc. inside a
    /// comprehension: the iterators of every generator level are above it.
    pub fn comp_depth(gens: usize) -> u32 {
        gens as u32 + 1
    }
}

/// The docstring of a body, if it starts with a string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// CPython's tokenizer refuses more than 200 nested brackets; the offset
/// of the first bracket past that depth, if any.
pub(crate) fn too_deep_brackets(source: &str) -> Option<usize> {
    const MAX: usize = 200;
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut in_str: Option<u8> = None;
    let mut triple = false;
    while i < bytes.len() {
        let c = bytes[i];
        match in_str {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    if !triple {
                        in_str = None;
                    } else if bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                        in_str = None;
                        i += 2;
                    }
                } else if c == b'\n' && !triple {
                    in_str = None;
                }
            }
            None => match c {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\'' | b'"' => {
                    triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                    if triple {
                        i += 2;
                    }
                    in_str = Some(c);
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX {
                        return Some(i);
                    }
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        i += 1;
    }
    None
}
