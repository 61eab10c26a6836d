# tern: CPython's `_ast` node classes, built from a table generated from
# CPython 3.11 (name, base, _fields, _attributes or None to inherit, fields
# that default to None at class level, docstring). Parsing into these
# classes (`compile(..., PyCF_ONLY_AST)`) is not supported yet.

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = getattr(cls, "_fields", ())
        n = len(fields)
        if len(args) > n:
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for key, value in kwargs.items():
            if key in fields and fields.index(key) < len(args):
                raise TypeError(f"{cls.__name__} got multiple values for argument '{key}'")
            setattr(self, key, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = "ast"

_NODES = (
    ('mod', 'AST', (), (), (), 'mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)'),
    ('Module', 'mod', ('body', 'type_ignores'), None, (), 'Module(stmt* body, type_ignore* type_ignores)'),
    ('Interactive', 'mod', ('body',), None, (), 'Interactive(stmt* body)'),
    ('Expression', 'mod', ('body',), None, (), 'Expression(expr body)'),
    ('FunctionType', 'mod', ('argtypes', 'returns'), None, (), 'FunctionType(expr* argtypes, expr returns)'),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue'),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None, ('returns', 'type_comment'), 'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None, ('returns', 'type_comment'), 'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), None, (), 'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)'),
    ('Return', 'stmt', ('value',), None, ('value',), 'Return(expr? value)'),
    ('Delete', 'stmt', ('targets',), None, (), 'Delete(expr* targets)'),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), None, ('type_comment',), 'Assign(expr* targets, expr value, string? type_comment)'),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), None, (), 'AugAssign(expr target, operator op, expr value)'),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), None, ('value',), 'AnnAssign(expr target, expr annotation, expr? value, int simple)'),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',), 'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',), 'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'),
    ('While', 'stmt', ('test', 'body', 'orelse'), None, (), 'While(expr test, stmt* body, stmt* orelse)'),
    ('If', 'stmt', ('test', 'body', 'orelse'), None, (), 'If(expr test, stmt* body, stmt* orelse)'),
    ('With', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',), 'With(withitem* items, stmt* body, string? type_comment)'),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',), 'AsyncWith(withitem* items, stmt* body, string? type_comment)'),
    ('Match', 'stmt', ('subject', 'cases'), None, (), 'Match(expr subject, match_case* cases)'),
    ('Raise', 'stmt', ('exc', 'cause'), None, ('exc', 'cause'), 'Raise(expr? exc, expr? cause)'),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, (), 'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, (), 'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'),
    ('Assert', 'stmt', ('test', 'msg'), None, ('msg',), 'Assert(expr test, expr? msg)'),
    ('Import', 'stmt', ('names',), None, (), 'Import(alias* names)'),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), None, ('module', 'level'), 'ImportFrom(identifier? module, alias* names, int? level)'),
    ('Global', 'stmt', ('names',), None, (), 'Global(identifier* names)'),
    ('Nonlocal', 'stmt', ('names',), None, (), 'Nonlocal(identifier* names)'),
    ('Expr', 'stmt', ('value',), None, (), 'Expr(expr value)'),
    ('Pass', 'stmt', (), None, (), 'Pass'),
    ('Break', 'stmt', (), None, (), 'Break'),
    ('Continue', 'stmt', (), None, (), 'Continue'),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)'),
    ('BoolOp', 'expr', ('op', 'values'), None, (), 'BoolOp(boolop op, expr* values)'),
    ('NamedExpr', 'expr', ('target', 'value'), None, (), 'NamedExpr(expr target, expr value)'),
    ('BinOp', 'expr', ('left', 'op', 'right'), None, (), 'BinOp(expr left, operator op, expr right)'),
    ('UnaryOp', 'expr', ('op', 'operand'), None, (), 'UnaryOp(unaryop op, expr operand)'),
    ('Lambda', 'expr', ('args', 'body'), None, (), 'Lambda(arguments args, expr body)'),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), None, (), 'IfExp(expr test, expr body, expr orelse)'),
    ('Dict', 'expr', ('keys', 'values'), None, (), 'Dict(expr* keys, expr* values)'),
    ('Set', 'expr', ('elts',), None, (), 'Set(expr* elts)'),
    ('ListComp', 'expr', ('elt', 'generators'), None, (), 'ListComp(expr elt, comprehension* generators)'),
    ('SetComp', 'expr', ('elt', 'generators'), None, (), 'SetComp(expr elt, comprehension* generators)'),
    ('DictComp', 'expr', ('key', 'value', 'generators'), None, (), 'DictComp(expr key, expr value, comprehension* generators)'),
    ('GeneratorExp', 'expr', ('elt', 'generators'), None, (), 'GeneratorExp(expr elt, comprehension* generators)'),
    ('Await', 'expr', ('value',), None, (), 'Await(expr value)'),
    ('Yield', 'expr', ('value',), None, ('value',), 'Yield(expr? value)'),
    ('YieldFrom', 'expr', ('value',), None, (), 'YieldFrom(expr value)'),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), None, (), 'Compare(expr left, cmpop* ops, expr* comparators)'),
    ('Call', 'expr', ('func', 'args', 'keywords'), None, (), 'Call(expr func, expr* args, keyword* keywords)'),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), None, ('format_spec',), 'FormattedValue(expr value, int conversion, expr? format_spec)'),
    ('JoinedStr', 'expr', ('values',), None, (), 'JoinedStr(expr* values)'),
    ('Constant', 'expr', ('value', 'kind'), None, ('kind',), 'Constant(constant value, string? kind)'),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), None, (), 'Attribute(expr value, identifier attr, expr_context ctx)'),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), None, (), 'Subscript(expr value, expr slice, expr_context ctx)'),
    ('Starred', 'expr', ('value', 'ctx'), None, (), 'Starred(expr value, expr_context ctx)'),
    ('Name', 'expr', ('id', 'ctx'), None, (), 'Name(identifier id, expr_context ctx)'),
    ('List', 'expr', ('elts', 'ctx'), None, (), 'List(expr* elts, expr_context ctx)'),
    ('Tuple', 'expr', ('elts', 'ctx'), None, (), 'Tuple(expr* elts, expr_context ctx)'),
    ('Slice', 'expr', ('lower', 'upper', 'step'), None, ('lower', 'upper', 'step'), 'Slice(expr? lower, expr? upper, expr? step)'),
    ('expr_context', 'AST', (), (), (), 'expr_context = Load | Store | Del'),
    ('Load', 'expr_context', (), None, (), 'Load'),
    ('Store', 'expr_context', (), None, (), 'Store'),
    ('Del', 'expr_context', (), None, (), 'Del'),
    ('boolop', 'AST', (), (), (), 'boolop = And | Or'),
    ('And', 'boolop', (), None, (), 'And'),
    ('Or', 'boolop', (), None, (), 'Or'),
    ('operator', 'AST', (), (), (), 'operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv'),
    ('Add', 'operator', (), None, (), 'Add'),
    ('Sub', 'operator', (), None, (), 'Sub'),
    ('Mult', 'operator', (), None, (), 'Mult'),
    ('MatMult', 'operator', (), None, (), 'MatMult'),
    ('Div', 'operator', (), None, (), 'Div'),
    ('Mod', 'operator', (), None, (), 'Mod'),
    ('Pow', 'operator', (), None, (), 'Pow'),
    ('LShift', 'operator', (), None, (), 'LShift'),
    ('RShift', 'operator', (), None, (), 'RShift'),
    ('BitOr', 'operator', (), None, (), 'BitOr'),
    ('BitXor', 'operator', (), None, (), 'BitXor'),
    ('BitAnd', 'operator', (), None, (), 'BitAnd'),
    ('FloorDiv', 'operator', (), None, (), 'FloorDiv'),
    ('unaryop', 'AST', (), (), (), 'unaryop = Invert | Not | UAdd | USub'),
    ('Invert', 'unaryop', (), None, (), 'Invert'),
    ('Not', 'unaryop', (), None, (), 'Not'),
    ('UAdd', 'unaryop', (), None, (), 'UAdd'),
    ('USub', 'unaryop', (), None, (), 'USub'),
    ('cmpop', 'AST', (), (), (), 'cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn'),
    ('Eq', 'cmpop', (), None, (), 'Eq'),
    ('NotEq', 'cmpop', (), None, (), 'NotEq'),
    ('Lt', 'cmpop', (), None, (), 'Lt'),
    ('LtE', 'cmpop', (), None, (), 'LtE'),
    ('Gt', 'cmpop', (), None, (), 'Gt'),
    ('GtE', 'cmpop', (), None, (), 'GtE'),
    ('Is', 'cmpop', (), None, (), 'Is'),
    ('IsNot', 'cmpop', (), None, (), 'IsNot'),
    ('In', 'cmpop', (), None, (), 'In'),
    ('NotIn', 'cmpop', (), None, (), 'NotIn'),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), (), 'comprehension(expr target, expr iter, expr* ifs, int is_async)'),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)'),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), None, ('type', 'name'), 'ExceptHandler(expr? type, identifier? name, stmt* body)'),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg'), 'arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)'),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment', 'end_lineno', 'end_col_offset'), 'arg(identifier arg, expr? annotation, string? type_comment)'),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg', 'end_lineno', 'end_col_offset'), 'keyword(identifier? arg, expr value)'),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname', 'end_lineno', 'end_col_offset'), 'alias(identifier name, identifier? asname)'),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',), 'withitem(expr context_expr, expr? optional_vars)'),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',), 'match_case(pattern pattern, expr? guard, stmt* body)'),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), (), 'pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)'),
    ('MatchValue', 'pattern', ('value',), None, (), 'MatchValue(expr value)'),
    ('MatchSingleton', 'pattern', ('value',), None, (), 'MatchSingleton(constant value)'),
    ('MatchSequence', 'pattern', ('patterns',), None, (), 'MatchSequence(pattern* patterns)'),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), None, ('rest',), 'MatchMapping(expr* keys, pattern* patterns, identifier? rest)'),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), None, (), 'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)'),
    ('MatchStar', 'pattern', ('name',), None, ('name',), 'MatchStar(identifier? name)'),
    ('MatchAs', 'pattern', ('pattern', 'name'), None, ('pattern', 'name'), 'MatchAs(pattern? pattern, identifier? name)'),
    ('MatchOr', 'pattern', ('patterns',), None, (), 'MatchOr(pattern* patterns)'),
    ('type_ignore', 'AST', (), (), (), 'type_ignore = TypeIgnore(int lineno, string tag)'),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), None, (), 'TypeIgnore(int lineno, string tag)'),
)


def _build():
    g = globals()
    for name, base, fields, attributes, optional, doc in _NODES:
        ns = {"_fields": fields, "__match_args__": fields, "__module__": "ast", "__doc__": doc}
        if attributes is not None:
            ns["_attributes"] = attributes
        for k in optional:
            ns[k] = None
        g[name] = type(name, (g[base],), ns)


_build()
del _build, _NODES
