//! Expressions: literals, names, operators, calls (with the method-call
//! and zero-argument `super()` forms), displays, comprehensions, f-strings
//! and yields.

use crate::errors::CompileError;
use crate::stmt::binop_index;
use crate::symtable::ScopeKind;
use crate::unit::Compiler;
use ruff_python_ast::{self as ast, Expr};
use tern_bytecode::{Constant, Opcode};

impl<'s> Compiler<'s> {
    pub fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Constant::Int(v),
                        None => Constant::BigInt(i.to_string()),
                    },
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
                };
                self.load_const(c);
            }
            Expr::StringLiteral(s) => {
                let c = crate::surrogate_literal::str_constant(s, self.lines.source());
                self.load_const(c);
            }
            Expr::BytesLiteral(b) => self.load_const(Constant::Bytes(b.value.bytes().collect())),
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.load_const(Constant::Ellipsis),
            Expr::Name(n) => {
                self.set_line(n);
                self.set_pos(n);
                self.load_name(&n.id)
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a);
                let name = self.mangle(&a.attr.id);
                let i = self.b().name(&name);
                self.set_pos(a);
                self.emit(Opcode::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_line(s);
                self.set_pos(s);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b);
                self.set_pos(b);
                self.emit(Opcode::BINARY_OP, binop_index(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.b().new_label();
                let op = if b.op == ast::BoolOp::And { Opcode::JUMP_IF_FALSE_OR_POP } else { Opcode::JUMP_IF_TRUE_OR_POP };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.b().emit_jump(op, end);
                    }
                }
                self.b().bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.b().new_label();
                let end = self.b().new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.b().emit_jump(Opcode::JUMP, end);
                self.b().bind(orelse);
                self.expr(&i.orelse)?;
                self.b().bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.assign_target(&n.target)?;
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Tuple(t) => self.sequence(&t.elts, Opcode::BUILD_TUPLE)?,
            Expr::List(l) => self.sequence(&l.elts, Opcode::BUILD_LIST)?,
            Expr::Set(s) => self.sequence(&s.elts, Opcode::BUILD_SET)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::ListComp(c) => {
                let depth = Self::comp_depth(c.generators.len());
                self.comprehension(c, "<listcomp>", &c.generators, Some((Opcode::BUILD_LIST, 0)), &|this| {
                    this.expr(&c.elt)?;
                    this.emit(Opcode::LIST_APPEND, depth);
                    Ok(())
                })?
            }
            Expr::SetComp(c) => {
                let depth = Self::comp_depth(c.generators.len());
                self.comprehension(c, "<setcomp>", &c.generators, Some((Opcode::BUILD_SET, 0)), &|this| {
                    this.expr(&c.elt)?;
                    this.emit(Opcode::SET_ADD, depth);
                    Ok(())
                })?
            }
            Expr::DictComp(c) => {
                let depth = Self::comp_depth(c.generators.len());
                self.comprehension(c, "<dictcomp>", &c.generators, Some((Opcode::BUILD_MAP, 0)), &|this| {
                    match &c.key {
                        Some(k) => this.expr(k)?,
                        None => return Err(this.error(c, "dict unpacking cannot be used in dict comprehension")),
                    }
                    this.expr(&c.value)?;
                    this.emit(Opcode::MAP_ADD, depth);
                    Ok(())
                })?
            }
            Expr::Generator(g) => self.comprehension(g, "<genexpr>", &g.generators, None, &|this| {
                this.expr(&g.elt)?;
                this.emit_yield();
                this.emit(Opcode::POP_TOP, 0);
                Ok(())
            })?,
            Expr::Yield(y) => {
                self.check_yield(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                self.check_yield(e)?;
                if self.in_async_def() {
                    return Err(self.error(e, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.delegate_loop();
            }
            Expr::Await(a) => {
                match self.scope_kind() {
                    ScopeKind::Function if !self.in_async_def() => return Err(self.error(e, "'await' outside async function")),
                    ScopeKind::Function | ScopeKind::Comprehension => {}
                    _ => return Err(self.error(e, "'await' outside function")),
                }
                self.expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.send_loop();
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error(t, "invalid syntax")),
            Expr::Starred(s) => return Err(self.error(s, "can't use starred expression here")),
            Expr::Slice(s) => {
                self.slice_parts(s)?;
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error(c, "invalid syntax")),
        }
        Ok(())
    }

    /// `yield from` / `await`: the value on top becomes the sub-iterator
    /// and is driven by SEND until it returns.
    fn delegate_loop(&mut self) {
        self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
        self.send_loop();
    }

    /// Drives the sub-iterator on top with SEND until it returns; its
    /// return value replaces it (`await` after GET_AWAITABLE too).
    pub fn send_loop(&mut self) {
        self.load_const(Constant::None);
        let start = self.b().new_label();
        let exit = self.b().new_label();
        self.b().bind(start);
        self.b().emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.b().emit_jump(Opcode::JUMP, start);
        self.b().bind(exit);
    }

    /// YIELD_VALUE for a `yield`: its argument 1 marks the values an
    /// async generator yields, which its `asend` awaitable returns (our
    /// stand-in for CPython's ASYNC_GEN_WRAP: values passing through from
    /// an `await` come from YIELD_VALUE 0).
    fn emit_yield(&mut self) {
        let arg = self.in_async_generator() as u32;
        self.emit(Opcode::YIELD_VALUE, arg);
    }

    fn check_yield(&self, e: &Expr) -> Result<(), CompileError> {
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Comprehension => Ok(()),
            _ => Err(self.error(e, "'yield' outside function")),
        }
    }

    /// Pushes a subscript index; a slice becomes BUILD_SLICE.
    pub fn subscript_index(&mut self, idx: &Expr) -> Result<(), CompileError> {
        self.expr(idx)
    }

    fn slice_parts(&mut self, s: &ast::ExprSlice) -> Result<(), CompileError> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        match &s.step {
            Some(st) => {
                self.expr(st)?;
                self.emit(Opcode::BUILD_SLICE, 3);
            }
            None => self.emit(Opcode::BUILD_SLICE, 2),
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> Result<(), CompileError> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c);
            self.set_pos(c);
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::COPY, 2);
                self.compare_op(c.ops[i]);
                self.b().emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.compare_op(c.ops[i]);
            }
        }
        self.b().emit_jump(Opcode::JUMP, end);
        self.b().bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.b().bind(end);
        Ok(())
    }

    pub(crate) fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::COMPARE_OP, 2),
            C::NotEq => self.emit(Opcode::COMPARE_OP, 3),
            C::Lt => self.emit(Opcode::COMPARE_OP, 0),
            C::LtE => self.emit(Opcode::COMPARE_OP, 1),
            C::Gt => self.emit(Opcode::COMPARE_OP, 4),
            C::GtE => self.emit(Opcode::COMPARE_OP, 5),
            C::Is => self.emit(Opcode::IS_OP, 0),
            C::IsNot => self.emit(Opcode::IS_OP, 1),
            C::In => self.emit(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// A tuple, list or set display, with `*` unpacking.
    fn sequence(&mut self, elts: &[Expr], build: Opcode) -> Result<(), CompileError> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            if build == Opcode::BUILD_TUPLE {
                if let Some(c) = constant_tuple(elts, self.lines.source()) {
                    self.load_const(c);
                    return Ok(());
                }
            }
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BUILD_SET {
            (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &ast::ExprDict) -> Result<(), CompileError> {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Opcode::BUILD_MAP, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Opcode::MAP_ADD, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result<(), CompileError> {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super() inside a method.
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && args.is_empty() && keywords.is_empty() {
                if let Some(first) = self.first_arg_name() {
                    if self.b().deref_index("__class__").is_some() {
                        self.emit(Opcode::PUSH_NULL, 0);
                        self.load_name("super");
                        self.load_name("__class__");
                        self.load_first_arg(&first);
                        self.set_line(c);
                        self.emit(Opcode::CALL, 2);
                        return Ok(());
                    }
                }
            }
        }
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_line(a);
            let name = self.mangle(&a.attr.id);
            let i = self.b().name(&name);
            self.set_pos(a);
            self.emit(Opcode::LOAD_METHOD, i);
            return self.call_args_simple(args, keywords, 0, c);
        }
        // A global callee pushes the NULL itself (LOAD_GLOBAL's low
        // argument bit, as in CPython 3.11): one instruction fewer per call.
        let global_callee = match &*c.func {
            Expr::Name(n) => {
                self.set_line(n);
                self.set_pos(n);
                self.load_global_with_null(&n.id)
            }
            _ => false,
        };
        if !global_callee {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(&c.func)?;
        }
        self.call_args(args, keywords, 0, Some(c)).map(|_| ())?;
        Ok(())
    }

    fn first_arg_name(&self) -> Option<String> {
        let u = self.units.last()?;
        let sc = &self.table.scopes[u.scope];
        if sc.kind != ScopeKind::Function {
            return None;
        }
        sc.params.first().cloned()
    }

    fn load_first_arg(&mut self, name: &str) {
        // The first argument may itself be a cell.
        self.load_name(name);
    }

    fn call_args_simple(&mut self, args: &[Expr], keywords: &[ast::Keyword], pre: u32, node: &ast::ExprCall) -> Result<(), CompileError> {
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        if !keywords.is_empty() {
            let names: Vec<String> = keywords.iter().filter_map(|k| k.arg.as_ref().map(|a| a.id.to_string())).collect();
            self.check_duplicate_kwargs(&names, node)?;
            let i = self.b().add_const(Constant::Names(names));
            self.emit(Opcode::KW_NAMES, i);
        }
        self.set_line(node);
        self.set_pos(node);
        self.emit(Opcode::CALL, pre + (args.len() + keywords.len()) as u32);
        Ok(())
    }

    fn check_duplicate_kwargs(&self, names: &[String], node: &ast::ExprCall) -> Result<(), CompileError> {
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.error(node, format!("keyword argument repeated: {n}")));
            }
        }
        Ok(())
    }

    /// Pushes call arguments after `pre` already-pushed positional ones and
    /// emits the call.
    pub fn call_args(
        &mut self,
        args: &[Expr],
        keywords: &[ast::Keyword],
        pre: u32,
        node: Option<&ast::ExprCall>,
    ) -> Result<(), CompileError> {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            if !keywords.is_empty() {
                let names: Vec<String> = keywords.iter().filter_map(|k| k.arg.as_ref().map(|a| a.id.to_string())).collect();
                let i = self.b().add_const(Constant::Names(names));
                self.emit(Opcode::KW_NAMES, i);
            }
            if let Some(n) = node {
                self.set_pos(n);
            }
            self.emit(Opcode::CALL, pre + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // General form: a tuple of positionals and a dict of keywords. A
        // lone `*x` is passed as it is (CALL_FUNCTION_EX makes the tuple,
        // and names the callable if `x` is not iterable), as CPython does.
        if let ([Expr::Starred(s)], 0) = (args, pre) {
            self.expr(&s.value)?;
        } else {
            self.starred_call_positionals(args, pre)?;
        }
        if keywords.is_empty() {
            if let Some(n) = node {
                self.set_pos(n);
            }
            self.emit(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.id.to_string()));
                    self.expr(&k.value)?;
                    self.emit(Opcode::BUILD_MAP, 1);
                    self.emit(Opcode::DICT_MERGE, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        if let Some(n) = node {
            self.set_pos(n);
        }
        self.emit(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    /// The positional arguments of a call with `*` as one tuple: a list
    /// built from `pre` values already pushed and `args`, made a tuple.
    fn starred_call_positionals(&mut self, args: &[Expr], pre: u32) -> Result<(), CompileError> {
        self.emit(Opcode::BUILD_LIST, pre);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::LIST_TO_TUPLE, 0);
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> Result<(), CompileError> {
        let mut count = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    self.load_const(Constant::Str(l.value.to_string()));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    count += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if count != 1 {
            self.emit(Opcode::BUILD_STRING, count);
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string; returns how many.
    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result<u32, CompileError> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(l.value.to_string()));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text = format!("{}{}{}", dbg.leading(), self.source_of(&i.expression), dbg.trailing());
                        self.load_const(Constant::Str(text));
                        count += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let n = self.fstring_elements(&spec.elements)?;
                        if n == 0 {
                            self.load_const(Constant::Str(String::new()));
                        } else if n > 1 {
                            self.emit(Opcode::BUILD_STRING, n);
                        }
                        conv |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, conv);
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn source_of(&self, e: &Expr) -> String {
        use ruff_text_size::Ranged;
        let r = e.range();
        self.lines.slice(r.start().to_u32(), r.end().to_u32())
    }
}

/// A tuple of constants, if every element is a literal.
fn constant_tuple(elts: &[Expr], source: &str) -> Option<Constant> {
    let mut out = Vec::new();
    for e in elts {
        out.push(match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Constant::Int(v),
                    None => Constant::BigInt(i.to_string()),
                },
                ast::Number::Float(f) => Constant::Float(*f),
                ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
            },
            Expr::StringLiteral(s) => crate::surrogate_literal::str_constant(s, source),
            Expr::BooleanLiteral(b) => Constant::Bool(b.value),
            Expr::NoneLiteral(_) => Constant::None,
            Expr::Tuple(t) => constant_tuple(&t.elts, source)?,
            _ => return None,
        });
    }
    Some(Constant::Tuple(out))
}
