//! `sys.displayhook` and `sys.excepthook` plumbing: the builtin helper that
//! `compile(..., 'single')` code calls for each expression statement, the
//! default excepthook (`sys.__excepthook__`, the traceback printer), and
//! handing an uncaught exception to a program's own excepthook.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    vm.add_builtin("__tern_displayhook__", display);
    let hook = vm.new_native("excepthook", excepthook, Some("sys"));
    let sys = vm.sys.clone();
    vm.set_dict_item_str(&sys, "excepthook", hook.clone());
    vm.set_dict_item_str(&sys, "__excepthook__", hook);
}

/// `__tern_displayhook__(value)`: `sys.displayhook(value)`.
fn display(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "__tern_displayhook__", &args, 1, 1)?;
    match vm.sys_attr("displayhook") {
        Some(hook) => vm.call(&hook, Args::new(&args.pos[..1])),
        None => vm.err("RuntimeError", "lost sys.displayhook"),
    }
}

/// The default `sys.excepthook(type, value, traceback)`: prints the
/// exception with its traceback to stderr.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "excepthook", &args, 3, 3)?;
    match &args.pos[1] {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => vm.print_exception(e),
        other => {
            crate::stdio::flush_stdout();
            eprintln!("TypeError: print_exception(): Exception expected for value, {} found", vm.type_name(other));
        }
    }
    Ok(Value::None)
}

/// Whether `hook` is the default excepthook above.
fn is_default(hook: &Value) -> bool {
    matches!(hook, Value::Obj(o) if matches!(&o.payload, Payload::Native(nf) if nf.name == "excepthook" && nf.module == Some("sys")))
}

impl Vm {
    /// Reports an uncaught exception through `sys.excepthook`, as CPython
    /// does: the traceback printer unless the program installed its own.
    pub(crate) fn report_uncaught(&mut self, e: &Obj) {
        let hook = self.sys_attr("excepthook");
        let Some(hook) = hook.filter(|h| !is_default(h)) else {
            if self.sys_attr("excepthook").is_none() {
                crate::stdio::flush_stdout();
                eprintln!("sys.excepthook is missing");
            }
            self.print_exception(e);
            return;
        };
        let ev = Value::Obj(e.clone());
        let tb = self.getattr_opt(&ev, "__traceback__").ok().flatten().unwrap_or(Value::None);
        let args = [Value::Obj(e.class().clone()), ev, tb];
        if let Err(hook_error) = self.call(&hook, Args::new(&args)) {
            crate::stdio::flush_stdout();
            eprintln!("Error in sys.excepthook:");
            self.print_exception(&hook_error);
            eprintln!("\nOriginal exception was:");
            self.print_exception(e);
        }
        crate::stdio::flush_stdout();
    }
}
