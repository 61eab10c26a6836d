//! tern_vm: the runtime.
//!
//! Map of the crate:
//! - Values and objects: [`value`] (the 16-byte `Value`), [`object`] (heap
//!   objects and their payloads), [`str`], [`dict`] (our versioned dict),
//!   [`set`] (CPython-ordered set table), [`typeobj`] (types, MRO, version
//!   tags), [`function`], [`code`], [`frame`] ([`frameobj`]: frame objects), [`generator`], [`iter`],
//!   [`exception`], [`bigrange`] (ranges beyond i64).
//! - The interpreter: [`vm`] (the `Vm` and its setup), [`types`] (the
//!   builtin type objects), [`eval`] (the dispatch loop), [`call`]
//!   (argument binding and calls), [`unwind`] (exceptions and tracebacks).
//! - Semantics: [`ops`] (operators, comparisons, truth), [`attr`]
//!   (attribute lookup and descriptors), [`protocols`] (repr, hash, len,
//!   iteration, subscripts), [`classes`] (class creation, `super`).
//! - Library: [`builtins`] (the builtin functions), `methods/` (methods of
//!   builtin types), `modules/` (sys, math, time), [`import`], [`codecs`]
//!   (the native text codecs and error handlers).

// `&[v.clone()]` reads better than `std::slice::from_ref(&v)` at the many
// call sites that pass one argument.
#![allow(clippy::cloned_ref_to_slice_refs)]
// Frames are boxed so that their addresses stay fixed while the frame
// stack grows (the dispatch loop keeps a pointer to the current frame).
#![allow(clippy::vec_box)]

pub mod asyncgen;
pub mod attr;
pub mod awaiting;
pub mod bigdiv;
pub mod bigrange;
pub mod builtins;
pub mod call;
pub mod classes;
pub mod code;
pub mod codecs;
pub mod dict;
pub mod dictops;
pub mod errors;
pub mod eval;
pub mod exception;
pub mod fdfile;
pub mod file;
pub mod finalize;
pub mod format;
pub mod frame;
pub mod frameobj;
pub mod function;
pub mod gc;
pub mod generator;
pub mod import;
pub mod int;
pub mod iter;
pub mod iter_tools;
pub mod iteration;
pub mod methods;
pub mod modules;
pub mod object;
pub mod ops;
pub mod protocols;
pub mod runner;
pub mod set;
pub mod shared_keys;
pub mod slots;
pub mod sort;
pub mod specialize;
pub mod stats;
pub mod stats_report;
pub mod stdio;
pub mod str;
pub mod strformat;
pub mod subscript;
pub mod suggestions;
pub mod typeobj;
pub mod types;
pub mod unicase;
mod unicase_tables;
pub mod unwind;
pub mod value;
pub mod value_stack;
pub mod vm;
pub mod watchers;
pub mod weakref_callbacks;

pub use value::{Obj, Value};
pub use vm::{Config, SpecializeMode, Vm};

/// A Python-level result: the error is the exception object.
pub type PyResult<T = Value> = Result<T, Obj>;
