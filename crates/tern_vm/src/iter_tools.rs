//! The itertools iterators, native but for `tee`: `groupby` (and its
//! `_grouper`s), `chain`,
//! `islice`, `count`, `repeat`, `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`, `cycle`, `accumulate`, `starmap`,
//! `takewhile`, `dropwhile`, `filterfalse`, `compress`, `pairwise` and
//! `zip_longest`. Each is a type
//! (`itertools.chain`...) whose instances hold an [`IterState::Tool`];
//! the frozen `itertools` module exports these types in place of its
//! Python classes. Arguments, results and messages follow CPython's
//! `itertoolsmodule.c`.

use crate::function::Args;
use crate::int::as_int;
use crate::iter::IterState;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The state of one native itertools iterator.
pub enum Tool {
    Chain {
        /// The iterator over the iterables (None once exhausted).
        sources: Option<Value>,
        /// The iterator of the iterable being drained.
        active: Option<Value>,
    },
    Islice {
        it: Option<Value>,
        /// Index of the next item to yield, items consumed, and the stop.
        next: usize,
        count: usize,
        stop: Option<usize>,
        step: usize,
    },
    Count {
        n: Value,
        step: Value,
    },
    Repeat {
        obj: Value,
        left: Option<usize>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        /// The `initial` value, yielded first.
        initial: Option<Value>,
    },
    /// starmap, takewhile, dropwhile, filterfalse: a function and an
    /// iterator (`flag`: takewhile has stopped, dropwhile still drops).
    Apply {
        kind: ApplyKind,
        func: Value,
        it: Value,
        flag: bool,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    GroupBy(Box<GroupBy>),
    /// One group of a groupby: valid while the groupby's `generation` is
    /// still `generation`.
    Grouper {
        parent: Value,
        key: Value,
        generation: u64,
    },
    /// product, permutations, combinations(_with_replacement): indices
    /// into `pools` advanced in lexicographic order.
    Indices(Box<Indices>),
}

pub struct Indices {
    kind: Kind,
    pools: Vec<Vec<Value>>,
    r: usize,
    idx: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

/// A groupby's state (CPython's `groupbyobject`).
pub struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Bumped at each group: older `_grouper`s stop.
    generation: u64,
    /// The groupby object itself, for the groupers it makes.
    this: std::rc::Weak<PyObject>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum ApplyKind {
    Starmap,
    Takewhile,
    Dropwhile,
    Filterfalse,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// (name, constructor) of each type, for `_tern_itertools`.
pub const TYPES: &[(&str, crate::function::NativeFn)] = &[
    ("chain", checked_chain),
    ("islice", checked_islice),
    ("count", checked_count),
    ("repeat", checked_repeat),
    ("product", checked_product),
    ("permutations", checked_permutations),
    ("combinations", checked_combinations),
    ("combinations_with_replacement", checked_cwr),
    ("cycle", checked_cycle),
    ("accumulate", checked_accumulate),
    ("starmap", checked_starmap),
    ("takewhile", checked_takewhile),
    ("dropwhile", checked_dropwhile),
    ("filterfalse", checked_filterfalse),
    ("compress", checked_compress),
    ("pairwise", checked_pairwise),
    ("zip_longest", checked_zip_longest),
    ("groupby", checked_groupby),
    ("_grouper", checked_grouper),
];

/// `T.__new__(cls, ...)`: `cls` must be `T` or a subclass (CPython's
/// checks and messages), then the constructor.
macro_rules! checked {
    ($($name:ident: $index:expr => $f:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let owner = types(vm)[$index].clone();
            crate::builtins::new_check::check_new_call(vm, &args, &owner)?;
            $f(vm, args)
        }
    )*};
}

checked! {
    checked_chain: 0 => new_chain;
    checked_islice: 1 => new_islice;
    checked_count: 2 => new_count;
    checked_repeat: 3 => new_repeat;
    checked_product: 4 => new_product;
    checked_permutations: 5 => new_permutations;
    checked_combinations: 6 => new_combinations;
    checked_cwr: 7 => new_cwr;
    checked_cycle: 8 => new_cycle;
    checked_accumulate: 9 => new_accumulate;
    checked_starmap: 10 => new_starmap;
    checked_takewhile: 11 => new_takewhile;
    checked_dropwhile: 12 => new_dropwhile;
    checked_filterfalse: 13 => new_filterfalse;
    checked_compress: 14 => new_compress;
    checked_pairwise: 15 => new_pairwise;
    checked_zip_longest: 16 => new_zip_longest;
    checked_groupby: 17 => new_groupby;
    checked_grouper: 18 => new_grouper;
}

/// The types, in [`TYPES`] order.
fn types(vm: &Vm) -> [Obj; 19] {
    let t = &vm.types;
    [
        t.it_chain.clone(),
        t.it_islice.clone(),
        t.it_count.clone(),
        t.it_repeat.clone(),
        t.it_product.clone(),
        t.it_permutations.clone(),
        t.it_combinations.clone(),
        t.it_cwr.clone(),
        t.it_cycle.clone(),
        t.it_accumulate.clone(),
        t.it_starmap.clone(),
        t.it_takewhile.clone(),
        t.it_dropwhile.clone(),
        t.it_filterfalse.clone(),
        t.it_compress.clone(),
        t.it_pairwise.clone(),
        t.it_zip_longest.clone(),
        t.it_groupby.clone(),
        t.it_grouper.clone(),
    ]
}

pub fn install(vm: &mut Vm) {
    let all = types(vm);
    for (i, (name, new)) in TYPES.iter().enumerate() {
        let t = all[i].clone();
        if let Some(td) = t.as_type() {
            td.tp_name.set(Some(Box::leak(format!("itertools.{name}").into_boxed_str())));
        }
        crate::builtins::ctors::set_new(&t, *new);
        // Subclasses (`class MyChain(chain)`) construct through `__new__`.
        crate::builtins::ctors::add_new_staticmethod(vm, &t, name, *new);
    }
    vm.add_classmethod(&all[0], "from_iterable", chain_from_iterable);
    vm.add_method(&all[2], "__repr__", tool_repr);
    let repeat = all[3].clone();
    vm.add_method(&repeat, "__repr__", tool_repr);
    vm.add_method(&repeat, "__length_hint__", repeat_length_hint);
}

/// `_tern_itertools`: the types, for the frozen `itertools`.
pub fn init_module(vm: &mut Vm, m: &Obj) {
    for (t, (name, _)) in types(vm).into_iter().zip(TYPES) {
        vm.set_dict_item_str(m, name, Value::Obj(t));
    }
}

fn make(cls: &Value, tool: Tool) -> PyResult {
    // `checked!` made sure of a class.
    let Value::Obj(cls) = cls else { return Ok(Value::None) };
    Ok(Value::Obj(PyObject::new(cls.clone(), None, Payload::Iter(RefCell::new(IterState::Tool(Box::new(tool)))))))
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    vm.type_error(format!("{name}() takes no keyword arguments"))
}

fn new_chain(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, &args, "chain")?;
    let sources = vm.new_tuple(args.pos[1..].to_vec());
    let sources = vm.iter(&sources)?;
    make(&args.pos[0], Tool::Chain { sources: Some(sources), active: None })
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "from_iterable", 1, 1)?;
    let chain = vm.types.it_chain.clone();
    crate::builtins::new_check::check_new_call(vm, &args, &chain)?;
    let sources = vm.iter(&args.pos[1])?;
    make(&args.pos[0], Tool::Chain { sources: Some(sources), active: None })
}

fn new_islice(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, &args, "islice")?;
    let n = args.pos.len() - 1;
    if !(2..=4).contains(&n) {
        let which = if n < 2 { "least 2" } else { "most 4" };
        return vm.type_error(format!("islice expected at {which} arguments, got {n}"));
    }
    let a = &args.pos[2..];
    let bound = |vm: &mut Vm, v: &Value, msg: &str| -> PyResult<Option<usize>> {
        if v.is_none() {
            return Ok(None);
        }
        match vm.index_of(v) {
            Ok(Some(i)) if i >= 0 => Ok(Some(i as usize)),
            Ok(_) => vm.value_error(msg),
            Err(e) if vm.exc_matches(&e, "OverflowError") => vm.value_error(msg),
            Err(e) => Err(e),
        }
    };
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.len() == 1 {
        (0, bound(vm, &a[0], STOP)?, 1)
    } else {
        let start = bound(vm, &a[0], INDICES)?.unwrap_or(0);
        let stop = bound(vm, &a[1], STOP)?;
        let step = match a.get(2) {
            None => 1,
            Some(v) => match bound(vm, v, "Step for islice() must be a positive integer or None.")? {
                None => 1,
                Some(0) => return vm.value_error("Step for islice() must be a positive integer or None."),
                Some(s) => s,
            },
        };
        (start, stop, step)
    };
    let it = vm.iter(&args.pos[1])?;
    make(&args.pos[0], Tool::Islice { it: Some(it), next: start, count: 0, stop, step })
}

/// Whether CPython's `PyNumber_Check` holds (count's arguments).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)) => true,
        _ => ["__index__", "__int__", "__float__"].iter().any(|m| vm.user_special(v, m).is_some()),
    }
}

fn new_count(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, "count", &rest, &["start", "step"], 0)?;
    let n = a[0].cloned().unwrap_or(Value::Int(0));
    let step = a[1].cloned().unwrap_or(Value::Int(1));
    if !is_number(vm, &n) || !is_number(vm, &step) {
        return vm.type_error("a number is required");
    }
    make(&args.pos[0], Tool::Count { n, step })
}

fn new_repeat(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, "repeat", &rest, &["object", "times"], 1)?;
    let obj = a[0].cloned().unwrap_or(Value::None);
    let left = match a[1] {
        None => None,
        Some(t) => match vm.index_of(t)? {
            Some(i) => Some(i.max(0) as usize),
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(t))),
        },
    };
    make(&args.pos[0], Tool::Repeat { obj, left })
}

fn pool(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.iterate(v)
}

fn indices(kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> Tool {
    let n = pools.first().map_or(0, |p| p.len());
    let (idx, cycles) = match kind {
        Kind::Product => (vec![0; pools.len()], Vec::new()),
        Kind::Permutations => ((0..n).collect(), (n.saturating_sub(r) + 1..=n).rev().collect()),
        Kind::Combinations => ((0..r).collect(), Vec::new()),
        Kind::WithReplacement => (vec![0; r], Vec::new()),
    };
    Tool::Indices(Box::new(Indices { kind, pools, r, idx, cycles, started: false, done: false }))
}

fn new_product(vm: &mut Vm, args: Args) -> PyResult {
    let mut repeat = 1;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if crate::builtins::str_of(k) != Some("repeat") {
            let k = crate::builtins::str_of(k).unwrap_or("");
            return vm.type_error(format!("'{k}' is an invalid keyword argument for product()"));
        }
        repeat = match vm.index_of(v)? {
            Some(r) if r < 0 => return vm.value_error("repeat argument cannot be negative"),
            Some(r) => r as usize,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        };
    }
    let mut pools = Vec::new();
    for it in &args.pos[1..] {
        pools.push(pool(vm, it)?);
    }
    vm.check_alloc(pools.len().saturating_mul(repeat), std::mem::size_of::<Vec<Value>>())?;
    let all: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    make(&args.pos[0], indices(Kind::Product, all, 0))
}

/// `r` of permutations/combinations: a non-negative int.
fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match as_int(v) {
        Some(_) => match vm.index_of(v)? {
            Some(r) if r < 0 => vm.value_error("r must be non-negative"),
            Some(r) => Ok(r as usize),
            None => vm.type_error("Expected int as r"),
        },
        None => vm.type_error("Expected int as r"),
    }
}

fn new_permutations(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, "permutations", &rest, &["iterable", "r"], 1)?;
    let items = pool(vm, a[0].unwrap_or(&Value::None))?;
    let r = match a[1] {
        None | Some(Value::None) => items.len(),
        Some(v) => r_arg(vm, v)?,
    };
    make(&args.pos[0], indices(Kind::Permutations, vec![items], r))
}

fn combinations_of(vm: &mut Vm, args: Args, name: &str, kind: Kind) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, name, &rest, &["iterable", "r"], 2)?;
    let items = pool(vm, a[0].unwrap_or(&Value::None))?;
    let r = r_arg(vm, a[1].unwrap_or(&Value::None))?;
    make(&args.pos[0], indices(kind, vec![items], r))
}

fn new_combinations(vm: &mut Vm, args: Args) -> PyResult {
    combinations_of(vm, args, "combinations", Kind::Combinations)
}

fn new_cwr(vm: &mut Vm, args: Args) -> PyResult {
    combinations_of(vm, args, "combinations_with_replacement", Kind::WithReplacement)
}

/// Exactly `n` positional arguments and no keywords (`cycle expected 1
/// argument, got 2`).
fn positional<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, name)?;
    let got = args.pos.len() - 1;
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return vm.type_error(format!("{name} expected {n} argument{s}, got {got}"));
    }
    Ok(&args.pos[1..])
}

fn new_cycle(vm: &mut Vm, args: Args) -> PyResult {
    let a = positional(vm, &args, "cycle", 1)?;
    let it = vm.iter(&a[0])?;
    make(&args.pos[0], Tool::Cycle { it: Some(it), saved: Vec::new(), index: 0 })
}

fn new_accumulate(vm: &mut Vm, args: Args) -> PyResult {
    let mut initial = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if crate::builtins::str_of(k) == Some("initial") {
            initial = Some(v.clone()).filter(|v| !v.is_none());
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    if args.pos.len() > 3 {
        return vm.type_error(format!("accumulate() takes at most 2 positional arguments ({} given)", args.pos.len() - 1));
    }
    let rest = Args { pos: &args.pos[1..], kwnames: &kwnames, kwvals: &kwvals };
    let a = crate::modules::tern_binascii::parse(vm, "accumulate", &rest, &["iterable", "func"], 1)?;
    let it = vm.iter(a[0].unwrap_or(&Value::None))?;
    let func = a[1].cloned().unwrap_or(Value::None);
    make(&args.pos[0], Tool::Accumulate { it, func, total: None, initial })
}

fn apply(vm: &mut Vm, args: Args, name: &str, kind: ApplyKind) -> PyResult {
    let a = positional(vm, &args, name, 2)?;
    let it = vm.iter(&a[1])?;
    make(&args.pos[0], Tool::Apply { kind, func: a[0].clone(), it, flag: kind == ApplyKind::Dropwhile })
}

fn new_starmap(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, args, "starmap", ApplyKind::Starmap)
}

fn new_takewhile(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, args, "takewhile", ApplyKind::Takewhile)
}

fn new_dropwhile(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, args, "dropwhile", ApplyKind::Dropwhile)
}

fn new_filterfalse(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, args, "filterfalse", ApplyKind::Filterfalse)
}

fn new_compress(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    if rest.pos.len() + rest.kwnames.len() > 2 && !rest.kwnames.is_empty() {
        return vm.type_error(format!("compress() takes at most 2 keyword arguments ({} given)", rest.pos.len() + rest.kwnames.len()));
    }
    let a = crate::modules::tern_binascii::parse(vm, "compress", &rest, &["data", "selectors"], 2)?;
    let data = vm.iter(a[0].unwrap_or(&Value::None))?;
    let selectors = vm.iter(a[1].unwrap_or(&Value::None))?;
    make(&args.pos[0], Tool::Compress { data, selectors })
}

fn new_pairwise(vm: &mut Vm, args: Args) -> PyResult {
    let a = positional(vm, &args, "pairwise", 1)?;
    let it = vm.iter(&a[0])?;
    make(&args.pos[0], Tool::Pairwise { it: Some(it), old: None })
}

fn new_zip_longest(vm: &mut Vm, args: Args) -> PyResult {
    let mut fill = Value::None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if crate::builtins::str_of(k) != Some("fillvalue") {
            return vm.type_error("zip_longest() got an unexpected keyword argument");
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(args.pos.len() - 1);
    for a in &args.pos[1..] {
        its.push(Some(vm.iter(a)?));
    }
    let active = its.len();
    make(&args.pos[0], Tool::ZipLongest { its, active, fill })
}

fn new_groupby(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, "groupby", &rest, &["iterable", "key"], 1)?;
    let it = vm.iter(a[0].unwrap_or(&Value::None))?;
    let keyfunc = a[1].cloned().unwrap_or(Value::None);
    let state = GroupBy { it, keyfunc, tgtkey: None, currkey: None, currvalue: None, generation: 0, this: std::rc::Weak::new() };
    let v = make(&args.pos[0], Tool::GroupBy(Box::new(state)))?;
    if let Value::Obj(o) = &v {
        if let Payload::Iter(st) = &o.payload {
            if let IterState::Tool(t) = &mut *st.borrow_mut() {
                if let Tool::GroupBy(g) = &mut **t {
                    g.this = std::rc::Rc::downgrade(o);
                }
            }
        }
    }
    Ok(v)
}

/// `_grouper(parent, tgtkey)`, as CPython lets it be called.
fn new_grouper(vm: &mut Vm, args: Args) -> PyResult {
    let a = positional(vm, &args, "_grouper", 2)?;
    let generation = match group_state(&a[0]) {
        Some(st) => match &*st.borrow() {
            IterState::Tool(t) => match &**t {
                Tool::GroupBy(g) => g.generation,
                _ => 0,
            },
            _ => 0,
        },
        None => return vm.type_error(format!("_grouper() argument 1 must be itertools.groupby, not {}", vm.type_name(&a[0]))),
    };
    make(&args.pos[0], Tool::Grouper { parent: a[0].clone(), key: a[1].clone(), generation })
}

/// The state cell of a groupby object.
fn group_state(v: &Value) -> Option<&RefCell<IterState>> {
    let Value::Obj(o) = v else { return None };
    let Payload::Iter(st) = &o.payload else { return None };
    matches!(&*st.borrow(), IterState::Tool(t) if matches!(**t, Tool::GroupBy(_))).then_some(st)
}

fn with_group<R>(st: &RefCell<IterState>, f: impl FnOnce(&mut GroupBy) -> R) -> Option<R> {
    match &mut *st.borrow_mut() {
        IterState::Tool(t) => match &mut **t {
            Tool::GroupBy(g) => Some(f(g)),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// CPython's `groupby_step`: the next value and its key; false at the end.
    fn group_step(&mut self, st: &RefCell<IterState>) -> PyResult<bool> {
        let Some((it, keyfunc)) = with_group(st, |g| (g.it.clone(), g.keyfunc.clone())) else { return Ok(false) };
        let Some(v) = self.next(&it)? else { return Ok(false) };
        let k = if keyfunc.is_none() { v.clone() } else { self.call(&keyfunc, Args::new(std::slice::from_ref(&v)))? };
        with_group(st, |g| {
            g.currvalue = Some(v);
            g.currkey = Some(k);
        });
        Ok(true)
    }

    /// The next `(key, group)` of a groupby.
    fn groupby_next(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        with_group(st, |g| g.generation += 1);
        loop {
            let Some((curr, tgt)) = with_group(st, |g| (g.currkey.clone(), g.tgtkey.clone())) else { return Ok(None) };
            match (curr, tgt) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !self.eq(&t, &c)? {
                        break;
                    }
                }
            }
            if !self.group_step(st)? {
                return Ok(None);
            }
        }
        let Some((key, generation, this)) = with_group(st, |g| {
            g.tgtkey = g.currkey.clone();
            (g.currkey.clone().unwrap_or(Value::None), g.generation, g.this.upgrade())
        }) else {
            return Ok(None);
        };
        let Some(parent) = this else { return Ok(None) };
        let grouper = Tool::Grouper { parent: Value::Obj(parent), key: key.clone(), generation };
        let cls = Value::Obj(self.types.it_grouper.clone());
        let g = make(&cls, grouper)?;
        Ok(Some(self.new_tuple(vec![key, g])))
    }

    /// The next item of a `_grouper`: the groupby's current value while
    /// its key equals the group's.
    fn grouper_next(&mut self, parent: &Value, key: &Value, generation: u64) -> PyResult<Option<Value>> {
        let Some(st) = group_state(parent) else { return Ok(None) };
        if with_group(st, |g| g.generation) != Some(generation) {
            return Ok(None);
        }
        if with_group(st, |g| g.currvalue.is_none()) == Some(true) && !self.group_step(st)? {
            return Ok(None);
        }
        let Some(Some(curr)) = with_group(st, |g| g.currkey.clone()) else { return Ok(None) };
        if !self.eq(key, &curr)? {
            return Ok(None);
        }
        Ok(with_group(st, |g| {
            g.currkey = None;
            g.currvalue.take()
        })
        .flatten())
    }
}

fn tool_of<'a>(vm: &mut Vm, v: &'a Value, name: &str) -> PyResult<&'a RefCell<IterState>> {
    if let Value::Obj(o) = v {
        if let Payload::Iter(st) = &o.payload {
            if matches!(&*st.borrow(), IterState::Tool(_) | IterState::Exhausted) {
                return Ok(st);
            }
        }
    }
    vm.type_error(format!("descriptor '{name}' requires an itertools object"))
}

/// The repr of a count or repeat (`count(5)`, `repeat('x', 2)`), None
/// for the others (they have object's).
pub fn repr_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Value::Obj(o) = v else { return Ok(None) };
    let Payload::Iter(st) = &o.payload else { return Ok(None) };
    let (a, b, is_count) = match &*st.borrow() {
        IterState::Tool(t) => match &**t {
            Tool::Count { n, step } => (n.clone(), Some(step.clone()), true),
            Tool::Repeat { obj, left } => (obj.clone(), left.map(|k| Value::Int(k as i64)), false),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    // The short name, as CPython's `_PyType_Name`.
    let name = o.class().as_type().map(|t| t.name()).unwrap_or_default();
    let first = vm.repr_string(&a)?;
    // count's step shows unless it is the int 1.
    let second = match b {
        Some(Value::Int(1)) if is_count => None,
        Some(x) => Some(vm.repr_string(&x)?),
        None => None,
    };
    Ok(Some(match second {
        Some(s) => format!("{name}({first}, {s})"),
        None => format!("{name}({first})"),
    }))
}

fn tool_repr(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "__repr__", 0, 0)?;
    match repr_text(vm, &args.pos[0])? {
        Some(s) => Ok(vm.new_string(s)),
        None => vm.type_error("descriptor '__repr__' requires an itertools object"),
    }
}

fn repeat_state(vm: &mut Vm, v: &Value) -> PyResult<(Value, Option<usize>)> {
    let st = tool_of(vm, v, "__length_hint__")?;
    let r = match &*st.borrow() {
        IterState::Tool(t) => match &**t {
            Tool::Repeat { obj, left } => (obj.clone(), *left),
            _ => (Value::None, Some(0)),
        },
        _ => (Value::None, Some(0)),
    };
    Ok(r)
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    match repeat_state(vm, &args.pos[0])?.1 {
        Some(n) => Ok(Value::Int(n as i64)),
        None => vm.type_error("len() of unsized object"),
    }
}

/// Items a repeat has left (`length_hint`).
pub fn remaining(t: &Tool) -> Option<usize> {
    match t {
        Tool::Repeat { left, .. } => *left,
        _ => None,
    }
}

impl Vm {
    /// The next item of a native itertools iterator (`st` holds a
    /// `Tool`); the borrow is released around calls into Python code.
    pub(crate) fn tool_next(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        enum Step {
            Chain(Option<Value>, Option<Value>),
            Islice(Value),
        }
        let step = {
            let mut s = st.borrow_mut();
            let IterState::Tool(t) = &mut *s else { return Ok(None) };
            match &mut **t {
                Tool::Count { n, step } => {
                    let cur = n.clone();
                    let next = match (&cur, &*step) {
                        (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Some(Value::Int(a + b)),
                        _ => None,
                    };
                    if let Some(next) = next {
                        *n = next;
                        return Ok(Some(cur));
                    }
                    let step = step.clone();
                    drop(s);
                    let next = self.binary_op(&cur, &step, tern_bytecode::BinOp::Add)?;
                    if let IterState::Tool(t) = &mut *st.borrow_mut() {
                        if let Tool::Count { n, .. } = &mut **t {
                            *n = next;
                        }
                    }
                    return Ok(Some(cur));
                }
                Tool::Repeat { obj, left } => {
                    return Ok(match left {
                        None => Some(obj.clone()),
                        Some(0) => None,
                        Some(k) => {
                            *k -= 1;
                            Some(obj.clone())
                        }
                    });
                }
                Tool::Indices(ix) => return Ok(ix.advance(self)),
                Tool::Cycle { it: None, saved, index } => {
                    if saved.is_empty() {
                        return Ok(None);
                    }
                    let v = saved[*index].clone();
                    *index = (*index + 1) % saved.len();
                    return Ok(Some(v));
                }
                Tool::Chain { sources, active } => Step::Chain(sources.clone(), active.clone()),
                Tool::Islice { it: None, .. } => return Ok(None),
                Tool::Islice { it: Some(it), .. } => Step::Islice(it.clone()),
                Tool::GroupBy(_) => {
                    drop(s);
                    return self.groupby_next(st);
                }
                Tool::Grouper { parent, key, generation } => {
                    let (parent, key, generation) = (parent.clone(), key.clone(), *generation);
                    drop(s);
                    return self.grouper_next(&parent, &key, generation);
                }
                _ => {
                    drop(s);
                    return self.tool_next_calling(st);
                }
            }
        };
        match step {
            Step::Chain(mut sources, mut active) => loop {
                if let Some(a) = &active {
                    if let Some(v) = self.next(a)? {
                        return Ok(Some(v));
                    }
                    active = None;
                    set_chain(st, sources.clone(), None);
                }
                let Some(src) = sources.clone() else { return Ok(None) };
                match self.next(&src)? {
                    Some(iterable) => {
                        let it = self.iter(&iterable)?;
                        active = Some(it);
                        set_chain(st, Some(src), active.clone());
                    }
                    None => {
                        sources = None;
                        set_chain(st, None, None);
                    }
                }
            },
            Step::Islice(it) => {
                // As CPython's islice_next: skip to `next`, stop at `stop`.
                loop {
                    let (mut skip, mut stop_now) = (false, false);
                    with_islice(st, |_, next, count, stop, _| {
                        skip = *count < *next;
                        stop_now = stop.is_some_and(|s| *count >= s);
                    });
                    if skip {
                        let got = self.next(&it)?;
                        with_islice(st, |slot, _, count, _, _| match got {
                            None => *slot = None,
                            Some(_) => *count += 1,
                        });
                        if with_islice_done(st) {
                            return Ok(None);
                        }
                        continue;
                    }
                    if stop_now {
                        with_islice(st, |slot, _, _, _, _| *slot = None);
                        return Ok(None);
                    }
                    break;
                }
                let item = self.next(&it)?;
                with_islice(st, |slot, next, count, stop, step| match &item {
                    None => *slot = None,
                    Some(_) => {
                        *count += 1;
                        let old = *next;
                        *next = next.saturating_add(*step);
                        if let Some(s) = *stop {
                            if *next < old || *next > s {
                                *next = s;
                            }
                        }
                    }
                });
                Ok(item)
            }
        }
    }
}

impl Vm {
    /// The iterators whose every step calls into Python code: the state is
    /// copied out, the borrow released, and the state written back.
    fn tool_next_calling(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let snapshot = {
            let s = st.borrow();
            let IterState::Tool(t) = &*s else { return Ok(None) };
            match &**t {
                Tool::Cycle { it: Some(it), .. } => Snap::Cycle(it.clone()),
                Tool::Accumulate { it, func, total, initial } => Snap::Accumulate(it.clone(), func.clone(), total.clone(), initial.clone()),
                Tool::Apply { kind, func, it, flag } => Snap::Apply(*kind, func.clone(), it.clone(), *flag),
                Tool::Compress { data, selectors } => Snap::Compress(data.clone(), selectors.clone()),
                Tool::Pairwise { it: Some(it), old } => Snap::Pairwise(it.clone(), old.clone()),
                Tool::ZipLongest { its, active, fill } => Snap::ZipLongest(its.clone(), *active, fill.clone()),
                _ => return Ok(None),
            }
        };
        let update = |st: &RefCell<IterState>, f: &mut dyn FnMut(&mut Tool)| {
            if let IterState::Tool(t) = &mut *st.borrow_mut() {
                f(t);
            }
        };
        match snapshot {
            Snap::Cycle(it) => match self.next(&it)? {
                Some(v) => {
                    update(st, &mut |t| {
                        if let Tool::Cycle { saved, .. } = t {
                            saved.push(v.clone());
                        }
                    });
                    Ok(Some(v))
                }
                None => {
                    let mut first = None;
                    update(st, &mut |t| {
                        if let Tool::Cycle { it, saved, index } = t {
                            *it = None;
                            first = saved.first().cloned();
                            *index = if saved.len() > 1 { 1 } else { 0 };
                        }
                    });
                    Ok(first)
                }
            },
            Snap::Accumulate(it, func, total, initial) => {
                if let Some(init) = initial {
                    update(st, &mut |t| {
                        if let Tool::Accumulate { total, initial, .. } = t {
                            *total = Some(init.clone());
                            *initial = None;
                        }
                    });
                    return Ok(Some(init));
                }
                let Some(v) = self.next(&it)? else { return Ok(None) };
                let next = match total {
                    None => v,
                    Some(t) if func.is_none() => self.binary_op(&t, &v, tern_bytecode::BinOp::Add)?,
                    Some(t) => self.call(&func, Args::new(&[t, v]))?,
                };
                update(st, &mut |t| {
                    if let Tool::Accumulate { total, .. } = t {
                        *total = Some(next.clone());
                    }
                });
                Ok(Some(next))
            }
            Snap::Apply(kind, func, it, flag) => loop {
                if kind == ApplyKind::Takewhile && flag {
                    return Ok(None);
                }
                let Some(v) = self.next(&it)? else { return Ok(None) };
                match kind {
                    ApplyKind::Starmap => {
                        let args = match &v {
                            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => self.seq_items(&v),
                            _ => self.iterate(&v)?,
                        };
                        return Ok(Some(self.call(&func, Args::new(&args))?));
                    }
                    ApplyKind::Dropwhile if !flag => return Ok(Some(v)),
                    _ => {}
                }
                let r = if func.is_none() { v.clone() } else { self.call(&func, Args::new(std::slice::from_ref(&v)))? };
                let truth = self.truthy(&r)?;
                match kind {
                    ApplyKind::Takewhile if truth => return Ok(Some(v)),
                    ApplyKind::Takewhile => {
                        update(st, &mut |t| {
                            if let Tool::Apply { flag, .. } = t {
                                *flag = true;
                            }
                        });
                        return Ok(None);
                    }
                    ApplyKind::Dropwhile if truth => continue,
                    ApplyKind::Dropwhile => {
                        update(st, &mut |t| {
                            if let Tool::Apply { flag, .. } = t {
                                *flag = false;
                            }
                        });
                        return Ok(Some(v));
                    }
                    _ if !truth => return Ok(Some(v)),
                    _ => continue,
                }
            },
            Snap::Compress(data, selectors) => loop {
                let Some(d) = self.next(&data)? else { return Ok(None) };
                let Some(s) = self.next(&selectors)? else { return Ok(None) };
                if self.truthy(&s)? {
                    return Ok(Some(d));
                }
            },
            Snap::Pairwise(it, old) => {
                let old = match old {
                    Some(o) => o,
                    None => match self.next(&it)? {
                        Some(o) => o,
                        None => {
                            update(st, &mut |t| {
                                if let Tool::Pairwise { it, .. } = t {
                                    *it = None;
                                }
                            });
                            return Ok(None);
                        }
                    },
                };
                let Some(new) = self.next(&it)? else {
                    update(st, &mut |t| {
                        if let Tool::Pairwise { it, old } = t {
                            *it = None;
                            *old = None;
                        }
                    });
                    return Ok(None);
                };
                update(st, &mut |t| {
                    if let Tool::Pairwise { old: o, .. } = t {
                        *o = Some(new.clone());
                    }
                });
                Ok(Some(self.new_tuple(vec![old, new])))
            }
            Snap::ZipLongest(its, mut active, fill) => {
                if its.is_empty() || active == 0 {
                    return Ok(None);
                }
                let mut row = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    let Some(it) = it else {
                        row.push(fill.clone());
                        continue;
                    };
                    match self.next(it)? {
                        Some(v) => row.push(v),
                        None => {
                            active -= 1;
                            update(st, &mut |t| {
                                if let Tool::ZipLongest { its, active: a, .. } = t {
                                    its[i] = None;
                                    *a = active;
                                }
                            });
                            if active == 0 {
                                return Ok(None);
                            }
                            row.push(fill.clone());
                        }
                    }
                }
                Ok(Some(self.new_tuple(row)))
            }
        }
    }
}

/// A copy of the state an iterator step needs while no borrow is held.
enum Snap {
    Cycle(Value),
    Accumulate(Value, Value, Option<Value>, Option<Value>),
    Apply(ApplyKind, Value, Value, bool),
    Compress(Value, Value),
    Pairwise(Value, Option<Value>),
    ZipLongest(Vec<Option<Value>>, usize, Value),
}

/// Whether an islice has let go of its iterator (exhausted).
fn with_islice_done(st: &RefCell<IterState>) -> bool {
    let mut done = false;
    with_islice(st, |slot, _, _, _, _| done = slot.is_none());
    done
}

fn set_chain(st: &RefCell<IterState>, s: Option<Value>, a: Option<Value>) {
    if let IterState::Tool(t) = &mut *st.borrow_mut() {
        if let Tool::Chain { sources, active } = &mut **t {
            *sources = s;
            *active = a;
        }
    }
}

fn with_islice(st: &RefCell<IterState>, f: impl FnOnce(&mut Option<Value>, &mut usize, &mut usize, &Option<usize>, &usize)) {
    if let IterState::Tool(t) = &mut *st.borrow_mut() {
        if let Tool::Islice { it, next, count, stop, step } = &mut **t {
            f(it, next, count, stop, step);
        }
    }
}

impl Indices {
    /// The next tuple, or None when done.
    fn advance(&mut self, vm: &mut Vm) -> Option<Value> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
            let n = self.pools.first().map_or(0, |p| p.len());
            let empty = match self.kind {
                Kind::Product => self.pools.iter().any(|p| p.is_empty()),
                Kind::Permutations | Kind::Combinations => self.r > n,
                Kind::WithReplacement => n == 0 && self.r > 0,
            };
            if empty {
                self.done = true;
                return None;
            }
            return Some(self.current(vm));
        }
        let more = match self.kind {
            Kind::Product => self.step_product(),
            Kind::Permutations => self.step_permutations(),
            Kind::Combinations => self.step_combinations(),
            Kind::WithReplacement => self.step_with_replacement(),
        };
        if !more {
            self.done = true;
            return None;
        }
        Some(self.current(vm))
    }

    fn current(&self, vm: &mut Vm) -> Value {
        let items = match self.kind {
            Kind::Product => self.idx.iter().enumerate().map(|(i, &j)| self.pools[i][j].clone()).collect(),
            _ => self.idx[..self.r].iter().map(|&j| self.pools[0][j].clone()).collect(),
        };
        vm.new_tuple(items)
    }

    fn step_product(&mut self) -> bool {
        for i in (0..self.idx.len()).rev() {
            self.idx[i] += 1;
            if self.idx[i] < self.pools[i].len() {
                return true;
            }
            self.idx[i] = 0;
        }
        false
    }

    fn step_permutations(&mut self) -> bool {
        let n = self.pools[0].len();
        if n == 0 {
            return false;
        }
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // Rotate indices[i:] left by one.
                self.idx[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.idx.swap(i, n - j);
                return true;
            }
        }
        false
    }

    fn step_combinations(&mut self) -> bool {
        let (n, r) = (self.pools[0].len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.idx[i] != i + n - r) else { return false };
        self.idx[i] += 1;
        for j in i + 1..r {
            self.idx[j] = self.idx[j - 1] + 1;
        }
        true
    }

    fn step_with_replacement(&mut self) -> bool {
        let (n, r) = (self.pools[0].len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.idx[i] != n - 1) else { return false };
        let v = self.idx[i] + 1;
        for j in i..r {
            self.idx[j] = v;
        }
        true
    }
}
