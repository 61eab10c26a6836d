//! Scope analysis: decides for every name in every scope whether it is a
//! fast local, a cell, a free variable, a global, or a name looked up in a
//! locals mapping (module and class bodies).
//!
//! Scopes are keyed by the address of their AST node, which lives as long
//! as the compilation.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

/// Which kind of code a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is accessed inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A fast local slot.
    Fast,
    /// A local that inner scopes capture: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through a cell.
    Free,
    /// `global` declared or implicit global in a function.
    Global,
    /// Module/class level: the locals mapping, then globals, then builtins.
    Name,
}

/// Names and their access in one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    bound: Vec<String>,
    bound_set: HashSet<String>,
    used: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    /// Where each `nonlocal` statement is (start, end), for errors.
    nonlocal_at: std::collections::HashMap<String, (u32, u32)>,
    /// Where each `global` statement is (start, end), for errors.
    global_at: std::collections::HashMap<String, (u32, u32)>,
    /// Names given an annotation (`x: int`) in this scope.
    annotated: HashSet<String>,
    pub params: Vec<String>,
    children: Vec<usize>,
    /// Names that nested scopes need from this one.
    pub cells: Vec<String>,
    /// Names this scope takes from enclosing functions.
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// CPython's `ste_coroutine`: an `async def`, or a scope holding an
    /// `await` or an `async for` comprehension (a comprehension that is one
    /// makes its parent one too, unless it is a generator expression).
    /// With `is_generator` it is an async generator.
    pub is_coroutine: bool,
    /// The scope of an `async def` (where `await`, `async for` and
    /// `async with` are allowed).
    pub is_async_def: bool,
    /// For a comprehension scope: what it is, for "'yield' inside ...".
    pub comp_name: &'static str,
    /// Names bound by walrus inside comprehensions, to bind here instead.
    pub uses_super_or_class: bool,
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            nonlocal_at: Default::default(),
            global_at: Default::default(),
            annotated: HashSet::new(),
            params: Vec::new(),
            children: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            comp_name: "",
            uses_super_or_class: false,
            needs_class_cell: false,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    /// How `name` is accessed in this scope.
    pub fn access(&self, name: &str) -> Access {
        if self.globals.contains(name) {
            return Access::Global;
        }
        if self.frees.iter().any(|f| f == name) {
            if self.kind == ScopeKind::Class && self.bound_set.contains(name) {
                return Access::Name;
            }
            return Access::Free;
        }
        if self.cells.iter().any(|c| c == name) {
            return Access::Cell;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Access::Name,
            _ => {
                if self.bound_set.contains(name) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        }
    }

    /// Fast locals in slot order: parameters first, then other bound names
    /// that are not cells, globals or frees.
    pub fn fast_locals(&self) -> Vec<String> {
        let mut out: Vec<String> = self.params.clone();
        for b in &self.bound {
            if !out.contains(b) && self.access(b) == Access::Fast {
                out.push(b.clone());
            }
        }
        out
    }

    /// True when a class-body name is free (LOAD_CLASSDEREF).
    pub fn is_class_free(&self, name: &str) -> bool {
        self.kind == ScopeKind::Class && self.frees.iter().any(|f| f == name)
    }
}

/// Errors found during scope analysis, with the byte offset of the node.
#[derive(Debug)]
pub struct SymtableError {
    pub message: String,
    pub offset: u32,
    /// End of the offending statement (for the caret range).
    pub end: u32,
}

/// All scopes of one module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope index for an AST node (function, class, lambda,
    /// comprehension); 0 is the module.
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node.get(&(node as *const T as usize)).copied().unwrap_or(0)
    }
}

/// Analyses a module body.
pub fn analyze(body: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module)], by_node: HashMap::new(), stack: vec![0] };
    for s in body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut table, 0, &[])?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        self.by_node.insert(node as *const T as usize, idx);
        let parent = *self.stack.last().unwrap_or(&0);
        self.scopes[parent].children.push(idx);
        self.stack.push(idx);
        idx
    }

    fn bind(&mut self, name: &str) {
        self.cur().bind(name);
    }

    fn use_name(&mut self, name: &str) {
        self.cur().used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymtableError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        // A name given to two parameters, in CPython's order of checking.
        let names = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter.name)
            .chain(p.vararg.iter().map(|v| &v.name))
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter.name))
            .chain(p.kwarg.iter().map(|k| &k.name));
        let mut seen: Vec<&str> = Vec::new();
        for n in names {
            if seen.contains(&n.id.as_str()) {
                return Err(SymtableError {
                    message: format!("duplicate argument '{}' in function definition", n.id),
                    offset: n.range.start().to_u32(),
                    end: n.range.end().to_u32(),
                });
            }
            seen.push(n.id.as_str());
        }
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann)?;
            }
        }
        for a in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymtableError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in f.decorator_list.iter() {
                    self.expr(&d.expression)?;
                }
                forbid_debug(&f.name.id, f.range, false)?;
                forbid_debug_params(&f.parameters, f.range)?;
                self.params(&f.parameters)?;
                self.annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name.id);
                self.push_scope(f, ScopeKind::Function);
                if f.is_async {
                    self.cur().is_coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.declare_params(&f.parameters);
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                for d in c.decorator_list.iter() {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    repeated_keyword(&args.keywords)?;
                    forbid_debug_keywords(&args.keywords, c.range)?;
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                forbid_debug(&c.name.id, c.range, false)?;
                self.bind(&c.name.id);
                self.push_scope(c, ScopeKind::Class);
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    forbid_debug_target(t, true)?;
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    forbid_debug(&n.id, a.range, false)?;
                    let sc = self.cur();
                    let kw = if sc.globals.contains(n.id.as_str()) {
                        Some("global")
                    } else if sc.nonlocals.contains(n.id.as_str()) {
                        Some("nonlocal")
                    } else {
                        None
                    };
                    if let Some(kw) = kw {
                        let message = format!("annotated name '{}' can't be {kw}", n.id);
                        return Err(SymtableError { message, offset: a.range.start().to_u32(), end: a.range.end().to_u32() });
                    }
                    sc.annotated.insert(n.id.to_string());
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if !matches!(self.cur().kind, ScopeKind::Function | ScopeKind::Comprehension) || !a.simple {
                    self.expr(&a.annotation)?;
                }
                if a.value.is_some() || matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.expr(&t.value)?;
                self.target(&t.name)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    forbid_debug(&name, i.range, false)?;
                    self.bind(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SymtableError {
                                message: "import * only allowed at module level".into(),
                                // At the `*`, as CPython.
                                offset: a.range.start().to_u32(),
                                end: a.range.end().to_u32(),
                            });
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(&name.id);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.to_string();
                    let sc = self.cur();
                    if let Some(message) = declared_too_late(sc, &name, "global") {
                        return Err(SymtableError { message, offset: g.range.start().to_u32(), end: g.range.end().to_u32() });
                    }
                    if let Some(&(offset, end)) = sc.nonlocal_at.get(&name) {
                        // At the first declaration of the name, as CPython.
                        return Err(SymtableError { message: format!("name '{name}' is nonlocal and global"), offset, end });
                    }
                    sc.global_at.entry(name.clone()).or_insert((g.range.start().to_u32(), g.range.end().to_u32()));
                    sc.globals.insert(name);
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let name = n.id.to_string();
                    let sc = self.cur();
                    if sc.kind == ScopeKind::Module {
                        return Err(SymtableError {
                            message: "nonlocal declaration not allowed at module level".into(),
                            offset: g.range.start().to_u32(),
                            end: g.range.end().to_u32(),
                        });
                    }
                    if let Some(message) = declared_too_late(sc, &name, "nonlocal") {
                        return Err(SymtableError { message, offset: g.range.start().to_u32(), end: g.range.end().to_u32() });
                    }
                    if let Some(&(offset, end)) = sc.global_at.get(&name) {
                        return Err(SymtableError { message: format!("name '{name}' is nonlocal and global"), offset, end });
                    }
                    sc.nonlocal_at.entry(name.clone()).or_insert((g.range.start().to_u32(), g.range.end().to_u32()));
                    sc.nonlocals.insert(name);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), SymtableError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(&r.id);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.pattern(p)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(&n.id);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(&n.id);
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymtableError> {
        match t {
            Expr::Name(n) => {
                forbid_debug(&n.id, n.range, false)?;
                self.bind(&n.id)
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension<T>(&mut self, node: &T, name: &'static str, gens: &[ast::Comprehension], elts: &[&Expr]) -> Result<(), SymtableError> {
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        let idx = self.push_scope(node, ScopeKind::Comprehension);
        self.cur().comp_name = name;
        self.cur().is_generator = name == "generator expression";
        self.bind(".0");
        self.cur().params = vec![".0".to_string()];
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        let sc = &self.scopes[idx];
        if sc.is_coroutine && !sc.is_generator {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    /// `yield` in a comprehension's own scope is an error.
    fn check_comp_yield(&mut self, e: &Expr) -> Result<(), SymtableError> {
        let name = self.cur().comp_name;
        if name.is_empty() {
            return Ok(());
        }
        Err(SymtableError { message: format!("'yield' inside {name}"), offset: e.range().start().to_u32(), end: e.range().end().to_u32() })
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymtableError> {
        match e {
            Expr::Name(n) => {
                self.use_name(&n.id);
                if n.id.as_str() == "super" || n.id.as_str() == "__class__" {
                    self.cur().uses_super_or_class = true;
                }
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                forbid_debug_target(&n.target, false)?;
                self.expr(&n.value)?;
                // A walrus in a comprehension binds in the enclosing non-comprehension scope.
                if let Expr::Name(name) = &*n.target {
                    let mut depth = self.stack.len();
                    while depth > 1 && self.scopes[self.stack[depth - 1]].kind == ScopeKind::Comprehension {
                        let idx = self.stack[depth - 1];
                        self.scopes[idx].nonlocals.insert(name.id.to_string());
                        depth -= 1;
                    }
                    let idx = self.stack[depth - 1];
                    if depth < self.stack.len() && self.scopes[idx].kind == ScopeKind::Module {
                        for &c in &self.stack[depth..] {
                            self.scopes[c].nonlocals.remove(name.id.as_str());
                            self.scopes[c].globals.insert(name.id.to_string());
                        }
                    }
                    self.scopes[idx].bind(&name.id);
                } else {
                    self.target(&n.target)?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    forbid_debug_params(p, l.range)?;
                    self.params(p)?;
                }
                self.push_scope(l, ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.expr(&l.body)?;
                self.stack.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.expr(e)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(c, "list comprehension", &c.generators, &[&c.elt])?,
            Expr::SetComp(c) => self.comprehension(c, "set comprehension", &c.generators, &[&c.elt])?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c, "dict comprehension", &c.generators, &elts)?
            }
            Expr::Generator(c) => self.comprehension(c, "generator expression", &c.generators, &[&c.elt])?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.cur().is_coroutine = true;
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
                self.cur().is_generator = true;
                self.check_comp_yield(e)?;
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.cur().is_generator = true;
                self.check_comp_yield(e)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for e in c.comparators.iter() {
                    self.expr(e)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                repeated_keyword(&c.arguments.keywords)?;
                forbid_debug_keywords(&c.arguments.keywords, c.range())?;
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result<(), SymtableError> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// CPython's error for binding (or deleting) the name `__debug__`, at `at`.
fn forbid_debug(name: &str, at: ruff_text_size::TextRange, deleting: bool) -> Result<(), SymtableError> {
    if name != "__debug__" {
        return Ok(());
    }
    let message = if deleting { "cannot delete __debug__" } else { "cannot assign to __debug__" };
    Err(SymtableError { message: message.into(), offset: at.start().to_u32(), end: at.end().to_u32() })
}

/// `forbid_debug` for the names a target binds.
fn forbid_debug_target(t: &Expr, deleting: bool) -> Result<(), SymtableError> {
    match t {
        Expr::Name(n) => forbid_debug(&n.id, n.range, deleting),
        Expr::Tuple(tu) => tu.elts.iter().try_for_each(|e| forbid_debug_target(e, deleting)),
        Expr::List(l) => l.elts.iter().try_for_each(|e| forbid_debug_target(e, deleting)),
        Expr::Starred(s) => forbid_debug_target(&s.value, deleting),
        _ => Ok(()),
    }
}

/// `forbid_debug` for parameters, at the function or lambda (`at`).
fn forbid_debug_params(p: &ast::Parameters, at: ruff_text_size::TextRange) -> Result<(), SymtableError> {
    let names = p
        .posonlyargs
        .iter()
        .chain(p.args.iter())
        .chain(p.kwonlyargs.iter())
        .map(|a| &a.parameter.name)
        .chain(p.vararg.iter().map(|v| &v.name))
        .chain(p.kwarg.iter().map(|k| &k.name));
    for n in names {
        forbid_debug(&n.id, at, false)?;
    }
    Ok(())
}

/// `forbid_debug` for keyword arguments, at the call or class (`at`).
fn forbid_debug_keywords(keywords: &[ast::Keyword], at: ruff_text_size::TextRange) -> Result<(), SymtableError> {
    for k in keywords {
        if let Some(a) = &k.arg {
            forbid_debug(&a.id, at, false)?;
        }
    }
    Ok(())
}

/// "keyword argument repeated" (a compiler error in CPython): at the
/// second keyword argument of a name.
fn repeated_keyword(keywords: &[ast::Keyword]) -> Result<(), SymtableError> {
    for (i, k) in keywords.iter().enumerate() {
        let Some(name) = &k.arg else { continue };
        if keywords[..i].iter().any(|p| p.arg.as_ref().is_some_and(|a| a.id == name.id)) {
            return Err(SymtableError {
                message: format!("keyword argument repeated: {}", name.id),
                offset: k.range.start().to_u32(),
                end: k.range.end().to_u32(),
            });
        }
    }
    Ok(())
}

/// CPython's error when `global`/`nonlocal` (`kw`) names something the
/// scope already bound or used.
fn declared_too_late(sc: &Scope, name: &str, kw: &str) -> Option<String> {
    if sc.params.iter().any(|p| p == name) {
        return Some(format!("name '{name}' is parameter and {kw}"));
    }
    if sc.used.contains(name) {
        return Some(format!("name '{name}' is used prior to {kw} declaration"));
    }
    if sc.annotated.contains(name) {
        return Some(format!("annotated name '{name}' can't be {kw}"));
    }
    if sc.bound_set.contains(name) {
        return Some(format!("name '{name}' is assigned to before {kw} declaration"));
    }
    None
}

/// Resolves free variables top-down. `enclosing` holds the indexes of the
/// enclosing function scopes, innermost last.
fn resolve(t: &mut SymbolTable, idx: usize, enclosing: &[usize]) -> Result<(), SymtableError> {
    // nonlocal names must exist in an enclosing function.
    let nonlocals: Vec<String> = t.scopes[idx].nonlocals.iter().cloned().collect();
    for n in nonlocals {
        let found = enclosing.iter().rev().any(|&e| binds_locally(&t.scopes[e], &n));
        if !found {
            if t.scopes[idx].kind == ScopeKind::Comprehension {
                continue;
            }
            let (offset, end) = t.scopes[idx].nonlocal_at.get(&n).copied().unwrap_or((0, 0));
            return Err(SymtableError { message: format!("no binding for nonlocal '{n}' found"), offset, end });
        }
        add_free(t, idx, enclosing, &n);
    }
    // Implicit free variables: used (or bound in a class) but not local.
    let kind = t.scopes[idx].kind;
    let used: Vec<String> = t.scopes[idx].used.iter().cloned().collect();
    for n in used {
        let sc = &t.scopes[idx];
        if sc.globals.contains(&n) || sc.nonlocals.contains(&n) {
            continue;
        }
        let local = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) && sc.bound_set.contains(&n);
        if local || kind == ScopeKind::Module {
            continue;
        }
        if enclosing.iter().rev().any(|&e| binds_locally(&t.scopes[e], &n)) {
            add_free(t, idx, enclosing, &n);
        }
    }
    // super() / __class__ in a method: free __class__ from the class.
    if t.scopes[idx].uses_super_or_class && matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        let class_idx = find_class_for(t, idx);
        if let Some(c) = class_idx {
            t.scopes[c].needs_class_cell = true;
            add_class_free(t, idx, c);
        }
    }
    let children = t.scopes[idx].children.clone();
    let mut inner: Vec<usize> = enclosing.to_vec();
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        inner.push(idx);
    }
    for c in children {
        resolve(t, c, &inner)?;
    }
    Ok(())
}

fn binds_locally(s: &Scope, name: &str) -> bool {
    (s.bound_set.contains(name) && !s.globals.contains(name) && !s.nonlocals.contains(name))
        || s.cells.iter().any(|c| c == name) && !s.frees.iter().any(|f| f == name)
}

/// Marks `name` free in `idx` and in every scope (classes included)
/// between it and the function that binds it, which gets a cell.
fn add_free(t: &mut SymbolTable, idx: usize, _enclosing: &[usize], name: &str) {
    if !t.scopes[idx].frees.iter().any(|f| f == name) {
        t.scopes[idx].frees.push(name.to_string());
    }
    let mut child = idx;
    while let Some(e) = t.scopes.iter().position(|s| s.children.contains(&child)) {
        match t.scopes[e].kind {
            ScopeKind::Module => return,
            ScopeKind::Function | ScopeKind::Comprehension if binds_locally(&t.scopes[e], name) => {
                if !t.scopes[e].cells.iter().any(|c| c == name) {
                    t.scopes[e].cells.push(name.to_string());
                }
                return;
            }
            _ => {
                if !t.scopes[e].frees.iter().any(|f| f == name) {
                    t.scopes[e].frees.push(name.to_string());
                }
            }
        }
        child = e;
    }
}

/// Finds the class scope whose methods include scope `idx` (through nested
/// functions), if any.
fn find_class_for(t: &SymbolTable, idx: usize) -> Option<usize> {
    let mut child = idx;
    loop {
        let parent = t.scopes.iter().position(|s| s.children.contains(&child))?;
        match t.scopes[parent].kind {
            ScopeKind::Class => return Some(parent),
            ScopeKind::Module => return None,
            _ => child = parent,
        }
    }
}

fn add_class_free(t: &mut SymbolTable, idx: usize, class: usize) {
    let mut child = idx;
    while child != class {
        if !t.scopes[child].frees.iter().any(|f| f == "__class__") {
            t.scopes[child].frees.push("__class__".into());
        }
        match t.scopes.iter().position(|s| s.children.contains(&child)) {
            Some(p) => child = p,
            None => break,
        }
    }
    if !t.scopes[class].cells.iter().any(|c| c == "__class__") {
        t.scopes[class].cells.push("__class__".into());
    }
}
