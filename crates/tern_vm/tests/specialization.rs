//! The specializer's behaviour seen from its sites: what a hot site
//! becomes, that alternating operands do not rewrite a site forever, and
//! that `specialize=off` leaves every site generic.

use tern_bytecode::Opcode;
use tern_vm::object::Payload;
use tern_vm::specialize::{site_info, SiteInfo, MAX_DEOPTS};
use tern_vm::{Config, SpecializeMode, Value, Vm};

/// Runs `src` as __main__ and returns the sites of function `name`.
fn sites_after(src: &str, name: &str, mode: SpecializeMode) -> Vec<SiteInfo> {
    let config = Config { specialize: mode, ..Config::default() };
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn({
            let src = src.to_string();
            let name = name.to_string();
            move || {
                let mut vm = Vm::new(config);
                assert_eq!(vm.run_main(&src, "<test>"), 0, "program failed");
                let main = vm.get_module("__main__").expect("__main__");
                let f = vm.getattr_str(&main, &name).ok().expect("function");
                let Value::Obj(o) = f else { panic!("not an object") };
                let Payload::Function(func) = &o.payload else { panic!("not a function") };
                let code = func.code.borrow().clone();
                site_info(&code)
            }
        })
        .expect("thread");
    handle.join().expect("join")
}

fn ops(sites: &[SiteInfo]) -> Vec<Opcode> {
    sites.iter().map(|s| s.op).collect()
}

#[test]
fn hot_sites_specialize() {
    let src = "
def f(n):
    total = 0
    for i in range(n):
        total = total + len('ab') + i
    return total
f(1000)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert!(got.contains(&Opcode::LOAD_GLOBAL_BUILTIN), "{got:?}");
    assert!(got.contains(&Opcode::BINARY_OP_ADD_INT), "{got:?}");
    assert!(got.contains(&Opcode::FOR_ITER_RANGE), "{got:?}");
    assert!(got.contains(&Opcode::CALL_LEN), "{got:?}");
}

#[test]
fn alternating_site_stops_rewriting() {
    // The addition alternates int and float operands on every execution.
    let src = "
def add(a, b):
    return a + b
def g(n):
    for i in range(n):
        if i % 2:
            add(i, i)
        else:
            add(0.5, 1.5)
g(20000)
";
    let sites = sites_after(src, "add", SpecializeMode::On);
    let binop = sites.iter().find(|s| s.op.family() == Opcode::BINARY_OP).expect("binary op site");
    assert_eq!(binop.op, Opcode::BINARY_OP, "an alternating site ends generic");
    assert_eq!(binop.deopts, MAX_DEOPTS, "after a bounded number of rewrites");
}

#[test]
fn specialize_off_stays_generic() {
    let src = "
def f(n):
    t = 0
    for i in range(n):
        t += i * 2
    return t
f(5000)
";
    for s in sites_after(src, "f", SpecializeMode::Off) {
        assert_eq!(s.op, s.op.family(), "site {} was specialized with specialize=off", s.pc);
    }
}

#[test]
fn first_mode_specializes_immediately() {
    let src = "
def f():
    return abs(-3) + 1
f()
";
    let got = ops(&sites_after(src, "f", SpecializeMode::First));
    assert!(got.contains(&Opcode::LOAD_GLOBAL_BUILTIN), "{got:?}");
}

#[test]
fn dict_watcher_rewrites_global_sites_at_once() {
    // `g` reads the builtin `len` (LOAD_GLOBAL_BUILTIN) and the global `K`
    // (LOAD_GLOBAL_MODULE). Adding a global afterwards changes the module
    // dict's keys: the watcher must rewrite both sites to LOAD_GLOBAL
    // before they run again (here they never run again).
    let src = "
K = 1
def g(n):
    t = 0
    for i in range(n):
        t += len('ab') + K
    return t
g(100)
";
    let got = ops(&sites_after(src, "g", SpecializeMode::On));
    assert!(got.contains(&Opcode::LOAD_GLOBAL_BUILTIN) && got.contains(&Opcode::LOAD_GLOBAL_MODULE), "{got:?}");
    let got = ops(&sites_after(&format!("{src}NEW_GLOBAL = 2\n"), "g", SpecializeMode::On));
    let globals: Vec<_> = got.iter().filter(|o| o.family() == Opcode::LOAD_GLOBAL).collect();
    assert!(globals.iter().all(|o| **o == Opcode::LOAD_GLOBAL), "{got:?}");
    // Replacing a value keeps the keys: the sites stay specialized.
    let got = ops(&sites_after(&format!("{src}K = 5\n"), "g", SpecializeMode::On));
    assert!(got.contains(&Opcode::LOAD_GLOBAL_MODULE), "{got:?}");
}

/// Asserts that every opcode in `want` occurs among `got`.
fn assert_has(got: &[Opcode], want: &[Opcode]) {
    for w in want {
        assert!(got.contains(w), "{w:?} missing from {got:?}");
    }
}

#[test]
fn call_members() {
    let src = "
class A:
    def m(self, x):
        return x
def f(n):
    a = A()
    lst = []
    t = 0
    for i in range(n):
        bm = a.m
        t += bm(i)
        t += len(lst)
        if isinstance(a, A):
            t += 1
        if type(a) is A:
            t += 1
        lst.append(i)
        if 'abc'.startswith('a'):
            t += 1
        t += abs(-i)
    return t
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert_has(
        &got,
        &[
            Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
            Opcode::CALL_LEN,
            Opcode::CALL_ISINSTANCE,
            Opcode::CALL_TYPE_1,
            Opcode::CALL_LIST_APPEND,
            Opcode::LOAD_METHOD_NO_DICT,
            Opcode::CALL_METHOD_DESCRIPTOR,
            Opcode::CALL_BUILTIN,
        ],
    );
}

#[test]
fn subclasses_do_not_take_exact_type_members() {
    let src = "
class L(list):
    pass
class S(str):
    pass
def f(n):
    l = L()
    s = S('abc')
    t = 0
    for i in range(n):
        l.append(i)
        t += len(s[1])
    return t
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert!(!got.contains(&Opcode::CALL_LIST_APPEND), "{got:?}");
    assert!(!got.contains(&Opcode::BINARY_SUBSCR_STR_INT), "{got:?}");
}

#[test]
fn rebound_len_deopts() {
    let src = "
import builtins
def f(n):
    t = 0
    for i in range(n):
        t += len('ab')
    return t
f(100)
builtins.len = lambda o: 0
f(100)
";
    let sites = sites_after(src, "f", SpecializeMode::On);
    let call = sites.iter().rfind(|s| s.op.family() == Opcode::CALL).expect("len call site");
    assert_ne!(call.op, Opcode::CALL_LEN, "{sites:?}");
    assert!(call.deopts >= 1, "{sites:?}");
}

#[test]
fn container_and_string_members() {
    let src = "
def f(n):
    d = {1: 2}
    st = {3}
    s = ''
    t = 0
    for i in range(n):
        if i in d:
            t += 1
        if i in st:
            t += 1
        if 'lo'[i % 2] in 'hello':
            t += 1
        t += ord('hello'[i % 5])
        s += 'x'
        for q in (1, 2):
            t += q
        for c in 'abé':
            t += ord(c)
    return t, s
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert_has(
        &got,
        &[
            Opcode::CONTAINS_OP_DICT,
            Opcode::CONTAINS_OP_SET,
            Opcode::CONTAINS_OP_STR,
            Opcode::BINARY_SUBSCR_STR_INT,
            Opcode::BINARY_OP_INPLACE_ADD_UNICODE,
            Opcode::FOR_ITER_TUPLE,
            Opcode::FOR_ITER_STR,
        ],
    );
}

#[test]
fn generator_and_property_members() {
    let src = "
class P:
    def __init__(self):
        self._v = 2
    @property
    def v(self):
        return self._v
def g(n):
    for i in range(n):
        yield i
def f(n):
    p = P()
    t = 0
    for i in g(n):
        t += p.v
    return t
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert_has(&got, &[Opcode::FOR_ITER_GEN, Opcode::LOAD_ATTR_PROPERTY]);
}

#[test]
fn module_method_member() {
    let src = "
import math
def f(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return t
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert_has(&got, &[Opcode::LOAD_METHOD_MODULE, Opcode::CALL_BUILTIN]);
}

#[test]
fn truth_test_members() {
    let src = "
def f(n):
    t = 0
    flag, none, items, text = True, None, [1], 'x'
    for i in range(n):
        if i:
            t += 1
        if flag:
            t += 1
        if not none:
            t += 1
        if items:
            t += 1
        if not text:
            t -= 1
    return t
f(100)
";
    let got = ops(&sites_after(src, "f", SpecializeMode::On));
    assert_has(
        &got,
        &[
            Opcode::POP_JUMP_IF_FALSE_INT,
            Opcode::POP_JUMP_IF_FALSE_BOOL,
            Opcode::POP_JUMP_IF_TRUE_NONE,
            Opcode::POP_JUMP_IF_FALSE_LIST,
            Opcode::POP_JUMP_IF_TRUE_STR,
        ],
    );
    let off = ops(&sites_after(src, "f", SpecializeMode::Off));
    assert!(off.iter().all(|op| *op == op.family()), "{off:?}");
}

#[test]
fn truth_site_with_mixed_kinds_settles() {
    // The site sees an int, a str, a list, None and a bool in turn, for
    // ever: each kind specializes, and the next misses.
    let src = "
def f(n):
    vals = [1, 'a', [2], None, 0, '', [], True]
    t = 0
    for i in range(n):
        if vals[i % 8]:
            t += 1
    return t
f(5000)
";
    let sites = sites_after(src, "f", SpecializeMode::On);
    let jumps: Vec<&SiteInfo> = sites.iter().filter(|s| s.op.family() == Opcode::POP_JUMP_IF_FALSE).collect();
    assert_eq!(jumps.len(), 1, "{sites:?}");
    assert_eq!((jumps[0].op, jumps[0].deopts), (Opcode::POP_JUMP_IF_FALSE, MAX_DEOPTS), "{jumps:?}");
}
