//! The special methods of int, bool, float and complex (`int.__add__`,
//! `float.__rdivmod__`, `complex.__abs__`...): what subclasses inherit and
//! what explicit calls reach. Each checks its operand's type as CPython's
//! slot wrappers do (`(1).__add__(2.0)` is NotImplemented) and then runs
//! the builtin operator on plain values.

use super::nargs;
use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use tern_bytecode::{BinOp, CmpOp, Opcode};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }
}

/// `v` as a plain builtin value when it is an instance of `k` exactly as
/// CPython's slot check would accept it as `self`.
fn plain_self(vm: &Vm, v: &Value, k: Kind) -> Option<Value> {
    match k {
        Kind::Int => as_int(v).map(|i| vm.new_bigint(i.to_big())),
        Kind::Float => float_of(v).map(Value::Float),
        Kind::Complex => complex_of(v).map(|(r, i)| vm.new_object(vm.types.complex.clone(), Payload::Complex(r, i))),
    }
}

/// The other operand as a plain value when `k`'s operators accept it.
fn plain_other(vm: &Vm, v: &Value, k: Kind) -> Option<Value> {
    if let Some(i) = as_int(v) {
        return Some(vm.new_bigint(i.to_big()));
    }
    match k {
        Kind::Int => None,
        Kind::Float => float_of(v).map(Value::Float),
        Kind::Complex => plain_self(vm, v, Kind::Float).or_else(|| plain_self(vm, v, Kind::Complex)),
    }
}

pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

fn complex_of(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => Some((*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, args: &Args, name: &str, k: Kind) -> PyResult<Value> {
    let Some(me) = args.pos.first() else {
        return vm.type_error(format!("descriptor '{name}' of '{}' object needs an argument", k.name()));
    };
    match plain_self(vm, me, k) {
        Some(v) => Ok(v),
        None => vm.type_error(format!("descriptor '{name}' requires a '{}' object but received a '{}'", k.name(), vm.type_name(me))),
    }
}

/// `self op other` (or `other op self` when `reflected`).
fn binop(vm: &mut Vm, args: &Args, k: Kind, op: BinOp, reflected: bool) -> PyResult {
    let (fwd, rev, _) = op.dunders();
    let name = if reflected { rev } else { fwd };
    let me = this(vm, args, name, k)?;
    nargs(vm, args, name, 1, 1)?;
    let Some(other) = plain_other(vm, &args.pos[1], k) else { return Ok(vm.not_implemented.clone()) };
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    match vm.binary_builtin(&a, &b, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn divmod_(vm: &mut Vm, args: &Args, k: Kind, reflected: bool) -> PyResult {
    let name = if reflected { "__rdivmod__" } else { "__divmod__" };
    let me = this(vm, args, name, k)?;
    nargs(vm, args, name, 1, 1)?;
    let Some(other) = plain_other(vm, &args.pos[1], k) else { return Ok(vm.not_implemented.clone()) };
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    crate::builtins::funcs::divmod(vm, Args::new(&[a, b]))
}

/// `pow(self, other, mod)` / `pow(other, self, mod)`.
fn pow_(vm: &mut Vm, args: &Args, k: Kind, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let me = this(vm, args, name, k)?;
    nargs(vm, args, name, 1, 2)?;
    let Some(other) = plain_other(vm, &args.pos[1], k) else { return Ok(vm.not_implemented.clone()) };
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    let m = args.pos.get(2).cloned().unwrap_or(Value::None);
    if m.is_none() {
        return match vm.binary_builtin(&a, &b, BinOp::Pow)? {
            Some(v) => Ok(v),
            None => Ok(vm.not_implemented.clone()),
        };
    }
    match k {
        Kind::Int => match as_int(&m) {
            Some(i) => {
                let m = vm.new_bigint(i.to_big());
                crate::builtins::funcs::pow(vm, Args::new(&[a, b, m]))
            }
            None => Ok(vm.not_implemented.clone()),
        },
        Kind::Float => vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"),
        Kind::Complex => vm.value_error("complex modulo"),
    }
}

fn cmp(vm: &mut Vm, args: &Args, k: Kind, op: CmpOp) -> PyResult {
    let me = this(vm, args, op.dunder(), k)?;
    nargs(vm, args, op.dunder(), 1, 1)?;
    if k == Kind::Complex && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let Some(other) = plain_other(vm, &args.pos[1], k) else { return Ok(vm.not_implemented.clone()) };
    match vm.compare_builtin(&me, &other, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn unary(vm: &mut Vm, args: &Args, k: Kind, op: Opcode, name: &str) -> PyResult {
    let me = this(vm, args, name, k)?;
    nargs(vm, args, name, 0, 0)?;
    if let Some(f) = float_of(&me) {
        if op == Opcode::UNARY_POSITIVE && matches!(me, Value::Float(_)) {
            return Ok(me);
        }
        return Ok(Value::float(if op == Opcode::UNARY_NEGATIVE { -f } else { f }));
    }
    match vm.unary_builtin(&me, op)? {
        Some(v) => Ok(v),
        None => vm.type_error(format!("bad operand type for {name}: '{}'", k.name())),
    }
}

macro_rules! binops {
    ($($kind:ident [$($f:ident = $op:ident, $rev:expr;)*])*) => {
        $($(fn $f(vm: &mut Vm, args: Args) -> PyResult {
            binop(vm, &args, Kind::$kind, BinOp::$op, $rev)
        })*)*
    };
}

binops! {
    Int [
    int_add = Add, false; int_radd = Add, true;
    int_sub = Sub, false; int_rsub = Sub, true;
    int_mul = Mul, false; int_rmul = Mul, true;
    int_truediv = TrueDiv, false; int_rtruediv = TrueDiv, true;
    int_floordiv = FloorDiv, false; int_rfloordiv = FloorDiv, true;
    int_mod = Mod, false; int_rmod = Mod, true;
    int_lshift = LShift, false; int_rlshift = LShift, true;
    int_rshift = RShift, false; int_rrshift = RShift, true;
    int_and = And, false; int_rand = And, true;
    int_or = Or, false; int_ror = Or, true;
    int_xor = Xor, false; int_rxor = Xor, true;
    ]
    Float [
    float_add = Add, false; float_radd = Add, true;
    float_sub = Sub, false; float_rsub = Sub, true;
    float_mul = Mul, false; float_rmul = Mul, true;
    float_truediv = TrueDiv, false; float_rtruediv = TrueDiv, true;
    float_floordiv = FloorDiv, false; float_rfloordiv = FloorDiv, true;
    float_mod = Mod, false; float_rmod = Mod, true;
    ]
    Complex [
    complex_add = Add, false; complex_radd = Add, true;
    complex_sub = Sub, false; complex_rsub = Sub, true;
    complex_mul = Mul, false; complex_rmul = Mul, true;
    complex_truediv = TrueDiv, false; complex_rtruediv = TrueDiv, true;
    ]
}

macro_rules! cmps {
    ($($kind:ident [$($f:ident = $op:ident;)*])*) => {
        $($(fn $f(vm: &mut Vm, args: Args) -> PyResult {
            cmp(vm, &args, Kind::$kind, CmpOp::$op)
        })*)*
    };
}

cmps! {
    Int [int_eq = Eq; int_ne = Ne; int_lt = Lt; int_le = Le; int_gt = Gt; int_ge = Ge;]
    Float [float_eq = Eq; float_ne = Ne; float_lt = Lt; float_le = Le; float_gt = Gt; float_ge = Ge;]
    Complex [complex_eq = Eq; complex_ne = Ne; complex_lt = Lt; complex_le = Le; complex_gt = Gt; complex_ge = Ge;]
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_(vm, &args, Kind::Int, false)
}
fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_(vm, &args, Kind::Int, true)
}
fn float_divmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_(vm, &args, Kind::Float, false)
}
fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_(vm, &args, Kind::Float, true)
}
fn int_pow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Int, false)
}
fn int_rpow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Int, true)
}
fn float_pow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Float, false)
}
fn float_rpow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Float, true)
}
fn complex_pow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Complex, false)
}
fn complex_rpow(vm: &mut Vm, args: Args) -> PyResult {
    pow_(vm, &args, Kind::Complex, true)
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Int, Opcode::UNARY_NEGATIVE, "__neg__")
}
fn int_pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Int, Opcode::UNARY_POSITIVE, "__pos__")
}
fn int_invert(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Int, Opcode::UNARY_INVERT, "__invert__")
}
fn float_neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Float, Opcode::UNARY_NEGATIVE, "__neg__")
}
fn float_pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Float, Opcode::UNARY_POSITIVE, "__pos__")
}
fn complex_neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Complex, Opcode::UNARY_NEGATIVE, "__neg__")
}
fn complex_pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, &args, Kind::Complex, Opcode::UNARY_POSITIVE, "__pos__")
}

fn bool_of(vm: &mut Vm, args: &Args, k: Kind) -> PyResult {
    let me = this(vm, args, "__bool__", k)?;
    nargs(vm, args, "__bool__", 0, 0)?;
    Ok(Value::Bool(vm.truthy(&me)?))
}
fn int_bool(vm: &mut Vm, args: Args) -> PyResult {
    bool_of(vm, &args, Kind::Int)
}
fn float_bool(vm: &mut Vm, args: Args) -> PyResult {
    bool_of(vm, &args, Kind::Float)
}
fn complex_bool(vm: &mut Vm, args: Args) -> PyResult {
    bool_of(vm, &args, Kind::Complex)
}

/// `__trunc__`, `__floor__`, `__ceil__` of an int: the int itself.
fn int_plain(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(vm, &args, "__trunc__", Kind::Int)?;
    nargs(vm, &args, "__trunc__", 0, 0)?;
    Ok(me)
}

/// `round()` on a plain value (never reaches a subclass's `__round__`).
fn round_plain(vm: &mut Vm, args: &Args, k: Kind) -> PyResult {
    let me = this(vm, args, "__round__", k)?;
    nargs(vm, args, "__round__", 0, 1)?;
    let nd = args.pos.get(1).cloned().or_else(|| args.kw("ndigits").cloned()).unwrap_or(Value::None);
    if nd.is_none() {
        return crate::builtins::funcs::round(vm, Args::new(&[me]));
    }
    if vm.index_of(&nd)?.is_none() {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&nd)));
    }
    crate::builtins::funcs::round(vm, Args::new(&[me, nd]))
}
fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    round_plain(vm, &args, Kind::Int)
}
fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    round_plain(vm, &args, Kind::Float)
}

fn float_to_int(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult {
    let me = this(vm, args, name, Kind::Float)?;
    nargs(vm, args, name, 0, 0)?;
    let x = float_of(&me).unwrap_or(0.0);
    if x.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    Ok(match tern_format::f64_to_bigint(f(x)) {
        Some(b) => vm.new_bigint(b),
        None => Value::Int(0),
    })
}
fn float_floor(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int(vm, &args, "__floor__", f64::floor)
}
fn float_ceil(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int(vm, &args, "__ceil__", f64::ceil)
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getformat__", 1, 1)?;
    match crate::builtins::str_of(&args.pos[1]) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"),
        None => vm.type_error(format!("__getformat__() argument must be str, not {}", vm.type_name(&args.pos[1]))),
    }
}

fn getnewargs(vm: &mut Vm, args: &Args, k: Kind) -> PyResult {
    let me = this(vm, args, "__getnewargs__", k)?;
    nargs(vm, args, "__getnewargs__", 0, 0)?;
    if let Some((r, i)) = complex_of(&me) {
        return Ok(vm.new_tuple(vec![Value::float(r), Value::float(i)]));
    }
    Ok(vm.new_tuple(vec![me]))
}
fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    getnewargs(vm, &args, Kind::Int)
}
fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    getnewargs(vm, &args, Kind::Float)
}
fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    getnewargs(vm, &args, Kind::Complex)
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(vm, &args, "__abs__", Kind::Complex)?;
    nargs(vm, &args, "__abs__", 0, 0)?;
    let (r, i) = complex_of(&me).unwrap_or((0.0, 0.0));
    let h = r.hypot(i);
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return vm.overflow_error("absolute value too large");
    }
    Ok(Value::float(h))
}
fn complex_complex(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(vm, &args, "__complex__", Kind::Complex)?;
    nargs(vm, &args, "__complex__", 0, 0)?;
    Ok(me)
}

/// `bool & bool` stays a bool; anything else is int's operator.
fn bool_logic(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult {
    if let (Some(Value::Bool(p)), Some(Value::Bool(q))) = (args.pos.first(), args.pos.get(1)) {
        if args.pos.len() == 2 {
            return Ok(Value::Bool(match op {
                BinOp::And => p & q,
                BinOp::Or => p | q,
                _ => p ^ q,
            }));
        }
    }
    binop(vm, args, Kind::Int, op, reflected)
}
fn bool_and(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::And, false)
}
fn bool_rand(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::And, true)
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::Or, false)
}
fn bool_ror(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::Or, true)
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::Xor, false)
}
fn bool_rxor(vm: &mut Vm, args: Args) -> PyResult {
    bool_logic(vm, &args, BinOp::Xor, true)
}

pub fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    let int_methods: [(&'static str, crate::function::NativeFn); 41] = [
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__trunc__", int_plain),
        ("__floor__", int_plain),
        ("__ceil__", int_plain),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
    ];
    for (name, f) in int_methods {
        vm.add_method(&i, name, f);
    }
    let b = vm.types.bool_.clone();
    for (name, f) in [
        ("__and__", bool_and as crate::function::NativeFn),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
    ] {
        vm.add_method(&b, name, f);
    }
    let f = vm.types.float.clone();
    let float_methods: [(&'static str, crate::function::NativeFn); 29] = [
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__bool__", float_bool),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__getnewargs__", float_getnewargs),
    ];
    for (name, func) in float_methods {
        vm.add_method(&f, name, func);
    }
    vm.add_classmethod(&f, "__getformat__", float_getformat);
    let c = vm.types.complex.clone();
    let complex_methods: [(&'static str, crate::function::NativeFn); 22] = [
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow),
        ("__rpow__", complex_rpow),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__lt__", complex_lt),
        ("__le__", complex_le),
        ("__gt__", complex_gt),
        ("__ge__", complex_ge),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__bool__", complex_bool),
        ("__abs__", complex_abs),
        ("__complex__", complex_complex),
        ("__getnewargs__", complex_getnewargs),
    ];
    for (name, func) in complex_methods {
        vm.add_method(&c, name, func);
    }
}
