//! The single instruction table.
//!
//! Every instruction is declared exactly once in `define_instructions!`
//! below: its name, its family (the base instruction it specializes, or
//! itself), how many inline cache words follow it, its stack effect and a
//! one-line meaning. The `Opcode` enum, `NAMES`, `CACHE_WORDS`, `FAMILY`,
//! `stack_effect` and `DOCS` are generated from that one list so that they
//! can never disagree.
//!
//! Stack effects take `(oparg, jump)`: `jump` is true for the effect along
//! the branch of a conditional jump.

macro_rules! define_instructions {
    ( $( $name:ident : $family:ident, $cache:expr, |$a:ident, $j:ident| $eff:expr, $doc:literal; )* ) => {
        /// Every instruction, base and specialized. The value is the opcode byte.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( $name, )* }

        /// The instructions in opcode order.
        pub const ALL: &[Opcode] = &[ $( Opcode::$name, )* ];
        /// Instruction names, indexed by opcode byte.
        pub const NAMES: &[&str] = &[ $( stringify!($name), )* ];
        /// One-line meaning of each instruction, indexed by opcode byte.
        pub const DOCS: &[&str] = &[ $( $doc, )* ];
        /// Inline cache words following each instruction, indexed by opcode byte.
        pub const CACHE_WORDS: &[u8] = &[ $( $cache, )* ];
        /// The base (family) instruction of each instruction, indexed by opcode byte.
        pub const FAMILY: &[Opcode] = &[ $( Opcode::$family, )* ];

        /// Net change of stack depth caused by executing `op` with `oparg`.
        #[allow(unused_variables)]
        pub fn stack_effect(op: Opcode, oparg: u32, jump: bool) -> i32 {
            match op {
                $( Opcode::$name => { let $a = oparg as i32; let $j = jump; $eff } )*
            }
        }
    };
}

define_instructions! {
    NOP:                NOP, 0, |a, j| 0, "do nothing";
    POP_TOP:            POP_TOP, 0, |a, j| -1, "discard the top of stack";
    PUSH_NULL:          PUSH_NULL, 0, |a, j| 1, "push the NULL marker used by CALL";
    COPY:               COPY, 0, |a, j| 1, "push a copy of the a-th item (1 = top)";
    SWAP:               SWAP, 0, |a, j| 0, "swap the top with the a-th item";
    LOAD_CONST:         LOAD_CONST, 0, |a, j| 1, "push consts[a]";
    LOAD_FAST:          LOAD_FAST, 0, |a, j| 1, "push local a (UnboundLocalError if unset)";
    STORE_FAST:         STORE_FAST, 0, |a, j| -1, "pop into local a";
    LOAD_FAST__LOAD_FAST: LOAD_FAST__LOAD_FAST, 0, |a, j| 2, "superinstruction: LOAD_FAST a, then the next word's LOAD_FAST";
    LOAD_FAST__LOAD_CONST: LOAD_FAST__LOAD_CONST, 0, |a, j| 2, "superinstruction: LOAD_FAST a, then the next word's LOAD_CONST";
    STORE_FAST__LOAD_FAST: STORE_FAST__LOAD_FAST, 0, |a, j| 0, "superinstruction: STORE_FAST a, then the next word's LOAD_FAST";
    STORE_FAST__JUMP:   STORE_FAST__JUMP, 0, |a, j| -1, "superinstruction: STORE_FAST a, then the next word's JUMP (the end of most loop bodies)";
    DELETE_FAST:        DELETE_FAST, 0, |a, j| 0, "unbind local a";
    LOAD_NAME:          LOAD_NAME, 0, |a, j| 1, "push names[a] from locals, globals, builtins";
    STORE_NAME:         STORE_NAME, 0, |a, j| -1, "pop into names[a] in the locals mapping";
    DELETE_NAME:        DELETE_NAME, 0, |a, j| 0, "delete names[a] from the locals mapping";
    LOAD_GLOBAL:        LOAD_GLOBAL, 4, |a, j| 1 + (a & 1), "push global names[a>>1]; a&1 pushes NULL first";
    LOAD_GLOBAL_MODULE: LOAD_GLOBAL, 4, |a, j| 1 + (a & 1), "LOAD_GLOBAL hit in the module dict, guarded by its keys version";
    LOAD_GLOBAL_BUILTIN: LOAD_GLOBAL, 4, |a, j| 1 + (a & 1), "LOAD_GLOBAL hit in builtins, guarded by both keys versions";
    STORE_GLOBAL:       STORE_GLOBAL, 0, |a, j| -1, "pop into global names[a]";
    DELETE_GLOBAL:      DELETE_GLOBAL, 0, |a, j| 0, "delete global names[a]";
    LOAD_DEREF:         LOAD_DEREF, 0, |a, j| 1, "push the contents of cell a";
    STORE_DEREF:        STORE_DEREF, 0, |a, j| -1, "pop into cell a";
    DELETE_DEREF:       DELETE_DEREF, 0, |a, j| 0, "empty cell a";
    LOAD_CLASSDEREF:    LOAD_CLASSDEREF, 0, |a, j| 1, "class body: locals mapping first, then cell a";
    LOAD_CLOSURE:       LOAD_CLOSURE, 0, |a, j| 1, "push cell a itself";
    LOAD_ATTR:          LOAD_ATTR, 4, |a, j| 0, "replace top with getattr(top, names[a])";
    LOAD_ATTR_WITH_HINT: LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR from the instance dict entry at a cached index (hint), guarded by type version and the entry's key";
    LOAD_ATTR_INSTANCE_VALUE: LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR of an instance attribute in the class's shared-keys layout: values[index], guarded by type version";
    LOAD_ATTR_SLOT:     LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR of a __slots__ member at a cached index";
    LOAD_ATTR_CLASS:    LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR of a plain class attribute seen through an instance";
    LOAD_ATTR_MODULE:   LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR from a module dict at a cached index, guarded by its keys version";
    LOAD_ATTR_PROPERTY: LOAD_ATTR, 4, |a, j| 0, "LOAD_ATTR of a property whose getter is a simple Python function: its frame runs on the same loop";
    STORE_ATTR:         STORE_ATTR, 4, |a, j| -2, "setattr(top, names[a], second)";
    STORE_ATTR_WITH_HINT: STORE_ATTR, 4, |a, j| -2, "STORE_ATTR overwriting the instance dict entry at a cached index (hint)";
    STORE_ATTR_INSTANCE_VALUE: STORE_ATTR, 4, |a, j| -2, "STORE_ATTR into the shared-keys values at a cached index (replacing, or adding the next attribute), guarded by type version";
    STORE_ATTR_SLOT:    STORE_ATTR, 4, |a, j| -2, "STORE_ATTR to a __slots__ member at a cached index";
    DELETE_ATTR:        DELETE_ATTR, 0, |a, j| -1, "delattr(top, names[a])";
    LOAD_METHOD:        LOAD_METHOD, 4, |a, j| 1, "push (method, self) or (NULL, attribute)";
    LOAD_METHOD_WITH_DICT: LOAD_METHOD, 4, |a, j| 1, "LOAD_METHOD of a function on the class, guarded by type version and no shadowing instance attribute";
    LOAD_METHOD_NO_DICT: LOAD_METHOD, 4, |a, j| 1, "LOAD_METHOD on an object without a __dict__ (builtin types), guarded by type version";
    LOAD_METHOD_POLY:   LOAD_METHOD, 4, |a, j| 1, "LOAD_METHOD at a site that meets up to four classes: a table of (type version, method) beside the code";
    LOAD_METHOD_INSTANCE: LOAD_METHOD, 4, |a, j| 1, "LOAD_METHOD of an instance attribute (pushes NULL, value; `self.callback()`) from the shared-keys values at a cached index, guarded by type version";
    LOAD_METHOD_MODULE: LOAD_METHOD, 4, |a, j| 1, "LOAD_METHOD of a module attribute (pushes NULL, value) from a cached index, guarded by its keys version";
    BINARY_OP:          BINARY_OP, 1, |a, j| -1, "binary operator a (BinOp) on the two top items";
    BINARY_OP_ADD_INT:  BINARY_OP, 1, |a, j| -1, "int + int";
    BINARY_OP_SUBTRACT_INT: BINARY_OP, 1, |a, j| -1, "int - int";
    BINARY_OP_MULTIPLY_INT: BINARY_OP, 1, |a, j| -1, "int * int";
    BINARY_OP_ADD_FLOAT: BINARY_OP, 1, |a, j| -1, "float + float";
    BINARY_OP_SUBTRACT_FLOAT: BINARY_OP, 1, |a, j| -1, "float - float";
    BINARY_OP_MULTIPLY_FLOAT: BINARY_OP, 1, |a, j| -1, "float * float";
    BINARY_OP_ADD_STR:  BINARY_OP, 1, |a, j| -1, "str + str";
    BINARY_OP_INT:      BINARY_OP, 1, |a, j| -1, "int (op a) int for // % & | ^ << >> /";
    BINARY_OP_TRUE_DIVIDE_FLOAT: BINARY_OP, 1, |a, j| -1, "float / float";
    BINARY_OP_INPLACE_ADD_UNICODE: BINARY_OP, 1, |a, j| -1, "s += t for a str local stored right back: appends in place when s is uniquely referenced";
    COMPARE_OP:         COMPARE_OP, 1, |a, j| -1, "rich comparison a (CmpOp)";
    COMPARE_OP_INT:     COMPARE_OP, 1, |a, j| -1, "compare two ints";
    COMPARE_OP_FLOAT:   COMPARE_OP, 1, |a, j| -1, "compare two floats";
    COMPARE_OP_STR:     COMPARE_OP, 1, |a, j| -1, "compare two strs";
    IS_OP:              IS_OP, 0, |a, j| -1, "identity test, inverted when a is 1";
    CONTAINS_OP:        CONTAINS_OP, 1, |a, j| -1, "membership test, inverted when a is 1";
    CONTAINS_OP_DICT:   CONTAINS_OP, 1, |a, j| -1, "key in dict (an exact dict)";
    CONTAINS_OP_SET:    CONTAINS_OP, 1, |a, j| -1, "item in set (an exact set or frozenset)";
    CONTAINS_OP_STR:    CONTAINS_OP, 1, |a, j| -1, "substring test (both exact strs)";
    UNARY_POSITIVE:     UNARY_POSITIVE, 0, |a, j| 0, "+top";
    UNARY_NEGATIVE:     UNARY_NEGATIVE, 0, |a, j| 0, "-top";
    UNARY_INVERT:       UNARY_INVERT, 0, |a, j| 0, "~top";
    UNARY_NOT:          UNARY_NOT, 0, |a, j| 0, "not top";
    BINARY_SUBSCR:      BINARY_SUBSCR, 1, |a, j| -1, "second[top]";
    BINARY_SUBSCR_LIST_INT: BINARY_SUBSCR, 1, |a, j| -1, "list[int]";
    BINARY_SUBSCR_TUPLE_INT: BINARY_SUBSCR, 1, |a, j| -1, "tuple[int]";
    BINARY_SUBSCR_DICT: BINARY_SUBSCR, 1, |a, j| -1, "dict[key]";
    BINARY_SUBSCR_STR_INT: BINARY_SUBSCR, 1, |a, j| -1, "str[int] in range";
    STORE_SUBSCR:       STORE_SUBSCR, 1, |a, j| -3, "second[top] = third";
    STORE_SUBSCR_LIST_INT: STORE_SUBSCR, 1, |a, j| -3, "list[int] = value";
    STORE_SUBSCR_DICT:  STORE_SUBSCR, 1, |a, j| -3, "dict[key] = value";
    DELETE_SUBSCR:      DELETE_SUBSCR, 0, |a, j| -2, "del second[top]";
    BUILD_SLICE:        BUILD_SLICE, 0, |a, j| 1 - a, "build a slice from a (2 or 3) items";
    BUILD_TUPLE:        BUILD_TUPLE, 0, |a, j| 1 - a, "build a tuple from a items";
    BUILD_LIST:         BUILD_LIST, 0, |a, j| 1 - a, "build a list from a items";
    BUILD_SET:          BUILD_SET, 0, |a, j| 1 - a, "build a set from a items";
    BUILD_MAP:          BUILD_MAP, 0, |a, j| 1 - 2 * a, "build a dict from a key/value pairs";
    BUILD_STRING:       BUILD_STRING, 0, |a, j| 1 - a, "concatenate a strings";
    LIST_APPEND:        LIST_APPEND, 0, |a, j| -1, "append top to the list a items down";
    SET_ADD:            SET_ADD, 0, |a, j| -1, "add top to the set a items down";
    MAP_ADD:            MAP_ADD, 0, |a, j| -2, "add second: top to the dict a items down";
    LIST_EXTEND:        LIST_EXTEND, 0, |a, j| -1, "extend the list a items down with top";
    SET_UPDATE:         SET_UPDATE, 0, |a, j| -1, "update the set a items down with top";
    DICT_UPDATE:        DICT_UPDATE, 0, |a, j| -1, "update the dict a items down with top";
    DICT_MERGE:         DICT_MERGE, 0, |a, j| -1, "like DICT_UPDATE but duplicate keys are an error (calls)";
    LIST_TO_TUPLE:      LIST_TO_TUPLE, 0, |a, j| 0, "replace the list on top by a tuple";
    FORMAT_VALUE:       FORMAT_VALUE, 0, |a, j| if a & 4 != 0 { -1 } else { 0 }, "f-string field: conversion a&3, spec on stack if a&4";
    UNPACK_SEQUENCE:    UNPACK_SEQUENCE, 1, |a, j| a - 1, "unpack top into a items";
    UNPACK_SEQUENCE_TWO_TUPLE: UNPACK_SEQUENCE, 1, |a, j| a - 1, "unpack a tuple of exactly two items";
    UNPACK_SEQUENCE_TUPLE: UNPACK_SEQUENCE, 1, |a, j| a - 1, "unpack a tuple of exactly a items";
    UNPACK_SEQUENCE_LIST: UNPACK_SEQUENCE, 1, |a, j| a - 1, "unpack a list of exactly a items";
    UNPACK_EX:          UNPACK_EX, 0, |a, j| (a & 0xff) + (a >> 8), "unpack with a starred target (a&0xff before, a>>8 after)";
    JUMP:               JUMP, 0, |a, j| 0, "jump to word a";
    POP_JUMP_IF_FALSE:  POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop; jump to a if false";
    POP_JUMP_IF_TRUE:   POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop; jump to a if true";
    POP_JUMP_IF_FALSE_BOOL: POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop a bool; jump to a if false";
    POP_JUMP_IF_FALSE_INT: POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop an int; jump to a if false";
    POP_JUMP_IF_FALSE_NONE: POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop None; jump to a if false";
    POP_JUMP_IF_FALSE_LIST: POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop a list; jump to a if false";
    POP_JUMP_IF_FALSE_STR: POP_JUMP_IF_FALSE, 1, |a, j| -1, "pop a str; jump to a if false";
    POP_JUMP_IF_TRUE_BOOL: POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop a bool; jump to a if true";
    POP_JUMP_IF_TRUE_INT: POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop an int; jump to a if true";
    POP_JUMP_IF_TRUE_NONE: POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop None; jump to a if true";
    POP_JUMP_IF_TRUE_LIST: POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop a list; jump to a if true";
    POP_JUMP_IF_TRUE_STR: POP_JUMP_IF_TRUE, 1, |a, j| -1, "pop a str; jump to a if true";
    POP_JUMP_IF_NONE:   POP_JUMP_IF_NONE, 0, |a, j| -1, "pop; jump to a if None";
    POP_JUMP_IF_NOT_NONE: POP_JUMP_IF_NOT_NONE, 0, |a, j| -1, "pop; jump to a if not None";
    JUMP_IF_FALSE_OR_POP: JUMP_IF_FALSE_OR_POP, 0, |a, j| if j { 0 } else { -1 }, "jump to a keeping top if false, else pop";
    JUMP_IF_TRUE_OR_POP: JUMP_IF_TRUE_OR_POP, 0, |a, j| if j { 0 } else { -1 }, "jump to a keeping top if true, else pop";
    GET_ITER:           GET_ITER, 0, |a, j| 0, "replace top with iter(top)";
    FOR_ITER:           FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "push next(top), or pop the iterator and jump to a";
    FOR_ITER_LIST:      FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a list iterator";
    FOR_ITER_RANGE:     FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a range iterator";
    FOR_ITER_TUPLE:     FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a tuple iterator";
    FOR_ITER_GEN:       FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a generator: resumes its frame directly";
    FOR_ITER_STR:       FOR_ITER, 1, |a, j| if j { -1 } else { 1 }, "FOR_ITER over a str iterator: ASCII characters come from the one-character cache";
    RETURN_VALUE:       RETURN_VALUE, 0, |a, j| -1, "return top to the caller";
    MAKE_FUNCTION:      MAKE_FUNCTION, 0, |a, j| -(((a & 0xf) as u32).count_ones() as i32), "make a function from the code on top (flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure)";
    KW_NAMES:           KW_NAMES, 0, |a, j| 0, "the next CALL's last arguments are keywords named by consts[a]";
    CALL:               CALL, 4, |a, j| -(a + 1), "call with a arguments; stack is [NULL, f, args] or [method, self, args]";
    CALL_PY_EXACT_ARGS: CALL, 4, |a, j| -(a + 1), "call a Python function taking exactly the given positional arguments";
    CALL_PY_WITH_DEFAULTS: CALL, 4, |a, j| -(a + 1), "call a Python function filling missing positionals from defaults";
    CALL_ALLOC_AND_ENTER_INIT: CALL, 4, |a, j| -(a + 1), "instantiate a plain Python class: allocate, then run its __init__ frame on the same loop";
    CALL_BUILTIN:       CALL, 4, |a, j| -(a + 1), "call a native function (the cached one) with positional arguments";
    CALL_METHOD_DESCRIPTOR: CALL, 4, |a, j| -(a + 1), "call a native method of a builtin type (the cached one), self first";
    CALL_BOUND_METHOD_EXACT_ARGS: CALL, 4, |a, j| -(a + 1), "call a bound method of a Python function taking self and exactly the given arguments";
    CALL_LEN:           CALL, 4, |a, j| -(a + 1), "len(x) with the builtin len (the cached one)";
    CALL_ISINSTANCE:    CALL, 4, |a, j| -(a + 1), "isinstance(x, cls) with the builtin isinstance (the cached one)";
    CALL_TYPE_1:        CALL, 4, |a, j| -(a + 1), "type(x): the class of x";
    CALL_BUILTIN_CLASS: CALL, 4, |a, j| -(a + 1), "call a builtin type (the cached one): its native constructor, with the class and the arguments in place on the stack";
    CALL_LIST_APPEND:   CALL, 4, |a, j| -(a + 1), "lst.append(x) on an exact list through LOAD_METHOD";
    CALL_FUNCTION_EX:   CALL_FUNCTION_EX, 0, |a, j| -(2 + (a & 1)), "call with an args tuple (and a kwargs dict if a&1)";
    LOAD_BUILD_CLASS:   LOAD_BUILD_CLASS, 0, |a, j| 1, "push builtins.__build_class__";
    PUSH_EXC_INFO:      PUSH_EXC_INFO, 0, |a, j| 1, "save the handled exception under the new one";
    POP_EXCEPT:         POP_EXCEPT, 0, |a, j| -1, "restore the previously handled exception";
    RERAISE:            RERAISE, 0, |a, j| -1, "re-raise top (a: restore lasti from the stack)";
    RAISE_VARARGS:      RAISE_VARARGS, 0, |a, j| -a, "raise (0: re-raise, 1: exc, 2: exc from cause)";
    CHECK_EXC_MATCH:    CHECK_EXC_MATCH, 0, |a, j| 0, "replace top (a type) with isinstance(second, top)";
    CHECK_EG_MATCH:     CHECK_EG_MATCH, 0, |a, j| 0, "except*: split the group by type top";
    PREP_RERAISE_STAR:  PREP_RERAISE_STAR, 0, |a, j| -1, "except*: combine the raised and unhandled parts";
    WITH_EXCEPT_START:  WITH_EXCEPT_START, 0, |a, j| 1, "call __exit__ with the exception on top";
    BEFORE_WITH:        BEFORE_WITH, 0, |a, j| 1, "replace the manager by (__exit__, __enter__())";
    IMPORT_NAME:        IMPORT_NAME, 0, |a, j| -1, "import names[a] with (level, fromlist) on the stack";
    IMPORT_FROM:        IMPORT_FROM, 0, |a, j| 1, "push attribute names[a] of the module on top";
    IMPORT_STAR:        IMPORT_STAR, 0, |a, j| -1, "from module import *";
    YIELD_VALUE:        YIELD_VALUE, 0, |a, j| 0, "yield top; the sent value replaces it (a=1: an async generator's own yield, not an await passing a value through)";
    SEND:               SEND, 0, |a, j| if j { -1 } else { 0 }, "send top into the sub-iterator below it; on return replace both by the result and jump";
    GET_YIELD_FROM_ITER: GET_YIELD_FROM_ITER, 0, |a, j| 0, "iter(top) unless it is a generator";
    GET_AWAITABLE:      GET_AWAITABLE, 0, |a, j| 0, "replace top by its awaitable iterator (a coroutine, or __await__())";
    BEFORE_ASYNC_WITH:  BEFORE_ASYNC_WITH, 0, |a, j| 1, "replace the manager by (__aexit__, __aenter__())";
    GET_AITER:          GET_AITER, 0, |a, j| 0, "replace top by top.__aiter__()";
    GET_ANEXT:          GET_ANEXT, 0, |a, j| 1, "push the awaitable of top.__anext__()";
    END_ASYNC_FOR:      END_ASYNC_FOR, 0, |a, j| -2, "async for exit: StopAsyncIteration on top pops it and the iterator; others re-raise";
    SETUP_ANNOTATIONS:  SETUP_ANNOTATIONS, 0, |a, j| 0, "create __annotations__ in the locals mapping";
    LOAD_ASSERTION_ERROR: LOAD_ASSERTION_ERROR, 0, |a, j| 1, "push AssertionError";
    MATCH_MAPPING:      MATCH_MAPPING, 0, |a, j| 1, "push whether top is a mapping";
    MATCH_SEQUENCE:     MATCH_SEQUENCE, 0, |a, j| 1, "push whether top is a sequence";
    MATCH_KEYS:         MATCH_KEYS, 0, |a, j| 1, "push a tuple of values for the keys on top, or None";
    MATCH_CLASS:        MATCH_CLASS, 0, |a, j| -2, "match class pattern with a positional sub-patterns";
    GET_LEN:            GET_LEN, 0, |a, j| 1, "push len(top)";
    LOAD_LOCALS:        LOAD_LOCALS, 0, |a, j| 1, "push the locals mapping";
}

impl Opcode {
    /// The opcode for a byte, if there is one.
    #[inline]
    pub fn from_u8(b: u8) -> Option<Opcode> {
        if (b as usize) < ALL.len() {
            // SAFETY: `Opcode` is `repr(u8)` with the discriminants
            // 0..ALL.len() in order (checked by a test), so `b` is one.
            Some(unsafe { std::mem::transmute::<u8, Opcode>(b) })
        } else {
            None
        }
    }
    /// The instruction's name, as CPython would spell it.
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }
    /// The number of inline cache words after this instruction.
    #[inline]
    pub fn cache_words(self) -> usize {
        CACHE_WORDS[self as usize] as usize
    }
    /// The base instruction of this instruction's family.
    #[inline]
    pub fn family(self) -> Opcode {
        FAMILY[self as usize]
    }
    /// True for instructions whose argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        use Opcode::*;
        matches!(
            self.family(),
            JUMP | POP_JUMP_IF_FALSE
                | POP_JUMP_IF_TRUE
                | POP_JUMP_IF_NONE
                | POP_JUMP_IF_NOT_NONE
                | JUMP_IF_FALSE_OR_POP
                | JUMP_IF_TRUE_OR_POP
                | FOR_ITER
                | SEND
        )
    }
    /// True when execution never continues with the next instruction.
    pub fn is_terminator(self) -> bool {
        use Opcode::*;
        matches!(self, JUMP | RETURN_VALUE | RERAISE | RAISE_VARARGS)
    }
}

/// Binary operators, the argument of `BINARY_OP` (CPython's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

/// Binary operators in CPython's order; an in-place form is `BINOP_INPLACE + op`.
pub const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::And,
    BinOp::FloorDiv,
    BinOp::LShift,
    BinOp::MatMul,
    BinOp::Mul,
    BinOp::Mod,
    BinOp::Or,
    BinOp::Pow,
    BinOp::RShift,
    BinOp::Sub,
    BinOp::TrueDiv,
    BinOp::Xor,
];

/// Offset added to a `BinOp` to mark the augmented-assignment form.
pub const BINOP_INPLACE: u32 = 13;

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// For each opcode byte: 1 if it is a POP_JUMP_IF_FALSE member, 2 if a
/// POP_JUMP_IF_TRUE member, else 0. A comparison that sees one next fuses
/// with it (one table load instead of a range check and a family lookup).
pub const COND_JUMP_SENSE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < FAMILY.len() {
        t[i] = match FAMILY[i] {
            Opcode::POP_JUMP_IF_FALSE => 1,
            Opcode::POP_JUMP_IF_TRUE => 2,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Rich comparison operators, the argument of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Comparison operators in argument order.
pub const CMPOPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

impl CmpOp {
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The dunder method name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert!(ALL.len() < 256);
        for (i, op) in ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(op.family().cache_words(), op.cache_words(), "{}", op.name());
            assert!(op.name().starts_with(op.family().name()));
        }
    }
}
