# Three-argument pow() with mixed types: the base's __pow__, float/complex slots, CPython's messages.
class N: pass
class P:
    def __pow__(self, e, m=None): return ('P.pow', e, m)
    def __rpow__(self, o): return 'rpow'
for a in [(N(), 2, 3), (1.0, 2, 3), (2, 2, 3.0), (2, 1.0, 1j), (1j, 2, 3), (1.0, 1j, 2), (N(), 2.0, 3), (P(), 1, 2), (2, P(), 3), (2, 3, P()), ('a', 2, 3), (2, 2, None), (2, -1, 4), (True, 2, 5)]:
    try: print(pow(*a))
    except Exception as e: print(type(e).__name__, e)
