# compile(..., 'single') shows each module-level expression statement's
# value through sys.displayhook (None is not shown; builtins._ is set);
# an uncaught exception goes to sys.excepthook.
import builtins
import sys

exec(compile("1+1", "<s>", "single"))
exec(compile("x = 5\n", "<s>", "single"))
exec(compile("if 1:\n  3\n  None\n  'a'\n", "<s>", "single"))
exec(compile("def f():\n  99\nf()\n", "<s>", "single"))
exec(compile("class C:\n  77\n", "<s>", "single"))
seen = []
sys.displayhook = seen.append
exec(compile("7*6", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(3): i", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile("[1, 2]", "<s>", "single"))
print(builtins._)
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
print(repr(exit), repr(quit), repr(help))
print(sys.excepthook is sys.__excepthook__)


def hook(t, v, tb):
    print("excepthook:", t.__name__, v, tb.tb_lineno if tb else None)


sys.excepthook = hook
raise ValueError("boom")
