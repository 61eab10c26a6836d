# ast node classes built by hand: _fields/_attributes, base classes,
# constructors (positional, keyword, errors), dump, unparse, walk,
# NodeVisitor/NodeTransformer, literal_eval on nodes, copy_location,
# fix_missing_locations, pattern matching on nodes, compile flags.
import ast
import copy


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
for name in ["Module", "Expr", "BinOp", "Add", "Load", "Name", "Constant", "FunctionDef", "arguments", "arg",
             "keyword", "comprehension", "ExceptHandler", "MatchAs", "withitem", "alias", "TypeIgnore", "Slice"]:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls._attributes, cls.__module__, cls.__doc__)
print([c.__name__ for c in ast.expr.__subclasses__()])
print([c.__name__ for c in ast.stmt.__subclasses__()])
print([c.__name__ for c in ast.operator.__subclasses__()], [c.__name__ for c in ast.cmpop.__subclasses__()])
print(issubclass(ast.Add, ast.AST), isinstance(ast.Load(), ast.expr_context), ast.AST._fields)

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, sorted(vars(n)), n.__reduce__()[0].__name__, n.__reduce__()[1], sorted(n.__reduce__()[2]))
print(attempt(ast.Name, "x", id="y"), attempt(ast.Name, 1, 2, 3), attempt(ast.Load, 1), attempt(lambda: ast.Name().id))
print(ast.Constant(5).kind, ast.arg("a").annotation, ast.ImportFrom().module, ast.Name(foo=1).foo)

tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b", ast.Name("int", ast.Load()))],
                               vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[ast.Constant(1)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
            decorator_list=[], returns=None),
        ast.Assign(targets=[ast.Name("r", ast.Store())],
                   value=ast.Call(ast.Name("add", ast.Load()), [ast.Constant(2)], [ast.keyword("b", ast.Constant(3))])),
        ast.If(test=ast.Compare(ast.Name("r", ast.Load()), [ast.Gt(), ast.LtE()], [ast.Constant(4), ast.Constant(10)]),
               body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.JoinedStr([ast.Constant("r="), ast.FormattedValue(ast.Name("r", ast.Load()), -1, None)])], []))],
               orelse=[ast.Pass()]),
        ast.For(ast.Name("i", ast.Store()), ast.Call(ast.Name("range", ast.Load()), [ast.Constant(3)], []),
                [ast.AugAssign(ast.Name("r", ast.Store()), ast.Mult(), ast.Name("i", ast.Load()))], []),
        ast.Expr(ast.ListComp(ast.BinOp(ast.Name("x", ast.Load()), ast.Pow(), ast.Constant(2)),
                              [ast.comprehension(ast.Name("x", ast.Store()), ast.List([ast.Constant(1), ast.Constant(2)], ast.Load()),
                                                 [ast.Compare(ast.Name("x", ast.Load()), [ast.NotEq()], [ast.Constant(0)])], 0)])),
        ast.Expr(ast.Lambda(ast.arguments(posonlyargs=[], args=[ast.arg("q")], kwonlyargs=[], kw_defaults=[], defaults=[]),
                            ast.IfExp(ast.Name("q", ast.Load()), ast.Constant("yes"), ast.UnaryOp(ast.Not(), ast.Constant(None))))),
        ast.Expr(ast.Subscript(ast.Name("d", ast.Load()), ast.Slice(ast.Constant(1), None, ast.Constant(2)), ast.Load())),
        ast.Expr(ast.Dict([ast.Constant("k"), None], [ast.Tuple([ast.Constant(1.5), ast.Constant(b"b")], ast.Load()), ast.Name("m", ast.Load())])),
        ast.Import([ast.alias("os", "o")]),
        ast.ImportFrom("a.b", [ast.alias("c"), ast.alias("d", "e")], 2),
        ast.Try([ast.Raise(ast.Call(ast.Name("ValueError", ast.Load()), [], []), None)],
                [ast.ExceptHandler(ast.Name("ValueError", ast.Load()), "e", [ast.Pass()])], [], [ast.Pass()]),
        ast.With([ast.withitem(ast.Call(ast.Name("open", ast.Load()), [ast.Constant("f")], []), ast.Name("fh", ast.Store()))],
                 [ast.Expr(ast.BoolOp(ast.And(), [ast.Name("a", ast.Load()), ast.Name("b", ast.Load()), ast.Constant(True)]))]),
        ast.While(ast.Constant(True), [ast.Break()], []),
        ast.ClassDef("K", [ast.Name("object", ast.Load())], [], [ast.Pass()], [ast.Name("deco", ast.Load())]),
        ast.Global(["g1", "g2"]),
        ast.Delete([ast.Attribute(ast.Name("o", ast.Load()), "attr", ast.Del())]),
        ast.Assert(ast.Name("ok", ast.Load()), ast.Constant("msg")),
    ],
    type_ignores=[],
)
print(ast.dump(tree)[:600])
print(ast.dump(tree.body[0], indent=2))
tree = ast.fix_missing_locations(tree)
print(tree.body[1].lineno, tree.body[1].col_offset, tree.body[1].end_lineno)
print(ast.unparse(tree))
print(ast.dump(tree.body[1], include_attributes=True))
print(sorted({type(node).__name__ for node in ast.walk(tree)}))
print(list(ast.iter_fields(ast.BinOp(ast.Constant(1), ast.Sub(), ast.Constant(2))))[1][0])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Pass(self, node):
        return None


t2 = Doubler().visit(copy.deepcopy(tree))
print(ast.unparse(t2).splitlines()[:6])
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<ast>", "eval")) if False else "compile(AST) skipped")
print(ast.literal_eval(ast.Dict([ast.Constant("a"), ast.Constant("b")], [ast.List([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load()), ast.Tuple([], ast.Load())])))
print(ast.literal_eval(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j))), attempt(ast.literal_eval, ast.Name("x", ast.Load())).split(" at ")[0])
print(ast.unparse(ast.Constant(value=3.0)), ast.unparse(ast.Constant("it's")), ast.unparse(ast.Starred(ast.Name("a", ast.Load()), ast.Load())))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), ast.Mult(), ast.Constant(3))))


def describe(node):
    match node:
        case ast.BinOp(left=ast.Constant(value=a), op=ast.Add(), right=ast.Constant(value=b)):
            return f"add {a} {b}"
        case ast.Name(id=name):
            return f"name {name}"
        case ast.Call(ast.Name(fn), args):
            return f"call {fn} with {len(args)}"
        case _:
            return "other"


print(describe(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))), describe(ast.Name("z")),
      describe(ast.Call(ast.Name("f"), [1, 2], [])), describe(ast.Pass()))
print(ast.Num, isinstance(ast.Constant(1), ast.Num), ast.Constant(4).n)
