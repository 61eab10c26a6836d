//! `sys._stats_on()`, `_stats_off()`, `_stats_clear()` and `_stats_dump()`
//! (CPython's names): count only a region of a program. In a build
//! without the `stats` feature they raise instead of reporting zeros.

use crate::function::Args;
use crate::stats::COMPILED_IN;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, sys: &Obj) {
    vm.module_fn(sys, "_stats_on", stats_on);
    vm.module_fn(sys, "_stats_off", stats_off);
    vm.module_fn(sys, "_stats_clear", stats_clear);
    vm.module_fn(sys, "_stats_dump", stats_dump);
}

/// The message for a build that cannot count.
pub const COMPILED_OUT: &str = "specialization statistics were compiled out of this build of tern (cargo feature `stats`)";

fn check(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    crate::builtins::check_args(vm, name, args, 0, 0)?;
    if !COMPILED_IN {
        return vm.err("RuntimeError", COMPILED_OUT);
    }
    Ok(())
}

fn stats_on(vm: &mut Vm, args: Args) -> PyResult {
    check(vm, "_stats_on", &args)?;
    vm.stats.start();
    Ok(Value::None)
}

fn stats_off(vm: &mut Vm, args: Args) -> PyResult {
    check(vm, "_stats_off", &args)?;
    vm.stats.stop();
    Ok(Value::None)
}

fn stats_clear(vm: &mut Vm, args: Args) -> PyResult {
    check(vm, "_stats_clear", &args)?;
    vm.stats.clear();
    Ok(Value::None)
}

/// Prints the report to stderr (or writes the JSON file given by
/// `-X stats-json=PATH`).
fn stats_dump(vm: &mut Vm, args: Args) -> PyResult {
    check(vm, "_stats_dump", &args)?;
    vm.write_stats_report();
    Ok(Value::None)
}
