//! Exception propagation through frames (the exception table), and
//! printing tracebacks as CPython does.

use crate::eval::FrameExit;
use crate::exception::{TbEntry, TbLocals};
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

/// Gives the traceback entry of the frame `e` is leaving that frame's
/// variables. A variable holding `e` itself is left out: tern has no cycle
/// collector, and the exception would keep itself alive.
fn keep_locals(e: &Obj, frame: &mut crate::frame::Frame) {
    let Payload::Exception(d) = &e.payload else { return };
    let tb = d.traceback.borrow();
    let Some(entry) = tb.last() else { return };
    if !std::rc::Rc::ptr_eq(&entry.code, &frame.code) || entry.locals.borrow().is_some() {
        return;
    }
    let mut fast = std::mem::take(&mut frame.fast);
    for v in fast.iter_mut() {
        if matches!(v, Value::Obj(o) if std::rc::Rc::ptr_eq(o, e)) {
            *v = Value::Null;
        }
    }
    *entry.locals.borrow_mut() = Some(TbLocals { locals: frame.locals.clone(), fast });
}

impl Vm {
    /// Handles exception `e` raised in the top frame: records where it
    /// passed, jumps to a handler if the frame has one (Ok(None)), or pops
    /// frames until one handles it. When the entry frame is left, the
    /// exception is returned to the Rust caller as Err.
    pub(crate) fn unwind(&mut self, e: Obj) -> PyResult<Option<FrameExit>> {
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(e);
            };
            let pc = frame.pc.saturating_sub(1);
            // Frames of tern's frozen stand-ins for CPython's C modules
            // (`<frozen _io>`...) do not appear in tracebacks, as C code
            // does not in CPython's.
            if !self.reraising && !frame.code.co.filename.starts_with("<frozen ") {
                let entry = TbEntry {
                    filename: frame.code.co.filename.clone(),
                    name: frame.code.co.name.clone(),
                    line: frame.code.co.line_at(pc),
                    code: frame.code.clone(),
                    globals: frame.globals.clone(),
                    cut: Default::default(),
                    pc: pc as u32,
                    locals: Default::default(),
                };
                if let Payload::Exception(d) = &e.payload {
                    d.traceback.borrow_mut().push(entry);
                }
            }
            self.reraising = false;
            if first {
                first = false;
                self.set_context(&e);
            }
            let frame = match self.frames.last_mut() {
                Some(f) => f,
                None => return Err(e),
            };
            if let Some(h) = frame.code.co.handler_for(pc as u32).copied() {
                frame.stack.truncate(h.depth as usize);
                frame.stack.push(Value::Obj(e));
                frame.pc = h.target as usize;
                return Ok(None);
            }
            let Some(mut done) = self.frames.pop() else {
                return Err(e);
            };
            // The traceback keeps positions and the variables, not the
            // frame: it goes back to the pool, as a returning frame does.
            keep_locals(&e, &mut done);
            let entry = done.is_entry;
            self.free_frame(done);
            if entry {
                return Err(e);
            }
        }
    }

    /// The variables of `frame` as its traceback entry shows them, for a
    /// frame that is still running (the exception was caught in it):
    /// the innermost live frame running `code`.
    pub(crate) fn live_locals(&self, code: &std::rc::Rc<crate::code::Code>) -> Option<TbLocals> {
        let f = self.frames.iter().rev().find(|f| std::rc::Rc::ptr_eq(&f.code, code))?;
        Some(TbLocals { locals: f.locals.clone(), fast: f.fast.clone() })
    }

    /// Implicit chaining: an exception raised while another is handled
    /// gets it as `__context__`.
    fn set_context(&mut self, e: &Obj) {
        let Value::Obj(h) = self.handled.clone() else { return };
        if std::rc::Rc::ptr_eq(&h, e) {
            return;
        }
        if let Payload::Exception(d) = &e.payload {
            if d.context.borrow().is_none() {
                // Avoid cycles: drop `e` from h's context chain.
                let mut cur = Value::Obj(h.clone());
                let mut steps = 0;
                while let Value::Obj(c) = cur {
                    if std::rc::Rc::ptr_eq(&c, e) || steps > 100 {
                        return;
                    }
                    steps += 1;
                    cur = match &c.payload {
                        Payload::Exception(cd) => cd.context.borrow().clone(),
                        _ => Value::None,
                    };
                }
                *d.context.borrow_mut() = Value::Obj(h);
            }
        }
    }

    /// The text CPython prints for an uncaught exception, with chained
    /// causes and contexts.
    pub fn format_exception(&mut self, e: &Obj) -> String {
        let mut out = String::new();
        let mut seen: Vec<*const crate::object::PyObject> = Vec::new();
        self.format_chain(e, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, e: &Obj, out: &mut String, seen: &mut Vec<*const crate::object::PyObject>) {
        seen.push(std::rc::Rc::as_ptr(e));
        if let Payload::Exception(d) = &e.payload {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            if let Value::Obj(c) = &cause {
                if !seen.contains(&std::rc::Rc::as_ptr(c)) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Value::Obj(c), false) = (&context, d.suppress_context.get()) {
                if !seen.contains(&std::rc::Rc::as_ptr(c)) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
            if self.exc_matches(e, "BaseExceptionGroup") {
                self.format_group(e, out, 0);
                return;
            }
            let tb = d.traceback.borrow().clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(&str, u32, &str)> = None;
                let mut repeats = 0usize;
                for entry in tb.iter().rev() {
                    // CPython prints a line repeated more than three times
                    // in a row once, with a count.
                    let key = (entry.filename.as_str(), entry.line, entry.name.as_str());
                    if last == Some(key) {
                        repeats += 1;
                    } else {
                        push_repeats(out, repeats);
                        last = Some(key);
                        repeats = 0;
                    }
                    if repeats >= 3 {
                        if entry.cut.get() {
                            break;
                        }
                        continue;
                    }
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.name));
                    if let Some(line) = self.source_line(&entry.filename, entry.line) {
                        out.push_str(&format!("    {}\n", line.trim_start()));
                        push_markers(out, &line, entry);
                    }
                    if entry.cut.get() {
                        break;
                    }
                }
                push_repeats(out, repeats);
            }
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
        out.push_str(&self.exception_notes(e));
    }

    /// An exception group in CPython's boxed format, `depth` levels in.
    fn format_group(&mut self, e: &Obj, out: &mut String, depth: usize) {
        let mut body = String::new();
        if let Payload::Exception(d) = &e.payload {
            let tb = d.traceback.borrow().clone();
            if !tb.is_empty() {
                body.push_str("Exception Group Traceback (most recent call last):\n");
            }
            for entry in tb.iter().rev() {
                body.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.name));
                if let Some(line) = self.source_line(&entry.filename, entry.line) {
                    body.push_str(&format!("    {}\n", line.trim_start()));
                    push_markers(&mut body, &line, entry);
                }
            }
        }
        body.push_str(&self.exception_line(e));
        body.push('\n');
        body.push_str(&self.exception_notes(e));
        let indent = "  ".repeat(depth.max(1) - 1);
        let mut first = body.starts_with("Exception Group Traceback");
        for line in body.lines() {
            if first {
                out.push_str(&format!("{indent}  + {line}\n"));
                first = false;
            } else {
                out.push_str(&format!("{indent}  | {line}\n"));
            }
        }
        let subs = self.getattr_str(&Value::Obj(e.clone()), "exceptions").ok().map(|x| self.seq_items(&x)).unwrap_or_default();
        let n = subs.len();
        for (i, sub) in subs.iter().enumerate() {
            let Value::Obj(so) = sub else { continue };
            let head = if i == 0 { "+-+" } else { "  +" };
            out.push_str(&format!("{indent}  {head}---------------- {} ----------------\n", i + 1));
            let mut inner = String::new();
            if self.exc_matches(so, "BaseExceptionGroup") {
                let mut g = String::new();
                self.format_group(so, &mut g, 1);
                for line in g.lines() {
                    inner.push_str(line.strip_prefix("  ").unwrap_or(line));
                    inner.push('\n');
                }
                for line in inner.lines() {
                    out.push_str(&format!("{indent}    {line}\n"));
                }
            } else {
                let mut seen = Vec::new();
                self.format_chain(so, &mut inner, &mut seen);
                for line in inner.lines() {
                    out.push_str(&format!("{indent}    | {line}\n"));
                }
            }
            if i + 1 == n {
                out.push_str(&format!("{indent}    +------------------------------------\n"));
            }
        }
    }

    /// `Type: message` (or `Type` alone), as the last traceback line.
    pub fn exception_line(&mut self, e: &Obj) -> String {
        let cls = e.class().clone();
        let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
        let module = {
            let key = self.intern("__module__");
            self.lookup_type_attr(&cls, &key)
                .and_then(|m| crate::builtins::str_of(&m).map(|s| s.to_string()))
                .unwrap_or_else(|| "builtins".into())
        };
        let qual = if module == "builtins" || module == "__main__" { name } else { format!("{module}.{name}") };
        // SyntaxError shows its location and text first.
        let mut prefix = String::new();
        if self.exc_matches(e, "SyntaxError") {
            if let Some(s) = self.syntax_error_detail(e) {
                prefix = s;
            }
        }
        let msg = match self.str(&Value::Obj(e.clone())) {
            // stderr's `backslashreplace` writes lone surrogates as escapes.
            Ok(s) => match crate::builtins::pystr_of(&s) {
                Some(ps) if ps.has_surrogates() => {
                    ps.code_points().map(|c| char::from_u32(c).map_or_else(|| crate::codecs::backslash_escape(c), String::from)).collect()
                }
                Some(ps) => ps.as_str().to_string(),
                None => String::new(),
            },
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut msg = if self.exc_matches(e, "SyntaxError") { self.syntax_error_msg(e).unwrap_or(msg) } else { msg };
        if let Some(s) = self.suggestion(e) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            format!("{prefix}{qual}")
        } else {
            format!("{prefix}{qual}: {msg}")
        }
    }

    /// The lines of `e.__notes__` under its exception line: each note's
    /// str (a sequence of them), or the repr of anything else.
    fn exception_notes(&mut self, e: &Obj) -> String {
        let ev = Value::Obj(e.clone());
        let notes = match self.getattr_opt(&ev, "__notes__") {
            Ok(Some(n)) if !n.is_none() => n,
            _ => return String::new(),
        };
        let is_seq = matches!(&notes, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)))
            || (!matches!(&notes, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::Dict(_)))
                && self.has_type_attr_str(&notes, "__getitem__")
                && self.has_type_attr_str(&notes, "__len__"));
        let text = |vm: &mut Vm, v: &Value, repr: bool| -> String {
            let r = if repr { vm.repr(v) } else { vm.str(v) };
            match r.ok().as_ref().and_then(crate::builtins::str_of) {
                Some(s) => s.to_string(),
                None if repr => "<__notes__ repr() failed>".to_string(),
                None => "<note str() failed>".to_string(),
            }
        };
        let mut out = String::new();
        if !is_seq {
            out.push_str(&text(self, &notes, true));
            out.push('\n');
            return out;
        }
        for note in self.iterate(&notes).unwrap_or_default() {
            for line in text(self, &note, false).split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }

    fn syntax_error_msg(&mut self, e: &Obj) -> Option<String> {
        let msg = self.getattr_str(&Value::Obj(e.clone()), "msg").ok()?;
        crate::builtins::str_of(&msg).map(|s| s.to_string())
    }

    fn syntax_error_detail(&mut self, e: &Obj) -> Option<String> {
        let ev = Value::Obj(e.clone());
        let filename = self.getattr_str(&ev, "filename").ok()?;
        let lineno = self.getattr_str(&ev, "lineno").ok()?;
        let offset = self.getattr_str(&ev, "offset").ok()?;
        let text = self.getattr_str(&ev, "text").ok()?;
        let filename = crate::builtins::str_of(&filename)?.to_string();
        let Value::Int(line) = lineno else { return None };
        let mut s = format!("  File \"{filename}\", line {line}\n");
        if let Some(t) = crate::builtins::str_of(&text) {
            let t = t.trim_end_matches('\n');
            let stripped = t.trim_start();
            let removed = t.chars().count() - stripped.chars().count();
            s.push_str(&format!("    {stripped}\n"));
            // CPython clips the caret to the text and shows none when it
            // points into the stripped indentation.
            let len = stripped.chars().count() as i64;
            let offset = match offset {
                Value::Int(off) if off - 1 - (removed as i64) >= 0 => Value::Int(off.min(len + 1 + removed as i64)),
                _ => Value::None,
            };
            if let Value::Int(off) = offset {
                let col = (off as usize).saturating_sub(1).saturating_sub(removed);
                // Carets up to end_offset on the same line (to the end of
                // the line when the error spans lines), as CPython prints.
                let end_line = match self.getattr_str(&ev, "end_lineno") {
                    Ok(Value::Int(l)) => l,
                    _ => line,
                };
                let end_off = match self.getattr_str(&ev, "end_offset") {
                    Ok(Value::Int(o)) => o,
                    _ => off,
                };
                let width = if end_line == line && end_off > off {
                    (end_off - off) as usize
                } else if end_line > line {
                    (t.chars().count() as i64 + 1 - off).max(1) as usize
                } else {
                    1
                };
                s.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
        Some(s)
    }

    fn source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        if !self.sources.contains_key(filename) {
            let text = std::fs::read_to_string(filename).ok()?;
            self.sources.insert(filename.to_string(), text.into());
        }
        let src = self.sources.get(filename)?;
        src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_string())
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, e: &Obj) {
        let text = self.format_exception(e);
        crate::stdio::flush_stdout();
        eprint!("{text}");
    }
}

/// The `^^^` line under a traceback entry's source line, where CPython
/// prints one.
fn push_markers(out: &mut String, line: &str, entry: &TbEntry) {
    let Some(pos) = entry.code.co.positions.get(entry.pc as usize).copied().flatten() else { return };
    if pos[0] != entry.line {
        return;
    }
    if let Some(m) = tern_compiler::carets::marker_line(line, pos, false) {
        out.push_str(&m);
        out.push('\n');
    }
}

/// CPython's note for a traceback line shown three times and then
/// repeated `repeats - 2` more times.
fn push_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let hidden = repeats - 2;
        let s = if hidden > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {hidden} more time{s}]\n"));
    }
}
