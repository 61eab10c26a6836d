# exec, eval, compile from source strings.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("print('printed from exec')")
exec("z_global = 'defined by exec'")
print(z_global)
code = compile("3 ** 4", "<string>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(3):\n    print('loop', i)\n", "<loop>", "exec")
exec(code2)
single = compile("q = 99", "<s>", "exec")
exec(single)
print(q)
def scoped():
    local_ns = {"v": 1}
    exec("v = v + 41\nw = 'new'", {}, local_ns)
    return local_ns
print(scoped())
print(eval("len('hello')"), eval("sum(range(n))", {"n": 5}), eval("  42  "))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught", type(e).__name__)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
g = {"__builtins__": __builtins__}
exec("class K:\n    attr = 7\nresult = K.attr * 6", g)
print(g["result"])
expr = "lambda a, b: a * b"
mul = eval(expr)
print(mul(6, 7))
src = "\n".join(f"v{i} = {i} * {i}" for i in range(5))
d = {}
exec(src, d)
print([d[f"v{i}"] for i in range(5)])
print(eval("(1, 2)"), eval("{'k': [1, {2}]}"), eval("None"), eval("-5 // 2"))
