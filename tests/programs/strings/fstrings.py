# f-strings: conversions, format specs, nested specs, expressions, debugging '='.
name, value, pi = "tern", 42, 3.14159265
print(f"{name} {value} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:5d}|{value:<5d}|{value:^5d}|{value:>5}|{value:05d}|{value:+d}|{-value:+d}|{value: d}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:%}|{0.5:.0%}")
print(f"{value:x}|{value:X}|{value:o}|{value:b}|{value:#x}|{value:#o}|{value:#b}|{255:#010x}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{0b1111_0000:_b}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{'nested ' + f'{value}'}", f"{value * 2 + 1}", f"{[1, 2, 3][1]}", f"{ {'k': 'v'}['k'] }")
print(f"{value=}", f"{pi = :.2f}", f"{name=!s}", f"{1 + 1=}")
print(f"{{literal braces}}", f"{{{value}}}", f"a{'b'}c")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^10}")
print(f"{3.0:g}|{1e20:g}|{1e-5:g}|{123456789.0:g}|{0.0001234:g}|{1.5e300:.3g}")
print(f"{True}|{None}|{[1, 'a']}|{(1,)}|{ {1: 2} }")
x = 10
print(f"{'yes' if x > 5 else 'no'}", f"{x if x else 0:03d}", f"{(lambda: 'lam')()}")
print(f"{x:{'>' if x else '<'}{5}}", f"{-0.0:.1f}", f"{float('inf'):f}", f"{float('nan'):.2f}", f"{-float('inf'):>6}")
print(f"{12.5:.0f} {13.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{'abc':.2}", f"{'abcdef':>8.3}", f"{42:c}" if False else f"{65:c}", f"{3:=+5}", f"{-3:=5}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()}", f"{P():abc}", f"{P():{width}}")
items = ["a", "bb", "ccc"]
for i, it in enumerate(items):
    print(f"{i:>2}: {it:<4}|{len(it):03}")
print(f"{'multi'}"
      f"{'part'}"
      " plain")
print(f"""triple {value}
second line {name.upper()}""")
print(f"{1_000_000:e}", f"{123.456:08.2f}", f"{-123.456:08.2f}", f"{42:+08d}")
print(f"{1234.5:n}" if False else f"{1234.5:.6}", f"{0.1 + 0.2}", f"{1/3:.15f}")
print(f"{'%'}", f"{value!r:>6}", f"{name!r:^10}")
