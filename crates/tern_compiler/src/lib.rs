//! tern_compiler: from Python source to tern code objects.
//!
//! Map of the crate:
//! - [`compile`]: the entry points ([`compile_module`], [`compile_source`])
//!   and [`CompileError`] (a `SyntaxError` with file, line and column).
//! - `symtable`: scope analysis (locals, cells, frees, globals).
//! - `builder`: instruction emission, labels, handler regions, assembly.
//! - `unit`: the compiler state and name, function and class compilation.
//! - `parse_error`: ruff's parse errors as CPython's `SyntaxError`s.
//! - `escape_error`: the `SyntaxError` of a bad escape in a string literal.
//! - `number_token`: the number literals CPython's tokenizer rejects.
//! - `stmt`, `expr`, `pattern`: statements, expressions and `match`.
//! - `annotations`: `from __future__ import annotations` (string annotations).
//! - `ast_tree`: `ast.parse`, ruff's tree as CPython's `_ast` nodes.
//!
//! Parsing is `ruff_python_parser`'s; deeply nested source is compiled on
//! a grown stack (`stacker`-free: the caller runs us on a big-stack thread).

mod annotations;
mod ast_tree;
mod builder;
pub mod carets;
mod errors;
mod escape_error;
mod expr;
mod number_token;
mod parse_error;
mod pattern;
mod source_checks;
mod stmt;
mod surrogate_literal;
mod symtable;
mod unit;

pub use ast_tree::{parse_tree, AstNode, AstValue};
pub use errors::{CompileError, ErrorKind};
pub use unit::{compile_module, compile_source, Mode};
