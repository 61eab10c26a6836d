//! The import system: `sys.modules`, `sys.path` search for modules and
//! packages, relative imports, `from m import *`, and compiling source to
//! runtime code objects.

use crate::code::Code;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;
use tern_bytecode::{CodeFlags, CodeObject, Constant};

impl Vm {
    /// Compiles source into a runtime code object, raising SyntaxError.
    pub fn compile_code(&mut self, source: &str, filename: &str, mode: tern_compiler::Mode) -> PyResult<Rc<Code>> {
        let co = match big_stack(|| tern_compiler::compile_source(source, filename, mode)) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        Ok(self.load_code(co))
    }

    /// A SyntaxError (or IndentationError) from a compile error.
    pub fn syntax_error(&mut self, e: &tern_compiler::CompileError) -> Obj {
        let cls = self.exc_type(e.kind.name());
        let from_file = if e.text_from_file { Some(file_line(&e.filename, e.line)) } else { None };
        let text = match (&e.text, from_file) {
            // The compiler's errors: the line of the file, if there is one.
            (_, Some(Some(t))) => self.new_str(&t),
            (_, Some(None)) => Value::None,
            (Some(t), None) if e.text_newline => self.new_str(&format!("{t}\n")),
            (Some(t), None) => self.new_str(t),
            (None, None) => Value::None,
        };
        let details = vec![
            self.new_str(&e.filename),
            Value::Int(e.line as i64),
            Value::Int(e.column as i64),
            text,
            Value::Int(e.end_line as i64),
            Value::Int(e.end_column as i64),
        ];
        let det = self.new_tuple(details.clone());
        let msg = self.new_str(&e.message);
        let ex = self.new_exception(&cls, vec![msg.clone(), det]);
        self.set_exc_attr(&ex, "msg", msg);
        for (n, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(details) {
            self.set_exc_attr(&ex, n, v);
        }
        self.set_exc_attr(&ex, "print_file_and_line", Value::None);
        ex
    }

    /// Turns a compiled code object into the runtime form.
    pub fn load_code(&mut self, mut co: CodeObject) -> Rc<Code> {
        let mut consts: Vec<Value> = co.consts.iter().map(|c| self.load_const(c)).collect();
        match tern_bytecode::verify::verify(&co) {
            // Room for the deepest stack (the compiler's own count plus
            // its margin, or the verifier's if deeper).
            Ok(depth) => co.max_stack = co.max_stack.max(depth + 2),
            Err(why) => {
                // A compiler bug: the dispatch loop must never see such code
                // (it trusts what `verify` checks), so the code raises instead.
                // Debug builds (which CI runs the suite on) say so at once.
                if cfg!(debug_assertions) {
                    eprintln!("tern: {}: bytecode failed verification: {why}", co.qualname);
                }
                let e = self.new_exception_msg("SystemError", &format!("{}: bytecode failed verification: {why}", co.qualname));
                consts.push(Value::Obj(e));
                co.code = vec![
                    tern_bytecode::encode(tern_bytecode::Opcode::LOAD_CONST, consts.len() as u32 - 1),
                    tern_bytecode::encode(tern_bytecode::Opcode::RAISE_VARARGS, 1),
                ];
                co.exception_table.clear();
                co.max_stack = 2;
            }
        }
        let names: Vec<Value> = co.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = co.varnames.iter().map(|n| self.intern(n)).collect();
        let words: Vec<Cell<u32>> = co.code.iter().map(|w| Cell::new(*w)).collect();
        let code = Rc::new(Code {
            spec_consts: Default::default(),
            method_tables: Default::default(),
            spec_globals: Default::default(),
            spec_builtins: Default::default(),
            nlocals: co.varnames.len(),
            ncells: co.cellvars.len(),
            nfrees: co.freevars.len(),
            is_generator: co.flags.has(CodeFlags::GENERATOR_LIKE),
            simple_args: !co.flags.has(CodeFlags::GENERATOR_LIKE)
                && !co.flags.has(CodeFlags::VARARGS)
                && !co.flags.has(CodeFlags::VARKEYWORDS)
                && co.kwonlyargcount == 0,
            words: words.into_boxed_slice(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            co,
        });
        let (instrs, caches) = crate::specialize::init_counters(self, &code);
        self.stats.code_loaded(instrs, caches);
        if self.config.xoptions.iter().any(|o| o == "dis") {
            self.loaded_codes.push(code.clone());
        }
        code
    }

    fn load_const(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => {
                let digits: String = s.chars().filter(|c| *c != '_').collect();
                let lower = digits.to_ascii_lowercase();
                let (radix, body) = if let Some(b) = lower.strip_prefix("0x") {
                    (16, b.to_string())
                } else if let Some(b) = lower.strip_prefix("0o") {
                    (8, b.to_string())
                } else if let Some(b) = lower.strip_prefix("0b") {
                    (2, b.to_string())
                } else {
                    (10, lower.clone())
                };
                let b = num_bigint::BigInt::parse_bytes(body.as_bytes(), radix).unwrap_or_default();
                self.new_bigint(b)
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(r, i) => self.new_object(self.types.complex.clone(), Payload::Complex(*r, *i)),
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s)
                }
            }
            Constant::Wtf8Str(b) => self.new_str_wtf8(b.clone()),
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.load_const(c)).collect();
                self.new_tuple(v)
            }
            Constant::Names(n) => {
                let v: Vec<Value> = n.iter().map(|s| self.intern(s)).collect();
                self.new_tuple(v)
            }
            Constant::Code(co) => {
                let code = self.load_code((**co).clone());
                self.new_object(self.types.code.clone(), Payload::Code(code))
            }
            Constant::Ellipsis => self.ellipsis.clone(),
        }
    }

    /// Runs a module's source in a fresh module object registered in
    /// sys.modules under `name`.
    pub fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        package: Option<&str>,
        is_pkg_dir: Option<&str>,
    ) -> PyResult<Obj> {
        let code = self.compile_code(source, filename, tern_compiler::Mode::Exec)?;
        let m = self.new_module(name);
        let Some(d) = m.dict.get().cloned() else { return self.err("SystemError", "module without a dict") };
        let f = self.new_str(filename);
        self.set_dict_item_str(&d, "__file__", f);
        let pkg = match package {
            Some(p) => self.new_str(p),
            None => Value::None,
        };
        self.set_dict_item_str(&d, "__package__", pkg);
        if let Some(dir) = is_pkg_dir {
            let p = self.new_str(dir);
            let l = self.new_list(vec![p]);
            self.set_dict_item_str(&d, "__path__", l);
        }
        let b = Value::Obj(self.builtins_module.clone());
        self.set_dict_item_str(&d, "__builtins__", b);
        let key = self.new_str(name);
        let modules = Value::Obj(self.modules.clone());
        self.setitem(&modules, key.clone(), Value::Obj(m.clone()))?;
        if let Err(e) = self.run_code_in(code, d.clone(), Value::Obj(d.clone())) {
            let _ = self.delitem(&modules, &key);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        match self.get_module(name) {
            Some(Value::Obj(o)) => Ok(o),
            _ => Ok(m),
        }
    }

    /// Finds and loads module `name` (fully qualified); None if not found.
    fn find_and_load(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.get_module(name) {
            return Ok(Some(m));
        }
        // CPython's `site` imports os at start-up, so genericpath is never
        // loaded before os (loaded first, it imports os, whose posixpath
        // needs all of genericpath: CPython -S fails the same way). tern
        // imports os on demand, and first here.
        if name == "genericpath" && self.get_module("os").is_none() {
            self.find_and_load("os")?;
            if let Some(m) = self.get_module(name) {
                return Ok(Some(m));
            }
        }
        let (parent, last) = match name.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, name.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = match self.find_and_load(p)? {
                    Some(m) => m,
                    None => return Ok(None),
                };
                // Importing the parent may have made this module (`os`
                // sets `sys.modules['os.path']`).
                if let Some(m) = self.get_module(name) {
                    return Ok(Some(m));
                }
                match self.getattr_opt(&pm, "__path__")? {
                    Some(path) => self.iterate(&path)?.iter().filter_map(|v| crate::builtins::str_of(v).map(|s| s.to_string())).collect(),
                    None => {
                        let msg = format!("No module named '{name}'; '{p}' is not a package");
                        return Err(self.module_not_found(&msg, name));
                    }
                }
            }
            None => {
                if let Some(m) = self.native_module(name) {
                    let key = self.new_str(name);
                    let modules = Value::Obj(self.modules.clone());
                    self.setitem(&modules, key, Value::Obj(m.clone()))?;
                    self.give_spec(&m);
                    return Ok(Some(Value::Obj(m)));
                }
                if let Some((_, src)) = crate::modules::FROZEN.iter().find(|(n, _)| *n == name) {
                    let m = self.exec_module_source(name, src, &format!("<frozen {name}>"), Some(""), None)?;
                    if !name.starts_with("_tern_") {
                        self.mark_builtin_functions(&m, name);
                    }
                    self.give_spec(&m);
                    return Ok(Some(Value::Obj(m)));
                }
                let path = self.sys_attr("path").unwrap_or(Value::None);
                if path.is_none() {
                    vec![]
                } else {
                    self.iterate(&path)?.iter().filter_map(|v| crate::builtins::str_of(v).map(|s| s.to_string())).collect()
                }
            }
        };
        for dir in search {
            let base = if dir.is_empty() { ".".to_string() } else { dir.clone() };
            let pkg_dir = format!("{base}/{last}");
            let init = format!("{pkg_dir}/__init__.py");
            let file = format!("{base}/{last}.py");
            let display = |p: &str| if dir.is_empty() { p.trim_start_matches("./").to_string() } else { p.to_string() };
            if std::path::Path::new(&init).is_file() {
                let src = self.read_source(&init)?;
                let m = self.exec_module_source(name, &src, &display(&init), Some(name), Some(&display(&pkg_dir)))?;
                self.bind_submodule(parent.as_deref(), &last, &m)?;
                self.give_spec(&m);
                return Ok(Some(Value::Obj(m)));
            }
            if std::path::Path::new(&file).is_file() {
                let src = self.read_source(&file)?;
                let pkg = parent.clone().unwrap_or_default();
                let m = self.exec_module_source(name, &src, &display(&file), Some(&pkg), None)?;
                self.bind_submodule(parent.as_deref(), &last, &m)?;
                self.give_spec(&m);
                self.after_import(name, &m)?;
                return Ok(Some(Value::Obj(m)));
            }
        }
        Ok(None)
    }

    /// Fixes up a standard-library module tern runs differently than
    /// CPython, by calling a function of a frozen module on it:
    /// - tern runs the pure-Python `warnings` (CPython runs `_warnings`),
    ///   whose `warn_explicit` passes a warning's source where
    ///   `WarningMessage` takes the file to write to: `_warnings` gives it
    ///   a `WarningMessage` that sorts them out;
    /// - tern's threads never run side by side, so the thread pool of
    ///   `concurrent.futures` runs work at `submit()` (`_tern_threadpool`);
    /// - functools' pure-Python `partial` gets a native `__call__`.
    fn after_import(&mut self, name: &str, m: &Obj) -> PyResult<()> {
        let (fixer, func) = match name {
            "warnings" => ("_warnings", "_fix_warning_message"),
            "concurrent.futures.thread" => ("_tern_threadpool", "patch"),
            "functools" => ("_functools", "_fix_functools"),
            _ => return Ok(()),
        };
        let w = self.import_module(fixer)?;
        let f = self.getattr_str(&w, func)?;
        self.call(&f, crate::function::Args::new(&[Value::Obj(m.clone())]))?;
        Ok(())
    }

    /// Marks the public top-level functions of frozen module `name` (a
    /// stand-in for a C module) as builtins: they no longer bind as
    /// methods (`class C: now = time.localtime` as logging has it).
    fn mark_builtin_functions(&mut self, m: &Obj, name: &str) {
        let Some(d) = m.dict_ref() else { return };
        for (k, v) in d.borrow().items() {
            let (Some(k), Value::Obj(fo)) = (crate::builtins::str_of(&k), &v) else { continue };
            let Payload::Function(f) = &fo.payload else { continue };
            let own = matches!(&*f.module.borrow(), m if crate::builtins::str_of(m) == Some(name));
            if own && !k.starts_with('_') && *f.qualname.borrow() == k {
                f.builtin.set(true);
            }
        }
    }

    /// Once importlib's machinery is in use (`_imp` imported), gives each
    /// newly imported module a `__spec__` (`_imp._tern_spec`).
    fn give_spec(&mut self, m: &Obj) {
        let Some(imp) = self.get_module("_imp") else { return };
        if let Ok(Some(f)) = self.getattr_opt(&imp, "_tern_spec") {
            let _ = self.call(&f, crate::function::Args::new(&[Value::Obj(m.clone())]));
        }
    }

    fn bind_submodule(&mut self, parent: Option<&str>, last: &str, m: &Obj) -> PyResult<()> {
        if let Some(p) = parent {
            if let Some(pm) = self.get_module(p) {
                let n = self.intern(last);
                self.setattr(&pm, n, Value::Obj(m.clone()))?;
            }
        }
        Ok(())
    }

    fn read_source(&mut self, path: &str) -> PyResult<String> {
        match std::fs::read(path) {
            Ok(b) => Ok(String::from_utf8_lossy(&b).to_string()),
            Err(e) => Err(crate::modules::io::os_error(self, &e, path)),
        }
    }

    fn module_not_found(&mut self, msg: &str, name: &str) -> Obj {
        let e = self.new_exception_msg("ModuleNotFoundError", msg);
        let n = self.new_str(name);
        self.set_exc_attr(&e, "name", n);
        self.set_exc_attr(&e, "path", Value::None);
        let m = self.new_str(msg);
        self.set_exc_attr(&e, "msg", m);
        e
    }

    /// Imports `name` as the top-level module (or the fully named one).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        match self.find_and_load(name)? {
            Some(m) => Ok(m),
            None => Err(self.module_not_found(&format!("No module named '{name}'"), name)),
        }
    }

    /// IMPORT_NAME / `__import__`.
    pub fn import_name(&mut self, name: &Value, fromlist: &Value, level: &Value, globals: &Obj) -> PyResult {
        let name_s = crate::builtins::str_of(name).unwrap_or("").to_string();
        let level = match level {
            Value::Int(i) => *i,
            _ => 0,
        };
        let full = if level > 0 {
            let pkg = {
                let k = self.intern("__package__");
                let p = match &globals.payload {
                    Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &k)?,
                    _ => None,
                };
                match p.as_ref().and_then(|p| crate::builtins::str_of(p).map(|s| s.to_string())) {
                    Some(p) if !p.is_empty() => p,
                    _ => {
                        let k = self.intern("__name__");
                        let n = match &globals.payload {
                            Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &k)?,
                            _ => None,
                        };
                        let n = n.and_then(|n| crate::builtins::str_of(&n).map(|s| s.to_string())).unwrap_or_default();
                        let k2 = self.intern("__path__");
                        let is_pkg = match &globals.payload {
                            Payload::Dict(d) => crate::dictops::dict_get_str(self, d, &k2)?.is_some(),
                            _ => false,
                        };
                        if is_pkg {
                            n
                        } else {
                            n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                        }
                    }
                }
            };
            if pkg.is_empty() {
                return self.err("ImportError", "attempted relative import with no known parent package");
            }
            let mut parts: Vec<&str> = pkg.split('.').collect();
            for _ in 1..level {
                if parts.pop().is_none() {
                    break;
                }
            }
            if parts.is_empty() {
                return self.err("ImportError", "attempted relative import beyond top-level package");
            }
            let base = parts.join(".");
            if name_s.is_empty() {
                base
            } else {
                format!("{base}.{name_s}")
            }
        } else {
            name_s.clone()
        };
        if full.is_empty() {
            return self.value_error("Empty module name");
        }
        let module = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none() && !fromlist.is_null() && self.truthy(fromlist)?;
        if has_fromlist {
            // Submodules named in the fromlist are imported too.
            if self.getattr_opt(&module, "__path__")?.is_some() {
                for item in self.iterate(fromlist)? {
                    if let Some(s) = crate::builtins::str_of(&item) {
                        if s != "*" && self.getattr_opt(&module, s)?.is_none() {
                            let sub = format!("{full}.{s}");
                            let _ = self.find_and_load(&sub)?;
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or("").to_string();
            return self.import_module(&top);
        }
        // Relative `import .x` without fromlist returns the top of the name.
        Ok(module)
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(&e, "AttributeError") => {
                let n = crate::builtins::str_of(name).unwrap_or("").to_string();
                let mname = self
                    .getattr_opt(module, "__name__")?
                    .and_then(|m| crate::builtins::str_of(&m).map(|s| s.to_string()))
                    .unwrap_or_default();
                // A submodule that is imported but not (yet) bound in its
                // package, as in a circular import: found in sys.modules.
                // (The import itself loaded the fromlist's submodules.)
                let sub = self.new_str(&format!("{mname}.{n}"));
                let modules = self.modules.clone();
                if let Payload::Dict(d) = &modules.payload {
                    if let Some(m) = crate::dictops::dict_get_str(self, d, &sub)? {
                        return Ok(m);
                    }
                }
                let file = self.getattr_opt(module, "__file__")?.and_then(|f| crate::builtins::str_of(&f).map(|s| s.to_string()));
                let msg = match file {
                    Some(f) => {
                        if self.importing_partially(&mname) {
                            format!("cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({f})")
                        } else {
                            format!("cannot import name '{n}' from '{mname}' ({f})")
                        }
                    }
                    None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
                };
                let e = self.new_exception_msg("ImportError", &msg);
                let nm = self.new_string(mname);
                self.set_exc_attr(&e, "name", nm);
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    fn importing_partially(&mut self, name: &str) -> bool {
        // A module whose code is still running is in sys.modules but its
        // frame is on the stack.
        self.frames.iter().any(|f| {
            let k = crate::str::hash_str("__name__");
            let _ = k;
            match &f.globals.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .iter()
                    .any(|e| crate::builtins::str_of(&e.key) == Some("__name__") && crate::builtins::str_of(&e.value) == Some(name)),
                _ => false,
            }
        })
    }

    /// IMPORT_STAR: binds public names (or `__all__`) into `target`.
    pub fn import_star(&mut self, module: &Value, target: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.getattr_opt(module, "__all__")? {
            Some(all) => self.iterate(&all)?,
            None => {
                let d = self.getattr_str(module, "__dict__")?;
                self.iterate(&d)?.into_iter().filter(|k| !crate::builtins::str_of(k).map(|s| s.starts_with('_')).unwrap_or(true)).collect()
            }
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.setitem(target, n, v)?;
        }
        Ok(())
    }
}

/// Runs `f` on a thread with a large stack (deeply nested source).
/// Runs `f` (the parser and compiler, which recurse) on a thread with a
/// big stack.
pub(crate) fn big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| match std::thread::Builder::new().stack_size(256 << 20).spawn_scoped(s, f) {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(p) => std::panic::resume_unwind(p),
        },
        Err(_) => panic!("internal error: cannot start the compiler thread"),
    })
}

/// Line `line` (1-based) of the file `path`, with its newline, as CPython's
/// `PyErr_ProgramTextObject` reads it for a compiler error; None when there
/// is no such file or line.
fn file_line(path: &str, line: u32) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    text.split_inclusive('\n').nth((line as usize).checked_sub(1)?).map(|l| l.to_string())
}
