//! `ast.parse`: ruff's syntax tree rewritten as CPython's `_ast` node tree
//! (class names, fields and positions of Python 3.11), in a neutral form
//! that the runtime turns into `_ast` objects.

use crate::errors::{CompileError, LineIndex};
use crate::parse_error::parse_error;
use crate::unit::Mode;
use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// A field value of an `_ast` node.
pub enum AstValue {
    Node(Box<AstNode>),
    List(Vec<AstValue>),
    Str(String),
    Int(i64),
    /// An int beyond i64, as decimal digits.
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Bytes(Vec<u8>),
    Bool(bool),
    None,
    Ellipsis,
}

/// An `_ast` node: class name, fields in order, and position
/// `(lineno, col_offset, end_lineno, end_col_offset)` when it has one.
pub struct AstNode {
    pub kind: &'static str,
    pub fields: Vec<(&'static str, AstValue)>,
    pub pos: Option<[u32; 4]>,
}

/// Parses source into the `_ast` tree of `mode` (Module, Expression or
/// Interactive).
pub fn parse_tree(source: &str, filename: &str, mode: Mode) -> Result<AstValue, CompileError> {
    let lines = LineIndex::new(source);
    if let Some(off) = crate::unit::too_deep_brackets(source) {
        let line = lines.line(off as u32);
        return Err(CompileError {
            kind: crate::errors::ErrorKind::SyntaxError,
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
    let b = Tree { source, starts: line_starts(source) };
    Ok(match mode {
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source).map_err(|e| parse_error(&e, filename, &lines, source, false))?;
            let body = b.expr(&parsed.into_syntax().body);
            node("Expression", vec![("body", body)], None)
        }
        _ => {
            let parsed = crate::source_checks::parse_module(source, filename, &lines, mode)?;
            let body = b.stmts(&parsed.body);
            if mode == Mode::Single {
                node("Interactive", vec![("body", body)], None)
            } else {
                node("Module", vec![("body", body), ("type_ignores", AstValue::List(vec![]))], None)
            }
        }
    })
}

fn line_starts(source: &str) -> Vec<u32> {
    let mut v = vec![0];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            v.push(i as u32 + 1);
        }
    }
    v
}

fn node(kind: &'static str, fields: Vec<(&'static str, AstValue)>, pos: Option<[u32; 4]>) -> AstValue {
    AstValue::Node(Box::new(AstNode { kind, fields, pos }))
}

fn bare(kind: &'static str) -> AstValue {
    node(kind, vec![], None)
}

fn s(text: &str) -> AstValue {
    AstValue::Str(text.to_string())
}

fn opt_id(id: &Option<ast::Identifier>) -> AstValue {
    id.as_ref().map(|i| s(i.as_str())).unwrap_or(AstValue::None)
}

struct Tree<'a> {
    source: &'a str,
    starts: Vec<u32>,
}

impl Tree<'_> {
    /// (line, UTF-8 column) of a byte offset.
    fn at(&self, off: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= off);
        (line as u32, off - self.starts[line - 1])
    }

    fn pos(&self, r: TextRange) -> Option<[u32; 4]> {
        let (l, c) = self.at(r.start().to_u32());
        let (el, ec) = self.at(r.end().to_u32());
        Some([l, c, el, ec])
    }

    /// A def/class statement starts at its keyword, after the decorators.
    fn def_pos(&self, r: TextRange, name: &ast::Identifier, decorated: bool, keyword: &str) -> Option<[u32; 4]> {
        if !decorated {
            return self.pos(r);
        }
        let before = &self.source[..name.range().start().to_usize()];
        let mut start = before.rfind(keyword).unwrap_or(r.start().to_usize());
        if keyword == "def" {
            if let Some(a) = before[..start].trim_end().strip_suffix("async") {
                start = a.len();
            }
        }
        self.pos(TextRange::new((start as u32).into(), r.end()))
    }

    fn stmts(&self, body: &[Stmt]) -> AstValue {
        AstValue::List(body.iter().map(|st| self.stmt(st)).collect())
    }

    fn exprs<'e>(&self, es: impl IntoIterator<Item = &'e Expr>) -> AstValue {
        AstValue::List(es.into_iter().map(|e| self.expr(e)).collect())
    }

    fn opt(&self, e: Option<&Expr>) -> AstValue {
        e.map(|e| self.expr(e)).unwrap_or(AstValue::None)
    }

    fn decorators(&self, d: &[ast::Decorator]) -> AstValue {
        self.exprs(d.iter().map(|d| &d.expression))
    }

    fn stmt(&self, st: &Stmt) -> AstValue {
        let p = self.pos(st.range());
        match st {
            Stmt::FunctionDef(f) => {
                let kind = if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" };
                let fields = vec![
                    ("name", s(f.name.as_str())),
                    ("args", self.arguments(Some(&f.parameters))),
                    ("body", self.stmts(&f.body)),
                    ("decorator_list", self.decorators(&f.decorator_list)),
                    ("returns", self.opt(f.returns.as_deref())),
                    ("type_comment", AstValue::None),
                ];
                node(kind, fields, self.def_pos(f.range, &f.name, !f.decorator_list.is_empty(), "def"))
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(a.args.iter()), self.keywords(&a.keywords)),
                    None => (AstValue::List(vec![]), AstValue::List(vec![])),
                };
                let fields = vec![
                    ("name", s(c.name.as_str())),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", self.stmts(&c.body)),
                    ("decorator_list", self.decorators(&c.decorator_list)),
                ];
                node("ClassDef", fields, self.def_pos(c.range, &c.name, !c.decorator_list.is_empty(), "class"))
            }
            Stmt::Return(r) => node("Return", vec![("value", self.opt(r.value.as_deref()))], p),
            Stmt::Delete(d) => node("Delete", vec![("targets", self.exprs(&d.targets))], p),
            Stmt::Assign(a) => node(
                "Assign",
                vec![("targets", self.exprs(&a.targets)), ("value", self.expr(&a.value)), ("type_comment", AstValue::None)],
                p,
            ),
            Stmt::AugAssign(a) => {
                node("AugAssign", vec![("target", self.expr(&a.target)), ("op", bare(operator(a.op))), ("value", self.expr(&a.value))], p)
            }
            Stmt::AnnAssign(a) => node(
                "AnnAssign",
                vec![
                    ("target", self.expr(&a.target)),
                    ("annotation", self.expr(&a.annotation)),
                    ("value", self.opt(a.value.as_deref())),
                    ("simple", AstValue::Int(a.simple as i64)),
                ],
                p,
            ),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => node("Pass", vec![], p),
            Stmt::For(f) => node(
                if f.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(&f.target)),
                    ("iter", self.expr(&f.iter)),
                    ("body", self.stmts(&f.body)),
                    ("orelse", self.stmts(&f.orelse)),
                    ("type_comment", AstValue::None),
                ],
                p,
            ),
            Stmt::While(w) => {
                node("While", vec![("test", self.expr(&w.test)), ("body", self.stmts(&w.body)), ("orelse", self.stmts(&w.orelse))], p)
            }
            Stmt::If(i) => {
                let orelse = self.elifs(&i.elif_else_clauses, i.range.end());
                node("If", vec![("test", self.expr(&i.test)), ("body", self.stmts(&i.body)), ("orelse", orelse)], p)
            }
            Stmt::With(w) => {
                let items = AstValue::List(
                    w.items
                        .iter()
                        .map(|it| {
                            let vars = self.opt(it.optional_vars.as_deref());
                            node("withitem", vec![("context_expr", self.expr(&it.context_expr)), ("optional_vars", vars)], None)
                        })
                        .collect(),
                );
                let kind = if w.is_async { "AsyncWith" } else { "With" };
                node(kind, vec![("items", items), ("body", self.stmts(&w.body)), ("type_comment", AstValue::None)], p)
            }
            Stmt::Match(m) => {
                let cases = AstValue::List(
                    m.cases
                        .iter()
                        .map(|c| {
                            let fields = vec![
                                ("pattern", self.pattern(&c.pattern)),
                                ("guard", self.opt(c.guard.as_deref())),
                                ("body", self.stmts(&c.body)),
                            ];
                            node("match_case", fields, None)
                        })
                        .collect(),
                );
                node("Match", vec![("subject", self.expr(&m.subject)), ("cases", cases)], p)
            }
            Stmt::Raise(r) => node("Raise", vec![("exc", self.opt(r.exc.as_deref())), ("cause", self.opt(r.cause.as_deref()))], p),
            Stmt::Try(t) => {
                let handlers = AstValue::List(
                    t.handlers
                        .iter()
                        .map(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            let fields =
                                vec![("type", self.opt(h.type_.as_deref())), ("name", opt_id(&h.name)), ("body", self.stmts(&h.body))];
                            node("ExceptHandler", fields, self.pos(h.range))
                        })
                        .collect(),
                );
                let fields = vec![
                    ("body", self.stmts(&t.body)),
                    ("handlers", handlers),
                    ("orelse", self.stmts(&t.orelse)),
                    ("finalbody", self.stmts(&t.finalbody)),
                ];
                node(if t.is_star { "TryStar" } else { "Try" }, fields, p)
            }
            Stmt::Assert(a) => node("Assert", vec![("test", self.expr(&a.test)), ("msg", self.opt(a.msg.as_deref()))], p),
            Stmt::Import(i) => node("Import", vec![("names", self.aliases(&i.names))], p),
            Stmt::ImportFrom(i) => node(
                "ImportFrom",
                vec![("module", opt_id(&i.module)), ("names", self.aliases(&i.names)), ("level", AstValue::Int(i.level as i64))],
                p,
            ),
            Stmt::Global(g) => node("Global", vec![("names", AstValue::List(g.names.iter().map(|n| s(n.as_str())).collect()))], p),
            Stmt::Nonlocal(g) => node("Nonlocal", vec![("names", AstValue::List(g.names.iter().map(|n| s(n.as_str())).collect()))], p),
            Stmt::Expr(e) => node("Expr", vec![("value", self.expr(&e.value))], p),
            Stmt::Pass(_) => node("Pass", vec![], p),
            Stmt::Break(_) => node("Break", vec![], p),
            Stmt::Continue(_) => node("Continue", vec![], p),
        }
    }

    /// `elif`/`else` clauses as nested If statements in `orelse`.
    fn elifs(&self, clauses: &[ast::ElifElseClause], end: ruff_text_size::TextSize) -> AstValue {
        let Some((first, rest)) = clauses.split_first() else { return AstValue::List(vec![]) };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                // CPython's nested If spans from `elif` to the end of the chain.
                let p = self.pos(TextRange::new(first.range.start(), end));
                let body = self.stmts(&first.body);
                let orelse = self.elifs(rest, end);
                AstValue::List(vec![node("If", vec![("test", self.expr(test)), ("body", body), ("orelse", orelse)], p)])
            }
        }
    }

    fn aliases(&self, names: &[ast::Alias]) -> AstValue {
        AstValue::List(
            names
                .iter()
                .map(|a| node("alias", vec![("name", s(a.name.as_str())), ("asname", opt_id(&a.asname))], self.pos(a.range)))
                .collect(),
        )
    }

    fn keywords(&self, kws: &[ast::Keyword]) -> AstValue {
        AstValue::List(
            kws.iter().map(|k| node("keyword", vec![("arg", opt_id(&k.arg)), ("value", self.expr(&k.value))], self.pos(k.range))).collect(),
        )
    }

    fn arg(&self, p: &ast::Parameter) -> AstValue {
        let fields = vec![("arg", s(p.name.as_str())), ("annotation", self.opt(p.annotation.as_deref())), ("type_comment", AstValue::None)];
        node("arg", fields, self.pos(p.range))
    }

    /// `*args`/`**kw`: CPython's arg starts at the name, after the stars.
    fn star_arg(&self, p: &ast::Parameter) -> AstValue {
        let AstValue::Node(mut n) = self.arg(p) else { unreachable!() };
        n.pos = self.pos(TextRange::new(p.name.range().start(), p.range.end()));
        AstValue::Node(n)
    }

    fn arguments(&self, p: Option<&ast::Parameters>) -> AstValue {
        let empty = ast::Parameters::default();
        let p = p.unwrap_or(&empty);
        let list = |ps: &[ast::ParameterWithDefault]| AstValue::List(ps.iter().map(|a| self.arg(&a.parameter)).collect());
        let defaults =
            AstValue::List(p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).map(|d| self.expr(d)).collect());
        let kw_defaults = AstValue::List(p.kwonlyargs.iter().map(|a| self.opt(a.default.as_deref())).collect());
        let fields = vec![
            ("posonlyargs", list(&p.posonlyargs)),
            ("args", list(&p.args)),
            ("vararg", p.vararg.as_deref().map(|a| self.star_arg(a)).unwrap_or(AstValue::None)),
            ("kwonlyargs", list(&p.kwonlyargs)),
            ("kw_defaults", kw_defaults),
            ("kwarg", p.kwarg.as_deref().map(|a| self.star_arg(a)).unwrap_or(AstValue::None)),
            ("defaults", defaults),
        ];
        node("arguments", fields, None)
    }

    fn comprehensions(&self, gens: &[ast::Comprehension]) -> AstValue {
        AstValue::List(
            gens.iter()
                .map(|g| {
                    let fields = vec![
                        ("target", self.expr(&g.target)),
                        ("iter", self.expr(&g.iter)),
                        ("ifs", self.exprs(&g.ifs)),
                        ("is_async", AstValue::Int(g.is_async as i64)),
                    ];
                    node("comprehension", fields, None)
                })
                .collect(),
        )
    }

    fn constant(&self, v: AstValue, p: Option<[u32; 4]>) -> AstValue {
        node("Constant", vec![("value", v), ("kind", AstValue::None)], p)
    }

    fn expr(&self, e: &Expr) -> AstValue {
        let p = self.pos(e.range());
        let ctx = |c: ast::ExprContext| {
            bare(match c {
                ast::ExprContext::Store => "Store",
                ast::ExprContext::Del => "Del",
                _ => "Load",
            })
        };
        match e {
            Expr::BoolOp(b) => {
                let op = if matches!(b.op, ast::BoolOp::And) { "And" } else { "Or" };
                node("BoolOp", vec![("op", bare(op)), ("values", self.exprs(&b.values))], p)
            }
            Expr::Named(n) => node("NamedExpr", vec![("target", self.expr(&n.target)), ("value", self.expr(&n.value))], p),
            Expr::BinOp(b) => {
                node("BinOp", vec![("left", self.expr(&b.left)), ("op", bare(operator(b.op))), ("right", self.expr(&b.right))], p)
            }
            Expr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                };
                node("UnaryOp", vec![("op", bare(op)), ("operand", self.expr(&u.operand))], p)
            }
            Expr::Lambda(l) => node("Lambda", vec![("args", self.arguments(l.parameters.as_deref())), ("body", self.expr(&l.body))], p),
            Expr::If(i) => {
                node("IfExp", vec![("test", self.expr(&i.test)), ("body", self.expr(&i.body)), ("orelse", self.expr(&i.orelse))], p)
            }
            Expr::Dict(d) => {
                let keys = AstValue::List(d.items.iter().map(|i| self.opt(i.key.as_ref())).collect());
                let values = self.exprs(d.items.iter().map(|i| &i.value));
                node("Dict", vec![("keys", keys), ("values", values)], p)
            }
            Expr::Set(st) => node("Set", vec![("elts", self.exprs(&st.elts))], p),
            Expr::ListComp(c) => node("ListComp", vec![("elt", self.expr(&c.elt)), ("generators", self.comprehensions(&c.generators))], p),
            Expr::SetComp(c) => node("SetComp", vec![("elt", self.expr(&c.elt)), ("generators", self.comprehensions(&c.generators))], p),
            Expr::DictComp(c) => node(
                "DictComp",
                vec![
                    ("key", self.opt(c.key.as_deref())),
                    ("value", self.expr(&c.value)),
                    ("generators", self.comprehensions(&c.generators)),
                ],
                p,
            ),
            Expr::Generator(g) => {
                node("GeneratorExp", vec![("elt", self.expr(&g.elt)), ("generators", self.comprehensions(&g.generators))], p)
            }
            Expr::Await(a) => node("Await", vec![("value", self.expr(&a.value))], p),
            Expr::Yield(y) => node("Yield", vec![("value", self.opt(y.value.as_deref()))], p),
            Expr::YieldFrom(y) => node("YieldFrom", vec![("value", self.expr(&y.value))], p),
            Expr::Compare(c) => {
                let ops = AstValue::List(c.ops.iter().map(|o| bare(cmpop(*o))).collect());
                node("Compare", vec![("left", self.expr(&c.left)), ("ops", ops), ("comparators", self.exprs(c.comparators.iter()))], p)
            }
            Expr::Call(c) => node(
                "Call",
                vec![
                    ("func", self.expr(&c.func)),
                    ("args", self.exprs(c.arguments.args.iter())),
                    ("keywords", self.keywords(&c.arguments.keywords)),
                ],
                p,
            ),
            Expr::FString(f) => self.fstring(f, p),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.constant(AstValue::None, p),
            Expr::StringLiteral(st) => {
                let u = matches!(st.value.first_literal_flags().prefix(), ast::str_prefix::StringLiteralPrefix::Unicode);
                let kind = if u { s("u") } else { AstValue::None };
                node("Constant", vec![("value", s(st.value.to_str())), ("kind", kind)], p)
            }
            Expr::BytesLiteral(b) => self.constant(AstValue::Bytes(b.value.bytes().collect()), p),
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => AstValue::Int(v),
                        None => AstValue::BigInt(i.to_string()),
                    },
                    ast::Number::Float(f) => AstValue::Float(*f),
                    ast::Number::Complex { real, imag } => AstValue::Complex(*real, *imag),
                };
                self.constant(v, p)
            }
            Expr::BooleanLiteral(b) => self.constant(AstValue::Bool(b.value), p),
            Expr::NoneLiteral(_) => self.constant(AstValue::None, p),
            Expr::EllipsisLiteral(_) => self.constant(AstValue::Ellipsis, p),
            Expr::Attribute(a) => {
                node("Attribute", vec![("value", self.expr(&a.value)), ("attr", s(a.attr.as_str())), ("ctx", ctx(a.ctx))], p)
            }
            Expr::Subscript(sb) => {
                node("Subscript", vec![("value", self.expr(&sb.value)), ("slice", self.expr(&sb.slice)), ("ctx", ctx(sb.ctx))], p)
            }
            Expr::Starred(st) => node("Starred", vec![("value", self.expr(&st.value)), ("ctx", ctx(st.ctx))], p),
            Expr::Name(n) => node("Name", vec![("id", s(n.id.as_str())), ("ctx", ctx(n.ctx))], p),
            Expr::List(l) => node("List", vec![("elts", self.exprs(&l.elts)), ("ctx", ctx(l.ctx))], p),
            Expr::Tuple(t) => node("Tuple", vec![("elts", self.exprs(&t.elts)), ("ctx", ctx(t.ctx))], p),
            Expr::Slice(sl) => node(
                "Slice",
                vec![
                    ("lower", self.opt(sl.lower.as_deref())),
                    ("upper", self.opt(sl.upper.as_deref())),
                    ("step", self.opt(sl.step.as_deref())),
                ],
                p,
            ),
        }
    }

    /// An f-string as JoinedStr: adjacent literal pieces merged.
    fn fstring(&self, f: &ast::ExprFString, p: Option<[u32; 4]>) -> AstValue {
        let mut values = Vec::new();
        let mut text = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => text.push_str(&l.value),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut values, &mut text, p, self.pos(fs.range)),
            }
        }
        if !text.is_empty() {
            values.push(self.constant(AstValue::Str(text), p));
        }
        node("JoinedStr", vec![("values", AstValue::List(values))], p)
    }

    /// The pieces of one f-string part. As in CPython 3.11, the pieces
    /// carry the whole JoinedStr's position `p`, a format spec its part's.
    fn fstring_elements(
        &self,
        els: &ast::InterpolatedStringElements,
        values: &mut Vec<AstValue>,
        text: &mut String,
        p: Option<[u32; 4]>,
        part: Option<[u32; 4]>,
    ) {
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => -1,
                        ast::ConversionFlag::Str => 115,
                        ast::ConversionFlag::Repr => 114,
                        ast::ConversionFlag::Ascii => 97,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let r = i.expression.range();
                        text.push_str(&format!(
                            "{}{}{}",
                            dbg.leading(),
                            &self.source[r.start().to_usize()..r.end().to_usize()],
                            dbg.trailing()
                        ));
                        if conv == -1 && i.format_spec.is_none() {
                            conv = 114;
                        }
                    }
                    if !text.is_empty() {
                        values.push(self.constant(AstValue::Str(std::mem::take(text)), p));
                    }
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let (mut vs, mut t) = (Vec::new(), String::new());
                            self.fstring_elements(&spec.elements, &mut vs, &mut t, p, part);
                            if !t.is_empty() {
                                vs.push(self.constant(AstValue::Str(t), p));
                            }
                            node("JoinedStr", vec![("values", AstValue::List(vs))], part)
                        }
                        None => AstValue::None,
                    };
                    let fields = vec![("value", self.expr(&i.expression)), ("conversion", AstValue::Int(conv)), ("format_spec", spec)];
                    values.push(node("FormattedValue", fields, p));
                }
            }
        }
    }

    fn patterns(&self, ps: &[Pattern]) -> AstValue {
        AstValue::List(ps.iter().map(|x| self.pattern(x)).collect())
    }

    fn pattern(&self, pat: &Pattern) -> AstValue {
        let p = self.pos(pat.range());
        match pat {
            Pattern::MatchValue(v) => node("MatchValue", vec![("value", self.expr(&v.value))], p),
            Pattern::MatchSingleton(v) => {
                let value = match v.value {
                    ast::Singleton::None => AstValue::None,
                    ast::Singleton::True => AstValue::Bool(true),
                    ast::Singleton::False => AstValue::Bool(false),
                };
                node("MatchSingleton", vec![("value", value)], p)
            }
            Pattern::MatchSequence(v) => node("MatchSequence", vec![("patterns", self.patterns(&v.patterns))], p),
            Pattern::MatchMapping(m) => node(
                "MatchMapping",
                vec![("keys", self.exprs(m.keys.iter())), ("patterns", self.patterns(&m.patterns)), ("rest", opt_id(&m.rest))],
                p,
            ),
            Pattern::MatchClass(c) => {
                let kwd_attrs = AstValue::List(c.arguments.keywords.iter().map(|k| s(k.attr.as_str())).collect());
                let kwd_patterns = AstValue::List(c.arguments.keywords.iter().map(|k| self.pattern(&k.pattern)).collect());
                node(
                    "MatchClass",
                    vec![
                        ("cls", self.expr(&c.cls)),
                        ("patterns", self.patterns(&c.arguments.patterns)),
                        ("kwd_attrs", kwd_attrs),
                        ("kwd_patterns", kwd_patterns),
                    ],
                    p,
                )
            }
            Pattern::MatchStar(st) => node("MatchStar", vec![("name", opt_id(&st.name))], p),
            Pattern::MatchAs(a) => {
                let sub = a.pattern.as_deref().map(|x| self.pattern(x)).unwrap_or(AstValue::None);
                node("MatchAs", vec![("pattern", sub), ("name", opt_id(&a.name))], p)
            }
            Pattern::MatchOr(o) => node("MatchOr", vec![("patterns", self.patterns(&o.patterns))], p),
        }
    }
}

fn operator(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }
}

fn cmpop(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}
