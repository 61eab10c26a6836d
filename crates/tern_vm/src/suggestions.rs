//! "Did you mean" suggestions for uncaught `NameError`s and
//! `AttributeError`s: the closest name by CPython's weighted Levenshtein
//! distance (case changes cost half a substitution), among the object's
//! `dir()` or, for a name, the innermost frame's locals, then its globals,
//! then the builtins.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::Vm;

/// Candidate lists this long or longer are not searched.
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (in UTF-8 bytes, after common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance from `a` to `b`, or `max_cost + 1` once it is sure
/// to exceed `max_cost`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        (a, b) = (b, a);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix at a time.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if any is close enough (no
/// more than about a third of the characters changed).
fn closest(name: &str, candidates: &[Value]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        let Some(item) = crate::builtins::str_of(c) else { continue };
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

impl Vm {
    /// The name CPython's uncaught-exception printer suggests for `e`.
    pub(crate) fn suggestion(&mut self, e: &Obj) -> Option<String> {
        let ev = Value::Obj(e.clone());
        let name = self.getattr_opt(&ev, "name").ok()??;
        let name = crate::builtins::str_of(&name)?.to_string();
        if self.exc_matches(e, "AttributeError") {
            let obj = self.getattr_opt(&ev, "obj").ok()??;
            let dir = self.getattr_str(&Value::Obj(self.builtins_module.clone()), "dir").ok()?;
            let names = self.call(&dir, Args::new(&[obj])).ok()?;
            let names = self.iterate(&names).ok()?;
            return closest(&name, &names);
        }
        if !self.exc_matches(e, "NameError") {
            return None;
        }
        let Payload::Exception(d) = &e.payload else { return None };
        let frame = {
            let tb = d.traceback.borrow();
            // The innermost entry, unless the chain was cut before it.
            let cut = tb.iter().rposition(|t| t.cut.get()).unwrap_or(0);
            let entry = tb.get(cut)?;
            (entry.code.clone(), entry.globals.clone())
        };
        let (code, globals) = frame;
        let locals: Vec<Value> = code.varnames.to_vec();
        if let Some(s) = closest(&name, &locals) {
            return Some(s);
        }
        for scope in [globals, self.builtins.clone()] {
            let keys = self.iterate(&Value::Obj(scope)).ok()?;
            if let Some(s) = closest(&name, &keys) {
                return Some(s);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_weigh_case_and_moves() {
        assert_eq!(distance(b"print", b"print", 10), 0);
        assert_eq!(distance(b"prnt", b"print", 10), MOVE_COST);
        assert_eq!(distance(b"Print", b"print", 10), CASE_COST);
        assert_eq!(distance(b"abc", b"xyz", 1), 2);
    }
}
