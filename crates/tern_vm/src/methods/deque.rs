//! `collections.deque`, native: the items in a `VecDeque` (`Payload::Deque`,
//! see `object::DequeData`), so both ends are O(1). Behaviour follows
//! CPython 3.11's `_collectionsmodule.c`: the `state` counter that
//! iterators and `index`/`count`/`in` check after each comparison, the
//! rotations `remove` and `del d[i]` stand for, the trimming at `maxlen`.
//! The protocols (`len`, `d[i]`, `in`, comparisons, `+`, `*`, repr, hash,
//! iteration) reach this file from their `Payload::Deque` arms.
//!
//! No borrow of the items is held across a call into Python code; an item
//! dropped by a trim, `pop` or `clear` is dropped after the borrow ends.

use super::nargs;
use crate::function::Args;
use crate::int::{as_int, IntVal};
use crate::iter::IterState;
use crate::object::{DequeData, Payload, PyObject};
use crate::value::Value;
use crate::{PyResult, Vm};
use tern_bytecode::{BinOp, CmpOp};

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

pub fn install(vm: &mut Vm) {
    let t = vm.types.deque.clone();
    if let Some(td) = t.as_type() {
        td.tp_name.set(Some("collections.deque"));
    }
    vm.add_method(&t, "append", append);
    vm.add_method(&t, "appendleft", appendleft);
    vm.add_method(&t, "pop", pop);
    vm.add_method(&t, "popleft", popleft);
    vm.add_method(&t, "extend", extend);
    vm.add_method(&t, "extendleft", extendleft);
    vm.add_method(&t, "clear", clear);
    vm.add_method(&t, "copy", copy);
    vm.add_method(&t, "__copy__", copy);
    vm.add_method(&t, "count", count);
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "insert", insert);
    vm.add_method(&t, "remove", remove);
    vm.add_method(&t, "reverse", reverse);
    vm.add_method(&t, "rotate", rotate);
    vm.add_method(&t, "__init__", init);
    vm.add_method(&t, "__reduce__", reduce);
    vm.add_method(&t, "__reversed__", reversed);
    vm.add_method(&t, "__iadd__", iadd);
    vm.add_method(&t, "__imul__", imul);
    vm.add_method(&t, "__add__", add);
    vm.add_method(&t, "__mul__", mul);
    vm.add_method(&t, "__rmul__", mul);
    vm.add_method(&t, "__getitem__", getitem_method);
    vm.add_method(&t, "__setitem__", super::list::setitem);
    vm.add_method(&t, "__delitem__", super::list::delitem);
    vm.add_method(&t, "__len__", super::tuple::len);
    vm.add_method(&t, "__contains__", super::tuple::contains);
    vm.add_method(&t, "__iter__", super::tuple::iter);
    vm.add_method(&t, "__eq__", super::tuple::eq);
    vm.add_method(&t, "__ne__", super::tuple::ne);
    vm.add_method(&t, "__lt__", super::tuple::lt);
    vm.add_method(&t, "__le__", super::tuple::le);
    vm.add_method(&t, "__gt__", super::tuple::gt);
    vm.add_method(&t, "__ge__", super::tuple::ge);
    vm.add_method(&t, "__repr__", super::tuple::repr);
    vm.add_method(&t, "__getattribute__", super::object::getattribute);
    vm.add_method(&t, "__sizeof__", super::object::sizeof);
    vm.add_classmethod(&t, "__class_getitem__", super::list::class_getitem);
    vm.add_getset(&t, "maxlen", get_maxlen, None);
    vm.set_dict_item_str(&t, "__hash__", Value::None);
    let doc = vm.new_str(DOC);
    vm.set_dict_item_str(&t, "__doc__", doc);
    // `__module__` comes from the dotted names (`TypeData::tp_module`).
    let iters = [
        (vm.types.deque_iterator.clone(), "_collections._deque_iterator"),
        (vm.types.deque_reverse_iterator.clone(), "_collections._deque_reverse_iterator"),
    ];
    for (it, name) in iters {
        if let Some(td) = it.as_type() {
            td.tp_name.set(Some(name));
        }
    }
}

/// The deque state of a deque (or subclass) value.
fn deque_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a DequeData> {
    if let Value::Obj(o) = v {
        if let Payload::Deque(d) = &o.payload {
            return Ok(d);
        }
    }
    vm.type_error(format!("descriptor requires a 'collections.deque' object but received a '{}'", vm.type_name(v)))
}

/// `deque(iterable=(), maxlen=None)` for the exact type (subclasses get
/// an empty one from `__new__`, then `__init__`).
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return vm.type_error("deque.__new__(): not enough arguments"),
    };
    let d = Value::Obj(PyObject::new(cls, None, Payload::Deque(DequeData::new(None))));
    let mut all = Vec::with_capacity(args.pos.len());
    all.push(d.clone());
    all.extend_from_slice(&args.pos[1..]);
    init(vm, Args { pos: &all, kwnames: args.kwnames, kwvals: args.kwvals })?;
    Ok(d)
}

/// `deque.__init__(iterable=(), maxlen=None)`: sets the bound, empties,
/// then extends.
fn init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(me) = args.pos.first() else { return vm.type_error("descriptor '__init__' of 'collections.deque' object needs an argument") };
    let pos = &args.pos[1..];
    let total = pos.len() + args.kwnames.len();
    if total > 2 {
        return vm.type_error(format!("deque() takes at most 2 arguments ({total} given)"));
    }
    let mut slots: [Option<Value>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("");
        let i = match k {
            "iterable" => 0,
            "maxlen" => 1,
            _ => return vm.type_error(format!("'{k}' is an invalid keyword argument for deque()")),
        };
        if slots[i].is_some() {
            return vm.type_error(format!("argument for deque() given by name ('{k}') and position ({})", i + 1));
        }
        slots[i] = Some(v.clone());
    }
    let [iterable, maxlen] = slots;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => match as_int(&m) {
            Some(IntVal::Small(n)) if n < 0 => return vm.value_error("maxlen must be non-negative"),
            Some(IntVal::Small(n)) => Some(n as usize),
            Some(IntVal::Big(_)) => return vm.overflow_error("Python int too large to convert to C ssize_t"),
            None => return vm.type_error("an integer is required"),
        },
    };
    let d = deque_of(vm, me)?;
    d.maxlen.set(maxlen);
    clear_items(d);
    if let Some(it) = iterable {
        extend_with(vm, me, &it, false)?;
    }
    Ok(Value::None)
}

/// Adds `v` at one end, trimming the other end past `maxlen`; what was
/// trimmed is returned, to be dropped after the borrow.
#[inline]
fn push(d: &DequeData, v: Value, left: bool) -> Option<Value> {
    let mut items = d.items.borrow_mut();
    if left {
        items.push_front(v);
    } else {
        items.push_back(v);
    }
    d.bump();
    match d.maxlen.get() {
        Some(m) if items.len() > m => {
            if left {
                items.pop_back()
            } else {
                items.pop_front()
            }
        }
        _ => None,
    }
}

/// Empties the deque (a change only if it had items).
fn clear_items(d: &DequeData) {
    let old = std::mem::take(&mut *d.items.borrow_mut());
    if !old.is_empty() {
        d.bump();
    }
    drop(old);
}

/// `extend`/`extendleft`: items are added as the iterable yields them.
fn extend_with(vm: &mut Vm, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        // `d.extend(d)`, and builtin lists and tuples (whose iteration
        // runs no Python code): their items now.
        let snapshot =
            me.is(iterable) || (!o.class().as_type().is_some_and(|t| t.heap) && matches!(o.payload, Payload::List(_) | Payload::Tuple(_)));
        if snapshot {
            let items = vm.iterate(iterable)?;
            let d = deque_of(vm, me)?;
            if d.maxlen.get() == Some(0) {
                return Ok(());
            }
            for x in items {
                drop(push(d, x, left));
            }
            return Ok(());
        }
    }
    let it = vm.iter(iterable)?;
    let d = deque_of(vm, me)?;
    let consume = d.maxlen.get() == Some(0);
    while let Some(x) = vm.next(&it)? {
        if !consume {
            drop(push(d, x, left));
        }
    }
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "append", 1, 1)?;
    let d = deque_of(vm, &args.pos[0])?;
    drop(push(d, args.pos[1].clone(), false));
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "appendleft", 1, 1)?;
    let d = deque_of(vm, &args.pos[0])?;
    drop(push(d, args.pos[1].clone(), true));
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, args: &Args, name: &str, left: bool) -> PyResult {
    nargs(vm, args, name, 0, 0)?;
    let d = deque_of(vm, &args.pos[0])?;
    let v = if left { d.items.borrow_mut().pop_front() } else { d.items.borrow_mut().pop_back() };
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => vm.index_error("pop from an empty deque"),
    }
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    pop_end(vm, &args, "pop", false)
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult {
    pop_end(vm, &args, "popleft", true)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "extend", 1, 1)?;
    extend_with(vm, &args.pos[0], &args.pos[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "extendleft", 1, 1)?;
    extend_with(vm, &args.pos[0], &args.pos[1], true)?;
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__iadd__", 1, 1)?;
    extend_with(vm, &args.pos[0], &args.pos[1], false)?;
    Ok(args.pos[0].clone())
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "clear", 0, 0)?;
    clear_items(deque_of(vm, &args.pos[0])?);
    Ok(Value::None)
}

/// `copy()`/`__copy__()`: a deque of the same type, bound and items; a
/// subclass is called as `type(d)(d)` or `type(d)(d, maxlen)`.
pub fn copy_of(vm: &mut Vm, me: &Value) -> PyResult {
    let d = deque_of(vm, me)?;
    let Value::Obj(o) = me else { return Ok(me.clone()) };
    let cls = o.class().clone();
    if std::rc::Rc::ptr_eq(&cls, &vm.types.deque) {
        let copy = DequeData::new(d.maxlen.get());
        *copy.items.borrow_mut() = d.items.borrow().clone();
        return Ok(Value::Obj(PyObject::new(cls, None, Payload::Deque(copy))));
    }
    let r = match d.maxlen.get() {
        None => vm.call(&Value::Obj(cls.clone()), Args::new(std::slice::from_ref(me)))?,
        Some(m) => vm.call(&Value::Obj(cls.clone()), Args::new(&[me.clone(), Value::Int(m as i64)]))?,
    };
    if !matches!(&r, Value::Obj(ro) if matches!(ro.payload, Payload::Deque(_))) {
        let cn = cls.as_type().map(|t| t.full_name()).unwrap_or_default();
        return vm.type_error(format!("{cn}() must return a deque, not {}", vm.type_name(&r)));
    }
    Ok(r)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "copy", 0, 0)?;
    copy_of(vm, &args.pos[0])
}

/// The value at `i` while the deque's state is `state` (else CPython's
/// RuntimeError); None past the end.
fn item_at(vm: &mut Vm, d: &DequeData, i: usize, state: usize) -> PyResult<Option<Value>> {
    if d.state.get() != state {
        return vm.err("RuntimeError", "deque mutated during iteration");
    }
    Ok(d.items.borrow().get(i).cloned())
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 1)?;
    let d = deque_of(vm, &args.pos[0])?;
    let state = d.state.get();
    let n = d.items.borrow().len();
    let mut c = 0;
    for i in 0..n {
        let Some(item) = item_at(vm, d, i, state)? else { break };
        if vm.eq(&item, &args.pos[1])? {
            c += 1;
        }
        if d.state.get() != state {
            return vm.err("RuntimeError", "deque mutated during iteration");
        }
    }
    Ok(Value::Int(c))
}

/// `x in d` (`contains_builtin`).
pub fn contains(vm: &mut Vm, me: &Value, x: &Value) -> PyResult<bool> {
    let d = deque_of(vm, me)?;
    let state = d.state.get();
    let n = d.items.borrow().len();
    for i in 0..n {
        let Some(item) = item_at(vm, d, i, state)? else { break };
        if vm.eq(&item, x)? {
            return Ok(true);
        }
        if d.state.get() != state {
            return vm.err("RuntimeError", "deque mutated during iteration");
        }
    }
    Ok(false)
}

/// A `start`/`stop` argument of `index` (CPython's
/// `_PyEval_SliceIndexNotNone`: ints and `__index__`, big ones clamped).
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error("slice indices must be integers or have an __index__ method"),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "index", 1, 3)?;
    let n = deque_of(vm, &args.pos[0])?.items.borrow().len() as i64;
    let mut start = match args.pos.get(2) {
        Some(v) => slice_index(vm, v)?,
        None => 0,
    };
    let mut stop = match args.pos.get(3) {
        Some(v) => slice_index(vm, v)?,
        None => n,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    let d = deque_of(vm, &args.pos[0])?;
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = item_at(vm, d, i as usize, state)? else { break };
        if vm.eq(&item, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
        if d.state.get() != state {
            return vm.err("RuntimeError", "deque mutated during iteration");
        }
    }
    let r = vm.repr_string(&args.pos[1])?;
    vm.value_error(format!("{r} is not in deque"))
}

/// An argument CPython parses with the `n` format: an int or an object
/// with `__index__`, that fits in a C ssize_t.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some(i) = vm.index_value(v)? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)));
    };
    match as_int(&i) {
        Some(IntVal::Small(n)) => Ok(n),
        _ => vm.overflow_error("Python int too large to convert to C ssize_t"),
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "insert", 2, 2)?;
    let i = ssize_arg(vm, &args.pos[1])?;
    let d = deque_of(vm, &args.pos[0])?;
    let n = d.items.borrow().len() as i64;
    if d.maxlen.get() == Some(n as usize) {
        return vm.index_error("deque already at its maximum size");
    }
    let x = args.pos[2].clone();
    if i >= n {
        drop(push(d, x, false));
    } else if i <= -n || i == 0 {
        drop(push(d, x, true));
    } else {
        let at = if i < 0 { n + i } else { i };
        d.items.borrow_mut().insert(at as usize, x);
        d.bump();
    }
    Ok(Value::None)
}

/// `remove(x)`: CPython rotates each compared item off the left end, so
/// the deque changes even when `x` is not found (if it has two items).
fn remove(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "remove", 1, 1)?;
    let d = deque_of(vm, &args.pos[0])?;
    let n = d.items.borrow().len();
    for i in 0..n {
        let Some(item) = d.items.borrow().get(i).cloned() else { break };
        let r = vm.eq(&item, &args.pos[1]);
        if d.items.borrow().len() != n {
            return vm.index_error("deque mutated during iteration");
        }
        match r {
            Ok(true) => {
                let old = d.items.borrow_mut().remove(i);
                d.bump();
                drop(old);
                return Ok(Value::None);
            }
            Ok(false) => {}
            Err(e) => {
                if n > 1 {
                    d.bump();
                }
                return Err(e);
            }
        }
    }
    if n > 1 {
        d.bump();
    }
    let r = vm.repr_string(&args.pos[1])?;
    vm.value_error(format!("{r} is not in deque"))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "reverse", 0, 0)?;
    let d = deque_of(vm, &args.pos[0])?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "rotate", 0, 1)?;
    let k = match args.pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let d = deque_of(vm, &args.pos[0])?;
    let mut items = d.items.borrow_mut();
    let n = items.len();
    if n <= 1 {
        return Ok(Value::None);
    }
    d.bump();
    items.rotate_right(k.rem_euclid(n as i64) as usize);
    Ok(Value::None)
}

fn get_maxlen(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match deque_of(vm, v)?.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

/// `d[i]` (`getitem_builtin`): int indexes only.
pub fn getitem(vm: &mut Vm, d: &DequeData, key: &Value) -> PyResult {
    let i = position(vm, d, key)?;
    match d.items.borrow().get(i) {
        Some(v) => Ok(v.clone()),
        None => vm.index_error("deque index out of range"),
    }
}

/// The position an index names (`sq_item`'s conversion and check).
fn position(vm: &mut Vm, d: &DequeData, key: &Value) -> PyResult<usize> {
    let n = d.items.borrow().len();
    if let Value::Int(i) = key {
        if let Some(j) = crate::subscript::seq_index(*i, n) {
            return Ok(j);
        }
        return vm.index_error("deque index out of range");
    }
    match vm.seq_index(key, n, "deque")? {
        Some(j) => Ok(j),
        None => vm.type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))),
    }
}

/// `d[i] = v` (`setitem_builtin`): not a change for iterators.
pub fn setitem_at(vm: &mut Vm, d: &DequeData, key: &Value, value: Value) -> PyResult<()> {
    let i = position(vm, d, key)?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

/// `del d[i]` (`delitem_builtin`).
pub fn delitem_at(vm: &mut Vm, d: &DequeData, key: &Value) -> PyResult<()> {
    let i = position(vm, d, key)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(())
}

/// `__getitem__`: as `d[i]`, but an index past C's ssize_t is an
/// OverflowError here (CPython's `wrap_sq_item`).
fn getitem_method(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getitem__", 1, 1)?;
    if let Some(IntVal::Big(_)) = as_int(&args.pos[1]) {
        return vm.overflow_error("cannot fit 'int' into an index-sized integer");
    }
    let d = deque_of(vm, &args.pos[0])?;
    getitem(vm, d, &args.pos[1])
}

/// A new iterator over the deque `me` (`iter_builtin`, `__reversed__`).
pub fn iter_state(d: &DequeData, me: &Value, reverse: bool) -> IterState {
    IterState::Deque { deque: me.clone(), state: d.state.get(), counter: d.items.borrow().len(), reverse }
}

/// The next item of a deque iterator (`next_builtin`).
pub fn iter_next(vm: &mut Vm, st: &mut IterState) -> PyResult<Option<Value>> {
    let IterState::Deque { deque, state, counter, reverse } = st else { return Ok(None) };
    let Value::Obj(o) = &*deque else { return Ok(None) };
    let Payload::Deque(d) = &o.payload else { return Ok(None) };
    if d.state.get() != *state {
        *counter = 0;
        return vm.err("RuntimeError", "deque mutated during iteration");
    }
    if *counter == 0 {
        return Ok(None);
    }
    let items = d.items.borrow();
    let at = if *reverse { *counter - 1 } else { items.len() - *counter };
    *counter -= 1;
    Ok(items.get(at).cloned())
}

pub fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reversed__", 0, 0)?;
    let d = deque_of(vm, &args.pos[0])?;
    let st = iter_state(d, &args.pos[0], true);
    let cls = vm.types.deque_reverse_iterator.clone();
    Ok(vm.new_object(cls, Payload::Iter(std::cell::RefCell::new(st))))
}

/// `__reduce__`: `(type(d), () or ((), maxlen), __dict__ or None, iter(d))`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    let me = args.pos[0].clone();
    let maxlen = deque_of(vm, &me)?.maxlen.get();
    let dict = match vm.getattr_opt(&me, "__dict__") {
        Ok(Some(d)) => d,
        Ok(None) => Value::None,
        Err(e) if vm.exc_matches(&e, "AttributeError") => Value::None,
        Err(e) => return Err(e),
    };
    let it = vm.iter(&me)?;
    let cls = Value::Obj(vm.type_of(&me));
    let empty = vm.new_tuple(vec![]);
    let ctor_args = match maxlen {
        None => empty,
        Some(m) => vm.new_tuple(vec![empty, Value::Int(m as i64)]),
    };
    Ok(vm.new_tuple(vec![cls, ctor_args, dict, it]))
}

/// `d * n` (and `n * d`) once `n` is an int: a copy repeated in place.
fn repeat(vm: &mut Vm, me: &Value, n: i64) -> PyResult {
    let r = copy_of(vm, me)?;
    repeat_in_place(vm, &r, n)?;
    Ok(r)
}

/// `d *= n` (CPython's `deque_inplace_repeat`): past `maxlen`, only the
/// last `maxlen` items of the repetition stay.
fn repeat_in_place(vm: &mut Vm, me: &Value, n: i64) -> PyResult<()> {
    let d = deque_of(vm, me)?;
    let size = d.items.borrow().len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        clear_items(d);
        return Ok(());
    }
    let mut n = n as usize;
    if d.maxlen.get().is_none() {
        vm.check_alloc(size.saturating_mul(n), std::mem::size_of::<Value>())?;
    }
    if let Some(m) = d.maxlen.get() {
        if n.saturating_mul(size) > m {
            n = m.div_ceil(size);
        }
    }
    let seq: Vec<Value> = d.items.borrow().iter().cloned().collect();
    let mut trimmed = Vec::new();
    for _ in 1..n {
        for x in &seq {
            trimmed.extend(push(d, x.clone(), false));
        }
    }
    drop(trimmed);
    Ok(())
}

/// An `n` for `*`: the int value of an int or `__index__` object, as
/// CPython's `sequence_repeat` (None: not an index).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    let Some(i) = vm.index_value(n)? else { return Ok(None) };
    match as_int(&i) {
        Some(IntVal::Small(k)) => Ok(Some(k)),
        _ => {
            let tn = vm.type_name(&i);
            vm.overflow_error(&format!("cannot fit '{tn}' into an index-sized integer"))
        }
    }
}

/// A value of a builtin type with CPython's `sq_repeat` (other than deque).
fn is_builtin_sequence(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_)))
}

fn is_deque(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Deque(_)))
}

/// `d + other`: other must be a deque.
fn concat(vm: &mut Vm, me: &Value, other: &Value) -> PyResult {
    if !is_deque(other) {
        return vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(other)));
    }
    let r = copy_of(vm, me)?;
    extend_with(vm, &r, other, false)?;
    Ok(r)
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__add__", 1, 1)?;
    concat(vm, &args.pos[0], &args.pos[1])
}

fn mul(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__mul__", 1, 1)?;
    let n = ssize_arg(vm, &args.pos[1])?;
    repeat(vm, &args.pos[0], n)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__imul__", 1, 1)?;
    let n = ssize_arg(vm, &args.pos[1])?;
    repeat_in_place(vm, &args.pos[0], n)?;
    Ok(args.pos[0].clone())
}

/// `+` and `*` with a deque operand (`binary_builtin`); None when neither
/// operand is a deque.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add if is_deque(a) => concat(vm, a, b).map(Some),
        // `'ab' * d`: the str's repeat names the deque (`binop_fallback`).
        BinOp::Mul if is_deque(a) || (is_deque(b) && !is_builtin_sequence(a)) => {
            let (seq, n) = if is_deque(a) { (a, b) } else { (b, a) };
            match repeat_count(vm, n)? {
                Some(k) => repeat(vm, seq, k).map(Some),
                None => {
                    let tn = vm.type_name(n);
                    vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'"))
                }
            }
        }
        _ => Ok(None),
    }
}

/// `d += x` and `d *= n` for an exact deque (`inplace_op`); None for
/// other operators.
pub fn inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            extend_with(vm, a, b, false)?;
            Ok(Some(a.clone()))
        }
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(k) => {
                repeat_in_place(vm, a, k)?;
                Ok(Some(a.clone()))
            }
            None => {
                let tn = vm.type_name(b);
                vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'"))
            }
        },
        _ => Ok(None),
    }
}

/// Rich comparison of two deques (`compare_builtin`): item by item as
/// CPython's `deque_richcompare`, through iterators that notice a deque
/// changed by an item's `__eq__`; the result is always a bool.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult {
    let (da, db) = (deque_of(vm, a)?, deque_of(vm, b)?);
    let (na, nb) = (da.items.borrow().len(), db.items.borrow().len());
    match op {
        CmpOp::Eq | CmpOp::Ne if a.is(b) || na != nb => return Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq))),
        _ => {}
    }
    let (sa, sb) = (da.state.get(), db.state.get());
    let mut i = 0;
    let (x, y) = loop {
        let x = if i < na { item_at(vm, da, i, sa)? } else { None };
        let y = if i < nb { item_at(vm, db, i, sb)? } else { None };
        let (Some(xv), Some(yv)) = (&x, &y) else { break (x, y) };
        if !vm.eq(xv, yv)? {
            let r = match op {
                CmpOp::Eq => false,
                CmpOp::Ne => true,
                _ => {
                    let r = vm.compare(xv, yv, op)?;
                    vm.truthy(&r)?
                }
            };
            return Ok(Value::Bool(r));
        }
        i += 1;
    };
    let r = match op {
        CmpOp::Lt => y.is_some(),
        CmpOp::Le => x.is_none(),
        CmpOp::Eq => x.is_none() && y.is_none(),
        CmpOp::Ne => x.is_some() || y.is_some(),
        CmpOp::Gt => x.is_some(),
        CmpOp::Ge => y.is_none(),
    };
    Ok(Value::Bool(r))
}
