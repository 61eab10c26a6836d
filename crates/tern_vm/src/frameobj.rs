//! Frame objects for Python code (`sys._getframe`, `tb_frame`): snapshots
//! of a VM frame taken when asked for, with `f_globals`, `f_locals`,
//! `f_code`, `f_lineno`, `f_back` and `f_builtins` in their dict.

use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub(crate) type FrameParts = (std::rc::Rc<crate::code::Code>, Obj, Obj, Value, u32, Vec<Value>);

/// What a frame object shows of a frame.
pub(crate) fn frame_parts(f: &crate::frame::Frame) -> FrameParts {
    // A generator not started yet is at its `def` line, as CPython's.
    let line = if f.pc == 0 { f.code.co.first_line } else { f.code.co.line_at(f.pc - 1) };
    (f.code.clone(), f.globals.clone(), f.builtins.clone(), f.locals.clone(), line, f.fast.to_vec())
}

impl Vm {
    /// The frame object for the frame `depth` levels below the top (0 is
    /// the caller of the native function asking), or None past the bottom.
    pub fn frame_object(&mut self, depth: usize) -> PyResult<Option<Value>> {
        let n = self.frames.len();
        if depth >= n {
            return Ok(None);
        }
        // Outermost first, so that each frame's f_back already exists.
        let mut back = Value::None;
        for i in 0..n - depth {
            back = self.snapshot_frame(i, back)?;
        }
        Ok(Some(back))
    }

    fn snapshot_frame(&mut self, i: usize, back: Value) -> PyResult {
        let parts = frame_parts(&self.frames[i]);
        self.frame_object_from(parts, back)
    }

    /// A frame object from [`frame_parts`] (also of a frame that is not on
    /// the stack: a suspended generator's).
    pub(crate) fn frame_object_from(&mut self, parts: FrameParts, back: Value) -> PyResult {
        let (code, globals, builtins, locals, line, fast) = parts;
        let locals = self.locals_mapping(&code, locals, &fast)?;
        let dict = self.new_dict_obj(Default::default());
        let code_v = self.new_object(self.types.code.clone(), Payload::Code(code));
        self.set_dict_item_str(&dict, "f_code", code_v);
        self.set_dict_item_str(&dict, "f_globals", Value::Obj(globals));
        self.set_dict_item_str(&dict, "f_builtins", Value::Obj(builtins));
        self.set_dict_item_str(&dict, "f_locals", locals);
        self.set_dict_item_str(&dict, "f_lineno", Value::Int(line as i64));
        self.set_dict_item_str(&dict, "f_back", back);
        self.set_dict_item_str(&dict, "f_trace", Value::None);
        Ok(Value::Obj(PyObject::new(self.types.frame.clone(), Some(dict), Payload::Instance)))
    }

    /// A frame's `f_locals`: its locals mapping, or for a function a dict
    /// of the variables that are set.
    fn locals_mapping(&mut self, code: &crate::code::Code, locals: Value, fast: &[Value]) -> PyResult {
        if !locals.is_null() {
            return Ok(locals);
        }
        let d = self.new_dict();
        for (name, v) in code.varnames.iter().zip(fast.iter()) {
            if !v.is_null() {
                self.setitem(&d, name.clone(), v.clone())?;
            }
        }
        let cells = code.co.cellvars.iter().chain(code.co.freevars.iter());
        for (name, c) in cells.zip(fast.iter().skip(code.nlocals)) {
            if let Value::Obj(c) = c {
                if let Payload::Cell(cv) = &c.payload {
                    let v = cv.borrow().clone();
                    if !v.is_null() {
                        let k = self.new_str(name);
                        self.setitem(&d, k, v)?;
                    }
                }
            }
        }
        Ok(d)
    }

    /// A frame object for a traceback entry: its code, globals, line and
    /// variables (kept when the exception left the frame, or read from the
    /// frame if it still runs).
    pub fn entry_frame_object(&mut self, entry: &crate::exception::TbEntry) -> PyResult<Obj> {
        let dict = self.new_dict_obj(Default::default());
        let code_v = self.new_object(self.types.code.clone(), Payload::Code(entry.code.clone()));
        self.set_dict_item_str(&dict, "f_code", code_v);
        self.set_dict_item_str(&dict, "f_globals", Value::Obj(entry.globals.clone()));
        let b = Value::Obj(self.builtins.clone());
        self.set_dict_item_str(&dict, "f_builtins", b);
        let kept = entry.locals.borrow().as_ref().map(|l| (l.locals.clone(), l.fast.clone()));
        let locals = match kept.or_else(|| self.live_locals(&entry.code).map(|l| (l.locals, l.fast))) {
            Some((locals, fast)) => self.locals_mapping(&entry.code, locals, &fast)?,
            None => self.new_dict(),
        };
        self.set_dict_item_str(&dict, "f_locals", locals);
        self.set_dict_item_str(&dict, "f_lineno", Value::Int(entry.line as i64));
        self.set_dict_item_str(&dict, "f_back", Value::None);
        self.set_dict_item_str(&dict, "f_trace", Value::None);
        Ok(PyObject::new(self.types.frame.clone(), Some(dict), Payload::Instance))
    }
}
