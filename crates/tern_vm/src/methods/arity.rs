//! Positional-argument counts of the builtin types' methods and the
//! `builtins` functions, checked before the native code runs, with the
//! TypeError CPython raises (`[].copy(1)`: "list.copy() takes no arguments
//! (1 given)"; CPython names the receiver's type, so `True.__ceil__(1)`
//! says "bool.__ceil__()"). The counts come from `arity_table.rs`.

use super::arity_table::ARITIES;
use crate::function::Args;
use crate::value::{Obj, Value};
use crate::Vm;

/// What one method accepts. Messages hold `{n}` for the count given.
pub struct Arity {
    pub min: u8,
    pub max: u8,
    /// The message for each count below `min` (CPython's can name the
    /// missing parameter).
    pub few: &'static [&'static str],
    pub many: &'static str,
    /// The message for any keyword argument, when none are accepted.
    pub no_kw: Option<&'static str>,
}

/// The arity of `owner.name` (`owner` "builtins" for a builtin function).
pub fn lookup(owner: &str, name: &str) -> Option<&'static Arity> {
    ARITIES.binary_search_by(|(o, n, _)| (*o, *n).cmp(&(owner, name))).ok().map(|i| &ARITIES[i].2)
}

/// Whether a message starts with a plain method name (`count() takes...`),
/// not one already qualified or a slot wrapper's (`wrapper __add__()`).
fn bare_name(m: &str) -> bool {
    m.split_once("()").is_some_and(|(name, _)| !name.contains(['.', ' ', '{']))
}

impl Arity {
    /// The TypeError for a call of a native whose arguments are `args`,
    /// or None when the count fits. Fewer than `min` is left alone when
    /// keywords are given (they may fill the gap).
    ///
    /// `{t}` in the message: a method called as a descriptor, its
    /// receiver first in `args` (`x.copy(1)` through LOAD_METHOD,
    /// `list.copy(x, 1)`), names `owner`; a bound method object
    /// (`m = x.copy; m(1)`) names the type of `bound_to`; either names the
    /// receiver itself when it is a class (`int.mro(1)`).
    #[inline]
    pub fn check(&self, vm: &mut Vm, args: &Args, owner: Option<&str>, bound_to: Option<&Value>) -> Option<Obj> {
        let takes_receiver = owner.is_some() && bound_to.is_none();
        let n = args.pos.len().saturating_sub(takes_receiver as usize);
        let has_kw = !args.kwnames.is_empty();
        if n <= self.max as usize && (n >= self.min as usize || has_kw) && !(has_kw && self.no_kw.is_some()) {
            return None;
        }
        let receiver = if takes_receiver { args.pos.first() } else { bound_to };
        Some(self.error(vm, receiver, owner, n, has_kw, takes_receiver))
    }

    /// Whether a call with `n` positional arguments and no keywords fits.
    pub fn fits(&self, n: usize) -> bool {
        (self.min as usize..=self.max as usize).contains(&n)
    }

    #[cold]
    #[inline(never)]
    fn error(&self, vm: &mut Vm, receiver: Option<&Value>, owner: Option<&str>, n: usize, has_kw: bool, descriptor: bool) -> Obj {
        let template = match (self.no_kw, self.few.get(n)) {
            // Called through the method descriptor (`b.count(x, start=1)`),
            // CPython names the type even where a bound method object
            // (the table's form) does not.
            (Some(m), _) if has_kw && n <= self.max as usize && descriptor && bare_name(m) => format!("{{t}}.{m}"),
            (Some(m), _) if has_kw && n <= self.max as usize => m.to_string(),
            (_, Some(m)) if n < self.min as usize => m.to_string(),
            _ => self.many.to_string(),
        };
        let mut msg = template.replace("{n}", &n.to_string());
        if msg.contains("{t}") {
            let t = match (receiver, owner) {
                (Some(Value::Obj(c)), _) if c.as_type().is_some() => c.as_type().map(|td| td.qualname.borrow().clone()),
                (_, Some(o)) => Some(o.to_string()),
                (Some(r), None) => vm.type_of(r).as_type().map(|td| td.qualname.borrow().clone()),
                (None, None) => None,
            };
            msg = msg.replace("{t}", &t.unwrap_or_default());
        }
        vm.new_exception_msg("TypeError", &msg)
    }
}
