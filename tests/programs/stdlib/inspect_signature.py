# inspect: signatures of functions, methods and classes, Parameter kinds,
# bind, getmembers, getfullargspec, cleandoc.
# Known failure only because `import inspect` needs `_io` (being written on the
# io branch): with a stand-in `_io` this passes; move it to tests/programs/stdlib/.
import inspect
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "doc"
    return a
class K:
    def m(self, x, /, y=1): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(q=3): pass
    @property
    def p(self): return 1
print(inspect.signature(f), inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K.c), inspect.signature(K.s), inspect.signature(K))
sig = inspect.signature(f)
print([(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()], sig.return_annotation)
print(sig.bind(1, c=3).arguments, inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(K().m), inspect.isclass(K))
print([n for n, _ in inspect.getmembers(K) if not n.startswith('__')], inspect.getmro(K)[0].__name__)
print(inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.getfullargspec(f))
print(inspect.signature(lambda x, *, y=2: 0), inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=5))
print(inspect.unwrap(f) is f, inspect.cleandoc("  a\n   b"), inspect.getmodule(f).__name__)
