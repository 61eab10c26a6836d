//! `_heapq`: the heap operations `heapq.py` takes from C, on a list, with
//! the same sift order (and so the same results for equal keys) as
//! CPython's. Items compare with `<`, which may run Python code: no list
//! borrow is held across a comparison, and a list resized meanwhile
//! raises RuntimeError as in CPython.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "heappush", heappush);
    vm.module_fn(m, "heappop", heappop);
    vm.module_fn(m, "heapify", heapify);
    vm.module_fn(m, "heapreplace", heapreplace);
    vm.module_fn(m, "heappushpop", heappushpop);
    vm.module_fn(m, "_heappop_max", heappop_max);
    vm.module_fn(m, "_heapify_max", heapify_max);
    vm.module_fn(m, "_heapreplace_max", heapreplace_max);
}

/// The heap argument (a list or list subclass instance), with argument
/// clinic's messages for the count and the type.
fn heap_arg(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<Obj> {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    if args.pos.len() != n {
        return match n {
            1 => vm.type_error(format!("_heapq.{name}() takes exactly one argument ({} given)", args.pos.len())),
            _ => vm.type_error(format!("{name} expected {n} arguments, got {}", args.pos.len())),
        };
    }
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => Ok(o.clone()),
        other => {
            let tn = if other.is_none() { "None".to_string() } else { vm.type_name(other) };
            let which = if n == 1 { "argument" } else { "argument 1" };
            vm.type_error(format!("{name}() {which} must be list, not {tn}"))
        }
    }
}

fn items(heap: &Obj) -> &std::cell::RefCell<Vec<Value>> {
    match &heap.payload {
        Payload::List(l) => l,
        _ => unreachable!("heap_arg checked the payload"),
    }
}

fn len(heap: &Obj) -> usize {
    items(heap).borrow().len()
}

fn get(vm: &mut Vm, heap: &Obj, i: usize) -> PyResult {
    match items(heap).borrow().get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.new_exception_msg("RuntimeError", "list changed size during iteration")),
    }
}

/// `a < b` (or `b < a` for the max-heap), then a check that the list kept
/// its size.
fn less(vm: &mut Vm, heap: &Obj, size: usize, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let r = if max { vm.lt(b, a)? } else { vm.lt(a, b)? };
    if len(heap) != size {
        return Err(vm.new_exception_msg("RuntimeError", "list changed size during iteration"));
    }
    Ok(r)
}

fn swap(heap: &Obj, i: usize, j: usize) {
    items(heap).borrow_mut().swap(i, j);
}

/// Moves the item at `pos` up towards `start` while it is smaller than its
/// parent (`heapq._siftdown`).
fn sift_down(vm: &mut Vm, heap: &Obj, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = len(heap);
    if pos >= size {
        return Err(vm.new_exception_msg("IndexError", "list index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, above) = (get(vm, heap, pos)?, get(vm, heap, parent)?);
        if !less(vm, heap, size, &item, &above, max)? {
            break;
        }
        swap(heap, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Sinks the item at `pos` to a leaf along the smaller children, then
/// sifts it back up (`heapq._siftup`: fewer comparisons on average).
fn sift_up(vm: &mut Vm, heap: &Obj, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len(heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (get(vm, heap, child)?, get(vm, heap, child + 1)?);
            if !less(vm, heap, end, &a, &b, max)? {
                child += 1;
            }
        }
        swap(heap, pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    let heap = heap_arg(vm, &args, "heappush", 2)?;
    items(&heap).borrow_mut().push(args.pos[1].clone());
    let last = len(&heap) - 1;
    sift_down(vm, &heap, 0, last, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let heap = heap_arg(vm, &args, name, 1)?;
    let last = match items(&heap).borrow_mut().pop() {
        Some(v) => v,
        None => return Err(vm.new_exception_msg("IndexError", "index out of range")),
    };
    if len(&heap) == 0 {
        return Ok(last);
    }
    let top = std::mem::replace(&mut items(&heap).borrow_mut()[0], last);
    sift_up(vm, &heap, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "_heappop_max", true)
}

fn replace(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let heap = heap_arg(vm, &args, name, 2)?;
    let top = match items(&heap).borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, args.pos[1].clone()),
        None => return Err(vm.new_exception_msg("IndexError", "index out of range")),
    };
    sift_up(vm, &heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult {
    let heap = heap_arg(vm, &args, "heappushpop", 2)?;
    let item = args.pos[1].clone();
    let Some(top) = items(&heap).borrow().first().cloned() else { return Ok(item) };
    if !vm.lt(&top, &item)? {
        return Ok(item);
    }
    let top = match items(&heap).borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, item),
        None => return Err(vm.new_exception_msg("IndexError", "index out of range")),
    };
    sift_up(vm, &heap, 0, false)?;
    Ok(top)
}

fn heapify_with(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let heap = heap_arg(vm, &args, name, 1)?;
    let n = len(&heap);
    for i in (0..n / 2).rev() {
        sift_up(vm, &heap, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    heapify_with(vm, args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult {
    heapify_with(vm, args, "_heapify_max", true)
}
