//! `compile(..., PyCF_ONLY_AST)` (`ast.parse`): the compiler's neutral
//! `_ast` tree ([`tern_compiler::AstValue`]) turned into instances of the
//! frozen `_ast` module's node classes; and `compile(tree, ...)`, which
//! compiles `ast.unparse(tree)` (line numbers are the unparsed text's).

use crate::function::Args;
use crate::value::Value;
use crate::{PyResult, Vm};
use tern_compiler::AstValue;

/// Parses `source` into an `_ast.Module`/`Expression`/`Interactive`.
pub fn parse(vm: &mut Vm, source: &str, filename: &str, mode: tern_compiler::Mode) -> PyResult {
    let tree = match crate::import::big_stack(|| tern_compiler::parse_tree(source, filename, mode)) {
        Ok(t) => t,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let module = vm.import_module("_ast")?;
    build(vm, &module, &tree, 0)
}

/// Nesting limit of the built tree (CPython: 3 x the recursion limit).
const MAX_DEPTH: usize = 3000;

fn build(vm: &mut Vm, module: &Value, v: &AstValue, depth: usize) -> PyResult {
    Ok(match v {
        AstValue::Node(n) => {
            if depth >= MAX_DEPTH {
                return vm.err("RecursionError", "maximum recursion depth exceeded during ast construction");
            }
            let cls = vm.getattr_str(module, n.kind)?;
            let obj = vm.call(&cls, Args::new(&[]))?;
            for (name, field) in &n.fields {
                let fv = build(vm, module, field, depth + 1)?;
                let key = vm.intern(name);
                vm.setattr(&obj, key, fv)?;
            }
            if let Some(pos) = n.pos {
                for (name, x) in ["lineno", "col_offset", "end_lineno", "end_col_offset"].iter().zip(pos) {
                    let key = vm.intern(name);
                    vm.setattr(&obj, key, Value::Int(x as i64))?;
                }
            }
            obj
        }
        AstValue::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(build(vm, module, it, depth)?);
            }
            vm.new_list(out)
        }
        AstValue::Str(s) => vm.new_str(s),
        AstValue::Int(i) => Value::Int(*i),
        AstValue::BigInt(digits) => match digits.parse::<num_bigint::BigInt>() {
            Ok(b) => vm.new_bigint(b),
            Err(_) => Value::None,
        },
        AstValue::Float(f) => Value::Float(*f),
        AstValue::Complex(re, im) => vm.new_object(vm.types.complex.clone(), crate::object::Payload::Complex(*re, *im)),
        AstValue::Bytes(b) => vm.new_bytes(b.clone()),
        AstValue::Bool(b) => Value::Bool(*b),
        AstValue::None => Value::None,
        AstValue::Ellipsis => vm.ellipsis.clone(),
    })
}

/// The source text of an `_ast.AST` object (via `ast.unparse`), or None
/// when `v` is not one.
pub fn ast_source(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some(module) = vm.get_module("_ast") else { return Ok(None) };
    let base = vm.getattr_str(&module, "AST")?;
    let Value::Obj(base) = base else { return Ok(None) };
    if !vm.isinstance(v, &base) {
        return Ok(None);
    }
    let ast = vm.import_module("ast")?;
    let unparse = vm.getattr_str(&ast, "unparse")?;
    let text = vm.call(&unparse, Args::new(std::slice::from_ref(v)))?;
    Ok(Some(vm.str_string(&text)?))
}
