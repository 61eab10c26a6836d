//! The protocols behind `await`, `async with` and `async for`
//! (GET_AWAITABLE, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT), with
//! CPython's error messages.

use crate::function::Args;
use crate::generator::{gen_state, is_coroutine};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use tern_bytecode::CodeFlags;

/// A coroutine, or a generator whose code is an iterable coroutine.
fn is_coroutine_like(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match gen_state(o) {
        Some(st) if matches!(o.payload, Payload::Generator(_)) => {
            st.try_borrow().map(|s| s.is_coroutine || s.code.co.flags.has(CodeFlags::ITERABLE_COROUTINE)).unwrap_or(false)
        }
        _ => false,
    }
}

impl Vm {
    /// The iterator an `await` drives: a coroutine (or a generator whose
    /// code is an iterable coroutine, `@types.coroutine`) itself, or what
    /// `__await__()` returns. `None` when `v` is not awaitable (CPython's
    /// `_PyCoro_GetAwaitableIter`).
    pub(crate) fn awaitable_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if is_coroutine_like(v) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::AsyncGenOp(_))) {
            return Ok(Some(v.clone()));
        }
        let ty = self.type_of(v);
        let Some(method) = self.lookup_type_attr_str(&ty, "__await__") else { return Ok(None) };
        let it = self.call(&method, Args::new(&[v.clone()]))?;
        if is_coroutine_like(&it) {
            return self.type_error("__await__() returned a coroutine");
        }
        if matches!(&it, Value::Obj(o) if matches!(o.payload, Payload::Generator(_))) || self.has_type_attr_str(&it, "__next__") {
            return Ok(Some(it));
        }
        let tn = self.type_name(&it);
        self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
    }

    /// GET_AWAITABLE: `await v`.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult {
        match self.awaitable_iter(v)? {
            Some(Value::Obj(o)) if is_coroutine(&o) && self.gen_delegate(&o).is_some() => {
                self.err("RuntimeError", "coroutine is being awaited already")
            }
            Some(it) => Ok(it),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("object {tn} can't be used in 'await' expression"))
            }
        }
    }

    /// BEFORE_ASYNC_WITH: the bound `__aexit__` and the result of
    /// `__aenter__()` (still to be awaited).
    pub fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(mgr);
        let enter = self.lookup_type_attr_str(&ty, "__aenter__");
        let exit = self.lookup_type_attr_str(&ty, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            return self.type_error(format!("'{tn}' object does not support the asynchronous context manager protocol"));
        };
        let owner = Value::Obj(ty);
        let exit = self.bind_descriptor(&exit, mgr, &owner)?;
        let enter = self.bind_descriptor(&enter, mgr, &owner)?;
        let entered = self.call(&enter, Args::new(&[]))?;
        Ok((exit, entered))
    }

    /// GET_AITER: `v.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult {
        let ty = self.type_of(v);
        let Some(method) = self.lookup_type_attr_str(&ty, "__aiter__") else {
            let tn = self.type_name(v);
            return self.type_error(format!("'async for' requires an object with __aiter__ method, got {tn}"));
        };
        let it = self.call(&method, Args::new(&[v.clone()]))?;
        if !self.has_type_attr_str(&it, "__anext__") {
            let tn = self.type_name(&it);
            return self.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {tn}"));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable iterator of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult {
        if let Value::Obj(o) = aiter {
            if matches!(o.payload, Payload::AsyncGen(_)) {
                // Its `__anext__()` is its own awaitable iterator.
                return self.agen_awaitable(o, crate::asyncgen::AgenOpKind::Send(Value::None));
            }
        }
        let ty = self.type_of(aiter);
        let Some(method) = self.lookup_type_attr_str(&ty, "__anext__") else {
            let tn = self.type_name(aiter);
            return self.type_error(format!("'async for' requires an iterator with __anext__ method, got {tn}"));
        };
        let awaitable = self.call(&method, Args::new(&[aiter.clone()]))?;
        match self.awaitable_iter(&awaitable)? {
            Some(it) => Ok(it),
            None => {
                let tn = self.type_name(&awaitable);
                self.type_error(format!("'async for' received an invalid object from __anext__: {tn}"))
            }
        }
    }
}
