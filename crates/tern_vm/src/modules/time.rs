//! The `time` module: clocks and sleep here, the calendar functions
//! (`struct_time`, `localtime`, `strftime`...) from the frozen `_tern_time`.

use crate::function::Args;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "time", time);
    vm.module_fn(m, "time_ns", time_ns);
    vm.module_fn(m, "perf_counter", perf_counter);
    vm.module_fn(m, "perf_counter_ns", perf_counter_ns);
    vm.module_fn(m, "monotonic", perf_counter);
    vm.module_fn(m, "monotonic_ns", perf_counter_ns);
    vm.module_fn(m, "process_time", perf_counter);
    vm.module_fn(m, "sleep", sleep);
    // A failure here leaves the clocks usable; `time.localtime` is then
    // simply missing.
    if let Ok(cal) = vm.import_module("_tern_time") {
        for name in [
            "struct_time",
            "gmtime",
            "localtime",
            "mktime",
            "strftime",
            "asctime",
            "ctime",
            "tzset",
            "timezone",
            "altzone",
            "daylight",
            "tzname",
        ] {
            if let Ok(v) = vm.getattr_str(&cal, name) {
                vm.set_dict_item_str(m, name, v);
            }
        }
    }
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}
fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}
fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}
fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}
fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "sleep", &args, 1, 1)?;
    let Some(secs) = vm.to_f64_opt(&args.pos[0])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])));
    };
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    crate::stdio::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}
