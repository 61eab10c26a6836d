//! Running a program as `__main__` and turning its outcome into an exit
//! status the way CPython does (uncaught exceptions, `SystemExit`).

use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::Vm;

impl Vm {
    /// Runs source as the `__main__` module; returns the exit status.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        self.run_main_in(source, filename, None)
    }

    /// As `run_main`, for `-m`: `package` (the module's parent package, or
    /// the package itself for its `__main__.py`) is imported first and
    /// becomes `__package__`, so relative imports work.
    fn run_main_in(&mut self, source: &str, filename: &str, package: Option<&str>) -> i32 {
        self.start_stats_from_options();
        let code = match self.compile_code(source, filename, tern_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => return self.report(e),
        };
        let m = self.new_module("__main__");
        let d = match m.dict.get().cloned() {
            Some(d) => d,
            None => return 1,
        };
        if filename != "<string>" && filename != "<stdin>" {
            let f = self.new_str(filename);
            self.set_dict_item_str(&d, "__file__", f);
        }
        let b = Value::Obj(self.builtins_module.clone());
        self.set_dict_item_str(&d, "__builtins__", b);
        if let Some(pkg) = package.filter(|p| !p.is_empty()) {
            if let Err(e) = self.import_module(pkg) {
                return self.report(e);
            }
            let p = self.new_str(pkg);
            self.set_dict_item_str(&d, "__package__", p);
        }
        let key = self.new_str("__main__");
        let modules = Value::Obj(self.modules.clone());
        let _ = self.setitem(&modules, key, Value::Obj(m.clone()));
        let r = self.run_code_in(code, d.clone(), Value::Obj(d));
        self.run_finalizers();
        let status = match r {
            Ok(_) => 0,
            Err(e) => self.report(e),
        };
        // The traceback kept the frames' variables: generators among them
        // are closed now that it is gone, as at CPython's finalization.
        self.run_finalizers();
        self.run_atexit();
        crate::fdfile::flush_all();
        crate::stdio::flush_stdout();
        self.dump_disassembly();
        self.finish_stats();
        status
    }

    /// The end of the program after `run_main` (what the `tern` command
    /// does before it exits; an embedding program that still wants to look
    /// at `__main__` calls it later or not at all): `__del__` of the
    /// objects `__main__` holds, then its names cleared, as at CPython's
    /// shutdown.
    pub fn finalize_main(&mut self) {
        let Some(Value::Obj(m)) = self.get_module("__main__") else { return };
        let Some(d) = m.dict.get().cloned() else { return };
        self.finalize_reachable(&d);
        self.clear_main_dict(&d);
        self.run_finalizers();
        crate::fdfile::flush_all();
        crate::stdio::flush_stdout();
    }

    /// At the end of the program, as CPython's `_PyModule_ClearDict` does
    /// for modules still alive at shutdown: the names starting with one
    /// underscore are set to None, then all others but `__builtins__`, so
    /// that objects only the module held are freed (their `__del__` runs).
    fn clear_main_dict(&mut self, d: &Obj) {
        let Payload::Dict(dict) = &d.payload else { return };
        let keys: Vec<Value> = dict.borrow().entries.iter().filter(|e| !e.key.is_null()).map(|e| e.key.clone()).collect();
        let names: Vec<(Value, String)> = keys
            .into_iter()
            .filter_map(|k| {
                let s = match &k {
                    Value::Obj(o) => match &o.payload {
                        Payload::Str(s) => s.as_str().to_string(),
                        _ => return None,
                    },
                    _ => return None,
                };
                Some((k, s))
            })
            .collect();
        let single_underscore = |s: &str| s.starts_with('_') && !s.starts_with("__");
        for pass in [true, false] {
            for (k, s) in &names {
                if single_underscore(s) != pass || s == "__builtins__" {
                    continue;
                }
                let old = crate::dictops::dict_get_str(self, dict, k).ok().flatten();
                if old.is_some() {
                    let _ = self.setitem(&Value::Obj(d.clone()), k.clone(), Value::None);
                }
                drop(old);
                self.run_finalizers();
            }
        }
    }

    /// `-X stats` and `-X stats-json=PATH`: count from the start.
    fn start_stats_from_options(&mut self) {
        let mut wanted = false;
        for opt in &self.config.xoptions {
            match opt.split_once('=') {
                None if opt == "stats" => wanted = true,
                Some(("stats-json", path)) => {
                    wanted = true;
                    self.stats.json_path = Some(path.to_string());
                }
                _ => {}
            }
        }
        if !wanted || self.stats.active {
            return;
        }
        if !crate::stats::COMPILED_IN {
            eprintln!("tern: -X stats: {}", crate::modules::sys_stats::COMPILED_OUT);
            return;
        }
        self.stats.report_at_exit = self.config.xoptions.iter().any(|o| o == "stats");
        self.stats.start();
    }

    /// At exit: stop counting and write the report asked for at start.
    fn finish_stats(&mut self) {
        self.stats.stop();
        if self.stats.report_at_exit || self.stats.json_path.is_some() {
            self.write_stats_report();
        }
    }

    /// Writes the report: JSON to the `-X stats-json` path if one was
    /// given, the text table to stderr if `-X stats` was given or no JSON
    /// path was.
    pub fn write_stats_report(&mut self) {
        let was_active = self.stats.active;
        self.stats.stop();
        let summary = crate::stats_report::Summary::new(&self.stats);
        crate::stdio::flush_stdout();
        if let Some(path) = &self.stats.json_path {
            if let Err(e) = std::fs::write(path, summary.json()) {
                eprintln!("tern: -X stats-json: cannot write {path}: {e}");
            }
        }
        if self.stats.report_at_exit || self.stats.json_path.is_none() {
            eprint!("{}", summary.text());
        }
        if was_active {
            self.stats.start();
        }
    }

    /// Runs the `atexit` callbacks, if that module was imported.
    fn run_atexit(&mut self) {
        if let Some(m) = self.get_module("atexit") {
            if let Ok(f) = self.getattr_str(&m, "_run_exitfuncs") {
                if let Err(e) = self.call(&f, crate::function::Args::new(&[])) {
                    self.print_exception(&e);
                }
            }
        }
    }

    /// `-X dis`: prints every code object's bytecode as it is now
    /// (quickened, with specialized instructions) to stderr.
    pub fn dump_disassembly(&mut self) {
        for code in std::mem::take(&mut self.loaded_codes) {
            if code.co.filename.starts_with('<') && code.co.filename != "<string>" && code.co.filename != "<stdin>" {
                continue;
            }
            eprint!("{}", code.disassembly());
        }
    }

    /// Runs a module by name as `__main__` (`-m`).
    pub fn run_module_main(&mut self, name: &str) -> i32 {
        let path = self.sys_attr("path").unwrap_or(Value::None);
        let dirs: Vec<String> = match self.iterate(&path) {
            Ok(v) => v.iter().filter_map(|p| crate::builtins::str_of(p).map(|s| s.to_string())).collect(),
            Err(e) => return self.report(e),
        };
        let rel = name.replace('.', "/");
        for dir in dirs {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            for (cand, package) in [(format!("{base}/{rel}.py"), parent), (format!("{base}/{rel}/__main__.py"), name)] {
                if let Ok(src) = std::fs::read_to_string(&cand) {
                    if let Some(argv) = self.sys_attr("argv") {
                        let f = self.new_str(&cand);
                        let _ = self.setitem(&argv, Value::Int(0), f);
                    }
                    return self.run_main_in(&src, &cand, Some(package));
                }
            }
        }
        crate::stdio::flush_stdout();
        eprintln!(
            "{}: No module named {name}",
            self.config.argv.first().cloned().unwrap_or_else(|| "tern".into()).rsplit('/').next().unwrap_or("tern")
        );
        1
    }

    /// Prints an uncaught exception (or handles SystemExit); the status.
    pub fn report(&mut self, e: Obj) -> i32 {
        crate::stdio::flush_stdout();
        if self.exc_matches(&e, "SystemExit") {
            let code = match &e.payload {
                Payload::Exception(d) => {
                    let args = d.args.borrow().clone();
                    let items = self.seq_items(&args);
                    match items.len() {
                        0 => Value::None,
                        1 => items[0].clone(),
                        _ => args,
                    }
                }
                _ => Value::None,
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.str_string(&other).unwrap_or_default();
                    crate::stdio::flush_stdout();
                    eprintln!("{s}");
                    1
                }
            };
        }
        self.report_uncaught(&e);
        release_locals(&e);
        // CPython exits as if killed by SIGINT.
        if self.exc_matches(&e, "KeyboardInterrupt") {
            return 130;
        }
        1
    }
}

/// Drops the frame variables that the traceback of an uncaught exception
/// (and of its cause and context) kept: nothing can read them any more,
/// and CPython frees them when it finalizes at exit (closing suspended
/// generators among them), which tern does not do for live objects.
fn release_locals(e: &Obj) {
    let mut cur = Some(e.clone());
    let mut steps = 0;
    while let Some(x) = cur.take() {
        let Payload::Exception(d) = &x.payload else { break };
        for entry in d.traceback.borrow().iter() {
            entry.locals.borrow_mut().take();
        }
        let next = match (d.cause.borrow().clone(), d.context.borrow().clone()) {
            (Value::Obj(c), _) | (_, Value::Obj(c)) => Some(c),
            _ => None,
        };
        steps += 1;
        if steps < 100 {
            cur = next;
        }
    }
}
